"""pandas: money in Series and DataFrames (``finnorm[pandas]``).

Importing this module registers the ``.finnorm`` accessor on Series and
DataFrames; ``import finnorm`` alone does not load pandas.

>>> import pandas as pd
>>> import finnorm.pandas
>>> s = pd.Series(["a loss of ¥670.9 billion (A$7.1 billion)", None, "no money"], index=[10, 11, 12])
>>> df = s.finnorm.extract()
>>> df[["mention", "amount", "currency"]]
                   mention        amount currency
   match
10 0        ¥670.9 billion  670900000000      JPY
   1         A$7.1 billion    7100000000      AUD

The frame is shaped like ``Series.str.extractall``: the original index plus
a ``match`` level, one row per mention, no row for a text without money.
Amounts stay :class:`~decimal.Decimal` (an object column); with
``dtype_backend="pyarrow"`` they are Arrow ``decimal128(38, 9)`` instead.

>>> s.finnorm.parse(errors="coerce")[["amount", "error"]]
   amount                                              error
10   None  2 amounts in 'a loss of ¥670.9 billion (A$7.1 ...
11   None                                                NaN
12   None                   no amount of money in 'no money'

Conversion of an amount column looks up each distinct (currency, day) once:

>>> from decimal import Decimal
>>> t = pd.DataFrame({"amount": [Decimal("670.9e9"), Decimal("100")], "currency": ["JPY", "USD"],
...                   "day": pd.to_datetime(["2025-05-13", "2025-05-11"])})
>>> t.finnorm.convert("AUD", on="day")[["amount", "rate_day", "source"]]
                                amount   rate_day source
0  7067661077.698803231881416681854081 2025-05-13    ecb
1  156.1677923924635620334162815499467 2025-05-09    ecb
"""
from __future__ import annotations

import datetime as _dt
from collections.abc import Hashable
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from . import batch as _batch
from .errors import InvalidArgumentError

if TYPE_CHECKING:  # pragma: no cover
    from .fiscal import Calendar

__all__ = ["FinnormFrameAccessor", "FinnormSeriesAccessor", "convert", "extract",
           "extract_meta", "parse"]

_FIELDS = _batch.MENTION_FIELDS[2:]  # the columns after id and match
_INTS = ("start", "end")
_BOOLS = ("inferred", "uncertain")
_DAYS = ("period_start", "period_end")
_BACKENDS = (None, "numpy_nullable", "pyarrow")


def _check_backend(dtype_backend: str | None) -> None:
    if dtype_backend not in _BACKENDS:
        raise InvalidArgumentError(f"dtype_backend must be None, 'numpy_nullable' or 'pyarrow', "
                         f"not {dtype_backend!r}")


def _texts(series: pd.Series) -> list[Any]:
    """The values of ``series``, with pandas' missing values (None, NaN, NA) as None."""
    values: list[Any] = series.tolist()
    na = series.isna().to_numpy()
    if na.any():
        for i in np.flatnonzero(na).tolist():
            values[i] = None
    return values


def _aligned(series: pd.Series, published: Any) -> Any:
    """``published`` as one value, or as the rows' own values in the order of ``series``.

    A Series is aligned by its index (a label ``series`` has and it lacks is
    no date); a list or array is taken in order.
    """
    if not isinstance(published, pd.Series):
        return published
    if not published.index.equals(series.index):
        if not published.index.is_unique:
            raise InvalidArgumentError(
                "published: its index repeats a label, so it cannot be aligned to the texts")
        published = published.reindex(series.index)
    return _texts(published)


def _days_column(values: list[Any]) -> pd.Series:
    return pd.Series(pd.to_datetime(pd.Series(values, dtype=object)).to_numpy(
        dtype="datetime64[s]") if values else np.array([], dtype="datetime64[s]"))


def _frame(columns: dict[str, list[Any]], index: pd.Index) -> pd.DataFrame:
    """A frame of record columns with the default (numpy) dtypes."""
    data: dict[str, Any] = {}
    for name, values in columns.items():
        if name in _INTS or name in ("rate_days",):
            data[name] = pd.array(values, dtype="Int64")
        elif name in _BOOLS:
            data[name] = pd.array(values, dtype="boolean")
        elif name in _DAYS or name == "rate_day":
            data[name] = _days_column(values).to_numpy()
        elif name == "match":
            data[name] = np.asarray(values, dtype=np.int64)
        elif name in ("amount", "upper", "rate", "alternatives", "candidates", "id"):
            col = np.empty(len(values), dtype=object)
            col[:] = values
            data[name] = col
        else:
            data[name] = pd.array(values, dtype="str") if values else pd.array([], dtype="str")
    return pd.DataFrame(data, index=index)


def _records_frame(recs: list[_batch.MentionRecord], index: pd.Index, flat: bool,
                   dtype_backend: str | None, errors: str, id_dtype: Any = None) -> pd.DataFrame:
    fields = _batch.MENTION_FIELDS if flat else _FIELDS
    if dtype_backend == "pyarrow":
        import pyarrow as pa

        from .arrow import mentions_schema, records_batch

        id_type = pa.from_numpy_dtype(np.dtype(id_dtype)) if id_dtype is not None and \
            np.dtype(id_dtype).kind in "iub" else pa.string() if id_dtype is not None else pa.int64()
        if not flat:
            recs = [r._replace(id=k) for k, r in enumerate(recs)]
            id_type = pa.int64()
        batch = records_batch(recs, schema=mentions_schema(id_type), errors=errors)
        df = batch.to_pandas(types_mapper=pd.ArrowDtype)
        df.index = index
        return df[list(fields)]
    cols = {f: [getattr(r, f) for r in recs] for f in fields}
    df = _frame(cols, index)
    if flat and id_dtype is not None:
        try:
            df["id"] = df["id"].astype(id_dtype)
        except (TypeError, ValueError):  # mixed ids: keep them as objects
            pass
    if dtype_backend == "numpy_nullable":
        df = df.convert_dtypes(dtype_backend="numpy_nullable", infer_objects=False)
    return df


def extract(
    series: pd.Series,
    *,
    locale: str | None = None,
    calendar: Calendar | str | None = None,
    published: Any = None,
    errors: str = "raise",
    flat: bool = False,
    dtype_backend: str | None = None,
    **options: Any,
) -> pd.DataFrame:
    """Every money mention of a Series of texts: one row per mention.

    Indexed like ``Series.str.extractall``: the series' index plus a
    ``match`` level counting the mentions of each text. With ``flat=True``
    the frame has a plain range index and ``id`` (the series' index value)
    and ``match`` columns instead, the shape :func:`extract_meta` describes
    (for Dask). Missing texts (None, NaN, NA) give no rows; see
    :func:`finnorm.batch.extract_records` for ``errors`` and the columns.
    ``published`` is one day for every text or a Series of days aligned by
    index (NaT: no date), e.g. a frame's date column.

    >>> extract(pd.Series(["€3bn", "¥5 and $2"]), flat=True)[["id", "match", "mention"]]
       id  match mention
    0   0      0    €3bn
    1   1      0      ¥5
    2   1      1      $2
    >>> news = pd.DataFrame({"text": ["275 milyar lira", "275 milyar lira"],
    ...                      "day": pd.to_datetime(["2004-06-01", "2019-03-01"])})
    >>> extract(news["text"], locale="tr_TR", published=news["day"])["currency"].tolist()
    ['TRL', 'TRY']
    """
    _check_backend(dtype_backend)
    ids = list(series.index)
    recs = list(_batch.extract_records(_texts(series), ids=ids, locale=locale, calendar=calendar,
                                       published=_aligned(series, published), errors=errors,
                                       **options))
    if flat:
        index: pd.Index = pd.RangeIndex(len(recs))
    else:
        names = list(series.index.names) + ["match"]
        if isinstance(series.index, pd.MultiIndex):
            tuples = [(*r.id, r.match) for r in recs]
        else:
            tuples = [(r.id, r.match) for r in recs]
        index = pd.MultiIndex.from_tuples(tuples, names=names) if tuples else \
            pd.MultiIndex.from_arrays([[] for _ in names], names=names)
    return _records_frame(recs, index, flat, dtype_backend, errors, series.index.dtype)


def extract_meta(id_dtype: Any = "int64", *, dtype_backend: str | None = None) -> pd.DataFrame:
    """An empty frame with the columns and dtypes of ``extract(..., flat=True)``.

    Dask's ``meta=`` for ``map_partitions``; ``id_dtype`` is the dtype of
    the ids (the partitions' index, or ``"str"`` for file paths).

    >>> list(extract_meta().columns[:4]), str(extract_meta()["amount"].dtype)
    (['id', 'match', 'mention', 'start'], 'object')
    """
    _check_backend(dtype_backend)
    return _records_frame([], pd.RangeIndex(0), True, dtype_backend, "raise", id_dtype)


def parse(
    series: pd.Series,
    *,
    locale: str | None = None,
    published: Any = None,
    errors: str = "raise",
    dtype_backend: str | None = None,
    **options: Any,
) -> pd.DataFrame:
    """The one amount of each text (:func:`finnorm.parse`), aligned to the series' index.

    Columns ``amount``, ``currency``, ``per`` and ``error``; a missing text
    gives a row of missing values. ``published`` is as in :func:`extract`.

    >>> parse(pd.Series(["¥670.9 billion", None]))["amount"].tolist()
    [Decimal('670900000000'), None]
    """
    _check_backend(dtype_backend)
    published = _aligned(series, published)
    if dtype_backend == "pyarrow":
        from .arrow import parse_table

        tbl = parse_table(_texts(series), locale=locale, published=published, errors=errors,
                          **options)
        df = tbl.to_pandas(types_mapper=pd.ArrowDtype)[list(_batch.PARSE_FIELDS[1:])]
        df.index = series.index
        return df
    recs = list(_batch.parse_records(_texts(series), locale=locale, published=published,
                                     errors=errors, **options))
    cols = {f: [getattr(r, f) for r in recs] for f in _batch.PARSE_FIELDS[1:]}
    df = _frame(cols, series.index)
    if dtype_backend == "numpy_nullable":
        df = df.convert_dtypes(dtype_backend="numpy_nullable", infer_objects=False)
    return df


def _column(frame: pd.DataFrame, value: Any) -> Any:
    """A column of ``frame`` named by ``value``, a Series/array as it is, or one value."""
    if isinstance(value, Hashable) and not isinstance(value, (_dt.date,)) and value in frame.columns:
        value = frame[value]
    if isinstance(value, pd.Series):
        if pd.api.types.is_datetime64_any_dtype(value.dtype):
            return value.to_numpy(dtype="datetime64[D]")
        return _texts(value)
    return value


def convert(
    frame: pd.DataFrame,
    to: str,
    *,
    amount: str = "amount",
    currency: str = "currency",
    on: Any = None,
    period_start: Any = None,
    period_end: Any = None,
    method: str = "spot",
    source: Any = None,
    rates: Any = None,
    errors: str = "raise",
    dtype_backend: str | None = None,
) -> pd.DataFrame:
    """The amounts of ``frame[amount]`` in ``frame[currency]`` converted to ``to``, row by row.

    ``on``, ``period_start`` and ``period_end`` are a column name, a Series
    or array of days, or one day for all rows. Returns a frame aligned to
    ``frame`` with ``amount`` (Decimal), ``currency``, ``rate`` (Decimal),
    ``rate_day``, ``rate_days``, ``source`` and ``error``; each row equals
    :func:`finnorm.convert` for that row (see
    :func:`finnorm.batch.convert_records`). Missing values give a row of
    missing values.
    """
    _check_backend(dtype_backend)
    if dtype_backend == "pyarrow":
        from .arrow import convert_table

        tbl = convert_table(_texts(frame[amount]), _texts(frame[currency]), to=to,
                            on=_column(frame, on), period_start=_column(frame, period_start),
                            period_end=_column(frame, period_end), method=method, source=source,
                            rates=rates, errors=errors)
        df = tbl.to_pandas(types_mapper=pd.ArrowDtype)
        df.index = frame.index
        return df
    values = _texts(frame[amount])
    codes_arr, uniques = pd.factorize(pd.Series(_texts(frame[currency]), dtype=object),
                                      use_na_sentinel=True)
    code_index = np.asarray(codes_arr, dtype=np.int64)
    na = np.fromiter((v is None for v in values), bool, len(values))
    code_index[na] = -1
    n = len(values)
    quotes = _batch._plan(list(uniques), code_index, n, to=to, on=_column(frame, on),
                          period_start=_column(frame, period_start),
                          period_end=_column(frame, period_end), method=method, source=source,
                          rates=rates)
    key = quotes.key
    k_ok = np.fromiter((e is None for e in quotes.error), bool, len(quotes.error))
    live = key >= 0
    ok = live & k_ok[np.maximum(key, 0)] if len(k_ok) else np.zeros(n, bool)
    products, row_err = _batch._decimal_products(values, quotes, ok, live)
    if errors == "raise":
        first = _batch._first_error(quotes, row_err)
        if first is not None:
            raise _batch._noted(first[1], frame.index[first[0]]) from None
    cols: dict[str, list[Any]] = {f: [None] * n for f in _batch.CONVERSION_FIELDS}
    cols["amount"] = products.tolist()
    keys = key.tolist()
    okl = ok.tolist()
    for r in range(n):
        k = keys[r]
        if k < 0:
            continue
        if okl[r]:
            cols["currency"][r] = quotes.to
            cols["rate"][r] = quotes.rate[k]
            cols["rate_day"][r] = quotes.day[k]
            cols["rate_days"][r] = quotes.days[k]
            cols["source"][r] = quotes.source[k]
        else:
            err = row_err.get(r) or quotes.error[k]
            cols["error"][r] = str(err)
    df = _frame(cols, frame.index)
    if dtype_backend == "numpy_nullable":
        df = df.convert_dtypes(dtype_backend="numpy_nullable", infer_objects=False)
    return df


@pd.api.extensions.register_series_accessor("finnorm")
class FinnormSeriesAccessor:
    """``series.finnorm.extract(...)`` and ``series.finnorm.parse(...)``
    (:func:`extract`, :func:`parse`)."""

    def __init__(self, series: pd.Series) -> None:
        self._series = series

    def extract(self, **kwargs: Any) -> pd.DataFrame:
        """Every money mention: see :func:`finnorm.pandas.extract`."""
        return extract(self._series, **kwargs)

    def parse(self, **kwargs: Any) -> pd.DataFrame:
        """The one amount of each text: see :func:`finnorm.pandas.parse`."""
        return parse(self._series, **kwargs)


@pd.api.extensions.register_dataframe_accessor("finnorm")
class FinnormFrameAccessor:
    """``frame.finnorm.convert(to, ...)`` (:func:`convert`)."""

    def __init__(self, frame: pd.DataFrame) -> None:
        self._frame = frame

    def convert(self, to: str, **kwargs: Any) -> pd.DataFrame:
        """The amount column converted: see :func:`finnorm.pandas.convert`."""
        return convert(self._frame, to, **kwargs)


