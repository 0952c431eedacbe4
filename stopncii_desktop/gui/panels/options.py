"""The settings page's options: edited copies (on by default) and, on their own, turned and
mirrored copies; receipts kept on this computer; and caseworker mode (which never keeps
receipts, whatever the setting: shown as such).

Edited copies include the turned and mirrored ones, so while they are on that box shows
ticked and cannot be changed; the person's own choice for it is kept and comes back
when edited copies are turned off.

Turning receipts off offers to delete the ones kept.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QMessageBox, QWidget

from stopncii_desktop.bank.receipts import delete_kept_receipts, list_receipts
from stopncii_desktop.gui.a11y import described
from stopncii_desktop.gui.log_window import log
from stopncii_desktop.gui.over_window import DialogSlot
from stopncii_desktop.gui.panels.base import Kit, Panel
from stopncii_desktop.gui.panels.settings_host import SettingsHost
from stopncii_desktop.gui.questions import yes_or_no
from stopncii_desktop.gui.texts import os_error_text


class OptionsPanel(Panel):
    def __init__(self, kit: Kit, host: SettingsHost, parent: QWidget) -> None:
        super().__init__(kit, parent)
        self.host = host
        self._loading = False
        self._delete_receipts = DialogSlot[QMessageBox]()
        self.box, box = self.group_box()
        self.edited = QCheckBox(self.box)
        self.dihedral = QCheckBox(self.box)
        self.caseworker = QCheckBox(self.box)
        self.keep_receipts = QCheckBox(self.box)
        self.receipts_note = QLabel(self.box)
        self.receipts_note.setWordWrap(True)
        box.addWidget(self.edited)
        box.addWidget(self.dihedral)
        box.addWidget(self.keep_receipts)
        box.addWidget(self.caseworker)
        box.addWidget(self.receipts_note)
        for check in (self.edited, self.dihedral, self.keep_receipts, self.caseworker):
            check.toggled.connect(self._changed)

    def set_texts(self) -> None:
        self.box.setTitle(self.tr("Options"))
        described(
            self.box,
            self.tr("Options"),
            self.tr("Extra fingerprints, receipts and caseworker mode."),
        )
        self.edited.setText(self.tr("Also catch e&dited copies (recommended)"))
        described(
            self.edited,
            self.tr("Edited copies"),
            self.tr(
                "Also makes fingerprints of each photo as it looks when someone crops it, adds "
                "borders or text, takes a screenshot of it, tilts, turns or mirrors it, so "
                "those copies are matched too. Each photo then gives about 40 fingerprints "
                "instead of one. Takes a little longer."
            ),
        )
        self.dihedral.setText(self.tr("Also fingerprint turned and mirrored copies of &photos"))
        described(
            self.dihedral,
            self.tr("Turned and mirrored copies"),
            self.tr(
                "Also makes fingerprints of each photo turned and mirrored, so copies that were "
                "turned or flipped can be matched. Edited copies include these already."
            ),
        )
        self.caseworker.setText(self.tr("&Caseworker mode"))
        described(
            self.caseworker,
            self.tr("Caseworker mode"),
            self.tr(
                "For organisations helping one person after another: a Next client button "
                "forgets everything about a person, and pictures stay blurred."
            ),
        )
        self.keep_receipts.setText(self.tr("&Keep a receipt of each case on this computer"))
        described(
            self.keep_receipts,
            self.tr("Keep receipts"),
            self.tr(
                "Keeps the case token of each case sent, and what the bank stored, in the "
                "app's folder, so the case can be checked or withdrawn later from this "
                "computer. Anyone who uses this computer could find them."
            ),
        )
        self.receipts_note.setText(
            self.tr(
                "Caseworker mode never keeps receipts: give each client their case token on "
                "paper or in their own file."
            )
        )
        described(self.receipts_note, self.tr("No receipts kept"), self.receipts_note.text())

    def dialogs(self) -> list[QWidget | None]:
        return [self.delete_receipts]

    @property
    def delete_receipts(self) -> QMessageBox | None:
        """The question "Delete the kept receipts?", while it is asked."""
        return self._delete_receipts.dialog

    def show_choices(self) -> None:
        """Show the choices held in memory (without saving them again)."""
        prefs = self.ctx.prefs
        self._loading = True
        try:
            self.edited.setChecked(prefs.edited_copies)
            # Edited copies include the turned and mirrored ones: shown ticked, fixed.
            self.dihedral.setChecked(prefs.dihedral or prefs.edited_copies)
            self.dihedral.setEnabled(not prefs.edited_copies)
            self.caseworker.setChecked(prefs.caseworker)
            self._show_receipts_choice()
        finally:
            self._loading = False

    def _show_receipts_choice(self) -> None:
        caseworker = self.ctx.prefs.caseworker
        self.keep_receipts.setChecked(self.ctx.prefs.keeps_receipts)
        self.keep_receipts.setEnabled(not caseworker)
        self.receipts_note.setVisible(caseworker)

    def _changed(self) -> None:
        if self._loading:
            return
        prefs = self.ctx.prefs
        if not prefs.edited_copies and not self.edited.isChecked():
            prefs.dihedral = self.dihedral.isChecked()  # the person's own choice
        prefs.edited_copies = self.edited.isChecked()
        stopped_keeping = False
        if not prefs.caseworker:
            stopped_keeping = prefs.save_receipts and not self.keep_receipts.isChecked()
            prefs.save_receipts = self.keep_receipts.isChecked()
        prefs.caseworker = self.caseworker.isChecked()
        self.show_choices()
        if self.host.save(prefs.saved_in(self.host.settings)):
            self.host.say(lambda: self.tr("Saved."))
        self.ctx.changed.emit()
        if stopped_keeping:
            self.offer_to_delete_receipts()

    def offer_to_delete_receipts(self) -> QMessageBox | None:
        """Receipts are no longer kept: ask (not blocking) whether to delete those kept."""
        count = len(list_receipts(self.ctx.stores.receipts_folder))
        if not count:
            return None
        self._delete_receipts.close()
        box = yes_or_no(
            self,
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
        return self._delete_receipts.show(box)

    def _delete_kept_receipts(self) -> None:
        try:
            count = delete_kept_receipts(self.ctx.stores.receipts_folder)
        except OSError as exc:
            reason = os_error_text(exc)
            self.host.say(
                lambda: self.tr("The receipts could not all be deleted: %1.").replace("%1", reason)
            )
            return
        self.host.say(lambda: self.tr("Deleted %n receipt(s).", "", count))
        log(self.tr("%n kept receipt(s) deleted.", "", count))
