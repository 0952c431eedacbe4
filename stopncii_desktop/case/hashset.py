"""The hash set document: the project's central format.

Versioned JSON (``stopncii_desktop/resources/schemas/hashset-v1.schema.json``, ``docs/hashset-format.md``)::

    {"format": "stopncii-hashset", "version": 1,
     "items": [{"id": "<random>", "media": "image",
                "signals": [{"type": "pdq", "value": "<64 hex>", "quality": 100,
                             "variant": "original"}, ...]}]}

It carries nothing about the file itself: no name, path, EXIF, size or date,
and item ids are random. The one exception is the local-only ``path`` that
``hash --with-paths`` adds for the user's own records; export and submission
refuse a document that has one (:meth:`HashSet.require_no_paths`).
"""

from __future__ import annotations

import json
import math
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from stopncii_desktop.hashing.results import (
    AnySignal,
    MediaResult,
    Signal,
    VpdqFrame,
    VpdqSignal,
)
from stopncii_desktop.hashing.signals import (
    SIGNAL_TYPES,
    PdqSignal,
    SignalTypeError,
    VpdqSignalType,
)
from stopncii_desktop.hashing.variants import ORIGINAL, PDQ_VARIANTS

FORMAT = "stopncii-hashset"
VERSION = 1
MEDIA_KINDS = ("image", "video")
#: Limits that keep a hostile document from exhausting memory or time.
MAX_ITEMS = 100_000
MAX_SIGNALS_PER_ITEM = 64
MAX_PATH_CHARS = 4096
_ID_CHARS = frozenset("0123456789abcdef")


class HashSetError(ValueError):
    """The document is not a valid hash set; the message says what is wrong."""


def new_item_id() -> str:
    """A random item id (128 bits) that says nothing about the file."""
    return secrets.token_hex(16)


@dataclass(slots=True)
class HashItem:
    id: str
    media: str
    signals: list[AnySignal] = field(default_factory=list)
    #: Local-only, for the user's own records (``--with-paths``); never exported or sent.
    path: str | None = None

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {
            "id": self.id,
            "media": self.media,
            "signals": [s.to_json() for s in self.signals],
        }
        if self.path is not None:
            out["path"] = self.path
        return out

    @classmethod
    def from_result(cls, result: MediaResult, with_path: bool = False) -> HashItem:
        if result.media is None or not result.ok:
            raise ValueError("only a successfully hashed file becomes an item")
        return cls(
            id=new_item_id(),
            media=result.media,
            signals=list(result.signals),
            path=str(result.path) if with_path else None,
        )


@dataclass(slots=True)
class HashSet:
    items: list[HashItem] = field(default_factory=list)

    @classmethod
    def from_results(cls, results: Iterable[MediaResult], with_paths: bool = False) -> HashSet:
        return cls([HashItem.from_result(r, with_paths) for r in results if r.ok])

    @property
    def has_paths(self) -> bool:
        return any(item.path is not None for item in self.items)

    def require_no_paths(self) -> None:
        if self.has_paths:
            raise HashSetError(
                "this hash set carries file paths (made with --with-paths); "
                "paths never leave this computer. Hash the files again without --with-paths"
            )

    def without_paths(self) -> HashSet:
        return HashSet([HashItem(i.id, i.media, list(i.signals), None) for i in self.items])

    def to_json(self) -> dict[str, object]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "items": [item.to_json() for item in self.items],
        }

    def dumps(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_json(), indent=indent, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, doc: object) -> HashSet:
        """Validate a parsed document completely and build the hash set."""
        return _parse_document(doc)

    @classmethod
    def loads(cls, text: str | bytes) -> HashSet:
        try:
            doc = json.loads(text)
        except (ValueError, RecursionError) as exc:
            raise HashSetError(f"not valid JSON: {exc}") from None
        return cls.from_json(doc)


def _require(cond: bool, message: str) -> None:
    if not cond:
        raise HashSetError(message)


def _keys(obj: Mapping[str, Any], allowed: set[str], required: set[str], where: str) -> None:
    extra = set(obj) - allowed
    _require(not extra, f"{where}: unknown field(s) {sorted(extra)}")
    missing = required - set(obj)
    _require(not missing, f"{where}: missing field(s) {sorted(missing)}")


def _quality(value: object, where: str) -> int:
    _require(
        isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 100,
        f"{where}: quality must be a whole number from 0 to 100",
    )
    assert isinstance(value, int)
    return value


def _parse_signal(obj: object, where: str) -> AnySignal:
    _require(isinstance(obj, dict), f"{where}: a signal must be an object")
    assert isinstance(obj, dict)
    kind = obj.get("type")
    if kind == VpdqSignalType.name:
        return _parse_vpdq(obj, where)
    _require(
        isinstance(kind, str) and kind in SIGNAL_TYPES, f"{where}: unknown signal type {kind!r}"
    )
    assert isinstance(kind, str)
    signal_type = SIGNAL_TYPES[kind]
    if signal_type is PdqSignal:
        _keys(obj, {"type", "value", "quality", "variant"}, {"type", "value", "quality"}, where)
    else:
        _keys(obj, {"type", "value"}, {"type", "value"}, where)
    try:
        value = signal_type.validate(obj["value"])
    except SignalTypeError as exc:
        raise HashSetError(f"{where}: {exc}") from None
    quality = None
    variant = None
    if signal_type is PdqSignal:
        quality = _quality(obj["quality"], where)
        variant = obj.get("variant", ORIGINAL)
        _require(variant in PDQ_VARIANTS, f"{where}: unknown PDQ variant {variant!r}")
    return Signal(kind, value, quality, variant)


def _parse_vpdq(obj: dict[str, Any], where: str) -> VpdqSignal:
    _keys(
        obj, {"type", "frames", "seconds_per_hash"}, {"type", "frames", "seconds_per_hash"}, where
    )
    sph = obj["seconds_per_hash"]
    _require(
        isinstance(sph, int | float)
        and not isinstance(sph, bool)
        and math.isfinite(sph)
        and 0 <= sph <= 3600,
        f"{where}: seconds_per_hash must be a number from 0 to 3600",
    )
    frames_in = obj["frames"]
    _require(isinstance(frames_in, list), f"{where}: frames must be a list")
    _require(len(frames_in) <= VpdqSignalType.max_frames, f"{where}: too many frames")
    frames = []
    for n, f in enumerate(frames_in):
        fw = f"{where} frame {n}"
        _require(isinstance(f, dict), f"{fw}: must be an object")
        _keys(
            f,
            {"value", "quality", "timestamp", "frame"},
            {"value", "quality", "timestamp", "frame"},
            fw,
        )
        try:
            value = PdqSignal.validate(f["value"])
        except SignalTypeError as exc:
            raise HashSetError(f"{fw}: {exc}") from None
        ts = f["timestamp"]
        _require(
            isinstance(ts, int | float)
            and not isinstance(ts, bool)
            and math.isfinite(ts)
            and ts >= 0,
            f"{fw}: timestamp must be a number of seconds, 0 or more",
        )
        idx = f["frame"]
        _require(
            isinstance(idx, int) and not isinstance(idx, bool) and idx >= 0,
            f"{fw}: frame must be a whole number, 0 or more",
        )
        frames.append(VpdqFrame(value, _quality(f["quality"], fw), float(ts), idx))
    return VpdqSignal(tuple(frames), float(sph))


def _parse_item(obj: object, n: int) -> HashItem:
    where = f"item {n}"
    _require(isinstance(obj, dict), f"{where}: must be an object")
    assert isinstance(obj, dict)
    _keys(obj, {"id", "media", "signals", "path"}, {"id", "media", "signals"}, where)
    item_id = obj["id"]
    _require(
        isinstance(item_id, str) and 8 <= len(item_id) <= 64 and set(item_id) <= _ID_CHARS,
        f"{where}: id must be 8 to 64 lowercase hexadecimal digits",
    )
    media = obj["media"]
    _require(media in MEDIA_KINDS, f"{where}: media must be one of {list(MEDIA_KINDS)}")
    signals = obj["signals"]
    _require(
        isinstance(signals, list) and len(signals) > 0, f"{where}: signals must be a non-empty list"
    )
    _require(len(signals) <= MAX_SIGNALS_PER_ITEM, f"{where}: too many signals")
    path = obj.get("path")
    _require(
        path is None or (isinstance(path, str) and 0 < len(path) <= MAX_PATH_CHARS),
        f"{where}: path must be text",
    )
    return HashItem(
        item_id,
        media,
        [_parse_signal(s, f"{where} signal {k}") for k, s in enumerate(signals)],
        path,
    )


def _parse_document(doc: object) -> HashSet:
    _require(isinstance(doc, dict), "a hash set must be a JSON object")
    assert isinstance(doc, dict)
    _require(doc.get("format") == FORMAT, f"not a hash set (format is not {FORMAT!r})")
    version = doc.get("version")
    _require(
        isinstance(version, int) and not isinstance(version, bool),
        "the hash set has no valid version number",
    )
    _require(
        version == VERSION,
        f"this hash set is version {version}; this app reads version {VERSION}. "
        "A newer version of the app may be needed",
    )
    _keys(doc, {"format", "version", "items"}, {"format", "version", "items"}, "hash set")
    items = doc["items"]
    _require(isinstance(items, list), "items must be a list")
    _require(len(items) <= MAX_ITEMS, f"too many items (at most {MAX_ITEMS})")
    parsed = [_parse_item(obj, n) for n, obj in enumerate(items)]
    ids = [i.id for i in parsed]
    _require(len(set(ids)) == len(ids), "two items have the same id")
    return HashSet(parsed)
