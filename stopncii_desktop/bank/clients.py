"""Making a bank client from a settings profile or a one-off endpoint."""

from __future__ import annotations

from collections.abc import Callable

from stopncii_desktop.bank.base import BankClient, BankError, Endpoint
from stopncii_desktop.bank.caseapi import CaseApiClient
from stopncii_desktop.bank.hma import HmaClient
from stopncii_desktop.bank.transport import TransportOptions
from stopncii_desktop.settings import Profile, Settings, SettingsError


def endpoint_from_profile(profile: Profile) -> Endpoint:
    p = profile.validated()
    return Endpoint(p.kind, p.url, p.bank, p.pin, p.name, p.signals)


def make_client(
    endpoint: Endpoint, bearer_token: str | None = None, options: TransportOptions | None = None
) -> BankClient:
    if endpoint.kind == "hma":
        return HmaClient(endpoint, bearer_token, options)
    if endpoint.kind == "caseapi":
        return CaseApiClient(endpoint, bearer_token, options)
    raise BankError(f"unknown kind of bank {endpoint.kind!r}: use 'hma' or 'caseapi'")


def client_from_profile(profile: Profile, options: TransportOptions | None = None) -> BankClient:
    try:
        endpoint = endpoint_from_profile(profile)
    except SettingsError as exc:
        raise BankError(str(exc)) from None
    return make_client(endpoint, profile.bearer_token, options)


def client_factory(
    settings: Settings, options: TransportOptions | None = None
) -> Callable[[Endpoint], BankClient]:
    """For queued submissions: a client per endpoint, with its profile's bearer token."""

    def factory(endpoint: Endpoint) -> BankClient:
        bearer = None
        if endpoint.profile is not None:
            for p in settings.profiles:
                if p.name == endpoint.profile:
                    bearer = p.bearer_token
        return make_client(endpoint, bearer, options)

    return factory
