"""Fiscal calendars: the model, and dates to fiscal years, halves and quarters.

A :class:`Calendar` is an immutable value holding a rule (a month-anchored
year, or a 52/53-week year) and how its years are named. There is no
process-wide setting: every call says which calendar it means. This module
reads no text and loads no data; the built-in calendars live in
:mod:`finnorm.fiscal.registry`, the vectorised paths in
:mod:`finnorm.fiscal.vector`, period expressions in :mod:`finnorm.fiscal.text`.

>>> import datetime as dt
>>> acme = Calendar("ACME", start_month=7, number="end")   # your own, in one line
>>> acme.year_of(dt.date(2024, 7, 1)).label
'FY2025'
>>> p = acme.nine_months(2025)
>>> p.label, p.start, p.end
('9M FY2025', datetime.date(2024, 7, 1), datetime.date(2025, 3, 31))

Calendars and periods are immutable and safe to share between threads: the
only state is memoisation (each calendar's period cache), which only ever
stores equal values.
"""
from __future__ import annotations

import calendar as _stdcal
import dataclasses
import datetime as _dt
import functools
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from ..errors import InvalidArgumentError, PeriodError
from ..model import FiscalPeriod

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np
    import numpy.typing as npt

__all__ = ["KINDS", "Calendar", "add_months", "as_date", "month_end"]

#: the kinds of period a calendar names: a year, a half, a quarter, and the
#: first nine months of a year (the cumulative third-quarter figure)
KINDS = ("year", "half", "quarter", "nine_months")

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)
_MONTH_ABBR = tuple(m[:3].title() for m in _MONTHS)
_ONE_DAY = _dt.timedelta(days=1)


def add_months(day: _dt.date, months: int) -> _dt.date:
    """``day`` moved by whole months; a day the target month lacks becomes its
    last day (31 May - 3 months = 28 or 29 February).

    >>> add_months(_dt.date(2024, 5, 31), -3), add_months(_dt.date(2023, 1, 29), 12)
    (datetime.date(2024, 2, 29), datetime.date(2024, 1, 29))
    """
    m0 = day.month - 1 + months
    year, month = day.year + m0 // 12, m0 % 12 + 1
    return _dt.date(year, month, min(day.day, _stdcal.monthrange(year, month)[1]))


def month_end(year: int, month: int) -> _dt.date:
    """The last day of ``month`` in ``year``."""
    return _dt.date(year, month, _stdcal.monthrange(year, month)[1])


_add_months = add_months
_month_end = month_end


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
        # the text layer reads labels; imported here, when a calendar is built
        from .text import label_reads_back

        return label_reads_back(self, number)

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

        >>> from finnorm.fiscal import calendar
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
        >>> from finnorm.fiscal import calendar
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
        >>> from finnorm.fiscal import calendar
        >>> calendar("TOYOTA").year_number(dt.date(2024, 4, 1))
        2025
        """
        return self.year_quarter(day)[0]

    def year_quarter_array(self, days: Any) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        """Vectorised :meth:`year_quarter` for a numpy ``datetime64`` array
        (or anything ``numpy.asarray(..., 'datetime64[D]')`` accepts); see
        :func:`finnorm.fiscal.vector.year_quarter_array`.

        >>> import numpy as np
        >>> ys, qs = Calendar("JP", start_month=4).year_quarter_array(
        ...     np.array(["2024-03-31", "2024-04-01", "2025-01-01"], dtype="datetime64[D]"))
        >>> ys.tolist(), qs.tolist()
        ([2023, 2024, 2024], [4, 1, 4])
        """
        from .vector import year_quarter_array

        return year_quarter_array(self, days)

    def _rule_key(self) -> tuple[Any, ...]:
        if self.weekly:
            return ("w", self.end_month, self.weekday, self.rule, self.extra_week, self._shift)
        return ("m", self.start_month, self.start_day, self._shift)

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
        if kind == "nine_months":
            start = self._quarter_bounds(number, 1)[0]
            end = self._quarter_bounds(number, 3)[1]
            return FiscalPeriod(start, end, "nine_months", None, number, f"9M {ylabel}", self.name)
        start, end = self._quarter_bounds(number, part)
        return FiscalPeriod(start, end, "quarter", part, number, f"Q{part} {ylabel}", self.name)

    def year(self, number: int) -> FiscalPeriod:
        """Fiscal year ``number`` (as this calendar numbers its years).

        >>> from finnorm.fiscal import calendar
        >>> calendar("IN").year(2025).label
        'FY2024-25'
        """
        return self._period("year", int(number), 0)

    def half(self, number: int, half: int) -> FiscalPeriod:
        """Half ``half`` (1 or 2) of fiscal year ``number``.

        >>> from finnorm.fiscal import calendar
        >>> calendar("AU").half(2025, 2).start
        datetime.date(2025, 1, 1)
        """
        if half not in (1, 2):
            raise PeriodError(f"a half is 1 or 2, not {half!r}")
        return self._period("half", int(number), half)

    def quarter(self, number: int, quarter: int) -> FiscalPeriod:
        """Quarter ``quarter`` (1-4) of fiscal year ``number``.

        >>> from finnorm.fiscal import calendar
        >>> calendar("MSFT").quarter(2025, 1).end
        datetime.date(2024, 9, 30)
        """
        if quarter not in (1, 2, 3, 4):
            raise PeriodError(f"a quarter is 1..4, not {quarter!r}")
        return self._period("quarter", int(number), quarter)

    def nine_months(self, number: int) -> FiscalPeriod:
        """The first nine months of fiscal year ``number`` (quarters 1-3: the
        cumulative figure of a third-quarter report, "9M", 累計, 前三季度).

        >>> Calendar("JP", start_month=4).nine_months(2024).end
        datetime.date(2024, 12, 31)
        """
        return self._period("nine_months", int(number), 0)

    def cumulative(self, number: int, quarters: int) -> FiscalPeriod:
        """The first ``quarters`` quarters of fiscal year ``number``: a
        quarter, a half, nine months or the year.

        >>> Calendar("CY").cumulative(2024, 2).label
        'H1 FY2024'
        """
        if quarters == 1:
            return self.quarter(number, 1)
        if quarters == 2:
            return self.half(number, 1)
        if quarters == 3:
            return self.nine_months(number)
        if quarters == 4:
            return self.year(number)
        raise PeriodError(f"a year has 1 to 4 quarters, not {quarters!r}")

    def year_of(self, day: _dt.date) -> FiscalPeriod:
        """The fiscal year containing ``day``."""
        return self._period("year", self.year_quarter(_as_date(day))[0], 0)

    def half_of(self, day: _dt.date) -> FiscalPeriod:
        """The fiscal half containing ``day``.

        >>> import datetime as dt
        >>> from finnorm.fiscal import calendar
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
        """``year_of``, ``half_of``, ``quarter_of`` by name, or
        ``"nine_months"``: the first nine months of the year holding ``day``."""
        if kind == "year":
            return self.year_of(day)
        if kind == "half":
            return self.half_of(day)
        if kind == "quarter":
            return self.quarter_of(day)
        if kind == "nine_months":
            return self.nine_months(self.year_quarter(_as_date(day))[0])
        raise PeriodError(f"kind is one of {', '.join(KINDS)}, not {kind!r}")

    def periods(self, kind: str, first: int, last: int) -> Iterator[FiscalPeriod]:
        """Every period of ``kind`` in fiscal years ``first``..``last``, in order.

        >>> from finnorm.fiscal import calendar
        >>> [p.label for p in calendar("SG").periods("half", 2024, 2025)]
        ['H1 FY2024', 'H2 FY2024', 'H1 FY2025', 'H2 FY2025']
        """
        parts = {"year": (0,), "half": (1, 2), "quarter": (1, 2, 3, 4), "nine_months": (0,)}.get(kind)
        if parts is None:
            raise PeriodError(f"kind is one of {', '.join(KINDS)}, not {kind!r}")
        for n in range(first, last + 1):
            for part in parts:
                yield self._period(kind, n, part)

    def parse(self, text: str) -> FiscalPeriod:
        """Read one period expression ("FY2024", "Q3 FY24", "2024-25", ...) in
        this calendar. Text naming another calendar ("the Japanese financial
        year 2024") or explicit dates win over this calendar's assumptions.

        >>> from finnorm.fiscal import calendar
        >>> calendar("JP").parse("1H FY2025").end
        datetime.date(2025, 9, 30)
        >>> calendar("UK-tax").parse("the 2025 to 2026 tax year").start
        datetime.date(2025, 4, 6)
        """
        from .text import parse_period

        return parse_period(text, self)


def _rebuild_calendar(init: dict[str, Any]) -> Calendar:
    return Calendar(**init)


def as_date(day: Any) -> _dt.date:
    """A date from a date, a datetime or an ISO string."""
    return _as_date(day)


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
    raise InvalidArgumentError(f"expected a date, not {type(day).__name__}")


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

