"""``finnorm check FILE... --published DATE``: every figure a text states, checked
against the others and against the rates of its day."""
from __future__ import annotations

import argparse
from typing import Any

from . import UsageError, iso_date, read_input

FORMATS = ("table", "jsonl", "lint")
COLUMNS = ("at", "kind", "verdict", "figures", "reason")


def register(subs: Any) -> None:
    p = subs.add_parser(
        "check",
        help="check the conversions, changes, differences and sums a text states",
        description="Find the claims a text makes about its own figures (a conversion, a change, "
                    "a difference, a sum) and check each one: conversions against the ECB rates "
                    "of the publication day, the others against the text's own figures. Exit 0 "
                    "when nothing is wrong, 1 when a claim is inconsistent or gross, 2 on usage "
                    "errors.",
    )
    p.add_argument("files", nargs="*", default=["-"], metavar="FILE",
                   help="UTF-8 text files, or - for stdin (the default)")
    p.add_argument("--published", "--on", dest="published", metavar="DATE",
                   help="publication date YYYY-MM-DD (--on is an alias); without it conversions "
                        "cannot be checked")
    p.add_argument("--locale", "-l", help="babel locale id: en_AU, ja_JP, de, ...")
    p.add_argument("--calendar", "-c", help="fiscal calendar for periods: JP, US-federal, ...")
    p.add_argument("--tolerance", default="0.005",
                   help="relative distance from an ECB rate still counted as that rate "
                        "(default 0.005, i.e. 0.5%%)")
    p.add_argument("--window", default="7", help="W0: ECB days up to this many days before "
                                                 "publication (default 7)")
    p.add_argument("--wide-window", default="31", help="days a late rate may come from "
                                                       "(default 31)")
    p.add_argument("--source", help="rate source: ecb (default, offline) or forex-python")
    p.add_argument("--format", "-f", choices=FORMATS, default="table",
                   help="table (default), jsonl (one claim a line) or lint (file:line:col: ...)")
    p.set_defaults(func=run)


def _days(text: str, what: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise UsageError(f"{what} wants a whole number of days, got {text!r}") from None
    if n < 0:
        raise UsageError(f"{what} wants a whole number of days, got {text!r}")
    return n


def run(args: argparse.Namespace) -> int:
    import json
    import sys
    from decimal import Decimal, InvalidOperation

    from ..claims import check
    from ..claims.report import lint_line, settings, summary, table_row
    from .extract import _calendar
    from .output import emit

    try:
        tolerance = Decimal(args.tolerance)
    except InvalidOperation:
        raise UsageError(f"--tolerance wants a number such as 0.005, got {args.tolerance!r}") from None
    if not tolerance.is_finite() or not 0 <= tolerance < 1:
        raise UsageError(f"--tolerance wants a finite number in [0, 1), got {args.tolerance!r}")
    window, wide = _days(args.window, "--window"), _days(args.wide_window, "--wide-window")
    if window > wide:
        raise UsageError("--window cannot be longer than --wide-window")
    published = iso_date(args.published, "--published") if args.published else None
    calendar = _calendar(args.calendar)
    texts = [(name, read_input(name)) for name in args.files]
    head = settings(published, tolerance, (window, wide))
    every = []
    for k, (name, text) in enumerate(texts):
        label = "<stdin>" if name == "-" else name
        claims = check(text, published=published, locale=args.locale, calendar=calendar,
                       source=args.source, tolerance=tolerance, window=window, wide_window=wide)
        every.extend(claims)
        if args.format == "jsonl":
            for c in claims:
                sys.stdout.write(json.dumps(c.to_dict(file=label), ensure_ascii=False) + "\n")
        elif args.format == "lint":
            for c in claims:
                line = lint_line(label, c)
                if line is not None:
                    sys.stdout.write(line + "\n")
        else:
            if k:
                sys.stdout.write("\n")
            sys.stdout.write(f"{label}: {head}\n")
            if claims:
                emit([table_row(c) for c in claims], "table", columns=COLUMNS)
            sys.stdout.write(f"{label}: {summary(claims)}\n")
    if args.format != "table":
        sys.stdout.flush()
        sys.stderr.write(f"finnorm check: {head}\nfinnorm check: {summary(every)}\n")
    return 1 if any(c.wrong for c in every) else 0
