"""The finnorm exception tree.

Every error finnorm raises derives from :class:`FinnormError`, and each also
derives from the builtin that fits it, so ``except ValueError`` keeps working::

    FinnormError
    ├── InvalidArgumentError (ValueError, TypeError)  an argument of the wrong type or value
    │   └── InexactAmountError             a float where an exact amount is needed
    ├── CheckError (ValueError)            finnorm.check: a bad tolerance, date…
    ├── VocabError (ValueError)            finnorm.claims: claims.toml is malformed
    ├── DecimalRangeError (ValueError)     finnorm.batch: too wide for its fixed-point column
    ├── UnknownLocaleError (ValueError, LookupError)  not a locale CLDR knows
    ├── ParseError (ValueError)            text holds no usable amount, or too many
    │   └── AmbiguousAmountError           several readings; ``candidates`` lists them
    ├── CurrencyError (ValueError)
    │   ├── UnknownCurrencyError           not an ISO 4217 code finnorm knows
    │   └── CurrencyMismatchError (TypeError)  arithmetic across currencies
    ├── PeriodError (ValueError)
    │   ├── UnknownCalendarError (LookupError)
    │   └── AmbiguousPeriodError           "FY24" with no calendar; ``candidates``
    └── RateError
        ├── RateUnavailableError (LookupError)  no rate for that currency/date/source
        └── RateSourceError                a source or its cache failed
            └── UnknownRateSourceError (ValueError)  finnorm.rates: no source of that name

All errors are picklable (they cross process boundaries in Dask and
multiprocessing) and carry their extra fields as attributes.

>>> import pickle
>>> err = AmbiguousAmountError("3.350 is ambiguous", candidates=("3.35", "3350"))
>>> pickle.loads(pickle.dumps(err)).candidates
('3.35', '3350')
"""
from __future__ import annotations

from typing import Any

__all__ = [
    "AmbiguousAmountError",
    "AmbiguousPeriodError",
    "CurrencyError",
    "CurrencyMismatchError",
    "FinnormError",
    "InexactAmountError",
    "InvalidArgumentError",
    "ParseError",
    "PeriodError",
    "RateError",
    "RateSourceError",
    "RateUnavailableError",
    "UnknownCalendarError",
    "UnknownCurrencyError",
    "UnknownLocaleError",
]


class FinnormError(Exception):
    """Root of every error finnorm raises.

    Keyword arguments given to the constructor become attributes and survive
    pickling.
    """

    def __init__(self, message: str = "", **fields: Any) -> None:
        super().__init__(message)
        self.message = message
        self._fields = fields
        for key, value in fields.items():
            setattr(self, key, value)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), self.message, self._fields))

    def __str__(self) -> str:
        return self.message


def _rebuild(cls: type[FinnormError], message: str, fields: dict[str, Any]) -> FinnormError:
    return cls(message, **fields)


class InvalidArgumentError(FinnormError, ValueError, TypeError):
    """An argument of the wrong type or value (``extract(123)``, ``compact="tiny"``).

    Both a ``ValueError`` and a ``TypeError``, so code written against either keeps
    working.
    """


class InexactAmountError(InvalidArgumentError):
    """A float (or a non-finite number) where finnorm needs an exact amount."""


class UnknownLocaleError(FinnormError, ValueError, LookupError):
    """Not a locale id CLDR knows (``xx_YY``, ``english``); ``locale`` is what was given."""


class ParseError(FinnormError, ValueError):
    """The text holds no amount that can be read, or not exactly one."""


class AmbiguousAmountError(ParseError):
    """The text has several readings; ``candidates`` lists them (strings)."""

    candidates: tuple[str, ...]

    def __init__(self, message: str = "", *, candidates: tuple[str, ...] = (), **fields: Any) -> None:
        super().__init__(message, candidates=tuple(candidates), **fields)


class CurrencyError(FinnormError, ValueError):
    """A currency is unknown or misused."""


class UnknownCurrencyError(CurrencyError):
    """Not an ISO 4217 currency code that finnorm knows."""


class CurrencyMismatchError(CurrencyError, TypeError):
    """Arithmetic or comparison between amounts of different currencies."""


class PeriodError(FinnormError, ValueError):
    """A fiscal period or calendar cannot be read or built."""


class UnknownCalendarError(PeriodError, LookupError):
    """No calendar of that name."""


class AmbiguousPeriodError(PeriodError):
    """A period expression the calendar cannot settle; ``candidates`` lists readings."""

    candidates: tuple[Any, ...]

    def __init__(self, message: str = "", *, candidates: tuple[Any, ...] = (), **fields: Any) -> None:
        super().__init__(message, candidates=tuple(candidates), **fields)


class RateError(FinnormError):
    """A rate could not be had."""


class RateUnavailableError(RateError, LookupError):
    """No rate for that currency on that date from the sources tried."""


class RateSourceError(RateError):
    """A rate source or its cache failed (network, malformed data, damaged file)."""
