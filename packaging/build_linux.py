"""``make bundle``: the Linux bundle, its .tar.gz, its .deb and SHA256SUMS, in ``dist/``.

Steps, each in its own script beside this one:

1. a build environment in ``build/bundle-venv`` with the exact versions of
   ``constraints.txt`` (made again only when they, pyproject.toml or Python change),
   and the app installed into it from a clean copy of the source;
2. ``build_bundle.py``, as on every system: the PDQ kernels compiled ahead of time,
   the icons, PyInstaller with ``stopncii-desktop.spec``, licences, SBOM and desktop files;
3. ``make_tarball.py``, ``make_deb.py`` and the checksums.

Every date inside comes from SOURCE_DATE_EPOCH, the commit's date unless set,
and PYTHONHASHSEED is fixed, so two builds of a commit are the same bytes
(``packaging/check-reproducible`` checks it).

    python3 packaging/build_linux.py
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import app_info

ROOT = app_info.ROOT
BUILD = ROOT / "build"
DIST = ROOT / "dist"
VENV = BUILD / "bundle-venv"
BUNDLE = BUILD / "bundle" / app_info.NAME  # build_bundle.FOLDER
HERE = Path(__file__).resolve().parent
#: Build tools, on top of the app's own dependencies (all pinned in constraints.txt).
BUILD_TOOLS = ("pyinstaller", "pyinstaller-hooks-contrib", "cyclonedx-python-lib", "numba")


def run(*command: str | Path, env: dict[str, str] | None = None, cwd: Path = ROOT) -> None:
    print("+", " ".join(str(c) for c in command), flush=True)
    subprocess.run([str(c) for c in command], check=True, env=env, cwd=cwd)


def build_environment() -> dict[str, str]:
    epoch = (
        os.environ.get("SOURCE_DATE_EPOCH")
        or subprocess.run(
            ["git", "log", "-1", "--format=%ct"],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        ).stdout.strip()
    )
    return {
        **os.environ,
        "SOURCE_DATE_EPOCH": epoch,
        "PYTHONHASHSEED": "0",
        "TZ": "UTC",
        "LC_ALL": "C.UTF-8",
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
    }


def ensure_venv(env: dict[str, str]) -> Path:
    """The build environment, made again when its inputs change."""
    python = VENV / "bin" / "python"
    requirements = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    stamp_text = "\n".join(
        [sys.version, (HERE / "constraints.txt").read_text(), *requirements, *BUILD_TOOLS]
    )
    stamp = hashlib.sha256(stamp_text.encode()).hexdigest()
    stamp_file = VENV / ".stamp"
    if python.exists() and stamp_file.exists() and stamp_file.read_text() == stamp:
        return python
    shutil.rmtree(VENV, ignore_errors=True)
    run(sys.executable, "-m", "venv", VENV, env=env)
    pip: list[str | Path] = [
        python,
        "-m",
        "pip",
        "install",
        "--quiet",
        "-c",
        HERE / "constraints.txt",
    ]
    run(*pip, "pip", "setuptools", "wheel", env=env)
    run(*pip, *requirements, *BUILD_TOOLS, env=env)
    stamp_file.write_text(stamp)
    return python


def install_app(python: Path, env: dict[str, str]) -> None:
    """Install the app from a clean copy (no build/ leftovers, caches or compiled kernels)."""
    source = BUILD / "app-source"
    shutil.rmtree(source, ignore_errors=True)
    skip = (
        ".*",
        "build",
        "dist",
        "*.egg-info",
        "__pycache__",
        "*.so",
        "*.pyd",
        "tests",
        "benchmarks",
    )
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(*skip))
    run(
        python, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
        "--force-reinstall", source, env=env,
    )  # fmt: skip


def main() -> int:
    env = build_environment()
    python = ensure_venv(env)
    install_app(python, env)
    run(python, HERE / "build_bundle.py", env=env)
    version = app_info.version()
    DIST.mkdir(exist_ok=True)
    tarball = DIST / f"{app_info.NAME}-{version}-linux-x86_64.tar.gz"
    # The two archives compress the same 350 MB: side by side, on two cores.
    archives: list[list[str | Path]] = [
        [python, HERE / "make_tarball.py", BUNDLE, f"{app_info.NAME}-{version}", tarball],
        [python, HERE / "make_deb.py", BUNDLE, DIST],
    ]
    workers = [
        subprocess.Popen([str(c) for c in command], env=env, cwd=ROOT) for command in archives
    ]
    if [worker.wait() for worker in workers] != [0, 0]:
        raise SystemExit("making the archives failed")
    deb = DIST / f"{app_info.NAME}_{version}_amd64.deb"
    sums = "".join(
        f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.name}\n" for p in (tarball, deb)
    )
    (DIST / "SHA256SUMS").write_text(sums)
    print(sums, end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
