"""finnorm.pandas: frames shaped like extractall, equal to the scalar API row by row."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

pd = pytest.importorskip("pandas")

import finnorm  # noqa: E402
import finnorm.pandas as fp  # noqa: E402
from columns_cases import TEXTS, scalar_conversion, scalar_records  # noqa: E402


def none(v: Any) -> Any:
    return None if v is pd.NA or v is pd.NaT or (isinstance(v, float) and v != v) else v


def rows_of(df: Any, fields: list[str]) -> list[tuple[Any, ...]]:
    out = []
    for rec in df[fields].itertuples(index=False):
        vals = []
        for f, v in zip(fields, rec):
            v = none(v)
            if f in ("period_start", "period_end") and v is not None:
                v = v.date()
            vals.append(v)
        out.append(tuple(vals))
    return out


FIELDS = list(fp._FIELDS)


@pytest.mark.parametrize("index", [None, ["a", "b", "c", "d", "e", "f", "g"],
                                   pd.MultiIndex.from_tuples([(k, k * 2) for k in range(7)],
                                                             names=["doc", "para"])],
                         ids=["range", "labels", "multi"])
def test_extract_is_extractall_shaped_and_equals_scalar(index: Any) -> None:
    s = pd.Series(TEXTS, index=index)
    df = s.finnorm.extract(calendar="JP")
    want = scalar_records(TEXTS, calendar="JP")
    labels = list(s.index)
    assert df.index.names == list(s.index.names) + ["match"]
    assert [ix[:-1] if isinstance(s.index, pd.MultiIndex) else ix[0] for ix in df.index] == [
        labels[w[0]] for w in want]
    assert [ix[-1] for ix in df.index] == [w[1] for w in want]
    assert rows_of(df, FIELDS) == [w[2:] for w in want]
    assert df["amount"].dtype == object and isinstance(df["amount"].iloc[0], Decimal)
    assert str(df["start"].dtype) == "Int64" and str(df["inferred"].dtype) == "boolean"


def test_missing_values_give_no_rows() -> None:
    s = pd.Series(["$5", None, float("nan"), pd.NA, "€3"], dtype=object)
    assert [ix[0] for ix in s.finnorm.extract().index] == [0, 4]
    empty = pd.Series([None, None], dtype=object).finnorm.extract()
    assert empty.empty and list(empty.columns) == FIELDS and empty.index.names == [None, "match"]


def test_pyarrow_backend_keeps_arrow_decimals() -> None:
    pytest.importorskip("pyarrow")
    df = pd.Series(TEXTS).finnorm.extract(calendar="JP", dtype_backend="pyarrow")
    assert str(df["amount"].dtype) == "decimal128(38, 9)[pyarrow]"
    plain = pd.Series(TEXTS).finnorm.extract(calendar="JP")
    assert df["amount"].tolist() == plain["amount"].tolist()
    assert df.index.equals(plain.index)


def test_flat_and_meta_agree() -> None:
    flat = fp.extract(pd.Series(TEXTS), flat=True)
    meta = fp.extract_meta()
    assert list(flat.columns) == list(meta.columns)
    assert flat.dtypes.astype(str).tolist() == meta.dtypes.astype(str).tolist()


def test_parse_aligned_with_errors() -> None:
    s = pd.Series(["¥670.9 billion", None, "nothing"], index=[3, 1, 2])
    df = s.finnorm.parse(errors="coerce")
    assert df.index.tolist() == [3, 1, 2]
    assert [none(v) for v in df["amount"]] == [Decimal("670900000000"), None, None]
    assert none(df["error"].iloc[2]) == "no amount of money in 'nothing'"
    with pytest.raises(finnorm.ParseError):
        s.finnorm.parse()


def test_convert_frame_equals_scalar_row_by_row() -> None:
    frame = pd.DataFrame({
        "amount": [Decimal("670.9e9"), Decimal("100"), None, Decimal("5"), 1.5, Decimal("2")],
        "currency": ["JPY", "USD", "USD", "TWD", "USD", None],
        "day": pd.to_datetime(["2025-05-13", "2025-05-11", "2025-05-11", "2025-05-13",
                               "2025-05-13", "2025-05-13"]),
    }, index=list("abcdef"))
    got = frame.finnorm.convert("AUD", on="day", errors="coerce")
    assert got.index.tolist() == list("abcdef")
    want = [scalar_conversion(none(a), none(c), "AUD", on=d.date())
            for a, c, d in zip(frame.amount, frame.currency, frame.day)]
    rows = rows_of(got, ["amount", "currency", "rate", "rate_day", "rate_days", "source", "error"])
    rows = [r[:3] + ((r[3].date() if r[3] is not None else None),) + r[4:] for r in rows]
    assert rows == [tuple(w) for w in want]
    with pytest.raises(finnorm.RateUnavailableError) as info:
        frame.iloc[:4].finnorm.convert("AUD", on="day")
    assert any("'d'" in n for n in info.value.__notes__)


def test_convert_with_one_day_and_other_column_names() -> None:
    frame = pd.DataFrame({"v": [Decimal(1)], "cur": ["USD"]})
    got = fp.convert(frame, "JPY", amount="v", currency="cur", on=dt.date(2025, 5, 13))
    assert got["amount"].iloc[0] == scalar_conversion(Decimal(1), "USD", "JPY",
                                                      on=dt.date(2025, 5, 13)).amount


def test_accessor_only_after_import() -> None:
    import subprocess
    import sys

    code = ("import pandas as pd, finnorm; print(hasattr(pd.Series, 'finnorm'));"
            "import finnorm.pandas; print(hasattr(pd.Series, 'finnorm'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]
