"""Qt's own file dialogs, opened without blocking, for opening and saving files.

Qt's own dialog (not the system's) is used because a system dialog may note
the file in a list of recent files on disk; and ``open()`` rather than
``exec()`` keeps the event loop running, so quick exit can close it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from stopncii_desktop.gui.a11y import described


def file_dialog(
    parent: QWidget,
    title: str,
    description: str,
    filters: str,
    on_selected: Callable[[Path], object],
    *,
    save: bool = False,
    suffix: str = "",
) -> QFileDialog:
    """Open a window-modal file dialog; ``on_selected`` gets the chosen path."""
    dialog = QFileDialog(parent, title, "", filters)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        if suffix:
            dialog.setDefaultSuffix(suffix)
    else:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    described(dialog, title, description)
    dialog.fileSelected.connect(lambda name: on_selected(Path(name)))
    dialog.open()
    return dialog


def pick_many(
    parent: QWidget,
    title: str,
    description: str,
    filters: str,
    on_selected: Callable[[list[Path]], object],
    *,
    folder: bool = False,
) -> QFileDialog:
    """Open a window-modal dialog for several files, or one folder; ``on_selected`` gets them."""
    dialog = QFileDialog(parent, title, "", filters)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    if folder:
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    described(dialog, title, description)
    dialog.filesSelected.connect(lambda names: on_selected([Path(n) for n in names]))
    dialog.open()
    return dialog
