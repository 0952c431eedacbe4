"""Helpers shared by the case and bank subcommands: endpoint options, passphrases, messages."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path

from stopncii_desktop.bank.base import BankClient, BankError
from stopncii_desktop.bank.endpoints import (
    HMA_DEFAULT_SIGNALS,
    HMA_SIGNALS,
    KINDS,
    MAX_PDQ_CAP,
    Endpoint,
    EndpointError,
    validate_pdq_cap,
)
from stopncii_desktop.bank.receipts import ReceiptError, load_receipt
from stopncii_desktop.bank.service import BankAccess, Case, OpenCase
from stopncii_desktop.bank.transport import TransportOptions
from stopncii_desktop.case.casefile import MIN_PASSPHRASE_CHARS
from stopncii_desktop.case.token import CaseToken, TokenError, parse_token
from stopncii_desktop.settings import Settings, SettingsError, load_settings

PASSPHRASE_ENV = "STOPNCII_PASSPHRASE"  # noqa: S105 (a variable name, not a secret)


class CommandError(Exception):
    """A problem to report in one line; ``code`` is the exit status."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def fail(command: str, message: str) -> None:
    sys.stderr.write(f"stopncii-desktop {command}: {message}\n")
    sys.stderr.flush()


def _signals(text: str) -> tuple[str, ...]:
    names = tuple(n.strip() for n in text.split(",") if n.strip())
    if not names or any(n not in HMA_SIGNALS for n in names):
        raise argparse.ArgumentTypeError(f"choose from {', '.join(HMA_SIGNALS)}")
    return names


def _cap(text: str) -> int | None:
    try:
        return validate_pdq_cap(int(text))
    except ValueError:  # EndpointError is one
        raise argparse.ArgumentTypeError(f"a whole number from 1 to {MAX_PDQ_CAP}") from None


def add_endpoint_arguments(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("bank")
    g.add_argument("--profile", metavar="NAME", help="a bank profile from the settings file")
    g.add_argument("--kind", choices=KINDS, help="kind of bank, for a one-off endpoint")
    g.add_argument("--url", metavar="URL", help="the bank's address, for a one-off endpoint")
    g.add_argument("--bank", metavar="NAME", help="the bank's name (HMA: e.g. NCII_CASES)")
    g.add_argument("--pin", metavar="SHA256", help="SHA-256 of the server's public key")
    g.add_argument(
        "--hma-signals",
        type=_signals,
        default=HMA_DEFAULT_SIGNALS,
        metavar="NAMES",
        help="HMA signal types the bank enables (default: pdq,video_md5)",
    )
    g.add_argument(
        "--max-pdq-per-picture",
        type=_cap,
        default=None,
        metavar="N",
        help=(
            "the most picture fingerprints (PDQ) the bank takes per picture, for a one-off "
            "endpoint (default: all; the original and the most useful variants are kept)"
        ),
    )
    g.add_argument(
        "--bearer-token-env",
        metavar="VAR",
        help="read a bearer token for the bank from this environment variable",
    )
    g.add_argument("--ca-bundle", type=Path, metavar="PEM", help="trust this CA bundle instead")
    g.add_argument(
        "--timeout", type=float, default=60.0, metavar="S", help="seconds to wait for the bank"
    )
    g.add_argument(
        "--retries",
        type=int,
        default=4,
        metavar="N",
        help="tries after the first when the bank is unreachable or busy (default 4)",
    )


def transport_options(args: argparse.Namespace) -> TransportOptions:
    if args.timeout <= 0:
        raise CommandError("--timeout must be more than 0", 2)
    if not 0 <= args.retries <= 20:
        raise CommandError("--retries must be from 0 to 20", 2)
    return TransportOptions(
        connect_timeout=min(10.0, args.timeout),
        read_timeout=args.timeout,
        retries=args.retries,
        ca_bundle=str(args.ca_bundle) if args.ca_bundle else None,
    )


def _bearer_from_env(args: argparse.Namespace) -> str | None:
    var = getattr(args, "bearer_token_env", None)
    if not var:
        return None
    value = os.environ.get(var)
    if not value:
        raise CommandError(f"the environment variable {var} is empty or not set", 2)
    return value


def settings() -> Settings:
    try:
        return load_settings()
    except SettingsError as exc:
        raise CommandError(str(exc), 2) from None


def _access(args: argparse.Namespace, saved: Settings | None = None) -> BankAccess:
    """Reaching banks in this run: the saved profiles (for bearer tokens), --timeout,
    --retries and --ca-bundle, and --bearer-token-env."""
    profiles = saved.profiles if saved is not None else ()
    return BankAccess(profiles, transport_options(args), _bearer_from_env(args))


def _usable(make: Callable[[], BankClient]) -> BankClient:
    try:
        return make()
    except BankError as exc:
        raise CommandError(exc.message, 2) from None


def client_from_args(args: argparse.Namespace) -> BankClient:
    """A client for the endpoint named by ``--profile`` or ``--kind/--url/--bank``."""
    if args.kind or args.url:
        if args.profile:
            raise CommandError("give either --profile or --kind and --url, not both", 2)
        if not (args.kind and args.url):
            raise CommandError("a one-off endpoint needs both --kind and --url", 2)
        one_off = Endpoint(
            args.kind,
            args.url,
            args.bank,
            args.pin,
            None,
            args.hma_signals,
            max_pdq_per_picture=args.max_pdq_per_picture,
        )
        try:
            endpoint = one_off.validated()
        except EndpointError as exc:
            raise CommandError(str(exc), 2) from None
        return _usable(lambda: _access(args).client(endpoint))
    if args.max_pdq_per_picture is not None:
        raise CommandError(
            "--max-pdq-per-picture is for a one-off endpoint (--kind and --url); a profile "
            "sets its own",
            2,
        )
    try:
        profile = settings().profile(args.profile)
    except SettingsError as exc:
        raise CommandError(str(exc), 2) from None
    return _usable(lambda: _access(args).profile_client(profile))


def client_for_endpoint(args: argparse.Namespace, endpoint: Endpoint) -> BankClient:
    """A client for a queued submission's endpoint (bearer from its profile)."""
    access = _access(args, settings())
    return _usable(lambda: access.client(endpoint))


def read_passphrase(confirm: bool) -> str:
    """From ``STOPNCII_PASSPHRASE`` (for scripts), else a prompt that does not echo."""
    env = os.environ.get(PASSPHRASE_ENV)
    if env is not None:
        return env
    if not sys.stdin.isatty():
        raise CommandError(f"a passphrase is needed: run in a terminal, or set {PASSPHRASE_ENV}", 2)
    first = getpass.getpass("Passphrase: ")
    if confirm:
        if len(first) < MIN_PASSPHRASE_CHARS:
            raise CommandError(
                f"the passphrase must be at least {MIN_PASSPHRASE_CHARS} characters", 2
            )
        if getpass.getpass("Passphrase again: ") != first:
            raise CommandError("the two passphrases differ; nothing was written", 2)
    return first


def add_case_arguments(p: argparse.ArgumentParser) -> None:
    """How ``status`` and ``withdraw`` find a case: a receipt file, or a token."""
    g = p.add_argument_group("case")
    g.add_argument(
        "--receipt", type=Path, metavar="FILE", help="the receipt written when the case was sent"
    )
    g.add_argument(
        "--token",
        metavar="TOKEN",
        help="the case token (the receipts kept on this computer are looked up)",
    )


def _explicit_endpoint(args: argparse.Namespace) -> bool:
    return bool(args.profile or args.kind or args.url)


def case_from_args(args: argparse.Namespace) -> OpenCase:
    """The case named by ``--receipt`` or ``--token``, at its bank: the one the options
    name, else the one its receipt names, else the default profile's."""
    given: CaseToken | None = None
    if args.token:
        try:
            given = parse_token(args.token)
        except TokenError as exc:
            raise CommandError(str(exc), 2) from None
    if args.receipt is not None:
        try:
            case = Case.from_receipt(load_receipt(args.receipt))
        except ReceiptError as exc:
            raise CommandError(str(exc), 2) from None
        if given is not None and given.value != case.token.value:
            raise CommandError("--token differs from the case token in the receipt", 2)
    elif given is not None:
        case = Case.from_token(given)
    else:
        raise CommandError("name the case with --receipt FILE or --token TOKEN", 2)
    if _explicit_endpoint(args):
        return case.at(client_from_args(args))
    # With no receipt on this computer, the default profile (a case API needs only the token).
    access = _access(args, settings())
    return case.at(_usable(lambda: case.client(access, lambda: client_from_args(args))))
