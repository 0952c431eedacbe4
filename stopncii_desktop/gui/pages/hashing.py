"""Hashing: overall progress, time left, a line per file, and cancel at any time."""

from __future__ import annotations

import time

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QListWidget, QProgressBar, QWidget

from stopncii_desktop.gui.a11y import button_texts, described
from stopncii_desktop.gui.context import AppContext
from stopncii_desktop.gui.models import shown_name
from stopncii_desktop.gui.pages.base import Page
from stopncii_desktop.gui.texts import duration_text, error_text
from stopncii_desktop.gui.workers import HashJob
from stopncii_desktop.hashing.results import MediaResult


class HashingPage(Page):
    name = "hashing"
    step = 2

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._started = 0.0
        #: The file indexes in the order their results came (the order of the lines).
        self._order: list[int] = []
        self.intro = self.paragraph()
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 1000)
        self.layout_.addWidget(self.bar)
        self.counts = QLabel(self)
        self.time_left = QLabel(self)
        self.layout_.addWidget(self.counts)
        self.layout_.addWidget(self.time_left)
        self.lines = QListWidget(self)
        self.layout_.addWidget(self.lines, 1)
        self.cancel = self.button()
        self.next = self.forward_button()
        self.back = self.back_button()
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.cancel)
        self.buttons.addWidget(self.next)
        self.finish_layout()
        self.cancel.clicked.connect(self.stop)
        self.next.clicked.connect(lambda: ctx.go("review"))
        self.back.clicked.connect(lambda: ctx.go("choose"))
        self.retranslate()

    def set_texts(self) -> None:
        self.set_heading(
            self.tr("Making fingerprints"),
            self.tr("The app is making a fingerprint of each file, on this computer."),
        )
        self.set_paragraph(
            self.intro,
            self.tr("This happens on this computer. Nothing is sent. You can stop at any time."),
            self.tr("What is happening"),
        )
        described(self.bar, self.tr("Progress"), self.tr("How much of the work is done."))
        self.counts.setAccessibleName(self.tr("Files done"))
        self.time_left.setAccessibleName(self.tr("Time left"))
        described(
            self.lines,
            self.tr("Files"),
            self.tr("One line per file: done, or what went wrong."),
        )
        button_texts(
            self.cancel,
            self.tr("&Stop"),
            self.tr("Stops making fingerprints. Files already done are kept."),
        )
        button_texts(
            self.next,
            self.tr("&Review"),
            self.tr("Look at the results before anything is sent."),
        )
        button_texts(
            self.back,
            self.tr("&Back to the files"),
            self.tr("Go back and change the chosen files."),
        )
        self._show_lines()

    @property
    def running(self) -> bool:
        # Until its "done" arrives: the thread may have ended with results still queued.
        return self.jobs.busy

    def entered(self) -> None:
        if self.running:
            return
        if not self.ctx.session.files:
            self.ctx.go("choose")
            return
        self.start()

    def start(self) -> None:
        session = self.ctx.session
        session.results.clear()
        session.thumbnails.clear()
        session.excluded.clear()
        session.revealed.clear()
        session.item_ids.clear()
        session.imported = None  # a new set of pictures replaces an opened file
        self._order.clear()
        self.lines.clear()
        self.bar.setValue(0)
        self.live.clear(self.time_left)
        self._started = time.monotonic()
        self._set_counts(0, len(session.files))
        self.cancel.setEnabled(True)
        self.next.setEnabled(False)
        self.back.setEnabled(False)
        job = HashJob(
            list(session.files), self.ctx.prefs.hash_options(), workers=self.ctx.prefs.workers
        )
        self.jobs.start(
            job,
            answers=[
                (job.progress, self._on_progress),
                (job.result, self._on_result),
                (job.thumbnail, self._on_thumbnail),
            ],
            ends=[(job.done, self._on_done)],
            cancel=job.cancel,
        )

    def stop(self) -> None:
        job = self.jobs.current
        if job is not None and job.isRunning():
            self.jobs.cancel()
            self.cancel.setEnabled(False)
            self.live.show(self.time_left, lambda: self.tr("Stopping…"))

    def _set_counts(self, done: int, total: int) -> None:
        self.live.show(
            self.counts,
            lambda: (
                self.tr("%1 of %2 files done").replace("%1", str(done)).replace("%2", str(total))
            ),
        )

    def _on_progress(self, done: int, total: int, fraction: float) -> None:
        self.bar.setValue(int(fraction * 1000))
        self._set_counts(done, total)
        elapsed = time.monotonic() - self._started
        if fraction > 0.02 and elapsed > 1.0:
            left = elapsed * (1 - fraction) / fraction
            self.live.show(
                self.time_left,
                lambda: self.tr("Time left: %1").replace("%1", duration_text(left)),
            )

    def _on_result(self, result: MediaResult) -> None:
        self.ctx.session.results[result.index] = result
        self._order.append(result.index)
        self.lines.addItem(self._line(result))

    def _line(self, result: MediaResult) -> str:
        name = shown_name(result.path, 60)
        if result.error is not None:
            return self.tr("%1: %2").replace("%1", name).replace("%2", error_text(result.error))
        if result.low_quality:
            return self.tr("%1: done, but low quality").replace("%1", name)
        return self.tr("%1: done").replace("%1", name)

    def _show_lines(self) -> None:
        results = self.ctx.session.results
        self.lines.clear()
        self.lines.addItems([self._line(results[i]) for i in self._order if i in results])

    def _on_thumbnail(self, index: int, image: QImage) -> None:
        self.ctx.session.thumbnails[index] = image

    def _on_done(self, cancelled: bool) -> None:
        self.cancel.setEnabled(False)
        self.back.setEnabled(True)
        ok = len(self.ctx.session.ok_results())
        self.next.setEnabled(ok > 0)
        if cancelled:
            self.live.show(
                self.time_left,
                lambda: self.tr("Stopped. %n file(s) were finished and can be reviewed.", "", ok),
            )
        else:
            self.bar.setValue(1000)
            self.live.show(self.time_left, lambda: self.tr("Finished."))
            if ok:
                self.ctx.go("review")

    def wiped(self) -> None:
        self._order.clear()
        self.lines.clear()
        self.bar.setValue(0)
