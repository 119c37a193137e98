"""finnorm._short (two-limb products of short amounts) against Python ints and Decimal,
and the vectorised spot path on the columns that take it (cents in a decimal128(38, 9)
column, big and small amounts mixed in one step) against the scalar API."""
from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_EVEN, Context, Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

np = pytest.importorskip("numpy")
pa = pytest.importorskip("pyarrow")

import finnorm.arrow as fa  # noqa: E402
from finnorm import _short, _spot, _wide  # noqa: E402

from columns_cases import scalar_conversion  # noqa: E402

_CTX = Context(prec=34, rounding=ROUND_HALF_EVEN)
_EXACT = Context(prec=999)


def _limbs(values: list[int], k: int) -> list[Any]:
    return [np.array([(v // 10**(9 * i)) % 10**9 for v in values], dtype=np.uint64)
            for i in range(k)]


def _words(values: list[int]) -> tuple[Any, Any]:
    lo = np.array([v & (2**64 - 1) for v in values], dtype=np.uint64)
    hi = np.array([v >> 64 for v in values], dtype=np.int64)
    return lo, hi


EDGES = sorted({v for k in range(20) for v in (10**k - 1, 10**k, 10**k + 1) if 0 <= v < 2**64}
               | {v for k in range(64) for v in (2**k - 1, 2**k, 2**k + 1) if v < 2**64} | {0})


def test_digits_at_every_edge() -> None:
    got = _short.digits(np.array(EDGES, dtype=np.uint64))
    assert [int(d) for d in got] == [len(str(v)) if v else 0 for v in EDGES]


@given(st.lists(st.integers(0, 2**64 - 1), min_size=1, max_size=50))
def test_digits_property(values: list[int]) -> None:
    got = _short.digits(np.array(values, dtype=np.uint64))
    assert [int(d) for d in got] == [len(str(v)) if v else 0 for v in values]


SIGNED = [0, 1, -1, 10**18 - 1, -(10**18 - 1), 10**18, -(10**18), 2**63 - 1, -(2**63), 2**63,
          -(2**63) - 1, 2**64, 10**25, -(10**25), 123 * 10**20, -(123 * 10**20) - 1, 10**27 * 7]


@pytest.mark.parametrize("value", SIGNED)
def test_split(value: int) -> None:
    m, neg, short = _short.split(*_words([value]))
    assert bool(short[0]) == (abs(value) < 10**18)
    if short[0]:
        assert int(m[0]) == abs(value) and bool(neg[0]) == (value < 0)


@pytest.mark.parametrize("k", range(1, 10))
@pytest.mark.parametrize("value", SIGNED + [v * 10**7 for v in SIGNED] + [v * 10**9 + 5 for v in SIGNED])
def test_stripped(value: int, k: int) -> None:
    m, neg, ok = _short.stripped(*_words([value]), k)
    q, r = divmod(abs(value), 10**k)
    assert bool(ok[0]) == (r == 0 and q < 10**18 and abs(value) < 2**96)
    if ok[0]:
        assert int(m[0]) == q and bool(neg[0]) == (value < 0)


@given(st.lists(st.integers(-(2**127), 2**127 - 1), min_size=1, max_size=30),
       st.integers(1, 9))
def test_stripped_property(values: list[int], k: int) -> None:
    m, neg, ok = _short.stripped(*_words(values), k)
    for i, v in enumerate(values):
        q, r = divmod(abs(v), 10**k)
        if r == 0 and q < 10**18 and abs(v) < 2**96:
            assert ok[i] and int(m[i]) == q and bool(neg[i]) == (v < 0)
        else:
            assert not ok[i]


def _products(amounts: list[int], quotients: list[int]) -> list[Decimal]:
    """|m| * Q through _short.product, as Decimals."""
    n = len(amounts)
    q8 = np.array([[(v // 10**(9 * i)) % 10**9 for i in range(4)]
                   + [(10 * v // 10**(9 * i)) % 10**9 for i in range(4)] for v in quotients],
                  dtype=np.uint32)
    qf = np.array([float(v) for v in quotients])
    m = np.array(amounts, dtype=np.uint64)
    r, j = _short.product(m, q8, qf, m == 0)
    out = []
    for i in range(n):
        value = sum(int(r[k][i]) * 10**(9 * k) for k in range(4))
        assert amounts[i] == 0 or 10**33 <= value < 10**34
        out.append(Decimal(0) if amounts[i] == 0 else Decimal(value).scaleb(int(j[i]), _EXACT))
    return out


PRODUCT_ROWS = [  # (amount below 10**18, 34-digit quotient): ties, carries, the 10**51 edge
    (5, 2 * 10**33 + 1), (5, 2 * 10**33 + 3), (5, 10**34 - 1), (5, 10**34 - 3),
    (15, 10**33 + 1), (25, 4 * 10**33 + 7), (10**17, 10**33), (2 * 10**17, 5 * 10**33),
    (10**18 - 1, 10**34 - 1), (10**18 - 1, 10**33), (1, 10**33), (3, 3333333333333333333333333333333335),
    (999999999999999999, 10**34 - 1), (123456789012345678, 1111200000000000000000000000000000),
    (5 * 10**17, 2 * 10**33 + 1), (316227766016837933, 3162277660168379332 * 10**15 + 1),
    (999999999, 1000000001 * 10**24 + 999), (0, 10**33),
]


@pytest.mark.parametrize("amount,quotient", PRODUCT_ROWS)
def test_product_is_decimals_multiply(amount: int, quotient: int) -> None:
    want = Decimal(0) if amount == 0 else _CTX.multiply(Decimal(amount), Decimal(quotient))
    assert _products([amount], [quotient]) == [want]


def test_product_rounds_half_even() -> None:
    qs = [2 * 10**33 + k for k in range(1, 40, 2)]
    for amount in (5, 5 * 10**9, 5 * 10**17, 50):
        got = _products([amount] * len(qs), qs)
        assert got == [_CTX.multiply(Decimal(amount), Decimal(q)) for q in qs]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(
    st.one_of(st.integers(1, 10**18 - 1), st.integers(0, 17).map(lambda k: 10**k),
              st.integers(1, 2 * 10**17 - 1).map(lambda v: v * 5),
              st.integers(1, 18).map(lambda k: 10**k - 1)),
    st.one_of(st.integers(10**33, 10**34 - 1), st.integers(1, 9).map(lambda d: d * 10**33),
              st.integers(10**32, 10**33 - 1).map(lambda v: v * 10 + 5),
              st.integers(1, 33).map(lambda k: 10**34 - 10**k))),
    min_size=1, max_size=30))
def test_product_property(rows: list[tuple[int, int]]) -> None:
    got = _products([a for a, _ in rows], [q for _, q in rows])
    assert got == [_CTX.multiply(Decimal(a), Decimal(q)) for a, q in rows]


# ------------------------------------------------------------------ the spot path, row by row
def _table_rows(amounts: list[Any], typ: Any, codes: list[str], days: list[Any], to: str) -> list[Any]:
    arr = pa.array(amounts, typ)
    cur = pa.array(codes, pa.string()).dictionary_encode()
    index = cur.indices.fill_null(-1).to_numpy(zero_copy_only=False).astype(np.int64)
    table = _spot.spot_table(arr, cur.dictionary.to_pylist(), index, to=to,
                             on=pa.array(days, pa.date32()), errors="coerce")
    assert table is not None
    return [tuple(r.values()) for r in table.to_pylist()]


def _want(amounts: list[Any], codes: list[str], days: list[Any], to: str) -> list[Any]:
    return [tuple(scalar_conversion(a, c, to, on=d)) for a, c, d in zip(amounts, codes, days)]


CURS = ["JPY", "GBP", "USD", "CHF", "IDR", "KRW", "EUR", "HRK", "TWD", "ISK", "BRL"]


@pytest.fixture
def small_steps(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_wide, "CHUNK", 4)  # many steps: short, stripped and long ones mixed


@pytest.mark.usefixtures("small_steps")
@pytest.mark.parametrize("to", ["USD", "EUR", "JPY"])
def test_spot_path_cents_in_a_wide_scale(to: str) -> None:
    # cents in decimal128(38, 9): raw integers beyond 10**18 that are multiples of 10**7,
    # then steps where nothing divides them (9 decimals, 10**26) and nulls, zeros, signs
    amounts: list[Any] = [Decimal("123456789012.34"), Decimal("-99999999999.99"), Decimal("0.01"),
                          Decimal("5"), Decimal("-5.00"), Decimal("0"), None, Decimal("1E+11"),
                          Decimal("12345678901.123456789"), Decimal("0.000000001"),
                          Decimal("99999999999999999.999999999"), Decimal("-1.5"),
                          Decimal("999999999.99"), Decimal("1000000000.00"), Decimal("7"),
                          Decimal("-0.01")]
    amounts = amounts * 3
    codes = [CURS[i % len(CURS)] for i in range(len(amounts))]
    days = [dt.date(2020, 2, 3), dt.date(2025, 5, 13), dt.date(2023, 1, 2), dt.date(1998, 12, 31),
            dt.date(2009, 3, 2), dt.date(2030, 1, 1), dt.date(2025, 5, 11)]
    days = [days[i % len(days)] for i in range(len(amounts))]
    assert _table_rows(amounts, fa.DECIMAL, codes, days, to) == _want(amounts, codes, days, to)


@pytest.mark.usefixtures("small_steps")
def test_spot_path_integer_columns() -> None:
    values = [0, 1, -1, 10**17, -(10**18) + 1, 10**18, -(2**63), 2**63 - 1, 12345, None, 7, -7]
    codes = ["JPY", "USD", "KRW", "IDR", "GBP", "CHF", "JPY", "EUR", "ISK", "USD", "TWD", "HRK"]
    days = [dt.date(2024, 6, 3 + i % 5) for i in range(len(values))]
    for to in ("USD", "JPY"):
        assert _table_rows(values, pa.int64(), codes, days, to) == _want(values, codes, days, to)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(
    st.one_of(st.none(), st.integers(-(10**20), 10**20).map(lambda v: Decimal(v).scaleb(-2)),
              st.integers(-(10**20), 10**20).map(lambda v: Decimal(v).scaleb(-9)),
              st.sampled_from([Decimal("5"), Decimal("-0.5"), Decimal("0")])),
    st.sampled_from(CURS),
    st.dates(min_value=dt.date(1998, 12, 1), max_value=dt.date(2027, 1, 1))),
    min_size=1, max_size=30), st.sampled_from(["USD", "EUR", "IDR"]))
def test_property_spot_path_mixed_steps(rows: list[tuple[Any, str, Any]], to: str) -> None:
    saved = _wide.CHUNK
    _wide.CHUNK = 3
    try:
        a, c, d = [r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows]
        assert _table_rows(a, fa.DECIMAL, c, d, to) == _want(a, c, d, to)
    finally:
        _wide.CHUNK = saved


def test_spot_path_null_slots_holding_anything() -> None:
    # a null amount's slot may hold any bytes (here 10**30 and an odd 10**20 + 1): the
    # row stays null and the others still take the short path
    raw = [12345 * 10**7, 10**30, 500 * 10**7, 10**20 + 1, -(7 * 10**7)]
    data = b"".join(v.to_bytes(16, "little", signed=True) for v in raw)
    valid = [True, False, True, False, True]
    bitmap = pa.py_buffer(np.packbits(np.array(valid), bitorder="little").tobytes())
    arr = pa.Array.from_buffers(fa.DECIMAL, len(raw), [bitmap, pa.py_buffer(data)])
    amounts = arr.to_pylist()
    assert amounts[1] is None and amounts[0] == Decimal("123.45")
    codes = ["JPY", "USD", "GBP", "CHF", "KRW"]
    days = [dt.date(2024, 6, 3)] * len(raw)
    cur = pa.array(codes, pa.string()).dictionary_encode()
    index = cur.indices.to_numpy(zero_copy_only=False).astype(np.int64)
    table = _spot.spot_table(arr, cur.dictionary.to_pylist(), index, to="USD",
                             on=pa.array(days, pa.date32()), errors="coerce")
    assert table is not None
    assert [tuple(r.values()) for r in table.to_pylist()] == _want(amounts, codes, days, "USD")
