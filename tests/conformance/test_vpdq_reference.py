"""vPDQ against Meta's reference hashes in ../shared/vectors/vpdq/.

``test-padded-dimensions`` was made with the current reference and must be
reproduced bit for bit. The other files were made with older FFmpeg
conversions; the reference's own regression rule applies (same frame
numbers; Hamming distance < 31 wherever both qualities are >= 50), and the
mean distance per file is printed and recorded in the test report
(``pytest -rA`` or ``-s`` shows it). Where Meta's ``vpdq`` package is
installed, clips generated here in many codecs are also checked against it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import cast

import av
import numpy as np
import numpy.typing as npt
import pytest
from av.video.reformatter import ColorRange, Colorspace, Interpolation, VideoReformatter

from stopncii_desktop.hashing import _pdq
from stopncii_desktop.hashing.options import HashOptions
from stopncii_desktop.hashing.results import VpdqSignal
from stopncii_desktop.hashing.signals import PdqSignal
from stopncii_desktop.hashing.video import hash_video
from tests.conftest import VECTORS
from tests.unit.test_video_clips import has_encoder, write_clip

HASHES = VECTORS / "vpdq" / "hashes"
VIDEOS = VECTORS / "vpdq" / "videos"
EXACT = "test-padded-dimensions"


def _names() -> list[str]:
    if not HASHES.is_dir():
        return [EXACT]
    return sorted(p.stem for p in HASHES.glob("*.txt"))


def _reference(path: Path) -> dict[int, tuple[int, str, float]]:
    rows: dict[int, tuple[int, str, float]] = {}
    for line in path.read_text().splitlines():
        if line.strip():
            n, q, h, ts = line.strip().split(",")
            rows[int(n)] = (int(q), h, float(ts))
    return rows


def _ours_native(video: Path) -> dict[int, tuple[int, str, float]]:
    result = hash_video(video, HashOptions(seconds_per_hash=0))
    assert result.ok, result.error
    signal = result.signals[0]
    assert isinstance(signal, VpdqSignal)
    return {f.frame: (f.quality, f.value, f.timestamp) for f in signal.frames}


def _ours_128(video: Path) -> dict[int, tuple[int, str, float]]:
    """The old ``-128x128`` flavour: each frame squashed to 128x128 with LANCZOS first."""
    out: dict[int, tuple[int, str, float]] = {}
    # One reformatter for every frame, as the app does: it keeps its scaler, whose LANCZOS
    # filter would otherwise be built again for each frame (half the time of this test).
    reformatter = VideoReformatter()
    with av.open(str(video)) as c:
        stream = c.streams.video[0]
        fps = float(stream.average_rate or 30)
        for n, frame in enumerate(c.decode(stream)):
            rgb = reformatter.reformat(
                frame,
                width=128,
                height=128,
                format="rgb24",
                interpolation=Interpolation.LANCZOS,
                src_colorspace=Colorspace.ITU601,
                dst_colorspace=Colorspace.ITU601,
                src_color_range=ColorRange.MPEG,
            ).to_ndarray()
            r, _ = _pdq.pdq_from_rgb(cast(npt.NDArray[np.uint8], rgb))
            out[n] = (r.quality, r.hash_hex, round(n / fps, 3))
    return out


def test_padded_dimensions_bit_exact(vectors_dir: Path) -> None:
    ref = _reference(HASHES / f"{EXACT}.txt")
    ours = _ours_native(VIDEOS / f"{EXACT}.mp4")
    assert sorted(ours) == sorted(ref)
    mismatched = [n for n in ref if ours[n] != ref[n]]
    assert not mismatched, f"{len(mismatched)} frame(s) differ, first {mismatched[:5]}"


@pytest.mark.slow
@pytest.mark.parametrize("name", [n for n in _names() if n != EXACT])
def test_regression_rule(
    vectors_dir: Path, name: str, record_property: Callable[[str, object], None]
) -> None:
    base = name.removesuffix("-128x128")
    video = VIDEOS / f"{base}.mp4"
    if not video.exists():
        pytest.skip(f"the reference hashes {name}.txt have no video beside them in the vectors")
    ref = _reference(HASHES / f"{name}.txt")
    ours = _ours_128(video) if name.endswith("-128x128") else _ours_native(video)
    assert sorted(ours) == sorted(ref), "not the same frame numbers"
    distances = []
    for n, (q_ref, h_ref, _) in ref.items():
        q, h, _ = ours[n]
        if q >= 50 and q_ref >= 50:
            distances.append(PdqSignal.hamming(h, h_ref))
    assert distances, "no frame of quality >= 50 on both sides"
    mean = sum(distances) / len(distances)
    record_property("mean_distance", round(mean, 3))
    print(
        f"\n{name}: {len(distances)} frames compared, mean distance {mean:.3f}, max {max(distances)}"
    )
    assert max(distances) < 31
    # Far inside the rule: the conversions differ only in rounding.
    assert mean < 8


# Clips generated here, hashed by us and by Meta's ``vpdq`` package (C++ over the system's
# FFmpeg), where it is installed: ``pip install vpdq`` after FFmpeg's development headers.
# 8-bit pictures are converted identically; 10-bit ones differ by a bit or two on some
# frames, most likely in libswscale's high-bit-depth conversion (FFmpeg 5.1 there, 8.1 in PyAV).
PACKAGE_CASES = [
    ("libx264", "mp4", "yuv420p", 0.0),
    ("libx264", "mp4", "yuvj420p", 0.0),
    ("libx264", "mkv", "yuv444p", 0.0),
    ("libx264", "mov", "yuv422p", 0.5),
    ("libx265", "mp4", "yuv420p", 0.0),
    ("libvpx", "webm", "yuv420p", 0.35),
    ("libvpx-vp9", "webm", "yuv420p", 0.0),
    ("libsvtav1", "mkv", "yuv420p", 0.0),
    ("mpeg4", "avi", "yuv420p", 0.0),
    ("libx264", "mkv", "yuv420p10le", 0.0),
    ("libx265", "mkv", "yuv420p10le", 0.0),
]


@pytest.mark.parametrize(
    ("codec", "ext", "pix_fmt", "seconds_per_hash"),
    PACKAGE_CASES,
    ids=[f"{c}-{e}-{p}-{s:g}" for c, e, p, s in PACKAGE_CASES],
)
def test_same_as_metas_vpdq_package(
    tmp_path: Path, codec: str, ext: str, pix_fmt: str, seconds_per_hash: float
) -> None:
    vpdq = pytest.importorskip("vpdq", reason="Meta's vpdq package is not installed")
    if not has_encoder(codec):
        pytest.skip(f"this PyAV build has no {codec} encoder")
    path = tmp_path / f"clip.{ext}"
    write_clip(path, codec, seconds=1.0, fps=10, size=(176, 144), pix_fmt=pix_fmt)
    result = hash_video(path, HashOptions(seconds_per_hash=seconds_per_hash))
    assert result.ok, result.error
    ours = cast(VpdqSignal, result.signals[0]).frames
    theirs = vpdq.computeHash(str(path), seconds_per_hash=seconds_per_hash)
    assert [f.frame for f in ours] == [int(t.frame_number) for t in theirs]
    assert [f.timestamp for f in ours] == pytest.approx([float(t.timestamp) for t in theirs])
    distances = [PdqSignal.hamming(f.value, str(t.hex)) for f, t in zip(ours, theirs, strict=True)]
    if pix_fmt.endswith("10le"):
        assert max(distances) <= 4
    else:
        assert distances == [0] * len(ours)
        assert [f.quality for f in ours] == [int(t.quality) for t in theirs]
