"""The one interface to a hash bank: plan, submit, status, withdraw.

A submission is planned into *units*, each sent with one request (HMA: one
content item; case API: as many pictures as one request may carry). Planning
is deterministic, so a submission resumed from the outbox skips the units the
bank already confirmed and resends only the rest.

A profile may cap how many PDQ fingerprints of one picture its bank takes
(``Endpoint.max_pdq_per_picture``): :func:`pdqs_to_send` keeps the most useful
ones (``variants.BANK_ORDER``) and :func:`capped_note` says in plain words how
many were left out.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

from stopncii_desktop.bank.endpoints import Endpoint
from stopncii_desktop.case.hashset import HashSet
from stopncii_desktop.case.token import CaseToken
from stopncii_desktop.hashing.results import AnySignal, Signal, VpdqSignal
from stopncii_desktop.hashing.signals import PdqSignal
from stopncii_desktop.hashing.variants import bank_rank


class BankError(Exception):
    """Talking to the bank failed. ``retryable`` is True when trying later may work
    (offline, server down): the submission then stays in the outbox."""

    def __init__(self, message: str, *, retryable: bool = False, status: int | None = None):
        super().__init__(message)
        self.message = message
        self.retryable = retryable
        self.status = status


class NoSuchBank(BankError):
    """The server answered, but it has no bank of the name given (HMA)."""

    def __init__(self, bank: str) -> None:
        super().__init__(f"the server answered, but it has no bank named {bank}", status=404)
        self.bank = bank


@dataclass(frozen=True, slots=True)
class RemoteEntry:
    """What the bank stored: its id, the local item it came from, the signal types."""

    remote_id: str
    item_id: str
    signals: tuple[str, ...]

    def to_json(self) -> dict[str, object]:
        return {"remote_id": self.remote_id, "item_id": self.item_id, "signals": list(self.signals)}

    @classmethod
    def from_json(cls, obj: object) -> RemoteEntry:
        if not isinstance(obj, dict):
            raise ValueError("an entry must be an object")
        rid, item, sigs = obj.get("remote_id"), obj.get("item_id"), obj.get("signals")
        if not isinstance(rid, str) or not isinstance(item, str) or not isinstance(sigs, list):
            raise ValueError("an entry is not valid")
        return cls(rid, item, tuple(str(s) for s in sigs))


@dataclass(frozen=True, slots=True)
class Unit:
    """One request's worth of a submission. ``body`` is exactly what is sent."""

    key: str
    item_ids: tuple[str, ...]
    body: Mapping[str, Any]

    def to_json(self) -> dict[str, object]:
        return {"key": self.key, "item_ids": list(self.item_ids), "body": dict(self.body)}

    @classmethod
    def from_json(cls, obj: object) -> Unit:
        if not isinstance(obj, dict):
            raise ValueError("a unit must be an object")
        key, item_ids, body = obj.get("key"), obj.get("item_ids", []), obj.get("body")
        if not isinstance(key, str) or not isinstance(body, dict):
            raise ValueError("a unit is not valid")
        if not isinstance(item_ids, list) or not all(isinstance(i, str) for i in item_ids):
            raise ValueError("a unit's item ids are not valid")
        return cls(key, tuple(item_ids), body)


@dataclass(slots=True)
class Plan:
    units: list[Unit] = field(default_factory=list)
    #: Plain-language notes on what is held back (low quality, not enabled by the bank).
    held_back: list[str] = field(default_factory=list)

    @property
    def hash_count(self) -> int:
        return sum(_count(u.body) for u in self.units)


def _count(body: Mapping[str, object]) -> int:
    hashes = body.get("hashes")
    if isinstance(hashes, list):
        return len(hashes)
    return sum(1 for k in body if k != "note")


#: Patterns that read back the held-back notes below (kept beside the functions that write
#: them, so that the app's plain, translated lines, ``gui/texts.py``, follow any change).
LOW_PDQ_NOTE = re.compile(r"^a picture fingerprint of low quality \(\d+\)$")
UNCLEAR_VIDEO_NOTE = re.compile(r"^a video fingerprint with no clear frame ")
NOT_TAKEN_NOTE = re.compile(
    r"^(a video fingerprint \(vPDQ\)|picture fingerprints \(PDQ\)): this bank"
)
CAPPED_NOTE = re.compile(
    r"^([\d,]+) fingerprints? of ([\d,]+) pictures? .* this bank takes "
    r"(?:only one|at most ([\d,]+)) fingerprint"
)


def not_taken_note(video: bool) -> str:
    """The plain note for a kind of fingerprint a bank does not take."""
    if video:
        return "a video fingerprint (vPDQ): this bank does not take them"
    return "picture fingerprints (PDQ): this bank does not take them"


def unreliable_note(signal: AnySignal) -> str:
    """The plain note for a fingerprint held back because it is not reliable."""
    if isinstance(signal, VpdqSignal):
        return f"a video fingerprint with no clear frame (quality below {PdqSignal.min_quality})"
    return f"a picture fingerprint of low quality ({signal.quality})"


def pdqs_to_send(pdqs: Sequence[Signal], cap: int | None) -> tuple[list[Signal], int]:
    """One picture's PDQ signals in the order a bank gets them, the original first and
    the most useful variants next (``variants.BANK_ORDER``), at most ``cap`` of them
    (all when ``cap`` is None); and how many were left out."""
    ordered = sorted(pdqs, key=lambda s: bank_rank(s.variant))
    if cap is None or len(ordered) <= cap:
        return ordered, 0
    return ordered[:cap], len(ordered) - cap


def capped_note(left_out: int, pictures: int, cap: int) -> str:
    """The plain note for the fingerprints a profile's cap left out of a submission."""
    what = (
        f"{_plural(left_out, 'fingerprint')} of {_plural(pictures, 'picture')} (for turned, "
        f"mirrored or edited copies) {'was' if left_out == 1 else 'were'} left out: this bank "
        "takes"
    )
    if cap == 1:
        return f"{what} only one fingerprint per picture, so each picture's own was sent"
    return (
        f"{what} at most {cap} fingerprints per picture, so each picture's own and its "
        f"{cap - 1} most useful others were sent"
    )


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}" + ("" if n == 1 else "s")


@dataclass(frozen=True, slots=True)
class EntryStatus:
    remote_id: str
    #: ``active`` (in the bank), ``withdrawn``, or ``absent`` (the bank does not have it).
    state: str
    signals: tuple[str, ...] = ()
    #: The local item (picture or video) it came from, when the bank or a receipt says.
    item_id: str | None = None


OnConfirmed = Callable[[str, list[RemoteEntry]], None]


class BankClient(ABC):
    """Submit, check and withdraw; one implementation per kind of bank."""

    endpoint: Endpoint
    #: The bank can only be asked about (and withdraw) the ids a receipt holds: it has
    #: no lookup by case token.
    needs_receipt: ClassVar[bool] = False

    @abstractmethod
    def close(self) -> None:
        """Let go of the connections this client holds (it may still be used after)."""

    @abstractmethod
    def check(self) -> None:
        """One light request that shows the bank answers and accepts the bearer token; sends
        nothing of a case. Raises :class:`BankError` (:class:`NoSuchBank` for a wrong name)."""

    @abstractmethod
    def plan(
        self,
        hashset: HashSet,
        token: CaseToken,
        include_low_quality: bool = False,
        held: int = 0,
    ) -> Plan:
        """What would be sent, without sending; refuses a hash set carrying paths.

        ``held`` is how many hashes the case already holds at this bank, as far as this
        computer knows (its receipts): a bank that limits what one case may hold refuses,
        here, a submission that would pass it (:class:`BankError`, nothing queued)."""

    @abstractmethod
    def send_unit(self, unit: Unit, token: CaseToken, idempotency_key: str) -> list[RemoteEntry]:
        """Send one unit; return what the bank stored, or raise :class:`BankError`."""

    def describe_requests(self, plan: Plan, token: CaseToken) -> dict[str, object]:
        """What a submission of ``plan`` sends, as it goes, for a person to read before it
        does: where to, the headers that carry the case, and the body of each request.
        Never the bearer token (the bank's sign-in, not part of the case). Here the case
        token travels in the bodies; a bank that sends it in a header says so."""
        return {"to": self.endpoint.url, "requests": [dict(unit.body) for unit in plan.units]}

    @abstractmethod
    def status(self, token: CaseToken, entries: list[RemoteEntry]) -> list[EntryStatus]: ...

    @abstractmethod
    def withdraw(
        self, token: CaseToken, entries: list[RemoteEntry], remote_id: str | None = None
    ) -> int:
        """Withdraw the whole case, or the one entry ``remote_id``; return how many went."""

    def withdraw_item(self, token: CaseToken, entries: list[RemoteEntry], item_id: str) -> int:
        """Withdraw every fingerprint of one picture or video (its local item id); return how
        many went. :class:`BankError` when the bank holds nothing of it for this case."""
        mine = [s for s in self.status(token, entries) if s.item_id == item_id]
        if not mine:
            raise BankError("that picture is not part of this case")
        return sum(self.withdraw(token, entries, s.remote_id) for s in mine if s.state == "active")

    def submit(
        self,
        plan: Plan,
        token: CaseToken,
        idempotency_key: str,
        confirmed: Mapping[str, list[RemoteEntry]] | None = None,
        on_confirmed: OnConfirmed | None = None,
    ) -> list[RemoteEntry]:
        """Send every unit not yet confirmed, calling ``on_confirmed`` after each."""
        done = dict(confirmed or {})
        for unit in plan.units:
            if unit.key in done:
                continue
            entries = self.send_unit(unit, token, f"{idempotency_key}.{unit.key}")
            done[unit.key] = entries
            if on_confirmed is not None:
                on_confirmed(unit.key, entries)
        return [e for unit in plan.units for e in done.get(unit.key, [])]
