"""Case tokens: enough randomness, readable groups, and a check symbol that catches typing slips."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stopncii_desktop.case.token import (
    ALPHABET,
    DATA_SYMBOLS,
    TOKEN_BITS,
    TOKEN_NOTICE,
    TokenError,
    check_symbol,
    format_token,
    is_app_token,
    new_token,
    parse_token,
)

SHAPE = re.compile(r"([0-9A-HJKMNP-TV-Z]{4}-){6}[0-9A-HJKMNP-TV-Z]{4}")


def test_new_tokens_have_128_bits_or_more_and_a_readable_shape() -> None:
    assert TOKEN_BITS >= 128
    tokens = {new_token().value for _ in range(500)}
    assert len(tokens) == 500
    for value in tokens:
        assert SHAPE.fullmatch(value), value
        assert not set(value) & set("ILOU")
    # Every symbol of the alphabet turns up in the first data position: the randomness is used.
    assert {t[0] for t in tokens} == set(ALPHABET)


def test_a_token_reads_back_as_typed_carelessly() -> None:
    token = new_token()
    sloppy = "  " + token.value.replace("-", " ").lower().replace("0", "o").replace("1", "l") + " "
    assert parse_token(sloppy) == token
    assert parse_token(token.value.replace("-", "")).value == token.value
    assert is_app_token(token.value)


def _symbols(token: str) -> str:
    return token.replace("-", "")


def test_every_single_substitution_is_caught() -> None:
    token = new_token().value
    symbols = _symbols(token)
    for pos in range(len(symbols)):
        for ch in ALPHABET:
            if ch == symbols[pos]:
                continue
            typo = symbols[:pos] + ch + symbols[pos + 1 :]
            with pytest.raises(TokenError, match="typing mistake"):
                parse_token(format_token(typo))


@given(st.integers(min_value=0, max_value=2**135 - 1), st.integers(0, DATA_SYMBOLS - 1))
@settings(max_examples=300, deadline=None)
def test_every_swap_of_neighbours_is_caught(number: int, pos: int) -> None:
    data = "".join(ALPHABET[(number >> (5 * i)) & 31] for i in range(DATA_SYMBOLS))
    symbols = data + check_symbol(data)
    a, b = symbols[pos], symbols[pos + 1]
    if a == b:
        return
    swapped = symbols[:pos] + b + a + symbols[pos + 2 :]
    with pytest.raises(TokenError):
        parse_token(swapped)


def test_missing_or_doubled_symbol_gets_a_specific_message() -> None:
    symbols = _symbols(new_token().value)
    with pytest.raises(TokenError, match="missing"):
        parse_token(symbols[:-1])
    with pytest.raises(TokenError, match="doubled"):
        parse_token(symbols + symbols[-1])


def test_tokens_issued_elsewhere_are_kept_as_given() -> None:
    token = parse_token("  NGO-2024:case_0042  ")
    assert token.value == "NGO-2024:case_0042"
    assert token.issued_elsewhere
    # Even an app-shaped string is kept verbatim when the person says it came from elsewhere.
    ours = new_token().value.lower()
    assert parse_token(ours, issued_elsewhere=True).value == ours


@pytest.mark.parametrize(
    "bad",
    ["", "   ", "abc", "a" * 129, "has space inside", "ünïcode-token", "x" * 600, "-leading"],
)
def test_unusable_text_is_refused_plainly(bad: str) -> None:
    with pytest.raises(TokenError) as info:
        parse_token(bad)
    assert str(info.value)
    assert not is_app_token(bad)


@given(st.text(max_size=200))
@settings(max_examples=300, deadline=None)
def test_parse_never_crashes(text: str) -> None:
    try:
        token = parse_token(text)
    except TokenError:
        return
    assert parse_token(token.value, issued_elsewhere=token.issued_elsewhere) == token


def test_the_notice_says_who_can_act_and_that_it_cannot_be_recovered() -> None:
    assert "withdraw" in TOKEN_NOTICE and "cannot be recovered" in TOKEN_NOTICE
