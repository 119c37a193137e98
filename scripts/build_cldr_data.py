#!/usr/bin/env python3
"""Build finnorm's CLDR tables (``finnorm/data/currencies/`` and
``finnorm/data/locales/``) from the installed babel's CLDR data.

Run at development time, with the babel version the lock file pins; the output
is committed and a test checks it is current:

    python scripts/build_cldr_data.py          # write the files
    python scripts/build_cldr_data.py --check  # exit 1 if they are stale

Everything finnorm reads or prints from CLDR comes from these files, never from
the babel installed at run time, so one finnorm release prints the same text
whichever babel a user has (CONTRIBUTING.md: how to move to a newer CLDR).

Generated (never edit by hand; hand corrections go to
``finnorm/data/currency_overrides.toml`` and ``finnorm/data/format_overrides.toml``):

* ``currencies/codes.json``: ISO 4217 codes finnorm accepts, with their minor units
  (every code CLDR knows a fraction for is in ``fractions``);
* ``currencies/symbols.json``: every currency symbol CLDR uses in any locale, with the
  codes it stands for, most used first (``"$": ["USD", "AUD", ...]``);
* ``locales/index.json``: every locale babel ships with its CLDR parent, and the
  babel/CLDR versions;
* ``locales/<lang>.json``: per locale of that language, what it adds to its parent
  (CLDR inheritance): number symbols, currency and compact number patterns (as
  CLDR writes them), plural rules, currency symbols, names and unit patterns;
* ``lexicon/<lang>.json``, ``lexicon/und.json``, ``lexicon/global.json``: the
  reader's tables, CLDR merged with the hand tables (``scripts/_lexicon.py``).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path
from typing import Any

import babel
from babel import Locale, localedata
from babel.core import get_global

DATA = Path(__file__).resolve().parent.parent / "finnorm" / "data"
OUT = DATA / "currencies"

# Withdrawn before 1999 but still met in text (and in the evaluation corpora of peers).
HISTORIC = (
    "DEM FRF ITL ESP PTE NLG BEF ATS FIM IEP GRD LUF HRK LTL LVL EEK SKK SIT CYP MTL "
    "VEF ZWL SLL MRO STD BYR "
    # the 1990s: Brazil's cruzeiros and cruzados, the rouble of 1991-98, the karbovanets,
    # the zloty before 1995, the Czechoslovak koruna (old articles and budgets)
    "BRB BRC BRN BRE BRR RUR UAK PLZ CSK "
    # the mark of the GDR ("82 Ostmark", "Mark der DDR"), the Soviet rouble
    "DDM SUR"
).split()


# Territories whose first tender of their own followed a union's, which CLDR files under
# the union: Russia's roubles of 1991-98 followed the Soviet rouble (Ukraine and Belarus
# list it themselves).
UNION_BEFORE = {"RU": "SU"}


# A territory's former tenders are those withdrawn on or after this day: the oldest texts
# finnorm is measured on are of the 1990s (roubles of 1996, cruzeiros of 1993).
FORMER_SINCE = (1990, 1, 1)


# Units of account that are not tender but are quoted as money: Chile's unidad de
# fomento ("multa de 1.300 UF", "UF2.915").
ACCOUNT_UNITS = ("CLF", "XDR")  # and the IMF's special drawing rights ("10,5 milliárd SDR")


# Withdrawn codes that are also abbreviations of something else in running text
# ("5 MCF" of gas, "TPE" for Taipei): not read as currencies.
NOT_READ = {"MCF", "TPE", "YUM"}


def current_codes() -> set[str]:
    """Codes in legal tender today, and those withdrawn since 1999 (the ECB era:
    BGN, HRK, TRL, VEF ... are still met in text about their years)."""
    codes: set[str] = set()
    for _terr, entries in get_global("territory_currencies").items():
        for code, _start, end, tender in entries:
            if tender and (end is None or tuple(end) >= (1999, 1, 1)):
                codes.add(code)
    return codes - NOT_READ


@cache
def _usage() -> dict[str, tuple[bool, int]]:
    """code -> (in legal tender today, number of territories that used it)."""
    live: set[str] = set()
    terrs: Counter[str] = Counter()
    for _terr, entries in get_global("territory_currencies").items():
        for code, _start, end, tender in entries:
            if tender:
                terrs[code] += 1
                if end is None:
                    live.add(code)
    return {c: (c in live, n) for c, n in terrs.items()}


def rank_codes(codes: set[str]) -> list[str]:
    """Codes likeliest first when nothing else decides: current ones in code order
    (hand importance ranks them first at run time), then withdrawn ones, the more
    widely used first (ESP before ADP)."""
    usage = _usage()
    current = {c for c in codes if usage.get(c, (False, 0))[0]}
    return sorted(codes, key=lambda c: (c not in current,
                                        0 if c in current else -usage.get(c, (False, 0))[1], c))


def _dump(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=0, sort_keys=False) + "\n"


def build_currencies() -> dict[str, str]:
    fractions = get_global("currency_fractions")
    codes = sorted(current_codes() | set(HISTORIC) | set(ACCOUNT_UNITS))
    minor = {c: fractions.get(c, fractions["DEFAULT"])[0] for c in codes}
    all_fractions = {c: f[0] for c, f in sorted(fractions.items()) if c != "DEFAULT"}

    sym_votes: dict[str, Counter[str]] = defaultdict(Counter)
    for loc_id in localedata.locale_identifiers():
        try:
            loc = Locale.parse(loc_id)
        except Exception:  # pragma: no cover - malformed ids in some CLDR builds
            continue
        for code, sym in loc.currency_symbols.items():
            sym = sym.strip().replace("\u200b", "")
            if code not in minor or not sym or sym == code:
                continue
            sym_votes[unicodedata.normalize("NFC", sym)][code] += 1
    symbols = {
        s: [c for c, _ in sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))]
        for s, v in sorted(sym_votes.items())
    }

    territory: dict[str, str] = {}
    also: dict[str, list[str]] = {}  # the other tenders of a territory with several
    for terr, entries in get_global("territory_currencies").items():
        live = [c for c, _s, end, tender in entries if end is None and tender]
        if live:
            territory[terr] = live[0]
        if len(live) > 1:
            also[terr] = live[1:]
    # the tender a territory had since FORMER_SINCE and
    # no longer has, when finnorm knows its code: [code, last day, successor, whether the
    # successor bears the same name (a redenomination: BYR -> BYN), the successor's first
    # day (the two may circulate together in between)]
    english = Locale.parse("en").currencies
    former: dict[str, list[list[Any]]] = {}
    currencies_by_territory = get_global("territory_currencies")
    # a former tender -> its successors under another name but the same noun, no other
    # country's tender today ("Czechoslovak Hard Koruna" -> "Czech Koruna"): a text that
    # names the old one by its own sign ("1,30 Kčs") means it by the bare noun too
    noun_namesakes: dict[str, set[str]] = defaultdict(set)
    for terr, entries in currencies_by_territory.items():
        union = UNION_BEFORE.get(terr)
        if union is not None:  # (the union's tender first: the Soviet rouble before RUR)
            entries = list(currencies_by_territory.get(union, ())) + list(entries)
        tender = [e for e in entries if e[3]]
        for k, (code, _s, end, _t) in enumerate(tender):
            if end is None or end < FORMER_SINCE or code not in minor or k + 1 >= len(tender):
                continue
            nxt, nxt_start = tender[k + 1][0], tender[k + 1][1]
            was, now = (english.get(c, c).split(" (")[0] for c in (code, nxt))
            same = was == now
            if not same and was.split()[-1] == now.split()[-1] and not any(
                    t != terr and any(e[0] == nxt and e[2] is None and e[3] for e in es)
                    for t, es in currencies_by_territory.items()):
                noun_namesakes[code].add(nxt)
            former.setdefault(terr, []).append(
                [code, "%04d-%02d-%02d" % end, nxt, same,
                 "%04d-%02d-%02d" % nxt_start if nxt_start else "%04d-%02d-%02d" % end])
    likely = get_global("likely_subtags")
    lang_territory = {}
    for lang in sorted({i.split("_")[0] for i in localedata.locale_identifiers()}):
        full = likely.get(lang, "")
        parts = full.split("_")
        terr = next((p for p in parts[1:] if p.isupper() and len(p) == 2), None)
        if terr:
            lang_territory[lang] = terr
    decimal_sym: dict[str, str] = {}
    for loc_id in localedata.locale_identifiers():
        try:
            loc = Locale.parse(loc_id)
            decimal_sym[loc_id] = loc.number_symbols["latn"]["decimal"]
        except Exception:  # pragma: no cover
            continue
    out = {
        "codes.json": {"babel": babel.__version__, "minor_units": minor,
                       "rank": rank_codes(set(minor)),
                       "current": sorted(c for c in minor if _usage().get(c, (False, 0))[0]),
                       "fractions": all_fractions,
                       "territory_currency": dict(sorted(territory.items())),
                       "territory_also": dict(sorted(also.items())),
                       "territory_former": dict(sorted(former.items())),
                       "noun_namesakes": {k: sorted(v) for k, v in sorted(noun_namesakes.items())},
                       "lang_territory": lang_territory,
                       "decimal_symbol": dict(sorted(decimal_sym.items()))},
        "symbols.json": {"babel": babel.__version__, "symbols": symbols},
    }
    return {f"currencies/{k}": _dump(v) for k, v in out.items()}


# ------------------------------------------------------------------ locales
def _patterns(table: Any) -> dict[str, dict[str, str]]:
    """babel's compact table {count: {magnitude: NumberPattern}} as pattern strings."""
    return {count: {mag: pat.pattern for mag, pat in dict(mags).items()}
            for count, mags in dict(table).items()}


def locale_record(loc: Locale) -> dict[str, Any]:
    """Everything finnorm uses of one locale, fully resolved (parents merged)."""
    latn = loc.number_symbols.get("latn", {})
    compact: dict[str, Any] = {}
    for style, table in dict(loc.compact_decimal_formats).items():
        compact[style] = _patterns(table)
    for style, table in dict(loc.compact_currency_formats).items():
        compact[f"currency_{style}"] = _patterns(table)
    formats = {k: v.pattern for k, v in dict(loc.currency_formats).items()
               if k in ("standard", "accounting")}
    return {
        "number": {"decimal": latn.get("decimal", "."), "group": latn.get("group", ","),
                   "minus": latn.get("minusSign", "-"), "plus": latn.get("plusSign", "+"),
                   "percent": latn.get("percentSign", "%")},
        "numbering": loc.default_numbering_system,
        "currency_formats": formats,
        "compact": compact,
        "plural": dict(loc.plural_form.rules),
        "currency_symbols": dict(loc.currency_symbols),
        "currency_names": dict(loc.currencies),
        "currency_names_plural": {c: dict(f) for c, f in dict(
            loc._data.get("currency_names_plural", {})).items()},
        "currency_unit_patterns": dict(loc._data.get("currency_unit_patterns", {})),
    }


def _diff(child: Any, parent: Any) -> Any:
    """What ``child`` adds to ``parent`` (dicts recursively); ``None`` when nothing."""
    if isinstance(child, dict) and isinstance(parent, dict):
        out = {}
        for k, v in child.items():
            if k not in parent:
                out[k] = v
            else:
                d = _diff(v, parent[k])
                if d is not None:
                    out[k] = d
        return out or None
    return None if child == parent else child


def parent_of(loc_id: str) -> str:
    """CLDR's parent locale: an explicit exception, else the id less its last part."""
    exc = get_global("parent_exceptions")
    if loc_id in exc:
        return str(exc[loc_id])
    if "_" in loc_id:
        return loc_id.rsplit("_", 1)[0]
    return "root"


def build_locales() -> tuple[dict[str, str], dict[str, dict[str, Any]]]:
    """The locale files, and every locale's resolved record (for the lexicons)."""
    ids = sorted(set(localedata.locale_identifiers()) - {"root"})
    records = {"root": locale_record(Locale.parse("root"))}
    for loc_id in ids:
        records[loc_id] = locale_record(Locale.parse(loc_id))
    parents = {i: parent_of(i) for i in ids}
    by_lang: dict[str, dict[str, Any]] = defaultdict(dict)
    by_lang["root"]["root"] = records["root"]
    for loc_id in ids:
        par = parents[loc_id]
        if par not in records:  # pragma: no cover - a parent babel does not ship
            par = "root"
            parents[loc_id] = par
        by_lang[loc_id.split("_")[0]][loc_id] = _diff(records[loc_id], records[par]) or {}
    index = {
        "babel": babel.__version__,
        "aliases": _aliases(ids),
        "cldr": _cldr_version(),
        "parents": parents,
    }
    out = {"locales/index.json": _dump(index)}
    for lang, table in sorted(by_lang.items()):
        out[f"locales/{lang}.json"] = json.dumps(table, ensure_ascii=False, sort_keys=True,
                                                 separators=(",", ":")) + "\n"
    return out, records


def _aliases(ids: list[str]) -> dict[str, str]:
    """``zh_CN`` -> ``zh_Hans_CN``: the ids babel reaches through likely scripts."""
    known = set(ids)
    out: dict[str, str] = {}
    for loc_id in ids:
        parts = loc_id.split("_")
        if len(parts) != 3 or len(parts[1]) != 4:
            continue
        alias = f"{parts[0]}_{parts[2]}"
        if alias in known:
            continue
        try:
            got = str(Locale.parse(alias))
        except Exception:  # pragma: no cover
            continue
        if got == loc_id:
            out[alias] = loc_id
    return dict(sorted(out.items()))


def _cldr_version() -> str:
    try:
        from babel.core import get_cldr_version

        return str(get_cldr_version())
    except ImportError:  # pragma: no cover - babel < 2.12
        return ""


def build() -> dict[str, str]:
    from _lexicon import build_lexicons  # scripts/_lexicon.py: the reader's tables

    currencies = build_currencies()
    locales, records = build_locales()
    codes = json.loads(currencies["currencies/codes.json"])
    symbols = json.loads(currencies["currencies/symbols.json"])
    return {**currencies, **locales, **build_lexicons(records, codes, symbols)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="exit 1 when the committed files are stale")
    args = ap.parse_args(argv)
    files = build()
    stale = []
    for name, text in files.items():
        path = DATA / name
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    if args.check:
        extra = sorted(str(p.relative_to(DATA)) for d in ("currencies", "locales", "lexicon")
                       for p in (DATA / d).glob("*.json") if str(p.relative_to(DATA)) not in files)
        if stale or extra:
            print("stale: " + ", ".join(stale + extra), file=sys.stderr)
            return 1
    else:  # drop files of locales this CLDR no longer ships
        for d in ("currencies", "locales", "lexicon"):
            for p in (DATA / d).glob("*.json"):
                if str(p.relative_to(DATA)) not in files:
                    p.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
