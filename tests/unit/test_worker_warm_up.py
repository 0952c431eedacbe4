"""A worker loads the video decoder only when a file of its batch may be a video."""

from __future__ import annotations

from pathlib import Path

from stopncii_desktop.hashing.batch import hash_files, iter_hash
from stopncii_desktop.hashing.options import HashOptions
from tests.media import write_photo
from tests.unit.test_video_clips import write_clip
from tests.workers_for_tests import says_whether_video_decoder_loaded


def _details(paths: list[Path]) -> set[str]:
    results = iter_hash(paths, HashOptions(), workers=1, runner=says_whether_video_decoder_loaded)
    return {r.error.detail for r in results if r.error is not None and r.error.detail}


def test_a_photo_only_batch_never_loads_the_video_decoder(tmp_path: Path) -> None:
    photos = [write_photo(tmp_path / f"p{n}.jpg", seed=n) for n in range(2)]
    assert _details(photos) == {"av not loaded"}


def test_a_batch_with_a_video_loads_it_before_the_first_file(tmp_path: Path) -> None:
    photo = write_photo(tmp_path / "p.jpg")
    clip = tmp_path / "clip.mp4"
    write_clip(clip)
    assert _details([photo, clip]) == {"av loaded"}


def test_a_video_named_as_a_photo_is_still_hashed_as_a_video(tmp_path: Path) -> None:
    clip = tmp_path / "clip.mp4"
    write_clip(clip)
    disguised = clip.rename(tmp_path / "holiday.jpg")
    (result,) = hash_files([disguised], HashOptions(), workers=1)
    assert result.ok, result.error
    assert any(s.type == "vpdq" for s in result.signals)
