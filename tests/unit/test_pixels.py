"""Zero-copy pixel access and the two PDQ backends agree with the plain numpy path."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from stopncii_desktop.hashing import _pdq
from stopncii_desktop.hashing._pixels import PixelView, configure_pillow
from tests.media import noisy_rgb


@pytest.mark.parametrize(("width", "height"), [(5, 5), (63, 65), (640, 481), (1999, 1003)])
def test_pixel_view_shows_the_same_pixels_as_numpy(width: int, height: int) -> None:
    configure_pillow()
    image = Image.fromarray(noisy_rgb(width, height, seed=width))
    view = PixelView(image)
    assert view.array.shape == (height, width, 4)
    assert np.array_equal(view.array[..., :3], np.asarray(image))


def test_pixel_view_refuses_other_modes() -> None:
    with pytest.raises(ValueError, match="RGB"):
        PixelView(Image.new("L", (10, 10)))


def test_pixel_view_falls_back_when_the_export_is_unavailable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    image = Image.fromarray(noisy_rgb(50, 40))

    def broken(*_args: object) -> object:
        raise AttributeError("no arrow export")

    monkeypatch.setattr(Image.Image, "__arrow_c_array__", broken)
    view = PixelView(image)
    assert np.array_equal(view.array[..., :3], np.asarray(image))


@pytest.mark.parametrize(("width", "height"), [(5, 9), (64, 64), (127, 300), (1200, 901)])
@pytest.mark.parametrize("channels", [3, 4])
def test_backends_give_identical_hashes(width: int, height: int, channels: int) -> None:
    if "numba" not in _pdq.available_backends():
        pytest.fail("numba is a dependency and must be importable")
    rgb = noisy_rgb(width, height, seed=height)
    pixels = np.zeros((height, width, channels), np.uint8)
    pixels[..., :3] = rgb
    fast = _pdq.pdq_from_pixels(pixels, dihedral=True, backend="numba")
    plain = _pdq.pdq_from_pixels(pixels, dihedral=True, backend="numpy")
    assert fast == plain
    assert np.array_equal(
        _pdq.downsample_pixels(pixels, "numba"), _pdq.downsample_pixels(pixels, "numpy")
    )


def test_unknown_backend_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown"):
        _pdq.downsample_pixels(np.zeros((8, 8, 3), np.uint8), "fortran")


@pytest.mark.parametrize("threads", [1, 2, 3])
def test_splitting_the_work_across_threads_changes_nothing(
    threads: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    pixels = noisy_rgb(1531, 1289, seed=threads)
    monkeypatch.setattr(_pdq, "_threads", 1)
    single = _pdq.downsample_pixels(pixels, "numba")
    _pdq.set_threads(threads)
    assert np.array_equal(_pdq.downsample_pixels(pixels, "numba"), single)
