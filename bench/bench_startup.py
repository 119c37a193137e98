#!/usr/bin/env python
"""Fresh-process cost of ``finnorm parse`` against ``python -c pass``.

Each command runs N times as a new process; the median wall time is kept and
the ratio to the bare interpreter is reported (target: ``finnorm parse`` <=
4x ``python -c pass``). ``import finnorm`` is shown as well, to separate the
package's import cost from the CLI's.

    pip install -e ".[bench]"
    python bench/bench_startup.py          # N = 21
    python bench/bench_startup.py -n 51
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def finnorm_command() -> tuple[list[str], str]:
    """The installed console script next to this interpreter, else ``python -m finnorm.cli``."""
    script = Path(sys.executable).parent / ("finnorm.exe" if os.name == "nt" else "finnorm")
    if script.is_file():
        return [str(script)], "finnorm (console script)"
    found = shutil.which("finnorm")
    if found:
        return [found], f"finnorm ({found})"
    return [sys.executable, "-m", "finnorm.cli"], "python -m finnorm.cli"


def median_time(cmd: Sequence[str], n: int, env: dict[str, str]) -> float:
    subprocess.run(cmd, check=False, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # warm disk cache
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, check=False, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        times.append(time.perf_counter() - t0)
        if proc.returncode != 0:
            raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.decode()[-500:]}")
    return statistics.median(times)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=21, help="runs per command (median kept)")
    ap.add_argument("text", nargs="?", default="¥670.9 billion", help="what `finnorm parse` reads")
    args = ap.parse_args(argv)

    env = dict(os.environ)
    # make a source checkout work without installing (an installed finnorm is the same code)
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    fin_cmd, fin_label = finnorm_command()
    cases = [
        ("python -c pass", [sys.executable, "-c", "pass"]),
        ("python -c 'import finnorm'", [sys.executable, "-c", "import finnorm"]),
        (f"{fin_label} parse '{args.text}'", [*fin_cmd, "parse", args.text]),
    ]
    results = [(label, median_time(cmd, args.n, env)) for label, cmd in cases]
    base = results[0][1]
    w = max(len(label) for label, _ in results)
    print(f"python {sys.version.split()[0]}, median of {args.n} fresh processes\n")
    print(f"| {'command'.ljust(w)} | median ms | x python -c pass |")
    print(f"|{'-' * (w + 2)}|-----------|------------------|")
    for label, t in results:
        print(f"| {label.ljust(w)} | {t * 1e3:9.1f} | {t / base:16.2f} |")
    ratio = results[-1][1] / base
    print(f"\nratio finnorm parse / python -c pass: {ratio:.2f}x  (target <= 4x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
