"""Writing a file so that a crash never leaves it half-written, whatever the path names.

* A regular file, or a new one, is written to a hidden temporary file beside
  it (``.stopncii-XXXXXXXX.part``), flushed to disk and renamed over it; the
  folder is then synced, so a crash or a power cut leaves the old file or the
  new one, whole. Files are owner-only (0600).
* A link is followed: the file it points to is replaced and the link stays,
  as a shell's ``>`` and other tools do.
* A device or a pipe (``/dev/null``, a FIFO, ``/dev/stdout``) is written
  directly: renaming a file over it would replace it (as root, ``/dev/null``
  itself).
* A folder, a disk device, a socket, a link that loops, or a place whose
  folder is missing is refused with a :class:`DestinationError` in plain words
  before anything is written. :func:`check_destination` asks the same question
  before long work, so a command fails at once rather than after it.
* The writer holds an OS lock on its temporary file until the rename. A part
  left by a writer that died (kill -9, power cut) is removed by the next write
  to that folder, once it is old enough and nobody holds its lock; a part that
  another process is writing right now is left alone.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from stopncii_desktop.case._locks import try_lock

PART_PREFIX = ".stopncii-"
PART_SUFFIX = ".part"
#: A part younger than this may be one whose writer has not taken its lock yet.
STALE_AFTER_SECONDS = 60.0
#: Earlier versions held no lock on their parts: theirs are removed only when surely abandoned.
LEGACY_STALE_AFTER_SECONDS = 3600.0
_PART = re.compile(r"\.stopncii-[a-z0-9_]{8}\.part")
_LEGACY_PART = re.compile(r"\.tmp-[a-z0-9_]{8}\.part")
# Names of an already open file descriptor: written through, never replaced.
_FD_ALIAS = re.compile(r"/dev/(stdout|stderr|fd/[0-9]+)|/proc/[^/]+/fd/[0-9]+")


class DestinationError(OSError):
    """A place that cannot be written to; ``strerror`` says why in plain words."""


@dataclass(frozen=True, slots=True)
class _Destination:
    #: Where the bytes go: the link's target for a file, the path itself for a stream.
    path: Path
    #: A device or pipe, written directly.
    stream: bool


def _unreachable(exc: OSError) -> DestinationError:
    if exc.errno == errno.ELOOP:
        return DestinationError(
            errno.ELOOP, "this is a link that leads nowhere (it loops back on itself)"
        )
    if exc.errno == errno.ENOTDIR:
        return DestinationError(errno.ENOTDIR, "a part of this path is a file, not a folder")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return DestinationError(exc.errno, "you may not have permission to reach this place")
    return DestinationError(exc.errno, f"this place cannot be reached ({exc.strerror})")


def _destination(path: Path) -> _Destination:
    try:
        st: os.stat_result | None = os.stat(path)
    except FileNotFoundError:
        st = None  # new, or a link to a file not made yet
    except OSError as exc:
        raise _unreachable(exc) from None
    if st is not None and not stat.S_ISREG(st.st_mode):
        if stat.S_ISDIR(st.st_mode):
            raise DestinationError(errno.EISDIR, "this is a folder: name a file inside it")
        if stat.S_ISBLK(st.st_mode):
            raise DestinationError(
                errno.EPERM,
                "this is a disk device: writing there would destroy what the disk holds. "
                "Name a file instead",
            )
        if not (stat.S_ISCHR(st.st_mode) or stat.S_ISFIFO(st.st_mode)):
            raise DestinationError(errno.EINVAL, "this is not a file that can be written to")
        if not os.access(path, os.W_OK):
            raise DestinationError(errno.EACCES, "you may not have permission to write there")
        return _Destination(Path(path), stream=True)
    if st is not None and _FD_ALIAS.fullmatch(os.path.abspath(path)):
        return _Destination(Path(path), stream=True)
    target = Path(os.path.realpath(path))
    folder = target.parent
    if st is None and not folder.is_dir():
        raise DestinationError(
            errno.ENOENT,
            "the folder it would go in does not exist. Create the folder first, "
            "or choose another place",
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise DestinationError(errno.EACCES, "you may not have permission to write in this folder")
    return _Destination(target, stream=False)


def check_destination(path: Path) -> None:
    """Raise :class:`DestinationError` now if writing ``path`` later cannot work."""
    _destination(Path(path))


def atomic_write_bytes(
    path: Path, data: bytes, mode: int = 0o600, *, wait_for_reader: bool = True
) -> None:
    """Write ``data`` to ``path`` as the module says.

    A pipe with no reader is waited for, as a shell does; with
    ``wait_for_reader=False`` it is a :class:`DestinationError` instead (for a
    window, which must never wait).
    """
    destination = _destination(Path(path))
    if destination.stream:
        _write_stream(destination.path, data, wait_for_reader)
    else:
        _replace(destination.path, data, mode)


def atomic_write_text(
    path: Path, text: str, mode: int = 0o600, *, wait_for_reader: bool = True
) -> None:
    atomic_write_bytes(path, text.encode("utf-8"), mode, wait_for_reader=wait_for_reader)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _write_stream(path: Path, data: bytes, wait_for_reader: bool) -> None:
    # No O_CREAT, no O_TRUNC: nothing is made or replaced, as with a shell's redirection.
    flags = os.O_WRONLY | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    if not wait_for_reader:
        flags |= getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ENXIO:
            raise DestinationError(errno.ENXIO, "nothing is reading from this pipe") from None
        raise
    try:
        if not wait_for_reader:
            os.set_blocking(fd, True)
        _write_all(fd, data)
    finally:
        os.close(fd)


def _replace(path: Path, data: bytes, mode: int) -> None:
    folder = path.parent
    remove_stale_parts(folder)
    fd, tmp_name = tempfile.mkstemp(prefix=PART_PREFIX, suffix=PART_SUFFIX, dir=folder)
    tmp = Path(tmp_name)
    open_fd: int | None = fd
    try:
        try_lock(fd)  # held until the rename: tells a cleaner elsewhere this part is alive
        os.chmod(tmp, mode)
        _write_all(fd, data)
        os.fsync(fd)
        if os.name == "nt":  # Windows cannot rename a file that is still open
            os.close(fd)
            open_fd = None
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    finally:
        if open_fd is not None:
            os.close(open_fd)
    _sync_folder(folder)


def remove_stale_parts(folder: Path) -> int:
    """Remove the temporary files our writers left in ``folder`` when they died; return how many.

    Only files named as ours, owned by this user, regular, old enough, and whose
    lock nobody holds: a writer that is alive (in any process) holds its lock.
    """
    removed = 0
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        if _PART.fullmatch(entry.name):
            min_age = STALE_AFTER_SECONDS
        elif _LEGACY_PART.fullmatch(entry.name):
            min_age = LEGACY_STALE_AFTER_SECONDS
        else:
            continue
        try:
            st = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if (
            not stat.S_ISREG(st.st_mode)
            or (hasattr(os, "getuid") and st.st_uid != os.getuid())
            or now - st.st_mtime < min_age
        ):
            continue
        removed += _remove_if_unlocked(entry.path, st)
    return removed


def _remove_if_unlocked(path: str, seen: os.stat_result) -> int:
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return 0
    try:
        now = os.fstat(fd)
        if (now.st_dev, now.st_ino) != (seen.st_dev, seen.st_ino) or not try_lock(fd):
            return 0  # replaced meanwhile, or its writer is still alive
        os.unlink(path)
        return 1
    except OSError:
        return 0
    finally:
        os.close(fd)


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows has no directory fsync; os.replace is already atomic there
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
