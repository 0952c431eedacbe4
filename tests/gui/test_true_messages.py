"""Messages that are true, on the real window: no "Saved." or "Sent." left over from an earlier
set, no "kept and can be sent later" where nothing is kept, counts explained, what was held
back listed, low quality marked on the thumbnail, and "Show exactly what will be sent" as
a table first.
"""

from __future__ import annotations

import json
import socket
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap

from stopncii_desktop.bank.base import capped_note, unreliable_note
from stopncii_desktop.bank.endpoints import Profile
from stopncii_desktop.bank.reference_server import ReferenceServer
from stopncii_desktop.gui.document_dialog import DocumentDialog
from stopncii_desktop.gui.pages.importing import ImportPage
from stopncii_desktop.gui.pages.receipt import ReceiptPage
from stopncii_desktop.gui.pages.review import ReviewPage
from stopncii_desktop.gui.pages.send import SendPage
from stopncii_desktop.gui.pages.welcome import WelcomePage
from stopncii_desktop.gui.texts import held_back_lines
from stopncii_desktop.gui.thumbnails import blurred
from stopncii_desktop.gui.window import MainWindow
from stopncii_desktop.hashing.results import Signal
from stopncii_desktop.settings import Settings, save_settings
from tests.gui.helpers import choose_and_hash, wait_for_page
from tests.gui.test_settings import open_settings, run_test


def to_send(qtbot, window: MainWindow) -> SendPage:
    window.page(ReviewPage).next.click()
    wait_for_page(qtbot, window, "send")
    return window.page(SendPage)


def test_saved_and_sent_go_when_a_new_set_is_made_or_a_file_opened(
    qtbot, window: MainWindow, photos: list[Path], tmp_path: Path
) -> None:
    choose_and_hash(qtbot, window, photos[:1])
    send = to_send(qtbot, window)
    send.saving.protect.setChecked(False)
    target = tmp_path / "case.stopncii.json"
    send.saving.export_to(target)
    qtbot.waitUntil(lambda: send.job is None and target.exists(), timeout=30_000)
    assert send.saving.save_status.text().startswith("Saved")
    # Back and forth with the same fingerprints: still true, so it stays.
    send.back.click()
    window.page(ReviewPage).next.click()
    assert send.saving.save_status.text().startswith("Saved")

    # A file opened: "Saved." was about other fingerprints.
    window.show_page("welcome")
    window.page(WelcomePage).import_.click()
    wait_for_page(qtbot, window, "import")
    importer = window.page(ImportPage)
    importer.open_file(target)
    qtbot.waitUntil(lambda: importer.next.isEnabled(), timeout=30_000)
    importer.next.click()
    wait_for_page(qtbot, window, "send")
    assert send.saving.save_status.text() == ""

    # Sent, then a new set hashed: "Sent." is gone from the send page.
    send.sending.practice_box.click()
    send.sending.send_button.click()
    send.sending.confirm.yes.click()
    wait_for_page(qtbot, window, "receipt", timeout=30_000)
    assert send.sending.send_status.text() == "Sent."
    choose_and_hash(qtbot, window, photos[1:2])
    to_send(qtbot, window)
    assert send.sending.send_status.text() == ""


def test_a_failed_connection_test_keeps_nothing_and_says_nothing_is_kept(
    qtbot, window: MainWindow, home: Path
) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    save_settings(Settings([Profile("gone", "caseapi", f"http://127.0.0.1:{port}")]))
    text = run_test(qtbot, open_settings(window), "gone")
    assert "could not be reached" in text
    assert "kept" not in text and "sent later" not in text


def test_receipt_explains_the_count_and_lists_what_was_held_back(
    qtbot, window: MainWindow, photos: list[Path], tmp_path: Path, dirs
) -> None:
    flat = tmp_path / "flat.png"
    Image.new("RGB", (200, 200), (40, 40, 40)).save(flat)
    with ReferenceServer() as server:
        profile = Profile("Capped bank", "caseapi", server.url, max_pdq_per_picture=5)
        save_settings(Settings([profile], "Capped bank"))
        window.ctx.prefs.profile = "Capped bank"
        choose_and_hash(qtbot, window, [photos[0], flat])
        send = to_send(qtbot, window)
        # Said before anything is sent: this bank takes only some of each photo's.
        assert "at most 5 picture fingerprint(s) per photo" in send.sending.bank_label.text()
        send.sending.send_button.click()
        send.sending.confirm.yes.click()
        wait_for_page(qtbot, window, "receipt", timeout=30_000)
        receipt = window.page(ReceiptPage)
        stored = len(server.hash_rows())
    details = receipt.details.text()
    assert f"stored {stored} fingerprint(s)" in details
    assert "from 2 picture(s) or video(s)" in details
    assert "Each photo gives several fingerprints" in details and "edited copies" in details
    held = receipt.held.text()
    assert receipt.held.isVisible() and held.startswith("Not sent:")
    assert "picture fingerprint(s) of low quality" in held
    assert "at most 5 per picture" in held
    assert receipt.held.accessibleDescription() == held


def test_held_back_notes_of_the_banks_are_put_in_plain_words() -> None:
    low = Signal("pdq", "0" * 64, quality=12)
    lines = held_back_lines([unreliable_note(low), unreliable_note(low), capped_note(70, 2, 6)])
    assert lines[0].startswith("2 picture fingerprint(s) of low quality")
    assert lines[1].startswith("70 fingerprint(s) for edited copies") and "at most 6" in lines[1]
    assert held_back_lines(["something new"]) == ["something new"]


def test_review_marks_low_quality_on_the_thumbnail_and_counts_fingerprints(
    qtbot, window: MainWindow, photos: list[Path], tmp_path: Path
) -> None:
    flat = tmp_path / "flat.png"
    Image.new("RGB", (200, 200), (40, 40, 40)).save(flat)
    choose_and_hash(qtbot, window, [photos[0], flat])
    session = window.ctx.session
    qtbot.waitUntil(lambda: len(session.thumbnails) == 2, timeout=10_000)
    model = window.page(ReviewPage).model
    low, good = model.index(1), model.index(0)
    # Marked where the eye is: under the thumbnail, and on the thumbnail itself.
    assert "Low quality" in model.data(low, Qt.ItemDataRole.DisplayRole)
    assert "Low quality" not in model.data(good, Qt.ItemDataRole.DisplayRole)
    assert "Low quality" in model.data(low, Qt.ItemDataRole.AccessibleTextRole)
    badge = model.data(low, Qt.ItemDataRole.DecorationRole)
    assert isinstance(badge, QPixmap)
    plain = QPixmap.fromImage(blurred(session.thumbnails[1])).toImage()
    marked = badge.toImage().convertToFormat(plain.format())
    corner = (marked.width() - 10, marked.height() - 10)
    assert marked.pixel(*corner) != plain.pixel(*corner)
    assert marked.pixel(2, 2) == plain.pixel(2, 2)
    # How many fingerprints each picture gives, and that those (not the photo) are sent.
    count = len([s for s in session.results[0].signals if s.reliable])
    status = model.data(good, Qt.ItemDataRole.ToolTipRole)
    assert f"This photo gives {count} fingerprint(s)" in status
    assert "Its fingerprints will be sent" in status and "edited copies" in status
    assert "This is a photo. Will be sent." not in status


def test_what_will_be_sent_is_a_table_first(qtbot, window: MainWindow, photos: list[Path]) -> None:
    choose_and_hash(qtbot, window, photos[:2])
    review = window.page(ReviewPage)
    dialog = review.show_document()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, DocumentDialog)
    qtbot.waitExposed(dialog)
    assert dialog.table.isVisible() and not dialog.text.isVisible()
    table = dialog.table.model()
    sent = window.ctx.session.hashset_to_send()
    assert table.rowCount() == sum(len(i.signals) for i in sent.items)
    first = [table.index(0, c).data() for c in range(table.columnCount())]
    assert first[0] == "Photo 1" and first[1] == "picture fingerprint (PDQ)"
    assert first[2] == "as it is" and "…" in first[3] and int(first[4]) >= 50
    last = [table.index(table.rowCount() - 1, c).data() for c in range(table.columnCount())]
    assert last[0] == "Photo 2"
    # No value is shown whole in the table; the exact text is one click further.
    values = [s.value for i in sent.items for s in i.signals if isinstance(s, Signal)]
    cells = {table.index(r, 3).data() for r in range(table.rowCount())}
    assert not cells & set(values)
    dialog.raw.click()
    assert dialog.text.isVisible() and not dialog.table.isVisible()
    assert json.loads(dialog.text.toPlainText())["items"]
    dialog.close()

    # The send page's "exactly what will be sent": the same table, the requests behind it.
    send = to_send(qtbot, window)
    send.sending.practice_box.click()
    send.sending.send_button.click()
    requests = send.sending.show_requests()
    qtbot.addWidget(requests)
    assert requests.table.isVisible()
    assert requests.table.model().rowCount() == table.rowCount()
    requests.raw.click()
    assert "Case-Token" in requests.text.toPlainText()
    requests.close()


def test_edited_copies_are_fingerprinted_unless_turned_off(
    qtbot, window: MainWindow, photos: list[Path]
) -> None:
    window.ctx.prefs.caseworker = True  # respected in caseworker mode too
    choose_and_hash(qtbot, window, photos[:1])
    variants = {
        s.variant
        for s in window.ctx.session.results[0].signals
        if isinstance(s, Signal) and s.type == "pdq"
    }
    assert any(v and v.startswith("crop-") for v in variants) and "rotate90" in variants
    page = open_settings(window)
    page.options.edited.click()
    assert not window.ctx.prefs.edited_copies
    page.back.click()
    choose_and_hash(qtbot, window, photos[:1])
    variants = {
        s.variant
        for s in window.ctx.session.results[0].signals
        if isinstance(s, Signal) and s.type == "pdq"
    }
    assert variants == {"original"}
