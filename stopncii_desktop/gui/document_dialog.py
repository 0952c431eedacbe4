""" "Show exactly what will be sent": first a table a person can read (per picture: what it
is, which fingerprint, a shortened value, its quality), the exact document or requests
one click further.

Both the review page (the hash set) and the send page (the bank's requests) open it.
The table is made from the hash set; the raw text is exactly what leaves the computer.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from stopncii_desktop.case.hashset import HashSet
from stopncii_desktop.gui.a11y import button_texts, described
from stopncii_desktop.gui.session import Session
from stopncii_desktop.hashing.results import AnySignal, Signal, VpdqSignal
from stopncii_desktop.hashing.variants import (
    DIHEDRAL,
    EXIF_UPRIGHT,
    FIRST_FRAME,
    MIRROR_PREFIX,
    ORIGINAL,
)


def type_words(signal: AnySignal) -> str:
    """What kind of fingerprint, in plain words with its technical name."""
    kind = signal.type
    if kind == "pdq":
        return QCoreApplication.translate("DocumentDialog", "picture fingerprint (PDQ)")
    if kind == "vpdq":
        return QCoreApplication.translate("DocumentDialog", "video fingerprint (vPDQ)")
    if kind == "md5":
        return QCoreApplication.translate("DocumentDialog", "exact-copy fingerprint (MD5)")
    if kind == "sha256":
        return QCoreApplication.translate("DocumentDialog", "exact-copy fingerprint (SHA-256)")
    if kind == "video_md5":
        return QCoreApplication.translate(
            "DocumentDialog", "exact-copy fingerprint of the video (MD5)"
        )
    if kind == "video_sha256":
        return QCoreApplication.translate(
            "DocumentDialog", "exact-copy fingerprint of the video (SHA-256)"
        )
    if kind in ("phash", "dhash"):
        return QCoreApplication.translate("DocumentDialog", "extra picture fingerprint")
    return kind


def variant_words(signal: AnySignal) -> str:
    """Which copy of the picture a fingerprint is for, in plain words."""
    variant = (signal.variant if isinstance(signal, Signal) else None) or ORIGINAL
    if variant in (ORIGINAL, FIRST_FRAME):
        return QCoreApplication.translate("DocumentDialog", "as it is")
    if variant == EXIF_UPRIGHT:
        return QCoreApplication.translate("DocumentDialog", "turned upright")
    if variant in DIHEDRAL:
        return QCoreApplication.translate("DocumentDialog", "turned or mirrored")
    edit = variant.removeprefix(MIRROR_PREFIX)
    if "+" in edit:
        return QCoreApplication.translate("DocumentDialog", "cropped, with a caption")
    if edit.startswith(("crop-", "trim-")):
        return QCoreApplication.translate("DocumentDialog", "cropped")
    if edit.startswith("pad-"):
        return QCoreApplication.translate("DocumentDialog", "with borders")
    if edit.startswith("caption-"):
        return QCoreApplication.translate("DocumentDialog", "with a caption")
    if edit.startswith("tilt-"):
        return QCoreApplication.translate("DocumentDialog", "slightly tilted")
    if edit == "screenshot":
        return QCoreApplication.translate("DocumentDialog", "as a phone screenshot")
    return QCoreApplication.translate("DocumentDialog", "an edited copy")


def short_value(signal: AnySignal) -> str:
    """The start and end of a fingerprint's value, enough to compare by eye."""
    if isinstance(signal, VpdqSignal):
        frames = len(signal.frames)
        return QCoreApplication.translate("DocumentDialog", "%n frame(s)", None, frames)
    value = signal.value
    shown = value if len(value) <= 14 else f"{value[:8]}…{value[-4:]}"
    return "\u2066" + shown + "\u2069"  # left to right, whatever the language


def quality_words(signal: AnySignal) -> str:
    if isinstance(signal, VpdqSignal):
        best = max((f.quality for f in signal.frames), default=0)
        return str(best)
    return "" if signal.quality is None else str(signal.quality)


def review_numbers(session: Session) -> dict[str, int]:
    """The review's number of each item the session made (its file's number)."""
    return {item_id: index + 1 for index, item_id in session.item_ids.items()}


def document_model(
    hashset: HashSet, numbers: dict[str, int], parent: QWidget
) -> QStandardItemModel:
    """One row per fingerprint, picture by picture, numbered as the review numbers them."""
    model = QStandardItemModel(parent)
    model.setHorizontalHeaderLabels(
        [
            QCoreApplication.translate("DocumentDialog", "Picture"),
            QCoreApplication.translate("DocumentDialog", "Fingerprint"),
            QCoreApplication.translate("DocumentDialog", "For"),
            QCoreApplication.translate("DocumentDialog", "Value (shortened)"),
            QCoreApplication.translate("DocumentDialog", "Quality"),
        ]
    )
    for position, item in enumerate(hashset.items, start=1):
        number = str(numbers.get(item.id, position))
        what = (
            QCoreApplication.translate("DocumentDialog", "Video %1")
            if item.media == "video"
            else QCoreApplication.translate("DocumentDialog", "Photo %1")
        )
        for signal in item.signals:
            cells = [
                what.replace("%1", number),
                type_words(signal),
                variant_words(signal),
                short_value(signal),
                quality_words(signal),
            ]
            row = [QStandardItem(cell) for cell in cells]
            for cell in row:
                cell.setEditable(False)
            model.appendRow(row)
    return model


class DocumentDialog(QDialog):
    """Shows, read-only, what would leave the computer: a table, and the exact text."""

    def __init__(
        self,
        text: str,
        parent: QWidget | None = None,
        hashset: HashSet | None = None,
        numbers: dict[str, int] | None = None,
        note: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exactly what will be sent"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "This is everything that will leave this computer: fingerprints only. "
                "No pictures, file names, places or dates."
            )
            + (" " + note if note else ""),
            self,
        )
        intro.setWordWrap(True)
        described(intro, self.tr("About this document"), intro.text())
        layout.addWidget(intro)
        self.table = described(
            QTableView(self),
            self.tr("The fingerprints, one per line"),
            self.tr(
                "Each line is one fingerprint that will be sent: the picture it comes from, "
                "what kind it is, which copy of the picture it is for, the start and end of "
                "its value, and its quality (50 or more is good)."
            ),
        )
        self.table.setModel(document_model(hashset or HashSet(), numbers or {}, self))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.text = described(
            QPlainTextEdit(self),
            self.tr("The document"),
            self.tr("The fingerprints that will be sent, as the bank will receive them."),
        )
        self.text.setReadOnly(True)
        self.text.setPlainText(text)
        layout.addWidget(self.text, 1)
        self.raw = QPushButton(self)
        self.raw.setCheckable(True)
        self.raw.toggled.connect(self._show_raw)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.raw, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        described(close, self.tr("Close"), self.tr("Closes this window."))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._show_raw(hashset is None)
        self.resize(860, 560)

    def _show_raw(self, raw: bool) -> None:
        """The exact text (``raw``) or the readable table."""
        self.raw.blockSignals(True)
        self.raw.setChecked(raw)
        self.raw.blockSignals(False)
        self.text.setVisible(raw)
        self.table.setVisible(not raw)
        if raw:
            button_texts(
                self.raw,
                self.tr("Show as a &table"),
                self.tr("Shows the fingerprints as a table, one per line."),
            )
        else:
            button_texts(
                self.raw,
                self.tr("Show the &exact text"),
                self.tr("Shows the exact text that will be sent, as the bank will receive it."),
            )
