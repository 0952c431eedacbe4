"""Generating test media in the test run (never stored in the repository)."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
from PIL import Image


def noisy_rgb(width: int, height: int, seed: int = 0) -> np.ndarray:
    """A photo-like image: gradients, texture, objects with edges, and sensor noise."""
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    xs, ys = xx / max(width, 1), yy / max(height, 1)
    phase = rng.random(3) * 6.28
    base = np.stack(
        [128 + 60 * np.sin(xs * (3 + c) + ys * (2 + c) + phase[c]) for c in range(3)], axis=-1
    )
    # Texture at a scale relative to the picture, so detail survives PDQ's 64x64 view.
    for c in range(3):
        k1, k2 = rng.uniform(6, 18, 2)
        base[..., c] += 45 * np.sin(2 * np.pi * (k1 * xs + k2 * ys) + phase[c])
    for _ in range(12):
        cx, cy, r = rng.random(), rng.random(), rng.uniform(0.05, 0.25)
        shade = rng.uniform(0, 255, 3)
        if rng.random() < 0.5:
            mask = (xs - cx) ** 2 + (ys - cy) ** 2 < r * r
        else:
            mask = (abs(xs - cx) < r) & (abs(ys - cy) < r * 0.6)
        base[mask] = base[mask] * 0.3 + shade * 0.7
    noise = rng.normal(0, 12, size=base.shape)
    return np.clip(base + noise, 0, 255).astype(np.uint8)


def photo_bytes(
    width: int = 640, height: int = 480, seed: int = 0, fmt: str = "JPEG", **save: object
) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(noisy_rgb(width, height, seed)).save(buf, fmt, **save)
    return buf.getvalue()


def write_photo(
    path: Path,
    width: int = 640,
    height: int = 480,
    seed: int = 0,
    fmt: str = "JPEG",
    **save: object,
) -> Path:
    path.write_bytes(photo_bytes(width, height, seed, fmt, **save))
    return path
