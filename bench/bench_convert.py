"""Conversion speed against CurrencyConverter, same run, reported as ratios.

1. Cold start: a fresh interpreter doing its first conversion (import finnorm,
   load the embedded ECB data, convert ¥670.9 billion to AUD on 2025-05-13)
   against a fresh interpreter constructing ``CurrencyConverter(decimal=True)``
   and doing the same conversion. Measured inside each process (from before the
   import to after the conversion) and as whole-process wall time.
   Target: finnorm at least 10x faster.
2. Steady state: spot conversions per second over a fixed list of
   (date, currency pair) queries, finnorm against CurrencyConverter with
   Decimal. Target: finnorm at least as fast.

Run: ``.venv/bin/python bench/bench_convert.py [--runs N] [--ops N]``.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FINNORM_COLD = """
import time; t = time.perf_counter()
import datetime
from finnorm import Money
from finnorm.convert import convert
c = convert(Money("670.9e9", "JPY"), "AUD", on=datetime.date(2025, 5, 13))
print(time.perf_counter() - t, c.money.amount)
"""

CC_COLD = """
import time; t = time.perf_counter()
import datetime
from decimal import Decimal
from currency_converter import CurrencyConverter
cc = CurrencyConverter(decimal=True)
v = cc.convert(Decimal("670.9e9"), "JPY", "AUD", date=datetime.date(2025, 5, 13))
print(time.perf_counter() - t, v)
"""


def cold(code: str, runs: int) -> tuple[float, float, str]:
    # as installed: byte-code cached (one discarded warm-up run writes it)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(ROOT)
    subprocess.run([sys.executable, "-c", code], capture_output=True, check=True, env=env)
    inner, wall = [], []
    value = ""
    for _ in range(runs):
        t = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             check=True, env=env).stdout.split()
        wall.append(time.perf_counter() - t)
        inner.append(float(out[0]))
        value = out[1]
    return statistics.median(inner), statistics.median(wall), value


def queries(n: int) -> list[tuple[dt.date, str, str]]:
    """Publication days only: CurrencyConverter (without fallbacks) has no others."""
    from finnorm.rates.ecb import default_source

    days = default_source().published(dt.date(2015, 1, 1), dt.date(2025, 12, 31))
    pairs = [("JPY", "AUD"), ("USD", "EUR"), ("GBP", "JPY"), ("EUR", "CHF"), ("CAD", "SEK")]
    return [(days[(i * 37) % len(days)], *pairs[i % len(pairs)]) for i in range(n)]


def steady(ops: int) -> tuple[float, float, float]:
    from currency_converter import CurrencyConverter

    from finnorm import Money
    from finnorm.convert import convert

    qs = queries(ops)
    amount = Decimal("670.9e9")
    cc = CurrencyConverter(decimal=True, fallback_on_missing_rate=False,
                           fallback_on_wrong_date=False)
    money = {c: Money(amount, c) for c in {q[1] for q in qs}}
    # first pass: finnorm works every cross rate out (CurrencyConverter did all of
    # its work in its constructor)
    t = time.perf_counter()
    for day, a, b in qs:
        convert(money[a], b, on=day)
    first = ops / (time.perf_counter() - t)

    best_f = best_c = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        for day, a, b in qs:
            convert(money[a], b, on=day)
        best_f = min(best_f, time.perf_counter() - t)
        t = time.perf_counter()
        for day, a, b in qs:
            cc.convert(amount, a, b, date=day)
        best_c = min(best_c, time.perf_counter() - t)
    return ops / best_f, ops / best_c, first


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7, help="fresh processes per side (median)")
    ap.add_argument("--ops", type=int, default=20000, help="conversions per steady-state pass")
    args = ap.parse_args()

    f_in, f_wall, f_val = cold(FINNORM_COLD, args.runs)
    c_in, c_wall, c_val = cold(CC_COLD, args.runs)
    print("cold start (median of", args.runs, "fresh processes)")
    print(f"  finnorm first conversion   in-process {f_in * 1000:7.1f} ms   wall {f_wall * 1000:7.1f} ms"
          f"   -> {f_val}")
    print(f"  CurrencyConverter(decimal) in-process {c_in * 1000:7.1f} ms   wall {c_wall * 1000:7.1f} ms"
          f"   -> {c_val}")
    print(f"  ratio (CC / finnorm): in-process {c_in / f_in:5.1f}x   wall {c_wall / f_wall:5.1f}x"
          f"   target >= 10x in-process")

    f_ops, c_ops, f_first = steady(args.ops)
    print(f"steady state ({args.ops} spot conversions over {args.ops} (day, pair) queries, best of 3)")
    print(f"  finnorm           {f_ops:10,.0f} conversions/s"
          f"   (first pass, every cross rate worked out: {f_first:,.0f}/s)")
    print(f"  CurrencyConverter {c_ops:10,.0f} conversions/s (decimal=True)")
    print(f"  ratio (finnorm / CC): {f_ops / c_ops:5.2f}x   target >= 1x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
