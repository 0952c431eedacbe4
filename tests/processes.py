"""The worker processes a test's batch starts: finding them, and never leaving one behind."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest


def _stat(pid: int) -> tuple[int, str] | None:
    """(parent pid, state) of a process: R running, S sleeping, T stopped, Z gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return int(fields[1]), fields[0]


def descendants(root: int | None = None) -> dict[int, str]:
    """Every live process below ``root`` (this one by default), with its state."""
    parents: dict[int, list[tuple[int, str]]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit() and (found := _stat(int(entry))) is not None:
            parents.setdefault(found[0], []).append((int(entry), found[1]))
    out: dict[int, str] = {}
    todo = [root or os.getpid()]
    while todo:
        for pid, state in parents.get(todo.pop(), []):
            if state != "Z":
                out[pid] = state
                todo.append(pid)
    return out


def holding_open(path: Path, root: int | None = None) -> int | None:
    """The process below ``root`` that has ``path`` open right now (a worker reading it)."""
    target = str(path.resolve())
    for pid in descendants(root):
        try:
            links = [os.readlink(f"/proc/{pid}/fd/{fd}") for fd in os.listdir(f"/proc/{pid}/fd")]
        except OSError:
            continue
        if target in links:
            return pid
    return None


def wait_for_holder(path: Path, root: int | None = None, timeout: float = 180.0) -> int:
    deadline = time.monotonic() + timeout
    while (pid := holding_open(path, root)) is None:
        assert time.monotonic() < deadline, "no worker ever opened the file"
        time.sleep(0.01)
    return pid


def _is_resource_tracker(pid: int) -> bool:
    """multiprocessing's helper, started once and kept for the life of the test process."""
    try:
        return b"resource_tracker" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


@pytest.fixture
def no_worker_left() -> Iterator[None]:
    """After the test, no process started by it may be left, stopped or running."""
    before = set(descendants())
    yield
    left: dict[int, str] = {}
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        left = {
            pid: state
            for pid, state in descendants().items()
            if pid not in before and not _is_resource_tracker(pid)
        }
        if not left:
            break
        time.sleep(0.1)
    for pid in left:  # started by this test: never leave one behind, even when it failed
        os.kill(pid, signal.SIGKILL)
    assert not left, f"processes left behind: {left}"
