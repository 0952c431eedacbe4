"""Starting the desktop app: the QApplication, translations, quick exit and the main window."""

from __future__ import annotations

import os
import sys
import threading
import traceback
from collections.abc import Sequence
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from stopncii_desktop import __version__
from stopncii_desktop.gui import workers
from stopncii_desktop.gui.context import AppContext
from stopncii_desktop.gui.file_dialogs import keep_no_dialog_history
from stopncii_desktop.gui.log_window import log
from stopncii_desktop.gui.look import app_icon
from stopncii_desktop.gui.quick_exit import QuickExit
from stopncii_desktop.gui.window import MainWindow

__all__ = ["MainWindow", "create_app", "create_window", "run_app"]


def create_app(argv: Sequence[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(list(argv))
    app.setApplicationName("stopncii-desktop")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    _install_translations(app)
    return app


def _install_translations(app: QApplication, language: str | None = None) -> None:
    try:
        from stopncii_desktop.gui import i18n
    except ImportError:
        return  # translations not built yet: the app runs in English
    install = getattr(i18n, "install", None)
    if callable(install):
        install(app, language) if language is not None else install(app)


def create_window(ctx: AppContext | None = None) -> tuple[MainWindow, QuickExit]:
    """The main window with quick exit wired to it (Escape twice, and the button)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    keep_no_dialog_history()
    window = MainWindow(ctx)

    def on_quick_exit() -> None:
        window.ctx.fast_exit = True
        window.ctx.wipe()

    quick = QuickExit(on_quick_exit, window)
    quick.install(app)
    window.quick_exit_button.clicked.connect(quick.trigger)
    return window, quick


def report_without_details(
    kind: type[BaseException], error: BaseException | None, trace: TracebackType | None
) -> None:
    """An error nobody caught: say where in the app, never the message (it may hold a path)."""
    where = traceback.extract_tb(trace)[-1:] if trace is not None else []
    place = f" at {os.path.basename(where[0].filename)}:{where[0].lineno}" if where else ""
    sys.stderr.write(f"stopncii-desktop: internal error {kind.__name__}{place}\n")
    log(
        QCoreApplication.translate(
            "Log", "Something went wrong inside the app (not something you did)."
        )
    )


def run_app(argv: Sequence[str] | None = None) -> int:
    sys.excepthook = report_without_details
    threading.excepthook = lambda a: report_without_details(
        a.exc_type, a.exc_value, a.exc_traceback
    )
    app = create_app(list(argv) if argv is not None else sys.argv[:1])
    window, quick = create_window()
    window.show()
    code = int(app.exec())
    if quick.triggered or workers.any_running():
        # Leave at once: do not wait for hashing workers, nor for a job stuck on a slow
        # bank or a pipe (Python would abort on a thread still running).
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0 if quick.triggered else code)
    return code
