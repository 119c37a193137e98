"""finnorm.check on its labelled set (tests/data/check_set.jsonl): real dated
paragraphs with hand-labelled claims and seeded copies (scripts/label_claims.py).

The thresholds are issue 11's: claim recall >= 0.90 and precision >= 0.95,
verdict accuracy >= 0.90 on the claims found, errors found with precision and
recall >= 0.90, and no document raises.
"""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from check_score import load, score

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "label_claims.py"


@pytest.fixture(scope="module")
def result():  # type: ignore[no-untyped-def]
    return score()


def test_no_document_raises(result) -> None:  # type: ignore[no-untyped-def]
    assert result.raised == []


def test_claims_found(result) -> None:  # type: ignore[no-untyped-def]
    print(result.report())
    assert result.recall >= 0.90, result.misses
    assert result.precision >= 0.95, result.extras


def test_verdicts(result) -> None:  # type: ignore[no-untyped-def]
    assert result.accuracy >= 0.90, result.disagreements


def test_errors_found(result) -> None:  # type: ignore[no-untyped-def]
    assert result.error_precision >= 0.90
    assert result.error_recall >= 0.90


def test_set_shape() -> None:
    docs = load()
    real = [d for d in docs if d["kind"] == "real"]
    seeded = [d for d in docs if d["kind"] == "seeded"]
    assert len(real) >= 60 and len(seeded) >= 60
    assert all(d["url"] for d in real)
    kinds = {c["kind"] for d in docs for c in d["claims"]}
    assert kinds == {"conversion", "change", "difference", "sum"}
    assert any(not d["claims"] for d in real)  # negative examples
    for d in docs:
        for c in d["claims"]:
            for f in c["figures"]:
                assert d["text"][f["start"]: f["end"]] == f["text"]


def test_set_is_current() -> None:
    r = subprocess.run([sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True,
                       cwd=ROOT)
    assert r.returncode == 0, r.stderr


def test_labels_do_not_follow_the_implementation() -> None:
    """The labelling script reads only the ECB data: no claim finder, no verdict code."""
    tree = ast.parse(SCRIPT.read_text(encoding="utf-8"))
    modules = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            modules.add(node.module)
        elif isinstance(node, ast.Import):
            modules.update(a.name for a in node.names)
    finnorm_mods = {m for m in modules if m.startswith("finnorm")}
    assert finnorm_mods == {"finnorm.rates.ecb"}
