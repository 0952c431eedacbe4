"""Helpers for driving the real main window in tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from stopncii_desktop.gui.app import create_window
from stopncii_desktop.gui.context import AppContext, Preferences
from stopncii_desktop.gui.next_client import Choice
from stopncii_desktop.gui.pages.choose import ChoosePage
from stopncii_desktop.gui.pages.welcome import WelcomePage
from stopncii_desktop.gui.window import MainWindow


def files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}


def make_window(qtbot: Any, workers: int | None = 0, caseworker: bool = False) -> MainWindow:
    ctx = AppContext(Preferences(workers=workers, caseworker=caseworker))
    window, quick = create_window(ctx)
    window.quick = quick  # type: ignore[attr-defined]
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def wait_for_page(qtbot: Any, window: MainWindow, name: str, timeout: int = 30_000) -> None:
    def on_page() -> None:
        assert window.current_page.name == name, f"still on {window.current_page.name!r}"

    qtbot.waitUntil(on_page, timeout=timeout)


def wait_scanned(qtbot: Any, choose: ChoosePage) -> None:
    """Chosen paths are looked at off the GUI thread: wait until the list is complete."""
    qtbot.waitUntil(lambda: not choose.scanning, timeout=30_000)


def add_and_wait(qtbot: Any, choose: ChoosePage, paths: list[Path]) -> None:
    choose.add_paths(paths)
    wait_scanned(qtbot, choose)


def choose_and_hash(qtbot: Any, window: MainWindow, paths: list[Path]) -> None:
    """From the welcome page: choose the files and wait until the review page shows."""
    window.page(WelcomePage).start.click()
    choose = window.page(ChoosePage)
    assert window.current_page is choose
    add_and_wait(qtbot, choose, paths)
    assert choose.next.isEnabled()
    choose.next.click()
    wait_for_page(qtbot, window, "review")


def next_client(window: MainWindow, choice: Choice = Choice.FORGET) -> None:
    """Press Next client and answer its question (forget this client, by default)."""
    window.next_client.click()
    question = window.next_client_question
    assert question is not None and question.isVisible(), "Next client did not ask first"
    question.button_for(choice).click()


def case_lines(status: Any) -> list[str]:
    """The status page's lines: one per picture of the case."""
    model = status.fingerprints.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def fingerprint_lines(status: Any, picture: int) -> list[str]:
    """The lines under one picture (shown with "Show each fingerprint")."""
    model = status.fingerprints.model
    parent = model.index(picture, 0)
    return [model.index(row, 0, parent).data() for row in range(model.rowCount(parent))]


def select_line(status: Any, picture: int, fingerprint: int | None = None) -> None:
    """Select a picture's line, or one of its fingerprints' lines."""
    model = status.fingerprints.model
    index = model.index(picture, 0)
    if fingerprint is not None:
        index = model.index(fingerprint, 0, index)
    status.fingerprints.view.setCurrentIndex(index)
