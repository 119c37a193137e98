"""``finnorm check [FILE|-] --on DATE``: are the conversions a text states right?"""
from __future__ import annotations

import argparse
from decimal import Decimal, InvalidOperation
from typing import Any

from . import UsageError, add_format, iso_date, read_input

COLUMNS = ("first", "second", "implied_rate", "reference_rate", "rate_date", "deviation",
           "status", "source")


def register(subs: Any) -> None:
    p = subs.add_parser(
        "check",
        help="check the conversions a text states ('¥670.9 billion (A$7.1 billion)')",
        description="Find amounts stated in two currencies and compare the rate the text "
                    "implies with a reference rate. Exit 1 when the text states no conversion.",
    )
    p.add_argument("file", nargs="?", default="-", help="a UTF-8 text file, or - for stdin")
    p.add_argument("--on", help="spot date YYYY-MM-DD (e.g. the publication day)")
    p.add_argument("--method", choices=("spot", "average", "closing"), default="spot",
                   help="average/closing use each figure's fiscal period (see --calendar)")
    p.add_argument("--calendar", "-c", help="fiscal calendar for periods: JP, US-federal, ...")
    p.add_argument("--locale", "-l", help="babel locale id: en_AU, ja_JP, de, ...")
    p.add_argument("--tolerance", default="0.02",
                   help="largest relative deviation still counted as right (default 0.02)")
    p.add_argument("--source", help="rate source: ecb (default, offline) or forex-python")
    add_format(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import sys

    from ..check import check
    from .extract import _calendar
    from .output import emit

    try:
        tolerance = Decimal(args.tolerance)
    except InvalidOperation:
        raise UsageError(f"--tolerance wants a number, got {args.tolerance!r}") from None
    on = iso_date(args.on, "--on") if args.on else None
    if on is None and args.method == "spot":
        raise UsageError("a spot check needs --on DATE (or use --method average/closing)")
    text = read_input(args.file)
    checks = check(text, locale=args.locale, calendar=_calendar(args.calendar), on=on,
                   method=args.method, source=args.source, tolerance=tolerance)
    if not checks:
        sys.stderr.write("finnorm: no stated conversion found (an amount followed by the same "
                         "amount in another currency)\n")
        return 1
    rows = []
    for c in checks:
        ref = c.reference
        used = ref.on.isoformat() if ref.on else (
            f"{ref.start.isoformat()}..{ref.end.isoformat()}" if ref.start and ref.end else None)
        rows.append({
            "first": c.first.text,
            "second": c.second.text,
            "implied_rate": f"{c.implied:.6g}",
            "reference_rate": f"{ref.rate:.6g}",
            "rate_date": used,
            "deviation": f"{c.deviation:+.2%}",
            "status": "ok" if c.ok else "MISMATCH",
            "source": ref.source,
        })
    emit(rows, args.format, columns=COLUMNS)
    return 0
