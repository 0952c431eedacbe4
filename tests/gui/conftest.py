"""GUI test setup: the real main window, an isolated home folder, generated photos."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from stopncii_desktop.bank.endpoints import Profile
from stopncii_desktop.bank.reference_server import ReferenceServer
from stopncii_desktop.gui import i18n
from stopncii_desktop.gui.window import MainWindow
from stopncii_desktop.settings import Settings, save_settings
from tests.conftest import point_home_at
from tests.gui.helpers import make_window
from tests.media import write_photo


@pytest.fixture(autouse=True)
def _language_put_back(qapp: QApplication) -> Iterator[None]:
    """A test that switches the language (on the settings page or through i18n) leaves the
    application as it found it: no translation of ours, the same default locale (or Arabic
    digits stay in the next test's English), layout direction and font."""
    locale, direction, font = QLocale(), qapp.layoutDirection(), qapp.font()
    yield
    i18n.remove_translation(qapp)
    QLocale.setDefault(locale)
    qapp.setLayoutDirection(direction)
    qapp.setFont(font)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh HOME and XDG folders that platformdirs (and Qt) will use."""
    return point_home_at(tmp_path / "home", monkeypatch)


@pytest.fixture
def dirs(home: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """The app's config and data folders, named by the app's own overrides."""
    config, data = home / "config", home / "data"
    monkeypatch.setenv("STOPNCII_CONFIG_DIR", str(config))
    monkeypatch.setenv("STOPNCII_DATA_DIR", str(data))
    return config, data


@pytest.fixture
def bank(dirs: tuple[Path, Path]) -> Iterator[ReferenceServer]:
    """A reference server named in the settings as the only bank profile."""
    server = ReferenceServer("127.0.0.1", 0)
    url = server.start()
    save_settings(Settings([Profile("Test NGO", "caseapi", url)], "Test NGO"))
    yield server
    server.stop()


@pytest.fixture
def photos(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "pictures"
    folder.mkdir()
    return [write_photo(folder / f"photo {n}.jpg", 320 + 16 * n, 240, seed=n) for n in range(4)]


@pytest.fixture
def window(qtbot, home: Path) -> Iterator[MainWindow]:
    win = make_window(qtbot)
    yield win
    for page in win.pages.values():
        page.shutdown()
