"""A threaded HTTP server that stays within bounds, for the reference case API server.

What a loaded or hostile set of clients can take is limited:

* connections handled at once (``max_connections``); more wait in a real
  listen backlog (1024, or the system's limit) instead of being reset;
* time: a connection silent for ``IDLE_SECONDS`` is closed, a request's line
  and headers must arrive within ``HEADER_SECONDS`` and a body at
  ``MIN_BODY_RATE`` or faster, so slow clients cannot hold every connection;
* memory: a request's headers are at most ``MAX_HEADER_BYTES``, and bodies are
  held only within a shared :class:`BodyMemory` budget (requests wait their turn);
* TLS handshakes happen in each connection's own thread, with the same
  timeouts, so a client that never finishes one holds up no one else.

The server never looks its own address up (the standard library's asks a
resolver for the host's full name) and, when stopped, closes the connections
still open instead of waiting for them.
"""

from __future__ import annotations

import contextlib
import io
import socket
import socketserver
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

LISTEN_BACKLOG = 1024
MAX_CONNECTIONS = 64
IDLE_SECONDS = 10.0
HEADER_SECONDS = 30.0
MAX_HEADER_BYTES = 64 * 1024
BODY_SECONDS = 30.0
#: The slowest upload accepted: 32 MiB then takes half an hour.
MIN_BODY_RATE = 16 * 1024
#: How long a request waits for memory for its body before it is told to come back.
BODY_WAIT_SECONDS = 30.0


class BodyMemory:
    """Bytes of request bodies held at once, shared by every connection."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._used = 0
        self._changed = threading.Condition()

    @property
    def used(self) -> int:
        return self._used

    def take(self, size: int, timeout: float) -> bool:
        """Reserve ``size`` bytes, waiting up to ``timeout`` seconds; False if still none."""
        with self._changed:
            if not self._changed.wait_for(lambda: self._used + size <= self.limit, timeout):
                return False
            self._used += size
            return True

    def give_back(self, size: int) -> None:
        with self._changed:
            self._used -= size
            self._changed.notify_all()


class _DeadlineReader(io.RawIOBase):
    """The connection's bytes, refused once the handler's deadline or header budget is spent."""

    def __init__(self, sock: socket.socket, handler: BoundedHandler) -> None:
        self._sock = sock
        self._handler = handler

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        handler = self._handler
        remaining = handler.deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError("the client took too long")
        self._sock.settimeout(min(IDLE_SECONDS, remaining))
        count = self._sock.recv_into(buffer)
        if handler.header_budget is not None:
            handler.header_budget -= count
            if handler.header_budget < 0:
                raise ConnectionAbortedError("the request's headers are too large")
        return count


class BoundedHandler(BaseHTTPRequestHandler):
    """Reads through a deadline; subclasses call :meth:`start_body` before reading a body."""

    protocol_version = "HTTP/1.1"
    timeout = IDLE_SECONDS
    #: When the current read must be done (monotonic seconds).
    deadline: float = 0.0
    #: Header bytes this request may still send; None while its body is read.
    header_budget: int | None = MAX_HEADER_BYTES

    def setup(self) -> None:
        super().setup()
        self.rfile.close()
        self.rfile = io.BufferedReader(_DeadlineReader(self.connection, self))

    def handle_one_request(self) -> None:
        self.deadline = time.monotonic() + HEADER_SECONDS
        self.header_budget = MAX_HEADER_BYTES + io.DEFAULT_BUFFER_SIZE
        super().handle_one_request()

    def start_body(self, size: int) -> None:
        """Allow ``size`` bytes of body, at the slowest accepted rate."""
        self.header_budget = None
        self.deadline = time.monotonic() + BODY_SECONDS + size / MIN_BODY_RATE

    def start_answer(self, size: int) -> None:
        """Give a slow reader time to take an answer of ``size`` bytes."""
        self.connection.settimeout(IDLE_SECONDS + size / MIN_BODY_RATE)


class BoundedServer(ThreadingHTTPServer):
    """See the module. ``tls`` wraps each connection in its own thread."""

    daemon_threads = True
    block_on_close = False  # stop() closes what is open instead
    request_queue_size = LISTEN_BACKLOG

    def __init__(
        self,
        address: tuple[str, int],
        handler: Callable[..., BaseHTTPRequestHandler],
        *,
        tls: ssl.SSLContext | None = None,
        max_connections: int = MAX_CONNECTIONS,
    ) -> None:
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        self.tls = tls
        self.stopping = False
        self._slots = threading.BoundedSemaphore(max_connections)
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        super().__init__(address, handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind asks a resolver for the host's full name: not here.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name, self.server_port = str(host), int(port)

    def process_request(self, request: Any, client_address: Any) -> None:
        # At the limit, wait for a free slot; new connections wait in the backlog meanwhile.
        while not self._slots.acquire(timeout=0.5):
            if self.stopping:
                self.shutdown_request(request)
                return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self._slots.release()
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        connection = request
        with contextlib.suppress(OSError):
            # Headers and body go out in two writes: without this the body waits for an ACK.
            request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        try:
            with self._tracked(request):
                if self.tls is not None:
                    connection = self.tls.wrap_socket(
                        request, server_side=True, do_handshake_on_connect=False
                    )
                    connection.settimeout(IDLE_SECONDS)
                    with self._tracked(connection):
                        connection.do_handshake()
                        self.finish_request(connection, client_address)
                else:
                    self.finish_request(connection, client_address)
        except Exception:
            self.handle_error(connection, client_address)
        finally:
            self.shutdown_request(connection)
            self._slots.release()

    @contextlib.contextmanager
    def _tracked(self, sock: socket.socket) -> Iterator[None]:
        with self._open_lock:
            self._open.add(sock)
        try:
            yield
        finally:
            with self._open_lock:
                self._open.discard(sock)

    def handle_error(self, request: Any, client_address: Any) -> None:
        import sys

        # A client that is slow, goes away or fails its handshake is normal here.
        if not isinstance(sys.exc_info()[1], OSError):
            super().handle_error(request, client_address)

    def close_connections(self, wait: float = 5.0) -> None:
        """Stop serving the connections still open, and wait (a little) for their threads."""
        self.stopping = True
        with self._open_lock:
            open_now = list(self._open)
        for sock in open_now:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        until = time.monotonic() + wait
        while self._open and time.monotonic() < until:
            time.sleep(0.01)
