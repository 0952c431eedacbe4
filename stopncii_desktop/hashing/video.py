"""Hashing one video (vPDQ). Not yet implemented: videos fail with a clear error."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from stopncii_desktop.hashing.errors import ErrorCode, MediaError
from stopncii_desktop.hashing.options import HashOptions
from stopncii_desktop.hashing.results import MediaResult


def hash_video(
    path: Path,
    options: HashOptions,
    index: int = 0,
    cancelled: Callable[[], bool] | None = None,
    progress: Callable[[float], None] | None = None,
) -> MediaResult:
    return MediaResult(index=index, path=path, error=MediaError(ErrorCode.UNSUPPORTED_FORMAT))
