"""Hostile media made in the test run: small files that declare huge pictures.

Each one is a valid file of a few kilobytes to a few megabytes whose decoding takes
hundreds of megabytes to gigabytes, as an attacker would send it. They are written
without ever holding the decoded picture in memory: the compressed data of one block
of blank rows is computed once and repeated.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _adler32_of_zeros(count: int) -> int:
    # Adler-32 of ``count`` zero bytes: A stays 1, B adds A once per byte.
    return ((count % 65521) << 16) | 1


def _zlib_of_zeros(count: int, block: int = 1 << 22) -> bytes:
    """A zlib stream of ``count`` zero bytes, built from one compressed block repeated.

    After a full flush deflate starts afresh on a byte boundary, so the bytes for the same
    input are the same each time and may simply be repeated.
    """
    block = min(block, count)
    raw = zlib.compressobj(9, zlib.DEFLATED, -15)
    raw.compress(b"\0" * block)
    raw.flush(zlib.Z_FULL_FLUSH)
    steady = raw.compress(b"\0" * block) + raw.flush(zlib.Z_FULL_FLUSH)
    repeats, rest = divmod(count, block)
    tail = zlib.compressobj(9, zlib.DEFLATED, -15)
    end = tail.compress(b"\0" * rest) + tail.flush()
    return b"\x78\xda" + steady * repeats + end + struct.pack(">I", _adler32_of_zeros(count))


def blank_png(path: Path, width: int, height: int, bit_depth: int = 8) -> Path:
    """A black RGB PNG of ``width`` x ``height`` (8 or 16 bits per sample)."""
    row = 1 + width * 3 * bit_depth // 8
    ihdr = struct.pack(">IIBBBBB", width, height, bit_depth, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", ihdr)
        + _png_chunk(b"IDAT", _zlib_of_zeros(row * height))
        + _png_chunk(b"IEND", b"")
    )
    return path


def blank_jpeg(path: Path, width: int, height: int) -> Path:
    """A grey baseline JPEG of ``width`` x ``height``: every 8x8 block is two bits long.

    One Huffman code of one bit each for "DC unchanged" and "end of block" makes the
    coded data all zero bits, so a 15800x15800 picture is under a megabyte.
    """

    def segment(marker: int, payload: bytes) -> bytes:
        return struct.pack(">HH", marker, len(payload) + 2) + payload

    one_code = bytes([1] + [0] * 15) + b"\x00"  # one code of length 1, for the value 0
    blocks = -(-width // 8) * -(-height // 8)
    bits = 2 * blocks
    data = b"\x00" * (bits // 8)
    if bits % 8:
        data += bytes([0xFF >> (bits % 8)])  # pad the last byte with one-bits
    return _write(
        path,
        b"\xff\xd8"
        + segment(0xFFDB, b"\x00" + b"\x01" * 64)
        + segment(0xFFC0, struct.pack(">BHHB", 8, height, width, 1) + b"\x01\x11\x00")
        + segment(0xFFC4, b"\x00" + one_code + b"\x10" + one_code)
        + segment(0xFFDA, b"\x01\x01\x00\x00\x3f\x00")
        + data
        + b"\xff\xd9",
    )


def blank_tiff16(path: Path, width: int, height: int, rows_per_strip: int = 64) -> Path:
    """A black 16-bit RGB TIFF, deflate-compressed; every strip points at the same bytes."""
    strips = -(-height // rows_per_strip)
    strip = _zlib_of_zeros(width * 6 * rows_per_strip)
    entries = 11
    ifd_at = 8
    after_ifd = ifd_at + 2 + entries * 12 + 4
    bits_at = after_ifd
    offsets_at = bits_at + 6
    counts_at = offsets_at + 4 * strips
    strip_at = counts_at + 4 * strips

    def entry(tag: int, kind: int, count: int, value: int) -> bytes:
        if kind == 3 and count == 1:
            return struct.pack("<HHIHH", tag, kind, count, value, 0)
        return struct.pack("<HHII", tag, kind, count, value)

    ifd = struct.pack("<H", entries) + b"".join(
        [
            entry(256, 4, 1, width),
            entry(257, 4, 1, height),
            entry(258, 3, 3, bits_at),  # 16 bits per sample
            entry(259, 3, 1, 8),  # deflate
            entry(262, 3, 1, 2),  # RGB
            entry(273, 4, strips, offsets_at),
            entry(277, 3, 1, 3),
            entry(278, 4, 1, rows_per_strip),
            entry(279, 4, strips, counts_at),
            entry(284, 3, 1, 1),  # chunky
            entry(339, 3, 1, 1),  # unsigned integers
        ]
    )
    return _write(
        path,
        b"II*\x00"
        + struct.pack("<I", ifd_at)
        + ifd
        + b"\x00\x00\x00\x00"
        + struct.pack("<HHH", 16, 16, 16)
        + struct.pack(f"<{strips}I", *([strip_at] * strips))
        + struct.pack(f"<{strips}I", *([len(strip)] * strips))
        + strip,
    )


def huge_canvas_gif(path: Path, width: int, height: int, frames: int) -> Path:
    """An animated GIF: ``frames`` one-pixel frames, 10 ms apart, on a huge canvas."""
    out = bytearray(b"GIF89a")
    out += struct.pack("<HHBBB", width, height, 0x80, 0, 0)  # global table of 2 colours
    out += b"\x00\x00\x00\xff\xff\xff"
    out += b"\x21\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00"  # loop for ever
    for n in range(frames):
        out += b"\x21\xf9\x04\x00" + struct.pack("<H", 1) + b"\x00\x00"  # 10 ms
        x, y = (n * 7) % width, (n * 13) % height
        out += b"\x2c" + struct.pack("<HHHHB", x, y, 1, 1, 0)
        # LZW of one pixel, 3-bit codes packed from the low bit: clear (4), colour, end (5).
        out += bytes([2, 2, 0x44 | (n % 2) << 3, 0x01, 0])
    out += b"\x3b"
    return _write(path, bytes(out))


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
