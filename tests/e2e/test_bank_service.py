"""The bank service the app and the commands share, against real servers on 127.0.0.1.

Clients for endpoints with their profile's bearer token, a case found by its token or a
receipt, "HMA needs the receipt", a practice submission that keeps nothing, and the
connection test.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from stopncii_desktop.bank.base import BankError, NoSuchBank
from stopncii_desktop.bank.endpoints import Endpoint, Profile
from stopncii_desktop.bank.outbox import Outbox
from stopncii_desktop.bank.receipts import list_receipts
from stopncii_desktop.bank.reference_server import ReferenceServer
from stopncii_desktop.bank.service import (
    BankAccess,
    Case,
    ReceiptNeeded,
    by_picture,
    check_connection,
    submit_for_practice,
    submit_with_outbox,
)
from stopncii_desktop.bank.transport import TransportOptions
from stopncii_desktop.case.hashset import HashSet
from stopncii_desktop.case.token import new_token
from tests.e2e.hma_server import HmaServer, robust_item, sample_hashset

QUICK = TransportOptions(connect_timeout=5, read_timeout=5, retries=0)
BANK = "NCII_TEST"


@pytest.fixture
def server() -> Iterator[ReferenceServer]:
    with ReferenceServer(bearer_token="right-token") as srv:
        yield srv


@pytest.fixture
def hma() -> Iterator[HmaServer]:
    srv = HmaServer(bearer_token="hma-token")
    srv.start()
    yield srv
    srv.stop()


def _profiles(url: str) -> tuple[Profile, ...]:
    return (
        Profile("ngo", "caseapi", url, bearer_token="right-token"),
        Profile("stale", "caseapi", url, bearer_token="wrong-token"),
    )


def test_a_client_gets_the_bearer_token_of_the_profile_its_endpoint_names(
    server: ReferenceServer,
) -> None:
    access = BankAccess(_profiles(server.url), QUICK)
    ngo = Endpoint("caseapi", server.url, profile="ngo")
    access.client(ngo).check()
    with pytest.raises(BankError, match="bearer token") as refused:
        access.client(Endpoint("caseapi", server.url, profile="stale")).check()
    assert refused.value.status == 401
    # A profile that no longer exists, or none: no bearer token at all.
    with pytest.raises(BankError, match="bearer token"):
        access.client(Endpoint("caseapi", server.url, profile="deleted")).check()
    assert access.bearer_for(Endpoint("caseapi", server.url)) is None
    # A token given for the run (--bearer-token-env) goes to every bank.
    BankAccess((), QUICK, "right-token").client(Endpoint("caseapi", server.url)).check()
    BankAccess(_profiles(server.url), QUICK).profile_client(_profiles(server.url)[0]).check()


def test_an_invalid_profile_or_kind_is_a_plain_bank_error() -> None:
    access = BankAccess(options=QUICK)
    with pytest.raises(BankError, match="profile 'x': the bank's address must use https"):
        access.profile_client(Profile("x", "caseapi", "http://bank.example.org"))
    with pytest.raises(BankError, match="unknown kind of bank"):
        access.client(Endpoint("ftp", "https://bank.example.org"))
    with pytest.raises(BankError, match="HMA bank name"):
        access.client(Endpoint("hma", "https://bank.example.org", "lower"))


def test_a_case_by_its_token_uses_every_receipt_kept_for_it_at_its_bank(
    server: ReferenceServer, tmp_path: Path
) -> None:
    access = BankAccess(_profiles(server.url), QUICK)
    endpoint = Endpoint("caseapi", server.url, profile="ngo")
    token = new_token()
    receipts = tmp_path / "receipts"
    first, second = (
        submit_with_outbox(
            access.client(endpoint),
            sample_hashset(1, 0),
            token,
            outbox=Outbox(tmp_path / "outbox"),
            receipts_folder=receipts,
        )
        for _ in range(2)
    )
    other = submit_with_outbox(
        access.client(endpoint),
        sample_hashset(1, 0),
        new_token(),
        outbox=Outbox(tmp_path / "outbox"),
        receipts_folder=receipts,
    )
    case = Case.from_token(token, receipts)
    assert case.token == token and len(case.receipts) == 2
    assert case.endpoint == endpoint
    ids = {e.remote_id for e in first.receipt.entries + second.receipt.entries}
    assert {e.remote_id for e in case.entries_at(endpoint)} == ids
    assert not ids & {e.remote_id for e in other.receipt.entries}
    # Another bank at the same address is another bank: none of these entries are its.
    assert case.entries_at(Endpoint("caseapi", server.url + "/other")) == []

    opened = case.at(case.client(access, lambda: pytest.fail("the receipt names the bank")))
    states = opened.status()
    assert {s.remote_id for s in states} == ids and {s.state for s in states} == {"active"}
    one = sorted(ids)[0]
    assert opened.withdraw(one) == 1
    assert {s.remote_id for s in opened.status() if s.state == "withdrawn"} == {one}
    assert opened.withdraw() == len(ids) - 1
    assert {r["state"] for r in server.hash_rows() if r["id"] in ids} == {"withdrawn"}


def test_a_case_from_a_receipt_and_one_with_no_receipt_here(
    server: ReferenceServer, tmp_path: Path
) -> None:
    access = BankAccess(_profiles(server.url), QUICK)
    endpoint = Endpoint("caseapi", server.url, profile="ngo")
    done = submit_with_outbox(
        access.client(endpoint),
        sample_hashset(1, 0),
        new_token(),
        outbox=Outbox(tmp_path / "outbox"),
        receipts_folder=tmp_path / "receipts",
    )
    case = Case.from_receipt(done.receipt)
    assert case.token.value == done.receipt.token and case.receipts == (done.receipt,)
    assert case.entries_at(endpoint) == done.receipt.entries

    # No receipt kept here: the chosen bank answers; a case API needs only the token.
    unknown = Case.from_token(case.token, tmp_path / "elsewhere")
    assert unknown.endpoint is None and unknown.receipts == ()
    chosen = unknown.client(access, lambda: access.client(endpoint))
    assert chosen.endpoint == endpoint
    states = unknown.at(chosen).status()
    assert {s.remote_id for s in states} == {e.remote_id for e in done.receipt.entries}


def test_hma_needs_the_receipt_and_is_not_asked_without_one(hma: HmaServer) -> None:
    access = BankAccess(options=QUICK, bearer_token="hma-token")
    client = access.client(Endpoint("hma", hma.url, BANK))
    opened = Case.from_token(new_token()).at(client)
    assert opened.entries == []
    with pytest.raises(ReceiptNeeded, match="open its saved receipt"):
        opened.status()
    with pytest.raises(ReceiptNeeded):
        opened.withdraw()
    with pytest.raises(ReceiptNeeded):
        opened.pictures()
    with pytest.raises(ReceiptNeeded):
        opened.withdraw_picture("ab" * 16)
    assert hma.requests == []  # refused before any request


def test_a_case_api_case_by_picture_with_only_its_token(
    server: ReferenceServer, tmp_path: Path
) -> None:
    """The status page's view: one unit per picture, and a picture withdrawn as one, asked
    with the token alone (no receipt kept here)."""
    access = BankAccess(_profiles(server.url), QUICK)
    endpoint = Endpoint("caseapi", server.url, profile="ngo")
    robust = [robust_item(1), robust_item(2)]
    hs = HashSet([*robust, *sample_hashset(1, 1).items])
    token = new_token()
    submit_with_outbox(
        access.client(endpoint),
        hs,
        token,
        outbox=Outbox(tmp_path / "outbox"),
        save_receipts=False,
    )
    opened = Case.from_token(token, tmp_path / "no-receipts").at(access.client(endpoint))
    pictures = opened.pictures()
    assert [p.item_id for p in pictures] == [i.id for i in hs.items]
    sizes = [len(i.signals) for i in hs.items]
    assert [p.active for p in pictures] == sizes and {p.state for p in pictures} == {"active"}
    assert pictures[0].signals == ("pdq", "md5", "sha256") and "vpdq" in pictures[3].signals
    assert len(set(pictures[0].remote_ids)) == sizes[0]
    # One fingerprint, then the rest of that picture.
    assert opened.withdraw(pictures[0].remote_ids[5]) == 1
    assert (opened.pictures()[0].withdrawn, opened.pictures()[0].state) == (1, "partly")
    assert opened.withdraw_picture(robust[0].id) == sizes[0] - 1
    first, second, *_ = opened.pictures()
    assert (first.state, first.withdrawn, first.active) == ("withdrawn", sizes[0], 0)
    assert second.state == "active"
    stored = {r["id"]: r["state"] for r in server.hash_rows()}
    assert [stored[i] for i in second.remote_ids] == ["active"] * sizes[1]
    assert opened.withdraw_picture(robust[0].id) == 0  # nothing left to withdraw
    with pytest.raises(BankError, match="not part"):
        opened.withdraw_picture("cd" * 16)
    # The same from the status answer alone: by_picture keeps the bank's order.
    assert by_picture(opened.status()) == opened.pictures()


def test_practice_keeps_nothing_on_this_computer(server: ReferenceServer, tmp_path: Path) -> None:
    data = Path.home()
    before = sorted(data.rglob("*"))
    client = BankAccess(options=QUICK, bearer_token="right-token").client(
        Endpoint("caseapi", server.url)
    )
    token = new_token()
    receipt = submit_for_practice(client, sample_hashset(1, 1), token)
    assert receipt.token == token.value and receipt.endpoint == client.endpoint
    assert len(receipt.entries) == len(server.hash_rows()) > 0
    assert sorted(data.rglob("*")) == before  # no outbox entry, no receipt file
    assert list_receipts() == [] and Outbox().pending() == ([], [])

    class Stop(Exception):
        pass

    def stop() -> None:
        raise Stop

    rows = len(server.hash_rows())
    with pytest.raises(Stop):
        submit_for_practice(client, sample_hashset(1, 0), new_token(), stop)
    assert len(server.hash_rows()) == rows  # stopped before anything was sent


def test_connection_test_against_a_case_api(server: ReferenceServer) -> None:
    good, stale = _profiles(server.url)
    check_connection(good)
    with pytest.raises(BankError, match="bearer token"):
        check_connection(stale)
    assert server.hash_rows() == []  # nothing of a case was sent
    with pytest.raises(BankError, match="profile 'bad'"):
        check_connection(Profile("bad", "caseapi", "http://bank.example.org"))


def test_connection_test_against_hma(hma: HmaServer) -> None:
    check_connection(Profile("hma", "hma", hma.url, BANK, "hma-token"))
    with pytest.raises(NoSuchBank, match="no bank named OTHER") as missing:
        check_connection(Profile("hma", "hma", hma.url, "OTHER", "hma-token"))
    assert missing.value.bank == "OTHER"
    with pytest.raises(BankError, match="bearer token"):
        check_connection(Profile("hma", "hma", hma.url, BANK, "wrong"))
    assert [(m, p) for m, p, _, _ in hma.requests] == [
        ("GET", f"/c/bank/{b}") for b in (BANK, "OTHER", BANK)
    ]


def test_connection_test_to_nobody_fails_at_once_and_plainly() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(BankError, match="could not be reached") as failed:
        check_connection(Profile("gone", "caseapi", f"http://127.0.0.1:{port}"))
    assert failed.value.retryable
