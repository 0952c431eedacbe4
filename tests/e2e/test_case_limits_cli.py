"""What a case file may hold, as a person meets it: hostile files refused within a memory limit,
and hash sets too large for a case file named when they are made."""

from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path

import pytest

from stopncii_desktop.case import casefile
from stopncii_desktop.cli import main
from tests.media import write_photo

#: Far below the 6.6 GiB that parsing the file below took before it was bounded.
MEMORY_LIMIT = 1024 * 1024 * 1024


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def test_a_file_of_millions_of_empty_objects_is_refused_within_1_gib(tmp_path: Path) -> None:
    hostile = tmp_path / "case.json"
    count = (250 * 1024 * 1024) // 3  # 250 MiB of [{},{},...]: under the size limit
    hostile.write_bytes(b"[" + b"{}," * count + b"{}]")
    assert hostile.stat().st_size < casefile.MAX_FILE_BYTES
    photo = write_photo(tmp_path / "photo.jpg")
    for args in (["inspect", hostile], ["match", hostile, photo]):
        out = subprocess.run(
            [sys.executable, "-m", "stopncii_desktop", *map(str, args)],
            capture_output=True,
            text=True,
            timeout=300,
            preexec_fn=_limit_memory,
        )
        assert out.returncode in (1, 2), out.stderr
        assert "too large to be a case file [too-large]" in out.stderr
        assert "Traceback" not in out.stderr and "MemoryError" not in out.stderr


def test_hash_says_when_its_set_is_too_large_for_a_case_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    photos = [write_photo(tmp_path / f"p{n}.jpg", 64, 64, seed=n) for n in range(3)]
    out = tmp_path / "set.json"
    assert main(["hash", "-j", "1", "-o", str(out), *map(str, photos)]) == 0
    assert "larger than a case file" not in capsys.readouterr().err
    monkeypatch.setattr(casefile, "MAX_FILE_BYTES", 1000)
    assert main(["hash", "-j", "1", "-o", str(out), *map(str, photos)]) == 0
    assert "larger than a case file may be" in capsys.readouterr().err
    assert out.stat().st_size > 1000  # written all the same: the hashing is not lost
    code = main(["export", "-o", str(tmp_path / "case.json"), str(out)])
    assert code == 1 and "too large" in capsys.readouterr().err
