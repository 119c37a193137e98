#!/usr/bin/env python
"""Build finnorm/data/rate_ranges.json: for every currency of the embedded ECB
history, the least and the most units of it one euro was worth on any day
(the euro itself: 1). The reader uses it to check a text's own conversions
("41.834.746.400 de lei, adică … 1,1 milioane de euro" is old lei, ROL, not RON) and
to tell exchange rates from amounts: plausibility only, never a rate to convert with.
Currencies the ECB does not quote come from the hand table
finnorm/data/rate_ranges_extra.toml (pegs to a quoted currency, and approximate ranges).

Usage::

    python scripts/build_rate_ranges.py          # write the file
    python scripts/build_rate_ranges.py --check  # exit 1 when the file is not current
"""
from __future__ import annotations

import json
import os
import sys
import tomllib
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from finnorm.rates.ecb import EcbRates

OUT = os.path.join(os.path.dirname(HERE), "finnorm", "data", "rate_ranges.json")
EXTRA = os.path.join(os.path.dirname(HERE), "finnorm", "data", "rate_ranges_extra.toml")


def render() -> str:
    src = EcbRates()
    cov = src.coverage()
    ranges: dict[str, list[str]] = {"EUR": ["1", "1"]}
    for code in sorted(cov.currencies):
        values = [v for v in src.rates(code) if v is not None]
        if values:
            ranges[code] = [str(min(values)), str(max(values))]
    with open(EXTRA, "rb") as fh:
        extra = tomllib.load(fh)
    for code, (anchor, factor) in extra.get("pegged", {}).items():
        if code in ranges or anchor not in ranges:
            raise SystemExit(f"{EXTRA}: {code} is quoted by the ECB, or {anchor} is not")
        ranges[code] = [str(Decimal(v) * Decimal(factor)) for v in ranges[anchor]]
    for code, (lo, hi) in extra.get("floating", {}).items():
        if code in ranges or not Decimal(0) < Decimal(lo) < Decimal(hi):
            raise SystemExit(f"{EXTRA}: {code} is listed twice or its range is empty")
        ranges[code] = [lo, hi]
    source = (f"scripts/build_rate_ranges.py from finnorm/data/ecb_eurofxref.bin "
              f"({cov.first} to {cov.last}) and finnorm/data/rate_ranges_extra.toml")
    rows = ",\n".join(f"  {json.dumps(k)}: {json.dumps(v)}" for k, v in sorted(ranges.items()))
    hand = sorted([*extra.get("pegged", {}), *extra.get("floating", {})])
    fixed = {}
    for code, factor in sorted(extra.get("fixed", {}).items()):
        if code in ranges or not Decimal(factor) > 0:
            raise SystemExit(f"{EXTRA}: {code} is quoted, ranged already, or its rate is not > 0")
        fixed[code] = factor
    return (f'{{"_source": {json.dumps(source)},\n "hand": {json.dumps(hand)},\n'
            f' "fixed": {json.dumps(fixed)},\n'
            f' "per_eur": {{\n{rows}\n}}}}\n')


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        with open(OUT, encoding="utf-8") as fh:
            same = fh.read() == text
        print(f"{OUT}: {'current' if same else 'NOT current: run scripts/build_rate_ranges.py'}")
        return 0 if same else 1
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(text)
    print(f"{OUT}: {len(json.loads(text)['per_eur'])} currencies")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
