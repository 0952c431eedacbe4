"""Whole-process start-up: hashing one photo from the command line, and the window opening.

Reference, measured in the same run: a Python process that only decodes the same
12-megapixel JPEG with Pillow (``Image.open(p).convert("RGB")``). Against it, the
median wall time of whole processes, in rounds that take each command in turn:

  (a) the reference;
  (b) the installed CLI, ``.venv/bin/stopncii-desktop hash PHOTO``    target b/a <= 2.5;
  (c) the bundle (``dist/*.tar.gz`` unpacked), the same home each time target c/a <= 2.5;
  (d) the bundle with a new, empty home every time (no caches at all) target d/a <= 4.0;
  (e) with ``--before REF``, the CLI of that commit (say ``main``), for comparison.

Then the desktop app: from launch to the welcome page drawn, and from "Make
fingerprints" to the first result on screen, for the installed app (offscreen,
driven from inside); and launch to the window shown for the bundle and the
installed app on a virtual X display (Xvfb and xdotool, where installed).

    python -m benchmarks.bench_startup [--rounds N] [--no-bundle] [--no-gui] [--before main]

The bundle comes from ``make bundle``; without ``dist/`` those rows are skipped.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from benchmarks.media import write_photo
from tests.x11 import ask_to_close, virtual_display

ROOT = Path(__file__).resolve().parent.parent
NAME = "stopncii-desktop"
INSTALLED = Path(sys.executable).parent / NAME
WIDTH, HEIGHT = 4000, 3000
TITLE = "StopNCII Desktop"


def _wall(
    command: Sequence[str | Path], env: dict[str, str] | None = None, cwd: Path | None = None
) -> float:
    start = time.perf_counter()
    subprocess.run(
        [str(c) for c in command],
        check=True,
        env=env,
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - start


def _unpacked_bundle(into: Path) -> Path | None:
    tarballs = sorted((ROOT / "dist").glob(f"{NAME}-*-linux-x86_64.tar.gz"))
    if not tarballs:
        return None
    with tarfile.open(tarballs[-1]) as tar:
        tar.extractall(into, filter="data")
    (top,) = into.iterdir()
    return top / NAME


def _person(home: Path) -> dict[str, str]:
    return {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}


def _source_of(ref: str, into: Path) -> Path:
    """The package as it was at git ``ref`` (for the "before" row), in a folder of its own."""
    into.mkdir()
    archive = subprocess.run(
        ["git", "archive", ref, "stopncii_desktop"], cwd=ROOT, capture_output=True, check=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into


def measure_cli(
    photo: Path, bundle: Path | None, rounds: int, tmp: Path, before: str | None = None
) -> int:
    warm_home = tmp / "warm-home"
    warm_home.mkdir()
    commands: dict[str, Callable[[int], float]] = {
        "(a) Pillow decode alone": lambda n: _wall(
            [
                sys.executable,
                "-c",
                f"from PIL import Image; Image.open({str(photo)!r}).convert('RGB')",
            ]
        ),
        "(b) installed CLI hash": lambda n: _wall([INSTALLED, "hash", photo]),
    }
    if bundle is not None:
        commands["(c) bundle hash, warm"] = lambda n: _wall(
            [bundle, "hash", photo], env=_person(warm_home)
        )

        def cold(n: int) -> float:
            home = tmp / f"cold-home-{n}"
            home.mkdir()
            return _wall([bundle, "hash", photo], env=_person(home))

        commands["(d) bundle hash, empty home"] = cold
    if before is not None:
        old_source = _source_of(before, tmp / "before")
        env = {**os.environ, "PYTHONPATH": str(old_source)}
        # Run from that folder: `python -m` puts the working folder first on sys.path.
        commands[f"(e) CLI hash as of {before}"] = lambda n: _wall(
            [sys.executable, "-m", "stopncii_desktop", "hash", photo], env=env, cwd=old_source
        )
    for command in commands.values():
        command(-1)  # once, so every command starts with its files in the page cache
    times: dict[str, list[float]] = {name: [] for name in commands}
    for n in range(rounds):
        for name, command in commands.items():
            times[name].append(command(n))
    reference = statistics.median(times["(a) Pillow decode alone"])
    targets = {"(b)": 2.5, "(c)": 2.5, "(d)": 4.0}
    status = 0
    print(f"whole processes, median of {rounds} rounds (1 photo of {WIDTH}x{HEIGHT}, JPEG):")
    for name, values in times.items():
        median = statistics.median(values)
        ratio = median / reference
        per_round = statistics.median(
            v / r for v, r in zip(values, times["(a) Pillow decode alone"], strict=True)
        )
        target = targets.get(name[:3])
        verdict = ""
        if target is not None:
            verdict = f"(target <= {target}) {'ok' if ratio <= target else 'MISSED'}"
            status |= int(ratio > target)
        print(
            f"  {name:32s} {median * 1000:7.0f} ms   x{ratio:4.2f} (per round x{per_round:4.2f}) {verdict}"
        )
    return status


def gui_driver(started: float, photo: Path) -> None:
    """Inside a fresh process: open the window as ``stopncii-desktop`` does, and time it."""
    from stopncii_desktop.system_libs import check_before_qt

    assert check_before_qt() is None
    from PySide6.QtCore import QEvent, QObject, QTimer

    from stopncii_desktop.gui.app import create_app, create_window
    from stopncii_desktop.gui.pages.choose import ChoosePage
    from stopncii_desktop.gui.pages.hashing import HashingPage
    from stopncii_desktop.gui.pages.welcome import WelcomePage

    app = create_app([NAME])
    window, _quick = create_window()
    marks: dict[str, float] = {}

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "welcome" not in marks:
                marks["welcome"] = time.time() - started
                QTimer.singleShot(0, make_fingerprints)
            return False

    def make_fingerprints() -> None:
        window.page(WelcomePage).start.click()
        choose = window.page(ChoosePage)
        choose.add_paths([photo])
        window.page(HashingPage).lines.model().rowsInserted.connect(first_result)
        press_when_listed(choose)

    def press_when_listed(choose: ChoosePage) -> None:
        # The chosen paths are looked at off the GUI thread; the button waits for that.
        if choose.scanning or not choose.next.isEnabled():
            QTimer.singleShot(5, lambda: press_when_listed(choose))
            return
        marks["clicked"] = time.time()
        choose.next.click()

    def first_result() -> None:
        if "first_result" not in marks:
            marks["first_result"] = time.time() - marks["clicked"]
            QTimer.singleShot(0, app.quit)

    painted = FirstPaint()
    window.page(WelcomePage).installEventFilter(painted)
    window.show()
    QTimer.singleShot(120_000, app.quit)
    app.exec()
    window.close()
    print(json.dumps({"welcome": marks.get("welcome"), "first_result": marks.get("first_result")}))


def _launch_to_window(command: list[str], display: str, home: Path) -> float:
    env = {**_person(home), "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    start = time.perf_counter()
    app = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    xdo = {"DISPLAY": display, "PATH": "/usr/bin:/bin"}
    try:
        found: list[str] = []
        while not found:  # xdotool's own --sync looks only every half second
            assert time.perf_counter() - start < 120, "no window"
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", TITLE],
                env=xdo, capture_output=True, text=True, check=False,
            ).stdout.split()  # fmt: skip
            time.sleep(0.01)
        elapsed = time.perf_counter() - start
        ask_to_close(display, int(found[0]))
        app.wait(timeout=60)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    return elapsed


def measure_gui(photo: Path, bundle: Path | None, rounds: int, tmp: Path) -> None:
    welcome, first = [], []
    for _ in range(rounds):
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp / "gui-home")}
        started = time.time()
        out = subprocess.run(
            [sys.executable, "-m", "benchmarks.bench_startup", "--gui-driver", str(started), str(photo)],
            env=env, cwd=ROOT, capture_output=True, text=True, check=True, timeout=300,
        ).stdout  # fmt: skip
        marks = json.loads(out.strip().splitlines()[-1])
        welcome.append(marks["welcome"])
        first.append(marks["first_result"])
    print(f"desktop app (installed, offscreen), median of {rounds}:")
    print(f"  launch to the welcome page drawn        {statistics.median(welcome) * 1000:7.0f} ms")
    print(f"  'Make fingerprints' to the first result {statistics.median(first) * 1000:7.0f} ms")
    if shutil.which("Xvfb") is None or shutil.which("xdotool") is None:
        print("  (no Xvfb or xdotool: launch to window on X11 not measured)")
        return
    with virtual_display() as display:
        home = tmp / "x-home"
        home.mkdir(exist_ok=True)
        apps = {"installed": [str(INSTALLED)]}
        if bundle is not None:
            apps["bundle"] = [str(bundle)]
        for name, command in apps.items():
            _launch_to_window(command, display, home)
            values = [_launch_to_window(command, display, home) for _ in range(rounds)]
            print(
                f"  launch to window shown on X11 ({name:9s}) {statistics.median(values) * 1000:7.0f} ms"
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--no-bundle", action="store_true")
    parser.add_argument("--no-gui", action="store_true")
    parser.add_argument(
        "--before", metavar="GIT_REF", help="also time the CLI of this commit (e.g. main)"
    )
    parser.add_argument(
        "--gui-driver", nargs=2, metavar=("STARTED", "PHOTO"), help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)
    if args.gui_driver:
        gui_driver(float(args.gui_driver[0]), Path(args.gui_driver[1]))
        return 0
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        photo = write_photo(tmp / "photo.jpg", WIDTH, HEIGHT, seed=1, quality=92)
        bundle = None if args.no_bundle else _unpacked_bundle(tmp / "bundle")
        if bundle is None and not args.no_bundle:
            print("no bundle in dist/ (make bundle): its rows are skipped")
        print(
            f"machine: {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f} (shared and noisy)\n"
        )
        status = measure_cli(photo, bundle, args.rounds, tmp, args.before)
        if not args.no_gui:
            print()
            measure_gui(photo, bundle, args.rounds, tmp)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
