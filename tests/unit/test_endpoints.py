"""Endpoints and profiles (bank/endpoints.py): addresses, the loopback rule, pins, bank names,
the cap on fingerprints per picture."""

from __future__ import annotations

import pytest

from stopncii_desktop.bank.endpoints import (
    MAX_PDQ_CAP,
    Endpoint,
    EndpointError,
    Profile,
    is_loopback_host,
    normalise_pin,
    validate_pdq_cap,
    validate_url,
)

PIN_HEX = "ab" * 32


def test_http_only_to_this_computer() -> None:
    for ok in (
        "http://127.0.0.1:8765",
        "http://localhost",
        "http://[::1]:80/api",
        "http://LocalHost",
    ):
        assert validate_url(ok)
    # Names that would be looked up (a resolver could answer with another computer).
    for bad in (
        "http://10.0.0.1",
        "http://127.0.0.1.evil.example",
        "http://example.org",
        "http://localhost.:8765",
        "http://localhost.localdomain",
        "http://127.1:8765",
        "http://127.0.0.1.:8765",
        "http://[::ffff:10.0.0.1]",
    ):
        with pytest.raises(EndpointError, match="https"):
            validate_url(bad)


def test_pins_in_every_common_spelling() -> None:
    import base64

    raw = bytes.fromhex(PIN_HEX)
    for text in (
        PIN_HEX,
        PIN_HEX.upper(),
        ":".join(PIN_HEX[i : i + 2] for i in range(0, 64, 2)),
        base64.b64encode(raw).decode(),
        "sha256//" + base64.b64encode(raw).decode(),
    ):
        assert normalise_pin(text) == PIN_HEX


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("", "missing"),
        ("https://user:pw@bank.example.org", "user name"),
        ("https://bank.example.org/?q=1", "\\?"),
        ("https://bank.example.org/#top", "\\?"),
        ("ftp://bank.example.org", "https://"),
        ("https://bank.example.org:", "https://"),
        ("https://bank.example.org:0", "port"),
        ("https://bank.example.org:65536", "port"),
        ("https://bank.example.org:12a", "port"),
        ("https://ba nk.example.org", "https://"),
        ("https://bank.example.org\t", "https://"),
        ("https://bank\n.example.org", "https://"),
        ("https://bänk.example.org", "https://"),
        ("https://[1:2]", "https://"),
        ("https://[1.2.3.4]", "https://"),
        ("https://bank.example.org/a b", "https://"),
        ("https://-bank.example.org", "https://"),
        ("https://", "https://"),
    ],
)
def test_bad_addresses_are_explained(url: str, message: str) -> None:
    with pytest.raises(EndpointError, match=message):
        validate_url(url)


def test_good_addresses_lose_only_a_trailing_slash() -> None:
    for url in (
        "https://bank.example.org",
        "HTTPS://Bank.Example.org:8443/api/v1",
        "https://[2001:db8::1]:443",
        "https://bank.example.org./x_y~z",
    ):
        assert validate_url(url + "/") == url
    assert is_loopback_host("[::1]") and is_loopback_host("LOCALHOST")
    assert not is_loopback_host("localhost.") and not is_loopback_host("127.1")


def test_endpoint_rules_without_a_profile_name() -> None:
    ok = Endpoint("hma", "https://hma.example.org/", "NCII_CASES", PIN_HEX.upper()).validated()
    assert (ok.url, ok.pin) == ("https://hma.example.org", PIN_HEX)
    with pytest.raises(EndpointError, match=r"^an HMA bank name is needed"):
        Endpoint("hma", "https://hma.example.org").validated()
    with pytest.raises(EndpointError, match=r"^kind must be"):
        Endpoint("ftp", "https://hma.example.org").validated()
    with pytest.raises(EndpointError, match=r"^signals must be"):
        Endpoint("hma", "https://h.example.org", "B", signals=("pdq", "pdq")).validated()
    assert Endpoint("hma", "https://a.example.org", "B").same_bank(
        Endpoint("hma", "https://a.example.org", "B", PIN_HEX, "ngo")
    )


def test_profile_names_itself_in_messages_and_gives_its_endpoint() -> None:
    with pytest.raises(EndpointError, match=r"^profile 'ngo': the bank's address must use https"):
        Profile("ngo", "caseapi", "http://bank.example.org").validated()
    with pytest.raises(EndpointError, match="bearer token"):
        Profile("ngo", "caseapi", "https://bank.example.org", bearer_token="a b").validated()
    profile = Profile("ngo", "hma", "https://h.example.org/", "NCII", "secret", PIN_HEX).validated()
    assert profile.endpoint == Endpoint(
        "hma", "https://h.example.org", "NCII", PIN_HEX, "ngo", ("pdq", "video_md5")
    )
    assert "secret" not in repr(profile.endpoint)


def test_a_cap_on_fingerprints_per_picture_is_a_whole_number_and_written_only_when_set() -> None:
    url = "https://h.example.org"
    for cap in (1, 10, MAX_PDQ_CAP):
        assert Endpoint("hma", url, "B", max_pdq_per_picture=cap).validated().max_pdq_per_picture
        assert validate_pdq_cap(cap) == cap
    assert validate_pdq_cap(None) is None
    for bad in (0, -3, MAX_PDQ_CAP + 1, True, 2.5, "10"):
        with pytest.raises(EndpointError, match="whole number from 1 to"):
            validate_pdq_cap(bad)
        with pytest.raises(EndpointError, match=r"^profile 'ngo': the most fingerprints"):
            Profile("ngo", "caseapi", url, max_pdq_per_picture=bad).validated()  # type: ignore[arg-type]
        with pytest.raises(EndpointError, match=r"^profile 3: the most fingerprints"):
            Profile.from_json(
                {"name": "n", "kind": "caseapi", "url": url} | {"max_pdq_per_picture": bad}, 3
            )
        with pytest.raises(ValueError, match="whole number"):
            Endpoint.from_json({"kind": "hma", "url": url, "max_pdq_per_picture": bad})
    # Without a cap, the files are exactly as before; with one, it is kept and read back.
    plain = Profile("ngo", "hma", url, "B")
    assert "max_pdq_per_picture" not in plain.to_json()
    assert "max_pdq_per_picture" not in plain.endpoint.to_json()
    capped = Profile("ngo", "hma", url, "B", max_pdq_per_picture=12)
    assert capped.to_json()["max_pdq_per_picture"] == 12
    assert Profile.from_json(capped.to_json(), 1) == capped
    assert capped.endpoint.max_pdq_per_picture == 12
    assert Endpoint.from_json(capped.endpoint.to_json()) == capped.endpoint
    assert capped.validated().max_pdq_per_picture == 12
