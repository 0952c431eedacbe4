"""Review: blurred thumbnails, reveal, include or exclude, warnings, duplicates, the document."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QWidget,
)

from stopncii_desktop.gui.a11y import button_texts, described, show_text
from stopncii_desktop.gui.context import AppContext
from stopncii_desktop.gui.document_dialog import DocumentDialog, review_numbers
from stopncii_desktop.gui.models import ReviewModel, StatusRole, texts_changed
from stopncii_desktop.gui.over_window import open_over
from stopncii_desktop.gui.pages.base import Page
from stopncii_desktop.gui.thumbnails import SIZE
from stopncii_desktop.gui.widgets import message_label


class ReviewPage(Page):
    name = "review"
    step = 3

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.intro = self.paragraph()
        self.model = ReviewModel(ctx.session, ctx.prefs.caseworker)
        self.grid = QListView(self)
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setIconSize(QSize(SIZE, SIZE))
        self.grid.setGridSize(QSize(SIZE + 40, SIZE + 56))
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setWordWrap(True)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setModel(self.model)
        self.layout_.addWidget(self.grid, 1)
        self.detail: QLabel = message_label(self)
        self.layout_.addWidget(self.detail)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.layout_.addWidget(self.summary)

        row = QHBoxLayout()
        self.reveal = self.button()
        self.reveal_all = self.button()
        self.include = self.button()
        self.show_doc = self.button()
        for b in (self.reveal, self.reveal_all, self.include):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.show_doc)
        self.layout_.addLayout(row)

        self.back = self.back_button()
        self.next = self.forward_button()
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.next)
        self.finish_layout()

        self.grid.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.dataChanged.connect(lambda *_: self._update())
        self.reveal.clicked.connect(self.toggle_reveal)
        self.reveal_all.clicked.connect(self.toggle_reveal_all)
        self.include.clicked.connect(self.toggle_include)
        self.show_doc.clicked.connect(self.show_document)
        self.back.clicked.connect(lambda: ctx.go("choose"))
        self.next.clicked.connect(lambda: ctx.go("send"))
        self.retranslate()

    def set_texts(self) -> None:
        self.set_heading(
            self.tr("Check before anything is sent"),
            self.tr("Choose which files to protect. The pictures are blurred."),
        )
        self.set_paragraph(
            self.intro,
            self.tr(
                "The pictures are blurred so nobody sees them by accident. Untick a file to "
                "leave it out. Select one and press Reveal to see it clearly."
            ),
            self.tr("How to review"),
        )
        described(
            self.grid,
            self.tr("Files with fingerprints"),
            self.tr(
                "One entry per file. Space ticks or unticks the selected file; ticked files "
                "will be sent."
            ),
        )
        self.detail.setAccessibleName(self.tr("About the selected file"))
        self.summary.setAccessibleName(self.tr("Summary"))
        button_texts(
            self.reveal,
            self.tr("Re&veal this picture"),
            self.tr("Shows the selected picture clearly, or blurs it again."),
        )
        button_texts(
            self.reveal_all,
            self.tr("Reveal &all"),
            self.tr("Shows all pictures clearly, or blurs them all again."),
        )
        button_texts(
            self.include,
            self.tr("&Leave this one out"),
            self.tr("Leaves the selected file out of what is sent, or puts it back."),
        )
        button_texts(
            self.show_doc,
            self.tr("Show &exactly what will be sent"),
            self.tr("Opens the document that will leave this computer, to read it."),
        )
        button_texts(
            self.back,
            self.tr("&Back"),
            self.tr("Go back to the chosen files; the fingerprints are kept."),
        )
        button_texts(
            self.next,
            self.tr("&Continue: send or save"),
            self.tr("Go on to choose whether to send the fingerprints or save them to a file."),
        )
        texts_changed(self.model)
        self._update()

    def entered(self) -> None:
        self.model.caseworker = self.ctx.prefs.caseworker
        self.model.reload()
        if self.model.rowCount():
            self.grid.setCurrentIndex(self.model.index(0))
        self.grid.setFocus()
        self._update()

    def current_row(self) -> int | None:
        idx = self.grid.currentIndex()
        return idx.row() if idx.isValid() else None

    def toggle_reveal(self) -> None:
        row = self.current_row()
        if row is None:
            return
        res = self.model.result_at(row)
        self.model.set_revealed(row, res.index not in self.ctx.session.revealed)

    def toggle_reveal_all(self) -> None:
        session = self.ctx.session
        any_hidden = any(
            self.model.result_at(r).index not in session.revealed
            for r in range(self.model.rowCount())
        )
        self.model.set_all_revealed(any_hidden)

    def toggle_include(self) -> None:
        row = self.current_row()
        if row is None or not self.model.result_at(row).ok:
            return
        res = self.model.result_at(row)
        self.model.set_included(row, res.index in self.ctx.session.excluded)

    def show_document(self) -> DocumentDialog:
        """Show the document that would be sent, over the window (Quick exit stays usable):
        a table first, the exact text one click further."""
        session = self.ctx.session
        hashset = session.hashset_to_send()
        dialog = DocumentDialog(hashset.dumps(), self, hashset, review_numbers(session))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        open_over(dialog)
        return dialog

    def _selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._update()

    def _update(self) -> None:
        session = self.ctx.session
        row = self.current_row()
        if row is not None and row < self.model.rowCount():
            res = self.model.result_at(row)
            status = str(self.model.data(self.model.index(row), StatusRole))
            title = self.model.title(res)
            self.detail.setText(title + "\n" + status)
            self.detail.setAccessibleDescription(status)
            self.reveal.setText(
                self.tr("Blur this &picture")
                if res.index in session.revealed
                else self.tr("Re&veal this picture")
            )
            self.reveal.setEnabled(res.index in session.thumbnails)
            self.include.setEnabled(res.ok)
            self.include.setText(
                self.tr("Put this one bac&k")
                if res.index in session.excluded
                else self.tr("&Leave this one out")
            )
        else:
            self.detail.setText("")
            self.reveal.setEnabled(False)
            self.include.setEnabled(False)
        total = self.model.rowCount()
        all_shown = total > 0 and all(
            self.model.result_at(r).index in session.revealed for r in range(total)
        )
        self.reveal_all.setText(self.tr("Blur &all") if all_shown else self.tr("Reveal &all"))
        sending = session.hashset_to_send()
        count = len(sending.items)
        failed = sum(1 for r in session.results.values() if not r.ok)
        text = self.tr("%n file(s) will be protected.", "", count)
        if failed:
            text += " " + self.tr("%n file(s) could not be read.", "", failed)
        show_text(self.summary, text)
        self.next.setEnabled(count > 0)
        self.show_doc.setEnabled(count > 0)

    def wiped(self) -> None:
        self.model.clear()
        self.detail.setText("")
        self.summary.setText("")
