"""Between the settings file (stopncii_desktop/settings.py) and the app's choices in memory.

The settings core validates and writes the file atomically; this module reads it into the
window's :class:`Preferences`, applies the saved language at start, and reads a profile file an
NGO hands out. An unreadable settings file never stops the app: it starts with the defaults and
the settings page says what is wrong.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from stopncii_desktop.bank.endpoints import Profile
from stopncii_desktop.case.regular_files import read_regular_file
from stopncii_desktop.gui import i18n
from stopncii_desktop.gui.context import AppContext, Preferences
from stopncii_desktop.gui.log_window import log
from stopncii_desktop.settings import (
    Settings,
    SettingsError,
    load_settings,
    parse_settings,
    save_settings,
)

#: A profile file larger than this is not a profile file.
MAX_PROFILE_FILE_BYTES = 256 * 1024


def load() -> tuple[Settings, str | None]:
    """The saved settings and None, or the defaults and the plain reason the file was refused."""
    try:
        return load_settings(), None
    except SettingsError as exc:
        log("settings file refused")
        return Settings(), str(exc)


def apply(prefs: Preferences, settings: Settings) -> None:
    """Copy the saved choices into the app's preferences in memory."""
    saved = settings.preferences
    prefs.caseworker = saved.caseworker_mode
    prefs.dihedral = saved.dihedral
    prefs.save_receipts = saved.save_receipts
    prefs.language = saved.language or ""
    prefs.profile = settings.default_profile


def with_preferences(settings: Settings, prefs: Preferences) -> Settings:
    """``settings`` with the preferences the app holds in memory."""
    saved = replace(
        settings.preferences,
        caseworker_mode=prefs.caseworker,
        dihedral=prefs.dihedral,
        save_receipts=prefs.save_receipts,
        language=prefs.language or None,
    )
    default = prefs.profile if any(p.name == prefs.profile for p in settings.profiles) else None
    return Settings(list(settings.profiles), default, saved)


def save(settings: Settings) -> None:
    """Validate and write atomically (owner-only); :class:`SettingsError` if not valid."""
    try:
        save_settings(settings)
    except OSError as exc:
        raise SettingsError(
            QCoreApplication.translate(
                "SettingsStore", "The settings could not be saved (%1)."
            ).replace("%1", exc.strerror or type(exc).__name__)
        ) from None
    log("settings saved")


def startup_context() -> AppContext:
    """The app's context with the saved choices, and the saved language installed."""
    settings, _error = load()
    ctx = AppContext()
    apply(ctx.prefs, settings)
    app = QApplication.instance()
    if ctx.prefs.language and isinstance(app, QApplication):
        switch_language(app, ctx.prefs.language)
    return ctx


def switch_language(app: QApplication, code: str) -> str:
    """Install ``code`` ("" follows the system); returns the language now in use."""
    try:
        translator = i18n.install_translation(app, code or None)
    except OSError:
        log("translation could not be loaded")
        translator = i18n.install_translation(app, i18n.SOURCE_LANGUAGE)
    return i18n.current_language(translator)


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
                "SettingsStore", "The file could not be opened (%1)."
            ).replace("%1", exc.strerror or type(exc).__name__)
        ) from None
    if len(data) > MAX_PROFILE_FILE_BYTES:
        raise SettingsError(
            QCoreApplication.translate("SettingsStore", "This file is too large to be a profile.")
        )
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise SettingsError(
            QCoreApplication.translate(
                "SettingsStore", "This is not a bank profile file (it is not JSON text)."
            )
        ) from None
    if isinstance(doc, dict) and "profiles" not in doc and "name" in doc:
        doc = {"profiles": [doc]}
    if isinstance(doc, dict):
        doc.pop("preferences", None)
    parsed = parse_settings(json.dumps(doc))
    if not parsed.profiles:
        raise SettingsError(
            QCoreApplication.translate("SettingsStore", "This file holds no bank profile.")
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
