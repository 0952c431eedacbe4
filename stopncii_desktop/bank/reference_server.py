"""The case API reference server: standard-library HTTP and SQLite, on 127.0.0.1 by default.

For practice (the app's practice mode starts one on a free port), for tests,
and for NGOs evaluating the client. It stores only what the API carries:
hashes, and the SHA-256 of each case token (never the token itself). It
writes no log. ``inject`` queues faults (an error status, a dropped
connection, a slow answer) so people can rehearse what happens when a bank
misbehaves::

    server = ReferenceServer()          # in memory; port 0 picks a free port
    url = server.start()                # serves in a background thread
    ...
    server.stop()
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
import sqlite3
import ssl
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from stopncii_desktop.case.token import TokenError, parse_token
from stopncii_desktop.hashing.signals import SIGNAL_TYPES, PdqSignal, SignalTypeError
from stopncii_desktop.hashing.vpdq import VpdqFormatError, from_hma

HASH_TYPES = ("pdq", "md5", "sha256", "vpdq", "phash", "dhash")
MAX_BODY_BYTES = 32 * 1024 * 1024
MAX_HASHES = 10_000
_REF = re.compile(r"[0-9a-f]{8,64}")
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


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that gave up or went away is normal here; anything else is reported.
        import sys

        if not isinstance(sys.exc_info()[1], ConnectionError | TimeoutError):
            super().handle_error(request, client_address)


class _Store:
    def __init__(self, db: str) -> None:
        self.lock = threading.Lock()
        self.conn = sqlite3.connect(db, check_same_thread=False, isolation_level=None)
        self.conn.executescript(_SCHEMA)

    def close(self) -> None:
        with self.lock:
            self.conn.close()


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _case_key(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class _ApiError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


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
    if kind == "vpdq":
        try:
            signal = from_hma(value)
        except VpdqFormatError as exc:
            raise _ApiError(400, "invalid", f"{where}: {exc}") from None
        if not any(f.quality >= PdqSignal.min_quality for f in signal.frames):
            raise _ApiError(422, "low-quality", f"{where}: no frame of quality 50 or more")
    else:
        try:
            SIGNAL_TYPES[kind].validate(value)
        except SignalTypeError as exc:
            raise _ApiError(400, "invalid", f"{where}: {exc}") from None
    return {
        "ref": ref,
        "media": media,
        "type": kind,
        "value": value,
        "quality": quality,
        "variant": variant,
    }


class ReferenceServer:
    """A case API server. ``db`` is a SQLite file, or ``:memory:`` (the default)."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        db: str | Path = ":memory:",
        *,
        bearer_token: str | None = None,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.store = _Store(str(db))
        self.bearer_token = bearer_token
        self._faults: list[Fault] = []
        self._fault_lock = threading.Lock()
        self.httpd: ThreadingHTTPServer = _Server((host, port), self._handler_class())
        self._scheme = "http"
        if ssl_context is not None:
            self.httpd.socket = ssl_context.wrap_socket(self.httpd.socket, server_side=True)
            self._scheme = "https"
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
        """Stop serving and close the database; safe to call twice."""
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

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            server_version = "stopncii-case-api"
            timeout = 30  # seconds a silent connection may hold a thread
            sys_version = ""

            def log_message(self, format: str, *args: Any) -> None:
                pass  # no log: requests carry case tokens

            def _send(
                self, status: int, body: dict[str, Any], extra: dict[str, str] | None = None
            ) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.send_header("Cache-Control", "no-store")
                for k, v in (extra or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)

            def _body(self) -> bytes:
                length = self.headers.get("Content-Length")
                if length is None or not length.isdigit():
                    raise _ApiError(411, "length-required", "Content-Length is required")
                if int(length) > MAX_BODY_BYTES:
                    self.close_connection = True
                    raise _ApiError(413, "too-large", "the request is too large")
                return self.rfile.read(int(length))

            def _token(self) -> str:
                raw = self.headers.get("Case-Token")
                if raw is None:
                    raise _ApiError(401, "no-token", "the Case-Token header is required")
                try:
                    return parse_token(raw, issued_elsewhere=True).value
                except TokenError as exc:
                    raise _ApiError(400, "bad-token", str(exc)) from None

            def _handle(self, method: str) -> None:
                try:
                    body = self._body() if method == "POST" else b""
                    if method != "POST" and self.headers.get("Content-Length") not in (None, "0"):
                        self._body()
                except _ApiError as exc:
                    self._send(exc.status, {"error": exc.code, "message": exc.message})
                    return
                fault = server._next_fault()
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
                    status, out = self._route(method, body)
                except _ApiError as exc:
                    self._send(exc.status, {"error": exc.code, "message": exc.message})
                    return
                if fault is not None and fault.kind == "hang_after_store":
                    time.sleep(fault.seconds)
                self._send(status, out)

            def _route(self, method: str, body: bytes) -> tuple[int, dict[str, Any]]:
                path = self.path.split("?", 1)[0]
                if path == "/v1/health" and method == "GET":
                    return 200, {"service": "stopncii-case-api", "version": 1}
                if server.bearer_token is not None:
                    expected = f"Bearer {server.bearer_token}"
                    if not secrets.compare_digest(
                        (self.headers.get("Authorization") or "").encode(), expected.encode()
                    ):
                        raise _ApiError(401, "unauthorised", "a valid bearer token is required")
                if path == "/v1/case/hashes" and method == "POST":
                    key = self.headers.get("Idempotency-Key") or ""
                    if not re.fullmatch(r"[\x21-\x7e]{8,200}", key):
                        raise _ApiError(400, "no-idempotency-key", "Idempotency-Key is required")
                    return server._submit(self._token(), key, body)
                if path == "/v1/case" and method == "GET":
                    return 200, server._status(self._token())
                if path == "/v1/case" and method == "DELETE":
                    return 200, server._withdraw(self._token(), None)
                m = _HASH_ID.fullmatch(path)
                if m and method == "DELETE":
                    return 200, server._withdraw(self._token(), m.group(1))
                if path in ("/v1/case", "/v1/case/hashes", "/v1/health") or m:
                    raise _ApiError(405, "method", "this method is not allowed here")
                raise _ApiError(404, "not-found", "no such endpoint")

            def do_GET(self) -> None:
                self._handle("GET")

            def do_POST(self) -> None:
                self._handle("POST")

            def do_DELETE(self) -> None:
                self._handle("DELETE")

            def do_PUT(self) -> None:
                self._handle("PUT")

        return Handler
