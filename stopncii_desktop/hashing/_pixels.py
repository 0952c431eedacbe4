"""Zero-copy access to a Pillow image's pixels, through the Arrow C Data Interface.

``np.asarray(image)`` copies every pixel and repacks Pillow's 4-byte pixels to
3 bytes, which costs as much as a third of hashing a photo. Pillow (>= 11.2)
exports its pixel memory through the Arrow C Data Interface, a stable C ABI;
this module reads that export with ctypes and wraps it as an (H, W, 4) uint8
view, without copying. Anything unexpected falls back to ``np.asarray``.
"""

from __future__ import annotations

import ctypes
from typing import Any

import numpy as np
import numpy.typing as npt
from PIL import Image


class _ArrowSchema(ctypes.Structure):
    pass


_ArrowSchema._fields_ = [
    ("format", ctypes.c_char_p),
    ("name", ctypes.c_char_p),
    ("metadata", ctypes.c_char_p),
    ("flags", ctypes.c_int64),
    ("n_children", ctypes.c_int64),
    ("children", ctypes.POINTER(ctypes.POINTER(_ArrowSchema))),
    ("dictionary", ctypes.POINTER(_ArrowSchema)),
    ("release", ctypes.c_void_p),
    ("private_data", ctypes.c_void_p),
]


class _ArrowArray(ctypes.Structure):
    pass


_ArrowArray._fields_ = [
    ("length", ctypes.c_int64),
    ("null_count", ctypes.c_int64),
    ("offset", ctypes.c_int64),
    ("n_buffers", ctypes.c_int64),
    ("n_children", ctypes.c_int64),
    ("buffers", ctypes.POINTER(ctypes.c_void_p)),
    ("children", ctypes.POINTER(ctypes.POINTER(_ArrowArray))),
    ("dictionary", ctypes.POINTER(_ArrowArray)),
    ("release", ctypes.c_void_p),
    ("private_data", ctypes.c_void_p),
]

_get_pointer = ctypes.pythonapi.PyCapsule_GetPointer
_get_pointer.restype = ctypes.c_void_p
_get_pointer.argtypes = [ctypes.py_object, ctypes.c_char_p]

_configured = False


def configure_pillow() -> None:
    """Let Pillow keep each image in one block of memory (needed for the zero-copy export)."""
    global _configured
    if not _configured:
        core: Any = Image.core  # type: ignore[attr-defined]
        if hasattr(core, "set_block_size") and core.get_block_size() < (1 << 30):
            core.set_block_size(1 << 30)
        _configured = True


class PixelView:
    """An (H, W, 4) uint8 view of an RGB image's memory; keep it alive while using ``array``."""

    def __init__(self, image: Image.Image) -> None:
        if image.mode != "RGB":
            raise ValueError("RGB images only")
        self._capsules: tuple[Any, Any] | None = None
        view = self._zero_copy(image)
        if view is None:
            rgb = np.asarray(image)
            view = np.empty((*rgb.shape[:2], 4), np.uint8)
            view[..., :3] = rgb
        self.array: npt.NDArray[np.uint8] = view

    def _zero_copy(self, image: Image.Image) -> npt.NDArray[np.uint8] | None:
        width, height = image.size
        try:
            capsules = image.__arrow_c_array__()
            schema = ctypes.cast(
                _get_pointer(capsules[0], b"arrow_schema"), ctypes.POINTER(_ArrowSchema)
            ).contents
            array = ctypes.cast(
                _get_pointer(capsules[1], b"arrow_array"), ctypes.POINTER(_ArrowArray)
            ).contents
            fmt = schema.format
            # Pillow exports an RGB image as fixed-size lists of 4 uint8 ("+w:4" of "C").
            if (
                fmt != b"+w:4"
                or schema.n_children != 1
                or schema.children[0].contents.format != b"C"
            ):
                return None
            if array.length != width * height or array.offset != 0 or array.n_children != 1:
                return None
            child = array.children[0].contents
            if child.offset != 0 or child.n_buffers < 2 or child.length != width * height * 4:
                return None
            address = child.buffers[1]
            if not address:
                return None
        except (AttributeError, ValueError, TypeError, OSError):
            return None
        self._capsules = capsules  # the export keeps the image memory alive
        buffer = (ctypes.c_uint8 * (width * height * 4)).from_address(address)
        flat: npt.NDArray[np.uint8] = np.frombuffer(memoryview(buffer), dtype=np.uint8)
        return flat.reshape(height, width, 4)
