"""The welcome page's note on submissions waiting in the outbox, and "Send them now".

A submission that failed stays in the outbox (bank/outbox.py). This panel
says how many wait and sends them when the person asks, off the GUI thread,
each to the bank it was meant for (bank/service ``deliver_outbox``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from stopncii_desktop.bank.outbox import Outbox
from stopncii_desktop.bank.service import BankAccess, DeliveryReport, deliver_outbox
from stopncii_desktop.gui.a11y import described, show_text
from stopncii_desktop.gui.banking import Cancel
from stopncii_desktop.gui.context import AppContext
from stopncii_desktop.gui.log_window import log
from stopncii_desktop.gui.texts import bank_error_text
from stopncii_desktop.gui.workers import Retired, TaskJob
from stopncii_desktop.settings import Settings, SettingsError, load_settings


class OutboxPanel(QFrame):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.job: TaskJob | None = None
        self._cancel: Cancel | None = None
        self._retired = Retired()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(self)
        self.label = described(QLabel(self), self.tr("Waiting to be sent"), "")
        self.label.setWordWrap(True)
        self.send = described(
            QPushButton(self.tr("Sen&d the waiting fingerprints"), self),
            self.tr("Send the waiting fingerprints"),
            self.tr("Tries again to send the fingerprints kept waiting on this computer."),
        )
        self.send.setAutoDefault(True)
        row.addWidget(self.label, 1)
        row.addWidget(self.send)
        self.send.clicked.connect(self.deliver)
        ctx.stop_hooks.append(self.stop)

    def waiting(self) -> int:
        try:
            entries, _problems = Outbox().pending()
        except OSError:
            return 0
        return len(entries)

    def refresh(self) -> None:
        """Say how many submissions wait; never in caseworker mode, where none is kept on
        disk and whatever waits there is not the present client's."""
        if self.job is not None:
            return
        count = 0 if self.ctx.prefs.caseworker else self.waiting()
        text = self.tr(
            "%n submission(s) could not be sent earlier and are kept waiting on this computer.",
            "",
            count,
        )
        show_text(self.label, text)
        self.setVisible(count > 0)

    def deliver(self) -> None:
        if self.job is not None or self.ctx.prefs.caseworker:
            return
        try:
            settings = load_settings()
        except SettingsError:
            settings = Settings()
        cancel = Cancel()
        save = self.ctx.prefs.keeps_receipts

        def call() -> DeliveryReport:
            access = BankAccess(settings.profiles, cancel.options())
            return deliver_outbox(Outbox(), access.client, save_receipts=save)

        job = TaskJob(call, self)
        job.succeeded.connect(self._delivered)
        job.error.connect(self._failed)
        self.job, self._cancel = job, cancel
        self.send.setEnabled(False)
        show_text(self.label, self.tr("Sending…"))
        job.start()

    def _finish(self) -> None:
        if self.job is not None:
            self.job.wait()
        self.job, self._cancel = None, None
        self.send.setEnabled(True)

    def _delivered(self, report: object) -> None:
        if self.sender() is not self.job:
            return
        self._finish()
        assert isinstance(report, DeliveryReport)
        sent, failed = len(report.delivered), len(report.failed)
        log(f"outbox: {sent} sent, {failed} still waiting")
        if sent == 1 and not failed:
            self.ctx.session.receipt = report.delivered[0].receipt
            self.ctx.session.token = report.delivered[0].receipt.token
            self.ctx.go("receipt")
            return
        text = self.tr("%n submission(s) were sent.", "", sent)
        if failed:
            reason = bank_error_text(report.failed[0][1])
            text += " " + self.tr(
                "%n could not be sent and are still kept waiting: %1.", "", failed
            ).replace("%1", reason)
        if sent:
            text += " " + self.tr(
                "Their receipts are kept: use \u201cCheck or withdraw a case\u201d to see them."
            )
        show_text(self.label, text)
        self.setVisible(True)

    def _failed(self, _error: object) -> None:
        if self.sender() is not self.job:
            return
        self._finish()
        show_text(
            self.label, self.tr("The waiting fingerprints could not be sent. They are still kept.")
        )

    def stop(self) -> None:
        """Stop sending without waiting; its answer is dropped (it may belong to a wiped session)."""
        if self._cancel is not None:
            self._cancel.cancel()
        self._retired.add(self.job)
        self.job, self._cancel = None, None
        self.send.setEnabled(True)

    def shutdown(self) -> None:
        self.stop()
        self._retired.wait()
