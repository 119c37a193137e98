"""finnorm.batch: flat records equal the scalar API row by row (extract, parse, convert)."""
from __future__ import annotations

import datetime as dt
import pickle
from decimal import Decimal
from typing import Any

import cloudpickle
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import finnorm
from finnorm import batch
from finnorm.batch import (
    ConversionRecord,
    DecimalRangeError,
    MentionRecord,
    ParseRecord,
    convert_records,
    extract_records,
    parse_records,
)
from finnorm.convert import LOOKBACK_DAYS
from finnorm.model import Money

from columns_cases import TEXTS, scalar_conversion, scalar_records

@pytest.mark.parametrize("kw", [{}, {"locale": "en_AU"}, {"calendar": "JP"},
                                {"locale": "ja_JP", "calendar": "JP"}], ids=str)
def test_extract_records_equal_scalar_extract(kw: dict[str, Any]) -> None:
    got = [tuple(r) for r in extract_records(TEXTS, **kw)]
    assert got == scalar_records(TEXTS, **kw)
    assert got, "the table must hold mentions, or the comparison proves nothing"


def test_fields_in_the_documented_order() -> None:
    assert batch.MENTION_FIELDS[:3] == ("id", "match", "mention")
    assert batch.MENTION_FIELDS[-1] == "error"
    assert {"uncertain", "reason", "alternatives", "candidates", "period_start"} <= set(
        batch.MENTION_FIELDS)


def test_ids_name_rows_and_must_match_in_length() -> None:
    recs = list(extract_records(["$5", "€3"], ids=["a", "b"]))
    assert [(r.id, r.mention) for r in recs] == [("a", "$5"), ("b", "€3")]
    with pytest.raises(ValueError):
        list(extract_records(["$5", "€3"], ids=["a"]))


def test_coerce_records_a_bad_row_and_goes_on() -> None:
    recs = list(extract_records(["$5", 42, "€3"], errors="coerce"))
    assert [(r.id, r.mention, r.error) for r in recs] == [
        (0, "$5", None), (1, None, "extract() wants str, not int"), (2, "€3", None)]


def test_raise_names_the_row() -> None:
    with pytest.raises(TypeError) as info:
        list(extract_records(["$5", 42], ids=["ok", "bad"]))
    assert any("'bad'" in n for n in info.value.__notes__)


def test_bad_locale_or_calendar_fails_before_any_row_even_when_coercing() -> None:
    with pytest.raises(finnorm.UnknownLocaleError):
        list(extract_records(["$5"], locale="xx_YY", errors="coerce"))
    with pytest.raises(finnorm.UnknownCalendarError):
        list(extract_records(["$5"], calendar="NOPE", errors="coerce"))
    with pytest.raises(ValueError, match="errors must be"):
        list(extract_records(["$5"], errors="ignore"))


def test_parse_records_align_with_the_input() -> None:
    recs = list(parse_records(["¥670.9 billion", None, "nothing", "$1 and $2"], errors="coerce"))
    assert [r.id for r in recs] == [0, 1, 2, 3]
    assert recs[0] == ParseRecord(0, Decimal("670900000000"), "JPY", None, None)
    assert recs[1] == ParseRecord(1, None, None, None, None)
    assert recs[2].error == "no amount of money in 'nothing'"
    assert recs[3].error is not None and recs[3].error.startswith("2 amounts")
    with pytest.raises(finnorm.ParseError):
        list(parse_records(["nothing"]))


# ------------------------------------------------------------------ conversion
CASES = [  # (amount, currency, day): ids say what each one exercises
    pytest.param(Decimal("670.9e9"), "JPY", dt.date(2025, 5, 13), id="plain"),
    pytest.param(Decimal("100"), "USD", dt.date(2025, 5, 11), id="sunday-takes-friday"),
    pytest.param(Decimal("5"), "AUD", dt.date(2025, 5, 13), id="identity"),
    pytest.param(Decimal("5"), "aud", dt.date(2025, 5, 13), id="lowercase-code"),
    pytest.param(Decimal("5"), "TWD", dt.date(2025, 5, 13), id="unquoted-currency"),
    pytest.param(Decimal("5"), "BRL", dt.date(2001, 5, 13), id="before-currency-start"),
    pytest.param(Decimal("5"), "CYP", dt.date(2015, 5, 13), id="dropped-currency"),
    pytest.param(Decimal("5"), "CYP", dt.date(2008, 1, 1), id="ceased-that-day-a-holiday"),
    pytest.param(Decimal("5"), "CYP", dt.date(2007, 12, 31), id="last-day-quoted"),
    pytest.param(Decimal("5"), "HRK", dt.date(2023, 1, 2), id="ceased-quotes-went-on"),
    pytest.param(Decimal("5"), "USD", dt.date(1990, 1, 1), id="before-history"),
    pytest.param(Decimal("5"), "USD", dt.date(2035, 1, 1), id="after-history"),
    pytest.param(Decimal("5"), "ISK", dt.date(2009, 3, 2), id="currency-gap"),
    pytest.param(Decimal("5"), "US$", dt.date(2025, 5, 13), id="not-a-code"),
    pytest.param(Decimal("-0.01"), "KRW", dt.date(2020, 2, 3), id="tiny-negative"),
    pytest.param(1.5, "USD", dt.date(2020, 2, 3), id="float-refused"),
    pytest.param("12.50", "USD", dt.date(2020, 2, 3), id="string-amount"),
    pytest.param("abc", "USD", dt.date(2020, 2, 3), id="bad-string-amount"),
    pytest.param(Decimal("NaN"), "USD", dt.date(2020, 2, 3), id="nan-refused"),
    pytest.param(None, "USD", dt.date(2020, 2, 3), id="null-amount"),
    pytest.param(Decimal(1), None, dt.date(2020, 2, 3), id="null-currency"),
    pytest.param(Decimal(1), "USD", None, id="null-day"),
    pytest.param(1.5, "TWD", dt.date(2020, 2, 3), id="bad-amount-before-bad-currency"),
]


@pytest.mark.parametrize(("amount", "cur", "day"), CASES)
@pytest.mark.parametrize("to", ["AUD", "EUR"])
def test_convert_records_equal_scalar(amount: Any, cur: Any, day: Any, to: str) -> None:
    (got,) = convert_records([amount], [cur], to=to, on=[day], errors="coerce")
    assert got == scalar_conversion(amount, cur, to, on=day)


def test_convert_records_as_a_column_equal_scalar_row_by_row() -> None:
    rows = [p.values for p in CASES]
    got = convert_records([r[0] for r in rows], [r[1] for r in rows], to="USD",
                          on=[r[2] for r in rows], errors="coerce")
    assert got == [scalar_conversion(a, c, "USD", on=d) for a, c, d in rows]


def test_convert_records_raise_stops_at_the_first_bad_row() -> None:
    with pytest.raises(finnorm.RateUnavailableError) as info:
        convert_records([Decimal(1), Decimal(2), Decimal(3)], ["USD", "TWD", "XXX"], to="EUR",
                        on="2025-05-13")
    assert "TWD" in str(info.value)
    assert any("id 1" in n for n in info.value.__notes__)


@pytest.mark.parametrize("method", ["average", "closing"])
def test_periods_equal_scalar(method: str) -> None:
    starts = [dt.date(2024, 4, 1), dt.date(2024, 4, 1), dt.date(1990, 1, 1), None,
              dt.date(2025, 1, 1)]
    ends = [dt.date(2025, 3, 31), dt.date(2025, 3, 31), dt.date(1990, 12, 31), dt.date(2025, 1, 1),
            dt.date(2024, 1, 1)]
    amounts = [Decimal("670.9e9"), Decimal("1"), Decimal("1"), Decimal("1"), Decimal("1")]
    curs = ["JPY", "TWD", "USD", "USD", "USD"]
    got = convert_records(amounts, curs, to="AUD", method=method, period_start=starts,
                          period_end=ends, errors="coerce")
    want = [scalar_conversion(a, c, "AUD", method=method, period=(s, e))
            for a, c, s, e in zip(amounts, curs, starts, ends)]
    assert got == want
    assert got[0].amount is not None and got[4].error is not None


def test_closing_by_day_and_spot_arguments() -> None:
    (got,) = convert_records([Decimal(1)], ["USD"], to="JPY", method="closing", on="2025-05-11")
    assert got == scalar_conversion(Decimal(1), "USD", "JPY", method="closing", on="2025-05-11")
    with pytest.raises(ValueError, match="spot"):
        convert_records([1], ["USD"], to="JPY", period_start="2024-01-01", period_end="2024-12-31")
    with pytest.raises(finnorm.PeriodError):
        convert_records([1], ["USD"], to="JPY", method="average")
    with pytest.raises(finnorm.UnknownCurrencyError):
        convert_records([1], ["USD"], to="dollars", on="2025-05-13", errors="coerce")


def test_user_rates_and_their_errors_equal_scalar() -> None:
    rates = {"2025-05-13": {"USD": "1.12", "JPY": "165"}}
    kw = {"on": "2025-05-13", "rates": rates}
    got = convert_records([Decimal(100), Decimal(1)], ["USD", "GBP"], to="JPY", errors="coerce", **kw)
    assert got == [scalar_conversion(Decimal(100), "USD", "JPY", **kw),
                   scalar_conversion(Decimal(1), "GBP", "JPY", **kw)]
    assert got[0].source == "user" and got[1].error is not None


def test_lookback_is_the_scalar_one() -> None:
    assert batch._LOOKBACK == LOOKBACK_DAYS


ECB_CODES = ["EUR", "USD", "JPY", "GBP", "CHF", "AUD", "BRL", "CNY", "ISK", "TRL", "CYP", "TWD"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(
    st.one_of(st.none(), st.integers(0, 9).flatmap(lambda p: st.decimals(
        min_value=Decimal("-1e15"), max_value=Decimal("1e15"), places=p,
        allow_nan=False, allow_infinity=False))),
    st.one_of(st.none(), st.sampled_from(ECB_CODES)),
    st.one_of(st.none(), st.dates(min_value=dt.date(1998, 12, 1), max_value=dt.date(2027, 1, 1))),
), min_size=1, max_size=25), st.sampled_from(["USD", "JPY", "EUR", "ISK"]))
def test_property_convert_records_equal_scalar(rows: list[tuple[Any, Any, Any]], to: str) -> None:
    got = convert_records([r[0] for r in rows], [r[1] for r in rows], to=to,
                          on=[r[2] for r in rows], errors="coerce")
    assert got == [scalar_conversion(a, c, to, on=d) for a, c, d in rows]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.one_of(st.none(), st.sampled_from([t for t in TEXTS if t is not None]),
                          st.text(max_size=40)), max_size=8))
def test_property_extract_records_equal_scalar(texts: list[Any]) -> None:
    assert [tuple(r) for r in extract_records(texts, calendar="JP")] == scalar_records(
        texts, calendar="JP")


def test_decimal_range_error_is_a_picklable_finnorm_error() -> None:
    err = DecimalRangeError("amount 1E+40 does not fit", value="1E+40")
    for dumps, loads in ((pickle.dumps, pickle.loads), (cloudpickle.dumps, pickle.loads)):
        back = loads(dumps(err))
        assert isinstance(back, finnorm.FinnormError) and back.value == "1E+40"
    assert batch._fits(Decimal("99999999999999999999999999999.999999999"), 9, 38)
    assert not batch._fits(Decimal("1e29"), 9, 38)
    assert not batch._fits(Decimal("0.0000000001"), 9, 38)
    assert batch._fits(Decimal("1.5000000000000"), 9, 38)


def test_records_pickle() -> None:
    rec = next(extract_records(TEXTS[:1], calendar="JP"))
    assert isinstance(rec, MentionRecord)
    for dumps in (pickle.dumps, cloudpickle.dumps):
        assert pickle.loads(dumps(rec)) == rec
