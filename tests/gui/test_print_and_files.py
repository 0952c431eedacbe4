"""The printed receipt and the save dialogs, on the real window: the token on one line even on
a small page, with the date and the bank's name; files offered a name, in Documents.

Printing goes to a PDF in the test's own folder (``tmp_path``), never elsewhere.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QSizeF, Qt
from PySide6.QtGui import QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog

from stopncii_desktop.bank.reference_server import ReferenceServer
from stopncii_desktop.gui.pages.receipt import ReceiptPage
from stopncii_desktop.gui.pages.review import ReviewPage
from stopncii_desktop.gui.pages.send import SendPage
from stopncii_desktop.gui.window import MainWindow
from tests.gui.helpers import choose_and_hash, wait_for_page


def token_lines(doc: QTextDocument, printer: QPrinter, token: str) -> int:
    """How many lines the token takes when ``doc`` is laid out on ``printer``'s page."""
    laid = doc.clone()
    laid.documentLayout().setPaintDevice(printer)
    laid.setPageSize(QSizeF(printer.pageRect(QPrinter.Unit.DevicePixel).size()))
    block = laid.begin()
    while block.isValid():
        if token in block.text():
            return block.layout().lineCount()
        block = block.next()
    raise AssertionError("the token is not printed")


def sent_to_bank(qtbot, window: MainWindow) -> ReceiptPage:
    window.page(ReviewPage).next.click()
    wait_for_page(qtbot, window, "send")
    send = window.page(SendPage)
    send.sending.send_button.click()
    send.sending.confirm.yes.click()
    wait_for_page(qtbot, window, "receipt", timeout=30_000)
    return window.page(ReceiptPage)


def test_printed_receipt_keeps_the_token_whole_with_the_date_and_bank(
    qtbot, window: MainWindow, photos: list[Path], bank: ReferenceServer, tmp_path: Path
) -> None:
    choose_and_hash(qtbot, window, photos[:1])
    receipt = sent_to_bank(qtbot, window)
    token = window.ctx.session.token
    assert token is not None
    for paper in (QPageSize.PageSizeId.A4, QPageSize.PageSizeId.A6):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "receipt.pdf"))
        printer.setPageSize(QPageSize(paper))
        doc = receipt.printable(printer)
        assert token_lines(doc, printer, token) == 1, paper
        text = doc.toPlainText()
        assert "Test NGO" in text and bank.url in text
        assert str(QDate.currentDate().year()) in text and "Sent on" in text
    receipt.print_to(printer)
    assert (tmp_path / "receipt.pdf").read_bytes().startswith(b"%PDF")


def test_save_dialogs_offer_a_name_in_documents(
    qtbot, window: MainWindow, photos: list[Path], bank: ReferenceServer, home: Path
) -> None:
    documents = home / "Documents"
    documents.mkdir()
    today = QDate.currentDate().toString(Qt.DateFormat.ISODate)
    choose_and_hash(qtbot, window, photos[:1])
    window.page(ReviewPage).next.click()
    wait_for_page(qtbot, window, "send")
    send = window.page(SendPage)
    send.saving.protect.setChecked(False)
    send.saving.export_button.click()
    dialog = send.saving.file_dialog
    assert isinstance(dialog, QFileDialog)
    assert Path(dialog.directory().absolutePath()) == documents
    assert [Path(f).name for f in dialog.selectedFiles()] == [f"fingerprints-{today}.stopncii.json"]
    dialog.reject()

    receipt = sent_to_bank(qtbot, window)
    receipt.save.click()
    dialog = receipt.file_dialog
    assert isinstance(dialog, QFileDialog)
    assert Path(dialog.directory().absolutePath()) == documents
    assert [Path(f).name for f in dialog.selectedFiles()] == [f"case-receipt-{today}.json"]
    assert not any(p.stem in dialog.selectedFiles()[0] for p in photos)
    dialog.reject()
