"""One background job per page at a time: only its answers count, and a wipe never waits.

Every page that works off the GUI thread (a bank request, a file read or written,
hashing) holds a :class:`CurrentJob`, which its panels share. It starts a job with
the callbacks that take its answers and calls them, on the GUI thread, only while
that job is still the current one: an answer from a job that was let go of (by a
wipe, Next client or quick exit) lands nowhere. It cancels, lets go of a job
without waiting (:meth:`CurrentJob.retire`: a wipe never waits on a slow bank or a
pipe), and when the window closes waits for what is left, a bounded time each.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QThread, Signal, SignalInstance

from stopncii_desktop.gui.workers import TaskJob

J = TypeVar("J", bound=QThread)
#: A signal of a job, and the callback that takes what it carries.
Answer = tuple[SignalInstance, Callable[..., None]]


class Retired:
    """Jobs let go of without waiting: a wipe never waits on a bank or a file.

    Their owner listens only to its current job, so whatever a retired one still reports
    lands nowhere. They are kept here so Qt does not destroy a running thread, and waited
    for, a bounded time each, when the window closes (a stuck one is left to the OS).
    """

    #: How long closing the window waits for one job.
    CLOSE_WAIT_MS = 10_000

    def __init__(self) -> None:
        self._jobs: list[QThread] = []

    def __iter__(self) -> Iterator[QThread]:
        return iter(list(self._jobs))

    def add(self, job: QThread | None) -> None:
        if job is None or job in self._jobs:
            return
        self._jobs.append(job)
        job.finished.connect(lambda: self._jobs.remove(job) if job in self._jobs else None)

    def wait(self, *current: QThread | None) -> None:
        """Wait for the retired jobs and ``current`` ones to end."""
        for job in [*self._jobs, *current]:
            if job is not None:
                job.wait(self.CLOSE_WAIT_MS)


class CurrentJob(QObject):
    """The one job a page runs at a time (shared by its panels)."""

    #: A job started, ended or was let go of: panels set which buttons can be used.
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job: QThread | None = None
        self._cancel: Callable[[], None] | None = None
        #: Jobs let go of, until their threads end.
        self.retired = Retired()

    @property
    def current(self) -> QThread | None:
        """The job whose answers count now; None when idle."""
        return self._job

    @property
    def busy(self) -> bool:
        return self._job is not None

    def run(
        self,
        call: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[Exception], None],
        cancel: Callable[[], None] | None = None,
    ) -> TaskJob:
        """Run ``call`` in a :class:`TaskJob`; then ``done(value)`` or ``failed(exception)``,
        with the job already ended (:attr:`busy` is False), if it is still the current one."""
        job = TaskJob(call, self)
        return self.start(job, ends=[(job.succeeded, done), (job.error, failed)], cancel=cancel)

    def start(
        self,
        job: J,
        *,
        ends: Sequence[Answer],
        answers: Sequence[Answer] = (),
        cancel: Callable[[], None] | None = None,
    ) -> J:
        """Start ``job``. Each of ``answers`` is called while the job is current; the first
        of ``ends`` to come ends it (its thread is finished) and is then called. ``cancel``
        asks the job to stop (:meth:`cancel`, :meth:`retire`)."""
        if self._job is not None:
            raise RuntimeError("a job is running: retire it first")
        for signal, callback in answers:
            signal.connect(self._while_current(job, callback))
        for signal, callback in ends:
            signal.connect(self._ending(job, callback))
        # A job that ends without its last answer (it never should) still ends here.
        job.finished.connect(lambda: self._end(job))
        self._job, self._cancel = job, cancel
        self.changed.emit()
        job.start()
        return job

    def _while_current(self, job: QThread, callback: Callable[..., None]) -> Callable[..., None]:
        def answer(*args: object) -> None:
            if self._job is job:
                callback(*args)

        return answer

    def _ending(self, job: QThread, callback: Callable[..., None]) -> Callable[..., None]:
        def answer(*args: object) -> None:
            if self._end(job):
                callback(*args)

        return answer

    def _end(self, job: QThread) -> bool:
        """Let go of ``job`` once its thread has finished; False when it is not current."""
        if self._job is not job:
            return False
        job.wait()  # its last answer was sent as its thread ended: a moment at most
        self._job, self._cancel = None, None
        self.changed.emit()
        return True

    def cancel(self) -> None:
        """Ask the current job to stop; its answer still comes (the page says "Stopped")."""
        if self._cancel is not None:
            self._cancel()

    def retire(self) -> None:
        """Let go of the current job without waiting (a wipe): it is asked to stop, and
        whatever it still reports is dropped."""
        job = self._job
        if job is None:
            return
        self.cancel()
        self._job, self._cancel = None, None
        self.retired.add(job)
        self.changed.emit()

    def shutdown(self) -> None:
        """The window closes: stop the current job; wait for it and the retired ones, a
        bounded time each."""
        self.cancel()
        self.retired.wait(self._job)
