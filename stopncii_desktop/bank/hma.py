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
at most one PDQ, so extra variants (exif-upright, rotations, edited copies)
become extra content items, most useful first (``variants.BANK_ORDER``), at most
the profile's ``max_pdq_per_picture`` of them; the receipt keeps each content
id with the local item it came from, so a picture can be checked and withdrawn
as one. An unreliable PDQ or vPDQ (``signals.py``: quality below 50,
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
    capped_note,
    not_taken_note,
    pdqs_to_send,
    unreliable_note,
)
from stopncii_desktop.bank.endpoints import Endpoint, EndpointError, validate_bank_name
from stopncii_desktop.bank.transport import Transport, TransportOptions
from stopncii_desktop.case.hashset import HashItem, HashSet
from stopncii_desktop.case.token import CaseToken
from stopncii_desktop.hashing.results import Signal, VpdqSignal
from stopncii_desktop.hashing.vpdq import to_hma

MAX_NOTE_CHARS = 255
#: Local signal type -> HMA signal name.
_DIGESTS = {"md5": "video_md5", "sha256": "video_sha256"}


def plan_item(
    item: HashItem, enabled: tuple[str, ...], note: str, cap: int | None = None
) -> tuple[list[Unit], list[str], int]:
    """The content items for one local item, notes on what is held back, and how many of
    its PDQ fingerprints the cap (at most ``cap`` per picture) left out."""
    held: list[str] = []
    main: dict[str, object] = {}
    pdqs: list[Signal] = []
    for s in item.signals:
        if isinstance(s, VpdqSignal):
            if not s.reliable:
                held.append(unreliable_note(s))
            elif "vpdq" not in enabled:
                held.append(not_taken_note(video=True))
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
        held.append(not_taken_note(video=False))
        pdqs = []
    # The original picture's PDQ goes with the digests; the most useful variants follow.
    pdqs, left_out = pdqs_to_send(pdqs, cap)
    if pdqs:
        main["pdq"] = pdqs[0].value
    units: list[Unit] = []
    if main:
        units.append(Unit(f"{item.id}.0", (item.id,), {**main, "note": note}))
    for n, extra in enumerate(pdqs[1:], start=1):
        units.append(Unit(f"{item.id}.{n}", (item.id,), {"pdq": extra.value, "note": note}))
    return units, held, left_out


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

    def plan(
        self,
        hashset: HashSet,
        token: CaseToken,
        include_low_quality: bool = False,
        held: int = 0,
    ) -> Plan:
        # include_low_quality is ignored on purpose: low-quality hashes harm an HMA bank.
        # HMA has no limit per case (held is not needed).
        hashset.require_no_paths()
        if len(token.value) > MAX_NOTE_CHARS:
            raise BankError("the case token is too long for this bank (at most 255 characters)")
        plan = Plan()
        cap = self.endpoint.max_pdq_per_picture
        left_out = capped = 0
        for item in hashset.items:
            units, notes, left = plan_item(item, self.endpoint.signals, token.value, cap)
            plan.units += units
            plan.held_back += notes
            left_out += left
            capped += left > 0
        if cap is not None and left_out:
            plan.held_back.append(capped_note(left_out, capped, cap))
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
            out.append(EntryStatus(entry.remote_id, state, entry.signals, entry.item_id))
        return out

    def withdraw(
        self, token: CaseToken, entries: list[RemoteEntry], remote_id: str | None = None
    ) -> int:
        targets = [e for e in entries if remote_id is None or e.remote_id == remote_id]
        if remote_id is not None and not targets:
            raise BankError("that hash is not part of this case's receipt")
        return self._delete(targets)

    def withdraw_item(self, token: CaseToken, entries: list[RemoteEntry], item_id: str) -> int:
        """Every content item the receipt holds for the picture: no lookup first."""
        targets = [e for e in entries if e.item_id == item_id]
        if not targets:
            raise BankError("that picture is not part of this case's receipt")
        return self._delete(targets)

    def _delete(self, targets: list[RemoteEntry]) -> int:
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
