"""finnorm.check and ``finnorm check``: stated conversions against the ECB rates."""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from finnorm.check import check, pairs
from finnorm.api import extract
from finnorm.errors import PeriodError

ROOT = Path(__file__).resolve().parent.parent
DAY = dt.date(2025, 5, 13)
# ECB 2025-05-13: JPY 164.61, AUD 1.7341 per EUR -> AUD per JPY = 1.7341 / 164.61
AUD_PER_JPY = Decimal("1.7341") / Decimal("164.61")

PAIRS = {
    "brackets": ("a loss of ¥670.9 billion (A$7.1 billion)", 1),
    "or": ("€5 million, or $5.4 million, was paid", 1),
    "approx": ("¥100 billion ≈ A$1.05 billion", 1),
    "same-currency": ("$5 ($6)", 0),
    "range-not-a-pair": ("$5-6 billion (€4 billion)", 0),
    "far-apart": ("¥100 billion was paid. Later A$1 billion", 0),
}


@pytest.mark.parametrize("text,n", PAIRS.values(), ids=PAIRS.keys())
def test_pairs(text: str, n: int) -> None:
    assert len(pairs(text, extract(text))) == n


def test_nissan_figures_against_independent_rate() -> None:
    (c,) = check("a loss of ¥670.9 billion (A$7.1 billion)", on=DAY)
    assert c.reference.rate.quantize(Decimal("1e-20")) == AUD_PER_JPY.quantize(Decimal("1e-20"))
    assert abs(c.implied - Decimal("7.1e9") / Decimal("670.9e9")) < Decimal("1e-25")
    assert abs(c.deviation - (c.implied / AUD_PER_JPY - 1)) < Decimal("1e-20")
    assert c.ok and Decimal("0.004") < c.deviation < Decimal("0.005")


def test_tolerance_flags_a_mismatch() -> None:
    (c,) = check("¥100 billion ($1.08 billion)", locale="en_AU", on=DAY)
    assert not c.ok and c.deviation > Decimal("0.02")
    (c,) = check("¥100 billion ($1.08 billion)", locale="en_AU", on=DAY, tolerance=Decimal("0.03"))
    assert c.ok


def test_average_needs_a_period() -> None:
    with pytest.raises(PeriodError):
        check("¥100 billion (A$1 billion)", method="average")
    text = ("a loss of ¥670.9 billion (A$7.1 billion) throughout the 2024 Japanese financial "
            "year (April 2024 to March 2025)")
    (c,) = check(text, method="average")
    assert c.reference.start == dt.date(2024, 4, 1) and c.reference.end == dt.date(2025, 3, 31)


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "finnorm.cli", *args], input=stdin,
                          capture_output=True, text=True, cwd=ROOT)


def test_cli_check_json() -> None:
    r = run("check", "examples/nissan.txt", "--locale", "en_AU", "--on", "2025-05-13", "-f", "json")
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    assert [x["status"] for x in rows] == ["ok", "ok", "MISMATCH"]
    assert rows[0]["first"] == "¥670.9 billion" and rows[0]["rate_date"] == "2025-05-13"


@pytest.mark.parametrize("args,stdin,code", [
    (["check", "-", "--on", "2025-05-13"], "no conversion here: $5 only", 1),
    (["check", "-"], "¥1 (A$0.01)", 2),
    (["check", "-", "--on", "13/05/2025"], "¥1 (A$0.01)", 2),
    (["check", "-", "--on", "2025-05-13", "--tolerance", "x"], "¥1 (A$0.01)", 2),
])
def test_cli_check_exit_codes(args: list[str], stdin: str, code: int) -> None:
    r = run(*args, stdin=stdin)
    assert r.returncode == code
    assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1
