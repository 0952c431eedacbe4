"""Hashing one photo: formats, modes, variants, digests and extra signals."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageOps

from stopncii_desktop.hashing import _pdq
from stopncii_desktop.hashing.options import HashOptions
from stopncii_desktop.hashing.photo import hash_photo
from stopncii_desktop.hashing.results import Signal
from stopncii_desktop.hashing.signals import SIGNAL_TYPES
from tests.media import noisy_rgb, write_photo


def _pdqs(result: object) -> dict[str | None, Signal]:
    signals = getattr(result, "signals")  # noqa: B009
    return {s.variant: s for s in signals if isinstance(s, Signal) and s.type == "pdq"}


def _expected_pdq(image: Image.Image) -> str:
    return _pdq.pdq_from_rgb(np.asarray(image.convert("RGB")))[0].hash_hex


@pytest.mark.parametrize(
    ("fmt", "suffix", "save"),
    [
        ("JPEG", ".jpg", {"quality": 92}),
        ("PNG", ".png", {}),
        ("WEBP", ".webp", {"lossless": True}),
        ("GIF", ".gif", {}),
        ("BMP", ".bmp", {}),
        ("TIFF", ".tiff", {}),
        ("AVIF", ".avif", {"quality": 90}),
    ],
)
def test_formats_hash_like_pillow_decodes_them(
    tmp_path: Path, fmt: str, suffix: str, save: dict[str, object]
) -> None:
    path = write_photo(tmp_path / f"p{suffix}", 320, 240, seed=5, fmt=fmt, **save)
    result = hash_photo(path, HashOptions())
    assert result.ok, result.error
    assert result.media == "image"
    with Image.open(path) as im:
        assert _pdqs(result)["original"].value == _expected_pdq(im)


def test_heic(tmp_path: Path) -> None:
    import pillow_heif

    pillow_heif.register_heif_opener()
    path = tmp_path / "IMG_0001.HEIC"
    Image.fromarray(noisy_rgb(320, 240, 6)).save(path, "HEIF", quality=90)
    result = hash_photo(path, HashOptions())
    assert result.ok, result.error
    with Image.open(path) as im:
        assert _pdqs(result)["original"].value == _expected_pdq(im)


@pytest.mark.parametrize("mode", ["L", "LA", "RGBA", "P", "1", "CMYK", "I;16", "I", "F"])
def test_every_mode_goes_through_convert_rgb(tmp_path: Path, mode: str) -> None:
    base = Image.fromarray(noisy_rgb(200, 150, 7))
    image = (
        base.convert(mode) if mode not in ("I;16", "I", "F") else base.convert("L").convert(mode)
    )
    fmt = {"CMYK": "JPEG", "F": "TIFF", "I": "TIFF", "I;16": "PNG"}.get(mode, "PNG")
    path = tmp_path / f"mode.{fmt.lower()}"
    image.save(path, fmt)
    result = hash_photo(path, HashOptions())
    assert result.ok, result.error
    with Image.open(path) as im:
        assert _pdqs(result)["original"].value == _expected_pdq(im)


@pytest.mark.parametrize("orientation", range(1, 9))
def test_exif_upright_variant_equals_the_photo_as_a_phone_shows_it(
    tmp_path: Path, orientation: int
) -> None:
    image = Image.fromarray(noisy_rgb(320, 200, orientation))
    exif = Image.Exif()
    exif[0x0112] = orientation
    path = tmp_path / "rotated.jpg"
    image.save(path, "JPEG", exif=exif.tobytes(), quality=95)
    result = hash_photo(path, HashOptions())
    pdqs = _pdqs(result)
    with Image.open(path) as im:
        assert pdqs["original"].value == _expected_pdq(im)
        if orientation == 1:
            assert "exif-upright" not in pdqs
        else:
            assert pdqs["exif-upright"].value == _expected_pdq(ImageOps.exif_transpose(im))


def test_dihedral_variants_are_labelled_and_only_on_request(tmp_path: Path) -> None:
    path = write_photo(tmp_path / "a.jpg", seed=8)
    plain = hash_photo(path, HashOptions())
    assert set(_pdqs(plain)) == {"original"}
    full = hash_photo(path, HashOptions(dihedral=True))
    assert set(_pdqs(full)) == {"original", *_pdq.DIHEDRAL_NAMES}
    # A photo rotated on disk gives (nearly) the hash of the rotate90 variant.
    with Image.open(path) as im:
        rotated = tmp_path / "r.png"
        im.transpose(Image.Transpose.ROTATE_90).save(rotated)
    turned = _pdqs(hash_photo(rotated, HashOptions()))["original"].value
    assert SIGNAL_TYPES["pdq"].distance(turned, _pdqs(full)["rotate90"].value) <= 16


def test_digests_are_of_the_file_bytes(tmp_path: Path) -> None:
    path = write_photo(tmp_path / "a.jpg", seed=9)
    data = path.read_bytes()
    result = hash_photo(path, HashOptions())
    by_type = {
        s.type: s.value for s in result.signals if isinstance(s, Signal) and s.variant is None
    }
    assert by_type["md5"] == hashlib.md5(data).hexdigest()
    assert by_type["sha256"] == hashlib.sha256(data).hexdigest()


def test_extra_signals_only_when_asked(tmp_path: Path) -> None:
    import imagehash

    path = write_photo(tmp_path / "a.png", seed=10, fmt="PNG")
    assert {s.type for s in hash_photo(path, HashOptions()).signals} == {"pdq", "md5", "sha256"}
    result = hash_photo(path, HashOptions(extra_signals=("phash", "dhash")))
    values = {s.type: s.value for s in result.signals if isinstance(s, Signal)}
    with Image.open(path) as im:
        rgb = im.convert("RGB")
        assert values["phash"] == str(imagehash.phash(rgb))
        assert values["dhash"] == str(imagehash.dhash(rgb))
    for name in ("phash", "dhash"):
        SIGNAL_TYPES[name].validate(values[name])


def test_low_quality_is_kept_and_marked(tmp_path: Path) -> None:
    path = tmp_path / "flat.png"
    flat = np.full((200, 200, 3), 90, np.uint8)
    flat[100:, :] = 91  # one faint edge: a valid picture with almost no detail
    Image.fromarray(flat).save(path)
    result = hash_photo(path, HashOptions())
    assert result.ok
    quality = _pdqs(result)["original"].quality
    assert quality is not None
    assert quality < 50
    assert result.low_quality
    good = hash_photo(write_photo(tmp_path / "g.jpg", seed=1), HashOptions())
    assert not good.low_quality


def test_animated_gif_still_hash_is_the_first_frame(tmp_path: Path) -> None:
    frames = [Image.fromarray(noisy_rgb(160, 120, s)) for s in (1, 2, 3)]
    path = tmp_path / "anim.gif"
    frames[0].save(path, save_all=True, append_images=frames[1:], duration=100)
    result = hash_photo(path, HashOptions())
    with Image.open(path) as im:
        im.seek(0)
        first = _expected_pdq(im)
    assert _pdqs(result)["original"].value == first


def test_document_carries_no_metadata(tmp_path: Path) -> None:
    """EXIF with a GPS position, camera and owner: none of it reaches the result."""
    exif = Image.Exif()
    exif[0x010F] = "TellingCameraMaker"
    exif[0x013B] = "Jane Doe Private"
    exif[0x9003] = "2024:01:02 03:04:05"
    path = tmp_path / "jane-doe-bedroom.jpg"
    buf = io.BytesIO()
    Image.fromarray(noisy_rgb(200, 200, 2)).save(buf, "JPEG", exif=exif.tobytes())
    path.write_bytes(buf.getvalue())
    from stopncii_desktop.case.hashset import HashSet

    text = HashSet.from_results([hash_photo(path, HashOptions())]).dumps()
    for secret in (
        "TellingCameraMaker",
        "Jane Doe",
        "2024:01:02",
        "jane-doe-bedroom",
        str(tmp_path),
    ):
        assert secret not in text
