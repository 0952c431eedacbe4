"""Choose photos and videos: file dialog, a folder, drag and drop, or a typed path."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QLocale
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

from stopncii_desktop.gui.a11y import button_texts, described, show_text
from stopncii_desktop.gui.context import AppContext
from stopncii_desktop.gui.file_dialogs import pick_many
from stopncii_desktop.gui.models import FileListModel, texts_changed
from stopncii_desktop.gui.pages.base import Page
from stopncii_desktop.gui.path_scan import Found, Skip, scan
from stopncii_desktop.gui.texts import error_text, size_text, unsupported_text
from stopncii_desktop.gui.widgets import message_label
from stopncii_desktop.hashing.errors import ErrorCode, MediaError
from stopncii_desktop.hashing.inputs import PHOTO_EXTENSIONS, VIDEO_EXTENSIONS

#: At most this many files are listed (a guard against choosing a whole disk).
MAX_FILES = 20_000


class ChoosePage(Page):
    name = "choose"
    step = 1

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setAcceptDrops(True)
        self._sizes: dict[Path, int] = {}
        #: Why each skipped file is skipped, to say it again in a new language.
        self._skips: dict[Path, Skip] = {}
        # Chosen paths are looked at off the GUI thread, one batch at a time, in order.
        self._waiting: list[tuple[list[Path], str | None]] = []
        #: What the last look at the chosen paths found to say.
        self._note: Callable[[], str] | None = None
        self.intro = self.paragraph()
        row = QHBoxLayout()
        self.add_files = self.button()
        self.add_folder = self.button()
        row.addWidget(self.add_files)
        row.addWidget(self.add_folder)
        row.addStretch(1)
        self.layout_.addLayout(row)

        path_row = QHBoxLayout()
        self.path_edit = QLineEdit(self)
        self.add_path = self.button()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.add_path)
        self.layout_.addLayout(path_row)

        self.model = FileListModel(ctx.session)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.layout_.addWidget(self.list, 1)
        self.file_dialog: QFileDialog | None = None
        self.summary: QLabel = message_label(self)
        self.layout_.addWidget(self.summary)

        self.back = self.back_button()
        self.remove = self.button()
        self.clear = self.button()
        self.next = self.forward_button()
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
        self.retranslate()

    def set_texts(self) -> None:
        self.set_heading(
            self.tr("Choose photos and videos"),
            self.tr("Choose the pictures to make fingerprints of. Nothing is sent yet."),
        )
        self.set_paragraph(
            self.intro,
            self.tr(
                "Add the photos and videos you want to protect: pick files, a whole folder, "
                "drag them here, or type a path. Nothing leaves this computer at this step."
            ),
            self.tr("How to choose"),
        )
        button_texts(
            self.add_files,
            self.tr("Add &photos or videos…"),
            self.tr("Opens a window to pick one or more photo or video files."),
        )
        button_texts(
            self.add_folder,
            self.tr("Add a &folder…"),
            self.tr("Opens a window to pick a folder; every photo and video in it is added."),
        )
        described(
            self.path_edit,
            self.tr("Path of a file or folder"),
            self.tr("Type or paste the path of a photo, a video or a folder, then press Enter."),
        )
        self.path_edit.setPlaceholderText(self.tr("Or type a path here and press Enter"))
        button_texts(
            self.add_path,
            self.tr("A&dd this path"),
            self.tr("Adds the file or folder typed in the box."),
        )
        described(
            self.list,
            self.tr("Chosen files"),
            self.tr("The files that will get a fingerprint, and any that will be skipped."),
        )
        self.summary.setAccessibleName(self.tr("Summary"))
        button_texts(self.back, self.tr("&Back"), self.tr("Go back to the first page."))
        button_texts(
            self.remove,
            self.tr("&Remove selected"),
            self.tr("Takes the selected files off the list."),
        )
        button_texts(self.clear, self.tr("C&lear list"), self.tr("Empties the list of files."))
        button_texts(
            self.next,
            self.tr("&Make fingerprints"),
            self.tr("Makes a fingerprint of each chosen file, on this computer."),
        )
        self._say_again()

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
        if text:
            self.add_paths([Path(os.path.expanduser(text))], typed=self.path_edit.text())

    @property
    def scanning(self) -> bool:
        return self.jobs.busy or bool(self._waiting)

    def add_paths(self, paths: Iterable[Path], typed: str | None = None) -> None:
        """Add files and folders (walked, media only) to the session's list.

        They are looked at off the GUI thread; the list grows when that is done. ``typed``
        is the text of the path box, cleared once its path is found.
        """
        self._waiting.append((list(paths), typed))
        self._scan_next()

    def _scan_next(self) -> None:
        if self.jobs.busy or not self._waiting:
            self._refresh()
            return
        paths, typed = self._waiting.pop(0)
        known, room = self._known(), MAX_FILES - len(self.ctx.session.files)
        cancel = threading.Event()
        self.jobs.run(
            lambda: scan(paths, known, room, cancel.is_set),
            lambda found: self._scanned(found, typed),
            self._scan_failed,
            cancel=cancel.set,
        )
        self._refresh()

    def _known(self) -> set[Path]:
        session = self.ctx.session
        return {p.absolute() for p in session.files} | {
            p.absolute() for p, _ in session.unsupported
        }

    def _scanned(self, found: Found, typed: str | None) -> None:
        session, known = self.ctx.session, self._known()
        for path, size in found.files:
            if path.absolute() not in known and len(session.files) < MAX_FILES:
                known.add(path.absolute())
                session.files.append(path)
                self._sizes[path] = size
        for path, why in found.skipped:
            if path.absolute() not in known:
                known.add(path.absolute())
                session.unsupported.append((path, self._skip_text(why)))
                self._skips[path] = why
        self._note = None
        if found.missing:
            self._note = lambda: self.tr("Nothing was found at that path. Check it and try again.")
        elif found.stopped_at_limit:
            self._note = lambda: self.tr("Only the first %1 files were added.").replace(
                "%1", QLocale().toString(MAX_FILES)
            )
        if typed is not None and not found.missing and self.path_edit.text() == typed:
            self.path_edit.setText("")  # not clear(): undo must not bring the path back
        self._scan_next()

    def _scan_failed(self, _error: Exception) -> None:
        self._note = lambda: self.tr("The chosen files could not be looked at. Please try again.")
        self._scan_next()

    def _skip_text(self, why: Skip) -> str:
        if why is Skip.NOT_A_FILE:
            return error_text(MediaError(ErrorCode.NOT_A_FILE))
        if why is Skip.FOLDER_UNREADABLE:
            return self.tr(
                "This folder could not be opened. You may not have permission to read it."
            )
        return unsupported_text()

    def _remove_selected(self) -> None:
        session = self.ctx.session
        rows = sorted({i.row() for i in self.list.selectedIndexes()}, reverse=True)
        for row in rows:
            if row < len(session.files):
                self._sizes.pop(session.files.pop(row), None)
            else:
                path, _ = session.unsupported.pop(row - len(session.files))
                self._skips.pop(path, None)
        self._refresh()

    def clear_files(self) -> None:
        self._stop_scanning()
        self.ctx.session.files.clear()
        self.ctx.session.unsupported.clear()
        self._sizes.clear()
        self._skips.clear()
        self._note = None
        self._refresh()

    def _stop_scanning(self) -> None:
        self._waiting.clear()
        self.jobs.retire()

    def _refresh(self) -> None:
        self.model.reload(self._sizes)
        self._show_summary()

    def _say_again(self) -> None:
        """After a language change: the reasons files are skipped, the list and the summary
        in the new language (the sizes and the selection kept)."""
        session = self.ctx.session
        session.unsupported[:] = [
            (path, self._skip_text(self._skips[path]) if path in self._skips else reason)
            for path, reason in session.unsupported
        ]
        texts_changed(self.model)
        self._show_summary()

    def _show_summary(self) -> None:
        session = self.ctx.session
        count = len(session.files)
        total = sum(self._sizes.get(p, 0) for p in session.files)
        text = self.tr("%n file(s) chosen, %1 in all.", "", count).replace("%1", size_text(total))
        if session.unsupported:
            text += " " + self.tr(
                "%n file(s) will be skipped: the reason is on each line.",
                "",
                len(session.unsupported),
            )
        if self.scanning:
            text = self.tr("Looking at the chosen files…") + " " + text
        elif self._note is not None:
            text = self._note() + " " + text
        show_text(self.summary, text)
        self.next.setEnabled(count > 0 and not self.scanning)
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
        if self.ctx.session.files and not self.scanning:
            self.ctx.go("hashing")

    def wiped(self) -> None:
        self._waiting.clear()
        self._sizes.clear()
        self._skips.clear()
        self._note = None
        self.path_edit.setText("")  # not clear(): undo must not bring the path back
        self._refresh()

    def shutdown(self) -> None:
        self._waiting.clear()
        super().shutdown()

    def entered(self) -> None:
        self._refresh()
