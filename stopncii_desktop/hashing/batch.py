"""Hashing many files on all cores, with progress, cancellation and a memory budget.

Each file is hashed in a worker process, so a decoder that crashes, hangs or is
stopped on a hostile file takes only its own worker down: that file fails alone
(``decoder_crashed``; ``timeout`` when it reports nothing for ``STALL_SECONDS``),
the worker is killed, a fresh one takes its place, and the other files go on.

Nothing that a worker could leave held is shared with another worker or
outlives it: each worker talks to the batch over a pipe of its own (progress,
memory claims, its result), read in the batch by a thread of its own, and the
cancel flag is a shared byte read and written without any lock. A worker
stopped or killed in the middle of anything blocks no other worker, no later
one, and not the batch.

Before decoding, each file claims the memory its header says it will need
(memory.py); the batch grants claims while they fit in the budget together, so
large files wait their turn, and one that alone exceeds it fails as
``too_large``. At most ``workers`` files are in flight.

This module is the batch's public face (``iter_hash``, ``hash_files``, and the
``CancelToken``, ``Progress`` and ``Runner`` of ``_batch_types.py``); the parent's
side is ``_batch_pool.py``, the worker process's side ``_batch_worker.py``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from stopncii_desktop.hashing import memory
from stopncii_desktop.hashing._batch_pool import Batch
from stopncii_desktop.hashing._batch_types import CancelToken, Progress, ProgressCallback, Runner
from stopncii_desktop.hashing._batch_worker import run_one
from stopncii_desktop.hashing.errors import ErrorCode, MediaError
from stopncii_desktop.hashing.media import hash_file
from stopncii_desktop.hashing.options import HashOptions
from stopncii_desktop.hashing.results import MediaResult

__all__ = [
    "STALL_ENV",
    "STALL_SECONDS",
    "CancelToken",
    "Progress",
    "ProgressCallback",
    "Runner",
    "default_stall_seconds",
    "default_workers",
    "hash_files",
    "iter_hash",
]

#: A file whose worker reports nothing for this long is taken to be stuck.
STALL_SECONDS = 120.0
#: Overrides ``STALL_SECONDS`` (seconds), for tests and very slow computers.
STALL_ENV = "STOPNCII_STALL_SECONDS"


def default_workers(n_files: int) -> int:
    return max(1, min(os.cpu_count() or 1, n_files))


def default_stall_seconds() -> float:
    """``STALL_SECONDS``, or the number of seconds in ``STOPNCII_STALL_SECONDS``."""
    try:
        value = float(os.environ.get(STALL_ENV, "") or STALL_SECONDS)
    except ValueError:
        return STALL_SECONDS
    return value if value > 0 else STALL_SECONDS


def iter_hash(
    paths: Sequence[Path],
    options: HashOptions,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    workers: int | None = None,
    stall_seconds: float | None = None,
    runner: Runner | None = None,
    memory_budget: int | None = None,
) -> Iterator[MediaResult]:
    """Yield one result per path, in the order they finish.

    ``workers=0`` hashes in the calling thread (no isolation; for tests and
    measurements). ``stall_seconds`` replaces ``default_stall_seconds()``; ``memory_budget`` (bytes)
    replaces the computer's (``memory.machine_budget()``). ``runner`` replaces the
    per-file function run in the workers (a module-level function; tests use it to
    crash, stop or hang a worker).
    """
    cancel = cancel or CancelToken()
    if workers == 0:
        yield from _iter_in_process(paths, options, progress, cancel)
        return
    if not paths:
        return
    batch = Batch(
        paths,
        options,
        progress,
        cancel,
        min(workers or default_workers(len(paths)), len(paths)),
        stall_seconds if stall_seconds is not None else default_stall_seconds(),
        runner or run_one,
        memory_budget if memory_budget is not None else memory.machine_budget(),
    )
    try:
        yield from batch.run()
    finally:
        batch.shutdown()


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
