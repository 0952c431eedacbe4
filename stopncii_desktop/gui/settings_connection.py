"""Test connection: one light request to a bank profile's server, with the bank layer.

Nothing of a case is sent. For a case API: ``GET /v1/health``, then ``GET /v1/case`` with a
fresh throwaway token (so a wrong bearer token shows up); for HMA: ``GET /c/bank/<BANK>`` (the
bank exists and the token is accepted). No retries and short timeouts, so the answer comes
quickly. Runs off the GUI thread (the page uses :class:`TaskJob`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from stopncii_desktop.bank.base import BankError
from stopncii_desktop.bank.caseapi import API
from stopncii_desktop.bank.transport import Transport, TransportOptions
from stopncii_desktop.case.token import new_token
from stopncii_desktop.settings import Profile, SettingsError

CONNECT_TIMEOUT = 8.0
READ_TIMEOUT = 15.0


class ConnectionFailed(Exception):
    """The bank could not be reached or refused; the message says why, plainly."""


def check_connection(profile: Profile) -> str:
    """A plain sentence when the bank answers as it should; :class:`ConnectionFailed` if not."""
    try:
        p = profile.validated()
        options = TransportOptions(
            connect_timeout=CONNECT_TIMEOUT, read_timeout=READ_TIMEOUT, retries=0
        )
        transport = Transport(p.url, pin=p.pin, bearer_token=p.bearer_token, options=options)
    except (SettingsError, BankError) as exc:
        raise ConnectionFailed(str(exc)) from None
    try:
        if p.kind == "hma":
            resp = transport.request("GET", f"/c/bank/{p.bank}", accept=(200, 404))
            if resp.status == 404:
                raise ConnectionFailed(
                    QCoreApplication.translate(
                        "SettingsConnection", "The server answered, but it has no bank named %1."
                    ).replace("%1", p.bank or "")
                )
        else:
            transport.request("GET", f"{API}/health")
            transport.request(
                "GET", f"{API}/case", headers={"Case-Token": new_token().value}, accept=(200, 404)
            )
    except BankError as exc:
        raise ConnectionFailed(str(exc)) from None
    finally:
        transport.close()
    return QCoreApplication.translate(
        "SettingsConnection", "The bank answered. This profile works."
    )
