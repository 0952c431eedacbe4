"""Choosing files, hashing them off the GUI thread, and reviewing the results."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from stopncii_desktop.gui.document_dialog import DocumentDialog
from stopncii_desktop.gui.pages.choose import ChoosePage
from stopncii_desktop.gui.pages.hashing import HashingPage
from stopncii_desktop.gui.pages.review import ReviewPage
from stopncii_desktop.gui.pages.welcome import WelcomePage
from stopncii_desktop.gui.thumbnails import blurred
from stopncii_desktop.gui.window import MainWindow
from stopncii_desktop.hashing.errors import ErrorCode
from tests.gui.helpers import add_and_wait, choose_and_hash, wait_for_page, wait_scanned
from tests.media import write_photo


def test_choose_hash_review_exclude_and_document(qtbot, window: MainWindow, photos: list[Path]):
    choose_and_hash(qtbot, window, photos)
    session = window.ctx.session
    assert sorted(session.results) == [0, 1, 2, 3]
    assert all(r.ok for r in session.results.values())
    qtbot.waitUntil(lambda: len(session.thumbnails) == 4, timeout=10_000)

    review = window.page(ReviewPage)
    model = review.model
    assert model.rowCount() == 4
    # Everything starts blurred and included.
    assert session.revealed == set()
    first = model.index(0)
    assert model.data(first, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked

    # Leave the second file out with the keyboard-reachable button.
    review.grid.setCurrentIndex(model.index(1))
    review.include.click()
    assert session.excluded == {1}
    assert "Left out" in model.data(model.index(1), Qt.ItemDataRole.ToolTipRole)
    sent = session.hashset_to_send()
    assert len(sent.items) == 3
    doc = json.loads(sent.dumps())
    text = json.dumps(doc)
    for p in photos:
        assert p.name not in text and str(p.parent) not in text
    assert set(doc) == {"format", "version", "items"}

    # The document dialog shows that document (ids are random per call, so compare hashes).
    shown: list[dict[str, object]] = []

    def read_and_close() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, DocumentDialog) and w.isVisible():
                shown.append(json.loads(w.text.toPlainText()))
                w.close()

    QTimer.singleShot(100, read_and_close)
    review.show_document()  # not blocking: the timer reads and closes it
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=5_000)
    assert len(shown) == 1
    items = shown[0]["items"]
    assert isinstance(items, list)
    assert [[s["value"] for s in i["signals"]] for i in items] == [
        [s["value"] for s in i["signals"]] for i in doc["items"]
    ]
    qtbot.waitUntil(
        lambda: not any(isinstance(w, DocumentDialog) for w in QApplication.topLevelWidgets()),
        timeout=5_000,
    )


def test_reveal_one_and_all(qtbot, window: MainWindow, photos: list[Path]):
    choose_and_hash(qtbot, window, photos[:2])
    session = window.ctx.session
    qtbot.waitUntil(lambda: len(session.thumbnails) == 2, timeout=10_000)
    review = window.page(ReviewPage)
    model = review.model
    review.grid.setCurrentIndex(model.index(0))
    shown_blurred = model.data(model.index(0), Qt.ItemDataRole.DecorationRole).toImage()
    original = session.thumbnails[0]
    assert shown_blurred.size() == original.size()
    assert shown_blurred != original.convertToFormat(shown_blurred.format())
    assert shown_blurred == blurred(original).convertToFormat(shown_blurred.format())
    review.reveal.click()
    assert session.revealed == {0}
    clear = model.data(model.index(0), Qt.ItemDataRole.DecorationRole).toImage()
    assert clear == original.convertToFormat(clear.format())
    review.reveal_all.click()
    assert session.revealed == {0, 1}
    review.reveal_all.click()
    assert session.revealed == set()


def test_corrupt_file_among_good_ones(qtbot, window: MainWindow, photos: list[Path], tmp_path):
    broken = tmp_path / "pictures" / "broken.jpg"
    broken.write_bytes(photos[0].read_bytes()[:300])
    empty = tmp_path / "pictures" / "empty.jpg"
    empty.write_bytes(b"")
    choose_and_hash(qtbot, window, [photos[0], broken, photos[1], empty])
    session = window.ctx.session
    results = session.results
    assert results[0].ok and results[2].ok
    assert results[1].error is not None and results[1].error.code == ErrorCode.TRUNCATED
    assert results[3].error is not None and results[3].error.code == ErrorCode.EMPTY
    review = window.page(ReviewPage)
    model = review.model
    status = model.data(model.index(1), Qt.ItemDataRole.ToolTipRole)
    assert "damaged" in status
    assert not (model.flags(model.index(1)) & Qt.ItemFlag.ItemIsUserCheckable)
    assert len(session.hashset_to_send().items) == 2
    assert "could not be read" in review.summary.text()


def test_duplicates_are_grouped(qtbot, window: MainWindow, photos: list[Path], tmp_path):
    copy = tmp_path / "pictures" / "copy.jpg"
    copy.write_bytes(photos[0].read_bytes())
    resaved = write_photo(tmp_path / "pictures" / "resaved.png", 320, 240, seed=0, fmt="PNG")
    choose_and_hash(qtbot, window, [photos[0], photos[1], copy, resaved])
    model = window.page(ReviewPage).model
    assert model.group_of(0) == 1
    assert model.group_of(2) == 1
    assert model.group_of(3) == 1
    assert model.group_of(1) is None
    assert "group 1" in model.data(model.index(2), Qt.ItemDataRole.ToolTipRole)


def test_low_quality_warning(qtbot, window: MainWindow, tmp_path):
    from PIL import Image

    flat = tmp_path / "flat.png"
    Image.new("RGB", (200, 200), (40, 40, 40)).save(flat)
    choose_and_hash(qtbot, window, [flat])
    res = window.ctx.session.results[0]
    assert res.low_quality
    model = window.page(ReviewPage).model
    assert "Low quality" in model.data(model.index(0), Qt.ItemDataRole.ToolTipRole)
    sent = window.ctx.session.hashset_to_send()
    assert all(s.type != "pdq" for item in sent.items for s in item.signals)


def test_unsupported_file_is_named_with_reason(qtbot, window: MainWindow, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("not a picture")
    window.page(WelcomePage).start.click()
    choose = window.page(ChoosePage)
    choose.path_edit.setText(str(notes))
    qtbot.keyClick(choose.path_edit, Qt.Key.Key_Return)
    wait_scanned(qtbot, choose)
    assert window.ctx.session.unsupported
    assert "skipped" in choose.summary.text()
    row = choose.model.data(choose.model.index(0), Qt.ItemDataRole.DisplayRole)
    assert "notes.txt" in row and "not a photo or video" in row.lower()
    assert not choose.next.isEnabled()


@pytest.mark.slow
def test_cancel_in_the_middle(qtbot, window: MainWindow, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    paths = [write_photo(folder / f"p{n}.jpg", 1600, 1200, seed=n) for n in range(12)]
    window.page(WelcomePage).start.click()
    add_and_wait(qtbot, window.page(ChoosePage), paths)
    window.page(ChoosePage).next.click()
    hashing = window.page(HashingPage)
    assert window.current_page is hashing
    qtbot.waitUntil(lambda: len(window.ctx.session.results) >= 1, timeout=30_000)
    hashing.cancel.click()
    qtbot.waitUntil(lambda: not hashing.running, timeout=30_000)
    results = window.ctx.session.results
    assert len(results) == 12
    cancelled = [r for r in results.values() if r.error and r.error.code == ErrorCode.CANCELLED]
    assert cancelled, "cancel stopped nothing"
    assert window.current_page is hashing
    assert "Stopped" in hashing.time_left.text()
    assert hashing.next.isEnabled()
    hashing.next.click()
    wait_for_page(qtbot, window, "review")


def test_files_and_folder_dialogs_add_without_blocking(qtbot, window: MainWindow, photos, tmp_path):
    """Qt's own dialogs (no recent-files list on disk), opened without blocking the window."""
    window.page(WelcomePage).start.click()
    choose = window.page(ChoosePage)
    choose.add_files.click()
    dialog = choose.file_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.testOption(dialog.Option.DontUseNativeDialog)
    dialog.filesSelected.emit([str(p) for p in photos[:2]])
    dialog.close()
    wait_scanned(qtbot, choose)
    assert window.ctx.session.files == [p.absolute() for p in photos[:2]]

    folder = tmp_path / "more"
    folder.mkdir()
    write_photo(folder / "c.jpg", seed=40)
    choose.add_folder.click()
    assert choose.file_dialog is not None
    assert choose.file_dialog.fileMode() == choose.file_dialog.FileMode.Directory
    choose.file_dialog.filesSelected.emit([str(folder)])
    choose.file_dialog.close()
    wait_scanned(qtbot, choose)
    assert (folder / "c.jpg").absolute() in window.ctx.session.files
    assert len(window.ctx.session.files) == 3
