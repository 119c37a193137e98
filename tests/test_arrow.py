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


# ------------------------------------------------------------------ the vectorised spot path
# finnorm._spot settles spot conversions of the ECB history with numpy (finnorm._wide's limb
# arithmetic). These tests call it directly (it must not decline) and compare every row with
# the scalar API; the _wide tests compare the arithmetic with decimal on hostile values.
from decimal import ROUND_HALF_EVEN, Context  # noqa: E402

np = pytest.importorskip("numpy")
from finnorm import _spot, _wide  # noqa: E402

_CTX = Context(prec=34, rounding=ROUND_HALF_EVEN)
_EXACT = Context(prec=999)


def _limbs(values: list[int], k: int) -> list[Any]:
    return [np.array([(v // 10**(9 * i)) % 10**9 for v in values], dtype=np.uint64)
            for i in range(k)]


def _value(limbs: list[Any], i: int) -> int:
    return sum(int(x[i]) * 10**(9 * k) for k, x in enumerate(limbs))


CROSS_ROWS = [  # numerator mantissa, exponent, denominator mantissa, exponent
    (11112, -4, 1, 0),  # EUR -> USD: the rate itself, an exact quotient
    (1, 0, 11112, -4),  # USD -> EUR
    (1, 0, 3, 0), (2, 0, 3, 0), (1, 0, 7, 0), (10, 0, 1, 0), (1, 0, 8, 0),
    (999999999, 0, 1, 0), (1, 0, 999999999, 0), (1895000, 0, 58231, -5),
    (13373, -2, 1895000, 0), (5, 0, 2, 0), (99999999, 0, 99999998, 0), (15, -1, 1, 0),
]


# (A quotient of two mantissas below 10**9 never ties at 34 digits: an exact quotient has at
# most about 30 significant digits. So the cross rates' rounding is tested against Decimal on
# carries and non-terminating quotients, the products' on ties.)
@pytest.mark.parametrize("nm,ne,dm,de", CROSS_ROWS)
def test_wide_cross_is_decimals_division(nm: int, ne: int, dm: int, de: int) -> None:
    q, e = _wide.cross(np.array([nm]), np.array([ne]), np.array([dm]), np.array([de]))
    want = _CTX.divide(Decimal(nm).scaleb(ne, _EXACT), Decimal(dm).scaleb(de, _EXACT))
    assert 10**33 <= _value(q, 0) < 10**34
    assert Decimal(_value(q, 0)).scaleb(int(e[0]), _EXACT) == want


def _products(amounts: list[int], quotients: list[int]) -> list[Decimal]:
    """|A| * Q through _wide.product, as Decimals."""
    n = len(amounts)
    table = _wide.interleave(_limbs(quotients, 4))
    qf = np.array([float(v) for v in quotients])
    a = _limbs([abs(v) for v in amounts], 3)
    zero = np.array([v == 0 for v in amounts])
    r, j = _wide.product(a, table, qf, np.arange(n), zero)
    return [Decimal(0) if amounts[i] == 0 else
            Decimal(_value(r, i)).scaleb(int(j[i]), _EXACT) for i in range(n)]


PRODUCT_ROWS = [  # (amount, 34-digit quotient): ties both ways, carries, the 10**60 edge
    (5, 2 * 10**33 + 1), (5, 2 * 10**33 + 3), (5, 10**34 - 1), (5, 10**34 - 3),
    (15, 10**33 + 1), (25, 4 * 10**33 + 7), (10**26, 10**33), (2 * 10**26, 5 * 10**33),
    (10**27 - 1, 10**34 - 1), (10**27 - 1, 10**33), (1, 10**33), (3, 3333333333333333333333333333333335),
    (999999999999999999, 10**34 - 1), (123456789012345678, 1111200000000000000000000000000000),
    (5 * 10**17, 2 * 10**33 + 1), (9999999999999999999, 5 * 10**33 + 1),
]


@pytest.mark.parametrize("amount,quotient", PRODUCT_ROWS)
def test_wide_product_is_decimals_multiply(amount: int, quotient: int) -> None:
    assert _products([amount], [quotient]) == [_CTX.multiply(Decimal(amount), Decimal(quotient))]


def test_wide_product_rounds_half_even() -> None:
    # 5 * odd Q drops exactly one 5: a tie, rounded to the even neighbour
    qs = [2 * 10**33 + k for k in range(1, 40, 2)]
    got = _products([5] * len(qs), qs)
    want = [_CTX.multiply(Decimal(5), Decimal(q)) for q in qs]
    assert got == want
    half_up = Context(prec=34, rounding="ROUND_HALF_UP")
    assert any(_CTX.multiply(Decimal(5), Decimal(q)) != half_up.multiply(Decimal(5), Decimal(q))
               for q in qs)  # the ties include some that half-up would round the other way


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(
    st.one_of(st.integers(0, 10**27 - 1), st.integers(0, 30).map(lambda k: 10**k if k < 27 else 1),
              st.integers(1, 10**19).map(lambda v: v * 5)),
    st.one_of(st.integers(10**33, 10**34 - 1), st.integers(1, 9).map(lambda d: d * 10**33),
              st.integers(10**32, 10**33 - 1).map(lambda v: v * 10 + 5))),
    min_size=1, max_size=20))
def test_wide_product_property(rows: list[tuple[int, int]]) -> None:
    rows = [(a % 10**27, q if q < 10**34 else q // 10) for a, q in rows]
    got = _products([a for a, _ in rows], [q for _, q in rows])
    assert got == [_CTX.multiply(Decimal(a), Decimal(q)) for a, q in rows]


@pytest.mark.parametrize("value", [0, 1, -1, 10**27 - 1, -(10**27 - 1), 10**27, -(10**27), 2**63,
                                   -(2**63), 2**64 - 1, -(2**64), 123456789123456789123])
def test_wide_amount_limbs(value: int) -> None:
    lo = np.array([value & (2**64 - 1)], dtype=np.uint64)
    hi = np.array([value >> 64], dtype=np.int64)
    a, neg, fits = _wide.amount_limbs(lo, hi)
    assert bool(fits[0]) == (abs(value) < 10**27)
    if fits[0]:
        assert _value(a, 0) == abs(value) and bool(neg[0]) == (value < 0)


@pytest.mark.parametrize("q,x,neg", [(10**33, 15, False), (10**34 - 1, 42, True), (12345, 0, True),
                                     (10**34 - 1, 0, False), (1, 75, False), (0, 10, True)])
def test_wide_words_are_twos_complement(q: int, x: int, neg: bool) -> None:
    w = _wide.words(_limbs([q], 4), np.array([x]), np.array([neg]))
    want = -(q * 10**x) if neg else q * 10**x
    assert int.from_bytes(w[0].tobytes(), "little", signed=True) == want


def _half_way_rows() -> list[tuple[Any, Any, Any]]:
    """Amounts of +-5 units (at several scales) with rates whose 34-digit mantissa is odd
    and at least 2 * 10**33: the products have 35 digits and drop exactly one 5."""
    rows: list[tuple[Any, Any, Any]] = []
    day = dt.date(2025, 5, 13)
    for cur in ["JPY", "GBP", "CHF", "IDR", "KRW", "BRL", "ISK", "AUD", "CAD", "HUF", "PLN",
                "NOK", "SEK", "DKK", "CZK", "MXN", "ZAR", "INR", "THB", "PHP", "HKD", "SGD"]:
        rate = finnorm.convert(Money(1, cur), "USD", on=day).rate
        digits = rate.as_tuple().digits
        if len(digits) == 34 and digits[-1] % 2 == 1 and digits[0] >= 2:
            for amount in ("5", "-5", "0.000000005", "50000000000000000", "-0.5"):
                rows.append((Decimal(amount), cur, day))
    return rows


SPOT_ROWS: list[tuple[Any, Any, Any]] = [
    (Decimal("670900000000"), "JPY", dt.date(2025, 5, 13)),
    (Decimal("-100.25"), "USD", dt.date(2025, 5, 11)),  # a weekend: Friday's rates
    (Decimal("0"), "AUD", dt.date(2025, 5, 13)),
    (Decimal("-0"), "GBP", dt.date(2025, 5, 13)),
    (Decimal("0.000000001"), "IDR", dt.date(2020, 2, 3)),
    (Decimal("123456789.123456789"), "KRW", dt.date(2020, 2, 3)),
    (Decimal("999999999999999999.999999999"), "CHF", dt.date(2020, 2, 3)),  # 27 digits raw
    (Decimal("9223372036854775807"), "CAD", dt.date(2020, 2, 3)),  # 19 digits
    (Decimal("-9999999999999999999"), "SEK", dt.date(2020, 2, 3)),
    (Decimal("12345678901234567890.123456789"), "KRW", dt.date(2020, 2, 3)),  # beyond 10**27 raw
    (Decimal("5"), "EUR", dt.date(2025, 5, 13)),  # EUR as the source: an exact quotient
    (Decimal("5"), "USD", dt.date(1998, 12, 31)),  # before the history
    (Decimal("5"), "USD", dt.date(2030, 1, 1)),  # after it
    (Decimal("5"), "USD", dt.date(2025, 12, 25)),  # a holiday within the history
    (Decimal("5"), "TWD", dt.date(2025, 5, 13)),  # never quoted
    (Decimal("5"), "TWD", dt.date(2030, 5, 13)),
    (Decimal("5"), "HRK", dt.date(2023, 1, 2)),  # ceased
    (Decimal("5"), "HRK", dt.date(2022, 12, 30)),  # its last day
    (Decimal("5"), "RUB", dt.date(2022, 3, 2)),
    (Decimal("5"), "ISK", dt.date(2009, 3, 2)),  # a publication without ISK
    (Decimal("5"), "BRL", dt.date(2001, 5, 14)),  # before BRL's first rate
    (Decimal("5"), "usd", dt.date(2025, 5, 13)),
    (Decimal("5"), "US$", dt.date(2025, 5, 13)),
    (Decimal("5"), "CYP", dt.date(1998, 6, 1)),
    (None, "USD", dt.date(2020, 2, 3)),
    (Decimal("1"), None, dt.date(2020, 2, 3)),
    (Decimal("1"), "USD", None),
]


def _spot_rows(rows: list[tuple[Any, Any, Any]], to: str, typ: Any = None) -> list[tuple[Any, ...]]:
    amounts = pa.array([r[0] for r in rows], typ or fa.DECIMAL)
    currencies = pa.array([r[1] for r in rows], pa.string())
    enc = currencies.dictionary_encode()
    codes = enc.dictionary.to_pylist()
    index = enc.indices.fill_null(-1).to_numpy(zero_copy_only=False).astype(np.int64)
    table = _spot.spot_table(amounts, codes, index, to=to,
                             on=pa.array([r[2] for r in rows], pa.date32()), errors="coerce")
    assert table is not None  # the vectorised path settled it
    assert table.schema.equals(fa.CONVERSION_SCHEMA)
    return conv_rows(table)


@pytest.mark.parametrize("to", ["USD", "EUR", "JPY", "HRK", "TWD", "GBP"])
def test_spot_path_equals_scalar(to: str) -> None:
    rows = SPOT_ROWS + _half_way_rows()
    assert len(rows) > len(SPOT_ROWS) + 10
    got = _spot_rows(rows, to)
    for g, w, r in zip(got, want_rows(rows, to), rows):
        assert g == w, r


def test_spot_path_half_way_products_round_half_even() -> None:
    rows = _half_way_rows()
    got = _spot_rows(rows, "USD")
    ties = 0
    for (amount, cur, day), g in zip(rows, got):
        rate = finnorm.convert(Money(1, cur), "USD", on=day).rate
        exact = _EXACT.multiply(amount, rate)
        half_up = Context(prec=34, rounding="ROUND_HALF_UP").multiply(amount, rate)
        if _CTX.multiply(amount, rate) != half_up:
            ties += 1
        assert g[0] == _CTX.multiply(amount, rate) != exact
    assert ties >= 2  # ties that half-up would round the other way


def test_spot_path_integer_column_and_one_day() -> None:
    rows = [(v, "JPY", dt.date(2025, 5, 13)) for v in (1, None, -7, 10**15, 0, 2**62)]
    amounts = pa.array([r[0] for r in rows], pa.int64())
    table = _spot.spot_table(amounts, ["JPY"], np.array([0] * len(rows)), to="USD",
                             on="2025-05-13", errors="coerce")
    assert table is not None
    assert conv_rows(table)[1] == (None,) * 7
    want = [tuple(scalar_conversion(a, "JPY", "USD", on=dt.date(2025, 5, 13))) for a, _, _ in rows]
    assert conv_rows(table) == want


def test_spot_path_declines_what_it_cannot_settle() -> None:
    one = pa.array([Decimal(1)], fa.DECIMAL)
    on = pa.array([dt.date(2025, 5, 13)], pa.date32())
    assert _spot.spot_table(one, ["TWD"], np.array([0]), to="USD", on=on, errors="raise") is None
    assert _spot.spot_table(pa.array([Decimal(1)], pa.decimal256(40, 9)), ["USD"], np.array([0]),
                            to="EUR", on=on, errors="coerce") is None
    assert _spot.spot_table(one, ["USD"], np.array([0]), to="EUR", on=["not a day"],
                            errors="coerce") is None


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(
    st.one_of(st.none(), st.integers(0, 9).flatmap(lambda p: st.decimals(
        min_value=Decimal("-1e17"), max_value=Decimal("1e17"), places=p,
        allow_nan=False, allow_infinity=False)),
        st.sampled_from([Decimal("5"), Decimal("-0.5"), Decimal("0"), Decimal("0.000000001"),
                         Decimal("999999999999999999.999999999")])),
    st.one_of(st.none(), st.sampled_from(ECB + ["HRK", "RUB", "ROL", "RON", "BGN", "EUR", "US$"])),
    st.one_of(st.none(), st.dates(min_value=dt.date(1998, 12, 1), max_value=dt.date(2027, 1, 1)),
              st.sampled_from([dt.date(2022, 12, 30), dt.date(2023, 1, 2), dt.date(2009, 3, 2),
                               dt.date(2025, 5, 10), dt.date(1999, 1, 4)])),
), min_size=1, max_size=40), st.sampled_from(["USD", "EUR", "JPY", "IDR", "TRL", "HRK", "ISK"]))
def test_property_spot_path_equals_scalar(rows: list[tuple[Any, Any, Any]], to: str) -> None:
    for g, w, r in zip(_spot_rows(rows, to), want_rows(rows, to), rows):
        assert g == w, r
