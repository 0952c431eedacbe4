"""Showing untrusted text (file names) safely in a terminal or a window.

File names are hostile input: control characters can rewrite a terminal,
and right-to-left overrides can make ``gpj.exe`` look like ``exe.jpg``.
These are shown as visible escapes instead.
"""

from __future__ import annotations

import unicodedata

_MAX_CHARS = 300


def safe_display(text: str, limit: int = _MAX_CHARS) -> str:
    out = []
    for ch in text:
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"):
            code = ord(ch)
            out.append(
                f"\\x{code:02x}"
                if code < 0x100
                else f"\\u{code:04x}"
                if code < 0x10000
                else f"\\U{code:08x}"
            )
        else:
            out.append(ch)
    shown = "".join(out)
    if len(shown) > limit:
        shown = shown[: limit - 1] + "…"
    return shown
