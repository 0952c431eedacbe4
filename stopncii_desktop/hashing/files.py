"""Checks on an input path before it is read, and sniffing of what it holds."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from stopncii_desktop.hashing.errors import ErrorCode, MediaError

#: Signatures of picture formats the app recognises but does not read.
_UNSUPPORTED_SIGNATURES: tuple[tuple[int, bytes], ...] = (
    (0, b"\xff\x0a"),  # JPEG XL codestream
    (4, b"JXL "),  # JPEG XL container
    (0, b"%!PS"),  # PostScript / EPS
    (0, b"\xc5\xd0\xd3\xc6"),  # EPS with a binary header
    (0, b"%PDF"),
    (0, b"8BPS"),  # Photoshop
    (4, b"ftypcrx"),  # Canon CR3 raw
    (0, b"FUJIFILMCCD-RAW"),
    (0, b"gimp xcf"),
)
_SVG_MARKERS = (b"<svg", b"<?xml")

#: Container signatures of video files.
_VIDEO_SIGNATURES: tuple[tuple[int, bytes], ...] = (
    (0, b"\x1a\x45\xdf\xa3"),  # Matroska / WebM
    (0, b"RIFF"),  # AVI (checked with the form type below)
    (0, b"FLV"),
    (0, b"OggS"),
    (0, b"\x00\x00\x01\xba"),  # MPEG program stream
    (0, b"\x47"),  # MPEG transport stream (checked below)
)
_ISO_BMFF_IMAGE_BRANDS = (
    b"heic",
    b"heix",
    b"heim",
    b"heis",
    b"mif1",
    b"msf1",
    b"avif",
    b"avis",
    b"hevc",
    b"hevx",
)


def check_readable_file(path: Path) -> int:
    """Raise a MediaError unless ``path`` is a regular, non-empty, readable file; return its size."""
    try:
        st = path.stat()
    except FileNotFoundError:
        raise MediaError(ErrorCode.NOT_FOUND) from None
    except PermissionError:
        raise MediaError(ErrorCode.UNREADABLE) from None
    except OSError as exc:
        raise MediaError(ErrorCode.UNREADABLE, type(exc).__name__) from None
    if not stat.S_ISREG(st.st_mode):
        raise MediaError(ErrorCode.NOT_A_FILE)
    if st.st_size == 0:
        raise MediaError(ErrorCode.EMPTY)
    if not os.access(path, os.R_OK):
        raise MediaError(ErrorCode.UNREADABLE)
    return st.st_size


def read_head(path: Path, size: int = 64) -> bytes:
    try:
        with path.open("rb") as f:
            return f.read(size)
    except PermissionError:
        raise MediaError(ErrorCode.UNREADABLE) from None
    except FileNotFoundError:
        raise MediaError(ErrorCode.NOT_FOUND) from None
    except OSError as exc:
        raise MediaError(ErrorCode.UNREADABLE, type(exc).__name__) from None


def is_unsupported_picture(head: bytes) -> bool:
    if any(head[off : off + len(sig)] == sig for off, sig in _UNSUPPORTED_SIGNATURES):
        return True
    stripped = head.lstrip()
    return any(stripped.startswith(m) for m in _SVG_MARKERS) and b"svg" in head.lower()


def looks_like_video(head: bytes) -> bool:
    """True when the first bytes are those of a video container (not an image)."""
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        return brand not in _ISO_BMFF_IMAGE_BRANDS
    if head[:4] == b"RIFF":
        return head[8:12] == b"AVI "
    if head[:1] == b"\x47":
        return len(head) > 0 and head[:1] == b"\x47" and head[188:189] in (b"\x47", b"")
    return any(head[off : off + len(sig)] == sig for off, sig in _VIDEO_SIGNATURES[:-1])
