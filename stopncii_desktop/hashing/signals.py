"""Signal types, in the style of python-threatexchange: one small class per type.

This is the one home of each kind of hash's rules: its name (as written in the
hash set document), what a valid value looks like, how far apart two values
are and how close counts as a match, and which values are reliable enough to
send or match (PDQ: quality 50 or more; vPDQ: at least one such frame).
Example values feed its tests. Everything else asks these classes; the value
objects in ``results.py`` ask them too (``Signal.reliable``).

This module imports nothing else of the package, so every layer may use it.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from typing import ClassVar

#: One vPDQ frame as HMA writes it: PDQ hex (lowercase), quality, seconds from the start.
VpdqFrameValue = tuple[str, int, float]

_HEX = frozenset("0123456789abcdef")


class SignalTypeError(ValueError):
    """A value is not valid for its signal type."""


class VpdqFormatError(SignalTypeError):
    """The text is not a valid HMA vPDQ signal; the message says why."""


class SignalType:
    """A kind of hash: its name and what a valid value looks like."""

    name: ClassVar[str]
    #: Valid values; the tests check that each validates and that distances behave.
    examples: ClassVar[tuple[str, ...]]

    @classmethod
    def validate(cls, value: str) -> str:
        """Return the value if valid, else raise :class:`SignalTypeError`."""
        raise NotImplementedError


class HexSignalType(SignalType):
    """A hash written as one string of lowercase hexadecimal digits."""

    hex_digits: ClassVar[int]
    #: Below this quality a value is not reliable enough to send or match (None: no rule).
    min_quality: ClassVar[int | None] = None

    @classmethod
    def validate(cls, value: str) -> str:
        """Return the value if valid (lowercase hex of the right length), else raise."""
        if not isinstance(value, str) or not re.fullmatch(rf"[0-9a-f]{{{cls.hex_digits}}}", value):
            raise SignalTypeError(
                f"a {cls.name} value must be {cls.hex_digits} lowercase hexadecimal digits"
            )
        return value

    @classmethod
    def distance(cls, a: str, b: str) -> int:
        """0 when equal; for exact digests 1 otherwise."""
        return 0 if cls.validate(a) == cls.validate(b) else 1

    @classmethod
    def is_reliable(cls, quality: int | None) -> bool:
        """Whether a value of this quality may be sent or matched."""
        return cls.min_quality is None or (quality is not None and quality >= cls.min_quality)


class BitHashSignal(HexSignalType):
    """A perceptual hash compared by Hamming distance."""

    bits: ClassVar[int]
    #: Largest distance counted as a match.
    match_threshold: ClassVar[int]

    @staticmethod
    def hamming(a: str, b: str) -> int:
        """Bits that differ between two hex values already known to be valid."""
        return (int(a, 16) ^ int(b, 16)).bit_count()

    @classmethod
    def distance(cls, a: str, b: str) -> int:
        return cls.hamming(cls.validate(a), cls.validate(b))

    @classmethod
    def is_match(cls, distance: int) -> bool:
        """Whether two values this far apart are the same picture."""
        return distance <= cls.match_threshold


class PdqSignal(BitHashSignal):
    """Meta's PDQ: 256 bits, a match at distance <= 31, quality 0..100."""

    name = "pdq"
    hex_digits = 64
    bits = 256
    match_threshold = 31
    #: Meta's guidance: below this quality a hash should not be used for matching.
    min_quality = 50
    examples = (
        "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22",
        "0" * 64,
        "f" * 64,
    )


class Md5Signal(HexSignalType):
    name = "md5"
    hex_digits = 32
    examples = ("d41d8cd98f00b204e9800998ecf8427e", "900150983cd24fb0d6963f7d28e17f72")


class Sha256Signal(HexSignalType):
    name = "sha256"
    hex_digits = 64
    examples = (
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    )


class PHashSignal(BitHashSignal):
    """imagehash's 64-bit pHash: an optional extra signal."""

    name = "phash"
    hex_digits = 16
    bits = 64
    match_threshold = 10
    examples = ("d1d1b9b1a5a5e4e4", "0000000000000000")


class DHashSignal(BitHashSignal):
    """imagehash's 64-bit dHash: an optional extra signal."""

    name = "dhash"
    hex_digits = 16
    bits = 64
    match_threshold = 10
    examples = ("3c3e0e1a3a1e1c3c", "ffffffffffffffff")


class VpdqSignalType(SignalType):
    """Meta's vPDQ: the PDQ of sampled video frames.

    Its value, as Hasher-Matcher-Actioner and python-threatexchange write it, is a
    JSON array of ``"pdq_hex,quality,timestamp"`` strings (quality an integer,
    timestamp in seconds; no frame numbers). Each frame follows :class:`PdqSignal`'s
    rules. Two videos match when at least ``query_match_percent`` of the query's
    unique reliable frames have a frame of the other within PDQ's match distance
    (and ``target_match_percent`` of the other's: 0, as HMA sets it, so a short clip
    of a long registered video still matches). The value objects are
    ``results.VpdqSignal``; ``vpdq.py`` converts them to and from this form.
    """

    name = "vpdq"
    frame_type = PdqSignal
    #: Refuse absurd inputs before parsing them (a long video hashed every frame is ~500k).
    max_frames = 500_000
    query_match_percent = 80.0
    target_match_percent = 0.0
    examples = (
        json.dumps([f"{PdqSignal.examples[0]},100,0.000", f"{'0' * 64},49,1.000"]),
        json.dumps([f"{'f' * 64},75,0.000"]),
    )

    @classmethod
    def validate(cls, value: str) -> str:
        cls.parse(value)
        return value

    @classmethod
    def parse(cls, text: str) -> list[VpdqFrameValue]:
        """The frames of an HMA vPDQ string (hex lowercased); :class:`VpdqFormatError` if bad."""
        try:
            data = json.loads(text or "[]")
        except (ValueError, RecursionError) as exc:
            raise VpdqFormatError(f"not valid JSON: {exc}") from None
        if not isinstance(data, list) or not all(isinstance(s, str) for s in data):
            raise VpdqFormatError("a vPDQ signal must be a JSON array of strings")
        if len(data) > cls.max_frames:
            raise VpdqFormatError("too many frames")
        return [cls._parse_frame(s, n) for n, s in enumerate(data)]

    @staticmethod
    def _parse_frame(text: str, number: int) -> VpdqFrameValue:
        parts = text.split(",")
        if len(parts) != 3:
            raise VpdqFormatError(f"frame {number}: expected 'hex,quality,timestamp'")
        hex_part, quality_part, time_part = (p.strip() for p in parts)
        value = hex_part.lower()
        if len(value) != PdqSignal.hex_digits or not set(value) <= _HEX:
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
        return value, quality, timestamp

    @staticmethod
    def format_frame(value: str, quality: int, timestamp: float) -> str:
        return f"{value},{quality},{timestamp:.3f}"

    @classmethod
    def serialize(cls, frames: Iterable[VpdqFrameValue]) -> str:
        """HMA's vPDQ string of these frames."""
        return json.dumps([cls.format_frame(*frame) for frame in frames])

    @classmethod
    def is_reliable(cls, frame_qualities: Iterable[int]) -> bool:
        """A vPDQ may be sent or matched when at least one of its frames is reliable
        (HMA accepts one with none, then fails to build its index for every bank)."""
        return any(cls.frame_type.is_reliable(q) for q in frame_qualities)


#: The types whose value is one hex string, by name.
SIGNAL_TYPES: dict[str, type[HexSignalType]] = {
    t.name: t for t in (PdqSignal, Md5Signal, Sha256Signal, PHashSignal, DHashSignal)
}

#: Signals a user may ask for with ``--signals`` (PDQ and the digests are always on).
OPTIONAL_SIGNALS = ("phash", "dhash")
