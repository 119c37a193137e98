"""``finnorm fy`` and ``finnorm calendars``: output, formats and exit codes."""
from __future__ import annotations

import csv
import io
import json

import pytest

from finnorm.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_fy_date_gives_year_half_quarter(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "fy", "2025-01-15", "--calendar", "JP", "--format", "json")
    assert code == 0 and not err
    rows = json.loads(out)
    assert [(r["kind"], r["label"], r["start"], r["end"]) for r in rows] == [
        ("year", "FY2024", "2024-04-01", "2025-03-31"),
        ("half", "H2 FY2024", "2024-10-01", "2025-03-31"),
        ("quarter", "Q4 FY2024", "2025-01-01", "2025-03-31"),
    ]


def test_fy_period_expression(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "fy", "Q3 FY24", "--calendar", "IN", "-f", "csv")
    assert code == 0
    (row,) = list(csv.DictReader(io.StringIO(out)))
    assert (row["label"], row["start"], row["end"], row["calendar"]) == (
        "Q3 FY2023-24", "2023-10-01", "2023-12-31", "IN")


def test_fy_table_and_jsonl(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "fy", "2024-09-29", "-c", "aapl")
    assert code == 0 and "FY2025" in out and "Q1 FY2025" in out
    code, out, _ = run(capsys, "fy", "2024年度", "the year to June 2025", "-f", "jsonl")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["label"] for r in rows] == ["FY2024", "year ending Jun 2025"]


def test_fy_locale(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "fy", "FY25", "--locale", "en_IN", "-f", "json")
    assert code == 0 and json.loads(out)[0]["label"] == "FY2024-25"


def test_fy_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("2024-04-01\nFY2025\n"))
    code, out, _ = run(capsys, "fy", "-", "-c", "TOYOTA", "-f", "jsonl")
    assert code == 0
    assert [json.loads(x)["label"] for x in out.splitlines()] == [
        "FY2025", "H1 FY2025", "Q1 FY2025", "FY2025"]


@pytest.mark.parametrize(
    "argv, code, message",
    [
        (["fy", "FY24"], 1, "no calendar settles"),
        (["fy", "nonsense", "-c", "JP"], 1, "not a fiscal period"),
        (["fy", "2025-01-15"], 2, "--calendar"),
        (["fy", "2024-13-45", "-c", "JP"], 2, "not a date"),
        (["fy", "2024-01-01", "-c", "Narnia"], 2, "unknown fiscal calendar"),
        (["fy", "-f", "xml", "FY24"], 2, "invalid choice"),
    ],
    ids=["ambiguous", "not-a-period", "date-needs-calendar", "bad-date", "bad-calendar", "bad-format"],
)
def test_fy_errors(capsys: pytest.CaptureFixture[str], argv: list[str], code: int, message: str) -> None:
    try:
        got, _, err = run(capsys, *argv)
    except SystemExit as exc:  # argparse usage errors
        got, err = int(exc.code or 0), capsys.readouterr().err
    assert got == code
    assert message in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_calendars(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "calendars", "-f", "json")
    assert code == 0
    rows = json.loads(out)
    names = [r["name"] for r in rows]
    assert {"JP", "UK-tax", "AAPL", "NRF"} <= set(names)
    assert all(r["source"] and r["rule"] for r in rows)
    code, out, _ = run(capsys, "calendars")
    assert code == 0 and out.splitlines()[0].split() == ["name", "rule", "title"]


def test_fy_reads_the_new_forms_and_tax_years_by_locale(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fy", "9MFY25", "-c", "JP", "-f", "csv"]) == 0
    assert "9MFY25,nine_months,9M FY2025,,2025,2025-04-01,2025-12-31,275,JP" in capsys.readouterr().out
    assert main(["fy", "the tax year ended 5 April 2025", "-l", "en_GB", "-f", "csv"]) == 0
    assert ",2024-25,,2024,2024-04-06,2025-04-05,365,UK-tax" in capsys.readouterr().out


def test_fy_unknown_locale_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fy", "FY24", "-l", "xx_YY"]) == 2
    assert capsys.readouterr().err.count("\n") == 1
