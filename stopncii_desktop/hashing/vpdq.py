"""vPDQ values to and from the form HMA and python-threatexchange write.

The form itself (a JSON array of ``"pdq_hex,quality,timestamp"`` strings) and its
validation belong to :class:`~stopncii_desktop.hashing.signals.VpdqSignalType`;
this module only turns :class:`VpdqSignal` values into it and back. The form has
no frame numbers: on reading, frames are numbered in the order given.
"""

from __future__ import annotations

from stopncii_desktop.hashing.results import VpdqFrame, VpdqSignal
from stopncii_desktop.hashing.signals import VpdqSignalType


def to_hma(signal: VpdqSignal) -> str:
    """HMA's vPDQ string: a JSON array of ``"hex,quality,timestamp"``."""
    return VpdqSignalType.serialize((f.value, f.quality, f.timestamp) for f in signal.frames)


def from_hma(text: str, seconds_per_hash: float = 1.0) -> VpdqSignal:
    """Parse HMA's vPDQ string (:class:`VpdqFormatError` if it is not valid).

    ``seconds_per_hash`` is not in the string; say it if known."""
    frames = VpdqSignalType.parse(text)
    return VpdqSignal(
        tuple(
            VpdqFrame(value, quality, timestamp, n)
            for n, (value, quality, timestamp) in enumerate(frames)
        ),
        seconds_per_hash,
    )
