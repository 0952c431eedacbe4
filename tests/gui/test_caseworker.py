"""Caseworker mode in the real window: nothing of one client reaches the next.

"Next client" asks first (a slip must not throw work away), asks what to do with fingerprints
the bank has not taken yet (send now, save to a file, discard), and then forgets the client
everywhere: the session, the outbox, receipts, the log, the clipboard, the practice server and
the file dialogs' folder. Banks are reference servers on 127.0.0.1; photos are generated.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from stopncii_desktop.bank.base import RemoteEntry
from stopncii_desktop.bank.endpoints import Endpoint
from stopncii_desktop.bank.outbox import Outbox
from stopncii_desktop.bank.receipts import Receipt, list_receipts, save_receipt
from stopncii_desktop.bank.reference_server import Fault, ReferenceServer
from stopncii_desktop.case.casefile import read_case_file
from stopncii_desktop.case.token import new_token
from stopncii_desktop.gui.log_window import log, log_lines
from stopncii_desktop.gui.next_client import Choice
from stopncii_desktop.gui.pages.choose import ChoosePage
from stopncii_desktop.gui.pages.receipt import ReceiptPage
from stopncii_desktop.gui.pages.review import ReviewPage
from stopncii_desktop.gui.pages.send import SendPage
from stopncii_desktop.gui.pages.status import StatusPage
from stopncii_desktop.gui.pages.welcome import WelcomePage
from stopncii_desktop.gui.window import MainWindow
from stopncii_desktop.hashing.results import Signal
from tests.gui.helpers import (
    choose_and_hash,
    files_under,
    make_window,
    next_client,
    wait_for_page,
)

PASSPHRASE = "four unrelated words here"


@pytest.fixture
def caseworker(qtbot, home: Path) -> Iterator[MainWindow]:
    window = make_window(qtbot, caseworker=True)
    yield window
    for page in window.pages.values():
        page.shutdown()


def go_to_send(qtbot, window: MainWindow) -> SendPage:
    window.page(ReviewPage).next.click()
    wait_for_page(qtbot, window, "send")
    return window.page(SendPage)


def send_and_fail(qtbot, window: MainWindow, bank: ReferenceServer) -> str:
    """Send to a bank that refuses once; the submission waits. Returns its case token."""
    send = go_to_send(qtbot, window)
    bank.inject(Fault("status", status=503, retry_after="100000"))
    send.sending.send_button.click()
    send.sending.confirm.yes.click()
    qtbot.waitUntil(
        lambda: send.job is None and send.sending.retry_button.isEnabled(), timeout=30_000
    )
    queued = window.ctx.session.queued
    assert queued is not None
    assert bank.hash_rows() == []
    return str(queued.entry.token)


def practice_send(qtbot, window: MainWindow) -> ReceiptPage:
    send = go_to_send(qtbot, window)
    send.sending.practice_box.click()
    send.sending.send_button.click()
    send.sending.confirm.yes.click()
    wait_for_page(qtbot, window, "receipt", timeout=30_000)
    return window.page(ReceiptPage)


def forget_with_the_plain_question(window: MainWindow) -> None:
    """Next client, when nothing waits for the bank: only "forget this client?" is asked."""
    window.next_client.click()
    question = window.next_client_question
    assert question is not None and "not reached the bank" not in question.text()
    question.button_for(Choice.FORGET).click()


# -- asking first --------------------------------------------------------------------------


def test_next_client_asks_once_and_a_slip_changes_nothing(
    qtbot, caseworker: MainWindow, photos: list[Path]
) -> None:
    window = caseworker
    choose_and_hash(qtbot, window, photos[:2])
    question = window.start_next_client()
    # Not blocking: we are here while it shows, and pressing again shows the same question.
    assert question.isVisible() and window.start_next_client() is question
    assert question.defaultButton() is question.escapeButton()
    assert question.defaultButton().text().replace("&", "") == "Cancel"
    assert "forgotten" in question.text()
    assert question.accessibleName() and question.accessibleDescription()
    for button in question.buttons():
        assert button.accessibleDescription(), button.text()
    question.defaultButton().click()  # Enter on the default button: a slip
    assert not question.isVisible()
    assert len(window.ctx.session.results) == 2 and window.current_page.name == "review"

    next_client(window)
    assert window.ctx.session.is_empty and window.current_page.name == "welcome"


# -- a submission the bank has not taken -------------------------------------------------------


def test_unsent_fingerprints_never_reach_the_next_client(
    qtbot, caseworker: MainWindow, photos: list[Path], bank: ReferenceServer, dirs
) -> None:
    window = caseworker
    choose_and_hash(qtbot, window, photos[:2])
    token = send_and_fail(qtbot, window, bank)
    send = window.page(SendPage)
    assert "until Next client" in send.sending.send_status.text()
    # It waits in the app, not on the computer.
    _config, data = dirs
    assert Outbox().pending() == ([], [])
    assert not data.exists() or files_under(data) == set()

    window.next_client.click()
    question = window.next_client_question
    assert question is not None
    assert "not reached the bank" in question.text()
    choices = {b.text().replace("&", "") for b in question.buttons()}
    assert {"Send them now", "Save them to a file…", "Discard them and start again"} <= choices
    question.button_for(Choice.FORGET).click()

    assert window.ctx.session.is_empty and window.current_page.name == "welcome"
    welcome = window.page(WelcomePage)
    assert not welcome.outbox.isVisible()
    welcome.outbox.deliver()  # even asked directly, it hands nothing over
    assert welcome.job is None
    assert window.page(ReceiptPage).token_label.text() == ""
    assert bank.hash_rows() == []
    assert not data.exists() or files_under(data) == set()
    assert not any(token in line for line in log_lines())


def test_next_client_can_send_the_waiting_fingerprints_first(
    qtbot, caseworker: MainWindow, photos: list[Path], bank: ReferenceServer
) -> None:
    window = caseworker
    choose_and_hash(qtbot, window, photos[:2])
    token = send_and_fail(qtbot, window, bank)
    window.show_page("welcome")

    next_client(window, Choice.SEND)
    wait_for_page(qtbot, window, "receipt", timeout=30_000)
    assert window.page(ReceiptPage).token_label.text() == token
    results = window.ctx.session.results
    sent = {s.value for r in results.values() for s in r.signals if isinstance(s, Signal)}
    assert {r["value"] for r in bank.hash_rows()} == sent
    assert list_receipts() == []  # caseworker mode keeps none

    # Sent: the next question is the plain one.
    forget_with_the_plain_question(window)
    assert window.ctx.session.is_empty


def test_next_client_can_save_the_waiting_fingerprints_to_a_file(
    qtbot, caseworker: MainWindow, photos: list[Path], bank: ReferenceServer, tmp_path: Path
) -> None:
    window = caseworker
    choose_and_hash(qtbot, window, photos[:3])
    token = send_and_fail(qtbot, window, bank)
    window.show_page("review")

    next_client(window, Choice.SAVE)
    send = window.page(SendPage)
    assert window.current_page is send
    assert "Next client again" in send.saving.save_status.text()
    assert send.saving.pass1.hasFocus() or QGuiApplication.focusObject() is send.saving.pass1
    send.saving.pass1.setText(PASSPHRASE)
    send.saving.pass2.setText(PASSPHRASE)
    target = tmp_path / "for the client.stopncii.json"
    send.saving.export_to(target)
    qtbot.waitUntil(lambda: send.job is None, timeout=60_000)
    assert send.saving.save_status.text().startswith("Saved"), send.saving.save_status.text()
    assert "case token" in send.saving.save_status.text()
    saved = read_case_file(target, PASSPHRASE)
    assert saved.token is not None and saved.token.value == token  # the same case
    assert len(saved.hashset.items) == 3

    # Saved: Next client now only asks to confirm, and forgets the submission.
    forget_with_the_plain_question(window)
    assert window.ctx.session.is_empty
    assert not window.page(WelcomePage).outbox.isVisible()


# -- practice mode -------------------------------------------------------------------------------


def test_practice_mode_ends_with_the_client_visibly(
    qtbot, caseworker: MainWindow, photos: list[Path], tmp_path: Path
) -> None:
    window = caseworker
    choose_and_hash(qtbot, window, photos[:1])
    receipt = practice_send(qtbot, window)
    assert window.practice_label.isVisible()
    saved = tmp_path / "practice receipt.json"
    assert receipt.save_to(saved)

    next_client(window)
    assert not window.ctx.practice
    assert not window.practice_label.isVisible()
    assert window.ctx.practice_server.server is None
    window.show_page("send")
    assert not window.page(SendPage).sending.practice_box.isChecked()
    assert "PRACTICE" not in window.page(SendPage).sending.bank_label.text()

    # The old practice case is said to be gone at once, not blamed on the internet.
    window.show_page("status")
    status = window.page(StatusPage)
    assert status.case.open_receipt_file(saved)
    status.check.click()
    qtbot.waitUntil(lambda: status.job is None, timeout=60_000)
    assert "practice case" in status.message.text(), status.message.text()
    assert "internet" not in status.message.text()


# -- what else the session leaves ------------------------------------------------------------------


def test_next_client_clears_the_log_the_clipboard_and_what_can_be_undone(
    qtbot, caseworker: MainWindow, photos: list[Path]
) -> None:
    window = caseworker
    choose_and_hash(qtbot, window, photos[:1])
    receipt = practice_send(qtbot, window)
    token = window.ctx.session.token
    assert token
    receipt.copy.click()
    assert QGuiApplication.clipboard().text() == token
    window.show_log()
    log("a line of this client's session")
    window.show_page("status")
    status = window.page(StatusPage)
    status.case.token_edit.setText("")
    status.case.token_edit.insert(token)
    choose = window.page(ChoosePage)
    choose.path_edit.insert(str(photos[0].parent))

    next_client(window)
    assert QGuiApplication.clipboard().text() != token
    assert log_lines() and not any("this client" in line for line in log_lines())
    window.show_log()
    shown = window._log_window.text.toPlainText()  # type: ignore[union-attr]
    assert "this client" not in shown
    for edit in (status.case.token_edit, choose.path_edit):
        edit.undo()
        assert edit.text() == "", "undo brought back what the last client typed"


def test_the_clipboard_is_cleared_at_quick_exit_only_if_still_ours(
    qtbot, home: Path, photos: list[Path]
) -> None:
    window = make_window(qtbot)
    choose_and_hash(qtbot, window, photos[:1])
    practice_send(qtbot, window).copy.click()
    token = window.ctx.session.token
    assert QGuiApplication.clipboard().text() == token
    mime = QGuiApplication.clipboard().mimeData()
    assert bytes(mime.data("x-kde-passwordManagerHint").data()) == b"secret"
    window.quick_exit_button.click()
    assert QGuiApplication.clipboard().text() == ""

    # Copied by the person from elsewhere after the app's copy: left alone.
    again = make_window(qtbot, caseworker=True)
    choose_and_hash(qtbot, again, photos[:1])
    practice_send(qtbot, again).copy.click()
    QGuiApplication.clipboard().setText("a shopping list")
    next_client(again)
    assert QGuiApplication.clipboard().text() == "a shopping list"
    for page in again.pages.values():
        page.shutdown()


def test_cases_of_others_are_not_listed_in_caseworker_mode(
    qtbot, caseworker: MainWindow, dirs
) -> None:
    token = new_token().value
    endpoint = Endpoint("caseapi", "https://bank.example", profile="x")
    save_receipt(Receipt(token, endpoint, [RemoteEntry("h", "i", ())]))
    assert len(list_receipts()) == 1
    window = caseworker
    window.page(WelcomePage).status.click()
    wait_for_page(qtbot, window, "status")
    status = window.page(StatusPage)
    assert not status.case.kept.isVisible()
    assert all(token not in status.case.kept.itemText(i) for i in range(status.case.kept.count()))
    assert status.case.kept.count() <= 1


def test_settings_keep_no_receipts_in_caseworker_mode_and_say_so(
    qtbot, caseworker: MainWindow
) -> None:
    window = caseworker
    window.settings_button.click()
    settings = window.current_page
    keep = settings.options.keep_receipts  # type: ignore[attr-defined]
    assert not keep.isChecked() and not keep.isEnabled()
    assert settings.options.receipts_note.isVisible()  # type: ignore[attr-defined]
