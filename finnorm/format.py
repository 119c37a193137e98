"""Presentation: money as locale-aware text with babel (CLDR). Rounding happens here only.

Amounts stay exact everywhere else in finnorm; this module rounds, always
half-even and always explicitly: to the currency's minor units from CLDR
(:func:`minor_units`) for full amounts, to a few significant digits for
compact ones.

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
'670,9 Milliarden\xa0¥'
>>> format_money(Money("-12.345", "USD"), "en")
'-$12.34'
>>> format_money(Money("80", "USD", per="barrel"))
'$80.00/barrel'
"""
from __future__ import annotations

import copy
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any, Literal

from .model import Money

__all__ = ["DEFAULT_LOCALE", "format_money", "minor_units", "round_money"]

DEFAULT_LOCALE = "en"


def _locale(name: str | None) -> Any:
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse((name or DEFAULT_LOCALE).replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError) as exc:
        raise ValueError(f"unknown locale {name!r}: {exc}") from None


def minor_units(code: str) -> int:
    """Digits after the decimal point for a currency, from CLDR.

    >>> minor_units("USD"), minor_units("JPY"), minor_units("BHD")
    (2, 0, 3)
    """
    from babel.numbers import get_currency_precision

    return int(get_currency_precision(code.upper()))


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


def _compact_scale(value: Decimal, locale: Any, style: str) -> int:
    """The power of ten CLDR's compact pattern divides ``value`` by (0 when none applies)."""
    from babel.numbers import parse_pattern

    formats = locale.compact_decimal_formats[style]["other"]
    mag = abs(value)
    for magnitude in sorted((int(m) for m in formats), reverse=True):
        if mag >= magnitude:
            pattern = parse_pattern(formats[str(magnitude)]).pattern
            if pattern == "0":
                return 0
            return len(str(magnitude)) - 1 - (pattern.count("0") - 1)
    return 0


def _default_digits(scaled: Decimal) -> int:
    """Show a short mantissa exactly (up to 4 significant digits), else 3 significant digits."""
    if scaled == 0:
        return 0
    norm = scaled.normalize()
    sign, digits, exp = norm.as_tuple()
    assert isinstance(exp, int)
    if len(digits) <= 4:
        return max(0, -exp)
    int_digits = norm.adjusted() + 1
    return max(0, 3 - int_digits)


def format_money(
    money: Money,
    locale: str | None = None,
    *,
    compact: bool | str = False,
    digits: int | None = None,
) -> str:
    """Locale-aware text for ``money`` (babel/CLDR).

    - ``compact=False``: the full amount, rounded half-even to the currency's
      minor units (or ``digits`` places): ``A$7,067,661,077.70``.
    - ``compact=True`` or ``"long"``: the long compact word with the currency
      symbol where the locale puts it: ``A$7.07 billion``. Locales whose CLDR
      data has no long compact words (Japanese, Chinese, Korean) write the
      count name of the currency after the number, as their press does:
      ``6709億円``.
    - ``compact="short"``: CLDR's short compact currency form: ``¥670.9B``.

    Compact numbers show a short mantissa exactly (up to 4 significant digits)
    and otherwise 3 significant digits; ``digits`` fixes the places instead.
    A unit price gets ``/unit``.
    """
    from babel import numbers as bn

    loc = _locale(locale)
    cur = money.currency
    amount = money.amount
    per = f"/{money.per}" if money.per else ""
    if compact is False or compact is None:
        places = minor_units(cur) if digits is None else digits
        value = amount.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_EVEN)
        pattern = copy.copy(loc.currency_formats["standard"])
        pattern.frac_prec = (places, places)
        text = pattern.apply(value, loc, currency=cur, currency_digits=False,
                             decimal_quantization=True)
        return str(text) + per

    style = "short" if compact == "short" else "long"
    if compact not in (True, "long", "short"):
        raise ValueError(f"compact must be False, True, 'long' or 'short', not {compact!r}")
    has_long = "long" in loc.compact_decimal_formats
    number_style: Literal["short", "long"] = "long" if (style == "long" and has_long) else "short"
    exp = _compact_scale(amount, loc, number_style)
    scaled = amount.scaleb(-exp)
    places = _default_digits(scaled) if digits is None else digits
    rounded = scaled.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_EVEN).scaleb(exp)
    if style == "short":
        return str(bn.format_compact_currency(rounded, cur, locale=loc, fraction_digits=places)) + per

    number = str(bn.format_compact_decimal(abs(rounded), format_type=number_style, locale=loc,
                                           fraction_digits=places))
    negative = rounded < 0
    if not has_long:
        # CLDR "name" style: unit pattern + the currency's count name (円, 日元 …)
        name = bn.get_currency_name(cur, count=abs(rounded), locale=loc)
        unit = bn.get_currency_unit_pattern(cur, count=abs(rounded), locale=loc)
        text = str(unit).replace("{0}", number).replace("{1}", str(name))
        sign = bn.get_minus_sign_symbol(loc)
        return (f"{sign}{text}" if negative else text) + per
    pat = loc.currency_formats["standard"]
    symbol = bn.get_currency_symbol(cur, locale=loc)
    idx = 1 if negative else 0
    prefix = pat.prefix[idx].replace("¤", symbol)
    suffix = pat.suffix[idx].replace("¤", symbol)
    return f"{prefix}{number}{suffix}{per}"
