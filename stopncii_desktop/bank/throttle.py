"""Slowing down whoever guesses: failed lookups counted per client address and overall.

A case token is the only key to a case, so a bank must not let anyone try
tokens quickly. Each failure (an unknown case, a malformed token, a wrong
bearer token) fills a bucket that drains at a steady rate; while a bucket is
full, that client (or, for the overall bucket, everyone) is told to wait,
with the number of seconds, before it may ask anything again. The wait comes
before the lookup, so a right guess made while waiting tells nothing.

IPv6 clients are counted by their /64 network (one machine usually holds a
whole /64); the number of addresses remembered is bounded, and the overall
bucket limits guessing from many addresses at once.
"""

from __future__ import annotations

import ipaddress
import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class GuessLimits:
    """How many failed lookups are allowed, and how fast the allowance comes back."""

    #: Failures one address may make in a row...
    per_address: int = 20
    #: ...then one more every this many seconds (120 an hour).
    per_address_seconds: float = 30.0
    #: Failures all clients together may make in a row...
    overall: int = 200
    #: ...then one more every this many seconds (3,600 an hour).
    overall_seconds: float = 1.0
    #: Addresses remembered at once (the least recently seen is forgotten first).
    max_addresses: int = 10_000


@dataclass(slots=True)
class _Bucket:
    level: float = 0.0
    updated: float = 0.0

    def drain(self, now: float, seconds: float) -> float:
        self.level = max(0.0, self.level - (now - self.updated) / seconds)
        self.updated = now
        return self.level


def client_key(address: str) -> str:
    """What a client is counted as: its IPv4 address, or its IPv6 /64 network."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return address
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.IPv6Network((ip, 64), strict=False))
    return str(ip)


class GuessThrottle:
    """Thread-safe failure counting for :class:`~stopncii_desktop.bank.reference_server.ReferenceServer`."""

    def __init__(
        self, limits: GuessLimits | None = None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limits = limits or GuessLimits()
        self._clock = clock
        self._lock = threading.Lock()
        self._overall = _Bucket(updated=clock())
        self._clients: OrderedDict[str, _Bucket] = OrderedDict()

    def wait(self, address: str) -> int:
        """Whole seconds this client must wait before asking anything; 0 if it may ask now."""
        limits, now = self.limits, self._clock()
        with self._lock:
            overall = self._overall.drain(now, limits.overall_seconds)
            waits = [(overall - limits.overall + 1) * limits.overall_seconds]
            bucket = self._clients.get(client_key(address))
            if bucket is not None:
                level = bucket.drain(now, limits.per_address_seconds)
                waits.append((level - limits.per_address + 1) * limits.per_address_seconds)
        longest = max(waits)
        return math.ceil(longest) if longest > 0 else 0

    def failed(self, address: str) -> None:
        """Count one failed lookup (or bad credential) from this client."""
        limits, now = self.limits, self._clock()
        key = client_key(address)
        with self._lock:
            self._overall.drain(now, limits.overall_seconds)
            self._overall.level += 1
            bucket = self._clients.pop(key, None) or _Bucket(updated=now)
            bucket.drain(now, limits.per_address_seconds)
            bucket.level += 1
            self._clients[key] = bucket  # most recently seen last
            while len(self._clients) > limits.max_addresses:
                self._clients.popitem(last=False)
