"""Translations: each language loads, the .qm files match their .ts, none is left unfinished."""

from __future__ import annotations

import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QStackedWidget, QWidget

from stopncii_desktop.gui import i18n

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "stopncii_desktop" / "resources" / "translations"
TRANSLATED = ("km", "ar")
PLACEHOLDER = re.compile(r"%(?:L?\d+|n)")


def load_script() -> ModuleType:
    """scripts/update_translations.py, the one script that runs lupdate and lrelease."""
    name = "update_translations"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / "update_translations.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    disambiguation: str
    numerus: bool
    kind: str | None  # the translation's type: None (finished), "unfinished", "vanished"...
    forms: tuple[str, ...]  # the translation, or each plural form


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            forms = (
                tuple(form.text or "" for form in translation.iter("numerusform"))
                if numerus
                else (translation.text or "",)
            )
            messages.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    numerus,
                    translation.get("type"),
                    forms,
                )
            )
    return messages


def test_the_three_languages_are_available() -> None:
    codes = [lang.code for lang in i18n.available_languages()]
    assert codes == ["en", "km", "ar"]
    assert all((TS_DIR / f"{code}.ts").is_file() for code in codes)


@pytest.mark.parametrize("code", ["en", "km", "ar"])
def test_each_language_loads_and_translates(qapp: QApplication, code: str) -> None:
    translator = i18n.install_translation(qapp, code)
    assert not translator.isEmpty()
    assert translator.language() == code
    assert QLocale().name().startswith(code)
    checked = 0
    for message in read_ts(TS_DIR / f"{code}.ts"):
        if message.numerus or message.kind is not None:
            continue
        got = QCoreApplication.translate(
            message.context, message.source, message.disambiguation or None
        )
        assert got == message.forms[0], (message.context, message.source)
        checked += 1
    assert checked > 0 or code == "en"


def test_plural_forms_follow_the_number_in_english(qapp: QApplication) -> None:
    i18n.install_translation(qapp, "en")
    plural = [m for m in read_ts(TS_DIR / "en.ts") if m.numerus]
    assert plural, "en.ts holds the English plural forms"
    for message in plural:
        one = QCoreApplication.translate(message.context, message.source, None, 1)
        many = QCoreApplication.translate(message.context, message.source, None, 7)
        assert "(s)" not in one + many, message.source
        assert "1" in one
        assert "7" in many


@pytest.mark.parametrize("code", ["en", "km", "ar"])
def test_qm_is_up_to_date_with_its_ts(qapp: QApplication, tmp_path: Path, code: str) -> None:
    """Rebuild the .qm from the committed .ts and ask both the same questions."""
    script = load_script()
    ts, committed = TS_DIR / f"{code}.ts", TS_DIR / f"{code}.qm"
    rebuilt = tmp_path / f"{code}.qm"
    script.release(ts, rebuilt)
    old, new = QTranslator(), QTranslator()
    assert old.load(str(committed))
    assert new.load(str(rebuilt))
    if committed.read_bytes() == rebuilt.read_bytes():
        return
    stale = []
    for message in read_ts(ts):
        for n in (-1, 0, 1, 2, 3, 5, 11, 100, 101) if message.numerus else (-1,):
            args = (message.context, message.source, message.disambiguation or None, n)
            if old.translate(*args) != new.translate(*args):
                stale.append(message.source)
    assert not stale, f"{committed.name} is out of date: run scripts/update_translations.py"


def test_stale_qm_is_detected(qapp: QApplication, tmp_path: Path) -> None:
    """The comparison above does notice a .qm built from an older .ts."""
    script = load_script()
    messages = [m for m in read_ts(TS_DIR / "km.ts") if not m.numerus and m.kind is None]
    assert messages
    tree = ET.parse(TS_DIR / "km.ts")
    for node in tree.getroot().iter("message"):
        if node.findtext("source") == messages[0].source:
            translation = node.find("translation")
            assert translation is not None
            translation.text = "changed"
    edited = tmp_path / "km.ts"
    tree.write(edited, encoding="utf-8")
    script.release(edited, tmp_path / "km.qm")
    new = QTranslator()
    assert new.load(str(tmp_path / "km.qm"))
    first = messages[0]
    assert new.translate(first.context, first.source, first.disambiguation or None) == "changed"


def test_the_tools_come_with_the_installed_pyside6() -> None:
    """A fresh ``pip install`` brings lupdate and lrelease: no Qt install is needed."""
    script = load_script()
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for name in ("lupdate", "lrelease"):
        assert script.tool(name).parent == folder


def test_check_mode_passes_on_the_committed_files() -> None:
    assert load_script().main(["--check"]) == 0


def test_an_old_lupdate_is_not_let_rewrite_the_ts_files(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """PySide6 6.10's lupdate (the lowest the project allows) would lose plural forms."""
    script = load_script()
    installed = script.installed_pyside6()
    assert installed is not None and installed >= (6, 10)
    before = {path: path.read_bytes() for path in TS_DIR.iterdir()}
    monkeypatch.setattr(script, "installed_pyside6", lambda: (6, 10))
    assert script.main([]) == 2
    assert "6.12" in capsys.readouterr().err
    assert {path: path.read_bytes() for path in TS_DIR.iterdir()} == before


def test_check_mode_spots_a_qm_left_behind(tmp_path: Path) -> None:
    """After a translation is edited, the old .qm no longer counts as current."""
    script = load_script()
    ts, qm = tmp_path / "km.ts", tmp_path / "km.qm"
    tree = ET.parse(TS_DIR / "km.ts")
    tree.write(ts, encoding="utf-8")
    script.release(ts, qm)
    assert script.qm_is_current(ts, qm)
    node = next(n for n in tree.getroot().iter("message") if n.get("numerus") != "yes")
    translation = node.find("translation")
    assert translation is not None
    translation.text = "changed"
    tree.write(ts, encoding="utf-8")
    assert not script.qm_is_current(ts, qm)
    assert not script.qm_is_current(ts, tmp_path / "missing.qm")


@pytest.mark.parametrize("code", ["en", *TRANSLATED])
def test_every_string_has_a_finished_translation(code: str) -> None:
    """English counts too: its .ts holds the plural forms, which must all be written."""
    messages = read_ts(TS_DIR / f"{code}.ts")
    assert messages
    unfinished = [m.source for m in messages if m.kind is not None or not all(m.forms)]
    assert not unfinished, f"{len(unfinished)} unfinished in {code}.ts: {unfinished[:5]}"


@pytest.mark.parametrize("code", TRANSLATED)
def test_translations_keep_the_placeholders(code: str) -> None:
    for message in read_ts(TS_DIR / f"{code}.ts"):
        wanted = set(PLACEHOLDER.findall(message.source)) - {"%n"}
        for form in message.forms:
            assert set(PLACEHOLDER.findall(form)) - {"%n"} == wanted, message.source
        if "%n" in message.source and message.numerus:
            assert any("%n" in form for form in message.forms), message.source


def mnemonics(text: str) -> list[str]:
    """The accelerator letters of a text: ``&x`` marks x, ``&&`` is a plain ampersand."""
    return [m.lower() for m in re.findall(r"&(.)", text.replace("&&", "")) if m != " "]


@pytest.mark.parametrize("code", TRANSLATED)
def test_translations_keep_one_accelerator(code: str) -> None:
    """A text with an accelerator (Alt+letter) keeps exactly one; one without gets none."""
    for message in read_ts(TS_DIR / f"{code}.ts"):
        wanted = min(len(mnemonics(message.source)), 1)
        for form in message.forms:
            assert len(mnemonics(form)) == wanted, (message.source, form)


@pytest.mark.parametrize("code", TRANSLATED)
def test_accelerators_do_not_clash_where_english_ones_do_not(code: str) -> None:
    """Within one page (a context), distinct English accelerators stay distinct."""
    by_context: dict[str, list[Message]] = {}
    for message in read_ts(TS_DIR / f"{code}.ts"):
        if mnemonics(message.source):
            by_context.setdefault(message.context, []).append(message)
    for context, messages in by_context.items():
        owner: dict[str, str] = {}
        for message in messages:
            if not mnemonics(message.forms[0]):
                continue  # reported by test_translations_keep_one_accelerator
            letter = mnemonics(message.forms[0])[0]
            english = mnemonics(message.source)[0]
            other = owner.setdefault(letter, message.source)
            if other != message.source:
                assert mnemonics(other)[0] == english, (context, other, message.source)


@pytest.mark.parametrize("code", ["en", "km", "ar"])
def test_ts_holds_every_string_of_the_code(code: str) -> None:
    """A string added to the code but not to the .ts would stay in English."""
    missing = load_script().missing_strings(code, TS_DIR)
    assert not missing, f"run scripts/update_translations.py; missing: {sorted(missing)[:5]}"


@pytest.mark.parametrize(
    ("name", "expected"),
    [("km_KH", "km"), ("ar_EG", "ar"), ("ar_SA", "ar"), ("en_GB", "en"), ("fr_FR", "en")],
)
def test_default_language_follows_the_locale(name: str, expected: str) -> None:
    assert i18n.language_for_locale(QLocale(name)) == expected


def test_choice_in_settings_or_system(qapp: QApplication) -> None:
    assert i18n.resolve_language("km") == "km"
    assert i18n.resolve_language("xx") == "en"
    assert i18n.resolve_language("") == i18n.system_language()
    assert i18n.resolve_language(None) == i18n.system_language()
    translator = i18n.install_translation(qapp, None)
    assert i18n.current_language(translator) == i18n.system_language()


def test_arabic_is_right_to_left(qapp: QApplication) -> None:
    i18n.install_translation(qapp, "ar")
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    label = QLabel()
    assert label.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert label.isRightToLeft()
    i18n.install_translation(qapp, "km")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert not label.isRightToLeft()


class _Watcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.changes = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.changes += 1
        return False


def test_removing_leaves_the_source_texts(qapp: QApplication) -> None:
    message = next(m for m in read_ts(TS_DIR / "km.ts") if not m.numerus)
    args = (message.context, message.source, message.disambiguation or None)
    i18n.install_translation(qapp, "km")
    assert QCoreApplication.translate(*args) == message.forms[0]
    i18n.remove_translation(qapp)
    assert QCoreApplication.translate(*args) == message.source


def test_switching_at_run_time(qapp: QApplication) -> None:
    """Switching replaces the old translation and tells the widgets to set their texts again."""
    message = next(m for m in read_ts(TS_DIR / "km.ts") if not m.numerus)
    args = (message.context, message.source, message.disambiguation or None)
    label = QLabel()
    watcher = _Watcher()
    label.installEventFilter(watcher)
    arabic = next(
        m.forms[0] for m in read_ts(TS_DIR / "ar.ts") if (m.context, m.source) == args[:2]
    )
    # Qt merges the LanguageChange events posted to one widget until the event loop runs, so
    # each switch is followed by processing the events, as happens in the running app.
    for code, expected in (("km", message.forms[0]), ("ar", arabic), ("en", message.source)):
        before = watcher.changes
        i18n.install_translation(qapp, code)
        assert QCoreApplication.translate(*args) == expected
        QCoreApplication.processEvents()
        assert watcher.changes > before, code
    assert message.forms[0] != arabic != message.source


def _alt_keys_per_page(window: QWidget) -> dict[int, list[tuple[str, str]]]:
    """(letter, text) of every visible button and buddied label, for each page of the window."""
    pages: dict[int, list[tuple[str, str]]] = {}
    for stack in window.findChildren(QStackedWidget):
        for index in range(stack.count()):
            stack.setCurrentIndex(index)
            QCoreApplication.processEvents()
            found = []
            for widget in window.findChildren(QAbstractButton):
                if widget.isVisible() and (letters := mnemonics(widget.text())):
                    found.append((letters[0], widget.text()))
            for label in window.findChildren(QLabel):
                buddied = label.isVisible() and label.buddy() is not None
                if buddied and (letters := mnemonics(label.text())):
                    found.append((letters[0], label.text()))
            pages[index] = found
    return pages


@pytest.mark.parametrize("code", TRANSLATED)
def test_no_two_controls_share_an_alt_key(
    qapp: QApplication, qtbot: Any, home: Path, code: str
) -> None:
    """On every page of the real window, in each language, Alt+letter reaches one control."""
    from tests.gui.helpers import make_window

    i18n.install_translation(qapp, code)
    window = make_window(qtbot)
    try:
        pages = _alt_keys_per_page(window)
    finally:
        for page in window.pages.values():
            page.shutdown()
        window.close()
    assert sum(len(keys) for keys in pages.values()) >= 10
    clashes = {}
    for index, keys in pages.items():
        letters = [letter for letter, _ in keys]
        shared = [text for letter, text in keys if letters.count(letter) > 1]
        if shared:
            clashes[index] = shared
    assert not clashes, clashes
