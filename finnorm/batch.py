"""Columns of text and amounts, engine-neutral: flat records, one per mention.

The core that :mod:`finnorm.arrow`, :mod:`finnorm.pandas`,
:mod:`finnorm.polars` and :mod:`finnorm.dask` are built on, usable alone with
nothing but the standard library. Each record is a :class:`MentionRecord`, a
named tuple whose fields are plain values (``Decimal``, ``str``, ``int``,
``bool``, ``datetime.date``, ``None``), so it goes into any engine or file.

>>> texts = ["a loss of ¥670.9 billion (A$7.1 billion)", None, "no money here"]
>>> for r in extract_records(texts):
...     print(r.id, r.match, r.mention, r.amount, r.currency, r.inferred)
0 0 ¥670.9 billion 670900000000 JPY True
0 1 A$7.1 billion 7100000000 AUD False

``None`` gives no rows; a text with no money gives no rows. With
``errors="coerce"`` a row that fails becomes a record with ``error`` set, so
one bad row never stops a long job:

>>> [(r.id, r.error) for r in extract_records(["$5", 42], ids=["a", "b"], errors="coerce")][1]
('b', 'extract() wants str, not int')

Each record equals the scalar API's answer for its row: the mentions of
:func:`finnorm.extract` (or the amount of :func:`finnorm.parse`), field by
field. Conversion of whole columns, with each distinct (currency, day) looked
up once, is :func:`convert_records` (it needs numpy).
"""
from __future__ import annotations

import datetime as _dt
import itertools
from collections.abc import Iterable, Iterator, Sequence
from decimal import ROUND_HALF_EVEN, Context, Decimal
from typing import TYPE_CHECKING, Any, NamedTuple

from .errors import FinnormError, InvalidArgumentError
from .model import Money

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np
    import numpy.typing as npt

    from .fiscal import Calendar
    from .model import Mention
    from .rates import RateSource

__all__ = [
    "CONVERSION_FIELDS",
    "ERRORS",
    "MENTION_FIELDS",
    "PARSE_FIELDS",
    "ConversionRecord",
    "DecimalRangeError",
    "MentionRecord",
    "ParseRecord",
    "convert_records",
    "extract_records",
    "mention_records",
    "parse_records",
]

#: what ``errors=`` accepts: stop at the first bad row, or record it and go on
ERRORS = ("raise", "coerce")


class DecimalRangeError(FinnormError, ValueError):
    """A value does not fit the fixed-point column it must go into.

    finnorm refuses such a value (an error, or with ``errors="coerce"`` an
    ``error`` on its row); it never rounds it to fit.
    """


class MentionRecord(NamedTuple):
    """One money mention of one row, flat (the fields of :class:`~finnorm.model.Mention`).

    ``id`` is the row's id (its position unless ``ids`` are given), ``match``
    the mention's number within its row (0, 1, ...), ``mention`` the text of
    the mention, ``amount``/``upper`` exact decimals, ``period`` the fiscal
    period's label with its first and last day, ``calendar`` the name of the
    calendar that named it. ``error`` is set (and the rest ``None``) on the
    record of a row that failed under ``errors="coerce"``.
    """

    id: Any
    match: int
    mention: str | None
    start: int | None
    end: int | None
    amount: Decimal | None
    currency: str | None
    upper: Decimal | None
    per: str | None
    qualifier: str | None
    inferred: bool | None
    uncertain: bool | None
    reason: str | None
    alternatives: tuple[Money, ...] | None
    candidates: tuple[str, ...] | None
    period: str | None
    period_start: _dt.date | None
    period_end: _dt.date | None
    calendar: str | None
    error: str | None


class ParseRecord(NamedTuple):
    """The one amount of a row (:func:`finnorm.parse`), or ``error``; all ``None`` for a null row."""

    id: Any
    amount: Decimal | None
    currency: str | None
    per: str | None
    error: str | None


class ConversionRecord(NamedTuple):
    """One converted amount (:func:`finnorm.convert`), flat.

    ``rate`` is units of ``currency`` per unit of the original currency,
    ``rate_day`` the publication day used (spot, closing; ``None`` for an
    average), ``rate_days`` the number of publication days the rate rests on
    (0 when nothing was converted: same currency), ``source`` the rate source
    (``"identity"`` for the same currency). Every field is ``None`` for a row
    with a null input; ``error`` is set on a row that failed under
    ``errors="coerce"``.
    """

    amount: Decimal | None
    currency: str | None
    rate: Decimal | None
    rate_day: _dt.date | None
    rate_days: int | None
    source: str | None
    error: str | None


#: field names of :class:`MentionRecord`, in order
MENTION_FIELDS: tuple[str, ...] = MentionRecord._fields
#: field names of :class:`ParseRecord`, in order
PARSE_FIELDS: tuple[str, ...] = ParseRecord._fields
#: field names of :class:`ConversionRecord`, in order
CONVERSION_FIELDS: tuple[str, ...] = ConversionRecord._fields


# ------------------------------------------------------------------ helpers
def _check_errors(errors: str) -> None:
    if errors not in ERRORS:
        raise InvalidArgumentError(f"errors must be one of {', '.join(map(repr, ERRORS))}, not {errors!r}")


def _settle(locale: str | None, calendar: Calendar | str | None) -> Calendar | None:
    """Check the locale and find the calendar once, before any row is read."""
    if locale is not None:
        from .locale import locale_of

        locale_of(locale)
    if isinstance(calendar, str):
        from .fiscal import calendar as _calendar

        return _calendar(calendar)
    return calendar


def _ids(ids: Iterable[Any] | None) -> Iterator[Any]:
    return itertools.count() if ids is None else iter(ids)


def _rows(texts: Iterable[Any], ids: Iterable[Any] | None) -> Iterator[tuple[Any, Any]]:
    if ids is None:
        yield from enumerate(texts)
        return
    yield from zip(ids, texts, strict=True)


def _published(published: Any) -> Iterator[Any] | None:
    """``None`` when ``published`` is one value for every row (checked here, once);
    else an iterator over the rows' own values (a missing one is no date)."""
    if published is None or isinstance(published, (str, _dt.date)):
        if published is not None and _is_null(published):  # NaT
            return None
        from .api import _day

        _day(published)
        return None
    try:
        days: Iterator[Any] = iter(published)
    except TypeError:
        raise InvalidArgumentError(
            f"published wants a date, a YYYY-MM-DD string, or one per row, not "
            f"{type(published).__name__}") from None
    return days


def _dated(texts: Iterable[Any], ids: Iterable[Any] | None,
           published: Any) -> Iterator[tuple[Any, Any, Any]]:
    """(id, text, published) per row: ``published`` the same for every row or the row's own."""
    days = _published(published)
    if days is None:
        day = None if published is None or _is_null(published) else published
        for row, text in _rows(texts, ids):
            yield row, text, day
        return
    for (row, text), day in zip(_rows(texts, ids), days, strict=True):
        yield row, text, None if _is_null(day) else day


def _noted(exc: BaseException, row: Any) -> BaseException:
    exc.add_note(f"finnorm: in the row with id {row!r}")
    return exc


def mention_records(row: Any, mentions: Sequence[Mention]) -> list[MentionRecord]:
    """The records of one row's mentions (``match`` counts from 0).

    >>> import finnorm
    >>> mention_records("r1", finnorm.extract("about $5 million"))[0][:8]
    ('r1', 0, 'about $5 million', 0, 16, Decimal('5000000'), 'USD', None)
    """
    out = []
    for k, m in enumerate(mentions):
        p = m.period
        out.append(MentionRecord(
            row, k, m.text, m.start, m.end, m.money.amount, m.money.currency,
            m.upper.amount if m.upper is not None else None, m.money.per, m.qualifier,
            m.inferred, m.uncertain, m.reason, tuple(m.alternatives), tuple(m.candidates),
            (p.label or str(p)) if p is not None else None,
            p.start if p is not None else None, p.end if p is not None else None,
            (p.calendar or None) if p is not None else None, None,
        ))
    return out


def _error_record(row: Any, message: str, match: int = 0) -> MentionRecord:
    """The record of a row (or a mention) that failed: ``error`` set, the rest ``None``."""
    return MentionRecord(row, match, None, None, None, None, None, None, None, None, None,
                         None, None, None, None, None, None, None, None, message)


# ------------------------------------------------------------------ extract / parse
def extract_records(
    texts: Iterable[str | None],
    *,
    ids: Iterable[Any] | None = None,
    locale: str | None = None,
    calendar: Calendar | str | None = None,
    published: Any = None,
    errors: str = "raise",
    **options: Any,
) -> Iterator[MentionRecord]:
    """One :class:`MentionRecord` per money mention of each text, row by row.

    ``ids`` (as many as ``texts``) name the rows; by default a row's id is
    its position. ``published`` is the day each text was published (see
    :func:`finnorm.extract`): one date or ``"YYYY-MM-DD"``/``"YYYY-MM"``/
    ``"YYYY"`` string for every row, or as many values as ``texts`` (a
    missing one, ``None``/NaT, is no date). ``locale``, ``calendar`` and any
    other keyword go to :func:`finnorm.extract` for every row; the locale,
    the calendar and a single ``published`` are checked once, before the
    first row (a bad one raises whatever ``errors`` says).
    ``errors="raise"`` stops at the first row that fails, with a note naming
    its id; ``errors="coerce"`` yields one record with ``error`` set for it
    and goes on.

    >>> [(r.id, r.period) for r in extract_records(["¥5bn in FY2024"], ids=["x"], calendar="JP")]
    [('x', 'FY2024')]
    >>> texts = ["275 milyar lira", "275 milyar lira"]
    >>> [r.currency for r in extract_records(texts, locale="tr_TR", published=["2004-06", "2019"])]
    ['TRL', 'TRY']
    """
    from .api import extract

    _check_errors(errors)
    cal = _settle(locale, calendar)
    coerce = errors == "coerce"
    for row, text, day in _dated(texts, ids, published):
        if text is None:
            continue
        try:
            found = extract(text, locale=locale, calendar=cal, published=day, **options)
        except Exception as exc:
            if not coerce:
                raise _noted(exc, row) from None
            yield _error_record(row, str(exc))
            continue
        yield from mention_records(row, found)


def parse_records(
    texts: Iterable[str | None],
    *,
    ids: Iterable[Any] | None = None,
    locale: str | None = None,
    published: Any = None,
    errors: str = "raise",
    **options: Any,
) -> Iterator[ParseRecord]:
    """One :class:`ParseRecord` per text: its one amount (:func:`finnorm.parse`).

    A ``None`` text gives a record of ``None``; a text with no amount, or
    several, is an error (``errors="coerce"``: a record with ``error`` set).
    ``published`` is as in :func:`extract_records`.

    >>> [tuple(r) for r in parse_records(["¥670.9 billion", None, "nothing"], errors="coerce")]
    [(0, Decimal('670900000000'), 'JPY', None, None), (1, None, None, None, None), (2, None, None, None, "no amount of money in 'nothing'")]
    """
    from .api import parse

    _check_errors(errors)
    _settle(locale, None)
    coerce = errors == "coerce"
    for row, text, day in _dated(texts, ids, published):
        if text is None:
            yield ParseRecord(row, None, None, None, None)
            continue
        try:
            money = parse(text, locale=locale, published=day, **options)
        except Exception as exc:
            if not coerce:
                raise _noted(exc, row) from None
            yield ParseRecord(row, None, None, None, str(exc))
            continue
        yield ParseRecord(row, money.amount, money.currency, money.per, None)


# ------------------------------------------------------------------ fixed-point columns
def _fits(value: Decimal, scale: int, digits: int) -> bool:
    """``value`` is exactly a decimal(``digits``, ``scale``) (no digit lost, none too many)."""
    if not value.is_finite():
        return False
    if value.is_zero():
        return True
    if value.adjusted() >= digits - scale:
        return False
    return value.quantize(Decimal(1).scaleb(-scale), context=_WIDE) == value


def _refuse(value: Decimal, what: str, type_name: str) -> DecimalRangeError:
    return DecimalRangeError(f"{what} {value} does not fit {type_name}; finnorm does not round it",
                             value=str(value))


def _checked(rec: MentionRecord) -> MentionRecord:
    """``rec`` when every amount fits decimal(38, 9), else raise :class:`DecimalRangeError`."""
    for what, value in (("amount", rec.amount), ("upper", rec.upper)):
        if value is not None and not _fits(value, 9, 38):
            raise _refuse(value, what, "decimal128(38, 9)")
    for alt in rec.alternatives or ():
        if not _fits(alt.amount, 9, 38):
            raise _refuse(alt.amount, "alternative", "decimal128(38, 9)")
    return rec


# ------------------------------------------------------------------ conversion
# Cross rates and products exactly as finnorm.convert computes them: 34
# significant digits, half-even (IEEE decimal128); the tests compare every
# row with the scalar call.
_CTX = Context(prec=34, rounding=ROUND_HALF_EVEN)
_WIDE = Context(prec=999)  # exact shifts of the decimal point
_ONE = Decimal(1)
_LOOKBACK = 7  # finnorm.convert.LOOKBACK_DAYS, checked by the tests
_EPOCH = _dt.date(1970, 1, 1).toordinal()


def _integral(value: Decimal) -> Decimal:
    """``1.5E+2`` as ``150``, as finnorm.convert writes an integral cross rate."""
    if value == value.to_integral_value() and value.adjusted() < _CTX.prec:
        exponent = value.as_tuple().exponent
        if isinstance(exponent, int) and exponent > 0:
            return value.quantize(_ONE, context=_CTX)
    return value


class _History:
    """A rate source's whole history as arrays: publication days and, per
    currency, its per-EUR rates (``None`` where it published none).

    Built only from the :class:`~finnorm.rates.RateSource` protocol
    (``coverage``, ``published``, ``per_eur``), once per source and currency.
    """

    def __init__(self, src: RateSource, ords: npt.NDArray[np.int64], bulk: bool = False) -> None:
        self.src = src
        self.ords = ords
        self._bulk = bulk
        self.days = [_dt.date.fromordinal(int(o)) for o in ords]
        self._cols: dict[str, tuple[npt.NDArray[np.bool_], list[Decimal | None]]] = {}
        self.last_ord = int(ords[-1]) if len(ords) else -1
        self._cross: dict[tuple[str, str], dict[int, Decimal]] = {}
        self._spans: dict[str, tuple[_dt.date, _dt.date] | None] = {}
        self._fast: dict[Any, Any] = {}  # the vectorised spot path's tables (finnorm._spot)

    def column(self, code: str) -> tuple[npt.NDArray[np.bool_], list[Decimal | None]]:
        """``code``'s rates aligned with the days, and where there is one."""
        import numpy as np

        col = self._cols.get(code)
        if col is None:
            quoted = code == "EUR" or code in self.src.coverage().currencies
            bulk = getattr(self.src, "rates", None)  # a source's own bulk accessor, if it has one
            values: list[Decimal | None]
            if not quoted:
                values = [None] * len(self.days)
            elif callable(bulk) and code != "EUR" and self._bulk:
                values = list(bulk(code)) or [None] * len(self.days)
            else:
                per_eur = self.src.per_eur
                values = [per_eur(code, d) for d in self.days]
            col = (np.fromiter((v is not None for v in values), bool, len(values)), values)
            self._cols[code] = col
            if code != "EUR" and quoted:  # the same rates as integers (finnorm._spot_tables)
                from ._spot_tables import scaled_from
                from .rates.ecb import EcbRates

                raw = getattr(self.src, "_column", None)  # the published strings
                texts = raw(code) if isinstance(self.src, EcbRates) and callable(raw) else None
                self._fast[("scaled", code)] = scaled_from(texts, *col)
        return col

    def span(self, currency: str) -> tuple[_dt.date, _dt.date] | None:
        """First and last day with a rate for ``currency`` (None if never quoted)."""
        if currency not in self._spans:
            found = None
            if self.days:
                if currency == "EUR":
                    found = (self.days[0], self.days[-1])
                else:
                    have = self.column(currency)[0].nonzero()[0]
                    if len(have):
                        found = (self.days[int(have[0])], self.days[int(have[-1])])
            self._spans[currency] = found
        return self._spans[currency]

    def cross(self, a: str, b: str, js: list[int]) -> list[Decimal]:
        """Units of ``b`` per unit of ``a`` on each publication ``j`` (both rates exist there)."""
        memo = self._cross.setdefault((a, b), {})
        ca = self.column(a)[1]
        cb = self.column(b)[1]
        get = memo.get
        div = _CTX.divide
        out = []
        for j in js:
            rate = get(j)
            if rate is None:
                rate = memo[j] = _integral(div(cb[j], ca[j]))  # type: ignore[arg-type]
            out.append(rate)
        return out


class _Spans:
    """The same rate source, its ``span()`` answered from the arrays.

    :func:`finnorm.convert` asks ``span`` to word an error ("USD rates start
    1999-01-04"); the source computes it from its whole column, the arrays
    have it at once. Everything else is the source's own answer.
    """

    __slots__ = ("_hist", "_src")

    immutable = True

    def __init__(self, src: RateSource, hist: _History) -> None:
        self._src = src
        self._hist = hist

    @property
    def name(self) -> str:
        return self._src.name

    def per_eur(self, currency: str, day: _dt.date) -> Decimal | None:
        return self._src.per_eur(currency, day)

    def latest(self, day: _dt.date, earliest: _dt.date) -> _dt.date | None:
        return self._src.latest(day, earliest)

    def published(self, start: _dt.date, end: _dt.date) -> Sequence[_dt.date]:
        return self._src.published(start, end)

    def coverage(self) -> Any:
        return self._src.coverage()

    def span(self, currency: str) -> tuple[_dt.date, _dt.date] | None:
        return self._hist.span(currency)

    def __getattr__(self, name: str) -> Any:  # anything else the source offers, as it is
        if name.startswith("__") or name in ("_src", "_hist"):
            raise AttributeError(name)
        return getattr(self._src, name)

    def __repr__(self) -> str:
        return repr(self._src)


_HISTORIES: dict[int, tuple[Any, _History]] = {}


def _history(src: RateSource) -> _History | None:
    """The whole history of ``src`` as arrays, when it can be had offline and never changes.

    The one place that reads a rate source in bulk (today through the
    protocol; a bulk accessor of the source would replace only this).
    """
    import numpy as np

    hit = _HISTORIES.get(id(src))
    if hit is not None and hit[0] is src:
        return hit[1]
    if not getattr(src, "immutable", False):
        return None
    try:
        cov = src.coverage()
    except FinnormError:
        return None
    if cov.first is None or cov.last is None:
        return None
    bulk_days = getattr(src, "days", None)
    if callable(bulk_days) and callable(getattr(src, "rates", None)):
        ords = np.asarray(bulk_days(), dtype=np.int64)  # the source's bulk accessor
        hist = _History(src, ords, bulk=True)
    else:
        days = src.published(cov.first, cov.last)
        ords = np.fromiter((d.toordinal() for d in days), np.int64, len(days))
        hist = _History(src, ords)
    if len(_HISTORIES) >= 8:
        _HISTORIES.clear()
    _HISTORIES[id(src)] = (src, hist)
    return hist


def _one_source(source: Any, rates: Any) -> RateSource | None:
    """The single rate source ``convert(source=..., rates=...)`` would ask, if it is one."""
    import os
    from collections.abc import Mapping

    from .rates import RateSource, get_source

    if rates is not None:
        if source is not None:
            return None
        if isinstance(rates, RateSource):
            return rates
        from .rates.user import UserRates

        if isinstance(rates, Mapping):
            return UserRates.from_mapping(rates)
        if isinstance(rates, (str, os.PathLike)):
            return UserRates.from_csv(rates)
        return None
    if source is None:
        return get_source("ecb")
    if isinstance(source, str):
        return get_source(source)
    if isinstance(source, RateSource):
        return source
    return None


class _Quotes(NamedTuple):
    """Internal: the rate of every distinct row key, and each row's key.

    ``key[i]`` is the index into the per-key lists for row ``i``, or -1 for a
    row with a null input. ``error[k]`` is the exception for key ``k``.
    """

    key: Any  # ndarray of int64
    rate: list[Decimal | None]
    day: list[_dt.date | None]
    days: list[int | None]
    source: list[str | None]
    error: list[BaseException | None]
    identity: list[bool]
    to: str


def _is_null(value: Any) -> bool:
    """None, a float NaN, NaT, pandas' NA: a missing value (a Decimal NaN is not: it is refused)."""
    if value is None:
        return True
    if isinstance(value, float):
        return value != value
    if isinstance(value, (Decimal, str, int)):
        return False
    if isinstance(value, _dt.date):
        return value != value  # noqa: PLR0124 - pandas' NaT is a datetime that is not itself
    try:
        return bool(value != value)
    except (TypeError, ValueError):
        return True


_BAD_DAY = -(1 << 62)  # marks a day that could not be read (its error is kept apart)


def _day_ordinals(
    values: Any, n: int, what: str
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.bool_], dict[int, BaseException]]:
    """Day ordinals for ``n`` rows from a scalar or a column of days.

    Returns the ordinals, a null mask and the errors of values that are not
    days (by row). Accepts dates, ISO strings, ``numpy.datetime64`` arrays and
    anything iterable of those; ``None``/NaN/NaT are nulls.
    """
    import numpy as np

    from .convert import _as_date  # the scalar API's reading of a day, its errors too

    bad: dict[int, BaseException] = {}
    if values is None or isinstance(values, (_dt.date, str)):
        o = _as_date(values, what).toordinal() if values is not None else _dt.date.today().toordinal()
        return np.full(n, o, np.int64), np.zeros(n, bool), bad
    if isinstance(values, np.ndarray) and values.dtype.kind == "M":
        d = values.astype("datetime64[D]")
        null = np.isnat(d)
        ords = np.where(null, 0, d.astype(np.int64) + _EPOCH)
        return ords.astype(np.int64), null, bad
    ords = np.zeros(n, np.int64)
    null = np.zeros(n, bool)
    k = -1
    for k, v in enumerate(values):
        if k >= n:
            break
        if _is_null(v):
            null[k] = True
            continue
        try:
            ords[k] = _as_date(v, what).toordinal()
        except (TypeError, ValueError) as exc:
            ords[k] = _BAD_DAY
            bad[k] = exc
    if k + 1 != n:
        raise InvalidArgumentError(f"{what}: {k + 1} values for {n} rows")
    return ords, null, bad


def _distinct(
    codes: npt.NDArray[np.int64], days: npt.NDArray[np.int64], n_codes: int
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Distinct (code, day[, day]) rows: their codes, each input row's key, their days."""
    import numpy as np

    width = days.shape[1]
    if len(codes) == 0:
        return codes, np.zeros(0, np.int64), days
    if n_codes < (1 << (63 - 22 * width)) and days.min() >= 0 and days.max() < (1 << 22):
        packed = codes << (22 * width)  # ordinals of years 1..9999 fit in 22 bits
        for w in range(width):
            packed = packed | (days[:, w] << (22 * (width - 1 - w)))
        uniq, inverse = np.unique(packed, return_inverse=True)
        mask = (1 << 22) - 1
        out_days = np.stack([(uniq >> (22 * (width - 1 - w))) & mask for w in range(width)], axis=1)
        return uniq >> (22 * width), inverse.reshape(-1), out_days
    rows, inverse = np.unique(np.concatenate([codes[:, None], days], axis=1), axis=0,
                              return_inverse=True)
    return rows[:, 0], inverse.reshape(-1), rows[:, 1:]


def _bounds_check(method: str, on: Any, period_start: Any, period_end: Any) -> bool:
    """Check the arguments as :func:`finnorm.convert` does (by asking it, on a
    conversion that needs no rate); True when the rows are keyed by period."""
    from .convert import convert

    has_period = period_start is not None or period_end is not None
    if has_period and (period_start is None or period_end is None):
        raise InvalidArgumentError("give both period_start and period_end, or neither")
    probe = _dt.date(2000, 1, 3)
    kw: dict[str, Any] = {"method": method}
    if on is not None:
        kw["on"] = probe
    if has_period:
        kw["period"] = (probe, probe)
    convert(Money(_ONE, "EUR"), "EUR", **kw)  # the same currency: only the arguments are read
    return has_period


def _bare(exc: BaseException) -> BaseException:
    """``exc`` without the frames it was raised in: thousands of kept errors would
    otherwise hold thousands of frames alive (memory, and the cyclic GC walking them)."""
    exc.__traceback__ = None
    if exc.__suppress_context__:
        exc.__context__ = None
    return exc


def _plan(
    codes: Sequence[Any],
    code_index: Any,
    n: int,
    *,
    to: str,
    on: Any = None,
    period_start: Any = None,
    period_end: Any = None,
    method: str = "spot",
    source: Any = None,
    rates: Any = None,
) -> _Quotes:
    """Internal: look up the rate of each distinct (currency, day) once.

    ``codes`` are the distinct currency values and ``code_index`` (int array,
    -1 for null) each row's; days come from ``on`` or the period columns.
    Everything the arrays cannot settle exactly (a currency or day without a
    rate, several sources, averages) is asked of :func:`finnorm.convert`
    itself, once per distinct key, so every answer and every error is the
    scalar API's.
    """
    import numpy as np

    from .convert import _known_miss, convert
    from .rates.successions import succession

    by_period = _bounds_check(method, on, period_start, period_end)
    target = Money(Decimal(0), to).currency  # a bad target fails the call, not a row
    code_index = np.asarray(code_index, dtype=np.int64)
    null = code_index < 0
    norm: list[str | None] = []
    code_err: list[BaseException | None] = []
    for c in codes:
        try:
            norm.append(Money(Decimal(0), c).currency)
            code_err.append(None)
        except (FinnormError, TypeError, ValueError) as exc:
            norm.append(None)
            code_err.append(exc)

    bad: dict[int, BaseException] = {}
    if by_period:
        s_ord, s_null, s_bad = _day_ordinals(period_start, n, "period start")
        e_ord, e_null, e_bad = _day_ordinals(period_end, n, "period end")
        bad.update(s_bad)
        bad.update(e_bad)
        null = null | s_null | e_null
        day_key = np.stack([s_ord, e_ord], axis=1)
    else:
        a_ord, a_null, a_bad = _day_ordinals(on, n, "on")
        bad.update(a_bad)
        null = null | a_null
        day_key = a_ord[:, None]

    # distinct (currency, day...) keys of the rows that have all their inputs
    bad_rows = np.zeros(n, bool)
    for row in bad:
        bad_rows[row] = True
    live = np.flatnonzero(~null & ~bad_rows)
    key = np.full(n, -1, np.int64)
    uniq = _distinct(code_index[live], day_key[live], len(codes))
    key[live] = uniq[1]
    k_code, k_days = uniq[0], uniq[2]
    k_total = len(k_code)
    rate: list[Decimal | None] = [None] * k_total
    day: list[_dt.date | None] = [None] * k_total
    days: list[int | None] = [None] * k_total
    src_name: list[str | None] = [None] * k_total
    error: list[BaseException | None] = [None] * k_total
    identity = [False] * k_total
    for row, day_err in bad.items():  # a day that cannot be read: the row's own key
        if null[row]:
            continue
        key[row] = len(rate)
        for col in (rate, day, days, src_name):
            col.append(None)
        ci = int(code_index[row])
        error.append(code_err[ci] if norm[ci] is None else day_err)  # Money(...) fails first
        identity.append(False)

    kw: dict[str, Any] = {"method": method}
    if source is not None:
        kw["source"] = source
    if rates is not None:
        kw["rates"] = rates

    def scalar(k: int) -> None:
        """Ask finnorm.convert for key ``k`` (its answer or its error is the row's)."""
        ci = int(k_code[k])
        ds = [int(x) for x in k_days[k]]
        frm = norm[ci]
        if frm is None:
            error[k] = code_err[ci]
            return
        args = dict(kw)
        try:
            if len(ds) == 2:
                args["period"] = (_dt.date.fromordinal(ds[0]), _dt.date.fromordinal(ds[1]))
            else:
                args["on"] = _dt.date.fromordinal(ds[0])
            conv = convert(Money(_ONE, frm), target, **args)
        except Exception as exc:
            error[k] = _bare(exc)
            return
        rate[k], day[k], days[k], src_name[k] = conv.rate, conv.on, conv.days, conv.source
        identity[k] = conv.source == "identity"

    if k_days.shape[1] == 2 or k_total == 0:  # averages, closings by period: few keys
        for k in range(k_total):
            scalar(k)
        return _Quotes(key, rate, day, days, src_name, error, identity, target)

    hist = None
    one = _one_source(source, rates)
    if one is not None:
        hist = _history(one)
        if rates is not None:
            kw["rates"] = one  # the same rates, read once
        elif source is not None and hist is not None and callable(getattr(one, "span", None)):
            kw["source"] = _Spans(one, hist)  # the same source, its errors worded faster
        # (the default source is left to convert's own fast path, which words a
        # "no rate" that holds for every day without a look-up)
    k_day = k_days[:, 0]
    plain = source is None and rates is None and method == "spot"  # convert's own fast path
    for ci in np.unique(k_code):
        ks = np.flatnonzero(k_code == ci)
        frm = norm[int(ci)]
        if frm is None:
            for k in ks.tolist():
                error[k] = code_err[int(ci)]
            continue
        if frm == target:
            for k in ks.tolist():
                rate[k], day[k], days[k] = _ONE, _dt.date.fromordinal(int(k_day[k])), 0
                src_name[k], identity[k] = "identity", True
            continue
        if hist is None:
            for k in ks.tolist():
                scalar(k)
            continue
        # The arrays answer only the plain case: the last publication on or before
        # the day asked, within the look-back, inside the history, quotes both
        # currencies. Everything else is asked of finnorm.convert (below).
        asked = k_day[ks]
        i = np.searchsorted(hist.ords, asked, side="right") - 1
        j = np.maximum(i, 0)
        ok = (i >= 0) & (asked <= hist.last_ord) & (hist.ords[j] >= asked - _LOOKBACK)
        ok &= hist.column(frm)[0][j] & hist.column(target)[0][j]
        for cur in (frm, target):  # on or after the day a currency ceased: the scalar API decides
            ceased = succession(cur)
            if ceased is not None:
                ok &= asked < ceased.since.toordinal()
        name = hist.src.name
        good_k = ks[ok].tolist()
        good_j = j[ok].tolist()
        hdays = hist.days
        for k, jj, r in zip(good_k, good_j, hist.cross(frm, target, good_j)):
            rate[k] = r
            day[k] = hdays[jj]
            days[k] = 1
            src_name[k] = name
        for k in ks[~ok].tolist():  # no rate: the scalar API words the error
            known = _known_miss(frm, target, _dt.date.fromordinal(int(k_day[k]))) \
                if plain else None
            if known is None:
                scalar(k)
            else:
                error[k] = known
    return _Quotes(key, rate, day, days, src_name, error, identity, target)


def _first_error(quotes: _Quotes, row_errors: dict[int, BaseException] | None = None) -> tuple[int, BaseException] | None:
    """The first row (in order) that failed, and its error."""
    import numpy as np

    failed = np.fromiter((e is not None for e in quotes.error), bool, len(quotes.error))
    rows = np.flatnonzero((quotes.key >= 0) & failed[np.maximum(quotes.key, 0)]) if len(failed) \
        else np.zeros(0, np.int64)
    best: tuple[int, BaseException] | None = None
    if len(rows):
        r = int(rows[0])
        err = quotes.error[int(quotes.key[r])]
        assert err is not None
        best = (r, err)
    for r, err in (row_errors or {}).items():
        if best is None or r <= best[0]:  # the amount is checked before the rate
            best = (r, err)
    return best


def _exact_amount(value: Any) -> Decimal:
    """A row's amount as :class:`~finnorm.model.Money` would take it (floats refused)."""
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise InvalidArgumentError(f"Money amount must be finite, got {value}")
        return value
    return Money(value, "XXX").amount


def _decimal_products(
    values: Sequence[Any], quotes: _Quotes, ok: Any, live: Any
) -> tuple[Any, dict[int, BaseException]]:
    """Internal: each row's converted amount as a Decimal (object array, None where not ``ok``).

    The amount is read as ``Money`` reads it (floats refused; a row whose
    amount fails gets that error, as the scalar call would); ``ok`` is
    cleared for such rows. The same currency gives the amount itself.
    """
    import numpy as np

    n = len(values)
    row_err: dict[int, BaseException] = {}
    amounts = np.empty(n, dtype=object)
    for r in np.flatnonzero(live).tolist():
        try:
            amounts[r] = _exact_amount(values[r])
        except Exception as exc:  # Money(amount, currency) checks the amount first
            row_err[r] = exc
            ok[r] = False
    key = quotes.key
    k_ident = np.fromiter(quotes.identity, bool, len(quotes.identity))
    ident = ok & k_ident[np.maximum(key, 0)] if len(k_ident) else np.zeros(n, bool)
    conv = ok & ~ident
    per_key = np.empty(len(quotes.rate), dtype=object)
    per_key[:] = quotes.rate
    products = np.empty(n, dtype=object)
    rows = np.flatnonzero(conv)
    if len(rows):
        products[rows] = np.frompyfunc(_CTX.multiply, 2, 1)(amounts[rows], per_key[key[rows]])
    products[ident] = amounts[ident]
    return products, row_err


def convert_records(
    amounts: Iterable[Any],
    currencies: Iterable[Any],
    *,
    to: str,
    on: Any = None,
    period_start: Any = None,
    period_end: Any = None,
    method: str = "spot",
    source: Any = None,
    rates: Any = None,
    errors: str = "raise",
) -> list[ConversionRecord]:
    """Convert a column of amounts: one :class:`ConversionRecord` per row.

    Row ``i`` is ``finnorm.convert(Money(amounts[i], currencies[i]), to,
    on=on[i], method=method, ...)``, exactly (the same Decimal rate and
    amount, the same error), but each distinct (currency, day) is looked up
    only once, over the rate history held as arrays. ``on``,
    ``period_start`` and ``period_end`` are one day for all rows or a column
    of days (dates, ISO strings, ``numpy.datetime64``); ``None`` in any input
    column makes the row's record all ``None``. Needs numpy.

    >>> from decimal import Decimal
    >>> recs = convert_records([Decimal("670.9e9"), None, 5], ["JPY", "USD", "EUR"], to="AUD",
    ...                        on="2025-05-13")
    >>> recs[0].amount, recs[0].rate_day, recs[0].source
    (Decimal('7067661077.698803231881416681854081'), datetime.date(2025, 5, 13), 'ecb')
    >>> recs[1].amount is None, recs[2].currency
    (True, 'AUD')
    """
    import numpy as np

    _check_errors(errors)
    amount_list = list(amounts)
    cur_list = list(currencies)
    n = len(amount_list)
    if len(cur_list) != n:
        raise InvalidArgumentError(f"{n} amounts but {len(cur_list)} currencies")
    index: dict[Any, int] = {}
    codes: list[Any] = []
    code_index = np.full(n, -1, np.int64)
    for r, c in enumerate(cur_list):
        if _is_null(c):
            continue
        k = index.get(c)
        if k is None:
            k = index[c] = len(codes)
            codes.append(c)
        code_index[r] = k
    for r, a in enumerate(amount_list):
        if _is_null(a):
            code_index[r] = -1
    quotes = _plan(codes, code_index, n, to=to, on=on, period_start=period_start,
                   period_end=period_end, method=method, source=source, rates=rates)
    key = quotes.key
    k_ok = np.fromiter((e is None for e in quotes.error), bool, len(quotes.error))
    live = key >= 0
    ok = live & k_ok[np.maximum(key, 0)] if len(k_ok) else np.zeros(n, bool)
    products, row_err = _decimal_products(amount_list, quotes, ok, live)
    if errors == "raise":
        first = _first_error(quotes, row_err)
        if first is not None:
            raise _noted(first[1], first[0]) from None
    out: list[ConversionRecord] = []
    none = ConversionRecord(None, None, None, None, None, None, None)
    for r, (k, good) in enumerate(zip(key.tolist(), ok.tolist())):
        if k < 0:
            out.append(none)
        elif good:
            out.append(ConversionRecord(products[r], quotes.to, quotes.rate[k], quotes.day[k],
                                        quotes.days[k], quotes.source[k], None))
        else:
            err = row_err.get(r) or quotes.error[k]
            out.append(ConversionRecord(None, None, None, None, None, None, str(err)))
    return out
