"""The hash set document: round trip, the JSON Schema, and strict rejection of bad input."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stopncii_desktop.case.hashset import HashItem, HashSet, HashSetError, new_item_id
from stopncii_desktop.hashing.options import HashOptions
from stopncii_desktop.hashing.photo import hash_photo
from stopncii_desktop.hashing.results import AnySignal, Signal, VpdqFrame, VpdqSignal
from stopncii_desktop.resources import resource_path
from tests.media import write_photo

SCHEMA = json.loads(resource_path("schemas", "hashset-v1.schema.json").read_text())
PDQ = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22"


def _doc() -> dict[str, Any]:
    item = HashItem(
        new_item_id(),
        "image",
        [Signal("pdq", PDQ, 100, "original"), Signal("md5", "0" * 32), Signal("sha256", "a" * 64)],
    )
    video = HashItem(
        new_item_id(),
        "video",
        [
            VpdqSignal((VpdqFrame(PDQ, 90, 0.0, 0), VpdqFrame(PDQ, 40, 1.0, 30)), 1.0),
            Signal("md5", "1" * 32),
        ],
    )
    return HashSet([item, video]).to_json()


def test_round_trip_and_schema() -> None:
    doc = _doc()
    jsonschema.validate(doc, SCHEMA)
    parsed = HashSet.from_json(json.loads(json.dumps(doc)))
    assert parsed.to_json() == doc


def test_real_results_validate(tmp_path: Path) -> None:
    results = [
        hash_photo(
            write_photo(tmp_path / f"{n}.jpg", seed=n),
            HashOptions(dihedral=True, extra_signals=("phash", "dhash")),
        )
        for n in range(2)
    ]
    doc = json.loads(HashSet.from_results(results).dumps())
    jsonschema.validate(doc, SCHEMA)
    assert doc["format"] == "stopncii-hashset" and doc["version"] == 1
    ids = [item["id"] for item in doc["items"]]
    assert len(set(ids)) == 2 and all(len(i) == 32 for i in ids)


def test_paths_only_on_request_and_refused_for_export(tmp_path: Path) -> None:
    result = hash_photo(write_photo(tmp_path / "me.jpg"), HashOptions())
    plain = HashSet.from_results([result])
    assert not plain.has_paths and "me.jpg" not in plain.dumps()
    plain.require_no_paths()
    with_paths = HashSet.from_results([result], with_paths=True)
    assert with_paths.items[0].path == str(tmp_path / "me.jpg")
    jsonschema.validate(with_paths.to_json(), SCHEMA)
    with pytest.raises(HashSetError, match="paths"):
        with_paths.require_no_paths()
    assert not with_paths.without_paths().has_paths


def _mutations() -> list[tuple[str, Any]]:
    return [
        ("format", lambda d: d.update(format="other")),
        ("version", lambda d: d.update(version=2)),
        ("version-str", lambda d: d.update(version="1")),
        ("extra-top", lambda d: d.update(name="x")),
        ("upper-hex", lambda d: d["items"][0]["signals"][0].update(value=PDQ.upper())),
        ("short-hex", lambda d: d["items"][0]["signals"][0].update(value=PDQ[:-1])),
        ("quality-range", lambda d: d["items"][0]["signals"][0].update(quality=101)),
        ("quality-bool", lambda d: d["items"][0]["signals"][0].update(quality=True)),
        ("unknown-type", lambda d: d["items"][0]["signals"][0].update(type="tmk")),
        ("unknown-variant", lambda d: d["items"][0]["signals"][0].update(variant="sideways")),
        ("media", lambda d: d["items"][0].update(media="audio")),
        ("filename", lambda d: d["items"][0].update(filename="me.jpg")),
        ("exif", lambda d: d["items"][0]["signals"][1].update(exif="x")),
        ("no-signals", lambda d: d["items"][0].update(signals=[])),
        ("dup-id", lambda d: d["items"][1].update(id=d["items"][0]["id"])),
        ("bad-id", lambda d: d["items"][0].update(id="../../etc")),
        ("frame-ts", lambda d: d["items"][1]["signals"][0]["frames"][0].update(timestamp=-1)),
        (
            "frame-nan",
            lambda d: d["items"][1]["signals"][0]["frames"][0].update(timestamp=float("inf")),
        ),
        ("sph", lambda d: d["items"][1]["signals"][0].update(seconds_per_hash=-1)),
        ("items-obj", lambda d: d.update(items={})),
    ]


@pytest.mark.parametrize(("name", "mutate"), _mutations(), ids=[m[0] for m in _mutations()])
def test_rejects_invalid_documents(name: str, mutate: Any) -> None:
    doc = copy.deepcopy(_doc())
    mutate(doc)
    with pytest.raises(HashSetError):
        HashSet.from_json(doc)
    if name not in ("dup-id", "frame-nan"):  # the schema cannot say these two
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(doc, SCHEMA)


def test_unknown_version_says_a_newer_app_may_be_needed() -> None:
    doc = _doc()
    doc["version"] = 7
    with pytest.raises(HashSetError, match="newer version"):
        HashSet.from_json(doc)


def test_not_json() -> None:
    with pytest.raises(HashSetError, match="JSON"):
        HashSet.loads(b"\xff\xfe not json")
    with pytest.raises(HashSetError):
        HashSet.loads("[" * 100_000)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=70),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=5)
    ),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None)
@given(json_values)
def test_parser_never_crashes_on_arbitrary_json(value: object) -> None:
    try:
        HashSet.from_json(value)
    except HashSetError:
        pass


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_parser_never_crashes_on_mutated_documents(data: st.DataObject) -> None:
    doc = _doc()
    item = data.draw(st.sampled_from(doc["items"]))
    key = data.draw(st.sampled_from(sorted(item)))
    item[key] = data.draw(json_values)
    try:
        HashSet.from_json(doc)
    except HashSetError:
        pass


def test_every_variant_name_is_read_and_in_the_schema() -> None:
    """The variant names live in hashing/variants.py; the schema and the parser follow them."""
    from stopncii_desktop.hashing.variants import PDQ_VARIANTS

    assert SCHEMA["$defs"]["pdq"]["properties"]["variant"]["enum"] == list(PDQ_VARIANTS)
    signals: list[AnySignal] = [Signal("pdq", PDQ, 90, v) for v in PDQ_VARIANTS]
    items = [HashItem(new_item_id(), "image", signals[k : k + 40]) for k in range(0, 200, 40)]
    doc = HashSet([i for i in items if i.signals]).to_json()
    jsonschema.validate(doc, SCHEMA)
    parsed = HashSet.from_json(doc)
    read = [s.variant for i in parsed.items for s in i.signals if isinstance(s, Signal)]
    assert read == list(PDQ_VARIANTS)
