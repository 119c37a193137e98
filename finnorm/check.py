"""Fact-check the conversions a text states: "¥670.9 billion (A$7.1 billion)".

A pair is an amount followed by the same amount in another currency, in
brackets or after "or"/"about"/"≈". The rate the text implies is compared with
a reference rate from :func:`finnorm.convert` (spot on a given day, or the
average/closing rate of each figure's fiscal period); a pair whose implied
rate is further from the reference than ``tolerance`` is flagged.

>>> import datetime as dt
>>> text = ("a net loss of ¥670.9 billion (A$7.1 billion); "
...         "headquarters worth ¥100 billion ($1.08 billion)")
>>> for c in check(text, locale="en_AU", on=dt.date(2025, 5, 13)):
...     print(c.first.text, "->", c.second.text, f"{c.deviation:+.2%}", c.ok)
¥670.9 billion -> A$7.1 billion +0.46% True
¥100 billion -> $1.08 billion +2.52% False
"""
from __future__ import annotations

import datetime as _dt
import itertools
import re
from dataclasses import dataclass
from decimal import Decimal, localcontext
from typing import Any

from .api import extract
from .convert import convert
from .errors import PeriodError
from .model import Conversion, Mention

__all__ = ["Check", "check", "pairs"]

# What may stand between an amount and its conversion.
_BETWEEN = re.compile(
    r"\s*(?:[(\[（]|,?\s*(?:or|about|around|roughly|approximately|equivalent to|ca\.|≈|~|/)\s*)\s*",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Check:
    """One stated conversion and how it compares with the reference rate."""

    first: Mention
    second: Mention
    implied: Decimal  # units of second.money.currency per unit of first.money.currency
    reference: Conversion  # first.money converted at the reference rate
    deviation: Decimal  # implied / reference.rate - 1
    ok: bool


def pairs(text: str, mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """Adjacent mentions that state one amount in two currencies."""
    out = []
    for a, b in itertools.pairwise(mentions):
        if a.money.currency == b.money.currency or a.upper is not None or b.upper is not None:
            continue
        if a.money.amount == 0 or b.money.amount == 0 or (a.money.amount < 0) != (b.money.amount < 0):
            continue
        m = _BETWEEN.fullmatch(text, a.end, b.start)
        if m or (b.qualifier is not None and not text[a.end : b.start].strip()):  # "¥1 ≈ A$…"
            out.append((a, b))
    return out


def check(
    text: str,
    *,
    locale: str | None = None,
    calendar: Any = None,
    on: _dt.date | None = None,
    method: str = "spot",
    source: str | None = None,
    tolerance: Decimal = Decimal("0.02"),
) -> list[Check]:
    """Every stated conversion in ``text`` against the reference rate.

    With ``method="spot"`` the rate of ``on`` is used (the text's publication
    day, say); with ``"average"`` or ``"closing"`` the fiscal period each
    figure is pinned to. Raises what :func:`finnorm.convert` raises when no
    reference rate exists.
    """
    found = extract(text, locale=locale, calendar=calendar)
    out = []
    for a, b in pairs(text, found):
        kwargs: dict[str, Any] = {"method": method}
        if source:
            kwargs["source"] = source
        if method == "spot":
            kwargs["on"] = on
        else:
            period = a.period or b.period
            if period is None:
                raise PeriodError(
                    f"{a.text!r} has no fiscal period for an {method} rate: pass a calendar, "
                    "or check at the spot rate of a day",
                    mention=a.text,
                )
            kwargs["period"] = period
        ref = convert(a.money, b.money.currency, **kwargs)
        with localcontext() as ctx:
            ctx.prec = 34
            implied = b.money.amount / a.money.amount
            deviation = implied / ref.rate - 1
        out.append(Check(a, b, implied, ref, deviation, abs(deviation) <= tolerance))
    return out
