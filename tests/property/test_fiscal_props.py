"""Properties of fiscal calendars, for every built-in calendar and for
arbitrary user-defined ones.

* every date falls in exactly one year, one half and one quarter, and these nest;
* quarters tile their year without gap or overlap; halves are quarters 1-2 and 3-4;
* ``cal.parse(p.label) == p`` for every period ``p``; ``cal.year(p.year)`` is ``p``'s year.
"""
from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from finnorm.fiscal import Calendar, calendar, calendars

DAYS = st.dates(min_value=dt.date(1901, 1, 1), max_value=dt.date(2199, 12, 31))
BUILTIN = st.sampled_from([c.name for c in calendars()]).map(calendar)
LABELS = {
    "start": ["FY{start}", "{start}-{end2}", "FY{start}-{end2}", "Financial Year {start}"],
    "end": ["FY{end}", "{start}-{end2}", "FY{start}-{end2}", "Tax Year {end}"],
}


@st.composite
def _user_calendars(draw: st.DrawFn, weekly: bool) -> Calendar:
    number = draw(st.sampled_from(["start", "end"]))
    if weekly:
        kwargs: dict[str, object] = {
            "weekday": draw(st.integers(0, 6)),
            "end_month": draw(st.integers(1, 12)),
            "rule": draw(st.sampled_from(["last", "nearest"])),
            "extra_week": draw(st.integers(1, 4)),
        }
        straddles = kwargs["end_month"] != 12
    else:
        kwargs = {"start_month": draw(st.integers(1, 12)), "start_day": draw(st.integers(1, 28))}
        straddles = (kwargs["start_month"], kwargs["start_day"]) != (1, 1)
    labels = LABELS[number] if straddles else ["FY{start}", "Financial Year {start}"]
    label = draw(st.sampled_from(labels))
    return Calendar("user", number=number, label=label, **kwargs)  # type: ignore[arg-type]


MONTHLY = _user_calendars(weekly=False)
WEEKLY = _user_calendars(weekly=True)
CALENDARS = st.one_of(BUILTIN, MONTHLY, WEEKLY)
ONE = dt.timedelta(days=1)


@settings(max_examples=400, deadline=None)
@given(CALENDARS, DAYS)
def test_every_day_in_exactly_one_year_half_quarter(cal: Calendar, day: dt.date) -> None:
    y, h, q = cal.year_of(day), cal.half_of(day), cal.quarter_of(day)
    for p in (y, h, q):
        assert p.start <= day <= p.end and p.contains(day)
        assert p.calendar == cal.name
    # exactly one: the neighbouring periods do not hold the day
    assert cal.year(y.year - 1).end < day < cal.year(y.year + 1).start
    assert cal.year(y.year - 1).end + ONE == y.start and y.end + ONE == cal.year(y.year + 1).start
    # nesting
    assert y.start <= h.start <= q.start <= q.end <= h.end <= y.end
    assert h.year == q.year == y.year
    assert h.number == (1 if (q.number or 0) <= 2 else 2)
    assert cal.year_quarter(day) == (y.year, q.number)
    assert y.days in ((364, 371) if cal.weekly else (365, 366))


@settings(max_examples=300, deadline=None)
@given(CALENDARS, st.integers(1902, 2198))
def test_quarters_tile_the_year(cal: Calendar, number: int) -> None:
    y = cal.year(number)
    qs = [cal.quarter(number, n) for n in (1, 2, 3, 4)]
    hs = [cal.half(number, n) for n in (1, 2)]
    assert qs[0].start == y.start and qs[-1].end == y.end
    for a, b in itertools.pairwise(qs):
        assert a.end + ONE == b.start and a < b
    assert (hs[0].start, hs[0].end) == (qs[0].start, qs[1].end)
    assert (hs[1].start, hs[1].end) == (qs[2].start, qs[3].end)
    if cal.weekly:
        weeks = [q.days // 7 for q in qs]
        assert all(q.days % 7 == 0 for q in qs)
        assert sorted(weeks) in ([13, 13, 13, 13], [13, 13, 13, 14])
        if y.days == 371:
            assert weeks[cal.extra_week - 1] == 14


@settings(max_examples=400, deadline=None)
@given(CALENDARS, DAYS, st.sampled_from(["year", "half", "quarter"]))
def test_label_round_trip(cal: Calendar, day: dt.date, kind: str) -> None:
    p = cal.period_of(day, kind)
    back = cal.parse(p.label)
    assert back == p
    assert back.label == p.label and back.year == p.year and back.number == p.number
    assert cal.year(p.year).contains(day)


@settings(max_examples=200, deadline=None)
@given(BUILTIN, DAYS)
def test_builtin_periods_are_cached_values(cal: Calendar, day: dt.date) -> None:
    a, b = cal.quarter_of(day), cal.quarter_of(day)
    assert a == b and hash(a) == hash(b)


PERIODISH = st.lists(
    st.sampled_from([
        "FY", "FY24", "Q3 ", "2024", "-25", "/", "fiscal ", "year ", "ended ", "March ", "31, ",
        "to ", "April ", "(", ")", "年度", "令和", "6", "年", "3月期", "H1 ", "Japanese ", "tax year ",
        "the ", ", ", ". ", "¥1 billion ", "a year earlier ", "\n", "２０２４",
    ]),
    max_size=14,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(PERIODISH, st.text(max_size=80)), st.sampled_from([None, "JP", "AAPL", "IN", "KR"]))
def test_reading_text_never_raises(text: str, cal: str | None) -> None:
    from finnorm.fiscal import find_periods, pin
    from finnorm.model import Mention, Money

    found = find_periods(text, cal)
    for m in found:
        assert text[m.start:m.end] == m.text
        assert m.period is not None or m.candidates
    mentions = [Mention(text[i:i + 1], i, i + 1, Money("1", "JPY")) for i in range(0, len(text), 7)]
    assert len(pin(text, mentions, cal)) == len(mentions)


# ------------------------------------------------------------- "ended" phrases
UNITS = st.sampled_from([("year", 12), ("fiscal year", 12), ("twelve months", 12),
                         ("quarter", 3), ("three months", 3), ("six months", 6),
                         ("half-year", 6), ("nine months", 9), ("9 months", 9)])
CONNECTORS = st.sampled_from(["ended", "ending", "to", "through"])
FORMATS = st.sampled_from(["{d:%B} {d.day}, {d.year}", "{d.day} {d:%B} {d.year}",
                           "{d:%b}. {d.day}, {d.year}", "{d.isoformat()}"])
SPAN_DAYS = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31))


@settings(max_examples=600, deadline=None)
@given(UNITS, CONNECTORS, FORMATS, SPAN_DAYS)
def test_an_ended_period_is_the_months_that_end_there(unit: tuple[str, int], conn: str, fmt: str,
                                                      end: dt.date) -> None:
    """N months ending on D start on D + 1 day - N months (dateutil's relativedelta),
    whatever the day, the words and the date format."""
    from dateutil.relativedelta import relativedelta

    from finnorm.fiscal import parse_period

    words, months = unit
    date_text = fmt.format(d=end) if "isoformat" not in fmt else end.isoformat()
    p = parse_period(f"the {words} {conn} {date_text}")
    assert (p.start, p.end) == (end + ONE - relativedelta(months=months), end)
    assert p.kind == {12: "year", 9: "nine_months", 6: "half", 3: "quarter"}[months]


@settings(max_examples=300, deadline=None)
@given(CALENDARS, DAYS)
def test_nine_months_are_the_first_three_quarters(cal: Calendar, day: dt.date) -> None:
    n, _ = cal.year_quarter(day)
    nine = cal.nine_months(n)
    assert nine.start == cal.quarter(n, 1).start and nine.end == cal.quarter(n, 3).end
    assert cal.cumulative(n, 3) == nine and cal.cumulative(n, 4) == cal.year(n)
    assert cal.parse(nine.label) == nine
