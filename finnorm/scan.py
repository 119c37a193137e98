"""Text -> typed tokens with spans. No arithmetic, no decisions.

The scanner is anchored on numerals: it finds every numeral (digits, spelled-out
words, CJK/Hangul numerals) and then reads the cues written right next to each
one, outwards: scale words, currency symbols/codes/names, minor units, signs,
brackets, hedges and unit-price units. Every cue table comes from
:mod:`finnorm.data`; the regular expressions are compiled from those tables
once per language, as tries, so matching is linear in the text.

>>> sc = scanner("en")
>>> [(t.kind, t.text) for t in sc.numerals("It cost $5.2bn, not 7 apples.")]
[('digits', '5.2'), ('digits', '7')]
>>> sc.right("It cost $5.2bn", 12)[0]
Tok(kind='scale', start=12, end=14, text='bn', value=9)
>>> sc.left("It cost $5.2bn", 9)[0]
Tok(kind='cur', start=8, end=9, text='$', value=('USD', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'MXN', 'TWD', 'ARS', 'CLP', 'COP', 'JMD', 'TTD', 'BZD', 'LRD', 'NAD', 'FJD', 'BBD', 'BSD', 'BMD', 'KYD', 'GYD', 'SRD', 'UYU', 'XCD', 'BND', 'SBD', 'CUP'))
"""
from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from functools import cache, cached_property, lru_cache
from importlib import resources
from typing import Any, NamedTuple

from . import data

__all__ = ["Scanner", "Tok", "lang_of", "scanner"]

_D = "0-9０-９"
NUM_RE = re.compile(
    rf"(?<![{_D}])(?:"
    rf"[{_D}]{{1,3}}(?:[.'][{_D}]{{3}})*[.,][-–](?![{_D}\w])|"  # "50,-" "1.198,-": whole units
    rf"[{_D}]{{1,3}}(?:,[{_D}]{{2}})+,[{_D}]{{3}}(?:[.．][{_D}]+)?(?![{_D}])"
    rf"|[{_D}]{{1,3}}(?:(?:,[{_D}]{{3}})+|(?:[.．][{_D}]{{3}})+"
    rf"|(?:[ \u00a0\u202f\u2009'’][{_D}]{{3}})+)(?:[.,．][{_D}]+)?(?![{_D}])"
    rf"|[{_D}]{{4,}}(?:['’][{_D}]{{3}})+(?:[.,．][{_D}]+)?(?![{_D}])"  # "1000000'000.00"
    rf"|[{_D}]+(?:[.,．][{_D}]+)?(?![{_D}])"
    rf"|[.．][{_D}]+(?![{_D}])"
    r")"
)

# Lower-case currency codes read as codes (others only in upper case).
_LOWER_CODES = frozenset(
    ["usd", "eur", "gbp", "jpy", "cny", "rmb", "chf", "aud", "cad", "inr", "krw", "nzd", "hkd", "sgd", "sek", "nok", "dkk", "brl", "mxn", "rub", "zar", "pln", "czk", "huf", "ron", "bgn", "idr", "myr", "thb", "vnd", "ils", "aed", "sar", "egp", "ngn", "kes", "uah", "kzt", "isk", "ars", "clp", "mkd"]
)
_CODE_RE = re.compile(r"(?<![^\W\d_])([A-Za-z]{3})(?![^\W\d_])")
_CODE_BEFORE = re.compile(r"(?<![^\W\d_])([A-Za-z]{3})[\s\u00a0]*\Z")
_SCALED_CODE_RE = re.compile(r"(?<![^\W\d_])([MK])([A-Z]{3})(?![^\W\d_])")
_DOLLAR_PREFIX = re.compile(r"(?<![^\W\d_])([A-Za-z][A-Za-z.]{0,3})[ \u00a0]?\Z")
# ISO codes that are also everyday English words: only read when written after
# the number or glued to it ("5 ALL", "ALL5"), never "ALL 5 solutions".
_WORDLIKE_CODES = frozenset(["ALL", "TOP", "CUP", "PEN", "MAD", "BOB", "GEL", "SOS", "MOP", "LAK", "STD", "BAM", "NAD", "MUR", "TRY"])
_CODE_AFTER_DOLLAR = re.compile(r"[ \u00a0]?([A-Za-z]{3})(?![^\W\d_])")
_SIGNS = frozenset("-−–‐")
_NEVER_BEFORE_WORD = frozenset(",;:.!?)]}\"'\n\t")
_WS = re.compile(r"[ \t\u00a0\u202f\u2009\u3000]*")
_RPAREN = re.compile(r"[ \u00a0]?\)")
_HYPHEN = re.compile(r"-(?=[^\W\d_])")
_CONNECTOR = re.compile(r"(?:de|d'|d’|di|of|van|dei|degli)[ \u00a0]*", re.IGNORECASE)
_BACKSLASH_YEN = re.compile(r"\\\Z")


class Tok(NamedTuple):
    """A cue or numeral found in the text.

    ``kind`` is one of: ``digits``, ``word``, ``cjk``, ``article`` (numerals);
    ``scale`` (value: power of ten), ``cur`` (value: candidate codes),
    ``minor`` (value: (factor, code or None)), ``sign``, ``lparen``,
    ``rparen``, ``qual`` (value: normalised hedge), ``neg``, ``per``
    (value: canonical unit).
    """

    kind: str
    start: int
    end: int
    text: str
    value: Any


def lang_of(locale: str | None) -> str | None:
    """The language part of a babel locale id (``"pt_BR"`` -> ``"pt"``)."""
    if not locale:
        return None
    return locale.replace("-", "_").split("_")[0].lower() or None


_LETTER_AFTER = "(?![^\\W\\d_])"


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return (0x3000 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7AF or 0xF900 <= o <= 0xFAFF
            or 0xFF00 <= o <= 0xFFEF)


def _bounded(word: str) -> bool:
    """A word ending in a (non-CJK) letter must not run on into another letter."""
    last = word[-1]
    return last.isalpha() and not _is_cjk(last)


def _trie(words: Iterable[str], space: str = r"[\s\u00a0]+") -> str:
    """A regex matching exactly ``words``, shaped as a trie: longest match first,
    no backtracking blow-up; words ending in a letter get a right word boundary."""
    root: dict[str, Any] = {}
    for w in words:
        if not w:
            continue
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = _bounded(w)

    def build(node: dict[str, Any]) -> str:
        keys = sorted((k for k in node if k), key=lambda k: (k == " ", k))
        alts = [(space if k == " " else re.escape(k)) + build(node[k]) for k in keys]
        if "" in node:
            alts.append(_LETTER_AFTER if node[""] else "")
        if not alts:
            return ""
        if len(alts) == 1:
            return alts[0]
        return "(?:" + "|".join(alts) + ")"

    return build(root) or "(?!)"


@cache
def _cues() -> dict[str, Any]:
    return tomllib.loads(
        resources.files("finnorm.data").joinpath("cues.toml").read_text(encoding="utf-8")
    )


def _merged(section: str, lang: str | None) -> dict[str, Any]:
    """A cue table for ``lang``; with no language, every language's (English wins)."""
    tab = _cues().get(section, {})
    out = dict(tab.get("*", {}))
    if lang is None:
        for key, words in tab.items():
            if key not in ("*", "en"):
                out.update(words)
    out.update(tab.get(lang or "en", {}))
    return out


def after(words: Iterable[str]) -> re.Pattern[str]:
    """Case-insensitive words matched at a position (``.match``)."""
    return re.compile(_trie(words), re.IGNORECASE)


class Before:
    """Words that end right before a position (then optional spaces), found by
    one anchored match on the reversed window instead of a search over it.

    >>> Before(["about", "more than"]).find("for more than  $5", 15)
    (4, 'more than')
    """

    def __init__(self, words: Iterable[str], gap: str = "[ \\u00a0]*", flags: int = re.IGNORECASE) -> None:
        self.rx = re.compile(f"{gap}(?:{_trie(w[::-1] for w in words)})", flags)

    def find(self, text: str, pos: int, window: int = 40) -> tuple[int, str] | None:
        """(start, word) of the word ending before ``pos``, or None."""
        lo = max(0, pos - window)
        m = self.rx.match(text[lo:pos][::-1])
        if not m or not m.end():
            return None
        start = pos - m.end()
        return start, text[start:pos].rstrip(" \u00a0:")


class Scanner:
    """Compiled cue tables for one language (``None``: English + every script's symbols)."""

    def __init__(self, lang: str | None) -> None:
        self.lang = lang
        lg = lang or "en"
        self.scales = dict(data.scales(lang))
        self.cs_scales = dict(data.case_sensitive_scales())
        self.symbols = dict(data.symbols())
        self.codes = data.minor_units()
        names: dict[str, tuple[str, ...]] = {}
        if lang is None:  # every language's hand-listed names, then English
            names.update(data.extra_names())
        for nl in dict.fromkeys(("en", lg)):
            for k, v in data.names(nl).items():
                names[k] = v  # the locale's language wins
        self.names = names
        self.adjectives = dict(data.adjectives(lg))
        self.minor = dict(data.minor_words())
        self.qual_before = {k.lower(): v for k, v in _merged("qualifiers_before", lang).items()}
        self.qa_words = {k.lower(): v for k, v in _merged("qualifiers_after", lang).items()}
        self.neg_before = {k.lower() for k, v in _merged("negative_before", lang).items() if v}
        self.range_words = {k.lower() for k, v in _merged("range", lang).items() if v}
        self.range_lead = {k.lower() for k, v in _merged("range_lead", lang).items() if v}
        self.join_words = {k.lower() for k, v in _merged("minor_join", lang).items() if v}
        self.per_words = {k.lower() for k, v in _merged("per_words", lang).items() if v}
        self.per_units = {k.lower(): v for k, v in _cues().get("per_units", {}).items()}


    # Patterns compile on first use: a short text needs only a few of them, and
    # a fresh process should not pay for the rest.
    @cached_property
    def _scale_re(self) -> re.Pattern[str]:
        return after(self.scales)

    @cached_property
    def _cs_scale_re(self) -> re.Pattern[str]:
        return re.compile(_trie(self.cs_scales))

    @cached_property
    def _sym_re(self) -> re.Pattern[str]:
        return re.compile(_trie(self.symbols))

    @cached_property
    def _sym_before(self) -> Before:
        return Before(self.symbols, gap="[ \\u00a0:]*", flags=0)

    @cached_property
    def _name_re(self) -> re.Pattern[str]:
        return after(self.names)

    @cached_property
    def _adj_re(self) -> re.Pattern[str] | None:
        if not self.adjectives:
            return None
        return re.compile(f"(?:{_trie(self.adjectives)})[ \\u00a0]+", re.IGNORECASE)

    @cached_property
    def _name_before(self) -> Before:
        return Before(self.names)

    @cached_property
    def _minor_re(self) -> re.Pattern[str]:
        return after(self.minor)

    @cached_property
    def _qual_before(self) -> Before:
        return Before(self.qual_before)

    @cached_property
    def _qual_after(self) -> re.Pattern[str]:
        return after(self.qa_words)

    @cached_property
    def _neg_before(self) -> Before:
        return Before(self.neg_before)

    @cached_property
    def _range_re(self) -> re.Pattern[str]:
        return re.compile(f"[ \\u00a0]*(?:{_trie(self.range_words)})[ \\u00a0]*", re.IGNORECASE)

    @cached_property
    def _lead_before(self) -> Before:
        return Before(self.range_lead)

    @cached_property
    def _join_re(self) -> re.Pattern[str]:
        return re.compile(
            f"[ \\u00a0]*,?[ \\u00a0]*(?:(?:{_trie(self.join_words)})[ \\u00a0]*)?", re.IGNORECASE)

    @cached_property
    def _per_re(self) -> re.Pattern[str]:
        return re.compile(
            f"[ \\u00a0]*(?:{_trie(self.per_words)})[ \\u00a0]*(?P<unit>{_trie(self.per_units)})",
            re.IGNORECASE)

    # ------------------------------------------------------------ numerals
    def numerals(self, text: str) -> list[Tok]:
        """Every numeral in ``text``, in order, non-overlapping."""
        toks = [Tok("digits", m.start(), m.end(), m.group(), None) for m in NUM_RE.finditer(text)]
        words = _number_words(text, self.lang)
        if not words:
            return toks
        merged: list[Tok] = []
        allt = sorted(toks + words, key=lambda t: (t.start, -(t.end - t.start)))
        for t in allt:
            if merged and t.start < merged[-1].end:
                prev = merged[-1]
                # a spelled/CJK numeral that contains digits wins over the bare digits
                if t.end - t.start > prev.end - prev.start:
                    merged[-1] = t
                continue
            merged.append(t)
        return merged

    # ------------------------------------------------------------ right side
    def right(self, text: str, pos: int) -> list[Tok]:
        """Cues written after a numeral ending at ``pos``, nearest first.

        Order read: up to two scale words, an optional connector ("de", "d'",
        "of"), a currency cue (then, if none came before, one scale word:
        "75 USD million") or a minor unit.
        """
        out: list[Tok] = []
        p = pos
        if p >= len(text):
            return out
        for k in range(2):
            sc = self._scale_at(text, p, letters=k == 0)
            if sc is None or (k == 1 and len(sc.text) < 4):  # "lakh crore", not "billion k"
                break
            out.append(sc)
            p = sc.end
        q = _WS.match(text, p).end()  # type: ignore[union-attr]
        if q >= len(text):
            return out
        h = _HYPHEN.match(text, q)
        if h:
            q = h.end()
        cur = self.cur_at(text, q)
        if cur is None:
            c = _CONNECTOR.match(text, q)
            if c and c.end() > q:
                cur = self.cur_at(text, c.end(), names_only=not out)
        if cur is None:
            m = _SCALED_CODE_RE.match(text, q)
            if m and m.group(2) in self.codes:
                out.append(Tok("scale", q, q + 1, m.group(1), 6 if m.group(1) == "M" else 3))
                cur = Tok("cur", q + 1, m.end(), m.group(2), (m.group(2),))
        if cur is not None:
            out.append(cur)
            if not any(t.kind == "scale" for t in out):
                sc = self._scale_at(text, cur.end, letters=False)
                if sc is not None and len(sc.text) >= 3:  # "75 USD million", not "$5 k"
                    out.append(sc)
            return out
        m = self._minor_re.match(text, q)
        if not (m and m.group()):  # "50 de bani"
            c = _CONNECTOR.match(text, q)
            if c and c.end() > q:
                m = self._minor_re.match(text, c.end())
        if m and m.group():
            key = m.group().lower()
            # "50p" and "10 c" are coins; "1 P" (a pula, a peso) is not a penny
            if key in self.minor and (key not in ("c", "p") or q == p or (key == "c" and q == p + 1)):
                out.append(Tok("minor", m.start(), m.end(), m.group(), self.minor[key]))
        return out

    def _scale_at(self, text: str, p: int, *, letters: bool = True) -> Tok | None:
        """A scale word at ``p`` (after optional spaces), unless a longer currency cue is there."""
        q = _WS.match(text, p).end()  # type: ignore[union-attr]
        m = self._scale_re.match(text, q)
        if (not m or not m.group()) and letters and q - p <= 1:
            m = self._cs_scale_re.match(text, q)
        if not m or not m.group():
            return None
        key = " ".join(m.group().lower().split())
        power = self.scales.get(key, self.cs_scales.get(m.group()))
        if power is None:
            return None
        cur = self.cur_at(text, q, symbols_only=True)
        if cur is not None and cur.end > m.end():
            return None
        return Tok("scale", m.start(), m.end(), m.group(), power)

    def cur_at(self, text: str, q: int, *, names_only: bool = False,
               symbols_only: bool = False) -> Tok | None:
        """A currency cue starting exactly at ``q``: symbol, ISO code or name."""
        best: Tok | None = None
        if q >= len(text):
            return None
        if not names_only:
            m = self._sym_re.match(text, q)
            if m and m.group():
                best = Tok("cur", q, m.end(), m.group(), self.symbols[m.group()])
            m = _CODE_RE.match(text, q)
            if m:
                code = self._code(m.group(1))
                if code and (best is None or m.end() > best.end):
                    best = Tok("cur", q, m.end(), m.group(1), (code,))
        if symbols_only or not text[q].isalpha():  # every name starts with a letter
            return self._dollar_code(text, q, best)
        m = self._name_re.match(text, q)
        if m and m.group():
            key = " ".join(m.group().lower().split())
            cands = self.names.get(key)
            if cands and (best is None or m.end() > best.end):
                best = Tok("cur", q, m.end(), m.group(), cands)
        if self.adjectives and self._adj_re is not None:
            m = self._adj_re.match(text, q)
            if m:
                adj = self.adjectives.get(" ".join(m.group().lower().split()))
                head = self.cur_at(text, m.end()) if adj else None
                if adj and head is not None and (best is None or head.end > best.end):
                    both = tuple(c for c in adj if c in head.value)
                    if both:
                        best = Tok("cur", q, head.end, text[q : head.end], both)
        return self._dollar_code(text, q, best)

    def _dollar_code(self, text: str, q: int, best: Tok | None) -> Tok | None:
        """``$CAD``, ``$ usd``: a dollar code after the sign says which dollar."""
        if best is not None and best.text == "$":
            m = _CODE_AFTER_DOLLAR.match(text, best.end)
            if m:
                code = self._code(m.group(1))
                if code and code.endswith("D"):
                    best = Tok("cur", q, m.end(), text[q : m.end()], (code,))
        return best

    def _code(self, s: str) -> str | None:
        if s.isupper():
            return s if s in self.codes else ("CNY" if s == "RMB" else None)
        low = s.lower()
        if low in _LOWER_CODES:
            return "CNY" if low == "rmb" else low.upper()
        return None

    def rparen(self, text: str, pos: int) -> int | None:
        if pos >= len(text):
            return None
        m = _RPAREN.match(text, pos)
        return m.end() if m else None

    def per(self, text: str, pos: int) -> Tok | None:
        if pos >= len(text):
            return None
        m = self._per_re.match(text, pos)
        if not m:
            return None
        unit = m.group("unit")
        return Tok("per", m.start(), m.end(), m.group(), self.per_units[" ".join(unit.lower().split())])

    def qual_after(self, text: str, pos: int) -> Tok | None:
        if pos >= len(text):
            return None
        q = _WS.match(text, pos).end()  # type: ignore[union-attr]
        m = self._qual_after.match(text, q)
        if m and m.group():
            return Tok("qual", m.start(), m.end(), m.group(), self.qa_words[m.group().lower()])
        return None

    def range_conn(self, text: str, pos: int) -> int | None:
        m = self._range_re.match(text, pos)
        return m.end() if m else None

    def minor_join(self, text: str, pos: int) -> int:
        m = self._join_re.match(text, pos)
        return m.end() if m else pos

    # ------------------------------------------------------------ left side
    def left(self, text: str, pos: int, window: int = 40) -> list[Tok]:
        """Cues written before a numeral starting at ``pos``, nearest first.

        Read outwards: sign, currency cue, sign, opening bracket, hedge or
        negative word, range lead ("between").
        """
        out: list[Tok] = []
        if pos == 0:
            return out
        p = pos
        if text[p - 1] in _SIGNS:
            out.append(Tok("sign", p - 1, p, text[p - 1], None))
            p -= 1
        cur = self.cur_before(text, p, window)
        if cur is not None:
            out.append(cur)
            p = cur.start
            if p and text[p - 1] in _SIGNS:
                out.append(Tok("sign", p - 1, p, text[p - 1], None))
                p -= 1
        q = p
        while q and text[q - 1] in " \u00a0":
            q -= 1
        if q and text[q - 1] == "(":
            out.append(Tok("lparen", q - 1, q, "(", None))
            p = q = q - 1
            while q and text[q - 1] in " \u00a0":
                q -= 1
        if not q or text[q - 1].isdigit() or text[q - 1] in _NEVER_BEFORE_WORD:
            return out  # no hedge, sign word or range lead ends in a digit or a stop

        def back(finder: Before, kind: str, conv: Any = None) -> bool:
            nonlocal p
            got = finder.find(text, p, window)
            if got is None:
                return False
            start, word = got
            out.append(Tok(kind, start, start + len(word), word, conv(word) if conv else None))
            p = start
            return True

        qual = lambda w: self.qual_before[" ".join(w.lower().split())]
        # hedges first: "au moins" (at least) is not "moins" (minus)
        if not back(self._qual_before, "qual", qual):
            back(self._neg_before, "neg")
            back(self._qual_before, "qual", qual)
        back(self._lead_before, "lead")
        return out

    def cur_before(self, text: str, pos: int, window: int = 40) -> Tok | None:
        lo = max(0, pos - window)
        near = max(0, pos - 12)  # symbols and codes are short
        best: Tok | None = None
        got = self._sym_before.find(text, pos, 12)  # symbols and codes are short
        if got is not None:
            start, sym = got
            best = Tok("cur", start, start + len(sym), sym, self.symbols[sym])
        if best is not None and best.text == "$":
            d = _DOLLAR_PREFIX.search(text, max(0, best.start - 6), best.start)
            if d:
                word = d.group(1)
                code = data.dollar_prefixes().get(word.lower()) or self._code(word)
                if code:
                    best = Tok("cur", d.start(), best.end, text[d.start() : best.end], (code,))
        m = _CODE_BEFORE.search(text, near, pos)
        if m:
            code = self._code(m.group(1))
            glued = m.end(1) == pos
            if code in _WORDLIKE_CODES and not glued:
                code = None
            if code and (best is None or m.start() < best.start):
                best = Tok("cur", m.start(), m.start() + 3, m.group(1), (code,))
        got = None
        if best is None and pos and not text[pos - 1].isdigit():
            got = self._name_before.find(text, pos, window)
        if got is not None:
            start, s = got
            key = " ".join(s.lower().split())
            cands = self.names.get(key, ())
            # a name may stand before the number when it names one currency
            # ("ringgit 42", "港幣3.14", "malaysian ringgits 42"), never a generic
            # word ("the dollar 20 years ago")
            if key in _PREFIX_NAMES or len(cands) == 1:
                best = Tok("cur", start, start + len(s), s, cands)
        if best is None and self.lang == "ja" and _BACKSLASH_YEN.search(text, lo, pos):
            best = Tok("cur", pos - 1, pos, "\\", ("JPY",))
        return best


# Names that may stand before the number ("人民币 50元", "RMB 10").
_PREFIX_NAMES = frozenset(["人民币", "人民幣", "rmb", "人民元", "euro", "euros"])


_LETTER = re.compile(r"[^\W\d_]")


def _number_words(text: str, lang: str | None) -> list[Tok]:
    if not _LETTER.search(text):  # every number word starts with a letter or ideograph
        return []
    try:
        from .words import find_number_words
    except ImportError:  # pragma: no cover - during development
        return []
    return [
        Tok(s.kind, s.start, s.end, text[s.start : s.end], s.value)
        for s in find_number_words(text, lang)
    ]


@lru_cache(maxsize=64)
def scanner(lang: str | None) -> Scanner:
    """The (cached) scanner for a language code; ``None`` for English defaults."""
    return Scanner(lang)


