"""PDQ internals against a literal port of the reference's loops, on random inputs.

This checks the vectorised running sums independently of the reference CSV:
any size and window, including the tiny and odd ones photos rarely have.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stopncii_desktop.hashing import _pdq

F32 = np.float32


def box1d_reference(vec: np.ndarray, window: int) -> np.ndarray:
    """``box1DFloat`` from Meta's downscaling.cpp, statement by statement, in float32."""
    n = len(vec)
    half = (window + 2) // 2
    p1, p2, p3, p4 = half - 1, window - half + 1, n - window, half - 1
    out = np.zeros(n, dtype=F32)
    li = ri = oi = 0
    total = F32(0.0)
    size = 0
    for _ in range(p1):
        total = F32(total + vec[ri])
        size += 1
        ri += 1
    for _ in range(p2):
        total = F32(total + vec[ri])
        size += 1
        out[oi] = F32(total / F32(size))
        ri += 1
        oi += 1
    for _ in range(p3):
        total = F32(total + vec[ri])
        total = F32(total - vec[li])
        out[oi] = F32(total / F32(size))
        li += 1
        ri += 1
        oi += 1
    for _ in range(p4):
        total = F32(total - vec[li])
        size -= 1
        out[oi] = F32(total / F32(size))
        li += 1
        oi += 1
    return out


@settings(max_examples=60, deadline=None)
@given(
    rows=st.integers(1, 40),
    cols=st.integers(1, 12),
    window=st.integers(1, 9),
    seed=st.integers(0, 2**32 - 1),
)
def test_running_sum_matches_reference_loop(rows: int, cols: int, window: int, seed: int) -> None:
    window = min(window, rows)
    x = (np.random.default_rng(seed).random((rows, cols)) * 255).astype(F32)
    got = _pdq._box_down_axis0(x, window)  # transposed: (cols, rows)
    for c in range(cols):
        assert np.array_equal(got[c], box1d_reference(x[:, c], window))


def test_keep_selects_rows_in_order_with_repeats() -> None:
    x = (np.random.default_rng(1).random((30, 5)) * 255).astype(F32)
    full = _pdq._box_down_axis0(x, 3)
    keep = [0, 0, 7, 7, 29, 3]
    assert np.array_equal(_pdq._box_down_axis0(x, 3, keep=keep), full[:, keep])


@pytest.mark.parametrize(("height", "width"), [(4, 100), (100, 4), (1, 1)])
def test_under_five_pixels_hash_to_zero_with_quality_zero(height: int, width: int) -> None:
    result, dihedral = _pdq.pdq_from_rgb(np.full((height, width, 3), 200, np.uint8), dihedral=True)
    assert result == _pdq.PdqResult("0" * 64, 0)
    assert set(dihedral.values()) == {"0" * 64}


def test_flat_image_has_quality_zero() -> None:
    result, _ = _pdq.pdq_from_rgb(np.full((64, 64, 3), 128, np.uint8))
    assert result.quality == 0


def test_bits_hex_round_trip() -> None:
    bits = np.random.default_rng(3).random((16, 16)) > 0.5
    assert np.array_equal(_pdq.hex_to_bits(_pdq.bits_to_hex(bits)), bits)


def test_bit_zero_is_the_last_hex_digit() -> None:
    bits = np.zeros((16, 16), dtype=bool)
    bits[0, 0] = True
    assert _pdq.bits_to_hex(bits) == "0" * 63 + "1"
    bits[0, 0], bits[15, 15] = False, True
    assert _pdq.bits_to_hex(bits) == "8" + "0" * 63


def test_luma_is_float32_in_reference_order() -> None:
    rgb = np.random.default_rng(4).integers(0, 256, (7, 9, 3)).astype(np.uint8)
    r, g, b = (rgb[..., i].astype(F32) for i in range(3))
    expected = (r * F32(0.299) + g * F32(0.587)) + b * F32(0.114)
    assert _pdq.luma_from_rgb(rgb).dtype == F32
    assert np.array_equal(_pdq.luma_from_rgb(rgb), expected)
    assert np.array_equal(_pdq.luma_transposed(rgb), expected.T)


def test_half_of_the_bits_are_set_on_a_real_image() -> None:
    from tests.media import noisy_rgb

    result, _ = _pdq.pdq_from_rgb(noisy_rgb(300, 200))
    ones = _pdq.hex_to_bits(result.hash_hex).sum()
    assert ones == 128  # strictly greater than the lower median: exactly half
    assert result.quality > 50
