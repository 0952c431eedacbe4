"""``stopncii-desktop hash`` as a person runs it: a real process, real files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema

from stopncii_desktop import __version__
from stopncii_desktop.resources import resource_path
from tests.conftest import HOSTILE_NAMES
from tests.media import photo_bytes, write_photo

SCHEMA = json.loads(resource_path("schemas", "hashset-v1.schema.json").read_text())


def run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "stopncii_desktop", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env=env,
        timeout=120,
    )


def test_version_and_help() -> None:
    out = run("--version")
    assert out.returncode == 0 and __version__ in out.stdout
    out = run("--help")
    assert out.returncode == 0 and "hash" in out.stdout
    out = run("hash", "--help")
    assert out.returncode == 0 and "--with-paths" in out.stdout


def test_hashes_files_in_order_to_stdout(tmp_path: Path) -> None:
    paths = [write_photo(tmp_path / f"{n}.jpg", seed=n) for n in range(3)]
    out = run("hash", *paths)
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    jsonschema.validate(doc, SCHEMA)
    assert len(doc["items"]) == 3
    md5s = [
        next(s["value"] for s in item["signals"] if s["type"] == "md5") for item in doc["items"]
    ]
    import hashlib

    assert md5s == [hashlib.md5(p.read_bytes()).hexdigest() for p in paths]
    lines = [line for line in out.stderr.splitlines() if line.startswith("[")]
    assert [line.split("]")[0] for line in lines] == ["[1/3", "[2/3", "[3/3"]
    assert str(tmp_path) not in out.stdout


def test_some_failures_exit_1_and_still_write(tmp_path: Path) -> None:
    good = write_photo(tmp_path / "good.jpg")
    bad = tmp_path / "bad.jpg"
    bad.write_bytes(photo_bytes()[:500])
    output = tmp_path / "out" / "set.json"
    output.parent.mkdir()
    out = run("hash", good, bad, tmp_path / "missing.png", "-o", output)
    assert out.returncode == 1
    doc = json.loads(output.read_text())
    assert len(doc["items"]) == 1
    assert "damaged or incomplete" in out.stderr
    assert "could not be found" in out.stderr
    assert oct(output.stat().st_mode & 0o777) == oct(0o600)
    assert [p.name for p in output.parent.iterdir()] == ["set.json"], "no temporary file left"


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run("hash").returncode == 2
    assert run("hash", "--signals", "tmk", tmp_path).returncode == 2
    out = run("hash", tmp_path)
    assert out.returncode == 2 and "--recursive" in out.stderr
    assert run("hash", "--recursive", tmp_path).returncode == 2  # no photos in it
    assert run("frobnicate").returncode == 2


def test_recursive_with_hostile_names_and_paths_on_request(tmp_path: Path) -> None:
    folder = tmp_path / "album"
    (folder / "sub").mkdir(parents=True)
    for n, name in enumerate(HOSTILE_NAMES):
        write_photo((folder / "sub" if n % 2 else folder) / name, 64, 48, seed=n)
    (folder / "notes.txt").write_text("not a photo")
    (folder / "loop").symlink_to(folder, target_is_directory=True)
    out = run("hash", "--recursive", folder)
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert len(doc["items"]) == len(HOSTILE_NAMES)
    assert "skipped 1 file" in out.stderr
    for char in ("\u202e", "\x07", "\t"):
        assert char not in out.stderr, "control and bidi characters are shown escaped"
    assert "\\u202e" in out.stderr
    for name in HOSTILE_NAMES:
        assert name not in out.stdout
    with_paths = json.loads(run("hash", "-r", "--with-paths", folder).stdout)
    jsonschema.validate(with_paths, SCHEMA)
    assert sorted(Path(i["path"]).name for i in with_paths["items"]) == sorted(HOSTILE_NAMES)


def test_dihedral_and_extra_signals(tmp_path: Path) -> None:
    path = write_photo(tmp_path / "a.jpg")
    doc = json.loads(run("hash", "--dihedral", "--signals", "phash,dhash", path).stdout)
    signals = doc["items"][0]["signals"]
    variants = [s.get("variant") for s in signals if s["type"] == "pdq"]
    assert len(variants) == 8 and variants[0] == "original"
    assert {s["type"] for s in signals} == {"pdq", "md5", "sha256", "phash", "dhash"}


def test_dash_named_file_and_stdout_dash(tmp_path: Path) -> None:
    write_photo(tmp_path / "-starts-with-dash.jpg")
    out = run("hash", "-o", "-", "--", "-starts-with-dash.jpg", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert len(json.loads(out.stdout)["items"]) == 1
