"""Accessibility of the real window: names and descriptions, the keyboard alone, large fonts,
dark mode and high contrast.

Every page is visited (the window's own stack, so pages added later are checked too), and the
dialogs a person can open are checked the same way.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)

from stopncii_desktop.gui.document_dialog import DocumentDialog
from stopncii_desktop.gui.look import contrast
from stopncii_desktop.gui.pages.base import Page
from stopncii_desktop.gui.pages.choose import ChoosePage
from stopncii_desktop.gui.pages.review import ReviewPage
from stopncii_desktop.gui.pages.settings import SettingsPage
from stopncii_desktop.gui.pages.welcome import WelcomePage
from stopncii_desktop.gui.window import MainWindow
from tests.gui.helpers import choose_and_hash, make_window, wait_for_page, wait_scanned
from tests.media import write_photo

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractItemView,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,
)
QWIDGETSIZE_MAX = (1 << 24) - 1


def in_combo_box(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def controls(root: QWidget) -> list[QWidget]:
    """The visible controls a person can use under ``root`` (not the parts of a combo box)."""
    found = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible() or in_combo_box(w):
            continue
        linked = isinstance(w, QLabel) and bool(
            w.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        if isinstance(w, INTERACTIVE) or linked:
            found.append(w)
    return found


def describe(w: QWidget) -> str:
    return f"{type(w).__name__} {w.objectName() or ''} {getattr(w, 'text', lambda: '')()!r}"


def visit_pages(window: MainWindow) -> Iterator[Page]:
    for name, page in list(window.pages.items()):
        window.stack.setCurrentWidget(page)
        QCoreApplication.processEvents()
        assert window.current_page.name == name
        yield page


@pytest.fixture
def hashed_window(qtbot, home: Path, photos: list[Path]) -> Iterator[MainWindow]:
    """The window with a client's files hashed, so every page has something to show."""
    window = make_window(qtbot, caseworker=True)
    choose_and_hash(qtbot, window, photos[:2])
    yield window
    for page in window.pages.values():
        page.shutdown()


def unnamed(root: QWidget) -> list[str]:
    return [
        describe(w)
        for w in controls(root)
        if not w.accessibleName().strip() or not w.accessibleDescription().strip()
    ]


# -- names and descriptions ------------------------------------------------------------------


def test_every_control_on_every_page_is_named_and_described(hashed_window: MainWindow) -> None:
    window = hashed_window
    missing: dict[str, list[str]] = {}
    checked = 0
    for page in visit_pages(window):
        found = unnamed(window)
        checked += len(controls(window))
        if found:
            missing[page.name] = found
        assert page.accessibleName() and page.accessibleDescription(), page.name
    assert not missing, missing
    assert checked > 30
    assert {"welcome", "choose", "hashing", "review", "settings"} <= set(window.pages)


def test_dialogs_are_named_and_described(qtbot, hashed_window: MainWindow) -> None:
    window = hashed_window
    window.show_log()
    settings = window.pages["settings"]
    assert isinstance(settings, SettingsPage)
    window.settings_button.click()
    profile = settings.banks.open_dialog(None)
    document = DocumentDialog("{}", window)
    document.show()
    try:
        for dialog in (profile, document, *[w for w in QApplication.topLevelWidgets()]):
            if dialog.isVisible() and dialog is not window:
                assert dialog.windowTitle(), describe(dialog)
                assert not unnamed(dialog), (dialog.windowTitle(), unnamed(dialog))
    finally:
        profile.close()
        document.close()


# -- the keyboard alone ----------------------------------------------------------------------


def tab_walk(qtbot, window: MainWindow, start: QWidget) -> list[QWidget]:
    """The widgets Tab visits from ``start`` until it comes back round."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    QCoreApplication.processEvents()
    seen: list[QWidget] = []
    repeats = 0
    for _ in range(300):
        focus = QApplication.focusWidget()
        assert focus is not None
        if focus in seen:
            # A label with links keeps the focus for each link; stop after a full round.
            repeats += 1
            if focus is start and repeats > 2:
                break
        else:
            seen.append(focus)
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    return seen


def test_tab_reaches_every_control_on_every_page(qtbot, hashed_window: MainWindow) -> None:
    window = hashed_window
    activate(qtbot, window)
    unreached: dict[str, list[str]] = {}
    for page in visit_pages(window):
        wanted = [w for w in controls(window) if w.isEnabled()]
        assert wanted, page.name
        walked = tab_walk(qtbot, window, wanted[0])
        missing = [describe(w) for w in wanted if w not in walked]
        if missing:
            unreached[page.name] = missing
    assert not unreached, unreached


def activate(qtbot, window: MainWindow) -> None:
    with qtbot.waitActive(window):
        window.activateWindow()


def test_the_flow_works_from_the_keyboard_alone(
    qtbot, home: Path, photos: list[Path], tmp_path: Path
) -> None:
    window = make_window(qtbot)
    activate(qtbot, window)
    welcome = window.pages["welcome"]
    assert isinstance(welcome, WelcomePage)
    # The default button takes Enter; Space presses the focused button.
    welcome.start.setFocus()
    qtbot.keyClick(welcome.start, Qt.Key.Key_Space)
    wait_for_page(qtbot, window, "choose")
    choose = window.current_page
    assert isinstance(choose, ChoosePage)

    # Type the folder's path and press Enter.
    choose.path_edit.setFocus()
    qtbot.keyClicks(choose.path_edit, str(photos[0].parent))
    qtbot.keyClick(choose.path_edit, Qt.Key.Key_Return)
    wait_scanned(qtbot, choose)
    assert len(window.ctx.session.files) == len(photos)
    # Tab on to "Make fingerprints" and press it with Space.
    walked = tab_walk(qtbot, window, choose.path_edit)
    assert choose.next in walked
    choose.next.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(choose.next, Qt.Key.Key_Space)
    wait_for_page(qtbot, window, "review")
    review = window.current_page
    assert isinstance(review, ReviewPage)

    # The grid has the focus; Down and Space leave the second file out.
    qtbot.waitUntil(lambda: review.grid.hasFocus() or QApplication.focusWidget() is not None)
    review.grid.setFocus()
    qtbot.keyClick(review.grid, Qt.Key.Key_Right)
    assert review.current_row() == 1
    qtbot.keyClick(review.grid, Qt.Key.Key_Space)
    assert window.ctx.session.excluded == {1}
    qtbot.keyClick(review.grid, Qt.Key.Key_Space)
    assert window.ctx.session.excluded == set()
    # Reveal with the button's mnemonic (Alt+V), then blur again (Alt+P). A mnemonic "animates" the
    # click, which lands a moment later.
    qtbot.keyClick(review.grid, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.ctx.session.revealed == {1}, timeout=2000)
    assert review.reveal.text() == "Blur this &picture"
    qtbot.keyClick(review.grid, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.ctx.session.revealed == set(), timeout=2000)

    # Settings by the header's mnemonic (Alt+T), and back with Alt+B.
    qtbot.keyClick(review.grid, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    wait_for_page(qtbot, window, "settings")
    settings = window.current_page
    assert isinstance(settings, SettingsPage)
    qtbot.keyClick(settings.banks.list, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    wait_for_page(qtbot, window, "review")

    # Enter presses a focused button too.
    review.next.setFocus()
    target = window.pages.get("send")
    qtbot.keyClick(review.next, Qt.Key.Key_Return)
    if target is not None:
        wait_for_page(qtbot, window, "send")
    for page in window.pages.values():
        page.shutdown()


def test_settings_dialog_from_the_keyboard(qtbot, home: Path) -> None:
    window = make_window(qtbot)
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    wait_for_page(qtbot, window, "settings")
    settings = window.current_page
    assert isinstance(settings, SettingsPage)
    qtbot.keyClick(settings.banks.list, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(
        lambda: settings.banks.dialog is not None and settings.banks.dialog.isVisible(),
        timeout=30_000,
    )
    dialog = settings.banks.dialog
    assert dialog is not None
    dialog.name.setFocus()
    qtbot.keyClicks(dialog.name, "Keyboard bank")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)  # to the kind
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # case API
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # to the address
    qtbot.keyClicks(QApplication.focusWidget(), "https://bank.example.org")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # OK is the default
    qtbot.waitUntil(lambda: settings.banks.dialog is None, timeout=30_000)
    assert settings.banks.model.rowCount() == 1
    assert settings.banks.model.profile_at(0).kind == "caseapi"


def mnemonic(text: str) -> str | None:
    """The letter after a single & (Alt+letter presses the control)."""
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].lower() if 0 <= at < len(plain) - 1 else None


def test_no_two_controls_share_an_alt_key(hashed_window: MainWindow) -> None:
    window = hashed_window
    clashes: dict[str, list[str]] = {}
    for page in visit_pages(window):
        keys: dict[str, list[str]] = {}
        for w in controls(window):
            if isinstance(w, QAbstractButton) and (key := mnemonic(w.text())):
                keys.setdefault(key, []).append(w.text())
        for label in window.findChildren(QLabel):
            if label.isVisible() and label.buddy() is not None and (key := mnemonic(label.text())):
                keys.setdefault(key, []).append(label.text())
        found = [f"Alt+{k}: {v}" for k, v in keys.items() if len(v) > 1]
        if found:
            clashes[page.name] = found
        assert keys, page.name
    assert not clashes, clashes


# -- large fonts -----------------------------------------------------------------------------


@pytest.fixture
def large_font(qapp: QApplication) -> Iterator[QFont]:
    before = qapp.font()
    font = QFont(before)
    font.setPointSizeF(before.pointSizeF() * 2)
    qapp.setFont(font)
    yield font
    qapp.setFont(before)


def clipped(window: MainWindow) -> list[str]:
    """Visible widgets given less room than their layout asks for, or text cut off."""
    problems = []
    for w in [window, *window.findChildren(QWidget)]:
        if not w.isVisible() or in_combo_box(w) or isinstance(w, QScrollBar):
            continue
        hint = w.minimumSizeHint()
        if hint.isValid() and (w.width() < hint.width() or w.height() < hint.height()):
            problems.append(f"{describe(w)} {w.size().toTuple()} < {hint.toTuple()}")
        if isinstance(w, QLabel) and w.wordWrap() and w.text():
            needed = w.heightForWidth(w.width())
            if needed > w.height():
                problems.append(f"{describe(w)} needs height {needed}, has {w.height()}")
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            for row in range(min(model.rowCount(), 50)):
                index = model.index(row, 0)
                shown, wanted = w.visualRect(index).size(), w.sizeHintForIndex(index)
                if shown.height() < wanted.height() or shown.width() < wanted.width():
                    problems.append(
                        f"{describe(w)} row {row} {shown.toTuple()} < {wanted.toTuple()}"
                    )
        if isinstance(w, QAbstractButton) and w.text():
            text_width = w.fontMetrics().horizontalAdvance(w.text().replace("&", ""))
            if text_width > w.width():
                problems.append(f"{describe(w)} text {text_width} wider than {w.width()}")
    return problems


def test_large_fonts_do_not_clip(
    qtbot, large_font: QFont, home: Path, photos: list[Path], tmp_path: Path
) -> None:
    window = make_window(qtbot)
    assert window.font().pointSizeF() == pytest.approx(large_font.pointSizeF())
    # Pictures of different shapes give review items of different heights.
    portrait = write_photo(tmp_path / "portrait.jpg", 240, 400, seed=9)
    choose_and_hash(qtbot, window, [photos[0], portrait])
    qtbot.waitUntil(lambda: len(window.ctx.session.thumbnails) == 2, timeout=20_000)
    problems: dict[str, list[str]] = {}
    for page in visit_pages(window):
        # The window grows to what its layouts ask for (as a window manager allows it to).
        window.resize(window.size().expandedTo(window.minimumSizeHint()))
        QCoreApplication.processEvents()
        found = clipped(window)
        if found:
            problems[page.name] = found
    assert not problems, problems
    fixed = [
        describe(w)
        for w in window.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QLabel | QLineEdit)
        and w.minimumSize() == w.maximumSize()
        and w.maximumWidth() < QWIDGETSIZE_MAX
    ]
    assert not fixed, f"fixed sizes do not grow with the font: {fixed}"
    for page in window.pages.values():
        page.shutdown()


# -- dark mode and high contrast -------------------------------------------------------------


def test_contrast_is_wcag_s_ratio() -> None:
    """The app's contrast (gui/look.py), which this file measures pages with, gives WCAG's
    own figures: 21:1 black on white, 1:1 a colour on itself, 4.54:1 for #767676 on white
    (the lightest grey WCAG's examples allow for text)."""
    white, black = QColor("#ffffff"), QColor("#000000")
    assert contrast(black, white) == pytest.approx(21.0)
    assert contrast(white, black) == pytest.approx(21.0)
    assert contrast(QColor("#767676"), QColor("#767676")) == pytest.approx(1.0)
    assert contrast(QColor("#767676"), white) == pytest.approx(4.54, abs=0.01)
    assert contrast(QColor("#777777"), white) < 4.5


def palette_of(window: str, text: str, base: str, button: str, highlight: str) -> QPalette:
    p = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        p.setColor(group, QPalette.ColorRole.Window, QColor(window))
        p.setColor(group, QPalette.ColorRole.WindowText, QColor(text))
        p.setColor(group, QPalette.ColorRole.Base, QColor(base))
        p.setColor(group, QPalette.ColorRole.AlternateBase, QColor(base))
        p.setColor(group, QPalette.ColorRole.Text, QColor(text))
        p.setColor(group, QPalette.ColorRole.Button, QColor(button))
        p.setColor(group, QPalette.ColorRole.ButtonText, QColor(text))
        p.setColor(group, QPalette.ColorRole.ToolTipBase, QColor(base))
        p.setColor(group, QPalette.ColorRole.ToolTipText, QColor(text))
        p.setColor(group, QPalette.ColorRole.PlaceholderText, QColor(text).darker(130))
        p.setColor(group, QPalette.ColorRole.Highlight, QColor(highlight))
        p.setColor(group, QPalette.ColorRole.HighlightedText, QColor(window))
        p.setColor(group, QPalette.ColorRole.Link, QColor(highlight))
    return p


SCHEMES = {
    "dark": palette_of("#202124", "#e8eaed", "#2d2e31", "#3c4043", "#8ab4f8"),
    "high contrast black": palette_of("#000000", "#ffffff", "#000000", "#000000", "#ffff00"),
    "high contrast white": palette_of("#ffffff", "#000000", "#ffffff", "#ffffff", "#0000c0"),
}


@pytest.fixture(params=list(SCHEMES))
def scheme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[QPalette]:
    before = qapp.palette()
    palette = SCHEMES[request.param]
    qapp.setPalette(palette)
    yield palette
    qapp.setPalette(before)


def text_pairs(w: QWidget) -> list[tuple[str, QColor, QColor]]:
    """(what, text colour, background colour) as ``w`` paints them, from its own palette."""
    p = w.palette()
    pairs = [
        (
            "foreground",
            p.color(w.foregroundRole()),
            p.color(w.backgroundRole()),
        )
    ]
    if isinstance(w, QAbstractItemView | QLineEdit | QPlainTextEdit | QTextEdit | QComboBox):
        pairs.append(("text", p.color(QPalette.ColorRole.Text), p.color(QPalette.ColorRole.Base)))
    if isinstance(w, QAbstractButton):
        pairs.append(
            ("button", p.color(QPalette.ColorRole.ButtonText), p.color(QPalette.ColorRole.Button))
        )
    return pairs


def test_follows_dark_mode_and_high_contrast(
    qtbot, scheme: QPalette, home: Path, photos: list[Path]
) -> None:
    window = make_window(qtbot)
    choose_and_hash(qtbot, window, photos[:1])
    window_bg = scheme.color(QPalette.ColorRole.Window)
    assert window.palette().color(QPalette.ColorRole.Window) == window_bg
    poor: list[str] = []
    styled: list[str] = []
    for page in visit_pages(window):
        for w in [window, *window.findChildren(QWidget)]:
            if not w.isVisible():
                continue
            if w.styleSheet():
                styled.append(describe(w))
            if not w.isEnabled():
                continue  # a control that cannot be used may be dim (WCAG 1.4.3)
            for what, fg, bg in text_pairs(w):
                ratio = contrast(fg, bg)
                if ratio < 4.5:
                    poor.append(f"{page.name}: {describe(w)} {what} {ratio:.1f}")
    assert not styled, f"style sheets fix colours and ignore the system's: {styled}"
    assert not poor, poor
    # What is painted follows too: the window's background is the scheme's, not a fixed colour.
    image = window.grab().toImage()
    corner = image.pixelColor(image.width() // 2, image.height() - 3)
    assert contrast(corner, window_bg) < 1.2, corner.name()
    for page in window.pages.values():
        page.shutdown()
