"""Video hashing speed against named references, measured in the same run.

On a generated 1080p30 H.264 clip with real motion (a textured, noisy scene
panning and drifting; 20 s by default) it prints frames of video per second for:

  (a) PyAV decoding alone, FFmpeg's threads on, no conversion: the floor;
  (b) the project at one hash per second (what HMA and python-threatexchange use);
  (c) the project in every-frame mode (what the app registers in a bank);
  (d) Meta's ``vpdq`` package (C++ over FFmpeg), every frame, where it is installed
      (``pip install vpdq``; it needs FFmpeg's development libraries to build);

the ratios b/a (target >= 0.8) and c/d (target >= 1.0), each the median of the
per-round ratios, and how many frames of (c) and (d) are identical. Then the
peak memory (resident set) of a fresh process hashing the clip and a 60 s clip
in both modes: it should not depend on the length.

    python -m benchmarks.bench_video [--seconds S] [--rounds N] [--no-memory]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path
from typing import Any, cast

import av
import numpy as np

from benchmarks.media import noisy_rgb
from stopncii_desktop.hashing.options import HashOptions
from stopncii_desktop.hashing.video import vpdq_of_video

WIDTH, HEIGHT, FPS = 1920, 1080, 30
LONG_SECONDS = 60


def make_clip(path: Path, seconds: float) -> int:
    """Encode a 1080p30 H.264 clip (High profile, CRF 20, like a phone's); return frames.

    The scene is a noisy photo-like picture twice the frame's size; the camera pans
    across it and drifts up and down, so every frame differs.
    """
    scene = noisy_rgb(WIDTH * 2, HEIGHT * 2, seed=11)
    n = round(seconds * FPS)
    with av.open(str(path), "w") as out:
        stream = out.add_stream("libx264", rate=FPS)
        stream.width, stream.height, stream.pix_fmt = WIDTH, HEIGHT, "yuv420p"
        stream.options = {"preset": "veryfast", "crf": "20", "profile": "high"}
        for i in range(n):
            t = i / max(n - 1, 1)
            x = round(t * WIDTH)
            y = round((0.5 + 0.5 * np.sin(2 * np.pi * 3 * t)) * (HEIGHT - 1))
            crop = np.ascontiguousarray(scene[y : y + HEIGHT, x : x + WIDTH])
            for packet in stream.encode(av.VideoFrame.from_ndarray(crop, format="rgb24")):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)
    return n


def repeat_clip(src: Path, dst: Path, times: int) -> None:
    """The same H.264 stream played ``times`` times in one file, without re-encoding."""
    with av.open(str(src)) as inp, av.open(str(dst), "w") as out:
        in_stream = inp.streams.video[0]
        out_stream = out.add_stream_from_template(in_stream)
        tb = cast(Fraction, in_stream.time_base)
        length = round(Fraction(in_stream.frames, FPS) / tb)
        for rep in range(times):
            inp.seek(0)
            for packet in inp.demux(in_stream):
                if packet.dts is None:
                    continue
                packet.pts = cast(int, packet.pts) + rep * length
                packet.dts = packet.dts + rep * length
                packet.stream = out_stream
                out.mux(packet)


def decode_only(path: Path) -> int:
    with av.open(str(path)) as c:
        stream = c.streams.video[0]
        stream.thread_type = "AUTO"
        return sum(1 for _ in c.decode(stream))


def project(path: Path, seconds_per_hash: float) -> list[tuple[int, str, int]]:
    signal, _notes, _facts = vpdq_of_video(path, HashOptions(seconds_per_hash=seconds_per_hash))
    return [(f.frame, f.value, f.quality) for f in signal.frames]


def meta_vpdq(path: Path) -> list[tuple[int, str, int]]:
    import vpdq  # type: ignore[import-not-found, unused-ignore]

    features = vpdq.computeHash(str(path), seconds_per_hash=0)
    return [(int(f.frame_number), str(f.hex), int(f.quality)) for f in features]


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


_MEMORY_CHILD = """
import json, resource, sys
from pathlib import Path
from stopncii_desktop.hashing.options import HashOptions
from stopncii_desktop.hashing.video import vpdq_of_video

def peak():
    # VmHWM is this process's own high-water mark; ru_maxrss can carry the parent's
    # over fork and exec on Linux.
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss if sys.platform == "darwin" else rss * 1024

before = peak()
signal, _, facts = vpdq_of_video(Path(sys.argv[1]), HashOptions(seconds_per_hash=float(sys.argv[2])))
print(json.dumps({"before": before, "peak": peak(),
                  "frames": facts["frames_decoded"], "hashes": len(signal.frames)}))
"""


def peak_memory(path: Path, seconds_per_hash: float) -> dict[str, Any]:
    """Peak resident memory of a fresh process that hashes one video (imports included)."""
    out = subprocess.run(
        [sys.executable, "-c", _MEMORY_CHILD, str(path), str(seconds_per_hash)],
        capture_output=True,
        text=True,
        check=True,
    )
    return cast(dict[str, Any], json.loads(out.stdout))


def _have_vpdq() -> bool:
    try:
        import vpdq  # noqa: F401
    except ImportError:
        return False
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-memory", action="store_true", help="skip the peak memory runs")
    args = parser.parse_args(argv)
    have_vpdq = _have_vpdq()

    with tempfile.TemporaryDirectory() as tmp:
        clip = Path(tmp) / "clip.mp4"
        start = time.perf_counter()
        frames = make_clip(clip, args.seconds)
        print(
            f"clip: {WIDTH}x{HEIGHT} {FPS} fps H.264 (libx264 High, CRF 20), {frames} frames "
            f"({args.seconds:g} s), {clip.stat().st_size / 1e6:.1f} MB, "
            f"made in {time.perf_counter() - start:.0f} s"
        )
        print(
            f"median of {args.rounds} rounds, run in turn; machine: {os.cpu_count()} cores "
            "(shared and noisy: read the ratios)\n"
        )
        project(clip, 1.0)  # first-call costs (numba compilation) out of the measurement
        names = ["a", "b", "c"] + (["d"] if have_vpdq else [])
        runs: dict[str, Callable[[], object]] = {
            "a": lambda: decode_only(clip),
            "b": lambda: project(clip, 1.0),
            "c": lambda: project(clip, 0.0),
            "d": lambda: meta_vpdq(clip),
        }
        fps: dict[str, list[float]] = {k: [] for k in names}
        for _ in range(args.rounds):
            for k in names:
                fps[k].append(frames / _timed(runs[k]))

        def med(k: str) -> float:
            return statistics.median(fps[k])

        def ratio(x: str, y: str) -> float:
            return statistics.median(p / q for p, q in zip(fps[x], fps[y], strict=True))

        print(f"(a) PyAV decode alone, threads on         {med('a'):7.1f} fps")
        b_a = ratio("b", "a")
        print(
            f"(b) project, one hash per second         {med('b'):7.1f} fps   "
            f"b/a = {b_a:.2f}  (target >= 0.8)"
        )
        print(f"(c) project, every frame                 {med('c'):7.1f} fps")
        ok = b_a >= 0.8
        if have_vpdq:
            c_d = ratio("c", "d")
            ok &= c_d >= 1.0
            print(
                f"(d) Meta's vpdq package, every frame     {med('d'):7.1f} fps   "
                f"c/d = {c_d:.2f}  (target >= 1.0)"
            )
            ours, theirs = project(clip, 0.0), meta_vpdq(clip)
            same = sum(1 for o, t in zip(ours, theirs, strict=False) if o == t)
            print(f"    frames identical to vpdq's: {same} of {len(theirs)} (ours: {len(ours)})")
        else:
            print("(d) Meta's vpdq package is not installed (or could not be built): skipped")
        print(f"targets met: {'yes' if ok else 'NO'}")

        if not args.no_memory:
            long = Path(tmp) / "long.mp4"
            repeat_clip(clip, long, max(1, round(LONG_SECONDS / args.seconds)))
            print("\npeak memory of a fresh process hashing one video (resident set, MB):")
            for sph, mode in ((1.0, "one hash per second"), (0.0, "every frame")):
                row = []
                for path in (clip, long):
                    m = peak_memory(path, sph)
                    row.append(
                        f"{m['frames'] / FPS:4.0f} s: {m['peak'] / 2**20:6.1f} "
                        f"(after imports {m['before'] / 2**20:5.1f}, {m['hashes']} hashes)"
                    )
                print(f"  {mode:20s} " + "   ".join(row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
