"""Every public object of the period and rate layers pickles (worker
processes in Dask, Spark and multiprocessing receive them), and comes back
equal and working."""
from __future__ import annotations

import datetime as dt
import pickle

import pytest

import finnorm
from finnorm import Money
from finnorm.convert import convert
from finnorm.errors import AmbiguousPeriodError, RateUnavailableError
from finnorm.fiscal import Calendar, calendar, calendars, find_periods, parse_period, pin
from finnorm.fiscal.lexicon import languages
from finnorm.rates import Coverage, get_source
from finnorm.rates.successions import successions

D = dt.date


def roundtrip(obj: object) -> object:
    return pickle.loads(pickle.dumps(obj))


@pytest.mark.parametrize("fn", [finnorm.convert, convert, calendar, calendars, parse_period,
                                find_periods, pin, finnorm.calendar, get_source],
                         ids=lambda f: f.__qualname__)
def test_functions_pickle_by_reference(fn: object) -> None:
    assert roundtrip(fn) is fn


def test_calendars_and_periods() -> None:
    for c in calendars():
        back = roundtrip(c)
        assert back == c and back.year(2024) == c.year(2024)
        assert roundtrip(c.nine_months(2024)) == c.nine_months(2024)
    acme = Calendar("ACME", start_month=7, number="end")
    assert roundtrip(acme).quarter(2025, 1) == acme.quarter(2025, 1)
    (m,) = find_periods("Sales rose in Q3 FY24.", "JP")
    assert roundtrip(m) == m


def test_period_words_and_successions() -> None:
    de = languages()["de"]
    assert roundtrip(de) == de
    hrk = successions()["HRK"]
    assert roundtrip(hrk) == hrk


def test_conversions_from_every_path() -> None:
    fast = [convert(Money(100, "USD"), "JPY", on=D(2025, 5, 13)) for _ in range(8)][-1]
    slow = convert(Money(100, "USD"), "JPY", method="average", period=(D(2025, 1, 1), D(2025, 3, 31)))
    for c in (fast, slow):
        back = roundtrip(c)
        assert back == c and (back.start, back.end, back.days) == (c.start, c.end, c.days)


def test_errors_keep_their_fields() -> None:
    with pytest.raises(RateUnavailableError) as info:
        convert(Money(1, "RUB"), "EUR", on=D(2023, 1, 2))
    back = roundtrip(info.value)
    assert (str(back), back.currency, back.pair, back.sources) == (  # type: ignore[attr-defined]
        str(info.value), "RUB", ("RUB", "EUR"), ("ecb",))
    with pytest.raises(AmbiguousPeriodError) as amb:
        parse_period("FY24")
    assert roundtrip(amb.value).candidates == amb.value.candidates  # type: ignore[attr-defined]


def test_coverage() -> None:
    cov = get_source("ecb").coverage()
    assert isinstance(cov, Coverage) and roundtrip(cov) == cov
