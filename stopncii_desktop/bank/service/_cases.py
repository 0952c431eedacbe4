"""A case found by its token or a receipt, and asking its bank about it or withdrawing it:
the whole case, one picture (every fingerprint of one local item: HMA keeps each
PDQ as its own content item), or one fingerprint."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from stopncii_desktop.bank.base import BankClient, BankError, EntryStatus, RemoteEntry
from stopncii_desktop.bank.endpoints import Endpoint
from stopncii_desktop.bank.receipts import Receipt, find_receipts
from stopncii_desktop.bank.service._access import BankAccess
from stopncii_desktop.case.token import CaseToken


class ReceiptNeeded(BankError):
    """The bank can only be asked about the ids a receipt holds, and none is known."""

    def __init__(self) -> None:
        super().__init__(
            "this bank can only be asked about a case sent from this computer: "
            "open its saved receipt"
        )


@dataclass(frozen=True, slots=True)
class Case:
    """A case as this computer knows it: its token and its receipts, newest first."""

    token: CaseToken
    receipts: tuple[Receipt, ...] = ()

    @classmethod
    def from_receipt(cls, receipt: Receipt) -> Case:
        return cls(CaseToken(receipt.token, receipt.token_issued_elsewhere), (receipt,))

    @classmethod
    def from_token(cls, token: CaseToken, receipts_folder: Path | None = None) -> Case:
        """The case of ``token``, with the receipts kept on this computer for it."""
        return cls(token, tuple(r for _, r in find_receipts(token.value, receipts_folder)))

    @property
    def endpoint(self) -> Endpoint | None:
        """The bank its newest receipt names; None when no receipt is kept here."""
        return self.receipts[0].endpoint if self.receipts else None

    def entries_at(self, endpoint: Endpoint) -> list[RemoteEntry]:
        """What the bank at ``endpoint`` stored for this case, by its receipts (each once)."""
        out: dict[str, RemoteEntry] = {}
        for receipt in self.receipts:
            if receipt.endpoint.same_bank(endpoint):
                for entry in receipt.entries:
                    out.setdefault(entry.remote_id, entry)
        return list(out.values())

    def client(self, access: BankAccess, otherwise: Callable[[], BankClient]) -> BankClient:
        """A client for the bank its newest receipt names, else ``otherwise()``."""
        endpoint = self.endpoint
        return access.client(endpoint) if endpoint is not None else otherwise()

    def at(self, client: BankClient) -> OpenCase:
        """This case at the bank ``client`` talks to."""
        return OpenCase(client, self.token, self.entries_at(client.endpoint))


@dataclass(frozen=True, slots=True)
class PictureStatus:
    """One picture or video of a case (a local item) and what its bank holds of it."""

    #: The random id of the item in the hash set ("" when the bank did not say).
    item_id: str
    #: Each of its fingerprints at the bank (HMA: one content item each), in the bank's order.
    entries: tuple[EntryStatus, ...]

    @property
    def remote_ids(self) -> tuple[str, ...]:
        """The bank's ids of its fingerprints (HMA content ids, case API hash ids)."""
        return tuple(e.remote_id for e in self.entries)

    def count(self, state: str) -> int:
        return sum(1 for e in self.entries if e.state == state)

    @property
    def active(self) -> int:
        """How many of its fingerprints are in the bank."""
        return self.count("active")

    @property
    def withdrawn(self) -> int:
        return self.count("withdrawn")

    @property
    def absent(self) -> int:
        """How many the bank does not have (HMA: withdrawn, or removed by the bank)."""
        return self.count("absent")

    @property
    def state(self) -> str:
        """``active`` (all in the bank), ``partly`` (some), ``withdrawn`` (none, some of
        them withdrawn), or ``absent`` (none, and the bank does not know them)."""
        if self.active == len(self.entries):
            return "active"
        if self.active:
            return "partly"
        return "withdrawn" if self.withdrawn else "absent"

    @property
    def signals(self) -> tuple[str, ...]:
        """Its signal types, each once (``pdq`` for a photo, ``vpdq`` for a video, ...)."""
        return tuple(dict.fromkeys(t for e in self.entries for t in e.signals))


def by_picture(states: Iterable[EntryStatus]) -> list[PictureStatus]:
    """A case's status (:meth:`OpenCase.status`) as one unit per picture or video, in the
    order the bank lists them."""
    groups: dict[str, list[EntryStatus]] = {}
    for s in states:
        groups.setdefault(s.item_id or "", []).append(s)
    return [PictureStatus(item, tuple(entries)) for item, entries in groups.items()]


@dataclass(frozen=True, slots=True)
class OpenCase:
    """A case, the client of its bank, and what that bank stored for it (from receipts)."""

    client: BankClient
    token: CaseToken
    entries: list[RemoteEntry]

    def _require_entries(self) -> None:
        if self.client.needs_receipt and not self.entries:
            raise ReceiptNeeded()

    def status(self) -> list[EntryStatus]:
        """What the bank holds; :class:`ReceiptNeeded` before any request if it cannot say."""
        self._require_entries()
        return self.client.status(self.token, self.entries)

    def pictures(self) -> list[PictureStatus]:
        """What the bank holds, one unit per picture or video (:func:`by_picture`)."""
        return by_picture(self.status())

    def withdraw(self, remote_id: str | None = None) -> int:
        """Withdraw the whole case, or the one entry ``remote_id``; how many went."""
        self._require_entries()
        return self.client.withdraw(self.token, self.entries, remote_id)

    def withdraw_picture(self, item_id: str) -> int:
        """Withdraw every fingerprint of one picture or video (HMA: all its content items);
        how many went. :class:`BankError` when the case holds nothing of it."""
        self._require_entries()
        return self.client.withdraw_item(self.token, self.entries, item_id)
