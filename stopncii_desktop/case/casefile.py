"""Case files: a hash set plus case metadata, for carrying hashes off an offline computer.

Two forms (``docs/cases-and-banks.md``):

* plain JSON anyone can read, ``{"format": "stopncii-case", "version": 1,
  "case": {...}, "hashset": {...}, "integrity": {"algorithm": "sha256",
  "digest": ...}}``; the digest covers the canonical JSON of everything but
  itself and catches truncation and accidental change;
* encrypted with a passphrase, ``{"format": "stopncii-case-encrypted", ...}``:
  the plain file's bytes sealed with AES-256-GCM under a scrypt key, every
  header field authenticated.

Import checks everything before anything is used and raises
:class:`CaseFileError` with a plain message and a ``code`` saying which
problem it was. A file may also be a bare hash set document.

This module is the case file's public face and the plain document; the
encrypted envelope is ``_casefile_envelope.py``, and what both share (the error,
the version, the limits, the header checks) ``_casefile_common.py``.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from stopncii_desktop.case import _casefile_envelope, _crypto
from stopncii_desktop.case._casefile_common import (
    MAX_FILE_BYTES,
    MAX_JSON_VALUES,
    VERSION,
    CaseFileError,
    Passphrase,
    canonical_json,
    check_keys,
    check_version,
)
from stopncii_desktop.case._casefile_envelope import ENCRYPTED_FORMAT, MIN_PASSPHRASE_CHARS
from stopncii_desktop.case.atomic import atomic_write_bytes
from stopncii_desktop.case.hashset import FORMAT as HASHSET_FORMAT
from stopncii_desktop.case.hashset import HashSet, HashSetError
from stopncii_desktop.case.jsonsize import values_bound
from stopncii_desktop.case.token import CaseToken, TokenError, parse_token

__all__ = [
    "ENCRYPTED_FORMAT",
    "FORMAT",
    "MAX_FILE_BYTES",
    "MAX_JSON_VALUES",
    "MIN_PASSPHRASE_CHARS",
    "VERSION",
    "CaseFile",
    "CaseFileError",
    "Passphrase",
    "canonical_json",
    "case_file_bytes",
    "check_size",
    "dumps_encrypted",
    "dumps_plain",
    "export_case",
    "is_encrypted",
    "loads_case",
    "read_case_file",
]

FORMAT = "stopncii-case"


@dataclass(slots=True)
class CaseFile:
    """What a file holds once verified."""

    hashset: HashSet
    token: CaseToken | None = None
    #: UTC day the case file was made (``YYYY-MM-DD``), if it is a case file.
    created: str | None = None
    #: ``hashset``, ``case`` or ``case-encrypted``.
    kind: str = "case"


def _today() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%d")


def _sha256_hex(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def dumps_plain(
    hashset: HashSet, token: CaseToken | None = None, created: str | None = None
) -> bytes:
    """The plain case file's bytes. Refuses a hash set carrying paths."""
    _require_no_paths(hashset)
    case: dict[str, object] = {"created": created or _today()}
    if token is not None:
        case["token"] = token.value
        if token.issued_elsewhere:
            case["token_issued_elsewhere"] = True
    body: dict[str, object] = {
        "format": FORMAT,
        "version": VERSION,
        "case": case,
        "hashset": hashset.to_json(),
    }
    body["integrity"] = {"algorithm": "sha256", "digest": _sha256_hex(canonical_json(body))}
    return (json.dumps(body, indent=2, ensure_ascii=False) + "\n").encode()


def dumps_encrypted(
    hashset: HashSet,
    passphrase: str,
    token: CaseToken | None = None,
    params: _crypto.KdfParams | None = None,
    created: str | None = None,
) -> bytes:
    """The encrypted case file's bytes (slow: the key derivation is memory-hard on purpose)."""
    return _casefile_envelope.seal(dumps_plain(hashset, token, created), passphrase, params)


def check_size(data: bytes) -> None:
    """Raise ``too-large`` if ``data`` holds more than a case file may (before parsing it)."""
    if len(data) > MAX_FILE_BYTES or values_bound(data) > MAX_JSON_VALUES:
        raise CaseFileError("too-large", "the file is too large to be a case file")


def _check_export_size(data: bytes, encrypted: bool = False) -> None:
    # Encryption writes the plain file's bytes in base64: a third larger.
    size = 4 * ((len(data) + 18) // 3) + 1024 if encrypted else len(data)
    if size > MAX_FILE_BYTES or values_bound(data) > MAX_JSON_VALUES:
        raise CaseFileError(
            "too-large",
            f"there are too many fingerprints for one case file (it would be "
            f"{-(-size // 2**20)} MiB; a case file may be at most {MAX_FILE_BYTES // 2**20} MiB), "
            "so nothing was written. Make several smaller case files: hash the pictures and "
            "videos in groups and export each group",
        )


def case_file_bytes(
    hashset: HashSet,
    *,
    token: CaseToken | None = None,
    passphrase: str | None = None,
    params: _crypto.KdfParams | None = None,
) -> bytes:
    """A case file's bytes, encrypted when a passphrase is given; refuses (``too-large``)
    one that import would refuse, before the slow key derivation."""
    plaintext = dumps_plain(hashset, token)
    _check_export_size(plaintext, encrypted=passphrase is not None)
    if passphrase is None:
        return plaintext
    data = _casefile_envelope.seal(plaintext, passphrase, params)
    _check_export_size(data)
    return data


def export_case(
    path: Path,
    hashset: HashSet,
    *,
    token: CaseToken | None = None,
    passphrase: str | None = None,
    params: _crypto.KdfParams | None = None,
) -> None:
    """Write a case file atomically, owner-only; encrypted when a passphrase is given."""
    data = case_file_bytes(hashset, token=token, passphrase=passphrase, params=params)
    atomic_write_bytes(Path(path), data)


def is_encrypted(data: bytes) -> bool:
    try:
        doc = json.loads(data)
    except (ValueError, RecursionError):
        return False
    return isinstance(doc, dict) and doc.get("format") == ENCRYPTED_FORMAT


def read_case_file(path: Path, passphrase: Passphrase = None) -> CaseFile:
    """Read and verify a hash set, plain case file or encrypted case file."""
    path = Path(path)
    try:
        size = os.stat(path).st_size
        if size > MAX_FILE_BYTES:
            raise CaseFileError("too-large", "the file is too large to be a case file")
        with open(path, "rb") as f:
            data = f.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise CaseFileError("not-found", "the file does not exist") from None
    except IsADirectoryError:
        raise CaseFileError("not-found", "this is a folder, not a file") from None
    except OSError as exc:
        raise CaseFileError("not-found", f"the file cannot be read ({exc.strerror})") from None
    return loads_case(data, passphrase)


def loads_case(data: bytes, passphrase: Passphrase = None) -> CaseFile:
    """Verify ``data`` completely and return what it holds; raise :class:`CaseFileError`."""
    check_size(data)
    doc = _parse_json(data)
    if not isinstance(doc, dict):
        raise CaseFileError("unknown-format", "this is not a case file or hash set")
    fmt = doc.get("format")
    if fmt == HASHSET_FORMAT:
        return CaseFile(_hashset(doc), None, None, "hashset")
    if fmt == FORMAT:
        return _parse_plain(doc)
    if fmt == ENCRYPTED_FORMAT:
        return _parse_encrypted(doc, passphrase)
    raise CaseFileError("unknown-format", "this is not a case file or hash set")


def _parse_json(data: bytes) -> object:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise CaseFileError("not-json", "this is not a case file (it is not text)") from None
    if not text.strip():
        raise CaseFileError("truncated", "the file is empty")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        # A string cut short is reported where it starts; it then runs to the end.
        if exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string"):
            raise CaseFileError(
                "truncated", "the file is incomplete: it ends too early (cut short while copying?)"
            ) from None
        raise CaseFileError(
            "not-json", f"this is not a case file (not valid JSON: {exc.msg})"
        ) from None
    except (ValueError, RecursionError):
        raise CaseFileError("not-json", "this is not a case file (not valid JSON)") from None


def _hashset(doc: object) -> HashSet:
    try:
        hashset = HashSet.from_json(doc)
    except HashSetError as exc:
        raise CaseFileError("invalid", f"the hash set is not valid: {exc}") from None
    except RecursionError:
        raise CaseFileError("invalid", "the hash set is not valid (nested too deeply)") from None
    return hashset


def _require_no_paths(hashset: HashSet) -> None:
    try:
        hashset.require_no_paths()
    except HashSetError as exc:
        raise CaseFileError("has-paths", str(exc)) from None


def _parse_plain(doc: dict[str, Any]) -> CaseFile:
    check_version(doc, "case file")
    check_keys(doc, {"format", "version", "case", "hashset", "integrity"}, "case file")
    integrity = doc["integrity"]
    if not (
        isinstance(integrity, dict)
        and set(integrity) == {"algorithm", "digest"}
        and integrity["algorithm"] == "sha256"
        and isinstance(integrity["digest"], str)
    ):
        raise CaseFileError("invalid", "the case file's integrity record is not valid")
    body = {k: v for k, v in doc.items() if k != "integrity"}
    if _sha256_hex(canonical_json(body)) != integrity["digest"]:
        raise CaseFileError(
            "tampered",
            "the case file was changed after it was exported (its integrity check failed)",
        )
    case = doc["case"]
    if not isinstance(case, dict) or set(case) - {"created", "token", "token_issued_elsewhere"}:
        raise CaseFileError("invalid", "the case record is not valid")
    created = case.get("created")
    if not (isinstance(created, str) and len(created) == 10 and _is_date(created)):
        raise CaseFileError("invalid", "the case record has no valid date")
    token = None
    if "token" in case:
        elsewhere = case.get("token_issued_elsewhere", False)
        if not isinstance(case["token"], str) or not isinstance(elsewhere, bool):
            raise CaseFileError("invalid", "the case token is not valid")
        try:
            token = parse_token(case["token"], issued_elsewhere=elsewhere)
        except TokenError as exc:
            raise CaseFileError("invalid", f"the case token is not valid: {exc}") from None
    hashset = _hashset(doc["hashset"])
    _require_no_paths(hashset)
    return CaseFile(hashset, token, created, "case")


def _is_date(text: str) -> bool:
    try:
        datetime.strptime(text, "%Y-%m-%d")
    except ValueError:
        return False
    return True


def _parse_encrypted(doc: dict[str, Any], passphrase: Passphrase) -> CaseFile:
    """The envelope opened, then the plain case file inside it read (never a bare hash set)."""
    inner = loads_case(_casefile_envelope.unseal(doc, passphrase))
    if inner.kind != "case":
        raise CaseFileError("invalid", "the encrypted file does not hold a case file")
    inner.kind = "case-encrypted"
    return inner
