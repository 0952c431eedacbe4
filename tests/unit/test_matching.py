"""Local PDQ and vPDQ matching, with Meta's thresholds."""

from __future__ import annotations

import random
from pathlib import Path
from unittest.mock import patch

from hypothesis import given, settings
from hypothesis import strategies as st

from stopncii_desktop.hashing import matching
from stopncii_desktop.hashing.matching import (
    Entry,
    FileMatch,
    MatchIndex,
    match_pdq,
    match_result,
    match_vpdq,
)
from stopncii_desktop.hashing.results import MediaResult, Signal, VpdqFrame, VpdqSignal
from stopncii_desktop.hashing.signals import PdqSignal
from stopncii_desktop.hashing.variants import BANK_ORDER


def _flip(h: str, bits: int, seed: int = 0) -> str:
    rng = random.Random(seed)
    value = int(h, 16)
    for b in rng.sample(range(256), bits):
        value ^= 1 << b
    return f"{value:064x}"


def _random_hash(seed: int) -> str:
    return f"{random.Random(seed).getrandbits(256):064x}"


def _frames(hashes: list[str], quality: int = 100) -> list[VpdqFrame]:
    return [VpdqFrame(h, quality, i / 10, i) for i, h in enumerate(hashes)]


H = _random_hash(1)


def test_pdq_threshold_is_31_inclusive_and_needs_quality_50() -> None:
    assert PdqSignal.distance(H, _flip(H, 31)) == 31
    assert match_pdq(Signal("pdq", H, 100), Signal("pdq", _flip(H, 31), 50)) == 31
    assert match_pdq(Signal("pdq", H, 100), Signal("pdq", _flip(H, 32), 100)) is None
    assert match_pdq(Signal("pdq", H, 49), Signal("pdq", H, 100)) is None


def test_vpdq_identical_and_unrelated() -> None:
    hashes = [_random_hash(i) for i in range(20)]
    assert match_vpdq(_frames(hashes), _frames(hashes)).query_percent == 100.0
    other = [_random_hash(100 + i) for i in range(20)]
    m = match_vpdq(_frames(hashes), _frames(other))
    assert (m.query_percent, m.target_percent, m.matched) == (0.0, 0.0, False)


def test_vpdq_clip_of_a_longer_video_matches_on_the_query_side() -> None:
    long = [_random_hash(i) for i in range(50)]
    clip = [_flip(h, 20, seed=i) for i, h in enumerate(long[10:20])]
    m = match_vpdq(_frames(clip), _frames(long))
    assert m.query_percent == 100.0
    assert m.target_percent == 20.0
    assert m.matched


def test_vpdq_80_percent_threshold() -> None:
    base = [_random_hash(i) for i in range(10)]
    eight = [*base[:8], _random_hash(500), _random_hash(501)]
    seven = [*base[:7], _random_hash(600), _random_hash(601), _random_hash(602)]
    assert match_vpdq(_frames(eight), _frames(base)).matched
    assert not match_vpdq(_frames(seven), _frames(base)).matched


def test_vpdq_uses_unique_frames_of_good_quality() -> None:
    base = [_random_hash(i) for i in range(5)]
    # A static video repeats one hash: it counts once.
    query = _frames([base[0]] * 100 + [_random_hash(900)])
    assert match_vpdq(query, _frames(base)).query_percent == 50.0
    # Low-quality frames are ignored on both sides.
    low = _frames([_random_hash(901)] * 3, quality=49)
    m = match_vpdq(_frames(base[:2]) + low, _frames(base))
    assert m.query_percent == 100.0
    assert match_vpdq(low, _frames(base)).query_percent == 0.0


def test_many_frames_in_blocks() -> None:
    big = [_random_hash(i) for i in range(3000)]
    m = match_vpdq(_frames(big[::7]), _frames(big))
    assert m.query_percent == 100.0
    assert abs(m.target_percent - 100 * len(big[::7]) / 3000) < 1e-9


def test_match_result_picks_the_matching_item() -> None:
    frames = _frames([_random_hash(i) for i in range(10)])
    video = MediaResult(0, Path("x"), "video", [VpdqSignal(tuple(frames), 1.0)])
    photo = MediaResult(1, Path("y"), "image", [Signal("pdq", H, 90, "original")])
    entries = [
        Entry("aa" * 8, [Signal("pdq", _flip(H, 40), 90, "original")]),
        Entry("bb" * 8, [Signal("pdq", _flip(H, 5), 90, "rotate90")]),
        Entry("cc" * 8, [VpdqSignal(tuple(frames[:9]), 0.0)]),
    ]
    v = match_result(video, entries)
    assert (v.matched, v.item, v.percent) == (True, "cc" * 8, 90.0)
    p = match_result(photo, entries)
    assert (p.matched, p.item, p.distance) == (True, "bb" * 8, 5)
    miss = match_result(photo, entries[:1])
    assert (miss.matched, miss.item, miss.distance) == (False, None, 40)


def test_identical_file_digest_matches_even_without_perceptual_match() -> None:
    md5 = "0" * 32
    photo = MediaResult(0, Path("x"), "image", [Signal("pdq", H, 10), Signal("md5", md5)])
    entries = [Entry("dd" * 8, [Signal("pdq", H, 10), Signal("md5", md5)])]
    m = match_result(photo, entries)
    assert (m.matched, m.item, m.by_digest) == (True, "dd" * 8, True)


def test_a_photo_match_names_the_registered_variant_that_matched() -> None:
    found = _random_hash(40)
    entry = Entry(
        "e1",
        [
            Signal("pdq", _random_hash(41), 100, "original"),
            Signal("pdq", _flip(found, 20), 100, "crop-1x1"),
            Signal("pdq", _flip(found, 9), 100, "caption-top"),
            Signal("pdq", found, 40, "screenshot"),  # closest, but too flat to count
        ],
    )
    photo = MediaResult(0, Path("x"), "image", [Signal("pdq", found, 100, "original")])
    m = match_result(photo, [entry])
    assert (m.matched, m.item, m.distance, m.variant) == (True, "e1", 9, "caption-top")
    # A signal written without a variant is the original picture.
    bare = Entry("e2", [Signal("pdq", _flip(found, 3), 100)])
    assert match_result(photo, [bare]).variant == "original"
    assert (
        match_result(photo, [Entry("e3", [Signal("pdq", _random_hash(42), 100)])]).variant is None
    )


def _one_pair_at_a_time(photo: MediaResult, entries: list[Entry]) -> FileMatch:
    """Every file fingerprint against every registered one, as match did before its index:
    the reference the vectorised matcher must agree with."""
    queries = [s for s in photo.signals if isinstance(s, Signal) and s.type == "pdq"]
    best: tuple[int, str, str] | None = None
    nearest: int | None = None
    for entry in entries:
        for target in entry.signals:
            if not (isinstance(target, Signal) and target.type == "pdq"):
                continue
            for q in queries:
                d = PdqSignal.hamming(q.value, target.value)
                nearest = d if nearest is None else min(nearest, d)
                m = match_pdq(q, target)
                if m is not None and (best is None or m < best[0]):
                    best = (m, entry.id, target.variant or "original")
    if best is not None:
        return FileMatch(True, best[1], distance=best[0], variant=best[2])
    return FileMatch(False, None, distance=nearest)


@given(st.data())
@settings(max_examples=150, deadline=None)
def test_the_index_finds_what_one_pair_at_a_time_finds(data: st.DataObject) -> None:
    base = _random_hash(data.draw(st.integers(0, 10**6)))
    quality = st.sampled_from([10, 49, 50, 90])
    near = st.builds(lambda bits, seed: _flip(base, bits, seed), st.integers(0, 60), st.integers())
    pdq = st.builds(Signal, st.just("pdq"), near, quality, st.sampled_from([None, *BANK_ORDER[:6]]))
    entries = [
        Entry(f"e{n}", data.draw(st.lists(pdq, max_size=6)))
        for n in range(data.draw(st.integers(0, 6)))
    ]
    photo = MediaResult(0, Path("x"), "image", data.draw(st.lists(pdq, max_size=3)))
    expected = _one_pair_at_a_time(photo, entries)
    assert match_result(photo, entries) == expected
    # A small step, so the index works through its targets in several blocks.
    with patch.object(matching, "_CELLS", 3):
        assert MatchIndex(entries).match_photo(photo.signals) == expected


def test_one_index_for_many_files_and_digests_first_entry_wins() -> None:
    md5 = "1" * 32
    entries = [
        Entry("a", [Signal("pdq", _random_hash(7), 90), Signal("sha256", "2" * 64)]),
        Entry("b", [Signal("md5", md5)]),
        Entry("c", [Signal("md5", md5), Signal("sha256", "2" * 64)]),
    ]
    index = MatchIndex(entries)
    assert index.digest_match([Signal("md5", md5)]) == "b"
    assert index.digest_match([Signal("md5", md5), Signal("sha256", "2" * 64)]) == "a"
    assert index.digest_match([Signal("md5", "3" * 32)]) is None
    photo = MediaResult(0, Path("x"), "image", [Signal("pdq", _flip(_random_hash(7), 4), 90)])
    assert match_result(photo, index) == FileMatch(True, "a", distance=4, variant="original")
    empty = MatchIndex([])
    assert match_result(photo, empty) == FileMatch(False, None)
