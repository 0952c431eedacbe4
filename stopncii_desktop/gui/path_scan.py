"""What the person chose (files, folders, a typed or dropped path) as the list of files to hash.

It runs off the GUI thread (the choose page starts it in a job), since a folder
may hold thousands of files and a path may be slow to answer. Nothing here waits
on what is not a file: a path is looked at with ``stat()`` and read only through
a non-blocking open (case/regular_files.py), so a FIFO or a device is listed at once
as "not a file". A path that cannot be looked at (a folder the person may not
open, a name too long) is kept as a file: hashing then reports it, alone, as
``unreadable``. Nothing here logs or raises with a path in it.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from stopncii_desktop.case.regular_files import read_regular_file
from stopncii_desktop.hashing.files import looks_like_video
from stopncii_desktop.hashing.inputs import MEDIA_EXTENSIONS

#: Signatures of pictures whose name does not say they are pictures.
_PICTURE_SIGNATURES = (b"\xff\xd8\xff", b"\x89PNG", b"GIF8", b"BM", b"II*\x00", b"MM\x00*")
#: Errors that mean "nothing is there" rather than "it cannot be looked at".
_NOTHING_THERE = (errno.ENOENT, errno.ENOTDIR)


class Skip(Enum):
    """Why a chosen path will not be hashed."""

    NOT_MEDIA = "not_media"
    NOT_A_FILE = "not_a_file"
    FOLDER_UNREADABLE = "folder_unreadable"


@dataclass(slots=True)
class Found:
    #: Files to hash, in the order chosen, with their size (0 when unknown).
    files: list[tuple[Path, int]] = field(default_factory=list)
    #: Paths that will not be hashed, and why.
    skipped: list[tuple[Path, Skip]] = field(default_factory=list)
    #: Paths named directly where nothing is.
    missing: list[Path] = field(default_factory=list)
    #: True when the walk stopped at the limit of files.
    stopped_at_limit: bool = False


def _looks_like_media(path: Path) -> bool:
    """For a file whose name does not say: do its first bytes say photo or video?"""
    try:
        head = read_regular_file(path, 255)
    except OSError:
        return True  # hashing gives the precise, per-file error
    if looks_like_video(head):
        return True
    return head.startswith(_PICTURE_SIGNATURES) or head[8:12] == b"WEBP" or head[4:8] == b"ftyp"


def _walk(folder: Path, unreadable: list[Path]) -> Iterator[Path]:
    """Every non-folder entry under ``folder``, sorted; links to folders are not followed."""

    def note(exc: OSError) -> None:
        if exc.filename is not None:
            unreadable.append(Path(exc.filename))

    for root, dirs, files in os.walk(folder, onerror=note, followlinks=False):
        dirs.sort()
        for name in sorted(files):
            yield Path(root) / name


def scan(
    chosen: Iterable[Path],
    known: set[Path],
    room: int,
    cancelled: Callable[[], bool] = lambda: False,
) -> Found:
    """The files to hash among ``chosen``, leaving out ``known`` ones, at most ``room`` of them.

    A file named directly is taken when its name or its first bytes say photo or video;
    inside folders only the name decides.
    """
    found = Found()
    seen = set(known)

    def take(path: Path, named: bool) -> None:
        key = path.absolute()
        if key in seen:
            return
        seen.add(key)
        try:
            info = os.stat(path)
        except OSError as exc:
            if named and exc.errno in _NOTHING_THERE:
                found.missing.append(path)
            else:
                found.files.append((path, 0))  # hashing says why it cannot be read
            return
        if not stat.S_ISREG(info.st_mode):
            found.skipped.append((path, Skip.NOT_A_FILE))
        elif path.suffix.lower() in MEDIA_EXTENSIONS or (named and _looks_like_media(path)):
            found.files.append((path, info.st_size))
        else:
            found.skipped.append((path, Skip.NOT_MEDIA))

    for path in chosen:
        if cancelled() or len(found.files) >= room:
            found.stopped_at_limit = len(found.files) >= room
            break
        try:
            is_folder = stat.S_ISDIR(os.stat(path).st_mode)
        except OSError:
            is_folder = False
        if not is_folder:
            take(path, named=True)
            continue
        unreadable: list[Path] = []
        for child in _walk(path, unreadable):
            if cancelled():
                break
            if len(found.files) >= room:
                found.stopped_at_limit = True
                break
            take(child, named=False)
        found.skipped += [(f, Skip.FOLDER_UNREADABLE) for f in unreadable]
    return found
