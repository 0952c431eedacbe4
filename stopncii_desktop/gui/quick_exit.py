"""Quick exit: a button and Escape pressed twice close the app at once.

Everything in memory is dropped (the session is wiped, hashing is
cancelled) and every window and dialog is hidden before the app quits, so
nothing is left on screen for someone walking in.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

#: Two presses of Escape within this many seconds trigger the quick exit.
DOUBLE_PRESS_SECONDS = 1.0


class QuickExit(QObject):
    """Installed on the application: watches for Escape twice, runs the exit."""

    def __init__(self, on_exit: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_exit = on_exit
        self._last_escape = 0.0
        self.triggered = False

    def install(self, app: QApplication) -> None:
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and not event.isAutoRepeat()
            and self._first_receiver(watched)
        ):
            now = time.monotonic()
            if now - self._last_escape <= DOUBLE_PRESS_SECONDS:
                self.trigger()
                return True
            self._last_escape = now
        return False

    @staticmethod
    def _first_receiver(watched: QObject) -> bool:
        """One key press passes the filter once per object in its path; count it once."""
        if not isinstance(watched, QWidget):
            return False
        focus = QApplication.focusWidget()
        return watched is focus if focus is not None else watched.isWindow()

    def trigger(self) -> None:
        if self.triggered:
            return
        self.triggered = True
        self._on_exit()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            for widget in app.topLevelWidgets():
                widget.hide()
            for widget in app.topLevelWidgets():
                widget.close()
            QTimer.singleShot(0, app.quit)
