"""Score finnorm's ``extract`` on the real-text development sets (``tests/data/real_*.jsonl``).

The sets are hand-labelled published sentences (see ``tests/data/README.md``);
the labels never come from finnorm. Matching is the rule of the shared scorer
(``/work/shared/eval/score_money.py``): per case a maximum one-to-one matching
where a prediction matches an expected item when the Decimal amounts are equal
and the currencies are equal; an expected currency of ``null`` matches any
prediction. As in the shared adapter, a range mention yields two predictions
(``money`` and ``upper``).

Each file's F1 must stay at or above its floor in ``FLOORS`` (set a little
below the value measured when the floor was last raised), so a regression
fails the test while improvements pass; raise the floors as the reader
improves. Besides F1 the test reports, per file, the *silent wrong values*:
predictions that are not flagged ``uncertain`` and whose span overlaps an
expected item's span while no overlapping expected item has the same amount
and a compatible currency -- a confident wrong reading of a real mention.

Run ``python tests/test_real_text.py`` (project root) for the table alone, or
``pytest tests/test_real_text.py -s`` to see the per-file lines.
"""
from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import pytest

import finnorm

DATA = Path(__file__).resolve().parent / "data"
FILES = sorted(DATA.glob("real_*.jsonl"))

# F1 floors per file (measured F1 minus about 0.02, rounded down).
# Last measured: see tests/data/README.md ("Scores now").
FLOORS: dict[str, float] = {
    "real_ar": 0.94,
    "real_cs": 0.98,
    "real_da": 0.98,
    "real_de": 0.94,
    "real_el": 0.98,
    "real_en": 0.95,
    "real_es": 0.92,
    "real_everyday": 0.96,
    "real_fi": 0.98,
    "real_fr": 0.94,
    "real_he": 0.91,
    "real_hi": 0.96,
    "real_hu": 0.95,
    "real_id": 0.98,
    "real_is": 0.94,
    "real_it": 0.96,
    "real_ja": 0.98,
    "real_ko": 0.98,
    "real_ms": 0.98,
    "real_nb": 0.98,
    "real_ne": 0.83,
    "real_nl": 0.96,
    "real_pa": 0.98,
    "real_pl": 0.98,
    "real_pt": 0.98,
    "real_ro": 0.91,
    "real_ru": 0.98,
    "real_sk": 0.96,
    "real_sv": 0.98,
    "real_th": 0.96,
    "real_tr": 0.94,
    "real_uk": 0.98,
    "real_vi": 0.98,
    "real_zh": 0.93,
}


@dataclass
class Item:
    amount: Decimal
    currency: str | None
    span: tuple[int, int] | None
    uncertain: bool = False


@dataclass
class FileScore:
    name: str
    cases: int = 0
    expected: int = 0
    predicted: int = 0
    tp: int = 0
    silent_wrong: int = 0
    silent_ids: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else (1.0 if not self.expected else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def read_cases(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def expected_items(case: dict) -> list[Item]:
    return [Item(Decimal(e["amount"]), e["currency"], tuple(e["span"]) if e.get("span") else None)
            for e in case["expect"]]


def predicted_items(case: dict) -> list[Item]:
    out = []
    for m in finnorm.extract(case["text"], locale=case.get("locale") or case.get("lang")):
        unc = bool(getattr(m, "uncertain", False))
        span = (m.start, m.end)
        out.append(Item(Decimal(m.money.amount), m.money.currency, span, unc))
        upper = getattr(m, "upper", None)
        if upper is not None:
            out.append(Item(Decimal(upper.amount), upper.currency, span, unc))
    return out


def same_value(e: Item, p: Item) -> bool:
    """The scorer's rule: equal Decimal amounts, equal currencies, null expected matches any."""
    cur_ok = e.currency is None or (p.currency or "").upper() == e.currency.upper()
    return e.amount == p.amount and cur_ok


def max_matching(exp: list[Item], pred: list[Item]) -> int:
    """Size of a maximum one-to-one matching (Kuhn's augmenting paths), as in the scorer."""
    adj = [[j for j, p in enumerate(pred) if same_value(e, p)] for e in exp]
    owner = [-1] * len(pred)

    def augment(i: int, seen: set[int]) -> bool:
        for j in adj[i]:
            if j in seen:
                continue
            seen.add(j)
            if owner[j] == -1 or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    return sum(1 for i in range(len(exp)) if augment(i, set()))


def overlaps(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def silent_wrong(exp: list[Item], pred: list[Item]) -> int:
    n = 0
    for p in pred:
        if p.uncertain:
            continue
        hit = [e for e in exp if overlaps(e.span, p.span)]
        if hit and not any(same_value(e, p) for e in hit):
            n += 1
    return n


def score(path: Path) -> FileScore:
    fs = FileScore(path.stem)
    for case in read_cases(path):
        exp, pred = expected_items(case), predicted_items(case)
        fs.cases += 1
        fs.expected += len(exp)
        fs.predicted += len(pred)
        fs.tp += max_matching(exp, pred)
        sw = silent_wrong(exp, pred)
        if sw:
            fs.silent_wrong += sw
            fs.silent_ids.append(case["id"])
    return fs


def line(fs: FileScore) -> str:
    return (f"{fs.name:15} cases {fs.cases:4}  exp {fs.expected:4}  pred {fs.predicted:4}  "
            f"P {fs.precision:.3f}  R {fs.recall:.3f}  F1 {fs.f1:.3f}  "
            f"floor {FLOORS.get(fs.name, float('nan')):.2f}  silent-wrong {fs.silent_wrong}")


# ------------------------------------------------------------------ data sanity
@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_cases_well_formed(path: Path) -> None:
    ids = set()
    for case in read_cases(path):
        assert case["id"] not in ids, case["id"]
        ids.add(case["id"])
        assert case["text"] and case["lang"] and case["source"], case["id"]
        for e in case["expect"]:
            amount = Decimal(e["amount"])
            assert amount.is_finite() and "E" not in e["amount"].upper(), case["id"]
            assert e["currency"] is None or re.fullmatch(r"[A-Z]{3}", e["currency"]), case["id"]
            start, end = e["span"]
            assert 0 <= start < end <= len(case["text"]), case["id"]
            assert case["text"][start:end].strip() == case["text"][start:end], case["id"]


def test_every_file_has_a_floor() -> None:
    assert sorted(p.stem for p in FILES) == sorted(FLOORS)


# ------------------------------------------------------------------ scores
@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_real_text_f1_floor(path: Path) -> None:
    fs = score(path)
    print("\n" + line(fs))
    if fs.silent_ids:
        print(f"  silent wrong values in: {', '.join(fs.silent_ids[:10])}"
              + (" ..." if len(fs.silent_ids) > 10 else ""))
    floor = FLOORS[path.stem]
    assert fs.f1 >= floor - 1e-9, f"{path.stem}: F1 {fs.f1:.3f} fell below its floor {floor:.2f}"


def main() -> int:
    total = FileScore("ALL (micro)")
    for path in FILES:
        fs = score(path)
        print(line(fs))
        for attr in ("cases", "expected", "predicted", "tp", "silent_wrong"):
            setattr(total, attr, getattr(total, attr) + getattr(fs, attr))
    print(line(total).replace("floor  nan", "          "))
    return 0


if __name__ == "__main__":
    sys.exit(main())
