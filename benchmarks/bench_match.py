"""``match`` against a large robust set: a caseworker checking found copies against a case.

500 photos (generated, 640x480) are hashed with ``hash --robust`` (about 45
fingerprints each) into one hash set; 20 of them are then edited as a leak
edits them (a square crop, a story crop, a caption bar, a tilt, a phone
screenshot), saved as JPEG, and checked with the real ``match`` command. It
prints, in the same run:

  (a) ``match`` end to end (read the set, hash the 20 files, match them);
  (b) matching alone: the set's index built once, then the 20 files against it;
  (c) the same 20 files matched one registered fingerprint at a time, as ``match``
      did before its index (the pure-Python loop), for comparison;

and fails (exit 1) unless every copy matches its own photo, by an edited variant.

    python -m benchmarks.bench_match [--photos 500] [--files 20] [--jobs N]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import tempfile
import time
from pathlib import Path

from PIL import Image

from benchmarks.media import noisy_rgb
from stopncii_desktop.case.hashset import HashSet
from stopncii_desktop.cli import main as cli
from stopncii_desktop.hashing.batch import hash_files
from stopncii_desktop.hashing.matching import Entry, FileMatch, MatchIndex, match_pdq
from stopncii_desktop.hashing.options import HashOptions
from stopncii_desktop.hashing.results import MediaResult, Signal
from stopncii_desktop.hashing.signals import PdqSignal
from stopncii_desktop.hashing.transforms import TRANSFORMS

#: What a leak does to the copies checked: each a registered kind of edit, made here
#: from the full picture (the registered variants come from a reduced copy).
EDITS = ("crop-1x1", "crop-9x16", "caption-bottom-12", "tilt-cw-2", "screenshot")


def _one_pair_at_a_time(photo: MediaResult, entries: list[Entry]) -> FileMatch:
    """The matcher before the index: every file fingerprint against every registered one."""
    queries = [s for s in photo.signals if isinstance(s, Signal) and s.type == "pdq"]
    best: tuple[int, str, str] | None = None
    nearest: int | None = None
    for entry in entries:
        for target in entry.signals:
            if not (isinstance(target, Signal) and target.type == "pdq"):
                continue
            for q in queries:
                d = PdqSignal.hamming(q.value, target.value)
                nearest = d if nearest is None else min(nearest, d)
                m = match_pdq(q, target)
                if m is not None and (best is None or m < best[0]):
                    best = (m, entry.id, target.variant or "original")
    if best is not None:
        return FileMatch(True, best[1], distance=best[0], variant=best[2])
    return FileMatch(False, None, distance=nearest)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--photos", type=int, default=500)
    parser.add_argument("--files", type=int, default=20)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        photos = []
        for n in range(args.photos):
            path = folder / f"photo{n:04d}.jpg"
            Image.fromarray(noisy_rgb(640, 480, 1000 + n)).save(path, "JPEG", quality=90)
            photos.append(path)
        started = time.perf_counter()
        results = hash_files(photos, HashOptions(robust=True), workers=args.jobs)
        hashed = time.perf_counter() - started
        hs = HashSet.from_results(results)
        set_file = folder / "set.json"
        set_file.write_text(hs.dumps())
        pdqs = sum(1 for i in hs.items for s in i.signals if s.type == "pdq")
        print(
            f"hash set: {len(hs.items)} photos hashed with --robust in {hashed:.1f} s "
            f"({args.jobs} workers), {pdqs} PDQ fingerprints ({pdqs / len(hs.items):.1f} per "
            f"photo), {set_file.stat().st_size / 1e6:.1f} MB"
        )

        copies, owners = [], []
        step = max(1, len(photos) // args.files)
        for k in range(args.files):
            n = (k * step) % len(photos)
            with Image.open(photos[n]) as im:
                edited = TRANSFORMS[EDITS[k % len(EDITS)]](im.convert("RGB"))
            path = folder / f"found{k:02d}.jpg"
            edited.save(path, "JPEG", quality=80)
            copies.append(path)
            owners.append(hs.items[n].id)

        out = io.StringIO()
        started = time.perf_counter()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
            code = cli(["match", "--json", "-j", str(args.jobs), str(set_file), *map(str, copies)])
        end_to_end = time.perf_counter() - started
        verdicts = [json.loads(line) for line in out.getvalue().splitlines()]

        found = hash_files(copies, HashOptions(), workers=args.jobs)
        entries = [Entry(i.id, i.signals) for i in hs.items]
        started = time.perf_counter()
        index = MatchIndex(entries)
        built = time.perf_counter() - started
        indexed = [index.match_photo(r.signals) for r in found]
        with_index = time.perf_counter() - started
        started = time.perf_counter()
        looped = [_one_pair_at_a_time(r, entries) for r in found]
        one_at_a_time = time.perf_counter() - started

    print(
        f"(a) match, end to end, {args.files} files:            {end_to_end:7.2f} s  (exit {code})"
    )
    print(
        f"(b) matching alone, with the index:            {with_index * 1000:7.1f} ms "
        f"(index built in {built * 1000:.1f} ms; {with_index / args.files * 1000:.2f} ms a file)"
    )
    print(
        f"(c) matching alone, one fingerprint at a time: {one_at_a_time * 1000:7.1f} ms "
        f"({one_at_a_time / args.files * 1000:.1f} ms a file; {one_at_a_time / with_index:.0f}x b)"
    )
    caught = sum(v["matched"] and v["item"] == o for v, o in zip(verdicts, owners, strict=True))
    variants = sorted({str(v["variant"]) for v in verdicts if v["matched"]})
    print(f"copies matched to their own photo: {caught} of {args.files}; by {', '.join(variants)}")
    agree = indexed == looped
    print(f"the index and the one-at-a-time loop agree on every file: {agree}")
    return 0 if caught == args.files and agree and code == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
