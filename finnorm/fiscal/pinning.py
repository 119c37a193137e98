"""Pinning money mentions to the fiscal period their clause or sentence names.

One sweep, linear in the text: sentence bounds are found once, only the
sentences holding a mention are scanned for period expressions (each once),
and every mention looks up its sentence and the expressions inside it by
bisection. A 20 MB filing costs what its sentences cost, never mentions ×
sentences.

The period chosen for a mention is the most specific one its text supports:
the nearest expression in its own clause; a quarter, half or nine months
named without a year next to it ("In fiscal 2024, fourth-quarter revenue was
$5 billion") is read in the year the sentence names; otherwise the nearest
earlier expression in the sentence, then the nearest later one.

>>> from finnorm.model import Money, Mention
>>> text = "In fiscal 2024, fourth-quarter revenue was $5.2 billion."
>>> i = text.index("$")
>>> pin(text, [Mention("$5.2 billion", i, i + 12, Money("5.2e9", "USD"))], "MSFT")[0].period.label
'Q4 FY2024'
"""
from __future__ import annotations

import dataclasses
import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from ..errors import PeriodError
from ..model import FiscalPeriod, Mention
from .core import month_end
from .registry import calendar as _lookup
from .text import MAYBE_PERIOD, Expr, _language, _settle, resolve, scan

if TYPE_CHECKING:  # pragma: no cover
    from ..locale import Locale
    from .core import Calendar

__all__ = ["pin"]

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
_REACH = 80  # a window runs this far past its sentence (an expression cut by "Mar. 31")
_LONGEST = 1500  # a longer "sentence" (a list, a table, text without stops) is cut at line ends


class _Found(NamedTuple):
    start: int
    end: int
    expr: Expr
    period: FiscalPeriod | None  # None for a part named without its year


def pin(
    text: str,
    mentions: Sequence[Mention],
    calendar: Calendar | str | None = None,
    *,
    locale: str | Locale | None = None,
) -> list[Mention]:
    """``mentions`` with ``period`` set to the fiscal period their clause or
    sentence refers to, ``None`` when the text says nothing (or nothing that
    can be settled: this never raises for ambiguity).

    Explicit dates and calendars named in the text win over ``calendar``;
    ``locale`` (an id or a :class:`finnorm.locale.Locale`) suggests a
    calendar when none is given and the language of the period words.

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
    if calendar is not None:
        _lookup(calendar)  # an unknown name is an error even when nothing is found
    if not MAYBE_PERIOD.search(text):
        return [_with(m, None) for m in mentions]
    starts = _sentence_starts(text)
    cal, tax_cal = _settle(calendar, locale, text)
    found = _scan_windows(text, mentions, starts, cal, tax_cal, _language(locale))
    if not any(f.period is not None for f in found):
        return [_with(m, None) for m in mentions]
    found_starts = [f.start for f in found]
    clauses: dict[int, tuple[list[tuple[int, int]], list[int]]] = {}
    out: list[Mention] = []
    for men in mentions:
        si = bisect_right(starts, men.start) - 1
        s_lo = starts[si]
        s_hi = starts[si + 1] if si + 1 < len(starts) else len(text)
        lo, hi = bisect_left(found_starts, s_lo), bisect_left(found_starts, s_hi)
        period = _period_for(text, men, found[lo:hi], s_lo, s_hi, clauses, si, cal)
        out.append(_with(men, period))
    return out


def _with(m: Mention, period: FiscalPeriod | None) -> Mention:
    return m if m.period == period else dataclasses.replace(m, period=period)


def _sentence_starts(text: str) -> list[int]:
    """Where each sentence starts. A run longer than ``_LONGEST`` without a
    sentence end (lines of a table, lower-cased text) is cut at line ends,
    else at spaces, so that no mention looks beyond a bounded stretch: the
    work per mention is bounded and the whole sweep linear."""
    starts = [0] + [m.end() for m in _SENTENCE_END.finditer(text) if 0 < m.end() < len(text)]
    out: list[int] = []
    for a, b in itertools.pairwise([*starts, len(text)]):
        out.append(a)
        pos = a
        while b - pos > _LONGEST:
            lo, hi = pos + _LONGEST // 2, pos + _LONGEST
            cut = text.rfind("\n", lo, hi)
            if cut < 0:
                cut = max(text.rfind(" ", lo, hi), -1)
            pos = cut + 1 if cut >= 0 else hi
            out.append(pos)
    return out


def _scan_windows(
    text: str,
    mentions: Sequence[Mention],
    starts: list[int],
    cal: Calendar | None,
    tax_cal: Calendar | None,
    language: str | None,
) -> list[_Found]:
    """Period expressions (and parts named without a year) in the sentences
    that hold a mention, each window scanned once."""
    wanted = sorted({bisect_right(starts, m.start) - 1 for m in mentions})
    windows: list[tuple[int, int]] = []
    for i in wanted:
        lo = starts[i]
        hi = min(len(text), (starts[i + 1] if i + 1 < len(starts) else len(text)) + _REACH)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(hi, windows[-1][1]))
        else:
            windows.append((lo, hi))
    out: list[_Found] = []
    for lo, hi in windows:
        for e in scan(text[lo:hi], language, parts=True):
            if out and e.start + lo < out[-1].end:
                continue
            if e.how == "part":
                period = None
            else:
                try:
                    period = resolve(e, cal, tax_cal, candidates=False)
                except PeriodError:  # ambiguous or impossible: the text does not settle it
                    period = None
                    if e.how not in ("number", "span", "jp"):
                        continue
            out.append(_Found(e.start + lo, e.end + lo, e, period))
    return out


def _bounds(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    cuts = [lo] + [m.end() for m in _CLAUSE_SEP.finditer(text, lo, hi)] + [hi]
    return [(a, b) for a, b in itertools.pairwise(cuts) if b > a]


def _clause_of(starts: list[int], pos: int) -> int:
    return max(0, bisect_right(starts, pos) - 1)


def _distance(f: _Found, men: Mention) -> int:
    return min(abs(f.start - men.end), abs(men.start - f.end))


def _period_for(
    text: str,
    men: Mention,
    in_sentence: Sequence[_Found],
    s_lo: int,
    s_hi: int,
    cache: dict[int, tuple[list[tuple[int, int]], list[int]]],
    si: int,
    cal: Calendar | None,
) -> FiscalPeriod | None:
    full = [f for f in in_sentence if f.expr.how != "part"]
    if not full:
        return None
    hit = cache.get(si)
    if hit is None:
        bounds = _bounds(text, s_lo, s_hi)
        hit = cache[si] = (bounds, [a for a, _ in bounds])
    clauses, cstarts = hit
    ci = _clause_of(cstarts, men.start)

    def in_clause(f: _Found) -> bool:
        return _clause_of(cstarts, f.start) == ci or _clause_of(cstarts, f.end - 1) == ci

    same = [f for f in full if in_clause(f)]
    parts = [f for f in in_sentence if f.expr.how == "part" and in_clause(f)]
    if parts and (not same or min(map(lambda f: _distance(f, men), parts))
                  < min(map(lambda f: _distance(f, men), same))):
        # "fourth-quarter revenue ... in fiscal 2024": the part, in the year the sentence names
        part = min(parts, key=lambda f: _distance(f, men))
        year = _year_for(full, part, men)
        if year is not None:
            try:
                return resolve(year.expr._replace(part=part.expr.part), cal)
            except PeriodError:
                pass
    if same:  # the nearest in the mention's own clause; the shorter of two as near
        best = min(same, key=lambda f: (_distance(f, men), _days(f)))
        return best.period
    earlier = [f for f in full if f.end <= men.start]
    chosen = earlier[-1] if earlier else full[0]
    if chosen.period is not None and _PRIOR.search(text, *clauses[ci]):
        # "... compared with ¥426.6 billion a year earlier": the year before
        return _year_before(chosen.period, cal)
    return chosen.period


def _days(f: _Found) -> int:
    return f.period.days if f.period is not None else 10**6


def _year_for(full: Sequence[_Found], part: _Found, men: Mention) -> _Found | None:
    """The whole-year expression a bare part belongs to: the nearest in the sentence."""
    years = [f for f in full if f.expr.part is None and f.expr.months == 12 and f.period is not None
             and f.period.kind == "year"]
    if not years:
        return None
    return min(years, key=lambda f: min(abs(f.start - part.end), abs(part.start - f.end)))


def _year_before(p: FiscalPeriod, given: Calendar | None) -> FiscalPeriod | None:
    """The same period one fiscal year earlier (``None`` if it cannot be had)."""
    import datetime as _dt

    from .text import _adhoc_label

    try:
        if p.calendar:
            cal = given if given is not None and given.name == p.calendar else _lookup(p.calendar)
            if p.kind == "year":
                return cal.year(p.year - 1)
            if p.kind == "half":
                return cal.half(p.year - 1, p.number or 1)
            if p.kind == "nine_months":
                return cal.nine_months(p.year - 1)
            return cal.quarter(p.year - 1, p.number or 1)
        start = p.start.replace(year=p.start.year - 1) if (p.start.month, p.start.day) != (2, 29) \
            else _dt.date(p.start.year - 1, 3, 1)
        end = month_end(p.end.year - 1, p.end.month) if p.end == month_end(p.end.year, p.end.month) \
            else p.end.replace(year=p.end.year - 1)
        return FiscalPeriod(start, end, p.kind, p.number, p.year - 1, _adhoc_label(p.kind, end), "")
    except (PeriodError, ValueError):
        return None
