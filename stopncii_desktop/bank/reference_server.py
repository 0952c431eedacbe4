"""The case API reference server: standard-library HTTP and SQLite, on 127.0.0.1 by default.

For practice (the app's practice mode starts one on a free port), for tests,
and for NGOs evaluating the client. It stores only what the API carries:
hashes, and the SHA-256 of each case token (never the token itself). It
writes no log, and its database file is owner-only.

It takes only case tokens of the app's form (seven groups of four, with the
check symbol), answers nothing before the bearer token and the case token
are checked (a body is not even read), counts failed lookups per client and
overall (``bank/throttle.py``: ``429`` with ``Retry-After`` beyond the
limits), and stays within bounds of connections, time and memory however it
is loaded (``bank/bounded_http.py``). ``inject`` queues faults (an error
status, a dropped connection, a slow answer) so people can rehearse what
happens when a bank misbehaves::

    server = ReferenceServer()          # in memory; port 0 picks a free port
    url = server.start()                # serves in a background thread
    ...
    server.stop()
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import sqlite3
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from stopncii_desktop.bank.bounded_http import (
    BODY_WAIT_SECONDS,
    BodyMemory,
    BoundedHandler,
    BoundedServer,
)
from stopncii_desktop.bank.caseapi import (
    HASH_TYPES,
    MAX_HASHES_PER_CASE,
    MAX_HASHES_PER_REQUEST,
    MAX_REQUEST_BYTES,
    MAX_REQUEST_VALUES,
)
from stopncii_desktop.bank.throttle import GuessLimits, GuessThrottle
from stopncii_desktop.case.jsonsize import values_bound
from stopncii_desktop.case.token import TokenError, parse_token
from stopncii_desktop.hashing.signals import (
    SIGNAL_TYPES,
    PdqSignal,
    SignalTypeError,
    VpdqSignalType,
)

#: The protocol's limits, the ones the client plans within (``caseapi.py``): bytes of a body,
MAX_BODY_BYTES = MAX_REQUEST_BYTES
#: values and keys in a body (case/jsonsize.py: a body of the largest size holding one
#: long vPDQ, three commas per frame, fits; 32 MiB of ``[{},{},...]`` does not),
MAX_BODY_VALUES = MAX_REQUEST_VALUES
#: hashes in one request,
MAX_HASHES = MAX_HASHES_PER_REQUEST
#: and hashes one case may hold (withdrawn ones too): its status answer stays under 10 MB.
MAX_CASE_HASHES = MAX_HASHES_PER_CASE
#: Bodies held in memory at once, across all connections: one of the largest, and small ones.
BODY_MEMORY = MAX_BODY_BYTES + 16 * 1024 * 1024
#: A body refused unread is still read (and thrown away, never kept) up to this size, so
#: the client hears the answer instead of a reset connection; a larger one ends the connection.
DISCARD_BYTES = 1024 * 1024
#: Errors that may come from someone trying tokens or bearer tokens: counted by the throttle.
GUESS_ERRORS = frozenset({"no-case", "bad-token", "no-token", "unauthorised"})
_REF = re.compile(r"[0-9a-f]{8,64}")
_LENGTH = re.compile(r"[0-9]{1,12}")  # ASCII digits only: "²".isdigit() is True
_HASH_ID = re.compile(r"/v1/case/hashes/(h_[0-9a-f]{16})")
_SCHEMA = """
CREATE TABLE IF NOT EXISTS hashes (
    id TEXT PRIMARY KEY, case_key TEXT NOT NULL, ref TEXT NOT NULL, media TEXT NOT NULL,
    type TEXT NOT NULL, value TEXT NOT NULL, quality INTEGER, variant TEXT,
    state TEXT NOT NULL, submitted TEXT NOT NULL, withdrawn TEXT);
CREATE INDEX IF NOT EXISTS hashes_case ON hashes (case_key);
CREATE TABLE IF NOT EXISTS idempotency (
    case_key TEXT NOT NULL, key TEXT NOT NULL, request_sha256 TEXT NOT NULL,
    response TEXT NOT NULL, PRIMARY KEY (case_key, key));
"""


@dataclass(slots=True)
class Fault:
    """What the server does to one coming request instead of (or around) answering it.

    ``kind``: ``status`` (answer ``status`` with ``retry_after``), ``drop`` (close
    the connection without answering), ``delay`` (wait ``seconds``, then answer
    normally), ``hang_after_store`` (store the submission, then wait ``seconds``
    before answering: the answer is lost if the client gives up or dies).
    """

    kind: str
    status: int = 500
    retry_after: str | None = None
    seconds: float = 0.0
    #: Set when the fault is applied, so a test or the practice screen can follow along.
    reached: threading.Event = field(default_factory=threading.Event)


def tls_context(certificate: Path, key: Path) -> ssl.SSLContext:
    """A server TLS context from PEM files (for serving beyond this computer)."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.load_cert_chain(str(certificate), str(key))
    return context


class _Store:
    def __init__(self, db: str) -> None:
        self.lock = threading.Lock()
        if db != ":memory:":
            _create_owner_only(db)
        self.conn = sqlite3.connect(db, check_same_thread=False, isolation_level=None)
        self.conn.executescript(_SCHEMA)

    def close(self) -> None:
        with self.lock:
            self.conn.close()


def _create_owner_only(path: str) -> None:
    """Make a new database file 0600; SQLite gives its -journal and -wal files the same mode."""
    try:
        fd = os.open(
            path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o600
        )
    except FileExistsError:
        return
    os.close(fd)


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _case_key(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class _ApiError(Exception):
    def __init__(
        self, status: int, code: str, message: str, retry_after: int | None = None
    ) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
        self.retry_after = retry_after


def _validate_hash(h: object, n: int) -> dict[str, Any]:
    where = f"hash {n}"
    if not isinstance(h, dict):
        raise _ApiError(400, "invalid", f"{where}: must be an object")
    extra = set(h) - {"ref", "media", "type", "value", "quality", "variant"}
    if extra:
        raise _ApiError(400, "invalid", f"{where}: unknown field(s) {sorted(extra)}")
    ref, media, kind, value = h.get("ref"), h.get("media"), h.get("type"), h.get("value")
    if not isinstance(ref, str) or not _REF.fullmatch(ref):
        raise _ApiError(400, "invalid", f"{where}: ref must be 8 to 64 lowercase hex digits")
    if media not in ("image", "video"):
        raise _ApiError(400, "invalid", f"{where}: media must be image or video")
    if kind not in HASH_TYPES:
        raise _ApiError(400, "invalid", f"{where}: unknown type")
    if not isinstance(value, str):
        raise _ApiError(400, "invalid", f"{where}: value must be text")
    quality = h.get("quality")
    if quality is not None and (
        not isinstance(quality, int) or isinstance(quality, bool) or not 0 <= quality <= 100
    ):
        raise _ApiError(400, "invalid", f"{where}: quality must be 0 to 100")
    variant = h.get("variant")
    if variant is not None and (not isinstance(variant, str) or len(variant) > 32):
        raise _ApiError(400, "invalid", f"{where}: variant must be short text")
    # A low-quality PDQ may be stored when the client asks; a vPDQ with no reliable
    # frame never is (it would break the index of an HMA fed from this bank).
    usable = True
    try:
        if kind == VpdqSignalType.name:
            usable = VpdqSignalType.is_reliable(q for _, q, _ in VpdqSignalType.parse(value))
        else:
            SIGNAL_TYPES[kind].validate(value)
    except SignalTypeError as exc:
        raise _ApiError(400, "invalid", f"{where}: {exc}") from None
    if not usable:
        raise _ApiError(
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


class ReferenceServer:
    """A case API server. ``db`` is a SQLite file, or ``:memory:`` (the default).

    ``limits`` and ``clock`` set how failed lookups are throttled (tests use a
    clock of their own)."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        db: str | Path = ":memory:",
        *,
        bearer_token: str | None = None,
        ssl_context: ssl.SSLContext | None = None,
        limits: GuessLimits | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.store = _Store(str(db))
        self.bearer_token = bearer_token
        self.throttle = GuessThrottle(limits, clock)
        self.bodies = BodyMemory(BODY_MEMORY)
        self._faults: list[Fault] = []
        self._fault_lock = threading.Lock()
        try:
            self.httpd = BoundedServer((host, port), self._handler_class(), tls=ssl_context)
        except BaseException:
            self.store.close()
            raise
        self._scheme = "http" if ssl_context is None else "https"
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        host = str(host)
        shown = f"[{host}]" if ":" in host else host
        return f"{self._scheme}://{shown}:{port}"

    def start(self) -> str:
        """Serve in a background thread; return the base URL."""
        if self._thread is None:
            self._thread = threading.Thread(
                target=self.httpd.serve_forever, name="case-api-reference", daemon=True
            )
            self._thread.start()
        return self.url

    def serve_forever(self) -> None:
        self.httpd.serve_forever()

    def stop(self) -> None:
        """Stop serving, close open connections and the database; safe to call twice."""
        self.httpd.close_connections()
        if self._thread is not None:
            self.httpd.shutdown()
            self._thread.join(timeout=10)
            self._thread = None
        self.httpd.server_close()
        self.store.close()

    def __enter__(self) -> ReferenceServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def inject(self, *faults: Fault) -> None:
        """Apply these faults to the next requests, one each, in order."""
        with self._fault_lock:
            self._faults.extend(faults)

    def _next_fault(self) -> Fault | None:
        with self._fault_lock:
            return self._faults.pop(0) if self._faults else None

    def hash_rows(self) -> list[dict[str, Any]]:
        """Everything stored (for tests and the practice screen)."""
        with self.store.lock:
            cur = self.store.conn.execute(
                "SELECT id, case_key, ref, type, value, state FROM hashes ORDER BY rowid"
            )
            cols = [d[0] for d in cur.description]
            return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]

    # -- the API -------------------------------------------------------------

    def _submit(self, token: str, key: str, raw: bytes) -> tuple[int, dict[str, Any]]:
        if values_bound(raw) > MAX_BODY_VALUES:
            raise _ApiError(413, "too-large", "the request holds too many values")
        try:
            doc = json.loads(raw)
        except (ValueError, RecursionError):
            raise _ApiError(400, "invalid", "the body is not valid JSON") from None
        if not isinstance(doc, dict) or set(doc) != {"hashes"}:
            raise _ApiError(400, "invalid", 'the body must be {"hashes": [...]}')
        hashes = doc["hashes"]
        if not isinstance(hashes, list) or not hashes:
            raise _ApiError(400, "invalid", "hashes must be a non-empty list")
        if len(hashes) > MAX_HASHES:
            raise _ApiError(413, "too-many", f"at most {MAX_HASHES} hashes per request")
        rows = [_validate_hash(h, n) for n, h in enumerate(hashes)]
        case = _case_key(token)
        request_sha = hashlib.sha256(
            json.dumps(doc, sort_keys=True, separators=(",", ":")).encode()
        ).hexdigest()
        store = self.store
        with store.lock:
            found = store.conn.execute(
                "SELECT request_sha256, response FROM idempotency WHERE case_key=? AND key=?",
                (case, key),
            ).fetchone()
            if found is not None:
                if found[0] != request_sha:
                    raise _ApiError(
                        409,
                        "idempotency-conflict",
                        "this Idempotency-Key was used for another body",
                    )
                return 200, dict(json.loads(found[1]))
            held = store.conn.execute(
                "SELECT count(*) FROM hashes WHERE case_key=?", (case,)
            ).fetchone()[0]
            if held + len(rows) > MAX_CASE_HASHES:
                raise _ApiError(
                    413,
                    "case-full",
                    f"a case holds at most {MAX_CASE_HASHES} hashes; this one has {held}",
                )
            now = _now()
            out = []
            store.conn.execute("BEGIN IMMEDIATE")
            try:
                for r in rows:
                    hid = "h_" + secrets.token_hex(8)
                    store.conn.execute(
                        "INSERT INTO hashes (id, case_key, ref, media, type, value, quality,"
                        " variant, state, submitted) VALUES (?,?,?,?,?,?,?,?, 'active', ?)",
                        (
                            hid,
                            case,
                            r["ref"],
                            r["media"],
                            r["type"],
                            r["value"],
                            r["quality"],
                            r["variant"],
                            now,
                        ),
                    )
                    out.append({"id": hid, "ref": r["ref"], "type": r["type"], "state": "active"})
                response = {"hashes": out}
                store.conn.execute(
                    "INSERT INTO idempotency VALUES (?,?,?,?)",
                    (case, key, request_sha, json.dumps(response)),
                )
                store.conn.execute("COMMIT")
            except BaseException:
                store.conn.execute("ROLLBACK")
                raise
        return 201, response

    def _status(self, token: str) -> dict[str, Any]:
        with self.store.lock:
            rows = self.store.conn.execute(
                "SELECT id, ref, type, state, submitted, withdrawn FROM hashes"
                " WHERE case_key=? ORDER BY rowid",
                (_case_key(token),),
            ).fetchall()
        if not rows:
            raise _ApiError(404, "no-case", "there is no case for this token")
        hashes = []
        for hid, ref, kind, state, submitted, withdrawn in rows:
            h = {"id": hid, "ref": ref, "type": kind, "state": state, "submitted": submitted}
            if withdrawn:
                h["withdrawn"] = withdrawn
            hashes.append(h)
        return {"hashes": hashes}

    def _withdraw(self, token: str, hash_id: str | None) -> dict[str, Any]:
        case = _case_key(token)
        with self.store.lock:
            # hash_id None matches every hash of the case.
            exists = self.store.conn.execute(
                "SELECT count(*) FROM hashes WHERE case_key=? AND (? IS NULL OR id=?)",
                (case, hash_id, hash_id),
            ).fetchone()[0]
            if not exists:
                raise _ApiError(404, "no-case", "there is no such case or hash for this token")
            cur = self.store.conn.execute(
                "UPDATE hashes SET state='withdrawn', withdrawn=? WHERE case_key=?"
                " AND state='active' AND (? IS NULL OR id=?)",
                (_now(), case, hash_id, hash_id),
            )
            return {"withdrawn": cur.rowcount}

    def _handler_class(self) -> type[BoundedHandler]:
        server = self

        class Handler(_Handler):
            api = server

        return Handler


Action = Callable[[bytes], tuple[int, dict[str, Any]]]


class _Handler(BoundedHandler):
    """One connection. Everything that needs no body is checked before a body is read."""

    api: ReferenceServer
    #: Bytes of the current request's body not read yet.
    unread = 0
    server_version = "stopncii-case-api"
    sys_version = ""

    def log_message(self, format: str, *args: Any) -> None:
        pass  # no log: requests carry case tokens

    def _send(self, status: int, body: dict[str, Any], extra: dict[str, str] | None = None) -> None:
        data = json.dumps(body).encode()
        self.start_answer(len(data))
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(data)

    def _fail(self, exc: _ApiError) -> None:
        if exc.code in GUESS_ERRORS:
            self.api.throttle.failed(self.client_address[0])
        if self.unread and self.unread <= DISCARD_BYTES:
            self._discard(self.unread)
        extra = {"Retry-After": str(exc.retry_after)} if exc.retry_after is not None else {}
        self._send(exc.status, {"error": exc.code, "message": exc.message}, extra)

    def _length(self) -> int | None:
        """The declared body size; a malformed one is refused (and ends the connection)."""
        values = self.headers.get_all("Content-Length") or []
        if self.headers.get("Transfer-Encoding") is not None:
            self.close_connection = True
            raise _ApiError(400, "bad-length", "send a Content-Length, not a Transfer-Encoding")
        if not values:
            return None
        if len(set(values)) != 1 or not _LENGTH.fullmatch(values[0].strip()):
            self.close_connection = True
            raise _ApiError(400, "bad-length", "Content-Length must be a number of bytes")
        length = int(values[0])
        if length:
            self.close_connection = True  # until the body is read
            self.unread = length
        return length

    def _discard(self, length: int) -> None:
        self.start_body(length)
        while length > 0:
            chunk = self.rfile.read(min(length, 64 * 1024))
            if not chunk:
                return
            length -= len(chunk)
        self.unread = 0
        self.close_connection = False

    def _handle(self, method: str) -> None:
        taken = 0
        self.unread = 0
        try:
            try:
                length = self._length()
                action = self._check(method)
                if method == "POST":
                    taken = self._take_memory(length)
                    body = self._read(taken)
                elif length:
                    raise _ApiError(400, "invalid", "this request takes no body")
                else:
                    body = b""
            except _ApiError as exc:
                self._fail(exc)
                return
            fault = self.api._next_fault()
            if fault is not None:
                fault.reached.set()
                if fault.kind == "drop":
                    self.close_connection = True
                    return
                if fault.kind == "status":
                    headers = {"Retry-After": fault.retry_after} if fault.retry_after else {}
                    self._send(
                        fault.status, {"error": "fault", "message": "practice fault"}, headers
                    )
                    return
                if fault.kind == "delay":
                    time.sleep(fault.seconds)
            try:
                status, out = action(body)
            except _ApiError as exc:
                self._fail(exc)
                return
            if fault is not None and fault.kind == "hang_after_store":
                time.sleep(fault.seconds)
            self._send(status, out)
        finally:
            if taken:
                self.api.bodies.give_back(taken)

    def _take_memory(self, length: int | None) -> int:
        if length is None:
            raise _ApiError(411, "length-required", "Content-Length is required")
        if length > MAX_BODY_BYTES:
            raise _ApiError(413, "too-large", "the request is too large")
        if not self.api.bodies.take(length, BODY_WAIT_SECONDS):
            raise _ApiError(503, "busy", "the bank is busy: try again shortly", retry_after=5)
        return length

    def _read(self, length: int) -> bytes:
        self.start_body(length)
        body = self.rfile.read(length) if length else b""
        if len(body) != length:
            raise _ApiError(400, "invalid", "the body ended before its Content-Length")
        self.unread = 0
        self.close_connection = False
        return body

    def _check(self, method: str) -> Action:
        """What to do, once the route, the client's standing, and every credential are checked."""
        api = self.api
        path = self.path.split("?", 1)[0]
        if path == "/v1/health":
            if method != "GET":
                raise _ApiError(405, "method", "this method is not allowed here")
            return lambda _body: (200, {"service": "stopncii-case-api", "version": 1})
        m = _HASH_ID.fullmatch(path)
        if path not in ("/v1/case", "/v1/case/hashes") and not m:
            raise _ApiError(404, "not-found", "no such endpoint")
        allowed = {
            ("/v1/case/hashes", "POST"),
            ("/v1/case", "GET"),
            ("/v1/case", "DELETE"),
        }
        if (path, method) not in allowed and not (m and method == "DELETE"):
            raise _ApiError(405, "method", "this method is not allowed here")
        wait = api.throttle.wait(self.client_address[0])
        if wait:
            raise _ApiError(
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
                raise _ApiError(401, "unauthorised", "a valid bearer token is required")
        token = self._token()
        if method == "POST":
            key = self.headers.get("Idempotency-Key") or ""
            if not re.fullmatch(r"[\x21-\x7e]{8,200}", key):
                raise _ApiError(400, "no-idempotency-key", "Idempotency-Key is required")
            return lambda body: api._submit(token, key, body)
        if method == "GET":
            return lambda _body: (200, api._status(token))
        hash_id = m.group(1) if m else None
        return lambda _body: (200, api._withdraw(token, hash_id))

    def _token(self) -> str:
        raw = self.headers.get("Case-Token")
        if raw is None:
            raise _ApiError(401, "no-token", "the Case-Token header is required")
        try:
            token = parse_token(raw)
        except TokenError:
            token = None
        if token is None or token.issued_elsewhere or token.value != raw:
            raise _ApiError(
                400,
                "bad-token",
                "this bank takes only case tokens made by the stopncii-desktop app: seven "
                "groups of four letters and digits, such as 7K3M-QX2A-...",
            )
        return token.value

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def do_DELETE(self) -> None:
        self._handle("DELETE")

    def do_PUT(self) -> None:
        self._handle("PUT")
