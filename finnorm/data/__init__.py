"""Package data and the loaders that turn it into frozen, cached records.

The tables are data, kept apart from the code. Generated from CLDR by
``scripts/build_cldr_data.py`` (never edited by hand): ``currencies/`` (codes,
minor units, territory currencies, every locale's symbols), ``locales/`` (the
CLDR snapshot that formatting reads, :mod:`finnorm.data.cldr`) and
``lexicon/`` (the reader's tables per language, :mod:`finnorm.lexicon`). Hand
tables: ``currency_overrides.toml``, ``scales.toml``, ``cues.toml``,
``grammar.toml``, ``format_overrides.toml``, ``numwords/``, ``calendars.toml``.

>>> minor_units()["JPY"], minor_units()["USD"], minor_units()["BHD"]
(0, 2, 3)
>>> territory_currency("AU"), lang_territory("ja")
('AUD', 'JP')
"""
from __future__ import annotations

import json
import os
import tomllib
from collections.abc import Mapping
from decimal import Decimal
from functools import cache
from types import MappingProxyType
from typing import Any

_HERE = os.path.dirname(os.path.abspath(__file__))


def read_text(relpath: str) -> str:
    """A package data file as text (UTF-8), by its path under ``finnorm/data``.

    Read straight from the directory (``importlib.resources`` imports zipfile,
    tempfile and pathlib: a tenth of a fresh ``finnorm parse``), with that as the
    fallback for a package imported from a zip file.
    """
    path = os.path.join(_HERE, *relpath.split("/"))
    try:
        with open(path, encoding="utf-8") as fh:
            return fh.read()
    except FileNotFoundError:
        if os.path.isdir(_HERE):
            raise
        from importlib import resources  # pragma: no cover - zipped package

        return resources.files(__name__).joinpath(relpath).read_text(encoding="utf-8")

__all__ = [
    "current_tenders",
    "fixed_rates",
    "format_overrides",
    "formers_of",
    "fractions",
    "lang_territory",
    "minor_units",
    "rate_ranges",
    "read_text",
    "territory_currency",
    "territory_former",
]


@cache
def _codes() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(read_text("currencies/codes.json"))
    return data


def minor_units() -> Mapping[str, int]:
    """ISO code -> number of minor-unit digits (CLDR), for every code finnorm reads."""
    return MappingProxyType(_codes()["minor_units"])


@cache
def rate_ranges() -> Mapping[str, tuple[Decimal, Decimal]]:
    """ISO code -> the least and the most units of it a euro was worth on any day of
    the embedded ECB history, and for currencies the ECB does not quote, their pegs and
    approximate ranges (:func:`hand_ranged`; built by ``scripts/build_rate_ranges.py``):
    for judging whether a figure is a rate or a text's own conversion is plausible,
    never for converting.

    >>> lo, hi = rate_ranges()["ROL"]
    >>> lo > 10000, rate_ranges()["EUR"]
    (True, (Decimal('1'), Decimal('1')))
    """
    data = _rate_ranges_file()["per_eur"]
    return MappingProxyType({k: (Decimal(a), Decimal(b)) for k, (a, b) in data.items()})


@cache
def _rate_ranges_file() -> dict[str, Any]:
    """rate_ranges.json, read once for :func:`rate_ranges` and :func:`hand_ranged`."""
    data: dict[str, Any] = json.loads(read_text("rate_ranges.json"))
    return data


@cache
def fixed_rates() -> Mapping[str, Decimal]:
    """ISO code -> the units of it one euro was fixed at, for the euro's founding
    currencies the ECB never quoted (``[fixed]`` of rate_ranges_extra.toml): for checking
    a text's own conversion ("4,90 francs (0,75 euro)"), never for converting.

    >>> fixed_rates()["FRF"], "FRF" in rate_ranges()
    (Decimal('6.55957'), False)
    """
    return MappingProxyType({k: Decimal(v) for k, v in
                             _rate_ranges_file().get("fixed", {}).items()})


@cache
def hand_ranged() -> frozenset[str]:
    """The codes of :func:`rate_ranges` that come from the hand table (currencies the
    ECB does not quote: pegs and approximate ranges), not from the history.

    >>> "SAR" in hand_ranged(), "USD" in hand_ranged()
    (True, False)
    """
    return frozenset(_rate_ranges_file().get("hand", ()))


@cache
def fractions() -> Mapping[str, int]:
    """ISO code -> minor-unit digits for every code CLDR lists (2 when it lists none)."""
    return MappingProxyType({**_codes()["fractions"], **_codes()["minor_units"]})


@cache
def format_overrides() -> Mapping[str, Any]:
    """Presentation choices CLDR does not make (``format_overrides.toml``)."""
    return MappingProxyType(tomllib.loads(read_text("format_overrides.toml")))


def territory_currency(territory: str) -> str | None:
    """The current legal tender of a territory (``"AU"`` -> ``"AUD"``)."""
    cur: str | None = _codes()["territory_currency"].get(territory.upper())
    return cur


@cache
def territory_also(territory: str) -> tuple[str, ...]:
    """The other legal tenders of a territory that has several (CLDR).

    >>> territory_also("PS"), territory_also("FR")
    (('JOD',), ())
    """
    return tuple(_codes()["territory_also"].get(territory.upper(), ()))


@cache
def current_tenders() -> frozenset[str]:
    """Every code that is some territory's legal tender today (CLDR).

    >>> "EUR" in current_tenders(), "DEM" in current_tenders()
    (True, False)
    """
    return frozenset(_codes()["territory_currency"].values())


def territory_former(territory: str) -> tuple[tuple[str, str, str, bool, str], ...]:
    """The tender a territory had since 1990 and no longer has, oldest first: (code, its
    last day, its successor, whether the successor bears its name, the successor's first
    day) (CLDR).

    >>> territory_former("SK")
    (('CSK', '1992-12-31', 'SKK', False, '1992-12-31'),
     ('SKK', '2009-01-01', 'EUR', False, '2009-01-01'))
    """
    got = _codes()["territory_former"].get(territory.upper(), ())
    return tuple((str(c), str(d), str(n), bool(same), str(first))
                 for c, d, n, same, first in got)


@cache
def _formers_by_successor() -> Mapping[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for entries in _codes()["territory_former"].values():
        for code, _last, successor, _same, _first in entries:
            out.setdefault(str(successor), [])
            if code not in out[str(successor)]:
                out[str(successor)].append(str(code))
    return MappingProxyType({k: tuple(v) for k, v in out.items()})


@cache
def redenominated_into(code: str) -> tuple[tuple[str, str, str, bool, str, str], ...]:
    """The redenominations since 1990 whose new currency is ``code`` and bears the old
    one's name, in any territory: (old code, its last day, ``code``, True, the new one's
    first day, the territory) (CLDR).

    >>> [r[0] for r in redenominated_into("MRU")], redenominated_into("EUR")
    (['MRO'], ())
    """
    out = []
    for terr, entries in sorted(_codes()["territory_former"].items()):
        for old, last, successor, same, first in entries:
            if str(successor) == code and same:
                out.append((str(old), str(last), code, True, str(first), str(terr)))
    return tuple(out)


def formers_of(code: str) -> tuple[str, ...]:
    """The tenders since 1990 that ``code`` replaced in any territory (CLDR).

    >>> formers_of("RON"), formers_of("USD")[:0]
    (('ROL',), ())
    """
    return _formers_by_successor().get(code, ())


@cache
def noun_namesakes(code: str) -> tuple[str, ...]:
    """The successors of the former tender ``code`` named otherwise but with the same
    noun, no other country's tender today (CLDR's English names): a text that names the
    old one by its own sign means it by the bare noun too.

    >>> noun_namesakes("CSK"), noun_namesakes("DEM")
    (('CZK', 'SKK'), ())
    """
    return tuple(_codes().get("noun_namesakes", {}).get(code, ()))


def lang_territory(lang: str) -> str | None:
    """The likeliest territory for a bare language (``"ja"`` -> ``"JP"``)."""
    terr: str | None = _codes()["lang_territory"].get(lang.lower())
    return terr
