"""Everything one client's session holds, in memory only, and its wipe.

A caseworker hashes for client after client on one machine: "Next client"
and quick exit call :meth:`Session.wipe`, which drops the files, results,
thumbnails, hashes, tokens, what waits for the bank and what the bank said,
so nothing of one client reaches the next. Every piece is a typed field here;
a page keeps nothing of a client that the wipe would not reach.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtGui import QImage

from stopncii_desktop.bank.base import EntryStatus
from stopncii_desktop.bank.outbox import MemoryOutbox, Outbox, OutboxEntry
from stopncii_desktop.bank.receipts import Receipt
from stopncii_desktop.case.casefile import CaseFile
from stopncii_desktop.case.hashset import HashSet
from stopncii_desktop.case.sendable import sendable_hashset
from stopncii_desktop.case.token import CaseToken, new_token
from stopncii_desktop.hashing.results import MediaResult


@dataclass(slots=True)
class Queued:
    """A submission saved for the bank that the bank has not confirmed yet."""

    entry: OutboxEntry
    #: The outbox it waits in (the session's memory, in caseworker mode).
    outbox: Outbox
    #: Saved to a file as well, with its case token.
    saved: bool = False


@dataclass(frozen=True, slots=True)
class Outgoing:
    """What the send page sends or saves on this visit, made once so that sending, saving
    and "Show exactly what will be sent" use the same document and case token."""

    hashset: HashSet
    token: CaseToken


@dataclass(slots=True)
class CaseLookup:
    """The case the status page asks about, and what its bank said."""

    #: The receipt the case was opened with (None: the typed token names it).
    receipt: Receipt | None = None
    #: The bank's answer, one state per fingerprint.
    states: list[EntryStatus] = field(default_factory=list)
    #: What this computer knows of each picture of the case (its number, when it was
    #: sent, and in the session that made it, which file it was), by item id.
    pictures: dict[str, KnownPicture] = field(default_factory=dict)
    #: How many pictures the numbers count ("Picture 3 of 5").
    picture_total: int = 0

    @property
    def is_empty(self) -> bool:
        return self.receipt is None and not self.states and not self.pictures


@dataclass(frozen=True, slots=True)
class KnownPicture:
    """A picture of a case as this computer knows it (no name or pixels: those stay in the
    session's files and thumbnails, found by ``file_index``)."""

    #: Its number, the same as the review's in the session that made the case, else its
    #: place in the case's receipt.
    number: int
    #: When its receipt says it was sent (ISO 8601, UTC), if a receipt is known.
    sent: str | None = None
    #: The file it came from in this session (an index of ``Session.files``), if any.
    file_index: int | None = None


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
    #: The receipt of the last submission.
    receipt: Receipt | None = None
    #: The random id of each file's item, by file index, so every document made from
    #: this session (the one shown, the one sent, the one saved) names items alike.
    item_ids: dict[int, str] = field(default_factory=dict)
    #: The case file opened on the import page, to send.
    imported: CaseFile | None = None
    #: What the send page sends or saves now (:meth:`outgoing_case`).
    outgoing: Outgoing | None = None
    #: The submission waiting for the bank's confirmation.
    queued: Queued | None = None
    #: In caseworker mode, the outbox of this session (in memory only).
    outbox: MemoryOutbox | None = None
    #: The case being checked or withdrawn.
    lookup: CaseLookup = field(default_factory=CaseLookup)

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
        self.imported = None
        self.outgoing = None
        self.queued = None
        self.outbox = None
        self.lookup = CaseLookup()
        gc.collect()

    def unsent(self) -> bool:
        """A submission waits for the bank's confirmation and was not saved to a file."""
        return self.queued is not None and not self.queued.saved

    @property
    def is_empty(self) -> bool:
        return not (
            self.files
            or self.unsupported
            or self.results
            or self.thumbnails
            or self.excluded
            or self.revealed
            or self.item_ids
            or self.hashset is not None
            or self.token is not None
            or self.receipt is not None
            or self.imported is not None
            or self.outgoing is not None
            or self.queued is not None
            or self.outbox is not None
            or not self.lookup.is_empty
        )

    def ok_results(self) -> list[MediaResult]:
        return [r for _, r in sorted(self.results.items()) if r.ok]

    def included_results(self) -> list[MediaResult]:
        return [r for r in self.ok_results() if r.index not in self.excluded]

    def hashset_to_send(self) -> HashSet:
        """The document that would leave the computer: hashes only, no paths."""
        return sendable_hashset(self.included_results(), self.item_ids)

    def outgoing_case(self) -> Outgoing:
        """What the send page sends or saves, made on first use and kept (see :class:`Outgoing`)."""
        if self.outgoing is None:
            self.outgoing = self._make_outgoing()
        return self.outgoing

    def outgoing_preview(self) -> Outgoing:
        """What would go, without keeping it (to say how much, before the page is used)."""
        return self.outgoing or self._make_outgoing()

    def _make_outgoing(self) -> Outgoing:
        """The opened case file (with its case token, if it has one), else the files kept in
        the review; a new case token otherwise."""
        imported = self.imported
        if imported is not None:
            hashset, token = imported.hashset.without_paths(), imported.token
        else:
            hashset, token = self.hashset_to_send(), None
        return Outgoing(hashset, token or new_token())
