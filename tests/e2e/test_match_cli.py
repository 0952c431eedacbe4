"""``stopncii-desktop match``: is a copy I found covered by my hash set? Real processes, real files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import cast

import av
import jsonschema
import pytest
from PIL import Image

from tests.e2e.test_hash_cli import SCHEMA, run
from tests.media import write_photo
from tests.unit.test_video_clips import write_clip


def transcode(
    src: Path, dst: Path, codec: str, size: tuple[int, int], last: int | None = None
) -> None:
    """Re-encode a video as a platform would: other codec, other size, maybe cut short."""
    with av.open(str(src)) as inp, av.open(str(dst), "w") as out:
        stream = cast(av.video.stream.VideoStream, out.add_stream(codec, rate=10))
        stream.width, stream.height, stream.pix_fmt = size[0], size[1], "yuv420p"
        for i, frame in enumerate(inp.decode(video=0)):
            if last is not None and i >= last:
                break
            scaled = frame.reformat(width=size[0], height=size[1], format="yuv420p")
            scaled.pts = None
            for p in stream.encode(scaled):
                out.mux(p)
        for p in stream.encode():
            out.mux(p)


def test_match_finds_copies_and_not_strangers(tmp_path: Path) -> None:
    original = tmp_path / "original.mp4"
    write_clip(original, seconds=4.0, size=(320, 240), seed=1)
    photo = write_photo(tmp_path / "photo.jpg", seed=2)
    out = run("hash", "--every-frame", original, photo, "-o", tmp_path / "set.json")
    assert out.returncode == 0, out.stderr
    doc = json.loads((tmp_path / "set.json").read_text())
    jsonschema.validate(doc, SCHEMA)
    video_item = next(i for i in doc["items"] if i["media"] == "video")
    photo_item = next(i for i in doc["items"] if i["media"] == "image")
    types = [s["type"] for s in video_item["signals"]]
    assert types == ["vpdq", "md5", "sha256"]
    assert video_item["signals"][0]["seconds_per_hash"] == 0
    assert len(video_item["signals"][0]["frames"]) == 40

    reencoded = tmp_path / "found copy.webm"
    transcode(original, reencoded, "libvpx-vp9", (240, 180))
    clip = tmp_path / "clip.mkv"
    transcode(original, clip, "libx264", (320, 240), last=20)
    stranger = tmp_path / "stranger.mp4"
    write_clip(stranger, seconds=3.0, size=(320, 240), seed=9)
    resaved = tmp_path / "resaved.jpg"
    Image.open(photo).resize((400, 300)).save(resaved, quality=60)
    other_photo = write_photo(tmp_path / "other.jpg", seed=7)

    files = [reencoded, clip, stranger, resaved, other_photo, original]
    out = run("match", tmp_path / "set.json", *files, "--json")
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["file"] for r in rows] == [str(f) for f in files]
    by_name = {Path(r["file"]).name: r for r in rows}
    for name in ("found copy.webm", "clip.mkv", "original.mp4"):
        assert by_name[name]["matched"] is True, by_name[name]
        assert by_name[name]["item"] == video_item["id"]
        assert by_name[name]["percent"] >= 80
    assert by_name["clip.mkv"]["percent"] == 100.0
    assert by_name["stranger.mp4"]["matched"] is False
    assert by_name["stranger.mp4"]["item"] is None
    assert by_name["stranger.mp4"]["percent"] < 80
    assert by_name["resaved.jpg"]["matched"] is True
    assert by_name["resaved.jpg"]["item"] == photo_item["id"]
    assert by_name["resaved.jpg"]["distance"] <= 31
    assert by_name["other.jpg"]["matched"] is False
    assert by_name["other.jpg"]["distance"] > 31

    text = run("match", tmp_path / "set.json", reencoded, other_photo)
    assert text.returncode == 0
    lines = text.stdout.splitlines()
    assert "MATCHES item" in lines[0]
    assert "% of its frames matched" in lines[0]
    assert "no match" in lines[1]
    assert "distance" in lines[1]


def test_match_reports_bad_files_and_bad_sets(tmp_path: Path) -> None:
    original = tmp_path / "v.mp4"
    write_clip(original)
    assert run("hash", original, "-o", tmp_path / "set.json").returncode == 0
    broken = tmp_path / "broken.mp4"
    broken.write_bytes(b"\x00\x00\x00\x20ftypisom" + b"\x01" * 100)
    out = run("match", tmp_path / "set.json", broken, original, "--json")
    assert out.returncode == 1
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert rows[0]["matched"] is False
    assert rows[0]["error"] == "truncated"
    assert rows[1]["matched"] is True
    (tmp_path / "bad.json").write_text("{}")
    out = run("match", tmp_path / "bad.json", original)
    assert out.returncode == 2
    assert "not a valid hash set" in out.stderr


def test_a_copy_edited_as_apps_do_is_covered_by_the_robust_set_and_named(tmp_path: Path) -> None:
    from stopncii_desktop.hashing.variants import DIHEDRAL, ROBUST

    photo = write_photo(tmp_path / "photo.jpg", 1200, 900, seed=31)
    assert run("hash", photo, "-o", tmp_path / "plain.json").returncode == 0
    out = run("hash", "--robust", photo, "-o", tmp_path / "robust.json")
    assert out.returncode == 0, out.stderr
    doc = json.loads((tmp_path / "robust.json").read_text())
    jsonschema.validate(doc, SCHEMA)
    variants = [s["variant"] for s in doc["items"][0]["signals"] if s["type"] == "pdq"]
    assert variants[:8] == ["original", *DIHEDRAL]
    assert variants[8:] and set(variants[8:]) <= set(ROBUST)

    # A story (9:16) crop from the middle, as an app makes it, re-encoded.
    with Image.open(photo) as im:
        story = im.crop((347, 0, 853, 900))
    found = tmp_path / "found.jpg"
    story.save(found, quality=80)

    plain = json.loads(run("match", tmp_path / "plain.json", found, "--json").stdout)
    assert plain["matched"] is False and plain["variant"] is None
    robust = run("match", tmp_path / "robust.json", found, "--json")
    row = json.loads(robust.stdout)
    assert row["matched"] is True and row["variant"] == "crop-9x16", row
    text = run("match", tmp_path / "robust.json", found).stdout
    assert "MATCHES item" in text and "registered variant crop-9x16" in text


@pytest.mark.slow
def test_a_robust_case_file_plain_or_encrypted_matches_each_copy_to_its_own_photo(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Several robust photos in one set, carried as case files: each edited copy is matched
    to its own photo (the set's index is built once for all the files)."""
    from stopncii_desktop.hashing.transforms import TRANSFORMS

    photos = [write_photo(tmp_path / f"p{n}.jpg", 900, 700, seed=60 + n) for n in range(3)]
    assert run("hash", "--robust", *photos, "-o", tmp_path / "set.json").returncode == 0
    ids = [i["id"] for i in json.loads((tmp_path / "set.json").read_text())["items"]]
    found = []
    for n, (photo, edit) in enumerate(
        zip(photos, ("crop-1x1", "tilt-cw-2", "screenshot"), strict=True)
    ):
        with Image.open(photo) as im:
            copy = TRANSFORMS[edit](im.convert("RGB"))
        found.append(tmp_path / f"found{n}.jpg")
        copy.save(found[-1], quality=80)
    monkeypatch.setenv("STOPNCII_PASSPHRASE", "a long enough passphrase")
    assert run("export", "-o", tmp_path / "case.json", tmp_path / "set.json").returncode == 0
    out = run("export", "--encrypt", "-o", tmp_path / "case.enc", tmp_path / "set.json")
    assert out.returncode == 0, out.stderr
    for carried in ("set.json", "case.json", "case.enc"):
        out = run("match", tmp_path / carried, *found, "--json")
        assert out.returncode == 0, out.stderr
        rows = [json.loads(line) for line in out.stdout.splitlines()]
        assert [r["item"] for r in rows] == ids, (carried, rows)
        assert all(r["matched"] and r["variant"] not in ("original", None) for r in rows)
