"""Texts shown from what happened (a result, a count, a problem), kept as how to make them.

A page shows such a text through :meth:`LiveTexts.show` with a function that makes it;
after a language change :meth:`LiveTexts.retranslate` makes each one again, in the new
language, and a wipe clears them all (with what they were made from).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel

from stopncii_desktop.gui.a11y import show_text


class LiveTexts:
    """The texts a page (and its panels) show in labels, each with the function making it."""

    def __init__(self) -> None:
        self._makers: dict[QLabel, Callable[[], str]] = {}

    def show(self, label: QLabel, make: Callable[[], str]) -> None:
        """Show ``make()`` in ``label`` now, and again after each language change."""
        self._makers[label] = make
        show_text(label, make())

    def clear(self, *labels: QLabel) -> None:
        """Empty ``labels`` (every label shown through here when none is named)."""
        for label in labels or list(self._makers):
            self._makers.pop(label, None)
            show_text(label, "")

    def retranslate(self) -> None:
        for label, make in list(self._makers.items()):
            show_text(label, make())
