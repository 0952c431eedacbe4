"""The widgets pages and panels make the same way: buttons, message lines, a busy bar.

They are made without words; each page and panel sets its texts in ``set_texts``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QSizePolicy, QWidget


def push_button(parent: QWidget) -> QPushButton:
    button = QPushButton(parent)
    button.setAutoDefault(True)  # Enter presses a focused button, as in dialogs
    return button


def message_label(parent: QWidget, *, grow: bool = False) -> QLabel:
    """A label for plain, wrapped sentences. ``grow``: in a group box, a wrapped label
    otherwise keeps the height of its first line."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if grow:
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.MinimumExpanding)
    return label


def busy_bar(parent: QWidget) -> QProgressBar:
    """A bar that moves while the app waits for something it cannot measure (hidden)."""
    bar = QProgressBar(parent)
    bar.setRange(0, 0)
    bar.hide()
    return bar
