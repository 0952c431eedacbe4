"""MD5 and SHA-256 of a file's bytes, read in fixed-size chunks (bounded memory)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from stopncii_desktop.hashing.errors import ErrorCode, MediaError
from stopncii_desktop.hashing.files import path_error

CHUNK = 1 << 20


def file_digests(path: Path, cancelled: Callable[[], bool] | None = None) -> tuple[str, str]:
    """(md5 hex, sha256 hex) of the file, streamed."""
    md5 = hashlib.md5(usedforsecurity=False)
    sha = hashlib.sha256()
    try:
        with path.open("rb") as f:
            while chunk := f.read(CHUNK):
                md5.update(chunk)
                sha.update(chunk)
                if cancelled is not None and cancelled():
                    raise MediaError(ErrorCode.CANCELLED)
    except OSError as exc:
        raise path_error(path, exc) from None
    return md5.hexdigest(), sha.hexdigest()
