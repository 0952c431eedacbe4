"""``stopncii-desktop hash`` against what an attacker or a broken computer hands it.

Real processes: the CLI, its worker processes, a memory limit set with ``prlimit``,
a user who may not open a folder (``setpriv`` to ``nobody``: the tests run as root,
who can read anything).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.test_hash_cli import run
from tests.hostile_media import blank_jpeg, blank_png, blank_tiff16, huge_canvas_gif
from tests.media import write_photo
from tests.processes import no_worker_left, wait_for_holder
from tests.unit.test_video_clips import long_clip

__all__ = ["no_worker_left"]

#: A file whose worker says nothing for this long times out (seconds, as text for the env).
STALL = "10"
#: A CLI run that has not finished in this long is wedged.
WEDGED = 240


def _lines(stderr: str) -> dict[str, str]:
    """File name -> its status line, from the CLI's per-file lines."""
    out = {}
    for line in stderr.splitlines():
        if line.startswith("[") and ": " in line:
            where, status = line.split("]", 1)[1].split(": ", 1)
            out[Path(where.strip()).name] = status
    return out


@pytest.mark.skipif(not hasattr(signal, "SIGSTOP"), reason="POSIX signals")
@pytest.mark.parametrize(
    ("how", "code"), [(signal.SIGSTOP, "timeout"), (signal.SIGKILL, "decoder_crashed")]
)
@pytest.mark.slow
@pytest.mark.usefixtures("no_worker_left")
def test_a_worker_stopped_or_killed_mid_file(tmp_path: Path, how: int, code: str) -> None:
    """``hash -j 2`` with the worker reading a video stopped or killed: the batch finishes,
    that video fails alone, and every photo is hashed."""
    video = tmp_path / "video.mp4"
    long_clip(video)
    photos = [write_photo(tmp_path / f"photo{n}.jpg", 320, 240, seed=n) for n in range(8)]
    cli = subprocess.Popen(
        [sys.executable, "-m", "stopncii_desktop", "hash", "-j", "2", video, *photos],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "STOPNCII_STALL_SECONDS": STALL, "PYTHONIOENCODING": "utf-8"},
    )
    try:
        os.kill(wait_for_holder(video, cli.pid), how)
        stdout, stderr = cli.communicate(timeout=WEDGED)
    finally:
        if cli.poll() is None:
            cli.kill()
            cli.communicate()
    assert cli.returncode == 1, stderr
    status = _lines(stderr)
    assert status["video.mp4"].startswith(f"failed ({code})"), status
    assert all(status[p.name].startswith("ok, image") for p in photos), status
    assert len(json.loads(stdout)["items"]) == len(photos)
    assert "Traceback" not in stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the kernel ends them on Linux")
@pytest.mark.usefixtures("no_worker_left")
def test_workers_end_with_the_command_even_when_stopped(tmp_path: Path) -> None:
    """The command killed outright (``kill -9``) while a worker is stopped mid-file: the
    worker does not live on."""
    video = tmp_path / "video.mp4"
    long_clip(video)
    cli = subprocess.Popen(
        [sys.executable, "-m", "stopncii_desktop", "hash", "-j", "2", video],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        worker = wait_for_holder(video, cli.pid)
        os.kill(worker, signal.SIGSTOP)
    finally:
        cli.kill()
        cli.wait()
    deadline = time.monotonic() + 30
    while Path(f"/proc/{worker}").exists() and "Z" not in _state(worker):
        assert time.monotonic() < deadline, "the stopped worker outlived its command"
        time.sleep(0.1)


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "Z"


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("prlimit") is None, reason="needs prlimit (util-linux)")
@pytest.mark.usefixtures("no_worker_left")
def test_hostile_pictures_under_a_memory_limit(tmp_path: Path) -> None:
    """Pictures of under a megabyte that decode to gigabytes, under ``prlimit --as``: each
    is refused from its header (``too_large``) before any decoding, the others are hashed,
    and nothing crashes."""
    hostile = [
        blank_jpeg(tmp_path / "huge.jpg", 15800, 15800),
        blank_png(tmp_path / "huge.png", 16000, 15000),
        blank_tiff16(tmp_path / "huge16.tif", 16000, 15000),
    ]
    assert all(p.stat().st_size < 3_000_000 for p in hostile)
    good = [write_photo(tmp_path / f"good{n}.jpg", 640, 480, seed=n) for n in range(3)]
    # The address space of each process (the workers inherit it): ample for the app itself.
    prlimit = ["prlimit", "--as=2500000000"]
    files = map(str, [good[0], *hostile, *good[1:]])
    out = subprocess.run(
        [*prlimit, sys.executable, "-m", "stopncii_desktop", "hash", "-j", "2", *files],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=WEDGED,
    )
    assert out.returncode == 1, out.stderr
    status = _lines(out.stderr)
    for path in hostile:
        assert status[path.name].startswith("failed (too_large)"), status
    for path in good:
        assert status[path.name].startswith("ok, image"), status
    assert "Traceback" not in out.stderr and "MemoryError" not in out.stderr


@pytest.mark.slow
def test_an_animation_of_many_frames_on_a_huge_canvas(tmp_path: Path) -> None:
    """A 46 KB GIF: 2,000 one-pixel frames on a 4000x4000 canvas. Its frames are read up
    to the cap, with a note, and the photos beside it are hashed."""
    gif = huge_canvas_gif(tmp_path / "many.gif", 4000, 4000, 2000)
    photos = [write_photo(tmp_path / f"photo{n}.jpg", 320, 240, seed=n) for n in range(4)]
    out = run("hash", "-j", "2", photos[0], gif, *photos[1:])
    assert out.returncode == 0, out.stderr
    status = _lines(out.stderr)
    assert status["many.gif"].startswith("ok, image"), status
    assert "only its first 62 frames" in status["many.gif"]
    doc = json.loads(out.stdout)
    vpdq = [s for s in doc["items"][1]["signals"] if s["type"] == "vpdq"]
    assert len(vpdq) == 1 and 0 < len(vpdq[0]["frames"]) <= 62


def test_links_that_lead_nowhere_are_said_to(tmp_path: Path) -> None:
    (tmp_path / "loop.jpg").symlink_to(tmp_path / "loop.jpg")
    (tmp_path / "gone.jpg").symlink_to(tmp_path / "deleted.jpg")
    good = write_photo(tmp_path / "good.jpg")
    out = run("hash", tmp_path / "loop.jpg", tmp_path / "gone.jpg", good)
    assert out.returncode == 1
    status = _lines(out.stderr)
    for name in ("loop.jpg", "gone.jpg"):
        assert status[name].startswith("failed (broken_link)"), status
        assert "permission" not in status[name]
    assert status["good.jpg"].startswith("ok")


def _without_root_powers() -> list[str]:
    """A prefix that runs a command unable to open a folder of mode 000, even as root."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root, and setpriv (util-linux) is missing to drop its powers")
    # Root keeps its user id (and so can run the project's Python) but loses the power to
    # open what its permissions forbid.
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]


@pytest.fixture
def locked_folders(tmp_path: Path) -> Iterator[list[Path]]:
    """Folders of mode 000, opened again after the test so that they can be removed."""
    folders: list[Path] = []
    yield folders
    for folder in folders:
        folder.chmod(0o700)


def test_a_path_inside_a_folder_that_cannot_be_opened(
    tmp_path: Path, locked_folders: list[Path]
) -> None:
    """The file fails alone (``unreadable``), the others are hashed, and a folder that cannot
    be listed is counted and said: no traceback, no stopping the whole command."""
    locked = tmp_path / "locked"
    locked.mkdir()
    inside = write_photo(locked / "photo.jpg")
    album = tmp_path / "album"
    (album / "private").mkdir(parents=True)
    write_photo(album / "private" / "hidden.jpg", seed=3)
    write_photo(album / "seen.jpg", seed=4)
    good = write_photo(tmp_path / "good.jpg", seed=1)
    for folder in (locked, album / "private"):
        folder.chmod(0)
        locked_folders.append(folder)
    command = [*_without_root_powers(), sys.executable, "-m", "stopncii_desktop", "hash", "-r"]
    out = subprocess.run(
        [*command, str(inside), str(good), str(album)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=WEDGED,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    assert "Traceback" not in out.stderr, out.stderr
    assert out.returncode == 1, out.stderr
    status = _lines(out.stderr)
    assert status["photo.jpg"].startswith("failed (unreadable)"), status
    assert status["good.jpg"].startswith("ok") and status["seen.jpg"].startswith("ok"), status
    assert "could not open 1 folder(s)" in out.stderr
    assert len(json.loads(out.stdout)["items"]) == 2
