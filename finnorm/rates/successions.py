"""Currencies that ceased: the day, the successor and the legal conversion rate.

The facts live in ``finnorm/data/successions.toml`` (one table per currency,
with the legal act as its source); this module is their one validating
loader. :func:`finnorm.convert` uses them so that no rate is carried past the
day a currency ceased: the ECB kept publishing after the kuna became the euro,
but a kuna rate on 2 January 2023 is no rate at all.

>>> s = succession("HRK")
>>> s.successor, s.per_successor, s.since
('EUR', Decimal('7.53450'), datetime.date(2023, 1, 1))
>>> s.carry(Money("753450", "HRK"))        # the legal conversion, exact
Money(amount=Decimal('100000'), currency='EUR', per=None)
>>> succession("RUB").successor is None     # quotes stopped, nothing replaced it
True
>>> succession("USD") is None
True
"""
from __future__ import annotations

import datetime as _dt
import functools
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from types import MappingProxyType
from typing import Any

from ..errors import RateSourceError
from ..model import Money

__all__ = ["Succession", "succession", "successions"]

_FIELDS = {"since", "successor", "per_successor", "note", "source"}


@dataclass(frozen=True, slots=True)
class Succession:
    """A currency that ceased on ``since``.

    ``successor`` replaced it at ``per_successor`` units of the old currency
    per unit of the successor (fixed by law, exact); both are ``None`` when the
    quotes merely stopped (``note`` says why). ``source`` names the act.
    """

    currency: str
    since: _dt.date
    successor: str | None = None
    per_successor: Decimal | None = None
    note: str = ""
    source: str = ""

    def carry(self, money: Money) -> Money:
        """``money`` (in the old currency) in the successor at the legal rate, exactly.

        >>> succession("TRL").carry(Money("2500000", "TRL"))
        Money(amount=Decimal('2.5'), currency='TRY', per=None)
        """
        if money.currency != self.currency:
            raise RateSourceError(f"{money.currency} is not {self.currency}")
        if self.successor is None or self.per_successor is None:
            raise RateSourceError(f"{self.currency} has no successor: {self.note}")
        from decimal import Context

        ctx = Context(prec=34)
        amount = ctx.add(ctx.divide(money.amount, self.per_successor), Decimal(0))  # 1E+5 -> 100000
        return Money(amount, self.successor, money.per)

    def describe(self) -> str:
        """One line for messages.

        >>> succession("HRK").describe()
        'HRK was replaced by EUR on 2023-01-01 (7.53450 HRK = 1 EUR, fixed by law)'
        """
        if self.successor is None:
            return f"no {self.currency} rate since {self.since.isoformat()}: {self.note}"
        return (
            f"{self.currency} was replaced by {self.successor} on {self.since.isoformat()} "
            f"({self.per_successor} {self.currency} = 1 {self.successor}, fixed by law)"
        )


def _parse(code: str, raw: Mapping[str, Any]) -> Succession:
    where = f"successions.toml [{code}]"
    if not (len(code) == 3 and code.isascii() and code.isalpha() and code.isupper()):
        raise RateSourceError(f"{where}: not an ISO 4217 code")
    extra = set(raw) - _FIELDS
    if extra:
        raise RateSourceError(f"{where}: unknown fields {sorted(extra)}")
    try:
        since = _dt.date.fromisoformat(str(raw["since"]))
    except (KeyError, ValueError):
        raise RateSourceError(f"{where}: 'since' must be an ISO date") from None
    successor = raw.get("successor")
    per = raw.get("per_successor")
    if (successor is None) != (per is None):
        raise RateSourceError(f"{where}: 'successor' and 'per_successor' go together")
    rate: Decimal | None = None
    if per is not None:
        if not isinstance(per, str):
            raise RateSourceError(f"{where}: 'per_successor' must be a string (exact decimal)")
        try:
            rate = Decimal(per)
        except InvalidOperation:
            raise RateSourceError(f"{where}: 'per_successor' is not a number") from None
        if not rate.is_finite() or rate <= 0:
            raise RateSourceError(f"{where}: 'per_successor' must be positive")
        if not (isinstance(successor, str) and len(successor) == 3 and successor.isupper()):
            raise RateSourceError(f"{where}: 'successor' must be an ISO 4217 code")
    elif not raw.get("note"):
        raise RateSourceError(f"{where}: without a successor, a 'note' says why quotes stopped")
    if not raw.get("source"):
        raise RateSourceError(f"{where}: every succession names its source")
    return Succession(code, since, successor, rate, str(raw.get("note", "")), str(raw["source"]))


@functools.cache
def successions() -> Mapping[str, Succession]:
    """Every ceased currency by code (read once, validated).

    >>> sorted(successions())[:4]
    ['BGN', 'CYP', 'EEK', 'HRK']
    """
    import tomllib

    from ..data import read_text

    try:
        data = tomllib.loads(read_text("successions.toml"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise RateSourceError(f"successions.toml: {exc}") from None
    return MappingProxyType({code: _parse(code, spec) for code, spec in data.items()})


def succession(currency: str) -> Succession | None:
    """The succession of ``currency``, or ``None`` if it has not ceased."""
    return successions().get(currency)
