"""The batch runner: order, progress, cancellation, and isolation of crashing workers."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from stopncii_desktop.hashing.batch import CancelToken, Progress, hash_files, iter_hash
from stopncii_desktop.hashing.errors import ErrorCode
from stopncii_desktop.hashing.options import HashOptions
from stopncii_desktop.hashing.photo import hash_photo
from tests.media import write_photo
from tests.workers_for_tests import crash_or_hang


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


def test_a_hanging_decoder_is_stopped(tmp_path: Path, photos: list[Path]) -> None:
    hang = write_photo(tmp_path / "hang.jpg", seed=98)
    paths = [photos[0], hang, photos[1]]
    results = list(
        iter_hash(paths, HashOptions(), workers=2, runner=crash_or_hang, stall_seconds=3)
    )
    by_index = {r.index: r for r in results}
    assert by_index[0].ok and by_index[2].ok
    assert by_index[1].error is not None
    assert by_index[1].error.code is ErrorCode.DECODER_CRASHED


def test_cancel_from_another_thread_while_running(photos: list[Path]) -> None:
    token = CancelToken()
    timer = threading.Timer(0.05, token.cancel)
    timer.start()
    results = hash_files(photos * 10, HashOptions(), cancel=token, workers=1)
    timer.join()
    assert len(results) == 60
    assert any(r.error is not None and r.error.code is ErrorCode.CANCELLED for r in results)
