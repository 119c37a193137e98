"""Cues -> Mentions: number x scale, sign, currency by evidence, ranges, compound
numbers, minor units, qualifiers and unit prices.

All arithmetic happens here, in Decimal, from the :class:`~finnorm.scan.Cues`
bundles alone (the scanner is never called back). The currency of an
ambiguous cue ("$", "¥", "kr", "dollars") is chosen by evidence: the locale's
territory, then the language's habit, then the cue's most common meaning; such
a mention is marked ``inferred`` and carries the other ``candidates``.

A reading that rests on a guess the text does not settle is marked
``uncertain``, with a one-line ``reason`` and the other readings as
``alternatives``: a separator that may group or mark decimals, a scale word
whose meaning depends on the language, a word after the number that is a
scale word only in another language, a scale left out after a figure that has
it ("$4.2 billion from $3.9"), a currency word that may name the locale's
former currency ("korún" in Slovak text: SKK before 2009, or CZK; a Belarusian
rouble before the 2016 redenomination). Exchange rates ("$1.08 per euro",
"1 USD = 3.7 ILS") are no amounts.

>>> [(m.text, str(m.money)) for m in resolve("a net loss of ¥670.9 billion (A$7.1 billion)")]
[('¥670.9 billion', '670900000000 JPY'), ('A$7.1 billion', '7100000000 AUD')]
>>> m = resolve("($12.3 million)")[0]
>>> m.money.amount, m.money.currency, m.inferred
(Decimal('-12300000'), 'USD', True)
>>> m = resolve("$5-6 billion")[0]
>>> m.money.amount, m.upper.amount
(Decimal('5000000000'), Decimal('6000000000'))
>>> m = resolve("$1.092 a litre")[0]
>>> m.money.amount, m.uncertain, m.reason, [str(a.amount) for a in m.alternatives]
(Decimal('1.092'), True, "1.092: '.' may group thousands or mark decimals", ['1092'])
>>> [(str(m.money), m.uncertain) for m in resolve("rose to $4.2 billion from $3.9")]
[('4200000000 USD', False), ('3900000000 USD', True)]
>>> resolve("The rate was $1.08 per euro.")
[]
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
import bisect
import unicodedata
import re
from dataclasses import dataclass, field, replace
from decimal import Context, Decimal
from functools import lru_cache
from itertools import pairwise
from types import MappingProxyType

from .data import (current_tenders, fixed_rates, formers_of, hand_ranged, lang_territory,
                   noun_namesakes, rate_ranges, redenominated_into, territory_also,
                   territory_currency, territory_former)
from .data.cldr import locale_record
from .errors import FinnormError, ParseError
from ._marks import MARKS
from .lexicon import Lexicon, global_table, lexicon
from .locale import Locale, locale_of
from .model import Mention, Money
from .numbers import ascii_digits, read_number
from .scan import (NUM_RE, Cues, Scanner, Tok, after_figure, no_space_script, scanner,
                   southeast_asian)
from .words import approximate_cjk, cjk_digit, is_cjk_numeral, money_noun

__all__ = ["choose_currency", "resolve"]

# the exchange rates a text quotes: (the one unit, the amount of the other currency)
Quotes = list[tuple[Mention, Mention]]

_ZERO = Decimal(0)
# a price written to the cent or with a dash for none ("59,00", "12.50", "199,-")
_PRICE_NEXT = re.compile(r"\d{1,3}(?:[ .,\u00a0]\d{3})*[.,](?:\d\d|-)(?!\d)")
_FIFTH = Decimal("0.2")
_ONE = Decimal(1)
_CENT = Decimal("0.01")


@dataclass(slots=True)
class _Cand:
    """One numeral being read into money (mutable while it is worked out)."""

    cues: Cues
    start: int
    end: int
    value: Decimal = _ZERO
    scaled: bool = False
    power: int = 0
    cur: Tok | None = None
    cur_left: bool = False
    negative: bool = False
    bracketed: bool = False  # in accounting brackets
    qualifier: str | None = None
    per: str | None = None
    minor_factor: Decimal | None = None
    minor_cur: str | None = None
    minor_text: str = ""
    grand: bool = False
    lead: bool = False
    left_start: int = 0
    qual_end: int = 0
    qual_tok: Tok | None = None  # the hedge written before the number, when one is
    context: bool = False  # the currency comes from the figures around, not written here
    coins_of_cur: bool = False  # "Rs. 29 paise": counted in the coins of its currency
    spoken_one: bool = False  # "evro osemdeset centov": one unit and the coins (1.80)
    home: str | None = None  # the country's former currency its word names ("francs": FRF)
    head_power: int = 0  # a compound's largest part's scale ("2 bin 600": 3)
    reasons: list[str] = field(default_factory=list)
    alts: list[Decimal] = field(default_factory=list)  # other readings of |value|

    @property
    def num(self) -> Tok:
        return self.cues.num

    @property
    def money_like(self) -> bool:
        return self.cur is not None or self.minor_factor is not None or self.grand


@lru_cache(maxsize=4096)
def choose_currency(cands: tuple[str, ...], cue: str, locale: Locale | str | None) -> tuple[str, bool]:
    """Pick one code among a cue's candidates; returns (code, inferred).

    >>> choose_currency(("USD", "AUD", "CAD"), "$", "en_AU")
    ('AUD', True)
    >>> choose_currency(("JPY", "CNY"), "¥", "zh")
    ('CNY', True)
    >>> choose_currency(("JPY",), "円", None)
    ('JPY', False)
    >>> choose_currency(("BHD", "JOD", "KWD"), "دنانير", "ar_PS")  # the country's other tender
    ('JOD', True)
    """
    if len(cands) == 1:
        return cands[0], False
    loc = locale_of(locale)
    settled = _settled_by_locale(cands, cue, loc) if loc is not None else None
    return settled or cands[0], True


def _settled_by_locale(cands: tuple[str, ...], cue: str, loc: Locale) -> str | None:
    """The candidate the locale settles, if any: its own currency, another tender of its
    country ("2 الى 3 دنانير" in Palestine: the Jordanian dinar), or its language's
    default for the cue."""
    if loc.currency in cands:
        return loc.currency
    if loc.territory:
        also = next((c for c in territory_also(loc.territory) if c in cands), None)
        if also is not None:
            return also
    pick = lexicon(loc.language).defaults.get(cue)
    return pick if pick in cands else None


def _local_scale(c: _Cand) -> bool:
    """Is a scale word of ``c`` one English does not write ("млрд", "Mrd.", "mld")?"""
    english = lexicon("en").scales
    return any(t.kind == "scale" and " ".join(t.text.lower().rstrip(".").split()) not in english
               for t in c.cues.right)


@lru_cache(maxsize=256)
def _decimal_differs(loc: Locale) -> bool:
    """Does ``loc`` mark decimals otherwise than its language's main locale (es_MX '.'
    against es ',', de_CH '.' against de ',')?"""
    try:
        base = locale_of(loc.language)
    except FinnormError:
        return False
    return base is not None and base.decimal != loc.decimal


_DOT_DECIMAL = re.compile(r"(?<![\d.,])\d{1,3}\.\d{1,2}(?![\d.,])")
_COMMA_THOUSANDS = re.compile(
    r"(?<![\d.,])\d{1,3}(?:(?:,\d{3}){2,}|,000)(?![\d.,]|,\d)[ \u00a0]*([^\W\d_]*)")


@lru_cache(maxsize=8)
def _groups_by_comma(text: str, lang: str | None) -> bool:
    """Does ``text`` group thousands with a comma elsewhere: a figure of two groups
    ("2,192,785") or one of ",000" before a currency's name ("64,000 euros"; not
    "168,000 ore", hours to the thousandth)? (Once a text: linear.)"""
    lex = lexicon(lang)
    return any(m.group().count(",") > 1 or (m.group(1) and lex.names_of(m.group(1)))
               for m in _COMMA_THOUSANDS.finditer(text))
_ONE_AND_THOUSANDTHS = re.compile(r"(?<![\d.,])\d\.\d{3}(?![\d.,])")


@lru_cache(maxsize=8)
def _thousandths(text: str) -> bool:
    """Does ``text`` write a figure of one digit to the thousandth with a point
    ("6.608")?"""
    return _ONE_AND_THOUSANDTHS.search(text) is not None


@lru_cache(maxsize=8)
def _dot_decimals(text: str) -> bool:
    """Does ``text`` write a figure with a point and one or two decimals ("3.29")?"""
    return _DOT_DECIMAL.search(text) is not None


_HALF = Decimal("0.5")


def _odd_last_group(body: str) -> tuple[Decimal, Decimal, str] | None:
    """"1,093,78": one separator, repeated, whose last group holds one or two digits
    (a typo for "1.093,78"): (as decimals, as grouping, the separator), else None."""
    if not body.isascii() or (body.count(",") < 2 and body.count(".") < 2):
        return None
    for sep in ",.":
        groups = body.split(sep)
        if (len(groups) >= 3 and ("." if sep == "," else ",") not in body
                and all(g.isdigit() for g in groups) and 1 <= len(groups[0]) <= 3
                and all(len(g) == 3 for g in groups[1:-1]) and 1 <= len(groups[-1]) <= 2):
            return (Decimal("".join(groups[:-1]) + "." + groups[-1]), Decimal("".join(groups)),
                    sep)
    return None


_FIGURE_END = re.compile(r"\d{1,3}(?:[.,'’ \u00a0]\d{3})*$")


def _digits_value(c: _Cand, loc: Locale | None, lex: Lexicon, text: str = "") -> Decimal:
    """The numeral's value; an ambiguous separator is settled by the locale, a
    scale word, the currency's minor units or the side its symbol stands on,
    else the reading is uncertain."""
    num = c.num
    if num.kind != "digits":
        return Decimal(num.value)
    odd = _odd_last_group(num.text)
    if odd is not None:  # "1,093,78": groups of three, then two digits
        c.reasons.append(f"{num.text}: '{odd[2]}' groups thousands, then marks the decimals?")
        c.alts.append(odd[1])
        return odd[0]
    if (len(num.text) == 3 and num.text[0] == "0" and num.text.isdigit() and num.start >= 2
            and text[num.start - 1] in " \u00a0" and text[num.start - 2].isdigit()):
        # "4.013 093 eur": three digits after a zero are no figure of their own; a group
        # of the figure before, written with another mark?
        before = _FIGURE_END.search(text, max(0, num.start - 24), num.start - 1)
        if before is not None:
            c.reasons.append(f"'{num.text}' after '{before.group()}': a group of that figure?")
            c.alts.append(Decimal("".join(ch for ch in ascii_digits(before.group())
                                          if ch.isdigit()) + num.text))
    if (c.cur is not None and num.text.isdigit() and text[num.end:num.end + 2] == ". "
            and text[num.end + 2:num.end + 4].isdigit()
            and not text[num.end + 4:num.end + 5].isdigit()
            and not _unit_word_after(text, num.end + 4, lex)):  # ("€ 35. 10 km/h: € 74.")
        # "N$18. 06 per hour", "P5. 60 centavos": a space typed after the decimal point,
        # or a sentence's end and a figure of the next?
        c.reasons.append(f"{num.text}. {text[num.end + 2:num.end + 4]}: a decimal point with "
                         "a space after it?")
        c.alts.append(Decimal(f"{num.text}.{text[num.end + 2:num.end + 4]}"))
    n = read_number(num.text)
    after = text[num.end:num.end + 2]
    lead, sep1, tail1 = num.text.partition(after[:1] or ".")
    if (len(after) == 2 and after[0] in ".," and sep1 and after[1].isdigit()
            and len(tail1) <= 2 and lead.isdecimal() and tail1.isdecimal()):
        # "2,3,5 hay 7 nghìn Đô": figures listed with commas and no spaces, not a fraction
        c.reasons.append(f"{num.text}{after[0]}…: a list of figures, or a fraction?")
        c.alts.append(Decimal(ascii_digits(lead)))
    if n.alternative is None:
        body = num.text
        if ("," in body and "." in body and _MIXED_THREES.fullmatch(body)
                and n.value.as_tuple().exponent == -3
                and not any(t.kind == "scale" for t in (*c.cues.left, *c.cues.right))
                and not (c.cur is not None  # "1,234.000 د.ب.": a dinar has three places
                         and any(global_table().codes.get(x, 2) == 3 for x in c.cur.value))):
            # "1,110.000 kroner": both marks before three digits; a price written to three
            # places is rare beside thousands, so both group, said so (not "17.499,691 mln
            # zł", "shilingi bilioni 2,429.535": thousandths of a scale)
            c.reasons.append(f"{body}: ',' and '.' both before three digits: grouping, or "
                             "decimals?")
            whole = Decimal("".join(ch for ch in body if ch.isdigit()))
            if max(body.count(","), body.count(".")) > 1:
                c.alts.append(whole)  # "2.359.624,014 ευρώ": one mark groups, twice; the
                return n.value        # other, once and last, is the decimal (to the thousandth)
            c.alts.append(n.value)
            return whole
        if ("," in body and "." not in body and body.count(",") == 1
                and len(body.rpartition(",")[2]) > 3 and (loc is None or loc.decimal != ",")):
            # "$3,000000": a comma before more than three digits is neither a usual
            # grouping nor a usual decimal separator
            c.reasons.append(f"{body}: ',' before {len(body.rpartition(',')[2])} digits")
            c.alts.append(Decimal("".join(ch for ch in ascii_digits(body) if ch.isdigit())))
        elif (loc is not None and loc.group in ".," and loc.decimal != loc.group
              and body.count(loc.group) == 1 and loc.decimal not in body):
            lead, _, tail = body.partition(loc.group)
            if (len(tail) > 3 and lead.isdigit() and tail.isdigit() and 0 < len(lead) <= 3
                    and lead[0] != "0" and loc.group in ",." and c.cur is not None
                    and n.value == Decimal(f"{lead}.{tail}")
                    and all(global_table().codes.get(x, 2) == 0 for x in c.cur.value)):
                # "Rp2.7500" where '.' groups: four digits after a grouping mark, in a
                # currency written without decimals; a digit too many, or a decimal
                # point? The digits as written, flagged
                c.reasons.append(f"{body}: '{loc.group}' groups thousands here, but "
                                 f"{len(tail)} digits follow it")
                c.alts.append(n.value)
                return Decimal(lead + tail)
            if len(tail) == 3 and len(lead) > 3 and lead.isdigit() and tail.isdigit():
                # "1605.000 đồng" where '.' groups: a group of four before it, so a
                # separator left out ("1.605.000") or a decimal point; the locale's first
                c.reasons.append(f"{body}: '{loc.group}' groups thousands here, but "
                                 f"{len(lead)} digits stand before it")
                c.alts.append(n.value)
                return Decimal(lead + tail)
        return n.value
    body = num.text.rstrip("-–").rstrip(",.")  # "1.198,-": the ",-" is no separator
    sep = "," if "," in body or "，" in body or "٬" in body else "."
    as_dec = n.value if sep == "." else n.alternative
    as_grp = n.alternative if sep == "." else n.value
    cur = c.cur
    prefixed = c.cur_left and cur is not None and (
        not cur.text[:1].isalpha() or _english_dollar(cur.text))
    english_prefix = prefixed and cur is not None and bool(
        set(cur.text) & global_table().english_style_symbols)  # "$10,000" in Russian text
    if english_prefix and c.scaled and _local_scale(c):
        english_prefix = False  # "$1,374 млрд", "$1,374 Mrd.": the scale word is the locale's
    if loc is not None and not (english_prefix and sep == "," and loc.decimal == ","):
        # the locale decides, unless a prefixed symbol shows English-style writing
        # in a comma-decimal locale ("$10,000" in Russian text)
        tail = ascii_digits(body.rpartition(sep)[2])  # "១០០.០០០": native digits too
        if sep == loc.decimal and c.scaled and tail.endswith("0"):
            # "574.600 millones", "28.730 millones" under a point-decimal locale: a
            # zero-ended fraction before a scale word is written to group
            c.reasons.append(f"{body}: '{sep}' is the locale's decimal, but '{tail}' may group")
            if tail.endswith("00"):
                c.alts.append(as_dec)
                return as_grp
            c.alts.append(as_grp)
            return as_dec
        if sep == loc.decimal and c.scaled and len(tail) == 3 and (
                _decimal_differs(loc) or sep in lex.decimal_either):
            # "3.351 millones" under es_MX: the locale's decimal, but the language's other
            # writers (Spain) group with it, and syndicated text keeps their way (and
            # "-$3,056 millones" under es_CO: Mexico's and the United States' writers
            # group with its comma; grammar decimal_either)
            c.reasons.append(f"{body}: the locale's decimal, but {loc.language} elsewhere "
                             f"groups thousands with '{sep}'")
            c.alts.append(as_grp)
            return as_dec
        if (sep == loc.group and c.scaled and c.power >= 9 and len(tail) == 3
                and tail != "000" and body.count(sep) == 1 and sep in lex.decimal_either):
            # "13,232 بليون ريال" under ar_SA (',' groups): thirteen trillion, or 13.232
            # billion as the Maghreb's writers mark decimals (and the Arabic decimal mark
            # typed as a comma)? The locale's reading, said so
            c.reasons.append(f"{body}: '{sep}' groups thousands here, but {loc.language} "
                             "elsewhere marks decimals with it")
            c.alts.append(as_dec)
            return as_grp
        if (sep == loc.decimal and not c.scaled and not c.per and len(tail) == 3
                and cur is not None and tail != "000"
                and all(global_table().codes.get(x, 2) == 0 for x in cur.value)):
            # "Rp 42,500" under id_ID (decimal ','): a currency written without decimals
            # (CLDR: IDR, KRW, HUF…) has no thousandths; the writer grouped the English way
            c.reasons.append(f"{body}: the locale's decimal, but {cur.value[0]} is written "
                             "without decimals")
            c.alts.append(as_dec)
            return as_grp
        if sep == loc.decimal and not c.scaled and not c.per and tail == "000" and (
                cur is None
                or global_table().codes.get(choose_currency(cur.value, cur.text, loc)[0], 2) < 3):
            # "US$ 33.000" under a point-decimal locale: nobody writes 33 with three zeros
            # (nor a range's low end, its currency after the high end: "zwischen 750.000
            # und 1,2 Millionen Pfund" in Switzerland)
            c.reasons.append(f"{body}: the locale's decimal, but '000' groups thousands")
            c.alts.append(as_dec)
            return as_grp
        if (sep == loc.decimal == "," and not c.scaled and not c.per and len(tail) == 3
                and cur is not None and body.count(sep) == 1 and tail != "000"
                and _minor_digits(cur, loc) < 3 and _groups_by_comma(text, lex.lang)):
            # "64,000 euros anuales (5,333 euros al mes)" under es_ES: the locale's decimal,
            # but the text groups thousands with it elsewhere (",000"); flagged
            c.reasons.append(f"{body}: the locale's decimal, but the text groups thousands "
                             "with ','")
            c.alts.append(as_dec)
            return as_grp
        if (sep == loc.decimal and not c.scaled and not c.per and len(tail) == 3
                and cur is not None and _decimal_differs(loc)
                and _minor_digits(cur, loc) < 3):
            # "R1,200" under en_ZA (decimal ','): the locale's decimal, but three places
            # are no price, and English elsewhere groups with ','
            c.reasons.append(f"{body}: the locale's decimal, but {loc.language} elsewhere "
                             f"groups thousands with '{sep}'")
            c.alts.append(as_dec)
            return as_grp
        if (sep == loc.decimal == "." and not c.scaled and len(tail) == 3 and tail.endswith("00")
                and cur is not None
                and _minor_digits(cur, loc) < 3):
            # "10.500 جنيه" under a point-decimal locale: ten and a half, or ten thousand
            # five hundred as continental writers group (comma-decimal Europe writes fuel
            # to three places: "1,400 Euro" stays 1.4)
            c.reasons.append(f"{body}: the locale's decimal, but '{tail}' may group thousands")
            c.alts.append(as_dec)
            return as_grp
        if (sep == loc.group == "." and loc.decimal == "," and not c.scaled and not c.per
                and len(tail) == 3 and cur is not None and body.count(sep) == 1
                and _minor_digits(cur, loc) == 3):
            # "14.900دينار" under ar_TN ('.' groups): the locale groups with it, but a
            # dinar of a thousand millimes is written to the thousandth with a point; the
            # fraction, flagged ("15.000 دينار": fifteen thousand first, flagged; not
            # "15,750 دينار" under ar_JO, where ',' groups as in English)
            c.reasons.append(f"{body}: '{sep}' groups thousands here, but "
                             f"{choose_currency(cur.value, cur.text, loc)[0]} is written to "
                             "the thousandth")
            if tail == "000":
                c.alts.append(as_dec)
                return as_grp
            c.alts.append(as_grp)
            return as_dec
        if (sep == loc.decimal == "." and not c.scaled and not c.per and len(tail) == 3
                and cur is not None and not c.cur_left and body.count(sep) == 1
                and len(body.partition(sep)[0].lstrip("+-−")) >= 2
                and _minor_digits(cur, loc) < 3 and not _thousandths(text)):
            # "13.560 ريال سعودي" under ar_SA: the locale's decimal, but tens of riyals
            # written to the thousandth are no price; grouped as continental writers do
            # (not beside "6.608 ₪": a text that writes prices to the thousandth)
            c.reasons.append(f"{body}: the locale's decimal, but '{tail}' may group thousands")
            c.alts.append(as_dec)
            return as_grp
        if (not c.scaled and len(tail) == 3 and not tail.endswith("00") and sep != loc.decimal
                and sep != loc.group and loc.group in ("\u00a0", "\u202f", " ")
                and not (sep == "." and lex.dot_groups_plain)):
            # "1.462 eura" under sk_SK (decimal ',', groups with a space): '.' is neither
            # of the locale's marks; writers use it both ways ("1.500" groups: no price
            # is written to three places ending in zeros)
            c.reasons.append(f"{body}: '{sep}' is neither the locale's decimal nor its grouping")
            c.alts.append(as_dec)
            return as_grp
        if (c.scaled and len(tail) == 3 and sep != loc.decimal and sep != loc.group
                and loc.group in ("\u00a0", "\u202f", " ") and not tail.endswith("0")
                and _dot_decimals(text)):
            # "1.595 млн. лв." under bg_BG (decimal ',', groups with a space): '.' is
            # neither of the locale's marks. Writers group with it before a scale ("kr
            # 3.635 mill.", "1.177 milhões"), unless the text marks decimals with it
            # elsewhere ("3.29 млн. лв. ... 1.595 млн. лв."): then decimals, flagged
            c.reasons.append(f"{body}: '{sep}' is neither the locale's decimal nor its "
                             "grouping; the text marks decimals with it")
            c.alts.append(as_grp)
            return as_dec
        head = body.rpartition(sep)[0].lstrip("+-−")
        if (sep == loc.decimal == "," and not c.scaled and not c.per and len(tail) == 3
                and cur is not None and (len(head) >= 2 or (
                    len(head) == 1 and head != "0" and tail.endswith("0") and (
                        head not in ("1", "2")
                        or not any(t.kind == "per" for t in c.cues.after)
                        and "/" not in text[c.num.end:c.num.end + 4]
                        and not _fuel_named(text, lex))))
                and _minor_digits(cur, loc) < 3):
            # "45,800 kr." under da_DK, "43,230 ლარი" under ka_GE: the locale's decimal, but
            # tens of crowns to three places are no price (the prices written so, fuel
            # and power, are a few units: "1,859 Euro" stays 1.859); grouped the English
            # way, perhaps; and a few units, ending in a zero ("4,300 TL", "circa 1,790
            # euro": a fuel price says its litre)
            c.reasons.append(f"{body}: the locale's decimal, but '{tail}' may group thousands")
            c.alts.append(as_grp)
            return as_dec
        if (c.scaled and len(tail) == 3 and sep != loc.decimal and sep != loc.group
                and sep == "," and getattr(locale_of(loc.language), "decimal", None) == ","):
            # "10,432 Millionen Franken" under de_CH ('.' and "'"): the decimal comma of
            # the language's other countries, which the Swiss press writes too
            c.reasons.append(f"{body}: '{sep}' is neither the locale's decimal nor its "
                             f"grouping; {loc.language} elsewhere marks decimals with it")
            c.alts.append(as_grp)
            return as_dec
        if (c.scaled and len(tail) == 3 and sep != loc.decimal and sep != loc.group
                and not tail.endswith("0") and not lex.dot_groups):
            # "3.085 миллиарда рублей" under ru_RU: '.' is neither of the locale's marks;
            # grouped before a scale (as the Nordic and Portuguese press do: "kr 3.635
            # mill.", "1.177 milhões"), or an English decimal point
            c.reasons.append(f"{body}: '{sep}' is neither the locale's decimal nor its "
                             "grouping: thousands, or decimals?")
            c.alts.append(as_dec)
            return as_grp
        if (sep == loc.group == "." and c.scaled and len(tail) == 3 and body.count(sep) == 1
                and loc.numbering != "latn" and body.isascii()):
            # "1.270 بليون دولار" under ar_LB: CLDR's marks for Latin digits there are
            # ',' and '.', but the locale writes its own digits, and its press writes
            # Latin ones with a decimal point; a thousand billion is said otherwise
            c.reasons.append(f"{body}: '{sep}' groups the locale's Latin digits, but its "
                             "press marks decimals with it")
            c.alts.append(as_grp)
            return as_dec
        if (sep == loc.group == "." and c.scaled and len(tail) == 3 and body.count(sep) == 1
                and _decimal_differs(loc)):
            # "1.933 مليار درهم" under ar_MA: the locale groups with '.', but the language's
            # other writers mark decimals with it (the Moroccan press does both: "17.3
            # مليار", "2.500 درهم"); a thousand billion is said otherwise
            c.reasons.append(f"{body}: '{sep}' groups in the locale, but {loc.language} "
                             "elsewhere marks decimals with it")
            c.alts.append(as_grp)
            return as_dec
        return as_dec if sep == loc.decimal else as_grp
    if c.scaled:
        tail = body.rpartition(sep)[2]
        if sep == "." and tail.endswith("0") and len(body.rpartition(sep)[0]) <= 3:
            # "574.600 millones": nobody writes 574.6 with two zeros; grouping, likely
            c.reasons.append(f"{body}: '{sep}' may group thousands or mark decimals")
            c.alts.append(as_dec)
            return as_grp
        return as_dec if sep == "." else as_grp  # "1.092 billion", "1,250 million"
    minor = 2
    if cur is not None and len(cur.value) == 1:
        minor = global_table().codes.get(cur.value[0], 2)
    if minor >= 3:
        return as_dec  # "BHD 1.250": a three-digit fraction is that currency's own
    english = (prefixed and cur is not None and not cur.text[:1].isalpha()
               and bool(set(cur.text) & global_table().english_style_symbols))
    if (sep == "," and english_prefix and loc is not None and loc.decimal == ","
            and not body.endswith("0") and loc.currency is not None and cur is not None
            and choose_currency(cur.value, cur.text, loc)[0] == loc.currency):
        # "$ 13,259 por litro" under es_UY: the sign is the locale's own peso, and the
        # locale marks decimals with ','; grouped the English way, or to the thousandth?
        # (not "$19,600 por caja": a price to the thousandth ends in no zero)
        c.reasons.append(f"{body}: ',' after the locale's own sign: thousands the English "
                         "way, or the locale's decimal?")
        c.alts.append(as_dec)
        return as_grp
    if sep == "," and not c.per:
        return as_grp  # "$1,500", "1,500 €": three decimals are no amount of money
    if sep == "." and not english and not c.per:
        return as_grp  # "1.299 €", "Rp 31.500", "R$ 1.092": continental grouping
    first, other = (as_dec, as_grp) if (english or sep == ",") and sep == "." else (as_grp, as_dec)
    if c.per and sep == ",":
        first, other = as_grp, as_dec
    c.reasons.append(f"{body}: '{sep}' may group thousands or mark decimals")
    c.alts.append(other)
    return first


def _english_dollar(sign: str) -> bool:
    """Is ``sign`` a country's letters and the dollar sign, of a country that groups
    thousands with a comma ("US$", "S$", "HK$"; not "R$")?"""
    g = global_table()
    code = g.dollar_prefixes.get(sign[:-1].lower()) if sign.endswith("$") else None
    return code is not None and code in g.english_style_codes


def _inner_scale_split(words: str, value: Decimal, power: int,
                       lex: Lexicon) -> tuple[Decimal, Decimal] | None:
    """A number in words that holds a scale larger than the ``power`` after it ("un
    billón quinientos mil | millones"): (the part counted in that larger scale, the
    rest), when the rest scaled by ``power`` stays below the larger scale; else None."""
    inner = max((p for w in words.split() if (p := lex.scale(w)) is not None), default=0)
    if inner <= power:
        return None
    unit = Decimal(10) ** inner
    head = (value // unit) * unit
    rest = value - head
    if head <= 0 or rest <= 0 or rest.scaleb(power) >= unit:
        return None
    return head, rest


def _restated_scale(words: str, value: Decimal, power: int, lex: Lexicon) -> bool:
    """Does a number in words that ends in no scale ("27 مليوناً ونصف") hold the scale
    ``power`` already, so that the scale after it restates it ("ونصف المليون": and half
    the million)? So too where its value is already that large ("مليوني ونصف مليون": two
    million and half a million, the dual a number word)."""
    parts = words.split()
    return (len(parts) > 1 and lex.scale(parts[-1]) is None
            and (any(lex.scale(w) == power for w in parts[:-1]) or value >= 10 ** power))


def _sign_after_next(text: str, pos: int, sign: str) -> bool:
    """Does the figure after the dash at ``pos`` have ``sign`` after it, as the one before
    it does ("2.000 €-3.000 €": a range of two figures signed alike, the dash no minus;
    not "-0.5B €-5.8B", the sign before each)?"""
    if text[pos:pos + 1] not in ("-", "−") or not text[pos + 1:pos + 2].isdigit():
        return False
    m = _DIGIT_RUN.match(text, pos + 1)
    return m is not None and text.startswith(sign, _after_spaces(text, m.end()))


# a country's capital letters after a figure ("$131 US"), then no more of a word
_COUNTRY_AFTER = re.compile(r"[ \u00a0]([A-Z]{2,3})(?![\w$])")


def _unit_sized(c: _Cand, cur: Tok, loc: Locale | None) -> bool:
    """Is ``cur`` a sign that is also a unit (``unit_codes``: "RON", "KM"), beside a whole
    unscaled figure of the unit's size, outside the sign's country?"""
    span = global_table().unit_codes.get(cur.text)
    whole = (c.num.kind == "digits" and c.num.text.isdigit()) or (
        c.num.kind == "word" and c.value == c.value.to_integral_value())  # ("empat KM")
    return (span is not None and whole and not c.scaled and span[0] <= c.value <= span[1]
            and (loc is None or loc.currency not in cur.value))


def _minor_digits(cur: Tok, loc: Locale) -> int:
    """The minor-unit digits of the currency a cue is read as here ("រៀល" under km_KH is
    the riel, 2, though the same word names the Omani rial, 3, elsewhere)."""
    return global_table().codes.get(choose_currency(cur.value, cur.text, loc)[0], 2)


_STRAY_HEAD = re.compile(r"(?:^|(?<=[\s(]))(\d{1,3}) $")  # "(44 " before "8800"
# "12,38, " before "638", "2.174. " before "48": a figure grouped up to its mark and a blank
_STRAY_MARK_AFTER = re.compile(r"[ \u00a0][.,]\d{2,}")  # " ,00000" after "₹70"
# a last group of three, then its cents: "458.21" of "282,675, 458.21 USD"
_GROUP_THEN_CENTS = re.compile(r"\d{3}([.,])\d{2}")
_STRAY_GROUP = re.compile(r"(?:^|(?<=[\s(]))(\d{1,3}(?:([,.])\d{2,3})+)\2 $")


def _own_sign_first(sign: str, loc: Locale | None) -> bool:
    """Is ``sign`` the locale's own currency's symbol, which its CLDR pattern writes before
    the figure ("RM" in Malaysia, "Rp" in Indonesia)?"""
    if loc is None or loc.currency is None:
        return False
    rec = locale_record(loc.cldr_id)
    pattern = str(rec.get("currency_formats", {}).get("standard", ""))
    own = str(rec.get("currency_symbols", {}).get(loc.currency, ""))
    return ((own == sign or own.lower() == sign.lower())  # ("Tsh" as "TSh" in Tanzania)
            and pattern.lstrip("\u200e\u200f\u061c").startswith("¤"))


def _sign_leads_next(text: str, pos: int, sign: str, lex: Lexicon) -> bool:
    """Does the figure at ``pos`` end the text, or stand before the same sign and another
    figure ("3 RM 40 RM 10"), or before a word that is no coin's nor currency's: the sign
    before it leads it? Not "10 $ 30 $" (each sign after its figure), "10 $ 30 cent"."""
    m = NUM_RE.match(text, pos)
    if m is None:
        return False
    q = _after_spaces(text, m.end())
    if q >= len(text):
        return True
    if text.startswith(sign, q):
        return text[_after_spaces(text, q + len(sign)):][:1].isdigit()
    w = _NEXT_WORD.match(text, m.end())
    return (w is not None and lex.names_of(w.group(1)) is None
            and lex.key(w.group(1).lower(), lex.minor) is None)


# a footnote's number glued after a sign: a digit or two, then the text's end, a
# punctuation mark or a word ("Fr.1, Kantone", "руб.10.")
_FOOTNOTE = re.compile(r"\d(?=$|[,;).]|[ \u00a0](?!\d))|\d\d(?=$|[,;)]|\.(?!\d)|[ \u00a0](?!\d))")


def _candidate(text: str, cues: Cues, lex: Lexicon, loc: Locale | None, floor: int,
               prev_end: int, prev_bracketed: bool) -> _Cand:
    num = cues.num
    c = _Cand(cues, num.start, num.end, left_start=num.start)
    right = cues.right
    if num.kind == "article":
        # "a dollar", "einen Euro": an article counts only before a currency word or a
        # coin word, never before a symbol ("A$7.1 billion")
        first = right[0] if right else None
        if (first is None or first.start == num.end or not first.text[:1].isalpha()
                or text[first.end:first.end + 1].isdigit()  # "a Ksh35.6 billion"
                or (first.kind == "cur" and lex.names_of(first.text) is None)
                or first.kind not in ("cur", "minor", "scale")):
            right = ()
    elif right and right[-1].kind == "cur" and (
            right[-1].start > num.end or (num.kind == "cjk" and right[-1].text.isascii())) and (
            not right[-1].text.isalpha() or right[-1].text.isupper()
            or _own_sign_first(right[-1].text, loc)):  # ("mita 70 Tsh 515,618")
        # "1 $10 dollars", "-0.5B €-5.8B", "10  US$0.24": a symbol or code glued to the
        # next numeral (or to its sign) belongs to it (and glued to a Han numeral too:
        # "星期一至五$2.2", the sign is the price's)
        after = right[-1].end
        nxt = text[after:after + 2]
        note = _FOOTNOTE.match(text, after)
        footnote = (note is not None and any(t.kind == "scale" for t in right)
                    and (note.end() == after + 1 or not _own_sign_first(right[-1].text, loc)))
        # ("3 млрд. руб.10.": two digits too, where the locale writes its sign after the
        # figure)
        if ((nxt[:1].isdigit() or (nxt[:1] in "-−" and nxt[1:2].isdigit()
                                   and not _sign_after_next(text, after, right[-1].text))
             or (nxt[:1] == " " and nxt[1:2].isdigit()
                 and (num.text.isdigit() or num.kind == "word")
                 and _own_sign_first(right[-1].text, loc)
                 and _sign_leads_next(text, after + 1, right[-1].text, lex)))
                and not footnote
                and not _measured_next(text, after, lex)):  # ("29 kr.2 GB": a size after it)
            # ("Kelas 3 RM 40", "Kelas Satu RM 10": where the locale writes its own sign
            # before the figure, a sign between two figures is the second's)
            # ("–1,7 Mrd. Fr.1, Kantone", "164,8 mld PLN2.", "-109 M€2 pour la SLN": a
            # footnote's digit after a scaled amount's code leaves the code to that amount)
            right = tuple(t for t in right if t.kind in ("scale", "rparen"))
    if num.kind == "word" and (
            (last := num.text.lower().rsplit(None, 1)[-1]) == "grand"
            or (money_noun(last, lex.lang) and not _counted(text, num.end, lex))):
        c.grand = True  # "a grand", "ten grand": thousands of the local currency; "za
        # tisícovku" (a thousand crowns, the note), "o złotówkę"
    if (right and right[0].kind == "scale" and text[num.end:num.end + 1] == "."
            and right[0].start > num.end + 1 and num.kind == "digits"):
        c.reasons.append(f"{num.text}. before {right[0].text!r}: a stray point" + (
            ", or an ordinal?" if num.text.isdigit() else "?"))  # "5. mil. eur", "1,8. mia. kr."
    if (num.kind == "digits" and len(num.text) >= 4 and num.text.isdigit()
            and (head := _STRAY_HEAD.search(text, max(0, num.start - 5), num.start))):
        c.reasons.append(f"{head.group(1)} {num.text}: one figure with a stray space, or "
                         "two?")  # "44 8800 milliards FCFA": neither grouped nor apart
    if (num.kind in ("digits", "cjk") and num.text[:1].isdigit() and num.start >= 3
            and text[num.start - 1] in ".,"
            and text[num.start - 2] in " \u00a0" and text[num.start - 3].isdigit()):
        head_at = num.start - 2
        while head_at and text[head_at - 1].isdigit():
            head_at -= 1
        c.reasons.append(f"{text[head_at:num.end]}: one figure with a stray space "
                         "before its decimal mark, or two?")  # "48 .6万余元": 486,000
    if (num.kind == "digits" and ((len(num.text) in (2, 3) and num.text.isdigit())
                                  or ((cents_m := _GROUP_THEN_CENTS.fullmatch(num.text))
                                      is not None
                                      and cents_m.group(1) not in text[num.start - 2:num.start]))
            and (head := _STRAY_GROUP.search(text, max(0, num.start - 16), num.start))
            and (len(head.group(1).rpartition(head.group(2))[2]) == 3 or head.group(2) == ",")):
        c.reasons.append(f"{head.group(1)}{head.group(2)} {num.text}: one figure with a stray "
                         "space, or two?")  # "12,38, 638 करोड़ रुपये": one figure of Indian
        # groups; "2.174. 48 KM": a price to the fening
    if num.kind == "cjk" and approximate_cjk(num.text):
        c.qualifier = "more than"  # "1000多万元", "百余万元": the number and more
    end = num.end
    inner_close = False
    half = False
    unknown: Tok | None = None
    split: tuple[Decimal, Decimal] | None = None  # (a larger scale's part, the rest)
    for t in right:
        kind = t.kind
        if (kind == "scale" and len(t.text) == 1 and loc is not None and loc.currency
                and c.cur is None and loc.currency in global_table().symbols.get(t.text, ())):
            # "1.234,00 L" in Moldova, "1 234,00 G" in Haiti: the letter is the currency
            # the locale writes so, not a lakh or a giga
            t = Tok("cur", t.start, t.end, t.text, (loc.currency,))
            kind = "cur"
        if kind == "scale":
            if num.kind == "article" and t.text.lower() != "grand":
                break
            if (len(t.text) == 1 and t.text.isascii() and num.kind == "digits"
                    and len(num.text) == 1 and c.cur is None and c.minor_factor is None
                    and not any(x.kind == "cur" for x in (*right, *cues.left))):
                break  # "en 3 G ou 5 Go en 4G": a letter after one digit, no currency
                # around, is a generation of phones, no scale ("2,2 G" of Quebec is)
            if t.text.lower() == "grand":
                c.grand = True
            if num.kind == "word" and not c.power and _restated_scale(
                    num.text, Decimal(num.value), t.value, lex):
                end = t.end  # "27 مليوناً ونصف المليون": and half of the million, said again
                continue
            if num.kind == "word" and not c.power and split is None:
                split = _inner_scale_split(num.text, Decimal(num.value), t.value, lex)
            c.power += t.value
            c.scaled = True
            end = t.end
        elif kind == "rparen":
            inner_close = True
            end = t.end
        elif kind == "cur":
            if inner_close and text[_after_spaces(text, t.end):][:1].isdigit():
                break  # "(… semester 1) Rp 1 juta": past a closing bracket, a sign that
                # stands before a figure is that figure's
            if (t.text.endswith(".") and num.kind == "digits" and len(num.text) == 1
                    and _PRICE_NEXT.match(text, _after_spaces(text, t.end))):
                break  # "Verden 1 Kr. 59,00": an abbreviated sign before a price is the
                # price's, not a title's digit's before it
            c.cur = t
            end = t.end
        elif kind == "half":
            half = True  # "12 جنيهًا ونصف": and a half of the unit
            end = t.end
        elif kind == "qual":  # "100 กว่าล้านบาท": more than 100 million
            c.qualifier = c.qualifier or t.value
            end = t.end
        elif kind == "minor":
            # a one-character CJK coin word (角, 分) glued to more ideographs is a word of
            # its own ("五角大楼", the Pentagon), unless it is "…角钱"
            nxt = text[t.end:t.end + 1]
            g = global_table()
            if (t.text in g.ambiguous_coin_chars and nxt
                    and (_ideograph(nxt) or nxt in g.coin_word_blockers)
                    and nxt not in g.coin_word_followers
                    and not (nxt in lex.cues["range"] and num.kind == "digits")):
                break  # ("1000万分の1": one in ten million, "年五分の": five per cent;
                # but "加1角至2角": a range's word after a figure in digits)
            if t.text in g.ambiguous_coin_chars and text[num.start - 1:num.start] in (
                    g.coin_rate_marks):
                break  # ("3割2分5厘": a batting average)
            if _unit_prefix(text, t, lex):
                break  # ("1,8 - 2,2 centi meter": a unit's prefix written apart)
            c.minor_factor, c.minor_cur = t.value
            c.minor_text = t.text
            end = t.end
        elif kind == "unknown":
            unknown = t
    start = num.start
    lparen: Tok | None = None
    neg_word: str | None = None
    word_dash: str | None = None  # a dash glued to the figure after a word ("Woda -3,81")
    own_inside = False
    for t in cues.left:
        if t.start < floor:
            break
        kind = t.kind
        if kind == "cur":
            if lparen is not None and c.cur is not None and (t.text[:1].isalpha() or any(
                    u.kind == "rparen" and u.start >= c.cur.end for u in cues.after)):
                # "درهم (545 مليون دولار)": the bracket holds a figure with its own currency
                # (closed further on after a name: "του ευρώ (10,10 ευρώ από 10 ευρώ)")
                own_inside = True
                break
            if (c.cur is not None and not c.cur_left
                    and text[t.end:num.start].strip(" \u00a0") in ("-", "–", "—")
                    and text[:t.start].rstrip(" \u00a0")[-1:].isdigit()):
                break  # "2.000 €-3.000 €": the sign closes the figure before; a range
            if (c.cur is not None and not c.cur_left and ":" in text[t.end:num.start]
                    and not set(t.value) & set(c.cur.value)):
                break  # "KSH: 433 ezer forintra": letters before a colon label the line (the
                # statistics office); the name after the figure is its currency
            if (c.cur is not None and t.text in global_table().homeland_signs
                    and not set(t.value) & set(c.cur.value)):
                continue  # "գիշերայինը` 36 դրամ 20 լումա": a code page's stand-in for a
                # sign before, a name after that disagrees: a mark of the text; the name's
            if c.cur is not None:
                # "USD 10 EUR 20": a cue followed by another numeral belongs to that one
                nxt = text[c.cur.end:c.cur.end + 4].lstrip(" \u00a0")
                if nxt[:1].isdigit() and not _own_cue_after_next(text, c.cur):
                    c.cur = None
                    end = max([u.end for u in right if u.kind in ("scale", "rparen")] or [num.end])
            if c.cur is None:
                c.cur = t
            else:
                # both sides name a currency: "$ 10 dollars" agrees (keep what both allow);
                # "A$7.1 billion eur" does not (the prefix wins, the suffix is left over)
                both = tuple(x for x in t.value if x in c.cur.value)
                if both:
                    c.cur = t._replace(value=both)
                elif (len(t.value) > 1 and len(c.cur.value) == 1
                      and c.cur.text.replace(" ", "").isalpha()
                      and c.cur.text.lower() not in lex.suffix_only):  # ("$1 million mark")
                    # "$45 soles": a sign of many currencies, then a name of one other; the
                    # name says which, and the mention says the sign did not agree
                    c.reasons.append(f"{t.text!r} before and {c.cur.text!r} after: read as "
                                     f"{c.cur.value[0]}")
                    start = t.start
                    c.cur_left = False
                    continue
                else:
                    end = max([u.end for u in right if u.kind in ("scale", "rparen")] or [num.end])
                    c.cur = t
            c.cur_left = True
            start = t.start
        elif kind == "sign":
            # "-15€", "-$5", "△64億円" are negative; "5-6" and "FY-5" are not
            cue_glued = any(u.kind == "cur" and u.end == t.start for u in cues.left)
            if t.start == prev_end:  # "10$-20$": a dash right after an amount joins a range
                continue
            if (t.text in "-–−" and t.end == num.start and c.cur is not None and not c.cur_left
                    and _bare_before_dash(text, t.start, c)):
                # "80.000 -120.000 ευρώ": a range's dash after a stray space, a guess said so
                c.reasons.append(f"{t.text!r} spaced from the figure before it only: a "
                                 "range's dash, or a minus?")
                continue
            if (t.text in "-–−" and t.end == num.start and c.cur is not None and not c.cur_left
                    and num.kind == "digits" and c.cur.text[:1].isalpha()
                    and 0 <= prev_end < t.start and not text[prev_end:t.start].strip(" \u00a0")
                    and text[:prev_end].rstrip(". ").endswith(c.cur.text.rstrip("."))):
                # "до 9,8 тис. грн -11,9 тис. грн.": glued to the figure, spaced from the
                # amount before it in the same currency's name, a range's dash as likely as
                # a minus; read as the dash (not a row of cells: "442 629€ -113 876€")
                c.reasons.append(f"{t.text!r} right after an amount, spaced from it only: a "
                                 "range's dash, or a minus?")
                continue
            prev = text[t.start - 1] if t.start else " "
            if prev == "-" and t.text == "-" and text[:t.start - 1].rstrip()[-1:].isdigit():
                continue  # "300--400": a dash typed as two hyphens joins a range
            if t.text in "-–—" and prev in "-–—" and t.start >= 2 and text[t.start - 2] in "-–—":
                continue  # "91.6-------RM128.00": a row of dashes leads to the cell, no minus
            if t.text in "-–" and is_cjk_numeral(prev) and cjk_digit(prev) is None:
                continue  # "3000万-5000万元": a dash after a Han multiplier joins a range
            if (lex.prefixes and t.text in "-־" and prev in " \u00a0" and t.end == num.start
                    and ((w := _word_before(text, t.start)) in lex.prefixes
                         or w in lex.cues["qualifiers_before"])):
                continue  # "המוערך ב -650 מיליון ₪", "ועלותו כ -365 מיליון דולר": a clitic's
                # (or a hedge's) hyphen set apart, no minus
            if (t.text == "-" and prev in " \u00a0"
                    and any(u.kind == "cur" and u.start == t.end for u in cues.left)
                    and text[:t.start].rstrip(" \u00a0")[-1:] in (")", "）")):
                c.reasons.append(f"'-' after {text[:t.start].rstrip()[-12:]!r}: a dash setting "
                                 "the price off (read so), or a minus?")
                continue  # "- Lembu (seekor) -RM 200.00": a list's dash after the label
            if (t.text == "-" and prev in ".:" and t.end == num.start and t.start >= 2
                    and text[t.start - 2].isalpha() and not cue_glued):  # (not "Fr.-5")
                c.reasons.append(f"{text[t.start - 1:t.end]!r} after a label: a dash setting "
                                 "the figure off (read so), or a minus?")
                continue  # "1 мес.-1360 руб.", "Цена:-1360": the label's dash
            if (t.text == "-" and t.end == num.start and not cue_glued and not prev.isdigit()
                    and southeast_asian(prev)):  # (a hyphen glued after a word of
                # these is a headline's dash more often than a minus)
                c.reasons.append(f"{text[max(0, t.start - 8):t.end]!r}: a hyphen glued to the "
                                 "word before, a dash (read so), or a minus?")
                continue  # "รถไฟรางคู่14สาย-3.6แสนล.": a headline's dash after a word
            if (not prev.isalnum() or cue_glued or t.text in lex.negative_signs
                    or (no_space_script(prev) and not prev.isdigit())) and not _dash_aside(
                        text, t, lex.cues.get("suspended_links", frozenset())) and not (
                    num.kind == "word" and t.text in "-–−" and prev.isspace()
                    and text[:t.start].rstrip()[-1:].isalpha()):
                # ("tysiąca -dwóch tysięcy złotych": a dash between two numbers in words
                # joins a range; a minus before a spelled number is written as a word;
                # "en Galicia −un millón de euros … −": a dash opening an aside)
                c.negative = True
                start = t.start
                word_dash = t.text if prev in " \u00a0" and text[:t.start].rstrip(
                    " \u00a0")[-1:].isalpha() else None
        elif kind == "lparen":
            lparen = t
        elif kind == "minor" and c.cur is None and c.minor_factor is None:
            # "na senti 84": the coin word before its number (noun-first languages)
            c.minor_factor, c.minor_cur = t.value
            c.minor_text = t.text
            start = t.start
        elif kind == "scale" and not c.scaled:  # "MSEK 1,341.3": the prefix of the code
            c.power += t.value
            c.scaled = True
            start = t.start
        elif kind == "neg":
            if (" ".join(t.text.lower().split()) in lex.cues.get("negative_maybe", ())
                    and _phrase_after(text, end, lex.cues.get("than_after", frozenset()))):
                continue  # "menos 26 cêntimos do que na semana anterior": less than, no minus
            k = t.start
            while k and text[k - 1] in " \u00a0":
                k -= 1
            if k and text[k - 1] == "/" and t.text[:1].isalpha():
                start = t.start  # "pluss/minus 500 kroner": a tolerance either way, no minus
                continue
            if k and (text[k - 1].isalpha() or text[k - 1] in "(（") and (
                    " ".join(t.text.lower().split()) in lex.cues.get("negative_maybe", ())):
                neg_word = t.text  # "gastaram menos 2.462 milhões": less, or minus? (so
                # too opening a bracket in prose: "recuaram 1,7% (menos sete milhões)")
            else:
                c.negative = True
            start = t.start
        elif kind == "qual":
            c.qualifier = t.value
            c.qual_tok = t
            start = t.start
        elif kind == "lead":
            c.lead = True
            c.left_start = t.start
    if lparen is not None:
        after_cur = not own_inside and any(
            t.kind == "cur" and t.end <= lparen.start for t in cues.left)
        close = _closing(cues, end, inner_close)
        if close is not None and not _apposition(text, lparen, prev_end, prev_bracketed, lex):
            tail = any(t.kind == "tail" for t in cues.after)
            convention = lex.brackets_negative
            # accounting brackets: at the start of a cell or line, after a colon, a symbol
            # or another bracketed figure; after a word they open a parenthetical
            # ("Mittal Galati (800 mil. euro)"), unless a loss word is inside ("(312억원 손실)")
            word_before = _word_before(text, lparen.start)
            if word_before is not None:
                q = _past_spaces_back(text, lparen.start) - len(word_before)
                if q >= 2 and text[q - 1] in "’'" and _in_word(text[q - 2]):
                    word_before = text[q - 1] + word_before  # "Murang’a (Sh110 million)":
                    # the end of a name, not the article "a" an amount follows
            if word_before is None:
                q = lparen.start
                while q and text[q - 1] in " \u00a0":
                    q -= 1
                if q >= 2 and text[q - 1] in "\"”»“«’'" and (
                        _in_word(text[q - 2]) or text[q - 2].isdigit()):
                    # 'Orkan "Kyrill" (3,6 Milliarden)', '"Breaking Dawn – Part 1" ($71.6
                    # million)': a quoted name, then the figure's own brackets
                    word_before = _word_before(text, q - 1) or text[q - 1]
                elif q >= 2 and text[q - 1] in ")）":
                    lo = max(0, q - 40)  # (a short name only: the search stays bounded)
                    opened = max(text.rfind("(", lo, q - 1), text.rfind("（", lo, q - 1))
                    inner = text[opened + 1:q - 1] if opened >= 0 else ""
                    if any(ch.isalpha() for ch in inner) and not any(
                            ch.isdigit() for ch in inner):
                        word_before = inner.lower()  # "(ADSE) (11,2 milhões de contos)": a
                        # name in brackets, then the figure's own: prose, no negative
            inside = text[lparen.end:lparen.end + 1]
            # after a word a bracket opens a parenthetical ("Hawaii ($3.59)", "Galati (800
            # mil. euro)"), unless the word is one an amount follows ("revenue is ($99.99)")
            # or the cell is spaced as tables align it ("kostnaður ( 3.256) m.kr.")
            parenthetical = word_before is not None and not (
                convention is True and word_before in lex.cues.get("amount_followers", ())
            ) and (inside not in " \u00a0" or _unit_inside(text, num.end, close)
                   or word_before in lex.cues["minor_join"]
                   or _spaced_close(text, cues, num.end))
            # (spaced on both sides, "بقيمة ( 8 ) ملايين دينار", the bracket sets a figure
            # off in prose: a table aligns its cells to the right, "kostnaður ( 3.256) m.kr.")
            # (a spaced bracket that also holds the unit is prose: "externe ( 2,189 mld de lei)";
            # so is one after "and": "مليار و ( 700) مليون شيكل", no table's cell)
            alone = (inner_close and lparen.end == num.start and c.cur is not None
                     and not c.cur_left and not tail
                     and text[num.end:c.cur.start].strip(" \u00a0") in (")", "）")
                     and text[:lparen.start].rstrip(" \u00a0")[-1:] not in ("", ":", "\n", "|"))
            # ("سجل (88) جنيهاً", "، (45) جنيهاً": a figure set off in brackets alone, its
            # currency's word after them, is prose, not an accounting negative)
            # ("ကျပ်(၁)သိန်း": a numeral set in brackets with its scale glued after them, as
            # Burmese writes numerals in prose, is no accounting negative)
            glued = close < len(text) and _in_word(text[close])
            # (a number spelled out in brackets is prose: "(دومیلیارد و دویست میلیون ریال)"
            # spells the figure before it; no ledger writes its cells in words)
            if num.kind not in ("word", "article", "fraction") and (
                    (convention in (True, "cells") and (after_cur or not parenthetical)
                     and not (alone and convention == "cells") and not glued)
                    or (convention and tail and not parenthetical)):
                # (a loss word inside a bracket that opens after a word is prose, the
                # figure a size: "지난해 같은 기간(55억8800만 달러 적자)")
                start = min(start, lparen.start)
                end = max(end, close)
                c.negative = True
                c.bracketed = True
            elif (inner_close and not text[lparen.end:num.start].strip(" \u00a0")
                  and start == num.start):
                start = lparen.start  # "(35) فلساً": the bracket holds the figure alone
    c.start = start
    if not c.lead:
        c.left_start = start
    c.end = end
    if c.cur is not None and c.cur_left and c.cur.text.endswith("$"):
        m = _COUNTRY_AFTER.match(text, end)
        code = global_table().dollar_prefixes.get(m.group(1).lower()) if m else None
        if m is not None and code is not None and code in c.cur.value:
            c.cur = c.cur._replace(value=(code,))  # "$131 US": the country's letters after
            c.end = m.end()  # the figure say which dollar, as they do before the sign
    base = _digits_value(c, loc, lex, text)
    if split is not None and c.power:
        # "un billón quinientos mil millones": the scale after the words counts only the
        # part after their larger scale (a billón and 500,000 millions)
        base = split[0].scaleb(-c.power) + split[1]
    bases = [base, *c.alts]  # the separator's readings
    extra: list[Decimal] = []
    if unknown is not None and c.money_like:
        powers = unknown.value
        if powers:
            own = lex.scale(unknown.text) is None and any(
                lex.scale(unknown.text[:k]) is not None for k in range(3, len(unknown.text)))
            c.reasons.append(f"unknown word after number: {unknown.text!r} (a scale word of "
                             + ("this language with an ending the tables lack: " if own
                                else "another language: ")
                             + f"10^{' or 10^'.join(map(str, powers))})")
            extra = [b.scaleb(c.power + p) for b in bases for p in powers[1:]]
            extra += [b.scaleb(c.power) for b in bases]
            c.power += powers[0]
            c.scaled = True
            c.end = max(c.end, unknown.end)
        else:
            c.reasons.append(f"unknown word after number: {unknown.text!r}")
    elif cues.alt_scale is not None and c.scaled and c.money_like:
        scale = next(t for t in right if t.kind == "scale")
        c.reasons.append(f"{scale.text!r}: 10^{scale.value} in this language, "
                         f"10^{cues.alt_scale} in English")
        extra = [b.scaleb(c.power - scale.value + cues.alt_scale) for b in bases]
    coin_letter = _coin_letter(c, right)
    if coin_letter is not None:  # "N4.65k": naira and kobo, as Nigeria's press writes
        extra += [b.scaleb(c.power) for b in bases]
        c.power, c.scaled = 0, False
        c.reasons.append(f"{num.text}{right[0].text}: {coin_letter} and its coins as its "
                         "press writes them, or thousands?")
    if (coin_letter is None and c.scaled and len(right) == 1 and right[0].kind == "scale"
            and right[0].start == num.end and len(right[0].text) == 1
            and _GROUPED_CENTS.fullmatch(num.text.lstrip("+-−")) is not None):
        # "Rp40.237.937,00b": a letter glued after a sum already grouped in thousands and
        # written to the cent is a slip, no scale (forty quadrillion); as written, flagged
        extra += [b.scaleb(c.power) for b in bases]
        c.power, c.scaled = 0, False
        c.reasons.append(f"{num.text}{right[0].text}: a sum written to the cent, then "
                         f"{right[0].text!r}: a slip, or its scale?")
    if (c.scaled and loc is not None and loc.territory
            and (over := global_table().territory_scales.get(loc.territory))
            and (local := next((t for t in right if t.kind == "scale" and t.text in over),
                               None)) is not None
            and over[local.text] != local.value):
        # "45,77 MD" in Tunisia: millions of dinars as its press writes them, no milliards
        extra += [b.scaleb(c.power) for b in bases]
        c.power += over[local.text] - local.value
        c.reasons.append(f"{local.text!r}: 10^{over[local.text]} as written in "
                         f"{loc.territory}, 10^{local.value} elsewhere")
    c.value = base.scaleb(c.power) if c.power else base
    c.alts = [b.scaleb(c.power) for b in bases[1:]] + extra
    if half and not c.scaled and c.value == c.value.to_integral_value():
        c.value += _HALF  # "5 euros y medio"
    if neg_word is not None and c.money_like:
        c.reasons.append(f"{neg_word!r} before the figure: 'less' (read so) or a minus sign")
        c.alts.append(-c.value)
    if (c.money_like and c.cur is not None and num.kind == "digits" and not c.scaled
            and not c.reasons and isinstance(exp := base.as_tuple().exponent, int)
            and exp <= -5 and c.minor_factor is None and abs(base) >= 1
            and not any(t.kind == "per" for t in cues.after)):
        # "USD: 362,45000", "6,55957 FRF": a figure of units to five places or more is a
        # rate's, rarely an amount's (a price per kWh or share may be: "0,13837 лв./кВтч")
        c.reasons.append(f"{num.text}: written to {-exp} places: an exchange rate, or an "
                         "amount?")
    if (c.money_like and num.kind == "digits" and c.minor_factor is None and not c.scaled
            and (not num.text.isdigit() or len(num.text) >= 5)
            and _COLON_CENTS.match(text, num.end) is not None):
        # "N520,311,683:46": a colon, then two digits, after a sum no clock reads: its
        # cents, written so, or something else?
        c.reasons.append(f"{text[num.start:num.end + 3]}: ':' before two digits: the cents?")
        c.alts.append(abs(c.value) + Decimal(text[num.end + 1:num.end + 3]).scaleb(-2))
    if (num.kind == "digits" and c.cur is not None and c.cur_left and num.text.isdigit()
            and (stray := _STRAY_MARK_AFTER.match(text, num.end)) is not None):
        # "₹70 ,00000": a figure, a blank, then a mark glued to more digits: one figure
        # (70 lakh) with a stray blank, or a list? Its first part, said so
        c.reasons.append(f"{num.text}{stray.group()}: one figure with a stray space, or "
                         "two?")
    if (c.money_like and c.cur is not None and c.cur_left and num.kind == "digits"
            and c.minor_factor is None and not c.scaled and not c.per and loc is not None
            and c.value == c.value.to_integral_value() and c.value >= 100
            and (slash := _SLASH_CENTS.match(text, num.end)) is not None
            and _minor_digits(c.cur, loc) == 2):
        # "रु ५४,३६,०२७/८७", "Rs. 5,436,027/87": a slash, then two digits, after a sum
        # with its sign before it: its paisa, as South Asian cheques and accounts write
        # them ("500/-" is the sum and nothing more); read so, said so
        c.alts.append(c.value)
        c.value += Decimal(ascii_digits(slash.group(1))).scaleb(-2)
        c.end = max(c.end, slash.end())
        c.reasons.append(f"{text[num.start:slash.end()]}: '/' before two digits: its cents?")
    if (c.cur is not None and num.kind == "digits" and not c.scaled and c.minor_factor is None
            and not c.per and 0 < abs(c.value) < 1 and loc is not None
            and _minor_digits(c.cur, loc) == 0 and _scale_glued_on(text, num.end, lex)):
        # "Rp 0,33-0,66 jutasiswatahun": a fraction of a currency that has no coins below
        # its unit (CLDR: IDR, KRW, JPY…), a scale word glued to the next word after it
        c.reasons.append(f"{num.text}: a fraction of a "
                         f"{choose_currency(c.cur.value, c.cur.text, loc)[0]}, which has no "
                         "coins: a scale lost in the word after it?")
    if (c.cur is not None and c.money_like and not c.cur_left and _unit_sized(c, c.cur, loc)
            and loc is not None and loc.territory
            and _price_word_before(text, num.start, lex) is None):
        # "jarak 50 KM" under id_ID: a sign that is also a unit, after a whole number,
        # in a country not the sign's (glued, it is the unit: "1KM", "95RON"; after a
        # price word, money: "costs 95 RON")
        c.reasons.append(f"{c.cur.text!r}: {c.cur.value[0]}, or a unit of measure?")
    if c.money_like:
        for t in cues.after:
            if t.kind == "per" and not c.per:
                c.per = t.value
                c.end = t.end
            elif t.kind == "qual":
                c.qualifier = c.qualifier or t.value
                c.qual_end = t.end
            elif t.kind == "neg":
                c.negative = True
                c.qual_end = t.end
            elif t.kind == "curnote" and c.cur is not None and t.value[0] in c.cur.value:
                c.cur = c.cur._replace(value=(t.value[0],))  # "10萬元（人民幣）"
        if word_dash is not None and c.negative and (
                c.per or _slash_unit_after(text, c.end)):
            # "Woda -3,81 zł/m3", "полутуши –191,80 тыс. руб./тонн": a price of a unit is
            # seldom below nothing; the dash may set the price off from its label
            c.reasons.append(f"{word_dash!r} after a word before a price per unit: a minus "
                             "(read so), or a dash setting it off?")
            c.alts.append(-c.value)
    if c.cur is not None and c.cur_left and c.end == num.end and _percent_word(text, c.end, lex):
        c.reasons.append(f"{text[c.start:c.end]!r} before a percent word: money, or a "
                         "percentage with a stray letter?")  # "mula sa dating P30 porsiyento"
    return c


def _coins_of_cur(text: str, c: _Cand, lex: Lexicon) -> None:
    """A currency before the figure and a coin word after it: the coins of that currency
    ("Rs. 29 paise"), or one unit and the coins as prices are said ("рубль двадцать
    копеек"); either way a reading the mention says is one of two. A coin ideograph
    glued to the figure after a currency written in ideographs counts coins, decimals
    and all ("人民币31.79分": 0.3179 yuan)."""
    if (c.cur is not None and c.cur_left and c.minor_factor is not None and not c.scaled
            and c.cur.end <= c.num.start and _ideograph(c.cur.text[-1:])
            and len(c.minor_text) == 1 and _ideograph(c.minor_text)
            and text.startswith(c.minor_text, c.num.end)):
        c.coins_of_cur = True
        return
    if (c.cur is not None and c.cur_left and c.minor_factor is not None and not c.scaled
            and c.cur.end <= c.num.start and len(c.minor_text) >= 3
            and text[c.num.end:c.num.end + 1].isspace()
            and (c.value == c.value.to_integral_value()  # "RM2.67 sen" is ringgit
                 or (len(c.cur.text) == 3 and c.cur.text.isupper()))):  # but "USD 23.23
        # cents": a code, then hundredths of its coin (cargo yields, fuel per litre)
        cur_text = c.cur.text
        if not (cur_text[:1].isalpha() and not cur_text.isupper()
                and lex.names_of(cur_text) is not None):
            # "Rs. 29 paise", "USD 80 cents", "రూ. 29 పైసలు": the coin word after the
            # figure counts it; the currency before it names the coin's currency (the
            # whole units the other reading)
            c.coins_of_cur = True
            c.reasons.append(f"{cur_text!r} before the figure, {c.minor_text!r} after it: "
                             "read as coins")
            c.alts.append(c.value)
        elif not text[c.cur.end:c.num.start].strip(" \u00a0") and c.value < 100:
            # "evro osemdeset centov", "рубль двадцать копеек": the currency named with no
            # count before the coins is one unit of it, as people say prices (1.80), or
            # the coins alone (0.80)?
            c.coins_of_cur = c.spoken_one = True
            c.reasons.append(f"{cur_text!r} with no count, then {c.minor_text!r}: one "
                             f"{cur_text} and the coins, or the coins alone?")
            c.alts.append(c.value)


def _unit_inside(text: str, start: int, close: int) -> bool:
    """Is a word written between a figure (ending at ``start``) and its closing bracket?"""
    k = close
    while k > start and text[k - 1] not in ")）":
        k -= 1
    return any(ch.isalpha() for ch in text[start:k])


def _spaced_close(text: str, cues: Cues, end: int) -> bool:
    """Is the bracket that closes after the figure ending at ``end`` spaced from it?"""
    return any(t.kind == "rparen" and t.start > end and text[t.start - 1] in " \u00a0"
               for t in (*cues.right, *cues.after))


def _closing(cues: Cues, end: int, inner: bool) -> int | None:
    """The end of the bracket that closes an amount opened by "(" before it."""
    if inner:
        return end
    for t in cues.after:
        if t.kind == "rparen" and t.start >= end:
            return t.end
    return None


def _vague(text: str, c: _Cand, lex: Lexicon) -> bool:
    """A scale word whose count is a vague word: "several million", "a few hundred"."""
    value = c.num.value
    if c.num.kind != "word" or not isinstance(value, Decimal) or value < 100:
        return False
    if value.normalize().as_tuple().digits != (1,):
        return False  # "two hundred": a count is written
    return _word_before(text, c.num.start) in lex.cues.get("vague_counts", frozenset())


def _in_word(ch: str) -> bool:
    """A letter, or a combining mark inside a word (the vowel signs of "का", "ਤੋਂ")."""
    return ch.isalpha() or unicodedata.category(ch)[0] == "M"


def _all_in_word(word: str) -> bool:
    """Letters only, with the vowel signs of scripts that write them as marks ("रुपैयाँ")."""
    return bool(word) and all(_in_word(ch) for ch in word)


def _slash_unit_after(text: str, end: int) -> bool:
    """Does a slash and a word follow ``end`` ("3,81 zł/m3", "355.-/mois"): a price per unit?"""
    return text[end:end + 1] == "/" and text[end + 1:end + 2].isalpha()


def _and_between(text: str, end: int, start: int) -> bool:
    """Is the gap one short word ("e", "y", "and", "и"), as in "2milioni e mezzo"?"""
    gap = text[end:start].strip()
    return 0 < len(gap) <= 3 and gap.isalpha()


_CLOCK = re.compile(r"([01]?\d|2[0-4])[.,:]([0-5]\d)")


def _clock(text: str, c: _Cand, lex: Lexicon) -> bool:
    """Is ``c`` a time of day, hours and minutes after a word that says so ("alle 7,40",
    "a las 8.15"), or one end of a span of hours ("24.00 - 05.00")?"""
    if c.num.kind != "digits" or _CLOCK.fullmatch(c.num.text) is None:
        return False
    if _clock_span(text, c):
        return True
    words = lex.cues.get("clock_before")
    if not words:
        return False
    before = text[max(0, c.start - 20):c.start].lower().split()
    return bool(before) and (before[-1] in words or " ".join(before[-2:]) in words)


_HOURS = r"(?:[01]\d|2[0-4])[.:][0-5]\d"
_HOURS_AFTER = re.compile(rf"[ \u00a0]*[-–—][ \u00a0]*({_HOURS})(?![\d.,])")
_HOURS_BEFORE = re.compile(rf"(?<![\d,])(?<!\d\.)({_HOURS})[ \u00a0]*[-–—][ \u00a0]*$")
# (a point before the first time may end a word: "Kl.06.00-18.00")
_HOURS_ONLY = re.compile(_HOURS)


def _minutes_of_clock(text: str, c: _Cand) -> bool:
    """Is ``c`` two digits after an hour and a colon, the minutes of a time of day
    ("19:59$22")?"""
    s = c.num.start
    return len(c.num.text) == 2 and text[s - 1:s] == ":" and any(
        _CLOCK.fullmatch(text, h, c.num.end) is not None
        and not (h and (text[h - 1].isdigit() or text[h - 1] in ":.,"))
        for h in (s - 3, s - 2) if h >= 0)


def _clock_span(text: str, c: _Cand) -> bool:
    """Is ``c`` one end of a span of hours written "24.00 - 05.00", "08:30–17:00" (two
    times of day, one of them led by a zero or midnight's "24.00")?"""
    own = c.num.text
    if c.num.kind != "digits" or _HOURS_ONLY.fullmatch(own) is None:
        return False
    after = _HOURS_AFTER.match(text, c.end)
    before = _HOURS_BEFORE.search(text, max(0, c.start - 12), c.start)
    other = after.group(1) if after else before.group(1) if before else None
    return other is not None and any(t[0] == "0" or t[:2] == "24" for t in (own, other))


def _glued_word_before(text: str, pos: int, words: Iterable[str]) -> bool:
    """Is the word before ``pos`` one of ``words``, or, in a script without spaces, does
    the run of letters before it end in one ("ดอกเบี้ยอัตราร้อยละ 7.5": "ร้อยละ")?"""
    word = _word_before(text, pos)
    if word is None:
        return False
    return word in words or (no_space_script(word[-1]) and any(
        word.endswith(w) for w in words if w and no_space_script(w[-1])))


def _word_before(text: str, pos: int) -> str | None:
    """The word (lower case) that ends right before ``pos``, spaces between, or None."""
    i = pos
    while i and text[i - 1] in " \u00a0":
        i -= 1
    if i > 1 and text[i - 1] == "." and _in_word(text[i - 2]):
        i -= 1  # an abbreviation: "3,7 proc. (55,6 mln. eurų)"
    j = i
    while j and _in_word(text[j - 1]):
        j -= 1
    return text[j:i].lower() if j < i else None


def _apposition(text: str, lparen: Tok, prev_end: int, prev_bracketed: bool, lex: Lexicon) -> bool:
    """A bracket that gives the same figure in other terms, not a negative:
    "¥100 billion ($1.08 billion)", "1.6 billion ($2.5 billion)", "5% ($3m)". After a
    bracketed negative another bracket is the next negative cell: "($ 0.31) ($ 0.48)"."""
    before = text[max(0, lparen.start - 40):lparen.start].rstrip()
    if prev_end >= 0 and lparen.start == _after_spaces(text, prev_end):
        return not prev_bracketed
    if before[-1:] == "," and not prev_bracketed:
        before = before[:-1].rstrip()  # "shilingi trilioni 33.1, (dola bilioni 14.3)"
    if before and (before[-1].isdigit() or before[-1] == "%"):
        return True
    last_word = before.rsplit(None, 1)[-1].lower() if before else ""
    return last_word in lex.scales or lex.names_of(last_word) is not None


def _guessed(c: _Cand, loc: Locale | None) -> list[str]:
    """"843.233.774 Δηναρίων" in Greece: a currency word of several countries that neither
    the locale nor its language settles, read as its first candidate, which is not one
    that word means without doubt (the dinar: Bahraini? Serbian? Macedonian?). A figure
    that takes its currency from such a word near it is as much a guess ("17 137 500
    kruunun … noin 1,7 miljoonaa")."""
    cur = c.cur
    if cur is None or c.reasons or c.home is not None:
        return []  # (a former currency of the country, settled by the text's date)
    letter = cur.text.rstrip(".")
    if (len(letter) == 1 and letter.isascii() and letter.isalpha() and c.cur_left
            and loc is not None and not _homeland(cur.value, loc)):
        # "bronze with M5 million" in Nigeria: one letter is another country's sign (the
        # loti's) as often as a slip or a label's letter
        return [(f"{cur.text!r} is the sign of {cur.value[0]} outside its country: that "
                 "currency, or a letter of something else?")]
    if len(cur.value) < 2:
        return []
    code = cur.value[0]
    if code in global_table().dominant:
        return []
    if loc is not None:
        if _settled_by_locale(cur.value, cur.text, loc) is not None:
            return []  # (the Jordanian dinar in Palestine: the country's other tender)
        if _former_of((code,), loc) and not any(
                x != code and _former_of((x,), loc) for x in cur.value):
            return []  # "100 escudos" in Portugal: the escudo it had (but "Cr$" in Brazil:
            # which of its cruzeiros?)
    return [f"{cur.text!r} is the currency of several countries; {code} is a guess"]


def _money_of(c: _Cand, loc: Locale | None, near: str | None) -> tuple[Money, bool, tuple[str, ...]] | None:
    """The Money of a candidate, or None when it names no currency."""
    value = c.value
    if c.cur is not None:
        if c.home is not None and c.home in c.cur.value:
            code, inferred = c.home, True
        else:
            code, inferred = choose_currency(c.cur.value, c.cur.text, loc)
        cands = c.cur.value if inferred else ()
        if c.context:
            inferred = True
        if c.coins_of_cur and c.minor_factor is not None:
            value = value * _factor(c.minor_factor, code)
            if c.spoken_one:
                value += _ONE
    elif c.minor_factor is not None:
        code = c.minor_cur or near or (loc.currency if loc else None) or "USD"
        yuan = global_table().han_coin_currencies
        if (yuan and c.minor_cur == yuan[0] and loc is not None and loc.currency in yuan
                and loc.currency != code and c.minor_text in global_table().implicit_minor):
            code = loc.currency  # "一角六仙" in Hong Kong: the 角 of the dollar there (not
            # "两毫", the Hong Kong coin's own word, in Beijing)
        value = value * _factor(c.minor_factor, code)
        inferred = c.minor_cur is None
        cands = ()
    elif c.grand:
        code = (loc.currency if loc else None) or "USD"
        inferred, cands = True, ()
    else:
        return None
    if c.negative:
        value = -value
    if value == 0 and value.is_signed():
        value = _ZERO
    if value and value.adjusted() >= _MAX_DIGITS:
        return None  # "TRILLION TRILLION …": no amount of money has 31 digits
    return Money(_normalize(value), code, c.per), inferred, cands


def _coin_letter(c: _Cand, right: tuple[Tok, ...]) -> str | None:
    """The currency whose coins the scale's letter after ``c`` counts where its press
    writes them so (``minor_letter`` in ``scales.toml``): naira and kobo after its sign,
    "N4.65k" (a figure with two decimals); else None."""
    num = c.num.text
    if (not global_table().minor_letters or c.cur is None or not c.cur_left or len(right) != 1
            or right[0].kind != "scale" or right[0].start != c.num.end or c.power != 3
            or c.num.kind != "digits" or len(num) < 4 or num[-3] != "."
            or not num[-2:].isdigit()):
        return None
    return _letter_of(c.cur.value, right[0].text)


def _letter_of(codes: tuple[str, ...], letter: str) -> str | None:
    """The first of ``codes`` whose press writes its coins with ``letter`` (``minor_letter``
    in ``scales.toml``), else None."""
    letters = global_table().minor_letters
    return next((code for code in codes if letters.get(code) == letter), None)


def _coins_by_letter(cands: list[_Cand]) -> None:
    """"dipped 4k to close at 91k", "a dividend of 40k per share" in Nigeria: a whole figure
    below a hundred with the scale's letter the locale's press also writes for its coins
    (``minor_letter`` in ``scales.toml``), read in the locale's currency for want of any
    written, is that many coins; thousands the other reading ("N40k", after the sign, stays
    forty thousand)."""
    if not global_table().minor_letters:
        return
    for c in cands:
        right = c.cues.right
        if not (c.context and c.cur is not None and not c.cur.text and c.power == 3
                and c.num.kind == "digits" and len(right) == 1 and right[0].kind == "scale"
                and right[0].start == c.num.end and c.num.text.isdigit()
                and len(c.num.text) <= 2 and c.num.text[0] != "0"):
            continue
        code = _letter_of(c.cur.value, right[0].text)
        if code is None:
            continue
        c.alts = [c.value, *c.alts]
        c.value = c.value.scaleb(-3 - global_table().codes.get(code, 2))
        c.power, c.scaled = 0, False
        c.reasons.append(f"{c.num.text}{right[0].text}: {code}'s coins as its press writes "
                         "them, or thousands?")


def _factor(factor: Decimal, code: str) -> Decimal:
    """A coin's worth in its currency: a factor of 0 in the tables means the currency's
    own minor unit ("fils": a hundredth of a dirham, a thousandth of a dinar)."""
    if factor:
        return factor
    return _ONE.scaleb(-global_table().codes.get(code, 2))


_HUNDRED_MILLION = Decimal(100_000_000)
_MAX_DIGITS = 30  # more integer digits than any amount of money (decimal128(38, 9) holds 29)


def _normalize(d: Decimal) -> Decimal:
    """Write out an exponent left by scaling (6.709E+11 -> 670900000000); keep the
    fraction digits as written otherwise (179,00 -> 179.00)."""
    if d.as_tuple().exponent > 0:  # type: ignore[operator]
        return d.quantize(_ONE, context=_WIDE)  # up to _MAX_DIGITS digits ("만兆T": 10^28)
    return d


_WIDE = Context(prec=_MAX_DIGITS + 10)


def resolve(text: str, locale: Locale | str | None = None, *,
            published: tuple[str, str] | None = None, quotes: Quotes | None = None
            ) -> list[Mention]:
    """Every money mention in ``text``, in order (``published``: the first and last ISO
    day the text may have been published on, which may settle a currency the country
    has since replaced). The exchange rates the text quotes ("US$1 was equivalent to
    ¥116.46") are no mentions; given a list as ``quotes``, each is appended to it as
    its pair (the one unit, the amount of the other currency)."""
    loc = locale_of(locale)
    sc = scanner(loc.language if loc is not None else None)
    if len(text) <= 40 and published is None and quotes is None:
        fast = _fast(text, sc, loc)
        if fast is not None:
            return fast
    twin = text
    if not text.isascii() or sc.lex.ascii_twins:
        # letters the tables spell another way, one for one: Turkish capital dotted I
        # lower-cases to two characters and so matches no table ("200 MİLYAR LİRAYI");
        # Romanian written with cedillas ("între 100 şi 500 de lei"). The text is read
        # translated and the mentions keep the text's own characters (same offsets)
        twin = twin.translate(sc.lex.twins).translate(_MARK_TWINS)
        for old, new in sc.lex.sequence_twins:  # "டாலா்": an old font's "டாலர்"
            twin = twin.replace(old, new)
        if _MIXED_SCRIPTS.search(twin):
            twin = _WORD.sub(_one_script, twin)
        if sc.lex.digit_letters:
            twin = _digit_letters(twin, sc.lex.digit_letters)
        if sc.lex.dual_endings:
            twin = _duals(twin, sc.lex)
        mark = sc.lex.reversed_decimal
        if mark and mark in twin:  # "6ر106 مليار" is 106.6: the same characters, reordered
            pat = _reversed_decimal(mark)
            if any(m.group(1) == "0" or (len(m.group(2)) > 1 and m.group(2)[0] == "0")
                   for m in pat.finditer(twin)):
                # "1ر050 دينار / 0ر877 دولار": a text that writes the whole part first
                # (no whole part starts with 0) writes all its figures so
                twin = pat.sub(lambda m: f"{m.group(1)}.{m.group(2)}", twin)
            else:
                twin = pat.sub(lambda m: f"{m.group(2)}.{m.group(1)}", twin)
    if "- " in twin:  # "od 430- do 438-tisíc eur", "R10- and R20-million": a suspended hyphen
        twin = _SUSPENDED_HYPHEN.sub(" ", twin)
    kept: list[int] | None = None
    marks = sc.lex.word_marks
    if "\u0640" in twin or (marks and any(ch in twin for ch in marks)):
        # "732 مـليـون ريـال": the tatweel only stretches a word; "مليونَين": a vowel's mark
        twin, kept = _without_tatweel(twin, marks)
    if twin != text:
        held: Quotes | None = None if quotes is None else []
        found = _resolve(twin, sc, loc, published, held)
        if kept is not None:
            found = [_moved(m, kept) for m in found]
            held = None if held is None else [(_moved(a, kept), _moved(b, kept))
                                              for a, b in held]
        if held:
            assert quotes is not None
            quotes.extend((replace(a, text=text[a.start:a.end]),
                           replace(b, text=text[b.start:b.end])) for a, b in held)
        return [replace(m, text=text[m.start:m.end]) for m in found]
    return _resolve(text, sc, loc, published, quotes)


# An Arabic tatweel between two letters of a word, which it only stretches ("مـليـون");
# not one after a clitic before a figure ("بـ5", "الـ40"), which the scanner reads; and
# the marks the language's grammar drops there too (``word_marks``: "مليونَين")
_ARABIC_LETTER = "[\u0620-\u063f\u0641-\u064a\u066e-\u06d3]"


@lru_cache(maxsize=16)
def _stretch_re(marks: str) -> re.Pattern[str]:
    return re.compile(f"(?<={_ARABIC_LETTER})[\u0640{re.escape(marks)}]+(?={_ARABIC_LETTER})")


def _without_tatweel(text: str, marks: str = "") -> tuple[str, list[int] | None]:
    """``text`` without the tatweels (and ``marks``) inside its words, and where each
    character left stood in ``text`` (None when there were none to take out)."""
    pat = _stretch_re(marks)
    if pat.search(text) is None:
        return text, None
    kept: list[int] = []
    last = 0
    for m in pat.finditer(text):
        kept.extend(range(last, m.start()))
        last = m.end()
    kept.extend(range(last, len(text)))
    return pat.sub("", text), kept


def _moved(m: Mention, kept: list[int]) -> Mention:
    """``m`` read in a text with characters taken out, placed back in the text they
    were taken from (``kept``: where each character left stood)."""
    return replace(m, start=kept[m.start], end=kept[m.end - 1] + 1 if m.end else 0)


# The hyphen of a figure whose scale comes only with the next one, hyphened on too: "od
# 430- do 438-tisíc eur", "between R10- and R20-million" (the low end is 430 thousand)
_SUSPENDED_HYPHEN = re.compile(
    r"(?<=\d)-(?=[ \u00a0]+[^\W\d_]+[ \u00a0]+[^\s\d]{0,3}\d[\d.,]*-[^\W\d_])")


# Latin and Greek letters that look like Cyrillic ones, typed inside a Cyrillic word by
# an old keyboard or a copy ("мiльйонiв" with a Latin i, "миллионοв еврο" with Greek
# omicrons), and the other way round ("еurо" with Cyrillic letters in a Latin word): a
# word that mixes the scripts is read in the script of its letters that only one script
# has (see _one_script)
_LATIN_LOOKALIKES = "aceiopxyABCEHIKMOPTX"
_LOOKALIKES = _LATIN_LOOKALIKES + "οκαερΟΚΑΕΡΤΜΗΧΒ"  # (and Greek ones)
_CYRILLIC_TWINS = "асеіорхуАВСЕНІКМОРТХокаерОКАЕРТМНХВ"
_TO_CYRILLIC = str.maketrans(_LOOKALIKES, _CYRILLIC_TWINS)
_TO_LATIN = str.maketrans(_CYRILLIC_TWINS[:len(_LATIN_LOOKALIKES)], _LATIN_LOOKALIKES)
_MIXED_SCRIPTS = re.compile(
    r"[\u0400-\u04ff][a-zA-Z\u0391-\u03c9]|[a-zA-Z\u0391-\u03c9][\u0400-\u04ff]")
_WORD = re.compile(r"[^\W\d_]+")


def _digit_letters(text: str, letters: Mapping[int, str]) -> str:
    """``text`` with the letters that stand for digits (``letters``) read as those digits
    in a run that touches a digit and is no part of a word: "၅၆ဝဝ" is 5600, "၂ဝ၁၇" 2017,
    "၄၅ဝသိန်း" 45 lakh (the scale glued on); the "ဝ" that begins the word in "၅ဝန်ထမ်း"
    (five staff) stays a letter."""
    def word_char(ch: str) -> bool:
        return ch.isalpha() or unicodedata.category(ch).startswith("M")

    def digits(m: re.Match[str]) -> str:
        i, j = m.span()
        before = text[i - 1] if i else " "
        after = text[j] if j < len(text) else " "
        if (before.isdigit() or after.isdigit()) and not word_char(before) and (
                not word_char(after) or (before.isdigit() and after.isalpha() and not (
                    unicodedata.name(text[j + 1:j + 2] or " ", "").endswith(_KILLERS)))):
            # (a letter after it that is the head of the next word, not the coda of a
            # syllable the run begins: "၄၅ဝသိန်း", 45 lakh; not "၅ဝန်", five staff)
            return m.group().translate(letters)
        return m.group()

    return _letter_runs(frozenset(letters)).sub(digits, text)


def _duals(text: str, lex: Lexicon) -> str:
    """``text`` with each currency name or coin in the dual ("درهمين", "جنيهان", "ليرتان",
    "فلسين": two dirhams, pounds, liras, fils) read as "٢" and the name, the same length
    ("٢ درهم"), where no figure stands before it; a word of another kind is left as it is."""
    def dual(m: re.Match[str]) -> str:
        w = m.group()
        i = m.start()
        if i and not text[i - 1].isspace() and text[i - 1] not in "(«\"'":
            return w  # (glued to a prefix or a figure: left alone)
        before = text[max(0, i - 12):i].rstrip()
        if before[-1:].isdigit() or w in lex.not_cues:
            return w  # "2 دينارين": a figure before it counts already ("سنتين": two years)
        for p in ("", *lex.prefixes):  # (after a clitic too: "ودينارين", "الدينارين")
            if not w.startswith(p) or len(w) - len(p) < 5:
                continue
            for e in lex.dual_endings:
                if not w.endswith(e):
                    continue
                stem = w[len(p):-len(e)]
                if (stem in lex.names and lex.names_of(stem) is not None) or stem in lex.minor:
                    return p + "\u0662 " + stem  # (a coin too: "من فلسين إلى 10 فلوس")
                if stem.endswith("ت") and stem[:-1] + "ة" in lex.names:
                    return p + "\u0662 " + stem[:-1] + "ة"  # "ليرتان": the ta marbuta's
        return w

    return _ARABIC_WORD.sub(dual, text)


_TIMES_A_NAME = re.compile(r"[ \u00a0]?[*×][ \u00a0]?[^\W\d_]")  # "0,75 * IAS"
_ARABIC_WORD = re.compile("[\u0621-\u064a]{5,}")


_KILLERS = ("ASAT", "VIRAMA")  # marks that end a syllable on the consonant before them


@lru_cache(maxsize=8)
def _letter_runs(letters: frozenset[int]) -> re.Pattern[str]:
    """Runs of the characters ``letters`` (code points)."""
    return re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(letters)) + "]+")


def _one_script(m: re.Match[str]) -> str:
    """The word of ``m`` in one script, if it mixes Cyrillic with look-alike letters."""
    w = m.group()
    # the letters only one script has decide: "мiльйонiв" (ль, й, н, в), "еurо" (u, r)
    cyr = sum("\u0400" <= ch <= "\u04ff" and ch not in _CYRILLIC_TWINS for ch in w)
    other = sum(not "\u0400" <= ch <= "\u04ff" and ch not in _LOOKALIKES for ch in w)
    if cyr and not other:
        return w.translate(_TO_CYRILLIC)
    if other and not cyr:
        return w.translate(_TO_LATIN)
    return w


@lru_cache(maxsize=8)
def _reversed_decimal(mark: str) -> re.Pattern[str]:
    """Digits, ``mark``, digits: the fraction written first ("6ر106" = 106.6)."""
    return re.compile(rf"(?<![\d.,])(\d{{1,3}}){re.escape(mark)}(\d+)(?![\d.,])")


# A price as shops write it, and nothing else: a symbol or code, a numeral, a symbol
# or code ("$14.99", "1.299,00 €", "CHF 47.00 *", "PTE 120 000 000"). Such a text is
# read here without the scanner; anything else (a word, a bracket, two numerals) takes
# the full path. Both paths give the same mentions (tests/property).
_BLANKS = frozenset(" \u00a0\u202f\u2009")
_FAST = re.compile(
    r"\s*(?:(?P<pre>[^\d\s()\[\]\-−–.,][^\d\s()\[\]]{0,5}?)[:\s\u00a0]?)??"
    r"(?P<sign>[-−])?(?P<num>\d[\d.,'’ \u00a0\u202f]*\d|\d)"
    r"(?:[\s\u00a0]?(?P<post>[^\d\s()\[\]*]{1,6}?))?[\s\u00a0*]*")


# marks read as the ones they look like, in every language: the non-breaking hyphen as the
# hyphen ("500‑800Kč": a range), the small full stop as the full stop ("２１８４﹒１８億元"),
# a box-drawing diagonal or the fraction slash as the slash ("500╱800元": either price)
_MARK_TWINS = str.maketrans({"\u2011": "-", "\ufe52": ".", "\u2571": "/", "\u2044": "/"})


def _fast(text: str, sc: Scanner, loc: Locale | None) -> list[Mention] | None:
    m = _FAST.fullmatch(text)
    if m is None:
        return None
    pre, post, body = m.group("pre"), m.group("post"), m.group("num")
    nm = NUM_RE.fullmatch(body)
    if nm is None or (pre is None) == (post is None):
        return None
    if not sc.lex.space_groups and any(ch in _BLANKS for ch in body):
        return None  # "0 000$" in Japanese: two figures (the full path says which)
    if len(body) > 1 and (not body.strip("0") or _ZERO_GROUPS.fullmatch(body)):
        return []  # "00 $", "0.000 $": a group of zeros is no amount (as on the full path)
    g = sc.g
    cue = pre if pre is not None else post
    assert cue is not None
    cands = g.symbols.get(cue)
    if cands is None or cue in sc.lex.not_cues:
        code = sc.code_of(cue) if len(cue) == 3 else None
        if code is None or (code in g.wordlike_codes and pre is not None and m.start("num") > m.end("pre")):
            return None
        cands = (code,)
    if len(cue) == 1 and cue.isalpha() and not no_space_script(cue):
        return None  # one-letter symbols have rules of their own ("R", "K"; not "円", "원")
    if post is not None and post.lower().rstrip(".") in sc.lex.minor_after:
        return None  # "20 Rp.": coins in German (the full path says whose)
    if post == "$" and loc is not None and loc.territory in global_table().cifrao:
        return None  # "300$" in Cape Verde: the cifrão (the full path says whose)
    lettered = any(ch.isalpha() for ch in cue)
    if (m.group("sign") and pre is not None and pre.rstrip(".")[-1:].isalpha()
            and m.start("sign") > m.end("pre")):
        return None  # "د.ل -1", "ل.ل. -1": a minus set apart after letters (and an
        # abbreviation's point) may be a clitic's hyphen ("ل-": to), as the full path weighs it
    if lettered and cue.lower() in g.counted_units:
        return None  # a unit of ten rials: the full path says so
    if lettered and (named := sc.lex.names_of(cue)) is not None and (
            pre is not None or m.end("num") == m.start("post") or named != cands):
        return None  # also a currency name, written first or glued ("som5"), or one that
        # names other currencies than the sign does ("Fr."): the full path says so
    if "$" in cue and pre is not None and pre != "$" and cue not in g.symbols:
        return None
    if "/" in cue or "=" in cue or (len(cue) == 3 and cue in g.codes and cands != (cue,)):
        return None  # "S/.5", "/=": marks the numeral search reads too; "GHC": the old code
    if pre is not None and cue in g.suffix_symbols:
        return None  # "KR 2": a sign that only closes an amount (the full path says so)
    if loc is not None:
        if len(cands) > 1 and _former_of(cands, loc):
            return None  # "£9" in Ireland: the pound of old, or sterling (the full path says so)
        code = choose_currency(cands, cue, loc)[0]
        if code not in current_tenders() or redenominated_into(code):
            return None  # "CR$", "UM": a currency of the past, or one with an old namesake
    start = m.start("pre") if pre is not None else m.start("num")
    if m.group("sign"):
        start = min(start, m.start("sign")) if pre is None else start
    end = m.end("post") if post is not None else m.end("num")
    cs, ce = (m.start("pre"), m.end("pre")) if pre is not None else (m.start("post"), m.end("post"))
    num = Tok("digits", m.start("num"), m.end("num"), body, None)
    cur = Tok("cur", cs, ce, cue, cands)
    cues = Cues(num, () if pre is not None else (cur,), (cur,) if pre is not None else (),
                (), False, None)
    c = _Cand(cues, start, end, cur=cur, cur_left=pre is not None,
              negative=bool(m.group("sign")), left_start=start)
    try:
        value = _digits_value(c, loc, sc.lex, text)
    except ParseError:
        return []
    c.value = value  # (before the cue is weighed: "1KM" is a kilometre by its size)
    if (cue in g.unit_codes and _unit_sized(c, cur, loc)) or not _cue_counts(text, c, loc, sc.lex):
        return None  # ("1 KM": a sign that is also a unit; the full path says which)
    c.alts = list(c.alts)
    got = _money_of(c, loc, None)
    if got is None:
        return []  # more digits than any amount of money
    money, inferred, alts = got
    reasons = c.reasons + _guessed(c, loc)
    return [Mention(text[start:end], start, end, money, None, None, inferred, None, alts,
                    bool(reasons), "; ".join(reasons) or None, _alternatives(c, money))]


def _resolve(text: str, sc: Scanner, loc: Locale | None,
             published: tuple[str, str] | None = None,
             quotes: Quotes | None = None) -> list[Mention]:
    lex = sc.lex
    cands: list[_Cand] = []
    floor = 0
    prev_end = -1
    prev_bracketed = False
    labels: dict[int, tuple[Tok, int]] = {}  # end -> (currency, power) of a unit label
    years_held: list[tuple[_Cand, Tok]] = []  # "Rs 1975": a year after letters, or money?
    idioms = tuple(lex.cues.get("idioms", ()))
    longest = max(map(len, idioms), default=0)
    for cues in sc.scan(text):
        num = cues.num
        if num.start < floor:
            continue
        if cues.glued:  # "FY26", "A320", "2e3": part of an alphanumeric token
            continue
        if cues.num.start and text[cues.num.start - 1] in "%％٪":
            continue  # "%1.193,69": Turkish writes the percent sign first
        if _second_year(text, num):
            continue  # "in 2010-11 to £56.2 million": the second year of a financial year
        if num.kind == "cjk" and len(num.text) == 1 and num.value >= _HUNDRED_MILLION:
            continue  # "조원태" (a name), "単位：億円" (a unit label), "억원대": a myriad scale
            # with no count is no amount (one hundred million is "1億")
        if cands and prev_end == cands[-1].end and _year_then_sign(text, cands[-1], num, lex):
            cands[-1].cur = None  # "in 2000 Fl. 6.449.000": a year, and the sign of the sum
            floor = prev_end = cands[-1].end = cands[-1].num.end
        try:
            c = _candidate(text, cues, lex, loc, floor, prev_end, prev_bracketed)
        except ParseError:
            continue  # a numeral no amount can be ("1" followed by 60 digits)
        if idioms and text[c.start:c.start + longest].lower().startswith(idioms):
            continue  # "một bảng dự trù" (a budget table): no money, nor the currency of
            # the figures around it
        if c.cur is None and c.minor_factor is None and _TIMES_A_NAME.match(text, c.end):
            continue  # "Valor fixo de 0,75 * IAS (381,95€)": a factor of a named quantity
        if (num.kind == "digits" and c.start == num.start and num.start
                and _in_word(text[num.start - 1]) and _ordinal(text, num.start, lex)):
            continue  # "제2전시관" (the second exhibition hall), "第3元": an index glued
            # after its mark, whatever sign or coin the word after it begins with
        if c.cur is None and num.kind == "digits" and _minutes_of_clock(text, c):
            continue  # "saat 02:30 ve 92 liraya": the minutes of a time of day, which
            # takes no unit from the sum after it
        if (cands and (c.num.text == cands[-1].num.text
                       or c.num.text.startswith(cands[-1].num.text + " "))
                and cands[-1].cur is None
                and not cands[-1].scaled and text[cands[-1].num.end:c.num.start] == "-"):
            # "डेढ़-डेढ़ करोड़", "पांच-पांच हजार": a numeral said twice, each of them (a
            # distributive), one amount, no range and no minus
            c.negative = False
            c.start = c.left_start = cands.pop().start
        if (c.num.kind == "cjk" and lex.lang != "ja"
                and (tail := _MYRIAD_TAIL.fullmatch(c.num.text)) is not None):
            # "11億4500元": the ten-thousands after the hundred millions, the 萬 left out
            # (1,145,000,000), or units as written (1,100,004,500)? (Chinese speech leaves
            # the next unit out, as in 一万二; Japanese writes "10億2015円" to the yen)
            four = Decimal(tail.group(1))
            c.alts.append(c.value)
            c.value = c.value + four.scaleb(4) - four
            c.reasons.append(f"{c.num.text}: its last four figures in ten-thousands, the "
                             "myriad left out, or units?")
        elif (c.num.kind == "cjk" and lex.lang != "ja"
              and (tail := _MYRIAD_THOUSANDS.fullmatch(c.num.text)) is not None):
            # "1억8천원": thousands said right after the hundred millions, the myriad
            # left out as speech leaves it (180,000,000), or units (100,008,000)?
            four = Decimal(tail.group(1)).scaleb(3)
            c.alts.append(c.value)
            c.value = c.value + four.scaleb(4) - four
            c.reasons.append(f"{c.num.text}: its thousands in ten-thousands, the myriad left "
                             "out, or units?")
        if c.minor_factor is None and not c.scaled and (
                (c.cur is None and _clock(text, c, lex))
                or (c.cur is not None and not c.cur_left and _clock_span(text, c))):
            continue  # "il Torino-Roma delle 7,40": a time of day ("Kl.06.00-18.00 kr.
            # 219,-": a span of hours, the sign after it the price's)
        if (c.minor_factor is not None and c.minor_factor < _CENT and c.cur is None
                and _ideograph(c.minor_text) and c.num.kind == "digits"
                and not c.num.text.isdigit()):
            continue  # "租金回報率為2.8厘": a rate (a yield in li, a tenth of a per cent), no
            # fraction of the thousandth of a yuan ("每斤5厘" of old prices is whole)
        if c.cur is None and _dash_price(c) and text[c.num.end:c.num.end + 1].isalpha():
            continue  # "január 1.-től": a day and its case ending, no price's dash
        if (c.cur is None and _dash_price(c) and c.num.text[4:5] in (",", ".")
                and c.num.text[:2] in ("19", "20") and c.num.text[:4].isdigit()
                and _word_before(text, c.num.start) in lex.cues.get("year_before", ())):
            continue  # "v roce 2014,- 11,5 Kč": a year after its word, a stray dash after it
        if (c.num.kind == "digits" and not c.cur_left and _YEAR_DIGITS.fullmatch(c.num.text)
                and c.scaled and c.power >= 6
                and _year_word_before(text, c.num.start, lex.cues.get("year_before", ()))):
            continue  # 'בשנת 2020 במיליוני שקלים 8298': a year after its word, then a
            # table's label of millions of shekels for the figure after it (not "em 1985
            # meticais": a sum, its currency right after it)
        if (c.cur is not None and c.cur_left and not c.scaled
                and _after_spaces_char(text, c.end) in ("%", "％", "٪", "‰")):
            continue  # "kr29,9 %": a percentage, the sign before it a cell's before (a row
            # whose blanks the page lost: "5.17 kr29,9 %232,65 kr")
        if c.num.kind == "fraction" and not c.scaled and (
                (c.cur is None or c.cur_left) and c.minor_factor is None
                or _unit_word_after(text, c.end, lex)
                or (c.cur is not None and _weight_name(c.cur.text))
                or (cands and _and_between(text, cands[-1].end, c.start))):
            continue  # "half the money": a fraction is an amount of a scale or a currency
            # written after it ("medio euro", "ein halber Euro"; not "a half pound burger",
            # nor the half of the figure before: "2milioni e mezzo di euro")
        if c.cur is not None and not _cue_counts(text, c, loc, lex):
            if _letter_code(c):
                continue  # "Yuan class S26T": a model's code, no amount without its sign
            if _year_after_letters(c, loc):
                years_held.append((c, c.cur))
            elif (c.cur_left and c.cur.end == c.num.start and len(c.cur.text) == 1
                    and c.cur.text.isalpha() and c.cur.text.isupper() and not c.scaled
                    and c.cur.start and not text[c.cur.start - 1].isalnum()):
                continue  # "(P50)", "K9": a capital the locale writes no money with, glued
                # to the figure, is a name's letter; no figure of its own is left
            letter = None if c.cur_left else _letter_scale(c)
            if letter is not None:  # "2006 KF": the scale's letter goes with the sign's
                c.power -= int(letter.value)
                c.scaled = c.power != 0
                c.end = min(c.end, letter.start)
            coin = global_table().minor.get(c.cur.text) if c.cur_left else None
            if coin is not None and c.cur.text in global_table().homeland_signs:
                # "$1.4 y ¢76" in Mexico: the cent sign, no colón, before the figure too
                c.minor_factor, c.minor_cur, c.minor_text = coin[0], coin[1], c.cur.text
            c.cur = None
        _coins_of_cur(text, c, lex)
        if (c.num.kind == "cjk" and c.cur is not None and not c.cur_left and c.num.start
                and text[c.num.start - 1] in "(（" and text[c.end:c.end + 1] in ")）"
                and all(is_cjk_numeral(ch) and cjk_digit(ch) is None for ch in c.num.text)
                and c.value >= 1000 and str(c.value).rstrip("0") == "1"):
            # "(百万円)", "（千元）": a power of ten in Han numerals and a currency alone in
            # a bracket, a unit label, no amount; the label of the row that may follow it
            labels[c.end + 1] = (c.cur, len(str(c.value)) - 1)
            continue
        if (c.cur is not None and c.cur_left and c.num.kind == "word"
                and " ".join(c.num.text.lower().split()) in lex.scales):
            # "(US$ million)", "€ billion": a unit label, no amount; the label of the
            # row that may follow it ("Revenue, EUR million 45.3 44.3")
            labels[c.end] = (c.cur, lex.scales[" ".join(c.num.text.lower().split())])
            continue
        if _vague(text, c, lex) or _scale_adjective(text, c, lex):
            continue  # "several million dollars", "a few hundred euros": no amount stated;
            # "million-dollar flats", "a billion-dollar company": a kind, no amount
        if c.num.kind == "word" and lex.scale(c.num.text) is not None and _digits_before(
                text, c.num.start) and not (cands and _read_just_before(text, cands[-1], c)):
            continue  # "৬xz কোটি টাকা": a figure not read stands before the scale word
            # (not "Kasım 2008'de bin 118 YTL": the year was read, a case ending on it)
        if (c.num.kind == "word" and (lex.scale(c.num.text.split()[0]) is not None or (
                c.value >= 100 and c.num.text.isalpha()
                and str(c.value.normalize()) in ("1E+2", "1E+3")))  # "pusseptinto šimto eurų"
                and (_word_glued_before(text, c.num.start)
                     or _after_scale_and_word(text, c.num.start, lex))):
            # "zeveneneenhalf miljard euro": a scale word with no count of its own after a
            # word not read; one of it, or a number the reader does not know?
            c.reasons.append(f"{c.num.text!r} without a count: one, or a number word not "
                             "read before it?")
        if (c.num.kind in ("word", "digits") and not c.cur_left
                and (w := _word_before(text, c.num.start)) is not None
                and lex.scales.get(w, 0) >= 6
                and _word_glued_before(text, _past_spaces_back(text, c.num.start) - len(w))):
            # "निम्तिसात अर्ब सात करोड २० लाख रुपैयाँ": a scale word that no figure read
            # counts right before the number (its count glued to the word before): more
            # of the number, not read
            c.reasons.append(f"{w!r} before it with no count read: more of the number?")
        if (c.cur is not None and c.cur_left and c.num.kind == "word" and not lex.noun_first
                and c.cur.text.isalpha() and len(c.cur.text) > 3 and 1 < c.value < 100
                and c.cur.end < c.num.start):  # (not "جنيه واحد": "one" after its noun)
            # "от гривны восемьдесят": a name before a number in words, where names follow
            # their numbers: so many of it, or one and so many of its coins (1.80)?
            c.reasons.append(f"{c.cur.text!r} before the number in words: {c.num.text} of "
                             "it, or one and so many of its coins?")
        if (c.cur is not None and c.cur_left and not c.scaled and c.num.kind == "digits"
                and c.cur.text.isalpha() and c.minor_factor is None
                and (w := _word_before(text, c.cur.start)) is not None and len(w) >= 3
                and (power := lex.scale(w)) is not None and power >= 3
                and not after_figure(text, c.cur.start - len(w))
                and not _in_row(text, c)):
            # 'במיליוני שקלים 8298': a table's label of millions of shekels before the
            # figure; in them, or as written? (the figure as written the other reading)
            c.reasons.append(f"{w} {c.cur.text} before {c.num.text}: a label of its scale, "
                             "or the figure as written?")
            c.alts.append(c.value.scaleb(power))
        if (c.cur is not None and not c.cur_left and c.cur.start == c.num.end + 1
                and text[c.num.end] in "-‑" and text[c.cur.end:c.cur.end + 1] in ("-", "‑")
                and (m := _NEXT_WORD.match(text, c.cur.end + 1)) is not None
                and m.group(1).lower() not in lex.cues.get("note_words", ())):
            # "der 3-Franken-Aufschlag": the face value of what the compound names, or the
            # name of a thing ("das 9-Euro-Ticket")?
            c.reasons.append(f"{text[c.num.start:c.cur.end]!r} in a compound: a sum, or part "
                             "of a name?")
        cands.append(c)
        if c.money_like:
            floor = prev_end = c.end
            prev_bracketed = c.bracketed
    if years_held:
        _years_like_money(text, cands, years_held)
    _noted_onward(cands)
    _dash_after_sign_in_range(text, cands, lex)
    _spaced_minus(text, cands, lex)
    _dash_opening_a_line(text, cands)
    if lex.rtl:
        _dash_after_a_label(text, cands, lex)
    _dash_in_a_list_of_labels(text, cands)
    _fraction_words_before(text, cands, lex)
    _money_scale_nouns(text, cands, lex, loc)
    _name_after_figure(text, cands, lex)
    _country_code_after(text, cands)
    _adjective_after_name(text, cands, lex)
    _named_before(text, cands, lex, loc)
    _country_named(text, cands, lex, loc)
    _adjective_alone(text, cands, lex)
    cands = _spelled_in_brackets(text, cands)
    cands = _digits_in_brackets(text, cands)
    cands = _spaced_groups(text, cands, lex, loc.decimal if loc is not None else ".")
    cands = _decimal_words(text, cands, lex.cues.get("decimal_words", frozenset()))
    cands = _chains(text, cands, lex.cues["minor_join"], lex.scales,
                    lex.cues.get("range_needs_lead", frozenset()), lex.from_suffixes)
    if any(c.num.kind == "article" and c.value > 1 for c in cands):
        cands = _digits_in_brackets(text, cands)  # (a compound ending in "one" joined)
    _hundreds_after_millions(cands)
    _dual_before_its_noun(text, cands, lex)
    _lone_unit_before_coins(text, cands, lex)
    _spelled_echo(text, cands)
    cands = _code_to_the_figure_after(text, cands)
    cands = _hundredths(text, cands)
    cands = _unread_coins(text, cands, lex)
    _coins_in_context(text, cands, lex)
    _weights(text, cands, lex)
    _comparatives(text, cands, lex)
    _link_after_money(text, cands, lex)
    _ending_before_money(text, cands, lex)
    _changed_to_money(text, cands, lex)
    _parallel_pairs(text, cands, lex)
    _fronted_change_link(text, cands, lex)
    _parallel_brackets(text, cands)
    _sum_named_in(text, cands, lex, loc)
    _context_currency(text, cands, lex, loc)
    _full_figure_in_brackets(text, cands)
    cands = _parts_in_brackets(text, cands)
    _echo_of_a_count(text, cands, lex)
    _change_from_money(text, cands, lex)
    _elliptical_scale(text, cands)
    _elliptical_bare(text, cands, lex)
    _bare_change_among_money(text, cands, lex)
    _coins_left_out(text, cands, lex)
    _former_currencies(cands, loc, published, text, lex.name_modifiers, lex)
    _former_by_its_sign(text, cands, loc, lex)
    _letter_spaced_before_sign(text, cands)
    _redenominated_pairs(text, cands, lex)
    _row_cells(text, cands, sc, labels)
    _no_thousandths(cands, loc)
    _counted_units(cands)
    _number_just_before(text, cands, loc, lex)
    _point_before_four(cands, loc)
    return _assemble(text, cands, sc, loc, quotes)


_GROUP_AFTER = re.compile(r"[,.][ \u00a0]?\d")
# between two figures of one number the reader cut: a blank, a point and a blank, or two
# marks ("19 33,4", "2.086.349. 875", "4,.205")
_CUT_GAP = re.compile(r"[ \u00a0]|\.[ \u00a0]|[.,]{2}")


_FUEL_UNITS = frozenset({"liter", "kilowatt_hour"})


_HIGH_END = re.compile(r"[ \u00a0]*[-–][ \u00a0]*\d+(?:[.,]\d+)?")


def _scale_glued_on(text: str, pos: int, lex: Lexicon) -> bool:
    """Does the word after ``pos`` start with a scale word, more letters glued on after
    it ("jutasiswatahun": "juta/siswa/tahun" with its slashes lost)? (Past a range's
    high end: "0,33-0,66 jutasiswatahun".)"""
    high = _HIGH_END.match(text, pos)
    m = _NEXT_WORD.match(text, high.end() if high is not None else pos)
    if m is None:
        return False
    word = m.group(1).lower()
    return any(len(k) >= 3 and len(word) > len(k) + 2 and word.startswith(k)
               for k in lex.scales)


_COLON_CENTS = re.compile(r":\d{2}(?!\d)")
# "५४,३६,०२७/८७": the paisa after a slash (not "RM120/50kg": a per unit's quantity)
_SLASH_CENTS = re.compile(r"/(\d{2})(?![\w/.,%])")
_COIN_FRACTION = re.compile(r"\d[.,]\d+[ \u00a0]?([^\W\d_]+)")


@lru_cache(maxsize=8)  # (once per text: a text dense with such figures asks each time)
def _fuel_named(text: str, lex: Lexicon) -> bool:
    """Does ``text`` name a litre or a kilowatt-hour in its language (CLDR's names of the
    units: "je Liter", "um litro de gasolina", "litrahinnalla"), or count coins in
    fractions ("um 0,6 Cent auf 1,730 Euro")? Prices of those are written to the
    thousandth."""
    low = text.lower()
    return any(unit in _FUEL_UNITS and len(noun) >= 4 and noun in low
               for noun, unit in lex.per_nouns.items()) or any(
        m.group(1).lower() in lex.minor for m in _COIN_FRACTION.finditer(text))


def _no_thousandths(cands: list[_Cand], loc: Locale | None) -> None:
    """"Giá cước (VNĐ)  5,000 15,000" under vi_VN (decimal ','): a figure that took from
    its context a currency written without decimals (CLDR: VND, IDR, KRW…), read with the
    locale's decimal before three digits, has no thousandths; grouped the English way,
    said so (as when the currency is written beside it: "Rp 42,500")."""
    if loc is None or loc.decimal not in ",.":
        return
    for c in cands:
        if (not c.context or c.cur is None or c.num.kind != "digits" or c.scaled or c.per
                or c.minor_factor is not None or c.alts):
            continue
        lead, sep, tail = c.num.text.lstrip("+-−").partition(loc.decimal)
        if (not sep or len(tail) != 3 or not tail.isdigit() or not lead.isdigit()
                or c.value != Decimal(f"{lead}.{tail}")):
            continue
        code = choose_currency(c.cur.value, c.cur.text, loc)[0]
        if global_table().codes.get(code, 2) != 0:
            continue
        c.alts.append(c.value)
        c.value = Decimal(lead + tail)
        c.reasons.append(f"{c.num.text}: the locale's decimal, but {code} is written "
                         "without decimals")


_TWO_WORDS_BEFORE = re.compile(r"(\w+)[ \u00a0]+(\w+)[ \u00a0]+$")
# a word, then "and" glued to the figure after it ("ريالا وعشر هللات": a riyal and ten halalas)
_GLUED_JOIN_BEFORE = re.compile(r"(\w+)[ \u00a0]+(\w)$")


_ONE_WORD_GAP = re.compile(r"[ \u00a0]+[^\W\d_][\w-]*[ \u00a0]+")


def _hundreds_after_millions(cands: list[_Cand]) -> None:
    """"o que totaliza um milhão e duzentos por mês": hundreds in words right after the
    millions, no unit after them, are said for hundreds of thousands, the thousand left
    out as the unit is (1,200,000); with the unit written right after them, as cheques
    and contracts spell a sum ("one million two hundred dollars"), to the unit
    (1,000,200). Either way the other reading is said."""
    for c in cands:
        if c.num.kind != "word" or c.value < _MILLION or c.alts:
            continue
        h = c.value % 1000
        if not (100 <= h <= 900 and h % 100 == 0 and (c.value - h) % _MILLION == 0):
            continue
        short = c.value - h + h * 1000
        if c.cur is None or c.cur_left:
            c.alts.append(c.value)
            c.value = short
            c.reasons.append(f"{c.num.text!r}: {h} thousand after the millions, the thousand "
                             f"left out with the unit, or {h}?")
        else:
            c.alts.append(short)
            c.reasons.append(f"{c.num.text!r}: {h} after the millions, or {h} thousand, the "
                             "thousand left out?")


def _lone_unit_before_coins(text: str, cands: list[_Cand], lex: Lexicon) -> None:
    """"o korunu a dvacet haléřů", "a dollar and twenty cents": the currency's word with
    no figure of its own, "and", then coins of that currency: one unit and the coins."""
    joins = lex.cues["minor_join"]
    prev_end = 0
    prev: _Cand | None = None
    for c in cands:
        start, prev_end, before = prev_end, c.end, prev
        prev = c
        if (c.minor_factor is None or c.cur is not None or c.value <= 0 or c.negative
                or c.scaled or c.start - start < 4):
            continue
        m = (_TWO_WORDS_BEFORE.search(text, max(start, c.start - 40), c.start)
             or _GLUED_JOIN_BEFORE.search(text, max(start, c.start - 40), c.start))
        if m is None or m.group(2).lower() not in joins or _digits_before(text, m.start(1)):
            continue
        if before is not None and before.cur is None and _ONE_WORD_GAP.fullmatch(
                text, before.end, m.start(1)):
            continue  # "2 canadiske dollar og 23 cent": the count stands before the name's
            # adjective (not one dollar)
        names = lex.names_of(m.group(1))
        if not names or (c.minor_cur is not None and c.minor_cur not in names):
            continue
        if c.minor_cur is not None:
            names = (c.minor_cur,)
        c.value = 1 + c.value * c.minor_factor
        c.minor_factor, c.minor_cur, c.minor_text = None, None, ""
        c.cur = Tok("cur", m.start(1), m.end(1), m.group(1), names)
        c.cur_left = True
        c.start = c.left_start = m.start(1)


def _fraction_words_before(text: str, cands: list[_Cand], lex: Lexicon) -> None:
    """"सवा १७ करोड" (17.25 crore), "पौन १२ अर्ब" (11.75 arab): a word of
    ``digit_fractions`` right before a figure in digits adds its fraction of one, in
    units of the figure's scale (of a hundred for whole hundreds: "साढ़े 600" is 650)."""
    table = lex.cues.get("digit_fractions")
    if not table:
        return
    for c in cands:
        if c.num.kind != "digits" or c.value <= 0 or c.negative:
            continue
        if c.start < c.num.start and (c.cur is None or not c.cur_left or c.cur.start != c.start):
            continue  # (the word may come before the sign: "साढे रु ११ लाख", 11.5 lakh)
        first = c.start
        word = _word_before(text, first)
        add = None if word is None else table.get(word)
        if add is None or word is None:
            continue
        at = _past_spaces_back(text, first)
        if text[at - len(word):at].lower() != word:
            continue  # (an abbreviation's point between: no fraction word)
        power = c.power
        if not power and c.value >= 100 and not c.value % 100:
            power = 2  # "साढ़े 600 रुपये": six hundred said with its half, 650
        c.value += Decimal(add).scaleb(power)
        c.start = c.left_start = at - len(word)


def _money_scale_nouns(text: str, cands: list[_Cand], lex: Lexicon, loc: Locale | None) -> None:
    """"vier ton", "anderhalve ton meer", "krap een ton.": a small count, then a noun of
    ``money_scales`` that counts the locale's money by itself (a Dutch "ton" is 100,000
    euros): so much of the locale's currency, when nothing but punctuation or a word
    that may follow an amount comes after the noun; a guess, said so (a tonne?)."""
    table = lex.cues.get("money_scales")
    if not table or loc is None or loc.currency is None:
        return
    followers = lex.cues.get("amount_followers", frozenset())
    links = lex.cues.get("change_links", frozenset())
    ranges = lex.cues.get("range", frozenset())
    pers = lex.cues.get("per_words", frozenset())
    for c in cands:
        if (c.cur is not None or c.scaled or c.money_like or c.per or c.negative
                or c.num.kind not in ("digits", "word", "article") or c.end != c.num.end
                or not 0 < c.value < 100 or _fraction(c.value * 2)
                or (c.num.kind == "digits" and not c.num.text.replace(",", "").isdigit())):
            continue
        m = _NEXT_WORD.match(text, c.end)
        if m is None or m.start(1) == c.end:
            continue
        power = table.get(m.group(1).lower())
        if power is None:
            continue
        nxt = _next_word(text, m.end(1))
        if not (_free_after(text, m.end(1), followers, links, ranges) or nxt in pers):
            continue
        if _kilos_named(text, lex):
            continue  # "1000 kg (= 1 ton) aan guldens": the text weighs things
        noun = m.group(1)
        c.value = c.value.scaleb(int(power))
        c.scaled, c.power = True, int(power)
        c.end = m.end(1)
        _in_locale(c, loc.currency, f"{noun!r} counts {10 ** int(power):,} of it (or is it "
                                    "a weight?); ")


@lru_cache(maxsize=8)  # (once per text)
def _kilos_named(text: str, lex: Lexicon) -> bool:
    """Does ``text`` name kilograms ("kg", "kilo", CLDR's names of the unit)?"""
    return any(lex.per_nouns.get(w) == "kilogram" for w in _WORDS.findall(text.lower()))


def _number_just_before(text: str, cands: list[_Cand], loc: Locale | None,
                        lex: Lexicon) -> None:
    """Two figures side by side that no rule joined may be one number the reader cut;
    the mention says so. Either a figure with its currency right after a number in words
    (or a scaled one): "47 ஆயிரத்து தொள்ளாயிரத்து 43 கோடி ரூபாய்", "11 हजार सात सौ करोड़
    रुपए" (11,700 crore); or a figure with no sign of its own right after a scaled sum:
    "Rs. 5 lakh 75, 000 crore" (5,75,000 crore)."""
    ands = lex.cues.get("minor_join", frozenset())  # (the language's "and" in a number)
    leads = lex.cues.get("range_lead", frozenset())
    for a, b in pairwise(cands):
        if (a.num.kind == "cjk" and b.num.kind == "digits" and b.cur is not None
                and (a.cur is None or not a.cur.text  # (none, or one the context gave)
                     or (a.cur.start == b.cur.start and not a.cur_left))
                and not b.cur_left and b.value >= a.value and not b.scaled
                and not text[a.num.end:b.num.start].strip(" \u00a0")):
            # "1만 65430원": a myriad, then digits past it, one currency for both: a number
            # cut (a typo: "1만 6543원"?) or two figures; each says so
            for c in (a, b):
                c.reasons.append(f"{text[a.num.start:b.num.end]!r}: one number written "
                                 "wrong, or two figures?")
            continue
        if not b.start > a.end:
            continue
        if (a.num.kind == b.num.kind == "digits" and a.cur is None and not a.money_like
                and a.minor_factor is None and not a.scaled and not a.negative
                and a.num.text.isdigit() and 4 <= len(a.num.text) <= 6 and a.end == a.num.end
                and not _year_like(a)  # (not "påsken 2015 339 kr/kg": a year, then a price)
                and b.num.text.isdigit() and len(b.num.text) == 3 and b.start == b.num.start
                and b.cur is not None and not b.cur_left and not b.scaled
                and b.minor_factor is None and text[a.end:b.start] in (" ", "\u00a0")
                and (loc is None or loc.group in (" ", "\u00a0", "\u202f"))):
            # "1523 000 $", "2040 000 $" under fr_CA (groups with a blank): a figure of four
            # digits or more, a blank, then three with the currency: one sum with a mark
            # left out ("1 523 000"), or two figures? Read as one, said so
            b.value = a.value.scaleb(3) + b.value
            b.alts = []
            b.start = b.left_start = a.start
            b.reasons.append(f"{text[a.num.start:b.num.end]}: one figure with a group's mark "
                             "left out, or two?")
            continue
        between = text[a.end:b.start].strip(" \u00a0")
        if between and not (  # (only spaces between: the mention's bounds, then the
                # numeral's; or "and" after hundreds in words: "Oitocentos e 39 milhões")
                between.lower() in ands and a.num.kind == "word" and a.value >= 100
                and b.start <= b.num.start and not a.money_like
                and _word_before(text, a.start) not in leads):
            continue  # (not "entre cien y ciento diez pesetas": a range)
        if (b.cur is not None and b.num.kind in ("digits", "word") and a.cur is None
                and not a.money_like and a.minor_factor is None
                and (a.num.kind == "word" or a.scaled)
                and a.value >= 10  # "כל אחד 30 אלף דולר": each one
                and a.end < b.num.start
                and text[a.end:b.start if text[b.start:b.start + 1].isdigit() else b.num.start]
                .strip(" \u00a0").lower() in ("", *ands)):  # (a chain's first figure)
            if (a.num.kind == "word" and not a.scaled and a.value % 100 == 0
                    and b.num.kind == "digits" and not b.scaled and not b.cur_left
                    and b.num.text.isdigit() and 0 < b.value < 100 and b.value.scaleb(
                        -_zeros(a.value)) < 1 and not b.negative and not a.negative):
                # "सात सय ७८ रुपैयाँ": hundreds in words, the tens and units in digits (778)
                b.value += a.value
                b.start = b.left_start = a.start
                continue
            if (((a.num.kind == "word" and not a.scaled) or (a.scaled and a.power == 2))
                    and not between and a.value % 100 == 0
                    and b.num.kind == "digits" and b.scaled and b.power >= 3
                    and not b.cur_left and not b.alts and b.num.text.isdigit()
                    and 0 < (head := b.value.scaleb(-b.power)) < 100
                    and head == head.to_integral_value() and not b.negative
                    and not a.negative
                    and (a.start == 0 or not text[a.start - 1].strip()
                         or text[a.start - 1] in "(\"'“«,:;")):
                # "१ सय ३० मिलियन अमेरिकी डलर", "दुई सय ५० करोड": hundreds in words (or a
                # figure and the word), the tens in digits, the scale after both (130 million;
                # with "and" between, a guess: "quinhentos e 12 milhões"; and not glued to
                # the word before, a count of it: "စပါးတင္းတစ္ရာ ၇ သိန္း", a hundred baskets of
                # paddy, seven lakh kyat)
                b.value = (a.value + head).scaleb(b.power)
                b.start = b.left_start = a.start
                continue
            b.reasons.append(f"{text[a.start:a.end]!r} just before it: part of the same number?")
        elif (a.cur is not None and a.cur_left and b.cur is None
              and (a.scaled or (a.num.kind == "word" and a.value >= 100 and not a.value % 100))
              and not b.cur_left and b.num.kind == "digits"
              and (b.scaled or _GROUP_AFTER.match(text, b.num.end) is not None or (
                  # "रु ६ लाख ५०": a bare figure below the scale right after it (6 lakh and
                  # 50, or 6.5 lakh said so?); "रु दुई सय ५०": below the hundreds in words
                  not between and b.num.text.isdigit() and not _year_like(b)
                  and 0 < b.value < Decimal(10) ** (a.power if a.scaled else _zeros(a.value))
                  and text[b.num.end:b.num.end + 1] not in ("-", "‑", "–")  # ("11-year")
                  and not _day_of_month(text, b, lex)  # ("até 20 de julho")
                  and _ends_as_amount(text, b.end, b.end, lex)))):
            a.reasons.append(f"{text[b.start:b.end]!r} just after it: part of the same "
                             "number?")
    for a, b in pairwise(cands):  # (figure to figure: what lies between may be a sign)
        gap = text[a.num.end:b.num.start]
        if (gap == "・" and a.num.text.isdigit() and b.num.text.isdigit() and len(a.num.text) <= 3
                and len(b.num.text) <= 2 and b.money_like and not a.money_like and not b.scaled
                and b.minor_factor is None and not b.alts):
            # "第3のビール(同28円)は逆に9・8円増税": the Japanese press's middle dot between
            # digits is a decimal point (9.8 yen); or two figures of a list, said so
            b.alts.append(b.value)
            b.value = Decimal(f"{a.num.text}.{b.num.text}")
            b.start = a.num.start
            b.reasons.append(f"{a.num.text}・{b.num.text}: a decimal point written '・' (read "
                             "so), or two figures?")
            continue
        glued = gap in (".", ",")  # ("N100,00.00": a mark and digits glued on after it)
        if (a.num.kind != "digits" or b.num.kind != "digits" or a.scaled or _year_like(a)
                or (_CUT_GAP.fullmatch(gap) is None and not glued)):
            continue
        if (not glued and b.money_like and not a.money_like and not b.cur_left
                and b.minor_factor is None and not b.reasons
                and _cut_before(text, a, b, gap, loc)):
            # "pedig 19 33,4 milliárd forint", "2.086.349. 875 pesetas": a figure not read
            # right before the money's, only a blank or a point between: its first digits?
            b.reasons.append(f"{text[a.num.start:b.num.end]!r}: {a.num.text} part of "
                             "the same number?")
        elif (a.money_like and a.cur is not None and a.cur_left and not b.cur_left
              and not gap.strip(".,") and not a.reasons):
            # "R$ 4,.205 bilhões": two marks between two figures, one of them a slip; "N100,00.00":
            # digits run on after the figure's marks
            a.reasons.append(f"{text[a.num.start:b.num.end]!r}: {b.num.text} part of "
                             "the same number?")
        if (not gap.strip(".,") and b.money_like and not b.cur_left and not b.reasons
                and b.num.text[:1].isdigit() and (not a.money_like or a.reasons)):
            # "3,165.319,35 KM", "R$ 4,.205 bilhões": digits run on into the money's own
            # figure across marks no numeral takes; its last digits alone?
            b.reasons.append(f"{text[a.num.start:b.num.end]!r}: {a.num.text} part of "
                             "the same number?")


_POINT_FOUR = re.compile(r"[1-9]\d{0,2}\.\d{4}")  # (not "0.1772": no groups)


def _point_before_four(cands: list[_Cand], loc: Locale | None) -> None:
    """"42.8000 kroner" in Norway: a point, which the locale does not write for decimals,
    before four digits is neither its grouping nor its decimal; read as a decimal point,
    the groups as written (428,000) the other reading, said so."""
    if loc is None or loc.decimal != ",":
        return
    for c in cands:
        if (c.cur is None or c.num.kind != "digits" or c.scaled or c.alts or c.reasons
                or _POINT_FOUR.fullmatch(c.num.text) is None):
            continue
        c.alts.append(Decimal(c.num.text.replace(".", "")))
        c.reasons.append(f"{c.num.text}: a decimal point, where the locale writes a comma "
                         "(read so), or thousands grouped awry?")


def _cut_before(text: str, a: _Cand, b: _Cand, gap: str, loc: Locale | None) -> bool:
    """Do the bare figure ``a`` and the money's ``b`` after it look like one number cut
    in two? After a blank, where the locale groups with blanks, ``a`` is one to three
    digits after a word ("pedig 19 33,4": not a row's cells, "iPhone 15 42,800円" nor a
    code, "E10 1,825", "2019:46 9 500") and ``b`` not grouped; after a point, ``a`` is
    grouped and ``b`` three digits ("2.086.349. 875"; not a list's number: "1. 100 €"), or
    ``a`` two or three digits and ``b`` three with cents ("754. 655,06")."""
    lead = b.num.text.lstrip("+-−")
    if gap.startswith("."):
        head, sep, cents = lead.partition(loc.decimal if loc is not None else ",")
        return (not a.num.text.isdigit() and lead.isdigit() and len(lead) == 3) or (
            # "754. 655,06 lei": two or three digits, a point and a blank, then three
            # digits with their cents (not a list's number: one digit before the point)
            a.num.text.isdigit() and 2 <= len(a.num.text) <= 3 and not _zero_led(a)
            and bool(sep) and head.isdigit() and len(head) == 3 and cents.isdigit())
    if gap.strip():
        return True  # (two marks: "4,.205")
    if loc is None or loc.group.strip():
        return False  # ("מידה 2 200 ש\"ח": Hebrew groups with commas, a size and a price)
    before = text[a.num.start - 2:a.num.start]
    marks = lead.count(".") + lead.count(",")
    ungrouped = lead.replace(",", "").replace(".", "").isdigit() and (
        not marks or (marks == 1 and len(lead.replace(",", ".").partition(".")[2]) != 3))
    return (a.num.text.isdigit() and len(a.num.text) <= 3 and not _zero_led(a)
            and len(before) == 2 and before[0].isalpha() and not before[1].strip()
            and ungrouped)


# a dash set apart after a whole word ("fra - 309"; not "SP.A - 124.993": an initialism)
_DASH_SET_APART = re.compile(r"(?:^|(?<=[\s(]))([^\W\d_]+)[ \u00a0]+[-–−][ \u00a0]$")
_SLASH_DASH = re.compile(r"[ \u00a0]*/[ \u00a0]*-[ \u00a0]+")
_RANGE_MARKS = frozenset(("-", "–", "—", "~", "〜", "～"))  # a range's marks between its ends


_ORDINAL_BEFORE = re.compile(r"(?<![\d.,])\d{1,2}\.[ \u00a0]*\Z")


def _spaced_minus(text: str, cands: list[_Cand], lex: Lexicon) -> None:
    """"underskuddet økte fra - 309 millioner kroner til - 697 millioner": a dash set
    apart before a figure, right after a word that links two amounts ("fra", "til",
    "from", "to"), is a minus (no aside opens after such a word); flagged."""
    links = lex.cues.get("change_links", frozenset()) | lex.cues.get("range_lead", frozenset())
    for i, c in enumerate(cands):
        if (c.cur is None or c.cur_left or c.negative or c.num.kind != "digits"
                or c.start != c.num.start):
            continue
        if (i and cands[i - 1].negative and cands[i - 1].cur is not None
                and _SLASH_DASH.fullmatch(text, cands[i - 1].end, c.start) is not None):
            c.negative = True  # "-19 milj. mk / - 3 MEUR": the same sum in another money
            c.start = text.rindex("-", cands[i - 1].end, c.start)
            c.reasons.append(f"{text[c.start:c.num.end]!r} after a negative and a slash: a "
                             "minus set apart (read so), or a dash?")
            continue
        m = _DASH_SET_APART.search(text, max(0, c.start - 24), c.start)
        if m is None or m.group(1).lower() not in links:
            continue
        if _ORDINAL_BEFORE.search(text, max(0, m.start(1) - 6), m.start(1)):
            continue  # "1. místo – 350 EUR": the word after an ordinal is a noun (first
            # place), not the link ("místo" is also "instead of"); the dash a list's
        c.negative = True
        c.start = m.end() - 2
        c.reasons.append(f"{text[c.start:c.num.end]!r} after {m.group(1)!r}: a minus set "
                         "apart (read so), or a dash?")


def _dash_after_a_label(text: str, cands: list[_Cand], lex: Lexicon) -> None:
    """"קצבת זקנה ליחיד -1,596 ש\"ח", "بنزين 95 -7.98 شيكل": in a script written right to
    left, a hyphen glued to a figure, a blank before it, after a label's word or number,
    is as often the label's dash (the writer's, or the line's direction turned) as a
    minus; read as a minus, said so."""
    for c in cands:
        if not c.negative or c.cur is None or c.reasons:
            continue
        k = c.start
        if text[k:k + 1] != "-" or k + 1 != c.num.start or k < 2:
            continue
        if text[k - 1] not in " \u00a0" or not text[k - 2].isalnum():
            continue
        word = _word_before(text, k)
        if word is not None and word.lower() in lex.cues.get("amount_followers", ()):
            continue  # "הפסד של -30 מיליון": "of", then the figure: its own minus
        c.reasons.append(f"{text[k:c.num.end]!r} after a label: a minus (read so), or a "
                         "dash?")


def _dash_opening_a_line(text: str, cands: list[_Cand]) -> None:
    """"-340 FCFA/kg, soit 17 000 FCFA le sac", "-1,1 милион евра за пласманот": a dash
    glued to a figure that opens the text or a line, words running on after it, may be a
    list's dash as well as a minus; read as a minus, said so."""
    for c in cands:
        if not c.negative or c.cur is None or c.reasons:
            continue
        k = c.start
        if text[k:k + 1] not in ("-", "–", "—") or k + 1 != c.num.start:
            continue  # (the dash glued to the figure itself, no sign between)
        q = k
        while q and text[q - 1] in " \u00a0\t":
            q -= 1
        if q and text[q - 1] != "\n":
            continue  # (walked back over blanks only, and the line read to its end only: a
            # text dense with minus signs stays linear)
        end = text.find("\n", c.end)
        words = _WORDS.finditer(text, c.end, len(text) if end < 0 else end)
        if next(words, None) is None or next(words, None) is None:
            continue  # (a cell or a row of figures, "-1.250 χιλ. €": a minus; a list's item
            # runs on in words)
        c.reasons.append(f"{text[k:c.num.end]!r} opening a line: a minus (read so), or a "
                         "list's dash?")


_LABEL_DASH = re.compile(r"[^\W\d_] [—–-] ?\Z")  # a word, a blank and a dash before a figure
_LIST_LABEL = re.compile(r", [^\W\d_]+ ")  # a comma, a word and a blank: the next item's label


def _dash_in_a_list_of_labels(text: str, cands: list[_Cand]) -> None:
    """"Грузия — $3,3 млн, Азербайджан — $1,3 млн, Германия -$1,3 млн": a dash glued to
    a sum right after a word and a blank, in a sentence whose other sums follow their
    labels after a dash set apart, may be that list's dash as well as a minus; so may one
    after the next thing's name in a list of priced things ("картоптың келісі 120,
    қырыққабат -80 теңгеден"); read as a minus, said so (not "–9,0 miljarder kronor
    (–7,6)": no such list)."""
    ends: list[int] | None = None
    for i, c in enumerate(cands):
        k = c.start
        if (not c.negative or c.cur is None or c.reasons or k < 2
                or text[k:k + 1] not in ("-", "–", "—") or text[k - 1] != " "
                or not text[k - 2].isalpha()):
            continue
        ends = ends if ends is not None else _sentence_ends(text)
        sent = bisect.bisect_right(ends, c.start)
        if any(d is not c and not d.negative and d.cur is not None and d.num.kind == "digits"
               and bisect.bisect_right(ends, d.start) == sent
               and _LABEL_DASH.search(text, max(0, d.start - 4), d.start) is not None
               for d in cands):
            c.reasons.append(f"{text[k:c.num.end]!r} after a word, in a list of sums each "
                             "after its label and a dash: a minus (read so), or the list's "
                             "dash?")
        elif (i and not (d := cands[i - 1]).negative and d.num.kind == "digits"
              and _LIST_LABEL.fullmatch(text, d.end, k) is not None):
            c.reasons.append(f"{text[k:c.num.end]!r} after the next item's name in a list "
                             "of figures: a minus (read so), or a dash?")


def _dash_after_sign_in_range(text: str, cands: list[_Cand], lex: Lexicon) -> None:
    """"Rp 12,5 juta hingga Rp-18 juta": a dash glued between a sign and the figure at a
    range's high end, after a range word and a low end of the same sign above zero, is
    read as no minus (a loss is written before the sign: "from $5m to -$3m"), said so."""
    ranges = lex.cues["range"]
    for a, b in pairwise(cands):
        cur = b.cur
        if (b.negative and not a.negative and cur is not None and b.cur_left
                and a.cur is not None and a.cur.text == cur.text and a.value > 0
                and text[cur.end:b.num.start] in ("-", "‑", "–")
                and " ".join(text[a.end:cur.start].lower().split()) in ranges):
            b.negative = False
            b.start = cur.start
            b.reasons.append(f"{text[cur.start:b.num.end]!r}: the dash a slip after the "
                             "range's word, or a minus?")


def _coins_in_context(text: str, cands: list[_Cand], lex: Lexicon) -> None:
    """"Από 90 λεπτά έως 1 ευρώ": a coin word that is also another word ("λεπτά": cents
    and minutes) counts coins only in a sentence with money in it, and says so. A coin
    named like a fraction is the fraction hyphened to its number or before a connector
    ("three-quarters of the adult population")."""
    fractions = lex.cues.get("fraction_coins")
    if fractions:
        connectors = lex.cues.get("connectors", frozenset())
        for c in cands:
            if (c.minor_factor is not None and c.cur is None
                    and c.minor_text.lower() in fractions
                    and (text[c.num.end:c.num.end + 1] == "-"
                         or _next_word(text, c.end) in connectors)):
                c.minor_factor = None
    coins = lex.context_coins
    if not coins or not any(
            c.minor_factor is not None and c.minor_text.lower() in coins for c in cands):
        return
    ends = _sentence_ends(text)
    money = {bisect.bisect_right(ends, c.start) for c in cands if c.cur is not None}
    for c in cands:
        if c.minor_factor is None or c.cur is not None or c.minor_text.lower() not in coins:
            continue
        sent = bisect.bisect_right(ends, c.start)
        if (c.num.kind in ("word", "cjk") and len(c.num.text) == 1
                and text[c.num.end:c.num.end + len(c.minor_text)] == c.minor_text):
            c.minor_factor = None  # "오전" (morning), "이전" (before): one syllable of a
            # number glued to the word is part of another word
        elif sent in money or _sentence_has(text, ends, sent, lex, "money_words"):
            c.reasons.append(f"{c.minor_text!r}: coins, or another meaning of the word?")
        else:
            c.minor_factor = None  # "σε 30 λεπτά": minutes


def _adjective_alone(text: str, cands: list[_Cand], lex: Lexicon) -> None:
    """"35 danske kroner koster 57 norske": a currency adjective right after a figure,
    its noun left out because the text names a currency of that noun, is that currency;
    the mention says the noun was guessed."""
    adjectives = lex.adjectives
    if not adjectives or len(cands) < 2 or all(c.cur is None for c in cands):
        return
    kinds: set[str] = set()  # every currency a noun written with a figure may name
    for c in cands:
        if c.cur is not None and not c.cur_left:
            for w in c.cur.text.split():
                kinds.update(lex.names_of(w) or ())
    if not kinds:
        return
    followers = lex.cues.get("amount_followers", frozenset())
    links = lex.cues.get("change_links", frozenset())
    ranges = lex.cues["range"]
    for c in cands:
        if c.money_like or c.num.kind != "digits" or c.value <= 0 or _year_like(c):
            continue  # (scaled too: "27 milliarder danske kroner … 35 milliarder norske")
        m = _NEXT_WORD.match(text, c.end)
        if m is None or m.start(1) - c.end != 1:
            continue
        word = m.group(1)
        low = word.lower()
        adj = adjectives.get(low) or next(
            (adjectives[a] for a in lex.stripped(low) if a in adjectives), ())  # ("625
        # þúsund íslenskum": the adjective in a case the tables do not list)
        both = tuple(x for x in adj if x in kinds)
        if not both or not _free_after(text, m.end(1), followers, links, ranges):
            continue
        c.cur = Tok("cur", m.start(1), m.end(1), word, both)
        c.end = m.end(1)
        c.reasons.append(f"{word!r} alone, its noun left out: {both[0]}?")


def _noted_onward(cands: list[_Cand]) -> None:
    """"罰款10萬元（人民幣，下同）…罰款5萬元": a bracket that names the currency "and so
    below" settles the same cue in the figures after it."""
    if len(cands) < 2:
        return
    code = None
    for c in cands:
        noted = False
        for t in c.cues.after:
            if t.kind == "curnote" and t.value[1]:
                code, noted = t.value[0], True
        if not noted and code is not None and c.cur is not None and code in c.cur.value:
            c.cur = c.cur._replace(value=(code,))


def _name_after_figure(text: str, cands: list[_Cand], lex: Lexicon) -> None:
    """"shilingi milioni 53.5 za Kenya": in a language that writes the currency noun
    before the figure, the rest of the currency's name may follow the figure; it settles
    which currency the noun is, and belongs to the mention."""
    if not lex.noun_first:
        return
    for c in cands:
        cur = c.cur
        if cur is None or not c.cur_left or len(cur.value) < 2 or c.context:
            continue
        q = c.end
        tail: list[re.Match[str]] = []
        while len(tail) < 3:  # up to three words right after the figure, spaces between
            w = _NEXT_WORD.match(text, q)
            if w is None:
                break
            tail.append(w)
            q = w.end()
        for k in range(len(tail), 0, -1):
            rest = " ".join(w.group(1) for w in tail[:k])
            got = lex.names.get(f"{cur.text} {rest}".lower())
            if got is not None and len(got) == 1:
                c.cur = cur._replace(text=f"{cur.text} {rest}", value=got)
                c.end = tail[k - 1].end()
                break


@lru_cache(maxsize=64)
def _second_words(lex: Lexicon) -> Mapping[str, frozenset[str]]:
    """The second words of the language's two-word currency names, each with the
    currencies its names name ("suisse", "suisses": CHF), where the noun comes first
    ("francs suisse" with the adjective's number slipped)."""
    out: dict[str, set[str]] = {}
    for name, codes in lex.names.items():
        words = name.split()
        if len(words) == 2 and words[1].isalpha() and len(words[1]) > 3:
            out.setdefault(words[1], set()).update(codes)
    return {w: frozenset(c) for w, c in out.items()}


def _sum_named_in(text: str, cands: list[_Cand], lex: Lexicon, loc: Locale | None) -> None:
    """"que en dólares americanos serían aproximadamente unos 10 millones", "अमेरिकी डलरमा
    विप्रेषण आप्रवाह १ अर्ब २ करोड": a currency named after a word that says what money
    sums are counted in (cue tables ``named_in_before``, ``named_in_after`` for a
    postposition glued on), with no figure of its own, counts the bare figures after it in
    its sentence up to the next written currency; a guess said so."""
    before = lex.cues.get("named_in_before", frozenset())
    after = lex.cues.get("named_in_after", frozenset())
    if not (before or after) or not any(
            c.cur is None and not c.money_like and (c.scaled or c.value >= 1000)
            for c in cands):
        return
    ends = _sentence_ends(text)
    home = loc.currency if loc is not None else None

    def one(codes: Iterable[str] | None) -> str | None:
        """The one currency a name names (the locale's, of several: "forint")."""
        got = tuple(codes or ())
        return got[0] if len(got) == 1 else (home if home in got else None)

    named: list[tuple[int, int, Tok]] = []  # (sentence, end, the name as a token)
    words = [(m.start(), m.end(), m.group().lower()) for m in _WORDS.finditer(text)]
    for i, (s, e, w) in enumerate(words):
        found: tuple[int, int, str] | None = None
        if w in before:
            for k in (3, 2, 1):
                part = words[i + 1:i + 1 + k]
                if len(part) < k or any(text[a[1]:b[0]].strip() for a, b in pairwise(part)):
                    continue
                if text[e:part[0][0]].strip():
                    break
                code = one(lex.names_of(" ".join(x[2] for x in part)))  # ("v korunách")
                if code is not None:
                    found = (part[0][0], part[-1][1], code)
                    break
        for suffix in after:
            if found is None and w.endswith(suffix) and len(w) > len(suffix):
                stem = w[:-len(suffix)]
                prev = words[i - 1] if i else None
                for name, start in ((f"{prev[2]} {stem}", prev[0]) if prev is not None
                                    and not text[prev[1]:s].strip() else ("", s), (stem, s)):
                    code = one(lex.names_of(name)) if name else None
                    if code is not None:
                        found = (start, e - len(suffix), code)
                        break
        if (found is not None and text[found[0]].isupper() and not lex.capitalised_nouns
                and _mid_sentence(text, found[0])):
            found = None  # "egy 1959-es Jaguar Markra": a name (a model's), no currency
            # (not at a sentence's start: "Euroissa summa on yli 11 miljoonaa")
        if found is not None:
            a, b, code = found
            named.append((bisect.bisect_right(ends, a), b,
                          Tok("cur", a, b, text[a:b], (code,))))
    own = [(c.cur.start, c.cur.end) for c in cands if c.cur is not None]
    named = [x for x in named if not any(a < x[2].end and x[2].start < b for a, b in own)]
    if not named:
        return  # (a name that is a figure's own unit counts no other: "300 forintra")
    for c in cands:
        if c.cur is not None or c.money_like or c.value <= 0 or _year_like(c) or c.per:
            continue
        if not (c.scaled or (c.num.kind != "digits" and c.value >= 1000)):
            continue  # (a sum in millions or in words of thousands; not "una", "sete")
        sent = bisect.bisect_right(ends, c.start)
        got = [(b, tok) for s_, b, tok in named if s_ == sent and b <= c.start]
        if not got:
            continue
        b, tok = got[-1]
        if any(m.cur is not None and not m.context and b <= m.start < c.start for m in cands):
            continue  # (a written currency between governs what follows it)
        if (_counted(text, c.end, lex) or _percent_after(text, c.end, lex)
                or _unit_word_after(text, c.end, lex, scales=False)):
            continue
        c.cur, c.context = tok, True
        c.reasons.append(f"no currency written: counted in {tok.text!r}, named before it "
                         "in its sentence")


def _adjective_after_name(text: str, cands: list[_Cand], lex: Lexicon) -> None:
    """"350 kr. íslenskar", "19 krónur sænskar": a currency's word, then a country's
    adjective of one of its readings, is that one (the name written the other way round
    from CLDR's, or cut short before it)."""
    for c in cands:
        cur = c.cur
        if cur is None or c.cur_left or len(cur.value) < 2 or c.end != cur.end:
            continue
        m = _NEXT_WORD.match(text, cur.end)
        if m is None or m.start(1) == cur.end:
            continue
        adj = lex.adjectives.get(m.group(1).lower()) or _second_words(lex).get(
            m.group(1).lower())
        if not adj:
            continue
        codes = tuple(x for x in adj if x in cur.value)
        if len(codes) == 1:
            c.cur = cur._replace(value=codes)
            c.end = m.end(1)
    for c in cands:
        # "भारतीय ६० हजार रुपैयाँको": the adjective before the figure, the noun after it
        cur = c.cur
        if (cur is None or c.cur_left or len(cur.value) < 2 or c.start != c.num.start
                or c.num.kind != "digits"):
            continue
        word = _word_before(text, c.num.start)
        adj = lex.adjectives.get(word) if word else None
        codes = tuple(x for x in adj if x in cur.value) if adj else ()
        if len(codes) == 1 and word is not None:
            at = _past_spaces_back(text, c.num.start)
            if text[at - len(word):at].lower() == word:
                c.cur = cur._replace(value=codes)
                c.start = c.left_start = at - len(word)


def _named_before(text: str, cands: list[_Cand], lex: Lexicon, loc: Locale | None) -> None:
    """"300 ألف جنيه إسترليني … 350 ألف جنيه", "5 millions de dollars canadiens, contre
    4 millions de dollars": a currency word of several readings, written before in the
    same text with the word that settles it, is read as it was there; the locale would
    read otherwise, so the mention says it is a guess."""
    if len(cands) < 2 or not any(c.cur is not None and (" " in c.cur.text or (
            len(c.cur.text) > 1 and no_space_script(c.cur.text[0]))) for c in cands):
        return
    named: list[tuple[str, tuple[str, ...], int]] = []  # (code, its head word's readings, end)
    for c in cands:
        cur = c.cur
        if cur is None or c.context:
            continue
        if len(cur.value) == 1:
            opened = max(text.rfind("(", max(0, c.start - 30), c.start),
                         text.rfind("（", max(0, c.start - 30), c.start))
            if opened >= 0 and ")" not in text[opened:c.start] and "）" not in text[
                    opened:c.start]:
                continue  # ("427 de lei românești (circa 1 840 de lei moldovenești)",
                # "新加坡幣400元(約台幣9552元)": a conversion in brackets names no currency
                # of the text's own)
            words = cur.text.split()
            if len(words) == 1 and len(cur.text) > 1 and no_space_script(cur.text[0]):
                # (a script without spaces: the head that begins the name, "元人民幣")
                words = [cur.text[:k] for k in range(len(cur.text) - 1, 0, -1)]
                head = text[c.num.end:c.end].strip()
                if c.cur_left and head and no_space_script(head[0]):
                    # "港币7万3150元 … 8万4490元": the name before the figure, the generic
                    # head after it
                    got = lex.names_of(head)
                    if got is not None and len(got) > 1 and cur.value[0] in got:
                        named.append((cur.value[0], got, c.end))
                        continue
            if len(words) > 1:
                for w in words:
                    got = lex.names_of(w)
                    if got is not None and (len(got) > 1 or got[0] != cur.value[0]):
                        # (a word of several readings, or of one that the full name makes
                        # another's; a currency of old too: "500 szlovák koronáért")
                        named.append((cur.value[0], got, c.end))
                        break
            continue
        if not named or not any(ch.isalpha() for ch in cur.text):
            continue
        own = lex.names_of(cur.text)
        if own is None:
            continue
        pick = choose_currency(cur.value, cur.text, loc)[0]
        for code, got, end in reversed(named):
            if got == own or (code in got and set(own) < set(got)):
                # (the singular may have fewer readings: "14 svenske kroner … en krone")
                gap = text[end:c.start]
                link = gap.strip().lower()
                if (len(gap) < (3 if any(no_space_script(ch) for ch in gap) else 8) and not (
                        link.replace(" ", "").isalpha() and (link in lex.cues["change_links"]
                                            or link in lex.cues["range"]))) or (
                        _opens_aside(gap)):
                    break  # "5 million Australian dollars (3 million dollars)": a conversion
                    # (a word of a script without spaces is a clause's part: "，其中佔");
                    # but the far end of a change or a range is the same currency: "fra
                    # 48,2 milliarder svenske kroner til 43,9 milliarder kroner"
                if any(code not in x and any(y in own for y in x) for x in (
                        lex.adjectives.get(w.group().lower(), ()) for w in _WORDS.finditer(gap))):
                    break  # "3:55 danska kronor … i svenska kronor räknat blir det 4:26
                    # kronor": the text names another since, with no figure
                if code in cur.value or (code not in got and (
                        loc is None or loc.currency not in cur.value)):
                    # ("20 ezer koronát" in Hungary after the Slovak crown: none of the
                    # word's readings is the locale's, so the one named wins over a guess)
                    # (the locale agreeing, the name still settles it: "2200 českých korún
                    # … 935 korún" in Slovakia is Czech, not the Slovak koruna of old)
                    c.cur = cur._replace(value=(code,))
                    if code != pick:
                        c.reasons.append(f"{cur.text!r} read as {code}, as named before in "
                                         f"the text (the locale reads {pick})")
                elif code not in own:
                    # "6000 slovenských korun, … méně než 4000 korun" in Czechia: the word
                    # alone reads as the locale's crown, the text's topic is the one named
                    # (none of the word's own readings); flagged
                    c.cur = cur._replace(value=(code,))
                    c.reasons.append(f"{cur.text!r} read as {code}, as named before in the "
                                     f"text, or the locale's {pick}?")
                break


_COUNTRY_CODE = re.compile(r"[ \u00a0]([A-Z]{2})(?![^\W\d_])")


def _country_code_after(text: str, cands: list[_Cand]) -> None:
    """"3500 lei MD": a currency word of several countries, then a country's ISO code
    whose currency is one of them, is that currency; the code is part of the name (and
    settles the word where the text writes it again: "… 20,71 lei pe oră")."""
    for c in cands:
        cur = c.cur
        if cur is None or c.cur_left or len(cur.value) < 2 or not cur.text.isalpha():
            continue
        m = _COUNTRY_CODE.match(text, cur.end)
        code = territory_currency(m.group(1)) if m is not None else None
        if m is not None and code in cur.value:
            c.cur = cur._replace(value=(code,), text=f"{cur.text} {m.group(1)}", end=m.end())
            c.end = max(c.end, m.end())


def _opens_aside(gap: str) -> bool:
    """Does ``gap`` open a bracket it does not close, or hold an equals sign ("(3 million
    dollars", "= 40 dollars"): what follows restates the figure before, converted? A
    bracket closed within ("(≈ £40/€50) og koster nå") is an aside of its own."""
    depth = 0
    for ch in gap:
        if ch in "(（[":
            depth += 1
        elif ch in ")）]" and depth:
            depth -= 1
        elif ch in "=≈" and not depth:
            return True
    return depth > 0


def _country_named(text: str, cands: list[_Cand], lex: Lexicon, loc: Locale | None) -> None:
    """"De Belgische regering … 30 miljard frank" in the Netherlands, "банки во Србија …
    90,7 милијарди динари": a currency word of several countries, none of them the
    locale's, in a text that names one of those countries (by its currency adjective or
    its name) and no other of them is that country's; a guess, said so."""
    adjectives = lex.adjectives
    countries = lex.countries
    if not adjectives and not countries:
        return
    todo = [c for c in cands if c.cur is not None and len(c.cur.value) > 1 and not c.context
            and c.cur.text.isalpha()]
    if not todo:
        return
    # the adjectives of the text, once, outside the currencies' own names ("5 million
    # Australian dollars, or 3 million dollars": a conversion, not the country of the second)
    names = sorted((d.cur.start, d.cur.end) for d in cands if d.cur is not None)
    starts = [s for s, _ in names]
    hits: list[tuple[int, tuple[str, ...], bool, bool]] = []
    for w in _WORDS.finditer(text):
        low = w.group().lower()
        got = adjectives.get(low)
        by_name = not got  # (a country's name is weaker evidence than its currency's adjective)
        derived = False
        if by_name:
            got = countries.get(low)
            if not got and countries and len(low) > 5:
                got = next((countries[low[:-len(e)]] for e in lex.endings  # "Kanadas"
                            if low.endswith(e) and low[:-len(e)] in countries), None)
            if not got and lex.adjective_endings:
                got = next((countries[low[:-len(e)]] for e in lex.adjective_endings
                            if low.endswith(e) and low[:-len(e)] in countries), None)
                derived = bool(got)  # "«سوناسيد» المغربية": Moroccan, the country's name made
                by_name = by_name and not got  # an adjective
        if got:
            k = bisect.bisect_right(starts, w.start()) - 1
            if k < 0 or names[k][1] <= w.start():
                hits.append((w.start(), got, by_name, derived))
    if not hits:
        return
    at = [h[0] for h in hits]
    ends: list[int] | None = None  # (found on first need)
    for c in todo:
        cur = c.cur
        assert cur is not None
        lo = bisect.bisect_left(at, c.start - 400)
        hi = bisect.bisect_left(at, c.end + 200)
        if hi - lo > 12:
            continue  # (a list of countries settles nothing; the look stays bounded)
        found: set[str] = set()
        named_only = True
        nisba = False
        near: set[str] = set()  # countries named in the figure's sentence or the one before
        for h_at, got, by_name, derived in hits[lo:hi]:
            mine = [x for x in got if x in cur.value]
            found.update(mine)
            named_only = named_only and (by_name or not mine)
            nisba = nisba or (derived and bool(mine))
            if mine and by_name:
                ends = ends if ends is not None else _sentence_ends(text)
                here = bisect.bisect_right(ends, c.start)
                if here - 1 <= bisect.bisect_right(ends, h_at) <= here:
                    near.update(mine)
        if len(found) != 1:
            continue
        code = found.pop()
        pick = choose_currency(cur.value, cur.text, loc)[0]
        if _homeland(cur.value, loc):
            if code != pick and (nisba or code in near):  # (not "en dansk vas … 280
                # kronor": an adjective of people and things, everywhere in the Nordic
                # press; but "توقعت السعودية عجزا … 39 مليار ريال" in Qatar: the country
                # named in its sentence or the one before)
                # "شركة «سوناسيد» المغربية … 54 مليون درهم" in the Emirates: the locale's
                # own currency, but the text calls its subject another country's
                c.reasons.append(f"{cur.text!r} read as the locale's {pick}, or {code}: "
                                 "the text names a country of it?")
                c.cur = cur._replace(value=(pick, code))
            continue
        if code == pick and named_only:
            continue  # a country named, whose currency the locale reads anyway: the doubt
            # of the shared word stays ("خپل کور … ۱۵ لکه روپو", Pakistan named)
        c.cur = cur._replace(value=(code,))
        if code != pick:
            c.reasons.append(f"{cur.text!r} read as {code}: the text names its country "
                             f"(the locale reads {pick})")


_ASIDE_STOP = re.compile(r"[.!?](?!\d)|\n")


def _dash_aside(text: str, t: Tok, links: frozenset[str] = frozenset()) -> bool:
    """Is the dash ``t`` before a figure the opening one of a pair around an aside
    ("una xifra elevada –200 pessetes, poca conya– però")? The closing dash is glued to
    the end of a word or a figure later in the sentence; a minus has no partner."""
    if t.text not in "–—-" or (t.start and not text[t.start - 1].isspace()):
        return False  # (and a hyphen so used: "Nueva York -US$ 100 millones por sobre las
        # estimaciones más auspiciosas- en la primera")
    stop = _ASIDE_STOP.search(text, t.end, t.end + 200)  # (not a point inside a figure)
    end = len(text) if stop is None else stop.start()
    k = text.find(t.text, t.end, end)
    # (or of a figure: "el promedio -10,83 UF o $410.000- del mercado")
    if not (k > t.end + 1 and (text[k - 1].isalnum() or unicodedata.category(text[k - 1]) == "Sc")
            and (k + 1 >= len(text) or not text[k + 1].isalnum())):
        # (or of a sign: "son prix -115.000 €- n'atteignant pas")
        return False
    # (a hyphen closing a word before "and"/"or" is a suspended one, no aside's end:
    # "nach Steuer- und Zinszahlungen")
    return t.text != "-" or _next_word(text, k + 1) not in links


def _past_spaces_back(text: str, pos: int) -> int:
    """Where the spaces (and no-break spaces) that end right before ``pos`` start."""
    while pos and text[pos - 1] in " \u00a0":
        pos -= 1
    return pos


def _word_glued_before(text: str, pos: int) -> bool:
    """Is the word before ``pos`` (one space between) a long word of letters, with no
    punctuation between: "zeveneneenhalf miljard", not "the billion" or "of million"?"""
    q = _past_spaces_back(text, pos)
    if q == pos or pos - q > 1:
        return False
    k = q
    while k > 0 and _in_word(text[k - 1]):
        k -= 1
    return q - k >= 9


def _after_scale_and_word(text: str, pos: int, lex: Lexicon) -> bool:
    """Is the word before ``pos`` one not read, after a scale word: "बारह करोड़ बावन लाख
    पचयासी हजार" (a number word the tables do not know, inside a compound number)?"""
    words = text[max(0, pos - 60):pos].split()
    return (len(words) >= 2 and len(words[-1]) >= 4 and all(_in_word(ch) for ch in words[-1])
            and words[-1].lower() not in lex.cues["range"]
            and lex.scale(words[-2].lower()) is not None)


def _read_just_before(text: str, prev: _Cand, c: _Cand) -> bool:
    """Are the digits of the word before ``c`` those of ``prev``, a figure read, with
    no more than letters and an apostrophe after them ("2008'de bin")?"""
    gap = text[prev.num.end:c.num.start].rstrip(" \u00a0")
    return bool(gap) and gap[0] in "'’" and gap[1:].isalpha()


def _digits_before(text: str, pos: int) -> bool:
    """Does the word before ``pos`` (spaces between) hold a digit?"""
    q = _past_spaces_back(text, pos)
    if q == pos:
        return False
    k = q
    while k > 0 and q - k < 12 and not text[k - 1].isspace():
        k -= 1
    return any(ch.isdigit() for ch in text[k:q])


def _counted_units(cands: list[_Cand]) -> None:
    """"157,000 تومان": a unit that is ten rials stays as written, in rials, but says so."""
    units = global_table().counted_units
    if not units:
        return
    for c in cands:
        if c.cur is None or c.minor_factor is not None:
            continue
        got = units.get(c.cur.text.lower())
        if got is None or got[1] not in c.cur.value:
            continue
        c.reasons.append(f"{c.cur.text!r} counts {got[0]} {got[1]} each: the amount is as "
                         f"written, not in {got[1]}")
        c.alts.append(c.value * got[0])


def _letter_scale(c: _Cand) -> Tok | None:
    """A scale's single letter, apart from the figure, glued before its one-letter sign
    ("2006 KF": K, then F), or None."""
    cur = c.cur
    if cur is None:
        return None
    return next((u for u in c.cues.right if u.kind == "scale" and len(u.text) == 1
                 and u.end == cur.start and u.start > c.num.end), None)


def _letter_code(c: _Cand) -> bool:
    """A one-letter sign glued before the figure and a scale's letter glued after it
    ("D55L", "K5M", "S26T"): the three make one alphanumeric token."""
    cur = c.cur
    return (cur is not None and c.cur_left and cur.end == c.num.start and len(cur.text) == 1
            and any(tok.kind == "scale" and len(tok.text) == 1 and tok.start == c.num.end
                    for tok in c.cues.right))


_LATIN_RUN = re.compile(r"[A-Za-z]+")


def _glued_code(text: str, c: _Cand) -> bool:
    """A one-letter sign glued before the figure and capitals glued after it that are no
    scale of the amount ("N565RS", an aircraft's registration; not "N5M", nor "R8500pm",
    a month's rent): one alphanumeric token, a code."""
    cur = c.cur
    if cur is None or not c.cur_left or cur.end != c.num.start or len(cur.text) != 1:
        return False
    run = _LATIN_RUN.match(text, c.num.end)
    return run is not None and not run.group().islower() and not any(
        tok.start == c.num.end and tok.end >= run.end() and tok.kind in ("scale", "per")
        for tok in (*c.cues.right, *c.cues.after))


_ONE_DIGIT_AFTER = re.compile(r"[ \u00a0]+\d(?!\d|[.,'’]\d)")


def _cue_counts(text: str, c: _Cand, loc: Locale | None, lex: Lexicon) -> bool:
    """Whether a currency cue is one here. A one-letter symbol ("R", "K", "M") glued to
    a number counts only where the locale's currency is among its meanings, or with a
    scale word after ("R9.1-billion"); a code or name before a bare year is no amount
    ("Euro 2028", "CHF 2026 outlook")."""
    cur = c.cur
    assert cur is not None
    if cur.text in global_table().homeland_signs:
        return c.cur_left and _homeland(cur.value, loc)  # "\\20,000" in Seoul, "ú5 billion"
        # in Ireland; not "C:\\2020\\", 'printf("1\\n")', "31ú"
    if cur.text in global_table().homeland_symbols:
        return (loc is None and cur.text.isupper()) or _homeland(cur.value, loc)  # "15 mt"
        # in Mozambique (and "1 MT", in capitals like a code, where no locale is given);
        # not "40 Mt" of CO2
    one = cur.text.rstrip(".")
    t = c.num.text
    if (c.num.kind == "article" and not c.cur_left
            and _ONE_DIGIT_AFTER.match(text, cur.end) is not None):
        return False  # "rottamando una Euro 4": a class named by its number, no euro
    if len(one) == 1 and one.isalpha() and not no_space_script(one) and _year_like(c) and (
            (c.cur_left and cur.end < c.num.start)
            or (not c.cur_left and not text[c.num.end:cur.start].strip())):
        return False  # "2024р.", "2018 р.", "2023г.": a year and its abbreviation; "R 2020"
        # (glued, the locale's letter is money: "an increase to R2090")
    if _year_like(c) and not c.cur_left and text[c.num.end:c.num.end + 1] == "-":
        return False  # "10,97 2020-kroner": kroner of 2020, not 2020 kroner; "2018-TR"
    if (_year_like(c) and not c.cur_left and text[_after_spaces(text, cur.end):][:1].isdigit()
            and (cur.start > c.num.end
                 or _month_before(_word_before(text, c.start),
                                  lex.cues.get("month_names", frozenset())))):
        return False  # "update bulan maret 2017 Rp 3.500.000": the sign the price's after it;
        # glued to a year after a month ("t/m 31 dec 2023€ 993,16": a table's cells run together)
    if (not c.cur_left and _designation(text, c.num.start)
            and not (cur.text[:1].islower() and cur.start > c.num.end
                     and c.num.text.isdigit())):
        return False  # "Acer Aspire ES1-421 AMD A4": a model's number, then a brand (not
        # "1000% АЕК-22690 тг.": a currency's word in small letters after the figure)
    if not c.cur_left and c.num.kind == "digits" and _minutes_of_clock(text, c):
        return False  # "08:00 - 19:59$22": the minutes of a time of day, the sign the
        # price's after it
    if (not c.cur_left and text[c.num.end:cur.start] in ("-", "'", "’")
            and _foreign_letters(c, loc, lex)):
        return False  # "2300-ден" in Kazakh: a case ending, not the denar
    if (c.cur_left and cur.start >= 2 and text[cur.start - 1] in "-'’"
            and text[cur.start - 2].isdigit() and _foreign_letters(c, loc, lex)):
        return False  # "3500-dеn 6500 tеńgеgе": the ending of the figure before, no sign
        # of the next
    if (len(one) == 1 and one.isascii() and one.isalpha() and cur.start == c.num.end
            and text[cur.end:cur.end + 1].isdigit()):
        return False  # "95E10", "3K2": a letter between digits names a grade or a model
    if len(one) == 1 and one.isalpha() and not no_space_script(one) and (
            one.isascii() or c.cur_left):  # "R", "K", "e"; "Т" (tenge) before a number
        if _glued_code(text, c):
            return False  # "(N565RS)": a registration, even where the letter is money
        if loc is not None and loc.currency in cur.value:
            return True
        if not c.cur_left and c.num.kind == "digits" and _homeland(cur.value, loc):
            return True  # "un chèque de 1 500 F" in France: the franc of old
        if c.cur_left and cur.end < c.num.start and not _homeland(cur.value, loc):
            return False  # "SHITJEN E 500 MIJË": a letter that is a word ("e", "and"),
            # a space, a figure; a foreign currency's letter is glued to it ("R9.1-billion")
        # "R273.00", "R8,499", "R9.1-billion" are money; "R8", "M5", "S3" are model names
        t = c.num.text
        glued_unit = (not c.cur_left and cur.start - c.num.end == 1
                      and text[c.num.end:cur.start].isalpha())  # "200MP": megapixels
        if not c.cur_left and _letter_scale(c) is not None:
            return False  # "Hitam 2006 KF 60", "B 1742 GQ": two letters apart from the
            # figure, a foreign sign's letter after a scale's, are a plate or a code
        if _letter_code(c):
            return False  # "D55L", "K5M": a letter, a figure, a letter, glued: a model's
            # code, where the letter is a foreign currency's sign
        return (c.scaled and not glued_unit) or (
            c.num.kind == "digits" and any(ch in t for ch in ".,'  ")
            and c.cur_left)
    g = global_table()
    if (c.cur_left and cur.end == c.num.start and len(cur.text) == 3 and cur.text.isalpha()
            and cur.text.isupper()
            and c.num.kind == "digits" and c.num.text.isdigit() and not c.scaled
            and (loc is None or loc.currency not in cur.value)
            and _word_follows(text, c.end) and not any(t.kind == "per" for t in c.cues.after)
            and _next_word(text, c.end) not in lex.cues.get("per_words", ())):
        return False  # "RON95 dan RON97": a fuel grade (a code glued to a bare integer);
        # "USD20 per barel" is a price
    if (_unit_sized(c, cur, loc)
            and (cur.end == c.num.start or c.num.end == cur.start
                 or (c.cur_left and not text[cur.end:c.num.start].strip()))):
        return False  # "RON95", "95RON", "(RON 98)": an octane rating
    if (c.cur_left and c.num.kind == "digits" and c.num.text.isdigit() and c.value <= 100
            and not c.scaled and not c.per and len(cur.text) >= 4 and cur.text.isalpha()
            and cur.text[0].isupper() and not cur.text.isupper() and c.minor_factor is None
            and not text[cur.end:c.num.start].strip() and not lex.noun_first
            and text[:cur.start].rstrip(" \u00a0")[-1:] not in ("", ".", "!", "?", ":", "\n")
            and _price_word_before(text, cur.start, lex) is None
            and not _named_range(text, c, cur, lex)):
        # "een liter Euro 95", "(Euro98)": inside a sentence, a capitalised name before a
        # bare small number is a label (a fuel grade), not money ("Евро 20" alone is, and
        # after a price word: "kostet Euro 50", or in a range named at both ends: "zwischen
        # Euro 150 und Euro 600"; and where names stand before their numerals: "zuwa
        # Naira 537")
        return False
    if (len(cur.text) == 2 and cur.text.isascii() and cur.text.isalpha() and cur.text.isupper()
            and c.cur_left
            and c.num.kind == "digits" and c.num.text.isdigit() and len(c.num.text) <= 3
            and not c.scaled and not c.per and not (set(cur.value) & current_tenders())
            and not _homeland(cur.value, loc)):
        # "the FF 5 fighter": the letters of a withdrawn currency ("DM", "FF") before a
        # small figure, outside their country
        return False
    if (not c.cur_left and cur.text in lex.cues.get("counter_names", ())
            and (text[c.num.start - 1:c.num.start] in lex.cues.get("count_marks", ())
                 or _count_leads_clause(text, c.num.start, lex))):
        return False  # "全国银幕数82248块": so many screens, no yuan
    if cur.text in g.wordlike_codes and c.cur_left and cur.end < c.num.start:
        # "TRY 48.2 billion" is money, "ALL 5 solutions" is not
        t = c.num.text
        return c.scaled or any(ch in t for ch in ".,'\u00a0 ")
    return (not _year_after_letters(c, loc)
            or text[c.num.end:c.num.end + 2] in ("/-", "/=", ".-", ",-")
            or _price_word_before(text, cur.start, lex) is not None)
    # ("रू० 2000/-", "kr. 2000.-": the dash for no paise (no aurar) marks a price, no
    # year; so does a price word before the sign: "he paid Rs. 2000")


def _named_range(text: str, c: _Cand, cur: Tok, lex: Lexicon) -> bool:
    """Is ``c`` the low end of a range whose lead word stands before the name before it
    and whose high end has that name before it too ("zwischen Euro 150 und Euro 600"; not
    "von Euro 4 bis Euro 6", emission standards)?"""
    if c.value <= 10 or _word_before(text, cur.start) not in lex.cues["range_lead"]:
        return False
    m = _NEXT_WORD.match(text, c.end)
    if m is None or m.group(1).lower() not in lex.cues["range"]:
        return False
    q = _after_spaces(text, m.end())
    return (text.startswith(cur.text, q)
            and text[(k := _after_spaces(text, q + len(cur.text))):k + 1].isdigit())


def _years_like_money(text: str, cands: list[_Cand], held: list[tuple[_Cand, Tok]]) -> None:
    """"the MSP rate was Rs 1975, now it has become Rs 2015 per kg": a year-like figure
    after a sign that the sentence writes money with elsewhere is money too, a guess
    said so."""
    starts = [d.start for d in cands]
    for c, cur in held:
        at = bisect.bisect_left(starts, c.start)
        if c.cur is not None or at == len(cands) or cands[at] is not c:
            continue
        # the figures within 160 characters each side (found by walking out from it)
        lo_at, hi_at = at, at + 1
        while lo_at and c.start - cands[lo_at - 1].end <= 160:
            lo_at -= 1
        while hi_at < len(cands) and cands[hi_at].start - c.end <= 160:
            hi_at += 1
        for d in cands[lo_at:hi_at]:
            if (d is c or d.cur is None or d.context or not d.cur_left
                    or d.cur.text != cur.text):
                continue
            lo, hi = (d.end, c.start) if d.start < c.start else (c.end, d.start)
            if lo <= hi and (not _SENTENCE_END.search(text, lo, hi)
                             or abs(d.value - c.value) * 10 <= d.value):
                # (or a sum of its size in a sentence near it: "NOK 1966,58. Med vanlig
                # øreavrunding blir det NOK 1967", rounded)
                c.cur = cur
                c.reasons.append(f"{text[cur.start:c.num.end]!r}: a year, or money as the "
                                 f"sentence's other {cur.text!r} figure?")
                break


def _year_after_letters(c: _Cand, loc: Locale | None) -> bool:
    """"in FY 2019", "Windows NT 2000", "Rs 1975": letters, then what reads as a year (a
    year, unless glued and the locale's own sign: "increase to R2090" in South Africa)."""
    cur = c.cur
    t = c.num.text
    return (cur is not None and c.cur_left and c.num.kind == "digits" and not c.scaled
            and not c.per and len(t) == 4 and t.isdigit() and 1900 <= int(t) <= 2099
            and cur.text[:1].isalpha()
            and not (cur.end == c.num.start and loc is not None
                     and cur.value == (loc.currency,)))


def _foreign_letters(c: _Cand, loc: Locale | None, lex: Lexicon) -> bool:
    """A currency cue of two or three letters that is neither an ISO code, nor a word of
    the language, nor the symbol of a currency of the locale's country: another
    country's symbol ("SR" of the Seychelles rupee, "ден" of the denar), which in this
    language's text is as likely an abbreviation or a case ending."""
    cur = c.cur
    assert cur is not None
    t = cur.text.rstrip(".")
    if loc is None or not 2 <= len(t) <= 3 or not t.isalpha() or no_space_script(t[0]):
        return False
    if t.isupper() and len(t) == 3 and t in global_table().codes:
        return False
    return lex.names_of(cur.text) is None and not _homeland(cur.value, loc)


def _homeland(codes: tuple[str, ...], loc: Locale | None) -> bool:
    """Is one of ``codes`` the locale's currency or a former currency of its country
    ("DM" in Germany, "FF" in France)?"""
    if loc is None:
        return False
    return loc.currency in codes or _former_of(codes, loc)


@lru_cache(maxsize=256)
def _territory_formers(loc: Locale) -> tuple[tuple[str, str, str, bool, str], ...]:
    """The tenders the locale's territory had since 1990 and no longer has (see
    :func:`finnorm.data.territory_former`), found once per locale."""
    terr = loc.territory or lang_territory(loc.language)
    return territory_former(terr) if terr else ()


def _former_of(codes: tuple[str, ...], loc: Locale) -> bool:
    """Is one of ``codes`` a former currency of the locale's country?"""
    return any(f[0] in codes for f in _territory_formers(loc))


def _assemble(text: str, cands: list[_Cand], sc: Scanner, loc: Locale | None,
              quotes: Quotes | None = None) -> list[Mention]:
    lex = sc.lex
    out: list[Mention] = []
    _slash_lists(cands, text)
    _share_lists(text, cands, lex)
    i = 0
    n = len(cands)
    while i < n:
        c = cands[i]
        nxt = cands[i + 1] if i + 1 < n else None
        if nxt is not None and c.cur is None and nxt.money_like and c.num.kind != "article":
            _share_currency(text, c, nxt, lex)
        elif nxt is not None and c.cur is not None and c.cur_left and nxt.scaled and not c.scaled:
            _share_scale(text, c, nxt, lex)
        if nxt is not None and nxt.qual_tok is not None and nxt.qual_tok.start == c.end and (
                nxt.qual_tok.text in lex.cues["range"]):
            # "3万~4万円": the "~" between two figures joins a range, it hedges neither
            nxt.start = nxt.qual_tok.end
            nxt.qualifier = None
            nxt.qual_tok = None
        # "1,4 tot 1,5 miljard euro": a word that is both "up to" and a range's "to",
        # right after a figure, joins a range when the two make one (else it hedges)
        held = None
        if (nxt is not None and nxt.qual_tok is not None and nxt.qual_tok.start > c.end
                and nxt.qual_tok.text.lower() in lex.cues["range"]
                and (not _year_like(c) or (  # "zo 2000 tot 5000 euro", not "in 2019 tot 500"
                    not _year_like(nxt) and c.value < nxt.value <= 10 * c.value
                    and not _year_word_before(text, c.start, lex.cues.get("year_before", ()))))
                and not text[c.end:nxt.qual_tok.start].strip()):
            held = (nxt.start, nxt.qualifier, nxt.qual_tok)
            nxt.start, nxt.qualifier, nxt.qual_tok = nxt.qual_tok.end, None, None
        # ranges: "$5-6 billion", "between $5 and $6 billion", "€3bn–€4bn"; and two
        # Han digits glued, the second one more: "三四元" (3 or 4 yuan), "五六万元"
        if nxt is not None and (c.money_like or nxt.money_like) and (
                _is_range(text, c, nxt, lex) or _han_pair(text, c, nxt)):
            if (c.cur is not None and nxt.cur is not None and c.cur_left and not nxt.cur_left
                    and c.cur is not nxt.cur):
                # "$55–95 USD": the code after the range says which dollar its sign is;
                # "북한 돈 60∼70원": the name before it, which won
                if len(c.cur.value) > 1 and len(nxt.cur.value) == 1 and (
                        nxt.cur.value[0] in c.cur.value):
                    c.cur = c.cur._replace(value=nxt.cur.value)
                elif len(nxt.cur.value) > 1 and len(c.cur.value) == 1 and (
                        c.cur.value[0] in nxt.cur.value):
                    nxt.cur = nxt.cur._replace(value=c.cur.value)
            low, high = _range_pair(text, c, nxt, lex)
            lm = _money_of(low, loc, None)
            hm = _money_of(high, loc, None)
            if (lm and hm and lex.rtl and lm[0].amount > hm[0].amount
                    and text[c.end:nxt.start].strip() in ("-", "–")
                    and not (c.scaled and not nxt.scaled)):
                lm, hm = hm, lm  # "95-35 שקלים": the high end first, read from the right
                # (not a scaled sum, a dash, then a bare figure: 'מיליארדי ש"ח - 6.4')
            if (lm and hm and lm[0].currency == hm[0].currency and lm[0].amount > hm[0].amount
                    and (c.lead or (c.scaled and nxt.scaled and c.num.kind == "digits"
                                    and not _YEAR_DIGITS.fullmatch(c.num.text))
                         or _falling_pair(text, c, nxt))
                    and c.cur is None and not (
                        _year_like(c) and text[c.end:nxt.start].strip() in ("-", "–", "—"))):
                # (not "från 2022 - 915 kr": from a year, a dash, then the price)
                # "inkrimpen van 880 tot 548,4 miljoen euro": a fall from one figure to
                # another, not a range; the first takes the second's unit and is read alone
                # (and where "from" follows the figure, each with its scale: "175 करोड़ से
                # 150 करोड़ रुपये")
                c.cur, c.value, c.scaled, c.power = low.cur, low.value, low.scaled, low.power
                c.context = True
                nxt.start = _after_spaces(text, nxt.start)  # "tot" is "to" here, no hedge
                held = None
            elif lm and hm and lm[0].currency == hm[0].currency and lm[0].amount <= hm[0].amount:
                start = c.left_start if c.lead else c.start
                end = max(nxt.end, nxt.qual_end)
                reasons = list(dict.fromkeys(c.reasons + nxt.reasons))  # (each once)
                if not reasons:
                    reasons = _guessed(nxt if nxt.cur is not None else c, loc)
                # "20-20 ლარით", "15-15 लाख रुपए": a figure said twice is so much each
                each = (c.num.text == nxt.num.text and text[c.end:nxt.start] in ("-", "–", "‑")
                        ) or lm[0].amount == hm[0].amount  # ("900.000.000- (Dokuzyüzmilyon)
                # TL": the figure spelled after its dash, once; no range ends where it starts)
                out.append(Mention(text[start:end], start, end, lm[0], None if each else hm[0],
                                   c.qualifier, lm[1],
                                   None, lm[2], bool(reasons), "; ".join(reasons) or None,
                                   _alternatives(c, lm[0])))
                i += 2
                continue
        if held is not None and nxt is not None:
            if c.cur is not None and c.cur is nxt.cur:
                # "daalde van 920 tot 610,5 miljoen euro": the first took the second's unit
                # across the word, which links the two figures and hedges neither
                nxt.start = _after_spaces(text, nxt.start)
            else:  # no range after all: the hedge stands
                nxt.start, nxt.qualifier, nxt.qual_tok = held
        if (c.cur is not None and c.cur.text == "$" and not c.cur_left and loc is not None
                and c.cur.start == c.num.end
                and (cifrao := global_table().cifrao.get(
                    loc.territory or lang_territory(loc.language) or "")) is not None
                and ((text[c.cur.end:c.cur.end + 2].isdigit()
                      and not text[c.cur.end + 2:c.cur.end + 3].isalnum())
                     or (cifrao == loc.currency and not text[c.cur.end:c.cur.end + 1].isalnum()))):
            # "35 000 000 000$00" in Portugal: the cifrão between escudos and centavos; in
            # Cape Verde, whose money it still writes, alone after the figure too ("300$")
            c.cur = c.cur._replace(value=(cifrao,))
        got = _money_of(c, loc, None)
        if got is None or (c.num.kind in ("digits", "cjk") and len(c.num.text) > 1
                           and (not c.num.text.strip("0〇○零")
                                or _ZERO_GROUPS.fullmatch(c.num.text)) and not c.value):
            i += 1  # "Rs. 5 lakh 75, 000 crore": a group of zeros cut from a number, left
            continue  # over when no pass joined it to the figure before; "○○円": a price
            # left blank, as Japanese templates write it; "1 0.000.000 de francs": the
            # head of a number cut off by a stray space (no sum of nothing in groups)
        money, inferred, alts = got
        end = c.end
        # minor units after a major amount: "a dollar and 42 cents", "2ドル3セント",
        # "50元6角三分", "两角五分", and bare numerals after 块/毛: "一块二", "两毛五"
        if not c.per:
            money, end, i = _compose(text, c, cands, i, money, end, lex)
        end = max(end, c.qual_end)
        reasons = c.reasons + _guessed(c, loc)
        out.append(Mention(text[c.start:end], c.start, end, money, None, c.qualifier,
                           inferred, None, alts, bool(reasons), "; ".join(reasons) or None,
                           _alternatives(c, money)))
        i += 1
    kept: list[Mention] = []
    last_end = 0
    for m in out:  # a cue shared by two readings goes to the first one
        if m.start >= last_end:
            kept.append(m)
            last_end = m.end
    return _converted_pairs(text, _rate_quotes(text, kept, lex, quotes), lex, loc)


# one unit of something written in capitals, then an equals sign: "1EU = ", "1 US ="
_ONE_UNIT_EQUALS = re.compile(r"(?<![\d.,])1 ?[A-Z]{2,3} ?[=＝] ?$")


def _rate_quotes(text: str, found: list[Mention], lex: Lexicon,
                 quotes: Quotes | None = None) -> list[Mention]:
    """Exchange rates are no amounts: "1ドル=114.8円", "1.00 USD = 42 gourdes" (an amount in
    one currency said equal to one in another), "41,161 SKK/EUR" and "1,08 Dollar je
    Euro" (a price per unit of another currency). The pairs of amounts so set equal
    go to ``quotes``, the one unit first."""
    if not found:
        return found
    drop: set[int] = set()
    initials = lex.per_initials
    for i, m in enumerate(found):
        rest = text[m.end:m.end + 4]
        if rest[:1] == "/" and _per_other(text, m, lex):
            drop.add(i)  # "41,161 SKK/EUR", "33.62 บาท/ดอลลาร์"
        elif _fine_rate(text, m, lex, found[i - 1].end if i else 0):
            drop.add(i)
        elif _named_between(text, m, lex):
            drop.add(i)  # "amerikanske dollar 9,68 kroner": one currency priced in another
        elif m.upper is None and (one := _ONE_UNIT_EQUALS.search(
                text, max(0, m.start - 12), m.start)) is not None and not (
                    _unit_word_after(text, one.start() + 1, lex, scales=False)):
            drop.add(i)  # "1EU = 25.-kč": one unit of a currency written short, its worth
            # (not "1 KG = 25 Kč", a price by weight)
        elif rest[:1] == " " and rest[1:2].lower() in initials and m.money.per is None:
            per = _per_currency(text, m.end, lex)
            if per is not None and per[0] != m.money.currency:
                drop.add(i)
                if i + 1 < len(found) and found[i + 1].start < per[1]:
                    drop.add(i + 1)  # "300 yen a dollar": the unit is no amount either
    ands = lex.cues.get("range_needs_lead", frozenset())
    for i in range(len(found) - 1):
        m, n = found[i], found[i + 1]
        if _one_against_other(text, m, n, ands, lex):
            drop.update((i, i + 1))
            if quotes is not None:
                quotes.append((m, n) if m.money.amount in _UNITS else (n, m))
    prices = lex.cues.get("price_before", frozenset())
    if prices:
        for i, m in enumerate(found):
            if _currency_priced(text, m, found[i - 1].end if i else 0, prices, lex,
                                found[i + 1].start if i + 1 < len(found) else len(text)):
                drop.add(i)
            elif (i - 1 in drop and 0 < m.money.amount < 10 and m.upper is None
                  and -m.money.amount.as_tuple().exponent >= 3  # type: ignore[operator]
                  and " ".join(text[found[i - 1].end:m.start].lower().split()).strip(",")
                  in ands | {""}):
                drop.add(i)  # "the euro is worth $1.4255 and £0.8639": the next rate
    got = _rate_words_re(lex.cues.get("rate_words", frozenset()))
    if got is not None and not any(  # (only a small unscaled amount can be a rate)
            0 < m.money.amount < 100_000 and (m.upper is None or m.upper.amount < 100_000)
            for m in found):
        got = None
    low = text.lower() if got is not None else ""
    rates = got[1] if got is not None and got[0].search(low) is not None else None
    if rates is not None and rates.search(low) is not None:
        quoted: set[int] = set()
        for i, m in enumerate(found):
            prev = found[i - 1] if i else None
            if (prev is not None and (i - 1) in quoted and prev.money.currency == m.money.currency
                    and len(text[prev.end:m.start]) <= 12
                    and _fits_some_rate(m.money.amount, m.money.currency)
                    and not _other_currency(text, prev.end, m.start, m, lex)):
                quoted.add(i)  # "380,07 forintról 381,30 forintra": the rate it moved to
                # (not a sum no rate ever was: "匯率31.35元計，約新台幣2,736.23億元", the
                # conversion at the rate)
            elif (prev is not None and (i - 1) in quoted
                  and prev.money.currency == m.money.currency
                  and _fits_some_rate(m.money.amount, m.money.currency)
                  and _clause_start(text, prev.end, m.start, _SENTENCE_MARKS) == prev.end
                  and m.start - prev.end <= 40
                  and (k := _clause_start(text, prev.end, m.start, _CLAUSE_MARKS)) > prev.end
                  and _other_currency(text, k, m.start, m, lex)):
                quoted.add(i)  # "…, a svájci franké 380,82 forintra": the next currency's
                # rate in the same sentence, its rate word left out
            elif (_rate_quote(text, m, lex, rates, prev.end if prev is not None else 0)
                  and not (i + 1 < len(found) and _restated_in(text, m, found[i + 1]))):
                quoted.add(i)  # (not "kurz … vzrástol až na 10.489,78 USD (9622,77 eura)":
                # a price of something else, restated in another currency, no rate)
        drop |= quoted
    after_words = lex.cues.get("rate_after", frozenset())
    if after_words:
        for i, m in enumerate(found):
            if (i not in drop and m.upper is None and 0 < m.money.amount < 100_000
                    and _phrase_after(text, m.end, after_words)
                    and _other_currency(text, _clause_start(text, max(0, m.start - 200),
                                                            m.start, _SENTENCE_MARKS),
                                        m.start, m, lex)):
                drop.add(i)  # "el dólar … cerró a 355 pesos para la compra": a quote
    _rates_by_fit(text, found, drop, lex)
    if drop and len(found) > 1:
        _rates_alike(text, found, drop)
        _rate_moves(text, found, drop)
    if "=" not in text and "＝" not in text:
        return [m for i, m in enumerate(found) if i not in drop] if drop else found
    for i, m in enumerate(found):
        if (m.money.amount in _UNITS and m.upper is None and not m.money.per
                and (q := _EQUALS_FIGURE.match(text, m.end)) is not None
                and not (i + 1 < len(found) and found[i + 1].start <= q.end() - 1)):
            drop.add(i)  # "1 Euro = 13,7603.": a rate, its other currency left out
            continue
        if i + 1 < len(found):
            n = found[i + 1]
            if (text[m.end:n.start].strip() in ("=", "＝")
                    and n.money.currency != m.money.currency
                    and (m.money.amount in _UNITS or n.money.amount in _UNITS
                         or m.upper is not None or n.upper is not None)):
                # (not "8.000 lire = 21.60 €": a price and its conversion, no rate)
                fresh = not {i, i + 1} <= drop  # (not a pair already quoted above)
                drop.update((i, i + 1))
                if quotes is not None and fresh and m.upper is None and n.upper is None and (
                        m.money.amount in _UNITS or n.money.amount in _UNITS):
                    quotes.append((m, n) if m.money.amount in _UNITS else (n, m))
                if (i + 2 < len(found) and found[i + 2].start == n.end
                        and found[i + 2].money.currency == n.money.currency):
                    drop.add(i + 2)  # "1ドル=105円48~49銭": the sen of the same rate
    return [m for i, m in enumerate(found) if i not in drop] if drop else found


def _phrase_after(text: str, pos: int, phrases: frozenset[str]) -> bool:
    """Do the words right after ``pos`` (lower case, one to three) make one of
    ``phrases``?"""
    words = text[pos:pos + 40].lower().split()[:3]
    return any(" ".join(words[:k]).strip(".,;:") in phrases for k in (1, 2, 3))


_EQUALS_FIGURE = re.compile(r"[ \u00a0]*[=＝][ \u00a0]*\d")  # "1 Euro = 13,7603"


@lru_cache(maxsize=1)
def conversion_ranges() -> Mapping[str, tuple[Decimal, Decimal]]:
    """:func:`~finnorm.data.rate_ranges` and the euro's founding currencies at their
    fixed rates: what a text's own conversion is checked against ("4,90 francs (0,75
    euro)"), never an exchange rate's reading (their names are common words)."""
    return MappingProxyType({**rate_ranges(), **{k: (v, v) for k, v in fixed_rates().items()}})


# how far a text's own conversion may stray from the range of a currency's rates
# (rounded figures, "more than", rates before 1999) and still fit it
_CONVERSION_SLACK = Decimal("1.5")
# how far a comparative of the same currency may stray from its figure ("€300 million
# (280 million)": last year's; a change of more than five times is rare)
_SAME_SLACK = Decimal(5)
# how far a sum said to be "about" another in brackets may stray from it and still be
# the same sum rounded
_ABOUT_SLACK = Decimal("1.2")


def _converted_pairs(text: str, found: list[Mention], lex: Lexicon,
                     loc: Locale | None = None) -> list[Mention]:
    """"41.834.746.400 de lei, adică … 1,1 milioane de euro" in Romania: an amount
    beside its conversion (in brackets, or after a word of equivalence) whose currency
    word has another reading (a currency it replaced, another country's)
    is read in the one whose rates fit the text's own conversion, when its first
    reading does not fit and exactly one other does; flagged, the first reading the
    other one."""
    if len(found) < 2:
        return found
    words = lex.cues.get("equivalent_words", frozenset())
    out = list(found)
    for i in range(len(out) - 1):
        m, n = out[i], out[i + 1]
        gap = " ".join(text[m.end:n.start].lower().split()).strip(",;:– ")
        if gap not in ("(", "（", "[") and (any(ch.isdigit() for ch in gap)
                                           or not _equivalence_said(gap, words)):
            # (a hedge between: "adică mai bine de")
            continue
        for j, x, y in ((i, m, n), (i + 1, n, m)):
            fixed = _fit_conversion(x, y)
            if fixed is not None:
                out[j] = fixed
                break
        else:  # neither currency word refitted: a separator read the other way may fit
            # ("174 mijë lekë (1,540 euro)"); a bracketed figure whose currency was not
            # written may be the conversion into the locale's
            regrouped = _regroup_conversion(m, n)
            if regrouped is not None:
                out[regrouped[0] + i] = regrouped[1]
            elif n.inferred:  # (in brackets, or after "that is": "11 मिलियन डॉलर याने
                # 85.83 करोड़")
                out[i + 1] = _local_conversion(m, n, loc) or n
        if gap in ("(", "（", "["):
            out[i] = _dash_against_its_conversion(text, out[i], out[i + 1])
    return out


def _dash_against_its_conversion(text: str, m: Mention, n: Mention) -> Mention:
    """"w dwie strony –360 PLN (800 SEK)": a dash set apart from the word before and glued
    to a sum whose conversion in brackets after it is above zero, the two fitting the
    rates, is the line's dash more likely than a minus (a loss converts to a loss:
    "–360 PLN (–800 SEK)"): read above zero, flagged, the minus the other reading."""
    a, b = m.money, n.money
    k = m.start
    if (a.amount >= 0 or b.amount <= 0 or m.upper is not None or n.upper is not None
            or a.per or b.per or a.currency == b.currency or k < 2
            or text[k] not in "-–—" or text[k - 1] not in " \u00a0"
            or not text[k - 2].isalpha()
            or not _fits_rate(-a.amount / b.amount, a.currency, b.currency, _CONVERSION_SLACK,
                              fixed=True)):
        return m
    why = (f"the {text[k]!r} before {text[k + 1:m.end]!r}: a dash set apart, or a minus? "
           f"Its conversion ({n.text!r}) is above zero")
    start = _after_spaces(text, k + 1)
    return replace(m, text=text[start:m.end], start=start,
                   money=replace(a, amount=-a.amount), uncertain=True,
                   reason="; ".join(r for r in (m.reason, why) if r),
                   alternatives=(a, *m.alternatives))


_ONE_SEPARATOR = re.compile(r"(?<![\d.,])(\d{1,3})[.,](\d{3})(?![\d.,])")


def _regroup_conversion(m: Mention, n: Mention) -> tuple[int, Mention] | None:
    """"174 mijë lekë (1,540 euro)" in Albania: one of two figures beside each other, the
    one a conversion of the other, holds one separator before three digits, and its
    ratio fits neither currencies' rates as read but fits them with the separator read
    the other way (grouping for decimals, or back): (0 or 1, that figure so read),
    flagged, the first reading the other one; else None."""
    a, b = m.money, n.money
    if (m.upper is not None or n.upper is not None or a.per or b.per or a.amount <= 0
            or b.amount <= 0 or a.currency == b.currency
            or _fits_rate(a.amount / b.amount, a.currency, b.currency, _CONVERSION_SLACK,
                          fixed=True)):
        return None
    got = []
    for k, x in enumerate((m, n)):
        nums = _ONE_SEPARATOR.findall(x.text)
        if len(nums) != 1 or sum(ch.isdigit() for ch in x.text) != len(nums[0][0]) + 3:
            continue  # (one figure, and no other digit: not "2 mil 1,540")
        as_dec, as_grp = Decimal(f"{nums[0][0]}.{nums[0][1]}"), Decimal("".join(nums[0]))
        amount = x.money.amount
        alt = as_grp if amount == as_dec else as_dec if amount == as_grp else None
        if alt is None:
            continue  # (a scale word applied)
        ratio = alt / b.amount if k == 0 else a.amount / alt
        if _fits_rate(ratio, a.currency, b.currency, _CONVERSION_SLACK, fixed=True):
            got.append((k, x, alt))
    if len(got) != 1:
        return None
    k, x, alt = got[0]
    why = (f"{x.money.amount} does not fit the text's own conversion "
           f"({(n if k == 0 else m).text!r}); {alt}, its separator read the other way, does")
    return k, replace(x, money=replace(x.money, amount=alt), uncertain=True,
                      reason="; ".join(r for r in (x.reason, why) if r),
                      alternatives=(x.money, *x.alternatives))


def _local_conversion(m: Mention, n: Mention, loc: Locale | None) -> Mention | None:
    """"300만 유로(40억)" in Korea: a bracketed figure with no currency written, which took
    the foreign currency of the figure before it, is its conversion into the locale's
    currency when their ratio fits that currency's rates and not the same currency's
    (a comparative stays within a few times the figure: "€300 million (280 million)");
    flagged, the first reading the other one."""
    a, b = m.money, n.money
    if (loc is None or loc.currency is None or a.currency != b.currency
            or a.currency == loc.currency or m.upper is not None or n.upper is not None
            or a.per or b.per or a.amount <= 0 or b.amount <= 0):
        return None
    ratio = b.amount / a.amount
    if 1 / _SAME_SLACK <= ratio <= _SAME_SLACK:
        return None
    if not _fits_rate(ratio, loc.currency, a.currency, _CONVERSION_SLACK, fixed=True):
        return None
    why = (f"no currency written: the ratio to {m.text!r} fits a conversion into the "
           f"locale's {loc.currency}")
    return replace(n, money=replace(b, currency=loc.currency), uncertain=True,
                   reason="; ".join(r for r in (n.reason, why) if r),
                   alternatives=(b, *n.alternatives))


def _fit_conversion(x: Mention, y: Mention) -> Mention | None:
    """``x`` read in the one other currency its cue may mean whose rates fit its
    conversion ``y``, when its own do not; else None."""
    a, b = x.money, y.money
    if (x.upper is not None or y.upper is not None or a.per or b.per or a.amount <= 0
            or b.amount <= 0):
        return None
    if a.currency == b.currency:
        return _other_than_its_conversion(x, y)
    ranges = conversion_ranges()
    other = ranges.get(b.currency)
    own = ranges.get(a.currency)
    if other is None or own is None:
        return None
    ratio = a.amount / b.amount
    lo, hi = ratio * other[0] / _CONVERSION_SLACK, ratio * other[1] * _CONVERSION_SLACK

    def fits(code: str) -> bool:
        got = ranges.get(code)
        return got is not None and got[0] <= hi and got[1] >= lo

    if fits(a.currency):
        return None
    cands = [c for c in x.candidates if c != a.currency]
    # (in any country: "127,6 ezer milliárd lejt" in Hungary; a former whose range is
    # the hand table's, not the history's, is no evidence: "50억달러" is not guilders)
    # (a founding currency of the euro, whose fixed rate spans little, only where the word
    # may name it: "4,90 francs (0,75 euro)", not "1억 500만 유로" read as lire)
    fixed = fixed_rates()
    cands += [f for f in formers_of(a.currency) if f not in hand_ranged() and f not in fixed]
    fit = [c for c in dict.fromkeys(cands) if fits(c)]
    if len(fit) != 1:
        return None
    why = (f"{a.currency} does not fit the text's own conversion ({y.text!r}); "
           f"{fit[0]} does")
    return replace(x, money=replace(a, currency=fit[0]), uncertain=True,
                   reason="; ".join(r for r in (x.reason, why) if r),
                   alternatives=(a, *x.alternatives))


def _other_than_its_conversion(x: Mention, y: Mention) -> Mention | None:
    """"起拍價8萬元(約新台幣35萬元)" in Taiwan: a sum whose currency word has several
    readings, the locale's chosen, converted in brackets into that very currency written
    out at another size, is in another of its readings: the first whose rates fit the
    conversion, flagged, the others and the locale's the other readings; else None."""
    a, b = x.money, y.money
    if not x.inferred or y.inferred or len(x.candidates) < 2:
        return None
    ratio = a.amount / b.amount
    slack = _ABOUT_SLACK if y.qualifier == "approximately" else _SAME_SLACK
    if 1 / slack <= ratio <= slack:
        return None  # (the same sum again, or a comparative; but "about" another size
        # in brackets converts it)
    ranges = conversion_ranges()
    other = ranges.get(b.currency)
    if other is None:
        return None
    lo, hi = ratio * other[0] / _CONVERSION_SLACK, ratio * other[1] * _CONVERSION_SLACK
    fit = [c for c in x.candidates if c != a.currency and (got := ranges.get(c)) is not None
           and got[0] <= hi and got[1] >= lo]
    if not fit:
        return None
    why = (f"{a.currency}: its conversion ({y.text!r}) is into {b.currency} itself; "
           + (f"{fit[0]} fits it" if len(fit) == 1 else f"{', '.join(fit)} fit it"))
    return replace(x, money=replace(a, currency=fit[0]), uncertain=True,
                   reason="; ".join(r for r in (x.reason, why) if r),
                   alternatives=(a, *(replace(a, currency=c) for c in fit[1:]),
                                 *x.alternatives))


def _per_other(text: str, m: Mention, lex: Lexicon) -> bool:
    """Does a slash after ``m`` name another currency ("41,161 SKK/EUR", "33.62
    บาท/ดอลลาร์", "4,30 zł/€"), making ``m`` a price of that currency?"""
    w = _WORDS.match(text, m.end + 1)
    sign = _SIGN_AFTER_SLASH.match(text, m.end + 1)  # "Rp 14.496/US$": a sign of letters
    cands = ((_named_currencies(sign.group(), lex) if sign is not None else None)
             or _named_currencies(w.group() if w is not None else text[m.end + 1:m.end + 2], lex))
    return cands is not None and m.money.currency not in cands


_SIGN_AFTER_SLASH = re.compile(r"[^\W\d_]{1,3}\$")


def _fine_rate(text: str, m: Mention, lex: Lexicon, prev_end: int) -> bool:
    """"4.4878 ש"ח" in a sentence on the dollar, "ditutup pada RM4.4835" after "dolar
    AS": a price to four places or more after another currency's name in its sentence
    (a name that is no amount's) is an exchange rate, no amount."""
    a = m.money.amount
    if m.upper is not None or m.money.per or not 0 < abs(a) < 1000:
        return False
    places = -a.as_tuple().exponent  # type: ignore[operator]
    if places < 4 or str(a).rpartition(".")[2] not in text[m.start:m.end]:
        return False  # (written so: not "5,09 øre", 0.0509 of a krone)
    # (the words of the amount before are its own: "$1,000 (€923.4567)")
    start = _clause_start(text, max(0, m.start - 160, prev_end), m.start, _SENTENCE_MARKS)
    return _other_currency(text, start, m.start, m, lex, signs=False)  # (not "K" or "kr")


@lru_cache(maxsize=64)
def _rate_words_re(words: frozenset[str]) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The exchange-rate words as patterns: anywhere (a quick test), and as whole words
    (glued in scripts without spaces)."""
    if not words:
        return None
    alts = sorted(words, key=len, reverse=True)
    # (Korean glues its particles to the word: "환율은")
    glued = [re.escape(w) for w in alts if no_space_script(w[0]) or _hangul(w[0])]
    spaced = [re.escape(w) for w in alts if not (no_space_script(w[0]) or _hangul(w[0]))]
    parts = ([rf"(?<!\w)(?:{'|'.join(spaced)})(?!\w)"] if spaced else []) + glued
    return re.compile("|".join(map(re.escape, alts))), re.compile("|".join(parts))


def _hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3"


_SENTENCE_MARKS = (". ", "; ", "\n", "! ", "? ", "。")
_CLAUSE_MARKS = (*_SENTENCE_MARKS, ", ", "，")


def _clause_start(text: str, start: int, pos: int, marks: tuple[str, ...]) -> int:
    """Where the clause (or sentence) holding ``pos`` begins, looking back no further
    than ``start``: just after the last of ``marks`` between them."""
    for mark in marks:
        k = text.rfind(mark, start, pos)
        while k > 0 and mark == ". " and _ordinal_point(text, k):
            k = text.rfind(mark, start, k)  # "a 2008. január 2-i": an ordinal's point
        if k >= 0:
            start = k + len(mark)
    return start


_DIGIT_RUNS = re.compile(r"\d+")
_COLON_SENTENCE = re.compile(r":\s+(?=[^\W\d_][^\W\d_])(?=[A-ZÀ-ÞΑ-ΩА-Я])")  # ": Wer also"
# how far a rate may stray from the range of its pair's rates in the ECB history
_RATE_SLACK = Decimal("1.2")


def _rates_by_fit(text: str, found: list[Mention], drop: set[int], lex: Lexicon) -> None:
    """"pundet kostar 12,44 kronor", "the Naira closed at N362 to a dollar", "giá USD
    ... 23.252 đồng": a small figure in a sentence that names another currency with no
    figure of its own, its size within that currency's rates in the figure's own, is
    the rate, no amount."""
    ranges = rate_ranges()
    rate_of: Mapping[str, str] = lex.cues.get("rate_of", {})  # "Eurokurs": the euro's rate
    per_words = lex.cues.get("per_words", frozenset()) | lex.cues.get("rate_per", frozenset())
    starts: list[int] | None = None
    words: list[tuple[int, int, str]] | None = None
    word_starts: list[int] = []
    for i, m in enumerate(found):
        if i in drop or m.money.per or not 0 < m.money.amount < 100_000:
            continue
        span = _rate_span(m.money.currency)
        if span is None or not span[0] <= m.money.amount <= span[1]:
            continue  # (no rate of any currency in this one is so large or so small: "$20")
        frac = str(m.money.amount).rpartition(".")[2] if "." in str(m.money.amount) else ""
        written = ascii_digits(m.text)
        if frac and not any(sep + frac in written for sep in ".,٫:") and not (
                m.money.amount >= 1 and len(_DIGIT_RUNS.findall(written)) >= 2):
            continue  # counted in coins ("20 kuruşa"): a price, rates are written in units
            # (or in units and coins: "1,137원 70전", "145円62銭")
        glued = _glued_rate_unit(text, m.end, lex)
        if (glued is not None and glued != m.money.currency and glued in ranges
                and _fits_rate(m.money.amount, m.money.currency, glued)):
            drop.add(i)  # "32.51 บาทต่อดอลลาร์สหรัฐ": baht per dollar, glued (no spaces)
            continue
        if starts is None:
            starts = [x.start for x in found]
        start = _clause_start(text, max(0, m.start - 160), m.start, _SENTENCE_MARKS)
        end = min(len(text), m.end + 80)
        for mark in _CLAUSE_MARKS:  # (the words after it up to its clause's end: not
            # "vở bài tập (42.000đ), … bảng con": a board, the next item's)
            k = text.find(mark, m.end, end)
            if k >= 0:
                end = k
        if words is None:  # the words of the text, found once (linear in the text)
            words = [(w.start(), w.end(), w.group()) for w in _WORDS.finditer(text)]
            word_starts = [w[0] for w in words]
        lo, hi = bisect.bisect_left(word_starts, start), bisect.bisect_left(word_starts, end)
        for j in range(lo, hi):
            ws, we, word = words[j]
            k = bisect.bisect_right(starts, ws) - 1
            if k >= 0 and ws < found[k].end:
                continue  # (a figure's own word)
            cands = _named_currencies(word, lex, signs=False)
            if not cands and j + 1 < hi and lex.word_max > 1:
                # a name of two words: "la moneda única … a 1'3040 dòlars" (the euro)
                cands = lex.names_of(f"{word} {words[j + 1][2]}") or ()
            compound = not cands and word.lower() in rate_of
            if compound:
                cands = (rate_of[word.lower()],)  # (its figure may follow it at once:
                # "euróközépárfolyama 395,2 forint")
            adj = lex.adjectives.get(word.lower()) if not cands and j + 1 < hi else None
            if adj and _named_currencies(words[j + 1][2], lex, signs=False):
                cands = adj  # "mot den danska kronan": the adjective before a name says
                # which (alone it may be a people's: "British shoppers paid $1.50")
            if (not cands or m.money.currency in cands or cands[0] not in ranges
                    or word.lower() in lex.suffix_only  # (no figure by it: "real time")
                    or (j + 1 < hi and _weighed(word, words[j + 1][2], lex))
                    or (j + 1 < hi and _name_part(word, words[j + 1][2], ws, text, lex))
                    or (j and _name_end(words[j - 1], word, ws, text, lex))
                    or (not compound and _beside_digit(text, ws, we) and not (
                        j and words[j - 1][2].lower() in per_words))
                    or (j and _by_weight(words[j - 1][2], word, per_words))):
                continue  # (a figure's word, not read: "4,90 livres", "RON95", "100 pounds";
                # but "প্রতি ডলার ১২২ টাকা", per dollar 122 taka, names the unit of a rate;
                # "costaba $1 por libra", "2,5 dollar per pund, … 3,25 dollar": a price by
                # the pound's weight as likely
            if all(_fits_rate(x, m.money.currency, cands[0]) for x in (m.money.amount, *(
                    (m.upper.amount,) if m.upper is not None else ()))):
                drop.add(i)
                break


def _name_part(word: str, after: str, at: int, text: str, lex: Lexicon) -> bool:
    """Is the currency's name ``word`` (at ``at``) the first word of a proper name, a
    capitalised word that is no currency's after it inside a sentence ("Euro Diesel ise
    49,25 TL'ye": a fuel), where the language capitalises names only?"""
    return (not lex.capitalised_nouns and word[:1].isupper() and after[:1].isupper()
            and not _named_currencies(after, lex)
            and text[:at].rstrip(" \u00a0")[-1:] not in ("", ".", "!", "?", ":", "\n"))


def _name_end(before: tuple[int, int, str], word: str, at: int, text: str,
              lex: Lexicon) -> bool:
    """Is the currency's name ``word`` (at ``at``) the last word of a person's name, a
    capitalised word right after another that is no currency's, where the language
    capitalises names only ("spune Valcu Marius Florin, taximetrist: … 1,39 de lei": a
    taxi driver, no florin's rate)?"""
    return (not lex.capitalised_nouns and word[:1].isupper() and before[2][:1].isupper()
            and not text[before[1]:at].strip(" \u00a0")
            and not _named_currencies(before[2], lex))


def _glued_rate_unit(text: str, end: int, lex: Lexicon) -> str | None:
    """The currency a rate word glued after ``end`` names in a script written without
    spaces ("บาทต่อดอลลาร์สหรัฐ": per US dollar), else None."""
    q = _after_spaces(text, end)
    if q >= len(text) or not no_space_script(text[q]):
        return None
    for w in lex.cues.get("rate_per", ()):
        if text.startswith(w, q):
            r = q + len(w)
            for k in range(min(16, len(text) - r), 1, -1):
                got = _named_currencies(text[r:r + k], lex, signs=False)
                if got:
                    return got[0]
    return None


@lru_cache(maxsize=256)
def _rate_span(code: str) -> tuple[Decimal, Decimal] | None:
    """The least and the most one unit of any other currency was worth in ``code`` in
    the ECB history (with :data:`_RATE_SLACK`): no rate in ``code`` lies outside."""
    ranges = rate_ranges()
    own = ranges.get(code)
    if own is None:
        return None
    others = [v for k, v in ranges.items() if k != code]
    return (min(own[0] / o[1] for o in others) / _RATE_SLACK,
            max(own[1] / o[0] for o in others) * _RATE_SLACK)


def _beside_digit(text: str, start: int, end: int) -> bool:
    """Is the word at ``start:end`` next to a digit (across spaces)?"""
    q = end
    while q < len(text) and text[q] in " \u00a0":
        q += 1
    p = start - 1
    while p >= 0 and text[p] in " \u00a0":
        p -= 1
    return (q < len(text) and text[q].isdigit()) or (p >= 0 and text[p].isdigit())


def _rates_alike(text: str, found: list[Mention], drop: set[int]) -> None:
    """"409,08 forintra erősödött az előző esti 408,66 forintról", "až na 1,0536 USD.
    Podvečer … po 1,0546 USD", "ke level Rp13.540, … kemarin Rp13.418 per USD": beside an
    exchange rate, a figure of its currency written to the same places and within 5 % of
    it, in its sentence or the next, is the rate before or after, no amount (a pass each
    way, so a chain of them goes too)."""
    n = len(found)
    for i in range(n - 1):
        if i in drop and i + 1 not in drop and _alike_rate(text, found[i], found[i + 1], 0):
            drop.add(i + 1)
    for i in range(n - 2, -1, -1):
        if i + 1 in drop and i not in drop and _alike_rate(text, found[i], found[i + 1], 1):
            drop.add(i)


def _rate_moves(text: str, found: list[Mention], drop: set[int]) -> None:
    """"курс гривні … 26,7699 грн/$, … НБУ знизив курс на 18 копійок", "3,6773 lei/euro,
    cu 0,83 bani peste", "23.252 đồng/USD, tăng thêm 40 đồng": beside an exchange rate,
    in its sentence, a figure of its currency under a twentieth of it is the rate's move,
    no amount."""
    rates = sorted(drop)

    def move_of(k: int, lo: int, hi: int) -> bool:
        r = found[k]
        return (r.money.currency == m.money.currency and r.upper is None
                and m.money.amount * 20 <= r.money.amount
                and not _SENTENCE_END.search(text, lo, hi))

    for i, m in enumerate(found):
        if i in drop or m.upper is not None or m.money.per or m.money.amount <= 0:
            continue
        at = bisect.bisect_left(rates, i)
        j = at - 1  # the rates within 120 characters before it, nearest first, then after
        while j >= 0 and 0 <= m.start - found[rates[j]].end <= 120:
            if move_of(rates[j], found[rates[j]].end, m.start):
                drop.add(i)
                break
            j -= 1
        else:
            j = at
            while j < len(rates) and 0 <= found[rates[j]].start - m.end <= 120:
                if move_of(rates[j], m.end, found[rates[j]].start):
                    drop.add(i)
                    break
                j += 1


def _alike_rate(text: str, a: Mention, b: Mention, rate: int) -> bool:
    """Are ``a`` and ``b`` one rate at two times (see :func:`_rates_alike`)? ``rate``
    says which of them is known to be a rate (0: ``a``); the other is written to the
    same places, or to more ("1,23 Dollar … 1,2313 US-Dollar"; not "1,0536 USD. Káva
    stála 1,05 USD": a price to the cent)."""
    x, y = a.money, b.money
    places = [-m.amount.as_tuple().exponent for m in (x, y)]  # type: ignore[operator]
    if (x.currency != y.currency or a.upper is not None or b.upper is not None or x.per
            or y.per or x.amount <= 0 or y.amount <= 0
            or places[1 - rate] < places[rate]
            or (places[1 - rate] > places[rate] and places[1 - rate] < 4)
            or abs(x.amount - y.amount) * 20 > max(x.amount, y.amount)
            or not 0 <= b.start - a.end <= 120):
        return False
    return len(_SENTENCE_END.findall(text, a.end, b.start)) <= 1


def _restated_in(text: str, m: Mention, n: Mention) -> bool:
    """Is ``n`` a sum in another currency in brackets right after ``m``?"""
    return (n.money.currency != m.money.currency and n.upper is None
            and text[m.end:n.start].strip(" \u00a0") in ("(", "（"))


def _rate_quote(text: str, m: Mention, lex: Lexicon, rates: re.Pattern[str],
                floor: int) -> bool:
    """"курс доллара составил 92,5 рубля", "az euró árfolyama 380,07 forintról",
    "lito kursas – 3,4528 lito už 1 eurą": an exchange-rate word in the figure's clause
    and another currency named there make the figure a rate, no amount."""
    if m.money.per or not 0 < m.money.amount < 100_000 or (
            m.upper is not None and not m.money.amount < m.upper.amount < 100_000):
        return False  # (a band or a move of a rate is a range: "tussen de SRD 31.65 en
        # 31.75", "من نحو 31 جنيهاً إلى 51 جنيهاً")
    if any(a == a.to_integral_value() and not _fits_some_rate(a, m.money.currency) and not (
            "100" in text[max(0, m.start - 40):m.end + 40]
            and _fits_some_rate(a / 100, m.money.currency))
           for a in (m.money.amount, *((m.upper.amount,) if m.upper is not None else ()))):
        return False  # "TL'ye çevirdiğimizde 2405 TL": a whole sum no rate of the lira
        # ever was; a price converted at the rate, no rate (but "746,038 kr. pr. 100
        # euro": a rate per hundred; and rates are quoted to decimals, "курс на долара от
        # 2936,70 лева" of the old lev, before the tables' history)
    a = m.money.amount
    # (the first figure after the word: not "kurz 25,5 CZK/EUR a 300 Kč")
    start = _clause_start(text, max(0, m.start - 70, floor), m.start, _CLAUSE_MARKS)
    colon = _COLON_SENTENCE.search(text, start, m.start)
    while colon is not None:  # "… Wechselkurs in Euro retour: Wer also mit einer
        start = colon.end()  # 50-Schilling-Note": a colon opens a sentence of its own
        colon = _COLON_SENTENCE.search(text, start, m.start)
    after = rates.match(text[m.end:m.end + 40].lower(), 1) if text[m.end:m.end + 1] == " " \
        else None
    if after is not None:  # "16 forintos árfolyamon", "372,26 forinton jegyezték": the
        # rate word right after the figure, another currency named in its sentence
        end = min((k for k in (text.find(mk, m.end) for mk in _CLAUSE_MARKS) if k >= 0),
                  default=len(text))
        begin = _clause_start(text, max(0, m.start - 90), m.start, _SENTENCE_MARKS)
        return _other_currency(text, begin, min(end, m.end + 80), m, lex)
    hits = list(rates.finditer(text[start:m.start].lower()))
    if not hits:
        # "o congelamento da taxa de câmbio por um ano, com o dólar valendo Cz$ 13,84":
        # the rate word in the clause before, another currency named in the figure's own
        # before it, no figure between
        begin = _clause_start(text, max(0, m.start - 160, floor), start, _SENTENCE_MARKS)
        earlier = list(rates.finditer(text[begin:start].lower()))
        return (bool(earlier) and _dates_only(text, begin + earlier[-1].end(), m.start, lex)
                and _other_currency(text, start, m.start, m, lex))
    if (m.upper is None and not text[start + hits[-1].end():m.start].strip(" \u00a0:")
            and _fits_some_rate(a, m.money.currency)):
        return True  # "Kadar Tukaran RM4.70 dan Harga Emas $1,980": the rate word right
        # before the figure names it a rate, whichever currency it is of (not before a
        # range's lead word: "la vaca cotiza entre US$ 4 y US$ 4,05", a price)
    if not _dates_only(text, start + hits[-1].end(), m.start, lex):
        return False  # (another figure between: "kurz 25,5 CZK/EUR a 300 Kč"; but "az
        # árfolyam a 2008. január 2-i 253 forint": a date)
    bracket = text.rfind("(", max(0, start - 2), m.start)  # (a bracket may open the clause)
    if (bracket >= 0 and rates.fullmatch(" ".join(text[bracket + 1:m.start].lower().split()))
            and _other_currency(text, _clause_start(text, max(0, m.start - 160), bracket,
                                                    _SENTENCE_MARKS), bracket, m, lex)):
        return True  # "SGD 23.100 atau sekitar Rp 245.954.949 (kurs Rp 10.647)": the rate
        # of the sum in another currency before it, in brackets after its word
    if _other_currency(text, start, min(len(text), m.end + 24), m, lex, adjectives=True):
        return True
    # "שער הדולר הגיע ..., ושערו היציג נסגר על 3.19 שקל": the rate's clause refers back
    # to the currency named before it in the sentence (no figure between)
    begin = _clause_start(text, max(0, m.start - 160, floor), start, _SENTENCE_MARKS)
    return (begin < start and not any(ch.isdigit() for ch in text[begin:start])
            and _other_currency(text, begin, start, m, lex))


def _dates_only(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Are the digits between ``start`` and ``end`` (if any) only years and days of a
    month named beside them ("a 2008. január 2-i")?"""
    months = lex.cues.get("month_names", ())
    for d in _DIGIT_RUNS.finditer(text, start, end):
        t = d.group()
        if len(t) == 4 and t[:2] in ("19", "20"):
            continue
        if len(t) <= 2 and months and any(
                w.group().lower() in months for w in _WORDS.finditer(
                    text, max(start, d.start() - 12), min(end, d.end() + 12))):
            continue
        return False
    return True


def _currency_priced(text: str, m: Mention, floor: int, prices: frozenset[str],
                     lex: Lexicon, ceiling: int) -> bool:
    """"die Stärke des Euro, der etwas mehr als 1,21 Dollar kostet", "the pound costs
    1.27 dollars": a small figure to decimals priced by a price word in a sentence that
    names another currency is that currency's rate, no amount. (The words from the next
    amount on, ``ceiling``, are its own: "1,30 Kčs a litr mléka stál dvě koruny".)"""
    a = m.money.amount
    small = 0 < a < 10 and a != a.to_integral_value()
    if m.upper is not None or m.money.per or not (small or 0 < a < 1000):
        return False  # (a larger one only where it is a plausible rate: "kostet euroen
        # 10,89 kroner")
    ranges = conversion_ranges()  # (a small figure is a rate without them, outside
    # their ranges none)
    start = _clause_start(text, max(0, m.start - 90, floor), m.start, _SENTENCE_MARKS)
    end = min(len(text), m.end + 30, ceiling)
    for mark in (". ", "; ", ", ", "\n", "。", "，"):
        k = text.find(mark, m.end, end)
        if k >= 0:
            end = k
    end = next((k for k in range(m.end, end) if text[k].isdigit()), end)  # (the words of
    # the next figure are its own: "custam 4,80 euros (960 escudos)")
    if any(ch.isdigit() for ch in text[start:m.start]):
        return False  # another figure in the sentence before it
    words = [w.group() for w in _WORDS.finditer(text, start, end)
             if not m.start <= w.start() < m.end]
    if not {w.lower() for w in words} & prices:
        return False
    for k, w in enumerate(words):  # a currency's name (not a symbol: "den", "kr"), not
        # the figure's
        cands = lex.names_of(w) if len(w) > 3 else None
        if cands and k and _by_weight(words[k - 1], w, lex.cues.get("per_words", frozenset())):
            continue  # "costaba $1 por libra": a price by the pound's weight
        if cands and m.money.currency not in cands and not (
                k + 1 < len(words) and _weighed(w, words[k + 1], lex)) and (
                _fits_rate(a, m.money.currency, cands[0]) or (small and not (
                    m.money.currency in ranges and cands[0] in ranges))):
            return True  # (not "ein Pfund Butter kostete 4,36 Mark": a weight; nor "passage
            # à l'euro, un litre coûtait 4,90 francs": no euro's rate in francs)
    return False


def _named_between(text: str, m: Mention, lex: Lexicon) -> bool:
    """Does the mention begin with a currency's name and another currency's name follow
    it, the figure what one of the first was worth in the second ("amerikanske dollar 9,68
    kroner": a rate, no amount)?"""
    if m.upper is not None or m.money.per or not m.text[:1].isalpha():
        return False
    w = _NEXT_WORD.match(text, m.end)
    if w is None or w.start(1) - m.end > 1:
        return False
    after = lex.names_of(w.group(1))
    return (after is not None and m.money.currency not in after
            and _fits_rate(m.money.amount, after[0], m.money.currency))


def _weighed(word: str, after: str, lex: Lexicon) -> bool:
    """Is ``word`` a weight's name ("pound", "Pfund") weighing what ``after`` begins ("a
    pound of butter", cue table ``weight_of``; "ein Pfund Butter", a noun after one of
    ``weight_units``), no currency?"""
    low = word.lower()
    if low in lex.cues.get("weight_units", ()):
        return (after[:1].isupper() and len(after) > 2 and lex.names_of(after) is None
                and after.lower() not in lex.cues.get("price_before", ()))
    return _weight_name(low) and after.lower() in lex.cues.get("weight_of", ())


def _weight_name(word: str) -> bool:
    """Is ``word`` a currency's name that is also a weight's ("pound", "libra", "บาท")?"""
    return word.lower() in global_table().weight_names


def _by_weight(per: str, word: str, per_words: frozenset[str]) -> bool:
    """Is ``word`` a weight's name after the per-word ``per`` ("costaba $1 por libra"): a
    price by weight as likely as a rate of that currency?"""
    return per.lower() in per_words and _weight_name(word)


def _named_currencies(word: str, lex: Lexicon, *, signs: bool = True) -> tuple[str, ...] | None:
    """The currencies ``word`` names: by a name, a sign (unless ``signs`` is False,
    and then no name of three letters or fewer either: "K", "den"), or an ISO code."""
    g = global_table()
    return ((lex.names_of(word) if signs or len(word) > 3 or _hangul(word[0]) else None)
            or (g.symbols.get(word) if signs else None)
            or ((word,) if len(word) == 3 and word.isupper() and word in g.codes else None))


def _other_currency(text: str, start: int, end: int, m: Mention, lex: Lexicon, *,
                    signs: bool = True, adjectives: bool = False) -> bool:
    """Does a word between ``start`` and ``end`` (outside ``m``) name a currency other
    than ``m``'s (see :func:`_named_currencies` for ``signs``; with ``adjectives`` a
    country's adjective names its currency too: "voor de Amerikaanse munt")?"""
    prev = ""
    for w in _WORDS.finditer(text, start, end):
        if m.start <= w.start() < m.end:
            prev = ""
            continue
        word = w.group()
        cands = _named_currencies(word, lex, signs=signs)
        if not cands and prev and lex.word_max > 1:
            cands = lex.names_of(f"{prev} {word}")  # a name of two words: "Irish punt"
        if not cands and adjectives:
            cands = lex.adjectives.get(word.lower())
        if cands and m.money.currency not in cands:
            return True
        prev = word
    return False


def _one_against_other(text: str, m: Mention, n: Mention, ands: frozenset[str],
                       lex: Lexicon) -> bool:
    """"US$1 was equivalent to J$115.69", "yksi euro vastasi 5,94573 markkaa", "N305 to
    $1", "um dólar por entre 430 e 440 kwanzas": one unit of a currency set beside an
    amount of another in the same clause is an exchange rate, no amount."""
    if m.money.currency == n.money.currency or m.money.per or n.money.per:
        return False
    one_first = m.money.amount in _UNITS and m.upper is None
    if not one_first and not (n.money.amount in _UNITS and n.upper is None):
        return False
    if (m.upper or n.upper) and not one_first:
        return False
    unit, other = (m, n) if one_first else (n, m)
    if not any(0 < x < 100_000 for x in (other.money.amount, *(
            a.amount for a in other.alternatives))):
        return False  # "US$1 vs C$40m": no rate is forty million to one (but "655,957
        # francs CFA", read as thousands, may be the rate to three places)
    known = conversion_ranges()
    if unit.money.amount != _ONE:
        if not _fits_rate(other.money.amount / unit.money.amount, other.money.currency,
                          unit.money.currency):
            return False  # "koster 100 euro … 745,88 kroner": a hundred, when the rates fit
    elif (unit.money.currency in known and other.money.currency in known
          and not any(_fits_rate(x, other.money.currency, unit.money.currency, fixed=True)
                      for x in (other.money.amount, *(alt.amount for alt in other.alternatives)))):
        return False  # "US$3.50 satu paun" (coffee): a price by the pound's weight, since
        # no pound was ever worth three and a half dollars (both currencies' rates known)
    gap = text[m.end:n.start]
    return (len(gap) <= 40 and _dates_only(text, m.end, n.start, lex)  # ("En euro var 31.
            # mars verdt 11 kroner": a date between)
            and not any(ch in ".,;!?()（）\n" and not _ordinal_point(gap, k)
                        for k, ch in enumerate(gap))
            and not any(w in ands for w in gap.lower().split()))  # "$1 and then €5": two sums


_UNITS = (Decimal(1), Decimal(100))


def _sentence_point(text: str, c: _Cand, lex: Lexicon) -> bool:
    """Does the point right after the whole figure ``c`` end its sentence, not an
    ordinal's ("cláusula de rescisão de 70." at the text's end or before a capital; not
    "am 17. Mai", a day, nor in a language that capitalises its nouns)?"""
    k = c.end + 1
    while k < len(text) and text[k] in " \u00a0":
        k += 1
    return (not lex.capitalised_nouns and c.value > 31
            and (k == len(text) or (text[k].isupper() and k > c.end + 1)))


def _ordinal_point(s: str, k: int) -> bool:
    """Is the character at ``k`` an ordinal's or a date's point: after a digit, before a
    word in lower case ("31. mars", "2008. január"), no sentence's end?"""
    return (s[k] == "." and k > 0 and s[k - 1].isdigit()
            and s[k + 1:k + 2] == " " and s[k + 2:k + 3].islower())


def _fits_some_rate(x: Decimal, code: str) -> bool:
    """Is ``x`` units of ``code`` within the rates of one unit of some currency in the ECB
    history? True when ``code`` has no history (nothing says it is not)."""
    ranges = rate_ranges()
    return code not in ranges or any(
        _fits_rate(x, code, other) for other in ranges if other != code)


def _fits_rate(x: Decimal, code: str, per: str, slack: Decimal = _RATE_SLACK, *,
               fixed: bool = False) -> bool:
    """Is ``x`` units of ``code`` within the rates of one ``per`` in the ECB history
    (give or take ``slack``; with ``fixed``, the euro's founding currencies at their
    fixed rates too: a text's own conversion)? False when either currency has none."""
    ranges = conversion_ranges() if fixed else rate_ranges()
    own, other = ranges.get(code), ranges.get(per)
    if own is None or other is None:
        return False
    return own[0] / other[1] / slack <= x <= own[1] / other[0] * slack


def _per_currency(text: str, pos: int, lex: Lexicon) -> tuple[str, int] | None:
    """The currency that a per-word after ``pos`` names, with "one" between or not, and
    where its name ends: "per euro", "je Euro", "a dollar", "per US$" (an exchange
    rate's unit)."""
    words = text[pos:pos + 40].split(None, 4)
    if len(words) < 2:
        return None
    per = words[0].lower() in lex.cues.get("per_words", frozenset())
    if not per and words[0].lower() not in lex.cues.get("rate_per", frozenset()):
        return None
    k = 2 if words[1].lower() in lex.cues.get("one_words", ()) and len(words) > 2 else 1
    word = words[k].rstrip(".,;:!?)")
    end = text.find(word, pos) + len(word)
    if word == words[k] and (
            text[end:end + 1].isdigit() or (text[end:end + 1] in (" ", "\u00a0")
                                            and text[end + 1:end + 2].isdigit())):
        return None  # "pasó de $16,50 a $ 19": the sign of the next figure, no rate's unit
    if word in global_table().codes and word.isupper():
        return word, end
    if _weight_name(word):
        return None  # "costaba $1 por libra": as likely a price by the pound's weight as a
        # rate of sterling
    got = lex.names_of(word)
    if got is None and per and word not in lex.not_cues:
        # (after "za" only a name: "179 Kč za den" is per day; "Euro an den Verkäufer":
        # an everyday word of the language, no symbol)
        got = global_table().symbols.get(word)
    return (got[0], end) if got else None


def _starts_change(word: str, lex: Lexicon) -> bool:
    """Is ``word``, after a figure, a link to the next one of a change or range ("to",
    "xuống"; not "and", which joins a range only after its lead)?"""
    return (word in lex.cues.get("change_links", frozenset()) or word in lex.plain_ranges) and (
        word not in lex.cues.get("link_articles", frozenset()))  # (not French "la", an
    # article here, the Romanian "to" elsewhere: "cinquante la pinte")


def _thousands_left_out(text: str, a: _Cand, b: _Cand) -> bool:
    """Are ``a`` and ``b`` the ends of a dash range in plain digits, the low end under a
    thousand and, counted in thousands, within half the high end to it ("13- 15000
    kroner": thirteen to fifteen thousand, the low end's thousands left out)?"""
    low, high = a.value, b.value
    return (a.num.kind == b.num.kind == "digits" and a.num.text.isdigit()
            and b.num.text.isdigit() and not a.scaled and not b.scaled
            and text[a.end:b.start].strip() in ("-", "–", "‑")
            and 0 < low < 1000 <= high and high / 2 <= low * 1000 <= high)


def _alternatives(c: _Cand, money: Money) -> tuple[Money, ...]:
    out = []
    for a in c.alts:
        v = -a if c.negative else a
        if c.minor_factor is not None and (c.cur is None or c.spoken_one):
            v = v * _factor(c.minor_factor, money.currency)
        if v != money.amount:
            out.append(Money(_normalize(v), money.currency, money.per))
    return tuple(dict.fromkeys(out))


def _plain_whole(c: _Cand) -> bool:
    """A whole number written plainly: in words, or in digits with no separator."""
    return c.value == c.value.to_integral_value() and (
        c.num.kind == "word" or (c.num.kind == "digits" and c.num.text.isdigit()))


def _word_power(a: _Cand, b: _Cand, lex: Lexicon, *, near: bool = True) -> int:
    """"six or seven million", "zwei bis vier Milliarden", "एक-दो लाख", "six to eight
    hundred", "zwischen einer und zwei Millionen" (the article): a small number in words
    before one in words whose scale word serves both; that scale's power of ten
    (``near``: the second's count at most ten times the first's), else 0."""
    if (a.num.kind not in ("word", "digits", "article") or b.num.kind != "word" or a.scaled
            or b.scaled or a.cur is not None or not 0 < a.value < 1000 or b.value < 100
            or (a.num.kind != "digits" and _fraction(a.value * 4))
            or (a.num.kind == "digits" and " " not in b.num.text.strip())):
        return 0  # (a half or a quarter is said in words too: "डेढ़ से दो लाख", one and a
        # half to two lakh, "सवा से डेढ़ लाख", one and a quarter to one and a half;
        # figures before words: "zwischen 3,5 und vier Millionen Euro", the scale a word)
    power = lex.scale(b.num.text.split()[-1]) if " " in b.num.text.strip() else None
    if power is None:
        zeros = _zeros(b.value)  # "hétmillió", "nyolcszáz": the scale glued on
        power = zeros if zeros == 2 else zeros // 3 * 3
    lead = b.value.scaleb(-power)
    if power < (3 if a.num.kind == "digits" else 2) or not a.value < lead or (
            near and lead > 10 * a.value):  # ("between 1 and five hundred dollars")
        return 0  # ("six to eight hundred dollars", "hat-nyolcszáz forint": hundreds too)
    if " " not in b.num.text.strip() and lead <= 1:
        return 0  # "a million" alone serves nothing before it
    return power


def _scale_word_low(a: _Cand, b: _Cand) -> int:
    """"entre mil e 1,25 mil milhões", "between a thousand and 1,250 million": a scale
    word alone in words (a thousand, a million) before a scaled figure is a count of that
    figure's scale (or of its last word's: "mil" of "mil milhões") when that makes it
    below the figure and at least a tenth of it; that power of ten, else 0."""
    if (a.num.kind != "word" or " " in a.num.text.strip() or a.scaled or a.negative
            or not b.scaled or b.value <= 0 or a.value < 1000):
        return 0
    zeros = _zeros(a.value)
    if a.value != Decimal(1).scaleb(zeros):
        return 0
    for power in (b.power - zeros, b.power):
        if power > 0 and b.value / 10 <= a.value.scaleb(power) <= b.value:
            return power
    return 0


def _slash_lists(cands: list[_Cand], text: str) -> None:
    """"790/910/1060 USD", "17.5/20.2/23.5 triệu đồng": three figures or more written
    alike and apart by slashes alone, the unit (and its scale) written once after the
    last, are a list of sums; each takes the unit. (Two are a range: `_is_range`.)"""
    i, n = 0, len(cands)
    while i < n:
        j = i
        while (j + 1 < n and text[cands[j].end:cands[j + 1].start] == "/"
               and cands[j].end == cands[j].num.end and cands[j].cur is None
               and cands[j].minor_factor is None and _same_shape(cands[j], cands[j + 1],
                                                                 digits_only=True)):
            j += 1
        last = cands[j]
        if j - i >= 2 and last.cur is not None and not last.cur_left and not (
                text[cands[i].start - 1:cands[i].start] in ("/", "⁄")):
            for a in cands[i:j]:
                if last.scaled and not a.scaled:
                    a.value = a.value.scaleb(last.power)
                    a.scaled, a.power = True, last.power
                _take_currency(a, last)
                a.context = True
        i = j + 1


def _share_lists(text: str, cands: list[_Cand], lex: Lexicon) -> None:
    """"100, 150 ou 200 euros", "105 ή 63 ή 42 ευρώ": the figures of a list (by commas,
    or the same "and"/"or" again) before the "and"/"or" that ends it share the unit
    written after the last one, under the same tests as the figure right before the
    "or" (`_share_currency`)."""
    if len(cands) < 3:
        return
    ands = lex.cues.get("range_needs_lead", frozenset())
    for j in range(len(cands) - 2, 0, -1):
        last, z = cands[j], cands[j + 1]
        if (last.cur is not None or not z.money_like or z.cur is None
                or (word := " ".join(text[last.end:z.start].lower().split())) not in ands):
            continue
        k = j
        while (k > 0 and cands[k - 1].cur is None and not cands[k - 1].money_like
               and ((text[cands[k - 1].end:cands[k].start].strip() == ","
                     and text[cands[k - 1].end:cands[k - 1].end + 1] == ","
                     and cands[k - 1].num.kind == "digits" and cands[k].num.kind == "digits")
                    or (text[cands[k - 1].end:cands[k - 1].end + 1] == " "  # "105 ή 63 ή 42
                        and " ".join(text[cands[k - 1].end:cands[k].start].lower().split())
                        == word  # ευρώ", "Sessanta o cento o centocinquanta euro": the
                        # same "or" again
                        and cands[k - 1].num.kind in ("digits", "word")
                        and cands[k].num.kind in ("digits", "word")))):
            k -= 1
        # "5950, 26 850 és 99 950 forintba": from which item on each step to the last is
        # within ten times (found once per list, from its end: linear in its length)
        steps_from = j + 1
        while steps_from > k and _one_size(cands[steps_from - 1].value, cands[steps_from].value):
            steps_from -= 1
        # (an item written like a year, in a list whose other bare items are none and that
        # grows by steps, is an item too: "1500, 2000 or 2500 dollars"; not "2019, 2020
        # and 2021 dollars", years all)
        unyearly = k < j and any(not _year_like(cands[x]) for x in range(k, j + 1))
        for i in range(k, j + 1) if k < j else ():  # (with the last: "666, 440 та 320 грн.")
            a = cands[i]
            if a.cur is not None:
                continue
            stepwise = i >= steps_from
            _share_currency(text, a, z, lex, gap=" ".join(text[last.end:z.start].lower().split()),
                            listed=True, stepwise=stepwise, years_ok=stepwise and unyearly)
            if a.cur is not None:
                a.context = True


def _one_size(x: Decimal, y: Decimal) -> bool:
    """Two positive figures within ten times each other ("5 and 6", "3 million and 4
    million"): items of one list or range."""
    return 0 < min(x, y) and max(x, y) <= 10 * min(x, y)


def _one_scale_pair(a: _Cand, b: _Cand, gap: str, ands: frozenset[str]) -> bool:
    """"(6 تريليون و6.4 تريليون ريال)": two figures of one scale and size joined by an
    "and"/"or" (``gap``, one of ``ands``): the unit written once after the second serves
    both, whatever currency came before them."""
    return (gap in ands and a.scaled and b.scaled and a.power == b.power
            and _one_size(a.value, b.value))


def _share_scale(text: str, a: _Cand, b: _Cand, lex: Lexicon) -> None:
    """"Rp25 atau 30 ribu", "$5 or 6 billion": a figure with its symbol before it and
    no scale, then "or"/"and" and a figure of the same size with a scale, shares
    the scale (and the symbol serves both, unless the second counts something)."""
    if a.cur is None or (b.cur is None and (
            _counted(text, b.end, lex) or _unit_word_after(text, b.end, lex)
            or _measured(text, b.end, lex))):
        return  # "$3 and 4 million people": the second figure counts people
    if ((b.cur is not None and b.cur.text != a.cur.text and not b.context)
            or " ".join(text[a.end:b.start].lower().split())
            not in lex.cues.get("range_needs_lead", frozenset())
            or not _same_shape(a, b, digits_only=True) or b.minor_factor is not None):
        return
    whole = b.value.scaleb(-b.power)
    if not (0 < a.value < 1000 and 0 < whole and max(a.value, whole) <= 10 * min(a.value, whole)):
        return
    a.value = a.value.scaleb(b.power)
    a.scaled = True
    a.power = b.power
    if b.cur is None:
        b.cur, b.context = a.cur, True


def _share_currency(text: str, a: _Cand, b: _Cand, lex: Lexicon, gap: str | None = None,
                    listed: bool = False, stepwise: bool = False,
                    years_ok: bool = False) -> None:
    """"um 3,15 Millionen auf 48,90 Millionen Euro", "from 3.1 to 4.2 million euros":
    a figure with no currency before a change link and a figure with one takes it,
    when the first is scaled or the second's scale applies to both (``gap``: the
    words between the two, when they are not side by side; ``listed``: ``a`` is an item
    of a comma list that ``b`` ends; ``stepwise``: each item of it from ``a`` to ``b``
    within ten times the one before; ``years_ok``: a figure written like a year is an
    item all the same, another item of the list being none: "1000, 2000 and 3000
    dollars")."""
    if gap is None:
        stop = b.start
        q = b.qual_tok
        if q is not None and q.start >= a.end and q.text.lower() in lex.cues["range"]:
            stop = max(stop, q.end)  # "daalde van 920 tot 610,5 miljoen": "tot" links them
        gap = " ".join(text[a.end:stop].lower().split())
    links = lex.cues.get("change_links", frozenset())
    ands = lex.cues.get("range_needs_lead", frozenset())
    gap = _link_article(gap, links, lex)  # "dos 1.266 para os 2.324 euros"
    if gap[:1] == "," and gap[1:].strip() in ands:
        gap = gap[1:].strip()  # "šesť, či sedem miliónov eur": six, or seven million
    if gap[-2:] == " +" and text[b.num.start - 1:b.num.start] == "+":
        gap = gap[:-2]  # "da -8,6 a +9,5 milioni": the sign of the figure after the link
    if (b.minor_factor is not None and b.cur is None and not a.money_like and not _year_like(a)
            and (gap in ands or (gap in links and a.lead))
            and (_same_shape(a, b, digits_only=True)
                 or (_fraction_more(a, b) and _one_size(a.value, b.value)))):
        a.minor_factor, a.minor_cur, a.minor_text = b.minor_factor, b.minor_cur, b.minor_text
        a.context = True  # "fell by 4 and 2 cents", "passé de 58 à 71 centimes", "53 og
        # 52,9 øre": both cents
        return
    if (b.cur is None or b.cur_left or (_year_like(a) and not years_ok)
            or a.minor_factor is not None):
        return  # "v roce 2015 na 1,93 miliardy": a year; "0,6 Cent auf 1,730 Euro": cents
    if (gap in ands or gap in links) and _same_shape(a, b):
        pass  # "5.000 y 6.000 pesos": both group thousands (_take_currency reads them alike)
    elif (a.lead and (gap in links or gap in lex.cues["range"])
          and (_same_shape(a, b, digits_only=True) or _fraction_more(a, b)
               or (_CENTS.fullmatch(a.num.text) and b.num.text.isdigit() and not b.scaled))):
        pass  # "from 10 to 12 dollars", "van 3.084 naar 4.092,60 euro", "von 16,50 auf 21
        # Euro", "van 1934,40 naar 1995 euro": a lead word opens the pair
    elif (gap in ands and (_same_shape(a, b, digits_only=True) or (
              listed and _fraction_more(a, b)))  # ("50, 40 i 31,09 zł": whole prices listed
          # before one to the grosz)
          and not b.scaled
          and 0 < a.value and (a.value <= b.value <= 10 * a.value or (
              (listed or len(a.num.text) == len(b.num.text) > 1
               or (a.value < 100 and a.end == a.num.end))
              and b.value <= a.value <= 10 * b.value)
              or stepwise)):
        pass  # "18 و20 جنيهًا", "5 and 6 pounds": two whole figures of one size, one unit;
        # in a list in any order ("666, 440 та 320 грн."), or as long ("145 y 124 euros");
        # a list growing by steps ("5950, 26 850 és 99 950 forintba")
    elif (((gap in links and (_same_shape(a, b, digits_only=True) or (
                _CENTS.fullmatch(a.num.text) and b.num.text.isdigit()) or (
                a.num.text.isdigit() and _CENTS.fullmatch(b.num.text))))
           or ((gap in links or gap in ands) and _plain_whole(a) and _plain_whole(b)
               and "word" in (a.num.kind, b.num.kind)))
          and not b.scaled and _one_size(a.value, b.value)):
        pass  # "1000 से बढ़ाकर 1150 रुपये": a link that says "from ... to" itself ("662,40
        # statt 850 Euro": a price to the cent, then a whole one, or "37 statt bisher 41.40
        # Franken" the other way); "von zehn
        # auf 12 Euro", "twee in plaats van één euro", "800 o mille lire": a number in
        # words and one in digits
    elif (gap in ands or gap in links) and (power := _word_power(a, b, lex)):
        a.value = a.value.scaleb(power)
        _take_currency(a, b)  # "šesť, či sedem miliónov eur", "five or six million dollars"
        return
    elif ((gap in ands or gap in lex.cues.get("share_links", ())) and b.scaled and not a.scaled
          and (gap == "+" or _same_shape(a, b, digits_only=True) or _fraction_more(a, b)
               or _fraction_more(b, a))  # ("2,3 et 2 millions": one of them to a fraction)
          and 0 < a.value < 1000 and not text[a.num.start - 1:a.num.start].strip(" \u00a0")
          and (gap in ands or b.value.scaleb(-b.power) / 100 <= a.value
               <= b.value.scaleb(-b.power))):  # (a part of the whole, not "0,80 sur
        # 301,87 millions", earnings per share beside the sales)
        pass  # "85 e 14 milhões de euros", "5+1.5 εκατ. ευρώ", "81 av 120 milliarder kroner"
        # (a part of the whole): the scale and the unit serve both
    elif (gap in links and b.scaled and not a.scaled and a.value >= 1000
          and b.value / 10 <= a.value <= b.value * 10):
        _take_currency(a, b)  # "de 21.000 para 33 mil kwanzas": the first in thousands already
        return
    elif _one_scale_pair(a, b, gap, ands):
        pass  # "1 milliard et 1,1 milliard d'euros"
    elif gap not in links or not (
            a.scaled or (b.scaled and (a.value < 1000 or a.value != a.value.to_integral_value()))):
        return
    _take_currency(a, b)
    if (not a.scaled and b.scaled and not a.negative and not b.negative
            and a.value >= 10 * b.value.scaleb(-b.power) > 0):
        # "dai 20 ai 2mila euro": the scale would make the first figure the greater; the
        # figure as written, or a fall ("from 20 to 2 thousand" of a change)?
        a.reasons.append(f"{a.num.text} before '{text[b.start:b.end]}': as written, or "
                         "the scale written once?")
        head = b.value.scaleb(-b.power)
        if (-a.value.as_tuple().exponent == -head.as_tuple().exponent == 1  # type: ignore[operator]
                and a.value < 1000):
            # "pasa de 294,6 a 7,7 millóns": to one place, as the scaled figure is (no sum
            # of money is written to the tenth): a fall, both in millions
            a.alts.append(a.value)
            a.value = a.value.scaleb(b.power)
            a.scaled, a.power = True, b.power
        else:
            a.alts.append(a.value.scaleb(b.power))
    elif not a.scaled and b.scaled:
        if (a.value > b.value.scaleb(-b.power) > 0 and not a.negative and any(
                t.kind == "lead" and t.text.lower() in lex.cues.get("range_only_lead", ())
                for t in a.cues.left)):
            # "внести от 20 до 10 тыс. долларов": a range cannot fall, so the low end is
            # as written, not in the high end's scale (a guess, said so)
            a.reasons.append(f"{a.num.text} before '{text[b.start:b.end]}': as written (a "
                             "range does not fall), or in its scale?")
            a.alts.append(a.value.scaleb(b.power))
            return
        a.value = a.value.scaleb(b.power)
        a.scaled = True
        a.power = b.power


def _link_article(gap: str, links: frozenset[str], lex: Lexicon) -> str:
    """The link of ``gap`` when an article follows it ("contro i", "para os"), else ``gap``.

    >>> from finnorm.lexicon import lexicon
    >>> _link_article("para os", frozenset({"para"}), lexicon("pt"))
    'para'
    """
    if gap not in links:
        head, _, art = gap.rpartition(" ")
        if head in links and (art in lex.cues.get("link_articles", ())
                              or art in lex.cues.get("now_words", ())):
            return head  # (or a word of the present: "99 की जगह पर अब 155 रुपये")
        link, _, art = head.rpartition(" ")
        if (link in links and art in lex.cues.get("link_articles", ())
                and gap.rpartition(" ")[2].isalpha()):
            return link  # (the article and an adjective: "103 statt der budgetierten 83
            # Millionen Franken", the planned 83)
    return gap


def _take_currency(a: _Cand, b: _Cand) -> None:
    """``a`` takes ``b``'s currency, and the doubt of it when ``b`` had none written
    ("von 480 auf 203 Millionen" with no currency anywhere: both are the locale's guess),
    and reads like ``b`` when written alike ("2.500/2.000 franchi" in Ticino)."""
    a.cur = b.cur
    if b.home is not None:
        a.home = b.home  # "de 740 000 et 225 924 francs" in France: both the old franc
    if _same_shape(a, b):
        _follow_reading(a, b)
    said = f"{b.cur.text!r}:" if b.cur is not None else None
    for r in b.reasons:
        if (r.startswith("no currency written") or (said and r.startswith(said))) and (
                r not in a.reasons):
            a.reasons.append(r)


_NEXT_FIGURE = re.compile(r"[ \u00a0]*\d(?:[\d.,]|[ \u00a0](?=\d{3}(?!\d)))*[ \u00a0]*")


def _own_cue_after_next(text: str, cur: Tok) -> bool:
    """Does the figure right after the currency cue ``cur`` have the same cue after it
    ("5000 Ft 4280 Ft": the first "Ft" closes the figure before it)?"""
    m = _NEXT_FIGURE.match(text, cur.end)
    if m is None or not text.startswith(cur.text, m.end()):
        return False
    after = m.end() + len(cur.text)
    return not text[after:after + 1].isalnum() and not (
        text[after:after + 4].lstrip(" \u00a0")[:1].isdigit())  # (not a row of signs
    # before their figures: "€ 9,90 € 13,90 € 19,90")


def _merge_pairs(cands: list[_Cand], merge: Callable[[_Cand, _Cand], _Cand | None],
                 chain: bool = False) -> list[_Cand]:
    """Walk neighbouring figures once; where ``merge(a, b)`` gives one figure for the
    two, keep it in their place (with ``chain``, a merged figure is offered the next
    one too)."""
    out: list[_Cand] = []
    i = 0
    n = len(cands)
    while i < n:
        a = cands[i]
        one = merge(a, cands[i + 1]) if i + 1 < n else None
        if one is not None:
            i += 2
            while chain and i < n and (more := merge(one, cands[i])) is not None:
                one = more
                i += 1
            out.append(one)
        else:
            out.append(a)
            i += 1
    return out


def _spelled_in_brackets(text: str, cands: list[_Cand]) -> list[_Cand]:
    """"5.000 (cinco mil) pesos", "1 (bir) Türk Lirası": a figure, then the same
    number spelled out in brackets (as contracts write it), then the currency: one
    amount, its value the one both agree on."""
    def merge(a: _Cand, b: _Cand) -> _Cand | None:
        cur = b.cur or next(
            (t for t in b.cues.right if t.kind == "cur" and t.start > b.num.end), None)
        spelled = b.value.scaleb(-b.power) if b.scaled else b.value
        if not (a.num.kind == "digits" and b.num.kind in ("word", "article")
                and len(b.num.text) > 1  # "note 1 (a)": a list mark
                and (a.cur is None or a.cur is cur) and cur is not None and not b.cur_left
                and (not a.scaled or (b.scaled and a.power == b.power))
                and text[a.num.end:b.num.start].strip() == "("
                and text[b.num.end:b.num.end + 1] == ")"
                and (spelled == a.value.scaleb(-a.power if a.scaled else 0)
                     or b.value == a.value or b.value in a.alts
                     or b.value == Decimal("".join(ch for ch in a.num.text if ch.isdigit())))):
            return None
        # ("26( ستة وعشرين) ألف جنيه": the scale after the bracket serves both)
        a.value, a.alts, a.reasons = b.value, [], []
        a.scaled, a.power = b.scaled, b.power
        a.cur, a.cur_left, a.end = cur, False, max(b.end, cur.end)
        a.per, a.qual_end = b.per, b.qual_end
        return a

    return _merge_pairs(cands, merge)


def _digits_in_brackets(text: str, cands: list[_Cand]) -> list[_Cand]:
    """"two million (2,000,000) dollars", "مليونان (٢) دولار", "two (2) million dollars":
    a number in words, then the same number (or its count of the scale) in digits in
    brackets, then the currency: one amount, which both agree on. (Run again once
    compounds are joined: "έξι χιλιάδες και ένα (6.001) ευρώ".)"""
    def merge(a: _Cand, b: _Cand) -> _Cand | None:
        if not ((a.num.kind == "word" or (a.num.kind == "article" and (
                    a.value > 1 or b.num.text == "1")))  # ("του ενός (1) ευρώ": the article
                # that is the numeral one, restated)
                and b.num.kind == "digits" and a.cur is None
                and a.minor_factor is None and b.minor_factor is None and b.cur is not None
                and not b.cur_left
                and not a.negative and not b.negative and a.value > 0
                and text[a.num.end:b.num.start].strip(" \u00a0") in ("(", "（")
                and text[b.num.end:b.num.end + 1] in (")", "）")):
            return None
        digits = b.value.scaleb(-b.power) if b.scaled else b.value
        if digits == a.value:
            value = b.value  # "two (2) million dollars": the scale after the bracket
        elif not b.scaled and any(digits.scaleb(k) == a.value for k in (3, 6, 9, 12)):
            value = a.value  # "two million (2) dollars": the count of the scale restated
        else:
            return None
        b.value, b.start, b.left_start = value, a.start, a.left_start
        b.qualifier, b.lead = a.qualifier or b.qualifier, a.lead
        b.qual_tok = a.qual_tok or b.qual_tok
        return b

    return _merge_pairs(cands, merge)


def _spelled_echo(text: str, cands: list[_Cand]) -> None:
    """"Kz: 4.501.106.290.500,00 (quatro triliões, … Kwanzas)": words in brackets that
    spell out the figure before them are that figure; where the two disagree (the
    words' scale is long or short by country) the figure's value stands, flagged."""
    for a, b in pairwise(cands):
        if (a.num.kind == "digits" and b.num.kind == "word" and a.cur is not None
                and b.cur is not None and a.value > 0 and b.value != a.value
                and set(a.cur.value) & set(b.cur.value)  # not "(um milhão de euros)"
                and text[a.end:b.start].strip() == "("
                and text[b.end:b.end + 2].lstrip()[:1] == ")"):
            b.reasons.append(f"the words spell out {a.num.text!r} before them, which reads "
                             f"{_normalize(a.value)}; the words alone read {_normalize(b.value)}")
            b.alts.append(b.value)
            b.value, b.scaled, b.power = a.value, a.scaled, a.power


_MIXED_THREES = re.compile(r"\d{1,3}(?:[.,]\d{3})+")  # "1,110.000"
_THREES = re.compile(r"\d{3}(?:[.,]\d{3})+(?:\.\d{1,2})?")  # "500.000", "485,572,691.9"
_COMMA_THREES = re.compile(r"\d{1,3}(?:,\d{3})+")  # "21,500"
_COMMA_DECIMAL_TAIL = re.compile(r"([\d,]+)\.(\d{1,2})")  # "485,572,691.9"
_DOT_THREES = re.compile(r"\d{1,3}(?:\.\d{3})+")  # "66.972.854"
# "172, 408, 320.49"; "449, 770, 000" (two spaced groups or more, no decimals)
_SPACED_CHAIN = re.compile(r"\d{1,3}(?:(?:, \d{3})+\.\d{2}|(?:, \d{3}){2,})(?![\d.,]\d|\d)")


_THREE_POINT = re.compile(r"\d{3}\.\d{1,2}")


_LISTED_BEFORE = re.compile(r"\d[,;]\s*$")  # a figure and a comma just before


def _numbered_item(text: str, a: _Cand) -> bool:
    """Is ``a`` ("2" of "2. 75 €") the number of an item in a numbered list: a small whole
    number and a point, the items before it numbered down to 1 ("1. … 2. "), or the
    first, item 2 after it? (Not "olarak 3. 25 TL, … olarak 4. 25 TL": no item 1.)"""
    t = a.num.text
    if not (t.isdigit() and len(t) <= 2 and int(t) >= 1):
        return False
    k = int(t)
    if k == 1:
        return any(m.group(1) == "2"
                   for m in _ITEM_NUMBER.finditer(text, a.num.end, a.num.end + 80))
    pos = a.num.start
    for j in range(k - 1, 0, -1):  # (each item within 80 characters of the next)
        hits = [m for m in _ITEM_NUMBER.finditer(text, max(0, pos - 80), pos)
                if int(m.group(1)) == j]
        if not hits:
            return False
        pos = hits[-1].start()
    return True


_ITEM_NUMBER = re.compile(r"(?<![\d.,])(\d{1,2})\. ")  # "2. ": a list item's number


def _spaced_groups(text: str, cands: list[_Cand], lex: Lexicon,
                   decimal: str = ".") -> list[_Cand]:
    """"Rs. 7, 860 crore", "3,806. 49 करोड", "349, 54 kr": a separator and a stray space inside one
    number, between a figure whose currency comes first and one whose scale or currency
    comes after. Read as one number, flagged, the second figure alone the other reading."""
    def merge(a: _Cand, b: _Cand) -> _Cand | None:
        t, u = a.num.text, b.num.text
        zeros = u == "000" and not b.cues.right  # "P5, 000": no figure is a group of zeros
        gap = text[a.num.end:b.num.start]
        # "N6,601,769,470. 99 in favour": grouped with commas, then a point, a space and
        # two digits that no capital letter follows (no new sentence begins there)
        cents = (gap == ". " and a.cur_left and b.cur is None and not b.cues.right
                 and u.isdigit() and len(u) == 2 and "," in t and "." not in t
                 and not text[b.end:b.end + 2].strip(" \u00a0")[:1].isupper())
        # "Sh.22, 244 annually": a sign first, a comma, a space and a group of three that
        # a word in lower case follows (no list of figures goes on)
        after = text[b.end:b.end + 4].lstrip(" \u00a0").lstrip(",;").lstrip(" \u00a0")[:1]
        # (or a letter of a script without case, "రూ.16, 150 ఉండగా"; a comma first: "రూ.22,
        # 290, పీఈటీలకు")
        group = (gap == ", " and a.cur_left and a.cur is not None and b.cur is None
                 and not b.cues.right and u.isdigit() and len(u) == 3 and (
                     after.islower() or (after.isalpha() and after.lower() == after.upper())
                     or (text[b.end:b.end + 1] in ("", ".", ")") and len(t) <= 3
                         and not text[b.end + 1:b.end + 2].isdigit()))
                 and not _thing_after(text, b.end, lex))  # (not "€ 268, 284 km piste")
        # (or the sentence's end, or a bracket's, after a head of three digits at most:
        # "and N1, 500.", "down from Sh 874, 500.", "(RM118, 867)")
        # "Rp 16, 500.000": a sign first, a short head, a comma, a space and groups of
        # three; "Rp 21,500, 000": groups of three with commas, a stray space, three more
        tail = (gap == ", " and a.cur_left and a.cur is not None and b.cur is None
                and not b.cues.right and not b.scaled and not _thing_after(text, b.end, lex) and (
                    (t.isdigit() and len(t) <= 3 and _THREES.fullmatch(u) is not None)
                    or (u == "000" and _COMMA_THREES.fullmatch(t) is not None)))
        # "N172, 408, 320.49", "N449, 770, 000": a sign first, then groups of three after
        # a comma and a space each, ending in two decimals or three groups or more (no
        # list of figures is written so)
        head = min(a.start, a.num.start)
        while head < a.num.end and not text[head].isdigit():
            head += 1
        chain_end = -1
        if gap == ", " and a.cur_left and a.cur is not None and b.cur is None and not b.cues.right:
            if head not in chains:  # (matched once per head; no amount has more than
                # ten groups, so a longer chain is none and the joining stays linear)
                got = _SPACED_CHAIN.match(text, head)
                chains[head] = got.end() if got is not None and got.end() - head <= 50 else -1
            chain_end = chains[head]
        elif gap == ", " and a.cur is None and not a.cur_left and money_after:
            if head not in chains:
                # "2, 000, 000, 000원": groups after a comma and a space each, one of them
                # led by a zero (no figure of a list is), the currency after the last
                got = _SPACED_CHAIN.match(text, head)
                chains[head] = (got.end() if got is not None and got.end() - head <= 50
                                and ", 0" in got.group() and got.end() in money_after else -1)
            chain_end = chains[head]
        chain = b.num.end <= chain_end
        # "Sh114 .16 from Sh113.61": a sign first, a space, then the decimal point glued
        # to two digits that no figure follows
        point = (gap == " " and a.cur_left and a.cur is not None and b.cur is None
                 and not b.cues.right and t.isdigit() and len(u) == 3 and u[0] == "."
                 and u[1:].isdigit() and not text[b.end:b.end + 2].strip(" \u00a0")[:1].isdigit())
        # "$ 1 ,000 USD": a sign first, a space, then a grouping comma glued to a group of
        # three (where the comma groups), the code after it the same money or none
        comma_group = (gap == " " and decimal != "," and a.cur_left and a.cur is not None
                       and not b.cur_left and t.isdigit() and len(t) <= 3 and len(u) == 4
                       and u[0] == "," and u[1:].isdigit() and not b.scaled
                       and (b.cur is None or bool(set(b.cur.value) & set(a.cur.value))))
        # "Rp 1426, 58 per kWh": a sign first, a decimal comma, a space and two digits of a
        # unit price (no list of prices is written per unit so)
        per_cents = (gap == ", " and decimal == "," and a.cur_left and a.cur is not None
                     and b.cur is None and not b.cues.right and t.isdigit() and len(t) >= 3
                     and u.isdigit() and len(u) == 2
                     and any(tok.kind == "per" for tok in b.cues.after))
        # "pasó de 107,14 pesos a 111, 96": a bare figure, the decimal comma and a stray
        # space before two digits, right after a price written to the cent so
        p = prev_of.get(id(a))
        alike = (gap == ", " and decimal == "," and a.cur is None and b.cur is None
                 and not a.cur_left and not b.cues.right and t.isdigit() and len(t) <= 3
                 and u.isdigit() and len(u) == 2 and p is not None and p.cur is not None
                 and 0 <= a.start - p.end <= 20 and _CENTS_COMMA.search(p.num.text) is not None
                 and not text[b.end:b.end + 3].lstrip(" \u00a0,")[:1].isdigit())
        # "a Unidade Fiscal está em R$ 101, 65.": a sign first, the decimal comma and a
        # stray space before two digits that end the sentence (no list goes on)
        # (or before a range's word: "από €12, 23 μέχρι €14,50")
        sign_cents = (gap == ", " and decimal == "," and a.cur_left and a.cur is not None
                      and b.cur is None and not b.cues.right and t.isdigit() and u.isdigit()
                      and len(u) == 2 and (
                          (text[b.end:b.end + 1] in ("", ".", ";", ")", "!", "?")
                           and not text[b.end + 1:b.end + 2].isdigit())
                          or _next_word(text, b.end) in lex.plain_ranges))
        if id(a) in merged and not chain:
            return None  # a figure already joined goes on only along its chain
        if gap == ". " and a.cur is None and _numbered_item(text, a):
            return None  # "1. 100 € 2. 75 € 3. 50 €": the numbers of a list's items
        if not (a.num.kind == b.num.kind == "digits" and not a.scaled and not b.cur_left
                and (b.scaled or b.cur is not None or zeros or cents or group or tail or chain
                     or point or per_cents or alike or sign_cents or comma_group)):
            return None
        if chain:
            joined = "".join(ch for ch in text[head:b.num.end] if ch.isdigit() or ch == ".")
        elif cents:
            joined = t.replace(",", "") + "." + u
        elif per_cents or alike or sign_cents:
            joined = t + "." + u
        elif point:
            joined = t + u
        elif comma_group:
            joined = t + u[1:]
        elif tail:
            dec = _COMMA_DECIMAL_TAIL.fullmatch(u) if "," in u else None
            # ("N109, 485,572,691.9": commas group, the point marks the decimals)
            joined = "".join(ch for ch in t + (dec.group(1) if dec else u) if ch.isdigit()) + (
                "." + dec.group(2) if dec else "")
        elif (gap == ". " and a.cur_left and b.scaled and b.cur is None and t.isdigit()
              and len(t) <= 3 and u.isdigit() and len(u) <= 2):
            joined = t + "." + u  # "€2. 2 billiún": a decimal point and a stray space
        elif (gap == ". " and a.cur is None and b.scaled and t.isdigit() and len(t) <= 3
              and u.isdigit() and len(u) == 3):
            joined = t + u  # "16. 378 milioi eurokoa": a grouping point and a stray space
        elif (gap == ". " and a.cur is None and not a.cur_left and decimal == ","
              and t.isdigit() and len(t) <= 3 and u.isdigit() and len(u) == 3
              and b.cur is not None and not b.cur_left and not b.scaled
              and not _LISTED_BEFORE.search(text, 0, a.num.start)):
            joined = t + u  # "havi 181. 101 forint", "do 489. 634 dinara": so with the
            # currency after it, where a point groups thousands
        elif gap == ", " and a.cur_left and t.isdigit() and len(t) <= 3 and (
                u.isdigit() and len(u) == 3):
            joined = t + u  # "7, 860": a thousands comma and a space
        elif (gap == ", " and a.cur_left and a.cur is not None and b.cur is None and b.scaled
              and t.isdigit() and len(t) <= 3 and _THREE_POINT.fullmatch(u)):
            joined = t + u  # "Rs 61, 398.12 crore": a thousands comma and a space
        elif (gap == " " and a.cur is None and t.isdigit() and b.cur is not None
              and u[:1] in ".," and u[1:].isdigit() and len(u) <= 3):
            joined = t + "." + u[1:]  # "८६ .५२ रुपये": a space before the decimal mark
        elif (gap == ". " and a.cur is None and u.isdigit() and len(u) <= 2
              and "," in t and "." not in t):
            joined = t.replace(",", "") + "." + u  # "3,806. 49": a decimal point and a space
        elif (gap == ", " and a.cur is None and u.isdigit() and len(u) <= 2 and b.scaled
              and not a.scaled and _DOT_THREES.fullmatch(t)):
            joined = t.replace(".", "") + "." + u  # "1.687, 3 milioane de dolari": points
            # group, a decimal comma and a space before the scale
        elif (gap == ". " and a.cur is None and not a.cur_left and t.isdigit() and len(t) <= 3
              and u.isdigit() and len(u) == 2 and b.cur is not None and not b.cur_left
              and not b.scaled and not _year_like(a)
              and not _LISTED_BEFORE.search(text, 0, a.num.start)):
            joined = t + "." + u  # "mazot desteği olarak 3. 25 TL": a decimal point, a space
        elif (gap == ", " and a.cur is None and (_plain_or_spaced(t) or _DOT_THREES.fullmatch(t))
              and u.isdigit() and len(u) == 2 and not b.scaled and b.cur is not None
              and not _year_like(a)
              and not _label_number(text, a, lex)):  # ("dla kat. 1, 29 zł": a category's
            # number, then the next price)
            # "349, 54 kr", "66.972.854, 20 ευρώ": a decimal comma and a space
            joined = "".join(ch for ch in t if ch.isdigit()) + "." + u
        elif (gap == ", " and a.cur is None and not a.cur_left and decimal != ","
              and t.isdigit() and len(t) <= 3 and u.isdigit() and len(u) == 3
              and b.cur is not None and not b.cur_left and not b.scaled
              and not _LISTED_BEFORE.search(text, 0, a.num.start)):
            joined = t + u  # "12, 500 रुपये": a thousands comma and a space (not the last
            # of a list: "5, 10, 500 रुपये")
        elif (gap == ", " and a.cur is None and t.isdigit() and len(t) <= 3 and u.isdigit()
              and (len(u) <= 2 or (len(u) == 3 and decimal == ",")) and b.scaled
              and not a.scaled and not (
                  _named_figure(text, a, lex)
                  and lex.names_of(_word_before(text, a.num.start) or "") is not None)):
            # (not "una Euro 4, 10mila euro": a class named by a currency's name and its
            # number, then the next sum)
            joined = t + "." + u  # "9, 5 тысяч рублей": a decimal comma and a space (and
            # "356, 511 tỷ đồng" where the comma is the decimal mark)
        elif (gap.rstrip(" ") and len(gap.rstrip(" ")) == 1 and len(gap) <= 2
              and (unicodedata.category(gap[0]) == "Mn" or gap == "।")  # (a danda and a
              # blank end a sentence: "कीमत 500। 20 रुपये")
              and a.cur is None and not a.cur_left
              and ((t.isdigit() and len(t) <= 3) or _COMMA_THREES.fullmatch(t) is not None)
              and u.isdigit() and len(u) <= 2 and (b.scaled or b.cur is not None)):
            joined = t.replace(",", "") + "." + u  # "18़ 68 लाख रुपये", "१,५१९।२५ रुपैयाँ": a
            # combining mark (a nukta) or the danda typed where the decimal point goes
        elif (gap == ", " and decimal == "," and a.cur_left and a.cur is not None
              and b.cur is None and b.scaled and not a.scaled and t.isdigit() and len(t) <= 3
              and u.isdigit() and len(u) <= 2):
            joined = t + "." + u  # "Rp 13, 99 triliun": the sign first, a decimal comma and
            # a stray space before the scaled figure's decimals
        else:
            if (gap == ", " and decimal == "," and a.cur is None and b.cur is not None
                    and not b.cur_left and not b.scaled and t.isdigit() and len(t) <= 2
                    and u.isdigit() and len(u) == 1 and not _year_like(a)
                    and not _LISTED_BEFORE.search(text, 0, a.num.start)):
                # "3, 5 eura": two figures ("6, 7 euros voire 8"), or one whose decimal
                # comma a stray space follows (3.5)? Read as written, said so
                b.reasons.append(f"{text[a.num.start:b.num.end]!r}: two figures, or one "
                                 "with a stray space?")
                b.alts.append(Decimal(f"{t}.{u}"))
            return None
        other = b.value
        b.value = Decimal(joined).scaleb(b.power)
        if id(a) in merged:  # the chain goes on: one reason for the whole of it
            b.reasons = [r for r in a.reasons if "stray space" not in r] + b.reasons
            b.alts = a.alts + b.alts
        b.reasons.append(f"{text[head if chain else a.num.start:b.num.end]!r}: one number "
                         "with a stray space, or two figures?")
        b.alts.append(other)
        b.start = min(a.start, b.start)
        b.left_start = min(a.left_start, b.left_start)
        if b.cur is None:
            b.cur, b.cur_left = a.cur, a.cur_left
            _unit_price(b)  # "Rp 1426, 58 per kWh": the sign's, and the unit after
        b.negative = a.negative or b.negative
        merged.add(id(b))
        return b

    merged: set[int] = set()
    chains: dict[int, int] = {}
    money_after = {c.num.end for c in cands if c.cur is not None and not c.cur_left}
    prev_of = {id(c): cands[i - 1] for i, c in enumerate(cands) if i}
    return _merge_pairs(cands, merge, chain=True)


_CENTS_COMMA = re.compile(r"\d,\d\d\Z")  # a price written to the cent with a decimal comma


def _decimal_words(text: str, cands: list[_Cand], words: frozenset[str]) -> list[_Cand]:
    """"786 ነጥብ 61 ቢሊዮን ብር", "bilioni 4 nukta 5": a word for the decimal point between
    two whole figures, the second with the scale or the unit, makes one number."""
    if not words or len(cands) < 2 or not any(w in text for w in words):
        return cands

    def merge(a: _Cand, b: _Cand) -> _Cand | None:
        t, u = a.num.text, b.num.text
        if not (a.num.kind == b.num.kind == "digits" and t.isdigit() and u.isdigit()
                and not a.scaled and a.minor_factor is None and b.minor_factor is None
                and not b.cur_left and (a.cur is None or (a.cur_left and b.cur is None))
                and (b.scaled or b.cur is not None or a.cur is not None)
                and " ".join(text[a.num.end:b.num.start].lower().split()) in words):
            return None
        b.value = Decimal(t + "." + u).scaleb(b.power)
        b.alts = []
        b.start = min(a.start, b.start)
        b.left_start = min(a.left_start, b.left_start)
        if b.cur is None:
            b.cur, b.cur_left = a.cur, a.cur_left
        b.negative = a.negative or b.negative
        b.qualifier, b.qual_tok = a.qualifier or b.qualifier, a.qual_tok or b.qual_tok
        b.lead = a.lead or b.lead
        return b

    return _merge_pairs(cands, merge)


def _code_to_the_figure_after(text: str, cands: list[_Cand]) -> list[_Cand]:
    """"Een bangbang kost SRD 10, twee SRD 15": a number word, a currency code, then a
    figure, in a text that writes that code before its figures elsewhere, is a count;
    the code is the sign of the figure after it (15 SRD, no 2 SRD nor 2.15)."""
    out: list[_Cand] = []
    before: dict[str, int] = {}  # code -> how often the text writes it before a figure

    def written_before(code: str) -> int:
        if code not in before:  # (counted once a code: linear)
            before[code] = len(re.findall(rf"(?<![^\W\d_]){code}[ \u00a0]?\d", text))
        return before[code]

    for i, a in enumerate(cands):
        b = cands[i + 1] if i + 1 < len(cands) else None
        cur = a.cur
        if (b is not None and cur is not None and not a.cur_left and a.num.kind == "word"
                and not a.scaled and b.cur is None and b.num.kind == "digits"
                and len(cur.text) == 3 and cur.text.isupper() and cur.text.isalpha()
                and cur.end == a.end and not text[cur.end:b.start].strip(" \u00a0")
                and written_before(cur.text) > 1):
            b.cur, b.cur_left = cur, True
            b.start = b.left_start = cur.start
            continue  # (the number word, its sign gone, is a count)
        out.append(a)
    return out


def _hundredths(text: str, cands: list[_Cand]) -> list[_Cand]:
    """"devetstotinačetrdeset i 31/100 KM", "y 50/100 pesos": one or two digits over a
    hundred, its unit after it, are hundredths of that unit (a cheque's cents), not a
    range from 31 to 100; flagged, the hundred of the unit the other reading."""
    out: list[_Cand] = []
    for c in cands:
        a = out[-1] if out else None
        if (a is not None and c.num.text == "100" and c.cur is not None and not c.cur_left
                and not c.scaled and a.cur is None and a.num.kind == "digits"
                and a.num.text.isdigit() and len(a.num.text) <= 2
                and text[a.num.end:c.num.start] == "/"):
            c.alts.append(c.value)
            c.value = Decimal(a.num.text).scaleb(-2)
            c.start, c.left_start = a.start, a.left_start
            c.reasons.append(f"{a.num.text}/100: hundredths of the unit, or a hundred?")
            out[-1] = c
            continue
        out.append(c)
    return out


def _unread_coins(text: str, cands: list[_Cand], lex: Lexicon) -> list[_Cand]:
    """"८५ रुपये ६५ पैशांनी", "1 manat 10 qəpiyə": a whole amount whose currency word
    follows it, then one or two digits and a word not known: most often the minor units
    under a coin word the tables lack. The amount stays as written, flagged, with the
    coins added as the other reading; the digits are no figure of their own."""
    out: list[_Cand] = []
    skip = -1
    cues = lex.cues
    for i, a in enumerate(cands):
        if i == skip:
            continue
        out.append(a)
        b = cands[i + 1] if i + 1 < len(cands) else None
        if (b is None or a.cur is None or a.cur_left or a.minor_factor is not None or a.scaled
                or a.per or not _all_in_word(a.cur.text.rstrip("."))
                or a.value != a.value.to_integral_value()
                or a.value <= 0 or b.money_like or b.scaled or b.per or b.cur is not None
                or b.num.kind != "digits" or not b.num.text.isdigit() or len(b.num.text) > 2):
            continue
        # "from 3-euro 20 per hour to 3-euro-50": a figure hyphened to its currency's word,
        # a hyphen, then two digits: the coins (no range), as with a space between
        hyphened = (text[a.end:b.start] == "-" and text[a.num.end:a.num.end + 1] == "-"
                    and len(b.num.text) == 2)
        if not hyphened and (text[a.end:b.start].strip(" \u00a0") or b.start == a.end):
            continue
        m = _NEXT_WORD.match(text, b.end)
        # "elle est de 23 fr. 75., mais": the figure's sign cut short, two digits, then the
        # clause's end (not the end of a change, whose coins are read as its start's:
        # "passe de 2 fr. 40 à 2 fr. 80.")
        clause_end = (m is None and len(b.num.text) == 2 and a.cur.text.endswith(".")
                      and text[b.end:b.end + 1] in (".", ",", ";", "")
                      and _word_before(text, a.start) not in cues.get("change_links", ())
                      and _word_before(text, a.start) not in cues["range"])
        if not clause_end and not hyphened and (
                m is None or m.start(1) == b.end or _counted(text, b.end, lex)
                or _unit_word_after(text, b.end, lex) or _measured(text, b.end, lex)):
            continue
        coins = a.value + b.value.scaleb(-2)
        follow = m.group(1).lower() if m is not None else ""
        if clause_end or hyphened or (len(b.num.text) == 2 and any(
                follow in cues.get(k, ()) for k in (
                "range", "change_links", "range_needs_lead", "amount_followers", "per_words"))):
            # "passant 9 dollars 45 à 9 dollars 80", "entre 1 fr. 50 et 1 fr. 55", "8 Euro
            # 30 pro Quadratmeter": a link, a per-word or a word that may follow an amount
            # comes next (or the clause ends), so the two digits end the amount: its coins,
            # most likely
            a.reasons.append(f"{text[a.start:b.end]!r}: {b.num.text} is the coins, or a "
                             "figure of its own")
            a.alts.append(a.value)
            a.value = coins
            a.end = b.end
        else:
            assert m is not None  # (only a clause's end goes on without a word after)
            a.reasons.append(f"{text[a.start:m.end(1)]!r}: the figure after the currency may be "
                             "its minor units")
            a.alts.append(coins)
        skip = i + 1
    return out


def _dual_before_its_noun(text: str, cands: list[_Cand], lex: Lexicon) -> None:
    """"بخسارة قدرها مليارا دولار": a scale word alone in the form its dual takes before
    a noun (``dual_construct``), the currency's name right after it, is two of the scale
    (the same letters alone are one, in the accusative); flagged, one the other reading."""
    duals = lex.cues.get("dual_construct", frozenset())
    if not duals:
        return
    for c in cands:
        if (c.num.kind == "word" and c.num.text in duals and c.cur is not None
                and not c.cur_left and c.value > 0 and c.minor_factor is None
                and not text[c.num.end:c.cur.start].strip()):
            c.alts.append(c.value)
            c.value *= 2
            c.reasons.append(f"{c.num.text!r} before {c.cur.text!r}: two (the dual before "
                             "its noun), or one?")


def _plain_or_spaced(t: str) -> bool:
    """Up to six digits, or digits grouped by spaces ("224 376 706")."""
    if t.isdigit():
        return len(t) <= 6
    return _grouped(t) and not any(ch in ".,'" for ch in t)


def _chains(text: str, cands: list[_Cand], joins: frozenset[str] = frozenset(),
            scales: Mapping[str, int] | None = None,
            ands: frozenset[str] = frozenset(),
            froms: tuple[str, ...] = ()) -> list[_Cand]:
    """Compound numbers over scale magnitudes, merged into their last part:
    "2 trilyon 118,4 milyar lira", "1 trilyon 407 milyar 399 milyon", "२ अर्ब ८४ करोड
    २२ लाख रुपैयाँ", "3만 4,800원". Each part's magnitude is below the previous part's
    scale; only the last may carry the currency; parts stand apart by spaces only. A
    part ending in the language's "from" (``froms``) opens a range and ends its number:
    "५ लाखदेखि १० करोडसम्म"."""
    out: list[_Cand] = []
    i = 0
    n = len(cands)
    while i < n:
        j = i
        while j + 1 < n and not (froms and text.endswith(froms, 0, cands[j].end)) and (
                _continues_number(text, cands[j], cands[j + 1], joins, j > i, scales, ands)):
            j += 1
        if j > i:
            last = cands[j]
            first = cands[i]
            parts = cands[i:j + 1]
            # "37 mil 300 millones", "10 mil 508 millones 307 mil 400", "2천 15억 4천만",
            # "1 ਲੱਖ 96 ਹਜ਼ਾਰ 462 ਕਰੋੜ", "৭ লাখ ৯০ হাজার কোটি": the parts before a scaled
            # part that are smaller than its (outer) scale count it; others add up
            vals: list[Decimal] = []
            for p in parts:
                outer = _outer_power(p) if p.scaled else 0
                unit = Decimal(10) ** outer
                k = len(vals)
                while k and vals[k - 1] < unit:
                    k -= 1
                if outer > 3 and k < len(vals):
                    small = sum(vals[k:], _ZERO)
                    if p.power > outer and small <= p.value.scaleb(-outer):
                        # "۳ هزار و ۳۶۱ هزار میلیارد": no smaller part after a larger
                        # one, so the parts count the whole "هزار میلیارد" (3,361 of them)
                        outer = p.power
                    vals[k:] = [(small + p.value.scaleb(-outer)).scaleb(outer)]
                else:
                    vals.append(p.value)
            total = sum(vals, _ZERO)
            last.value = total
            last.start = first.start
            last.left_start = first.left_start
            if any(_hyphen_join(text, p, q, joins) for p, q in pairwise(parts)):
                last.negative = first.negative  # "ו-30": the join's hyphen, no minus
            else:
                last.negative = first.negative or last.negative
            last.qualifier = first.qualifier or last.qualifier
            last.qual_tok = first.qual_tok or last.qual_tok
            last.lead = first.lead or last.lead
            last.reasons = [r for c in cands[i:j + 1] for r in c.reasons]
            if first.cur is not None and last.cur is None:  # "₩2만 4500"
                last.cur, last.cur_left = first.cur, first.cur_left
            # scaled when a part is ("2 trilyon 118,4 milyar"), not "mil 901 pesos"
            last.scaled = any(p.scaled or (p.num.kind == "word" and p.value >= 1_000_000)
                              for p in cands[i:j + 1])
            last.head_power = max(p.power for p in parts)
        out.append(cands[j])
        i = j + 1
    return out


_YEAR_THEN_LINK = re.compile(r"(?<!\d)(?:19|20)\d\d[-–/]\Z")


def _second_year(text: str, num: Tok) -> bool:
    """Is ``num`` two digits glued after a year and a hyphen or slash ("2010-11",
    "2010/11"): the second year of a span, no figure?"""
    s = num.start
    return (num.kind == "digits" and len(num.text) == 2 and num.text.isdigit() and s >= 5
            and _YEAR_THEN_LINK.search(text, s - 5, s) is not None
            and not text[num.end:num.end + 1].isdigit())


def _glued_ordinal(text: str, c: _Cand) -> bool:
    """Is ``c`` a whole number glued by its point to the word after it ("9.splátke",
    "3.kerület"): an ordinal, no figure of money?"""
    e = c.num.end
    return (c.num.text.isdigit() and text[e:e + 1] == "."
            and text[e + 1:e + 2].isalpha() and not text[e + 1:e + 2].isupper())


def _range_of_measures(text: str, c: _Cand, nxt: _Cand, lex: Lexicon) -> bool:
    """Is ``c`` the low end of a range whose high end ``nxt`` has a unit of measure after
    it ("între 100,01 - 300 kWh", "12 – 24 กิโลโวลต์")?"""
    gap = " ".join(text[c.end:nxt.start].split()).lower()
    return (nxt.cur is None and nxt.minor_factor is None
            and (gap in _RANGE_MARKS or gap in lex.cues["range"])
            and (_unit_word_after(text, nxt.end, lex) or _measured(text, nxt.end, lex)))


def _hyphen_adjective(text: str, c: _Cand, lex: Lexicon) -> bool:
    """Is ``c`` joined by a hyphen to a word it makes an adjective of ("0,33-litrainen",
    "420-mililitrové", "200-граммовая"), not to a case ending of the number ("7500-ról",
    "39.750-es")?"""
    if text[c.end:c.end + 1] not in ("-", "‑") or not text[c.end + 1:c.end + 2].isalpha():
        return False
    m = _NEXT_WORD.match(text, c.end + 1)
    word = m.group(1).lower().rstrip("'’") if m is not None else ""
    return len(word) > 3 and not any(word == x.lstrip("-") for x in lex.numeral_suffixes)


def _scale_adjective(text: str, c: _Cand, lex: Lexicon) -> bool:
    """A scale word with no count of its own joined by a hyphen to a currency's name
    before a noun ("million-dollar flats", "a billion-dollar company", "multi-million-pound
    deal"): an adjective of kind, no amount ("a two-million-dollar contract" states one)."""
    if c.num.kind != "word" or c.cur is None or c.cur_left or c.cur.start != c.num.end + 1:
        return False
    power = lex.scale(c.num.text.split()[-1])
    return (power is not None and power >= 6 and c.value == Decimal(10) ** power
            and text[c.num.end] in "-‑" and _word_follows(text, c.cur.end))  # (not "a
    # hundred-dollar bill": a note's face value)


def _closed_by(text: str, pos: int, word: str) -> bool:
    """Does ``word`` come after ``pos`` with only figures between (" 750 pesos")?"""
    end = min(len(text), pos + 40)
    k = pos
    while k < end and (text[k].isdigit() or text[k] in " \u00a0.,"):
        k += 1
    return text.startswith(word, k) and not text[k + len(word):k + len(word) + 1].isalnum()


def _hyphen_join(text: str, a: _Cand, b: _Cand, joins: frozenset[str]) -> bool:
    """Is the hyphen just before ``b``'s numeral the tail of a join word after ``a``
    ("7 מיליארד ו-30 מיליון": and-30), no minus?"""
    k = b.num.start - 1
    if k <= a.end or text[k] not in "-־":
        return False
    return " ".join(text[a.end:k].lower().split()) in joins


def _fraction(v: Decimal) -> bool:
    """Has ``v`` a fraction (``v % 1`` without its limit: a figure of thirty digits and
    more divides by one within no context's precision)?"""
    return v != v.to_integral_value()


def _zeros(v: Decimal) -> int:
    """How many zeros end a whole number (3_000_000 -> 6)."""
    t = str(v.to_integral_value()) if v == v.to_integral_value() else ""
    return len(t) - len(t.rstrip("0")) if t else 0


def _outer_power(c: _Cand) -> int:
    """The power of the last of several scale words ("হাজার কোটি": crore, 7), else the
    figure's whole scale."""
    scales = [t for t in c.cues.right if t.kind == "scale"]
    return int(scales[-1].value) if len(scales) > 1 else c.power


_OPEN_BRACKETS = str.maketrans({"(": None, "（": None})


def _continues_number(text: str, a: _Cand, b: _Cand, joins: frozenset[str] = frozenset(),
                      deep: bool = False, scales: Mapping[str, int] | None = None,
                      ands: frozenset[str] = frozenset()) -> bool:
    """Is ``b`` the next smaller part of the number ``a`` begins? Parts stand apart
    by spaces, or by the language's "and" before a scaled part ("2 billion and 300
    million", "تريليون و724 ملياراً"). ``deep``: ``a`` is itself a later part of a
    compound already; ``ands``: the language's words for "and" (of ``joins``, the ones
    a thousand's units in digits may follow: "dois mil e 200")."""
    if (a.num.kind == b.num.kind == "cjk" and a.cur is not None and b.cur is not None
            and not a.cur_left and not b.cur_left and b.start == a.end
            and b.cur.text == a.cur.text and 0 < b.value < Decimal(10) ** _myriad(a.num.text)):
        return True  # "932億円9900万円": the currency said after each part, glued
    if (a.cur is not None and b.cur is not None and not a.cur_left and not b.cur_left
            and a.scaled and a.num.kind == "digits" and not _fraction(a.value.scaleb(-a.power))
            and b.cur.text == a.cur.text and b.power < a.power and not b.negative
            and 0 < b.value < Decimal(10) ** a.power and b.minor_factor is None
            and not _fraction(b.value.scaleb(-b.power))  # (a part is whole: "05 tỷ đồng 2,2
            # triệu đồng" is two sums, a table's two cells)
            and a.cur.end <= b.start and not b.qual_tok
            and (not (link := text[a.cur.end:b.start].strip(" \u00a0").lower())
                 or link in joins)):
        # "6 مليارات ريال و900 مليون ريال": the currency said after each part, in the same
        # form (not "3 milyon euronun 400 bin eurosunu": 400,000 of the 3 million);
        # with "and" between, maybe two sums
        if link and not b.reasons:
            b.reasons.append(f"{text[a.start:b.end]!r}: one sum written in two parts, or two")
        return True
    if (a.cur is not None and not a.cur_left and a.scaled and a.num.kind == "digits"
            and not _fraction(a.value.scaleb(-a.power)) and b.cur is None and b.scaled
            and b.power < a.power and 0 < b.value < Decimal(10) ** a.power
            and a.cur.end <= b.start and not text[a.cur.end:b.start].strip()
            and not b.qual_tok and b.minor_factor is None
            and _closed_by(text, b.end, a.cur.text)):
        return True  # "564 millones de pesos 852 mil 750 pesos": the currency said after
        # each part, the next part a compound of its own
    if a.money_like and not (a.cur is not None and a.cur_left and a.cur.end <= a.num.start):
        return False  # "$5 million 300 employees": the currency closed the number
    if b.lead and " ".join(text[b.left_start:b.start].lower().split()) not in joins:
        return False  # "from 5 ... to": a range opens at b; not "biliyan 648 da miliyan 26"
    if a.scaled and a.cur is None and any(
            t.kind == "scale" and len(t.text.rstrip(".")) == 1 and t.text.isascii()
            for t in a.cues.right):
        return False  # "Pronájem dráhy 25m 315 Kč": a Latin scale of one letter is a unit
        # as often ("25m": metres); no compound goes on from it (but "166 ሚሊዮን 747 ሺ 472")
    bracketed = any(ch in "(（" for ch in text[b.start:b.num.start]) or (
        text[a.end:b.num.start].rstrip(" \u00a0")[-1:] in ("(", "（"))  # (the bracket
    # in the gap: "مليار و ( 700) مليون", its figure not an accounting negative)
    if bracketed and not (
            a.num.kind == "word" and not b.negative and b.num.kind == "digits"
            and text[b.num.end:b.num.end + 1] in (")", "）")
            and " ".join(text[a.end:b.num.start].translate(_OPEN_BRACKETS).lower().split())
            in joins):
        return False  # "مليونان (٢) دولار": a figure in brackets restates, adds nothing
        # (but "ألفين و (177) شيكل": "and", then the units set in brackets, a part)
    hyphened = _hyphen_join(text, a, b, joins)
    if (a.minor_factor is not None or b.cur_left or (b.negative and not hyphened) or a.per
            or b.qual_tok):
        return False
    if b.minor_factor is not None and not (
            b.scaled and a.cur is None and a.minor_factor is None
            and ((a.scaled and b.power < a.power)
                 or (a.num.kind == "word" and not a.scaled and b.power < _zeros(a.value)))):
        return False  # (but "3 ملايير و50 مليون سنتيم", "مليار و148 مليون سنتيم": both parts
        # counted in the coins)
    if a.scaled and a.num.kind == "digits" and _fraction(a.value.scaleb(-a.power)):
        return False  # "2.46 करोड़, और 72.19 लाख": a list; a compound's higher parts are whole
    gap = text[a.end:b.start] if not hyphened else text[a.end:b.num.start - 1]
    if bracketed:
        gap = re.sub(r"[ \u00a0]+", " ", text[a.end:b.num.start].translate(_OPEN_BRACKETS))
    if (gap == "." and a.scaled and b.scaled and b.num.kind == "digits"
            and _in_word(text[a.end - 1])):
        gap = ""  # "Br6 млн.472 тыс.": the abbreviation's period, the next part glued on
    word = gap.strip(" \u00a0\u3000")
    if word in (",", "၊") and len(gap) <= 3 and ((b.scaled and (  # (" , ": a stray space too;
            # the Burmese comma: "ကျပ်သိန်း ၅၀၊ ၆ သောင်း", 50 lakh and 60 thousand kyat)
            (a.scaled and b.power < a.power)
            or (a.num.kind == "word" and not a.scaled and a.value >= 1_000_000
                and b.value < Decimal(10) ** _zeros(a.value)))) or (
            a.num.kind == b.num.kind == "word" and not a.scaled and a.value >= 1000
            and 0 < b.value < Decimal(10) ** _zeros(a.value))):
        # "6 bilhões, 815 milhões de reais", "três milhões, 19 mil e 130 kwanzas",
        # "छह हजार इकतीस करोड़, पचहत्तर लाख, दो हजार, नौ सौ सतहत्तर रूपए"
        pass
    elif word:
        link = word.lower()
        if link[:1] in ",،" and (b.scaled or (b.num.kind == "word" and b.value >= 1000)):
            link = link[1:].strip(" \u00a0")  # "أربعة وعشرين مليارا، وستمئة مليون"
        units = (b.num.kind == "digits" and b.num.text.isdigit() and len(b.num.text) <= 3
                 and not b.cues.right and link in ands and (
                     (a.num.kind == "word" and not a.scaled and a.value >= 1000)
                     or (a.scaled and a.power == 3)))  # ("and", not "848 mila con 304
        # schermi": with 304 screens)
        if not ((b.scaled or (b.money_like and (a.scaled or a.num.kind == "word"))
                 # "έξι χιλιάδες και ένα (6.001) ευρώ": words after words, one number
                 # whatever follows it
                 or (a.num.kind == "word" and b.num.kind in ("word", "article")
                     and not a.scaled)
                 # "de dois mil e 200 para dois mil e 500 kwanzas": a thousand and its
                 # units in digits after "and", no currency until the range's other end
                 or units)
                and link in joins
                and len(gap) <= len(word) + 2 and (a.scaled or a.num.kind == "word")):
            # "2 هزار و 900 تومان": the units after "and" when the currency follows them
            return False
    elif len(gap) > 2 or not (gap or (a.scaled and _in_word(text[a.end - 1])
                                      and b.num.kind == "digits")):
        return False  # (glued: "11ارب69 کروڑ روپے", a scale word then the next part)
    if _thousands_of(a, b, scales or {}) and not (word and _fraction(b.value.scaleb(-b.power))):
        return True  # (not "700 ezer és 2,8 millió forint között": two sums, "and" between
        # and a fraction after it; but "3 mil e 500 milhões", "628 mil 779.5 millones")
    if (deep and a.num.kind == "word" and not a.scaled and 100 <= a.value < 1000
            and not a.value % 100 and not word and b.num.kind == "digits"
            and b.num.text.isdigit() and len(b.num.text) <= 2 and 0 < b.value):
        return True  # "… हजार पाँच सय १८": the units in digits after the hundreds in words,
        # deep in a compound
    if a.num.kind == "word" and not a.scaled and a.value >= 1000:
        zeros = len(str(a.value)) - len(str(a.value).rstrip("0"))
        if (zeros == 2 and not word and (b.money_like or deep or (a.cur is not None and a.cur_left))
                and b.num.kind == "digits"
                and b.num.text.isdigit() and len(b.num.text) <= 2 and 0 < b.value
                and not b.scaled):
            return True  # "तीन हजार एक सय ९८ रूपैयाँ", "साठ हजार छह सौ 40 रुपये": the
            # thousands and hundreds in words, the units in digits before the currency (or
            # after it: "रु नौ लाख एघार हजार एक सय १० मूल्य")
        return zeros >= 3 and 0 < b.value < Decimal(10) ** zeros and (
            b.money_like or b.scaled
            or ((word == "," or word in joins) and b.num.kind in ("word", "article"))
            or (zeros == 3 and (not word or word in joins) and b.num.kind == "digits"
                and b.num.text.isdigit() and not b.cues.right))  # "a cuatro mil 41 en
        # Oaxaca", "dois mil e 200": its units in digits
    if (a.num.kind == "cjk" and a.cur is None and b.num.kind == "digits" and b.money_like
            and not word and a.value >= 1000 and cjk_digit(a.num.text[-1]) is None
            and 0 < b.value < Decimal(10) ** _zeros(a.value)):
        return True  # "1 천 200 원", "1천 200원": the units of a Han scale, spaced apart
    if a.scaled and b.scaled and a.num.kind != "cjk":
        inner = b.power - _outer_power(b)  # "৭ লাখ | ৯০ হাজার কোটি": thousands of crores
        if 0 < inner < a.power and 0 < b.value.scaleb(-b.power) < Decimal(10) ** (a.power - inner):
            return True
        if (inner == 0 and a.power in (3, 5) and b.power == 7 and not word
                and 0 < b.value.scaleb(-b.power) < Decimal(10) ** a.power):
            # "৩ লাখ ৮৯ কোটি টাকা", "6 हजार 32 करोड़": lakhs or thousands of crores, then
            # crores (3,00,089 crore; 6,032 crore)
            return True
    if a.scaled and a.power >= 2 and a.num.kind != "cjk":
        unit = Decimal(10) ** a.power
        if (word and word.lower() in joins and b.scaled and b.power < a.power
                and unit <= b.value < 10 * unit and a.num.kind == b.num.kind == "digits"):
            # "315 مليون و1500 ألف درهم": the smaller part passes its place (1.5 million
            # in thousands); one sum still, said to be a guess
            b.reasons.append(f"{text[a.start:b.end]!r}: one sum whose smaller part passes "
                             "its place, or two?")
            return True
        if not (0 < b.value < unit):
            return False
        if b.scaled:
            return b.power < a.power
        if (a.power >= 3 and b.num.kind == "word" and not word and b.value >= 100
                and a.num.kind == "digits" and not _fraction(a.value.scaleb(-a.power))):
            # "रु एक अर्ब ५६ करोड १७ लाख दुई हजार नौ सय ९२": the lower places in words
            return True
        if (a.power == 3 and not b.money_like and b.num.kind == "digits" and not word
                and _CENTS.fullmatch(b.num.text) and b.value < 1000 and not b.cues.right
                and text[_after_spaces(text, b.end):][:1] not in ("%", "％")):
            return True  # "geçici akım 6 bin 781,50, konut tarifesi …": the units of the
            # thousand to the cent, the currency written after the list's last sum
        # "१ सय ७८ रूपैयाँ" (1 hundred 78 rupees), "2 mil 300 euros", "5 million 300
        # dollars": the units after a scale word, written as a whole number below a
        # thousand unless the scale is a hundred or a thousand word
        if (a.power in (2, 3) and not b.money_like and b.num.kind == "digits"
                and (len(b.num.text) <= a.power or deep) and b.num.text.isdigit()
                and not b.cues.right):
            # "1 минг 580 га": three digits after a thousand word are its units; so
            # are fewer deep in a compound ("Q81 mil 19 millones 50 mil 54"); two after a
            # hundred word ("रु ७१ लाख ३१ हजार ५ सय १८")
            return True
        if (a.power == 3 and not b.money_like and b.num.kind == "word" and not word
                and not b.scaled and 0 < b.value < 1000 and not b.value % 100):
            return True  # "रु ७१ लाख ३१ हजार पाँच सय १८": the hundreds in words
        if (a.power >= 5 and not b.money_like and b.num.kind == "word" and not word
                and not b.scaled and _zeros(b.value) >= 3):
            return True  # "रु ३१ करोड छ लाख २० हजार": a smaller scale's part in words
        if b.value >= 1000 and a.power >= 6 and _GROUPED_CENTS.fullmatch(b.num.text):
            return True  # "336 millones 112,084.16 pesos", "93 millones 521,240.84 más":
            # the rest of the millions to the cent (no count is written so)
        return b.money_like and (
            b.num.kind != "digits" or a.power <= 3 or _myriad_scale(a)
            or (b.value < 1000 and b.value == b.value.to_integral_value()
                and b.num.text.isdigit())
            # "$2 millones 700.000 pesos": the rest of the millions in grouped thousands
            or (b.value >= 1000 and _GROUPED.fullmatch(b.num.text) is not None))
    if a.num.kind == "cjk":
        low = _myriad(a.num.text)
        return low >= 4 and 0 < b.value < Decimal(10) ** low and (
            b.money_like or b.scaled
            # "1만 5,851명", "2만 584㏊": the rest of a myriad in digits, whatever it counts
            # (15,851 farmers); after a myriad a smaller figure has no other reading
            or (b.num.kind == "digits" and not word and b.num.text[:1] != "0"
                and a.num.text[-1:] in global_table().myriads))
    return False


def _follow_reading(a: _Cand, b: _Cand) -> None:
    """Two figures written alike and sharing one unit are read alike: when ``b``'s
    separator groups thousands, ``a``'s does too (with ``b``'s doubt, if any)."""
    def whole(c: _Cand) -> Decimal:
        return Decimal("".join(ch for ch in ascii_digits(c.num.text) if ch.isdigit()))

    if a.num.kind != "digits" or b.num.kind != "digits" or a.minor_factor is not None:
        return
    if any(len(g) != 3 for g in re.split(r"[^\d]", ascii_digits(a.num.text))[1:]):
        return  # "1.1990 a 1.015": four places group nothing
    b_groups = b.value.scaleb(-b.power) == whole(b)
    a_groups = a.value.scaleb(-a.power) == whole(a)
    if b_groups and not a_groups:
        a.alts = [a.value] + [x for x in a.alts if x != whole(a).scaleb(a.power)]
        a.value = whole(a).scaleb(a.power)
        if b.reasons:
            a.reasons.append(f"read like {b.num.text!r}: " + b.reasons[0])


def _same_shape(a: _Cand, b: _Cand, *, digits_only: bool = False) -> bool:
    """Are two numerals written alike (the same separators), so that "X and Y unit"
    gives both the unit? With ``digits_only`` two plain integers are alike too."""
    if a.num.kind != "digits" or b.num.kind != "digits":
        return False
    sa, sb = _shape(a.num.text), _shape(b.num.text)
    if sa == sb:
        return digits_only or bool(sa)
    # "2.500 ve 4000 TL", "5950, 26 850 és 99 950 forintba": thousands grouped in one
    # and not in the other (a four-digit figure is often written without its mark)
    # "606 euros … et 1 073": below a thousand no mark is written, and a blank groups
    # only thousands
    plain, grouped = (a, b) if not sa else (b, a)
    if not digits_only or (sa and sb) or _GROUPED.fullmatch(grouped.num.text) is None:
        return False
    p = plain.num.text
    return _FOUR_DIGITS.fullmatch(p) is not None or (
        p.isdigit() and len(p) <= 3 and ((sa or sb) in ("\u00a0", "\u202f", " ")
                                         or (grouped.num.text.endswith("000")
                                             and not plain.scaled and not grouped.scaled)))
    # ("500 และ 1,000 บาท": below a thousand no mark is written, and whole thousands
    # are grouped, not decimals)


_CENTS = re.compile(r"\d{1,4}[.,]\d{2}")  # "16,50", "1934,40": a price to the cent, no group
_FOUR_DIGITS = re.compile(r"[1-9](?:[.,\u00a0\u202f ]?)\d{3}")


def _fraction_more(a: _Cand, b: _Cand) -> bool:
    """Is ``b`` written like ``a`` with a fraction more ("3.084" and "4.092,60")?"""
    if a.num.kind != "digits" or b.num.kind != "digits":
        return False
    sa, sb = _shape(a.num.text), _shape(b.num.text)
    return len(sb) == len(sa) + 1 and sb.startswith(sa) and sb[-1] not in sa


def _shape(numeral: str) -> str:
    """The separators of a numeral, a repeated group mark once ("1.299,00" -> ".,",
    "1 100 000" -> " ", as "900 000")."""
    out = ""
    for ch in numeral:
        if not ch.isdigit() and ch != out[-1:]:
            out += ch
    return out


_GROUPED = re.compile(r"\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+")
# grouped thousands to the cent, the two marks differing: "112,084.16", "521.240,84"
_GROUPED_CENTS = re.compile(r"\d{1,3}(?:,\d{3})+\.\d{2}|\d{1,3}(?:[.\u00a0\u202f ]\d{3})+,\d{2}")


def _thousands_of(a: _Cand, b: _Cand, scales: Mapping[str, int]) -> bool:
    """"37 mil | 300 millones", "cinco mil | 500 millones": a thousands figure before a
    larger scale that covers both. Not after a thousands word with a case ending
    ("287 ezerről 1,06 millióra": from one sum to another; ``scales``: the
    language's scale words as written without one)."""
    last = next((t for t in reversed(a.cues.right) if t.kind == "scale"), None)
    thousands = (a.scaled and a.power == 3 and a.num.kind == "digits" and (
        not scales or last is None or last.text.lower() in scales)) or (
        a.num.kind == "word" and not a.scaled and a.value % 1000 == 0
        and 1000 <= a.value < 1_000_000)
    # (money on the left may open it: "US$81 mil 200 millones")
    return (thousands and b.scaled and b.power > 3
            and (not a.money_like or (a.cur is not None and a.cur_left))
            and b.num.kind == "digits" and 0 < b.value.scaleb(-b.power) < 1000)


def _myriad_scale(a: _Cand) -> bool:
    """Does ``a`` end in a myriad scale word ("만", "萬", "หมื่น") after which Korean and
    Japanese write the smaller part in digits?"""
    last = next((t for t in reversed(a.cues.right) if t.kind == "scale"), None)
    return last is not None and last.text[-1:] in global_table().myriads


def _weights(text: str, cands: list[_Cand], lex: Lexicon) -> None:
    """"$17 a pound. A 6-pound roast", "weight equal to 100 pounds": where another
    currency is written in the sentence, or a word of weighing (cue table
    ``weight_words``: "set the maximum weight to 50 pounds"), a "pound" that could
    be weight is weight; so is one before what it weighs ("a pound of butter", "ein
    Pfund Butter": `_weighed`)."""
    if lex.cues.get("weight_of") or lex.cues.get("weight_units"):
        for c in cands:
            if c.cur is None or c.cur_left or c.value != 1 or c.scaled:
                continue
            m = _NEXT_WORD.match(text, c.cur.end)
            if (m is not None and m.start(1) > c.cur.end and _weighed(c.cur.text, m.group(1), lex)
                    and (_word_follows(text, m.end()) or lex.capitalised_nouns)):
                c.cur = None  # "a pound of butter", "ein Pfund Butter": a weight, what it
                # weighs after it (not "20 pounds of our money")
    weights = global_table().weight_names
    marked = [c for c in cands if c.cur is not None and not c.cur_left
              and c.cur.text.lower() in weights]
    if not marked:
        return
    ends = _sentence_ends(text)
    others = {bisect.bisect_right(ends, c.start): c for c in cands
              if c.cur is not None and c.cur.text.lower() not in weights}
    before = lex.cues.get("weight_before", frozenset())
    for c in marked:
        if before and c.value < 1000 and any(
                text[:c.num.start].rstrip(" \u00a0").endswith(w) for w in before):
            c.cur = None  # "น้ำหนัก 58.25 บาท": weighing, right before the figure (a few
            # baht of gold; its price runs to thousands: "ราคาทอง 30,000 บาท")
            continue
        if c.cur is not None and no_space_script(c.cur.text[:1]):
            continue  # (a script without spaces: only the word right before says so)
        sent = bisect.bisect_right(ends, c.start)
        other = others.get(sent) or others.get(sent - 1)
        if other is not None and other.cur is not None and c.cur is not None and (
                set(other.cur.value).isdisjoint(c.cur.value[:1])) and not (
                other.start > c.end and _equivalence_said(
                    " ".join(text[c.end:other.start].lower().split()).strip(",;:– "),
                    lex.cues.get("equivalent_words", frozenset()))):
            # (not "865.000 pund, hvilket svarer til 7,3 millioner kroner": money, restated)
            if c.value < 1_000_000 and not (
                    other.start > c.end and (_bracket_between(text, c.end, other) or (
                        # ("chegou às cinco mil libras, cerca de 6,75 mil euros": about so
                        # much in another money, after a comma)
                        other.qualifier == "approximately"
                        and text[c.end:other.num.start].lstrip(" \u00a0")[:1] == ","))
                    and other.value > 0 and c.value > 0
                    and _fits_rate(other.value / c.value, other.cur.value[0], c.cur.value[0],
                                   _ONE)):
                # (nor "kost dit jaar 335 pond (385,39 euro)": its conversion in brackets
                # right after it, at a rate the two currencies have had)
                c.cur = None
            elif ("USD" in other.cur.value and not _bracket_between(text, c.end, other)
                  and not _bracket_between(text, other.end, c)):
                # "exportó 217,4 millones de libras, que generaron US$ 489.472": millions
                # of pounds weigh a harvest sold in dollars as often as they pay (not "en
                # milliard pund, og 3 milliarder kroner"); a conversion in brackets
                # restates money
                c.reasons.append(f"{c.cur.text!r}: money, or a weight (the sentence "
                                 "pays in another currency)?")
        elif _sentence_has(text, ends, sent, lex, "weight_words") and c.value < 1_000_000:
            c.cur = None


def _comparatives(text: str, cands: list[_Cand], lex: Lexicon) -> None:
    """Figures and last year's figure in brackets, sharing one unit:
    "146,4 (157,3) MSEK" (the first takes the unit written after the bracket) and, where
    brackets are comparatives (Nordic reports), "780 miljoner kronor (731)"."""
    marks = lex.cues.get("comparative_marks", frozenset())
    # "11,53 (2021: 5,64) Millionen Euro": the year that labels the bracket is a mark
    seq = [c for c in cands if not (_year_like(c) and text[c.end:c.end + 1] == ":"
                                    and text[:c.start].rstrip(" \u00a0").endswith("("))]
    for a, b in zip(seq, seq[1:]):
        left = next((t for t in b.cues.left if t.kind == "lparen"), None)
        marked = bool(marks) and _marked_comparative(text, a.end, b.num.start, marks)
        if (left is None or _after_spaces(text, a.end) != left.start) and not marked:
            continue
        inner = bool(b.cues.right) and b.cues.right[0].kind == "rparen"
        if not a.money_like and not a.scaled and inner and b.money_like:
            a.cur, a.power, a.scaled = b.cur, b.power, b.scaled
            a.value = a.value.scaleb(b.power) if b.power else a.value
            continue
        if (a.cur is not None and a.cur_left and not a.scaled and inner and b.scaled
                and b.cur is None):  # "SEK 1,6 (-1,4) miljarder"
            a.power, a.scaled = b.power, True
            a.value = a.value.scaleb(b.power)
            b.cur, b.context = a.cur, True
            continue
        if ((lex.brackets_negative is False or marked) and a.money_like and a.cur is not None
                and not b.money_like and not b.scaled and not _year_like(b)
                and _closes(text, b.end) and not _bracketed_marker(text, b)):
            # (anywhere when a word in the bracket marks it: "98 korun (dříve 93)")
            b.cur, b.power, b.scaled, b.context = a.cur, a.power, a.scaled, True
            b.value = b.value.scaleb(a.power) if a.power else b.value


def _marked_comparative(text: str, end: int, start: int, marks: frozenset[str]) -> bool:
    """Does a bracket with a comparative mark stand between two figures: "743,6 (VJ
    788,3) Mio CHF", "464,7(Vj.399,4)Mio. EUR"?"""
    gap = text[end:start]
    if len(gap) > 24 or "(" not in gap or gap[:gap.index("(")].strip(" \u00a0"):
        return False
    # (the sign of the figure after the mark: "44 (Vorjahr -12) Millionen Euro")
    mark = " ".join(gap[gap.index("(") + 1:].lower().split()).rstrip(" -+\u2212").rstrip(" :")
    return mark in marks or mark.rstrip(".") in marks or (
        len(mark) == 4 and mark.isdigit() and mark[:2] in ("19", "20"))


_ROW_GAP = frozenset(" \t\u00a0\u202f")
_CELL_GAP = _ROW_GAP | {"|"}  # between a table's cells: blanks, or a column rule


def _cell_shape(c: _Cand, plain: bool = False) -> tuple[str, int] | None:
    """(separator, digits after it) of a plain numeral written with a fraction or a
    group ("0,94", "1,234", "218.50", "12 990"), else None; with ``plain`` a whole
    number of other than four digits (no year) is ("", 0): the cells of a row under
    a label that names its unit ("(ล้านบาท) (13) 5 (93) 98")."""
    t = c.num.text
    if plain and c.num.kind == "digits" and t.isdigit() and len(t) != 4:
        return "", 0
    if c.num.kind != "digits" or len(t) < 3:
        return None
    k = max(t.rfind("."), t.rfind(","), t.rfind(" "), t.rfind("\u00a0"), t.rfind("\u202f"))
    if k <= 0 or not t[k + 1:].isdigit():
        return None
    return t[k], len(t) - k - 1


def _after_spaces_char(text: str, pos: int) -> str:
    """The first character after the blanks at ``pos`` ('' at the end)."""
    q = pos
    while q < len(text) and text[q] in _ROW_GAP:
        q += 1
    return text[q:q + 1]


def _outer(text: str, c: _Cand) -> tuple[int, int]:
    """A cell's span with its accounting brackets: "(10,151)"."""
    lp = next((t for t in c.cues.left if t.kind == "lparen"), None)
    if lp is None:
        return c.start, c.end
    q = c.end
    while q < len(text) and text[q] in _ROW_GAP:
        q += 1
    return lp.start, (q + 1 if q < len(text) and text[q] in ")）" else c.end)


def _bare_cell(text: str, c: _Cand, brackets: bool) -> bool:
    """A figure with nothing of its own: no currency, scale, unit, sign word or hedge
    (with ``brackets``, an accounting-bracketed cell too: "(10,151)")."""
    if c.cur is not None or c.money_like or c.scaled or c.per or c.qualifier is not None:
        return False
    if c.num.kind != "digits" or _year_like(c) or any(t.kind == "per" for t in c.cues.after):
        return False
    if c.bracketed or c.cues.right:
        return False
    if c.negative:  # "△124,427", "-7,7": a cell signed by a mark alone
        return len(c.cues.left) == 1 and c.cues.left[0].kind == "sign"
    if not c.cues.left:
        return True
    return brackets and _in_brackets(text, c)


def _in_brackets(text: str, c: _Cand) -> bool:
    """Only a bracket around the figure: "(10,151)"."""
    if len(c.cues.left) != 1 or c.cues.left[0].kind != "lparen":
        return False
    return _outer(text, c)[1] > c.end


def _row_cells(text: str, cands: list[_Cand], sc: Scanner,
               labels: Mapping[int, tuple[Tok, int]] | None = None) -> None:
    """A row of a table. After a figure whose currency is written before it
    ("kr 0,94", "$ 1,234"), the bare figures that follow it, separated by blanks
    only and written alike (the same separator, as many digits after it), are
    the row's other cells, in the same currency ("kr 0,94 0,42 6,37 5,85"). After
    a label whose bracket holds only a unit ("กำไรสุทธิ (ล้านบาท) 35.61 54.91",
    "Revenue (US$ million) 1,234 1,456", "(พันบาท) (10,151) (8,810)") every cell
    written alike takes that currency and scale. The currency is marked as not
    written beside them (``inferred``)."""
    lex = sc.lex
    followers = lex.cues.get("amount_followers", frozenset())
    links = lex.cues.get("change_links", frozenset())
    ranges = lex.cues.get("range", frozenset())

    def ends_cell(c: _Cand) -> bool:
        end = _outer(text, c)[1]
        if text[end:end + 1] and (text[end].isalnum() or text[end] in "·.,'’") and (
                text[end + 1:end + 2].isdigit()):
            return False  # "26 001·9 million": the figure goes on past a mark of its own
        return (_after_spaces_char(text, end) not in ("%", "％", "‰", "°")
                and _free_after(text, end, followers, links, ranges))

    negative_brackets = lex.brackets_negative in (True, "cells")

    def take(c: _Cand, start: int, end: int, first: bool = False) -> None:
        """Give cell ``c`` the row's unit (and its brackets' sign)."""
        assert cur is not None
        c.cur, c.context = cur, True
        if power:
            c.value, c.power, c.scaled = c.value.scaleb(power), power, True
        if _in_brackets(text, c) and not (first and _prose_after(text, end)):
            # (not "increased by 3 percent to MSEK 1,341.3 (1,302.9), and by": one bracketed
            # figure after the row's first, and the sentence goes on: the previous
            # period's figure, as reports write it, not a negative cell)
            c.negative = c.bracketed = True
            c.start, c.end = start, end
            c.left_start = min(c.left_start, start)

    cur: Tok | None = None
    power = 0
    header = False
    shape: tuple[str, int] | None = None
    prev_end = -1
    first = False
    for i, c in enumerate(cands):
        start, end = _outer(text, c)
        if cur is not None and shape is not None and (
                _bare_cell(text, c, header and negative_brackets) and start > prev_end
                and set(text[prev_end:start]) <= _CELL_GAP
                and _cell_shape(c, header) == shape and (ends_cell(c) or (
                    first and _in_brackets(text, c) and _prose_after(text, end)))):
            take(c, start, end, first)
            prev_end = end
            first = False
            continue
        cur, power, header, shape = None, 0, False, None
        left_scaled = c.scaled and any(t.kind == "scale" for t in c.cues.left)  # "M€ 45,3"
        if (c.cur is not None and c.cur_left and not c.context and (not c.scaled or left_scaled)
                and not c.per and c.minor_factor is None and not c.bracketed):
            shape = _cell_shape(c)
            if shape is not None:
                cur, prev_end, first = c.cur, end, True
                head = (None if left_scaled or c.cur.end > c.num.start
                        else sc.header_scale(text, c.cur.start))
                if left_scaled:
                    power, header = c.power, True  # "Liikevaihto, M€ 45,3 44,3": each cell
                elif head is not None:
                    # "Taseen loppusumma milj. euroa 76,4 36,5": a label's scale and
                    # currency, then the row's cells
                    power, header = head[0], True
                    c.value, c.power, c.scaled = c.value.scaleb(power), power, True
                    c.start = c.left_start = min(c.left_start, head[1])
            continue
        if not _bare_cell(text, c, negative_brackets):
            continue
        k = start - 1
        while k >= 0 and text[k] in _CELL_GAP:
            k -= 1
        got = sc.unit_header(text, k) if k >= 0 and text[k] in ")）" else None
        got = got or (labels or {}).get(k + 1) or _unit_cell(text, k + 1, start, sc)
        shape = _cell_shape(c, plain=True)  # (under a unit's label a whole cell too)
        if got is None or shape is None or not ends_cell(c) or (
                shape == ("", 0) and not _plain_row(text, end, cands[i + 1:i + 2])):
            shape = None
            continue
        cur, power, header, prev_end = got[0], got[1], True, end
        take(c, start, end)


_RATE_CELL = re.compile(r"\d+[.,]\d{3,}(?![\d.,])")  # a rate's cell: "4,5199"


def _unit_cell(text: str, end: int, start: int, sc: Scanner) -> tuple[Tok, int] | None:
    """(currency, 0) of a cell that holds only a currency's sign, code or name, ending at
    ``end``, column rules around it, before the first figure at ``start``: "Net Profit |
    Rs. | 62,447,007 | 107,070,408": a row's unit in a cell of its own; or that opens the
    row ("DKK | 170 | 240"), or ends its label after a comma ("Osinko/osake, EUR | 0,32 |
    0,26"); else None."""
    if "|" not in text[end:start]:
        return None
    cur = sc.cur_before(text, end)
    if cur is None or cur.end != end:
        return None
    k = cur.start
    while k and text[k - 1] in " \u00a0":
        k -= 1
    if k and text[k - 1] == "|":
        return cur, 0
    if (k and text[k - 1] not in "\n,") or _RATE_CELL.match(text, start):
        return None  # (not "USD | 4,5199 | 4,4780": a currency's rates to four places)
    return cur, 0


def _plain_row(text: str, end: int, after: list[_Cand]) -> bool:
    """Does a whole number's cell ending at ``end`` have another after it, blanks
    between ("(13) 5 (93)"), not one figure alone ("(RON) 90,", "(kroner) 19  52,33":
    a grade, a note's number)?"""
    if not after:
        return False
    nxt = after[0]
    start = _outer(text, nxt)[0]
    return (start > end and set(text[end:start]) <= _CELL_GAP
            and _cell_shape(nxt, plain=True) == ("", 0))


def _prose_after(text: str, pos: int) -> bool:
    """Does a sentence go on at ``pos`` (", and", "; the", a word), not a row's next cell?"""
    q = _after_spaces(text, pos)
    ch = text[q:q + 1]
    if ch in (",", ";") or (ch == "." and not text[q + 1:q + 2].isdigit()):
        return True
    return ch.isalpha() and ch.islower() and q > pos


def _closes(text: str, pos: int) -> bool:
    q = pos
    while q < len(text) and text[q] in " \u00a0":
        q += 1
    return q < len(text) and text[q] == ")"


def _year_then_sign(text: str, c: _Cand, num: Tok, lex: Lexicon) -> bool:
    """Is ``c`` a year after a year word ("in 2000", "im Jahr 2000") whose currency sign,
    read after it, stands right before the figure ``num``, which is no year?"""
    cur = c.cur
    return (cur is not None and not c.cur_left and not c.scaled and _year_like(c)
            and cur.start >= c.num.end and cur.end <= num.start
            and not text[cur.end:num.start].strip(" \u00a0")
            and not (len(num.text) == 4 and num.text.isdigit())
            and _year_word_before(text, c.start, lex.cues.get("year_before", ())))


def _year_like(c: _Cand) -> bool:
    t = c.num.text
    return c.num.kind == "digits" and len(t) == 4 and t.isdigit() and 1900 <= int(t) <= 2099


# "l’utile": the elided article apart; vowel signs belong to their word ("जुर्माना")
_WORDS = re.compile(rf"(?:[^\W\d_]|[{MARKS}])+")
# a period ends a sentence only before a word that does not start in lower case (in
# any script: "338,1 εκατ. σε σύγκριση" goes on); scripts without case always end it
_SENTENCE_END = re.compile(r"[.!?]+(?=\s+[^\s\d])|[。！？；]|\n\s*\n|[!?]+(?=\s)")


# a redenomination this recent is still written of without the new currency's date
_RECENT = "2010-01-01"
_MILLIARD = Decimal(10) ** 9
_MILLION = Decimal(1_000_000)


def _then_currency(c: _Cand, code: str,
                   formers: tuple[tuple[str, str, str, bool, str, str | None], ...],
                   published: tuple[str, str] | None, text: str, years: _Years,
                   money: frozenset[int]) -> bool:
    """A figure read in the locale's currency ``code`` for want of any written: in a text
    of the days before the country took it, or in a sentence naming a year of the five up
    to then ("En janvier 1999, l'OM propose 100 millions"), it is the currency the country
    had then, a guess said so. True when so read."""
    cur = c.cur
    assert cur is not None
    for old, last, successor, _same, first, terr in formers:
        if successor != code or (published is not None and published[1] >= first):
            continue
        if published is None and not (text and years.near(c, first, money)):
            continue
        c.cur = cur._replace(value=(old,))
        c.home = old
        c.reasons[:] = [r for r in c.reasons if "read in the locale's" not in r]
        c.reasons.append(f"no currency written: read in {old}, the currency of {terr} until "
                         f"{last}" + ("" if published is not None else
                                      f", as its sentence names a year no later than "
                                      f"{first[:4]}"))
        return True
    return False


# A wage, pension or grant is at most a hundred thousand euros' worth, a price per small
# unit (a kWh, a litre, a kilogram) at most a hundred: a sum of that kind beyond them in
# a currency newly redenominated is in the old one ("Br586,7 тыс." of pension in
# Belarus: BYR) when it is a modest one there (twenty thousand euros' worth at most;
# a sentence with a larger sum even in the old currency counts totals)
_WAGE_CAP = Decimal(100_000)
_WAGE_OLD_CAP = Decimal(20_000)
_UNIT_CAP = Decimal(100)
_SMALL_UNITS = frozenset({"kilowatt_hour", "liter", "kilogram"})


def _too_big_now(c: _Cand, code: str, factor: Decimal, cands: list[_Cand], text: str,
                 lex: Lexicon | None, ends: list[int]) -> str | None:
    """What ``c`` is ("a price per unit", "a wage or grant") when its value in ``code``
    is more than any such sum (at the currency's cheapest against the euro) and, counted
    in the currency it replaced (``factor`` old units to one), no more than one (at its
    dearest), else None. A sentence with a sum beyond that even in the old currency is
    of totals ("На выплату пенсий … Br1,8 млрд, из которых Br166 млн"): None."""
    span = rate_ranges().get(code)
    if span is None or c.value <= 0:
        return None
    if c.per and c.per not in _SMALL_UNITS:
        return None  # (a tonne, a MWh, a share may cost anything)
    cap = _UNIT_CAP if c.per else _WAGE_CAP
    if c.value / span[1] <= cap:
        return None
    if c.per:
        return "a price per unit" if c.value / factor / span[0] <= cap else None
    if lex is None or not text:
        return None
    sent = bisect.bisect_right(ends, c.start)
    if any(d.cur is not None and not d.per and d.value / factor / span[0] > _WAGE_OLD_CAP
           and bisect.bisect_right(ends, d.start) == sent for d in cands):
        return None
    if _sentence_has(text, ends, sent, lex, "wage_words"):
        return "a wage, pension or grant"
    return None


@lru_cache(maxsize=1)
def _redenomination_factors() -> tuple[Mapping[str, Decimal], frozenset[Decimal]]:
    """Old code -> units of it per unit of the new one, for every redenomination
    finnorm knows (since 1999, and the older ones read only from sums in both), and
    the set of those factors."""
    table = global_table()
    factors = {**table.redenominated_older, **table.redenominated}
    return MappingProxyType(factors), frozenset(factors.values())


def _redenominated_pairs(text: str, cands: list[_Cand], lex: Lexicon) -> None:
    """"128 000 zł (12,80 zł)", "3 160 700 рублей (… 3160 рублей 70 копеек)": two sums in
    the words of a redenominated currency, the second restating the first right after it
    (in brackets, after "i.e.") and the one the other times the factor of the change, are
    the old currency and the new one, beyond a guess (the doubt `_former_currencies` may
    have given them is settled). (One unit against the other, "1 milyon lira = 1 YTL", is
    the rate of the change, no amount: `_rate_quotes`.)"""
    money: list[tuple[_Cand, Decimal]] = []
    for i, c in enumerate(cands):
        if c.cur is None or c.minor_factor is not None or c.value <= 0:
            continue
        d = cands[i + 1] if i + 1 < len(cands) else None
        coins = (d.value * d.minor_factor if d is not None and d.cur is None
                 and d.minor_factor is not None and 0 <= d.start - c.end <= 4 else 0)
        money.append((c, c.value + coins))  # ("3160 рублей 70 копеек", joined later)
    if len(money) < 2:
        return
    factors, ratios = _redenomination_factors()
    ends: list[int] | None = None
    equivalent = lex.cues.get("equivalent_words", frozenset())
    for (a, x), (b, y) in pairwise(money):
        (big, high), (small, low) = ((a, x), (b, y)) if x > y else ((b, y), (a, x))
        ratio = high / low
        if ratio not in ratios:
            continue
        assert big.cur is not None and small.cur is not None
        pair = next(((old, new) for new in (small.home, *small.cur.value) if new is not None
                     for old in formers_of(new)
                     if factors.get(old) == ratio and (old in big.cur.value or new in big.cur.value)
                     and (old in small.cur.value or new in small.cur.value)), None)
        if pair is None:
            continue
        ends = ends if ends is not None else _sentence_ends(text)
        if bisect.bisect_right(ends, a.start) != bisect.bisect_right(ends, b.start):
            continue  # (of one sentence)
        gap = " ".join(text[a.end:b.start].lower().split()).strip(",;:–— ")
        if len(gap) > 60 or not (gap[:1] in ("(", "（", "=", "＝") or any(
                gap == w or gap.startswith(w + " ") for w in equivalent)
                or (small is b and small.cur.text in global_table().new_signs)):
            continue  # one restating the other right after it (in brackets, after "i.e.",
            # or the second in the new currency's own name: "20.000.000 Türk Lirası ile
            # “20 Yeni Türk Lirası”"); not "od 6 tys. zł … czyli „malucha”, … za 60 mln
            # zł", nor "от 50 до 50 000 рублей" of today
        old, new = pair
        for c, code, other in ((big, old, new), (small, new, old)):
            assert c.cur is not None
            c.cur = c.cur._replace(value=(code, *(x for x in c.cur.value if x not in pair)))
            c.home = code
            c.reasons = [r for r in c.reasons if f"{other} (the currency of" not in r
                         and f"{code} (the currency of" not in r]


_OPENERS = frozenset({"", ".", "!", "?", ":", "\n", '"', "“", "(", "["})  # what opens a phrase


def _letter_spaced_before_sign(text: str, cands: list[_Cand]) -> None:
    """"will each receive A $4.12 million": a capital letter alone, a space, then "$",
    where the letter glued to the sign would name another dollar ("A$": Australia's); the
    letter may say which dollar, or be a word of its own ("Series A $20 million"): said so."""
    prefixes = global_table().dollar_prefixes
    for c in cands:
        cur = c.cur
        if cur is None or not c.cur_left or cur.text != "$" or c.context:
            continue
        k = cur.start
        if not (k >= 3 and text[k - 1] == " " and text[k - 2].isupper()
                and not text[k - 3].isalnum()):
            continue
        q = k - 3
        while q >= 0 and q > k - 20 and text[q] in " \u00a0\t":
            q -= 1  # (a bounded look back: a text dense with signs stays linear)
        if (text[q] if q >= 0 else "") in _OPENERS:
            continue  # (not a sentence's or a bracket's first word: "A $5 bill", "(A $5 fee)")
        code = prefixes.get(text[k - 2].lower())
        if code is not None and code not in cur.value[:1]:
            c.reasons.append(f"'{text[k - 2]} $': {code} (the letter that names a dollar, "
                             "a space before the sign), or a letter of its own?")


def _former_by_its_sign(text: str, cands: list[_Cand], loc: Locale | None,
                        lex: Lexicon) -> None:
    """"vajíčko vyšlo na 1,30 Kčs a litr mléka stál dvě koruny": a text that names a
    former currency by a sign or name of its own (CSK) means it by the noun it shares
    with a successor ("koruny": CZK today) too, and so its figures that took that noun
    from their context; a guess, said so. So too a currency redenominated under its
    name: "3,8 milioane de lei … 445 miliarde de lei vechi" (ROL, not RON)."""
    olds: dict[str, str] = {}  # old code -> the sign that names it
    for c in cands:
        if c.cur is not None and len(c.cur.value) == 1 and (
                noun_namesakes(c.cur.value[0]) or c.cur.value[0] in _redenomination_factors()[0]):
            olds.setdefault(c.cur.value[0], c.cur.text)
    if not olds:
        return
    symbols = global_table().symbols
    for c in cands:
        cur = c.cur
        if cur is None or c.home is not None or len(cur.value) == 1:
            continue
        code = choose_currency(cur.value, cur.text, loc)[0]
        renamed = {r[0] for r in redenominated_into(code)}  # (the same name kept, and
        # its signs: "lei" both before 2005 and after)
        old = next((o for o in olds if code in noun_namesakes(o) or o in renamed), None)
        word = cur.text.lower()
        if (old is None or " " in word or (cur.text in symbols and old not in renamed)
                or lex.names_of(word) is None
                or (old in renamed and _next_word(text, cur.end) in lex.name_modifiers)):
            continue  # (a sign of the successor, "Kč", or its full name, "českých korun";
            # a name said to be new or old: "1 leu nou")
        if old in renamed and c.value > 0 and _restated_in_old(c, old, cands):
            continue  # "896.093,95 lei fără TVA, adică de aproximativ 10,6 miliarde de lei
            # vechi": the sum restated in the old money, so itself in the new
        c.cur = cur._replace(value=(old, *(x for x in cur.value if x != old)))
        c.home = old
        c.reasons.append(f"{cur.text!r}: {old}, as the text's {olds[old]!r} names it; "
                         f"or {code}?")


def _restated_in_old(c: _Cand, old: str, cands: list[_Cand]) -> bool:
    """Is there a sum of ``old`` (named as such) of about ``c``'s value times the factor
    of its redenomination (within a factor of two: "aproximativ", a tax added)?"""
    factor = _redenomination_factors()[0].get(old)
    if factor is None:
        return False
    want = c.value * factor
    return any(d is not c and d.cur is not None and d.cur.value == (old,)
               and want / 2 <= d.value <= want * 2 for d in cands)


def _former_currencies(cands: list[_Cand], loc: Locale | None,
                       published: tuple[str, str] | None = None, text: str = "",
                       modifiers: frozenset[str] = frozenset(),
                       lex: Lexicon | None = None) -> None:
    """"10 korún" in Slovak text: the koruna of Slovakia before 2009 (SKK) or the Czech
    one; "207 тысяч рублей" in Belarus: the rouble before the 2016 redenomination
    (BYR) or after. Without the text's date the reading is a guess, and a wrong one is
    off by the rate of the change, so the mention says so and lists the old code. With
    the days the text was ``published`` in (first and last, ISO), a time up to the change
    settles the old currency and a later one today's ("275 milyar lira" in 2004: TRL);
    a time while both were in use settles nothing. Undated, a sentence that names a year
    up to the change ("2004 yılında 200 bin liraya") leaves the reading in doubt too, and
    a sum no state has counted in the new currency of the old one's name (a thousand
    million times the factor of the change: "48,4 katrilyon lira") is the old one, as
    are the text's smaller sums in the same words; said so."""
    if loc is None or not any(c.cur is not None for c in cands):
        return
    home = loc.territory or lang_territory(loc.language)
    formers = tuple((*f, home) for f in _territory_formers(loc))
    digits = global_table().codes
    redenominated = global_table().redenominated
    years: _Years | None = None  # (found on first need)
    eras = _eras(lex) if lex is not None else None
    nows = lex.cues.get("now_words", ()) if lex is not None else ()
    origins = lex.cues.get("origin_before", ()) if lex is not None else ()
    births = lex.cues.get("origin_after", ()) if lex is not None else ()
    year_args = (text, eras, nows, origins, births)
    money = frozenset(d.num.start for d in cands if d.cur is not None) | (  # (no year of
        # the text; nor the low end of a range of money: "с 1900 до 1970 руб")
        frozenset(a.num.start for a, b in pairwise(cands)
                  if a.cur is None and b.cur is not None and lex is not None and _year_like(a)
                  and _is_range(text, a, b, lex)))
    by_size: dict[str, str] = {}  # today's code -> the old one the text's sums are in
    for i, c in enumerate(cands):
        cur = c.cur
        if cur is None:
            continue
        code = choose_currency(cur.value, cur.text, loc)[0]
        if not cur.text and c.context and any(f[2] == code for f in formers):
            years = years or _Years(*year_args)
            if _then_currency(c, code, formers, published, text, years, money):
                continue
        coins = c.value != c.value.to_integral_value() or (
            i + 1 < len(cands) and cands[i + 1].minor_factor is not None
            and cands[i + 1].cur is None
            and cands[i + 1].start - c.end <= 4)  # "2 рублі 40 капеек" (not in the next sentence)
        if cur.text == code or cur.text in global_table().new_signs:
            continue  # "0,6 RON": the code names the currency itself, whatever the date;
            # so does a sign that came in with it ("2002'de 392 YTL")
        # the locale's own changes, and a foreign currency's redenomination ("أوقية" in a
        # Saudi text: MRU, or MRO before 2018)
        here = formers + tuple(f for f in redenominated_into(code) if f[5] != home)
        # a word says which of them ("1 leu nou a echivalat cu 10.000 lei vechi")
        marked = bool(here) and (any(w in modifiers for w in cur.text.lower().split())
                                 or _next_word(text, cur.end) in modifiers)
        for old, last, successor, same, first, terr in here:
            if old == code:
                break
            # (between the successor's first day and the old one's last both were in use)
            before = published is not None and published[1] < first
            after = published is not None and published[0] > last
            if old in cur.value and loc.currency is not None and loc.currency not in cur.value:
                if after and not cur.text[:1].isalpha():
                    break  # "£5" in Ireland after 2002: sterling, not the pound of old
                # "140 millions de francs" in France, "ƒ1,8 miljard" in the Netherlands: the
                # word names the country's own currency of old, not today's
                c.home = old
                if published is None or published[1] > last:  # (dated while it was in
                    # use, the old one without a doubt)
                    c.reasons.append(f"{cur.text!r}: {old} (the currency of {terr} until "
                                     f"{last}), or {code}?")
                break
            factor = redenominated.get(old)
            if (not (before or after) and same and successor == code and factor is not None
                    and factor >= 1000 and not c.per and c.value >= factor * _MILLIARD):
                # "48,4 katrilyon lira" (48.4e15): more than any state has counted in the
                # new currency, in the old one a budget; the old one, said so
                c.cur = cur._replace(value=(old, *(x for x in cur.value if x != old)))
                c.home = old
                c.reasons.append(f"{cur.text!r}: {old} (the currency of {terr} until {last}):"
                                 f" an amount of {code} this size is no state's; or {code}?")
                by_size[code] = old
                break
            if not (before or after) and coins and digits.get(old, 2) == 0 and not c.per:
                if same and successor == code and text and old not in cur.value and (
                        years := years or _Years(*year_args)).up_to(c, first, money):
                    c.cur = cur._replace(value=(*cur.value, old))
                    c.reasons.append(f"{cur.text!r}: {code}, or {old} (the currency of {terr} "
                                     f"until {last}), as its sentence names a year no later "
                                     f"than {first[:4]}?")  # "1971 yılında 1,70 TL": kuruş
                    # were in use then
                continue  # the old one had no coins in use at its end: BYR (but a tariff
                # per kWh was written to decimals: "Br518,9 за 1 кВт.ч")
            big = (not (before or after) and same and successor == code and published is None
                   and factor is not None and factor >= 1000 and not marked
                   and not (years := years or _Years(*year_args)).after(c, last, money)
                   and _too_big_now(c, code, factor, cands, text, lex, years.ends))
            # a successor of the same noun under another name is dated by a year the
            # sentence names as one of the same name would be, when the text writes that
            # noun ("korun": CSK, then CZK; not "Sk", the sign of SKK alone)
            kin = same or (code in noun_namesakes(old) and lex is not None
                           and cur.text.lower() in _name_words(lex, old))
            if old in cur.value or big or (same and successor == code and (
                    before or after or last >= _RECENT
                    # "Z$500" undated: ZWL is no tender today, so the text is of the past,
                    # and of which of the dollars it followed?
                    or (published is None and code not in current_tenders()))) or (
                    kin and successor == code and (before or text and (
                        years := years or _Years(*year_args)).up_to(c, first, money))):
                if not before and kin and successor == code and (
                        text and not marked
                        and (years := years or _Years(*year_args)).up_to(c, first, money)):
                    # "заработная плата в январе-декабре 2010 г. составила 1238 тыс. рублей":
                    # a sum of a year before the change is in the old currency, a guess
                    # (unless a word says which: "1 leu nou a echivalat cu 10.000 lei vechi"),
                    # in a text published later too ("w 1994 r. … za 60 mln zł")
                    # (a year before the old one came in names the one it followed:
                    # "в 1985 году … 120 рублей", the Soviet rouble)
                    assert years is not None  # (found by the test above)
                    for _ in here:  # (each step one tender back; the data has no cycle)
                        older = next((f for f in here if f[2] == old and f[0] != code
                                      and years.up_to(c, f[4], money)), None)
                        if older is None:
                            break
                        old, last, first = older[0], older[1], older[4]
                    c.cur = cur._replace(value=(old, *(x for x in cur.value if x != old)))
                    c.home = old
                    c.reasons.append(f"{cur.text!r}: {old} (the currency of {terr} until "
                                     f"{last}), as its sentence (or one before it in its "
                                     f"paragraph) names a year (or an era) no later than "
                                     f"{first[:4]}; or {code}?")
                elif big:
                    # "185 milyon 500 bin lira" of minimum wage: no month's wage is worth
                    # that much in today's lira; the old one, a guess said so
                    c.cur = cur._replace(value=(old, *(x for x in cur.value if x != old)))
                    c.home = old
                    c.reasons.append(f"{cur.text!r}: {old} (the currency of {terr} until "
                                     f"{last}), as {big} of this size in {code} is none; "
                                     f"or {code}?")
                elif not (before or after):
                    c.cur = cur._replace(value=(*cur.value, old) if old not in cur.value
                                         else cur.value)
                    c.reasons.append(f"{cur.text!r}: {code}, or {old} (the currency of {terr} "
                                     f"until {last})?")
                elif before:  # "275 milyar lira" published in 2004: TRL
                    c.cur = cur._replace(value=(old, *(x for x in cur.value if x != old)))
                    c.home = old
                else:
                    continue  # published after this change: a later one, or today's
                break

    if by_size and published is None:
        # "152.383,0 miliarde lei ... un excedent de 2.074,7 miliarde lei": a smaller sum
        # of the text in the same words is in the old currency too, a guess said so
        for c in cands:
            cur = c.cur
            if cur is None or c.home is not None:
                continue
            now = choose_currency(cur.value, cur.text, loc)[0]
            old_code = by_size.get(now)
            if old_code is not None and cur.text not in (now, old_code):  # (not "5 RON")
                c.cur = cur._replace(value=(old_code, *(x for x in cur.value if x != old_code)))
                c.home = old_code
                c.reasons.append(f"{cur.text!r}: {old_code}, as the text's larger sums")


_YEAR = re.compile(r"(?<![\d.,/])(?:19|20)\d\d(?![\d.,]\d)")  # (not "Legea nr. 53/2003")


def _after_origin(low: str, at: int, origins: Iterable[str]) -> bool:
    """Does a word of origin (cue table ``origin_before``: "z", "z roku") end right
    before ``at``, the year or era after it the date of a thing, not of the sentence's
    sums?"""
    before = low[max(0, at - 24):at].rstrip(" \u00a0")
    return any(before == w or before.endswith(" " + w) for w in origins)


def _before_origin(low: str, at: int, births: Iterable[str]) -> bool:
    """Does a word of origin (cue table ``origin_after``: "года рождения") follow the
    year written at ``at``, the year a person was born, not the time of the sums?"""
    end = at
    while end < len(low) and end - at < 4 and low[end].isdigit():
        end += 1
    after = " ".join(low[end:end + 24].split())
    return any(after == w or after.startswith((w + " ", w + ",", w + ")", w + ";"))
               for w in births)


_DATE_NOTE = re.compile(r"\((?:1[5-9]|20)\d\d(?:\s?[-–]\s?(?:1[5-9]|20)?\d\d)?\)")

_NAME_WORDS: dict[tuple[str, str], frozenset[str]] = {}


def _name_words(lex: Lexicon, code: str) -> frozenset[str]:
    """The words of the language's names of ``code`` ("koruna", "československá"...),
    found once per language and code."""
    key = (lex.lang, code)
    got = _NAME_WORDS.get(key)
    if got is None:
        got = _NAME_WORDS[key] = frozenset(
            w for name, codes in lex.names.items() if code in codes for w in name.split())
    return got


def _word_starts(low: str, word: str) -> list[int]:
    """Where ``word`` (lower case, one word or more) stands in ``low`` as whole words."""
    out = []
    at = low.find(word)
    while at >= 0:
        end = at + len(word)
        if not (at and _in_word(low[at - 1])) and not (end < len(low) and _in_word(low[end])):
            out.append(at)
        at = low.find(word, end)
    return out


_ELIDED_YEAR = re.compile(r"(?<![\w’'])[’'](\d\d)(?![\d.,%’'])")


_ERAS: dict[str, Mapping[str, str]] = {}


def _eras(lex: Lexicon) -> Mapping[str, str] | None:
    """The language's era words ("w PRL": 1989), and its decades of the last century
    written with a decade word and two figures ("lat 50.", "los años 90", "в 80-х": the
    decade's last year), found once per language."""
    got = _ERAS.get(lex.lang)
    if got is None:
        got = dict(lex.cues.get("era_words", {}))
        for d in range(30, 100, 10):
            for word in lex.cues.get("decade_before", ()):
                for form in (f"{word} {d}", f"{word} '{d}", f"{word} ’{d}"):
                    got.setdefault(form, f"19{d + 9}")
            for tail in lex.cues.get("decade_after", ()):
                got.setdefault(f"{d}{tail}", f"19{d + 9}")
        _ERAS[lex.lang] = got
    return got or None


class _Years:
    """The two earliest years each sentence of a text names, found once (linear); an era
    word of ``eras`` ("în comunism", "w PRL") names the last year of its era."""

    def __init__(self, text: str, eras: Mapping[str, str] | None = None,
                 nows: Iterable[str] = (), origins: Iterable[str] = (),
                 births: Iterable[str] = ()) -> None:
        self.text = text
        self.ends = _sentence_ends(text)
        self.least: dict[int, list[tuple[int, int]]] = {}  # sentence -> [(year, start)]
        # (not a year or span of years alone in brackets, the date of a work or a life
        # beside a name: "V poli na jeseň (1947)", "Martina Benky (1888-1971)")
        notes = [m.span() for m in _DATE_NOTE.finditer(text)] if "(" in text else ()
        found = [(int(m.group()), m.start()) for m in _YEAR.finditer(text)
                 if not any(a < m.start() < b for a, b in notes)]
        low = text.lower() if eras or nows else ""
        self.nows = sorted(at for word in nows for at in _word_starts(low, word))
        for word, era_end in (eras or {}).items():
            found += [(int(era_end), at) for at in _word_starts(low, word)]
        if "’" in text or "'" in text:  # "il ’99", "nel '98": a year cut to two digits
            found += [(int(m.group(1)) + (1900 if m.group(1) >= "30" else 2000), m.start(1))
                      for m in _ELIDED_YEAR.finditer(text)]
        if origins:  # (not the year a work dates from: "obraz z 1904 roku", "z roku 1927")
            low = low or text.lower()
            found = [(y, at) for y, at in found if not _after_origin(low, at, origins)]
        if births:  # (nor a year of birth: "с граждан 1948 года рождения")
            low = low or text.lower()
            found = [(y, at) for y, at in found if not _before_origin(low, at, births)]
        for year, at in found:
            got = self.least.setdefault(bisect.bisect_right(self.ends, at), [])
            got.append((year, at))
            got.sort()
            del got[2:]

    def near(self, c: _Cand, first: str, money: frozenset[int] = frozenset()) -> bool:
        """Does the sentence of ``c`` name a year of the five up to the year of ``first``
        (not "BjG 1930", the year a house was built, beside its rent)?"""
        last = int(first[:4])
        return any(last - 5 <= y <= last and not c.num.start <= at < c.num.end
                   and at not in money
                   for y, at in self.least.get(bisect.bisect_right(self.ends, c.start), ()))

    def up_to(self, c: _Cand, first: str, money: frozenset[int] = frozenset()) -> bool:
        """Does the sentence of ``c`` name a year no later than the year of ``first``
        (an ISO day), other than the figure itself and the figures read as money
        (``money``: where their numerals start; "30 рублей и составила 1971 рубль")?"""
        last = int(first[:4])
        named = self._named(c, money)
        k = bisect.bisect_left(self.nows, c.num.end)
        if k < len(self.nows) and self.nows[k] < c.end + 30 and not any(
                ch in ",;:.()" for ch in self.text[c.end:self.nows[k]]) and not any(
                c.num.end <= at < self.nows[k] for _y, at in named):
            return False  # "13.000 de lei in zilele noastre": of today, said so after it
            # (not "4 lei în comunism, iar acum …": the era first)
        return any(y <= last and not c.num.start <= at < c.num.end and at not in money
                   and not self._now_between(at, c.num.start)
                   for y, at in named)

    def _now_between(self, a: int, b: int) -> bool:
        """Is a word of the present ("acum", "dziś", "now") between offsets ``a`` and
        ``b`` ("costa 4 lei în comunism, iar acum … între 1 și 3 lei": today's)?"""
        lo, hi = min(a, b), max(a, b)
        k = bisect.bisect_right(self.nows, lo)
        return k < len(self.nows) and self.nows[k] < hi

    def after(self, c: _Cand, last: str, money: frozenset[int] = frozenset()) -> bool:
        """Does the sentence of ``c`` (or its paragraph, as :meth:`up_to`) name a year
        after the year of ``last`` (an ISO day)?"""
        year = int(last[:4])
        return any(y > year and not c.num.start <= at < c.num.end
                   for y, at in self._named(c, money))

    def _named(self, c: _Cand, money: frozenset[int]) -> list[tuple[int, int]]:
        """The years of the sentence of ``c`` (not those of ``money``); in a sentence that
        names none, those of the last of the three before it in the same paragraph that
        does ("В 1996 году проезд стоил 1000 рублей. Полбуханки хлеба — 600 рублей": both
        of 1996)."""
        s = bisect.bisect_right(self.ends, c.start)
        got = [y for y in self.least.get(s, ()) if y[1] not in money]
        k = s
        while not got and k > 0 and s - k < 3:
            k -= 1
            if "\n" in self.text[self.ends[k] - 1:c.start]:
                break  # (a new paragraph)
            got = [y for y in self.least.get(k, ()) if y[1] not in money]
        return got


def _link_after_money(text: str, cands: list[_Cand], lex: Lexicon) -> None:
    """"pasó de 2,000 pesos a 3,500", "von 45 Euro auf 52": a bare figure right after a
    change or range word that follows a figure with its currency is the same money, its
    unit written once (a figure in millions gives a small one its scale, flagged)."""
    if len(cands) < 2 or all(c.cur is None for c in cands):
        return
    ranges = lex.cues["range"]
    # "to", "a", "auf", "до"; not "and": "15 dollars and 15" is fifteen cents
    links = lex.cues.get("change_links", frozenset()) | lex.plain_ranges
    followers = lex.cues.get("amount_followers", frozenset())
    years = lex.cues.get("year_before", frozenset())
    ands = lex.cues.get("range_needs_lead", frozenset())
    for a, b, g in _link_pairs(text, cands, years):
        if (a.cur is None or a.per or a.minor_factor is not None or a.value <= 0
                or (a.value == 1 and a.num.kind != "digits")  # "for én dollar": a rate's unit
                or b.cur is not None or b.minor_factor is not None or b.scaled or b.negative
                or b.context or b.num.kind != "digits" or b.value <= 0 or _year_like(b)
                or _glued_ordinal(text, b)):
            continue  # (not "50,- eur a 9.splátke": the ninth instalment)
        gap = " ".join(text[g:b.start].lower().split())
        if gap[:1] in (",", "(", "（", "-", "–", "—"):
            gap = gap[1:].lstrip()  # "10 francs, contre 5 aujourd'hui", "(contre 29,2",
            # "230 kroner - mod 220 i år"
        gap = _link_article(gap, links, lex)  # "80 euro, contro i 40,05"
        if gap not in links and a.lead and 1 < len(words := gap.split()) <= 4 and not any(
                ch in ",;:.!?()" for ch in gap):
            # "από τα 66 ευρώ πήγε στα 76", "de 31 euros est passé à 36": a lead opened the
            # change, a verb stands before its link
            last = next((" ".join(words[-k:]) for k in (2, 1)
                         if len(words) > k and " ".join(words[-k:]) in links), None)
            if last is not None:
                gap = last
        after = b.end
        if not gap and b.start > a.end:
            # "350 forintról 450-re", "6 093 сомдон 8 080ге": the case endings link the two
            x = next((x for x in lex.numeral_suffixes if text.startswith(x, b.num.end)
                      and not text[b.num.end + len(x):][:1].isalnum()), None)
            if x is None:
                continue
            after = b.num.end + len(x)
        elif (gap not in links and not (a.lead and a.scaled and gap in ands)) or not any(
                ch.isalpha() for ch in gap):
            continue  # ("mellan 216,5 miljoner euro och 219,5": a range its lead opened)
        s, e = b.num.start, b.num.end
        if (s and text[s - 1].isalnum()) or (
                text[e:e + 1] in ("/", ".", "-", ":") and text[e + 1:e + 2].isdigit()):
            continue  # "Q1 2022", "al 30/6/2019": a name or a date, not a figure
        if after == b.end and (  # (a case ending on the figure: no unit can follow it)
                not _free_after(text, b.end, followers, links, ranges) or _counted(text, b.end, lex)
                or _unit_word_after(text, b.end, lex) or _measured(text, b.end, lex)
                or _percent_after(text, b.end, lex) or _day_of_month(text, b, lex)):
            continue
        if a.scaled:
            if b.value >= 1000:
                continue
            b.alts.append(b.value)
            b.value = b.value.scaleb(a.power)
            b.scaled, b.power = True, a.power
            b.reasons.append(f"{b.num.text} after {text[a.start:a.end]!r}: its scale, or the "
                             "figure as written?")
        elif not a.value / 10 <= b.value <= a.value * 10:
            continue
        b.cur = a.cur
        b.context = True


def _link_pairs(text: str, cands: list[_Cand], years: frozenset[str]
                ) -> Iterator[tuple[_Cand, _Cand, int]]:
    """Each figure and the next, with where the words between them start; and a figure
    and the one after a year said of it, the words after the year ("8,5 millioner kroner
    i 2019 mod 13,5": the year is no part of the link)."""
    for i in range(len(cands) - 1):
        a, b = cands[i], cands[i + 1]
        yield a, b, a.end
        if (i + 2 < len(cands) and b.cur is None and _year_like(b)
                and " ".join(text[a.end:b.start].lower().split()) in years
                and not text[b.end:b.end + 1].isalnum()):
            yield a, cands[i + 2], b.end


def _ending_before_money(text: str, cands: list[_Cand], lex: Lexicon) -> None:
    """"nousee 7 494:stä 7 944 euroon", "350-ről 450 forintra", "kahdesta kolmeen euroa":
    a bare figure whose case ending says "from", right before a figure with its currency,
    is the same money (the unit written once, as in a range)."""
    if not lex.from_suffixes:
        return
    for a, b in pairwise(cands):
        if (a.cur is not None or a.minor_factor is not None or a.scaled or a.negative
                or a.num.kind not in ("digits", "word") or a.value <= 0 or _year_like(a)
                or b.cur is None or b.per or b.minor_factor is not None or b.scaled):
            continue
        if a.num.kind == "word":
            # "kahdesta kolmeen euroa": a number in words inflected so, the same ending
            # without its colon (from two to three euros)
            low = a.num.text.lower()
            if (a.value < b.value and b.num.kind == "word"  # (not "kahdesta 7,76 euroa":
                    # for two children, 7.76 euros)
                    and text[a.num.end:b.start] in (" ", "\u00a0")
                    and any(low.endswith(x.lstrip(":-")) for x in lex.from_suffixes)):
                a.cur = b.cur
                a.context = True
            continue
        x = next((x for x in lex.from_suffixes if text.startswith(x, a.num.end)), None)
        if x is None or text[a.num.end + len(x):b.start] not in (" ", "\u00a0"):
            continue
        if a.value <= 31 and (a.value * 100 < b.value or _month_before(
                _word_before(text, a.num.start), lex.cues.get("month_names", frozenset()))):
            continue  # "2023. december 1-től 230.649,- Ft": from a day of a month on
        a.cur = b.cur
        a.context = True
        a.end = a.num.end + len(x)


def _change_from_money(text: str, cands: list[_Cand], lex: Lexicon) -> None:
    """"58 500 forintról 70 ezerre változik": the money a change starts from, its unit
    written with the case ending of "from", then, right after it, the sum in thousands
    or in words it goes to, with no unit of its own: the same money, a guess said so."""
    if not lex.from_suffixes:
        return
    froms = tuple(x.lstrip(":-") for x in lex.from_suffixes)
    for a, b in pairwise(cands):
        if (a.cur is not None and not a.cur_left and not a.context and b.cur is None
                and not b.money_like and not b.negative and b.value > 0
                and a.cur.text.lower().endswith(froms) and a.end == a.cur.end
                and text[a.end:b.start] in (" ", "\u00a0") and b.start == b.num.start
                and (b.scaled or b.num.kind == "word")):
            b.cur, b.context = a.cur, True
            b.reasons.append(f"no currency written: {a.cur.text!r} of the figure the change "
                             "starts from")


def _changed_to_money(text: str, cands: list[_Cand], lex: Lexicon) -> None:
    """"從80萬降至76萬元", "从3万涨至5万元": in a script without spaces, a bare figure, a
    verb of a character or two and "to" (a range word: 至, 到), then a figure with its
    currency: the same money, the unit written once; so too a bare figure and an arrow
    before one with its currency ("2천→3천 원")."""
    ranges = lex.cues["range"]
    links = lex.cues.get("change_links", frozenset())
    implicit = global_table().implicit_minor
    for a, b in pairwise(cands):
        if (a.cur is not None or a.minor_factor is not None or a.negative or a.value <= 0
                or a.num.kind not in ("digits", "cjk") or _year_like(a)
                or b.cur is None or b.per or b.minor_factor is not None or b.value <= 0
                or not a.value / 10 <= b.value <= a.value * 10):
            continue
        if a.num.kind == "cjk" and len(a.num.text) == 1:
            continue  # "1斤五花肉卖到15.9元": a Han digit alone is a word's part as often
        if a.start and text[a.start - 1] in implicit:
            continue  # "由5元4角加至5元8角": the 4 is the jiao of the yuan before it
        gap = text[a.end:b.start]
        mark = gap.strip(" \u00a0")
        if ((2 <= len(gap) <= 3 and all(no_space_script(ch) for ch in gap)
                and gap[-1] in ranges and gap[:-1] not in ranges)
                or (mark in links and not any(ch.isalnum() for ch in mark))):
            # ("어린이 2천→3천 원": an arrow between the old figure and the new)
            a.cur = b.cur
            a.context = True


# a word, or words joined by hyphens ("ट्रक-बस", lorries and buses)
_HYPHENED_WORD = re.compile(rf"(?:[^\W\d_]|[{MARKS}])+(?:[-‐](?:[^\W\d_]|[{MARKS}])+)*")


def _parallel_pairs(text: str, cands: list[_Cand], lex: Lexicon) -> None:
    """"Naisten keskieläke oli 1 601 ja miesten 2 006 euroa", "चेन्नई में 117 और मुंबई में
    108 रुपये": a bare figure, then "and"/"or" and a word or two naming what the next
    figure is for, then a figure written alike with its unit after it: the unit serves
    both (each its own mention)."""
    if len(cands) < 2:
        return
    ands = lex.cues.get("range_needs_lead", frozenset())
    # (an article read as "one" between them is no figure: "606 euros pour une inhumation
    # … et 1 073 pour un caveau")
    seq = [c for c in cands if c.num.kind != "article" or c.money_like]
    for a, b in pairwise(seq):
        if (a.cur is None) != (b.cur is None):
            _mirrored(text, a, b, ands, lex)
            if a.cur is not None:
                continue
        if (a.cur is not None or a.money_like or a.context or a.num.kind != "digits"
                or a.value <= 0 or a.scaled or a.negative or _year_like(a)
                or b.cur is None or b.cur_left or b.context or b.minor_factor is not None
                or b.scaled or b.value <= 0 or not _same_shape(a, b, digits_only=True)
                or not a.value / 10 <= b.value <= a.value * 10):
            continue
        if _named_figure(text, a, lex):
            continue  # "bude Ideál 21 a namiesto 20 € mesačne": a plan's name and number
        words = text[a.end:b.start].split()
        if not (2 <= len(words) <= 4 and all(_HYPHENED_WORD.fullmatch(w) for w in words[1:])
                and (words[0].lower() in ands or (
                    words[0] == "," and words[-1].lower() == _word_before(text, a.start)))):
            continue  # (after a comma, the same word before both: "ਪਹਿਲੀ ਵਾਰ 2000, ਦੂਜੀ
            # ਵਾਰ 4000 ਰੁਪਏ", the first time 2,000, the second 4,000 rupees)
        if " ".join(words[:2]).lower() in lex.cues.get("open_end_after", ()):
            continue  # "4.001 και άνω 1.260€": "and above" ends the first figure's band
        a.cur = b.cur
        a.context = True


def _mid_sentence(text: str, pos: int) -> bool:
    """Does a word stand before ``pos`` in its sentence (no sentence's end, bracket or
    quote mark before it, spaces aside)?"""
    k = pos
    while k and text[k - 1] in " \u00a0":
        k -= 1
    return k > 0 and text[k - 1] not in ".!?:;\n\"'«»“”„(–—-•*|"


def _named_figure(text: str, c: _Cand, lex: Lexicon) -> bool:
    """Is ``c`` a bare figure right after a capitalised word inside a sentence, in a
    language that does not capitalise its nouns ("Ideál 21", "Windows 10"): a name's
    number?"""
    i = c.num.start
    while i and text[i - 1] in " \u00a0":
        i -= 1
    j = i
    while j and (_in_word(text[j - 1]) or (  # (a name of hyphened parts: "E-Series 2013")
            text[j - 1] == "-" and j >= 2 and _in_word(text[j - 2]) and j < i)):
        j -= 1
    return j < i and not lex.capitalised_nouns and text[j].isupper() and _mid_sentence(text, j)


def _fronted_change_link(text: str, cands: list[_Cand], lex: Lexicon) -> None:
    """"in plaats van 32,50 slechts 25 euro", "statt 32,50 nur 25 Euro": a word that sets
    one figure against another ("instead of"), a bare figure, a word or two, then a figure
    with its unit: the unit serves both, as in "X instead of Y euros" (each its own
    mention; the first's currency taken from the text, ``context``)."""
    links = lex.cues.get("change_links", frozenset())
    if not links or len(cands) < 2:
        return
    for a, b in pairwise(cands):
        if (a.cur is not None or a.money_like or a.context or a.num.kind != "digits"
                or a.value <= 0 or a.scaled or a.negative or _year_like(a)
                or b.cur is None or b.context or b.minor_factor is not None or b.per
                or b.scaled != a.scaled or b.value <= 0
                or not a.value / 10 <= b.value <= a.value * 10):
            continue
        words = text[a.end:b.start].split()
        if not (1 <= len(words) <= 2 and all(w.isalpha() for w in words)):
            continue  # a word or two between ("nur", "slechts"), no range's mark
        before = " ".join(text[max(0, a.start - 30):a.start].lower().split())
        if any(len(link) >= 5 and before.endswith(link)  # (not a preposition: "na", "a")
               and (len(before) == len(link) or not before[-len(link) - 1].isalnum())
               for link in links):
            a.cur = b.cur
            a.context = True


def _bracket_alone(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` all that a pair of brackets holds ("(1064)")?"""
    i = start
    while i and text[i - 1] in " \u00a0":
        i -= 1
    j = end
    while j < len(text) and text[j] in " \u00a0":
        j += 1
    return i > 0 and text[i - 1] in "(（" and j < len(text) and text[j] in ")）"


def _parallel_brackets(text: str, cands: list[_Cand]) -> None:
    """"la moyenne des loyers (1002 francs) est inférieure à celle de l'agglomération
    (1064), du canton (1069)": a bracket that holds only a bare figure, in a sentence
    whose bracket before it held only a figure written alike with its currency, gives
    that figure in the same currency (each its own mention, the unit taken from the
    context)."""
    ends: list[int] | None = None
    money: _Cand | None = None
    for c in cands:
        if (c.cur is not None and not c.context and not c.scaled and not c.per
                and c.minor_factor is None and c.num.kind == "digits" and c.value > 0
                and _bracket_alone(text, c.start, c.end)):
            money = c
            continue
        if (money is None or c.cur is not None or c.money_like or c.context or c.scaled
                or c.negative or c.value <= 0 or c.minor_factor is not None
                or _year_like(c) or not _same_shape(money, c, digits_only=True)
                or not money.value / 10 <= c.value <= money.value * 10
                or not _bracket_alone(text, c.start, c.end)):
            continue
        if ends is None:
            ends = _sentence_ends(text)
        if bisect.bisect_right(ends, money.start) != bisect.bisect_right(ends, c.start):
            continue
        c.cur = money.cur
        c.context = True


_CLOSE_BRACKET = re.compile(r"[ \u00a0]*[)）]")


def _parts_in_brackets(text: str, cands: list[_Cand]) -> list[_Cand]:
    """"9.052 millóns de euros (1.162 do FROB 1, 2.465 do FROB 2 e 5.425 máis …)",
    "226 milioni (210 più i 16 di Compass)": bare figures in a bracket right after a
    scaled sum that add up to its figure, to the last digit, are its parts, in its scale
    and currency; a figure named by an acronym there ("FROB 1") is a name, no amount."""
    names: set[int] = set()
    for i, m in enumerate(cands):
        if (m.cur is None or not m.scaled or m.value <= 0 or m.negative or m.per
                or m.minor_factor is not None):
            continue
        q = _after_spaces(text, m.end)
        if text[q:q + 1] not in ("(", "（"):
            continue
        close = min((k for k in (text.find(")", q, q + 200), text.find("）", q, q + 200))
                     if k >= 0), default=-1)
        parts = [c for c in cands[i + 1:] if c.start < close
                 and not _acronym_before(text, c.num.start)] if close > 0 else []
        if len(parts) < 2 or any(
                p.cur is not None or p.money_like or p.scaled or p.num.kind != "digits"
                or p.value <= 0 or p.negative or p.per or p.minor_factor is not None
                for p in parts) or sum(p.value for p in parts) != m.value.scaleb(-m.power):
            continue
        for p in parts:
            p.value = p.value.scaleb(m.power)
            p.scaled, p.power = True, m.power
            p.cur, p.context = m.cur, True
        taken = {id(p) for p in parts}
        names.update(id(c) for c in cands[i + 1:] if c.start < close and id(c) not in taken)
    return [c for c in cands if id(c) not in names] if names else cands


def _echo_of_a_count(text: str, cands: list[_Cand], lex: Lexicon) -> None:
    """"90.000.000.000 (Doksanmilyar) paya": words in brackets that spell out the bare
    figure before them, things counted after the bracket, are no money either (a
    currency the text's other sums lent them is taken back)."""
    for a, b in pairwise(cands):
        if (a.num.kind == "digits" and b.num.kind == "word" and a.cur is None
                and not a.money_like and b.context and b.value == a.value
                and text[a.end:b.start].strip() == "("
                and (close := _CLOSE_BRACKET.match(text, b.end)) is not None
                and _thing_after(text, close.end(), lex)):
            b.cur, b.context = None, False


def _full_figure_in_brackets(text: str, cands: list[_Cand]) -> None:
    """"6,4 milijarde KM ( 6.415.480.670 )", "25,8 miliona (25.802.585)": a sum rounded
    to its scale, then in brackets a bare figure that rounds to it, to the last digit
    written, is the same sum in full (its currency taken from the context)."""
    for a, b in pairwise(cands):
        if (a.cur is None or not a.scaled or a.power < 3 or a.num.kind != "digits" or a.per
                or a.minor_factor is not None or a.value <= 0 or a.negative
                or b.cur is not None or b.money_like or b.context or b.scaled
                or b.num.kind != "digits" or b.negative or b.value <= 0
                or b.minor_factor is not None or b.start != b.num.start
                or text[a.end:b.num.start].strip(" \u00a0") not in ("(", "（")
                or not _bracket_alone(text, b.num.start, b.num.end)):
            continue
        written = a.num.text.lstrip("+-−")
        places = len(written) - max(written.rfind(","), written.rfind(".")) - 1 if (
            "," in written or "." in written) else 0
        unit = Decimal(1).scaleb(a.power - places)
        if unit >= 10 and abs(b.value - a.value) * 2 <= unit:
            b.cur = a.cur
            b.context = True


def _mirrored(text: str, a: _Cand, b: _Cand, ands: frozenset[str], lex: Lexicon) -> None:
    """"entradas de 90 pesos para el público general y 45 para estudiantes", "1341 for
    lite dobbeltrom, eller 2691 kroner for Hamsunsuiten": a figure, a word naming what it
    is for, "and"/"or", then a figure written alike with the same word after it; one has
    its currency written, the other none: that currency serves both."""
    money, bare = (a, b) if a.cur is not None else (b, a)
    if (money.scaled or money.per or money.minor_factor is not None or money.value <= 0
            or money.context or bare.cur is not None
            or bare.money_like or bare.context or bare.scaled or bare.value <= 0 or bare.negative
            or bare.minor_factor is not None or _year_like(bare)
            or not _same_shape(a, b, digits_only=True)
            or not a.value / 10 <= b.value <= a.value * 10):
        return
    words = [w.rstrip(",") for w in text[a.end:b.start].lower().split()]
    if not (2 <= len(words) <= 8 and words[-1] in ands
            and all(w and all(_in_word(ch) for ch in w) for w in words[:-1])):
        return
    q = _after_spaces(text, b.end)
    r = q
    while r < len(text) and _in_word(text[r]):
        r += 1
    if r == q or text[q:r].lower() != words[0] or _unit_word_after(text, bare.end, lex) or (
            _counted(text, bare.end, lex)):
        return
    bare.cur = money.cur
    bare.context = True


def _elliptical_scale(text: str, cands: list[_Cand]) -> None:
    """"R$ 505,5 milhões, ante R$ 628,6 no ano anterior", "rose to $4.2 billion from
    $3.9": a figure with its currency and one decimal, after a figure of that currency
    in millions or more in its sentence, leaves the scale out; read with it, flagged,
    the figure as written the other reading. (Two decimals are a price: "$3.90".)"""
    if len(cands) < 2 or not any(c.scaled and c.cur is not None for c in cands):
        return
    ends: list[int] | None = None
    for i, c in enumerate(cands):
        # "5 mil 244 millones de pesos, 4 mil 624 de recursos federales": a compound in
        # thousands written like the millions before it, its "millones" left out
        compound = (c.scaled and c.power == 0 and c.head_power == 3 and c.context
                    and c.value >= 1000 and c.value == c.value.to_integral_value())
        if (c.cur is None or (c.scaled and not compound) or c.per or c.num.kind != "digits"
                or c.minor_factor is not None or c.value <= 0
                or (c.value.as_tuple().exponent != -1 and not compound)):
            continue
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        if (nxt is not None and nxt.cur is not None and not nxt.scaled
                and nxt.cur.value[0] in c.cur.value and 0 <= nxt.start - c.end <= 12):
            continue  # "verlaagd van 1,1 € naar 0,8 € per aandeel": written like the
            # figure it changes to, no scale left out
        if ends is None:
            ends = _sentence_ends(text)
        sent = bisect.bisect_right(ends, c.start)
        near: _Cand | None = None
        for p in reversed(cands[:i]):
            if bisect.bisect_right(ends, p.start) != sent:
                break
            if p.cur is not None:
                near = p
                break
        ahead = False
        if near is None:  # "($3.8, para un acumulado de $17.4 MDP)": the scale written after
            k = i + 1
            while k < len(cands) and cands[k].cur is None and cands[k].start - c.end <= 40:
                k += 1  # (linear: every figure looked from has a currency, so stops it)
            near = cands[k] if k < len(cands) and cands[k].cur is not None else None
            if near is not None and (bisect.bisect_right(ends, near.start) != sent
                                     or near.start - c.end > 40
                                     or "," not in text[c.end:near.start]):
                near = None  # (not "Rp 8,2-9,5 juta": a range shares its scale)
            ahead = True
        if compound and (near is None or ahead or not (
                1000 <= (head := near.value.scaleb(-near.power))
                and head / 10 <= c.value <= head * 10)):
            continue
        if (near is not None and near.scaled and near.power >= 6 and not near.per
                and near.value > 0 and near.cur is not None and near.cur.value[0] in c.cur.value):
            c.alts.append(c.value)
            c.value = c.value.scaleb(near.power)
            c.scaled, c.power = True, near.power
            c.reasons.append(f"{text[c.start:c.end] if compound else c.num.text} "
                             f"{'before' if ahead else 'after'} "
                             f"{text[near.start:near.end]!r}: the scale left out, or the "
                             "figure as written?")


def _coins_left_out(text: str, cands: list[_Cand], lex: Lexicon) -> None:
    """"70 копеек вместо 62.", "costa 8 centesimi con Tim e 15 con Vodafone", "la minute
    est facturée 67 centimes, le SMS 40.": a whole figure below a hundred, a few words
    after a sum of coins of like size in its sentence, ending its phrase, is that many
    of the same coins, the coin's word written once; a guess said so."""
    followers = lex.cues.get("amount_followers", frozenset())
    links = lex.cues.get("change_links", frozenset())
    ranges = lex.cues.get("range", frozenset())
    ands = lex.cues.get("range_needs_lead", frozenset())
    months = lex.cues.get("month_names", frozenset())
    for i, (a, c) in enumerate(pairwise(cands)):
        if (a.minor_factor is None or a.cur is not None or a.scaled or a.per or a.negative
                or not 0 < a.value < 100 or a.value != a.value.to_integral_value()):
            continue
        if i + 2 < len(cands) and (d := cands[i + 2]).start - c.end <= 12 and " ".join(
                text[c.end:d.start].lower().split()) in (ranges | links | ands | {"-", "–"}):
            continue  # ("entre 20 ל25 אגורות", "15الي 25جنيها": a range's low end, its unit
            # written at the high end)
        if (c.cur is not None or c.minor_factor is not None or c.money_like or c.scaled
                or c.per or c.negative or c.num.kind != "digits" or not c.num.text.isdigit()
                or not a.value / 3 <= c.value <= a.value * 3 or c.start != c.num.start
                or c.value >= 100 or text[c.end:c.end + 1] == ":"):
            continue  # (a coin's count below a hundred; not a clock's "6:41")
        s = c.num.start
        if (s and (text[s - 1] in "-‑/:." or text[s - 1].isalpha()) or _year_like(c)
                or _day_of_month(text, c, lex)
                or _month_before(_word_before(text, s), months)
                or any(_month_before(w, months)
                       for w in _WORDS.findall(text[c.end:c.end + 24].lower())[:2])
                or (s and text[s - 1] == "(")):
            continue  # ("А-95": a grade; "(April 13)": a day; "(2)": a note)
        gap = text[a.end:c.start]
        if (len(gap) > 30 or any(ch.isdigit() for ch in gap) or not any(ch.isalpha() for ch in gap)
                or any(ch in ".;!?。\n" for ch in gap)):
            continue  # (words between, in one sentence: not a row's cells)
        if not _free_after(text, c.end, followers, links, ranges) or _thing_after(
                text, c.end, lex) or _percent_word(text, c.end, lex) or _next_word(
                    text, c.end).lower() in lex.cues.get("scale_partitive", ()):
            continue  # ("20 centavos por 3 litros": a count of its own; "el 6 de
            # noviembre", "3 de ellos": "of" after it names what it counts)
        c.minor_factor, c.minor_cur, c.minor_text = a.minor_factor, a.minor_cur, a.minor_text
        c.context = True
        c.reasons.append(f"no coin written: {a.minor_text!r} of the coins before it, or a "
                         "figure of its own?")


def _bare_change_among_money(text: str, cands: list[_Cand], lex: Lexicon) -> None:
    """"il mensile passa da 140 a 150, … (110 franchi) e notturno (70 franchi)", "un euro …
    (da 13,99 a 14,99)": two bare figures written alike, a change or a range led by its
    word ("da", "fra", "from"), in a sentence whose money is all of one currency and of
    like size, are that money, the unit written elsewhere; a guess said so."""
    if len(cands) < 3:
        return
    ends: list[int] | None = None
    leads = lex.cues["range_lead"]
    links = lex.cues["range"] | lex.cues.get("change_links", frozenset())
    for a, b in pairwise(cands):
        if not (a.cur is None and b.cur is None and not a.money_like and not b.money_like
                and a.num.kind == b.num.kind == "digits" and not a.scaled and not b.scaled
                and a.value > 0 and b.value > 0 and not a.negative and not b.negative
                and not a.per and not b.per and not _year_like(a) and not _year_like(b)
                and _shape(a.num.text) == _shape(b.num.text)):
            continue
        word = _word_before(text, a.num.start)
        if word is None or word.lower() not in leads:
            continue
        if " ".join(text[a.end:b.start].lower().split()) not in links:
            continue
        after = text[_after_spaces(text, b.end):][:2]
        if not (after[:1] in ("", ",", ";", ")", "）") or (
                after[:1] in ".!?" and not after[1:].isdigit())):
            continue  # ends its clause: no word after it says what it counts ("de 18 à 24
            # ans", "zwischen 6 und 12 Jahren", "de 3 a 6 km")
        if _clock(text, a, lex) or _clock(text, b, lex):
            continue
        ends = ends if ends is not None else _sentence_ends(text)
        sent = bisect.bisect_right(ends, a.start)
        if bisect.bisect_right(ends, b.end) != sent:
            continue
        money = [m for m in cands if m.cur is not None and not m.context
                 and m.minor_factor is None and bisect.bisect_right(ends, m.start) == sent]
        if not money or len({m.cur.value[0] for m in money if m.cur is not None}) != 1:
            continue
        if not (min(m.value for m in money) / 20 <= min(a.value, b.value)
                and max(a.value, b.value) <= max(m.value for m in money) * 20
                and (max(a.value, b.value) <= 3 * min(a.value, b.value))):  # (a change of a
            # price, not "de 0 a 17 ans"-like spans
            continue
        src = min(money, key=lambda m: abs(m.start - a.start))
        assert src.cur is not None
        for c in (a, b):
            c.cur, c.context = src.cur, True
            c.reasons.append(f"no currency written: {src.cur.text!r} of its sentence, a "
                             "change between bare figures written alike")


def _elliptical_bare(text: str, cands: list[_Cand], lex: Lexicon) -> None:
    """"von 668,8 Millionen (1998/1999) über 784,3 (1999/2000)", "48 miljoner till
    nej-organisationer, 42 till ja-organisationer": a bare figure written like the
    money of its sentence in millions or more, near it in size and in the text, leaves
    out that figure's scale and currency; read with them, flagged, the figure as written
    the other reading. Only a figure that stands alone (no range or list partner, no
    date, time or year around it) and ends its phrase (punctuation or a word that may
    follow an amount, not a unit or a count); a whole figure only after the money and
    within half to twice its size."""
    if len(cands) < 2 or not any(c.cur is not None and (c.power >= 6 or not c.scaled)
                                 for c in cands):
        return
    followers = lex.cues.get("amount_followers", frozenset())
    links = lex.cues.get("change_links", frozenset())
    ranges = lex.cues.get("range", frozenset())
    months = lex.cues.get("month_names", frozenset())
    years = lex.cues.get("year_before", frozenset())
    percents = lex.cues.get("percent_before", frozenset())
    ands = lex.cues.get("range_needs_lead", frozenset())
    joins = ranges | links | ands | lex.cues["minor_join"]
    ends = _sentence_ends(text)

    def text_back(pos: int) -> int:  # (past the blanks and points: "sept . 30")
        while pos and text[pos - 1] in " .\u00a0":
            pos -= 1
        return pos

    read: dict[int, str] = {}  # (the figures this rule has read, each with the money it
    # was written like: the next figure of a list may follow them)
    tried: tuple[_Cand, int] | None = None  # (a figure whose end took a price's case ending
    # to be tried, and its end before: a figure not read gets it back)
    for i, c in enumerate(cands):
        if tried is not None and id(tried[0]) not in read:
            tried[0].end = tried[1]
        tried = None
        if (c.cur is not None or c.money_like or c.scaled or c.per or c.negative
                or c.num.kind != "digits" or c.value <= 0 or c.alts or _year_like(c)):
            continue
        # (the money near it first: the reading of the text around it costs more)
        sent = bisect.bisect_right(ends, c.start)
        # the figures on either side of it (years aside)
        # (by index: a slice of the list per figure would make a text dense with figures
        # quadratic)
        prev_fig = next((cands[j] for j in range(i - 1, -1, -1)
                         if not _year_like(cands[j]) and not _coded(text, cands[j])), None)
        next_fig = next((cands[j] for j in range(i + 1, len(cands))
                         if not _year_like(cands[j]) and not _coded(text, cands[j])), None)
        places = _shape_places(c)
        near = prev_fig if prev_fig is not None and prev_fig.cur is not None else None
        if near is None and places and next_fig is not None and next_fig.cur is not None:
            near = next_fig
        if near is None:  # "od 50 KM, 89 kazni od 100", "Frankreich mit 2,66 (18,5 %),
            # Italien mit 2,8 … und Großbritannien mit 1,65 Milliarden Euro": past a count,
            # the money whose slot the figure fills, before it or after it
            near = _slot_money(text, c, cands, i, joins, lex)
        ahead = near is not None and near.start > c.start
        if (near is None or bisect.bisect_right(ends, near.start) != sent
                or not (id(near) in read or (
                    (near.power >= 6 or not near.scaled) and near.num.kind in ("digits", "word")
                    and not near.per and near.value > 0 and near.minor_factor is None
                    and not near.alts and (near.scaled or not near.context)))
                or (near.start - c.end if ahead else c.start - near.end) > 80):
            continue
        word = _word_before(text, c.num.start) or ""
        priced = next((c.end + 1 + len(e) for e in lex.price_endings
                       if text.startswith(f"-{e}", c.end)
                       and not text[c.end + 1 + len(e):c.end + 2 + len(e)].isalnum()), None)
        if priced is not None and not near.scaled:  # "Alexandert 1500-ért" (for 1500) after
            # "1350 forintért": the price's case ending on a bare figure
            tried = (c, c.end)
            c.end = priced
        after = _after_spaces_char(text, c.end)
        if (not _free_after(text, c.end, followers, links, ranges)
                or (after == "." and not (
                    text[c.end:c.end + 1] == "." and not text[c.end + 1:c.end + 2].strip()
                    and (places or _sentence_point(text, c, lex))))
                or text[c.num.start - 1:c.num.start] in ("/", ":", ".", "-")
                or not _ends_as_amount(text, c.end, c.end, lex)
                or _list_number(text, c) or _decade(text, c, lex)
                or _hyphen_adjective(text, c, lex)  # ("des erst 19-jährigen": an age)
                or _day_of_month(text, c, lex) or _ordinal(text, c.num.start, lex)
                or _month_before(_word_before(text, text_back(c.num.start)), months)
                or _year_word_before(text, c.num.start, years)
                or any(word.endswith(w) for w in percents)):
            continue  # ("เพิ่มขึ้นร้อยละ 2.66": a percentage, its word before it; a point after
            # a whole figure may make it an ordinal, not after a fraction: "prisen på 9,3.")
        gap = text[c.end:near.start] if ahead else text[near.end:c.start]
        if near is prev_fig and _join_end(text, near.end, lex.cues["minor_join"]) == c.start:
            continue  # "25 euros con 50.": its cents
        if not near.scaled and (
                _zero_led(c) or text[c.num.start - 1:c.num.start].isalpha()
                or (text[c.end:c.end + 1] in ("-", "‑", "–")
                    and not text[c.end + 1:c.end + 2].isdigit())
                or " ".join(gap.lower().split()) in (ranges | links | ands)):
            continue  # ("RON95", "(0308)", "ved 16-tiden"; "Sh15,000 and 30,000": a range;
            # but "sui 10-12 per i gatti": a range of its own, read below with its end)
        if not any(ch.isalpha() or ch in ",;" for ch in gap) and not (
                near is prev_fig and gap.strip(" \u00a0") == ":"):
            continue  # ("M€ 31,2 28,7", "MSEK 1,341.3 (1,302.9)": a row's cells, or the
            # comparative, the row's reading gives them theirs; but "580 euros : 500 en
            # Wallonie": the colon opens its parts)
        if ahead and not any(ch in ",;)" for ch in gap):
            continue  # ("2,5 đến 3,5 triệu", "2,4 av 2,5 miljarder": a range's low end, or
            # a part of the money, not a sum of its own before it)
        partner = next_fig if near is prev_fig else prev_fig  # (a range's or list's other end)
        pair = None
        if partner is not None and not (
                partner.num.kind == "article" and not partner.money_like
                and any(ch.isalpha() for ch in (text[partner.end:c.start] if partner is prev_fig
                                                else text[c.end:partner.start]))) and (
                c.start - partner.end <= 8 if partner is prev_fig
                else partner.start - c.end <= 8):  # (an article a word away is no partner:
            # "da 1.333 di un anno prima", the year's "un")
            if not (partner is next_fig and _bare_partner(text, c, partner, lex)
                    and (places or not near.scaled)):
                continue  # (whole figures beside a scaled sum may count anything: "(de
                # R$ 50 milhões para R$ 60 milhões) e o número de startups (de 50 para 60)")
            pair = partner  # "sa 1,6 na 1,8" after "1,9 KM": both ends written like it
        head = near.value.scaleb(-near.power)
        exp = head.as_tuple().exponent  # (the places of the figure as written)
        nxt = _NEXT_WORD.match(text, c.end)
        partitive = (pair is None and near.power >= 6 and not places and c.value >= 1
                     and nxt is not None
                     and nxt.group(1).lower() in lex.cues.get("scale_partitive", ())
                     and _next_word(text, nxt.end())
                     not in lex.cues.get("link_articles", ()))  # (not "3 de los 5")
        if partitive and head / 20 <= c.value <= head * 10:
            pass  # "6,5 milioni di euro, più 5 di bonus": "di" after a bare figure asks for
            # the scale left out (a count would take its noun: "5 bonus")
        elif not (_sized(c, places, -exp if isinstance(exp, int) and exp < 0 else 0, head)
                  or (pair is None and (  # the money's slot: a whole figure within twenty
                      # times, one to decimals of a scaled sum within ten ("mit 2,8 … mit
                      # 1,65 Milliarden Euro")
                      (not places and not near.scaled and c.value >= 10
                       and head / 20 <= c.value <= head * 20)
                      or (places and near.scaled and head / 10 <= c.value <= head * 10))
                      and _parallel(text, c, near, joins))) or (
                pair is not None and not (  # (the other end to the cent, or as written:
                    # "sa 1,6 na 1,75")
                    _sized(pair, p := _shape_places(pair), p if places else 0, head))):
            continue
        assert near.cur is not None
        like = read.get(id(near), text[near.start:near.end])
        for x in (c,) if pair is None else (c, pair):
            if near.scaled:
                x.alts.append(x.value)
                x.value = x.value.scaleb(near.power)
                x.scaled, x.power = True, near.power
            x.cur, x.context = near.cur, True
            read[id(x)] = like
            x.reasons.append(f"no currency written: {x.num.text} written like "
                             f"{like!r}: its "
                             f"{'scale and currency' if near.scaled else 'currency'} left "
                             "out, or a figure of its own?")
    if tried is not None and id(tried[0]) not in read:
        tried[0].end = tried[1]


def _slot_money(text: str, c: _Cand, cands: list[_Cand], i: int,
                links: frozenset[str], lex: Lexicon) -> _Cand | None:
    """The nearest money within 80 characters before ``c`` (``cands[i]``), else after
    it, that fills the same slot of its phrase (:func:`_parallel`), or None; none for a
    figure that opens a range of its own ("fra 25 til 15 prosent", "entre 1.500 a
    3.500 vatios")."""
    if _starts_change(_next_word(text, c.end), lex) or text[c.end:c.end + 1] in _RANGE_MARKS:
        return None
    for step, stop in ((-1, -1), (1, len(cands))):
        for j in range(i + step, stop, step):
            d = cands[j]
            if (c.start - d.end if step < 0 else d.start - c.end) > 80:
                break
            if d.cur is not None and not _year_like(d):
                if _parallel(text, c, d, links):
                    return d
                break
    return None


def _parallel(text: str, c: _Cand, near: _Cand, links: frozenset[str]) -> bool:
    """Do the bare figure ``c`` and the money ``near`` fill the same slot of their
    phrases, the same word before each ("od 50 KM, … od 100") or after each ("500 euro
    per i privati e 10.000 per i commercianti")? Not a word in ``links`` (an "and" or a
    range's word joins things of any kind: "5 reais e … entre os dias 19 e 25")."""
    before = _word_before(text, c.num.start)
    if before is not None and before not in links and before == _word_before(text, near.start):
        return True
    after = _next_word(text, c.end)
    return bool(after) and after not in links and after == _next_word(text, near.end)


def _coded(text: str, c: _Cand) -> bool:
    """Is ``c`` a bare figure hyphened to the letters before it, part of a name ("АИ-95",
    "Су-27", "COVID-19"), no figure of the sentence's flow?"""
    s = c.num.start
    return (c.cur is None and s >= 2 and text[s - 1] in "-‑" and text[s - 2].isalpha()
            and not c.scaled)


def _sized(x: _Cand, x_places: int, want: int, head: Decimal) -> bool:
    """Is ``x`` written with ``want`` places and near ``head`` (the money's figure as
    written) in size: within ten times either way to the cent, half to twice whole?"""
    return x_places == want and bool(
        (x_places and head / 10 <= x.value <= head * 10)
        or (not x_places and x.value >= 10 and head / 2 <= x.value <= head * 2))


def _bare_partner(text: str, c: _Cand, b: _Cand, lex: Lexicon) -> bool:
    """Is ``b``, close after the bare figure ``c`` with only words between, a bare figure
    too that ends its phrase ("sa 1,6 na 1,8,": the other end of a change or range, its
    unit left out like ``c``'s)?"""
    return (b.cur is None and b.num.kind == "digits" and b.value > 0
            and not (b.scaled or b.per or b.negative or b.alts or b.money_like
                     or b.minor_factor is not None or _year_like(b))
            and not any(ch.isdigit() for ch in text[c.end:b.start])
            and _ends_as_amount(text, b.end, b.end + (text[b.end:b.end + 1] in ")）"), lex))
            # (past a bracket: "15,1 (17,0) %", a percentage)


def _ends_as_amount(text: str, end: int, mark: int, lex: Lexicon) -> bool:
    """Does the figure ending at ``end`` end its phrase as an amount may: no percent
    sign, slash or colon after ``mark`` (``end``, or past a closing bracket), and no
    word of percent, of a unit, a measure or things counted after it ("15 %", "15/20",
    "15 kg", "15 osób")?"""
    return (_after_spaces_char(text, mark) not in ("%", "％", "٪", "‰", "/", ":")
            and not _thing_after(text, end, lex) and not _percent_word(text, end, lex))


def _thing_after(text: str, pos: int, lex: Lexicon) -> bool:
    """Is the figure ending at ``pos`` followed by a unit, a measure or things counted,
    not money ("5 kg", "5 litres", "5 Personen")?"""
    return (_unit_word_after(text, pos, lex) or _measured(text, pos, lex)
            or _counted(text, pos, lex))


def _month_before(word: str | None, months: frozenset[str]) -> bool:
    """Is ``word`` a month's name or its abbreviation ("sept", "Aug"; CLDR's, or four
    letters at least that begin a name: not the Hungarian "már", already)?"""
    return word is not None and (word in months or (
        len(word) >= 4 and any(m.startswith(word) for m in months)))


# a figure, then a capitalised word of two to four letters: a scale cut short ("Mrd", "Mio")
_SCALE_ABBREVIATION = re.compile(r"\d[ \u00a0]?([A-Z][a-z]{1,3})\Z")


def _sentence_ends(text: str, lex: Lexicon | None = None) -> list[int]:
    """Where the sentences of ``text`` end (see :data:`_SENTENCE_END`; with ``lex``, not
    at the point of a scale cut short after its figure: "2,7 Mrd. Franken")."""
    out = []
    for m in _SENTENCE_END.finditer(text):
        e = m.end()
        b = m.start()
        if (text[b:e] == "." and b and text[b - 1].isupper()
                and (b < 2 or not text[b - 2].isalpha())):
            continue  # "M. Bricolage", "J. Smith": an initial, not a sentence's end
        if (text[b:e] == "." and b >= 6 and text[b - 1].isalpha() and text[b - 1].islower()
                and text[b - 2] in " \u00a0" and text[b - 6:b - 2].isdigit()
                and not text[b - 7:b - 6].isdigit()):
            continue  # "W 1994 r. Najwyższa Izba", "в 1996 г. Минфин": the year's letter
            # (a unit after four digits too: "1500 m. Danach" is taken as one sentence)
        if (lex is not None and text[b:e] == "."
                and (w := _SCALE_ABBREVIATION.search(text, max(0, b - 8), b)) is not None
                and lex.scale(w.group(1)) is not None):
            continue  # "2,7 Mrd. Franken", "500 Mio. Euro": a scale cut short after its
            # figure, the currency's name after it capitalised
        if text[m.start()] == "." and not text[m.start():e].strip("."):
            q = e
            while q < len(text) and text[q].isspace():
                q += 1
            if q < len(text) and text[q] in "—–":  # "117 тыс. — в 2027-м": a dash, then
                r = q + 1                          # the sentence goes on in lower case
                while r < len(text) and text[r] in " \u00a0":
                    r += 1
                if r < len(text) and text[r].islower() and "\n" not in text[e:q]:
                    continue
            if q < len(text) and text[q].islower() and "\n\n" not in text[e:q]:
                continue  # "338,1 εκατ. σε", "5 Mio. bis": an abbreviation, not an end
        out.append(e)
    return out


# how far before a figure a count word is looked for in a script without spaces
_COUNT_REACH = 24


_DIGIT_POINT_BEFORE = re.compile(r"\d[ \u00a0]*\.[ \u00a0]+\Z")


def _context_currency(text: str, cands: list[_Cand], lex: Lexicon, loc: Locale | None) -> None:
    """A scaled figure with no currency written next to it takes the currency of the
    figures around it: the nearest in its sentence before it, else after it, else the
    last of the sentence before ("ventas de 10,2 milliards d'euros tandis que la dette
    atteint 2,7 milliards"). Only when a word that may follow an amount comes after it
    (or punctuation): "1.4 billion people" stays a count. Linear: sentences are found
    once, figures placed by bisection."""
    sources = _sources(text, cands, lex)
    if len(sources) == len(cands) or (not sources and (loc is None or loc.currency is None)):
        return
    ends = _sentence_ends(text, lex)
    by_sent: dict[int, list[_Cand]] = {}
    for m in sources:
        by_sent.setdefault(bisect.bisect_right(ends, m.start), []).append(m)
    starts = {k: [m.start for m in v] for k, v in by_sent.items()}
    converted: dict[int, list[_Cand]] = {}  # sentence -> conversions left out of sources
    if len(sources) < sum(c.cur is not None and not c.context for c in cands):
        kept = {id(m) for m in sources}
        for m in cands:
            if m.cur is not None and not m.context and id(m) not in kept:
                converted.setdefault(bisect.bisect_right(ends, m.start), []).append(m)
    followers = lex.cues.get("amount_followers", frozenset())
    links = lex.cues.get("change_links", frozenset())
    ranges = lex.cues.get("range", frozenset())
    plain = lex.plain_ranges  # "to", "mpaka"; not "and"
    either_end = links | plain
    ands = lex.cues.get("range_needs_lead", frozenset())
    priced_alike: dict[tuple[int, str], tuple[list[_Cand], list[int]]] | None = None
    seen: dict[tuple[int, str], bool] = {}
    whole_cap = _whole_cap(loc)
    times = lex.cues.get("time_units", frozenset())

    def about(sent: int, table: str) -> bool:
        """Does sentence ``sent`` hold a word of ``table``? (each sentence read once)"""
        got = seen.get((sent, table))
        if got is None:
            got = seen[(sent, table)] = _sentence_has(text, ends, sent, lex, table)
        return got

    def counts(sent: int, c: _Cand) -> bool:
        """Does sentence ``sent`` count things where ``c`` stands? In a script without
        spaces a count word is found inside other words too ("ครั้งใหญ่", a big time), so
        there it must stand near before the figure ("ประชากร 66 ล้าน") or right after it
        ("5 ล้านใบ", five million tickets); not "ครั้งใหญ่รอบ 30 ปี … เงินทุนตั้งต้น 431
        ล้าน" (the seed money)."""
        if not about(sent, "count_words"):
            return False
        lo = ends[sent - 1] if sent else 0
        if not any(no_space_script(ch) for ch in text[max(lo, c.start - 8):c.start]):
            return True
        window = text[max(lo, c.start - _COUNT_REACH):c.start].lower()
        after = text[c.end:c.end + _COUNT_REACH].lstrip(" \u00a0").lower()
        return any(w in window or after.startswith(w) for w in lex.cues.get("count_words", ()))

    for ci, c in enumerate(cands):
        if c.money_like or c.context:
            continue
        if _list_number(text, c) or _bracketed_marker(text, c):
            continue  # "1.- Exceso de hasta 10 km/h", "241億円(2)環境保全対策": a numbered
            # item, no price
        if (nw := _NEXT_WORD.match(text, c.num.end)) is not None and _weight_name(nw.group(1)):
            continue  # "el cilindro de 25 libras": a weight, its name no currency here
        if _ordinal(text, c.num.start, lex):
            continue  # "제47조", "第3条", "N° 004": an index
        if (c.num.kind == "word" and c.num.text[:1].isupper() and not lex.capitalised_nouns
                and _mid_sentence(text, c.num.start)):
            continue  # "alle donazioni dell’Otto per Mille": a number word in capitals
            # inside a sentence names something
        if _decade(text, c, lex) or _day_of_month(text, c, lex):
            continue  # "a finales de los años 90": a decade; "al 30 de septiembre": a day
        if _hyphen_adjective(text, c, lex) or _glued_ordinal(text, c):
            continue  # "0,33-litrainen olut", "200-граммовая пачка": a measure, no price;
            # "v 9.splátke": an ordinal glued to its noun
        before_ch = text[c.num.start - 1:c.num.start]  # (the letter the figure is glued to)
        if (text[c.end:c.end + 1] in ("」", "』", "》", "〉") and before_ch.isalpha()
                and (before_ch.isascii() or "\u30a0" <= before_ch <= "\u30ff")):
            continue  # "「年末ジャンボミニ7000万」": the end of a title in quotes, a name
            # in katakana or Latin letters (not "「年薪2084萬」": an annual pay quoted)
        if ci + 1 < len(cands) and _range_of_measures(text, c, cands[ci + 1], lex):
            continue  # "între 100,01 - 300 kWh": a band of a measure, its unit at the end
        if c.minor_factor is None and (
                _after_spaces_char(text, c.end) in ("%", "％", "‰")
                or _percent_word(text, c.end, lex)
                or _glued_word_before(text, c.start, lex.cues.get("percent_before", ()))
                or _ratio_before(text, c.start, lex)
                or _odds(text, c, lex)):
            continue  # "на 5,07 відсотків – до 103,35 гривень": a percentage; odds; a
            # ratio ("коефіцієнту 0,93" beside prices in hryvnias, "en multiplikator på
            # 1,54" beside kroner)
        if _count_leads_clause(text, c.start, lex):
            continue  # "总票房突破100亿元人民币,观影人次达到1.87亿": admissions, no yuan
        if (ci + 1 < len(cands) and (z := cands[ci + 1]).cur is not None
                and not z.context and not z.cur_left and (z.scaled or z.num.kind == "cjk")):
            link = " ".join(text[c.end:z.start].lower().split())
            if ((c.scaled or c.num.kind == "cjk")
                    and (link in either_end
                         or text[c.end:z.num.start].strip() in _RANGE_MARKS)) or (
                    z.scaled and c.num.kind == "digits" and not c.scaled and link in ranges):
                continue  # "(22 milyon 415 bin ila 37 milyon 359 bin TL)", "(估价800万至
                # 1200万港元)", "ára 55 és 100 ezer forint": the low end of a range whose
                # high end writes the unit (the range reads both, its scale too), not the
                # currency of the figure before the bracket nor one a price word gives
        places = "" if _bare_amount(text, c, lex, loc) else _price_shape(text, c, whole_cap)
        if places is None:
            _price_after_word(text, c, ends, by_sent, starts, lex, either_end)
            if c.cur is None:
                _listed_before_money(text, c, ends, by_sent, starts, lex)
            if c.cur is None:
                _ends_clause_after_money(text, c, ends, by_sent, starts, lex)
            if c.cur is None:
                _framed_like_money(text, c, ends, by_sent, lex)
            if c.cur is None:
                _grouped_like_money_before(text, c, ends, by_sent, lex)
            if c.cur is None and _money_said_after(text, c, sources, loc, lex):
                assert loc is not None and loc.currency is not None
                _in_locale(c, loc.currency, "a word of money after it; ")
            elif c.cur is None and (word := _price_said_before(
                    text, c, sources, loc, lex, followers, links, ranges)) is not None:
                assert loc is not None and loc.currency is not None
                _in_locale(c, loc.currency, f"a price after {word!r}; ")
            continue
        pers = [t for t in c.cues.after if t.kind == "per"]
        if (pers and all(t.value in times for t in pers) and c.num.kind == "digits"
                and not c.scaled and c.value <= 31 and not _fraction(c.value)):
            continue  # "ה-5 לחודש" (the 5th of the month), "3 per year": a small whole
            # figure before a unit of time counts days or times, no money
        priced = bool(pers)
        sent = bisect.bisect_right(ends, c.start)
        by_scale = False  # taken only because a figure of its sentence is scaled alike
        next_alike = False  # ... of the sentence after it
        loose = False
        money_next = False  # a word of money right after it
        dash = _dash_price(c) and not _unit_word_after(text, c.end, lex)  # "1.499,- inkl."
        free = dash or _free_after(text, c.end, followers, links, ranges)
        if not priced and not free and not (
                places and not _unit_word_after(text, c.end, lex)
                and not _measured(text, c.end, lex)):  # "1.22个百分点"
            # "6.25 per liter": the unit says it is a price; a price written like the
            # priced ones of its sentence may be followed by any word but a unit
            # ("6,49 zł, czyli aż o 1,17 mniejszy"), not "1,17 kg"
            if not (((c.scaled or (c.num.kind in ("cjk", "word") and _millions(c))) and c.value > 0
                     and not _unit_word_after(text, c.end, lex)
                     and not _measured(text, c.end, lex)) or _paid_for(text, c, lex)):
                if _money_said_after(text, c, sources, loc, lex):
                    assert loc is not None and loc.currency is not None
                    _in_locale(c, loc.currency, "a word of money after it; ")
                continue  # (a Han numeral carries its multiplier inside: "100万以上")
            if (c.num.kind == "word" and ci + 1 < len(cands) and cands[ci + 1].num.kind == "word"
                    and _after_scale_and_word(text, cands[ci + 1].num.start, lex)):
                continue  # "चार करोड़ बीस लाख छियासीइ हजार रुपये": a word not read, then
                # more of the number: a part of it, no amount of its own (not "Místo dvou
                # milionů obdrží 1,55 milionu korun": a verb, then a figure of its own)
            if _scaled_alike(c, by_sent.get(sent)):
                # "918,9 millions de dollars, dont 550 millions spécifiquement": a figure
                # scaled like the money of its own sentence is more of it, a guess said so
                by_scale = True
            elif (_millions(c) and (by_sent.get(sent) or by_sent.get(sent - 1))
                  and (not counts(sent, c)
                       or (money_next := _money_noun_after(text, c.end, lex)))):
                loose = True  # (not "מספר משרות … 3.163 מיליון": the number of jobs; but
                # "1,3 miljoen cash geld … een 40-tal voertuigen": money said after it)
            elif (by_sent.get(sent) or by_sent.get(sent - 1)) and _price_word_before(
                    text, c.num.start, lex) is not None:
                loose = True  # "s vyvolávací cenou 800 tisíc … na 1 740 000 korunách": a
                # price word before a scaled figure, money of its size near it
            elif (not by_sent.get(sent) and _scaled_alike(c, by_sent.get(sent - 1))
                  and not counts(sent, c)):
                # "… 2,5-3 тисячі гривень. … на рівні 5-6 тисяч": scaled like the money of
                # the sentence before, with none of its own; a guess said so
                by_scale = True
            elif (not by_sent.get(sent) and not by_sent.get(sent - 1) and c.scaled
                  and _scaled_alike(c, by_sent.get(sent + 1)) and not counts(sent, c)
                  and not _capital_noun_after(text, c.end, lex)):
                # "tillsatt 130 miljoner vid inriktningsbeslutet … I dag är budgeten 570
                # miljoner kronor": scaled like the money of the sentence after, with none
                # of its own or before it; a guess said so (not "15,8 Millionen Tipps":
                # a noun right after it counts)
                next_alike = True
            elif (sources and _millions(c) and by_sent.get(sent + 1)
                  and about(sent, "money_words") and not counts(sent, c)
                  and not _capital_noun_after(text, c.end, lex)
                  and _home_money_only(sources, loc)):
                pass  # "Ce montant d’environ 70 millions permettrait … Nous gagnons en
                # moyenne 20 000 $": millions in a sentence about money, the text's money
                # all the locale's; that of the sentence after, a guess said so (below)
            elif not (not sources and loc is not None and (
                    (_millions(c) and (about(sent, "money_words") or (
                        # "vunnet 3,3 milliarder. … Finnmark som har 961,6 millioner": the
                        # sentence after one about money
                        sent and about(sent - 1, "money_words")))
                     and not counts(sent, c))
                    or _price_case(text, c, lex)
                    or (_thousands(c) and (_clause_ends(text, c.end) or _glued_k(c))
                        and about(sent, "money_words") and not counts(sent, c))
                    or (c.scaled and 3 in (_scales_of(c) | {c.head_power})
                        and _next_word(text, c.end) in (
                        lex.cues.get("money_words", ())))
                    or (c.scaled and _money_noun_after(text, c.end, lex))
                    or _paid_for(text, c, lex))):
                continue  # ("मासिक ६० हजार ९ सय ७० तलब": thousands, a word of money next;
                # "giá 300k một tô": the thousands' "k" glued on, a price word in the sentence;
                # "do 103 mln strat": millions of losses)
            # else: "won een Belg 153 miljoen": millions in a sentence about money with no
            # currency anywhere; the locale's, said to be a guess (below)
        if _counted(text, c.end, lex) or (
                ci + 1 < len(cands) and _counted_partner(text, c, cands[ci + 1], links, lex)):
            continue  # "120 millones de ciudadanos": what follows says what is counted
        if (noun := _partitive_count(text, c, lex)) is not None:
            # "180,4 millones de operaciones" beside pesos: a count of its noun as likely
            # as money ("4,2 milliards de nouvelles dépenses"); read as money, said so
            c.reasons.append(f"{text[c.num.start:c.end]!r} of {noun!r}: a count of them, "
                             "or money?")
        if (c.scaled and ci + 1 < len(cands) and (z := cands[ci + 1]).cur is not None
                and not z.cur_left
                and _one_scale_pair(c, z, " ".join(text[c.end:z.start].lower().split()), ands)):
            continue  # the unit after the second serves both (read when the figures are
            # assembled, `_share_currency`), not the currency before
        best: _Cand | None = None
        here = by_sent.get(sent)
        if places:
            # a price written like the priced figures of its own sentence: "diesel
            # 21,34 kr og bensin 22,23", "R$ 2,402; em Belo Horizonte, 2,348"
            if priced_alike is None:  # once per text: (sentence, shape) -> figures, starts
                priced_alike = {}
                for m in sources:
                    shape = _price_shape(text, m)
                    if shape is not None:
                        key = (bisect.bisect_right(ends, m.start), shape)
                        figs, at = priced_alike.setdefault(key, ([], []))
                        figs.append(m)
                        at.append(m.start)
            got = priced_alike.get((sent, places))
            if (got is None and places in ("G,dd", "G.dd")
                    and (near := here or by_sent.get(sent - 1)) is not None
                    and not _unit_word_after(text, c.end, lex) and not _measured(text, c.end, lex)
                    and not _in_row(text, c)):
                # "450.050 euros dels 652.588,46 del romanent", "… 14.374.680,49 Euro. Auf
                # Platz zwei … mit 13.036.203,77.": a figure grouped and written to the
                # cent, beside money of its sentence (or the one before); a guess said so
                src = min(near, key=lambda m: abs(m.start - c.start))
                c.cur = cur = src.cur
                assert cur is not None  # (a source writes its currency)
                c.context = True
                c.reasons.append(f"no currency written: {cur.text!r} of the money near "
                                 "it, the figure grouped and written to the cent")
                continue
            if (got is None and places in ("G,dd", "G.dd") and not sources and loc is not None
                    and loc.currency is not None and c.value >= 1000
                    and not _unit_word_after(text, c.end, lex) and not _measured(text, c.end, lex)
                    and not _in_row(text, c) and not counts(sent, c)
                    and (about(sent, "money_words")
                         or _price_word_before(text, c.num.start, lex) is not None)):
                # "O orzamento base de licitación … é de 49.984.582,31": a figure grouped and
                # written to the cent in a sentence about money, in a text that writes no
                # currency at all: the locale's, a guess said so
                _in_locale(c, loc.currency, "a figure grouped and written to the cent, ")
                continue
            if (got is None and "g" in places and not _year_like(c)
                    and (about(sent, "money_words") or _bare_clause_end(text, c, lex))
                    and not counts(sent, c)
                    and (prev := priced_alike.get((sent - 1, places))) is not None
                    and prev[0][-1].cur is not None and _free_after(
                        text, c.end, followers, links, ranges)):
                # "kostede … 8.370 kroner i 2018. En fireværelses kostede 13.661.": a whole
                # figure grouped like the money of the sentence before, in a sentence
                # about money; a guess said so
                c.cur = prev[0][-1].cur
                c.context = True
                c.reasons.append(f"no currency written: {c.cur.text!r} of the figure grouped "
                                 "alike in the sentence before")
                continue
            if got is None and "g" not in places and not _year_like(c):
                # "sube 1,65 euros. Toca abonar 42,10 cada mes en lugar de 40,15": a price
                # written like the priced figure of the sentence before, a guess said so
                prev = priced_alike.get((sent - 1, places))
                if prev is not None and prev[0][-1].cur is not None:
                    c.cur = prev[0][-1].cur
                    c.context = True
                    _unit_price(c)
                    c.reasons.append(f"no currency written: {c.cur.text!r} of the price "
                                     "written alike in the sentence before")
                elif (not sources and places in (",dd", ".dd") and loc is not None
                      and loc.currency is not None and not _unit_word_after(text, c.end, lex)
                      and not _measured(text, c.end, lex)
                      and ((word := _price_word_before(text, c.num.start, lex)) is not None
                           or priced)):
                    # "En liter lettmelk koster nå 19,90", "kjøpt til 161,00 pr. aksje": a
                    # price after a price word, or per unit, in a text that writes no
                    # currency at all, the locale's, said so
                    why = f"after {word!r}" if word is not None else "per unit"
                    _in_locale(c, loc.currency, f"a price {why}, ")
                elif places in (",dd", ".dd"):  # "ikke 6 kroner lenger, men 99,90."
                    _ends_clause_after_money(text, c, ends, by_sent, starts, lex)
                    if c.cur is None:  # "um quilo de tomate custava 1,10 e agora custa 2
                        # euros": after a price word, the money of its sentence
                        _price_after_word(text, c, ends, by_sent, starts, lex, either_end)
                continue
            if got is None and "g" in places:  # "adjudecat la prețul de 1.700": a price word
                _price_after_word(text, c, ends, by_sent, starts, lex, either_end)
                if c.cur is None:  # "zu Beginn 4.119, in Rheinland-Pfalz rund 3655 Euro"
                    _listed_before_money(text, c, ends, by_sent, starts, lex)
                if (c.cur is None and not sources and loc is not None
                        and loc.currency is not None and not _year_like(c)
                        and not _in_row(text, c)
                        and not counts(sent, c)
                        and ((about(sent, "money_words")
                              and _free_after(text, c.end, followers, links, ranges))
                             or _sum_phrase_before(text, c.num.start, lex) is not None)):
                    # "οι ετήσιες αποδοχές των … (443.000), … (425.000)": grouped whole
                    # figures in a sentence about money, or after "the sum of" ("ve výši
                    # 3 109 000"), no currency in the text: the locale's, said to be a guess
                    _in_locale(c, loc.currency)
                if c.cur is None and _money_said_after(text, c, sources, loc, lex):
                    assert loc is not None and loc.currency is not None
                    _in_locale(c, loc.currency, "a word of money after it; ")  # "20,000
                    # रिश्वत मांगी": a bribe of 20,000, no currency anywhere in the text
                continue
            if got is not None and (_unit_word_after(text, c.end, lex, scales=False)
                                    or _measured(text, c.end, lex)):
                continue  # "67,74 грн за 0,75 л": a quantity with its unit, written alike
            if got is not None:
                alike, at = got
                k = bisect.bisect_left(at, c.start)
                near = alike[max(0, k - 1):k + 1]
                if "g" in places:  # a whole figure looks back only ("..., contro i 1.255"),
                    # and the low end of a range takes the currency of its high end
                    rest = text[c.end:c.end + 2].lstrip(" \u00a0")
                    before = text[max(0, c.start - 2):c.start].rstrip(" \u00a0")
                    dash_on = rest[:1] in "-–—~" and not text[_after_spaces(
                        text, _after_spaces(text, c.end) + 1):][:1].isalpha()  # ("178.000 –
                    # een ministerssalaris": a dash before words sets off a clause)
                    if (not k or dash_on or _next_word(text, c.end) in ranges
                            or before[-1:] in "-–—~" or _word_before(text, c.start) in plain):
                        if not k and not dash_on:  # (but "4,000 / 6,240 / 12,480 ש"ח": the
                            # unit written once after a list)
                            _listed_before_money(text, c, ends, by_sent, starts, lex)
                        continue  # either end of a range: the range reads both
                    near = alike[k - 1:k]
                    if not any(ch.isalpha() for ch in text[near[0].end:c.start]):
                        continue  # "$ 2,310 2,045 1,998": the cells of a row (read below)
                if ci + 1 < len(cands) and cands[ci + 1].cur is not None and text[
                        c.end:cands[ci + 1].start].strip(" \u00a0") in ("(", "（", "["):
                    continue  # "4,90 livres (8,13 $)": a conversion follows, in another
                    # currency than the figure's, which the figures around it do not say
                best = min(near, key=lambda m: abs(m.start - c.start))
                c.cur = best.cur
                c.context = True
                _unit_price(c)
                if "g" in places and best.cur is not None:  # a whole figure: a count as often
                    c.reasons.append(f"no currency written: {best.cur.text!r} of the figure "
                                     "grouped alike")
            continue
        ahead = next_sentence = False
        if here:
            k = bisect.bisect_left(starts[sent], c.start)
            if k:
                best = here[k - 1]  # the nearest before it in its sentence
                if (_bracket_between(text, best.end, c)
                        and best.cur is not None and best.value > 0
                        and not _FIFTH <= c.value / best.value <= 5
                        and not _labelled_aside(text, best.end, c, lex)
                        and not ((any(t.kind == "per" for t in c.cues.after)
                                  or _slash_unit_after(text, c.end))
                                 and not best.per)):  # (not "CHF 3995.- (355.-/mois)":
                    # an instalment per month of the price before, no conversion)
                    # "US$400 million (3.7 trillion)": a figure in brackets right after
                    # money, of another size (not last year's: "€300 million (280
                    # million)"), is its conversion: another currency, the locale's if
                    # the money is not in it (a guess said so)
                    if (loc is not None and loc.currency is not None
                            and loc.currency not in best.cur.value):
                        _in_locale(c, loc.currency, "a conversion in brackets, ")
                    continue
            elif not _bracket_between(text, c.end, here[0]):
                best = here[0]  # else the first after it, unless it is a conversion
                ahead = True
            elif by_sent.get(sent - 1):
                # "De cette somme, 352,2 milliards (704 millions de dollars)": the
                # conversion after it is another currency; the sentence before says which
                best = by_sent[sent - 1][-1]
            else:  # "1.6 billion ($2.54 billion)": a conversion, another currency; the
                # locale's, if the conversion is not in it ("44,447 करोड़ (USD 5.31 बिलियन)")
                conv = here[0].cur
                if (conv is not None and c.scaled and loc is not None
                        and loc.currency is not None and loc.currency not in conv.value
                        and not _DIGIT_POINT_BEFORE.search(text, max(0, c.start - 6), c.start)):
                    # (not "de 1. 6 mil millones ($ 2,54 mil millones)": a figure broken
                    # by a stray blank, no sum of its own)
                    _in_locale(c, loc.currency, f"its bracket converts it into {conv.value[0]}; ")
                continue
        elif by_sent.get(sent - 1):
            if counts(sent, c) and not about(sent, "money_words"):
                continue  # "… 9,297 שקל. מספר משרות השכיר … 3.163 מיליון": the number of jobs
            best = by_sent[sent - 1][-1]
        elif ((c.scaled or _millions(c)) and by_sent.get(sent + 1)
              and not by_scale and not loose) or next_alike:
            # "можно купить почти за 16 тысяч. Горох … за 21 тыс. рублей": the money of
            # the sentence after, a guess said so
            best = by_sent[sent + 1][0]
            ahead = next_sentence = True
        if by_scale and (best is None or not _scales_of(c) & {_power_of(best),
                                                               _word_scale(best, lex)}):
            continue  # (a number in words by its scale word: "दो लाख रुपए", lakhs as "1.70 लाख")
        if loose and (best is None or not (_power_of(best) or 0 < best.value * 10 >= c.value
                                           or money_next)):
            # (a figure near in size is as good as a scaled one: "500.000 đồng … 1 triệu")
            continue
        if (best is not None and best.cur is not None and c.scaled
                and _count_in_its_slot(text, c, cands, ci, lex)):
            continue  # "6,8 млрд євро для 248 тис. українців), Франція (4,46 млрд євро для
            # 74 тис.)": after the word a count of people followed before, a count too
        if best is not None and best.cur is not None:
            c.cur = best.cur
            c.context = True
            _unit_price(c)
            said = len(c.reasons)
            if (c.scaled and ci + 1 < len(cands)
                    and (nx := cands[ci + 1]).start == _after_spaces(text, c.end)
                    and nx.num.kind == "digits"
                    and not (nx.money_like or nx.scaled or _year_like(nx))):
                # "१९ हजार ७ सय ९३ टिकट": digits right after a scaled figure that no rule
                # joined to it; the number may go on (and count something else)
                c.reasons.append(f"no currency written: {best.cur.text!r} near it, and "
                                 "the number may go on after it")
            elif by_scale:
                c.reasons.append(f"no currency written: {best.cur.text!r} of the figure "
                                 f"scaled alike {'after' if ahead else 'before'} it")
            elif loose:
                c.reasons.append(f"no currency written: {best.cur.text!r} of a scaled figure "
                                 "near it")
            elif next_sentence:
                c.reasons.append(f"no currency written: {best.cur.text!r} of the sentence "
                                 "after it")
            elif not ahead and not (ci + 1 < len(cands)
                                    and _bracket_between(text, c.end, cands[ci + 1])) and (
                    other := next((m for m in converted.get(sent, ()) if m.cur is not None
                                   and m.cur.value[0] != best.cur.value[0]),
                                  None)) is not None:
                # "от 32 тысяч долларов (2.2 млн. р.), но … ниже 3-х миллионов": the
                # sentence writes its money in two currencies; either may be meant (not
                # "à 2 500 milliards (17,6 milliards d'euros)": its own conversion says
                # it is not in the conversions' currency)
                assert other.cur is not None
                c.reasons.append(f"no currency written: {best.cur.text!r} of the figure "
                                 f"before it, or {other.cur.text!r} of its conversion?")
            elif ahead and loc is not None and (len(text[c.end:best.start]) > 20 or any(
                    ch in ",;:.!?()[]،，。；：" for ch in text[c.end:best.start])) and (
                    loc.currency is not None) and (
                    choose_currency(best.cur.value, best.cur.text, loc)[0] != loc.currency):
                # "กระทบตลาดเฉียด 100,000 ล้าน … 10,000 เหรียญต่อตู้", "doanh thu 20 tỷ, cán
                # mốc 1 triệu USD": a figure written later in another currency than the
                # locale's may be another sum
                c.reasons.append(f"no currency written: {best.cur.text!r} of the figure "
                                 f"after it, or the locale's ({loc.currency})?")
            elif ahead and _in_aside(text, c, best) and not (
                    best.value > 0 and _FIFTH <= c.value / best.value <= 5):
                # "os clientes regulados (atualmente mais de 900 mil) irá subir 5 euros": a
                # figure alone in brackets, the money after them of another size; an aside
                # counts anything (not "(36 miliard) a … (32,4 miliardy Kč)")
                c.reasons.append(f"no currency written: {best.cur.text!r} of the figure "
                                 "after the brackets it stands in?")
            if (len(c.reasons) == said and not ahead and c.value > 0
                    and best.value > c.value * 1000
                    and _power_of(best) not in _scales_of(c)
                    and not _money_noun_after(text, c.end, lex)):  # ("3 millones de
                # beneficio": money said so)
                # "4,46 млрд євро для 74 тис.": a figure a thousandth of the money it
                # takes its currency from, and scaled otherwise, may count something else
                c.reasons.append(f"no currency written: {best.cur.text!r} of a sum a "
                                 "thousand times its size or more near it; or a count?")
            if len(c.reasons) == said and (
                    counted := _word_before(text, c.start)) in lex.cues["count_words"]:
                # "जनसङ्ख्या दुई करोड ९१ लाख …": the population named right before it, the
                # rupees later in the sentence; a count, or money its subject gets ("ажилтан
                # 60 мянгын нэмэгдэл авах": the employee gets a raise of 60 thousand)
                c.reasons.append(f"no currency written: {best.cur.text!r} near it, or a "
                                 f"count of what {counted!r} before it names?")
        elif (loc is not None and loc.currency is not None and not sources
              and ((_millions(c) and not counts(sent, c))
                   or (c.scaled and _money_noun_after(text, c.end, lex))  # "९७ लाख नगद"
                   or about(sent, "money_words") or _dash_price(c) or _price_case(text, c, lex)
                   or _price_for(text, c, lex, free) or _paid_for(text, c, lex)
                   or (priced and _shape_places(c) == 2))):  # "161,00 pr. aksje": a price
            # no currency anywhere near, in a sentence about money or a figure in
            # millions written in digits ("460 miljoen voor de heffingskorting"): the
            # locale's, and the mention says it is a guess
            coins = _coins_scaled_alike(c, cands, ci, ends, sent)
            if coins is not None:
                # "مبلغ 400 مليون سنتيم … بقيمة 350 مليون": counted in the coins of the
                # figure scaled alike before it, as the Maghreb press counts
                c.minor_factor, c.minor_cur, c.minor_text = (
                    coins.minor_factor, coins.minor_cur, coins.minor_text)
                c.context = True
                c.reasons.append(f"no currency written: {coins.minor_text!r} of the figure "
                                 "scaled alike before it")
                continue
            _in_locale(c, loc.currency)
    _listed_chain(text, cands, ends)
    _not_its_conversion(text, cands, loc)
    _guessed_alike(text, cands, ends, lex)
    _coins_by_letter(cands)
    for c in cands:
        if c.context and not c.scaled:
            # "10.4P/Share" (pence?), "1,33E par action": a sign glued to a figure that
            # takes the currency of the text was not read as a currency here
            glued = next((t for t in c.cues.right if t.kind == "cur" and t.start == c.num.end
                          and t.text.isalpha()), None)
            if glued is not None:
                c.reasons.append(f"{glued.text!r} glued to the figure is not read: a currency "
                                 "sign, a coin, or a unit?")


def _not_its_conversion(text: str, cands: list[_Cand], loc: Locale | None) -> None:
    """"3 biliões (6 mil milhões de dólares)" in Angola: a scaled figure that took the
    currency of the text's figures, right before a bracketed figure written in that very
    currency at another size, is what the bracket converts, so in another currency: the
    locale's when theirs differs, a guess said so; else none is known and it is no
    amount."""
    for c, n in pairwise(cands):
        if not (c.context and c.cur is not None
                and n.cur is not None and not n.context and n.cur.value[:1] == c.cur.value[:1]
                and c.value > 0 and n.value > 0
                and not n.negative  # (a change: "(мінус 75400 рублёў)")
                and text[c.end:n.start].strip(" \u00a0") in ("(", "（")):
            continue
        if 1 / _SAME_SLACK <= n.value / c.value <= _SAME_SLACK:
            continue  # the same sum again, or a comparative
        c.reasons[:] = [r for r in c.reasons if not r.startswith("no currency written")]
        if loc is not None and loc.currency is not None and loc.currency not in n.cur.value:
            _in_locale(c, loc.currency, f"its bracket converts it into {n.cur.value[0]}; ")
        else:
            c.cur, c.context = None, False


def _count_in_its_slot(text: str, c: _Cand, cands: list[_Cand], ci: int, lex: Lexicon) -> bool:
    """Does a figure scaled as ``c`` is, after the same word, count things earlier in the
    text ("для 248 тис. українців … для 74 тис."): one with no currency and a noun after
    it?"""
    word = _word_before(text, c.num.start)
    if word is None or len(word) < 3 or c.qual_tok is not None:
        return False  # (not "de", nor a hedge: "około 10 tys. rodzin … po około 65 tys.")
    for d in reversed(cands[max(0, ci - 8):ci]):
        if c.start - d.end > 240:
            break
        if (d.cur is None and d.scaled and d.power == c.power and d.qual_tok is None
                and _word_before(text, d.num.start) == word
                and (_counted(text, d.end, lex) or _NEXT_WORD.match(text, d.end) is not None)):
            return True  # (the noun after the first need not be in the tables: no money
            # was read in it)
    return False


def _capital_noun_after(text: str, pos: int, lex: Lexicon) -> bool:
    """In a language that capitalises its nouns, does one follow ``pos`` ("15,8 Millionen
    Tipps": what the figure counts)?"""
    if not lex.capitalised_nouns:
        return False
    m = _NEXT_WORD.match(text, pos)
    return m is not None and m.group(1)[:1].isupper()


def _home_money_only(sources: list[_Cand], loc: Locale | None) -> bool:
    """Is every sum of ``sources`` (the figures with a currency written) in the locale's
    currency?"""
    if loc is None or loc.currency is None:
        return False
    return all(m.cur is not None and choose_currency(m.cur.value, m.cur.text, loc)[0]
               == loc.currency for m in sources)


def _in_locale(c: _Cand, code: str, why: str = "") -> None:
    """Read ``c`` in the locale's currency ``code`` for want of any written, keeping a
    unit price after it, and say it is a guess ("no currency written: {why}read in the
    locale's (code)")."""
    c.cur = Tok("cur", c.end, c.end, "", (code,))
    c.context = True
    _unit_price(c)
    c.reasons.append(f"no currency written: {why}read in the locale's ({code})")


def _in_row(text: str, c: _Cand) -> bool:
    """Does a figure stand among other figures or cells ("(10,151) (8,810)", "| 5,738 |",
    "179 105 -283", "0401 295 604"), not in prose?"""
    q = _after_spaces(text, c.end)
    while q < len(text) and text[q] in ")）":
        q = _after_spaces(text, q + 1)
    p = c.num.start
    while p and text[p - 1] in " \u00a0(（-−":
        p -= 1
    return (q < len(text) and (text[q].isdigit() or text[q] in "(（|-−")) or (
        p > 0 and (text[p - 1].isdigit() or text[p - 1] in ")）|"))


def _coins_scaled_alike(c: _Cand, cands: list[_Cand], ci: int, ends: list[int], sent: int
                        ) -> _Cand | None:
    """The last figure before ``c`` (``cands[ci]``) in its sentence or the one before,
    counted in coins ("400 مليون سنتيم") and scaled as ``c`` is, if any."""
    for k in range(ci - 1, max(-1, ci - 41), -1):  # (a bounded look: linear on any text)
        m = cands[k]
        if bisect.bisect_right(ends, m.start) < sent - 1:
            return None
        if m.minor_factor is not None and m.cur is None and m.scaled and m.power == c.power:
            return m
    return None


def _guessed_alike(text: str, cands: list[_Cand], ends: list[int], lex: Lexicon) -> None:
    """"samlet 78 millioner ind i 2018, 90 millioner i 2017 og 97 millioner ind i 2016":
    a figure read in the locale's currency for want of any written makes the figures
    of its sentence scaled alike money too, with the same guess said."""
    guessed: dict[int, _Cand] = {}
    for c in cands:
        if (c.context and (c.scaled or _millions(c)) and c.cur is not None and not c.cur.text
                and c.reasons):
            guessed.setdefault(bisect.bisect_right(ends, c.start), c)
    if not guessed:
        return
    for c in cands:
        if (c.cur is not None or not (c.scaled or _millions(c)) or c.value <= 0
                or c.money_like):
            continue  # (a number in words of a million or more: "Hundrede millioner")
        sent = bisect.bisect_right(ends, c.start)
        g = guessed.get(sent) or guessed.get(sent + 1) or guessed.get(sent - 1)
        if g is None or _scale_of(g) != _scale_of(c) or _thing_after(text, c.end, lex):
            continue
        c.cur = g.cur
        c.context = True
        _unit_price(c)
        c.reasons.append(g.reasons[-1] + ", as the figure scaled alike in its sentence")


def _scale_of(c: _Cand) -> int:
    """The scale of thousands a figure is said in: its scale word's power, or for a
    number in words that of its value ("halvanden million" and "Hundrede millioner": 6)."""
    if c.scaled:
        return c.power
    return (len(str(int(c.value))) - 1) // 3 * 3 if c.value >= 1 else 0


def _partitive_count(text: str, c: _Cand, lex: Lexicon) -> str | None:
    """"180,4 millones de operaciones", "mais de 2 milhões de subscritores": a scale, the
    language's partitive, then a plural noun that names no currency nor money (its own
    table of things counted aside: `_counted`): that noun, which the scale may count;
    else None."""
    if not c.scaled or c.cur is not None:
        return None
    parts = lex.cues.get("scale_partitive", frozenset())
    m = _NEXT_WORD.match(text, c.end)
    if not parts or m is None or m.group(1).lower() not in parts:
        return None
    word = _next_word(text, m.end(1))
    if len(word) < 4 or not word.isalpha() or not word.endswith("s") or not word.islower():
        return None
    if (word in lex.cues.get("money_words", ()) or word in lex.cues.get("money_nouns", ())
            or lex.names_of(word) is not None
            or word in lex.cues.get("link_articles", ())
            or word in lex.cues.get("amount_followers", ())):
        return None
    return word


def _counted_partner(text: str, c: _Cand, nxt: _Cand, links: frozenset[str], lex: Lexicon) -> bool:
    """"o 630 tisíc na 7,5 milionu diváků": a figure linked by "to" to a count is a
    count too."""
    gap = " ".join(text[c.end:nxt.start].lower().split())
    return gap in links and not nxt.money_like and _counted(text, nxt.end, lex)


def _price_after_word(text: str, c: _Cand, ends: list[int], by_sent: dict[int, list[_Cand]],
                      starts: dict[int, list[int]], lex: Lexicon, links: frozenset[str]) -> None:
    """"koster 195 og en halvliter øl 140 norske", "стоит не 45, а все 50 рублей": a
    figure a price word stands before, in a sentence that writes money, is that money;
    a guess said so."""
    if c.num.kind != "digits" or c.scaled or c.value <= 0 or _year_like(c):
        return
    sent = bisect.bisect_right(ends, c.start)
    here = by_sent.get(sent)
    if not here:
        return
    word = _price_word_before(text, c.num.start, lex)
    where = "after"
    if word is None:
        where = "before"
        m = _NEXT_WORD.match(text, c.end)
        if (m is None or m.start(1) == c.end or m.group(1).lower() not in lex.cues.get(
                "price_before", ()) or not _clause_ends(text, m.end(1))):
            return
        word = m.group(1)  # "Een pup die normaal 1250 kost, gaat nu voor 3000 euro": the
        # verb of price that ends its clause after the figure
    rest = text[c.end:c.end + 3].lstrip(" \u00a0")
    if (_thing_after(text, c.end, lex) or _duration_after(text, c.end, lex)
            or _in_word(text[c.end:c.end + 1] or " ")
            or rest[:1] in ("-", "–", "—", "~", "/", ":", "x", "×", "*")
            or (rest[:2] == ". " and text[c.end + 2:c.end + 3].islower())  # "i 3. kvartal"
            or _next_word(text, c.end) in links):  # either end of a range
        return
    k = bisect.bisect_left(starts[sent], c.start)
    best = here[k - 1] if k else here[0]
    if best.cur is None or (_fraction(c.value) and global_table().codes.get(
            best.home or best.cur.value[0], 2) == 0):
        return  # (not "costava solo 1500 lire (0,77 euro), oggi ne costa a 2,50": the lira
        # had no cents)
    c.cur = best.cur
    c.context = True
    _unit_price(c)
    c.reasons.append(f"no currency written: {best.cur.text!r} of its sentence, a price "
                     f"{where} {word!r}")


def _listed_before_money(text: str, c: _Cand, ends: list[int], by_sent: dict[int, list[_Cand]],
                         starts: dict[int, list[int]], lex: Lexicon) -> None:
    """"a benzin literje 420, a gázolajért 432 forintot kell fizetni", "там бензин 205,
    ал дизель отыны 295 теңге": a figure, a comma, then a clause whose figure of like
    size has its unit written after it: the same unit, written once; a guess said so."""
    slash = text[c.end:c.end + 3] == " / "  # "4,000 / 6,240 / 12,480 ש"ח": alternatives
    if (c.num.kind != "digits" or c.scaled or c.value <= 0 or _year_like(c) or c.per
            or c.minor_factor is not None or (text[c.end:c.end + 2] != ", " and not slash
                                               and text[c.end:c.end + 1] != "、")):
        return  # (the ideographic comma of a list too: "由680、980、1180至1380港元")
    before = text[max(0, c.num.start - 2):c.num.start]
    word = _word_before(text, c.num.start)
    if (before[-1:] in "-‐–/" and before[:1].isalpha()) or (
            before[-1:] in "./" and before[:1].isdigit()) or (
            word is not None and lex.scale(word) is not None):
        return  # "А-92, в среднем": a grade; "ביום 3.10.93, על": a date's year; "१ सय ८,":
        # the tail of a number
    sent = bisect.bisect_right(ends, c.start)
    here = by_sent.get(sent)
    if not here:
        return
    k = bisect.bisect_left(starts[sent], c.start)
    if k >= len(here):
        return
    best = here[k]
    # (the low end of a range before it: "Előbbi 100-120, utóbbi 160-180 dinárba")
    low = _RANGE_LOW_TAIL.search(text, c.end, best.num.start)
    upto = low.start() if low is not None else best.num.start
    if (best.cur is None or best.cur_left or best.scaled or best.per or best.value <= 0
            or best.minor_factor is not None or best.num.start - c.end > 60
            or not c.value / 20 <= best.value <= c.value * 20
            or (any(ch.isdigit() for ch in text[c.end:upto])
                and not (_SLASH_LIST if slash else _BARE_LIST).fullmatch(text, c.end, upto))
            or (slash and _shape(c.num.text) != _shape(best.num.text))
            or _ordinal(text, c.num.start, lex) or _counted(text, c.end, lex)):
        return  # (but "100, 150, 200 zł": a list of bare figures between; with slashes
        # only figures written alike: "4,000 / 6,240 / 12,480")
    c.cur = best.cur
    c.context = True
    c.reasons.append(f"no currency written: {best.cur.text!r} of the figure after it, the "
                     "unit written once")


def _listed_chain(text: str, cands: list[_Cand], ends: list[int]) -> None:
    """"með 1.194.350, þá kemur Akureyri með 1.064.642, …, og Fjarðabyggð með 1.004.472
    kr.": a list whose unit is written once, at its end; read from the end, a figure
    grouped alike before the item that took that unit (a comma after it, words between,
    no figure) takes it too, a guess said so; so does a whole figure of a few digits
    before a whole one ("istavritin kasası 300, tekirin 100, mezgitin da 80 TL'den")."""
    for i in range(len(cands) - 2, -1, -1):
        c, n = cands[i], cands[i + 1]
        if (c.cur is not None or c.money_like or c.num.kind != "digits" or c.scaled or c.per
                or c.negative or c.value <= 0 or _year_like(c)
                or not (n.context and n.cur is not None)
                or text[c.end:c.end + 2] != ", "
                or not (_shape(c.num.text) or (c.num.text.isdigit() and len(c.num.text) <= 4))
                or _shape(c.num.text) != _shape(n.num.text)
                or n.start - c.end > 60 or not c.value / 20 <= n.value <= c.value * 20
                or any(ch.isdigit() for ch in text[c.end:n.start])
                or bisect.bisect_right(ends, c.start) != bisect.bisect_right(ends, n.start)):
            continue
        c.cur, c.context = n.cur, True
        c.reasons.append(f"no currency written: {n.cur.text!r} of the list it begins, the unit "
                         "written once at its end")


def _grouped_like_money_before(text: str, c: _Cand, ends: list[int],
                               by_sent: dict[int, list[_Cand]], lex: Lexicon) -> None:
    """"… med 1.669.800.000 kroner. Tilbudet til Veolia AS lå på 1.827.868.501, mens …": a
    whole figure of millions and more that ends its clause, with no money before it in its
    sentence, grouped as the last money of the sentence before is (the same mark, as many
    groups), is that money, its unit written once; a guess said so."""
    t = c.num.text
    if (c.num.kind != "digits" or c.scaled or c.value < 1_000_000 or c.negative or c.per
            or not _grouped(t) or not _bare_clause_end(text, c, lex)):
        return
    sent = bisect.bisect_right(ends, c.start)
    here = by_sent.get(sent)
    prev = by_sent.get(sent - 1) if sent else None
    if (here and here[0].start < c.start) or not prev:
        return
    best = prev[-1]
    bt = best.num.text
    if (best.cur is None or best.scaled or best.num.kind != "digits" or best.value <= 0
            or not _grouped(bt) or bt[-4] != t[-4] or bt.count(t[-4]) != t.count(t[-4])):
        return
    c.cur = best.cur
    c.context = True
    c.reasons.append(f"no currency written: {best.cur.text!r} of the figure grouped alike "
                     "in the sentence before")


def _framed_like_money(text: str, c: _Cand, ends: list[int], by_sent: dict[int, list[_Cand]],
                       lex: Lexicon) -> None:
    """"az ösztöndíj értéke 130 lej, az érdemösztöndíj értéke 100": a whole figure after
    the same word as a figure of like size with its currency in the same sentence is
    said alike, so that money, its unit written once; a guess said so."""
    here = by_sent.get(bisect.bisect_right(ends, c.start))
    if (not here or c.num.kind != "digits" or c.scaled or c.value <= 0 or _year_like(c)
            or c.per or c.negative or c.minor_factor is not None):
        return
    word = _word_before(text, c.num.start)
    if (word is None or len(word) < 4 or lex.scale(word) is not None
            or word in lex.cues["range"] or word in lex.cues.get("change_links", ())
            or word in lex.cues.get("range_lead", ())  # "între 30 de zile"
            or _ordinal(text, c.num.start, lex) or _thing_after(text, c.end, lex)
            or _range_dash_after(text, c.num.end) or _next_word(text, c.end) in lex.cues["range"]):
        return  # (the low end of a range: the range reads both)
    for m in here:
        if (m.cur is not None and not m.context and not m.per and not m.scaled
                and m.minor_factor is None and c.value / 5 <= m.value <= c.value * 5
                and _word_before(text, m.start) == word):
            c.cur = m.cur
            c.context = True
            c.reasons.append(f"no currency written: the figure follows {word!r} as "
                             f"{m.cur.text!r} money of its sentence does")
            return


_BARE_LIST = re.compile(r"(?:(?:, |、)\d+(?:[.,]\d+)?)+(?:, |、)")
_RANGE_LOW_TAIL = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)?[ \u00a0]?(?:[-–—‑~～]|至|到)[ \u00a0]?\Z")
_SLASH_LIST = re.compile(r"(?: / \d+(?:[.,]\d+)*)* / ")


def _ends_clause_after_money(text: str, c: _Cand, ends: list[int],
                             by_sent: dict[int, list[_Cand]], starts: dict[int, list[int]],
                             lex: Lexicon) -> None:
    """"tog 85.", "en de trouwringen 1200.", "invece degli attuali 20.": a whole figure
    that ends its clause, after a figure of like size with its currency in the same
    sentence and only words between them, is that money, its unit written once; a
    guess said so."""
    if (c.num.kind != "digits" or c.scaled or c.value <= 0 or _year_like(c) or c.per
            or c.negative or c.minor_factor is not None):
        return
    q = _after_spaces(text, c.end)
    aside = False
    if text[q:q + 1] == "(" and 0 < (shut := text.find(")", q, q + 24)) and "%" in text[q:shut]:
        # "ahora costará 165 (13,8% más), el plan de 360 pesos": a change in per cent set
        # aside in brackets; the clause ends after them, at a comma as at a point
        q = _after_spaces(text, shut + 1)
        aside = text[q:q + 1] == ","
    if q < len(text) and not aside and not (text[q] in ".;!?。" and (
            text[q] != "." or q + 1 == len(text) or (
                text[q + 1].isspace() and not text[_after_spaces(text, q + 1):][:1].islower()
                and not (c.value <= 31 and c.value == c.value.to_integral_value() and (
                    lex.capitalised_nouns or _next_word(text, q + 1).lower()
                    in lex.cues.get("month_names", ())))))):
        return  # (not "4. kvartal", "2. pásma", "am 17. Mai", "zum 3. Mal": an ordinal, a
        # day; but "før lå prisen på 30. Saft er steget": a sentence ends there)
    sent = bisect.bisect_right(ends, c.start)
    here = by_sent.get(sent)
    if not here:
        return
    k = bisect.bisect_left(starts[sent], c.start)
    if not k:
        return
    best = here[k - 1]
    gap = text[best.end:c.num.start]
    # a price to the cent is money by its shape, whatever the other's size: "ikke 6 kroner
    # lenger, men 99,90.", "5 euro duurder wordt, voortaan kost die 64,90."
    cents = _CENTS.fullmatch(c.num.text) is not None
    span = 50 if cents else 5
    if (best.cur is None or best.value <= 0 or best.scaled
            # (a price of a unit, no sum; but "727 euro al mese … oggi ne bastano 618")
            or (best.per and best.per not in lex.cues.get("time_units", ()))
            or best.minor_factor is not None or len(gap) > 64
            or not best.value / span <= c.value <= best.value * span
            or (not cents and (c.value == c.value.to_integral_value()) != (
                best.value == best.value.to_integral_value()))
            or any(ch.isdigit() for ch in gap) or not any(ch.isalpha() for ch in gap)
            or _ordinal(text, c.num.start, lex)
            or _join_end(text, best.end, lex.cues["minor_join"]) == c.start):
        return  # (written like it: "kroner 58,39 i uke 41" is a week; "15 dollars and
        # 15" are its cents)
    word = _word_before(text, c.num.start)
    if word is not None and (lex.scale(word) is not None
                             or text[c.num.start - 2:c.num.start - 1] == "."
                             or word.lower() in lex.cues["range"]
                             or word.lower() in lex.cues.get("change_links", ())):
        return  # "the minimum fare to P13 starting Sunday, Oct. 8": a date; "5 Euro für
        # Kinder bis 12": a range or a change reads its own ends (see _link_after_money)
    c.cur = best.cur
    c.context = True
    c.reasons.append(f"no currency written: {best.cur.text!r} of its sentence, the figure "
                     "ending the clause after it")


def _duration_after(text: str, pos: int, lex: Lexicon) -> bool:
    """Is the word after ``pos`` the name of a span of time (``durations``), or one with
    an ending of at most three letters ("21 yılda": in 21 years)?"""
    word = _next_word(text, pos)
    return bool(word) and any(
        word == d or (len(d) >= 3 and word.startswith(d) and len(word) - len(d) <= 3)
        for d in lex.durations)


def _sum_phrase_before(text: str, pos: int, lex: Lexicon) -> str | None:
    """The phrase that says "the sum of" (``sum_before``: "in Höhe von", "на сумму") ending
    right before ``pos`` (spaces between), or None."""
    phrases = lex.cues.get("sum_before", frozenset())
    if not phrases:
        return None
    before = " ".join(text[max(0, pos - 40):pos].lower().split())
    return next((p for p in phrases if before.endswith(p) and (
        len(before) == len(p) or not before[-len(p) - 1].isalnum())), None)


def _price_word_before(text: str, pos: int, lex: Lexicon) -> str | None:
    """The price word (``price_before``: "costs", "kostet", "стоит") among the three
    words before ``pos``, with only ``price_between`` words between ("стоит не 45",
    "koster nå 195"), or None. Words are apart by spaces only: "Kostnad: 12" is a
    label."""
    words = lex.cues.get("price_before")
    if not words:
        return None
    between = lex.cues.get("price_between", frozenset())
    i = pos
    for _ in range(3):
        while i and text[i - 1] in " \u00a0":
            i -= 1
        j = i
        while j and _in_word(text[j - 1]):
            j -= 1
        if j == i:
            return None
        w = text[j:i].lower()
        if w in words or (no_space_script(w[-1]) and any(w.endswith(v) for v in words)):
            return w
        if w not in between:
            return None
        i = j
    return None


# clause marks as ideographic text writes them, no space after ("人民币,观影人次")
_GLUED_CLAUSE_MARKS = (*_CLAUSE_MARKS, ",", "、", "；", ";", "：", ":")


def _count_leads_clause(text: str, pos: int, lex: Lexicon) -> bool:
    """Does a noun of things counted, in ideographs, stand in the clause before ``pos``,
    glued to the words around it ("观影人次达到1.87亿": the admissions reached)?"""
    nouns = _ideograph_counts(lex)
    if not nouns:
        return False
    clause = text[_clause_start(text, max(0, pos - 24), pos, _GLUED_CLAUSE_MARKS):pos]
    return any(n in clause for n in nouns)


@lru_cache(maxsize=64)
def _ideograph_counts(lex: Lexicon) -> tuple[str, ...]:
    """The nouns of things counted a language writes in ideographs, two or more (Thai
    nouns of things counted are also parts of longer words), found once per lexicon."""
    return tuple(n for n in lex.cues.get("count_nouns", ()) if len(n) > 1 and _ideograph(n[0]))


def _scaled_alike(c: _Cand, here: list[_Cand] | None) -> bool:
    """Does a figure with a currency in ``c``'s sentence carry the same scale?"""
    return bool(here) and any(_power_of(m) in _scales_of(c) for m in here or ())


def _scales_of(c: _Cand) -> set[int]:
    """The scales ``c`` is written in: its own, and in a compound that ends in a scale
    its largest part's too ("785 millones 625 mil": millions and thousands; not "3 mil
    710 vacantes", its units last, a count as likely)."""
    return {c.power, *((c.head_power,) if c.head_power and c.power else ()), *(
        t.value for t in c.cues.right if t.kind == "scale" and isinstance(t.value, int))}


def _power_of(m: _Cand) -> int:
    """The scale a figure is written in: its scale word's power, or for a number in
    words ("négymillió", "tres millones") the thousands its value ends in; 0 if none."""
    if m.scaled:
        return m.power
    if m.num.kind == "word" and m.value >= 1000:
        return _zeros(m.value) // 3 * 3
    return 0


def _word_scale(m: _Cand, lex: Lexicon) -> int | None:
    """The power of the scale word that ends a number in words ("दो लाख": 5), or None."""
    if m.num.kind != "word" or " " not in m.num.text.strip():
        return None
    return lex.scale(m.num.text.split()[-1])


_WHOLE_CAP = Decimal(10_000_000)


def _whole_cap(loc: Locale | None) -> Decimal:
    """Below what size a grouped whole figure may be a price in the locale's currency:
    ten million euros' worth, counted in its units at their dearest ("15.000.000" đồng of
    rent, ten million at most of a currency worth a euro or more)."""
    if loc is None or loc.currency is None:
        return _WHOLE_CAP
    span = rate_ranges().get(loc.currency)
    return _WHOLE_CAP * max(_ONE, span[0]) if span is not None else _WHOLE_CAP


def _price_shape(text: str, c: _Cand, cap: Decimal = _WHOLE_CAP) -> str | None:
    """How a figure written as a price in digits ends: its decimal mark and places
    (",dd", ".ddd"), when it is read one way only, not scaled, and not part of a date
    or code ("21.10.97"); None for any other figure. A grouped whole figure ("g") is
    one below ``cap``."""
    if c.num.kind != "digits" or c.scaled or c.alts or c.minor_factor is not None:
        return None
    places = -c.value.as_tuple().exponent  # type: ignore[operator]
    t = c.num.text
    # "13.036.203,77", "652.588,46": grouped thousands and cents ("G,dd"; no whole
    # figure's "g")
    cents = places == 2 and c.value >= 1000 and t[-3:-2] in ".," and _grouped(t[:-3])
    if places == 0 and 1000 <= c.value < cap and _grouped(t):
        # "2.771 euro quest'anno, contro i 1.255 del 2021": whole figures grouped alike
        places, t = 3, t[:-4] + "g" + t[-3:]
    elif not cents and (places not in (2, 3) or c.value >= 100_000 or len(t) <= places):
        return None
    e = c.num.end
    if e + 1 < len(text) and text[e] in ".,/-:" and text[e + 1].isdigit():
        return None
    q = _after_spaces(text, e)
    if q < len(text) and text[q] in "%％‰°":
        return None  # "1.25 %"
    return "G" + t[-3] + "dd" if cents else t[-places - 1] + "d" * places


def _grouped(t: str) -> bool:
    """Digits in groups of three behind one separator ("2.771", "1,255,000")."""
    seps = {ch for ch in t if not ch.isdigit()}
    if len(seps) != 1 or next(iter(seps)) not in ".,'\u00a0\u202f ":
        return False
    groups = t.split(next(iter(seps)))
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


def _thousands(c: _Cand) -> bool:
    """Digits scaled by a word of thousands or ten thousands ("50k", "40-50K", "25.8萬"):
    a price in a sentence about money ("起價為25.8萬。"), or a count ("94 тысячи
    абитуриентов": then its noun follows)."""
    if c.num.kind == "cjk":
        return c.value >= 10_000 and not c.num.text.isdigit()
    return c.num.kind == "digits" and c.scaled and 3 <= c.power < 6


def _millions(c: _Cand) -> bool:
    """Digits scaled by a word of a million or more ("23 miljarder", "3.02 แสนล้าน"):
    with a word that may follow an amount after it, such a figure is seldom a count."""
    if c.num.kind == "word":  # "một triệu", "sto milionů"; not "MILLION" alone
        return (c.value >= 1_000_000 and _zeros(c.value) >= 5
                and (" " in c.num.text.strip() or _power_of(c) < _zeros(c.value)))
    if c.num.kind == "cjk":  # "100万", "3億": a multiplier of ten thousand and more
        return c.value >= 1_000_000 and not c.num.text.isdigit()
    return c.num.kind == "digits" and c.scaled and (c.power >= 6 or c.value >= 1_000_000)


def _price_case(text: str, c: _Cand, lex: Lexicon) -> bool:
    """A scaled figure whose last word takes a case ending of price (``price_endings``):
    "56 ezerért", "harmincmillióért" (for thirty million): its currency left out."""
    if not lex.price_endings or not (c.scaled or (c.num.kind == "word" and c.value >= 1000)):
        return False
    word = text[c.start:c.end].lower()
    return any(word.endswith(e) and word[-len(e) - 1:-len(e)].isalpha() for e in lex.price_endings)


def _price_for(text: str, c: _Cand, lex: Lexicon, free: bool) -> bool:
    """A scaled figure in digits right after a preposition of price (``price_for``) and
    ending its clause: "с ручной кладью за 15,3 тыс.;" (for 15.3 thousand), "sold for
    2 million." Its currency left out (not "for 2 million people")."""
    return (c.scaled and c.num.kind == "digits" and free and not c.per
            and _word_before(text, c.num.start) in lex.cues.get("price_for", ())
            and not _unit_word_after(text, c.end, lex) and not _measured(text, c.end, lex)
            and _clause_ends(text, c.end))


def _paid_for(text: str, c: _Cand, lex: Lexicon) -> bool:
    """A scaled figure between a word of paying (``price_before``) and a preposition of
    price (``price_for``): "Borgaði 35 þúsund fyrir svipað" (paid 35 thousand for a like
    one), "paid 2 million for the house"."""
    return ((c.scaled and c.num.kind == "digits") or (  # ("35 þúsund": digits and a word)
                c.num.kind == "word" and c.value >= 1000 and c.num.text[:1].isdigit())) and (
            not c.per and c.value > 0
            and _word_before(text, c.num.start) in lex.cues.get("price_before", ())
            and _next_word(text, c.end) in lex.cues.get("price_for", ()))


def _clause_ends(text: str, pos: int) -> bool:
    """Punctuation or the end of the text after ``pos`` (spaces skipped)."""
    q = _after_spaces(text, pos)
    return q >= len(text) or text[q] in ",;:.!?)—–-"


def _unit_price(c: _Cand) -> None:
    """A figure that took its currency from the context keeps its unit: "6.25 per liter"."""
    for t in c.cues.after:
        if t.kind == "per" and not c.per:
            c.per = t.value
            c.end = t.end


def _sources(text: str, cands: list[_Cand], lex: Lexicon) -> list[_Cand]:
    """The figures whose currency is written, less conversions in brackets right after
    another figure ("100,3 milliárd forintra (389,4 millió euró)"), or opened by a word
    of equivalence ("5 gulden in de week (omgerekend naar nu: 11,73 euro)"): theirs is
    not the text's own currency."""
    out = []
    prev_end = -1
    for c in cands:
        if c.cur is not None and not c.context:
            left = next((t for t in c.cues.left if t.kind == "lparen"), None)
            gap = text[prev_end:min(c.start, c.num.start)] if prev_end >= 0 else ""
            if not ((left is not None and not c.bracketed and prev_end >= 0
                     and _after_spaces(text, prev_end) == left.start)
                    # "5000萬港幣(約合新台幣1.96億元)": words of approximation inside
                    or (gap.lstrip(" \u00a0")[:1] in ("(", "（") and len(gap) <= 12
                        and not any(ch in ")）" or ch.isdigit() for ch in gap)
                        and not c.bracketed)
                    or (prev_end >= 0 and _equivalence_opens(gap, lex))):
                out.append(c)
        if c.money_like:
            prev_end = c.end
    return out


def _equivalence_opens(gap: str, lex: Lexicon) -> bool:
    """Does ``gap`` (the text between two sums) end in a bracket opened by a word of
    equivalence, with at most three words after it ("… in de week (omgerekend naar nu:")?"""
    k = max(gap.rfind("("), gap.rfind("（"))
    if k < 0 or any(ch.isdigit() or ch in ")）" for ch in gap[k:]):
        return False
    inner = " ".join(gap[k + 1:].lower().split()).rstrip(" :,")
    return _equivalence_said(inner, lex.cues.get("equivalent_words", frozenset()))


def _equivalence_said(phrase: str, words: frozenset[str]) -> bool:
    """Is ``phrase`` (lower case, single spaces) a word of equivalence, or one followed
    by at most three words ("adică", "omgerekend naar nu", "adică mai bine de")?"""
    return any(phrase == w or (phrase.startswith(w + " ")
                               and len(phrase.split()) - len(w.split()) <= 3) for w in words)


_NEXT_WORD = re.compile(rf"[ \u00a0]*((?:[^\W\d_]|[{MARKS}])+['’]?)")  # vowel signs: "चालान"
_ABBREVIATION = re.compile(r"[^\W\d_]+[\"'][^\W\d_]*")  # 'מ"ל', "ל'": marks inside or after
# (the text is read through the language's letter twins: "״" is '"' here)


def _unit_word_after(text: str, pos: int, lex: Lexicon, scales: bool = True) -> bool:
    """Is the word after ``pos`` a unit of measure or of things counted ("kg", "litres",
    "osób"), or (with ``scales``) a scale? Unknown words are not."""
    m = _NEXT_WORD.match(text, pos)
    if m is None:
        rest = text[pos:pos + 3].lstrip(" \u00a0")
        return rest[:1] in ("%", "％", "‰", "°")
    word = m.group(1).lower().rstrip("'’")
    if word != m.group(1).lower() and text[m.end(1):m.end(1) + 1].isalpha():
        return False  # "contre 55 l'année dernière": an elided article, not litres
    g = global_table()
    if (word in g.per_units or word.rstrip("s") in g.per_units
            or word in lex.counted or (scales and word in lex.scales)
            or _glued_count(text, m.start(1), lex.counted)
            or _abbreviated_count(text, m.start(1), lex)):
        return True
    # "1.000 ονομαστικές μετοχές", "660,4 milhões de novas ações": a word that is no
    # money's, then a noun counted ("1,000 registered shares")
    nxt = _NEXT_WORD.match(text, m.end())
    return (nxt is not None and nxt.group(1).lower() in lex.counted and len(word) > 2
            and m.end() < len(text) and text[m.end()] in " \u00a0"
            and lex.names_of(word) is None and lex.scale(word) is None
            and word not in lex.minor and not _cue_word(word, lex))


@lru_cache(maxsize=4096)
def _cue_words(lex: Lexicon) -> frozenset[str]:
    """Every word of the language's cue tables (its prepositions, links, hedges…)."""
    return frozenset(w for table in lex.cues.values() if isinstance(table, (frozenset, Mapping))
                     for w in table if isinstance(w, str))


def _cue_word(word: str, lex: Lexicon) -> bool:
    return word in _cue_words(lex)


def _abbreviated_count(text: str, q: int, lex: Lexicon) -> bool:
    """Is the word at ``q``, with the marks of an abbreviation inside or after it, one
    of things counted or measured ('750 מ"ל': Hebrew writes its abbreviations so)?"""
    abbr = _ABBREVIATION.match(text, q)
    return abbr is not None and abbr.group().lower() in lex.counted


def _unit_prefix(text: str, coin: Tok, lex: Lexicon) -> bool:
    """Is the coin word ``coin`` the prefix of a unit written apart from it, the two a
    unit's name together ("1,8 - 2,2 centi meter": centimetres; not "5 पैसे लीटर", five
    paise a litre)?"""
    m = _NEXT_WORD.match(text, coin.end)
    if m is None or m.group(1)[-1:] in "'’":
        return False
    joined = (coin.text + m.group(1)).lower()
    return joined in lex.counted or joined in lexicon("en").counted


def _glued_count(text: str, q: int, counts: frozenset[str]) -> bool:
    """In a script without spaces, does a word of ``counts`` begin at ``q``
    ("13.6 ล้านคน": people)?"""
    if q >= len(text) or not no_space_script(text[q]) or not counts:
        return False
    return any(text[q:q + k] in counts for k in range(1, 9))


def _counted(text: str, pos: int, lex: Lexicon) -> bool:
    """Is the figure ending at ``pos`` followed by a word of things counted, directly or
    after a connector ("120 millones de ciudadanos", "2 millions d'habitants")?"""
    counts = lex.counted
    if not counts:
        return False
    connectors = lex.cues.get("connectors", frozenset())
    articles: frozenset[str] | None = lex.cues.get("link_articles", frozenset())  # "210mila
    # i pezzi sequestrati": an article, then the noun counted
    q = _past_hedge(text, pos, lex)
    if (quoted := _QUOTED_WORDS.match(text, q)) is not None:
        q = quoted.end()  # "18,9 млн «зеленых» облигаций": a word in quotes, then the noun
    for _ in range(2):  # a connector, then the noun
        m = _NEXT_WORD.match(text, q)
        if m is None:
            return False
        word = m.group(1).lower().replace("’", "'")
        if articles is None:  # after an article, only a noun counted ("500 le kg" prices)
            return word in lex.cues.get("count_nouns", ()) or word in lex.cues.get(
                "count_words", ())
        if (word.rstrip("'") in counts or _glued_count(text, m.start(1), counts)
                or _abbreviated_count(text, m.start(1), lex)
                or any(stem in counts for stem in lex.stripped(word))):  # "युनिटसम्म"
            return True
        if f"{word} {_next_word(text, m.end(1))}" in counts:
            return True  # a noun of two words: "3,42 triệu sản phẩm" (products)
        if word in articles and word not in connectors:
            articles = None
        elif word not in connectors:
            return False
        q = m.end()
    return False


_DIGIT_RUN = re.compile(r"[ \u00a0]*\d[\d.,]*")
# a word cut short with its point, then a blank, before a numeral: "kat. 1", "nr. 5"
_ABBREVIATED_LABEL = re.compile(r"(?<![^\W\d_])[^\W\d_]{2,4}\. $")


def _label_number(text: str, c: _Cand, lex: Lexicon) -> bool:
    """Is ``c`` right after a word cut short with its point ("kat. 1", "nr. 5"), a label's
    number, that word no hedge ("ok. 349": about)?"""
    m = _ABBREVIATED_LABEL.search(text, max(0, c.num.start - 7), c.num.start)
    return m is not None and m.group().strip().lower() not in lex.cues.get(
        "qualifiers_before", frozenset())
# one or two words in quotes ("«зеленых»", "“green”") before the noun they qualify
_QUOTED_WORDS = re.compile(r"[ \u00a0]+[«“„\"][^\W\d_]+(?:[ -][^\W\d_]+)?[»”“\"]")


def _measured_next(text: str, pos: int, lex: Lexicon) -> bool:
    """Is the figure right after ``pos`` a quantity with its unit ("29 kr.2 GB: 59 kr.":
    a list of data sizes and prices, the currency the price's before it)?"""
    m = _DIGIT_RUN.match(text, pos)  # (a unit, not a scale: "63 $1 million prizes")
    return m is not None and _unit_word_after(text, m.end(), lex, scales=False)


def _past_hedge(text: str, pos: int, lex: Lexicon) -> int:
    """Where the words after a hedge written after the figure ending at ``pos`` start
    ("55 लाख से अधिक वृद्धजनों": more than 5.5 million elderly); ``pos`` without one."""
    q = pos
    while q < len(text) and text[q] in " \u00a0":
        q += 1
    for h in lex.cues.get("qualifiers_after", ()):
        if text.startswith(h, q) and (
                (" " in h and not text[q + len(h):q + len(h) + 1].isalnum())
                or (len(h) >= 4 and text[q + len(h):q + len(h) + 1] in (" ", "\u00a0"))):
            return q + len(h)  # (a hedge of several words, or a whole word of four letters
            # or more: "400 мыңнан астам адамға"; a short one may be a noun's start)
    return pos


def _glued_k(c: _Cand) -> bool:
    """Is ``c``'s scale the thousands' "k" glued to the figure ("300k")?"""
    return any(t.kind == "scale" and t.start == c.num.end and t.text in ("k", "K")
               for t in c.cues.right)


def _sentence_has(text: str, ends: list[int], sent: int, lex: Lexicon, table: str) -> bool:
    """Does sentence ``sent`` of ``text`` hold a word of the cue table ``table``
    (``money_words``: "budget", "revenue"; ``count_words``: "population", "users")?"""
    words = lex.cues.get(table, frozenset())
    if not words:
        return False
    lo = ends[sent - 1] if sent else 0
    hi = ends[sent] if sent < len(ends) else len(text)
    sentence = text[lo:hi].lower()
    if any(no_space_script(ch) for ch in sentence[:200]):
        return any(w in sentence for w in words)
    found = _WORDS.findall(sentence)
    if any(w in words for w in found):
        return True
    # an inflecting language: a listed word with one of its case endings ("aurrekontua",
    # "budżetu"), the stem kept at four letters or more
    if any(len(w) - len(e) >= 4 and w.endswith(e) and w[:-len(e)] in words
           for e in lex.endings for w in found):
        return True
    # a compound that ends in a listed word of four letters or more ("húsnæðisverð",
    # "Mietpreis", "huurprijs": the housing price, the rent's price)
    return table == "money_words" and any(
        w[k:] in words for w in found if len(w) >= 7 for k in range(3, len(w) - 3))


def _labelled_aside(text: str, pos: int, m: _Cand, lex: Lexicon) -> bool:
    """Does the bracket opened between ``pos`` and the figure ``m`` name what the figure
    is before it ("(общие сборы - 1724,9 миллиона)": the total takings), other than a
    word of equivalence or a hedge ("(soit 3,7 milliards)", "(about 3.7 trillion)")?
    Such an aside gives another sum in the same unit, no conversion."""
    end = m.left_start if m.lead else m.start
    gap = text[pos:end]
    opened = pos + max(gap.rfind("("), gap.rfind("（")) + 1
    if m.qual_tok is not None and m.qual_tok.start >= opened:
        end = m.qual_tok.start  # (a hedge before the figure: "(about 3.7 trillion)")
    first = next((k for k in range(opened, end) if text[k].isdigit()), None)
    if first is not None:  # "(khoảng 94,6 - 118,3 triệu)": the range's low end first,
        end = first        # the words before it label the aside
    words = " ".join(w.lower() for w in _WORDS.findall(text[opened:end]))
    if not words or (first is not None and words in lex.cues.get("qualifiers_before", ())):
        return False
    equivalent = lex.cues.get("equivalent_words", frozenset())
    return not any(words == w or words.startswith(w + " ") for w in equivalent)


def _bracket_between(text: str, pos: int, m: _Cand) -> bool:
    """Does a bracket open between ``pos`` and the figure ``m`` and stay open up to it
    ("6万(约台币27万元)": a conversion), unlike "256 tỷ (-9%), từ 2.922 tỷ"?"""
    gap = text[pos:m.num.start]
    opened = max(gap.rfind("("), gap.rfind("（"))
    return (opened >= 0 and max(gap.rfind(")"), gap.rfind("）")) < opened
            and not gap[:opened].strip(" \u00a0)）"))  # (right after the figure: not
    # "Dospiva (36 miliard) a … Kučera (32,4 miliardy Kč)", a bracket of its own)


def _in_aside(text: str, c: _Cand, later: _Cand) -> bool:
    """Does the figure ``c`` stand in brackets that close before the figure ``later``?"""
    before = text[max(0, c.start - 80):c.start]
    opened = max(before.rfind("("), before.rfind("（"))
    if opened < 0 or max(before.rfind(")"), before.rfind("）")) > opened:
        return False
    close = min((k for k in (text.find(")", c.end), text.find("）", c.end)) if k >= 0),
                default=-1)
    return 0 <= close < later.start


def _bare_clause_end(text: str, c: _Cand, lex: Lexicon) -> bool:
    """Does ``c`` end its clause, no noun after it ("Für Silber sind es 21.000 und für
    Bronze noch 18.000.": a point, a comma, or "and")?"""
    q = _after_spaces(text, c.end)
    if q >= len(text) or text[q] in ".;,":
        return q >= len(text) or text[q] != "." or not text[q + 1:q + 2].isdigit()
    return _next_word(text, c.end) in lex.cues.get("range_needs_lead", frozenset())


def _dash_price(c: _Cand) -> bool:
    """"2.100,-", "49,–": a dash for the fraction marks a price in whole units."""
    t = c.num.text
    return c.num.kind == "digits" and t[-1:] in "-–—" and t.rstrip("-–—")[-1:] in ",."


def _list_number(text: str, c: _Cand) -> bool:
    """"1.- Exceso de hasta…", "2.– Die Kosten": a small whole figure with the dash of a
    price at the start of a line, then a capital letter, numbers an item of a list."""
    if not _dash_price(c) or c.value >= 100:
        return False
    line_start = text.rfind("\n", 0, c.num.start) + 1
    rest = text[c.num.end:c.num.end + 2]
    return not text[line_start:c.num.start].strip() and rest[:1] == " " and rest[1:].isupper()


def _bracketed_marker(text: str, c: _Cand) -> bool:
    """"(2)環境保全対策", "（3）事務費": a small whole figure alone in round brackets with
    a word glued after them numbers an item of a list (a bracketed amount is followed by
    a blank or punctuation, and has its currency written)."""
    s, e = c.num.start, c.num.end
    return (c.num.kind == "digits" and c.num.text.isdigit() and len(c.num.text) <= 2
            and not c.scaled and c.cur is None and s > 0 and text[s - 1] in "(（"
            and text[e:e + 1] in (")", "）") and text[e + 1:e + 2].isalpha())


def _decade(text: str, c: _Cand, lex: Lexicon) -> bool:
    """Is ``c`` a round figure after a word of ``decade_before`` ("los años 90", "anni
    '80", "années 1990"): a decade?"""
    t = c.num.text
    if not (c.num.kind == "digits" and t.isdigit() and t.endswith("0")
            and (len(t) == 2 or (len(t) == 4 and t[:2] in ("19", "20")))):
        return False
    words = lex.cues.get("decade_before", ())
    pos = c.num.start
    if pos and text[pos - 1] in "'’":
        pos -= 1
    return bool(words) and _word_before(text, pos) in words


def _day_of_month(text: str, c: _Cand, lex: Lexicon) -> bool:
    """Is ``c`` a day of a month named after it ("al 30 de septiembre", "30. září",
    "the 30th of June": one short word or a point between)?"""
    t = c.num.text
    months = lex.cues.get("month_names", ())
    if not (months and c.num.kind == "digits" and t.isdigit() and len(t) <= 2
            and 1 <= int(t) <= 31) or c.scaled:  # ("cu 12 mln mai puțin": 12 million less)
        return False
    pos = c.num.end + (text[c.num.end:c.num.end + 1] == ".")
    word = _next_word(text, pos)
    if word not in months and len(word) <= 3:
        m = _NEXT_WORD.match(text, pos)
        word = _next_word(text, m.end(1)) if m is not None else ""
    return word in months


def _ordinal(text: str, pos: int, lex: Lexicon) -> bool:
    """Does a word of ``ordinal_before`` ("제", "第", "N°", "numrerade") end right before
    ``pos``?"""
    marks = lex.cues.get("ordinal_before", ())
    before = text[max(0, pos - 12):pos].rstrip(" \u00a0").lower()
    return any(before.endswith(m) for m in marks)


def _shape_places(c: _Cand) -> int:
    """The decimal places a figure in digits is written to (0 for any other)."""
    if c.num.kind != "digits" or c.alts:
        return 0
    exp = c.value.as_tuple().exponent
    return -exp if isinstance(exp, int) and exp < 0 else 0


def _bare_amount(text: str, c: _Cand, lex: Lexicon, loc: Locale | None) -> bool:
    """A figure that reads as an amount when its currency is understood: scaled by a
    word ("22 miliardi", "15 millions"), a CJK numeral of ten thousands and more, or
    a price per unit ("6.25 per liter")."""
    if c.num.kind == "article" or (_year_like(c) and not (c.scaled and c.power >= 5 and any(
            t.kind == "scale" and len(t.text.rstrip(".")) >= 3 for t in c.cues.right))):
        return False  # (a year takes no scale word of a hundred thousand or more: "2000
        # करोड़"; a letter after a year is no scale: "2007 m.", "31.10.2010 B:ltä")
    if c.cues.after and any(t.kind == "per" for t in c.cues.after):
        return True
    if _dash_price(c):
        return True
    if c.scaled:
        g = global_table()
        unit_like = g.unit_like_scales
        q = _after_spaces(text, c.end)
        if not (text[q:q + 1] in ("-", "–", "—")
                and text[_after_spaces(text, q + 1):][:1].isdigit()):
            unit_like = unit_like - g.unit_like_money.get(lex.lang, frozenset()) - (
                g.unit_like_money.get(loc.currency or "", frozenset()) if loc else frozenset())
        # "とじ厚50mm", "a 50m pool": a unit of measure as much as a scale (not in a
        # language or a currency's country that writes prices so: "giá 50k", "deposit
        # 2.5L"; but "biển số 30K-555.55" is a number plate)
        # (a compound by its largest part: "Margarin: 2 bin 600" is 2,600)
        return max(c.power, c.head_power) >= 3 and not any(
            t.kind == "scale" and t.text in unit_like for t in c.cues.right)
    if c.num.kind == "word":  # "eine Milliarde", "fire milliarder"
        return c.value >= 1000 and str(c.value).endswith("000") and not (
            f"{_word_before(text, c.num.start)} {c.num.text.lower()}"
            in lex.cues.get("per_thousand", ()) and _NEXT_WORD.match(text, c.end) is None)
        # (not "l'otto per mille.": a share per thousand, no noun after it)
    # "3億", "五千万"; a multiplier alone is no bare amount ("東京", "北京": the capital)
    return (c.num.kind == "cjk" and _myriad(c.num.text) >= 4
            and any(ch.isdigit() or cjk_digit(ch) is not None for ch in c.num.text))


def _free_after(text: str, pos: int, followers: frozenset[str], links: frozenset[str],
                ranges: frozenset[str]) -> bool:
    """Punctuation, the end, or a word that may follow an amount comes after ``pos``."""
    n = len(text)
    q = pos
    while q < n and text[q] in " \u00a0\u3000":
        q += 1
    if q >= n:
        return True
    ch = text[q]
    if not ch.isalpha():
        return ch not in "%％‰°" and not ch.isdigit() or q > pos
    if no_space_script(ch):
        # a space in Thai, Lao, Khmer or Burmese ends a phrase ("ปรับ 1 แสน เริ่ม")
        return (ch in followers or text[q:q + 2] in followers
                or (q > pos and (not no_space_script(text[pos - 1])
                                 or "\u0e00" <= ch <= "\u0eff" or "\u1000" <= ch <= "\u109f"
                                 or "\u1780" <= ch <= "\u17ff")))
    r = q
    while r < n and (_in_word(text[r]) or text[r] in "'’"):
        r += 1
    word = text[q:r].lower()
    cut = min((k for k in (word.find("'"), word.find("’")) if k > 0), default=-1)
    if cut > 0:
        word = word[:cut]  # "dell’utile", "l'an": the elided word
    return word in followers or word in links or word in ranges


_MYRIAD_TAIL = re.compile(r".*[億亿]([0-9]{4})")
_MYRIAD_THOUSANDS = re.compile(r".*[억億亿]([1-9])[천千仟]")  # "1억8천": no 만 after it
_HAN_BELOW_MYRIAD = frozenset("千仟천百佰백十拾십")  # multipliers under ten thousand


def _digits_after_myriad(numeral: str) -> str | None:
    """The digits after a multiplier of ten thousand that digits stand before, ending
    ``numeral`` ("1万2000": "2000"), else None."""
    tail = _tail_of(numeral)
    return tail[0] if tail is not None and tail[1] == 4 else None


def _tail_of(numeral: str) -> tuple[str, int] | None:
    """The digits ending ``numeral`` after a multiplier of ten thousand or more that
    digits stand before, and that multiplier's power ("2조7000": ("7000", 12)), else
    None."""
    i = len(numeral)
    while i and numeral[i - 1].isdigit():
        i -= 1
    power = global_table().myriads.get(numeral[i - 1:i], 0) if i >= 2 else 0
    if i == len(numeral) or len(numeral) - i > 4 or power < 4 or not numeral[:i - 1].isdigit():
        return None
    return numeral[i:], power


def _myriad(numeral: str) -> int:
    """The power of the last big multiplier of a CJK numeral ("3万" -> 4, "63억" -> 8)."""
    return global_table().myriads.get(numeral[-1:], 0)


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
             lex: Lexicon) -> tuple[Money, int, int]:
    """Fold the smaller units that follow ``c`` into its amount."""
    unit = _ONE if c.cur is not None else (c.minor_factor or _ONE)
    last_word = (c.cur.text if c.cur is not None else c.minor_text).lower()
    implicit = global_table().implicit_minor
    joins = lex.cues["minor_join"]
    n = len(cands)
    while i + 1 < n:
        nxt = cands[i + 1]
        j = _join_end(text, end, joins)
        # "1€40", "3€99": a symbol between the units and two digits is the decimal mark
        glued = (c.cur is not None and not c.cur_left and unit == 1
                 and (nxt.cur is None or nxt.context  # (a currency guessed from others)
                      or (nxt.cur_left and nxt.cur.start == c.cur.start))
                 and c.cur.start == c.num.end and nxt.start == c.cur.end and not c.scaled
                 and not c.cur.text[:1].isalnum() and len(nxt.num.text) == 2
                 and nxt.num.text.isdigit() and money.amount == money.amount.to_integral_value()
                 and not text[nxt.end:nxt.end + 1].isalnum()  # not "168円60銭"
                 and not _unit_word_after(text, nxt.end, lex) and not _measured(text, nxt.end, lex))
        coins_after_and = (nxt.context and j > end and c.cur is not None and not c.context
                           and c.num.end <= c.cur.start < end and unit == 1
                           and len(nxt.num.text) == 2 and nxt.num.text.isdigit())
        # ("29 euro e 50, contro i 32 euro": two digits after "and", the currency they took
        # from a figure later in the sentence only a guess: the coins of the first)
        if nxt.start != j or (nxt.cur is not None and not glued and not coins_after_and) or (
                nxt.negative) or (
                nxt.num.kind == "article" and (nxt.minor_factor is None or not text[
                    end:j].strip(" ,\u00a0"))) or nxt.grand:
            break  # (nor "místo pěti korun desetikorunu": a sum of its own, the coin; but
            # "χίλια ευρώ και ένα σεντ": "a" cent is one)
        add = None
        nxt_end = nxt.end
        # "两毛六一斤": 0.26 a catty, the last digit the "one" of "一斤" (a price per unit)
        per_one = (last_word in implicit and nxt.num.kind == "cjk" and j == end
                   and len(nxt.num.text) == 2 and nxt.num.text[1] == "一"
                   and _measured(text, nxt.end, lex) and not nxt.scaled
                   and nxt.num.text[0] not in "零〇一")
        if glued:
            add = nxt.value.scaleb(-2)
            unit = _ZERO
        elif per_one and (digit := cjk_digit(nxt.num.text[0])) is not None:
            add = digit * unit * implicit[last_word]
            unit = _ZERO
            nxt_end = nxt.num.start + 1
        elif nxt.minor_factor is not None:
            if "," in text[end:nxt.start] and (
                    nxt.minor_text.lower() in lex.context_coins
                    or (i + 2 < n and ((go_on := " ".join(
                        text[nxt.end:cands[i + 2].start].split()).lower()) == ","
                        or go_on in lex.cues.get("range_needs_lead", frozenset())))):
                break  # "상금 500만원, 2전 3패": a coin word that is also another word,
                # joins an amount only when nothing but its link stands between; "(1 euro,
                # 50 cent en één cent)": a list of sums goes on after the coins
            if nxt.value != nxt.value.to_integral_value():
                break  # "a 200 lire, 0,10 centesimi": a fraction of a coin is no part of a
                # sum (a restatement in another money, or a price of its own)
            factor = _factor(nxt.minor_factor, money.currency)
            if factor >= unit or (nxt.minor_cur and nxt.minor_cur != money.currency and not (
                    last_word in implicit and (nxt.minor_text in implicit
                                               or _ideograph(nxt.minor_text))) and not (
                    _ideograph(last_word[:1])
                    and nxt.minor_text in global_table().ambiguous_coin_chars)):
                break  # (but "7元3角" in Hong Kong: the 角 of whatever 元 is said; "2令吉50仙"
                # in Malaysia: the sen of the ringgit, a coin's character of many moneys)
            if unit == 1 and ((c.scaled and c.power)  # a chain ends in plain units
                              or money.amount != money.amount.to_integral_value()):
                break  # "$3.01, 32 cents less": the cents are not part of a written fraction
            add = nxt.value * factor
            unit = factor
            last_word = nxt.minor_text.lower()
        elif (last_word in implicit and not nxt.scaled
              and (nxt.num.kind != "digits" or (j == end and len(nxt.num.text) == 1))
              and (j == end or (j == end + 1 and last_word.isascii()))
              and nxt.value == nxt.value.to_integral_value() and 0 < nxt.value < 10
              and not _measured(text, nxt.end, lex)):
            # "一块二", "1块1一斤"; not "4元一斤" (one jin) nor "5元3个"
            step = implicit[last_word]
            if nxt.num.text[:1] in "零〇":
                step = step / 10
            add = nxt.value * unit * step
            unit = _ZERO  # nothing smaller may follow a bare digit
        elif (unit == 1 and c.cur is not None and not nxt.scaled and not c.scaled
              and (not c.lead or _from_lead(c, lex))  # ("between $3 and 50": a range; but
              # "da 3 euro e cinquanta", from three euros fifty)
              and nxt.value == nxt.value.to_integral_value() and 0 < nxt.value < 100
              and money.amount == money.amount.to_integral_value()
              and abs(money.amount) < 1_000_000  # "en million og 60!": no cents on millions
              and (not _measured(text, nxt.end, lex)  # "299 ש\"ח 10%", "100兆円と4年"
                   or any(t.kind == "per" for t in nxt.cues.after))  # (but "… cinquante la
              # pinte": the unit the whole price is per)
              and not _dot_ordinal(text, nxt.num.end)  # "50 euroon ja 1. maksuvyöhykkeellä"
              # cents in digits are two ("12 лева и 50"; not "400 лв и 6 точки"), and
              # the end of no range ("1500 रूपये, 60-75 वर्ष")
              and (len(nxt.num.text) == 2 or nxt.num.kind == "word")
              and not _range_dash_after(text, nxt.num.end)
              and not _HYPHEN_WORD.match(text, nxt.num.end)  # ("en krone, og
              # 30-dagersbilletten": the figure of a compound word, no øre)
              and not _starts_change(_next_word(text, nxt.end), lex)  # ("25 USD và 95
              # xuống 50 USD": the start of a change, no cents)
              and ((text[end:j].strip(" ,\u00a0")  # "$3 and fourteen", "25 euros con 50"
                    and ((abs(money.amount) < 1000 and not _counted(text, nxt.end, lex)
                          and not _unit_word_after(text, nxt.end, lex)
                          and not _duration_after(text, nxt.end, lex)  # "169 € ja 14
                          # päivää", "15 રૂપિયા અને 12 વર્ષથી": days, years, no cents
                          and not _day_of_month(text, nxt, lex)  # "570 TL ve 18 Mart"
                          # ("653 euro con tre figli": a number word with its noun after)
                          and not (nxt.num.kind == "word" and _word_after(text, nxt.end)))
                         or ((nxt.num.kind == "digits" or nxt.value >= 10
                              or _next_word(text, nxt.end) in joins) and _free_after(
                        text, nxt.end, lex.cues.get("amount_followers", frozenset()),
                        lex.cues.get("change_links", frozenset()), lex.cues["range"]))))
                   # (not "4 413 507 euron ja 21 tapaa": millions and 21 ways, no cents; nor
                   # "320 KM i jednu od 900 KM", "1.179 con cinque o più figli": a number
                   # word under ten, a word after it, is no coins, but before "and": "one
                   # dollar and one and one point")
                   or (not c.cur_left and c.cur.text[:1].isalpha()  # "15 dollars 50."
                       and nxt.start > c.cur.end  # not "95E10" (a fuel grade)
                       and "," not in text[end:j]  # "1500 रूपये, 60 …": a list goes on
                       and (not _word_after(text, nxt.end)
                            # ("Deux euros cinquante la pinte": spelled, the cents too)
                            or (c.num.kind == nxt.num.kind == "word" and nxt.value >= 10))))):
            add = nxt.value / 100
            unit = _ZERO
            if (nxt.num.kind == "digits" and _word_after(text, nxt.end) and not _free_after(
                    text, nxt.end, lex.cues.get("amount_followers", frozenset()),
                    lex.cues.get("change_links", frozenset()), lex.cues["range"])):
                # "v nominálnej hodnote 2 eurá a 16 zberateľských euromincí": two digits
                # after "and", no coin's word, a word after them: its cents, or a count of
                # what follows? Read as cents, said so
                c.reasons.append(f"{nxt.num.text!r} after {text[end:j].strip()!r}: its "
                                 "cents, or a number of what follows?")
                c.alts.append(abs(money.amount))
        if add is None:
            break
        amt = money.amount - add if money.amount < 0 else money.amount + add
        money = Money(amt, money.currency, money.per)
        end = nxt_end
        i += 1
        if unit == 0:
            break
    return money, end, i


_ZERO_GROUPS = re.compile(r"0(?:[.,'’ \u00a0\u202f]000)+")  # "0.000.000": zeros in groups
_HYPHEN_WORD = re.compile(r"[-‐][^\W\d_]")  # a hyphen, then a letter: "30-dagers"


def _dot_ordinal(text: str, end: int) -> bool:
    """Is the figure ending at ``end`` an ordinal written with a dot ("1. maksuvyöhyke",
    "3. Klasse"): a dot, a space, then a word in lower case?"""
    return (text[end:end + 1] == "." and text[end + 1:end + 2] in (" ", "\u00a0")
            and text[end + 2:end + 3].islower())


def _join_end(text: str, pos: int, joins: frozenset[str]) -> int:
    """The end of a minor-unit join (", and ", " y ", "と") after ``pos``, spaces included."""
    n = len(text)
    q = pos
    while q < n and text[q] in " \u00a0":
        q += 1
    if q < n and text[q] == ",":
        q += 1
        while q < n and text[q] in " \u00a0":
            q += 1
    r = q
    while r < n and _in_word(text[r]) and r - q < 8:
        r += 1
    if r > q and text[q:r].lower() in joins:
        while r < n and text[r] in " \u00a0":
            r += 1
        return r
    if q < n and text[q] in joins and not text[q].isascii():  # glued: "と", "和", "و"
        return q + 1
    return q


def _money_said_after(text: str, c: _Cand, sources: list[_Cand], loc: Locale | None,
                      lex: Lexicon) -> bool:
    """Is ``c``, a figure of a hundred or more in digits in a text that writes no
    currency, followed by a word of money ("20,000 रिश्वत मांगी": a bribe of 20,000)? Then
    it is money in the locale's currency, a guess said so."""
    return (not sources and loc is not None and loc.currency is not None
            and c.num.kind == "digits" and c.value >= 100 and not c.scaled
            and not _year_like(c) and not _thing_after(text, c.end, lex)
            and _money_noun_after(text, c.end, lex))


def _price_said_before(text: str, c: _Cand, sources: list[_Cand], loc: Locale | None,
                       lex: Lexicon, followers: frozenset[str], links: frozenset[str],
                       ranges: frozenset[str]) -> str | None:
    """The price word before ``c`` ("ค่าแรงขั้นต่ำ 400 มีผล 1 ม.ค.": the minimum wage,
    400), or the phrase that says "the sum of" ("ve výši"), when ``c`` is a whole figure
    of ten or more in digits ending its phrase, in a text that writes no currency; then
    it is money in the locale's currency, a guess said so. Else None."""
    if (sources or loc is None or loc.currency is None or c.num.kind != "digits"
            or c.scaled or c.value < 10 or _year_like(c) or c.per or _fraction(c.value)
            or (nxt := text[c.end:c.end + 4].lstrip(" ,\u00a0")[:1]) in _RANGE_MARKS
            or nxt == "/" or nxt.isdigit()  # ("69, 329": more of it; "30-40 हजार": a
            # range's low end, read with the range)
            or _next_word(text, c.end) in links | ranges
            or _thing_after(text, c.end, lex) or _duration_after(text, c.end, lex)
            or _unit_word_after(text, c.end, lex) or _measured(text, c.end, lex)
            or not _free_after(text, c.end, followers, links, ranges)):
        return None
    # (or "celkem 21 plateb ve výši 3 109 000": a phrase that says "the sum of")
    return _price_word_before(text, c.num.start, lex) or _sum_phrase_before(
        text, c.num.start, lex)


def _money_noun_after(text: str, pos: int, lex: Lexicon) -> bool:
    """Is one of the next two words after ``pos`` a noun that names money itself
    (``money_nouns``, or one with a case ending: "1,3 miljoen cash geld", "20,000
    रिश्वत", "103 mln strat")?"""
    words = lex.cues.get("money_nouns", frozenset())
    if not words:
        return False
    m = _NEXT_WORD.match(text, pos)
    for _ in range(2):
        if m is None:
            return False
        w = m.group(1).lower()
        if w in words or any(x in words for x in lex.stripped(w)):
            return True
        m = _NEXT_WORD.match(text, m.end(1))
    return False


def _next_word(text: str, pos: int) -> str:
    """The word (lower case) after ``pos``, spaces between; "" when none."""
    m = _NEXT_WORD.match(text, pos)
    return m.group(1).lower() if m is not None else ""


def _word_follows(text: str, pos: int) -> bool:
    """A word (letters) comes next after ``pos``, a space between."""
    rest = text[pos:pos + 3]
    return len(rest) >= 2 and rest[0] in " \u00a0" and rest[1].isalpha()


def _measured(text: str, pos: int, lex: Lexicon) -> bool:
    """Does a percent sign, or a Han character that is no numeral, no "money" word
    (钱) and no range or follower word (到, 的), follow ``pos`` (after spaces)? Then the
    numeral before it counts something else ("10%", "4年", "一斤", "3个") and is no
    smaller unit of an amount."""
    rest = text[pos:pos + 4].lstrip(" \u00a0")
    if not rest:
        return False
    ch = rest[0]
    if ch in "%％‰":
        return True
    if not ("\u4e00" <= ch <= "\u9fff") or is_cjk_numeral(ch) or ch in "钱錢" or ch in lex.minor:
        return False  # "五蚊六毫": a coin character
    if text[pos:pos + 1] in " \u00a0" and _myriad(text[pos - 1:pos]):
        return False  # "国民民主54億 立憲32億": a blank after a figure in myriads ends it; a
        # counter is glued to its figure
    if any(rest.startswith(q) for q in lex.cues["qualifiers_after"] if q[:1] == ch):
        return False  # "100万以上": a hedge, no unit of measure
    at = pos + len(text[pos:pos + 4]) - len(rest)  # where ``rest`` starts
    if any(text.startswith(w, at) for w in lex.cues.get("money_words", ()) if w[:1] == ch):
        return False  # "1.88億票房": a word of money (box-office takings), no unit
    return ch not in lex.cues["range"] and ch not in lex.cues.get("amount_followers", ())


def _range_dash_after(text: str, pos: int) -> bool:
    """Does a dash and a digit follow ``pos`` ("60-75", "60 – 75"): a range goes on?"""
    rest = text[pos:pos + 4].lstrip(" \u00a0")
    return len(rest) >= 2 and rest[0] in "-–—‑" and rest.lstrip("-–—‑ \u00a0")[:1].isdigit()


def _word_after(text: str, pos: int) -> bool:
    """True when a word or digit follows ``pos`` (after spaces)."""
    rest = text[pos:pos + 8].lstrip(" \u00a0")
    return bool(rest) and rest[0].isalnum()


_BARE_BEFORE_DASH = re.compile(r"([-–−]?)(\d[\d.,\u00a0\u202f ]*\d|\d)[ \u00a0]$")


def _bare_before_dash(text: str, pos: int, c: _Cand) -> bool:
    """Does a bare figure written like ``c``'s digits ("80.000", "120.000"), and
    smaller, end one space before the dash at ``pos`` ("80.000 -120.000 ευρώ": the low
    end of a range; not "-19 944 -95 111", two negatives)?"""
    m = _BARE_BEFORE_DASH.search(text[max(0, pos - 24):pos])
    if m is None or m.group(1) or c.num.kind != "digits":
        return False
    low, high = m.group(2), c.num.text
    if re.sub(r"\d+", "9", low) != re.sub(r"\d+", "9", high) and not (
            low.isdigit() and len(low) <= 3 and re.fullmatch(r"\d{1,3}[.,\u00a0 ]\d{3}", high)):
        return False  # (but "950 -1.000 lei": below a thousand, no group to write)
    return 0 < int(re.sub(r"\D", "", low)) < int(re.sub(r"\D", "", high))


def _designation(text: str, pos: int) -> bool:
    """Is the numeral at ``pos`` glued by a hyphen to a capitalised word before it, as a
    model or a type is named ("ВАЗ-2101", "Ту-154", "F-16", "ES1-421")?"""
    if pos < 2 or text[pos - 1] not in "-‑":
        return False
    j = pos - 1
    while j and text[j - 1].isalnum():
        j -= 1
    return j < pos - 1 and text[j].isupper() and text[j:pos - 1][-1:].isalnum()


def _acronym_before(text: str, pos: int) -> bool:
    """Is the word right before the numeral at ``pos`` (one blank between) two to five
    capitals, as a product, a grade or a model is named ("NAC 27", "GLS 350")?"""
    if pos < 3 or text[pos - 1] != " ":
        return False
    j = pos - 1
    while j > 0 and pos - 1 - j < 6 and text[j - 1].isalpha():
        j -= 1
    word = text[j:pos - 1]
    return (2 <= len(word) <= 5 and word.isupper() and (j == 0 or not text[j - 1].isalnum())
            and word not in global_table().codes)


def _is_range(text: str, a: _Cand, b: _Cand, lex: Lexicon) -> bool:
    if a.negative and b.negative and not (a.bracketed or b.bracketed):
        return False
    if b.num.kind == "article" and not (b.scaled or b.cur is not None):
        return False  # "–£3m – a loss": an article is no figure of its own
    if a.num.kind in ("article", "word") and not a.lead and b.num.kind == "digits" and (
            a.num.kind == "article" or (not a.money_like and b.scaled and _fraction(
                b.value.scaleb(-b.power)))):
        return False  # "dois menus, um a 12,50 e outro a 14,50 euros": one (a menu) at a
        # price; an article opens a range after the range's lead ("de um a 12,50 euros");
        # "за последующие два - 7,7 млрд рублей": a count in words, then the sum
        # to decimals of its scale
    if _zero_led(a) or _zero_led(b):
        return False  # "N° 004-2018-TR": a reference number, not a range
    if a.cur is None and a.num.kind == "digits" and (
            _designation(text, a.num.start) or _ordinal(text, a.num.start, lex)
            or (not a.lead and _acronym_before(text, a.num.start)
                and any(ch.islower() for ch in text[a.end:b.start]))):
        return False  # "ВАЗ-2101 — 5605 рублей", "Ту-154": a model's number, no low end;
        # "гуртожиток № 1 - 480 грн": a numbered thing's number; "co NAC 27 a 350 euros": a
        # grade named in capitals (not a headline in capitals: "DE 27 A 350 EUROS")
    if a.cur is None and _year_like(a) and _named_figure(text, a, lex):
        return False  # "le Cannondale E-Series 2013 à 3799 fr.": a model's year
    if (a.cur is None and a.num.kind == "digits" and a.value <= 31
            and _month_before(_word_before(text, a.num.start),
                              lex.cues.get("month_names", frozenset()))):
        return False  # "अप्रिल १ देखि २३ हजार ६४७ रुपैयाँ": a day of a month, then the sum
    if b.cur is None and b.minor_factor is None and (
            _percent_after(text, b.end, lex) or (a.cur is not None and _counted(text, b.end, lex))):
        return False  # "Fr. 4.69 – 15 Prozent mehr": a price, then a percentage; "8 tys. zł
        # — 21 881 rodzin": a sum, then how many families received it
    if a.bracketed or b.bracketed:
        return False
    if a.cur is not None and b.cur is not None and a.cur.value[0] != b.cur.value[0] and not (
            min(len(a.cur.value), len(b.cur.value)) == 1
            and set(a.cur.value) & set(b.cur.value)):
        return False  # (but "북한 돈 60∼70원": one end names the won the other's sign allows)
    if (a.cur is not None and a.num.end <= a.cur.start and a.cur.end <= b.num.start
            and b.num.kind == "word"):
        return False  # "516 euro -un milione delle vecchie lire-": an aside, not a range
    if (a.num.kind == "word" and b.qual_tok is not None and b.qual_tok.start >= a.end
            and not a.money_like):
        return False  # "rodzina dwa plus dwa – prawie 3,8 tys. zł": a hedged high end
        # after a number in words is a figure of its own
    if (a.minor_factor is not None) != (b.minor_factor is not None) and not (
            b.minor_factor is not None and not a.money_like):
        return False  # a major amount and a coin; but "between 24 and 26 cents" is a range
    gap = text[a.end:b.start]
    if (a.cur is None and b.cur is not None and b.cur_left and b.cur.end <= b.num.start
            and b.cur.text[:1].isalpha() and a.num.kind == "digits"
            and gap.strip("  ") in ("-", "–", "—") and b.cur.start > a.end + 1
            and not text[b.cur.start - 1:b.cur.start].strip()):
        return False  # "bandeira vermelha patamar 2 – R$ 7,877": a level, then a price; a
        # range writes the sign before its low end ("R$ 2 – R$ 7", "R$ 2 – 7")
    word = " ".join(gap.lower().split())
    # "8:aa—15:tä euroa": a case ending, then the dash; but in "990-ről 1422 milliárd
    # forintra" the ending ("from") is the range's word itself
    for suffix in () if word in lex.cues["range"] else lex.numeral_suffixes:
        if gap.startswith(suffix) and gap[len(suffix):len(suffix) + 1] in " -–—~\u00a0":
            gap = gap[len(suffix):]
            word = " ".join(gap.lower().split())
            break
    if not gap or len(gap) > 24:
        return False
    if word in lex.cues["range"]:
        if len(gap) > 12:
            return False
    else:
        # "od 140 do čak 350 evra": a word of emphasis after the range's word
        words = word.split()
        intens = lex.cues.get("range_intensifiers", frozenset())
        while len(words) > 1 and words[-1] in intens:
            words.pop()
        if len(words) == len(word.split()) or " ".join(words) not in lex.cues["range"]:
            return False
        word = " ".join(words)
    if word == "/" and (gap != "/" or a.num.kind != "digits" or b.num.kind != "digits" or (
            a.money_like and not (
                # "$ 32/35", "$ 30,50/34": the sign before the low end, a bare high end;
                # "N40/45k": and the high end's scale, for both
                a.cur is not None and a.cur_left and not a.scaled
                and (not b.money_like or (b.scaled and b.cur == a.cur))
                and a.value < (b.value.scaleb(-b.power) if b.scaled else b.value) <= 10 * a.value
                and not _unit_word_after(text, b.end, lex)))):
        return False  # "£100/£150", "32,68 eura/100": two sums, a price per hundred
        # (but "1,70/1,80 euro" is a range)
    years = lex.cues.get("year_before", ())
    if (a.cur is None and (_year_like(a) or _era_year(a, lex)) and not a.scaled
            and (_year_word_before(text, a.start, years)
                 or (a.start and text[a.start - 1] in "-־"
                     and _year_word_before(text, a.start - 1, years))
                 or ((two := _TWO_WORDS_BEFORE.search(text, max(0, a.start - 40), a.start))
                     is not None and two.group(1).lower() in years
                     and two.group(2).islower()))):  # "l'année budgétaire 2000 à 8 024,9
        # millions de francs": a word said of the year between
        return False  # "عام 2022 إلى 4000 جنيه", "en 2020 a 66 mil millones": a year first
        # (a prefix with a hyphen: "ב-2020 ל-45,251 שקל")
    if (a.cur is None and not a.lead and not a.scaled and a.num.kind == "digits"
            and a.value == a.value.to_integral_value() and 0 < a.value < 100
            and word not in ("-", "–", "—", "~", "/")
            and (b.value.scaleb(-b.power) if b.scaled else b.value) > 10 * a.value
            and (_named_figure(text, a, lex) or (
                (w := _word_before(text, a.start)) is not None and len(w) > 2
                and not no_space_script(w[0])
                and all(ch.isalpha() and ch.lower() == ch.upper() for ch in w)))):
        return False  # "شاشة أيفون 10 إلى 279 دولارا": a model's number, then the price it
        # reaches ("Windows 10 to 279 dollars" where names are capitalised); a range
        # without its lead word spans less than ten times
    if (a.cur is None and not a.lead and not a.scaled and not b.scaled
            and a.num.kind == b.num.kind == "digits" and _fraction(a.value)
            and _shape_places(a) in (1, 2) and b.value > 1000 * a.value):
        return False  # "el GSE Like 1.3 a $19.864.000": a size or a version to decimals,
        # then the price it sells at; a range without its lead spans less than that (not
        # "2,500 ile 10,000": three places may be a group of thousands)
    if (a.cur is None and _year_like(a) and not a.scaled
            and _word_before(text, a.left_start if a.lead else a.start)
            in lex.cues.get("month_names", ())):
        return False  # "septiembre de 2021 hasta los 6.400 millones": a date first
    if word in lex.cues.get("odds_links", ()) and a.value == 1 and _odds(text, b, lex):
        return False  # "én til 302,6 millioner": odds of one in 302.6 million
    if (a.cur is not None and not a.cur_left and b.cur is None and _year_like(b)
            and not b.scaled and not a.value < b.value <= 10 * a.value):
        return False  # "להתייקר בכ-50 שקלים עד 2018": the unit after the low end, then "by
        # 2018", a year far above it (but "1500 kroner til 2000" is a range)
    if word in lex.cues.get("range_needs_lead", ()):
        # "between $5 and $6", not "$5 and $6"; not "fra 1 043 kroner i 2007" (in 2007);
        # nor "da 3 euro e 50" ("from" takes "to": three euros fifty)
        return a.lead and not (a.cur is not None and b.cur is None and _year_like(b)
                               and not b.scaled) and not (
            word in lex.cues["minor_join"] and _from_lead(a, lex) and a.cur is not None
            and b.cur is None and not b.scaled and b.value < 100)  # (coins, not a high end)
    if word.isalpha() and _change_before(text, a.left_start, lex) and (
            a.lead or a.cur is not None or a.scaled or a.minor_factor is not None):
        return False  # "grew from $31 million to $38 million": two figures, not a range
        # (but "an increase of 3 to 4 cents": a bare figure, no "from", shares the unit)
    return True


def _from_lead(c: _Cand, lex: Lexicon) -> bool:
    """Is the lead word before ``c`` one that says "from" (``range_from``), which "to"
    answers, never "and"?"""
    froms = lex.cues.get("range_from", frozenset())
    return any(t.kind == "lead" and t.text.lower() in froms for t in c.cues.left)


def _ratio_before(text: str, pos: int, lex: Lexicon) -> bool:
    """Is the word before ``pos`` a ratio's (``ratio_before``: "koeficient 0,93"), or a
    little word of three letters at most after one ("multiplikator på 1,54", "factor of
    1.5")?"""
    ratios = lex.cues.get("ratio_before", frozenset())
    word = _word_before(text, pos)
    if word is None or not ratios:
        return False
    if word in ratios:
        return True
    if len(word) > 3:
        return False
    k = _past_spaces_back(text, pos)
    return _word_before(text, k - len(word)) in ratios


def _falling_pair(text: str, a: _Cand, b: _Cand) -> bool:
    """Two plain figures joined by a bare slash, the second the smaller but not ten times
    so: "210/160 kroner for studenter", two prices (each of two kinds of ticket) sharing
    the unit after them, not a range read backwards; not a day and month ("15/3")."""
    return (text[a.end:b.start] == "/" and a.num.kind == "digits" and b.num.kind == "digits"
            and not a.scaled and not b.scaled and b.value * 10 > a.value
            and not (a.value <= 31 and b.value <= 12))


def _era_year(c: _Cand, lex: Lexicon) -> bool:
    """Four digits that are a year of the language's own era ("ปี 2563", the Buddhist
    era's 2020; not "в 2400–3000 рублей", a price after the "in" of years)."""
    t = c.num.text
    era = lex.era_years
    return (era is not None and c.num.kind == "digits" and len(t) == 4 and t.isdigit()
            and era[0] <= int(t) <= era[1])


def _year_word_before(text: str, pos: int, years: frozenset[str] | tuple[str, ...]) -> bool:
    """Does a year word end right before ``pos`` ("in 2000"; glued to the words before it
    in a script written without spaces: "มากกว่าปี 2563")?"""
    word = _word_before(text, pos)
    if word is None:
        return False
    if word in years:
        return True
    if text[:_past_spaces_back(text, pos)].endswith("."):  # "พ.ศ. 2535": an abbreviation
        head = text[:_past_spaces_back(text, pos) - 1].lower()
        if any("." in y and head.endswith(y) and not _in_word(head[-len(y) - 1:-len(y)] or " ")
               for y in years):
            return True
    return no_space_script(word[-1]) and any(
        len(y) < len(word) and word.endswith(y) for y in years if no_space_script(y[-1]))


def _odds(text: str, c: _Cand, lex: Lexicon) -> bool:
    """A one and an odds word before ``c``, which has no currency of its own: "eins zu
    zehn Millionen", "1 ku 140 miliónom", "one in ten million" (a ratio, no money)."""
    links = lex.cues.get("odds_links")
    if not links or _word_before(text, c.num.start) not in links or any(
            t.kind == "cur" for t in (*c.cues.left, *c.cues.right)):
        return False
    words = text[max(0, c.num.start - 24):c.num.start].lower().split()
    return (len(words) >= 2 and words[-1] in links
            and words[-2].strip("(„“\"'") in lex.cues.get("one_words", ()))


def _change_before(text: str, pos: int, lex: Lexicon) -> bool:
    """A verb or adverb of change among the three words before ``pos``."""
    words = text[max(0, pos - 48):pos].lower().split()[-4:]
    change = lex.cues.get("change_words", frozenset())
    return any(w.strip(",.;:") in change for w in words)


def _han_pair(text: str, a: _Cand, b: _Cand) -> bool:
    """"三四元", "五六万", "十二三元": a Han numeral glued to one that starts with the
    digit after its last is the low end of a spoken range (a multiplier after the
    pair serves both; after "十二" the single digit is the units: 12 or 13). An
    enumeration comma may stand between, next to a single digit: "十三、四块钱",
    "三、四萬元"."""
    if a.num.kind != "cjk" or b.num.kind != "cjk":
        return False
    if a.end != b.start and not (b.start == a.end + 1 and text[a.end] == "、"
                                 and (len(b.num.text) == 1 or len(a.num.text) == 1)):
        return False
    last = cjk_digit(a.num.text[-1:])
    if a.cur is not None or a.negative or last is None or not 1 <= last <= 8:
        return False
    if cjk_digit(b.num.text[:1]) != last + 1:
        return False
    # ("十三四万元": thirteen or fourteen, the multiplier after both)
    return len(a.num.text) == 1 or len(b.num.text) == 1 or _han_head(b) is not None


def _han_head(c: _Cand) -> Decimal | None:
    """The worth of the multipliers after a numeral's single leading Han digit ("四万":
    10000), when nothing else follows it; else None."""
    t = c.num.text
    digit = cjk_digit(t[:1])
    if c.num.kind != "cjk" or not digit or len(t) < 2 or any(
            cjk_digit(ch) is not None for ch in t[1:]):
        return None
    unit = c.value / digit
    return unit if unit == Decimal(1).scaleb(unit.adjusted()) and unit >= 10 else None


def _percent_after(text: str, pos: int, lex: Lexicon) -> bool:
    """A percent sign or a percent word ("Prozent", "per cent") follows ``pos``."""
    return _measured(text, pos, lex) or _percent_word(text, pos, lex)


def _percent_word(text: str, pos: int, lex: Lexicon) -> bool:
    """A percent word of one or two words ("Prozent", "per cent") follows ``pos``."""
    words = lex.cues.get("percent_words", ())
    m = _NEXT_WORD.match(text, pos)
    if m is None:
        return False
    first = m.group(1).lower()
    return first in words or f"{first} {_next_word(text, m.end(1))}" in words


def _zero_led(c: _Cand) -> bool:
    """Digits that begin with a zero before another digit ("004"): a code, no amount."""
    t = c.num.text
    return c.num.kind == "digits" and len(t) > 1 and t[0] == "0" and t[1].isdigit()


def _elided_head(a: _Cand, b: _Cand) -> int:
    """"7-800", "3–400": a single digit before a round hundred (or thousand) names the
    same place ("seven to eight hundred"); the power of ten it lacks, else 0."""
    t, u = a.num.text, b.num.text
    if a.num.kind != "digits" or b.num.kind != "digits" or a.scaled:
        return 0
    groups = re.split(r"[ \u00a0\u202f.,’']", u)
    if (len(groups) > 1 and t.isdigit() and len(t) == len(groups[0]) <= 3
            and all(g == "000" for g in groups[1:]) and 0 < int(t) < int(groups[0])):
        return 3 * (len(groups) - 1)  # "15–20 000 kronor": fifteen to twenty thousand
    if len(t) != 1 or not (t.isdigit() and u.isdigit() and len(u) in (3, 4) and u[0] != "0"):
        return 0
    zeros = len(u) - 1
    if u[1:] != "0" * zeros or not 0 < int(t) < int(u[0]):
        return 0
    return zeros


def _own_units(a: _Cand, b: _Cand) -> bool:
    """Both ends of a range write a currency of their own ("$1 and $5,000"), so
    each is written in full."""
    return (a.cur is not None and b.cur is not None and not a.context and not b.context
            and a.cur.start != b.cur.start)


_TEN_THOUSAND = Decimal(10_000)
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")  # ("2019 m.": a year, its word cut short)


def _range_pair(text: str, a: _Cand, b: _Cand, lex: Lexicon) -> tuple[_Cand, _Cand]:
    """The low and high ends of the range ``a``-``b``, each with what the other writes
    once (a unit, a scale, a Han multiplier). Reads ``a`` itself like ``b`` when the two
    are written alike."""
    if (b.cur is not None and a.cur in (None, b.cur) and a.scaled == b.scaled
            and _same_shape(a, b)):
        _follow_reading(a, b)  # "៥.០០១ ដល់ ២០.០០០ដុល្លារ": both ends group thousands
    elif (a.cur is not None and a.cur_left and b.cur is None and a.scaled == b.scaled
          and _same_shape(a, b)):
        _follow_reading(b, a)  # "SGD 31,000 – 44,000" under id_ID: the sign's reading for both
    low = _Cand(a.cues, a.start, a.end, a.value, a.scaled, a.power, a.cur or b.cur, a.cur_left,
                a.negative, False, a.qualifier, a.per or b.per, a.minor_factor or b.minor_factor,
                a.minor_cur or b.minor_cur, a.minor_text or b.minor_text, a.grand or b.grand)
    high = _Cand(b.cues, b.start, b.end, b.value, b.scaled, b.power, b.cur or a.cur, b.cur_left,
                 b.negative, False, b.qualifier, b.per or a.per, b.minor_factor or a.minor_factor,
                 b.minor_cur or a.minor_cur, b.minor_text or a.minor_text, a.grand or b.grand)
    low.home = high.home = a.home or b.home
    head = 0 if _own_units(a, b) else _elided_head(a, b)  # (not "between $1 and $5,000")
    if head:  # "7-800 milliárd", "3-400 kroner": seven to eight hundred
        low.value = a.value.scaleb(head + (b.power if b.scaled else 0))
        low.scaled = b.scaled
        if "—" in text[a.end:b.start] and " " in text[a.end:b.start]:
            # "Grades 1 and 2  —  8,000 pesos": a spaced dash sets words apart as often
            a.reasons.append(f"{text[a.start:b.end]!r}: a range, or a dash before the amount")
        elif b.value.scaleb(-head - (b.power if b.scaled else 0)) >= 5 * a.value:
            # "between 1 and 5,000 dollars": one to five thousand, or one to 5,000?
            a.reasons.append(f"{text[a.start:b.end]!r}: the low end may be written in full")
            a.alts.append(a.value)
    elif (a.num.kind == "cjk" and b.num.kind == "digits" and not b.scaled and b.value < a.value
          and (tail := _digits_after_myriad(a.num.text)) is not None
          and len(tail) == len(b.num.text) and b.value > int(tail)):
        # "1万2000~3000円": the high end shares the low end's myriads (12,000 to 13,000;
        # a range cannot fall)
        high.value = a.value - int(tail) + b.value
    elif (a.num.kind == b.num.kind == "cjk" and not a.scaled and not b.scaled
          and 0 < b.value < _TEN_THOUSAND <= a.value and b.value == b.value.to_integral_value()
          and (rest := a.value % _TEN_THOUSAND) and rest < b.value
          and len(str(int(rest))) == len(str(int(b.value)))):
        # "3万5千~6千円": the high end's thousands stand in the low end's, under its
        # myriads (35,000 to 36,000; a range cannot fall)
        high.value = a.value - rest + b.value
    elif (a.num.kind == b.num.kind == "cjk" and (after := _tail_of(a.num.text)) is not None
          and (m := _myriad(b.num.text)) and after[1] > m
          and (own := _tail_of(b.num.text[:-1])) is not None and len(own[0]) == len(after[0])):
        # "2조7000~2조8000억원": the low end's last digits stand in the high end's last
        # myriads (2.7 to 2.8 trillion), left out as the high end says them once
        low.value = a.value - int(after[0]) + Decimal(int(after[0])).scaleb(m)
    elif (a.num.kind == b.num.kind == "cjk" and (m := _myriad(b.num.text)) >= 4
          and a.num.text[-1:] in _HAN_BELOW_MYRIAD and 0 < (rest := a.value % _TEN_THOUSAND)
          and b.value / 10 <= (full := a.value - rest + rest.scaleb(m)) <= b.value):
        # "8천~9천만원", "1억8천∼3억6천만원": the high end's myriad serves the low end's
        # thousands too (80 to 90 million; 180 to 360 million)
        low.value = full
        low.scaled = True
    elif _thousands_left_out(text, a, b):
        low.value = a.value * 1000  # (not round: "7-800" and "15–20 000" are above)
        a.reasons.append(f"{text[a.start:b.end]!r}: the low end in thousands, left out, or "
                         "as written?")
        a.alts.append(a.value)
    elif (a.cur is None or a.cur == b.cur or a.context) and (power := _scale_word_low(a, b)):
        low.value = a.value.scaleb(power)  # "entre mil e 1,25 mil milhões de euros": a
        low.scaled = True  # thousand million, said so
        a.reasons.append(f"{a.num.text!r} before {text[b.start:b.end]!r}: a count of its "
                         "scale, or as written?")
        a.alts.append(a.value)
    elif not a.scaled and b.scaled and (a.cur is None or a.cur_left) and (
            a.value < 1000 or _year_like(a) or a.value.scaleb(b.power) <= b.value) and (
            _year_like(a) or a.value.scaleb(b.power) <= 10 * b.value):
        # (not "de 366 pesos y hasta 12 millones 315 mil pesos": a low end with its own
        # unit after it is written in full)
        # (not "od 900 do … 3 tysięcy": a low end in full, far above the high end so scaled)
        low.value = a.value.scaleb(b.power)
        low.scaled = True
        if low.value > b.value and not _year_like(a):
            # "внести от 20 до 10 тыс. долларов": scaled, the low end passes the high one
            # (a fall, or 20 dollars as written?)
            a.reasons.append(f"{text[a.start:b.end]!r}: the low end in the high end's scale "
                             "(above it), or as written?")
            a.alts.append(a.value)
    elif not a.scaled and b.scaled:
        pass  # "500.000 đến 1 triệu đồng": the low end written out in full
    elif a.num.kind == "digits" and not a.scaled and b.num.kind == "cjk":
        power = _trailing_power(b)
        if power and (power >= 4 or a.value < b.value.scaleb(-power)):
            # "40~50억원", "3~5천 원": the multiplier written once serves both ends
            low.value = a.value.scaleb(power)
            low.scaled = True
    elif power := _word_power(a, b, lex, near=False):
        # "zwei bis vier Milliarden Franken", "to og fire millioner dollar", Hungarian
        # "hat-hétmillió" (glued), "एक-दो लाख": the scale word of the high end serves both
        low.value = a.value.scaleb(power)
    elif _han_pair(text, a, b):
        if len(a.num.text) == 1:
            low.value = a.value * (b.value / (a.value + 1))  # "五六万": 50,000 to 60,000
        elif len(b.num.text) == 1:
            high.value = a.value + 1  # "十二三元": 12 to 13
        else:
            each = _han_head(b) or _ONE  # "十三四万元": 130,000 to 140,000
            low.value, high.value = a.value * each, (a.value + 1) * each
            low.scaled = high.scaled = True
    elif (a.num.kind == "cjk" and not a.scaled and len(a.num.text) == 1
          and (unit := _han_head(b)) is not None and a.value < b.value / unit):
        # "六至八万元": the multiplier of the high end serves both
        low.value = a.value * unit
        low.scaled = True
    elif (not head and not a.scaled and not b.scaled and a.num.kind == b.num.kind == "digits"
          and a.num.text.isdigit() and len(a.num.text) <= 3 and a.value.scaleb(2) < b.value
          and not all(any(t.kind == "cur" for t in (*c.cues.left, *c.cues.right))
                      for c in (a, b))  # (not "zwischen 5€ und 50.000€")
          and re.fullmatch(r"\d{1,3}(?:[., \u00a0\u202f’']000)+(?:,-)?", b.num.text)):
        # "kr. 30-100.000,-", "Grades 1 and 2 — 8,000 pesos": a low end a hundredth of the
        # high one may be its thousands written short, or no part of a range at all
        a.reasons.append(f"{text[a.start:b.end]!r}: the low end may be in thousands, or "
                         "no part of a range")
        if b.value / 2 <= a.value.scaleb(3) < b.value and (
                a.cur is None or a.cur_left or a.cur.end > b.start):
            # "tra i 90-150.000 euro", "entre 70 et 130 000 F CFA": in thousands, within
            # half the high end to it, the low end is that range's thousands written short
            # (not "fra 100 kroner til 100.000": its own unit after it, written in full)
            low.value = a.value.scaleb(3)
            a.alts.append(a.value)
        elif a.value.scaleb(3) <= b.value:
            a.alts.append(a.value.scaleb(3))
    elif (not a.scaled and not b.scaled and a.cur is None and not a.lead
          and a.num.kind == b.num.kind == "digits" and a.num.text.isdigit()
          and a.value * 10 < b.value and _SPACED_DASH.fullmatch(text, a.end, b.start)):
        # "на 20 - 460 рублей": a spaced dash after a small bare figure sets the amount
        # apart from what it is said of as often (twenty trips: 460 roubles)
        a.reasons.append(f"{text[a.start:b.end]!r}: a range, or a figure and then the "
                         "amount after a dash?")
    return low, high


_SPACED_DASH = re.compile(r"[ \u00a0]+[-–—][ \u00a0]+")


def _trailing_power(c: _Cand) -> int:
    """For a CJK numeral written as digits and then multipliers only ("50억",
    "6천억", "5천"), the power of ten the multipliers stand for; else 0."""
    t = c.num.text
    k = len(t)
    while k and not t[k - 1].isdigit():
        k -= 1
    digits = t[:k]
    if _COMMA_THREES.fullmatch(digits):
        digits = digits.replace(",", "")  # "1,500万円": the head grouped with commas
    if k == 0 or k == len(t) or not digits.isdigit():
        return 0
    head = Decimal(digits)
    if not head:
        return 0
    ratio = c.value / head
    power = ratio.adjusted()
    return power if power >= 2 and ratio == Decimal(1).scaleb(power) else 0


def safe_resolve(text: str, locale: Locale | str | None = None, *,
                 published: tuple[str, str] | None = None,
                 quotes: Quotes | None = None) -> list[Mention]:
    """:func:`resolve`, with any unexpected internal failure turned into a FinnormError."""
    try:
        return resolve(text, locale, published=published, quotes=quotes)
    except FinnormError:
        raise
    except Exception as exc:  # pragma: no cover  (a defect: reported as the library's error)
        raise FinnormError(f"internal error reading text: {type(exc).__name__}: {exc}") from exc
