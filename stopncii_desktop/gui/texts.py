"""Plain, translatable words for what the core reports in codes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from stopncii_desktop.bank.base import (
    CAPPED_NOTE,
    LOW_PDQ_NOTE,
    NOT_TAKEN_NOTE,
    UNCLEAR_VIDEO_NOTE,
    BankError,
)
from stopncii_desktop.bank.endpoints import Endpoint, EndpointError
from stopncii_desktop.bank.receipts import ReceiptError
from stopncii_desktop.case.casefile import CaseFileError
from stopncii_desktop.case.hashset import HashSetError
from stopncii_desktop.case.token import TokenError
from stopncii_desktop.gui.bidi import isolate
from stopncii_desktop.gui.settings_connection import ConnectionFailed
from stopncii_desktop.hashing.errors import ErrorCode, MediaError
from stopncii_desktop.settings import SettingsError
from stopncii_desktop.textsafe import safe_display


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
    """Why the system refused (its own short words), else plain words (never a class name)."""
    return error.strerror or QCoreApplication.translate(
        "Texts", "the computer would not read or write the file"
    )


def size_text(size: int) -> str:
    """A size with its unit, set apart from the sentence around it (gui/bidi.py)."""
    return isolate(QLocale().formattedDataSize(size))


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
            "the bank refused access: the access key in the bank's settings may be wrong",
        )
    if error.status == 404:
        return QCoreApplication.translate(
            "Texts", "the bank does not know this case, or its address in the settings is wrong"
        )
    return error.message


def held_back_lines(notes: list[str], low_quality: int = 0) -> list[str]:
    """What was not sent, one plain, translated line per kind: ``notes`` are the bank
    adapters' held-back notes (``bank/base.py``: ``unreliable_note``, ``capped_note``);
    ``low_quality`` counts the picture fingerprints the review kept back. A note of
    another kind is shown in the adapter's own words."""

    low = low_quality + sum(1 for n in notes if LOW_PDQ_NOTE.match(n))
    unclear = sum(1 for n in notes if UNCLEAR_VIDEO_NOTE.match(n))
    lines: list[str] = []
    if low:
        lines.append(
            QCoreApplication.translate(
                "Texts",
                "%n picture fingerprint(s) of low quality (the picture is very dark, plain or "
                "blurry there), which would not match reliably.",
                None,
                low,
            )
        )
    if unclear:
        lines.append(
            QCoreApplication.translate(
                "Texts",
                "%n video fingerprint(s) with no clear frame, which would not match reliably.",
                None,
                unclear,
            )
        )
    for note in dict.fromkeys(notes):
        if LOW_PDQ_NOTE.match(note) or UNCLEAR_VIDEO_NOTE.match(note):
            continue
        if (taken := NOT_TAKEN_NOTE.match(note)) is not None:
            lines.append(
                QCoreApplication.translate(
                    "Texts", "Video fingerprints: this bank does not take them."
                )
                if taken.group(1).startswith("a video")
                else QCoreApplication.translate(
                    "Texts", "Picture fingerprints: this bank does not take them."
                )
            )
        elif (capped := CAPPED_NOTE.match(note)) is not None:
            left = int(capped.group(1).replace(",", ""))
            cap = capped.group(3)
            lines.append(
                QCoreApplication.translate(
                    "Texts",
                    "%n fingerprint(s) for edited copies: this bank takes at most %1 per "
                    "picture, so the most useful ones were sent.",
                    None,
                    left,
                ).replace("%1", QLocale().toString(int(cap.replace(",", ""))) if cap else "1")
            )
        else:
            lines.append(note)
    return lines


def bank_name(endpoint: Endpoint) -> str:
    """The bank as a person knows it: its profile's name (or HMA bank) and its address."""
    if endpoint.practice:
        return QCoreApplication.translate("Texts", "the practice server on this computer")
    name = safe_display(endpoint.profile or endpoint.bank or "", 80)
    address = safe_display(endpoint.url, 200)
    if not name:
        return address
    return QCoreApplication.translate("Texts", "%1 (%2)").replace("%1", name).replace("%2", address)


def failure_text(error: BaseException) -> str:
    """What went wrong, in plain words for the log: never a class name, a path, a file
    name or anything the error's message may carry."""
    if isinstance(error, ConnectionFailed) and error.error is not None:
        error = error.error
    if isinstance(error, BankError):
        if error.retryable:
            return bank_error_text(error)
        if error.status in (401, 403, 404):
            return bank_error_text(error)
        return QCoreApplication.translate("Texts", "the bank answered with an error")
    if isinstance(error, OSError):
        return QCoreApplication.translate(
            "Texts", "a file on this computer could not be read or written"
        )
    if isinstance(error, CaseFileError | HashSetError | ReceiptError):
        return QCoreApplication.translate(
            "Texts", "the file is not one the app can read, or its passphrase is wrong"
        )
    if isinstance(error, TokenError):
        return QCoreApplication.translate("Texts", "the case token is not right")
    if isinstance(error, SettingsError | EndpointError):
        return QCoreApplication.translate("Texts", "the bank's settings are not complete")
    return QCoreApplication.translate(
        "Texts", "something went wrong inside the app (not something you did)"
    )
