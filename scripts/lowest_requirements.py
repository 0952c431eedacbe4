"""Print the lowest version of each runtime dependency that pyproject.toml declares, as pins.

``make test-lowest`` installs these (``pkg>=X`` becomes ``pkg==X``) and runs the whole test
suite against them, so a floor in pyproject.toml is only ever a version the tests have passed
on. A dependency without a lower bound is an error: every floor must be tested.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_FLOOR = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*>=\s*([0-9][0-9A-Za-z.]*)\s*(?:,.*)?$")


def lowest_pins(pyproject: Path = ROOT / "pyproject.toml") -> list[str]:
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    pins = []
    for requirement in project["dependencies"]:
        match = _FLOOR.match(requirement.split(";", 1)[0])
        if match is None:
            raise SystemExit(f"no lower bound to test in {requirement!r}")
        pins.append(f"{match.group(1)}=={match.group(2)}")
    return pins


def main() -> int:
    sys.stdout.write("\n".join(lowest_pins()) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
