"""What this computer knows of each picture of a case the status page asked about: its number,
when it was sent, and, in the session that made the case, which file it was.

The bank groups a case by picture (``bank/service``: :func:`by_picture`); this only names
the groups the way the person saw them. In the session that made the case the numbers
are the review's (its file number), so "Picture 3" is the third file of the review;
otherwise they follow the case's receipts (the order the pictures were sent in), and with
no receipt, the bank's order. Nothing here is kept beyond the session
(``Session.lookup``), and no name or pixel is copied: the page finds them by file index.
"""

from __future__ import annotations

from collections.abc import Iterable

from stopncii_desktop.bank.receipts import Receipt
from stopncii_desktop.bank.service import PictureStatus
from stopncii_desktop.case.sendable import may_be_sent
from stopncii_desktop.gui.session import KnownPicture, Session


def known_pictures(
    session: Session, receipts: Iterable[Receipt], pictures: list[PictureStatus]
) -> tuple[dict[str, KnownPicture], int]:
    """Each picture's :class:`KnownPicture` by item id, and how many the numbers count."""
    receipts = list(receipts)
    sent: dict[str, str] = {}
    order: dict[str, int] = {}
    for receipt in reversed(receipts):  # oldest first: a case may have been added to
        for entry in receipt.entries:
            sent.setdefault(entry.item_id, receipt.submitted)
            order.setdefault(entry.item_id, len(order) + 1)
    ids = [p.item_id for p in pictures if p.item_id]
    files = {item_id: index for index, item_id in session.item_ids.items()}
    if ids and all(item_id in files for item_id in ids):
        # The session that made the case: the review's numbers, counted as it counts.
        known = {
            item_id: KnownPicture(files[item_id] + 1, sent.get(item_id), files[item_id])
            for item_id in ids
        }
        return known, max(len(session.results), *(k.number for k in known.values()))
    for item_id in ids:
        order.setdefault(item_id, len(order) + 1)
    known = {
        item_id: KnownPicture(number, sent.get(item_id), files.get(item_id))
        for item_id, number in order.items()
    }
    return known, len(order)


def kept_back(session: Session, item_ids: Iterable[str]) -> int:
    """How many fingerprints of these items the review kept back (low quality), as far as
    this session knows them."""
    files = {item_id: index for index, item_id in session.item_ids.items()}
    count = 0
    for item_id in set(item_ids):
        result = session.results.get(files.get(item_id, -1))
        if result is not None:
            count += sum(1 for s in result.signals if not may_be_sent(s))
    return count
