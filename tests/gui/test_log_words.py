"""The log says what happened in plain words: sentences a person can read, never a class
name (``ConnectionFailed``, ``PermissionError``) or a code (``truncated``), and still never a
path, a file name, a hash or a token."""

from __future__ import annotations

import ast
import re
import socket
from pathlib import Path

from stopncii_desktop.bank.endpoints import Profile
from stopncii_desktop.gui.app import report_without_details
from stopncii_desktop.gui.log_window import clear_log, log_lines
from stopncii_desktop.gui.window import MainWindow
from stopncii_desktop.settings import Settings, save_settings
from tests.gui.helpers import choose_and_hash
from tests.gui.test_settings import open_settings, run_test

GUI = Path(__file__).resolve().parents[2] / "stopncii_desktop" / "gui"
CLASS_NAME = re.compile(r"\b[A-Z][a-z]+(?:[A-Z][a-z]*)+\b")  # CamelCase
CODE = re.compile(r"\b[a-z]+_[a-z_]+\b")  # snake_case
TIME = re.compile(r"^\d\d:\d\d:\d\d ")


def plain(line: str) -> str | None:
    """Why ``line`` is not plain words, or None."""
    text = TIME.sub("", line)
    if CLASS_NAME.search(text) or CODE.search(text):
        return "a class name or a code"
    if not text[:1].isupper() or not text.endswith("."):
        return "not a sentence"
    return None


def test_what_the_log_says_is_plain_words(
    qtbot, window: MainWindow, home: Path, photos: list[Path], tmp_path: Path
) -> None:
    clear_log()
    # A damaged photo among good ones.
    damaged = tmp_path / "pictures" / "Maria damaged.jpg"
    damaged.write_bytes(photos[0].read_bytes()[:300])
    choose_and_hash(qtbot, window, [photos[1], damaged])
    # A bank nobody answers at: the connection test fails.
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    save_settings(Settings([Profile("gone", "caseapi", f"http://127.0.0.1:{port}")]))
    run_test(qtbot, open_settings(window), "gone")
    # An error nobody caught.
    try:
        raise PermissionError(13, "Permission denied", str(damaged))
    except PermissionError as exc:
        report_without_details(type(exc), exc, exc.__traceback__)

    lines = log_lines()
    assert len(lines) >= 4
    problems = {line: why for line in lines if (why := plain(line))}
    assert not problems, problems
    logged = "\n".join(lines)
    assert "File 2: This file is damaged or incomplete" in logged
    assert "could not be reached" in logged
    assert "Something went wrong inside the app" in logged
    for secret in ("Maria", str(tmp_path), photos[1].name, str(port)):
        assert secret not in logged


def test_no_log_call_names_a_class_or_formats_an_f_string() -> None:
    """In the source: what is logged is words to translate, never ``type(exc).__name__``."""
    found = []
    for path in sorted(GUI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "log"
                and node.args
            ):
                arg = node.args[0]
                text = ast.unparse(arg)
                if isinstance(arg, ast.JoinedStr | ast.Constant) or "__name__" in text:
                    found.append(f"{path.name}:{node.lineno}: {text}")
    assert not found, found
