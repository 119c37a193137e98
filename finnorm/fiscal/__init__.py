"""Fiscal periods: calendars, period expressions in text, and pinning money
mentions to their period.

The package has one module per job, importable alone, data flowing one way:

- :mod:`~finnorm.fiscal.core`: the :class:`Calendar` model, dates to fiscal
  years, halves and quarters and back;
- :mod:`~finnorm.fiscal.vector`: the same for numpy arrays;
- :mod:`~finnorm.fiscal.registry`: the built-in calendars (``calendars.toml``),
  by name, locale, issuer and hint;
- :mod:`~finnorm.fiscal.lexicon`: period words by language (``periods.toml``);
- :mod:`~finnorm.fiscal.grammar`: the patterns compiled from them;
- :mod:`~finnorm.fiscal.text`: period expressions in text (:func:`parse_period`,
  :func:`find_periods`);
- :mod:`~finnorm.fiscal.pinning`: :func:`pin`, a linear sweep that sets
  ``Mention.period``.

>>> import datetime as dt
>>> from finnorm.fiscal import calendar, parse_period
>>> calendar("JP").year_of(dt.date(2025, 3, 31)).label
'FY2024'
>>> calendar("AAPL").year(2023).days // 7      # a 53-week year
53
>>> parse_period("Q3 FY24", "IN").label
'Q3 FY2023-24'
>>> p = parse_period("the year ended January 28, 2023")
>>> p.start, p.end
(datetime.date(2022, 1, 29), datetime.date(2023, 1, 28))
>>> parse_period("Geschäftsjahr 2024", "calendar").end
datetime.date(2024, 12, 31)
>>> parse_period("9M FY2025", "JP").label
'9M FY2025'
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from .core import Calendar
    from .pinning import pin
    from .registry import calendar, calendar_for_locale, calendars, tax_calendar_for_locale
    from .text import PeriodMatch, find_periods, parse_period

__all__ = [
    "Calendar",
    "PeriodMatch",
    "calendar",
    "calendar_for_locale",
    "calendars",
    "find_periods",
    "parse_period",
    "pin",
    "tax_calendar_for_locale",
]

_WHERE = {
    "Calendar": "core",
    "calendar": "registry",
    "calendars": "registry",
    "calendar_for_locale": "registry",
    "tax_calendar_for_locale": "registry",
    "PeriodMatch": "text",
    "find_periods": "text",
    "parse_period": "text",
    "pin": "pinning",
}


def __getattr__(name: str) -> Any:
    # each part loads only when used: importing finnorm.fiscal.core reads no text tables
    mod = _WHERE.get(name)
    if mod is None:
        raise AttributeError(f"module 'finnorm.fiscal' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f".{mod}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
