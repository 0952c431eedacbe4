"""The edited-copy transforms: each name makes the edit it says, and never changes its input."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageOps

from stopncii_desktop.hashing import transforms
from stopncii_desktop.hashing.transforms import SCREEN_RATIO, TRANSFORMS
from stopncii_desktop.hashing.variants import EDITED, MIRROR_PREFIX, MIRRORED
from tests.media import noisy_rgb

LANDSCAPE = Image.fromarray(noisy_rgb(400, 300, 1))
PORTRAIT = Image.fromarray(noisy_rgb(300, 400, 2))


def _pixels(image: Image.Image) -> np.ndarray:
    return np.asarray(image, dtype=np.int16)


def test_every_edited_variant_has_a_transform_and_no_other() -> None:
    assert list(TRANSFORMS) == list(EDITED)
    assert len(set(EDITED)) == len(EDITED)
    for name in MIRRORED:
        assert MIRROR_PREFIX + name in TRANSFORMS


@pytest.mark.parametrize("name", EDITED)
@pytest.mark.parametrize("picture", [LANDSCAPE, PORTRAIT], ids=["landscape", "portrait"])
def test_transforms_are_pure_and_give_rgb(name: str, picture: Image.Image) -> None:
    before = picture.tobytes()
    out = TRANSFORMS[name](picture)
    assert picture.tobytes() == before
    assert out is not picture
    assert out.mode == "RGB" and min(out.size) >= 16


@pytest.mark.parametrize(
    ("ratio", "text"),
    [(1.0, "1x1"), (4 / 5, "4x5"), (3 / 4, "3x4"), (9 / 16, "9x16"), (16 / 9, "16x9")],
)
@pytest.mark.parametrize("picture", [LANDSCAPE, PORTRAIT], ids=["landscape", "portrait"])
def test_crops_keep_a_part_of_that_shape_from_the_middle_or_either_end(
    ratio: float, text: str, picture: Image.Image
) -> None:
    centre = TRANSFORMS[f"crop-{text}"](picture)
    assert centre.width / centre.height == pytest.approx(ratio, rel=0.02)
    source = _pixels(picture)
    for suffix, place in (("", 0.5), ("-start", 0.0), ("-end", 1.0)):
        out = _pixels(TRANSFORMS[f"crop-{text}{suffix}"](picture))
        h, w = out.shape[:2]
        # The crop is a window of the source, at that place along the side it shortens.
        top = round((source.shape[0] - h) * place)
        left = round((source.shape[1] - w) * place)
        assert np.array_equal(out, source[top : top + h, left : left + w])


def test_a_crop_to_the_pictures_own_shape_is_the_picture() -> None:
    square = Image.fromarray(noisy_rgb(300, 300, 3))
    assert square.tobytes() == TRANSFORMS["crop-1x1"](square).tobytes()


@pytest.mark.parametrize("percent", [5, 10])
def test_trim_cuts_that_share_off_every_side(percent: int) -> None:
    out = TRANSFORMS[f"trim-{percent}"](LANDSCAPE)
    dx, dy = 400 * percent // 100, 300 * percent // 100
    assert out.size == (400 - 2 * dx, 300 - 2 * dy)
    assert np.array_equal(_pixels(out), _pixels(LANDSCAPE)[dy : 300 - dy, dx : 400 - dx])


@pytest.mark.parametrize("colour", ["black", "white"])
def test_letterbox_and_pillarbox_add_bars_of_that_colour(colour: str) -> None:
    value = 0 if colour == "black" else 255
    letterbox = _pixels(TRANSFORMS[f"pad-1x1-{colour}"](LANDSCAPE))
    assert letterbox.shape[:2] == (400, 400)
    assert (letterbox[:50] == value).all() and (letterbox[350:] == value).all()
    assert np.array_equal(letterbox[50:350], _pixels(LANDSCAPE))
    pillarbox = _pixels(TRANSFORMS[f"pad-16x9-{colour}"](PORTRAIT))
    assert pillarbox.shape[:2] == (400, 711)
    left = (711 - 300) // 2
    assert (pillarbox[:, :left] == value).all() and (pillarbox[:, left + 300 :] == value).all()
    assert np.array_equal(pillarbox[:, left : left + 300], _pixels(PORTRAIT))


@pytest.mark.parametrize("place", ["top", "bottom"])
@pytest.mark.parametrize("height", [12, 20])
def test_caption_bar_is_white_and_that_share_high_above_or_below(place: str, height: int) -> None:
    out = _pixels(TRANSFORMS[f"caption-{place}-{height}"](LANDSCAPE))
    bar = 300 * height // 100
    assert out.shape[:2] == (300 + bar, 400)
    strip, picture = (out[:bar], out[bar:]) if place == "top" else (out[300:], out[:300])
    assert (strip == 255).all()
    assert np.array_equal(picture, _pixels(LANDSCAPE))


def test_screenshot_fits_the_picture_into_a_tall_dark_phone_screen() -> None:
    out = _pixels(TRANSFORMS["screenshot"](LANDSCAPE))
    h, w = out.shape[:2]
    assert w / h == pytest.approx(SCREEN_RATIO, rel=0.01)
    top = (h - 300) // 2
    assert (out[:top] == 0).all() and (out[top + 300 :] == 0).all()
    assert np.array_equal(out[top : top + 300], _pixels(LANDSCAPE))


@pytest.mark.parametrize("name", [n for n in EDITED if n.startswith("tilt-")])
def test_tilts_turn_the_picture_and_leave_no_empty_corner(name: str) -> None:
    # A flat grey picture shows the empty corners a rotation leaves (black).
    grey = Image.new("RGB", (400, 300), (128, 128, 128))
    out = _pixels(TRANSFORMS[name](grey))
    assert out.shape[0] < 300 and out.shape[1] < 400
    assert out.shape[1] / out.shape[0] == pytest.approx(4 / 3, rel=0.02)
    assert (np.abs(out - 128) <= 1).all()
    # The turn is the way the name says: a vertical edge leans to the right when turned clockwise.
    stripe = np.zeros((300, 400, 3), np.uint8)
    stripe[:, 190:210] = 255
    turned = _pixels(TRANSFORMS[name](Image.fromarray(stripe)))
    top_x = np.argmax(turned[5, :, 0])
    bottom_x = np.argmax(turned[-5, :, 0])
    assert (top_x > bottom_x) == name.startswith("tilt-cw")


@pytest.mark.parametrize("name", MIRRORED)
def test_mirrors_are_the_mirror_image_of_the_edit(name: str) -> None:
    plain = TRANSFORMS[name](LANDSCAPE)
    assert TRANSFORMS[MIRROR_PREFIX + name](LANDSCAPE).tobytes() == ImageOps.mirror(plain).tobytes()


def test_an_unknown_name_is_refused() -> None:
    with pytest.raises(ValueError, match="no edit"):
        transforms._parse("sideways-3")
