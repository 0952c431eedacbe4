"""Signal types: every example validates, distances behave, bad values are refused."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from stopncii_desktop.hashing.signals import (
    SIGNAL_TYPES,
    BitHashSignal,
    PdqSignal,
    SignalType,
    SignalTypeError,
)

TYPES = list(SIGNAL_TYPES.values())


@pytest.mark.parametrize("kind", TYPES, ids=lambda t: t.name)
def test_examples_validate_and_are_at_distance_zero_from_themselves(kind: type[SignalType]) -> None:
    assert kind.examples
    for value in kind.examples:
        assert kind.validate(value) == value
        assert kind.distance(value, value) == 0


@pytest.mark.parametrize("kind", TYPES, ids=lambda t: t.name)
def test_distinct_examples_have_positive_symmetric_distance(kind: type[SignalType]) -> None:
    a, b = kind.examples[0], kind.examples[1]
    assert kind.distance(a, b) == kind.distance(b, a) > 0


@pytest.mark.parametrize("kind", TYPES, ids=lambda t: t.name)
@pytest.mark.parametrize(
    "mangle",
    [str.upper, lambda v: v[:-1], lambda v: v + "0", lambda v: "g" + v[1:], lambda v: " " + v[1:]],
)
def test_invalid_values(kind: type[SignalType], mangle: Callable[[str], str]) -> None:
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
