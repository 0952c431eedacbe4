"""Hashing one file of any kind: decides between photo and video."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from stopncii_desktop.hashing.errors import MediaError
from stopncii_desktop.hashing.files import check_readable_file, looks_like_video, read_head
from stopncii_desktop.hashing.options import HashOptions
from stopncii_desktop.hashing.photo import hash_photo
from stopncii_desktop.hashing.results import MediaResult

#: Reports the fraction (0..1) of the current file that is done.
FileProgress = Callable[[float], None]


def hash_file(
    path: Path,
    options: HashOptions,
    index: int = 0,
    cancelled: Callable[[], bool] | None = None,
    progress: FileProgress | None = None,
) -> MediaResult:
    """Hash one file; errors come back in the result."""
    try:
        check_readable_file(path)
        head = read_head(path, 256)
    except MediaError as exc:
        return MediaResult(index=index, path=path, error=exc)
    if looks_like_video(head):
        from stopncii_desktop.hashing.video import hash_video

        return hash_video(path, options, index, cancelled, progress)
    return hash_photo(path, options, index, cancelled)
