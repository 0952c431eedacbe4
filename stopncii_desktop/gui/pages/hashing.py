"""Hashing: overall progress, time left, a line per file, and cancel at any time."""

from __future__ import annotations

import time

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QListWidget, QProgressBar, QWidget

from stopncii_desktop.gui.a11y import described, show_text
from stopncii_desktop.gui.context import AppContext
from stopncii_desktop.gui.models import shown_name
from stopncii_desktop.gui.pages.base import Page
from stopncii_desktop.gui.texts import duration_text, error_text
from stopncii_desktop.gui.workers import HashJob
from stopncii_desktop.hashing.results import MediaResult


class HashingPage(Page):
    name = "hashing"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.job: HashJob | None = None
        self._started = 0.0
        self.set_heading(
            self.tr("Making fingerprints"),
            self.tr("The app is making a fingerprint of each file, on this computer."),
        )
        self.paragraph(
            self.tr("This happens on this computer. Nothing is sent. You can stop at any time."),
            self.tr("What is happening"),
        )
        self.bar = described(
            QProgressBar(self), self.tr("Progress"), self.tr("How much of the work is done.")
        )
        self.bar.setRange(0, 1000)
        self.layout_.addWidget(self.bar)
        self.counts = described(QLabel(self), self.tr("Files done"), "")
        self.time_left = described(QLabel(self), self.tr("Time left"), "")
        self.layout_.addWidget(self.counts)
        self.layout_.addWidget(self.time_left)
        self.lines = described(
            QListWidget(self),
            self.tr("Files"),
            self.tr("One line per file: done, or what went wrong."),
        )
        self.layout_.addWidget(self.lines, 1)
        self.cancel = self.button(
            self.tr("&Stop"), self.tr("Stops making fingerprints. Files already done are kept.")
        )
        self.next = self.button(
            self.tr("&Review"), self.tr("Look at the results before anything is sent.")
        )
        self.back = self.button(
            self.tr("&Back to the files"), self.tr("Go back and change the chosen files.")
        )
        self.buttons.addWidget(self.back)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.cancel)
        self.buttons.addWidget(self.next)
        self.finish_layout()
        self.cancel.clicked.connect(self.stop)
        self.next.clicked.connect(lambda: ctx.go("review"))
        self.back.clicked.connect(lambda: ctx.go("choose"))
        ctx.stop_hooks.append(self.stop)

    @property
    def running(self) -> bool:
        # Until its "done" arrives: the thread may have ended with results still queued.
        return self.job is not None

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
        session.extra.pop("imported", None)  # a new set of pictures replaces an opened file
        self.lines.clear()
        self.bar.setValue(0)
        self.time_left.setText("")
        self._started = time.monotonic()
        self._set_counts(0, len(session.files))
        self.cancel.setEnabled(True)
        self.next.setEnabled(False)
        self.back.setEnabled(False)
        job = HashJob(
            list(session.files), self.ctx.prefs.hash_options(), workers=self.ctx.prefs.workers
        )
        job.progress.connect(self._on_progress)
        job.result.connect(self._on_result)
        job.thumbnail.connect(self._on_thumbnail)
        job.done.connect(self._on_done)
        self.job = job
        job.start()

    def stop(self) -> None:
        if self.job is not None and self.job.isRunning():
            self.job.cancel()
            self.cancel.setEnabled(False)
            self.time_left.setText(self.tr("Stopping…"))

    def _set_counts(self, done: int, total: int) -> None:
        text = self.tr("%1 of %2 files done").replace("%1", str(done)).replace("%2", str(total))
        show_text(self.counts, text)

    def _on_progress(self, done: int, total: int, fraction: float) -> None:
        self.bar.setValue(int(fraction * 1000))
        self._set_counts(done, total)
        elapsed = time.monotonic() - self._started
        if fraction > 0.02 and elapsed > 1.0:
            left = elapsed * (1 - fraction) / fraction
            text = self.tr("Time left: %1").replace("%1", duration_text(left))
            show_text(self.time_left, text)

    def _on_result(self, result: MediaResult) -> None:
        if self.job is None or self.sender() is not self.job:
            return
        self.ctx.session.results[result.index] = result
        name = shown_name(result.path, 60)
        if result.error is not None:
            line = self.tr("%1: %2").replace("%1", name).replace("%2", error_text(result.error))
        elif result.low_quality:
            line = self.tr("%1: done, but low quality").replace("%1", name)
        else:
            line = self.tr("%1: done").replace("%1", name)
        self.lines.addItem(line)

    def _on_thumbnail(self, index: int, image: QImage) -> None:
        if self.job is None or self.sender() is not self.job:
            return
        self.ctx.session.thumbnails[index] = image

    def _on_done(self, cancelled: bool) -> None:
        if self.job is None or self.sender() is not self.job:
            return
        self.job.wait()
        self.job = None
        self.cancel.setEnabled(False)
        self.back.setEnabled(True)
        ok = len(self.ctx.session.ok_results())
        self.next.setEnabled(ok > 0)
        if cancelled:
            self.time_left.setText(
                self.tr("Stopped. %n file(s) were finished and can be reviewed.", "", ok)
            )
        else:
            self.bar.setValue(1000)
            self.time_left.setText(self.tr("Finished."))
            if ok:
                self.ctx.go("review")

    def shutdown(self) -> None:
        for job in [*self._retired, self.job]:
            if isinstance(job, HashJob):
                job.cancel()
        self.wait_for_jobs(self.job)

    def wiped(self) -> None:
        job = self.job
        if job is not None:
            job.cancel()
            self.job = None
            self.retire(job)
        self.lines.clear()
        self.bar.setValue(0)
        self.counts.setText("")
        self.time_left.setText("")
