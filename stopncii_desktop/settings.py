"""The settings document: bank profiles and the app's preferences, loaded and saved.

It lives in the config folder (``folders.py``; ``STOPNCII_CONFIG_DIR`` overrides
it, for tests and portable installs), is validated completely on load with a
plain message for each mistake, and is written atomically, owner-only (it may
hold bearer tokens). A profile's own rules (address, pin, bank name) are the
bank layer's (``bank/endpoints.py``)::

    {"version": 1,
     "default_profile": "ngo",
     "profiles": [{"name": "ngo", "kind": "hma", "url": "https://hma.example.org",
                   "bank": "NCII_CASES", "bearer_token": null, "pin": null,
                   "signals": ["pdq", "video_md5"]}],
     "preferences": {"language": null, "caseworker_mode": false, ...}}
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from stopncii_desktop.bank.endpoints import EndpointError, Profile
from stopncii_desktop.case.atomic import atomic_write_text
from stopncii_desktop.folders import config_dir
from stopncii_desktop.hashing.signals import OPTIONAL_SIGNALS

SETTINGS_FILE = "settings.json"
VERSION = 1
_MAX_SETTINGS_BYTES = 1024 * 1024


class SettingsError(ValueError):
    """The settings (or a profile) are not valid; the message says what to fix."""


def settings_path() -> Path:
    return config_dir() / SETTINGS_FILE


def keeps_receipts(save_receipts: bool, caseworker_mode: bool) -> bool:
    """Whether a submission's receipt is kept in the data folder: never in caseworker mode
    (nothing of a client stays on a computer a caseworker shares with the next), else as
    the ``save_receipts`` preference says. The app and the command line both ask here
    (the command line's ``--no-receipt`` says no for one run)."""
    return save_receipts and not caseworker_mode


@dataclass(slots=True)
class Preferences:
    """The desktop app's choices; the GUI reads and writes these."""

    #: UI language code (``km``, ``ar``...); None follows the system.
    language: str | None = None
    #: For NGO caseworkers: no previews, clear the case after each client.
    caseworker_mode: bool = False
    #: Extra signals to compute (``phash``, ``dhash``).
    extra_signals: tuple[str, ...] = ()
    #: Also hash the 7 rotations and mirror images of photos (included in ``edited_copies``).
    dihedral: bool = False
    #: Also hash the edited copies a leak produces (crops, borders, captions, screenshots,
    #: small tilts, and the turned and mirrored copies): ``HashOptions(robust=True)``.
    edited_copies: bool = True
    #: Save a receipt of each submission in the data folder.
    save_receipts: bool = True
    #: Larger text for easier reading.
    large_text: bool = False

    def keeps_receipts(self) -> bool:
        """Whether a submission's receipt is kept in the data folder (:func:`keeps_receipts`)."""
        return keeps_receipts(self.save_receipts, self.caseworker_mode)

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
        try:
            profile = profile.validated()
        except EndpointError as exc:
            raise SettingsError(str(exc)) from None
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
    if not isinstance(extra_signals, list) or any(s not in OPTIONAL_SIGNALS for s in extra_signals):
        raise SettingsError("preferences: extra_signals may hold only 'phash' and 'dhash'")
    return Preferences(
        language=language,
        caseworker_mode=_bool(obj, "caseworker_mode", False),
        extra_signals=tuple(extra_signals),
        dihedral=_bool(obj, "dihedral", False),
        edited_copies=_bool(obj, "edited_copies", True),
        save_receipts=_bool(obj, "save_receipts", True),
        large_text=_bool(obj, "large_text", False),
    )


def _parse_profile(obj: object, n: int) -> Profile:
    try:
        return Profile.from_json(obj, n + 1)
    except EndpointError as exc:
        raise SettingsError(str(exc)) from None


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
