"""Settings: the banks, the language and the options, each a panel (gui/panels/banks.py,
language.py, options.py), and one line saying what each change did. Each change is saved
at once, atomically, by the settings core.

With no bank configured everything else still works: hashing, review, export, practice mode.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from stopncii_desktop.gui.a11y import button_texts
from stopncii_desktop.gui.context import AppContext
from stopncii_desktop.gui.pages.base import Page
from stopncii_desktop.gui.panels.banks import BanksPanel
from stopncii_desktop.gui.panels.language import LanguagePanel
from stopncii_desktop.gui.panels.options import OptionsPanel
from stopncii_desktop.gui.widgets import message_label
from stopncii_desktop.settings import Settings, SettingsError


class SettingsPage(Page):
    name = "settings"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        #: The settings as saved (the defaults when the file could not be read).
        self.settings = Settings()
        self.load_error: str | None = None
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget(scroll)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        scroll.setWidget(body)
        self.layout_.addWidget(scroll, 1)
        self.banks = BanksPanel(self.kit, self, body)
        self.language = LanguagePanel(self.kit, self, body)
        self.options = OptionsPanel(self.kit, self, body)
        for panel in (self.banks, self.language, self.options):
            column.addWidget(panel)
        column.addStretch(1)

        self.status: QLabel = message_label(self)
        self.layout_.addWidget(self.status)
        self.back = self.back_button()
        self.buttons.addStretch(1)
        self.finish_layout()
        self._came_from = "welcome"
        self.back.clicked.connect(self.go_back)
        stack = self.parentWidget()
        if isinstance(stack, QStackedWidget):
            stack.currentChanged.connect(lambda i: self._remember_origin(stack.widget(i)))
        self.retranslate()
        self.reload()

    def set_texts(self) -> None:
        self.set_heading(
            self.tr("Settings"),
            self.tr("Banks, language, extra fingerprints and caseworker mode."),
        )
        self.status.setAccessibleName(self.tr("Result"))
        button_texts(
            self.back,
            self.tr("&Back"),
            self.tr("Go back to where you were. Settings are already saved."),
        )

    # -- what the panels share -------------------------------------------------------------

    def save(self, settings: Settings) -> bool:
        """Save ``settings`` at once; False, and the reason on the result line, if not."""
        try:
            self.ctx.stores.settings.save(settings)
        except SettingsError as exc:
            reason = str(exc)
            self.say(lambda: self.tr("Not saved: %1").replace("%1", reason))
            return False
        self.settings = settings
        self.load_error = None
        return True

    def say(self, text: Callable[[], str]) -> None:
        self.live.show(self.status, text)

    # -- state -------------------------------------------------------------------------------

    def _remember_origin(self, page: QWidget | None) -> None:
        if isinstance(page, Page) and page is not self:
            self._came_from = page.name

    def go_back(self) -> None:
        target = self._came_from
        session = self.ctx.session
        if target == "hashing" and session.files and len(session.results) >= len(session.files):
            target = "review"  # the hashing page would start again
        self.ctx.go(target)

    def reload(self) -> None:
        """Read the settings file again and show it."""
        self.settings, self.load_error = self.ctx.stores.settings.load()
        if self.load_error is None:
            # The file holds the profiles; the other choices in memory are the app's own.
            self.ctx.prefs.profile = self.settings.default_profile
        self.banks.show_profiles()
        self.language.show_choice()
        self.options.show_choices()
        error = self.load_error
        if error is not None:
            self.say(
                lambda: self.tr(
                    "The saved settings could not be read, so the defaults are used: %1"
                ).replace("%1", error)
            )

    def entered(self) -> None:
        self.reload()
        self.banks.list.setFocus()
