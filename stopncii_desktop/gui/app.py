"""Starting the desktop app: the QApplication, translations, quick exit and the main window."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication

from stopncii_desktop import __version__
from stopncii_desktop.gui.context import AppContext
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
    window = MainWindow(ctx)

    def on_quick_exit() -> None:
        window.ctx.fast_exit = True
        window.ctx.wipe()

    quick = QuickExit(on_quick_exit, window)
    quick.install(app)
    window.quick_exit_button.clicked.connect(quick.trigger)
    return window, quick


def run_app(argv: Sequence[str] | None = None) -> int:
    app = create_app(list(argv) if argv is not None else sys.argv[:1])
    window, quick = create_window()
    window.show()
    code = int(app.exec())
    if quick.triggered:
        # Leave at once: do not wait for hashing workers to wind down.
        os._exit(0)
    return code
