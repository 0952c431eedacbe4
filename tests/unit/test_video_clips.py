"""Video clips generated with PyAV in the test run, and hashing them in every codec/container.

``write_clip`` is also used by the other video tests and the match CLI test, and
``long_clip`` by the tests that stop a worker in the middle of a video.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path
from typing import cast

import av
import numpy as np
import pytest

from stopncii_desktop.hashing.errors import ErrorCode
from stopncii_desktop.hashing.files import looks_like_video, read_head
from stopncii_desktop.hashing.media import hash_file
from stopncii_desktop.hashing.options import HashOptions
from stopncii_desktop.hashing.results import MediaResult, Signal, VpdqSignal
from tests.media import noisy_rgb


def has_encoder(name: str) -> bool:
    try:
        av.codec.Codec(name, "w")
    except Exception:
        return False
    return True


def write_clip(
    path: Path,
    codec: str = "libx264",
    seconds: float = 2.0,
    fps: int = 10,
    size: tuple[int, int] = (160, 120),
    seed: int = 0,
    rotation: float | None = None,
    static: bool = False,
    corrupt: Callable[[int], bool] | None = None,
    pts_of: Callable[[int], int] | None = None,
    pix_fmt: str = "yuv420p",
) -> int:
    """Write a clip with real motion (a textured scene panning); return its frame count.

    ``corrupt(k)`` replaces encoded packet k with random bytes (same size and
    timing); ``pts_of(i)`` gives frame i a timestamp in 1/1000 s (variable rate).
    """
    w, h = size
    scene = noisy_rgb(w * 2, h * 2, seed)
    n = round(seconds * fps)
    rng = np.random.default_rng(seed)
    with av.open(str(path), "w") as container:
        stream = cast(av.video.stream.VideoStream, container.add_stream(codec, rate=fps))
        stream.width, stream.height, stream.pix_fmt = w, h, pix_fmt
        if codec == "mpeg4":
            # With no bit rate set (PyAV's default), FFmpeg's MPEG-4 Part 2 encoder squeezes
            # this pan to ~75 kbit/s and smears its texture after the first key frame: PDQ
            # quality fell to 37-48 on a smooth scene, failing the check below on the clip's
            # content, not on the hashing. Real recordings carry far more.
            stream.bit_rate = 400_000
        if pts_of is not None:
            stream.codec_context.time_base = Fraction(1, 1000)
        if rotation is not None:
            stream.set_display_rotation(rotation)
        k = 0

        def mux(packets: list[av.Packet]) -> None:  # type: ignore[type-arg]
            nonlocal k
            for p in packets:
                if corrupt is not None and corrupt(k):
                    junk = av.Packet(rng.integers(0, 256, p.size, dtype=np.uint8).tobytes())
                    junk.pts, junk.dts, junk.time_base = p.pts, p.dts, p.time_base
                    junk.is_keyframe = p.is_keyframe
                    junk.stream = p.stream
                    p = junk
                container.mux(p)
                k += 1

        for i in range(n):
            x, y = (0, 0) if static else (i * w // max(n, 1), i * h // (2 * max(n, 1)))
            frame = av.VideoFrame.from_ndarray(np.ascontiguousarray(scene[y : y + h, x : x + w]))
            if pts_of is not None:
                frame.pts = pts_of(i)
                frame.time_base = Fraction(1, 1000)
            mux(stream.encode(frame))
        mux(stream.encode())
    return n


def remux(source: Path, copy: Path, rotation: int | None = None) -> None:
    """``source``'s encoded frames, unchanged, in another file (container from ``copy``'s name).

    ``rotation`` makes the copy say to show them turned. Not a second encoding: PyAV's
    encoder gives slightly different frames from one call to the next (16 different files
    out of 25 from one scene), so two encodings compared fingerprint to fingerprint fail
    now and then.
    """
    with av.open(str(source)) as src, av.open(str(copy), "w") as out:
        stream = src.streams.video[0]
        into = out.add_stream_from_template(stream)
        if rotation is not None:
            into.set_display_rotation(rotation)
        for packet in src.demux(stream):
            if packet.dts is not None:  # not the flushing packet
                packet.stream = into
                out.mux(packet)


def long_clip(path: Path, repeats: int = 150, size: tuple[int, int] = (640, 360)) -> int:
    """A clip that takes seconds to hash, made quickly: a short clip's packets played
    ``repeats`` times over (each copy starts on its key frame); returns its frame count."""
    short = path.with_name(f"short-{path.stem}.mp4")
    n = write_clip(short, seconds=1.0, fps=10, size=size, static=True)
    with av.open(str(short)) as src, av.open(str(path), "w") as dst:
        source = src.streams.video[0]
        stream = dst.add_stream_from_template(source)
        length = round(Fraction(n, 10) / cast(Fraction, source.time_base))
        for rep in range(repeats):
            src.seek(0)
            for packet in src.demux(source):
                if packet.dts is None:
                    continue
                packet.pts = cast(int, packet.pts) + rep * length
                packet.dts = packet.dts + rep * length
                packet.stream = stream
                dst.mux(packet)
    short.unlink()
    return n * repeats


def write_audio_only(path: Path, seconds: float = 1.0) -> None:
    with av.open(str(path), "w") as container:
        stream = container.add_stream("aac", rate=44100)
        samples = int(44100 * seconds)
        tone = (np.sin(np.arange(samples) / 10) * 0.3).astype(np.float32)
        for start in range(0, samples, 1024):
            chunk = tone[start : start + 1024].reshape(1, -1)
            frame = av.AudioFrame.from_ndarray(chunk, format="fltp", layout="mono")
            frame.sample_rate = 44100
            for p in stream.encode(frame):
                container.mux(p)
        for p in stream.encode():
            container.mux(p)


def vpdq_of(result: MediaResult) -> VpdqSignal:
    assert result.ok, result.error
    signal = result.signals[0]
    assert isinstance(signal, VpdqSignal)
    return signal


CASES = [
    ("libx264", "mp4"),
    ("libx264", "mov"),
    ("libx264", "mkv"),
    ("libx264", "3gp"),
    ("libx265", "mp4"),
    ("libx265", "mkv"),
    ("libvpx", "webm"),
    ("libvpx-vp9", "webm"),
    ("libsvtav1", "mkv"),
    ("libsvtav1", "mp4"),
    ("mpeg4", "avi"),
    ("mpeg4", "mp4"),
]


@pytest.mark.parametrize(("codec", "ext"), CASES, ids=[f"{c}-{e}" for c, e in CASES])
def test_codecs_and_containers(tmp_path: Path, codec: str, ext: str) -> None:
    if not has_encoder(codec):
        pytest.skip(f"this PyAV build has no {codec} encoder")
    path = tmp_path / f"clip.{ext}"
    n = write_clip(path, codec, seconds=2.0, fps=10)
    assert looks_like_video(read_head(path, 256))
    result = hash_file(path, HashOptions(seconds_per_hash=0.5))
    signal = vpdq_of(result)
    assert result.media == "video"
    # Every 5th frame by decode index, stamped n / fps.
    assert [f.frame for f in signal.frames] == list(range(0, n, 5))
    assert [f.timestamp for f in signal.frames] == [i / 10 for i in range(0, n, 5)]
    assert signal.seconds_per_hash == 0.5
    assert all(f.quality >= 50 for f in signal.frames)
    # The scene pans, so the frames differ.
    assert len({f.value for f in signal.frames}) == len(signal.frames)
    data = path.read_bytes()
    digests = {s.type: s.value for s in result.signals if isinstance(s, Signal)}
    assert digests == {
        "md5": hashlib.md5(data).hexdigest(),
        "sha256": hashlib.sha256(data).hexdigest(),
    }
    assert result.facts["frames_decoded"] == n
    assert result.facts["width"] == 160
    assert result.facts["height"] == 120
    assert not any("damaged" in note for note in result.notes), "an intact file is not damaged"


def test_same_video_in_other_containers_hashes_the_same(tmp_path: Path) -> None:
    a, b = tmp_path / "a.mp4", tmp_path / "b.mkv"
    write_clip(a)
    remux(a, b)
    fa = vpdq_of(hash_file(a, HashOptions(seconds_per_hash=0))).frames
    fb = vpdq_of(hash_file(b, HashOptions(seconds_per_hash=0))).frames
    assert fa == fb


def test_audio_only_file_has_no_video_stream(tmp_path: Path) -> None:
    path = tmp_path / "voice.m4a"
    write_audio_only(path)
    assert looks_like_video(read_head(path, 256))
    result = hash_file(path, HashOptions())
    assert result.error is not None
    assert result.error.code == ErrorCode.NO_VIDEO_STREAM
    assert "no video" in result.error.message


def test_garbage_after_a_video_signature_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "junk.mp4"
    junk = np.random.default_rng(0).integers(0, 256, 5000, dtype=np.uint8).tobytes()
    path.write_bytes(b"\x00\x00\x00\x20ftypisom" + junk)
    result = hash_file(path, HashOptions())
    assert result.error is not None
    assert result.error.code == ErrorCode.TRUNCATED
