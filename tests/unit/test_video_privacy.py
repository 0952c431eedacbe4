"""Videos: nothing written to disk, no name or path in what is told, bad ones fail alone."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from stopncii_desktop.hashing.batch import hash_files
from stopncii_desktop.hashing.errors import ErrorCode
from stopncii_desktop.hashing.options import HashOptions
from stopncii_desktop.hashing.results import MediaResult
from tests.unit.test_video_clips import vpdq_of, write_audio_only, write_clip


def _told(result: MediaResult) -> str:
    """Everything a result says in words: notes, error message and detail, local facts."""
    parts = [*result.notes, repr(result.facts)]
    if result.error is not None:
        parts += [str(result.error), result.error.detail or ""]
    return "\n".join(parts)


def _listing(folder: Path) -> list[tuple[str, int]]:
    return sorted((str(p.relative_to(folder)), p.stat().st_size) for p in folder.rglob("*"))


def test_hashing_videos_writes_nothing_and_names_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "Private videos of maria"
    folder.mkdir()
    temp = tmp_path / "temp"
    temp.mkdir()
    for var in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(var, str(temp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    monkeypatch.chdir(temp)
    good = folder / "maria nude \u202e4pm.mp4"
    write_clip(good, seconds=1.0)
    damaged = folder / "maria\nhotel.webm"
    write_clip(damaged, "libvpx-vp9", corrupt=lambda k: k == 3)
    ruined = folder / "maria_ruined.mkv"
    write_clip(ruined, corrupt=lambda k: True)
    voice = folder / "maria_voice.m4a"
    write_audio_only(voice)
    before = _listing(folder)

    paths = [good, damaged, ruined, voice]
    for options in (HashOptions(), HashOptions(seconds_per_hash=0, prune_distance=4)):
        results = hash_files(paths, options, workers=0)
        assert [r.ok for r in results] == [True, True, False, False]
        assert results[1].notes, "the damage must be told"
        for result in results:
            told = _told(result)
            assert "maria" not in told.lower()
            assert str(folder) not in told
            assert "Private" not in told

    assert _listing(folder) == before
    assert list(temp.iterdir()) == []


def test_a_bad_video_does_not_stop_the_batch(tmp_path: Path) -> None:
    good1, good2 = tmp_path / "1.mp4", tmp_path / "5.mkv"
    write_clip(good1, seed=1)
    write_clip(good2, seed=2)
    junk = tmp_path / "2.mp4"
    junk.write_bytes(b"\x00\x00\x00\x20ftypisom" + os.urandom(3000))
    voice = tmp_path / "3.m4a"
    write_audio_only(voice)
    ruined = tmp_path / "4.mkv"
    write_clip(ruined, corrupt=lambda k: True)
    results = hash_files([good1, junk, voice, ruined, good2], HashOptions(), workers=2)
    assert [r.index for r in results] == [0, 1, 2, 3, 4]
    codes = [None if r.error is None else r.error.code for r in results]
    assert codes == [
        None,
        ErrorCode.TRUNCATED,
        ErrorCode.NO_VIDEO_STREAM,
        ErrorCode.NO_DECODABLE_FRAME,
        None,
    ]
    assert vpdq_of(results[0]).frames != vpdq_of(results[4]).frames
    for r in results[1:4]:
        assert r.error is not None and r.error.message, "a plain message for each"
