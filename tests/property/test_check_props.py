"""Properties of finnorm.check: interval arithmetic and hostile text."""
from __future__ import annotations

from decimal import Decimal, localcontext

from hypothesis import given, settings
from hypothesis import strategies as st

from finnorm import check
from finnorm.claims.interval import Interval, unit_of

decimals = st.decimals(min_value=Decimal("-1e12"), max_value=Decimal("1e12"), places=3,
                       allow_nan=False, allow_infinity=False)
positive = st.decimals(min_value=Decimal("0.001"), max_value=Decimal("1e12"), places=3,
                       allow_nan=False, allow_infinity=False)
units = st.sampled_from([Decimal("0.01"), Decimal("0.1"), Decimal(1), Decimal("1e6"), Decimal("1e8")])


@st.composite
def intervals(draw: st.DrawFn, values: st.SearchStrategy[Decimal] = decimals) -> Interval:
    a, b = draw(values), draw(values)
    return Interval(min(a, b), max(a, b))


@given(decimals, units)
def test_printed_interval_contains_the_figure_and_is_one_unit_wide(v: Decimal, u: Decimal) -> None:
    iv = Interval.printed(v, u)
    assert v in iv and iv.hi - iv.lo == u
    t = Interval.truncated(v, u)
    assert v in t and t.hi - t.lo == u


@given(intervals(), intervals(), decimals, decimals)
def test_sum_and_difference_contain_every_pointwise_result(a: Interval, b: Interval, x: Decimal,
                                                           y: Decimal) -> None:
    x = min(max(x, a.lo), a.hi)
    y = min(max(y, b.lo), b.hi)
    assert x + y in a + b
    assert x - y in a - b
    assert (a - b) == a + (-b)


@given(intervals(positive), intervals(positive))
def test_quotient_contains_every_pointwise_quotient(a: Interval, b: Interval) -> None:
    q = a / b
    for x in (a.lo, a.mid, a.hi):
        for y in (b.lo, b.mid, b.hi):
            with localcontext() as ctx:  # the exact quotient, to more digits than the interval keeps
                ctx.prec = 80
                exact = x / y
            assert q.lo <= exact <= q.hi


@given(intervals(), intervals())
def test_meets_is_symmetric_and_magnitude_is_nonnegative(a: Interval, b: Interval) -> None:
    assert a.meets(b) == b.meets(a)
    assert a.magnitude().lo >= 0 and a.magnitude().hi == max(abs(a.lo), abs(a.hi))


@given(st.decimals(allow_nan=False, allow_infinity=False))
def test_unit_of_is_a_power_of_ten(d: Decimal) -> None:
    u = unit_of(d)
    assert u > 0 and u.normalize().as_tuple().digits == (1,)


pieces = st.sampled_from(["$5.6bn", "(", ")", " rose ", " fell ", "12%", " to ", " from ", "¥100 billion",
                          "A$7.1 billion", " together ", " and ", ",", ".", "\n", " or about ", "億円",
                          "約", "Prozent", " auf ", "Mrd.", "1,234.5", "-", "+", "€3,2 Mrd.", " total ",
                          " deficit of ", " exports of ", " imports of ", " respectively", "2024"])


@settings(max_examples=150, deadline=None)
@given(st.lists(pieces, max_size=25), st.sampled_from([None, "en_AU", "de", "ja_JP"]))
def test_check_never_raises_on_figure_soup(parts: list[str], locale: str | None) -> None:
    for c in check("".join(parts), published="2024-05-02", locale=locale):
        assert c.verdict in ("consistent", "consistent_if", "inconsistent", "gross", "cannot_check")
        assert all(f.text for f in c.figures)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_check_never_raises_on_any_text(text: str) -> None:
    check(text, published="2024-05-02")
