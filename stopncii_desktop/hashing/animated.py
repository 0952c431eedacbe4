"""Animated GIF, WebP and APNG: their frames hashed as a video (a vPDQ signal).

The still PDQ of the first frame is made by ``photo.py`` as for any photo;
this adds the frames. Each frame is the full picture as a browser shows it
(Pillow composites the frame onto the ones before), converted to RGB.
Timestamps are the frames' start times from their display durations; with
``seconds_per_hash`` S, a frame is hashed when it starts at or after the next
multiple of S (0 hashes every frame). Frames are decoded one at a time, and
only those that are hashed are converted to RGB.

Every frame is composited on the whole canvas, so a tiny file of many
one-pixel frames on a huge canvas costs canvas x frames pixels of work: at
most ``MAX_ANIMATION_PIXELS`` are decoded, and the frames hashed before that
are kept, with a note.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

import numpy as np
import numpy.typing as npt
from PIL import Image

from stopncii_desktop.hashing._video_frames import FrameHasher
from stopncii_desktop.hashing.errors import ErrorCode, MediaError
from stopncii_desktop.hashing.options import HashOptions
from stopncii_desktop.hashing.results import VpdqSignal

#: Pillow format names of pictures that can be animated.
ANIMATED_FORMATS = ("GIF", "WEBP", "PNG")
#: Browsers show a frame with a delay this short or shorter for 100 ms.
_MIN_DELAY_MS = 10
_DEFAULT_DELAY_MS = 100

#: Pixels an animation may have decoded in all (canvas x frames): 480 frames of
#: 1920x1080, or 3,000 of 640x480.
MAX_ANIMATION_PIXELS = 1_000_000_000
#: Memory of hashing the frames, on top of the still picture, in bytes per canvas
#: pixel: the composited canvas, frames waiting to be hashed, PDQ's planes (measured
#: by ``benchmarks/bench_memory.py``).
_ANIMATION_BYTES_PER_PIXEL = {"WEBP": 27}
_DEFAULT_ANIMATION_BYTES_PER_PIXEL = 24

_DAMAGED = "Some frames of this animation are damaged; the frames before them were hashed."


def _capped_note(frames: int) -> str:
    return f"This animation is very large: only its first {frames} frames were read and hashed."


def animation_bytes_per_pixel(fmt: str) -> int:
    return _ANIMATION_BYTES_PER_PIXEL.get(fmt, _DEFAULT_ANIMATION_BYTES_PER_PIXEL)


def _same(rgb: npt.NDArray[np.uint8]) -> npt.NDArray[np.uint8]:
    return rgb


def is_animation(fmt: str, frame_count: int) -> bool:
    return fmt in ANIMATED_FORMATS and frame_count > 1


def hash_animation(
    path: Path,
    fmt: str,
    options: HashOptions,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[VpdqSignal | None, list[str]]:
    """The vPDQ signal of an animation's frames, and notes; None when it has one frame."""
    notes: list[str] = []
    hasher = FrameHasher(options.prune_distance, threads=1)
    sph = options.seconds_per_hash
    try:
        with Image.open(path, formats=[fmt]) as im:
            if not getattr(im, "is_animated", False):
                return None, notes
            start_ms = 0.0
            next_due = 0.0
            n_frames = int(getattr(im, "n_frames", 1))
            width, height = im.size
            frame_limit = max(1, MAX_ANIMATION_PIXELS // max(1, width * height))
            for n in range(n_frames):
                if cancelled is not None and cancelled():
                    raise MediaError(ErrorCode.CANCELLED)
                if n >= frame_limit:
                    notes.append(_capped_note(n))
                    break
                start = start_ms / 1000
                due = sph <= 0 or start >= next_due - 1e-9
                try:
                    im.seek(n)
                    rgb = np.asarray(im.convert("RGB")) if due else None
                except MemoryError:
                    raise MediaError(ErrorCode.TOO_LARGE, "MemoryError") from None
                except Exception:  # whatever a decoder raises on a damaged frame
                    notes.append(_DAMAGED)
                    break
                if rgb is not None:
                    hasher.submit(n, round(start, 3), partial(_same, rgb))
                    if sph > 0:
                        next_due += sph * (1 + int((start - next_due) // sph))
                    del rgb
                delay = im.info.get("duration", 0)
                delay = float(delay) if isinstance(delay, int | float) else 0.0
                start_ms += delay if delay > _MIN_DELAY_MS else _DEFAULT_DELAY_MS
                if hasher.full:
                    break
            frames = hasher.finish()
    except (OSError, ValueError, EOFError, SyntaxError, IndexError, RuntimeError):
        notes.append(_DAMAGED)
        frames = hasher.finish()
    finally:
        hasher.close()
    if len(frames) == 0:
        return None, notes
    return VpdqSignal(tuple(frames), float(sph)), notes
