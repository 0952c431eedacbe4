"""Check and withdraw by picture, on the real window: pictures numbered as the review numbers
them, named (and shown blurred) in the session that made the case, a picture withdrawn as
one (at HMA too, where it is many content items), and a mistyped token that clears the
case shown before.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from stopncii_desktop.bank.endpoints import Profile
from stopncii_desktop.bank.reference_server import ReferenceServer
from stopncii_desktop.case.token import new_token
from stopncii_desktop.gui.pages.receipt import ReceiptPage
from stopncii_desktop.gui.pages.review import ReviewPage
from stopncii_desktop.gui.pages.send import SendPage
from stopncii_desktop.gui.pages.status import StatusPage
from stopncii_desktop.gui.window import MainWindow
from stopncii_desktop.settings import Settings, save_settings
from tests.e2e.hma_server import HmaServer
from tests.gui.helpers import (
    case_lines,
    choose_and_hash,
    fingerprint_lines,
    make_window,
    next_client,
    select_line,
    wait_for_page,
)


def send_all(qtbot, window: MainWindow, practice: bool = True) -> StatusPage:
    """From the review: send (in practice mode, unless a bank is set up), then check."""
    window.page(ReviewPage).next.click()
    wait_for_page(qtbot, window, "send")
    send = window.page(SendPage)
    if practice:
        send.sending.practice_box.click()
    send.sending.send_button.click()
    send.sending.confirm.yes.click()
    wait_for_page(qtbot, window, "receipt", timeout=60_000)
    window.page(ReceiptPage).status.click()
    wait_for_page(qtbot, window, "status")
    status = window.page(StatusPage)
    status.check.click()
    qtbot.waitUntil(lambda: status.job is None and bool(case_lines(status)), timeout=30_000)
    return status


def withdraw(qtbot, status: StatusPage, button) -> None:
    button.click()
    assert status.fingerprints.confirm.isVisible()
    status.fingerprints.confirm.yes.click()
    qtbot.waitUntil(
        lambda: status.job is None and "Withdrawn" in status.message.text(), timeout=30_000
    )


def test_a_case_is_shown_and_withdrawn_by_picture(
    qtbot, window: MainWindow, photos: list[Path]
) -> None:
    choose_and_hash(qtbot, window, photos[:3])
    review = window.page(ReviewPage)
    review.grid.setCurrentIndex(review.model.index(1))
    review.include.click()  # the second file is left out
    status = send_all(qtbot, window)
    server = window.ctx.practice_server.server
    assert server is not None
    session = window.ctx.session

    # One line per picture, numbered and named as in the review, with its blurred thumbnail.
    lines = case_lines(status)
    assert len(lines) == 2, lines
    assert lines[0].startswith("Picture 1 of 3: a photo, sent on ")
    assert lines[1].startswith("Picture 3 of 3: a photo, sent on ")
    assert photos[0].name in lines[0] and photos[2].name in lines[1]
    per_photo = len([s for s in session.results[0].signals if s.reliable])
    assert per_photo > 20  # edited copies are caught by default
    assert f"{per_photo} fingerprint(s)" in lines[0] and "all in the bank" in lines[0]
    icon = status.fingerprints.model.item(0).icon()
    assert not icon.isNull()
    # Why so many: said in one line.
    assert "2 picture(s) or video(s)" in status.message.text()
    assert "edited copies" in status.message.text()
    # No fingerprint lines unless asked for.
    assert fingerprint_lines(status, 0) == [] and not status.fingerprints.withdraw_one.isVisible()

    # Withdrawing acts on a picture: all its fingerprints, and nothing of the other.
    select_line(status, 1)
    withdraw(qtbot, status, status.fingerprints.withdraw_picture)
    assert f"picture 3, {per_photo} fingerprint(s)" in status.message.text()
    third = session.item_ids[2]
    rows = server.hash_rows()
    assert {r["state"] for r in rows if r["ref"] == third} == {"withdrawn"}
    assert {r["state"] for r in rows if r["ref"] != third} == {"active"}
    lines = case_lines(status)
    assert "withdrawn" in lines[1] and "all in the bank" in lines[0]
    assert not status.fingerprints.withdraw_picture.isEnabled()

    # One fingerprint alone: the advanced choice, under its picture.
    status.fingerprints.each.click()
    assert status.fingerprints.withdraw_one.isVisible()
    assert len(fingerprint_lines(status, 0)) == per_photo
    select_line(status, 0, 3)
    withdraw(qtbot, status, status.fingerprints.withdraw_one)
    assert "one fingerprint" in status.message.text()
    assert f"{per_photo - 1} of {per_photo} in the bank" in case_lines(status)[0]
    assert sum(r["state"] == "withdrawn" for r in server.hash_rows() if r["ref"] != third) == 1


def test_caseworker_sees_no_names_and_the_next_client_nothing(
    qtbot, home: Path, photos: list[Path]
) -> None:
    window = make_window(qtbot, caseworker=True)
    try:
        choose_and_hash(qtbot, window, photos[:2])
        review = window.page(ReviewPage)
        review.grid.setCurrentIndex(review.model.index(1))
        review.reveal.click()  # the client looks at their second picture
        status = send_all(qtbot, window)
        lines = case_lines(status)
        assert photos[0].name not in lines[0] and lines[0].startswith("Picture 1 of 2")
        assert photos[1].name in lines[1]  # revealed by the client: theirs to see
        token = window.ctx.session.token
        assert token is not None
        next_client(window)
        assert case_lines(status) == []
        # The next client (or the caseworker) typing the old token sees no name or picture.
        window.ctx.set_practice(True)
        window.show_page("status")
        status.case.token_edit.setText(token)
        status.check.click()
        qtbot.waitUntil(lambda: status.job is None, timeout=30_000)
        assert not any(p.name in line for p in photos for line in case_lines(status))
    finally:
        for page in window.pages.values():
            page.shutdown()


def test_hma_picture_is_one_line_and_withdrawn_whole(
    qtbot, window: MainWindow, photos: list[Path], dirs: tuple[Path, Path]
) -> None:
    hma = HmaServer()
    hma.start()
    try:
        save_settings(Settings([Profile("NGO HMA", "hma", hma.url, bank="NCII_TEST")], "NGO HMA"))
        window.ctx.prefs.profile = "NGO HMA"
        choose_and_hash(qtbot, window, photos[:2])
        status = send_all(qtbot, window, practice=False)
        stored = len(hma.content)
        lines = case_lines(status)
        assert len(lines) == 2 and stored > 2 * 20, (lines, stored)
        assert all("all in the bank" in line for line in lines)
        per_picture = [p.remote_ids for p in status.fingerprints.pictures]
        assert sum(len(ids) for ids in per_picture) == stored
        select_line(status, 0)
        withdraw(qtbot, status, status.fingerprints.withdraw_picture)
        # Every content item of the first picture went; the second is untouched.
        assert set(hma.content) == {int(i) for i in per_picture[1]}
        lines = case_lines(status)
        assert "not in the bank" in lines[0] and "all in the bank" in lines[1]
    finally:
        hma.stop()


def test_a_mistyped_token_clears_the_case_shown(
    qtbot, window: MainWindow, photos: list[Path], bank: ReferenceServer
) -> None:
    choose_and_hash(qtbot, window, photos[:1])
    status = send_all(qtbot, window, practice=False)
    token = window.ctx.session.token
    assert token is not None and status.fingerprints.withdraw_all.isEnabled()

    # A typing mistake: the old case's list and its withdrawals go at once.
    status.case.token_edit.setFocus()
    qtbot.keyClick(status.case.token_edit, Qt.Key.Key_Backspace)
    assert case_lines(status) == [] and window.ctx.session.lookup.states == []
    assert not status.fingerprints.withdraw_all.isEnabled()
    assert not status.fingerprints.withdraw_picture.isEnabled()
    assert status.message.text() == ""
    status.check.click()
    assert "check the case token" in status.message.text()
    assert case_lines(status) == []

    # A well-formed token the bank does not know: said plainly, nothing to withdraw.
    status.case.token_edit.setText(new_token().value)
    status.check.click()
    qtbot.waitUntil(lambda: status.job is None, timeout=30_000)
    assert "holds nothing for this case token" in status.message.text()
    assert not status.fingerprints.withdraw_all.isEnabled()
    # Confirming a withdrawal of the old case after a typo says why nothing happened.
    status.case.token_edit.setText(token)
    status.check.click()
    qtbot.waitUntil(lambda: status.job is None and bool(case_lines(status)), timeout=30_000)
    status.fingerprints.withdraw_all.click()
    status.case.token_edit.setFocus()
    qtbot.keyClick(status.case.token_edit, Qt.Key.Key_Backspace)
    assert not status.fingerprints.confirm.isVisible()
    assert all(r["state"] == "active" for r in bank.hash_rows())
