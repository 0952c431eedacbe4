"""Sending to the bank: where the fingerprints go, practice mode, the confirmation, progress,
Stop and "Try again".

Nothing leaves the computer until the person presses "Yes, send now". A real
submission is saved in the outbox (the session's memory in caseworker mode) before it
is sent, so a failure leaves it waiting, with a plain message and "Try again", which
resends that same queued submission, never a second copy. Practice mode talks to the
reference server on 127.0.0.1 and writes nothing to disk.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget

from stopncii_desktop.bank.base import BankError
from stopncii_desktop.bank.receipts import Receipt
from stopncii_desktop.bank.service import deliver, make_plan, queue, submit_for_practice
from stopncii_desktop.gui.a11y import button_texts, described
from stopncii_desktop.gui.banking import BankChoice, Cancel, CancelledSending
from stopncii_desktop.gui.bidi import isolate
from stopncii_desktop.gui.document_dialog import DocumentDialog, review_numbers
from stopncii_desktop.gui.log_window import log
from stopncii_desktop.gui.over_window import open_over
from stopncii_desktop.gui.panels.base import Kit, Panel
from stopncii_desktop.gui.panels.confirm import ConfirmBar
from stopncii_desktop.gui.session import Queued
from stopncii_desktop.gui.texts import bank_error_text, failure_text
from stopncii_desktop.gui.widgets import busy_bar, message_label


class SendPanel(Panel):
    def __init__(self, kit: Kit, parent: QWidget) -> None:
        super().__init__(kit, parent)
        self._choice: BankChoice | None = None
        #: True while the page's job is a submission of this panel.
        self._sending = False
        self.box, layout = self.group_box()
        self.bank_label: QLabel = message_label(self.box, grow=True)
        self.bank_label.setProperty("i18n_exempt", True)  # holds the bank's name and address
        layout.addWidget(self.bank_label)
        self.practice_box = QCheckBox(self.box)
        layout.addWidget(self.practice_box)
        row = QHBoxLayout()
        self.send_button = self.button()
        row.addWidget(self.send_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.confirm = ConfirmBar(kit, self.box, more=1)
        self.show_plan = self.confirm.more[0]
        layout.addWidget(self.confirm)
        self.progress = busy_bar(self.box)
        layout.addWidget(self.progress)
        self.send_status: QLabel = message_label(self.box, grow=True)
        layout.addWidget(self.send_status)
        status_row = QHBoxLayout()
        self.stop_button = self.button()
        self.retry_button = self.button()
        status_row.addWidget(self.stop_button)
        status_row.addWidget(self.retry_button)
        status_row.addStretch(1)
        layout.addLayout(status_row)

        self.practice_box.toggled.connect(self._practice_toggled)
        self.send_button.clicked.connect(self.ask_to_confirm)
        self.confirm.yes.clicked.connect(self.send)
        self.confirm.no.clicked.connect(self._hide_confirm)
        self.show_plan.clicked.connect(self.show_requests)
        self.stop_button.clicked.connect(self.stop)
        self.retry_button.clicked.connect(self.retry)
        self.ctx.changed.connect(self.refresh_bank)
        self.jobs.changed.connect(self._update)
        self._update()

    def set_texts(self) -> None:
        self.box.setTitle(self.tr("Send to the hash bank"))
        described(
            self.box,
            self.tr("Send to the hash bank"),
            self.tr("Send the fingerprints and a case token to the bank."),
        )
        self.bank_label.setAccessibleName(self.tr("Where they go"))
        self.practice_box.setText(
            self.tr("&Practice mode: try it with a practice server on this computer")
        )
        described(
            self.practice_box,
            self.tr("Practice mode"),
            self.tr(
                "Sends the fingerprints to a practice server on this computer instead of a "
                "real bank. Nothing is protected and nothing leaves the computer."
            ),
        )
        button_texts(
            self.send_button,
            self.tr("&Send to this bank…"),
            self.tr("Asks you to confirm, then sends only the fingerprints and a case token."),
        )
        button_texts(
            self.confirm.yes,
            self.tr("&Yes, send now"),
            self.tr("Sends the fingerprints and the case token now."),
        )
        button_texts(
            self.confirm.no,
            self.tr("Not no&w"),
            self.tr("Sends nothing. You can still save to a file."),
        )
        button_texts(
            self.show_plan,
            self.tr("Show e&xactly what will be sent"),
            self.tr("Opens, to read, the requests that will go to the bank, as they will go."),
        )
        described(
            self.progress,
            self.tr("Sending"),
            self.tr("Shows that the app is talking to the bank."),
        )
        self.send_status.setAccessibleName(self.tr("Sending status"))
        button_texts(
            self.stop_button,
            self.tr("St&op"),
            self.tr("Stops waiting for the bank. What was not sent stays kept on this computer."),
        )
        button_texts(
            self.retry_button,
            self.tr("T&ry again"),
            self.tr("Tries again to send what is waiting."),
        )

    # --- where the fingerprints go ----------------------------------------------------

    def entered(self) -> None:
        self.practice_box.setChecked(self.ctx.practice)
        self.refresh_bank()
        self.send_button.setFocus()

    def _practice_toggled(self, on: bool) -> None:
        if on != self.ctx.practice:
            self.ctx.set_practice(on)
        self.refresh_bank()

    def refresh_bank(self) -> None:
        self._choice, problem = self.ctx.bank_choice()
        choice = self._choice
        self.live.show(self.bank_label, lambda: self._bank_text(choice, problem))
        self._update()

    def _bank_text(self, choice: BankChoice | None, problem: str | None) -> str:
        if choice is None:
            text = self.tr(
                "No bank is set up yet. You can save the fingerprints to a file, try practice "
                "mode, or add a bank in Settings."
            )
            if problem:
                text += " " + self.tr("(The bank settings could not be used: see Settings.)")
            return text
        if choice.practice:
            return self.tr(
                "PRACTICE: the fingerprints go to a practice server on this computer (%1). "
                "Nothing is really sent and nothing is protected."
            ).replace("%1", isolate(choice.address, ltr=True))
        text = (
            self.tr("The fingerprints will go to: %1, at %2")
            .replace("%1", isolate(choice.name))
            .replace("%2", isolate(choice.address, ltr=True))
        )
        cap = choice.endpoint.max_pdq_per_picture
        if cap is not None:
            text += " " + self.tr(
                "This bank takes at most %n picture fingerprint(s) per photo: each photo's "
                "own and the most useful others are sent.",
                "",
                cap,
            )
        return text

    def _update(self) -> None:
        """Which buttons can be used, after a job started or ended or the bank changed."""
        busy = self.jobs.busy
        items = len(self.ctx.session.outgoing_preview().hashset.items)
        self.send_button.setEnabled(self._choice is not None and not busy and bool(items))
        if not busy:
            self._sending = False
            self.progress.hide()
            self.stop_button.setEnabled(False)
            self.stop_button.hide()
            self._set_retry(self.ctx.session.queued is not None)

    def _set_retry(self, on: bool) -> None:
        self.retry_button.setEnabled(on)
        self.retry_button.setVisible(on)

    # --- asking first -----------------------------------------------------------------

    def ask_to_confirm(self) -> None:
        choice = self._choice
        if choice is None or self.jobs.busy:
            return
        count = len(self.ctx.session.outgoing_case().hashset.items)
        self.confirm.ask(lambda: self._question(choice, count))

    def _question(self, choice: BankChoice, count: int) -> str:
        text = self.tr(
            "You are about to send the fingerprints of %n file(s) and a new case token", "", count
        )
        text += " " + self.tr("to %1 at %2.").replace("%1", isolate(choice.name)).replace(
            "%2", isolate(choice.address, ltr=True)
        )
        text += " " + self.tr("No pictures, file names or other details are sent. Send now?")
        if choice.practice:
            text += " " + self.tr("(Practice: nothing really leaves this computer.)")
        return text

    def requests_text(self) -> str:
        """The requests a submission would make, as the bank's client describes them."""
        return self._requests()[0]

    def _requests(self) -> tuple[str, int]:
        """The requests' text, and how many fingerprints the plan holds back."""
        choice = self._choice
        if choice is None:
            return "", 0
        outgoing = self.ctx.session.outgoing_case()
        client = choice.client()
        try:
            plan = make_plan(client, outgoing.hashset, outgoing.token)
        except BankError as exc:
            return exc.message, 0
        doc = client.describe_requests(plan, outgoing.token)
        sent = plan.hash_count
        held = max(0, sum(len(i.signals) for i in outgoing.hashset.items) - sent)
        return json.dumps(doc, indent=2, ensure_ascii=False), held

    def show_requests(self) -> DocumentDialog:
        """Show the requests that would be sent, over the window (Quick exit stays usable):
        a table of the fingerprints first, the exact requests one click further."""
        text, held = self._requests()
        note = (
            self.tr(
                "%n of them will not be sent to this bank (it does not take that kind, or "
                "takes fewer per picture); the exact text shows what goes.",
                "",
                held,
            )
            if held
            else ""
        )
        session = self.ctx.session
        hashset = session.outgoing_case().hashset
        dialog = DocumentDialog(text, self, hashset, review_numbers(session), note)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        open_over(dialog)
        return dialog

    def _hide_confirm(self) -> None:
        self.confirm.hide()
        self.send_button.setFocus()

    # --- sending ----------------------------------------------------------------------

    def send(self) -> None:
        """Send, after the person confirmed (the only way anything leaves the computer)."""
        if self.confirm.isHidden() or self._choice is None or self.jobs.busy:
            return
        self.confirm.hide()
        # A submission already waiting is the one that goes: never a second copy of it.
        self._start(self._choice, self.ctx.session.queued)

    def retry(self) -> None:
        if self.jobs.busy:
            return
        queued = self.ctx.session.queued
        if queued is not None:
            self._start(None, queued)
        elif self._choice is not None:
            self._start(self._choice, None)

    def send_waiting(self) -> None:
        """Send the submission that waits, to the bank it was meant for (Next client)."""
        queued = self.ctx.session.queued
        if not self.jobs.busy and queued is not None:
            self._start(None, queued)

    def _start(self, choice: BankChoice | None, queued: Queued | None) -> None:
        """Send to ``choice``, or deliver ``queued`` (already saved) where it was meant to go."""
        outgoing = self.ctx.session.outgoing_case()
        hashset, token = outgoing.hashset, outgoing.token
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
            try:
                if queued is None:
                    if choice is None:
                        return
                    outbox = self.ctx.outbox()
                    client = choice.client(cancel)
                    entry = queue(client, make_plan(client, hashset, token), token, outbox)
                    queued = self.ctx.session.queued = Queued(entry, outbox)
                else:
                    client = self.ctx.saved_access(cancel).client(queued.entry.endpoint)
            except (BankError, OSError, ValueError) as exc:
                log(self.tr("Sending did not start: %1.").replace("%1", failure_text(exc)))
                self._failed(exc)
                return
            waiting, keep = queued, self.ctx.prefs.keeps_receipts
            receipts_folder = self.ctx.stores.receipts_folder

            def call() -> Receipt:
                cancel.check()
                return deliver(
                    client,
                    waiting.entry,
                    waiting.outbox,
                    save_receipts=keep,
                    receipts_folder=receipts_folder,
                ).receipt

        self.jobs.run(call, self._sent, self._failed, cancel=cancel.cancel)
        self._sending = True
        self.progress.show()
        self.stop_button.show()
        self.stop_button.setEnabled(True)
        self._set_retry(False)
        self.live.show(self.send_status, lambda: self.tr("Sending the fingerprints…"))
        log(
            self.tr("Sending the fingerprints to the practice bank on this computer.")
            if practice
            else self.tr("Sending the fingerprints to the bank.")
        )

    def stop(self) -> None:
        if self._sending:
            self.jobs.cancel()
            self.live.show(self.send_status, lambda: self.tr("Stopping…"))
            self.stop_button.setEnabled(False)

    def _sent(self, receipt: Receipt) -> None:
        session = self.ctx.session
        sent = session.outgoing_case()
        session.queued = None
        session.imported = None
        session.receipt = receipt
        session.token = receipt.token
        session.hashset = sent.hashset
        session.outgoing = None
        self.live.show(self.send_status, lambda: self.tr("Sent."))
        log(
            self.tr(
                "Fingerprints sent: the bank stored %n fingerprint(s).", "", len(receipt.entries)
            )
        )
        self._set_retry(False)
        self.ctx.go("receipt")

    def _failed(self, error: Exception) -> None:
        practice = self._choice is not None and self._choice.practice
        kept = self.ctx.session.queued is not None and not practice
        caseworker = self.ctx.prefs.caseworker
        self.live.show(self.send_status, lambda: self._failure_text(error, kept, caseworker))
        self._set_retry(True)
        self.retry_button.setFocus()

    def _failure_text(self, error: Exception, kept: bool, caseworker: bool) -> str:
        if isinstance(error, CancelledSending):
            text = self.tr("Stopped.")
        elif isinstance(error, BankError):
            text = self.tr("The fingerprints could not be sent: %1.").replace(
                "%1", bank_error_text(error)
            )
        else:
            text = self.tr("The fingerprints could not be sent because of a problem in the app.")
        if kept and caseworker:
            text += " " + self.tr(
                "They wait in the app, not on the computer, until Next client. Press "
                "\u201cTry again\u201d when you are ready, or save them to a file for the client."
            )
        elif kept:
            text += " " + self.tr(
                "They are kept safely on this computer, waiting. Press \u201cTry again\u201d "
                "when you are ready, or save them to a file instead."
            )
        else:
            text += " " + self.tr("Nothing was lost: you can try again or save to a file.")
        return text

    def wiped(self) -> None:
        self._update()
