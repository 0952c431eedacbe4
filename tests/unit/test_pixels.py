"""Zero-copy pixel access, and the compiled PDQ backends agree with the plain numpy path."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest
from PIL import Image

from stopncii_desktop.hashing import _pdq
from stopncii_desktop.hashing._pixels import PixelView, configure_pillow
from tests.media import noisy_rgb
from tests.pdq_backends import require_backend


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
@pytest.mark.parametrize("backend", ["aot", "numba"])
def test_backends_give_identical_hashes(
    width: int, height: int, channels: int, backend: str
) -> None:
    require_backend(backend)
    rgb = noisy_rgb(width, height, seed=height)
    pixels = np.zeros((height, width, channels), np.uint8)
    pixels[..., :3] = rgb
    fast = _pdq.pdq_from_pixels(pixels, dihedral=True, backend=backend)
    plain = _pdq.pdq_from_pixels(pixels, dihedral=True, backend="numpy")
    assert fast == plain
    assert np.array_equal(
        _pdq.downsample_pixels(pixels, backend), _pdq.downsample_pixels(pixels, "numpy")
    )


@pytest.mark.parametrize("backend", ["aot", "numba"])
def test_compiled_kernels_take_any_pixel_layout(backend: str) -> None:
    """Strided or non-uint8 pixels are made right before a compiled kernel sees them."""
    require_backend(backend)
    pixels = noisy_rgb(301, 203, seed=3)
    strided = np.zeros((203, 602, 3), np.uint8)
    strided[:, ::2] = pixels
    expected = _pdq.downsample_pixels(pixels, "numpy")
    assert np.array_equal(_pdq.downsample_pixels(strided[:, ::2], backend), expected)
    assert np.array_equal(_pdq.downsample_pixels(pixels.astype(np.int64), backend), expected)
    with pytest.raises(ValueError, match="pixels"):
        _pdq.downsample_pixels(np.zeros((20, 20), np.uint8), backend)


@pytest.mark.slow
def test_compiled_kernels_release_the_gil() -> None:
    """The ahead-of-time kernels let other threads run, as numba's ``nogil`` ones do.

    While a thread holds the GIL no other Python code runs at all, so the main thread
    running in the middle of a kernel call proves the call released it.
    """
    kernels = _pdq._kernels(require_backend("aot"))
    assert kernels is not None
    pixels = np.ascontiguousarray(noisy_rgb(4000, 3000)[..., :3])
    out = np.empty((3000, 4000), np.float32)
    calls: list[tuple[float, float]] = []
    finished = threading.Event()

    def filter_a_few_times() -> None:
        for _ in range(5):
            start = time.perf_counter()
            kernels.luma_box_rows(pixels, out, 32, 0, 3000)
            calls.append((start, time.perf_counter()))
        finished.set()

    seen: list[float] = []
    worker = threading.Thread(target=filter_a_few_times)
    worker.start()
    while not finished.is_set():
        seen.append(time.perf_counter())
    worker.join()
    in_the_middle = [t for a, b in calls for t in seen if a + (b - a) / 3 < t < b - (b - a) / 3]
    assert in_the_middle, calls


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
