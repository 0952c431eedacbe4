"""Formats told by their real signatures, before any decoder: photo or video, and which errors.

A GIF starts with the byte of an MPEG transport stream's sync; WMV and camcorders'
M2TS start with no byte the old checks knew; a damaged AVIF makes its decoder raise
what no one expected; a WebP may declare a canvas its decoder refuses outright.
"""

from __future__ import annotations

import io
import struct
from pathlib import Path
from typing import cast

import av
import numpy as np
import pytest
from PIL import Image

from stopncii_desktop.hashing.errors import ErrorCode
from stopncii_desktop.hashing.files import looks_like_video, photo_format, read_head
from stopncii_desktop.hashing.media import hash_file
from stopncii_desktop.hashing.options import HashOptions
from stopncii_desktop.hashing.results import MediaResult, Signal
from tests.media import noisy_rgb, photo_bytes


def _pdq(result: MediaResult) -> list[Signal]:
    return [s for s in result.signals if isinstance(s, Signal) and s.type == "pdq"]


@pytest.mark.parametrize("size", [(8, 8), (16, 12), (40, 30)])
def test_a_small_gif_is_a_photo_not_a_transport_stream(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    path = tmp_path / "small.gif"
    picture = Image.fromarray(noisy_rgb(*size, seed=1))
    picture.convert("P", palette=Image.Palette.ADAPTIVE, colors=4).save(path)
    if size == (8, 8):
        assert path.stat().st_size < 190, "as small as the files that were taken for MPEG-TS"
    assert not looks_like_video(read_head(path, 256))
    result = hash_file(path, HashOptions())
    assert result.ok, result.error
    assert result.media == "image"
    assert len(_pdq(result)) == 1


def _write_video(path: Path, fmt: str, codec: str, options: dict[str, str] | None = None) -> None:
    with av.open(str(path), "w", format=fmt, options=options or {}) as container:
        stream = cast(av.video.stream.VideoStream, container.add_stream(codec, rate=10))
        stream.width, stream.height, stream.pix_fmt = 160, 120, "yuv420p"
        for n in range(20):
            picture = np.ascontiguousarray(noisy_rgb(320, 120, seed=2)[:, n * 8 : n * 8 + 160])
            for packet in stream.encode(av.VideoFrame.from_ndarray(picture)):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)


@pytest.mark.parametrize(
    ("name", "fmt", "codec", "options"),
    [
        ("clip.wmv", "asf", "msmpeg4", None),
        ("clip.m2ts", "mpegts", "mpeg2video", {"mpegts_m2ts_mode": "1"}),  # camcorders' .mts
        ("clip.ts", "mpegts", "mpeg2video", None),
    ],
)
def test_videos_without_a_known_first_byte_are_videos(
    tmp_path: Path, name: str, fmt: str, codec: str, options: dict[str, str] | None
) -> None:
    path = tmp_path / name
    _write_video(path, fmt, codec, options)
    result = hash_file(path, HashOptions(seconds_per_hash=0))
    assert result.ok, result.error
    assert result.media == "video"


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "GIF", "WEBP", "TIFF", "BMP", "AVIF"])
def test_photo_signatures(fmt: str) -> None:
    head = photo_bytes(64, 48, fmt=fmt)[:256]
    assert photo_format(head) == fmt
    assert not looks_like_video(head)


def _webp(chunk: bytes) -> bytes:
    body = b"WEBP" + chunk
    return b"RIFF" + struct.pack("<I", len(body)) + body


def _vp8l_header(width: int, height: int) -> bytes:
    """A lossless WebP whose header declares ``width`` x ``height`` (no pixels follow)."""
    bits = (width - 1) | (height - 1) << 14
    payload = b"\x2f" + bits.to_bytes(4, "little") + b"\x00" * 16
    return _webp(b"VP8L" + struct.pack("<I", len(payload)) + payload)


def _vp8x_canvas(width: int, height: int) -> bytes:
    """An extended WebP whose canvas is ``width`` x ``height``, holding a 64x64 picture."""
    small = io.BytesIO()
    Image.new("RGB", (64, 64), "red").save(small, "WEBP", lossless=True)
    payload = b"\x00\x00\x00\x00" + (width - 1).to_bytes(3, "little")
    payload += (height - 1).to_bytes(3, "little")
    return _webp(b"VP8X" + struct.pack("<I", len(payload)) + payload + small.getvalue()[12:])


@pytest.mark.parametrize("make", [_vp8l_header, _vp8x_canvas])
def test_a_webp_declaring_a_giant_canvas_is_too_large(tmp_path: Path, make: object) -> None:
    path = tmp_path / "giant.webp"
    path.write_bytes(make(16384, 16384))  # type: ignore[operator]
    result = hash_file(path, HashOptions())
    assert result.error is not None
    assert result.error.code is ErrorCode.TOO_LARGE


def test_a_bit_flipped_avif_is_damaged_never_an_internal_error_or_a_video(tmp_path: Path) -> None:
    """Every single-bit flip in the AVIF's boxes (its first 300 bytes)."""
    data = photo_bytes(120, 90, fmt="AVIF")
    path = tmp_path / "flipped.avif"
    codes: dict[str, int] = {}
    for position in range(min(300, len(data))):
        flipped = bytearray(data)
        flipped[position] ^= 0x10
        path.write_bytes(bytes(flipped))
        result = hash_file(path, HashOptions())
        assert result.media != "video", position
        code = "ok" if result.error is None else result.error.code.value
        codes[code] = codes.get(code, 0) + 1
    assert "internal_error" not in codes, codes
    assert codes.get("truncated", 0) > 0, codes
