"""finnorm: exact money figures from text.

>>> import finnorm
>>> finnorm.parse("¥670.9 billion")
Money(amount=Decimal('670900000000'), currency='JPY', per=None)
>>> [m.money.currency for m in finnorm.extract("A$7.1 billion and ¥1.097 trillion")]
['AUD', 'JPY']

The public surface is what ``__all__`` lists; everything else is private.
Heavy modules (pint, forex-python, the rate history) load only when used.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

# imported here, not lazily: the submodule finnorm.convert is then loaded before
# the name is bound, so ``finnorm.convert`` is always the plain function (it pickles)
from .convert import convert
from .errors import (
    AmbiguousAmountError,
    AmbiguousPeriodError,
    CurrencyError,
    CurrencyMismatchError,
    FinnormError,
    InexactAmountError,
    InvalidArgumentError,
    ParseError,
    PeriodError,
    RateError,
    RateSourceError,
    RateUnavailableError,
    UnknownCalendarError,
    UnknownCurrencyError,
    UnknownLocaleError,
)
from .model import Conversion, FiscalPeriod, Mention, Money

if TYPE_CHECKING:  # pragma: no cover
    from .api import extract, parse
    from .claims import Claim, check
    from .fiscal import Calendar, calendar, calendars
    from .stream import iter_extract

__version__ = "0.1.0"

__all__ = [
    "AmbiguousAmountError",
    "AmbiguousPeriodError",
    "Calendar",
    "Claim",
    "Conversion",
    "CurrencyError",
    "CurrencyMismatchError",
    "FinnormError",
    "FiscalPeriod",
    "InexactAmountError",
    "InvalidArgumentError",
    "Mention",
    "Money",
    "ParseError",
    "PeriodError",
    "RateError",
    "RateSourceError",
    "RateUnavailableError",
    "UnknownCalendarError",
    "UnknownCurrencyError",
    "UnknownLocaleError",
    "calendar",
    "calendars",
    "check",
    "convert",
    "extract",
    "iter_extract",
    "parse",
]

_LAZY = {
    "parse": "api",
    "extract": "api",
    "calendar": "fiscal",
    "calendars": "fiscal",
    "Calendar": "fiscal",
    "check": "claims",
    "Claim": "claims",
    "iter_extract": "stream",
}


def __getattr__(name: str) -> Any:
    mod = _LAZY.get(name)
    if mod is None:
        raise AttributeError(f"module 'finnorm' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f".{mod}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
