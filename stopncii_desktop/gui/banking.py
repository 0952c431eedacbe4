"""Which bank the pages talk to: the configured profile, or the practice server.

Practice mode runs the project's reference case API server in a thread on
127.0.0.1 with an in-memory database, so a person can try the whole flow
without sending anything anywhere. It is stopped when practice mode is
turned off, at "Next client" and at quick exit, which drops all it held.
Submissions to the practice server are never queued in the outbox nor kept
as receipts on disk: nothing of a practice run is written.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from stopncii_desktop.bank.base import BankClient, BankError
from stopncii_desktop.bank.endpoints import Endpoint, EndpointError
from stopncii_desktop.bank.reference_server import ReferenceServer
from stopncii_desktop.bank.service import BankAccess
from stopncii_desktop.bank.transport import TransportOptions
from stopncii_desktop.gui.stores import SettingsStore
from stopncii_desktop.hashing.batch import CancelToken
from stopncii_desktop.settings import SettingsError

#: The name shown for the practice server.
PRACTICE_NAME = "Practice"


class CancelledSending(BankError):
    """The person pressed Stop while the app waited to try the bank again."""

    def __init__(self) -> None:
        super().__init__("stopped", retryable=True)


class Cancel(CancelToken):
    """Stops a bank request's waits between retries (the transport's ``sleep``)."""

    def sleep(self, seconds: float) -> None:
        if self._event.wait(seconds):
            raise CancelledSending()

    def check(self) -> None:
        if self._event.is_set():
            raise CancelledSending()

    def options(self, retries: int = 4) -> TransportOptions:
        return TransportOptions(retries=retries, sleep=self.sleep)


class PracticeServer:
    """The reference case API server, started on demand in a background thread."""

    def __init__(self) -> None:
        self._server: ReferenceServer | None = None
        self._lock = threading.Lock()

    @property
    def running(self) -> bool:
        return self._server is not None

    @property
    def server(self) -> ReferenceServer | None:
        return self._server

    def url(self) -> str:
        with self._lock:
            if self._server is None:
                self._server = ReferenceServer("127.0.0.1", 0)
                self._server.start()
            return self._server.url

    def stop(self) -> None:
        with self._lock:
            server, self._server = self._server, None
        if server is not None:
            server.stop()


@dataclass(frozen=True, slots=True)
class BankChoice:
    """Where fingerprints would go: shown to the person before anything is sent."""

    name: str
    address: str
    endpoint: Endpoint
    practice: bool
    #: The saved profiles (for the bearer token); none in practice mode.
    access: BankAccess = field(default_factory=BankAccess)

    def client(self, cancel: Cancel | None = None, retries: int = 4) -> BankClient:
        options = (cancel or Cancel()).options(retries)
        return self.access.with_options(options).client(self.endpoint)


class PracticeGone(BankError):
    """A practice case whose server has gone (practice ended): there is nothing to ask."""

    def __init__(self) -> None:
        super().__init__("the practice server of this case has gone")


def practice_choice(practice: PracticeServer) -> BankChoice:
    url = practice.url()
    endpoint = Endpoint("caseapi", url, profile=None, practice=True)
    return BankChoice(PRACTICE_NAME, url, endpoint, True)


def require_practice_server(endpoint: Endpoint, practice: PracticeServer) -> None:
    """Raise :class:`PracticeGone` at once for a practice case whose server has gone, rather
    than knocking, with retries, at a port nobody listens on any more."""
    server = practice.server
    if endpoint.practice and (server is None or server.url != endpoint.url):
        raise PracticeGone()


def configured_choice(
    settings: SettingsStore, profile_name: str | None
) -> tuple[BankChoice | None, str | None]:
    """The bank set up in settings, or None and the plain reason there is none."""
    saved, problem = settings.load()
    if problem is not None:
        return None, problem
    if not saved.profiles:
        return None, None  # none set up yet: not a problem to report
    try:
        profile = saved.profile(profile_name).validated()
    except (SettingsError, EndpointError) as exc:
        return None, str(exc)
    access = BankAccess(saved.profiles)
    return BankChoice(profile.name, profile.url, profile.endpoint, False, access), None


def saved_access(settings: SettingsStore, cancel: Cancel | None = None) -> BankAccess:
    """Clients for the endpoints of receipts and queued submissions, with the bearer tokens
    of the saved profiles (none when the settings cannot be read)."""
    return BankAccess(settings.current().profiles, (cancel or Cancel()).options())
