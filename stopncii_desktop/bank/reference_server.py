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

Its parts: the HTTP plumbing and limits (``_reference_http.py``), the routes and the
checks of what each request carries (``_reference_routes.py``), and the storage of
cases (``_case_store.py``). This module puts them together and is the one to import.
"""

from __future__ import annotations

import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from stopncii_desktop.bank._case_store import MAX_CASE_HASHES, CaseStore
from stopncii_desktop.bank._reference_http import BODY_MEMORY, MAX_BODY_BYTES, ApiHandler
from stopncii_desktop.bank._reference_routes import MAX_BODY_VALUES, MAX_HASHES, Handler
from stopncii_desktop.bank.bounded_http import BodyMemory, BoundedServer
from stopncii_desktop.bank.throttle import GuessLimits, GuessThrottle

__all__ = [
    "MAX_BODY_BYTES",
    "MAX_BODY_VALUES",
    "MAX_CASE_HASHES",
    "MAX_HASHES",
    "Fault",
    "ReferenceServer",
    "tls_context",
]


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
        self.store = CaseStore(str(db))
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
        return self.store.hash_rows()

    def _handler_class(self) -> type[ApiHandler]:
        server = self

        class ServerHandler(Handler):
            api = server

        return ServerHandler
