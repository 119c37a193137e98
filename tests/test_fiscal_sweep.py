"""Every "ended|to|through <date>" phrase over every day of 2023-2024 (and the
leap year 2020), against an independent oracle: dateutil's ``relativedelta``
(a period of N months ending on D starts on D + 1 day - N months).

The issue's sweep: 2,193 phrases (731 days x year/quarter/six months), 177 of
them wrong before (an end on the 28th-30th started a month early). Here every
shape of unit x connector x date format is read, each day in one rotating
date format, and the count of disagreements must be 0.
"""
from __future__ import annotations

import datetime as dt

import pytest
from dateutil.relativedelta import relativedelta

from finnorm.fiscal import parse_period

D = dt.date
ONE = dt.timedelta(days=1)

UNITS = [  # (phrase, months, kind)
    ("year", 12, "year"), ("fiscal year", 12, "year"), ("twelve months", 12, "year"),
    ("12 months", 12, "year"), ("financial year", 12, "year"),
    ("quarter", 3, "quarter"), ("three months", 3, "quarter"), ("3 months", 3, "quarter"),
    ("six months", 6, "half"), ("6 months", 6, "half"), ("half-year", 6, "half"),
    ("nine months", 9, "nine_months"), ("9 months", 9, "nine_months"),
]
CONNECTORS = ["ended", "ending", "to", "through"]
FORMATS = [
    lambda d: f"{d:%B} {d.day}, {d.year}",  # January 28, 2023
    lambda d: f"{d.day} {d:%B} {d.year}",  # 28 January 2023
    lambda d: f"{d:%b} {d.day}, {d.year}",  # Jan 28, 2023
    lambda d: d.isoformat(),  # 2023-01-28
    lambda d: f"{d.day} {d:%b} {d.year}",  # 28 Jan 2023
]


def oracle(end: D, months: int) -> D:
    return end + ONE - relativedelta(months=months)


def days(*years: int) -> list[D]:
    out = []
    for y in years:
        d = D(y, 1, 1)
        while d.year == y:
            out.append(d)
            d += ONE
    return out


@pytest.mark.parametrize("unit,months,kind", UNITS, ids=[u[0] for u in UNITS])
def test_every_day(unit: str, months: int, kind: str) -> None:
    """Every day of 2020, 2023 and 2024; the connector and the date format rotate."""
    wrong = []
    every = days(2020, 2023, 2024)
    for i, end in enumerate(every):
        conn = CONNECTORS[i % len(CONNECTORS)]
        text = f"the {unit} {conn} {FORMATS[(i // len(CONNECTORS)) % len(FORMATS)](end)}"
        p = parse_period(text)
        want = (oracle(end, months), end, kind)
        if (p.start, p.end, p.kind) != want:
            wrong.append((text, p.start, p.end, p.kind, want))
    assert len(every) == 366 + 365 + 366
    assert wrong == [], wrong[:5]


def test_the_issues_figures() -> None:
    """The issue's 2,193 phrases (year/quarter/six months ended, every day of 2023-24)."""
    wrong = 0
    shapes = [("the year ended", 12), ("the three months ended", 3), ("the six months ended", 6)]
    for end in days(2023, 2024):
        for phrase, months in shapes:
            p = parse_period(f"{phrase} {end:%B} {end.day}, {end.year}")
            wrong += (p.start, p.end) != (oracle(end, months), end)
    assert wrong == 0


@pytest.mark.parametrize(
    "text,start,end",
    [
        ("the year ended January 28, 2023", D(2022, 1, 29), D(2023, 1, 28)),  # Target's FY2022
        ("the three months ended June 29, 2024", D(2024, 3, 30), D(2024, 6, 29)),
        ("the year ended February 29, 2024", D(2023, 3, 1), D(2024, 2, 29)),
        ("the year ended February 28, 2023", D(2022, 3, 1), D(2023, 2, 28)),
        ("the quarter ended May 30, 2023", D(2023, 2, 28), D(2023, 5, 30)),
        ("the six months ended August 30, 2024", D(2024, 2, 29), D(2024, 8, 30)),
        ("the year to March 2025", D(2024, 4, 1), D(2025, 3, 31)),
    ],
)
def test_edges(text: str, start: D, end: D) -> None:
    p = parse_period(text)
    assert (p.start, p.end) == (start, end)


@pytest.mark.parametrize(
    "text,cal,label,start,end",
    [
        # with the issuer's 52/53-week calendar the period is the calendar's own
        ("the year ended January 28, 2023", "TGT", "FY2022", D(2022, 1, 30), D(2023, 1, 28)),
        ("the three months ended June 29, 2024", "AAPL", "Q3 FY2024", D(2024, 3, 31), D(2024, 6, 29)),
        ("fiscal year ended September 28, 2024", "AAPL", "FY2024", D(2023, 10, 1), D(2024, 9, 28)),
        ("the year ended 3 February 2024", "NRF", "FY2023", D(2023, 1, 29), D(2024, 2, 3)),
        ("nine months ended December 31, 2024", "JP", "9M FY2024", D(2024, 4, 1), D(2024, 12, 31)),
    ],
)
def test_a_calendar_that_ends_there_names_the_period(text: str, cal: str, label: str, start: D,
                                                    end: D) -> None:
    p = parse_period(text, cal)
    assert (p.label, p.start, p.end) == (label, start, end)
