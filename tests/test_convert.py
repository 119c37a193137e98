"""finnorm.convert against an independent Decimal computation from the same ECB CSV."""
from __future__ import annotations

import datetime as dt
import pickle
from decimal import Decimal

import pytest

from finnorm import Money, RateUnavailableError
from finnorm.convert import CONTEXT, convert
from finnorm.errors import CurrencyMismatchError, FinnormError, PeriodError, UnknownCurrencyError
from finnorm.model import FiscalPeriod
from finnorm.rates.user import UserRates

try:
    from .rates_fixtures import (
        ecb_table,
        independent_average,
        independent_cross,
        independent_direct_average,
        rel_diff,
    )
except ImportError:  # tests/ is not a package
    from rates_fixtures import (  # type: ignore[no-redef]
        ecb_table,
        independent_average,
        independent_cross,
        independent_direct_average,
        rel_diff,
    )

D = dt.date
TOL = Decimal("1e-9")
NISSAN = Money(Decimal("670.9e9"), "JPY")
FY2024_JP = FiscalPeriod(D(2024, 4, 1), D(2025, 3, 31), "year", label="FY2024",
                         calendar="JP")


def billions(m: Money) -> Decimal:
    return round(m.amount / 10**9, 2)


# ---------------------------------------------------------------- the article's figures
class TestNissanFigures:
    def test_spot_2025_05_13_is_a_7_07_billion(self) -> None:
        c = convert(NISSAN, "AUD", on=D(2025, 5, 13))
        assert billions(c.money) == Decimal("7.07")
        assert (c.method, c.source, c.on, c.asked, c.days) == ("spot", "ecb", D(2025, 5, 13),
                                                               D(2025, 5, 13), 1)
        want = independent_cross("JPY", "AUD", D(2025, 5, 13))
        assert rel_diff(c.rate, want) < TOL
        assert rel_diff(c.money.amount, NISSAN.amount * want) < TOL

    def test_average_fy2024_is_a_6_75_billion(self) -> None:
        c = convert(NISSAN, "AUD", method="average", period=FY2024_JP)
        assert billions(c.money) == Decimal("6.75")
        want, n = independent_average("JPY", "AUD", D(2024, 4, 1), D(2025, 3, 31))
        assert c.days == n == len(c.used) == 256
        assert (c.start, c.end, c.on) == (D(2024, 4, 1), D(2025, 3, 31), None)
        assert rel_diff(c.rate, want) < TOL

    def test_closing_fy2024_is_a_7_19_billion(self) -> None:
        c = convert(NISSAN, "AUD", method="closing", period=FY2024_JP)
        assert billions(c.money) == Decimal("7.19")
        assert c.on == D(2025, 3, 31)
        assert rel_diff(c.rate, independent_cross("JPY", "AUD", D(2025, 3, 31))) < TOL

    def test_money_convert_is_sugar(self) -> None:
        assert NISSAN.convert("AUD", on="2025-05-13") == convert(NISSAN, "AUD", on=D(2025, 5, 13))


# ---------------------------------------------------------------- spot, table-driven
SPOT = [
    # id, from, to, asked, day used
    ("weekday", "USD", "JPY", D(2025, 5, 13), D(2025, 5, 13)),
    ("saturday-takes-friday", "GBP", "USD", D(2025, 5, 10), D(2025, 5, 9)),
    ("sunday-takes-friday", "JPY", "AUD", D(2025, 5, 11), D(2025, 5, 9)),
    ("christmas-takes-24th", "CHF", "SEK", D(2024, 12, 26), D(2024, 12, 24)),
    ("new-year-takes-31st", "USD", "CAD", D(2025, 1, 1), D(2024, 12, 31)),
    ("good-friday-takes-thursday", "NZD", "ZAR", D(2025, 4, 18), D(2025, 4, 17)),
    ("eur-to-x", "EUR", "USD", D(2020, 3, 16), D(2020, 3, 16)),
    ("x-to-eur", "KRW", "EUR", D(2008, 10, 24), D(2008, 10, 24)),
    ("first-day", "USD", "GBP", D(1999, 1, 4), D(1999, 1, 4)),
    ("last-day", "USD", "INR", D(2026, 10, 30), D(2026, 10, 30)),
    ("legacy-currency", "CYP", "MTL", D(2007, 12, 31), D(2007, 12, 31)),
    ("rub-last-rate", "RUB", "EUR", D(2022, 3, 1), D(2022, 3, 1)),
    ("hrk-last-day-of-the-kuna", "HRK", "EUR", D(2022, 12, 31), D(2022, 12, 30)),
    ("isk-back", "ISK", "EUR", D(2018, 2, 1), D(2018, 2, 1)),
    ("try-first-day", "TRY", "USD", D(2005, 1, 3), D(2005, 1, 3)),
]


@pytest.mark.parametrize("frm,to,asked,used", [c[1:] for c in SPOT], ids=[c[0] for c in SPOT])
def test_spot(frm: str, to: str, asked: D, used: D) -> None:
    amount = Money("1234567.89", frm)
    c = convert(amount, to, on=asked)
    assert c.on == used and c.asked == asked and c.used == (used,)
    want = independent_cross(frm, to, used)
    assert rel_diff(c.rate, want) < TOL
    assert rel_diff(c.money.amount, amount.amount * want) < TOL
    assert c.money.currency == to


UNAVAILABLE = [
    # id, from, to, asked, currency named, words in the message
    ("ecb-has-no-twd", "USD", "TWD", D(2025, 5, 13), "TWD", "publishes no TWD"),
    ("ecb-has-no-sar", "SAR", "EUR", D(2025, 5, 13), "SAR", "publishes no SAR"),
    ("ecb-has-no-aed", "AED", "USD", D(2025, 5, 13), "AED", "publishes no AED"),
    ("ecb-has-no-vnd", "VND", "JPY", D(2025, 5, 13), "VND", "publishes no VND"),
    ("before-history", "USD", "JPY", D(1998, 12, 31), "USD", "1999-01-04"),
    ("past-history-end", "USD", "JPY", D(2026, 11, 7), "USD", "2026-10-30"),
    ("past-history-end-in-a-week", "USD", "INR", D(2026, 11, 5), "USD", "finnorm rates update"),
    ("day-after-history", "USD", "INR", D(2026, 10, 31), "USD", "1999-01-04..2026-10-30"),
    ("rub-stopped", "RUB", "USD", D(2022, 3, 9), "RUB", "RUB until 2022-03-01"),
    ("rub-within-a-week", "RUB", "EUR", D(2022, 3, 4), "RUB", "2 March 2022"),
    ("rub-publication-without-it", "RUB", "EUR", D(2022, 3, 2), "RUB", "RUB"),
    ("brl-not-yet", "BRL", "USD", D(2007, 6, 1), "BRL", "BRL rates start 2008-01-02"),
    ("isk-gap-years", "ISK", "EUR", D(2012, 6, 1), "ISK", "from 2008-12-10 to 2018-01-31"),
    ("isk-december-2008", "ISK", "EUR", D(2008, 12, 10), "ISK", "2008-12-10"),
    ("hrk-after-euro", "HRK", "EUR", D(2023, 6, 1), "HRK", "HRK until 2022-12-30"),
    ("hrk-second-of-january", "HRK", "EUR", D(2023, 1, 2), "HRK", "7.53450 HRK = 1 EUR"),
    ("hrk-as-target", "USD", "HRK", D(2023, 1, 2), "HRK", "replaced by EUR"),
    ("bgn-after-euro", "BGN", "USD", D(2026, 1, 2), "BGN", "1.95583"),
    ("ltl-new-year", "LTL", "EUR", D(2015, 1, 1), "LTL", "3.45280"),
    ("trl-redenominated", "TRL", "USD", D(2005, 1, 3), "TRL", "1000000 TRL = 1 TRY"),
    ("rol-redenominated", "ROL", "EUR", D(2005, 7, 1), "ROL", "10000 ROL = 1 RON"),
    ("try-before-it-existed", "TRY", "USD", D(2004, 12, 31), "TRY", "TRY rates start 2005-01-03"),
]


@pytest.mark.parametrize(
    "frm,to,asked,cur,words", [c[1:] for c in UNAVAILABLE], ids=[c[0] for c in UNAVAILABLE]
)
def test_spot_unavailable(frm: str, to: str, asked: D, cur: str, words: str) -> None:
    with pytest.raises(RateUnavailableError) as info:
        convert(Money(1, frm), to, on=asked)
    err = info.value
    assert isinstance(err, LookupError) and isinstance(err, FinnormError)
    assert err.currency == cur
    assert asked.isoformat() in str(err) and words in str(err) and "ecb" in str(err)
    assert err.sources == ("ecb",)
    again = pickle.loads(pickle.dumps(err))
    assert (str(again), again.currency, again.sources) == (str(err), err.currency, err.sources)


def test_eight_day_gap_is_an_error_not_a_stale_rate() -> None:
    src = UserRates.from_mapping({"2025-01-01": {"USD": "1.1"}, "2025-01-10": {"USD": "1.2"}})
    assert convert(Money(1, "EUR"), "USD", on="2025-01-08", rates=src).on == D(2025, 1, 1)
    with pytest.raises(RateUnavailableError, match="7 days"):
        convert(Money(1, "EUR"), "USD", on="2025-01-09", rates=src)


def test_a_publication_without_the_currency_is_never_skipped() -> None:
    # the 9th is published without USD: the USD rate of the 8th is not the rate of the 9th
    src = UserRates.from_mapping({"2025-01-08": {"USD": "1.1"}, "2025-01-09": {"JPY": "160"},
                                  "2025-01-13": {"USD": "1.2"}})
    with pytest.raises(RateUnavailableError, match="2025-01-09 publication has no USD"):
        convert(Money(1, "EUR"), "USD", on="2025-01-09", rates=src)
    with pytest.raises(RateUnavailableError, match="2025-01-09 publication has no USD"):
        convert(Money(1, "EUR"), "USD", on="2025-01-10", rates=src)


# ---------------------------------------------------------------- average and closing
AVERAGE = [
    ("jp-fy2024", "JPY", "AUD", D(2024, 4, 1), D(2025, 3, 31)),
    ("us-federal-fy2020", "USD", "GBP", D(2019, 10, 1), D(2020, 9, 30)),
    ("one-day", "USD", "JPY", D(2025, 5, 13), D(2025, 5, 13)),
    ("a-weekend-inside", "CHF", "EUR", D(2025, 5, 9), D(2025, 5, 12)),
    ("eur-leg", "EUR", "CNY", D(2015, 1, 1), D(2015, 12, 31)),
    ("lehman-quarter", "KRW", "USD", D(2008, 7, 1), D(2008, 9, 30)),
    ("first-month", "USD", "JPY", D(1999, 1, 4), D(1999, 1, 31)),
]


@pytest.mark.parametrize("frm,to,start,end", [c[1:] for c in AVERAGE], ids=[c[0] for c in AVERAGE])
def test_average(frm: str, to: str, start: D, end: D) -> None:
    c = convert(Money("1000000", frm), to, method="average", period=(start, end))
    want, n = independent_average(frm, to, start, end)
    assert c.days == n and (c.start, c.end) == (start, end)
    assert all(start <= d <= end for d in c.used)
    assert rel_diff(c.rate, want) < Decimal("1e-30")


@pytest.mark.parametrize("frm,to,start,end", [c[1:] for c in AVERAGE], ids=[c[0] for c in AVERAGE])
def test_average_direct(frm: str, to: str, start: D, end: D) -> None:
    c = convert(Money("1000000", frm), to, method="average_direct", period=(start, end))
    want, n = independent_direct_average(frm, to, start, end)
    assert c.days == n and c.method == "average_direct"
    assert rel_diff(c.rate, want) < Decimal("1e-30")


@pytest.mark.parametrize("frm,to,start,end", [c[1:] for c in AVERAGE], ids=[c[0] for c in AVERAGE])
def test_average_is_one_rate_both_ways(frm: str, to: str, start: D, end: D) -> None:
    there = convert(Money(1, frm), to, method="average", period=(start, end)).rate
    back = convert(Money(1, to), frm, method="average", period=(start, end)).rate
    assert abs(there * back - 1) < Decimal("1e-32")


def test_the_direct_average_depends_on_the_direction() -> None:
    # the figure: Japan's FY2024, JPY→AUD × AUD→JPY = 1.0014 with the direct mean
    fy = (D(2024, 4, 1), D(2025, 3, 31))
    there = convert(Money(1, "JPY"), "AUD", method="average_direct", period=fy).rate
    back = convert(Money(1, "AUD"), "JPY", method="average_direct", period=fy).rate
    assert round(there * back, 4) == Decimal("1.0014")


@pytest.mark.parametrize("cur,year", [("USD", 2023), ("JPY", 2024), ("GBP", 2008), ("CHF", 2015)])
def test_average_of_a_eur_pair_is_the_mean_of_the_published_rates(cur: str, year: int) -> None:
    """What the ECB publishes as its annual average: the arithmetic mean of the daily rates."""
    table = ecb_table()
    days = [d for d in table if d.year == year]
    published = [Decimal(table[d][cur]) for d in days]
    c = convert(Money(1, "EUR"), cur, method="average", period=(D(year, 1, 1), D(year, 12, 31)))
    assert c.rate == CONTEXT.divide(sum(published), len(published))


def test_average_accepts_iso_strings_and_objects_with_start_end() -> None:
    a = convert(NISSAN, "AUD", method="average", period=("2024-04-01", "2025-03-31"))
    b = convert(NISSAN, "AUD", method="average", period=FY2024_JP)
    assert a == b


AVERAGE_BAD = [
    ("beyond-history", "USD", "JPY", D(2026, 4, 1), D(2027, 3, 31), "2026-10-30"),
    ("before-history", "USD", "JPY", D(1998, 1, 1), D(1998, 12, 31), "1999-01-04"),
    ("straddles-start", "USD", "JPY", D(1998, 7, 1), D(1999, 6, 30), "1999-01-04"),
    ("a-week-before-start", "USD", "JPY", D(1998, 12, 28), D(1999, 1, 31), "1998-12-28 is before"),
    ("new-year-before-start", "USD", "JPY", D(1999, 1, 1), D(1999, 1, 31), "1999-01-04"),
    ("last-week-past-end", "USD", "JPY", D(2026, 10, 1), D(2026, 11, 6), "finnorm rates update"),
    ("rub-suspended-inside", "RUB", "EUR", D(2022, 1, 1), D(2022, 3, 31), "RUB"),
    ("isk-gap-inside", "ISK", "EUR", D(2008, 10, 1), D(2008, 12, 31), "ISK"),
    ("currency-ends-inside", "HRK", "EUR", D(2022, 7, 1), D(2023, 6, 30), "HRK"),
    ("currency-starts-inside", "BRL", "USD", D(2007, 7, 1), D(2008, 6, 30), "BRL"),
    ("no-publication", "USD", "JPY", D(2025, 5, 10), D(2025, 5, 11), "no publication"),
]


@pytest.mark.parametrize(
    "frm,to,start,end,words", [c[1:] for c in AVERAGE_BAD], ids=[c[0] for c in AVERAGE_BAD]
)
def test_average_never_extrapolates(frm: str, to: str, start: D, end: D, words: str) -> None:
    with pytest.raises(RateUnavailableError, match=words):
        convert(Money(1, frm), to, method="average", period=(start, end))


CLOSING = [
    ("month-end-weekday", (D(2025, 1, 1), D(2025, 3, 31)), D(2025, 3, 31)),
    ("month-end-sunday", (D(2024, 1, 1), D(2024, 3, 31)), D(2024, 3, 28)),  # Easter weekend
    ("year-end", (D(2023, 1, 1), D(2023, 12, 31)), D(2023, 12, 29)),
]


@pytest.mark.parametrize("period,used", [c[1:] for c in CLOSING], ids=[c[0] for c in CLOSING])
def test_closing(period: tuple[D, D], used: D) -> None:
    c = convert(Money("5", "USD"), "JPY", method="closing", period=period)
    assert c.on == used and c.asked == period[1] and c.method == "closing"
    assert rel_diff(c.rate, independent_cross("USD", "JPY", used)) < TOL


def test_closing_on_a_date_and_beyond_history() -> None:
    assert convert(Money(1, "USD"), "JPY", method="closing", on="2025-03-30").on == D(2025, 3, 28)
    with pytest.raises(RateUnavailableError, match="2026-10-30"):
        convert(Money(1, "USD"), "JPY", method="closing", period=(D(2026, 4, 1), D(2027, 3, 31)))


# ---------------------------------------------------------------- the rest of the contract
def test_same_currency_is_identity() -> None:
    c = convert(Money("12.30", "USD"), "usd", on="2025-05-13")
    assert c.money == Money("12.30", "USD") and c.rate == 1 and c.source == "identity"


def test_unit_price_keeps_its_unit() -> None:
    c = convert(Money("80", "USD", per="barrel"), "EUR", on="2025-05-13")
    assert c.money.per == "barrel" and c.money.currency == "EUR"


def test_result_is_decimal_and_frozen() -> None:
    c = convert(NISSAN, "AUD", on="2025-05-13")
    assert type(c.rate) is Decimal and type(c.money.amount) is Decimal
    with pytest.raises(AttributeError):
        c.rate = Decimal(1)  # type: ignore[misc]


@pytest.mark.parametrize(
    "kwargs,exc",
    [
        ({"method": "median", "on": "2025-05-13"}, ValueError),
        ({"method": "average"}, PeriodError),
        ({"method": "closing"}, PeriodError),
        ({"on": "13/05/2025"}, ValueError),
        ({"method": "average", "period": ("2025-03-31", "2024-04-01")}, ValueError),
        ({"on": "2025-05-13", "source": "bloomberg"}, ValueError),
        ({"on": "2025-05-13", "period": ("2024-04-01", "2025-03-31")}, ValueError),
        ({"method": "average", "on": "2025-05-13", "period": ("2024-04-01", "2025-03-31")},
         ValueError),
    ],
    ids=["unknown-method", "average-without-period", "closing-without-period", "bad-date",
         "period-backwards", "unknown-source", "spot-with-period", "average-with-day"],
)
def test_bad_arguments(kwargs: dict[str, object], exc: type[Exception]) -> None:
    with pytest.raises(exc):
        convert(NISSAN, "AUD", **kwargs)  # type: ignore[arg-type]


def test_bad_target_currency() -> None:
    with pytest.raises(UnknownCurrencyError):
        convert(NISSAN, "A$", on="2025-05-13")


def test_arithmetic_across_currencies_raises() -> None:
    with pytest.raises(CurrencyMismatchError):
        NISSAN + Money(1, "AUD")
    with pytest.raises(CurrencyMismatchError):
        NISSAN < Money(1, "AUD")
    aud = NISSAN.convert("AUD", on="2025-05-13").money
    assert aud + Money(1, "AUD") > aud


def test_user_rates_first_then_ecb() -> None:
    desk = UserRates.from_mapping({"2025-05-13": {"USD": "1.10"}}, name="desk")
    c = convert(Money(110, "USD"), "EUR", on="2025-05-13", rates=desk, source="ecb")
    assert (c.source, c.money.amount) == ("desk", Decimal(100))
    c = convert(Money(1, "JPY"), "EUR", on="2025-05-13", rates=desk, source="ecb")
    assert c.source == "ecb"  # the desk has no JPY: the next source answers, both legs from it
    with pytest.raises(RateUnavailableError) as info:
        convert(Money(1, "JPY"), "EUR", on="2025-05-13", rates=desk)
    assert info.value.sources == ("desk",) and "desk: publishes no JPY" in str(info.value)


def test_every_source_tried_is_named() -> None:
    desk = UserRates.from_mapping({"2025-05-13": {"USD": "1.10"}}, name="desk")
    with pytest.raises(RateUnavailableError) as info:
        convert(Money(1, "TWD"), "EUR", on="2025-05-13", source=[desk, "ecb"])
    assert info.value.sources == ("desk", "ecb")
    assert "desk: publishes no TWD" in str(info.value) and "ecb: publishes no TWD" in str(info.value)


def test_user_rates_from_csv(tmp_path: object) -> None:
    import pathlib

    p = pathlib.Path(str(tmp_path)) / "fix.csv"
    p.write_text("date,currency,per_eur\n2025-05-13,USD,1.10\n2025-05-13,JPY,165\n")
    c = convert(Money(1, "USD"), "JPY", on="2025-05-13", rates=str(p))
    assert c.rate == Decimal(150) and c.source == "user"


def test_conversions_pickle_and_compare_by_value() -> None:
    a = convert(NISSAN, "AUD", on=D(2025, 5, 13))
    b = convert(NISSAN, "AUD", on=D(2025, 5, 13))  # the second comes from the memo
    assert a == b and hash(a.money) == hash(b.money)
    again = pickle.loads(pickle.dumps(a))
    assert again == a and again.used == (D(2025, 5, 13),)
    built = type(a)(a.money, a.original, a.rate, a.method, a.source, a.on, a.start, a.end,
                    a.days, a.asked, a.used)
    assert built == a and repr(built) == repr(a)
    with pytest.raises(AttributeError):
        a.method = "average"  # type: ignore[misc]


def test_rates_without_odd_exponents() -> None:
    desk = UserRates.from_mapping({"2025-05-13": {"USD": "1.10", "JPY": "165"}})
    c = convert(Money("100", "USD"), "JPY", on="2025-05-13", rates=desk)
    assert str(c.rate) == "150" and str(c.money.amount) == "15000"


def test_finnorm_convert_is_a_plain_function_that_pickles() -> None:
    import types

    import finnorm
    from finnorm.convert import convert as fn

    assert finnorm.convert is fn and isinstance(fn, types.FunctionType)
    assert pickle.loads(pickle.dumps(finnorm.convert)) is fn
    assert finnorm.convert(NISSAN, "AUD", on="2025-05-13") == fn(NISSAN, "AUD", on="2025-05-13")

