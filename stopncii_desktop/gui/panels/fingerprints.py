"""The case the status page asked about, one line per picture or video with what the bank
says, and withdrawing a picture, the whole case or (an advanced choice) one fingerprint,
each after a confirmation.

The page asks the bank; this panel shows the answer (``Session.lookup``, grouped by
picture by the bank service) and says which withdrawal the person confirmed
(:attr:`FingerprintsPanel.withdraw_confirmed`).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QHBoxLayout, QTreeView, QWidget

from stopncii_desktop.bank.service import PictureStatus, by_picture
from stopncii_desktop.gui.a11y import button_texts, described
from stopncii_desktop.gui.case_model import (
    ICON_SIZE,
    ActiveRole,
    CaseModel,
    ItemIdRole,
    RemoteIdRole,
)
from stopncii_desktop.gui.panels.base import Kit, Panel
from stopncii_desktop.gui.panels.confirm import ConfirmBar


@dataclass(frozen=True, slots=True)
class Withdrawal:
    """What the person confirmed: the whole case, one picture, or one fingerprint."""

    #: The picture's item id (withdraw all its fingerprints), or None.
    item_id: str | None = None
    #: One fingerprint's remote id, or None.
    remote_id: str | None = None
    #: The picture's number as the list showed it ("" for the whole case).
    number: str = ""

    @property
    def whole_case(self) -> bool:
        return self.item_id is None and self.remote_id is None


class FingerprintsPanel(Panel):
    #: The person confirmed a :class:`Withdrawal`.
    withdraw_confirmed = Signal(object)

    def __init__(self, kit: Kit, parent: QWidget) -> None:
        super().__init__(kit, parent)
        self._pending: Withdrawal | None = None
        self.pictures: list[PictureStatus] = []
        layout = self.column()
        self.model = CaseModel(self)
        self.view = QTreeView(self)
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setIconSize(ICON_SIZE)
        self.view.setUniformRowHeights(False)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        layout.addWidget(self.view, 1)
        self.each = QCheckBox(self)
        layout.addWidget(self.each)
        action_row = QHBoxLayout()
        self.withdraw_picture = self.button()
        self.withdraw_one = self.button()
        self.withdraw_all = self.button()
        action_row.addWidget(self.withdraw_picture)
        action_row.addWidget(self.withdraw_one)
        action_row.addWidget(self.withdraw_all)
        action_row.addStretch(1)
        layout.addLayout(action_row)
        self.confirm = ConfirmBar(kit, self)
        layout.addWidget(self.confirm)
        self.withdraw_picture.clicked.connect(self.ask_withdraw_picture)
        self.withdraw_one.clicked.connect(self.ask_withdraw_selected)
        self.withdraw_all.clicked.connect(self.ask_withdraw_all)
        self.confirm.yes.clicked.connect(self._confirmed)
        self.confirm.no.clicked.connect(lambda: self._hide_confirm())
        self.each.toggled.connect(lambda _on: self.show_states())
        self.view.selectionModel().currentChanged.connect(lambda *_: self.update_buttons())
        self.jobs.changed.connect(self.update_buttons)
        self.withdraw_one.hide()

    def set_texts(self) -> None:
        described(
            self.view,
            self.tr("Pictures in this case"),
            self.tr(
                "One line per picture or video, with what the bank holds of it. Each picture "
                "has several fingerprints, so that edited copies are matched too."
            ),
        )
        self.each.setText(self.tr("Show each fingerprint (advanced)"))
        described(
            self.each,
            self.tr("Show each fingerprint"),
            self.tr(
                "Lists every fingerprint under its picture, so that one fingerprint alone can "
                "be withdrawn. Most people never need this."
            ),
        )
        button_texts(
            self.withdraw_picture,
            self.tr("Withdraw this &picture…"),
            self.tr(
                "Takes every fingerprint of the selected picture out of the bank, after you "
                "confirm."
            ),
        )
        button_texts(
            self.withdraw_one,
            self.tr("Withdraw only this &fingerprint…"),
            self.tr("Takes only the selected fingerprint out of the bank, after you confirm."),
        )
        button_texts(
            self.withdraw_all,
            self.tr("Withdraw the &whole case…"),
            self.tr("Takes every fingerprint of this case out of the bank, after you confirm."),
        )
        button_texts(
            self.confirm.yes,
            self.tr("&Yes, withdraw"),
            self.tr("Withdraws now. This cannot be undone."),
        )
        button_texts(self.confirm.no, self.tr("&Keep them"), self.tr("Withdraws nothing."))
        self.show_states()

    # -- the bank's answer ---------------------------------------------------------------

    def show_states(self) -> None:
        """One line per picture of ``Session.lookup`` (and, when asked, its fingerprints),
        keeping the selected line."""
        keep = self._selected_key()
        self.pictures = by_picture(self.ctx.session.lookup.states)
        each = self.each.isChecked()
        self.model.show_case(self.pictures, self.ctx.session, self.ctx.prefs.caseworker, each)
        self.withdraw_one.setVisible(each)
        self.view.setRootIsDecorated(each)
        if self.model.rowCount():
            current = self._find(keep) or self.model.index(0, 0)
            if each:  # the selected picture's fingerprints; the others open on request
                self.view.expand(current.parent() if current.parent().isValid() else current)
            self.view.setCurrentIndex(current)
        self.update_buttons()

    def _selected_key(self) -> tuple[object, object]:
        index = self.view.currentIndex()
        return (
            (index.data(ItemIdRole), index.data(RemoteIdRole)) if index.isValid() else (None, None)
        )

    def _find(self, key: tuple[object, object]) -> QModelIndex | None:
        item_id, remote_id = key
        for row in range(self.model.rowCount()):
            picture = self.model.index(row, 0)
            if remote_id is None and item_id is not None and picture.data(ItemIdRole) == item_id:
                return picture
            for child in range(self.model.rowCount(picture)):
                index = self.model.index(child, 0, picture)
                if remote_id is not None and index.data(RemoteIdRole) == remote_id:
                    return index
        return None

    def clear(self) -> None:
        """Nothing of an earlier answer shows (another case was chosen, or the token changed)."""
        lookup = self.ctx.session.lookup
        lookup.states = []
        lookup.pictures = {}
        lookup.picture_total = 0
        self.pictures = []
        self.model.clear()
        self._hide_confirm(focus=False)
        self.update_buttons()

    def update_buttons(self) -> None:
        idle = not self.jobs.busy
        self.withdraw_all.setEnabled(idle and any(p.active for p in self.pictures))
        picture = self.selected_picture()
        self.withdraw_picture.setEnabled(
            idle and picture is not None and bool(picture.item_id) and picture.active > 0
        )
        index = self.view.currentIndex()
        self.withdraw_one.setEnabled(
            idle and index.data(RemoteIdRole) is not None and bool(index.data(ActiveRole))
        )

    # -- withdrawing ---------------------------------------------------------------------

    def selected_picture(self) -> PictureStatus | None:
        """The picture of the selected line (a fingerprint's own picture, for one)."""
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        if index.parent().isValid():
            index = index.parent()
        row = index.row()
        return self.pictures[row] if 0 <= row < len(self.pictures) else None

    def selected_remote_id(self) -> str | None:
        value = self.view.currentIndex().data(RemoteIdRole)
        return value if isinstance(value, str) else None

    def _picture_number(self, picture: PictureStatus) -> str:
        known = self.ctx.session.lookup.pictures.get(picture.item_id)
        return str(known.number) if known is not None else ""

    def ask_withdraw_picture(self) -> None:
        picture = self.selected_picture()
        if picture is None or not picture.item_id:
            return
        number = self._picture_number(picture)
        self._pending = Withdrawal(item_id=picture.item_id, number=number)
        count = len(picture.entries)
        self.confirm.ask(
            lambda: self.tr(
                "Withdraw picture %1 and its %n fingerprint(s)? Platforms will no longer block "
                "uploads that match it. This cannot be undone.",
                "",
                count,
            ).replace("%1", number)
        )

    def ask_withdraw_selected(self) -> None:
        remote_id = self.selected_remote_id()
        if remote_id is None:
            return
        self._pending = Withdrawal(remote_id=remote_id)
        self.confirm.ask(
            lambda: self.tr(
                "Withdraw only the selected fingerprint? Platforms will no longer block uploads "
                "that match it; the picture's other fingerprints stay in the bank. This cannot "
                "be undone."
            )
        )

    def ask_withdraw_all(self) -> None:
        self._pending = Withdrawal()
        self.confirm.ask(
            lambda: self.tr(
                "Withdraw the whole case? Platforms will no longer block uploads that match "
                "any of its pictures. This cannot be undone."
            )
        )

    def _confirmed(self) -> None:
        pending = self._pending
        if pending is None:
            return
        self.confirm.hide()
        self._pending = None
        self.withdraw_confirmed.emit(pending)

    def _hide_confirm(self, focus: bool = True) -> None:
        self._pending = None
        self.confirm.hide()
        if focus:
            self.view.setFocus()

    def wiped(self) -> None:
        self._pending = None
        self.pictures = []
        self.model.clear()
        self.each.setChecked(False)
        self.update_buttons()
