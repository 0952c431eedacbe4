"""HMA's vPDQ string form: one place converts to and from it."""

from __future__ import annotations

import json

import pytest

from stopncii_desktop.hashing.results import VpdqFrame, VpdqSignal
from stopncii_desktop.hashing.signals import VpdqFormatError
from stopncii_desktop.hashing.vpdq import from_hma, to_hma

A = "e6cf059c4c6696362cc9d6663cd9c263714169d98327399993363d9c3d9cc666"
B = "f" * 64


def _signal() -> VpdqSignal:
    return VpdqSignal((VpdqFrame(A, 100, 0.0, 0), VpdqFrame(B, 49, 1.0333333, 31)), 0.0)


def test_to_hma_is_a_json_array_of_hex_quality_timestamp_strings() -> None:
    text = to_hma(_signal())
    assert json.loads(text) == [f"{A},100,0.000", f"{B},49,1.033"]


def test_python_threatexchange_style_parse_of_our_output() -> None:
    # What VpdqCompactFeature.from_str does: split on commas, int quality, float time.
    for s in json.loads(to_hma(_signal())):
        pdq_hex, quality, timestamp = s.split(",")
        assert len(pdq_hex) == 64
        int(pdq_hex, 16)
        assert 0 <= int(quality) <= 100
        assert float(timestamp) >= 0


def test_round_trip_numbers_frames_in_order() -> None:
    back = from_hma(to_hma(_signal()), seconds_per_hash=0.0)
    assert [(f.value, f.quality, f.frame) for f in back.frames] == [(A, 100, 0), (B, 49, 1)]
    assert [f.timestamp for f in back.frames] == [0.0, 1.033]
    assert back.seconds_per_hash == 0.0


def test_reads_threatexchange_timestamps_and_uppercase() -> None:
    # python-threatexchange writes timestamps with 3 significant digits, e.g. "1.23e+02".
    back = from_hma(json.dumps([f"{A.upper()},75,1.23e+02"]))
    assert back.frames[0] == VpdqFrame(A, 75, 123.0, 0)
    assert from_hma("").frames == ()


@pytest.mark.parametrize(
    "text",
    [
        "{}",
        "[1, 2]",
        json.dumps([f"{A},100"]),
        json.dumps([f"{A[:-1]},100,0.0"]),
        json.dumps([f"{'g' * 64},100,0.0"]),
        json.dumps([f"{A},101,0.0"]),
        json.dumps([f"{A},50.5,0.0"]),
        json.dumps([f"{A},50,-1"]),
        json.dumps([f"{A},50,nan"]),
        "not json",
    ],
)
def test_bad_strings_are_refused(text: str) -> None:
    with pytest.raises(VpdqFormatError):
        from_hma(text)
