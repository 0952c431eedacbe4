"""Dialogs over the window that block it, except its Quick exit button.

Qt's own modality (``open()``, window-modal) blocks every input to the window
behind a dialog, the Quick exit button included: a person in a hurry clicked it
and nothing happened. So the app's dialogs are shown without Qt's modality, and
while one is open this filter drops the mouse, wheel and key input meant for the
window behind it, except for the widgets marked :data:`USABLE` (Quick exit);
typing meant for the dialog goes to it. Escape always goes through, so pressing
it twice still quits.
"""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

#: A widget with this dynamic property set to True stays usable while a dialog is open.
USABLE = "usable_over_dialogs"

D = TypeVar("D", bound=QDialog)

_INPUT = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel,
    QEvent.Type.KeyPress,
    QEvent.Type.KeyRelease,
    QEvent.Type.Shortcut,
    QEvent.Type.ShortcutOverride,
    QEvent.Type.DragEnter,
    QEvent.Type.Drop,
}


class _Holder(QObject):
    """Installed on the application; knows which dialogs are open over which window."""

    def __init__(self) -> None:
        super().__init__()
        #: id of a window -> the dialogs open over it, the last opened last.
        self._open: dict[int, list[QDialog]] = {}

    def hold(self, window: QWidget, dialog: QDialog) -> None:
        key = id(window)
        self._open.setdefault(key, []).append(dialog)

        def release(*_args: object) -> None:
            dialogs = self._open.get(key, [])
            if dialog in dialogs:
                dialogs.remove(dialog)
            if not dialogs:
                self._open.pop(key, None)

        dialog.finished.connect(release)
        dialog.destroyed.connect(release)

    def dialog_over(self, window: QWidget) -> QDialog | None:
        """The last dialog opened over ``window`` that shows (a hidden one holds nothing)."""
        shown = [d for d in self._open.get(id(window), []) if d.isVisible()]
        return shown[-1] if shown else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in _INPUT or not isinstance(watched, QWidget) or not self._open:
            return False
        dialog = self.dialog_over(watched.window())
        if dialog is None or _usable(watched):
            return False
        if isinstance(event, QKeyEvent) and event.type() in _KEYS:
            if event.key() == Qt.Key.Key_Escape:
                return False  # twice is quick exit, whatever is open
            # Typing meant for the dialog (its window may not be active yet) goes to it.
            copy = QKeyEvent(
                event.type(),
                event.key(),
                event.modifiers(),
                event.text(),
                event.isAutoRepeat(),
                event.count(),
            )
            QCoreApplication.sendEvent(dialog.focusWidget() or dialog, copy)
        elif event.type() == QEvent.Type.MouseButtonPress:
            dialog.raise_()
            dialog.activateWindow()
        return True


_KEYS = {QEvent.Type.KeyPress, QEvent.Type.KeyRelease}
_HOLDER: _Holder | None = None


def _usable(widget: QWidget | None) -> bool:
    while widget is not None and not widget.isWindow():
        if widget.property(USABLE) is True:
            return True
        widget = widget.parentWidget()
    return False


def _holder() -> _Holder:
    global _HOLDER
    if _HOLDER is None:
        _HOLDER = _Holder()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.installEventFilter(_HOLDER)
    return _HOLDER


def open_over(dialog: QDialog) -> None:
    """Show ``dialog`` over its parent's window, which waits for it, Quick exit apart."""
    dialog.setWindowModality(Qt.WindowModality.NonModal)
    parent = dialog.parentWidget()
    if parent is not None:
        _holder().hold(parent.window(), dialog)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()


class DialogSlot(Generic[D]):
    """One dialog of a kind at a time: showing another closes the last, and a dialog is let
    go of (and deleted) once it has finished."""

    def __init__(self) -> None:
        #: The dialog showing now, or None.
        self.dialog: D | None = None

    def show(self, dialog: D) -> D:
        """Show ``dialog`` over the window (unless it shows already), in place of the last."""
        self.close()
        dialog.finished.connect(lambda _result: self._forget(dialog))
        self.dialog = dialog
        if not dialog.isVisible():
            open_over(dialog)
        return dialog

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.close()

    def _forget(self, dialog: D) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
