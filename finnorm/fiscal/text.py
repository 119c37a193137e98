"""Period expressions in text, in every language of ``periods.toml``.

:func:`parse_period` reads one expression, :func:`find_periods` finds them
in running text. The patterns are built from the period words of
:mod:`finnorm.fiscal.lexicon`: a locale narrows them to its language (plus
English and the forms every language uses, ``Q3``, ``FY24``, ``9M``);
without one, every language is read.

What is read: fiscal years ("FY2024", "fiscal '24", "FY25E", "2024-25",
"Geschäftsjahr 2024", "exercice 2024/25", "2024회계연도", "2024财年", "令和6年度",
"2025年3月期", "FY3/2025"), their quarters, halves and first nine months in
either order ("Q3 FY24", "the fiscal 2024 fourth quarter", "9MFY25",
"troisième trimestre 2023/24", "2024年第三季度", "kuartal III 2024",
"वित्त वर्ष 2024-25 की चौथी तिमाही", "the March quarter"), periods that name
their end ("the three months ended June 29, 2024", "Semestre clos au 30 juin
2024", "30 Eylül 2024 tarihinde sona eren dokuz aylık hesap dönemi") and
explicit ranges ("April 2024 to March 2025", "vom 1. Januar bis 31. Dezember
2025", "自 2024年12月1日 至 2025年8月31日").

A period that names its end runs from the day after the same day N months
earlier (a month-end end runs from the first of a month): "the year ended
January 28, 2023" is 2022-01-29..2023-01-28. When a calendar (given, named in
the text, or suggested by the locale) has a period ending there, the period
is that calendar's, with its label; a 52/53-week calendar's years end on a
weekday, so "the year to September 2024" is Apple's FY2024.

>>> parse_period("the year ended March 31, 2025").label
'year ending Mar 2025'
>>> p = parse_period("nine months ended December 31, 2024")
>>> p.kind, p.start, p.end
('nine_months', datetime.date(2024, 4, 1), datetime.date(2024, 12, 31))
>>> parse_period("FY3/2025").end, parse_period("FY2025/3").start
(datetime.date(2025, 3, 31), datetime.date(2024, 4, 1))
>>> parse_period("the fiscal 2024 fourth quarter", "MSFT").label
'Q4 FY2024'
>>> parse_period("exercice 2024/25", "JP").label
'FY2024'
>>> parse_period("2024年第三季度", locale="zh").label
'Q3 FY2024'
"""
from __future__ import annotations

import datetime as _dt
import re
from bisect import bisect_right
from typing import TYPE_CHECKING, NamedTuple

from ..errors import AmbiguousPeriodError, InvalidArgumentError, PeriodError
from ..model import FiscalPeriod
from .core import Calendar, add_months, month_end
from .grammar import _FOLD, Grammar, grammar, langs_for, squash
from .registry import (
    builtin,
    calendar_for_locale,
    hint_map,
    issuer_calendar,
    tax_calendar_for_locale,
)

if TYPE_CHECKING:  # pragma: no cover
    from ..locale import Locale

__all__ = ["PeriodMatch", "find_periods", "label_reads_back", "parse_period"]

_ONE_DAY = _dt.timedelta(days=1)
_MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925}
#: every expression holds a year: four digits, two after FY/'/a part code or
#: before 財年, or 年度 (令和元年度); a text without one is not scanned at all
MAYBE_PERIOD = re.compile(
    r"(?<![0-9])(?:1[5-9]|2[0-9])[0-9][0-9]|[FfＦｆ][YyＹｙ]\s?'?[0-9０-９]|['’][0-9][0-9]|年度"
    r"|[0-9][0-9]\s*[財财]年|[QqHhTtSsMm][1-4]?\s?'?[0-9][0-9]|[1-4][QqHhTtSs]\s?'?[0-9]"
    r"|[\uff10-\uff19]{4}"
)


class PeriodMatch(NamedTuple):
    """A period expression found in text: ``text[start:end]`` is the
    expression; ``period`` is what it means (``None`` when it cannot be settled
    without a calendar; ``candidates`` then lists the readings)."""

    start: int
    end: int
    text: str
    period: FiscalPeriod | None
    candidates: tuple[FiscalPeriod, ...] = ()


class Expr(NamedTuple):
    """One expression as scanned, before a calendar reads it."""

    start: int
    end: int
    how: str  # number | span | jp | ending | range | bare | part
    a: int  # year number / start year / end year
    months: int  # dated: 12, 9, 6, 3
    dates: tuple[_dt.date, _dt.date] | None  # dated expressions
    exact_end: bool  # the end day was written
    hint: str | None  # calendar key named in the text
    part: tuple[str, int] | None  # ('quarter', 3) ('half', 1) ('cum', 3) ('month', 3)
    tax: bool = False  # a tax-year word
    short: bool = False  # a two-digit year


def _language(locale: str | Locale | None) -> str | None:
    from ..locale import locale_of

    loc = locale_of(locale)
    return None if loc is None else loc.language


# ---------------------------------------------------------------------------
# scanning


def _lower(text: str) -> str:
    """``text`` folded and lower-cased, keeping every offset."""
    low = text.translate(_FOLD).lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c) == 1 else o for c, o in zip(  # pragma: no cover - rare scripts
        (ch.lower() for ch in text.translate(_FOLD)), text.translate(_FOLD)))


def scan(text: str, language: str | None = None, *, parts: bool = False) -> list[Expr]:
    """Every period expression in ``text``, leftmost-longest, not overlapping
    (``language``: the locale's language, else every language). With
    ``parts``, quarters/halves named without a year ("the fourth quarter")
    are kept too, as ``how="part"``."""
    if not parts and not MAYBE_PERIOD.search(text):
        return []
    g = grammar(langs_for(language))
    norm = _lower(text)
    windows = _year_windows(norm)
    found: list[Expr] = []
    for kind, rx in g.patterns:
        spans = windows if kind in _WINDOWED else ((0, len(norm)),)
        for lo, hi in spans:
            for m in rx.finditer(norm, lo, hi):
                e = _expr(kind, m, g, language)
                if e is not None:
                    found.append(e)
    found.sort(key=lambda x: (x.start, -(x.end - x.start)))
    chosen: list[Expr] = []
    last = -1
    for e in found:
        if e.start >= last:
            chosen.append(e)
            last = e.end
    out: list[Expr] = []
    for e in chosen:
        e = _with_part(norm, e, g)
        if e.how == "bare" and e.part is None:
            continue
        if out and e.start < out[-1].end:  # a prefix reached into the previous expression
            continue
        out.append(e)
    merged = _merge(norm, out)
    if parts:
        merged = _add_parts(norm, merged, g)
    return merged


# Patterns that hold a four-digit year run only near one: a date reaches at
# most this far before its year ("from 1 January to 31 December 2025") and
# after it ("... 2024 tarihinde sona eren dokuz aylık ara hesap dönemine").
_WINDOWED = frozenset({"dated", "ending", "bare", "span", "year_first", "jp_ki", "fy_month"})
_BEFORE, _AFTER = 120, 80
_YEAR_ANCHOR = re.compile(r"(?:1[5-9]|2\d)\d\d")
_SPACE = re.compile(r"\s")


def _year_windows(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for m in _YEAR_ANCHOR.finditer(text):
        lo = max(0, m.start() - _BEFORE)
        hi = m.end() + _AFTER
        if hi < len(text):  # never cut a word: run to the next space
            sp = _SPACE.search(text, hi)
            hi = sp.start() if sp else len(text)
        hi = min(hi, len(text))
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(hi, out[-1][1]))
        else:
            out.append((lo, hi))
    return out


def _add_parts(text: str, exprs: list[Expr], g: Grammar) -> list[Expr]:
    ends = [e.end for e in exprs]  # exprs are sorted and do not overlap
    starts = [e.start for e in exprs]
    extra: list[Expr] = []
    for m in g.part_rx.finditer(text):
        s, t = m.span()
        i = bisect_right(ends, s)  # the first expression ending after s
        if t == s or (i < len(starts) and starts[i] < t):
            continue
        part = g.parts.get(squash(m.group(0)))
        if part is not None:
            extra.append(Expr(s, t, "part", 0, 12, None, False, None, part))
    return sorted(exprs + extra, key=lambda x: x.start)


def _year2(s: str) -> int:
    s = s.lstrip("'’")
    n = int(s)
    if len(s) == 4:
        return n
    return 2000 + n if n < 70 else 1900 + n


def _month_word(word: str, g: Grammar, prefer: str | None) -> int | None:
    hits = g.months.get(squash(word).rstrip("."))
    if not hits:
        return None
    numbers = {n for _, n in hits}
    if len(numbers) == 1:
        return numbers.pop()
    for code, n in hits:  # the same spelling names two months: the locale settles it
        if code == prefer:
            return n
    return None


def _read_date(m: re.Match[str], p: str, g: Grammar, prefer: str | None, *, first: bool
               ) -> tuple[_dt.date | None, int | None, int | None, bool] | None:
    """(date or None, month, year or None, day written?) from a ``_date(p)``
    match; a month alone means its first (``first``) or last day."""
    gr = m.group
    try:
        mon = gr(f"{p}m1")
        if mon:
            mo = _month_word(mon, g, prefer)
            if mo is None:
                return None
            d1, d2 = gr(f"{p}d1"), gr(f"{p}d2")
            if d1 and d2:
                return None  # "31 march 30": not a date
            d_txt = d1 or d2
            y_txt = gr(f"{p}y1")
            if not y_txt:
                return None, mo, None, bool(d_txt)
            y = int(y_txt)
            if d_txt:
                return _dt.date(y, mo, int(d_txt)), mo, y, True
            return (_dt.date(y, mo, 1) if first else month_end(y, mo)), mo, y, False
        for k in ("4", "5", "6", "7"):
            mo_txt = gr(f"{p}m{k}")
            if mo_txt:
                mo = int(mo_txt)
                y_txt = gr(f"{p}y{k}")
                d_txt = gr(f"{p}d{k}")
                if not 1 <= mo <= 12:
                    return None
                if not y_txt:
                    return None, mo, None, bool(d_txt)
                y = int(y_txt)
                if d_txt:
                    return _dt.date(y, mo, int(d_txt)), mo, y, True
                return (_dt.date(y, mo, 1) if first else month_end(y, mo)), mo, y, False
    except (ValueError, TypeError):
        return None
    return None


def _day_of(m: re.Match[str], p: str) -> int | None:
    for k in ("1", "2", "4", "5", "6", "7"):
        if f"{p}d{k}" not in m.re.groupindex:
            continue
        d = m.group(f"{p}d{k}")
        if d:
            return int(d)
    return None


def _months_between(start: _dt.date, end: _dt.date) -> int | None:
    """Whole months from ``start`` to ``end`` inclusive (about), else None."""
    nxt = end + _ONE_DAY
    months = (nxt.year - start.year) * 12 + nxt.month - start.month
    if nxt.day == start.day or (start.day == 1 and nxt.day == 1):
        return months
    # 52/53-week style: within a week of a whole number of months
    approx = round((end - start).days / 30.4375)
    if approx in (3, 6, 9, 12) and abs((end - start).days + 1 - approx * 30.4375) <= 8:
        return approx
    return None


def start_of(end: _dt.date, months: int) -> _dt.date:
    """The first day of the ``months`` months that end on ``end``: the day
    after the end, ``months`` months earlier (clamped to the month's end).

    >>> start_of(_dt.date(2023, 1, 28), 12), start_of(_dt.date(2024, 6, 29), 3)
    (datetime.date(2022, 1, 29), datetime.date(2024, 3, 30))
    >>> start_of(_dt.date(2024, 3, 31), 12), start_of(_dt.date(2024, 2, 29), 3)
    (datetime.date(2023, 4, 1), datetime.date(2023, 12, 1))
    """
    return add_months(end + _ONE_DAY, -months)


def _expr(kind: str, m: re.Match[str], g: Grammar, language: str | None) -> Expr | None:
    gr = m.group
    s, e = m.span()
    if kind == "jp_nendo":
        y = _ERAS[gr("era")] + (1 if gr("en") == "元" else int(gr("en"))) if gr("era") else int(gr("a"))
        # 年度 is the Japanese April year; Chinese text uses it for any fiscal year
        return Expr(s, e, "jp" if language != "zh" else "number", y, 12, None, False,
                    "jp" if language != "zh" else None, None)
    if kind in ("jp_ki", "fy_month"):
        if kind == "jp_ki":
            y, mo = int(gr("a")), int(gr("m"))
        elif gr("m1"):
            y, mo = int(gr("y1")), int(gr("m1"))
        else:
            y, mo = int(gr("y2")), int(gr("m2"))
            if len(gr("m2")) == 2 and mo == (y + 1) % 100:  # FY2011/12: a span, not December
                return None
        if not 1 <= mo <= 12:
            return None
        end = month_end(y, mo)
        return Expr(s, e, "ending", end.year, 12, (start_of(end, 12), end), False,
                    "jp" if kind == "jp_ki" else None, None)
    if kind == "dated" and gr("to") is None:  # "30 Eylül 2024 tarihinde sona eren dokuz aylık"
        kind = "ending_rev"
    if kind in ("ending", "ending_rev"):
        got = _read_date(m, "e" if kind == "ending" else "r", g, language, first=False)
        if got is None or got[0] is None:
            return None
        end, exact = got[0], got[3]
        months = g.units.get(squash(gr("unit")))
        if months is None:
            return None
        try:
            first = start_of(end, months)
        except (ValueError, OverflowError):
            return None
        tax = g.fyw.get(squash(gr("unit"))) == "tax"
        return Expr(s, e, "ending", end.year, months, (first, end), exact, None, None, tax)
    if kind == "dated":
        hi = _read_date(m, "s", g, language, first=False)
        lo = _read_date(m, "r", g, language, first=True)
        if hi is None or lo is None or hi[0] is None:
            return None
        end = hi[0]
        start = lo[0]
        if start is None:  # the first date without its year: the one that precedes the end
            mo0 = lo[1]
            assert mo0 is not None
            day = _day_of(m, "r") or 1
            y = end.year - (1 if (mo0, day) > (end.month, end.day) else 0)
            try:
                start = _dt.date(y, mo0, day)
            except ValueError:
                return None
        if end <= start:
            return None
        span = _months_between(start, end)
        if span not in (3, 6, 9, 12):
            return None
        return Expr(s, e, "range", start.year, span, (start, end), hi[3], None, None)
    if kind == "code_year":
        part = g.parts.get(squash(gr("code")))
        if part is None:
            return None
        return Expr(s, e, "number", _year2(gr("a4") or gr("a")), 12, None, False, None, part)
    if kind == "bare":
        return Expr(s, e, "bare", int(gr("a")), 12, None, False, None, None)
    a_txt = gr("a")
    groups = m.re.groupindex
    b_txt = (gr("b") if "b" in groups else None) or (gr("b2") if "b2" in groups else None)
    hint = None
    tax = short = False
    if kind in ("fy_first", "year_first", "year_first_short"):
        fkind = g.fyw.get(squash(gr("fyw")), "fiscal")
        tax = fkind == "tax"
        if fkind == "calendar":
            hint = "calendar"
        if "hint" in m.re.groupindex and gr("hint"):
            hint = hint_map().get(squash(gr("hint")))
        two = len(a_txt.lstrip("'’")) == 2
        if two and b_txt is None and fkind != "short" and not a_txt.startswith(("'", "’")):
            return None  # "fiscal 24" is too loose; "FY24" and "fiscal '24" are fine
        short = two
    a = _year2(a_txt)
    if b_txt is None:
        return Expr(s, e, "number", a, 12, None, False, hint, None, tax, short)
    if len(b_txt) == 4:
        if int(b_txt) != a + 1:
            return None
    elif int(b_txt) != (a + 1) % 100:
        return None
    return Expr(s, e, "span", a, 12, None, False, hint, None, tax)


def _part(m: re.Match[str] | None, g: Grammar) -> tuple[str, int] | None:
    """What a part match names: ('quarter', n), ('half', n), ('cum', quarters), ('month', m)."""
    return None if m is None else g.parts.get(squash(m.group(0)))


def _with_part(text: str, e: Expr, g: Grammar) -> Expr:
    """Extend a year expression with the quarter/half/nine months named
    around it: "Q3 FY24", "fiscal 2024 fourth quarter", "9MFY25",
    "troisième trimestre de l'exercice 2023/24", "2024年度第3四半期"."""
    if e.part is not None or e.how not in ("number", "span", "jp", "ending", "bare"):
        return e
    if e.how == "ending" and e.months != 12:
        return e
    lo = max(0, e.start - 60)
    best = None
    for m in g.part_rx.finditer(text, lo, e.start):
        gap = g.between.match(text, m.end(), e.start)
        if gap is not None and gap.end() == e.start:
            best = m  # the last part that reaches the year through connectors only
    if best is not None:
        part = _part(best, g)
        if part is not None:
            return e._replace(start=best.start(), part=part)
    gap = g.between.match(text, e.end)
    # connectors are greedy: try the part after each of them, the farthest first
    for pos in _stops(text, e.end, gap.end() if gap else e.end):
        pm = g.part_rx.match(text, pos)
        part = _part(pm, g)
        if pm is not None and part is not None:
            return e._replace(end=pm.end(), part=part)
    return e


def _stops(text: str, lo: int, hi: int) -> list[int]:
    """Where a part may start between ``lo`` and ``hi``: after each run of
    connectors/space, the farthest first."""
    stops = {lo, hi}
    for m in re.finditer(r"\s+|[-/,:]", text[lo:hi]):
        stops.add(lo + m.end())
    return sorted(stops, reverse=True)


_GLUE = re.compile(
    r"^[\s,(\[]*(?:i\.e\.,?\s*|that is,?\s*|(?:which|that)\s+(?:ran|runs|run|covered|covers|"
    r"spanned|spans)\s+|running\s+|covering\s+|ending\s+|ended\s+)?(?:from\s+|du\s+|vom\s+|del\s+|"
    r"dal\s+|van\s+|od\s+|с\s+|自\s*)?$"
)


def _merge(text: str, exprs: list[Expr]) -> list[Expr]:
    """Join a year expression with an adjacent explicit range, as in
    "the 2024 Japanese financial year (April 2024 to March 2025)": the
    explicit dates win, the year expression adds its calendar hint."""
    out: list[Expr] = []
    i = 0
    while i < len(exprs):
        cur = exprs[i]
        if i + 1 < len(exprs):
            nxt = exprs[i + 1]
            gap = text[cur.end: nxt.start]
            explicit = {"range", "ending"}
            if len(gap) <= 24 and _GLUE.match(gap) and (
                (cur.how in explicit) != (nxt.how in explicit)
            ) and "part" not in (cur.how, nxt.how):
                yearish, dated = (cur, nxt) if nxt.how in explicit else (nxt, cur)
                end = nxt.end
                tail = re.match(r"\s*[)\]]", text[end:])
                if tail and ("(" in gap or "[" in gap):
                    end += tail.end()
                merged = dated._replace(
                    start=cur.start, end=end, hint=yearish.hint or dated.hint,
                    part=yearish.part, a=yearish.a, tax=yearish.tax or dated.tax,
                )
                out.append(merged._replace(how=dated.how + "+" + yearish.how))
                i += 2
                continue
        out.append(cur)
        i += 1
    return out


# ---------------------------------------------------------------------------
# resolving


def _kind_of(months: int) -> str:
    return {12: "year", 9: "nine_months", 6: "half", 3: "quarter"}[months]


def resolve(e: Expr, cal: Calendar | None, tax_cal: Calendar | None = None, *,
            candidates: bool = True) -> FiscalPeriod:
    """The period an expression means in ``cal`` (text hints take
    precedence; a tax-year word takes ``tax_cal`` when given). Raises
    :class:`AmbiguousPeriodError` when no calendar settles it (listing the
    readings, unless ``candidates`` is false)."""
    hinted = builtin(e.hint) if e.hint else None
    if hinted is None and e.tax and tax_cal is not None:
        hinted = tax_cal
    use = hinted or cal
    how = e.how.split("+")[0]
    if e.dates is not None:
        # explicit dates win; a calendar (named in the text, else given) that agrees names them
        return _resolve_dated(e, [c for c in (hinted, cal) if c is not None])
    if how == "part":
        raise PeriodError("a part of a year without its year")
    if use is None:
        if not candidates:
            raise AmbiguousPeriodError("no calendar settles this period")
        cands = _candidates(e)
        labels = "; ".join(f"{p.calendar} {p.label} = {p.start}..{p.end}" for p in cands)
        raise AmbiguousPeriodError(
            f"no calendar settles this period; readings: {labels}; pass calendar= or locale=",
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
    return _part_of(use, number, e.part)


def _part_of(cal: Calendar, number: int, part: tuple[str, int]) -> FiscalPeriod:
    unit, n = part
    if unit == "quarter":
        return cal.quarter(number, n)
    if unit == "half":
        return cal.half(number, n)
    if unit == "cum":
        return cal.cumulative(number, n)
    for q in (1, 2, 3, 4):  # the quarter that ends in month n
        p = cal.quarter(number, q)
        ends = p.end if not cal.weekly else p.end + _dt.timedelta(days=3)
        if ends.month == n:
            return p
    raise PeriodError(f"no quarter of {cal.name} FY{number} ends in {_MONTH_ABBR[n - 1]}")


def _candidates(e: Expr) -> tuple[FiscalPeriod, ...]:
    seen: dict[tuple[_dt.date, _dt.date], FiscalPeriod] = {}
    for key in ("calendar", "JP", "US-federal", "AU", "IN", "UK-tax", "PK"):
        c = builtin(key.lower())
        try:
            p = resolve(e._replace(hint=key.lower()), c)
        except PeriodError:
            continue
        seen.setdefault((p.start, p.end), p)
    return tuple(sorted(seen.values()))


def _resolve_dated(e: Expr, cals: list[Calendar]) -> FiscalPeriod:
    assert e.dates is not None
    start, end = e.dates
    kind = _kind_of(e.months)
    for cal in cals:
        # the calendar's period that ends where the text says (a 52/53-week
        # year may end up to a week from the month's end)
        probe = end if e.exact_end or not cal.weekly else end - _dt.timedelta(days=3)
        try:
            p = cal.period_of(probe, kind)
        except (PeriodError, IndexError, ValueError, OverflowError):
            p = None
        near = p is not None and cal.weekly and not e.exact_end and abs((p.end - end).days) <= 7
        if p is not None and (p.end == end or near) and (
                e.how.startswith("ending") or p.start == start or cal.weekly):
            if e.part is None or kind != "year":
                return p
            try:
                return _part_of(cal, p.year, e.part)
            except PeriodError:
                break
    # ad hoc: the dates as written
    if e.part is not None and kind == "year" and e.part[0] in ("quarter", "half", "cum"):
        unit, n = e.part
        size = {"quarter": 3, "half": 6, "cum": 3 * n}[unit]
        ps = add_months(start, 3 * (n - 1)) if unit == "quarter" else (
            add_months(start, 6 * (n - 1)) if unit == "half" else start)
        pe = add_months(ps, size) - _ONE_DAY
        year_label = _adhoc_label("year", end)
        kind2 = {"quarter": "quarter", "half": "half", "cum": _kind_of(3 * n)}[unit]
        if unit == "cum":
            tag = {1: "Q1", 2: "H1", 3: "9M", 4: ""}[n]
            return FiscalPeriod(ps, pe, kind2, None if n != 1 else 1, end.year,
                                f"{tag} {year_label}".strip(), "")
        tag = "Q" if unit == "quarter" else "H"
        return FiscalPeriod(ps, pe, kind2, n, end.year, f"{tag}{n} {year_label}", "")
    return FiscalPeriod(start, end, kind, None, end.year, _adhoc_label(kind, end), "")


def _adhoc_label(kind: str, end: _dt.date) -> str:
    unit = {"year": "year", "half": "half-year", "quarter": "quarter",
            "nine_months": "nine months"}[kind]
    if end == month_end(end.year, end.month):
        return f"{unit} ending {_MONTH_ABBR[end.month - 1]} {end.year}"
    return f"{unit} ending {end.isoformat()}"


def label_reads_back(cal: Calendar, number: int) -> bool:
    """True when ``cal``'s label for year ``number`` reads back as that year
    (a calendar whose labels cannot be read would write periods no one can
    parse)."""
    text = cal._format_label(number)
    exprs = scan(text, "en")
    if len(exprs) != 1 or (exprs[0].start, exprs[0].end) != (0, len(text)):
        return False
    e = exprs[0]
    if e.hint is not None and e.hint != cal.name.lower():
        return False
    try:
        return resolve(e._replace(hint=None), cal) == cal.year(number)
    except PeriodError:
        return False


# ---------------------------------------------------------------------------
# public entry points


def _settle(calendar: Calendar | str | None, locale: str | Locale | None,
            text: str | None = None) -> tuple[Calendar | None, Calendar | None]:
    """(calendar to read bare years with, calendar a "tax year" means)."""
    from .registry import calendar as lookup

    if calendar is not None:
        return lookup(calendar), None
    cal = (issuer_calendar(text) if text is not None else None) or calendar_for_locale(locale)
    return cal, tax_calendar_for_locale(locale)


_FILLER = {"", "the", "in", "for", "during", "throughout", "in the", "for the", "during the",
           "im", "in der", "au", "au cours du", "en", "del", "de", "nel", "no", "na", "in het",
           "w", "v", "za", "в", "за"}


def parse_period(
    text: str, calendar: Calendar | str | None = None, locale: str | Locale | None = None
) -> FiscalPeriod:
    """Read ``text`` as one fiscal period expression.

    ``calendar`` (a :class:`Calendar` or a name) says how to read bare years
    like "FY24"; without it ``locale`` may suggest one (``ja`` → JP, ``en_IN``
    → IN, ...) and narrows the words read to its language. Text that names
    its calendar ("the 2024 Japanese financial year", "2024年度") or gives its
    dates ("the year ended March 31, 2025") needs neither. Otherwise
    :class:`~finnorm.errors.AmbiguousPeriodError` lists the candidate readings.

    >>> parse_period("FY24", "TOYOTA").label
    'FY2024'
    >>> parse_period("令和6年度").start
    datetime.date(2024, 4, 1)
    >>> parse_period("the 2025 to 2026 tax year", locale="en_GB").start
    datetime.date(2025, 4, 6)
    >>> parse_period("FY24")
    Traceback (most recent call last):
    ...
    finnorm.errors.AmbiguousPeriodError: no calendar settles this period; readings: ...
    """
    if not isinstance(text, str):
        raise InvalidArgumentError(f"expected text, not {type(text).__name__}")
    cal, tax_cal = _settle(calendar, locale)
    stripped = text.strip()
    exprs = scan(stripped, _language(locale))
    if cal is not None and cal.label == "{start}" and re.fullmatch(r"(?:19|20|21)\d\d", stripped):
        return cal.year(int(stripped))
    if len(exprs) != 1:
        raise PeriodError(f"not a fiscal period: {text!r}")
    e = exprs[0]
    rest = (stripped[: e.start] + stripped[e.end:]).strip(" .,;:()[]").lower()
    if rest not in _FILLER:
        raise PeriodError(f"not a fiscal period: {text!r}")
    return resolve(e, cal, tax_cal)


def find_periods(
    text: str, calendar: Calendar | str | None = None, *, locale: str | Locale | None = None
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
    from .registry import calendar as lookup

    if calendar is not None:
        lookup(calendar)
    exprs = scan(text, _language(locale))
    if not exprs:
        return []
    cal, tax_cal = _settle(calendar, locale, text)
    return [pm for pm in (match(text, e, cal, tax_cal) for e in exprs) if pm is not None]


def match(text: str, e: Expr, cal: Calendar | None, tax_cal: Calendar | None,
          offset: int = 0) -> PeriodMatch | None:
    """``e`` read in ``cal`` as a :class:`PeriodMatch` (``None`` when it means nothing)."""
    try:
        p: FiscalPeriod | None = resolve(e, cal, tax_cal)
        cands: tuple[FiscalPeriod, ...] = ()
    except AmbiguousPeriodError as exc:
        p, cands = None, tuple(exc.candidates)
    except PeriodError:
        return None
    return PeriodMatch(e.start + offset, e.end + offset, text[e.start: e.end], p, cands)
