"""Submitting through the outbox: save first, send, record each confirmation, then clear.

The GUI and the CLI both plan (:func:`make_plan`), queue (:func:`queue`) and send
(:func:`deliver`), or do all three with :func:`submit_with_outbox`, and send what
is waiting with :func:`deliver_outbox`. A failure leaves the submission queued; a
resumed one resends only unconfirmed units, with the same idempotency key, so
nothing is lost or stored twice. Practice (:func:`submit_for_practice`) keeps
nothing: no outbox entry, no receipt file.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from stopncii_desktop.bank.base import BankClient, BankError, Plan, RemoteEntry
from stopncii_desktop.bank.endpoints import Endpoint
from stopncii_desktop.bank.outbox import Outbox, OutboxBusy, OutboxEntry
from stopncii_desktop.bank.receipts import Receipt, save_receipt
from stopncii_desktop.bank.service._cases import Case
from stopncii_desktop.case.hashset import HashSet, HashSetError
from stopncii_desktop.case.token import CaseToken

Progress = Callable[[int, int], None]


class AlreadySent(BankError):
    """The queued submission was sent meanwhile by another window: nothing to do."""


@dataclass(slots=True)
class Submitted:
    receipt: Receipt
    #: Where the receipt was kept, or None when the user asked not to keep one.
    receipt_path: Path | None


@dataclass(slots=True)
class DeliveryReport:
    delivered: list[Submitted] = field(default_factory=list)
    failed: list[tuple[OutboxEntry, BankError]] = field(default_factory=list)
    #: Outbox files that could not be read (left in place).
    problems: list[str] = field(default_factory=list)


def make_plan(
    client: BankClient,
    hashset: HashSet,
    token: CaseToken,
    include_low_quality: bool = False,
    *,
    receipts_folder: Path | None = None,
) -> Plan:
    """What would be sent (for a review screen); refuses a hash set carrying paths, and a
    submission that would take the case past what its bank may hold, counting what the
    receipts kept here (in ``receipts_folder``) say the case holds there already."""
    held = len(Case.from_token(token, receipts_folder).entries_at(client.endpoint))
    try:
        plan = client.plan(hashset, token, include_low_quality, held)
    except HashSetError as exc:
        raise BankError(str(exc)) from None
    if not plan.units:
        raise BankError(
            "there is nothing this bank can take: "
            + ("; ".join(sorted(set(plan.held_back))) or "the hash set is empty")
        )
    return plan


def queue(client: BankClient, plan: Plan, token: CaseToken, outbox: Outbox) -> OutboxEntry:
    """Save a planned submission in the outbox (durably) before anything is sent."""
    return outbox.add(
        client.endpoint, token.value, token.issued_elsewhere, list(plan.units), plan.held_back
    )


def deliver(
    client: BankClient,
    entry: OutboxEntry,
    outbox: Outbox,
    *,
    save_receipts: bool = True,
    receipts_folder: Path | None = None,
    progress: Progress | None = None,
) -> Submitted:
    """Send what ``entry`` still holds; on success keep a receipt and clear the entry.

    Raises :class:`BankError` (retryable) if another window is sending it right now,
    or if it was sent meanwhile."""
    try:
        with outbox.sending(entry) as current:
            if current is None:
                raise AlreadySent("this submission was already sent from another window")
            return _deliver(
                client,
                current,
                outbox,
                save_receipts=save_receipts,
                receipts_folder=receipts_folder,
                progress=progress,
            )
    except OutboxBusy as exc:
        raise BankError(str(exc), retryable=True) from None


def _deliver(
    client: BankClient,
    entry: OutboxEntry,
    outbox: Outbox,
    *,
    save_receipts: bool,
    receipts_folder: Path | None,
    progress: Progress | None,
) -> Submitted:
    token = CaseToken(entry.token, entry.token_issued_elsewhere)
    plan = Plan(list(entry.units), entry.held_back)
    total = len(plan.units)

    def on_confirmed(key: str, stored: list[RemoteEntry]) -> None:
        outbox.confirm(entry, key, stored)
        if progress is not None:
            progress(total - entry.remaining, total)

    if progress is not None:
        progress(total - entry.remaining, total)
    stored = client.submit(plan, token, entry.idempotency_key, entry.confirmed, on_confirmed)
    receipt = Receipt(
        token=entry.token,
        endpoint=entry.endpoint,
        entries=stored,
        token_issued_elsewhere=entry.token_issued_elsewhere,
        held_back=entry.held_back,
    )
    path = save_receipt(receipt, receipts_folder) if save_receipts else None
    outbox.remove(entry)
    return Submitted(receipt, path)


def submit_with_outbox(
    client: BankClient,
    hashset: HashSet,
    token: CaseToken,
    *,
    outbox: Outbox | None = None,
    include_low_quality: bool = False,
    save_receipts: bool = True,
    receipts_folder: Path | None = None,
    progress: Progress | None = None,
) -> Submitted:
    """Plan, queue, send. On :class:`BankError` the submission stays in the outbox
    (``error.retryable`` says whether trying later may work; a refused one can be
    discarded with ``Outbox.remove``)."""
    outbox = outbox or Outbox()
    plan = make_plan(client, hashset, token, include_low_quality, receipts_folder=receipts_folder)
    entry = queue(client, plan, token, outbox)
    return deliver(
        client,
        entry,
        outbox,
        save_receipts=save_receipts,
        receipts_folder=receipts_folder,
        progress=progress,
    )


def deliver_outbox(
    outbox: Outbox,
    client_for: Callable[[Endpoint], BankClient],
    *,
    save_receipts: bool = True,
    receipts_folder: Path | None = None,
) -> DeliveryReport:
    """Try every waiting submission once, oldest first."""
    entries, problems = outbox.pending()
    report = DeliveryReport(problems=problems)
    for entry in entries:
        try:
            client = client_for(entry.endpoint)
            report.delivered.append(
                deliver(
                    client,
                    entry,
                    outbox,
                    save_receipts=save_receipts,
                    receipts_folder=receipts_folder,
                )
            )
        except AlreadySent:
            continue
        except BankError as exc:
            report.failed.append((entry, exc))
    return report


def submit_for_practice(
    client: BankClient, hashset: HashSet, token: CaseToken, check: Callable[[], None] | None = None
) -> Receipt:
    """Plan and send, keeping nothing on this computer: no outbox entry, no receipt file
    (practice mode, with the reference server inside the app). ``check`` runs between
    planning and sending, and may raise to stop."""
    plan = make_plan(client, hashset, token)
    if check is not None:
        check()
    stored = client.submit(plan, token, secrets.token_hex(16))
    return Receipt(
        token.value, client.endpoint, stored, token.issued_elsewhere, held_back=plan.held_back
    )
