"""The pages of the app, one module each, shown one at a time by the main window."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from stopncii_desktop.gui.pages.base import Page


def optional_pages() -> list[type[Page]]:
    """The pages after review; they drive the case and bank core."""
    from stopncii_desktop.gui.pages.importing import ImportPage
    from stopncii_desktop.gui.pages.receipt import ReceiptPage
    from stopncii_desktop.gui.pages.send import SendPage
    from stopncii_desktop.gui.pages.settings import SettingsPage
    from stopncii_desktop.gui.pages.status import StatusPage

    return [SendPage, ReceiptPage, StatusPage, ImportPage, SettingsPage]
