"""Paths the person chooses never block the window, and quick exit works whatever happens.

A FIFO typed in the path box used to freeze the window (opening a pipe waits for a writer),
and quick exit then never ran. A path inside a folder the person may not open used to raise
in the window and print a traceback with the whole path. Each test drives the real window.
"""

from __future__ import annotations

import ctypes
import json
import os
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from stopncii_desktop.bank.reference_server import Fault, ReferenceServer
from stopncii_desktop.case.token import new_token
from stopncii_desktop.gui.app import report_without_details
from stopncii_desktop.gui.log_window import log_lines
from stopncii_desktop.gui.pages.choose import ChoosePage
from stopncii_desktop.gui.pages.status import StatusPage
from stopncii_desktop.gui.pages.welcome import WelcomePage
from stopncii_desktop.gui.window import MainWindow
from stopncii_desktop.hashing.errors import ErrorCode
from tests.conftest import REPO_ROOT
from tests.gui.helpers import wait_for_page, wait_scanned
from tests.media import write_photo

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs (POSIX)")

PR_CAPBSET_DROP, CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH = 24, 1, 2
#: If the window is still stuck opening a pipe after this long, the test frees it and fails.
RESCUE_SECONDS = 20


class Rescue:
    """Frees a thread stuck opening ``fifo`` for reading (by opening its other end), late.

    A test that froze the window would otherwise hang the whole run; this way it fails."""

    def __init__(self, fifo: Path) -> None:
        self.fifo = fifo
        self.needed = False
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._done.wait(RESCUE_SECONDS):
            try:
                fd = os.open(self.fifo, os.O_WRONLY | os.O_NONBLOCK)
            except OSError:
                continue  # nobody is opening it right now
            self.needed = True
            os.close(fd)

    def stop(self) -> None:
        self._done.set()
        self._thread.join()


@pytest.fixture
def fifo(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "a pipe"
    os.mkfifo(path)
    rescue = Rescue(path)
    yield path
    rescue.stop()
    assert not rescue.needed, "the window was stuck opening the pipe"


def type_path(qtbot, window: MainWindow, path: Path) -> ChoosePage:
    if window.current_page.name != "choose":
        window.page(WelcomePage).start.click()
    choose = window.page(ChoosePage)
    choose.path_edit.setText(str(path))
    qtbot.keyClick(choose.path_edit, Qt.Key.Key_Return)
    return choose


def test_a_pipe_typed_as_a_path_is_listed_as_not_a_file(
    qtbot, window: MainWindow, fifo: Path
) -> None:
    choose = type_path(qtbot, window, fifo)
    named_like_a_photo = fifo.with_name("pipe.jpg")
    os.mkfifo(named_like_a_photo)
    choose.add_paths([named_like_a_photo])
    wait_scanned(qtbot, choose)
    session = window.ctx.session
    assert session.files == []
    assert [p for p, _ in session.unsupported] == [fifo, named_like_a_photo]
    assert all("not a file" in reason for _, reason in session.unsupported)
    assert not choose.next.isEnabled()
    assert choose.path_edit.text() == ""


def test_quick_exit_works_while_a_pipe_is_being_opened(
    qtbot, window: MainWindow, fifo: Path
) -> None:
    type_path(qtbot, window, fifo)
    window.quick_exit_button.click()
    assert window.quick.triggered  # type: ignore[attr-defined]
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == []
    assert window.ctx.session.is_empty


@pytest.mark.slow
def test_quick_exit_does_not_wait_for_a_bank_that_is_slow_to_answer(
    qtbot, window: MainWindow, bank: ReferenceServer
) -> None:
    slow = Fault("delay", seconds=8)
    bank.inject(slow)
    window.page(WelcomePage).status.click()
    wait_for_page(qtbot, window, "status")
    status = window.page(StatusPage)
    status.case.token_edit.setText(new_token().value)
    status.check.click()
    job = status.job
    assert job is not None
    assert slow.reached.wait(30)
    window.quick_exit_button.click()
    # Gone at once, while the bank has not answered yet.
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == []
    assert job.isRunning(), "quick exit waited for the bank"
    qtbot.waitUntil(lambda: not job.isRunning(), timeout=60_000)


def test_a_path_that_cannot_be_looked_at_is_one_unreadable_file(
    qtbot, window: MainWindow, tmp_path: Path, photos: list[Path], capfd
) -> None:
    """A name too long for the system fails to be looked at, even for root."""
    too_long = tmp_path / ("x" * 300) / "maria_lopez_nude_1.jpg"
    choose = type_path(qtbot, window, too_long)
    wait_scanned(qtbot, choose)
    choose.add_paths([photos[0]])
    wait_scanned(qtbot, choose)
    assert window.ctx.session.files == [too_long, photos[0]]
    choose.next.click()
    wait_for_page(qtbot, window, "review")
    results = window.ctx.session.results
    assert results[0].error is not None and results[0].error.code == ErrorCode.UNREADABLE
    assert results[1].ok
    out, err = capfd.readouterr()
    assert "maria_lopez" not in out + err and "Traceback" not in err
    assert not any("maria_lopez" in line or "xxxx" in line for line in log_lines())


def _without_root_overrides() -> None:  # pragma: no cover - runs in the child
    """Root, minus the right to open what its permissions forbid (dropped before exec)."""
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH):
        if libc.prctl(PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl")


def test_a_path_in_a_folder_the_person_may_not_open(tmp_path: Path) -> None:
    """In a process of its own, which may not open the folder even when the tests run as root."""
    if os.geteuid() == 0 and sys.platform != "linux":
        pytest.skip("root may open any folder; dropping that right is done the Linux way")
    locked = tmp_path / "Maria Lopez private"
    locked.mkdir()
    write_photo(locked / "maria_lopez_nude_1.jpg", seed=3)
    closed = tmp_path / "Closed album"
    closed.mkdir()
    write_photo(closed / "maria_lopez_nude_2.jpg", seed=5)
    ok = write_photo(tmp_path / "fine.jpg", seed=4)
    home = tmp_path / "home"
    home.mkdir(mode=0o700)
    locked.chmod(0)
    closed.chmod(0)
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(home),
        "XDG_RUNTIME_DIR": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "PYTHONPATH": str(REPO_ROOT),
    }
    try:
        child = subprocess.run(
            [
                sys.executable,
                "-m",
                "tests.gui.drive_typed_paths",
                str(locked / "maria_lopez_nude_1.jpg"),
                str(closed),
                str(ok),
            ],
            cwd=REPO_ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            preexec_fn=_without_root_overrides if os.geteuid() == 0 else None,
            check=False,
        )
    finally:
        locked.chmod(stat.S_IRWXU)
        closed.chmod(stat.S_IRWXU)
    assert child.returncode == 0, child.stderr
    report = json.loads(child.stdout.strip().splitlines()[-1])
    assert report["results"] == ["unreadable", "ok"], report
    assert report["skipped"] == [
        "This folder could not be opened. You may not have permission to read it."
    ], report
    assert "Traceback" not in child.stderr, child.stderr
    for secret in ("Maria Lopez", "maria_lopez", str(tmp_path)):
        assert secret not in child.stderr, child.stderr


def test_an_uncaught_error_is_reported_without_its_message(capsys) -> None:
    try:
        raise PermissionError(13, "Permission denied", "/home/maria/Maria Lopez private/x.jpg")
    except PermissionError as exc:
        report_without_details(type(exc), exc, exc.__traceback__)
    err = capsys.readouterr().err
    assert "PermissionError" in err and "test_chosen_paths.py" in err
    assert "Maria" not in err and "/home" not in err
    # The log says it in plain words (issue 11), never the class name.
    assert any("Something went wrong inside the app" in line for line in log_lines())
    assert not any("PermissionError" in line for line in log_lines())
