"""Coverage of edited copies: how many re-posted edits of a registered photo a bank catches.

Compared as a platform compares: the plain PDQ of the edited file (saved as
JPEG, as an upload is) against every PDQ registered for the photo, a match at
distance 31 or less with quality 50 or more on both sides. Three registered
sets are measured through the real hashing code (``hash_photo``):

* plain: the original PDQ alone, as StopNCII.org registers;
* dihedral: ``hash --dihedral`` (original and the 7 rotations and mirrors);
* robust: ``hash --robust`` (dihedral and the edited variants of ``variants.ROBUST``).

Every distractor (unrelated photos and artwork, and edited copies of them) is
compared with every registered PDQ of every photo: a false match is a
distractor within 31 bits of one. The edits and photos of the report are kept
apart from those used to choose the set (``--tune``): other photos, other
random parameters (see coverage_data.py and coverage_edits.py).

    python -m benchmarks.bench_coverage [--full] [--tune] [--caps tune|report] [--jobs N]

The first run fetches the pictures (Debian packages, about 580 MB to download, with
``apt-get download``; nothing is installed) and hashes the distractors, which
are cached in the user's cache folder (``coverage_data.CACHE``). The default run reports one
copy of each edit per photo; ``--full`` reports three, each with its own
parameters; ``--tune`` runs the greedy choice of the set on the tuning photos;
``--caps`` shows what a bank that takes only the first N fingerprints of each
photo catches (a profile's ``max_pdq_per_picture``), in the order banks get
them and in two others; ``--caps tune`` also makes the greedy choice of that
order (``variants.FOR_BANKS``) on the tuning photos.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import numpy.typing as npt
from PIL import Image, ImageOps

from benchmarks import coverage_data as data
from benchmarks.coverage_edits import BEYOND, EDITS, as_uploaded
from stopncii_desktop.hashing import _pdq
from stopncii_desktop.hashing.decode import open_photo
from stopncii_desktop.hashing.options import HashOptions
from stopncii_desktop.hashing.photo import edit_source, hash_photo
from stopncii_desktop.hashing.results import Signal
from stopncii_desktop.hashing.robust import edited_signals, reduced_copy
from stopncii_desktop.hashing.signals import PdqSignal
from stopncii_desktop.hashing.transforms import (
    TRANSFORMS,
    add_bar,
    crop_to_ratio,
    pad_to_ratio,
    tilt,
)
from stopncii_desktop.hashing.variants import (
    BANK_ORDER,
    DIHEDRAL,
    EDITED,
    EXIF_UPRIGHT,
    FOR_BANKS,
    ORIGINAL,
    ROBUST,
)

Words = npt.NDArray[np.uint64]
#: Bump when the distractors or their edits change, so the cache is rebuilt.
CACHE_VERSION = 2
DISTRACTOR_SIDE = 1080  # distractors are reduced to this short side first (as platforms do)
SETS = {
    "plain": HashOptions(),
    "dihedral": HashOptions(dihedral=True),
    "robust": HashOptions(robust=True),
}
#: The tuning run stops adding variants once this share of tuning copies is caught.
TUNE_TARGET = 0.95
_SEEDS = {"tune": 1, "report": 2}


@dataclass(frozen=True)
class Hash:
    value: str
    quality: int
    #: Which variant a registered fingerprint is (None for copies and distractors).
    variant: str | None = None


def _pdq_of(image: Image.Image) -> Hash:
    result, _ = _pdq.pdq_from_pixels(np.asarray(image.convert("RGB")))
    return Hash(result.hash_hex, result.quality)


def _words(values: Sequence[str]) -> Words:
    raw = b"".join(bytes.fromhex(v) for v in values)
    return np.frombuffer(raw, dtype=">u8").astype(np.uint64).reshape(len(values), 4)


def _distances(a: Words, b: Words) -> npt.NDArray[np.int32]:
    """All pairwise Hamming distances, shape (len(a), len(b))."""
    if len(a) == 0 or len(b) == 0:
        return np.zeros((len(a), len(b)), dtype=np.int32)
    out: npt.NDArray[np.int32] = np.bitwise_count(a[:, None, :] ^ b[None, :, :]).sum(
        axis=2, dtype=np.int32
    )
    return out


# --- distractors -----------------------------------------------------------------


def _open_distractor(path: Path) -> Image.Image:
    with Image.open(path) as im:
        im.draft("RGB", (DISTRACTOR_SIDE * 2, DISTRACTOR_SIDE * 2))
        if im.mode in ("RGBA", "LA", "P", "PA"):
            rgba = im.convert("RGBA")
            picture = Image.new("RGB", rgba.size, (255, 255, 255))
            picture.paste(rgba, mask=rgba.getchannel("A"))
        else:
            picture = im.convert("RGB")
    if min(picture.size) > DISTRACTOR_SIDE:
        scale = DISTRACTOR_SIDE / min(picture.size)
        picture = picture.resize((round(picture.width * scale), round(picture.height * scale)))
    return picture


def _distractor_edits(picture: Image.Image) -> dict[str, Image.Image]:
    """The edits people make to any picture, which can bring two pictures closer."""
    return {
        "crop-square": crop_to_ratio(picture, 1.0, 0.4),
        "crop-story": crop_to_ratio(picture, 9 / 16, 0.6),
        "bars-black": pad_to_ratio(picture, 9 / 16),
        "bars-white": pad_to_ratio(picture, 1.0, (255, 255, 255)),
        "caption": add_bar(picture, 0.18, True),
        "screenshot": TRANSFORMS["screenshot"](picture),
        "tilt": tilt(picture, 3.0),
    }


def _hash_distractor(job: tuple[str, bool]) -> tuple[str, list[tuple[str, str, int]]]:
    path, with_edits = Path(job[0]), job[1]
    try:
        picture = _open_distractor(path)
    except (OSError, ValueError, SyntaxError):
        return job[0], []
    if min(picture.size) < 16:
        return job[0], []
    copies = {"plain": picture}
    if with_edits:
        copies |= _distractor_edits(picture)
    out = []
    for name, copy in copies.items():
        h = _pdq_of(as_uploaded(copy, 85))
        out.append((name, h.value, h.quality))
    return job[0], out


def _key(path: str) -> str:
    """A picture's place in the cache: its path inside the unpacked packages."""
    return Path(path).relative_to(data.PACKAGES_DIR).as_posix()


def _save_cache(cache_file: Path, cache: dict[str, list[list[object]]]) -> None:
    cache_file.parent.mkdir(parents=True, exist_ok=True)
    tmp = cache_file.with_suffix(".part")
    tmp.write_text(json.dumps(cache))
    tmp.replace(cache_file)


def distractor_hashes(jobs: int) -> tuple[list[Hash], dict[str, int]]:
    """Every usable distractor hash (cached), and counts for the report."""
    cache_file = data.CACHE / f"distractors-v{CACHE_VERSION}.json"
    cache: dict[str, list[list[object]]] = (
        json.loads(cache_file.read_text()) if cache_file.exists() else {}
    )
    todo = [(str(p), True) for p in data.wallpapers()] + [(str(p), False) for p in data.artwork()]
    missing = [j for j in todo if _key(j[0]) not in cache]
    if missing:
        print(f"hashing {len(missing)} distractor pictures (cached for the next runs) ...")
        started = time.perf_counter()
        with ProcessPoolExecutor(jobs) as pool:
            for n, (path, found) in enumerate(pool.map(_hash_distractor, missing, chunksize=4)):
                cache[_key(path)] = [list(h) for h in found]
                if (n + 1) % 100 == 0 or n + 1 == len(missing):
                    _save_cache(cache_file, cache)
                    print(f"  {n + 1} of {len(missing)}", flush=True)
        print(f"  done in {time.perf_counter() - started:.0f} s")
    # One picture at several sizes (wallpapers ship several) counts once.
    kept_plain: list[str] = []
    hashes: list[Hash] = []
    pictures = edited = 0
    for path, _ in todo:
        entries = {str(e[0]): Hash(str(e[1]), int(str(e[2]))) for e in cache.get(_key(path), [])}
        plain = entries.get("plain")
        if plain is None:
            continue
        if kept_plain and _distances(_words([plain.value]), _words(kept_plain)).min() <= 8:
            continue
        kept_plain.append(plain.value)
        pictures += 1
        edited += len(entries) - 1
        hashes += entries.values()
    usable = [h for h in hashes if PdqSignal.is_reliable(h.quality)]
    counts = {"pictures": pictures, "edited": edited, "usable": len(usable)}
    return usable, counts


# --- protected photos --------------------------------------------------------------


@dataclass
class Photo:
    path: Path
    sets: dict[str, list[Hash]] = field(default_factory=dict)
    #: (edit name, hash of the uploaded copy)
    copies: list[tuple[str, Hash]] = field(default_factory=list)
    #: Tuning: every catalogue variant's hash, by name (None below quality 50).
    candidates: dict[str, Hash | None] = field(default_factory=dict)


def _registered(path: Path, options: HashOptions) -> list[Hash]:
    result = hash_photo(path, options)
    if not result.ok:
        raise SystemExit(f"{path.name}: {result.error}")
    return [
        Hash(s.value, s.quality or 0, s.variant)
        for s in result.signals
        if isinstance(s, Signal) and s.type == "pdq"
    ]


def _copies(path: Path, split: str, index: int, draws: int) -> list[tuple[str, Hash]]:
    with Image.open(path) as im:
        shown = ImageOps.exif_transpose(im).convert("RGB")
    out = []
    for e, edit in enumerate(EDITS + BEYOND):
        for draw in range(draws):
            rng = np.random.default_rng([_SEEDS[split], index, e, draw])
            picture, quality = edit.make(shown, rng)
            out.append((edit.name, _pdq_of(as_uploaded(picture, quality))))
    return out


def _candidates(path: Path) -> dict[str, Hash | None]:
    source = edit_source(open_photo(path))
    out: dict[str, Hash | None] = {}
    for name in EDITED:
        found = edited_signals(source, [], [name])
        out[name] = Hash(found[0].value, found[0].quality or 0) if found else None
    return out


def _photo_job(job: tuple[str, str, int, int, bool]) -> Photo:
    path, split, index, draws, tune = Path(job[0]), job[1], job[2], job[3], job[4]
    _pdq.set_threads(1)
    photo = Photo(path)
    photo.sets = {name: _registered(path, options) for name, options in SETS.items()}
    photo.copies = _copies(path, split, index, draws)
    if tune:
        photo.candidates = _candidates(path)
    return photo


def load_photos(split: str, draws: int, tune: bool, jobs: int) -> list[Photo]:
    paths = data.protected_photos()[split]
    work = [(str(p), split, i, draws, tune) for i, p in enumerate(paths)]
    with ProcessPoolExecutor(jobs) as pool:
        return list(pool.map(_photo_job, work))


# --- measuring ---------------------------------------------------------------------


def _good(hashes: Iterable[Hash]) -> list[str]:
    return [h.value for h in hashes if PdqSignal.is_reliable(h.quality)]


def caught(photo: Photo, registered: list[Hash]) -> list[bool]:
    """Which copies of the photo a bank holding ``registered`` catches."""
    targets = _good(registered)
    out = []
    for _, copy in photo.copies:
        if not PdqSignal.is_reliable(copy.quality) or not targets:
            out.append(False)
            continue
        d = _distances(_words([copy.value]), _words(targets))
        out.append(bool(d.min() <= PdqSignal.match_threshold))
    return out


def false_matches(registered: list[str], distractors: Words) -> tuple[int, int]:
    """Distractors matching any registered hash, and the smallest distance seen."""
    if not registered:
        return 0, 256
    d = _distances(distractors, _words(registered))
    nearest = d.min(axis=1)
    return int((nearest <= PdqSignal.match_threshold).sum()), int(nearest.min())


def _pct(n: int, total: int) -> str:
    return f"{100 * n / total:5.1f}%" if total else "   - "


def _row(label: str, cells: list[str], what: str = "") -> None:
    print(f"{label:<24}{cells[0]:>8}{cells[1]:>10}{cells[2]:>9}   {what}".rstrip())


def report(photos: list[Photo], distractors: Words, split: str) -> bool:
    """Print the table; True when the robust set meets the targets (90 %, no false match)."""
    table = {s: {e.name: [0, 0] for e in EDITS + BEYOND} for s in SETS}
    for photo in photos:
        for set_name in SETS:
            hits = caught(photo, photo.sets[set_name])
            for (edit, _), was_caught in zip(photo.copies, hits, strict=True):
                table[set_name][edit][0] += was_caught
                table[set_name][edit][1] += 1
    target = {e.name for e in EDITS}
    unusable = sum(
        not PdqSignal.is_reliable(c.quality) for p in photos for e, c in p.copies if e in target
    )
    per_kind = table["plain"][EDITS[0].name][1]
    print(f"\n{split} photos: {len(photos)}; copies of each edit: {per_kind}; caught by")
    _row("edit", ["plain", "dihedral", "robust"], "what it is")
    totals = {s: [0, 0] for s in SETS}
    for kind in EDITS:
        for set_name in SETS:
            totals[set_name][0] += table[set_name][kind.name][0]
            totals[set_name][1] += table[set_name][kind.name][1]
        _row(kind.name, [_pct(*table[s][kind.name]) for s in SETS], kind.what)
    _row("all edits", [_pct(*totals[s]) for s in SETS])
    print(f"(copies too flat for any bank to match, quality below 50: {unusable})")
    print("beyond the target, edits made by hand anywhere:")
    for kind in BEYOND:
        _row(kind.name, [_pct(*table[s][kind.name]) for s in SETS], kind.what)
    ok = True
    print(f"\n{'set':<10}{'fingerprints/photo':>20}{'false matches':>15}{'nearest distractor':>20}")
    for set_name in SETS:
        counts = [len(p.sets[set_name]) for p in photos]
        registered = [v for p in photos for v in _good(p.sets[set_name])]
        wrong, nearest = false_matches(registered, distractors)
        spread = f"{statistics.mean(counts):.1f} ({min(counts)}-{max(counts)})"
        print(f"{set_name:<10}{spread:>20}{wrong:>15}{nearest:>20}")
        if set_name == "robust":
            ok = wrong == 0 and totals[set_name][0] >= 0.9 * totals[set_name][1]
    return ok


def tune(photos: list[Photo], distractors: Words) -> None:
    """Greedy choice: add the variant that catches the most copies still missed."""
    target = {e.name for e in EDITS}
    copies = {
        (p, k)
        for p, photo in enumerate(photos)
        for k, (edit, _) in enumerate(photo.copies)
        if edit in target
    }
    print(f"\ntuning on {len(photos)} photos, {len(copies)} copies")
    base = {
        (p, k)
        for p, photo in enumerate(photos)
        for k, hit in enumerate(caught(photo, photo.sets["dihedral"]))
        if hit
    } & copies
    by_name: dict[str, set[tuple[int, int]]] = {}
    risky: dict[str, int] = {}
    for name in EDITED:
        hits: set[tuple[int, int]] = set()
        values = []
        for p, photo in enumerate(photos):
            h = photo.candidates.get(name)
            if h is None:
                continue
            values.append(h.value)
            for k, hit in enumerate(caught(photo, [h])):
                if hit and (p, k) in copies:
                    hits.add((p, k))
        wrong, nearest = false_matches(values, distractors)
        if wrong:
            risky[name] = nearest
        by_name[name] = hits
    if risky:
        print(
            "left out, they match a distractor:", ", ".join(f"{n} ({d})" for n, d in risky.items())
        )
    covered = set(base)
    chosen: list[str] = []
    print(f"  dihedral set alone: {_pct(len(covered), len(copies))}")
    while True:
        gains = {
            n: len(h - covered) for n, h in by_name.items() if n not in risky and n not in chosen
        }
        if not gains or max(gains.values()) == 0:
            break
        best = max(gains, key=lambda n: (gains[n], -EDITED.index(n)))
        chosen.append(best)
        covered |= by_name[best]
        share = len(covered) / len(copies)
        print(f"  + {best:<22} {_pct(len(covered), len(copies))}  (+{gains[best]})")
        if share >= TUNE_TARGET:
            break
    print(f"\nsuggested ROBUST = {tuple(chosen)!r}")
    everything = set().union(*(by_name[n] for n in by_name if n not in risky))
    print(f"\n{'edit':<24}{'dihedral':>10}{'chosen':>9}{'all':>8}   (tuning copies caught)")
    for kind in EDITS:
        mine = {(p, k) for (p, k) in copies if photos[p].copies[k][0] == kind.name}
        cells = [_pct(len(mine & found), len(mine)) for found in (base, covered, base | everything)]
        print(f"{kind.name:<24}{cells[0]:>10}{cells[1]:>9}{cells[2]:>8}")


#: Caps on fingerprints per picture a bank profile might set (``max_pdq_per_picture``).
CAPS = (1, 2, 5, 9, 10, 15, 20, 30)
#: The orders a capped bank could get a photo's fingerprints in: the one it gets
#: (``variants.BANK_ORDER``, measured), and for comparison the rotations and mirror
#: images before the edits (the set's own order), or after them.
ORDERS = {
    "bank order": BANK_ORDER,
    "turns first": (ORIGINAL, EXIF_UPRIGHT, *DIHEDRAL, *ROBUST),
    "edits first": (ORIGINAL, EXIF_UPRIGHT, *ROBUST, *DIHEDRAL),
}


def bank_order_choice(photos: list[Photo]) -> tuple[str, ...]:
    """Greedy, as for the set: from the original alone, add the registered rotation,
    mirror image or edit that catches the most copies still missed (a tie goes to the
    one that came first in the order before this choice, the turns and then ``ROBUST``,
    so the choice does not lean on its own result)."""
    target = {e.name for e in EDITS}
    copies = {
        (p, k)
        for p, photo in enumerate(photos)
        for k, (e, _) in enumerate(photo.copies)
        if e in target
    }
    before = (*DIHEDRAL, *ROBUST)
    by_name: dict[str, set[tuple[int, int]]] = {n: set() for n in before}
    covered: set[tuple[int, int]] = set()
    for p, photo in enumerate(photos):
        for h in photo.sets["robust"]:
            name = h.variant or ORIGINAL
            hits = {(p, k) for k, hit in enumerate(caught(photo, [h])) if hit} & copies
            if name == ORIGINAL:
                covered |= hits
            elif name in by_name:
                by_name[name] |= hits
    chosen: list[str] = []
    print(f"\nthe order for a capped bank, on {len(photos)} photos ({ORIGINAL} first):")
    while len(chosen) < len(by_name):
        gains = {n: len(h - covered) for n, h in by_name.items() if n not in chosen}
        best = max(gains, key=lambda n: (gains[n], -before.index(n)))
        chosen.append(best)
        covered |= by_name[best]
        print(f"  + {best:<24} {_pct(len(covered), len(copies))}  (+{gains[best]})")
    print(f"\nsuggested FOR_BANKS = {tuple(chosen)!r}")
    if tuple(chosen) != FOR_BANKS:
        print("(differs from variants.FOR_BANKS)")
    return tuple(chosen)


def _place(order: Sequence[str], name: str) -> int:
    return order.index(name) if name in order else len(order)


def capped(photos: list[Photo], split: str) -> None:
    """What a bank that takes only the first N fingerprints of each photo catches."""
    target = {e.name for e in EDITS}
    total = sum(1 for p in photos for e, _ in p.copies if e in target)
    orders = dict(ORDERS)
    if split == "tune":
        chosen = bank_order_choice(photos)
        orders["chosen here"] = (ORIGINAL, EXIF_UPRIGHT, *chosen)
    print(f"\n{split} photos: copies of the {len(EDITS)} edits caught with a cap per photo")
    print(f"{'cap':<8}" + "".join(f"{name:>14}" for name in orders))
    for cap in (*CAPS, None):
        cells = []
        for order in orders.values():
            hits = 0
            for photo in photos:
                # As the bank adapters cap (``pdqs_to_send``): a fingerprint of quality
                # below 50 takes a place too, though it can catch nothing.
                kept = sorted(
                    photo.sets["robust"], key=lambda h: _place(order, h.variant or ORIGINAL)
                )
                found = caught(photo, kept[:cap])
                hits += sum(f for (e, _), f in zip(photo.copies, found, strict=True) if e in target)
            cells.append(_pct(hits, total))
        print(f"{cap or 'all':<8}" + "".join(f"{c:>14}" for c in cells))


def reduced_copy_error(count: int = 6) -> None:
    """How far a variant made from the reduced copy lies from the same edit of the full picture.

    The protected photos are small (800 pixels at most), so they are not reduced;
    large photographs (MATE's nature wallpapers, 1280 to 2560 pixels wide) show
    what the reduction costs on a real camera photo.
    """
    paths = sorted((data.PACKAGES_DIR / data.MATE_NATURE).glob("*.jpg"))[:count]
    distances = []
    for path in paths:
        with Image.open(path) as im:
            full = im.convert("RGB")
        small = reduced_copy(full)
        for name in ROBUST:
            whole = _pdq_of(TRANSFORMS[name](full)).value
            distances.append(
                _distances(_words([whole]), _words([_pdq_of(TRANSFORMS[name](small)).value]))[0, 0]
            )
    print(
        f"\nvariants from the reduced copy against the same edits of {len(paths)} large photos: "
        f"median {statistics.median(distances):.0f} bits, 9 in 10 within "
        f"{np.percentile(distances, 90):.0f}, at most {max(distances)}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--full", action="store_true", help="three copies of each edit per photo")
    parser.add_argument("--tune", action="store_true", help="choose the set on the tuning photos")
    parser.add_argument(
        "--caps",
        choices=("tune", "report"),
        help="only what a bank capping fingerprints per photo catches, on these photos",
    )
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args(argv)
    if missing := data.missing_packages():
        try:
            data.fetch(missing)
        except data.FetchError as exc:
            print(f"skipped: {exc}")
            return 0
    started = time.perf_counter()
    hashes, counts = distractor_hashes(args.jobs)
    distractors = _words([h.value for h in hashes])
    print(
        f"distractors: {counts['pictures']} unrelated pictures and {counts['edited']} edited "
        f"copies of them; {counts['usable']} of quality 50 or more"
    )
    draws = 3 if args.full else 1
    ok = True
    if args.caps:
        capped(load_photos(args.caps, draws, False, args.jobs), args.caps)
    elif args.tune:
        tune(load_photos("tune", draws, True, args.jobs), distractors)
    else:
        print(
            f"robust set: {len(ROBUST)} edited variants besides original, {EXIF_UPRIGHT} "
            f"and the {len(DIHEDRAL)} dihedral ({ORIGINAL} always first)"
        )
        ok = report(load_photos("report", draws, False, args.jobs), distractors, "report")
        reduced_copy_error()
    print(f"\n({time.perf_counter() - started:.0f} s)")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
