"""The system libraries Qt needs on Linux, and a plain message when some are missing.

Qt's libraries come with the app (PySide6's wheel, or the bundle), but they use
the desktop's own libraries for drawing, fonts, the keyboard and the window
system, and a fresh Debian or Ubuntu lacks several of those Qt's X11 plugin
needs. Without them Qt stops the app with an abort and a message that names
one library. Checked before Qt is loaded, the app instead says which packages
are missing and the exact ``apt-get install`` line. The same list gives the
``.deb`` its ``Depends:`` (``packaging/make_deb.py``).

    python -m stopncii_desktop.system_libs             # exit 1 with the apt-get line if any is missing
    python -m stopncii_desktop.system_libs --packages  # every package of the list (for CI)
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Mapping, Sequence

#: Libraries Qt's widgets load whatever the platform, with the Debian/Ubuntu package of each.
QT_CORE = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libzstd.so.1": "libzstd1",
    "libz.so.1": "zlib1g",
}
#: What the X11 (xcb) platform plugin adds: most desktops, and XWayland.
QT_XCB = {
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}
#: What the Wayland platform plugin adds.
QT_WAYLAND = {
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
}
#: Printing the receipt (Qt's CUPS plugin); the app runs without it.
QT_PRINTING = {"libcups.so.2": "libcups2"}
QT_LIBRARIES: Mapping[str, str] = {**QT_CORE, **QT_XCB, **QT_WAYLAND, **QT_PRINTING}

#: Platforms that draw nowhere, for tests and headless runs: only the core is needed.
_HEADLESS = ("offscreen", "minimal", "vnc")


def needed_for_this_session(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """The libraries Qt will load to show a window here (by ``QT_QPA_PLATFORM`` and the session)."""
    env = os.environ if environ is None else environ
    platform = env.get("QT_QPA_PLATFORM", "").split(":")[0].strip().lower()
    if platform in _HEADLESS:
        return dict(QT_CORE)
    if platform.startswith("wayland") or (not platform and env.get("WAYLAND_DISPLAY")):
        # Qt falls back to X11 (XWayland) when Wayland fails, but Wayland alone is enough.
        return {**QT_CORE, **QT_WAYLAND}
    return {**QT_CORE, **QT_XCB}


def _loads(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def missing_packages(libraries: Mapping[str, str]) -> list[str]:
    """The packages whose library in ``libraries`` cannot be loaded, sorted, each once."""
    return sorted({package for soname, package in libraries.items() if not _loads(soname)})


def apt_get_line(packages: Sequence[str]) -> str:
    return "sudo apt-get install " + " ".join(packages)


def explain(packages: Sequence[str]) -> str:
    """A plain message naming the missing packages and the line that installs them."""
    return (
        "The desktop app cannot start: this computer lacks some system libraries that Qt, "
        "the toolkit it draws its windows with, needs.\n"
        f"Missing packages: {', '.join(packages)}\n"
        "On Debian or Ubuntu, install them with:\n"
        f"    {apt_get_line(packages)}\n"
        "On other systems, install the packages that give the same libraries. "
        "The command line (stopncii-desktop hash ...) works without them."
    )


def check_before_qt(environ: Mapping[str, str] | None = None) -> str | None:
    """None when Qt can start here; else the message to show. Only Linux is checked."""
    if not sys.platform.startswith("linux"):
        return None
    packages = missing_packages(needed_for_this_session(environ))
    return explain(packages) if packages else None


def main(argv: Sequence[str] | None = None) -> int:
    if list(sys.argv[1:] if argv is None else argv) == ["--packages"]:
        print(" ".join(sorted(set(QT_LIBRARIES.values()))))
        return 0
    problem = check_before_qt()
    if problem is not None:
        print(problem, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
