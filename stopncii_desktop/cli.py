"""The ``stopncii-desktop`` command: the desktop app with no arguments, else a subcommand.

Each subcommand lives in ``stopncii_desktop/commands/`` and registers itself
with :func:`build_parser`; all of them drive the same core as the app.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from stopncii_desktop import __version__

#: Modules under ``stopncii_desktop.commands`` that each add one or more subcommands.
COMMAND_MODULES = (
    "hash_cmd",
    "match_cmd",
    "export_cmd",
    "inspect_cmd",
    "submit_cmd",
    "status_cmd",
    "withdraw_cmd",
    "bank_cmd",
)

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2


def command_in(args: Sequence[str]) -> str | None:
    """The subcommand ``args`` name (the first word that is not an option), if any."""
    return next((a for a in args if not a.startswith("-")), None)


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser; given a known ``command``, with only that subcommand.

    Each command module imports what its command needs (the bank's HTTP and
    encryption, Pillow and numpy...): ``hash`` of one photo need not pay for the rest.
    """
    wanted = f"{command}_cmd"
    modules = (wanted,) if wanted in COMMAND_MODULES else COMMAND_MODULES
    parser = argparse.ArgumentParser(
        prog="stopncii-desktop",
        description=(
            "Make fingerprints (hashes) of photos and videos on this computer. "
            "The pictures never leave it. With no command, the desktop app starts."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in modules:
        module = importlib.import_module(f"stopncii_desktop.commands.{name}")
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list:
        from stopncii_desktop.system_libs import check_before_qt

        problem = check_before_qt()
        if problem is not None:  # say what to install, rather than let Qt abort
            print(problem, file=sys.stderr)
            return EXIT_SOME_FAILED
        from stopncii_desktop.gui.app import run_app

        return run_app([sys.argv[0]])
    parser = build_parser(command_in(args_list))
    args = parser.parse_args(args_list)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    result: int = args.func(args)
    return result


def run() -> NoReturn:
    """The ``stopncii-desktop`` command: :func:`main`, then exit at once.

    When a command returns, its output is written (files atomically, through
    fsync) and only stdout and stderr remain to flush; Python's orderly teardown of
    every module loaded (numpy, Pillow...) would add about a tenth of a second to
    each run and do nothing else. The desktop app, whose Qt objects must go in
    order, exits the usual way.
    """
    args = sys.argv[1:]
    code = main(args)
    if not args:
        sys.exit(code)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except OSError:  # a closed pipe: the output could not be delivered
        code = code or EXIT_SOME_FAILED
    os._exit(code)


if __name__ == "__main__":
    run()
