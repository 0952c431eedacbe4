"""Import: open a file of fingerprints saved earlier (perhaps offline) and go on to send it.

The file is checked completely before anything is used. An encrypted file
asks for its passphrase; unlocking is slow on purpose, so it runs off the
GUI thread. The file's place on disk is kept in memory only, for this visit.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from stopncii_desktop.case.casefile import CaseFile, CaseFileError, read_case_file
from stopncii_desktop.case.regular_files import refuse_special
from stopncii_desktop.gui.a11y import button_texts, described
from stopncii_desktop.gui.bidi import isolate
from stopncii_desktop.gui.context import AppContext
from stopncii_desktop.gui.file_dialogs import file_dialog
from stopncii_desktop.gui.log_window import log
from stopncii_desktop.gui.pages.base import Page
from stopncii_desktop.gui.widgets import busy_bar, message_label


class ImportPage(Page):
    name = "import"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.file_dialog: QWidget | None = None
        self._path: Path | None = None
        self.case_file: CaseFile | None = None
        self.intro = self.paragraph()
        row = QHBoxLayout()
        self.open_button = self.button()
        row.addWidget(self.open_button)
        row.addStretch(1)
        self.layout_.addLayout(row)
        pass_row = QHBoxLayout()
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.unlock = self.button()
        pass_row.addWidget(self.passphrase, 1)
        pass_row.addWidget(self.unlock)
        self.layout_.addLayout(pass_row)
        self.busy = busy_bar(self)
        self.layout_.addWidget(self.busy)
        self.message: QLabel = message_label(self)
        self.layout_.addWidget(self.message)
        self.layout_.addStretch(1)

        self.back = self.back_button()
        self.next = self.forward_button()
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.next)
        self.finish_layout()

        self.open_button.clicked.connect(self.choose_file)
        self.unlock.clicked.connect(self._unlock)
        self.passphrase.returnPressed.connect(self._unlock)
        self.back.clicked.connect(lambda: ctx.go("welcome"))
        self.next.clicked.connect(self.go_on)
        self.jobs.changed.connect(self._busy_changed)
        self._reset()
        self.retranslate()

    def set_texts(self) -> None:
        self.set_heading(
            self.tr("Send a saved file"),
            self.tr("Open a file of fingerprints saved earlier, then send it."),
        )
        self.set_paragraph(
            self.intro,
            self.tr(
                "If you made fingerprints on a computer without internet and saved them to a "
                "file, open that file here. It holds fingerprints only, no pictures."
            ),
            self.tr("About saved files"),
        )
        button_texts(
            self.open_button,
            self.tr("&Open a saved file…"),
            self.tr("Choose the file of fingerprints to send."),
        )
        described(
            self.passphrase,
            self.tr("Passphrase"),
            self.tr("This file is locked. Type the passphrase chosen when it was saved."),
        )
        self.passphrase.setPlaceholderText(self.tr("Passphrase of the file"))
        button_texts(
            self.unlock, self.tr("&Unlock"), self.tr("Opens the locked file with the passphrase.")
        )
        described(self.busy, self.tr("Opening"), self.tr("The app is opening the file."))
        self.message.setAccessibleName(self.tr("About the file"))
        button_texts(self.back, self.tr("&Back"), self.tr("Go back to the first page."))
        button_texts(
            self.next,
            self.tr("&Continue: send"),
            self.tr("Go on to send the fingerprints in this file."),
        )

    def _reset(self) -> None:
        self._path = None
        self.case_file = None
        self.passphrase.setText("")  # not clear(): undo must not bring it back
        self._show_passphrase(False)
        self.next.setEnabled(False)
        self.live.clear(self.message)

    def _show_passphrase(self, on: bool) -> None:
        self.passphrase.setVisible(on)
        self.unlock.setVisible(on)

    def _busy_changed(self) -> None:
        busy = self.jobs.busy
        self.busy.setVisible(busy)
        self.open_button.setEnabled(not busy)
        self.unlock.setEnabled(not busy)

    def entered(self) -> None:
        if self.case_file is None:
            self.open_button.setFocus()

    def choose_file(self) -> None:
        self.file_dialog = file_dialog(
            self,
            self.tr("Open a saved file"),
            self.tr("Choose the file of fingerprints saved earlier."),
            self.tr("Fingerprint files (*.json);;All files (*)"),
            self.open_file,
        )

    def open_file(self, path: Path) -> None:
        """Read ``path``; an encrypted file asks for its passphrase first."""
        if self.jobs.busy:
            return
        self._reset()
        self._path = path
        self._read(None)

    def _unlock(self) -> None:
        if self._path is None or self.jobs.busy:
            return
        if not self.passphrase.text():
            self.live.show(self.message, lambda: self.tr("Please type the passphrase."))
            return
        self._read(self.passphrase.text())

    def _read(self, passphrase: str | None) -> None:
        path = self._path
        assert path is not None

        def call() -> CaseFile:
            refuse_special(path)  # a pipe would keep this job waiting forever
            return read_case_file(path, passphrase)

        self.jobs.run(call, self._opened, self._failed)
        if passphrase is None:
            self.live.show(self.message, lambda: self.tr("Opening the file…"))
        else:
            self.live.show(self.message, lambda: self.tr("Unlocking…"))

    def _opened(self, case_file: CaseFile) -> None:
        self.case_file = case_file
        self.passphrase.setText("")  # not clear(): undo must not bring it back
        self._show_passphrase(False)
        count = len(case_file.hashset.items)
        created, with_token = case_file.created, case_file.token is not None
        self.live.show(self.message, lambda: self._opened_text(count, created, with_token))
        self.next.setEnabled(count > 0)
        self.next.setFocus()
        log(self.tr("A saved file was opened: %n picture(s) in it.", "", count))

    def _opened_text(self, count: int, created: str | None, with_token: bool) -> str:
        text = self.tr("This file holds the fingerprints of %n file(s).", "", count)
        if created:
            text += " " + self.tr("It was made on %1.").replace("%1", isolate(created, ltr=True))
        if with_token:
            text += " " + self.tr("It includes a case token, which will be used.")
        return text

    def _failed(self, error: Exception) -> None:
        code = error.code if isinstance(error, CaseFileError) else ""
        if code == "needs-passphrase":
            self._show_passphrase(True)
            self.passphrase.setFocus()
            self.live.show(
                self.message,
                lambda: self.tr("This file is locked with a passphrase. Please type it."),
            )
        elif code == "wrong-passphrase":
            self._show_passphrase(True)
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            self.live.show(
                self.message, lambda: self.tr("That passphrase is not right. Please try again.")
            )
        elif isinstance(error, CaseFileError):
            reason = str(error)
            self.live.show(
                self.message,
                lambda: self.tr("This file cannot be used: %1.").replace("%1", reason),
            )
        else:
            self.live.show(self.message, lambda: self.tr("This file could not be opened."))

    def go_on(self) -> None:
        if self.case_file is None:
            return
        self.ctx.session.imported = self.case_file
        self.ctx.go("send")

    def wiped(self) -> None:
        self._reset()
