"""The status page's list of a case: one row per picture or video, in words the person knows
("Picture 3 of 5, a photo, sent on ..., 9 fingerprints, all in the bank"), and on request
each of its fingerprints under it.

The grouping is the bank service's (:func:`~stopncii_desktop.bank.service.by_picture`):
at HMA a picture is several content items, here it is one row. In the session that
made the case a row also names the file (as the review does: not in caseworker mode
unless the client revealed it) and shows its blurred thumbnail, made from the preview
the hashing workers left in memory; nothing of it is written anywhere.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QStyle

from stopncii_desktop.bank.base import EntryStatus
from stopncii_desktop.bank.service import PictureStatus
from stopncii_desktop.gui.models import private_name
from stopncii_desktop.gui.session import KnownPicture, Session
from stopncii_desktop.gui.thumbnails import blurred

#: The item id of a picture row ("" when the bank did not say which picture).
ItemIdRole = Qt.ItemDataRole.UserRole + 1
#: The remote id of a fingerprint row.
RemoteIdRole = Qt.ItemDataRole.UserRole + 2
#: True for a fingerprint row whose fingerprint is in the bank; for a picture row, True
#: when any of its fingerprints is.
ActiveRole = Qt.ItemDataRole.UserRole + 3
#: Pixels across a row's thumbnail.
ICON_SIZE = QSize(48, 48)


def kind_words(signals: tuple[str, ...]) -> str:
    """What one fingerprint is, by its signal types."""
    kinds = set(signals)
    if "vpdq" in kinds:
        return QCoreApplication.translate("CaseModel", "video fingerprint")
    if kinds & {"video_md5", "video_sha256"}:
        return QCoreApplication.translate("CaseModel", "exact-copy fingerprint of the video")
    if "pdq" in kinds:
        return QCoreApplication.translate("CaseModel", "picture fingerprint")
    if kinds & {"phash", "dhash"}:
        return QCoreApplication.translate("CaseModel", "extra picture fingerprint")
    return QCoreApplication.translate("CaseModel", "exact-copy fingerprint")


def state_words(state: str) -> str:
    """What the bank says of one fingerprint."""
    if state == "active":
        return QCoreApplication.translate(
            "CaseModel", "in the bank; platforms can block matching uploads"
        )
    if state == "withdrawn":
        return QCoreApplication.translate("CaseModel", "withdrawn; no longer used to block uploads")
    return QCoreApplication.translate("CaseModel", "not in the bank")


def media_words(picture: PictureStatus) -> str:
    kinds = set(picture.signals)
    if kinds & {"vpdq", "video_md5", "video_sha256"}:
        return QCoreApplication.translate("CaseModel", "a video")
    if kinds & {"pdq", "md5", "sha256", "phash", "dhash"}:  # a video's digests are video_*
        return QCoreApplication.translate("CaseModel", "a photo")
    return QCoreApplication.translate("CaseModel", "a photo or video")


def picture_state_words(picture: PictureStatus) -> str:
    """Where a picture's fingerprints are, as one phrase."""
    total = len(picture.entries)
    state = picture.state
    if state == "active":
        return (
            QCoreApplication.translate("CaseModel", "all in the bank")
            if total > 1
            else QCoreApplication.translate("CaseModel", "in the bank")
        )
    if state == "partly":
        return (
            QCoreApplication.translate("CaseModel", "%1 of %2 in the bank")
            .replace("%1", str(picture.active))
            .replace("%2", str(total))
        )
    if state == "withdrawn":
        return QCoreApplication.translate(
            "CaseModel", "withdrawn: platforms no longer use it to block uploads"
        )
    return QCoreApplication.translate("CaseModel", "not in the bank")


def sent_words(sent: str) -> str:
    """ "sent on" and the date of a receipt's time stamp, in the language shown."""
    when = QDateTime.fromString(sent, Qt.DateFormat.ISODate)
    if not when.isValid():
        return ""
    day = QLocale().toString(when.toLocalTime().date(), "d MMMM yyyy")
    return QCoreApplication.translate("CaseModel", "sent on %1").replace("%1", day)


def joined(parts: list[str]) -> str:
    """Phrases joined as a list ("a, b, c"), the way the language joins them."""
    out = ""
    for part in parts:
        if part:
            out = (
                part
                if not out
                else QCoreApplication.translate("CaseModel", "%1, %2")
                .replace("%1", out)
                .replace("%2", part)
            )
    return out


class CaseModel(QStandardItemModel):
    """A case as the bank holds it, one row per picture (and its fingerprints under it)."""

    def show_case(
        self,
        pictures: list[PictureStatus],
        session: Session,
        caseworker: bool,
        each_fingerprint: bool,
    ) -> None:
        """Fill the rows again from what the bank said and what the session knows."""
        self.clear()
        lookup = session.lookup
        for picture in pictures:
            known = lookup.pictures.get(picture.item_id)
            row = QStandardItem(self.picture_line(picture, known, lookup.picture_total))
            name = None
            if known is not None and known.file_index is not None:
                name = private_name(session, caseworker, known.file_index)
                row.setIcon(self._icon(session, known.file_index, picture))
            else:
                row.setIcon(self._fallback_icon(picture))
            if name is not None:
                name = "\u2068" + name + "\u2069"  # isolated: a name never turns the line
                row.setText(
                    QCoreApplication.translate("CaseModel", "%1 (%2)")
                    .replace("%1", row.text())
                    .replace("%2", name)
                )
            self._finish(row)
            row.setData(picture.item_id, ItemIdRole)
            row.setData(picture.active > 0, ActiveRole)
            if each_fingerprint:
                for n, entry in enumerate(picture.entries, start=1):
                    row.appendRow(self._fingerprint_row(n, entry))
            self.appendRow(row)

    def picture_line(self, picture: PictureStatus, known: KnownPicture | None, total: int) -> str:
        if not picture.item_id:
            head = QCoreApplication.translate(
                "CaseModel", "Fingerprints the bank did not tie to a picture"
            )
        elif known is None:
            head = QCoreApplication.translate(
                "CaseModel", "A picture this computer has no receipt for"
            )
        else:
            head = (
                QCoreApplication.translate("CaseModel", "Picture %1 of %2")
                .replace("%1", str(known.number))
                .replace("%2", str(max(total, known.number)))
            )
        parts = [
            media_words(picture),
            sent_words(known.sent) if known is not None and known.sent else "",
            QCoreApplication.translate(
                "CaseModel", "%n fingerprint(s)", None, len(picture.entries)
            ),
            picture_state_words(picture),
        ]
        return (
            QCoreApplication.translate("CaseModel", "%1: %2")
            .replace("%1", head)
            .replace("%2", joined(parts))
        )

    def _fingerprint_row(self, n: int, entry: EntryStatus) -> QStandardItem:
        text = (
            QCoreApplication.translate("CaseModel", "Fingerprint %1: %2, %3")
            .replace("%1", str(n))
            .replace("%2", kind_words(entry.signals))
            .replace("%3", state_words(entry.state))
        )
        row = QStandardItem(text)
        self._finish(row)
        row.setData(entry.remote_id, RemoteIdRole)
        row.setData(entry.state == "active", ActiveRole)
        return row

    @staticmethod
    def _finish(row: QStandardItem) -> None:
        row.setEditable(False)
        row.setData(row.text(), Qt.ItemDataRole.AccessibleTextRole)
        row.setToolTip(row.text())

    @staticmethod
    def _icon(session: Session, file_index: int, picture: PictureStatus) -> QIcon:
        """The picture's thumbnail, always blurred (in memory, from the hashing workers)."""
        image = session.thumbnails.get(file_index)
        if image is None or image.isNull():
            return CaseModel._fallback_icon(picture)
        small = QPixmap.fromImage(blurred(image)).scaled(
            ICON_SIZE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        square = QPixmap(ICON_SIZE)  # every line's text starts in the same place
        square.fill(Qt.GlobalColor.transparent)
        painter = QPainter(square)
        try:
            x = (ICON_SIZE.width() - small.width()) // 2
            y = (ICON_SIZE.height() - small.height()) // 2
            painter.drawPixmap(x, y, small)
        finally:
            painter.end()
        return QIcon(square)

    @staticmethod
    def _fallback_icon(picture: PictureStatus) -> QIcon:
        style = QApplication.style()
        if "vpdq" in picture.signals:
            return style.standardIcon(QStyle.StandardPixmap.SP_MediaPlay)
        return style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)
