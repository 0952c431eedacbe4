"""The batch runner: order, progress, cancellation, and isolation of crashing workers."""

from __future__ import annotations

import signal
import threading
import time
from pathlib import Path

import pytest

from stopncii_desktop.hashing.batch import CancelToken, Progress, Runner, hash_files, iter_hash
from stopncii_desktop.hashing.errors import ErrorCode
from stopncii_desktop.hashing.options import HashOptions
from stopncii_desktop.hashing.photo import hash_photo
from stopncii_desktop.hashing.results import MediaResult
from tests.media import write_photo
from tests.processes import descendants, no_worker_left  # noqa: F401 (a fixture)
from tests.workers_for_tests import crash_or_hang, stop_or_kill_while_busy

#: Generous: a healthy file in a busy test run must never take this long.
STALL = 10.0
#: A batch that has not finished in this long is wedged.
WEDGED = 180.0


@pytest.fixture
def photos(tmp_path: Path) -> list[Path]:
    return [write_photo(tmp_path / f"{n}.jpg", 320, 240, seed=n) for n in range(6)]


def test_process_pool_gives_the_same_results_in_input_order(photos: list[Path]) -> None:
    expected = [hash_photo(p, HashOptions()).signals for p in photos]
    reports: list[Progress] = []
    results = hash_files(photos, HashOptions(), progress=reports.append, workers=2)
    assert [r.index for r in results] == list(range(len(photos)))
    assert [r.signals for r in results] == expected
    assert reports[-1].done == len(photos)
    assert reports[-1].fraction == pytest.approx(1.0)
    fractions = [r.fraction for r in reports]
    assert fractions == sorted(fractions) or max(fractions) == pytest.approx(1.0)
    assert sum(1 for r in reports if r.result is not None) == len(photos)


def test_cancel_stops_the_batch_and_marks_the_rest(photos: list[Path]) -> None:
    token = CancelToken()
    seen = []
    for result in iter_hash(photos * 5, HashOptions(), cancel=token, workers=1):
        seen.append(result)
        if len(seen) == 2:
            token.cancel()
    assert len(seen) == 30, "every file gets a result, even when cancelled"
    codes = [r.error.code for r in seen if r.error is not None]
    assert codes and set(codes) == {ErrorCode.CANCELLED}
    assert sum(r.ok for r in seen) < 30


def test_cancel_in_process(photos: list[Path]) -> None:
    token = CancelToken()
    token.cancel()
    results = hash_files(photos, HashOptions(), cancel=token, workers=0)
    assert all(r.error is not None and r.error.code is ErrorCode.CANCELLED for r in results)


def test_a_crashing_decoder_fails_only_its_file(tmp_path: Path, photos: list[Path]) -> None:
    crash = write_photo(tmp_path / "crash.jpg", seed=99)
    paths = [*photos[:3], crash, *photos[3:]]
    results = list(iter_hash(paths, HashOptions(), workers=2, runner=crash_or_hang))
    by_index = {r.index: r for r in results}
    assert len(by_index) == len(paths)
    assert by_index[3].error is not None
    assert by_index[3].error.code is ErrorCode.DECODER_CRASHED
    assert all(by_index[i].ok for i in range(len(paths)) if i != 3)


@pytest.mark.slow
def test_a_hanging_decoder_is_stopped(tmp_path: Path, photos: list[Path]) -> None:
    hang = write_photo(tmp_path / "hang.jpg", seed=98)
    paths = [photos[0], hang, photos[1]]
    results = list(
        iter_hash(paths, HashOptions(), workers=2, runner=crash_or_hang, stall_seconds=10)
    )
    by_index = {r.index: r for r in results}
    assert by_index[0].ok and by_index[2].ok
    assert by_index[1].error is not None
    assert by_index[1].error.code is ErrorCode.TIMEOUT


def test_cancel_from_another_thread_while_running(photos: list[Path]) -> None:
    token = CancelToken()
    timer = threading.Timer(0.05, token.cancel)
    timer.start()
    results = hash_files(photos * 10, HashOptions(), cancel=token, workers=1)
    timer.join()
    assert len(results) == 60
    assert any(r.error is not None and r.error.code is ErrorCode.CANCELLED for r in results)


def _run_in_thread(
    paths: list[Path], runner: Runner, cancel: CancelToken | None = None
) -> tuple[threading.Thread, list[MediaResult]]:
    """Hash in a thread, so that a wedged batch fails the test instead of hanging it."""
    results: list[MediaResult] = []

    def run() -> None:
        options = HashOptions()
        batch = iter_hash(paths, options, None, cancel, 2, stall_seconds=STALL, runner=runner)
        results.extend(batch)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, results


@pytest.mark.skipif(not hasattr(signal, "SIGSTOP"), reason="POSIX signals")
@pytest.mark.parametrize(
    ("name", "code"), [("stop", ErrorCode.TIMEOUT), ("kill", ErrorCode.DECODER_CRASHED)]
)
@pytest.mark.slow
@pytest.mark.usefixtures("no_worker_left")
def test_a_worker_stopped_or_killed_mid_file_fails_only_its_file(
    tmp_path: Path, name: str, code: ErrorCode
) -> None:
    """Stopped or killed while inside the batch's cancel check and progress report: the batch
    finishes, that file fails alone, and every other file is hashed by the fresh workers."""
    photos = [write_photo(tmp_path / f"{n}.jpg", 320, 240, seed=n) for n in range(12)]
    bad = write_photo(tmp_path / f"{name}.jpg", seed=97)
    paths = [*photos[:2], bad, *photos[2:]]
    thread, results = _run_in_thread(paths, stop_or_kill_while_busy)
    thread.join(WEDGED)
    assert not thread.is_alive(), f"the batch is wedged: {len(results)} of {len(paths)} results"
    by_index = {r.index: r for r in results}
    assert sorted(by_index) == list(range(len(paths)))
    assert by_index[2].error is not None and by_index[2].error.code is code
    failed = {i: r.error.code for i, r in by_index.items() if r.error is not None and i != 2}
    assert not failed, failed


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGSTOP"), reason="POSIX signals")
@pytest.mark.usefixtures("no_worker_left")
def test_cancel_while_a_worker_is_stopped(tmp_path: Path) -> None:
    photos = [write_photo(tmp_path / f"{n}.jpg", 320, 240, seed=n) for n in range(30)]
    paths = [write_photo(tmp_path / "stop.jpg", seed=97), *photos]
    cancel = CancelToken()
    thread, results = _run_in_thread(paths, stop_or_kill_while_busy, cancel)
    deadline = time.monotonic() + WEDGED
    while "T" not in descendants().values():
        assert time.monotonic() < deadline and thread.is_alive(), "the worker never stopped"
        time.sleep(0.05)
    cancel.cancel()
    thread.join(60)
    assert not thread.is_alive(), "cancelling waited on the stopped worker"
    assert sorted(r.index for r in results) == list(range(len(paths)))
    first = next(r for r in results if r.index == 0)
    assert first.error is not None and first.error.code is ErrorCode.CANCELLED
