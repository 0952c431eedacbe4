"""Shared test setup: headless Qt, the reference vectors folder, generated media."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Headless Qt for every test, set before anything imports PySide6.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("DISPLAY", None)
os.environ.pop("WAYLAND_DISPLAY", None)

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
