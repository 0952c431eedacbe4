"""The outbox: saved durably before sending, resumable, damaged files left alone."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stopncii_desktop.case.outbox import Outbox, OutboxEntry, OutboxError

ENDPOINT = {"kind": "caseapi", "url": "http://127.0.0.1:1", "bank": None, "pin": None}
UNITS = [
    {"key": "a.0", "item_ids": ["a" * 32], "body": {"pdq": "0" * 64, "note": "T"}},
    {"key": "b.0", "item_ids": ["b" * 32], "body": {"pdq": "1" * 64, "note": "T"}},
]


def test_add_confirm_remove(tmp_path: Path) -> None:
    box = Outbox(tmp_path / "outbox")
    entry = box.add(ENDPOINT, "TOKEN-123456", False, UNITS, ["held"])
    assert entry.path is not None and entry.path.exists()
    assert stat.S_IMODE(entry.path.stat().st_mode) == 0o600
    assert entry.remaining == 2
    # What is on disk is exactly what will be sent, nothing more.
    on_disk = json.loads(entry.path.read_text())
    assert on_disk["units"] == UNITS and on_disk["held_back"] == ["held"]
    assert set(on_disk) == {
        "format", "version", "id", "created", "endpoint", "token",
        "token_issued_elsewhere", "idempotency_key", "units", "held_back", "confirmed",
    }  # fmt: skip

    box.confirm(entry, "a.0", [{"remote_id": "7", "item_id": "a" * 32, "signals": ["pdq"]}])
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
    (tmp_path / "badunit.json").write_text(json.dumps(bad_unit))
    entries, problems = box.pending()
    assert [e.id for e in entries] == [good.id]
    assert len(problems) == 3
    assert (tmp_path / "junk.json").read_text() == "{not json"


def test_missing_folder_is_empty(tmp_path: Path) -> None:
    assert Outbox(tmp_path / "never").pending() == ([], [])


def test_entry_json_round_trip(tmp_path: Path) -> None:
    box = Outbox(tmp_path)
    entry = box.add(ENDPOINT, "TOKEN-123456", True, UNITS, ["x"])
    back = OutboxEntry.from_json(entry.to_json())
    assert back.to_json() == entry.to_json()


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
    from stopncii_desktop.case.receipts import Receipt, ReceiptError

    entry = OutboxEntry("x", "2026", ENDPOINT, "TOKEN-1", False, "k" * 32, UNITS)
    receipt = Receipt("TOKEN-1", ENDPOINT, [{"remote_id": "1", "item_id": "a", "signals": []}])
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
    from stopncii_desktop.case.outbox import OutboxBusy

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
        "from stopncii_desktop.case.outbox import Outbox\n"
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
        from stopncii_desktop.case.outbox import OutboxBusy

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
    from stopncii_desktop.case.outbox import MemoryOutbox, OutboxBusy

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
