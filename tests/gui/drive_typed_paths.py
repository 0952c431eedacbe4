"""Type paths into the real window, hash what was listed, and print what the person saw.

Run by tests/gui/test_chosen_paths.py in a process of its own, as another user when the
tests run as root (root may open every folder, so "a folder you may not open" needs
someone else). Prints one JSON line: the per-file results and the skipped files' reasons.
Whatever else the app writes to stdout or stderr is for the caller to inspect.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest

from stopncii_desktop.gui.app import create_app, create_window
from stopncii_desktop.gui.context import AppContext, Preferences
from stopncii_desktop.gui.pages.choose import ChoosePage
from stopncii_desktop.gui.pages.hashing import HashingPage
from stopncii_desktop.gui.pages.welcome import WelcomePage


def _wait(done: Callable[[], bool], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there")
        # Not QTest.qWait, which holds the GIL and so stalls the app's hashing thread.
        loop = QEventLoop()
        QTimer.singleShot(20, loop.quit)
        loop.exec()


def main(paths: list[str]) -> int:
    create_app(["drive-typed-paths"])
    window, _quick = create_window(AppContext(Preferences(workers=0)))
    window.show()
    window.page(WelcomePage).start.click()
    choose = window.page(ChoosePage)
    for path in paths:
        choose.path_edit.setText(path)
        QTest.keyClick(choose.path_edit, Qt.Key.Key_Return)
        _wait(lambda: not getattr(choose, "scanning", False))
    session = window.ctx.session
    listed = len(session.files)
    if listed:
        choose.next.click()
        hashing = window.page(HashingPage)
        _wait(lambda: len(session.results) == listed and not hashing.running)
    report = {
        "results": [
            r.error.code.value if r.error is not None else "ok"
            for _, r in sorted(session.results.items())
        ],
        "skipped": [reason for _path, reason in session.unsupported],
        "summary": choose.summary.text(),
    }
    print(json.dumps(report))
    for page in window.pages.values():
        page.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
