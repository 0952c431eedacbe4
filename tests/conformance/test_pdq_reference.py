"""PDQ against Meta's C++ reference: every row of ../shared/vectors/pdq/reference.csv."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from stopncii_desktop.hashing import _pdq
from stopncii_desktop.hashing.options import HashOptions
from stopncii_desktop.hashing.photo import hash_photo
from stopncii_desktop.hashing.results import Signal
from tests.conftest import VECTORS
from tests.pdq_backends import require_backend

CSV = VECTORS / "pdq" / "reference.csv"


def _rows() -> list[dict[str, str]]:
    if not CSV.is_file():
        return []
    with CSV.open(newline="") as f:
        return list(csv.DictReader(f))


ROWS = _rows()


def _distance(a: str, b: str) -> int:
    return (int(a, 16) ^ int(b, 16)).bit_count()


@pytest.fixture(params=ROWS or [{}], ids=[r["file"] for r in ROWS] or ["absent"])
def row(request: pytest.FixtureRequest, vectors_dir: Path) -> dict[str, str]:
    if not request.param:
        pytest.fail("reference.csv has no rows")
    return dict(request.param)


@pytest.fixture(params=_pdq.BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """Every PDQ implementation: kernels compiled ahead of time, by numba, and plain numpy."""
    return require_backend(str(request.param))


def test_reference_has_rows(vectors_dir: Path) -> None:
    assert len(ROWS) >= 50


def test_pdq_and_dihedral_bit_exact(row: dict[str, str], backend: str, vectors_dir: Path) -> None:
    image = Image.open(vectors_dir / "pdq" / "images" / row["file"])
    assert (image.width, image.height, image.mode) == (
        int(row["width"]),
        int(row["height"]),
        row["pil_mode"],
    )
    rgb = np.asarray(image.convert("RGB"))
    main, dihedral = _pdq.pdq_from_rgb(rgb, dihedral=True, backend=backend)
    assert _distance(main.hash_hex, row["pdq"]) == 0
    assert main.quality == int(row["quality"])
    for name in _pdq.DIHEDRAL_NAMES:
        assert dihedral[name] == row[name], name


def test_photo_pipeline_matches_reference(
    row: dict[str, str], backend: str, vectors_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The full photo path (decoding, zero-copy pixels, variants) gives the reference's hashes."""
    monkeypatch.setattr(_pdq, "default_backend", lambda: backend)
    result = hash_photo(vectors_dir / "pdq" / "images" / row["file"], HashOptions(dihedral=True))
    assert result.ok, result.error
    pdqs = {s.variant: s for s in result.signals if isinstance(s, Signal) and s.type == "pdq"}
    assert pdqs["original"].value == row["pdq"]
    assert pdqs["original"].quality == int(row["quality"])
    for name in _pdq.DIHEDRAL_NAMES:
        assert pdqs[name].value == row[name]
    orientation = int(row["exif_orientation"] or 0)
    if orientation > 1:
        assert pdqs["exif-upright"].value == row["exif_upright_pdq"]
    else:
        assert "exif-upright" not in pdqs
        assert row["exif_upright_pdq"] == row["pdq"]


def test_robust_keeps_the_reference_hashes_bit_exact(
    row: dict[str, str], vectors_dir: Path
) -> None:
    """``hash --robust`` adds edited variants; original, exif-upright and dihedral stay exact."""
    result = hash_photo(vectors_dir / "pdq" / "images" / row["file"], HashOptions(robust=True))
    assert result.ok, result.error
    pdqs = {s.variant: s for s in result.signals if isinstance(s, Signal) and s.type == "pdq"}
    assert pdqs["original"].value == row["pdq"]
    for name in _pdq.DIHEDRAL_NAMES:
        assert pdqs[name].value == row[name]
    if int(row["exif_orientation"] or 0) > 1:
        assert pdqs["exif-upright"].value == row["exif_upright_pdq"]


def test_reference_covers_rotated_photos(vectors_dir: Path) -> None:
    orientations = {int(r["exif_orientation"]) for r in ROWS if r["exif_orientation"]}
    assert {3, 6, 8} <= orientations
