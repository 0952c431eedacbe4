"""The fingerprints of the case the status page asked about, one line each with what the bank
says, and withdrawing one of them or the whole case after a confirmation.

The page asks the bank; this panel shows the answer (``Session.lookup``) and says which
withdrawal the person confirmed (:attr:`FingerprintsPanel.withdraw_confirmed`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from stopncii_desktop.bank.base import RemoteEntry
from stopncii_desktop.gui.a11y import button_texts, described
from stopncii_desktop.gui.panels.base import Kit, Panel
from stopncii_desktop.gui.panels.confirm import ConfirmBar

#: The remote id of a row in the list.
RemoteIdRole = Qt.ItemDataRole.UserRole + 1
#: What waits for the confirmation: nothing, one fingerprint (its id), or the whole case.
_NOTHING, _WHOLE_CASE = False, None


class FingerprintsPanel(Panel):
    #: The person confirmed: withdraw this remote id, or (None) the whole case.
    withdraw_confirmed = Signal(object)

    def __init__(self, kit: Kit, parent: QWidget) -> None:
        super().__init__(kit, parent)
        self._pending: str | bool | None = _NOTHING
        layout = self.column()
        self.list = QListWidget(self)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        layout.addWidget(self.list, 1)
        action_row = QHBoxLayout()
        self.withdraw_one = self.button()
        self.withdraw_all = self.button()
        action_row.addWidget(self.withdraw_one)
        action_row.addWidget(self.withdraw_all)
        action_row.addStretch(1)
        layout.addLayout(action_row)
        self.confirm = ConfirmBar(kit, self)
        layout.addWidget(self.confirm)
        self.withdraw_one.clicked.connect(self.ask_withdraw_selected)
        self.withdraw_all.clicked.connect(self.ask_withdraw_all)
        self.confirm.yes.clicked.connect(self._confirmed)
        self.confirm.no.clicked.connect(lambda: self._hide_confirm())
        self.list.currentRowChanged.connect(lambda _r: self.update_buttons())
        self.jobs.changed.connect(self.update_buttons)

    def set_texts(self) -> None:
        described(
            self.list,
            self.tr("Fingerprints in this case"),
            self.tr("One line per fingerprint, with what the bank says about it."),
        )
        button_texts(
            self.withdraw_one,
            self.tr("Withdraw the &selected fingerprint…"),
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
        """One line per fingerprint of ``Session.lookup``, keeping the selected one."""
        lookup = self.ctx.session.lookup
        keep = self.selected_remote_id()
        self.list.clear()
        for n, state in enumerate(lookup.states, start=1):
            file_number = lookup.file_numbers.get(state.remote_id)
            if file_number is not None:
                line = self.tr("File %1, %2: %3").replace("%1", str(file_number))
            else:
                line = self.tr("Fingerprint %1 (%2): %3").replace("%1", str(n))
            text = line.replace("%2", self.kind_words(state.signals)).replace(
                "%3", self.state_words(state.state)
            )
            item = QListWidgetItem(text)
            item.setData(RemoteIdRole, state.remote_id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.list.addItem(item)
        if self.list.count():
            ids = [state.remote_id for state in lookup.states]
            self.list.setCurrentRow(ids.index(keep) if keep in ids else 0)
        self.update_buttons()

    def state_words(self, state: str) -> str:
        if state == "active":
            return self.tr("in the bank; platforms can block matching uploads")
        if state == "withdrawn":
            return self.tr("withdrawn; no longer used to block uploads")
        return self.tr("not in the bank")

    def kind_words(self, signals: tuple[str, ...]) -> str:
        kinds = set(signals)
        if "vpdq" in kinds:
            return self.tr("video fingerprint")
        if kinds & {"video_md5", "video_sha256"}:
            return self.tr("exact-copy fingerprint of the video")
        if "pdq" in kinds:
            return self.tr("picture fingerprint")
        if kinds & {"phash", "dhash"}:
            return self.tr("extra picture fingerprint")
        return self.tr("exact-copy fingerprint")

    @staticmethod
    def file_numbers(entries: list[RemoteEntry]) -> dict[str, int]:
        """Number the files of a case 1, 2, ... (from the receipt) for each remote id."""
        numbers: dict[str, int] = {}
        out: dict[str, int] = {}
        for entry in entries:
            out[entry.remote_id] = numbers.setdefault(entry.item_id, len(numbers) + 1)
        return out

    def clear(self) -> None:
        """Nothing of an earlier answer shows (another case was chosen)."""
        lookup = self.ctx.session.lookup
        lookup.states = []
        self.list.clear()
        self._hide_confirm(focus=False)
        self.update_buttons()

    def update_buttons(self) -> None:
        idle = not self.jobs.busy
        states = self.ctx.session.lookup.states
        self.withdraw_all.setEnabled(idle and any(s.state == "active" for s in states))
        current = self.list.currentRow()
        self.withdraw_one.setEnabled(
            idle and 0 <= current < len(states) and states[current].state == "active"
        )

    # -- withdrawing ---------------------------------------------------------------------

    def selected_remote_id(self) -> str | None:
        item = self.list.currentItem()
        value = item.data(RemoteIdRole) if item is not None else None
        return value if isinstance(value, str) else None

    def ask_withdraw_selected(self) -> None:
        remote_id = self.selected_remote_id()
        if remote_id is None:
            return
        self._pending = remote_id
        self.confirm.ask(
            lambda: self.tr(
                "Withdraw the selected fingerprint? Platforms will no longer block uploads "
                "that match it. This cannot be undone."
            )
        )

    def ask_withdraw_all(self) -> None:
        self._pending = _WHOLE_CASE
        self.confirm.ask(
            lambda: self.tr(
                "Withdraw the whole case? Platforms will no longer block uploads that match "
                "any of its fingerprints. This cannot be undone."
            )
        )

    def _confirmed(self) -> None:
        pending = self._pending
        if pending is _NOTHING or self.jobs.busy:
            return
        self.confirm.hide()
        self._pending = _NOTHING
        self.withdraw_confirmed.emit(pending if isinstance(pending, str) else None)

    def _hide_confirm(self, focus: bool = True) -> None:
        self._pending = _NOTHING
        self.confirm.hide()
        if focus:
            self.list.setFocus()

    def wiped(self) -> None:
        self._pending = _NOTHING
        self.list.clear()
        self.update_buttons()
