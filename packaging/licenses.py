"""The ``licenses/`` folder of a bundle: every component's licence texts and a plain summary.

``licenses/README.txt`` lists each component with its version and licence, says
which parts are under the GPL or LGPL and what that means for someone who passes
the app on, and where the sources are. Each Python distribution's own licence
files are copied to ``licenses/<name>-<version>/``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import app_info
from components import Component

_NOTICE = """\
Licences of {display} {version} and of everything bundled with it
=================================================================

{display} itself is under the BSD 3-Clause licence ({name}-{version}/).
To run without Python installed it carries Python, Qt and the libraries below,
each under its own licence; their texts are in the folders beside this file.
sbom.cdx.json (beside the app) lists the same components with their checksums.

What this means if you pass the app on
--------------------------------------
- Qt and PySide6 (LGPL-3.0) are separate files in _internal/PySide6/Qt/lib/
  (the Qt frameworks on macOS, the Qt6*.dll files on Windows): you may replace
  them with your own build of the same Qt version.
- FFmpeg in PyAV is built with x264 and x265, and pillow-heif's wheels carry x265:
  these parts are under the GNU GPL version 2 or later, so the bundle as a whole is
  distributed under the terms of the GPL. Its source code is that of the upstream
  projects at the versions below (FFmpeg: https://ffmpeg.org, PyAV:
  https://github.com/PyAV-Org/PyAV, pillow-heif: https://github.com/bigcat88/pillow_heif,
  Qt: https://download.qt.io); whoever distributes the bundle must be ready to
  provide it on request, as the GPL asks.
- The texts of the GPL and LGPL are in common/.

Components
----------
{table}
"""


def _folder(component: Component) -> str:
    return f"{component.name}-{component.version}".replace("/", "_").replace(" ", "_")


def write_licenses(app: Component, components: list[Component], target: Path) -> None:
    """Fill ``target`` (the bundle's ``licenses`` folder) from ``components``."""
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    common = target / "common"
    common.mkdir()
    for text in sorted((Path(__file__).parent / "licenses").glob("*.txt")):
        shutil.copyfile(text, common / text.name)
    rows = []
    for component in [app, *components]:
        where = f"inside {component.inside}" if component.inside else ""
        rows.append(f"{component.name} {component.version}: {component.license} {where}".rstrip())
        if component.inside or not component.license_files:
            continue
        folder = target / _folder(component)
        folder.mkdir(exist_ok=True)
        for path in component.license_files:
            if path.parent == Path(__file__).parent / "licenses":
                continue  # the common texts, already in common/
            shutil.copyfile(path, folder / path.name)
    notice = _NOTICE.format(
        display=app_info.DISPLAY_NAME,
        name=app.name,
        version=app.version,
        table="\n".join(f"- {row}" for row in rows),
    )
    (target / "README.txt").write_text(notice, encoding="utf-8")
