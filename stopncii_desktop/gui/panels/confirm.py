"""A question asked inside the page rather than in a dialog: its text, Yes, No, and more.

The send panel asks "Send now?" with it, and the status page "Withdraw?". The owner
sets the buttons' words (they say what each answer does) and connects them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from stopncii_desktop.gui.panels.base import Kit, Panel
from stopncii_desktop.gui.widgets import message_label, push_button


class ConfirmBar(Panel):
    """Hidden until :meth:`ask`; ``yes``, ``no`` and ``more`` buttons, in that order."""

    def __init__(self, kit: Kit, parent: QWidget, more: int = 0) -> None:
        super().__init__(kit, parent)
        frame = self.framed()
        layout = QVBoxLayout(frame)
        self.text: QLabel = message_label(frame, grow=True)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        self.yes = push_button(frame)
        self.no = push_button(frame)
        self.more: list[QPushButton] = [push_button(frame) for _ in range(more)]
        for button in (self.yes, self.no, *self.more):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.hide()

    def set_texts(self) -> None:
        self.text.setAccessibleName(self.tr("Please confirm"))

    def ask(self, question: Callable[[], str]) -> None:
        """Show the question (made again after a language change) and focus Yes."""
        self.live.show(self.text, question)
        self.show()
        self.yes.setFocus()

    def wiped(self) -> None:
        self.hide()
