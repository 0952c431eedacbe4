"""Which PDQ backends a test may expect: the compiled ones must be there when they can be built."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from stopncii_desktop.hashing import _pdq

BUILD_KERNELS = Path(__file__).resolve().parent.parent / "packaging" / "build_kernels.py"


def _compiler_available() -> bool:
    spec = importlib.util.spec_from_file_location("build_kernels", BUILD_KERNELS)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.find_compiler() is not None


def require_backend(name: str) -> str:
    """``name`` if it is available; a skip for ``aot`` without a C compiler; else a failure."""
    if name in _pdq.available_backends():
        return name
    if name == "aot" and not _compiler_available():
        pytest.skip("no C compiler here, so the kernels are not compiled ahead of time")
    hint = {"aot": "run `make kernels`", "numba": "numba is a dependency"}.get(name, "")
    pytest.fail(f"PDQ backend {name} is not available ({hint})")
