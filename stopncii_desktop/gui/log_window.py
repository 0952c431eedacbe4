"""The in-app log: kept in memory only, shown in a window on request.

Log lines never hold paths, file names, hashes or tokens; callers log
counts, codes and error types only.
"""

from __future__ import annotations

import time
from collections import deque

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

MAX_LINES = 2000


class _Log(QObject):
    added = Signal(str)
    cleared = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.lines: deque[str] = deque(maxlen=MAX_LINES)

    def add(self, message: str) -> None:
        line = f"{time.strftime('%H:%M:%S')} {message}"
        self.lines.append(line)
        self.added.emit(line)


_LOG: _Log | None = None


def _instance() -> _Log:
    global _LOG
    if _LOG is None:
        _LOG = _Log()
    return _LOG


def log(message: str) -> None:
    """Add a line to the in-memory log (safe from any thread)."""
    _instance().add(message)


def log_lines() -> list[str]:
    return list(_instance().lines)


def clear_log() -> None:
    """Forget every line (a session ended), in memory and in the log window."""
    _instance().lines.clear()
    _instance().cleared.emit()


class LogWindow(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log"))
        self.setAccessibleName(self.tr("Log"))
        self.setAccessibleDescription(
            self.tr("What the app did in this session. Kept in memory only, never saved.")
        )
        layout = QVBoxLayout(self)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Log lines"))
        self.text.setAccessibleDescription(
            self.tr("Each line is one thing the app did. No file names or hashes are shown.")
        )
        self.text.setPlainText("\n".join(log_lines()))
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close the log"))
        close.setAccessibleDescription(self.tr("Closes this window."))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        _instance().added.connect(self.text.appendPlainText)
        _instance().cleared.connect(self.text.clear)
        self.resize(560, 360)
