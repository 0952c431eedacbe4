"""Which case the status page asks about: a typed case token, a saved receipt, or a case
whose receipt was kept on this computer (never listed in caseworker mode)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from stopncii_desktop.bank.receipts import Receipt, ReceiptError, list_receipts, load_receipt
from stopncii_desktop.bank.service import Case
from stopncii_desktop.case.token import parse_token
from stopncii_desktop.gui.a11y import button_texts, described
from stopncii_desktop.gui.file_dialogs import file_dialog
from stopncii_desktop.gui.panels.base import Kit, Panel

#: Shows a sentence on the page's result line (made again after a language change).
Say = Callable[[Callable[[], str]], None]


class CaseChoice(Panel):
    #: A receipt now names the case (what was shown of the last one no longer holds).
    chosen = Signal()

    def __init__(self, kit: Kit, say: Say, parent: QWidget) -> None:
        super().__init__(kit, parent)
        self._say = say
        self.file_dialog: QWidget | None = None
        #: The receipts kept on this computer, as listed.
        self._kept: list[Receipt] = []
        layout = self.column()
        row = QHBoxLayout()
        self.token_edit = QLineEdit(self)
        self.open_receipt = self.button()
        row.addWidget(self.token_edit, 1)
        row.addWidget(self.open_receipt)
        layout.addLayout(row)
        kept_row = QHBoxLayout()
        self.kept = QComboBox(self)
        kept_row.addWidget(self.kept, 1)
        layout.addLayout(kept_row)
        self.token_edit.textEdited.connect(lambda _t: self._forget_receipt())
        self.open_receipt.clicked.connect(self.choose_receipt)
        self.kept.currentIndexChanged.connect(self._kept_chosen)

    def set_texts(self) -> None:
        described(
            self.token_edit,
            self.tr("Case token"),
            self.tr("Type the case token, in groups of four, then press Enter."),
        )
        self.token_edit.setPlaceholderText(self.tr("Case token, for example 7K3M-QX2A-…"))
        button_texts(
            self.open_receipt,
            self.tr("&Open a saved receipt…"),
            self.tr("Opens a receipt file saved after sending."),
        )
        described(
            self.kept,
            self.tr("Cases sent from this computer"),
            self.tr("Choose a case whose receipt was kept on this computer."),
        )
        self._show_kept()

    def dialogs(self) -> list[QWidget | None]:
        return [self.file_dialog]

    # -- receipts kept here --------------------------------------------------------------

    def fill_kept(self) -> None:
        """List the receipts kept in the data folder, newest first, by date and size.

        Never in caseworker mode: the cases of other people are no business of a client."""
        caseworker = self.ctx.prefs.caseworker
        folder = self.ctx.stores.receipts_folder
        self._kept = [] if caseworker else [r for _path, r in list_receipts(folder)]
        self.kept.setVisible(not caseworker)
        self._show_kept(0)
        self.kept.setEnabled(bool(self._kept))

    def _show_kept(self, current: int | None = None) -> None:
        """The list's words (again); ``current``: the line to show (else the one shown)."""
        current = self.kept.currentIndex() if current is None else current
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
        self.kept.setCurrentIndex(max(0, min(current, len(self._kept))))
        self.kept.blockSignals(False)

    def _kept_chosen(self, index: int) -> None:
        if 1 <= index <= len(self._kept):
            self.use_receipt(self._kept[index - 1])

    # -- the case ------------------------------------------------------------------------

    def use_receipt(self, receipt: Receipt) -> None:
        self.ctx.session.lookup.receipt = receipt
        self.token_edit.setText(receipt.token)
        self.chosen.emit()

    def _forget_receipt(self) -> None:
        self.ctx.session.lookup.receipt = None

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
            reason = str(exc)
            self._say(
                lambda: self.tr("This receipt could not be opened: %1.").replace("%1", reason)
            )
            return False
        self.use_receipt(receipt)
        self._say(lambda: self.tr("Receipt opened. Press \u201cCheck the case\u201d."))
        return True

    def case(self) -> Case:
        """The case to ask about: the receipt's, else the typed token's (with the receipts
        kept here); :class:`~stopncii_desktop.case.token.TokenError` for a mistyped token."""
        receipt = self.ctx.session.lookup.receipt
        if receipt is not None:
            return Case.from_receipt(receipt)
        token = parse_token(self.token_edit.text())
        return Case.from_token(token, self.ctx.stores.receipts_folder)

    def wiped(self) -> None:
        self._kept = []
        self.kept.clear()
        self.token_edit.setText("")  # not clear(): undo must not bring the token back
