"""Apache Arrow: mentions as typed tables, conversion of whole columns (``finnorm[arrow]``).

Amounts are ``decimal128(38, 9)``: up to 29 digits before the point and 9
after. A value that does not fit is refused (an error, or with
``errors="coerce"`` a row whose ``error`` says so), never rounded.

>>> import pyarrow as pa
>>> t = extract_table(pa.array(["a loss of ¥670.9 billion (A$7.1 billion)", None]))
>>> t.schema == MENTIONS_SCHEMA, t.num_rows
(True, 2)
>>> t.column("amount").to_pylist()
[Decimal('670900000000.000000000'), Decimal('7100000000.000000000')]
>>> t.column("amount").type
Decimal128Type(decimal128(38, 9))

:func:`extract_batches` takes and yields record batches, the function shape
Spark's ``mapInArrow`` wants; :func:`convert_table` converts a column of
amounts looking up each distinct (currency, day) once:

>>> c = convert_table(pa.array(["670900000000"]).cast(DECIMAL), ["JPY"], to="AUD", on="2025-05-13")
>>> c.column("amount")[0].as_py() == Decimal("7067661077.698803231881416681854081")
True
>>> c.column("rate_day")[0].as_py(), c.column("source")[0].as_py()
(datetime.date(2025, 5, 13), 'ecb')

Converted amounts and rates carry the 34 significant digits of
:func:`finnorm.convert` and are ``decimal256(76, 48)`` (:data:`WIDE`); the
same refusal applies.
"""
from __future__ import annotations

import datetime as _dt
import itertools
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.compute as pc

from . import batch as _batch
from .batch import DecimalRangeError, MentionRecord
from .errors import InvalidArgumentError

if TYPE_CHECKING:  # pragma: no cover
    from .fiscal import Calendar

__all__ = [
    "CONVERSION_SCHEMA",
    "DECIMAL",
    "MENTIONS_SCHEMA",
    "PARSE_SCHEMA",
    "RATES_SCHEMA",
    "WIDE",
    "convert_table",
    "extract_batches",
    "extract_table",
    "mentions_ddl",
    "mentions_schema",
    "parse_table",
    "rates_table",
    "records_batch",
]

#: amounts of mentions: exact, up to 29 digits before the point and 9 after
DECIMAL = pa.decimal128(38, 9)
#: converted amounts and rates: 34 significant digits, from below 10^28 down to 10^-48
WIDE = pa.decimal256(76, 48)

_MONEY = pa.struct([("amount", DECIMAL), ("currency", pa.string()), ("per", pa.string())])


def mentions_schema(id_type: pa.DataType = pa.int64()) -> pa.Schema:
    """The schema of extracted mentions, with ``id`` of type ``id_type``.

    >>> mentions_schema(pa.string()).field("id").type
    DataType(string)
    """
    return pa.schema([
        ("id", id_type),
        ("match", pa.int32()),
        ("mention", pa.string()),
        ("start", pa.int64()),
        ("end", pa.int64()),
        ("amount", DECIMAL),
        ("currency", pa.string()),
        ("upper", DECIMAL),
        ("per", pa.string()),
        ("qualifier", pa.string()),
        ("inferred", pa.bool_()),
        ("uncertain", pa.bool_()),
        ("reason", pa.string()),
        ("alternatives", pa.list_(_MONEY)),
        ("candidates", pa.list_(pa.string())),
        ("period", pa.string()),
        ("period_start", pa.date32()),
        ("period_end", pa.date32()),
        ("calendar", pa.string()),
        ("error", pa.string()),
    ])


#: mentions of rows whose ids are positions (int64); see :func:`mentions_schema`
MENTIONS_SCHEMA = mentions_schema()
#: one amount per row (:func:`parse_table`)
PARSE_SCHEMA = pa.schema([("id", pa.int64()), ("amount", DECIMAL), ("currency", pa.string()),
                          ("per", pa.string()), ("error", pa.string())])
#: converted amounts (:func:`convert_table`)
CONVERSION_SCHEMA = pa.schema([
    ("amount", WIDE),
    ("currency", pa.string()),
    ("rate", WIDE),
    ("rate_day", pa.date32()),
    ("rate_days", pa.int32()),
    ("source", pa.string()),
    ("error", pa.string()),
])
#: one rate per currency and publication day (:func:`rates_table`)
RATES_SCHEMA = pa.schema([("day", pa.date32()), ("currency", pa.string()), ("per_eur", DECIMAL)])

_SPARK_TYPES = {
    "int64": "bigint", "int32": "int", "string": "string", "large_string": "string",
    "bool": "boolean", "date32[day]": "date", "decimal128(38, 9)": "decimal(38,9)",
}


def mentions_ddl(id_type: str = "bigint") -> str:
    """The Spark SQL schema of :func:`mentions_schema` (for ``mapInArrow``).

    >>> mentions_ddl("string")[:42]
    '`id` string, `match` int, `mention` string'
    """
    cols = []
    for f in MENTIONS_SCHEMA:
        if f.name == "id":
            kind = id_type
        elif f.name == "alternatives":
            kind = "array<struct<amount:decimal(38,9),currency:string,per:string>>"
        elif f.name == "candidates":
            kind = "array<string>"
        else:
            kind = _SPARK_TYPES[str(f.type)]
        cols.append(f"`{f.name}` {kind}")
    return ", ".join(cols)


# ------------------------------------------------------------------ decimals
_fits = _batch._fits
_refuse = _batch._refuse
_checked = _batch._checked


def _fits_wide(rate: Decimal) -> bool:
    """A rate of at most 34 significant digits (all finnorm.convert gives) fits :data:`WIDE`."""
    return -15 <= rate.adjusted() < 28 or _fits(rate, 48, 76)


def records_batch(
    records: Sequence[MentionRecord], *, schema: pa.Schema = MENTIONS_SCHEMA, errors: str = "raise"
) -> pa.RecordBatch:
    """A record batch of :class:`~finnorm.batch.MentionRecord` (see :func:`mentions_schema`).

    An amount that does not fit :data:`DECIMAL` raises
    :class:`~finnorm.batch.DecimalRangeError`, or with ``errors="coerce"``
    leaves the mention's row with its amounts null and ``error`` set.

    >>> from finnorm.batch import extract_records
    >>> rec = next(extract_records(["$5"]))._replace(amount=Decimal("1e40"))
    >>> big = records_batch([rec], errors="coerce")
    >>> big.column("amount")[0].as_py(), big.column("error")[0].as_py()
    (None, 'amount 1E+40 does not fit decimal128(38, 9); finnorm does not round it')
    """
    _batch._check_errors(errors)
    rows: list[MentionRecord] = []
    for rec in records:
        try:
            rows.append(_checked(rec))
        except DecimalRangeError as exc:
            if errors == "raise":
                raise _batch._noted(exc, rec.id) from None
            rows.append(rec._replace(amount=None, upper=None, alternatives=None, error=str(exc)))
    cols = list(zip(*rows)) if rows else [()] * len(MentionRecord._fields)
    arrays = []
    for field, values in zip(schema, cols):
        if field.name == "alternatives":
            values = tuple(None if v is None else [
                {"amount": m.amount, "currency": m.currency, "per": m.per} for m in v] for v in values)
        arrays.append(pa.array(values, type=field.type))
    return pa.RecordBatch.from_arrays(arrays, schema=schema)


def _pylist(values: Any) -> list[Any]:
    if isinstance(values, (pa.Array, pa.ChunkedArray)):
        return values.to_pylist()  # type: ignore[no-any-return]
    return list(values)


def _per_row(published: Any) -> Any:
    """An Arrow column of days as a list; one day (or ``None``) as it is."""
    return _pylist(published) if isinstance(published, (pa.Array, pa.ChunkedArray)) else published


def extract_table(
    texts: Any,
    *,
    ids: Any = None,
    locale: str | None = None,
    calendar: Calendar | str | None = None,
    published: Any = None,
    errors: str = "raise",
    **options: Any,
) -> pa.Table:
    """Every money mention of a column of texts, one row per mention (:data:`MENTIONS_SCHEMA`).

    ``texts`` is an Arrow string array (or chunked array) or any sequence of
    ``str``/``None``; ``ids`` (same length) name the rows, else their
    positions are used; ``published`` is one day or a column of days (date
    or ``YYYY-MM-DD`` strings, null: no date) of the same length. Everything
    else is as :func:`finnorm.batch.extract_records`.

    >>> t = extract_table(["¥5bn", "$3"], ids=pa.array(["a", "b"]))
    >>> t.column("id").to_pylist(), t.schema.field("id").type
    (['a', 'b'], DataType(string))
    """
    id_list = _pylist(ids) if ids is not None else None
    if isinstance(ids, (pa.Array, pa.ChunkedArray)):
        id_type = ids.type
    elif id_list is not None:
        id_type = pa.array(id_list).type if id_list else pa.int64()
    else:
        id_type = pa.int64()
    recs = list(_batch.extract_records(_pylist(texts), ids=id_list, locale=locale,
                                       calendar=calendar, published=_per_row(published),
                                       errors=errors, **options))
    schema = mentions_schema(id_type)
    return pa.Table.from_batches([records_batch(recs, schema=schema, errors=errors)], schema=schema)


def extract_batches(
    batches: Iterable[pa.RecordBatch] | pa.RecordBatch | pa.Table,
    *,
    text: str = "text",
    id: str = "id",
    locale: str | None = None,
    calendar: Calendar | str | None = None,
    errors: str = "raise",
    **options: Any,
) -> Iterator[pa.RecordBatch]:
    """Record batches of mentions from record batches of texts, one out per one in.

    The input's ``text`` column is read; its ``id`` column, when there is
    one, names the rows (its type becomes the ``id`` type), else rows are
    numbered from 0 across the batches. A ``published`` column (dates or
    ``YYYY-MM-DD`` strings), when there is one, gives each row's day of
    publication; where it is null, the ``published=`` keyword (if any)
    stands, as with a JSON Lines line in ``finnorm extract --jsonl``. This is the shape of Spark's
    ``DataFrame.mapInArrow`` (give it ``functools.partial(extract_batches,
    locale=...)`` and :func:`mentions_ddl`).

    >>> src = pa.RecordBatch.from_pydict({"id": [7, 8], "text": ["€3", "¥4"]})
    >>> [b.num_rows for b in extract_batches([src])]
    [2]
    """
    if isinstance(batches, (pa.RecordBatch, pa.Table)):
        batches = [batches]
    _batch._check_errors(errors)
    cal = _batch._settle(locale, calendar)
    default = options.pop("published", None)
    if _batch._published(default) is not None:
        raise InvalidArgumentError("extract_batches: published= is one day for every row; "
                                   "give each row its own in a 'published' column")
    counter = itertools.count()
    for b in batches:
        tbl = b if isinstance(b, pa.Table) else pa.Table.from_batches([b])
        names = tbl.column_names
        if text not in names:
            raise InvalidArgumentError(f"no column {text!r} in the batch (columns: {', '.join(names)})")
        texts = tbl.column(text).to_pylist()
        if id in names:
            id_col = tbl.column(id)
            id_type = id_col.type
            row_ids: list[Any] = id_col.to_pylist()
        else:
            id_type = pa.int64()
            row_ids = [next(counter) for _ in texts]
        schema = mentions_schema(id_type)
        days: Any = default
        if "published" in names:
            days = [default if v is None else v for v in tbl.column("published").to_pylist()]
        recs = list(_batch.extract_records(texts, ids=row_ids, locale=locale, calendar=cal,
                                           published=days, errors=errors, **options))
        yield records_batch(recs, schema=schema, errors=errors)


def parse_table(
    texts: Any, *, ids: Any = None, locale: str | None = None, errors: str = "raise",
    **options: Any,
) -> pa.Table:
    """One row per text with its one amount (:func:`finnorm.parse`), aligned to the input.

    >>> parse_table(["¥670.9 billion", None]).column("amount").to_pylist()
    [Decimal('670900000000.000000000'), None]
    """
    id_list = _pylist(ids) if ids is not None else None
    recs = list(_batch.parse_records(_pylist(texts), ids=id_list, locale=locale,
                                     published=_per_row(options.pop("published", None)),
                                     errors=errors, **options))
    id_type = ids.type if isinstance(ids, (pa.Array, pa.ChunkedArray)) else (
        pa.array(id_list).type if id_list else pa.int64())
    cols: dict[str, list[Any]] = {f: [] for f in _batch.PARSE_FIELDS}
    for rec in recs:
        if rec.amount is not None and not _fits(rec.amount, 9, 38):
            exc = _refuse(rec.amount, "amount", "decimal128(38, 9)")
            if errors == "raise":
                raise _batch._noted(exc, rec.id) from None
            rec = rec._replace(amount=None, currency=None, per=None, error=str(exc))
        for f, v in zip(_batch.PARSE_FIELDS, rec):
            cols[f].append(v)
    schema = PARSE_SCHEMA.set(0, pa.field("id", id_type))
    return pa.table([pa.array(cols[f.name], type=f.type) for f in schema], schema=schema)


# ------------------------------------------------------------------ conversion
def _array(values: Any) -> pa.Array:
    if isinstance(values, pa.ChunkedArray):
        return values.combine_chunks()
    if isinstance(values, pa.Array):
        return values
    raise TypeError


def _days(values: Any) -> Any:
    """A day column as numpy ``datetime64[D]`` (Arrow dates and timestamps), else as given."""
    if isinstance(values, (pa.Array, pa.ChunkedArray)):
        arr = _array(values)
        if pa.types.is_timestamp(arr.type):
            arr = arr.cast(pa.date32())
        if pa.types.is_date(arr.type):
            return arr.cast(pa.date32()).to_numpy(zero_copy_only=False).astype("datetime64[D]")
        return arr.to_pylist()
    return values


def _exact64(values: Any) -> tuple[Any, int] | None:
    """The amounts as Python ints at a common scale (value = int * 10**-scale), when every
    one fits 64 bits at scale 2 or at the column's own scale; else None.

    ``int * (rate * 10**-scale)`` is the same exact product as ``amount * rate``, so
    the row's rounded product is the scalar one; reading ints is much cheaper than
    reading Decimals from Arrow.
    """
    import numpy as np

    arr = _array(values)
    if pa.types.is_integer(arr.type):
        ints = np.empty(len(arr), dtype=object)
        ints[:] = arr.to_pylist()
        return ints, 0
    if not (pa.types.is_decimal(arr.type) and arr.type.byte_width == 16):
        return None
    valid = arr.is_valid().to_numpy(zero_copy_only=False)
    for scale in sorted({min(2, arr.type.scale), arr.type.scale}):
        try:
            scaled = arr.cast(pa.decimal128(38, scale)) if scale != arr.type.scale else arr
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
            continue  # digits after the point: try the column's own scale
        words = np.frombuffer(scaled.buffers()[1], dtype=np.int64)[
            2 * scaled.offset : 2 * (scaled.offset + len(scaled))].reshape(-1, 2)
        if not (words[:, 1] == (words[:, 0] >> 63))[valid].all():
            return None  # beyond 64 bits: a larger scale will not fit either
        ints = np.empty(len(arr), dtype=object)
        ints[:] = words[:, 0].tolist()
        return ints, scale
    return None


def _int_products(
    ints: Any, scale: int, quotes: Any, ok: Any
) -> tuple[pa.Array, dict[int, BaseException]]:
    """Each ``ok`` row's product from integer amounts (see :func:`_exact64`), as WIDE."""
    import numpy as np

    key = quotes.key
    k_ident = np.fromiter(quotes.identity, bool, len(quotes.identity))
    ident = ok & k_ident[np.maximum(key, 0)] if len(k_ident) else np.zeros(len(ints), bool)
    conv = ok & ~ident
    per_key = np.empty(len(quotes.rate), dtype=object)
    per_key[:] = [None if r is None else r.scaleb(-scale, context=_batch._WIDE)
                  for r in quotes.rate]
    products = np.empty(len(ints), dtype=object)
    rows = np.flatnonzero(conv)
    if len(rows):
        products[rows] = np.frompyfunc(_batch._CTX.multiply, 2, 1)(ints[rows], per_key[key[rows]])
    if ident.any():  # the same currency: the amount itself
        idx = np.flatnonzero(ident)
        products[idx] = [Decimal(v).scaleb(-scale, context=_batch._WIDE) for v in ints[idx]]
    return _wide(products, ok)


def _wide(products: Any, ok: Any) -> tuple[pa.Array, dict[int, BaseException]]:
    """Decimals (None where not ``ok``) as a WIDE column; one that does not fit is refused."""
    import numpy as np

    try:
        return pa.array(products, type=WIDE, from_pandas=False), {}
    except (pa.ArrowInvalid, OverflowError):
        pass
    bad: dict[int, BaseException] = {}
    for r in np.flatnonzero(ok).tolist():
        v = products[r]
        if v is not None and not _fits(v, 48, 76):
            bad[r] = _refuse(v, "amount", "decimal256(76, 48)")
            products[r] = None
    return pa.array(products, type=WIDE, from_pandas=False), bad


def _amounts(values: Any, n: int) -> tuple[Any, Any]:
    """Amounts as an object array (Decimals, ints, strings as given) and a null mask."""
    import numpy as np

    arr = _array(values)
    if pa.types.is_floating(arr.type):
        raise InvalidArgumentError("amounts are exact: cast a float column to decimal first "
                        "(finnorm never reads floats as money)")
    null = arr.is_null().to_numpy(zero_copy_only=False)
    out = np.empty(n, dtype=object)
    out[:] = arr.to_pylist()
    return out, null


def _take(per_key: pa.Array, key: Any, valid: Any) -> pa.Array:
    import numpy as np

    idx = pa.array(np.where(valid, key, 0), mask=~valid, type=pa.int64())
    return per_key.take(idx)


def convert_table(
    amount: Any,
    currency: Any,
    *,
    to: str,
    on: Any = None,
    period_start: Any = None,
    period_end: Any = None,
    method: str = "spot",
    source: Any = None,
    rates: Any = None,
    errors: str = "raise",
) -> pa.Table:
    """Convert a column of amounts to ``to``, aligned to the input (:data:`CONVERSION_SCHEMA`).

    ``amount`` is an Arrow decimal (or integer) column or a sequence of
    ``Decimal``/``int``/``str``; ``currency`` a string column, a sequence, or
    one code for every row. ``on`` (spot, closing) and ``period_start``/
    ``period_end`` (average, closing) are one day or a column of days (Arrow
    dates or timestamps, ``datetime.date``, ISO strings). Row ``i`` equals
    ``finnorm.convert(Money(amount[i], currency[i]), to, on=on[i],
    method=method, source=source, rates=rates)``: the same rate, the same
    product (34 significant digits), the same error (``errors="coerce"``: in
    ``error``). Each distinct (currency, day) is looked up once over the rate
    history held as arrays; nulls in any input give a null row. Spot rates of
    the default (ECB) source with an Arrow decimal128 or integer column of
    amounts are settled with numpy alone (:mod:`finnorm._spot`: integer
    arithmetic, no ``Decimal`` per row), with the same answers.

    >>> t = convert_table([Decimal("100"), None, Decimal("5")], ["USD", "USD", "TWD"], to="EUR",
    ...                   on="2025-05-11", errors="coerce")
    >>> import finnorm
    >>> scalar = finnorm.convert(finnorm.Money(100, "USD"), "EUR", on="2025-05-11")
    >>> t.column("amount")[0].as_py() == scalar.money.amount, t.column("rate_day")[0].as_py()
    (True, datetime.date(2025, 5, 9))
    >>> t.column("error").to_pylist()[1:]
    [None, 'no TWD→EUR rate for 2025-05-11 (spot): ecb: publishes no TWD rate']
    """
    import numpy as np

    _batch._check_errors(errors)
    fast = None
    if isinstance(amount, (pa.Array, pa.ChunkedArray)):
        arr = _array(amount)
        if pa.types.is_floating(arr.type):
            raise InvalidArgumentError("amounts are exact: cast a float column to decimal first "
                            "(finnorm never reads floats as money)")
        n = len(arr)
        a_null = arr.is_null().to_numpy(zero_copy_only=False)
        fast = None
        values: Any = None
    else:
        values = list(amount)
        n = len(values)
        a_null = np.fromiter((_batch._is_null(v) for v in values), bool, n)

    # currencies: distinct values and each row's index
    if isinstance(currency, str):
        codes: list[Any] = [currency]
        code_index = np.zeros(n, np.int32)
    elif isinstance(currency, (pa.Array, pa.ChunkedArray)):
        enc = _array(currency).dictionary_encode()
        codes = enc.dictionary.to_pylist()
        code_index = enc.indices.fill_null(-1).to_numpy(zero_copy_only=False).astype(np.int32)
    else:
        cur_list = list(currency)
        seen: dict[Any, int] = {}
        code_index = np.full(len(cur_list), -1, np.int64)
        for r, c in enumerate(cur_list):
            if not _batch._is_null(c):
                code_index[r] = seen.setdefault(c, len(seen))
        codes = list(seen)
    if len(code_index) != n:
        raise InvalidArgumentError(f"{n} amounts but {len(code_index)} currencies")
    code_index = np.where(a_null, -1, code_index)

    if (values is None and method == "spot" and source is None and rates is None
            and period_start is None and period_end is None):
        from ._spot import spot_table

        table = spot_table(_array(amount), codes, code_index, to=to, on=on, errors=errors)
        if table is not None:
            return table
    code_index = code_index.astype(np.int64)

    if values is None:
        fast = _exact64(_array(amount))
    quotes = _batch._plan(codes, code_index, n, to=to, on=_days(on),
                          period_start=_days(period_start), period_end=_days(period_end),
                          method=method, source=source, rates=rates)
    key = quotes.key
    n_keys = len(quotes.rate)
    for k, rate in enumerate(quotes.rate):  # a rate must fit WIDE too
        if rate is not None and not _fits_wide(rate):
            quotes.error[k] = _refuse(rate, "rate", "decimal256(76, 48)")
            quotes.rate[k] = None
    k_ok = np.fromiter((e is None for e in quotes.error), bool, n_keys)
    live = key >= 0
    kk = np.maximum(key, 0)
    ok = live & k_ok[kk] if n_keys else np.zeros(n, bool)
    row_err: dict[int, BaseException] = {}

    if fast is not None:
        out_amount, more = _int_products(fast[0], fast[1], quotes, ok)
    else:
        if values is None:
            values = _array(amount).to_pylist()
        products, more = _batch._decimal_products(values, quotes, ok, live)
        row_err.update(more)
        out_amount, more = _wide(products, ok)
    row_err.update(more)
    for r in more:
        ok[r] = False

    if errors == "raise":
        first = _batch._first_error(quotes, row_err)
        if first is not None:
            raise _batch._noted(first[1], first[0]) from None

    err_k = pa.array([None if e is None else str(e) for e in quotes.error], type=pa.string())
    error = _take(err_k, key, live)
    if row_err:
        err_list = error.to_pylist()
        for r, exc in row_err.items():
            err_list[r] = str(exc)
        error = pa.array(err_list, type=pa.string())
    ok_arr = pa.array(ok)
    cur = pc.if_else(ok_arr, pa.scalar(quotes.to), pa.scalar(None, pa.string()))
    return pa.table([
        out_amount, cur,
        _take(pa.array(quotes.rate, type=WIDE), key, ok),
        _take(pa.array(quotes.day, type=pa.date32()), key, ok),
        _take(pa.array(quotes.days, type=pa.int32()), key, ok),
        _take(pa.array(quotes.source, type=pa.string()), key, ok),
        error,
    ], schema=CONVERSION_SCHEMA)


def rates_table(source: Any = None, *, currencies: Iterable[str] | None = None) -> pa.Table:
    """Every published rate of a source (default: the embedded ECB history), long:
    ``day``, ``currency``, ``per_eur`` (units per 1 EUR, exact). For SQL joins.

    >>> t = rates_table(currencies=["USD"])
    >>> t.num_rows > 7000, t.schema == RATES_SCHEMA
    (True, True)
    """
    from .rates import get_source

    src = _batch._one_source(source, None) if not isinstance(source, str) else get_source(source)
    if src is None:
        raise InvalidArgumentError("rates_table() takes one rate source: a name or a RateSource")
    hist = _batch._history(src)
    if hist is None:
        raise InvalidArgumentError(f"rate source {src.name!r} has no fixed history to list")
    codes = sorted(currencies) if currencies is not None else sorted(src.coverage().currencies)
    days: list[_dt.date] = []
    curs: list[str] = []
    values: list[Decimal] = []
    for code in codes:
        valid, col = hist.column(code)
        for i in valid.nonzero()[0].tolist():
            v = col[i]
            assert v is not None
            if not _fits(v, 9, 38):
                raise _refuse(v, f"{code} rate", "decimal128(38, 9)")
            days.append(hist.days[i])
            curs.append(code)
            values.append(v)
    return pa.table([pa.array(days, pa.date32()), pa.array(curs, pa.string()),
                     pa.array(values, DECIMAL)], schema=RATES_SCHEMA)
