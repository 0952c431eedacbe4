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

A hash set's entries are put once into a :class:`MatchIndex` (every PDQ of every
entry in one array, the digests in a table), so that checking a file against a
robust set (some 45 PDQ per photo) costs one vectorised pass, not a Python loop
per registered fingerprint: ``match`` builds it once for all its files.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from stopncii_desktop.hashing.results import AnySignal, MediaResult, Signal, VpdqFrame, VpdqSignal
from stopncii_desktop.hashing.signals import Md5Signal, PdqSignal, Sha256Signal, VpdqSignalType
from stopncii_desktop.hashing.variants import ORIGINAL

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


class MatchIndex:
    """A hash set's entries, ready to match many files against: every PDQ of every entry
    in one array (with its entry and variant), and the digests in a table."""

    def __init__(self, entries: Sequence[Entry]) -> None:
        self.entries = list(entries)
        values: list[str] = []
        reliable: list[bool] = []
        #: For each PDQ: its entry's place in ``entries``, and its variant.
        self._owners: list[int] = []
        self._variants: list[str] = []
        #: (type, value) of a digest -> the first entry holding it.
        self._digests: dict[tuple[str, str], int] = {}
        for n, entry in enumerate(self.entries):
            for s in entry.signals:
                if not isinstance(s, Signal):
                    continue
                if s.type == PdqSignal.name:
                    values.append(s.value)
                    reliable.append(s.reliable)
                    self._owners.append(n)
                    self._variants.append(s.variant or ORIGINAL)
                elif s.type in _DIGESTS:
                    self._digests.setdefault((s.type, s.value), n)
        self._words = _words(values) if values else np.zeros((0, 4), dtype=np.uint64)
        self._reliable = np.array(reliable, dtype=bool)

    def digest_match(self, signals: Sequence[AnySignal]) -> str | None:
        """The first entry holding one of these MD5 or SHA-256 digests."""
        found = [
            self._digests.get((s.type, s.value))
            for s in signals
            if isinstance(s, Signal) and s.type in _DIGESTS
        ]
        places = [n for n in found if n is not None]
        return self.entries[min(places)].id if places else None

    def match_photo(self, signals: Sequence[AnySignal]) -> FileMatch:
        """The closest registered PDQ within the match distance (both reliable); the first
        entry, and the first of its variants, on a tie. Else the nearest distance seen."""
        queries = [s for s in signals if isinstance(s, Signal) and s.type == PdqSignal.name]
        if not queries or len(self._words) == 0:
            return FileMatch(False, None)
        mine = _words([q.value for q in queries])
        mine_reliable = np.array([q.reliable for q in queries], dtype=bool)
        step = max(1, _CELLS // len(mine))
        nearest = best = PdqSignal.bits + 1
        best_at = -1
        for start in range(0, len(self._words), step):
            block = self._words[start : start + step]
            d = np.bitwise_count(mine[:, None, :] ^ block[None, :, :]).sum(axis=2, dtype=np.int32)
            nearest = min(nearest, int(d.min()))
            usable = d[mine_reliable]
            if not len(usable):
                continue
            per_target = np.where(self._reliable[start : start + step], usable.min(axis=0), best)
            at = int(per_target.argmin())
            if per_target[at] < best:
                best, best_at = int(per_target[at]), start + at
        if best_at >= 0 and PdqSignal.is_match(best):
            entry = self.entries[self._owners[best_at]]
            return FileMatch(True, entry.id, distance=best, variant=self._variants[best_at])
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


def match_result(result: MediaResult, entries: Sequence[Entry] | MatchIndex) -> FileMatch:
    """Match one hashed file against the entries of a hash set (a :class:`MatchIndex` of
    them when there are many files to check)."""
    index = entries if isinstance(entries, MatchIndex) else MatchIndex(entries)
    digest_item = index.digest_match(result.signals)
    if result.media == "video":
        found = _match_video(result.signals, index.entries)
        if digest_item is not None and not found.matched:
            return FileMatch(True, digest_item, percent=100.0, by_digest=True)
        return found
    found = index.match_photo(result.signals)
    if digest_item is not None and not found.matched:
        return FileMatch(True, digest_item, distance=0, by_digest=True)
    return found
