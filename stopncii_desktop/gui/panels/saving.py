"""Saving the fingerprints to a file instead of sending them, plain or with a passphrase.

The file is written off the GUI thread (encrypting is slow on purpose). A submission
that waits for the bank keeps its case token in the file, so sending the file later
completes that same case.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from stopncii_desktop.case.casefile import MIN_PASSPHRASE_CHARS, export_case
from stopncii_desktop.case.regular_files import refuse_special
from stopncii_desktop.case.token import CaseToken
from stopncii_desktop.gui.a11y import button_texts, described
from stopncii_desktop.gui.file_dialogs import dated_name, file_dialog
from stopncii_desktop.gui.log_window import log
from stopncii_desktop.gui.panels.base import Kit, Panel
from stopncii_desktop.gui.texts import os_error_text
from stopncii_desktop.gui.widgets import message_label


class SavePanel(Panel):
    def __init__(self, kit: Kit, parent: QWidget) -> None:
        super().__init__(kit, parent)
        self.file_dialog: QWidget | None = None
        self.box, layout = self.group_box()
        self.protect = QCheckBox(self.box)
        self.protect.setChecked(True)
        layout.addWidget(self.protect)
        self.pass1 = QLineEdit(self.box)
        self.pass2 = QLineEdit(self.box)
        for edit in (self.pass1, self.pass2):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            layout.addWidget(edit)
        row = QHBoxLayout()
        self.export_button = self.button()
        row.addWidget(self.export_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.save_status: QLabel = message_label(self.box, grow=True)
        layout.addWidget(self.save_status)
        self.protect.toggled.connect(self._protect_toggled)
        self.export_button.clicked.connect(self.choose_export_file)
        self.jobs.changed.connect(lambda: self.export_button.setEnabled(not self.jobs.busy))

    def set_texts(self) -> None:
        self.box.setTitle(self.tr("Save to a file instead"))
        described(
            self.box,
            self.tr("Save to a file"),
            self.tr(
                "Save the fingerprints to a file, to send later from another computer "
                "with the app's \u201cSend a saved file\u201d."
            ),
        )
        self.protect.setText(self.tr("Prot&ect the file with a passphrase"))
        described(
            self.protect,
            self.tr("Protect with a passphrase"),
            self.tr("Locks the file so only someone who knows the passphrase can open it."),
        )
        described(
            self.pass1,
            self.tr("Passphrase"),
            self.tr("At least %1 characters. A few unrelated words are easy to remember.").replace(
                "%1", str(MIN_PASSPHRASE_CHARS)
            ),
        )
        described(
            self.pass2,
            self.tr("Passphrase again"),
            self.tr("Type the same passphrase again, to be sure it has no typing mistake."),
        )
        self.pass1.setPlaceholderText(self.tr("Passphrase"))
        self.pass2.setPlaceholderText(self.tr("The same passphrase again"))
        button_texts(
            self.export_button,
            self.tr("Save to a &file…"),
            self.tr("Chooses where to save the file of fingerprints. No pictures go in it."),
        )
        self.save_status.setAccessibleName(self.tr("Saving status"))

    def _protect_toggled(self, on: bool) -> None:
        self.pass1.setEnabled(on)
        self.pass2.setEnabled(on)

    def choose_export_file(self) -> None:
        problem = self._passphrase_problem()
        if problem is not None:
            self.live.show(self.save_status, problem)
            self.pass1.setFocus()
            return
        self.file_dialog = file_dialog(
            self,
            self.tr("Save the fingerprints"),
            self.tr("Choose where to save the file of fingerprints."),
            self.tr("Fingerprint files (*.stopncii.json);;All files (*)"),
            self.export_to,
            save=True,
            suffix="stopncii.json",
            name=dated_name("fingerprints", "stopncii.json"),
        )

    def _passphrase_problem(self) -> Callable[[], str] | None:
        """What is wrong with the passphrase typed (as a maker of the words), or None."""
        if not self.protect.isChecked():
            return None
        if len(self.pass1.text()) < MIN_PASSPHRASE_CHARS:
            return lambda: self.tr("The passphrase needs at least %1 characters.").replace(
                "%1", str(MIN_PASSPHRASE_CHARS)
            )
        if self.pass1.text() != self.pass2.text():
            return lambda: self.tr("The two passphrases are not the same. Please type them again.")
        return None

    def export_to(self, path: Path) -> None:
        """Save the fingerprints to ``path`` (encrypted when a passphrase is set), off the
        GUI thread."""
        problem = self._passphrase_problem()
        if problem is not None:
            self.live.show(self.save_status, problem)
            return
        if self.jobs.busy:
            return
        hashset = self.ctx.session.outgoing_case().hashset
        passphrase = self.pass1.text() if self.protect.isChecked() else None
        queued = self.ctx.session.queued
        token = (
            CaseToken(queued.entry.token, queued.entry.token_issued_elsewhere)
            if queued is not None
            else None
        )

        def call() -> None:
            refuse_special(path)
            export_case(path, hashset, token=token, passphrase=passphrase)

        self.jobs.run(call, self._saved, self._save_failed)
        self.live.show(self.save_status, lambda: self.tr("Saving…"))

    def _saved(self, _value: object) -> None:
        self.pass1.setText("")
        self.pass2.setText("")
        session = self.ctx.session
        session.hashset = session.outgoing_case().hashset
        with_token = session.queued is not None
        if session.queued is not None:
            session.queued.saved = True
        log(self.tr("The fingerprints were saved to a file."))
        self.live.show(self.save_status, lambda: self._saved_text(with_token))

    def _saved_text(self, with_token: bool) -> str:
        text = self.tr(
            "Saved. Take the file to a computer with internet, open this app there and "
            "choose \u201cSend a saved file\u201d."
        )
        if with_token:
            text += " " + self.tr(
                "The file holds the fingerprints and the case token, so keep it as safe as "
                "the token itself."
            )
        else:
            text += " " + self.tr("The file holds fingerprints only.")
        return text

    def _save_failed(self, error: Exception) -> None:
        if isinstance(error, OSError):
            reason = os_error_text(error)
        else:
            reason = str(error) if isinstance(error, ValueError) else type(error).__name__
        self.live.show(
            self.save_status,
            lambda: self.tr("The file could not be saved: %1. Nothing else was changed.").replace(
                "%1", reason
            ),
        )

    def offer_save(self) -> None:
        """Ready to save the waiting fingerprints for the client (Next client's "Save")."""
        self.live.show(
            self.save_status,
            lambda: self.tr(
                "Save this client\u2019s fingerprints and case token to a file for them, then "
                "press Next client again."
            ),
        )
        self.pass1.setFocus()

    def wiped(self) -> None:
        self.pass1.setText("")  # not clear(): undo must not bring a passphrase back
        self.pass2.setText("")
