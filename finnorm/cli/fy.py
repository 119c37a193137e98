"""``finnorm fy`` and ``finnorm calendars``: fiscal periods on the command line.

``finnorm fy 2025-01-15 --calendar JP`` prints the fiscal year, half and
quarter holding the day; ``finnorm fy "Q3 FY24" --calendar IN`` reads a period
expression (in any language of ``periods.toml``: "9MFY25", "Geschäftsjahr
2024", "2024年度第3四半期"); ``finnorm calendars`` lists the built-in calendars with their rules
and sources. Arguments that are ``-`` read one item per line from stdin.
"""
from __future__ import annotations

import argparse
import re
from typing import Any

from . import UsageError, add_format

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def register(subparsers: Any) -> None:
    """Add the ``fy`` and ``calendars`` subcommands."""
    p = subparsers.add_parser(
        "fy",
        help="fiscal year, half and quarter of a date, or the dates of a period",
        description=(
            "For a date (YYYY-MM-DD or 'today'): the fiscal year, half and quarter that hold it. "
            "For a period expression ('FY2024', 'Q3 FY24', '2024-25', 'the year to March 2025'): "
            "its dates. Use - to read items from stdin, one per line."
        ),
    )
    p.add_argument("items", nargs="+", metavar="DATE_OR_PERIOD")
    p.add_argument("--calendar", "-c", help="calendar name (see 'finnorm calendars')")
    p.add_argument("--locale", "-l", help="locale suggesting a calendar when none is given (ja, en_IN, ...)")
    add_format(p)
    p.set_defaults(func=_fy)

    c = subparsers.add_parser("calendars", help="list the built-in fiscal calendars")
    add_format(c)
    c.set_defaults(func=_calendars)


_COLUMNS = ["input", "kind", "label", "number", "year", "start", "end", "days", "calendar"]


def _row(item: str, p: Any) -> dict[str, Any]:
    return {
        "input": item,
        "kind": p.kind,
        "label": p.label,
        "number": None if p.number is None else str(p.number),
        "year": str(p.year),
        "start": p.start.isoformat(),
        "end": p.end.isoformat(),
        "days": str(p.days),
        "calendar": p.calendar or None,
    }


def _items(args: argparse.Namespace) -> list[str]:
    from . import read_input

    out: list[str] = []
    for item in args.items:
        if item == "-":
            out.extend(line.strip() for line in read_input("-").splitlines() if line.strip())
        else:
            out.append(item)
    return out


def _fy(args: argparse.Namespace) -> int:
    import datetime as dt

    from ..errors import AmbiguousPeriodError, PeriodError, UnknownCalendarError, UnknownLocaleError
    from ..fiscal import calendar, calendar_for_locale, parse_period
    from .output import emit

    try:
        given = calendar(args.calendar) if args.calendar else None
        cal = given or calendar_for_locale(args.locale)
    except (UnknownCalendarError, UnknownLocaleError) as exc:
        raise UsageError(str(exc)) from None
    rows: list[dict[str, Any]] = []
    missing = 0
    for item in _items(args):
        text = item.strip()
        if text.lower() == "today" or _ISO_DAY.fullmatch(text):
            if cal is None:
                raise UsageError(f"{item}: which calendar? give --calendar (see 'finnorm calendars')")
            try:
                day = dt.date.today() if text.lower() == "today" else dt.date.fromisoformat(text)
            except ValueError:
                raise UsageError(f"not a date: {item!r}") from None
            rows.extend(_row(item, p) for p in (cal.year_of(day), cal.half_of(day), cal.quarter_of(day)))
            continue
        try:
            # the locale suggests the calendar (and what "tax year" means) unless one is given
            rows.append(_row(item, parse_period(text, given, args.locale)))
        except AmbiguousPeriodError:
            raise
        except PeriodError as exc:
            import sys

            sys.stderr.write(f"finnorm: {exc}\n")
            missing += 1
    if rows:
        emit(rows, args.format, columns=_COLUMNS)
    return 1 if missing or not rows else 0


def _calendars(args: argparse.Namespace) -> int:
    from ..fiscal import calendars
    from .output import emit

    rows = [
        {"name": c.name, "rule": c.rule_text, "title": c.title, "source": c.source}
        for c in calendars()
    ]
    cols = ["name", "rule", "title"] if args.format == "table" else ["name", "rule", "title", "source"]
    emit(rows, args.format, columns=cols)
    return 0
