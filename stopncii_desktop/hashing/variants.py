"""The names of a photo's PDQ variants: the one home every other module asks.

A PDQ signal's ``variant`` says which picture it fingerprints: the file as it
is (``original``), as a phone shows it (``exif-upright``), one of the seven
rotations and mirror images (``DIHEDRAL``), the first frame of an animation
(``first-frame``), or an edited copy that a leak commonly produces (``EDITED``:
crops, trims, borders, caption bars, a phone screenshot, small tilts, and
mirror images of some of these). ``transforms.py`` makes the edited pictures
from these names; ``ROBUST`` is the set that ``hash --robust`` registers,
chosen by ``benchmarks/bench_coverage.py`` (see docs/coverage.md).

This module holds names only (no Pillow, no numpy), so the hash set parser and
the bank adapters can ask it cheaply.
"""

from __future__ import annotations

ORIGINAL = "original"
EXIF_UPRIGHT = "exif-upright"
FIRST_FRAME = "first-frame"

#: The seven rotations and mirror images, named as in Meta's reference.
DIHEDRAL = (
    "rotate90",
    "rotate180",
    "rotate270",
    "flipx",
    "flipy",
    "flipplus1",
    "flipminus1",
)

#: Aspect ratios that apps force (width x height): square, portrait post,
#: classic portrait, story, widescreen.
RATIOS = ("1x1", "4x5", "3x4", "9x16", "16x9")
#: Where a crop sits along the side it shortens: the middle, or either end.
CROP_PLACES = ("", "-start", "-end")
#: Percent trimmed off every side.
TRIMS = ("5", "10")
BAR_COLOURS = ("black", "white")
CAPTION_PLACES = ("top", "bottom")
#: Degrees a tilt turns the picture, clockwise (cw) or counter-clockwise (ccw).
TILTS = ("2", "4")

_CROPS = tuple(f"crop-{r}{p}" for r in RATIOS for p in CROP_PLACES)
_TRIMS = tuple(f"trim-{t}" for t in TRIMS)
_PADS = tuple(f"pad-{r}-{c}" for r in RATIOS for c in BAR_COLOURS)
_CAPTIONS = tuple(f"caption-{p}" for p in CAPTION_PLACES)
_TILTS = tuple(f"tilt-{d}-{t}" for t in TILTS for d in ("cw", "ccw"))
#: The edits whose mirror image is also offered (people mirror a copy to dodge matching).
MIRRORED = (
    *(f"crop-{r}" for r in RATIOS),
    *_TRIMS,
    *_CAPTIONS,
    "screenshot",
    *_TILTS,
)
MIRROR_PREFIX = "mirror-"

#: Every edited variant the transforms can make, the catalogue the benchmark chooses from.
EDITED = (
    *_CROPS,
    *_TRIMS,
    *_PADS,
    *_CAPTIONS,
    "screenshot",
    *_TILTS,
    *(MIRROR_PREFIX + name for name in MIRRORED),
)

#: Every PDQ variant a hash set document may name, in the order banks receive them.
PDQ_VARIANTS = (ORIGINAL, EXIF_UPRIGHT, *DIHEDRAL, FIRST_FRAME, *EDITED)

#: What ``hash --robust`` registers besides the original, exif-upright and the
#: dihedral set: chosen by measurement (``benchmarks/bench_coverage.py --tune``).
ROBUST: tuple[str, ...] = ()

#: An edited variant within this many bits of a fingerprint already registered
#: for the same photo adds nothing, and is dropped.
NEAR_DUPLICATE_BITS = 8
