"""Qt item models: the chosen files, and the review grid of hashed files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

from stopncii_desktop.case.duplicates import duplicate_groups
from stopncii_desktop.case.sendable import may_be_sent
from stopncii_desktop.gui.bidi import isolate
from stopncii_desktop.gui.session import Session
from stopncii_desktop.gui.texts import error_text, low_quality_text, size_text
from stopncii_desktop.gui.thumbnails import blurred
from stopncii_desktop.hashing.results import MediaResult
from stopncii_desktop.textsafe import safe_display

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

#: Extra roles of the review model.
ResultRole = Qt.ItemDataRole.UserRole + 1
StatusRole = Qt.ItemDataRole.UserRole + 2


def texts_changed(model: QAbstractListModel) -> None:
    """Tell the views that the words of every row changed (after a language change)."""
    rows = model.rowCount()
    if rows:
        model.dataChanged.emit(model.index(0), model.index(rows - 1))


def shown_name(path: Path, limit: int = 60) -> str:
    """A file's name as shown in a sentence: escaped, cut, set apart from its direction."""
    return isolate(safe_display(path.name, limit))


def private_name(session: Session, caseworker: bool, index: int, limit: int = 40) -> str | None:
    """The name of the session's file ``index`` as the app may show it, or None: in
    caseworker mode a client's file names are theirs, shown only once they reveal that
    picture."""
    result = session.results.get(index)
    if result is None or (caseworker and index not in session.revealed):
        return None
    return shown_name(result.path, limit)


def fingerprints_text(res: MediaResult) -> str:
    """How many fingerprints a kept picture or video gives, and that they (not it) are sent."""
    count = sum(1 for s in res.signals if may_be_sent(s))
    if res.media == "video":
        return QCoreApplication.translate(
            "Models",
            "This video gives %n fingerprint(s). Its fingerprints will be sent, never the video.",
            None,
            count,
        )
    text = QCoreApplication.translate(
        "Models",
        "This photo gives %n fingerprint(s). Its fingerprints will be sent, never the photo.",
        None,
        count,
    )
    if count > 3:
        text += " " + QCoreApplication.translate(
            "Models",
            "Several fingerprints let edited copies (cropped, turned, with text or borders "
            "added) be matched too.",
        )
    return text


def with_badge(pixmap: QPixmap) -> QPixmap:
    """``pixmap`` with a warning mark in its corner (a low-quality picture)."""
    marked = QPixmap(pixmap)
    size = max(16, min(marked.width(), marked.height()) // 3)
    icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    painter = QPainter(marked)
    try:
        painter.drawPixmap(marked.width() - size - 2, marked.height() - size - 2, icon.pixmap(size))
    finally:
        painter.end()
    return marked


class FileListModel(QAbstractListModel):
    """The files chosen, with their size, and files that will be skipped with the reason."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self._session = session
        self._sizes: dict[Path, int] = {}

    def reload(self, sizes: dict[Path, int]) -> None:
        self.beginResetModel()
        self._sizes = dict(sizes)
        self.endResetModel()

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._session.files) + len(self._session.unsupported)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = index.row()
        files = self._session.files
        if row < len(files):
            path = files[row]
            text = (
                QCoreApplication.translate("Models", "%1 (%2)")
                .replace("%1", shown_name(path))
                .replace("%2", size_text(self._sizes.get(path, 0)))
            )
            reason = None
        else:
            path, reason = self._session.unsupported[row - len(files)]
            text = (
                QCoreApplication.translate("Models", "%1: will be skipped. %2")
                .replace("%1", shown_name(path))
                .replace("%2", reason)
            )
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return reason or shown_name(path, 300)
        return None


class ReviewModel(QAbstractListModel):
    """One row per hashed file: thumbnail (blurred unless revealed), include box, status."""

    def __init__(self, session: Session, caseworker: bool = False) -> None:
        super().__init__()
        self._session = session
        self._rows: list[MediaResult] = []
        self._groups: dict[int, int] = {}
        self._blurred: dict[int, QPixmap] = {}
        self._clear: dict[int, QPixmap] = {}
        self.caseworker = caseworker

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = [r for _, r in sorted(self._session.results.items())]
        self._groups = duplicate_groups(self._rows)
        self._blurred.clear()
        self._clear.clear()
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._groups = {}
        self._blurred.clear()
        self._clear.clear()
        self.endResetModel()

    def result_at(self, row: int) -> MediaResult:
        return self._rows[row]

    def group_of(self, file_index: int) -> int | None:
        return self._groups.get(file_index)

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and self._rows[index.row()].ok:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def _pixmap(self, res: MediaResult) -> QPixmap | None:
        image: QImage | None = self._session.thumbnails.get(res.index)
        if image is None:
            return None
        revealed = res.index in self._session.revealed
        cache = self._clear if revealed else self._blurred
        if res.index not in cache:
            pixmap = QPixmap.fromImage(image if revealed else blurred(image))
            cache[res.index] = with_badge(pixmap) if res.low_quality else pixmap
        return cache[res.index]

    def _fallback_icon(self, res: MediaResult) -> QIcon:
        style = QApplication.style()
        if not res.ok:
            return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if res.media == "video":
            return style.standardIcon(QStyle.StandardPixmap.SP_MediaPlay)
        return style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)

    def shown_title(self, res: MediaResult) -> str:
        """The title under the thumbnail, with a mark for a low-quality picture."""
        title = self.title(res)
        if res.ok and res.low_quality and res.index not in self._session.excluded:
            title += "\n" + QCoreApplication.translate("Models", "\u26a0 Low quality")
        return title

    def title(self, res: MediaResult) -> str:
        number = str(res.index + 1)
        name = private_name(self._session, self.caseworker, res.index)
        if name is None:
            return QCoreApplication.translate("Models", "File %1").replace("%1", number)
        return (
            QCoreApplication.translate("Models", "%1. %2").replace("%1", number).replace("%2", name)
        )

    def status(self, res: MediaResult) -> str:
        if res.error is not None:
            return error_text(res.error)
        parts: list[str] = []
        if res.index in self._session.excluded:
            parts.append(QCoreApplication.translate("Models", "Left out: will not be sent."))
        elif res.low_quality:
            parts.append(low_quality_text())
        else:
            parts.append(fingerprints_text(res))
        group = self._groups.get(res.index)
        if group is not None:
            parts.append(
                QCoreApplication.translate("Models", "Same picture as others in group %1.").replace(
                    "%1", str(group)
                )
            )
        if res.index in self._session.excluded or res.low_quality:
            parts.insert(
                0,
                QCoreApplication.translate("Models", "This is a video.")
                if res.media == "video"
                else QCoreApplication.translate("Models", "This is a photo."),
            )
        return " ".join(parts)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        res = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.shown_title(res)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._pixmap(res) or self._fallback_icon(res)
        if role == Qt.ItemDataRole.CheckStateRole and res.ok:
            excluded = res.index in self._session.excluded
            return Qt.CheckState.Unchecked if excluded else Qt.CheckState.Checked
        if role in (Qt.ItemDataRole.ToolTipRole, StatusRole):
            return self.status(res)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.title(res) + ". " + self.status(res)
        if role == ResultRole:
            return res
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        res = self._rows[index.row()]
        if not res.ok:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.set_included(index.row(), checked)
        return True

    def set_included(self, row: int, included: bool) -> None:
        res = self._rows[row]
        if included:
            self._session.excluded.discard(res.index)
        else:
            self._session.excluded.add(res.index)
        idx = self.index(row)
        self.dataChanged.emit(idx, idx)

    def set_revealed(self, row: int, revealed: bool) -> None:
        res = self._rows[row]
        if revealed:
            self._session.revealed.add(res.index)
        else:
            self._session.revealed.discard(res.index)
            self._clear.pop(res.index, None)
        idx = self.index(row)
        self.dataChanged.emit(idx, idx)

    def set_all_revealed(self, revealed: bool) -> None:
        if revealed:
            self._session.revealed.update(r.index for r in self._rows)
        else:
            self._session.revealed.clear()
            self._clear.clear()
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def thumbnail_added(self, file_index: int) -> None:
        for row, res in enumerate(self._rows):
            if res.index == file_index:
                self._blurred.pop(file_index, None)
                self._clear.pop(file_index, None)
                idx = self.index(row)
                self.dataChanged.emit(idx, idx)
                return
