"""Per-file errors: a stable code for programs and a plain message for people.

A file that cannot be hashed fails alone; the rest of the batch goes on.
Messages never contain the file's name or path: the caller shows those
where the user asked for them.
"""

from __future__ import annotations

from enum import StrEnum


class ErrorCode(StrEnum):
    NOT_FOUND = "not_found"
    UNREADABLE = "unreadable"
    EMPTY = "empty"
    NOT_A_PICTURE = "not_a_picture"
    UNSUPPORTED_FORMAT = "unsupported_format"
    TRUNCATED = "truncated"
    TOO_SMALL = "too_small"
    TOO_LARGE = "too_large"
    NOT_A_FILE = "not_a_file"
    BROKEN_LINK = "broken_link"
    DECODER_CRASHED = "decoder_crashed"
    TIMEOUT = "timeout"
    NO_VIDEO_STREAM = "no_video_stream"
    NO_DECODABLE_FRAME = "no_decodable_frame"
    CANCELLED = "cancelled"
    INTERNAL = "internal_error"


MESSAGES: dict[ErrorCode, str] = {
    ErrorCode.NOT_FOUND: "This file could not be found. It may have been moved or deleted.",
    ErrorCode.UNREADABLE: "This file could not be opened. You may not have permission to read it.",
    ErrorCode.EMPTY: "This file is empty.",
    ErrorCode.NOT_A_PICTURE: "This file is not a photo or video that the app can read.",
    ErrorCode.UNSUPPORTED_FORMAT: "This type of file is not supported.",
    ErrorCode.TRUNCATED: "This file is damaged or incomplete, so it could not be read.",
    ErrorCode.TOO_SMALL: "This picture is too small to make a fingerprint (under 5 pixels on a side).",
    ErrorCode.TOO_LARGE: "This picture is too large to open safely on this computer, so it was not "
    "opened.",
    ErrorCode.NOT_A_FILE: "This is not a file (it may be a folder or a device).",
    ErrorCode.BROKEN_LINK: "This is a shortcut (link) that leads nowhere, so there is no file to "
    "read.",
    ErrorCode.DECODER_CRASHED: "Reading this file made the picture reader fail. It may be damaged.",
    ErrorCode.TIMEOUT: "Reading this file stopped making progress, so it was stopped. It may be "
    "damaged.",
    ErrorCode.NO_VIDEO_STREAM: "This file has no video in it (it may be sound only).",
    ErrorCode.NO_DECODABLE_FRAME: "No picture in this video could be read. It may be damaged.",
    ErrorCode.CANCELLED: "Stopped before this file was finished.",
    ErrorCode.INTERNAL: "Something went wrong while reading this file.",
}


class MediaError(Exception):
    """A file could not be hashed. ``str()`` gives the plain message."""

    def __init__(self, code: ErrorCode, detail: str | None = None) -> None:
        self.code = code
        # ``detail`` is technical and never holds the path; it is for the log window.
        self.detail = detail
        super().__init__(MESSAGES[code])

    def __reduce__(self) -> tuple[type[MediaError], tuple[ErrorCode, str | None]]:
        # Results cross process boundaries; keep the code, not just the message.
        return (MediaError, (self.code, self.detail))

    @property
    def message(self) -> str:
        return MESSAGES[self.code]
