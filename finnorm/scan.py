"""Text -> every numeral with the cues written around it. No arithmetic, no decisions.

The scanner is anchored on numerals: it finds every numeral (digits in any
script, spelled-out words, CJK/Hangul numerals) and reads the cues next to
each, outwards: scale words, currency symbols/codes/names, coins, signs,
brackets, hedges, negative words, range leads and unit-price units. Each
numeral comes out as one :class:`Cues` bundle, and the list of bundles is
everything the resolver gets: it never calls back here.

Cue words are looked up in the language's :class:`~finnorm.lexicon.Lexicon`
(generated from CLDR and the hand tables; stems and clitics included), one
word at a time, so a locale costs a JSON load and no pattern is compiled for
it. The only regular expressions are the few fixed ones below, shared by
every language and free of nested repetition (linear in the text).

>>> sc = scanner(None)
>>> [(c.num.text, [t.kind for t in c.right], [t.kind for t in c.left])
...  for c in sc.scan("It cost $5.2bn, not 7 apples.")]
[('5.2', ['scale'], ['cur']), ('7', [], [])]
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import lru_cache
from typing import Any, NamedTuple

from ._marks import MARKS
from .data import territory_currency
from .lexicon import Lexicon, global_table, lexicon

__all__ = ["NUM_RE", "Cues", "Scanner", "Tok", "scanner"]

_D = r"\d"  # every Unicode decimal digit: ASCII, full-width, Arabic-Indic, Devanagari, Thai ...
_DEC = r"[.,．٫،]"  # "،" between digits: the Egyptian decimal comma ("6،5 جنيهات")
_GRP_SPACE = "[ \u00a0\u202f\u2009'’‘\u2032٬¤]"  # (‘: "9‘995.730" in Colombia; "¤": a no-break
# space a page's encoding turned into the generic currency sign, "1¤000 eur")
NUM_RE = re.compile(
    rf"(?<!{_D})(?:"
    # "50,-" "1 000,--", "5.000,-eur" (the currency glued on)
    rf"{_D}{{1,3}}(?:[.'’ \u00a0]{_D}{{3}})*[.,](?:--|[-–—])(?![{_D}_])|"
    # "0,80,- eur", "0,07,-€": the dash after the cents too (the value is "0,80")
    rf"{_D}{{1,3}},{_D}{{2}},(?:--|[-–—])(?![{_D}_])|"
    # "20,000.- ש"ח", "20,000.-บาท" (a sign glued on in a script without spaces)
    # ("75,900.-79,800.-": the next price glued on after the dash, no minus)
    rf"{_D}{{1,3}}(?:,{_D}{{3}})+\.(?:--|[-–—])(?:(?={_D}{{1,3}}(?:,{_D}{{3}})+\.(?:--|[-–—]))"
    rf"|(?![{_D}A-Za-z\u00c0-\u024f\u0370-\u04ff]))|"
    rf"{_D}{{4,}},-{{1,2}}(?![{_D}_])|"  # "1300,-"
    rf"{_D}{{4,}}\.-(?=[^\W\d_])|"  # "7200.-Ft": the sign glued on (not "2017.- Este")
    # "bislang 5350.- CHF": a blank after the dash, the figure no year's
    rf"(?!(?:19|20){_D}{{2}}\.){_D}{{4,}}\.(?:--|[-–—])(?=[ \u00a0])|"
    rf"{_D}{{1,3}}(?:,{_D}{{2}})+,{_D}{{3}}(?:[.．]{_D}+)?(?!{_D})"  # Indian "2,50,000"
    rf"|[\uff10-\uff19]{{1,3}}(?:，[\uff10-\uff19]{{3}})+(?:[.．][\uff10-\uff19]+)?(?!{_D})"  # "１，２００"
    # "4.800’000.000" (Colombia): points group the thousands, an apostrophe the millions
    rf"|{_D}{{1,3}}(?:[.．]{_D}{{3}})+['’‘]{_D}{{3}}(?:[.．]{_D}{{3}})+(?:,{_D}+)?(?!{_D})"
    rf"|{_D}{{1,3}}(?:(?:[,٬]{_D}{{3}})+|(?:[.．]{_D}{{3}})+"
    rf"|(?:{_GRP_SPACE}{_D}{{3}})+)(?:{_DEC}{_D}+)?(?!{_D})"
    rf"|{_D}{{4,}}(?:['’‘]{_D}{{3}})+(?:{_DEC}{_D}+)?(?!{_D})"  # "1000000'000.00"
    # "1'3040 dòlars", "1'5 milions": an apostrophe before a group that is not of three
    # digits is the old Catalan decimal mark, one numeral (never "3040" alone)
    rf"|{_D}+['’](?!{_D}{{3}}(?!{_D})){_D}+(?!{_D}|['’]{_D})"
    rf"|{_D}+(?:{_DEC}{_D}+)?(?!{_D})"
    # ".5", not ".5" of "Rs.5", "ரூ.5", "S/.5" (the sol), "B/.5" (the balboa), nor of a
    # row of dot leaders before a price ("vstupov.......14,50 €")
    rf"|(?<![^\W\d_])(?<![{MARKS}/.,]){_DEC}{_D}+(?!{_D}|{_DEC}{_D})"
    r")"
)

# Every NUM_RE match starts with a digit or a decimal mark: searching for one of
# those first skips prose at C speed (NUM_RE's leading look-behind defeats the
# regex engine's own first-character scan). Same matches as NUM_RE.finditer.
_NUM_START = re.compile(rf"{_D}|{_DEC}")


def _decimal_pair(text: str, s: int, e: int) -> bool:
    """"1,70/1,80 euro", "25/30.000 euro", "699/999元": figures apart by a slash with a
    decimal or grouping mark in them, or of three figures or more each, are two prices
    (a range or a list), not a fraction (nor a pair of years)."""
    j = s - 1
    while j and (text[j - 1].isdigit() or text[j - 1] in ".,"):
        j -= 1
    return any(ch in ".," for ch in text[j:s - 1].strip(".,") + text[s:e]) or (
        s - 1 - j >= 3 and e - s >= 3 and unicodedata.digit(text[j], 0) != 0
        and unicodedata.digit(text[s], 0) != 0  # (not "۱/۲۰۰/۰۰۰": slashes group it)
        and not (s - 1 - j == e - s == 4 and text[j:j + 2] in ("19", "20")
                 and text[s:s + 2] in ("19", "20"))) or (  # "699/999元", not "2019/2020"
        # "$ 32/35": two figures of two digits or more after a currency sign, no fraction
        # of it ("$1/2" is half a dollar)
        s - 1 - j >= 2 and e - s >= 2 and unicodedata.digit(text[j], 0) != 0
        and unicodedata.digit(text[s], 0) != 0 and _sign_before(text, j))


def _slash_pair(text: str, s: int, e: int) -> tuple[str, str, int]:
    """The figures on either side of a slash, the second at ``s``..``e`` ("15/20"), and
    where the next word starts after the second (spaces skipped)."""
    j = s - 1
    while j and text[j - 1].isdigit():
        j -= 1
    q = e
    while q < len(text) and text[q] in " \u00a0":
        q += 1
    return text[j:s - 1], text[s:e], q


def _sign_before(text: str, pos: int) -> bool:
    """Is the first character before ``pos``, blanks aside, a currency sign ("$ 32")?
    (Read back from ``pos``, never a copy of the text before it.)"""
    i = pos
    while i and text[i - 1] in " \u00a0":
        i -= 1
    return i > 0 and unicodedata.category(text[i - 1]) == "Sc"


def _numeral_matches(text: str) -> list[re.Match[str]]:
    """``list(NUM_RE.finditer(text))``, faster on text with few numerals."""
    out: list[re.Match[str]] = []
    search, match = _NUM_START.search, NUM_RE.match
    m = search(text)
    while m is not None:
        hit = match(text, m.start())
        if hit is not None:
            out.append(hit)
            m = search(text, hit.end())
        else:
            m = search(text, m.start() + 1)
    return out


_SIGNS = frozenset("-−–‐")
_SPACE = frozenset(" \t\u00a0\u202f\u2009\u3000")
# marks between a currency named in brackets and the words after it: "(人民幣，下同)"
_NOTE_MARKS = frozenset(",，.、;；‧·・")
_STOP_BEFORE_WORD = frozenset(",;:.!?)]}\"'\n\t")


def _country_code(word: str) -> tuple[str, ...] | None:
    """The currency of the country whose ISO code ``word`` is ("US", "HK"), if any."""
    if len(word) == 2 and word.isascii() and word.isupper():
        code = territory_currency(word)
        return (code,) if code is not None else None
    return None


_FEW_COINS = re.compile(r"\d{1,3}(?:[.,]\d{1,2})?")  # "4.94", "20", "1,8": below a thousand,
# to a place or two at most (a count of coins; a figure before a stray point and a scale)
# a word: letters with the combining marks inside them ("करोड़", "ล้าน"); "スイス・フラン" is one
_WORD = re.compile(rf"(?:[^\W\d_]\.){{2,}}(?![^\W\d_]\.)|[^\W\d_](?:[^\W\d_]|[{MARKS}]|・(?=[^\W\d_]))*")
# (the first branch: dotted abbreviations, "U.S.", "u.s.", as one word with their periods,
# a word glued after them too: "U.S.dollars")
# initials with a quote mark before the last letter, as Hebrew writes them: 'מ"ד', 'ש"ח'
_ACRONYM = re.compile(r"[^\W\d_]+[\"'][^\W\d_](?![^\W\d_])")
_MARK = re.compile(f"[{MARKS}]")
#: the longest single-word entry (no space inside) of a script written without spaces
#: that a table may hold; a test checks every generated table against it. It bounds
#: the prefixes tried in a run of such letters, so a run of 1 M "万" stays linear.
GLUED_MAX = 48
# one token of a reversed window: a word (its marks inside) or one other character
_REV_TOKEN = re.compile(rf"[ \u00a0]*((?:[^\W\d_]|[{MARKS}])+|[^\s])")
# (or glued to a capitalised word after it, as pages lose their spaces: "30.00 EURAdd to cart")
_CODE = re.compile(r"[A-Za-z]{3}(?![^\W\d_])|[A-Z]{3}(?=[A-Z][^\W\d_A-Z])")


_BLANK_GROUP = re.compile(r"[ \u00a0\u202f\u2009]")


def _space_cells(tok: Tok) -> list[Tok]:
    """A numeral whose digits a blank splits, in a language that never groups with
    one: a figure per part ("500 400 400": three cells)."""
    t = tok.text
    if _BLANK_GROUP.search(t) is None:
        return [tok]
    out, at = [], 0
    for part in _BLANK_GROUP.split(t):
        out.append(Tok("digits", tok.start + at, tok.start + at + len(part), part, None))
        at += len(part) + 1
    return out


def no_space_script(ch: str) -> bool:
    """Scripts written without spaces between words (CJK, kana, Hangul, Thai, Lao,
    Khmer, Myanmar): a cue may be glued to the next word."""
    o = ord(ch)
    return (0x3000 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7AF or 0xF900 <= o <= 0xFAFF
            or 0xFF00 <= o <= 0xFFEF or 0x20000 <= o <= 0x2FFFF or southeast_asian(ch))


def southeast_asian(ch: str) -> bool:
    """Thai, Lao, Khmer and Myanmar: alphabets written without spaces between words."""
    o = ord(ch)
    return 0x0E00 <= o <= 0x0EFF or 0x1780 <= o <= 0x17FF or 0x1000 <= o <= 0x109F


def _glued_ideograph(sign: str, before: str) -> bool:
    """Is ``sign`` (one ideograph: "元", "円", "塊") glued to a word before it, an ideograph
    that is no numeral ("金塊", "単元"; not "7元3角", "一块二")?"""
    return ("\u4e00" <= sign <= "\u9fff" and "\u4e00" <= before <= "\u9fff"
            and unicodedata.numeric(before, None) is None and before not in "两半")


def _hangul(ch: str) -> bool:
    """Korean writes spaces between words ("계약 137억"), unlike Chinese and Japanese."""
    return "\uac00" <= ch <= "\ud7af"


# a word hyphened to a word of four letters or more, at a word's end: "SU-kroner"
_HYPHENED_NAME = re.compile(r"[^\W\d_]{1,12}[-‐]([^\W\d_]{4,})(?![\w-])")


def _letter(ch: str) -> bool:
    """A letter, or a combining mark inside a word."""
    return ch.isalpha() or (not ch.isascii() and _MARK.match(ch) is not None)


# a letter or two and a point: the next part of an abbreviation written in parts ("ลบ.ม.")
_CHAINED_ABBREVIATION = re.compile(r"[^\W\d_][\u0e30-\u0e4e]*[^\W\d_]?[\u0e30-\u0e4e]*\.")


class Tok(NamedTuple):
    """A numeral or a cue.

    ``kind``: numerals ``digits``, ``word``, ``cjk``, ``article``; cues ``scale``
    (value: power of ten), ``cur`` (value: candidate codes), ``minor`` (value:
    (factor, code or None)), ``sign``, ``lparen``, ``rparen``, ``neg``, ``qual``
    (value: normalised hedge), ``lead``, ``per`` (value: canonical unit),
    ``unknown`` (a word after the number that looks like a scale word of some
    language; value: the powers it has there), ``curnote`` (a bracket naming the
    currency: "（人民幣，下同）"; value: (code, holds for the figures after)).
    """

    kind: str
    start: int
    end: int
    text: str
    value: Any


_GROUPED_SUM = re.compile(  # "45.276", "2,700.-", "1 350,50": thousands grouped
    r"\d{1,3}([.,'’ \u00a0\u202f])\d{3}(?:\1\d{3})*(?:[.,](?:\d{2}|-{1,2}|[–—]))?"
    # or a price to the cent, or three figures or more ("normalej9,00 zł", "Dalarna575 kr",
    # "person900,- kr")
    r"|\d+[.,]\d{2}|\d{3,}(?:,(?:-{1,2}|[–—]))?")


# a product's name written in camel case just before ("iPhone", "PlayStation", "MacBook")
_CAMEL_BEFORE = re.compile(r"(?<![^\W\d_])[A-Za-z]*[a-z][A-Z][A-Za-z]*$")


def _capital_sign(s: str, symbols: Mapping[str, tuple[str, ...]]) -> tuple[str, ...] | None:
    """The currencies of a two-letter sign with its point written in capitals ("RP." for
    "Rp."), else None."""
    if len(s) == 3 and s[-1] == "." and s[:-1].isalpha() and s[:-1].isupper():
        return symbols.get(s[0] + s[1:].lower())
    return None


# a year's four digits standing alone at the end (the head of "2019M11", "2020Q3")
_PERIOD_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d$")


def _own_cur(right: tuple[Tok, ...]) -> Tok | None:
    """The last currency cue after a numeral, if any."""
    return next((t for t in reversed(right) if t.kind == "cur"), None)


def after_figure(text: str, pos: int) -> bool:
    """Does a digit stand right before ``pos``, blanks between?"""
    while pos and text[pos - 1] in " \u00a0":
        pos -= 1
    return pos > 0 and text[pos - 1].isdigit()


def _lost_space(text: str, j: int, num: Tok, right: tuple[Tok, ...]) -> bool:
    """Is the numeral ``num``, glued to the word ``text[j:num.start]`` before it, a sum
    whose space the page lost: thousands grouped (or written to the cent, or of three
    figures or more) and a currency right after it ("Frederiksberg45.276 kr.",
    "Room2,700.-บาท", "normalej9,00 zł"), after a word of three letters or more
    that ends in a small letter (not a model's code: "A320", "iPhone15")?"""
    s = num.start
    # (a script without case, a word of two letters or more: "करने पर200 रुपए")
    caseless = unicodedata.category(text[s - 1]) in ("Lo", "Mn", "Mc")
    grouped = any(not ch.isdigit() for ch in num.text[:-3])  # ("ár677 430 Ft": a short
    # word, thousands grouped)
    if not (s - j >= (2 if caseless or grouped else 3) and (text[s - 1].islower() or caseless)
            and right and right[0].start - num.end <= 1):
        return False
    if right[0].kind == "cur":
        return _GROUPED_SUM.fullmatch(num.text) is not None
    # a scale, then a currency: "составила13 млрд рублей", "іshіnde13 mlrd teńge"
    return (right[0].kind == "scale" and len(right) > 1 and right[1].kind == "cur"
            and right[1].start - right[0].end <= 1)


def _glued_capital(text: str, q: int, k: int) -> bool:
    """Are the letters ``text[q:q + k]`` (all capitals, or all small) glued to a
    capitalised word after them ("30,00 TLDağıtım", "2 443 krTotalt": a page that lost
    the space after the sign)?"""
    s = text[q:q + k]
    nxt = text[q + k:q + k + 2]
    return (k >= 2 and s.isascii() and s.isalpha() and (s.isupper() or s.islower())
            and len(nxt) == 2 and nxt[0].isupper() and nxt[1].islower())


class Cues(NamedTuple):
    """One numeral and everything written around it: what the resolver reads.

    ``right``: cues after the numeral in reading order (scales, then a currency
    or a coin; a closing bracket may stand between: ``$(2,118.4) million``).
    ``left``: cues before it, nearest first (sign, currency, bracket, hedge or
    negative word, range lead). ``after``: what follows the right cues (a
    closing bracket, a unit price, a hedge, a bracket tail word). ``glued``:
    the numeral is part of an alphanumeric token (``A320``, ``FY26``, ``2e3``).
    """

    num: Tok
    right: tuple[Tok, ...]
    left: tuple[Tok, ...]
    after: tuple[Tok, ...]
    glued: bool
    alt_scale: int | None  # the other reading of a scale word whose meaning depends on language


_EMPTY: tuple[Tok, ...] = ()


class Scanner:
    """The cue reader of one language (``None``: English plus every hand table)."""

    def __init__(self, lang: str | None) -> None:
        self.lang = lang
        self.lex: Lexicon = lexicon(lang)
        self.g = global_table()
        lex = self.lex
        self.first_words = frozenset(k.split(" ", 1)[0] for k in (*lex.names, *lex.scales)
                                     if " " in k)
        # the stems of two-word names whose words both inflect ("norsk" of "norskum krónum")
        self.first_stems = frozenset(k.split(" ", 1)[0] for k in lex.stems
                                     if " " in k) if lex.inflected_names else frozenset()
        self.unit_first_words = frozenset(k.split(" ", 1)[0] for k in lex.per_nouns if " " in k)
        self.sym_first = frozenset(s[0] for s in self.g.symbols)
        # a symbol of letters in lower case, capitalised by a writer ("Грн.", "Lei")
        self.sym_title_first = frozenset(
            s[0].upper() for s in self.g.symbols
            if s[0].islower() and sum(ch.isalpha() for ch in s) >= 2)
        self.sym_last = frozenset(s[-1] for s in self.g.symbols)
        cues = lex.cues
        self.qual_before: Any = cues["qualifiers_before"]
        self.qual_after: Any = cues["qualifiers_after"]
        # "100 กว่าล้านบาท": a hedge between the number and its scale or currency
        self.qual_inner: tuple[tuple[str, str], ...] = tuple(sorted(
            cues.get("qualifiers_inner", {}).items(), key=lambda kv: -len(kv[0])))
        self.qual_inner_first = frozenset(w[:1] for w, _ in self.qual_inner)
        self.neg_before: frozenset[str] = cues["negative_before"]
        self.range_words: frozenset[str] = cues["range"]
        self.range_lead: frozenset[str] = cues["range_lead"]
        self.join_words: frozenset[str] = cues["minor_join"]
        self.per_words: frozenset[str] = cues["per_words"]
        # per words written cut short, with a point: "pr." (Danish and Norwegian "per"); a
        # word of consonants only is an abbreviation ("a." of "5 a.m." is none)
        self.per_abbrevs = frozenset(w for w in self.per_words if w.isalpha() and not any(
            ch in "aeiouyáéíóúåäöæøœ" for ch in w.lower()))
        self.per_blockers: frozenset[str] = cues.get("per_blockers", frozenset())
        self.neg_after: frozenset[str] = cues.get("negative_after", frozenset())
        self.followers: frozenset[str] = cues.get("amount_followers", frozenset())
        self.connectors: frozenset[str] = cues.get("connectors", frozenset())
        self.unit_adjectives: frozenset[str] = cues.get("unit_adjectives", frozenset())
        # "one" said after the noun it counts: "دينار واحد", "שקל אחד" (a dinar, a shekel)
        self.one_after: frozenset[str] = cues.get("one_after", frozenset())
        # "12-cent-a-share"; "50-Euro-Schein" (a note's face value)
        self.hyphen_ok = frozenset([*self.per_words, *self.qual_after,
                                    *cues.get("note_words", frozenset())])
        self.glue_ok = frozenset([*lex.prefixes, *self.join_words, *self.range_words,
                                  *self.range_lead, *self.qual_before, *self.neg_before])
        self.time_units = frozenset(cues.get("time_units", ()))
        # the language's own ways of writing a price's unit (CLDR's), longest first
        phrases = sorted(lex.per_phrases, key=len, reverse=True)
        self.per_phrase_re = re.compile(
            "(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)
            + r")(?![^\W\d_])", re.IGNORECASE) if phrases else None
        # "and a half" phrases by their first character, longest first
        halves: dict[str, list[str]] = {}
        for phrase in sorted(cues.get("half_after", ()), key=len, reverse=True):
            halves.setdefault(phrase[:1], []).append(phrase)
        self.halves = {k: tuple(v) for k, v in halves.items()}
        self._shape_cache: dict[int, tuple[frozenset[str], frozenset[str], int]] = {}
        # how many letters of a glued run (a script without spaces) can form an entry of
        # each table: the longest key without a space plus the longest inflection
        affix = max((len(x) for x in (*lex.endings, *lex.prefixes)), default=0)
        stem = max((len(x) for x in lex.stems), default=0) + max(map(len, lex.endings), default=0)

        def glue(*tables: Any) -> int:
            if lex.fold_accents:  # folding may shorten a word: no bound but GLUED_MAX
                return GLUED_MAX
            longest = max((len(k) for t in tables for k in t if " " not in k), default=0)
            return min(GLUED_MAX, max(longest + affix, stem))

        self.glue_scale = glue(lex.scales, lex.scales_exact, lex.scale_alt)
        self.glue_name = glue(lex.names)
        self.glue_adjective = glue(lex.adjectives)
        self.glue_minor = glue(lex.minor)
        self.glue_qual_after = glue(self.qual_after)
        self.glue_unit = glue(lex.per_nouns)
        self.left_words = max((k.count(" ") + 1 for k in (*self.qual_before, *self.neg_before,
                                                          *self.range_lead)), default=1)
        # scaled names with points inside ("ಕೋ.ರೂ."), which no word reader returns whole
        self.dotted_scaled = tuple((k, v) for k, v in lex.scaled_names.items() if "." in k)
        # and those of two words ("mm dh"), read before a scale word alone could take
        # their first word
        self.spaced_scaled = tuple((k, v) for k, v in lex.scaled_names.items() if " " in k)

    # ------------------------------------------------------------ numerals
    def numerals(self, text: str) -> list[Tok]:
        """Every numeral in ``text``, in order, non-overlapping."""
        toks = [Tok("digits", m.start(), m.end(), m.group(), None) for m in _numeral_matches(text)]
        toks = [self._unglued(text, t) for t in toks]
        if not self.lex.space_groups:
            toks = [p for t in toks for p in _space_cells(t)]
        if self.lex.colon_decimal and ":" in text:
            toks = _colon_decimals(text, toks)
        words = _number_words(text, self.lang)
        if not words:
            return toks
        merged: list[Tok] = []
        for t in sorted(toks + words, key=lambda t: (t.start, -(t.end - t.start))):
            if merged and t.start < merged[-1].end:
                prev = merged[-1]
                # a spelled/CJK numeral that contains digits wins over the bare digits
                if t.end - t.start > prev.end - prev.start:
                    merged[-1] = t
                continue
            merged.append(t)
        return merged

    def _unglued(self, text: str, tok: Tok) -> Tok:
        """``tok`` without a first group of digits glued to a capital letter before it, a
        blank after it: "PS5 499.99 dólares" is a model's name, then a price (not "R5 000",
        the sign glued on)."""
        s = tok.start
        blank = _BLANK_GROUP.search(tok.text)
        camel = (_CAMEL_BEFORE.search(text, max(0, s - 24), s - 1)
                 if blank is not None and blank.start() <= 2 and s >= 2 and text[s - 1] == " "
                 else None)
        if camel is not None and blank is not None and not after_figure(text, camel.start()):
            # "på iPhone 16 339 kr.": a product's name, its model number, then the price
            # (not "2 985 krJulutgifter 2 443 kr": a sign after a figure, its space lost)
            rest = tok.text[blank.end():]
            if NUM_RE.fullmatch(rest) is not None:
                return Tok("digits", s + blank.end(), tok.end, rest, None)
        if not (s and text[s - 1].isupper()):
            return tok  # (a small letter before: a page that lost its space,
            # "Frederiksberg45 276 kr.", `_lost_space`)
        if blank is None or self.cur_before(text, s) is not None:
            return tok
        rest = tok.text[blank.end():]
        if NUM_RE.fullmatch(rest) is None:
            return tok
        return Tok("digits", s + blank.end(), tok.end, rest, None)

    def scan(self, text: str) -> list[Cues]:
        """Every numeral of ``text`` with its cues.

        Two passes keep prose cheap: every numeral gets its scales, currencies,
        signs and brackets; only a numeral that has one of those (or a number
        word, or such a neighbour: a range's bare low end, last year's figure in
        brackets) also gets the words around it: hedges, negative and lead words,
        unit prices. A bare "2024" or "15 %" costs little.
        """
        nums = self.numerals(text)
        core = [self._core(text, num) for num in nums]
        keen = [c[0] for c in core]
        out = []
        n = len(nums)
        for i, num in enumerate(nums):
            _keen, right, alt, left = core[i]
            if num.kind == "definite":
                if not self._named_after(text, num, right):
                    continue  # "في المئة": a definite number word alone is a noun
                num = num._replace(kind="word")  # "الثلاثين ريالاً": thirty riyals
            if keen[i] or (i and keen[i - 1]) or (i + 1 < n and keen[i + 1]):
                end = right[-1].end if right else num.end
                after = self._after(text, end, True, _own_cur(right))
                left = self._left(text, num.start) if num.kind != "article" else self._lead(
                    text, num.start)
            else:
                after = _EMPTY
            out.append(Cues(num, right, left, after, self._glued(text, num, left, right), alt))
        return out

    def _named_after(self, text: str, num: Tok, right: tuple[Tok, ...]) -> bool:
        """Is the first cue after the number word ``num`` a currency's name written
        apart from it ("الثلاثين ريالاً"; not a sign, not a scale)?"""
        first = right[0] if right else None
        return (first is not None and first.kind == "cur" and first.start > num.end
                and first.text[:1].isalpha() and self.lex.names_of(first.text) is not None)

    def _core(self, text: str, num: Tok) -> tuple[bool, tuple[Tok, ...], int | None, tuple[Tok, ...]]:
        """(worth the words around it, right cues, other scale reading, left cues
        without words) of one numeral."""
        right, alt = self._right(text, num)
        left = self._left(text, num.start, words=False) if num.kind != "article" else _EMPTY
        keen = bool(right) or num.kind != "digits" or any(t.kind == "cur" for t in left)
        if not keen and num.end < len(text):  # "6,25 per liter": a price, its currency around
            q = num.end
            while q < len(text) and text[q] in _SPACE:
                q += 1
            keen = self._per(text, q) is not None
        return keen, right, alt, left

    def cues(self, text: str, num: Tok) -> Cues:
        """The cues of one numeral, all of them."""
        right, alt = self._right(text, num)
        end = right[-1].end if right else num.end
        after = self._after(text, end, True, _own_cur(right))
        left = self._left(text, num.start) if num.kind != "article" else self._lead(
            text, num.start)
        return Cues(num, right, left, after, self._glued(text, num, left, right), alt)

    def _lead(self, text: str, pos: int) -> tuple[Tok, ...]:
        """An article's cue before it: a range's lead only ("zwischen einer und zwei
        Millionen Euro": the article is the low end, one)."""
        return tuple(t for t in self._left(text, pos) if t.kind == "lead")

    def _glued(self, text: str, num: Tok, left: tuple[Tok, ...], right: tuple[Tok, ...]) -> bool:
        """Is the numeral part of an alphanumeric token: letters glued before it that are
        no cue (``FY26``, ``A320``, ``iPhone15``), or a letter then a digit after it (``2e3``)?"""
        if num.kind != "digits":
            return False
        s, e = num.start, num.end
        if e == s + 1 and s and unicodedata.digit(text[s], 1) == 0 and any(
                text[s - k:e] in self.g.symbols for k in range(1, min(s, self.g.symbol_max) + 1)):
            return True  # "रू० 2000/-": the zero ends the sign (its abbreviation mark)
        if s > 2 and text[s - 1] in "+-\u2212" and text[s - 2] in "eE" and text[s - 3].isdigit():
            return True  # the exponent of "1E+3", "1.5e-3"
        if (s > 1 and text[s - 1] in "/⁄" and text[s - 2].isdigit()
                and not _decimal_pair(text, s, e) and not self._scaled_pair(text, s, e)
                and not self._priced_pair(text, s, e)):
            return True  # the denominator of "1/2 million", "3/4": a fraction, not an amount
        if e + 2 < len(text) and text[e] in "eE" and text[e + 1] in "+-\u2212" and (
                text[e + 2].isdigit()):
            return True
        if (s > 3 and text[s - 1] == "." and text[s - 2].isdigit() and text[s - 3].isdigit()
                and text[s - 4:s - 3] in (".", "/", "-") and e - s == 2):
            return True  # the year of a date written "01.08.22": no figure of its own
        if any(t.end == s and t.kind == "cur" and len(t.text) == 1 and t.text.isascii()
               and t.text.isupper() and _PERIOD_YEAR.match(text, max(0, t.start - 4), t.start)
               for t in left):
            return True  # "2019M11,104,4", "2020Q3": a year, a capital, digits: a period's
            # code (the year and its month or quarter), not a sign before a figure
        if s and _letter(text[s - 1]) and not no_space_script(text[s - 1]):
            # (a scale a noun-first language writes before the number may touch it:
            # "රු.කෝටි13,214")
            if not any(t.end == s and t.kind in ("cur", "sign", "scale") for t in left):
                j = s - 1
                while j and _letter(text[j - 1]):
                    j -= 1
                # a clitic or a little word glued to the number is no part of it:
                # Hebrew "מ5" (from 5), "ל20" (to 20), Arabic "و43" (and 43)
                # (an Arabic tatweel only stretches the clitic: "بـ5")
                # (a currency name in a script of its own: "2روپے13 پیسے", the rupees,
                # then their paisa; "ایک روپیہ89پیسہ")
                named = not text[j].isascii() and self.lex.names_of(text[j:s]) is not None
                if j and text[j - 1].isdigit() and (
                        named or self.lex.scale(text[j:s]) is not None):
                    pass  # "11ارب69 کروڑ": a scale word between the parts of a compound
                elif _lost_space(text, j, num, right) and not (
                        s - j == 2 and text[j:s].lower() in self.lex.counted):
                    pass  # "Frederiksberg45.276 kr.", "Room2,700.-บาท": a page lost its space
                    # (not after a unit's two letters: "273 mm1 722 €")
                elif ((code := self.g.dollar_prefixes.get(text[j:s].lower())) is not None
                      and len(text[j:s]) >= 2 and not (j and _letter(text[j - 1]))
                      and any(t.kind == "cur" and code in t.value for t in right)):
                    pass  # "US516 millones de dólares": the letters that say which dollar,
                    # their sign lost (the dollars named after the figure)
                elif (text[j:s] in ("x", "X") and j and text[j - 1].isdigit()
                      and not (j >= 3 and text[j - 3].isdigit())):
                    pass  # "2x2000zł": a count of one or two digits times a price (not
                    # "1920x1080", a size)
                elif (j and text[j - 1].isdigit()) or (
                        text[j:s].lower().rstrip("\u0640") not in self.glue_ok
                        and not named) or (
                        text[j].isascii() and text[j].isupper()
                        and text[j:s] not in self.lex.prefixes):
                    return True  # "5e3": letters between digits make one token; "A5" a model
        if e + 1 < len(text) and _letter(text[e]) and text[e + 1].isdigit() and not (
                no_space_script(text[e])):
            if not (right and right[0].start == e and right[0].kind in ("cur", "minor")):
                return True  # "2e3", "5G4": not "50元6角", "2ドル3セント"
        return False

    # ------------------------------------------------------------ words
    def _scaled_pair(self, text: str, s: int, e: int) -> bool:
        """"6/7 mila euro", "10/12 milioni", "N40/45k": two whole figures apart by a
        slash, a scale word after them (or glued to the second), that no fraction reads
        (a denominator above four, or no larger than the numerator) are a range sharing
        the scale ("1/2 million", "3/4" stay fractions)."""
        top, bottom, q = _slash_pair(text, s, e)
        if not (top.isdigit() and bottom.isdigit() and len(top) <= 3 and len(bottom) <= 3):
            return False
        if int(bottom) <= 4 and int(top) < int(bottom):
            return False
        got = self._word_at(text, q)
        return got is not None and self.lex.scale(got[1]) is not None

    def _priced_pair(self, text: str, s: int, e: int) -> bool:
        """"15/20 euro", "35/40 €": two whole figures of two digits or more apart by a
        slash, a currency right after them, are a range (no price is a fraction such as
        fifteen twentieths; "1/2 euro" is half of one)."""
        top, bottom, q = _slash_pair(text, s, e)
        if not (top.isdigit() and bottom.isdigit() and 2 <= len(top) <= 3
                and 2 <= len(bottom) <= 3 and top[0] != "0" and bottom[0] != "0"
                and int(top) < int(bottom)):
            return False
        return self.cur_at(text, q) is not None

    def _word_at(self, text: str, q: int) -> tuple[int, str] | None:
        """(end, word) of the letters run at ``q``, with a following period kept apart.

        In a script without spaces only the first ``2 * GLUED_MAX`` letters are
        read: every entry is a prefix at most ``GLUED_MAX`` long, and a run of
        ``万万万…`` must not be read to its end at every numeral."""
        if q < len(text) and no_space_script(text[q]):
            m = _WORD.match(text, q, q + 2 * GLUED_MAX)
        else:
            m = _WORD.match(text, q)
        if m is None:
            return None
        return m.end(), m.group()

    def _phrase(self, text: str, q: int, get: Any,
                first_words: frozenset[str] | None = None,
                glue: int = GLUED_MAX) -> tuple[int, Any] | None:
        """(end, value) of the longest entry starting at ``q``, where ``get(word)`` gives
        an entry's value or None: one word (with a period kept, inflected, after a
        clitic, or a prefix of a run in a script without spaces) or several ("mil
        millones", "australian dollars")."""
        got = self._word_at(text, q)
        if got is None:
            return None
        end, word = got
        n = len(text)
        firsts = self.first_words if first_words is None else first_words
        key0 = self.lex.norm(word)
        dotted = end < n and text[end] == "." and key0 + "." in firsts
        if dotted or key0 in firsts or (first_words is None and self.first_stems and any(
                x in self.first_stems for x in self.lex.stripped(key0))):
            # "mil millones", "new zealand dollars", "troy ounce"; "ам.долларын" (a first
            # word cut short, the next glued to its period)
            words = [word + "." if dotted else word]
            p = end + 1 if dotted else end
            best: tuple[int, Any] | None = None
            for _ in range(self.lex.word_max - 1):
                r = p
                while r < n and text[r] in " \u00a0-" and r - p < 2:
                    r += 1
                if r == p and not (words[-1].endswith(".") and r < n and _letter(text[r])):
                    break
                nxt = self._word_at(text, r)
                if nxt is None:
                    break
                words.append(nxt[1])
                p = nxt[0]
                key = " ".join(words)
                if p < n and text[p] == ".":
                    value = get(key + ".")
                    if value is not None:
                        best = (p + 1, value)
                        continue
                value = get(key)
                if value is not None:
                    best = (p, value)
            if best is not None:
                return best
        if end + 1 < n and text[end] == "-" and _letter(text[end + 1]):
            follow = _WORD.match(text, end + 1)  # "D-Mark": an entry written with a hyphen
            if follow is not None:
                value = get(f"{word}-{follow.group()}")
                if value is not None:
                    return follow.end(), value
        if end < n and text[end] in ".'’׳":  # "mill.", "אג'", "৬শ’": an abbreviation's mark
            value = get(word + text[end])
            if value is not None:
                return end + 1, value
        latin = not no_space_script(word[0])
        if not latin or (not word.isascii() and no_space_script(word[-1])):
            # (also a run that a Latin prefix opens: "3,600USドル以下", US dollars or less;
            # the entry then ends in the script without spaces, not "1000cc급", "40B程度")
            not_cues = self.lex.not_cues
            for k in range(min(len(word), glue), 0, -1):  # "億円", "ล้านบาท": glued words
                if latin and not no_space_script(word[k - 1]):
                    break
                if word[:k] in not_cues:
                    return None  # "เหรียญทอง": a gold medal, not "เหรียญ" (dollars) glued on
                value = get(word[:k])
                if value is not None:
                    return q + k, value
            return None
        value = get(word)
        if value is None:
            return None
        if end + 1 < n and text[end] == "." and len(word) <= 4 and (
                (text[end + 1] in " \u00a0" and end + 2 < n and (
                    not text[end + 2].isupper() or self.cur_at(text, end + 2) is not None))
                or _letter(text[end + 1])):
            return end + 1, value  # "млн. руб.", "mill. kr", "млрд.грн": an abbreviation's period
        if end + 1 < n and text[end] == "-" and _letter(text[end + 1]):
            follow = _WORD.match(text, end + 1)
            if (follow is not None and self.lex.apostrophe_suffixes and len(word) > 1
                    and follow.group().lower() in self.lex.endings):
                return follow.end(), value  # "20 lira-dan": a case ending after a hyphen
            if q >= 2 and text[q - 1] == "-" and (text[q - 2].isdigit()
                                                  or self._hyphened_scale(text, q - 1)):
                return end, value  # "Der 3-Franken-Aufschlag": a figure, the currency and
                # the noun it prices, all hyphened (German compounds): the face value; so
                # with the scale between ("den 28-Millionen-Euro-Pot")
            if follow is None or follow.group().lower() not in self.hyphen_ok:
                cur = self.cur_at(text, end + 1)
                if cur is not None and (text[cur.end:cur.end + 2].lstrip(" \u00a0")[:1].isdigit()
                                        or cur.end - end - 1 > 2):
                    # "Rp 500 ribu-Rp 1 juta": a range's dash; "$2 million-dollar deal",
                    # "5 Millionen-Euro-Projekt": the scale of a compound on money
                    return end, value
                return None  # "dollar-store", "euro-zone": part of a compound word
        if self.lex.apostrophe_suffixes and end + 1 < n and text[end] in "'’":
            m = _WORD.match(text, end + 1)  # "TL'ye", "lira'ya": a suffix after the apostrophe
            if m is not None:
                return m.end(), value
        return end, value

    def _hyphened_scale(self, text: str, h: int) -> bool:
        """Is the word before the hyphen at ``h`` a scale hyphened to a figure
        ("28-Millionen-" before "Euro-Pot")? (A bounded look-back.)"""
        b = h
        while b > 0 and h - b < 16 and _letter(text[b - 1]):
            b -= 1
        return (2 <= b < h and text[b - 1] == "-" and text[b - 2].isdigit()
                and (sc := self._scale_at(text, b, first=False)) is not None and sc.end == h)

    # ------------------------------------------------------------ right side
    def _right(self, text: str, num: Tok) -> tuple[tuple[Tok, ...], int | None]:
        """Scales, then a currency or a coin (or a currency then a scale: "75 USD million")."""
        out: list[Tok] = []
        alt: int | None = None
        p = num.end
        n = len(text)
        if p >= n:
            return _EMPTY, None
        if (text[p] in _SPACE and num.start >= 2 and text[num.start - 1] in _SPACE
                and text[num.start - 2] == "("):
            q = p
            while q < n and q < p + 3 and text[q] in _SPACE:
                q += 1
            if q < n and text[q] == ")":
                p = q  # "بقيمة ( 8 ) ملايين دينار": a figure spaced inside its brackets
        if text[p] == ")" and p + 1 < n:
            # "$(2,118.4) million", "146,4 (157,3) MSEK": the unit after the bracket
            r = p + 1
            while r < n and text[r] in _SPACE:
                r += 1
            if (self._scale_at(text, p + 1, first=False) is not None
                    or self._scaled_currency(text, r) is not None
                    or (r < n and text[r] != "(" and (
                        self.cur_at(text, r) is not None
                        or self._minor_at(text, r, glued=False, one_space=False) is not None))):
                out.append(Tok("rparen", p, p + 1, ")", None))
                p += 1
        if (text[p] == "/" and num.start and text[num.start - 1] == "/"
                and p + 1 < n and text[p + 1] in _SPACE):
            p += 1  # "/50/ ليرة سورية": slashes around a figure, as the Syrian press sets it
        if (text[p] == "." and p + 1 < n and text[p + 1] in _SPACE
                and (num.text.isdigit() or _FEW_COINS.fullmatch(num.text))
                and (sc0 := self._scale_at(text, p + 1, first=False)) is not None
                and self.cur_at(text, _after_space_end(text, sc0.end)) is not None):
            p += 1  # "5. mil. eur", "42. mio. kr.", "16. millioner kroner", "1,8. mia. kr.":
            # a stray point before a scale and a currency; no ordinal counts millions (the
            # resolver flags it)
        if (text[p] == "." and p + 1 < n and num.text.isdigit() and not text[p + 1].isalnum()
                and not text[p + 1].isspace() and (cur0 := self.cur_at(text, p + 1)) is not None
                and not text[cur0.end:cur0.end + 1].isdigit()):
            p += 1  # "um 786.€": a point after a whole figure, then its sign glued on
        if (text[p] in "-\u05be" and p + 1 < n and text[p + 1] in _SPACE
                and self._clitic_glued(text, num.start)):
            p += 1  # "מ965- ש"ח", "כ375- מיליון": the clitic's hyphen ("מ-965"), set after
            # the figure when right-to-left text was copied; no minus, no range
        if (text[p] in "-–" and p + 2 < n and text[p + 1] in _SPACE and num.kind == "digits"
                and len(num.text) >= 4 and not (num.text.isdigit() and len(num.text) == 4
                                                and num.text[:2] in ("19", "20"))
                and (r := _after_space_end(text, p + 1)) < n and not text[r].isdigit()
                and self.cur_at(text, r) is not None):
            p += 1  # "900.000.000- TL": a dash that closes a whole amount (no coins), then
            # its currency; no range, no minus
        for suffix in self.lex.numeral_suffixes:  # "€15-il miljun"
            k = p + len(suffix)
            if text.startswith(suffix, p) and (k >= n or not text[k].isalnum()):
                p = k
                break
        hedge = self._inner_hedge(text, p)
        if hedge is not None:
            out.append(hedge)
            p = hedge.end
        q0 = p
        while q0 < n and text[q0] in _SPACE:
            q0 += 1
        r0 = q0
        while r0 < n and r0 - q0 < 4 and text[r0].isalpha():
            r0 += 1
        if (q0 < r0 < n and not out and not text[r0].isalnum() and text[r0] in self.sym_first
                and not text[r0].isspace()):
            glued0 = self._scaled_currency(text, q0)
            if (glued0 is not None and glued0[0].end == glued0[1].start
                    and not glued0[1].text[:1].isalpha()):  # a symbol: "T€", not "MM"
                whole = self.cur_at(text, q0)  # "TL", "KM", "T$": a currency of its own
                if whole is None or whole.end < glued0[1].end:
                    return glued0, alt  # "50 T€" is thousands of euros ("T" alone: trillions)
        for key, (power, code) in () if out else self.spaced_scaled:
            end = q0 + len(key)  # "124,7 MM Dh": a scale and a currency of two words
            if text[q0:end].lower() == key and (end >= n or not _letter(text[end])):
                word = text[q0:end]
                return (Tok("scale", q0, end, word, power), Tok("cur", q0, end, word, (code,))), alt
        if (not out and q0 < n and text[q0] == "(" and num.kind == "digits"
                and (sc := self._scale_at(text, q0 + 1, first=False)) is not None
                and sc.start == q0 + 1 and text[sc.end:sc.end + 1] == ")"):
            # "Rp 74 (ribu)": the editor's scale word in brackets after the figure
            out.append(Tok("scale", q0, sc.end + 1, text[q0:sc.end + 1], sc.value))
            p = sc.end + 1
        for k in range(4):  # "5 thousand million", "1.5 lakh crore", "6 หมื่นล้าน"
            sc = self._scale_at(text, p, first=k == 0 and num.kind == "digits" and not out)
            if sc is None:
                break
            if k and (sc.value <= out[-1].value or out[-1].value > 5):
                break  # "lakh crore", "ngàn tỷ", "mil millones"; not "billion k", "billion tn"
            if alt is None:
                alt = self.lex.scale_alternative(sc.text)
                if alt == sc.value:
                    alt = None  # "m" in Indonesian text is the million it is everywhere
            out.append(sc)
            p = sc.end
        if out and out[-1].kind == "scale":  # "3 ຕື້ກວ່າກີບ": the hedge after the scale
            hedge = self._inner_hedge(text, p)
            if hedge is not None:
                out.append(hedge)
                p = hedge.end
        q = p
        while q < n and text[q] in _SPACE:
            q += 1
        if q >= n:
            return tuple(out), alt
        if text[q] == "-" and q + 1 < n and _letter(text[q + 1]) and (
                any(t.kind == "scale" for t in out) or q == num.end):
            q += 1  # "billion-dollar", "siebenhundert-Euro", "12-cent", "one-yen"
        half0 = None
        if not out and q > num.end and text[q].lower() in self.halves:
            half0 = self._half_after(text, num.end)  # "12 i pol eura": the half, then the unit
            if half0 is not None and _after_space_end(text, half0.end) > half0.end:
                q = _after_space_end(text, half0.end)
            else:
                half0 = None
        if half0 is None and self.lex.minor_after and _FEW_COINS.fullmatch(num.text):
            # (a few coins: "15.000 Rp" is the rupiah after all)
            w = _WORD.match(text, q)
            if w is not None and w.group().lower() in self.lex.minor_after:
                coins = self._minor_at(text, q, glued=q == p, one_space=q == p + 1)
                if coins is not None:  # "4.94 Rp./kWh": Swiss centimes, not the rupiah's sign
                    out.append(self._coins_of(text, coins))
                    return tuple(out), alt
        cur = self.cur_at(text, q)
        if cur is not None and cur.text in self.g.homeland_signs:
            cur = None  # "50¢": cents; a homeland sign is money before the figure only
        if cur is not None and num.kind == "word" and self._clitic_name(cur.text):
            cur = None  # "ספר שני בשקל": a second book for a shekel; a preposition glued
            # to the name, no count of it
        if cur is not None and len(cur.value) > 1 and cur.end + 1 < n and (
                _letter(text[cur.end]) or (text[cur.end] in "(（" and _letter(text[cur.end + 1]))):
            # "20萬元人民幣": a generic unit, then the name that says which; "10萬元(人民幣,
            # 以下同)": the name in brackets (the currency of the figures after it too)
            at = cur.end + (0 if _letter(text[cur.end]) else 1)
            named = self.cur_at(text, at)
            if named is not None and at > cur.end and text[
                    _after_space_end(text, named.end):][:1].isdigit():
                named = None  # "25달러(캐나다화 27.5달러)": a figure of its own in the
                # brackets, a conversion; the name says which money that one is
            if named is not None and (set(named.value) < set(cur.value) or (
                    len(named.value) == 1 and len(cur.text) == 1 and no_space_script(cur.text))):
                # (a Han head, then a name of one money it does not stand for: "65萬元美鈔",
                # US banknotes)
                end = cur.end if at > cur.end else named.end  # the bracket stays out
                cur = Tok("cur", cur.start, end, text[cur.start:end], named.value)
        if cur is None:
            if half0 is not None:
                return tuple(out), alt
            c = self._connector(text, q)
            if c is not None:
                cur = self.cur_at(text, c, names_only=not any(t.kind == "scale" for t in out))
            if cur is None and c is None and self.unit_adjectives:
                a = self._unit_adjective(text, q)  # "1.000.000 skattefrie kroner"
                if a is not None:
                    cur = self.cur_at(text, a, names_only=True)
            if cur is None and self.lex.name_modifiers:
                cur = self._modified_name(text, q if c is None else c)
            if cur is None and out and self.lex.scaled_names:
                # "13 milhões de contos", "45 mil contos": a scale, then a word that is a
                # scale and a currency at once (a conto is a thousand escudos)
                for at in (q,) if c is None else (q, c):
                    both = self._scaled_name_at(text, at)
                    if both is not None:
                        return (*out, *both), alt
        if cur is not None:
            if half0 is not None:
                out.append(half0)
            if not out and len(cur.value) == 1 and cur.text[:1].isalpha():
                r = _after_space_end(text, cur.end)
                coin = None if r == cur.end else self._minor_at(text, r, glued=False,
                                                                 one_space=False)
                if coin is not None and coin.value[1] in (None, cur.value[0]):
                    # "15 euro cents", "piecpadsmit eiro centiem": cents of that currency
                    out.append(Tok("minor", cur.start, coin.end, text[cur.start:coin.end],
                                   (coin.value[0], cur.value[0])))
                    return tuple(out), alt
            out.append(cur)
            if not any(t.kind == "scale" for t in out):
                sc = self._scale_at(text, cur.end, first=False)
                if (sc is not None and sc.text.lower() in self.lex.scales_first
                        and text[_after_space_end(text, sc.end):][:1].isdigit()):
                    # "watanni 3 Naira Tiriliyan 6.8": the currency and the scale open the
                    # next figure
                    return tuple(out[:-1]) if out and out[-1] is cur else tuple(out), alt
                if (sc is not None and len(sc.text) >= 3  # "75 USD million", not "$5 k"
                        and not text[_after_space_end(text, sc.end):][:1].isdigit()
                        and not self._number_word_at(text, _after_space_end(text, sc.end))):
                    # (not "275 liradan bin 410 liraya", "yedi yüz liradan bin beş yüz
                    # liraya": the scale opens the next figure)
                    out.append(sc)
                else:
                    half = self._half_after(text, cur.end)
                    if half is not None:  # "12 جنيهًا ونصف", "5 euros y medio"
                        out.append(half)
            return tuple(out), alt
        minor = self._minor_at(text, q, glued=q == p or (q == p + 1 and text[p] == "-"),
                               one_space=q == p + 1)
        if minor is None:
            c = self._connector(text, q)  # "50 de bani"
            if c is not None:
                minor = self._minor_at(text, c, glued=False, one_space=False)
        if minor is None:
            minor = self._country_coins(text, q)
        if minor is not None:
            out.append(self._coins_of(text, minor))
            return tuple(out), alt
        if not any(t.kind == "scale" for t in out):
            glued = self._scaled_currency(text, q)  # "2.318 Mkr", "12,4 MdsE", "5 TEUR"
            if glued is not None:
                return tuple(out) + glued, alt
            unk = self._unknown_scale(text, q, p)
            if unk is not None:
                out.append(unk)
                r = unk.end
                while r < n and text[r] in _SPACE:
                    r += 1
                cur = self.cur_at(text, r)  # "12.6 bilion ringgit"
                link = self._word_at(text, r) if cur is None and unk.value else None
                if link is not None and link[1].lower() in self.connectors:
                    r = link[0]  # "18 milione de lei": a scale word misspelt, then "of"
                    while r < n and text[r] in _SPACE:
                        r += 1
                    cur = self.cur_at(text, r)
                if cur is not None:
                    out.append(cur)
        return tuple(out), alt

    def _country_coins(self, text: str, q: int) -> Tok | None:
        """Coins named after their country's adjective or code at ``q`` ("144,25 US
        cent", "50 Singapore cents"): that currency's, if the country has one."""
        adj = self._adjective(text, q, codes_anywhere=True)  # ("US cent" in Vietnamese)
        if adj is None or len(adj[1]) != 1:
            return None
        r = _after_space_end(text, adj[0])
        if r == adj[0] and text[r:r + 1] == "-":
            r += 1  # "15 US-Cent"
        if r == adj[0]:
            return None
        coin = self._minor_at(text, r, glued=False, one_space=False)
        if coin is None or coin.value[1] not in (None, adj[1][0]):
            return None
        return Tok("minor", q, coin.end, text[q:coin.end], (coin.value[0], adj[1][0]))

    def _clitic_glued(self, text: str, s: int) -> bool:
        """Is a clitic of the language ("מ", "ב", "و", or a hedge glued so: "כ") right
        before ``s``, itself after no letter, in a language that glues its clitics?"""
        if not self.lex.prefixes or not s or not _letter(text[s - 1]):
            return False
        j = s - 1
        while j and _letter(text[j - 1]):
            j -= 1
        return text[j:s] in self.glue_ok

    def _coins_of(self, text: str, minor: Tok) -> Tok:
        """The coin ``minor`` with the currency named after it ("205 centavos de dólar",
        "50 centimes d'euro"): the coins of that currency, the name inside the token."""
        q = _after_space_end(text, minor.end)
        c = self._connector(text, q)
        if c is None:
            return minor
        cur = self.cur_at(text, c, names_only=True)
        if cur is None or not cur.value:
            return minor
        return Tok("minor", minor.start, cur.end, text[minor.start:cur.end],
                   (minor.value[0], cur.value[0]))

    def _half_after(self, text: str, pos: int) -> Tok | None:
        """A "half_after" phrase right after ``pos`` ("ونصف", "y medio"), ending a word."""
        q = _after_space_end(text, pos)
        halves = self.halves.get(text[q:q + 1].lower())
        if not halves or (q == pos and text[q:q + 1].isalpha()):
            return None
        low = text[q:q + 16].lower()
        for phrase in halves:
            end = q + len(phrase)
            if (low.startswith(phrase) and not (end < len(text) and _letter(text[end]))
                    and self._scale_at(text, end, first=False) is None):  # not "y medio millón"
                return Tok("half", q, end, text[q:end], None)
        return None

    def _scaled_name_at(self, text: str, q: int) -> tuple[Tok, Tok] | None:
        """A word at ``q`` that is a scale and a currency at once (``scaled_names``:
        "mdp", "contos"), as its two tokens."""
        got = self._word_at(text, q)
        acro = _ACRONYM.match(text, q)  # 'מ"ד': the initials of "million dollars"
        if acro is not None and acro.group().lower() in self.lex.scaled_names:
            got = acro.end(), acro.group()
        hit = self.lex.scaled_names.get(got[1].lower()) if got is not None else None
        if hit is None:  # an abbreviation with points inside: "655.83 ಕೋ.ರೂ." (crore rupees),
            # a case ending glued after it ("ಕೋ.ರೂ.ಗಳ")
            for key, value in self.dotted_scaled:
                end = q + len(key)
                if text.startswith(key, q) and (
                        end >= len(text) or not _letter(text[end])
                        or any(text.startswith(x, end) for x in self.lex.endings)
                        or (key[-1] == "." and no_space_script(text[end])
                            and _CHAINED_ABBREVIATION.match(text, end) is None)):
                    # (its point ends it where words are not spaced: "4.5 พันลบ.คุ้มค่า";
                    # not "8 ลบ.ม.", cubic metres, another abbreviation chained on)
                    got, hit = (end, key), value
                    break
        if got is None or hit is None:
            return None
        word = text[q:got[0]]
        return Tok("scale", q, got[0], word, hit[0]), Tok("cur", q, got[0], word, (hit[1],))

    def _scaled_currency(self, text: str, q: int) -> tuple[Tok, Tok] | None:
        """A scale prefix glued to a currency symbol or code: "MEUR", "Mkr", "M€",
        "MdsE", "TEUR" (thousand euros), "mdkr"."""
        g = self.g
        if self.lex.scaled_names:
            named = self._scaled_name_at(text, q)  # "66 mdp": millions of pesos
            if named is not None:
                return named
        for k in (3, 2, 1):
            pre = text[q:q + k]
            power = g.scaled_prefixes.get(pre)
            if power is None:
                continue
            r = q + k
            if (pre[0].isupper() and text[r:r + 1].isupper() and text[r + 1:r + 2].islower()
                    and (w := self._word_at(text, r)) is not None
                    and (codes := self.lex.names_of(w[1].lower()))):
                # "69MEuro": a capital prefix glued to a capitalised currency's name
                return (Tok("scale", q, r, pre, power), Tok("cur", r, w[0], text[r:w[0]], codes))
            cur = self.lex.currency_letters.get(text[r:r + 1])  # "E" in "MdsE", "ME"
            if cur is None and r + 3 <= len(text) and text[r:r + 3].isalpha() and not text[r:r + 3].isupper():
                continue  # "mars", "mercredi": a word, not "m" + "ARS"
            if cur is not None and pre[0].isupper() and not (
                    r + 1 < len(text) and _letter(text[r + 1])):
                return (Tok("scale", q, r, pre, power), Tok("cur", r, r + 1, text[r], cur))
            c = self.cur_at(text, r, symbols_only=True)
            if c is not None and c.end > r:
                if text[q:c.end] in g.not_scaled_currency:
                    return None  # "0831 GMT": a time zone, not G (billions) of MT (meticais)
                return (Tok("scale", q, r, pre, power), c)
        return None

    def _modified_name(self, text: str, q: int) -> Tok | None:
        """A currency name after a word of the language's names that may stand before it
        ("200 nuevos soles", "13 millions de nouveaux francs"), the word in the token."""
        got = self._word_at(text, q)
        if got is not None and got[1].lower() in self.lex.cues.get("link_articles", ()):
            r = _after_space_end(text, got[0])  # "millones de las antiguas pesetas"
            got = self._word_at(text, r) if r > got[0] else None
        if got is None or got[1].lower() not in self.lex.name_modifiers:
            return None
        r = _after_space_end(text, got[0])
        if r == got[0]:
            return None
        named = self.cur_at(text, r, names_only=True)
        if named is None:
            return None
        return Tok("cur", q, named.end, text[q:named.end], named.value)

    def _unit_adjective(self, text: str, q: int) -> int | None:
        """Where the word after an adjective said of money at ``q`` starts ("skattefrie
        kroner": tax-free; cues.toml ``unit_adjectives``), spaces between; else None."""
        r = q
        for k in range(2):  # (two at most: "своїх кревних гривень")
            got = self._word_at(text, r)
            if got is None or got[1].lower() not in self.unit_adjectives:
                return r if k else None
            r = got[0]
            while r < len(text) and text[r] in _SPACE:
                r += 1
            if r == got[0]:
                return None
        return r

    def _connector(self, text: str, q: int) -> int | None:
        """The end of a connector word ("de", "d'", "of", "di") at ``q``, spaces after it."""
        got = self._word_at(text, q)
        if got is None:
            return None
        end, word = got
        low = word.lower()
        if end < len(text) and text[end] in "'’" and low + "'" in self.connectors:
            return end + 1
        if low in self.connectors:
            r = end
            while r < len(text) and text[r] in _SPACE:
                r += 1
            return r if r > end else None
        return None

    def _scale_at(self, text: str, p: int, *, first: bool) -> Tok | None:
        """A scale word at ``p`` (after spaces, or one hyphen right after the number:
        "7-billion"), unless a longer currency cue starts there ("Mio." vs "MOP")."""
        n = len(text)
        q = p
        while q < n and text[q] in _SPACE:
            q += 1
        if q < n and text[q] == "\n":  # "$172.4\nbillion": a line wrapped between
            q += 1
            while q < n and text[q] in _SPACE:
                q += 1
        if q >= n:
            return None
        if q == p and text[q] in "-–" and q + 1 < n and _letter(text[q + 1]):
            q += 1  # "a $7-billion plan", "Rs 2,500-crore", "R22-million", "60–tisíc"
        ch = text[q]
        if not _letter(ch):
            return None
        lex = self.lex
        got = self._phrase(text, q, lex.scale, glue=self.glue_scale)
        if got is None:
            if first and q - p <= 1:  # "5M", "$5 M", "10K": single letters, as written
                m = _WORD.match(text, q)
                if (m is not None and m.group() in self.g.scales_exact
                        and not (text[m.end():m.end() + 1] == "." and _WORD.match(text, m.end() + 1))
                        and not (q > p and text[m.end():m.end() + 1] == "-"
                                 and _letter(text[m.end() + 1:m.end() + 2]))):
                    # (not "5275 B-osaketta", B shares: a letter hyphened to a word)
                    got = (m.end(), self.g.scales_exact[m.group()])  # not "m.kr."
            if got is None:
                return None
        end, power = got
        cur = self.cur_at(text, q, symbols_only=True)
        if cur is not None and cur.end > end:
            return None
        return Tok("scale", q, end, text[q:end], power)

    def unit_header(self, text: str, close: int) -> tuple[Tok, int] | None:
        """(currency, power of ten) of a bracket closing at ``close`` that holds only a
        unit, as a table row's label writes it: "(ล้านบาท)", "(US$ million)", "(€m)",
        "(EUR)"; else None.

        >>> t = "Net profit (THB million) 35.61"
        >>> cur, power = scanner("en").unit_header(t, t.index(")"))
        >>> cur.value[0], power
        ('THB', 6)
        """
        if close >= len(text) or text[close] not in ")）":
            return None
        open_ = -1
        for k in range(close - 1, max(-1, close - 32), -1):
            if text[k] in "(（":
                open_ = k
                break
            if text[k] in ")）" or text[k].isdigit() or text[k] == "\n":
                return None
        if open_ < 0:
            return None
        inner = text[open_ + 1:close]
        q = len(inner) - len(inner.lstrip(" \u00a0"))
        power = 0
        scale = self._scale_at(inner, q, first=False)
        if scale is not None:
            power, q = int(scale.value), scale.end
            while q < len(inner) and inner[q] in " \u00a0":
                q += 1
        cur = self.cur_at(inner, q)
        if cur is None and not power:
            both = self._scaled_currency(inner, q)  # "(MSEK)", "(tkr)", "(TEUR)"
            if both is not None:
                power, cur = int(both[0].value), both[1]
        if cur is None:
            return None
        q = cur.end
        if not power:
            after = self._scale_at(inner, q, first=True)
            if after is not None:
                power, q = int(after.value), after.end
        if inner[q:].strip(" \u00a0"):
            return None
        return cur._replace(start=cur.start + open_ + 1, end=cur.end + open_ + 1), power

    def header_scale(self, text: str, pos: int) -> tuple[int, int] | None:
        """(power, start) of a scale word ending just before ``pos`` (spaces between)
        with no figure before it: a table row's label writing its unit ("milj. euroa
        76,4", "in Mio. Euro 45,3"); else None.

        >>> t = "Taseen loppusumma milj. euroa 76,4"
        >>> scanner("fi").header_scale(t, t.index("euroa"))
        (6, 18)
        """
        e = pos
        while e and text[e - 1] in _SPACE:
            e -= 1
        s = e
        while s and e - s < 16 and (_letter(text[s - 1]) or text[s - 1] == "."):
            s -= 1
        if s == e:
            return None
        sc = self._scale_at(text, s, first=False)
        if sc is None or sc.end != e:
            return None
        b = s
        while b and text[b - 1] in _SPACE:
            b -= 1
        if b and text[b - 1].isdigit():
            return None  # "5 milj. euroa": the scale of a figure, not a label's
        if len(sc.text.rstrip(".")) == 1 and b and _letter(text[b - 1]):
            return None  # "Liga M RM3,000": a letter after a word is a name's, no label
        return int(sc.value), s

    def _unknown_scale(self, text: str, q: int, p: int) -> Tok | None:
        """A word after the number that is a scale word elsewhere (another language's,
        or shares its first letters with one): "RM12.6 bilion" in English text."""
        if q - p > 1:
            return None
        got = self._word_at(text, q)
        if got is None:
            return None
        end, word = got
        low = word.lower()
        g = self.g
        if len(low) < 3 or low in self.followers or low in self.lex.not_scales:
            return None  # "è", "a", "de", "a $5 bill": words, not scales
        if end < len(text) and text[end] == "." and low + "." in g.scales_anywhere:
            return Tok("unknown", q, end + 1, text[q:end + 1], tuple(g.scales_anywhere[low + "."]))
        if low in g.scales_anywhere:
            powers = tuple(g.scales_anywhere[low])
            first = self.lex.scale_guesses.get(low)
            if first is not None and first in powers:  # ("RM1.3mil" in English: a million)
                powers = (first, *(x for x in powers if x != first))
            return Tok("unknown", q, end, word, powers)
        if len(low) < 5 or low[:4] not in g.scale_stems:
            return None
        from .words import find_number_words
        own = find_number_words(word, self.lex.lang)
        if (len(own) == 1 and own[0].end - own[0].start == len(word)
                and len(own[0].value.normalize().as_tuple().digits) > 1):
            return None  # "Hatszáztól ezerötszáz forintig": a number of its own (1,500),
            # not a scale with an ending (but "2.5 مليوني", "R3,9 triljoen" may be one)
        endings = self.lex.endings
        for k in range(len(low) - 1, max(2, len(low) - 5), -1) if endings else ():
            power = self.lex.scale(low[:k])
            if power is not None and any(low.startswith(e, k) for e in endings):
                # "ரூ 24.8 கோடியைக்": the language's scale word, one of its endings, and
                # more the tables lack (here a joining consonant)
                return Tok("unknown", q, end, word, (power,))
        return Tok("unknown", q, end, word, ())

    def _clitic_name(self, word: str) -> bool:
        """Is ``word`` a name of money only with one of the language's clitics glued
        before it ("בשקל": for a shekel)?"""
        names = self.lex.names
        low = word.lower()
        return low not in names and any(
            low.startswith(p) and low[len(p):] in names for p in self.lex.prefixes)

    def _ending_at(self, text: str, pos: int) -> bool:
        """Do lower-case letters at ``pos`` make one of the language's case endings, a
        word's end after them ("KMa", "KM-om" spoken: the Bosnian mark declined)?"""
        e = pos
        while e < len(text) and _letter(text[e]):
            e += 1
        return text[pos:e].islower() and text[pos:e] in self.lex.endings

    def cur_at(self, text: str, q: int, *, names_only: bool = False,
               symbols_only: bool = False) -> Tok | None:
        """A currency cue starting exactly at ``q``: symbol, ISO code or name."""
        n = len(text)
        if q >= n:
            return None
        best: Tok | None = None
        g = self.g
        ch = text[q]
        if not names_only:
            title = ch in self.sym_title_first
            if ch in self.sym_first or title:
                for k in range(min(g.symbol_max, n - q), 0, -1):
                    s = text[q:q + k]
                    cands = g.symbols.get(s)
                    if cands is None and title and k >= 2 and s[1:].islower():
                        low = ch.lower() + s[1:]  # "46 тис. Грн.": "грн." capitalised
                        if sum(c.isalpha() for c in low) >= 2:
                            cands = g.symbols.get(low)
                    if cands is None:
                        cands = _capital_sign(s, g.symbols)  # "RP. 150.000": "Rp."
                    if cands is not None and s not in self.lex.not_cues:
                        last = s[-1]
                        if _letter(last) and q + k < n and _letter(text[q + k]) and not (
                                no_space_script(last)) and not _glued_capital(text, q, k) and not (
                                    k >= 2 and s.isupper() and self._ending_at(text, q + k)):
                            continue  # "kr" in "krone", "Rs" in "Rsomething" (but "490 KMa":
                            # the sign in capitals, a case ending glued to it)
                        best = Tok("cur", q, q + k, s, cands)
                        break
            m = _CODE.match(text, q)
            if m:
                code = self._code(m.group())
                if code and (best is None or m.end() > best.end):
                    best = Tok("cur", q, m.end(), m.group(), (code,))
        if symbols_only or not _letter(ch):
            return self._dollar_code(text, q, best)
        lex = self.lex
        got = self._phrase(text, q, lex.names_of, glue=self.glue_name)
        if got is not None and (best is None or got[0] > best.end):
            best = Tok("cur", q, got[0], text[q:got[0]], got[1])
        elif got is not None and best is not None and got[0] == best.end:
            # a word that is a symbol somewhere and a name here ("ريال"): every meaning
            best = best._replace(value=tuple(dict.fromkeys((*best.value, *got[1]))))
        if best is None and (hy := _HYPHENED_NAME.match(text, q)) is not None and (
                codes := lex.names_of(hy.group(1))) is not None and hy.group(1).lower() not in (
                lex.not_cues):
            # "5.200 SU-kroner", "300 Steuer-Euro": a compound hyphened to a currency's
            # name names that money (its first part says whose or what for)
            best = Tok("cur", q, hy.end(), hy.group(), codes)
        adj = self._adjective(text, q)
        if adj is not None:
            # a nationality's adjective, or the country's name or code in its stead
            # ("10,560 Ghana cedis", "Kenya shillings", "280 US dolara"), before a name of
            # its money
            r = adj[0]
            while r < n and text[r] in " \u00a0":
                r += 1
            if r > adj[0]:
                head = self.cur_at(text, r)
                if head is not None and (best is None or head.end > best.end):
                    both = tuple(c for c in adj[1] if c in head.value)
                    if both:
                        best = Tok("cur", q, head.end, text[q:head.end], both)
        return self._dollar_code(text, q, best)

    def _adjective(self, text: str, q: int, *,
                   codes_anywhere: bool = False) -> tuple[int, tuple[str, ...]] | None:
        """(end, currencies) of a nationality's adjective at ``q``, or of the country's
        name or ISO code in its stead ("Ghana", "US"), in a language that has them; with
        ``codes_anywhere``, a country's ISO code in any language."""
        lex = self.lex
        got: tuple[int, tuple[str, ...]] | None = None
        if lex.adjectives:
            got = self._phrase(
                text, q, lambda w: lex.adjectives.get(k := " ".join(w.lower().split()))
                or lex.countries.get(k) or _country_code(w), glue=self.glue_adjective)
        if got is None and codes_anywhere:  # (and "US-Cent", a compound to the phrase)
            word = self._word_at(text, q)
            codes = _country_code(word[1]) if word is not None else None
            got = (word[0], codes) if word is not None and codes is not None else None
        return got

    def _dollar_code(self, text: str, q: int, best: Tok | None) -> Tok | None:
        """``$CAD``, ``$ usd``: a dollar code after the sign says which dollar."""
        if best is not None and best.text == "$":
            r = best.end
            if r < len(text) and text[r] in " \u00a0":
                r += 1
            m = _CODE.match(text, r)
            if m:
                code = self._code(m.group())
                if code and code.endswith("D"):
                    best = Tok("cur", q, m.end(), text[q:m.end()], (code,))
        return best

    def code_of(self, s: str) -> str | None:
        """The ISO code three letters stand for here ("usd" -> "USD"), or None."""
        return self._code(s)

    def _code(self, s: str) -> str | None:
        g = self.g
        if s.isupper():
            return s if s in g.codes else ("CNY" if s == "RMB" else None)
        low = s.lower()
        if low in g.lower_codes and s not in self.lex.not_cues:  # ("9 kes": Malay "cases")
            return "CNY" if low == "rmb" else low.upper()
        return None

    def _minor_at(self, text: str, q: int, *, glued: bool, one_space: bool) -> Tok | None:
        if q >= len(text):
            return None
        minor = self.lex.minor
        ch = text[q]
        if not _letter(ch):
            if ch in minor:  # "¢"
                return Tok("minor", q, q + 1, ch, minor[ch])
            return None
        lex = self.lex
        got = self._phrase(text, q, lambda w: minor.get(lex.key(w.lower(), minor) or ""),
                           glue=self.glue_minor)
        if got is None:
            return None
        end, value = got
        n = len(text)
        if end < n and not text[end].isspace() and any(
                text[q:end + k] in self.g.symbols
                for k in range(1, min(self.g.symbol_max - (end - q), n - end) + 1)):
            return None  # "5KR₩": the letters begin a longer sign (the won's), no kuruş
        key = text[q:end].lower()
        if key in lex.not_cues:
            return None  # "ч.3 ст. 290": an article of a code in Russian, no stotinki
        # "50p", "10 c" and "67.3 p/L" are coins; "1 P" (a pula, a peso) is not a penny
        key = key.rstrip(".")  # (with its point: "(2) C." of a law's paragraph)
        if key in ("c", "p") and not (glued or (one_space and (
                key == "c" or self._per_unit_after(text, end)))):
            return None
        if key in ("c", "p") and text[q] in "CP":
            return None  # "1 P" is a pula or a peso; "6C" is a grade or a model
        if key == "p" and self.lang is not None and self.lang not in self.g.pence_languages:
            return None  # "720p", "8.51p": a resolution, an index's points
        if key in ("c", "p") and text[q - 1:q].isdigit() and text[q - 2:q - 1] in ("/", "-"):
            return None  # "GTB /6C", "A-5p": a model name, not coins
        return Tok("minor", q, end, text[q:end], value)

    def _inner_hedge(self, text: str, pos: int) -> Tok | None:
        """A hedge (``qualifiers_inner``) at ``pos`` (spaces before it) with a scale or
        a currency right after it: "100 กว่าล้านบาท"."""
        if not self.qual_inner:
            return None
        n = len(text)
        q = pos
        while q < n and text[q] in _SPACE:
            q += 1
        if q >= n or text[q] not in self.qual_inner_first:
            return None
        for word, value in self.qual_inner:
            if text.startswith(word, q) and (q == pos or word[0].isalpha()):
                e = q + len(word)
                r = e
                while r < n and text[r] in _SPACE:
                    r += 1
                if self._scale_at(text, r, first=False) is not None or (
                        self.cur_at(text, r) is not None):
                    return Tok("qual", q, e, word, value)
        return None

    def _per_unit_after(self, text: str, pos: int) -> bool:
        """A slash and a unit of measure at ``pos`` ("/L", "/kg"): a unit price."""
        if text[pos:pos + 1] != "/":
            return False
        r = pos + 1
        while r < len(text) and text[r].isalpha() and r - pos <= 6:
            r += 1
        return text[pos + 1:r].lower() in self.g.per_units

    # ------------------------------------------------------------ after the cues
    def _after(self, text: str, pos: int, money_like: bool,
               own: Tok | None = None) -> tuple[Tok, ...]:
        """A closing bracket, a unit price ("per share", "a barrel", "/oz"), a hedge
        ("以上", "or more", "-plus") or a bracket tail word ("손실") after ``pos``
        (``own``: the amount's currency cue, which a bracket "the same below" carries
        onward)."""
        n = len(text)
        if pos >= n:
            return _EMPTY
        out: list[Tok] = []
        q = pos
        while q < n and text[q] in _SPACE:
            q += 1
        if q < n and self.lex.bracket_tail_words:
            got = self._word_at(text, q)
            if got is not None:
                for k in range(len(got[1]), 0, -1):
                    if got[1][:k] in self.lex.bracket_tail_words:
                        out.append(Tok("tail", q, q + k, got[1][:k], None))
                        q += k
                        break
        if q < n and text[q] == ")":
            out.append(Tok("rparen", q, q + 1, ")", None))
            return tuple(out)
        per = self._per(text, q)  # (none at a bracket)
        if per is not None:
            out.append(per)
            q = per.end
            while q < n and text[q] in _SPACE:
                q += 1
        r = q
        if per is None and q < n and text[q] in "/／":  # ("元／克": a unit the tables lack)
            r = q + 1
            while r < n and r - q <= 4 and text[r].isalpha():
                r += 1
        if r < n and text[r] in "(（" and money_like:
            note = self._currency_note(text, r, own)  # "10萬元（人民幣）"; after a unit price too:
            if note is not None:                 # "1211元／克（人民幣，下同）"
                out.append(note)
                return tuple(out)
        if q < n and (text[q] == "-" or _letter(text[q])):
            r = q + 1 if text[q] == "-" else q
            got = self._phrase(text, r, lambda w: self.qual_after.get(w.lower()),
                               glue=self.glue_qual_after)
            if got is None and text[q] != "-":
                got = self._two_words(text, r, self.qual_after)
            if got is not None:
                out.append(Tok("qual", q, got[0], text[q:got[0]], got[1]))
            elif text[q] != "-":
                word = self._word_at(text, q)  # "6,8 millones de euros negativos"
                if word is not None and word[1].lower() in self.neg_after:
                    out.append(Tok("neg", q, word[0], word[1], None))
                elif word is not None and no_space_script(text[q]):
                    # "500万円マイナスながら": the word glued to what follows it
                    x = next((x for x in self.neg_after if word[1].startswith(x)), None)
                    if x is not None:
                        out.append(Tok("neg", q, q + len(x), x, None))
        return tuple(out)

    def _currency_note(self, text: str, q: int, own: Tok | None = None) -> Tok | None:
        """"10萬元（人民幣，下同）", "20 dollars (CAD)": a bracket after an amount that
        names one currency alone says which one the amount's unit is; value: (code,
        whether it also holds for the figures after, "下同"). A bracket with the word
        "the same below" alone ("117亿澳门元(下同)") carries the amount's own currency
        ``own`` onward."""
        n = len(text)
        r = q + 1
        while r < n and text[r] in _SPACE:
            r += 1
        if own is not None and len(own.value) == 1 and (word := next(
                (w for w in self.lex.cues.get("note_onward", ()) if text.startswith(w, r)),
                None)) is not None and text[r + len(word):r + len(word) + 1] in (")", "）"):
            return Tok("curnote", q, r + len(word) + 1, text[q:r + len(word) + 1],
                       (own.value[0], True))
        cur = self.cur_at(text, r) if r < n else None
        if cur is None or len(cur.value) != 1:
            return None
        s = cur.end
        while s < n and text[s] in _SPACE:
            s += 1
        if s >= n or (text[s] not in ")）" and text[s] not in _NOTE_MARKS):
            return None
        onward = False
        if text[s] in _NOTE_MARKS:  # ("(人民币.下同)", "(人民幣‧下同)": any mark between)
            k = s + 1
            while k < n and text[k] in _SPACE:
                k += 1
            word = next((w for w in self.lex.cues.get("note_onward", ()) if text.startswith(w, k)),
                        None)
            if word is None:
                return None
            onward = True
            s = k + len(word)
            while s < n and text[s] in _SPACE:
                s += 1
            if s < n and text[s] in ",，、;；":
                # "（人民幣，下同，約台幣403元）": more after it in the bracket, its own
                return Tok("curnote", q, s, text[q:s], (cur.value[0], onward))
            if s >= n or text[s] not in ")）":
                return None
        return Tok("curnote", q, s + 1, text[q:s + 1], (cur.value[0], onward))

    def _two_words(self, text: str, q: int, table: Any) -> tuple[int, Any] | None:
        """A two-word entry ("or more", "or less") at ``q``."""
        a = self._word_at(text, q)
        if a is None or a[0] + 1 >= len(text) or text[a[0]] != " ":
            return None
        b = self._word_at(text, a[0] + 1)
        if b is None:
            return None
        key = f"{a[1]} {b[1]}".lower()
        return (b[0], table[key]) if key in table else None

    def _number_word_at(self, text: str, q: int) -> bool:
        """Does a number word of the language begin at ``q`` ("beş yüz")?"""
        from .words import number_word
        got = self._word_at(text, q)
        return got is not None and number_word(got[1], self.lex.lang)

    def _per(self, text: str, q: int) -> Tok | None:
        """A unit price's unit: "per share", "a barrel", "/oz", "je Aktie", or as CLDR
        writes one in the language ("pro Jahr", "pe an", "в месяц", "/mnd")."""
        n = len(text)
        if q >= n:
            return None
        got = self._per_words(text, q)
        if got is not None or self.per_phrase_re is None:
            return got
        m = self.per_phrase_re.match(text, q)
        if m is None:
            return None
        unit = self.lex.per_phrases[" ".join(m.group().lower().split())]
        if unit in self.time_units and self._time_phrase(text, m.end()):
            return None
        return Tok("per", q, m.end(), m.group(), unit)

    def _time_phrase(self, text: str, end: int) -> bool:
        """Does a word that makes a time phrase of a unit of time ending at ``end`` follow
        it ("a year earlier", "a month ago")?"""
        s = end
        while s < len(text) and text[s] in _SPACE:
            s += 1
        nxt = self._word_at(text, s)
        return nxt is not None and nxt[1].lower() in self.per_blockers

    def _per_words(self, text: str, q: int) -> Tok | None:
        """A unit price's unit after a per word or a slash, from the hand tables."""
        n = len(text)
        if text[q] == "/":
            r = q + 1
        else:
            got = self._word_at(text, q)
            if got is None or got[1].lower() not in self.per_words:
                return None
            r = got[0]
            if r < n and text[r] == "." and got[1].lower() in self.per_abbrevs:
                r += 1  # "161,00 pr. aksje": the per word cut short
            while r < n and text[r] in _SPACE:
                r += 1
            if r == got[0]:
                return None
            if text.startswith("1 ", r) and not text[r - 1:r].isdigit():
                r += 2  # "за 1 кВт.ч", "per 1 kWh": the unit counted once
        units = self.lex.per_nouns
        got = self._phrase(text, r, lambda w: units.get(" ".join(w.lower().split())),
                           self.unit_first_words, glue=self.glue_unit)
        if got is None:
            return None
        end, unit = got
        # "a year earlier", "a month ago": a time phrase, not a unit price
        if unit in self.time_units and self._time_phrase(text, end):
            return None
        if end - r == 1 and text[end:end + 1] in ("'", "’"):
            return None  # "per l’intera giornata": an elided article, no litre
        return Tok("per", q, end, text[q:end], unit)

    # ------------------------------------------------------------ left side
    def _left(self, text: str, pos: int, words: bool = True) -> tuple[Tok, ...]:
        """Cues before a numeral at ``pos``, nearest first: sign, currency (bracket
        and sign around it in either order), then (``words``) a hedge or negative
        word and a range lead."""
        if pos == 0:
            return _EMPTY
        out: list[Tok] = []
        p = pos
        lex = self.lex
        if (text[p - 1] in _SIGNS or text[p - 1] in lex.negative_signs) and not (
                p > 2 and text[p - 2] == "." and text[p - 3].isdigit()) and not (
                p > 1 and text[p - 1] == text[p - 2] == "-"):
            # (not the dash of the price before: "75,900.-79,800.-"; not "спецфонду
            # --937,6 млн грн": two hyphens typed for a dash)
            out.append(Tok("sign", p - 1, p, text[p - 1], None))
            p -= 1
        elif (p > 2 and text[p - 1] == " " and text[p - 3] == "("
              and (text[p - 2] in _SIGNS or text[p - 2] in lex.negative_signs)):
            # a change in brackets, its sign spaced off: "à 0,842 euro (- 0,6 centime)"
            out.append(Tok("sign", p - 2, p - 1, text[p - 2], None))
            p -= 2
        if lex.noun_first or lex.scales_first:
            # "shilingi trilioni 29.2", "senti 84", "miliɔn 5.3": the noun before the number
            sc = self._scale_before(text, p)
            if sc is not None and (lex.noun_first or " ".join(
                    sc.text.lower().split()) in lex.scales_first):
                out.append(sc)
                p = sc.start
            elif lex.noun_first:
                coin = self._word_before_num(text, p)
                minor = None if coin is None else self._minor_at(text, coin, glued=False,
                                                                 one_space=False)
                if minor is not None and _after_space_end(text, minor.end) == p:
                    out.append(minor)
                    return tuple(out)
        for _ in range(2):  # "($ 0.31)", "$(2,118.4)", "-$5", "$-5"
            q = p
            while q and text[q - 1] in " \u00a0":
                q -= 1
            if q and text[q - 1] in "(（" and not any(t.kind == "lparen" for t in out):
                out.append(Tok("lparen", q - 1, q, text[q - 1], None))
                p = q - 1
                continue
            if not any(t.kind == "cur" for t in out):
                cur = self.cur_before(text, p)
                if cur is not None:
                    out.append(cur)
                    p = cur.start
                    pre = self._prefix_before(text, p)  # "MSEK 1,341.3", "TEUR 512"
                    if pre is None and lex.scales_first and not any(t.kind == "scale" for t in out):
                        sc = self._scale_before(text, p)  # "miliyoni $70": the scale first
                        if sc is not None and " ".join(sc.text.lower().split()) in lex.scales_first:
                            pre = sc
                    if pre is not None:
                        out.append(pre)
                        p = pre.start
                    if p and (text[p - 1] in _SIGNS or text[p - 1] in lex.negative_signs) and not (
                            p > 2 and text[p - 2] in ".," and text[p - 3].isdigit()):
                        # (not the dash of the price before: "2,700.-บาท1,350.-บาท")
                        out.append(Tok("sign", p - 1, p, text[p - 1], None))
                        p -= 1
                    continue
            break
        q = p
        while q and text[q - 1] in " \u00a0":
            q -= 1
        if not words or not q or text[q - 1].isdigit() or text[q - 1] in _STOP_BEFORE_WORD:
            return tuple(out)  # no hedge, sign word or range lead ends in a digit or a stop
        # hedges first: "au moins" (at least) is not "moins" (minus)
        got = self._words_before(text, p, self.qual_before)
        if got is not None:
            out.append(Tok("qual", got[0], got[1], text[got[0]:got[1]], got[2]))
            p = got[0]
        else:
            got = self._words_before(text, p, self.neg_before)
            if got is not None:
                out.append(Tok("neg", got[0], got[1], text[got[0]:got[1]], None))
                p = got[0]
                got = self._words_before(text, p, self.qual_before)
                if got is not None:
                    out.append(Tok("qual", got[0], got[1], text[got[0]:got[1]], got[2]))
                    p = got[0]
        got = self._words_before(text, p, self.range_lead)
        if got is not None:
            out.append(Tok("lead", got[0], got[1], text[got[0]:got[1]], None))
        return tuple(out)

    @staticmethod
    def _word_before_num(text: str, pos: int, glued: bool = False) -> int | None:
        """Where the word that ends before ``pos`` (one or more spaces between, or none
        when ``glued``) starts."""
        e = pos
        while e and text[e - 1] in " \u00a0":
            e -= 1
        s = e
        while s and _letter(text[s - 1]):
            s -= 1
        return None if s == e or (e == pos and not glued) else s

    def _scale_before(self, text: str, pos: int) -> Tok | None:
        """A scale word ending right before ``pos`` (spaces between), as languages that
        put nouns before numerals write it ("bilioni 4.7", glued: "කෝටි13,214")."""
        s = self._word_before_num(text, pos, glued=True)
        if s is None:
            return None
        sc = self._scale_at(text, s, first=False)
        if sc is None and no_space_script(text[s]) and not _hangul(text[s]):
            # a script without spaces glues the scale to the currency before it: "ကျပ်သိန်း
            # ၅၀" (kyat, lakh: 50 lakh kyat)
            got = self._words_before(text, pos, self.lex.scales)
            if got is not None and got[0] > s:
                sc = self._scale_at(text, got[0], first=False)
                if sc is not None and sc.end != got[1]:
                    sc = None
        if sc is None or text[sc.end:pos].strip(" \u00a0"):
            return None
        if (sc.end == pos and not no_space_script(text[sc.start])
                and self.cur_before(text, sc.start) is None):
            return None  # glued, it needs the currency before it: "Ksh M5.3", not "M5" (a
            # script without spaces glues words: "သိန်း၃၅၀", 350 lakh)
        return sc

    def _shape(self, table: Any) -> tuple[frozenset[str], frozenset[str], int]:
        """Of ``table``'s entries: the last words (as :meth:`_words_before` reads
        words), the last characters, and the longest length."""
        hit = self._shape_cache.get(id(table))
        if hit is None:
            tails = set()
            for key in table:
                m = _REV_TOKEN.match(key[::-1])
                if m is not None:
                    tails.add(m.group(1)[::-1])
            hit = (frozenset(tails), frozenset(k[-1] for k in table if k),
                   max((len(k) for k in table), default=0))
            self._shape_cache[id(table)] = hit
        return hit

    def _words_before(self, text: str, pos: int, table: Any) -> tuple[int, int, Any] | None:
        """(start, end, value) of the longest entry of ``table`` (a mapping, or a set:
        value True) ending right before ``pos``, spaces or a colon between:
        "more than", "au moins", "約", "~". The words are read off the reversed window
        by one regular expression; every word start (every character of a script
        without spaces) is a candidate start."""
        e = pos
        while e and text[e - 1] in " \u00a0:":
            e -= 1
        if not e:
            return None
        lo = max(0, e - 40)
        rev = text[lo:e][::-1]
        first = _REV_TOKEN.match(rev)
        tails, ends, longest = self._shape(table)
        # the names are keyed as the language compares them ("ευρω 10,18": no accents)
        low = self.lex.norm if table is self.lex.names else str.lower
        if first is not None:  # the entry's last word must be the word before pos
            last = first.group(1)
            if len(last) > 1 and no_space_script(last[0]) and not _hangul(last[0]):
                if last[0].lower()[-1:] not in ends:  # glued: any suffix may be the entry
                    return None
            elif low(last[::-1]) not in tails:
                return None
        starts: list[int] = []
        for m in _REV_TOKEN.finditer(rev):
            if len(starts) > self.left_words:
                break
            tok_start = e - m.end(1)
            tok = m.group(1)
            if len(tok) > 1 and no_space_script(tok[0]) and not _hangul(tok[0]):
                # an entry holding k letters of this run is at least k long
                starts.extend(e - m.start(1) - k for k in range(1, min(len(tok), longest) + 1))
                if len(tok) >= longest:
                    break  # any start further left makes a longer entry than any
            else:
                starts.append(tok_start)
        is_set = isinstance(table, (set, frozenset))
        best: tuple[int, int, Any] | None = None
        for st in starts:
            key = " ".join(low(text[st:e]).split())
            if key in table:
                best = (st, e, True if is_set else table[key])
        return best

    def cur_before(self, text: str, pos: int) -> Tok | None:
        """A currency cue ending before ``pos`` (spaces, or a colon after a symbol or
        code, between allowed: "USD: 500"; a name needs spaces only)."""
        e = pos
        k = 0
        colon = False
        while e and text[e - 1] in " \u00a0:" and k < 3:
            colon = colon or text[e - 1] == ":"
            e -= 1
            k += 1
        wide = False
        if k == 3 and not colon:
            # a table's column of prices, the sign set apart by a run of spaces ("kr     12
            # 000"): a symbol or a code only, and nothing but spaces between
            while e and text[e - 1] == " " and k < 12:
                e -= 1
                k += 1
            wide = k > 3
        if e >= 2 and text[e - 1] == "." and unicodedata.category(text[e - 2]) == "Sc":
            e -= 1  # "€. 390.843.155,92": a point after the sign, as Italian offices write it
        if not e:
            return None
        g = self.g
        best: Tok | None = None
        if text[e - 1] in self.sym_last:
            for n in range(min(g.symbol_max, e), 0, -1):
                s = text[e - n:e]
                cands = g.symbols.get(s)
                if cands is None:
                    cands = _capital_sign(s, g.symbols)  # "@RP. 150.000": "Rp."
                if (cands is None or s in self.lex.not_cues or s in self.lex.suffix_only
                        or s in g.suffix_symbols):
                    continue  # "직원 300명": "원" ends a word; the won stands after numbers
                start = e - n
                if n == 1 and start and _glued_ideograph(s, text[start - 1]):
                    continue  # "金塊33キロ" (a gold bar of 33 kilos), "单元3": the sign of a
                    # unit ends a word here; it stands after numbers ("42块")
                if _letter(s[0]) and start and not no_space_script(s[0]) and (
                        (_letter(text[start - 1]) and not no_space_script(text[start - 1]))
                        or (  # (a Latin sign after a Han word is no word's end: "马币RM280")
                            text[start - 1] in "'’ʼ" and start >= 2 and _letter(text[start - 2]))
                        ) and not (s[0].isupper() and self._glued_prefix(text, start)) and not (
                            len(s) >= 2 and s.isupper() and text[start - 1].islower()
                            and text[start - 1].isascii() == s[0].isascii()):
                    continue  # "Mrs" is not "Rs"; "TL'den 93,99": a suffix, not the denar
                    # (but Xhosa "iR500 000": a class prefix glued to the sign; "CajRM2": a
                    # sign in capitals glued after a small letter, the words' boundary)
                best = Tok("cur", start, e, s, cands)
                break
        if best is not None and best.text == "$":
            best = self._dollar_prefix(text, best)
        if e >= 3:
            m = _CODE.match(text, e - 3)
            if m and m.end() == e and (e == 3 or not _letter(text[e - 4])
                                       or (m.group().isupper()
                                           and self._prefix_before(text, e - 3) is not None)):
                code = self._code(m.group())

                if code and e - 4 >= 0 and text[e - 4] == "/":
                    code = None  # "EUR/USD 1.09": an exchange rate, not an amount
                if code and (best is None or e - 3 < best.start):
                    best = Tok("cur", e - 3, e, m.group(), (code,))
        if wide and best is not None and text[max(0, best.start - 4):best.start].rstrip(
                " \u00a0")[-1:].isdigit():
            return None  # "11,90  kr        11,90": the sign closes the figure before it
        if best is None and not colon and not wide and (
                _letter(text[e - 1]) or _MARK.match(text, e - 1)
                or (text[e - 1] == "." and e >= 2 and _letter(text[e - 2]))):
            # "ரூபாய்" ends in a mark; "Δρχ. 2.099" in an abbreviation's period
            got = self._words_before(text, e, self.lex.names)
            if got is not None:
                n_start, n_end, cands = got
                key = " ".join(self.lex.norm(text[n_start:n_end]).split())
                # a name may stand before the number when it names one currency
                # ("ringgit 42", "港幣3.14"), never a generic word ("the dollar 20 years ago")
                one = len(cands) == 1 or self.lex.noun_first  # Swahili: "shilingi 170"
                if not one and self.one_after and (w := _WORD.match(text, pos)) is not None:
                    one = w.group() in self.one_after  # "بسعر دينار واحد": "one" after
                    # its noun, a generic name too (the locale settles which dinar)
                if key in g.prefix_names or (one and key not in self.lex.suffix_only):
                    best = Tok("cur", n_start, n_end, text[n_start:n_end], cands)
        if best is None and self.lang == "ja" and text[e - 1] == "\\":
            best = Tok("cur", e - 1, e, "\\", ("JPY",))
        return best

    def _glued_prefix(self, text: str, pos: int) -> bool:
        """Do the lower-case letters before ``pos`` make one of the language's prefixes,
        glued to the word after them ("seR350")?"""
        j = pos
        while j and _letter(text[j - 1]):
            j -= 1
        return text[j:pos].islower() and text[j:pos] in self.lex.prefixes

    def _prefix_before(self, text: str, pos: int) -> Tok | None:
        """A scale prefix glued before a currency code that stands before the number:
        "MSEK 1,341.3", "TEUR 512", "Mkr 45" (the glued forms "1,3 MSEK" are read after
        the number)."""
        for k in (3, 2, 1):
            j = pos - k
            if j < 0 or (j and _letter(text[j - 1])):
                continue
            power = self.g.scaled_prefixes.get(text[j:pos])
            if power is not None:
                return Tok("scale", j, pos, text[j:pos], power)
        return None

    def _dollar_prefix(self, text: str, dollar: Tok) -> Tok:
        """``A$``, ``HK $``: letters that say which dollar. Glued to the sign they count
        as a prefix of their own; with a space only the listed ones ("HK $ 10"), so that
        "won a $250 million order" and "Plan C $40m" stay the locale's dollar."""
        s = dollar.start
        g = self.g
        if s >= 2 and text[s - 1] == "$" and _letter(text[s - 2]):
            # "A$$3.15 million", "U$$ 67.000.000": the sign typed twice after its letters,
            # which say which (a sign of their own, or a dollar's prefix)
            for n in range(min(g.symbol_max, s), 1, -1):
                sym = text[s - n:s]
                if sym in g.symbols and (s - n == 0 or not _letter(text[s - n - 1])):
                    return Tok("cur", s - n, dollar.end, text[s - n:dollar.end], g.symbols[sym])
            twice = self._dollar_prefix(text, Tok("cur", s - 1, s, "$", dollar.value))
            if twice.start < s - 1:
                return Tok("cur", twice.start, dollar.end, text[twice.start:dollar.end],
                           twice.value)
            return dollar
        gap = 1 if s and text[s - 1] in " \u00a0" else 0
        j = s - gap
        i = j
        while i > 0 and i > j - 4 and (_letter(text[i - 1]) or text[i - 1] == "."):
            i -= 1
        if j and no_space_script(text[j - 1]):
            for n in range(min(j, self.glue_name, 8), 1, -1):
                got = self.lex.names_of(text[j - n:j])
                if got is not None and len(got) == 1 and got[0] in dollar.value:
                    # "港币$680", "新币 $50": a dollar's name before the sign says which
                    return Tok("cur", j - n, dollar.end, text[j - n:dollar.end], got)
            return dollar
        if i == j or (i and (_letter(text[i - 1]) or text[i - 1] in "'’")):
            return dollar  # no prefix, or the end of a word ("Tesla's $7bn")
        word = text[i:j]
        low = word.lower()
        # one capital first in a bracket, set apart from the sign, is the dollar's letter:
        # "(S $ 361 juta)" is Singapore's (not "(A $5 fee)", an article)
        bracketed = (len(word) == 1 and word.isupper() and i > 0 and text[i - 1] in "([（"
                     and low in g.dollar_prefixes and low != "a")
        if gap and not bracketed and (low not in g.dollar_prefixes_spaced or (
                len(word) == 1 and word.isupper())):
            return dollar  # "Plan C $40m" is a plan; tokenised "c $ 16.4 million" is C$
        code = g.dollar_prefixes.get(low) or self._code(word)
        if not code:
            return dollar
        return Tok("cur", i, dollar.end, text[i:dollar.end], (code,))


def _colon_decimals(text: str, toks: list[Tok]) -> list[Tok]:
    """Swedish "0:50 kronor", "40:00 kr": digits, a colon, two digits, one numeral."""
    out: list[Tok] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if (i + 1 < len(toks) and text[t.end:t.end + 1] == ":" and toks[i + 1].start == t.end + 1
                and len(toks[i + 1].text) == 2 and toks[i + 1].text.isdigit() and t.text.isdigit()):
            u = toks[i + 1]
            out.append(Tok("digits", t.start, u.end, text[t.start:u.end], None))
            i += 2
            continue
        out.append(t)
        i += 1
    return out


def _number_words(text: str, lang: str | None) -> list[Tok]:
    if not _WORD.search(text):  # every number word starts with a letter or ideograph
        return []
    from .words import find_number_words

    return [
        Tok(s.kind, s.start, s.end, text[s.start:s.end], s.value)
        for s in find_number_words(text, lang, pending_fractions=True, definite_alone=True)
    ]


@lru_cache(maxsize=64)
def scanner(lang: str | None) -> Scanner:
    """The (cached) scanner for a language code; ``None`` for text of no stated language."""
    return Scanner(lang)


def _after_space_end(text: str, pos: int) -> int:
    """The first position at or after ``pos`` that is no space."""
    while pos < len(text) and text[pos] in " \u00a0":
        pos += 1
    return pos
