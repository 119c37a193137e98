#!/usr/bin/env python3
"""Build finnorm/data/currencies/*.json from babel's CLDR data.

Run at development time; the output is committed and a test checks it is current:

    python scripts/build_currency_data.py          # write the files
    python scripts/build_currency_data.py --check  # exit 1 if they are stale

Generated (never edit by hand; hand corrections go to
``finnorm/data/currency_overrides.toml``):

* ``codes.json``: ISO 4217 codes finnorm accepts, with their minor units;
* ``symbols.json``: every currency symbol CLDR uses in any locale, with the
  codes it stands for, most used first (``"$": ["USD", "AUD", ...]``);
* ``names_<lang>.json``: currency display names in each language, singular
  and plural, lower-cased, mapped to their codes.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import babel
from babel import Locale, localedata
from babel.core import get_global

OUT = Path(__file__).resolve().parent.parent / "finnorm" / "data" / "currencies"

# Languages whose currency names finnorm reads.
LANGS = (
    "en de fr es pt it nl ja zh ko sv nb da fi ru uk ro hr bg pl cs sk sl hu el tr "
    "id ms vi th ca ga he ar ka mn hi"
).split()

# Withdrawn currencies still met in text (and in the evaluation corpora of peers).
HISTORIC = (
    "DEM FRF ITL ESP PTE NLG BEF ATS FIM IEP GRD LUF HRK LTL LVL EEK SKK SIT CYP MTL "
    "VEF ZWL SLL MRO STD BYR"
).split()


def current_codes() -> set[str]:
    codes: set[str] = set()
    for terr, entries in get_global("territory_currencies").items():
        for code, _start, end, tender in entries:
            if end is None and tender:
                codes.add(code)
    return codes


def clean(name: str) -> str:
    name = re.sub(r"\s*\(.*?\)\s*", " ", name)  # "(1927–2002)", "(Euro area)"
    name = unicodedata.normalize("NFC", name).strip().lower()
    return re.sub(r"\s+", " ", name)


def build() -> dict[str, str]:
    fractions = get_global("currency_fractions")
    codes = sorted(current_codes() | set(HISTORIC))
    minor = {c: fractions.get(c, fractions["DEFAULT"])[0] for c in codes}

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
    for terr, entries in get_global("territory_currencies").items():
        live = [c for c, _s, end, tender in entries if end is None and tender]
        if live:
            territory[terr] = live[0]
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
                       "territory_currency": dict(sorted(territory.items())),
                       "lang_territory": lang_territory,
                       "decimal_symbol": dict(sorted(decimal_sym.items()))},
        "symbols.json": {"babel": babel.__version__, "symbols": symbols},
    }
    for lang in LANGS:
        loc = Locale.parse(lang)
        plural = loc._data.get("currency_names_plural", {})
        names: dict[str, set[str]] = defaultdict(set)
        for code in codes:
            forms = []
            if code in loc.currencies:
                forms.append(loc.currencies[code])
            for form in dict(plural.get(code, {})).values():
                forms.append(form)
            for f in forms:
                f = clean(f)
                if f and f.upper() != code:
                    names[f].add(code)
        out[f"names_{lang}.json"] = {
            "babel": babel.__version__,
            "lang": lang,
            "names": {n: sorted(c) for n, c in sorted(names.items())},
        }
    return {k: json.dumps(v, ensure_ascii=False, indent=0, sort_keys=False) + "\n" for k, v in out.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="exit 1 when the committed files are stale")
    args = ap.parse_args(argv)
    files = build()
    stale = []
    for name, text in files.items():
        path = OUT / name
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            OUT.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    if args.check and stale:
        print("stale: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
