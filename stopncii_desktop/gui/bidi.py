"""Text of another direction inside a sentence: Unicode isolates around it.

In Arabic, a sentence holding a file name, a size with its unit, an address or a token
mixes directions; without isolates the bidirectional algorithm lets the embedded text
pull its neighbours (parentheses, colons, full stops) to the wrong place. :func:`isolate`
wraps such a piece in FSI ... PDI (its direction from its own first strong letter) or, for
what is always left to right (addresses, tokens), LRI ... PDI.

It is applied where the piece is put into a sentence, after ``safe_display`` (which shows
any isolate already in a file name as a visible escape, so a name cannot break out). In a
left-to-right language, text with no right-to-left letters is left as it is.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

LRI = "\u2066"  # LEFT-TO-RIGHT ISOLATE
FSI = "\u2068"  # FIRST STRONG ISOLATE
PDI = "\u2069"  # POP DIRECTIONAL ISOLATE
_RIGHT_TO_LEFT = {"R", "AL", "AN"}


def right_to_left_ui() -> bool:
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def has_right_to_left(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in _RIGHT_TO_LEFT for ch in text)


def isolate(text: str, *, ltr: bool = False) -> str:
    """``text`` set apart from the sentence around it: FSI ... PDI, or LRI ... PDI when it
    is always left to right (``ltr``: an address, a token, a number with a Latin unit)."""
    if not text or not (right_to_left_ui() or has_right_to_left(text)):
        return text
    return f"{LRI if ltr else FSI}{text}{PDI}"


def plain(text: str) -> str:
    """``text`` without the isolates :func:`isolate` put in (for tests and comparisons)."""
    return text.replace(LRI, "").replace(FSI, "").replace(PDI, "")
