"""The settings page's banks: the profiles (add, edit, remove, choose the one used for
sending), a profile file an NGO hands out, and a connection test off the GUI thread.

Every change is saved at once through the settings page (:class:`SettingsHost`). The
bearer token never shows in the list, the log or a message (gui/settings_profiles.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QWidget,
)

from stopncii_desktop.bank.endpoints import Profile
from stopncii_desktop.gui.a11y import button_texts, described
from stopncii_desktop.gui.bidi import isolate
from stopncii_desktop.gui.file_dialogs import file_dialog
from stopncii_desktop.gui.log_window import log
from stopncii_desktop.gui.models import texts_changed
from stopncii_desktop.gui.over_window import DialogSlot
from stopncii_desktop.gui.panels.base import Kit, Panel
from stopncii_desktop.gui.panels.settings_host import SettingsHost
from stopncii_desktop.gui.profile_files import merge_profiles, read_profile_file
from stopncii_desktop.gui.questions import yes_or_no
from stopncii_desktop.gui.settings_connection import check_connection
from stopncii_desktop.gui.settings_profiles import ProfileDialog, ProfileModel
from stopncii_desktop.settings import Settings, SettingsError
from stopncii_desktop.textsafe import safe_display


class BanksPanel(Panel):
    def __init__(self, kit: Kit, host: SettingsHost, parent: QWidget) -> None:
        super().__init__(kit, parent)
        self.host = host
        self._dialog = DialogSlot[ProfileDialog]()
        self._file_dialog = DialogSlot[QFileDialog]()
        self._confirm = DialogSlot[QMessageBox]()
        self.box, box = self.group_box()
        self.no_bank = QLabel(self.box)
        self.no_bank.setWordWrap(True)
        box.addWidget(self.no_bank)
        self.model = ProfileModel()
        self.list = QListView(self.box)
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setWordWrap(True)
        box.addWidget(self.list)
        row1 = QHBoxLayout()
        row2 = QHBoxLayout()
        self.add = self.button()
        self.edit = self.button()
        self.remove = self.button()
        self.use = self.button()
        self.test = self.button()
        self.import_ = self.button()
        for b in (self.add, self.edit, self.remove):
            row1.addWidget(b)
        row1.addStretch(1)
        for b in (self.use, self.test, self.import_):
            row2.addWidget(b)
        row2.addStretch(1)
        box.addLayout(row1)
        box.addLayout(row2)
        self.add.clicked.connect(lambda: self.open_dialog(None))
        self.edit.clicked.connect(self._edit_selected)
        self.remove.clicked.connect(self.remove_selected)
        self.use.clicked.connect(self.use_selected)
        self.test.clicked.connect(self.test_selected)
        self.import_.clicked.connect(self._pick_profile_file)
        self.list.selectionModel().selectionChanged.connect(self._selection_changed)
        self.list.doubleClicked.connect(lambda _i: self._edit_selected())
        self.jobs.changed.connect(self._update_buttons)

    def set_texts(self) -> None:
        self.box.setTitle(self.tr("Banks"))
        described(
            self.box,
            self.tr("Banks"),
            self.tr("Where fingerprints can be sent. Without a bank you can still save a file."),
        )
        self.no_bank.setText(
            self.tr(
                "No bank is set up. You can still make fingerprints, save them to a file, and "
                "practise sending. Your organisation may give you a profile file to open here."
            )
        )
        described(self.no_bank, self.tr("No bank"), self.no_bank.text())
        described(
            self.list,
            self.tr("Bank profiles"),
            self.tr("One line per bank. The one marked is used for sending."),
        )
        button_texts(self.add, self.tr("&Add a bank…"), self.tr("Set up a new bank profile."))
        button_texts(self.edit, self.tr("&Edit…"), self.tr("Change the selected bank profile."))
        button_texts(self.remove, self.tr("&Remove"), self.tr("Delete the selected bank profile."))
        button_texts(
            self.use,
            self.tr("&Use for sending"),
            self.tr("Send fingerprints to the selected bank."),
        )
        button_texts(
            self.test,
            self.tr("Test connect&ion"),
            self.tr("Asks the selected bank whether it answers. Nothing of yours is sent."),
        )
        button_texts(
            self.import_,
            self.tr("&Open a profile file…"),
            self.tr("Adds the bank profiles in a file your organisation gave you."),
        )
        texts_changed(self.model)

    def dialogs(self) -> list[QWidget | None]:
        return [self.dialog, self.file_dialog, self.confirm]

    @property
    def dialog(self) -> ProfileDialog | None:
        """The add or edit dialog, while it shows."""
        return self._dialog.dialog

    @property
    def file_dialog(self) -> QFileDialog | None:
        return self._file_dialog.dialog

    @property
    def confirm(self) -> QMessageBox | None:
        """The question "Remove this bank?", while it is asked."""
        return self._confirm.dialog

    # -- the list ------------------------------------------------------------------------

    def show_profiles(self, select: str | None = None) -> None:
        settings = self.host.settings
        self.model.set_profiles(settings.profiles, settings.default_profile)
        self.no_bank.setVisible(not settings.profiles)
        row = self.model.row_of(select) if select else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self.list.setCurrentIndex(self.model.index(row))
        self._update_buttons()

    def selected(self) -> Profile | None:
        index = self.list.currentIndex()
        return self.model.profile_at(index.row()) if index.isValid() else None

    def _selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        for b in (self.edit, self.remove, self.use):
            b.setEnabled(has)
        self.test.setEnabled(has and not self.jobs.busy)

    def _saved(self, settings: Settings, select: str | None) -> bool:
        """Save ``settings``; the bank used for sending follows, and the pages hear of it."""
        if not self.host.save(settings):
            return False
        self.ctx.prefs.profile = settings.default_profile
        self.show_profiles(select)
        self.ctx.changed.emit()
        return True

    # -- profiles ------------------------------------------------------------------------

    def open_dialog(self, profile: Profile | None) -> ProfileDialog:
        """Open the add/edit dialog (not blocking); it saves when accepted."""
        self._dialog.close()
        taken = {p.name for p in self.host.settings.profiles}
        dialog = ProfileDialog(profile, taken, self)
        dialog.accepted.connect(lambda: self._dialog_done(dialog, profile))
        return self._dialog.show(dialog)

    def _edit_selected(self) -> None:
        profile = self.selected()
        if profile is not None:
            self.open_dialog(profile)

    def _dialog_done(self, dialog: ProfileDialog, old: Profile | None) -> None:
        new = dialog.result_profile
        if new is None:
            return
        settings = self.host.settings
        if old is not None and old.name != new.name:
            was_default = settings.default_profile == old.name
            settings = settings.without_profile(old.name)
            if was_default:
                settings = Settings(settings.profiles, new.name, settings.preferences)
        settings = settings.with_profile(new)
        if settings.default_profile is None and len(settings.profiles) == 1:
            settings = Settings(settings.profiles, new.name, settings.preferences)
        if self._saved(settings, new.name):
            name = safe_display(new.name)
            self.host.say(
                lambda: self.tr("Saved the bank profile %1.").replace("%1", isolate(name))
            )
            log(self.tr("A bank was saved in the settings."))

    def remove_selected(self) -> QMessageBox | None:
        """Ask first (not blocking): a removed profile and its token cannot be brought back."""
        profile = self.selected()
        if profile is None:
            return None
        self._confirm.close()
        box = yes_or_no(
            self,
            self.tr("Remove this bank?"),
            self.tr(
                "Remove the bank profile %1? Its address and access token are deleted."
            ).replace("%1", isolate(safe_display(profile.name))),
            self.tr("Deletes the bank profile."),
            self.tr("Keeps the bank profile."),
        )
        box.accepted.connect(lambda: self._remove(profile))
        return self._confirm.show(box)

    def _remove(self, profile: Profile) -> None:
        if self._saved(self.host.settings.without_profile(profile.name), None):
            name = safe_display(profile.name)
            self.host.say(
                lambda: self.tr("Removed the bank profile %1.").replace("%1", isolate(name))
            )
            log(self.tr("A bank was removed from the settings."))

    def use_selected(self) -> None:
        profile = self.selected()
        if profile is None:
            return
        settings = Settings(
            self.host.settings.profiles, profile.name, self.host.settings.preferences
        )
        if self._saved(settings, profile.name):
            name = safe_display(profile.name)
            self.host.say(
                lambda: self.tr("Fingerprints will be sent to %1.").replace("%1", isolate(name))
            )

    # -- profile files -------------------------------------------------------------------

    def _pick_profile_file(self) -> QFileDialog:
        self._file_dialog.close()
        dialog = file_dialog(
            self,
            self.tr("Open a bank profile file"),
            self.tr("Choose the profile file your organisation gave you."),
            self.tr("Bank profiles (*.json);;All files (*)"),
            self.import_profile_file,
        )
        return self._file_dialog.show(dialog)

    def import_profile_file(self, path: Path) -> bool:
        """Add the profiles of a file an NGO hands out, after checking every one."""
        try:
            incoming = read_profile_file(path)
            merged, added = merge_profiles(self.host.settings, incoming)
        except SettingsError as exc:
            reason = str(exc)
            self.host.say(
                lambda: self.tr("This profile file was not used: %1").replace("%1", reason)
            )
            log(self.tr("A file of bank settings was not taken: the app cannot read it."))
            return False
        if not self._saved(merged, added[0].name):
            return False
        names = ", ".join(isolate(safe_display(p.name)) for p in added)
        count = len(added)
        self.host.say(
            lambda: self.tr("Added %n bank profile(s): %1.", "", count).replace("%1", names)
        )
        log(self.tr("A file of bank settings added %n bank(s).", "", count))
        return True

    # -- test connection -----------------------------------------------------------------

    @property
    def testing(self) -> bool:
        return self.jobs.busy

    def test_selected(self) -> None:
        profile = self.selected()
        if profile is None or self.jobs.busy:
            return
        self.host.say(lambda: self.tr("Asking the bank…"))
        self.jobs.run(lambda: check_connection(profile), self._test_succeeded, self._test_failed)

    def _test_succeeded(self, message: str) -> None:
        self.host.say(lambda: message)

    def _test_failed(self, error: Exception) -> None:
        reason = str(error) or type(error).__name__
        self.host.say(lambda: self.tr("The test failed: %1").replace("%1", reason))
