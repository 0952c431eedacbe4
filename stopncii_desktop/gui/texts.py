"""Plain, translatable words for what the core reports in codes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from stopncii_desktop.bank.base import BankError
from stopncii_desktop.hashing.errors import ErrorCode, MediaError


def error_text(error: MediaError) -> str:
    code = error.code
    messages = {
        ErrorCode.NOT_FOUND: QCoreApplication.translate(
            "Texts", "This file could not be found. It may have been moved or deleted."
        ),
        ErrorCode.UNREADABLE: QCoreApplication.translate(
            "Texts", "This file could not be opened. You may not have permission to read it."
        ),
        ErrorCode.EMPTY: QCoreApplication.translate("Texts", "This file is empty."),
        ErrorCode.NOT_A_PICTURE: QCoreApplication.translate(
            "Texts", "This file is not a photo or video that the app can read."
        ),
        ErrorCode.UNSUPPORTED_FORMAT: QCoreApplication.translate(
            "Texts", "This type of file is not supported."
        ),
        ErrorCode.TRUNCATED: QCoreApplication.translate(
            "Texts", "This file is damaged or incomplete, so it could not be read."
        ),
        ErrorCode.TOO_SMALL: QCoreApplication.translate(
            "Texts", "This picture is too small to make a fingerprint."
        ),
        ErrorCode.TOO_LARGE: QCoreApplication.translate(
            "Texts",
            "This picture is too large to open safely on this computer, so it was not opened.",
        ),
        ErrorCode.NOT_A_FILE: QCoreApplication.translate(
            "Texts", "This is not a file (it may be a folder or a device)."
        ),
        ErrorCode.BROKEN_LINK: QCoreApplication.translate(
            "Texts", "This is a shortcut (link) that leads nowhere, so there is no file to read."
        ),
        ErrorCode.DECODER_CRASHED: QCoreApplication.translate(
            "Texts", "Reading this file made the picture reader fail. It may be damaged."
        ),
        ErrorCode.TIMEOUT: QCoreApplication.translate(
            "Texts",
            "Reading this file stopped making progress, so it was stopped. It may be damaged.",
        ),
        ErrorCode.NO_VIDEO_STREAM: QCoreApplication.translate(
            "Texts", "This file has no video in it (it may be sound only)."
        ),
        ErrorCode.NO_DECODABLE_FRAME: QCoreApplication.translate(
            "Texts", "No picture in this video could be read. It may be damaged."
        ),
        ErrorCode.CANCELLED: QCoreApplication.translate(
            "Texts", "Stopped before this file was finished."
        ),
        ErrorCode.INTERNAL: QCoreApplication.translate(
            "Texts", "Something went wrong while reading this file."
        ),
    }
    return messages.get(
        code, QCoreApplication.translate("Texts", "Something went wrong while reading this file.")
    )


def low_quality_text() -> str:
    return QCoreApplication.translate(
        "Texts",
        "Low quality: this picture has too little detail (it may be very dark, plain or "
        "blurry) for a reliable fingerprint. Only exact copies of this file can be matched.",
    )


def unsupported_text() -> str:
    return QCoreApplication.translate("Texts", "Not a photo or video the app can read.")


def os_error_text(error: OSError) -> str:
    """Why the system refused (its own short words), else the kind of error."""
    return error.strerror or type(error).__name__


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size)


def duration_text(seconds: float) -> str:
    seconds = max(0, round(seconds))
    if seconds < 60:
        return QCoreApplication.translate("Texts", "about %n second(s)", None, seconds)
    return QCoreApplication.translate("Texts", "about %n minute(s)", None, round(seconds / 60))


def bank_error_text(error: BankError) -> str:
    """A plain, translated reason a bank request failed (the core's words when unusual)."""
    if error.retryable:
        return QCoreApplication.translate(
            "Texts", "the bank could not be reached, or it is busy (the internet may be off)"
        )
    if error.status in (401, 403):
        return QCoreApplication.translate(
            "Texts",
            "the bank refused access: the sign-in token in the bank's settings may be wrong",
        )
    if error.status == 404:
        return QCoreApplication.translate(
            "Texts", "the bank does not know this case, or its address in the settings is wrong"
        )
    return error.message
