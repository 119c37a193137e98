"""Numeral text -> Decimal: group and decimal separators, Indian grouping,
full-width digits. No currency, no scale words: only the digits.

The separator rules, in order:

* both ``,`` and ``.`` present: the last one is the decimal separator;
* one kind of separator, several times (``1,234,567``, ``1.234.567``): grouping;
* spaces, no-break spaces, thin spaces and apostrophes followed by three
  digits: grouping (``1 234,56``, ``1'234.56``);
* one ``,`` or ``.`` followed by exactly three digits is *ambiguous*
  (``3.350``): the locale's decimal symbol decides; without one, the caller's
  ``prefer`` decides, and the other reading is returned as an alternative.

>>> read_number("1,234.56")
Number(value=Decimal('1234.56'), alternative=None)
>>> read_number("1.234,56")
Number(value=Decimal('1234.56'), alternative=None)
>>> read_number("2,50,000")
Number(value=Decimal('250000'), alternative=None)
>>> read_number("１２３４")
Number(value=Decimal('1234'), alternative=None)
>>> read_number("3.350", decimal=",")
Number(value=Decimal('3350'), alternative=None)
>>> read_number("3.350")
Number(value=Decimal('3.350'), alternative=Decimal('3350'))
>>> read_number("2480021970.125"), read_number("٣٫٥")
(Number(value=Decimal('2480021970.125'), alternative=None), Number(value=Decimal('3.5'), alternative=None))
"""
from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

from .errors import ParseError

__all__ = ["FULLWIDTH", "Number", "ascii_digits", "read_number"]

# full-width digits and punctuation -> ASCII
FULLWIDTH = str.maketrans("０１２３４５６７８９．，＇", "0123456789.,'")
_GROUP_CHARS = " \u00a0\u202f\u2009'’‘\u2032\u2007¤"  # ("1¤000": a no-break space mangled)
_NORMALIZE = {**FULLWIDTH, **{ord(ch): None for ch in _GROUP_CHARS + "＇"},
              ord("٫"): ".", ord("٬"): ",", ord("，"): ",", ord("،"): ","}
_MAX_DIGITS = 40  # more digits than any amount of money has (decimal128(38) holds 38)
_APOSTROPHE_DECIMAL = re.compile(r"(\d+)['’](\d{1,2}|\d{4,})")  # not a group of three


def ascii_digits(raw: str) -> str:
    """Every Unicode decimal digit as its ASCII digit ("٣٫٥" -> "3٫5", "१२" -> "12").

    >>> ascii_digits("१२,५००"), ascii_digits("๒๕")
    ('12,500', '25')
    """
    if raw.isascii():
        return raw
    return "".join(str(unicodedata.digit(ch)) if ch.isdigit() and not ch.isascii() else ch
                   for ch in raw)


class Number(NamedTuple):
    """A read numeral: its value, and the other reading when ambiguous."""

    value: Decimal
    alternative: Decimal | None


def _dec(s: str) -> Decimal:
    try:
        return Decimal(s)
    except InvalidOperation:
        raise ParseError(f"not a number: {s!r}") from None


def read_number(raw: str, *, decimal: str | None = None, prefer: str = ".") -> Number:
    """Read a numeral written with digits and separators.

    ``decimal`` is the locale's decimal symbol (``","`` or ``"."``) when known;
    ``prefer`` is the reading used for an ambiguous single separator when it is
    not (``"."`` reads ``3.350`` as 3.35 and ``1,500`` as 1500).
    """
    if ":" in raw:  # Swedish "0:50 kronor": the colon marks the decimals
        raw = raw.replace(":", ".")
    if raw.isascii() and raw.isdigit():  # the common case: plain digits
        if len(raw) > _MAX_DIGITS:
            raise ParseError(f"{len(raw)} digits: too long for an amount of money")
        return Number(Decimal(raw), None)
    m = _APOSTROPHE_DECIMAL.fullmatch(ascii_digits(raw))
    if m is not None:  # "1'3040", "1'5": the apostrophe as a decimal mark (old Catalan)
        return Number(_dec(f"{m.group(1)}.{m.group(2)}"), None)
    s = ascii_digits(raw).translate(_NORMALIZE)  # to ASCII, group spaces and apostrophes out
    if sum(ch.isdigit() for ch in s) > _MAX_DIGITS:
        raise ParseError(f"{raw[:20]}...: too many digits for an amount of money")
    if s[-1:] in "-–—":  # "50,-", "50,--", "50,—": whole units, no fraction
        t = s.rstrip("-–—")
        if t[-1:] in ",." and len(s) - len(t) <= 2:
            s = t[:-1]
    n_comma = s.count(",")
    n_dot = s.count(".")
    if n_comma and n_dot:
        dec = "," if s.rfind(",") > s.rfind(".") else "."
        grp = "." if dec == "," else ","
        if s.count(dec) > 1:
            raise ParseError(f"not a number: {raw!r}")
        return Number(_dec(s.replace(grp, "").replace(dec, ".")), None)
    if not n_comma and not n_dot:
        return Number(_dec(s), None)
    sep = "," if n_comma else "."
    if n_comma + n_dot > 1:  # one kind, repeated: grouping
        return Number(_dec(s.replace(sep, "")), None)
    head, _, tail = s.partition(sep)
    if len(tail) == 3 and head and len(head) > 3 and any(ch in "'’‘\u2032" for ch in raw):
        # "1’300.606", "$1′750.900" (Colombia): the apostrophe marks the millions, the
        # point the thousands; "1’300.60" keeps its two decimals (Switzerland)
        return Number(_dec(head + tail), None)
    if len(tail) != 3 or not head or len(head) > 3:
        # ".5", "1,5", "12.99", "1.2345": decimal; "2480021970.125": a group of more
        # than three digits cannot be followed by a grouping separator
        return Number(_dec((head or "0") + "." + tail), None)
    as_decimal = _dec(head + "." + tail)
    as_group = _dec(head + tail)
    if head == "0":
        return Number(as_decimal, None)
    if decimal is not None:
        return Number(as_decimal if sep == decimal else as_group, None)
    if sep == prefer:
        return Number(as_decimal, as_group)
    return Number(as_group, as_decimal)
