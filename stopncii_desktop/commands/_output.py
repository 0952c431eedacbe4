"""Helpers shared by subcommands: status lines, a progress line, writing results."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from stopncii_desktop.case.atomic import atomic_write_text
from stopncii_desktop.textsafe import safe_display


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


def write_output(text: str, output: Path | None) -> None:
    """Write to ``output`` atomically (owner-only), or to stdout when it is None or '-'."""
    if output is None or str(output) == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        atomic_write_text(output, text)
