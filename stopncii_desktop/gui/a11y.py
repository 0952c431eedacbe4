"""Giving every control an accessible name and description in one call."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QLabel, QWidget

W = TypeVar("W", bound=QWidget)


def described(widget: W, name: str, description: str) -> W:
    """Set the accessible name and description (and the tooltip) of ``widget``."""
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)
    if not widget.toolTip():
        widget.setToolTip(description)
    return widget


def show_text(label: QLabel, text: str) -> None:
    """Show ``text`` in ``label`` and give it to screen readers as the label's description."""
    label.setText(text)
    label.setAccessibleDescription(text)
