"""The outbox: submissions saved before they are sent, removed once the bank confirms.

One owner-only JSON file per submission in ``<data folder>/outbox/``. It holds
the exact request bodies planned for the bank (only hashes and the case token),
the endpoint (never its bearer token), an idempotency key, and the units the
bank has confirmed so far. Every change is an atomic write, so a crash at any
moment leaves either the old or the new file, and a resumed delivery resends
only what was not confirmed, under the same idempotency key.

While one process sends an entry it holds an OS lock on ``<id>.lock`` (released
by the OS if the process dies), so the app and the command line never send the
same submission at once.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from stopncii_desktop.bank.base import RemoteEntry, Unit
from stopncii_desktop.bank.endpoints import Endpoint
from stopncii_desktop.case._locks import try_lock, unlock
from stopncii_desktop.case.atomic import atomic_write_text
from stopncii_desktop.folders import data_dir

FORMAT = "stopncii-outbox"
VERSION = 1
MAX_ENTRY_BYTES = 256 * 1024 * 1024


class OutboxError(ValueError):
    """An outbox file cannot be read; it is left in place, untouched."""


class OutboxBusy(OutboxError):
    """Another window or command is sending this submission right now."""


@dataclass(slots=True)
class OutboxEntry:
    """One waiting submission. Its file is :meth:`to_json`, read back by :meth:`from_json`."""

    id: str
    created: str
    endpoint: Endpoint
    token: str
    token_issued_elsewhere: bool
    idempotency_key: str
    #: Exactly what is sent, one request each.
    units: list[Unit]
    held_back: list[str] = field(default_factory=list)
    #: Unit key -> what the bank stored for it.
    confirmed: dict[str, list[RemoteEntry]] = field(default_factory=dict)
    path: Path | None = None

    @property
    def remaining(self) -> int:
        return sum(1 for u in self.units if u.key not in self.confirmed)

    def to_json(self) -> dict[str, object]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "id": self.id,
            "created": self.created,
            "endpoint": self.endpoint.to_json(),
            "token": self.token,
            "token_issued_elsewhere": self.token_issued_elsewhere,
            "idempotency_key": self.idempotency_key,
            "units": [u.to_json() for u in self.units],
            "held_back": self.held_back,
            "confirmed": {k: [e.to_json() for e in v] for k, v in self.confirmed.items()},
        }

    @classmethod
    def from_json(cls, doc: object, path: Path | None = None) -> OutboxEntry:
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise OutboxError("not an outbox file")
        if doc.get("version") != VERSION:
            raise OutboxError(f"outbox file version {doc.get('version')!r} is not supported")
        try:
            return cls(
                id=_str(doc["id"]),
                created=_str(doc["created"]),
                endpoint=Endpoint.from_json(doc["endpoint"]),
                token=_str(doc["token"]),
                token_issued_elsewhere=bool(doc["token_issued_elsewhere"]),
                idempotency_key=_str(doc["idempotency_key"]),
                units=[Unit.from_json(u) for u in _list(doc["units"])],
                held_back=[_str(h) for h in _list(doc.get("held_back", []))],
                confirmed={
                    _str(k): [RemoteEntry.from_json(e) for e in _list(v)]
                    for k, v in _dict(doc.get("confirmed", {})).items()
                },
                path=path,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise OutboxError(f"an outbox file is not valid ({exc})") from None


def _str(v: object) -> str:
    if not isinstance(v, str):
        raise TypeError("expected text")
    return v


def _dict(v: object) -> dict[str, Any]:
    if not isinstance(v, dict):
        raise TypeError("expected an object")
    return v


def _list(v: object) -> list[Any]:
    if not isinstance(v, list):
        raise TypeError("expected a list")
    return v


def outbox_dir(data_folder: Path | None = None) -> Path:
    """Where the outbox is kept: in ``data_folder``, or the app's data folder."""
    return (data_folder or data_dir()) / "outbox"


class Outbox:
    """The queue of submissions waiting for a bank's confirmation."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = Path(folder) if folder is not None else outbox_dir()

    def _write(self, entry: OutboxEntry) -> None:
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = self.folder / f"{entry.id}.json"
        atomic_write_text(path, json.dumps(entry.to_json(), ensure_ascii=False))
        entry.path = path

    def add(
        self,
        endpoint: Endpoint,
        token: str,
        token_issued_elsewhere: bool,
        units: list[Unit],
        held_back: list[str] | None = None,
    ) -> OutboxEntry:
        """Save a new submission (durably, before anything is sent) and return it."""
        now = datetime.now(UTC)
        entry = OutboxEntry(
            id=f"{now.strftime('%Y%m%dT%H%M%S%f')}-{secrets.token_hex(6)}",
            created=now.strftime("%Y-%m-%dT%H:%M:%SZ"),
            endpoint=endpoint,
            token=token,
            token_issued_elsewhere=token_issued_elsewhere,
            idempotency_key=secrets.token_hex(16),
            units=list(units),
            held_back=list(held_back or []),
        )
        self._write(entry)
        return entry

    def confirm(self, entry: OutboxEntry, key: str, stored: list[RemoteEntry]) -> None:
        """Record that the bank stored unit ``key`` (durably, right after it answered)."""
        entry.confirmed[key] = list(stored)
        self._write(entry)

    def remove(self, entry: OutboxEntry) -> None:
        if entry.path is not None:
            entry.path.unlink(missing_ok=True)

    @contextlib.contextmanager
    def sending(self, entry: OutboxEntry) -> Iterator[OutboxEntry | None]:
        """Hold ``entry``'s send lock; yield it as now on disk, or None if it is gone
        (sent meanwhile by another process). Raise :class:`OutboxBusy` if another
        process holds the lock."""
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        lock_path = self.folder / f"{entry.id}.lock"
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            if not try_lock(fd):
                raise OutboxBusy("this submission is being sent right now by another window")
            try:
                yield self._reload(entry)
            finally:
                unlock(fd)
        finally:
            os.close(fd)
            if entry.path is None or not entry.path.exists():
                with contextlib.suppress(OSError):
                    lock_path.unlink()

    def _reload(self, entry: OutboxEntry) -> OutboxEntry | None:
        path = entry.path or self.folder / f"{entry.id}.json"
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError, RecursionError) as exc:
            raise OutboxError(f"{path.name}: {exc}") from None
        return OutboxEntry.from_json(doc, path)

    def pending(self) -> tuple[list[OutboxEntry], list[str]]:
        """Waiting submissions, oldest first, and a message per unreadable file (left alone)."""
        if not self.folder.is_dir():
            return [], []
        entries: list[OutboxEntry] = []
        problems: list[str] = []
        for path in sorted(self.folder.glob("*.json")):
            try:
                if path.stat().st_size > MAX_ENTRY_BYTES:
                    raise OutboxError("an outbox file is too large")
                entries.append(
                    OutboxEntry.from_json(json.loads(path.read_text(encoding="utf-8")), path)
                )
            except (OSError, ValueError, RecursionError) as exc:
                problems.append(f"{path.name}: {exc}")
        entries.sort(key=lambda e: (e.created, e.id))
        return entries, problems


class MemoryOutbox(Outbox):
    """An outbox held in memory only, for caseworker mode: nothing of a client is written.

    It is dropped with the client's session (Next client, quick exit); the app asks
    what to do with what it still holds before that. A crash loses it, by design: on a
    shared computer, a client's waiting submission must never reach the next client.
    """

    def __init__(self) -> None:
        super().__init__(Path(os.devnull))  # never used: nothing goes to disk
        self._entries: dict[str, OutboxEntry] = {}
        self._busy: set[str] = set()
        self._lock = threading.Lock()

    def _write(self, entry: OutboxEntry) -> None:
        with self._lock:
            self._entries[entry.id] = entry

    def remove(self, entry: OutboxEntry) -> None:
        with self._lock:
            self._entries.pop(entry.id, None)

    @contextlib.contextmanager
    def sending(self, entry: OutboxEntry) -> Iterator[OutboxEntry | None]:
        with self._lock:
            if entry.id in self._busy:
                raise OutboxBusy("this submission is being sent right now")
            self._busy.add(entry.id)
            current = self._entries.get(entry.id)
        try:
            yield current
        finally:
            with self._lock:
                self._busy.discard(entry.id)

    def pending(self) -> tuple[list[OutboxEntry], list[str]]:
        with self._lock:
            entries = sorted(self._entries.values(), key=lambda e: (e.created, e.id))
        return entries, []
