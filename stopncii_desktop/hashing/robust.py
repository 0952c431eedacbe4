"""Fingerprints of the edited copies a leak produces, for ``hash --robust``.

A platform computes the plain PDQ of what was uploaded, a re-encoded copy, so
these fingerprints need to be close to that copy, not bit-exact with anything:
they are computed from a reduced copy of the decoded picture (a box average
down to ``REDUCED_SIDE`` to twice that many pixels on the short side), which
costs a few milliseconds each. On large photos a variant made so is within 4
bits (median; 10 bits for nine in ten) of the same edit made from the full
picture (docs/coverage.md). Only ``original`` and ``exif-upright`` are bit-exact with
Meta's reference (``photo.py``).

A fingerprint is left out when a bank could never match on it (quality below
50) or when it is within ``NEAR_DUPLICATE_BITS`` of one already registered for
the same photo (it would catch nothing more).
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from PIL import Image

from stopncii_desktop.hashing import _pdq
from stopncii_desktop.hashing.results import Signal
from stopncii_desktop.hashing.signals import PdqSignal
from stopncii_desktop.hashing.transforms import TRANSFORMS
from stopncii_desktop.hashing.variants import NEAR_DUPLICATE_BITS, ROBUST

#: The reduced copy keeps at least this many pixels on its short side.
REDUCED_SIDE = 384


def reduced_copy(image: Image.Image, side: int = REDUCED_SIDE) -> Image.Image:
    """A box-averaged copy of an RGB picture, at least ``side`` pixels on its short side."""
    factor = min(image.size) // side
    return image.reduce(factor) if factor > 1 else image.copy()


def edited_signals(
    picture: Image.Image,
    registered: Iterable[str],
    names: Iterable[str] = ROBUST,
) -> list[Signal]:
    """PDQ signals of the named edits of ``picture`` that add something to ``registered``."""
    kept = list(registered)
    signals = []
    for name in names:
        result, _ = _pdq.pdq_from_pixels(np.asarray(TRANSFORMS[name](picture)))
        if result.quality < PdqSignal.min_quality:
            continue
        if any(PdqSignal.hamming(result.hash_hex, other) <= NEAR_DUPLICATE_BITS for other in kept):
            continue
        kept.append(result.hash_hex)
        signals.append(Signal("pdq", result.hash_hex, result.quality, name))
    return signals
