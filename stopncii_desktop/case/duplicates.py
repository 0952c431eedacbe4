"""Grouping the same picture chosen twice, or near-copies of it, for a review screen."""

from __future__ import annotations

from collections.abc import Sequence

from stopncii_desktop.hashing.results import MediaResult, Signal
from stopncii_desktop.hashing.signals import PdqSignal, Sha256Signal


def _pdqs(result: MediaResult) -> list[str]:
    return [
        s.value
        for s in result.signals
        if isinstance(s, Signal)
        and s.type == PdqSignal.name
        and s.variant in (None, "original", "first-frame")
        and s.reliable
    ]


def _digest(result: MediaResult) -> str | None:
    for s in result.signals:
        if isinstance(s, Signal) and s.type == Sha256Signal.name:
            return s.value
    return None


def duplicate_groups(results: Sequence[MediaResult]) -> dict[int, int]:
    """Map file index to a group number (1, 2, ...) for files that have a twin.

    Two files are twins when their bytes are identical (SHA-256) or two of their
    reliable PDQ hashes match (:class:`PdqSignal`'s distance and threshold): the
    same picture, perhaps resized or re-saved. Files with no twin are left out.
    """
    ok = [r for r in results if r.ok]
    parent = list(range(len(ok)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    digests = [_digest(r) for r in ok]
    pdqs = [_pdqs(r) for r in ok]
    for i in range(len(ok)):
        for j in range(i + 1, len(ok)):
            same = digests[i] is not None and digests[i] == digests[j]
            near = any(
                PdqSignal.is_match(PdqSignal.hamming(a, b)) for a in pdqs[i] for b in pdqs[j]
            )
            if same or near:
                parent[find(i)] = find(j)
    members: dict[int, list[int]] = {}
    for i in range(len(ok)):
        members.setdefault(find(i), []).append(ok[i].index)
    out: dict[int, int] = {}
    number = 0
    for group in sorted(members.values(), key=min):
        if len(group) > 1:
            number += 1
            for index in group:
                out[index] = number
    return out
