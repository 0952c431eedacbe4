"""The app's look, in one place: spacing, type sizes, the one accent colour and the icon.

No style sheets: they fix colours and ignore the system's. The look is made from the
system's own palette and font, so dark mode, high contrast and large fonts still rule:

- type sizes are factors of the application's font (which the person's large fonts, and
  the Khmer scale in ``i18n``, set), made again when that font changes;
- the accent is the icon's teal, made lighter on a dark window and darker on a light one
  until it reads at 4.5:1 (WCAG AA); in a high-contrast scheme it is the scheme's own
  text colour. It is made again when the system's palette changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import QAbstractButton, QApplication, QLayout, QWidget

from stopncii_desktop.resources import resource_path

#: The icon's teal (its darker stop), the one accent colour of the app.
ACCENT = "#4d8590"
#: The least contrast text must have with its background (WCAG AA, normal text).
MIN_CONTRAST = 4.5
#: A window and its text this far apart (black on white, white on black) are a high-contrast
#: scheme: keep its colours. (A usual light window, #efefef to #f6f5f4, is 12 to 19.)
HIGH_CONTRAST = 20.0

#: Spacing, in logical pixels: around a page, between its parts, inside a group.
PAGE_MARGIN = 24
PAGE_SPACING = 12
#: Type sizes, as factors of the application's font.
HEADING = 1.5
STEP = 1.0
HELP = 0.9
#: The icon's size on the welcome page and in the header.
WELCOME_ICON = 72
HEADER_ICON = 24


def icon_path() -> str:
    return str(resource_path("icons", "stopncii-desktop.svg"))


def app_icon() -> QIcon:
    return QIcon(icon_path())


def icon_pixmap(size: int, widget: QWidget) -> QPixmap:
    """The icon at ``size`` logical pixels, sharp on the widget's screen."""
    return app_icon().pixmap(QSize(size, size), widget.devicePixelRatioF())


# -- colour -----------------------------------------------------------------------------------


def luminance(c: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def accent(palette: QPalette) -> QColor:
    """The accent colour for text and marks on ``palette``'s window, readable at 4.5:1."""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    if high_contrast(palette):
        return QColor(text)
    colour = QColor(ACCENT)
    dark = luminance(window) < luminance(text)
    for _ in range(40):
        if contrast(colour, window) >= MIN_CONTRAST:
            return colour
        colour = colour.lighter(108) if dark else colour.darker(108)
    return QColor(text)


def high_contrast(palette: QPalette) -> bool:
    window = palette.color(QPalette.ColorRole.Window)
    return contrast(window, palette.color(QPalette.ColorRole.WindowText)) >= HIGH_CONTRAST


def on_accent(colour: QColor) -> QColor:
    """Text written on the accent: white or black, whichever reads better."""
    white, black = QColor("#ffffff"), QColor("#000000")
    return white if contrast(white, colour) >= contrast(black, colour) else black


# -- applying it, and again when the system's font or palette changes -------------------------


class _Changes(QObject):
    """Watches the application for a new font or palette, and applies every look again.

    Qt tells the application itself; it tells each widget only when no class has a font of
    its own, so the looks are kept here rather than each waiting for its own event."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.looks: set[_Look] = set()
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() in (
            QEvent.Type.ApplicationFontChange,
            QEvent.Type.ApplicationPaletteChange,
        ):
            for look in list(self.looks):
                look.apply()
        return False

    def add(self, look: _Look) -> None:
        self.looks.add(look)
        look.destroyed.connect(lambda: self.looks.discard(look))


_changes: _Changes | None = None


def _watch(look: _Look) -> None:
    global _changes
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if _changes is None or _changes.parent() is not app:
        _changes = _Changes(app)
    _changes.add(look)


class _Look(QObject):
    """Applies a font factor and accent colours to one widget, now and after each change of
    the application's font or palette."""

    def __init__(
        self,
        widget: QWidget,
        size: float,
        bold: bool,
        coloured: bool,
        filled: bool,
        selection: bool = False,
    ) -> None:
        super().__init__(widget)
        self.widget, self.size, self.bold = widget, size, bold
        self.coloured, self.filled, self.selection = coloured, filled, selection
        _watch(self)
        self.apply()

    def apply(self) -> None:
        w = self.widget
        if self.size != 1.0 or self.bold:
            font = QFont(QApplication.font(w))
            if font.pointSizeF() > 0:
                font.setPointSizeF(font.pointSizeF() * self.size)
            else:
                font.setPixelSize(round(font.pixelSize() * self.size))
            font.setBold(self.bold)
            w.setFont(font)
        palette = QPalette(QApplication.palette(w))
        if self.selection and not high_contrast(palette):
            colour = accent(palette)
            for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
                palette.setColor(group, QPalette.ColorRole.Highlight, colour)
                palette.setColor(group, QPalette.ColorRole.HighlightedText, on_accent(colour))
                palette.setColor(group, QPalette.ColorRole.Link, colour)
        if self.coloured or self.filled:
            colour = accent(palette)
            roles = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)
            for group in roles:
                if self.coloured:
                    palette.setColor(group, QPalette.ColorRole.WindowText, colour)
                if self.filled and not high_contrast(palette):
                    palette.setColor(group, QPalette.ColorRole.Window, colour)
                    palette.setColor(group, QPalette.ColorRole.WindowText, on_accent(colour))
                    palette.setColor(group, QPalette.ColorRole.Button, colour)
                    palette.setColor(group, QPalette.ColorRole.ButtonText, on_accent(colour))
        w.setPalette(palette)

    def restyle(self, size: float, bold: bool, coloured: bool) -> None:
        self.size, self.bold, self.coloured = size, bold, coloured
        self.apply()


def styled(
    widget: QWidget,
    size: float = 1.0,
    *,
    bold: bool = False,
    coloured: bool = False,
    filled: bool = False,
) -> QWidget:
    """Give ``widget`` a type size (a factor of the app's font), bold, the accent as its
    text colour (``coloured``) or as its fill (``filled``: a bar, a primary button). Calling
    it again on the same widget changes its style."""
    look = widget.findChild(_Look, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if isinstance(look, _Look):
        look.filled = filled
        look.restyle(size, bold, coloured)
    else:
        _Look(widget, size, bold, coloured, filled)
    return widget


def accent_window(window: QWidget) -> None:
    """The window's selections and links in the accent (what it holds inherits it)."""
    _Look(window, 1.0, False, False, False, selection=True)


def primary(button: QAbstractButton) -> None:
    """The button that moves the person on: filled with the accent."""
    styled(button, bold=True, filled=True)


def page_spacing(layout: QLayout) -> None:
    layout.setContentsMargins(PAGE_MARGIN, PAGE_SPACING // 2, PAGE_MARGIN, PAGE_SPACING)
    layout.setSpacing(PAGE_SPACING)
