"""The one place that converts vPDQ signals to and from HMA's string form.

Hasher-Matcher-Actioner and python-threatexchange store a vPDQ signal as a
JSON array of ``"pdq_hex,quality,timestamp"`` strings (quality an integer,
timestamp in seconds). That form has no frame numbers: on reading, frames are
numbered in the order given.
"""

from __future__ import annotations

import json
import math

from stopncii_desktop.hashing.results import VpdqFrame, VpdqSignal

_HEX = frozenset("0123456789abcdef")
#: Refuse absurd inputs before parsing them (a long video hashed every frame is ~500k).
MAX_FRAMES = 500_000


class VpdqFormatError(ValueError):
    """The text is not a valid HMA vPDQ signal; the message says why."""


def frame_to_hma(frame: VpdqFrame) -> str:
    return f"{frame.value},{frame.quality},{frame.timestamp:.3f}"


def to_hma(signal: VpdqSignal) -> str:
    """HMA's vPDQ string: a JSON array of ``"hex,quality,timestamp"``."""
    return json.dumps([frame_to_hma(f) for f in signal.frames])


def frame_from_hma(text: str, number: int) -> VpdqFrame:
    parts = text.split(",")
    if len(parts) != 3:
        raise VpdqFormatError(f"frame {number}: expected 'hex,quality,timestamp'")
    hex_part, quality_part, time_part = (p.strip() for p in parts)
    value = hex_part.lower()
    if len(value) != 64 or not set(value) <= _HEX:
        raise VpdqFormatError(f"frame {number}: the PDQ hash must be 64 hexadecimal digits")
    try:
        quality = int(quality_part)
        timestamp = float(time_part)
    except ValueError:
        raise VpdqFormatError(f"frame {number}: quality or timestamp is not a number") from None
    if not 0 <= quality <= 100:
        raise VpdqFormatError(f"frame {number}: quality must be from 0 to 100")
    if not math.isfinite(timestamp) or timestamp < 0:
        raise VpdqFormatError(f"frame {number}: timestamp must be 0 or more seconds")
    return VpdqFrame(value, quality, timestamp, number)


def from_hma(text: str, seconds_per_hash: float = 1.0) -> VpdqSignal:
    """Parse HMA's vPDQ string. ``seconds_per_hash`` is not in the string; say it if known."""
    try:
        data = json.loads(text or "[]")
    except (ValueError, RecursionError) as exc:
        raise VpdqFormatError(f"not valid JSON: {exc}") from None
    if not isinstance(data, list) or not all(isinstance(s, str) for s in data):
        raise VpdqFormatError("a vPDQ signal must be a JSON array of strings")
    if len(data) > MAX_FRAMES:
        raise VpdqFormatError("too many frames")
    return VpdqSignal(tuple(frame_from_hma(s, n) for n, s in enumerate(data)), seconds_per_hash)
