"""Numbers written in words and in CJK/Hangul numerals, read into exact values.

``find_number_words`` finds every spelled-out number in a text ("twenty-three",
"half a billion", "zweitausendfünfhundert", "quatre-vingt-dix", "mil
millones", "1兆970億", "이천칠백삼십오만") and returns its span and its exact
``Decimal`` value.  It does no currency work: the resolver decides whether a
currency word follows.

The words are data: one table per language in ``finnorm/data/numwords/``
(``<lang>.toml``, plus ``cjk.toml`` for Han and Hangul numerals).  A language
is a table, compiled once into one regex of its words (longest first) and a
dictionary; a small accumulator then combines adjacent words.  The grammar the
accumulator knows, per token kind:

* ``numbers``: additive values ("twenty" 20, "doscientos" 200).  A value is
  added only if it fits the free place of the current group ("twenty" leaves
  room for 1..9, "hundred" for 1..99, "dix" none), so "ten twenty" is two
  numbers, "hundred twenty three" one.
  ``bound_numbers`` are units said only after a ten ("hai mươi tư", "mười lăm" in
  Vietnamese: alone, "tư" is part of "đầu tư", to invest); they start no number.
* ``multipliers``: "hundred", "cent", "hundert": multiply the group (1..9, or
  1..99 where "fifteen hundred" is said).
* ``scales``: power of ten applied to the group; a larger scale after a
  smaller one multiplies everything ("mil millones" = 10**9).  ``bound_*``
  entries need a number before them ("deux cents", "two grand", "millones").
* ``connectors`` ("and", "y", "e", "et", "und"): kept only when a number
  follows that fits; in ``inverted_tens`` languages the unit may come first
  ("einundzwanzig", "drieëntwintig").
* ``articles`` ("a", "ein", "un"): value 1 before a multiplier or scale ("a
  hundred", "un million"); alone they are reported with ``kind='article'``,
  unless a fraction stands before them: "half a", "three quarters of a" are
  the fraction (0.5, 0.75), never the article's 1.
* ``clitics`` ("ב", "כ") glued before a number are skipped; ``definite``
  articles ("ال") only before the first of several number words ("الخمسة
  ملايين"; "في المئة" is "per cent"); ``suffixes`` (case endings) may end a
  number word that holds a scale or multiplier ("négymillióért"). The option
  ``glued`` reads numbers glued to the words around them, for scripts written
  without spaces (Thai: "ปรับไม่เกินห้าหมื่นบาท"); a scale or multiplier glued
  alone to a word is then no number ("(ล้านบาท)", a table's unit label).
* ``fractions``: "half a billion", "one and a half million", "un million et
  demi"; a fraction with no integer before it needs a scale after it.
* ``glued_fractions`` ("zweieinhalb", "bir buçuk", "a půl") add to the number
  before them, or after a scale take that part of it ("dva miliony a půl");
  ``place_fractions`` (Vietnamese "rưỡi") take that part of the multiplier or
  scale just said ("một trăm rưỡi" = 150, "hai triệu rưỡi" = 2 500 000).
  Digits may begin a number a fraction continues ("2 and a half million",
  "2 millions et demi").
* ``points``: "three point five" (digits after the point, one word each).
* ``fraction_links``: "a quarter of a million"; ``scale_links``: a word
  between a number and its scale (Romanian "douăzeci de mii").
* ``money_nouns``: nouns that are a sum of the country's money, read as their
  number (Czech "za tisícovku", a thousand crowns; Polish "o złotówkę";
  Swedish "en hundring"); the resolver reads them in the locale's currency,
  unless a counted noun follows ("tisícovka diváků").

Choices worth knowing:

* Words join across spaces, a hyphen or one line break; an en dash does not
  join ("ten–twenty" is a range).  A scale word right after digits ("10
  million", "2,5 Millionen") is left to the digit reader and not reported.
* Han numerals are reported wherever they stand, since Chinese and Japanese
  have no word boundaries: "一般" gives 一 = 1.  The resolver keeps a number
  only when a currency follows (and "五角大楼", the Pentagon, shows that a
  unit character after it is not always money).
* A lone digit after 百/千/万/亿 is the next place down in Chinese ("一万二" =
  12000, "三千五" = 3500; 10002 is written 一万零二), but not with
  ``lang='ja'``, where 一万二 is 10002.
* A plain digit run is never reported; digits count only next to a numeral
  or multiplier ("3千", "670.9億"), with spaces allowed only between digits
  and a multiplier ("7  万"), or after 억/만/億/万 before a smaller group
  ("3억 5천만").
* Hangul numerals glued to other Hangul on the left are skipped (이사회,
  삼성) unless that Hangul is a currency unit ("이달러이십삼센트"); on the
  right they must be followed by a non-Hangul character or a unit from
  ``cjk.toml``, and a lone digit syllable (이, 오) needs the unit glued to it.

The work is linear in the text: one regex pass per script (alternations of
literal words, repeated only possessively for compounds, so nothing
backtracks), dictionary look-ups, and a bounded look-back when a number ends
on an incomplete tail ("half a day").
"""
from __future__ import annotations

import bisect
import os
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping
from decimal import Context, Decimal
from functools import cache, lru_cache
from typing import Any, NamedTuple

from ._marks import MARKS
from .data import read_text

__all__ = ["NumberSpan", "approximate_cjk", "cjk_digit", "find_number_words", "is_cjk_numeral", "languages"]


class NumberSpan(NamedTuple):
    """A number found in text: ``text[start:end]`` is exactly its words."""

    start: int
    end: int
    value: Decimal
    kind: str  # 'word' | 'cjk' | 'article' | 'fraction' (a fraction awaiting its scale)
    # | 'definite' (a number word alone after a definite article: asked for on request)


# Exact arithmetic whatever the caller's decimal context is.
_CTX = Context(prec=120)
_MAX_DIGITS = 60  # a digit run longer than this is not a money figure

# Token kinds.
_NUM, _MUL, _SCALE, _CONN, _ART, _FRAC, _PFRAC, _GFRAC, _POINT, _LINK, _SLINK = range(11)
# Pending states (the number is incomplete until the next token).
_P_NONE, _P_CONN, _P_CONN_ART, _P_FRAC_ART, _P_POINT, _P_LINK, _P_SLINK = range(7)

_ZERO = Decimal(0)
_ONE = Decimal(1)
_POW10 = tuple(Decimal(10) ** e for e in range(40))

# A token: (kind, value, n, slot, bound, article_is_numeral)
#   _NUM: n = integer value (-1 if not an integer), slot = free place after it
#   _MUL: n = factor, slot = largest group it may multiply
#   _SCALE: n = power of ten
_Tok = tuple[int, Decimal, int, int, bool, bool]


def _slot(n: int, wide: bool, ten_takes_units: bool = False) -> int:
    """The largest value that may be added after ``n`` in the same group."""
    if n < 0:
        return -1
    if n >= 100:
        rest = n % 100
        return 99 if rest == 0 else _slot(rest, wide, ten_takes_units)
    if n == 0 or n % 10 or (n == 10 and not ten_takes_units):
        return -1
    return 19 if wide else 9


# --------------------------------------------------------------------------
# Alphabetic languages
# --------------------------------------------------------------------------


class _Acc:
    """Accumulator over the tokens of one number."""

    __slots__ = (
        "decpos",
        "dual",
        "dual_e",
        "gint",
        "group",
        "grp_art",
        "inv",
        "last",
        "last_e",
        "lastn",
        "max_e",
        "mul",
        "need_scale",
        "ntok",
        "pend",
        "slot",
        "total",
    )

    def __init__(self) -> None:
        self.total = _ZERO
        self.group = _ZERO
        self.gint = True  # group is an integer
        self.slot = 999
        self.max_e = 0
        self.last_e = 99
        self.last = -1
        self.lastn = 0
        self.inv = False  # last unit sits in an empty tens place
        self.pend = _P_NONE
        self.need_scale = False
        self.ntok = 0
        self.decpos = 0
        self.grp_art = False  # the group is an article read as one ("mille un")
        self.mul = _ZERO  # the last multiplier word's value ("trăm": 100)
        self.dual = _ZERO  # a first word that counts a scale ("ألفين": 2000), and its power
        self.dual_e = 0

    @property
    def complete(self) -> bool:
        return self.ntok > 0 and self.pend == _P_NONE and not self.need_scale

    @property
    def value(self) -> Decimal:
        return _CTX.add(self.total, self.group)

    def feed(self, t: _Tok, inverted: bool) -> bool:
        """Add one token; False if it cannot continue this number."""
        kind = t[0]
        p = self.pend
        if kind == _NUM:
            n = t[2]
            if self.decpos:
                if not 0 <= n <= 9 or self.decpos > 30:
                    return False
                self.group = _CTX.add(self.group, t[1].scaleb(-self.decpos, _CTX))
                self.decpos += 1
            elif self.ntok == 0:
                if t[4]:
                    return False  # a unit said only after a ten
                self.group = t[1]
                self.gint = n >= 0
                self.slot = t[3]
                self.inv = 1 <= n <= 9
                if n >= 1000 and n % 1000 == 0:
                    # "ألفين وخمسمائة" (2,500): a word that counts a scale (a dual) takes
                    # anything below that scale after it
                    self.dual, self.dual_e = t[1], (len(str(n)) - 1) // 3 * 3
                    self.slot = 10 ** self.dual_e - 1
            elif (
                p == _P_CONN and inverted and self.inv and self.last == _NUM
                and 20 <= n <= 90 and n % 10 == 0
            ):
                self.group = _CTX.add(self.group, t[1])
                self.slot = -1
                self.inv = False
            elif p in (_P_CONN_ART, _P_FRAC_ART) or n < 1 or n > self.slot:
                return False
            else:
                self.inv = 1 <= n <= 9 and self.slot >= 99
                self.group = _CTX.add(self.group, t[1])
                self.slot = t[3]
            self.pend = _P_NONE
            self.last = _NUM
            self.lastn = n
        elif kind == _ART:
            if self.ntok == 0:
                self.group = _ONE
                self.gint = True
                self.slot = -1
                self.inv = True
                self.last = _ART
                self.lastn = 1
            elif t[5] and p in (_P_NONE, _P_CONN) and self.slot >= 1 and not self.decpos:
                # "vingt et un", "cent un": the article is the numeral one
                self.grp_art = not self.group
                self.inv = self.slot >= 99
                self.group = _CTX.add(self.group, _ONE)
                self.slot = -1
                self.pend = _P_NONE
                self.last = _NUM
                self.lastn = 1
            elif p == _P_CONN:
                self.pend = _P_CONN_ART  # "one and a half"
            elif p in (_P_NONE, _P_LINK) and self.last == _FRAC and self.need_scale:
                self.pend = _P_FRAC_ART  # "half a billion", "a quarter of a million"
            else:
                return False
        elif kind == _SCALE:
            if p not in (_P_NONE, _P_FRAC_ART, _P_SLINK):
                return False
            e = t[2]
            mult = t[1]
            seg = self.group
            if not seg:
                if self.ntok == 0:
                    if t[4]:
                        return False
                    self.total = mult
                elif self.last == _SCALE and e > self.max_e:
                    self.total = _CTX.multiply(self.total, mult)  # "mil millones"
                elif self.last == _SCALE and e < self.last_e and not t[4]:
                    self.total = _CTX.add(self.total, mult)  # "un millón mil"
                else:
                    return False
            elif self.dual_e and seg != self.dual and e <= self.dual_e:
                if e == self.dual_e:
                    return False  # "بين ألفين وثلاثة آلاف": two sums of thousands, no one
                # "مليونين وثلاثمائة ألف": two million, and three hundred thousand
                self.total = _CTX.add(self.dual, _CTX.multiply(_CTX.subtract(seg, self.dual),
                                                               mult))
                self.max_e = self.dual_e
            elif e > self.max_e and (not self.total or self.max_e == 3) and not self.grp_art:
                # "mil doscientos millones": a thousand-count of the larger scale
                self.total = _CTX.multiply(_CTX.add(self.total, seg), mult)
            elif e < self.last_e:
                self.total = _CTX.add(self.total, _CTX.multiply(seg, mult))
            else:
                return False
            self.group = _ZERO
            self.gint = True
            self.grp_art = False
            self.dual_e = 0
            self.slot = 999
            self.last = _SCALE
            self.last_e = e
            self.max_e = max(self.max_e, e)
            self.need_scale = False
            self.pend = _P_NONE
            self.decpos = 0
        elif kind == _MUL:
            if p or self.decpos:
                return False
            if self.ntok == 0 or (self.last == _SCALE and not self.group):
                if t[4]:
                    return False
                self.group = t[1]  # "cent", "mille cent"
            elif (
                self.last in (_NUM, _ART) and self.gint
                and (2 if t[4] else 1) <= self.group <= t[3]
            ):
                self.group = _CTX.multiply(self.group, t[1])
            elif (
                self.last == _NUM and self.gint and (2 if t[4] else 1) <= self.lastn <= t[3]
                and self.group > self.lastn
                and ((self.mul and t[1] < self.mul)
                     or (not self.mul and self.group - self.lastn >= t[1] * 10))
            ):
                # "dua ratus lima puluh" (2 x 100 + 5 x 10): a smaller multiplier takes
                # only the units said since the larger one
                self.group = _CTX.add(_CTX.subtract(self.group, Decimal(self.lastn)),
                                      _CTX.multiply(Decimal(self.lastn), t[1]))
            else:
                return False
            self.gint = True
            self.slot = t[2] - 1
            self.last = _MUL
            self.mul = t[1]
        elif kind == _FRAC:
            if self.decpos:
                return False
            if self.ntok == 0 or (self.ntok == 1 and self.last == _ART):
                self.group = t[1]
                self.need_scale = True
            elif (
                p == _P_CONN and self.last == _NUM and self.gint and self.lastn == self.group
                and self.group >= 1000 and (unit := _round_unit(self.group)) is not None
            ):
                # "مليونين ونصف": a scale's dual in one word (two million), then "and a
                # half" of that scale (2.5 million, not 2,000,000.5); a scale after it
                # restates it ("مليوني ونصف مليون"), it scales it no more
                self.group = _CTX.add(self.group, _CTX.multiply(t[1], unit))
                self.max_e = 99
                self.last_e = 0
            elif (
                p in (_P_CONN, _P_CONN_ART) and self.last in (_NUM, _ART, _MUL)
                and self.group and self.gint
            ):
                self.group = _CTX.add(self.group, t[1])  # "one and a half"
            elif p in (_P_CONN, _P_CONN_ART) and self.last == _SCALE:
                # "un million et demi": half of the scale just said
                self.total = _CTX.add(self.total, _CTX.multiply(t[1], _POW10[self.last_e]))
                self.max_e = 99  # nothing may scale this again
                self.last_e = 0
            else:
                return False
            self.gint = False
            self.slot = -1
            self.last = _FRAC
            self.pend = _P_NONE
        elif kind == _PFRAC:  # "three quarters" (needs a scale: "four quarters" are coins)
            if p or self.decpos or self.last != _NUM or not self.gint or not 1 <= self.group <= 99:
                return False
            self.group = _CTX.multiply(self.group, t[1])
            self.gint = False
            self.need_scale = True
            self.slot = -1
            self.last = _FRAC
        elif kind == _GFRAC:  # "zweieinhalb", "bir buçuk"
            if not p and self.last == _SCALE and self.max_e < 99 and not self.group:
                # "hai triệu rưỡi", "dva miliony a půl": half of the scale just said
                self.total = _CTX.add(self.total, _CTX.multiply(t[1], _POW10[self.last_e]))
                self.max_e = 99
                self.last_e = 0
                self.ntok += 1
                self.last = _FRAC
                self.slot = -1
                return True
            if t[4] and not p and self.last == _MUL and self.gint and self.group and not self.decpos:
                # "một trăm rưỡi": half of the multiplier just said (150)
                self.group = _CTX.add(self.group, _CTX.multiply(t[1], self.mul))
            elif p or self.decpos or self.last not in (_NUM, _ART) or not self.gint or (
                    not self.group):
                return False
            else:
                self.group = _CTX.add(self.group, t[1])
            self.gint = False
            self.slot = -1
            self.last = _FRAC
        elif kind == _CONN:
            if p or self.decpos or self.need_scale or (
                    self.last not in (_NUM, _MUL, _SCALE)
                    and not (self.last == _ART and self.ntok == 1)):  # "en och en halv"
                return False
            self.pend = _P_CONN
        elif kind == _SLINK:  # Romanian "douăzeci de mii": only before a scale
            if not p and self.last == _FRAC and self.need_scale:
                pass  # "jumătate de milion": a fraction's link to its scale
            elif p or self.decpos or self.last not in (_NUM, _MUL) or not self.gint or (
                    self.group < 20):
                return False
            self.pend = _P_SLINK
        elif kind == _LINK:  # "of" in "a quarter of a million"
            if p or self.last != _FRAC or not self.need_scale:
                return False
            self.pend = _P_LINK
        else:  # _POINT
            if p or self.decpos or self.last != _NUM or not self.gint or self.need_scale:
                return False
            self.decpos = 1
            self.pend = _P_POINT
        self.ntok += 1
        return True


_SECTIONS = frozenset({
    "options", "numbers", "bound_numbers", "multipliers", "bound_multipliers", "scales",
    "bound_scales",
    "fractions", "plural_fractions", "glued_fractions", "place_fractions", "words",
    "money_nouns",
})
_OPTIONS = frozenset({"compounds", "inverted_tens", "hundred_multiplier_max", "wide_tens",
                      "ten_takes_units", "glued", "hyphen_joins"})
_WORD_LISTS = frozenset({"connectors", "articles", "points", "fraction_links", "scale_links",
                         "clitics", "definite", "suffixes", "nouns_after_figures"})


class _Lang:
    """A compiled language table."""

    __slots__ = (
        "_cache",
        "_closing",
        "_morphs",
        "code",
        "compounds",
        "glued",
        "hyphen_joins",
        "inverted",
        "lookup",
        "money",
        "morph_re",
        "nouns_after_figures",
        "suffixes",
        "word_re",
    )

    def __init__(self, code: str, table: Mapping[str, Any]) -> None:
        unknown = (set(table) - _SECTIONS) | (set(table.get("options", {})) - _OPTIONS) | (
            set(table.get("words", {})) - _WORD_LISTS
        )
        if unknown:
            raise ValueError(f"numwords/{code}.toml: unknown keys {sorted(unknown)}")
        opts = table.get("options", {})
        self.code = code
        self.inverted = bool(opts.get("inverted_tens", False))
        self.compounds = bool(opts.get("compounds", False))
        self.glued = bool(opts.get("glued", False))
        self.hyphen_joins = bool(opts.get("hyphen_joins", True))
        hmax = int(opts.get("hundred_multiplier_max", 9))
        ten_units = bool(opts.get("ten_takes_units", False))  # Turkish "on beş" = 15
        wide = {_norm_key(w) for w in opts.get("wide_tens", [])}
        words = table.get("words", {})
        articles = {_norm_key(w) for w in words.get("articles", [])}
        lookup: dict[str, _Tok] = {}

        def put(key: str, tok: _Tok) -> None:
            k = _norm_key(key)
            if k in lookup and lookup[k] != tok:
                raise ValueError(f"numwords/{code}.toml: {key!r} defined twice")
            lookup[k] = tok

        for section, bound in (("numbers", False), ("bound_numbers", True)):
            for key, val in table.get(section, {}).items():
                d = Decimal(str(val))
                n = int(d) if d == d.to_integral_value() else -1
                put(key, (_NUM, d, n, _slot(n, _norm_key(key) in wide, ten_units), bound,
                          False))
        # nouns that are a sum of the country's money ("tisícovku": a thousand crowns, the
        # note; "hundralapp", "złotówkę"): read as their number, money in the locale's
        self.money = frozenset(_norm_key(k) for k in table.get("money_nouns", {}))
        # number words that, right after a figure, are nouns ("30 năm": thirty years)
        self.nouns_after_figures = frozenset(
            _norm_key(w) for w in words.get("nouns_after_figures", []))
        for key, val in table.get("money_nouns", {}).items():
            d = Decimal(str(val))
            n = int(d) if d == d.to_integral_value() else -1
            put(key, (_NUM, d, n, _slot(n, False, ten_units), False, False))
        for section, bound in (("multipliers", False), ("bound_multipliers", True)):
            for key, val in table.get(section, {}).items():
                f = int(val)
                put(key, (_MUL, Decimal(f), f, hmax if f == 100 else 9, bound, False))
        for section, bound in (("scales", False), ("bound_scales", True)):
            for key, val in table.get(section, {}).items():
                e = int(val)
                put(key, (_SCALE, _POW10[e], e, 0, bound, False))
        for section, kind, place in (("fractions", _FRAC, False), ("plural_fractions", _PFRAC, False),
                                     ("glued_fractions", _GFRAC, False),
                                     ("place_fractions", _GFRAC, True)):
            for key, val in table.get(section, {}).items():
                put(key, (kind, Decimal(str(val)), -1, -1, place, False))
        for key in words.get("connectors", []):  # n: its length, to skip a glued "و"
            put(key, (_CONN, _ZERO, len(_norm_key(key)), 0, False, False))
        for key in words.get("clitics", []):  # glued before a number, skipped like "و": "כחצי"
            put(key, (_CONN, _ZERO, len(_norm_key(key)), 0, False, False))
        for key in words.get("definite", []):  # "الخمسة ملايين"; but "المئة" is "per cent"
            put(key, (_CONN, _ZERO, len(_norm_key(key)), 0, True, False))
        for key in words.get("points", []):
            put(key, (_POINT, _ZERO, 0, 0, False, False))
        for key in words.get("fraction_links", []):
            put(key, (_LINK, _ZERO, 0, 0, False, False))
        for key in words.get("scale_links", []):
            put(key, (_SLINK, _ZERO, 0, 0, False, False))
        # Morphemes (inside compounds an article is the numeral: "einhundert").
        morphs = dict(lookup)
        for key in articles:
            lookup[key] = (_ART, _ONE, 1, -1, False, key in morphs)
        alternation = _alternation(lookup)
        # "one2", "someone"; and a vowel sign is part of its word ("समाचार" holds no 4)
        letter_before, letter_after = rf"(?<![\w{MARKS}])", rf"(?![\w{MARKS}])"
        if self.glued:
            # Thai writes no space between words: a number glued to the words around it
            # ("ปรับไม่เกินห้าหมื่นบาท"); the resolver keeps it only with money after it
            # (a Thai tone mark or thanthakhat ends its syllable: "ที่ยี่สิบเก้าบาท")
            # (so do Burmese's creaky tone, visarga and asat, the Zawgyi font's asat too:
            # "ကျပ်ငါးသိန်း"; and Zawgyi writes the vowel "ေ" before the consonant it
            # follows, so it begins the next word: "ဆယ္ေဒၚလာ", ten dollars)
            letter_before = rf"(?:(?<![{MARKS}])|(?<=[\u0e48-\u0e4c\u1037-\u103a])|(?=\u1031))"
            letter_after = rf"(?:(?![{MARKS}])|(?=\u1031))"
        # case endings glued to a number word that holds a scale ("négymillióért")
        self.suffixes = tuple(sorted({_norm_key(w) for w in words.get("suffixes", [])},
                                     key=lambda k: (-len(k), k)))
        if self.suffixes:
            letter_after = f"(?:{_alternation(self.suffixes)})?{letter_after}"
        if self.compounds:
            # greedy longest-match segmentation of the morphemes; an article that
            # is not a morpheme ("eine") only as a whole word ("eineinhalb")
            morph_alt = _alternation(morphs)
            only_art = [k for k in articles if k not in morphs]
            whole = f"(?:{_alternation(only_art)}){letter_after}|" if only_art else ""
            body = f"{letter_before}(?:{whole}(?:{morph_alt})++{letter_after})"
        else:
            morph_alt = alternation
            body = f"{letter_before}(?:{alternation}){letter_after}"
        self.word_re = re.compile(body)
        self.morph_re = re.compile(f"(?:{morph_alt})")
        self.lookup: dict[str, tuple[_Tok, ...]] = {k: (v,) for k, v in lookup.items()}
        self._morphs = morphs
        self._cache: dict[str, tuple[_Tok, ...] | None] = {}
        self._closing: set[str] = set()  # words read through a case ending

    def tokens(self, word: str) -> tuple[_Tok, ...] | None:
        """The tokens of one matched word (a compound is validated whole)."""
        got = self.lookup.get(word)
        if got is not None:
            return got
        cache = self._cache
        if word in cache:
            return cache[word]
        key = _norm_key(word)
        got = self.lookup.get(key)
        if got is None and self.compounds:
            got = self._segment(key)
        closing = False
        if got is None:
            got = self._suffixed(key)
            closing = got is not None
        if len(cache) < 4096:
            cache[word] = got
            if closing:
                self._closing.add(word)
        return got

    def ends_number(self, word: str) -> bool:
        """Is ``word`` read only through a case ending ("hatszáztól")? A case ending
        closes a number: "Hatszáztól ezerötszáz forintig" is 600 to 1,500, no 600,500.
        (A word :meth:`tokens` has cached is answered from what it found.)"""
        if word in self._cache or word in self.lookup:
            return word in self._closing
        key = _norm_key(word)
        if self.lookup.get(key) is not None:
            return False
        if self.compounds and self._segment(key) is not None:
            return False
        return self._suffixed(key) is not None

    def _suffixed(self, word: str) -> tuple[_Tok, ...] | None:
        """A number word with a case ending, read only when it holds a scale or a
        multiplier ("hétmillióról", "százezerért"; never "héten", on the week)."""
        for suffix in self.suffixes:
            if word.endswith(suffix) and len(word) > len(suffix):
                stem = word[:-len(suffix)]
                got = self.lookup.get(stem)
                if got is None and self.compounds:
                    got = self._segment(stem)
                if got is not None and any(t[0] in (_SCALE, _MUL) for t in got):
                    return got
        return None

    def _segment(self, word: str) -> tuple[_Tok, ...] | None:
        out: list[_Tok] = []
        pos, end = 0, len(word)
        while pos < end:
            m = self.morph_re.match(word, pos)
            if m is None or m.end() == pos:
                return None
            tok = self._morphs.get(_norm_key(m.group()))
            if tok is None:
                return None
            out.append(tok)
            pos = m.end()
        acc = _Acc()
        # a glued leading connector ("وعشرون", "ועשרים") only continues a number
        rest = out[1:] if out[0][0] == _CONN and len(out) > 1 else out
        if len(rest) == 1 and rest is not out:
            return tuple(out)  # "כחצי", "וחצי": a clitic or "and" before one whole word
        for tok in rest:
            if not acc.feed(tok, self.inverted):
                return None
        return tuple(out) if acc.complete else None


def _alternation(keys: Iterable[str]) -> str:
    """A regex alternation of table keys, longest first; a space matches [-\\s]+."""
    return "|".join(
        r"[-\s]+".join(re.escape(part) for part in key.split(" "))
        for key in sorted(keys, key=lambda k: (-len(k), k))
    )


_GAP_CHARS = " \t\r\n\u00a0\u2009\u202f-\u2010\u2011"
_KEY_SEP = re.compile(r"[-\s]+")


def _norm_key(key: str) -> str:
    return _KEY_SEP.sub(" ", key.strip().lower())


def _adjacent(text: str, a: int, b: int) -> bool:
    gap = text[a:b]
    if gap == " " or gap == "-":
        return True
    return (
        not gap.strip(_GAP_CHARS) and gap.count("-") <= 1 and gap.count("\n") <= 1
        and bool(gap)
    )


def _digits_before(text: str, start: int) -> bool:
    """Is ``text[start]`` preceded by a digit (spaces and one hyphen between)?"""
    j = start - 1
    while j >= 0 and text[j] in " \t\u00a0\u202f-":
        j -= 1
    return j >= 0 and (text[j].isdigit())


def _integer_before(text: str, start: int) -> tuple[int, Decimal] | None:
    """(start, value) of a whole number of one to three digits standing one space
    before ``start`` on its own ("37 a půl", not "1,37 a", "A37 a" or "2.000 and")."""
    j = start - 1
    if j < 1 or text[j] not in " \u00a0":
        return None
    m = _NUMERAL_ENDING.search(text, max(0, j - 4), j)
    if m is not None and m.end() == j and m.start() and text[m.start() - 1].isdigit():
        j = m.start()  # "4-х с половиной тысяч": a case ending hyphened to the digits
    k = j
    while k > 0 and text[k - 1].isdigit():
        k -= 1
    if not 1 <= j - k <= 3 or not text[k:j].isascii():
        return None
    if k and (text[k - 1].isalnum() or text[k - 1] in ".,'’\u00a0 " and k > 1 and text[k - 2].isdigit()):
        return None
    return k, Decimal(text[k:j])


_NUMERAL_ENDING = re.compile(r"-[^\W\d_]{1,3}")

_Good = tuple[int, Decimal, int, str]


def _read(
    text: str, words: list[tuple[int, int, tuple[_Tok, ...]]], i: int, toks: tuple[_Tok, ...],
    inverted: bool, seed: tuple[int, Decimal] | None, pending: bool = False,
    hyphen_joins: bool = True, closed: frozenset[int] = frozenset(),
) -> _Good | None:
    """The longest number that starts at word ``i`` (whose tokens are ``toks``): (end,
    value, index of its last word, is a lone article), or None. With ``seed`` the
    digits before the word begin the number, which must then take a fraction. Without
    ``hyphen_joins`` a hyphen ends the number (Russian writes none inside one:
    "шестьсот пятьдесят-две тысячи" is 650 to 2000)."""
    acc = _Acc()
    if seed is not None:
        acc.group, acc.slot, acc.last, acc.ntok = seed[1], -1, _NUM, 1
    for tok in toks:
        if not acc.feed(tok, inverted):
            return None
    end = words[i][1]
    kind = "article" if acc.ntok == 1 and acc.last == _ART else "word"
    good = (end, acc.value, i, kind) if acc.complete else None
    # the number as of its last multiplier/scale word: "five thousand | six thousand"
    # (or as of a first word that counts a scale: "ألفي | وثلاثة آلاف")
    anchor = good if acc.last in (_MUL, _SCALE) or acc.dual_e else None
    j = i + 1
    fed = i
    nwords = len(words)
    while j < nwords and j - 1 not in closed and _adjacent(
            text, words[j - 1][1], words[j][0]) and (
            hyphen_joins or "-" not in text[words[j - 1][1]:words[j][0]]):
        ok = True
        for tok in words[j][2]:
            if not acc.feed(tok, inverted):
                ok = False
                break
        if not ok:
            if anchor is not None and words[j][2][0][0] in (_MUL, _SCALE):
                good = anchor
            break
        fed = j
        if acc.complete:
            good = (words[j][1], acc.value, j, "word")
            if acc.last in (_MUL, _SCALE):
                anchor = good
        j += 1
    if ((good is None or good[2] < fed) and pending and seed is None and acc.need_scale
            and acc.last == _FRAC and acc.pend == _P_NONE and words[fed][2][-1][0] == _FRAC):
        # "einer halben Mrd. Euro": a fraction whose scale is an abbreviation the
        # digit reader knows; the resolver keeps it only with a scale after it (not
        # "four quarters", which are coins)
        return (words[fed][1], acc.value, fed, "fraction")
    if good is not None and seed is not None and not any(
            tok[0] in (_FRAC, _GFRAC) for w in words[i:good[2] + 1] for tok in w[2]):
        return None  # "5 and 6": only a fraction joins words to the digits
    return good


def _fraction_of_one(text: str, words: list[tuple[int, int, tuple[_Tok, ...]]], i: int,
                     out: list[NumberSpan]) -> NumberSpan | None:
    """A fraction before the article that stands for one unit: "half a" (0.5), "a
    quarter of a", "three quarters of a" (0.75); the whole phrase is the number, never
    the article's 1. Readings it covers are dropped from ``out``."""
    end = words[i][1]
    j = i - 1
    if j >= 0 and words[j][2][0][0] == _LINK and _adjacent(text, words[j][1], words[i][0]):
        j -= 1  # "of"
    elif j < 0 or words[j][2][0][0] != _FRAC:
        return None  # "half a": the fraction touches the article
    if j < 0 or len(words[j][2]) != 1 or words[j][2][0][0] not in (_FRAC, _PFRAC) or not (
            _adjacent(text, words[j][1], words[j + 1][0])):
        return None
    start, value = words[j][0], words[j][2][0][1]
    if j and _adjacent(text, words[j - 1][1], start) and len(words[j - 1][2]) == 1:
        kind, n = words[j - 1][2][0][0], words[j - 1][2][0][1]
        if kind == _ART or (kind == _NUM and 1 <= n < 10 and words[j][2][0][0] == _PFRAC):
            start, value = words[j - 1][0], value * (n if kind == _NUM else 1)
    elif words[j][2][0][0] == _PFRAC:
        return None
    while out and out[-1].end > start:
        out.pop()
    return NumberSpan(start, end, value, "word")


def _round_unit(n: Decimal) -> Decimal | None:
    """The power of ten a whole number of one significant figure counts (2000000:
    1000000), else None."""
    if n != n.to_integral_value():
        return None
    t = str(int(n))
    return _POW10[len(t) - 1] if t.rstrip("0") == t[0] and len(t) <= len(_POW10) else None


def _one_and_a_fraction(words: list[tuple[int, int, tuple[_Tok, ...]]], i: int) -> bool:
    """Does "and" and a fraction (or an article and one) follow the article at word ``i``,
    the article being the one the fraction is added to ("en och en halv miljon")?"""
    return (i + 2 < len(words) and len(words[i + 1][2]) == 1 and words[i + 1][2][0][0] == _CONN
            and words[i + 2][2][0][0] in (_ART, _FRAC))


def _find_alpha(text: str, lang: _Lang, pending: bool = False,
                definite_alone: bool = False) -> list[NumberSpan]:
    low = text.lower()
    if len(low) != len(text):  # only "İ" lengthens under lower(); keep offsets
        low = text.replace("\u0130", "i").lower()
    words: list[tuple[int, int, tuple[_Tok, ...]]] = []
    tokens = lang.tokens
    for m in lang.word_re.finditer(low):
        toks = tokens(m.group())
        if toks is not None:
            words.append((m.start(), m.end(), toks))
    closed = frozenset(k for k, (s, e, _) in enumerate(words)
                       if lang.ends_number(low[s:e])) if lang.suffixes else frozenset()
    out: list[NumberSpan] = []
    inverted = lang.inverted
    i, nwords = 0, len(words)
    while i < nwords:
        start, end, toks = words[i]
        if toks[0][0] == _ART and len(toks) == 1 and (
            i + 1 == nwords
            or (words[i + 1][2][0][0] not in (_MUL, _SCALE, _FRAC, _GFRAC)
                and not _one_and_a_fraction(words, i))
            or not _adjacent(text, end, words[i + 1][0])
        ):
            if end < len(text) and unicodedata.category(text[end]) == "Sc":
                i += 1  # "half A$7.1 billion": the letter of a sign ("A$"), no article
                continue
            frac = _fraction_of_one(text, words, i, out)
            if frac is not None:  # "half a dollar", "three quarters of a dollar": 0.5, 0.75
                out.append(frac)
            else:
                out.append(NumberSpan(start, end, _ONE, "article"))  # the common "a"
            i += 1
            continue
        seed = None
        good: _Good | None = None
        definite = False
        if (toks[0][0] == _CONN and len(toks) > 1 and toks[1][0] in (_FRAC, _GFRAC)
                and (seed := _integer_before(text, start)) is not None
                and (good := _read(text, words, i, toks, inverted, seed, pending,
                                   lang.hyphen_joins, closed)) is not None):
            pass  # "3 וחצי מלש\"ח": "and" glued to a fraction after digits (3.5 million)
        elif toks[0][0] == _CONN and len(toks) > 1:  # "وعشرون" starting a number
            seed = None
            definite = toks[0][4]
            start += toks[0][2]
            toks = toks[1:]
        elif toks[0][0] in (_SCALE, _MUL) and _digits_before(text, start):
            # "10 million": the scale of a digit number, not a number; but "2 millions
            # et demi" reads on from the digits when a fraction follows
            seed = _integer_before(text, start)
            good = (_read(text, words, i, toks, inverted, seed, pending, lang.hyphen_joins,
                          closed) if seed is not None else None)
            if good is None:
                i += 1
                while (i < nwords and words[i][2][0][0] == _SCALE
                       and _adjacent(text, words[i - 1][1], words[i][0])):
                    i += 1  # "5 thousand million"
                continue
        elif toks[0][0] in (_CONN, _GFRAC):
            seed = _integer_before(text, start)  # "37 a půl miliardy", "2 and a half million"
        elif (len(toks) == 1 and toks[0][0] == _SCALE and toks[0][4] and i + 1 < nwords
              and words[i + 1][2][0][0] == _CONN and len(words[i + 1][2]) > 1
              and _adjacent(text, end, words[i + 1][0])):
            # "مليوناً ومائة وستين ألف": one of the scale (its accusative, no count), then
            # "and" glued to the rest: 1,160,000, not the rest alone
            good = _read(text, words, i, ((_ART, _ONE, 1, -1, False, False), *toks), inverted,
                         None, pending, lang.hyphen_joins, closed)
            if good is not None and good[2] == i:
                good = None
        if good is None:
            good = _read(text, words, i, toks, inverted, seed, pending, lang.hyphen_joins,
                         closed)
        if (good is not None and seed is None and good[2] == i and start
                and low[start:end] in lang.nouns_after_figures
                and text[start - 1] in " \u00a0" and _digits_before(text, start)):
            i += 1  # "30 năm đồng hành": the word after a figure is the noun it counts
            continue  # (thirty years), not a number ("five dong")
        alone = good is not None and definite and good[2] == i and good[1] < 1_000_000
        if good is None or (alone and not definite_alone) or (
                lang.glued and good[2] == i and len(toks) == 1 and toks[0][0] in (_SCALE, _MUL)
                and (text[end:end + 1].isalpha() or _glued_left(text, start))):
            i += 1  # a definite number word alone is a noun: "في المئة", "الشهر الواحد"
            continue  # (but "حاجز المليون جنيه": the million pounds; and asked for, it is
            # reported, for the reader to keep before a currency's name: "الثلاثين ريالاً");
            # a scale glued alone to a unit is a table's label: "(ล้านบาท)", "(พันบาท)"
        if seed is not None:
            start = seed[0]
        value = good[1]
        if value == value.to_integral_value():
            value = value.quantize(_ONE, context=_CTX)
        else:
            value = value.normalize(_CTX)
        out.append(NumberSpan(start, good[0], value, "definite" if alone else good[3]))
        i = good[2] + 1
    return out


def _glued_left(text: str, start: int) -> bool:
    """Does a letter or a letter's mark end the word glued before ``start`` ("ล่าสุดล้าน",
    "ေျခာက္ဘီလီယံ": a tone mark, an asat)?"""
    if not start:
        return False
    ch = text[start - 1]
    return ch.isalpha() or unicodedata.category(ch) in ("Mn", "Mc")


# --------------------------------------------------------------------------
# CJK / Hangul numerals
# --------------------------------------------------------------------------


class _Cjk:
    """Compiled Han/Hangul numeral tables."""

    def __init__(self, table: Mapping[str, Any]) -> None:
        self.digits: dict[str, Decimal] = {
            c: Decimal(int(v)) for c, v in table["digits"].items()
        }
        self.mults: dict[str, int] = {c: int(v) for c, v in table["multipliers"].items()}
        # "廿" (twenty): a digit and 十 in one character
        self.tens: dict[str, Decimal] = {
            c: Decimal(int(v)) for c, v in table.get("tens", {}).items()}
        self.ten = next(c for c, v in self.mults.items() if v == 1)
        names = table.get("names", {}).get("words", ())
        self.names_re = re.compile("|".join(map(re.escape, names))) if names else None
        self.points: frozenset[str] = frozenset(table["points"]["chars"])
        approx = table.get("approximate", {})
        self.inner: frozenset[str] = frozenset(approx.get("inner", ()))
        self.trailing: frozenset[str] = frozenset(approx.get("trailing", ()))
        self.vague: frozenset[str] = frozenset(approx.get("vague", ()))
        units = table["korean"]["units"]
        self.ko_units: tuple[str, ...] = tuple(sorted(units, key=len, reverse=True))
        self.ko_lone_not: tuple[str, ...] = tuple(table["korean"].get("lone_digit_not_before", ()))
        self.ko_particles: tuple[str, ...] = tuple(table["korean"].get("particles_after", ()))
        self.ko_unit_re = re.compile("|".join(re.escape(u) for u in self.ko_units))
        self.ko_unit_end_re = re.compile(
            "(?:" + "|".join(re.escape(u) for u in self.ko_units) + r")\Z"
        )
        digits = "".join(sorted(self.digits))
        mults = "".join(sorted(self.mults)) + "".join(sorted(self.tens))
        points = "".join(sorted(self.points))
        ascii_d = "0-9\uff10-\uff19"
        numeral = f"{ascii_d}{re.escape(digits)}{re.escape(mults)}"
        self.numeral_chars = frozenset(digits) | frozenset(mults) | frozenset(
            "0123456789") | frozenset(chr(0xFF10 + k) for k in range(10))
        self.any_re = re.compile(f"[{re.escape(digits)}{re.escape(mults)}]")
        dig = f"{ascii_d}{re.escape(digits)}"  # a digit character, Han or not
        inner = "".join(sorted(self.inner)) or "\x00"
        trailing = "".join(sorted(self.trailing)) or "\x00"
        self.run_re = re.compile(
            f"[{numeral}]"
            f"(?:[{numeral}]"
            f"|[{re.escape(inner)}](?=[ \u3000]?[{re.escape(mults)}])"
            f"|(?<=[{re.escape(inner)}])[ \u3000](?=[{re.escape(mults)}])"  # "3000여 만원"
            f"|(?<=[{re.escape(mults)}])[{re.escape(trailing)}](?![{numeral}])"
            f"|[.\uff0e・](?=[{ascii_d}])"
            f"|[,\uff0c](?=[{ascii_d}]{{3}}(?![{ascii_d}]))"
            # "四十二万五、八七二円", "113億4、500万円": an ideographic comma grouping the
            # thousands of a myriad's part (after a myriad and one to three digits)
            f"|(?:(?<=[{re.escape(mults)}][{dig}])|(?<=[{re.escape(mults)}][{dig}]{{2}})"
            f"|(?<=[{re.escape(mults)}][{dig}]{{3}}))\u3001(?=[{dig}]{{3}}(?![{dig}]))"
            f"|[{re.escape(points)}](?=[{re.escape(digits)}])"
            f"|(?<=[{ascii_d}])[ \u3000]++(?=[{re.escape(mults)}])"
            f")*+"
        )


_DIGIT_RUN = re.compile(  # "6・2兆円": Japanese writes the decimal point as a middle dot too
    "[0-9\uff10-\uff19]+(?:[,\uff0c][0-9\uff10-\uff19]{3})*(?:[.\uff0e・][0-9\uff10-\uff19]+)?"
)
_FULLWIDTH = str.maketrans("０１２３４５６７８９．，・", "0123456789.,.")


def _is_hangul(c: str) -> bool:
    return "\uac00" <= c <= "\ud7a3" or "\u1100" <= c <= "\u11ff" or "\u3130" <= c <= "\u318f"


def _find_cjk(text: str, cjk: _Cjk, colloquial: bool = True) -> list[NumberSpan]:
    if cjk.any_re.search(text) is None:
        return []
    runs: list[tuple[int, int, bool]] = []  # start, end, a Korean unit follows
    han_points: list[int] = []  # ASCII points between Han numerals, read as 點
    mults = cjk.mults
    named = [] if cjk.names_re is None else [m.span() for m in cjk.names_re.finditer(text)]
    for m in cjk.run_re.finditer(text):
        s, e = m.span()
        run = m.group()
        if cjk.any_re.search(run) is None:
            continue  # plain digits: the digit reader's job
        if named and any(a <= s and e <= b for a, b in named):
            continue  # "外三元": a breed's name, no number
        if (s and text[s - 1] in cjk.vague and (s < 2 or text[s - 2] not in cjk.numeral_chars)
                and not run[0].isdigit()):
            continue  # "几百万元", "数千万円": several millions, no amount (but "預算數24億
            # 4,700萬元": the budget's figure, then digits: "數" says no "several" there)
        if _is_hangul(run[0]) and s > 0 and _is_hangul(text[s - 1]):
            if cjk.ko_unit_end_re.search(text, max(0, s - 4), s) is None:
                continue  # inside a word: 이사회, 삼성
        if (len(run) > 1 and run[0].isascii() and run[0].isdigit()
                and run[-1] in cjk.digits and _is_hangul(run[-1])
                and _is_hangul(run[-2]) and run[-2] in mults
                and text.startswith(cjk.ko_particles, e - 1)
                and cjk.ko_unit_re.match(text, e) is None):
            e -= 1  # "€145백만이었지만", "3백이 넘는": the particle 이, not a two
            run = run[:-1]
        unit_after = False
        if _is_hangul(run[-1]) and e < len(text) and _is_hangul(text[e]):
            if cjk.ko_unit_re.match(text, e) is not None:
                unit_after = True
            elif not (run[0].isascii() and run[0].isdigit()
                      and text.startswith(cjk.ko_particles, e)):
                continue  # (digits, a multiplier, a particle: "1조490억으로")
        if runs and _continues(text, runs[-1][1], s, run, mults):
            runs[-1] = (runs[-1][0], e, unit_after)  # "3억 5천만 원"
        elif (runs and runs[-1][1] == s - 1 and text[s - 1] == "." and run[0] in cjk.digits
              and text[s - 2] in cjk.digits and not _is_hangul(run[0])):
            runs[-1] = (runs[-1][0], e, unit_after)  # "十一.三億元": a point typed for 點
            han_points.append(s - 1)
        else:
            runs.append((s, e, unit_after))
    out: list[NumberSpan] = []
    point = min(cjk.points)
    for s, e, unit_after in runs:
        run = text[s:e]
        lo = bisect.bisect_right(han_points, s)  # (in order: linear in the text)
        hi = bisect.bisect_left(han_points, e)
        if lo < hi:
            chars = list(run)
            for k in han_points[lo:hi]:
                chars[k - s] = point
            run = "".join(chars)
        spans = _parse_cjk(run, s, cjk, colloquial)
        if len(spans) > 2:
            # "万万万…": numbers glued to numbers on both sides can carry no cue; only
            # the first and the last of a run can be money (hostile input stays linear)
            spans = [spans[0], spans[-1]]
        for span in spans:
            if span.end - span.start == 1 and _is_hangul(text[span.start]) and (
                text[span.start] in cjk.digits and (
                    not (unit_after and span.end == e) or text.startswith(cjk.ko_lone_not, e))
            ):
                continue  # a lone syllable (이 "this", 오 "oh") needs a unit after it; 사원
            out.append(span)
    return out


def _continues(text: str, prev_end: int, start: int, run: str, mults: Mapping[str, int]) -> bool:
    """Does ``run`` continue the run ending at ``prev_end`` across spaces?

    Korean (and sometimes Japanese) puts a space after 억/만: "3억 5천만 원".
    The run after the space must use only multipliers smaller than the big
    one it follows, and at least one ("3억 5명" stays apart).
    """
    if not 0 < start - prev_end <= 3 or text[prev_end:start].strip(" \u3000"):
        return False
    big = mults.get(text[prev_end - 1], 0)
    powers = [mults[c] for c in run if c in mults]
    if 0 < big < 4:
        # "3천 6백만 원" (36 million): the myriad at the end of the run counts both parts,
        # when the run begins below the multiplier before the space; so it does after
        # digits below that multiplier ("2천 15억": 2,015억)
        lead = len(run) - len(run.lstrip("0123456789"))
        if (powers and powers[0] >= 4 and 0 < lead <= big and run[0] != "0"
                and run[lead:lead + 1] in mults):
            return True
        # (or a smaller part that the next run may close: "7천 7백 46억원" is 7,746억)
        return bool(powers) and powers[0] < big and (powers[-1] >= 4 or max(powers) < big)
    if big < 4:
        return False
    return bool(powers) and max(powers) < big


def _parse_cjk(
    run: str, base: int, cjk: _Cjk, colloquial: bool
) -> list[NumberSpan]:
    digits, mults, points = cjk.digits, cjk.mults, cjk.points
    out: list[NumberSpan] = []
    n = len(run)
    i = 0
    while i < n:
        # one number starting at i
        start = i
        end = i
        total = _ZERO
        section = _ZERO
        cur: Decimal | None = None
        cur_cjk = False  # cur was written with CJK digits (positional)
        dec = 0
        ndig = 0
        max_big = 0
        last_big = 99
        last_small = 99
        has_cjk = False
        abbrev = 0  # power of the Han multiplier just before a lone final digit
        while i < n:
            c = run[i]
            if c in cjk.tens:  # "廿" = 二十: its digit, then the ten
                if cur is not None:
                    break
                cur, cur_cjk, ndig, has_cjk = cjk.tens[c], True, 1, True
                c = cjk.ten
            if c in digits:
                d = digits[c]
                if cur is not None or not d or _is_hangul(c):
                    abbrev = 0
                if dec:
                    if dec > _MAX_DIGITS:
                        break
                    assert cur is not None
                    cur = _CTX.add(cur, d.scaleb(-dec, _CTX))
                    dec += 1
                elif cur is None:
                    cur = d
                    ndig = 1
                elif cur_cjk and ndig < _MAX_DIGITS and not _is_hangul(c) and not (
                        ndig == 1 and d == cur + 1 and cur
                        and not (i + 1 < n and run[i + 1] in digits)):
                    # 二〇二四, "四五六万" (456万); but "三四元", "十二三元" are 3 or 4, 12 or 13:
                    # two numbers
                    cur = _CTX.add(_CTX.multiply(cur, _POW10[1]), d)
                    ndig += 1
                else:
                    break
                cur_cjk = True
                has_cjk = True
                i += 1
                end = i
            elif c in mults:
                p = mults[c]
                if dec == 1:
                    break
                if cur is not None and not cur and not cur_cjk and not total and not section:
                    # "0百万円": a zero in a unit of millions is zero, whatever the units
                    while i < n and run[i] in mults:
                        i += 1
                    end = i
                    has_cjk = True
                    cur = _ZERO
                    break
                if p < 4:
                    if cur is not None and not cur and cur_cjk and ndig == 1:
                        cur = None  # 零 as a filler: 一万零十 = 10010
                    if p >= last_small or (cur is not None and not cur):
                        break
                    section = _CTX.add(section, _CTX.multiply(cur if cur is not None else _ONE,
                                                              _POW10[p]))
                    last_small = p
                else:
                    val = _CTX.add(section, cur) if cur is not None else section
                    if not val:
                        if total or has_cjk or end > start:
                            if total and p > max_big and last_small == 99 and cur is None:
                                total = _CTX.multiply(total, _POW10[p])  # 一万億
                            else:
                                break
                        else:
                            total = _POW10[p]  # 万 alone
                    elif p > max_big:
                        total = _CTX.multiply(_CTX.add(total, val), _POW10[p])
                    elif p < last_big:
                        total = _CTX.add(total, _CTX.multiply(val, _POW10[p]))
                    else:
                        break
                    section = _ZERO
                    last_big = p
                    max_big = max(max_big, p)
                    last_small = 99
                cur = None
                cur_cjk = False
                dec = 0
                has_cjk = True
                abbrev = p if p >= 2 and not _is_hangul(c) else 0
                i += 1
                end = i
            elif c in points:
                if cur is None or dec or not cur_cjk:
                    break
                dec = 1
                i += 1
            elif c == "\u3001":  # 、 grouping thousands (see the run pattern): three digits
                grp = run[i + 1:i + 4].translate(_FULLWIDTH)
                if cur is None or dec or len(grp) != 3:
                    break
                vals: list[Decimal] = []
                for ch in grp:
                    v = digits.get(ch)
                    if v is None and ch.isascii() and ch.isdigit():
                        v = Decimal(ch)
                    if v is None:
                        break
                    vals.append(v)
                if len(vals) != 3:
                    break
                for v in vals:
                    cur = _CTX.add(_CTX.multiply(cur, _POW10[1]), v)
                cur_cjk = False
                abbrev = 0
                i += 4
                end = i
            elif c == " " or c == "\u3000":
                i += 1
            elif c in cjk.inner or c in cjk.trailing:  # "1000多万", "5亿多": more than
                if end == start:
                    break
                i += 1
                end = i
            else:  # ASCII or full-width digits, with '.' and ','
                dm = _DIGIT_RUN.match(run, i)
                if dm is None or cur is not None:
                    break  # a stray '.' or ',', or digits glued to a numeral
                j = dm.end()
                if j - i > _MAX_DIGITS:
                    i = j
                    start = end = j
                    break
                cur = Decimal(dm.group().translate(_FULLWIDTH).replace(",", ""))
                cur_cjk = False
                abbrev = 0
                i = j
                end = j
        if has_cjk and end > start:
            value = total
            if section:
                value = _CTX.add(value, section)
            if cur is not None:
                if abbrev and colloquial and not dec:  # Chinese 一万二 = 12000, 三千五 = 3500
                    cur = _CTX.multiply(cur, _POW10[abbrev - 1])
                value = _CTX.add(value, cur)
            if value == value.to_integral_value():
                value = value.quantize(_ONE, context=_CTX)
            else:
                value = value.normalize(_CTX)
            out.append(NumberSpan(base + start, base + end, value, "cjk"))
        # restart at the first character not consumed
        i = max(end, start + 1) if end > start else start + 1
        while i < n and (run[i] in points or run[i] in " \u3000"):
            i += 1
    return out


# --------------------------------------------------------------------------
# Tables and entry point
# --------------------------------------------------------------------------


def _read_table(name: str) -> dict[str, Any] | None:
    try:
        return tomllib.loads(read_text(f"numwords/{name}.toml"))
    except FileNotFoundError:
        return None


@cache
def _language(code: str) -> _Lang | None:
    table = _read_table(code)
    return None if table is None else _Lang(code, table)


def number_word(word: str, lang: str | None) -> bool:
    """Is ``word`` a number word of ``lang`` (a whole one, not an article)?

    >>> number_word("beş", "tr"), number_word("lira", "tr")
    (True, False)
    """
    table = _language(_lang_code(lang))
    got = None if table is None else table.tokens(word.lower())
    return got is not None and got[0][0] != _ART


def money_noun(word: str, lang: str | None) -> bool:
    """Is ``word`` a noun that is a sum of the country's money ("tisícovku": a thousand
    crowns; ``money_nouns`` in the language's numwords table)?

    >>> money_noun("tisícovku", "cs"), money_noun("tisíc", "cs")
    (True, False)
    """
    table = _language(_lang_code(lang))
    return table is not None and _norm_key(word) in table.money


def approximate_cjk(numeral: str) -> bool:
    """Does a CJK numeral say "and more" inside it ("1000多万", "百余万", "5亿多")?

    >>> approximate_cjk("1000多万"), approximate_cjk("3億")
    (True, False)
    """
    cjk = _cjk()
    return any(ch in cjk.inner or ch in cjk.trailing for ch in numeral)


def cjk_digit(ch: str) -> Decimal | None:
    """The value of a Han or Hangul digit character, else None.

    >>> cjk_digit("四"), cjk_digit("万")
    (Decimal('4'), None)
    """
    return _cjk().digits.get(ch)


def is_cjk_numeral(ch: str) -> bool:
    """Is ``ch`` a Han or Hangul numeral character (a digit or a multiplier)?

    >>> is_cjk_numeral("五"), is_cjk_numeral("斤")
    (True, False)
    """
    cjk = _cjk()
    return ch in cjk.digits or ch in cjk.mults or ch in cjk.tens


@lru_cache(maxsize=1)
def _cjk() -> _Cjk:
    table = _read_table("cjk")
    assert table is not None
    return _Cjk(table)


@lru_cache(maxsize=256)
def _lang_code(lang: str | None) -> str:
    if not lang:
        return "en"
    code = lang.replace("-", "_").split("_")[0].lower()
    return {"no": "nb", "nn": "nb", "iw": "he", "in": "id"}.get(code, code)


def languages() -> list[str]:
    """The language codes that have a number-word table.

    >>> {"en", "de", "fr"} <= set(languages())
    True
    """
    folder = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "numwords")
    return sorted(
        name[:-5] for name in os.listdir(folder)
        if name.endswith(".toml") and name != "cjk.toml"
    )


def find_number_words(
    text: str, lang: str | None = None, *, pending_fractions: bool = False,
    definite_alone: bool = False,
) -> list[NumberSpan]:
    """Every maximal number written in words or CJK/Hangul numerals in ``text``.

    ``lang`` is a language code or a babel locale id ("de", "pt_BR"); ``None``
    reads English words.  Han and Hangul numerals are read whatever ``lang``
    is.  Spans are in order, do not overlap, and ``text[start:end]`` is
    exactly the number.  A lone article ("a", "ein", "un") is reported with
    ``kind='article'`` and value 1; plain digit runs ("27,350,000") are not
    reported (they are the digit reader's). With ``pending_fractions`` a
    fraction that waits for a scale the words do not give ("eine halbe" before
    "Mrd.") is reported with ``kind='fraction'``, for the digit reader's scales.
    A number word alone after a definite article ("الثلاثين") is mostly a noun ("في
    المئة", per cent) and is left out; with ``definite_alone`` it is reported with
    ``kind='definite'`` (the span the word after the article or the preposition "ل"),
    for a reader that keeps it only before a currency's name ("الثلاثين ريالاً", thirty
    riyals; "لمليون دينار", to a million dinars).

    >>> find_number_words("one hundred and twenty-three dollars")
    [NumberSpan(start=0, end=28, value=Decimal('123'), kind='word')]
    >>> [(s.value, s.kind) for s in find_number_words("half a billion for a dollar")]
    [(Decimal('500000000'), 'word'), (Decimal('1'), 'article')]
    >>> find_number_words("zweitausendfünfhundert Euro", "de")[0].value
    Decimal('2500')
    >>> find_number_words("純損失は6709億円")[0]
    NumberSpan(start=4, end=9, value=Decimal('670900000000'), kind='cjk')
    """
    code = _lang_code(lang)
    language = _language(code)
    found = (_find_alpha(text, language, pending_fractions, definite_alone)
             if language is not None else [])
    cjk = _find_cjk(text, _cjk(), colloquial=code != "ja")
    if not cjk:
        return found
    if not found:
        return cjk
    return sorted(found + cjk)
