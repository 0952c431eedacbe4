"""Build the app's folder with PyInstaller, on the system this runs on (Linux, Windows, macOS).

Run by the Python of the build environment, where the app and
``packaging/constraints.txt`` are installed: it compiles the PDQ kernels ahead
of time, renders the icons, runs PyInstaller with the shared spec, and adds the
licences and the SBOM (``finish_bundle.py``). ``build_linux.py`` runs it for
``make bundle``; the release workflow runs it on Windows and macOS, then makes
the installer of each system.

    python packaging/build_bundle.py
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import app_info

HERE = Path(__file__).resolve().parent
BUILD = app_info.ROOT / "build"
#: Where PyInstaller leaves the app: a folder, and on macOS the .app made of it.
BUNDLE_DIR = BUILD / "bundle"
FOLDER = BUNDLE_DIR / app_info.NAME
MAC_APP = BUNDLE_DIR / f"{app_info.DISPLAY_NAME}.app"


def run(*command: str | Path) -> None:
    print("+", " ".join(str(c) for c in command), flush=True)
    # Not from the source tree: `python -m` puts the working folder first on sys.path, and
    # the bundle must be made of the app installed in this environment.
    BUILD.mkdir(exist_ok=True)
    subprocess.run([str(c) for c in command], check=True, cwd=BUILD)


def main() -> int:
    python = sys.executable
    run(python, HERE / "build_kernels.py")
    run(python, HERE / "make_icons.py", "--output-dir", BUILD / "icons")
    run(
        python, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", BUNDLE_DIR, "--workpath", BUILD / "pyinstaller", HERE / "stopncii-desktop.spec",
    )  # fmt: skip
    if sys.platform == "darwin":
        run(
            python,
            HERE / "finish_bundle.py",
            MAC_APP,
            "--extras-dir",
            MAC_APP / "Contents" / "Resources",
        )
    else:
        run(python, HERE / "finish_bundle.py", FOLDER)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
