"""Checks on an input path before it is read, and sniffing of what it holds."""

from __future__ import annotations

import errno
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

#: Signatures of the photo formats the app reads, as Pillow names them. A file that
#: starts with one is a photo whatever else its bytes could be taken for (a GIF
#: starts with the byte 0x47, like an MPEG transport stream).
_PHOTO_SIGNATURES: tuple[tuple[int, bytes, str], ...] = (
    (0, b"\xff\xd8\xff", "JPEG"),
    (0, b"\x89PNG\r\n\x1a\n", "PNG"),
    (0, b"GIF87a", "GIF"),
    (0, b"GIF89a", "GIF"),
    (0, b"II*\x00", "TIFF"),
    (0, b"MM\x00*", "TIFF"),
    (0, b"BM", "BMP"),
)
_ISO_BMFF_IMAGE_BRANDS = {
    b"heic": "HEIF",
    b"heix": "HEIF",
    b"heim": "HEIF",
    b"heis": "HEIF",
    b"mif1": "HEIF",
    b"msf1": "HEIF",
    b"hevc": "HEIF",
    b"hevx": "HEIF",
    b"avif": "AVIF",
    b"avis": "AVIF",
}
#: Main brands of MP4, QuickTime and 3GP videos.
_ISO_BMFF_VIDEO_BRANDS = frozenset(
    {
        b"isom",
        b"iso2",
        b"iso4",
        b"iso5",
        b"iso6",
        b"mp41",
        b"mp42",
        b"avc1",
        b"qt  ",
        b"M4V ",
        b"M4VH",
        b"M4VP",
        b"3gp4",
        b"3gp5",
        b"3gp6",
        b"3g2a",
        b"dash",
        b"mmp4",
    }
)
#: Signatures of video containers.
_VIDEO_SIGNATURES: tuple[tuple[int, bytes], ...] = (
    (0, b"\x1a\x45\xdf\xa3"),  # Matroska / WebM
    (0, b"FLV"),
    (0, b"OggS"),
    (0, b"\x00\x00\x01\xba"),  # MPEG program stream
    (0, b"\x00\x00\x01\xb3"),  # MPEG video elementary stream
    (0, b"\x30\x26\xb2\x75\x8e\x66\xcf\x11"),  # ASF: WMV
)
#: QuickTime files older than the "ftyp" box start with one of these boxes.
_QUICKTIME_BOXES = (b"moov", b"mdat", b"wide", b"free", b"skip", b"pnot")
_TS_PACKET = 188


def _is_link(path: Path) -> bool:
    try:
        return path.is_symlink()
    except OSError:
        return False


def path_error(path: Path, exc: OSError) -> MediaError:
    """The per-file error for a path that cannot be looked at or opened (``exc`` from the OS)."""
    if exc.errno == errno.ELOOP or (isinstance(exc, FileNotFoundError) and _is_link(path)):
        return MediaError(ErrorCode.BROKEN_LINK, type(exc).__name__)
    if isinstance(exc, FileNotFoundError):
        return MediaError(ErrorCode.NOT_FOUND)
    if isinstance(exc, PermissionError):
        return MediaError(ErrorCode.UNREADABLE)
    if isinstance(exc, IsADirectoryError):
        return MediaError(ErrorCode.NOT_A_FILE)
    return MediaError(ErrorCode.UNREADABLE, type(exc).__name__)


def check_readable_file(path: Path) -> int:
    """Raise a MediaError unless ``path`` is a regular, non-empty, readable file; return its size."""
    try:
        st = path.stat()
    except OSError as exc:
        raise path_error(path, exc) from None
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
    except OSError as exc:
        raise path_error(path, exc) from None


def is_unsupported_picture(head: bytes) -> bool:
    if any(head[off : off + len(sig)] == sig for off, sig in _UNSUPPORTED_SIGNATURES):
        return True
    stripped = head.lstrip()
    return any(stripped.startswith(m) for m in _SVG_MARKERS) and b"svg" in head.lower()


def photo_format(head: bytes) -> str | None:
    """The photo format the first bytes of a file announce, as Pillow names it, or None."""
    for offset, signature, name in _PHOTO_SIGNATURES:
        if head[offset : offset + len(signature)] == signature:
            return name
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WEBP"
    if head[4:8] == b"ftyp":
        return _iso_bmff_image_format(head)
    return None


def _iso_bmff_image_format(head: bytes) -> str | None:
    """HEIF or AVIF by the "ftyp" box's main brand; when that one is unknown (damaged,
    or new), by its list of compatible brands."""
    major = head[8:12]
    if major in _ISO_BMFF_IMAGE_BRANDS:
        return _ISO_BMFF_IMAGE_BRANDS[major]
    if major in _ISO_BMFF_VIDEO_BRANDS:
        return None
    end = min(len(head), int.from_bytes(head[:4], "big"))
    compatible = [head[i : i + 4] for i in range(16, end - 3, 4)]
    if any(brand in _ISO_BMFF_VIDEO_BRANDS for brand in compatible):
        return None
    return next(
        (_ISO_BMFF_IMAGE_BRANDS[b] for b in compatible if b in _ISO_BMFF_IMAGE_BRANDS), None
    )


def _is_transport_stream(head: bytes, packet: int, offset: int) -> bool:
    """Two sync bytes one packet apart (three when the head is long enough)."""
    syncs = [offset + k * packet for k in range(3) if offset + k * packet < len(head)]
    return len(syncs) >= 2 and all(head[i] == 0x47 for i in syncs)


def looks_like_video(head: bytes) -> bool:
    """True when the first bytes are those of a video container (and not of a photo)."""
    if photo_format(head) is not None or is_unsupported_picture(head):
        return False
    if head[4:8] == b"ftyp" or head[4:8] in _QUICKTIME_BOXES:
        return True
    if head[:4] == b"RIFF":
        return head[8:12] == b"AVI "
    if _is_transport_stream(head, _TS_PACKET, 0) or _is_transport_stream(head, 192, 4):
        return True  # MPEG-TS, or M2TS (camcorders' .mts) with its 4-byte time codes
    return any(head[off : off + len(sig)] == sig for off, sig in _VIDEO_SIGNATURES)


def webp_size(head: bytes) -> tuple[int, int] | None:
    """The width and height a WebP file declares (its canvas when extended), or None.

    Read here because the WebP decoder refuses a canvas over 16383 pixels a side as if
    the file were damaged, before Pillow sees its size.
    """
    if head[:4] != b"RIFF" or head[8:12] != b"WEBP" or len(head) < 30:
        return None
    chunk = head[12:16]
    if chunk == b"VP8X":
        width = 1 + int.from_bytes(head[24:27], "little")
        return width, 1 + int.from_bytes(head[27:30], "little")
    if chunk == b"VP8L" and head[20] == 0x2F:
        bits = int.from_bytes(head[21:25], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if chunk == b"VP8 " and head[23:26] == b"\x9d\x01\x2a":
        width = int.from_bytes(head[26:28], "little") & 0x3FFF
        return width, int.from_bytes(head[28:30], "little") & 0x3FFF
    return None
