"""Rate sources: units of a currency per 1 EUR on a publication day.

Every source speaks the same small :class:`RateSource` protocol, so
:func:`finnorm.convert` can cross any two currencies through EUR the same way
whichever source answers:

- ``ecb`` (:mod:`finnorm.rates.ecb`): the ECB euro reference rates, embedded,
  offline, the default;
- ``forex-python`` (:mod:`finnorm.rates.forex`): online and opt-in, cached in
  SQLite (:mod:`finnorm.rates.cache`);
- ``user`` (:mod:`finnorm.rates.user`): a desk's own fixings from a CSV file or
  a mapping.

Currencies that ceased (euro adoptions, redenominations, suspended quotes) are
data in :mod:`finnorm.rates.successions`. Every source validates what it reads
(positive finite decimals only) and pickles, so worker processes can take it.

>>> src = get_source("ecb")
>>> src.name
'ecb'
>>> import datetime as dt
>>> src.per_eur("JPY", dt.date(2025, 5, 13))
Decimal('164.61')
>>> src.latest(dt.date(2025, 5, 11), dt.date(2025, 5, 4))   # a Sunday: Friday's publication
datetime.date(2025, 5, 9)
"""
from __future__ import annotations

import datetime as _dt
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol, runtime_checkable

from ..errors import InvalidArgumentError, RateSourceError

__all__ = [
    "SOURCE_NAMES",
    "CacheRebuiltWarning",
    "Coverage",
    "RateSource",
    "UnknownRateSourceError",
    "cache_dir",
    "check_rate",
    "get_source",
]

#: the magnitudes a rate (units per 1 EUR) may have: anything outside is damage
RATE_MIN_EXPONENT = -12
RATE_MAX_EXPONENT = 15


def check_rate(value: object, where: str) -> Decimal:
    """``value`` as a validated rate: an exact, positive, finite Decimal of
    sane magnitude (1E-12 to below 1E+16, at most 34 digits). Every source
    passes what it reads through here, whatever it came from.

    >>> check_rate("164.61", "test")
    Decimal('164.61')
    >>> check_rate("0", "cache USD 2025-05-13")
    Traceback (most recent call last):
    ...
    finnorm.errors.RateSourceError: cache USD 2025-05-13: not a positive finite rate: '0'
    >>> check_rate(1.5, "mapping")
    Traceback (most recent call last):
    ...
    finnorm.errors.RateSourceError: mapping: rates must be exact (Decimal, int or str), not float
    """
    if isinstance(value, (float, bool)):
        raise RateSourceError(f"{where}: rates must be exact (Decimal, int or str), not "
                              f"{type(value).__name__}")
    if isinstance(value, Decimal):
        rate = value
    elif isinstance(value, (int, str)):
        try:
            rate = Decimal(value.strip() if isinstance(value, str) else value)
        except (ArithmeticError, ValueError):
            raise RateSourceError(f"{where}: not a number: {value!r}") from None
    else:
        raise RateSourceError(f"{where}: not a number: {value!r}")
    if not rate.is_finite() or rate <= 0:
        raise RateSourceError(f"{where}: not a positive finite rate: {value!r}")
    if not RATE_MIN_EXPONENT <= rate.adjusted() <= RATE_MAX_EXPONENT or len(rate.as_tuple().digits) > 34:
        raise RateSourceError(f"{where}: not a plausible rate: {value!r}")
    return rate

#: names accepted by :func:`get_source` (and ``--source`` on the command line)
SOURCE_NAMES = ("ecb", "forex-python")


@dataclass(frozen=True, slots=True)
class Coverage:
    """What a source can answer: the days it spans and the currencies it quotes.

    ``first``/``last`` are ``None`` when unknown (an online source before any
    fetch). ``location`` says where the data lives (a file path, a URL).
    ``complete`` is True when the source holds every publication from
    ``first`` to ``last`` and nothing else (the ECB history, your own table):
    a request outside that range is then an error, never the nearest rate.
    """

    source: str
    first: _dt.date | None
    last: _dt.date | None
    currencies: frozenset[str]
    location: str = ""
    days: int | None = None  # publication days held, when known
    complete: bool = False


class CacheRebuiltWarning(RuntimeWarning):
    """Damaged rate data (a cache file, a cached ECB history) was moved aside."""


class UnknownRateSourceError(RateSourceError, ValueError):
    """No rate source of that name; ``source`` is the name given."""


@runtime_checkable
class RateSource(Protocol):
    """Units of a currency per 1 EUR, by publication day.

    A *publication day* is a day on which the source fixed rates. Sources
    never interpolate: a day without a publication has no rate.
    """

    @property
    def name(self) -> str:
        """Short name recorded in every :class:`~finnorm.model.Conversion`."""
        ...

    def per_eur(self, currency: str, day: _dt.date) -> Decimal | None:
        """Units of ``currency`` per 1 EUR published on exactly ``day``, else ``None``."""
        ...

    def latest(self, day: _dt.date, earliest: _dt.date) -> _dt.date | None:
        """The last publication day in ``[earliest, day]``, else ``None``."""
        ...

    def published(self, start: _dt.date, end: _dt.date) -> Sequence[_dt.date]:
        """All publication days in ``[start, end]``, ascending."""
        ...

    def coverage(self) -> Coverage:
        """The span and currencies this source holds."""
        ...


def get_source(name: str) -> RateSource:
    """The shared instance of a named source (``"ecb"`` or ``"forex-python"``).

    >>> get_source("nope")
    Traceback (most recent call last):
    ...
    finnorm.rates.UnknownRateSourceError: unknown rate source 'nope' (known: ecb, forex-python)
    """
    if not isinstance(name, str):
        raise InvalidArgumentError(f"a source name is a str, not {type(name).__name__}")
    key = name.strip().lower()
    if key == "ecb":
        from .ecb import default_source

        return default_source()
    if key in ("forex-python", "forex", "forex_python"):
        from .forex import default_source as forex_default

        return forex_default()
    raise UnknownRateSourceError(
        f"unknown rate source {name!r} (known: {', '.join(SOURCE_NAMES)})", source=name
    )


def cache_dir() -> str:
    """The directory for finnorm's caches: ``$FINNORM_CACHE_DIR`` or the user cache dir.

    On Linux the XDG rule is applied directly (cheap); elsewhere platformdirs
    is asked.
    """
    env = os.environ.get("FINNORM_CACHE_DIR")
    if env:
        return env
    if sys.platform.startswith("linux"):
        base = os.environ.get("XDG_CACHE_HOME", "").strip() or os.path.join(
            os.path.expanduser("~"), ".cache"
        )
        return os.path.join(base, "finnorm")
    import platformdirs

    return str(platformdirs.user_cache_dir("finnorm", appauthor=False))
