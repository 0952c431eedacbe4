"""Signal types, in the style of python-threatexchange: one small class per type.

Each type has a name (as written in the hash set document), validation of a
value string, a distance, and example values that feed its tests.
"""

from __future__ import annotations

import re
from typing import ClassVar


class SignalTypeError(ValueError):
    """A value is not valid for its signal type."""


class SignalType:
    """A kind of hash: its name, what a valid value looks like, how to compare two."""

    name: ClassVar[str]
    hex_digits: ClassVar[int]
    #: Valid values; the tests check that each validates and that distances behave.
    examples: ClassVar[tuple[str, ...]]

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


class BitHashSignal(SignalType):
    """A perceptual hash compared by Hamming distance."""

    bits: ClassVar[int]
    #: Largest distance counted as a match.
    match_threshold: ClassVar[int]

    @classmethod
    def distance(cls, a: str, b: str) -> int:
        return (int(cls.validate(a), 16) ^ int(cls.validate(b), 16)).bit_count()


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


class Md5Signal(SignalType):
    name = "md5"
    hex_digits = 32
    examples = ("d41d8cd98f00b204e9800998ecf8427e", "900150983cd24fb0d6963f7d28e17f72")


class Sha256Signal(SignalType):
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


SIGNAL_TYPES: dict[str, type[SignalType]] = {
    t.name: t for t in (PdqSignal, Md5Signal, Sha256Signal, PHashSignal, DHashSignal)
}

#: Signals a user may ask for with ``--signals`` (PDQ and the digests are always on).
OPTIONAL_SIGNALS = ("phash", "dhash")
