"""Complete the folder PyInstaller made: licences, SBOM, and on Linux the desktop files.

Run with the Python that ran PyInstaller (it reads that environment's
distributions). Adds to the bundle:

- ``licenses/``: every component's licence texts and a summary (``licenses.py``);
- ``sbom.cdx.json``: the CycloneDX SBOM (``sbom.py``);
- on Linux, ``share/`` (the ``.desktop`` entry, the icons in the hicolor layout,
  the AppStream metainfo) and a short ``README.txt``; Python's own libraries lose
  their debug information (the wheels' are left as they ship them: stripping
  breaks the ones patchelf rewrote).

    python packaging/finish_bundle.py BUNDLE_DIR [--extras-dir DIR]

``--extras-dir`` puts the licences and the SBOM elsewhere (macOS: the .app's
Contents/Resources, which must not be changed after signing).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import sysconfig
from datetime import UTC, datetime
from pathlib import Path
from string import Template

import app_info
from components import app_component, bundle_components
from licenses import write_licenses
from sbom import write_sbom

HERE = Path(__file__).resolve().parent
SOURCES_MANIFEST = app_info.ROOT / "build" / "bundle-sources.json"
ICONS = app_info.ROOT / "build" / "icons"
SVG = app_info.ROOT / "stopncii_desktop" / "resources" / "icons" / f"{app_info.NAME}.svg"

_README = """\
$display_name $version for Linux (x86-64)

Start the app:            ./$name
Make fingerprints:        ./$name hash PHOTO_OR_VIDEO...
All the commands:         ./$name --help

The app needs the graphics libraries of a desktop Linux. If one is missing, it says
which, and the line that installs them (Debian, Ubuntu), for example:
    sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1

To add it to your applications menu, copy share/ into ~/.local/share/ and put this
folder's path in the Exec= line of ~/.local/share/applications/$name.desktop.
The .deb package does all this for you.

licenses/ holds the licences of the app and of everything bundled with it;
sbom.cdx.json lists every component. See docs/install.md in the source for more.
"""


def source_date_epoch() -> int:
    value = os.environ.get("SOURCE_DATE_EPOCH")
    if value is None:
        raise SystemExit("SOURCE_DATE_EPOCH is not set (make bundle sets it to the commit's date)")
    return int(value)


def strip_python_library(bundle: Path) -> None:
    """Remove the debug information a locally built Python keeps in its own libraries (Linux).

    Only Python's (libpython and its extension modules): the wheels' libraries are left
    as they are, since stripping breaks those that patchelf rewrote.
    """
    strip = shutil.which("strip")
    internal = bundle / "_internal"
    python_libraries = [
        *internal.glob("libpython*.so*"),
        *internal.glob("python3*/lib-dynload/*.so"),
    ]
    for library in sorted(python_libraries):
        if strip is not None and not library.is_symlink():
            subprocess.run([strip, "--strip-debug", str(library)], check=True)


def write_share(target: Path, version: str, epoch: int) -> None:
    """The desktop entry, icons and metainfo, laid out as under /usr/share."""
    if target.exists():
        shutil.rmtree(target)
    applications = target / "applications"
    applications.mkdir(parents=True)
    shutil.copyfile(
        HERE / "linux" / f"{app_info.NAME}.desktop", applications / f"{app_info.NAME}.desktop"
    )
    hicolor = target / "icons" / "hicolor"
    shutil.copytree(ICONS / "hicolor", hicolor)
    scalable = hicolor / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copyfile(SVG, scalable / f"{app_info.NAME}.svg")
    metainfo = target / "metainfo"
    metainfo.mkdir()
    template = Template((HERE / "linux" / "metainfo.xml.in").read_text(encoding="utf-8"))
    text = template.substitute(
        app_id=app_info.APP_ID,
        developer_id=app_info.APP_ID.rsplit(".", 1)[0],
        license=app_info.LICENSE,
        display_name=app_info.DISPLAY_NAME,
        summary=app_info.SUMMARY,
        description=app_info.DESCRIPTION,
        name=app_info.NAME,
        version=version,
        date=datetime.fromtimestamp(epoch, tz=UTC).strftime("%Y-%m-%d"),
    )
    (metainfo / f"{app_info.APP_ID}.metainfo.xml").write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--extras-dir", type=Path, default=None)
    args = parser.parse_args(argv)
    bundle: Path = args.bundle
    extras: Path = args.extras_dir or bundle
    epoch = source_date_epoch()
    sources = [Path(p) for p in json.loads(SOURCES_MANIFEST.read_text(encoding="utf-8"))]
    site_packages = Path(sysconfig.get_path("purelib"))
    components = bundle_components(sources, site_packages)
    app = app_component()
    write_licenses(app, components, extras / "licenses")
    write_sbom(app, components, epoch, extras / "sbom.cdx.json")
    if sys.platform.startswith("linux"):
        strip_python_library(bundle)
        write_share(bundle / "share", app.version, epoch)
        readme = Template(_README).substitute(
            display_name=app_info.DISPLAY_NAME, version=app.version, name=app_info.NAME
        )
        (bundle / "README.txt").write_text(readme, encoding="utf-8")
    print(f"finish_bundle: {len(components)} components in {extras / 'sbom.cdx.json'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
