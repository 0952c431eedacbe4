"""Giving every control an accessible name and description in one call."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

W = TypeVar("W", bound=QWidget)


def described(widget: W, name: str, description: str) -> W:
    """Set the accessible name and description of ``widget``, and its tooltip (unless it
    has one of its own). Called again after a language change, it sets them all again."""
    if not widget.toolTip() or widget.toolTip() == widget.accessibleDescription():
        widget.setToolTip(description)
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)
    return widget


def button_texts(button: QAbstractButton, text: str, description: str) -> None:
    """A button's text (with its ``&`` accelerator), and its name and description."""
    button.setText(text)
    described(button, text.replace("&", ""), description)


def show_text(label: QLabel, text: str) -> None:
    """Show ``text`` in ``label`` and give it to screen readers as the label's description."""
    label.setText(text)
    label.setAccessibleDescription(text)
