"""An HMA-shaped test server on 127.0.0.1, following the curation API facts of HMA 2.x.

* ``POST /c/bank/<BANK>/signal``: JSON object of signal name -> value plus an
  optional ``note`` (<= 255 chars); only enabled signal names (default ``pdq``
  and ``video_md5``); hex must be lowercase (uppercase -> 400); one PDQ per
  content item; answers ``{"id": <int>, "signals": {...}}``;
* ``GET /c/bank/<BANK>``: the bank's settings, or 404 (a connection test asks it);
* ``GET /c/bank/<BANK>/content/<id>``: the content item, or 404;
* ``DELETE /c/bank/<BANK>/content/<id>``: ``{"deleted": 1}``, or 404;
* unknown banks give 404; an optional bearer token stands in for the proxy.

Faults are the reference server's :class:`Fault`. Also here: small hash sets
built in code (and robust photos of 44 PDQ each), and a self-signed certificate made with ``cryptography``, shared
by the case and bank tests.
"""

from __future__ import annotations

import json
import random
import re
import ssl
import threading
import time
from http.server import BaseHTTPRequestHandler
from typing import Any

from stopncii_desktop.bank.bounded_http import BoundedServer
from stopncii_desktop.bank.reference_server import Fault
from stopncii_desktop.case.hashset import HashItem, HashSet, new_item_id
from stopncii_desktop.hashing.results import Signal, VpdqFrame, VpdqSignal
from stopncii_desktop.hashing.variants import DIHEDRAL, EXIF_UPRIGHT, ROBUST

HEX = {"pdq": 64, "video_md5": 32, "video_sha256": 64}
_BANK = re.compile(r"/c/bank/([A-Z_][A-Z0-9_]*)")
_SIGNAL = re.compile(r"/c/bank/([A-Z_][A-Z0-9_]*)/signal")
_CONTENT = re.compile(r"/c/bank/([A-Z_][A-Z0-9_]*)/content/([0-9]+)")


def _valid_vpdq(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        frames = json.loads(value)
    except ValueError:
        return False
    if not isinstance(frames, list):
        return False
    for f in frames:
        parts = f.split(",") if isinstance(f, str) else []
        if len(parts) != 3 or not re.fullmatch(r"[0-9a-f]{64}", parts[0]):
            return False
        int(parts[1])
        float(parts[2])
    return True


class HmaServer:
    def __init__(
        self,
        banks: tuple[str, ...] = ("NCII_TEST",),
        enabled: tuple[str, ...] = ("pdq", "video_md5"),
        bearer_token: str | None = None,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.banks = set(banks)
        self.enabled = set(enabled)
        self.bearer_token = bearer_token
        self.content: dict[int, dict[str, Any]] = {}
        self.next_id = 1
        self.lock = threading.Lock()
        self.faults: list[Fault] = []
        #: Every request as received: (method, path, headers dict, body bytes).
        self.requests: list[tuple[str, str, dict[str, str], bytes]] = []
        self.httpd = BoundedServer(("127.0.0.1", 0), self._handler(), tls=ssl_context)
        self.scheme = "http" if ssl_context is None else "https"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.httpd.server_address[1]}"

    def start(self) -> str:
        self.thread.start()
        return self.url

    def stop(self) -> None:
        self.httpd.close_connections()
        self.httpd.shutdown()
        self.httpd.server_close()

    def inject(self, *faults: Fault) -> None:
        with self.lock:
            self.faults.extend(faults)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _send(
                self, status: int, body: object, headers: dict[str, str] | None = None
            ) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)

            def _do(self, method: str) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                with server.lock:
                    server.requests.append((method, self.path, dict(self.headers), body))
                    fault = server.faults.pop(0) if server.faults else None
                if fault is not None:
                    fault.reached.set()
                    if fault.kind == "drop":
                        self.close_connection = True
                        return
                    if fault.kind == "status":
                        h = {"Retry-After": fault.retry_after} if fault.retry_after else {}
                        self._send(fault.status, {"message": "fault"}, h)
                        return
                    if fault.kind == "delay":
                        time.sleep(fault.seconds)
                status, out = self._route(method, body)
                if fault is not None and fault.kind == "hang_after_store":
                    time.sleep(fault.seconds)
                self._send(status, out)

            def _route(self, method: str, body: bytes) -> tuple[int, object]:
                if server.bearer_token is not None and (
                    self.headers.get("Authorization") != f"Bearer {server.bearer_token}"
                ):
                    return 401, {"message": "unauthorised"}
                m = _BANK.fullmatch(self.path)
                if m and method == "GET":
                    if m.group(1) not in server.banks:
                        return 404, {"message": "bank not found"}
                    return 200, {"name": m.group(1), "matching_enabled_ratio": 1.0}
                m = _SIGNAL.fullmatch(self.path)
                if m and method == "POST":
                    if m.group(1) not in server.banks:
                        return 404, {"message": "bank not found"}
                    if self.headers.get("Content-Type") != "application/json":
                        return 415, {"message": "expected application/json"}
                    return self._add(m.group(1), body)
                m = _CONTENT.fullmatch(self.path)
                if m and method in ("GET", "DELETE"):
                    cid = int(m.group(2))
                    with server.lock:
                        item = server.content.get(cid)
                        if item is None or item["bank"] != m.group(1):
                            return 404, {"message": "content not found"}
                        if method == "DELETE":
                            del server.content[cid]
                            return 200, {"deleted": 1}
                        return 200, {"id": cid, "bank": item["bank"], "enabled": True}
                return 404, {"message": "not found"}

            def _add(self, bank: str, body: bytes) -> tuple[int, object]:
                try:
                    doc = json.loads(body)
                except ValueError:
                    return 400, {"message": "invalid json"}
                if not isinstance(doc, dict):
                    return 400, {"message": "expected an object"}
                note = doc.pop("note", None)
                if note is not None and (not isinstance(note, str) or len(note) > 255):
                    return 400, {"message": "note too long"}
                if not doc:
                    return 400, {"message": "no signals"}
                for name, value in doc.items():
                    if name not in server.enabled:
                        return 400, {"message": f"unknown signal type {name}"}
                    if name == "vpdq":
                        if not _valid_vpdq(value):
                            return 400, {"message": "bad vpdq"}
                    elif not isinstance(value, str) or not re.fullmatch(
                        rf"[0-9a-f]{{{HEX[name]}}}", value
                    ):
                        return 400, {"message": f"invalid {name}"}
                with server.lock:
                    cid = server.next_id
                    server.next_id += 1
                    server.content[cid] = {"bank": bank, "signals": doc, "note": note}
                return 200, {"id": cid, "signals": {k: {"value": v} for k, v in doc.items()}}

            def do_GET(self) -> None:
                self._do("GET")

            def do_POST(self) -> None:
                self._do("POST")

            def do_DELETE(self) -> None:
                self._do("DELETE")

        return Handler


def _hex(seed: int, digits: int) -> str:
    import hashlib

    out = ""
    n = 0
    while len(out) < digits:
        out += hashlib.sha256(f"{seed}:{n}".encode()).hexdigest()
        n += 1
    return out[:digits]


def photo_item(seed: int, quality: int = 90, variants: tuple[str, ...] = ()) -> HashItem:
    signals: list[Signal | VpdqSignal] = [Signal("pdq", _hex(seed, 64), quality, "original")]
    signals += [Signal("pdq", _hex(seed * 100 + k, 64), quality, v) for k, v in enumerate(variants)]
    signals += [Signal("md5", _hex(seed + 7, 32)), Signal("sha256", _hex(seed + 8, 64))]
    return HashItem(new_item_id(), "image", signals)


#: The PDQ variants ``hash --robust`` registers besides the original, in the document's order.
ROBUST_VARIANTS = (EXIF_UPRIGHT, *DIHEDRAL, *ROBUST)


def robust_item(seed: int, order: int | None = None) -> HashItem:
    """A photo as ``hash --robust`` registers it: 44 PDQ and two digests. With ``order``,
    its variants come shuffled (by that seed), as no bank may rely on their order."""
    variants = list(ROBUST_VARIANTS)
    if order is not None:
        random.Random(order).shuffle(variants)
    return photo_item(seed, variants=tuple(variants))


def video_item(seed: int, quality: int = 80) -> HashItem:
    frames = tuple(VpdqFrame(_hex(seed * 10 + k, 64), quality, float(k), k * 25) for k in range(3))
    return HashItem(
        new_item_id(),
        "video",
        [
            VpdqSignal(frames, 1.0),
            Signal("md5", _hex(seed + 17, 32)),
            Signal("sha256", _hex(seed + 18, 64)),
        ],
    )


def sample_hashset(photos: int = 2, videos: int = 1) -> HashSet:
    items = [photo_item(n + 1) for n in range(photos)]
    items += [video_item(n + 101) for n in range(videos)]
    return HashSet(items)


def self_signed(folder: Any, host: str = "127.0.0.1") -> tuple[Any, Any, str]:
    """(certificate path, key path, SHA-256 of its public key) for ``host``."""
    import datetime
    import hashlib
    import ipaddress
    from pathlib import Path

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(host))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    folder = Path(folder)
    cert_path, key_path = folder / f"cert-{host}.pem", folder / f"key-{host}.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    spki = key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return cert_path, key_path, hashlib.sha256(spki).hexdigest()
