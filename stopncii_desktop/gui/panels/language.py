"""The settings page's language: English, Khmer or Arabic, or the computer's; it changes at
once, and the window sets its words again in place (``AppContext.language_changed``)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from stopncii_desktop.gui import i18n
from stopncii_desktop.gui.a11y import described
from stopncii_desktop.gui.log_window import log
from stopncii_desktop.gui.panels.base import Kit, Panel
from stopncii_desktop.gui.panels.settings_host import SettingsHost


class LanguagePanel(Panel):
    def __init__(self, kit: Kit, host: SettingsHost, parent: QWidget) -> None:
        super().__init__(kit, parent)
        self.host = host
        self._loading = False
        self.box, box = self.group_box()
        self.combo = QComboBox(self.box)
        self.combo.addItem("", "")  # the computer's language: its words are set in set_texts
        for lang in i18n.available_languages():
            # Each language's name in itself, so anyone can find their own.
            self.combo.addItem(lang.native_name, lang.code)
        box.addWidget(self.combo)
        self.combo.currentIndexChanged.connect(self._chosen)

    def set_texts(self) -> None:
        self.box.setTitle(self.tr("Language"))
        described(self.box, self.tr("Language"), self.tr("The language of the app."))
        described(
            self.combo,
            self.tr("Language"),
            self.tr("Choose the language of the app. It changes at once."),
        )
        self.combo.setItemText(0, self.tr("Same as this computer"))

    def show_choice(self) -> None:
        """Show the language chosen (without switching to it again)."""
        self._loading = True
        try:
            index = self.combo.findData(self.ctx.prefs.language or "")
            self.combo.setCurrentIndex(max(0, index))
        finally:
            self._loading = False

    def _chosen(self) -> None:
        if self._loading:
            return
        code = str(self.combo.currentData() or "")
        self.ctx.prefs.language = code
        self.host.save(self.ctx.prefs.saved_in(self.host.settings))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            # Once this slot has returned: every page then sets its words again.
            QTimer.singleShot(0, lambda: self._switch(app, code))

    def _switch(self, app: QApplication, code: str) -> None:
        i18n.switch_language(app, code)
        log(self.tr("The language was changed."))
        self.ctx.language_changed.emit()
