"""The rules behind the review screen, in case/: near-duplicate groups and what may be sent."""

from __future__ import annotations

import random
from pathlib import Path

from stopncii_desktop.case.duplicates import duplicate_groups
from stopncii_desktop.case.sendable import sendable_hashset
from stopncii_desktop.hashing.errors import ErrorCode, MediaError
from stopncii_desktop.hashing.results import AnySignal, MediaResult, Signal, VpdqFrame, VpdqSignal
from stopncii_desktop.hashing.signals import PdqSignal

H = f"{random.Random(7).getrandbits(256):064x}"
OTHER = f"{random.Random(8).getrandbits(256):064x}"


def _flip(value: str, bits: int) -> str:
    number = int(value, 16)
    for bit in random.Random(bits).sample(range(256), bits):
        number ^= 1 << bit
    return f"{number:064x}"


def _photo(index: int, *signals: AnySignal) -> MediaResult:
    return MediaResult(index, Path(f"{index}.jpg"), "image", list(signals))


def _pdq(value: str, quality: int = 100, variant: str = "original") -> Signal:
    return Signal("pdq", value, quality, variant)


def test_twins_by_bytes_or_by_a_matching_reliable_pdq() -> None:
    threshold = PdqSignal.match_threshold
    results = [
        _photo(0, _pdq(H), Signal("sha256", "a" * 64)),
        _photo(1, _pdq(OTHER), Signal("sha256", "a" * 64)),  # same bytes
        _photo(2, _pdq(_flip(H, threshold))),  # near copy, at the threshold
        _photo(3, _pdq(_flip(OTHER, threshold + 1))),  # one bit too far
        _photo(4, _pdq(_flip(H, 3), quality=PdqSignal.min_quality - 1)),  # unreliable
        _photo(5, _pdq(H, variant="rotate90")),  # a turned copy is not a twin by itself
    ]
    assert duplicate_groups(results) == {0: 1, 1: 1, 2: 1}


def test_groups_are_numbered_by_first_file_and_failures_are_left_out() -> None:
    failed = MediaResult(0, Path("0.jpg"), error=MediaError(ErrorCode.TRUNCATED, "x"))
    results = [
        failed,
        _photo(1, _pdq(OTHER)),
        _photo(2, _pdq(H)),
        _photo(3, _pdq(OTHER)),
        _photo(4, _pdq(H)),
    ]
    assert duplicate_groups(results) == {1: 1, 3: 1, 2: 2, 4: 2}


def test_what_may_be_sent_drops_unreliable_pdq_and_empty_items() -> None:
    low = PdqSignal.min_quality - 1
    dark_video = VpdqSignal((VpdqFrame(H, low, 0.0, 0),), 1.0)
    results = [
        _photo(0, _pdq(H), _pdq(OTHER, quality=low), Signal("md5", "b" * 32)),
        _photo(1, _pdq(H, quality=low)),  # nothing left: no item
        MediaResult(2, Path("2.mp4"), "video", [dark_video]),
        MediaResult(3, Path("3.jpg"), error=MediaError(ErrorCode.EMPTY, "x")),
    ]
    ids: dict[int, str] = {}
    sent = sendable_hashset(results, ids)
    assert [[s.type for s in item.signals] for item in sent.items] == [["pdq", "md5"], ["vpdq"]]
    assert sent.items[0].signals == [_pdq(H), Signal("md5", "b" * 32)]
    # The vPDQ stays for the bank's plan, which holds it back with a note.
    assert sent.items[1].signals == [dark_video]
    assert not sent.has_paths
    # Every document made from the same files names the items alike.
    again = sendable_hashset(results, ids)
    assert [i.id for i in again.items] == [i.id for i in sent.items] == [ids[0], ids[2]]
