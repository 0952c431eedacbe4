"""The main window: a header that is always there (practice label, quick exit) and the pages."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from stopncii_desktop.gui.a11y import button_texts, described
from stopncii_desktop.gui.clipboard import clear_ours
from stopncii_desktop.gui.context import AppContext, startup_context
from stopncii_desktop.gui.log_window import LogWindow, log
from stopncii_desktop.gui.look import (
    HEADER_ICON,
    PAGE_MARGIN,
    PAGE_SPACING,
    accent_window,
    app_icon,
    icon_pixmap,
)
from stopncii_desktop.gui.next_client import Choice, NextClientQuestion
from stopncii_desktop.gui.over_window import USABLE, open_over
from stopncii_desktop.gui.pages.base import Page
from stopncii_desktop.gui.pages.choose import ChoosePage
from stopncii_desktop.gui.pages.hashing import HashingPage
from stopncii_desktop.gui.pages.review import ReviewPage
from stopncii_desktop.gui.pages.send import SendPage
from stopncii_desktop.gui.pages.welcome import WelcomePage

P = TypeVar("P", bound=Page)


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext | None = None) -> None:
        super().__init__()
        self.ctx = ctx if ctx is not None else startup_context()
        self.setWindowTitle(self.tr("StopNCII Desktop"))
        self.setWindowIcon(app_icon())
        accent_window(self)
        body = QWidget(self)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(0, PAGE_SPACING // 2, 0, 0)
        outer.setSpacing(0)

        header = QHBoxLayout()
        header.setContentsMargins(PAGE_MARGIN, 0, PAGE_MARGIN, 0)
        header.setSpacing(8)
        self.brand = QLabel(self)
        self.brand.setPixmap(icon_pixmap(HEADER_ICON, self))
        header.addWidget(self.brand)
        self.practice_label = QLabel(self)
        font = QFont(self.practice_label.font())
        font.setBold(True)
        self.practice_label.setFont(font)
        self.practice_label.setFrameShape(QFrame.Shape.Box)
        header.addWidget(self.practice_label)
        header.addStretch(1)
        self.log_button = QPushButton(self)
        self.settings_button = QPushButton(self)
        self.next_client = QPushButton(self)
        self.quick_exit_button = QPushButton(self)
        self.quick_exit_button.setProperty(USABLE, True)  # even with a dialog open
        self._set_header_texts()
        for b in (self.log_button, self.settings_button, self.next_client, self.quick_exit_button):
            header.addWidget(b)
        outer.addLayout(header)

        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack, 1)
        self.setCentralWidget(body)

        self.pages: dict[str, Page] = {}
        for page_type in self.page_types():
            page = page_type(self.ctx, self.stack)
            self.pages[page.name] = page
            self.stack.addWidget(page)

        self.ctx.navigate.connect(self.show_page)
        self.ctx.language_changed.connect(self.retranslate)
        self.ctx.session_wiped.connect(self._drop_dialogs)
        self.ctx.changed.connect(self._mode_changed)
        self.log_button.clicked.connect(self.show_log)
        self.settings_button.clicked.connect(lambda: self.ctx.go("settings"))
        self.next_client.clicked.connect(self.start_next_client)
        self._log_window: LogWindow | None = None
        self.next_client_question: NextClientQuestion | None = None
        self._mode_changed()
        self.show_page("welcome")
        self.resize(900, 680)

    @staticmethod
    def page_types() -> list[type[Page]]:
        pages: list[type[Page]] = [WelcomePage, ChoosePage, HashingPage, ReviewPage]
        from stopncii_desktop.gui.pages import optional_pages

        return pages + optional_pages()

    def _set_header_texts(self) -> None:
        described(self.brand, self.tr("StopNCII Desktop"), self.tr("The app's sign."))
        self.setAccessibleName(self.tr("StopNCII Desktop"))
        self.setAccessibleDescription(
            self.tr("Makes fingerprints of your pictures on this computer.")
        )
        self.practice_label.setText(self.tr("PRACTICE MODE: nothing is sent to a real bank."))
        described(
            self.practice_label,
            self.tr("Practice mode"),
            self.tr(
                "Practice mode is on: fingerprints go to a practice server on this computer, "
                "not to a real bank. Nothing is protected."
            ),
        )
        button_texts(
            self.log_button,
            self.tr("Lo&g"),
            self.tr("Shows what the app did in this session (kept in memory only)."),
        )
        button_texts(
            self.settings_button,
            self.tr("Se&ttings"),
            self.tr("Bank, language, extra fingerprints and caseworker mode."),
        )
        button_texts(
            self.next_client,
            self.tr("&Next client"),
            self.tr("Asks first, then forgets everything about this client and starts again."),
        )
        button_texts(
            self.quick_exit_button,
            self.tr("&Quick exit"),
            self.tr("Closes the app at once and forgets everything. Escape twice does the same."),
        )

    def retranslate(self) -> None:
        """After a language switch: every text again, in the new language, in place. Each
        page keeps its state and its job (hashing goes on, a bank's answer still lands)."""
        self._set_header_texts()
        for page in self.pages.values():
            page.retranslate()
        self._show_title()

    def page(self, kind: type[P]) -> P:
        """The page of this class, typed (for tests and for pages that hand over)."""
        page = self.pages[kind.name]
        assert isinstance(page, kind)
        return page

    @property
    def current_page(self) -> Page:
        page = self.stack.currentWidget()
        assert isinstance(page, Page)
        return page

    def show_page(self, name: str) -> None:
        page = self.pages.get(name)
        if page is None:
            log(self.tr("A page could not be shown."))
            return
        self.stack.setCurrentWidget(page)
        page.entered()
        self._show_title()

    def _show_title(self) -> None:
        title = self.current_page.heading.text()
        self.setWindowTitle(self.tr("%1 – StopNCII Desktop").replace("%1", title))

    def _mode_changed(self) -> None:
        self.practice_label.setVisible(self.ctx.practice)
        self.next_client.setVisible(self.ctx.prefs.caseworker)

    def start_next_client(self) -> NextClientQuestion:
        """Caseworker mode: ask once (and what to do with unsent fingerprints), not blocking."""
        question = self.next_client_question
        if question is None:
            question = NextClientQuestion(self.ctx.session.unsent(), self)
            question.chosen.connect(self._next_client_chosen)
            question.finished.connect(lambda _r: self._forget_question(question))
            self.next_client_question = question
            open_over(question)
        question.raise_()
        question.activateWindow()
        return question

    def _forget_question(self, question: NextClientQuestion) -> None:
        if self.next_client_question is question:
            self.next_client_question = None

    def _next_client_chosen(self, choice: object) -> None:
        send = self.pages.get(SendPage.name)
        if choice is Choice.FORGET:
            self.forget_client()
        elif isinstance(send, SendPage) and choice is Choice.SEND:
            send.send_waiting()
        elif isinstance(send, SendPage) and choice is Choice.SAVE:
            send.offer_save()

    def forget_client(self) -> None:
        """Forget this client entirely and start again, blurred, for the next one."""
        self._close_dialogs()
        self.ctx.wipe()
        log(self.tr("Next client: everything about the last client was forgotten."))
        self.show_page("welcome")

    def show_log(self) -> None:
        if self._log_window is None:
            self._log_window = LogWindow(self)
        self._log_window.show()
        self._log_window.raise_()

    def _drop_dialogs(self) -> None:
        """After a wipe: close and delete every dialog, so no hidden one keeps a client's data."""
        for dialog in self.findChildren(QDialog):
            if dialog is not self._log_window:
                dialog.close()
                dialog.deleteLater()

    def _close_dialogs(self) -> None:
        for child in self.findChildren(QWidget):
            if child.isWindow() and child is not self and child.isVisible():
                child.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ctx.stop_all()
        clear_ours()
        if not self.ctx.fast_exit:
            for page in self.pages.values():
                page.shutdown()
        super().closeEvent(event)
