"""Send or save: submit to the bank (after a confirmation), export a file, or practise.

Nothing leaves the computer until the person presses "Yes, send now". The
network work runs in a :class:`TaskJob` thread. A real submission is saved in
the outbox before it is sent, so a failure leaves it waiting, with a plain
message and "Try again" (which resends the same queued submission, never a
second copy). Practice mode talks to the reference server on 127.0.0.1 and
writes nothing to disk.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from stopncii_desktop.bank.base import BankError
from stopncii_desktop.bank.outbox import Outbox, OutboxEntry
from stopncii_desktop.bank.receipts import Receipt
from stopncii_desktop.bank.service import deliver, make_plan, queue, submit_for_practice
from stopncii_desktop.case.casefile import MIN_PASSPHRASE_CHARS, CaseFile, export_case
from stopncii_desktop.case.hashset import HashSet
from stopncii_desktop.case.regular_files import refuse_special
from stopncii_desktop.case.token import CaseToken, new_token
from stopncii_desktop.gui.a11y import described, show_text
from stopncii_desktop.gui.banking import (
    BankChoice,
    Cancel,
    CancelledSending,
    configured_choice,
    practice_choice,
    saved_access,
)
from stopncii_desktop.gui.context import AppContext
from stopncii_desktop.gui.file_dialogs import file_dialog
from stopncii_desktop.gui.log_window import log
from stopncii_desktop.gui.over_window import open_over
from stopncii_desktop.gui.pages.base import Page
from stopncii_desktop.gui.pages.review import DocumentDialog
from stopncii_desktop.gui.session import IMPORTED, QUEUED, QUEUED_IN, QUEUED_SAVED
from stopncii_desktop.gui.texts import bank_error_text
from stopncii_desktop.gui.workers import TaskJob

__all__ = ["IMPORTED", "QUEUED", "SendPage"]


def _grow_with_text(label: QLabel) -> None:
    """A wrapped label in a group box otherwise keeps the height of its first line."""
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.MinimumExpanding)


class SendPage(Page):
    name = "send"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.job: TaskJob | None = None
        self._cancel: Cancel | None = None
        self._choice: BankChoice | None = None
        self._hashset: HashSet | None = None
        self._token: CaseToken | None = None
        self.file_dialog: QWidget | None = None
        self.set_heading(
            self.tr("Send or save the fingerprints"),
            self.tr("Choose to send the fingerprints to the bank now, or save them to a file."),
        )
        self.ready = self.paragraph("", self.tr("What is ready"))

        # --- sending -------------------------------------------------------------
        send_box = QGroupBox(self.tr("Send to the hash bank"), self)
        described(
            send_box,
            self.tr("Send to the hash bank"),
            self.tr("Send the fingerprints and a case token to the bank."),
        )
        send_layout = QVBoxLayout(send_box)
        self.bank_label = described(QLabel(send_box), self.tr("Where they go"), "")
        self.bank_label.setWordWrap(True)
        _grow_with_text(self.bank_label)
        self.bank_label.setProperty("i18n_exempt", True)  # holds the bank's name and address
        send_layout.addWidget(self.bank_label)
        self.practice_box = described(
            QCheckBox(
                self.tr("&Practice mode: try it with a practice server on this computer"), send_box
            ),
            self.tr("Practice mode"),
            self.tr(
                "Sends the fingerprints to a practice server on this computer instead of a "
                "real bank. Nothing is protected and nothing leaves the computer."
            ),
        )
        send_layout.addWidget(self.practice_box)
        row = QHBoxLayout()
        self.send_button = self.button(
            self.tr("&Send to this bank…"),
            self.tr("Asks you to confirm, then sends only the fingerprints and a case token."),
        )
        row.addWidget(self.send_button)
        row.addStretch(1)
        send_layout.addLayout(row)

        self.confirm_panel = QFrame(send_box)
        self.confirm_panel.setFrameShape(QFrame.Shape.StyledPanel)
        confirm_layout = QVBoxLayout(self.confirm_panel)
        self.confirm_text = described(QLabel(self.confirm_panel), self.tr("Please confirm"), "")
        self.confirm_text.setWordWrap(True)
        _grow_with_text(self.confirm_text)
        confirm_layout.addWidget(self.confirm_text)
        confirm_row = QHBoxLayout()
        self.confirm_button = self.button(
            self.tr("&Yes, send now"), self.tr("Sends the fingerprints and the case token now.")
        )
        self.not_now = self.button(
            self.tr("Not no&w"), self.tr("Sends nothing. You can still save to a file.")
        )
        self.show_plan = self.button(
            self.tr("Show e&xactly what will be sent"),
            self.tr("Opens, to read, the requests that will go to the bank, as they will go."),
        )
        confirm_row.addWidget(self.confirm_button)
        confirm_row.addWidget(self.not_now)
        confirm_row.addWidget(self.show_plan)
        confirm_row.addStretch(1)
        confirm_layout.addLayout(confirm_row)
        self.confirm_panel.hide()
        send_layout.addWidget(self.confirm_panel)

        self.progress = described(
            QProgressBar(send_box),
            self.tr("Sending"),
            self.tr("Shows that the app is talking to the bank."),
        )
        self.progress.setRange(0, 0)
        self.progress.hide()
        send_layout.addWidget(self.progress)
        self.send_status = described(QLabel(send_box), self.tr("Sending status"), "")
        self.send_status.setWordWrap(True)
        _grow_with_text(self.send_status)
        send_layout.addWidget(self.send_status)
        status_row = QHBoxLayout()
        self.stop_button = self.button(
            self.tr("St&op"),
            self.tr("Stops waiting for the bank. What was not sent stays kept on this computer."),
        )
        self.retry_button = self.button(
            self.tr("T&ry again"), self.tr("Tries again to send what is waiting.")
        )
        status_row.addWidget(self.stop_button)
        status_row.addWidget(self.retry_button)
        status_row.addStretch(1)
        send_layout.addLayout(status_row)
        self.layout_.addWidget(send_box)

        # --- saving ----------------------------------------------------------------
        save_box = QGroupBox(self.tr("Save to a file instead"), self)
        described(
            save_box,
            self.tr("Save to a file"),
            self.tr(
                "Save the fingerprints to a file, to send later from another computer "
                "with the app's \u201cSend a saved file\u201d."
            ),
        )
        save_layout = QVBoxLayout(save_box)
        self.protect = described(
            QCheckBox(self.tr("Prot&ect the file with a passphrase"), save_box),
            self.tr("Protect with a passphrase"),
            self.tr("Locks the file so only someone who knows the passphrase can open it."),
        )
        self.protect.setChecked(True)
        save_layout.addWidget(self.protect)
        self.pass1 = described(
            QLineEdit(save_box),
            self.tr("Passphrase"),
            self.tr("At least %1 characters. A few unrelated words are easy to remember.").replace(
                "%1", str(MIN_PASSPHRASE_CHARS)
            ),
        )
        self.pass2 = described(
            QLineEdit(save_box),
            self.tr("Passphrase again"),
            self.tr("Type the same passphrase again, to be sure it has no typing mistake."),
        )
        for edit, hint in (
            (self.pass1, self.tr("Passphrase")),
            (self.pass2, self.tr("The same passphrase again")),
        ):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setPlaceholderText(hint)
            save_layout.addWidget(edit)
        save_row = QHBoxLayout()
        self.export_button = self.button(
            self.tr("Save to a &file…"),
            self.tr("Chooses where to save the file of fingerprints. No pictures go in it."),
        )
        save_row.addWidget(self.export_button)
        save_row.addStretch(1)
        save_layout.addLayout(save_row)
        self.save_status = described(QLabel(save_box), self.tr("Saving status"), "")
        self.save_status.setWordWrap(True)
        _grow_with_text(self.save_status)
        save_layout.addWidget(self.save_status)
        self.layout_.addWidget(save_box)
        self.layout_.addStretch(1)

        self.back = self.button(self.tr("&Back"), self.tr("Go back; nothing is sent."))
        self.buttons.addWidget(self.back)
        self.buttons.addStretch(1)
        self.finish_layout()

        self.practice_box.toggled.connect(self._practice_toggled)
        self.send_button.clicked.connect(self.ask_to_confirm)
        self.confirm_button.clicked.connect(self.send)
        self.not_now.clicked.connect(self._hide_confirm)
        self.show_plan.clicked.connect(self.show_requests)
        self.stop_button.clicked.connect(self.stop)
        self.retry_button.clicked.connect(self.retry)
        self.protect.toggled.connect(self._protect_toggled)
        self.export_button.clicked.connect(self.choose_export_file)
        self.back.clicked.connect(self._go_back)
        ctx.stop_hooks.append(self.stop)
        ctx.changed.connect(self._refresh_bank)
        self._set_idle()

    # --- what is sent --------------------------------------------------------------

    def document(self) -> HashSet:
        """The hash set that sending or saving uses (made once per visit of the page)."""
        if self._hashset is None:
            imported = self.ctx.session.extra.get(IMPORTED)
            if isinstance(imported, CaseFile):
                self._hashset = imported.hashset.without_paths()
            else:
                self._hashset = self.ctx.session.hashset_to_send()
        return self._hashset

    def _case_token(self) -> CaseToken:
        if self._token is None:
            imported = self.ctx.session.extra.get(IMPORTED)
            token = imported.token if isinstance(imported, CaseFile) else None
            self._token = token or new_token()
        return self._token

    def entered(self) -> None:
        if self.job is None and QUEUED not in self.ctx.session.extra:
            self._hashset = None
            self._token = None
        count = len(self.document().items)
        text = self.tr("%n picture(s) or video(s) have fingerprints ready.", "", count)
        self.ready.setText(
            text + " " + self.tr("Only the fingerprints and a case token can leave this computer.")
        )
        self.ready.setAccessibleDescription(self.ready.text())
        self.practice_box.setChecked(self.ctx.practice)
        self._refresh_bank()
        self.send_button.setFocus()

    def _practice_toggled(self, on: bool) -> None:
        if on != self.ctx.practice:
            self.ctx.set_practice(on)
        self._refresh_bank()

    def current_bank(self) -> tuple[BankChoice | None, str | None]:
        if self.ctx.practice:
            return practice_choice(self.ctx.practice_server), None
        return configured_choice(self.ctx.prefs.profile)

    def _refresh_bank(self) -> None:
        self._choice, problem = self.current_bank()
        choice = self._choice
        if choice is None:
            text = self.tr(
                "No bank is set up yet. You can save the fingerprints to a file, try practice "
                "mode, or add a bank in Settings."
            )
            if problem:
                text += " " + self.tr("(The bank settings could not be used: see Settings.)")
        elif choice.practice:
            text = self.tr(
                "PRACTICE: the fingerprints go to a practice server on this computer (%1). "
                "Nothing is really sent and nothing is protected."
            ).replace("%1", choice.address)
        else:
            text = (
                self.tr("The fingerprints will go to: %1, at %2")
                .replace("%1", choice.name)
                .replace("%2", choice.address)
            )
        show_text(self.bank_label, text)
        self.send_button.setEnabled(
            choice is not None and self.job is None and bool(self.document().items)
        )

    # --- sending -------------------------------------------------------------------

    def ask_to_confirm(self) -> None:
        choice = self._choice
        if choice is None or self.job is not None:
            return
        count = len(self.document().items)
        text = self.tr(
            "You are about to send the fingerprints of %n file(s) and a new case token", "", count
        )
        text += " " + self.tr("to %1 at %2.").replace("%1", choice.name).replace(
            "%2", choice.address
        )
        text += " " + self.tr("No pictures, file names or other details are sent. Send now?")
        if choice.practice:
            text += " " + self.tr("(Practice: nothing really leaves this computer.)")
        show_text(self.confirm_text, text)
        self.confirm_panel.show()
        self.confirm_button.setFocus()

    def requests_text(self) -> str:
        """The requests a submission would make, as the bank's client describes them."""
        choice = self._choice
        if choice is None:
            return ""
        token = self._case_token()
        client = choice.client()
        try:
            doc = client.describe_requests(make_plan(client, self.document(), token), token)
        except BankError as exc:
            return exc.message
        return json.dumps(doc, indent=2, ensure_ascii=False)

    def show_requests(self) -> DocumentDialog:
        """Show the requests that would be sent, over the window (Quick exit stays usable)."""
        dialog = DocumentDialog(self.requests_text(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        open_over(dialog)
        return dialog

    def _hide_confirm(self) -> None:
        self.confirm_panel.hide()
        self.send_button.setFocus()

    def send(self) -> None:
        """Send, after the person confirmed (the only way anything leaves the computer)."""
        if self.confirm_panel.isHidden() or self._choice is None or self.job is not None:
            return
        self.confirm_panel.hide()
        # A submission already waiting is the one that goes: never a second copy of it.
        entry = self.ctx.session.extra.get(QUEUED)
        self._start(self._choice, entry if isinstance(entry, OutboxEntry) else None)

    def retry(self) -> None:
        if self.job is not None:
            return
        if isinstance(self.ctx.session.extra.get(QUEUED), OutboxEntry):
            self._start_queued()
        elif self._choice is not None:
            self._start(self._choice, None)

    def _start_queued(self) -> None:
        """Send the submission that waits, to the bank it was meant for."""
        entry = self.ctx.session.extra.get(QUEUED)
        if isinstance(entry, OutboxEntry):
            self._start(None, entry)

    def _start(self, choice: BankChoice | None, entry: OutboxEntry | None) -> None:
        """Send to ``choice``, or deliver ``entry`` (already queued) where it was meant to go."""
        hashset, token = self.document(), self._case_token()
        cancel = Cancel()
        call: Callable[[], Receipt]
        practice = choice is not None and choice.practice
        if choice is not None and choice.practice:

            def call() -> Receipt:
                return submit_for_practice(choice.client(cancel), hashset, token, cancel.check)

        else:
            # Queued here, on this thread, before anything is sent: a crash or a failure
            # from now on leaves the submission waiting in the outbox (in caseworker mode,
            # in memory until Next client, which asks what to do with it).
            extra = self.ctx.session.extra
            held = extra.get(QUEUED_IN)
            outbox = held if entry is not None and isinstance(held, Outbox) else self.ctx.outbox()
            try:
                if entry is None:
                    if choice is None:
                        return
                    client = choice.client(cancel)
                    entry = queue(client, make_plan(client, hashset, token), token, outbox)
                    extra[QUEUED], extra[QUEUED_IN] = entry, outbox
                    extra.pop(QUEUED_SAVED, None)
                else:
                    client = saved_access(cancel).client(entry.endpoint)
            except (BankError, OSError, ValueError) as exc:
                log(f"sending not started: {type(exc).__name__}")
                self._failed(exc)
                return
            queued, save_receipts = entry, self.ctx.prefs.keeps_receipts

            def call() -> Receipt:
                cancel.check()
                return deliver(client, queued, outbox, save_receipts=save_receipts).receipt

        self._cancel = cancel
        job = TaskJob(call, self)
        job.succeeded.connect(self._sent)
        job.error.connect(self._failed)
        self.job = job
        self.progress.show()
        self.stop_button.show()
        self.stop_button.setEnabled(True)
        self._set_retry(False)
        self.send_button.setEnabled(False)
        self.back.setEnabled(False)
        show_text(self.send_status, self.tr("Sending the fingerprints…"))
        log("sending to the bank" + (" (practice)" if practice else ""))
        job.start()

    def _set_retry(self, on: bool) -> None:
        self.retry_button.setEnabled(on)
        self.retry_button.setVisible(on)

    def stop(self) -> None:
        if self._cancel is not None:
            self._cancel.cancel()
            show_text(self.send_status, self.tr("Stopping…"))
            self.stop_button.setEnabled(False)

    def _finish_job(self) -> None:
        if self.job is not None:
            self.job.wait()
        self.job = None
        self._cancel = None
        self._set_idle()

    def _set_idle(self) -> None:
        self.progress.hide()
        self.stop_button.setEnabled(False)
        self.stop_button.hide()
        self._set_retry(QUEUED in self.ctx.session.extra)
        self.back.setEnabled(True)
        self.send_button.setEnabled(self._choice is not None and self.job is None)

    def _sent(self, receipt: object) -> None:
        if self.sender() is not self.job:
            return
        self._finish_job()
        session = self.ctx.session
        for key in (QUEUED, QUEUED_IN, QUEUED_SAVED, IMPORTED):
            session.extra.pop(key, None)
        assert isinstance(receipt, Receipt)
        session.receipt = receipt
        session.token = receipt.token
        session.hashset = self._hashset
        self._hashset = None
        self._token = None
        show_text(self.send_status, self.tr("Sent."))
        log(f"sent: the bank stored {len(receipt.entries)} fingerprint(s)")
        self._set_retry(False)
        self.ctx.go("receipt")

    def _failed(self, error: object) -> None:
        if self.sender() is not self.job:
            return
        self._finish_job()
        practice = self._choice is not None and self._choice.practice
        kept = QUEUED in self.ctx.session.extra
        if isinstance(error, CancelledSending):
            text = self.tr("Stopped.")
        elif isinstance(error, BankError):
            text = self.tr("The fingerprints could not be sent: %1.").replace(
                "%1", bank_error_text(error)
            )
        else:
            text = self.tr("The fingerprints could not be sent because of a problem in the app.")
        if kept and not practice and self.ctx.prefs.caseworker:
            text += " " + self.tr(
                "They wait in the app, not on the computer, until Next client. Press "
                "\u201cTry again\u201d when you are ready, or save them to a file for the client."
            )
        elif kept and not practice:
            text += " " + self.tr(
                "They are kept safely on this computer, waiting. Press \u201cTry again\u201d "
                "when you are ready, or save them to a file instead."
            )
        else:
            text += " " + self.tr("Nothing was lost: you can try again or save to a file.")
        show_text(self.send_status, text)
        self._set_retry(True)
        self.retry_button.setFocus()

    # --- saving --------------------------------------------------------------------

    def _protect_toggled(self, on: bool) -> None:
        self.pass1.setEnabled(on)
        self.pass2.setEnabled(on)

    def choose_export_file(self) -> None:
        if self._passphrase_problem() is not None:
            show_text(self.save_status, self._passphrase_problem() or "")
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
        )

    def _passphrase_problem(self) -> str | None:
        if not self.protect.isChecked():
            return None
        if len(self.pass1.text()) < MIN_PASSPHRASE_CHARS:
            return self.tr("The passphrase needs at least %1 characters.").replace(
                "%1", str(MIN_PASSPHRASE_CHARS)
            )
        if self.pass1.text() != self.pass2.text():
            return self.tr("The two passphrases are not the same. Please type them again.")
        return None

    def export_to(self, path: Path) -> None:
        """Save the fingerprints to ``path`` (encrypted when a passphrase is set), off the GUI thread."""
        problem = self._passphrase_problem()
        if problem is not None:
            show_text(self.save_status, problem)
            return
        if self.job is not None:
            return
        hashset = self.document()
        passphrase = self.pass1.text() if self.protect.isChecked() else None
        # A submission waiting for the bank keeps its case token in the file, so sending the
        # file later completes that same case.
        entry = self.ctx.session.extra.get(QUEUED)
        token = (
            CaseToken(entry.token, entry.token_issued_elsewhere)
            if isinstance(entry, OutboxEntry)
            else None
        )

        def call() -> None:
            refuse_special(path)
            export_case(path, hashset, token=token, passphrase=passphrase)

        job = TaskJob(call, self)
        job.succeeded.connect(self._saved)
        job.error.connect(self._save_failed)
        self.job = job
        self.export_button.setEnabled(False)
        self.send_button.setEnabled(False)
        show_text(self.save_status, self.tr("Saving…"))
        job.start()

    def _saved(self, _value: object) -> None:
        if self.sender() is not self.job:
            return
        self._finish_job()
        self.export_button.setEnabled(True)
        self.pass1.setText("")
        self.pass2.setText("")
        self.ctx.session.hashset = self._hashset
        with_token = QUEUED in self.ctx.session.extra
        if with_token:
            self.ctx.session.extra[QUEUED_SAVED] = True
        log("fingerprints saved to a file")
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
        show_text(self.save_status, text)

    def _save_failed(self, error: object) -> None:
        if self.sender() is not self.job:
            return
        self._finish_job()
        self.export_button.setEnabled(True)
        reason = str(error) if isinstance(error, ValueError) else type(error).__name__
        if isinstance(error, OSError):
            reason = error.strerror or reason
        show_text(
            self.save_status,
            self.tr("The file could not be saved: %1. Nothing else was changed.").replace(
                "%1", reason
            ),
        )

    # --- what Next client asks for ------------------------------------------------------

    def send_waiting(self) -> None:
        """Show this page and send the submission that waits (Next client's "Send now")."""
        self.ctx.go("send")
        if self.job is None and isinstance(self.ctx.session.extra.get(QUEUED), OutboxEntry):
            self._start_queued()

    def offer_save(self) -> None:
        """Show this page ready to save the waiting fingerprints (Next client's "Save")."""
        self.ctx.go("send")
        show_text(
            self.save_status,
            self.tr(
                "Save this client\u2019s fingerprints and case token to a file for them, then "
                "press Next client again."
            ),
        )
        self.pass1.setFocus()

    # --- common ----------------------------------------------------------------------

    def _go_back(self) -> None:
        imported = IMPORTED in self.ctx.session.extra
        self.ctx.go("import" if imported else "review")

    def shutdown(self) -> None:
        self.stop()
        self.wait_for_jobs(self.job)

    def wiped(self) -> None:
        self.stop()
        self.retire(self.job)
        self.job = None
        self._cancel = None
        self._hashset = None
        self._token = None
        self.pass1.setText("")  # not clear(): undo must not bring a passphrase back
        self.pass2.setText("")
        self.confirm_panel.hide()
        for label in (self.send_status, self.save_status, self.confirm_text):
            show_text(label, "")
        self._set_idle()
