"""Decoding photos with Pillow, defensively.

Only the formats people's photos come in are opened (JPEG, PNG, WebP, GIF,
BMP, TIFF, HEIC/HEIF, AVIF); others, such as EPS (which would start
Ghostscript), are refused before any decoder runs. The pixel count is
checked from the header before decoding (decompression bombs), every
Pillow warning is caught and reported, and each failure becomes a
:class:`MediaError` with a stable code.
"""

from __future__ import annotations

import contextlib
import importlib
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageFile, UnidentifiedImageError

from stopncii_desktop.hashing._pixels import configure_pillow
from stopncii_desktop.hashing.errors import ErrorCode, MediaError
from stopncii_desktop.hashing.files import is_unsupported_picture, read_head

#: Far above any real photo (a 200-megapixel phone sensor is the largest in use).
MAX_PIXELS = 250_000_000
MIN_SIDE = 5

ALLOWED_FORMATS = ("JPEG", "MPO", "PNG", "WEBP", "GIF", "BMP", "DIB", "TIFF", "HEIF", "AVIF")

#: Pillow's plugins for ALLOWED_FORMATS (HEIF comes from pillow_heif). Only these are loaded:
#: ``Image.init()`` would import all forty, a tenth of the time a one-photo ``hash`` takes.
_PLUGINS = (
    "JpegImagePlugin",
    "MpoImagePlugin",
    "PngImagePlugin",
    "WebPImagePlugin",
    "GifImagePlugin",
    "BmpImagePlugin",
    "TiffImagePlugin",
    "AvifImagePlugin",
)

_registered = False


def _register_plugins() -> None:
    global _registered
    if _registered:
        return
    import pillow_heif

    pillow_heif.register_heif_opener()
    for plugin in _PLUGINS:
        with contextlib.suppress(ImportError):  # AVIF: a Pillow built without libavif
            importlib.import_module(f"PIL.{plugin}")
    configure_pillow()
    # Pillow's own limit becomes ours; it is also checked explicitly below.
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    # A truncated file is an error, never silently padded with grey.
    ImageFile.LOAD_TRUNCATED_IMAGES = False
    _registered = True


@dataclass(slots=True)
class DecodedPhoto:
    image: Image.Image  # mode RGB, fully loaded
    exif_orientation: int | None
    notes: list[str] = field(default_factory=list)
    #: Technical details for the in-memory log (warning categories), never paths.
    details: list[str] = field(default_factory=list)
    frame_count: int = 1
    format: str = ""


_WARNING_NOTE = "The picture reader reported a minor problem with this file; it was still read."


def _orientation(im: Image.Image, notes: list[str]) -> int | None:
    try:
        value = im.getexif().get(0x0112)
    except Exception:  # corrupt EXIF must not stop the picture being hashed
        notes.append("The photo's hidden details (EXIF) are damaged; the picture itself was read.")
        return None
    if isinstance(value, int) and 1 <= value <= 8:
        return value
    return None


def open_photo(path: Path) -> DecodedPhoto:
    """Decode ``path`` fully into an RGB image, or raise MediaError."""
    _register_plugins()
    notes: list[str] = []
    details: list[str] = []
    rgb: Image.Image | None = None
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            im = Image.open(path, formats=[f for f in ALLOWED_FORMATS if f in Image.OPEN])
        except FileNotFoundError:
            raise MediaError(ErrorCode.NOT_FOUND) from None
        except PermissionError:
            raise MediaError(ErrorCode.UNREADABLE) from None
        except Image.DecompressionBombError:
            raise MediaError(ErrorCode.TOO_LARGE) from None
        except UnidentifiedImageError:
            head = read_head(path)
            code = (
                ErrorCode.UNSUPPORTED_FORMAT
                if is_unsupported_picture(head)
                else ErrorCode.NOT_A_PICTURE
            )
            raise MediaError(code) from None
        except (OSError, SyntaxError, ValueError, EOFError) as exc:
            raise MediaError(ErrorCode.TRUNCATED, type(exc).__name__) from None
        try:
            width, height = im.size
            if width * height > MAX_PIXELS:
                raise MediaError(ErrorCode.TOO_LARGE, f"{width}x{height}")
            if width < MIN_SIDE or height < MIN_SIDE:
                raise MediaError(ErrorCode.TOO_SMALL, f"{width}x{height}")
            orientation = _orientation(im, notes)
            frame_count = int(getattr(im, "n_frames", 1) or 1)
            fmt = im.format or ""
            try:
                im.load()
                # An RGB picture whose file is already closed (one frame) is used as it is:
                # converting would copy every pixel for nothing.
                rgb = im if im.mode == "RGB" and im.fp is None else im.convert("RGB")
            except Image.DecompressionBombError:
                raise MediaError(ErrorCode.TOO_LARGE) from None
            except MemoryError:
                raise MediaError(ErrorCode.TOO_LARGE, "MemoryError") from None
            except (OSError, SyntaxError, ValueError, EOFError, IndexError, TypeError) as exc:
                raise MediaError(ErrorCode.TRUNCATED, type(exc).__name__) from None
        finally:
            if rgb is not im:
                im.close()
    for w in caught:
        if issubclass(w.category, Image.DecompressionBombWarning):
            raise MediaError(ErrorCode.TOO_LARGE)
        details.append(w.category.__name__)
        if _WARNING_NOTE not in notes:
            notes.append(_WARNING_NOTE)
    assert rgb is not None
    return DecodedPhoto(rgb, orientation, notes, details, frame_count, fmt)
