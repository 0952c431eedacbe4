"""The layers hold: each part of the package imports only itself and the layers below it,
Qt only in gui/, and code that opens network connections only in bank/.

The order, bottom first (``LAYERS``):

0. ``__init__.py`` (the version), ``folders.py`` (config and data folders),
   ``resources.py`` (package data), ``textsafe.py`` (showing untrusted text),
   ``system_libs.py`` (the system libraries Qt needs, checked before it loads): leaves
   that import nothing of the package;
1. ``hashing/``: decoding, signal types, hashing, local matching;
2. ``case/``: hash sets, case tokens, case files, atomic writes, the review rules;
3. ``bank/``: endpoints, clients, transport, outbox, receipts, the bank service,
   the reference server;
4. ``settings.py``: the settings document (profiles and preferences);
5. ``gui/`` and ``commands/``: the two front ends, which never import each other;
6. ``cli.py``: the command, which starts one front end or the other;
7. ``__main__.py``.

A new top-level module or package must be given a place here
(``test_every_part_of_the_package_has_a_layer``).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "stopncii_desktop"
NAME = PACKAGE.name
LAYERS: tuple[frozenset[str], ...] = (
    frozenset({"__init__", "folders", "resources", "textsafe", "system_libs"}),
    frozenset({"hashing"}),
    frozenset({"case"}),
    frozenset({"bank"}),
    frozenset({"settings"}),
    frozenset({"gui", "commands"}),
    frozenset({"cli"}),
    frozenset({"__main__"}),
)
QT_MODULES = frozenset({"PySide6", "shiboken6", "PyQt5", "PyQt6"})
#: Modules that open network connections (pure parsers such as urllib.parse, ipaddress,
#: email.utils or http.HTTPStatus are not among them, and may be used anywhere).
CONNECTING_MODULES = frozenset(
    {
        "socket",
        "ssl",
        "socketserver",
        "http.client",
        "http.server",
        "http.cookiejar",
        "urllib.request",
        "xmlrpc",
        "ftplib",
        "smtplib",
        "poplib",
        "imaplib",
        "asyncio",
        "requests",
        "urllib3",
        "httpx",
        "aiohttp",
    }
)


def _layer_of(unit: str) -> int:
    for number, units in enumerate(LAYERS):
        if unit in units:
            return number
    raise LookupError(f"{unit!r} has no place in LAYERS")


def _unit(path: Path) -> str:
    """The part of the package a file belongs to: its top-level package or module."""
    first = path.relative_to(PACKAGE).parts[0]
    return first.removesuffix(".py")


def imported_modules(source: str, path: Path) -> set[str]:
    """Every module a file imports, as dotted names (``from a import b`` gives ``a`` and ``a.b``)."""
    found: set[str] = set()
    package_parts = [NAME, *path.relative_to(PACKAGE).parent.parts]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package_parts[: len(package_parts) - node.level + 1]
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            found.add(module)
            found |= {f"{module}.{alias.name}" for alias in node.names}
    return found


def _within(module: str, names: frozenset[str]) -> bool:
    return any(module == n or module.startswith(n + ".") for n in names)


def layer_violations(source: str, path: Path) -> list[str]:
    """The imports of the package that break the order, for a file at ``path``."""
    unit = _unit(path)
    mine = _layer_of(unit)
    bad = []
    for module in sorted(imported_modules(source, path)):
        parts = module.split(".")
        if parts[0] != NAME:
            continue
        # ``from stopncii_desktop import x``: x is a part (or a name in __init__.py).
        target = parts[1] if len(parts) > 1 else "__init__"
        if not any(target in units for units in LAYERS):
            target = "__init__"
        if target != unit and _layer_of(target) >= mine:
            bad.append(module)
    return bad


def _files() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _ids(path: Path) -> str:
    return str(path.relative_to(PACKAGE))


def _imports(path: Path) -> set[str]:
    return imported_modules(path.read_text(encoding="utf-8"), path)


def test_every_part_of_the_package_has_a_layer() -> None:
    parts = {_unit(p) for p in _files()}
    placed = [unit for units in LAYERS for unit in units]
    assert len(placed) == len(set(placed)), "a part is in two layers"
    assert parts == set(placed)


@pytest.mark.parametrize("path", _files(), ids=_ids)
def test_imports_only_itself_and_layers_below(path: Path) -> None:
    assert layer_violations(path.read_text(encoding="utf-8"), path) == []


@pytest.mark.parametrize("path", [p for p in _files() if _unit(p) != "gui"], ids=_ids)
def test_no_qt_outside_gui(path: Path) -> None:
    assert not [m for m in _imports(path) if _within(m, QT_MODULES)]


@pytest.mark.parametrize("path", [p for p in _files() if _unit(p) != "bank"], ids=_ids)
def test_no_connections_outside_bank(path: Path) -> None:
    assert not [m for m in _imports(path) if _within(m, CONNECTING_MODULES)]


def test_the_checks_catch_what_they_are_for() -> None:
    """Each rule refuses a file that breaks it, and lets the allowed imports through."""
    case_file = PACKAGE / "case" / "example.py"
    assert layer_violations("from stopncii_desktop.bank.base import BankError", case_file) == [
        "stopncii_desktop.bank.base",
        "stopncii_desktop.bank.base.BankError",
    ]
    assert layer_violations("from stopncii_desktop import settings", case_file) == [
        "stopncii_desktop.settings"
    ]
    assert layer_violations("from ..gui import app", case_file) == [
        "stopncii_desktop.gui",
        "stopncii_desktop.gui.app",
    ]
    allowed = "from stopncii_desktop.hashing import signals\nfrom . import hashset\n"
    allowed += "from stopncii_desktop import __version__, folders\n"
    assert layer_violations(allowed, case_file) == []
    gui_file = PACKAGE / "gui" / "example.py"
    assert layer_violations("import stopncii_desktop.commands.hash_cmd", gui_file) == [
        "stopncii_desktop.commands.hash_cmd"
    ]
    connecting = "from urllib import request\nimport http.client\nfrom socket import socket"
    assert {m for m in imported_modules(connecting, case_file) if _within(m, CONNECTING_MODULES)}
    pure = "import urllib.parse\nimport ipaddress\nfrom http import HTTPStatus\nimport email.utils"
    assert not [m for m in imported_modules(pure, case_file) if _within(m, CONNECTING_MODULES)]


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
