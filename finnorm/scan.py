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
from collections.abc import Iterable, Mapping
from functools import lru_cache
from importlib import resources
from typing import Any, NamedTuple

from . import data

__all__ = ["Tok", "Scanner", "scanner", "lang_of"]

_D = "0-9０-９"
NUM_RE = re.compile(
    rf"(?<![{_D}])(?:"
    rf"[{_D}]{{1,3}}(?:[,，][{_D}]{{2}})+[,，][{_D}]{{3}}(?:[.．][{_D}]+)?(?![{_D}])"
    rf"|[{_D}]{{1,3}}(?:(?:[,，][{_D}]{{3}})+|(?:[.．][{_D}]{{3}})+"
    rf"|(?:[ \u00a0\u202f\u2009'’][{_D}]{{3}})+)(?:[.,．，][{_D}]+)?(?![{_D}])"
    rf"|[{_D}]+(?:[.,．，][{_D}]+)?(?![{_D}])"
    rf"|[.．][{_D}]+(?![{_D}])"
    r")"
)

# Lower-case currency codes read as codes (others only in upper case).
_LOWER_CODES = frozenset(
    "usd eur gbp jpy cny rmb chf aud cad inr krw nzd hkd sgd sek nok dkk brl mxn rub zar".split()
)
_CODE_RE = re.compile(r"(?<![^\W\d_])([A-Za-z]{3})(?![^\W\d_])")
_CODE_BEFORE = re.compile(r"(?<![^\W\d_])([A-Za-z]{3})[\s\u00a0]*\Z")
_WS = re.compile(r"[ \t\u00a0\u202f\u2009\u3000]*")
_SIGN_BEFORE = re.compile(r"[-−–‐][ \u00a0]?\Z")
_LPAREN_BEFORE = re.compile(r"\([ \u00a0]?\Z")
_RPAREN = re.compile(r"[ \u00a0]?\)")
_HYPHEN = re.compile(r"-(?=[^\W\d_])")
_CONNECTOR = re.compile(r"(?:de|d'|d’|di|of|van|dei|degli)[ \u00a0]*", re.I)
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


def _trie(words: Iterable[str], space: str = r"[\s\u00a0]+") -> str:
    """A regex that matches exactly ``words``, shaped as a trie (no backtracking blow-up)."""
    root: dict[str, Any] = {}
    for w in words:
        if not w:
            continue
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        end = "" in node
        keys = sorted((k for k in node if k), key=lambda k: (k == " ", k))
        alts = []
        for k in keys:
            piece = space if k == " " else re.escape(k)
            alts.append(piece + build(node[k]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if end else body

    return build(root)


@lru_cache(maxsize=None)
def _cues() -> dict[str, Any]:
    return tomllib.loads(
        resources.files("finnorm.data").joinpath("cues.toml").read_text(encoding="utf-8")
    )


def _merged(section: str, lang: str) -> dict[str, Any]:
    tab = _cues().get(section, {})
    out = dict(tab.get("*", {}))
    out.update(tab.get(lang, {}))
    return out


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return 0x3000 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7AF or 0xF900 <= o <= 0xFAFF or 0xFF00 <= o <= 0xFFEF


def _split_words(words: Iterable[str]) -> tuple[list[str], list[str]]:
    """Words ending in a letter need a word boundary after them; others don't."""
    bounded, free = [], []
    for w in words:
        last = w[-1]
        (bounded if (last.isalpha() and not _is_cjk(last)) else free).append(w)
    return bounded, free


def _alt(bounded: list[str], free: list[str], *, before: bool = False) -> str:
    """Alternation: bounded words need no letter on the far side; free words don't care."""
    parts = []
    if bounded:
        if before:
            parts.append(f"(?<![^\\W\\d_])(?:{_trie(bounded)})")
        else:
            parts.append(f"(?:{_trie(bounded)})(?![^\\W\\d_])")
    if free:
        parts.append(f"(?:{_trie(free)})")
    return "|".join(parts) if parts else "(?!)"


class Scanner:
    """Compiled cue tables for one language (``None``: English + every script's symbols)."""

    def __init__(self, lang: str | None) -> None:
        self.lang = lang
        lg = lang or "en"
        self.scales = dict(data.scales(lg))
        self.cs_scales = dict(data.case_sensitive_scales())
        self.symbols = dict(data.symbols())
        self.codes = data.minor_units()
        names: dict[str, tuple[str, ...]] = {}
        for nl in dict.fromkeys(("en", lg)):
            for k, v in data.names(nl).items():
                names[k] = v  # the locale's language wins
        self.names = names
        self.minor = dict(data.minor_words())
        self.qual_before = {k.lower(): v for k, v in _merged("qualifiers_before", lg).items()}
        self.qa_words = {k.lower(): v for k, v in _merged("qualifiers_after", lg).items()}
        self.neg_before = {k.lower() for k, v in _merged("negative_before", lg).items() if v}
        self.range_words = {k.lower() for k, v in _merged("range", lg).items() if v}
        self.range_lead = {k.lower() for k, v in _merged("range_lead", lg).items() if v}
        self.join_words = {k.lower() for k, v in _merged("minor_join", lg).items() if v}
        self.per_words = {k.lower() for k, v in _merged("per_words", lg).items() if v}
        self.per_units = {k.lower(): v for k, v in _cues().get("per_units", {}).items()}

        sb, sf = _split_words(self.scales)
        self._scale_re = re.compile(_alt(sb, sf), re.I)
        self._cs_scale_re = re.compile(f"(?:{_trie(self.cs_scales)})(?![^\\W\\d_])")
        symb, symf = _split_words(self.symbols)
        self._sym_re = re.compile(_alt(symb, symf))
        self._sym_before = re.compile(f"(?:{_alt(symb, symf, before=True)})[ \\u00a0]*\\Z")
        nb, nf = _split_words(self.names)
        self._name_re = re.compile(_alt(nb, nf), re.I)
        self._name_before = re.compile(f"(?:{_alt(nb, nf, before=True)})[ \\u00a0]*\\Z", re.I)
        mb, mf = _split_words(self.minor)
        self._minor_re = re.compile(_alt(mb, mf), re.I)
        qb, qf = _split_words(self.qual_before)
        self._qual_before = re.compile(f"(?:{_alt(qb, qf, before=True)})[ \\u00a0]*\\Z", re.I)
        qab, qaf = _split_words(self.qa_words)
        self._qual_after = re.compile(_alt(qab, qaf), re.I)
        ngb, ngf = _split_words(self.neg_before)
        self._neg_before = re.compile(f"(?:{_alt(ngb, ngf, before=True)})[ \\u00a0]*\\Z", re.I)
        rb, rf = _split_words(self.range_words)
        self._range_re = re.compile(f"[ \\u00a0]*(?:{_alt(rb, rf)})[ \\u00a0]*", re.I)
        lb, lf = _split_words(self.range_lead)
        self._lead_before = re.compile(f"(?:{_alt(lb, lf, before=True)})[ \\u00a0]*\\Z", re.I)
        jb, jf = _split_words(self.join_words)
        self._join_re = re.compile(f"[ \\u00a0]*,?[ \\u00a0]*(?:(?:{_alt(jb, jf)})[ \\u00a0]*)?", re.I)
        pwb, pwf = _split_words(self.per_words)
        pub, puf = _split_words(self.per_units)
        self._per_re = re.compile(
            f"[ \\u00a0]*(?:{_alt(pwb, pwf)})[ \\u00a0]*(?P<unit>{_alt(pub, puf)})", re.I
        )

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
    def right(self, text: str, pos: int, *, digits: bool = True) -> list[Tok]:
        """Cues written after a numeral ending at ``pos``, nearest first.

        Order read: up to two scale words (only after digits), an optional
        connector ("de", "d'", "of"), a currency cue or a minor unit.
        """
        out: list[Tok] = []
        p = pos
        for _ in range(2):
            q = _WS.match(text, p).end()  # type: ignore[union-attr]
            m = self._scale_re.match(text, q)
            if not m and q == p:
                m = self._cs_scale_re.match(text, q)
            elif not m and q == p + 1 and text[p] == " ":
                m = self._cs_scale_re.match(text, q)
            if not m or not m.group():
                break
            key = " ".join(m.group().lower().split())
            power = self.scales.get(key, self.cs_scales.get(m.group()))
            if power is None:
                break
            out.append(Tok("scale", m.start(), m.end(), m.group(), power))
            p = m.end()
        q = _WS.match(text, p).end()  # type: ignore[union-attr]
        h = _HYPHEN.match(text, q)
        if h:
            q = h.end()
        cur = self.cur_at(text, q)
        if cur is None and (out or True):
            c = _CONNECTOR.match(text, q)
            if c and c.end() > q:
                cur = self.cur_at(text, c.end(), names_only=True)
        if cur is not None:
            out.append(cur)
            return out
        m = self._minor_re.match(text, q)
        if m and m.group():
            key = m.group().lower()
            if key in self.minor and (key not in ("c", "p") or q == p or q == p + 1):
                out.append(Tok("minor", m.start(), m.end(), m.group(), self.minor[key]))
        return out

    def cur_at(self, text: str, q: int, *, names_only: bool = False) -> Tok | None:
        """A currency cue starting exactly at ``q``: symbol, ISO code or name."""
        best: Tok | None = None
        if not names_only:
            m = self._sym_re.match(text, q)
            if m and m.group():
                best = Tok("cur", q, m.end(), m.group(), self.symbols[m.group()])
            m = _CODE_RE.match(text, q)
            if m:
                code = self._code(m.group(1))
                if code and (best is None or m.end() > best.end):
                    best = Tok("cur", q, m.end(), m.group(1), (code,))
        m = self._name_re.match(text, q)
        if m and m.group():
            key = " ".join(m.group().lower().split())
            cands = self.names.get(key)
            if cands and (best is None or m.end() > best.end):
                best = Tok("cur", q, m.end(), m.group(), cands)
        return best

    def _code(self, s: str) -> str | None:
        if s.isupper():
            return s if s in self.codes else ("CNY" if s == "RMB" else None)
        low = s.lower()
        if low in _LOWER_CODES:
            return "CNY" if low == "rmb" else low.upper()
        return None

    def rparen(self, text: str, pos: int) -> int | None:
        m = _RPAREN.match(text, pos)
        return m.end() if m else None

    def per(self, text: str, pos: int) -> Tok | None:
        m = self._per_re.match(text, pos)
        if not m:
            return None
        unit = m.group("unit")
        return Tok("per", m.start(), m.end(), m.group(), self.per_units[" ".join(unit.lower().split())])

    def qual_after(self, text: str, pos: int) -> Tok | None:
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

        Read outwards: sign, currency cue, sign, opening bracket, negative word,
        hedge.
        """
        out: list[Tok] = []
        p = pos

        def back(rx: re.Pattern[str], kind: str, conv: Any = None) -> bool:
            nonlocal p
            m = rx.search(text, max(0, p - window), p)
            if not m or m.start() == p:
                return False
            word = m.group().rstrip(" \u00a0")
            out.append(Tok(kind, m.start(), m.start() + len(word), word, conv(word) if conv else None))
            p = m.start()
            return True

        back(_SIGN_BEFORE, "sign")
        cur = self.cur_before(text, p, window)
        if cur is not None:
            out.append(cur)
            p = cur.start
            p = _skip_ws_back(text, p)
            back(_SIGN_BEFORE, "sign")
        back(_LPAREN_BEFORE, "lparen")
        back(self._neg_before, "neg")
        back(self._qual_before, "qual", lambda w: self.qual_before[" ".join(w.lower().split())])
        back(self._lead_before, "lead")
        return out

    def cur_before(self, text: str, pos: int, window: int = 40) -> Tok | None:
        lo = max(0, pos - window)
        best: Tok | None = None
        m = self._sym_before.search(text, lo, pos)
        if m:
            s = m.group().rstrip(" \u00a0")
            best = Tok("cur", m.start(), m.start() + len(s), s, self.symbols[s])
        m = _CODE_BEFORE.search(text, lo, pos)
        if m:
            code = self._code(m.group(1))
            if code and (best is None or m.start() < best.start):
                best = Tok("cur", m.start(), m.start() + 3, m.group(1), (code,))
        m = self._name_before.search(text, lo, pos)
        if m:
            s = m.group().rstrip(" \u00a0")
            key = " ".join(s.lower().split())
            if key in _PREFIX_NAMES and (best is None or m.start() < best.start):
                best = Tok("cur", m.start(), m.start() + len(s), s, self.names[key])
        if best is None and self.lang == "ja" and _BACKSLASH_YEN.search(text, lo, pos):
            best = Tok("cur", pos - 1, pos, "\\", ("JPY",))
        return best


# Names that may stand before the number ("人民币 50元", "RMB 10").
_PREFIX_NAMES = frozenset(["人民币", "人民幣", "rmb", "人民元", "euro", "euros"])


def _skip_ws_back(text: str, p: int) -> int:
    while p > 0 and text[p - 1] in " \u00a0":
        p -= 1
    return p


def _number_words(text: str, lang: str | None) -> list[Tok]:
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


def _unused(_: Mapping[str, Any]) -> None:  # pragma: no cover
    return None
