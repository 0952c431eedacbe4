"""Starting the desktop app: the QApplication and the main window."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QVBoxLayout, QWidget

from stopncii_desktop import __version__


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("StopNCII Desktop"))
        body = QWidget(self)
        layout = QVBoxLayout(body)
        welcome = QLabel(
            self.tr(
                "This app makes fingerprints (hashes) of your photos and videos on this "
                "computer. Your pictures never leave it."
            ),
            body,
        )
        welcome.setWordWrap(True)
        welcome.setAccessibleName(self.tr("Welcome"))
        layout.addWidget(welcome)
        self.setCentralWidget(body)
        self.resize(720, 520)


def create_app(argv: Sequence[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(list(argv))
    app.setApplicationName("stopncii-desktop")
    app.setApplicationVersion(__version__)
    return app


def run_app(argv: Sequence[str] | None = None) -> int:
    app = create_app(list(argv) if argv is not None else sys.argv[:1])
    window = MainWindow()
    window.show()
    return int(app.exec())
