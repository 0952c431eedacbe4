"""A built wheel carries what the installed app needs: translations, fonts, schemas, API spec."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "stopncii_desktop" / "resources"


def test_wheel_holds_every_resource(tmp_path: Path) -> None:
    # Built from a copy: a build/ folder left in the tree would be reused.
    source = tmp_path / "source"
    skip = (".venv", ".git", "build", "*.egg-info", "*_cache", "__pycache__")
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(*skip))
    out = tmp_path / "dist"
    command = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(out)]
    subprocess.run([*command, str(source)], check=True, timeout=600)
    (wheel,) = out.glob("stopncii_desktop-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    wanted = {
        f"stopncii_desktop/resources/{p.relative_to(RESOURCES).as_posix()}"
        for p in RESOURCES.rglob("*")
        if p.is_file()
    }
    assert wanted
    assert any(n.endswith(".qm") for n in wanted)
    assert wanted <= names, sorted(wanted - names)
    assert not any(n.startswith(("tests/", "benchmarks/")) for n in names)
