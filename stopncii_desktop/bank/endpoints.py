"""Where a bank is, and the rules for saying so: endpoints, profiles, addresses, pins, names.

An :class:`Endpoint` is where a submission goes (kind, address, bank name, pin,
the signal types an HMA deployment takes, and how many PDQ fingerprints of one
picture the bank takes, if it limits them); it never holds a bearer token, so it
may be written into the outbox and receipts. A :class:`Profile` is an endpoint
as the person saved it in the settings: with a name and perhaps a bearer token.

The address rule: https, or plain http only to this computer, meaning a literal
loopback address (``127.0.0.1``, ``[::1]``) or the exact name ``localhost``,
which ``transport.py`` connects to without asking a resolver (DNS).
"""

from __future__ import annotations

import base64
import binascii
import ipaddress
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, replace
from urllib.parse import urlsplit

KINDS = ("hma", "caseapi")
HMA_SIGNALS = ("pdq", "video_md5", "video_sha256", "vpdq")
#: What a default HMA deployment enables.
HMA_DEFAULT_SIGNALS = ("pdq", "video_md5")
#: Where the name ``localhost`` goes: decided here, never asked of a resolver (DNS).
LOCALHOST_ADDRESSES = ("127.0.0.1", "::1")
MAX_URL_CHARS = 2048
MAX_BANK_CHARS = 128
#: The largest cap a profile may set on PDQ fingerprints per picture (far above any set).
MAX_PDQ_CAP = 1000
_BANK_NAME = re.compile(r"[A-Z_][A-Z0-9_]*")
_PROFILE_NAME = re.compile(r"[^\x00-\x1f\x7f]{1,64}")
_BEARER_TOKEN = re.compile(r"[\x21-\x7e]{1,4096}")
_HOST_NAME = re.compile(r"[a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?\.?")
_PATH = re.compile(r"(?:/[A-Za-z0-9._~!$&'()*+,;=:%/-]*)?")
_START_WITH_HTTPS = (
    "the bank's address must start with https:// (for example https://bank.example.org)"
)


class EndpointError(ValueError):
    """An endpoint or profile is not valid; the message says what to fix."""


def loopback_addresses(host: str) -> tuple[str, ...] | None:
    """The addresses of ``host`` when it is this computer, else None.

    This computer is a literal loopback address (``127.0.0.1``, ``[::1]``) or
    the exact name ``localhost``; nothing else (``localhost.``, ``127.1``,
    ``localhost.example``) is, since those would be looked up and could be
    answered from the network. The transport connects only to these addresses.
    """
    if host.lower() == "localhost":
        return LOCALHOST_ADDRESSES
    literal = host[1:-1] if host.startswith("[") and host.endswith("]") else host
    try:
        address = ipaddress.ip_address(literal)
    except ValueError:
        return None
    return (str(address),) if address.is_loopback else None


def is_loopback_host(host: str) -> bool:
    return loopback_addresses(host) is not None


def _valid_host(host: str) -> bool:
    if ":" in host:  # an IPv6 address, written in brackets
        try:
            ipaddress.IPv6Address(host)
        except ValueError:
            return False
        return True
    return bool(_HOST_NAME.fullmatch(host))


def validate_url(url: str) -> str:
    """An endpoint URL (without a trailing ``/``): https, or http only to this computer."""
    if not isinstance(url, str) or not url or len(url) > MAX_URL_CHARS:
        raise EndpointError("the bank's address (URL) is missing")
    if "@" in url:
        raise EndpointError("the bank's address must not contain a user name or password")
    if "?" in url or "#" in url:
        raise EndpointError("the bank's address must not contain ? or #")
    # Printable ASCII only: urlsplit would quietly drop tabs and line breaks.
    if not re.fullmatch(r"[\x21-\x7e]+", url):
        raise EndpointError(_START_WITH_HTTPS)
    try:
        parts = urlsplit(url)
    except ValueError:  # brackets around something that is not an IPv6 address
        raise EndpointError(_START_WITH_HTTPS) from None
    host = parts.hostname or ""
    if (
        parts.scheme not in ("http", "https")
        or not _valid_host(host)
        or parts.netloc.endswith(":")
        or not _PATH.fullmatch(parts.path)
    ):
        raise EndpointError(_START_WITH_HTTPS)
    try:
        port = parts.port
    except ValueError:
        port = 0
    if port == 0:
        raise EndpointError("the bank's address has an invalid port number")
    if parts.scheme == "http" and not is_loopback_host(host):
        raise EndpointError(
            "the bank's address must use https://; plain http:// is allowed only for "
            "this computer (127.0.0.1, [::1] or localhost)"
        )
    return url.rstrip("/")


def normalise_pin(pin: str) -> str:
    """A public-key pin as 64 lowercase hex digits.

    Accepts hex (colons allowed) or base64, optionally prefixed ``sha256/``
    or ``sha256//`` as in HPKP and curl's ``--pinnedpubkey``.
    """
    text = pin.strip()
    for prefix in ("sha256//", "sha256/"):
        if text.lower().startswith(prefix):
            text = text[len(prefix) :]
            break
    hex_text = text.replace(":", "").lower()
    if re.fullmatch(r"[0-9a-f]{64}", hex_text):
        return hex_text
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) == 32:
        return raw.hex()
    raise EndpointError(
        "a pin must be the SHA-256 of the server's public key: 64 hexadecimal digits or "
        "44 characters of base64"
    )


def validate_pdq_cap(cap: object) -> int | None:
    """How many PDQ fingerprints of one picture a bank takes: None (all), or 1 to
    ``MAX_PDQ_CAP``."""
    if cap is None:
        return None
    if not isinstance(cap, int) or isinstance(cap, bool) or not 1 <= cap <= MAX_PDQ_CAP:
        raise EndpointError(
            "the most fingerprints per picture must be a whole number from 1 to "
            f"{MAX_PDQ_CAP} (or left out: all of them)"
        )
    return cap


def validate_profile_name(name: object) -> str:
    """A profile's name: 1 to 64 characters, no control characters."""
    if not isinstance(name, str) or not _PROFILE_NAME.fullmatch(name):
        raise EndpointError("a profile needs a name (1 to 64 characters)")
    return name


def validate_bearer_token(token: object) -> str:
    """A bearer token: printable text without spaces."""
    if not isinstance(token, str) or not _BEARER_TOKEN.fullmatch(token):
        raise EndpointError("the bearer token must be printable text without spaces")
    return token


def validate_bank_name(bank: object) -> str:
    """An HMA bank name: capitals, digits and ``_``."""
    if not isinstance(bank, str) or not _BANK_NAME.fullmatch(bank) or len(bank) > MAX_BANK_CHARS:
        raise EndpointError(
            "an HMA bank name is needed, in capitals, digits and _ (for example NCII_CASES)"
        )
    return bank


@dataclass(frozen=True, slots=True)
class Endpoint:
    """Where a submission goes; never holds the bearer token (that stays in the settings)."""

    kind: str
    url: str
    bank: str | None = None
    pin: str | None = None
    #: The settings profile it came from, so a queued submission can find its bearer token.
    profile: str | None = None
    #: HMA only: signal types the deployment enables.
    signals: tuple[str, ...] = HMA_DEFAULT_SIGNALS
    #: The app's practice server, which is gone with the session that started it.
    practice: bool = False
    #: The most PDQ fingerprints of one picture the bank takes (None: all of them).
    max_pdq_per_picture: int | None = None

    def validated(self) -> Endpoint:
        """This endpoint with a normalised address and pin, or :class:`EndpointError`."""
        if self.kind not in KINDS:
            raise EndpointError("kind must be 'hma' or 'caseapi'")
        url = validate_url(self.url)
        pin = None if self.pin is None else normalise_pin(self.pin)
        if self.kind == "hma":
            validate_bank_name(self.bank)
        elif self.bank is not None and (
            not isinstance(self.bank, str) or len(self.bank) > MAX_BANK_CHARS
        ):
            raise EndpointError("bank must be text")
        signals = tuple(self.signals)
        if (
            not signals
            or any(s not in HMA_SIGNALS for s in signals)
            or len(set(signals)) != len(signals)
        ):
            raise EndpointError(f"signals must be some of {', '.join(HMA_SIGNALS)}")
        validate_pdq_cap(self.max_pdq_per_picture)
        return replace(self, url=url, pin=pin, signals=signals)

    def same_bank(self, other: Endpoint) -> bool:
        """Whether both name the same bank (whatever profile or pin they came with)."""
        return (self.kind, self.url, self.bank) == (other.kind, other.url, other.bank)

    def to_json(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "url": self.url,
            "bank": self.bank,
            "pin": self.pin,
            "profile": self.profile,
            "signals": list(self.signals),
            **({"practice": True} if self.practice else {}),
            **_cap_json(self.max_pdq_per_picture),
        }

    @classmethod
    def from_json(cls, obj: object) -> Endpoint:
        """An endpoint as the outbox and receipts write it (``ValueError`` if it is not one);
        files written before ``profile``, ``signals`` and ``max_pdq_per_picture`` existed
        still read."""
        if not isinstance(obj, Mapping):
            raise ValueError("an endpoint must be an object")
        kind, url = obj.get("kind"), obj.get("url")
        signals = obj.get("signals", list(HMA_DEFAULT_SIGNALS))
        if not isinstance(kind, str) or not isinstance(url, str):
            raise ValueError("an endpoint needs a kind and an address")
        if not isinstance(signals, list):
            raise ValueError("signals must be a list")
        return cls(
            kind=kind,
            url=url,
            bank=_optional_text(obj.get("bank")),
            pin=_optional_text(obj.get("pin")),
            profile=_optional_text(obj.get("profile")),
            signals=tuple(str(s) for s in signals),
            practice=obj.get("practice") is True,
            max_pdq_per_picture=validate_pdq_cap(obj.get("max_pdq_per_picture")),
        )

    def describe(self) -> str:
        bank = f" (bank {self.bank})" if self.bank else ""
        return f"{self.kind} at {self.url}{bank}"


def _optional_text(value: object) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise ValueError("expected text")


def _cap_json(cap: int | None) -> dict[str, object]:
    """The cap as files hold it: only when set, so files without one stay as they were."""
    return {} if cap is None else {"max_pdq_per_picture": cap}


@dataclass(frozen=True, slots=True)
class Profile:
    """One bank endpoint as saved in the settings: a name, and perhaps a bearer token."""

    name: str
    kind: str
    url: str
    bank: str | None = None
    bearer_token: str | None = None
    #: SHA-256 of the server's public key (SubjectPublicKeyInfo), 64 hex digits.
    pin: str | None = None
    #: HMA only: the signal types the deployment enables.
    signals: tuple[str, ...] = HMA_DEFAULT_SIGNALS
    #: The most PDQ fingerprints of one picture the bank takes (None: all of them).
    max_pdq_per_picture: int | None = None

    @property
    def endpoint(self) -> Endpoint:
        """Where this profile sends (as given: :meth:`validated` first to check it)."""
        return Endpoint(
            self.kind,
            self.url,
            self.bank,
            self.pin,
            self.name,
            tuple(self.signals),
            max_pdq_per_picture=self.max_pdq_per_picture,
        )

    def validated(self) -> Profile:
        """This profile with normalised fields, or :class:`EndpointError` naming the profile."""
        where = f"profile {self.name!r}" if isinstance(self.name, str) else "a profile"
        validate_profile_name(self.name)
        if self.bearer_token is not None:
            try:
                validate_bearer_token(self.bearer_token)
            except EndpointError as exc:
                raise EndpointError(f"{where}: {exc}") from None
        try:
            endpoint = self.endpoint.validated()
        except EndpointError as exc:
            raise EndpointError(f"{where}: {exc}") from None
        return replace(self, url=endpoint.url, pin=endpoint.pin, signals=endpoint.signals)

    def to_json(self) -> dict[str, object]:
        out = asdict(self)
        out["signals"] = list(self.signals)
        del out["max_pdq_per_picture"]
        return out | _cap_json(self.max_pdq_per_picture)

    @classmethod
    def from_json(cls, obj: object, number: int) -> Profile:
        """Profile ``number`` (from 1) of a settings document or profile file, validated."""
        if not isinstance(obj, dict):
            raise EndpointError(f"profile {number} must be an object")
        extra = set(obj) - set(cls.__dataclass_fields__)
        if extra:
            raise EndpointError(f"profile {number}: unknown field(s) {sorted(extra)}")
        for key in ("name", "kind", "url"):
            if not isinstance(obj.get(key), str):
                raise EndpointError(f"profile {number}: {key} is missing")
        signals = obj.get("signals", list(HMA_DEFAULT_SIGNALS))
        if not isinstance(signals, list):
            raise EndpointError(f"profile {number}: signals must be a list")
        try:
            cap = validate_pdq_cap(obj.get("max_pdq_per_picture"))
        except EndpointError as exc:
            raise EndpointError(f"profile {number}: {exc}") from None
        return cls(
            name=obj["name"],
            kind=obj["kind"],
            url=obj["url"],
            bank=obj.get("bank"),
            bearer_token=obj.get("bearer_token"),
            pin=obj.get("pin"),
            signals=tuple(signals),
            max_pdq_per_picture=cap,
        ).validated()

    def describe(self) -> str:
        """For showing: never the bearer token."""
        bank = f", bank {self.bank}" if self.bank else ""
        return f"{self.name}: {self.kind} at {self.url}{bank}"
