"""What every page has: the shared context, where the person is in the flow (the steps), a
heading, a row of buttons at the bottom with Back always first, one background job at a time,
and the texts it sets again after a language change."""

from __future__ import annotations

from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from stopncii_desktop.gui.a11y import described
from stopncii_desktop.gui.context import AppContext
from stopncii_desktop.gui.jobs import CurrentJob
from stopncii_desktop.gui.live_texts import LiveTexts
from stopncii_desktop.gui.look import HEADING, page_spacing, primary, styled
from stopncii_desktop.gui.panels.base import Kit, Panel
from stopncii_desktop.gui.steps import StepIndicator
from stopncii_desktop.gui.widgets import push_button


class Page(QWidget):
    """A page of the window. Subclasses build their widgets (and panels) without words,
    set their words in :meth:`set_texts`, and end their ``__init__`` with
    :meth:`retranslate`."""

    #: The name the window navigates by.
    name = ""
    #: Which step of the flow the page is (1 to 5, see gui/steps.py); 0: not in the flow.
    step = 0

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        #: The one job of this page (its panels share it).
        self.jobs = CurrentJob(self)
        #: Texts shown from what happened, made again after a language change.
        self.live = LiveTexts()
        self.kit = Kit(ctx, self.jobs, self.live)
        self.layout_ = QVBoxLayout(self)
        page_spacing(self.layout_)
        #: Where the person is in the flow (None on the pages outside it).
        self.steps: StepIndicator | None = None
        if self.step:
            self.steps = StepIndicator(self.step, self)
            self.layout_.addWidget(self.steps)
        self.heading = QLabel(self)
        styled(self.heading, HEADING, bold=True, coloured=True)
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.layout_.addWidget(self.heading)
        self.buttons = QHBoxLayout()
        ctx.session_wiped.connect(self.forget)
        ctx.stop_hooks.append(self.jobs.cancel)

    # -- building ----------------------------------------------------------------------------

    def paragraph(self) -> QLabel:
        """A paragraph of plain text (its words set with :meth:`set_paragraph`)."""
        label = QLabel(self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        self.layout_.addWidget(label)
        return label

    def button(self) -> QPushButton:
        return push_button(self)

    def forward_button(self) -> QPushButton:
        """The button that takes the person on to the next step, in the accent colour (the
        page places it, last in the row)."""
        button = self.button()
        primary(button)
        return button

    def back_button(self) -> QPushButton:
        """The page's Back button, always first in the row at the bottom (on the left, or on
        the right in a right-to-left language)."""
        back = self.button()
        self.buttons.insertWidget(0, back)
        return back

    def finish_layout(self) -> None:
        self.layout_.addLayout(self.buttons)

    # -- words -------------------------------------------------------------------------------

    def set_heading(self, text: str, description: str) -> None:
        self.heading.setText(text)
        described(self.heading, text, description)
        self.setAccessibleName(text)
        self.setAccessibleDescription(description)

    @staticmethod
    def set_paragraph(label: QLabel, text: str, name: str) -> None:
        label.setText(text)
        described(label, name, text)

    def set_texts(self) -> None:
        """Set the page's own words in the current language (not its panels')."""

    def retranslate(self) -> None:
        """Set every word of the page in the current language: its own, its panels', and
        the texts shown from what happened. Its state and its job are kept."""
        if self.steps is not None:
            self.steps.set_texts()
        self.set_texts()
        for panel in self.findChildren(Panel):
            panel.set_texts()
        self.live.retranslate()

    # -- the page's life ---------------------------------------------------------------------

    @property
    def job(self) -> QThread | None:
        """The page's job now; None when idle."""
        return self.jobs.current

    def entered(self) -> None:
        """Called each time the page is shown."""

    def forget(self) -> None:
        """The session was wiped (next client, quick exit): let go of the job without
        waiting, clear what was shown, and forget the client in every panel."""
        self.jobs.retire()
        self.live.clear()
        self._close_dialogs()
        self.wiped()
        for panel in self.findChildren(Panel):
            panel.wiped()

    def wiped(self) -> None:
        """What the page itself forgets when the session is wiped."""

    def shutdown(self) -> None:
        """The window closes: close the page's dialogs, stop the work in flight and wait
        for it, a bounded time."""
        self._close_dialogs()
        self.jobs.shutdown()

    def _close_dialogs(self) -> None:
        for panel in self.findChildren(Panel):
            for dialog in panel.dialogs():
                if dialog is not None:
                    dialog.close()
