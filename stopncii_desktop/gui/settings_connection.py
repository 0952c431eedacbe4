"""Test connection: the settings page's words for the bank service's connection test.

The test itself (``bank/service``: ``check_connection``) makes one light request with
no retries and short timeouts, and sends nothing of a case. Runs off the GUI thread
(the page uses :class:`TaskJob`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from stopncii_desktop.bank.base import BankError, NoSuchBank
from stopncii_desktop.bank.endpoints import Profile
from stopncii_desktop.bank.service import check_connection as check_bank


class ConnectionFailed(Exception):
    """The bank could not be reached or refused; the message says why, plainly. ``error``
    is the bank's error behind it, if any (the log says it in its own words)."""

    def __init__(self, message: str, error: BankError | None = None) -> None:
        super().__init__(message)
        self.error = error


def check_connection(profile: Profile) -> str:
    """A plain sentence when the bank answers as it should; :class:`ConnectionFailed` if not."""
    try:
        check_bank(profile)
    except NoSuchBank as exc:
        raise ConnectionFailed(
            QCoreApplication.translate(
                "SettingsConnection", "The server answered, but it has no bank named %1."
            ).replace("%1", exc.bank)
        ) from None
    except BankError as exc:
        raise ConnectionFailed(str(exc), exc) from None
    return QCoreApplication.translate(
        "SettingsConnection", "The bank answered. This profile works."
    )
