"""Reference rates for checking conversions: the ECB publication days of a
window and their cross rates.

Every read of the rate history goes through :func:`_ecb_days`, so the check
depends on one small function, not on the rate module's internals.

>>> import datetime as dt
>>> days = rates_between(None, dt.date(2025, 6, 30), dt.date(2025, 7, 7), "AUD", "JPY")
>>> [(d.isoformat(), str(r)[:6]) for d, r in days][:2]
[('2025-06-30', '94.255'), ('2025-07-01', '94.061')]
"""
from __future__ import annotations

import datetime as _dt
from decimal import Decimal, localcontext
from typing import Any

from .interval import PREC

__all__ = ["rates_between", "resolve_source"]


def resolve_source(source: Any) -> Any:
    """A rate source: ``None`` (the embedded ECB history), a name, or a source object."""
    if source is None:
        from ..rates.ecb import default_source

        return default_source()
    if isinstance(source, str):
        from ..rates import get_source

        return get_source(source)
    return source


def _ecb_days(source: Any, start: _dt.date, end: _dt.date,
              codes: tuple[str, ...]) -> list[tuple[_dt.date, dict[str, Decimal]]]:
    """Publication days in ``[start, end]`` with the per-EUR rate of each of ``codes``
    published that day (a code the day lacks is left out)."""
    src = resolve_source(source)
    out: list[tuple[_dt.date, dict[str, Decimal]]] = []
    for day in src.published(start, end):
        rates: dict[str, Decimal] = {}
        for code in codes:
            r = src.per_eur(code, day)
            if r is not None:
                rates[code] = r
        out.append((day, rates))
    return out


def rates_between(source: Any, start: _dt.date, end: _dt.date, base: str,
                  quote: str) -> list[tuple[_dt.date, Decimal]]:
    """``(day, units of quote per unit of base)`` for each publication day in
    ``[start, end]`` that quotes both currencies."""
    out: list[tuple[_dt.date, Decimal]] = []
    for day, rates in _ecb_days(source, start, end, tuple(dict.fromkeys((base, quote)))):
        b = Decimal(1) if base == "EUR" else rates.get(base)
        q = Decimal(1) if quote == "EUR" else rates.get(quote)
        if b is None or q is None:
            continue
        with localcontext() as ctx:
            ctx.prec = PREC
            out.append((day, q / b))
    return out
