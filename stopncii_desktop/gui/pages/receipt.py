"""Receipt: the case token shown large, with copy, save to a file and print, and the warning."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from stopncii_desktop.bank.receipts import Receipt, write_receipt
from stopncii_desktop.case.regular_files import refuse_special
from stopncii_desktop.gui.a11y import button_texts, described, show_text
from stopncii_desktop.gui.case_pictures import kept_back
from stopncii_desktop.gui.clipboard import copy_secret
from stopncii_desktop.gui.context import AppContext
from stopncii_desktop.gui.file_dialogs import dated_name, file_dialog
from stopncii_desktop.gui.log_window import log
from stopncii_desktop.gui.over_window import open_over
from stopncii_desktop.gui.pages.base import Page
from stopncii_desktop.gui.texts import bank_name, held_back_lines, os_error_text

#: The printed token's size, in points, where the page is wide enough.
TOKEN_POINTS = 18.0


def token_points(token: str, printer: QPrinter) -> float:
    """The token's size in points so that it fits the printer's page on one line."""
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setBold(True)
    font.setPointSizeF(TOKEN_POINTS)
    advance = QFontMetricsF(font, printer).horizontalAdvance(token)
    # The document's own margins take a little of the page.
    available = printer.pageRect(QPrinter.Unit.DevicePixel).width() * 0.9
    if advance <= available or advance <= 0:
        return TOKEN_POINTS
    return max(6.0, TOKEN_POINTS * available / advance)


class ReceiptPage(Page):
    name = "receipt"
    step = 5

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.file_dialog: QWidget | None = None
        self.print_dialog: QPrintDialog | None = None
        self.token_label = QLabel(self)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 2.0)
        font.setWeight(QFont.Weight.Bold)
        self.token_label.setFont(font)
        self.token_label.setTextFormat(Qt.TextFormat.PlainText)
        self.token_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.token_label.setWordWrap(True)
        self.token_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.token_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.token_label.setProperty("i18n_exempt", True)  # the token is data, not words
        self.layout_.addWidget(self.token_label)
        self.warning = self.paragraph()
        font = QFont(self.warning.font())
        font.setBold(True)
        self.warning.setFont(font)
        self.details = self.paragraph()
        self.held = self.paragraph()
        self.result = self.paragraph()
        self.layout_.addStretch(1)

        row = QHBoxLayout()
        self.copy = self.button()
        self.save = self.button()
        self.print_ = self.button()
        for b in (self.copy, self.save, self.print_):
            row.addWidget(b)
        row.addStretch(1)
        self.layout_.addLayout(row)

        self.status = self.button()
        self.finish = self.button()
        self.buttons.addWidget(self.status)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.finish)
        self.finish_layout()

        self.copy.clicked.connect(self.copy_token)
        self.save.clicked.connect(self.choose_file)
        self.print_.clicked.connect(self.open_print_dialog)
        self.status.clicked.connect(lambda: ctx.go("status"))
        self.finish.clicked.connect(lambda: ctx.go("welcome"))
        self.retranslate()

    def set_texts(self) -> None:
        self.set_heading(
            self.tr("Done. This is your case token"),
            self.tr("The fingerprints were sent. Keep the case token below safe."),
        )
        self.token_label.setAccessibleName(self.tr("Case token"))
        self.set_paragraph(self.warning, self.warning_text(), self.tr("Keep it safe"))
        self.details.setAccessibleName(self.tr("What the bank stored"))
        self.held.setAccessibleName(self.tr("What was not sent"))
        self.result.setAccessibleName(self.tr("Result"))
        button_texts(
            self.copy,
            self.tr("&Copy the token"),
            self.tr("Copies the case token, to paste it somewhere safe."),
        )
        button_texts(
            self.save,
            self.tr("&Save the receipt to a file…"),
            self.tr("Saves the token and what the bank stored, to check or withdraw later."),
        )
        button_texts(self.print_, self.tr("&Print…"), self.tr("Prints the case token on paper."))
        button_texts(
            self.status,
            self.tr("Check or &withdraw this case"),
            self.tr("See what the bank holds for this case, or take it out again."),
        )
        button_texts(
            self.finish,
            self.tr("&Finish"),
            self.tr("Goes back to the first page. Keep your token first."),
        )

    def warning_text(self) -> str:
        return self.tr(
            "Keep this case token safe. Anyone who has it can check or withdraw this case. "
            "It cannot be recovered if it is lost: write it down, print it or save it now."
        )

    @property
    def receipt(self) -> Receipt | None:
        return self.ctx.session.receipt

    def entered(self) -> None:
        receipt = self.receipt
        show_text(self.token_label, receipt.token if receipt is not None else "")
        # Where this receipt's fingerprints went, not whether practice mode is on now: a
        # practice receipt seen again after practice mode is turned off is still practice.
        practice = receipt is not None and receipt.endpoint.practice
        self.live.show(self.details, lambda: self._details_text(receipt, practice))
        notes = list(receipt.held_back) if receipt is not None else []
        low = kept_back(self.ctx.session, [e.item_id for e in receipt.entries]) if receipt else 0
        self.live.show(self.held, lambda: self._held_text(notes, low))
        self.held.setVisible(bool(notes or low))
        self.live.clear(self.result)
        for b in (self.copy, self.save, self.print_, self.status):
            b.setEnabled(receipt is not None)
        self.token_label.setFocus()

    def _details_text(self, receipt: Receipt | None, practice: bool) -> str:
        entries = receipt.entries if receipt is not None else []
        count = len(entries)
        pictures = len({e.item_id for e in entries})
        text = self.tr("The bank stored %n fingerprint(s) for this case,", "", count)
        text += " " + self.tr("from %n picture(s) or video(s).", "", pictures)
        if count > pictures:
            text += " " + self.tr(
                "Each photo gives several fingerprints, so that edited copies (cropped, "
                "turned, with text or borders added) are matched too."
            )
        if practice:
            text += " " + self.tr("This was practice: nothing is protected.")
        return text

    def _held_text(self, notes: list[str], low_quality: int) -> str:
        lines = held_back_lines(notes, low_quality)
        if not lines:
            return ""
        return "\n".join([self.tr("Not sent:"), *("\u2022 " + line for line in lines)])

    def copy_token(self) -> None:
        receipt = self.receipt
        if receipt is None:
            return
        copy_secret(receipt.token)
        self.live.show(
            self.result,
            lambda: self.tr(
                "The case token was copied. Paste it somewhere safe now: the app takes it off "
                "the clipboard when it closes."
            ),
        )

    def choose_file(self) -> None:
        self.file_dialog = file_dialog(
            self,
            self.tr("Save the receipt"),
            self.tr("Choose where to save the receipt with the case token."),
            self.tr("Receipts (*.json);;All files (*)"),
            self.save_to,
            save=True,
            suffix="json",
            name=dated_name("case-receipt", "json"),
        )

    def save_to(self, path: Path) -> bool:
        """Write the receipt to ``path`` (atomically, readable by its owner only)."""
        receipt = self.receipt
        if receipt is None:
            return False
        try:
            refuse_special(path)
            write_receipt(receipt, path, wait_for_reader=False)
        except OSError as exc:
            reason = os_error_text(exc)
            self.live.show(
                self.result,
                lambda: self.tr("The receipt could not be saved: %1.").replace("%1", reason),
            )
            return False
        log(self.tr("The receipt was saved to a file."))
        self.live.show(
            self.result,
            lambda: self.tr("The receipt was saved. Keep the file as safe as the token itself."),
        )
        return True

    def printable(self, printer: QPrinter | None = None) -> QTextDocument:
        """The page to print: the token on one line (never broken at its hyphens: on a
        narrow page it is printed smaller), when it was sent and to which bank, and the
        warning."""
        receipt = self.receipt
        token = receipt.token if receipt is not None else ""
        size = TOKEN_POINTS if printer is None else token_points(token, printer)
        title = html.escape(self.tr("StopNCII case token"))
        facts = html.escape(self._print_facts(receipt)) if receipt is not None else ""
        warning = html.escape(self.warning_text())
        doc = QTextDocument(self)
        doc.setHtml(
            f"<h2>{title}</h2>"
            f"<p style='font-size:{size:.1f}pt; font-family:monospace; white-space:nowrap'>"
            f"<b>{html.escape(token)}</b></p>"
            f"<p>{facts}</p>"
            f"<p>{warning}</p>"
        )
        return doc

    def _print_facts(self, receipt: Receipt) -> str:
        when = QDateTime.fromString(receipt.submitted, Qt.DateFormat.ISODate).toLocalTime()
        day = QLocale().toString(when, QLocale.FormatType.LongFormat) if when.isValid() else ""
        return (
            self.tr("Sent on %1 to %2.")
            .replace("%1", day or receipt.submitted)
            .replace("%2", bank_name(receipt.endpoint))
        )

    def open_print_dialog(self) -> QPrintDialog:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        described(dialog, self.tr("Print the case token"), self.tr("Choose a printer and print."))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.print_to(printer))
        self.print_dialog = dialog
        open_over(dialog)  # not exec(): the event loop (and quick exit) keeps running
        return dialog

    def print_to(self, printer: QPrinter) -> None:
        self.printable(printer).print_(printer)
        log(self.tr("The case token was sent to the printer."))
        self.live.show(self.result, lambda: self.tr("The case token was sent to the printer."))

    def wiped(self) -> None:
        show_text(self.token_label, "")
