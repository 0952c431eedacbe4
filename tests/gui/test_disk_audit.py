"""The whole flow writes only files the docs name, and none of them says whose pictures they are.

HOME and every XDG folder point at a temporary place (tests/conftest.py), and so do TMPDIR and
Qt's own settings (as in a fresh process with that home). The pictures' names and folder tell
who they are. The real window goes through the whole flow, as a person would, with Qt's file
dialogs: choose, hash, review, save an encrypted file, send to the practice bank, receipt
(copied, saved to a file), status, withdraw, import the saved file and send it, Next client,
quick exit. Then every file under the temporary home is listed and read.
"""

from __future__ import annotations

import fnmatch
import tempfile
from pathlib import Path

import platformdirs
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from stopncii_desktop.folders import APP_NAME
from stopncii_desktop.gui.pages.choose import ChoosePage
from stopncii_desktop.gui.pages.importing import ImportPage
from stopncii_desktop.gui.pages.receipt import ReceiptPage
from stopncii_desktop.gui.pages.review import ReviewPage
from stopncii_desktop.gui.pages.send import SendPage
from stopncii_desktop.gui.pages.status import StatusPage
from stopncii_desktop.gui.pages.welcome import WelcomePage
from stopncii_desktop.gui.window import MainWindow
from tests.conftest import REPO_ROOT
from tests.gui.helpers import (
    files_under,
    make_window,
    next_client,
    select_line,
    wait_for_page,
    wait_scanned,
)
from tests.media import write_photo

PASSPHRASE = "a long passphrase for the audit"
#: Files the app may write in its own folders, as docs/app.md names them.
DOCUMENTED = {
    "config": [f"{APP_NAME}/settings.json"],
    "data": [
        f"{APP_NAME}/outbox/*.json",
        f"{APP_NAME}/outbox/*.lock",
        f"{APP_NAME}/receipts/*.json",
    ],
}
#: The first bytes of pictures (a thumbnail written anywhere would start so).
PICTURE_SIGNATURES = (b"\xff\xd8\xff", b"\x89PNG", b"GIF8", b"RIFF", b"BM")


def choose_in_dialog(dialog: QWidget | None, folder: Path, *names: str) -> None:
    """Go to ``folder`` in Qt's file dialog, pick ``names`` and accept, as a person would."""
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    dialog.setDirectory(str(folder))
    dialog.selectFile(" ".join(f'"{n}"' for n in names) if len(names) > 1 else names[0])
    dialog.accept()


def traces(data: bytes, needles: list[str]) -> list[str]:
    """The needles found in ``data``, as UTF-8, UTF-16 or percent-encoded text, any case."""
    found = []
    lowered = data.lower()
    for needle in needles:
        forms = {needle, needle.replace(" ", "%20"), needle.replace("-", "")}
        for form in forms:
            low = form.lower()
            if low.encode() in lowered or low.encode("utf-16-le") in lowered:
                found.append(needle)
                break
    return found


@pytest.mark.parametrize("caseworker", [False, True], ids=["person", "caseworker"])
def test_the_whole_flow_writes_only_what_the_docs_name(
    qtbot, home: Path, monkeypatch: pytest.MonkeyPatch, caseworker: bool
) -> None:
    temporary = home / "tmp"
    temporary.mkdir()
    for var in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(var, str(temporary))
    monkeypatch.setattr(tempfile, "tempdir", None)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(home / "xdg_config_home"))
    (home / "Pictures").mkdir()
    documents = home / "Documents"
    documents.mkdir()
    private = home / "Pictures" / "Maria Lopez private"
    private.mkdir()
    pictures = [
        write_photo(private / f"maria_lopez_nude_{n}.jpg", 480, 360, seed=70 + n) for n in (1, 2, 3)
    ]
    originals = {p: p.read_bytes() for p in pictures}
    window = make_window(qtbot, caseworker=caseworker)
    tokens = run_the_whole_flow(qtbot, window, private, pictures, documents)

    # -- what is on disk now ---------------------------------------------------------------
    docs = (REPO_ROOT / "docs" / "app.md").read_text(encoding="utf-8")
    folders = {
        "config": platformdirs.user_config_path(APP_NAME, appauthor=False).parent,
        "data": platformdirs.user_data_path(APP_NAME, appauthor=False).parent,
    }
    for patterns in DOCUMENTED.values():
        for pattern in patterns:
            assert f"`{pattern}`" in docs, f"docs/app.md does not name {pattern}"
    chosen = {documents / "case.stopncii.json", documents / "my receipt.json"}
    written = files_under(home) - set(pictures)
    assert chosen <= written
    undocumented = [
        p
        for p in written - chosen
        if not any(
            p.is_relative_to(folders[kind])
            and fnmatch.fnmatch(p.relative_to(folders[kind]).as_posix(), pattern)
            for kind, patterns in DOCUMENTED.items()
            for pattern in patterns
        )
    ]
    assert undocumented == [], [str(p.relative_to(home)) for p in undocumented]
    if caseworker:
        assert written == chosen, "caseworker mode keeps nothing of a client in its folders"

    names = ["Maria Lopez", "maria_lopez", str(private), *(p.name for p in pictures)]
    for path in written:
        data = path.read_bytes()
        assert not traces(data, names), f"{path.relative_to(home)} names the pictures"
        assert not data.startswith(PICTURE_SIGNATURES), f"{path.relative_to(home)} is a picture"
        kept_by_choice = path == documents / "my receipt.json"
        if not kept_by_choice:
            assert not traces(data, tokens), f"{path.relative_to(home)} holds a case token"
    assert traces((documents / "my receipt.json").read_bytes(), tokens[:1])
    assert {p: p.read_bytes() for p in pictures} == originals


def run_the_whole_flow(
    qtbot, window: MainWindow, private: Path, pictures: list[Path], documents: Path
) -> list[str]:
    """Every step of the app, through its buttons and dialogs; returns the case tokens."""
    window.page(WelcomePage).start.click()
    choose = window.page(ChoosePage)
    choose.add_files.click()
    choose_in_dialog(choose.file_dialog, private, *(p.name for p in pictures))
    wait_scanned(qtbot, choose)
    assert window.ctx.session.files == pictures
    choose.next.click()
    wait_for_page(qtbot, window, "review", timeout=120_000)
    review = window.page(ReviewPage)
    qtbot.waitUntil(lambda: len(window.ctx.session.thumbnails) == len(pictures), timeout=60_000)
    review.reveal_all.click()
    review.next.click()
    wait_for_page(qtbot, window, "send")

    # Saved to an encrypted file, then sent to the practice bank.
    send = window.page(SendPage)
    send.saving.pass1.setText(PASSPHRASE)
    send.saving.pass2.setText(PASSPHRASE)
    send.saving.export_button.click()
    choose_in_dialog(send.saving.file_dialog, documents, "case.stopncii.json")
    qtbot.waitUntil(lambda: send.job is None, timeout=120_000)
    assert send.saving.save_status.text().startswith("Saved"), send.saving.save_status.text()
    send.sending.practice_box.click()
    send.sending.send_button.click()
    send.sending.confirm.yes.click()
    wait_for_page(qtbot, window, "receipt", timeout=60_000)
    tokens = [str(window.ctx.session.token)]

    receipt = window.page(ReceiptPage)
    receipt.copy.click()
    receipt.save.click()
    choose_in_dialog(receipt.file_dialog, documents, "my receipt.json")
    assert "saved" in receipt.result.text()

    # Status, and one picture withdrawn.
    receipt.status.click()
    wait_for_page(qtbot, window, "status")
    status = window.page(StatusPage)
    status.check.click()
    qtbot.waitUntil(
        lambda: status.job is None and status.fingerprints.model.rowCount() > 0, timeout=60_000
    )
    select_line(status, 0)
    status.fingerprints.withdraw_picture.click()
    status.fingerprints.confirm.yes.click()
    qtbot.waitUntil(
        lambda: status.job is None and "Withdrawn" in status.message.text(), timeout=60_000
    )

    # The saved file, opened and sent.
    status.back.click()
    window.page(WelcomePage).import_.click()
    wait_for_page(qtbot, window, "import")
    importer = window.page(ImportPage)
    importer.open_button.click()
    choose_in_dialog(importer.file_dialog, documents, "case.stopncii.json")
    qtbot.waitUntil(lambda: importer.passphrase.isVisible(), timeout=60_000)
    importer.passphrase.setText(PASSPHRASE)
    importer.unlock.click()
    qtbot.waitUntil(lambda: importer.next.isEnabled(), timeout=120_000)
    importer.next.click()
    wait_for_page(qtbot, window, "send")
    if not send.sending.practice_box.isChecked():
        send.sending.practice_box.click()
    send.sending.send_button.click()
    send.sending.confirm.yes.click()
    wait_for_page(qtbot, window, "receipt", timeout=60_000)
    tokens.append(str(window.ctx.session.token))
    assert tokens[0] != tokens[1]

    next_client(window)
    assert window.ctx.session.is_empty
    window.quick_exit_button.click()
    assert window.quick.triggered  # type: ignore[attr-defined]
    return tokens
