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
#: Limits on what a file may ask of this computer when it is opened.
MAX_SCRYPT_MEMORY = 1024 * 1024 * 1024
MIN_SCRYPT_N = 2**10
_CHECK_LABEL = b"stopncii-desktop passphrase check v1"


class DecryptError(ValueError):
    """Base for decryption failures."""


class WrongPassphrase(DecryptError):
    pass


class Tampered(DecryptError):
    pass


@dataclass(frozen=True, slots=True)
class KdfParams:
    n: int = SCRYPT_N
    r: int = SCRYPT_R
    p: int = SCRYPT_P

    def validate(self) -> None:
        ok = (
            MIN_SCRYPT_N <= self.n <= 2**22
            and self.n & (self.n - 1) == 0
            and 1 <= self.r <= 32
            and 1 <= self.p <= 16
            and 128 * self.n * self.r * self.p <= MAX_SCRYPT_MEMORY
        )
        if not ok:
            raise ValueError("the file asks for key-derivation settings this app does not accept")


def derive_keys(passphrase: str, salt: bytes, params: KdfParams) -> tuple[bytes, bytes]:
    """(AES key, passphrase-check key) from the passphrase; slow on purpose."""
    params.validate()
    key = hashlib.scrypt(
        passphrase.encode("utf-8"),
        salt=salt,
        n=params.n,
        r=params.r,
        p=params.p,
        maxmem=256 * params.n * params.r * params.p + 1024 * 1024,
        dklen=64,
    )
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
