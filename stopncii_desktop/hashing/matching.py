"""Local matching: would a file's hashes match an entry of a hash set?

The thresholds are the signal types' (``signals.py``): PDQ, as Meta advises,
matches at a Hamming distance of at most 31, and only hashes of quality 50 or
more count. vPDQ, as python-threatexchange and HMA match it: keep the reliable
frames, drop repeated hashes, count the unique frames of each side that have a
frame on the other side within PDQ's match distance, and express each count as
a percentage of that side. Two videos match when at least 80% of the query's
unique frames are matched (the query is the file being checked; HMA requires 0%
of the indexed side, so a short clip of a long registered video still matches).

An exact MD5 or SHA-256 match always counts (distance 0, 100%).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from stopncii_desktop.hashing.results import AnySignal, MediaResult, Signal, VpdqFrame, VpdqSignal
from stopncii_desktop.hashing.signals import Md5Signal, PdqSignal, Sha256Signal, VpdqSignalType
from stopncii_desktop.hashing.variants import EXIF_UPRIGHT, ORIGINAL

_DIGESTS = (Md5Signal.name, Sha256Signal.name)
_CELLS = 1 << 22  # query-by-target distance cells computed at once (bounded memory)

U64 = npt.NDArray[np.uint64]


def _words(hashes: Sequence[str]) -> U64:
    """PDQ hex hashes as an (N, 4) array of 64-bit words."""
    raw = b"".join(bytes.fromhex(h) for h in hashes)
    return np.frombuffer(raw, dtype=">u8").astype(np.uint64).reshape(len(hashes), 4)


def _matched_rows(a: U64, b: U64, threshold: int) -> int:
    """How many rows of ``a`` have some row of ``b`` within ``threshold`` bits
    (PDQ's Hamming distance, on many hashes at once)."""
    if len(a) == 0 or len(b) == 0:
        return 0
    step = max(1, _CELLS // len(b))
    count = 0
    for start in range(0, len(a), step):
        block = a[start : start + step, None, :] ^ b[None, :, :]
        distances = np.bitwise_count(block).sum(axis=2, dtype=np.int32)
        count += int((distances.min(axis=1) <= threshold).sum())
    return count


def prepare_frames(frames: Iterable[VpdqFrame]) -> list[str]:
    """The unique hashes of reliable frames, in first-seen order."""
    seen: dict[str, None] = {}
    for f in frames:
        if PdqSignal.is_reliable(f.quality):
            seen.setdefault(f.value, None)
    return list(seen)


@dataclass(frozen=True, slots=True)
class VpdqMatch:
    """Percent of each side's unique good frames matched by the other side."""

    query_percent: float
    target_percent: float

    @property
    def matched(self) -> bool:
        return (
            self.query_percent >= VpdqSignalType.query_match_percent
            and self.target_percent >= VpdqSignalType.target_match_percent
            and self.query_percent > 0
        )


def match_vpdq(query: Iterable[VpdqFrame], target: Iterable[VpdqFrame]) -> VpdqMatch:
    q = prepare_frames(query)
    t = prepare_frames(target)
    if not q or not t:
        return VpdqMatch(0.0, 0.0)
    qw, tw = _words(q), _words(t)
    return VpdqMatch(
        100.0 * _matched_rows(qw, tw, PdqSignal.match_threshold) / len(q),
        100.0 * _matched_rows(tw, qw, PdqSignal.match_threshold) / len(t),
    )


def match_pdq(query: Signal, target: Signal) -> int | None:
    """The distance when two PDQ signals match (both reliable, close enough)."""
    if not (query.reliable and target.reliable):
        return None
    d = PdqSignal.hamming(query.value, target.value)
    return d if PdqSignal.is_match(d) else None


@dataclass(frozen=True, slots=True)
class FileMatch:
    """The verdict for one file against a hash set.

    ``item`` is the matching entry's id (None when nothing matched). ``distance``
    (photos) or ``percent`` (videos: of the file's unique frames) is the best
    found, also when it is not close enough to match. ``variant`` names the
    entry's registered PDQ that matched (``original``, ``crop-1x1`` ...).
    """

    matched: bool
    item: str | None
    distance: int | None = None
    percent: float | None = None
    target_percent: float | None = None
    by_digest: bool = False
    variant: str | None = None


@dataclass(frozen=True, slots=True)
class Entry:
    """One entry of a hash set, as matching needs it."""

    id: str
    signals: Sequence[AnySignal]


def _digest_match(signals: Sequence[AnySignal], entries: Sequence[Entry]) -> str | None:
    mine = {(s.type, s.value) for s in signals if isinstance(s, Signal) and s.type in _DIGESTS}
    for entry in entries:
        for s in entry.signals:
            if isinstance(s, Signal) and (s.type, s.value) in mine:
                return entry.id
    return None


def _match_photo(signals: Sequence[AnySignal], entries: Sequence[Entry]) -> FileMatch:
    queries = [
        s
        for s in signals
        if isinstance(s, Signal) and s.type == PdqSignal.name and s.variant != EXIF_UPRIGHT
    ]
    upright = [s for s in signals if isinstance(s, Signal) and s.variant == EXIF_UPRIGHT]
    best: tuple[int, str, str | None] | None = None
    nearest: int | None = None
    for entry in entries:
        for target in entry.signals:
            if not (isinstance(target, Signal) and target.type == PdqSignal.name):
                continue
            for q in queries + upright:
                d = PdqSignal.hamming(q.value, target.value)
                nearest = d if nearest is None else min(nearest, d)
                m = match_pdq(q, target)
                if m is not None and (best is None or m < best[0]):
                    best = (m, entry.id, target.variant or ORIGINAL)
    if best is not None:
        return FileMatch(True, best[1], distance=best[0], variant=best[2])
    return FileMatch(False, None, distance=nearest)


def _match_video(signals: Sequence[AnySignal], entries: Sequence[Entry]) -> FileMatch:
    mine = [s for s in signals if isinstance(s, VpdqSignal)]
    if not mine:
        return FileMatch(False, None)
    best: tuple[VpdqMatch, str] | None = None
    for entry in entries:
        for target in entry.signals:
            if not isinstance(target, VpdqSignal):
                continue
            m = match_vpdq(mine[0].frames, target.frames)
            key = (m.matched, m.query_percent, m.target_percent)
            if best is None or key > (
                best[0].matched,
                best[0].query_percent,
                best[0].target_percent,
            ):
                best = (m, entry.id)
    if best is None:
        return FileMatch(False, None)
    m, item = best
    return FileMatch(
        m.matched,
        item if m.matched else None,
        percent=round(m.query_percent, 2),
        target_percent=round(m.target_percent, 2),
    )


def match_result(result: MediaResult, entries: Sequence[Entry]) -> FileMatch:
    """Match one hashed file against the entries of a hash set."""
    digest_item = _digest_match(result.signals, entries)
    if result.media == "video":
        found = _match_video(result.signals, entries)
        if digest_item is not None and not found.matched:
            return FileMatch(True, digest_item, percent=100.0, by_digest=True)
        return found
    found = _match_photo(result.signals, entries)
    if digest_item is not None and not found.matched:
        return FileMatch(True, digest_item, distance=0, by_digest=True)
    return found
