"""Send or save: the fingerprints ready, then sending them to the bank (after a confirmation,
or in practice mode) or saving them to a file.

The page says what is ready and composes the two panels that do the work: sending
(gui/panels/sending.py, with its confirmation, gui/panels/confirm.py) and saving
(gui/panels/saving.py). They share the page's one job: a file is never written while
a submission goes, nor the other way round. What goes is the session's
(``Session.outgoing_case``): one document and one case token for this visit.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from stopncii_desktop.case.casefile import CaseFile
from stopncii_desktop.case.hashset import HashSet
from stopncii_desktop.gui.a11y import button_texts
from stopncii_desktop.gui.context import AppContext
from stopncii_desktop.gui.pages.base import Page
from stopncii_desktop.gui.panels.saving import SavePanel
from stopncii_desktop.gui.panels.sending import SendPanel


class SendPage(Page):
    name = "send"
    step = 4

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ready = self.paragraph()
        self.sending = SendPanel(self.kit, self)
        self.layout_.addWidget(self.sending)
        self.saving = SavePanel(self.kit, self)
        self.layout_.addWidget(self.saving)
        self.layout_.addStretch(1)
        self.back = self.back_button()
        self.buttons.addStretch(1)
        self.finish_layout()
        #: What the sending and saving messages are about: the file opened (None: the
        #: review's files) and the fingerprints (see :meth:`entered`).
        self._messages_for: tuple[CaseFile | None, HashSet] | None = None
        self.back.clicked.connect(self._go_back)
        self.jobs.changed.connect(lambda: self.back.setEnabled(not self.jobs.busy))
        self.retranslate()

    def set_texts(self) -> None:
        self.set_heading(
            self.tr("Send or save the fingerprints"),
            self.tr("Choose to send the fingerprints to the bank now, or save them to a file."),
        )
        self.ready.setAccessibleName(self.tr("What is ready"))
        button_texts(self.back, self.tr("&Back"), self.tr("Go back; nothing is sent."))

    def entered(self) -> None:
        session = self.ctx.session
        if not self.jobs.busy and session.queued is None:
            session.outgoing = None  # made again from what is chosen now
        hashset = session.outgoing_case().hashset
        count = len(hashset.items)
        if not self.jobs.busy and not self._same_as_shown(session.imported, hashset):
            # "Sent." and "Saved." were about other fingerprints (a new set was made, or a
            # file opened): they go with the action they were about.
            self.live.clear(self.sending.send_status, self.saving.save_status)
        self._messages_for = (session.imported, hashset)
        self.live.show(self.ready, lambda: self._ready_text(count))
        self.sending.entered()

    def _ready_text(self, count: int) -> str:
        return (
            self.tr("%n picture(s) or video(s) have fingerprints ready.", "", count)
            + " "
            + self.tr("Only the fingerprints and a case token can leave this computer.")
        )

    def _same_as_shown(self, imported: CaseFile | None, hashset: HashSet) -> bool:
        shown = self._messages_for
        return shown is not None and shown[0] is imported and shown[1] == hashset

    def wiped(self) -> None:
        self._messages_for = None

    def _go_back(self) -> None:
        self.ctx.go("import" if self.ctx.session.imported is not None else "review")

    # --- what Next client asks for ------------------------------------------------------

    def send_waiting(self) -> None:
        """Show this page and send the submission that waits (Next client's "Send now")."""
        self.ctx.go("send")
        self.sending.send_waiting()

    def offer_save(self) -> None:
        """Show this page ready to save the waiting fingerprints (Next client's "Save")."""
        self.ctx.go("send")
        self.saving.offer_save()
