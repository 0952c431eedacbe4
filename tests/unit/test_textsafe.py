"""Hostile file names are shown with their tricks made visible."""

from __future__ import annotations

from stopncii_desktop.textsafe import safe_display


def test_controls_and_bidi_overrides_are_escaped() -> None:
    assert safe_display("evil\u202egpj.exe") == "evil\\u202egpj.exe"
    assert safe_display("a\x1b[2Jb") == "a\\x1b[2Jb"
    assert safe_display("new\nline\ttab") == "new\\x0aline\\x09tab"
    assert safe_display("zero\u200bwidth") == "zero\\u200bwidth"


def test_ordinary_scripts_are_untouched() -> None:
    for name in ("រូបថត.jpg", "صورة.jpg", "фото.jpg", "写真.png", "holiday photo.jpg"):
        assert safe_display(name) == name


def test_long_names_are_shortened() -> None:
    shown = safe_display("a" * 1000)
    assert len(shown) == 300 and shown.endswith("…")
