"""polars: money in expressions (``finnorm[polars]``).

Importing this module registers the ``finnorm`` namespace on expressions
and Series; ``import finnorm`` alone does not load polars.

>>> import polars as pl
>>> import finnorm.polars
>>> df = pl.DataFrame({"id": [1, 2], "text": ["a loss of ¥670.9 billion (A$7.1 billion)", None]})
>>> out = df.with_columns(m=pl.col("text").finnorm.extract())
>>> out.schema["m"] == pl.List(MENTION)
True
>>> out.explode("m").unnest("m").select("id", "mention", "amount", "currency").head(2)
shape: (2, 4)
┌─────┬────────────────┬────────────────────────┬──────────┐
│ id  ┆ mention        ┆ amount                 ┆ currency │
│ --- ┆ ---            ┆ ---                    ┆ ---      │
│ i64 ┆ str            ┆ decimal[38,9]          ┆ str      │
╞═════╪════════════════╪════════════════════════╪══════════╡
│ 1   ┆ ¥670.9 billion ┆ 670900000000.000000000 ┆ JPY      │
│ 1   ┆ A$7.1 billion  ┆ 7100000000.000000000   ┆ AUD      │
└─────┴────────────────┴────────────────────────┴──────────┘

``extract()`` gives a ``List(Struct)`` per text (null for a null text, an
empty list for a text without money); the surface text of a mention is the
field ``mention``, so ``unnest`` never clashes with a ``text`` column.
``parse()`` gives a ``Struct`` (``amount``, ``currency``, ``per``, ``error``).
Amounts are ``Decimal(38, 9)``; a value that does not fit is refused, never
rounded.
"""
from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import polars as pl

from . import batch as _batch
from .errors import InvalidArgumentError

if TYPE_CHECKING:  # pragma: no cover
    from .fiscal import Calendar

__all__ = ["MENTION", "PARSED", "FinnormExpr", "FinnormSeries", "extract", "parse"]

_AMOUNT = pl.Decimal(38, 9)
_MONEY = pl.Struct({"amount": _AMOUNT, "currency": pl.String, "per": pl.String})

#: the struct of one mention (the fields of :class:`finnorm.batch.MentionRecord` after ``match``)
MENTION = pl.Struct({
    "mention": pl.String,
    "start": pl.Int64,
    "end": pl.Int64,
    "amount": _AMOUNT,
    "currency": pl.String,
    "upper": _AMOUNT,
    "per": pl.String,
    "qualifier": pl.String,
    "inferred": pl.Boolean,
    "uncertain": pl.Boolean,
    "reason": pl.String,
    "alternatives": pl.List(_MONEY),
    "candidates": pl.List(pl.String),
    "period": pl.String,
    "period_start": pl.Date,
    "period_end": pl.Date,
    "calendar": pl.String,
    "error": pl.String,
})
#: the struct of one parsed amount
PARSED = pl.Struct({"amount": _AMOUNT, "currency": pl.String, "per": pl.String,
                    "error": pl.String})

_FIELDS = _batch.MENTION_FIELDS[2:]


def _fit(rec: _batch.MentionRecord, errors: str) -> _batch.MentionRecord:
    try:
        return _batch._checked(rec)  # the same refusal as the Arrow columns
    except _batch.DecimalRangeError as exc:
        if errors == "raise":
            raise _batch._noted(exc, rec.id) from None
        return rec._replace(amount=None, upper=None, alternatives=None, error=str(exc))


def _mention_dict(rec: _batch.MentionRecord) -> dict[str, Any]:
    out: dict[str, Any] = dict(zip(_FIELDS, rec[2:]))
    alts = rec.alternatives
    out["alternatives"] = None if alts is None else [
        {"amount": m.amount, "currency": m.currency, "per": m.per} for m in alts]
    out["candidates"] = None if rec.candidates is None else list(rec.candidates)
    return out


def _texts(series: pl.Series, published: Any) -> tuple[list[Any], Any]:
    """The texts of ``series`` and the day of each (see :func:`extract`)."""
    if isinstance(published, pl.Series):
        published = published.to_list()
    if not isinstance(series.dtype, pl.Struct):
        return series.to_list(), published
    fields = [f.name for f in series.dtype.fields]
    if "text" not in fields:
        raise InvalidArgumentError(
            f"a struct column needs a 'text' field (fields: {', '.join(fields)})")
    texts = series.struct.field("text").to_list()
    if "published" in fields:
        if _batch._published(published) is not None:
            raise InvalidArgumentError("published= is one day for every row when the struct "
                                       "has a 'published' field")
        published = [published if v is None else v
                     for v in series.struct.field("published").to_list()]
    return texts, published


def extract(
    series: pl.Series,
    *,
    locale: str | None = None,
    calendar: Calendar | str | None = None,
    published: Any = None,
    errors: str = "raise",
    **options: Any,
) -> pl.Series:
    """A ``List(MENTION)`` Series: the mentions of each text (see :func:`finnorm.batch.extract_records`).

    ``series`` is a column of texts, or a struct with a ``text`` field and a
    ``published`` field (each row's day of publication: a date or a
    ``YYYY-MM-DD`` string; where it is null the ``published=`` keyword, if
    any, stands). ``published`` may also be a Series of days as long as ``series``.

    >>> extract(pl.Series(["€3bn", None, "nothing"])).list.len().to_list()
    [1, None, 0]
    >>> news = pl.DataFrame({"text": ["275 milyar lira"] * 2, "published": ["2004-06", "2019"]})
    >>> s = news.select(pl.struct("text", "published").finnorm.extract(locale="tr_TR")).to_series()
    >>> s.list.first().struct.field("currency").to_list()
    ['TRL', 'TRY']
    """
    texts, published = _texts(series, published)
    per_row: list[list[dict[str, Any]] | None] = [None if t is None else [] for t in texts]
    for rec in _batch.extract_records(texts, locale=locale, calendar=calendar,
                                      published=published, errors=errors, **options):
        row = per_row[rec.id]
        assert row is not None
        row.append(_mention_dict(_fit(rec, errors)))
    return pl.Series(series.name, per_row, dtype=pl.List(MENTION))


def parse(
    series: pl.Series, *, locale: str | None = None, published: Any = None,
    errors: str = "raise", **options: Any
) -> pl.Series:
    """A ``PARSED`` Series: the one amount of each text (:func:`finnorm.parse`).

    ``series`` and ``published`` are as in :func:`extract`.

    >>> parse(pl.Series(["¥670.9 billion"])).struct.field("currency").to_list()
    ['JPY']
    """
    out: list[dict[str, Any] | None] = []
    texts, published = _texts(series, published)
    for rec in _batch.parse_records(texts, locale=locale, published=published, errors=errors,
                                    **options):
        if rec.amount is not None and not _batch._fits(rec.amount, 9, 38):
            exc = _batch._refuse(rec.amount, "amount", "decimal128(38, 9)")
            if errors == "raise":
                raise _batch._noted(exc, rec.id) from None
            rec = rec._replace(amount=None, currency=None, per=None, error=str(exc))
        out.append(None if rec == (rec.id, None, None, None, None) else dict(zip(
            ("amount", "currency", "per", "error"), rec[1:])))
    return pl.Series(series.name, out, dtype=PARSED)


def _batches(fn: Callable[..., pl.Series], kwargs: dict[str, Any], s: pl.Series) -> pl.Series:
    return fn(s, **kwargs)


@pl.api.register_expr_namespace("finnorm")
class FinnormExpr:
    """``pl.col("text").finnorm.extract(...)`` / ``.parse(...)``: row by row, elementwise."""

    def __init__(self, expr: pl.Expr) -> None:
        self._expr = expr

    def extract(self, **kwargs: Any) -> pl.Expr:
        """Every money mention of each text: a ``List(MENTION)`` (see :func:`extract`)."""
        return self._expr.map_batches(functools.partial(_batches, extract, kwargs),
                                      return_dtype=pl.List(MENTION), is_elementwise=True)

    def parse(self, **kwargs: Any) -> pl.Expr:
        """The one amount of each text: a ``PARSED`` struct (see :func:`parse`)."""
        return self._expr.map_batches(functools.partial(_batches, parse, kwargs),
                                      return_dtype=PARSED, is_elementwise=True)


@pl.api.register_series_namespace("finnorm")
class FinnormSeries:
    """``series.finnorm.extract(...)`` / ``.parse(...)`` on a polars Series."""

    def __init__(self, series: pl.Series) -> None:
        self._series = series

    def extract(self, **kwargs: Any) -> pl.Series:
        """See :func:`extract`."""
        return extract(self._series, **kwargs)

    def parse(self, **kwargs: Any) -> pl.Series:
        """See :func:`parse`."""
        return parse(self._series, **kwargs)
