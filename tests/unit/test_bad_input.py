"""Bad input: each file fails alone with a stable code and a plain message."""

from __future__ import annotations

import os
import struct
import sys
import zlib
from pathlib import Path

import pytest
from PIL import Image

from stopncii_desktop.hashing.batch import hash_files
from stopncii_desktop.hashing.errors import MESSAGES, ErrorCode
from stopncii_desktop.hashing.media import hash_file
from stopncii_desktop.hashing.options import HashOptions
from stopncii_desktop.hashing.photo import hash_photo
from tests.media import photo_bytes, write_photo


def _code(path: Path) -> ErrorCode | None:
    result = hash_photo(path, HashOptions())
    return None if result.error is None else result.error.code


def _png_header_only(width: int, height: int) -> bytes:
    """A PNG whose header claims huge dimensions, with a tiny (bogus) body."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + chunk(b"IEND", b"")
    )


def test_missing(tmp_path: Path) -> None:
    assert _code(tmp_path / "gone.jpg") is ErrorCode.NOT_FOUND


def test_empty(tmp_path: Path) -> None:
    (tmp_path / "e.jpg").write_bytes(b"")
    assert _code(tmp_path / "e.jpg") is ErrorCode.EMPTY


def test_folder(tmp_path: Path) -> None:
    assert _code(tmp_path) is ErrorCode.NOT_A_FILE


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root can read anything")
def test_unreadable(tmp_path: Path) -> None:
    path = write_photo(tmp_path / "locked.jpg")
    path.chmod(0)
    assert _code(path) is ErrorCode.UNREADABLE


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges on Windows")
def test_links_that_lead_nowhere(tmp_path: Path) -> None:
    """A loop of links, and a link to a file that is gone: neither is about permission."""
    (tmp_path / "a.jpg").symlink_to(tmp_path / "b.jpg")
    (tmp_path / "b.jpg").symlink_to(tmp_path / "a.jpg")
    (tmp_path / "gone.jpg").symlink_to(tmp_path / "deleted.jpg")
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    for name in ("a.jpg", "gone.jpg", "loop/inside.jpg"):
        result = hash_file(tmp_path / name, HashOptions())
        assert result.error is not None, name
        assert result.error.code is ErrorCode.BROKEN_LINK, name
        assert "leads nowhere" in result.error.message
        assert "permission" not in result.error.message


def test_not_a_picture(tmp_path: Path) -> None:
    (tmp_path / "notes.jpg").write_text("Dear diary, this is not a photo.")
    assert _code(tmp_path / "notes.jpg") is ErrorCode.NOT_A_PICTURE


@pytest.mark.parametrize(
    "head", [b"%!PS-Adobe-3.0 EPSF-3.0\n", b"8BPS\x00\x01", b"\xff\x0a\xfa\x7f", b"%PDF-1.7\n"]
)
def test_known_but_unsupported_formats_are_refused_without_decoding(
    tmp_path: Path, head: bytes
) -> None:
    path = tmp_path / "picture.jpg"
    path.write_bytes(head + b"\0" * 200)
    assert _code(path) is ErrorCode.UNSUPPORTED_FORMAT


def test_svg_is_unsupported(tmp_path: Path) -> None:
    path = tmp_path / "drawing.svg"
    path.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>')
    assert _code(path) is ErrorCode.UNSUPPORTED_FORMAT


@pytest.mark.parametrize(
    ("fmt", "cut"), [("JPEG", 0.5), ("PNG", 0.5), ("WEBP", 0.5), ("JPEG", 0.02)]
)
def test_truncated(tmp_path: Path, fmt: str, cut: float) -> None:
    data = photo_bytes(400, 300, seed=3, fmt=fmt)
    path = tmp_path / f"cut.{fmt.lower()}"
    path.write_bytes(data[: max(16, int(len(data) * cut))])
    assert _code(path) in (ErrorCode.TRUNCATED, ErrorCode.NOT_A_PICTURE)


def test_truncated_jpeg_is_not_padded_with_grey(tmp_path: Path) -> None:
    data = photo_bytes(400, 300, seed=3)
    path = tmp_path / "cut.jpg"
    path.write_bytes(data[: len(data) * 3 // 4])
    assert _code(path) is ErrorCode.TRUNCATED


@pytest.mark.parametrize(("w", "h"), [(4, 100), (100, 4), (1, 1)])
def test_too_small(tmp_path: Path, w: int, h: int) -> None:
    path = tmp_path / "tiny.png"
    Image.new("RGB", (w, h), "red").save(path)
    assert _code(path) is ErrorCode.TOO_SMALL


def test_decompression_bomb_is_refused_from_the_header(tmp_path: Path) -> None:
    path = tmp_path / "bomb.png"
    path.write_bytes(_png_header_only(30_000, 30_000))  # 900 megapixels claimed
    assert _code(path) is ErrorCode.TOO_LARGE


def test_just_under_the_limit_is_not_called_a_bomb(tmp_path: Path) -> None:
    path = tmp_path / "big-claim.png"
    path.write_bytes(_png_header_only(10_000, 10_000))  # 100 MP claimed, body bogus
    assert _code(path) is ErrorCode.TRUNCATED


def test_every_code_has_a_plain_message() -> None:
    for code in ErrorCode:
        message = MESSAGES[code]
        assert message.endswith(".")
        assert "Error" not in message and "Exception" not in message


def test_a_bad_file_does_not_stop_the_batch(tmp_path: Path) -> None:
    good1 = write_photo(tmp_path / "1.jpg", seed=1)
    bad = tmp_path / "2.jpg"
    bad.write_bytes(photo_bytes(seed=2)[:300])
    good2 = write_photo(tmp_path / "3.jpg", seed=3)
    results = hash_files([good1, bad, tmp_path / "missing.jpg", good2], HashOptions(), workers=0)
    assert [r.ok for r in results] == [True, False, False, True]
    assert [r.index for r in results] == [0, 1, 2, 3]


def test_pillow_warnings_are_reported_not_silent(tmp_path: Path) -> None:
    """A corrupt EXIF block makes Pillow warn; the photo is hashed and the person told."""
    data = bytearray(photo_bytes(200, 200, seed=4))
    exif = b"Exif\x00\x00II*\x00\x08\x00\x00\x00\xff\xff" + b"\x00" * 20  # absurd entry count
    segment = b"\xff\xe1" + struct.pack(">H", len(exif) + 2) + exif
    path = tmp_path / "bad-exif.jpg"
    path.write_bytes(bytes(data[:2]) + segment + bytes(data[2:]))
    result = hash_photo(path, HashOptions())
    assert result.ok, result.error
    assert result.notes, "the warning must reach the person"
    assert str(path) not in " ".join(result.notes)


def test_hostile_names_hash_and_never_enter_messages(tmp_path: Path) -> None:
    from tests.conftest import HOSTILE_NAMES

    for n, name in enumerate(HOSTILE_NAMES):
        path = write_photo(tmp_path / name, 64, 64, seed=n)
        result = hash_photo(path, HashOptions())
        assert result.ok, (name, result.error)
    broken = tmp_path / "evil\u202egpj.exe.jpg"
    broken.write_bytes(b"junk")
    result = hash_photo(broken, HashOptions())
    assert result.error is not None
    assert "evil" not in str(result.error) and "evil" not in (result.error.detail or "")
