"""MD5 and SHA-256 of a file's bytes, read in fixed-size chunks (bounded memory)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from stopncii_desktop.hashing.errors import ErrorCode, MediaError

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
    except PermissionError:
        raise MediaError(ErrorCode.UNREADABLE) from None
    except FileNotFoundError:
        raise MediaError(ErrorCode.NOT_FOUND) from None
    except IsADirectoryError:
        raise MediaError(ErrorCode.NOT_A_FILE) from None
    except OSError as exc:
        raise MediaError(ErrorCode.UNREADABLE, type(exc).__name__) from None
    return md5.hexdigest(), sha.hexdigest()
