"""With any of the app's dialogs open, a click on Quick exit still quits; the rest waits.

Qt's window modality used to swallow the click on the Quick exit button while a file
dialog, Next client's question or a settings dialog was open. Clicks here go to the
window, as the system delivers a person's clicks, so they pass Qt's modality checks
(QTest's clicks on a widget would skip them).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from stopncii_desktop.gui.pages.choose import ChoosePage
from stopncii_desktop.gui.pages.receipt import ReceiptPage
from stopncii_desktop.gui.pages.review import ReviewPage
from stopncii_desktop.gui.pages.settings import SettingsPage
from stopncii_desktop.gui.pages.welcome import WelcomePage
from stopncii_desktop.gui.window import MainWindow
from tests.gui.helpers import make_window


def click(widget: QWidget) -> None:
    """A left click in the middle of ``widget``, given to its window as the system would."""
    window = widget.window()
    handle = window.windowHandle()
    assert handle is not None
    where = widget.mapTo(window, widget.rect().center())
    QTest.mouseClick(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)


def file_dialog(window: MainWindow) -> QWidget | None:
    window.page(WelcomePage).start.click()
    choose = window.page(ChoosePage)
    choose.add_files.click()
    return choose.file_dialog


def next_client_question(window: MainWindow) -> QWidget | None:
    return window.start_next_client()


def profile_dialog(window: MainWindow) -> QWidget | None:
    window.settings_button.click()
    return window.page(SettingsPage).banks.open_dialog(None)


def document_dialog(window: MainWindow) -> QWidget | None:
    window.show_page("review")
    return window.page(ReviewPage).show_document()


def print_dialog(window: MainWindow) -> QWidget | None:
    window.show_page("receipt")
    return window.page(ReceiptPage).open_print_dialog()


@pytest.mark.parametrize(
    "open_dialog",
    [file_dialog, next_client_question, profile_dialog, document_dialog, print_dialog],
)
def test_quick_exit_is_one_click_away_over_every_dialog(
    qtbot, home: Path, open_dialog: Callable[[MainWindow], QWidget | None]
) -> None:
    window = make_window(qtbot, caseworker=True)
    dialog = open_dialog(window)
    assert dialog is not None and dialog.isVisible()
    page = window.current_page

    # The window behind waits for the dialog...
    click(window.log_button)
    click(window.next_client)
    assert window.current_page is page
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert len(shown) == 2 and window in shown and dialog in shown, "no log window opened"

    # ...but Quick exit is one click away.
    click(window.quick_exit_button)
    assert window.quick.triggered  # type: ignore[attr-defined]
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == []
