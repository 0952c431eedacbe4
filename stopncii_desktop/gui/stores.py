"""What the app keeps on this computer, and where: given to the pages through the context.

The app uses its usual folders (``folders.py``). A test, the screenshots script or a
portable install hands the context other ones (:meth:`Stores.in_folders`), as Dangerzone
hands its core an isolation provider: nothing reads environment variables to find them.
The caseworker's outbox lives in the session instead (``AppContext.outbox``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from stopncii_desktop.bank.outbox import Outbox, outbox_dir
from stopncii_desktop.bank.receipts import receipts_dir
from stopncii_desktop.gui.log_window import log
from stopncii_desktop.gui.texts import os_error_text
from stopncii_desktop.settings import (
    SETTINGS_FILE,
    Settings,
    SettingsError,
    load_settings,
    save_settings,
)


class SettingsStore:
    """The settings file: read (the defaults when it cannot be), validated and written
    atomically by the settings core. An unreadable file never stops the app."""

    def __init__(self, path: Path | None = None) -> None:
        #: None: ``settings.json`` in the config folder.
        self.path = path

    def load(self) -> tuple[Settings, str | None]:
        """The saved settings and None, or the defaults and the plain reason the file was
        refused (the settings page shows it)."""
        try:
            return load_settings(self.path), None
        except SettingsError as exc:
            log(
                QCoreApplication.translate(
                    "Log", "The saved settings could not be read, so the defaults are used."
                )
            )
            return Settings(), str(exc)

    def current(self) -> Settings:
        """The saved settings, or the defaults when the file cannot be used."""
        return self.load()[0]

    def save(self, settings: Settings) -> None:
        """Validate and write atomically (owner-only); :class:`SettingsError` if not valid
        or not written."""
        try:
            save_settings(settings, self.path)
        except OSError as exc:
            raise SettingsError(
                QCoreApplication.translate(
                    "SettingsStore", "The settings could not be saved (%1)."
                ).replace("%1", os_error_text(exc))
            ) from None
        log(QCoreApplication.translate("Log", "The settings were saved."))


@dataclass(frozen=True, slots=True)
class Stores:
    """The settings file, the outbox's folder and the receipts' folder (None: the usual)."""

    settings: SettingsStore = field(default_factory=SettingsStore)
    outbox_folder: Path | None = None
    receipts_folder: Path | None = None

    @classmethod
    def in_folders(cls, config: Path, data: Path) -> Stores:
        """Everything in ``config`` and ``data``, laid out as in the usual folders."""
        return cls(SettingsStore(config / SETTINGS_FILE), outbox_dir(data), receipts_dir(data))

    def disk_outbox(self) -> Outbox:
        return Outbox(self.outbox_folder)
