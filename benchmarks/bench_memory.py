"""Memory of hashing hostile pictures: each file's estimate, and the peak of a whole batch.

(1) For pictures of each kind (and a video), the memory a fresh process takes to hash
    one, against what its header made it claim (``memory.claim``): the ratio
    claimed / taken must be at least 1 (the budget holds) and should stay under 2.
(2) The peak resident memory of a whole batch (this process and its workers, sampled
    every 20 ms) of hostile pictures, files of under 3 MB that decode to gigabytes
    (tests/hostile_media.py), mixed with ordinary 12-megapixel photos, on 2 workers.
    The reference is the same batch without the hostile files, measured in the same
    run; the hostile batch runs with the budget an 8 GB and a 4 GB laptop get (half
    their memory), and with ``--machine`` with this computer's own.

    python -m benchmarks.bench_memory [--machine] [--batch-only]

``--batch-only`` runs (2) alone, with this computer's budget: it also runs on code
from before the budget existed, to measure "before".
"""

from __future__ import annotations

import argparse
import inspect
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.media import write_photo
from stopncii_desktop.hashing.batch import iter_hash
from stopncii_desktop.hashing.options import HashOptions
from tests.hostile_media import blank_jpeg, blank_png, blank_tiff16, huge_canvas_gif
from tests.memory_probe import available, measure

GB = 1e9
MB = 1 << 20


# --- (1) each file's estimate against what it takes -------------------------------


def _kinds(folder: Path) -> dict[str, Path]:
    import numpy as np
    from PIL import Image

    from tests.media import noisy_rgb
    from tests.unit.test_video_clips import write_clip

    rgb = noisy_rgb(4000, 3000, seed=1)
    picture = Image.fromarray(rgb)
    exif = Image.Exif()
    exif[0x0112] = 6
    gif_frames = [picture.crop((n * 300, 0, 3000 + n * 300, 2000)).convert("P") for n in range(4)]
    made: dict[str, tuple[str, Callable[[Path], object]]] = {
        "JPEG 12 MP": (".jpg", lambda p: picture.save(p, "JPEG", quality=90)),
        "JPEG 12 MP, EXIF turned": (".jpg", lambda p: picture.save(p, "JPEG", exif=exif.tobytes())),
        "PNG 12 MP RGBA": (".png", lambda p: picture.convert("RGBA").save(p, compress_level=1)),
        "16-bit PNG 12 MP": (".png", lambda p: blank_png(p, 4000, 3000, 16)),
        "WebP 12 MP": (".webp", lambda p: picture.save(p, "WEBP", quality=80)),
        "AVIF 12 MP": (".avif", lambda p: picture.save(p, "AVIF", quality=50, speed=10)),
        "GIF 6 MP, 4 frames": (
            ".gif",
            lambda p: gif_frames[0].save(p, save_all=True, append_images=gif_frames[1:]),
        ),
        "video 1920x1080, 3 s": (
            ".mp4",
            lambda p: write_clip(p, seconds=3, fps=10, size=(1920, 1080)),
        ),
    }
    paths: dict[str, Path] = {}
    for name, (suffix, make) in made.items():
        path = folder / f"kind{len(paths)}{suffix}"
        make(path)
        paths[name] = path
    warm = folder / "warm.png"
    Image.fromarray(np.zeros((64, 64, 3), np.uint8)).save(warm)
    return paths | {"": warm}


def estimates(folder: Path) -> None:
    print("(1) one file in a fresh process: memory taken against memory claimed from the header")
    paths = _kinds(folder)
    warm = paths.pop("")
    for name, path in paths.items():
        ok, claims, taken = measure(path, warm)
        claimed = max(claims, default=0)
        print(
            f"    {name:26s} took {taken / MB:7.0f} MiB, claimed {claimed / MB:7.0f} MiB,"
            f" claimed/took = {claimed / max(taken, 1):.2f}" + ("" if ok else "  (failed!)")
        )


# --- (2) the peak of a whole batch ---------------------------------------------------


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _tree(root: int) -> list[int]:
    """``root`` and every process below it."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry.name))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo += children.get(pid, [])
    return out


class PeakSampler:
    """The highest sum of resident memory of this process and its workers, every 20 ms."""

    def __init__(self) -> None:
        import os

        self.root = os.getpid()
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(0.02):
            self.peak = max(self.peak, sum(_rss(pid) for pid in _tree(self.root)))

    def __enter__(self) -> PeakSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def _batch(paths: list[Path], budget: int | None) -> tuple[float, float, dict[str, int]]:
    """Peak GB, seconds and the outcome counts of hashing ``paths`` on 2 workers."""
    extra: dict[str, Any] = {}
    if budget is not None:
        extra["memory_budget"] = budget
    outcomes: dict[str, int] = {}
    start = time.perf_counter()
    with PeakSampler() as sampler:
        for result in iter_hash(paths, HashOptions(), workers=2, **extra):
            key = "ok" if result.error is None else result.error.code.value
            outcomes[key] = outcomes.get(key, 0) + 1
    return sampler.peak / GB, time.perf_counter() - start, outcomes


def batches(folder: Path, machine: bool) -> None:
    ordinary = [write_photo(folder / f"photo{n}.jpg", 4000, 3000, seed=n) for n in range(4)]
    hostile: list[Path] = [
        blank_jpeg(folder / "huge.jpg", 15800, 15800),
        blank_png(folder / "huge.png", 16000, 15000),
        blank_tiff16(folder / "huge16.tif", 16000, 15000),
        huge_canvas_gif(folder / "frames.gif", 12000, 12000, 2000),
    ]
    sizes = ", ".join(f"{p.stat().st_size / 1e6:.2f}" for p in hostile)
    print(
        f"\n(2) peak resident memory of a whole batch on 2 workers (this process and its workers):"
        f"\n    {len(hostile)} hostile files of {sizes} MB (15800x15800 JPEG, 16000x15000 PNG and"
        f" 16-bit TIFF, 2,000 frames on a 12000x12000 GIF) among {len(ordinary)} 12 MP photos"
    )
    mixed = [p for pair in zip(ordinary, hostile, strict=True) for p in pair]
    runs: list[tuple[str, list[Path], int | None]] = [
        ("reference: the 12 MP photos alone", ordinary, None)
    ]
    has_budget = "memory_budget" in inspect.signature(iter_hash).parameters
    if has_budget:
        runs += [
            ("hostile batch, budget of an 8 GB laptop (4 GB)", mixed, 4 * 1024 * MB),
            ("hostile batch, budget of a 4 GB laptop (2 GB)", mixed, 2 * 1024 * MB),
        ]
    if machine or not has_budget:
        runs.append(("hostile batch, this computer's budget", mixed, None))
    reference = 0.0
    for name, paths, budget in runs:
        peak, seconds, outcomes = _batch(paths, budget)
        reference = reference or peak
        print(
            f"    {name:48s} peak {peak:5.2f} GB ({peak / reference:4.1f}x the reference),"
            f" {seconds:5.1f} s, {outcomes}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--machine", action="store_true", help="also run with this computer's budget"
    )
    parser.add_argument(
        "--batch-only", action="store_true", help="only (2), this computer's budget"
    )
    args = parser.parse_args(argv)
    if not available():
        print("memory is measured through Linux's /proc: skipped on this system")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        run: list[Callable[[], None]] = []
        if not args.batch_only:
            run.append(lambda: estimates(Path(tmp)))
        run.append(lambda: batches(Path(tmp), args.machine or args.batch_only))
        for step in run:
            step()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
