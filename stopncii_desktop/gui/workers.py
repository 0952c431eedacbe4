"""Work that must not run on the GUI thread: hashing and talking to a bank.

Each job is a QThread; results come back through signals, which Qt delivers
on the GUI thread. Hashing itself runs in worker processes (hashing/batch.py)
so the window stays responsive; this thread only collects results and turns
the previews the workers made into thumbnails, in memory.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QThread, Signal
from PySide6.QtGui import QImage

from stopncii_desktop.gui.log_window import log
from stopncii_desktop.gui.texts import duration_text, error_text, failure_text
from stopncii_desktop.gui.thumbnails import thumbnail_image
from stopncii_desktop.hashing.batch import CancelToken, Progress, iter_hash
from stopncii_desktop.hashing.options import HashOptions

#: Progress reports closer together than this are merged (keeps the event queue short).
PROGRESS_INTERVAL = 0.05

#: Every job made, until it is seen finished: the app must not end normally while one runs.
_JOBS: set[QThread] = set()


def _track(job: QThread) -> None:
    _JOBS.add(job)


def any_running() -> bool:
    """True while a job still works (one stuck on a slow bank or a pipe, say)."""
    for job in list(_JOBS):
        if job.isFinished():
            _JOBS.discard(job)
    return any(job.isRunning() for job in _JOBS)


class HashJob(QThread):
    """Hash files off the GUI thread; cancel with :meth:`cancel`."""

    progress = Signal(int, int, float)  # files done, total, overall fraction
    result = Signal(object)  # MediaResult
    thumbnail = Signal(int, QImage)  # file index, thumbnail
    done = Signal(bool)  # True when cancelled

    def __init__(
        self,
        paths: Sequence[Path],
        options: HashOptions,
        workers: int | None = None,
        thumbnails: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._paths = list(paths)
        self._options = options
        self._workers = workers
        self._thumbnails = thumbnails
        self._cancel = CancelToken()
        self._last_report = 0.0
        _track(self)

    def cancel(self) -> None:
        self._cancel.cancel()

    @property
    def cancelled(self) -> bool:
        return self._cancel.cancelled

    def _on_progress(self, p: Progress) -> None:
        now = time.monotonic()
        if p.result is None and now - self._last_report < PROGRESS_INTERVAL:
            return
        self._last_report = now
        self.progress.emit(p.done, p.total, p.fraction)

    def run(self) -> None:
        started = time.monotonic()
        count = 0
        try:
            for res in iter_hash(
                self._paths, self._options, self._on_progress, self._cancel, self._workers
            ):
                count += 1
                preview, res.preview = res.preview, None  # kept once: as the thumbnail
                self.result.emit(res)
                if res.error is not None:
                    log(
                        QCoreApplication.translate("Log", "File %1: %2")
                        .replace("%1", QLocale().toString(res.index + 1))
                        .replace("%2", error_text(res.error))
                    )
                if preview is not None and self._thumbnails:
                    self.thumbnail.emit(res.index, thumbnail_image(preview))
        except Exception as exc:  # never leave the page waiting forever
            log(
                QCoreApplication.translate("Log", "Making fingerprints stopped early: %1.").replace(
                    "%1", failure_text(exc)
                )
            )
        log(
            QCoreApplication.translate("Log", "Looked at %n file(s), in %1.", None, count).replace(
                "%1", duration_text(time.monotonic() - started)
            )
        )
        self.done.emit(self._cancel.cancelled)


class TaskJob(QThread):
    """Run one blocking call (a bank request, an export) off the GUI thread."""

    succeeded = Signal(object)
    #: The message of the exception raised.
    failed = Signal(str)
    #: The exception itself (``BankError.retryable``, ``CaseFileError.code`` say more).
    error = Signal(object)

    def __init__(self, call: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._call = call
        _track(self)

    def run(self) -> None:
        try:
            value = self._call()
        except Exception as exc:
            log(
                QCoreApplication.translate(
                    "Log", "A task in the background did not finish: %1."
                ).replace("%1", failure_text(exc))
            )
            self.error.emit(exc)
            self.failed.emit(str(exc) or type(exc).__name__)
            return
        self.succeeded.emit(value)
