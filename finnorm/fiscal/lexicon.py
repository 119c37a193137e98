"""Period words by language: the one validating loader of
``finnorm/data/periods.toml`` (and the CLDR month names generated into
``finnorm/data/period_months.toml``).

Every language is a :class:`Language` value; :func:`languages` reads and
checks them all once. The period scanner (:mod:`finnorm.fiscal.text`) builds
its patterns from these tables, so a new language is a table, not code.

>>> de = languages()["de"]
>>> "Geschäftsjahr" in de.fiscal_year, de.ordinals["dritten"], de.months[2][0]
(True, 3, 'märz')
>>> sorted(languages())[:6]
['*', 'ar', 'bg', 'ca', 'cs', 'da']
"""
from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from ..errors import PeriodError

__all__ = ["LIST_FIELDS", "Language", "languages", "placeholders"]

#: the word-list fields of a language table (see the header of periods.toml)
LIST_FIELDS = (
    "fiscal_year", "fiscal_year_short", "tax_year", "calendar_year",
    "quarter", "half", "half_1", "half_2", "nine_months", "cumulative", "month_quarter",
    "connectors", "year_prefix", "year_suffix",
    "year_units", "quarter_units", "half_units", "nine_units",
    "ended", "ended_after", "ended_prefix", "range_from", "range_to", "date_glue",
)
_TABLE_FIELDS = ("ordinals", "cardinals")
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
#: which placeholders each field's templates may use
_ALLOWED = {
    "quarter": {"ord", "n"},
    "half": {"ord", "n"},
    "cumulative": {"ord", "n", "card"},
    "month_quarter": {"month"},
    "connectors": {"month"},
}
#: fields whose every template must name a number
_NEEDS_NUMBER = ("quarter", "half", "cumulative")


@dataclass(frozen=True, slots=True)
class Language:
    """The period words of one language (``code`` is a CLDR language, or
    ``"*"`` for forms every language uses such as ``Q3`` and ``9M``)."""

    code: str
    fiscal_year: tuple[str, ...] = ()
    fiscal_year_short: tuple[str, ...] = ()
    tax_year: tuple[str, ...] = ()
    calendar_year: tuple[str, ...] = ()
    quarter: tuple[str, ...] = ()
    half: tuple[str, ...] = ()
    half_1: tuple[str, ...] = ()
    half_2: tuple[str, ...] = ()
    nine_months: tuple[str, ...] = ()
    cumulative: tuple[str, ...] = ()
    month_quarter: tuple[str, ...] = ()
    connectors: tuple[str, ...] = ()
    year_prefix: tuple[str, ...] = ()
    year_suffix: tuple[str, ...] = ()
    year_units: tuple[str, ...] = ()
    quarter_units: tuple[str, ...] = ()
    half_units: tuple[str, ...] = ()
    nine_units: tuple[str, ...] = ()
    ended: tuple[str, ...] = ()
    ended_after: tuple[str, ...] = ()
    ended_prefix: tuple[str, ...] = ()
    range_from: tuple[str, ...] = ()
    range_to: tuple[str, ...] = ()
    date_glue: tuple[str, ...] = ()
    ordinals: Mapping[str, int] = field(default_factory=dict)  # word (lower case) -> 1..4
    cardinals: Mapping[str, int] = field(default_factory=dict)  # word (lower case) -> 2..4
    months: tuple[tuple[str, ...], ...] = ()  # 12 tuples of lower-case spellings

    def __reduce__(self) -> tuple[Any, ...]:
        values = {f: getattr(self, f) for f in self.__dataclass_fields__}
        values["ordinals"] = dict(self.ordinals)
        values["cardinals"] = dict(self.cardinals)
        return (_rebuild, (values,))


def _rebuild(values: dict[str, Any]) -> Language:
    values = dict(values)
    values["ordinals"] = MappingProxyType(values["ordinals"])
    values["cardinals"] = MappingProxyType(values["cardinals"])
    return Language(**values)


def placeholders(template: str) -> set[str]:
    """The placeholders a template uses.

    >>> sorted(placeholders("{ord} quarter of {month}"))
    ['month', 'ord']
    """
    return set(_PLACEHOLDER.findall(template))


def _words(code: str, name: str, value: Any) -> tuple[str, ...]:
    where = f"periods.toml [{code}] {name}"
    if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
        raise PeriodError(f"{where}: a list of non-empty strings")
    allowed = _ALLOWED.get(name, set())
    for w in value:
        used = placeholders(w)
        if used - allowed:
            raise PeriodError(f"{where}: {w!r} uses {sorted(used - allowed)}")
        if name in _NEEDS_NUMBER and not used & {"ord", "n", "card"}:
            raise PeriodError(f"{where}: {w!r} names no number ({{ord}}, {{n}} or {{card}})")
    return tuple(dict.fromkeys(value))


def _table(code: str, name: str, value: Any, numbers: range) -> dict[str, int]:
    where = f"periods.toml [{code}] {name}"
    if not isinstance(value, dict):
        raise PeriodError(f"{where}: a table of number = [words]")
    out: dict[str, int] = {}
    for key, words in value.items():
        try:
            n = int(key)
        except ValueError:
            raise PeriodError(f"{where}: {key!r} is not a number") from None
        if n not in numbers:
            raise PeriodError(f"{where}: {n} is outside {numbers.start}..{numbers.stop - 1}")
        for w in _words(code, name, words):
            prev = out.setdefault(w.lower(), n)
            if prev != n:
                raise PeriodError(f"{where}: {w!r} means both {prev} and {n}")
    return out


def _months(code: str, generated: Any, extra: Any) -> tuple[tuple[str, ...], ...]:
    if generated is None:
        return ()
    where = f"period_months.toml {code}"
    if not (isinstance(generated, list) and len(generated) == 12):
        raise PeriodError(f"{where}: twelve months")
    months = [list(m) for m in generated]
    for item in extra or ():
        if not (isinstance(item, list) and len(item) == 2 and isinstance(item[0], int)
                and 1 <= item[0] <= 12 and isinstance(item[1], str) and item[1].strip()):
            raise PeriodError(f"periods.toml [{code}] months_extra: [month, spelling] pairs")
        months[item[0] - 1].append(item[1].lower())
    seen: dict[str, int] = {}
    for i, forms in enumerate(months, start=1):
        if not forms or not all(isinstance(f, str) and f for f in forms):
            raise PeriodError(f"{where}: month {i} has no name")
        for f in forms:
            if seen.setdefault(f, i) != i:
                raise PeriodError(f"{where}: {f!r} names months {seen[f]} and {i}")
    return tuple(tuple(dict.fromkeys(f.lower() for f in forms)) for forms in months)


def _language(code: str, raw: Mapping[str, Any], months: Any) -> Language:
    known = set(LIST_FIELDS) | set(_TABLE_FIELDS) | {"months_extra"}
    extra = set(raw) - known
    if extra:
        raise PeriodError(f"periods.toml [{code}]: unknown fields {sorted(extra)}")
    kwargs: dict[str, Any] = {name: _words(code, name, raw[name]) for name in LIST_FIELDS if name in raw}
    if "ordinals" in raw:
        kwargs["ordinals"] = MappingProxyType(_table(code, "ordinals", raw["ordinals"], range(1, 5)))
    if "cardinals" in raw:
        kwargs["cardinals"] = MappingProxyType(_table(code, "cardinals", raw["cardinals"], range(2, 5)))
    for name in ("quarter", "half", "cumulative"):
        for w in kwargs.get(name, ()):
            if "ord" in placeholders(w) and "ordinals" not in kwargs and code != "*":
                raise PeriodError(f"periods.toml [{code}] {name}: {w!r} needs ordinals")
            if "card" in placeholders(w) and "cardinals" not in kwargs:
                raise PeriodError(f"periods.toml [{code}] {name}: {w!r} needs cardinals")
    month_templates = [w for f in ("month_quarter", "connectors") for w in kwargs.get(f, ())
                       if "month" in placeholders(w)]
    kwargs["months"] = _months(code, months, raw.get("months_extra"))
    if month_templates and not kwargs["months"]:
        raise PeriodError(f"periods.toml [{code}]: {month_templates[0]!r} needs months")
    if code != "*" and not kwargs.get("fiscal_year"):
        raise PeriodError(f"periods.toml [{code}]: every language names its fiscal year")
    return Language(code, **kwargs)


@functools.cache
def languages() -> Mapping[str, Language]:
    """Every language of ``periods.toml`` by code (read once, validated)."""
    import tomllib

    from ..data import read_text

    try:
        data = tomllib.loads(read_text("periods.toml"))
        months = tomllib.loads(read_text("period_months.toml"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise PeriodError(f"period words: {exc}") from None
    unknown = set(months) - set(data)
    if unknown:
        raise PeriodError(f"period_months.toml: languages not in periods.toml: {sorted(unknown)}")
    return MappingProxyType({code: _language(code, raw, months.get(code)) for code, raw in data.items()})
