"""Files the person chose must be files: never waiting on a pipe or a device.

Opening a FIFO waits until something is at its other end, and a device may
never end; the person may type or pick either. A file to read is opened without
blocking and checked to be a regular file before a byte is read; a place to
write to is checked first (:func:`refuse_special`). A pipe, a device, a socket
or a folder is refused at once with :class:`NotARegularFile`.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

#: Opening with this flag never waits (a FIFO with no writer opens at once); 0 where unknown.
_NO_WAIT = getattr(os, "O_NONBLOCK", 0)


class NotARegularFile(OSError):
    """The path is a folder, a pipe, a device or a socket, not a file."""

    def __init__(self) -> None:
        super().__init__(errno.EINVAL, "it is not a file (it may be a folder, a pipe or a device)")


def read_regular_file(path: Path, limit: int) -> bytes:
    """Up to ``limit`` + 1 bytes of ``path`` (so a caller can tell "too large").

    Raises :class:`NotARegularFile` for anything but a regular file, and ``OSError``
    when it cannot be opened.
    """
    fd = os.open(path, os.O_RDONLY | _NO_WAIT | getattr(os, "O_BINARY", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotARegularFile()
        if _NO_WAIT:
            os.set_blocking(fd, True)
        chunks: list[bytes] = []
        left = limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def refuse_special(path: Path) -> None:
    """Raise :class:`NotARegularFile` if ``path`` is there and is not a regular file
    (following links): writing there could wait forever or reach a device."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return  # nothing there (yet), or the write itself will say what is wrong
    if not stat.S_ISREG(mode):
        raise NotARegularFile()
