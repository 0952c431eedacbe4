"""The outbox and receipts: saved durably before sending, resumable, damaged files left alone,
typed records that read and write the files exactly as earlier versions of the app did."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stopncii_desktop.bank.base import RemoteEntry, Unit
from stopncii_desktop.bank.endpoints import HMA_DEFAULT_SIGNALS, Endpoint
from stopncii_desktop.bank.outbox import Outbox, OutboxBusy, OutboxEntry, OutboxError
from stopncii_desktop.bank.receipts import Receipt, ReceiptError, load_receipt

#: An endpoint as the first versions wrote it, before ``profile`` and ``signals``.
OLD_ENDPOINT = {"kind": "caseapi", "url": "http://127.0.0.1:1", "bank": None, "pin": None}
ENDPOINT = Endpoint.from_json(OLD_ENDPOINT)
UNITS_JSON = [
    {"key": "a.0", "item_ids": ["a" * 32], "body": {"pdq": "0" * 64, "note": "T"}},
    {"key": "b.0", "item_ids": ["b" * 32], "body": {"pdq": "1" * 64, "note": "T"}},
]
UNITS = [Unit.from_json(u) for u in UNITS_JSON]


def test_add_confirm_remove(tmp_path: Path) -> None:
    box = Outbox(tmp_path / "outbox")
    entry = box.add(ENDPOINT, "TOKEN-123456", False, UNITS, ["held"])
    assert entry.path is not None and entry.path.exists()
    assert stat.S_IMODE(entry.path.stat().st_mode) == 0o600
    assert entry.remaining == 2
    # What is on disk is exactly what will be sent, nothing more.
    on_disk = json.loads(entry.path.read_text())
    assert on_disk["units"] == UNITS_JSON and on_disk["held_back"] == ["held"]
    assert set(on_disk) == {
        "format", "version", "id", "created", "endpoint", "token",
        "token_issued_elsewhere", "idempotency_key", "units", "held_back", "confirmed",
    }  # fmt: skip

    box.confirm(entry, "a.0", [RemoteEntry("7", "a" * 32, ("pdq",))])
    (again,), problems = box.pending()
    assert problems == []
    assert again.remaining == 1 and "a.0" in again.confirmed
    assert again.idempotency_key == entry.idempotency_key
    box.remove(again)
    assert box.pending() == ([], [])
    assert [p.name for p in (tmp_path / "outbox").iterdir()] == []


def test_oldest_first_and_unique_keys(tmp_path: Path) -> None:
    box = Outbox(tmp_path)
    entries = [box.add(ENDPOINT, f"TOKEN-{n:06d}", False, UNITS) for n in range(3)]
    pending, _ = box.pending()
    assert [e.token for e in pending] == [e.token for e in entries]
    assert len({e.idempotency_key for e in pending}) == 3
    assert len({e.id for e in pending}) == 3


def test_damaged_files_are_reported_and_left_alone(tmp_path: Path) -> None:
    box = Outbox(tmp_path)
    good = box.add(ENDPOINT, "TOKEN-123456", False, UNITS)
    (tmp_path / "junk.json").write_text("{not json")
    (tmp_path / "other.json").write_text(json.dumps({"format": "stopncii-outbox", "version": 9}))
    bad_unit = good.to_json() | {"units": [{"key": 1}]}
    bad_endpoint = good.to_json() | {"endpoint": {"kind": "caseapi"}}
    (tmp_path / "badendpoint.json").write_text(json.dumps(bad_endpoint))
    (tmp_path / "badunit.json").write_text(json.dumps(bad_unit))
    entries, problems = box.pending()
    assert [e.id for e in entries] == [good.id]
    assert len(problems) == 4
    assert (tmp_path / "junk.json").read_text() == "{not json"


def test_missing_folder_is_empty(tmp_path: Path) -> None:
    assert Outbox(tmp_path / "never").pending() == ([], [])


def test_entry_json_round_trip(tmp_path: Path) -> None:
    box = Outbox(tmp_path)
    entry = box.add(ENDPOINT, "TOKEN-123456", True, UNITS, ["x"])
    back = OutboxEntry.from_json(entry.to_json())
    assert back.to_json() == entry.to_json()


def test_a_cap_on_fingerprints_per_picture_travels_with_the_endpoint(tmp_path: Path) -> None:
    capped = Endpoint("hma", "https://hma.example.org", "NCII", max_pdq_per_picture=9)
    box = Outbox(tmp_path)
    entry = box.add(capped, "TOKEN-123456", True, UNITS)
    on_disk = json.loads((tmp_path / f"{entry.id}.json").read_text())
    assert on_disk["endpoint"]["max_pdq_per_picture"] == 9
    ((back,), _) = box.pending()
    assert back.endpoint == capped
    receipt = Receipt("TOKEN-123456", capped, [RemoteEntry("1", "a" * 32, ("pdq",))])
    assert json.loads(receipt.dumps())["endpoint"]["max_pdq_per_picture"] == 9
    assert Receipt.from_json(json.loads(receipt.dumps())).endpoint == capped
    # Without one, the endpoint is written exactly as before.
    assert "max_pdq_per_picture" not in box.add(ENDPOINT, "T-1234", True, UNITS).endpoint.to_json()


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda kids: (
        st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=12), kids, max_size=5)
    ),
    max_leaves=25,
)


@given(st.data())
@settings(max_examples=200, deadline=1000)
def test_fuzz_outbox_and_receipt_readers(data: st.DataObject) -> None:
    entry = OutboxEntry("x", "2026", ENDPOINT, "TOKEN-1", False, "k" * 32, UNITS)
    receipt = Receipt("TOKEN-1", ENDPOINT, [RemoteEntry("1", "a", ())])
    for doc in (entry.to_json(), receipt.to_json()):
        key = data.draw(st.sampled_from(sorted(doc)))
        broken = dict(doc)
        broken[key] = data.draw(_json)
        try:
            if doc["format"] == "stopncii-outbox":
                OutboxEntry.from_json(broken)
            else:
                Receipt.from_json(broken)
        except (OutboxError, ReceiptError):
            pass


def test_one_sender_at_a_time_and_fresh_state(tmp_path: Path) -> None:
    box = Outbox(tmp_path)
    entry = box.add(ENDPOINT, "TOKEN-123456", False, UNITS)
    with box.sending(entry) as current:
        assert current is not None and current.id == entry.id
        # A second sender (another window) is refused while the first holds it.
        with pytest.raises(OutboxBusy), Outbox(tmp_path).sending(entry):
            pass
        box.confirm(current, "a.0", [])
    with box.sending(entry) as current:
        assert current is not None and "a.0" in current.confirmed  # re-read from disk
        box.remove(current)
    with box.sending(entry) as current:
        assert current is None  # sent meanwhile
    assert list(tmp_path.iterdir()) == []  # no lock file left behind


def test_a_dead_senders_lock_is_released(tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys

    if not hasattr(signal, "SIGKILL"):
        pytest.skip("POSIX only")
    box = Outbox(tmp_path)
    entry = box.add(ENDPOINT, "TOKEN-123456", False, UNITS)
    code = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from stopncii_desktop.bank.outbox import Outbox\n"
        "box = Outbox(Path(sys.argv[1]))\n"
        "(e,), _ = box.pending()\n"
        "with box.sending(e):\n"
        "    print('held', flush=True)\n"
        "    time.sleep(60)\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code, str(tmp_path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
        with pytest.raises(OutboxBusy), box.sending(entry):
            pass
        proc.kill()
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate()
    with box.sending(entry) as current:
        assert current is not None


def test_a_memory_outbox_writes_nothing_and_sends_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from stopncii_desktop.bank.outbox import MemoryOutbox, OutboxBusy

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("STOPNCII_DATA_DIR", str(tmp_path / "data"))
    box = MemoryOutbox()
    entry = box.add(ENDPOINT, "TOKEN-123456", False, UNITS)
    assert entry.path is None
    (waiting,), problems = box.pending()
    assert waiting is entry and problems == []
    with box.sending(entry) as current:
        assert current is entry
        with pytest.raises(OutboxBusy), box.sending(entry):
            pass
        box.confirm(entry, "a.0", [])
    assert entry.remaining == 1
    box.remove(entry)
    with box.sending(entry) as current:
        assert current is None  # sent meanwhile
    assert box.pending() == ([], [])
    assert list(tmp_path.rglob("*")) == []


# Files as version 0.1.0 of the app wrote them, before receipts and outbox entries were typed.
PIN = "ab" * 32
OUTBOX_FILE = (
    '{"format": "stopncii-outbox", "version": 1, "id": "20261130T215808083350-f5639fd78fbc", '
    '"created": "2026-11-30T21:58:08Z", "endpoint": {"kind": "hma", "url": '
    f'"https://hma.example.org", "bank": "NCII_CASES", "pin": "{PIN}", "profile": "ngo", '
    '"signals": ["pdq", "vpdq"]}, "token": "7K3M-QX2A", "token_issued_elsewhere": true, '
    '"idempotency_key": "92ff0bd52e1d2b940826d129e68a2b9b", "units": [{"key": "a.0", '
    f'"item_ids": ["{"a" * 32}"], "body": {{"pdq": "{"0" * 64}", "note": "T"}}}}, '
    f'{{"key": "a.1", "item_ids": ["{"a" * 32}"], "body": {{"pdq": "{"1" * 64}", "note": "T"}}}}], '
    '"held_back": ["a picture fingerprint of low quality (12)"], "confirmed": {"a.0": '
    f'[{{"remote_id": "17", "item_id": "{"a" * 32}", "signals": ["pdq"]}}]}}}}'
)
RECEIPT_FILE = (
    '{\n  "format": "stopncii-receipt",\n  "version": 1,\n  "token": "7K3M-QX2A",\n'
    '  "token_issued_elsewhere": true,\n  "endpoint": {\n    "kind": "hma",\n'
    '    "url": "https://hma.example.org",\n    "bank": "NCII_CASES",\n'
    f'    "pin": "{PIN}",\n    "profile": "ngo",\n    "signals": [\n      "pdq",\n'
    '      "vpdq"\n    ]\n  },\n  "submitted": "2026-01-02T03:04:05Z",\n  "entries": [\n'
    f'    {{\n      "remote_id": "17",\n      "item_id": "{"a" * 32}",\n'
    '      "signals": [\n        "pdq"\n      ]\n    }\n  ],\n  "held_back": [\n    "x"\n  ]\n}\n'
)


def test_earlier_outbox_files_read_as_typed_records_and_write_back_the_same(
    tmp_path: Path,
) -> None:
    (tmp_path / "20261130T215808083350-f5639fd78fbc.json").write_text(OUTBOX_FILE)
    box = Outbox(tmp_path)
    (entry,), problems = box.pending()
    assert problems == []
    assert entry.endpoint == Endpoint(
        "hma", "https://hma.example.org", "NCII_CASES", PIN, "ngo", ("pdq", "vpdq")
    )
    assert entry.units[1] == Unit("a.1", ("a" * 32,), {"pdq": "1" * 64, "note": "T"})
    assert entry.confirmed == {"a.0": [RemoteEntry("17", "a" * 32, ("pdq",))]}
    assert entry.held_back == ["a picture fingerprint of low quality (12)"]
    assert entry.remaining == 1
    box.confirm(entry, "a.1", [RemoteEntry("18", "a" * 32, ("pdq",))])
    written = json.loads((tmp_path / "20261130T215808083350-f5639fd78fbc.json").read_text())
    expected = json.loads(OUTBOX_FILE)
    expected["confirmed"]["a.1"] = [{"remote_id": "18", "item_id": "a" * 32, "signals": ["pdq"]}]
    assert written == expected


def test_earlier_receipts_read_as_typed_records_and_write_back_the_same(tmp_path: Path) -> None:
    path = tmp_path / "receipt.json"
    path.write_text(RECEIPT_FILE)
    receipt = load_receipt(path)
    assert receipt.endpoint.profile == "ngo" and receipt.endpoint.signals == ("pdq", "vpdq")
    assert receipt.entries == [RemoteEntry("17", "a" * 32, ("pdq",))]
    assert (receipt.token, receipt.token_issued_elsewhere) == ("7K3M-QX2A", True)
    assert (receipt.submitted, receipt.held_back) == ("2026-01-02T03:04:05Z", ["x"])
    assert receipt.dumps() == RECEIPT_FILE


def test_the_first_endpoints_without_profile_or_signals_still_read(tmp_path: Path) -> None:
    doc = json.loads(RECEIPT_FILE)
    doc["endpoint"] = OLD_ENDPOINT
    receipt = Receipt.from_json(doc)
    assert receipt.endpoint == Endpoint("caseapi", "http://127.0.0.1:1")
    assert receipt.endpoint.profile is None and receipt.endpoint.signals == HMA_DEFAULT_SIGNALS
    for damaged in ({"kind": "caseapi"}, {"kind": 1, "url": "x"}, {**OLD_ENDPOINT, "pin": 5}):
        with pytest.raises(ReceiptError, match="damaged"):
            Receipt.from_json(doc | {"endpoint": damaged})
