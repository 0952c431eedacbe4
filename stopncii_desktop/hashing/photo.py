"""Hashing one photo: PDQ (with its variants), MD5, SHA-256 and optional extras."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import numpy.typing as npt
from PIL import Image

from stopncii_desktop.hashing import _pdq
from stopncii_desktop.hashing._pixels import PixelView
from stopncii_desktop.hashing.animated import hash_animation, is_animation
from stopncii_desktop.hashing.decode import DecodedPhoto, open_photo
from stopncii_desktop.hashing.digests import file_digests
from stopncii_desktop.hashing.errors import ErrorCode, MediaError
from stopncii_desktop.hashing.files import check_readable_file
from stopncii_desktop.hashing.options import HashOptions
from stopncii_desktop.hashing.preview import make_preview
from stopncii_desktop.hashing.results import AnySignal, MediaResult, Signal
from stopncii_desktop.hashing.robust import edited_signals, reduced_copy
from stopncii_desktop.hashing.signals import PdqSignal
from stopncii_desktop.hashing.variants import DIHEDRAL, EXIF_UPRIGHT, ORIGINAL

_UPRIGHT: dict[int, Callable[[npt.NDArray[np.uint8]], npt.NDArray[np.uint8]]] = {
    2: lambda a: a[:, ::-1],
    3: lambda a: a[::-1, ::-1],
    4: lambda a: a[::-1],
    5: lambda a: a.transpose(1, 0, 2),
    6: lambda a: np.rot90(a, -1),
    7: lambda a: a[::-1, ::-1].transpose(1, 0, 2),
    8: lambda a: np.rot90(a, 1),
}


def upright(pixels: npt.NDArray[np.uint8], orientation: int) -> npt.NDArray[np.uint8]:
    """The (H, W, C) pixels as a phone shows them (what Pillow's ``exif_transpose`` gives)."""
    return np.ascontiguousarray(_UPRIGHT[orientation](pixels))


def edit_source(decoded: DecodedPhoto) -> Image.Image:
    """What the edited variants are made from: a reduced copy, upright as a phone shows it.

    People crop, caption and screenshot the photo they see, so the edits start
    from the upright picture.
    """
    picture = reduced_copy(decoded.image)
    turn = decoded.exif_orientation
    if turn is not None and turn != 1:
        picture = Image.fromarray(upright(np.asarray(picture), turn))
    return picture


def pdq_signals(
    decoded: DecodedPhoto, options: HashOptions, variant: str = ORIGINAL
) -> list[Signal]:
    """The PDQ signals of a decoded photo: the main one, exif-upright, dihedral, edited copies."""
    view = PixelView(decoded.image)
    main, dihedral = _pdq.pdq_from_pixels(view.array, dihedral=options.dihedral or options.robust)
    signals = [Signal("pdq", main.hash_hex, main.quality, variant)]
    if decoded.exif_orientation is not None and decoded.exif_orientation != 1:
        turned, _ = _pdq.pdq_from_pixels(upright(view.array, decoded.exif_orientation))
        signals.append(Signal("pdq", turned.hash_hex, turned.quality, EXIF_UPRIGHT))
    for name in DIHEDRAL:
        if name in dihedral:
            signals.append(Signal("pdq", dihedral[name], main.quality, name))
    # A picture too flat to match gets no edits: their detail would be the bars and crops alone.
    if options.robust and main.quality >= PdqSignal.min_quality:
        signals += edited_signals(edit_source(decoded), [s.value for s in signals])
    return signals


def _extra_signals(im: Image.Image, names: tuple[str, ...]) -> list[Signal]:
    if not names:
        return []
    import imagehash

    out = []
    for name in names:
        if name == "phash":
            out.append(Signal("phash", str(imagehash.phash(im))))
        elif name == "dhash":
            out.append(Signal("dhash", str(imagehash.dhash(im))))
    return out


def hash_photo(
    path: Path,
    options: HashOptions,
    index: int = 0,
    cancelled: Callable[[], bool] | None = None,
) -> MediaResult:
    """Hash one photo. Errors are returned in the result, never raised."""
    result = MediaResult(index=index, path=path)
    try:
        check_readable_file(path)
        md5, sha256 = file_digests(path, cancelled)
        decoded = open_photo(path)
        if cancelled is not None and cancelled():
            raise MediaError(ErrorCode.CANCELLED)
        result.media = "image"
        signals: list[AnySignal] = []
        signals += pdq_signals(decoded, options)
        signals += [Signal("md5", md5), Signal("sha256", sha256)]
        signals += _extra_signals(decoded.image, options.extra_signals)
        notes = list(decoded.notes)
        # Animated GIF/WebP/APNG: the frames are also hashed as a video (see animated.py).
        if is_animation(decoded.format, decoded.frame_count):
            animation, animation_notes = hash_animation(path, decoded.format, options, cancelled)
            if animation is not None:
                signals.append(animation)
            notes += animation_notes
        result.signals = signals
        result.notes = notes
        result.facts["details"] = decoded.details
        result.facts["frames"] = decoded.frame_count
        if options.preview_size > 0:
            result.preview = make_preview(
                decoded.image, decoded.exif_orientation, options.preview_size
            )
    except MediaError as exc:
        result.media = None
        result.signals = []
        result.error = exc
    return result
