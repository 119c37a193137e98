#!/usr/bin/env python
"""Columns and clusters, measured as ratios in one run (issue 13).

``convert``: 1 M (amount, currency, day) rows converted to USD by
    :func:`finnorm.arrow.convert_table` against a loop over the scalar
    ``finnorm.convert`` (``Money`` built per row, errors caught per row), in
    the same process. Every row of the table is compared with the scalar
    answer (amount, rate, day, days, source, error text): the mismatch count
    must be 0. Rows: live ECB currencies on days they are quoted, and a share
    ``--bad`` (default 3 %) of rows that fail as the scalar API fails (unquoted
    or dropped currencies, days after the history). Target: >= 20x, exact.

``files``: a generated corpus of prose (``--mb`` MB, default 200, in files
    of about 1 MB) through :func:`finnorm.dask.extract_text_files` on a
    ``LocalCluster`` of 2 single-threaded worker processes against the same
    per-file work serially in this process; then the cluster again on half
    the corpus, to compare the peak memory of each worker (it must not grow
    with the corpus). The mention counts must agree. Target: >= 1.7x.

``stream``: RSS of a process streaming a ``--stream-mb`` (default 50) MB
    file through ``finnorm extract`` (the CLI, JSON Lines to /dev/null),
    sampled while it runs: the peak must stay flat (compared with a file a
    fifth of the size).

Run::

    .venv/bin/python bench/bench_columns.py convert
    .venv/bin/python bench/bench_columns.py files --mb 200
    .venv/bin/python bench/bench_columns.py stream --stream-mb 50

Only ratios mean anything; this machine has 2 cores shared with other work.
"""
from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LIVE = ["AUD", "BGN", "BRL", "CAD", "CHF", "CNY", "CZK", "DKK", "EUR", "GBP", "HKD", "HUF",
        "IDR", "ILS", "INR", "ISK", "JPY", "KRW", "MXN", "MYR", "NOK", "NZD", "PHP", "PLN",
        "RON", "SEK", "SGD", "THB", "TRY", "USD", "ZAR"]
MAJORS = ["USD", "EUR", "JPY", "GBP", "CHF", "CNY", "AUD", "CAD", "HKD", "SGD", "KRW", "INR"]
UNQUOTED = ["TWD", "ARS", "VND", "NGN", "KES", "SAR", "usd", "US$"]  # not in the ECB history
DROPPED = ["CYP", "EEK", "LTL", "LVL", "MTL", "ROL", "RUB", "SIT", "SKK", "TRL", "HRK"]


# ------------------------------------------------------------------ convert
def conversion_rows(n: int, seed: int = 13, bad: float = 0.03
                    ) -> tuple[list[Decimal], list[str], list[dt.date]]:
    """Rows a warehouse converts (a live currency on a day it is quoted) and a share ``bad``
    of rows that fail: half an unquoted currency, a fifth dated after the history, the rest
    a dropped currency on any day."""
    from finnorm.rates.ecb import default_source

    src = default_source()
    rng = random.Random(seed)
    spans = {c: src.span(c) for c in LIVE + DROPPED}
    lo_any, hi_any = dt.date(1998, 6, 1).toordinal(), dt.date(2027, 6, 1).toordinal()
    last = src.coverage().last
    assert last is not None
    amounts, codes, days = [], [], []
    for _ in range(n):
        digits = rng.randint(1, 13)
        amounts.append(Decimal(rng.randint(-10 ** digits // 20, 10 ** digits)).scaleb(-2))
        u = rng.random()
        if u >= bad:
            c = rng.choice(MAJORS) if rng.random() < 0.6 else rng.choice(LIVE)
            first, end = spans[c] or (dt.date(1999, 1, 4), last)
            day = dt.date.fromordinal(rng.randint(first.toordinal(), end.toordinal()))
        elif u < bad * 0.5:
            c = rng.choice(UNQUOTED)
            day = dt.date.fromordinal(rng.randint(lo_any, hi_any))
        elif u < bad * 0.7:
            c = rng.choice(LIVE)
            day = last + dt.timedelta(days=rng.randint(8, 200))
        else:
            c = rng.choice(DROPPED)
            day = dt.date.fromordinal(rng.randint(lo_any, hi_any))
        codes.append(c)
        days.append(day)
    return amounts, codes, days


def bench_convert(n: int, to: str, bad: float) -> None:
    import pyarrow as pa

    import finnorm
    from finnorm.arrow import DECIMAL, convert_table, rates_table
    from finnorm.model import Money

    amounts, codes, days = conversion_rows(n, bad=bad)
    a_col = pa.array(amounts, DECIMAL)
    c_col = pa.array(codes, pa.string())
    d_col = pa.array(days, pa.date32())

    convert = finnorm.convert  # the scalar loop first: it gets no help from the table's work
    gc.collect()
    t0 = time.perf_counter()
    scalar: list[Any] = []
    for a, c, d in zip(amounts, codes, days):
        try:
            conv = convert(Money(a, c), to, on=d)
        except finnorm.FinnormError as exc:
            scalar.append(str(exc))
            continue
        scalar.append(conv)
    t_scalar = time.perf_counter() - t0

    t0 = time.perf_counter()  # once per process: the history as arrays, every currency
    rates_table()
    t_load = time.perf_counter() - t0
    gc.collect()
    t0 = time.perf_counter()
    table = convert_table(a_col, c_col, to=to, on=d_col, errors="coerce")
    t_table = time.perf_counter() - t0
    gc.collect()
    t0 = time.perf_counter()  # the same call again: its tables are built, its memory reused
    again = convert_table(a_col, c_col, to=to, on=d_col, errors="coerce")
    t_again = time.perf_counter() - t0
    assert again.equals(table)
    del again

    got = table.to_pylist()
    mismatches = ok = 0
    for s, g in zip(scalar, got):
        if isinstance(s, str):
            same = g["error"] == s and g["amount"] is None
        else:
            ok += 1
            same = (g["amount"] == s.money.amount and g["currency"] == s.money.currency
                    and g["rate"] == s.rate and g["rate_day"] == s.on
                    and g["rate_days"] == s.days and g["source"] == s.source and g["error"] is None)
        mismatches += not same
    print(f"convert: {n:,} rows to {to} ({ok:,} converted, {n - ok:,} errors), "
          f"{len(set(zip(codes, days))):,} distinct (currency, day)")
    print(f"  scalar loop      {t_scalar:8.2f} s   {t_scalar / n * 1e6:6.2f} us/row")
    print(f"  convert_table    {t_table:8.2f} s   {t_table / n * 1e6:6.2f} us/row"
          f"   (+ {t_load:.2f} s once per process: the history as arrays)")
    print(f"  ratio            {t_scalar / t_table:8.1f} x   (target >= 20)   mismatches: {mismatches}")
    print(f"  (not the measure: a second convert_table call {t_again:.2f} s, "
          f"{t_scalar / t_again:.1f} x)")


# ------------------------------------------------------------------ prose corpus
SENTENCES = [
    "Nissan posted a net loss of ¥{a} billion (A${b} billion) for the year to March {y}.",
    "Revenue rose {p}% to €{a}m in FY{y}, against €{b}m a year earlier.",
    "The company expects capital spending of about ${a} million to ${c} million in {y}.",
    "Analysts had forecast earnings of {b} pence a share, or £{a}bn in total.",
    "Its headquarters were valued at ¥{c} billion ($1.{b} billion) in the {y} financial year.",
    "Shares closed at ${b}.{p} on Friday, giving it a market value of ${a} billion.",
    "The board approved a buyback of up to CHF {a} million and a dividend of CHF {p}.50.",
    "Sales in India reached Rs {a} crore in the quarter ended December {y}.",
    "Staff numbers fell to {a},{b}00 after the plant in Sunderland was sold.",
    "The ministry said {a} households would get help with energy bills this winter.",
    "Margins improved as the cost of raw materials eased in the second half of {y}.",
    "Net debt stood at US${a}.{p} billion at the end of June, down from US${c} billion.",
]


def prose(nbytes: int, rng: random.Random) -> str:
    parts: list[str] = []
    size = 0
    while size < nbytes:
        para = " ".join(
            rng.choice(SENTENCES).format(a=rng.randint(1, 999), b=rng.randint(1, 99),
                                         c=rng.randint(100, 9999), p=rng.randint(1, 99),
                                         y=rng.randint(2001, 2026))
            for _ in range(rng.randint(2, 6)))
        parts.append(para)
        size += len(para.encode()) + 2
    return "\n\n".join(parts) + "\n"


def make_corpus(directory: Path, mb: int, file_mb: float = 1.0, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    paths = []
    total = 0
    k = 0
    while total < mb * 1_000_000:
        p = directory / f"doc{k:05d}.txt"
        text = prose(int(file_mb * 1_000_000), rng)
        p.write_text(text, encoding="utf-8")
        total += p.stat().st_size
        paths.append(p)
        k += 1
    return paths


def serial_count(paths: list[Path]) -> int:
    """The work of extract_text_files's tasks (each partition's files read into an
    Arrow-backed pandas frame), one partition after another in this process."""
    from finnorm import batch
    from finnorm.dask import BLOCKSIZE, _groups, _partition

    kwargs = {"locale": None, "calendar": batch._settle(None, None), "errors": "raise"}
    names = [str(p) for p in paths]
    groups = _groups(names, [p.stat().st_size for p in paths], BLOCKSIZE)
    return sum(len(_partition(g, None, kwargs)) for g in groups)


def cluster_run(pattern: str, workers: int, profile: bool = False) -> tuple[float, int, list[int]]:
    """``extract_text_files`` on a LocalCluster, its workers started as docs/columns.md
    recommends for this CPU-bound work (no statistical profiler; ``profile=True``:
    Dask's default, which samples every worker's stack every 10 ms)."""
    import dask
    from dask.distributed import Client, LocalCluster

    from finnorm.dask import extract_text_files

    with dask.config.set({"distributed.worker.profile.enabled": profile}), \
            LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                         dashboard_address=None, memory_limit=0) as cluster, \
            Client(cluster) as client:
        client.run(lambda: __import__("finnorm.api"))  # workers import finnorm before the clock
        t0 = time.perf_counter()
        ddf = extract_text_files(pattern)
        count = int(ddf.map_partitions(len).compute().sum())
        elapsed = time.perf_counter() - t0
        peaks = client.run(_peak_rss)
    return elapsed, count, sorted(int(v) for v in peaks.values())


def _peak_rss() -> int:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def bench_files(mb: int, profile: bool = False) -> None:
    with tempfile.TemporaryDirectory(prefix="finnorm-corpus-") as tmp:
        d = Path(tmp)
        (d / "full").mkdir()
        (d / "half").mkdir()
        t0 = time.perf_counter()
        paths = make_corpus(d / "full", mb)
        half = make_corpus(d / "half", mb // 2, seed=8)
        size = sum(p.stat().st_size for p in paths)
        print(f"files: {len(paths)} files, {size / 1e6:.0f} MB of prose "
              f"(generated in {time.perf_counter() - t0:.0f} s)")
        t_dask, n_dask, peaks = cluster_run(str(d / "full" / "*.txt"), 2)
        print(f"  2 workers        {t_dask:8.1f} s   {n_dask:,} mentions   "
              f"peak RSS per worker {[f'{p / 2**20:.0f} MiB' for p in peaks]}")
        if profile:
            t_prof, _, _ = cluster_run(str(d / "full" / "*.txt"), 2, profile=True)
            print(f"  2 workers, Dask's profiler on {t_prof:8.1f} s")
        _, n_half, peaks_half = cluster_run(str(d / "half" / "*.txt"), 2)
        print(f"  half the corpus  peak RSS per worker {[f'{p / 2**20:.0f} MiB' for p in peaks_half]}"
              f"   ({n_half:,} mentions)")
        gc.collect()
        t0 = time.perf_counter()
        n_serial = serial_count(paths)
        t_serial = time.perf_counter() - t0
        print(f"  serial           {t_serial:8.1f} s   {n_serial:,} mentions")
        print(f"  ratio            {t_serial / t_dask:8.2f} x   (target >= 1.7)   "
              f"counts agree: {n_serial == n_dask}   "
              f"peak growth for 2x corpus: {max(peaks) / max(peaks_half):.2f}x")


# ------------------------------------------------------------------ stream
def _watch(proc: subprocess.Popen[bytes], out: list[int]) -> None:
    import psutil

    p = psutil.Process(proc.pid)
    while proc.poll() is None:
        try:
            out.append(p.memory_info().rss)
        except psutil.Error:
            break
        time.sleep(0.05)


def stream_peak(path: Path) -> tuple[float, int]:
    cmd = [sys.executable, "-m", "finnorm.cli", "extract", str(path), "-f", "jsonl", "--no-progress"]
    samples: list[int] = []
    t0 = time.perf_counter()
    with open(os.devnull, "wb") as sink:
        proc = subprocess.Popen(cmd, stdout=sink, cwd=ROOT)
        watcher = threading.Thread(target=_watch, args=(proc, samples))
        watcher.start()
        proc.wait()
        watcher.join()
    if proc.returncode != 0:
        raise SystemExit(f"finnorm extract failed ({proc.returncode})")
    return time.perf_counter() - t0, max(samples)


def bench_stream(mb: int) -> None:
    with tempfile.TemporaryDirectory(prefix="finnorm-stream-") as tmp:
        rng = random.Random(3)
        big, small = Path(tmp) / "big.txt", Path(tmp) / "small.txt"
        small.write_text(prose(mb * 200_000, rng), encoding="utf-8")
        with big.open("w", encoding="utf-8") as fh:
            for _ in range(mb):
                fh.write(prose(1_000_000, rng))
        t_small, rss_small = stream_peak(small)
        t_big, rss_big = stream_peak(big)
        print(f"stream: finnorm extract FILE -f jsonl, RSS sampled every 50 ms")
        print(f"  {small.stat().st_size / 1e6:5.0f} MB  {t_small:7.1f} s  peak RSS {rss_small / 2**20:6.0f} MiB")
        print(f"  {big.stat().st_size / 1e6:5.0f} MB  {t_big:7.1f} s  peak RSS {rss_big / 2**20:6.0f} MiB"
              f"   (growth {rss_big / rss_small:.2f}x for {big.stat().st_size / small.stat().st_size:.0f}x the input)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("what", nargs="*", default=["convert", "files", "stream"],
                    choices=["convert", "files", "stream"])
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--to", default="USD")
    ap.add_argument("--bad", type=float, default=0.03, help="share of rows that fail (default 0.03)")
    ap.add_argument("--mb", type=int, default=200)
    ap.add_argument("--stream-mb", type=int, default=50)
    ap.add_argument("--profile", action="store_true",
                    help="also time the cluster with Dask's statistical profiler on (its default)")
    args = ap.parse_args()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}")
    if "convert" in args.what:
        bench_convert(args.rows, args.to, args.bad)
    if "files" in args.what:
        bench_files(args.mb, args.profile)
    if "stream" in args.what:
        bench_stream(args.stream_mb)


if __name__ == "__main__":
    main()
