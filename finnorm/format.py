"""Presentation: money as locale-aware text (CLDR). Rounding happens here only.

Amounts stay exact everywhere else in finnorm; this module rounds, always
half-even and always explicitly: to the currency's minor units from CLDR
(:func:`minor_units`) for full amounts, to a few significant digits for
compact ones.

The CLDR patterns, symbols and names come from the snapshot in
``finnorm/data/locales/`` (see :mod:`finnorm.data.cldr`), never from the babel
installed at run time: one finnorm release prints the same text whichever
babel is installed. To format with the installed babel's own, possibly newer,
CLDR instead, call babel directly with the exact amount:
``babel.numbers.format_currency(m.amount, m.currency, locale="ja")``.

>>> from decimal import Decimal
>>> from finnorm.model import Money
>>> aud = Money(Decimal("7067661077.6988"), "AUD")
>>> format_money(aud)
'A$7,067,661,077.70'
>>> format_money(aud, compact=True)
'A$7.07 billion'
>>> format_money(Money("670.9e9", "JPY"), compact="short")
'¥670.9B'
>>> format_money(Money("670.9e9", "JPY"), "ja", compact=True)
'6709億円'
>>> format_money(Money("670.9e9", "JPY"), "de", compact=True)  # CLDR's no-break space
'670,9 Milliarden\\xa0¥'
>>> format_money(Money("-12.345", "USD"), "en")
'-$12.34'
>>> format_money(Money("80", "USD", per="barrel"))
'$80.00/barrel'
"""
from __future__ import annotations

from collections.abc import Mapping
from decimal import ROUND_HALF_EVEN, Decimal
from functools import cache
from typing import Any, NamedTuple

from .data import cldr, format_overrides, fractions
from .errors import InvalidArgumentError, UnknownLocaleError
from .model import Money

__all__ = ["DEFAULT_LOCALE", "format_money", "minor_units", "round_money"]

DEFAULT_LOCALE = "en"

# placeholders for the unquoted pattern characters that the locale localises
_CUR, _MINUS, _PLUS = "\ue000", "\ue001", "\ue002"
_NUMBER_CHARS = frozenset("#0123456789,.@")


class _Pattern(NamedTuple):
    """A CLDR number pattern, parsed: affixes with placeholders, digits and grouping."""

    prefix: tuple[str, str]  # positive, negative
    suffix: tuple[str, str]
    zeros: int  # '0's in the number part (compact patterns: the digits shown)
    primary: int  # grouping sizes (0: none)
    secondary: int
    frac_min: int
    frac_max: int


def _affix(chars: list[tuple[str, bool]]) -> str:
    out = []
    for ch, quoted in chars:
        if not quoted and ch == "¤":
            out.append(_CUR)
        elif not quoted and ch == "-":
            out.append(_MINUS)
        elif not quoted and ch == "+":
            out.append(_PLUS)
        else:
            out.append(ch)
    return "".join(out)


def _tokens(sub: str) -> list[tuple[str, bool]]:
    """(char, quoted) pairs: text in single quotes is literal, ``''`` an apostrophe."""
    out: list[tuple[str, bool]] = []
    quoted = False
    i = 0
    while i < len(sub):
        ch = sub[i]
        if ch == "'":
            if sub[i + 1 : i + 2] == "'":
                out.append(("'", True))
                i += 2
                continue
            quoted = not quoted
        else:
            out.append((ch, quoted))
        i += 1
    return out


def _split_sub(sub: str) -> tuple[str, str, str]:
    toks = _tokens(sub)
    i = 0
    while i < len(toks) and (toks[i][1] or toks[i][0] not in _NUMBER_CHARS):
        i += 1
    j = i
    while j < len(toks) and not toks[j][1] and toks[j][0] in _NUMBER_CHARS:
        j += 1
    number = "".join(ch for ch, _ in toks[i:j])
    return _affix(toks[:i]), number, _affix(toks[j:])


@cache
def _parse(pattern: str) -> _Pattern:
    """Parse a CLDR number pattern (TR35): ``¤#,##0.00;(¤#,##0.00)``, ``0 miljoonaa``."""
    subs = []
    cur: list[str] = []
    quoted = False
    for ch in pattern:
        if ch == "'":
            quoted = not quoted
        if ch == ";" and not quoted:
            subs.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    subs.append("".join(cur))
    pos_pre, number, pos_suf = _split_sub(subs[0])
    if len(subs) > 1:
        neg_pre, _, neg_suf = _split_sub(subs[1])
    else:  # TR35: the implicit negative is the localised minus before the positive
        neg_pre, neg_suf = _MINUS + pos_pre, pos_suf
    whole, _, frac = number.partition(".")
    groups = whole.split(",")
    primary = len(groups[-1]) if len(groups) > 1 else 0
    secondary = len(groups[-2]) if len(groups) > 2 else primary
    return _Pattern((pos_pre, neg_pre), (pos_suf, neg_suf), number.count("0"), primary,
                    secondary, frac.count("0"), len(frac))


class _Locale(NamedTuple):
    id: str
    rec: Mapping[str, Any]


def _locale(name: str | None) -> _Locale:
    raw = name or DEFAULT_LOCALE
    loc_id = cldr.canonical(raw) if isinstance(raw, str) else None
    if loc_id is None:
        raise UnknownLocaleError(f"unknown locale {name!r}: not a CLDR locale "
                                 f"(CLDR {cldr.cldr_version()})", locale=name)
    return _Locale(loc_id, cldr.locale_record(loc_id))


def minor_units(code: str) -> int:
    """Digits after the decimal point for a currency, from CLDR.

    >>> minor_units("USD"), minor_units("JPY"), minor_units("BHD")
    (2, 0, 3)
    """
    return fractions().get(code.upper(), 2)


def round_money(money: Money, digits: int | None = None) -> Money:
    """``money`` rounded half-even to its currency's minor units (or ``digits`` places).

    >>> round_money(Money("2.345", "USD")), round_money(Money("2.355", "USD"))
    (Money(amount=Decimal('2.34'), currency='USD', per=None), Money(amount=Decimal('2.36'), currency='USD', per=None))
    >>> round_money(Money("1234.5", "JPY")).amount
    Decimal('1234')
    """
    places = minor_units(money.currency) if digits is None else digits
    q = money.amount.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_EVEN)
    return Money(q, money.currency, money.per)


def _plural(loc: _Locale, number: Decimal) -> str:
    rules = loc.rec.get("plural") or {}
    if not rules:
        return "other"
    return str(_plural_rule(tuple(sorted(rules.items())))(number))


@cache
def _plural_rule(rules: tuple[tuple[str, str], ...]) -> Any:
    from babel.plural import PluralRule  # the CLDR plural-rule language; rules are our data

    return PluralRule(dict(rules))


def _digits(value: Decimal, places: int, pat: _Pattern, sym: Mapping[str, str], *,
            fixed: bool = True) -> str:
    """|value| with ``places`` fraction digits (or up to them, ``fixed=False``),
    grouped as the pattern says, in the locale's symbols."""
    q = abs(value).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_EVEN)
    if not fixed:
        q = q.normalize() if q else Decimal(0)
        if q.as_tuple().exponent > 0:  # type: ignore[operator]
            q = q.quantize(Decimal(1))
    text = f"{q:f}"
    whole, _, frac = text.partition(".")
    if pat.primary and len(whole) > pat.primary:
        head, tail = whole[: -pat.primary], [whole[-pat.primary :]]
        step = pat.secondary or pat.primary
        while len(head) > step:
            tail.insert(0, head[-step:])
            head = head[:-step]
        whole = sym["group"].join([head, *tail])
    return whole + (sym["decimal"] + frac if frac else "")


def _apply(pat: _Pattern, negative: bool, number: str, loc: _Locale, symbol: str = "") -> str:
    sym = loc.rec["number"]
    i = 1 if negative else 0
    text = pat.prefix[i] + number + pat.suffix[i]
    return text.replace(_CUR, symbol).replace(_MINUS, sym["minus"]).replace(_PLUS, sym["plus"])


def _symbol(loc: _Locale, code: str) -> str:
    return str(loc.rec.get("currency_symbols", {}).get(code, code))


def _compact_choice(amount: Decimal, table: Mapping[str, Mapping[str, str]]
                    ) -> tuple[int, int] | None:
    """(magnitude, power of ten dividing ``amount``) of the compact pattern that
    applies (TR35), or None when the number is shown whole."""
    other = table.get("other", {})
    for magnitude in sorted((int(m) for m in other), reverse=True):
        if abs(amount) >= magnitude:
            pat = _parse(other[str(magnitude)])
            if pat.zeros == 0 or other[str(magnitude)].strip() == "0":
                return None
            return magnitude, len(str(magnitude)) - 1 - (pat.zeros - 1)
    return None


def _default_digits(scaled: Decimal) -> int:
    """Show a short mantissa exactly (up to 4 significant digits), else 3 significant digits."""
    if scaled == 0:
        return 0
    norm = scaled.normalize()
    _sign, digits, exp = norm.as_tuple()
    assert isinstance(exp, int)
    if len(digits) <= 4:
        return max(0, -exp)
    int_digits = norm.adjusted() + 1
    return max(0, 3 - int_digits)


def _compact(amount: Decimal, table: Mapping[str, Mapping[str, str]], digits: int | None,
             loc: _Locale) -> tuple[str, _Pattern | None, Decimal]:
    """The compact number text of ``|amount|`` (no sign, no currency), the pattern
    it was put in (None: a plain number) and the value shown (rounded, signed)."""
    sym = loc.rec["number"]
    choice = _compact_choice(amount, table)
    exp = choice[1] if choice else 0
    scaled = amount.scaleb(-exp)
    places = _default_digits(scaled) if digits is None else digits
    rounded = scaled.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_EVEN)
    bumped = _compact_choice(rounded.scaleb(exp), table)
    if bumped != choice:  # 999.96 thousand rounds to 1000 thousand: one magnitude up
        return _compact(rounded.scaleb(exp), table, digits, loc)
    plain = _Pattern(("", ""), ("", ""), 1, 0, 0, 0, places)
    number = _digits(rounded, places, plain, sym, fixed=False)
    if choice is None:
        return number, None, rounded.scaleb(exp)
    magnitude = str(choice[0])
    shown = abs(rounded).normalize()
    form = "1" if shown == 1 and magnitude in table.get("1", {}) else _plural(loc, shown)
    pattern = table.get(form, {}).get(magnitude) or table["other"][magnitude]
    return number, _parse(pattern), rounded.scaleb(exp)


def format_money(
    money: Money,
    locale: str | None = None,
    *,
    compact: bool | str = False,
    digits: int | None = None,
) -> str:
    """Locale-aware text for ``money`` (CLDR, from finnorm's snapshot).

    - ``compact=False``: the full amount, rounded half-even to the currency's
      minor units (or ``digits`` places): ``A$7,067,661,077.70``.
    - ``compact=True`` or ``"long"``: the long compact word with the currency
      symbol where the locale puts it: ``A$7.07 billion``. In Japanese,
      Chinese and Korean (and any locale whose CLDR data has no long compact
      words) the count name of the currency follows the number, as their press
      writes it: ``6709億円``, ``6709亿日元``.
    - ``compact="short"``: CLDR's short compact currency form: ``¥670.9B``.

    Compact numbers show a short mantissa exactly (up to 4 significant digits)
    and otherwise 3 significant digits; ``digits`` fixes the places instead.
    A unit price gets ``/unit``.

    >>> format_money(Money("1.097e12", "JPY"), "ko", compact=True)
    '1.097조 일본 엔화'
    >>> format_money(Money("-2500000", "EUR"), "fr", compact="short")
    '-2,5\\xa0M\\xa0€'
    """
    if compact not in (False, None, True, "long", "short"):
        raise InvalidArgumentError(f"compact must be False, True, 'long' or 'short', not {compact!r}")
    loc = _locale(locale)
    cur = money.currency
    amount = money.amount
    per = f"/{money.per}" if money.per else ""
    sym = loc.rec["number"]
    if compact is False or compact is None:
        places = minor_units(cur) if digits is None else digits
        pat = _parse(loc.rec["currency_formats"]["standard"])
        value = amount.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_EVEN)
        neg = value < 0 or (value == 0 and value.is_signed())
        return _apply(pat, neg, _digits(value, places, pat, sym), loc, _symbol(loc, cur)) + per

    tables = loc.rec.get("compact", {})
    if compact == "short":
        table = tables.get("currency_short") or tables["short"]
        number, found, shown = _compact(amount, table, digits, loc)
        if found is None or _CUR not in found.prefix[0] + found.suffix[0]:
            # too small to compact, or no symbol slot: the standard pattern's affixes
            found = _parse(loc.rec["currency_formats"]["standard"])
        return _apply(found, shown < 0, number, loc, _symbol(loc, cur)) + per

    lang = loc.id.split("_")[0]
    name_style = "long" not in tables or lang in format_overrides()["name_style_languages"]
    table = tables.get("long") or tables["short"]
    number, found, shown = _compact(amount, table, digits, loc)
    if found is not None:
        number = _apply(found, False, number, loc)
    negative = shown < 0
    if name_style:
        # CLDR "name" style: unit pattern + the currency's count name (円, 日元 …)
        count = abs(shown).normalize()
        form = _plural(loc, count)
        plurals = loc.rec.get("currency_names_plural", {}).get(cur, {})
        name = plurals.get(form) or plurals.get("other") or loc.rec.get(
            "currency_names", {}).get(cur, cur)
        units = loc.rec.get("currency_unit_patterns", {})
        unit = units.get(form) or units.get("other") or "{0} {1}"
        text = unit.replace("{0}", number).replace("{1}", name)
        return (sym["minus"] + text if negative else text) + per
    std = _parse(loc.rec["currency_formats"]["standard"])
    return _apply(std, negative, number, loc, _symbol(loc, cur)) + per
