"""The review's preview is made by the hashing worker, upright, small, and kept out of documents."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageOps

from stopncii_desktop.case.hashset import HashSet
from stopncii_desktop.hashing.options import HashOptions
from stopncii_desktop.hashing.photo import hash_photo
from stopncii_desktop.hashing.preview import Preview
from tests.media import noisy_rgb, write_photo


def _array(preview: Preview) -> np.ndarray:
    assert len(preview.rgb) == preview.width * preview.height * 3
    return np.frombuffer(preview.rgb, np.uint8).reshape(preview.height, preview.width, 3)


def test_no_preview_unless_asked(tmp_path: Path) -> None:
    path = write_photo(tmp_path / "a.jpg", 640, 480)
    assert hash_photo(path, HashOptions()).preview is None


@pytest.mark.parametrize("orientation", range(1, 9))
def test_preview_is_small_upright_and_looks_like_the_photo(
    tmp_path: Path, orientation: int
) -> None:
    exif = Image.Exif()
    exif[0x0112] = orientation
    path = tmp_path / "turned.jpg"
    Image.fromarray(noisy_rgb(1600, 1000, orientation)).save(
        path, "JPEG", exif=exif.tobytes(), quality=95
    )
    preview = hash_photo(path, HashOptions(preview_size=160)).preview
    assert preview is not None
    assert max(preview.width, preview.height) == 160
    with Image.open(path) as im:
        upright = ImageOps.exif_transpose(im).convert("RGB")
    assert (preview.width > preview.height) == (upright.width > upright.height)
    expected = np.asarray(upright.resize((preview.width, preview.height), Image.Resampling.BOX))
    difference = np.abs(_array(preview).astype(int) - expected.astype(int)).mean()
    assert difference < 12, f"the preview does not look like the photo ({difference:.1f})"


def test_a_failed_file_has_no_preview_and_documents_never_carry_one(tmp_path: Path) -> None:
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(write_photo(tmp_path / "b.jpg").read_bytes()[:300])
    options = HashOptions(preview_size=64)
    assert hash_photo(broken, options).preview is None
    good = hash_photo(tmp_path / "b.jpg", options)
    assert good.preview is not None
    document = HashSet.from_results([good]).dumps()
    assert "preview" not in document and good.preview.rgb.hex()[:32] not in document
    assert set(json.loads(document)["items"][0]) == {"id", "media", "signals"}
