"""Where am I: the steps of the flow on each of its pages, and Back in the same place on every
page, in English and in Arabic (right to left)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import QApplication, QWidget

from stopncii_desktop.gui import i18n
from stopncii_desktop.gui.pages.base import Page
from stopncii_desktop.gui.window import MainWindow
from tests.gui.helpers import choose_and_hash, make_window

FLOW = {
    "choose": (1, "Choose"),
    "hashing": (2, "Fingerprints"),
    "review": (3, "Check"),
    "send": (4, "Send or save"),
    "receipt": (5, "Receipt"),
}


@pytest.fixture
def hashed(qtbot, home: Path, photos: list[Path]) -> Iterator[MainWindow]:
    window = make_window(qtbot)
    choose_and_hash(qtbot, window, photos[:1])
    yield window
    for page in window.pages.values():
        page.shutdown()


def show(window: MainWindow, page: Page) -> None:
    window.stack.setCurrentWidget(page)
    QCoreApplication.processEvents()


def x_in_window(window: MainWindow, widget: QWidget) -> int:
    return widget.mapTo(window, QPoint(0, 0)).x()


def test_each_page_of_the_flow_says_which_step_it_is(hashed: MainWindow) -> None:
    window = hashed
    for name, page in window.pages.items():
        show(window, page)
        if name not in FLOW:
            assert page.steps is None, f"{name} is not a step of the flow"
            continue
        number, word = FLOW[name]
        steps = page.steps
        assert steps is not None and steps.isVisible(), name
        assert [label.text() for label in steps.labels] == [
            "1. Choose",
            "2. Fingerprints",
            "3. Check",
            "4. Send or save",
            "5. Receipt",
        ]
        assert steps.accessibleName() == "Where you are"
        assert steps.accessibleDescription() == f"Step {number} of 5: {word}"
        now = steps.labels[number - 1]
        assert now.font().bold() and now.accessibleDescription().endswith("You are here.")
        assert all(not label.font().bold() for label in steps.labels if label is not now)
        # Above the heading.
        assert steps.mapTo(page, QPoint(0, 0)).y() < page.heading.mapTo(page, QPoint(0, 0)).y()


def test_steps_run_right_to_left_in_arabic(
    hashed: MainWindow,
    qapp: QApplication,
) -> None:
    window = hashed
    i18n.switch_language(qapp, "ar")
    window.ctx.language_changed.emit()
    page = window.pages["review"]
    show(window, page)
    steps = page.steps
    assert steps is not None
    first, last = steps.labels[0], steps.labels[-1]
    assert first.mapTo(window, QPoint(0, 0)).x() > last.mapTo(window, QPoint(0, 0)).x()
    assert steps.accessibleDescription() == QCoreApplication.translate(
        "Steps", "Step %1 of %2: %3"
    ).replace("%1", "٣").replace("%2", "٥").replace(
        "%3", QCoreApplication.translate("Steps", "Check")
    )
    assert "Check" not in steps.accessibleDescription()


@pytest.mark.parametrize("code", ["en", "ar"])
def test_back_is_first_in_the_row_on_every_page(
    hashed: MainWindow,
    qapp: QApplication,
    code: str,
) -> None:
    window = hashed
    i18n.switch_language(qapp, code)
    window.ctx.language_changed.emit()
    right_to_left = code == "ar"
    with_back = 0
    for name, page in window.pages.items():
        back = getattr(page, "back", None)
        if back is None:
            continue
        with_back += 1
        show(window, page)
        assert back.isVisible(), name
        items = [page.buttons.itemAt(i) for i in range(page.buttons.count())]
        row = [w for item in items if item is not None and (w := item.widget()) is not None]
        assert back in row, f"{name}: Back is not in the row at the bottom"
        others = [w for w in row if w is not back and w.isVisible()]
        left = x_in_window(window, back)
        for other in others:
            if right_to_left:
                assert left > x_in_window(window, other), f"{name}: Back is not on the right"
            else:
                assert left < x_in_window(window, other), f"{name}: Back is not on the left"
        # The same place on every page: at the window's edge of the row.
        edge = window.width() - left - back.width() if right_to_left else left
        assert edge < 60, (name, edge)
    assert with_back >= 6
