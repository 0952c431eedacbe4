"""A small picture of a photo for the review screen, made from the pixels hashing decoded.

It is made in the worker process, from the picture already in memory, and travels to the
app inside the result: the app never decodes a picture itself, where a hostile one could
take gigabytes outside the workers and their memory budget. It is never written anywhere;
the app shows it blurred until the person asks to see it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image

#: EXIF orientation -> what turns the stored pixels upright (as a phone shows the photo).
_UPRIGHT = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


@dataclass(frozen=True, slots=True)
class Preview:
    """RGB pixels, 3 bytes each, row by row: at most ``size`` pixels on the longer side."""

    width: int
    height: int
    rgb: bytes


def make_preview(image: Image.Image, orientation: int | None, size: int) -> Preview:
    """A preview of an RGB picture, upright, at most ``size`` pixels on its longer side."""
    width, height = image.size
    # An integer box reduction first: cheap, and it never copies the whole picture.
    factor = max(1, min(width, height) // (2 * size))
    small = image.reduce(factor) if factor > 1 else image.copy()
    small.thumbnail((size, size), Image.Resampling.LANCZOS)
    if orientation in _UPRIGHT:
        small = small.transpose(_UPRIGHT[orientation])
    return Preview(small.width, small.height, small.tobytes())
