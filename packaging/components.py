"""What a bundle is made of: every component, its version, licence and licence texts.

PyInstaller's analysis lists every file it put in the bundle
(``build/bundle-sources.json``, written by the spec). Each file is traced to the
Python distribution that installed it (its RECORD), to Python itself, to
PyInstaller's bootloader, or to the app; a file nobody claims stops the build,
so the list is complete. Native libraries that wheels carry inside them
(``numpy.libs/``, ``av.libs/``, Qt in PySide6...) are listed one by one under
their wheel. The SBOM (``sbom.py``) and the licences folder (``licenses.py``)
are both made from this list.
"""

from __future__ import annotations

import hashlib
import importlib.metadata as metadata
import re
import sys
import sysconfig
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import app_info

HERE = Path(__file__).resolve().parent

#: Wheels whose metadata names no licence file; the texts come from packaging/licenses/.
EXTRA_LICENSE_TEXTS = {
    "pyside6-essentials": ("LGPL-3.0.txt", "GPL-3.0.txt"),
    "shiboken6": ("LGPL-3.0.txt", "GPL-3.0.txt"),
    # PyAV's wheels carry FFmpeg, built with x264 and x265 (GPL), without its licence.
    "av": ("LGPL-2.1.txt", "GPL-2.0.txt"),
    "pillow-heif": ("LGPL-3.0.txt", "GPL-2.0.txt", "GPL-3.0.txt"),
}

#: Licences of the native libraries wheels carry, where the library's own licence is certain.
NATIVE_LICENSES = {
    "libQt6": "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only",
    "libpyside6": "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only",
    "libshiboken6": "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only",
    "libavcodec": "GPL-2.0-or-later",  # FFmpeg built with --enable-gpl (x264, x265)
    "libavdevice": "GPL-2.0-or-later",
    "libavfilter": "GPL-2.0-or-later",
    "libavformat": "GPL-2.0-or-later",
    "libavutil": "GPL-2.0-or-later",
    "libswresample": "GPL-2.0-or-later",
    "libswscale": "GPL-2.0-or-later",
    "libx264": "GPL-2.0-or-later",
    "libx265": "GPL-2.0-or-later",
    "libheif": "LGPL-3.0-or-later",
    "libde265": "LGPL-3.0-or-later",
    "libdav1d": "BSD-2-Clause",
    "libavif": "BSD-2-Clause",
    "libwebp": "BSD-3-Clause",
    "libwebpmux": "BSD-3-Clause",
    "libwebpdemux": "BSD-3-Clause",
    "libsharpyuv": "BSD-3-Clause",
    "libvpx": "BSD-3-Clause",
    "libopus": "BSD-3-Clause",
    "libzstd": "BSD-3-Clause OR GPL-2.0-only",
    "liblzma": "0BSD",
    "libpng16": "libpng-2.0",
    "libopenjp2": "BSD-2-Clause",
    "liblcms2": "MIT",
    "libXau": "MIT",
    "libxcb": "X11",
    "libgfortran": "GPL-3.0-or-later WITH GCC-exception-3.1",
    "libquadmath": "LGPL-2.1-or-later",
    "libscipy_openblas": "BSD-3-Clause",
    "libscipy_openblas64_": "BSD-3-Clause",
    "libicu": "Unicode-DFS-2016",  # ICU 73
    "libasound": "LGPL-2.1-or-later",
    "libdrm": "MIT",
    "libgmp": "LGPL-3.0-or-later OR GPL-2.0-or-later",
    "libgnutls": "LGPL-2.1-or-later",
    "libhogweed": "LGPL-3.0-or-later OR GPL-2.0-or-later",
    "libnettle": "LGPL-3.0-or-later OR GPL-2.0-or-later",
    "libunistring": "LGPL-3.0-or-later OR GPL-2.0-or-later",
    "libmp3lame": "LGPL-2.0-or-later",
    "libopencore-amr": "Apache-2.0",
    "libvpl": "MIT",
    "libSvtAv1Enc": "BSD-3-Clause-Clear",
    "libjpeg": "IJG AND BSD-3-Clause AND Zlib",
    "libtiff": "libtiff",
    "libfreetype": "FTL OR GPL-2.0-or-later",
    "libharfbuzz": "MIT",
    "libbrotli": "MIT",
}

#: Folders where wheels keep the native libraries they carry (auditwheel, delocate, delvewheel,
#: Qt in PySide6).
_NATIVE_FOLDERS = re.compile(r"(^|/)([^/]+\.libs|\.dylibs|PySide6/Qt/lib)/")
_LIBRARY_FILE = re.compile(
    r"^(?P<name>(?:lib)?[A-Za-z0-9_+-]+?)(?:-[0-9a-f]{8,})*"
    r"(?:\.so(?:\.(?P<version>[0-9.]+))?|(?:\.[0-9.]+)?\.dylib|\.dll)$"
)


@dataclass(frozen=True)
class Component:
    """One thing in the bundle, for the SBOM and the licences folder."""

    name: str
    version: str
    license: str  # an SPDX expression, or free text where the project gives no expression
    kind: str = "library"  # CycloneDX component type
    purl: str | None = None
    license_files: tuple[Path, ...] = ()
    #: For a native library a wheel carries: that wheel's name.
    inside: str | None = None
    sha256: str | None = None
    note: str = ""
    files: tuple[Path, ...] = field(default=(), compare=False, repr=False)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


#: SPDX expressions for the distributions whose metadata words their licence in prose.
LICENSE_EXPRESSIONS = {"imagehash": "BSD-2-Clause", "scipy": "BSD-3-Clause"}


def _license_of(dist: metadata.Distribution) -> str:
    meta: Any = dist.metadata
    if _normal(meta["Name"]) in LICENSE_EXPRESSIONS:
        return LICENSE_EXPRESSIONS[_normal(meta["Name"])]
    expression = meta.get("License-Expression")
    if expression:
        return str(expression)
    text = (meta.get("License") or "").strip()
    if text and "\n" not in text and len(text) < 60:
        return text
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or []]
    licences = [c for c in classifiers if "License" in c and c != "OSI Approved"]
    return " AND ".join(licences) or "see the licence files"


def _license_files(dist: metadata.Distribution) -> tuple[Path, ...]:
    found = []
    for entry in dist.files or []:
        parts = Path(str(entry)).parts
        if not parts or not parts[0].endswith(".dist-info") or entry.suffix == ".pyc":
            continue
        upper = entry.name.upper()
        if any(key in upper for key in ("LICEN", "COPYING", "NOTICE", "AUTHORS")):
            found.append(Path(str(dist.locate_file(entry))).resolve())
    extra = EXTRA_LICENSE_TEXTS.get(_normal(dist.metadata["Name"]), ())
    return tuple(sorted(found)) + tuple(HERE / "licenses" / name for name in extra)


def _native_library(path: Path, inside: metadata.Distribution) -> Component | None:
    match = _LIBRARY_FILE.match(path.name)
    if match is None:
        return None
    name = match.group("name")
    # Qt's libraries carry only their major version; PySide6 is built on Qt of its own version.
    version = inside.version if name.startswith("libQt") else match.group("version")
    licence = next(
        (
            v
            for k, v in sorted(NATIVE_LICENSES.items(), key=lambda kv: -len(kv[0]))
            if name.startswith(k)
        ),
        f"see the licences of {inside.metadata['Name']}",
    )
    return Component(
        name=name,
        version=version or inside.version,
        license=licence,
        inside=inside.metadata["Name"],
        sha256=_sha256(path),
        files=(path,),
    )


def _python_component() -> Component:
    stdlib = Path(sysconfig.get_path("stdlib"))
    candidates = [
        stdlib / "LICENSE.txt",
        Path(sys.base_prefix) / "LICENSE.txt",
        Path(f"/usr/share/doc/python{sys.version_info.major}.{sys.version_info.minor}/copyright"),
    ]
    version = ".".join(str(v) for v in sys.version_info[:3])
    return Component(
        name="cpython",
        version=version,
        license="PSF-2.0",
        purl=f"pkg:generic/cpython@{version}",
        license_files=tuple(p for p in candidates[:3] if p.is_file())[:1],
    )


def _pyinstaller_component() -> Component:
    dist = metadata.distribution("pyinstaller")
    return Component(
        name="pyinstaller-bootloader",
        version=dist.version,
        license="GPL-2.0-or-later WITH Bootloader-exception",
        purl=f"pkg:pypi/pyinstaller@{dist.version}",
        license_files=_license_files(dist),
        note="The bootloader that starts the app; its exception allows any licence for the app.",
    )


def _numba_runtime_component() -> Component:
    dist = metadata.distribution("numba")
    return Component(
        name="numba",
        version=dist.version,
        license="BSD-2-Clause",
        purl=f"pkg:pypi/numba@{dist.version}",
        license_files=_license_files(dist),
        note="Not bundled itself: its code generator and C runtime made the PDQ kernels "
        "(stopncii_desktop/hashing/_pdq_aot), which contain that runtime.",
    )


def _font_component(resources: Path) -> Component:
    return Component(
        name="Noto Sans Khmer",
        version="2.001",
        license="OFL-1.1",
        kind="file",
        license_files=(resources / "fonts" / "OFL.txt",),
    )


def bundle_components(sources: list[Path], site_packages: Path) -> list[Component]:
    """Every component of the bundle made from ``sources`` (the spec's list of files)."""
    owner: dict[Path, metadata.Distribution] = {}
    for dist in metadata.distributions(path=[str(site_packages)]):
        for entry in dist.files or []:
            owner[Path(str(dist.locate_file(entry))).resolve()] = dist
    app = metadata.distribution(app_info.NAME)
    python_dirs = {Path(p).resolve() for p in (sys.base_prefix, sys.base_exec_prefix)}
    pyinstaller = Path(
        str(metadata.distribution("pyinstaller").locate_file("PyInstaller"))
    ).resolve()
    used: dict[str, metadata.Distribution] = {}
    natives: list[Component] = []
    python_used = aot = False
    unclaimed: list[Path] = []
    for source in sources:
        holder = owner.get(source)
        if source.name.startswith("_pdq_aot."):
            aot = True  # compiled by build_kernels.py: the app's kernels with numba's runtime
            continue
        if source.name == "base_library.zip":
            python_used = True  # PyInstaller's zip of Python's standard library
            continue
        if holder is not None:
            if holder.metadata["Name"] in (app.metadata["Name"], "pyinstaller"):
                continue  # the app itself; PyInstaller's loader, listed as the bootloader
            used[holder.metadata["Name"]] = holder
            relative = str(source.relative_to(Path(str(holder.locate_file(""))).resolve()))
            if _NATIVE_FOLDERS.search(relative.replace("\\", "/")):
                native = _native_library(source, holder)
                if native is not None:
                    natives.append(native)
        elif any(source.is_relative_to(d) for d in python_dirs):
            python_used = True
        elif not source.is_relative_to(pyinstaller):
            unclaimed.append(source)
    if unclaimed:
        listed = "\n  ".join(str(p) for p in unclaimed[:20])
        raise SystemExit(f"files in the bundle that no component claims:\n  {listed}")
    components = [
        Component(
            name=dist.metadata["Name"],
            version=dist.version,
            license=_license_of(dist),
            purl=f"pkg:pypi/{_normal(dist.metadata['Name'])}@{dist.version}",
            license_files=_license_files(dist),
        )
        for dist in used.values()
    ]
    components.sort(key=lambda c: c.name.lower())
    natives.sort(key=lambda c: (c.inside or "", c.name))
    resources = Path(str(app.locate_file("stopncii_desktop/resources"))).resolve()
    extra = [_pyinstaller_component(), _font_component(resources)]
    if python_used:
        extra.insert(0, _python_component())
    if aot:
        extra.append(_numba_runtime_component())
    return [*extra, *components, *natives]


def app_component() -> Component:
    app = metadata.distribution(app_info.NAME)
    return Component(
        name=app_info.NAME,
        version=app.version,
        license=app_info.LICENSE,
        kind="application",
        purl=f"pkg:generic/{app_info.NAME}@{app.version}",
        license_files=_license_files(app),
    )
