"""Small thumbnails made in memory for the review screen, blurred by default.

Thumbnails are never written to disk: they are QImages built from bytes
decoded in memory. The blurred form is what everyone sees until the person
asks to reveal a picture, so a caseworker does not see a client's photos.
"""

from __future__ import annotations

import warnings
from pathlib import Path

from PIL import Image, ImageOps
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from stopncii_desktop.hashing.decode import ALLOWED_FORMATS, MAX_PIXELS, _register_plugins

SIZE = 160
#: The picture is shrunk to this many pixels across before being blown up again.
BLUR_PIXELS = 6


def make_thumbnail(path: Path, size: int = SIZE) -> QImage | None:
    """A thumbnail of a photo, or None when it cannot be made (the hash result says why)."""
    _register_plugins()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(path, formats=[f for f in ALLOWED_FORMATS if f in Image.OPEN]) as im:
                width, height = im.size
                if width * height > MAX_PIXELS:
                    return None
                im.draft("RGB", (size * 2, size * 2))
                upright = ImageOps.exif_transpose(im)
                small = upright.convert("RGB")
                small.thumbnail((size, size))
    except Exception:  # a thumbnail is a nicety; the hash result carries the real error
        return None
    data = small.tobytes()
    image = QImage(data, small.width, small.height, small.width * 3, QImage.Format.Format_RGB888)
    return image.copy()  # own the pixels; ``data`` goes away


def blurred(image: QImage) -> QImage:
    """A heavy blur: only colours and rough shapes remain."""
    if image.isNull():
        return image
    tiny = image.scaled(
        BLUR_PIXELS,
        BLUR_PIXELS,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    return tiny.scaled(
        image.width(),
        image.height(),
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
