"""Passphrase encryption for case files: scrypt, then AES-256-GCM with the header authenticated.

scrypt derives 64 bytes: the first 32 are the AES key, the last 32 key an
HMAC over a fixed label that is stored in the header, so a wrong passphrase
is told apart from a file changed after it was written.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

#: Strong defaults: 2**17 x 8 x 128 bytes = 128 MiB of memory per attempt.
SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
#: Limits on what a file may ask of this computer when it is opened: memory, and
#: work (N x r x p: four times the default, a few seconds).
MAX_SCRYPT_MEMORY = 1024 * 1024 * 1024
MAX_SCRYPT_WORK = 4 * SCRYPT_N * SCRYPT_R * SCRYPT_P
MIN_SCRYPT_N = 2**10
MAX_SCRYPT_N = 2**22
_CHECK_LABEL = b"stopncii-desktop passphrase check v1"


class DecryptError(ValueError):
    """Base for decryption failures."""


class WrongPassphrase(DecryptError):
    pass


class Tampered(DecryptError):
    pass


class KdfRefused(DecryptError):
    """The key-derivation settings are ones this app does not run (hostile or damaged)."""


KDF_REFUSED = "the file asks for key-derivation settings this app does not accept"


@dataclass(frozen=True, slots=True)
class KdfParams:
    n: int = SCRYPT_N
    r: int = SCRYPT_R
    p: int = SCRYPT_P

    @property
    def memory(self) -> int:
        """Bytes scrypt needs (OpenSSL's count: V is 128 r (N + 2), B is 128 r p)."""
        return 128 * self.r * (self.n + 2) + 128 * self.r * self.p

    def validate(self) -> None:
        """Raise :class:`KdfRefused` unless these settings are safe to run here."""
        ok = (
            all(type(v) is int for v in (self.n, self.r, self.p))
            and MIN_SCRYPT_N <= self.n <= MAX_SCRYPT_N
            and self.n & (self.n - 1) == 0
            and 1 <= self.r <= 32
            and 1 <= self.p <= 16
            # scrypt's own rule: N below 2^(16 r)
            and self.n.bit_length() - 1 < 16 * self.r
            and self.memory <= MAX_SCRYPT_MEMORY
            and self.n * self.r * self.p <= MAX_SCRYPT_WORK
        )
        if not ok:
            raise KdfRefused(KDF_REFUSED)


def derive_keys(passphrase: str, salt: bytes, params: KdfParams) -> tuple[bytes, bytes]:
    """(AES key, passphrase-check key) from the passphrase; slow on purpose.

    Raises :class:`KdfRefused` for settings outside the limits, or that the
    cryptography library itself refuses; never anything else for bad settings."""
    params.validate()
    try:
        key = hashlib.scrypt(
            passphrase.encode("utf-8"),
            salt=salt,
            n=params.n,
            r=params.r,
            p=params.p,
            maxmem=params.memory + 1024 * 1024,
            dklen=64,
        )
    except (ValueError, OverflowError, MemoryError):
        raise KdfRefused(KDF_REFUSED) from None
    return key[:32], key[32:]


def new_salt() -> bytes:
    return os.urandom(16)


def new_nonce() -> bytes:
    return os.urandom(12)


def passphrase_check(check_key: bytes) -> bytes:
    return hmac.new(check_key, _CHECK_LABEL, hashlib.sha256).digest()[:16]


def seal(key: bytes, nonce: bytes, plaintext: bytes, header: bytes) -> bytes:
    """Ciphertext with its tag; ``header`` is authenticated, not encrypted."""
    return AESGCM(key).encrypt(nonce, plaintext, header)


def unseal(
    keys: tuple[bytes, bytes], check: bytes, nonce: bytes, ciphertext: bytes, header: bytes
) -> bytes:
    key, check_key = keys
    if not hmac.compare_digest(passphrase_check(check_key), check):
        raise WrongPassphrase("wrong passphrase")
    try:
        return AESGCM(key).decrypt(nonce, ciphertext, header)
    except InvalidTag:
        raise Tampered("the encrypted file was changed after it was written") from None
