"""export, inspect, submit, status, withdraw and bank as a person runs them."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from stopncii_desktop.bank.endpoints import Profile
from stopncii_desktop.bank.outbox import Outbox
from stopncii_desktop.bank.reference_server import ReferenceServer
from stopncii_desktop.case.casefile import loads_case
from stopncii_desktop.case.hashset import HashSet
from stopncii_desktop.cli import main
from stopncii_desktop.settings import Settings, save_settings
from tests.e2e.hma_server import HmaServer, robust_item, sample_hashset

TOKEN_RE = re.compile(r"([0-9A-Z]{4}-){6}[0-9A-Z]{4}")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("STOPNCII_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("STOPNCII_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv("STOPNCII_PASSPHRASE", raising=False)
    return tmp_path


@pytest.fixture
def set_file(home: Path) -> Path:
    path = home / "set.json"
    path.write_text(sample_hashset().dumps())
    return path


@pytest.fixture
def server() -> Iterator[ReferenceServer]:
    with ReferenceServer() as srv:
        yield srv


def _flip_first_hash_digit(data: bytes) -> bytes:
    at = data.index(b'"value": "') + len(b'"value": "')
    return data[:at] + (b"0" if data[at : at + 1] != b"0" else b"1") + data[at + 1 :]


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_export_and_inspect_plain(
    home: Path, set_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = home / "case.json"
    code, _, err = run(capsys, "export", "-o", out, set_file)
    assert code == 0 and "plain" in err and "without a case token" in err
    assert (out.stat().st_mode & 0o777) == 0o600
    code, text, _ = run(capsys, "inspect", out)
    assert code == 0
    assert "case file (plain), verified" in text and "case token: not included" in text
    assert "items: 3 (2 photo(s), 1 video(s))" in text
    assert "file names, paths, pictures: none" in text

    code, _, err = run(capsys, "export", "--include-token", "-o", home / "t.json", set_file)
    assert code == 0
    token = TOKEN_RE.search(err)
    assert token and "cannot be recovered" in err
    assert loads_case((home / "t.json").read_bytes()).token.value == token.group(0)  # type: ignore[union-attr]
    code, _, err = run(capsys, "export", "--token", "NGO-0042-A", "-o", home / "x.json", set_file)
    assert code == 2 and "--include-token" in err


def test_export_and_inspect_encrypted(
    home: Path, set_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = home / "case.enc"
    monkeypatch.setenv("STOPNCII_PASSPHRASE", "a long enough passphrase")
    code, _, err = run(capsys, "export", "--encrypt", "--include-token", "-o", out, set_file)
    assert code == 0 and "encrypted" in err
    code, text, _ = run(capsys, "inspect", out)
    assert code == 0 and "case file (encrypted), verified" in text
    assert TOKEN_RE.search(text)
    assert "cannot be recovered" in text
    monkeypatch.setenv("STOPNCII_PASSPHRASE", "the wrong passphrase")
    code, _, err = run(capsys, "inspect", out)
    assert code == 1 and "[wrong-passphrase]" in err
    monkeypatch.delenv("STOPNCII_PASSPHRASE")
    code, _, err = run(capsys, "inspect", out)  # no terminal, no variable: told how
    assert code == 2 and "STOPNCII_PASSPHRASE" in err


@pytest.mark.parametrize(
    ("damage", "code_word"),
    [
        (lambda b: b[: len(b) // 2], "truncated"),
        (lambda b: b.replace(b'"version": 1', b'"version": 9', 1), "unknown-version"),
        (lambda b: _flip_first_hash_digit(b), "tampered"),
        (lambda b: b"\x89PNG\r\n\x1a\n", "not-json"),
    ],
)
def test_inspect_refuses_damaged_files(
    home: Path, set_file: Path, capsys: pytest.CaptureFixture[str], damage: object, code_word: str
) -> None:
    out = home / "case.json"
    assert run(capsys, "export", "-o", out, set_file)[0] == 0
    data = damage(out.read_bytes())  # type: ignore[operator]
    out.write_bytes(data)
    code, text, err = run(capsys, "inspect", out)
    assert code == 1 and f"[{code_word}]" in err and text == ""


def test_paths_never_exported_or_submitted(
    home: Path, capsys: pytest.CaptureFixture[str], server: ReferenceServer
) -> None:
    hs = sample_hashset(1, 0)
    hs.items[0].path = str(home / "maria_nude_2024.jpg")
    src = home / "with-paths.json"
    src.write_text(hs.dumps())
    code, _, err = run(capsys, "export", "-o", home / "out.json", src)
    assert code == 1 and "paths" in err and not (home / "out.json").exists()
    code, text, _ = run(capsys, "inspect", src)
    assert code == 0 and "PATHS PRESENT" in text
    code, _, err = run(capsys, "submit", "--kind", "caseapi", "--url", server.url, src)
    assert code == 1 and "paths" in err
    assert server.hash_rows() == []


def test_submit_status_withdraw_case_api(
    home: Path, set_file: Path, capsys: pytest.CaptureFixture[str], server: ReferenceServer
) -> None:
    ep = ("--kind", "caseapi", "--url", server.url)
    receipt = home / "my-receipt.json"
    code, text, err = run(capsys, "submit", *ep, "--receipt", receipt, set_file)
    assert code == 0, err
    assert "stored: 9 (hashes)" in text and "receipt kept at" in text
    token = TOKEN_RE.search(err)
    assert token and f"case token: {token.group(0)}" in text
    assert "Whoever holds it can check and withdraw" in text and "cannot be recovered" in text
    kept = list((home / "data" / "receipts").glob("*.json"))
    assert len(kept) == 1 and json.loads(receipt.read_text()) == json.loads(kept[0].read_text())
    assert Outbox(home / "data" / "outbox").pending() == ([], [])

    code, text, _ = run(capsys, "status", "--receipt", receipt)
    assert code == 0 and "summary: in the bank 9" in text
    first = json.loads(receipt.read_text())["entries"][0]["remote_id"]
    code, text, _ = run(capsys, "withdraw", "--token", token.group(0), "--hash", first)
    assert code == 0 and "withdrew 1 hash(es)" in text
    code, text, _ = run(capsys, "status", "--token", token.group(0))
    assert "in the bank 8, withdrawn 1" in text
    code, text, _ = run(capsys, "withdraw", "--receipt", receipt)
    assert code == 0 and "withdrew 8" in text
    code, text, _ = run(capsys, "status", "--receipt", receipt)
    assert "summary: withdrawn 9" in text

    # --no-receipt keeps nothing on this computer; the same token can be given again.
    code, text, _ = run(capsys, "submit", *ep, "--no-receipt", "--token", token.group(0), set_file)
    assert code == 0 and "receipt kept" not in text
    assert len(list((home / "data" / "receipts").glob("*.json"))) == 1
    code, text, _ = run(capsys, "status")
    assert "waiting in the outbox: 0" in text and "receipts kept on this computer: 1" in text


def test_submit_keeps_no_receipt_in_caseworker_mode(
    home: Path, set_file: Path, capsys: pytest.CaptureFixture[str], server: ReferenceServer
) -> None:
    """The app's rule holds on the command line too: a computer set up for caseworkers
    keeps nothing of a client, whatever save_receipts says."""
    settings = Settings()
    settings.preferences.caseworker_mode = True
    save_settings(settings)
    code, text, err = run(capsys, "submit", "--kind", "caseapi", "--url", server.url, set_file)
    assert code == 0, err
    assert "stored: 9 (hashes)" in text and "receipt kept" not in text
    assert list((home / "data" / "receipts").glob("*.json")) == []
    assert len(server.hash_rows()) == 9


def test_submit_status_withdraw_hma_profile(
    home: Path, set_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hma = HmaServer(enabled=("pdq", "video_md5", "video_sha256", "vpdq"))
    hma.start()
    try:
        profile = Profile(
            "ngo", "hma", hma.url, "NCII_TEST", signals=("pdq", "video_md5", "video_sha256", "vpdq")
        )
        save_settings(Settings([profile.validated()], "ngo"))
        code, text, err = run(capsys, "submit", "--token", "NGO-CASE-7731", set_file)
        assert code == 0, err
        assert "stored: 3 (content items)" in text and len(hma.content) == 3
        assert all(c["note"] == "NGO-CASE-7731" for c in hma.content.values())
        code, text, _ = run(capsys, "status", "--token", "NGO-CASE-7731")
        assert "summary: in the bank 3" in text
        some_id = next(iter(hma.content))
        code, text, _ = run(capsys, "withdraw", "--token", "NGO-CASE-7731", "--hash", some_id)
        assert code == 0 and "withdrew 1 content item(s)" in text
        code, text, _ = run(capsys, "status", "--token", "NGO-CASE-7731")
        assert "not in the bank 1, in the bank 2" in text
        code, text, _ = run(capsys, "withdraw", "--token", "NGO-CASE-7731")
        assert code == 0 and hma.content == {}
        code, _, err = run(capsys, "status", "--token", "NGO-OTHER-0001")
        assert code == 1 and "receipt" in err
        code, _, err = run(capsys, "submit", "--profile", "nope", set_file)
        assert code == 2 and "no profile named" in err
    finally:
        hma.stop()


def test_bank_down_keeps_it_queued_then_outbox_sends(
    home: Path, set_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    srv = ReferenceServer()
    host, port = srv.httpd.server_address[:2]
    url = srv.url
    srv.stop()
    ep = ("--kind", "caseapi", "--url", url, "--retries", "0")
    code, _, err = run(capsys, "submit", *ep, set_file)
    assert code == 1 and "Nothing is lost" in err and "submit --outbox" in err
    code, _, err = run(capsys, "submit", *ep, set_file)
    assert code == 1
    code, text, _ = run(capsys, "bank", "outbox")
    assert code == 0 and "waiting in the outbox: 2" in text
    ids = re.findall(r"^  (\S+): made", text, re.M)
    code, text, _ = run(capsys, "bank", "outbox", "--discard", ids[1])
    assert code == 0 and "discarded" in text
    assert run(capsys, "bank", "outbox", "--discard", "no-such-id")[0] == 1

    with ReferenceServer(str(host), int(port)) as again:
        code, text, err = run(capsys, "submit", "--outbox")
        assert code == 0, err
        assert "stored: 9" in text
        assert len(again.hash_rows()) == 9
    assert Outbox(home / "data" / "outbox").pending() == ([], [])
    code, _, err = run(capsys, "submit", "--outbox")
    assert code == 0 and "empty" in err


def test_usage_errors(home: Path, set_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "submit", "--kind", "caseapi", "--url", "http://127.0.0.1:9")[0] == 2
    code, _, err = run(capsys, "submit", "--kind", "hma", "--url", "https://x.example", set_file)
    assert code == 2 and "bank name" in err
    code, _, err = run(
        capsys, "submit", "--kind", "caseapi", "--url", "http://example.org", set_file
    )
    assert code == 2 and "https" in err
    code, _, err = run(capsys, "withdraw", "--kind", "caseapi", "--url", "http://127.0.0.1:9")
    assert code == 2 and "--receipt" in err
    code, _, err = run(capsys, "status", "--token", "1234")
    assert code == 2
    code, _, err = run(capsys, "bank", "serve", "--host", "0.0.0.0")
    assert code == 2 and "127.0.0.1" in err


def test_bank_serve_practice_in_a_real_process(home: Path, set_file: Path) -> None:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "stopncii_desktop", "bank", "serve", "--port", "0"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        url = first.strip().rsplit(" ", 1)[1]
        assert url.startswith("http://127.0.0.1:")
        assert "Practice mode" in proc.stdout.readline()
        out = subprocess.run(
            [sys.executable, "-m", "stopncii_desktop", "submit", "--kind", "caseapi",
             "--url", url, "--no-receipt", str(set_file)],
            env=env, capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert out.returncode == 0, out.stderr
        assert "stored: 9" in out.stdout
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0


def test_damaged_outbox_file_and_settings_are_reported_not_fatal(
    home: Path, set_file: Path, capsys: pytest.CaptureFixture[str], server: ReferenceServer
) -> None:
    box = home / "data" / "outbox"
    box.mkdir(parents=True)
    (box / "broken.json").write_text('{"format": "stopncii-outbox", "version": 1, "id": 3')
    code, text, _ = run(capsys, "bank", "outbox")
    assert code == 1 and "unreadable, left alone: broken.json" in text
    code, _, err = run(capsys, "submit", "--outbox")
    assert code == 1 and "left alone" in err
    assert (box / "broken.json").exists()
    code, text, _ = run(capsys, "status")
    assert code == 0 and "unreadable" in text
    # A good submission still goes, beside the damaged file.
    code, _, err = run(capsys, "submit", "--kind", "caseapi", "--url", server.url, set_file)
    assert code == 0, err

    (home / "config").mkdir()
    (home / "config" / "settings.json").write_text('{"profiles": [{"name": "x"}]}')
    code, _, err = run(capsys, "submit", set_file)
    assert code == 2 and "kind is missing" in err and "settings file" in err


def test_refused_submission_says_how_to_discard_it(
    home: Path, set_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with ReferenceServer(bearer_token="only-this") as srv:
        code, _, err = run(capsys, "submit", "--kind", "caseapi", "--url", srv.url, set_file)
        assert code == 1 and "bearer token" in err and "Nothing is lost" in err
        (entry,), _ = Outbox(home / "data" / "outbox").pending()
        assert f"--discard {entry.id}" in err
        assert srv.hash_rows() == []


def test_bank_serve_with_a_database_keeps_cases_across_restarts(home: Path, set_file: Path) -> None:
    db = home / "cases.sqlite3"
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "stopncii_desktop", "bank", "serve", "--port", "0", "--db", str(db)],
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip().rsplit(" ", 1)[1]
        assert "kept in the --db file" in proc.stdout.readline()
        assert (
            main(["submit", "--kind", "caseapi", "--url", url, "--no-receipt", str(set_file)]) == 0
        )
    finally:
        proc.terminate()  # SIGTERM: a clean stop
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        proc.communicate()
    assert proc.returncode == 0
    with ReferenceServer(db=db) as again:
        rows = again.hash_rows()
    assert len(rows) == 9 and {r["state"] for r in rows} == {"active"}


def test_status_by_picture_and_withdrawing_one_picture(
    home: Path, capsys: pytest.CaptureFixture[str], server: ReferenceServer
) -> None:
    hs = HashSet([robust_item(1), robust_item(2), *sample_hashset(0, 1).items])
    path = home / "robust.json"
    path.write_text(hs.dumps())
    ep = ("--kind", "caseapi", "--url", server.url)
    receipt = home / "r.json"
    assert run(capsys, "submit", *ep, "--receipt", receipt, path)[0] == 0
    per_photo = len(hs.items[0].signals)
    code, text, _ = run(capsys, "status", "--receipt", receipt)
    assert code == 0 and "pictures and videos: 3" in text
    lines = [line for line in text.splitlines() if line.startswith("  ")]
    assert lines == [
        f"  picture {hs.items[0].id}: {per_photo} fingerprints, all in the bank",
        f"  picture {hs.items[1].id}: {per_photo} fingerprints, all in the bank",
        f"  video {hs.items[2].id}: 3 fingerprints, all in the bank",
    ]
    assert f"summary: in the bank {2 * per_photo + 3}" in text
    code, text, _ = run(capsys, "withdraw", "--receipt", receipt, "--item", hs.items[1].id)
    assert code == 0 and f"withdrew {per_photo} hash(es) of picture {hs.items[1].id}" in text
    code, text, _ = run(capsys, "status", "--receipt", receipt, "--fingerprints")
    assert f"picture {hs.items[1].id}: {per_photo} fingerprints, all withdrawn" in text
    assert f"summary: in the bank {per_photo + 3}, withdrawn {per_photo}" in text
    # Each fingerprint with its id, under its picture, for withdraw --hash.
    ids = [e["remote_id"] for e in json.loads(receipt.read_text())["entries"]]
    assert all(f"    {i}: " in text for i in ids)
    code, _, err = run(capsys, "withdraw", "--receipt", receipt, "--item", "ab" * 16)
    assert code == 1 and "not part of this case" in err
    with pytest.raises(SystemExit) as usage:
        run(capsys, "withdraw", "--receipt", receipt, "--item", "x", "--hash", "y")
    assert usage.value.code == 2 and "not allowed with" in capsys.readouterr().err


def test_hma_status_by_picture_and_a_one_off_cap(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hma = HmaServer()
    hma.start()
    try:
        hs = HashSet([robust_item(1), robust_item(2)])
        path = home / "robust.json"
        path.write_text(hs.dumps())
        ep = ("--kind", "hma", "--url", hma.url, "--bank", "NCII_TEST")
        receipt = home / "r.json"
        code, text, err = run(
            capsys, "submit", *ep, "--max-pdq-per-picture", "6", "--token", "NGO-CASE-7",
            "--receipt", receipt, path,
        )  # fmt: skip
        assert code == 0, err
        assert "stored: 12 (content items)" in text and len(hma.content) == 12
        assert "held back: 76 fingerprints of 2 pictures" in text
        assert "at most 6 fingerprints per picture" in text
        assert json.loads(receipt.read_text())["endpoint"]["max_pdq_per_picture"] == 6
        code, text, _ = run(capsys, "status", "--receipt", receipt)
        assert f"  picture {hs.items[0].id}: 6 fingerprints, all in the bank" in text
        code, text, _ = run(capsys, "withdraw", "--receipt", receipt, "--item", hs.items[0].id)
        assert code == 0 and f"withdrew 6 content item(s) of picture {hs.items[0].id}" in text
        code, text, _ = run(capsys, "status", "--receipt", receipt)
        assert f"  picture {hs.items[0].id}: 6 fingerprints, none in the bank" in text
        assert "summary: not in the bank 6, in the bank 6" in text
        for bad in ("0", "x", "1001"):
            with pytest.raises(SystemExit) as usage:
                run(capsys, "submit", *ep, "--max-pdq-per-picture", bad, path)
            assert usage.value.code == 2
            assert "whole number from 1 to 1000" in capsys.readouterr().err
        code, _, err = run(capsys, "submit", "--profile", "p", "--max-pdq-per-picture", "3", path)
        assert code == 2 and "one-off endpoint" in err
        assert len(hma.content) == 6
    finally:
        hma.stop()


def test_status_of_a_bank_that_is_down_promises_nothing_kept(
    home: Path, set_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from stopncii_desktop.case.token import new_token

    srv = ReferenceServer()
    url = srv.url
    srv.stop()
    ep = ("--kind", "caseapi", "--url", url, "--retries", "0")
    code, _, err = run(capsys, "status", *ep, "--token", new_token().value)
    assert code == 1 and "could not be reached" in err
    # A status check sends nothing: no submission is kept, so none is promised.
    assert "kept" not in err and "sent later" not in err
    code, _, err = run(capsys, "withdraw", *ep, "--token", new_token().value)
    assert code == 1 and "kept" not in err and "sent later" not in err
    # A submission is kept, and says so once, in its own words.
    code, _, err = run(capsys, "submit", *ep, set_file)
    assert code == 1 and err.count("kept") == 1 and "kept in the outbox" in err
