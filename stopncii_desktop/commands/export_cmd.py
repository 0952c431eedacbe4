"""``stopncii-desktop export``: make a case file from a hash set, plain or encrypted."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from stopncii_desktop.case.casefile import CaseFileError, case_file_bytes, read_case_file
from stopncii_desktop.case.token import TOKEN_NOTICE, TokenError, new_token, parse_token
from stopncii_desktop.commands._bankargs import CommandError, fail, read_passphrase
from stopncii_desktop.commands._output import output_problem, write_output, write_problem


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "export",
        help="write a case file to carry hashes to another computer",
        description=(
            "Write a case file from a hash set: plain JSON anyone can read (it holds only "
            "hashes), or encrypted with a passphrase (--encrypt). The passphrase is asked "
            "for, or read from STOPNCII_PASSPHRASE."
        ),
    )
    p.add_argument("source", type=Path, metavar="SET.json", help="a hash set or case file")
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="FILE",
        help="where to write the case file ('-': standard output)",
    )
    p.add_argument("--encrypt", action="store_true", help="encrypt with a passphrase")
    p.add_argument(
        "--include-token",
        action="store_true",
        help="put the case token in the file (whoever holds the file can then "
        "check and withdraw the case)",
    )
    p.add_argument("--token", metavar="TOKEN", help="the case token to include")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        return _run(args)
    except CommandError as exc:
        fail("export", str(exc))
        return exc.code


def _run(args: argparse.Namespace) -> int:
    problem = output_problem(args.output)
    if problem is not None:
        raise CommandError(problem, 2)
    try:
        source = read_case_file(args.source, lambda: read_passphrase(confirm=False))
    except CaseFileError as exc:
        raise CommandError(str(exc)) from None
    token = None
    if args.token and not args.include_token:
        raise CommandError("--token needs --include-token", 2)
    if args.include_token:
        try:
            token = parse_token(args.token) if args.token else source.token
        except TokenError as exc:
            raise CommandError(str(exc), 2) from None
        if token is None:
            token = new_token()
            sys.stderr.write(f"New case token: {token.value}\n{TOKEN_NOTICE}\n")
    passphrase = read_passphrase(confirm=True) if args.encrypt else None
    try:
        data = case_file_bytes(source.hashset, token=token, passphrase=passphrase)
        write_output(data, args.output)
    except CaseFileError as exc:
        raise CommandError(str(exc)) from None
    except OSError as exc:
        raise CommandError(write_problem(args.output, exc), 2) from None
    n = len(source.hashset.items)
    form = "encrypted" if args.encrypt else "plain"
    sys.stderr.write(
        f"wrote a {form} case file with {n} item(s)"
        + (", including the case token" if token else ", without a case token")
        + "\n"
    )
    return 0
