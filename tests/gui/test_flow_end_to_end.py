"""The whole flow through the real window: choose, hash, review, send or save, receipt, status.

Banks are the project's reference case API server on 127.0.0.1: the one the app
starts itself in practice mode, or one the test starts and names in a settings
profile (so the outbox and saved receipts are exercised too).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog

from stopncii_desktop.bank.endpoints import Profile
from stopncii_desktop.bank.outbox import Outbox
from stopncii_desktop.bank.receipts import list_receipts, load_receipt
from stopncii_desktop.bank.reference_server import Fault, ReferenceServer
from stopncii_desktop.case.casefile import is_encrypted
from stopncii_desktop.case.token import is_app_token
from stopncii_desktop.gui.document_dialog import DocumentDialog
from stopncii_desktop.gui.log_window import log_lines
from stopncii_desktop.gui.pages.choose import ChoosePage
from stopncii_desktop.gui.pages.hashing import HashingPage
from stopncii_desktop.gui.pages.importing import ImportPage
from stopncii_desktop.gui.pages.receipt import ReceiptPage
from stopncii_desktop.gui.pages.review import ReviewPage
from stopncii_desktop.gui.pages.send import SendPage
from stopncii_desktop.gui.pages.status import StatusPage
from stopncii_desktop.gui.pages.welcome import WelcomePage
from stopncii_desktop.gui.window import MainWindow
from stopncii_desktop.hashing.errors import ErrorCode
from stopncii_desktop.hashing.results import MediaResult, Signal
from stopncii_desktop.settings import Settings, save_settings
from tests.gui.helpers import (
    add_and_wait,
    case_lines,
    choose_and_hash,
    files_under,
    fingerprint_lines,
    make_window,
    next_client,
    select_line,
    wait_for_page,
)
from tests.media import write_photo

PASSPHRASE = "correct horse battery staple"


def plain_values(result: MediaResult) -> set[str]:
    return {s.value for s in result.signals if isinstance(s, Signal)}


def exclude(window: MainWindow, index: int) -> None:
    review = window.page(ReviewPage)
    review.grid.setCurrentIndex(review.model.index(index))
    review.include.click()
    assert window.ctx.session.excluded == {index}


def go_to_send(qtbot, window: MainWindow) -> SendPage:
    review = window.page(ReviewPage)
    assert review.next.isEnabled()
    review.next.click()
    wait_for_page(qtbot, window, "send")
    return window.page(SendPage)


def confirm_and_send(qtbot, window: MainWindow, send: SendPage) -> ReceiptPage:
    assert send.sending.send_button.isEnabled(), send.sending.bank_label.text()
    send.sending.send_button.click()
    assert send.sending.confirm.isVisible()
    send.sending.confirm.yes.click()
    wait_for_page(qtbot, window, "receipt", timeout=30_000)
    return window.page(ReceiptPage)


def test_whole_flow_in_practice_mode(
    qtbot, window: MainWindow, photos: list[Path], dirs: tuple[Path, Path], tmp_path: Path
):
    choose_and_hash(qtbot, window, photos)
    session = window.ctx.session
    exclude(window, 1)
    send = go_to_send(qtbot, window)
    assert not window.practice_label.isVisible()
    send.sending.practice_box.click()
    assert window.ctx.practice
    server = window.ctx.practice_server.server
    assert server is not None
    assert server.url in send.sending.bank_label.text()
    for name in ("welcome", "review", "send"):
        window.show_page(name)
        assert window.practice_label.isVisible(), f"practice not labelled on {name}"

    # Nothing is sent before the person confirms.
    send.sending.send_button.click()
    assert send.sending.confirm.isVisible()
    assert "3 file(s)" in send.sending.confirm.text.text()
    assert server.hash_rows() == []
    # What the confirmation shows is what goes: hashes, refs and the token, no names.
    shown = send.sending.requests_text()
    requests = json.loads(shown)
    assert requests["header"]["Case-Token"] == session.outgoing_case().token.value
    sent_values = {h["value"] for r in requests["requests"] for h in r["hashes"]}
    assert not sent_values & plain_values(session.results[1])
    assert not any(p.name in shown or p.stem in shown for p in photos)
    review_doc = json.loads(session.hashset_to_send().dumps())
    assert {h["ref"] for r in requests["requests"] for h in r["hashes"]} == {
        i["id"] for i in review_doc["items"]
    }
    send.sending.confirm.no.click()
    assert not send.sending.confirm.isVisible()
    assert server.hash_rows() == []

    receipt_page = confirm_and_send(qtbot, window, send)
    receipt = session.receipt
    assert receipt is not None
    token = receipt.token
    assert is_app_token(token)
    assert receipt_page.token_label.text() == token
    assert "cannot be recovered" in receipt_page.warning.text()

    # The server stored exactly the included files' hashes, and nothing of the left-out one.
    rows = server.hash_rows()
    stored = {r["value"] for r in rows}
    included = [session.results[i] for i in (0, 2, 3)]
    expected = set().union(*(plain_values(r) for r in included))
    assert stored == expected
    assert not stored & plain_values(session.results[1])
    assert all(r["state"] == "active" for r in rows)
    assert {r["ref"] for r in rows} == {session.item_ids[i] for i in (0, 2, 3)}
    assert {r["value"] for r in rows} == sent_values

    # Copy, save and print the receipt.
    receipt_page.copy.click()
    assert QGuiApplication.clipboard().text() == token
    saved = tmp_path / "my receipt.json"
    assert receipt_page.save_to(saved)
    assert load_receipt(saved).token == token
    assert saved.stat().st_mode & 0o077 == 0
    pdf = tmp_path / "token.pdf"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(pdf))
    receipt_page.print_to(printer)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "printer" in receipt_page.result.text()

    # Practice wrote nothing to the app's folders: no outbox, no receipt.
    config, data = dirs
    assert not data.exists() or files_under(data) == set()
    assert not config.exists() or files_under(config) == set()

    # Status, then withdraw one hash.
    receipt_page.status.click()
    wait_for_page(qtbot, window, "status")
    status = window.page(StatusPage)
    assert status.case.token_edit.text() == token
    status.check.click()
    qtbot.waitUntil(lambda: len(case_lines(status)) == 3, timeout=15_000)
    lines = case_lines(status)
    assert all("in the bank" in line for line in lines)
    # One line per picture, numbered as the review numbers them (the second was left out).
    assert [line.split(":")[0] for line in lines] == [
        "Picture 1 of 4",
        "Picture 3 of 4",
        "Picture 4 of 4",
    ]
    assert sum("a photo" in line for line in lines) == 3
    # One fingerprint withdrawn (the advanced choice): its picture stays, partly.
    status.fingerprints.each.setChecked(True)
    select_line(status, 2, 0)
    target = status.fingerprints.selected_remote_id()
    status.fingerprints.withdraw_one.click()
    assert status.fingerprints.confirm.isVisible()
    assert all(r["state"] == "active" for r in server.hash_rows())
    status.fingerprints.confirm.yes.click()
    qtbot.waitUntil(
        lambda: status.job is None and "Withdrawn" in status.message.text(), timeout=15_000
    )
    states = {r["id"]: r["state"] for r in server.hash_rows()}
    assert states.pop(target) == "withdrawn"
    assert set(states.values()) == {"active"}
    assert "withdrawn" in fingerprint_lines(status, 2)[0]
    assert not status.fingerprints.withdraw_one.isEnabled()  # the selected one is already withdrawn
    status.fingerprints.each.setChecked(False)

    # A token typed by hand (lower case, spaces) finds the case at the bank too.
    status.case.token_edit.clear()
    qtbot.keyClicks(status.case.token_edit, token.lower().replace("-", " "))
    qtbot.keyClick(status.case.token_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: status.job is None and len(case_lines(status)) == 3, timeout=15_000)
    assert case_lines(status)[0].startswith("Picture 1 of 4")
    status.case.token_edit.clear()
    qtbot.keyClicks(status.case.token_edit, token[:-1] + ("0" if token[-1] != "0" else "1"))
    status.check.click()
    assert "typing mistake" in status.message.text()

    # A saved receipt opens the same case on a fresh visit.
    window.ctx.session.receipt = None
    status.forget()
    assert status.case.open_receipt_file(saved)
    status.check.click()
    qtbot.waitUntil(lambda: len(case_lines(status)) == 3, timeout=15_000)
    partly = [line for line in case_lines(status) if re.search(r"\d+ of \d+ in the bank", line)]
    assert len(partly) == 1 and partly[0].startswith("Picture 4 of 4")

    # Withdraw the rest with "the whole case".
    status.fingerprints.withdraw_all.click()
    status.fingerprints.confirm.yes.click()
    qtbot.waitUntil(
        lambda: status.job is None and "Withdrawn" in status.message.text(), timeout=15_000
    )
    assert {r["state"] for r in server.hash_rows()} == {"withdrawn"}

    # The in-memory log says what happened, never the token, a hash or a name.
    logged = "\n".join(log_lines())
    assert "sent: the bank stored" in logged
    assert token not in logged and token.replace("-", "") not in logged
    assert not any(r["value"] in logged for r in rows)
    assert not any(p.name in logged or str(p.parent) in logged for p in photos)
    assert str(saved) not in logged


def test_submission_fails_stays_queued_and_retry_sends_it_once(
    qtbot, window: MainWindow, photos: list[Path], bank: ReferenceServer, dirs: tuple[Path, Path]
):
    choose_and_hash(qtbot, window, photos[:2])
    send = go_to_send(qtbot, window)
    assert (
        "Test NGO" in send.sending.bank_label.text() and bank.url in send.sending.bank_label.text()
    )
    assert not window.practice_label.isVisible()
    # The bank refuses once, asking to wait far longer than the app waits: a retryable failure.
    bank.inject(Fault("status", status=503, retry_after="100000"))
    send.sending.send_button.click()
    send.sending.confirm.yes.click()
    qtbot.waitUntil(
        lambda: send.job is None and send.sending.retry_button.isEnabled(), timeout=15_000
    )
    assert window.current_page is send
    assert "could not be sent" in send.sending.send_status.text()
    assert "kept safely" in send.sending.send_status.text()
    pending, problems = Outbox().pending()
    assert len(pending) == 1 and problems == []
    assert bank.hash_rows() == []
    # The queued file holds hashes and the token, never a file name.
    queued_text = pending[0].path.read_text() if pending[0].path else ""
    assert not any(p.name in queued_text or p.stem in queued_text for p in photos[:2])

    # "Try again" while the bank still refuses: still one submission waiting.
    bank.inject(Fault("status", status=503, retry_after="100000"))
    send.sending.retry_button.click()
    qtbot.waitUntil(
        lambda: send.job is None and send.sending.retry_button.isEnabled(), timeout=15_000
    )
    assert len(Outbox().pending()[0]) == 1
    assert bank.hash_rows() == []

    # Sending again (rather than "Try again") still sends the one queued submission.
    send.sending.send_button.click()
    send.sending.confirm.yes.click()
    wait_for_page(qtbot, window, "receipt", timeout=30_000)
    assert Outbox().pending() == ([], [])
    rows = bank.hash_rows()
    results = window.ctx.session.results
    assert {r["value"] for r in rows} == plain_values(results[0]) | plain_values(results[1])
    # Stored once (a photo has many PDQ now: each of its edited copies has its own).
    assert len(rows) == len({(r["ref"], r["type"], r["value"]) for r in rows})
    kept = list_receipts()
    assert len(kept) == 1 and kept[0][1].token == window.ctx.session.token

    # A new session finds the case among the receipts kept on this computer.
    token = window.ctx.session.token
    window.ctx.wipe()
    window.page(WelcomePage).status.click()
    wait_for_page(qtbot, window, "status")
    status = window.page(StatusPage)
    assert status.case.kept.count() == 2 and status.case.token_edit.text() == ""
    assert token not in status.case.kept.itemText(1)
    status.case.kept.setCurrentIndex(1)
    assert status.case.token_edit.text() == token
    status.check.click()
    qtbot.waitUntil(lambda: status.job is None and len(case_lines(status)) == 2, timeout=15_000)
    # A new session: numbered as the receipt lists the pictures, with no name or thumbnail.
    assert case_lines(status)[0].startswith("Picture 1 of 2")
    assert not any(p.name in line for p in photos for line in case_lines(status))


def test_stop_while_waiting_for_the_bank(
    qtbot, window: MainWindow, photos: list[Path], bank: ReferenceServer
):
    choose_and_hash(qtbot, window, photos[:1])
    send = go_to_send(qtbot, window)
    first = Fault("status", status=503)
    bank.inject(first, *(Fault("status", status=503) for _ in range(5)))
    send.sending.send_button.click()
    send.sending.confirm.yes.click()
    assert first.reached.wait(10)
    qtbot.waitUntil(lambda: send.sending.stop_button.isEnabled(), timeout=5_000)
    send.sending.stop_button.click()
    qtbot.waitUntil(lambda: send.job is None, timeout=10_000)
    assert send.sending.send_status.text().startswith("Stopped")
    assert len(Outbox().pending()[0]) == 1
    assert bank.hash_rows() == []


def test_export_with_passphrase_and_import_it_back(
    qtbot, window: MainWindow, photos: list[Path], dirs: tuple[Path, Path], tmp_path: Path
):
    choose_and_hash(qtbot, window, photos[:3])
    exclude(window, 0)
    send = go_to_send(qtbot, window)
    target = tmp_path / "out" / "case.stopncii.json"
    target.parent.mkdir()

    assert send.saving.protect.isChecked()
    send.saving.pass1.setText(PASSPHRASE)
    send.saving.pass2.setText(PASSPHRASE + "x")
    send.saving.export_to(target)
    assert "not the same" in send.saving.save_status.text()
    assert not target.exists()

    send.saving.pass2.setText(PASSPHRASE)
    send.saving.export_to(target)
    qtbot.waitUntil(lambda: send.job is None, timeout=60_000)
    assert send.saving.save_status.text().startswith("Saved"), send.saving.save_status.text()
    data = target.read_bytes()
    assert is_encrypted(data)
    assert send.saving.pass1.text() == "" and send.saving.pass2.text() == ""
    results = window.ctx.session.results
    exported_values = plain_values(results[1]) | plain_values(results[2])

    # On "another computer": a new session opens the file and sends it in practice mode.
    window.ctx.wipe()
    window.page(WelcomePage).import_.click()
    wait_for_page(qtbot, window, "import")
    importer = window.page(ImportPage)
    importer.open_file(target)
    qtbot.waitUntil(lambda: importer.job is None, timeout=30_000)
    assert importer.passphrase.isVisible()
    assert "locked" in importer.message.text()
    importer.passphrase.setText("not the passphrase")
    importer.unlock.click()
    qtbot.waitUntil(lambda: importer.job is None, timeout=60_000)
    assert "not right" in importer.message.text()
    assert not importer.next.isEnabled()
    importer.passphrase.setText(PASSPHRASE)
    importer.unlock.click()
    qtbot.waitUntil(lambda: importer.next.isEnabled(), timeout=60_000)
    assert "2 file(s)" in importer.message.text()
    importer.next.click()
    wait_for_page(qtbot, window, "send")
    assert len(window.ctx.session.outgoing_case().hashset.items) == 2
    send.sending.practice_box.click()
    confirm_and_send(qtbot, window, send)
    server = window.ctx.practice_server.server
    assert server is not None
    assert {r["value"] for r in server.hash_rows()} == exported_values


def test_plain_export_holds_no_names(
    qtbot, window: MainWindow, photos: list[Path], dirs: tuple[Path, Path], tmp_path: Path
):
    choose_and_hash(qtbot, window, photos[:2])
    send = go_to_send(qtbot, window)
    send.saving.protect.setChecked(False)
    assert not send.saving.pass1.isEnabled()
    target = tmp_path / "plain.json"
    send.saving.export_to(target)
    qtbot.waitUntil(lambda: send.job is None, timeout=30_000)
    text = target.read_text()
    doc = json.loads(text)
    assert doc["format"] == "stopncii-case"
    assert not any(p.name in text or str(p.parent) in text for p in photos)


def test_corrupt_file_among_good_ones_then_send(
    qtbot, window: MainWindow, photos: list[Path], tmp_path: Path, dirs: tuple[Path, Path]
):
    broken = tmp_path / "pictures" / "broken.jpg"
    broken.write_bytes(photos[0].read_bytes()[:400])
    choose_and_hash(qtbot, window, [photos[0], broken, photos[1]])
    results = window.ctx.session.results
    assert results[1].error is not None and results[1].error.code == ErrorCode.TRUNCATED
    assert "could not be read" in window.page(ReviewPage).summary.text()
    send = go_to_send(qtbot, window)
    send.sending.practice_box.click()
    confirm_and_send(qtbot, window, send)
    server = window.ctx.practice_server.server
    assert server is not None
    assert {r["value"] for r in server.hash_rows()} == plain_values(results[0]) | plain_values(
        results[2]
    )


@pytest.mark.slow
def test_cancel_hashing_then_send_what_finished(
    qtbot, window: MainWindow, tmp_path: Path, dirs: tuple[Path, Path]
):
    folder = tmp_path / "many"
    folder.mkdir()
    paths = [write_photo(folder / f"p{n}.jpg", 1600, 1200, seed=n) for n in range(10)]
    window.page(WelcomePage).start.click()
    choose = window.page(ChoosePage)
    add_and_wait(qtbot, choose, paths)
    choose.next.click()
    hashing = window.page(HashingPage)
    session = window.ctx.session
    qtbot.waitUntil(lambda: len(session.results) >= 1, timeout=30_000)
    hashing.cancel.click()
    qtbot.waitUntil(lambda: not hashing.running, timeout=30_000)
    finished = [r for r in session.results.values() if r.ok]
    cancelled = [
        r for r in session.results.values() if r.error and r.error.code == ErrorCode.CANCELLED
    ]
    assert finished and cancelled
    hashing.next.click()
    wait_for_page(qtbot, window, "review")
    send = go_to_send(qtbot, window)
    assert len(window.ctx.session.outgoing_case().hashset.items) == len(finished)
    send.sending.practice_box.click()
    confirm_and_send(qtbot, window, send)
    server = window.ctx.practice_server.server
    assert server is not None
    assert len({r["ref"] for r in server.hash_rows()}) == len(finished)


def test_next_client_forgets_the_case_and_the_practice_server(
    qtbot, window: MainWindow, photos: list[Path], dirs: tuple[Path, Path], home: Path
):
    choose_and_hash(qtbot, window, photos[:1])
    send = go_to_send(qtbot, window)
    send.sending.practice_box.click()
    confirm_and_send(qtbot, window, send).status.click()
    assert window.ctx.session.token
    checking = window.page(StatusPage)
    checking.check.click()
    lookup = window.ctx.session.lookup
    qtbot.waitUntil(lambda: len(case_lines(checking)) > 0 and lookup.pictures != {}, timeout=15_000)
    next_client(window)
    assert window.ctx.session.is_empty
    assert window.ctx.practice_server.server is None
    assert window.page(ReceiptPage).token_label.text() == ""
    assert window.page(StatusPage).case.token_edit.text() == ""
    # Nor do the pages keep anything of the client behind the session's back.
    assert window.ctx.session.outgoing is None
    lookup = window.ctx.session.lookup
    assert lookup.states == [] and lookup.pictures == {} and lookup.receipt is None
    assert window.page(ImportPage).case_file is None
    assert files_under(home / "data") == set() if (home / "data").exists() else True


def test_a_practice_receipt_says_so_after_practice_mode_is_turned_off(
    qtbot, window: MainWindow, photos: list[Path]
):
    choose_and_hash(qtbot, window, photos[:1])
    send = go_to_send(qtbot, window)
    send.sending.practice_box.click()
    receipt_page = confirm_and_send(qtbot, window, send)
    receipt = window.ctx.session.receipt
    assert receipt is not None
    assert "This was practice: nothing is protected." in receipt_page.details.text()
    window.show_page("send")
    send.sending.practice_box.click()
    assert not window.ctx.practice
    window.show_page("receipt")
    assert receipt_page.token_label.text() == receipt.token
    assert "This was practice: nothing is protected." in receipt_page.details.text()


def test_waiting_submission_is_sent_from_the_welcome_page(
    qtbot, window: MainWindow, photos: list[Path], bank: ReferenceServer
):
    choose_and_hash(qtbot, window, photos[:1])
    send = go_to_send(qtbot, window)
    bank.inject(Fault("status", status=503, retry_after="100000"))
    send.sending.send_button.click()
    send.sending.confirm.yes.click()
    qtbot.waitUntil(
        lambda: send.job is None and send.sending.retry_button.isEnabled(), timeout=15_000
    )
    token = Outbox().pending()[0][0].token

    window.ctx.wipe()  # the next day, a new session
    window.show_page("welcome")
    panel = window.page(WelcomePage).outbox
    assert panel.isVisible()
    assert "1 submission" in panel.label.text()
    assert token not in panel.label.text()
    panel.send.click()
    wait_for_page(qtbot, window, "receipt", timeout=30_000)
    assert window.page(ReceiptPage).token_label.text() == token
    assert Outbox().pending() == ([], [])
    results_values = {r["value"] for r in bank.hash_rows()}
    assert results_values and all(r["state"] == "active" for r in bank.hash_rows())
    window.show_page("welcome")
    assert not panel.isVisible()


def test_file_dialogs_open_without_blocking_and_save(
    qtbot, window: MainWindow, photos: list[Path], dirs: tuple[Path, Path], tmp_path: Path
):
    choose_and_hash(qtbot, window, photos[:1])
    send = go_to_send(qtbot, window)
    send.saving.protect.setChecked(False)
    send.saving.export_button.click()
    dialog = send.saving.file_dialog
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    target = tmp_path / "chosen.stopncii.json"
    dialog.fileSelected.emit(str(target))
    dialog.close()
    qtbot.waitUntil(lambda: send.job is None and target.exists(), timeout=30_000)

    send.sending.practice_box.click()
    send.sending.send_button.click()
    seen: list[str] = []

    def read_and_close() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, DocumentDialog) and w.isVisible():
                seen.append(w.text.toPlainText())
                w.close()

    QTimer.singleShot(100, read_and_close)
    send.sending.show_plan.click()  # not blocking: the timer reads and closes it
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=5_000)
    assert len(seen) == 1 and "Case-Token" in seen[0]
    receipt_page = confirm_and_send(qtbot, window, send)
    print_dialog = receipt_page.open_print_dialog()
    assert print_dialog.isVisible()
    print_dialog.close()
    receipt_page.save.click()
    save_dialog = receipt_page.file_dialog
    assert isinstance(save_dialog, QFileDialog) and save_dialog.isVisible()
    saved = tmp_path / "receipt.json"
    save_dialog.fileSelected.emit(str(saved))
    save_dialog.close()
    assert load_receipt(saved).token == window.ctx.session.token


def test_refused_access_is_said_plainly_and_nothing_is_stored(
    qtbot, window: MainWindow, photos: list[Path], dirs: tuple[Path, Path]
):
    server = ReferenceServer("127.0.0.1", 0, bearer_token="the-right-token")
    url = server.start()
    try:
        profile = Profile("Locked bank", "caseapi", url, bearer_token="a-wrong-token")
        save_settings(Settings([profile], "Locked bank"))
        choose_and_hash(qtbot, window, photos[:1])
        send = go_to_send(qtbot, window)
        send.sending.send_button.click()
        send.sending.confirm.yes.click()
        qtbot.waitUntil(
            lambda: send.job is None and send.sending.retry_button.isEnabled(), timeout=15_000
        )
        assert "refused access" in send.sending.send_status.text()
        assert "a-wrong-token" not in send.sending.send_status.text()
        assert server.hash_rows() == []
        assert len(Outbox().pending()[0]) == 1  # kept: fixing the token in settings lets it go
        assert window.current_page is send
    finally:
        server.stop()


def test_caseworker_mode_keeps_no_receipt_on_the_computer(
    qtbot, photos: list[Path], bank: ReferenceServer, dirs: tuple[Path, Path]
):
    window = make_window(qtbot, caseworker=True)
    try:
        choose_and_hash(qtbot, window, photos[:2])
        send = go_to_send(qtbot, window)
        confirm_and_send(qtbot, window, send)
        assert len(bank.hash_rows()) > 0
        _config, data = dirs
        assert list_receipts() == []
        assert Outbox().pending() == ([], [])
        assert not data.exists() or files_under(data) == set()
        next_client(window)
        assert window.ctx.session.is_empty
        assert window.current_page.name == "welcome"
    finally:
        for page in window.pages.values():
            page.shutdown()


def test_a_file_that_is_not_a_saved_case_is_refused_plainly(
    qtbot, window: MainWindow, photos: list[Path]
):
    window.page(WelcomePage).import_.click()
    wait_for_page(qtbot, window, "import")
    importer = window.page(ImportPage)
    importer.open_file(photos[0])
    qtbot.waitUntil(lambda: importer.job is None, timeout=10_000)
    assert "cannot be used" in importer.message.text()
    assert not importer.next.isEnabled()
    assert not importer.passphrase.isVisible()
    assert window.ctx.session.imported is None
