"""The encrypted case file: a plain case file's bytes sealed under a passphrase.

``{"format": "stopncii-case-encrypted", ...}``: scrypt derives the key from the
passphrase (``_crypto.py``), AES-256-GCM seals the plain file's bytes, and every
header field is authenticated. ``seal`` makes the envelope; ``unseal`` checks its
header whole (before the slow key derivation) and gives back the plain bytes,
which ``casefile.py`` then reads as a plain case file.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from stopncii_desktop.case import _crypto
from stopncii_desktop.case._casefile_common import (
    MAX_FILE_BYTES,
    VERSION,
    CaseFileError,
    Passphrase,
    canonical_json,
    check_keys,
    check_version,
)

ENCRYPTED_FORMAT = "stopncii-case-encrypted"
MIN_PASSPHRASE_CHARS = 8
_CIPHER = "AES-256-GCM"


def seal(plaintext: bytes, passphrase: str, params: _crypto.KdfParams | None) -> bytes:
    """The encrypted file's bytes around ``plaintext``; refuses a short passphrase."""
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        raise CaseFileError(
            "weak-passphrase",
            f"the passphrase must be at least {MIN_PASSPHRASE_CHARS} characters; "
            "a few unrelated words are easy to remember and hard to guess",
        )
    params = params or _crypto.KdfParams()
    salt, nonce = _crypto.new_salt(), _crypto.new_nonce()
    keys = _crypto.derive_keys(passphrase, salt, params)
    header: dict[str, Any] = {
        "format": ENCRYPTED_FORMAT,
        "version": VERSION,
        "kdf": {"name": "scrypt", "n": params.n, "r": params.r, "p": params.p, "salt": _b64(salt)},
        "cipher": {"name": _CIPHER, "nonce": _b64(nonce)},
        "check": _b64(_crypto.passphrase_check(keys[1])),
        "plaintext_size": len(plaintext),
    }
    ciphertext = _crypto.seal(keys[0], nonce, plaintext, canonical_json(header))
    doc = dict(header, ciphertext=_b64(ciphertext))
    return (json.dumps(doc, indent=2) + "\n").encode()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: object, what: str, size: int | None = None) -> bytes:
    if not isinstance(value, str) or len(value) > 2 * MAX_FILE_BYTES:
        raise CaseFileError("invalid", f"the encrypted file's {what} is not valid")
    try:
        out = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise CaseFileError("invalid", f"the encrypted file's {what} is not valid") from None
    if size is not None and len(out) != size:
        raise CaseFileError("invalid", f"the encrypted file's {what} is not valid")
    return out


def _int(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise CaseFileError("invalid", "the encrypted file's header is not valid")
    return value


def unseal(doc: dict[str, Any], passphrase: Passphrase) -> bytes:
    """The plain bytes of an encrypted case file's document, once its header is checked."""
    check_version(doc, "encrypted case file")
    check_keys(
        doc,
        {"format", "version", "kdf", "cipher", "check", "plaintext_size", "ciphertext"},
        "encrypted case file",
    )
    kdf, cipher = doc["kdf"], doc["cipher"]
    if not (
        isinstance(kdf, dict)
        and set(kdf) == {"name", "n", "r", "p", "salt"}
        and kdf["name"] == "scrypt"
        and isinstance(cipher, dict)
        and set(cipher) == {"name", "nonce"}
        and cipher["name"] == _CIPHER
    ):
        raise CaseFileError("invalid", "the encrypted file's header is not valid")
    params = _crypto.KdfParams(_int(kdf["n"]), _int(kdf["r"]), _int(kdf["p"]))
    try:
        params.validate()
    except _crypto.KdfRefused as exc:
        raise CaseFileError("invalid", str(exc)) from None
    salt = _unb64(kdf["salt"], "salt", 16)
    nonce = _unb64(cipher["nonce"], "nonce", 12)
    check = _unb64(doc["check"], "passphrase check", 16)
    size = _int(doc["plaintext_size"])
    if not 0 < size <= MAX_FILE_BYTES:
        raise CaseFileError("invalid", "the encrypted file's header is not valid")
    ciphertext = _unb64(doc["ciphertext"], "contents")
    if len(ciphertext) < size + 16:
        raise CaseFileError(
            "truncated", "the encrypted file is incomplete: it ends too early (cut short?)"
        )
    if len(ciphertext) > size + 16:
        raise CaseFileError("tampered", "the encrypted file was changed after it was written")
    if passphrase is None:
        raise CaseFileError(
            "needs-passphrase", "this case file is encrypted: a passphrase is needed"
        )
    secret = passphrase() if callable(passphrase) else passphrase
    header = {k: v for k, v in doc.items() if k != "ciphertext"}
    try:
        keys = _crypto.derive_keys(secret, salt, params)
        plaintext = _crypto.unseal(keys, check, nonce, ciphertext, canonical_json(header))
    except _crypto.KdfRefused as exc:
        raise CaseFileError("invalid", str(exc)) from None
    except _crypto.WrongPassphrase:
        raise CaseFileError(
            "wrong-passphrase", "the passphrase is wrong (or the file's header was changed)"
        ) from None
    except _crypto.Tampered:
        raise CaseFileError(
            "tampered", "the encrypted file was changed after it was written"
        ) from None
    return plaintext
