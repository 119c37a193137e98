"""The verdict rules: one function per kind of claim, each returning the verdict,
the reason and the two intervals compared.

Conversions (A → B): the implied rate interval [B_lo/A_hi, B_hi/A_lo] is met
by an ECB rate r of the window W0 (publication days in [published − 7,
published]) when [r(1−τ), r(1+τ)] meets it. In order:

* ``cannot_check``: no publication date, a figure the reader is unsure of,
  or no W0 day quoting both currencies;
* ``consistent``: some W0 rate fits;
* ``consistent_if``: a day of the wide window [published − 31, published]
  fits (``date:YYYY-MM-DD``, the latest), or a bare ``$``/``¥`` read as
  another dollar or JPY/CNY fits W0 (``currency:XXX``);
* ``gross``: the implied rate is 3× or more away from every W0 rate, or an
  explicitly written currency fits only as another member of its family;
* ``inconsistent`` otherwise.

Changes, differences and sums compare a computed interval with the stated one:
``consistent`` when they meet, ``consistent_if`` (``rounding:truncated``)
when they meet once the stated figure is read as truncated, ``gross`` when
the direction is opposite to the figures or the stated magnitude is 5× or
more away, else ``inconsistent``.

>>> from decimal import Decimal as D
>>> from .claim import Figure
>>> pct = Figure("12%", 0, 3, D(12), D(1))
>>> new = Figure("$5.6bn", 10, 16, D("5.6e9"), D("1e8"), "USD")
>>> old = Figure("$5.0bn", 22, 28, D("5.0e9"), D("1e8"), "USD")
>>> change(pct, +1, new, old)[:2]
('consistent', 'computed +9.9%..+14.14% ($5.6bn over $5.0bn); stated +11.5%..+12.5%')
>>> change(pct, -1, new, old)[0]
'gross'
"""
from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from decimal import Decimal, localcontext
from typing import Any

from .claim import Figure
from .interval import PREC, Interval
from .rates import rates_between
from .vocab import bare_readings, families

__all__ = ["change", "conversion", "difference", "total"]

Outcome = tuple[str, str, Interval | None, Interval | None]

_GROSS_RATE = Decimal(3)
_GROSS_STATED = Decimal(5)
_HUNDRED = Decimal(100)


# ---------------------------------------------------------------- formatting
def _sig(x: Decimal, digits: int = 4) -> str:
    """``x`` to ``digits`` significant digits, plain notation."""
    if x == 0:
        return "0"
    with localcontext() as ctx:
        ctx.prec = digits
        y = +x
    s = format(y, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def _pct(x: Decimal, places: int = 2) -> str:
    with localcontext() as ctx:
        ctx.prec = PREC
        v = x * _HUNDRED
    q = v.quantize(Decimal(1).scaleb(-places))
    s = format(q, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return ("+" if q > 0 else "") + s + "%"


def _pct_iv(iv: Interval) -> str:
    """``lo..hi`` in per cent, with enough decimals to tell the ends apart."""
    places = 2
    while places < 8 and iv.lo != iv.hi and _pct(iv.lo, places) == _pct(iv.hi, places):
        places += 1
    return f"{_pct(iv.lo, places)}..{_pct(iv.hi, places)}"


_SCALE_WORDS = ((Decimal("1e12"), "trillion"), (Decimal("1e9"), "billion"),
                (Decimal("1e6"), "million"))


def _money(x: Decimal, digits: int = 6) -> str:
    for size, word in _SCALE_WORDS:
        if abs(x) >= size:
            with localcontext() as ctx:
                ctx.prec = PREC
                v = x / size
            return f"{_sig(v, digits)} {word}"
    return _sig(x, max(digits, 8))


def _money_iv(iv: Interval) -> str:
    digits = 6
    while digits < 20 and iv.lo != iv.hi and _money(iv.lo, digits) == _money(iv.hi, digits):
        digits += 2
    return f"{_money(iv.lo, digits)}..{_money(iv.hi, digits)}"


def _days(days: Sequence[_dt.date]) -> str:
    if not days:
        return "-"
    a, b = days[0], days[-1]
    if a == b:
        return a.isoformat()
    tail = b.isoformat()[5:] if a.year == b.year else b.isoformat()
    return f"{a.isoformat()}..{tail}"


# ---------------------------------------------------------------- conversions
def _fits(r: Decimal, implied: Interval, tol: Decimal) -> bool:
    with localcontext() as ctx:
        ctx.prec = PREC
        return r * (1 - tol) <= implied.hi and r * (1 + tol) >= implied.lo


def _family(code: str) -> tuple[str, ...]:
    for members in families().values():
        if code in members:
            return members
    return ()


def _rate_text(implied: Interval, rates: Sequence[Decimal], a: str, b: str) -> tuple[str, str]:
    """Implied and reference rates as "X per Y" with values of 1 or more."""
    ref = rates[0] if rates else implied.mid
    if ref >= 1:
        lo, hi = implied.lo, implied.hi
        rs = list(rates)
        unit = f"{b} per {a}"
    else:
        with localcontext() as ctx:
            ctx.prec = PREC
            lo, hi = 1 / implied.hi, 1 / implied.lo
            rs = [1 / r for r in rates]
        unit = f"{a} per {b}"
    imp = f"implied {_sig(lo)}–{_sig(hi)} {unit}"
    if not rs:
        return imp, ""
    return imp, f"{_sig(min(rs))}–{_sig(max(rs))}" if min(rs) != max(rs) else _sig(rs[0])


def conversion(a: Figure, b: Figure, *, published: _dt.date | None, source: Any,
               tolerance: Decimal, window: int, wide: int) -> Outcome:
    """The verdict on "``a`` is ``b`` in another currency"."""
    if published is None:
        return ("cannot_check", "no publication date: give published= (--published DATE) "
                "to check a conversion against the rates of its day", None, None)
    for f in (a, b):
        if f.uncertain:
            return ("cannot_check", f"{f.text!r} is uncertain: {f.reason or 'reading rests on a guess'}",
                    None, None)
    ca, cb = a.currency or "", b.currency or ""
    if ca == cb:
        return ("cannot_check", f"both figures are in {ca}", None, None)
    ai, bi = a.interval, b.interval
    if ai.lo <= 0 or bi.lo < 0:
        return ("cannot_check", "a figure is too small to imply a rate", None, None)
    implied = bi / ai
    w0_start = published - _dt.timedelta(days=window)
    w0 = rates_between(source, w0_start, published, ca, cb)
    if not w0:
        return ("cannot_check", f"no ECB reference rate for {ca}/{cb} on any publication day in "
                f"{w0_start.isoformat()}..{published.isoformat()}", implied, None)
    days = [d for d, _ in w0]
    values = [r for _, r in w0]
    ref = Interval(min(values), max(values))
    imp_text, ref_text = _rate_text(implied, values, ca, cb)
    base = f"{imp_text}; ECB {_days(days)} {ref_text}"
    if any(_fits(r, implied, tolerance) for r in values):
        return ("consistent", base, implied, ref)
    # (a) a day of the wide window
    wide_start = published - _dt.timedelta(days=wide)
    for day, r in reversed(rates_between(source, wide_start, published, ca, cb)):
        if _fits(r, implied, tolerance):
            _, r_text = _rate_text(implied, [r], ca, cb)
            return ("consistent_if", f"{base}; fits ECB {day.isoformat()} {r_text}; "
                    f"date:{day.isoformat()}", implied, ref)
    # (b) a bare symbol read as another member of its family
    for f, other in ((a, b), (b, a)):
        if not f.bare:
            continue
        for alt in bare_readings().get(f.bare, ()):
            if alt == f.currency or alt == other.currency:
                continue
            if _alt_fits(f is a, alt, other.currency or "", implied, source, w0_start, published,
                         tolerance):
                return ("consistent_if", f"{base}; fits when {f.text!r} is {alt}; currency:{alt}",
                        implied, ref)
    # gross: a scale or digit-order error ...
    if all(implied.lo >= r * _GROSS_RATE or implied.hi * _GROSS_RATE <= r for r in values):
        with localcontext() as ctx:
            ctx.prec = PREC
            mid = values[len(values) // 2]
            factor = implied.mid / mid
            factor = factor if factor >= 1 else 1 / factor
        return ("gross", f"{base}; {_sig(factor, 2)}× off: scale or digits", implied, ref)
    # ... or a currency written explicitly that fits only as another member of its family
    for f, other in ((a, b), (b, a)):
        if f.inferred or not f.currency:
            continue
        for alt in _family(f.currency):
            if alt == f.currency or alt == other.currency:
                continue
            if _alt_fits(f is a, alt, other.currency or "", implied, source, w0_start, published,
                         tolerance):
                return ("gross", f"{base}; fits only when {f.text!r} is {alt}: currency error",
                        implied, ref)
    return ("inconsistent", base, implied, ref)


def _alt_fits(first: bool, alt: str, other: str, implied: Interval, source: Any,
              start: _dt.date, end: _dt.date, tolerance: Decimal) -> bool:
    base, quote = (alt, other) if first else (other, alt)
    return any(_fits(r, implied, tolerance) for _, r in rates_between(source, start, end, base, quote))


# ---------------------------------------------------------------- arithmetic
def _compare(computed: Interval, stated: Interval, truncated: Interval, sign: int) -> tuple[str, str]:
    """The outcome of a computed interval against a stated one (signed)."""
    if computed.meets(stated):
        return "consistent", ""
    if computed.meets(truncated):
        return "consistent_if", "rounding:truncated"
    if sign > 0 and computed.hi < 0:
        return "gross", "direction: the figures fell"
    if sign < 0 and computed.lo > 0:
        return "gross", "direction: the figures rose"
    cm, sm = computed.magnitude(), stated.magnitude()
    if sm.lo >= cm.hi * _GROSS_STATED or cm.lo >= sm.hi * _GROSS_STATED:
        return "gross", "5× or more off"
    return "inconsistent", ""


def _signed(iv: Interval, sign: int) -> Interval:
    return -iv if sign < 0 else iv


def change(pct: Figure, sign: int, new: Figure, old: Figure) -> Outcome:
    """The verdict on "``new`` is ``pct`` % (signed) above ``old``"."""
    for f in (pct, new, old):
        if f.uncertain:
            return ("cannot_check", f"{f.text!r} is uncertain: {f.reason or 'reading rests on a guess'}",
                    None, None)
    ni, oi = new.interval, old.interval
    if oi.lo <= 0 or ni.lo < 0:
        return ("cannot_check", "the earlier figure is too small for a percentage", None, None)
    with localcontext() as ctx:
        ctx.prec = PREC
        computed = (ni / oi).shift(Decimal(-1))
        stated = _signed(pct.interval.scale(1 / _HUNDRED), sign)
        trunc = _signed(Interval.truncated(pct.value, pct.unit).scale(1 / _HUNDRED), sign)
    verdict, why = _compare(computed, stated, trunc, sign)
    reason = (f"computed {_pct_iv(computed)} ({new.text} over {old.text}); "
              f"stated {_pct_iv(stated)}")
    return verdict, reason + (f"; {why}" if why else ""), computed, stated


def difference(diff: Figure, sign: int, new: Figure, old: Figure) -> Outcome:
    """The verdict on "``new`` is ``diff`` (signed) more than ``old``"."""
    for f in (diff, new, old):
        if f.uncertain:
            return ("cannot_check", f"{f.text!r} is uncertain: {f.reason or 'reading rests on a guess'}",
                    None, None)
    computed = new.interval - old.interval
    stated = _signed(diff.interval, sign)
    trunc = _signed(Interval.truncated(diff.value, diff.unit), sign)
    verdict, why = _compare(computed, stated, trunc, sign)
    reason = (f"computed {_money_iv(computed)} {new.currency} ({new.text} minus {old.text}); "
              f"stated {_money_iv(stated)}")
    return verdict, reason + (f"; {why}" if why else ""), computed, stated


def total(parts: Sequence[Figure], tot: Figure) -> Outcome:
    """The verdict on "the ``parts`` add up to ``tot``"."""
    for f in (*parts, tot):
        if f.uncertain:
            return ("cannot_check", f"{f.text!r} is uncertain: {f.reason or 'reading rests on a guess'}",
                    None, None)
    computed = Interval.point(Decimal(0))
    for p in parts:
        computed = computed + p.interval
    stated = tot.interval
    trunc = Interval.truncated(tot.value, tot.unit)
    verdict, why = _compare(computed, stated, trunc, 0)
    reason = (f"computed {_money_iv(computed)} {tot.currency} (sum of "
              f"{' + '.join(p.text for p in parts)}); stated {_money_iv(stated)}")
    return verdict, reason + (f"; {why}" if why else ""), computed, stated
