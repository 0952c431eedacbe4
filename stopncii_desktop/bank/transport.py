"""HTTP to the bank: TLS always verified, optional key pinning, timeouts and careful retries.

* https only, except to this computer (a loopback address, or ``localhost``,
  which is connected to at 127.0.0.1 or ::1 directly: never looked up, so no
  resolver can send it elsewhere);
* certificates are always verified (a private CA bundle may be named, never switched off);
* with a pin, the SHA-256 of the server's public key is checked right after
  the TLS handshake, before a single byte of the request is sent;
* no redirects are followed, and the environment (proxies, .netrc) is ignored,
  so nothing is sent anywhere but the configured address;
* connection errors, timeouts, 5xx and 429 are retried with exponential
  backoff, honouring ``Retry-After``; each 4xx gets a plain message.
"""

from __future__ import annotations

import email.utils
import hashlib
import json
import socket
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import requests
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import ConnectTimeoutError, NewConnectionError
from urllib3.util.connection import create_connection

from stopncii_desktop import __version__
from stopncii_desktop.bank.base import BankError
from stopncii_desktop.bank.endpoints import (
    EndpointError,
    loopback_addresses,
    normalise_pin,
    validate_url,
)
from stopncii_desktop.textsafe import safe_display

MAX_RESPONSE_BYTES = 16 * 1024 * 1024
USER_AGENT = f"stopncii-desktop/{__version__}"

_MESSAGES = {
    400: "the bank refused the request as not valid",
    401: "the bank asks for a sign-in: check the bearer token in the bank profile",
    403: "the bank refused access: check the bearer token in the bank profile",
    404: "not found at the bank: check the address and the bank name "
    "(or the case is no longer there)",
    405: "this address does not accept this request: check the address and the kind of bank",
    409: "the bank reports a conflict with an earlier request",
    410: "the bank says this is gone",
    413: "the submission is too large for the bank",
    415: "the bank does not accept this kind of request: check the kind of bank",
    422: "the bank could not accept these hashes",
}


class PinMismatch(Exception):
    """The server's public key is not the pinned one."""


@dataclass(slots=True)
class TransportOptions:
    connect_timeout: float = 10.0
    read_timeout: float = 60.0
    #: Retries after the first attempt.
    retries: int = 4
    backoff: float = 1.0
    max_backoff: float = 30.0
    #: Longest Retry-After honoured; longer waits give up (the outbox keeps the submission).
    max_retry_after: float = 300.0
    #: A CA bundle (PEM) to trust instead of the system's, e.g. an NGO's own CA.
    ca_bundle: str | None = None
    sleep: Callable[[float], None] = field(default=time.sleep)


def public_key_sha256(der_certificate: bytes) -> str:
    """SHA-256 (hex) of a certificate's SubjectPublicKeyInfo: what a pin names."""
    cert = x509.load_der_x509_certificate(der_certificate)
    spki = cert.public_key().public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo)
    return hashlib.sha256(spki).hexdigest()


def _connect_locally(conn: HTTPConnection) -> socket.socket | None:
    """For this computer, a socket to the addresses the URL rule decided; None otherwise."""
    addresses = loopback_addresses(conn._dns_host)
    if addresses is None:
        return None
    failure: OSError | None = None
    for address in addresses:
        try:
            return create_connection(
                (address, conn.port or 80),
                conn.timeout,
                source_address=conn.source_address,
                socket_options=conn.socket_options,
            )
        except TimeoutError as exc:
            raise ConnectTimeoutError(conn, f"connecting to {address} timed out") from exc
        except OSError as exc:
            failure = exc
    raise NewConnectionError(conn, f"Failed to establish a new connection: {failure}")


def _adapter(pin: str | None) -> HTTPAdapter:
    """Connections that reach this computer without a name lookup and, with a pin, check
    the server's public key right after the handshake."""

    class LocalConnection(HTTPConnection):
        def _new_conn(self) -> socket.socket:
            return _connect_locally(self) or super()._new_conn()

    class CheckedConnection(HTTPSConnection):
        def _new_conn(self) -> socket.socket:
            return _connect_locally(self) or super()._new_conn()

        def connect(self) -> None:
            super().connect()
            if pin is None:
                return
            der = self.sock.getpeercert(binary_form=True) if self.sock else None  # type: ignore[union-attr]
            if not der or public_key_sha256(der) != pin:
                self.close()
                raise PinMismatch(pin)

    class LocalPool(HTTPConnectionPool):
        ConnectionCls = LocalConnection

    class CheckedPool(HTTPSConnectionPool):
        ConnectionCls = CheckedConnection

    class Adapter(HTTPAdapter):
        def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
            super().init_poolmanager(*args, **kwargs)
            self.poolmanager.pool_classes_by_scheme = {"http": LocalPool, "https": CheckedPool}

    return Adapter(max_retries=0)


@dataclass(slots=True)
class Response:
    status: int
    body: Any
    headers: Mapping[str, str]


class Transport:
    """Requests to one base URL. Thread-compatible: use one per thread."""

    def __init__(
        self,
        base_url: str,
        *,
        pin: str | None = None,
        bearer_token: str | None = None,
        options: TransportOptions | None = None,
    ) -> None:
        try:
            self.base_url = validate_url(base_url)
            self.pin = normalise_pin(pin) if pin else None
        except EndpointError as exc:
            raise BankError(str(exc)) from None
        self.options = options or TransportOptions()
        self.session = requests.Session()
        self.session.trust_env = False  # no proxies or .netrc credentials from the environment
        self.session.headers.clear()
        self.session.headers.update(
            {"User-Agent": USER_AGENT, "Accept": "application/json", "Accept-Encoding": "identity"}
        )
        if bearer_token:
            self.session.headers["Authorization"] = f"Bearer {bearer_token}"
        adapter = _adapter(self.pin)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)

    def close(self) -> None:
        self.session.close()

    def request(
        self,
        method: str,
        path: str,
        *,
        body: object = None,
        headers: Mapping[str, str] | None = None,
        accept: tuple[int, ...] = (200,),
    ) -> Response:
        """Send with retries; return a response whose status is in ``accept``, else raise."""
        url = self.base_url + path
        data = None if body is None else json.dumps(body, separators=(",", ":")).encode()
        send_headers = dict(headers or {})
        if data is not None:
            send_headers["Content-Type"] = "application/json"
        opts = self.options
        attempt = 0
        while True:
            wait: float | None = None
            try:
                resp = self.session.request(
                    method,
                    url,
                    data=data,
                    headers=send_headers,
                    timeout=(opts.connect_timeout, opts.read_timeout),
                    allow_redirects=False,
                    verify=opts.ca_bundle or True,
                    stream=True,
                )
            except PinMismatch:
                raise BankError(
                    "the bank's server is not the one this profile is pinned to: nothing was "
                    "sent. Someone may be intercepting the connection, or the bank changed its "
                    "key; ask the bank before changing the pin"
                ) from None
            except requests.exceptions.SSLError:
                raise BankError(
                    "the bank's certificate could not be verified: nothing was sent. "
                    "The connection may be intercepted, or the bank's certificate is wrong"
                ) from None
            except requests.exceptions.Timeout:
                failure = "the bank did not answer in time"
            except requests.exceptions.ConnectionError:
                failure = "the bank could not be reached (offline, or the server is down)"
            except requests.exceptions.RequestException as exc:
                raise BankError(f"the request could not be made ({type(exc).__name__})") from None
            else:
                try:
                    status = resp.status_code
                    if status in accept:
                        return Response(status, self._json(resp), dict(resp.headers))
                    if status == 429 or status >= 500:
                        failure = (
                            "the bank is busy (too many requests)"
                            if status == 429
                            else f"the bank had a problem (HTTP {status})"
                        )
                        wait = _retry_after(resp.headers.get("Retry-After"))
                        if wait is not None and wait > opts.max_retry_after:
                            raise BankError(
                                f"{failure}; it asks to wait {int(wait)} seconds. Try again later",
                                retryable=True,
                                status=status,
                            )
                    else:
                        raise BankError(self._message(resp), status=status)
                except requests.exceptions.RequestException:
                    failure = "the connection to the bank broke while it answered"
                finally:
                    resp.close()
            if attempt >= opts.retries:
                # Only the failure: whether anything is kept is for the caller to say (a
                # submission waits in the outbox; a connection test or a status check has
                # nothing to keep).
                raise BankError(failure, retryable=True)
            delay = min(opts.backoff * (2**attempt), opts.max_backoff)
            opts.sleep(wait if wait is not None else delay)
            attempt += 1

    def _json(self, resp: requests.Response) -> Any:
        raw = resp.raw.read(MAX_RESPONSE_BYTES + 1, decode_content=True)
        if len(raw) > MAX_RESPONSE_BYTES:
            raise BankError("the bank's answer is too large")
        if not raw.strip():
            return None
        try:
            return json.loads(raw)
        except (ValueError, RecursionError):
            raise BankError("the bank's answer is not valid JSON") from None

    def _message(self, resp: requests.Response) -> str:
        status = resp.status_code
        if 300 <= status < 400:
            return (
                f"the bank's address redirects elsewhere (HTTP {status}); "
                "it was not followed: check the address"
            )
        base = _MESSAGES.get(status, f"the bank refused the request (HTTP {status})")
        detail = ""
        try:
            raw = resp.raw.read(4096, decode_content=True).decode("utf-8", "replace")
            try:
                doc = json.loads(raw)
                if isinstance(doc, dict):
                    raw = str(doc.get("message") or doc.get("detail") or doc.get("error") or raw)
            except ValueError:
                pass
            detail = safe_display(raw.strip(), 200)
        except Exception:  # noqa: S110 - the detail is a courtesy only
            pass
        return f"{base} (HTTP {status}{': ' + detail if detail else ''})"


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())
