"""Render a screenshot of every page of the desktop app into docs/screenshots/.

The real window is driven offscreen (or under Xvfb when ``DISPLAY`` is set and
``--platform xcb`` is given) with generated sample pictures: nobody's real photos.
The review page is shown as a person first sees it, blurred. Every page is shot in English,
then ``--also`` pages in other languages (by default every page in Khmer and in Arabic;
``km:welcome`` names one page, ``km:all`` every page).

The shots are the same from one run to the next: the case token and the clock are fixed
while they are made (:func:`fixed_tokens_and_clock`), so a changed PNG means a changed page.

Usage: ``python scripts/screenshots.py [--out DIR] [--also km:all ar:welcome]``.

The sample pictures and the app's settings live in a temporary folder that is removed at the
end; only the PNG files are written to ``--out``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
#: The window's size in every shot (logical pixels; offscreen renders at a ratio of 1).
WIDTH, HEIGHT = 900, 680
DEFAULT_ALSO = ("km:all", "ar:all")
#: The moment every shot shows (receipts, the practice bank's answers).
FIXED_NOW = (2026, 11, 30, 10, 0, 0)
#: The generated sample pictures: (file name, width, height, seed).
SAMPLES = (
    ("beach.jpg", 960, 640, 1),
    ("birthday.jpg", 800, 800, 2),
    ("garden.png", 720, 960, 3),
    ("city at night.jpg", 1024, 576, 4),
)


def write_samples(folder: Path) -> list[Path]:
    """Pleasant, made-up pictures: sky, sun, hills and a few shapes."""
    import numpy as np
    from PIL import Image, ImageDraw

    paths = []
    for name, width, height, seed in SAMPLES:
        rng = np.random.default_rng(seed)
        top, bottom = rng.integers(40, 220, 3), rng.integers(40, 220, 3)
        ramp = np.linspace(0.0, 1.0, height)[:, None, None]
        sky = (top * (1 - ramp) + bottom * ramp).astype(np.uint8)
        image = Image.fromarray(np.repeat(sky, width, axis=1))  # uint8 (h, w, 3): RGB
        draw = ImageDraw.Draw(image)
        sun = int(min(width, height) * 0.12)
        cx, cy = int(rng.integers(sun, width - sun)), int(rng.integers(sun, height // 2))
        draw.ellipse((cx - sun, cy - sun, cx + sun, cy + sun), fill=(250, 220, 120))
        for band in range(3):
            base = int(height * (0.55 + 0.12 * band))
            points = [(0, height)]
            for x in range(0, width + 80, 80):
                points.append((x, base + int(rng.integers(-40, 40))))
            points.append((width, height))
            shade = tuple(int(v) for v in rng.integers(30, 160, 3))
            draw.polygon(points, fill=shade)
        for _ in range(12):
            x, y = int(rng.integers(0, width)), int(rng.integers(0, height))
            r = int(rng.integers(8, 40))
            colour = tuple(int(v) for v in rng.integers(0, 255, 3))
            draw.rectangle((x, y, x + r, y + r // 2), fill=colour)
        path = folder / name
        image.save(path)
        paths.append(path)
    return paths


@contextmanager
def fixed_tokens_and_clock() -> Iterator[None]:
    """Case tokens from a seeded generator and a clock stopped at ``FIXED_NOW``, for the
    modules that make them; put back afterwards."""
    import random
    from datetime import UTC, datetime

    from stopncii_desktop.bank import _case_store, outbox, receipts
    from stopncii_desktop.case import token

    class Stopped(datetime):
        @classmethod
        def now(cls, tz: Any = None) -> Stopped:
            return cls(*FIXED_NOW, tzinfo=tz or UTC)

    class Seeded:
        def __init__(self) -> None:
            self._random = random.Random(11)

        def randbits(self, bits: int) -> int:
            return self._random.getrandbits(bits)

        def token_hex(self, size: int) -> str:
            return self._random.randbytes(size).hex()

    clocks = (outbox, receipts, _case_store)
    saved = [module.datetime for module in clocks], token.secrets
    try:
        for module in clocks:
            module.datetime = Stopped  # type: ignore[attr-defined,misc]
        token.secrets = Seeded()  # type: ignore[assignment]
        yield
    finally:
        for module, before in zip(clocks, saved[0], strict=True):
            module.datetime = before  # type: ignore[attr-defined,misc]
        token.secrets = saved[1]


def _wait(condition: Callable[[], bool], seconds: float) -> None:
    # An event loop of our own, not QTest.qWait: PySide6 holds the GIL through qWait, so the
    # app's hashing thread would stall for the whole wait each time it gives the GIL up.
    from PySide6.QtCore import QEventLoop, QTimer

    waited = 0
    while not condition():
        if waited > seconds * 1000:
            raise TimeoutError("the app did not get there in time")
        loop = QEventLoop()
        QTimer.singleShot(50, loop.quit)
        loop.exec()
        waited += 50


def practice_send(window: Any) -> bool:
    """Send to the practice server through the send page, as a person would; False when it
    cannot be sent (the receipt page is then shown as it is)."""
    sending = window.pages["send"].sending
    sending.practice_box.setChecked(True)
    if not sending.send_button.isEnabled():
        return False
    sending.send_button.click()
    sending.confirm.yes.click()
    return True


def check_status(window: Any) -> bool:
    """Check the practice case on the status page; False when the bank did not answer."""
    window.show_page("status")
    status = window.pages["status"]
    status.check.click()
    try:
        _wait(lambda: status.fingerprints.model.rowCount() > 0 and not status.jobs.busy, 30)
    except TimeoutError:
        return False
    return True


def render(out: Path, also: list[tuple[str, str]], work: Path) -> list[Path]:
    """Drive the window through the flow and save a PNG of each page; returns the files."""
    from PySide6.QtCore import QCoreApplication

    from stopncii_desktop.bank.endpoints import Profile
    from stopncii_desktop.gui.app import create_app, create_window
    from stopncii_desktop.gui.context import AppContext, Preferences
    from stopncii_desktop.gui.i18n import switch_language
    from stopncii_desktop.gui.stores import Stores
    from stopncii_desktop.settings import Settings

    app = create_app([sys.argv[0]])
    # A text cursor that blinks would be drawn or not depending on when a page is shot.
    app.styleHints().setCursorFlashTime(0)
    switch_language(app, "en")
    # The app's settings, outbox and receipts in the temporary folder, handed to the window.
    stores = Stores.in_folders(work / "config", work / "data")
    stores.settings.save(
        Settings(
            [Profile("Example NGO bank", "hma", "https://hma.example.org", bank="NCII_CASES")],
            "Example NGO bank",
        )
    )
    pictures = work / "pictures"
    pictures.mkdir()
    samples = write_samples(pictures)

    window, _quick = create_window(AppContext(Preferences(workers=0), stores))
    window.resize(WIDTH, HEIGHT)
    window.show()
    written: list[Path] = []

    def shoot(name: str) -> None:
        QCoreApplication.processEvents()
        window.resize(WIDTH, HEIGHT)
        QCoreApplication.processEvents()
        path = out / f"{name}.png"
        if not window.grab().save(str(path), "PNG"):
            raise OSError(f"could not write {path}")
        written.append(path)

    def visit(name: str) -> None:
        if name == "hashing":
            # Entering it would hash again: show it as it was left, finished.
            window.stack.setCurrentWidget(window.pages[name])
        else:
            window.show_page(name)

    try:
        window.show_page("welcome")
        shoot("en-welcome")
        window.pages["welcome"].start.click()  # type: ignore[attr-defined]
        choose = window.pages["choose"]
        choose.add_paths(samples)  # type: ignore[attr-defined]
        _wait(lambda: not choose.scanning, 30)  # type: ignore[attr-defined]
        shoot("en-choose")
        choose.next.click()  # type: ignore[attr-defined]
        _wait(lambda: window.current_page.name == "review", 120)
        session = window.ctx.session
        _wait(lambda: len(session.thumbnails) == len(samples), 30)
        window.show_page("review")  # blurred, as a person first sees it
        shoot("en-review")
        visit("send")
        shoot("en-send")
        done = {"welcome", "choose", "review", "send"}
        if practice_send(window):
            # A real receipt, from the practice server on this computer (labelled so).
            _wait(lambda: window.current_page.name == "receipt", 60)
            shoot("en-receipt")
            done.add("receipt")
            if check_status(window):
                shoot("en-status")
                done.add("status")
        for name in window.pages:
            if name in done:
                continue
            visit(name)
            shoot(f"en-{name}")
        # Practice mode off again: its server's address (a port chosen at random) would
        # make the other languages' shots differ from one run to the next.
        window.pages["send"].sending.practice_box.setChecked(False)  # type: ignore[attr-defined]
        for code, name in also:
            switch_language(app, code)
            window.ctx.language_changed.emit()
            QCoreApplication.processEvents()
            for page in list(window.pages) if name == "all" else [name]:
                visit(page)
                shoot(f"{code}-{page}")
    finally:
        switch_language(app, "en")
        window.ctx.fast_exit = True
        window.ctx.wipe()
        window.close()
        for page in window.pages.values():
            page.shutdown()
        window.deleteLater()
        QCoreApplication.processEvents()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="folder for the PNG files")
    parser.add_argument(
        "--also",
        nargs="*",
        default=list(DEFAULT_ALSO),
        metavar="LANG:PAGE",
        help="extra shots in other languages (default: %(default)s)",
    )
    parser.add_argument("--platform", default="offscreen", help="Qt platform (offscreen, xcb)")
    args = parser.parse_args(argv)
    also = []
    for item in args.also:
        code, _, page = item.partition(":")
        also.append((code, page or "welcome"))
    os.environ.setdefault("QT_QPA_PLATFORM", args.platform)
    args.out.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(ROOT))
    with (
        tempfile.TemporaryDirectory(prefix="stopncii-screens-") as tmp,
        fixed_tokens_and_clock(),
    ):
        written = render(args.out, also, Path(tmp))
    for path in written:
        print(path.relative_to(args.out.parent) if path.is_relative_to(args.out.parent) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
