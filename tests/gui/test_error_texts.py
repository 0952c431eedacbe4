"""Every per-file error code has its own plain, translatable words in the app."""

from __future__ import annotations

from stopncii_desktop.gui.texts import error_text
from stopncii_desktop.hashing.errors import MESSAGES, ErrorCode, MediaError


def test_every_error_code_has_its_own_words(qapp: object) -> None:
    texts = {code: error_text(MediaError(code)) for code in ErrorCode}
    assert len(set(texts.values())) == len(ErrorCode), "a code fell back to another's words"
    for code, text in texts.items():
        # Without a translator installed, the app says what the core says (one wording).
        assert text.rstrip(".").startswith(MESSAGES[code].split(" (under")[0].rstrip(".")), code
