"""Property tests for ``finnorm.extract`` and ``finnorm.parse``.

* robustness: on any text, ``extract`` returns well-formed mentions or raises a
  ``FinnormError`` - never anything else, and never a FinnormError that only
  wraps an internal crash (a ``KeyError`` re-raised as "internal error");
* hostile input: 200 KB of digits, separators, currency signs or brackets
  finishes within 30 s of CPU (a hang guard), and 4x the input does not cost wildly more than 4x
  the time (a backtracking guard, with very generous slack);
* round trip: an amount formatted by babel's ``format_currency`` in several
  locales parses back to the same ``Money``.
"""
from __future__ import annotations

import random
from collections.abc import Callable
from decimal import Decimal

import pytest
from babel.numbers import format_currency
from guards import best_cpu_time, hang_guard
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import finnorm
from finnorm import FinnormError, Mention, Money

# ------------------------------------------------------------------ strategies
SYMBOLS = list("$€£¥￥₹₩₽₺₪₫฿₱₦元円원¢") + ["A$", "US$", "C$", "HK$", "R$", "CN¥", "kr", "zł", "Rs.", "Fr."]
CODES = ["USD", "EUR", "JPY", "GBP", "CHF", "INR", "AUD", "CNY", "KRW", "usd", "XYZ"]
WORDS = [
    "billion", "bn", "b", "B", "million", "m", "mn", "M", "MM", "k", "K", "thousand", "trillion",
    "tn", "lakh", "crore", "Mio.", "Mrd.", "milliards", "millones", "万", "億", "兆", "亿", "만",
    "억", "조", "百万円", "千円", "dollars", "yen", "euros", "d'euros", "per share", "a barrel",
    "/oz", "about", "more than", "up to", "~", "between", "and", "to", "minus", "negative",
    "percent", "%", "FY2024", "March 2025", "2024", "jobs", "half a", "two", "a grand",
]
PUNCT = list("0123456789,.'’ \u00a0\u202f()[]-−–+/%:;\n\t") + ["１", "２", "０", "٣"]
CHARS = [c for c in SYMBOLS + PUNCT if len(c) == 1] + list("abcxyzABC日本円億兆万")
LOCALES = [None, "en_US", "en_AU", "en_CA", "en_GB", "en_IN", "de_DE", "de_CH", "fr_FR", "ja_JP", "zh_CN", "ko_KR"]

token = st.one_of(
    st.sampled_from(SYMBOLS),
    st.sampled_from(CODES),
    st.sampled_from(WORDS),
    st.from_regex(r"[0-9]{1,4}([,.' ][0-9]{1,3}){0,3}", fullmatch=True),
    st.sampled_from(PUNCT),
)
money_like = st.lists(st.tuples(st.booleans(), token), max_size=25).map(
    lambda parts: "".join((" " if spaced else "") + tok for spaced, tok in parts)
)
texts = st.one_of(
    st.text(max_size=200),
    st.text(alphabet=st.sampled_from(CHARS), max_size=200),
    money_like,
    st.lists(token, max_size=30).map("".join),
)


def check_mentions(text: str, mentions: list[Mention]) -> None:
    assert isinstance(mentions, list)
    prev_end = 0
    for m in mentions:
        assert isinstance(m, Mention)
        assert 0 <= m.start < m.end <= len(text), (m.start, m.end, len(text))
        assert text[m.start:m.end] == m.text
        assert m.start >= prev_end, f"overlap or out of order at {m.start} (previous end {prev_end})"
        prev_end = m.end
        for money in (m.money, m.upper):
            if money is None:
                continue
            assert isinstance(money, Money)
            assert type(money.amount) is Decimal and money.amount.is_finite()
            assert len(money.currency) == 3 and money.currency.isupper() and money.currency.isalpha()
        if m.upper is not None:
            assert m.upper.currency == m.money.currency


def _no_wrapped_crash(exc: FinnormError) -> None:
    # a FinnormError that merely wraps a KeyError/IndexError/... is a crash in disguise
    cause = exc.__cause__
    assert cause is None or isinstance(cause, FinnormError), (
        f"internal error surfaced as {type(exc).__name__}: {exc}"
    )


def safe_extract(text: str, locale: str | None = None) -> list[Mention]:
    """extract, treating a FinnormError as 'no mentions' (it is allowed, a wrapped crash is not)."""
    try:
        return finnorm.extract(text, locale=locale)
    except FinnormError as exc:
        _no_wrapped_crash(exc)
        return []


# ------------------------------------------------------------------ robustness
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, locale=st.sampled_from(LOCALES))
@example(text="", locale=None)
@example(text="$$$$", locale=None)
@example(text="(((((($5)", locale="en_US")
@example(text="¥670.9 billion (A$7.1 billion)", locale="en_AU")
@example(text="1兆970億円と3조5000억원", locale=None)
@example(text="₹1.5 lakh crore", locale="en_IN")
@example(text="$5-6 billion, between €3bn and €4bn", locale=None)
@example(text="D만兆T", locale=None)  # 10^28: scaled past the default Decimal precision
@example(text="0,000.0.0", locale="vi_VN")  # a figure, then a point and a digit: no list
def test_extract_is_total_and_well_formed(text: str, locale: str | None) -> None:
    check_mentions(text, safe_extract(text, locale))


@settings(max_examples=150, deadline=None)
@given(text=texts)
def test_parse_raises_only_finnorm_errors(text: str) -> None:
    try:
        money = finnorm.parse(text)
    except FinnormError as exc:
        _no_wrapped_crash(exc)
        return
    assert isinstance(money, Money) and type(money.amount) is Decimal


NOISE = st.text(alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyz .,;:!?日本語の")), max_size=40)


@given(prefix=NOISE, suffix=NOISE)
@settings(max_examples=150, deadline=None)
def test_known_figure_survives_surrounding_noise(prefix: str, suffix: str) -> None:
    # prose around a written figure never loses it or moves its span start
    text = f"{prefix} A$7.1 billion {suffix}"
    start = len(prefix) + 1
    mentions = safe_extract(text)
    check_mentions(text, mentions)
    hits = [m for m in mentions if m.start <= start < m.end]
    assert len(hits) == 1, mentions
    assert hits[0].money.currency == "AUD"
    assert abs(hits[0].money.amount) == Decimal(7100000000)
    assert not hits[0].inferred


# ------------------------------------------------------------------ hostile input
SIZE = 200_000


def _mixed(n: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    alphabet = list("0123456789,.$€¥(()) -") + ["bn", "A$", "million", "1,", "((", "$$"]
    out: list[str] = []
    size = 0
    while size < n:
        piece = rng.choice(alphabet)
        out.append(piece)
        size += len(piece)
    return "".join(out)[:n]


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda n: (unit * (n // len(unit) + 1))[:n]


HOSTILE: dict[str, Callable[[int], str]] = {
    "digits": _repeat("1234567890"),
    "commas": _repeat(","),
    "1,1,1": _repeat("1,"),
    "1.1.1": _repeat("1."),
    "1 1 1": _repeat("1 "),
    "1'1'1": _repeat("1'"),
    "dollars": _repeat("$"),
    "$1$1": _repeat("$1"),
    "currency signs": _repeat("$€£¥₹₩"),
    "open brackets": _repeat("("),
    "brackets": _repeat("()"),
    "nested ($": _repeat("(($"),
    "minus signs": _repeat("-−–"),
    "scale words": _repeat("1 billion "),
    "many figures": _repeat("¥670.9 billion (A$7.1 billion), "),
    "ranges": _repeat("$5-6-7-8-"),
    "cjk": _repeat("1兆970億"),
    "cjk numeral run": _repeat("万"),
    "cjk numerals": _repeat("一二三四五六七八九十百千万億"),
    "thai run": _repeat("ล้านบาท"),
    "kana run": _repeat("ドル"),
    "alnum tokens": _repeat("ab1cd2"),
    "spaces+digits": _repeat("1 2 3 4 5 6 7 8 9 0 "),
    "mixed": _mixed,
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_input_finishes(name: str) -> None:
    text = HOSTILE[name](SIZE)
    assert len(text) == SIZE
    with hang_guard(30):
        mentions = safe_extract(text)
    check_mentions(text, mentions)


@pytest.mark.parametrize("name", ["digits", "1,1,1", "dollars", "nested ($", "many figures", "mixed",
                                  "cjk numeral run", "cjk numerals", "thai run"])
def test_backtracking_guard(name: str) -> None:
    """BACKTRACKING GUARD, not a benchmark: 4x the input must not cost 20x the time.

    Linear code gives a ratio near 4 and quadratic near 16; the slack is wide
    so that a loaded machine cannot make this flaky. Times are CPU times, the
    best of a few runs in this process; nothing machine-specific is kept.
    """
    small, large = HOSTILE[name](SIZE // 4), HOSTILE[name](SIZE)
    with hang_guard(120):
        safe_extract(small)  # warm caches (compiled regexes, locale data)
        t_small = max(best_cpu_time(safe_extract, small, 3), 0.005)  # floor: tiny times are all noise
        t_large = best_cpu_time(safe_extract, large, 2)
    assert t_large / t_small < 20, f"{name}: {t_large:.3f}s for 200 KB vs {t_small:.3f}s for 50 KB"


# shapes whose cost lies in a locale's own rules (a text-wide look, once per text)
HOSTILE_IN_LOCALE: dict[str, tuple[Callable[[int], str], str]] = {
    "prices to the thousandth": (_repeat("Preis 1,100 Euro. "), "de_DE"),
    "a dash closing amounts": (_repeat("900.000- TL "), "tr_TR"),
    "counts after adjectives": (_repeat("1.000 ονομαστικές μετοχές 5 € "), "el_GR"),
}


@pytest.mark.parametrize("name", list(HOSTILE_IN_LOCALE))
def test_backtracking_guard_in_a_locale(name: str) -> None:
    """The same guard for shapes that only a locale's rules read: 4x the input must not
    cost 20x the time (a rule that looks at the whole text for each figure would)."""
    make, locale = HOSTILE_IN_LOCALE[name]
    small, large = make(SIZE // 4), make(SIZE)

    def run(text: str) -> object:
        return finnorm.extract(text, locale=locale)

    with hang_guard(120):
        run(small)
        t_small = max(best_cpu_time(run, small, 3), 0.005)
        t_large = best_cpu_time(run, large, 2)
    assert t_large / t_small < 20, f"{name}: {t_large:.3f}s for 200 KB vs {t_small:.3f}s for 50 KB"


# ------------------------------------------------------------------ round trip
ROUND_TRIP_LOCALES = ["en_US", "de_DE", "fr_FR", "ja_JP", "en_IN", "de_CH"]
ROUND_TRIP_CURRENCIES = ["USD", "EUR", "JPY", "GBP", "CHF", "INR"]


def _amounts(currency: str, negative: bool) -> st.SearchStrategy[Decimal]:
    places = 0 if currency == "JPY" else 2  # JPY has no minor unit: babel rounds to integers
    lo, hi = (Decimal("-1e12"), Decimal("-0.01")) if negative else (Decimal(0), Decimal("1e12"))
    return st.decimals(min_value=lo, max_value=hi, places=places, allow_nan=False, allow_infinity=False)


@st.composite
def formatted(draw: st.DrawFn, negative: bool = False) -> tuple[str, str, Decimal, str]:
    currency = draw(st.sampled_from(ROUND_TRIP_CURRENCIES))
    locale = draw(st.sampled_from(ROUND_TRIP_LOCALES))
    amount = draw(_amounts(currency, negative))
    if currency == "JPY":
        amount = amount.to_integral_value()
    return format_currency(amount, currency, locale=locale), locale, amount, currency


@settings(max_examples=300, deadline=None)
@given(case=formatted())
@example(case=("$1,234.56", "en_US", Decimal("1234.56"), "USD"))
@example(case=("1.234,56\xa0€", "de_DE", Decimal("1234.56"), "EUR"))
@example(case=("1\u202f234,56\xa0€", "fr_FR", Decimal("1234.56"), "EUR"))
@example(case=("￥1,235", "ja_JP", Decimal(1235), "JPY"))
@example(case=("₹12,34,567.50", "en_IN", Decimal("1234567.50"), "INR"))
@example(case=("CHF\xa01’234.56", "de_CH", Decimal("1234.56"), "CHF"))
def test_babel_format_currency_round_trips(case: tuple[str, str, Decimal, str]) -> None:
    text, locale, amount, currency = case
    assert finnorm.parse(text, locale=locale) == Money(amount, currency), text


@settings(max_examples=150, deadline=None)
@given(case=formatted(negative=True))
def test_babel_negative_amounts_round_trip(case: tuple[str, str, Decimal, str]) -> None:
    # CLDR puts the sign before the symbol ("-$5.00") or, in de_CH, after it ("$-5.00")
    text, locale, amount, currency = case
    assert finnorm.parse(text, locale=locale) == Money(amount, currency), text
