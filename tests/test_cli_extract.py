"""``finnorm parse`` / ``finnorm extract`` as a user runs them: output and exit codes."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "finnorm.cli", *args], input=stdin,
                          capture_output=True, text=True, cwd=ROOT)


def test_parse_json() -> None:
    r = run("parse", "¥670.9 billion", "--format", "json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == {"amount": "670900000000", "currency": "JPY", "per": None}


def test_parse_nothing_exits_1_with_one_line() -> None:
    r = run("parse", "no money here")
    assert r.returncode == 1
    assert r.stdout == "" and len(r.stderr.strip().splitlines()) == 1
    assert "Traceback" not in r.stderr


def test_parse_locale_decides_bare_dollar() -> None:
    r = run("parse", "$1.08 billion", "--locale", "en_AU", "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert rows == [{"amount": "1080000000", "currency": "AUD", "per": ""}]


def test_extract_example_document_jsonl() -> None:
    r = run("extract", "examples/nissan.txt", "--locale", "en_AU", "--format", "jsonl")
    assert r.returncode == 0, r.stderr
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert [(x["amount"], x["currency"]) for x in rows][:2] == [
        ("670900000000", "JPY"), ("7100000000", "AUD")]
    first = rows[0]
    assert set(first) >= {"text", "start", "end", "amount", "currency", "upper", "qualifier",
                          "per", "inferred"}
    assert first["period"]["start"] == "2024-04-01" and first["period"]["end"] == "2025-03-31"
    text = (ROOT / "examples" / "nissan.txt").read_text(encoding="utf-8")
    for x in rows:
        assert text[x["start"]:x["end"]] == x["text"]


def test_extract_stdin_table() -> None:
    r = run("extract", "-", stdin="It cost €3bn–€4bn, about $5 billion.")
    assert r.returncode == 0
    lines = r.stdout.splitlines()
    assert lines[0].split()[:4] == ["text", "start", "end", "amount"]
    assert "3000000000" in lines[2] and "4000000000" in lines[2]
    assert "approximately" in lines[3]


def test_extract_with_conversion() -> None:
    r = run("extract", "-", "--to", "AUD", "--on", "2025-05-13", "-f", "json",
            stdin="a loss of ¥670.9 billion")
    assert r.returncode == 0, r.stderr
    (row,) = json.loads(r.stdout)
    assert row["to"] == "AUD" and row["rate_date"] == "2025-05-13" and row["source"] == "ecb"
    assert row["converted"].startswith("7067661077.69880")


@pytest.mark.parametrize("args", [["extract", "missing-file.txt"], ["parse"],
                                  ["extract", "-", "--format", "xml"], ["nosuchcommand"],
                                  ["extract", "-", "--calendar", "NOPE"]])
def test_usage_errors_exit_2(args: list[str]) -> None:
    r = run(*args, stdin="")
    assert r.returncode == 2
    assert "Traceback" not in r.stderr and r.stderr.strip()
