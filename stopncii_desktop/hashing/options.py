"""What to compute for each file: chosen by the user, passed to every worker."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class HashOptions:
    #: Also hash the 7 rotations and mirror images of each photo.
    dihedral: bool = False
    #: Also hash the edited copies a leak produces (``variants.ROBUST``); includes dihedral.
    robust: bool = False
    #: Optional extra signals by name (see ``signals.OPTIONAL_SIGNALS``).
    extra_signals: tuple[str, ...] = ()
    #: Video: one hash per this many seconds; 0 hashes every frame.
    seconds_per_hash: float = 1.0
    #: Video: drop a frame within this many bits of the last kept one (None keeps all).
    prune_distance: int | None = None
    #: Photos: also make a preview this many pixels across for the review (0: none).
    preview_size: int = 0
