"""Worker functions that misbehave on purpose, for the batch runner's isolation tests.

They run in the spawned worker processes, so they live in an importable module.
"""

from __future__ import annotations

import os
import time

from stopncii_desktop.hashing.batch import run_one
from stopncii_desktop.hashing.options import HashOptions
from stopncii_desktop.hashing.results import MediaResult


def crash_or_hang(index: int, path: str, options: HashOptions) -> MediaResult:
    name = os.path.basename(path)
    if name.startswith("crash"):
        os._exit(139)  # as a segfault in a native decoder would
    if name.startswith("hang"):
        time.sleep(3600)
    return run_one(index, path, options)
