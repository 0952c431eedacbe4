"""Refresh the translation sources and build the compiled translations, with Qt's own tools.

1. ``lupdate`` reads every ``self.tr(...)`` / ``QCoreApplication.translate(...)`` in
   ``stopncii_desktop/gui/`` and merges the strings into ``stopncii_desktop/resources/translations/<code>.ts``
   (English gets only the plural forms: it is the source language). A text whose class
   changed (moved to another page or panel) comes back as a new, unfinished message in the
   new class's context; its translation is carried over from the ``.ts`` as it was
   (:func:`carry_over`), so moving code never loses a translation.
2. ``lrelease`` compiles each ``.ts`` into ``<code>.qm``, which the app loads.

Usage: ``python scripts/update_translations.py`` (both steps), ``--release-only`` (step 2 only,
after editing a ``.ts`` in Qt Linguist), ``--check`` (change nothing; exit 1 when a ``.ts``
misses strings of the code or a ``.qm`` differs from the one its ``.ts`` builds into).
The tools come with the PySide6-Essentials wheel (``site-packages/PySide6/lupdate`` and
``lrelease``, also run by its ``pyside6-lupdate`` / ``pyside6-lrelease`` commands), so a fresh
``pip install`` of the project is all this script needs. See docs/translations.md.
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "stopncii_desktop" / "gui"
TS_DIR = ROOT / "stopncii_desktop" / "resources" / "translations"
SOURCE_LANGUAGE = "en"
LANGUAGES = ("en", "km", "ar")


def tool(name: str) -> Path:
    """The path of a Qt tool (``lupdate``, ``lrelease``).

    First the one inside the PySide6 wheel (where ``pyside6-lupdate`` looks too), so that the
    tool matches the Qt the app runs on. Else one on the PATH: ``pyside6-lupdate`` (Debian's
    ``pyside6-tools``; Qt's own ``lupdate`` may lack the Python parser), or ``lrelease``
    (Debian's ``qt6-l10n-tools``).
    """
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.origin is not None:
        folder = Path(spec.origin).parent
        for candidate in (folder / name, folder / f"{name}.exe"):
            if candidate.is_file():
                return candidate
    fallbacks = [f"pyside6-{name}"]
    if name == "lrelease":
        fallbacks += ["lrelease", "lrelease-qt6", "lrelease6"]
    for command in fallbacks:
        found = shutil.which(command)
        if found:
            return Path(found)
    raise FileNotFoundError(f"{name} not found: install the project (PySide6-Essentials) first")


#: The first PySide6 whose lupdate reads ``QCoreApplication.translate(ctx, text, "", n)`` as a
#: plural: 6.10 and 6.11 write it without plural forms and drop the message after a call there.
PLURALS_FROM = (6, 12)


def installed_pyside6() -> tuple[int, ...] | None:
    """The version of the PySide6 wheel whose tools :func:`tool` finds first; None without one."""
    from importlib import metadata

    for name in ("PySide6-Essentials", "PySide6"):
        try:
            return tuple(int(part) for part in metadata.version(name).split(".")[:2])
        except (metadata.PackageNotFoundError, ValueError):
            continue
    return None


def _run(args: list[str]) -> None:
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL)  # noqa: S603 (our own tool)


def extract(
    ts_file: Path, language: str, sources: Path = SOURCES, plural_only: bool | None = None
) -> None:
    """Merge the strings found in ``sources`` into ``ts_file`` (created when missing).

    English, the source language, keeps only the plural forms unless ``plural_only`` is False.
    """
    args = [str(tool("lupdate")), "-extensions", "py", "-no-obsolete", "-locations", "relative"]
    if plural_only is None:
        plural_only = language == SOURCE_LANGUAGE
    if plural_only:
        args += ["-pluralonly", "-source-language", "en"]
    args += [str(sources), "-target-language", language, "-ts", str(ts_file)]
    _run(args)


def release(ts_file: Path, qm_file: Path) -> None:
    _run([str(tool("lrelease")), "-silent", str(ts_file), "-qm", str(qm_file)])


def _key(message: ET.Element) -> tuple[str, str, bool]:
    source, comment = message.findtext("source") or "", message.findtext("comment") or ""
    return source, comment, message.get("numerus") == "yes"


def _finished(message: ET.Element) -> ET.Element | None:
    translation = message.find("translation")
    if translation is None or translation.get("type") is not None:
        return None
    forms = list(translation.iter("numerusform")) or [translation]
    return translation if all(form.text for form in forms) else None


def carry_over(before: bytes, ts_file: Path) -> tuple[int, list[str]]:
    """Give each unfinished message of ``ts_file`` the translation its text had in
    ``before`` (the same ``.ts`` before ``lupdate`` ran), in whichever context it was.

    When the text was translated differently in several contexts, the translation comes
    from the old context that shares the most texts with the new one (where the code came
    from). Returns how many were carried, and the texts left unfinished that had no
    translation before."""
    old: dict[tuple[str, str, bool], dict[str, ET.Element]] = {}
    old_sources: dict[str, set[str]] = {}
    for context in ET.fromstring(before).iter("context"):  # noqa: S314 (our own file)
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            old_sources.setdefault(name, set()).add(message.findtext("source") or "")
            translation = _finished(message)
            if translation is not None:
                old.setdefault(_key(message), {})[name] = translation
    tree = ET.parse(ts_file)  # noqa: S314 (our own file)
    carried, missing = 0, []
    for context in tree.getroot().iter("context"):
        sources = {m.findtext("source") or "" for m in context.iter("message")}
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            candidates = old.get(_key(message))
            if not candidates:
                missing.append(message.findtext("source") or "")
                continue
            origin = max(candidates, key=lambda n: len(sources & old_sources.get(n, set())))
            message.remove(translation)
            message.append(_copy(candidates[origin]))
            carried += 1
    if carried:
        tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return carried, missing


def _copy(element: ET.Element) -> ET.Element:
    return ET.fromstring(ET.tostring(element))  # noqa: S314 (our own file)


def message_keys(ts_file: Path) -> set[tuple[str, str, str]]:
    """(context, source, disambiguation) of each current message of a ``.ts`` file."""
    keys: set[tuple[str, str, str]] = set()
    for context in ET.parse(ts_file).getroot().iter("context"):  # noqa: S314 (our own file)
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else None
            if kind in ("obsolete", "vanished"):
                continue
            keys.add((name, message.findtext("source") or "", message.findtext("comment") or ""))
    return keys


def unfinished(ts_file: Path) -> list[str]:
    """The source texts of a ``.ts`` that still wait for a translation."""
    waiting = []
    for message in ET.parse(ts_file).getroot().iter("message"):  # noqa: S314 (our own file)
        translation = message.find("translation")
        if translation is not None and translation.get("type") == "unfinished":
            waiting.append(message.findtext("source") or "")
    return waiting


def qm_is_current(ts_file: Path, qm_file: Path) -> bool:
    """True when ``qm_file`` is exactly what ``lrelease`` builds from ``ts_file`` now.

    File times say nothing after a git checkout, so the ``.qm`` is rebuilt and compared.
    """
    if not qm_file.is_file():
        return False
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / qm_file.name
        release(ts_file, fresh)
        return fresh.read_bytes() == qm_file.read_bytes()


def missing_strings(language: str, ts_dir: Path = TS_DIR) -> set[tuple[str, str, str]]:
    """Strings in the code that ``<language>.ts`` lacks."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / f"{language}.ts"
        extract(fresh, language)
        return message_keys(fresh) - message_keys(ts_dir / f"{language}.ts")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--release-only", action="store_true", help="only build the .qm files")
    mode.add_argument("--check", action="store_true", help="change nothing; report staleness")
    args = parser.parse_args(argv)
    TS_DIR.mkdir(parents=True, exist_ok=True)
    if args.check:
        stale = False
        for language in LANGUAGES:
            ts, qm = TS_DIR / f"{language}.ts", TS_DIR / f"{language}.qm"
            missing = missing_strings(language)
            if missing:
                print(f"{ts.name}: {len(missing)} string(s) of the code missing; run this script")
            if not qm_is_current(ts, qm):
                print(f"{qm.name}: out of date with {ts.name}; run this script")
                stale = True
            stale = stale or bool(missing)
        return 1 if stale else 0
    version = installed_pyside6()
    if not args.release_only and version is not None and version < PLURALS_FROM:
        print(
            f"PySide6 {'.'.join(map(str, version))}'s lupdate would lose the plural forms of the"
            f" .ts files; update them with PySide6 {'.'.join(map(str, PLURALS_FROM))} or later"
            " (the one `make .venv/.installed` installs)",
            file=sys.stderr,
        )
        return 2
    for language in LANGUAGES:
        ts = TS_DIR / f"{language}.ts"
        if not args.release_only:
            before = ts.read_bytes() if ts.is_file() else b"<TS/>"
            extract(ts, language)
            carried, _new = carry_over(before, ts)
            if carried:
                extract(ts, language)  # lupdate writes the file in its own layout again
                print(f"{ts.relative_to(ROOT)}: {carried} translation(s) carried to moved texts")
        release(ts, TS_DIR / f"{language}.qm")
        waiting = len(unfinished(ts))
        print(f"{ts.relative_to(ROOT)}: {len(message_keys(ts))} message(s), {waiting} unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
