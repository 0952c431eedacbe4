"""A client for an endpoint, with the bearer token of the profile it came from."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from stopncii_desktop.bank.base import BankClient, BankError
from stopncii_desktop.bank.caseapi import CaseApiClient
from stopncii_desktop.bank.endpoints import Endpoint, EndpointError, Profile
from stopncii_desktop.bank.hma import HmaClient
from stopncii_desktop.bank.transport import TransportOptions


def make_client(
    endpoint: Endpoint, bearer_token: str | None = None, options: TransportOptions | None = None
) -> BankClient:
    """The client for ``endpoint``'s kind of bank (:class:`BankError` for an unknown kind)."""
    if endpoint.kind == "hma":
        return HmaClient(endpoint, bearer_token, options)
    if endpoint.kind == "caseapi":
        return CaseApiClient(endpoint, bearer_token, options)
    raise BankError(f"unknown kind of bank {endpoint.kind!r}: use 'hma' or 'caseapi'")


@dataclass(frozen=True, slots=True)
class BankAccess:
    """How this computer reaches its banks: the saved profiles (for their bearer tokens)
    and how requests are made.

    Endpoints never hold a bearer token (they are written into the outbox and receipts);
    a client for one gets the token of the profile it names, if that profile still exists.
    """

    profiles: Sequence[Profile] = ()
    options: TransportOptions | None = None
    #: One bearer token for every bank of this run (the command line's
    #: ``--bearer-token-env``), used instead of the profiles' own.
    bearer_token: str | None = None

    def with_options(self, options: TransportOptions) -> BankAccess:
        return replace(self, options=options)

    def bearer_for(self, endpoint: Endpoint) -> str | None:
        if self.bearer_token is not None or endpoint.profile is None:
            return self.bearer_token
        for profile in self.profiles:
            if profile.name == endpoint.profile:
                return profile.bearer_token
        return None

    def client(self, endpoint: Endpoint) -> BankClient:
        """A client for a chosen endpoint, a receipt's or a queued submission's."""
        return make_client(endpoint, self.bearer_for(endpoint), self.options)

    def profile_client(self, profile: Profile) -> BankClient:
        """A client for a profile as given (checked first: :class:`BankError` if not valid)."""
        try:
            endpoint = profile.validated().endpoint
        except EndpointError as exc:
            raise BankError(str(exc)) from None
        return make_client(endpoint, self.bearer_token or profile.bearer_token, self.options)
