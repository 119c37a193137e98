"""finnorm.arrow: typed tables equal the scalar API row by row; decimals refused, never rounded."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

import finnorm  # noqa: E402
import finnorm.arrow as fa  # noqa: E402
from finnorm.batch import DecimalRangeError, extract_records  # noqa: E402
from finnorm.model import Money  # noqa: E402

from columns_cases import TEXTS, scalar_conversion, scalar_records  # noqa: E402


def test_extract_table_equals_scalar_rows() -> None:
    t = fa.extract_table(pa.array(TEXTS, pa.string()), calendar="JP")
    assert t.schema.equals(fa.MENTIONS_SCHEMA)
    want = scalar_records(TEXTS, calendar="JP")
    got = t.to_pylist()
    assert len(got) == len(want) > 3
    for g, w in zip(got, want):
        rec = dict(zip(fa.MENTIONS_SCHEMA.names, w))
        rec["alternatives"] = [{"amount": m.amount, "currency": m.currency, "per": m.per}
                               for m in rec["alternatives"]]
        rec["candidates"] = list(rec["candidates"])
        assert g == rec


def test_schema_is_fixed() -> None:
    s = fa.MENTIONS_SCHEMA
    assert s.field("amount").type == pa.decimal128(38, 9)
    assert s.field("upper").type == pa.decimal128(38, 9)
    assert s.field("period_start").type == pa.date32()
    assert s.names[:3] == ["id", "match", "mention"]
    assert fa.mentions_schema(pa.string()).field("id").type == pa.string()
    assert fa.CONVERSION_SCHEMA.field("amount").type == fa.WIDE == pa.decimal256(76, 48)


@pytest.mark.parametrize(("value", "fits"), [
    (Decimal("670900000000"), True),
    (Decimal("99999999999999999999999999999.999999999"), True),
    (Decimal("100000000000000000000000000000"), False),  # 30 digits before the point
    (Decimal("0.000000001"), True),
    (Decimal("0.0000000001"), False),  # a tenth of the last digit: never rounded away
    (Decimal("-1.1234567891"), False),
], ids=["plain", "largest", "too-large", "smallest", "too-fine", "too-fine-negative"])
def test_amounts_that_do_not_fit_are_refused(value: Decimal, fits: bool) -> None:
    rec = next(extract_records(["$5"]))._replace(amount=value)
    if fits:
        assert fa.records_batch([rec]).column("amount")[0].as_py() == value
        return
    with pytest.raises(DecimalRangeError, match="does not fit decimal128"):
        fa.records_batch([rec])
    row = fa.records_batch([rec], errors="coerce").to_pylist()[0]
    assert row["amount"] is None and row["mention"] == "$5" and "does not fit" in row["error"]


def test_extract_batches_keeps_ids_and_types() -> None:
    b1 = pa.RecordBatch.from_pydict({"id": pa.array(["a", "b"]), "text": ["€3bn", None]})
    b2 = pa.RecordBatch.from_pydict({"id": pa.array(["c"]), "text": ["¥5 and $2"]})
    out = list(fa.extract_batches(iter([b1, b2])))
    assert [b.num_rows for b in out] == [1, 2]
    assert out[0].schema == fa.mentions_schema(pa.string())
    assert pa.Table.from_batches(out).column("id").to_pylist() == ["a", "c", "c"]
    numbered = list(fa.extract_batches([pa.RecordBatch.from_pydict({"text": ["$1", "$2"]})] * 2))
    assert [b.column("id").to_pylist() for b in numbered] == [[0, 1], [2, 3]]
    with pytest.raises(finnorm.errors.InvalidArgumentError, match="no column 'body'"):
        list(fa.extract_batches([b1], text="body"))


def test_parse_table_aligned() -> None:
    t = fa.parse_table(["¥670.9 billion", None, "nothing"], errors="coerce")
    assert t.column("amount").to_pylist() == [Decimal("670900000000"), None, None]
    assert t.column("error").to_pylist()[2] == "no amount of money in 'nothing'"


def test_parquet_round_trip_keeps_decimals(tmp_path: Any) -> None:
    t = fa.extract_table(TEXTS, calendar="JP")
    pq.write_table(t, tmp_path / "m.parquet")
    back = pq.read_table(tmp_path / "m.parquet")
    assert back.equals(t)
    assert back.schema.field("amount").type == pa.decimal128(38, 9)


# ------------------------------------------------------------------ conversion
CONV_ROWS = [
    (Decimal("670900000000"), "JPY", dt.date(2025, 5, 13)),
    (Decimal("100.25"), "USD", dt.date(2025, 5, 11)),
    (Decimal("5"), "AUD", dt.date(2025, 5, 13)),
    (Decimal("5"), "TWD", dt.date(2025, 5, 13)),
    (Decimal("5"), "BRL", dt.date(2001, 5, 13)),
    (Decimal("0.000000001"), "IDR", dt.date(2020, 2, 3)),
    (Decimal("12345678901234567890.123456789"), "KRW", dt.date(2020, 2, 3)),
    (None, "USD", dt.date(2020, 2, 3)),
    (Decimal("1"), None, dt.date(2020, 2, 3)),
    (Decimal("1"), "USD", None),
    (Decimal("2.5"), "TRL", dt.date(2003, 3, 3)),
]


def conv_rows(table: Any) -> list[tuple[Any, ...]]:
    return [tuple(r.values()) for r in table.to_pylist()]


def want_rows(rows: list[tuple[Any, Any, Any]], to: str, **kw: Any) -> list[tuple[Any, ...]]:
    return [tuple(scalar_conversion(a, c, to, on=d, **kw)) for a, c, d in rows]


@pytest.mark.parametrize("to", ["AUD", "EUR", "TRL"])
def test_convert_table_equals_scalar(to: str) -> None:
    got = fa.convert_table(pa.array([r[0] for r in CONV_ROWS], fa.DECIMAL),
                           pa.array([r[1] for r in CONV_ROWS]),
                           on=pa.array([r[2] for r in CONV_ROWS], pa.date32()), to=to,
                           errors="coerce")
    assert got.schema.equals(fa.CONVERSION_SCHEMA)
    assert conv_rows(got) == want_rows(CONV_ROWS, to)


def test_convert_table_inputs_of_every_kind() -> None:
    amounts = [r[0] for r in CONV_ROWS]
    want = want_rows(CONV_ROWS, "USD")
    days = [r[2] for r in CONV_ROWS]
    for a_col in (amounts, pa.array(amounts, pa.decimal128(38, 9)),
                  pa.array(amounts, pa.decimal256(40, 9)), pa.chunked_array([amounts[:4], amounts[4:]],
                                                                            pa.decimal128(30, 9))):
        for d_col in (days, pa.array(days, pa.date32()), [None if d is None else d.isoformat()
                                                           for d in days],
                      pa.array([None if d is None else dt.datetime(d.year, d.month, d.day, 12)
                                for d in days], pa.timestamp("us"))):
            got = fa.convert_table(a_col, [r[1] for r in CONV_ROWS], to="USD", on=d_col,
                                   errors="coerce")
            assert conv_rows(got) == want


def test_integer_amounts_and_one_currency() -> None:
    got = fa.convert_table(pa.array([1, None, 10**15], pa.int64()), "JPY", to="USD",
                           on="2025-05-13")
    want = [tuple(scalar_conversion(a, "JPY", "USD", on=dt.date(2025, 5, 13)))
            for a in (1, None, 10**15)]
    assert conv_rows(got) == want


def test_floats_are_refused() -> None:
    with pytest.raises(TypeError, match="exact"):
        fa.convert_table(pa.array([1.5]), ["USD"], to="EUR", on="2025-05-13")


def test_convert_table_raise() -> None:
    with pytest.raises(finnorm.RateUnavailableError):
        fa.convert_table(pa.array([Decimal(1)] * 2, fa.DECIMAL), ["USD", "TWD"], to="EUR",
                         on="2025-05-13")


def test_average_and_closing_periods() -> None:
    starts = pa.array([dt.date(2024, 4, 1), dt.date(2023, 4, 1), None], pa.date32())
    ends = pa.array([dt.date(2025, 3, 31), dt.date(2024, 3, 31), dt.date(2024, 3, 31)], pa.date32())
    amounts = pa.array([Decimal("670900000000"), Decimal("1"), Decimal("1")], fa.DECIMAL)
    for method in ("average", "closing"):
        got = fa.convert_table(amounts, "JPY", to="AUD", method=method, period_start=starts,
                               period_end=ends)
        want = [tuple(scalar_conversion(a, "JPY", "AUD", method=method, period=(s, e)))
                for a, s, e in zip(amounts.to_pylist(), starts.to_pylist(), ends.to_pylist())]
        assert conv_rows(got) == want


def test_rates_table() -> None:
    t = fa.rates_table(currencies=["USD", "EUR"])
    rows = [r for r in t.to_pylist() if r["day"] == dt.date(2025, 5, 13)]
    ecb = finnorm.convert(Money(1, "EUR"), "USD", on="2025-05-13").rate
    assert {r["currency"]: r["per_eur"] for r in rows} == {"USD": ecb, "EUR": Decimal(1)}


ECB = ["EUR", "USD", "JPY", "GBP", "CHF", "IDR", "KRW", "BRL", "ISK", "TRL", "CYP", "TWD", "usd"]


@settings(max_examples=50, deadline=None)
@given(st.lists(st.tuples(
    st.one_of(st.none(), st.integers(0, 9).flatmap(lambda p: st.decimals(
        min_value=Decimal("-1e20"), max_value=Decimal("1e20"), places=p,
        allow_nan=False, allow_infinity=False))),
    st.one_of(st.none(), st.sampled_from(ECB)),
    st.one_of(st.none(), st.dates(min_value=dt.date(1998, 12, 1), max_value=dt.date(2027, 1, 1))),
), min_size=1, max_size=30), st.sampled_from(["USD", "JPY", "IDR", "TRL"]))
def test_property_convert_table_equals_scalar(rows: list[tuple[Any, Any, Any]], to: str) -> None:
    got = fa.convert_table(pa.array([r[0] for r in rows], fa.DECIMAL), pa.array([r[1] for r in rows]),
                           to=to, on=pa.array([r[2] for r in rows], pa.date32()), errors="coerce")
    for g, w in zip(conv_rows(got), want_rows(rows, to)):
        if g[-1] is not None and "does not fit" in g[-1]:  # refused: never rounded
            assert w[0] is not None and not fa._fits(w[0], 48, 76)
            continue
        assert g == w
