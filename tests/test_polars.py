"""finnorm.polars: List(Struct) per text, equal to the scalar API row by row."""
from __future__ import annotations

from decimal import Decimal

import pytest

pl = pytest.importorskip("polars")

import finnorm  # noqa: E402
import finnorm.polars as fpl  # noqa: E402
from columns_cases import TEXTS, scalar_records  # noqa: E402


def test_extract_equals_scalar() -> None:
    df = pl.DataFrame({"text": TEXTS})
    out = df.with_columns(m=pl.col("text").finnorm.extract(calendar="JP"))
    assert out.schema["m"] == pl.List(fpl.MENTION)
    lists = out["m"].to_list()
    assert lists[1] is None and lists[2] == []  # null text: null; no money: empty
    got = [(i, k, *d.values()) for i, row in enumerate(lists) if row for k, d in enumerate(row)]
    want = [w[:13] + ([{"amount": m.amount, "currency": m.currency, "per": m.per}
                       for m in w[13]], list(w[14])) + w[15:] for w in scalar_records(TEXTS, calendar="JP")]
    assert [tuple(g) for g in got] == [tuple(w) for w in want]


def test_unnest_never_clashes_with_text() -> None:
    df = pl.DataFrame({"text": ["€3bn"]})
    long = df.with_columns(m=pl.col("text").finnorm.extract()).explode("m").unnest("m")
    assert "text" in long.columns and "mention" in long.columns
    assert long["amount"].dtype == pl.Decimal(38, 9) and long["amount"][0] == Decimal("3000000000")


def test_lazy_and_series_namespace() -> None:
    lf = pl.LazyFrame({"text": ["¥5", "nothing", None]})
    got = lf.select(pl.col("text").finnorm.parse(errors="coerce")).collect()["text"].to_list()
    assert got[0] == {"amount": Decimal("5"), "currency": "JPY", "per": None, "error": None}
    assert got[1]["error"] == "no amount of money in 'nothing'" and got[2] is None
    assert pl.Series(["$1 and $2"]).finnorm.extract().list.len().to_list() == [2]


def test_errors() -> None:
    s = pl.Series(["$5", "nothing"])
    with pytest.raises(finnorm.ParseError):
        s.finnorm.parse()
    with pytest.raises(finnorm.UnknownLocaleError):
        s.finnorm.extract(locale="xx_YY")
