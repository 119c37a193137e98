"""Fiscal calendars: dates to periods and back, for every built-in calendar.

Each case names its provenance: a published statement of the issuer or the
law (see docs/calendars.md for the sources), or an independent computation
in this file (brute force over the days of the month, not the library's
arithmetic).
"""
from __future__ import annotations

import datetime as dt
import pickle
import random
import threading

import pytest

import finnorm
from finnorm.errors import AmbiguousPeriodError, PeriodError, UnknownCalendarError
from finnorm.fiscal import Calendar, calendar, calendars, parse_period
from finnorm.model import FiscalPeriod

D = dt.date

ISSUE_NAMES = [
    "JP", "IN", "UK-gov", "UK-tax", "UK-CT", "US-federal", "AU", "NZ-tax", "NZ-gov",
    "CA-federal", "HK", "SG", "PK", "EG", "KR", "CN", "NISSAN", "SONY", "TOYOTA", "HONDA",
    "MSFT", "WMT", "AAPL", "DIS", "TGT", "NRF",
]


# --------------------------------------------------------------------- years
# (calendar, a day, label, start, end) -- provenance in the id
YEAR_CASES = [
    # Nissan FY2024 results: "fiscal year 2024 (April 1, 2024 to March 31, 2025)"
    ("NISSAN", D(2024, 4, 1), "FY2024", D(2024, 4, 1), D(2025, 3, 31), "nissan-fy2024-first-day"),
    ("NISSAN", D(2025, 3, 31), "FY2024", D(2024, 4, 1), D(2025, 3, 31), "nissan-fy2024-last-day"),
    ("JP", D(2025, 4, 1), "FY2025", D(2025, 4, 1), D(2026, 3, 31), "jp-public-finance-act-art11"),
    ("JP", D(2024, 2, 29), "FY2023", D(2023, 4, 1), D(2024, 3, 31), "jp-leap-day"),
    ("SONY", D(2024, 12, 31), "FY2024", D(2024, 4, 1), D(2025, 3, 31), "sony-fy2024"),
    # Toyota: "FY2025 (April 1, 2024 through March 31, 2025)"
    ("TOYOTA", D(2024, 4, 1), "FY2025", D(2024, 4, 1), D(2025, 3, 31), "toyota-fy2025"),
    ("HONDA", D(2025, 3, 31), "FY2025", D(2024, 4, 1), D(2025, 3, 31), "honda-fy2025"),
    # India: FY2024-25 = 1 Apr 2024 .. 31 Mar 2025 (General Clauses Act s.3(21))
    ("IN", D(2024, 4, 1), "FY2024-25", D(2024, 4, 1), D(2025, 3, 31), "in-fy2024-25"),
    ("IN", D(2024, 3, 31), "FY2023-24", D(2023, 4, 1), D(2024, 3, 31), "in-day-before"),
    ("UK-gov", D(2024, 6, 30), "2024-25", D(2024, 4, 1), D(2025, 3, 31), "uk-interpretation-act"),
    # Income Tax Act 2007 s.4: 6 April to 5 April
    ("UK-tax", D(2025, 4, 5), "2024-25", D(2024, 4, 6), D(2025, 4, 5), "uk-tax-last-day"),
    ("UK-tax", D(2025, 4, 6), "2025-26", D(2025, 4, 6), D(2026, 4, 5), "uk-tax-first-day"),
    ("UK-tax", D(2024, 2, 29), "2023-24", D(2023, 4, 6), D(2024, 4, 5), "uk-tax-leap-day"),
    # CTA 2010 s.1119: "the financial year 2024" begins 1 April 2024
    ("UK-CT", D(2024, 4, 1), "Financial Year 2024", D(2024, 4, 1), D(2025, 3, 31), "uk-ct-s1119"),
    # 31 USC 1102: FY2025 = 1 Oct 2024 .. 30 Sep 2025
    ("US-federal", D(2024, 10, 1), "FY2025", D(2024, 10, 1), D(2025, 9, 30), "us-31usc1102"),
    ("US-federal", D(2024, 9, 30), "FY2024", D(2023, 10, 1), D(2024, 9, 30), "us-fy-last-day"),
    ("AU", D(2024, 7, 1), "FY2025", D(2024, 7, 1), D(2025, 6, 30), "au-acts-interp-2B"),
    ("AU", D(2024, 6, 30), "FY2024", D(2023, 7, 1), D(2024, 6, 30), "au-day-before"),
    ("NZ-tax", D(2025, 3, 31), "FY2025", D(2024, 4, 1), D(2025, 3, 31), "nz-tax-year-2025"),
    ("NZ-gov", D(2024, 7, 1), "2024-25", D(2024, 7, 1), D(2025, 6, 30), "nz-pfa-1989"),
    ("CA-federal", D(2025, 1, 1), "2024-25", D(2024, 4, 1), D(2025, 3, 31), "ca-fin-admin-act"),
    ("HK", D(2025, 3, 1), "2024-25", D(2024, 4, 1), D(2025, 3, 31), "hk-cap2"),
    ("SG", D(2024, 4, 1), "FY2024", D(2024, 4, 1), D(2025, 3, 31), "sg-fpa"),
    # Pakistan ITO 2001 s.74: Tax Year 2025 ends 30 June 2025
    ("PK", D(2025, 6, 30), "FY2024-25", D(2024, 7, 1), D(2025, 6, 30), "pk-ito-s74"),
    ("EG", D(2024, 7, 1), "FY2024-25", D(2024, 7, 1), D(2025, 6, 30), "eg-law-6-2022"),
    ("KR", D(2024, 12, 31), "FY2024", D(2024, 1, 1), D(2024, 12, 31), "kr-national-finance-act"),
    ("CN", D(2024, 2, 29), "FY2024", D(2024, 1, 1), D(2024, 12, 31), "cn-budget-law-leap"),
    ("calendar", D(2024, 1, 1), "CY2024", D(2024, 1, 1), D(2024, 12, 31), "calendar-year"),
    # Microsoft 10-K: "fiscal year 2024 ended June 30, 2024"
    ("MSFT", D(2024, 6, 30), "FY2024", D(2023, 7, 1), D(2024, 6, 30), "msft-10k-2024"),
    # Walmart 10-K: "fiscal 2025 ended January 31, 2025"
    ("WMT", D(2025, 1, 31), "FY2025", D(2024, 2, 1), D(2025, 1, 31), "wmt-10k-2025"),
    ("WMT", D(2024, 2, 29), "FY2025", D(2024, 2, 1), D(2025, 1, 31), "wmt-leap-day"),
    # Apple 10-Ks: fiscal years ended 2020-09-26, 2021-09-25, 2022-09-24, 2023-09-30, 2024-09-28
    ("AAPL", D(2024, 9, 28), "FY2024", D(2023, 10, 1), D(2024, 9, 28), "aapl-10k-2024"),
    ("AAPL", D(2024, 9, 29), "FY2025", D(2024, 9, 29), D(2025, 9, 27), "aapl-fy2025-first-day"),
    ("AAPL", D(2023, 1, 1), "FY2023", D(2022, 9, 25), D(2023, 9, 30), "aapl-10k-2023-53-weeks"),
    ("AAPL", D(2022, 9, 24), "FY2022", D(2021, 9, 26), D(2022, 9, 24), "aapl-10k-2022"),
    ("AAPL", D(2020, 9, 26), "FY2020", D(2019, 9, 29), D(2020, 9, 26), "aapl-10k-2020"),
    # Disney 10-K: FY2020 ended Oct 3, 2020 (53 weeks); FY2022 ended Oct 1, 2022
    ("DIS", D(2020, 10, 3), "FY2020", D(2019, 9, 29), D(2020, 10, 3), "dis-10k-2020-53-weeks"),
    ("DIS", D(2022, 10, 1), "FY2022", D(2021, 10, 3), D(2022, 10, 1), "dis-10k-2022"),
    ("DIS", D(2024, 9, 28), "FY2024", D(2023, 10, 1), D(2024, 9, 28), "dis-10k-2024"),
    # Target 10-K 2023: "fiscal 2023 (the 53 weeks ended February 3, 2024)"
    ("TGT", D(2024, 2, 3), "FY2023", D(2023, 1, 29), D(2024, 2, 3), "tgt-10k-2023-53-weeks"),
    ("TGT", D(2024, 2, 4), "FY2024", D(2024, 2, 4), D(2025, 2, 1), "tgt-fy2024"),
    ("NRF", D(2023, 1, 29), "FY2023", D(2023, 1, 29), D(2024, 2, 3), "nrf-2023-53-weeks"),
]


@pytest.mark.parametrize(
    "name, day, label, start, end", [c[:5] for c in YEAR_CASES], ids=[c[5] for c in YEAR_CASES]
)
def test_year_of(name: str, day: dt.date, label: str, start: dt.date, end: dt.date) -> None:
    cal = calendar(name)
    p = cal.year_of(day)
    assert (p.kind, p.label, p.start, p.end, p.calendar) == ("year", label, start, end, cal.name)
    assert p.contains(day) and p.number is None
    # and back: the number and the label both lead to the same year
    assert cal.year(p.year) == p
    assert cal.year(p.year).label == label
    assert cal.parse(label) == p


# ------------------------------------------------------------------ quarters
QUARTER_CASES = [
    ("JP", D(2024, 12, 31), "Q3 FY2024", D(2024, 10, 1), D(2024, 12, 31), "jp-q3"),
    ("IN", D(2024, 1, 1), "Q4 FY2023-24", D(2024, 1, 1), D(2024, 3, 31), "in-q4"),
    ("UK-tax", D(2024, 7, 5), "Q1 2024-25", D(2024, 4, 6), D(2024, 7, 5), "uk-tax-q1-6th-to-5th"),
    ("UK-tax", D(2024, 7, 6), "Q2 2024-25", D(2024, 7, 6), D(2024, 10, 5), "uk-tax-q2"),
    ("US-federal", D(2024, 12, 25), "Q1 FY2025", D(2024, 10, 1), D(2024, 12, 31), "us-q1"),
    ("AU", D(2025, 2, 28), "Q3 FY2025", D(2025, 1, 1), D(2025, 3, 31), "au-q3"),
    # Microsoft: Q1 FY2025 ended September 30, 2024
    ("MSFT", D(2024, 9, 30), "Q1 FY2025", D(2024, 7, 1), D(2024, 9, 30), "msft-q1-fy2025"),
    # Walmart: Q1 FY2025 ended April 30, 2024
    ("WMT", D(2024, 4, 30), "Q1 FY2025", D(2024, 2, 1), D(2024, 4, 30), "wmt-q1-fy2025"),
    # Apple 10-K 2023: the 14th week was added to Q1 2023, which ended December 31, 2022
    ("AAPL", D(2022, 12, 31), "Q1 FY2023", D(2022, 9, 25), D(2022, 12, 31), "aapl-q1-fy2023-14w"),
    ("AAPL", D(2023, 1, 1), "Q2 FY2023", D(2023, 1, 1), D(2023, 4, 1), "aapl-q2-fy2023"),
    # Apple Q1 FY2024 ended December 30, 2023 (13 weeks)
    ("AAPL", D(2023, 12, 30), "Q1 FY2024", D(2023, 10, 1), D(2023, 12, 30), "aapl-q1-fy2024"),
    # Disney fiscal 2020: Q3 ended June 27, 2020; the extra week is in Q4 (ended Oct 3)
    ("DIS", D(2020, 6, 27), "Q3 FY2020", D(2020, 3, 29), D(2020, 6, 27), "dis-q3-fy2020"),
    ("DIS", D(2020, 10, 3), "Q4 FY2020", D(2020, 6, 28), D(2020, 10, 3), "dis-q4-fy2020-14w"),
    # Target: Q3 2023 ended October 28, 2023; Q4 2023 (14 weeks) ended February 3, 2024
    ("TGT", D(2023, 10, 28), "Q3 FY2023", D(2023, 7, 30), D(2023, 10, 28), "tgt-q3-2023"),
    ("TGT", D(2024, 2, 3), "Q4 FY2023", D(2023, 10, 29), D(2024, 2, 3), "tgt-q4-2023-14w"),
]

_QF = [c[:5] for c in QUARTER_CASES]


@pytest.mark.parametrize("name, day, label, start, end", _QF, ids=[c[5] for c in QUARTER_CASES])
def test_quarter_of(name: str, day: dt.date, label: str, start: dt.date, end: dt.date) -> None:
    cal = calendar(name)
    q = cal.quarter_of(day)
    assert (q.kind, q.label, q.start, q.end) == ("quarter", label, start, end)
    assert cal.quarter(q.year, q.number or 0) == q
    assert cal.parse(label) == q
    assert cal.year_quarter(day) == (q.year, q.number)


HALF_CASES = [
    ("JP", D(2024, 10, 1), "H2 FY2024", D(2024, 10, 1), D(2025, 3, 31), "jp-h2"),
    ("IN", D(2024, 9, 30), "H1 FY2024-25", D(2024, 4, 1), D(2024, 9, 30), "in-h1"),
    ("AU", D(2025, 1, 1), "H2 FY2025", D(2025, 1, 1), D(2025, 6, 30), "au-h2"),
    ("AAPL", D(2023, 4, 1), "H1 FY2023", D(2022, 9, 25), D(2023, 4, 1), "aapl-h1-27-weeks"),
]


@pytest.mark.parametrize(
    "name, day, label, start, end", [c[:5] for c in HALF_CASES], ids=[c[5] for c in HALF_CASES]
)
def test_half_of(name: str, day: dt.date, label: str, start: dt.date, end: dt.date) -> None:
    cal = calendar(name)
    h = cal.half_of(day)
    assert (h.kind, h.label, h.start, h.end) == ("half", label, start, end)
    assert cal.half(h.year, h.number or 0) == h


# --------------------------------------------- 52/53 weeks, brute force check
def _last_weekday(year: int, month: int, weekday: int) -> dt.date:
    days = [D(year, month, d) for d in range(1, 32) if _ok(year, month, d)]
    return max(d for d in days if d.weekday() == weekday)


def _nearest_weekday(year: int, month: int, weekday: int) -> dt.date:
    last = max(D(year, month, d) for d in range(1, 32) if _ok(year, month, d))
    around = [last + dt.timedelta(days=k) for k in range(-3, 4)]
    return next(d for d in around if d.weekday() == weekday)


def _ok(y: int, m: int, d: int) -> bool:
    try:
        D(y, m, d)
        return True
    except ValueError:
        return False


WEEK_RULES = [
    ("AAPL", lambda e: _last_weekday(e, 9, 5), 0),  # end year E, label = E
    ("DIS", lambda e: _nearest_weekday(e, 9, 5), 0),
    ("TGT", lambda e: _nearest_weekday(e, 1, 5), -1),  # labelled by the start year
    ("NRF", lambda e: _nearest_weekday(e, 1, 5), -1),
]


@pytest.mark.parametrize("name, end_of, shift", WEEK_RULES, ids=[w[0] for w in WEEK_RULES])
def test_week_years_match_brute_force(name: str, end_of: object, shift: int) -> None:
    cal = calendar(name)
    for e in range(1950, 2101):
        prev, end = end_of(e - 1), end_of(e)  # type: ignore[operator]
        y = cal.year(e + shift)
        assert (y.start, y.end) == (prev + dt.timedelta(days=1), end), e
        assert y.days in (364, 371)
        qs = [cal.quarter(e + shift, q) for q in (1, 2, 3, 4)]
        assert qs[0].start == y.start and qs[-1].end == y.end
        lengths = [q.days // 7 for q in qs]
        extra = cal.extra_week
        expected = [13, 13, 13, 13]
        if y.days == 371:
            expected[extra - 1] = 14
        assert lengths == expected, e


# Apple: "fiscal 2023 spanned 53 weeks", 2017 too; 2018-2022 and 2024 were 52 weeks
@pytest.mark.parametrize(
    "year, weeks",
    [(2017, 53), (2018, 52), (2020, 52), (2022, 52), (2023, 53), (2024, 52)],
    ids=lambda v: str(v),
)
def test_apple_week_counts(year: int, weeks: int) -> None:
    assert calendar("AAPL").year(year).days == 7 * weeks


# ------------------------------------------------------------- the registry
def test_builtins_include_every_calendar_of_the_issue() -> None:
    names = [c.name for c in calendars()]
    assert set(ISSUE_NAMES) <= set(names)
    assert finnorm.calendars() == calendars()
    for c in calendars():
        assert c.source and c.title and c.rule_text


@pytest.mark.parametrize("spelling", ["jp", "Jp", " JP ", "us-federal", "US_FEDERAL", "uk-tax"])
def test_lookup_is_case_insensitive(spelling: str) -> None:
    assert calendar(spelling).name.lower() == spelling.strip().lower().replace("_", "-")


def test_unknown_calendar() -> None:
    with pytest.raises(UnknownCalendarError) as info:
        calendar("Narnia")
    assert isinstance(info.value, LookupError)
    assert "JP" in str(info.value)


def test_calendar_object_passes_through() -> None:
    c = Calendar("X", start_month=3)
    assert calendar(c) is c
    assert finnorm.calendar("JP") is calendar("JP")


@pytest.mark.parametrize(
    "kwargs",
    [
        {"start_month": 13}, {"start_day": 29}, {"number": "middle"},
        {"label": "FY{nope}"}, {"weekday": "Funday"}, {"weekday": 5, "extra_week": 5},
        {"weekday": 5, "rule": "closest"}, {"weekday": 5, "end_month": 0},
        {"start_month": 4, "label": "FY{end}"}, {"label": "{start}-{end2}"}, {"label": "FY"},
        {"start_month": 4, "label": "Year {start}"}, {"start_month": 7, "label": "Apple FY{start}"},
    ],
    ids=["month-13", "day-29", "number", "label", "weekday", "extra-week", "rule", "end-month",
         "label-vs-number", "span-label-calendar-year", "no-year", "unreadable", "other-calendar"],
)
def test_bad_calendar_definitions(kwargs: dict[str, object]) -> None:
    with pytest.raises(PeriodError):
        Calendar("bad", **kwargs)  # type: ignore[arg-type]


def test_user_calendar_one_line() -> None:
    acme = Calendar("ACME", start_month=7, number="end")
    p = acme.year_of(D(2024, 7, 1))
    assert (p.label, p.start, p.end, p.calendar) == ("FY2025", D(2024, 7, 1), D(2025, 6, 30), "ACME")
    retail = Calendar("R", weekday="sat", end_month=1, rule="nearest", extra_week=4)
    assert retail.year(2023) == calendar("NRF").year(2023)


def test_bad_quarter_and_half_numbers() -> None:
    with pytest.raises(PeriodError):
        calendar("JP").quarter(2024, 5)
    with pytest.raises(PeriodError):
        calendar("JP").half(2024, 3)
    with pytest.raises(PeriodError):
        calendar("JP").period_of(D(2024, 1, 1), "month")


# ------------------------------------------------------------ period values
def test_periods_are_frozen_hashable_ordered() -> None:
    jp = calendar("JP")
    a, b = jp.year(2023), jp.year(2024)
    assert a < b and sorted([b, a]) == [a, b]
    assert len({a, b, jp.year(2024)}) == 2
    with pytest.raises(AttributeError):
        a.label = "x"  # type: ignore[misc]
    # same days, same granularity: equal whichever calendar names them
    assert calendar("TOYOTA").year(2025) == jp.year(2024)
    assert calendar("TOYOTA").year(2025).label == "FY2025"
    assert pickle.loads(pickle.dumps(b)) == b
    assert D(2024, 5, 1) in b and "2024-05-01" not in b  # type: ignore[operator]
    assert b.fiscal_year == b.year == 2024 and str(b) == "FY2024"


def test_datetimes_and_iso_strings_are_accepted() -> None:
    jp = calendar("JP")
    assert jp.year_of(dt.datetime(2024, 4, 1, 12)) == jp.year(2024)
    assert jp.year_of("2024-04-01") == jp.year(2024)  # type: ignore[arg-type]
    with pytest.raises(PeriodError):
        jp.year_of("April")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        jp.year_of(20240401)  # type: ignore[arg-type]


def test_out_of_range_year() -> None:
    with pytest.raises(PeriodError):
        calendar("AAPL").year(10001)
    with pytest.raises(PeriodError):
        calendar("JP").year(10000)


def test_ambiguous_period_error_is_picklable_with_candidates() -> None:
    with pytest.raises(AmbiguousPeriodError) as info:
        parse_period("FY24")
    err = pickle.loads(pickle.dumps(info.value))
    assert err.candidates == info.value.candidates
    assert all(isinstance(c, FiscalPeriod) for c in err.candidates)


# ----------------------------------------------------------- vectorised path
@pytest.mark.parametrize("name", [c.name for c in calendars()] + ["custom-week-dec"])
def test_vectorised_matches_scalar(name: str) -> None:
    np = pytest.importorskip("numpy")
    if name == "custom-week-dec":
        cal = Calendar(name, weekday=6, end_month=12, rule="nearest", extra_week=2)
    else:
        cal = calendar(name)
    rng = random.Random(name)
    days = [D(1960, 1, 1) + dt.timedelta(days=rng.randrange(0, 100 * 366)) for _ in range(3000)]
    days += [D(2023, 12, 28) + dt.timedelta(days=k) for k in range(10)]
    ys, qs = cal.year_quarter_array(np.array(days, dtype="datetime64[D]"))  # table lookup
    assert list(zip(ys.tolist(), qs.tolist())) == [cal.year_quarter(d) for d in days]
    far = days[:500] + [D(1750, 3, 1) + dt.timedelta(days=k * 97) for k in range(2000)]
    ys, qs = cal.year_quarter_array(np.array(far, dtype="datetime64[D]"))  # arithmetic
    assert list(zip(ys.tolist(), qs.tolist())) == [cal.year_quarter(d) for d in far]
    ys, qs = cal.year_quarter_array(np.array([], dtype="datetime64[D]"))
    assert ys.size == qs.size == 0


# --------------------------------------------------------------- threads
def test_concurrent_use_gives_the_same_answers() -> None:
    rng = random.Random(7)
    days = [D(1990, 1, 1) + dt.timedelta(days=rng.randrange(0, 60 * 365)) for _ in range(400)]
    names = [c.name for c in calendars()]

    def answers(cals: dict[str, Calendar]) -> list[tuple[object, ...]]:
        out: list[tuple[object, ...]] = []
        for n in names:
            c = cals[n]
            for d in days:
                y, h, q = c.year_of(d), c.half_of(d), c.quarter_of(d)
                out.append((n, d, y.label, y.start, y.end, h.start, q.label, q.start, q.end))
                assert y.contains(d) and h.contains(d) and q.contains(d)
        return out

    expected = answers({n: calendar(n) for n in names})
    results: list[list[tuple[object, ...]]] = []
    errors: list[Exception] = []
    barrier = threading.Barrier(8)

    def worker(fresh: bool) -> None:
        try:
            barrier.wait()
            # fresh copies: the per-calendar caches start empty and fill concurrently
            cals = {
                n: (Calendar(**_fields(calendar(n))) if fresh else calendar(n)) for n in names
            }
            results.append(answers(cals))
        except Exception as exc:  # noqa: BLE001  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(i % 2 == 0,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert len(results) == 8
    assert all(r == expected for r in results)


def _fields(c: Calendar) -> dict[str, object]:
    import dataclasses

    return {f.name: getattr(c, f.name) for f in dataclasses.fields(c) if f.init}


# ------------------------------------------------------- docs and imports
def test_docs_table_lists_every_calendar_with_its_source() -> None:
    from pathlib import Path

    doc = (Path(__file__).resolve().parent.parent / "docs" / "calendars.md").read_text("utf-8")
    for c in calendars():
        row = f"| `{c.name}` | {c.title} | {c.rule_text} | {c.source} |"
        assert row in doc, f"docs/calendars.md is out of date for {c.name}"


def test_fiscal_imports_nothing_downstream() -> None:
    import subprocess
    import sys

    # what the package root imports (errors, model and the plain function
    # finnorm.convert) is there before; fiscal may add nothing downstream of it
    code = (
        "import sys, finnorm; before = set(sys.modules);"
        "import finnorm.fiscal as f; f.calendars(); f.parse_period('FY24', 'JP');"
        "new = set(sys.modules) - before;"
        "bad = [m for m in ('finnorm.api', 'finnorm.scan', 'finnorm.resolve', 'finnorm.rates.ecb',"
        " 'numpy', 'pandas', 'pint', 'babel') if m in new]; print(bad)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_calendars_pickle_small_and_equal() -> None:
    for c in calendars():
        data = pickle.dumps(c)
        assert len(data) < 4096
        back = pickle.loads(data)
        assert back == c and back.source == c.source
        assert back.year(2024) == c.year(2024)


@pytest.mark.parametrize(
    "module,absent",
    [
        ("finnorm.fiscal.core", ["finnorm.fiscal.text", "finnorm.fiscal.lexicon", "finnorm.fiscal.registry",
                                 "finnorm.fiscal.pinning", "numpy"]),
        ("finnorm.fiscal.lexicon", ["finnorm.fiscal.text", "finnorm.fiscal.core", "finnorm.fiscal.pinning"]),
        ("finnorm.fiscal.registry", ["finnorm.fiscal.text", "finnorm.fiscal.lexicon", "finnorm.fiscal.pinning"]),
        ("finnorm.fiscal.text", ["finnorm.fiscal.pinning", "finnorm.api", "finnorm.resolve"]),
        ("finnorm.fiscal", ["finnorm.fiscal.core", "finnorm.fiscal.text", "finnorm.fiscal.pinning"]),
    ],
)
def test_each_part_of_the_package_imports_alone(module: str, absent: list[str]) -> None:
    """The package's parts import one way: importing one loads nothing downstream of it."""
    import subprocess
    import sys

    code = (f"import sys, importlib; importlib.import_module({module!r});"
            f"print([m for m in {absent!r} if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
