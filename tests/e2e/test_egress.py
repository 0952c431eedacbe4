"""Every byte the client sends, recorded on the wire: only the documented fields, nothing else.

Real photos and a video with telling names and rich metadata are hashed by the
real ``hash`` command (plain, and ``--robust``: some 45 fingerprints per photo),
then submitted, checked by picture, one picture withdrawn and then the whole
case, through a recording TCP relay in front of each kind of bank.
"""

from __future__ import annotations

import json
import re
import select
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import av
import numpy as np
import pytest
from PIL import Image

from stopncii_desktop import __version__
from stopncii_desktop.bank.reference_server import ReferenceServer
from stopncii_desktop.case.token import new_token
from stopncii_desktop.cli import main
from stopncii_desktop.hashing.variants import PDQ_VARIANTS
from tests.e2e.hma_server import HmaServer
from tests.media import noisy_rgb

SECRETS = (
    "maria",
    "Maria Lopez",
    "nude",
    "Private Pictures",
    "Canon",
    "EOS 5D",
    "Hotel Room 214",
    "Barcelona",
    "2024:02:14",
    "Exif",
    "JFIF",
    "ftyp",
)
ALLOWED_HEADERS = {
    "host",
    "user-agent",
    "accept",
    "accept-encoding",
    "connection",
    "content-type",
    "content-length",
    "case-token",
    "idempotency-key",
}
HEX = re.compile(r"[0-9a-f]+")


class Recorder:
    """A TCP relay on 127.0.0.1 that keeps every byte the client sends."""

    def __init__(self, upstream: tuple[str, int]) -> None:
        self.upstream = upstream
        self.sent = bytearray()
        self.lock = threading.Lock()
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.running = True
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _accept(self) -> None:
        while self.running:
            try:
                client, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._relay, args=(client,), daemon=True).start()

    def _relay(self, client: socket.socket) -> None:
        with client, socket.create_connection(self.upstream) as server:
            # Passed on as they come, in pieces: without this each piece waits for the other
            # side's delayed acknowledgement (about 40 ms a request).
            for side in (client, server):
                side.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            while True:
                ready, _, _ = select.select([client, server], [], [], 5)
                if not ready:
                    return
                for s in ready:
                    data = s.recv(65536)
                    if not data:
                        return
                    if s is client:
                        with self.lock:
                            self.sent += data
                        server.sendall(data)
                    else:
                        client.sendall(data)

    def close(self) -> None:
        self.running = False
        self.sock.close()


def _exif() -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = "Canon"  # Make
    exif[0x0110] = "Canon EOS 5D"  # Model
    exif[0x013B] = "Maria Lopez"  # Artist
    exif[0x010E] = "maria nude Hotel Room 214 Barcelona"  # ImageDescription
    exif[0x0132] = "2024:02:14 23:10:00"  # DateTime
    exif[0x8298] = "Maria Lopez"  # Copyright
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (41.0, 23.0, 0.0)
    gps[3], gps[4] = "E", (2.0, 10.0, 0.0)
    return exif


def _video(path: Path) -> None:
    scene = noisy_rgb(320, 240, 5)
    with av.open(str(path), "w") as container:
        container.metadata["title"] = "maria nude Hotel Room 214"
        container.metadata["artist"] = "Maria Lopez"
        container.metadata["location"] = "Barcelona"
        stream: Any = container.add_stream("mpeg4", rate=10)
        stream.width, stream.height, stream.pix_fmt = 160, 120, "yuv420p"
        stream.bit_rate = 400_000
        for i in range(15):
            crop = np.ascontiguousarray(scene[i * 4 : i * 4 + 120, i * 8 : i * 8 + 160])
            for p in stream.encode(av.VideoFrame.from_ndarray(crop)):
                container.mux(p)
        for p in stream.encode():
            container.mux(p)


@pytest.fixture
def media(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, list[Path]]:
    monkeypatch.setenv("STOPNCII_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("STOPNCII_CONFIG_DIR", str(tmp_path / "config"))
    folder = tmp_path / "Private Pictures of maria"
    folder.mkdir()
    files = []
    for n, name in enumerate(("maria_nude_2024.jpg", "maria nude hotel.jpeg")):
        path = folder / name
        Image.fromarray(noisy_rgb(480, 360, n)).save(path, "JPEG", exif=_exif(), quality=92)
        files.append(path)
    video = folder / "maria_nude_video.mp4"
    _video(video)
    files.append(video)
    assert b"Maria Lopez" in files[0].read_bytes()
    return folder, files


@pytest.fixture(params=[False, True], ids=["plain", "robust"])
def hashed(media: tuple[Path, list[Path]], tmp_path: Path, request: pytest.FixtureRequest) -> Path:
    out = tmp_path / "set.json"
    robust = ["--robust"] if request.param else []
    assert main(["hash", *robust, "-o", str(out), *map(str, media[1])]) == 0
    doc = json.loads(out.read_text())
    assert len(doc["items"]) == 3
    if request.param:
        assert all(len(_pdqs(i)) > 30 for i in doc["items"][:2])
    return out


def _pdqs(item: dict[str, Any]) -> list[dict[str, Any]]:
    return [s for s in item["signals"] if s["type"] == "pdq"]


def _requests(raw: bytes) -> Iterator[tuple[str, dict[str, str], bytes]]:
    while raw:
        head, _, rest = raw.partition(b"\r\n\r\n")
        lines = head.decode("ascii").split("\r\n")
        headers = {}
        for line in lines[1:]:
            k, _, v = line.partition(":")
            headers[k.strip().lower()] = v.strip()
        size = int(headers.get("content-length", "0"))
        yield lines[0], headers, rest[:size]
        raw = rest[size:]


def _assert_clean(raw: bytes, media: tuple[Path, list[Path]], tmp_path: Path) -> None:
    lowered = raw.lower()
    for secret in SECRETS:
        assert secret.lower().encode() not in lowered, secret
    assert str(tmp_path).encode() not in raw
    for path in media[1]:
        data = path.read_bytes()
        for start in range(0, len(data) - 32, max(1, len(data) // 50)):
            assert data[start : start + 32] not in raw


def _hash_values(set_file: Path) -> set[str]:
    doc = json.loads(set_file.read_text())
    out = set()
    for item in doc["items"]:
        for s in item["signals"]:
            if s["type"] == "vpdq":
                out |= {f["value"] for f in s["frames"]}
            else:
                out.add(s["value"])
    return out


def _bodies_only_hashes(
    body: object, known: set[str], kind: str, token: str, variants: set[str | None]
) -> None:
    assert isinstance(body, dict)
    if kind == "caseapi":
        assert set(body) == {"hashes"}
        for h in body["hashes"]:
            assert set(h) <= {"ref", "media", "type", "value", "quality", "variant"}
            assert HEX.fullmatch(h["ref"]) and h["media"] in ("image", "video")
            if h["type"] == "vpdq":
                frames = json.loads(h["value"])
                assert {f.split(",")[0] for f in frames} <= known
            else:
                assert h["value"] in known
            assert h.get("variant") in variants
    else:
        assert set(body) <= {"pdq", "video_md5", "video_sha256", "vpdq", "note"}
        assert body["note"] == token
        for k, v in body.items():
            if k == "vpdq":
                assert {f.split(",")[0] for f in json.loads(v)} <= known
            elif k != "note":
                assert v in known


@pytest.mark.parametrize("kind", ["caseapi", "hma"])
def test_only_hashes_and_the_token_leave(
    kind: str,
    media: tuple[Path, list[Path]],
    hashed: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for secret in SECRETS[:7]:
        assert secret.lower() not in hashed.read_text().lower()
    # HMA keeps an NGO's own token in its note; the case API takes only the app's tokens.
    token = "NGO-EGRESS-0001" if kind == "hma" else new_token().value
    if kind == "caseapi":
        bank: Any = ReferenceServer()
        bank.start()
        upstream = bank.httpd.server_address[:2]
        extra: list[str] = []
    else:
        bank = HmaServer(enabled=("pdq", "video_md5", "video_sha256", "vpdq"))
        bank.start()
        upstream = bank.httpd.server_address[:2]
        extra = ["--bank", "NCII_TEST", "--hma-signals", "pdq,video_md5,video_sha256,vpdq"]
    relay = Recorder((str(upstream[0]), int(upstream[1])))
    try:
        ep = ["--kind", kind, "--url", relay.url, *extra]
        receipt = tmp_path / "receipt.json"
        args = ["submit", *ep, "--token", token, "--receipt", str(receipt), str(hashed)]
        assert main(args) == 0, capsys.readouterr().err
        assert main(["status", *ep, "--receipt", str(receipt)]) == 0
        first = json.loads(hashed.read_text())["items"][0]["id"]
        assert main(["withdraw", *ep, "--receipt", str(receipt), "--item", first]) == 0
        assert main(["withdraw", *ep, "--receipt", str(receipt)]) == 0
    finally:
        relay.close()
        bank.stop()
    raw = bytes(relay.sent)
    assert raw.count(b"HTTP/1.1\r\n") >= 3
    _assert_clean(raw, media, tmp_path)
    known = _hash_values(hashed)
    items = json.loads(hashed.read_text())["items"]
    robust = len(_pdqs(items[0])) > 1
    variants: set[str | None] = {None, *PDQ_VARIANTS} if robust else {None, "original"}
    methods = []
    bodies = 0
    for line, headers, body in _requests(raw):
        methods.append(line.split()[0])
        assert set(headers) <= ALLOWED_HEADERS, headers
        assert headers["user-agent"] == f"stopncii-desktop/{__version__}"
        assert "?" not in line.split()[1]  # nothing rides in a query string
        assert token not in line  # the token never goes in a URL
        if kind == "caseapi":
            assert headers["case-token"] == token
        if body:
            bodies += 1
            _bodies_only_hashes(json.loads(body), known, kind, token, variants)
    assert methods[0] == "POST" and "GET" in methods and "DELETE" in methods
    # HMA: one content item per photo fingerprint, and the video's.
    content_items = sum(len(_pdqs(i)) for i in items[:2]) + 1
    assert content_items == 3 if not robust else content_items > 60
    assert bodies == (1 if kind == "caseapi" else content_items)
    # Nothing the app keeps on disk names the files either.
    for path in (tmp_path / "data").rglob("*"):
        if path.is_file():
            _assert_clean(path.read_bytes(), media, tmp_path)
    _assert_clean(receipt.read_bytes(), media, tmp_path)
