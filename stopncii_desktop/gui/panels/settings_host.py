"""What the settings page gives its panels: the settings document, saving it, and its result
line."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from stopncii_desktop.settings import Settings


class SettingsHost(Protocol):
    #: The settings as saved (the defaults when the file could not be read).
    settings: Settings

    def save(self, settings: Settings) -> bool:
        """Save at once; False (and the reason said) when not saved."""
        ...

    def say(self, text: Callable[[], str]) -> None:
        """Show the result of a change on the page's result line."""
        ...
