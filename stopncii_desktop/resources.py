"""Where the package's data files are: schemas, translations, fonts, the bank API spec.

They live in ``stopncii_desktop/resources/``, inside the package, so a source
checkout, an installed wheel and a frozen bundle all find them the same way.
"""

from __future__ import annotations

from pathlib import Path

_RESOURCES = Path(__file__).resolve().parent / "resources"


def resources_dir() -> Path:
    return _RESOURCES


def resource_path(*parts: str) -> Path:
    return _RESOURCES.joinpath(*parts)
