"""Files the person chose are read only when they are files: a pipe never makes anything wait."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from stopncii_desktop.bank.receipts import ReceiptError, load_receipt
from stopncii_desktop.case.regular_files import NotARegularFile, read_regular_file, refuse_special


def test_reads_a_file_up_to_one_byte_past_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "f"
    path.write_bytes(b"x" * 100)
    assert read_regular_file(path, 1000) == b"x" * 100
    assert read_regular_file(path, 10) == b"x" * 11


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFOs")
def test_a_pipe_is_refused_at_once_for_reading_and_writing(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    # Nothing writes to the pipe: a blocking open would wait forever.
    with pytest.raises(NotARegularFile) as caught:
        read_regular_file(fifo, 100)
    assert "not a file" in str(caught.value)
    with pytest.raises(NotARegularFile):
        refuse_special(fifo)
    with pytest.raises(ReceiptError, match="not a file"):
        load_receipt(fifo)


def test_folders_and_devices_are_refused(tmp_path: Path) -> None:
    with pytest.raises((NotARegularFile, PermissionError)):  # PermissionError: Windows
        read_regular_file(tmp_path, 100)
    with pytest.raises(NotARegularFile):
        refuse_special(tmp_path)
    if os.path.exists("/dev/zero"):
        with pytest.raises(NotARegularFile):
            read_regular_file(Path("/dev/zero"), 100)
        with pytest.raises(NotARegularFile):
            refuse_special(Path("/dev/null"))


def test_a_place_with_nothing_yet_or_a_file_may_be_written(tmp_path: Path) -> None:
    refuse_special(tmp_path / "new.json")
    (tmp_path / "old.json").write_text("{}")
    refuse_special(tmp_path / "old.json")
    os.symlink(tmp_path / "old.json", tmp_path / "link.json")
    refuse_special(tmp_path / "link.json")
