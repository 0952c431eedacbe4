"""A case found by its token or a receipt, and asking its bank about it or withdrawing it."""

from __future__ import annotations

from collections.abc import Callable
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

    def withdraw(self, remote_id: str | None = None) -> int:
        """Withdraw the whole case, or the one entry ``remote_id``; how many went."""
        self._require_entries()
        return self.client.withdraw(self.token, self.entries, remote_id)
