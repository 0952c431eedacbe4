"""``stopncii-desktop status``: ask the bank what it holds for a case, or list what is kept here."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from typing import Any

from stopncii_desktop.bank.base import BankError
from stopncii_desktop.bank.outbox import Outbox
from stopncii_desktop.bank.receipts import list_receipts
from stopncii_desktop.bank.service import ReceiptNeeded
from stopncii_desktop.case.token import TOKEN_NOTICE
from stopncii_desktop.commands._bankargs import (
    CommandError,
    add_case_arguments,
    add_endpoint_arguments,
    case_from_args,
    fail,
)

_STATES = {"active": "in the bank", "withdrawn": "withdrawn", "absent": "not in the bank"}


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "status",
        help="check what a bank holds for a case",
        description=(
            "Ask the bank what it holds for a case, named by its receipt (--receipt) or "
            "its case token (--token). With neither, list the receipts kept on this "
            "computer and the submissions waiting in the outbox."
        ),
    )
    add_case_arguments(p)
    add_endpoint_arguments(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        if args.receipt is None and not args.token:
            return _local()
        return _remote(args)
    except CommandError as exc:
        fail("status", str(exc))
        return exc.code


def _local() -> int:
    out = sys.stdout
    entries, problems = Outbox().pending()
    out.write(f"waiting in the outbox: {len(entries)}\n")
    for e in entries:
        out.write(f"  {e.id}: to {e.endpoint.describe()}, {e.remaining} request(s) left\n")
    for problem in problems:
        out.write(f"  unreadable, left alone: {problem}\n")
    receipts = list_receipts()
    out.write(f"receipts kept on this computer: {len(receipts)}\n")
    for path, r in receipts:
        out.write(
            f"  {r.submitted} case {r.token}: {len(r.entries)} stored at "
            f"{r.endpoint.describe()} ({path.name})\n"
        )
    if receipts:
        out.write(TOKEN_NOTICE + "\n")
    return 0


def _remote(args: argparse.Namespace) -> int:
    case = case_from_args(args)
    try:
        states = case.status()
    except ReceiptNeeded:
        raise CommandError(
            "an HMA bank can only be asked about content ids from a receipt: "
            "give --receipt FILE, or use the token of a case sent from this computer"
        ) from None
    except BankError as exc:
        raise CommandError(exc.message) from None
    out = sys.stdout
    out.write(f"case {case.token.value} at {case.client.endpoint.describe()}\n")
    if not states:
        out.write("the bank holds nothing for this case\n")
    for s in states:
        out.write(f"  {s.remote_id}: {_STATES.get(s.state, s.state)} ({', '.join(s.signals)})\n")
    counts = Counter(s.state for s in states)
    summary = ", ".join(f"{_STATES.get(k, k)} {v}" for k, v in sorted(counts.items()))
    out.write(f"summary: {summary or 'nothing'}\n")
    return 0
