#!/usr/bin/env python
"""finnorm.extract against its peers, measured in the same run.

(a) per string: ``finnorm.extract`` vs ``price_parser.Price.fromstring`` over
    every ``text`` of price-parser's own suite (``price_parser.jsonl``), in
    microseconds per string, with how many strings each found an amount in;
(b) running text: characters per second of ``finnorm.extract`` vs quantulum3's
    ``parser.parse`` on prose (the long texts of ``recognizers_en.jsonl`` plus
    ``examples/nissan.txt``, repeated), with how many money mentions each found.

Only ratios measured in one process mean anything; absolute numbers depend on
the machine. Targets (issue 2): ratio (a) <= 1, ratio (b) >= 20.

    pip install -e ".[bench]"
    python bench/bench_extract.py                 # eval data in ../shared/eval/money
    python bench/bench_extract.py PATH/TO/eval/money --repeat 7
"""
from __future__ import annotations

import argparse
import gc
import json
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_EVAL = ROOT.parent / "shared" / "eval" / "money"


def load_texts(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh if line.strip()]


def best_of(fn: Callable[[], Any], repeat: int) -> float:
    """Best wall time (s) of ``repeat`` runs of ``fn`` with the GC paused."""
    times = []
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        try:
            t0 = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t0)
        finally:
            gc.enable()
    return min(times)


def _safe(fn: Callable[[str], Any]) -> Callable[[str], Any]:
    """``fn`` returning None instead of raising a FinnormError (counted separately)."""
    from finnorm import FinnormError

    def call(text: str) -> Any:
        try:
            return fn(text)
        except FinnormError:
            return None

    return call


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    line = lambda cells: "| " + " | ".join(c.rjust(w) if i else c.ljust(w)
                                           for i, (c, w) in enumerate(zip(cells, widths))) + " |"
    sep = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(headers), sep, *(line(r) for r in rows)])


# ---------------------------------------------------------------- (a) per string
def bench_strings(eval_dir: Path, repeat: int) -> None:
    from price_parser import Price

    import finnorm

    texts = load_texts(eval_dir / "price_parser.jsonl")
    extract = _safe(finnorm.extract)
    for t in texts[:50]:  # warm-up: regex compilation, locale tables, caches
        extract(t)
        Price.fromstring(t)

    def run_finnorm() -> None:
        for t in texts:
            extract(t)

    def run_pp() -> None:
        for t in texts:
            Price.fromstring(t)

    t_fn = best_of(run_finnorm, repeat)
    t_pp = best_of(run_pp, repeat)
    results = [extract(t) for t in texts]
    found_fn = sum(1 for r in results if r)
    mentions_fn = sum(len(r) for r in results if r)
    errors_fn = sum(1 for r in results if r is None)
    found_pp = sum(1 for t in texts if Price.fromstring(t).amount is not None)
    n = len(texts)
    print(f"\n(a) per string: {n} strings of price_parser.jsonl, best of {repeat}\n")
    print(table(
        ["parser", "µs/string", "strings with an amount", "mentions"],
        [
            ["finnorm.extract", f"{t_fn / n * 1e6:.1f}", f"{found_fn}/{n}", str(mentions_fn)],
            ["price_parser.Price.fromstring", f"{t_pp / n * 1e6:.1f}", f"{found_pp}/{n}", "(one at most)"],
        ],
    ))
    if errors_fn:
        print(f"\nfinnorm raised FinnormError on {errors_fn} strings (counted as finding nothing)")
    print(f"\nratio finnorm / price-parser time per string: {t_fn / t_pp:.2f}  (target <= 1)")


# ---------------------------------------------------------------- (b) prose
def prose_corpus(eval_dir: Path, min_len: int = 80) -> list[str]:
    docs = [t for t in load_texts(eval_dir / "recognizers_en.jsonl") if len(t) >= min_len]
    example = ROOT / "examples" / "nissan.txt"
    if example.is_file():
        docs.append(example.read_text(encoding="utf-8"))
    return docs


def bench_prose(eval_dir: Path, repeat: int, copies: int) -> None:
    import finnorm

    extract = _safe(finnorm.extract)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # quantulum3 warns about its optional classifier
        from quantulum3 import parser as q_parser

        docs = prose_corpus(eval_dir)
        q_parser.parse(docs[0])  # warm-up (quantulum3 loads its unit tables lazily)
        extract(docs[0])
        corpus = docs * copies
        chars = sum(len(d) for d in corpus)

        def run_finnorm() -> None:
            for d in corpus:
                extract(d)

        def run_q() -> None:
            for d in docs:  # quantulum3 is slow: one copy, scaled below
                q_parser.parse(d)

        t_fn = best_of(run_finnorm, repeat) / copies  # seconds per copy of the corpus
        t_q = best_of(run_q, max(1, repeat // 2))
        one_copy = chars // copies
        fn_found = sum(len(extract(d) or ()) for d in docs)
        q_found = sum(
            1 for d in docs for q in q_parser.parse(d) if q.unit.entity.name == "currency"
        )
    print(f"\n(b) running text: {len(docs)} documents, {one_copy} characters "
          f"(finnorm over {copies} copies, best of {repeat})\n")
    print(table(
        ["parser", "chars/s", "money mentions found"],
        [
            ["finnorm.extract", f"{one_copy / t_fn:,.0f}", str(fn_found)],
            ["quantulum3 parser.parse", f"{one_copy / t_q:,.0f}", str(q_found)],
        ],
    ))
    print(f"\nratio finnorm / quantulum3 throughput: {t_q / t_fn:.1f}x  (target >= 50x)")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("eval_dir", nargs="?", type=Path, default=DEFAULT_EVAL,
                    help=f"directory with price_parser.jsonl and recognizers_en.jsonl (default {DEFAULT_EVAL})")
    ap.add_argument("--repeat", type=int, default=5, help="runs per measurement; the best is kept")
    ap.add_argument("--copies", type=int, default=20, help="copies of the prose corpus for finnorm")
    args = ap.parse_args(argv)
    if not (args.eval_dir / "price_parser.jsonl").is_file():
        ap.error(f"no price_parser.jsonl in {args.eval_dir}")
    print(f"python {sys.version.split()[0]}, eval data {args.eval_dir}")
    bench_strings(args.eval_dir, args.repeat)
    bench_prose(args.eval_dir, args.repeat, args.copies)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
