"""Check status and withdraw: a case named by its token or a saved receipt, hash by hash."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from stopncii_desktop.bank.base import BankClient, BankError, EntryStatus, RemoteEntry
from stopncii_desktop.bank.receipts import Receipt, ReceiptError, list_receipts, load_receipt
from stopncii_desktop.bank.service import Case
from stopncii_desktop.case.token import TokenError, parse_token
from stopncii_desktop.gui.a11y import described, show_text
from stopncii_desktop.gui.banking import (
    PracticeGone,
    configured_choice,
    practice_choice,
    require_practice_server,
    saved_access,
)
from stopncii_desktop.gui.context import AppContext
from stopncii_desktop.gui.file_dialogs import file_dialog
from stopncii_desktop.gui.log_window import log
from stopncii_desktop.gui.pages.base import Page
from stopncii_desktop.gui.texts import bank_error_text
from stopncii_desktop.gui.workers import TaskJob

#: The remote id of a row in the list.
RemoteIdRole = Qt.ItemDataRole.UserRole + 1


class StatusPage(Page):
    name = "status"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.job: TaskJob | None = None
        self.file_dialog: QWidget | None = None
        self._receipt: Receipt | None = None
        self.states: list[EntryStatus] = []
        #: File number (from the receipt) of each remote id, when known.
        self._files: dict[str, int] = {}
        self.set_heading(
            self.tr("Check or withdraw a case"),
            self.tr("See what the bank holds for a case, and take fingerprints out again."),
        )
        self.paragraph(
            self.tr(
                "Type your case token, or open the receipt you saved. Withdrawing takes the "
                "fingerprints out of the bank: platforms will then no longer block matching "
                "uploads."
            ),
            self.tr("How this works"),
        )
        row = QHBoxLayout()
        self.token_edit = described(
            QLineEdit(self),
            self.tr("Case token"),
            self.tr("Type the case token, in groups of four, then press Enter."),
        )
        self.token_edit.setPlaceholderText(self.tr("Case token, for example 7K3M-QX2A-…"))
        self.open_receipt = self.button(
            self.tr("&Open a saved receipt…"),
            self.tr("Opens a receipt file saved after sending."),
        )
        row.addWidget(self.token_edit, 1)
        row.addWidget(self.open_receipt)
        self.layout_.addLayout(row)
        kept_row = QHBoxLayout()
        self.kept = described(
            QComboBox(self),
            self.tr("Cases sent from this computer"),
            self.tr("Choose a case whose receipt was kept on this computer."),
        )
        kept_row.addWidget(self.kept, 1)
        self.layout_.addLayout(kept_row)
        self._kept: list[Receipt] = []
        self.check = self.button(
            self.tr("&Check the case"), self.tr("Asks the bank what it holds for this case.")
        )
        check_row = QHBoxLayout()
        check_row.addWidget(self.check)
        check_row.addStretch(1)
        self.layout_.addLayout(check_row)
        self.busy = described(
            QProgressBar(self), self.tr("Working"), self.tr("The app is talking to the bank.")
        )
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.layout_.addWidget(self.busy)
        self.message = described(QLabel(self), self.tr("Result"), "")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.layout_.addWidget(self.message)
        self.list = described(
            QListWidget(self),
            self.tr("Fingerprints in this case"),
            self.tr("One line per fingerprint, with what the bank says about it."),
        )
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.layout_.addWidget(self.list, 1)
        action_row = QHBoxLayout()
        self.withdraw_one = self.button(
            self.tr("Withdraw the &selected fingerprint…"),
            self.tr("Takes only the selected fingerprint out of the bank, after you confirm."),
        )
        self.withdraw_all = self.button(
            self.tr("Withdraw the &whole case…"),
            self.tr("Takes every fingerprint of this case out of the bank, after you confirm."),
        )
        action_row.addWidget(self.withdraw_one)
        action_row.addWidget(self.withdraw_all)
        action_row.addStretch(1)
        self.layout_.addLayout(action_row)

        self.confirm_panel = QFrame(self)
        self.confirm_panel.setFrameShape(QFrame.Shape.StyledPanel)
        confirm_layout = QVBoxLayout(self.confirm_panel)
        self.confirm_text = described(QLabel(self.confirm_panel), self.tr("Please confirm"), "")
        self.confirm_text.setWordWrap(True)
        confirm_layout.addWidget(self.confirm_text)
        confirm_row = QHBoxLayout()
        self.confirm_button = self.button(
            self.tr("&Yes, withdraw"), self.tr("Withdraws now. This cannot be undone.")
        )
        self.keep = self.button(self.tr("&Keep them"), self.tr("Withdraws nothing."))
        confirm_row.addWidget(self.confirm_button)
        confirm_row.addWidget(self.keep)
        confirm_row.addStretch(1)
        confirm_layout.addLayout(confirm_row)
        self.confirm_panel.hide()
        self.layout_.addWidget(self.confirm_panel)
        self._pending: str | bool | None = False  # False: nothing; None: the whole case

        self.back = self.button(self.tr("&Back"), self.tr("Go back to the first page."))
        self.buttons.addWidget(self.back)
        self.buttons.addStretch(1)
        self.finish_layout()

        self.token_edit.returnPressed.connect(self.check_status)
        self.token_edit.textEdited.connect(lambda _t: self._forget_receipt())
        self.open_receipt.clicked.connect(self.choose_receipt)
        self.kept.currentIndexChanged.connect(self._kept_chosen)
        self.check.clicked.connect(self.check_status)
        self.withdraw_one.clicked.connect(self.ask_withdraw_selected)
        self.withdraw_all.clicked.connect(self.ask_withdraw_all)
        self.confirm_button.clicked.connect(self.withdraw)
        self.keep.clicked.connect(self._hide_confirm)
        self.list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.back.clicked.connect(lambda: ctx.go("welcome"))
        self._update_buttons()

    # --- which case -------------------------------------------------------------------

    def _fill_kept(self) -> None:
        """List the receipts kept in the data folder, newest first, by date and size.

        Never in caseworker mode: the cases of other people are no business of a client."""
        caseworker = self.ctx.prefs.caseworker
        self._kept = [] if caseworker else [r for _path, r in list_receipts()]
        self.kept.setVisible(not caseworker)
        self.kept.blockSignals(True)
        self.kept.clear()
        self.kept.addItem(self.tr("Cases sent from this computer: %n kept", "", len(self._kept)))
        for receipt in self._kept:
            when = receipt.submitted.replace("T", " ").rstrip("Z")
            self.kept.addItem(
                self.tr("Sent %1 UTC, %n fingerprint(s)", "", len(receipt.entries)).replace(
                    "%1", when
                )
            )
        self.kept.setCurrentIndex(0)
        self.kept.blockSignals(False)
        self.kept.setEnabled(bool(self._kept))

    def _kept_chosen(self, index: int) -> None:
        if 1 <= index <= len(self._kept):
            self.use_receipt(self._kept[index - 1])

    def entered(self) -> None:
        self._fill_kept()
        receipt = self.ctx.session.receipt
        if isinstance(receipt, Receipt) and self._receipt is None:
            self.use_receipt(receipt)
        self.token_edit.setFocus()

    def _forget_receipt(self) -> None:
        self._receipt = None

    def use_receipt(self, receipt: Receipt) -> None:
        self._receipt = receipt
        self.token_edit.setText(receipt.token)
        self._clear_results()

    def choose_receipt(self) -> None:
        self.file_dialog = file_dialog(
            self,
            self.tr("Open a saved receipt"),
            self.tr("Choose the receipt file you saved after sending."),
            self.tr("Receipts (*.json);;All files (*)"),
            self.open_receipt_file,
        )

    def open_receipt_file(self, path: Path) -> bool:
        try:
            receipt = load_receipt(path)
        except ReceiptError as exc:
            show_text(
                self.message,
                self.tr("This receipt could not be opened: %1.").replace("%1", str(exc)),
            )
            return False
        self.use_receipt(receipt)
        show_text(self.message, self.tr("Receipt opened. Press \u201cCheck the case\u201d."))
        return True

    def _case(self) -> Case:
        """The case to ask about; raises :class:`TokenError`."""
        if self._receipt is not None:
            return Case.from_receipt(self._receipt)
        return Case.from_token(parse_token(self.token_edit.text()))

    def _client(self, case: Case) -> BankClient:
        """The bank its receipt names, else the practice server or the configured bank."""
        if case.endpoint is not None:
            require_practice_server(case.endpoint, self.ctx.practice_server)
        return case.client(saved_access(), self._chosen_client)

    def _chosen_client(self) -> BankClient:
        if self.ctx.practice:
            return practice_choice(self.ctx.practice_server).client()
        choice, problem = configured_choice(self.ctx.prefs.profile)
        if choice is None:
            raise BankError(problem or "no bank is set up")
        return choice.client()

    # --- checking -----------------------------------------------------------------------

    def check_status(self) -> None:
        if self.job is not None:
            return
        try:
            case = self._case()
        except (TokenError, BankError, ValueError) as exc:
            show_text(
                self.message, self.tr("Please check the case token: %1.").replace("%1", str(exc))
            )
            return
        self._files = self.file_numbers(self._known_entries(case))

        def call() -> list[EntryStatus]:
            return case.at(self._client(case)).status()

        self._run(call, self._checked, self.tr("Asking the bank…"))

    def _checked(self, states: object) -> None:
        if not self._take_states(states):
            return
        active = sum(1 for s in self.states if s.state == "active")
        if not self.states:
            text = self.tr("The bank holds nothing for this case.")
        else:
            text = self.tr("%n fingerprint(s) of this case are in the bank.", "", active)
            gone = len(self.states) - active
            if gone:
                text += " " + self.tr("%n were withdrawn or are not there.", "", gone)
        show_text(self.message, text)
        log(f"status checked: {len(self.states)} fingerprint(s)")

    def _fill(self) -> None:
        keep = self.selected_remote_id()
        self.list.clear()
        for n, state in enumerate(self.states, start=1):
            file_number = self._files.get(state.remote_id)
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
            ids = [state.remote_id for state in self.states]
            self.list.setCurrentRow(ids.index(keep) if keep in ids else 0)
        self._update_buttons()

    def state_words(self, state: str) -> str:
        if state == "active":
            return self.tr("in the bank; platforms can block matching uploads")
        if state == "withdrawn":
            return self.tr("withdrawn; no longer used to block uploads")
        return self.tr("not in the bank")

    @staticmethod
    def _known_entries(case: Case) -> list[RemoteEntry]:
        return case.entries_at(case.endpoint) if case.endpoint is not None else []

    @staticmethod
    def file_numbers(entries: list[RemoteEntry]) -> dict[str, int]:
        """Number the files of a case 1, 2, ... (from the receipt) for each remote id."""
        numbers: dict[str, int] = {}
        out: dict[str, int] = {}
        for entry in entries:
            out[entry.remote_id] = numbers.setdefault(entry.item_id, len(numbers) + 1)
        return out

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

    # --- withdrawing --------------------------------------------------------------------

    def selected_remote_id(self) -> str | None:
        item = self.list.currentItem()
        value = item.data(RemoteIdRole) if item is not None else None
        return value if isinstance(value, str) else None

    def ask_withdraw_selected(self) -> None:
        remote_id = self.selected_remote_id()
        if remote_id is None:
            return
        self._pending = remote_id
        self._confirm(
            self.tr(
                "Withdraw the selected fingerprint? Platforms will no longer block uploads "
                "that match it. This cannot be undone."
            )
        )

    def ask_withdraw_all(self) -> None:
        self._pending = None
        self._confirm(
            self.tr(
                "Withdraw the whole case? Platforms will no longer block uploads that match "
                "any of its fingerprints. This cannot be undone."
            )
        )

    def _confirm(self, text: str) -> None:
        show_text(self.confirm_text, text)
        self.confirm_panel.show()
        self.confirm_button.setFocus()

    def _hide_confirm(self) -> None:
        self._pending = False
        self.confirm_panel.hide()
        self.list.setFocus()

    def withdraw(self) -> None:
        """Withdraw what the person confirmed (one fingerprint, or the whole case)."""
        pending = self._pending
        if pending is False or self.job is not None:
            return
        remote_id = pending if isinstance(pending, str) else None
        self.confirm_panel.hide()
        self._pending = False
        try:
            case = self._case()
        except (TokenError, BankError, ValueError) as exc:
            show_text(
                self.message, self.tr("Please check the case token: %1.").replace("%1", str(exc))
            )
            return
        self._files = self.file_numbers(self._known_entries(case))

        def call() -> list[EntryStatus]:
            opened = case.at(self._client(case))
            opened.withdraw(remote_id)
            return opened.status()

        self._run(call, self._withdrawn, self.tr("Withdrawing…"))

    def _withdrawn(self, states: object) -> None:
        if not self._take_states(states):
            return
        show_text(self.message, self.tr("Withdrawn. The list below shows what the bank holds now."))
        log("withdrawn")

    # --- common ----------------------------------------------------------------------------

    def _take_states(self, states: object) -> bool:
        """Show the bank's answer to the current job; False for a stale job's answer."""
        if self.sender() is not self.job:
            return False
        self._done()
        assert isinstance(states, list)
        self.states = [s for s in states if isinstance(s, EntryStatus)]
        self._fill()
        return True

    def _run(
        self, call: Callable[[], object], on_success: Callable[[object], None], busy_text: str
    ) -> None:
        job = TaskJob(call, self)
        job.succeeded.connect(on_success)
        job.error.connect(self._failed)
        self.job = job
        self.busy.show()
        show_text(self.message, busy_text)
        self._update_buttons()
        job.start()

    def _failed(self, error: object) -> None:
        if self.sender() is not self.job:
            return
        self._done()
        if isinstance(error, PracticeGone):
            text = self.tr(
                "This was a practice case. Practice mode has ended since, and the practice "
                "server forgot all it held, so there is nothing to check or withdraw."
            )
        elif isinstance(error, BankError):
            text = self.tr("The bank could not be asked: %1.").replace("%1", bank_error_text(error))
            if error.retryable:
                text += " " + self.tr("Check the internet connection and try again.")
        else:
            text = self.tr("Something went wrong in the app. Please try again.")
        show_text(self.message, text)

    def _done(self) -> None:
        self.wait_for_jobs(self.job)
        self.job = None
        self.busy.hide()
        self._update_buttons()

    def _update_buttons(self) -> None:
        idle = self.job is None
        self.check.setEnabled(idle)
        self.open_receipt.setEnabled(idle)
        has_active = any(s.state == "active" for s in self.states)
        self.withdraw_all.setEnabled(idle and has_active)
        current = self.list.currentRow()
        self.withdraw_one.setEnabled(
            idle and 0 <= current < len(self.states) and self.states[current].state == "active"
        )

    def _clear_results(self) -> None:
        self.states = []
        self.list.clear()
        self.confirm_panel.hide()
        self._pending = False
        self._update_buttons()

    def shutdown(self) -> None:
        self.wait_for_jobs(self.job)

    def wiped(self) -> None:
        self.retire(self.job)
        self.job = None
        self._receipt = None
        self._files = {}
        self._kept = []
        self.kept.clear()
        self.token_edit.setText("")  # not clear(): undo must not bring the token back
        self._clear_results()
        show_text(self.message, "")
        self.busy.hide()
