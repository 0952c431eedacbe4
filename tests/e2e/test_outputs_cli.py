"""Every command that writes a file, given outputs that are not plain files: checked before any
work, written through devices and pipes, links followed, and a plain message (exit 2) otherwise.

Devices are made with mknod in the test's own folder; the real /dev is never written to.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from stopncii_desktop.bank.reference_server import ReferenceServer
from stopncii_desktop.case.casefile import loads_case
from stopncii_desktop.cli import main
from tests.e2e.hma_server import sample_hashset
from tests.media import write_photo


def run_cli(*args: str | Path, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "stopncii_desktop", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=timeout,
    )


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def _device(folder: Path, name: str, minor: int) -> Path:
    path = folder / name
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, minor))
    except PermissionError:
        pytest.skip("making a device node needs root (CAP_MKNOD)")
    return path


class FifoReader:
    """Reads everything written to a FIFO, in a thread."""

    def __init__(self, path: Path) -> None:
        os.mkfifo(path)
        self.path = path
        self.data = b""
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self) -> None:
        with open(self.path, "rb") as f:
            self.data = f.read()

    def result(self) -> bytes:
        self.thread.join(60)
        assert not self.thread.is_alive(), "the reader never got an end of file"
        return self.data


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    return write_photo(tmp_path / "photo.jpg")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("STOPNCII_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("STOPNCII_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("STOPNCII_PASSPHRASE", "correct horse battery staple")
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


def _assert_plain(err: str) -> None:
    assert "Traceback" not in err and "Error:" not in err, err


# -- hash ---------------------------------------------------------------------


def test_hash_output_checked_before_any_hashing(tmp_path: Path, photo: Path) -> None:
    loop = tmp_path / "loop.json"
    loop.symlink_to(loop)
    for output, words in (
        (tmp_path / "missing" / "set.json", "does not exist"),
        (tmp_path, "folder"),
        (loop, "leads nowhere"),
    ):
        out = run_cli("hash", "-o", output, photo)
        assert out.returncode == 2, out.stderr
        _assert_plain(out.stderr)
        assert words in out.stderr and "photo.jpg: ok" not in out.stderr
        assert out.stdout == ""
    assert not (tmp_path / "missing").exists() and loop.is_symlink()


def test_hash_into_a_fifo_a_device_and_through_a_link(tmp_path: Path, photo: Path) -> None:
    reader = FifoReader(tmp_path / "pipe")
    out = run_cli("hash", "-o", reader.path, photo)
    assert out.returncode == 0, out.stderr
    assert len(json.loads(reader.result())["items"]) == 1
    assert stat.S_ISFIFO(reader.path.stat().st_mode)

    null = _device(tmp_path, "null", 3)
    out = run_cli("hash", "-o", null, photo)
    assert out.returncode == 0, out.stderr
    assert stat.S_ISCHR(null.stat().st_mode)

    full = _device(tmp_path, "full", 7)
    out = run_cli("hash", "-o", full, photo)
    assert out.returncode == 2 and "No space left on device" in out.stderr
    _assert_plain(out.stderr)
    assert stat.S_ISCHR(full.stat().st_mode)

    (tmp_path / "kept").mkdir()
    link = tmp_path / "latest.json"
    link.symlink_to(tmp_path / "kept" / "set.json")
    out = run_cli("hash", "-o", link, photo)
    assert out.returncode == 0, out.stderr
    assert link.is_symlink() and json.loads((tmp_path / "kept" / "set.json").read_text())
    assert not [p for p in tmp_path.rglob("*.part")]


def test_hash_never_writes_over_a_picture_it_hashes(tmp_path: Path, photo: Path) -> None:
    before = photo.read_bytes()
    out = run_cli("hash", "-o", photo, photo)
    assert out.returncode == 2 and "one of the files to hash" in out.stderr
    assert photo.read_bytes() == before


# -- export -------------------------------------------------------------------


def test_export_output_checked_before_the_passphrase_and_the_work(
    home: Path, set_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for output, words in ((home / "missing" / "case.json", "does not exist"), (home, "folder")):
        code, _, err = run(capsys, "export", "--encrypt", "-o", output, set_file)
        assert code == 2 and words in err, err
    # Even with no way to ask a passphrase, the destination is what is reported.
    os.environ.pop("STOPNCII_PASSPHRASE")
    code, _, err = run(capsys, "export", "--encrypt", "-o", home / "missing" / "c.json", set_file)
    assert code == 2 and "does not exist" in err and "passphrase" not in err


def test_export_to_stdout_a_fifo_and_a_device(
    home: Path, set_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "export", "-o", "-", set_file)
    assert code == 0, err
    assert len(loads_case(out.encode()).hashset.items) == 3

    reader = FifoReader(home / "pipe")
    code, _, err = run(capsys, "export", "--include-token", "-o", reader.path, set_file)
    assert code == 0, err
    assert loads_case(reader.result()).token is not None
    assert stat.S_ISFIFO(reader.path.stat().st_mode)

    full = _device(home, "full", 7)
    code, _, err = run(capsys, "export", "-o", full, set_file)
    assert code == 2 and "No space left on device" in err
    assert stat.S_ISCHR(full.stat().st_mode)


# -- submit --receipt, bank serve --db ------------------------------------------


def test_submit_receipt_checked_before_anything_is_sent(
    home: Path, set_file: Path, server: ReferenceServer, capsys: pytest.CaptureFixture[str]
) -> None:
    ep = ["--kind", "caseapi", "--url", server.url]
    for receipt, words in (
        (home / "missing" / "r.json", "does not exist"),
        (home, "folder"),
        ("-", "standard output"),
    ):
        code, _, err = run(capsys, "submit", *ep, "--receipt", receipt, set_file)
        assert code == 2 and words in err, err
    assert server.hash_rows() == []
    assert not (home / "data" / "outbox").exists() or not list(
        (home / "data" / "outbox").glob("*.json")
    )

    reader = FifoReader(home / "pipe")
    code, _, err = run(capsys, "submit", *ep, "--no-receipt", "--receipt", reader.path, set_file)
    assert code == 0, err
    assert json.loads(reader.result())["format"] == "stopncii-receipt"


def test_bank_serve_db_in_a_missing_folder_or_not_a_file(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for db, words in ((home / "missing" / "cases.db", "does not exist"), (home, "folder")):
        code, _, err = run(capsys, "bank", "serve", "--port", "0", "--db", db)
        assert code == 2 and words in err, err
    os.mkfifo(home / "fifo")
    code, _, err = run(capsys, "bank", "serve", "--port", "0", "--db", home / "fifo")
    assert code == 2 and "not a database file" in err
