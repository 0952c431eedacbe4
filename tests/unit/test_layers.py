"""The layers hold: no Qt outside gui/, no network code outside bank/."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "stopncii_desktop"
QT_MODULES = {"PySide6", "shiboken6", "PyQt5", "PyQt6"}
NETWORK_MODULES = {
    "requests",
    "urllib3",
    "http",
    "socket",
    "ssl",
    "httpx",
    "urllib",
    "aiohttp",
    "ftplib",
    "smtplib",
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


def _files(*exclude: str) -> list[Path]:
    return [
        p for p in PACKAGE.rglob("*.py") if not any(p.is_relative_to(PACKAGE / e) for e in exclude)
    ]


@pytest.mark.parametrize("path", _files("gui"), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_qt_outside_gui(path: Path) -> None:
    assert not (_imports(path) & QT_MODULES)


@pytest.mark.parametrize("path", _files("bank"), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_network_outside_bank(path: Path) -> None:
    assert not (_imports(path) & NETWORK_MODULES)


def test_core_layers_import_without_qt_or_network() -> None:
    """Importing hashing/ and case/ in a fresh interpreter loads neither Qt nor requests."""
    import subprocess
    import sys

    code = (
        "import sys, pkgutil, importlib, stopncii_desktop.hashing as h, stopncii_desktop.case as c\n"
        "for pkg in (h, c):\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(m.name)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'requests', 'urllib3', 'shiboken6')]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
