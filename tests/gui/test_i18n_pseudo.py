"""No visible string escapes translation.

At run time: a pseudo translation (each message of the app's catalogue wrapped in markers) is
built with the real lrelease, the real main window is started with it, every page is shown and
every visible text of every widget must carry the markers. In the source: every string reaches lupdate
(literal arguments to tr/translate, called at run time) and no literal text goes to a widget.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QAbstractListModel, QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QStackedWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from stopncii_desktop.gui import i18n
from tests.gui.test_i18n import ROOT, TS_DIR, load_script

OPEN, CLOSE = "⟦", "⟧"
GUI = ROOT / "stopncii_desktop" / "gui"
#: A widget showing data rather than words of the app (a bank's address, a token) sets this
#: dynamic property to True; the check then skips its text (not its tooltip or accessible name).
EXEMPT_PROPERTY = "i18n_exempt"
_INNER = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
_TAGS = re.compile(r"<[^>]*>|&[a-zA-Z]+;|&#\d+;")
_NATIVE_NAMES = {lang.native_name for lang in i18n.LANGUAGES}


def wrap(text: str) -> str:
    return f"{OPEN}{text}{CLOSE}"


def escapes(text: str) -> bool:
    """True when ``text`` holds words outside the markers, i.e. words that were not translated."""
    if text in _NATIVE_NAMES:
        return False
    rest = _TAGS.sub(" ", text)
    while True:
        stripped = _INNER.sub(" ", rest)
        if stripped == rest:
            break
        rest = stripped
    return any(ch.isalpha() for ch in rest)


def build_pseudo_translation(folder: Path) -> Path:
    """An ``en.qm`` in ``folder`` where every message of the app is wrapped in markers.

    The messages come from the committed catalogue (``km.ts``, which test_i18n keeps equal to
    what the code holds), compiled with the installed lrelease: PySide6's lupdate before 6.12
    reads ``QCoreApplication.translate(..., n)`` as a message without plural forms, and drops
    the next one when ``n`` is a call, so extracting again here would test that lupdate instead
    of what the app shows with the catalogue it ships.
    """
    tree = ET.parse(TS_DIR / "km.ts")
    tree.getroot().set("language", "en")
    count = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        for form in list(translation):
            translation.remove(form)
        if message.get("numerus") == "yes":
            translation.text = None
            for _ in range(2):  # English has two plural forms (km.ts has one)
                ET.SubElement(translation, "numerusform").text = wrap(source)
        else:
            translation.text = wrap(source)
        count += 1
    assert count > 0
    ts = folder / "en.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    load_script().release(ts, folder / "en.qm")
    return folder


def widget_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(what, text) for every text a person can see or hear from ``widget``."""
    exempt = bool(widget.property(EXEMPT_PROPERTY))
    yield from (
        ("tooltip", widget.toolTip()),
        ("status tip", widget.statusTip()),
        ("what's this", widget.whatsThis()),
        ("accessible name", widget.accessibleName()),
        ("accessible description", widget.accessibleDescription()),
    )
    if widget.isWindow():
        yield "window title", widget.windowTitle()
    if exempt:
        return
    if isinstance(widget, QLabel):
        yield "label", widget.text()
    if isinstance(widget, QAbstractButton):
        yield "button", widget.text()
    if isinstance(widget, QGroupBox):
        yield "group title", widget.title()
    if isinstance(widget, QLineEdit):
        yield "placeholder", widget.placeholderText()
        if widget.isReadOnly():
            yield "read-only text", widget.text()
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        yield "placeholder", widget.placeholderText()
        yield "text", widget.toPlainText()
    if isinstance(widget, QComboBox):
        yield "placeholder", widget.placeholderText()
        for i in range(widget.count()):
            yield "combo item", widget.itemText(i)
    if isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            yield "tab", widget.tabText(i)
            yield "tab tooltip", widget.tabToolTip(i)
    if isinstance(widget, QAbstractSpinBox):
        yield "special value", widget.specialValueText()
    if isinstance(widget, QMenu):
        yield "menu title", widget.title()
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        list_model = isinstance(model, QAbstractListModel)
        columns = 1 if list_model else model.columnCount(QModelIndex())
        for section in range(0 if list_model else columns):
            yield "column header", str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        for row in range(model.rowCount(QModelIndex())):
            for column in range(columns):
                index = model.index(row, column)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        yield "item", value
    for action in widget.actions():
        yield "action", action.text()
        yield "action tooltip", action.toolTip()
        yield "action status tip", action.statusTip()


def escaped_texts(root: QWidget, seen: list[str], data: Sequence[str] = ()) -> list[str]:
    """The texts under ``root`` that escape translation; every text checked goes into ``seen``.

    ``data`` are texts that are not the app's words (file names, sizes from QLocale): they are
    taken out before the check.
    """
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        for what, text in widget_texts(widget):
            if not text:
                continue
            seen.append(text)
            words = text
            for item in sorted(data, key=len, reverse=True):
                words = words.replace(item, " ")
            if escapes(words):
                name = widget.objectName() or type(widget).__name__
                found.append(f"{name} {what}: {text!r}")
    return found


def test_escapes_spots_untranslated_words() -> None:
    assert escapes("Choose files")
    assert escapes(f"{wrap('Size')}: bytes")
    assert not escapes(wrap("Choose &files"))
    assert not escapes(wrap(f"{wrap('3 files')} chosen, 2 MB") + " 12 %")
    assert not escapes(f"<b>{wrap('Welcome')}</b>")
    assert not escapes("العربية")


@pytest.fixture
def pseudo(qapp: QApplication, tmp_path: Path) -> Iterator[QApplication]:
    locale, direction = QLocale(), qapp.layoutDirection()
    i18n.install_translation(qapp, "en", directory=build_pseudo_translation(tmp_path))
    yield qapp
    i18n.remove_translation(qapp)
    QLocale.setDefault(locale)
    qapp.setLayoutDirection(direction)


def test_pseudo_translation_reaches_qt(pseudo: QApplication) -> None:
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == wrap("Cancel")


def test_no_visible_string_escapes_translation(pseudo: QApplication) -> None:
    from stopncii_desktop.gui.app import MainWindow, create_app

    assert create_app([]) is pseudo
    window = MainWindow()
    window.show()
    QCoreApplication.processEvents()
    escaped: list[str] = []
    seen: list[str] = []
    try:
        for stack in window.findChildren(QStackedWidget):
            for index in range(stack.count()):
                stack.setCurrentIndex(index)
                QCoreApplication.processEvents()
                escaped += escaped_texts(window, seen)
        escaped += escaped_texts(window, seen)
        if isinstance(window, QMainWindow):
            for menu in window.menuBar().findChildren(QMenu):
                escaped += escaped_texts(menu, seen)
        for top in QApplication.topLevelWidgets():
            if top is not window and top.isVisible():
                escaped += escaped_texts(top, seen)
    finally:
        window.close()
        window.deleteLater()
    assert not escaped, "\n".join(sorted(set(escaped)))
    assert window.windowTitle() in seen
    assert len(set(seen)) >= 3


def _walk_every_page(window: QWidget, seen: list[str], data: Sequence[str]) -> list[str]:
    escaped: list[str] = []
    for stack in window.findChildren(QStackedWidget):
        for index in range(stack.count()):
            stack.setCurrentIndex(index)
            QCoreApplication.processEvents()
            escaped += escaped_texts(window, seen, data)
    return escaped


def test_no_string_escapes_with_files_chosen_hashed_and_reviewed(
    pseudo: QApplication, qtbot: Any, home: Path, tmp_path: Path
) -> None:
    """The texts made from data (file lines, skipped files, errors, review items) too.

    Two photos, a plain one (low quality), a damaged one and a text file go through the real
    flow up to review; then every page is walked again with that data in it.
    """
    from tests.gui.helpers import choose_and_hash, make_window
    from tests.media import write_photo

    folder = tmp_path / "pictures"
    folder.mkdir()
    files = [write_photo(folder / f"{n}.jpg", 320, 240, seed=n) for n in range(2)]
    plain = folder / "9.png"
    Image.new("RGB", (256, 256), (128, 128, 128)).save(plain)
    damaged = folder / "7.jpg"
    damaged.write_bytes(files[0].read_bytes()[:300])
    text = folder / "8.txt"
    text.write_text("not a picture", encoding="utf-8")

    chosen = [*files, plain, damaged, text]
    data = [p.name for p in chosen] + [
        QLocale().formattedDataSize(p.stat().st_size) for p in chosen
    ]
    window = make_window(qtbot)
    try:
        choose_and_hash(qtbot, window, chosen)
        seen: list[str] = []
        escaped = escaped_texts(window, seen, data) + _walk_every_page(window, seen, data)
        assert not escaped, "\n".join(sorted(set(escaped)))
        assert len(set(seen)) >= 10
    finally:
        for page in window.pages.values():
            page.shutdown()
        window.close()


# -- in the source ----------------------------------------------------------------------------

_TRANSLATE = {"tr", "translate"}
_TEXT_SETTERS = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setPlaceholderText",
    "setAccessibleName",
    "setAccessibleDescription",
    "setTitle",
    "setLabelText",
    "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels",
    "setHeaderLabels",
    "addItem",
    "addItems",
    "insertItem",
    "setItemText",
    "setTabText",
    "setTabToolTip",
    "addTab",
    "insertTab",
    "setPrefix",
    "setSuffix",
    "setSpecialValueText",
    "addAction",
    "addMenu",
    "setButtonText",
    "showMessage",
    "information",
    "warning",
    "critical",
    "question",
    "about",
    "getOpenFileNames",
    "getOpenFileName",
    "getSaveFileName",
    "getExistingDirectory",
    "getText",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QMenu",
    "QToolButton",
    "QCommandLinkButton",
    "QListWidgetItem",
    "QTableWidgetItem",
    "QStandardItem",
}


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _literal_words(node: ast.expr) -> bool:
    """A literal string (or f-string part) with letters in it, written straight into a call."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return any(ch.isalpha() for ch in node.value)
    if isinstance(node, ast.JoinedStr):
        return any(_literal_words(part) for part in node.values)
    if isinstance(node, ast.BinOp):
        return _literal_words(node.left) or _literal_words(node.right)
    return False


def _gui_files() -> list[Path]:
    return sorted(p for p in GUI.rglob("*.py"))


def source_problems(path: Path, root: Path = ROOT) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    where = path.relative_to(root)
    problems = []
    in_function: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            in_function |= {id(inner) for inner in ast.walk(node)}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        line = f"{where}:{node.lineno}"
        if name in _TRANSLATE:
            # lupdate only sees literal strings: tr("text"), translate("Context", "text").
            literal_at = 0 if name == "tr" else 1
            texts = node.args[: literal_at + 1]
            if len(node.args) <= literal_at or not all(
                isinstance(arg, ast.Constant) and isinstance(arg.value, str) for arg in texts
            ):
                problems.append(f"{line}: {name}() needs literal strings or lupdate misses them")
            elif id(node) not in in_function:
                problems.append(f"{line}: {name}() at import time runs before any translation")
        elif name in _TEXT_SETTERS:
            args = [*node.args, *(kw.value for kw in node.keywords if kw.arg != "objectName")]
            if any(_literal_words(arg) for arg in args):
                problems.append(f"{line}: {name}() gets words that are not translated")
    return problems


@pytest.mark.parametrize("path", _gui_files(), ids=lambda p: str(p.relative_to(GUI)))
def test_every_string_in_the_source_reaches_the_translators(path: Path) -> None:
    assert not source_problems(path)


def test_source_check_spots_escapes(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text(
        "TITLE = QCoreApplication.translate('Ctx', 'Title')\n"
        "def f(self, text):\n"
        "    QCoreApplication.translate('Texts', text)\n"
        "    self.label.setText('Hello')\n"
        "    QPushButton(f'Next {n}')\n"
        "    self.label.setText(self.tr('Fine'))\n"
        "    self.bar.setFormat('%p%')\n",
        encoding="utf-8",
    )
    problems = source_problems(bad, tmp_path)
    assert [p.split(":")[1] for p in problems] == ["1", "3", "4", "5"]
