"""``finnorm convert``: an amount in another currency, at a stated rate.

``finnorm convert "¥670.9 billion" --to AUD --on 2025-05-13``;
``--method average|average_direct|closing --period FY2024 --calendar JP``;
``--source ecb|forex-python``; ``--rates FILE`` (your own ``date,currency,per_eur``
CSV, tried first). The amount may be ``-`` to read one amount per line from
stdin. Exit 1 when no rate can be had.
"""
from __future__ import annotations

import argparse
from typing import Any

from . import UsageError, add_format, iso_date
from .output import plain

__all__ = ["COLUMNS", "conversion_row", "register"]

COLUMNS = ["input", "amount", "currency", "text", "rate", "method", "source", "date", "asked",
           "start", "end", "days", "from_amount", "from_currency"]


def register(subparsers: Any) -> None:
    """Add the ``convert`` subcommand."""
    p = subparsers.add_parser(
        "convert",
        help="convert an amount at a stated rate (spot, average or closing)",
        description=(
            "Convert an amount ('¥670.9 billion', '670900000000 JPY') to another currency at "
            "the ECB reference rate (embedded, offline) or another source. The output names "
            "the rate, the method, the source and the day(s) used."
        ),
    )
    p.add_argument("amount", nargs="+", help="the amount text (words are joined); - reads stdin")
    p.add_argument("--to", "-t", required=True, metavar="CUR", help="target ISO 4217 currency")
    p.add_argument("--on", metavar="DATE", help="spot date YYYY-MM-DD (default: today)")
    p.add_argument("--method", "-m", choices=("spot", "average", "average_direct", "closing"),
                   default="spot",
                   help="spot (default); average: the cross of the mean EUR rates over --period "
                        "(one rate both ways); average_direct: the mean of the daily cross rates; "
                        "closing: the last rate of --period")
    p.add_argument("--period", "-p", metavar="PERIOD",
                   help="for average/closing: 'FY2024', 'Q3 FY24', or START..END (ISO dates)")
    p.add_argument("--calendar", "-c", help="fiscal calendar for --period (JP, IN, US-federal, ...)")
    p.add_argument("--locale", "-l", help="locale for reading the amount and writing 'text'")
    p.add_argument("--source", "-s", choices=("ecb", "forex-python"), default=None,
                   help="rate source (default: ecb, embedded)")
    p.add_argument("--rates", metavar="CSV", help="your own rates: date,currency,per_eur (tried first)")
    add_format(p)
    p.set_defaults(func=_convert)


def _period(args: argparse.Namespace) -> Any:
    text = args.period.strip()
    if ".." in text:
        a, b = text.split("..", 1)
        start, end = iso_date(a, "--period start"), iso_date(b, "--period end")
        if end < start:
            raise UsageError(f"--period ends before it starts: {text}")
        return (start, end)
    try:
        from .. import fiscal
    except ImportError:
        raise UsageError("fiscal periods are not available in this build; use START..END") from None
    from ..errors import UnknownCalendarError

    try:
        parse_period = getattr(fiscal, "parse_period", None)
        if parse_period is not None:
            return parse_period(text, args.calendar, args.locale)
        if not args.calendar:
            raise UsageError("--period needs --calendar (JP, IN, US-federal, ...)")
        return fiscal.calendar(args.calendar).parse(text)
    except UnknownCalendarError as exc:
        raise UsageError(str(exc)) from None


_plain = plain


def conversion_row(conv: Any, *, locale: str | None = None) -> dict[str, str | None]:
    """A :class:`~finnorm.model.Conversion` as output row (strings; exact amounts)."""
    from ..format import format_money

    try:
        text = format_money(conv.money, locale, compact=abs(conv.money.amount) >= 1_000_000)
    except ValueError:
        text = None
    return {
        "amount": _plain(conv.money.amount),
        "currency": conv.money.currency,
        "text": text,
        "rate": _plain(conv.rate),
        "method": conv.method,
        "source": conv.source,
        "date": conv.on.isoformat() if conv.on else None,
        "asked": conv.asked.isoformat() if conv.asked else None,
        "start": conv.start.isoformat() if conv.start else None,
        "end": conv.end.isoformat() if conv.end else None,
        "days": str(conv.days),
        "from_amount": _plain(conv.original.amount),
        "from_currency": conv.original.currency,
    }


def _convert(args: argparse.Namespace) -> int:
    from .. import parse
    from ..convert import convert
    from ..errors import RateSourceError
    from . import read_input
    from .output import emit

    target = args.to.strip().upper()
    if not (len(target) == 3 and target.isascii() and target.isalpha()):
        raise UsageError(f"--to: not an ISO 4217 currency code: {args.to!r}")
    kwargs: dict[str, Any] = {"method": args.method}
    if args.method == "spot":
        if args.period:
            raise UsageError("--period goes with --method average or closing")
        if args.on:
            kwargs["on"] = iso_date(args.on, "--on")
    else:
        if args.period:
            kwargs["period"] = _period(args)
        elif args.method == "closing" and args.on:
            kwargs["on"] = iso_date(args.on, "--on")
        else:
            raise UsageError(f"--method {args.method} needs --period")
    if args.source:
        kwargs["source"] = args.source
    if args.rates:
        from ..rates.user import UserRates

        try:
            kwargs["rates"] = UserRates.from_csv(args.rates)
        except RateSourceError as exc:
            raise UsageError(str(exc)) from None

    texts = [" ".join(args.amount)]
    if texts == ["-"]:
        texts = [ln.strip() for ln in read_input("-").splitlines() if ln.strip()]
        if not texts:
            return 1
    rows = []
    for text in texts:
        money = parse(text, locale=args.locale)
        conv = convert(money, target, **kwargs)
        rows.append({"input": text, **conversion_row(conv, locale=args.locale)})
    emit(rows, args.format, columns=COLUMNS, single=True)
    return 0
