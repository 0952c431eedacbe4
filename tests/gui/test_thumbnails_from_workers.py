"""The app never decodes a picture itself: thumbnails come from the hashing workers.

A hostile picture can take gigabytes to decode; in the workers that is bounded by the
memory budget and fails alone, in the app's own process it would not be.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from stopncii_desktop.gui.window import MainWindow
from tests.gui.helpers import choose_and_hash, make_window


@pytest.fixture
def worker_window(qtbot, home: Path):
    win = make_window(qtbot, workers=1)
    yield win
    for page in win.pages.values():
        page.shutdown()


def test_thumbnails_arrive_without_the_app_opening_a_picture(
    qtbot, worker_window: MainWindow, photos: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[object] = []
    real_open = Image.open

    def spy(fp: object, *args: object, **kwargs: object) -> Image.Image:
        opened.append(fp)
        return real_open(fp, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Image, "open", spy)
    choose_and_hash(qtbot, worker_window, photos)
    session = worker_window.ctx.session
    qtbot.waitUntil(lambda: len(session.thumbnails) == len(photos), timeout=30_000)
    assert all(not image.isNull() for image in session.thumbnails.values())
    assert all(max(i.width(), i.height()) == 160 for i in session.thumbnails.values())
    assert opened == [], "the app decoded a picture in its own process"
    assert all(r.preview is None for r in session.results.values()), "kept twice"
