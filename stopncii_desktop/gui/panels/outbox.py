"""The welcome page's note on submissions waiting in the outbox, and "Send them now".

A submission that failed stays in the outbox (bank/outbox.py). This panel
says how many wait and sends them when the person asks, off the GUI thread,
each to the bank it was meant for (bank/service ``deliver_outbox``).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from stopncii_desktop.bank.base import BankError
from stopncii_desktop.bank.service import DeliveryReport, deliver_outbox
from stopncii_desktop.gui.a11y import button_texts
from stopncii_desktop.gui.banking import Cancel
from stopncii_desktop.gui.log_window import log
from stopncii_desktop.gui.panels.base import Kit, Panel
from stopncii_desktop.gui.texts import bank_error_text
from stopncii_desktop.gui.widgets import message_label


class OutboxPanel(Panel):
    def __init__(self, kit: Kit, parent: QWidget) -> None:
        super().__init__(kit, parent)
        frame = self.framed()
        row = QHBoxLayout(frame)
        self.label: QLabel = message_label(frame)
        self.send = self.button()
        row.addWidget(self.label, 1)
        row.addWidget(self.send)
        self.send.clicked.connect(self.deliver)
        self.jobs.changed.connect(lambda: self.send.setEnabled(not self.jobs.busy))

    def set_texts(self) -> None:
        self.label.setAccessibleName(self.tr("Waiting to be sent"))
        button_texts(
            self.send,
            self.tr("Sen&d the waiting fingerprints"),
            self.tr("Tries again to send the fingerprints kept waiting on this computer."),
        )

    def waiting(self) -> int:
        try:
            entries, _problems = self.ctx.stores.disk_outbox().pending()
        except OSError:
            return 0
        return len(entries)

    def refresh(self) -> None:
        """Say how many submissions wait; never in caseworker mode, where none is kept on
        disk and whatever waits there is not the present client's."""
        if self.jobs.busy:
            return
        count = 0 if self.ctx.prefs.caseworker else self.waiting()
        self.live.show(
            self.label,
            lambda: self.tr(
                "%n submission(s) could not be sent earlier and are kept waiting on this computer.",
                "",
                count,
            ),
        )
        self.setVisible(count > 0)

    def deliver(self) -> None:
        if self.jobs.busy or self.ctx.prefs.caseworker:
            return
        cancel = Cancel()
        access = self.ctx.saved_access(cancel)
        outbox, stores = self.ctx.stores.disk_outbox(), self.ctx.stores
        save = self.ctx.prefs.keeps_receipts

        def call() -> DeliveryReport:
            return deliver_outbox(
                outbox, access.client, save_receipts=save, receipts_folder=stores.receipts_folder
            )

        self.jobs.run(call, self._delivered, self._failed, cancel=cancel.cancel)
        self.live.show(self.label, lambda: self.tr("Sending…"))

    def _delivered(self, report: DeliveryReport) -> None:
        sent, failed = len(report.delivered), len(report.failed)
        log(
            self.tr("Waiting fingerprints: %1 sent, %2 still waiting.")
            .replace("%1", QLocale().toString(sent))
            .replace("%2", QLocale().toString(failed))
        )
        if sent == 1 and not failed:
            self.ctx.session.receipt = report.delivered[0].receipt
            self.ctx.session.token = report.delivered[0].receipt.token
            self.ctx.go("receipt")
            return
        first_failure: BankError | None = report.failed[0][1] if failed else None
        self.live.show(self.label, lambda: self._report_text(sent, failed, first_failure))
        self.setVisible(True)

    def _report_text(self, sent: int, failed: int, failure: BankError | None) -> str:
        text = self.tr("%n submission(s) were sent.", "", sent)
        if failure is not None:
            text += " " + self.tr(
                "%n could not be sent and are still kept waiting: %1.", "", failed
            ).replace("%1", bank_error_text(failure))
        if sent:
            text += " " + self.tr(
                "Their receipts are kept: use \u201cCheck or withdraw a case\u201d to see them."
            )
        return text

    def _failed(self, _error: Exception) -> None:
        self.live.show(
            self.label,
            lambda: self.tr("The waiting fingerprints could not be sent. They are still kept."),
        )
