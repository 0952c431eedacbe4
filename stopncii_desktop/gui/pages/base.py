"""What every page has: the shared context, a heading, and a row of buttons at the bottom."""

from __future__ import annotations

from PySide6.QtCore import Qt, QThread
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from stopncii_desktop.gui.a11y import described
from stopncii_desktop.gui.context import AppContext
from stopncii_desktop.gui.workers import Retired


class Page(QWidget):
    #: The name the window navigates by.
    name = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.layout_ = QVBoxLayout(self)
        self.heading = QLabel(self)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.layout_.addWidget(self.heading)
        self.buttons = QHBoxLayout()
        #: Jobs let go by a wipe, kept until their thread ends; their answers are dropped.
        self._retired = Retired()
        ctx.session_wiped.connect(self.wiped)

    def set_heading(self, text: str, description: str) -> None:
        self.heading.setText(text)
        described(self.heading, text, description)
        self.setAccessibleName(text)
        self.setAccessibleDescription(description)

    def paragraph(self, text: str, name: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        described(label, name, text)
        self.layout_.addWidget(label)
        return label

    def button(self, text: str, description: str) -> QPushButton:
        btn = QPushButton(text, self)
        btn.setAutoDefault(True)  # Enter presses a focused button, as in dialogs
        plain = text.replace("&", "")
        described(btn, plain, description)
        return btn

    def finish_layout(self) -> None:
        self.layout_.addLayout(self.buttons)

    def entered(self) -> None:
        """Called each time the page is shown."""

    def wiped(self) -> None:
        """Called when the session was wiped (next client, quick exit)."""

    def shutdown(self) -> None:
        """Called when the window closes: stop work in flight and wait for it."""
        self.wait_for_jobs()

    def retire(self, job: QThread | None) -> None:
        """Let go of ``job`` without waiting (see :class:`Retired`)."""
        self._retired.add(job)

    def wait_for_jobs(self, *current: QThread | None) -> None:
        """At closing: wait for ``current`` jobs and the retired ones, a bounded time each."""
        self._retired.wait(*current)
