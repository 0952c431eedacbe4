"""The names of a photo's PDQ variants: the one home every other module asks.

A PDQ signal's ``variant`` says which picture it fingerprints: the file as it
is (``original``), as a phone shows it (``exif-upright``), one of the seven
rotations and mirror images (``DIHEDRAL``), the first frame of an animation
(``first-frame``), or an edited copy that a leak commonly produces (``EDITED``:
crops, trims, borders, caption bars, a phone screenshot, small tilts, and
mirror images of some of these). ``transforms.py`` makes the edited pictures
from these names; ``ROBUST`` is the set that ``hash --robust`` registers,
chosen by ``benchmarks/bench_coverage.py`` (see docs/coverage.md).

``BANK_ORDER`` is the order in which a bank that caps how many fingerprints it
takes per picture gets them, also chosen by measurement (``FOR_BANKS``; the bank
adapters ask ``bank_rank``).

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
TRIMS = ("3", "5", "7", "10")
BAR_COLOURS = ("black", "white")
CAPTION_PLACES = ("top", "bottom")
#: A caption bar's height, in percent of the picture's: one line of text, or two.
#: Bars are white, or black with ``-black``.
CAPTION_HEIGHTS = ("12", "20")
#: Degrees a tilt turns the picture, clockwise (cw) or counter-clockwise (ccw).
TILTS = ("1", "2", "3", "4")

_CROPS = tuple(f"crop-{r}{p}" for r in RATIOS for p in CROP_PLACES)
_TRIMS = tuple(f"trim-{t}" for t in TRIMS)
_PADS = tuple(f"pad-{r}-{c}" for r in RATIOS for c in BAR_COLOURS)
_CAPTIONS = tuple(
    f"caption-{p}-{h}{c}" for p in CAPTION_PLACES for h in CAPTION_HEIGHTS for c in ("", "-black")
)
#: Two edits one after the other (a square meme with its caption above).
COMBINED = tuple(f"crop-1x1+caption-top-{h}" for h in CAPTION_HEIGHTS)
_TILTS = tuple(f"tilt-{d}-{t}" for t in TILTS for d in ("cw", "ccw"))
#: The edits whose mirror image is also offered (people mirror a copy to dodge matching).
MIRRORED = (
    *_CROPS,
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
    *COMBINED,
)

#: Every PDQ variant a hash set document may name, in the order banks receive them.
PDQ_VARIANTS = (ORIGINAL, EXIF_UPRIGHT, *DIHEDRAL, FIRST_FRAME, *EDITED)

#: What ``hash --robust`` registers besides the original, exif-upright and the
#: dihedral set, most useful first: chosen by measurement, the greedy choice of
#: ``benchmarks/bench_coverage.py --tune`` (docs/coverage.md).
ROBUST = (
    "crop-9x16",
    "pad-9x16-black",
    "tilt-ccw-3",
    "crop-1x1",
    "tilt-cw-2",
    "crop-16x9",
    "caption-bottom-12",
    "crop-4x5",
    "caption-top-20",
    "crop-1x1-start",
    "mirror-crop-4x5",
    "crop-1x1-end",
    "crop-9x16-start",
    "trim-5",
    "pad-16x9-black",
    "crop-9x16-end",
    "caption-top-12",
    "screenshot",
    "tilt-cw-4",
    "crop-16x9-start",
    "pad-4x5-black",
    "mirror-crop-4x5-start",
    "caption-bottom-20",
    "crop-4x5-start",
    "crop-4x5-end",
    "trim-3",
    "trim-7",
    "mirror-crop-4x5-end",
    "crop-1x1+caption-top-12",
    "pad-1x1-black",
    "crop-1x1+caption-top-20",
    "crop-16x9-end",
    "tilt-ccw-1",
    "tilt-ccw-4",
    "trim-10",
)

#: After the original and exif-upright, the order in which a bank that takes only
#: some of a photo's fingerprints (a profile's cap, ``bank/endpoints.py``) gets the
#: rest, most useful first: chosen by measurement as ``ROBUST`` was, the greedy choice
#: of ``benchmarks/bench_coverage.py --caps tune`` on the tuning photos, from the
#: original alone over the rotations, mirror images and ``ROBUST`` (a tie goes to the
#: one that came first before: the turns, then ``ROBUST``). The edits keep ``ROBUST``'s
#: order; the mirror image and the quarter turns come where they catch most; the turns
#: that catch none of the benchmark's edits come last (docs/coverage.md, "For banks").
FOR_BANKS = (
    "crop-9x16",
    "pad-9x16-black",
    "flipy",
    "tilt-ccw-3",
    "crop-1x1",
    "tilt-cw-2",
    "crop-16x9",
    "caption-bottom-12",
    "crop-4x5",
    "rotate270",
    "caption-top-20",
    "crop-1x1-start",
    "mirror-crop-4x5",
    "crop-1x1-end",
    "crop-9x16-start",
    "trim-5",
    "rotate90",
    "pad-16x9-black",
    "crop-9x16-end",
    "caption-top-12",
    "screenshot",
    "tilt-cw-4",
    "crop-16x9-start",
    "pad-4x5-black",
    "mirror-crop-4x5-start",
    "caption-bottom-20",
    "crop-4x5-start",
    "crop-4x5-end",
    "trim-3",
    "trim-7",
    "mirror-crop-4x5-end",
    "crop-1x1+caption-top-12",
    "pad-1x1-black",
    "crop-1x1+caption-top-20",
    "crop-16x9-end",
    "tilt-ccw-1",
    "tilt-ccw-4",
    "trim-10",
    "rotate180",
    "flipx",
    "flipplus1",
    "flipminus1",
)
#: Every PDQ variant in the order a bank gets them: the picture as it is (or an
#: animation's first frame), as a phone shows it (the copy most often shared; the
#: benchmark's photos are stored upright, so it cannot be measured there), then
#: ``FOR_BANKS``, then any other edit in catalogue order.
BANK_ORDER = (
    ORIGINAL,
    FIRST_FRAME,
    EXIF_UPRIGHT,
    *FOR_BANKS,
    *(name for name in EDITED if name not in FOR_BANKS),
)
_BANK_RANK = {name: n for n, name in enumerate(BANK_ORDER)}


def bank_rank(variant: str | None) -> int:
    """Where a PDQ variant comes in ``BANK_ORDER`` (no name is the original; a name this
    version does not know comes last)."""
    return _BANK_RANK.get(variant or ORIGINAL, len(BANK_ORDER))


#: An edited variant within this many bits of a fingerprint already registered
#: for the same photo adds nothing, and is dropped.
NEAR_DUPLICATE_BITS = 8
