"""Properties of conversion over the whole embedded ECB history."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal, localcontext

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from finnorm import Money
from finnorm.convert import convert
from finnorm.rates.ecb import default_source

D = dt.date
ECB = default_source()
MAJORS = ["EUR", "USD", "JPY", "GBP", "CHF", "AUD", "CAD", "SEK", "NOK", "DKK", "NZD", "SGD",
          "HKD", "KRW", "ZAR", "CZK", "HUF", "PLN"]  # quoted 1999..2026 without gaps
days = st.dates(min_value=D(1999, 1, 11), max_value=D(2026, 10, 30))
currencies = st.sampled_from(MAJORS)
amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("1e15"), places=2,
                      allow_nan=False, allow_infinity=False)


@settings(max_examples=150, deadline=None)
@given(amounts, currencies, currencies, days)
def test_round_trip_returns_the_amount(amount: Decimal, a: str, b: str, day: D) -> None:
    there = convert(Money(amount, a), b, on=day)
    back = convert(there.money, a, on=day)
    assert back.on == there.on
    assert abs(back.money.amount - amount) <= amount * Decimal("1e-30") + Decimal("1e-20")


@settings(max_examples=150, deadline=None)
@given(currencies, currencies, days)
def test_cross_rate_is_the_ratio_of_eur_legs(a: str, b: str, day: D) -> None:
    assume(a != b)
    c = convert(Money(1, a), b, on=day)
    assert c.on is not None and day - dt.timedelta(days=7) <= c.on <= day
    ra, rb = ECB.per_eur(a, c.on), ECB.per_eur(b, c.on)
    assert ra is not None and rb is not None
    assert abs(c.rate * ra - rb) <= rb * Decimal("1e-30")


@settings(max_examples=60, deadline=None)
@given(currencies, currencies, days, st.integers(min_value=0, max_value=400))
def test_average_lies_between_the_daily_extremes(a: str, b: str, start: D, length: int) -> None:
    assume(a != b)
    end = min(start + dt.timedelta(days=length), D(2026, 10, 30))
    if not ECB.published(start, end):
        return
    c = convert(Money(1, a), b, method="average", period=(start, end))
    daily = [convert(Money(1, a), b, on=d).rate for d in c.used]
    assert min(daily) <= c.rate <= max(daily)
    assert c.days == len(daily) == len(ECB.published(start, end))


@settings(max_examples=100, deadline=None)
@given(amounts, amounts, currencies, currencies, days)
def test_conversion_is_linear(x: Decimal, y: Decimal, a: str, b: str, day: D) -> None:
    sum_first = convert(Money(x + y, a), b, on=day).money.amount
    with localcontext() as ctx:
        ctx.prec = 60
        each = (convert(Money(x, a), b, on=day).money.amount
                + convert(Money(y, a), b, on=day).money.amount)
        assert abs(sum_first - each) <= abs(sum_first) * Decimal("1e-30")


@settings(max_examples=100, deadline=None)
@given(currencies, currencies, days)
def test_closing_of_a_one_day_period_is_spot(a: str, b: str, day: D) -> None:
    spot = convert(Money(1, a), b, on=day)
    close = convert(Money(1, a), b, method="closing", period=(day, day))
    assert (close.rate, close.on) == (spot.rate, spot.on)


@settings(max_examples=80, deadline=None)
@given(currencies, currencies, days, st.integers(0, 400))
def test_the_average_is_one_rate_both_ways(a: str, b: str, start: D, length: int) -> None:
    end = min(start + dt.timedelta(days=length), D(2026, 10, 30))
    assume(ECB.published(start, end) and a != b)
    assume(ECB.published(start, start + dt.timedelta(days=7)) and ECB.published(end - dt.timedelta(days=7), end))
    there = convert(Money(1, a), b, method="average", period=(start, end)).rate
    back = convert(Money(1, b), a, method="average", period=(start, end)).rate
    with localcontext() as ctx:
        ctx.prec = 60
        assert abs(there * back - 1) < Decimal("1e-32")


@settings(max_examples=150, deadline=None)
@given(currencies, currencies, days)
def test_the_hot_path_equals_the_careful_path(a: str, b: str, day: D) -> None:
    """The shared ECB source's fast lookup and a user source over the same cells agree exactly."""
    from finnorm.rates.user import UserRates

    assume(a != b)
    fast = convert(Money("1234.56", a), b, on=day)
    cells = {fast.on: {c: ECB.per_eur(c, fast.on) for c in {a, b} - {"EUR"}}}
    slow = convert(Money("1234.56", a), b, on=fast.on, rates=UserRates.from_mapping(cells))
    assert (fast.rate, fast.money) == (slow.rate, slow.money)
    assert str(fast.rate) == str(slow.rate)
