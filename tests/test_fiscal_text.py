"""Reading fiscal period expressions in text, and pinning mentions to them.

Expected dates come from the calendars' published rules (docs/calendars.md);
the Nissan sentence is the reference article of DESIGN.md.
"""
from __future__ import annotations

import datetime as dt

import pytest

from finnorm.errors import AmbiguousPeriodError, PeriodError
from finnorm.fiscal import calendar, find_periods, parse_period, pin
from finnorm.model import FiscalPeriod, Mention, Money

D = dt.date

# (text, calendar, locale, kind, start, end, label)
PARSE_CASES = [
    ("FY2024", "JP", None, "year", D(2024, 4, 1), D(2025, 3, 31), "FY2024", "fy4-jp"),
    ("FY24", "JP", None, "year", D(2024, 4, 1), D(2025, 3, 31), "FY2024", "fy2-jp"),
    ("FY'24", "US-federal", None, "year", D(2023, 10, 1), D(2024, 9, 30), "FY2024", "fy-apostrophe"),
    ("FY 2025", "TOYOTA", None, "year", D(2024, 4, 1), D(2025, 3, 31), "FY2025", "fy-space-toyota"),
    ("fiscal 2024", "MSFT", None, "year", D(2023, 7, 1), D(2024, 6, 30), "FY2024", "fiscal-msft"),
    ("fiscal year 2024", "AAPL", None, "year", D(2023, 10, 1), D(2024, 9, 28), "FY2024", "fiscal-year-aapl"),
    ("financial year 2024", "UK-CT", None, "year", D(2024, 4, 1), D(2025, 3, 31), "Financial Year 2024", "uk-ct"),
    ("Financial Year 2024", "UK-CT", None, "year", D(2024, 4, 1), D(2025, 3, 31), "Financial Year 2024", "uk-ct-label"),
    ("FY2024-25", "IN", None, "year", D(2024, 4, 1), D(2025, 3, 31), "FY2024-25", "in-span"),
    ("FY25", "IN", None, "year", D(2024, 4, 1), D(2025, 3, 31), "FY2024-25", "in-short-is-end-year"),
    ("FY24/25", "IN", None, "year", D(2024, 4, 1), D(2025, 3, 31), "FY2024-25", "in-slash"),
    ("2024/25", "UK-gov", None, "year", D(2024, 4, 1), D(2025, 3, 31), "2024-25", "uk-slash"),
    ("2024-25", "HK", None, "year", D(2024, 4, 1), D(2025, 3, 31), "2024-25", "hk-dash"),
    ("2024–25", "CA-federal", None, "year", D(2024, 4, 1), D(2025, 3, 31), "2024-25", "ca-en-dash"),
    ("2024-2025", "NZ-gov", None, "year", D(2024, 7, 1), D(2025, 6, 30), "2024-25", "nz-long-span"),
    ("the 2025 to 2026 tax year", "UK-tax", None, "year", D(2025, 4, 6), D(2026, 4, 5), "2025-26", "uk-tax-gov-uk"),
    ("Tax Year 2025", "PK", None, "year", D(2024, 7, 1), D(2025, 6, 30), "FY2024-25", "pk-tax-year"),
    ("the year to March 2025", "JP", None, "year", D(2024, 4, 1), D(2025, 3, 31), "FY2024", "year-to-jp"),
    ("the year ended March 31, 2025", "TOYOTA", None, "year", D(2024, 4, 1), D(2025, 3, 31), "FY2025", "year-ended-toyota"),
    ("the year ended 31 March 2025", "IN", None, "year", D(2024, 4, 1), D(2025, 3, 31), "FY2024-25", "year-ended-dmy"),
    ("fiscal year ended September 28, 2024", "AAPL", None, "year", D(2023, 10, 1), D(2024, 9, 28), "FY2024", "aapl-ended"),
    ("the year to September 2024", "AAPL", None, "year", D(2023, 10, 1), D(2024, 9, 28), "FY2024", "aapl-month-week-year"),
    ("the quarter ended June 30, 2024", "MSFT", None, "quarter", D(2024, 4, 1), D(2024, 6, 30), "Q4 FY2024", "quarter-ended"),
    ("six months ended 30 September 2024", "JP", None, "half", D(2024, 4, 1), D(2024, 9, 30), "H1 FY2024", "six-months-ended"),
    ("1H FY2025", "JP", None, "half", D(2025, 4, 1), D(2025, 9, 30), "H1 FY2025", "1h"),
    ("H2 FY2024-25", "IN", None, "half", D(2024, 10, 1), D(2025, 3, 31), "H2 FY2024-25", "h2-span"),
    ("Q3 FY24", "IN", None, "quarter", D(2023, 10, 1), D(2023, 12, 31), "Q3 FY2023-24", "in-q3-fy24"),
    ("FY24 Q1", "JP", None, "quarter", D(2024, 4, 1), D(2024, 6, 30), "Q1 FY2024", "suffix-q"),
    ("3Q FY2024", "US-federal", None, "quarter", D(2024, 4, 1), D(2024, 6, 30), "Q3 FY2024", "3q"),
    ("Q3FY24", "JP", None, "quarter", D(2024, 10, 1), D(2024, 12, 31), "Q3 FY2024", "no-space"),
    ("third quarter of fiscal 2024", "MSFT", None, "quarter", D(2024, 1, 1), D(2024, 3, 31), "Q3 FY2024", "third-quarter"),
    ("the second half of FY2024", "SONY", None, "half", D(2024, 10, 1), D(2025, 3, 31), "H2 FY2024", "second-half"),
    ("calendar year 2024", None, None, "year", D(2024, 1, 1), D(2024, 12, 31), "CY2024", "calendar-year"),
    # Japanese forms settle themselves: 年度 is the April year
    ("2024年度", None, None, "year", D(2024, 4, 1), D(2025, 3, 31), "FY2024", "nendo"),
    ("２０２４年度", None, None, "year", D(2024, 4, 1), D(2025, 3, 31), "FY2024", "nendo-fullwidth"),
    ("令和6年度", None, None, "year", D(2024, 4, 1), D(2025, 3, 31), "FY2024", "reiwa-6"),
    ("令和元年度", None, None, "year", D(2019, 4, 1), D(2020, 3, 31), "FY2019", "reiwa-gannen"),
    ("平成30年度", None, None, "year", D(2018, 4, 1), D(2019, 3, 31), "FY2018", "heisei-30"),
    ("2025年3月期", None, None, "year", D(2024, 4, 1), D(2025, 3, 31), "FY2024", "march-kessan"),
    ("2024年度第3四半期", None, None, "quarter", D(2024, 10, 1), D(2024, 12, 31), "Q3 FY2024", "nendo-q3"),
    # explicit dates need no calendar
    ("the year ended March 31, 2025", None, None, "year", D(2024, 4, 1), D(2025, 3, 31), "year ending Mar 2025", "ended-no-cal"),
    ("April 2024 to March 2025", None, None, "year", D(2024, 4, 1), D(2025, 3, 31), "year ending Mar 2025", "range-no-cal"),
    ("1 July 2024 – 30 June 2025", None, None, "year", D(2024, 7, 1), D(2025, 6, 30), "year ending Jun 2025", "range-days"),
    ("year ending Jun 2025", None, None, "year", D(2024, 7, 1), D(2025, 6, 30), "year ending Jun 2025", "adhoc-label-roundtrip"),
    ("the 2024 Japanese financial year (April 2024 to March 2025)", None, None, "year", D(2024, 4, 1), D(2025, 3, 31), "FY2024", "nissan-span"),
    ("the 2024 Japanese financial year", "AU", None, "year", D(2024, 4, 1), D(2025, 3, 31), "FY2024", "text-hint-beats-calendar"),
    ("Australian financial year 2025", None, None, "year", D(2024, 7, 1), D(2025, 6, 30), "FY2025", "hint-first"),
    ("the US federal fiscal year 2025", None, None, "year", D(2024, 10, 1), D(2025, 9, 30), "FY2025", "us-hint"),
    # locale suggests a calendar
    ("FY24", None, "ja_JP", "year", D(2024, 4, 1), D(2025, 3, 31), "FY2024", "locale-ja"),
    ("FY25", None, "en_IN", "year", D(2024, 4, 1), D(2025, 3, 31), "FY2024-25", "locale-en-in"),
    ("FY2025", None, "en-AU", "year", D(2024, 7, 1), D(2025, 6, 30), "FY2025", "locale-en-au"),
]


@pytest.mark.parametrize(
    "text, cal, locale, kind, start, end, label",
    [c[:7] for c in PARSE_CASES],
    ids=[c[7] for c in PARSE_CASES],
)
def test_parse_period(
    text: str, cal: str | None, locale: str | None, kind: str, start: dt.date, end: dt.date, label: str
) -> None:
    p = parse_period(text, cal, locale)
    assert (p.kind, p.start, p.end, p.label) == (kind, start, end, label)


AMBIGUOUS = ["FY24", "FY2024", "fiscal 2024", "Q3 FY24", "2024-25", "FY2024-25", "1H FY2025", "Tax Year 2025"]


@pytest.mark.parametrize("text", AMBIGUOUS)
def test_ambiguous_without_calendar(text: str) -> None:
    with pytest.raises(AmbiguousPeriodError) as info:
        parse_period(text)
    cands = info.value.candidates
    assert len(cands) >= 2
    assert all(isinstance(c, FiscalPeriod) for c in cands)
    assert len({(c.start, c.end) for c in cands}) == len(cands)
    assert "calendar" in str(info.value)


@pytest.mark.parametrize(
    "text",
    ["", "hello", "FY2024 and FY2025", "revenue rose 5%", "2024-26", "Q5 FY2024", "fiscal 24"],
    ids=["empty", "word", "two", "sentence", "bad-span", "q5", "fiscal-2digit"],
)
def test_not_a_period(text: str) -> None:
    with pytest.raises(PeriodError):
        parse_period(text, "JP")


def test_span_in_a_calendar_year_calendar_is_an_error() -> None:
    with pytest.raises(PeriodError):
        parse_period("2024-25", "KR")


def test_find_periods_keeps_ambiguous_with_candidates() -> None:
    found = find_periods("Revenue in FY2024 fell; in the year to March 2025 it rose.")
    assert [m.text for m in found] == ["FY2024", "the year to March 2025"]
    assert found[0].period is None and found[0].candidates
    assert found[1].period is not None and found[1].period.end == D(2025, 3, 31)


# ------------------------------------------------------------------- pin
NISSAN = (
    "Nissan posted a net loss of ¥670.9 billion (A$7.1 billion) throughout the 2024 "
    "Japanese financial year (April 2024 to March 2025)."
)


def _mentions(text: str, *spans: tuple[str, str]) -> list[Mention]:
    out = []
    pos = 0
    for piece, cur in spans:
        i = text.index(piece, pos)
        pos = i + len(piece)
        out.append(Mention(piece, i, i + len(piece), Money("1", cur)))
    return out


@pytest.mark.parametrize("cal", [None, "JP", "AU", "NISSAN"], ids=lambda c: f"cal={c}")
def test_pin_nissan(cal: str | None) -> None:
    ms = _mentions(NISSAN, ("¥670.9 billion", "JPY"), ("A$7.1 billion", "AUD"))
    pinned = pin(NISSAN, ms, cal, locale="en_AU")
    for m in pinned:
        assert m.period is not None
        assert (m.period.start, m.period.end, m.period.kind) == (D(2024, 4, 1), D(2025, 3, 31), "year")
        assert m.period == calendar("JP").year(2024)
    assert [m.text for m in pinned] == ["¥670.9 billion", "A$7.1 billion"]


PIN_CASES = [
    (
        "Revenue was $5.2 billion in FY2024, up from $4.8 billion in FY2023.",
        "MSFT", [("$5.2 billion", "FY2024"), ("$4.8 billion", "FY2023")], "clause-each",
    ),
    (
        "In FY2024, revenue was $5.2 billion.",
        "MSFT", [("$5.2 billion", "FY2024")], "period-first",
    ),
    (
        "Sales reached ¥3 trillion for the year to March 2025. The company holds ¥100 billion in cash.",
        "JP", [("¥3 trillion", "FY2024"), ("¥100 billion", None)], "next-sentence-says-nothing",
    ),
    (
        "Operating profit was ¥1.2 trillion in Q3 FY24.",
        "TOYOTA", [("¥1.2 trillion", "Q3 FY2024")], "quarter",
    ),
    (
        "Headquarters are worth ¥100 billion ($1.08 billion).",
        "JP", [("¥100 billion", None), ("$1.08 billion", None)], "no-period",
    ),
    (
        "2024年度の純損失は6709億円だった。",
        None, [("6709億円", "FY2024")], "japanese",
    ),
]


@pytest.mark.parametrize(
    "text, cal, expected", [c[:3] for c in PIN_CASES], ids=[c[3] for c in PIN_CASES]
)
def test_pin(text: str, cal: str | None, expected: list[tuple[str, str | None]]) -> None:
    ms = _mentions(text, *[(piece, "JPY") for piece, _ in expected])
    got = [(m.text, m.period.label if m.period else None) for m in pin(text, ms, cal)]
    assert got == expected


def test_pin_leaves_ambiguous_as_none_and_never_raises() -> None:
    text = "Revenue was $5 billion in FY2024."
    ms = _mentions(text, ("$5 billion", "USD"))
    assert pin(text, ms)[0].period is None
    assert pin(text, ms, locale="ja")[0].period == calendar("JP").year(2024)
    assert pin(text, [], "JP") == []


def test_pin_returns_new_mentions() -> None:
    ms = _mentions(NISSAN, ("¥670.9 billion", "JPY"))
    out = pin(NISSAN, ms)
    assert ms[0].period is None and out[0].period is not None
    assert out[0].money == ms[0].money and out[0].start == ms[0].start


YEAR_EARLIER_CASES = [
    (
        "Nissan's net loss was ¥670.9 billion in FY2024, compared with a profit of ¥426.6 billion a year earlier.",
        "NISSAN", [("¥670.9 billion", "FY2024"), ("¥426.6 billion", "FY2023")], "a-year-earlier",
    ),
    (
        "Revenue was $94.9 billion in Q4 FY2024, up from $89.5 billion in the year-ago quarter.",
        "AAPL", [("$94.9 billion", "Q4 FY2024"), ("$89.5 billion", "Q4 FY2023")], "year-ago-quarter",
    ),
    (
        "Sales were ¥3 trillion for the year to March 2025, against ¥2.8 trillion in the prior year.",
        None, [("¥3 trillion", "year ending Mar 2025"), ("¥2.8 trillion", "year ending Mar 2024")], "adhoc-prior-year",
    ),
    (
        "Revenue was $5 billion in FY2024 and $4 billion in FY2023.",
        "MSFT", [("$5 billion", "FY2024"), ("$4 billion", "FY2023")], "own-clause-wins",
    ),
]


@pytest.mark.parametrize(
    "text, cal, expected", [c[:3] for c in YEAR_EARLIER_CASES], ids=[c[3] for c in YEAR_EARLIER_CASES]
)
def test_pin_comparisons_with_the_year_before(
    text: str, cal: str | None, expected: list[tuple[str, str | None]]
) -> None:
    ms = _mentions(text, *[(piece, "JPY") for piece, _ in expected])
    got = [(m.text, m.period.label if m.period else None) for m in pin(text, ms, cal)]
    assert got == expected


PART_YEAR_CASES = [
    ("Q3 2024", "AAPL", "Q3 FY2024"),
    ("1Q24", "JP", "Q1 FY2024"),
    ("Q1'25", "MSFT", "Q1 FY2025"),
    ("2H24", "SONY", "H2 FY2024"),
    ("Apple's fiscal 2024", None, "FY2024"),
    ("Japan's fiscal year 2024", "AAPL", "FY2024"),
]


@pytest.mark.parametrize("text, cal, label", PART_YEAR_CASES, ids=[c[0] for c in PART_YEAR_CASES])
def test_more_forms(text: str, cal: str | None, label: str) -> None:
    assert parse_period(text, cal).label == label


def test_possessive_issuer_names_its_calendar() -> None:
    assert parse_period("Apple's fiscal 2024").calendar == "AAPL"
    assert parse_period("Japan's fiscal year 2024", "AAPL").calendar == "JP"


@pytest.mark.parametrize(
    "text",
    ["Sales of 1,234 units rose 12%.", "On 2024-12-31 the rate was 1.5.", "Call 555-2024-25."],
    ids=["numbers", "iso-date", "phone"],
)
def test_no_false_periods(text: str) -> None:
    assert find_periods(text, "JP") == []


NISSAN_ARTICLE = (
    "Nissan has reported a net loss of ¥670.9 billion (A$7.1 billion) for the 2024\n"
    "Japanese financial year, which ran from April 2024 to March 2025. The carmaker\n"
    "had booked a profit a year earlier, so the result amounts to a ¥1.097 trillion\n"
    "(A$11.5 billion) swing."
)


def test_pin_nissan_article_wording() -> None:
    spans = [("¥670.9 billion", "JPY"), ("A$7.1 billion", "AUD"), ("¥1.097 trillion", "JPY"),
             ("A$11.5 billion", "AUD")]
    pinned = pin(NISSAN_ARTICLE, _mentions(NISSAN_ARTICLE, *spans), locale="en_AU")
    fy2024 = calendar("JP").year(2024)
    assert [m.period for m in pinned] == [fy2024, fy2024, None, None]
    (match,) = find_periods(NISSAN_ARTICLE)
    assert match.text.endswith("which ran from April 2024 to March 2025")
    assert match.period is not None and match.period.calendar == "JP"


MERGE_CASES = [
    ("Q3 FY2024 (October to December 2024)", "JP", "Q3 FY2024", D(2024, 10, 1), D(2024, 12, 31), "quarter-with-months"),
    ("Q3 FY2024 (October to December 2024)", None, "quarter ending Dec 2024", D(2024, 10, 1), D(2024, 12, 31), "months-no-cal"),
    ("FY2024 (April 2023 to March 2024)", "JP", "FY2023", D(2023, 4, 1), D(2024, 3, 31), "dates-beat-label"),
    ("April 2024 to March 2025 (FY2025)", "TOYOTA", "FY2025", D(2024, 4, 1), D(2025, 3, 31), "dates-first"),
]


@pytest.mark.parametrize(
    "text, cal, label, start, end", [c[:5] for c in MERGE_CASES], ids=[c[5] for c in MERGE_CASES]
)
def test_explicit_months_override(text: str, cal: str | None, label: str, start: dt.date, end: dt.date) -> None:
    p = parse_period(text, cal)
    assert (p.label, p.start, p.end) == (label, start, end)


ISSUER_CASES = [
    ("Nissan posted a loss of ¥670.9 billion in FY2024.", None, "FY2024", D(2024, 4, 1), "nissan-named"),
    ("Toyota earned ¥4.8 trillion in FY2025.", None, "FY2025", D(2024, 4, 1), "toyota-named"),
    ("Apple sold $94.9 billion in Q4 FY2024.", None, "Q4 FY2024", D(2024, 6, 30), "apple-named"),
    ("Nissan posted a loss of ¥670.9 billion in FY2024.", "US-federal", "FY2024", D(2023, 10, 1), "given-calendar-wins"),
]


@pytest.mark.parametrize(
    "text, cal, label, start", [c[:4] for c in ISSUER_CASES], ids=[c[4] for c in ISSUER_CASES]
)
def test_a_named_issuer_reads_bare_years(text: str, cal: str | None, label: str, start: dt.date) -> None:
    i = text.index("$") if "$" in text else text.index("¥")
    j = text.index(" in ", i)
    (m,) = pin(text, [Mention(text[i:j], i, j, Money("1", "JPY"))], cal)
    assert m.period is not None and (m.period.label, m.period.start) == (label, start)


def test_two_issuers_settle_nothing() -> None:
    text = "Nissan and Toyota together lost ¥1 trillion in FY2024."
    i = text.index("¥")
    (m,) = pin(text, [Mention("¥1 trillion", i, i + 11, Money("1", "JPY"))])
    assert m.period is None


def test_unknown_calendar_name_raises_in_pin() -> None:
    from finnorm.errors import UnknownCalendarError

    with pytest.raises(UnknownCalendarError):
        pin(NISSAN, _mentions(NISSAN, ("¥670.9 billion", "JPY")), "JPN")


# ------------------------------------------------------------- known gaps
KNOWN_GAPS = [
    ("the fourth quarter ended June 30 of fiscal 2024", "MSFT", "date-without-year"),
]


@pytest.mark.xfail(strict=True, raises=PeriodError, reason="not read yet")
@pytest.mark.parametrize("text, cal", [c[:2] for c in KNOWN_GAPS], ids=[c[2] for c in KNOWN_GAPS])
def test_known_gaps(text: str, cal: str | None) -> None:
    parse_period(text, cal)


# ------------------------------------------------------------- the issue's forms
ISSUE_FORMS = [
    # (text, calendar, locale, kind, start, end, label)
    ("nine months ended December 31, 2024", None, None, "nine_months", D(2024, 4, 1), D(2024, 12, 31),
     "nine months ending Dec 2024"),
    ("9MFY25", "JP", None, "nine_months", D(2025, 4, 1), D(2025, 12, 31), "9M FY2025"),
    ("9M FY2025", "TOYOTA", None, "nine_months", D(2024, 4, 1), D(2024, 12, 31), "9M FY2025"),
    ("FY3/2025", "JP", None, "year", D(2024, 4, 1), D(2025, 3, 31), "FY2024"),
    ("FY2025/3", "TOYOTA", None, "year", D(2024, 4, 1), D(2025, 3, 31), "FY2025"),
    ("FY2025/3", None, None, "year", D(2024, 4, 1), D(2025, 3, 31), "year ending Mar 2025"),
    ("FY2011/12", "IN", None, "year", D(2011, 4, 1), D(2012, 3, 31), "FY2011-12"),  # a span
    ("fiscal 2024 fourth quarter", "MSFT", None, "quarter", D(2024, 4, 1), D(2024, 6, 30), "Q4 FY2024"),
    ("the fiscal 2024 fourth quarter", "AAPL", None, "quarter", D(2024, 6, 30), D(2024, 9, 28),
     "Q4 FY2024"),
    ("FY25E", "TOYOTA", None, "year", D(2024, 4, 1), D(2025, 3, 31), "FY2025"),
    ("FY2026F", "JP", None, "year", D(2026, 4, 1), D(2027, 3, 31), "FY2026"),
    ("fiscal '24", "MSFT", None, "year", D(2023, 7, 1), D(2024, 6, 30), "FY2024"),
    ("the tax year ended 5 April 2025", None, "en_GB", "year", D(2024, 4, 6), D(2025, 4, 5), "2024-25"),
    ("the tax year ended 5 April 2025", None, None, "year", D(2024, 4, 6), D(2025, 4, 5),
     "year ending 2025-04-05"),
    ("the 2025 to 2026 tax year", None, "en_GB", "year", D(2025, 4, 6), D(2026, 4, 5), "2025-26"),
    ("the 2025 to 2026 financial year", None, "en_GB", "year", D(2025, 4, 1), D(2026, 3, 31), "2025-26"),
    ("first nine months of 2024", "calendar", None, "nine_months", D(2024, 1, 1), D(2024, 9, 30),
     "9M CY2024"),
    ("Q3 YTD FY2024", "JP", None, "nine_months", D(2024, 4, 1), D(2024, 12, 31), "9M FY2024"),
    ("2024年度第3四半期累計", None, None, "nine_months", D(2024, 4, 1), D(2024, 12, 31), "9M FY2024"),
    ("2024年前三季度", None, "zh", "nine_months", D(2024, 1, 1), D(2024, 9, 30), "9M FY2024"),
    ("the March quarter of FY2024-25", "IN", None, "quarter", D(2025, 1, 1), D(2025, 3, 31),
     "Q4 FY2024-25"),
    # the issue's languages
    ("Geschäftsjahr 2024", "calendar", None, "year", D(2024, 1, 1), D(2024, 12, 31), "CY2024"),
    ("exercice 2024/25", "UK-gov", None, "year", D(2024, 4, 1), D(2025, 3, 31), "2024-25"),
    ("ejercicio 2024", "calendar", None, "year", D(2024, 1, 1), D(2024, 12, 31), "CY2024"),
    ("esercizio 2024", "calendar", None, "year", D(2024, 1, 1), D(2024, 12, 31), "CY2024"),
    ("boekjaar 2024", "calendar", None, "year", D(2024, 1, 1), D(2024, 12, 31), "CY2024"),
    ("2024회계연도", None, "ko", "year", D(2024, 1, 1), D(2024, 12, 31), "FY2024"),
    ("2024财年", None, "zh", "year", D(2024, 1, 1), D(2024, 12, 31), "FY2024"),
    ("2024财政年度", None, "zh_CN", "year", D(2024, 1, 1), D(2024, 12, 31), "FY2024"),
    ("FY2024/25", None, "hi", "year", D(2024, 4, 1), D(2025, 3, 31), "FY2024-25"),
    ("tahun kewangan 2024", "calendar", "ms", "year", D(2024, 1, 1), D(2024, 12, 31), "CY2024"),
    ("FY2024/25", "IN", "ms", "year", D(2024, 4, 1), D(2025, 3, 31), "FY2024-25"),
]


@pytest.mark.parametrize(
    "text, cal, locale, kind, start, end, label", ISSUE_FORMS, ids=[c[0] for c in ISSUE_FORMS],
)
def test_issue_forms(text: str, cal: str | None, locale: str | None, kind: str, start: dt.date,
                     end: dt.date, label: str) -> None:
    p = parse_period(text, cal, locale)
    assert (p.kind, p.start, p.end, p.label) == (kind, start, end, label)


MOST_SPECIFIC = [
    ("9M FY2025 revenue was ¥5 trillion.", "¥5 trillion", "JP", "9M FY2025"),
    ("In fiscal 2024, fourth-quarter revenue was $1.3 billion.", "$1.3 billion", "MSFT", "Q4 FY2024"),
    ("Revenue in FY2024 was $10 billion, of which $3 billion came in the fourth quarter.",
     "$3 billion", "MSFT", "Q4 FY2024"),
    ("Revenue in FY2024 was $10 billion, of which $3 billion came in the fourth quarter.",
     "$10 billion", "MSFT", "FY2024"),
    ("Net income for the fiscal 2024 fourth quarter was $450 million.", "$450 million", "AAPL",
     "Q4 FY2024"),
    ("Operating profit for the nine months ended December 31, 2024 rose to €812 million.",
     "€812 million", None, "nine months ending Dec 2024"),
    ("Im Geschäftsjahr 2024 stieg der Umsatz im dritten Quartal auf 5,6 Mrd. Euro.", "5,6 Mrd. Euro",
     "calendar", "Q3 CY2024"),
]


@pytest.mark.parametrize("text, piece, cal, label", MOST_SPECIFIC, ids=range(len(MOST_SPECIFIC)))
def test_pin_takes_the_most_specific_period(text: str, piece: str, cal: str | None, label: str) -> None:
    i = text.index(piece)
    (m,) = pin(text, [Mention(piece, i, i + len(piece), Money("1", "USD"))], cal)
    assert m.period is not None and m.period.label == label


def test_pin_without_a_year_pins_nothing() -> None:
    text = "Fourth-quarter revenue was $1.3 billion."
    i = text.index("$")
    (m,) = pin(text, [Mention("$1.3 billion", i, i + 12, Money("1", "USD"))], "MSFT")
    assert m.period is None


def test_pin_scans_each_sentence_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Linear: one scan per window of adjacent sentences holding mentions, not
    one per mention (the old pinning compared every mention with every
    sentence); bench/bench_fiscal.py --pin measures the time."""
    import finnorm.fiscal.pinning as pinning

    calls: list[int] = []
    real = pinning.scan

    def counting(text: str, *a: object, **k: object) -> object:
        calls.append(len(text))
        return real(text, *a, **k)  # type: ignore[arg-type]

    monkeypatch.setattr(pinning, "scan", counting)
    sentence = "Revenue was $5.2 billion in FY2024, up from $4.8 billion in FY2023. "
    text = sentence * 500
    ms = []
    for k in range(500):
        for piece in ("$5.2 billion", "$4.8 billion"):
            i = text.index(piece, k * len(sentence))
            ms.append(Mention(piece, i, i + len(piece), Money("1", "USD")))
    out = pin(text, ms, "MSFT")
    assert [m.period.label for m in out[:2]] == ["FY2024", "FY2023"]  # type: ignore[union-attr]
    assert sum(calls) <= len(text) + 100 and len(calls) <= 2
