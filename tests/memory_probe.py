"""How much memory hashing one file takes, against what its header made it claim.

Measured in a fresh process (Linux: its peak resident memory, reset through
``/proc/self/clear_refs`` once decoders and kernels are loaded by hashing a
small file first). Used by the memory tests and ``benchmarks/bench_memory.py``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

_MEASURE = """
import json, sys
from pathlib import Path
from stopncii_desktop.hashing import memory
from stopncii_desktop.hashing.media import hash_file
from stopncii_desktop.hashing.options import HashOptions

def status(field):
    for line in open("/proc/self/status"):
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024

claims = []
real = memory.claim
vars(memory)["claim"] = lambda n: (claims.append(n), real(n))[1]
warm, path = map(Path, sys.argv[1:])
hash_file(warm, HashOptions())
claims.clear()
open("/proc/self/clear_refs", "w").write("5")
before = status("VmRSS")
ok = hash_file(path, HashOptions()).ok
print(json.dumps([ok, claims, status("VmHWM") - before]))
"""


def available() -> bool:
    return Path("/proc/self/clear_refs").exists()


def measure(path: Path, warm: Path) -> tuple[bool, list[int], int]:
    """(hashed ok, the bytes claimed, the peak bytes taken) for hashing ``path``."""
    out = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(warm), str(path)],
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    ok, claims, peak = json.loads(out.stdout.strip().splitlines()[-1])
    return bool(ok), [int(c) for c in claims], int(peak)
