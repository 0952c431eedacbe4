"""Each held-back note the bank adapters write is read back by its pattern (bank/base.py),
which the app uses to say it in plain, translated words (gui/texts.py held_back_lines)."""

from __future__ import annotations

from stopncii_desktop.bank.base import (
    CAPPED_NOTE,
    LOW_PDQ_NOTE,
    NOT_TAKEN_NOTE,
    UNCLEAR_VIDEO_NOTE,
    capped_note,
    not_taken_note,
    unreliable_note,
)
from stopncii_desktop.hashing.results import Signal, VpdqSignal


def test_every_note_is_read_by_its_own_pattern_and_no_other() -> None:
    notes = {
        LOW_PDQ_NOTE: unreliable_note(Signal("pdq", "0" * 64, 20)),
        UNCLEAR_VIDEO_NOTE: unreliable_note(VpdqSignal((), 1.0)),
        NOT_TAKEN_NOTE: not_taken_note(video=True),
        CAPPED_NOTE: capped_note(12, 3, 10),
    }
    for pattern, note in notes.items():
        assert [p for p in notes if p.match(note)] == [pattern], note
    assert NOT_TAKEN_NOTE.match(not_taken_note(video=False))


def test_the_capped_note_gives_back_its_numbers() -> None:
    for left_out, pictures, cap, number in ((1234, 2, 10, "10"), (1, 1, 1, None)):
        match = CAPPED_NOTE.match(capped_note(left_out, pictures, cap))
        assert match is not None
        assert match.group(1).replace(",", "") == str(left_out)
        assert match.group(3) == number
