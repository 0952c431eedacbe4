"""The settings file: profiles validated on load with clear messages, written atomically owner-only.

The address, pin and bank-name rules themselves are tested in test_endpoints.py."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stopncii_desktop.bank.endpoints import Profile
from stopncii_desktop.folders import config_dir, data_dir
from stopncii_desktop.settings import (
    Preferences,
    Settings,
    SettingsError,
    load_settings,
    parse_settings,
    save_settings,
)

PIN_HEX = "ab" * 32


def _doc(**profile: Any) -> str:
    base = {"name": "ngo", "kind": "hma", "url": "https://hma.example.org", "bank": "NCII_CASES"}
    base.update(profile)
    return json.dumps({"version": 1, "default_profile": "ngo", "profiles": [base]})


def test_round_trip_owner_only(tmp_path: Path) -> None:
    s = Settings(
        [
            Profile("ngo", "hma", "https://hma.example.org/", "NCII_CASES", "s3cr3t", PIN_HEX),
            Profile("practice", "caseapi", "http://127.0.0.1:8765"),
        ],
        "ngo",
        Preferences(language="km", caseworker_mode=True, extra_signals=("phash",)),
    )
    s = Settings([p.validated() for p in s.profiles], s.default_profile, s.preferences)
    path = tmp_path / "cfg" / "settings.json"
    save_settings(s, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    back = load_settings(path)
    assert back == s
    assert back.profile().name == "ngo"
    assert back.profile().url == "https://hma.example.org"  # trailing slash dropped
    assert back.profile("practice").kind == "caseapi"
    assert "s3cr3t" not in back.profile().describe()


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    s = load_settings(tmp_path / "none.json")
    assert s.profiles == [] and s.preferences == Preferences()
    with pytest.raises(SettingsError, match="--profile"):
        s.profile()


def test_env_overrides_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STOPNCII_CONFIG_DIR", str(tmp_path / "c"))
    monkeypatch.setenv("STOPNCII_DATA_DIR", str(tmp_path / "d"))
    assert config_dir() == tmp_path / "c" and data_dir() == tmp_path / "d"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"kind": "ftp"}, "kind must be"),
        ({"url": "http://hma.example.org"}, "https"),
        ({"url": "ftp://hma.example.org"}, "https://"),
        ({"url": "https://user:pw@hma.example.org"}, "user name"),
        ({"url": "https://hma.example.org/?q=1"}, "\\?"),
        ({"bank": "ncii"}, "capitals"),
        ({"bank": "1BANK"}, "capitals"),
        ({"bank": None}, "bank name"),
        ({"pin": "nope"}, "SHA-256"),
        ({"bearer_token": "has space"}, "bearer token"),
        ({"signals": ["pdq", "photo_md5"]}, "signals"),
        ({"signals": "pdq"}, "list"),
        ({"colour": "red"}, "unknown field"),
        ({"name": ""}, "name"),
    ],
)
def test_bad_profiles_are_explained(change: dict[str, Any], message: str) -> None:
    with pytest.raises(SettingsError, match=message):
        parse_settings(_doc(**change))


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        ("{", "not valid JSON"),
        ("[]", "JSON object"),
        ('{"version": 2}', "version"),
        ('{"profiles": {}}', "list"),
        ('{"default_profile": "x"}', "not one of"),
        ('{"preferences": {"telemetry": true}}', "unknown setting"),
        ('{"preferences": {"language": "../../etc"}}', "language"),
        ('{"preferences": {"dihedral": "yes"}}', "true or false"),
        ('{"extra": 1}', "unknown setting"),
    ],
)
def test_bad_documents_are_explained(doc: str, message: str) -> None:
    with pytest.raises(SettingsError, match=message):
        parse_settings(doc)


def test_duplicate_profile_names(tmp_path: Path) -> None:
    p = {"name": "a", "kind": "caseapi", "url": "https://x.example.org"}
    with pytest.raises(SettingsError, match="same name"):
        parse_settings(json.dumps({"profiles": [p, p]}))


def test_load_names_the_file_and_refuses_junk(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(_doc(kind="nope"))
    with pytest.raises(SettingsError, match=r"settings file"):
        load_settings(path)
    path.write_bytes(b"\xff\xfe")
    with pytest.raises(SettingsError, match="UTF-8"):
        load_settings(path)
    path.write_bytes(b" " * (2 * 1024 * 1024))
    with pytest.raises(SettingsError, match="too large"):
        load_settings(path)


def test_with_and_without_profile() -> None:
    s = Settings().with_profile(Profile("a", "caseapi", "https://a.example.org"))
    s = s.with_profile(Profile("a", "caseapi", "https://b.example.org"))
    assert [p.url for p in s.profiles] == ["https://b.example.org"]
    assert s.profile().name == "a"  # the only one is the default
    with pytest.raises(SettingsError):
        s.with_profile(Profile("b", "hma", "https://a.example.org"))
    s = Settings(s.profiles, "a").without_profile("a")
    assert s.profiles == [] and s.default_profile is None


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=30),
    lambda kids: (
        st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=15), kids, max_size=5)
    ),
    max_leaves=25,
)
_profileish = st.fixed_dictionaries(
    {},
    optional={
        "name": st.text(max_size=10),
        "kind": st.sampled_from(["hma", "caseapi", "x"]),
        "url": st.sampled_from(["https://a.example", "http://127.0.0.1:1", "nope", ""]),
        "bank": st.one_of(st.none(), st.text(max_size=8)),
        "pin": st.one_of(st.none(), st.text(max_size=70)),
        "bearer_token": st.one_of(st.none(), st.text(max_size=10)),
        "signals": _json,
    },
)


@given(
    st.one_of(
        st.text(max_size=300),
        _json.map(json.dumps),
        _profileish.map(lambda p: json.dumps({"profiles": [p]})),
    )
)
@settings(max_examples=300, deadline=1000)
def test_fuzz_settings_parser(text: str) -> None:
    try:
        parsed = parse_settings(text)
    except SettingsError as exc:
        problem = exc
        assert str(problem)
        return
    # Whatever is accepted survives a save and load unchanged.
    assert parse_settings(json.dumps(parsed.to_json())) == parsed


def test_tests_never_use_the_accounts_own_folders() -> None:
    """The suite keeps to itself: settings, data and Qt's own state land in a test home."""
    from tests.conftest import REAL_HOME

    for folder in (config_dir(), data_dir(), Path(os.environ["XDG_CACHE_HOME"])):
        assert not folder.is_relative_to(REAL_HOME / ".config")
        assert not folder.is_relative_to(REAL_HOME / ".local")
        assert folder.is_relative_to(Path.home())
    assert Path.home() != REAL_HOME
