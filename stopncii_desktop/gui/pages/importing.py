"""Import: open a file of fingerprints saved earlier (perhaps offline) and go on to send it.

The file is checked completely before anything is used. An encrypted file
asks for its passphrase; unlocking is slow on purpose, so it runs off the
GUI thread. The file's place on disk is kept in memory only, for this visit.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QProgressBar, QWidget

from stopncii_desktop.case.casefile import CaseFile, CaseFileError, read_case_file
from stopncii_desktop.case.regular_files import refuse_special
from stopncii_desktop.gui.a11y import described, show_text
from stopncii_desktop.gui.context import AppContext
from stopncii_desktop.gui.file_dialogs import file_dialog
from stopncii_desktop.gui.log_window import log
from stopncii_desktop.gui.pages.base import Page
from stopncii_desktop.gui.pages.send import IMPORTED
from stopncii_desktop.gui.workers import TaskJob


class ImportPage(Page):
    name = "import"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.job: TaskJob | None = None
        self.file_dialog: QWidget | None = None
        self._path: Path | None = None
        self.case_file: CaseFile | None = None
        self.set_heading(
            self.tr("Send a saved file"),
            self.tr("Open a file of fingerprints saved earlier, then send it."),
        )
        self.paragraph(
            self.tr(
                "If you made fingerprints on a computer without internet and saved them to a "
                "file, open that file here. It holds fingerprints only, no pictures."
            ),
            self.tr("About saved files"),
        )
        row = QHBoxLayout()
        self.open_button = self.button(
            self.tr("&Open a saved file…"), self.tr("Choose the file of fingerprints to send.")
        )
        row.addWidget(self.open_button)
        row.addStretch(1)
        self.layout_.addLayout(row)
        pass_row = QHBoxLayout()
        self.passphrase = described(
            QLineEdit(self),
            self.tr("Passphrase"),
            self.tr("This file is locked. Type the passphrase chosen when it was saved."),
        )
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase of the file"))
        self.unlock = self.button(
            self.tr("&Unlock"), self.tr("Opens the locked file with the passphrase.")
        )
        pass_row.addWidget(self.passphrase, 1)
        pass_row.addWidget(self.unlock)
        self.layout_.addLayout(pass_row)
        self.busy = described(
            QProgressBar(self), self.tr("Opening"), self.tr("The app is opening the file.")
        )
        self.busy.setRange(0, 0)
        self.layout_.addWidget(self.busy)
        self.message = described(QLabel(self), self.tr("About the file"), "")
        self.message.setWordWrap(True)
        self.layout_.addWidget(self.message)
        self.layout_.addStretch(1)

        self.back = self.button(self.tr("&Back"), self.tr("Go back to the first page."))
        self.next = self.button(
            self.tr("&Continue: send"), self.tr("Go on to send the fingerprints in this file.")
        )
        self.buttons.addWidget(self.back)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.next)
        self.finish_layout()

        self.open_button.clicked.connect(self.choose_file)
        self.unlock.clicked.connect(self._unlock)
        self.passphrase.returnPressed.connect(self._unlock)
        self.back.clicked.connect(lambda: ctx.go("welcome"))
        self.next.clicked.connect(self.go_on)
        self._reset()

    def _reset(self) -> None:
        self._path = None
        self.case_file = None
        self.passphrase.setText("")  # not clear(): undo must not bring it back
        self._show_passphrase(False)
        self.busy.hide()
        self.next.setEnabled(False)
        show_text(self.message, "")

    def _show_passphrase(self, on: bool) -> None:
        self.passphrase.setVisible(on)
        self.unlock.setVisible(on)

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
        if self.job is not None:
            return
        self._reset()
        self._path = path
        self._read(None)

    def _unlock(self) -> None:
        if self._path is None or self.job is not None:
            return
        if not self.passphrase.text():
            show_text(self.message, self.tr("Please type the passphrase."))
            return
        self._read(self.passphrase.text())

    def _read(self, passphrase: str | None) -> None:
        path = self._path
        assert path is not None

        def call() -> CaseFile:
            refuse_special(path)  # a pipe would keep this job waiting forever
            return read_case_file(path, passphrase)

        job = TaskJob(call, self)
        job.succeeded.connect(self._opened)
        job.error.connect(self._failed)
        self.job = job
        self.busy.show()
        self.open_button.setEnabled(False)
        self.unlock.setEnabled(False)
        show_text(
            self.message,
            self.tr("Opening the file…") if passphrase is None else self.tr("Unlocking…"),
        )
        job.start()

    def _finish_job(self) -> None:
        if self.job is not None:
            self.job.wait()
        self.job = None
        self.busy.hide()
        self.open_button.setEnabled(True)
        self.unlock.setEnabled(True)

    def _opened(self, case_file: object) -> None:
        if self.sender() is not self.job:
            return
        self._finish_job()
        assert isinstance(case_file, CaseFile)
        self.case_file = case_file
        self.passphrase.setText("")  # not clear(): undo must not bring it back
        self._show_passphrase(False)
        count = len(case_file.hashset.items)
        text = self.tr("This file holds the fingerprints of %n file(s).", "", count)
        if case_file.created:
            text += " " + self.tr("It was made on %1.").replace("%1", case_file.created)
        if case_file.token is not None:
            text += " " + self.tr("It includes a case token, which will be used.")
        show_text(self.message, text)
        self.next.setEnabled(count > 0)
        self.next.setFocus()
        log(f"saved file opened: {count} item(s)")

    def _failed(self, error: object) -> None:
        if self.sender() is not self.job:
            return
        self._finish_job()
        code = error.code if isinstance(error, CaseFileError) else ""
        if code == "needs-passphrase":
            self._show_passphrase(True)
            self.passphrase.setFocus()
            show_text(
                self.message, self.tr("This file is locked with a passphrase. Please type it.")
            )
        elif code == "wrong-passphrase":
            self._show_passphrase(True)
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            show_text(self.message, self.tr("That passphrase is not right. Please try again."))
        elif isinstance(error, CaseFileError):
            show_text(
                self.message, self.tr("This file cannot be used: %1.").replace("%1", str(error))
            )
        else:
            show_text(self.message, self.tr("This file could not be opened."))

    def go_on(self) -> None:
        if self.case_file is None:
            return
        session = self.ctx.session
        session.extra[IMPORTED] = self.case_file
        self.ctx.go("send")

    def shutdown(self) -> None:
        self.wait_for_jobs(self.job)

    def wiped(self) -> None:
        self.retire(self.job)
        self.job = None
        self._reset()
        self.open_button.setEnabled(True)
        self.unlock.setEnabled(True)
