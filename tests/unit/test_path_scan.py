"""What the person chose, as the files to hash: nothing waits on a pipe, nothing raises with a path."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from stopncii_desktop.gui.path_scan import Skip, scan
from tests.media import write_photo


def test_files_folders_and_what_is_skipped(tmp_path: Path) -> None:
    photo = write_photo(tmp_path / "a.jpg", seed=1)
    unnamed = tmp_path / "picture-without-extension"
    unnamed.write_bytes(photo.read_bytes())
    notes = tmp_path / "notes.txt"
    notes.write_text("not a picture")
    folder = tmp_path / "album"
    (folder / "deeper").mkdir(parents=True)
    inside = [
        write_photo(folder / "b.jpg", seed=2),
        write_photo(folder / "deeper" / "c.png", seed=3),
    ]
    (folder / "readme.md").write_text("text")

    found = scan([photo, unnamed, notes, folder, tmp_path / "gone.jpg", photo], set(), 100)
    assert [p for p, _ in found.files] == [photo, unnamed, *inside]
    assert all(size > 0 for _, size in found.files)
    assert found.skipped == [(notes, Skip.NOT_MEDIA), (folder / "readme.md", Skip.NOT_MEDIA)]
    assert found.missing == [tmp_path / "gone.jpg"]
    assert not found.stopped_at_limit


def test_known_files_and_the_limit(tmp_path: Path) -> None:
    photos = [write_photo(tmp_path / f"{n}.jpg", 64, 64, seed=n) for n in range(5)]
    found = scan([tmp_path], {photos[0].absolute()}, 2)
    assert [p for p, _ in found.files] == photos[1:3]
    assert found.stopped_at_limit


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFOs")
def test_pipes_are_not_files_and_are_never_opened(tmp_path: Path) -> None:
    named = tmp_path / "pipe"
    like_a_photo = tmp_path / "inside" / "pipe.jpg"
    like_a_photo.parent.mkdir()
    os.mkfifo(named)
    os.mkfifo(like_a_photo)
    found = scan([named, like_a_photo.parent], set(), 100)  # would hang if either were opened
    assert found.files == []
    assert found.skipped == [(named, Skip.NOT_A_FILE), (like_a_photo, Skip.NOT_A_FILE)]


def test_a_path_that_cannot_be_looked_at_goes_to_hashing(tmp_path: Path) -> None:
    too_long = tmp_path / ("x" * 300) / "a.jpg"
    found = scan([too_long], set(), 100)
    assert found.files == [(too_long, 0)] and found.missing == []


def test_stops_when_cancelled(tmp_path: Path) -> None:
    for n in range(3):
        write_photo(tmp_path / f"{n}.jpg", 64, 64, seed=n)
    assert scan([tmp_path], set(), 100, cancelled=lambda: True).files == []
