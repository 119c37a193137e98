"""Printed figures and the interval each allows: money mentions from the
reader, percentages, and scaled numbers written without a currency.

The worth of a figure's last printed digit is read from the digits as printed:
"A$7.1 billion" is 7.1 × 10⁹ and its digits "71" are 71 × 10⁸, so its last
digit is worth 10⁸; "4兆6000億円" is 46000 × 10⁸. A figure written in words
("five million") counts its last non-zero digit.

>>> from finnorm.api import extract
>>> m = extract("a loss of A$7.1 billion")[0]
>>> f = money_figure(m)
>>> f.value, f.unit, f.currency, f.bare
(Decimal('7100000000'), Decimal('1E+8'), 'AUD', None)
>>> money_figure(extract("4兆6000億円")[0]).unit
Decimal('1E+8')
>>> [(p.text, p.value, p.unit) for p in percents("rose 8.2 per cent and 12%", vocab("en"), ".")]
[('8.2 per cent', Decimal('8.2'), Decimal('0.1')), ('12%', Decimal('12'), Decimal('1'))]
>>> [(n.text, n.value) for n in scaled_numbers("from 5.0 billion", 0, 16, "en", ())]
[('5.0 billion', Decimal('5.0E+9'))]
"""
from __future__ import annotations

import itertools
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from functools import cache

from ..errors import ParseError
from ..model import Mention, Money
from ..numbers import read_number
from .claim import Figure
from .interval import unit_of
from .vocab import Vocab, bare_readings, vocab

__all__ = ["money_figure", "percents", "scaled_numbers", "shared_unit", "split_range",
           "unit_from_digits"]

_DIGITS = re.compile(r"\d")


def _num(tag: str = "") -> str:
    """A numeral with an optional sign, as groups ``sign{tag}`` and ``num{tag}``."""
    return (rf"(?<![0-9０-９A-Za-z_.,])(?P<sign{tag}>[+\-−–]?)(?P<num{tag}>\d{{1,3}}"
            rf"(?:[,.\u00a0\u202f' ]\d{{3}})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)")


def _digits(text: str) -> str:
    out = []
    for ch in text:
        if ch.isdigit():
            d = unicodedata.digit(ch, None)
            if d is not None:
                out.append(str(d))
    return "".join(out)


def unit_from_digits(text: str, amount: Decimal) -> Decimal:
    """Worth of the last printed digit of ``amount`` as written in ``text``.

    >>> unit_from_digits("$600 million", Decimal("600000000"))
    Decimal('1E+6')
    >>> unit_from_digits("Rs 512.30 crore", Decimal("5123000000"))
    Decimal('1E+5')
    >>> unit_from_digits("five million", Decimal("5000000"))
    Decimal('1E+6')
    """
    amount = abs(amount)
    if amount == 0:
        return Decimal(1)
    digits = _digits(text).lstrip("0")
    if digits:
        try:
            ratio = amount / Decimal(digits)
        except (InvalidOperation, ArithmeticError):  # pragma: no cover - digits are digits
            ratio = Decimal(0)
        if ratio > 0:
            exp = ratio.normalize().as_tuple()
            if exp.digits == (1,) and isinstance(exp.exponent, int):
                return Decimal(1).scaleb(exp.exponent)
    # no digits, or digits that do not make the amount (words, "2ドル3セント"):
    # the last non-zero digit of the amount
    last = amount.normalize().as_tuple().exponent
    return Decimal(1).scaleb(last if isinstance(last, int) else 0)


def _bare_symbol(m: Mention) -> str | None:
    """The bare symbol family ("$", "¥") when the locale chose the currency."""
    if not m.inferred:
        return None
    readings = bare_readings()
    for sym, codes in readings.items():
        if m.money.currency in codes and len(set(codes) & set((*m.candidates, m.money.currency))) > 1:
            return "¥" if sym == "￥" else sym
    return None


def money_figure(m: Mention, *, text: str | None = None, start: int | None = None,
                 end: int | None = None, money: Money | None = None) -> Figure:
    """A :class:`Figure` for a reader's mention (or for part of one: a range's end)."""
    money = money or m.money
    t = m.text if text is None else text
    return Figure(
        text=t,
        start=m.start if start is None else start,
        end=m.end if end is None else end,
        value=abs(money.amount),
        unit=unit_from_digits(t, money.amount),
        currency=money.currency,
        per=money.per,
        bare=_bare_symbol(m),
        inferred=m.inferred,
        uncertain=m.uncertain,
        reason=m.reason,
        mention=m,
    )


def split_range(text: str, m: Mention, v: Vocab) -> tuple[Figure, Figure] | None:
    """The two figures of a reader's range that is a change, not a range: "from X
    to Y", or "X to Y" right after a verb of change ("decreased $98,000 to $2.5m").

    >>> from finnorm.model import Mention, Money
    >>> t = "revenue rose from $5.0 billion to $5.6 billion"
    >>> m = Mention("from $5.0 billion to $5.6 billion", 13, 46, Money("5.0e9", "USD"),
    ...             upper=Money("5.6e9", "USD"))
    >>> lo, hi = split_range(t, m, vocab("en"))
    >>> (lo.text, lo.start, lo.end, lo.value), (hi.text, hi.value, hi.unit)
    (('$5.0 billion', 18, 30, Decimal('5.0E+9')), ('$5.6 billion', Decimal('5.6E+9'), Decimal('1E+8')))
    >>> split_range("It will cost $5 billion to $6 billion.", Mention("$5 billion to $6 billion", 13, 37,
    ...             Money("5e9", "USD"), upper=Money("6e9", "USD")), vocab("en")) is None
    True
    """
    if m.upper is None:
        return None
    before = text[max(0, m.start - 30): m.start]
    lead = None
    for lead in v.finditer("from", m.text):
        break
    starts_with_from = lead is not None and lead.start() == 0
    if not starts_with_from:
        tail = [x for x in v.finditer(("from", "up", "down"), before)]
        if not tail or len(before[tail[-1].end():].split()) > 1 or \
                re.search(r"[\d;.,]", before[tail[-1].end():]):
            return None
    nums = [x for x in _DIGITS.finditer(m.text)]
    if not nums:
        return None
    cut = None
    for conn in v.finditer("to", m.text):
        if conn.start() > nums[0].start() and _DIGITS.search(m.text, conn.end()):
            cut = conn
            break
    if cut is None:
        return None
    lo_start = lead.end() if starts_with_from and lead is not None else 0
    lo_text = m.text[lo_start: cut.start()]
    hi_text = m.text[cut.end():]
    ls = lo_start + (len(lo_text) - len(lo_text.lstrip()))
    lo_text = lo_text.strip()
    hs = cut.end() + (len(hi_text) - len(hi_text.lstrip()))
    hi_text = hi_text.strip()
    if not lo_text or not hi_text or not _DIGITS.search(lo_text):
        return None
    lo = money_figure(m, text=lo_text, start=m.start + ls, end=m.start + ls + len(lo_text),
                      money=m.money)
    hi = money_figure(m, text=hi_text, start=m.start + hs, end=m.start + hs + len(hi_text),
                      money=m.upper)
    return lo, hi


@cache
def _percent_re(lang: str) -> re.Pattern[str]:
    v = vocab(lang)
    after = v.pattern("percent").pattern
    before = v.pattern("percent_before").pattern
    return re.compile(rf"(?:(?P<pre>{before})[ \u00a0]?{_num()}|{_num('2')}[ \u00a0]?(?P<post>{after}))",
                      re.IGNORECASE)


def percents(text: str, v: Vocab, decimal: str | None) -> list[Figure]:
    """Every percentage written in ``text`` (not "percentage points"), as magnitudes;
    a written sign stays in the figure's ``text``."""
    out: list[Figure] = []
    points = v.pattern("points")
    text_n = text.translate(_FULLWIDTH)
    for m in _percent_re(v.lang).finditer(text_n):
        tag = "" if m.group("pre") else "2"
        raw = m.group("num" + tag)
        nxt = points.match(text_n, m.end()) or points.match(text_n, m.end() + 1)
        if nxt is not None and not text_n[m.end(): nxt.start()].strip():
            continue
        try:
            value = abs(read_number(raw, decimal=decimal).value)
        except ParseError:
            continue
        start = m.start() if tag == "" else m.start("sign2") if m.group("sign2") else m.start("num2")
        out.append(Figure(text=text[start: m.end()], start=start, end=m.end(), value=value,
                          unit=unit_of(value)))
    return out


_FULLWIDTH = str.maketrans("０１２３４５６７８９．，％", "0123456789.,%")


_SCALED = re.compile(rf"{_num()}[ \u00a0]?(?P<scale>[^\W\d_]+\.?)")


def scaled_numbers(text: str, start: int, end: int, lang: str,
                   covered: Iterable[tuple[int, int]], decimal: str | None = None) -> list[Figure]:
    """Numbers with a scale word and no currency ("5.0 billion", "2,37 Mrd.") in
    ``text[start:end]`` outside the ``covered`` spans; their currency is unknown.
    The scale words are the reader's (:func:`finnorm.lexicon.lexicon`)."""
    from ..lexicon import lexicon

    lex = lexicon(lang)
    spans = sorted(covered)
    firsts = [a for a, _ in spans]
    ends = list(itertools.accumulate((b for _, b in spans), max))
    out: list[Figure] = []
    for m in _SCALED.finditer(text, start, end):
        if m.group("sign"):
            continue
        k = bisect_left(firsts, m.end())
        if k and ends[k - 1] > m.start():  # overlaps a span starting before its end
            continue
        word = m.group("scale")
        power = lex.scale(word)
        if power is None and word.endswith("."):
            power = lex.scale(word[:-1])
            if power is None:
                continue
        elif power is None:
            continue
        try:
            num = read_number(m.group("num"), decimal=decimal, prefer=".").value
        except ParseError:
            continue
        if not num.is_finite():
            continue
        out.append(Figure(text=m.group(), start=m.start(), end=m.end(), value=num.scaleb(power),
                          unit=unit_of(num).scaleb(power), inherited=True))
    return out


_PLAIN = re.compile(_num())


def shared_unit(text: str, start: int, end: int, like: Figure, decimal: str | None) -> Figure | None:
    """The number in ``text[start:end]`` read in the scale and currency of ``like``:
    "von 5,0 auf 5,6 Milliarden Euro", "from 5.0 to 5.6 billion dollars".

    >>> from finnorm.api import extract
    >>> t = "Der Umsatz stieg von 5,0 auf 5,6 Milliarden Euro."
    >>> y = money_figure(extract(t, locale="de")[0])
    >>> f = shared_unit(t, t.index("5,0"), t.index(" auf"), y, ",")
    >>> f.text, f.value, f.unit, f.currency
    ('5,0', Decimal('5.0E+9'), Decimal('1E+8'), 'EUR')
    """
    m = _PLAIN.search(text, start, end)
    own = _PLAIN.search(like.text)
    if m is None or own is None or m.group("sign"):
        return None
    try:
        x = read_number(m.group("num"), decimal=decimal).value
        y = read_number(own.group("num"), decimal=decimal).value
    except ParseError:
        return None
    if y == 0 or not x.is_finite():
        return None
    scale = like.value / y
    exp = scale.normalize().as_tuple()
    if exp.digits != (1,) or not isinstance(exp.exponent, int):
        return None  # the other figure's scale is not a power of ten: no shared unit
    power = exp.exponent
    return Figure(text=m.group(), start=m.start(), end=m.end(), value=x.scaleb(power),
                  unit=unit_of(x).scaleb(power), currency=like.currency, per=like.per,
                  inferred=True, inherited=True,
                  reason=f"scale and currency not written: those of {like.text!r}")
