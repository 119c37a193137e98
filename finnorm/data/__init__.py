"""Package data and the loaders that turn it into frozen, cached records.

The tables are data, kept apart from the scanning code: currency codes, symbols
and names (generated from CLDR by ``scripts/build_cldr_data.py``, with hand
corrections in ``currency_overrides.toml``), scale words (``scales.toml``) and
spelled-out numbers (``numwords/``). Each loader reads its file once, on first
use.

>>> minor_units()["JPY"], minor_units()["USD"], minor_units()["BHD"]
(0, 2, 3)
>>> symbols()["A$"]
('AUD',)
>>> names("en")["australian dollars"]
('AUD',)
>>> scales("de")["mrd."]
9
"""
from __future__ import annotations

import json
import tomllib
from collections.abc import Mapping
from decimal import Decimal
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any

__all__ = [
    "adjectives",
    "case_sensitive_scales",
    "decimal_symbol",
    "dollar_prefixes",
    "extra_names",
    "format_overrides",
    "fractions",
    "implicit_minor",
    "importance",
    "lang_defaults",
    "lang_territory",
    "minor_units",
    "minor_words",
    "names",
    "scales",
    "symbols",
    "territory_currency",
]

# Head noun position in multi-word currency names, for deriving generic names
# ("australian dollar" -> "dollar"; "dollar australien" -> "dollar").
_HEAD_LAST = frozenset(["en", "de", "nl", "sv", "nb", "da", "fi", "bg", "hr", "ru", "uk", "pl", "cs", "sk", "sl", "hu", "tr", "ka", "mn", "el"])
_HEAD_FIRST = frozenset(["fr", "es", "pt", "it", "ca", "ro", "he", "ar", "vi", "id", "ms", "ga"])


def _read_json(name: str) -> Any:
    return json.loads(resources.files(__name__).joinpath(name).read_text(encoding="utf-8"))


@cache
def _overrides() -> dict[str, Any]:
    return tomllib.loads(
        resources.files(__name__).joinpath("currency_overrides.toml").read_text(encoding="utf-8")
    )


@cache
def _codes() -> dict[str, Any]:
    data: dict[str, Any] = _read_json("currencies/codes.json")
    return data


def minor_units() -> Mapping[str, int]:
    """ISO code -> number of minor-unit digits (CLDR)."""
    return MappingProxyType(_codes()["minor_units"])


@cache
def fractions() -> Mapping[str, int]:
    """ISO code -> minor-unit digits for every code CLDR lists (2 when it lists none)."""
    return MappingProxyType({**_codes()["fractions"], **_codes()["minor_units"]})


@cache
def format_overrides() -> Mapping[str, Any]:
    """Presentation choices CLDR does not make (``format_overrides.toml``)."""
    return MappingProxyType(tomllib.loads(
        resources.files(__name__).joinpath("format_overrides.toml").read_text(encoding="utf-8")))


def territory_currency(territory: str) -> str | None:
    """The current legal tender of a territory (``"AU"`` -> ``"AUD"``)."""
    cur: str | None = _codes()["territory_currency"].get(territory.upper())
    return cur


def lang_territory(lang: str) -> str | None:
    """The likeliest territory for a bare language (``"ja"`` -> ``"JP"``)."""
    terr: str | None = _codes()["lang_territory"].get(lang.lower())
    return terr


@cache
def symbols() -> Mapping[str, tuple[str, ...]]:
    """Currency symbol as written -> candidate codes, most likely first."""
    gen = _read_json("currencies/symbols.json")["symbols"]
    ov = _overrides()
    drop = set(ov.get("drop_symbols", {}).get("list", ()))
    codes = minor_units()
    out: dict[str, tuple[str, ...]] = {}
    for sym, cands in gen.items():
        if sym in drop or (len(sym) == 3 and sym.isupper() and sym.isalpha()):
            continue
        out[sym] = tuple(cands)
    for sym, cands in ov.get("symbols", {}).items():
        if not cands:
            out.pop(sym, None)
            continue
        out[sym] = tuple(c for c in cands if c in codes)
    return MappingProxyType({k: v for k, v in out.items() if v})


@cache
def names(lang: str) -> Mapping[str, tuple[str, ...]]:
    """Lower-cased currency names of a language -> candidate codes.

    CLDR display names (singular and plural), generic heads derived from them
    ("dollar" from "australian dollar", ranked by ``importance()``), and hand
    additions.
    """
    lang = lang.lower()
    out: dict[str, list[str]] = {}
    try:
        gen = _read_json(f"currencies/names_{lang}.json")["names"]
    except FileNotFoundError:
        gen = {}
    heads: dict[str, set[str]] = {}
    for name, cands in gen.items():
        out[name] = list(cands)
        words = name.split()
        if len(words) > 1 and (lang in _HEAD_LAST or lang in _HEAD_FIRST):
            head = words[-1] if lang in _HEAD_LAST else words[0]
            if len(head) >= 3:
                heads.setdefault(head, set()).update(cands)
    for head, cands in heads.items():
        if head not in out:
            out[head] = _ranked(cands)
    if lang in ("ja", "zh", "ko"):  # "スイス フラン" is also written "スイスフラン", "スイス・フラン"
        for name, cands in list(out.items()):
            if " " in name:
                for joined in (name.replace(" ", ""), name.replace(" ", "・")):
                    out.setdefault(joined, cands)
    for name, cands in _overrides().get("names", {}).get(lang, {}).items():
        out[name.lower()] = list(cands)
    codes = minor_units()
    known = {k: tuple(c for c in v if c in codes) for k, v in out.items()}
    return MappingProxyType({k: v for k, v in known.items() if v})


@cache
def _rank() -> dict[str, int]:
    """Hand importance first, then CLDR usage (current before withdrawn, wider first)."""
    order = list(dict.fromkeys([*importance(), *_codes()["rank"]]))
    return {c: i for i, c in enumerate(order)}


def _ranked(codes: set[str]) -> list[str]:
    rank = _rank()
    return sorted(codes, key=lambda c: (rank.get(c, len(rank)), c))


@cache
def importance() -> tuple[str, ...]:
    """Codes ranked by how often an ambiguous cue means them, most first."""
    return tuple(_overrides().get("importance", ()))


@cache
def _scales() -> dict[str, Any]:
    return tomllib.loads(
        resources.files(__name__).joinpath("scales.toml").read_text(encoding="utf-8")
    )


@cache
def scales(lang: str | None) -> Mapping[str, int]:
    """Scale words (lower case) -> power of ten, for ``lang`` plus the shared ones.

    With ``lang=None`` English is used.
    """
    data = _scales()
    out: dict[str, int] = {}
    if lang is None:  # no language given: every table, English winning conflicts
        for key, table in data.items():
            if key not in ("*", "case_sensitive", "en"):
                out.update(table)
    out.update(data.get("*", {}))
    out.update(data.get((lang or "en").lower(), {}))
    return MappingProxyType({k.lower(): int(v) for k, v in out.items()})


@cache
def case_sensitive_scales() -> Mapping[str, int]:
    """Single-letter scales matched with their case ("M", "m", "B", "K", "T")."""
    return MappingProxyType({k: int(v) for k, v in _scales().get("case_sensitive", {}).items()})


@cache
def minor_words() -> Mapping[str, tuple[Decimal, str | None]]:
    """Minor-unit and coin words -> (factor, currency or None for "nearby/locale")."""
    out: dict[str, tuple[Decimal, str | None]] = {}
    for word, (factor, cur) in _overrides().get("minor", {}).items():
        out[word] = (Decimal(factor), cur or None)
    return MappingProxyType(out)


@cache
def lang_defaults(lang: str) -> Mapping[str, str]:
    """Per-language choice for ambiguous cues (``ja``: ``¥`` -> ``JPY``)."""
    return MappingProxyType(dict(_overrides().get("lang_defaults", {}).get(lang.lower(), {})))


def decimal_symbol(locale: str | None) -> str | None:
    """The decimal separator of a babel locale id (``"de_CH"`` -> ``"."``), or None.

    >>> decimal_symbol("de"), decimal_symbol("de_CH"), decimal_symbol(None)
    (',', '.', None)
    """
    if not locale:
        return None
    table = _codes()["decimal_symbol"]
    loc = locale.replace("-", "_")
    while loc:
        sym: str | None = table.get(loc)
        if sym:
            return sym
        loc = loc.rpartition("_")[0]
    return None


@cache
def dollar_prefixes() -> Mapping[str, str]:
    """Short letters before ``$`` naming the dollar (``"hk"`` -> ``"HKD"``)."""
    return MappingProxyType(dict(_overrides().get("dollar_prefixes", {})))


@cache
def extra_names() -> Mapping[str, tuple[str, ...]]:
    """Every language's hand-listed currency names (used when no language is given)."""
    out: dict[str, tuple[str, ...]] = {}
    codes = minor_units()
    for table in _overrides().get("names", {}).values():
        for name, cands in table.items():
            known = tuple(c for c in cands if c in codes)
            if known:
                out.setdefault(name.lower(), known)
    return MappingProxyType(out)


@cache
def adjectives(lang: str) -> Mapping[str, tuple[str, ...]]:
    """Nationality adjectives of currency names (``"australske"`` -> ``("AUD",)``).

    Taken from CLDR's multi-word names in head-final languages ("australske
    dollar"), with the common inflections (final ``-e``/``-n``/``-r``/``-s`` on or
    off). A name written "ADJECTIVE HEAD" is read as the codes both words allow,
    so "australske dollars" and "svenske kr" work although CLDR spells them
    otherwise.
    """
    lang = lang.lower()
    if lang not in _HEAD_LAST:
        return MappingProxyType({})
    try:
        gen = _read_json(f"currencies/names_{lang}.json")["names"]
    except FileNotFoundError:
        return MappingProxyType({})
    out: dict[str, set[str]] = {}
    for name, cands in gen.items():
        words = name.split()
        if len(words) < 2:
            continue
        adj = " ".join(words[:-1])
        forms = {adj}
        stem = adj[:-1] if adj[-1:] in ("e", "n", "r", "s") else adj
        forms.update({stem, stem + "e", stem + "en", stem + "er", stem + "es"})
        for f in forms:
            if len(f) >= 4:
                out.setdefault(f, set()).update(cands)
    return MappingProxyType({k: tuple(_ranked(v)) for k, v in out.items()})


@cache
def implicit_minor() -> Mapping[str, Decimal]:
    """Unit words after which a bare numeral is the next smaller unit ("一块二" = 1.2)."""
    return MappingProxyType({k: Decimal(v) for k, v in _overrides().get("implicit_minor", {}).items()})
