"""Each row's own day of publication through the column APIs (records, pandas, Arrow, polars).

A news column holds texts from many years: "275 milyar lira" of 2004 is the old lira
(TRL), of 2019 today's (TRY). Every column API takes one day for every row or one per
row, and gives the rows exactly what the scalar :func:`finnorm.extract` gives each text
with its own day.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import finnorm
from finnorm import batch
from finnorm.errors import InvalidArgumentError

TEXT = "275 milyar lira"
LOCALE = "tr_TR"
# (day as written in the column, the currency its row reads)
ROWS: list[tuple[Any, str]] = [
    ("2004-06-01", "TRL"),
    (dt.date(2019, 3, 1), "TRY"),
    (None, "TRY"),          # no date: today's lira (the change is old)
    ("2003-05", "TRL"),
    ("2012", "TRY"),
]
DAYS = [d for d, _ in ROWS]
WANT = [c for _, c in ROWS]


def _scalar(day: Any) -> list[tuple[Any, ...]]:
    return [(m.text, m.money.amount, m.money.currency, m.uncertain)
            for m in finnorm.extract(TEXT, locale=LOCALE, published=day)]


def test_scalar_reference() -> None:
    assert [_scalar(d)[0][2] for d in DAYS] == WANT


@pytest.mark.parametrize("published, want", [
    (DAYS, WANT),
    ("2004-06-01", ["TRL"] * len(ROWS)),
    (dt.date(2019, 1, 1), ["TRY"] * len(ROWS)),
    (None, ["TRY"] * len(ROWS)),
])
def test_records_one_day_or_one_per_row(published: Any, want: list[str]) -> None:
    recs = list(batch.extract_records([TEXT] * len(ROWS), locale=LOCALE, published=published))
    assert [r.currency for r in recs] == want
    parsed = list(batch.parse_records([TEXT] * len(ROWS), locale=LOCALE, published=published))
    assert [r.currency for r in parsed] == want


def test_records_bad_day_raise_or_coerce() -> None:
    texts = [TEXT, TEXT]
    with pytest.raises(InvalidArgumentError, match="published wants a day"):
        list(batch.extract_records(texts, locale=LOCALE, published=["2004", "June 2004"]))
    recs = list(batch.extract_records(texts, locale=LOCALE, published=["2004", "June 2004"],
                                      errors="coerce"))
    assert [r.currency for r in recs] == ["TRL", None]
    assert recs[1].error is not None and "June 2004" in recs[1].error
    # one bad day for every row is refused before the first row, whatever errors says
    with pytest.raises(InvalidArgumentError):
        list(batch.extract_records(texts, locale=LOCALE, published="2004-13", errors="coerce"))
    with pytest.raises(InvalidArgumentError, match="one per row"):
        list(batch.extract_records(texts, locale=LOCALE, published=2004))
    with pytest.raises(ValueError):  # as many days as texts
        list(batch.extract_records(texts, locale=LOCALE, published=["2004"]))


def test_pandas_aligned_by_index() -> None:
    pd = pytest.importorskip("pandas")
    import finnorm.pandas as fp

    texts = pd.Series([TEXT] * len(ROWS), index=[10, 11, 12, 13, 14])
    days = pd.Series(DAYS, index=[10, 11, 12, 13, 14])
    assert fp.extract(texts, locale=LOCALE, published=days)["currency"].tolist() == WANT
    # aligned by label, not by position
    shuffled = days.iloc[::-1]
    assert fp.extract(texts, locale=LOCALE, published=shuffled)["currency"].tolist() == WANT
    assert fp.parse(texts, locale=LOCALE, published=shuffled)["currency"].tolist() == WANT
    # datetime64 column with NaT; a label the days lack is no date
    stamps = pd.Series(pd.to_datetime(["2004-06-01", None, "2019-03-01"]), index=[10, 11, 12])
    got = fp.extract(texts, locale=LOCALE, published=stamps)["currency"].tolist()
    assert got == ["TRL", "TRY", "TRY", "TRY", "TRY"]
    with pytest.raises(InvalidArgumentError, match="repeats a label"):
        fp.extract(texts, locale=LOCALE, published=pd.Series(DAYS, index=[1, 1, 2, 3, 4]))


def test_pandas_pyarrow_backend() -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    import finnorm.pandas as fp

    texts = pd.Series([TEXT] * len(ROWS))
    df = fp.parse(texts, locale=LOCALE, published=pd.Series(DAYS), dtype_backend="pyarrow")
    assert df["currency"].tolist() == WANT


def test_arrow_table_and_batches() -> None:
    pa = pytest.importorskip("pyarrow")
    from finnorm import arrow

    texts = pa.array([TEXT] * len(ROWS))
    days = pa.array([d if not isinstance(d, dt.date) else d.isoformat() for d in DAYS])
    assert arrow.extract_table(texts, locale=LOCALE, published=days).column(
        "currency").to_pylist() == WANT
    assert arrow.parse_table(texts, locale=LOCALE, published=days).column(
        "currency").to_pylist() == WANT
    # a batch's own 'published' column (date32 here); the keyword fills its nulls
    src = pa.RecordBatch.from_pydict({
        "text": [TEXT] * 3,
        "published": pa.array([dt.date(2004, 6, 1), None, dt.date(2019, 1, 1)], pa.date32())})
    out = list(arrow.extract_batches([src], locale=LOCALE, published="2001"))
    assert out[0].column("currency").to_pylist() == ["TRL", "TRL", "TRY"]
    out = list(arrow.extract_batches([src], locale=LOCALE))
    assert out[0].column("currency").to_pylist() == ["TRL", "TRY", "TRY"]
    with pytest.raises(InvalidArgumentError, match="'published' column"):
        list(arrow.extract_batches([src], locale=LOCALE, published=["2004"] * 3))


def test_polars_series_struct_and_expression() -> None:
    pl = pytest.importorskip("polars")
    import finnorm.polars as fpl

    strs = [d.isoformat() if isinstance(d, dt.date) else d for d in DAYS]
    texts = pl.Series("text", [TEXT] * len(ROWS))
    got = fpl.extract(texts, locale=LOCALE, published=pl.Series(strs))
    assert got.list.first().struct.field("currency").to_list() == WANT
    got = fpl.parse(texts, locale=LOCALE, published=strs)
    assert got.struct.field("currency").to_list() == WANT
    frame = pl.DataFrame({"text": [TEXT] * len(ROWS), "published": strs})
    col = frame.select(pl.struct("text", "published").finnorm.extract(locale=LOCALE)).to_series()
    assert col.list.first().struct.field("currency").to_list() == WANT
    col = frame.select(pl.struct("text", "published").finnorm.parse(locale=LOCALE)).to_series()
    assert col.struct.field("currency").to_list() == WANT
    with pytest.raises(InvalidArgumentError, match="'text' field"):
        fpl.extract(frame.select(pl.struct("published")).to_series(), locale=LOCALE)
