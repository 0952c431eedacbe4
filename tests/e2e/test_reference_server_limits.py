"""The reference server under attack and under load: token guessing, bodies before credentials,
malformed lengths, many clients at once, and the database file's mode. Real HTTP on 127.0.0.1."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import stat
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from stopncii_desktop.bank.base import BankError
from stopncii_desktop.bank.caseapi import CaseApiClient
from stopncii_desktop.bank.endpoints import Endpoint
from stopncii_desktop.bank.reference_server import ReferenceServer
from stopncii_desktop.bank.throttle import GuessLimits, client_key
from stopncii_desktop.bank.transport import TransportOptions
from stopncii_desktop.case.token import format_token, new_token
from tests.e2e.hma_server import sample_hashset


class Clock:
    """The throttle's clock, moved by the test (and by the client's waits)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def server(clock: Clock) -> Iterator[ReferenceServer]:
    limits = GuessLimits(per_address=5, per_address_seconds=10, overall=1000, overall_seconds=1)
    with ReferenceServer(limits=limits, clock=clock) as srv:
        yield srv


def _status(url: str, token: str) -> requests.Response:
    return requests.get(url + "/v1/case", headers={"Case-Token": token}, timeout=30)


def _client(url: str, **options: object) -> CaseApiClient:
    return CaseApiClient(Endpoint("caseapi", url), options=TransportOptions(**options))  # type: ignore[arg-type]


def _raw(url: str, request: bytes, source: str = "127.0.0.1") -> bytes:
    """Send raw bytes; return the one answer (headers and body) the server sends back."""
    host, port = url.rsplit("//", 1)[1].split(":")
    with socket.create_connection((host, int(port)), timeout=30, source_address=(source, 0)) as s:
        s.sendall(request)
        answer = b""
        while b"\r\n\r\n" not in answer:
            chunk = s.recv(65536)
            assert chunk, f"the server closed without answering: {answer!r}"
            answer += chunk
        head, body = answer.split(b"\r\n\r\n", 1)
        length = int(head.lower().split(b"content-length:", 1)[1].split(b"\r\n", 1)[0])
        while len(body) < length:
            chunk = s.recv(65536)
            assert chunk, "the answer was cut short"
            body += chunk
        return head + b"\r\n\r\n" + body


# -- tokens ---------------------------------------------------------------------


def test_only_tokens_of_the_apps_form_are_taken(server: ReferenceServer, clock: Clock) -> None:
    real = new_token().value
    symbols = real.replace("-", "")
    wrong_check = format_token(symbols[:-1] + ("0" if symbols[-1] != "0" else "1"))
    for bad in ("123456", "NGO-CASE-0042", real.lower(), real.replace("-", ""), wrong_check):
        resp = _status(server.url, bad)
        assert resp.status_code == 400 and resp.json()["error"] == "bad-token", bad
        assert "seven groups of four" in resp.json()["message"]
    clock.sleep(10)  # each refusal counted as a failed lookup: one try has come back
    assert _status(server.url, real).status_code == 404


def test_guessing_is_throttled_and_a_right_guess_meanwhile_tells_nothing(
    server: ReferenceServer, clock: Clock
) -> None:
    owner = _client(server.url, retries=0)
    token = new_token()
    plan = owner.plan(sample_hashset(), token)
    owner.send_unit(plan.units[0], token, "idem-key-guessing")

    answers = [_status(server.url, new_token().value).status_code for _ in range(5)]
    assert answers == [404] * 5
    for guess in (new_token().value, "123456", token.value):
        blocked = _status(server.url, guess)
        assert blocked.status_code == 429 and blocked.headers["Retry-After"] == "10"
        assert blocked.json()["error"] == "too-many-failures"
    withdraw = requests.delete(server.url + "/v1/case", headers={"Case-Token": token.value})
    assert withdraw.status_code == 429
    clock.sleep(10)  # one more try has come back
    assert _status(server.url, token.value).status_code == 200
    assert _status(server.url, new_token().value).status_code == 404
    assert _status(server.url, token.value).status_code == 429
    clock.sleep(50)
    assert _status(server.url, token.value).status_code == 200
    assert requests.get(server.url + "/v1/health", timeout=30).status_code == 200


def test_guesses_in_bulk_find_nothing_and_mostly_wait(server: ReferenceServer) -> None:
    """The audit's attack (20,000 guesses in 12 s, never slowed, and a 6-character token taken):
    now no such token is taken, and after the first few every guess is told to wait."""
    session = requests.Session()
    codes: Counter[int] = Counter()
    for n in range(400):
        guess = f"{n:06d}" if n % 2 else new_token().value
        codes[session.get(server.url + "/v1/case", headers={"Case-Token": guess}).status_code] += 1
    assert codes[200] == 0
    assert codes[400] + codes[404] == 5 and codes[429] == 395


def test_the_overall_limit_holds_across_addresses(clock: Clock) -> None:
    limits = GuessLimits(per_address=100, per_address_seconds=1, overall=6, overall_seconds=5)
    with ReferenceServer(limits=limits, clock=clock) as srv:
        request = (
            b"GET /v1/case HTTP/1.1\r\nHost: x\r\nCase-Token: 123456\r\nConnection: close\r\n\r\n"
        )
        answers = [_raw(srv.url, request, f"127.0.0.{n}").split(b" ", 2)[1] for n in range(2, 12)]
    assert answers == [b"400"] * 6 + [b"429"] * 4


def test_the_client_waits_as_retry_after_says(server: ReferenceServer, clock: Clock) -> None:
    for _ in range(5):
        _status(server.url, new_token().value)
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        clock.sleep(seconds)

    client = _client(server.url, retries=2, sleep=sleep)
    states = client.status(new_token(), [])
    assert states == [] and waits == [10.0]
    # Asked to wait longer than it will, it gives up at once and says so.
    for _ in range(6):
        _status(server.url, new_token().value)
    impatient = _client(server.url, retries=2, max_retry_after=5, sleep=sleep)
    with pytest.raises(BankError, match="too many requests") as info:
        impatient.status(new_token(), [])
    assert info.value.retryable


def test_ipv6_clients_are_counted_by_their_network() -> None:
    assert client_key("2001:db8:1:2:aaaa::1") == client_key("2001:db8:1:2:bbbb::2")
    assert client_key("2001:db8:1:3::1") != client_key("2001:db8:1:2::1")
    assert client_key("::ffff:192.0.2.7") == client_key("192.0.2.7") == "192.0.2.7"


# -- credentials before bodies, lengths ----------------------------------------------


def test_credentials_are_checked_before_a_body_is_read() -> None:
    with ReferenceServer(bearer_token="the-right-one") as srv:
        for headers, code in (
            (b"", b"401"),  # no bearer token
            (b"Authorization: Bearer the-right-one\r\nCase-Token: 123456\r\n", b"400"),
        ):
            head = (
                b"POST /v1/case/hashes HTTP/1.1\r\nHost: x\r\nIdempotency-Key: k-0123456789\r\n"
                + headers
                + b"Content-Length: 33554432\r\n\r\n"
            )
            started = time.monotonic()
            answer = _raw(srv.url, head)  # 32 MiB announced, none sent
            assert answer.split(b" ", 2)[1] == code, answer
            assert time.monotonic() - started < 25  # answered, not waiting for the body
            assert b"Connection: close" in answer


def test_a_small_refused_body_still_gets_its_answer_on_a_kept_connection() -> None:
    with ReferenceServer(bearer_token="the-right-one") as srv:
        session = requests.Session()
        body = {"hashes": [{"ref": "ab" * 8, "media": "image", "type": "md5", "value": "0" * 32}]}
        headers = {"Case-Token": new_token().value, "Idempotency-Key": "k" * 12}
        first = session.post(srv.url + "/v1/case/hashes", json=body, headers=headers)
        assert first.status_code == 401 and first.headers.get("Connection") != "close"
        headers["Authorization"] = "Bearer the-right-one"
        assert session.post(srv.url + "/v1/case/hashes", json=body, headers=headers).ok


# HTTP headers are read as Latin-1: "²" (0xB2) then passes str.isdigit(), and int() failed.
@pytest.mark.parametrize(
    "length", ["²", "¹²", "-1", "1e3", "0x10", "12, 13", " ", "99999999999999"]
)
def test_a_malformed_content_length_is_a_400(server: ReferenceServer, length: str) -> None:
    request = (
        "POST /v1/case/hashes HTTP/1.1\r\nHost: x\r\n"
        f"Case-Token: {new_token().value}\r\nIdempotency-Key: k-0123456789\r\n"
        f"Content-Length: {length}\r\n\r\n{{}}"
    ).encode("latin-1")
    answer = _raw(server.url, request)
    assert answer.startswith(b"HTTP/1.1 400 "), answer
    assert json.loads(answer.split(b"\r\n\r\n", 1)[1])["error"] == "bad-length"


def test_bodies_on_other_routes_and_chunked_bodies_are_refused(server: ReferenceServer) -> None:
    token = new_token().value
    resp = requests.get(server.url + "/v1/case", headers={"Case-Token": token}, data=b"x" * 10)
    assert resp.status_code == 400
    request = (
        "POST /v1/case/hashes HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
        f"Case-Token: {token}\r\nIdempotency-Key: k-0123456789\r\n\r\n2\r\n{{}}\r\n0\r\n\r\n"
    ).encode()
    assert _raw(server.url, request).startswith(b"HTTP/1.1 400 ")


# -- load ----------------------------------------------------------------------


def test_fifty_parallel_submissions_are_all_answered() -> None:
    """With a backlog of 5, 25 of 50 got a connection reset; none is retried here."""
    count = 50
    with ReferenceServer() as srv:
        barrier = threading.Barrier(count)
        outcomes: list[str] = []

        def submit() -> None:
            client = _client(srv.url, retries=0, connect_timeout=60, read_timeout=120)
            token = new_token()
            plan = client.plan(sample_hashset(), token)
            barrier.wait(60)
            try:
                stored = client.send_unit(plan.units[0], token, f"key-{token.value}")
                outcomes.append("stored" if len(stored) == plan.hash_count else "partial")
            except BankError as exc:
                outcomes.append(exc.message)

        threads = [threading.Thread(target=submit) for _ in range(count)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(300)
        assert Counter(outcomes) == {"stored": count}
        assert len({r["case_key"] for r in srv.hash_rows()}) == count


def test_a_case_holds_a_bounded_number_of_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    from stopncii_desktop.bank import _case_store

    monkeypatch.setattr(_case_store, "MAX_CASE_HASHES", 12)
    with ReferenceServer() as srv:
        client = _client(srv.url, retries=0)
        token = new_token()
        plan = client.plan(sample_hashset(), token)
        assert plan.hash_count <= 12 < 2 * plan.hash_count
        client.send_unit(plan.units[0], token, "first-key-000")
        client.send_unit(plan.units[0], token, "first-key-000")  # a repeat is still answered
        with pytest.raises(BankError, match="at most 12 hashes"):
            client.send_unit(plan.units[0], token, "second-key-00")


# -- the database file -------------------------------------------------------------


def test_the_database_and_its_journal_are_owner_only(tmp_path: Path) -> None:
    db = tmp_path / "cases.sqlite3"
    old = os.umask(0o022)
    try:
        with ReferenceServer(db=db) as srv:
            client = _client(srv.url, retries=0)
            token = new_token()
            client.send_unit(client.plan(sample_hashset(), token).units[0], token, "key-000001")
            assert stat.S_IMODE(db.stat().st_mode) == 0o600
            # A write in progress: its rollback journal takes the database's mode.
            other = sqlite3.connect(db, isolation_level=None)
            other.execute("BEGIN IMMEDIATE")
            other.execute("DELETE FROM idempotency")
            journal = tmp_path / "cases.sqlite3-journal"
            assert stat.S_IMODE(journal.stat().st_mode) == 0o600
            other.execute("ROLLBACK")
            other.close()
    finally:
        os.umask(old)
    assert [p.name for p in tmp_path.iterdir()] == ["cases.sqlite3"]
