"""Reading a video's frames with PyAV, defensively, the way Meta's vPDQ reads them.

The first video stream is decoded in order (FFmpeg's own threads on), every
frame is numbered by decode index, and packets the decoder rejects are
skipped and counted rather than ending the file. Frames are converted to
RGB24 at native size with libswscale's AREA filter and BT.601 colours,
whatever the stream's colour tags say, because that is what the reference
does; that keeps the hashes bit-exact with it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import av
import numpy as np
import numpy.typing as npt
from av.video.reformatter import ColorRange, Colorspace, Interpolation, VideoReformatter

from stopncii_desktop.hashing import memory
from stopncii_desktop.hashing._truncation import cut_short
from stopncii_desktop.hashing.errors import ErrorCode, MediaError
from stopncii_desktop.hashing.files import path_error, read_head

#: Larger than any real video frame (16K is 132 megapixels).
MAX_FRAME_PIXELS = 250_000_000
#: Peak memory of hashing a video: FFmpeg's threaded decoder and its reference frames,
#: frames waiting to be hashed and PDQ's planes, in bytes per frame pixel, plus a fixed
#: part (measured by ``benchmarks/bench_memory.py``).
VIDEO_BYTES_PER_PIXEL = 80
VIDEO_FIXED_BYTES = 64 << 20
#: Used only when a file states no frame rate at all.
FALLBACK_FPS = 30.0

_local = threading.local()


def frame_rgb(frame: av.VideoFrame) -> npt.NDArray[np.uint8]:
    """The frame as (H, W, 3) RGB24, converted exactly as the reference converts it.

    Limited-range input is assumed unless the pixel format itself is
    full-range (``yuvj*``): the reference's libswscale call ignores range
    tags. One converter per thread keeps libswscale's context cached.
    """
    fmt = getattr(_local, "reformatter", None)
    if fmt is None:
        fmt = _local.reformatter = VideoReformatter()
    rgb = fmt.reformat(
        frame,
        format="rgb24",
        src_colorspace=Colorspace.ITU601,
        dst_colorspace=Colorspace.ITU601,
        interpolation=Interpolation.AREA,
        src_color_range=ColorRange.MPEG,
        threads=1,
    )
    out = rgb.to_ndarray()
    assert out.dtype == np.uint8
    return cast(npt.NDArray[np.uint8], out)


def video_memory(width: int, height: int) -> int:
    """The memory hashing a video with frames of ``width`` x ``height`` will take, in bytes."""
    return width * height * VIDEO_BYTES_PER_PIXEL + VIDEO_FIXED_BYTES


def _check_frame_size(width: int, height: int) -> None:
    if width * height > MAX_FRAME_PIXELS:
        raise MediaError(ErrorCode.TOO_LARGE, f"{width}x{height}")


@dataclass(slots=True)
class VideoStats:
    """What happened while reading: counts for notes and facts, never content."""

    decoded: int = 0
    bad_packets: int = 0
    corrupt_frames: int = 0
    ended_early: bool = False
    rotation: int | None = None
    width: int = 0
    height: int = 0
    resized: bool = False
    last_time: float | None = None


def _rate(stream: av.video.stream.VideoStream) -> tuple[float, bool]:
    """Average frames per second, as the reference takes it, and whether it was guessed."""
    for rate in (stream.average_rate, stream.guessed_rate, stream.base_rate):
        if rate is not None and rate > 0:
            fps = float(rate)
            if 0.01 <= fps <= 10_000:
                return fps, False
    return FALLBACK_FPS, True


class VideoReader:
    """An open video: its first video stream, frame rate, length, and a frame iterator."""

    def __init__(self, path: Path) -> None:
        try:
            self.container = av.open(str(path), mode="r")
        except (FileNotFoundError, PermissionError, IsADirectoryError) as exc:
            raise path_error(path, exc) from None
        except (av.FFmpegError, OSError, ValueError) as exc:
            # The container signature said video, so a refusal means damage.
            raise MediaError(ErrorCode.TRUNCATED, type(exc).__name__) from None
        try:
            streams = [
                s
                for s in self.container.streams.video
                if not s.disposition & av.stream.Disposition.attached_pic
            ]
            if not streams:
                raise MediaError(ErrorCode.NO_VIDEO_STREAM)
            self.stream = streams[0]
            self.stream.thread_type = "AUTO"
            self.fps, self.fps_guessed = _rate(self.stream)
            self.codec = self.stream.codec_context.name
            # The size the stream declares; a frame found larger claims again when decoded.
            width, height = self.stream.codec_context.width, self.stream.codec_context.height
            _check_frame_size(width, height)
            self._claimed_pixels = width * height
            if self._claimed_pixels:
                memory.claim(video_memory(width, height))
            self.stats = VideoStats(ended_early=cut_short(path, read_head(path)))
        except BaseException:
            self.container.close()
            raise

    @property
    def duration(self) -> float | None:
        """Length in seconds when the file says it, for progress only."""
        s = self.stream
        if s.duration is not None and s.time_base is not None and s.duration > 0:
            return float(s.duration * s.time_base)
        if self.container.duration is not None and self.container.duration > 0:
            return self.container.duration / 1_000_000
        return None

    @property
    def start_time(self) -> float:
        s = self.stream
        if s.start_time is not None and s.time_base is not None:
            return float(s.start_time * s.time_base)
        return 0.0

    def close(self) -> None:
        self.container.close()

    def __enter__(self) -> VideoReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _packets(self) -> Iterator[av.Packet[Any]]:
        demux = self.container.demux(self.stream)
        while True:
            try:
                packet = next(demux)
            except StopIteration:
                return
            except (av.FFmpegError, OSError, ValueError):
                # The container itself is damaged from here on: flush what we have.
                self.stats.ended_early = True
                yield av.Packet()
                return
            yield packet

    def frames(self, cancelled: Callable[[], bool] | None = None) -> Iterator[av.VideoFrame]:
        """Every decodable frame, in decode order. Damaged packets are skipped and counted."""
        stats = self.stats
        for packet in self._packets():
            if cancelled is not None and cancelled():
                raise MediaError(ErrorCode.CANCELLED)
            try:
                decoded = packet.decode()
            except (av.FFmpegError, ValueError):
                stats.bad_packets += 1
                continue
            for frame in decoded:
                if not isinstance(frame, av.VideoFrame):
                    continue
                if frame.width * frame.height > self._claimed_pixels:
                    _check_frame_size(frame.width, frame.height)
                    memory.claim(video_memory(frame.width, frame.height))
                    self._claimed_pixels = frame.width * frame.height
                if frame.is_corrupt:
                    stats.corrupt_frames += 1
                if stats.decoded == 0:
                    stats.rotation = round(frame.rotation) % 360
                    stats.width, stats.height = frame.width, frame.height
                elif (frame.width, frame.height) != (stats.width, stats.height):
                    stats.resized = True
                stats.last_time = frame.time
                stats.decoded += 1
                yield frame

    def fraction_done(self) -> float:
        """How far through the video decoding is, 0..1: by time when the file says its
        length, else by frame count, else a figure that only grows."""
        duration = self.duration
        stats = self.stats
        if duration and stats.last_time is not None:
            return min(1.0, max(0.0, (stats.last_time - self.start_time) / duration))
        if self.stream.frames:
            return min(1.0, stats.decoded / self.stream.frames)
        return stats.decoded / (stats.decoded + 300)
