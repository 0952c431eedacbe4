"""Khmer and Arabic render: real glyphs from the bundled or system fonts, not empty boxes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter, QRawFont, QTextLayout
from PySide6.QtWidgets import QApplication

from stopncii_desktop.gui import i18n
from tests.gui.test_i18n import TS_DIR, read_ts

ROOT = Path(__file__).resolve().parents[2]
FONTS = ROOT / "stopncii_desktop" / "resources" / "fonts"
KHMER_SAMPLE = "ការពាររូបថតរបស់អ្នក"  # "protect your photos", with stacked consonants
ARABIC_SAMPLE = "احمِ صورك"


@pytest.fixture
def app_font(qapp: QApplication) -> Iterator[QFont]:
    before = qapp.font()
    i18n.add_font_fallback(qapp)
    yield QFont(qapp.font())
    qapp.setFont(before)


def glyph_runs(text: str, font: QFont) -> list[tuple[str, list[int]]]:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [(run.rawFont().familyName(), list(run.glyphIndexes())) for run in layout.glyphRuns()]


def _painted(draw: Callable[[QPainter], None]) -> QImage:
    image = QImage(400, 80, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setPen(QColor("black"))
    draw(painter)
    painter.end()
    return image


def _ink(image: QImage) -> int:
    white = QColor("white").rgba()
    return sum(
        1 for y in range(image.height()) for x in range(image.width()) if image.pixel(x, y) != white
    )


def text_image(text: str, font: QFont) -> QImage:
    def draw(painter: QPainter) -> None:
        painter.setFont(font)
        painter.drawText(QPointF(10, 50), text)

    return _painted(draw)


def missing_glyphs_image(text: str, font: QFont) -> QImage:
    """The same glyph positions as ``text``, each drawn as the font's missing glyph (a box)."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = layout.glyphRuns()
    for run in runs:
        run.setGlyphIndexes([0] * len(run.glyphIndexes()))

    def draw(painter: QPainter) -> None:
        for run in runs:
            painter.drawGlyphRun(QPointF(10, 50 - layout.lineAt(0).ascent()), run)

    return _painted(draw)


def ink(text: str, font: QFont) -> int:
    """How many pixels drawing ``text`` darkens on a white image."""
    return _ink(text_image(text, font))


def test_bundled_fonts_have_their_licence() -> None:
    fonts = sorted(p.name for p in FONTS.glob("*.ttf"))
    assert fonts == ["NotoSansKhmer-Bold.ttf", "NotoSansKhmer-Regular.ttf"]
    licence = (FONTS / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE" in licence
    assert "Version 1.1" in licence
    assert "Copyright" in licence.splitlines()[0]
    assert "Noto Sans Khmer" in (FONTS / "README.md").read_text(encoding="utf-8")
    assert sum(p.stat().st_size for p in FONTS.iterdir()) < 1_000_000


def test_khmer_font_registers(qapp: QApplication) -> None:
    families = i18n.load_bundled_fonts()
    assert "Noto Sans Khmer" in families
    assert "Noto Sans Khmer" in QFontDatabase.families(QFontDatabase.WritingSystem.Khmer)


def test_khmer_text_draws_real_glyphs(app_font: QFont) -> None:
    runs = glyph_runs(KHMER_SAMPLE, app_font)
    assert runs
    for family, glyphs in runs:
        assert family == "Noto Sans Khmer"
        assert glyphs
        assert 0 not in glyphs
    drawn = ink(KHMER_SAMPLE, app_font)
    # Boxes would also darken pixels: compare with the font's missing glyph in each place.
    boxes = missing_glyphs_image(KHMER_SAMPLE, app_font)
    assert _ink(boxes) > 0
    assert text_image(KHMER_SAMPLE, app_font) != boxes
    assert drawn != _ink(boxes)


def test_every_khmer_character_of_the_translation_is_in_the_font(qapp: QApplication) -> None:
    raw = QRawFont(str(FONTS / "NotoSansKhmer-Regular.ttf"), 16)
    assert raw.isValid()
    used = {
        ch
        for message in read_ts(TS_DIR / "km.ts")
        for form in message.forms
        for ch in form
        if 0x1780 <= ord(ch) <= 0x17FF or 0x19E0 <= ord(ch) <= 0x19FF
    }
    used |= set(KHMER_SAMPLE)
    absent = [f"U+{ord(ch):04X}" for ch in sorted(used) if not raw.supportsCharacter(ord(ch))]
    assert not absent


def test_arabic_text_draws_real_glyphs(app_font: QFont) -> None:
    runs = glyph_runs(ARABIC_SAMPLE, app_font)
    assert runs
    for _family, glyphs in runs:
        assert glyphs
        assert 0 not in glyphs
    assert ink(ARABIC_SAMPLE, app_font) > 0
