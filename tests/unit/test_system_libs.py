"""Before Qt loads, a missing system library gives a plain message and the apt-get line."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from stopncii_desktop import system_libs
from tests.conftest import REPO_ROOT

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux libraries")
_GLIBC = re.compile(r"^(libc|libm|libdl|libpthread|librt|ld-linux-.*|libstdc\+\+|libgcc_s)\.so")


def test_message_names_the_packages_and_the_line(monkeypatch: pytest.MonkeyPatch) -> None:
    absent = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb-cursor.so.0"}
    monkeypatch.setattr(system_libs, "_loads", lambda soname: soname not in absent)
    monkeypatch.setattr(sys, "platform", "linux")
    message = system_libs.check_before_qt({"DISPLAY": ":0"})
    assert message is not None
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1\n" in message
    assert "Traceback" not in message and "abort" not in message.lower()


def test_the_session_decides_which_plugin_is_checked() -> None:
    headless = system_libs.needed_for_this_session({"QT_QPA_PLATFORM": "offscreen"})
    assert headless == system_libs.QT_CORE
    wayland = system_libs.needed_for_this_session({"WAYLAND_DISPLAY": "wayland-0"})
    assert "libwayland-client.so.0" in wayland and "libxcb-icccm.so.4" not in wayland
    x11 = system_libs.needed_for_this_session({"DISPLAY": ":0"})
    assert "libxcb-icccm.so.4" in x11 and "libwayland-client.so.0" not in x11
    forced = system_libs.needed_for_this_session({"WAYLAND_DISPLAY": "w", "QT_QPA_PLATFORM": "xcb"})
    assert "libxcb-icccm.so.4" in forced


def test_other_systems_are_not_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(system_libs, "_loads", lambda soname: False)
    monkeypatch.setattr(sys, "platform", "darwin")
    assert system_libs.check_before_qt({}) is None


@linux_only
def test_the_app_says_so_instead_of_letting_qt_abort() -> None:
    code = (
        "import sys\n"
        "from stopncii_desktop import system_libs\n"
        "system_libs._loads = lambda soname: soname != 'libxcb-icccm.so.4'\n"
        "from stopncii_desktop.cli import main\n"
        "status = main([])\n"
        "assert 'PySide6' not in sys.modules, 'Qt was loaded'\n"
        "sys.exit(status)\n"
    )
    env = {"PATH": "/usr/bin:/bin", "DISPLAY": ":99", "HOME": str(Path.home())}
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO_ROOT,
        timeout=60,
    )
    assert done.returncode == 1, done.stderr
    assert "sudo apt-get install libxcb-icccm4" in done.stderr


def _needed(path: Path) -> set[str]:
    out = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True, check=True)
    return set(re.findall(r"NEEDED\s+(\S+)", out.stdout))


#: The Qt libraries the app loads (its modules, and those its platform and print plugins need).
QT_IN_USE = [
    "Core",
    "Gui",
    "Widgets",
    "PrintSupport",
    "DBus",
    "XcbQpa",
    "WaylandClient",
    "WlShellIntegration",
    "Svg",
]


@linux_only
def test_the_list_covers_every_system_library_of_the_qt_in_use() -> None:
    """Each library the Qt the app uses takes from the system is in the list."""
    if shutil.which("objdump") is None:
        pytest.skip("objdump (binutils) is not installed")
    import PySide6

    qt = Path(PySide6.__file__).parent
    plugins = qt / "Qt" / "plugins"
    files = [
        *(qt / f"Qt{m}.abi3.so" for m in ("Core", "Gui", "Widgets", "PrintSupport")),
        *(qt / "Qt" / "lib" / f"libQt6{m}.so.6" for m in QT_IN_USE),
        *(plugins / "platforms" / f"libq{p}.so" for p in ("xcb", "wayland", "offscreen")),
        *(plugins / "xcbglintegrations").glob("*.so"),
        *(plugins / "printsupport").glob("*.so"),
        *(plugins / "platforminputcontexts").glob("*.so"),
    ]
    from_system = {
        soname
        for f in files
        for soname in _needed(f)
        if not _GLIBC.match(soname)
        and not soname.startswith(("libQt6", "libpyside6", "libshiboken6", "libicu"))
    }
    assert from_system
    assert from_system <= set(system_libs.QT_LIBRARIES), sorted(
        from_system - set(system_libs.QT_LIBRARIES)
    )
