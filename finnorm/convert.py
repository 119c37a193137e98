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

No silent stale rates: a currency the source never quoted, a day outside
the history, a currency that had ceased (the rouble's quotes stopped on
2 March 2022; the kuna became the euro on 1 January 2023):

>>> convert(Money(1, "USD"), "TWD", on="2025-05-13")
Traceback (most recent call last):
...
finnorm.errors.RateUnavailableError: no USD→TWD rate for 2025-05-13 (spot): ecb: publishes no TWD rate
>>> convert(Money(1, "HRK"), "EUR", on="2023-01-02")
Traceback (most recent call last):
...
finnorm.errors.RateUnavailableError: no HRK→EUR rate for 2023-01-02 (spot): ecb: HRK was replaced by EUR on 2023-01-01 (7.53450 HRK = 1 EUR, fixed by law); ...

``finnorm.convert`` is a plain function: it pickles, and so does everything
it takes (the rate sources) and returns.
"""
from __future__ import annotations

import datetime as _dt
import os
import types as _types
from collections.abc import Mapping, Sequence
from decimal import ROUND_HALF_EVEN, Context, Decimal
from typing import Any, Union

from .errors import InvalidArgumentError, PeriodError, RateSourceError, RateUnavailableError
from .model import Conversion, Money
from .rates import RateSource, get_source

__all__ = ["CONTEXT", "LOOKBACK_DAYS", "METHODS", "convert", "cross_rate"]

#: the methods :func:`convert` accepts
METHODS = ("spot", "average", "average_direct", "closing")
#: how far back a day without any publication may reach for the last one
LOOKBACK_DAYS = 7
#: the arithmetic of every cross rate and product: 34 significant digits
#: (IEEE decimal128), half-even. ``convert(m, to, ...).money.amount ==
#: CONTEXT.multiply(m.amount, rate)`` for the rate of ``convert(Money(1, ...), to, ...)``.
CONTEXT = Context(prec=34, rounding=ROUND_HALF_EVEN)

_CTX = CONTEXT
_WEEK = _dt.timedelta(days=LOOKBACK_DAYS)
# the words of a "no rate" answer about the days a source holds, around the day asked
# (the batch layer's vectorised path words its errors with them too)
_COVERS = "the history covers {}: "
_BEFORE = " is before it"
_AFTER = " is after it"
_UNPUBLISHED = f"no publication in the {LOOKBACK_DAYS} days up to "
_ONE = Decimal(1)
_ZERO = Decimal(0)
_DATE = _dt.date

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
            raise InvalidArgumentError(f"{what}: not an ISO date (YYYY-MM-DD): {value!r}") from None
    raise InvalidArgumentError(f"{what}: expected a date or an ISO date string, not {type(value).__name__}")


def _bounds(period: Any) -> tuple[_dt.date, _dt.date]:
    if period is None:
        raise PeriodError("average and closing rates need a period (a fiscal period or (start, end))")
    if hasattr(period, "start") and hasattr(period, "end"):
        start, end = period.start, period.end
    elif isinstance(period, (tuple, list)) and len(period) == 2:
        start, end = period
    else:
        raise InvalidArgumentError("period must be a FiscalPeriod, an object with .start/.end, or (start, end)")
    s, e = _as_date(start, "period start"), _as_date(end, "period end")
    if e < s:
        raise InvalidArgumentError(f"period ends ({e}) before it starts ({s})")
    return s, e


_SOURCE_TYPES: set[type] = set()


def _is_source(obj: Any) -> bool:
    """``isinstance(obj, RateSource)``, remembered per type (a Protocol check is slow)."""
    kind = type(obj)
    if kind in _SOURCE_TYPES:
        return True
    if isinstance(obj, RateSource):
        _SOURCE_TYPES.add(kind)
        return True
    return False


def _sources(source: Any, rates: Any) -> list[RateSource]:
    out: list[RateSource] = []
    if rates is not None:
        if _is_source(rates):
            out.append(rates)
        else:
            from .rates.user import UserRates

            if isinstance(rates, Mapping):
                out.append(UserRates.from_mapping(rates))
            elif isinstance(rates, (str, os.PathLike)):
                out.append(UserRates.from_csv(rates))
            else:
                raise InvalidArgumentError("rates must be a RateSource, a mapping or a CSV path")
    if source is None:
        if not out:
            out.append(_ecb().default_source())
        return out
    items = source if isinstance(source, (list, tuple)) else [source]
    for item in items:
        if isinstance(item, str):
            out.append(get_source(item))
        elif _is_source(item):
            out.append(item)
        else:
            raise InvalidArgumentError(f"source must be a name or a RateSource, not {type(item).__name__}")
    return out


class _Miss(LookupError):
    """Internal: this source cannot answer; ``currency`` is the one lacking."""

    def __init__(self, message: str, currency: str) -> None:
        super().__init__(message)
        self.currency = currency


def _integral(value: Decimal) -> Decimal:
    """``1.5E+2`` as ``150`` (same value; exponents above zero only look odd)."""
    return _CTX.add(value, _ZERO)


def _coverage(src: RateSource) -> Any:
    try:
        return src.coverage()
    except RateSourceError:
        return None


def _known(src: RateSource, currency: str) -> bool:
    """False only when the source is sure it never quotes ``currency``."""
    if currency == "EUR":
        return True
    cov = _coverage(src)
    return cov is None or not cov.currencies or currency in cov.currencies


def _update_hint(src: RateSource) -> str:
    return "; run `finnorm rates update` for newer rates" if src.name == "ecb" else ""


def _check_window(src: RateSource, a: str, b: str, start: _dt.date, end: _dt.date) -> None:
    """Raise when [start, end] reaches outside what ``src`` holds, or past the
    day either currency ceased: the nearest rate is never a rate for it."""
    for cur in (a, b):
        if not _known(src, cur):
            raise _Miss(f"publishes no {cur} rate", cur)
    cov = _coverage(src)
    lead = a if a != "EUR" else b
    if cov is not None and cov.complete and cov.first is not None and cov.last is not None:
        held = _COVERS.format(f"{cov.first.isoformat()}..{cov.last.isoformat()}")
        if start < cov.first:
            raise _Miss(f"{held}{start.isoformat()}{_BEFORE}", lead)
        if end > cov.last:
            raise _Miss(f"{held}{end.isoformat()}{_AFTER}{_update_hint(src)}", lead)
    span = getattr(src, "span", None)
    for cur in (a, b):
        if cur == "EUR":
            continue
        quoted = span(cur) if callable(span) else None
        if quoted is not None and end <= quoted[1]:
            continue  # still quoted then: it had not ceased
        from .rates.successions import succession

        s = succession(cur)
        if s is not None and end >= s.since:
            raise _Miss(f"{s.describe()}{_quoted_until(src, cur)}", cur)


def _quoted_until(src: RateSource, cur: str) -> str:
    span = getattr(src, "span", None)
    s = span(cur) if callable(span) else None
    return f"; {src.name} quoted {cur} until {s[1].isoformat()}" if s else ""


def _lacks(src: RateSource, cur: str, day: _dt.date) -> _Miss:
    """Why publication ``day`` has no ``cur`` rate."""
    span = getattr(src, "span", None)
    s = span(cur) if callable(span) else None
    if s is not None and day < s[0]:
        return _Miss(f"{cur} rates start {s[0].isoformat()}", cur)
    if s is not None and day > s[1]:
        return _Miss(f"{cur} rates end {s[1].isoformat()}: the {day.isoformat()} publication "
                     f"has no {cur} rate", cur)
    gap = getattr(src, "gap", None)
    g = gap(cur, day) if callable(gap) else None
    if g is not None:
        return _Miss(f"no {cur} rate published from {g[0].isoformat()} to {g[1].isoformat()}", cur)
    return _Miss(f"the {day.isoformat()} publication has no {cur} rate", cur)


def _pair(src: RateSource, a: str, b: str, day: _dt.date) -> Decimal | None:
    ra = src.per_eur(a, day)
    if ra is None:
        return None
    rb = src.per_eur(b, day)
    if rb is None:
        return None
    return _integral(_CTX.divide(rb, ra))


def _spot(src: RateSource, a: str, b: str, asked: _dt.date) -> tuple[_dt.date, Decimal]:
    """The last publication on or before ``asked`` (looking back only over days
    without any publication, at most :data:`LOOKBACK_DAYS`) and its cross rate;
    that publication must quote both currencies."""
    _check_window(src, a, b, asked, asked)
    day = src.latest(asked, asked - _WEEK)
    if day is None:
        raise _Miss(f"{_UNPUBLISHED}{asked.isoformat()}", a if a != "EUR" else b)
    ra = src.per_eur(a, day)
    if ra is None:
        raise _lacks(src, a, day)
    rb = src.per_eur(b, day)
    if rb is None:
        raise _lacks(src, b, day)
    return day, _integral(_CTX.divide(rb, ra))


def _average(
    src: RateSource, a: str, b: str, start: _dt.date, end: _dt.date, direct: bool
) -> tuple[Decimal, tuple[_dt.date, ...]]:
    _check_window(src, a, b, start, end)
    days = src.published(start, end)
    if not days:
        raise _Miss(f"no publication between {start.isoformat()} and {end.isoformat()}",
                    a if a != "EUR" else b)
    if days[0] - start > _WEEK:
        raise _Miss(f"no publication from {start.isoformat()} to {days[0].isoformat()}; "
                    "the period starts before the rates do", a if a != "EUR" else b)
    if end - days[-1] > _WEEK:
        raise _Miss(f"no publication from {days[-1].isoformat()} to {end.isoformat()}; "
                    "the period ends after the rates do", a if a != "EUR" else b)
    sum_a = sum_b = total = _ZERO
    for day in days:
        ra = src.per_eur(a, day)
        if ra is None:
            raise _lacks(src, a, day)
        rb = src.per_eur(b, day)
        if rb is None:
            raise _lacks(src, b, day)
        if direct:
            total = _CTX.add(total, _CTX.divide(rb, ra))
        else:
            sum_a = _CTX.add(sum_a, ra)
            sum_b = _CTX.add(sum_b, rb)
    if direct:
        rate = _CTX.divide(total, Decimal(len(days)))
    else:
        # the cross of the mean EUR rates: (sum_b / n) / (sum_a / n)
        rate = _CTX.divide(sum_b, sum_a)
    return _integral(rate), tuple(days)


def cross_rate(src: RateSource, frm: str, to: str, day: _dt.date) -> Decimal | None:
    """Units of ``to`` per unit of ``frm`` published on exactly ``day`` (via EUR).

    >>> import datetime as dt
    >>> cross_rate(get_source("ecb"), "USD", "JPY", dt.date(2025, 5, 13))
    Decimal('148.1371490280777537796976241900648')
    """
    if frm == to:
        return _ONE
    return _pair(src, frm, to, day)


# ------------------------------------------------------------------ hot path
_ECB: list[_types.ModuleType] = []  # finnorm.rates.ecb, once imported
# (the shared ECB source, its hot-path tables), once the careful path has met it
_HOT: list[tuple[Any, int, Any, list[tuple[_dt.date]], dict[str, Any]] | None] = [None]
_SLOW = [0]  # careful-path calls with the shared ECB source
_MEMO: dict[tuple[object, ...], tuple[_dt.date, Decimal]] = {}  # immutable sources only
_NONE: dict[tuple[object, ...], tuple[str, dict[str, Any]]] = {}  # cached "no rate" answers
_MEMO_MAX = 250_000
_divide = CONTEXT.divide
_multiply = CONTEXT.multiply
_new = object.__new__
_set_amount = Money.__dict__["amount"].__set__
_set_currency = Money.__dict__["currency"].__set__
_set_per = Money.__dict__["per"].__set__


def _ecb() -> Any:
    if not _ECB:
        from .rates import ecb

        _ECB.append(ecb)
    return _ECB[0]


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
    # built without re-validating what is valid by construction
    out = _new(Money)
    _set_amount(out, _CTX.multiply(money.amount, rate))
    _set_currency(out, to)
    _set_per(out, money.per)
    if used is None:
        used = (day,) if day is not None else ()
    conv = _new(Conversion)
    d = conv.__dict__
    d["money"] = out
    d["original"] = money
    d["rate"] = rate
    d["method"] = method
    d["source"] = source
    d["on"] = day
    d["start"] = start
    d["end"] = end
    d["days"] = len(used)
    d["asked"] = asked
    d["used"] = used
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
      day with no publication at all, the last publication before it within
      :data:`LOOKBACK_DAYS` days (``Conversion.on`` names it). A publication
      that lacks a currency is never skipped for an older one.
    - ``method="average"``: the cross of the mean EUR rates of both
      currencies over the publication days in ``period`` (a fiscal period,
      anything with ``.start``/``.end``, or a ``(start, end)`` pair, both ends
      included). One average per pair that works both ways
      (``average(A→B) × average(B→A) = 1``) and, for a EUR pair, the ECB's own
      average of its reference rate.
    - ``method="average_direct"``: the mean of the daily cross rates (also
      allowed by IAS 21; it depends on the direction).
    - ``method="closing"``: the last publication on or before the end of
      ``period`` (or ``on``), as for spot.

    ``source`` names a source (``"ecb"``, the default, or ``"forex-python"``),
    or is a :class:`~finnorm.rates.RateSource`, or a list of them tried in
    order. ``rates`` gives your own rates (a mapping ``{date: {currency:
    per_eur}}``, a CSV path, or a source); they are tried first, and alone
    unless ``source`` is also given. Both legs of a cross rate always come from
    one source and one day.

    Raises :class:`~finnorm.errors.RateUnavailableError` (naming the currency,
    the date and every source tried) when no source can answer: a currency
    not quoted, a day or period outside a source's history (the ECB's: run
    ``finnorm rates update``), a currency that had ceased by then
    (:mod:`finnorm.rates.successions`).

    >>> from finnorm.model import Money
    >>> there = convert(Money(100, "JPY"), "AUD", method="average", period=("2024-04-01", "2025-03-31"))
    >>> back = convert(Money(1, "AUD"), "JPY", method="average", period=("2024-04-01", "2025-03-31"))
    >>> abs(there.rate * back.rate - 1) < Decimal("1e-32")
    True
    """
    if (
        type(on) is _DATE and method == "spot" and type(money) is Money
        and source is None and rates is None and period is None
    ):
        # the shared ECB source, once loaded: the day's two EUR rates, one
        # lookup each, and their quotient (no memo needed, nothing validated twice)
        hot = _HOT[0]
        if hot is not None and hot[0] is _ECB[0]._DEFAULT:
            src, first, back, useds, ready = hot
            a = money.currency
            o = on.toordinal()
            ca = ready.get(a)
            cb = ready.get(to)
            # ready[cur]: EUR rates by publication, then the last valid ordinal
            if (ca is not None and cb is not None and first <= o <= ca[-1] and o <= cb[-1]
                    and a != to):
                i = back[o - first]  # -1: no publication within LOOKBACK_DAYS
                ra = ca[i]
                rb = cb[i]
                if i >= 0 and ra is not None and rb is not None:
                    out = _new(Money)
                    rate = _divide(rb, ra)
                    _set_amount(out, _multiply(money.amount, rate))
                    _set_currency(out, to)
                    _set_per(out, money.per)
                    used = useds[i]
                    conv = _new(Conversion)
                    # start, end (None) and days (1) are the class defaults
                    d = conv.__dict__
                    d["money"] = out
                    d["original"] = money
                    d["rate"] = rate
                    d["method"] = "spot"
                    d["source"] = "ecb"
                    d["on"] = used[0]
                    d["asked"] = on
                    d["used"] = used
                    return conv
            miss = _NONE.get((src, a, to, o)) or _hot_miss(src, a, to, o, on)
            if miss is not None:  # the answer is known to be "no rate"
                raise RateUnavailableError(miss[0], **miss[1])
    return _convert(money, to, on, method, period, source, rates)


def _known_miss(a: str, to: str, on: _dt.date) -> RateUnavailableError | None:
    """The error ``convert(Money(x, a), to, on=on)`` (spot, the default source)
    would raise without a look-up, when that answer is already known (a
    currency the source never quotes or one that had ceased; see
    :func:`_hot_miss`), built without raising it; ``None`` when ``convert`` must
    be asked. For the batch layer, which words each failing key this way."""
    hot = _HOT[0]
    if hot is None or hot[0] is not _ECB[0]._DEFAULT or a == to:
        return None
    src, first, back, _useds, ready = hot
    o = on.toordinal()
    ca = ready.get(a)
    cb = ready.get(to)
    if ca is not None and cb is not None and first <= o <= ca[-1] and o <= cb[-1]:
        i = back[o - first]
        if i >= 0 and ca[i] is not None and cb[i] is not None:
            return None  # convert would answer with a rate
    miss = _NONE.get((src, a, to, o)) or _hot_miss(src, a, to, o, on)
    return None if miss is None else RateUnavailableError(miss[0], **miss[1])


# (source, from, to) -> (first and last ordinal of the history, [(first ordinal
# it applies to, currency, message head, message tail)]): the "no rate" answers
# that hold for every day from some day on
_WHY: dict[tuple[Any, str, str], tuple[int, int, tuple[str], list[tuple[int, str, str, str]]]] = {}


def _hot_miss(src: Any, a: str, to: str, o: int, on: _dt.date) -> tuple[str, dict[str, Any]] | None:
    """The "no rate" answer the careful path would give, when it does not
    depend on the day: a currency the source never quotes, or one that had
    ceased by then. ``None`` when the careful path must look."""
    key = (src, a, to)
    entry = _WHY.get(key)
    if entry is None:
        if not (type(to) is str and len(to) == 3 and to.isascii() and to.isalpha()
                and to.isupper() and a != to):
            return None  # the careful path validates the code
        cov = src.coverage()
        entry = _WHY[key] = (cov.first.toordinal(), cov.last.toordinal(), (src.name,), [
            (since, cur, f"no {a}→{to} rate for ", f" (spot): {src.name}: {why}")
            for since, cur, why in _reasons(src, a, to)])
    first, last, names, whys = entry
    if not first <= o <= last:
        return None
    for since, cur, head, tail in whys:
        if o >= since:
            day = on.isoformat()
            return (head + day + tail,
                    {"currency": cur, "pair": (a, to), "date": day, "sources": names})
    return None


def _reasons(src: Any, a: str, to: str) -> list[tuple[int, str, str]]:
    """In the careful path's order: a currency never quoted, then one that ceased."""
    from .rates.successions import succession

    cov = src.coverage()
    for cur in (a, to):
        if cur not in cov.currencies:
            return [(0, cur, f"publishes no {cur} rate")]
    out = []
    for cur in (a, to):
        s = succession(cur)
        if s is not None:
            out.append((s.since.toordinal(), cur, f"{s.describe()}{_quoted_until(src, cur)}"))
    return out


def _convert(
    money: Money, to: str, on: Any, method: str, period: Any, source: Any, rates: Any
) -> Conversion:
    if not isinstance(money, Money):
        raise InvalidArgumentError(f"convert() needs Money, not {type(money).__name__}")
    if method not in METHODS:
        raise InvalidArgumentError(f"unknown method {method!r} (use one of: {', '.join(METHODS)})")
    target = Money(_ZERO, to).currency  # validates the code
    frm = money.currency
    averaging = method in ("average", "average_direct")

    if method == "spot" and period is not None:
        raise InvalidArgumentError("a period goes with method='average' or 'closing', not 'spot'")
    if averaging and on is not None:
        raise InvalidArgumentError(f"method={method!r} takes a period, not a day (on=)")
    start: _dt.date | None = None
    end: _dt.date | None = None
    if averaging:
        start, end = _bounds(period)
        asked = end
    elif method == "closing":
        asked = _bounds(period)[1] if period is not None or on is None else _as_date(on, "on")
    else:
        asked = _as_date(on, "on") if on is not None else _dt.date.today()

    if frm == target:
        return Conversion(
            money=money, original=money, rate=_ONE, method=method, source="identity",
            on=None if averaging else asked, start=start, end=end, days=0,
            asked=None if averaging else asked,
        )

    srcs = _sources(source, rates)
    if _ECB and srcs[0] is _ECB[0]._DEFAULT:
        # the shared ECB source serves the hot path once it has been asked a few
        # times (a single conversion in a fresh process does not pay for the tables)
        src0: Any = srcs[0]
        _SLOW[0] += 1
        if _SLOW[0] > 4:
            if _HOT[0] is None or _HOT[0][0] is not src0:
                _HOT[0] = (src0, *src0._hot(LOOKBACK_DAYS))
            src0._prepare(frm)
            src0._prepare(target)
    # every source fixed (the ECB history, your table) and outliving this call:
    # answers, "no rate" included, are memoised exactly
    fixed = all(getattr(s, "immutable", False) for s in srcs) and (
        rates is None or _is_source(rates))
    when: Any = (start, end) if averaging else asked
    nkey: tuple[object, ...]
    if len(srcs) == 1 and method == "spot":
        nkey = (srcs[0], frm, target, asked.toordinal())  # the hot path's key
    else:
        nkey = (tuple(srcs), frm, target, method, when)
    if fixed:
        miss = _NONE.get(nkey)
        if miss is not None:
            raise RateUnavailableError(miss[0], **miss[1])

    reasons: list[str] = []
    tried: list[str] = []
    lacking = frm if frm != "EUR" else target
    for src in srcs:
        tried.append(src.name)
        try:
            if averaging:
                assert start is not None and end is not None
                rate, used = _average(src, frm, target, start, end, method == "average_direct")
            else:
                memo = fixed and getattr(src, "immutable", False)
                key = (src, frm, target, asked)
                hit = _MEMO.get(key) if memo else None
                if hit is None:
                    hit = _spot(src, frm, target, asked)
                    if memo:
                        if len(_MEMO) >= _MEMO_MAX:
                            _MEMO.clear()
                        _MEMO[key] = hit
                day, rate = hit
        except _Miss as exc:
            reasons.append(f"{src.name}: {exc}")
            lacking = exc.currency
            continue
        except (RateSourceError, RateUnavailableError) as exc:
            reasons.append(f"{src.name}: {exc}")
            fixed = False  # a failing source may answer next time
            continue
        if averaging:
            return _result(money, target, rate, method, src.name, None, None, start, end, used)
        return _result(money, target, rate, method, src.name, day, asked)
    span = f"{start.isoformat()}..{end.isoformat()}" if start and end else asked.isoformat()
    message = f"no {frm}→{target} rate for {span} ({method}): {'; '.join(reasons)}"
    fields: dict[str, Any] = {
        "currency": lacking, "pair": (frm, target), "date": span, "sources": tuple(tried)}
    if fixed:
        if len(_NONE) >= _MEMO_MAX:
            _NONE.clear()
        _NONE[nkey] = (message, fields)
    raise RateUnavailableError(message, **fields)
