"""Signal types: every example validates, distances behave, bad values are refused, and
each type's reliability rule is the one the rest of the app applies."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from stopncii_desktop.hashing.results import MediaResult, Signal, VpdqFrame, VpdqSignal
from stopncii_desktop.hashing.signals import (
    SIGNAL_TYPES,
    BitHashSignal,
    HexSignalType,
    Md5Signal,
    PdqSignal,
    SignalTypeError,
    VpdqFormatError,
    VpdqSignalType,
)

TYPES = list(SIGNAL_TYPES.values())


@pytest.mark.parametrize("kind", TYPES, ids=lambda t: t.name)
def test_examples_validate_and_are_at_distance_zero_from_themselves(
    kind: type[HexSignalType],
) -> None:
    assert kind.examples
    for value in kind.examples:
        assert kind.validate(value) == value
        assert kind.distance(value, value) == 0


@pytest.mark.parametrize("kind", TYPES, ids=lambda t: t.name)
def test_distinct_examples_have_positive_symmetric_distance(kind: type[HexSignalType]) -> None:
    a, b = kind.examples[0], kind.examples[1]
    assert kind.distance(a, b) == kind.distance(b, a) > 0


@pytest.mark.parametrize("kind", TYPES, ids=lambda t: t.name)
@pytest.mark.parametrize(
    "mangle",
    [str.upper, lambda v: v[:-1], lambda v: v + "0", lambda v: "g" + v[1:], lambda v: " " + v[1:]],
)
def test_invalid_values(kind: type[HexSignalType], mangle: Callable[[str], str]) -> None:
    value = mangle(kind.examples[0])
    if value == kind.examples[0]:
        pytest.skip("this mangling changes nothing for this example")
    with pytest.raises(SignalTypeError):
        kind.validate(value)


def test_pdq_distance_is_hamming() -> None:
    assert PdqSignal.distance("0" * 64, "f" * 64) == 256
    assert PdqSignal.distance("0" * 64, "0" * 63 + "3") == 2
    assert issubclass(PdqSignal, BitHashSignal)
    assert PdqSignal.match_threshold == 31 and PdqSignal.min_quality == 50


def test_pdq_reliability_is_quality_50_or_more_and_unknown_is_not_reliable() -> None:
    assert PdqSignal.is_reliable(50) and PdqSignal.is_reliable(100)
    assert not PdqSignal.is_reliable(49) and not PdqSignal.is_reliable(None)
    assert Md5Signal.is_reliable(None)  # no quality rule for exact digests
    assert PdqSignal.is_match(31) and not PdqSignal.is_match(32)


def test_values_ask_their_type() -> None:
    assert Signal("pdq", PdqSignal.examples[0], 50).reliable
    assert not Signal("pdq", PdqSignal.examples[0], 49).reliable
    assert Signal("md5", Md5Signal.examples[0]).reliable
    h = PdqSignal.examples[0]
    assert VpdqSignal((VpdqFrame(h, 49, 0.0, 0), VpdqFrame(h, 50, 1.0, 1)), 1.0).reliable
    assert not VpdqSignal((VpdqFrame(h, 49, 0.0, 0),), 1.0).reliable
    assert not VpdqSignal((), 1.0).reliable


def test_low_quality_file_is_one_whose_every_pdq_is_unreliable() -> None:
    def result(*qualities: int) -> MediaResult:
        signals = [Signal("pdq", PdqSignal.examples[0], q) for q in qualities]
        return MediaResult(0, Path("x"), "image", list(signals))

    assert result(10, 49).low_quality
    assert not result(10, 50).low_quality
    assert not result().low_quality


def test_vpdq_type_validates_the_hma_form() -> None:
    for value in VpdqSignalType.examples:
        assert VpdqSignalType.validate(value) == value
    assert VpdqSignalType.parse(VpdqSignalType.examples[0])[1] == ("0" * 64, 49, 1.0)
    for bad in ("{}", "[1]", '["00,1,2"]', "not json"):
        with pytest.raises(VpdqFormatError):
            VpdqSignalType.validate(bad)
    assert issubclass(VpdqFormatError, SignalTypeError)


def test_vpdq_reliability_and_match_rule() -> None:
    assert VpdqSignalType.is_reliable([10, 50]) and not VpdqSignalType.is_reliable([49])
    assert not VpdqSignalType.is_reliable([])
    assert VpdqSignalType.frame_type is PdqSignal
    assert VpdqSignalType.query_match_percent == 80.0
    assert VpdqSignalType.target_match_percent == 0.0
