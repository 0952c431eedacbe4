"""How hashing starts its worker processes: fork where that is safe, spawn elsewhere.

A spawned worker is a new interpreter that imports numpy, Pillow and the
hashing code again before its first file, which costs about as much as hashing
a photo; a forked worker is a copy of its parent and starts at once. That is
what makes an isolated worker cheap enough for a one-photo ``hash``: the file
is still decoded in a separate process, so a decoder that crashes or hangs on a
hostile file takes down only the worker, and the command reports it plainly.

Forking is safe only in a process that runs no other thread and has not loaded
Qt (the command line, not the desktop app: a forked copy of a threaded process
can deadlock), and only on Linux (macOS system libraries are not fork-safe;
Windows cannot fork). Everywhere else workers are spawned, as before.
"""

from __future__ import annotations

import sys
import threading


def start_method() -> str:
    """``"fork"`` when this process can safely fork its workers now, else ``"spawn"``."""
    if not sys.platform.startswith("linux"):
        return "spawn"
    if threading.active_count() > 1 or "PySide6" in sys.modules:
        return "spawn"
    return "fork"
