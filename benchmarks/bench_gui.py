"""The window stays responsive while it hashes: event-loop latency of the real app.

The real main window (offscreen) hashes 12-megapixel JPEG photos with its
default settings (worker processes, thumbnails in a thread), while a 10 ms
timer on the GUI thread records how late each tick arrives. Reference: the same
timer in an idle window, measured in the same run. Target: every delay under
100 ms while hashing.

    python -m benchmarks.bench_gui [--photos N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication

from benchmarks.media import write_photo
from stopncii_desktop.gui.app import create_app, create_window
from stopncii_desktop.gui.context import AppContext, Preferences
from stopncii_desktop.gui.pages.choose import ChoosePage
from stopncii_desktop.gui.pages.welcome import WelcomePage

TICK_MS = 10


def _delays_while(app: QApplication, busy: object, done: object, limit_s: float) -> list[float]:
    """Milliseconds each 10 ms tick arrived late, from ``busy()`` until ``done()`` is true."""
    delays: list[float] = []
    clock = QElapsedTimer()
    timer = QTimer()
    timer.setInterval(TICK_MS)

    def tick() -> None:
        delays.append(max(0.0, clock.restart() - TICK_MS))

    timer.timeout.connect(tick)
    clock.start()
    timer.start()
    assert callable(busy) and callable(done)
    busy()
    deadline = time.monotonic() + limit_s
    while not done() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.001)
    timer.stop()
    return delays


def _summary(delays: list[float]) -> str:
    ordered = sorted(delays)
    p99 = ordered[int(len(ordered) * 0.99)] if ordered else 0.0
    return (
        f"median {statistics.median(ordered):5.1f} ms, 99th percentile {p99:5.1f} ms, "
        f"max {ordered[-1]:6.1f} ms over {len(ordered)} ticks"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=int, default=8)
    args = parser.parse_args(argv)
    app = create_app(["bench"])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        photos = [write_photo(folder / f"p{n}.jpg", 4000, 3000, seed=n) for n in range(args.photos)]
        window, _quick = create_window(AppContext(Preferences(workers=None)))
        window.show()
        idle_start = time.monotonic()
        idle = _delays_while(app, lambda: None, lambda: time.monotonic() - idle_start > 2, 3)
        window.page(WelcomePage).start.click()
        choose = window.page(ChoosePage)
        choose.add_paths(photos)
        _delays_while(app, lambda: None, lambda: not choose.scanning, 60)
        started = time.monotonic()
        busy = _delays_while(
            app, choose.next.click, lambda: window.current_page.name == "review", 300
        )
        elapsed = time.monotonic() - started
        ok = window.current_page.name == "review"
        print(f"{args.photos} photos of 12 MP hashed by the window in {elapsed:.1f} s")
        print(f"idle window (reference): {_summary(idle)}")
        print(f"while hashing:           {_summary(busy)}")
        worst = max(busy) if busy else 0.0
        print(f"worst delay {worst:.1f} ms (target < 100 ms){'' if ok else '  (did not finish)'}")
        window.close()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
