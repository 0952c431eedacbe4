"""Which of a photo's fingerprints a bank that takes only some of them gets: the original,
then the most useful, in the order measured for capped banks (variants.BANK_ORDER)."""

from __future__ import annotations

import random

from stopncii_desktop.bank.base import capped_note, pdqs_to_send
from stopncii_desktop.hashing.results import Signal
from stopncii_desktop.hashing.variants import (
    BANK_ORDER,
    DIHEDRAL,
    EDITED,
    EXIF_UPRIGHT,
    FIRST_FRAME,
    FOR_BANKS,
    ORIGINAL,
    PDQ_VARIANTS,
    ROBUST,
    bank_rank,
)


def test_the_bank_order_holds_every_variant_once_the_picture_itself_first() -> None:
    assert len(BANK_ORDER) == len(set(BANK_ORDER)) == len(PDQ_VARIANTS)
    assert set(BANK_ORDER) == set(PDQ_VARIANTS)
    assert BANK_ORDER[:3] == (ORIGINAL, FIRST_FRAME, EXIF_UPRIGHT)
    assert bank_rank(None) == bank_rank(ORIGINAL) == 0
    assert [bank_rank(n) for n in BANK_ORDER] == list(range(len(BANK_ORDER)))
    assert bank_rank("a-variant-of-a-later-version") == len(BANK_ORDER)


def test_the_measured_order_follows_and_holds_every_turn_and_robust_edit_once() -> None:
    assert BANK_ORDER[3 : 3 + len(FOR_BANKS)] == FOR_BANKS
    assert len(FOR_BANKS) == len(set(FOR_BANKS))
    assert set(FOR_BANKS) == {*DIHEDRAL, *ROBUST}
    # The edits keep the order in which the set was chosen (not the catalogue's) ...
    edits = tuple(n for n in FOR_BANKS if n not in DIHEDRAL)
    assert edits == ROBUST and edits != tuple(n for n in EDITED if n in ROBUST)
    # ... and the turns fall among them where they catch most: not all before, not all after.
    first_turn = min(FOR_BANKS.index(n) for n in DIHEDRAL)
    assert 0 < first_turn < len(ROBUST)
    # Any edit a robust set does not register comes after, in catalogue order.
    rest = BANK_ORDER[3 + len(FOR_BANKS) :]
    assert rest == tuple(n for n in EDITED if n not in ROBUST)


def _pdq(n: int, variant: str | None) -> Signal:
    return Signal("pdq", f"{n:064x}", 90, variant)


def test_a_cap_keeps_the_original_and_the_most_useful_whatever_the_document_order() -> None:
    names = [EXIF_UPRIGHT, *DIHEDRAL, *ROBUST]
    random.Random(5).shuffle(names)
    signals = [_pdq(n, v) for n, v in enumerate(names)] + [_pdq(99, None)]
    everything, left = pdqs_to_send(signals, None)
    assert left == 0 and [s.variant for s in everything] == [None, EXIF_UPRIGHT, *FOR_BANKS]
    kept, left = pdqs_to_send(signals, 12)
    assert kept == everything[:12] and left == len(signals) - 12
    assert pdqs_to_send(signals, 1) == ([everything[0]], len(signals) - 1)
    assert pdqs_to_send(signals, 500) == (everything, 0)


def test_the_note_says_how_many_were_left_out_in_plain_words() -> None:
    assert capped_note(68, 2, 10) == (
        "68 fingerprints of 2 pictures (for turned, mirrored or edited copies) were left out: "
        "this bank takes at most 10 fingerprints per picture, so each picture's own and its "
        "9 most useful others were sent"
    )
    assert capped_note(1, 1, 1) == (
        "1 fingerprint of 1 picture (for turned, mirrored or edited copies) was left out: "
        "this bank takes only one fingerprint per picture, so each picture's own was sent"
    )
    assert capped_note(21_000, 500, 2).startswith("21,000 fingerprints of 500 pictures")
