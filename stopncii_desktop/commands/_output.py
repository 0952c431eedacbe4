"""Helpers shared by subcommands: status lines, a progress line, writing results."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TextIO

from stopncii_desktop.case.atomic import DestinationError, atomic_write_bytes, check_destination
from stopncii_desktop.textsafe import safe_display

#: What ``-o`` takes to mean standard output.
STDOUT = "-"


class StatusPrinter:
    """One line per file on stderr, and on a terminal a progress line that rewrites itself."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.live = self.stream.isatty()
        self._progress_shown = False

    def _clear(self) -> None:
        if self._progress_shown:
            self.stream.write("\r\x1b[K")
            self._progress_shown = False

    def line(self, text: str) -> None:
        self._clear()
        self.stream.write(text + "\n")
        self.stream.flush()

    def progress(self, done: int, total: int, fraction: float) -> None:
        if not self.live:
            return
        self._clear()
        self.stream.write(f"  {done}/{total} files, {fraction * 100:5.1f}% ")
        self.stream.flush()
        self._progress_shown = True

    def finish(self) -> None:
        self._clear()
        self.stream.flush()


def show_path(path: Path) -> str:
    return safe_display(str(path))


def is_stdout(output: Path | None) -> bool:
    return output is None or str(output) == STDOUT


def output_problem(output: Path | None) -> str | None:
    """Why ``output`` cannot be written, in plain words, or None; asked before any work."""
    if is_stdout(output):
        return None
    assert output is not None
    try:
        check_destination(output)
    except DestinationError as exc:
        return f"cannot write to {show_path(output)}: {exc.strerror}"
    return None


def write_problem(output: Path | None, exc: OSError) -> str:
    """The plain message for a write to ``output`` that failed."""
    where = "standard output" if is_stdout(output) else show_path(output or Path(STDOUT))
    return f"could not write to {where}: {exc.strerror or type(exc).__name__}; nothing was written"


def write_output(data: str | bytes, output: Path | None) -> None:
    """Write to ``output`` (see case/atomic.py: files atomically and owner-only, devices and
    pipes directly), or to standard output when it is None or '-'. Raises OSError."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if not is_stdout(output):
        assert output is not None
        atomic_write_bytes(output, raw)
        return
    try:
        sys.stdout.flush()
        sys.stdout.buffer.write(raw)
        sys.stdout.buffer.flush()
    except BrokenPipeError:
        # The reader went away (``| head``): say so once, and keep Python from
        # failing again on the same pipe when it exits.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        raise
