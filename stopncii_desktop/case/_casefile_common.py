"""What both forms of a case file share: the error, the version, the limits, and the checks.

The plain document (``casefile.py``) and the passphrase envelope
(``_casefile_envelope.py``) raise the same :class:`CaseFileError`, carry the same
version, authenticate canonical JSON, and check their fields alike. Import these
names from ``casefile.py``, the case file's public face.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

VERSION = 1
#: What a case file or hash set may hold, checked on import before it is parsed whole,
#: and on export before it is written (so no export is ever refused when read back).
MAX_FILE_BYTES = 256 * 1024 * 1024
#: Values and keys (see case/jsonsize.py): about 1.6 million video frames, 15 hours of
#: video hashed frame by frame; parsing that many takes under 1 GiB of memory.
MAX_JSON_VALUES = 16 * 1024 * 1024

Passphrase = str | Callable[[], str] | None


class CaseFileError(ValueError):
    """A case file cannot be used. ``code`` is one of: ``not-found``, ``too-large``,
    ``truncated``, ``not-json``, ``unknown-format``, ``unknown-version``, ``invalid``,
    ``tampered``, ``wrong-passphrase``, ``needs-passphrase``, ``weak-passphrase``,
    ``has-paths``."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def canonical_json(obj: object) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def check_version(doc: dict[str, Any], what: str) -> None:
    """Refuse a document (``what``: as the message names it) of another version."""
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise CaseFileError("invalid", f"the {what} has no valid version number")
    if version != VERSION:
        raise CaseFileError(
            "unknown-version",
            f"this {what} is version {version}; this app reads version {VERSION}. "
            "A newer version of the app may be needed",
        )


def check_keys(doc: dict[str, Any], allowed: set[str], what: str) -> None:
    """Refuse a document whose fields are not exactly ``allowed``."""
    extra = set(doc) - allowed
    if extra:
        raise CaseFileError("invalid", f"the {what} has unknown field(s) {sorted(extra)[:5]}")
    missing = allowed - set(doc)
    if missing:
        raise CaseFileError("invalid", f"the {what} is missing field(s) {sorted(missing)}")
