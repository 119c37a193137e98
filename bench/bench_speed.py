#!/usr/bin/env python
"""The measures of the speed issue, each as a ratio measured in one run.

(1) prose line by line: finnorm's throughput on a mixed corpus (every text of
    the shared suites and of ``tests/data/real_*.jsonl``, repeated to ``--mb``)
    against one ``re.finditer(r"\\d+")`` pass over the same lines, and against
    quantulum3 on a sample when it is installed;
(2) one call on a whole document (``--doc-mb``) against the same text line by line;
(3) hostile single inputs at two sizes: KiB/s, and the growth of the time when
    the input grows 10x (linear is 10x);
(4) money-dense Japanese, Chinese and Korean lines against English ones;
(5) the first use of a locale in a fresh process, minus a fresh process that
    already used one;
(6) bytes per kept mention and the pickle round trip of one.

CPU time (``time.process_time``), best of ``--repeat``; only the ratios mean
anything (absolute numbers depend on the machine and its load).

    python bench/bench_speed.py                    # everything, ~3 minutes
    python bench/bench_speed.py hostile locale     # some of it
"""
from __future__ import annotations

import argparse
import gc
import json
import pickle
import re
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import finnorm

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval" / "money"
DIGITS = re.compile(r"\d+")


def cpu(fn: Callable[[], Any], repeat: int = 3) -> float:
    """Best CPU seconds of ``repeat`` runs of ``fn`` with the GC paused."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        try:
            t0 = time.process_time()
            fn()
            best = min(best, time.process_time() - t0)
        finally:
            gc.enable()
    return best


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(str(r[i])) for r in [headers, *rows]) for i in range(len(headers))]
    line = "  ".join("{:<%d}" % w for w in widths)
    return "\n".join([line.format(*headers), line.format(*("-" * w for w in widths)),
                      *(line.format(*map(str, r)) for r in rows)])


def corpus_lines() -> list[tuple[str, str | None]]:
    """(text, locale) of every case in the shared suites and the real-text dev sets."""
    out = []
    files = sorted(EVAL.glob("*.jsonl")) + sorted((ROOT / "tests" / "data").glob("real_*.jsonl"))
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                out.append((case["text"].replace("\n", " "), case.get("locale")))
    return out


def repeat_to(lines: list[tuple[str, str | None]], nbytes: int) -> list[tuple[str, str | None]]:
    out, size, k = [], 0, 0
    while size < nbytes:
        text, loc = lines[k % len(lines)]
        out.append((text, loc))
        size += len(text.encode("utf-8")) + 1
        k += 1
    return out


def kib(nchars: int, seconds: float) -> float:
    return nchars / seconds / 1024 if seconds else float("inf")


# ------------------------------------------------------------------ (1) prose
def bench_prose(mb: float, repeat: int) -> None:
    lines = repeat_to(corpus_lines(), int(mb * 2**20))
    texts = [t for t, _ in lines]
    n = sum(map(len, texts))
    for t, loc in lines[:2000]:  # warm the locales' tables
        finnorm.extract(t, locale=loc)
    t_fn = cpu(lambda: [finnorm.extract(t, locale=loc) for t, loc in lines], repeat)
    t_re = cpu(lambda: [list(DIGITS.finditer(t)) for t in texts], repeat)
    rows = [["finnorm.extract", f"{kib(n, t_fn):,.0f}", "1"],
            ['re.finditer(r"\\d+")', f"{kib(n, t_re):,.0f}", f"{t_fn / t_re:,.1f}"]]
    try:
        from quantulum3 import parser as q3
        sample = texts[: max(200, len(texts) // 50)]
        ns = sum(map(len, sample))
        t_q = cpu(lambda: [q3.parse(t) for t in sample], 1)
        t_fs = cpu(lambda: [finnorm.extract(t, locale=loc) for t, loc in lines[: len(sample)]], repeat)
        rows.append(["quantulum3 (sample)", f"{kib(ns, t_q):,.0f}", f"{t_fs / t_q:.3f}"])
    except ImportError:
        rows.append(["quantulum3", "not installed", ""])
    print(f"(1) prose line by line, {n / 2**20:.1f} M characters, {len(lines):,} lines")
    print(table(["reader", "KiB/s", "finnorm time / its time"], rows))
    print(f"    finnorm = {t_re / t_fn * 100:.2f} % of the regex pass (target >= 5 %)\n")


# ------------------------------------------------------------------ (2) document
def bench_document(mb: float) -> None:
    lines = repeat_to([(t, None) for t, loc in corpus_lines() if loc is None or loc.startswith("en")],
                      int(mb * 2**20))
    texts = [t for t, _ in lines]
    doc = "\n".join(texts)
    finnorm.extract(texts[0])
    t_lines = cpu(lambda: [finnorm.extract(t) for t in texts], 1)
    t_doc = cpu(lambda: finnorm.extract(doc), 1)
    print(f"(2) one call on a {len(doc) / 2**20:.1f} M-character English document")
    print(table(["how", "s", "ratio"], [["line by line", f"{t_lines:.2f}", "1"],
                                         ["one call", f"{t_doc:.2f}", f"{t_doc / t_lines:.2f}"]]))
    print("    target: one call <= 1.2x line by line\n")


# ------------------------------------------------------------------ (3) hostile
HOSTILE: dict[str, Callable[[int], str]] = {
    "((((": lambda n: "(" * n,
    "$$$$": lambda n: "$" * n,
    "ab1cd2…": lambda n: "".join(f"ab{i % 10}cd{(i + 1) % 10}" for i in range(n // 6)),
    "1,1,1,…": lambda n: ",".join("1" * (n // 2)),
    "1.2.3.…": lambda n: ".".join(str(i % 10) for i in range(n // 2)),
    "digits": lambda n: "9" * n,
    "$1 $2 …": lambda n: " ".join(f"${i % 100}" for i in range(n // 4)),
    "1 2 3 million": lambda n: " ".join(str(i % 10) for i in range(n // 2)) + " million",
    "万万万": lambda n: "万" * n,
    "億円 runs": lambda n: "".join("1億円" for _ in range(n // 3)),
    "CJK numerals": lambda n: "".join("一二三四五六七八九十百千万億"[i % 14] for i in range(n)),
    "words": lambda n: " ".join(["one hundred and twenty"] * (n // 23)),
    "spaces+digit": lambda n: " " * n + "5",
    "mixed punct": lambda n: "".join("$€(1-2),.;" for _ in range(n // 10)),
    # one sentence of millions with no currency: each asks whether the sentence is about money
    "1 million for …": lambda n: " ".join(f"{i % 90 + 1} million for" for i in range(n // 16)),
    # one sentence of priced and bare prices: each bare one looks for its priced twin
    "1,23 kr 4,56 …": lambda n: " ".join(f"{i % 90 + 10},{i % 89 + 10}" + (" kr" if i % 2 else "")
                                          for i in range(n // 8)),
    # a sign, then groups after a comma and a space: each pair asks whether they are one
    "N1, 234, 234, …": lambda n: "N1" + ", 234" * (n // 5) + ".56",
}


def bench_hostile(small: int, large: int) -> None:
    rows = []
    for name, make in HOSTILE.items():
        a, b = make(small), make(large)
        t_a = cpu(lambda a=a: finnorm.extract(a), 1)
        t_b = cpu(lambda b=b: finnorm.extract(b), 1)
        rows.append([name, f"{kib(len(b), t_b):,.0f}", f"{t_b / t_a if t_a else float('nan'):.1f}",
                     "ok" if kib(len(b), t_b) >= 1024 else "slow"])
    print(f"(3) hostile single inputs, {small:,} and {large:,} characters")
    print(table(["shape", f"KiB/s at {large:,}", "growth per 10x", ">= 1 MiB/s"], rows))
    print()


# ------------------------------------------------------------------ (4) CJK
def bench_cjk(repeat: int) -> None:
    by_lang: dict[str, list[tuple[str, str | None]]] = {}
    for text, loc in corpus_lines():
        lang = (loc or "en").split("_")[0].split("-")[0]
        if lang in ("en", "ja", "zh", "ko"):
            by_lang.setdefault(lang, []).append((text, loc))
    rows = []
    speed = {}
    for lang, lines in sorted(by_lang.items()):
        lines = repeat_to(lines, 2**20)
        n = sum(len(t) for t, _ in lines)
        for t, loc in lines[:50]:
            finnorm.extract(t, locale=loc)
        s = cpu(lambda lines=lines: [finnorm.extract(t, locale=loc) for t, loc in lines], repeat)
        speed[lang] = kib(n, s)
    for lang, v in speed.items():
        rows.append([lang, f"{v:,.0f}", f"{v / speed['en'] * 100:.0f} %"])
    print("(4) money-dense lines by language (the suites' and dev sets' cases)")
    print(table(["language", "KiB/s", "of English"], rows))
    print("    target: ja/zh/ko >= 50 % of English\n")


# ------------------------------------------------------------------ (5) locale
LOCALES = ["de_DE", "fr_FR", "ja_JP", "ru_RU", "hi_IN", "ar_EG", "pt_BR", "th_TH", "sw_KE", "uk_UA"]


def bench_locale(runs: int) -> None:
    code = ("import sys, time, finnorm; finnorm.extract('x $5', locale='en_US');"
            "t = time.perf_counter(); finnorm.extract('a 5 b', locale=sys.argv[1]);"
            "print(time.perf_counter() - t)")
    rows = []
    for loc in LOCALES:
        times = sorted(float(subprocess.run([sys.executable, "-c", code, loc], capture_output=True,
                                            text=True, check=True).stdout) for _ in range(runs))
        rows.append([loc, f"{times[len(times) // 2] * 1000:.1f}"])
    print("(5) first use of a locale in a process (after en_US), median of", runs)
    print(table(["locale", "ms"], rows))
    print("    target: <= 50 ms\n")


# ------------------------------------------------------------------ (6) values
def bench_values() -> None:
    text = " ".join(f"revenue of ${i}.5 million in Q{i % 4 + 1} 2024" for i in range(2000))
    finnorm.extract(text[:200])
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.take_snapshot()
    kept = finnorm.extract(text)
    gc.collect()  # only what the kept mentions hold, not the garbage of the call
    after = tracemalloc.take_snapshot()
    tracemalloc.stop()
    grown = sum(s.size_diff for s in after.compare_to(before, "filename"))
    m = kept[0]
    n = 20000
    t = cpu(lambda: [pickle.loads(pickle.dumps(m, protocol=pickle.HIGHEST_PROTOCOL)) for _ in range(n)])
    print("(6) values")
    print(table(["measure", "value", "target"], [
        ["bytes per kept mention", f"{grown / len(kept):,.0f}", "<= 200"],
        ["pickle round trip of one Mention", f"{t / n * 1e6:.2f} µs", "<= 5 µs"],
    ]))
    print()


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("what", nargs="*", default=["prose", "document", "hostile", "cjk", "locale", "values"])
    ap.add_argument("--mb", type=float, default=5.0, help="size of the prose corpus")
    ap.add_argument("--doc-mb", type=float, default=2.0, help="size of the one-call document")
    ap.add_argument("--hostile", type=int, default=1_000_000, help="the larger hostile size")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--runs", type=int, default=5, help="fresh processes per locale")
    args = ap.parse_args(argv)
    print(f"finnorm {finnorm.__version__}, Python {sys.version.split()[0]}\n")
    for what in args.what:
        if what == "prose":
            bench_prose(args.mb, args.repeat)
        elif what == "document":
            bench_document(args.doc_mb)
        elif what == "hostile":
            bench_hostile(args.hostile // 10, args.hostile)
        elif what == "cjk":
            bench_cjk(args.repeat)
        elif what == "locale":
            bench_locale(args.runs)
        elif what == "values":
            bench_values()
        else:
            ap.error(f"unknown measure {what!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
