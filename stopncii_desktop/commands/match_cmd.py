"""``stopncii-desktop match``: would these files match an entry of a hash set?

The "is this copy I found covered?" question, answered on this computer:
each file is hashed as the ``hash`` command would and compared with the
set's entries (PDQ for photos, vPDQ for videos; see hashing/matching.py).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from stopncii_desktop.case.casefile import CaseFileError, read_case_file
from stopncii_desktop.commands._bankargs import CommandError, read_passphrase
from stopncii_desktop.commands._output import StatusPrinter, show_path
from stopncii_desktop.commands.hash_cmd import add_video_arguments, options_from_args
from stopncii_desktop.hashing.batch import hash_files
from stopncii_desktop.hashing.matching import Entry, FileMatch, MatchIndex, match_result
from stopncii_desktop.hashing.results import MediaResult


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "match",
        help="check whether files would match an entry of a hash set",
        description=(
            "Hash files on this computer and tell, for each, whether it would match an entry "
            "of a hash set document: which entry, at what distance and by which registered "
            "variant (photos: the original, a rotation, or an edited copy such as a crop), "
            "or by what percentage of frames (videos). Nothing is sent anywhere."
        ),
    )
    p.add_argument("hashset", type=Path, metavar="SET.json", help="a hash set document")
    p.add_argument("paths", nargs="+", type=Path, metavar="FILE", help="photos and videos")
    p.add_argument("--json", action="store_true", help="print one JSON object per file, in order")
    p.add_argument("-j", "--jobs", type=int, default=None, metavar="N", help="files hashed at once")
    add_video_arguments(p)
    p.set_defaults(func=run)


def _object(result: MediaResult, verdict: FileMatch | None) -> dict[str, object]:
    out: dict[str, object] = {"file": str(result.path)}
    if verdict is None:
        assert result.error is not None
        out.update(matched=False, item=None, error=str(result.error.code))
        return out
    out.update(matched=verdict.matched, item=verdict.item)
    if result.media == "video":
        out.update(percent=verdict.percent, target_percent=verdict.target_percent)
    else:
        out.update(distance=verdict.distance, variant=verdict.variant)
    if verdict.by_digest:
        out["by_digest"] = True
    return out


def _line(result: MediaResult, verdict: FileMatch | None) -> str:
    name = show_path(result.path)
    if verdict is None:
        assert result.error is not None
        return f"{name}: could not be checked ({result.error.code}): {result.error.message}"
    if result.media == "video":
        measure = (
            f"{verdict.percent:.1f}% of its frames matched"
            if verdict.percent is not None
            else "no usable frames"
        )
    else:
        measure = (
            f"distance {verdict.distance}" if verdict.distance is not None else "no usable hash"
        )
    if verdict.by_digest:
        measure = "identical file"
    if verdict.variant is not None:
        measure += f", registered variant {verdict.variant}"
    if verdict.matched:
        return f"{name}: MATCHES item {verdict.item} ({measure})"
    return f"{name}: no match ({measure})"


def run(args: argparse.Namespace) -> int:
    printer = StatusPrinter()
    try:
        # The limits of case files (case/casefile.py) hold here too: checked before parsing.
        hashset = read_case_file(args.hashset, lambda: read_passphrase(confirm=False)).hashset
    except CaseFileError as exc:
        printer.line(f"stopncii-desktop match: not a valid hash set: {exc} [{exc.code}]")
        return 2
    except CommandError as exc:
        printer.line(f"stopncii-desktop match: {exc}")
        return 2
    if args.jobs is not None and args.jobs < 1:
        printer.line("stopncii-desktop match: --jobs must be 1 or more")
        return 2
    if args.seconds_per_hash <= 0 and not args.every_frame:
        printer.line(
            "stopncii-desktop match: --seconds-per-hash must be more than 0 (or use --every-frame)"
        )
        return 2
    # Put together once for all the files: a robust set holds some 45 PDQ per photo.
    entries = MatchIndex([Entry(item.id, item.signals) for item in hashset.items])
    try:
        results = hash_files(list(args.paths), options_from_args(args), workers=args.jobs)
    except KeyboardInterrupt:
        printer.line("stopped")
        return 130
    failed = 0
    for result in results:
        verdict = match_result(result, entries) if result.ok else None
        failed += verdict is None
        if args.json:
            sys.stdout.write(json.dumps(_object(result, verdict), ensure_ascii=False) + "\n")
        else:
            sys.stdout.write(_line(result, verdict) + "\n")
    sys.stdout.flush()
    return 1 if failed else 0
