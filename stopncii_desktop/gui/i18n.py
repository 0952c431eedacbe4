"""Languages: which ones exist, the system's default, installing and switching a translation.

Translations are Qt's own: ``stopncii_desktop/resources/translations/<code>.ts`` sources compiled to ``<code>.qm``
by ``scripts/update_translations.py``. English is the source language; its ``.qm`` only holds
plural forms. Also loads the bundled fonts (Noto Sans Khmer) so Khmer renders on machines that
have no Khmer font, scales the app's font up for Khmer (its letters are small at the size
that suits Latin text; undone when switching away), and sets the right-to-left layout for
Arabic.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from stopncii_desktop.gui.log_window import log
from stopncii_desktop.resources import resource_path


@dataclass(frozen=True)
class Language:
    code: str
    # The language's name in itself, shown untranslated so anyone can find their own.
    native_name: str


SOURCE_LANGUAGE = "en"
LANGUAGES: tuple[Language, ...] = (
    Language("en", "English"),
    Language("km", "ភាសាខ្មែរ"),
    Language("ar", "العربية"),
)

# Qt's standard button texts (QDialogButtonBox, QMessageBox). Qt ships no Khmer translation of
# its own, so ours carry these; lupdate extracts them from here.
QT_STRINGS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
)

#: How much larger the app's font is in a language whose letters are small at the system's
#: size. Khmer's stacked consonants and vowel signs need about a quarter more.
FONT_SCALE: dict[str, float] = {"km": 1.25}

_installed: list[QTranslator] = []
#: The app's font size before a language's scale, and the size the scale made (points).
_scaled: tuple[float, float] | None = None
_font_families: list[str] = []


def translations_dir() -> Path:
    return resource_path("translations")


def fonts_dir() -> Path:
    return resource_path("fonts")


def available_languages(directory: Path | None = None) -> list[Language]:
    """The languages that can be chosen: English, and each one whose ``.qm`` file is present."""
    folder = directory or translations_dir()
    return [
        lang
        for lang in LANGUAGES
        if lang.code == SOURCE_LANGUAGE or (folder / f"{lang.code}.qm").is_file()
    ]


def language_for_locale(locale: QLocale, directory: Path | None = None) -> str:
    """The first of the locale's UI languages that the app has, else English."""
    codes = {lang.code: lang for lang in available_languages(directory)}
    for name in [*locale.uiLanguages(), locale.name()]:
        language = QLocale(name.replace("-", "_")).language()
        for code in codes:
            if QLocale(code).language() == language:
                return code
    return SOURCE_LANGUAGE


def system_language(directory: Path | None = None) -> str:
    return language_for_locale(QLocale.system(), directory)


def resolve_language(code: str | None, directory: Path | None = None) -> str:
    """A usable language code: ``None``, ``""`` or ``"system"`` mean the system's language."""
    if not code or code == "system":
        return system_language(directory)
    known = {lang.code for lang in available_languages(directory)}
    return code if code in known else SOURCE_LANGUAGE


def is_right_to_left(code: str) -> bool:
    return QLocale(code).textDirection() == Qt.LayoutDirection.RightToLeft


def apply_layout_direction(app: QGuiApplication, code: str) -> None:
    direction = (
        Qt.LayoutDirection.RightToLeft if is_right_to_left(code) else Qt.LayoutDirection.LeftToRight
    )
    app.setLayoutDirection(direction)


def load_bundled_fonts(directory: Path | None = None) -> list[str]:
    """Register the bundled fonts once (needs a QGuiApplication); returns their families."""
    if not _font_families:
        for path in sorted((directory or fonts_dir()).glob("*.ttf")):
            font_id = QFontDatabase.addApplicationFont(str(path))
            for family in QFontDatabase.applicationFontFamilies(font_id):
                if family not in _font_families:
                    _font_families.append(family)
    return list(_font_families)


def add_font_fallback(app: QGuiApplication) -> None:
    """Make the app's font fall back to the bundled fonts for characters it lacks.

    Qt finds a fallback by itself where the system's font configuration knows the bundled
    font; naming it explicitly also covers the platforms where it does not.
    """
    bundled = load_bundled_fonts()
    font = app.font()
    families = font.families() or [font.family()]
    extra = [family for family in bundled if family not in families]
    if extra:
        QFont.insertSubstitutions(font.family(), extra)
        font.setFamilies([*families, *extra])
        app.setFont(font)


def apply_font_scale(app: QGuiApplication, code: str) -> None:
    """Set the app's font to the system's size times ``code``'s scale (1 for most).

    The size before the scale is remembered, so switching away restores it; when someone
    else changed the font since (the person's large fonts), that size is the new base.
    """
    global _scaled
    font = app.font()
    size = font.pointSizeF()
    if size <= 0:
        return  # a font sized in pixels: left as the platform made it
    base = size
    if _scaled is not None and abs(size - _scaled[1]) < 0.01:
        base = _scaled[0]
    target = base * FONT_SCALE.get(code, 1.0)
    _scaled = (base, target)
    if abs(target - size) >= 0.01:
        font.setPointSizeF(target)
        app.setFont(font)


def install_translation(
    app: QCoreApplication, code: str | None = None, directory: Path | None = None
) -> QTranslator:
    """Install the language ``code`` (``None`` means the system's), replacing the previous one.

    Call it at startup and again to switch at run time: Qt then sends every widget a
    ``QEvent.LanguageChange``, on which pages set their texts again. Also installs Qt's own
    translation of its dialogs when Qt ships one, sets the default QLocale (numbers, dates)
    and the layout direction (right to left for Arabic).
    """
    folder = directory or translations_dir()
    resolved = resolve_language(code, folder)
    remove_translation(app)

    qt_own = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if resolved != SOURCE_LANGUAGE and qt_own.load(f"qtbase_{resolved}", qt_folder):
        app.installTranslator(qt_own)
        _installed.append(qt_own)

    translator = QTranslator(app)
    qm = folder / f"{resolved}.qm"
    if qm.is_file():
        if not translator.load(str(qm)):
            raise OSError(f"translation file could not be loaded: {qm.name}")
        # Installed last so that it wins over Qt's own (Qt searches newest first).
        app.installTranslator(translator)
        _installed.append(translator)

    QLocale.setDefault(QLocale(resolved))
    if isinstance(app, QGuiApplication):
        add_font_fallback(app)
        apply_font_scale(app, resolved)
        apply_layout_direction(app, resolved)
    return translator


install = install_translation


def remove_translation(app: QCoreApplication) -> None:
    """Take out the translators :func:`install_translation` put in: the source texts show.

    English plural forms go too ("%n file(s)"), so the app itself always installs a language;
    this is for tests that must leave the application as they found it.
    """
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()


def current_language(translator: QTranslator) -> str:
    """The code of the language a translator from :func:`install_translation` holds."""
    return translator.language() or SOURCE_LANGUAGE


def switch_language(app: QGuiApplication, code: str) -> str:
    """Install ``code`` ("" follows the system), falling back to English when its
    translation cannot be loaded; returns the language now in use."""
    try:
        translator = install_translation(app, code or None)
    except OSError:
        log(
            QCoreApplication.translate(
                "Log", "The chosen language could not be loaded, so the app is in English."
            )
        )
        translator = install_translation(app, SOURCE_LANGUAGE)
    return current_language(translator)
