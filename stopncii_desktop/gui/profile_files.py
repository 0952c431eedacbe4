"""Profile files an NGO hands out: read, checked completely, and merged into the settings.

The file is read with a size limit and without blocking on a pipe; every profile in it
is validated by the settings core before any is used, and the person's own choices
(preferences, the bank used for sending) are never taken from it.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from stopncii_desktop.bank.endpoints import Profile
from stopncii_desktop.case.regular_files import read_regular_file
from stopncii_desktop.gui.texts import os_error_text
from stopncii_desktop.settings import Settings, SettingsError, parse_settings

#: A profile file larger than this is not a profile file.
MAX_PROFILE_FILE_BYTES = 256 * 1024


def read_profile_file(path: Path) -> Settings:
    """The profiles in a file an NGO hands out, all validated.

    The file is either a settings document (``{"profiles": [...], "default_profile": ...}``)
    or one profile object. Preferences in it are ignored: an NGO's file sets up a bank, not
    the person's own choices.
    """
    try:
        data = read_regular_file(path, MAX_PROFILE_FILE_BYTES)
    except OSError as exc:
        raise SettingsError(
            QCoreApplication.translate(
                "ProfileFiles", "The file could not be opened (%1)."
            ).replace("%1", os_error_text(exc))
        ) from None
    if len(data) > MAX_PROFILE_FILE_BYTES:
        raise SettingsError(
            QCoreApplication.translate("ProfileFiles", "This file is too large to be a profile.")
        )
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise SettingsError(
            QCoreApplication.translate(
                "ProfileFiles", "This is not a bank profile file (it is not JSON text)."
            )
        ) from None
    if isinstance(doc, dict) and "profiles" not in doc and "name" in doc:
        doc = {"profiles": [doc]}
    if isinstance(doc, dict):
        doc.pop("preferences", None)
    parsed = parse_settings(json.dumps(doc))
    if not parsed.profiles:
        raise SettingsError(
            QCoreApplication.translate("ProfileFiles", "This file holds no bank profile.")
        )
    return parsed


def merge_profiles(settings: Settings, incoming: Settings) -> tuple[Settings, list[Profile]]:
    """``settings`` with the profiles of ``incoming`` added (same name: replaced)."""
    merged = settings
    for profile in incoming.profiles:
        merged = merged.with_profile(profile)
    if merged.default_profile is None:
        default = incoming.default_profile
        if default is None and len(merged.profiles) == 1:
            default = merged.profiles[0].name
        merged = Settings(merged.profiles, default, merged.preferences)
    return merged, list(incoming.profiles)
