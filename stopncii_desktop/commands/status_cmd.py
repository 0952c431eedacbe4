"""``stopncii-desktop status``: ask the bank what it holds for a case, or list what is kept here.

A case is shown one line per picture or video (a robust photo is some 45
fingerprints; at HMA, as many content items), with how many of its fingerprints
are in the bank; ``--fingerprints`` also lists each one with its id.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from typing import Any

from stopncii_desktop.bank.base import BankError
from stopncii_desktop.bank.outbox import Outbox
from stopncii_desktop.bank.receipts import list_receipts
from stopncii_desktop.bank.service import PictureStatus, ReceiptNeeded, by_picture
from stopncii_desktop.case.token import TOKEN_NOTICE
from stopncii_desktop.commands._bankargs import (
    CommandError,
    add_case_arguments,
    add_endpoint_arguments,
    case_from_args,
    fail,
)
from stopncii_desktop.textsafe import safe_display

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
    p.add_argument(
        "--fingerprints",
        action="store_true",
        help="also list each fingerprint of each picture, with its id (for withdraw --hash)",
    )
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
    pictures = by_picture(states)
    if pictures:
        out.write(f"pictures and videos: {len(pictures)}\n")
    for picture in pictures:
        out.write(f"  {_picture_line(picture)}\n")
        if args.fingerprints:
            for s in picture.entries:
                state = _STATES.get(s.state, s.state)
                signals = safe_display(", ".join(s.signals), 200)
                out.write(f"    {safe_display(s.remote_id, 64)}: {state} ({signals})\n")
    counts = Counter(s.state for s in states)
    summary = ", ".join(f"{_STATES.get(k, k)} {v}" for k, v in sorted(counts.items()))
    out.write(f"summary: {summary or 'nothing'}\n")
    return 0


def _picture_line(picture: PictureStatus) -> str:
    """One picture or video: its id, how many fingerprints, and where they are."""
    kinds = picture.signals
    what = "video" if "vpdq" in kinds else "picture" if "pdq" in kinds else "picture or video"
    total = len(picture.entries)
    counts = Counter(e.state for e in picture.entries)
    if len(counts) == 1:
        where = {"active": "all in the bank", "withdrawn": "all withdrawn"}.get(
            picture.state, "none in the bank"
        )
        if total == 1:
            where = _STATES.get(picture.entries[0].state, picture.entries[0].state)
    else:
        where = ", ".join(f"{_STATES.get(k, k)} {v}" for k, v in sorted(counts.items()))
    # The bank's words: made safe to show (no control characters or direction overrides).
    name = safe_display(picture.item_id, 64) or "(the bank did not say which)"
    return f"{what} {name}: {total} fingerprint{'' if total == 1 else 's'}, {where}"
