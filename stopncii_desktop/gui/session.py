"""Everything one client's session holds, in memory only, and its wipe.

A caseworker hashes for client after client on one machine: "Next client"
and quick exit call :meth:`Session.wipe`, which drops the files, results,
thumbnails, hashes and tokens so nothing of one client reaches the next.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtGui import QImage

from stopncii_desktop.case.hashset import HashSet
from stopncii_desktop.case.sendable import sendable_hashset
from stopncii_desktop.hashing.results import MediaResult

# Keys of ``Session.extra``:
#: The case file opened on the import page, to send.
IMPORTED = "imported"
#: The submission queued for the bank that it has not confirmed yet.
QUEUED = "outbox_entry"
#: The outbox holding it (in memory only, in caseworker mode).
QUEUED_IN = "outbox"
#: Set once the queued submission was saved to a file as well.
QUEUED_SAVED = "queued_saved"


@dataclass(slots=True)
class Session:
    #: Files chosen for hashing, in the order chosen.
    files: list[Path] = field(default_factory=list)
    #: Files chosen that the app will not read, with the plain reason.
    unsupported: list[tuple[Path, str]] = field(default_factory=list)
    #: Hashing results by file index.
    results: dict[int, MediaResult] = field(default_factory=dict)
    #: In-memory thumbnails by file index (never written to disk).
    thumbnails: dict[int, QImage] = field(default_factory=dict)
    #: File indexes the person chose to leave out.
    excluded: set[int] = field(default_factory=set)
    #: File indexes whose thumbnail the person chose to see.
    revealed: set[int] = field(default_factory=set)
    #: The hash set that was sent or saved, and the case token.
    hashset: HashSet | None = None
    token: str | None = None
    #: The receipt of the last submission (the case core's object).
    receipt: Any = None
    #: The random id of each file's item, by file index, so every document made from
    #: this session (the one shown, the one sent, the one saved) names items alike.
    item_ids: dict[int, str] = field(default_factory=dict)
    #: Anything else a page keeps for this client (status look-ups, imported files).
    extra: dict[str, Any] = field(default_factory=dict)

    def wipe(self) -> None:
        """Forget everything about this client."""
        self.files.clear()
        self.unsupported.clear()
        self.results.clear()
        self.thumbnails.clear()
        self.excluded.clear()
        self.revealed.clear()
        self.hashset = None
        self.token = None
        self.receipt = None
        self.item_ids.clear()
        self.extra.clear()
        gc.collect()

    def unsent(self) -> bool:
        """A submission waits for the bank's confirmation and was not saved to a file."""
        return QUEUED in self.extra and not self.extra.get(QUEUED_SAVED)

    @property
    def is_empty(self) -> bool:
        return not (
            self.files
            or self.unsupported
            or self.results
            or self.thumbnails
            or self.excluded
            or self.revealed
            or self.extra
            or self.item_ids
            or self.hashset is not None
            or self.token is not None
            or self.receipt is not None
        )

    def ok_results(self) -> list[MediaResult]:
        return [r for _, r in sorted(self.results.items()) if r.ok]

    def included_results(self) -> list[MediaResult]:
        return [r for r in self.ok_results() if r.index not in self.excluded]

    def hashset_to_send(self) -> HashSet:
        """The document that would leave the computer: hashes only, no paths."""
        return sendable_hashset(self.included_results(), self.item_ids)
