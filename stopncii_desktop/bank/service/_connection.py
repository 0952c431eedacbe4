"""Test connection: one light request to a profile's bank, sending nothing of a case."""

from __future__ import annotations

from stopncii_desktop.bank.endpoints import Profile
from stopncii_desktop.bank.service._access import BankAccess
from stopncii_desktop.bank.transport import TransportOptions

#: No retries and short timeouts, so the answer comes quickly.
CHECK_OPTIONS = TransportOptions(connect_timeout=8.0, read_timeout=15.0, retries=0)


def check_connection(profile: Profile) -> None:
    """Return when the profile's bank answers as it should and takes its bearer token.

    Raises :class:`BankError` saying why not (:class:`NoSuchBank` when an HMA server has
    no bank of the profile's name); an invalid profile is a :class:`BankError` too.
    """
    client = BankAccess(options=CHECK_OPTIONS).profile_client(profile)
    try:
        client.check()
    finally:
        client.close()
