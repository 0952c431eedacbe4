"""The settings file: bank endpoint profiles and the app's preferences.

It lives in the platformdirs config folder (``STOPNCII_CONFIG_DIR`` overrides
it, for tests and portable installs), is validated completely on load with a
plain message for each mistake, and is written atomically, owner-only (it may
hold bearer tokens)::

    {"version": 1,
     "default_profile": "ngo",
     "profiles": [{"name": "ngo", "kind": "hma", "url": "https://hma.example.org",
                   "bank": "NCII_CASES", "bearer_token": null, "pin": null,
                   "signals": ["pdq", "video_md5"]}],
     "preferences": {"language": null, "caseworker_mode": false, ...}}
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import re
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

import platformdirs

from stopncii_desktop.case.atomic import atomic_write_text

APP_NAME = "stopncii-desktop"
SETTINGS_FILE = "settings.json"
VERSION = 1
KINDS = ("hma", "caseapi")
HMA_SIGNALS = ("pdq", "video_md5", "video_sha256", "vpdq")
#: What a default HMA deployment enables.
HMA_DEFAULT_SIGNALS = ("pdq", "video_md5")
BANK_NAME = re.compile(r"[A-Z_][A-Z0-9_]*")
_PROFILE_NAME = re.compile(r"[^\x00-\x1f\x7f]{1,64}")
_MAX_SETTINGS_BYTES = 1024 * 1024
# The URL module is off limits outside bank/ (tests/unit/test_layers.py), so a strict pattern.
_URL = re.compile(
    r"(?P<scheme>[Hh][Tt][Tt][Pp][Ss]?)://"
    r"(?P<host>\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?\.?)"
    r"(?::(?P<port>[0-9]{1,5}))?"
    r"(?P<path>/[A-Za-z0-9._~!$&'()*+,;=:%/-]*)?"
)


class SettingsError(ValueError):
    """The settings (or a profile) are not valid; the message says what to fix."""


def config_dir() -> Path:
    override = os.environ.get("STOPNCII_CONFIG_DIR")
    return Path(override) if override else platformdirs.user_config_path(APP_NAME, appauthor=False)


def data_dir() -> Path:
    """Where receipts and the outbox live (``STOPNCII_DATA_DIR`` overrides it)."""
    override = os.environ.get("STOPNCII_DATA_DIR")
    return Path(override) if override else platformdirs.user_data_path(APP_NAME, appauthor=False)


def settings_path() -> Path:
    return config_dir() / SETTINGS_FILE


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
    raise SettingsError(
        "a pin must be the SHA-256 of the server's public key: 64 hexadecimal digits or "
        "44 characters of base64"
    )


#: Where the name ``localhost`` goes: decided here, never asked of a resolver (DNS).
LOCALHOST_ADDRESSES = ("127.0.0.1", "::1")


def loopback_addresses(host: str) -> tuple[str, ...] | None:
    """The addresses of ``host`` when it is this computer, else None.

    This computer is a literal loopback address (``127.0.0.1``, ``[::1]``) or
    the exact name ``localhost``; nothing else (``localhost.``, ``127.1``,
    ``localhost.example``) is, since those would be looked up and could be
    answered from the network. The transport connects only to these addresses.
    """
    import ipaddress

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


def validate_url(url: str) -> str:
    """An endpoint URL: https, or http only to this computer (loopback)."""
    if not isinstance(url, str) or not url or len(url) > 2048:
        raise SettingsError("the bank's address (URL) is missing")
    match = _URL.fullmatch(url)
    if not match:
        if "@" in url:
            raise SettingsError("the bank's address must not contain a user name or password")
        if "?" in url or "#" in url:
            raise SettingsError("the bank's address must not contain ? or #")
        raise SettingsError(
            "the bank's address must start with https:// (for example https://bank.example.org)"
        )
    scheme, host = match.group("scheme").lower(), match.group("host")
    port = match.group("port")
    if port is not None and not 0 < int(port) < 65536:
        raise SettingsError("the bank's address has an invalid port number")
    if scheme == "http" and not is_loopback_host(host):
        raise SettingsError(
            "the bank's address must use https://; plain http:// is allowed only for "
            "this computer (127.0.0.1, [::1] or localhost)"
        )
    return url.rstrip("/")


@dataclass(frozen=True, slots=True)
class Profile:
    """One bank endpoint."""

    name: str
    kind: str
    url: str
    bank: str | None = None
    bearer_token: str | None = None
    #: SHA-256 of the server's public key (SubjectPublicKeyInfo), 64 hex digits.
    pin: str | None = None
    #: HMA only: the signal types the deployment enables.
    signals: tuple[str, ...] = HMA_DEFAULT_SIGNALS

    def validated(self) -> Profile:
        """This profile with normalised fields, or :class:`SettingsError`."""
        where = f"profile {self.name!r}" if isinstance(self.name, str) else "a profile"
        if not isinstance(self.name, str) or not _PROFILE_NAME.fullmatch(self.name):
            raise SettingsError("a profile needs a name (1 to 64 characters)")
        if self.kind not in KINDS:
            raise SettingsError(f"{where}: kind must be 'hma' or 'caseapi'")
        try:
            url = validate_url(self.url)
            pin = None if self.pin is None else normalise_pin(self.pin)
        except SettingsError as exc:
            raise SettingsError(f"{where}: {exc}") from None
        bank = self.bank
        if self.kind == "hma":
            if not isinstance(bank, str) or not BANK_NAME.fullmatch(bank) or len(bank) > 128:
                raise SettingsError(
                    f"{where}: an HMA bank name is needed, in capitals, digits and _ "
                    "(for example NCII_CASES)"
                )
        elif bank is not None and (not isinstance(bank, str) or len(bank) > 128):
            raise SettingsError(f"{where}: bank must be text")
        token = self.bearer_token
        if token is not None and (
            not isinstance(token, str) or not re.fullmatch(r"[\x21-\x7e]{1,4096}", token)
        ):
            raise SettingsError(f"{where}: the bearer token must be printable text without spaces")
        signals = tuple(self.signals)
        if (
            not signals
            or any(s not in HMA_SIGNALS for s in signals)
            or len(set(signals)) != len(signals)
        ):
            raise SettingsError(f"{where}: signals must be some of {', '.join(HMA_SIGNALS)}")
        return replace(self, url=url, pin=pin, signals=signals)

    def to_json(self) -> dict[str, object]:
        out = asdict(self)
        out["signals"] = list(self.signals)
        return out

    def describe(self) -> str:
        """For showing: never the bearer token."""
        bank = f", bank {self.bank}" if self.bank else ""
        return f"{self.name}: {self.kind} at {self.url}{bank}"


@dataclass(slots=True)
class Preferences:
    """The desktop app's choices; the GUI reads and writes these."""

    #: UI language code (``km``, ``ar``...); None follows the system.
    language: str | None = None
    #: For NGO caseworkers: no previews, clear the case after each client.
    caseworker_mode: bool = False
    #: Extra signals to compute (``phash``, ``dhash``).
    extra_signals: tuple[str, ...] = ()
    #: Also hash the 7 rotations and mirror images of photos.
    dihedral: bool = False
    #: Save a receipt of each submission in the data folder.
    save_receipts: bool = True
    #: Larger text for easier reading.
    large_text: bool = False

    def to_json(self) -> dict[str, object]:
        out = asdict(self)
        out["extra_signals"] = list(self.extra_signals)
        return out


@dataclass(slots=True)
class Settings:
    profiles: list[Profile] = field(default_factory=list)
    default_profile: str | None = None
    preferences: Preferences = field(default_factory=Preferences)

    def profile(self, name: str | None = None) -> Profile:
        """The named profile, or the default one; :class:`SettingsError` if there is none."""
        wanted = name or self.default_profile
        if wanted is None:
            if len(self.profiles) == 1:
                return self.profiles[0]
            raise SettingsError(
                "no bank is chosen: name a profile with --profile, or give --kind and --url"
            )
        for p in self.profiles:
            if p.name == wanted:
                return p
        raise SettingsError(f"there is no profile named {wanted!r}")

    def with_profile(self, profile: Profile) -> Settings:
        """A copy with ``profile`` added, or replacing the one of the same name."""
        profile = profile.validated()
        others = [p for p in self.profiles if p.name != profile.name]
        return Settings([*others, profile], self.default_profile, self.preferences)

    def without_profile(self, name: str) -> Settings:
        default = None if self.default_profile == name else self.default_profile
        return Settings([p for p in self.profiles if p.name != name], default, self.preferences)

    def to_json(self) -> dict[str, object]:
        return {
            "version": VERSION,
            "default_profile": self.default_profile,
            "profiles": [p.to_json() for p in self.profiles],
            "preferences": self.preferences.to_json(),
        }


def _bool(obj: dict[str, Any], key: str, default: bool) -> bool:
    value = obj.get(key, default)
    if not isinstance(value, bool):
        raise SettingsError(f"preferences: {key} must be true or false")
    return value


def _parse_preferences(obj: object) -> Preferences:
    if obj is None:
        return Preferences()
    if not isinstance(obj, dict):
        raise SettingsError("preferences must be an object")
    known = set(Preferences.__dataclass_fields__)
    extra = set(obj) - known
    if extra:
        raise SettingsError(f"preferences: unknown setting(s) {sorted(extra)}")
    language = obj.get("language")
    if language is not None and (
        not isinstance(language, str)
        or not re.fullmatch(r"[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*", language)
    ):
        raise SettingsError("preferences: language must be a language code such as 'km' or 'ar'")
    extra_signals = obj.get("extra_signals", [])
    if not isinstance(extra_signals, list) or any(
        s not in ("phash", "dhash") for s in extra_signals
    ):
        raise SettingsError("preferences: extra_signals may hold only 'phash' and 'dhash'")
    return Preferences(
        language=language,
        caseworker_mode=_bool(obj, "caseworker_mode", False),
        extra_signals=tuple(extra_signals),
        dihedral=_bool(obj, "dihedral", False),
        save_receipts=_bool(obj, "save_receipts", True),
        large_text=_bool(obj, "large_text", False),
    )


def _parse_profile(obj: object, n: int) -> Profile:
    if not isinstance(obj, dict):
        raise SettingsError(f"profile {n + 1} must be an object")
    allowed = set(Profile.__dataclass_fields__)
    extra = set(obj) - allowed
    if extra:
        raise SettingsError(f"profile {n + 1}: unknown field(s) {sorted(extra)}")
    for key in ("name", "kind", "url"):
        if not isinstance(obj.get(key), str):
            raise SettingsError(f"profile {n + 1}: {key} is missing")
    signals = obj.get("signals", list(HMA_DEFAULT_SIGNALS))
    if not isinstance(signals, list):
        raise SettingsError(f"profile {n + 1}: signals must be a list")
    return Profile(
        name=obj["name"],
        kind=obj["kind"],
        url=obj["url"],
        bank=obj.get("bank"),
        bearer_token=obj.get("bearer_token"),
        pin=obj.get("pin"),
        signals=tuple(signals),
    ).validated()


def parse_settings(text: str) -> Settings:
    """Validate a settings document completely."""
    try:
        doc = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise SettingsError(f"the settings file is not valid JSON ({exc})") from None
    if not isinstance(doc, dict):
        raise SettingsError("the settings file must hold a JSON object")
    extra = set(doc) - {"version", "default_profile", "profiles", "preferences"}
    if extra:
        raise SettingsError(f"unknown setting(s) {sorted(extra)}")
    if doc.get("version", VERSION) != VERSION:
        raise SettingsError(
            f"the settings file is version {doc.get('version')!r}; this app reads version {VERSION}"
        )
    profiles_in = doc.get("profiles", [])
    if not isinstance(profiles_in, list):
        raise SettingsError("profiles must be a list")
    profiles = [_parse_profile(p, n) for n, p in enumerate(profiles_in)]
    names = [p.name for p in profiles]
    if len(set(names)) != len(names):
        raise SettingsError("two profiles have the same name")
    default = doc.get("default_profile")
    if default is not None and default not in names:
        raise SettingsError(f"default_profile {default!r} is not one of the profiles")
    return Settings(profiles, default, _parse_preferences(doc.get("preferences")))


def load_settings(path: Path | None = None) -> Settings:
    """The settings, or defaults when there is no file yet; :class:`SettingsError` if invalid."""
    path = path or settings_path()
    try:
        with open(path, "rb") as f:
            data = f.read(_MAX_SETTINGS_BYTES + 1)
    except FileNotFoundError:
        return Settings()
    except OSError as exc:
        raise SettingsError(f"the settings file cannot be read ({exc.strerror})") from None
    if len(data) > _MAX_SETTINGS_BYTES:
        raise SettingsError("the settings file is too large")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise SettingsError("the settings file is not UTF-8 text") from None
    try:
        return parse_settings(text)
    except SettingsError as exc:
        raise SettingsError(f"{exc} (in the settings file {path})") from None


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Validate, then write atomically and owner-only."""
    parse_settings(json.dumps(settings.to_json()))
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(path, json.dumps(settings.to_json(), indent=2, ensure_ascii=False) + "\n")
