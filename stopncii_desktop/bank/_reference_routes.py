"""The reference server's routes: what each request may ask, and the checks before it.

``/v1/health``; ``POST /v1/case/hashes`` (a submission, with an ``Idempotency-Key``);
``GET /v1/case`` (a case's status); ``DELETE /v1/case`` and
``DELETE /v1/case/hashes/{id}`` (withdrawing). Before anything is done (and before a
body is read) the route, the client's standing with the throttle, the bearer token
and the case token (only the app's form) are checked; a submission's body is then
checked hash by hash and stored by ``_case_store.py``.
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
from typing import Any

from stopncii_desktop.bank._reference_http import Action, ApiError, ApiHandler
from stopncii_desktop.bank.caseapi import HASH_TYPES, MAX_HASHES_PER_REQUEST, MAX_REQUEST_VALUES
from stopncii_desktop.case.jsonsize import values_bound
from stopncii_desktop.case.token import TokenError, parse_token
from stopncii_desktop.hashing.signals import (
    SIGNAL_TYPES,
    PdqSignal,
    SignalTypeError,
    VpdqSignalType,
)

#: The protocol's limits, the ones the client plans within (``caseapi.py``): values and keys
#: in a body (case/jsonsize.py: a body of the largest size holding one
#: long vPDQ, three commas per frame, fits; 32 MiB of ``[{},{},...]`` does not),
MAX_BODY_VALUES = MAX_REQUEST_VALUES
#: hashes in one request,
MAX_HASHES = MAX_HASHES_PER_REQUEST
_REF = re.compile(r"[0-9a-f]{8,64}")
_HASH_ID = re.compile(r"/v1/case/hashes/(h_[0-9a-f]{16})")


class Handler(ApiHandler):
    """One connection of the case API."""

    def _check(self, method: str) -> Action:
        """What to do, once the route, the client's standing, and every credential are checked."""
        api = self.api
        path = self.path.split("?", 1)[0]
        if path == "/v1/health":
            if method != "GET":
                raise ApiError(405, "method", "this method is not allowed here")
            return lambda _body: (200, {"service": "stopncii-case-api", "version": 1})
        m = _HASH_ID.fullmatch(path)
        if path not in ("/v1/case", "/v1/case/hashes") and not m:
            raise ApiError(404, "not-found", "no such endpoint")
        allowed = {
            ("/v1/case/hashes", "POST"),
            ("/v1/case", "GET"),
            ("/v1/case", "DELETE"),
        }
        if (path, method) not in allowed and not (m and method == "DELETE"):
            raise ApiError(405, "method", "this method is not allowed here")
        wait = api.throttle.wait(self.client_address[0])
        if wait:
            raise ApiError(
                429,
                "too-many-failures",
                f"too many unsuccessful tries: try again in {wait} seconds",
                retry_after=wait,
            )
        if api.bearer_token is not None:
            expected = f"Bearer {api.bearer_token}"
            if not secrets.compare_digest(
                (self.headers.get("Authorization") or "").encode(), expected.encode()
            ):
                raise ApiError(401, "unauthorised", "a valid bearer token is required")
        token = self._token()
        if method == "POST":
            key = self.headers.get("Idempotency-Key") or ""
            if not re.fullmatch(r"[\x21-\x7e]{8,200}", key):
                raise ApiError(400, "no-idempotency-key", "Idempotency-Key is required")
            return lambda body: self._submit(token, key, body)
        if method == "GET":
            return lambda _body: (200, api.store.status(token))
        hash_id = m.group(1) if m else None
        return lambda _body: (200, api.store.withdraw(token, hash_id))

    def _token(self) -> str:
        raw = self.headers.get("Case-Token")
        if raw is None:
            raise ApiError(401, "no-token", "the Case-Token header is required")
        try:
            token = parse_token(raw)
        except TokenError:
            token = None
        if token is None or token.issued_elsewhere or token.value != raw:
            raise ApiError(
                400,
                "bad-token",
                "this bank takes only case tokens made by the stopncii-desktop app: seven "
                "groups of four letters and digits, such as 7K3M-QX2A-...",
            )
        return token.value

    def _submit(self, token: str, key: str, raw: bytes) -> tuple[int, dict[str, Any]]:
        if values_bound(raw) > MAX_BODY_VALUES:
            raise ApiError(413, "too-large", "the request holds too many values")
        try:
            doc = json.loads(raw)
        except (ValueError, RecursionError):
            raise ApiError(400, "invalid", "the body is not valid JSON") from None
        if not isinstance(doc, dict) or set(doc) != {"hashes"}:
            raise ApiError(400, "invalid", 'the body must be {"hashes": [...]}')
        hashes = doc["hashes"]
        if not isinstance(hashes, list) or not hashes:
            raise ApiError(400, "invalid", "hashes must be a non-empty list")
        if len(hashes) > MAX_HASHES:
            raise ApiError(413, "too-many", f"at most {MAX_HASHES} hashes per request")
        rows = [_validate_hash(h, n) for n, h in enumerate(hashes)]
        request_sha = hashlib.sha256(
            json.dumps(doc, sort_keys=True, separators=(",", ":")).encode()
        ).hexdigest()
        return self.api.store.submit(token, key, rows, request_sha)


def _validate_hash(h: object, n: int) -> dict[str, Any]:
    where = f"hash {n}"
    if not isinstance(h, dict):
        raise ApiError(400, "invalid", f"{where}: must be an object")
    extra = set(h) - {"ref", "media", "type", "value", "quality", "variant"}
    if extra:
        raise ApiError(400, "invalid", f"{where}: unknown field(s) {sorted(extra)}")
    ref, media, kind, value = h.get("ref"), h.get("media"), h.get("type"), h.get("value")
    if not isinstance(ref, str) or not _REF.fullmatch(ref):
        raise ApiError(400, "invalid", f"{where}: ref must be 8 to 64 lowercase hex digits")
    if media not in ("image", "video"):
        raise ApiError(400, "invalid", f"{where}: media must be image or video")
    if kind not in HASH_TYPES:
        raise ApiError(400, "invalid", f"{where}: unknown type")
    if not isinstance(value, str):
        raise ApiError(400, "invalid", f"{where}: value must be text")
    quality = h.get("quality")
    if quality is not None and (
        not isinstance(quality, int) or isinstance(quality, bool) or not 0 <= quality <= 100
    ):
        raise ApiError(400, "invalid", f"{where}: quality must be 0 to 100")
    variant = h.get("variant")
    if variant is not None and (not isinstance(variant, str) or len(variant) > 32):
        raise ApiError(400, "invalid", f"{where}: variant must be short text")
    # A low-quality PDQ may be stored when the client asks; a vPDQ with no reliable
    # frame never is (it would break the index of an HMA fed from this bank).
    usable = True
    try:
        if kind == VpdqSignalType.name:
            usable = VpdqSignalType.is_reliable(q for _, q, _ in VpdqSignalType.parse(value))
        else:
            SIGNAL_TYPES[kind].validate(value)
    except SignalTypeError as exc:
        raise ApiError(400, "invalid", f"{where}: {exc}") from None
    if not usable:
        raise ApiError(
            422, "low-quality", f"{where}: no frame of quality {PdqSignal.min_quality} or more"
        )
    return {
        "ref": ref,
        "media": media,
        "type": kind,
        "value": value,
        "quality": quality,
        "variant": variant,
    }
