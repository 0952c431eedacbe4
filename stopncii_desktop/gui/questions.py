"""A yes-or-no question over the window, whose default answer, No, changes nothing."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from stopncii_desktop.gui.a11y import described


def yes_or_no(parent: QWidget, title: str, text: str, yes: str, no: str) -> QMessageBox:
    """The question, not yet shown (``open_over`` shows it without blocking); ``yes`` and
    ``no`` say what each answer does."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)
    described(box, title, text)
    for which, description in (
        (QMessageBox.StandardButton.Yes, yes),
        (QMessageBox.StandardButton.No, no),
    ):
        button = box.button(which)
        described(button, button.text().replace("&", ""), description)
    return box
