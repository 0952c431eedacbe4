"""What is wrong with a bank profile as typed, in a sentence saying what to do.

The rules are the bank layer's (``bank/endpoints.py``: ``validate_profile_name``,
``validate_url``, ``validate_bank_name``, ``validate_bearer_token``, ``normalise_pin``);
this module only asks them field by field, in the order the boxes are shown, and says the
first problem in the words of the dialog's labels. The bearer token is never repeated.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from stopncii_desktop.bank.endpoints import (
    EndpointError,
    normalise_pin,
    validate_bank_name,
    validate_bearer_token,
    validate_profile_name,
    validate_url,
)


@dataclass(frozen=True)
class Typed:
    """The dialog's boxes, as typed (stripped)."""

    name: str
    hma: bool
    url: str
    bank: str
    token: str
    pin: str
    any_signal: bool


@dataclass(frozen=True)
class Problem:
    #: Which box: "name", "url", "bank", "token", "pin" or "signals".
    field: str
    text: str


def first_problem(typed: Typed, taken: set[str]) -> Problem | None:
    """The first box with a problem, and what to do about it; None when all look right."""
    try:
        validate_profile_name(typed.name)
    except EndpointError:
        return Problem(
            "name",
            QCoreApplication.translate(
                "ProfileChecks",
                "Give this bank a name, so you can find it again. Up to 64 letters.",
            ),
        )
    if typed.name in taken:
        return Problem(
            "name",
            QCoreApplication.translate(
                "ProfileChecks",
                "There is already a bank with this name. Please choose another name.",
            ),
        )
    problem = _url_problem(typed.url)
    if problem is not None:
        return Problem("url", problem)
    if typed.hma:
        try:
            validate_bank_name(typed.bank)
        except EndpointError:
            return Problem(
                "bank",
                QCoreApplication.translate(
                    "ProfileChecks",
                    "An HMA bank needs its bank name, in capital letters, numbers and _ "
                    "(for example NCII_CASES). Please copy it from your organisation's message.",
                ),
            )
    if typed.token:
        try:
            validate_bearer_token(typed.token)
        except EndpointError:
            return Problem(
                "token",
                QCoreApplication.translate(
                    "ProfileChecks",
                    "The access key cannot have spaces or unusual characters. Please copy it "
                    "again from your organisation's message.",
                ),
            )
    if typed.pin:
        try:
            normalise_pin(typed.pin)
        except EndpointError:
            return Problem(
                "pin",
                QCoreApplication.translate(
                    "ProfileChecks",
                    "This security pin is not right. Please copy it again from your "
                    "organisation's message, or leave the box empty.",
                ),
            )
    if typed.hma and not typed.any_signal:
        return Problem(
            "signals",
            QCoreApplication.translate(
                "ProfileChecks",
                "Tick at least one kind of fingerprint the bank takes. Ask your "
                "organisation if you are not sure.",
            ),
        )
    return None


def _url_problem(url: str) -> str | None:
    try:
        validate_url(url)
    except EndpointError:
        pass
    else:
        return None
    if not url:
        return QCoreApplication.translate(
            "ProfileChecks",
            "Please type the bank address. Your organisation gives it to you; it starts "
            "with https://",
        )
    if "@" in url:
        return QCoreApplication.translate(
            "ProfileChecks",
            "The bank address must not hold a user name or password. Please put the access "
            "key in its own box, and only the address here.",
        )
    if url.lower().startswith("http://"):
        return QCoreApplication.translate(
            "ProfileChecks",
            "The bank address must start with https:// (with an s), so that nobody can read "
            "what is sent. Please check the address with your organisation.",
        )
    return QCoreApplication.translate(
        "ProfileChecks",
        "This bank address is not right. Please copy it again from your organisation's "
        "message; it looks like https://bank.example.org",
    )


def not_kept_text() -> str:
    """When the bank layer refuses what the checks above let through."""
    return QCoreApplication.translate(
        "ProfileChecks",
        "These details could not be kept. Please check each box and try again.",
    )
