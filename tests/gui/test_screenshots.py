"""scripts/screenshots.py renders every page of the real window into PNG files."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from stopncii_desktop.gui.window import MainWindow
from tests.gui.test_i18n import ROOT

#: Each test that renders drives the whole flow through every page, in three languages.
pytestmark = pytest.mark.slow
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def load_script() -> ModuleType:
    name = "screenshots_script"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / "screenshots.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def shots(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The script run once, as a person would run it, into a fresh folder."""
    out = tmp_path_factory.mktemp("shots")
    assert load_script().main(["--out", str(out), "--also", "km:welcome", "ar:review"]) == 0
    return out


def test_every_page_is_rendered_to_a_png_of_the_window_size(shots: Path) -> None:
    script = load_script()
    out = shots
    pages = [page_type.name for page_type in MainWindow.page_types()]
    expected = {f"en-{name}.png" for name in pages} | {"km-welcome.png", "ar-review.png"}
    assert {p.name for p in out.iterdir()} == expected
    sizes = set()
    for path in out.iterdir():
        data = path.read_bytes()
        assert data.startswith(PNG_MAGIC), path.name
        image = QImage(str(path))
        assert not image.isNull(), path.name
        assert (image.width(), image.height()) == (script.WIDTH, script.HEIGHT), path.name
        # Not a blank picture: a rendered page has text and frames in many shades.
        colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, 200, 3)}
        assert len(colours) > 20, path.name
        sizes.add(len(data))
    assert len(sizes) == len(expected), "two shots are the same file"
    # The app's language is English again afterwards.
    assert QApplication.layoutDirection().name == "LeftToRight"


def test_the_review_is_shot_blurred(shots: Path, tmp_path: Path) -> None:
    """The sample pictures in the review shot are blurred, as a person first sees them."""
    script = load_script()
    shot = QImage(str(shots / "en-review.png"))
    samples = script.write_samples(tmp_path)
    sharp = QImage(str(samples[0])).scaledToWidth(160)

    def edges(image: QImage, width: int, height: int, x0: int = 0, y0: int = 0) -> float:
        total = 0
        for y in range(y0, y0 + height):
            for x in range(x0, x0 + width - 1):
                a, b = image.pixelColor(x, y), image.pixelColor(x + 1, y)
                total += abs(a.red() - b.red()) + abs(a.green() - b.green())
        return total / (width * height)

    # The first thumbnail sits at the top left of the grid (below the heading and the text).
    grid_top = next(
        y for y in range(60, shot.height()) if shot.pixelColor(400, y).lightness() > 250
    )
    blurred_edges = edges(shot, 120, 60, 60, grid_top + 20)
    assert blurred_edges < edges(sharp, 120, 60, 10, 20) / 2


def test_the_shots_are_the_same_from_one_run_to_the_next(
    shots: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """The case token, the clock and the practice bank's address are fixed or left out, so
    that a changed PNG means a changed page (the integrator regenerates them)."""
    again = tmp_path_factory.mktemp("again")
    assert load_script().main(["--out", str(again), "--also", "km:welcome", "ar:review"]) == 0
    changed = [
        path.name
        for path in shots.iterdir()
        if path.read_bytes() != (again / path.name).read_bytes()
    ]
    assert not changed, changed


def test_all_names_every_page_of_a_language(qapp: QApplication) -> None:
    script = load_script()
    assert script.DEFAULT_ALSO == ("km:all", "ar:all")
