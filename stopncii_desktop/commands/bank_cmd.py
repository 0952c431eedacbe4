"""``stopncii-desktop bank``: run the reference case API server, and look after the outbox."""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
from pathlib import Path
from typing import Any

from stopncii_desktop.bank.endpoints import is_loopback_host
from stopncii_desktop.bank.outbox import Outbox
from stopncii_desktop.bank.reference_server import ReferenceServer, tls_context
from stopncii_desktop.commands._bankargs import CommandError, fail
from stopncii_desktop.commands._output import output_problem, show_path

DEFAULT_PORT = 8765
PRACTICE_NOTICE = (
    "Practice mode: nothing is kept. Everything sent here is forgotten when the server stops, "
    "and nothing leaves this computer."
)


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "bank",
        help="run the practice / reference case API server, or look after the outbox",
        description="Tools around hash banks: a reference server, and the outbox.",
    )
    bank_sub = p.add_subparsers(dest="bank_command", metavar="ACTION", required=True)

    s = bank_sub.add_parser(
        "serve",
        help="run the reference case API server (practice mode unless --db is given)",
        description=(
            "Run the project's reference case API server, on 127.0.0.1 by default. Without "
            "--db it is a practice bank: hashes are kept in memory only and forgotten when "
            "it stops. Stop it with Ctrl+C."
        ),
    )
    s.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    s.add_argument(
        "--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT}; 0: any free)"
    )
    s.add_argument("--db", type=Path, metavar="FILE", help="keep cases in this SQLite file")
    s.add_argument("--tls-cert", type=Path, metavar="PEM", help="serve https with this certificate")
    s.add_argument("--tls-key", type=Path, metavar="PEM", help="the certificate's private key")
    s.add_argument(
        "--bearer-token-env",
        metavar="VAR",
        help="require the bearer token held in this environment variable",
    )
    s.set_defaults(func=run_serve)

    o = bank_sub.add_parser(
        "outbox",
        help="list the submissions waiting in the outbox, or discard one",
        description=(
            "List the submissions saved in the outbox that a bank has not confirmed yet. "
            "'stopncii-desktop submit --outbox' sends them."
        ),
    )
    o.add_argument(
        "--discard", metavar="ID", help="remove this waiting submission without sending it"
    )
    o.set_defaults(func=run_outbox)


def run_serve(args: argparse.Namespace) -> int:
    try:
        return _serve(args)
    except CommandError as exc:
        fail("bank serve", str(exc))
        return exc.code


def _serve(args: argparse.Namespace) -> int:
    if not 0 <= args.port < 65536:
        raise CommandError("--port must be from 0 to 65535", 2)
    if (args.tls_cert is None) != (args.tls_key is None):
        raise CommandError("--tls-cert and --tls-key go together", 2)
    if args.tls_cert is None and not is_loopback_host(args.host):
        raise CommandError(
            "without --tls-cert and --tls-key the server listens only on this computer "
            "(127.0.0.1); clients send to other computers over https only",
            2,
        )
    if args.host.lower() == "localhost":
        args.host = "127.0.0.1"  # never looked up: the name could be answered from elsewhere
    if args.db is not None:
        problem = output_problem(args.db)
        if problem is None and args.db.exists() and not args.db.is_file():
            problem = f"{show_path(args.db)} is not a database file"
        if problem is not None:
            raise CommandError(f"--db: {problem}", 2)
    bearer = None
    if args.bearer_token_env:
        bearer = os.environ.get(args.bearer_token_env)
        if not bearer:
            raise CommandError(f"the environment variable {args.bearer_token_env} is not set", 2)
    try:
        context = tls_context(args.tls_cert, args.tls_key) if args.tls_cert else None
        server = ReferenceServer(
            args.host,
            args.port,
            args.db if args.db is not None else ":memory:",
            bearer_token=bearer,
            ssl_context=context,
        )
    except OSError as exc:
        raise CommandError(f"the server could not start ({exc.strerror or exc})") from None
    except Exception as exc:  # sqlite3 and ssl errors: say so plainly
        raise CommandError(f"the server could not start ({type(exc).__name__})") from None
    out = sys.stdout
    out.write(f"case API reference server at {server.url}\n")
    out.write(PRACTICE_NOTICE + "\n" if args.db is None else "cases are kept in the --db file\n")
    out.write(f"try: stopncii-desktop submit --kind caseapi --url {server.url} SET.json\n")
    out.write("stop it with Ctrl+C\n")
    out.flush()

    def stop(*_: object) -> None:
        raise KeyboardInterrupt

    if hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, stop)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        with contextlib.suppress(Exception):
            server.stop()
    return 0


def run_outbox(args: argparse.Namespace) -> int:
    outbox = Outbox()
    entries, problems = outbox.pending()
    if args.discard:
        for entry in entries:
            if entry.id == args.discard:
                outbox.remove(entry)
                sys.stdout.write(f"discarded {entry.id}: it will not be sent\n")
                return 0
        fail("bank outbox", f"nothing is waiting under the id {args.discard!r}")
        return 1
    out = sys.stdout
    out.write(f"waiting in the outbox: {len(entries)}\n")
    for e in entries:
        out.write(
            f"  {e.id}: made {e.created}, to {e.endpoint.describe()}, "
            f"{e.remaining} of {len(e.units)} request(s) left\n"
        )
    for problem in problems:
        out.write(f"  unreadable, left alone: {problem}\n")
    return 1 if problems else 0
