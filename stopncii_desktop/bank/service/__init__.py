"""The bank work the desktop app and the command line share: one public API below both.

- :class:`BankAccess`: a client for an endpoint, with the bearer token of the profile
  it came from (``make_client`` for one endpoint and token).
- Submitting, always through the outbox: :func:`make_plan` (what would be sent),
  :func:`queue` (saved before anything is sent), :func:`deliver` (send, record each
  confirmation, keep the receipt), :func:`submit_with_outbox` (all three) and
  :func:`deliver_outbox` (what is waiting); :func:`submit_for_practice` keeps nothing.
- A case: :class:`Case` (from a token or a receipt), :meth:`Case.client` (the bank its
  receipt names), :class:`OpenCase` (status and withdrawal; :class:`ReceiptNeeded`
  where the bank can only be asked about the ids of a receipt): by fingerprint
  (:meth:`OpenCase.status`, :meth:`OpenCase.withdraw`) or by picture
  (:meth:`OpenCase.pictures` and :func:`by_picture` give one :class:`PictureStatus` per
  picture or video; :meth:`OpenCase.withdraw_picture`).
- :func:`check_connection`: does a profile's bank answer?

The front ends (``gui/``, ``commands/``) call this; what they add is only how they
ask and how they show the answer.
"""

from stopncii_desktop.bank.service._access import BankAccess, make_client
from stopncii_desktop.bank.service._cases import (
    Case,
    OpenCase,
    PictureStatus,
    ReceiptNeeded,
    by_picture,
)
from stopncii_desktop.bank.service._connection import CHECK_OPTIONS, check_connection
from stopncii_desktop.bank.service._submit import (
    AlreadySent,
    DeliveryReport,
    Progress,
    Submitted,
    deliver,
    deliver_outbox,
    make_plan,
    queue,
    submit_for_practice,
    submit_with_outbox,
)

__all__ = [
    "CHECK_OPTIONS",
    "AlreadySent",
    "BankAccess",
    "Case",
    "DeliveryReport",
    "OpenCase",
    "PictureStatus",
    "Progress",
    "ReceiptNeeded",
    "Submitted",
    "by_picture",
    "check_connection",
    "deliver",
    "deliver_outbox",
    "make_client",
    "make_plan",
    "queue",
    "submit_for_practice",
    "submit_with_outbox",
]
