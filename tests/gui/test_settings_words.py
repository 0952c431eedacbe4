"""The bank profile dialog in the words a person uses: each box named plainly with one line
of help under it, the bank name in capitals as it is typed, and each problem said as a
sentence about that box, saying what to do (never the core's words or a profile's name)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFormLayout, QLabel

from stopncii_desktop.gui.settings_profiles import ProfileDialog
from stopncii_desktop.gui.window import MainWindow
from stopncii_desktop.settings import settings_path
from tests.gui.test_settings import open_settings


def open_dialog(window: MainWindow) -> ProfileDialog:
    page = open_settings(window)
    page.banks.add.click()
    dialog = page.banks.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def form_labels(dialog: ProfileDialog) -> list[str]:
    """The labels of the dialog's rows; each moves the focus to its box (its buddy)."""
    form = dialog.findChild(QFormLayout)
    assert form is not None
    labels = []
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        widget = item.widget() if item is not None else None
        if isinstance(widget, QLabel):
            assert widget.buddy() is not None, f"{widget.text()}: Alt+letter reaches no box"
            labels.append(widget.text())
    return labels


def test_each_box_has_a_plain_name_and_one_line_of_help(qtbot, window: MainWindow) -> None:
    dialog = open_dialog(window)
    labels = form_labels(dialog)
    assert "Bank &address:" in labels
    assert "Access ke&y from the organisation:" in labels
    assert "Security &pin (optional):" in labels
    assert dialog.url.accessibleName() == "Bank address"
    assert dialog.token.accessibleName() == "Access key from the organisation"
    assert dialog.pin.accessibleName() == "Security pin (optional)"
    boxes = (dialog.name, dialog.kind, dialog.url, dialog.bank, dialog.token, dialog.pin)
    for box in boxes:
        help_label = dialog.helps[box]
        assert help_label.isVisible(), box.accessibleName()
        text = help_label.text()
        assert text and text == box.accessibleDescription()
        assert text.count(". ") <= 2 and len(text) < 180, text  # one line's worth
        # Under its box.
        assert help_label.geometry().top() >= box.geometry().bottom()
    dialog.cancel.click()


def test_the_bank_name_is_in_capitals_as_it_is_typed(qtbot, window: MainWindow) -> None:
    dialog = open_dialog(window)
    dialog.kind.setCurrentIndex(dialog.kind.findData("hma"))
    dialog.bank.setFocus()
    qtbot.keyClicks(dialog.bank, "ncii_cases")
    assert dialog.bank.text() == "NCII_CASES"
    # Typing in the middle keeps the cursor where it was.
    dialog.bank.setCursorPosition(4)
    qtbot.keyClicks(dialog.bank, "x")
    assert dialog.bank.text() == "NCIIX_CASES"
    assert dialog.bank.cursorPosition() == 5
    dialog.cancel.click()


@pytest.mark.parametrize(
    ("fields", "box", "words"),
    [
        ({"url": ""}, "url", "type the bank address"),
        ({"url": "bank.example.org"}, "url", "bank address is not right"),
        ({"token": "two words"}, "token", "access key"),
        ({"pin": "not-a-pin"}, "pin", "security pin"),
        ({"kind": "hma", "bank": ""}, "bank", "bank name"),
    ],
)
def test_a_problem_is_a_sentence_about_its_box(
    qtbot, window: MainWindow, home: Path, fields: dict[str, str], box: str, words: str
) -> None:
    dialog = open_dialog(window)
    typed = {"name": "My helpline", "kind": "caseapi", "url": "https://bank.example.org"}
    typed.update(fields)
    dialog.name.setText(typed["name"])
    dialog.kind.setCurrentIndex(dialog.kind.findData(typed["kind"]))
    dialog.url.setText(typed["url"])
    dialog.bank.setText(typed.get("bank", ""))
    dialog.token.setText(typed.get("token", ""))
    dialog.pin.setText(typed.get("pin", ""))
    dialog.ok.click()
    assert dialog.isVisible(), "the dialog stays open to fix the mistake"
    text = dialog.error.text()
    assert words in text.lower(), text
    # A sentence (or two) saying what to do, not the core's words.
    assert text[0].isupper() and text.rstrip().endswith((".", "https://", "bank.example.org"))
    assert "Please" in text or "Give" in text or "Tick" in text, text
    assert "profile" not in text and "My helpline" not in text and "two words" not in text
    assert getattr(dialog, box).hasFocus() or not dialog.isActiveWindow()
    assert dialog.error.accessibleDescription() == text
    assert not settings_path().exists()
    dialog.cancel.click()
