"""``hash --robust``: the edited copies a leak produces are registered, and then caught."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from stopncii_desktop.case.hashset import MAX_SIGNALS_PER_ITEM, HashSet
from stopncii_desktop.hashing import _pdq
from stopncii_desktop.hashing.matching import Entry, match_result
from stopncii_desktop.hashing.options import HashOptions
from stopncii_desktop.hashing.photo import hash_photo
from stopncii_desktop.hashing.results import MediaResult, Signal
from stopncii_desktop.hashing.robust import REDUCED_SIDE, edited_signals, reduced_copy
from stopncii_desktop.hashing.signals import OPTIONAL_SIGNALS, PdqSignal
from stopncii_desktop.hashing.transforms import TRANSFORMS
from stopncii_desktop.hashing.variants import (
    DIHEDRAL,
    EDITED,
    EXIF_UPRIGHT,
    NEAR_DUPLICATE_BITS,
    ORIGINAL,
    ROBUST,
)
from tests.media import noisy_rgb


def _pdqs(result: MediaResult) -> list[Signal]:
    return [s for s in result.signals if isinstance(s, Signal) and s.type == "pdq"]


def _save(image: Image.Image, path: Path, **save: object) -> Path:
    image.save(path, "JPEG", quality=90, **save)
    return path


def _uploaded(image: Image.Image) -> Image.Image:
    """As a platform receives a copy: saved as a JPEG of ordinary quality."""
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=80)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


PHOTO = Image.fromarray(noisy_rgb(1200, 900, 21))


def test_robust_registers_the_chosen_set_after_original_and_dihedral(tmp_path: Path) -> None:
    path = _save(PHOTO, tmp_path / "photo.jpg")
    dihedral = _pdqs(hash_photo(path, HashOptions(dihedral=True)))
    robust = _pdqs(hash_photo(path, HashOptions(robust=True)))
    # Original and the dihedral set are exactly what --dihedral gives (bit-exact).
    assert robust[: len(dihedral)] == dihedral
    edited = robust[len(dihedral) :]
    names = [s.variant for s in edited]
    assert set(names) <= set(ROBUST) and len(names) == len(set(names))
    assert names == [n for n in ROBUST if n in names]  # in the set's order
    assert len(edited) >= len(ROBUST) // 2
    for k, s in enumerate(edited):
        assert s.quality is not None and s.quality >= 50
        # Nothing kept is within a few bits of a fingerprint registered before it.
        for earlier in robust[: len(dihedral) + k]:
            assert PdqSignal.hamming(s.value, earlier.value) > NEAR_DUPLICATE_BITS


def test_robust_set_is_chosen_and_fits_the_document_limit() -> None:
    assert ROBUST and set(ROBUST) <= set(EDITED) and len(set(ROBUST)) == len(ROBUST)
    # original, exif-upright, dihedral, the edits, two digests, the extras, an animation's vPDQ
    most = 2 + len(DIHEDRAL) + len(ROBUST) + 2 + len(OPTIONAL_SIGNALS) + 1
    assert most <= MAX_SIGNALS_PER_ITEM


def test_a_robust_item_survives_the_document_round_trip(tmp_path: Path) -> None:
    result = hash_photo(_save(PHOTO, tmp_path / "p.jpg"), HashOptions(robust=True))
    doc = HashSet.from_results([result])
    assert HashSet.loads(doc.dumps()).to_json() == doc.to_json()


@pytest.mark.parametrize("name", [n for n in ROBUST if not n.startswith("mirror-")])
def test_each_registered_edit_catches_a_copy_edited_that_way(tmp_path: Path, name: str) -> None:
    """A copy made from the full picture, re-encoded, matches the variant made from the reduced one."""
    path = _save(PHOTO, tmp_path / "photo.jpg")
    registered = hash_photo(path, HashOptions(robust=True))
    with Image.open(path) as im:
        copy = _uploaded(TRANSFORMS[name](im.convert("RGB")))
    copy_path = tmp_path / "copy.png"
    copy.save(copy_path)
    query = hash_photo(copy_path, HashOptions())
    verdict = match_result(query, [Entry("mine", registered.signals)])
    assert verdict.matched, (name, verdict)
    assert verdict.variant is not None


def test_a_square_crop_is_missed_by_the_plain_set_and_caught_by_the_robust_one(
    tmp_path: Path,
) -> None:
    wide = Image.fromarray(noisy_rgb(1600, 900, 22))
    path = _save(wide, tmp_path / "wide.jpg")
    copy_path = tmp_path / "square.jpg"
    # A square crop dragged to the left end, as an app lets one do (give or take a pixel).
    _uploaded(wide.crop((2, 0, 902, 900))).save(copy_path)
    query = hash_photo(copy_path, HashOptions())
    plain = match_result(query, [Entry("p", hash_photo(path, HashOptions()).signals)])
    dihedral = match_result(
        query, [Entry("d", hash_photo(path, HashOptions(dihedral=True)).signals)]
    )
    robust = match_result(query, [Entry("r", hash_photo(path, HashOptions(robust=True)).signals)])
    assert not plain.matched and not dihedral.matched
    assert robust.matched and robust.variant is not None and "1x1" in robust.variant


def test_edits_start_from_the_picture_as_a_phone_shows_it(tmp_path: Path) -> None:
    """A photo stored sideways with an EXIF turn gives the edits of the upright photo."""
    upright = Image.fromarray(noisy_rgb(900, 1200, 23))
    stored = upright.transpose(Image.Transpose.ROTATE_90)  # what the camera wrote
    exif = Image.Exif()
    exif[0x0112] = 6  # turn 90 degrees clockwise to show
    sideways = _save(stored, tmp_path / "sideways.jpg", exif=exif.tobytes())
    plain = _save(upright, tmp_path / "upright.jpg")
    turned = {s.variant: s for s in _pdqs(hash_photo(sideways, HashOptions(robust=True)))}
    straight = {s.variant: s for s in _pdqs(hash_photo(plain, HashOptions(robust=True)))}
    assert EXIF_UPRIGHT in turned and EXIF_UPRIGHT not in straight
    shared = [n for n in ROBUST if n in turned and n in straight]
    assert shared
    for name in shared:
        assert PdqSignal.hamming(turned[name].value, straight[name].value) <= 10, name


def test_reduced_copy_keeps_the_short_side_and_is_close_to_the_full_picture() -> None:
    big = Image.fromarray(noisy_rgb(3000, 2000, 24))
    small = reduced_copy(big)
    assert REDUCED_SIDE <= min(small.size) < 2 * REDUCED_SIDE
    assert small.width / small.height == pytest.approx(1.5, rel=0.01)
    full, _ = _pdq.pdq_from_pixels(np.asarray(big))
    reduced, _ = _pdq.pdq_from_pixels(np.asarray(small))
    assert PdqSignal.hamming(full.hash_hex, reduced.hash_hex) <= 16
    tiny = Image.fromarray(noisy_rgb(300, 200, 25))
    assert reduced_copy(tiny).tobytes() == tiny.tobytes()


def test_a_picture_too_flat_to_match_gets_no_edited_variants(tmp_path: Path) -> None:
    """Bars added to a flat picture have detail of their own: such a variant would match
    any other flat picture with the same bars, so none is registered."""
    flat = Image.new("RGB", (600, 400), (90, 90, 90))
    assert edited_signals(flat, [], ["pad-1x1-white"]) != []  # what the rule prevents
    path = tmp_path / "flat.png"
    flat.save(path)
    variants = [s.variant for s in _pdqs(hash_photo(path, HashOptions(robust=True)))]
    assert variants == [ORIGINAL, *DIHEDRAL]


def test_duplicate_variants_are_left_out() -> None:
    picture = Image.fromarray(noisy_rgb(600, 600, 26))
    # A square picture cropped to a square is itself: within a few bits of the original.
    own, _ = _pdq.pdq_from_pixels(np.asarray(picture))
    assert edited_signals(picture, [own.hash_hex], ["crop-1x1"]) == []
    assert [s.variant for s in edited_signals(picture, [], ["crop-1x1"])] == ["crop-1x1"]


def test_robust_is_off_by_default_and_plain_hashing_is_unchanged(tmp_path: Path) -> None:
    path = _save(PHOTO, tmp_path / "photo.jpg")
    assert [s.variant for s in _pdqs(hash_photo(path, HashOptions()))] == [ORIGINAL]
