"""Compiled (numba) kernels for PDQ's luma and Jarosz box filters, bit-exact with the reference.

Each kernel is a statement-by-statement transcription of Meta's C++ loops in
float32, so the roundings are the reference's own; no fast-math flags are
used, so the compiler may not reorder or fuse them. The row filter runs eight
rows side by side (independent running sums) so the additions pipeline; the
column filter runs along rows of memory, which the compiler vectorises.

The same functions are also compiled ahead of time into ``_pdq_aot`` (by
``packaging/build_kernels.py``, with the types in :data:`AOT_SIGNATURES`), so an
installed app or a bundle neither imports numba nor compiles anything when it
starts. ``_pdq`` uses the ahead-of-time module when it is there, these kernels
through numba when it is not, and plain numpy as the last resort.
"""

from __future__ import annotations

import numpy as np
from numba import njit

_ILP = 8  # rows filtered side by side

_PIXELS = "uint8[:, :, ::1]"  # (rows, cols, 3 or 4), C order
_PLANE = "float32[:, ::1]"
#: The kernels ``_pdq`` calls, with the only argument types it passes (checked there first).
AOT_SIGNATURES = {
    "luma_box_rows": f"void({_PIXELS}, {_PLANE}, int64, int64, int64)",
    "box_cols": f"void({_PLANE}, {_PLANE}, int64, int64, int64)",
    "box_rows": f"void({_PLANE}, {_PLANE}, int64, int64[::1], int64, int64)",
}


@njit(cache=True, nogil=True)
def luma_into(rgb, out, row0):  # type: ignore[no-untyped-def]
    """out[row0 + i, j] = luma of rgb[i, j], as ``fillFloatLumaFromRGB``."""
    cr = np.float32(0.299)
    cg = np.float32(0.587)
    cb = np.float32(0.114)
    h, w = rgb.shape[0], rgb.shape[1]
    for i in range(h):
        for j in range(w):
            r = np.float32(rgb[i, j, 0]) * cr
            g = np.float32(rgb[i, j, 1]) * cg
            b = np.float32(rgb[i, j, 2]) * cb
            out[row0 + i, j] = (r + g) + b


@njit(cache=True, nogil=True)
def box_rows(src, dst, window, slot, r0, r1):  # type: ignore[no-untyped-def]
    """``box1DFloat`` along rows r0..r1 of src; column c goes to dst[:, slot[c]] when slot[c] >= 0."""
    n = src.shape[1]
    half = (window + 2) // 2
    p3 = n - window
    sums = np.zeros(_ILP, np.float32)
    for i0 in range(r0, r1, _ILP):
        m = min(_ILP, r1 - i0)
        for k in range(m):
            sums[k] = np.float32(0.0)
        for r in range(half - 1):
            for k in range(m):
                sums[k] = sums[k] + src[i0 + k, r]
        oi = 0
        for r in range(half - 1, window):
            size = np.float32(r + 1)
            s_out = slot[oi]
            for k in range(m):
                sums[k] = sums[k] + src[i0 + k, r]
                if s_out >= 0:
                    dst[i0 + k, s_out] = sums[k] / size
            oi += 1
        full = np.float32(window)
        for t in range(p3):
            s_out = slot[oi]
            for k in range(m):
                s = sums[k] + src[i0 + k, window + t]
                s = s - src[i0 + k, t]
                sums[k] = s
                if s_out >= 0:
                    dst[i0 + k, s_out] = s / full
            oi += 1
        for t in range(half - 1):
            size = np.float32(window - 1 - t)
            s_out = slot[oi]
            for k in range(m):
                sums[k] = sums[k] - src[i0 + k, p3 + t]
                if s_out >= 0:
                    dst[i0 + k, s_out] = sums[k] / size
            oi += 1


@njit(cache=True, nogil=True)
def box_cols(src, dst, window, c0, c1):  # type: ignore[no-untyped-def]
    """``box1DFloat`` down columns c0..c1 of src into dst (same shape)."""
    n, cols = src.shape
    half = (window + 2) // 2
    p3 = n - window
    sums = np.zeros(cols, np.float32)
    for r in range(half - 1):
        for j in range(c0, c1):
            sums[j] = sums[j] + src[r, j]
    oi = 0
    for r in range(half - 1, window):
        size = np.float32(r + 1)
        for j in range(c0, c1):
            sums[j] = sums[j] + src[r, j]
            dst[oi, j] = sums[j] / size
        oi += 1
    full = np.float32(window)
    for t in range(p3):
        for j in range(c0, c1):
            s = sums[j] + src[window + t, j]
            s = s - src[t, j]
            sums[j] = s
            dst[oi, j] = s / full
        oi += 1
    for t in range(half - 1):
        size = np.float32(window - 1 - t)
        for j in range(c0, c1):
            sums[j] = sums[j] - src[p3 + t, j]
            dst[oi, j] = sums[j] / size
        oi += 1


@njit(cache=True, nogil=True)
def luma_box_rows(rgbx, dst, window, r0, r1):  # type: ignore[no-untyped-def]
    """Luma of each pixel, then ``box1DFloat`` along each row, fused.

    rgbx is (rows, cols, 4) uint8 (Pillow's own pixel layout); rows r0..r1 are done. Blocks of
    eight rows are transposed into a small buffer so the eight running sums
    sit side by side in memory and the compiler vectorises across them.
    """
    n = rgbx.shape[1]
    cr = np.float32(0.299)
    cg = np.float32(0.587)
    cb = np.float32(0.114)
    half = (window + 2) // 2
    p3 = n - window
    block = np.zeros((n, _ILP), np.float32)
    out = np.zeros((n, _ILP), np.float32)
    sums = np.zeros(_ILP, np.float32)
    full = np.float32(window)
    for i0 in range(r0, r1, _ILP):
        m = min(_ILP, r1 - i0)
        for k in range(m):
            for j in range(n):
                red = np.float32(rgbx[i0 + k, j, 0]) * cr
                green = np.float32(rgbx[i0 + k, j, 1]) * cg
                blue = np.float32(rgbx[i0 + k, j, 2]) * cb
                block[j, k] = (red + green) + blue
        for k in range(_ILP):
            sums[k] = np.float32(0.0)
        for r in range(half - 1):
            for k in range(_ILP):
                sums[k] = sums[k] + block[r, k]
        oi = 0
        for r in range(half - 1, window):
            size = np.float32(r + 1)
            for k in range(_ILP):
                sums[k] = sums[k] + block[r, k]
                out[oi, k] = sums[k] / size
            oi += 1
        for t in range(p3):
            for k in range(_ILP):
                s = sums[k] + block[window + t, k]
                s = s - block[t, k]
                sums[k] = s
                out[oi, k] = s / full
            oi += 1
        for t in range(half - 1):
            size = np.float32(window - 1 - t)
            for k in range(_ILP):
                sums[k] = sums[k] - block[p3 + t, k]
                out[oi, k] = sums[k] / size
            oi += 1
        for k in range(m):
            for j in range(n):
                dst[i0 + k, j] = out[j, k]
