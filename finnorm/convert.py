"""Currency conversion at a stated rate: spot, average or closing, through EUR.

Every :class:`~finnorm.model.Conversion` carries the rate (units of the target
currency per unit of the original, a :class:`~decimal.Decimal`), the method,
the source and the publication day(s) it rests on, so a reader can reproduce
it. Rates are never interpolated or extrapolated.

>>> from decimal import Decimal
>>> from finnorm.model import Money
>>> c = convert(Money(Decimal("670.9e9"), "JPY"), "AUD", on="2025-05-13")
>>> c.rate
Decimal('0.01053459692606767511086811250835308')
>>> c.money.currency, round(c.money.amount / 10**9, 2), c.source, c.on
('AUD', Decimal('7.07'), 'ecb', datetime.date(2025, 5, 13))

A weekend takes the last publication before it, and says so:

>>> c = convert(Money(100, "USD"), "EUR", on="2025-05-11")
>>> c.asked, c.on
(datetime.date(2025, 5, 11), datetime.date(2025, 5, 9))

Average (IAS 21, income statement) and closing (balance sheet):

>>> avg = convert(Money("670.9e9", "JPY"), "AUD", method="average",
...               period=("2024-04-01", "2025-03-31"))
>>> round(avg.money.amount / 10**9, 2), avg.days, avg.start, avg.end
(Decimal('6.75'), 256, datetime.date(2024, 4, 1), datetime.date(2025, 3, 31))
>>> close = convert(Money("670.9e9", "JPY"), "AUD", method="closing",
...                 period=("2024-04-01", "2025-03-31"))
>>> round(close.money.amount / 10**9, 2), close.on
(Decimal('7.19'), datetime.date(2025, 3, 31))

No silent stale rates:

>>> convert(Money(1, "USD"), "TWD", on="2025-05-13")
Traceback (most recent call last):
...
finnorm.errors.RateUnavailableError: no USD→TWD rate for 2025-05-13 (spot): ecb: publishes no TWD rate
"""
from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import os
import sys
import types as _types
from collections.abc import Mapping, Sequence
from decimal import ROUND_HALF_EVEN, Context, Decimal
from typing import Any, Union

from .errors import RateSourceError, RateUnavailableError
from .model import Conversion, Money
from .rates import RateSource, get_source

__all__ = ["LOOKBACK_DAYS", "METHODS", "convert", "cross_rate"]

#: the methods :func:`convert` accepts
METHODS = ("spot", "average", "closing")
#: how far back a day without publication may reach for the last rate
LOOKBACK_DAYS = 7

# Cross rates and products carry 34 significant digits (IEEE decimal128):
# far more than the 1e-9 relative agreement promised.
_CTX = Context(prec=34, rounding=ROUND_HALF_EVEN)
_WEEK = _dt.timedelta(days=LOOKBACK_DAYS)
_ONE = Decimal(1)

DateLike = Union[_dt.date, str]
SourceLike = Union[str, RateSource]


def _as_date(value: Any, what: str) -> _dt.date:
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"{what}: not an ISO date (YYYY-MM-DD): {value!r}") from None
    raise TypeError(f"{what}: expected a date or an ISO date string, not {type(value).__name__}")


def _bounds(period: Any) -> tuple[_dt.date, _dt.date]:
    if period is None:
        from .errors import PeriodError

        raise PeriodError("average and closing rates need a period (a fiscal period or (start, end))")
    if hasattr(period, "start") and hasattr(period, "end"):
        start, end = period.start, period.end
    elif isinstance(period, (tuple, list)) and len(period) == 2:
        start, end = period
    else:
        raise TypeError("period must be a FiscalPeriod, an object with .start/.end, or (start, end)")
    s, e = _as_date(start, "period start"), _as_date(end, "period end")
    if e < s:
        raise ValueError(f"period ends ({e}) before it starts ({s})")
    return s, e


def _sources(source: Any, rates: Any) -> list[RateSource]:
    out: list[RateSource] = []
    if rates is not None:
        if isinstance(rates, RateSource):
            out.append(rates)
        else:
            from .rates.user import UserRates

            if isinstance(rates, Mapping):
                out.append(UserRates.from_mapping(rates))
            elif isinstance(rates, (str, os.PathLike)):
                out.append(UserRates.from_csv(rates))
            else:
                raise TypeError("rates must be a RateSource, a mapping or a CSV path")
    if source is None:
        if not out:
            out.append(_ecb_default())
        return out
    items = source if isinstance(source, (list, tuple)) else [source]
    for item in items:
        if isinstance(item, str):
            out.append(get_source(item))
        elif isinstance(item, RateSource):
            out.append(item)
        else:
            raise TypeError(f"source must be a name or a RateSource, not {type(item).__name__}")
    return out


def _known(src: RateSource, currency: str) -> bool:
    """False only when the source is sure it never quotes ``currency``."""
    if currency == "EUR":
        return True
    try:
        cov = src.coverage()
    except RateSourceError:
        return True
    return not cov.currencies or currency in cov.currencies


class _Miss(LookupError):
    """Internal: this source cannot answer; ``currency`` is the one lacking."""

    def __init__(self, message: str, currency: str) -> None:
        super().__init__(message)
        self.currency = currency


def _integral(value: Decimal) -> Decimal:
    """``1.5E+2`` as ``150`` (same value; exponents above zero only look odd)."""
    if value.as_tuple().exponent > 0 and value.adjusted() < _CTX.prec:  # type: ignore[operator]
        return value.quantize(_ONE, context=_CTX)
    return value


def _pair(src: RateSource, a: str, b: str, day: _dt.date) -> Decimal | None:
    ra = src.per_eur(a, day)
    if ra is None:
        return None
    rb = src.per_eur(b, day)
    if rb is None:
        return None
    return _integral(_CTX.divide(rb, ra))


def _missing(src: RateSource, a: str, b: str, day: _dt.date) -> str:
    for cur in (a, b):
        if cur != "EUR" and src.per_eur(cur, day) is None:
            return cur
    return a


def _explain(src: RateSource, a: str, b: str, asked: _dt.date) -> _Miss:
    for cur in (a, b):
        if not _known(src, cur):
            return _Miss(f"publishes no {cur} rate", cur)
    span = getattr(src, "span", None)
    if callable(span):
        for cur in (a, b):
            s = span(cur)
            if s is not None and asked < s[0]:
                return _Miss(f"{cur} rates start {s[0].isoformat()}", cur)
            if s is not None and asked - _WEEK > s[1]:
                return _Miss(f"{cur} rates end {s[1].isoformat()}", cur)
    cur = a if a != "EUR" else b
    try:
        cov = src.coverage()
        if cov.first is not None and asked < cov.first:
            return _Miss(f"history starts {cov.first.isoformat()}", cur)
        if cov.last is not None and asked - _WEEK > cov.last:
            return _Miss(f"history ends {cov.last.isoformat()}", cur)
    except RateSourceError:
        pass
    return _Miss(f"no {a}/{b} publication in the {LOOKBACK_DAYS} days up to {asked.isoformat()}", cur)


def _last_pair(
    src: RateSource, a: str, b: str, asked: _dt.date
) -> tuple[_dt.date, Decimal]:
    """The latest day within the look-back window with both rates, and the cross rate."""
    if not (_known(src, a) and _known(src, b)):
        raise _explain(src, a, b, asked)
    earliest = asked - _WEEK
    day = src.latest(asked, earliest)
    lacking: str | None = None
    while day is not None:
        rate = _pair(src, a, b, day)
        if rate is not None:
            return day, rate
        lacking = lacking or _missing(src, a, b, day)
        day = src.latest(day - _dt.timedelta(days=1), earliest)
    miss = _explain(src, a, b, asked)
    if lacking is not None and miss.args[0].startswith("no "):
        raise _Miss(f"no {lacking} rate published in the {LOOKBACK_DAYS} days up to "
                    f"{asked.isoformat()}", lacking)
    raise miss


def _average(
    src: RateSource, a: str, b: str, start: _dt.date, end: _dt.date
) -> tuple[Decimal, tuple[_dt.date, ...]]:
    if not (_known(src, a) and _known(src, b)):
        raise _explain(src, a, b, start)
    days = src.published(start, end)
    if not days:
        miss = _explain(src, a, b, end)
        raise _Miss(f"no publication between {start.isoformat()} and {end.isoformat()} ({miss})",
                    miss.currency)
    if days[0] - start > _WEEK:
        miss = _explain(src, a, b, start)
        raise _Miss(f"{miss}; the period starts {start.isoformat()}", miss.currency)
    if end - days[-1] > _WEEK:
        miss = _explain(src, a, b, end)
        raise _Miss(f"{miss}; the period ends {end.isoformat()}", miss.currency)
    total = Decimal(0)
    for day in days:
        rate = _pair(src, a, b, day)
        if rate is None:
            cur = _missing(src, a, b, day)
            raise _Miss(f"no {cur} rate on {day.isoformat()}, a publication day in the period", cur)
        total = _CTX.add(total, rate)
    return _integral(_CTX.divide(total, Decimal(len(days)))), tuple(days)


def cross_rate(
    src: RateSource, frm: str, to: str, day: _dt.date
) -> Decimal | None:
    """Units of ``to`` per unit of ``frm`` published on exactly ``day`` (via EUR).

    >>> import datetime as dt
    >>> cross_rate(get_source("ecb"), "USD", "JPY", dt.date(2025, 5, 13))
    Decimal('148.1371490280777537796976241900648')
    """
    if frm == to:
        return _ONE
    return _pair(src, frm, to, day)


# ------------------------------------------------------------------ hot path
_CODES: set[str] = set()  # target codes already validated
_MEMO: dict[tuple[object, str, str, _dt.date], tuple[_dt.date, Decimal]] = {}
_MEMO_MAX = 250_000
_new = object.__new__
_set = object.__setattr__
_MONEY_FIELDS = tuple(f.name for f in _dc.fields(Money))
_CONVERSION_FIELDS = tuple(f.name for f in _dc.fields(Conversion))
# Results are built without re-validating what is valid by construction, as
# long as the value types have the layout this module knows; otherwise the
# ordinary constructors are used.
_FAST_MONEY = _MONEY_FIELDS == ("amount", "currency", "per") and all(
    isinstance(Money.__dict__.get(n), _types.MemberDescriptorType) for n in _MONEY_FIELDS
)
_FAST_CONVERSION = _CONVERSION_FIELDS == (
    "money", "original", "rate", "method", "source", "on", "start", "end", "days", "asked", "used"
) and "__slots__" not in Conversion.__dict__
if _FAST_MONEY:
    _set_amount = Money.__dict__["amount"].__set__
    _set_currency = Money.__dict__["currency"].__set__
    _set_per = Money.__dict__["per"].__set__
_ECB: list[Any] = []  # finnorm.rates.ecb, once imported


def _ecb_default() -> RateSource:
    if not _ECB:
        from .rates import ecb

        _ECB.append(ecb)
    src: RateSource = _ECB[0].default_source()
    return src


def _result(
    money: Money,
    to: str,
    rate: Decimal,
    method: str,
    source: str,
    day: _dt.date | None,
    asked: _dt.date | None,
    start: _dt.date | None = None,
    end: _dt.date | None = None,
    used: tuple[_dt.date, ...] | None = None,
) -> Conversion:
    amount = _CTX.multiply(money.amount, rate)
    if used is None:
        used = (day,) if day is not None else ()
    if _FAST_MONEY:
        out = _new(Money)
        _set_amount(out, amount)
        _set_currency(out, to)
        _set_per(out, money.per)
    else:  # pragma: no cover - Money changed layout
        out = Money(amount, to, money.per)
    if not _FAST_CONVERSION:  # pragma: no cover
        return Conversion(out, money, rate, method, source, day, start, end, len(used), asked, used)
    conv = _new(Conversion)
    _set(conv, "__dict__", {
        "money": out, "original": money, "rate": rate, "method": method, "source": source,
        "on": day, "start": start, "end": end, "days": len(used), "asked": asked, "used": used,
    })
    return conv


def convert(
    money: Money,
    to: str,
    *,
    on: DateLike | None = None,
    method: str = "spot",
    period: Any = None,
    source: SourceLike | Sequence[SourceLike] | None = None,
    rates: Any = None,
) -> Conversion:
    """Convert ``money`` into currency ``to`` at a stated, reproducible rate.

    - ``method="spot"``: the rate published on ``on`` (default today); for a
      day with no publication, the last one before it within
      :data:`LOOKBACK_DAYS` days (``Conversion.on`` names it).
    - ``method="average"``: the arithmetic mean of the daily cross rates over
      the publication days in ``period`` (a fiscal period, anything with
      ``.start``/``.end``, or a ``(start, end)`` pair, both ends included).
    - ``method="closing"``: the last publication on or before the end of
      ``period`` (or ``on``), within :data:`LOOKBACK_DAYS` days.

    ``source`` names a source (``"ecb"``, the default, or ``"forex-python"``),
    or is a :class:`~finnorm.rates.RateSource`, or a list of them tried in
    order. ``rates`` gives your own rates (a mapping ``{date: {currency:
    per_eur}}``, a CSV path, or a source); they are tried first, and alone
    unless ``source`` is also given. Both legs of a cross rate always come from
    one source and one day.

    Raises :class:`~finnorm.errors.RateUnavailableError` (naming the
    currency, the date and every source tried) when no source can answer.
    """
    # Fast path: a spot rate from the default source already worked out
    # (published rates never change, so the memo is exact, not a guess).
    if (
        method == "spot" and source is None and rates is None and period is None
        and type(money) is Money and to in _CODES and type(on) is _dt.date and _ECB
    ):
        src = _ECB[0]._DEFAULT  # the shared ECB source, if loaded
        hit = _MEMO.get((src, money.currency, to, on))
        if hit is not None:
            return _result(money, to, hit[1], "spot", "ecb", hit[0], on)

    if not isinstance(money, Money):
        raise TypeError(f"convert() needs Money, not {type(money).__name__}")
    if method not in METHODS:
        raise ValueError(f"unknown method {method!r} (use one of: {', '.join(METHODS)})")
    target = Money(Decimal(0), to).currency  # validates the code
    if target == to:
        _CODES.add(to)
    frm = money.currency

    if method == "spot" and period is not None:
        raise ValueError("a period goes with method='average' or 'closing', not 'spot'")
    if method == "average" and on is not None:
        raise ValueError("method='average' takes a period, not a day (on=)")
    start: _dt.date | None = None
    end: _dt.date | None = None
    if method == "average":
        start, end = _bounds(period)
        asked = end
    elif method == "closing":
        asked = _bounds(period)[1] if period is not None or on is None else _as_date(on, "on")
    else:
        asked = _as_date(on, "on") if on is not None else _dt.date.today()

    if frm == target:
        return Conversion(
            money=money, original=money, rate=_ONE, method=method, source="identity",
            on=None if method == "average" else asked, start=start, end=end, days=0,
            asked=None if method == "average" else asked,
        )

    reasons: list[str] = []
    tried: list[str] = []
    lacking = frm if frm != "EUR" else target
    for src in _sources(source, rates):
        tried.append(src.name)
        try:
            if method == "average":
                assert start is not None and end is not None
                rate, used = _average(src, frm, target, start, end)
                day: _dt.date | None = None
            else:
                # memoise for sources that never change and outlive this call
                memo = getattr(src, "immutable", False) and (
                    rates is None or isinstance(rates, RateSource))
                key = (src, frm, target, asked)
                hit = _MEMO.get(key) if memo else None
                if hit is None:
                    hit = _last_pair(src, frm, target, asked)
                    if memo:
                        if len(_MEMO) >= _MEMO_MAX:
                            _MEMO.clear()
                        _MEMO[key] = hit
                day, rate = hit
                used = (day,)
        except _Miss as exc:
            reasons.append(f"{src.name}: {exc}")
            lacking = exc.currency
            continue
        except (RateSourceError, RateUnavailableError) as exc:
            reasons.append(f"{src.name}: {exc}")
            continue
        if method == "average":
            return _result(money, target, rate, method, src.name, None, None, start, end, used)
        assert day is not None
        return _result(money, target, rate, method, src.name, day, asked)
    when = f"{start.isoformat()}..{end.isoformat()}" if start and end else asked.isoformat()
    raise RateUnavailableError(
        f"no {frm}→{target} rate for {when} ({method}): {'; '.join(reasons)}",
        currency=lacking,
        pair=(frm, target),
        date=when,
        sources=tuple(tried),
    )


class _CallableModule(_types.ModuleType):
    """``finnorm.convert`` is both this module and the function.

    Importing the submodule ``finnorm.convert`` (which ``Money.convert`` and
    ``from finnorm.convert import ...`` do) makes the package attribute
    ``finnorm.convert`` this module, hiding the lazily exported function of
    the same name; calling the module calls the function, so
    ``finnorm.convert(money, "AUD", ...)`` works either way.
    """

    def __call__(self, money: Money, to: str, **kwargs: Any) -> Conversion:
        return convert(money, to, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
