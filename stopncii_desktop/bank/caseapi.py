"""The project's case API as a hash bank.

The protocol is ``stopncii_desktop/resources/api/caseapi-openapi.json`` (OpenAPI 3.1), described
in ``docs/cases-and-banks.md``.

The case token is the credential: it goes in the ``Case-Token`` header of
every request, never in a URL. A submission is one ``POST /v1/case/hashes``
with an ``Idempotency-Key``, so a retried or resumed submission is stored once.
A connection test asks ``GET /v1/health``, then ``GET /v1/case`` with a fresh
throwaway token (so a wrong bearer token shows up).
"""

from __future__ import annotations

from stopncii_desktop.bank.base import (
    BankClient,
    BankError,
    EntryStatus,
    Plan,
    RemoteEntry,
    Unit,
    unreliable_note,
)
from stopncii_desktop.bank.endpoints import Endpoint
from stopncii_desktop.bank.transport import Transport, TransportOptions
from stopncii_desktop.case.hashset import HashSet
from stopncii_desktop.case.token import CaseToken, new_token
from stopncii_desktop.hashing.results import VpdqSignal
from stopncii_desktop.hashing.vpdq import to_hma

API = "/v1"
#: Hash types the case API takes.
HASH_TYPES = ("pdq", "md5", "sha256", "vpdq", "phash", "dhash")


def plan_case(
    hashset: HashSet, include_low_quality: bool = False
) -> tuple[list[object], list[str]]:
    """The ``hashes`` list of a submission, and notes on what is held back."""
    hashes: list[object] = []
    held: list[str] = []
    for item in hashset.items:
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
                entry["value"] = s.value
                if s.quality is not None:
                    entry["quality"] = s.quality
                if s.variant is not None:
                    entry["variant"] = s.variant
            hashes.append(entry)
    return hashes, held


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

    def plan(self, hashset: HashSet, token: CaseToken, include_low_quality: bool = False) -> Plan:
        hashset.require_no_paths()
        hashes, held = plan_case(hashset, include_low_quality)
        units = []
        if hashes:
            ids = tuple(dict.fromkeys(i.id for i in hashset.items))
            units.append(Unit("case", ids, {"hashes": hashes}))
        return Plan(units, held)

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
            return [EntryStatus(e.remote_id, "absent", e.signals) for e in entries]
        hashes = resp.body.get("hashes") if isinstance(resp.body, dict) else None
        if not isinstance(hashes, list):
            raise BankError("the bank's answer is not valid")
        out = []
        for h in hashes:
            if not isinstance(h, dict) or not isinstance(h.get("id"), str):
                raise BankError("the bank's answer is not valid")
            state = h.get("state")
            out.append(
                EntryStatus(
                    h["id"],
                    state if state in ("active", "withdrawn") else "absent",
                    (str(h.get("type")),),
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
