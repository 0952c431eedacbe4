"""Edited copies of a picture, as a leak produces them: one pure function per variant name.

Each function takes an RGB picture and returns a new one; none changes its
input. The names (and so the parameters) live in ``variants.py``; here a name
is read back into its edit:

* ``crop-<W>x<H>[-start|-end]``: the largest part of the picture with that
  aspect ratio, from the middle, or from the left or top end (``start``), or the
  right or bottom end (``end``) of the side it shortens;
* ``trim-<P>``: P percent cut off every side;
* ``pad-<W>x<H>-<black|white>``: bars added above and below (letterbox) or
  either side (pillarbox) to reach that ratio;
* ``caption-<top|bottom>-<P>[-black]``: a white (or black) bar P percent of the
  picture's height above or below it, where a caption goes (one line of text,
  or two);
* ``screenshot``: the picture fitted into a tall portrait phone screen (9:19.5)
  with black around it, as a screenshot of a photo viewer looks;
* ``tilt-<cw|ccw>-<D>``: turned D degrees clockwise or counter-clockwise, then
  cropped to the largest upright part of the same shape (no empty corners);
* ``mirror-<name>``: the mirror image (left and right swapped) of that edit;
* ``<a>+<b>``: edit ``a``, then edit ``b`` (a square crop, then a caption bar).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import partial

from PIL import Image, ImageOps

from stopncii_desktop.hashing.variants import EDITED, MIRROR_PREFIX

Transform = Callable[[Image.Image], Image.Image]

#: A phone screen, width to height (9:19.5, most phones since 2018).
SCREEN_RATIO = 9 / 19.5
_BAR_RGB = {"black": (0, 0, 0), "white": (255, 255, 255)}
_SAME_RATIO = 0.01  # ratios closer than this need no crop or bars


def _ratio(text: str) -> float:
    width, height = text.split("x")
    return int(width) / int(height)


def crop_to_ratio(image: Image.Image, ratio: float, place: float = 0.5) -> Image.Image:
    """The largest part with this width/height ratio; ``place`` 0..1 from left or top end."""
    width, height = image.size
    if abs(width / height - ratio) <= _SAME_RATIO * ratio:
        return image.copy()
    if width / height > ratio:
        kept = max(1, round(height * ratio))
        left = round((width - kept) * place)
        return image.crop((left, 0, left + kept, height))
    kept = max(1, round(width / ratio))
    top = round((height - kept) * place)
    return image.crop((0, top, width, top + kept))


def trim(image: Image.Image, percent: float) -> Image.Image:
    """The picture with ``percent`` of its width and height cut off each side."""
    width, height = image.size
    dx, dy = round(width * percent / 100), round(height * percent / 100)
    return image.crop((dx, dy, width - dx, height - dy))


def pad_to_ratio(
    image: Image.Image, ratio: float, colour: tuple[int, int, int] = (0, 0, 0)
) -> Image.Image:
    """The picture centred on a canvas of this width/height ratio, with bars of ``colour``."""
    width, height = image.size
    if abs(width / height - ratio) <= _SAME_RATIO * ratio:
        return image.copy()
    if width / height > ratio:
        size = (width, round(width / ratio))
    else:
        size = (round(height * ratio), height)
    canvas = Image.new("RGB", size, colour)
    canvas.paste(image, ((size[0] - width) // 2, (size[1] - height) // 2))
    return canvas


def add_bar(
    image: Image.Image, share: float, top: bool, colour: tuple[int, int, int] = (255, 255, 255)
) -> Image.Image:
    """The picture with a bar ``share`` of its height added above (or below) it."""
    width, height = image.size
    bar = max(1, round(height * share))
    canvas = Image.new("RGB", (width, height + bar), colour)
    canvas.paste(image, (0, bar if top else 0))
    return canvas


def tilt(
    image: Image.Image,
    degrees: float,
    resample: Image.Resampling = Image.Resampling.BILINEAR,
) -> Image.Image:
    """Turned ``degrees`` counter-clockwise, cropped to the largest upright part of its shape.

    One affine transform makes only the kept part (Pillow's ``rotate`` then
    ``crop`` would turn the whole picture first, at several times the cost).
    """
    width, height = image.size
    radians = math.radians(abs(degrees))
    cos, sin = math.cos(radians), math.sin(radians)
    scale = min(1 / (cos + height / width * sin), 1 / (width / height * sin + cos))
    kept_w, kept_h = max(1, int(width * scale)), max(1, int(height * scale))
    # Output pixel (x, y) of the kept part shows the input at (a x + b y + c, d x + e y + f):
    # a turn about the picture's centre, as Pillow's rotate() maps it.
    turn = math.radians(degrees)
    a, b, d, e = math.cos(turn), -math.sin(turn), math.sin(turn), math.cos(turn)
    c = width / 2 - a * kept_w / 2 - b * kept_h / 2
    f = height / 2 - d * kept_w / 2 - e * kept_h / 2
    return image.transform(
        (kept_w, kept_h), Image.Transform.AFFINE, (a, b, c, d, e, f), resample=resample
    )


def _mirrored(edit: Transform, image: Image.Image) -> Image.Image:
    return ImageOps.mirror(edit(image))


def _in_turn(first: Transform, second: Transform, image: Image.Image) -> Image.Image:
    return second(first(image))


def _parse(name: str) -> Transform:
    if "+" in name:
        first, _, second = name.partition("+")
        return partial(_in_turn, _parse(first), _parse(second))
    if name.startswith(MIRROR_PREFIX):
        return partial(_mirrored, _parse(name.removeprefix(MIRROR_PREFIX)))
    kind, _, rest = name.partition("-")
    if kind == "crop":
        ratio, _, place = rest.partition("-")
        where = {"": 0.5, "start": 0.0, "end": 1.0}[place]
        return partial(crop_to_ratio, ratio=_ratio(ratio), place=where)
    if kind == "trim":
        return partial(trim, percent=float(rest))
    if kind == "pad":
        ratio, _, colour = rest.partition("-")
        return partial(pad_to_ratio, ratio=_ratio(ratio), colour=_BAR_RGB[colour])
    if kind == "caption":
        place, height, *shade = rest.split("-")
        rgb = _BAR_RGB[shade[0] if shade else "white"]
        return partial(add_bar, share=int(height) / 100, top=place == "top", colour=rgb)
    if kind == "screenshot":
        return partial(pad_to_ratio, ratio=SCREEN_RATIO, colour=_BAR_RGB["black"])
    if kind == "tilt":
        way, _, degrees = rest.partition("-")
        return partial(tilt, degrees=float(degrees) * (-1 if way == "cw" else 1))
    raise ValueError(f"no edit is named {name!r}")


#: Every edited variant's transform, by name.
TRANSFORMS: dict[str, Transform] = {name: _parse(name) for name in EDITED}
