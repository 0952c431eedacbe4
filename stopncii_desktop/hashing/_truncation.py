"""Whether a video file is shorter than its own container says: a cut-off download or copy.

FFmpeg reads a Matroska/WebM or MP4 file that stops in the middle as if it
simply ended, so the frames before the cut are hashed and nothing says the file
is incomplete. These containers state the length of their parts: Matroska's
elements (EBML), MP4/MOV's boxes (ISO BMFF) and AVI's chunks (RIFF). When a
part declared there runs past the end of the file, the file was cut short.

Only the headers of the top-level parts are read (a few bytes each), and
parts of unknown length (live recordings) make the answer "cannot tell".
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

_EBML = 0x1A45DFA3
_SEGMENT = 0x18538067
#: Top-level parts looked at, at most: a long video has a few thousand.
_MAX_PARTS = 200_000


def _read_at(f: BinaryIO, pos: int, size: int) -> bytes:
    f.seek(pos)
    return f.read(size)


def _ebml_number(data: bytes, pos: int, keep_marker: bool) -> tuple[int, int, bool] | None:
    """An EBML variable-length number at ``pos``: value, length, and whether all its bits are 1."""
    if pos >= len(data) or data[pos] == 0:
        return None
    length = 9 - data[pos].bit_length()
    if pos + length > len(data):
        return None
    raw = int.from_bytes(data[pos : pos + length], "big")
    value_bits = 7 * length
    value = raw & ((1 << value_bits) - 1)
    return (raw if keep_marker else value), length, value == (1 << value_bits) - 1


def _ebml_element(f: BinaryIO, pos: int) -> tuple[int, int, int | None] | None:
    """(element id, header length, body length or None when unknown) of the element at ``pos``."""
    data = _read_at(f, pos, 12)
    element_id = _ebml_number(data, 0, keep_marker=True)
    if element_id is None:
        return None
    body = _ebml_number(data, element_id[1], keep_marker=False)
    if body is None:
        return None
    return element_id[0], element_id[1] + body[1], None if body[2] else body[0]


def _matroska_cut_short(f: BinaryIO, size: int) -> bool:
    header = _ebml_element(f, 0)
    if header is None or header[0] != _EBML or header[2] is None:
        return False
    pos = header[1] + header[2]
    segment = _ebml_element(f, pos)
    if segment is None:
        return pos < size
    if segment[0] != _SEGMENT:
        return False
    start = pos + segment[1]
    if segment[2] is not None:
        return start + segment[2] > size
    # A segment of unknown length: add up its parts (clusters, cues...) instead.
    pos = start
    for _ in range(_MAX_PARTS):
        if pos >= size:
            return pos > size
        part = _ebml_element(f, pos)
        if part is None:
            return True  # a part's header itself is cut off
        if part[2] is None:
            return False
        pos += part[1] + part[2]
    return False


def _boxes_cut_short(f: BinaryIO, size: int) -> bool:
    """ISO BMFF (MP4, MOV, 3GP): top-level boxes of 32-bit, 64-bit or to-the-end size."""
    pos = 0
    for _ in range(_MAX_PARTS):
        if pos >= size:
            return pos > size
        head = _read_at(f, pos, 16)
        if len(head) < 8:
            return True
        box = int.from_bytes(head[:4], "big")
        if box == 0:  # the last box, up to the end of the file
            return False
        if box == 1:
            if len(head) < 16:
                return True
            box = int.from_bytes(head[8:16], "big")
        if box < 8:
            return False  # not a box structure after all; let the demuxer judge
        pos += box
    return False


def _riff_cut_short(f: BinaryIO, size: int) -> bool:
    """AVI: one or more RIFF chunks (OpenDML files over 1 GB have several), each sized."""
    pos = 0
    for _ in range(_MAX_PARTS):
        if pos >= size:
            return pos > size
        head = _read_at(f, pos, 8)
        if len(head) < 8 or head[:4] not in (b"RIFF", b"JUNK"):
            return len(head) < 8
        chunk = int.from_bytes(head[4:8], "little")
        pos += 8 + chunk + (chunk & 1)
    return False


def cut_short(path: Path, head: bytes) -> bool:
    """True when the container of ``path`` (whose first bytes are ``head``) declares more
    bytes than the file holds. False when it does not, or when that cannot be told."""
    if head[:4] == b"\x1a\x45\xdf\xa3":
        check = _matroska_cut_short
    elif head[4:8] == b"ftyp":
        check = _boxes_cut_short
    elif head[:4] == b"RIFF" and head[8:12] == b"AVI ":
        check = _riff_cut_short
    else:
        return False
    try:
        with path.open("rb") as f:
            size = f.seek(0, 2)
            return check(f, size)
    except OSError:
        return False
