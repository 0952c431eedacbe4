"""Local PDQ and vPDQ matching, with Meta's thresholds."""

from __future__ import annotations

import random
from pathlib import Path

from stopncii_desktop.hashing.matching import (
    Entry,
    match_pdq,
    match_result,
    match_vpdq,
)
from stopncii_desktop.hashing.results import MediaResult, Signal, VpdqFrame, VpdqSignal
from stopncii_desktop.hashing.signals import PdqSignal


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
