"""Conversion speed against CurrencyConverter, same run, reported as ratios.

1. Cold start: a fresh interpreter doing its first conversion (import finnorm,
   load the embedded ECB data, convert ¥670.9 billion to AUD on 2025-05-13)
   against a fresh interpreter constructing ``CurrencyConverter(decimal=True)``
   and doing the same conversion. Measured inside each process (from before the
   import to after the conversion) and as whole-process wall time.
   Target: finnorm at least 5x faster.
2. Random queries: spot conversions over random (day, pair) queries (every
   publication day 2000-2026 x 17 currencies, so almost no query repeats and
   no memo helps), finnorm against CurrencyConverter with Decimal, CPU time,
   best of ``--repeat`` interleaved passes. Target: ratio <= 1.0.
3. Repeated queries: the same, over a short list that repeats.
4. Uncovered rows: ``--rows`` conversions of which 2 % have no rate (TWD, the
   rouble after March 2022, the kuna in 2023), each caught as
   ``RateUnavailableError``; the share of the time spent on those rows.
   Target: <= 5 % (a "no rate" answer is cached, like a rate).

Run: ``.venv/bin/python bench/bench_convert.py [--runs N] [--ops N] [--rows N]``.
"""
from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import random
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

CURRENCIES = ["USD", "JPY", "GBP", "CHF", "AUD", "CAD", "SEK", "NOK", "KRW", "ZAR", "NZD",
              "SGD", "HKD", "DKK", "CZK", "PLN", "HUF"]


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


def publication_days() -> list[dt.date]:
    """Publication days only: CurrencyConverter (without fallbacks) has no others."""
    from finnorm.rates.ecb import default_source

    return list(default_source().published(dt.date(2000, 1, 1), dt.date(2026, 10, 30)))


def random_queries(n: int, seed: int = 1) -> list[tuple[dt.date, str, str]]:
    rng = random.Random(seed)
    days = publication_days()
    out = []
    for _ in range(n):
        a, b = rng.sample(CURRENCIES, 2)
        out.append((rng.choice(days), a, b))
    return out


def repeated_queries(n: int) -> list[tuple[dt.date, str, str]]:
    days = publication_days()
    pairs = [("JPY", "AUD"), ("USD", "EUR"), ("GBP", "JPY"), ("EUR", "CHF"), ("CAD", "SEK")]
    return [(days[(i * 37) % 50], *pairs[i % len(pairs)]) for i in range(n)]


def versus(qs: list[tuple[dt.date, str, str]], repeat: int) -> tuple[float, float]:
    """Best CPU seconds per conversion: finnorm, CurrencyConverter (interleaved passes)."""
    from currency_converter import CurrencyConverter

    from finnorm import Money
    from finnorm.convert import convert

    amount = Decimal("670.9e9")
    cc = CurrencyConverter(decimal=True, fallback_on_missing_rate=False,
                           fallback_on_wrong_date=False)
    money = {c: Money(amount, c) for c in CURRENCIES + ["EUR"]}
    for a, b in zip(CURRENCIES, CURRENCIES[1:] + CURRENCIES[:1]):  # finnorm reads each column once
        convert(money[a], b, on=qs[0][0])
    for (d, a, b), (cd, ca, cb) in zip(qs[:200], qs[:200]):  # same answers
        assert abs(convert(money[a], b, on=d).money.amount - cc.convert(amount, ca, cb, date=cd)) \
            <= Decimal("1e-12") * abs(convert(money[a], b, on=d).money.amount)
    best_f = best_c = float("inf")
    gc.disable()
    try:
        for _ in range(repeat):
            t = time.process_time()
            for day, a, b in qs:
                convert(money[a], b, on=day)
            best_f = min(best_f, time.process_time() - t)
            t = time.process_time()
            for day, a, b in qs:
                cc.convert(amount, a, b, date=day)
            best_c = min(best_c, time.process_time() - t)
    finally:
        gc.enable()
    return best_f / len(qs), best_c / len(qs)


def uncovered(rows: int, share: float = 0.02) -> tuple[float, float, int, int]:
    """CPU seconds spent on the covered and on the uncovered rows of ``rows``
    conversions (each class run as its own loop, in the same run, best of 3)."""
    from finnorm import Money, RateUnavailableError
    from finnorm.convert import convert

    rng = random.Random(7)
    days = [d for d in publication_days() if d.year >= 2015]
    bad = [(Money(1, "USD"), "TWD", None), (Money(1, "RUB"), "EUR", dt.date(2022, 3, 4)),
           (Money(1, "HRK"), "USD", dt.date(2023, 6, 1)), (Money(1, "ISK"), "EUR", dt.date(2012, 6, 1))]
    good = [Money("670.9e9", c) for c in CURRENCIES]
    covered: list[tuple[Money, str, dt.date]] = []
    missing: list[tuple[Money, str, dt.date]] = []
    for _ in range(rows):
        if rng.random() < share:
            m, to, day = rng.choice(bad)
            missing.append((m, to, day or rng.choice(days)))
        else:
            m = rng.choice(good)
            covered.append((m, rng.choice([c for c in CURRENCIES if c != m.currency]), rng.choice(days)))

    def run(plan: list[tuple[Money, str, dt.date]]) -> float:
        t = time.process_time()
        for m, to, day in plan:
            try:
                convert(m, to, on=day)
            except RateUnavailableError:
                pass
        return time.process_time() - t

    run(covered[:1000] + missing[:100])  # every column read once
    gc.disable()
    try:
        t_cov = min(run(covered) for _ in range(3))
        t_unc = min(run(missing) for _ in range(3))
    finally:
        gc.enable()
    return t_cov, t_unc, len(covered), len(missing)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7, help="fresh processes per side (median)")
    ap.add_argument("--ops", type=int, default=50000, help="conversions per pass")
    ap.add_argument("--repeat", type=int, default=7, help="interleaved passes (best of)")
    ap.add_argument("--rows", type=int, default=1_000_000, help="rows for the uncovered-rows measure")
    ap.add_argument("--skip-cold", action="store_true")
    args = ap.parse_args()

    if not args.skip_cold:
        f_in, f_wall, f_val = cold(FINNORM_COLD, args.runs)
        c_in, c_wall, c_val = cold(CC_COLD, args.runs)
        print("cold start (median of", args.runs, "fresh processes)")
        print(f"  finnorm first conversion   in-process {f_in * 1000:7.1f} ms   wall {f_wall * 1000:7.1f} ms"
              f"   -> {f_val}")
        print(f"  CurrencyConverter(decimal) in-process {c_in * 1000:7.1f} ms   wall {c_wall * 1000:7.1f} ms"
              f"   -> {c_val}")
        print(f"  ratio (CC / finnorm): in-process {c_in / f_in:5.1f}x   wall {c_wall / f_wall:5.1f}x"
              f"   target >= 5x")

    f, c = versus(random_queries(args.ops), args.repeat)
    print(f"random (day, pair) queries ({args.ops:,} over 2000-2026 x {len(CURRENCIES)} currencies,"
          f" CPU time, best of {args.repeat})")
    print(f"  finnorm           {f * 1e6:6.2f} us/conversion")
    print(f"  CurrencyConverter {c * 1e6:6.2f} us/conversion (decimal=True)")
    print(f"  ratio (finnorm / CC): {f / c:5.2f}x   target <= 1.0x")
    f, c = versus(repeated_queries(args.ops), args.repeat)
    print(f"repeated queries ({args.ops:,} over 50 days x 5 pairs)")
    print(f"  finnorm {f * 1e6:6.2f} us   CurrencyConverter {c * 1e6:6.2f} us   ratio {f / c:5.2f}x")

    t_cov, t_unc, n_cov, n_unc = uncovered(args.rows)
    print(f"uncovered rows ({args.rows:,} conversions, {n_unc:,} without a rate, caught)")
    print(f"  covered   {t_cov / n_cov * 1e6:6.2f} us/row   uncovered {t_unc / n_unc * 1e6:6.2f} us/row")
    print(f"  share of the time on uncovered rows: {t_unc / (t_cov + t_unc):6.2%}   target <= 5 %")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
