"""What hashing a file produces: signals, or an error, and notes for the person.

These are in-memory results. The path is kept only so the caller can show
the user which file is which; it never goes into a document unless the
user asks for ``--with-paths``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from stopncii_desktop.hashing.errors import MediaError
from stopncii_desktop.hashing.preview import Preview
from stopncii_desktop.hashing.signals import SIGNAL_TYPES, PdqSignal, VpdqSignalType

MediaKind = Literal["image", "video"]


@dataclass(frozen=True, slots=True)
class Signal:
    """One hash of a file: type (``pdq``, ``md5`` ...), lowercase hex value,
    and for perceptual hashes the quality and which variant of the picture."""

    type: str
    value: str
    quality: int | None = None
    variant: str | None = None

    @property
    def reliable(self) -> bool:
        """Whether it may be sent or matched (its signal type's rule: PDQ needs quality 50)."""
        signal_type = SIGNAL_TYPES.get(self.type)
        return signal_type is None or signal_type.is_reliable(self.quality)

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {"type": self.type, "value": self.value}
        if self.quality is not None:
            out["quality"] = self.quality
        if self.variant is not None:
            out["variant"] = self.variant
        return out


@dataclass(frozen=True, slots=True)
class VpdqFrame:
    """One hashed video frame: PDQ hex, quality, seconds from the start, decode index."""

    value: str
    quality: int
    timestamp: float
    frame: int

    def to_json(self) -> dict[str, object]:
        return {
            "value": self.value,
            "quality": self.quality,
            "timestamp": self.timestamp,
            "frame": self.frame,
        }


@dataclass(frozen=True, slots=True)
class VpdqSignal:
    """Meta's vPDQ: PDQ of sampled frames. ``seconds_per_hash`` 0 means every frame."""

    frames: tuple[VpdqFrame, ...]
    seconds_per_hash: float
    type: str = VpdqSignalType.name

    @property
    def reliable(self) -> bool:
        """Whether it may be sent or matched (vPDQ's rule: at least one reliable frame)."""
        return VpdqSignalType.is_reliable(f.quality for f in self.frames)

    def to_json(self) -> dict[str, object]:
        return {
            "type": self.type,
            "frames": [f.to_json() for f in self.frames],
            "seconds_per_hash": self.seconds_per_hash,
        }


AnySignal = Signal | VpdqSignal


@dataclass(slots=True)
class MediaResult:
    """The outcome for one input file, in the order the files were given."""

    index: int
    path: Path
    media: MediaKind | None = None
    signals: list[AnySignal] = field(default_factory=list)
    error: MediaError | None = None
    #: Plain-language remarks (e.g. a decoder warning); never holds the path.
    notes: list[str] = field(default_factory=list)
    #: Extra facts about the media for the local record (e.g. video rotation).
    facts: dict[str, object] = field(default_factory=dict)
    #: A small picture for the review, when asked for (in memory only, never in a document).
    preview: Preview | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def low_quality(self) -> bool:
        """True when every PDQ of this file is below Meta's quality threshold."""
        pdqs = [
            s
            for s in self.signals
            if isinstance(s, Signal) and s.type == PdqSignal.name and s.quality is not None
        ]
        return bool(pdqs) and not any(s.reliable for s in pdqs)
