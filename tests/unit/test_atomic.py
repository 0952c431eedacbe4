"""Writing files: links followed, devices and pipes written through, stale parts cleaned, never left.

Devices are made with mknod inside the test's own folder (a null and a full
device node): the real /dev is never written to.
"""

from __future__ import annotations

import errno
import os
import signal
import socket
import stat
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from stopncii_desktop.case import atomic
from stopncii_desktop.case.atomic import (
    DestinationError,
    atomic_write_bytes,
    check_destination,
    remove_stale_parts,
)

DATA = b'{"format": "stopncii-hashset"}\n'


def _device(folder: Path, name: str, minor: int, kind: int = stat.S_IFCHR) -> Path:
    path = folder / name
    try:
        os.mknod(path, kind | 0o666, os.makedev(1 if kind == stat.S_IFCHR else 7, minor))
    except (PermissionError, AttributeError):
        pytest.skip("making a device node needs root (CAP_MKNOD)")
    return path


def _parts(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_a_link_is_followed_and_stays_a_link(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    (real / "hashes.json").write_bytes(b"old")
    link = tmp_path / "hashes.json"
    link.symlink_to(real / "hashes.json")
    atomic_write_bytes(link, DATA)
    assert link.is_symlink() and os.readlink(link) == str(real / "hashes.json")
    assert (real / "hashes.json").read_bytes() == DATA
    assert stat.S_IMODE((real / "hashes.json").stat().st_mode) == 0o600
    # A link to a file not made yet: the file is made where the link points.
    dangling = tmp_path / "new.json"
    dangling.symlink_to(real / "new.json")
    atomic_write_bytes(dangling, DATA)
    assert dangling.is_symlink() and (real / "new.json").read_bytes() == DATA
    assert _parts(tmp_path) == _parts(real) == []


def test_a_device_is_written_through_never_replaced(tmp_path: Path) -> None:
    null = _device(tmp_path, "null", 3)
    atomic_write_bytes(null, DATA)
    assert stat.S_ISCHR(null.stat().st_mode)
    full = _device(tmp_path, "full", 7)
    with pytest.raises(OSError, match="No space left") as info:
        atomic_write_bytes(full, DATA)
    assert info.value.errno == errno.ENOSPC
    assert stat.S_ISCHR(full.stat().st_mode)
    # Through a link too.
    link = tmp_path / "out.json"
    link.symlink_to(null)
    atomic_write_bytes(link, DATA)
    assert link.is_symlink() and stat.S_ISCHR(null.stat().st_mode)
    assert _parts(tmp_path) == []


def test_a_fifo_gets_the_bytes_and_stays_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []

    def read() -> None:
        with open(fifo, "rb") as f:
            got.append(f.read())

    reader = threading.Thread(target=read)
    reader.start()
    atomic_write_bytes(fifo, DATA)
    reader.join(30)
    assert not reader.is_alive() and got == [DATA]
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    # A window must never wait: with nobody reading, it is a plain refusal at once.
    with pytest.raises(DestinationError, match="nothing is reading"):
        atomic_write_bytes(fifo, DATA, wait_for_reader=False)
    assert stat.S_ISFIFO(fifo.stat().st_mode) and _parts(tmp_path) == []


@pytest.fixture
def unix_socket(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "sock"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    yield path
    server.close()


def test_places_that_cannot_be_written_are_refused_plainly(
    tmp_path: Path, unix_socket: Path
) -> None:
    loop = tmp_path / "loop"
    loop.symlink_to(tmp_path / "loop")
    (tmp_path / "a-file").write_bytes(b"x")
    cases = {
        tmp_path: "folder",
        tmp_path / "missing" / "out.json": "does not exist",
        loop: "leads nowhere",
        tmp_path / "a-file" / "out.json": "is a file, not a folder",
        unix_socket: "not a file",
    }
    if hasattr(os, "mknod"):
        cases[_device(tmp_path, "disk", 0, stat.S_IFBLK)] = "disk device"
    before = sorted(p.name for p in tmp_path.iterdir())
    for path, words in cases.items():
        with pytest.raises(DestinationError, match=words):
            check_destination(path)
        with pytest.raises(DestinationError, match=words):
            atomic_write_bytes(path, DATA)
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert loop.is_symlink() and stat.S_ISBLK((tmp_path / "disk").stat().st_mode)


def test_a_read_only_folder_is_refused_before_writing(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root may write anywhere")
    folder = tmp_path / "ro"
    folder.mkdir(mode=0o500)
    with pytest.raises(DestinationError, match="permission"):
        check_destination(folder / "out.json")


# -- parts left behind ---------------------------------------------------------

# A writer that stops for good right before its rename, as one killed mid-export would.
_STUCK_WRITER = textwrap.dedent(
    """
    import os, sys, time
    from pathlib import Path
    from stopncii_desktop.case import atomic

    def stuck(*_):
        print("ready", flush=True)
        time.sleep(3600)

    os.replace = stuck
    atomic.atomic_write_bytes(Path(sys.argv[1]), b"half of a case file")
    """
)


def _stuck_writer(target: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", _STUCK_WRITER, str(target)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    return proc


def _age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_a_part_left_by_a_killed_writer_goes_on_the_next_write(tmp_path: Path) -> None:
    proc = _stuck_writer(tmp_path / "case.json")
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(30)
    (left,) = _parts(tmp_path)
    assert left.startswith(".stopncii-")
    # Not yet old enough: its writer might be one that has not taken its lock yet.
    atomic_write_bytes(tmp_path / "other.json", DATA)
    assert _parts(tmp_path) == [left]
    _age(tmp_path / left, atomic.STALE_AFTER_SECONDS + 5)
    atomic_write_bytes(tmp_path / "other.json", DATA)
    assert _parts(tmp_path) == []
    assert not (tmp_path / "case.json").exists()


def test_a_part_being_written_by_another_process_is_left_alone(tmp_path: Path) -> None:
    proc = _stuck_writer(tmp_path / "case.json")
    try:
        (alive,) = _parts(tmp_path)
        _age(tmp_path / alive, 10 * atomic.STALE_AFTER_SECONDS)  # slow, but alive
        atomic_write_bytes(tmp_path / "other.json", DATA)
        assert remove_stale_parts(tmp_path) == 0
        assert _parts(tmp_path) == [alive]
    finally:
        proc.kill()
        proc.wait(30)
    assert remove_stale_parts(tmp_path) == 1 and _parts(tmp_path) == []


def test_only_our_own_parts_are_touched(tmp_path: Path) -> None:
    old = atomic.LEGACY_STALE_AFTER_SECONDS + 60
    others = {
        ".other-tool-abcdefgh.part": old,
        "download.part": old,
        ".stopncii-abc.part": old,  # not the shape of our names
        ".tmp-abcdefgh.part": atomic.STALE_AFTER_SECONDS + 60,  # an old version's, too recent
    }
    for name, age in others.items():
        (tmp_path / name).write_bytes(b"x")
        _age(tmp_path / name, age)
    (tmp_path / "folder.part").mkdir()
    legacy = tmp_path / ".tmp-k2j_x9ab.part"  # an old version's, surely abandoned
    legacy.write_bytes(b"x")
    _age(legacy, old)
    link = tmp_path / ".stopncii-abcdefgh.part"  # our shape, but a link: never followed
    link.symlink_to(tmp_path / "download.part")
    atomic_write_bytes(tmp_path / "out.json", DATA)
    assert not legacy.exists()
    assert sorted(_parts(tmp_path)) == sorted([*others, "folder.part", link.name])


def test_a_failed_write_leaves_no_part_and_the_old_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "case.json"
    target.write_bytes(b"the old case file")
    # A real failure: the file-size limit makes the write itself fail (EFBIG).
    script = textwrap.dedent(
        """
        import resource, signal, sys
        from pathlib import Path
        from stopncii_desktop.case.atomic import atomic_write_bytes

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))
        try:
            atomic_write_bytes(Path(sys.argv[1]), b"x" * 1_000_000)
        except OSError as exc:
            print(exc.errno)
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", script, str(target)], capture_output=True, text=True, timeout=60
    )
    assert out.stdout.strip() == str(errno.EFBIG), out.stderr
    assert target.read_bytes() == b"the old case file"
    assert _parts(tmp_path) == []


def test_dev_stdout_is_written_through(tmp_path: Path) -> None:
    script = "import sys; from stopncii_desktop.case.atomic import atomic_write_bytes as w; "
    script += "from pathlib import Path; w(Path('/dev/stdout'), b'through the pipe')"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout == b"through the pipe"


def test_a_window_can_save_a_receipt_to_a_pipe_without_waiting(tmp_path: Path) -> None:
    from stopncii_desktop.bank.endpoints import Endpoint
    from stopncii_desktop.bank.receipts import Receipt, write_receipt

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    receipt = Receipt("7K3M", Endpoint("caseapi", "http://127.0.0.1:1"), [])
    with pytest.raises(DestinationError, match="nothing is reading"):
        write_receipt(receipt, fifo, wait_for_reader=False)
    assert stat.S_ISFIFO(fifo.stat().st_mode)
