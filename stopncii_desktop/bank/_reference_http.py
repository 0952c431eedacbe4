"""The reference server's HTTP plumbing: answers, bodies within their budget, faults.

``ApiHandler`` is one connection of the case API reference server, below its routes
(``_reference_routes.py``): it reads and checks ``Content-Length``, takes a body's
bytes from the server's shared budget (``bounded_http.BodyMemory``) before reading
it, refuses what is too large, drains a small refused body so the client hears
the answer, counts the errors of someone guessing with the throttle, applies the
faults queued with ``ReferenceServer.inject``, and answers JSON. It writes no log.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from stopncii_desktop.bank.bounded_http import BODY_WAIT_SECONDS, BoundedHandler
from stopncii_desktop.bank.caseapi import MAX_REQUEST_BYTES

if TYPE_CHECKING:
    from stopncii_desktop.bank.reference_server import ReferenceServer

#: The protocol's limits, the ones the client plans within (``caseapi.py``): bytes of a body
#: (the others: ``_reference_routes.py``, ``_case_store.py``).
MAX_BODY_BYTES = MAX_REQUEST_BYTES
#: Bodies held in memory at once, across all connections: one of the largest, and small ones.
BODY_MEMORY = MAX_BODY_BYTES + 16 * 1024 * 1024
#: A body refused unread is still read (and thrown away, never kept) up to this size, so
#: the client hears the answer instead of a reset connection; a larger one ends the connection.
DISCARD_BYTES = 1024 * 1024
#: Errors that may come from someone trying tokens or bearer tokens: counted by the throttle.
GUESS_ERRORS = frozenset({"no-case", "bad-token", "no-token", "unauthorised"})
_LENGTH = re.compile(r"[0-9]{1,12}")  # ASCII digits only: "²".isdigit() is True


class ApiError(Exception):
    """An answer other than success: its status, error code, message and ``Retry-After``."""

    def __init__(
        self, status: int, code: str, message: str, retry_after: int | None = None
    ) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
        self.retry_after = retry_after


Action = Callable[[bytes], tuple[int, dict[str, Any]]]


class ApiHandler(BoundedHandler):
    """One connection. Everything that needs no body is checked before a body is read.

    A subclass says what a request asks for in ``_check`` (its routes)."""

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

    def _fail(self, exc: ApiError) -> None:
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
            raise ApiError(400, "bad-length", "send a Content-Length, not a Transfer-Encoding")
        if not values:
            return None
        if len(set(values)) != 1 or not _LENGTH.fullmatch(values[0].strip()):
            self.close_connection = True
            raise ApiError(400, "bad-length", "Content-Length must be a number of bytes")
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
                    raise ApiError(400, "invalid", "this request takes no body")
                else:
                    body = b""
            except ApiError as exc:
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
            except ApiError as exc:
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
            raise ApiError(411, "length-required", "Content-Length is required")
        if length > MAX_BODY_BYTES:
            raise ApiError(413, "too-large", "the request is too large")
        if not self.api.bodies.take(length, BODY_WAIT_SECONDS):
            raise ApiError(503, "busy", "the bank is busy: try again shortly", retry_after=5)
        return length

    def _read(self, length: int) -> bytes:
        self.start_body(length)
        body = self.rfile.read(length) if length else b""
        if len(body) != length:
            raise ApiError(400, "invalid", "the body ended before its Content-Length")
        self.unread = 0
        self.close_connection = False
        return body

    def _check(self, method: str) -> Action:
        """What to do, once the route, the client's standing, and every credential are checked."""
        raise NotImplementedError

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def do_DELETE(self) -> None:
        self._handle("DELETE")

    def do_PUT(self) -> None:
        self._handle("PUT")
