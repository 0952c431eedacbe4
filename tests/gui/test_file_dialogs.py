"""Qt's file dialogs in the real window: a neutral folder, and nothing remembered on disk.

Qt's dialog notes the last folder and the folders visited in its settings (``QtProject.conf``)
and opens the next dialog there. The app's dialogs open in the person's Pictures or Documents
and Qt writes no settings; what earlier versions left in Qt's settings is removed at start.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from stopncii_desktop.gui.pages.choose import ChoosePage
from stopncii_desktop.gui.pages.send import SendPage
from stopncii_desktop.gui.pages.welcome import WelcomePage
from tests.gui.helpers import choose_and_hash, files_under, make_window, next_client, wait_scanned


@pytest.fixture
def qt_config(home: Path) -> Path:
    """Qt's user settings in this test's home, as in a fresh process (Qt reads the folder once)."""
    config = home / "xdg_config_home"
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(config))
    return config


def test_file_dialogs_open_in_a_neutral_folder_and_qt_keeps_no_history(
    qtbot, home: Path, qt_config: Path, tmp_path: Path, photos: list[Path]
) -> None:
    neutral = home / "Pictures"
    neutral.mkdir()
    private = tmp_path / "Maria Lopez private"
    private.mkdir()
    chosen = [p.rename(private / p.name) for p in photos[:2]]
    window = make_window(qtbot, caseworker=True)

    window.page(WelcomePage).start.click()
    choose = window.page(ChoosePage)
    choose.add_files.click()
    dialog = choose.file_dialog
    assert isinstance(dialog, QFileDialog)
    assert Path(dialog.directory().absolutePath()) == neutral
    dialog.setDirectory(str(private))  # the person goes to the pictures' folder
    dialog.selectFile(" ".join(f'"{p.name}"' for p in chosen))
    dialog.accept()
    wait_scanned(qtbot, choose)
    assert window.ctx.session.files == chosen
    next_client(window)

    window.page(WelcomePage).start.click()
    choose.add_files.click()
    dialog = choose.file_dialog
    assert isinstance(dialog, QFileDialog)
    assert Path(dialog.directory().absolutePath()) == neutral
    assert not any("Maria" in entry for entry in dialog.history())
    dialog.reject()
    QGuiApplication.processEvents()
    written = [p.read_text(errors="replace") for p in files_under(home) if p.suffix == ".conf"]
    assert not any("Maria" in text for text in written), written
    assert not (qt_config / "QtProject.conf").exists()
    window.quick_exit_button.click()


def test_files_are_saved_and_opened_from_documents(
    qtbot, home: Path, qt_config: Path, photos: list[Path], dirs
) -> None:
    documents = home / "Documents"
    documents.mkdir()
    window = make_window(qtbot)
    choose_and_hash(qtbot, window, photos[:1])
    window.show_page("send")
    send = window.page(SendPage)
    send.saving.protect.setChecked(False)
    send.saving.export_button.click()
    assert isinstance(send.saving.file_dialog, QFileDialog)
    assert Path(send.saving.file_dialog.directory().absolutePath()) == documents
    send.saving.file_dialog.reject()
    for page in window.pages.values():
        page.shutdown()


def test_what_qt_noted_before_is_forgotten_at_start(qtbot, home: Path, qt_config: Path) -> None:
    qt_config.mkdir(exist_ok=True)
    noted = QSettings(QSettings.Scope.UserScope, "QtProject")
    noted.setValue("FileDialog/lastVisited", "file:///home/maria/Maria%20Lopez%20private")
    noted.setValue("FileDialog/history", ["file:///home/maria/Maria%20Lopez%20private"])
    noted.setValue("FileDialog/viewMode", "Detail")
    noted.setValue("Other/choice", "kept")
    noted.sync()
    path = Path(noted.fileName())
    del noted
    assert "Maria" in path.read_text()

    make_window(qtbot).quick_exit_button.click()
    text = path.read_text()
    assert "Maria" not in text
    assert "viewMode=Detail" in text and "choice=kept" in text  # other programs' settings stay
