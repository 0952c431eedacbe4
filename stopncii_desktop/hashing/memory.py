"""How much memory hashing may use, and the claim each file makes before it is decoded.

A picture of a few hundred kilobytes can declare a canvas whose decoding takes
gigabytes (a 15800x15800 JPEG: about 3 GB). So each decoder estimates, from the
file's header, what the file will need and calls :func:`claim` before decoding:

- a file that alone needs more than the budget, or more than this process may
  still map under its own limits (``ulimit -v``, ``prlimit --as``), fails as
  ``too_large``;
- in a batch, the worker asks the batch (_batch_pool.py), which grants claims while
  they fit in the budget together (:class:`Ledger`): big files wait their turn
  instead of being decoded side by side.

The budget is half of the computer's memory: its physical memory, or its
container's (cgroup's) limit when that is lower. Figures are read from the
operating system through the standard library; nothing is installed for it.
"""

from __future__ import annotations

import ctypes
import functools
import os
import sys
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Generic, TypeVar

from stopncii_desktop.hashing.errors import ErrorCode, MediaError

#: The share of the computer's memory that hashing may take, for all files at once.
BUDGET_SHARE = 0.5
#: Used when the system does not say how much memory it has.
UNKNOWN_MACHINE_BUDGET = 2 << 30
#: Never below this, whatever the system says (a tiny figure is a misreport).
MIN_BUDGET = 256 << 20

#: Asks the batch for ``nbytes``; returns when granted, raises MediaError when refused.
Gate = Callable[[int], None]

_gate: Gate | None = None


def mib(nbytes: int) -> int:
    return nbytes >> 20


def physical_memory() -> int | None:
    """The computer's physical memory in bytes, or None when the system does not say."""
    if sys.platform == "win32":
        return _windows_physical_memory()
    try:
        pages, page_size = os.sysconf("SC_PHYS_PAGES"), os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return None
    return pages * page_size if pages > 0 and page_size > 0 else None


def _windows_physical_memory() -> int | None:
    class MemoryStatusEx(ctypes.Structure):
        _fields_ = [
            ("dwLength", ctypes.c_ulong),
            ("dwMemoryLoad", ctypes.c_ulong),
            ("ullTotalPhys", ctypes.c_ulonglong),
            ("ullAvailPhys", ctypes.c_ulonglong),
            ("ullTotalPageFile", ctypes.c_ulonglong),
            ("ullAvailPageFile", ctypes.c_ulonglong),
            ("ullTotalVirtual", ctypes.c_ulonglong),
            ("ullAvailVirtual", ctypes.c_ulonglong),
            ("ullAvailExtendedVirtual", ctypes.c_ulonglong),
        ]

    status = MemoryStatusEx()
    status.dwLength = ctypes.sizeof(MemoryStatusEx)
    try:
        ok = ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status))  # type: ignore[attr-defined,unused-ignore]
    except (AttributeError, OSError):
        return None
    return int(status.ullTotalPhys) if ok and status.ullTotalPhys > 0 else None


def _read_limit(path: Path) -> int | None:
    try:
        text = path.read_text().strip()
    except (OSError, ValueError):
        return None
    # cgroup v2 says "max" for no limit; v1 says a number near 2**63.
    return int(text) if text.isdigit() and 0 < int(text) < (1 << 60) else None


def container_limit() -> int | None:
    """The memory limit of this process's cgroup and its parents on Linux, if any."""
    if not sys.platform.startswith("linux"):
        return None
    limits: list[int] = []
    try:
        lines = Path("/proc/self/cgroup").read_text().splitlines()
    except OSError:
        lines = []
    for line in lines:
        if line.startswith("0::/"):  # cgroup v2: the limit of each cgroup up to the root
            group = Path("/sys/fs/cgroup") / line[4:]
            for folder in (group, *group.parents):
                if not folder.is_relative_to("/sys/fs/cgroup"):
                    break
                if (found := _read_limit(folder / "memory.max")) is not None:
                    limits.append(found)
    v1 = _read_limit(Path("/sys/fs/cgroup/memory/memory.limit_in_bytes"))
    if v1 is not None:
        limits.append(v1)
    return min(limits) if limits else None


@functools.cache
def machine_budget() -> int:
    """Bytes that all the files being decoded at once may take together."""
    known = [m for m in (physical_memory(), container_limit()) if m]
    if not known:
        return UNKNOWN_MACHINE_BUDGET
    return max(MIN_BUDGET, int(min(known) * BUDGET_SHARE))


def _status_kib(field: str) -> int | None:
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


def process_headroom() -> int | None:
    """Bytes this process may still map under its own limits, or None when unlimited.

    ``ulimit -v`` / ``prlimit --as`` (RLIMIT_AS) counts every mapping, RLIMIT_DATA the
    private writable ones; what is already mapped is read from ``/proc`` (Linux).
    """
    try:
        import resource
    except ImportError:  # Windows
        return None
    room: list[int] = []
    for limit, field in ((resource.RLIMIT_AS, "VmSize"), (resource.RLIMIT_DATA, "VmData")):
        soft, _hard = resource.getrlimit(limit)
        if soft == resource.RLIM_INFINITY or soft <= 0:
            continue
        used = _status_kib(field)
        if used is not None:
            room.append(max(0, soft - used))
    return min(room) if room else None


def set_gate(gate: Gate | None) -> None:
    """Route claims through ``gate`` (a batch worker asks its batch); None checks alone."""
    global _gate
    _gate = gate


def claim(nbytes: int) -> None:
    """Call before decoding what will take about ``nbytes`` (the whole file's need, not more).

    Returns when the file may go on; in a batch it may first wait for other files to
    finish. Raises ``MediaError(TOO_LARGE)`` when the file can never fit.
    """
    headroom = process_headroom()
    if headroom is not None and nbytes > headroom:
        raise MediaError(
            ErrorCode.TOO_LARGE,
            f"needs about {mib(nbytes)} MiB; this process may map {mib(headroom)} MiB more",
        )
    if _gate is not None:
        _gate(nbytes)
        return
    budget = machine_budget()
    if nbytes > budget:
        raise MediaError(ErrorCode.TOO_LARGE, too_large_detail(nbytes, budget))


def too_large_detail(nbytes: int, budget: int) -> str:
    return f"needs about {mib(nbytes)} MiB; the budget is {mib(budget)} MiB"


K = TypeVar("K", bound=Hashable)


class Ledger(Generic[K]):
    """The batch's side of claims: who holds how much, and who waits, first come first served.

    A claim is granted when it fits beside what the others hold. When it does not fit
    and every other holder is waiting too (a file asking for more than it first
    claimed), the oldest waiting claim is granted anyway, so the batch never deadlocks.
    """

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self.held: dict[K, int] = {}
        self.waiting: dict[K, int] = {}

    def ask(self, key: K, nbytes: int) -> bool:
        """Queue a claim of ``nbytes`` in all for ``key``; False when it can never fit."""
        if nbytes > self.budget:
            return False
        self.waiting[key] = nbytes
        return True

    def release(self, key: K) -> None:
        self.held.pop(key, None)
        self.waiting.pop(key, None)

    @property
    def in_use(self) -> int:
        return sum(self.held.values())

    def grant(self) -> list[K]:
        """The waiting keys that may go on now (they move to ``held``), oldest first."""
        granted: list[K] = []
        for key, need in list(self.waiting.items()):
            others = self.in_use - self.held.get(key, 0)
            running = any(k != key and k not in self.waiting for k in self.held)
            if others + need <= self.budget or not running:
                del self.waiting[key]
                self.held[key] = max(need, self.held.get(key, 0))
                granted.append(key)
        return granted
