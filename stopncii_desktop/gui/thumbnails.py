"""Small thumbnails made in memory for the review screen, blurred by default.

Thumbnails are never written to disk: the hashing workers make each one from the
picture they decoded (``hashing/preview.py``), so the app never decodes a picture
itself, and it stays a QImage in memory. The blurred form is what everyone sees
until the person asks to reveal a picture, so a caseworker does not see a client's
photos.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from stopncii_desktop.hashing.preview import Preview

#: Pixels across the longer side; the hashing workers make previews this size.
SIZE = 160
#: The picture is shrunk to this many pixels across before being blown up again.
BLUR_PIXELS = 6


def thumbnail_image(preview: Preview) -> QImage:
    """The preview a hashing worker made, as a QImage that owns its pixels."""
    image = QImage(
        preview.rgb, preview.width, preview.height, preview.width * 3, QImage.Format.Format_RGB888
    )
    return image.copy()  # the bytes object may go away


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
