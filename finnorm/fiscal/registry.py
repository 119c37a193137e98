"""The built-in fiscal calendars, by name, locale, issuer and hint.

The calendars are data: ``finnorm/data/calendars.toml`` gives each one's rule,
how it names its years, the words and issuers that name it in running text,
the locales it is the default for, and its published source. This module is
their one loader.

>>> calendar("us-federal").name
'US-federal'
>>> [c.name for c in calendars()][:4]
['JP', 'IN', 'UK-gov', 'UK-tax']
>>> calendar_for_locale("ja_JP").name, calendar_for_locale("en-IN").name
('JP', 'IN')
>>> calendar_for_locale("en_US") is None   # US issuers use many fiscal years
True
>>> tax_calendar_for_locale("en_GB").name  # "the 2025 to 2026 tax year" in Britain
'UK-tax'
"""
from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from ..errors import InvalidArgumentError, PeriodError, UnknownCalendarError
from .core import Calendar

if TYPE_CHECKING:  # pragma: no cover
    from ..locale import Locale

__all__ = [
    "calendar",
    "calendar_for_locale",
    "calendars",
    "hint_map",
    "issuer_calendar",
    "tax_calendar_for_locale",
]

_FIELDS = {"title", "start", "weeks", "number", "label", "hints", "issuers", "locales",
           "tax_locales", "source"}


@functools.lru_cache(maxsize=1)
def _specs() -> Mapping[str, Mapping[str, Any]]:
    import tomllib

    from ..data import read_text

    data = tomllib.loads(read_text("calendars.toml"))
    for name, spec in data.items():
        extra = set(spec) - _FIELDS
        if extra:
            raise PeriodError(f"calendars.toml [{name}]: unknown fields {sorted(extra)}")
        if ("start" in spec) == ("weeks" in spec):
            raise PeriodError(f"calendars.toml [{name}]: give 'start' or 'weeks', not both")
        if not spec.get("source"):
            raise PeriodError(f"calendars.toml [{name}]: every calendar names its source")
    return MappingProxyType({k.lower(): MappingProxyType(dict(v, name=k)) for k, v in data.items()})


def _from_spec(spec: Mapping[str, Any]) -> Calendar:
    common: dict[str, Any] = {
        "name": spec["name"],
        "number": spec.get("number", "start"),
        "label": spec.get("label", "FY{start}"),
        "title": spec.get("title", ""),
        "source": spec.get("source", ""),
        "hints": tuple(spec.get("hints", ())),
        "locales": tuple(spec.get("locales", ())),
    }
    weeks = spec.get("weeks")
    if weeks is not None:
        return Calendar(
            weekday=weeks["weekday"],
            end_month=int(weeks["end_month"]),
            rule=weeks.get("rule", "last"),
            extra_week=int(weeks.get("extra_week", 4)),
            **common,
        )
    month, day = (int(x) for x in spec["start"].split("-"))
    return Calendar(start_month=month, start_day=day, **common)


@functools.cache
def builtin(key: str) -> Calendar:
    """The built-in calendar whose lower-cased name is ``key`` (``KeyError`` if none)."""
    spec = _specs().get(key)
    if spec is None:
        raise KeyError(key)
    return _from_spec(spec)


def calendar(name: str | Calendar) -> Calendar:
    """The calendar called ``name`` (case-insensitive); a :class:`Calendar` is
    returned as is.

    >>> calendar("XX")
    Traceback (most recent call last):
    ...
    finnorm.errors.UnknownCalendarError: unknown fiscal calendar 'XX'; known: JP, IN, ...
    """
    if isinstance(name, Calendar):
        return name
    if not isinstance(name, str):
        raise InvalidArgumentError(f"a calendar name is a str, not {type(name).__name__}")
    key = name.strip().lower()
    try:
        return builtin(key)
    except KeyError:
        pass
    for spec in _specs().values():
        if key.replace("_", "-").replace(" ", "-") == spec["name"].lower():
            return builtin(spec["name"].lower())
    known = ", ".join(s["name"] for s in _specs().values())
    raise UnknownCalendarError(f"unknown fiscal calendar {name!r}; known: {known}", calendar=name)


def calendars() -> tuple[Calendar, ...]:
    """The built-in calendars, in the order of the data file."""
    return tuple(builtin(k) for k in _specs())


def _tries(locale: str | Locale | None) -> tuple[str, ...]:
    from ..locale import locale_of

    loc = locale_of(locale)
    if loc is None:
        return ()
    out = [loc.id, loc.cldr_id]
    if loc.explicit_territory and loc.territory:
        out.append(f"{loc.language}_{loc.territory}")
    out.append(loc.language)
    return tuple(dict.fromkeys(t.lower() for t in out))


@functools.lru_cache(maxsize=256)
def _by_locale(field: str, tries: tuple[str, ...]) -> Calendar | None:
    for t in tries:
        for key, spec in _specs().items():
            if any(t == x.lower() for x in spec.get(field, ())):
                return builtin(key)
    return None


def calendar_for_locale(locale: str | Locale | None) -> Calendar | None:
    """The calendar a locale suggests when a text gives no other evidence,
    else ``None``. ``locale`` is a locale id or a :class:`finnorm.locale.Locale`;
    an unknown id raises :class:`~finnorm.errors.UnknownLocaleError`."""
    return _by_locale("locales", _tries(locale))


def tax_calendar_for_locale(locale: str | Locale | None) -> Calendar | None:
    """The calendar "tax year" means under ``locale`` (``None`` if it has no
    tax year of its own)."""
    return _by_locale("tax_locales", _tries(locale))


@functools.lru_cache(maxsize=1)
def _issuer_re() -> tuple[re.Pattern[str], Mapping[str, str]]:
    names: dict[str, str] = {}
    for key, spec in _specs().items():
        for n in spec.get("issuers", ()):
            names.setdefault(n, key)
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)"), MappingProxyType(names)


def issuer_calendar(text: str) -> Calendar | None:
    """The calendar of the one issuer ``text`` names, if it names exactly one.

    >>> issuer_calendar("Nissan said ...").name, issuer_calendar("Nissan and Toyota") is None
    ('NISSAN', True)
    """
    rx, names = _issuer_re()
    keys = {names[m.group(0)] for m in rx.finditer(text)}
    return builtin(keys.pop()) if len(keys) == 1 else None


@functools.lru_cache(maxsize=1)
def hint_map() -> Mapping[str, str]:
    """Words that name a calendar in running text ("japanese", "apple") → its key."""
    out: dict[str, str] = {}
    for key, spec in _specs().items():
        for h in spec.get("hints", ()):
            out.setdefault(h.lower(), key)
    return MappingProxyType(out)
