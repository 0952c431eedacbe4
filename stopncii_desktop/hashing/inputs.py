"""Turning what the user named (files and folders) into the list of files to hash."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

PHOTO_EXTENSIONS = frozenset(
    [
        ".jpg",
        ".jpeg",
        ".jpe",
        ".jfif",
        ".png",
        ".webp",
        ".gif",
        ".bmp",
        ".dib",
        ".tif",
        ".tiff",
        ".heic",
        ".heif",
        ".hif",
        ".avif",
        ".mpo",
    ]
)
VIDEO_EXTENSIONS = frozenset(
    [
        ".mp4",
        ".m4v",
        ".mov",
        ".mkv",
        ".webm",
        ".avi",
        ".3gp",
        ".3g2",
        ".mpg",
        ".mpeg",
        ".ts",
        ".mts",
        ".m2ts",
        ".wmv",
        ".flv",
        ".ogv",
    ]
)
MEDIA_EXTENSIONS = PHOTO_EXTENSIONS | VIDEO_EXTENSIONS


class InputError(ValueError):
    """A named input cannot be used at all (shown as a usage error)."""


@dataclass(slots=True)
class CollectedInputs:
    files: list[Path] = field(default_factory=list)
    #: Files found inside folders that are not photos or videos, by extension.
    skipped: int = 0
    #: Folders that could not be listed (no permission, or gone while walking).
    unreadable_folders: int = 0


def is_media_name(path: Path) -> bool:
    return path.suffix.lower() in MEDIA_EXTENSIONS


def _is_folder(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:  # e.g. inside a folder that may not be opened: hashing says why
        return False


def collect_inputs(named: Iterable[Path], recursive: bool) -> CollectedInputs:
    """Files in the order named; folders (with ``recursive``) walked in sorted order.

    A file named directly is always included, whatever its extension (its
    content decides). Inside folders only media extensions are taken;
    symbolic links to folders are not followed, so a loop cannot trap the walk.
    A named path that cannot even be looked at (inside a folder the user may
    not open, a link that leads nowhere) is kept as a file: hashing it gives that
    file its own error, and the others go on.
    """
    out = CollectedInputs()
    seen: set[Path] = set()

    def add(p: Path) -> None:
        key = p.absolute()
        if key not in seen:
            seen.add(key)
            out.files.append(p)

    def unlisted(_error: OSError) -> None:
        out.unreadable_folders += 1

    for path in named:
        if _is_folder(path):
            if not recursive:
                raise InputError("is a folder: add --recursive to hash the photos and videos in it")
            for root, dirs, files in os.walk(path, onerror=unlisted, followlinks=False):
                dirs.sort()
                for name in sorted(files):
                    child = Path(root) / name
                    if is_media_name(child):
                        add(child)
                    else:
                        out.skipped += 1
        else:
            add(path)
    return out
