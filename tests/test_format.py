"""format_money: babel/CLDR text, rounding half-even to minor units only here."""
from __future__ import annotations

from decimal import Decimal

import pytest

from finnorm import Money
from finnorm.format import format_money, minor_units, round_money

NBSP = "\xa0"

CASES = [
    # id, money, locale, kwargs, text
    ("nissan-aud-long-en", Money("7067661077.6988032", "AUD"), "en", {"compact": True},
     "A$7.07 billion"),
    ("nissan-aud-long-en-AU", Money("7067661077.6988032", "AUD"), "en_AU", {"compact": "long"},
     "$7.07 billion"),
    ("nissan-jpy-short-en", Money("670.9e9", "JPY"), "en", {"compact": "short"}, "¥670.9B"),
    ("nissan-jpy-long-en", Money("670.9e9", "JPY"), "en", {"compact": True}, "¥670.9 billion"),
    ("nissan-jpy-ja", Money("670.9e9", "JPY"), "ja", {"compact": True}, "6709億円"),
    ("swing-jpy-en", Money("1.097e12", "JPY"), "en", {"compact": True}, "¥1.097 trillion"),
    ("hq-usd-en-AU", Money("1.08e9", "AUD"), "en_AU", {"compact": True}, "$1.08 billion"),
    ("zh-name-style", Money("670.9e9", "JPY"), "zh", {"compact": True}, "6709亿日元"),
    ("three-significant", Money("6753462796.399", "AUD"), "en", {"compact": True},
     "A$6.75 billion"),
    ("explicit-digits", Money("6753462796.399", "AUD"), "en", {"compact": True, "digits": 3},
     "A$6.753 billion"),
    ("negative-long", Money("-670.9e9", "JPY"), "en", {"compact": True}, "-¥670.9 billion"),
    ("full-usd", Money("1234567.891", "USD"), "en", {}, "$1,234,567.89"),
    ("full-jpy-no-minor", Money("1234.5", "JPY"), "en", {}, "¥1,234"),
    ("full-bhd-three", Money("1.2345", "BHD"), "en", {}, "BHD1.234"),  # babel: no spacing
    ("full-de", Money("1234.5", "EUR"), "de", {}, "1.234,50" + NBSP + "€"),
    ("full-digits", Money("1234.5678", "USD"), "en", {"digits": 4}, "$1,234.5678"),
    ("half-even-down", Money("0.125", "USD"), "en", {}, "$0.12"),
    ("half-even-up", Money("0.135", "USD"), "en", {}, "$0.14"),
    ("unit-price", Money("80", "USD", per="barrel"), "en", {}, "$80.00/barrel"),
    ("small-compact", Money("950", "USD"), "en", {"compact": True}, "$950"),
]


@pytest.mark.parametrize("money,locale,kwargs,text", [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_format(money: Money, locale: str, kwargs: dict[str, object], text: str) -> None:
    assert format_money(money, locale, **kwargs) == text  # type: ignore[arg-type]


def test_money_format_is_sugar() -> None:
    assert Money("670.9e9", "JPY").format("ja", compact=True) == "6709億円"


def test_default_locale_is_english() -> None:
    assert format_money(Money("1", "AUD")) == "A$1.00"


@pytest.mark.parametrize("code,digits", [("USD", 2), ("JPY", 0), ("KRW", 0), ("BHD", 3),
                                         ("KWD", 3), ("EUR", 2), ("CLF", 4)],
                         ids=lambda v: str(v))
def test_minor_units(code: str, digits: int) -> None:
    assert minor_units(code) == digits


def test_round_money_is_half_even_and_explicit() -> None:
    assert round_money(Money("2.5", "JPY")).amount == Decimal("2")
    assert round_money(Money("3.5", "JPY")).amount == Decimal("4")
    assert round_money(Money("1.23456", "USD"), 3).amount == Decimal("1.235")


def test_formatting_does_not_change_the_value() -> None:
    m = Money("7067661077.6988032", "AUD")
    format_money(m, compact=True)
    assert m.amount == Decimal("7067661077.6988032")


def test_bad_arguments() -> None:
    with pytest.raises(ValueError, match="locale"):
        format_money(Money(1, "USD"), "xx_NOPE")
    with pytest.raises(ValueError, match="compact"):
        format_money(Money(1, "USD"), compact="tiny")
