"""Build the Debian package of a finished Linux bundle with dpkg-deb, the same bytes every build.

Layout: the bundle in ``/opt/stopncii-desktop`` (a self-contained app, the place
the FHS gives add-on software), ``/usr/bin/stopncii-desktop`` pointing at it, the
desktop entry, hicolor icons and AppStream metainfo under ``/usr/share``, a
manual page, the copyright file and the lintian overrides (each one explained).

``Depends:`` is worked out from the bundle itself: every library an ELF file in
it needs that the bundle does not carry must come from a Debian package, named
in ``stopncii_desktop.system_libs`` (Qt's) or below (Python's); an unknown one
stops the build. glibc's version is the newest symbol version any file uses.

    python packaging/make_deb.py BUNDLE_DIR OUTPUT_DIR
"""

from __future__ import annotations

import argparse
import email.utils
import gzip
import hashlib
import os
import re
import shutil
import subprocess
from pathlib import Path

import app_info

from stopncii_desktop.system_libs import QT_LIBRARIES

HERE = Path(__file__).resolve().parent
INSTALL_DIR = Path("opt") / app_info.NAME
#: Libraries Python's own modules load (ssl, sqlite3, ctypes, compression, readline).
PYTHON_LIBRARIES = {
    "libbz2.so.1.0": "libbz2-1.0",
    "libcrypto.so.3": "libssl3",
    "libssl.so.3": "libssl3",
    "libffi.so.8": "libffi8",
    "liblzma.so.5": "liblzma5",
    "libreadline.so.8": "libreadline8",
    "libsqlite3.so.0": "libsqlite3-0",
    "libuuid.so.1": "libuuid1",
    "libz.so.1": "zlib1g",
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
    "libexpat.so.1": "libexpat1",
    "libncursesw.so.6": "libncursesw6",
    "libtinfo.so.6": "libtinfo6",
    "libgdbm.so.6": "libgdbm6",
    "libgdbm_compat.so.4": "libgdbm-compat4",
    "libmpdec.so.3": "libmpdec3",
}
GLIBC = re.compile(
    r"^(libc|libm|libdl|libpthread|librt|libutil|libresolv|libmvec|ld-linux-x86-64)\.so"
)
PACKAGES = {**QT_LIBRARIES, **PYTHON_LIBRARIES}
#: The lintian tags this package raises on purpose, and why (shipped as its overrides file).
LINTIAN_OVERRIDES = HERE / "linux" / "lintian-overrides"


def _elf_files(root: Path) -> list[Path]:
    found = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def _objdump(flag: str, path: Path) -> str:
    return subprocess.run(
        ["objdump", flag, str(path)], capture_output=True, text=True, check=True
    ).stdout


def depends(bundle: Path) -> str:
    """The Depends: line for the libraries the bundle takes from the system."""
    provided = {p.name for p in bundle.rglob("*.so*")}
    needed: set[str] = set()
    glibc = (2, 17)
    for path in _elf_files(bundle):
        headers = _objdump("-p", path)
        provided |= set(re.findall(r"SONAME\s+(\S+)", headers))
        needed |= set(re.findall(r"NEEDED\s+(\S+)", headers))
        for major, minor in re.findall(r"GLIBC_(\d+)\.(\d+)", _objdump("-T", path)):
            glibc = max(glibc, (int(major), int(minor)))
    from_system = sorted(n for n in needed - provided if not GLIBC.match(n))
    unknown = [n for n in from_system if n not in PACKAGES]
    if unknown:
        raise SystemExit(f"no Debian package known for {', '.join(unknown)}: add it to make_deb.py")
    packages = sorted({PACKAGES[n] for n in from_system})
    return ", ".join([f"libc6 (>= {glibc[0]}.{glibc[1]})", *packages])


def _gzipped(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    with (
        target.open("wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as out,
    ):
        out.write(source.read_bytes())


def _copyright() -> str:
    licence = (app_info.ROOT / "LICENSE").read_text(encoding="utf-8").strip()
    indented = "\n".join(f" {line}" if line.strip() else " ." for line in licence.splitlines())
    return (
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        f"Upstream-Name: {app_info.NAME}\n"
        f"Comment: The app runs on Python, Qt (PySide6) and other libraries that it carries in\n"
        f" /{INSTALL_DIR}/_internal, each under its own licence, some of them the GNU GPL\n"
        f" or LGPL. /{INSTALL_DIR}/licenses/README.txt lists them all, with their texts.\n"
        "\n"
        "Files: *\n"
        "Copyright: stopncii-desktop contributors\n"
        f"License: {app_info.LICENSE}\n"
        f"{indented}\n"
    )


def _control(bundle: Path, version: str, installed_kib: int) -> str:
    description = app_info.DESCRIPTION
    words, lines, line = description.split(), [], ""
    for word in words:
        if len(line) + len(word) + 1 > 78:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    maintainer = _maintainer()
    return (
        f"Package: {app_info.NAME}\n"
        f"Version: {version}\n"
        "Architecture: amd64\n"
        f"Maintainer: {maintainer}\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {depends(bundle)}\n"
        "Section: utils\n"
        "Priority: optional\n"
        f"Description: {app_info.SUMMARY.lower()[0]}{app_info.SUMMARY[1:]}\n"
        + "".join(f" {line}\n" for line in lines)
    )


def _changelog(version: str, epoch: int) -> str:
    """A Debian changelog entry for this version (the app's own is CHANGELOG.md in the source)."""
    date = email.utils.formatdate(epoch, usegmt=True).replace("GMT", "+0000")
    return (
        f"{app_info.NAME} ({version}) unstable; urgency=medium\n\n"
        f"  * Release {version}: see CHANGELOG.md in the source for what changed.\n\n"
        f" -- {_maintainer()}  {date}\n"
    )


def _maintainer() -> str:
    return os.environ.get(
        "DEB_MAINTAINER", "stopncii-desktop contributors <maintainers@stopncii-desktop.invalid>"
    )


def _stage(bundle: Path, root: Path, version: str, epoch: int) -> None:
    opt = root / INSTALL_DIR

    def top_level_extras(folder: str, _names: list[str]) -> list[str]:
        # share/ goes to /usr/share, and the README is for the .tar.gz.
        return ["share", "README.txt"] if Path(folder) == bundle else []

    shutil.copytree(bundle, opt, symlinks=True, ignore=top_level_extras)
    usr = root / "usr"
    (usr / "bin").mkdir(parents=True)
    # Between top-level folders, Debian policy asks for an absolute link.
    (usr / "bin" / app_info.NAME).symlink_to(f"/{INSTALL_DIR}/{app_info.NAME}")
    shutil.copytree(bundle / "share", usr / "share")
    doc = usr / "share" / "doc" / app_info.NAME
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(_copyright(), encoding="utf-8")
    changelog = root.parent / "changelog"
    changelog.write_text(_changelog(version, epoch), encoding="utf-8")
    _gzipped(changelog, doc / "changelog.gz")
    _gzipped(
        HERE / "linux" / f"{app_info.NAME}.1",
        usr / "share" / "man" / "man1" / f"{app_info.NAME}.1.gz",
    )
    overrides = usr / "share" / "lintian" / "overrides"
    overrides.mkdir(parents=True)
    shutil.copyfile(LINTIAN_OVERRIDES, overrides / app_info.NAME)


def _normalise(root: Path, epoch: int) -> int:
    """Modes and dates as Debian expects and reproducibility needs; returns the size in KiB."""
    total = 0
    for path in sorted(root.rglob("*"), reverse=True):
        if path.is_symlink():
            os.utime(path, (epoch, epoch), follow_symlinks=False)
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            executable = path.name == app_info.NAME and path.parent.name == app_info.NAME
            path.chmod(0o755 if executable else 0o644)
            total += path.stat().st_size
        os.utime(path, (epoch, epoch))
    root.chmod(0o755)
    return (total + 1023) // 1024


def _md5sums(root: Path) -> str:
    lines = []
    for path in sorted(root.rglob("*")):
        if (
            path.is_file()
            and not path.is_symlink()
            and "DEBIAN" not in path.relative_to(root).parts
        ):
            digest = hashlib.md5(path.read_bytes(), usedforsecurity=False).hexdigest()
            lines.append(f"{digest}  {path.relative_to(root).as_posix()}\n")
    return "".join(lines)


def make_deb(bundle: Path, output_dir: Path, version: str, epoch: int, work: Path) -> Path:
    if work.exists():
        shutil.rmtree(work)
    root = work / "root"
    root.mkdir(parents=True)
    _stage(bundle, root, version, epoch)
    installed_kib = _normalise(root, epoch)
    control_dir = root / "DEBIAN"
    control_dir.mkdir()
    (control_dir / "control").write_text(_control(bundle, version, installed_kib), encoding="utf-8")
    (control_dir / "md5sums").write_text(_md5sums(root), encoding="utf-8")
    _normalise(control_dir, epoch)
    output = output_dir / f"{app_info.NAME}_{version}_amd64.deb"
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(epoch)}
    # gzip: xz is several times slower, and must run on one thread to be reproducible (its
    # multi-threaded output depends on the number of threads).
    command = ["dpkg-deb", "--root-owner-group", "-Zgzip", "-z6", "--build", str(root), str(output)]
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL)
    return output


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path)
    parser.add_argument("output_dir", type=Path)
    args = parser.parse_args(argv)
    epoch = int(os.environ["SOURCE_DATE_EPOCH"])
    work = app_info.ROOT / "build" / "deb"
    print(make_deb(args.bundle, args.output_dir, app_info.version(), epoch, work))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
