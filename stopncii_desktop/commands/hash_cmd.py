"""``stopncii-desktop hash``: hash files and write a hash set document."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from stopncii_desktop.case.hashset import HashSet
from stopncii_desktop.commands._output import (
    StatusPrinter,
    is_stdout,
    output_problem,
    show_path,
    write_output,
    write_problem,
)
from stopncii_desktop.hashing.batch import CancelToken, Progress, iter_hash
from stopncii_desktop.hashing.inputs import InputError, collect_inputs
from stopncii_desktop.hashing.options import HashOptions
from stopncii_desktop.hashing.results import MediaResult
from stopncii_desktop.hashing.signals import OPTIONAL_SIGNALS


def _signal_list(text: str) -> tuple[str, ...]:
    names = tuple(n.strip().lower() for n in text.split(",") if n.strip())
    unknown = [n for n in names if n not in OPTIONAL_SIGNALS]
    if unknown:
        raise argparse.ArgumentTypeError(
            f"unknown signal(s) {', '.join(unknown)}; choose from {', '.join(OPTIONAL_SIGNALS)}"
        )
    return names


def add_video_arguments(parser: argparse.ArgumentParser) -> None:
    """Video sampling options; shared with the commands that hash videos."""
    group = parser.add_argument_group("videos")
    group.add_argument(
        "--seconds-per-hash",
        type=float,
        default=1.0,
        metavar="S",
        help="hash one video frame every S seconds (default 1, as HMA and ThreatExchange do)",
    )
    group.add_argument(
        "--every-frame",
        action="store_true",
        help="hash every video frame (what the app registers in a bank)",
    )
    group.add_argument(
        "--prune",
        type=int,
        default=None,
        metavar="BITS",
        help="skip a video frame within BITS bits of the last kept one",
    )


def options_from_args(args: argparse.Namespace) -> HashOptions:
    seconds = (
        0.0
        if getattr(args, "every_frame", False)
        else float(getattr(args, "seconds_per_hash", 1.0))
    )
    robust = bool(getattr(args, "robust", False))
    return HashOptions(
        dihedral=robust or bool(getattr(args, "dihedral", False)),
        robust=robust,
        extra_signals=tuple(getattr(args, "signals", ()) or ()),
        seconds_per_hash=seconds,
        prune_distance=getattr(args, "prune", None),
    )


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "hash",
        help="hash photos and videos into a hash set document",
        description=(
            "Hash photos and videos on this computer. Writes a hash set document (JSON) "
            "that holds only hashes: no file names, paths or picture details."
        ),
    )
    p.add_argument(
        "paths", nargs="+", type=Path, metavar="PATH", help="files, or folders with --recursive"
    )
    p.add_argument(
        "-r", "--recursive", action="store_true", help="hash the photos and videos inside folders"
    )
    p.add_argument(
        "--dihedral",
        action="store_true",
        help="also hash the 7 rotations and mirror images of each photo",
    )
    p.add_argument(
        "--robust",
        action="store_true",
        help="also hash the edited copies a leak produces (crops, borders, caption bars, "
        "phone screenshots, small tilts, mirror images), so a bank catches them too; "
        "includes --dihedral (see docs/coverage.md)",
    )
    p.add_argument(
        "--signals",
        type=_signal_list,
        default=(),
        metavar="NAMES",
        help=f"extra signals, comma-separated: {', '.join(OPTIONAL_SIGNALS)}",
    )
    p.add_argument(
        "--with-paths",
        action="store_true",
        help="record each file's path in the document, for your own records only "
        "(such a document cannot be exported or submitted)",
    )
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        default=None,
        metavar="FILE",
        help="write the document here (default: standard output)",
    )
    p.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=None,
        metavar="N",
        help="files hashed at once (default: one per core)",
    )
    add_video_arguments(p)
    p.set_defaults(func=run)


def _status(result: MediaResult) -> str:
    if result.error is not None:
        return f"failed ({result.error.code}): {result.error.message}"
    parts: list[str] = [result.media or "?"]
    if result.low_quality:
        parts.append(
            "low quality: this picture's fingerprint is unreliable and will not be submitted"
        )
    parts += result.notes
    return "ok, " + "; ".join(parts)


def _same_file(output: Path, files: list[Path]) -> bool:
    """True when ``output`` is one of ``files`` (writing there would replace a picture)."""
    try:
        out = output.stat()
    except OSError:
        return False
    for path in files:
        try:
            st = path.stat()
        except OSError:
            continue
        if (st.st_dev, st.st_ino) == (out.st_dev, out.st_ino):
            return True
    return False


def run(args: argparse.Namespace) -> int:
    printer = StatusPrinter()
    problem = output_problem(args.output)
    if problem is not None:
        printer.line(f"stopncii-desktop hash: {problem}")
        return 2
    try:
        collected = collect_inputs(args.paths, args.recursive)
    except InputError as exc:
        printer.line(f"stopncii-desktop hash: {exc}")
        return 2
    if args.jobs is not None and args.jobs < 1:
        printer.line("stopncii-desktop hash: --jobs must be 1 or more")
        return 2
    if args.seconds_per_hash <= 0 and not args.every_frame:
        printer.line(
            "stopncii-desktop hash: --seconds-per-hash must be more than 0 (or use --every-frame)"
        )
        return 2
    files = collected.files
    if not is_stdout(args.output) and _same_file(args.output, files):
        printer.line(
            f"stopncii-desktop hash: {show_path(args.output)} is one of the files to hash; "
            "writing the hash set there would replace it. Choose another name for -o"
        )
        return 2
    if collected.skipped:
        printer.line(f"skipped {collected.skipped} file(s) that are not photos or videos")
    if collected.unreadable_folders:
        printer.line(
            f"could not open {collected.unreadable_folders} folder(s) (you may not have "
            "permission); the files in them were not hashed"
        )
    if not files:
        printer.line("stopncii-desktop hash: no photos or videos to hash")
        return 2
    options = options_from_args(args)
    total = len(files)
    width = len(str(total))
    cancel = CancelToken()
    results: list[MediaResult | None] = [None] * total
    next_to_print = 0

    def on_progress(p: Progress) -> None:
        printer.progress(p.done, p.total, p.fraction)

    try:
        for result in iter_hash(files, options, on_progress, cancel, args.jobs):
            results[result.index] = result
            # Lines come out in the order the files were named.
            while next_to_print < total and (r := results[next_to_print]) is not None:
                printer.line(
                    f"[{next_to_print + 1:>{width}}/{total}] {show_path(r.path)}: {_status(r)}"
                )
                next_to_print += 1
    except KeyboardInterrupt:
        cancel.cancel()
        printer.finish()
        printer.line("stopped; nothing was written")
        return 130
    printer.finish()
    done = [r for r in results if r is not None]
    hashset = HashSet.from_results(done, with_paths=args.with_paths)
    document = hashset.dumps().encode("utf-8")
    try:
        write_output(document, args.output)
    except OSError as exc:
        printer.line(f"stopncii-desktop hash: {write_problem(args.output, exc)}")
        return 2
    # Here, not at the top: the case file module brings the encryption library, which a
    # plain ``hash`` never needs before its result is written.
    from stopncii_desktop.case.casefile import CaseFileError, check_size

    try:
        check_size(document)
    except CaseFileError:
        printer.line(
            "note: this hash set is larger than a case file may be, so export, submit and "
            "match will refuse it. Hash the files in smaller groups"
        )
    failed = sum(1 for r in done if not r.ok)
    printer.line(
        f"{total - failed} of {total} file(s) hashed" + (f", {failed} failed" if failed else "")
    )
    return 1 if failed else 0
