"""The worker process's side of a batch: its main loop, and ``run_one``, the default runner.

A worker (started by ``_batch_pool._Worker``, forked or spawned: see
``process_start.py``, so ``worker_main`` and ``run_one`` must stay importable by
this module's path) loads what its files need, says it is ready, then hashes
each file it is given. It talks to the batch only over its own pipe: progress,
memory claims (``memory.set_gate``; the batch grants them), and each result. It
reads the cancel flag, a shared byte, without any lock, and dies with the batch's
process on Linux.

``run_one`` looks ``hash_file`` up in this module's namespace (tests replace it there).
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from stopncii_desktop.hashing import _pdq, memory
from stopncii_desktop.hashing._batch_types import Runner
from stopncii_desktop.hashing.errors import ErrorCode, MediaError
from stopncii_desktop.hashing.media import hash_file
from stopncii_desktop.hashing.options import HashOptions
from stopncii_desktop.hashing.results import MediaResult

_PR_SET_PDEATHSIG = 1

_conn: Connection | None = None
_send_lock = threading.Lock()
_cancel_flag: Any = None  # a shared c_bool, no lock


def _send(message: tuple[Any, ...]) -> None:
    assert _conn is not None
    with _send_lock:  # only this process's threads share it
        _conn.send(message)


def _cancelled() -> bool:
    return bool(_cancel_flag is not None and _cancel_flag.value)


def _claim_from_batch(nbytes: int) -> None:
    """The memory gate inside a worker: ask the batch, and wait for its answer."""
    assert _conn is not None
    _send(("claim", nbytes))
    answer = _conn.recv()
    if answer == "granted":
        return
    if answer == "cancelled":
        raise MediaError(ErrorCode.CANCELLED)
    raise MediaError(ErrorCode.TOO_LARGE, str(answer))


def _warm_up(videos: bool) -> None:
    """Load what the files need (decoders, the compiled PDQ kernels) before saying ready,
    so that loading, slow on a busy computer, never counts against a file's time.

    The video decoder (PyAV and its FFmpeg, a quarter of a second) only when a file may be a
    video: a photo-only batch, such as a one-photo ``hash``, never needs it. A video named
    as a photo still loads it when its content says so, within its own time."""
    import numpy as np

    from stopncii_desktop.hashing import decode

    if videos:
        from stopncii_desktop.hashing import video  # noqa: F401 (loaded for later)

    decode._register_plugins()
    _pdq.pdq_from_pixels(np.zeros((16, 16, 4), np.uint8))


def _end_with_parent(parent: int) -> None:
    """On Linux, have the kernel kill this worker if the batch's process dies (killed, say),
    even when the worker is stopped or busy. Elsewhere the worker ends at its next word."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # it died before the request was made
        os._exit(1)


def worker_main(
    conn: Connection, cancel_flag: Any, threads: int, runner: Runner, parent: int, videos: bool
) -> None:
    """A worker's life: say it is ready, then hash each file it is given until told to stop."""
    global _conn, _cancel_flag
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the batch's to handle
    _end_with_parent(parent)
    _conn, _cancel_flag = conn, cancel_flag
    _pdq.set_threads(threads)
    memory.set_gate(_claim_from_batch)
    _warm_up(videos)
    _send(("ready",))
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        index, path, options = task
        try:
            result = runner(index, path, options)
        except BaseException as exc:  # whatever happens, the batch gets an answer
            result = MediaResult(
                index, Path(path), error=MediaError(ErrorCode.INTERNAL, type(exc).__name__)
            )
        _send(("result", result))


def run_one(index: int, path: str, options: HashOptions) -> MediaResult:
    """Hash one file inside a worker process (the default ``runner``)."""

    def report(fraction: float) -> None:
        if _conn is not None:
            _send(("progress", index, fraction))

    report(0.0)
    try:
        return hash_file(Path(path), options, index, _cancelled, report)
    except MemoryError:
        return MediaResult(index=index, path=Path(path), error=MediaError(ErrorCode.TOO_LARGE))
    except Exception as exc:  # a bug must fail this file, not the batch
        return MediaResult(
            index=index, path=Path(path), error=MediaError(ErrorCode.INTERNAL, type(exc).__name__)
        )
