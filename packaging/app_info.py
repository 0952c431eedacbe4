"""The app's names and description in installers and desktop menus (one place for all of them).

A caseworker's screen is seen by others: the menu entry says what the app does in
neutral words.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: The command, the executable, the install folder and the Debian package.
NAME = "stopncii-desktop"
DISPLAY_NAME = "StopNCII Desktop"
#: AppStream component id (reverse DNS); the desktop file keeps the command's name, which is
#: what X11 (WM_CLASS) and Wayland (app id) report for the window.
APP_ID = "org.stopncii_desktop.StopNCIIDesktop"
SUMMARY = "Make fingerprints of photos and videos on this computer"
DESCRIPTION = (
    "Makes fingerprints (hashes) of the photos and videos you choose, on this computer, "
    "and sends only the fingerprints to a hash bank when you ask, so that platforms taking "
    "part can block matching uploads. The pictures never leave the computer. It works "
    "offline too: save the fingerprints to a file and send them later from another computer."
)
LICENSE = "BSD-3-Clause"


def version() -> str:
    """The app's version, read from the source (no import: the build may run another Python)."""
    text = (ROOT / "stopncii_desktop" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"$', text, re.MULTILINE)
    if found is None:
        raise SystemExit("no __version__ in stopncii_desktop/__init__.py")
    return found.group(1)
