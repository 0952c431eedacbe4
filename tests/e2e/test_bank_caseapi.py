"""The case API client against the reference server on 127.0.0.1: the whole flow, and faults."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from stopncii_desktop.bank.base import BankError, Plan, RemoteEntry
from stopncii_desktop.bank.caseapi import (
    MAX_HASHES_PER_CASE,
    MAX_HASHES_PER_REQUEST,
    CaseApiClient,
)
from stopncii_desktop.bank.endpoints import Endpoint
from stopncii_desktop.bank.outbox import Outbox
from stopncii_desktop.bank.receipts import Receipt, list_receipts, save_receipt
from stopncii_desktop.bank.reference_server import Fault, ReferenceServer, tls_context
from stopncii_desktop.bank.service import Case, deliver_outbox, make_plan, submit_with_outbox
from stopncii_desktop.bank.transport import TransportOptions
from stopncii_desktop.case.hashset import HashSet
from stopncii_desktop.case.token import new_token
from stopncii_desktop.hashing.results import Signal
from stopncii_desktop.hashing.variants import BANK_ORDER
from tests.e2e.hma_server import ROBUST_VARIANTS, robust_item, sample_hashset, self_signed


class Sleeps(list[float]):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def server() -> Iterator[ReferenceServer]:
    srv = ReferenceServer()
    srv.start()
    yield srv
    srv.stop()


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


def _client(url: str, sleeps: Sleeps, **opts: object) -> CaseApiClient:
    options = TransportOptions(
        connect_timeout=2, read_timeout=2, retries=3, backoff=0.01, sleep=sleeps
    )
    for k, v in opts.items():
        setattr(options, k, v)
    return CaseApiClient(Endpoint("caseapi", url), options=options)


@pytest.fixture
def client(server: ReferenceServer, sleeps: Sleeps) -> CaseApiClient:
    return _client(server.url, sleeps)


def _submit(client: CaseApiClient, tmp_path: Path, **kw: object) -> object:
    return submit_with_outbox(
        client,
        sample_hashset(),
        kw.pop("token", None) or new_token(),  # type: ignore[arg-type]
        outbox=Outbox(tmp_path / "outbox"),
        receipts_folder=tmp_path / "receipts",
        **kw,  # type: ignore[arg-type]
    )


def test_submit_status_withdraw_one_then_all(
    server: ReferenceServer, client: CaseApiClient, tmp_path: Path
) -> None:
    hs = sample_hashset()
    token = new_token()
    plan = make_plan(client, hs, token)
    done = submit_with_outbox(
        client,
        hs,
        token,
        outbox=Outbox(tmp_path / "outbox"),
        receipts_folder=tmp_path / "receipts",
    )
    rows = server.hash_rows()
    assert len(rows) == plan.hash_count == len(done.receipt.entries) == 2 * 3 + 3
    # The server keeps a digest of the token, never the token.
    assert all(r["case_key"] != token.value and len(r["case_key"]) == 64 for r in rows)
    assert {e.item_id for e in done.receipt.entries} == {i.id for i in hs.items}
    assert Outbox(tmp_path / "outbox").pending() == ([], [])
    [(path, receipt)] = list_receipts(tmp_path / "receipts")
    assert receipt.token == token.value and path == done.receipt_path

    entries = done.receipt.entries
    states = client.status(token, entries)
    assert {s.state for s in states} == {"active"} and len(states) == len(entries)

    one = entries[0].remote_id
    assert client.withdraw(token, entries, one) == 1
    by_id = {s.remote_id: s.state for s in client.status(token, entries)}
    assert by_id[one] == "withdrawn"
    assert sum(v == "active" for v in by_id.values()) == len(entries) - 1

    assert client.withdraw(token, entries) == len(entries) - 1
    assert {s.state for s in client.status(token, entries)} == {"withdrawn"}
    assert client.withdraw(token, entries) == 0

    # Someone else's token sees nothing.
    other = client.status(new_token(), entries)
    assert {s.state for s in other} == {"absent"}
    with pytest.raises(BankError, match="not found"):
        client.withdraw(new_token(), entries)


def test_the_requests_shown_are_the_requests_sent(
    server: ReferenceServer, client: CaseApiClient, tmp_path: Path
) -> None:
    """The case API takes the case token in a header: what the app shows before sending
    names it, with the one body that goes."""
    hs, token = sample_hashset(), new_token()
    shown = client.describe_requests(make_plan(client, hs, token), token)
    assert shown["to"] == server.url
    assert shown["header"] == {"Case-Token": token.value}
    submit_with_outbox(client, hs, token, outbox=Outbox(tmp_path), receipts_folder=tmp_path)
    requests = shown["requests"]
    assert isinstance(requests, list) and len(requests) == 1
    sent = {(r["ref"], r["type"], r["value"]) for r in server.hash_rows()}
    assert {(h["ref"], h["type"], h["value"]) for h in requests[0]["hashes"]} == sent


def test_low_quality_and_vpdq_rules(client: CaseApiClient) -> None:
    from stopncii_desktop.case.hashset import HashSet
    from tests.e2e.hma_server import photo_item, video_item

    token = new_token()
    hs = HashSet([photo_item(1, quality=20), video_item(2, quality=10), photo_item(3)])
    plan = make_plan(client, hs, token)
    sent = plan.units[0].body["hashes"]
    assert isinstance(sent, list)
    assert not [h for h in sent if h["type"] in ("pdq", "vpdq") and h["ref"] != hs.items[2].id]
    assert len(plan.held_back) == 2
    # Low-quality PDQ may be sent to a case API when asked; a vPDQ with no clear frame never.
    plan = make_plan(client, hs, token, include_low_quality=True)
    sent = plan.units[0].body["hashes"]
    assert isinstance(sent, list)
    assert [h["type"] for h in sent].count("pdq") == 2
    assert "vpdq" not in [h["type"] for h in sent]


def test_a_500_then_success(
    server: ReferenceServer, client: CaseApiClient, sleeps: Sleeps, tmp_path: Path
) -> None:
    server.inject(Fault("status", 500))
    _submit(client, tmp_path)
    assert sleeps == [0.01]
    assert len(server.hash_rows()) == 9


def test_connection_dropped_mid_request(
    server: ReferenceServer, client: CaseApiClient, sleeps: Sleeps, tmp_path: Path
) -> None:
    server.inject(Fault("drop"), Fault("drop"))
    _submit(client, tmp_path)
    assert len(sleeps) == 2
    assert len(server.hash_rows()) == 9


def test_answer_lost_after_store_is_not_stored_twice(
    server: ReferenceServer, sleeps: Sleeps, tmp_path: Path
) -> None:
    client = _client(server.url, sleeps, read_timeout=0.3)
    server.inject(Fault("hang_after_store", seconds=1.0))
    _submit(client, tmp_path)
    assert len(sleeps) == 1
    assert len(server.hash_rows()) == 9


def test_timeout_keeps_it_queued_then_it_goes_once(
    server: ReferenceServer, sleeps: Sleeps, tmp_path: Path
) -> None:
    client = _client(server.url, sleeps, read_timeout=0.2, retries=1)
    server.inject(*(Fault("hang_after_store", seconds=0.5) for _ in range(2)))
    with pytest.raises(BankError) as info:
        _submit(client, tmp_path)
    assert info.value.retryable and "in time" in info.value.message
    (waiting,), _ = Outbox(tmp_path / "outbox").pending()
    assert waiting.remaining == 1
    rows_before = len(server.hash_rows())
    assert rows_before == 9  # the bank did store it; only its answer was lost
    report = deliver_outbox(
        Outbox(tmp_path / "outbox"),
        lambda e: _client(e.url, sleeps),
        receipts_folder=tmp_path / "receipts",
    )
    assert len(report.delivered) == 1 and not report.failed
    assert len(server.hash_rows()) == 9
    assert Outbox(tmp_path / "outbox").pending() == ([], [])


def test_server_down_keeps_it_queued(tmp_path: Path, sleeps: Sleeps) -> None:
    srv = ReferenceServer()
    url = srv.url
    srv.stop()  # nothing listens there now
    client = _client(url, sleeps, retries=2)
    with pytest.raises(BankError) as info:
        _submit(client, tmp_path)
    assert info.value.retryable and "could not be reached" in info.value.message
    assert len(sleeps) == 2
    (waiting,), _ = Outbox(tmp_path / "outbox").pending()
    assert waiting.units and not waiting.confirmed


def test_429_retry_after_is_honoured(
    server: ReferenceServer, client: CaseApiClient, sleeps: Sleeps, tmp_path: Path
) -> None:
    from datetime import UTC, datetime, timedelta
    from email.utils import format_datetime

    when = format_datetime(datetime.now(UTC) + timedelta(seconds=3), usegmt=True)
    server.inject(Fault("status", 429, retry_after="2"), Fault("status", 503, retry_after=when))
    _submit(client, tmp_path)
    assert sleeps[0] == 2.0
    assert 1.0 <= sleeps[1] <= 3.0
    assert len(server.hash_rows()) == 9


def test_429_asking_too_long_gives_up_at_once(
    server: ReferenceServer, client: CaseApiClient, sleeps: Sleeps, tmp_path: Path
) -> None:
    server.inject(Fault("status", 429, retry_after="3600"))
    with pytest.raises(BankError) as info:
        _submit(client, tmp_path)
    assert info.value.retryable and "3600" in info.value.message
    assert sleeps == []


def test_real_retry_after_wait(server: ReferenceServer, tmp_path: Path) -> None:
    """With the real clock: the client does wait as long as Retry-After says."""
    client = CaseApiClient(
        Endpoint("caseapi", server.url), options=TransportOptions(retries=1, backoff=0.01)
    )
    server.inject(Fault("status", 429, retry_after="1"))
    start = time.monotonic()
    _submit(client, tmp_path)
    assert time.monotonic() - start >= 1.0


def test_idempotency_key_reuse(server: ReferenceServer, client: CaseApiClient) -> None:
    token = new_token()
    plan = make_plan(client, sample_hashset(), token)
    first = client.send_unit(plan.units[0], token, "key-12345678")
    again = client.send_unit(plan.units[0], token, "key-12345678")
    assert first == again
    assert len(server.hash_rows()) == 9
    other = make_plan(client, sample_hashset(1, 0), token)
    with pytest.raises(BankError, match="conflict"):
        client.send_unit(other.units[0], token, "key-12345678")


def test_4xx_messages_are_plain(sleeps: Sleeps, tmp_path: Path) -> None:
    with ReferenceServer(bearer_token="right-token") as srv:
        client = _client(srv.url, sleeps)
        with pytest.raises(BankError) as info:
            _submit(client, tmp_path)
        assert info.value.status == 401 and "bearer token" in info.value.message
        assert not info.value.retryable and sleeps == []
        ok = CaseApiClient(Endpoint("caseapi", srv.url), "right-token", TransportOptions(retries=0))
        _submit(ok, tmp_path / "2")
        assert len(srv.hash_rows()) == 9
        wrong_path = CaseApiClient(
            Endpoint("caseapi", srv.url + "/nothing-here"), "right-token", TransportOptions()
        )
        with pytest.raises(BankError, match="check the address"):
            _submit(wrong_path, tmp_path / "3")


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[tuple[ReferenceServer, Path, str]]:
    cert, key, pin = self_signed(tmp_path)
    srv = ReferenceServer(ssl_context=tls_context(cert, key))
    srv.start()
    yield srv, cert, pin
    srv.stop()


def test_https_with_the_right_pin(
    tls_server: tuple[ReferenceServer, Path, str], sleeps: Sleeps, tmp_path: Path
) -> None:
    srv, cert, pin = tls_server
    assert srv.url.startswith("https://127.0.0.1")
    options = TransportOptions(retries=0, ca_bundle=str(cert), sleep=sleeps)
    client = CaseApiClient(Endpoint("caseapi", srv.url, pin=pin), options=options)
    _submit(client, tmp_path)
    assert len(srv.hash_rows()) == 9


def test_wrong_pin_is_refused_before_anything_is_sent(
    tls_server: tuple[ReferenceServer, Path, str], sleeps: Sleeps, tmp_path: Path
) -> None:
    srv, cert, _ = tls_server
    (tmp_path / "other").mkdir()
    _, _, other_pin = self_signed(tmp_path / "other")
    options = TransportOptions(retries=2, ca_bundle=str(cert), sleep=sleeps)
    client = CaseApiClient(Endpoint("caseapi", srv.url, pin=other_pin), options=options)
    with pytest.raises(BankError) as info:
        _submit(client, tmp_path)
    assert "pinned" in info.value.message and not info.value.retryable
    assert sleeps == []
    assert srv.hash_rows() == []
    (waiting,), _ = Outbox(tmp_path / "outbox").pending()
    assert not waiting.confirmed


def test_unverifiable_certificate_is_refused(
    tls_server: tuple[ReferenceServer, Path, str], sleeps: Sleeps, tmp_path: Path
) -> None:
    srv, _, pin = tls_server
    client = CaseApiClient(
        Endpoint("caseapi", srv.url, pin=pin), options=TransportOptions(retries=0)
    )
    with pytest.raises(BankError, match="could not be verified"):
        _submit(client, tmp_path)
    assert srv.hash_rows() == []


@pytest.mark.slow
def test_killed_between_outbox_and_answer_then_sent_exactly_once(tmp_path: Path) -> None:
    """A real ``submit`` process is killed (SIGKILL) after the bank stored the case but
    before its answer arrived; ``submit --outbox`` then completes it, stored once."""
    if not hasattr(signal, "SIGKILL"):
        pytest.skip("SIGKILL is POSIX only")
    env = {
        **os.environ,
        "STOPNCII_DATA_DIR": str(tmp_path / "data"),
        "STOPNCII_CONFIG_DIR": str(tmp_path / "config"),
        "PYTHONIOENCODING": "utf-8",
    }
    set_file = tmp_path / "set.json"
    set_file.write_text(sample_hashset().dumps())
    with ReferenceServer() as srv:
        fault = Fault("hang_after_store", seconds=5)
        srv.inject(fault)
        proc = subprocess.Popen(
            [sys.executable, "-m", "stopncii_desktop", "submit", "--kind", "caseapi",
             "--url", srv.url, str(set_file)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )  # fmt: skip
        try:
            assert fault.reached.wait(30), "the submission never reached the bank"
            deadline = time.monotonic() + 10
            while not srv.hash_rows() and time.monotonic() < deadline:
                time.sleep(0.02)
            assert len(srv.hash_rows()) == 9
            proc.send_signal(signal.SIGKILL)
            proc.wait(10)
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.communicate()
        assert proc.returncode == -signal.SIGKILL
        box = Outbox(tmp_path / "data" / "outbox")
        (waiting,), problems = box.pending()
        assert problems == [] and waiting.remaining == 1

        out = subprocess.run(
            [sys.executable, "-m", "stopncii_desktop", "submit", "--outbox"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert out.returncode == 0, out.stderr
        assert "stored: 9" in out.stdout
        assert len(srv.hash_rows()) == 9  # exactly once
        assert box.pending() == ([], [])
        receipts = list((tmp_path / "data" / "receipts").glob("*.json"))
        assert len(receipts) == 1
        assert json.loads(receipts[0].read_text())["token"] == waiting.token
        # Nothing more is waiting: a second run sends nothing.
        again = subprocess.run(
            [sys.executable, "-m", "stopncii_desktop", "submit", "--outbox"],
            env=env, capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert again.returncode == 0 and "empty" in again.stderr
        assert len(srv.hash_rows()) == 9


def test_two_senders_never_send_the_same_submission(
    server: ReferenceServer, client: CaseApiClient, sleeps: Sleeps, tmp_path: Path
) -> None:
    box = Outbox(tmp_path / "outbox")
    plan = make_plan(client, sample_hashset(), new_token())
    from stopncii_desktop.bank.service import queue

    entry = queue(client, plan, new_token(), box)
    with box.sending(entry):  # the app is sending it right now
        report = deliver_outbox(
            Outbox(tmp_path / "outbox"), lambda e: _client(e.url, sleeps),
            receipts_folder=tmp_path / "receipts",
        )  # fmt: skip
        assert not report.delivered
        [(_, exc)] = report.failed
        assert exc.retryable and "another window" in exc.message
        assert server.hash_rows() == []
    report = deliver_outbox(
        box, lambda e: _client(e.url, sleeps), receipts_folder=tmp_path / "receipts"
    )
    assert len(report.delivered) == 1
    assert len(server.hash_rows()) == 9
    # A sender that read the outbox before it was cleared finds nothing left to do.
    from stopncii_desktop.bank.service import AlreadySent, deliver

    with pytest.raises(AlreadySent):
        deliver(client, entry, box, receipts_folder=tmp_path / "receipts")
    assert len(server.hash_rows()) == 9


def _numeric(host: object) -> bool:
    import ipaddress

    try:
        ipaddress.ip_address(str(host))
    except ValueError:
        return False
    return True


def test_localhost_is_reached_without_any_name_lookup(
    tmp_path: Path, sleeps: Sleeps, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``localhost`` goes to 127.0.0.1 or ::1 as the URL rule decided, never via a resolver."""
    import socket

    looked_up: list[object] = []
    real_getaddrinfo = socket.getaddrinfo

    def spy(host: object, *args: object, **kwargs: object) -> object:
        looked_up.append(host)
        return real_getaddrinfo(host, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "getaddrinfo", spy)
    for host in ("127.0.0.1", "::1"):  # the second is reached when 127.0.0.1 refuses
        with ReferenceServer(host) as srv:
            port = srv.httpd.server_address[1]
            done = _submit(_client(f"http://localhost:{port}", sleeps), tmp_path)
            assert done.receipt.entries and len(srv.hash_rows()) == len(done.receipt.entries)  # type: ignore[attr-defined]
        assert looked_up and all(_numeric(h) for h in looked_up), looked_up
    with pytest.raises(BankError, match="https"):
        _client("http://localhost.:8765", sleeps)


# -- large robust submissions: units within the request limit, a case within its limit --


def _robust_set(pictures: int) -> HashSet:
    return HashSet([robust_item(n + 1) for n in range(pictures)])


def _bodies(plan: Plan) -> list[list[dict[str, object]]]:
    out = []
    for unit in plan.units:
        hashes = unit.body["hashes"]
        assert isinstance(hashes, list)
        out.append(hashes)
    return out


def test_a_large_robust_submission_goes_in_units_each_sent_once(
    server: ReferenceServer, sleeps: Sleeps, tmp_path: Path
) -> None:
    """300 robust photos (46 hashes each: 13,800) is more than one request may carry."""
    hs = _robust_set(300)
    total = 300 * (1 + len(ROBUST_VARIANTS) + 2)
    client = _client(server.url, sleeps, read_timeout=2.0, retries=0)
    token = new_token()
    plan = make_plan(client, hs, token, receipts_folder=tmp_path / "receipts")
    bodies = _bodies(plan)
    assert plan.hash_count == total > MAX_HASHES_PER_REQUEST
    assert [u.key for u in plan.units] == ["case.1", "case.2"]
    assert all(len(b) <= MAX_HASHES_PER_REQUEST for b in bodies)
    # Whole pictures: each picture's every fingerprint is in one unit, which names it.
    for unit, body in zip(plan.units, bodies, strict=True):
        assert set(unit.item_ids) == {h["ref"] for h in body}
    assert sorted(i for u in plan.units for i in u.item_ids) == sorted(i.id for i in hs.items)
    # Each hash once, with its variant, exactly as the document has it.
    sent = [(h["ref"], h["type"], h["value"], h.get("variant")) for b in bodies for h in b]
    expected = [
        (i.id, s.type, s.value, s.variant)
        for i in hs.items
        for s in i.signals
        if isinstance(s, Signal)  # robust photos: no vPDQ
    ]
    assert sorted(map(str, sent)) == sorted(map(str, expected))

    # The first unit is stored; the second is stored too, but its answer is lost.
    server.inject(Fault("delay", seconds=0), Fault("hang_after_store", seconds=2.5))
    outbox = Outbox(tmp_path / "outbox")
    with pytest.raises(BankError) as info:
        submit_with_outbox(client, hs, token, outbox=outbox, receipts_folder=tmp_path / "r")
    assert info.value.retryable
    (waiting,), _ = outbox.pending()
    assert list(waiting.confirmed) == ["case.1"] and waiting.remaining == 1
    assert len(server.hash_rows()) == total
    # Resumed: only the second unit goes again, under its own key: stored once.
    report = deliver_outbox(
        outbox, lambda e: _client(e.url, sleeps), receipts_folder=tmp_path / "r"
    )
    [done] = report.delivered
    assert len(server.hash_rows()) == total == len(done.receipt.entries)
    pictures = Case.from_receipt(done.receipt).at(client).pictures()
    assert [p.item_id for p in pictures] == [i.id for i in hs.items]
    assert {(p.active, p.state) for p in pictures} == {(total // 300, "active")}


@pytest.mark.slow
def test_a_case_larger_than_the_bank_holds_is_refused_before_anything_is_queued(
    server: ReferenceServer, client: CaseApiClient, tmp_path: Path
) -> None:
    outbox = Outbox(tmp_path / "outbox")
    token = new_token()
    big = _robust_set(1100)  # 50,600 hashes
    with pytest.raises(BankError) as info:
        submit_with_outbox(client, big, token, outbox=outbox, receipts_folder=tmp_path / "r")
    message = info.value.message
    assert "50,600 fingerprints" in message and f"{MAX_HASHES_PER_CASE:,}" in message
    assert "Nothing was saved or sent" in message and "about 1,086 of these pictures" in message
    assert outbox.pending() == ([], []) and server.hash_rows() == []
    # Just within the limit: planned, in units of at most 10,000.
    fits = make_plan(client, _robust_set(1000), token, receipts_folder=tmp_path / "r")
    assert fits.hash_count == 46_000 and len(fits.units) == 5

    # What the case already holds at this bank, by the receipts kept here, counts too.
    held = [RemoteEntry(f"h_{n:016x}", "ab" * 8, ("pdq",)) for n in range(45_000)]
    save_receipt(Receipt(token.value, client.endpoint, held), tmp_path / "r")
    elsewhere = Endpoint("caseapi", "http://127.0.0.1:9")
    save_receipt(Receipt(token.value, elsewhere, held), tmp_path / "r")
    small = _robust_set(120)  # 5,520 hashes
    with pytest.raises(BankError, match="already holds 45,000") as info:
        make_plan(client, small, token, receipts_folder=tmp_path / "r")
    assert "about 108 of these pictures" in info.value.message
    assert make_plan(client, small, new_token(), receipts_folder=tmp_path / "r").units
    assert server.hash_rows() == []


def test_a_cap_on_fingerprints_per_picture_holds_for_a_case_api_too(
    server: ReferenceServer,
) -> None:
    endpoint = Endpoint("caseapi", server.url, max_pdq_per_picture=5)
    client = CaseApiClient(endpoint)
    item = robust_item(1, order=4)
    [body] = _bodies(make_plan(client, HashSet([item]), new_token()))
    pdqs = [h for h in body if h["type"] == "pdq"]
    by_value = {s.value: s for s in item.signals if isinstance(s, Signal)}
    assert [h["variant"] for h in pdqs] == [by_value[str(h["value"])].variant for h in pdqs]
    assert {h["variant"] for h in pdqs} == set(BANK_ORDER[:1] + BANK_ORDER[2:6])
    assert sum(h["type"] in ("md5", "sha256") for h in body) == 2
