"""The memory budget: each file's need estimated from its header, refused or made to wait.

A picture of a few hundred kilobytes can declare a canvas whose decoding takes
gigabytes. These tests use real generated files (tests/hostile_media.py) and real
worker processes; the budget is set small so that moderate files stand in for huge ones.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from stopncii_desktop.hashing import memory
from stopncii_desktop.hashing.batch import iter_hash
from stopncii_desktop.hashing.errors import ErrorCode
from stopncii_desktop.hashing.media import hash_file
from stopncii_desktop.hashing.memory import Ledger
from stopncii_desktop.hashing.options import HashOptions
from tests.hostile_media import blank_jpeg, blank_png
from tests.media import noisy_rgb, write_photo
from tests.memory_probe import available, measure
from tests.workers_for_tests import CLAIM_LOG_ENV, log_claims

MB = 1 << 20


# --- the ledger: who may decode now ----------------------------------------------


def test_claims_are_granted_while_they_fit_together() -> None:
    ledger: Ledger[str] = Ledger(100)
    assert ledger.ask("a", 60) and ledger.ask("b", 30) and ledger.ask("c", 20)
    assert ledger.grant() == ["a", "b"]  # c would make 110
    assert ledger.grant() == []
    ledger.release("b")
    assert ledger.grant() == ["c"]
    assert ledger.in_use == 80


def test_a_claim_larger_than_the_budget_is_refused_at_once() -> None:
    ledger: Ledger[str] = Ledger(100)
    assert not ledger.ask("huge", 101)
    assert ledger.waiting == {}
    assert ledger.ask("whole", 100)
    assert ledger.grant() == ["whole"]


def test_a_big_claim_waits_only_for_what_runs_now() -> None:
    """Small claims may pass a waiting big one, but it goes as soon as memory frees up."""
    ledger: Ledger[str] = Ledger(100)
    ledger.ask("small1", 10)
    assert ledger.grant() == ["small1"]
    ledger.ask("big", 95)
    ledger.ask("small2", 10)
    assert ledger.grant() == ["small2"]
    ledger.release("small1")
    ledger.release("small2")
    assert ledger.grant() == ["big"]


def test_growing_claims_never_deadlock() -> None:
    """Two files that each hold memory and both ask for more: the oldest goes on."""
    ledger: Ledger[str] = Ledger(100)
    ledger.ask("a", 60)
    ledger.ask("b", 30)
    assert ledger.grant() == ["a", "b"]
    ledger.ask("a", 80)  # a frame larger than the video said
    ledger.ask("b", 50)
    assert ledger.grant() == ["a"]
    assert ledger.held["a"] == 80
    ledger.release("a")
    assert ledger.grant() == ["b"]


# --- one file at a time ------------------------------------------------------------


def test_a_picture_too_large_for_the_budget_is_refused_from_its_header(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = blank_jpeg(tmp_path / "huge.jpg", 12000, 12000)
    assert path.stat().st_size < 1_000_000
    monkeypatch.setattr(memory, "machine_budget", lambda: 512 * MB)
    result = hash_file(path, HashOptions())
    assert result.error is not None and result.error.code is ErrorCode.TOO_LARGE
    assert "needs about 1785 MiB" in (result.error.detail or "")
    assert "safely on this computer" in result.error.message


def test_the_budget_comes_from_the_computer() -> None:
    budget = memory.machine_budget()
    physical = memory.physical_memory()
    assert physical is not None, "every platform the app runs on says its memory"
    assert memory.MIN_BUDGET <= budget <= physical * memory.BUDGET_SHARE + 1


# --- a batch ---------------------------------------------------------------------


def test_in_a_batch_a_file_over_the_budget_fails_alone(tmp_path: Path) -> None:
    big = blank_png(tmp_path / "big.png", 3000, 3000)  # about 117 MB to hash
    photos = [write_photo(tmp_path / f"{n}.jpg", 320, 240, seed=n) for n in range(3)]
    paths = [photos[0], big, *photos[1:]]
    results = {
        r.index: r for r in iter_hash(paths, HashOptions(), workers=2, memory_budget=64 * MB)
    }
    assert results[1].error is not None and results[1].error.code is ErrorCode.TOO_LARGE
    assert all(results[i].ok for i in (0, 2, 3))


def test_in_a_batch_big_files_wait_their_turn(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Six files of about 210 MB each, two workers, a budget of 300 MB: never two at once."""
    big = [blank_png(tmp_path / f"big{n}.png", 4000, 4000) for n in range(6)]
    small = [write_photo(tmp_path / f"{n}.jpg", 320, 240, seed=n) for n in range(4)]
    paths = [p for n, b in enumerate(big) for p in (b, *small[n : n + 1])]
    log = tmp_path / "claims.log"
    monkeypatch.setenv(CLAIM_LOG_ENV, str(log))
    results = list(
        iter_hash(paths, HashOptions(), workers=2, memory_budget=300 * MB, runner=log_claims)
    )
    assert len(results) == len(paths) and all(r.ok for r in results), results
    spans: dict[int, list[float]] = {}
    claimed: dict[int, int] = {}
    for line in log.read_text().splitlines():
        index, what, when, nbytes = line.split()
        spans.setdefault(int(index), []).append(float(when))
        if what == "granted":
            claimed[int(index)] = int(nbytes)
    big_spans = sorted(spans[paths.index(p)] for p in big)
    assert all(claimed[paths.index(p)] > 150 * MB for p in big)
    for (_, end), (start, _) in itertools.pairwise(big_spans):
        assert start >= end, "two big files were decoded at once"


# --- the estimate against what decoding really takes ------------------------------


def _animated_gif(path: Path) -> None:
    frames = [Image.fromarray(noisy_rgb(1500, 1000, seed=s)).convert("P") for s in range(4)]
    frames[0].save(path, save_all=True, append_images=frames[1:], duration=200)


def _upright_jpeg(path: Path) -> None:
    exif = Image.Exif()
    exif[0x0112] = 6
    Image.fromarray(noisy_rgb(2000, 1500, seed=1)).save(path, "JPEG", exif=exif.tobytes())


KINDS = {
    "photo.jpg": lambda p: write_photo(p, 2000, 1500),
    "upright.jpg": _upright_jpeg,
    "rgba.png": lambda p: Image.fromarray(noisy_rgb(2000, 1500)).convert("RGBA").save(p),
    "photo.webp": lambda p: write_photo(p, 2000, 1500, fmt="WEBP"),
    "animated.gif": _animated_gif,
}


@pytest.mark.skipif(not available(), reason="Linux peak memory")
@pytest.mark.parametrize("name", sorted(KINDS))
def test_the_estimate_covers_what_decoding_takes(tmp_path: Path, name: str) -> None:
    """Measured in a fresh process: the peak memory of hashing the file stays under what
    its header made it claim, and the claim is not wildly more."""
    path = tmp_path / name
    KINDS[name](path)
    warm = tmp_path / f"warm{path.suffix}"
    Image.fromarray(np.zeros((64, 64, 3), np.uint8)).save(warm)
    ok, claims, peak = measure(path, warm)
    assert ok and len(claims) == 1
    assert peak <= claims[0], f"took {peak / MB:.0f} MB, claimed {claims[0] / MB:.0f} MB"
    assert claims[0] <= 2 * peak + 16 * MB, f"claimed {claims[0] / MB:.0f}, took {peak / MB:.0f}"
