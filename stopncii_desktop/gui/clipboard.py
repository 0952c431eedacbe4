"""What the app puts on the system clipboard, and taking it off again when the session ends.

A case token is the only key to a person's case. Copied, it would stay on the
clipboard for whoever uses the computer next, so at Next client, quick exit and
closing, the clipboard (and, on X11, the selection made with the mouse) is
cleared if it still holds what the app put there. Something the person copied
since, from another program, is left alone.

Copied text is marked as secret for clipboard managers that honour it (KDE's
Klipper, Windows' clipboard history and cloud clipboard): they then keep no copy.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData
from PySide6.QtGui import QClipboard, QGuiApplication

#: Hints that ask clipboard managers to keep no copy (as password managers set them).
_NOT_KEPT = {
    "x-kde-passwordManagerHint": b"secret",
    'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"': b"\x01"
    + b"\x00" * 3,
    'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"': b"\x00" * 4,
    'application/x-qt-windows-mime;value="CanUploadToCloudClipboard"': b"\x00" * 4,
}

#: Texts this app put on the clipboard in this session.
_COPIED: set[str] = set()


def copy_secret(text: str) -> None:
    """Put ``text`` on the clipboard, marked so clipboard managers keep no copy."""
    data = QMimeData()
    data.setText(text)
    for kind, value in _NOT_KEPT.items():
        data.setData(kind, QByteArray(value))
    QGuiApplication.clipboard().setMimeData(data)
    _COPIED.add(text)


def clear_ours() -> None:
    """Clear the clipboard and the selection if they still hold what this app put there."""
    clipboard = QGuiApplication.clipboard()
    modes = [QClipboard.Mode.Clipboard]
    if clipboard.supportsSelection():
        modes.append(QClipboard.Mode.Selection)
    for mode in modes:
        owned = (
            clipboard.ownsClipboard()
            if mode is QClipboard.Mode.Clipboard
            else clipboard.ownsSelection()
        )
        if owned or clipboard.text(mode) in _COPIED:
            clipboard.clear(mode)
    _COPIED.clear()
