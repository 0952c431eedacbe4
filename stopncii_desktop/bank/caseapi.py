"""The project's case API as a hash bank.

The protocol is ``stopncii_desktop/resources/api/caseapi-openapi.json`` (OpenAPI 3.1), described
in ``docs/cases-and-banks.md``.

The case token is the credential: it goes in the ``Case-Token`` header of
every request, never in a URL. A submission is one ``POST /v1/case/hashes``
per unit, each with its own ``Idempotency-Key``, so a retried or resumed
submission is stored once. A unit holds whole pictures (all of a picture's
fingerprints in one request) and stays within the protocol's limits per
request (``MAX_HASHES_PER_REQUEST``, ``MAX_REQUEST_BYTES``,
``MAX_REQUEST_VALUES``): a large robust submission (a few hundred photos of
about 45 fingerprints each) becomes several units. A submission that would take
the case past ``MAX_HASHES_PER_CASE`` is refused when it is planned, before
anything is queued or sent. The reference server takes these same limits.
A connection test asks ``GET /v1/health``, then ``GET /v1/case`` with a fresh
throwaway token (so a wrong bearer token shows up).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from stopncii_desktop.bank.base import (
    BankClient,
    BankError,
    EntryStatus,
    Plan,
    RemoteEntry,
    Unit,
    capped_note,
    pdqs_to_send,
    unreliable_note,
)
from stopncii_desktop.bank.endpoints import Endpoint
from stopncii_desktop.bank.transport import Transport, TransportOptions
from stopncii_desktop.case.hashset import HashItem, HashSet
from stopncii_desktop.case.jsonsize import values_bound
from stopncii_desktop.case.token import CaseToken, new_token
from stopncii_desktop.hashing.results import Signal, VpdqSignal
from stopncii_desktop.hashing.signals import PdqSignal
from stopncii_desktop.hashing.vpdq import to_hma

API = "/v1"
#: Hash types the case API takes.
HASH_TYPES = ("pdq", "md5", "sha256", "vpdq", "phash", "dhash")
#: The protocol's limits (the OpenAPI file's ``maxItems`` and ``x-limits``; the
#: reference server refuses more): hashes in one request, ...
MAX_HASHES_PER_REQUEST = 10_000
#: ... bytes of one request's body, and values and keys in it (``case/jsonsize.py``) ...
MAX_REQUEST_BYTES = 32 * 1024 * 1024
MAX_REQUEST_VALUES = 4 * 1024 * 1024
#: ... and hashes one case may hold, withdrawn ones included.
MAX_HASHES_PER_CASE = 50_000
#: The key of a submission's unit when it is the only one (as before units were split).
ONE_UNIT = "case"
_BODY_HEAD = b'{"hashes":['
_BODY_TAIL = b"]}"
#: An empty body's bytes, and its values as ``values_bound`` counts them (with room to spare).
_EMPTY_SIZE = len(_BODY_HEAD) + len(_BODY_TAIL)
_EMPTY_VALUES = 5


def item_hashes(
    item: HashItem, include_low_quality: bool = False, cap: int | None = None
) -> tuple[list[dict[str, object]], list[str], int]:
    """The ``hashes`` entries of one local item, notes on what is held back, and how many
    of its PDQ fingerprints the cap (at most ``cap`` per picture) left out."""
    hashes: list[dict[str, object]] = []
    held: list[str] = []
    pdqs = [
        s
        for s in item.signals
        if isinstance(s, Signal)
        and s.type == PdqSignal.name
        and (s.reliable or include_low_quality)
    ]
    kept, left_out = pdqs_to_send(pdqs, cap)
    dropped = [s for s in pdqs if not any(s is k for k in kept)]
    for s in item.signals:
        entry: dict[str, object] = {"ref": item.id, "media": item.media, "type": s.type}
        if isinstance(s, VpdqSignal):
            if not s.reliable:
                # Never, even when asked: such a vPDQ breaks a downstream HMA index.
                held.append(unreliable_note(s))
                continue
            entry["value"] = to_hma(s)
        else:
            if s.type not in HASH_TYPES:
                continue
            if not s.reliable and not include_low_quality:
                held.append(unreliable_note(s))
                continue
            if any(s is d for d in dropped):
                continue
            entry["value"] = s.value
            if s.quality is not None:
                entry["quality"] = s.quality
            if s.variant is not None:
                entry["variant"] = s.variant
        hashes.append(entry)
    return hashes, held, left_out


@dataclass(slots=True)
class _Packer:
    """Whole items into request bodies, each within the protocol's limits per request."""

    units: list[Unit] = field(default_factory=list)
    hashes: list[object] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)
    size: int = _EMPTY_SIZE
    values: int = _EMPTY_VALUES

    def add(self, item_id: str, hashes: list[dict[str, object]]) -> None:
        encoded = [json.dumps(h, separators=(",", ":")).encode() for h in hashes]
        size = sum(len(e) for e in encoded) + len(encoded)  # with the commas between
        values = sum(values_bound(e) - 1 for e in encoded) + 2 * len(encoded)
        if (
            len(hashes) > MAX_HASHES_PER_REQUEST
            or size + _EMPTY_SIZE > MAX_REQUEST_BYTES
            or values + _EMPTY_VALUES > MAX_REQUEST_VALUES
        ):
            raise BankError(
                "one video's fingerprint is too large for this bank to take in one request: "
                "hash the video in shorter parts, or with fewer fingerprints per second"
            )
        if self.hashes and (
            len(self.hashes) + len(hashes) > MAX_HASHES_PER_REQUEST
            or self.size + size > MAX_REQUEST_BYTES
            or self.values + values > MAX_REQUEST_VALUES
        ):
            self.close()
        self.hashes += hashes
        self.ids.append(item_id)
        self.size += size
        self.values += values

    def close(self) -> None:
        if self.hashes:
            self.units.append(Unit("", tuple(dict.fromkeys(self.ids)), {"hashes": self.hashes}))
        self.hashes, self.ids = [], []
        self.size, self.values = _EMPTY_SIZE, _EMPTY_VALUES

    def done(self) -> list[Unit]:
        """The units, keyed ``case`` when there is one (as before), else ``case.1``, ..."""
        self.close()
        if len(self.units) == 1:
            return [Unit(ONE_UNIT, self.units[0].item_ids, self.units[0].body)]
        return [
            Unit(f"{ONE_UNIT}.{n}", u.item_ids, u.body) for n, u in enumerate(self.units, start=1)
        ]


def too_many_for_a_case(total: int, held: int, hashset: HashSet) -> str:
    """The plain refusal for a submission that would take a case past what it may hold."""
    before = f" (it already holds {held:,} from earlier submissions)" if held else ""
    pictures = len(hashset.items)
    each = max(1, round(total / pictures)) if pictures else 1
    fit = max(0, MAX_HASHES_PER_CASE - held) // each
    room = (
        f"with about {each} fingerprints each, about {fit:,} of these pictures fit in this case"
        if fit
        else "this case has no room left"
    )
    return (
        f"this case would hold {held + total:,} fingerprints, more than the "
        f"{MAX_HASHES_PER_CASE:,} one case may hold at this bank{before}. Nothing was saved "
        f"or sent. Send the pictures in smaller groups, each group with a new case token "
        f"({room})"
    )


class CaseApiClient(BankClient):
    def __init__(
        self,
        endpoint: Endpoint,
        bearer_token: str | None = None,
        options: TransportOptions | None = None,
    ) -> None:
        self.endpoint = endpoint
        self.transport = Transport(
            endpoint.url, pin=endpoint.pin, bearer_token=bearer_token, options=options
        )

    @staticmethod
    def _headers(token: CaseToken) -> dict[str, str]:
        return {"Case-Token": token.value}

    def close(self) -> None:
        self.transport.close()

    def check(self) -> None:
        self.transport.request("GET", f"{API}/health")
        self.transport.request(
            "GET", f"{API}/case", headers=self._headers(new_token()), accept=(200, 404)
        )

    def plan(
        self,
        hashset: HashSet,
        token: CaseToken,
        include_low_quality: bool = False,
        held: int = 0,
    ) -> Plan:
        hashset.require_no_paths()
        cap = self.endpoint.max_pdq_per_picture
        packer = _Packer()
        notes: list[str] = []
        total = left_out = capped = 0
        for item in hashset.items:
            hashes, item_notes, left = item_hashes(item, include_low_quality, cap)
            notes += item_notes
            left_out += left
            capped += left > 0
            total += len(hashes)
            if hashes:
                packer.add(item.id, hashes)
        if held + total > MAX_HASHES_PER_CASE:
            raise BankError(too_many_for_a_case(total, held, hashset))
        if cap is not None and left_out:
            notes.append(capped_note(left_out, capped, cap))
        return Plan(packer.done(), notes)

    def describe_requests(self, plan: Plan, token: CaseToken) -> dict[str, object]:
        return {
            "to": self.endpoint.url,
            "header": self._headers(token),
            "requests": [dict(unit.body) for unit in plan.units],
        }

    def send_unit(self, unit: Unit, token: CaseToken, idempotency_key: str) -> list[RemoteEntry]:
        headers = {**self._headers(token), "Idempotency-Key": idempotency_key}
        resp = self.transport.request(
            "POST", f"{API}/case/hashes", body=dict(unit.body), headers=headers, accept=(200, 201)
        )
        return _entries(resp.body)

    def status(self, token: CaseToken, entries: list[RemoteEntry]) -> list[EntryStatus]:
        resp = self.transport.request(
            "GET", f"{API}/case", headers=self._headers(token), accept=(200, 404)
        )
        if resp.status == 404:
            return [EntryStatus(e.remote_id, "absent", e.signals, e.item_id) for e in entries]
        hashes = resp.body.get("hashes") if isinstance(resp.body, dict) else None
        if not isinstance(hashes, list):
            raise BankError("the bank's answer is not valid")
        out = []
        for h in hashes:
            if not isinstance(h, dict) or not isinstance(h.get("id"), str):
                raise BankError("the bank's answer is not valid")
            state, ref = h.get("state"), h.get("ref")
            out.append(
                EntryStatus(
                    h["id"],
                    state if state in ("active", "withdrawn") else "absent",
                    (str(h.get("type")),),
                    ref if isinstance(ref, str) else None,
                )
            )
        return out

    def withdraw(
        self, token: CaseToken, entries: list[RemoteEntry], remote_id: str | None = None
    ) -> int:
        path = f"{API}/case" if remote_id is None else f"{API}/case/hashes/{_hash_id(remote_id)}"
        resp = self.transport.request("DELETE", path, headers=self._headers(token))
        count = resp.body.get("withdrawn") if isinstance(resp.body, dict) else None
        if not isinstance(count, int) or isinstance(count, bool):
            raise BankError("the bank's answer is not valid")
        return count


def _hash_id(remote_id: str) -> str:
    if not remote_id or len(remote_id) > 64 or not all(c.isalnum() or c in "_-" for c in remote_id):
        raise BankError("this is not a valid hash id")
    return remote_id


def _entries(body: object) -> list[RemoteEntry]:
    hashes = body.get("hashes") if isinstance(body, dict) else None
    if not isinstance(hashes, list):
        raise BankError("the bank's answer has no hash ids")
    out = []
    for h in hashes:
        if not (
            isinstance(h, dict)
            and isinstance(h.get("id"), str)
            and isinstance(h.get("ref"), str)
            and isinstance(h.get("type"), str)
        ):
            raise BankError("the bank's answer has no hash ids")
        out.append(RemoteEntry(h["id"], h["ref"], (h["type"],)))
    return out
