"""Compile the PDQ kernels ahead of time into ``stopncii_desktop/hashing/_pdq_aot``.

numba compiles ``hashing/_pdq_jit.py`` when a process first hashes (about 9 s
on a fresh install) and needs its own import (about half a second) in every
process that hashes. Compiled here once instead, with numba's ``pycc`` and the
C compiler Python extensions are built with, the kernels become a small
extension module that needs neither numba nor LLVM at run time: the bundle
leaves both out, and nothing is compiled or cached on the user's computer.

The code is generated for the baseline CPU of the architecture (``generic``),
so it runs on any machine the bundle runs on; no fast-math, so the results
are bit-identical to the numba and numpy paths (checked here before the module
is put in place). The kernels release the GIL, as the numba ones do, so one
photo's filters still run on several threads.

    python packaging/build_kernels.py [--output-dir DIR] [--if-possible]

Without ``--output-dir`` the module goes beside ``_pdq.py`` in the
``stopncii_desktop`` this Python imports (the source tree for an editable
install). ``--if-possible`` turns a missing compiler into a note and exit 0:
the app then uses numba as before.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shlex
import shutil
import sys
import sysconfig
import tempfile
import warnings
from pathlib import Path
from types import ModuleType
from typing import Any

MODULE = "_pdq_aot"


def module_filename() -> str:
    return MODULE + str(sysconfig.get_config_var("EXT_SUFFIX"))


def find_compiler() -> str | None:
    """The C compiler Python's extensions are built with, if it is installed (POSIX)."""
    if os.name == "nt":
        return "msvc"  # found by setuptools itself; a missing one fails in compile()
    configured = os.environ.get("CC") or str(sysconfig.get_config_var("CC") or "cc")
    words = shlex.split(configured)
    return words[0] if words and shutil.which(words[0]) else None


def _reproducible_flags(compiler: str) -> None:
    """No debug information, no build paths and no run path in the module (same bytes each build)."""
    if os.name == "nt":
        return
    import numba

    numba_dir = Path(numba.__file__).resolve().parent
    cflags = f"-g0 -ffile-prefix-map={numba_dir}=numba"
    os.environ["CFLAGS"] = f"{os.environ.get('CFLAGS', '')} {cflags}".strip()
    if sys.platform.startswith("linux"):
        # The interpreter's own LDSHARED may add -rpath to its build folder; strip the symbols.
        os.environ["LDSHARED"] = f"{compiler} -shared"
        os.environ["LDFLAGS"] = f"{os.environ.get('LDFLAGS', '')} -s".strip()


def _release_the_gil() -> None:
    """Make pycc's Python wrappers release the GIL around each kernel, like ``nogil=True``."""
    pycc_compiler: Any = importlib.import_module("numba.pycc.compiler")
    base: Any = importlib.import_module("numba.core.compiler").Flags

    class ReleasingFlags(base):  # type: ignore[misc]
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self.release_gil = True

    pycc_compiler.Flags = ReleasingFlags


def compile_module(output_dir: Path) -> Path:
    """Compile the kernels into ``output_dir``; return the module's path."""
    warnings.filterwarnings("ignore", message=".*pycc.*")
    pycc: Any = importlib.import_module("numba.pycc")

    from stopncii_desktop.hashing import _pdq_jit

    _release_the_gil()
    cc = pycc.CC(MODULE, source_module=_pdq_jit)
    cc.output_dir = str(output_dir)
    cc.target_cpu = "generic"
    for name, signature in _pdq_jit.AOT_SIGNATURES.items():
        cc.export(name, signature)(getattr(_pdq_jit, name).py_func)
    cc.compile()
    return output_dir / module_filename()


def _load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(MODULE, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def check_bit_exact(module: ModuleType) -> None:
    """The compiled kernels give the numpy path's exact values on pictures of awkward sizes."""
    import numpy as np

    from stopncii_desktop.hashing import _pdq

    rng = np.random.default_rng(8)
    for rows, cols, channels in ((5, 5, 3), (64, 64, 4), (127, 300, 3), (1001, 777, 4)):
        pixels = rng.integers(0, 256, (rows, cols, channels), dtype=np.uint8)
        compiled = _pdq.downsample_with_kernels(module, pixels)
        if not np.array_equal(compiled, _pdq.downsample_pixels(pixels, "numpy")):
            raise SystemExit(f"compiled kernels differ from numpy on {rows}x{cols}x{channels}")


def default_output_dir() -> Path:
    from stopncii_desktop.hashing import _pdq

    return Path(_pdq.__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output-dir", type=Path, default=None)
    parser.add_argument(
        "--if-possible",
        action="store_true",
        help="without a C compiler, say so and exit 0 (numba compiles the kernels at run time)",
    )
    args = parser.parse_args(argv)
    output_dir = (args.output_dir or default_output_dir()).resolve()
    compiler = find_compiler()
    if compiler is None:
        message = (
            "no C compiler found, so the PDQ kernels are not compiled ahead of time; "
            "the app compiles them with numba on first use instead "
            "(on Debian/Ubuntu: sudo apt-get install gcc python3-dev)"
        )
        print(f"build_kernels: {message}", file=sys.stderr)
        return 0 if args.if_possible else 1
    _reproducible_flags(compiler)
    with tempfile.TemporaryDirectory(prefix="stopncii-kernels-") as tmp:
        try:
            built = compile_module(Path(tmp))
        except Exception as exc:
            print(f"build_kernels: compiling failed: {exc}", file=sys.stderr)
            return 0 if args.if_possible else 1
        check_bit_exact(_load(built))
        output_dir.mkdir(parents=True, exist_ok=True)
        target = output_dir / built.name
        shutil.copyfile(built, target.with_suffix(".tmp"))
        os.replace(target.with_suffix(".tmp"), target)
    print(f"build_kernels: {target}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
