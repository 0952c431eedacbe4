"""The HMA client against an HMA-shaped server on 127.0.0.1: HMA's rules, the flow, and faults."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from stopncii_desktop.bank.base import BankError
from stopncii_desktop.bank.endpoints import Endpoint
from stopncii_desktop.bank.hma import HmaClient
from stopncii_desktop.bank.outbox import Outbox
from stopncii_desktop.bank.reference_server import Fault, tls_context
from stopncii_desktop.bank.service import Case, deliver_outbox, make_plan, submit_with_outbox
from stopncii_desktop.bank.transport import TransportOptions
from stopncii_desktop.case.hashset import HashItem, HashSet
from stopncii_desktop.case.token import CaseToken, new_token, parse_token
from stopncii_desktop.hashing.results import Signal
from stopncii_desktop.hashing.variants import BANK_ORDER
from tests.e2e.hma_server import (
    ROBUST_VARIANTS,
    HmaServer,
    photo_item,
    robust_item,
    sample_hashset,
    self_signed,
    video_item,
)

BANK = "NCII_TEST"
ALL = ("pdq", "video_md5", "video_sha256", "vpdq")


class Sleeps(list[float]):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def hma() -> Iterator[HmaServer]:
    srv = HmaServer(enabled=ALL)
    srv.start()
    yield srv
    srv.stop()


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


def _client(
    url: str,
    sleeps: Sleeps,
    signals: tuple[str, ...] = ALL,
    bearer: str | None = None,
    **opts: float,
) -> HmaClient:
    options = TransportOptions(
        connect_timeout=2, read_timeout=2, retries=3, backoff=0.01, sleep=sleeps
    )
    for k, v in opts.items():
        setattr(options, k, v)
    return HmaClient(Endpoint("hma", url, BANK, signals=signals), bearer, options)


def _posts(srv: HmaServer) -> list[dict[str, object]]:
    return [json.loads(body) for method, _, _, body in srv.requests if method == "POST"]


def _submit(client: HmaClient, tmp_path: Path, hs: HashSet | None = None) -> object:
    return _submit_token(client, tmp_path, hs or sample_hashset(), new_token())


def _submit_token(client: HmaClient, tmp_path: Path, hs: HashSet, token: CaseToken) -> object:
    return submit_with_outbox(
        client,
        hs,
        token,
        outbox=Outbox(tmp_path / "outbox"),
        receipts_folder=tmp_path / "receipts",
    )


def test_flow_one_request_per_content_item(hma: HmaServer, sleeps: Sleeps, tmp_path: Path) -> None:
    client = _client(hma.url, sleeps)
    hs = sample_hashset(2, 1)
    token = new_token()
    done = submit_with_outbox(
        client,
        hs,
        token,
        outbox=Outbox(tmp_path / "outbox"),
        receipts_folder=tmp_path / "receipts",
    )
    posts = _posts(hma)
    assert len(posts) == 3 == len(hma.content) == len(done.receipt.entries)
    for method, path, headers, _ in hma.requests:
        assert (method, path) == ("POST", f"/c/bank/{BANK}/signal")
        assert headers["Content-Type"] == "application/json"
    photo, video = posts[0], posts[2]
    assert set(photo) == {"pdq", "video_md5", "video_sha256", "note"}
    assert set(video) == {"vpdq", "video_md5", "video_sha256", "note"}
    for body in posts:
        assert body["note"] == token.value
        for name in ("pdq", "video_md5", "video_sha256"):
            if name in body:
                value = str(body[name])
                assert value == value.lower() and int(value, 16) >= 0
    assert json.loads(str(video["vpdq"]))[0].count(",") == 2
    # The content ids are kept in the receipt, with the item each came from.
    ids = [e.remote_id for e in done.receipt.entries]
    assert sorted(int(i) for i in ids) == sorted(hma.content)
    assert [e.item_id for e in done.receipt.entries] == [i.id for i in hs.items]

    entries = done.receipt.entries
    assert {s.state for s in client.status(token, entries)} == {"active"}
    assert client.withdraw(token, entries, ids[0]) == 1
    states = {s.remote_id: s.state for s in client.status(token, entries)}
    assert states[ids[0]] == "absent" and list(states.values()).count("active") == 2
    assert client.withdraw(token, entries) == 2
    assert hma.content == {}
    deletes = [(m, p) for m, p, _, _ in hma.requests if m == "DELETE"]
    assert deletes[0] == ("DELETE", f"/c/bank/{BANK}/content/{ids[0]}")
    with pytest.raises(BankError, match="not part"):
        client.withdraw(token, entries, "999")


def test_the_requests_shown_are_the_requests_sent(
    hma: HmaServer, sleeps: Sleeps, tmp_path: Path
) -> None:
    """HMA takes the case token as each content item's note: what the app shows before
    sending has no Case-Token header (none is sent) and holds each body as it goes."""
    client = _client(hma.url, sleeps, bearer="the-bank-sign-in")
    hs, token = sample_hashset(2, 1), new_token()
    shown = client.describe_requests(make_plan(client, hs, token), token)
    assert set(shown) == {"to", "requests"} and shown["to"] == hma.url
    assert "the-bank-sign-in" not in json.dumps(shown)
    _submit_token(client, tmp_path, hs, token)
    assert shown["requests"] == _posts(hma)
    assert all(body["note"] == token.value for body in _posts(hma))
    assert not any("Case-Token" in headers for _, _, headers, _ in hma.requests)


def test_one_pdq_per_content_item(hma: HmaServer, sleeps: Sleeps, tmp_path: Path) -> None:
    item = photo_item(5, variants=("exif-upright", "rotate90", "flipx"))
    _submit(_client(hma.url, sleeps), tmp_path, HashSet([item]))
    posts = _posts(hma)
    assert len(posts) == 4
    assert [str(p["pdq"]) for p in posts] == [str(s.to_json()["value"]) for s in item.signals[:4]]
    assert set(posts[0]) == {"pdq", "video_md5", "video_sha256", "note"}
    assert all(set(p) == {"pdq", "note"} for p in posts[1:])


def test_low_quality_never_submitted(hma: HmaServer, sleeps: Sleeps, tmp_path: Path) -> None:
    client = _client(hma.url, sleeps)
    hs = HashSet([photo_item(1, quality=49), video_item(2, quality=49), photo_item(3, quality=50)])
    plan = make_plan(client, hs, new_token(), include_low_quality=True)
    bodies = [dict(u.body) for u in plan.units]
    pdqs = [b["pdq"] for b in bodies if "pdq" in b]
    assert pdqs == [hs.items[2].signals[0].to_json()["value"]]
    assert not any("vpdq" in b for b in bodies)
    assert len(plan.held_back) == 2
    # The digests of the low-quality items still go: they match exact copies.
    assert len(bodies) == 3
    _submit(client, tmp_path, hs)
    assert sum("pdq" in p for p in _posts(hma)) == 1


def test_only_enabled_signals(sleeps: Sleeps, tmp_path: Path) -> None:
    srv = HmaServer()  # HMA's default: pdq and video_md5
    srv.start()
    try:
        client = _client(srv.url, sleeps, signals=("pdq", "video_md5"))
        done = _submit(client, tmp_path, sample_hashset(1, 1))
        posts = _posts(srv)
        assert [set(p) for p in posts] == [{"pdq", "video_md5", "note"}, {"video_md5", "note"}]
        assert any("vPDQ" in h for h in done.receipt.held_back)  # type: ignore[attr-defined]
        # Sending a type the deployment lacks is refused by HMA: the plan never does.
        with pytest.raises(BankError, match="HTTP 400"):
            _submit(_client(srv.url, sleeps), tmp_path / "2", sample_hashset(1, 0))
    finally:
        srv.stop()


def test_the_test_server_refuses_what_hma_refuses(hma: HmaServer, sleeps: Sleeps) -> None:
    client = _client(hma.url, sleeps)
    t = client.transport
    for body in (
        {"pdq": "AB" * 32},
        {"pdq": "ab" * 31},
        {"pdq": "ab" * 32, "note": "x" * 256},
        {"photo_md5": "ab" * 16},
    ):
        with pytest.raises(BankError) as info:
            t.request("POST", f"/c/bank/{BANK}/signal", body=body)
        assert info.value.status == 400
    assert hma.content == {}


def test_bank_names_and_note_length(hma: HmaServer, sleeps: Sleeps) -> None:
    for bad in ("ncii", "1BANK", "NCII-CASES", "", "NCII/../X"):
        with pytest.raises(BankError, match="capitals"):
            HmaClient(Endpoint("hma", hma.url, bad))
    client = _client(hma.url, sleeps)
    with pytest.raises(BankError, match="255"):
        client.plan(sample_hashset(1, 0), CaseToken("T" * 256, True))
    token = parse_token("N" * 128)
    plan = client.plan(sample_hashset(1, 0), token)
    assert plan.units[0].body["note"] == "N" * 128
    with pytest.raises(BankError, match="not found"):
        _client(hma.url, sleeps).transport.request("POST", "/c/bank/OTHER_BANK/signal", body={})


def test_bearer_token_for_a_proxy(sleeps: Sleeps, tmp_path: Path) -> None:
    srv = HmaServer(bearer_token="proxy-secret")
    srv.start()
    try:
        with pytest.raises(BankError, match="bearer token"):
            _submit(_client(srv.url, sleeps, ("pdq",)), tmp_path)
        _submit(_client(srv.url, sleeps, ("pdq",), "proxy-secret"), tmp_path / "2")
        assert len(srv.content) == 2
        assert srv.requests[-1][2]["Authorization"] == "Bearer proxy-secret"
    finally:
        srv.stop()


def test_faults_500_drop_429(hma: HmaServer, sleeps: Sleeps, tmp_path: Path) -> None:
    hma.inject(Fault("status", 500), Fault("drop"), Fault("status", 429, retry_after="4"))
    _submit(_client(hma.url, sleeps), tmp_path)
    assert sleeps == [0.01, 0.02, 4.0]
    assert len(hma.content) == 3


def test_failure_mid_way_then_resume_sends_only_unconfirmed(
    hma: HmaServer, sleeps: Sleeps, tmp_path: Path
) -> None:
    client = _client(hma.url, sleeps, retries=0)
    # The first content item goes through; the connection drops on the second.
    hma.inject(Fault("delay", seconds=0), Fault("drop"))
    with pytest.raises(BankError) as info:
        _submit(client, tmp_path)
    assert info.value.retryable
    (waiting,), _ = Outbox(tmp_path / "outbox").pending()
    assert len(waiting.confirmed) == 1 and waiting.remaining == 2
    sent_first = _posts(hma)[0]
    report = deliver_outbox(
        Outbox(tmp_path / "outbox"),
        lambda e: _client(e.url, sleeps, e.signals),
        receipts_folder=tmp_path / "receipts",
    )
    assert len(report.delivered) == 1
    assert len(report.delivered[0].receipt.entries) == 3
    posts = _posts(hma)
    assert posts.count(sent_first) == 1  # a confirmed item is never resent
    assert Outbox(tmp_path / "outbox").pending() == ([], [])


def test_wrong_pin_refused_right_pin_works(sleeps: Sleeps, tmp_path: Path) -> None:
    cert, key, pin = self_signed(tmp_path)
    (tmp_path / "other").mkdir()
    _, _, other = self_signed(tmp_path / "other")
    srv = HmaServer(ssl_context=tls_context(cert, key))
    srv.start()
    try:
        opts = TransportOptions(retries=2, ca_bundle=str(cert), sleep=sleeps)
        bad = HmaClient(Endpoint("hma", srv.url, BANK, pin=other), options=opts)
        with pytest.raises(BankError, match="pinned"):
            _submit(bad, tmp_path / "a")
        assert srv.requests == [] and sleeps == []
        good = HmaClient(Endpoint("hma", srv.url, BANK, pin=pin), options=opts)
        _submit(good, tmp_path / "b", sample_hashset(1, 0))
        assert len(srv.content) == 1
    finally:
        srv.stop()


def test_timeout_is_retried_and_nothing_is_lost(
    hma: HmaServer, sleeps: Sleeps, tmp_path: Path
) -> None:
    client = _client(hma.url, sleeps, read_timeout=0.2)
    hma.inject(Fault("drop"), Fault("delay", seconds=0.0))
    done = _submit(client, tmp_path, sample_hashset(1, 0))
    assert len(sleeps) == 1
    [entry] = done.receipt.entries  # type: ignore[attr-defined]
    assert int(entry.remote_id) in hma.content
    # A real timeout: the bank never answers in time, the submission stays queued.
    hma.inject(*(Fault("delay", seconds=0.5) for _ in range(2)))
    with pytest.raises(BankError, match="in time") as info:
        _submit(_client(hma.url, sleeps, read_timeout=0.2, retries=1), tmp_path / "2")
    assert info.value.retryable
    assert len(Outbox(tmp_path / "2" / "outbox").pending()[0]) == 1


@pytest.mark.slow
def test_killed_mid_submission_then_outbox_resumes(tmp_path: Path) -> None:
    """SIGKILL while HMA holds the answer to the second content item: ``submit --outbox``
    sends only what was not confirmed. HMA has no idempotency key, so the one item whose
    answer was lost is stored a second time; everything confirmed is never resent."""
    import os
    import signal
    import subprocess
    import sys
    import time

    if not hasattr(signal, "SIGKILL"):
        pytest.skip("SIGKILL is POSIX only")
    env = {
        **os.environ,
        "STOPNCII_DATA_DIR": str(tmp_path / "data"),
        "STOPNCII_CONFIG_DIR": str(tmp_path / "config"),
    }
    hs = sample_hashset(3, 0)
    (tmp_path / "set.json").write_text(hs.dumps())
    srv = HmaServer()
    srv.start()
    try:
        hang = Fault("hang_after_store", seconds=5)
        srv.inject(Fault("delay", seconds=0), hang)
        cmd = [sys.executable, "-m", "stopncii_desktop", "submit", "--kind", "hma",
               "--url", srv.url, "--bank", BANK, str(tmp_path / "set.json")]  # fmt: skip
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            assert hang.reached.wait(30)
            time.sleep(0.1)
            proc.send_signal(signal.SIGKILL)
            proc.wait(10)
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.communicate()
        (waiting,), _ = Outbox(tmp_path / "data" / "outbox").pending()
        assert len(waiting.confirmed) == 1 and waiting.remaining == 2
        first = _posts(srv)[0]
        out = subprocess.run(
            [sys.executable, "-m", "stopncii_desktop", "submit", "--outbox"],
            env=env, capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert out.returncode == 0, out.stderr
        posts = _posts(srv)
        assert posts.count(first) == 1
        assert len(posts) == 4 and len(srv.content) == 4
        pdqs = {str(p["pdq"]) for p in posts}
        assert pdqs == {str(i.signals[0].to_json()["value"]) for i in hs.items}
        assert Outbox(tmp_path / "data" / "outbox").pending() == ([], [])
    finally:
        srv.stop()


# -- robust photos: one content item per fingerprint, a picture as one unit, a bank's cap --


def _pdq_order(item: HashItem) -> list[str]:
    """The item's PDQ values in the order a bank gets them: most useful first."""
    pdqs = [s for s in item.signals if isinstance(s, Signal) and s.type == "pdq"]
    return [s.value for s in sorted(pdqs, key=lambda s: BANK_ORDER.index(str(s.variant)))]


def test_a_robust_picture_is_one_content_item_per_fingerprint_and_one_unit_to_withdraw(
    hma: HmaServer, sleeps: Sleeps, tmp_path: Path
) -> None:
    client = _client(hma.url, sleeps)
    first, second = robust_item(1, order=7), robust_item(2, order=8)
    token = new_token()
    done = submit_with_outbox(
        client,
        HashSet([first, second]),
        token,
        outbox=Outbox(tmp_path / "outbox"),
        receipts_folder=tmp_path / "receipts",
    )
    per_picture = 1 + len(ROBUST_VARIANTS)
    posts = _posts(hma)
    assert len(posts) == 2 * per_picture == len(hma.content)
    # Each picture: the original with the digests, then its variants, most useful first
    # (whatever order the document holds them in).
    for n, item in enumerate((first, second)):
        mine = posts[n * per_picture : (n + 1) * per_picture]
        assert [p["pdq"] for p in mine] == _pdq_order(item)
        assert mine[0]["pdq"] == item.signals[0].to_json()["value"]  # the original
        assert set(mine[0]) == {"pdq", "video_md5", "video_sha256", "note"}
        assert all(set(p) == {"pdq", "note"} for p in mine[1:])
    assert done.receipt.held_back == []
    # The receipt keeps every content id, with the picture it came from.
    entries = done.receipt.entries
    assert sorted(int(e.remote_id) for e in entries) == sorted(hma.content)
    assert [e.item_id for e in entries] == [first.id] * per_picture + [second.id] * per_picture

    case = Case.from_receipt(done.receipt).at(client)
    pictures = case.pictures()
    assert [p.item_id for p in pictures] == [first.id, second.id]
    assert all((p.active, p.absent, p.state) == (per_picture, 0, "active") for p in pictures)
    assert pictures[0].remote_ids == tuple(e.remote_id for e in entries[:per_picture])
    # One fingerprint withdrawn: its picture is partly in the bank.
    assert case.withdraw(entries[3].remote_id) == 1
    one, two = case.pictures()
    assert (one.active, one.absent, one.state) == (per_picture - 1, 1, "partly")
    assert two.state == "active"
    # The whole picture: every content item of it, and nothing of the other one.
    assert case.withdraw_picture(first.id) == per_picture - 1
    assert sorted(str(c) for c in hma.content) == sorted(e.remote_id for e in entries[per_picture:])
    one, two = case.pictures()
    assert (one.state, one.absent, two.state) == ("absent", per_picture, "active")
    with pytest.raises(BankError, match="not part"):
        case.withdraw_picture("ab" * 16)
    assert case.withdraw() == per_picture
    assert hma.content == {}


@pytest.mark.parametrize("cap", [1, 10])
def test_a_profile_cap_keeps_the_most_useful_fingerprints_and_says_how_many_stayed(
    hma: HmaServer, sleeps: Sleeps, tmp_path: Path, cap: int
) -> None:
    options = TransportOptions(retries=0, sleep=sleeps)
    endpoint = Endpoint("hma", hma.url, BANK, signals=ALL, max_pdq_per_picture=cap)
    client = HmaClient(endpoint, options=options)
    robust = [robust_item(1, order=3), robust_item(2)]
    plain = photo_item(3, variants=("exif-upright",))
    hs = HashSet([*robust, plain, video_item(4)])
    plan = make_plan(client, hs, new_token())
    for item in robust:
        bodies = [u.body for u in plan.units if u.item_ids == (item.id,)]
        assert [b["pdq"] for b in bodies] == _pdq_order(item)[:cap]
    assert len([u for u in plan.units if u.item_ids == (plain.id,)]) == min(2, cap)
    left = 2 * (1 + len(ROBUST_VARIANTS) - cap) + (1 if cap == 1 else 0)
    pictures = 3 if cap == 1 else 2
    [note] = plan.held_back
    assert note.startswith(f"{left} fingerprints of {pictures} pictures (for turned, mirrored")
    assert ("only one fingerprint per picture" in note) == (cap == 1)
    assert (f"at most {cap} fingerprints per picture" in note) == (cap > 1)

    # The cap travels with the endpoint into the outbox and the receipt.
    outbox = Outbox(tmp_path / "outbox")
    hma.inject(Fault("delay", seconds=0), Fault("drop"))
    with pytest.raises(BankError):
        submit_with_outbox(
            client, hs, new_token(), outbox=outbox, receipts_folder=tmp_path / "receipts"
        )
    (waiting,), _ = outbox.pending()
    assert waiting.endpoint.max_pdq_per_picture == cap
    on_disk = json.loads(Path(str(waiting.path)).read_text())
    assert on_disk["endpoint"]["max_pdq_per_picture"] == cap
    report = deliver_outbox(
        outbox, lambda e: HmaClient(e, options=options), receipts_folder=tmp_path / "receipts"
    )
    [done] = report.delivered
    assert done.receipt.endpoint.max_pdq_per_picture == cap
    assert (
        json.loads(Path(str(done.receipt_path)).read_text())["endpoint"]["max_pdq_per_picture"]
        == cap
    )
    assert len(done.receipt.entries) == len(plan.units) == len(hma.content)
    assert done.receipt.held_back == plan.held_back
