"""``stopncii-desktop withdraw``: take a whole case, one picture of it, or one hash of it,
out of the bank."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from stopncii_desktop.bank.base import BankError
from stopncii_desktop.bank.service import ReceiptNeeded
from stopncii_desktop.commands._bankargs import (
    CommandError,
    add_case_arguments,
    add_endpoint_arguments,
    case_from_args,
    fail,
)


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "withdraw",
        help="withdraw a case (or one picture or hash of it) from the bank",
        description=(
            "Withdraw every hash of a case from the bank, only those of one picture or "
            "video with --item, or only one with --hash. The case is named by its receipt "
            "(--receipt) or its case token (--token)."
        ),
    )
    add_case_arguments(p)
    one = p.add_mutually_exclusive_group()
    one.add_argument(
        "--item",
        metavar="ID",
        dest="item_id",
        help=(
            "withdraw one picture or video: every fingerprint of it (its id as 'status' "
            "shows it; 'match' names it too)"
        ),
    )
    one.add_argument(
        "--hash",
        metavar="ID",
        dest="hash_id",
        help="withdraw only this hash (its id as 'status --fingerprints' shows it)",
    )
    add_endpoint_arguments(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        return _run(args)
    except CommandError as exc:
        fail("withdraw", str(exc))
        return exc.code


def _run(args: argparse.Namespace) -> int:
    case = case_from_args(args)
    try:
        if args.item_id is not None:
            count = case.withdraw_picture(args.item_id)
        else:
            count = case.withdraw(args.hash_id)
    except ReceiptNeeded:
        raise CommandError(
            "an HMA bank can only withdraw content ids from a receipt: give --receipt FILE, "
            "or use the token of a case sent from this computer"
        ) from None
    except BankError as exc:
        raise CommandError(exc.message) from None
    endpoint = case.client.endpoint
    what = "content item(s)" if endpoint.kind == "hma" else "hash(es)"
    if args.item_id is not None:
        what += f" of picture {args.item_id}"
    sys.stdout.write(
        f"case {case.token.value}: withdrew {count} {what} from {endpoint.describe()}\n"
    )
    return 0
