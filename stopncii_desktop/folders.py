"""The app's folders on this computer: settings in the config folder; receipts and the
outbox in the data folder.

``STOPNCII_CONFIG_DIR`` and ``STOPNCII_DATA_DIR`` override them (for tests and portable
installs). This module imports nothing of the package, so every layer may use it.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "stopncii-desktop"


def config_dir() -> Path:
    """Where the settings file lives (``STOPNCII_CONFIG_DIR`` overrides it)."""
    override = os.environ.get("STOPNCII_CONFIG_DIR")
    return Path(override) if override else platformdirs.user_config_path(APP_NAME, appauthor=False)


def data_dir() -> Path:
    """Where receipts and the outbox live (``STOPNCII_DATA_DIR`` overrides it)."""
    override = os.environ.get("STOPNCII_DATA_DIR")
    return Path(override) if override else platformdirs.user_data_path(APP_NAME, appauthor=False)
