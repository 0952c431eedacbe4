"""Run every benchmark: ``python -m benchmarks`` (``make bench``)."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path

status = 0
for module in sorted(m.name for m in pkgutil.iter_modules([str(Path(__file__).parent)])):
    if not module.startswith("bench_"):
        continue
    print(f"\n=== {module} ===", flush=True)
    status |= importlib.import_module(f"benchmarks.{module}").main([])
sys.exit(status)
