"""Plain, translatable words for what the core reports in codes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from stopncii_desktop.hashing.errors import ErrorCode, MediaError


def _t(text: str) -> str:
    return QCoreApplication.translate("Texts", text)


def error_text(error: MediaError) -> str:
    code = error.code
    messages = {
        ErrorCode.NOT_FOUND: _t("This file could not be found. It may have been moved or deleted."),
        ErrorCode.UNREADABLE: _t(
            "This file could not be opened. You may not have permission to read it."
        ),
        ErrorCode.EMPTY: _t("This file is empty."),
        ErrorCode.NOT_A_PICTURE: _t("This file is not a photo or video that the app can read."),
        ErrorCode.UNSUPPORTED_FORMAT: _t("This type of file is not supported."),
        ErrorCode.TRUNCATED: _t("This file is damaged or incomplete, so it could not be read."),
        ErrorCode.TOO_SMALL: _t("This picture is too small to make a fingerprint."),
        ErrorCode.TOO_LARGE: _t(
            "This picture is far larger than any real photo, so it was not opened."
        ),
        ErrorCode.NOT_A_FILE: _t("This is not a file (it may be a folder or a device)."),
        ErrorCode.DECODER_CRASHED: _t(
            "Reading this file made the picture reader fail. It may be damaged."
        ),
        ErrorCode.NO_VIDEO_STREAM: _t("This file has no video in it (it may be sound only)."),
        ErrorCode.NO_DECODABLE_FRAME: _t(
            "No picture in this video could be read. It may be damaged."
        ),
        ErrorCode.CANCELLED: _t("Stopped before this file was finished."),
        ErrorCode.INTERNAL: _t("Something went wrong while reading this file."),
    }
    return messages.get(code, _t("Something went wrong while reading this file."))


def low_quality_text() -> str:
    return _t(
        "Low quality: this picture has too little detail (it may be very dark, plain or "
        "blurry) for a reliable fingerprint. Only exact copies of this file can be matched."
    )


def unsupported_text() -> str:
    return _t("Not a photo or video the app can read.")


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size)


def duration_text(seconds: float) -> str:
    seconds = max(0, round(seconds))
    if seconds < 60:
        return QCoreApplication.translate("Texts", "about %n second(s)", None, seconds)
    return QCoreApplication.translate("Texts", "about %n minute(s)", None, round(seconds / 60))
