"""Fact-check the figures a text states: conversions against the ECB rates of
the publication day, changes, differences and sums against the text's own
figures.

Every printed figure is the interval its last printed digit allows
(``A$7.1 billion`` is [7.05, 7.15] billion, ``12%`` is [11.5, 12.5] %); a
claim is refuted only when no reading of its figures makes it true. The rules,
in :mod:`finnorm.claims.verdict`, are those of a newsroom fact-checker who
knows the rate of the day and accepts a few days of lag.

>>> text = open("examples/nissan.txt").read()
>>> claims = check(text, published="2025-07-07", locale="en_AU")
>>> for c in claims:
...     print(c.verdict, "|", " -> ".join(f.text for f in c.figures))
consistent | ¥670.9 billion -> A$7.1 billion
consistent | ¥1.097 trillion -> A$11.5 billion
consistent_if | ¥100 billion -> $1.08 billion
>>> print(claims[0].reason)
implied 93.83–95.17 JPY per AUD; ECB 2025-06-30..07-07 94.06–94.67; '¥670.9 billion': bare ¥ read as JPY
>>> print(claims[2].reason.split("; ")[3])
date:2025-06-13
>>> [(c.kind, c.verdict, c.reason) for c in check("Revenue rose 12% to $5.6 billion from $6.0 billion.")]
[('change', 'gross', 'computed -8.26%..-5.04% ($5.6 billion over $6.0 billion); stated +11.5%..+12.5%; direction: the figures fell')]

Modules, one job each: :mod:`~finnorm.claims.vocab` (the claim words of each
language), :mod:`~finnorm.claims.interval` (interval arithmetic),
:mod:`~finnorm.claims.figures` (printed figures and their intervals),
:mod:`~finnorm.claims.find` (claims from sentence structure),
:mod:`~finnorm.claims.rates` (the ECB days of a window),
:mod:`~finnorm.claims.verdict` (the rules), :mod:`~finnorm.claims.report`
(table, JSON Lines and lint output).
"""
from __future__ import annotations

import datetime as _dt
from decimal import Decimal, InvalidOperation
from typing import Any

from ..errors import FinnormError, InvalidArgumentError
from ..model import Mention
from .claim import KINDS, VERDICTS, Claim, Figure

__all__ = ["KINDS", "TOLERANCE", "VERDICTS", "WIDE_WINDOW", "WINDOW", "Claim", "Figure", "check"]

#: τ: relative distance from a reference rate still counted as that rate
TOLERANCE = Decimal("0.005")
#: W0: ECB publication days in [published - WINDOW days, published]
WINDOW = 7
#: the wider window a late rate may come from (consistent_if date:…)
WIDE_WINDOW = 31


class CheckError(FinnormError, ValueError):
    """Bad arguments to :func:`check` (a tolerance that is not a finite number…)."""


def _as_date(value: Any, what: str) -> _dt.date | None:
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(value.strip())
        except ValueError:
            raise CheckError(f"{what} wants a date YYYY-MM-DD, got {value!r}") from None
    raise CheckError(f"{what} wants a date, not {type(value).__name__}")


def _tolerance(value: Any) -> Decimal:
    if isinstance(value, (float, bool)):
        raise CheckError("tolerance is exact: pass a Decimal or a string such as '0.005'")
    try:
        tol = Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        raise CheckError(f"tolerance wants a number such as 0.005, got {value!r}") from None
    if not tol.is_finite() or tol < 0 or tol >= 1:
        raise CheckError(f"tolerance wants a finite number in [0, 1), got {value!r}")
    return tol


def check(
    text: str,
    *,
    published: _dt.date | str | None = None,
    locale: str | None = None,
    calendar: Any = None,
    source: Any = None,
    tolerance: Decimal | str = TOLERANCE,
    window: int = WINDOW,
    wide_window: int = WIDE_WINDOW,
    on: _dt.date | str | None = None,
) -> list[Claim]:
    """Every conversion, change, difference and sum ``text`` states, with its verdict.

    ``published`` is the day the text was published (``on`` is an alias): a
    conversion is checked against the ECB rates of the publication days in
    ``[published - window, published]`` with relative tolerance
    ``tolerance``, then of ``[published - wide_window, published]``; without
    it, conversions are ``cannot_check``; it also settles a currency word whose
    country has since replaced the currency (as in :func:`finnorm.extract`).
    ``locale`` chooses the language and the meaning of a bare ``$``/``¥``;
    ``calendar`` pins figures to fiscal
    periods (as :func:`finnorm.extract`); ``source`` is a rate source (the
    embedded ECB history by default). Claims come back in text order; a
    document never raises for its content.
    """
    from ..api import _read
    from ..locale import locale_of
    from .find import find
    from .vocab import language_of

    if not isinstance(text, str):
        raise InvalidArgumentError(f"check() wants str, not {type(text).__name__}")
    day = _as_date(published, "published")
    alias = _as_date(on, "on")
    if day is None:
        day = alias
    elif alias is not None and alias != day:
        raise CheckError("published= and on= name different days")
    tol = _tolerance(tolerance)
    if not (isinstance(window, int) and isinstance(wide_window, int)) or not 0 <= window <= wide_window:
        raise CheckError("windows want whole days with 0 <= window <= wide_window")
    loc = locale_of(locale)
    quotes: list[tuple[Mention, Mention]] = []
    mentions = _read(text, locale, calendar, False, day, quotes)
    lang = language_of(text, locale)
    if loc is None and lang != "en":
        loc = locale_of(lang)  # the text's language decides what "29.775" means
    decimal = loc.decimal if loc is not None else None
    candidates = find(text, mentions, lang, decimal, quotes)
    from .judge import judge

    return [judge(text, c, published=day, source=source, tolerance=tol,
                  windows=(window, wide_window)) for c in candidates]
