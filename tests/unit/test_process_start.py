"""Workers are forked only where that is safe, and a forked worker isolates a bad file as well."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from stopncii_desktop.hashing.process_start import start_method
from tests.conftest import REPO_ROOT
from tests.media import write_photo

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork on Linux only")

#: Hashes the files named on its command line the way ``hash`` does, one file per batch.
_BATCH_SCRIPT = """
import json, sys
from pathlib import Path
from stopncii_desktop.hashing.batch import iter_hash
from stopncii_desktop.hashing.options import HashOptions
from stopncii_desktop.hashing.process_start import start_method
from tests.workers_for_tests import crash_or_hang
out = {"method": start_method(), "codes": []}
for name in sys.argv[1:]:
    (result,) = iter_hash([Path(name)], HashOptions(), runner=crash_or_hang, stall_seconds=3)
    out["codes"].append(result.error.code.value if result.error else "ok")
print(json.dumps(out))
"""


def _in_fresh_process(code: str, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        timeout=300,
        check=True,
    )
    return done.stdout.strip()


@linux_only
def test_a_plain_process_forks_and_a_qt_or_threaded_one_spawns() -> None:
    assert (
        _in_fresh_process(
            "from stopncii_desktop.hashing.process_start import start_method as s; print(s())"
        )
        == "fork"
    )
    assert (
        _in_fresh_process(
            "import PySide6.QtCore\nfrom stopncii_desktop.hashing.process_start import start_method as s; print(s())"
        )
        == "spawn"
    )
    stop = threading.Event()
    helper = threading.Thread(target=stop.wait)
    helper.start()
    try:
        assert start_method() == "spawn"
    finally:
        stop.set()
        helper.join()


def test_other_systems_spawn(monkeypatch: pytest.MonkeyPatch) -> None:
    for platform in ("win32", "darwin"):
        monkeypatch.setattr(sys, "platform", platform)
        assert start_method() == "spawn"


@pytest.mark.slow
@linux_only
def test_a_forked_worker_reports_a_crash_or_a_hang_of_a_lone_file(tmp_path: Path) -> None:
    good = write_photo(tmp_path / "good.jpg")
    crash = write_photo(tmp_path / "crash.jpg", seed=2)
    hang = write_photo(tmp_path / "hang.jpg", seed=3)
    out = json.loads(_in_fresh_process(_BATCH_SCRIPT, str(crash), str(good), str(hang), str(good)))
    assert out["method"] == "fork"
    assert out["codes"] == ["decoder_crashed", "ok", "timeout", "ok"]
