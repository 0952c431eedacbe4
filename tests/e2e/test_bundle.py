"""The Linux bundle, built by ``make bundle`` and used as a person would use it.

Unpacked from the .tar.gz into a temporary folder and run with an empty home,
no Python of ours on PATH and no display: it prints its version, hashes photos
of every format and a video to exactly the fingerprints of the installed
project, writes nothing in the home folder, and its window opens on the welcome
page and closes cleanly. The .deb holds what a Debian system expects.

Building takes minutes: ``pytest -m "not bundle"`` leaves these tests out;
``make test`` (and so ``.ci/run``) runs them. ``make bundle`` does nothing when
the bundle is newer than every file it is made from.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from stopncii_desktop import __version__
from tests.conftest import REPO_ROOT
from tests.media import noisy_rgb, write_photo
from tests.unit.test_video_clips import write_clip
from tests.x11 import ask_to_close, virtual_display

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle"),
]

NAME = "stopncii-desktop"
DIST = REPO_ROOT / "dist"
TARBALL = DIST / f"{NAME}-{__version__}-linux-x86_64.tar.gz"
DEB = DIST / f"{NAME}_{__version__}_amd64.deb"
INSTALLED = Path(sys.executable).parent / NAME
TOOLS = ("gcc", "objdump", "dpkg-deb", "make", "git")


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"building the bundle needs {', '.join(missing)} (.ci/run installs them)")
    # The build's own caches (PyInstaller's, pip's) go to a home of its own, not the account's.
    home = tmp_path_factory.mktemp("build-home")
    env = {**os.environ, "HOME": str(home), "XDG_CACHE_HOME": str(home / ".cache")}
    # Test workers (pytest-xdist) each ask for the bundle: one builds it while the others wait
    # on the lock, then find it up to date.
    (REPO_ROOT / "build").mkdir(exist_ok=True)
    with (REPO_ROOT / "build" / ".bundle-lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        done = subprocess.run(
            ["make", "bundle"], cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=3600
        )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return TARBALL


@pytest.fixture(scope="session")
def bundle(built: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .tar.gz unpacked into a fresh folder; the path of its executable."""
    folder = tmp_path_factory.mktemp("unpacked")
    with tarfile.open(built) as tar:
        tar.extractall(folder, filter="data")
    (top,) = folder.iterdir()
    return top / NAME


def person_env(home: Path, **extra: str) -> dict[str, str]:
    """An empty home, no Python of ours on PATH, nothing of the test run's environment."""
    env = {
        "HOME": str(home),
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }
    return {**env, **extra}


def run_bundle(
    bundle: Path, home: Path, *args: object, timeout: float = 600
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(bundle), *map(str, args)],
        env=person_env(home),
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=home,
    )


def files_under(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def test_version(bundle: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    out = run_bundle(bundle, home, "--version")
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"{NAME} {__version__}"


@pytest.fixture
def media(tmp_path: Path) -> list[Path]:
    """A photo of every format the app reads, an animated GIF and a video."""
    folder = tmp_path / "pictures"
    folder.mkdir()
    formats = [
        ("JPEG", "holiday photo.jpg", {"quality": 92}),
        ("PNG", "фото.png", {}),
        ("WEBP", "រូបថត.webp", {"quality": 90}),
        ("GIF", "still.gif", {}),
        ("BMP", "scan.bmp", {}),
        ("TIFF", "scan.tiff", {}),
        ("AVIF", "phone.avif", {"quality": 90}),
    ]
    paths = [
        write_photo(folder / name, 320, 240, seed=n, fmt=fmt, **save)
        for n, (fmt, name, save) in enumerate(formats)
    ]
    import pillow_heif

    pillow_heif.register_heif_opener()
    heic = folder / "IMG_0001.HEIC"
    Image.fromarray(noisy_rgb(320, 240, 9)).save(heic, "HEIF", quality=90)
    frames = [Image.fromarray(noisy_rgb(96, 64, seed)) for seed in range(4)]
    animated = folder / "moving.gif"
    frames[0].save(animated, save_all=True, append_images=frames[1:], duration=100, loop=0)
    video = folder / "clip.mp4"
    write_clip(video, seconds=2.0)
    return [*paths, heic, animated, video]


def _fingerprints(document: str) -> list[Any]:
    """The signals of each item, in order (item ids are random by design)."""
    return [(item["media"], item["signals"]) for item in json.loads(document)["items"]]


def test_hash_gives_the_installed_projects_fingerprints(
    bundle: Path, media: list[Path], tmp_path: Path
) -> None:
    home = tmp_path / "empty-home"
    home.mkdir()
    args = ("hash", "--dihedral", "--signals", "phash,dhash", "--every-frame", *media)
    frozen = run_bundle(bundle, home, *args)
    assert frozen.returncode == 0, frozen.stderr
    assert f"{len(media)} of {len(media)} file(s) hashed" in frozen.stderr
    installed = subprocess.run(
        [str(INSTALLED), *map(str, args)], capture_output=True, text=True, timeout=600
    )
    assert installed.returncode == 0, installed.stderr
    ours = _fingerprints(frozen.stdout)
    assert ours == _fingerprints(installed.stdout)
    kinds = [kind for kind, _ in ours]
    assert kinds.count("video") == 1 and kinds.count("image") == len(media) - 1
    # Nothing of the pictures, and nothing at all, was written in the home folder.
    assert files_under(home) == []


def test_a_damaged_file_gets_a_plain_message(bundle: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    damaged = tmp_path / "damaged.jpg"
    damaged.write_bytes(write_photo(tmp_path / "whole.jpg").read_bytes()[:400])
    out = run_bundle(bundle, home, "hash", damaged)
    assert out.returncode == 1
    assert "damaged or incomplete" in out.stderr
    assert "Traceback" not in out.stderr


@pytest.fixture
def xvfb() -> Iterator[str]:
    """A virtual X display, as a desktop session has one."""
    if shutil.which("Xvfb") is None or shutil.which("xdotool") is None:
        pytest.skip("Xvfb and xdotool are needed to see the window (.ci/run installs them)")
    with virtual_display() as display:
        yield display


def _xdotool(display: str, *args: str, timeout: float = 120) -> str:
    done = subprocess.run(
        ["xdotool", *args],
        env={"DISPLAY": display, "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=True,
    )
    return done.stdout.strip()


def test_window_opens_on_the_welcome_page_and_closes_cleanly(
    bundle: Path, xvfb: str, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = person_env(home, DISPLAY=xvfb, QT_QPA_PLATFORM="xcb")
    app = subprocess.Popen(
        [str(bundle)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        window = _xdotool(xvfb, "search", "--sync", "--onlyvisible", "--name", "StopNCII Desktop")
        window = window.splitlines()[0]
        title = _xdotool(xvfb, "getwindowname", window)
        assert title == "Protect your pictures from being shared – StopNCII Desktop"
        ask_to_close(xvfb, int(window))  # as the window's close button does
        _out, errors = app.communicate(timeout=60)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert app.returncode == 0, errors
    assert "Traceback" not in errors


def test_window_starts_without_a_display(bundle: Path, tmp_path: Path) -> None:
    """Offscreen (no display at all) the app starts and keeps running until it is stopped."""
    home = tmp_path / "home"
    home.mkdir()
    app = subprocess.Popen(
        [str(bundle)],
        env=person_env(home),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        with pytest.raises(subprocess.TimeoutExpired):
            app.wait(timeout=15)
    finally:
        app.terminate()
        _out, errors = app.communicate(timeout=60)
    assert "Traceback" not in errors
    assert "Could not" not in errors and "could not" not in errors, errors


def _deb_field(field: str) -> str:
    return subprocess.run(
        ["dpkg-deb", "--field", str(DEB), field], capture_output=True, text=True, check=True
    ).stdout.strip()


def test_deb_holds_the_app_the_menu_entry_and_what_it_depends_on(built: Path) -> None:
    listing = subprocess.run(
        ["dpkg-deb", "--contents", str(DEB)], capture_output=True, text=True, check=True
    ).stdout
    entries = {line.split()[5].lstrip("."): line for line in listing.splitlines()}
    assert entries[f"/opt/{NAME}/{NAME}"].startswith("-rwxr-xr-x root/root")
    assert f"/usr/bin/{NAME} -> /opt/{NAME}/{NAME}" in listing
    expected = [
        f"/usr/share/applications/{NAME}.desktop",
        f"/usr/share/icons/hicolor/48x48/apps/{NAME}.png",
        f"/usr/share/icons/hicolor/256x256/apps/{NAME}.png",
        f"/usr/share/icons/hicolor/scalable/apps/{NAME}.svg",
        f"/usr/share/doc/{NAME}/copyright",
        f"/usr/share/man/man1/{NAME}.1.gz",
        f"/opt/{NAME}/licenses/README.txt",
        f"/opt/{NAME}/sbom.cdx.json",
    ]
    for path in expected:
        assert path in entries, path
    assert any(
        p.startswith("/usr/share/metainfo/") and p.endswith(".metainfo.xml") for p in entries
    )
    assert not any(p.startswith(f"/opt/{NAME}/share") for p in entries)
    assert _deb_field("Package") == NAME
    assert _deb_field("Version") == __version__
    assert _deb_field("Architecture") == "amd64"
    depends = _deb_field("Depends")
    for package in ("libxcb-icccm4", "libxcb-keysyms1", "libxcb-cursor0", "libgl1", "libc6 (>="):
        assert package in depends


def test_deb_passes_lintian_and_the_desktop_validators(built: Path, tmp_path: Path) -> None:
    """Lintian has nothing to say that the package's overrides do not explain."""
    if shutil.which("lintian") is None:
        pytest.skip("lintian is not installed (.ci/run installs it)")
    # Two checks are left out, a third of lintian's time: libraries/embedded only raises
    # embedded-library, which the overrides explain; binaries/spelling reads the text in the
    # wheels' own compiled libraries (Qt, FFmpeg...), whose words are upstream's to change.
    left_out = "libraries/embedded,binaries/spelling"
    done = subprocess.run(
        ["lintian", "--tag-display-limit", "0", "-X", left_out, str(DEB)],
        capture_output=True,
        text=True,
    )
    assert done.stdout.strip() == "", done.stdout
    subprocess.run(["dpkg-deb", "-x", str(DEB), str(tmp_path)], check=True)
    if shutil.which("desktop-file-validate"):
        desktop = tmp_path / "usr/share/applications" / f"{NAME}.desktop"
        subprocess.run(["desktop-file-validate", str(desktop)], check=True)
    if shutil.which("appstreamcli"):
        (metainfo,) = (tmp_path / "usr/share/metainfo").iterdir()
        subprocess.run(["appstreamcli", "validate", "--no-net", str(metainfo)], check=True)


def _validate_cyclonedx(document: dict[str, Any]) -> None:
    """Against CycloneDX's JSON schema, as cyclonedx-python-lib (in the build environment) ships it."""
    import jsonschema
    from referencing import Registry
    from referencing.jsonschema import DRAFT7

    (schemas,) = (REPO_ROOT / "build" / "bundle-venv").glob(
        "lib/python3*/site-packages/cyclonedx/schema/_res"
    )
    bom = json.loads((schemas / "bom-1.6.SNAPSHOT.schema.json").read_text())
    registry: Registry[Any] = Registry()
    for name in ("spdx.SNAPSHOT.schema.json", "jsf-0.82.SNAPSHOT.schema.json"):
        resource = DRAFT7.create_resource(json.loads((schemas / name).read_text()))
        # The main schema refers to them by file name, relative to its own $id.
        registry = registry.with_resource(f"http://cyclonedx.org/schema/{name}", resource)
    jsonschema.Draft7Validator(bom, registry=registry).validate(document)


def test_checksums_and_sbom(built: Path) -> None:
    lines = (DIST / "SHA256SUMS").read_text().splitlines()
    assert {line.split()[1] for line in lines} == {TARBALL.name, DEB.name}
    check = subprocess.run(
        ["sha256sum", "--check", "SHA256SUMS"], cwd=DIST, capture_output=True, text=True
    )
    assert check.returncode == 0, check.stdout
    with tarfile.open(TARBALL) as tar:
        top = f"{NAME}-{__version__}"
        sbom = json.loads(tar.extractfile(f"{top}/sbom.cdx.json").read())  # type: ignore[union-attr]
        members = [m.name for m in tar.getmembers()]
    licences = [m for m in members if m.startswith(f"{top}/licenses/")]
    # The PDQ kernels were compiled when the bundle was built: neither numba nor LLVM ships.
    assert f"{top}/_internal/stopncii_desktop/hashing" in members
    assert not [
        m for m in members if m.startswith((f"{top}/_internal/numba", f"{top}/_internal/llvmlite"))
    ]
    assert sbom["bomFormat"] == "CycloneDX" and sbom["specVersion"] == "1.6"
    _validate_cyclonedx(sbom)
    assert sbom["metadata"]["component"]["name"] == NAME
    names = {c["name"] for c in sbom["components"]}
    for name in (
        "cpython",
        "numpy",
        "pillow",
        "av",
        "PySide6_Essentials",
        "libavcodec",
        "libQt6Core",
    ):
        assert name in names, name
    assert "llvmlite" not in names
    assert all(c.get("licenses") for c in sbom["components"])
    for text in ("README.txt", "common/LGPL-3.0.txt", "common/GPL-2.0.txt"):
        assert f"{top}/licenses/{text}" in licences
    assert any("/licenses/numpy-" in n for n in licences)
    assert any(
        "/licenses/Noto Sans Khmer" in n or "/licenses/Noto_Sans_Khmer" in n for n in licences
    )
