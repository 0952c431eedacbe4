"""Safety in the real window: quick exit, caseworker "Next client", and nothing written to disk.

A person may have to hide the app in a second; a caseworker hashes for one client after another
on the same machine. Each test drives the real window offscreen with generated photos.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from stopncii_desktop.bank.endpoints import Endpoint
from stopncii_desktop.bank.receipts import Receipt
from stopncii_desktop.case.token import new_token
from stopncii_desktop.gui import quick_exit
from stopncii_desktop.gui.document_dialog import DocumentDialog
from stopncii_desktop.gui.log_window import log_lines
from stopncii_desktop.gui.pages.choose import ChoosePage
from stopncii_desktop.gui.pages.review import ReviewPage
from stopncii_desktop.gui.pages.welcome import WelcomePage
from stopncii_desktop.gui.window import MainWindow
from stopncii_desktop.gui.workers import HashJob
from stopncii_desktop.hashing.results import Signal
from tests.gui.helpers import (
    add_and_wait,
    choose_and_hash,
    files_under,
    make_window,
    next_client,
    wait_for_page,
)
from tests.media import write_photo


def visible_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def all_texts(root: QWidget) -> list[str]:
    """Every text any widget under ``root`` shows, including the rows of item views."""
    out = [root.windowTitle()]
    for w in [root, *root.findChildren(QWidget)]:
        out += [w.toolTip(), w.accessibleName(), w.accessibleDescription()]
        if isinstance(w, QLabel | QAbstractButton | QLineEdit):
            out.append(w.text())
        if isinstance(w, QPlainTextEdit | QTextEdit):
            out.append(w.toPlainText())
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            for row in range(model.rowCount()):
                index = model.index(row, 0)
                for role in (
                    Qt.ItemDataRole.DisplayRole,
                    Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.AccessibleTextRole,
                ):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        out.append(value)
    return [t for t in out if t]


def traces_of(window: MainWindow, photos: list[Path], secrets: list[str]) -> list[str]:
    """Texts in the window that still name a photo or hold a hash or token."""
    needles = [p.stem for p in photos] + [s for s in secrets if s]
    return [t for t in all_texts(window) if any(n in t for n in needles)]


def in_combo_box(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def view_rows(window: MainWindow) -> int:
    """Rows still listed by the item views of the pages that show a client's files."""
    views = [
        v
        for name in ("choose", "hashing", "review")
        for v in window.pages[name].findChildren(QAbstractItemView)
        if v.model() is not None and not in_combo_box(v)
    ]
    assert views
    return sum(v.model().rowCount() for v in views)


def detail(image: QImage) -> float:
    """Mean difference between neighbouring pixels: high for a sharp photo, low when blurred."""
    img = image.convertToFormat(QImage.Format.Format_Grayscale8)
    w, h = img.width(), img.height()
    bits = np.frombuffer(img.constBits(), dtype=np.uint8, count=img.bytesPerLine() * h)
    px = bits.reshape(h, img.bytesPerLine())[:, :w].astype(np.int16)
    return float(np.abs(np.diff(px, axis=1)).mean() + np.abs(np.diff(px, axis=0)).mean())


def shown_image(review: ReviewPage, row: int) -> QImage:
    value = review.model.data(review.model.index(row), Qt.ItemDataRole.DecorationRole)
    assert isinstance(value, QPixmap)
    return value.toImage()


def when_shown(kind: type[QWidget], act: Callable[[QWidget], object]) -> QTimer:
    """Run ``act`` on the first visible window of ``kind`` once it shows (for modal dialogs,
    whose ``exec()`` blocks the test until they close). Polls, so a slow machine cannot make
    it miss the dialog and leave the test waiting forever."""
    timer = QTimer()
    timer.setInterval(50)

    def poll() -> None:
        found = [w for w in visible_windows() if isinstance(w, kind)]
        if found:
            timer.stop()
            act(found[0])

    timer.timeout.connect(poll)
    timer.start()
    return timer


def hash_and_reveal(qtbot, window: MainWindow, photos: list[Path]) -> list[str]:
    """Hash, reveal everything, leave one out, hold a token: a client's whole session."""
    choose_and_hash(qtbot, window, photos)
    session = window.ctx.session
    qtbot.waitUntil(lambda: len(session.thumbnails) == len(photos), timeout=20_000)
    review = window.pages["review"]
    assert isinstance(review, ReviewPage)
    review.reveal_all.click()
    review.grid.setCurrentIndex(review.model.index(1))
    review.include.click()
    assert session.revealed and session.excluded == {1}
    token = new_token().value
    session.token = token
    session.hashset = session.hashset_to_send()
    session.lookup.receipt = Receipt(token, Endpoint("caseapi", "https://bank.example"), [])
    pdqs = [
        s.value
        for r in session.ok_results()
        for s in r.signals
        if isinstance(s, Signal) and s.type == "pdq"
    ]
    assert pdqs
    assert traces_of(window, photos, []), "the review should name the files before the wipe"
    return [token, *pdqs]


def assert_forgotten(window: MainWindow, photos: list[Path], secrets: list[str]) -> None:
    # Widgets the wipe let go are deleted by the event loop's next turn; run just that.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    session = window.ctx.session
    assert session.is_empty
    assert not session.thumbnails and not session.results and session.token is None
    assert not traces_of(window, photos, secrets)
    assert view_rows(window) == 0
    assert not any(any(s in line for s in secrets) for line in log_lines())


# -- quick exit ------------------------------------------------------------------------------


def test_quick_exit_button_closes_everything_at_once(
    qtbot, window: MainWindow, photos: list[Path]
) -> None:
    secrets = hash_and_reveal(qtbot, window, photos)
    window.show_log()
    window.settings_button.click()
    settings = window.current_page
    dialog = settings.banks.open_dialog(None)  # type: ignore[attr-defined]
    files = settings.banks._pick_profile_file()  # type: ignore[attr-defined]
    assert dialog.isVisible() and files.isVisible() and len(visible_windows()) >= 4

    window.quick_exit_button.click()
    # At once: no event loop turn is needed for the windows to go.
    assert window.quick.triggered  # type: ignore[attr-defined]
    assert visible_windows() == []
    assert window.ctx.fast_exit
    assert_forgotten(window, photos, secrets)
    QCoreApplication.processEvents()
    assert visible_windows() == []


def press_escape(qtbot, window: MainWindow) -> None:
    """Escape, where a keyboard would deliver it (offscreen, a closed dialog leaves no focus)."""
    target = QApplication.focusWidget() or QApplication.activeWindow() or window
    qtbot.keyClick(target, Qt.Key.Key_Escape)


def test_escape_twice_closes_everything_even_from_a_dialog(
    qtbot, window: MainWindow, photos: list[Path]
) -> None:
    secrets = hash_and_reveal(qtbot, window, photos)
    review = window.pages["review"]
    assert isinstance(review, ReviewPage)
    seen: list[QWidget] = []

    def escape_twice_in_the_dialog(dialog: QWidget) -> None:
        assert isinstance(dialog, DocumentDialog)
        seen.append(dialog)
        dialog.activateWindow()
        dialog.text.setFocus()
        press_escape(qtbot, window)
        press_escape(qtbot, window)

    timer = when_shown(DocumentDialog, escape_twice_in_the_dialog)
    review.show_document()  # not blocking: the timer presses Escape twice in it
    qtbot.waitUntil(lambda: bool(seen) and window.quick.triggered, timeout=10_000)  # type: ignore[attr-defined]
    timer.stop()
    assert seen, "the document dialog was not shown"
    assert window.quick.triggered  # type: ignore[attr-defined]
    assert visible_windows() == []
    assert_forgotten(window, photos, secrets)


def test_one_escape_or_two_far_apart_do_not_exit(
    qtbot, window: MainWindow, photos: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(quick_exit, "DOUBLE_PRESS_SECONDS", 0.2)
    window.activateWindow()
    welcome = window.pages["welcome"]
    assert isinstance(welcome, WelcomePage)
    welcome.start.setFocus()
    press_escape(qtbot, window)
    assert not window.quick.triggered  # type: ignore[attr-defined]
    qtbot.wait(400)
    press_escape(qtbot, window)
    assert not window.quick.triggered  # type: ignore[attr-defined]
    assert window.isVisible()
    press_escape(qtbot, window)
    assert window.quick.triggered  # type: ignore[attr-defined]
    assert visible_windows() == []


@pytest.mark.slow
def test_quick_exit_while_hashing_stops_the_work(qtbot, window: MainWindow, tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    paths = [write_photo(folder / f"client {n}.jpg", 1600, 1200, seed=n) for n in range(10)]
    welcome = window.pages["welcome"]
    assert isinstance(welcome, WelcomePage)
    welcome.start.click()
    add_and_wait(qtbot, window.page(ChoosePage), paths)
    window.page(ChoosePage).next.click()
    hashing = window.pages["hashing"]
    qtbot.waitUntil(lambda: len(window.ctx.session.results) >= 1, timeout=30_000)
    window.quick_exit_button.click()
    assert visible_windows() == []
    assert window.ctx.session.is_empty
    # The job was let go and cancelled; whatever it still reports lands nowhere.
    retired = list(hashing.jobs.retired)
    assert retired and all(isinstance(job, HashJob) and job.cancelled for job in retired)
    qtbot.waitUntil(lambda: not any(job.isRunning() for job in retired), timeout=30_000)
    QCoreApplication.processEvents()
    assert window.ctx.session.is_empty
    assert not traces_of(window, paths, [])


# -- caseworker mode -------------------------------------------------------------------------


def test_next_client_forgets_everything_and_starts_blurred(
    qtbot, home: Path, photos: list[Path], tmp_path: Path
) -> None:
    window = make_window(qtbot, caseworker=True)
    assert window.next_client.isVisible()
    secrets = hash_and_reveal(qtbot, window, photos)
    window.show_log()
    review = window.pages["review"]
    assert isinstance(review, ReviewPage)
    # Revealed: the shown picture is the sharp thumbnail.
    sharp = window.ctx.session.thumbnails[0].convertToFormat(QImage.Format.Format_RGB32)
    assert shown_image(review, 0).convertToFormat(QImage.Format.Format_RGB32) == sharp

    next_client(window)
    assert window.current_page.name == "welcome"
    assert_forgotten(window, photos, secrets)
    assert visible_windows() == [window], "the log window of the last client is closed"

    # The next client: new pictures, and the review starts blurred again.
    folder = tmp_path / "next"
    folder.mkdir()
    others = [write_photo(folder / f"other {n}.jpg", 400, 300, seed=50 + n) for n in range(2)]
    choose_and_hash(qtbot, window, others)
    session = window.ctx.session
    qtbot.waitUntil(lambda: len(session.thumbnails) == 2, timeout=20_000)
    assert session.revealed == set() and session.excluded == set()
    assert sorted(session.results) == [0, 1]
    assert not traces_of(window, photos, secrets), "nothing of the previous client shows"
    for row in range(2):
        sharp = session.thumbnails[review.model.result_at(row).index]
        shown = shown_image(review, row)
        assert shown.size() == sharp.size()
        assert detail(shown) < detail(sharp) / 4, "the picture is not blurred"
    # Caseworker mode hides the file names in the review too until a picture is revealed.
    assert not [t for t in all_texts(review) if any(o.stem in t for o in others)]
    for page in window.pages.values():
        page.shutdown()


# -- nothing written to disk -----------------------------------------------------------------


def snapshot(*folders: Path) -> dict[Path, tuple[int, int]]:
    return {
        p: (p.stat().st_size, p.stat().st_mtime_ns)
        for folder in folders
        for p in files_under(folder)
    }


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "tmp"
    folder.mkdir()
    for var in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(var, str(folder))
    monkeypatch.setattr(tempfile, "tempdir", None)  # read TMPDIR again
    assert tempfile.gettempdir() == str(folder)
    return folder


@pytest.mark.parametrize("workers", [0, 2], ids=["in-process", "worker-processes"])
def test_hash_and_review_write_nothing_to_disk(
    qtbot, home: Path, private_tmp: Path, photos: list[Path], workers: int
) -> None:
    pictures = photos[0].parent
    cwd_before = set(os.listdir(os.getcwd()))
    before = snapshot(home, private_tmp, pictures)
    assert before, "the photos are there"

    window = make_window(qtbot, workers=workers)
    choose_and_hash(qtbot, window, photos)
    session = window.ctx.session
    qtbot.waitUntil(lambda: len(session.thumbnails) == len(photos), timeout=30_000)
    review = window.pages["review"]
    assert isinstance(review, ReviewPage)
    review.reveal_all.click()
    review.grid.setCurrentIndex(review.model.index(0))
    review.include.click()
    window.show_log()
    timer = when_shown(DocumentDialog, lambda dialog: dialog.close())
    review.show_document()
    qtbot.waitUntil(lambda: not any(isinstance(w, DocumentDialog) for w in visible_windows()))
    timer.stop()
    window.settings_button.click()
    window.current_page.back.click()  # type: ignore[attr-defined]
    wait_for_page(qtbot, window, "review")
    QCoreApplication.processEvents()

    assert snapshot(home, private_tmp, pictures) == before
    assert set(os.listdir(os.getcwd())) == cwd_before
    window.close()
    for page in window.pages.values():
        page.shutdown()
    assert snapshot(home, private_tmp, pictures) == before
