"""Case files: plain and encrypted round trips, and every kind of damaged file refused plainly."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stopncii_desktop.case import _casefile_envelope, _crypto, casefile
from stopncii_desktop.case.casefile import (
    CaseFileError,
    canonical_json,
    dumps_encrypted,
    dumps_plain,
    export_case,
    loads_case,
    read_case_file,
)
from stopncii_desktop.case.hashset import HashSet
from stopncii_desktop.case.jsonsize import values_bound
from stopncii_desktop.case.token import new_token, parse_token
from tests.e2e.hma_server import sample_hashset

FAST = _crypto.KdfParams(n=2**10, r=8, p=1)
PASS = "correct horse battery staple"


def _code(data: bytes, passphrase: str | None = None) -> str:
    with pytest.raises(CaseFileError) as info:
        loads_case(data, passphrase)
    assert str(info.value)
    return info.value.code


def _reseal_plain(doc: dict[str, Any]) -> bytes:
    body = {k: v for k, v in doc.items() if k != "integrity"}
    doc["integrity"] = {
        "algorithm": "sha256",
        "digest": casefile._sha256_hex(canonical_json(body)),
    }
    return json.dumps(doc).encode()


def test_plain_round_trip_keeps_everything_and_is_owner_only(tmp_path: Path) -> None:
    hs = sample_hashset()
    token = new_token()
    out = tmp_path / "case.json"
    export_case(out, hs, token=token)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    case = read_case_file(out)
    assert case.kind == "case"
    assert case.token == token
    assert case.hashset.to_json() == hs.to_json()
    doc = json.loads(out.read_text())
    # Anyone can read it: the hashes are there in plain text.
    first_pdq = str(hs.items[0].signals[0].to_json()["value"])
    assert first_pdq in out.read_text()
    assert set(doc) == {"format", "version", "case", "hashset", "integrity"}
    assert [p.name for p in tmp_path.iterdir()] == ["case.json"]


def test_token_only_when_asked(tmp_path: Path) -> None:
    hs = sample_hashset(1, 0)
    assert loads_case(dumps_plain(hs)).token is None
    assert "token" not in json.loads(dumps_plain(hs))["case"]
    outside = parse_token("NGO-CASE-0042")
    back = loads_case(dumps_plain(hs, outside)).token
    assert back is not None and back.value == "NGO-CASE-0042" and back.issued_elsewhere


def test_encrypted_round_trip_and_header(tmp_path: Path) -> None:
    hs = sample_hashset()
    token = new_token()
    out = tmp_path / "case.enc.json"
    export_case(out, hs, token=token, passphrase=PASS, params=FAST)
    raw = out.read_bytes()
    assert token.value.encode() not in raw
    assert str(hs.items[0].signals[0].to_json()["value"]).encode() not in raw
    doc = json.loads(raw)
    assert doc["format"] == "stopncii-case-encrypted"
    assert doc["kdf"]["name"] == "scrypt" and doc["cipher"]["name"] == "AES-256-GCM"
    case = read_case_file(out, PASS)
    assert case.kind == "case-encrypted" and case.token == token
    assert case.hashset.to_json() == hs.to_json()
    # A passphrase callback is asked only when needed.
    asked: list[int] = []

    def ask() -> str:
        asked.append(1)
        return PASS

    read_case_file(out, ask)
    assert asked == [1]


def test_default_key_derivation_is_strong() -> None:
    data = dumps_encrypted(sample_hashset(1, 0), PASS)
    kdf = json.loads(data)["kdf"]
    assert kdf["n"] >= 2**17 and kdf["r"] >= 8
    assert 128 * kdf["n"] * kdf["r"] * kdf["p"] >= 128 * 1024 * 1024
    assert loads_case(data, PASS).hashset.items


def test_two_encryptions_differ(tmp_path: Path) -> None:
    hs = sample_hashset(1, 0)
    a = json.loads(dumps_encrypted(hs, PASS, params=FAST))
    b = json.loads(dumps_encrypted(hs, PASS, params=FAST))
    assert a["kdf"]["salt"] != b["kdf"]["salt"] and a["cipher"]["nonce"] != b["cipher"]["nonce"]


def test_wrong_and_missing_passphrase() -> None:
    data = dumps_encrypted(sample_hashset(1, 0), PASS, params=FAST)
    assert _code(data, "not the passphrase") == "wrong-passphrase"
    assert _code(data, None) == "needs-passphrase"


def test_weak_passphrase_refused() -> None:
    with pytest.raises(CaseFileError) as info:
        dumps_encrypted(sample_hashset(1, 0), "short", params=FAST)
    assert info.value.code == "weak-passphrase"


def test_tampered_plain_file() -> None:
    doc = json.loads(dumps_plain(sample_hashset()))
    value = doc["hashset"]["items"][0]["signals"][0]["value"]
    doc["hashset"]["items"][0]["signals"][0]["value"] = ("0" if value[0] != "0" else "1") + value[
        1:
    ]
    assert _code(json.dumps(doc).encode()) == "tampered"
    doc = json.loads(dumps_plain(sample_hashset(), new_token()))
    doc["case"]["token"] = str(new_token())
    assert _code(json.dumps(doc).encode()) == "tampered"


def test_tampered_encrypted_file() -> None:
    data = dumps_encrypted(sample_hashset(), PASS, params=FAST)
    doc = json.loads(data)
    import base64

    ct = bytearray(base64.b64decode(doc["ciphertext"]))
    ct[len(ct) // 2] ^= 0x01
    doc["ciphertext"] = base64.b64encode(bytes(ct)).decode()
    assert _code(json.dumps(doc).encode(), PASS) == "tampered"
    # The header is authenticated: a changed nonce or size is caught too.
    doc = json.loads(data)
    nonce = bytearray(base64.b64decode(doc["cipher"]["nonce"]))
    nonce[0] ^= 0x80
    doc["cipher"]["nonce"] = base64.b64encode(bytes(nonce)).decode()
    assert _code(json.dumps(doc).encode(), PASS) == "tampered"
    doc = json.loads(data)
    doc["plaintext_size"] -= 1
    assert _code(json.dumps(doc).encode(), PASS) == "tampered"


@pytest.mark.parametrize("encrypted", [False, True])
def test_truncated_file(encrypted: bool) -> None:
    hs = sample_hashset()
    data = dumps_encrypted(hs, PASS, params=FAST) if encrypted else dumps_plain(hs)
    for cut in (len(data) // 2, len(data) - 5, 1):
        assert _code(data[:cut], PASS) == "truncated", cut
    assert _code(b"", PASS) == "truncated"
    if encrypted:
        doc = json.loads(data)
        doc["ciphertext"] = doc["ciphertext"][: len(doc["ciphertext"]) // 2 // 4 * 4]
        assert _code(json.dumps(doc).encode(), PASS) == "truncated"


def test_unknown_version() -> None:
    doc = json.loads(dumps_plain(sample_hashset()))
    doc["version"] = 2
    assert _code(_reseal_plain(doc)) == "unknown-version"
    enc = json.loads(dumps_encrypted(sample_hashset(), PASS, params=FAST))
    enc["version"] = 7
    assert _code(json.dumps(enc).encode(), PASS) == "unknown-version"
    hs = sample_hashset().to_json()
    hs["version"] = 3
    assert _code(json.dumps(hs).encode()) == "invalid"


def test_paths_are_refused_on_export_and_import(tmp_path: Path) -> None:
    hs = sample_hashset(1, 0)
    hs.items[0].path = "/home/maria/Pictures/maria_nude_2024.jpg"
    with pytest.raises(CaseFileError) as info:
        export_case(tmp_path / "out.json", hs)
    assert info.value.code == "has-paths"
    assert not (tmp_path / "out.json").exists()
    with pytest.raises(CaseFileError):
        export_case(tmp_path / "out.json", hs, passphrase=PASS, params=FAST)
    doc = json.loads(dumps_plain(sample_hashset(1, 0)))
    doc["hashset"]["items"][0]["path"] = "C:\\Users\\maria\\nude.jpg"
    assert _code(_reseal_plain(doc)) == "has-paths"


def test_a_bare_hash_set_is_read(tmp_path: Path) -> None:
    hs = sample_hashset()
    case = loads_case(hs.dumps().encode())
    assert case.kind == "hashset" and case.token is None
    assert case.hashset.to_json() == hs.to_json()


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"\xff\xfe\x00", "not-json"),
        (b"[1, 2, 3]", "unknown-format"),
        (b'{"format": "something-else"}', "unknown-format"),
        (b'{"format": "stopncii-case", "version": "1"}', "invalid"),
        (b"{]", "not-json"),
    ],
)
def test_not_a_case_file(data: bytes, code: str) -> None:
    assert _code(data) == code


def test_hostile_key_derivation_settings_are_refused_before_any_work() -> None:
    doc = json.loads(dumps_encrypted(sample_hashset(1, 0), PASS, params=FAST))
    for n, r, p in ((2**30, 8, 1), (2**20, 32, 16), (3000, 8, 1), (2**4, 8, 1)):
        doc["kdf"].update(n=n, r=r, p=p)
        assert _code(json.dumps(doc).encode(), PASS) == "invalid"


# Each of these passed the old checks, then crashed inspect with a traceback: hashlib's maxmem
# overflowed at the memory limit, and OpenSSL refuses N >= 2^(16 r).
@pytest.mark.parametrize(
    ("n", "r", "p"),
    [(2**20, 8, 1), (2**19, 8, 2), (2**18, 8, 4), (2**17, 8, 8), (2**16, 1, 1), (2**22, 1, 1)],
)
def test_settings_that_crashed_inspect_are_refused_plainly(n: int, r: int, p: int) -> None:
    doc = json.loads(dumps_encrypted(sample_hashset(1, 0), PASS, params=FAST))
    doc["kdf"].update(n=n, r=r, p=p)
    with pytest.raises(CaseFileError, match="key-derivation settings") as info:
        loads_case(json.dumps(doc).encode(), PASS)
    assert info.value.code == "invalid"


def test_key_derivation_is_bounded_in_memory_and_work() -> None:
    default = _crypto.KdfParams()
    default.validate()
    assert default.memory <= _crypto.MAX_SCRYPT_MEMORY
    for n, r, p in ((2**21, 8, 1), (2**17, 8, 16), (2**20, 16, 1)):
        with pytest.raises(_crypto.KdfRefused):
            _crypto.KdfParams(n, r, p).validate()


@pytest.mark.parametrize("limit", ["MAX_FILE_BYTES", "MAX_JSON_VALUES"])
@pytest.mark.parametrize("encrypted", [False, True])
def test_export_never_writes_a_file_that_import_refuses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, limit: str, encrypted: bool
) -> None:
    # One limit, shrunk here so small sets reach it: each export is read back, or refused.
    monkeypatch.setattr(casefile, limit, 12_000 if limit == "MAX_FILE_BYTES" else 500)
    refused = 0
    for photos in range(1, 31, 2):
        hs = sample_hashset(photos, 0)
        out = tmp_path / f"{photos}.json"
        problem: CaseFileError | None = None
        try:
            export_case(out, hs, passphrase=PASS if encrypted else None, params=FAST)
        except CaseFileError as exc:
            problem = exc
        if problem is not None:
            assert problem.code == "too-large" and "smaller case files" in str(problem)
            assert not out.exists()
            refused += 1
            continue
        assert read_case_file(out, PASS).hashset.items == hs.items
    assert 0 < refused < 15
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_missing_file_and_folder(tmp_path: Path) -> None:
    for path in (tmp_path / "nope.json", tmp_path):
        with pytest.raises(CaseFileError) as info:
            read_case_file(path)
        assert info.value.code == "not-found"


def test_a_failed_write_leaves_the_old_file_whole(tmp_path: Path, monkeypatch: Any) -> None:
    out = tmp_path / "case.json"
    export_case(out, sample_hashset(1, 0))
    before = out.read_bytes()

    def crash(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError, match="No space"):
        export_case(out, sample_hashset(3, 1))
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["case.json"]


# -- fuzzing: nothing crashes, nothing hangs ----------------------------------

_VALID_PLAIN = dumps_plain(sample_hashset(2, 1), new_token())
_VALID_ENC = dumps_encrypted(sample_hashset(1, 0), PASS, params=FAST)
_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda kids: (
        st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=8), kids, max_size=4)
    ),
    max_leaves=20,
)


def _must_fail_cleanly(data: bytes, passphrase: str | None = None) -> None:
    try:
        loads_case(data, passphrase)
    except CaseFileError as exc:
        problem = exc
        assert problem.code and str(problem)


@given(st.binary(max_size=2000))
@settings(max_examples=300, deadline=1000)
def test_fuzz_random_bytes(data: bytes) -> None:
    _must_fail_cleanly(data)


@given(st.integers(0, len(_VALID_PLAIN) - 1), st.integers(0, 255), st.booleans())
@settings(max_examples=300, deadline=1000)
def test_fuzz_byte_flips_and_cuts(pos: int, byte: int, cut: bool) -> None:
    for base in (_VALID_PLAIN, _VALID_ENC):
        pos %= len(base)
        data = base[:pos] if cut else base[:pos] + bytes([byte]) + base[pos + 1 :]
        _must_fail_cleanly(data)


def _paths(obj: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(obj, dict):
        for k, v in obj.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            out += _paths(v, (*prefix, i))
    return out


@given(st.data())
@settings(max_examples=300, deadline=1000, suppress_health_check=[HealthCheck.too_slow])
def test_fuzz_structure_replacements(data: st.DataObject) -> None:
    base = json.loads(data.draw(st.sampled_from([_VALID_PLAIN, _VALID_ENC])))
    where = data.draw(st.sampled_from(_paths(base)[1:]))
    value = data.draw(_json_values)
    target = base
    for key in where[:-1]:
        target = target[key]
    target[where[-1]] = value
    doc = base if base.get("format") != "stopncii-case" else json.loads(_reseal_plain(base))
    _must_fail_cleanly(json.dumps(doc).encode())
    _must_fail_cleanly(json.dumps(base).encode())


def test_deeply_nested_json_is_refused_not_crashing() -> None:
    _must_fail_cleanly(b"[" * 100_000 + b"]" * 100_000)
    hs = {"format": "stopncii-hashset", "version": 1, "items": [[[[[]]]]]}
    _must_fail_cleanly(json.dumps(hs).encode())
    HashSet()  # the empty set is fine
    assert loads_case(HashSet().dumps().encode()).hashset.items == []


_HEADER_VALUES = st.one_of(
    st.integers(min_value=-(2**70), max_value=2**70),
    st.sampled_from([2**k for k in range(0, 25)] + [0, 1, 3, 1023, 2**31 - 1, 2**63]),
    st.booleans(),
    st.floats(allow_nan=True),
    st.none(),
    st.text(max_size=30),
    st.lists(st.integers(), max_size=3),
)
_B64 = st.one_of(
    st.binary(max_size=40).map(lambda b: _casefile_envelope._b64(b)),
    st.text(max_size=40),
    _HEADER_VALUES,
)


@given(st.data())
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_fuzz_every_header_field_of_an_encrypted_file(data: st.DataObject) -> None:
    """Whatever the header says, opening the file (with a passphrase) is a CaseFileError or works."""
    doc = json.loads(_VALID_ENC)
    fields: dict[tuple[str, ...], st.SearchStrategy[Any]] = {
        ("kdf", "n"): _HEADER_VALUES,
        ("kdf", "r"): _HEADER_VALUES,
        ("kdf", "p"): _HEADER_VALUES,
        ("kdf", "salt"): _B64,
        ("kdf", "name"): st.sampled_from(["scrypt", "argon2", ""]) | _HEADER_VALUES,
        ("cipher", "nonce"): _B64,
        ("cipher", "name"): st.sampled_from(["AES-256-GCM", "none"]) | _HEADER_VALUES,
        ("check",): _B64,
        ("plaintext_size",): _HEADER_VALUES,
        ("version",): _HEADER_VALUES,
    }
    for where in data.draw(st.sets(st.sampled_from(sorted(fields)), min_size=1, max_size=4)):
        target = doc
        for key in where[:-1]:
            target = target[key]
        target[where[-1]] = data.draw(fields[where])
    # Small limits, so settings that are accepted run in milliseconds; the rules are the same.
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(_crypto, "MAX_SCRYPT_MEMORY", 4 * 1024 * 1024)
        mp.setattr(_crypto, "MAX_SCRYPT_WORK", 2**15)
        _must_fail_cleanly(json.dumps(doc).encode(), PASS)


def test_values_are_bounded_before_parsing() -> None:
    docs: list[object] = [[], {}, [{}, [], 1, "a,b", {"k": [1, 2, {"x": None}]}]]
    for doc in [*docs, json.loads(_VALID_PLAIN), json.loads(_VALID_ENC)]:
        data = json.dumps(doc).encode()
        made = _count_values(json.loads(data))
        assert made <= values_bound(data)
    assert _code(b"[" + b"{}," * (casefile.MAX_JSON_VALUES // 4) + b"{}]") == "too-large"


def _count_values(obj: object) -> int:
    if isinstance(obj, dict):
        return 1 + sum(1 + _count_values(v) for v in obj.values())
    if isinstance(obj, list):
        return 1 + sum(_count_values(v) for v in obj)
    return 1
