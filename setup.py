"""Build hook: puts the top-level ``resources/`` folder inside the package in wheels.

Everything else about the build is in pyproject.toml. In the source tree and
in editable installs, ``stopncii_desktop.resources`` finds ``resources/``
beside the package instead.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if not getattr(self, "editable_mode", False):
            target = Path(self.build_lib) / "stopncii_desktop" / "resources"
            shutil.copytree(Path(__file__).parent / "resources", target, dirs_exist_ok=True)


setup(cmdclass={"build_py": BuildWithResources})
