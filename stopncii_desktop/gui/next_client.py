"""Asking before "Next client" forgets a client, and what to do with fingerprints not yet sent.

A slip must not throw away a client's work, so Next client asks once. When a
submission of this client still waits for the bank, the question is what to do
with it: send it now, save it to a file for the client, or discard it. It is
never handed to the next client. The question does not block (gui/over_window.py),
so quick exit works while it shows; Escape or Cancel change nothing.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from stopncii_desktop.gui.a11y import described


class Choice(Enum):
    """FORGET this client (and anything unsent) and start again; SEND the waiting
    submission now (the client stays until it is done); SAVE it to a file first."""

    FORGET = "forget"
    SEND = "send"
    SAVE = "save"


class NextClientQuestion(QMessageBox):
    """The question, with a button per choice; ``chosen`` says which (nothing on Cancel)."""

    chosen = Signal(object)  # Choice

    def __init__(self, unsent: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Next client"))
        self._choices: dict[QAbstractButton, Choice] = {}
        if unsent:
            self.setText(
                self.tr(
                    "This client\u2019s fingerprints have not reached the bank yet. What should "
                    "happen to them before the next client?"
                )
            )
            self._add(
                self.tr("&Send them now"),
                self.tr("Goes to the sending page and sends them; then press Next client again."),
                Choice.SEND,
            )
            self._add(
                self.tr("Save them to a &file…"),
                self.tr("Goes to the page where they can be saved to a file for the client."),
                Choice.SAVE,
            )
            self._add(
                self.tr("&Discard them and start again"),
                self.tr("Nothing is sent. Everything about this client is forgotten."),
                Choice.FORGET,
            )
        else:
            self.setText(
                self.tr(
                    "Start again for the next client? Everything about this client is "
                    "forgotten: their files, fingerprints and case token. This cannot be undone."
                )
            )
            self._add(
                self.tr("&Forget and start again"),
                self.tr("Forgets everything about this client and goes back to the start."),
                Choice.FORGET,
            )
        cancel = self.addButton(QMessageBox.StandardButton.Cancel)
        described(cancel, cancel.text().replace("&", ""), self.tr("Changes nothing."))
        # A slip of Enter or Escape keeps everything as it is.
        self.setDefaultButton(cancel)
        self.setEscapeButton(cancel)
        described(self, self.windowTitle(), self.text())
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.buttonClicked.connect(self._clicked)

    def _add(self, text: str, description: str, choice: Choice) -> None:
        button = self.addButton(text, QMessageBox.ButtonRole.AcceptRole)
        described(button, text.replace("&", ""), description)
        self._choices[button] = choice

    def _clicked(self, button: QAbstractButton) -> None:
        choice = self._choices.get(button)
        if choice is not None:
            self.chosen.emit(choice)

    def button_for(self, choice: Choice) -> QAbstractButton:
        """The button of ``choice`` (for tests and for keyboard focus)."""
        return next(b for b, c in self._choices.items() if c is choice)
