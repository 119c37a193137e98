"""Benchmark: mapping dates to (fiscal year, quarter).

Compares, in the same run:

* finnorm ``Calendar.year_quarter`` (JP, a month-anchored year; AAPL, 52/53 weeks)
* plain date arithmetic for the April year (the floor: no calendar object at all)
* ``fiscalyear`` (``FiscalDate(...).fiscal_year / .fiscal_quarter``; one process-wide calendar)
* pandas ``Period(day, freq="Q-MAR")`` (``.qyear`` / ``.quarter``)

and the vectorised path, ``Calendar.year_quarter_array`` on a numpy
``datetime64[D]`` array against pandas ``DatetimeIndex.to_period("Q-MAR")``.

With ``--pin SIZES`` (MB, e.g. ``--pin 1,5,20``) it measures pinning instead
(issue 9, "Nothing quadratic"): documents of each size built from the money
sentences of the shared evaluation corpora (every ``*.jsonl`` text of
``../shared/eval/money``) interleaved with financial sentences that name
periods, read by ``resolve`` alone and by ``resolve`` + ``fiscal.pin`` (what
``extract`` does), CPU time, one run each. Target: extract / resolve <= 2.0
on 5 MB, and time per MB flat as the size grows (linear).

Every contender's answers are checked against finnorm's on the same dates
before timing. Run::

    .venv/bin/python bench/bench_fiscal.py            # 1,000,000 dates
    .venv/bin/python bench/bench_fiscal.py -n 200000 --slow-n 20000
    .venv/bin/python bench/bench_fiscal.py --pin 1,5,20

The slow per-date peers (fiscalyear, pandas Period) are timed on ``--slow-n``
dates and reported per date; ratios are per date. This is a script, not a test.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from finnorm.fiscal import calendar


def best_of(repeat: int, fn: Callable[[], Any]) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def plain_april(d: dt.date) -> tuple[int, int]:
    m = d.month
    return d.year - (m < 4), (m - 4) % 12 // 3 + 1


PERIOD_SENTENCES = [
    "Nissan posted a net loss of ¥670.9 billion (A$7.1 billion) throughout the 2024 Japanese "
    "financial year (April 2024 to March 2025).",
    "Revenue was $5.2 billion in FY2024, up from $4.8 billion in FY2023.",
    "In fiscal 2024, fourth-quarter revenue was $1.3 billion, compared with $1.1 billion a year earlier.",
    "Operating profit for the nine months ended December 31, 2024 rose to €812 million.",
    "Sales reached ¥3 trillion for the year to March 2025, against ¥2.8 trillion in the prior year.",
    "Der Umsatz stieg im Geschäftsjahr 2024 auf 5,6 Mrd. Euro.",
    "Net income in Q3 FY24 was $450 million on revenue of $2.1 billion.",
    "Le chiffre d'affaires du troisième trimestre 2023/24 s'est élevé à 4,3 milliards d'euros.",
    "2024年度第3四半期の売上高は6709億円だった。",
]


def pin_documents(sizes: list[float], eval_dir: Path) -> None:
    import json

    from finnorm.fiscal import pin
    from finnorm.resolve import safe_resolve

    money: list[str] = []
    for path in sorted(eval_dir.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            money.extend(json.loads(line)["text"] for line in fh if line.strip())
    if not money:
        raise SystemExit(f"no evaluation texts in {eval_dir}")
    rng = random.Random(7)
    warm = " ".join(PERIOD_SENTENCES)
    pin(warm, safe_resolve(warm, None))  # compile every table once, outside the timing
    print("pinning (resolve alone vs resolve + fiscal.pin, as extract does; CPU time)")
    print(f"  {'size':>6s} {'mentions':>9s} {'periods':>8s} {'resolve':>9s} {'pin':>8s} "
          f"{'s/MB pin':>9s} {'extract/resolve':>16s}")
    for mb in sizes:
        parts: list[str] = []
        n = 0
        while n < mb * 1_000_000:
            s = rng.choice(PERIOD_SENTENCES) if rng.random() < 0.3 else rng.choice(money)
            parts.append(s)
            n += len(s) + 1
        text = "\n".join(parts)
        t = time.process_time()
        mentions = safe_resolve(text, None)
        t_resolve = time.process_time() - t
        t = time.process_time()
        pinned = pin(text, mentions)
        t_pin = time.process_time() - t
        print(f"  {len(text) / 1e6:5.1f}M {len(mentions):9,d} {sum(m.period is not None for m in pinned):8,d} "
              f"{t_resolve:8.1f}s {t_pin:7.1f}s {t_pin / (len(text) / 1e6):8.2f}s "
              f"{(t_resolve + t_pin) / t_resolve:15.2f}x")
    print("  target: extract/resolve <= 2.0 at 5 MB; s/MB pin flat (linear)")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=1_000_000, help="dates for the fast paths")
    ap.add_argument("--slow-n", type=int, default=50_000, help="dates for fiscalyear / pandas Period")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--pin", metavar="SIZES", help="measure pinning on documents of these sizes (MB, comma-separated)")
    ap.add_argument("--eval", type=Path, default=Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "money",
                    help="the shared evaluation corpora (money sentences)")
    args = ap.parse_args(argv)
    if args.pin:
        pin_documents([float(x) for x in args.pin.split(",")], args.eval)
        return 0

    rng = random.Random(2024)
    base = dt.date(2000, 1, 1).toordinal()
    days = [dt.date.fromordinal(base + rng.randrange(0, 30 * 365)) for _ in range(args.n)]
    slow = days[: args.slow_n]
    jp, aapl = calendar("JP"), calendar("AAPL")

    results: dict[str, float] = {}  # seconds per date

    def per_date(name: str, seconds: float, n: int) -> None:
        results[name] = seconds / n

    # ------------------------------------------------------ correctness first
    import fiscalyear
    import numpy as np
    import pandas as pd

    fiscalyear.setup_fiscal_calendar(start_year="same", start_month=4, start_day=1)
    for d in slow[:2000]:
        y, q = jp.year_quarter(d)
        assert plain_april(d) == (y, q)
        fd = fiscalyear.FiscalDate(d.year, d.month, d.day)
        assert (fd.fiscal_year, fd.fiscal_quarter) == (y, q), d
        p = pd.Period(d, freq="Q-MAR")
        assert (p.qyear, p.quarter) == (y + 1, q), d  # pandas names the year by its end

    # ------------------------------------------------------ per-date paths
    yq = jp.year_quarter
    per_date("finnorm JP year_quarter", best_of(args.repeat, lambda: [yq(d) for d in days]), len(days))
    ayq = aapl.year_quarter
    per_date("finnorm AAPL year_quarter (52/53 wk)", best_of(args.repeat, lambda: [ayq(d) for d in days]), len(days))
    per_date("plain date arithmetic", best_of(args.repeat, lambda: [plain_april(d) for d in days]), len(days))
    yo = jp.quarter_of
    per_date("finnorm JP quarter_of (FiscalPeriod)", best_of(args.repeat, lambda: [yo(d) for d in days]), len(days))

    FD = fiscalyear.FiscalDate

    def run_fiscalyear() -> None:
        for d in slow:
            fd = FD(d.year, d.month, d.day)
            _ = fd.fiscal_year, fd.fiscal_quarter

    per_date("fiscalyear FiscalDate", best_of(args.repeat, run_fiscalyear), len(slow))

    Period = pd.Period

    def run_pd_period() -> None:
        for d in slow:
            p = Period(d, freq="Q-MAR")
            _ = p.qyear, p.quarter

    per_date("pandas Period(freq='Q-MAR')", best_of(args.repeat, run_pd_period), len(slow))

    # ------------------------------------------------------ vectorised paths
    arr = np.array(days, dtype="datetime64[D]")
    ys, qs = jp.year_quarter_array(arr)
    idx = pd.DatetimeIndex(arr)
    per = idx.to_period("Q-MAR")
    assert (np.asarray(per.qyear) == ys + 1).all() and (np.asarray(per.quarter) == qs).all()
    ays, aqs = aapl.year_quarter_array(arr)
    assert [aapl.year_quarter(d) for d in days[:2000]] == list(zip(ays[:2000].tolist(), aqs[:2000].tolist()))

    vec: dict[str, float] = {}
    vec["finnorm JP year_quarter_array"] = best_of(args.repeat, lambda: jp.year_quarter_array(arr))
    vec["finnorm AAPL year_quarter_array"] = best_of(args.repeat, lambda: aapl.year_quarter_array(arr))
    vec["pandas to_period('Q-MAR')"] = best_of(args.repeat, lambda: idx.to_period("Q-MAR"))

    def pd_fields() -> None:
        p = idx.to_period("Q-MAR")
        _ = p.qyear, p.quarter

    vec["pandas to_period + qyear/quarter"] = best_of(args.repeat, pd_fields)

    # ------------------------------------------------------ report
    ref = results["finnorm JP year_quarter"]
    print(f"per date ({len(days):,} dates; fiscalyear and pandas Period on {len(slow):,})")
    for name, s in results.items():
        print(f"  {name:40s} {s * 1e9:9.0f} ns/date   {s / ref:7.2f}x finnorm JP")
    print("ratios:")
    print(f"  fiscalyear / finnorm JP       {results['fiscalyear FiscalDate'] / ref:8.1f}x  (target >= 50)")
    print(f"  pandas Period / finnorm JP    {results[chr(112) + 'andas Period(freq=' + chr(39) + 'Q-MAR' + chr(39) + ')'] / ref:8.1f}x")
    print(f"  finnorm JP / plain arithmetic {ref / results['plain date arithmetic']:8.2f}x  (target <= 2)")
    print(f"vectorised ({len(arr):,} datetime64[D])")
    vref = vec["pandas to_period('Q-MAR')"]
    for name, s in vec.items():
        print(f"  {name:40s} {s * 1e3:9.1f} ms   {vref / s:7.2f}x as fast as pandas to_period")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
