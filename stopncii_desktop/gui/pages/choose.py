"""Choose photos and videos: file dialog, a folder, drag and drop, or a typed path."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QWidget,
)

from stopncii_desktop.gui.a11y import described, show_text
from stopncii_desktop.gui.context import AppContext
from stopncii_desktop.gui.file_dialogs import pick_many
from stopncii_desktop.gui.models import FileListModel
from stopncii_desktop.gui.pages.base import Page
from stopncii_desktop.gui.texts import size_text, unsupported_text
from stopncii_desktop.hashing.files import looks_like_video
from stopncii_desktop.hashing.inputs import MEDIA_EXTENSIONS, PHOTO_EXTENSIONS, VIDEO_EXTENSIONS

#: Folders are walked no deeper than this many files (a guard against choosing a whole disk).
MAX_FILES = 20_000


def _sniff_media(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            head = f.read(256)
    except OSError:
        return True  # let hashing give the precise error
    if looks_like_video(head):
        return True
    signatures = (b"\xff\xd8\xff", b"\x89PNG", b"GIF8", b"BM", b"II*\x00", b"MM\x00*")
    return head.startswith(signatures) or head[8:12] == b"WEBP" or head[4:8] == b"ftyp"


class ChoosePage(Page):
    name = "choose"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setAcceptDrops(True)
        self._sizes: dict[Path, int] = {}
        self.set_heading(
            self.tr("Choose photos and videos"),
            self.tr("Choose the pictures to make fingerprints of. Nothing is sent yet."),
        )
        self.paragraph(
            self.tr(
                "Add the photos and videos you want to protect: pick files, a whole folder, "
                "drag them here, or type a path. Nothing leaves this computer at this step."
            ),
            self.tr("How to choose"),
        )
        row = QHBoxLayout()
        self.add_files = self.button(
            self.tr("Add &photos or videos…"),
            self.tr("Opens a window to pick one or more photo or video files."),
        )
        self.add_folder = self.button(
            self.tr("Add a &folder…"),
            self.tr("Opens a window to pick a folder; every photo and video in it is added."),
        )
        row.addWidget(self.add_files)
        row.addWidget(self.add_folder)
        row.addStretch(1)
        self.layout_.addLayout(row)

        path_row = QHBoxLayout()
        self.path_edit = described(
            QLineEdit(self),
            self.tr("Path of a file or folder"),
            self.tr("Type or paste the path of a photo, a video or a folder, then press Enter."),
        )
        self.path_edit.setPlaceholderText(self.tr("Or type a path here and press Enter"))
        self.add_path = self.button(
            self.tr("A&dd this path"), self.tr("Adds the file or folder typed in the box.")
        )
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.add_path)
        self.layout_.addLayout(path_row)

        self.model = FileListModel(ctx.session)
        self.list = described(
            QListView(self),
            self.tr("Chosen files"),
            self.tr("The files that will get a fingerprint, and any that will be skipped."),
        )
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.layout_.addWidget(self.list, 1)
        self.file_dialog: QFileDialog | None = None
        self.summary = described(QLabel(self), self.tr("Summary"), "")
        self.summary.setWordWrap(True)
        self.layout_.addWidget(self.summary)

        self.back = self.button(self.tr("&Back"), self.tr("Go back to the first page."))
        self.remove = self.button(
            self.tr("&Remove selected"), self.tr("Takes the selected files off the list.")
        )
        self.clear = self.button(self.tr("C&lear list"), self.tr("Empties the list of files."))
        self.next = self.button(
            self.tr("&Make fingerprints"),
            self.tr("Makes a fingerprint of each chosen file, on this computer."),
        )
        self.buttons.addWidget(self.back)
        self.buttons.addWidget(self.remove)
        self.buttons.addWidget(self.clear)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.next)
        self.finish_layout()

        self.add_files.clicked.connect(self._pick_files)
        self.add_folder.clicked.connect(self._pick_folder)
        self.add_path.clicked.connect(self._add_typed)
        self.path_edit.returnPressed.connect(self._add_typed)
        self.back.clicked.connect(lambda: ctx.go("welcome"))
        self.remove.clicked.connect(self._remove_selected)
        self.clear.clicked.connect(self.clear_files)
        self.next.clicked.connect(self._start)
        self._refresh()

    # --- adding ------------------------------------------------------------------

    def _pick_files(self) -> None:
        patterns = " ".join(f"*{e}" for e in sorted(PHOTO_EXTENSIONS | VIDEO_EXTENSIONS))
        self.file_dialog = pick_many(
            self,
            self.tr("Choose photos and videos"),
            self.tr("Pick one or more photos or videos. They stay on this computer."),
            self.tr("Photos and videos (%1);;All files (*)").replace("%1", patterns),
            self.add_paths,
        )

    def _pick_folder(self) -> None:
        self.file_dialog = pick_many(
            self,
            self.tr("Choose a folder"),
            self.tr("Every photo and video inside the folder you pick is added."),
            "",
            self.add_paths,
            folder=True,
        )

    def _add_typed(self) -> None:
        text = self.path_edit.text().strip().strip('"')
        if not text:
            return
        path = Path(os.path.expanduser(text))
        if not path.exists():
            self.summary.setText(self.tr("Nothing was found at that path. Check it and try again."))
            return
        self.path_edit.clear()
        self.add_paths([path])

    def add_paths(self, paths: Iterable[Path]) -> None:
        """Add files and folders (walked, media only) to the session's list."""
        session = self.ctx.session
        known = {p.absolute() for p in session.files} | {
            p.absolute() for p, _ in session.unsupported
        }
        for path in paths:
            candidates: list[tuple[Path, bool]] = []
            if path.is_dir():
                for root, dirs, files in os.walk(path, followlinks=False):
                    dirs.sort()
                    for name in sorted(files):
                        child = Path(root) / name
                        candidates.append((child, child.suffix.lower() in MEDIA_EXTENSIONS))
            else:
                ok = path.suffix.lower() in MEDIA_EXTENSIONS or _sniff_media(path)
                candidates.append((path, ok))
            for child, ok in candidates:
                if len(session.files) >= MAX_FILES:
                    break
                key = child.absolute()
                if key in known:
                    continue
                known.add(key)
                if ok:
                    session.files.append(child)
                    try:
                        self._sizes[child] = child.stat().st_size
                    except OSError:
                        self._sizes[child] = 0
                else:
                    session.unsupported.append((child, unsupported_text()))
        self._refresh()

    def _remove_selected(self) -> None:
        session = self.ctx.session
        rows = sorted({i.row() for i in self.list.selectedIndexes()}, reverse=True)
        for row in rows:
            if row < len(session.files):
                self._sizes.pop(session.files.pop(row), None)
            else:
                session.unsupported.pop(row - len(session.files))
        self._refresh()

    def clear_files(self) -> None:
        self.ctx.session.files.clear()
        self.ctx.session.unsupported.clear()
        self._sizes.clear()
        self._refresh()

    def _refresh(self) -> None:
        self.model.reload(self._sizes)
        session = self.ctx.session
        count = len(session.files)
        total = sum(self._sizes.get(p, 0) for p in session.files)
        text = self.tr("%n file(s) chosen, %1 in all.", "", count).replace("%1", size_text(total))
        if session.unsupported:
            text += " " + self.tr(
                "%n file(s) will be skipped because they are not photos or videos.",
                "",
                len(session.unsupported),
            )
        show_text(self.summary, text)
        self.next.setEnabled(count > 0)
        self.remove.setEnabled(count + len(session.unsupported) > 0)

    # --- drag and drop -----------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        self.add_paths(paths)
        event.acceptProposedAction()

    # --- moving on -----------------------------------------------------------------

    def _start(self) -> None:
        if self.ctx.session.files:
            self.ctx.go("hashing")

    def wiped(self) -> None:
        self._sizes.clear()
        self.path_edit.clear()
        self._refresh()

    def entered(self) -> None:
        self._refresh()
