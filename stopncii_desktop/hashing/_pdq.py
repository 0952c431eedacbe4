"""PDQ perceptual hash in numpy, bit-exact with Meta's C++ reference.

Every step reproduces the reference's float32 arithmetic in the same order:
luma, two passes of Jarosz box filters (running sums), decimation to 64x64,
the quality metric, a 16x16 DCT with sequential accumulation, and the
lower-median threshold. Three backends compute the blur, with identical results:
``aot`` (the kernels of ``_pdq_jit`` compiled ahead of time into ``_pdq_aot`` by
``packaging/build_kernels.py``: no numba import, nothing compiled at run time),
``numba`` (the same kernels compiled by numba on first use) and ``numpy``
(running sums kept as float32 vectors, updated in the reference's order). The
first one available is used; ``STOPNCII_PDQ_BACKEND=numba`` or ``=numpy`` picks one.
"""

from __future__ import annotations

import itertools
import math
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache, partial
from types import ModuleType
from typing import cast

import numpy as np
import numpy.typing as npt

from stopncii_desktop.hashing.variants import DIHEDRAL

F32 = np.float32
FloatArray = npt.NDArray[np.float32]

MIN_HASHABLE_DIM = 5
_NUM_JAROSZ_PASSES = 2
_LUMA_R = F32(0.299)
_LUMA_G = F32(0.587)
_LUMA_B = F32(0.114)

#: The names of the blocks ``dihedral_blocks`` returns (their home is ``variants``).
DIHEDRAL_NAMES = DIHEDRAL


def _dct_matrix() -> FloatArray:
    scale = float(F32(math.sqrt(2.0 / 64.0)))  # the reference keeps it as float
    d = np.empty((16, 64), dtype=F32)
    for i in range(16):
        for j in range(64):
            d[i, j] = F32(scale * math.cos((math.pi / 2.0 / 64.0) * (i + 1) * (2 * j + 1)))
    return d


_DCT = _dct_matrix()
_DCT_T = np.ascontiguousarray(_DCT.T)


@dataclass(frozen=True, slots=True)
class PdqResult:
    """A PDQ hash (64 lowercase hex digits) and its quality, 0..100."""

    hash_hex: str
    quality: int


def luma_from_rgb(rgb: npt.NDArray[np.uint8]) -> FloatArray:
    """Float32 luma of an (H, W, 3) uint8 array, as the reference computes it."""
    out = rgb[..., 0].astype(F32)
    out *= _LUMA_R
    out += rgb[..., 1].astype(F32) * _LUMA_G
    out += rgb[..., 2].astype(F32) * _LUMA_B
    return out


_STRIP = 64  # rows per cache-sized block when transposing


def luma_transposed(rgb: npt.NDArray[np.uint8]) -> FloatArray:
    """Luma of an (H, W, 3) image, returned transposed as (W, H), in strips."""
    rows, cols = rgb.shape[:2]
    out = np.empty((cols, rows), dtype=F32)
    for r0 in range(0, rows, _STRIP):
        out[:, r0 : r0 + _STRIP] = luma_from_rgb(rgb[r0 : r0 + _STRIP]).T
    return out


def _window(dim: int) -> int:
    return (dim + 2 * 64 - 1) // (2 * 64)


def _decimation_indices(dim: int) -> list[int]:
    return [int(((i + 0.5) * dim) / 64) for i in range(64)]


def _box_down_axis0(x: FloatArray, window: int, keep: list[int] | None = None) -> FloatArray:
    """The reference's ``box1DFloat`` down axis 0 of ``x``, for all columns at once.

    The running sums are kept as one float32 vector across the columns and
    updated in the reference's order, which makes each column bit-exact. The
    result is written transposed, shape (columns, rows), in cache-sized blocks;
    with ``keep``, only those output rows are produced, in that order.
    """
    n, width = x.shape
    half = (window + 2) // 2
    p3 = n - window
    # Output index -> running-sum step: steps are the additions and removals
    # of the reference's loop, with the divisor in force at each output.
    if keep is None:
        wanted = np.ones(n, dtype=bool)
        unique = list(range(n))
    else:
        unique = sorted(set(keep))
        wanted = np.zeros(n, dtype=bool)
        wanted[unique] = True
    out = np.empty((width, len(unique)), dtype=F32)
    buf = np.empty((_STRIP, width), dtype=F32)
    filled = 0
    written = 0

    total = np.zeros(width, dtype=F32)
    for r in range(half - 1):
        total += x[r]
    sizes = [float(r + 1) for r in range(half - 1, window)]
    sizes += [float(window)] * p3
    sizes += [float(window - 1 - i) for i in range(half - 1)]
    divisors = np.array(sizes, dtype=F32)
    for step in range(n):
        if step < window - half + 1:
            total += x[half - 1 + step]
        elif step < window - half + 1 + p3:
            i = step - (window - half + 1)
            total += x[window + i]
            total -= x[i]
        else:
            total -= x[p3 + step - (window - half + 1 + p3)]
        if wanted[step]:
            np.divide(total, divisors[step], out=buf[filled])
            filled += 1
            if filled == _STRIP:
                out[:, written : written + filled] = buf.T
                written += filled
                filled = 0
    if filled:
        out[:, written : written + filled] = buf[:filled].T
    if keep is None or keep == unique:
        return out
    slot = {oi: k for k, oi in enumerate(unique)}
    return np.ascontiguousarray(out[:, [slot[k] for k in keep]])


def downsample_64(luma_t: FloatArray) -> FloatArray:
    """Jarosz-filter and decimate a transposed (W, H) float32 luma image to 64x64.

    Two passes, each a box filter along rows then along columns, exactly as
    the reference. Each filter runs down axis 0 and writes its output
    transposed, so the next filter also runs down axis 0.
    """
    cols, rows = luma_t.shape
    w_rows = _window(cols)
    w_cols = _window(rows)
    a = _box_down_axis0(luma_t, w_rows)  # along rows; now (H, W)
    b = _box_down_axis0(a, w_cols)  # along columns; now (W, H)
    del a
    # Second pass: only the 64 sampled columns matter, and each column is
    # filtered on its own, so the rest are never produced.
    c = _box_down_axis0(b, w_rows, keep=_decimation_indices(cols))  # (H, 64)
    del b
    d = _box_down_axis0(c, w_cols, keep=_decimation_indices(rows))  # (64 cols, 64 rows)
    return np.ascontiguousarray(d.T)


def quality_metric(b64: FloatArray) -> int:
    """The reference's image-domain quality metric, 0..100."""
    hundred = F32(100)
    scale = F32(255)
    dv = ((b64[:-1, :] - b64[1:, :]) * hundred) / scale
    dh = ((b64[:, :-1] - b64[:, 1:]) * hundred) / scale
    total = int(np.abs(np.trunc(dv)).sum(dtype=np.int64) + np.abs(np.trunc(dh)).sum(dtype=np.int64))
    return min(total // 90, 100)


def dct16(b64: FloatArray) -> FloatArray:
    """The 16x16 low-frequency DCT block, accumulated sequentially in float32."""
    t = np.zeros((16, 64), dtype=F32)
    for k in range(64):
        t += _DCT[:, k : k + 1] * b64[k : k + 1, :]
    b = np.zeros((16, 16), dtype=F32)
    for k in range(64):
        b += t[:, k : k + 1] * _DCT_T[k : k + 1, :]
    return b


def bits_to_hex(bits: npt.NDArray[np.bool_]) -> str:
    """Hex of a 16x16 bit array; bit k = row*16 + column, printed from bit 255 down."""
    flat = bits.reshape(256)[::-1]
    packed = np.packbits(flat)
    return packed.tobytes().hex()


def hex_to_bits(hash_hex: str) -> npt.NDArray[np.bool_]:
    packed = np.frombuffer(bytes.fromhex(hash_hex), dtype=np.uint8)
    return np.unpackbits(packed)[::-1].astype(bool).reshape(16, 16)


def dct_to_hex(block: FloatArray) -> str:
    median = np.partition(block.reshape(256), 127)[127]
    return bits_to_hex(block > median)


def dihedral_blocks(block: FloatArray) -> dict[str, FloatArray]:
    """The 7 dihedral transforms of a DCT block, as the reference derives them."""
    i_even = np.broadcast_to((np.arange(16) % 2 == 0).reshape(16, 1), (16, 16))
    j_even = i_even.T
    ij_odd = (np.add.outer(np.arange(16), np.arange(16)) % 2) == 1
    neg = -block
    return {
        "rotate90": np.where(j_even, neg, block).T.copy(),
        "rotate180": np.where(ij_odd, neg, block),
        "rotate270": np.where(i_even, neg, block).T.copy(),
        "flipx": np.where(i_even, neg, block),
        "flipy": np.where(j_even, neg, block),
        "flipplus1": block.T.copy(),
        "flipminus1": np.where(ij_odd, neg, block).T.copy(),
    }


ZERO_HASH = "0" * 64


BACKENDS = ("aot", "numba", "numpy")
BACKEND_ENV = "STOPNCII_PDQ_BACKEND"


@cache
def _kernels(backend: str) -> ModuleType | None:
    """The module of compiled kernels for ``aot`` or ``numba``, or None where it is missing."""
    try:
        if backend == "aot":
            from stopncii_desktop.hashing import _pdq_aot  # type: ignore[attr-defined]

            return cast(ModuleType, _pdq_aot)
        from stopncii_desktop.hashing import _pdq_jit
    except ImportError:
        return None
    return _pdq_jit


def _available(backend: str) -> bool:
    return backend == "numpy" or _kernels(backend) is not None


def available_backends() -> list[str]:
    return [b for b in BACKENDS if _available(b)]


def default_backend() -> str:
    """The backend asked for in the environment if it is there, else the first one there.

    Backends are tried in order and no further: with the ahead-of-time kernels
    present, numba is never imported.
    """
    wanted = os.environ.get(BACKEND_ENV, "").lower()
    if wanted in BACKENDS and _available(wanted):
        return wanted
    return next(b for b in BACKENDS if _available(b))


THREADS_ENV = "STOPNCII_PDQ_THREADS"


def _env_threads() -> int | None:
    value = os.environ.get(THREADS_ENV, "")
    return max(1, int(value)) if value.isdigit() else None


_threads = _env_threads() or max(1, min(4, os.cpu_count() or 1))


def set_threads(count: int) -> None:
    """How many threads one photo's filtering may use (batch workers use their share of cores).

    ``STOPNCII_PDQ_THREADS`` in the environment overrides it (benchmarks use it).
    """
    global _threads
    _threads = _env_threads() or max(1, count)


@cache
def _pool(count: int) -> ThreadPoolExecutor:
    return ThreadPoolExecutor(count, thread_name_prefix="pdq")


def _split(jobs: int, kernel: Callable[[int, int], object]) -> None:
    """Run kernel(start, stop) over 0..jobs in as many slices as threads (kernels release the GIL)."""
    count = min(_threads, max(1, jobs // 256))
    if count == 1:
        kernel(0, jobs)
        return
    edges = [jobs * k // count for k in range(count + 1)]
    # Slices start on multiples of 8: whole blocks of rows, aligned columns.
    edges = [edges[0]] + [e - e % 8 for e in edges[1:-1]] + [edges[-1]]
    futures = [_pool(count).submit(kernel, a, b) for a, b in itertools.pairwise(edges)]
    for future in futures:
        future.result()


def downsample_with_kernels(jit: ModuleType, pixels: npt.NDArray[np.uint8]) -> FloatArray:
    """:func:`downsample_pixels` through a module of compiled kernels (``_pdq_aot`` or ``_pdq_jit``).

    Ahead-of-time kernels trust the types they were compiled for (a wrong one can crash
    the process), so the pixels are checked, and made C-contiguous, here; every other
    array is made below with the right type.
    """
    if pixels.ndim != 3 or pixels.shape[2] not in (3, 4):
        raise ValueError(f"expected (rows, cols, 3 or 4) pixels, got shape {pixels.shape}")
    pixels = np.ascontiguousarray(pixels, dtype=np.uint8)
    rows, cols = pixels.shape[:2]
    w_rows, w_cols = _window(cols), _window(rows)
    a = np.empty((rows, cols), dtype=F32)
    _split(rows, partial(jit.luma_box_rows, pixels, a, w_rows))
    b = np.empty_like(a)
    _split(cols, partial(jit.box_cols, a, b, w_cols))
    del a
    # Second pass: only the 64 sampled columns are produced.
    keep = _decimation_indices(cols)
    unique = sorted(set(keep))
    slot = np.full(cols, -1, dtype=np.int64)
    slot[unique] = np.arange(len(unique))
    c = np.empty((rows, len(unique)), dtype=F32)
    _split(rows, partial(jit.box_rows, b, c, w_rows, slot))
    del b
    d = np.empty_like(c)
    jit.box_cols(c, d, w_cols, 0, c.shape[1])
    position = {col: k for k, col in enumerate(unique)}
    return np.ascontiguousarray(d[_decimation_indices(rows)][:, [position[k] for k in keep]])


def downsample_pixels(pixels: npt.NDArray[np.uint8], backend: str | None = None) -> FloatArray:
    """Luma, Jarosz filter and decimation of an (H, W, 3 or 4) uint8 RGB(X) image to 64x64."""
    chosen = backend or default_backend()
    if chosen == "numpy":
        return downsample_64(luma_transposed(pixels[..., :3]))
    if chosen not in BACKENDS:
        raise ValueError(f"unknown PDQ backend {chosen!r}")
    kernels = _kernels(chosen)
    if kernels is None:
        raise ValueError(f"the {chosen} backend is not available")
    return downsample_with_kernels(kernels, pixels)


def _finish(b64: FloatArray, dihedral: bool) -> tuple[PdqResult, dict[str, str]]:
    quality = quality_metric(b64)
    block = dct16(b64)
    result = PdqResult(dct_to_hex(block), quality)
    if not dihedral:
        return result, {}
    return result, {name: dct_to_hex(b) for name, b in dihedral_blocks(block).items()}


def _too_small(dihedral: bool) -> tuple[PdqResult, dict[str, str]]:
    extra = {name: ZERO_HASH for name in DIHEDRAL_NAMES} if dihedral else {}
    return PdqResult(ZERO_HASH, 0), extra


def pdq_from_pixels(
    pixels: npt.NDArray[np.uint8], dihedral: bool = False, backend: str | None = None
) -> tuple[PdqResult, dict[str, str]]:
    """PDQ of an (H, W, 3 or 4) uint8 RGB(X) array, with the 7 dihedral hashes when asked."""
    rows, cols = pixels.shape[:2]
    if rows < MIN_HASHABLE_DIM or cols < MIN_HASHABLE_DIM:
        return _too_small(dihedral)
    return _finish(downsample_pixels(pixels, backend), dihedral)


def pdq_from_rgb(
    rgb: npt.NDArray[np.uint8], dihedral: bool = False, backend: str | None = None
) -> tuple[PdqResult, dict[str, str]]:
    """PDQ of an (H, W, 3) uint8 RGB array."""
    return pdq_from_pixels(rgb, dihedral, backend)


def pdq_from_luma_transposed(
    luma_t: FloatArray, dihedral: bool = False
) -> tuple[PdqResult, dict[str, str]]:
    """PDQ of a float32 luma image given transposed, shape (W, H) (numpy backend)."""
    cols, rows = luma_t.shape
    if rows < MIN_HASHABLE_DIM or cols < MIN_HASHABLE_DIM:
        return _too_small(dihedral)
    return _finish(downsample_64(luma_t), dihedral)
