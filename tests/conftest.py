"""Shared test setup: headless Qt, an empty home for every test, the reference vectors folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Headless Qt for every test, set before anything imports PySide6.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("DISPLAY", None)
os.environ.pop("WAYLAND_DISPLAY", None)

#: The account's own home, as it was when the tests started: no test may read or write in it.
REAL_HOME = Path.home()
#: Folders that platformdirs, Qt and GTK take the user's config, data and cache folders from.
HOME_VARS = (
    "XDG_CONFIG_HOME",
    "XDG_DATA_HOME",
    "XDG_CACHE_HOME",
    "XDG_STATE_HOME",
    "XDG_RUNTIME_DIR",
    "APPDATA",
    "LOCALAPPDATA",
)
#: The app's own overrides of its folders; a test that wants them sets them itself.
APP_DIR_VARS = ("STOPNCII_CONFIG_DIR", "STOPNCII_DATA_DIR", "STOPNCII_CACHE_DIR")


def point_home_at(root: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Make ``root`` the home folder, with every XDG folder inside it (owner-only)."""
    root.mkdir(parents=True, exist_ok=True)
    monkeypatch.setenv("HOME", str(root))
    monkeypatch.setenv("USERPROFILE", str(root))
    for var in HOME_VARS:
        folder = root / var.lower()
        folder.mkdir(mode=0o700, exist_ok=True)
        monkeypatch.setenv(var, str(folder))
    for var in APP_DIR_VARS:
        monkeypatch.delenv(var, raising=False)
    return root


@pytest.fixture(autouse=True)
def _own_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test runs with its own empty home, config, data and cache folders.

    Whatever the account running the tests holds (a language chosen in the app, bank
    profiles, receipts) is never read, and nothing a test does lands in it.
    """
    return point_home_at(tmp_path_factory.mktemp("home"), monkeypatch)


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """``-n auto``: two test workers a core (at most 8). Most tests wait more than they compute
    (on a worker process, a local bank, a subprocess of the app), so a second worker a core
    fills those waits; more only adds start-up and memory."""
    return max(2, min(8, 2 * (os.cpu_count() or 1)))


REPO_ROOT = Path(__file__).resolve().parent.parent
VECTORS = REPO_ROOT.parent / "shared" / "vectors"
VECTORS_REASON = (
    "reference vectors not found in ../shared/vectors/ (beside the repository); CI always has them"
)


@pytest.fixture(scope="session")
def vectors_dir() -> Path:
    if not VECTORS.is_dir():
        pytest.skip(VECTORS_REASON)
    return VECTORS


#: File names people's files really have, and hostile ones.
HOSTILE_NAMES = (
    "holiday photo.jpg",
    "фото_2024.jpg",
    "រូបថត.jpg",
    "صورة.jpg",
    "evil\u202egpj.exe.jpg",
    "tab\there.jpg",
    "new\nline.jpg",
    "bell\x07.jpg",
    "-starts-with-dash.jpg",
    "a" * 200 + ".jpg",
)
