"""Case tokens: the one secret that lets its holder check and withdraw a case.

A token made here is 135 random bits from :mod:`secrets`, written as 27
symbols of Crockford's base32 (no I, L, O or U, so nothing looks alike) and
one check symbol, in seven groups of four: ``7K3M-QX2A-...``. The check
symbol is a weighted sum over GF(32), which catches every single mistyped
symbol and every swap of two neighbouring symbols.

A person may instead type a token an NGO or the bank gave them; such a token
is kept as given (after trimming) once it passes basic checks.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
DATA_SYMBOLS = 27
GROUP = 4
TOKEN_BITS = DATA_SYMBOLS * 5
#: What to tell a person wherever a token is shown.
TOKEN_NOTICE = (
    "Keep this case token safe. Whoever holds it can check and withdraw this case. "  # noqa: S105
    "It cannot be recovered if it is lost."
)
_EXTERNAL = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{5,127}")
# Readers mistake these for the symbols they resemble.
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})
_SEPARATORS = re.compile(r"[\s\-_.]+")


class TokenError(ValueError):
    """The text is not a usable case token; the message says why, plainly."""


@dataclass(frozen=True, slots=True)
class CaseToken:
    """A case token. ``value`` is the canonical form that is stored and sent."""

    value: str
    #: True for a token typed in from an NGO or bank (not made by this app).
    issued_elsewhere: bool = False

    def __str__(self) -> str:
        return self.value


def _gf32_mul(a: int, b: int) -> int:
    # GF(2^5) with the primitive polynomial x^5 + x^2 + 1.
    out = 0
    while b:
        if b & 1:
            out ^= a
        b >>= 1
        a <<= 1
        if a & 0x20:
            a ^= 0x25
    return out


_ALPHA = 2  # a generator of GF(32)*; its powers are distinct for 31 positions


def check_symbol(symbols: str) -> str:
    """The check symbol for data symbols (canonical alphabet, no separators)."""
    total = 0
    weight = _ALPHA
    for ch in symbols:
        total ^= _gf32_mul(weight, ALPHABET.index(ch))
        weight = _gf32_mul(weight, _ALPHA)
    return ALPHABET[total]


def format_token(symbols: str) -> str:
    """Group canonical symbols (data and check) in fours with hyphens."""
    return "-".join(symbols[i : i + GROUP] for i in range(0, len(symbols), GROUP))


def new_token() -> CaseToken:
    """A fresh random token (135 bits from :mod:`secrets`)."""
    number = secrets.randbits(TOKEN_BITS)
    data = "".join(ALPHABET[(number >> (5 * i)) & 31] for i in range(DATA_SYMBOLS))
    return CaseToken(format_token(data + check_symbol(data)))


def _normalise(text: str) -> str:
    return _SEPARATORS.sub("", text.strip()).upper().translate(_LOOKALIKES)


def parse_token(text: str, *, issued_elsewhere: bool = False) -> CaseToken:
    """Read a token as a person typed it.

    Spaces, hyphens and lower case are accepted, and O, I and L are read as
    0, 1 and 1. A token of this app's shape must pass its check symbol. With
    ``issued_elsewhere`` (or when the text cannot be one of ours), the text
    is taken as a token from an NGO or bank: 6 to 128 letters, digits and
    ``. _ : -``, kept exactly as typed apart from surrounding spaces.
    """
    if not isinstance(text, str):
        raise TokenError("a case token must be text")
    if len(text) > 512:
        raise TokenError("this is too long to be a case token")
    raw = text.strip()
    if not raw:
        raise TokenError("no case token was given")
    symbols = _normalise(raw)
    ours = len(symbols) == DATA_SYMBOLS + 1 and all(c in ALPHABET for c in symbols)
    if not issued_elsewhere and ours:
        data, check = symbols[:-1], symbols[-1]
        if check_symbol(data) != check:
            raise TokenError(
                "this case token has a typing mistake: please check each group of four "
                "characters against the one you wrote down"
            )
        return CaseToken(format_token(symbols))
    near_ours = len(symbols) in range(DATA_SYMBOLS - 2, DATA_SYMBOLS + 4)
    if not issued_elsewhere and near_ours and all(c in ALPHABET for c in symbols):
        raise TokenError(
            f"this case token has {len(symbols)} characters; a token from this app "
            f"has {DATA_SYMBOLS + 1} (seven groups of four). A character may be missing "
            "or doubled"
        )
    if not _EXTERNAL.fullmatch(raw):
        raise TokenError(
            "this does not look like a case token: a token is 6 to 128 letters and digits "
            "(hyphens, dots, colons and underscores allowed)"
        )
    return CaseToken(raw, issued_elsewhere=True)


def is_app_token(text: str) -> bool:
    """True when ``text`` is a valid token of this app's shape."""
    try:
        return not parse_token(text).issued_elsewhere
    except TokenError:
        return False
