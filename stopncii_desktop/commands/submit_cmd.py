"""``stopncii-desktop submit``: send a hash set or case file to a bank, through the outbox."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from stopncii_desktop.bank.base import BankError
from stopncii_desktop.bank.outbox import Outbox
from stopncii_desktop.bank.receipts import write_receipt
from stopncii_desktop.bank.service import Submitted, deliver, deliver_outbox, make_plan, queue
from stopncii_desktop.case.casefile import CaseFileError, read_case_file
from stopncii_desktop.case.token import TOKEN_NOTICE, CaseToken, TokenError, new_token, parse_token
from stopncii_desktop.commands._bankargs import (
    CommandError,
    add_endpoint_arguments,
    client_for_endpoint,
    client_from_args,
    fail,
    read_passphrase,
    settings,
)
from stopncii_desktop.commands._output import is_stdout, output_problem, show_path


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "submit",
        help="send hashes and the case token to a bank",
        description=(
            "Send a hash set or case file to a hash bank: only the hashes and the case "
            "token leave this computer. The submission is saved in the outbox first and "
            "stays there until the bank confirms it; --outbox sends what is waiting."
        ),
    )
    p.add_argument("file", type=Path, nargs="?", metavar="FILE", help="hash set or case file")
    p.add_argument(
        "--outbox", action="store_true", help="send the submissions waiting in the outbox"
    )
    p.add_argument("--token", metavar="TOKEN", help="the case token (from an NGO or the bank)")
    p.add_argument(
        "--include-low-quality",
        action="store_true",
        help="also send picture fingerprints of low quality (case API only; HMA never takes them)",
    )
    p.add_argument(
        "--no-receipt", action="store_true", help="do not keep a receipt on this computer"
    )
    p.add_argument("--receipt", type=Path, metavar="FILE", help="also write the receipt to FILE")
    add_endpoint_arguments(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        _check_receipt_file(args.receipt)
        if args.outbox:
            if args.file is not None:
                raise CommandError("give either FILE or --outbox", 2)
            return _run_outbox(args)
        if args.file is None:
            raise CommandError("name a hash set or case file to submit (or use --outbox)", 2)
        return _run(args)
    except CommandError as exc:
        fail("submit", str(exc))
        return exc.code


def _check_receipt_file(path: Path | None) -> None:
    """Before anything is sent: a --receipt that cannot be written is a usage error."""
    if path is None:
        return
    if is_stdout(path):
        raise CommandError(
            "--receipt names a file; the report with the case token already goes to "
            "standard output",
            2,
        )
    problem = output_problem(path)
    if problem is not None:
        raise CommandError(f"--receipt: {problem}; nothing was sent", 2)


def _report(done: Submitted, args: argparse.Namespace) -> None:
    r = done.receipt
    endpoint = r.endpoint
    out = sys.stdout
    out.write(f"submitted to {endpoint.describe()}\n")
    out.write(f"case token: {r.token}\n{TOKEN_NOTICE}\n")
    out.write(
        f"stored: {len(r.entries)} ({'content items' if endpoint.kind == 'hma' else 'hashes'})\n"
    )
    for e in r.entries:
        out.write(f"  {e.remote_id}: {', '.join(e.signals)}\n")
    for note in sorted(set(r.held_back)):
        out.write(f"held back: {note}\n")
    if done.receipt_path is not None:
        out.write(f"receipt kept at: {done.receipt_path}\n")
    if args.receipt is not None:
        try:
            write_receipt(r, args.receipt)
        except OSError as exc:
            out.flush()
            raise CommandError(
                "the case was stored, but the receipt could not be written to "
                f"{show_path(args.receipt)}: {exc.strerror or type(exc).__name__} "
                "(the case token is shown above)"
            ) from None
        out.write(f"receipt written to: {show_path(args.receipt)}\n")
    out.flush()


def _token(args: argparse.Namespace, from_file: CaseToken | None) -> CaseToken:
    if args.token:
        try:
            token = parse_token(args.token)
        except TokenError as exc:
            raise CommandError(str(exc), 2) from None
        if from_file is not None and from_file.value != token.value:
            raise CommandError("--token differs from the case token in the file", 2)
        return token
    if from_file is not None:
        return from_file
    token = new_token()
    sys.stderr.write(f"New case token: {token.value}\n{TOKEN_NOTICE}\n")
    return token


def _run(args: argparse.Namespace) -> int:
    client = client_from_args(args)
    try:
        case = read_case_file(args.file, lambda: read_passphrase(confirm=False))
    except CaseFileError as exc:
        raise CommandError(f"{exc} [{exc.code}]") from None
    token = _token(args, case.token)
    outbox = Outbox()
    try:
        plan = make_plan(client, case.hashset, token, args.include_low_quality)
    except BankError as exc:
        raise CommandError(exc.message) from None
    try:
        entry = queue(client, plan, token, outbox)
    except OSError as exc:
        raise CommandError(
            f"the submission could not be saved in the outbox ({exc.strerror}); nothing was sent"
        ) from None
    try:
        done = deliver(client, entry, outbox, save_receipts=_keeps_receipts(args))
    except BankError as exc:
        raise CommandError(_queued_message(exc, entry.id)) from None
    _report(done, args)
    return 0


def _keeps_receipts(args: argparse.Namespace) -> bool:
    """--no-receipt, else the settings' rule (read only when --no-receipt leaves it open)."""
    return False if args.no_receipt else settings().preferences.keeps_receipts()


def _queued_message(exc: BankError, entry_id: str) -> str:
    hint = (
        "it is kept in the outbox; run 'stopncii-desktop submit --outbox' to send it later"
        if exc.retryable
        else "it is kept in the outbox; fix the problem and run 'stopncii-desktop submit "
        f"--outbox', or discard it with 'stopncii-desktop bank outbox --discard {entry_id}'"
    )
    return f"{exc.message}. Nothing is lost: {hint}"


def _run_outbox(args: argparse.Namespace) -> int:
    report = deliver_outbox(
        Outbox(), lambda e: client_for_endpoint(args, e), save_receipts=_keeps_receipts(args)
    )
    for done in report.delivered:
        _report(done, args)
    for problem in report.problems:
        fail("submit", f"an outbox file cannot be read and was left alone: {problem}")
    for entry, exc in report.failed:
        fail("submit", f"{entry.id}: {exc.message}; it stays in the outbox")
    if not (report.delivered or report.failed or report.problems):
        sys.stderr.write("the outbox is empty\n")
    return 1 if report.failed or report.problems else 0
