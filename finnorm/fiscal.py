"""Fiscal calendars: dates to fiscal years, halves and quarters and back,
period expressions in text, and pinning money mentions to their period.

A :class:`Calendar` is an immutable value holding a rule (a month-anchored
year, or a 52/53-week year) and how its years are named. There is no
process-wide setting: every call says which calendar it means.

>>> import datetime as dt
>>> jp = calendar("JP")
>>> jp.year_of(dt.date(2025, 3, 31)).label
'FY2024'
>>> q = calendar("US-federal").quarter_of(dt.date(2024, 12, 25))
>>> q.label, q.start, q.end
('Q1 FY2025', datetime.date(2024, 10, 1), datetime.date(2024, 12, 31))
>>> calendar("AAPL").year(2023).days // 7      # a 53-week year
53
>>> calendar("IN").parse("Q3 FY24").label
'Q3 FY2023-24'
>>> acme = Calendar("ACME", start_month=7, number="end")   # your own, in one line
>>> acme.year_of(dt.date(2024, 7, 1)).label
'FY2025'

Calendars are also looked up by name (case-insensitive) with
:func:`calendar`; :func:`calendars` lists the built-ins, which live in
``finnorm/data/calendars.toml`` with their rule and published source.

Calendars and periods are immutable and safe to share between threads: the
only state is memoisation (each calendar's period cache, the parsed data
file, compiled patterns), which only ever stores equal values.

Reading text: :func:`parse_period` reads one period expression,
:func:`find_periods` finds them in running text, and :func:`pin` sets
``Mention.period`` for money mentions found by extraction.
"""
from __future__ import annotations

import calendar as _stdcal
import dataclasses
import datetime as _dt
import functools
import itertools
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from .errors import AmbiguousPeriodError, PeriodError, UnknownCalendarError
from .model import FiscalPeriod, Mention

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np
    import numpy.typing as npt

__all__ = [
    "Calendar",
    "PeriodMatch",
    "calendar",
    "calendar_for_locale",
    "calendars",
    "find_periods",
    "parse_period",
    "pin",
]

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)
_MONTH_ABBR = tuple(m[:3].title() for m in _MONTHS)
_ONE_DAY = _dt.timedelta(days=1)


def _add_months(day: _dt.date, months: int) -> _dt.date:
    """``day`` moved by whole months (the day of month must exist: <= 28)."""
    m0 = day.month - 1 + months
    return day.replace(year=day.year + m0 // 12, month=m0 % 12 + 1)


def _month_end(year: int, month: int) -> _dt.date:
    return _dt.date(year, month, _stdcal.monthrange(year, month)[1])


def _weekday_index(value: int | str) -> int:
    if isinstance(value, int):
        if 0 <= value <= 6:
            return value
    else:
        v = value.strip().lower()
        for i, name in enumerate(_WEEKDAYS):
            if len(v) >= 2 and name.startswith(v):
                return i
    raise PeriodError(f"not a weekday: {value!r} (use 0=Monday..6=Sunday or a name)")


# ---------------------------------------------------------------------------
# the calendar model


@dataclass(frozen=True, slots=True)
class Calendar:
    """A fiscal calendar: a rule for where years start and how they are named.

    Month-anchored years start on ``start_month``/``start_day`` and last twelve
    months; quarters are 3-month blocks and halves quarters 1-2 and 3-4.
    Give ``weekday`` (0 = Monday ... 6 = Sunday, or a name) to make a 52/53-week
    calendar whose years end on that weekday: the last one in ``end_month``
    (``rule="last"``) or the one nearest the last day of ``end_month``
    (``rule="nearest"``); quarters are 13-week blocks and ``extra_week`` is the
    quarter that takes the 53rd week.

    ``number`` says which calendar year a year's number is: the one it starts
    in (``"start"``: Nissan's FY2024 is April 2024 - March 2025) or ends in
    (``"end"``: Toyota's FY2025 is the same twelve months). ``label`` is the
    template for writing a year: ``{start}``/``{end}`` are four-digit years,
    ``{start2}``/``{end2}`` two-digit ones ("FY{start}-{end2}" gives
    "FY2024-25").

    >>> import datetime as dt
    >>> tax = Calendar("UK-tax", start_month=4, start_day=6, label="{start}-{end2}")
    >>> p = tax.year_of(dt.date(2025, 4, 5))
    >>> p.label, p.start, p.end
    ('2024-25', datetime.date(2024, 4, 6), datetime.date(2025, 4, 5))
    >>> retail = Calendar("R", weekday="Saturday", end_month=1, rule="nearest")
    >>> retail.year(2023).end, retail.year(2023).days
    (datetime.date(2024, 2, 3), 371)
    """

    name: str
    start_month: int = 1
    start_day: int = 1
    number: Literal["start", "end"] = "start"
    label: str = ""
    weekday: int | str | None = None
    end_month: int = 12
    rule: Literal["last", "nearest"] = "last"
    extra_week: int = 4
    title: str = field(default="", compare=False, repr=False)
    source: str = field(default="", compare=False, repr=False)
    hints: tuple[str, ...] = field(default=(), compare=False, repr=False)
    locales: tuple[str, ...] = field(default=(), compare=False, repr=False)
    # derived, private
    _offset: int = field(init=False, repr=False, compare=False, default=0)
    _shift: int = field(init=False, repr=False, compare=False, default=0)
    _table: tuple[tuple[int, int], ...] = field(init=False, repr=False, compare=False, default=())
    _ends: tuple[int, ...] = field(init=False, repr=False, compare=False, default=())
    _cache: dict[tuple[str, int, int], FiscalPeriod] = field(
        init=False, repr=False, compare=False, default_factory=dict
    )

    def __post_init__(self) -> None:
        if not self.name or not isinstance(self.name, str):
            raise PeriodError("a calendar needs a name")
        if self.number not in ("start", "end"):
            raise PeriodError(f"number must be 'start' or 'end', not {self.number!r}")
        if not 1 <= self.end_month <= 12:
            raise PeriodError(f"end_month must be 1..12, not {self.end_month!r}")
        if not self.label:
            object.__setattr__(self, "label", "FY{start}" if self.number == "start" else "FY{end}")
        try:
            self.label.format(start=2024, end=2025, start2="24", end2="25")
        except (KeyError, IndexError, ValueError) as exc:
            raise PeriodError(f"bad label template {self.label!r}: {exc}") from None
        setf = object.__setattr__
        setf(self, "hints", tuple(h.lower() for h in self.hints))
        writes_start = "{start" in self.label
        writes_end = "{end" in self.label
        setf(self, "locales", tuple(self.locales))
        if self.weekday is not None:
            wd = _weekday_index(self.weekday)
            setf(self, "weekday", wd)
            if self.rule not in ("last", "nearest"):
                raise PeriodError(f"rule must be 'last' or 'nearest', not {self.rule!r}")
            if not 1 <= self.extra_week <= 4:
                raise PeriodError(f"extra_week must be a quarter 1..4, not {self.extra_week!r}")
            offset = 0 if self.end_month == 12 else 1
            setf(self, "_ends", _week_ends(self.end_month, wd, self.rule))
            # number = E - offset (start year) or E (end year), E = year the fiscal year ends in
            setf(self, "_offset", offset)
            setf(self, "_shift", 0 if self.number == "end" else -offset)
        else:
            if not 1 <= self.start_month <= 12:
                raise PeriodError(f"start_month must be 1..12, not {self.start_month!r}")
            if not 1 <= self.start_day <= 28:
                raise PeriodError(f"start_day must be 1..28, not {self.start_day!r}")
            offset = 0 if (self.start_month, self.start_day) == (1, 1) else 1
            shift = offset if self.number == "end" else 0
            setf(self, "_offset", offset)
            setf(self, "_shift", shift)
            setf(self, "_table", _month_table(self.start_month, self.start_day, shift))
        if self._offset and writes_start != writes_end and (self.number == "start") != writes_start:
            raise PeriodError(
                f"label {self.label!r} writes the {'start' if writes_start else 'end'} year "
                f"but number={self.number!r}: years would be read back wrong"
            )
        if not self._offset and writes_start and writes_end:
            raise PeriodError(
                f"label {self.label!r} names two years but {self.name} years are calendar years"
            )
        if not (writes_start or writes_end):
            raise PeriodError(f"label {self.label!r} names no year: use {{start}} or {{end}}")
        # every label must read back as its own period
        if not self._reads_back(self._number_for_start(2024)):
            raise PeriodError(f"label {self.label!r} of calendar {self.name} cannot be read back")

    def _reads_back(self, number: int) -> bool:
        # (built without looking up other calendars: built-ins are checked while built)
        text = self._format_label(number)
        exprs = _scan(text)
        if len(exprs) != 1 or (exprs[0].start, exprs[0].end) != (0, len(text)):
            return False
        e = exprs[0]
        if e.hint is not None and e.hint != self.name.lower():
            return False
        try:
            return _resolve(e._replace(hint=None), self) == self.year(number)
        except PeriodError:
            return False

    def __reduce__(self) -> tuple[Any, ...]:
        # rebuild from the definition: the derived tables are recomputed (and shared)
        init = {f.name: getattr(self, f.name) for f in dataclasses.fields(self) if f.init}
        return (_rebuild_calendar, (init,))

    # ------------------------------------------------------------ description
    @property
    def weekly(self) -> bool:
        """True for a 52/53-week calendar."""
        return self.weekday is not None

    @property
    def rule_text(self) -> str:
        """The calendar's rule in words, with the year that starts in 2024.

        >>> calendar("UK-tax").rule_text
        '6 Apr - 5 Apr, named by start year: 2024-25 = 2024-04-06..2025-04-05'
        >>> calendar("AAPL").rule_text
        '52/53 weeks to the last Saturday of Sep, 53rd week in Q1, named by end year: FY2025 = 2024-09-29..2025-09-27'
        """
        y = self.year(self._number_for_start(2024))
        tail = f"named by {self.number} year: {y.label} = {y.start}..{y.end}"
        if self.weekly:
            assert isinstance(self.weekday, int)
            wd = _WEEKDAYS[self.weekday].title()
            mon = _MONTH_ABBR[self.end_month - 1]
            how = f"last {wd} of {mon}" if self.rule == "last" else f"{wd} nearest the end of {mon}"
            return f"52/53 weeks to the {how}, 53rd week in Q{self.extra_week}, {tail}"
        return (
            f"{y.start.day} {_MONTH_ABBR[y.start.month - 1]} - "
            f"{y.end.day} {_MONTH_ABBR[y.end.month - 1]}, {tail}"
        )

    def __str__(self) -> str:
        return self.name

    # ------------------------------------------------------------ year numbers
    def _start_year(self, number: int) -> int:
        """The calendar year in which fiscal year ``number`` (nominally) starts."""
        return number - self._shift if not self.weekly else number - self._shift - self._offset

    def _number_for_start(self, start_year: int) -> int:
        """The number of the fiscal year that (nominally) starts in ``start_year``."""
        return start_year + self._shift + (self._offset if self.weekly else 0)

    def _format_label(self, number: int) -> str:
        s = self._start_year(number)
        e = s + self._offset
        return self.label.format(start=s, end=e, start2=f"{s % 100:02d}", end2=f"{e % 100:02d}")

    # ------------------------------------------------------------ fast paths
    def year_quarter(self, day: _dt.date) -> tuple[int, int]:
        """``(year number, quarter)`` for ``day``: the fast path, plain integers.

        >>> import datetime as dt
        >>> calendar("JP").year_quarter(dt.date(2025, 1, 15))
        (2024, 4)
        >>> calendar("AAPL").year_quarter(dt.date(2022, 12, 31))
        (2023, 1)
        """
        if self._table:
            dy, q = self._table[day.month * 32 + day.day]
            return day.year + dy, q
        ends = self._ends
        o = day.toordinal()
        e = day.year
        if o > ends[e]:
            e += 1
        elif o <= ends[e - 1]:
            e -= 1
        e0 = ends[e - 1]
        w = (o - e0 - 1) // 7
        if ends[e] - e0 > 364 and w >= 13 * self.extra_week:
            w -= 1
        return e + self._shift, w // 13 + 1

    def year_number(self, day: _dt.date) -> int:
        """The number of the fiscal year containing ``day``.

        >>> import datetime as dt
        >>> calendar("TOYOTA").year_number(dt.date(2024, 4, 1))
        2025
        """
        return self.year_quarter(day)[0]

    def year_quarter_array(self, days: Any) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        """Vectorised :meth:`year_quarter` for a numpy ``datetime64`` array
        (or anything ``numpy.asarray(..., 'datetime64[D]')`` accepts).

        Returns two int64 arrays: year numbers and quarters.

        >>> import numpy as np
        >>> ys, qs = calendar("JP").year_quarter_array(
        ...     np.array(["2024-03-31", "2024-04-01", "2025-01-01"], dtype="datetime64[D]"))
        >>> ys.tolist(), qs.tolist()
        ([2023, 2024, 2024], [4, 1, 4])
        """
        import numpy as np

        d = np.asarray(days, dtype="datetime64[D]")
        o = d.view(np.int64)
        if o.size:
            lo, hi = int(o.min()), int(o.max())
            if _LUT_FIRST <= lo and hi < _LUT_LAST:
                # one lookup per date in a precomputed day -> (year, quarter) table
                ys, qs = _np_lut(self._rule_key())
                i = o - _LUT_FIRST
                return ys.take(i), qs.take(i)
        return self._year_quarter_array(d)

    def _rule_key(self) -> tuple[Any, ...]:
        if self.weekly:
            return ("w", self.end_month, self.weekday, self.rule, self.extra_week, self._shift)
        return ("m", self.start_month, self.start_day, self._shift)

    def _year_quarter_array(self, d: Any) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        import numpy as np

        if self._table:
            months = d.astype("datetime64[M]")
            mi = months.astype(np.int64)  # months since 1970-01
            dom = (d - months.astype("datetime64[D]")).astype(np.int64) + 1
            idx = (mi % 12 + 1) * 32 + dom
            dy, q = _np_table(self._table)
            return mi // 12 + 1970 + dy[idx], q[idx]
        ends = _np_ends(self._ends)  # epoch days of year ends, index = calendar year
        o = d.astype(np.int64)
        e = np.searchsorted(ends, o, side="left")  # first end >= o
        e0 = ends[e - 1]
        w = (o - e0 - 1) // 7
        long_year = (ends[e] - e0) > 364
        w = w - ((w >= 13 * self.extra_week) & long_year)
        return e + self._shift, w // 13 + 1

    # ------------------------------------------------------------ periods
    def _period(self, kind: str, number: int, part: int) -> FiscalPeriod:
        key = (kind, number, part)
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        p = self._build(kind, number, part)
        if len(self._cache) < 4096:
            self._cache[key] = p
        return p

    def _year_bounds(self, number: int) -> tuple[_dt.date, _dt.date]:
        try:
            if self.weekly:
                e = number - self._shift
                ends = self._ends
                if not 1 <= e - 1 < e < len(ends) - 1:
                    raise ValueError
                return _dt.date.fromordinal(ends[e - 1] + 1), _dt.date.fromordinal(ends[e])
            s = self._start_year(number)
            start = _dt.date(s, self.start_month, self.start_day)
            return start, _add_months(start, 12) - _ONE_DAY
        except (ValueError, OverflowError, IndexError):
            raise PeriodError(f"fiscal year {number} of {self.name} is out of range") from None

    def _quarter_bounds(self, number: int, q: int) -> tuple[_dt.date, _dt.date]:
        start, end = self._year_bounds(number)
        if self.weekly:
            long_year = (end - start).days > 364
            weeks = [13, 13, 13, 13]
            if long_year:
                weeks[self.extra_week - 1] += 1
            qs = start + _dt.timedelta(weeks=sum(weeks[: q - 1]))
            return qs, qs + _dt.timedelta(weeks=weeks[q - 1]) - _ONE_DAY
        qs = _add_months(start, 3 * (q - 1))
        return qs, _add_months(qs, 3) - _ONE_DAY

    def _build(self, kind: str, number: int, part: int) -> FiscalPeriod:
        ylabel = self._format_label(number)
        if kind == "year":
            start, end = self._year_bounds(number)
            return FiscalPeriod(start, end, "year", None, number, ylabel, self.name)
        if kind == "half":
            start = self._quarter_bounds(number, 2 * part - 1)[0]
            end = self._quarter_bounds(number, 2 * part)[1]
            return FiscalPeriod(start, end, "half", part, number, f"H{part} {ylabel}", self.name)
        start, end = self._quarter_bounds(number, part)
        return FiscalPeriod(start, end, "quarter", part, number, f"Q{part} {ylabel}", self.name)

    def year(self, number: int) -> FiscalPeriod:
        """Fiscal year ``number`` (as this calendar numbers its years).

        >>> calendar("IN").year(2025).label
        'FY2024-25'
        """
        return self._period("year", int(number), 0)

    def half(self, number: int, half: int) -> FiscalPeriod:
        """Half ``half`` (1 or 2) of fiscal year ``number``.

        >>> calendar("AU").half(2025, 2).start
        datetime.date(2025, 1, 1)
        """
        if half not in (1, 2):
            raise PeriodError(f"a half is 1 or 2, not {half!r}")
        return self._period("half", int(number), half)

    def quarter(self, number: int, quarter: int) -> FiscalPeriod:
        """Quarter ``quarter`` (1-4) of fiscal year ``number``.

        >>> calendar("MSFT").quarter(2025, 1).end
        datetime.date(2024, 9, 30)
        """
        if quarter not in (1, 2, 3, 4):
            raise PeriodError(f"a quarter is 1..4, not {quarter!r}")
        return self._period("quarter", int(number), quarter)

    def year_of(self, day: _dt.date) -> FiscalPeriod:
        """The fiscal year containing ``day``."""
        return self._period("year", self.year_quarter(_as_date(day))[0], 0)

    def half_of(self, day: _dt.date) -> FiscalPeriod:
        """The fiscal half containing ``day``.

        >>> import datetime as dt
        >>> calendar("JP").half_of(dt.date(2024, 10, 1)).label
        'H2 FY2024'
        """
        n, q = self.year_quarter(_as_date(day))
        return self._period("half", n, 1 if q <= 2 else 2)

    def quarter_of(self, day: _dt.date) -> FiscalPeriod:
        """The fiscal quarter containing ``day``."""
        n, q = self.year_quarter(_as_date(day))
        return self._period("quarter", n, q)

    def period_of(self, day: _dt.date, kind: str) -> FiscalPeriod:
        """``year_of``, ``half_of`` or ``quarter_of`` by name."""
        if kind == "year":
            return self.year_of(day)
        if kind == "half":
            return self.half_of(day)
        if kind == "quarter":
            return self.quarter_of(day)
        raise PeriodError(f"kind is 'year', 'half' or 'quarter', not {kind!r}")

    def periods(self, kind: str, first: int, last: int) -> Iterator[FiscalPeriod]:
        """Every period of ``kind`` in fiscal years ``first``..``last``, in order.

        >>> [p.label for p in calendar("SG").periods("half", 2024, 2025)]
        ['H1 FY2024', 'H2 FY2024', 'H1 FY2025', 'H2 FY2025']
        """
        parts = {"year": (0,), "half": (1, 2), "quarter": (1, 2, 3, 4)}.get(kind)
        if parts is None:
            raise PeriodError(f"kind is 'year', 'half' or 'quarter', not {kind!r}")
        for n in range(first, last + 1):
            for part in parts:
                yield self._period(kind, n, part)

    def parse(self, text: str) -> FiscalPeriod:
        """Read one period expression ("FY2024", "Q3 FY24", "2024-25", ...) in
        this calendar. Text naming another calendar ("the Japanese financial
        year 2024") or explicit dates win over this calendar's assumptions.

        >>> calendar("JP").parse("1H FY2025").end
        datetime.date(2025, 9, 30)
        >>> calendar("UK-tax").parse("the 2025 to 2026 tax year").start
        datetime.date(2025, 4, 6)
        """
        return parse_period(text, self)


def _rebuild_calendar(init: dict[str, Any]) -> Calendar:
    return Calendar(**init)


def _as_date(day: Any) -> _dt.date:
    if isinstance(day, _dt.datetime):
        return day.date()
    if isinstance(day, _dt.date):
        return day
    if isinstance(day, str):
        try:
            return _dt.date.fromisoformat(day)
        except ValueError:
            raise PeriodError(f"not an ISO date: {day!r}") from None
    raise TypeError(f"expected a date, not {type(day).__name__}")


def _month_table(start_month: int, start_day: int, shift: int) -> tuple[tuple[int, int], ...]:
    """``table[month * 32 + day] = (year number - calendar year, quarter)``."""
    table: list[tuple[int, int]] = [(0, 0)] * (13 * 32)
    key0 = start_month * 32 + start_day
    for m in range(1, 13):
        for d in range(1, 32):
            k = (m - start_month - (1 if d < start_day else 0)) % 12
            before = m * 32 + d < key0
            table[m * 32 + d] = (shift - (1 if before else 0), k // 3 + 1)
    return tuple(table)


@functools.lru_cache(maxsize=64)
def _week_ends(end_month: int, weekday: int, rule: str) -> tuple[int, ...]:
    """Ordinals of the last day of each 52/53-week year, indexed by the
    calendar year it ends in (index 0 and 10000 are extrapolated sentinels)."""
    ends = [0] * 10001
    for e in range(1, 10000):
        if end_month == 12:
            last = (_dt.date(e + 1, 1, 1).toordinal() - 1) if e < 9999 else _dt.date(9999, 12, 31).toordinal()
        else:
            last = _dt.date(e, end_month + 1, 1).toordinal() - 1
        wd = (last - 1) % 7  # weekday of an ordinal: ordinal 1 is Monday
        if rule == "last":
            ends[e] = last - ((wd - weekday) % 7)
        else:
            delta = (weekday - wd) % 7
            ends[e] = last + (delta - 7 if delta > 3 else delta)
    ends[0] = ends[1] - 364
    ends[10000] = ends[9999] + 364
    return tuple(ends)


_LUT_FIRST = _dt.date(1900, 1, 1).toordinal() - _dt.date(1970, 1, 1).toordinal()
_LUT_LAST = _dt.date(2201, 1, 1).toordinal() - _dt.date(1970, 1, 1).toordinal()


@functools.lru_cache(maxsize=32)
def _np_lut(key: tuple[Any, ...]) -> tuple[Any, Any]:
    """(years, quarters) for every day 1900-01-01..2200-12-31 under the rule ``key``."""
    import numpy as np

    if key[0] == "w":
        _, end_month, weekday, rule, extra, shift = key
        cal = Calendar("_", weekday=weekday, end_month=end_month, rule=rule, extra_week=extra,
                       number="end" if shift == 0 else "start")
    else:
        _, month, day, shift = key
        cal = Calendar("_", start_month=month, start_day=day,
                       number="end" if shift else "start")
    days = np.arange(_LUT_FIRST, _LUT_LAST, dtype=np.int64).view("datetime64[D]")
    ys, qs = cal._year_quarter_array(days)
    ys.flags.writeable = False
    qs.flags.writeable = False
    return ys, qs


@functools.lru_cache(maxsize=64)
def _np_table(table: tuple[tuple[int, int], ...]) -> tuple[Any, Any]:
    import numpy as np

    arr = np.array(table, dtype=np.int64)
    dy, q = arr[:, 0].copy(), arr[:, 1].copy()
    dy.flags.writeable = False
    q.flags.writeable = False
    return dy, q


@functools.lru_cache(maxsize=64)
def _np_ends(ends: tuple[int, ...]) -> Any:
    import numpy as np

    epoch = _dt.date(1970, 1, 1).toordinal()
    arr = np.array(ends, dtype=np.int64) - epoch
    arr.flags.writeable = False
    return arr


# ---------------------------------------------------------------------------
# built-in calendars (data in finnorm/data/calendars.toml)


@functools.lru_cache(maxsize=1)
def _builtin_specs() -> Mapping[str, Mapping[str, Any]]:
    import tomllib
    from importlib.resources import files

    raw = files("finnorm").joinpath("data/calendars.toml").read_bytes()
    data = tomllib.loads(raw.decode("utf-8"))
    return MappingProxyType({k.lower(): MappingProxyType(dict(v, name=k)) for k, v in data.items()})


def _from_spec(spec: Mapping[str, Any]) -> Calendar:
    common: dict[str, Any] = {
        "name": spec["name"],
        "number": spec.get("number", "start"),
        "label": spec.get("label", "FY{start}"),
        "title": spec.get("title", ""),
        "source": spec.get("source", ""),
        "hints": tuple(spec.get("hints", ())),
        "locales": tuple(spec.get("locales", ())),
    }
    weeks = spec.get("weeks")
    if weeks is not None:
        return Calendar(
            weekday=weeks["weekday"],
            end_month=int(weeks["end_month"]),
            rule=weeks.get("rule", "last"),
            extra_week=int(weeks.get("extra_week", 4)),
            **common,
        )
    month, day = (int(x) for x in spec["start"].split("-"))
    return Calendar(start_month=month, start_day=day, **common)


@functools.cache
def _builtin(key: str) -> Calendar:
    spec = _builtin_specs().get(key)
    if spec is None:
        raise KeyError(key)
    return _from_spec(spec)


def calendar(name: str | Calendar) -> Calendar:
    """The calendar called ``name`` (case-insensitive); a :class:`Calendar` is
    returned as is.

    >>> calendar("us-federal").name
    'US-federal'
    >>> calendar("XX")
    Traceback (most recent call last):
    ...
    finnorm.errors.UnknownCalendarError: unknown fiscal calendar 'XX'; known: JP, IN, ...
    """
    if isinstance(name, Calendar):
        return name
    if not isinstance(name, str):
        raise TypeError(f"a calendar name is a str, not {type(name).__name__}")
    key = name.strip().lower()
    try:
        return _builtin(key)
    except KeyError:
        pass
    for spec in _builtin_specs().values():
        if key.replace("_", "-").replace(" ", "-") == spec["name"].lower():
            return _builtin(spec["name"].lower())
    known = ", ".join(s["name"] for s in _builtin_specs().values())
    raise UnknownCalendarError(
        f"unknown fiscal calendar {name!r}; known: {known}", calendar=name
    )


_lookup = calendar  # for functions whose ``calendar`` parameter shadows it


def calendars() -> tuple[Calendar, ...]:
    """The built-in calendars, in the order of the data file.

    >>> [c.name for c in calendars()][:4]
    ['JP', 'IN', 'UK-gov', 'UK-tax']
    """
    return tuple(_builtin(k) for k in _builtin_specs())


def calendar_for_locale(locale: str | None) -> Calendar | None:
    """The calendar a locale suggests when a text gives no other evidence,
    else ``None`` (``en_US`` suggests none: US issuers use many fiscal years).

    >>> calendar_for_locale("ja_JP").name, calendar_for_locale("en-IN").name
    ('JP', 'IN')
    >>> calendar_for_locale("en_US") is None
    True
    """
    return _locale_calendar(locale)


def _locale_calendar(locale: str | None) -> Calendar | None:
    if not locale:
        return None
    loc = locale.replace("-", "_")
    parts = loc.split("_")
    tries = [loc, f"{parts[0]}_{parts[-1]}", parts[0]] if len(parts) > 1 else [loc]
    for t in tries:
        for key, spec in _builtin_specs().items():
            if any(t.lower() == x.lower() for x in spec.get("locales", ())):
                return _builtin(key)
    return None


@functools.lru_cache(maxsize=1)
def _issuer_re() -> tuple[re.Pattern[str], Mapping[str, str]]:
    names: dict[str, str] = {}
    for key, spec in _builtin_specs().items():
        for n in spec.get("issuers", ()):
            names.setdefault(n, key)
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)"), MappingProxyType(names)


def _issuer_calendar(text: str) -> Calendar | None:
    """The calendar of the one issuer ``text`` names, if it names exactly one."""
    rx, names = _issuer_re()
    keys = {names[m.group(0)] for m in rx.finditer(text)}
    return _builtin(keys.pop()) if len(keys) == 1 else None


@functools.lru_cache(maxsize=1)
def _hint_map() -> Mapping[str, str]:
    out: dict[str, str] = {}
    for key, spec in _builtin_specs().items():
        for h in spec.get("hints", ()):
            out.setdefault(h.lower(), key)
    return MappingProxyType(out)


# ---------------------------------------------------------------------------
# reading period expressions

_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")
_MON = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_Y4 = r"(?:1[5-9]|2\d)\d\d"
_FYW = (
    r"(?:F\.?Y\.?|fiscal(?:\s+year)?|financial\s+year|tax\s+year|income\s+year|"
    r"budget\s+year|year\s+of\s+assessment|CY|calendar\s+year)"
)
_SPANSEP = r"(?:\s*[-/–—]\s*|\s+to\s+)"


def _date_re(p: str) -> str:
    """A date ('31 March 2025', 'March 31, 2025', 'March 2025', '2025-03-31')."""
    return (
        rf"(?:(?P<{p}d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<{p}m1>{_MON}),?\s+(?P<{p}y1>{_Y4})"
        rf"|(?P<{p}m2>{_MON})\s+(?:(?P<{p}d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+)?(?P<{p}y2>{_Y4})"
        rf"|(?P<{p}iy>{_Y4})-(?P<{p}im>\d\d)-(?P<{p}id>\d\d))"
    )


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    hints = sorted(_hint_map(), key=len, reverse=True)
    hint = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in hints)
    flags = re.IGNORECASE
    ynum = rf"(?P<a>{_Y4}|'?\d\d)(?:{_SPANSEP}(?P<b>{_Y4}|\d\d))?"
    ynum4 = rf"(?P<a>{_Y4})(?:{_SPANSEP}(?P<b>{_Y4}|\d\d))?"
    return (
        # 2024年度, 令和6年度
        ("jp_nendo", re.compile(
            r"(?:(?P<era>令和|平成|昭和)\s*(?P<en>元|\d{1,2})|(?P<a>\d{4}))\s*年度")),
        # 2025年3月期
        ("jp_ki", re.compile(r"(?P<a>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月期")),
        # the year ended March 31, 2025 / quarter to June 2024 / FY ending Mar 2025
        ("ending", re.compile(
            rf"\b(?:the\s+)?(?:(?:fiscal|financial)\s+)?(?P<unit>fiscal\s+year|financial\s+year|year|"
            rf"twelve\s+months|12\s+months|F\.?Y\.?|quarter|three\s+months|3\s+months|"
            rf"six\s+months|6\s+months|half[-\s]year|half)\s+(?:ended|ending|to|through)\s+"
            rf"(?:on\s+)?{_date_re('e')}", flags)),
        # April 2024 to March 2025 / 1 April 2024 - 31 March 2025
        ("range", re.compile(
            rf"\b(?:from\s+)?{_date_re('r')}\s*(?:to|through|until|[-–—])\s*{_date_re('s')}", flags)),
        # October to December 2024 (the first month's year follows from the second)
        ("range_short", re.compile(
            rf"\b(?:from\s+)?(?P<m0>{_MON})\s*(?:to|through|until|[-–—])\s*{_date_re('s')}", flags)),
        # FY2024, FY24, fiscal 2024, Japanese financial year 2024, FY2024-25, Tax Year 2025
        ("fy_first", re.compile(
            rf"(?<![^\W\dQqHh_])(?<!\$)(?:(?P<hint>{hint})(?:['’]s)?\s+)?(?P<fyw>{_FYW})\s*{ynum}(?![\w/-])",
            flags)),
        # 2024 Japanese financial year, the 2025 to 2026 tax year, 2024-25 fiscal year
        ("year_first", re.compile(
            rf"(?<![\w/-]){ynum4}\s+(?:(?P<hint>{hint})(?:['’]s)?\s+)?(?P<fyw>{_FYW})(?!\w)", flags)),
        # 2024-25, 2024/25
        ("span", re.compile(
            rf"(?<![\w/.,-])(?P<a>{_Y4})\s*[-/–—]\s*(?P<b>{_Y4}|\d\d)(?![\w/.,-]|-\d)", flags)),
        # Q3 2024, 1Q24, Q1'25, H1 2024, 2H24 (a quarter or half of the fiscal year so numbered)
        ("part_year", re.compile(
            rf"(?<!\w)(?:Q(?P<q1>[1-4])|(?P<q2>[1-4])Q|H(?P<h1>[12])|(?P<h2>[12])H)"
            rf"(?:\s?(?P<a4>{_Y4})|(?:\s?['’])?(?P<a>\d\d))(?![\w/-])", flags)),
    )


_PREFIX = re.compile(
    r"(?:(?:\b(?:Q(?P<q1>[1-4])|(?P<q2>[1-4])Q|H(?P<h1>[12])|(?P<h2>[12])H)\s*)"
    r"|(?:\b(?:the\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)\s+"
    r"(?P<unit>quarter|half|fiscal\s+quarter)\s+(?:of\s+)?(?:the\s+)?))$",
    re.IGNORECASE,
)
_SUFFIX = re.compile(
    r"\s*(?:Q(?P<q1>[1-4])|(?P<q2>[1-4])Q|H(?P<h1>[12])|(?P<h2>[12])H)\b"
    r"|\s*第(?P<jq>[1-4１-４])四半期",
    re.IGNORECASE,
)
_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925}


class _Expr(NamedTuple):
    start: int
    end: int
    how: str  # 'number' | 'span' | 'jp' | 'ending' | 'range'
    a: int  # year number / start year / end year
    months: int  # 'ending': 12, 6, 3
    dates: tuple[_dt.date, _dt.date] | None  # explicit dates ('ending', 'range')
    exact_end: bool  # 'ending': the day was written
    hint: str | None  # calendar key named in the text
    part: tuple[str, int] | None  # ('quarter', 3) / ('half', 1)


class PeriodMatch(NamedTuple):
    """A period expression found in text: ``text[start:end]`` is the
    expression; ``period`` is what it means (``None`` when it cannot be settled
    without a calendar; ``candidates`` then lists the readings)."""

    start: int
    end: int
    text: str
    period: FiscalPeriod | None
    candidates: tuple[FiscalPeriod, ...] = ()


def _year2(s: str) -> int:
    s = s.lstrip("'")
    n = int(s)
    if len(s) == 4:
        return n
    return 2000 + n if n < 70 else 1900 + n


def _month_no(s: str) -> int:
    s = s.lower().rstrip(".")[:3]
    return [m[:3] for m in _MONTHS].index(s) + 1


def _read_date(m: re.Match[str], p: str, *, first: bool) -> tuple[_dt.date, bool] | None:
    """(date, day written?) from a ``_date_re(p)`` match; a month alone means
    its first day (``first``) or last day."""
    g = m.group
    try:
        if g(f"{p}iy"):
            return _dt.date(int(g(f"{p}iy")), int(g(f"{p}im")), int(g(f"{p}id"))), True
        if g(f"{p}m1"):
            return _dt.date(int(g(f"{p}y1")), _month_no(g(f"{p}m1")), int(g(f"{p}d1"))), True
        y, mo = int(g(f"{p}y2")), _month_no(g(f"{p}m2"))
        if g(f"{p}d2"):
            return _dt.date(y, mo, int(g(f"{p}d2"))), True
        return (_dt.date(y, mo, 1) if first else _month_end(y, mo)), False
    except (ValueError, TypeError):
        return None


def _months_between(start: _dt.date, end: _dt.date) -> int | None:
    """Whole months from ``start`` to ``end`` inclusive (about), else None."""
    nxt = end + _ONE_DAY
    months = (nxt.year - start.year) * 12 + nxt.month - start.month
    if nxt.day == start.day or (start.day == 1 and nxt.day == 1):
        return months
    # 52/53-week style: within a week of a whole number of months
    approx = round((end - start).days / 30.4375)
    if approx in (3, 6, 12) and abs((end - start).days + 1 - approx * 30.4375) <= 8:
        return approx
    return None


# Every period expression has one of these; most texts with money have none.
_MAYBE_PERIOD = re.compile(
    r"\d{4}|[Ff][Yy]|[Ff]iscal|[Ff]inancial|[Tt]ax|年|期|[QqHh]\d|\d[QqHh]|[０-９]{4}")


def _scan(text: str) -> list[_Expr]:
    """Every period expression in ``text``, leftmost-longest, not overlapping."""
    if not _MAYBE_PERIOD.search(text):
        return []
    norm = text.translate(_FULLWIDTH)
    found: list[_Expr] = []
    for kind, rx in _patterns():
        for m in rx.finditer(norm):
            e = _expr(kind, m)
            if e is not None:
                found.append(e)
    found.sort(key=lambda x: (x.start, -(x.end - x.start)))
    chosen: list[_Expr] = []
    last = -1
    for e in found:
        if e.start >= last:
            chosen.append(e)
            last = e.end
    out = [_with_part(norm, e) for e in chosen]
    return _merge(norm, out)


def _expr(kind: str, m: re.Match[str]) -> _Expr | None:
    g = m.group
    s, e = m.span()
    if kind == "jp_nendo":
        y = _ERAS[g("era")] + (1 if g("en") == "元" else int(g("en"))) if g("era") else int(g("a"))
        return _Expr(s, e, "jp", y, 12, None, False, "jp", None)
    if kind == "jp_ki":
        mo = int(g("m"))
        if not 1 <= mo <= 12:
            return None
        end = _month_end(int(g("a")), mo)
        start = _add_months(end.replace(day=1), -11)
        return _Expr(s, e, "ending", end.year, 12, (start, end), False, "jp", None)
    if kind == "ending":
        got = _read_date(m, "e", first=False)
        if got is None:
            return None
        end, exact = got
        unit = re.sub(r"\s+", " ", g("unit").lower())
        months = 3 if unit in ("quarter", "three months", "3 months") else (
            6 if unit in ("six months", "6 months", "half-year", "half year", "half") else 12)
        nxt = end + _ONE_DAY
        try:
            start = _add_months(nxt if nxt.day <= 28 else nxt.replace(day=1), -months)
        except ValueError:
            return None
        return _Expr(s, e, "ending", end.year, months, (start, end), exact, None, None)
    if kind in ("range", "range_short"):
        hi = _read_date(m, "s", first=False)
        if kind == "range":
            lo = _read_date(m, "r", first=True)
        elif hi is not None:
            m0 = _month_no(g("m0"))
            lo = (_dt.date(hi[0].year - (m0 > hi[0].month), m0, 1), False)
        else:
            lo = None
        if lo is None or hi is None or hi[0] <= lo[0]:
            return None
        span = _months_between(lo[0], hi[0])
        if span not in (3, 6, 12):
            return None
        return _Expr(s, e, "range", lo[0].year, span, (lo[0], hi[0]), hi[1], None, None)
    if kind == "part_year":
        q, h = g("q1") or g("q2"), g("h1") or g("h2")
        part = ("quarter", int(q)) if q else ("half", int(h))
        return _Expr(s, e, "number", _year2(g("a4") or g("a")), 12, None, False, None, part)
    # year forms
    a_txt, b_txt = g("a"), g("b")
    hint = None
    if kind in ("fy_first", "year_first"):
        fyw = re.sub(r"\s+", " ", g("fyw").lower())
        if fyw in ("cy", "calendar year"):
            hint = "calendar"
        if g("hint"):
            hint = _hint_map().get(re.sub(r"\s+", " ", g("hint").lower()))
        short = len(a_txt.lstrip("'")) == 2 and b_txt is None
        if kind == "fy_first" and short and fyw not in ("fy", "f.y.", "f.y", "fy.", "cy"):
            return None  # "fiscal 24" is too loose; "FY24" is fine
    a = _year2(a_txt)
    if b_txt is None:
        return _Expr(s, e, "number", a, 12, None, False, hint, None)
    if len(b_txt) == 4:
        if int(b_txt) != a + 1:
            return None
    elif int(b_txt) != (a + 1) % 100:
        return None
    return _Expr(s, e, "span", a, 12, None, False, hint, None)


def _with_part(text: str, e: _Expr) -> _Expr:
    """Extend a year expression with a quarter/half selector around it."""
    if e.how not in ("number", "span", "jp") or e.part is not None:
        return e
    before = text[max(0, e.start - 40): e.start]
    m = _PREFIX.search(before)
    if m:
        if m.group("ord"):
            n = _ORD[m.group("ord").lower()]
            unit = "half" if m.group("unit").lower() == "half" else "quarter"
            if unit == "half" and n > 2:
                return e
        else:
            q = m.group("q1") or m.group("q2")
            h = m.group("h1") or m.group("h2")
            unit, n = ("quarter", int(q)) if q else ("half", int(h or 0))
        return e._replace(start=e.start - (len(before) - m.start()), part=(unit, n))
    m2 = _SUFFIX.match(text, e.end)
    if m2:
        if m2.group("jq"):
            unit, n = "quarter", int(m2.group("jq").translate(_FULLWIDTH_Q))
        else:
            q = m2.group("q1") or m2.group("q2")
            h = m2.group("h1") or m2.group("h2")
            unit, n = ("quarter", int(q)) if q else ("half", int(h or 0))
        return e._replace(end=m2.end(), part=(unit, n))
    return e


_FULLWIDTH_Q = str.maketrans("１２３４", "1234")
_GLUE = re.compile(
    r"^[\s,(\[]*(?:i\.e\.,?\s*|that is,?\s*|(?:which|that)\s+(?:ran|runs|run|covered|covers|"
    r"spanned|spans)\s+|running\s+|covering\s+|ending\s+|ended\s+)?(?:from\s+)?$",
    re.IGNORECASE,
)


def _merge(text: str, exprs: list[_Expr]) -> list[_Expr]:
    """Join a year expression with an adjacent explicit range, as in
    "the 2024 Japanese financial year (April 2024 to March 2025)": the
    explicit dates win, the year expression adds its calendar hint."""
    out: list[_Expr] = []
    i = 0
    while i < len(exprs):
        cur = exprs[i]
        if i + 1 < len(exprs):
            nxt = exprs[i + 1]
            gap = text[cur.end: nxt.start]
            explicit = {"range", "ending"}
            if len(gap) <= 24 and _GLUE.match(gap) and (
                (cur.how in explicit) != (nxt.how in explicit)
            ):
                yearish, dated = (cur, nxt) if nxt.how in explicit else (nxt, cur)
                end = nxt.end
                tail = re.match(r"\s*[)\]]", text[end:])
                if tail and ("(" in gap or "[" in gap):
                    end += tail.end()
                merged = dated._replace(
                    start=cur.start, end=end, hint=yearish.hint or dated.hint,
                    part=yearish.part, a=yearish.a,
                )
                out.append(merged._replace(how=dated.how + "+" + yearish.how))
                i += 2
                continue
        out.append(cur)
        i += 1
    return out


def _resolve(e: _Expr, cal: Calendar | None) -> FiscalPeriod:
    """The period an expression means in ``cal`` (text hints take precedence).
    Raises AmbiguousPeriodError when no calendar settles it."""
    hinted = _builtin(e.hint) if e.hint else None
    use = hinted or cal
    how = e.how.split("+")[0]
    if e.dates is not None:
        # explicit dates win; a calendar (named in the text, else given) that agrees names them
        return _resolve_dated(e, [c for c in (hinted, cal) if c is not None])
    if use is None:
        cands = _candidates(e)
        labels = "; ".join(f"{p.calendar} {p.label} = {p.start}..{p.end}" for p in cands)
        raise AmbiguousPeriodError(
            f"no calendar settles this period; readings: {labels}; "
            "pass calendar= or locale=",
            candidates=cands,
        )
    if how == "span":
        if use._offset == 0:
            raise PeriodError(f"{use.name} years do not straddle two calendar years")
        number = use._number_for_start(e.a)
    elif how == "jp":
        number = use._number_for_start(e.a)
    else:
        number = e.a
    if e.part is None:
        return use.year(number)
    unit, n = e.part
    return use.quarter(number, n) if unit == "quarter" else use.half(number, n)


def _candidates(e: _Expr) -> tuple[FiscalPeriod, ...]:
    seen: dict[tuple[_dt.date, _dt.date], FiscalPeriod] = {}
    for key in ("calendar", "JP", "US-federal", "AU", "IN", "UK-tax", "PK"):
        c = _builtin(key.lower())
        try:
            p = _resolve(e._replace(hint=key.lower()), c)
        except PeriodError:
            continue
        seen.setdefault((p.start, p.end), p)
    return tuple(sorted(seen.values()))


def _resolve_dated(e: _Expr, cals: list[Calendar]) -> FiscalPeriod:
    assert e.dates is not None
    start, end = e.dates
    kind = {12: "year", 6: "half", 3: "quarter"}[e.months]
    for cal in cals:
        # the calendar's period that ends where the text says (a 52/53-week
        # year may end up to a week from the month's end)
        probe = end if e.exact_end or not cal.weekly else end - _dt.timedelta(days=3)
        try:
            p = cal.period_of(probe, kind)
        except (PeriodError, IndexError, ValueError, OverflowError):
            p = None
        near = p is not None and cal.weekly and not e.exact_end and abs((p.end - end).days) <= 7
        if p is not None and (p.end == end or near):
            if e.part is None or kind != "year":
                return p
            unit, n = e.part
            return cal.quarter(p.year, n) if unit == "quarter" else cal.half(p.year, n)
    # ad hoc: the dates as written
    if e.part is not None and kind == "year" and start.day == 1:
        unit, n = e.part
        size = 3 if unit == "quarter" else 6
        ps = _add_months(start, size * (n - 1))
        pe = _add_months(ps, size) - _ONE_DAY
        year_label = _adhoc_label("year", None, end)
        tag = "Q" if unit == "quarter" else "H"
        return FiscalPeriod(ps, pe, unit, n, end.year, f"{tag}{n} {year_label}", "")
    return FiscalPeriod(start, end, kind, None, end.year, _adhoc_label(kind, None, end), "")


def _adhoc_label(kind: str, number: int | None, end: _dt.date) -> str:
    unit = {"year": "year", "half": "half-year", "quarter": "quarter"}[kind]
    if end == _month_end(end.year, end.month):
        return f"{unit} ending {_MONTH_ABBR[end.month - 1]} {end.year}"
    return f"{unit} ending {end.isoformat()}"


def _settle_calendar(
    cal: Calendar | str | None, locale: str | None
) -> Calendar | None:
    if cal is not None:
        return calendar(cal)
    return _locale_calendar(locale)


def parse_period(
    text: str, calendar: Calendar | str | None = None, locale: str | None = None
) -> FiscalPeriod:
    """Read ``text`` as one fiscal period expression.

    ``calendar`` (a :class:`Calendar` or a name) says how to read bare years
    like "FY24"; without it ``locale`` may suggest one (``ja`` → JP, ``en_IN``
    → IN, ...). Text that names its calendar ("the 2024 Japanese financial
    year", "2024年度") or gives its dates ("the year ended March 31, 2025")
    needs neither. Otherwise :class:`~finnorm.errors.AmbiguousPeriodError`
    lists the candidate readings.

    >>> parse_period("FY24", "TOYOTA").label
    'FY2024'
    >>> parse_period("令和6年度").start
    datetime.date(2024, 4, 1)
    >>> p = parse_period("the year ended March 31, 2025")
    >>> p.start, p.end, p.label
    (datetime.date(2024, 4, 1), datetime.date(2025, 3, 31), 'year ending Mar 2025')
    >>> parse_period("FY24")
    Traceback (most recent call last):
    ...
    finnorm.errors.AmbiguousPeriodError: no calendar settles this period; readings: ...
    """
    if not isinstance(text, str):
        raise TypeError(f"expected text, not {type(text).__name__}")
    cal = _settle_calendar(calendar, locale)
    stripped = text.strip()
    exprs = _scan(stripped)
    if cal is not None and cal.label == "{start}" and re.fullmatch(r"(?:19|20|21)\d\d", stripped):
        return cal.year(int(stripped))
    if len(exprs) != 1:
        raise PeriodError(f"not a fiscal period: {text!r}")
    e = exprs[0]
    rest = (stripped[: e.start] + stripped[e.end:]).strip(" .,;:()[]").lower()
    if rest not in ("", "the", "in", "for", "during", "throughout", "in the", "for the", "during the"):
        raise PeriodError(f"not a fiscal period: {text!r}")
    return _resolve(e, cal)


def find_periods(
    text: str, calendar: Calendar | str | None = None, *, locale: str | None = None
) -> list[PeriodMatch]:
    """Every period expression in ``text``, in order, resolved where possible.

    Without ``calendar``, a text that names exactly one known issuer
    ("Nissan", "Toyota", "Apple", ...) is read with that issuer's calendar,
    else ``locale`` may suggest one. Expressions no calendar can settle keep
    ``period=None`` with their ``candidates``; this function never raises for
    ambiguity (an unknown calendar name raises
    :class:`~finnorm.errors.UnknownCalendarError`).

    >>> [(m.text, m.period and m.period.label) for m in find_periods(
    ...     "Sales rose in FY2024 and Q1 FY2025.", "SONY")]
    [('FY2024', 'FY2024'), ('Q1 FY2025', 'Q1 FY2025')]
    """
    cal = _lookup(calendar) if calendar is not None else None
    exprs = _scan(text)
    if not exprs:
        return []
    if cal is None:
        cal = _issuer_calendar(text) or _locale_calendar(locale)
    out: list[PeriodMatch] = []
    for e in exprs:
        try:
            p: FiscalPeriod | None = _resolve(e, cal)
            cands: tuple[FiscalPeriod, ...] = ()
        except AmbiguousPeriodError as exc:
            p, cands = None, tuple(exc.candidates)
        except PeriodError:
            continue
        out.append(PeriodMatch(e.start, e.end, text[e.start: e.end], p, cands))
    return out


# ---------------------------------------------------------------------------
# pinning mentions

_SENTENCE_END = re.compile(
    r"(?<=[.!?。！？])(?<!\.[A-Z]\.)(?<!\b[A-Z]\.)(?<!Co\.)(?<!Inc\.)(?<!Ltd\.)(?<!Corp\.)"
    r"(?<!No\.)(?<!vs\.)(?<!approx\.)\s+(?=[A-Z\"'“(\[0-9¥$€£]|[^\x00-\x7f])|\n\s*\n|[。！？]"
)
_PRIOR = re.compile(
    r"\b(?:(?:a|one)\s+year\s+(?:earlier|before|ago)|year[-\s]ago|year[-\s]earlier|"
    r"(?:prior|previous|preceding)[-\s](?:fiscal\s+|financial\s+)?year|last\s+year)\b",
    re.IGNORECASE,
)
_CLAUSE_SEP = re.compile(r";|,\s+(?:while|whereas|but|and|compared|up|down|versus|against|from)\b|,\s|，|、")


def _in_clause(pm: PeriodMatch, clauses: list[tuple[int, int]], ci: int) -> bool:
    return _which(clauses, pm.start) == ci or _which(clauses, pm.end - 1) == ci


def _year_before(p: FiscalPeriod, given: Calendar | str | None) -> FiscalPeriod | None:
    """The same period one fiscal year earlier (``None`` if it cannot be had)."""
    try:
        if p.calendar:
            cal = calendar(given) if given is not None else None
            if cal is None or cal.name != p.calendar:
                cal = calendar(p.calendar)
            if p.kind == "year":
                return cal.year(p.year - 1)
            if p.kind == "half":
                return cal.half(p.year - 1, p.number or 1)
            return cal.quarter(p.year - 1, p.number or 1)
        start = p.start.replace(year=p.start.year - 1) if (p.start.month, p.start.day) != (2, 29) \
            else _dt.date(p.start.year - 1, 3, 1)
        end = _month_end(p.end.year - 1, p.end.month) if p.end == _month_end(p.end.year, p.end.month) \
            else p.end.replace(year=p.end.year - 1)
        return FiscalPeriod(start, end, p.kind, p.number, p.year - 1, _adhoc_label(p.kind, None, end), "")
    except (PeriodError, ValueError):
        return None


def _bounds(rx: re.Pattern[str], text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    cuts = [lo] + [m.end() for m in rx.finditer(text, lo, hi)] + [hi]
    return [(a, b) for a, b in itertools.pairwise(cuts) if b > a]


def _which(spans: list[tuple[int, int]], pos: int) -> int:
    for i, (a, b) in enumerate(spans):
        if a <= pos < b:
            return i
    return len(spans) - 1


def pin(
    text: str,
    mentions: Sequence[Mention],
    calendar: Calendar | str | None = None,
    *,
    locale: str | None = None,
) -> list[Mention]:
    """``mentions`` with ``period`` set to the fiscal period their clause or
    sentence refers to, ``None`` when the text says nothing (or nothing that
    can be settled: this never raises for ambiguity).

    A period in the mention's own clause wins; otherwise the nearest earlier
    one in the sentence, then the nearest later one. Explicit dates and
    calendars named in the text win over ``calendar``; ``locale`` suggests a
    calendar when none is given.

    >>> from finnorm.model import Money, Mention
    >>> text = ("Nissan posted a net loss of ¥670.9 billion (A$7.1 billion) throughout "
    ...         "the 2024 Japanese financial year (April 2024 to March 2025).")
    >>> ms = [Mention("¥670.9 billion", 28, 42, Money("670900000000", "JPY")),
    ...       Mention("A$7.1 billion", 44, 57, Money("7100000000", "AUD"))]
    >>> [(m.period.label, str(m.period.start), str(m.period.end)) for m in pin(text, ms)]
    [('FY2024', '2024-04-01', '2025-03-31'), ('FY2024', '2024-04-01', '2025-03-31')]
    """
    if not mentions:
        return []
    if not _MAYBE_PERIOD.search(text):
        return [dataclasses.replace(m, period=None) if m.period is not None else m for m in mentions]
    sentences = _bounds(_SENTENCE_END, text, 0, len(text)) or [(0, len(text))]
    matches = _periods_near(text, mentions, sentences, calendar, locale)
    if not matches:
        return [dataclasses.replace(m, period=None) if m.period is not None else m for m in mentions]
    out: list[Mention] = []
    for men in mentions:
        period = _period_for(text, men, matches, sentences, calendar)
        out.append(dataclasses.replace(men, period=period) if men.period != period else men)
    return out


def _periods_near(
    text: str,
    mentions: Sequence[Mention],
    sentences: list[tuple[int, int]],
    calendar: Calendar | str | None,
    locale: str | None,
) -> list[PeriodMatch]:
    """Period expressions in the sentences that hold a mention (only those can
    be chosen), read with the calendar the whole text suggests. Each window
    runs a little past its sentence so an expression cut by a false sentence
    end ("Mar. 31, 2025") is still read whole."""
    if not _MAYBE_PERIOD.search(text):
        return []
    wanted = sorted({_which(sentences, m.start) for m in mentions})
    windows: list[tuple[int, int]] = []
    for i in wanted:
        lo, hi = sentences[i]
        hi = min(len(text), hi + 80)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(hi, windows[-1][1]))
        else:
            windows.append((lo, hi))
    cal = _lookup(calendar) if calendar is not None else None
    if cal is None:
        cal = _issuer_calendar(text) or _locale_calendar(locale)
    out: list[PeriodMatch] = []
    for lo, hi in windows:
        for pm in find_periods(text[lo:hi], cal):
            if not out or pm.start + lo >= out[-1].end:
                out.append(pm._replace(start=pm.start + lo, end=pm.end + lo))
    return out


def _period_for(
    text: str,
    men: Mention,
    matches: list[PeriodMatch],
    sentences: list[tuple[int, int]],
    given: Calendar | str | None,
) -> FiscalPeriod | None:
    s_lo, s_hi = sentences[_which(sentences, men.start)]
    in_sentence = [pm for pm in matches if s_lo <= pm.start < s_hi]
    if not in_sentence:
        return None
    clauses = _bounds(_CLAUSE_SEP, text, s_lo, s_hi)
    ci = _which(clauses, men.start)
    # a period expression may itself hold a clause separator ("March 31, 2025")
    same = [pm for pm in in_sentence if _in_clause(pm, clauses, ci)]
    if same:  # the nearest in the mention's own clause, either side
        return min(
            same, key=lambda pm: min(abs(pm.start - men.end), abs(men.start - pm.end))
        ).period
    earlier = [pm for pm in in_sentence if pm.end <= men.start]
    chosen = earlier[-1] if earlier else in_sentence[0]
    if chosen.period is not None and _PRIOR.search(text, *clauses[ci]):
        # "... compared with ¥426.6 billion a year earlier": the year before
        return _year_before(chosen.period, given)
    return chosen.period
