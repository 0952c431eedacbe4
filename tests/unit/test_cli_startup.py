"""A small command pays only for what it uses: ``hash`` imports neither the bank, Qt nor numba."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from stopncii_desktop.cli import COMMAND_MODULES, build_parser, command_in
from tests.media import write_photo
from tests.pdq_backends import require_backend


def _modules_after(code: str) -> set[str]:
    script = f"import sys\n{code}\nprint(' '.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_hash_parser_imports_neither_bank_nor_qt() -> None:
    loaded = _modules_after(
        "from stopncii_desktop.cli import build_parser\nbuild_parser('hash').parse_args(['hash', 'x'])"
    )
    assert "stopncii_desktop.commands.hash_cmd" in loaded
    heavy = {"requests", "cryptography", "PySide6", "numba", "stopncii_desktop.bank"}
    assert not {m for m in loaded if m.split(".")[0] in heavy or m in heavy}
    assert "stopncii_desktop.commands.bank_cmd" not in loaded


def _commands(parser: argparse.ArgumentParser) -> set[str]:
    (sub,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return set(sub.choices)


def test_every_command_is_found_alone_and_together() -> None:
    names = _commands(build_parser())
    assert len(names) == len(COMMAND_MODULES)
    for name in names:
        assert _commands(build_parser(name)) == {name}
    # An unknown word gets the whole parser, so argparse lists the real choices.
    assert _commands(build_parser("hsah")) == names


def test_command_is_the_first_word_that_is_not_an_option() -> None:
    assert command_in(["--version"]) is None
    assert command_in(["hash", "-o", "x.json", "a.jpg"]) == "hash"
    assert command_in(["-h", "bank", "serve"]) == "bank"


def test_hashing_with_the_ahead_of_time_kernels_never_imports_numba(tmp_path: Path) -> None:
    require_backend("aot")
    photo = write_photo(tmp_path / "p.jpg")
    loaded = _modules_after(
        "from pathlib import Path\n"
        "from stopncii_desktop.hashing.options import HashOptions\n"
        "from stopncii_desktop.hashing.photo import hash_photo\n"
        f"assert hash_photo(Path({str(photo)!r}), HashOptions()).ok"
    )
    assert "stopncii_desktop.hashing._pdq_aot" in loaded
    assert not {m for m in loaded if m.split(".")[0] in ("numba", "llvmlite")}
