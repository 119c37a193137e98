"""Tokens -> Mentions: number x scale, sign, currency by evidence, ranges,
minor units, qualifiers and unit prices.

All arithmetic happens here, in Decimal. The currency of an ambiguous cue
("$", "¥", "kr", "dollars") is chosen by evidence: the locale's territory, then
the language's habit, then the cue's most common meaning; such a mention is
marked ``inferred`` and carries the other ``candidates``.

>>> [(m.text, str(m.money)) for m in resolve("a net loss of ¥670.9 billion (A$7.1 billion)")]
[('¥670.9 billion', '670900000000 JPY'), ('A$7.1 billion', '7100000000 AUD')]
>>> m = resolve("($12.3 million)")[0]
>>> m.money.amount, m.money.currency, m.inferred
(Decimal('-12300000'), 'USD', True)
>>> m = resolve("$5-6 billion")[0]
>>> m.money.amount, m.upper.amount
(Decimal('5000000000'), Decimal('6000000000'))
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from . import data
from .errors import FinnormError
from .model import Mention, Money
from .numbers import read_number
from .scan import Scanner, Tok, lang_of, scanner

__all__ = ["choose_currency", "resolve"]

_TEN = Decimal(10)


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    num: Tok
    value: Decimal
    scaled: bool = False
    cur: Tok | None = None
    cur_left: bool = False
    negative: bool = False
    qualifier: str | None = None
    per: str | None = None
    minor_factor: Decimal | None = None
    minor_cur: str | None = None
    grand: bool = False
    lead: bool = False
    left_start: int = 0
    power: int = 0  # the scale applied, as a power of ten
    minor_text: str = ""  # the coin word, as written
    qual_end: int = 0  # end of a hedge written after the amount ("以上")


@lru_cache(maxsize=4096)
def choose_currency(cands: tuple[str, ...], cue: str, locale: str | None) -> tuple[str, bool]:
    """Pick one code among a cue's candidates; returns (code, inferred).

    >>> choose_currency(("USD", "AUD", "CAD"), "$", "en_AU")
    ('AUD', True)
    >>> choose_currency(("JPY", "CNY"), "¥", "zh")
    ('CNY', True)
    >>> choose_currency(("JPY",), "円", None)
    ('JPY', False)
    """
    if len(cands) == 1:
        return cands[0], False
    if locale:
        loc = locale.replace("-", "_")
        parts = loc.split("_")
        lang = parts[0].lower()
        terr = next((p.upper() for p in parts[1:] if len(p) == 2 and p.isalpha()), None)
        if terr is None:
            terr = data.lang_territory(lang)
        if terr:
            tc = data.territory_currency(terr)
            if tc in cands:
                return tc, True
        pick = data.lang_defaults(lang).get(cue)
        if pick in cands:
            return pick, True
    return cands[0], True


def _locale_currency(locale: str | None) -> str | None:
    if not locale:
        return None
    parts = locale.replace("-", "_").split("_")
    terr = next((p.upper() for p in parts[1:] if len(p) == 2 and p.isalpha()), None)
    terr = terr or data.lang_territory(parts[0])
    return data.territory_currency(terr) if terr else None


def _value(num: Tok, sc: Scanner, locale: str | None, scaled: bool, cur: Tok | None,
           cur_left_symbol: bool = False) -> Decimal:
    if num.kind != "digits":
        return Decimal(num.value)
    n = read_number(num.text)
    if n.alternative is None:
        return n.value
    body = num.text.rstrip("-–").rstrip(",.")  # "1.198,-": the ",-" is no separator
    sep = "," if "," in body else "."
    dec_sym = data.decimal_symbol(locale)
    if dec_sym is not None and not (cur_left_symbol and sep == ","):
        # the locale decides, unless a prefixed symbol shows English-style
        # writing in a comma-decimal locale ("$10,000" in Russian text)
        want_decimal = sep == dec_sym
    elif scaled:
        want_decimal = sep == "."
    else:
        minor = 2
        if cur is not None and len(cur.value) == 1:
            minor = data.minor_units().get(cur.value[0], 2)
        want_decimal = minor >= 3 and sep == "."
    as_dec = n.value if sep == "." else n.alternative
    as_grp = n.alternative if sep == "." else n.value
    return as_dec if want_decimal else as_grp


def _candidate(text: str, num: Tok, sc: Scanner, locale: str | None, floor: int,
               money_end: int = -1) -> _Cand:
    right = sc.right(text, num.end)
    if num.kind == "article":
        # "a dollar", "einen Euro": an article counts only before a currency word
        # or a coin word, never before a symbol ("A$7.1 billion")
        first = right[0] if right else None
        if (first is None or first.start == num.end or not first.text[:1].isalpha()
                or (first.kind == "cur" and " ".join(first.text.lower().split()) not in sc.names)
                or first.kind not in ("cur", "minor", "scale")):
            right = []
    elif right and right[-1].kind == "cur" and not right[-1].text[:1].isalpha():
        # "1 $10 dollars": a symbol glued to the next numeral belongs to it
        after = right[-1].end
        if after < len(text) and text[after].isdigit() and right[-1].start > num.end:
            right = [t for t in right if t.kind == "scale"]
    c = _Cand(num.start, num.end, num, Decimal(0), left_start=num.start)
    if num.kind == "word" and num.text.lower().rsplit(None, 1)[-1] == "grand":
        c.grand = True  # "a grand", "ten grand": thousands of the local currency
    power = 0
    end = num.end
    for t in right:
        if t.kind == "scale":
            if num.kind == "article" and t.text.lower() != "grand":
                break
            if t.text.lower() == "grand":
                c.grand = True
            power += t.value
            c.scaled = True
            end = t.end
        elif t.kind == "cur":
            c.cur = t
            end = t.end
        elif t.kind == "minor":
            # a one-character CJK coin word (角, 分) glued to more ideographs is a
            # word of its own ("五角大楼", the Pentagon), unless it is "…角钱"
            nxt_ch = text[t.end : t.end + 1]
            if len(t.text) == 1 and nxt_ch and _ideograph(nxt_ch) and nxt_ch not in _MINOR_OK_NEXT:
                break
            c.minor_factor, c.minor_cur = t.value
            c.minor_text = t.text
            end = t.end
    left = sc.left(text, num.start) if num.kind != "article" else []
    start = num.start
    for t in left:
        if t.start < floor:
            break
        if t.kind == "cur":
            if c.cur is not None:
                # "USD 10 EUR 20": a cue followed by another numeral belongs to that one
                nxt = text[c.cur.end : c.cur.end + 4].lstrip(" \u00a0")
                if nxt[:1].isdigit():
                    c.cur = None
                    end = max(t2.end for t2 in right if t2.kind == "scale") if c.scaled else num.end
            if c.cur is None:
                c.cur = t
            else:
                # both sides name a currency: "$ 10 dollars" agrees (keep what both
                # allow); "A$7.1 billion eur" does not (the prefix wins and the
                # suffix is left for whatever follows)
                both = tuple(x for x in t.value if x in c.cur.value)
                if both:
                    c.cur = t._replace(value=both)
                else:
                    end = max([u.end for u in right if u.kind == "scale"] or [num.end])
                    c.cur = t
            c.cur_left = True
            start = t.start
        elif t.kind == "sign":
            # "-15€", "-$5" are negative; "5-6" and "FY-5" are not
            cue_glued = any(u.kind == "cur" and u.end == t.start for u in left)
            if t.start == money_end:  # "10$-20$": a dash right after an amount joins a range
                continue
            if t.start == 0 or not text[t.start - 1].isalnum() or cue_glued:
                c.negative = True
                start = t.start
        elif t.kind == "lparen":
            # accounting brackets "($12.3 million)" are negative; a bracket right
            # after another amount is a conversion: "¥100 billion ($1.08 billion)"
            before = text[max(0, t.start - 40) : t.start].rstrip()
            close = sc.rparen(text, end)
            last_word = before.rsplit(None, 1)[-1].lower() if before else ""
            apposition = (
                t.start == _after_spaces(text, money_end)  # right after another amount
                or (before and (before[-1].isdigit() or before[-1] == "%"))
                or last_word in sc.scales or last_word in sc.names  # "1.6 billion ($2.5 billion)"
            )
            if close is not None and not apposition:
                c.negative = True
                start = t.start
                end = close
        elif t.kind == "neg":
            c.negative = True
            start = t.start
        elif t.kind == "qual":
            c.qualifier = t.value
            start = t.start
        elif t.kind == "lead":
            c.lead = True
            c.left_start = t.start
    c.start = start
    if not c.lead:
        c.left_start = start
    c.end = end
    value = _value(num, sc, locale, c.scaled, c.cur,
                   c.cur_left and c.cur is not None and not c.cur.text[:1].isalpha())
    if power:
        value = value.scaleb(power)
    c.value = value
    c.power = power
    if c.cur is not None or c.minor_factor is not None or c.grand:
        per = sc.per(text, c.end)
        if per is not None:
            c.per = per.value
            c.end = per.end
        qa = sc.qual_after(text, c.end)
        if qa is not None:
            c.qualifier = c.qualifier or qa.value
            c.qual_end = qa.end
    return c


def _money_of(c: _Cand, locale: str | None, near: str | None) -> tuple[Money, bool, tuple[str, ...]] | None:
    """The Money of a candidate, or None when it names no currency."""
    value = c.value
    if c.cur is not None:
        code, inferred = choose_currency(c.cur.value, c.cur.text, locale)
        cands = c.cur.value if inferred else ()
    elif c.minor_factor is not None:
        value = value * c.minor_factor
        code = c.minor_cur or near or _locale_currency(locale) or "USD"
        inferred = c.minor_cur is None
        cands = ()
    elif c.grand:
        code = _locale_currency(locale) or "USD"
        inferred, cands = True, ()
    else:
        return None
    if c.negative:
        value = -value
    if value == 0 and value.is_signed():
        value = Decimal(0)
    return Money(_normalize(value), code, c.per), inferred, cands


def _normalize(d: Decimal) -> Decimal:
    """Write out an exponent left by scaling (6.709E+11 -> 670900000000); keep the
    fraction digits as written otherwise (179,00 -> 179.00)."""
    if d.as_tuple().exponent > 0:  # type: ignore[operator]
        return d.quantize(Decimal(1))
    return d


def resolve(text: str, locale: str | None = None) -> list[Mention]:
    """Every money mention in ``text``, in order."""
    sc = scanner(lang_of(locale))
    nums = sc.numerals(text)
    cands: list[_Cand] = []
    floor = 0
    money_end = -1
    for num in nums:
        if num.start < floor:
            continue
        c = _candidate(text, num, sc, locale, floor, money_end)
        cands.append(c)
        if c.cur is not None or c.minor_factor is not None or c.grand:
            floor = money_end = c.end
    return _assemble(text, cands, sc, locale)


def _assemble(text: str, cands: list[_Cand], sc: Scanner, locale: str | None) -> list[Mention]:
    out: list[Mention] = []
    i = 0
    n = len(cands)
    last_end = 0
    while i < n:
        c = cands[i]
        nxt = cands[i + 1] if i + 1 < n else None
        # ranges: "$5-6 billion", "between $5 and $6 billion", "€3bn–€4bn"
        if nxt is not None and (c.cur is not None or nxt.cur is not None) and _is_range(text, c, nxt, sc):
            low, high = _range_pair(c, nxt)
            lm = _money_of(low, locale, None)
            hm = _money_of(high, locale, None)
            if lm and hm and lm[0].currency == hm[0].currency and lm[0].amount <= hm[0].amount:
                start = c.left_start if c.lead else c.start
                end = max(nxt.end, nxt.qual_end)
                out.append(Mention(text[start:end], start, end, lm[0], hm[0],
                                   c.qualifier, lm[1], None, lm[2]))
                i += 2
                continue
        got = _money_of(c, locale, None)
        if got is None:
            i += 1
            continue
        money, inferred, alts = got
        end = c.end
        # minor units after a major amount: "a dollar and 42 cents", "2ドル3セント",
        # "50元6角三分", "两角五分", and bare numerals after 块/毛: "一块二", "两毛五"
        if not c.per:
            money, end, i = _compose(text, c, cands, i, money, end, sc)
        end = max(end, c.qual_end)
        out.append(Mention(text[c.start:end], c.start, end, money, None, c.qualifier,
                           inferred, None, alts))
        i += 1
    kept: list[Mention] = []
    for m in out:  # a cue shared by two readings goes to the first one
        if m.start >= last_end:
            kept.append(m)
            last_end = m.end
    return kept


_MINOR_OK_NEXT = frozenset("钱錢一二三四五六七八九十两兩零〇")


def _ideograph(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _after_spaces(text: str, pos: int) -> int:
    """The first non-space position at or after ``pos`` (-1 stays -1)."""
    if pos < 0:
        return -1
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _compose(text: str, c: _Cand, cands: list[_Cand], i: int, money: Money, end: int,
             sc: Scanner) -> tuple[Money, int, int]:
    """Fold the smaller units that follow ``c`` into its amount."""
    unit = Decimal(1) if c.cur is not None else (c.minor_factor or Decimal(1))
    last_word = (c.cur.text if c.cur is not None else c.minor_text).lower()
    implicit = data.implicit_minor()
    n = len(cands)
    while i + 1 < n:
        nxt = cands[i + 1]
        j = sc.minor_join(text, end)
        if nxt.start != j or nxt.cur is not None or nxt.negative or nxt.num.kind == "article":
            break
        add = None
        if nxt.minor_factor is not None:
            if nxt.minor_factor >= unit or (nxt.minor_cur and nxt.minor_cur != money.currency):
                break
            add = nxt.value * nxt.minor_factor
            unit = nxt.minor_factor
            last_word = nxt.minor_text.lower()
        elif (last_word in implicit and not nxt.scaled and nxt.num.kind != "digits"
              and (j == end or (j == end + 1 and last_word.isascii()))
              and nxt.value == nxt.value.to_integral_value() and 0 < nxt.value < 10):
            step = implicit[last_word]
            if nxt.num.text[:1] in "零〇":
                step = step / 10
            add = nxt.value * unit * step
            unit = Decimal(0)  # nothing smaller may follow a bare digit
        elif (unit == 1 and c.cur is not None and not nxt.scaled and not c.scaled and not c.lead
              and nxt.value == nxt.value.to_integral_value() and 0 < nxt.value < 100
              and money.amount == money.amount.to_integral_value()
              and (text[end:j].strip(" ,\u00a0")  # "$3 and fourteen", "25 euros con 50"
                   or (not c.cur_left and c.cur.text[:1].isalpha()  # "15 dollars 50."
                       and (len(nxt.num.text) == 2 or nxt.num.kind == "word")
                       and not _word_after(text, nxt.end)))):
            add = nxt.value / 100
            unit = Decimal(0)
        if add is None:
            break
        amt = money.amount - add if money.amount < 0 else money.amount + add
        money = Money(amt, money.currency, money.per)
        end = nxt.end
        i += 1
        if unit == 0:
            break
    return money, end, i


def _word_after(text: str, pos: int) -> bool:
    """True when a word or digit follows ``pos`` (after spaces)."""
    rest = text[pos : pos + 8].lstrip(" \u00a0")
    return bool(rest) and rest[0].isalnum()


def _is_range(text: str, a: _Cand, b: _Cand, sc: Scanner) -> bool:
    if a.negative and b.negative:
        return False
    if a.cur is not None and b.cur is not None and a.cur.value[0] != b.cur.value[0]:
        return False
    if a.minor_factor is not None or b.minor_factor is not None:
        return False
    gap = text[a.end : b.start]
    if not gap or len(gap) > 12:
        return False
    conn = sc.range_conn(text, a.end)
    if conn != b.start:
        return False
    word = gap.strip(" \u00a0").lower()
    if word in ("and", "und", "et", "y", "e", "en", "i", "og", "och"):
        return a.lead
    return True


def _range_pair(a: _Cand, b: _Cand) -> tuple[_Cand, _Cand]:
    low = _Cand(a.start, a.end, a.num, a.value, a.scaled, a.cur or b.cur, a.cur_left,
                a.negative, a.qualifier, a.per or b.per, None, None, a.grand or b.grand)
    high = _Cand(b.start, b.end, b.num, b.value, b.scaled, b.cur or a.cur, b.cur_left,
                 b.negative, b.qualifier, b.per or a.per, None, None, a.grand or b.grand)
    if not a.scaled and b.scaled:
        low.value = a.value.scaleb(b.power)
        low.scaled = True
    return low, high


def safe_resolve(text: str, locale: str | None = None) -> list[Mention]:
    """:func:`resolve`, with any unexpected internal failure turned into a FinnormError."""
    try:
        return resolve(text, locale)
    except FinnormError:
        raise
    except (ArithmeticError, ValueError, KeyError, IndexError) as exc:  # pragma: no cover
        raise FinnormError(f"internal error reading text: {type(exc).__name__}: {exc}") from exc
