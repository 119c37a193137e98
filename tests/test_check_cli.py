"""``finnorm check FILE... --published DATE``: formats, summary, exit codes."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from finnorm import check

ROOT = Path(__file__).resolve().parent.parent
NISSAN = "examples/nissan.txt"


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "finnorm.cli", *args], input=stdin,
                          capture_output=True, text=True, cwd=ROOT)


def test_table_prints_settings_rows_and_summary() -> None:
    r = run("check", NISSAN, "--locale", "en_AU", "--published", "2025-07-07")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0] == (f"{NISSAN}: published 2025-07-07; tolerance 0.5%; W0 = ECB days in "
                        "[published - 7 d, published]; wide window 31 d")
    assert lines[1].split() == ["at", "kind", "verdict", "figures", "reason"]
    assert "consistent_if" in lines[5] and "date:2025-06-13" in lines[5]
    assert lines[-1] == (f"{NISSAN}: 3 claims: conversion 3 (consistent 2, consistent_if 1), "
                         "change 0, difference 0, sum 0")


def test_jsonl_rows_are_to_dict() -> None:
    r = run("check", NISSAN, "--locale", "en_AU", "--published", "2025-07-07", "--format", "jsonl")
    assert r.returncode == 0, r.stderr
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    text = (ROOT / NISSAN).read_text(encoding="utf-8")
    want = [c.to_dict(file=NISSAN) for c in check(text, published="2025-07-07", locale="en_AU")]
    assert rows == want
    assert rows[0]["figures"][1]["text"] == "A$7.1 billion" and rows[0]["tolerance"] == "0.005"
    assert "tolerance 0.5%" in r.stderr and "3 claims" in r.stderr


def test_lint_rows_and_exit_code() -> None:
    text = ("Revenue rose 12% to $5.6 billion from $6.0 billion.\n"
            "The deal was worth ¥100 billion ($1.08 billion).\n")
    r = run("check", "-", "--locale", "en_AU", "--published", "2025-07-07", "-f", "lint", stdin=text)
    assert r.returncode == 1
    lines = r.stdout.splitlines()
    assert re.fullmatch(r"<stdin>:1:14: error: change gross: 12% \[pct\], .*direction.*", lines[0])
    assert re.fullmatch(r"<stdin>:2:20: warning: conversion consistent_if: .*date:2025-06-13.*", lines[1])
    assert len(lines) == 2


def test_on_is_an_alias() -> None:
    a = run("check", NISSAN, "--locale", "en_AU", "--published", "2025-07-07", "-f", "jsonl")
    b = run("check", NISSAN, "--locale", "en_AU", "--on", "2025-07-07", "-f", "jsonl")
    assert a.stdout == b.stdout and a.returncode == b.returncode == 0


def test_several_files(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("A ($3.2bn) and B ($2.4bn), together $9.6bn.\n", encoding="utf-8")
    r = run("check", NISSAN, str(bad), "--locale", "en_AU", "--published", "2025-07-07", "-f", "lint")
    assert r.returncode == 1
    assert [line.split(":")[0] for line in r.stdout.splitlines()] == [NISSAN, str(bad)]
    assert "4 claims: conversion 3 (consistent 2, consistent_if 1), change 0, difference 0, " \
           "sum 1 (inconsistent 1)" in r.stderr


def test_nothing_wrong_is_exit_0() -> None:
    r = run("check", "-", stdin="No figures here at all.")
    assert r.returncode == 0 and "0 claims" in r.stdout


@pytest.mark.parametrize("args", [
    ["--published", "2025-13-01"],
    ["--published", "yesterday"],
    ["--tolerance", "nan"],
    ["--tolerance", "inf"],
    ["--tolerance", "-1"],
    ["--tolerance", "x"],
    ["--window", "-3"],
    ["--window", "40"],
    ["--format", "xml"],
    ["--locale", "xx_YY"],
])
def test_usage_errors_exit_2(args: list[str]) -> None:
    r = run("check", "-", *args, stdin="¥1 (A$0.01)")
    assert r.returncode == 2, r.stderr
    assert "Traceback" not in r.stderr and "internal error" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_missing_file_is_a_usage_error() -> None:
    r = run("check", "no/such/file.txt")
    assert r.returncode == 2 and "cannot read" in r.stderr
