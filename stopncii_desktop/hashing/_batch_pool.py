"""The parent's side of a batch: its worker processes, and the loop that runs them.

``Batch`` hands out files, listens to its workers (each over a pipe of its own,
read by a thread of its own), grants their memory claims from the budget
(``memory.Ledger``), replaces a worker that dies or stalls (its file fails alone),
and ends every worker when the batch ends. ``batch.iter_hash`` is its public face.
"""

from __future__ import annotations

import ctypes
import multiprocessing as mp
import os
import queue
import threading
import time
from collections import deque
from collections.abc import Iterator, Sequence
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from stopncii_desktop.hashing import memory
from stopncii_desktop.hashing._batch_types import (
    CancelToken,
    Progress,
    ProgressCallback,
    Runner,
)
from stopncii_desktop.hashing._batch_worker import worker_main
from stopncii_desktop.hashing.errors import ErrorCode, MediaError
from stopncii_desktop.hashing.inputs import PHOTO_EXTENSIONS
from stopncii_desktop.hashing.options import HashOptions
from stopncii_desktop.hashing.process_start import start_method
from stopncii_desktop.hashing.results import MediaResult

#: A worker that has not started (loaded its modules and compiled kernels) in this long is
#: replaced. Generous: the first start after installing may compile the PDQ kernels.
START_SECONDS = 600.0
#: Workers that die or hang before starting, one after another, before the batch gives up.
MAX_START_FAILURES = 3
#: After a cancel, how long busy workers get to stop by themselves before they are killed.
CANCEL_GRACE_SECONDS = 2.0
_POLL_SECONDS = 0.1


class _Worker:
    """One worker process, its end of the pipe, and the thread that reads what it says."""

    def __init__(self, ctx: Any, args: tuple[Any, ...], inbox: queue.Queue[Any]) -> None:
        here, there = ctx.Pipe(duplex=True)
        self.process = ctx.Process(target=worker_main, args=(there, *args), daemon=True)
        self.process.start()
        there.close()  # so that its death reads as the end of the pipe here
        self.conn: Connection = here
        self.started = self.last_word = time.monotonic()
        self.ready = False
        self.task: tuple[int, Path] | None = None
        #: Waiting for the batch to grant a memory claim (its silence is not a stall).
        self.claiming = False
        self.reader = threading.Thread(target=self._read, args=(inbox,), daemon=True)
        self.reader.start()

    def _read(self, inbox: queue.Queue[Any]) -> None:
        while True:
            try:
                message = self.conn.recv()
            except Exception:  # the end of the pipe (the worker is gone), or garbage
                break
            inbox.put((self, message))
        inbox.put((self, ("gone",)))

    def tell(self, message: Any) -> bool:
        try:
            self.conn.send(message)
        except (OSError, ValueError):
            return False
        return True

    def kill(self) -> None:
        # SIGKILL ends a stopped process too; its pipe then closes and the reader ends.
        if self.process.is_alive():
            self.process.kill()

    def end(self, deadline: float) -> None:
        self.process.join(max(0.0, deadline - time.monotonic()))
        self.kill()
        self.process.join()
        self.reader.join(5.0)
        self.conn.close()


class Batch:
    """The parent side of one batch: hands out files, listens, watches, and keeps count."""

    def __init__(
        self,
        paths: Sequence[Path],
        options: HashOptions,
        progress: ProgressCallback | None,
        cancel: CancelToken,
        n_workers: int,
        stall: float,
        runner: Runner,
        budget: int,
    ) -> None:
        self.ctx = mp.get_context(
            "spawn"
        )  # for the shared flag; workers start as start_method says
        self.options = options
        self.progress = progress
        self.cancel = cancel
        self.n_workers = n_workers
        self.stall = stall
        self.cancel_flag = self.ctx.RawValue(ctypes.c_bool, False)
        threads = max(1, (os.cpu_count() or 1) // n_workers)
        videos = any(p.suffix.lower() not in PHOTO_EXTENSIONS for p in map(Path, paths))
        self.worker_args = (self.cancel_flag, threads, runner, os.getpid(), videos)
        self.todo: deque[tuple[int, Path]] = deque(enumerate(paths))
        self.total = len(paths)
        self.done = 0
        self.fractions: dict[int, float] = {}
        self.finished: deque[MediaResult] = deque()
        self.inbox: queue.Queue[Any] = queue.Queue()
        self.workers: list[_Worker] = []
        self.leaving: list[_Worker] = []
        self.ledger: memory.Ledger[_Worker] = memory.Ledger(budget)
        self.start_failures = 0

    # -- bookkeeping

    def _report(self, result: MediaResult | None = None) -> None:
        if self.progress is None:
            return
        partial = sum(self.fractions.values())
        fraction = min(1.0, (self.done + partial) / self.total) if self.total else 1.0
        self.progress(Progress(self.done, self.total, fraction, result))

    def _finish(self, result: MediaResult) -> None:
        self.fractions.pop(result.index, None)
        self.done += 1
        self._report(result)
        self.finished.append(result)

    def _fail(self, index: int, path: Path, code: ErrorCode, detail: str | None = None) -> None:
        self._finish(MediaResult(index, path, error=MediaError(code, detail)))

    def _let_go(self, worker: _Worker, kill: bool) -> None:
        """Stop counting on ``worker``; its file, if any, must already have its result."""
        if worker in self.workers:
            self.workers.remove(worker)
        self.ledger.release(worker)
        if kill:
            worker.kill()
        self.leaving.append(worker)
        self._grant()

    def _grant(self) -> None:
        for worker in self.ledger.grant():
            worker.claiming = False
            worker.last_word = time.monotonic()
            worker.tell("granted")

    # -- each turn of the loop

    def _staff(self) -> None:
        """Start workers while there is work for them; give up when none can start."""
        busy = sum(1 for w in self.workers if w.task is not None)
        wanted = min(self.n_workers, busy + len(self.todo))
        if self.start_failures >= MAX_START_FAILURES and not any(w.ready for w in self.workers):
            while self.todo:
                index, path = self.todo.popleft()
                self._fail(index, path, ErrorCode.INTERNAL, "no worker process could start")
            return
        while len(self.workers) < wanted:
            try:
                # Forked only while no other thread runs (the first worker of a command-line
                # batch, before any reader thread): see process_start.
                ctx = mp.get_context(start_method())
                self.workers.append(_Worker(ctx, self.worker_args, self.inbox))
            except OSError:  # no process could be made (out of memory or processes)
                self.start_failures += 1
                return
        for idle in [w for w in self.workers if w.ready and w.task is None]:
            if len(self.workers) > wanted:  # no more work for it
                idle.tell(None)
                self._let_go(idle, kill=False)

    def _assign(self) -> None:
        for worker in list(self.workers):
            if not self.todo:
                return
            if worker.ready and worker.task is None:
                index, path = self.todo.popleft()
                worker.task = (index, path)
                worker.last_word = time.monotonic()
                self.fractions[index] = 0.0
                if not worker.tell((index, str(path), self.options)):
                    self._gone(worker)

    def _listen(self, timeout: float) -> None:
        try:
            messages = [self.inbox.get(timeout=timeout)]
        except queue.Empty:
            return
        while True:
            try:
                messages.append(self.inbox.get_nowait())
            except queue.Empty:
                break
        moved = False
        for worker, message in messages:
            if worker in self.workers:
                moved |= self._heard(worker, message)
        if moved:
            self._report()

    def _heard(self, worker: _Worker, message: tuple[Any, ...]) -> bool:
        """Act on one message; True when a file's progress moved."""
        kind = message[0]
        worker.last_word = time.monotonic()
        if kind == "ready":
            worker.ready = True
            self.start_failures = 0
        elif kind == "progress" and worker.task is not None and message[1] == worker.task[0]:
            self.fractions[message[1]] = float(message[2])
            return True
        elif kind == "claim":
            if self.ledger.ask(worker, int(message[1])):
                worker.claiming = True
                self._grant()
            else:
                worker.tell(memory.too_large_detail(int(message[1]), self.ledger.budget))
        elif kind == "result" and worker.task is not None:
            worker.task = None
            self.ledger.release(worker)
            self._finish(message[1])
            self._grant()
        elif kind == "gone":
            self._gone(worker)
        return False

    def _gone(self, worker: _Worker) -> None:
        """The worker died (a decoder crashed, or it was killed from outside)."""
        if worker.task is not None:
            index, path = worker.task
            worker.task = None
            worker.process.join(1.0)
            self._fail(index, path, ErrorCode.DECODER_CRASHED, f"exit {worker.process.exitcode}")
        elif not worker.ready:
            self.start_failures += 1
        self._let_go(worker, kill=True)

    def _watch(self) -> None:
        """Kill workers that stopped answering: mid-file (the file times out) or at start."""
        now = time.monotonic()
        for worker in list(self.workers):
            if worker.task is not None and not worker.claiming:
                if now - worker.last_word > self.stall:
                    index, path = worker.task
                    worker.task = None
                    self._fail(index, path, ErrorCode.TIMEOUT, f"silent {self.stall:.0f} s")
                    self._let_go(worker, kill=True)
            elif not worker.ready and now - worker.started > START_SECONDS:
                self.start_failures += 1
                self._let_go(worker, kill=True)

    def _cancel_rest(self) -> None:
        """Every file not finished ends as cancelled; workers get a moment, then are killed."""
        self.cancel_flag.value = True  # a plain byte: setting it can never block
        for worker in self.workers:
            if worker.claiming:
                worker.tell("cancelled")
        deadline = time.monotonic() + CANCEL_GRACE_SECONDS
        while any(w.task is not None for w in self.workers) and time.monotonic() < deadline:
            self._listen(_POLL_SECONDS)
        for worker in list(self.workers):
            if worker.task is not None:
                index, path = worker.task
                worker.task = None
                self._fail(index, path, ErrorCode.CANCELLED)
        while self.todo:
            index, path = self.todo.popleft()
            self._fail(index, path, ErrorCode.CANCELLED)

    def run(self) -> Iterator[MediaResult]:
        while self.done < self.total:
            if self.cancel.cancelled:
                self._cancel_rest()
            else:
                self._staff()
                self._assign()
                self._listen(_POLL_SECONDS)
                self._watch()
            while self.finished:
                yield self.finished.popleft()

    def shutdown(self) -> None:
        """End every worker: those with nothing to do leave by themselves, the rest are killed."""
        for worker in self.workers:
            if worker.task is None and worker.ready:
                worker.tell(None)
            else:
                worker.kill()
        everyone = self.workers + self.leaving
        self.workers, self.leaving = [], []
        deadline = time.monotonic() + CANCEL_GRACE_SECONDS
        for worker in everyone:
            worker.end(deadline)
