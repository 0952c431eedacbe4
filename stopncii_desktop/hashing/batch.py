"""Hashing many files on all cores, with progress, cancellation and bounded memory.

Each file is hashed in a worker process, so a decoder that crashes or hangs on
a hostile file takes down only its worker: the files that were in flight are
retried one at a time, and the one that fails again gets its own error. At
most ``workers`` files are in flight at once, which caps how many decoded
photos (or video frames) are in memory.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import queue
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing.synchronize import Event as MpEvent
from pathlib import Path
from typing import Any

from stopncii_desktop.hashing import _pdq
from stopncii_desktop.hashing.errors import ErrorCode, MediaError
from stopncii_desktop.hashing.media import hash_file
from stopncii_desktop.hashing.options import HashOptions
from stopncii_desktop.hashing.process_start import start_method
from stopncii_desktop.hashing.results import MediaResult

#: A worker that reports nothing for this long is taken to be hung.
STALL_SECONDS = 120.0


class CancelToken:
    """Set from any thread to stop a batch; files not finished end as ``cancelled``."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


@dataclass(frozen=True, slots=True)
class Progress:
    """Where a batch stands: files finished, the total, and the overall fraction."""

    done: int
    total: int
    fraction: float
    #: The file just finished, when this report is about one.
    result: MediaResult | None = None


ProgressCallback = Callable[[Progress], None]

# --- worker side -----------------------------------------------------------------

_progress_queue: Any = None
_cancel_event: MpEvent | None = None


def _init_worker(progress_queue: Any, cancel_event: MpEvent, threads: int) -> None:
    global _progress_queue, _cancel_event
    _progress_queue = progress_queue
    _cancel_event = cancel_event
    _pdq.set_threads(threads)


def run_one(index: int, path: str, options: HashOptions) -> MediaResult:
    """Hash one file inside a worker process (the default ``runner``)."""

    def report(fraction: float) -> None:
        if _progress_queue is not None:
            _progress_queue.put((index, fraction))

    def cancelled() -> bool:
        return _cancel_event is not None and _cancel_event.is_set()

    report(0.0)
    try:
        return hash_file(Path(path), options, index, cancelled, report)
    except MemoryError:
        return MediaResult(index=index, path=Path(path), error=MediaError(ErrorCode.TOO_LARGE))
    except Exception as exc:  # a bug must fail this file, not the batch
        return MediaResult(
            index=index, path=Path(path), error=MediaError(ErrorCode.INTERNAL, type(exc).__name__)
        )


# --- parent side -----------------------------------------------------------------


def default_workers(n_files: int) -> int:
    return max(1, min(os.cpu_count() or 1, n_files))


class _Pool:
    """A process pool that can be torn down when a worker crashes or hangs."""

    def __init__(self, workers: int, ctx: Any, progress_queue: Any, cancel_event: MpEvent) -> None:
        self.executor = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=ctx,
            initializer=_init_worker,
            initargs=(progress_queue, cancel_event, max(1, (os.cpu_count() or 1) // workers)),
        )

    def kill(self) -> None:
        processes = list(getattr(self.executor, "_processes", {}).values())
        for p in processes:
            p.kill()
        self.executor.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def iter_hash(
    paths: Sequence[Path],
    options: HashOptions,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    workers: int | None = None,
    stall_seconds: float = STALL_SECONDS,
    runner: Callable[[int, str, HashOptions], MediaResult] | None = None,
) -> Iterator[MediaResult]:
    """Yield one result per path, in the order they finish.

    ``workers=0`` hashes in the calling thread (no isolation; for tests and
    measurements). ``runner`` replaces the per-file function run in the
    workers (a module-level function; tests use it to crash or hang a worker).
    """
    run = runner or run_one
    total = len(paths)
    cancel = cancel or CancelToken()
    if workers == 0:
        yield from _iter_in_process(paths, options, progress, cancel)
        return
    n_workers = workers or default_workers(total)
    ctx = mp.get_context(start_method())  # fork only where it is safe (see process_start)
    progress_queue = ctx.Queue()
    cancel_event = ctx.Event()
    fractions: dict[int, float] = {}
    last_seen: dict[int, float] = {}
    done = 0

    def report(result: MediaResult | None = None) -> None:
        if progress is None:
            return
        partial = sum(fractions.values())
        progress(
            Progress(done, total, min(1.0, (done + partial) / total) if total else 1.0, result)
        )

    def drain() -> None:
        changed = False
        while True:
            try:
                index, fraction = progress_queue.get_nowait()
            except queue.Empty:
                break
            if index in fractions:
                fractions[index] = float(fraction)
                last_seen[index] = time.monotonic()
                changed = True
        if changed:
            report()

    todo: list[tuple[int, Path]] = list(enumerate(paths))
    todo.reverse()  # pop() from the end keeps the input order
    suspects: list[tuple[int, Path]] = []  # in flight when a worker died
    pool = _Pool(n_workers, ctx, progress_queue, cancel_event)
    isolating = False
    in_flight: dict[Future[MediaResult], tuple[int, Path]] = {}
    try:
        while todo or suspects or in_flight:
            if cancel.cancelled:
                cancel_event.set()
                break
            limit = 1 if isolating else n_workers
            source = suspects if isolating else todo
            while source and len(in_flight) < limit:
                index, path = source.pop()
                fut = pool.executor.submit(run, index, str(path), options)
                in_flight[fut] = (index, path)
                fractions[index] = 0.0
                last_seen[index] = time.monotonic()
            if not in_flight:
                # Normal work is finished; retry the suspects one at a time.
                isolating = True
                continue
            finished, _ = wait(in_flight, timeout=0.1, return_when=FIRST_COMPLETED)
            drain()
            broken = False
            for fut in finished:
                index, path = in_flight.pop(fut)
                try:
                    result = fut.result()
                except BrokenProcessPool:
                    broken = True
                    if isolating:
                        result = MediaResult(
                            index, path, error=MediaError(ErrorCode.DECODER_CRASHED)
                        )
                    else:
                        suspects.append((index, path))
                        fractions.pop(index, None)
                        continue
                fractions.pop(index, None)
                last_seen.pop(index, None)
                done += 1
                report(result)
                yield result
            now = time.monotonic()
            hung = [
                f for f, (i, _) in in_flight.items() if now - last_seen.get(i, now) > stall_seconds
            ]
            if hung or broken:
                for fut, (index, path) in list(in_flight.items()):
                    fractions.pop(index, None)
                    if isolating and fut in hung:
                        done += 1
                        result = MediaResult(
                            index, path, error=MediaError(ErrorCode.DECODER_CRASHED, "timeout")
                        )
                        report(result)
                        yield result
                    else:
                        suspects.append((index, path))
                in_flight.clear()
                pool.kill()
                pool = _Pool(n_workers, ctx, progress_queue, cancel_event)
                isolating = isolating or not todo
        if cancel.cancelled:
            cancel_event.set()
            # Let the workers see the flag and return what they have.
            for fut, (index, path) in in_flight.items():
                try:
                    result = fut.result(timeout=stall_seconds)
                except Exception:
                    result = MediaResult(index, path, error=MediaError(ErrorCode.CANCELLED))
                if result.ok:
                    result = MediaResult(index, path, error=MediaError(ErrorCode.CANCELLED))
                done += 1
                yield result
            in_flight.clear()
            for index, path in reversed(todo + suspects):
                done += 1
                yield MediaResult(index, path, error=MediaError(ErrorCode.CANCELLED))
    finally:
        if in_flight:
            pool.kill()
        else:
            pool.close()
        progress_queue.close()
        progress_queue.join_thread()


def _iter_in_process(
    paths: Sequence[Path],
    options: HashOptions,
    progress: ProgressCallback | None,
    cancel: CancelToken,
) -> Iterator[MediaResult]:
    total = len(paths)
    for done, path in enumerate(paths):
        if cancel.cancelled:
            yield MediaResult(done, path, error=MediaError(ErrorCode.CANCELLED))
            continue

        def file_progress(fraction: float, done: int = done) -> None:
            if progress is not None:
                progress(Progress(done, total, (done + fraction) / total))

        result = hash_file(path, options, done, lambda: cancel.cancelled, file_progress)
        if progress is not None:
            progress(Progress(done + 1, total, (done + 1) / total, result))
        yield result


def hash_files(
    paths: Sequence[Path],
    options: HashOptions,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    workers: int | None = None,
) -> list[MediaResult]:
    """Hash every path; one result per path, in the order given."""
    results = list(iter_hash(paths, options, progress, cancel, workers))
    results.sort(key=lambda r: r.index)
    return results
