"""``finnorm parse TEXT`` and ``finnorm extract [FILE|-]``."""
from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from . import UsageError, add_format, iso_date, read_input

if TYPE_CHECKING:  # pragma: no cover
    from ..model import Mention, Money

COLUMNS = ("text", "start", "end", "amount", "currency", "upper", "qualifier", "per",
           "inferred", "period")
CONVERT_COLUMNS = ("converted", "to", "rate", "rate_date", "method", "source")


def register(subs: Any) -> None:
    p = subs.add_parser("parse", help="read exactly one amount of money from TEXT",
                        description="Read exactly one amount of money. Exit 1 when there is none "
                                    "(or several).")
    p.add_argument("text", nargs="+", help="the text (words are joined with spaces); - for stdin")
    p.add_argument("--locale", "-l", help="babel locale id: en_AU, ja_JP, de, ...")
    add_format(p)
    p.set_defaults(func=run_parse)

    e = subs.add_parser("extract", help="list every money mention in a file or stdin",
                        description="List every money mention in FILE (or stdin).")
    e.add_argument("file", nargs="?", default="-", help="a UTF-8 text file, or - for stdin")
    e.add_argument("--locale", "-l", help="babel locale id: en_AU, ja_JP, de, ...")
    e.add_argument("--calendar", "-c", help="fiscal calendar for periods: JP, US-federal, ...")
    e.add_argument("--to", help="also convert every mention to this currency (ISO code)")
    e.add_argument("--on", help="conversion date YYYY-MM-DD (default: the latest rate)")
    e.add_argument("--method", choices=("spot", "average", "closing"), default="spot",
                   help="conversion method; average/closing use each mention's fiscal period")
    e.add_argument("--source", help="rate source: ecb (default, offline) or forex-python")
    add_format(e)
    e.set_defaults(func=run_extract)


def money_row(money: Money) -> dict[str, Any]:
    return {"amount": str(money.amount), "currency": money.currency, "per": money.per}


def mention_row(m: Mention) -> dict[str, Any]:
    """The public JSON shape of a mention (amounts as exact strings)."""
    period = None
    if m.period is not None:
        period = {"label": m.period.label, "start": m.period.start.isoformat(),
                  "end": m.period.end.isoformat(), "calendar": m.period.calendar or None}
    return {
        "text": m.text,
        "start": m.start,
        "end": m.end,
        "amount": str(m.money.amount),
        "currency": m.money.currency,
        "upper": str(m.upper.amount) if m.upper is not None else None,
        "qualifier": m.qualifier,
        "per": m.money.per,
        "inferred": m.inferred,
        "period": period,
    }


def _flat(row: dict[str, Any], fmt: str) -> dict[str, Any]:
    if fmt in ("json", "jsonl"):
        return row
    out = dict(row)
    p = out.get("period")
    out["period"] = f"{p['label']} ({p['start']}..{p['end']})" if p else None
    out["inferred"] = "yes" if row["inferred"] else ""
    return out


def run_parse(args: argparse.Namespace) -> int:
    from ..api import parse
    from ..errors import ParseError

    text = " ".join(args.text)
    if text == "-":
        text = read_input("-")
    try:
        money = parse(text, locale=args.locale)
    except ParseError as exc:
        sys.stderr.write(f"finnorm: {exc}\n")
        return 1
    from .output import emit

    emit([money_row(money)], args.format, columns=("amount", "currency", "per"), single=True)
    return 0


def run_extract(args: argparse.Namespace) -> int:
    from ..api import extract
    from .output import emit

    text = read_input(args.file)
    calendar = _calendar(args.calendar)
    mentions = extract(text, locale=args.locale, calendar=calendar)
    rows = [mention_row(m) for m in mentions]
    cols: tuple[str, ...] = COLUMNS
    if args.to:
        cols = COLUMNS + CONVERT_COLUMNS
        _add_conversions(rows, mentions, args)
    emit([_flat(r, args.format) for r in rows], args.format, columns=cols)
    return 0


def _calendar(name: str | None) -> Any:
    if not name:
        return None
    from ..errors import UnknownCalendarError
    from ..fiscal import calendar

    try:
        return calendar(name)
    except UnknownCalendarError as exc:
        raise UsageError(str(exc)) from None


def _add_conversions(rows: list[dict[str, Any]], mentions: list[Mention],
                     args: argparse.Namespace) -> None:

    from ..convert import convert
    from ..errors import FinnormError

    on = iso_date(args.on, "--on") if args.on else None
    to = args.to.upper()
    for row, m in zip(rows, mentions):
        kwargs: dict[str, Any] = {"method": args.method}
        if args.source:
            kwargs["source"] = args.source
        if args.method == "spot":
            kwargs["on"] = on
        else:
            if m.period is None:
                row["converted"] = None
                row["to"] = to
                row["method"] = f"{args.method}: no fiscal period for this mention"
                continue
            kwargs["period"] = m.period
        try:
            conv = convert(m.money, to, **kwargs)
        except FinnormError as exc:
            row.update({"converted": None, "to": to, "rate": None, "rate_date": None,
                        "method": args.method, "source": str(exc)})
            continue
        used = conv.on.isoformat() if conv.on else (
            f"{conv.start.isoformat()}..{conv.end.isoformat()}" if conv.start and conv.end else None)
        row.update({"converted": str(conv.money.amount), "to": conv.money.currency,
                    "rate": str(conv.rate), "rate_date": used, "method": conv.method,
                    "source": conv.source})
