"""Generating test media in the test run (never stored in the repository)."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
from PIL import Image


def noisy_rgb(width: int, height: int, seed: int = 0) -> np.ndarray:
    """A photo-like image: smooth gradients, shapes and sensor noise."""
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:height, 0:width]
    phase = rng.random(3) * 6.28
    base = np.stack(
        [
            128
            + 90 * np.sin(xx / max(width, 1) * (3 + c) + yy / max(height, 1) * (2 + c) + phase[c])
            for c in range(3)
        ],
        axis=-1,
    )
    cx, cy, r = (
        width * rng.uniform(0.3, 0.7),
        height * rng.uniform(0.3, 0.7),
        min(width, height) / 4,
    )
    disc = ((xx - cx) ** 2 + (yy - cy) ** 2) < r * r
    base[disc] = base[disc] * 0.4 + 60
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
