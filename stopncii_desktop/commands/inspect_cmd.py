"""``stopncii-desktop inspect``: show what a hash set or case file holds, and verify it."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from stopncii_desktop.case.casefile import CaseFile, CaseFileError, read_case_file
from stopncii_desktop.case.token import TOKEN_NOTICE
from stopncii_desktop.commands._bankargs import CommandError, fail, read_passphrase

_KINDS = {
    "hashset": "hash set",
    "case": "case file (plain)",
    "case-encrypted": "case file (encrypted)",
}


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "inspect",
        help="show what a hash set or case file holds, and verify it",
        description="Verify a hash set or case file completely and summarise what it holds.",
    )
    p.add_argument("file", type=Path, metavar="FILE")
    p.set_defaults(func=run)


def describe(case: CaseFile) -> list[str]:
    items = case.hashset.items
    media = Counter(i.media for i in items)
    counts: Counter[str] = Counter()
    low = 0
    for item in items:
        for s in item.signals:
            counts[s.type] += 1
            if not s.reliable:  # its signal type's rule (signals.py)
                low += 1
    lines = [f"kind: {_KINDS.get(case.kind, case.kind)}, verified"]
    if case.created:
        lines.append(f"made on: {case.created}")
    if case.kind != "hashset":
        lines.append("case token: " + (case.token.value if case.token else "not included"))
        if case.token:
            lines.append(TOKEN_NOTICE)
    lines.append(
        f"items: {len(items)} ({media.get('image', 0)} photo(s), {media.get('video', 0)} video(s))"
    )
    lines.append("hashes: " + (", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "none"))
    if low:
        lines.append(f"low quality (not submitted): {low}")
    lines.append(
        "file names, paths, pictures: "
        + (
            "PATHS PRESENT (local records only; cannot be exported or submitted)"
            if case.hashset.has_paths
            else "none"
        )
    )
    return lines


def run(args: argparse.Namespace) -> int:
    try:
        case = read_case_file(args.file, lambda: read_passphrase(confirm=False))
    except CaseFileError as exc:
        fail("inspect", f"{exc} [{exc.code}]")
        return 1
    except CommandError as exc:
        fail("inspect", str(exc))
        return exc.code
    sys.stdout.write("\n".join(describe(case)) + "\n")
    return 0
