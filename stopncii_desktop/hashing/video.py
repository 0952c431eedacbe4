"""Hashing one video: vPDQ (Meta's video PDQ), MD5 and SHA-256 of the file.

Sampling follows the reference exactly: every frame is decoded, and frame n
(decode index) is hashed when ``n % max(1, int(seconds_per_hash * fps)) == 0``
with ``fps`` the stream's average frame rate, stamped ``n / fps`` seconds.
``seconds_per_hash`` 0 hashes every frame. Frames that are not hashed are
never converted. No decoded frame is kept: memory does not grow with length.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from stopncii_desktop.hashing._video_decode import VideoReader, VideoStats, frame_rgb
from stopncii_desktop.hashing._video_frames import FrameHasher
from stopncii_desktop.hashing.digests import file_digests
from stopncii_desktop.hashing.errors import ErrorCode, MediaError
from stopncii_desktop.hashing.files import check_readable_file
from stopncii_desktop.hashing.options import HashOptions
from stopncii_desktop.hashing.results import MediaResult, Signal, VpdqFrame, VpdqSignal

_PROGRESS_EVERY = 0.25  # seconds between progress reports


def sample_step(seconds_per_hash: float, fps: float) -> int:
    """Hash every this-many frames, as the reference computes it."""
    return max(1, int(seconds_per_hash * fps)) if seconds_per_hash > 0 else 1


def _notes(stats: VideoStats, fps_guessed: bool, hasher: FrameHasher) -> list[str]:
    notes = []
    if stats.bad_packets:
        notes.append(
            f"{stats.bad_packets} damaged part(s) of this video could not be read and were "
            "skipped; the rest of the video was hashed."
        )
    if stats.corrupt_frames:
        notes.append(
            f"{stats.corrupt_frames} frame(s) of this video were damaged; "
            "they were hashed as the video player would show them."
        )
    if stats.ended_early:
        notes.append("This video file is damaged or incomplete; it was hashed up to the damage.")
    if fps_guessed:
        notes.append(
            "This video does not say its frame rate; 30 frames per second was assumed for "
            "the frame times."
        )
    if hasher.full:
        notes.append(
            f"This video is very long: only its first {hasher.max_frames} fingerprints were kept."
        )
    return notes


def vpdq_of_video(
    path: Path,
    options: HashOptions,
    cancelled: Callable[[], bool] | None = None,
    progress: Callable[[float], None] | None = None,
    threads: int | None = None,
) -> tuple[VpdqSignal, list[str], dict[str, object]]:
    """The vPDQ signal of a video, notes for the person, and facts for the local record."""
    with VideoReader(path) as reader:
        fps = reader.fps
        step = sample_step(options.seconds_per_hash, fps)
        hasher = FrameHasher(options.prune_distance, threads)
        last_report = time.monotonic()
        try:
            for n, frame in enumerate(reader.frames(cancelled)):
                if cancelled is not None and cancelled():
                    raise MediaError(ErrorCode.CANCELLED)
                if n % step == 0:
                    hasher.submit(n, round(n / fps, 3), partial(frame_rgb, frame))
                    if hasher.full:
                        break
                del frame
                if progress is not None and time.monotonic() - last_report >= _PROGRESS_EVERY:
                    last_report = time.monotonic()
                    progress(reader.fraction_done())
            frames: list[VpdqFrame] = hasher.finish()
        finally:
            hasher.close()
        stats = reader.stats
        if stats.decoded == 0 or not frames:
            raise MediaError(
                ErrorCode.NO_DECODABLE_FRAME,
                f"codec={reader.codec} bad_packets={stats.bad_packets}",
            )
        facts: dict[str, object] = {
            "codec": reader.codec,
            "frame_rate": round(fps, 3),
            "frame_rate_guessed": reader.fps_guessed,
            "rotation": stats.rotation or 0,
            "frames_decoded": stats.decoded,
            "frames_hashed": len(frames) + hasher.pruned,
            "frames_pruned": hasher.pruned,
            "damaged_packets": stats.bad_packets,
            "width": stats.width,
            "height": stats.height,
            "duration": round(stats.decoded / fps, 3),
        }
        notes = _notes(stats, reader.fps_guessed, hasher)
    return VpdqSignal(tuple(frames), float(options.seconds_per_hash)), notes, facts


def hash_video(
    path: Path,
    options: HashOptions,
    index: int = 0,
    cancelled: Callable[[], bool] | None = None,
    progress: Callable[[float], None] | None = None,
) -> MediaResult:
    """Hash one video. Errors are returned in the result, never raised."""
    result = MediaResult(index=index, path=path)
    try:
        check_readable_file(path)
        md5, sha256 = file_digests(path, cancelled)
        signal, notes, facts = vpdq_of_video(path, options, cancelled, progress)
        result.media = "video"
        result.signals = [signal, Signal("md5", md5), Signal("sha256", sha256)]
        result.notes = notes
        result.facts.update(facts)
    except MediaError as exc:
        result.media = None
        result.signals = []
        result.error = exc
    if progress is not None:
        progress(1.0)
    return result
