"""Table-driven tests of extract() and parse(), grouped by what they exercise.

Each row: text, locale, expected [(amount, currency, upper, qualifier)], as
exact strings. ``upper``/``qualifier`` may be omitted (then not checked).
"""
from __future__ import annotations

from decimal import Decimal

import pytest

import finnorm
from finnorm import AmbiguousAmountError, FinnormError, Money, ParseError


def got(text: str, locale: str | None = None) -> list[tuple[str, str]]:
    return [(str(m.money.amount), m.money.currency) for m in finnorm.extract(text, locale=locale)]


CASES = {
    # ---- the reference article
    "nissan-yen-bn": ("a net loss of ¥670.9 billion", None, [("670900000000", "JPY")]),
    "nissan-aud": ("A$7.1 billion", None, [("7100000000", "AUD")]),
    "nissan-apposition-not-negative": ("¥670.9 billion (A$7.1 billion)", None,
                                       [("670900000000", "JPY"), ("7100000000", "AUD")]),
    "nissan-trillion": ("a ¥1.097 trillion swing", None, [("1097000000000", "JPY")]),
    "bare-dollar-en_AU": ("¥100 billion ($1.08 billion)", "en_AU",
                          [("100000000000", "JPY"), ("1080000000", "AUD")]),
    # ---- symbols, codes, both sides, glued or spaced
    "code-glued-before": ("USD34.6 million", None, [("34600000", "USD")]),
    "code-after-scale": ("670.9bn JPY", None, [("670900000000", "JPY")]),
    "code-before-spaced": ("JPY 670.9bn", None, [("670900000000", "JPY")]),
    "symbol-after": ("179,00 €", None, [("179.00", "EUR")]),
    "symbol-after-glued": ("3.14US$", None, [("3.14", "USD")]),
    "dollar-family": ("C$5, NZ$6, HK$7, S$8, R$9, MX$10", None,
                      [("5", "CAD"), ("6", "NZD"), ("7", "HKD"), ("8", "SGD"), ("9", "BRL"),
                       ("10", "MXN")]),
    "letters-before-dollar": ("hk $ 10 and SGD$4.90", None, [("10", "HKD"), ("4.90", "SGD")]),
    "rmb-usd": ("rmb 10 usd 20", None, [("10", "CNY"), ("20", "USD")]),
    "yen-kanji": ("6709億円", "ja", [("670900000000", "JPY")]),
    "yen-compound": ("1兆970億円", "ja", [("1097000000000", "JPY")]),
    "won-compound": ("3조5000억원", "ko", [("3500000000000", "KRW")]),
    "rupee-lakh-crore": ("₹1.5 lakh crore", None, [("1500000000000", "INR")]),
    "mm": ("$5MM", None, [("5000000", "USD")]),
    "scaled-code": ("revenues of 120 MEUR", "en", [("120000000", "EUR")]),
    "code-then-scale": ("They lost 75 USD million", "en", [("75000000", "USD")]),
    "zloty": ("140,00 zł", None, [("140.00", "PLN")]),
    "comma-dash": ("50,- Kč", None, [("50", "CZK")]),
    # ---- names in several languages
    "en-name": ("two billion dollars", "en", [("2000000000", "USD")]),
    "en-aud-name": ("7.1 billion Australian dollars", "en", [("7100000000", "AUD")]),
    "de-mio": ("2,5 Mio. Euro", "de", [("2500000", "EUR")]),
    "de-franken": ("3 Millionen Schweizer Franken", "de", [("3000000", "CHF")]),
    "fr-elision": ("5 millions d'euros", "fr", [("5000000", "EUR")]),
    "fr-de-dollar": ("14 millions de $", "fr", [("14000000", "USD")]),
    "es-mil-millones": ("3 mil millones de euros", "es", [("3000000000", "EUR")]),
    "pt-bilhoes": ("2 bilhões de reais", "pt", [("2000000000", "BRL")]),
    "it-miliardi": ("5 miliardi di euro", "it", [("5000000000", "EUR")]),
    "nl-miljard": ("4 miljard euro", "nl", [("4000000000", "EUR")]),
    "ja-dollar": ("このパソコンは2ドルです", "ja", [("2", "USD")]),
    "zh-yuan": ("人民币 8千元", "zh", [("8000", "CNY")]),
    # ---- number formats
    "en-grouping": ("$1,234.56", None, [("1234.56", "USD")]),
    "de-grouping": ("1.234,56 €", None, [("1234.56", "EUR")]),
    "fr-space-grouping": ("1 234,56 €", None, [("1234.56", "EUR")]),
    "nbsp-grouping": ("1\u202f234,56\u00a0€", None, [("1234.56", "EUR")]),
    "swiss-apostrophe": ("CHF 1'234.50", None, [("1234.50", "CHF")]),
    "indian-grouping": ("₹2,50,000", None, [("250000", "INR")]),
    "full-width": ("１２３４円", "ja", [("1234", "JPY")]),
    "locale-decides-3-digits-de": ("3.350 €", "de", [("3350", "EUR")]),
    "locale-decides-3-digits-fr": ("12,345 $", "fr", [("12.345", "USD")]),
    # ---- signs
    "minus-glued": ("-$5", None, [("-5", "USD")]),
    "minus-unicode": ("−€3", None, [("-3", "EUR")]),
    "minus-word": ("minus $5 million", None, [("-5000000", "USD")]),
    "accounting-brackets": ("Net income: ($12.3 million)", None, [("-12300000", "USD")]),
    "spaced-dash-not-sign": ("- $44.99", None, [("44.99", "USD")]),
    # ---- minor units
    "cents-alone": ("50 cents", "en", [("0.50", "USD")]),
    "dollar-and-cents": ("a dollar and 42 cents", "en", [("1.42", "USD")]),
    "ja-dollar-cent": ("2ドル3セント", "ja", [("2.03", "USD")]),
    "zh-yuan-jiao-fen": ("50元6角三分", "zh", [("50.63", "CNY")]),
    # ---- spelled out
    "half-a-billion": ("half a billion dollars", "en", [("500000000", "USD")]),
    "a-grand-en_AU": ("a grand", "en_AU", [("1000", "AUD")]),
    "de-compound-word": ("siebenhundert Euro", "de", [("700", "EUR")]),
    # ---- adjective + generic head, read as what both allow
    "nb-adjective-plural": ("10 australske dollars", "nb", [("10", "AUD")]),
    "nb-adjective-symbol": ("ti svenske kr", "nb", [("10", "SEK")]),
    # ---- hedges are not signs; a prefixed symbol means English grouping
    "fr-au-moins": ("au moins 10 euros", "fr", [("10", "EUR")]),
    "fr-moins-is-minus": ("moins 10 euros", "fr", [("-10", "EUR")]),
    "ru-dollar-grouping": ("$10,000", "ru", [("10000", "USD")]),
    "ru-scale-k": ("$10К", "ru", [("10000", "USD")]),
    # ---- minor units joined in other languages
    "ro-lei-bani": ("10 lei si 50 de bani", "ro", [("10.50", "RON")]),
    "es-con": ("solo cuesta 3 euros con 99 céntimos", "es", [("3.99", "EUR")]),
    "zh-colloquial": ("三块零四", "zh", [("3.04", "CNY")]),
    # ---- names before the number only when they name one currency
    "prefix-ringgit": ("ringgit 42", "en", [("42", "MYR")]),
    "no-generic-prefix": ("the dollar 20 years ago", "en", []),
}


@pytest.mark.parametrize("text,locale,expected", CASES.values(), ids=CASES.keys())
def test_extract_values(text: str, locale: str | None, expected: list[tuple[str, str]]) -> None:
    assert got(text, locale) == expected


RANGES = {
    "dash-shared-scale": ("$5-6 billion", ("5000000000", "6000000000", "USD")),
    "between-and": ("between $5 billion and $6 billion", ("5000000000", "6000000000", "USD")),
    "en-dash-each-side": ("€3bn–€4bn", ("3000000000", "4000000000", "EUR")),
    "to": ("from $5 to $7", ("5", "7", "USD")),
    "dash-after-symbol": ("10$-20$", ("10", "20", "USD")),
    "vi-tu-den": ("từ 1000 đến 2000 đồng", ("1000", "2000", "VND")),
}


@pytest.mark.parametrize("text,expected", RANGES.values(), ids=RANGES.keys())
def test_ranges(text: str, expected: tuple[str, str, str]) -> None:
    (m,) = finnorm.extract(text)
    assert m.upper is not None
    assert (str(m.money.amount), str(m.upper.amount), m.money.currency) == expected
    assert m.upper.currency == expected[2]


QUALIFIERS = {
    "about": ("about $5", "approximately"),
    "approximately": ("approximately €3 million", "approximately"),
    "nearly": ("nearly $2 billion", "nearly"),
    "more-than": ("more than $100", "more than"),
    "over": ("over ¥1 trillion", "more than"),
    "up-to": ("up to $50", "up to"),
    "at-least": ("at least $1.42", "at least"),
    "some": ("some $40 million", "approximately"),
    "tilde": ("~$5", "approximately"),
    "roughly": ("roughly £3bn", "approximately"),
}


@pytest.mark.parametrize("text,qualifier", QUALIFIERS.values(), ids=QUALIFIERS.keys())
def test_qualifiers(text: str, qualifier: str) -> None:
    (m,) = finnorm.extract(text)
    assert m.qualifier == qualifier


UNIT_PRICES = {
    "per-share": ("¥25 per share", ("25", "JPY", "share")),
    "a-barrel": ("$80 a barrel", ("80", "USD", "barrel")),
    "slash-oz": ("$1,200/oz", ("1200", "USD", "troy_ounce")),
}


@pytest.mark.parametrize("text,expected", UNIT_PRICES.values(), ids=UNIT_PRICES.keys())
def test_unit_prices(text: str, expected: tuple[str, str, str]) -> None:
    (m,) = finnorm.extract(text)
    assert (str(m.money.amount), m.money.currency, m.money.per) == expected


INFERENCE = {
    "en_AU": ("$10", "en_AU", "AUD"),
    "en_CA": ("$10", "en_CA", "CAD"),
    "default-usd": ("$10", None, "USD"),
    "zh_CN-yen-sign": ("¥10", "zh_CN", "CNY"),
    "ja-yen-sign": ("¥10", "ja", "JPY"),
    "default-jpy": ("¥10", None, "JPY"),
    "nb-kr": ("10 kr", "nb", "NOK"),
    "sv-kr": ("10 kr", "sv", "SEK"),
}


@pytest.mark.parametrize("text,locale,code", INFERENCE.values(), ids=INFERENCE.keys())
def test_bare_symbol_follows_locale(text: str, locale: str | None, code: str) -> None:
    (m,) = finnorm.extract(text, locale=locale)
    assert m.money.currency == code
    assert m.inferred is True
    assert code in m.candidates


def test_stated_currency_not_inferred() -> None:
    (m,) = finnorm.extract("A$7.1 billion")
    assert m.inferred is False and m.candidates == ()


NOT_MONEY = {
    "percent": "Sales rose 5.2% in 2024.",
    "year": "In 2024 the plan changed.",
    "date": "due in March 2027",
    "fiscal-label": "results for FY2024 and FY25",
    "counts": "cut 20,000 of its 133,000 employees and 3900 jobs",
    "index-points": "the Nikkei rose 350 points to 38,000",
    "phone": "call 03-5555-1234",
    "model-number": "the Boeing 737 and iPhone 15",
    "ALL-as-word": "ALL 5 solutions are wrong.",
    "pentagon": "五角大楼宣布了作战计划",
    "a-symbol-not-article": "A$",
}


@pytest.mark.parametrize("text", NOT_MONEY.values(), ids=NOT_MONEY.keys())
def test_not_money(text: str) -> None:
    assert finnorm.extract(text) == []


def test_spans_slice_the_source() -> None:
    text = "Nissan lost ¥670.9 billion (A$7.1 billion); HQ worth ¥100 billion ($1.08 billion)."
    ms = finnorm.extract(text, locale="en_AU")
    assert [m.text for m in ms] == ["¥670.9 billion", "A$7.1 billion", "¥100 billion",
                                     "$1.08 billion"]
    for m in ms:
        assert text[m.start:m.end] == m.text


def test_amounts_are_decimal() -> None:
    for m in finnorm.extract("$1.10 and €2,50 and ¥3"):
        assert type(m.money.amount) is Decimal


def test_parse_exactly_one() -> None:
    assert finnorm.parse("¥670.9 billion") == Money(Decimal("670900000000"), "JPY")
    with pytest.raises(ParseError):
        finnorm.parse("nothing to see")
    with pytest.raises(AmbiguousAmountError) as err:
        finnorm.parse("$5 and €6")
    assert err.value.candidates == ("$5", "€6")
    assert isinstance(err.value, ValueError) and isinstance(err.value, FinnormError)


def test_parse_rejects_non_str() -> None:
    with pytest.raises(TypeError):
        finnorm.parse(5)  # type: ignore[arg-type]
