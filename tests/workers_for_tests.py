"""Worker functions that misbehave on purpose, for the batch runner's isolation tests.

They run in the spawned worker processes, so they live in an importable module.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

from stopncii_desktop.hashing import _batch_worker, memory
from stopncii_desktop.hashing._batch_worker import run_one
from stopncii_desktop.hashing.media import FileProgress
from stopncii_desktop.hashing.options import HashOptions
from stopncii_desktop.hashing.results import MediaResult


def crash_or_hang(index: int, path: str, options: HashOptions) -> MediaResult:
    name = os.path.basename(path)
    if name.startswith("crash"):
        os._exit(139)  # as a segfault in a native decoder would
    if name.startswith("hang"):
        time.sleep(3600)
    return run_one(index, path, options)


def _worker_callbacks(index: int, path: str, options: HashOptions) -> tuple[object, object]:
    """The cancel check and progress report that the batch gives hash_file in this worker."""
    given: dict[str, object] = {}
    names = vars(_batch_worker)  # run_one calls the hash_file of its own module's namespace
    real = names["hash_file"]

    def capture(
        p: Path, o: HashOptions, i: int, cancelled: object, progress: FileProgress | None
    ) -> MediaResult:
        given["cancelled"], given["progress"] = cancelled, progress
        return MediaResult(i, p)

    names["hash_file"] = capture
    try:
        run_one(index, path, options)
    finally:
        names["hash_file"] = real
    return given["cancelled"], given["progress"]


def stop_or_kill_while_busy(index: int, path: str, options: HashOptions) -> MediaResult:
    """Files named ``stop*`` / ``kill*`` stop (SIGSTOP) or kill (SIGKILL) their worker mid-file.

    First the worker is made as busy as a decoder at work: threads call the batch's
    cancel check and progress report as fast as they can, so the signal lands while
    they are inside them, holding whatever those use. Other files are hashed normally.
    """
    name = os.path.basename(path)
    if not name.startswith(("stop", "kill")):
        return run_one(index, path, options)
    cancelled, progress = _worker_callbacks(index, path, options)

    def hammer() -> None:
        while True:
            cancelled()  # type: ignore[operator]
            progress(0.5)  # type: ignore[operator]

    for _ in range(3):
        threading.Thread(target=hammer, daemon=True).start()
    time.sleep(0.5)
    os.kill(os.getpid(), signal.SIGSTOP if name.startswith("stop") else signal.SIGKILL)
    time.sleep(3600)  # if it is ever let go again
    return run_one(index, path, options)


#: The file ``log_claims`` writes to, named in the environment the workers inherit.
CLAIM_LOG_ENV = "STOPNCII_TEST_CLAIM_LOG"


def _log(line: str) -> None:
    with open(os.environ[CLAIM_LOG_ENV], "a", encoding="utf-8") as log:
        log.write(line + "\n")  # one short append: whole lines, whichever worker writes


def log_claims(index: int, path: str, options: HashOptions) -> MediaResult:
    """Hash normally, logging when the file's memory claim was granted and when it ended."""
    names = vars(memory)  # the decoders call memory.claim through the module
    real = names["claim"]

    def claim(nbytes: int) -> None:
        real(nbytes)
        _log(f"{index} granted {time.monotonic()} {nbytes}")

    names["claim"] = claim
    try:
        result = run_one(index, path, options)
    finally:
        names["claim"] = real
    _log(f"{index} done {time.monotonic()} 0")
    return result


def says_whether_video_decoder_loaded(index: int, path: str, options: HashOptions) -> MediaResult:
    """Hashes nothing: the error's detail says whether the worker has loaded PyAV."""
    import sys

    from stopncii_desktop.hashing.errors import ErrorCode, MediaError

    loaded = "av loaded" if "av" in sys.modules else "av not loaded"
    return MediaResult(index, Path(path), error=MediaError(ErrorCode.INTERNAL, loaded))
