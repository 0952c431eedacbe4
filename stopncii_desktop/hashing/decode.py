"""Decoding photos with Pillow, defensively.

Only the formats people's photos come in are opened (JPEG, PNG, WebP, GIF,
BMP, TIFF, HEIC/HEIF, AVIF); others, such as EPS (which would start
Ghostscript), are refused before any decoder runs. The pixel count and the
memory decoding will take are checked from the header before decoding
(decompression bombs, see memory.py), every Pillow warning is caught and
reported, and each failure becomes a :class:`MediaError` with a stable code.
"""

from __future__ import annotations

import contextlib
import importlib
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageFile, UnidentifiedImageError

from stopncii_desktop.hashing import memory
from stopncii_desktop.hashing._pixels import configure_pillow
from stopncii_desktop.hashing.animated import animation_bytes_per_pixel, is_animation
from stopncii_desktop.hashing.errors import ErrorCode, MediaError
from stopncii_desktop.hashing.files import (
    is_unsupported_picture,
    path_error,
    photo_format,
    read_head,
    webp_size,
)

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

#: Peak memory of hashing a still picture, in bytes per pixel, by format: the decoded
#: picture, its RGB form and PDQ's two float32 planes (measured by
#: ``benchmarks/bench_memory.py``, checked by ``tests/unit/test_memory_budget.py``).
_BYTES_PER_PIXEL = {"WEBP": 21, "AVIF": 16, "HEIF": 16}
_DEFAULT_BYTES_PER_PIXEL = 13
#: A photo with an EXIF orientation is also hashed turned upright: one more RGB copy.
_UPRIGHT_BYTES_PER_PIXEL = 4


def photo_memory(
    width: int, height: int, fmt: str, orientation: int | None, frame_count: int
) -> int:
    """The memory hashing a picture will take, in bytes, from what its header says."""
    per_pixel = _BYTES_PER_PIXEL.get(fmt, _DEFAULT_BYTES_PER_PIXEL)
    if orientation not in (None, 1):
        per_pixel += _UPRIGHT_BYTES_PER_PIXEL
    if is_animation(fmt, frame_count):
        per_pixel += animation_bytes_per_pixel(fmt)
    return width * height * per_pixel


def _orientation(im: Image.Image, notes: list[str]) -> int | None:
    try:
        value = im.getexif().get(0x0112)
    except Exception:  # corrupt EXIF must not stop the picture being hashed
        notes.append("The photo's hidden details (EXIF) are damaged; the picture itself was read.")
        return None
    if isinstance(value, int) and 1 <= value <= 8:
        return value
    return None


def _frame_count(im: Image.Image, details: list[str]) -> int:
    try:
        return max(1, int(getattr(im, "n_frames", 1) or 1))
    except Exception as exc:  # damaged later frames: the first one is still a picture
        details.append(f"frames: {type(exc).__name__}")
        return 1


def _refuse_declared_giants(path: Path) -> None:
    """Refuse a WebP whose header declares more pixels than any photo, before any decoder."""
    declared = webp_size(read_head(path))
    if declared is not None and declared[0] * declared[1] > MAX_PIXELS:
        raise MediaError(ErrorCode.TOO_LARGE, f"{declared[0]}x{declared[1]}")


def _open(path: Path) -> ImageFile.ImageFile:
    """Read the header only; a file no allowed decoder accepts gets its own code."""
    try:
        return Image.open(path, formats=[f for f in ALLOWED_FORMATS if f in Image.OPEN])
    except Image.DecompressionBombError:
        raise MediaError(ErrorCode.TOO_LARGE) from None
    except UnidentifiedImageError:
        head = read_head(path)
        if photo_format(head) is not None:  # the signature of a photo, but no decoder takes it
            raise MediaError(ErrorCode.TRUNCATED, "unidentified") from None
        if is_unsupported_picture(head):
            raise MediaError(ErrorCode.UNSUPPORTED_FORMAT) from None
        raise MediaError(ErrorCode.NOT_A_PICTURE) from None
    except (FileNotFoundError, PermissionError, IsADirectoryError) as exc:
        raise path_error(path, exc) from None
    except MemoryError:
        raise MediaError(ErrorCode.TOO_LARGE, "MemoryError") from None
    except Exception as exc:  # a decoder refusing its own format's header: damage
        raise MediaError(ErrorCode.TRUNCATED, type(exc).__name__) from None


def _load_rgb(im: ImageFile.ImageFile) -> Image.Image:
    """Decode every pixel and give the picture as RGB."""
    try:
        im.load()
        # An RGB picture whose file is already closed (one frame) is used as it is:
        # converting would copy every pixel for nothing.
        return im if im.mode == "RGB" and im.fp is None else im.convert("RGB")
    except Image.DecompressionBombError:
        raise MediaError(ErrorCode.TOO_LARGE) from None
    except MemoryError:
        raise MediaError(ErrorCode.TOO_LARGE, "MemoryError") from None
    except Exception as exc:  # whatever a decoder raises on damaged data
        raise MediaError(ErrorCode.TRUNCATED, type(exc).__name__) from None


def open_photo(path: Path) -> DecodedPhoto:
    """Decode ``path`` fully into an RGB image, or raise MediaError.

    Before any pixel is decoded, the memory it will take is claimed
    (:func:`memory.claim`): a picture too large for this computer is refused,
    and in a batch a large one waits until the memory is free.
    """
    _register_plugins()
    _refuse_declared_giants(path)
    notes: list[str] = []
    details: list[str] = []
    rgb: Image.Image | None = None
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        im = _open(path)
        try:
            width, height = im.size
            if width * height > MAX_PIXELS:
                raise MediaError(ErrorCode.TOO_LARGE, f"{width}x{height}")
            if width < MIN_SIDE or height < MIN_SIDE:
                raise MediaError(ErrorCode.TOO_SMALL, f"{width}x{height}")
            orientation = _orientation(im, notes)
            frame_count = _frame_count(im, details)
            fmt = im.format or ""
            memory.claim(photo_memory(width, height, fmt, orientation, frame_count))
            rgb = _load_rgb(im)
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
