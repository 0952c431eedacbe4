"""Real-world video files: rotation, variable frame rate, damage, cancel, progress, pruning."""

from __future__ import annotations

import itertools
import threading
import time
from fractions import Fraction
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

import numpy as np
import numpy.typing as npt
import pytest

from stopncii_desktop.hashing import _pdq
from stopncii_desktop.hashing._video_decode import FALLBACK_FPS, VideoReader, _rate, frame_rgb
from stopncii_desktop.hashing._video_frames import FrameHasher
from stopncii_desktop.hashing.errors import ErrorCode
from stopncii_desktop.hashing.media import hash_file
from stopncii_desktop.hashing.options import HashOptions
from stopncii_desktop.hashing.signals import PdqSignal
from stopncii_desktop.hashing.video import hash_video, sample_step
from tests.unit.test_video_clips import remux, vpdq_of, write_clip

EVERY = HashOptions(seconds_per_hash=0)


def test_sampling_rule_matches_the_reference() -> None:
    assert sample_step(1.0, 30.0) == 30
    assert sample_step(1.0, 29.97) == 29  # int(), not round()
    assert sample_step(0.0, 30.0) == 1
    assert sample_step(0.01, 30.0) == 1  # max(1, ...)


def test_one_hash_per_second_by_decode_index(tmp_path: Path) -> None:
    path = tmp_path / "clip.mp4"
    n = write_clip(path, fps=10, seconds=3.5)
    frames = vpdq_of(hash_video(path, HashOptions())).frames
    assert [(f.frame, f.timestamp) for f in frames] == [(0, 0.0), (10, 1.0), (20, 2.0), (30, 3.0)]
    every = vpdq_of(hash_video(path, EVERY)).frames
    assert [f.frame for f in every] == list(range(n))
    # The sampled frames are the same hashes as those frames in every-frame mode.
    assert list(frames) == [every[i] for i in (0, 10, 20, 30)]


def test_hashes_are_pdq_of_the_reference_conversion(tmp_path: Path) -> None:
    path = tmp_path / "clip.mkv"
    write_clip(path, seconds=1.0)
    frames = vpdq_of(hash_video(path, EVERY)).frames
    with VideoReader(path) as reader:
        direct = [_pdq.pdq_from_rgb(frame_rgb(f))[0] for f in reader.frames()]
    assert [(f.value, f.quality) for f in frames] == [(r.hash_hex, r.quality) for r in direct]


def test_bt709_and_full_range_tags_are_ignored_like_the_reference(tmp_path: Path) -> None:
    import av

    path = tmp_path / "clip.mp4"
    write_clip(path, seconds=0.5)
    with av.open(str(path)) as c:
        frame = next(c.decode(video=0))
    plain = frame_rgb(frame)
    frame.colorspace = 1  # BT.709
    frame.color_range = 2  # full range
    assert np.array_equal(frame_rgb(frame), plain)


@pytest.mark.parametrize("degrees", [90, -90, 180])
def test_rotation_is_recorded_and_the_frames_hashed_as_stored(tmp_path: Path, degrees: int) -> None:
    plain, turned = tmp_path / "plain.mp4", tmp_path / "turned.mp4"
    write_clip(plain)
    remux(plain, turned, rotation=degrees)
    a, b = hash_video(plain, EVERY), hash_video(turned, EVERY)
    assert a.facts["rotation"] == 0
    assert b.facts["rotation"] == degrees % 360
    assert vpdq_of(a).frames == vpdq_of(b).frames


def test_variable_frame_rate(tmp_path: Path) -> None:
    path = tmp_path / "vfr.mkv"
    # Frames 40 ms then 120 ms apart, alternately: an average of 12.5 fps.
    n = write_clip(path, fps=25, seconds=2.0, pts_of=lambda i: (i // 2) * 160 + (i % 2) * 40)
    result = hash_video(path, HashOptions())
    frames = vpdq_of(result).frames
    fps = cast(float, result.facts["frame_rate"])
    assert 10 <= fps <= 26
    step = sample_step(1.0, fps)
    assert [f.frame for f in frames] == list(range(0, n, step))
    assert result.facts["frames_decoded"] == n


def test_missing_frame_rate_falls_back() -> None:
    none = SimpleNamespace(average_rate=None, guessed_rate=None, base_rate=None)
    assert _rate(cast(Any, none)) == (FALLBACK_FPS, True)
    only_guess = SimpleNamespace(average_rate=None, guessed_rate=Fraction(24), base_rate=None)
    assert _rate(cast(Any, only_guess)) == (24.0, False)
    silly = SimpleNamespace(average_rate=Fraction(0), guessed_rate=Fraction(10**9), base_rate=None)
    assert _rate(cast(Any, silly)) == (FALLBACK_FPS, True)


def test_raw_h264_stream_without_container(tmp_path: Path) -> None:
    path = tmp_path / "raw.h264"
    n = write_clip(path, seconds=1.0)
    result = hash_video(path, EVERY)
    assert len(vpdq_of(result).frames) == n


@pytest.mark.parametrize(("codec", "ext"), [("libvpx-vp9", "webm"), ("mpeg4", "avi")])
def test_damaged_packets_are_skipped_counted_and_told(tmp_path: Path, codec: str, ext: str) -> None:
    path = tmp_path / f"damaged.{ext}"
    n = write_clip(path, codec, corrupt=lambda k: k == 5)
    result = hash_video(path, EVERY)
    frames = vpdq_of(result).frames
    assert result.facts["damaged_packets"] == 1
    assert len(frames) == n - 1
    assert any("damaged" in note and "skipped" in note for note in result.notes)


@pytest.mark.parametrize(("codec", "ext"), [("libx264", "mkv"), ("libvpx-vp9", "webm")])
def test_no_decodable_frame(tmp_path: Path, codec: str, ext: str) -> None:
    path = tmp_path / f"ruined.{ext}"
    write_clip(path, codec, corrupt=lambda k: True)
    result = hash_file(path, HashOptions())
    assert result.error is not None
    assert result.error.code == ErrorCode.NO_DECODABLE_FRAME


def _faststart(path: Path) -> None:
    """The clip remuxed with its index first, as phones and web services write MP4."""
    import av

    plain = path.with_name("plain.mp4")
    write_clip(plain)
    with (
        av.open(str(plain)) as src,
        av.open(str(path), "w", options={"movflags": "faststart"}) as dst,
    ):
        stream = dst.add_stream_from_template(src.streams.video[0])
        for packet in src.demux(src.streams.video[0]):
            if packet.dts is not None:
                packet.stream = stream
                dst.mux(packet)


CUT_CASES = [("libx264", "mkv"), ("libvpx-vp9", "webm"), ("mpeg4", "avi"), ("faststart", "mp4")]


@pytest.mark.parametrize(("codec", "ext"), CUT_CASES, ids=[e for _, e in CUT_CASES])
def test_a_cut_off_video_is_hashed_up_to_the_cut_and_said_to_be_damaged(
    tmp_path: Path, codec: str, ext: str
) -> None:
    """FFmpeg reads these containers cut in the middle as if they simply ended."""
    whole = tmp_path / f"whole.{ext}"
    if codec == "faststart":
        _faststart(whole)
    else:
        write_clip(whole, codec, seconds=3.0)
    intact = hash_file(whole, EVERY)
    assert intact.ok and not any("damaged" in note for note in intact.notes)
    data = whole.read_bytes()
    for cut in (len(data) * 6 // 10, len(data) * 9 // 10, len(data) - 100):
        part = tmp_path / f"cut{cut}.{ext}"
        part.write_bytes(data[:cut])
        result = hash_file(part, EVERY)
        assert result.ok, (cut, result.error)
        assert 0 < len(vpdq_of(result).frames) <= len(vpdq_of(intact).frames)
        assert any("damaged or incomplete" in note for note in result.notes), (cut, result.notes)


def test_a_live_recording_of_unknown_length_is_not_called_damaged(tmp_path: Path) -> None:
    """WebM written as a live stream (browsers' recorders) declares no lengths."""
    import av

    path = tmp_path / "live.webm"
    write_clip(path.with_name("src.webm"), "libvpx-vp9")
    with (
        av.open(str(path.with_name("src.webm"))) as src,
        av.open(str(path), "w", format="webm", options={"live": "1"}) as dst,
    ):
        stream = dst.add_stream_from_template(src.streams.video[0])
        for packet in src.demux(src.streams.video[0]):
            if packet.dts is not None:
                packet.stream = stream
                dst.mux(packet)
    result = hash_file(path, EVERY)
    assert result.ok, result.error
    assert not any("damaged" in note for note in result.notes)


def test_moov_at_the_end_cut_off_fails_clearly(tmp_path: Path) -> None:
    moov_at_end = tmp_path / "cut.mp4"
    write_clip(moov_at_end)
    moov_at_end.write_bytes(moov_at_end.read_bytes()[:-2000])
    result = hash_file(moov_at_end, HashOptions())
    assert result.error is not None
    assert result.error.code == ErrorCode.TRUNCATED


def test_cancel_stops_the_video(tmp_path: Path) -> None:
    path = tmp_path / "clip.mp4"
    write_clip(path, seconds=4.0)
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return calls > 3

    result = hash_video(path, EVERY, cancelled=cancelled)
    assert result.error is not None
    assert result.error.code == ErrorCode.CANCELLED
    assert result.signals == []


def test_progress_goes_up_by_time_and_ends_at_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import stopncii_desktop.hashing.video as video

    monkeypatch.setattr(video, "_PROGRESS_EVERY", 0.0)
    path = tmp_path / "clip.mp4"
    write_clip(path, seconds=3.0)
    seen: list[float] = []
    hash_video(path, HashOptions(), progress=seen.append)
    assert len(seen) > 10
    assert seen == sorted(seen)
    assert seen[-1] == 1.0
    assert 0.0 <= seen[0] < 0.2


def test_pruning_drops_near_identical_consecutive_frames(tmp_path: Path) -> None:
    path = tmp_path / "static.mp4"
    n = write_clip(path, seconds=2.0, static=True)
    pruned = hash_video(path, HashOptions(seconds_per_hash=0, prune_distance=8))
    frames = vpdq_of(pruned).frames
    assert len(frames) < n / 4
    assert pruned.facts["frames_pruned"] == n - len(frames)
    moving = tmp_path / "moving.mp4"
    write_clip(moving, seconds=2.0)
    kept = vpdq_of(hash_video(moving, HashOptions(seconds_per_hash=0, prune_distance=8))).frames
    for a, b in itertools.pairwise(kept):
        assert PdqSignal.hamming(a.value, b.value) > 8


def test_frame_queue_is_bounded() -> None:
    """However many frames are submitted, only a few are ever waiting (memory bound)."""
    lock = threading.Lock()
    alive = 0
    peak = 0
    rng = np.random.default_rng(0)
    image = rng.integers(0, 256, (64, 64, 3), dtype=np.uint8)

    def source() -> npt.NDArray[np.uint8]:
        nonlocal alive, peak
        with lock:
            alive += 1
            peak = max(peak, alive)
        time.sleep(0.002)
        with lock:
            alive -= 1
        return image

    hasher = FrameHasher(threads=2)
    submitted_before_return = []
    for i in range(60):
        hasher.submit(i, i / 10, source)
        submitted_before_return.append(len(hasher._pending))
    frames = hasher.finish()
    assert len(frames) == 60
    assert [f.frame for f in frames] == list(range(60))
    assert max(submitted_before_return) <= 2 * 2
    assert peak <= 2
