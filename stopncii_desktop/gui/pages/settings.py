"""Settings: bank profiles (add, edit, remove, import, test), language, extra fingerprints,
receipts kept on this computer, caseworker mode. Each change is saved at once, atomically,
by the settings core.

With no bank configured everything else still works: hashing, review, export, practice mode.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from stopncii_desktop.bank.endpoints import Profile
from stopncii_desktop.bank.receipts import delete_kept_receipts, list_receipts
from stopncii_desktop.gui import i18n, settings_store
from stopncii_desktop.gui.a11y import described, show_text
from stopncii_desktop.gui.context import AppContext
from stopncii_desktop.gui.file_dialogs import file_dialog
from stopncii_desktop.gui.log_window import log
from stopncii_desktop.gui.over_window import open_over
from stopncii_desktop.gui.pages.base import Page
from stopncii_desktop.gui.settings_connection import check_connection
from stopncii_desktop.gui.settings_profiles import ProfileDialog, ProfileModel
from stopncii_desktop.gui.workers import TaskJob
from stopncii_desktop.settings import Settings, SettingsError
from stopncii_desktop.textsafe import safe_display


class SettingsPage(Page):
    name = "settings"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.settings = Settings()
        self.load_error: str | None = None
        self.dialog: ProfileDialog | None = None
        self.file_dialog: QFileDialog | None = None
        self.confirm: QMessageBox | None = None
        self.delete_receipts: QMessageBox | None = None
        self.job: TaskJob | None = None
        self._loading = False
        self.set_heading(
            self.tr("Settings"),
            self.tr("Banks, language, extra fingerprints and caseworker mode."),
        )
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget(scroll)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        scroll.setWidget(body)
        self.layout_.addWidget(scroll, 1)

        column.addWidget(self._banks_group(body))
        column.addWidget(self._language_group(body))
        column.addWidget(self._options_group(body))
        column.addStretch(1)

        self.status = described(QLabel(self), self.tr("Result"), "")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.layout_.addWidget(self.status)
        self.back = self.button(
            self.tr("&Back"), self.tr("Go back to where you were. Settings are already saved.")
        )
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.back)
        self.finish_layout()
        self._came_from = "welcome"
        self.back.clicked.connect(self.go_back)
        stack = self.parentWidget()
        if isinstance(stack, QStackedWidget):
            stack.currentChanged.connect(lambda i: self._remember_origin(stack.widget(i)))
        self.reload()

    # -- building ----------------------------------------------------------------------------

    def _banks_group(self, parent: QWidget) -> QGroupBox:
        group = described(
            QGroupBox(self.tr("Banks"), parent),
            self.tr("Banks"),
            self.tr("Where fingerprints can be sent. Without a bank you can still save a file."),
        )
        box = QVBoxLayout(group)
        self.no_bank = QLabel(
            self.tr(
                "No bank is set up. You can still make fingerprints, save them to a file, and "
                "practise sending. Your organisation may give you a profile file to open here."
            ),
            group,
        )
        self.no_bank.setWordWrap(True)
        described(self.no_bank, self.tr("No bank"), self.no_bank.text())
        box.addWidget(self.no_bank)
        self.model = ProfileModel()
        self.list = described(
            QListView(group),
            self.tr("Bank profiles"),
            self.tr("One line per bank. The one marked is used for sending."),
        )
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setWordWrap(True)
        box.addWidget(self.list)
        row1 = QHBoxLayout()
        row2 = QHBoxLayout()
        self.add = self.button(self.tr("&Add a bank…"), self.tr("Set up a new bank profile."))
        self.edit = self.button(self.tr("&Edit…"), self.tr("Change the selected bank profile."))
        self.remove = self.button(self.tr("&Remove"), self.tr("Delete the selected bank profile."))
        self.use = self.button(
            self.tr("&Use for sending"), self.tr("Send fingerprints to the selected bank.")
        )
        self.test = self.button(
            self.tr("Test connect&ion"),
            self.tr("Asks the selected bank whether it answers. Nothing of yours is sent."),
        )
        self.import_ = self.button(
            self.tr("&Open a profile file…"),
            self.tr("Adds the bank profiles in a file your organisation gave you."),
        )
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
        return group

    def _language_group(self, parent: QWidget) -> QGroupBox:
        group = described(
            QGroupBox(self.tr("Language"), parent),
            self.tr("Language"),
            self.tr("The language of the app."),
        )
        box = QVBoxLayout(group)
        self.language = described(
            QComboBox(group),
            self.tr("Language"),
            self.tr("Choose the language of the app. It changes at once."),
        )
        self.language.addItem(self.tr("Same as this computer"), "")
        for lang in i18n.available_languages():
            self.language.addItem(lang.native_name, lang.code)
        box.addWidget(self.language)
        self.language.currentIndexChanged.connect(self._language_chosen)
        return group

    def _options_group(self, parent: QWidget) -> QGroupBox:
        group = described(
            QGroupBox(self.tr("Options"), parent),
            self.tr("Options"),
            self.tr("Extra fingerprints, receipts and caseworker mode."),
        )
        box = QVBoxLayout(group)
        self.dihedral = described(
            QCheckBox(self.tr("Also fingerprint turned and mirrored copies of &photos"), group),
            self.tr("Turned and mirrored copies"),
            self.tr(
                "Also makes fingerprints of each photo turned and mirrored, so copies that were "
                "turned or flipped can be matched. Takes longer."
            ),
        )
        self.caseworker = described(
            QCheckBox(self.tr("&Caseworker mode"), group),
            self.tr("Caseworker mode"),
            self.tr(
                "For organisations helping one person after another: a Next client button "
                "forgets everything about a person, and pictures stay blurred."
            ),
        )
        self.keep_receipts = described(
            QCheckBox(self.tr("&Keep a receipt of each case on this computer"), group),
            self.tr("Keep receipts"),
            self.tr(
                "Keeps the case token of each case sent, and what the bank stored, in the "
                "app's folder, so the case can be checked or withdrawn later from this "
                "computer. Anyone who uses this computer could find them."
            ),
        )
        self.receipts_note = QLabel(
            self.tr(
                "Caseworker mode never keeps receipts: give each client their case token on "
                "paper or in their own file."
            ),
            group,
        )
        self.receipts_note.setWordWrap(True)
        described(self.receipts_note, self.tr("No receipts kept"), self.receipts_note.text())
        box.addWidget(self.dihedral)
        box.addWidget(self.keep_receipts)
        box.addWidget(self.caseworker)
        box.addWidget(self.receipts_note)
        for check in (self.dihedral, self.keep_receipts, self.caseworker):
            check.toggled.connect(self._options_changed)
        return group

    # -- state -------------------------------------------------------------------------------

    def _remember_origin(self, page: QWidget | None) -> None:
        if isinstance(page, Page) and page is not self:
            self._came_from = page.name

    def take_over(self, old: Page) -> None:
        """Rebuilt in a new language: Back still leads where it led."""
        if isinstance(old, SettingsPage):
            self._came_from = old._came_from

    def go_back(self) -> None:
        target = self._came_from
        session = self.ctx.session
        if target == "hashing" and session.files and len(session.results) >= len(session.files):
            target = "review"  # the hashing page would start again
        self.ctx.go(target)

    def reload(self) -> None:
        """Read the settings file again and show it."""
        self.settings, self.load_error = settings_store.load()
        if self.load_error is None:
            # The file holds the profiles; the other choices in memory are the app's own.
            self.ctx.prefs.profile = self.settings.default_profile
        self._loading = True
        try:
            self._show_profiles()
            index = self.language.findData(self.ctx.prefs.language or "")
            self.language.setCurrentIndex(max(0, index))
            self.dihedral.setChecked(self.ctx.prefs.dihedral)
            self.caseworker.setChecked(self.ctx.prefs.caseworker)
            self._show_receipts_choice()
        finally:
            self._loading = False
        if self.load_error is not None:
            show_text(
                self.status,
                self.tr(
                    "The saved settings could not be read, so the defaults are used: %1"
                ).replace("%1", self.load_error),
            )

    def entered(self) -> None:
        self.reload()
        self.list.setFocus()

    def _show_profiles(self, select: str | None = None) -> None:
        self.model.set_profiles(self.settings.profiles, self.settings.default_profile)
        self.no_bank.setVisible(not self.settings.profiles)
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
        busy = self.job is not None
        for b in (self.edit, self.remove, self.use):
            b.setEnabled(has)
        self.test.setEnabled(has and not busy)

    def _save(self, settings: Settings) -> bool:
        try:
            settings_store.save(settings)
        except SettingsError as exc:
            show_text(self.status, self.tr("Not saved: %1").replace("%1", str(exc)))
            return False
        self.settings = settings
        self.load_error = None
        return True

    # -- profiles ----------------------------------------------------------------------------

    def open_dialog(self, profile: Profile | None) -> ProfileDialog:
        """Open the add/edit dialog (not blocking); it saves when accepted."""
        if self.dialog is not None:
            self.dialog.close()
        taken = {p.name for p in self.settings.profiles}
        dialog = ProfileDialog(profile, taken, self)
        dialog.accepted.connect(lambda: self._dialog_done(dialog, profile))
        dialog.finished.connect(lambda _r: self._forget_dialog(dialog))
        self.dialog = dialog
        open_over(dialog)
        return dialog

    def _forget_dialog(self, dialog: ProfileDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _edit_selected(self) -> None:
        profile = self.selected()
        if profile is not None:
            self.open_dialog(profile)

    def _dialog_done(self, dialog: ProfileDialog, old: Profile | None) -> None:
        new = dialog.result_profile
        if new is None:
            return
        settings = self.settings
        if old is not None and old.name != new.name:
            was_default = settings.default_profile == old.name
            settings = settings.without_profile(old.name)
            if was_default:
                settings = Settings(settings.profiles, new.name, settings.preferences)
        settings = settings.with_profile(new)
        if settings.default_profile is None and len(settings.profiles) == 1:
            settings = Settings(settings.profiles, new.name, settings.preferences)
        if self._save(settings):
            self.ctx.prefs.profile = settings.default_profile
            self._show_profiles(new.name)
            show_text(
                self.status,
                self.tr("Saved the bank profile %1.").replace("%1", safe_display(new.name)),
            )
            log("bank profile saved")
            self.ctx.changed.emit()

    def remove_selected(self) -> QMessageBox | None:
        """Ask first (not blocking): a removed profile and its token cannot be brought back."""
        profile = self.selected()
        if profile is None:
            return None
        if self.confirm is not None:
            self.confirm.close()
        box = self._yes_or_no(
            self.tr("Remove this bank?"),
            self.tr(
                "Remove the bank profile %1? Its address and access token are deleted."
            ).replace("%1", safe_display(profile.name)),
            self.tr("Deletes the bank profile."),
            self.tr("Keeps the bank profile."),
        )
        box.accepted.connect(lambda: self._remove(profile))
        box.finished.connect(lambda _r: self._forget_confirm(box))
        self.confirm = box
        open_over(box)
        return box

    def _yes_or_no(self, title: str, text: str, yes: str, no: str) -> QMessageBox:
        """A question whose default answer, No, changes nothing; ``yes`` and ``no`` say
        what each answer does."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        described(box, title, text)
        for which, description in (
            (QMessageBox.StandardButton.Yes, yes),
            (QMessageBox.StandardButton.No, no),
        ):
            button = box.button(which)
            described(button, button.text().replace("&", ""), description)
        return box

    def _forget_confirm(self, box: QMessageBox) -> None:
        if self.confirm is box:
            self.confirm = None
        box.deleteLater()

    def _remove(self, profile: Profile) -> None:
        if self._save(self.settings.without_profile(profile.name)):
            self.ctx.prefs.profile = self.settings.default_profile
            self._show_profiles()
            show_text(
                self.status,
                self.tr("Removed the bank profile %1.").replace("%1", safe_display(profile.name)),
            )
            log("bank profile removed")
            self.ctx.changed.emit()

    def use_selected(self) -> None:
        profile = self.selected()
        if profile is None:
            return
        settings = Settings(self.settings.profiles, profile.name, self.settings.preferences)
        if self._save(settings):
            self.ctx.prefs.profile = profile.name
            self._show_profiles(profile.name)
            show_text(
                self.status,
                self.tr("Fingerprints will be sent to %1.").replace(
                    "%1", safe_display(profile.name)
                ),
            )
            self.ctx.changed.emit()

    def _pick_profile_file(self) -> QFileDialog:
        if self.file_dialog is not None:
            self.file_dialog.close()
        dialog = file_dialog(
            self,
            self.tr("Open a bank profile file"),
            self.tr("Choose the profile file your organisation gave you."),
            self.tr("Bank profiles (*.json);;All files (*)"),
            self.import_profile_file,
        )
        dialog.finished.connect(lambda _r: self._forget_file_dialog(dialog))
        self.file_dialog = dialog
        return dialog

    def _forget_file_dialog(self, dialog: QFileDialog) -> None:
        if self.file_dialog is dialog:
            self.file_dialog = None
        dialog.deleteLater()

    def import_profile_file(self, path: Path) -> bool:
        """Add the profiles of a file an NGO hands out, after checking every one."""
        try:
            incoming = settings_store.read_profile_file(path)
            merged, added = settings_store.merge_profiles(self.settings, incoming)
        except SettingsError as exc:
            show_text(
                self.status, self.tr("This profile file was not used: %1").replace("%1", str(exc))
            )
            log("profile file refused")
            return False
        if not self._save(merged):
            return False
        self.ctx.prefs.profile = merged.default_profile
        self._show_profiles(added[0].name)
        names = ", ".join(safe_display(p.name) for p in added)
        show_text(
            self.status,
            self.tr("Added %n bank profile(s): %1.", "", len(added)).replace("%1", names),
        )
        log(f"profile file: {len(added)} profile(s) added")
        self.ctx.changed.emit()
        return True

    # -- test connection ---------------------------------------------------------------------

    def test_selected(self) -> None:
        profile = self.selected()
        if profile is None or self.job is not None:
            return
        show_text(self.status, self.tr("Asking the bank…"))
        job = TaskJob(lambda: check_connection(profile), self)
        job.succeeded.connect(self._test_succeeded)
        job.failed.connect(self._test_failed)
        job.finished.connect(lambda: self._job_finished(job))
        self.job = job
        self._update_buttons()
        job.start()

    def _test_succeeded(self, message: object) -> None:
        if self.sender() is self.job:
            show_text(self.status, str(message))

    def _test_failed(self, message: str) -> None:
        if self.sender() is self.job:
            show_text(self.status, self.tr("The test failed: %1").replace("%1", message))

    def _job_finished(self, job: TaskJob) -> None:
        if self.job is job:
            self.job = None
        self._update_buttons()

    @property
    def testing(self) -> bool:
        return self.job is not None

    # -- preferences -------------------------------------------------------------------------

    def _show_receipts_choice(self) -> None:
        """Caseworker mode keeps no receipts, whatever the setting: shown as such."""
        caseworker = self.ctx.prefs.caseworker
        self.keep_receipts.setChecked(self.ctx.prefs.keeps_receipts)
        self.keep_receipts.setEnabled(not caseworker)
        self.receipts_note.setVisible(caseworker)

    def _options_changed(self) -> None:
        if self._loading:
            return
        prefs = self.ctx.prefs
        prefs.dihedral = self.dihedral.isChecked()
        stopped_keeping = False
        if not prefs.caseworker:
            stopped_keeping = prefs.save_receipts and not self.keep_receipts.isChecked()
            prefs.save_receipts = self.keep_receipts.isChecked()
        prefs.caseworker = self.caseworker.isChecked()
        self._loading = True
        try:
            self._show_receipts_choice()
        finally:
            self._loading = False
        if self._save(settings_store.with_preferences(self.settings, prefs)):
            show_text(self.status, self.tr("Saved."))
        self.ctx.changed.emit()
        if stopped_keeping:
            self.offer_to_delete_receipts()

    def offer_to_delete_receipts(self) -> QMessageBox | None:
        """Receipts are no longer kept: ask (not blocking) whether to delete those kept."""
        count = len(list_receipts())
        if not count:
            return None
        if self.delete_receipts is not None:
            self.delete_receipts.close()
        box = self._yes_or_no(
            self.tr("Delete the kept receipts?"),
            self.tr(
                "%n receipt(s) are still kept on this computer. Delete them too? Without "
                "a receipt, a case can only be checked or withdrawn with its case token.",
                "",
                count,
            ),
            self.tr("Deletes the receipts kept here."),
            self.tr("Keeps them; no new ones are kept."),
        )
        box.accepted.connect(self._delete_kept_receipts)
        box.finished.connect(lambda _r: self._forget_delete_box(box))
        self.delete_receipts = box
        open_over(box)
        return box

    def _forget_delete_box(self, box: QMessageBox) -> None:
        if self.delete_receipts is box:
            self.delete_receipts = None
        box.deleteLater()

    def _delete_kept_receipts(self) -> None:
        try:
            count = delete_kept_receipts()
        except OSError as exc:
            show_text(
                self.status,
                self.tr("The receipts could not all be deleted: %1.").replace(
                    "%1", exc.strerror or type(exc).__name__
                ),
            )
            return
        show_text(self.status, self.tr("Deleted %n receipt(s).", "", count))
        log(f"{count} kept receipt(s) deleted")

    def _language_chosen(self) -> None:
        if self._loading:
            return
        code = str(self.language.currentData() or "")
        self.ctx.prefs.language = code
        self._save(settings_store.with_preferences(self.settings, self.ctx.prefs))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            # After this slot returns: the window rebuilds its pages, this one included.
            QTimer.singleShot(0, lambda: self._switch_language(app, code))

    def _switch_language(self, app: QApplication, code: str) -> None:
        settings_store.switch_language(app, code)
        log("language changed")
        self.ctx.language_changed.emit()

    # -- leaving -----------------------------------------------------------------------------

    def wiped(self) -> None:
        for dialog in (self.dialog, self.file_dialog, self.confirm, self.delete_receipts):
            if dialog is not None:
                dialog.close()
        self.retire(self.job)
        self.job = None
        self.status.setText("")

    def shutdown(self) -> None:
        for dialog in (self.dialog, self.file_dialog, self.confirm, self.delete_receipts):
            if dialog is not None:
                dialog.close()
        self.wait_for_jobs(self.job)
