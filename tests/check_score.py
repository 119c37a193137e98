"""Scoring ``finnorm.check`` against the labelled set ``tests/data/check_set.jsonl``.

A found claim matches a labelled one when both are of the same kind, have as
many figures, and every labelled figure overlaps a found figure of the same
role. Claim recall and precision count matches; verdict accuracy is measured
on the matched claims; errors are the claims labelled (or found) inconsistent
or gross.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SET = Path(__file__).resolve().parent / "data" / "check_set.jsonl"
WRONG = {"inconsistent", "gross"}


def load() -> list[dict[str, Any]]:
    return [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]


def _matches(found: Any, label: dict[str, Any]) -> bool:
    if found.kind != label["kind"] or len(found.figures) != len(label["figures"]):
        return False
    for lf in label["figures"]:
        if not any(r == lf["role"] and f.start < lf["end"] and lf["start"] < f.end
                   for f, r in zip(found.figures, found.roles)):
            return False
    return True


@dataclass
class Score:
    labelled: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    matched: Counter[str] = field(default_factory=Counter)
    right: Counter[str] = field(default_factory=Counter)
    wrong_labelled: int = 0
    wrong_found: int = 0
    wrong_both: int = 0
    raised: list[str] = field(default_factory=list)
    misses: list[tuple[str, str, str]] = field(default_factory=list)
    extras: list[tuple[str, str, str]] = field(default_factory=list)
    disagreements: list[tuple[str, str, str, str, str]] = field(default_factory=list)

    def ratio(self, a: int, b: int) -> float:
        return a / b if b else 1.0

    @property
    def recall(self) -> float:
        return self.ratio(sum(self.matched.values()), sum(self.labelled.values()))

    @property
    def precision(self) -> float:
        return self.ratio(sum(self.matched.values()), sum(self.found.values()))

    @property
    def accuracy(self) -> float:
        return self.ratio(sum(self.right.values()), sum(self.matched.values()))

    @property
    def error_recall(self) -> float:
        return self.ratio(self.wrong_both, self.wrong_labelled)

    @property
    def error_precision(self) -> float:
        return self.ratio(self.wrong_both, self.wrong_found)

    def report(self) -> str:
        lines = [f"claims: recall {self.recall:.3f}  precision {self.precision:.3f}  "
                 f"verdict accuracy {self.accuracy:.3f}  errors: precision {self.error_precision:.3f} "
                 f"recall {self.error_recall:.3f} ({self.wrong_labelled} labelled, {self.wrong_found} found)"]
        for k in sorted(self.labelled | self.found):
            lines.append(f"  {k:<11} labelled {self.labelled[k]:>3}  found {self.found[k]:>3}  "
                         f"matched {self.matched[k]:>3}  right verdict {self.right[k]:>3}")
        return "\n".join(lines)


def score(docs: list[dict[str, Any]] | None = None) -> Score:
    from finnorm import check

    s = Score()
    for d in docs if docs is not None else load():
        try:
            found = check(d["text"], published=d["published"], locale=d["locale"])
        except Exception as exc:  # noqa: BLE001 - a document must never raise: count it
            s.raised.append(f"{d['id']}: {type(exc).__name__}: {exc}")
            found = []
        used: set[int] = set()
        for lab in d["claims"]:
            s.labelled[lab["kind"]] += 1
            if lab["verdict"] in WRONG:
                s.wrong_labelled += 1
            hit = next((i for i, c in enumerate(found) if i not in used and _matches(c, lab)), None)
            texts = " | ".join(f["text"] for f in lab["figures"])
            if hit is None:
                s.misses.append((d["id"], lab["kind"], texts))
                continue
            used.add(hit)
            c = found[hit]
            s.matched[lab["kind"]] += 1
            if c.verdict == lab["verdict"]:
                s.right[lab["kind"]] += 1
            else:
                s.disagreements.append((d["id"], lab["kind"], texts, lab["verdict"], c.verdict))
            if c.verdict in WRONG and lab["verdict"] in WRONG:
                s.wrong_both += 1
        for i, c in enumerate(found):
            s.found[c.kind] += 1
            if c.verdict in WRONG:
                s.wrong_found += 1
            if i not in used:
                s.extras.append((d["id"], c.kind, " | ".join(f.text for f in c.figures)))
    return s
