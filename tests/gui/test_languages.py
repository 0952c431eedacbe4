"""Switching language in the real window: the chosen files keep their sizes and their reasons
follow the language; Arabic lines that hold left-to-right pieces set them apart with
Unicode isolates; Khmer is shown larger, and the size comes back after switching away."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from stopncii_desktop.bank.endpoints import Profile
from stopncii_desktop.gui.bidi import FSI, LRI, PDI, plain
from stopncii_desktop.gui.i18n import FONT_SCALE
from stopncii_desktop.gui.pages.choose import ChoosePage
from stopncii_desktop.gui.pages.settings import SettingsPage
from stopncii_desktop.gui.pages.welcome import WelcomePage
from stopncii_desktop.gui.window import MainWindow
from stopncii_desktop.settings import Settings, save_settings
from tests.gui.helpers import add_and_wait, wait_for_page


def switch(qtbot, window: MainWindow, code: str) -> SettingsPage:
    """Choose ``code`` in Settings, as a person does, and wait until the window has it."""
    window.settings_button.click()
    wait_for_page(qtbot, window, "settings")
    settings = window.page(SettingsPage)
    combo = settings.language.combo
    combo.setCurrentIndex(combo.findData(code))
    # The switch runs once the combo's slot has returned.
    qtbot.waitUntil(lambda: QLocale().name().startswith(code), timeout=10_000)
    QCoreApplication.processEvents()
    return settings


def rows(choose: ChoosePage) -> list[str]:
    model = choose.model
    return [str(model.data(model.index(r, 0))) for r in range(model.rowCount())]


@pytest.fixture
def chosen(qtbot, window: MainWindow, photos: list[Path], tmp_path: Path) -> ChoosePage:
    fifo = tmp_path / "pipe.jpg"
    os.mkfifo(fifo)
    window.page(WelcomePage).start.click()
    choose = window.page(ChoosePage)
    add_and_wait(qtbot, choose, [*photos[:2], fifo])
    return choose


def test_chosen_files_keep_their_sizes_and_reasons_follow_the_language(
    qtbot,
    window: MainWindow,
    chosen: ChoosePage,
    qapp: QApplication,
) -> None:
    before = rows(chosen)
    assert "(19." in before[0] or "KiB" in before[0]
    english_reason = before[2].split("will be skipped. ", 1)[1]
    assert english_reason.startswith("This is not a file")
    settings = switch(qtbot, window, "km")
    settings.back.click()
    wait_for_page(qtbot, window, "choose")
    after = rows(chosen)
    assert len(after) == 3
    for row in after[:2]:
        assert "0 bytes" not in row and "0 B" not in plain(row), row
        assert "KiB" in row
    assert english_reason not in after[2], "the reason stayed in English"
    assert "KiB" in plain(chosen.summary.text())


def test_arabic_sets_names_sizes_and_addresses_apart(
    qtbot,
    window: MainWindow,
    chosen: ChoosePage,
    home: Path,
    qapp: QApplication,
) -> None:
    save_settings(
        Settings([Profile("Helpline", "caseapi", "https://bank.example.org")], "Helpline")
    )
    settings = switch(qtbot, window, "ar")
    settings.reload()
    profile_row = str(settings.banks.model.data(settings.banks.model.index(0, 0)))
    assert f"{LRI}https://bank.example.org{PDI}" in profile_row
    assert f"{FSI}Helpline{PDI}" in profile_row
    settings.back.click()
    wait_for_page(qtbot, window, "choose")
    first = rows(chosen)[0]
    # "photo 0.jpg (19.28 KiB)": the name and the size each isolated, the brackets outside.
    name, _, rest = first.partition(" (")
    assert name == f"{FSI}photo 0.jpg{PDI}", first
    assert rest.startswith(FSI) and rest.endswith(f"{PDI})"), first
    assert FSI in chosen.summary.text() and PDI in chosen.summary.text()


def test_khmer_is_larger_and_the_size_comes_back(
    qtbot,
    window: MainWindow,
    qapp: QApplication,
) -> None:
    app = qapp
    size = app.font().pointSizeF()
    heading = window.page(WelcomePage).heading
    heading_size = heading.font().pointSizeF()
    switch(qtbot, window, "km")
    assert app.font().pointSizeF() == pytest.approx(size * FONT_SCALE["km"])
    assert FONT_SCALE["km"] >= 1.2
    assert window.font().pointSizeF() == pytest.approx(size * FONT_SCALE["km"])
    assert heading.font().pointSizeF() == pytest.approx(heading_size * FONT_SCALE["km"])
    switch(qtbot, window, "ar")
    assert app.font().pointSizeF() == pytest.approx(size)
    switch(qtbot, window, "km")
    switch(qtbot, window, "en")
    assert app.font().pointSizeF() == pytest.approx(size)
    assert heading.font().pointSizeF() == pytest.approx(heading_size)
