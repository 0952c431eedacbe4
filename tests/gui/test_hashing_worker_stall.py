"""The hashing page when a worker process stops answering: it never sits at "working" for ever.

The real window hashes with real worker processes; the test stops (SIGSTOP) the one
reading a video, as a native decoder stuck without progress would look. The stall
timeout is shortened so that the test takes seconds, not minutes.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from stopncii_desktop.gui.pages.choose import ChoosePage
from stopncii_desktop.gui.pages.hashing import HashingPage
from stopncii_desktop.gui.pages.welcome import WelcomePage
from stopncii_desktop.gui.window import MainWindow
from stopncii_desktop.hashing import batch
from stopncii_desktop.hashing.errors import ErrorCode
from tests.gui.helpers import add_and_wait, make_window, wait_for_page
from tests.media import write_photo
from tests.processes import descendants, no_worker_left, wait_for_holder
from tests.unit.test_video_clips import long_clip

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGSTOP"), reason="POSIX signals"),
    pytest.mark.usefixtures("no_worker_left"),
]
__all__ = ["no_worker_left"]

#: Generous: a healthy file in a busy test run never goes this long without a word.
STALL = 10.0
#: Far longer than the stall: a page still working after this is stuck.
STUCK_MS = 180_000


@pytest.fixture
def worker_window(qtbot, home: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setattr(batch, "STALL_SECONDS", STALL)
    win = make_window(qtbot, workers=1)
    yield win
    for page in win.pages.values():
        page.shutdown()


@pytest.fixture
def video_and_photos(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "pictures"
    folder.mkdir()
    video = folder / "video.mp4"
    long_clip(video)
    return [video, *(write_photo(folder / f"photo {n}.jpg", 320, 240, seed=n) for n in range(3))]


def _start(qtbot, window: MainWindow, paths: list[Path]) -> HashingPage:
    window.page(WelcomePage).start.click()
    choose = window.page(ChoosePage)
    add_and_wait(qtbot, choose, paths)
    choose.next.click()
    hashing = window.page(HashingPage)
    assert window.current_page is hashing and hashing.running
    return hashing


def test_a_stopped_worker_fails_its_file_and_the_page_moves_on(
    qtbot, worker_window: MainWindow, video_and_photos: list[Path]
) -> None:
    _start(qtbot, worker_window, video_and_photos)
    stopped = wait_for_holder(video_and_photos[0])
    os.kill(stopped, signal.SIGSTOP)
    wait_for_page(qtbot, worker_window, "review", timeout=STUCK_MS)
    results = worker_window.ctx.session.results
    assert sorted(results) == [0, 1, 2, 3]
    video = results[0]
    assert video.error is not None and video.error.code is ErrorCode.TIMEOUT
    assert all(results[i].ok for i in (1, 2, 3)), "the fresh worker hashed the rest"
    assert stopped not in descendants(), "the stopped worker was ended"


def test_stop_while_a_worker_is_stopped(
    qtbot, worker_window: MainWindow, video_and_photos: list[Path]
) -> None:
    hashing = _start(qtbot, worker_window, video_and_photos)
    stopped = wait_for_holder(video_and_photos[0])
    os.kill(stopped, signal.SIGSTOP)
    hashing.cancel.click()

    def finished() -> None:
        assert not hashing.running, "still working"

    qtbot.waitUntil(finished, timeout=STUCK_MS)
    assert worker_window.current_page is hashing
    results = worker_window.ctx.session.results
    assert sorted(results) == [0, 1, 2, 3]
    video = results[0]
    assert video.error is not None and video.error.code is ErrorCode.CANCELLED
    assert hashing.back.isEnabled()
    assert stopped not in descendants(), "the stopped worker was ended"
