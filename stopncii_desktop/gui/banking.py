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
from dataclasses import dataclass

from stopncii_desktop.bank.base import BankClient, BankError, Endpoint
from stopncii_desktop.bank.clients import client_factory, client_from_profile, make_client
from stopncii_desktop.bank.reference_server import ReferenceServer
from stopncii_desktop.bank.transport import TransportOptions
from stopncii_desktop.hashing.batch import CancelToken
from stopncii_desktop.settings import Settings, SettingsError, load_settings

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
        return TransportOptions(
            connect_timeout=10.0, read_timeout=60.0, retries=retries, sleep=self.sleep
        )


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
    #: The settings the endpoint came from (for bearer tokens), None in practice mode.
    settings: Settings | None = None

    def client(self, cancel: Cancel | None = None, retries: int = 4) -> BankClient:
        options = (cancel or Cancel()).options(retries)
        if self.settings is not None and self.endpoint.profile is not None:
            return client_from_profile(self.settings.profile(self.endpoint.profile), options)
        return make_client(self.endpoint, None, options)


#: Marks a receipt's endpoint as the practice server's (it is gone with the session).
PRACTICE_MARK = "practice"


class PracticeGone(BankError):
    """A practice case whose server has gone (practice ended): there is nothing to ask."""

    def __init__(self) -> None:
        super().__init__("the practice server of this case has gone")


def practice_endpoint(endpoint: Endpoint) -> dict[str, object]:
    """A receipt's endpoint for the practice server: marked, so a check later knows."""
    return {**endpoint.to_json(), PRACTICE_MARK: True}


def practice_choice(practice: PracticeServer) -> BankChoice:
    url = practice.url()
    return BankChoice(PRACTICE_NAME, url, Endpoint("caseapi", url, profile=None), True)


def configured_choice(profile_name: str | None) -> tuple[BankChoice | None, str | None]:
    """The bank set up in settings, or None and the plain reason there is none."""
    try:
        settings = load_settings()
        if not settings.profiles:
            return None, None  # none set up yet: not a problem to report
        profile = settings.profile(profile_name).validated()
    except SettingsError as exc:
        return None, str(exc)
    endpoint = Endpoint(
        profile.kind, profile.url, profile.bank, profile.pin, profile.name, profile.signals
    )
    return BankChoice(profile.name, profile.url, endpoint, False, settings), None


def client_for_endpoint(
    endpoint: Endpoint,
    practice: PracticeServer,
    cancel: Cancel | None = None,
    *,
    was_practice: bool = False,
) -> BankClient:
    """A client for a saved receipt's endpoint, with its profile's bearer token if any.

    Raises :class:`PracticeGone` at once for a practice case whose server has gone, rather
    than knocking, with retries, at a port nobody listens on any more."""
    options = (cancel or Cancel()).options()
    server = practice.server
    if server is not None and endpoint.url == server.url:
        return make_client(endpoint, None, options)
    if was_practice:
        raise PracticeGone()
    try:
        settings = load_settings()
    except SettingsError:
        settings = Settings()
    return client_factory(settings, options)(endpoint)
