"""Qt's own file dialogs, opened without blocking, that leave no folder or file name behind.

Qt's own dialog (not the system's) is used because a system dialog may note the
file in a list of recent files on disk (GTK's ``recently-used.xbel``); and
it is shown without blocking (gui/over_window.py): the event loop keeps running
and the Quick exit button stays usable.

Left to itself, Qt's dialog remembers where the person went: in memory, for the
next dialog to open there, and in Qt's settings when it is deleted (the
``lastVisited`` folder and the history of folders, in ``QtProject.conf``, or the
registry on Windows). So every dialog opens in a neutral folder (the person's
Pictures or Documents) unless they go elsewhere in it, and Qt's settings are
pointed at a place where nothing can be written (:func:`keep_no_dialog_history`).
Where Qt's settings are not files (the Windows registry, macOS preferences),
what a dialog wrote there is removed again as soon as it is deleted.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from stopncii_desktop.gui.a11y import described
from stopncii_desktop.gui.over_window import open_over

#: Where Qt's file dialog keeps what it remembers, in Qt's settings shared by Qt programs.
_QT_ORGANIZATION = "QtProject"
_DIALOG_GROUP = "FileDialog"
_REMEMBERED = ("lastVisited", "history")


def _nowhere() -> str:
    """A folder that cannot exist: one "inside" a regular file, so nothing can be created."""
    anchor = sys.executable if os.path.isfile(sys.executable) else os.devnull
    return os.path.join(anchor, "no-settings")


def forget_dialog_history() -> None:
    """Remove the folder and history Qt's file dialog noted in Qt's user settings."""
    settings = QSettings(QSettings.Scope.UserScope, _QT_ORGANIZATION)
    settings.beginGroup(_DIALOG_GROUP)
    remembered = [key for key in _REMEMBERED if settings.contains(key)]
    for key in remembered:
        settings.remove(key)
    settings.endGroup()
    if remembered:
        settings.sync()


def keep_no_dialog_history() -> None:
    """From now on, Qt writes no user settings to disk (and reads none: no folder of
    another program or an earlier run is offered). What earlier versions of the app
    left in Qt's shared settings is removed first."""
    forget_dialog_history()
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, _nowhere())


def neutral_folder(pictures: bool) -> str:
    """The person's Pictures (or Documents) folder, or their home if it does not exist."""
    kinds = (
        QStandardPaths.StandardLocation.PicturesLocation
        if pictures
        else QStandardPaths.StandardLocation.DocumentsLocation,
        QStandardPaths.StandardLocation.HomeLocation,
    )
    for kind in kinds:
        folder = QStandardPaths.writableLocation(kind)
        if folder and Path(folder).is_dir():
            return folder
    return ""


def _dialog(
    parent: QWidget, title: str, description: str, filters: str, pictures: bool
) -> QFileDialog:
    keep_no_dialog_history()
    dialog = QFileDialog(parent, title, neutral_folder(pictures), filters)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.destroyed.connect(forget_dialog_history)
    described(dialog, title, description)
    return dialog


def dated_name(stem: str, suffix: str) -> str:
    """A file name to offer: ``stem``, today's date and ``suffix`` (``receipt-2026-11-30.json``)."""
    return f"{stem}-{QDate.currentDate().toString(Qt.DateFormat.ISODate)}.{suffix}"


def file_dialog(
    parent: QWidget,
    title: str,
    description: str,
    filters: str,
    on_selected: Callable[[Path], object],
    *,
    save: bool = False,
    suffix: str = "",
    name: str = "",
) -> QFileDialog:
    """Open a dialog in the Documents folder; ``on_selected`` gets the chosen path.
    Saving, ``name`` is the file name offered (it names nothing of the person)."""
    dialog = _dialog(parent, title, description, filters, pictures=False)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        if suffix:
            dialog.setDefaultSuffix(suffix)
        if name:
            dialog.selectFile(name)
    else:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.fileSelected.connect(lambda name: on_selected(Path(name)))
    open_over(dialog)
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
    """Open a dialog, in the Pictures folder, for several files or one folder."""
    dialog = _dialog(parent, title, description, filters, pictures=True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    if folder:
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    dialog.filesSelected.connect(lambda names: on_selected([Path(n) for n in names]))
    open_over(dialog)
    return dialog
