"""Promise 5: no network but the bank the person set up, and only when they ask.

Python's audit hooks see every socket a process makes, every connection and
every name lookup. A ``sitecustomize`` module installs one in each process the
command line starts (its hashing workers included) and records what it sees;
the GUI flow runs with one installed in the test process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.media import write_photo
from tests.unit.test_video_clips import write_clip

#: Audit events that mean talking to a network: connecting, sending, asking a resolver.
NETWORK_EVENTS = (
    "socket.connect",
    "socket.sendto",
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.gethostbyaddr",
)
#: Binding is listening, unless to this computer only (libraries probe IPv6 with ('::1', 0)).
LOOPBACK = ("127.0.0.1", "::1", "localhost")

SITECUSTOMIZE = """
import os, sys

_log = os.environ["NETWORK_AUDIT_LOG"]
_events = {events!r}
_loopback = {loopback!r}

def _hook(event, args):
    bind_out = event == "socket.bind" and not (
        isinstance(args[1], tuple) and args[1][0] in _loopback
    )
    if event in _events or bind_out:
        with open(_log, "a", encoding="utf-8") as f:
            f.write(f"{{os.getpid()}} {{event}} {{args!r}}\\n")

sys.addaudithook(_hook)
"""


@pytest.fixture
def audited_env(tmp_path: Path) -> tuple[dict[str, str], Path]:
    """An environment whose Python processes log every network event to a file."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(
        SITECUSTOMIZE.format(events=NETWORK_EVENTS, loopback=LOOPBACK)
    )
    log = tmp_path / "network.log"
    log.touch()
    path = os.pathsep.join([str(site), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env = {**os.environ, "PYTHONPATH": path, "NETWORK_AUDIT_LOG": str(log)}
    env["STOPNCII_PASSPHRASE"] = "correct horse battery staple"
    return env, log


def _cli(env: dict[str, str], *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "stopncii_desktop", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


def test_the_command_line_works_without_any_network(
    tmp_path: Path, audited_env: tuple[dict[str, str], Path]
) -> None:
    env, log = audited_env
    photos = [write_photo(tmp_path / f"p{n}.jpg", seed=n) for n in range(3)]
    video = tmp_path / "clip.mp4"
    write_clip(video)
    hashset = tmp_path / "set.json"
    case = tmp_path / "case.stopncii.json"
    steps: list[tuple[str | Path, ...]] = [
        ("hash", "-j", "2", "--dihedral", "-o", hashset, *photos, video),
        ("match", hashset, photos[0], video),
        ("export", "--encrypt", "-o", case, hashset),
        ("inspect", case),
    ]
    for args in steps:
        out = _cli(env, *args)
        assert out.returncode == 0, (args[0], out.stderr)
    assert len(json.loads(hashset.read_text())["items"]) == 4
    # A control: the hook records a lookup when one happens (the log is not dead).
    control = subprocess.run(
        [sys.executable, "-c", "import socket; socket.getaddrinfo('127.0.0.1', 9)"],
        env=env,
        capture_output=True,
        timeout=60,
    )
    assert control.returncode == 0
    lines = log.read_text().splitlines()
    assert len(lines) >= 1 and "socket.getaddrinfo" in lines[-1]
    assert lines[:-1] == [], "\n".join(lines)


class _Recorder:
    """An audit hook for this process, recording network events while it is on."""

    def __init__(self) -> None:
        self.on = False
        self.events: list[tuple[str, tuple[Any, ...]]] = []
        self._lock = threading.Lock()

    def __call__(self, event: str, args: tuple[Any, ...]) -> None:
        if not self.on:
            return
        bind_out = event == "socket.bind" and not (
            isinstance(args[1], tuple) and args[1][0] in LOOPBACK
        )
        if event in NETWORK_EVENTS or bind_out:
            with self._lock:
                self.events.append((event, args))


_RECORDER = _Recorder()
sys.addaudithook(_RECORDER)  # audit hooks cannot be removed: this one is idle unless asked


@pytest.fixture
def network_events() -> Iterator[_Recorder]:
    _RECORDER.events.clear()
    _RECORDER.on = True
    try:
        yield _RECORDER
    finally:
        _RECORDER.on = False


def test_the_app_talks_only_to_the_practice_bank_and_only_when_asked(
    qtbot: Any, tmp_path: Path, network_events: _Recorder
) -> None:
    from tests.gui.helpers import choose_and_hash, make_window, wait_for_page

    photos = [write_photo(tmp_path / f"photo {n}.jpg", seed=n) for n in range(2)]
    window = make_window(qtbot)
    try:
        choose_and_hash(qtbot, window, photos)
        review = window.current_page
        review_next = review.next  # type: ignore[attr-defined]
        review_next.click()
        wait_for_page(qtbot, window, "send")
        assert network_events.events == [], "the network was used before anything was sent"

        # The send page's controls are its sending panel's since the pages became panels.
        sending = window.current_page.sending  # type: ignore[attr-defined]
        sending.practice_box.click()
        sending.send_button.click()
        sending.confirm.yes.click()
        wait_for_page(qtbot, window, "receipt", timeout=60_000)
    finally:
        for page in window.pages.values():
            page.shutdown()
    events = network_events.events
    connects = [args[1] for event, args in events if event == "socket.connect"]
    assert connects, "the practice submission was not seen (is the audit hook working?)"
    assert all(address[0] in LOOPBACK for address in connects), connects
    # A numeric address "looked up" asks no resolver; a name would.
    numeric = ("127.0.0.1", "::1")
    others = [
        e
        for e in events
        if e[0] != "socket.connect" and not (e[0] == "socket.getaddrinfo" and e[1][0] in numeric)
    ]
    assert others == [], others
