"""Animated GIF, WebP and APNG: the still PDQ of the first frame plus the frames as vPDQ."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from stopncii_desktop.hashing import _pdq
from stopncii_desktop.hashing.media import hash_file
from stopncii_desktop.hashing.options import HashOptions
from stopncii_desktop.hashing.results import Signal, VpdqSignal
from tests.media import noisy_rgb

FORMATS = {"gif": "GIF", "webp": "WEBP", "png": "PNG"}


def _frames(n: int) -> list[Image.Image]:
    scene = noisy_rgb(240, 180, seed=3)
    return [
        Image.fromarray(np.ascontiguousarray(scene[:90, i * 12 : i * 12 + 120])) for i in range(n)
    ]


def _write(path: Path, n: int, durations: list[int] | int) -> list[Image.Image]:
    frames = _frames(n)
    extra: dict[str, object] = {"lossless": True} if path.suffix == ".webp" else {}
    frames[0].save(
        path,
        FORMATS[path.suffix[1:]],
        save_all=True,
        append_images=frames[1:],
        duration=durations,
        loop=0,
        **extra,
    )
    return frames


@pytest.mark.parametrize("ext", sorted(FORMATS))
def test_animation_gets_a_vpdq_of_its_frames(tmp_path: Path, ext: str) -> None:
    path = tmp_path / f"anim.{ext}"
    _write(path, 6, 200)
    result = hash_file(path, HashOptions(seconds_per_hash=0))
    assert result.ok, result.error
    assert result.media == "image"
    still = [s for s in result.signals if isinstance(s, Signal) and s.type == "pdq"]
    vpdq = [s for s in result.signals if isinstance(s, VpdqSignal)]
    assert len(still) == 1
    assert len(vpdq) == 1
    frames = vpdq[0].frames
    assert [f.frame for f in frames] == list(range(6))
    assert [f.timestamp for f in frames] == [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]
    # The first frame of the animation is the still picture.
    assert (frames[0].value, frames[0].quality) == (still[0].value, still[0].quality)
    assert len({f.value for f in frames}) == 6
    with Image.open(path) as im:
        im.seek(3)
        expected = _pdq.pdq_from_rgb(np.asarray(im.convert("RGB")))[0]
    assert frames[3].value == expected.hash_hex


def test_sampling_by_frame_start_times(tmp_path: Path) -> None:
    path = tmp_path / "anim.gif"
    # Starts at 0, 0.5, 1.0, 1.2, 1.4, 2.6 s (0 ms delays count as 100 ms, as in browsers).
    _write(path, 6, [500, 500, 200, 200, 1200, 0])
    result = hash_file(path, HashOptions(seconds_per_hash=1.0))
    vpdq = next(s for s in result.signals if isinstance(s, VpdqSignal))
    assert [(f.frame, f.timestamp) for f in vpdq.frames] == [(0, 0.0), (2, 1.0), (5, 2.6)]
    assert vpdq.seconds_per_hash == 1.0


def test_still_gif_and_png_have_no_vpdq(tmp_path: Path) -> None:
    for ext in ("gif", "png"):
        path = tmp_path / f"still.{ext}"
        _frames(1)[0].save(path)
        result = hash_file(path, HashOptions())
        assert result.ok
        assert not any(isinstance(s, VpdqSignal) for s in result.signals)


def test_damaged_animation_keeps_the_still_hash_and_the_frames_before(tmp_path: Path) -> None:
    path = tmp_path / "anim.gif"
    _write(path, 8, 100)
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * 0.8)] + b"\x3b")
    result = hash_file(path, HashOptions(seconds_per_hash=0))
    assert result.ok, result.error
    assert any(isinstance(s, Signal) and s.type == "pdq" for s in result.signals)
    vpdq = next(s for s in result.signals if isinstance(s, VpdqSignal))
    assert 0 < len(vpdq.frames) < 8
    assert any("damaged" in note for note in result.notes)
