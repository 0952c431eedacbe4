"""Meta's Hasher-Matcher-Actioner (HMA 2.x) curation API as a hash bank.

* add: ``POST /c/bank/<BANK>/signal`` with ``{"pdq": ..., "video_md5": ...,
  "video_sha256": ..., "vpdq": ..., "note": <case token>}``, one request per
  content item, answered ``{"id": <content id>, "signals": {...}}``;
* status: ``GET /c/bank/<BANK>/content/<id>``; withdraw:
  ``DELETE /c/bank/<BANK>/content/<id>`` answered ``{"deleted": 1}``;
* connection test: ``GET /c/bank/<BANK>`` (the bank exists, the token is accepted).

HMA has no lookup by case token: status and withdrawal need the content ids of
a receipt.

HMA has no photo MD5 type: a photo's MD5 and SHA-256 go under ``video_md5``
and ``video_sha256``, which match whatever the media. A content item holds
at most one PDQ, so extra variants (rotations, exif-upright) become extra
content items. An unreliable PDQ or vPDQ (``signals.py``: quality below 50,
no frame of quality 50 or more) is never sent (HMA would accept such a vPDQ,
then fail to build its index for every bank). HMA has no idempotency: a request that failed after
reaching the server may, when retried, store a content item twice; units the
bank confirmed are never resent.
"""

from __future__ import annotations

from stopncii_desktop.bank.base import (
    BankClient,
    BankError,
    EntryStatus,
    NoSuchBank,
    Plan,
    RemoteEntry,
    Unit,
    unreliable_note,
)
from stopncii_desktop.bank.endpoints import Endpoint, EndpointError, validate_bank_name
from stopncii_desktop.bank.transport import Transport, TransportOptions
from stopncii_desktop.case.hashset import HashItem, HashSet
from stopncii_desktop.case.token import CaseToken
from stopncii_desktop.hashing.results import Signal, VpdqSignal
from stopncii_desktop.hashing.variants import PDQ_VARIANTS
from stopncii_desktop.hashing.vpdq import to_hma

MAX_NOTE_CHARS = 255
#: Local signal type -> HMA signal name.
_DIGESTS = {"md5": "video_md5", "sha256": "video_sha256"}


def plan_item(item: HashItem, enabled: tuple[str, ...], note: str) -> tuple[list[Unit], list[str]]:
    """The content items for one local item, and notes on what is held back."""
    held: list[str] = []
    main: dict[str, object] = {}
    pdqs: list[Signal] = []
    for s in item.signals:
        if isinstance(s, VpdqSignal):
            if not s.reliable:
                held.append(unreliable_note(s))
            elif "vpdq" not in enabled:
                held.append("a video fingerprint (vPDQ): this bank does not take them")
            else:
                main["vpdq"] = to_hma(s)
        elif s.type == "pdq":
            if s.reliable:
                pdqs.append(s)
            else:
                held.append(unreliable_note(s))
        elif s.type in _DIGESTS:
            name = _DIGESTS[s.type]
            if name in enabled:
                main[name] = s.value
        # Other signals (phash, dhash) have no HMA type and stay local.
    if pdqs and "pdq" not in enabled:
        held.append("picture fingerprints (PDQ): this bank does not take them")
        pdqs = []
    # The original picture's PDQ goes with the digests; variants follow in a fixed order.
    pdqs.sort(key=lambda s: PDQ_VARIANTS.index(s.variant) if s.variant in PDQ_VARIANTS else 99)
    if pdqs:
        main["pdq"] = pdqs[0].value
    units: list[Unit] = []
    if main:
        units.append(Unit(f"{item.id}.0", (item.id,), {**main, "note": note}))
    for n, extra in enumerate(pdqs[1:], start=1):
        units.append(Unit(f"{item.id}.{n}", (item.id,), {"pdq": extra.value, "note": note}))
    return units, held


class HmaClient(BankClient):
    needs_receipt = True

    def __init__(
        self,
        endpoint: Endpoint,
        bearer_token: str | None = None,
        options: TransportOptions | None = None,
    ) -> None:
        try:
            self.bank = validate_bank_name(endpoint.bank)
        except EndpointError as exc:
            raise BankError(str(exc)) from None
        self.endpoint = endpoint
        self.transport = Transport(
            endpoint.url, pin=endpoint.pin, bearer_token=bearer_token, options=options
        )
        self._base = f"/c/bank/{self.bank}"

    def close(self) -> None:
        self.transport.close()

    def check(self) -> None:
        resp = self.transport.request("GET", self._base, accept=(200, 404))
        if resp.status == 404:
            raise NoSuchBank(self.bank)

    def plan(self, hashset: HashSet, token: CaseToken, include_low_quality: bool = False) -> Plan:
        # include_low_quality is ignored on purpose: low-quality hashes harm an HMA bank.
        hashset.require_no_paths()
        if len(token.value) > MAX_NOTE_CHARS:
            raise BankError("the case token is too long for this bank (at most 255 characters)")
        plan = Plan()
        for item in hashset.items:
            units, held = plan_item(item, self.endpoint.signals, token.value)
            plan.units += units
            plan.held_back += held
        return plan

    def send_unit(self, unit: Unit, token: CaseToken, idempotency_key: str) -> list[RemoteEntry]:
        resp = self.transport.request("POST", f"{self._base}/signal", body=dict(unit.body))
        body = resp.body
        content_id = body.get("id") if isinstance(body, dict) else None
        if isinstance(content_id, bool) or not isinstance(content_id, int | str):
            raise BankError("the bank's answer has no content id")
        signals = tuple(k for k in unit.body if k != "note")
        return [RemoteEntry(str(content_id), unit.item_ids[0], signals)]

    def status(self, token: CaseToken, entries: list[RemoteEntry]) -> list[EntryStatus]:
        out = []
        for entry in entries:
            resp = self.transport.request(
                "GET", f"{self._base}/content/{_content_id(entry.remote_id)}", accept=(200, 404)
            )
            state = "active" if resp.status == 200 else "absent"
            out.append(EntryStatus(entry.remote_id, state, entry.signals))
        return out

    def withdraw(
        self, token: CaseToken, entries: list[RemoteEntry], remote_id: str | None = None
    ) -> int:
        targets = [e for e in entries if remote_id is None or e.remote_id == remote_id]
        if remote_id is not None and not targets:
            raise BankError("that hash is not part of this case's receipt")
        deleted = 0
        for entry in targets:
            resp = self.transport.request(
                "DELETE",
                f"{self._base}/content/{_content_id(entry.remote_id)}",
                accept=(200, 404),
            )
            if resp.status == 200:
                count = resp.body.get("deleted", 1) if isinstance(resp.body, dict) else 1
                deleted += count if isinstance(count, int) and not isinstance(count, bool) else 1
        return deleted


def _content_id(remote_id: str) -> str:
    if not remote_id.isdigit() or len(remote_id) > 20:
        raise BankError("this receipt holds a content id that is not valid for HMA")
    return remote_id
