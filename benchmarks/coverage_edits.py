"""What people do to a leaked picture before re-posting it: the coverage benchmark's edits.

Each edit kind draws its own parameters from a random generator, so the
tuning run and the report run (different seeds, different photos) see
different crops, angles, bar sizes, texts and qualities. The geometry follows
what apps do: a forced crop sits in the middle (the default) or is dragged to
an end, where it stops; bars fit the picture to a standard shape; a caption
bar holds one or two lines of text; a screenshot is of a phone screen of
9:16, 9:19.5 or 9:20 with its status bar. A hand's imprecision is added to
each (a crop or a screenshot off by up to half a percent, a caption bar a
point higher or lower, any angle from 1.5 to 4.5 degrees). Edits a hand makes
anywhere (a crop at any place, a caption bar of any height) are reported too,
apart (``BEYOND``): PDQ does not survive them, whatever is registered.
The result is saved as a JPEG (quality 85 unless the edit says otherwise), as
an app re-encodes an upload, and hashed as a platform hashes it.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageFont, ImageOps

from stopncii_desktop.hashing.transforms import add_bar, crop_to_ratio, pad_to_ratio, tilt

Rng = np.random.Generator
UPLOAD_QUALITY = 85
_WORDS = (
    "look who it is",
    "remember this?",
    "LOL",
    "saw this today",
    "no way",
    "@someone",
    "exposed",
    "guess who",
    "2024",
    "send to everyone",
)


@dataclass(frozen=True)
class Edit:
    """One kind of edit: its name, what it does, and the function that makes it."""

    name: str
    what: str
    make: Callable[[Image.Image, Rng], tuple[Image.Image, int]]


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size=max(8, size))


def _text(rng: Rng) -> str:
    return str(_WORDS[int(rng.integers(len(_WORDS)))])


def _upload(image: Image.Image) -> tuple[Image.Image, int]:
    return image, UPLOAD_QUALITY


def _recompress(image: Image.Image, rng: Rng) -> tuple[Image.Image, int]:
    return image, int(rng.integers(35, 70))


def _resize(image: Image.Image, rng: Rng) -> tuple[Image.Image, int]:
    scale = rng.uniform(0.3, 0.7)
    size = (max(8, round(image.width * scale)), max(8, round(image.height * scale)))
    return _upload(image.resize(size, Image.Resampling.LANCZOS))


def _colour(image: Image.Image, rng: Rng) -> tuple[Image.Image, int]:
    image = ImageEnhance.Color(image).enhance(rng.uniform(0.5, 1.7))
    image = ImageEnhance.Brightness(image).enhance(rng.uniform(0.8, 1.2))
    image = ImageEnhance.Contrast(image).enhance(rng.uniform(0.75, 1.35))
    tint = np.array([rng.uniform(0.9, 1.1), 1.0, rng.uniform(0.9, 1.1)], dtype=np.float32)
    pixels = np.clip(np.asarray(image, dtype=np.float32) * tint, 0, 255).astype(np.uint8)
    return _upload(Image.fromarray(pixels))


def _greyscale(image: Image.Image, rng: Rng) -> tuple[Image.Image, int]:
    grey = ImageOps.grayscale(image)
    grey = ImageEnhance.Contrast(grey).enhance(rng.uniform(0.9, 1.3))
    return _upload(grey.convert("RGB"))


def _blur(image: Image.Image, rng: Rng) -> tuple[Image.Image, int]:
    radius = min(image.size) * rng.uniform(0.003, 0.008)
    return _upload(image.filter(ImageFilter.GaussianBlur(radius)))


def _sharpen(image: Image.Image, rng: Rng) -> tuple[Image.Image, int]:
    radius = min(image.size) * rng.uniform(0.002, 0.006)
    amount = int(rng.integers(120, 250))
    return _upload(image.filter(ImageFilter.UnsharpMask(radius, amount, 2)))


def _watermark(image: Image.Image, rng: Rng) -> tuple[Image.Image, int]:
    layer = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    size = round(min(image.size) * rng.uniform(0.05, 0.12))
    alpha = int(rng.integers(90, 200))
    text = _text(rng)
    font = _font(size)
    if rng.random() < 0.5:  # in a corner
        x = int(rng.uniform(0.02, 0.5) * image.width)
        y = int(rng.uniform(0.75, 0.9) * image.height)
        draw.text((x, y), text, fill=(255, 255, 255, alpha), font=font)
    else:  # repeated across the picture
        for row in range(0, image.height, size * 3):
            draw.text((size, row + size), text * 2, fill=(255, 255, 255, alpha), font=font)
    return _upload(Image.alpha_composite(image.convert("RGBA"), layer).convert("RGB"))


def _app_place(image: Image.Image, ratio: float, rng: Rng) -> float:
    """Where an app's crop sits: the middle (the default) or dragged to an end, give or take
    half a percent of the crop's side."""
    w, h = image.size
    kept, side = (h * ratio, w) if w / h > ratio else (w / ratio, h)
    slack = max(side - kept, 1.0)
    place = float(rng.choice([0.5, 0.5, 0.0, 1.0]))
    return float(np.clip(place + rng.uniform(-0.005, 0.005) * kept / slack, 0.0, 1.0))


def _crop(
    ratio: float, anywhere: bool = False
) -> Callable[[Image.Image, Rng], tuple[Image.Image, int]]:
    def make(image: Image.Image, rng: Rng) -> tuple[Image.Image, int]:
        place = float(rng.uniform(0.0, 1.0)) if anywhere else _app_place(image, ratio, rng)
        return _upload(crop_to_ratio(image, ratio, place))

    return make


def _trim(image: Image.Image, rng: Rng) -> tuple[Image.Image, int]:
    w, h = image.size
    cut = rng.uniform(0.02, 0.09)
    cuts = cut + rng.uniform(-0.003, 0.003, 4)
    box = (w * cuts[0], h * cuts[1], w * (1 - cuts[2]), h * (1 - cuts[3]))
    return _upload(image.crop(tuple(round(v) for v in box)))


def _bars(image: Image.Image, rng: Rng) -> tuple[Image.Image, int]:
    ratio = [1.0, 4 / 5, 9 / 16, 16 / 9][int(rng.integers(4))]
    grey = int(rng.choice([0, 16, 255, 240]))
    return _upload(pad_to_ratio(image, ratio, (grey, grey, grey)))


def _blurred_bars(image: Image.Image, rng: Rng) -> tuple[Image.Image, int]:
    """A story: the picture over a blurred, enlarged copy of itself (9:16)."""
    w, h = image.size
    canvas_w, canvas_h = w, round(w * 16 / 9)
    back = ImageOps.fit(image, (canvas_w, canvas_h)).filter(
        ImageFilter.GaussianBlur(canvas_w * rng.uniform(0.03, 0.06))
    )
    scale = min(canvas_w / w, canvas_h / h)
    front = image.resize((round(w * scale), round(h * scale)))
    back.paste(front, ((canvas_w - front.width) // 2, (canvas_h - front.height) // 2))
    return _upload(back)


def _caption(
    top: bool, any_height: bool = False
) -> Callable[[Image.Image, Rng], tuple[Image.Image, int]]:
    def make(image: Image.Image, rng: Rng) -> tuple[Image.Image, int]:
        if any_height:
            share = rng.uniform(0.08, 0.3)
        else:  # one line of text or two, a point or so either way
            share = float(rng.choice([0.12, 0.2])) + rng.uniform(-0.01, 0.01)
        white = rng.random() < 0.75
        colour = (255, 255, 255) if white else (0, 0, 0)
        out = add_bar(image, share, top, colour)
        bar = round(image.height * share)
        draw = ImageDraw.Draw(out)
        y = bar // 4 if top else image.height + bar // 4
        draw.text(
            (image.width // 10, y),
            _text(rng),
            fill=(0, 0, 0) if white else (255, 255, 255),
            font=_font(bar // 2),
        )
        return _upload(out)

    return make


def _screenshot(image: Image.Image, rng: Rng) -> tuple[Image.Image, int]:
    """A phone screenshot of a photo viewer: dark screen, status bar, the picture fitted."""
    screen_w = int(rng.choice([1080, 1170, 1242]))
    screen_h = round(screen_w * float(rng.choice([16, 19.5, 20])) / 9)
    dark = int(rng.choice([0, 0, 12]))
    screen = Image.new("RGB", (screen_w, screen_h), (dark, dark, dark))
    scale = min(screen_w / image.width, screen_h / image.height)
    shown = image.resize((round(image.width * scale), round(image.height * scale)))
    offset = round((screen_h - shown.height) / 2 + rng.uniform(-0.005, 0.005) * screen_h)
    screen.paste(shown, ((screen_w - shown.width) // 2, max(0, offset)))
    draw = ImageDraw.Draw(screen)
    font = _font(screen_w // 30)
    draw.text((screen_w // 14, screen_h // 100), "9:41", fill=(255, 255, 255), font=font)
    draw.rectangle(
        (screen_w * 0.84, screen_h * 0.01, screen_w * 0.9, screen_h * 0.018), fill=(255, 255, 255)
    )
    return _upload(screen)


def _tilt(image: Image.Image, rng: Rng) -> tuple[Image.Image, int]:
    angle = rng.uniform(1.5, 4.5) * (1 if rng.random() < 0.5 else -1)
    return _upload(tilt(image, angle, Image.Resampling.BICUBIC))


def _mirror(image: Image.Image, rng: Rng) -> tuple[Image.Image, int]:
    return _upload(ImageOps.mirror(image))


def _rotate90(image: Image.Image, rng: Rng) -> tuple[Image.Image, int]:
    turn = [Image.Transpose.ROTATE_90, Image.Transpose.ROTATE_270][int(rng.integers(2))]
    return _upload(image.transpose(turn))


def _then(
    first: Callable[[Image.Image, Rng], tuple[Image.Image, int]],
    second: Callable[[Image.Image, Rng], tuple[Image.Image, int]],
) -> Callable[[Image.Image, Rng], tuple[Image.Image, int]]:
    def make(image: Image.Image, rng: Rng) -> tuple[Image.Image, int]:
        middle, _ = first(image, rng)
        return second(middle, rng)

    return make


EDITS = (
    Edit("recompress", "saved again as JPEG, quality 35 to 70", _recompress),
    Edit("resize", "made 30 to 70 % as large", _resize),
    Edit("colour", "saturation, brightness, contrast and tint changed", _colour),
    Edit("greyscale", "black and white, contrast changed", _greyscale),
    Edit("blur", "Gaussian blur", _blur),
    Edit("sharpen", "unsharp mask", _sharpen),
    Edit("watermark", "text over the picture, in a corner or repeated", _watermark),
    Edit("crop-square", "cropped to 1:1 by an app (middle or an end)", _crop(1.0)),
    Edit("crop-4x5", "cropped to 4:5 by an app", _crop(4 / 5)),
    Edit("crop-story", "cropped to 9:16 by an app", _crop(9 / 16)),
    Edit("crop-wide", "cropped to 16:9 by an app", _crop(16 / 9)),
    Edit("trim", "2 to 9 % cut off each side", _trim),
    Edit("bars", "black, white or grey bars to 1:1, 4:5, 9:16 or 16:9", _bars),
    Edit("blurred-bars", "a 9:16 story over a blurred copy of itself", _blurred_bars),
    Edit("caption-top", "a caption bar with one or two lines of text above", _caption(True)),
    Edit("caption-bottom", "a caption bar with text below", _caption(False)),
    Edit("screenshot", "a phone screenshot of a photo viewer", _screenshot),
    Edit("tilt", "turned 1.5 to 4.5 degrees either way, corners cropped", _tilt),
    Edit("mirror", "left and right swapped", _mirror),
    Edit("rotate90", "turned a quarter either way", _rotate90),
    Edit(
        "crop-square+recompress",
        "square crop, then saved at low quality",
        _then(_crop(1.0), _recompress),
    ),
    Edit("mirror+crop-4x5", "mirrored, then cropped to 4:5", _then(_mirror, _crop(4 / 5))),
    Edit(
        "caption+crop-square",
        "square crop with a caption above",
        _then(_crop(1.0), _caption(True)),
    ),
    Edit("tilt+recompress", "tilted, then saved at low quality", _then(_tilt, _recompress)),
    Edit("story+watermark", "cropped to 9:16 with text over it", _then(_crop(9 / 16), _watermark)),
)

#: Edits made by hand anywhere: reported apart, outside the target.
BEYOND = (
    Edit("crop-anywhere", "cropped to 1:1 at any place along the side", _crop(1.0, anywhere=True)),
    Edit("caption-any-height", "a caption bar 8 to 30 % high", _caption(True, any_height=True)),
)


def as_uploaded(image: Image.Image, quality: int) -> Image.Image:
    """The picture as a platform receives it: saved as JPEG and decoded again."""
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, "JPEG", quality=quality)
    buffer.seek(0)
    with Image.open(buffer) as decoded:
        return decoded.convert("RGB")
