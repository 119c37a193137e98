"""The grammar of period expressions: patterns compiled from the period words.

For a set of languages (codes of ``periods.toml``, ``"*"`` for the forms
every language uses), :func:`grammar` builds and caches the patterns
:mod:`finnorm.fiscal.text` scans with, and the tables that say what a
matched word means. Everything is matched on folded, lower-cased text
(:func:`squash`), and every word list is compiled as a trie: a flat
case-insensitive alternation of thousands of words costs a hundred times
more per character.

>>> g = grammar(("*", "en", "de"))
>>> g.parts["dritten quartal"], g.fyw["geschäftsjahr"], g.units["nine months"]
(('quarter', 3), 'fiscal', 9)
>>> g.months["märz"]
(('de', 3),)
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .lexicon import Language, languages, placeholders
from .registry import hint_map

__all__ = ["Grammar", "grammar", "langs_for", "squash"]

# length-preserving normalisation: full-width digits, Turkish dotted I, curly apostrophes
_FOLD = str.maketrans({**{chr(0xFF10 + i): str(i) for i in range(10)}, "İ": "I", "’": "'",
                       "‘": "'", "（": "(", "）": ")"})
# a letter that glues to a Latin/Cyrillic/Greek/... word (CJK, kana, hangul, Thai do not)
_L = (r"[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u052f\u0590-\u05ff\u0600-\u06ff"
      r"\u0900-\u097f\u1e00-\u1eff]")
_Y4 = r"(?:1[5-9]|2\d)\d\d"
def squash(s: str) -> str:
    """A phrase as the grammar's tables key it: folded, lower-cased, one space
    between words."""
    return " ".join(s.translate(_FOLD).lower().split())


def _trie(words: Iterable[str]) -> str:
    """One regex for literal ``words`` (lower case), shaped as a trie so that
    a position that cannot start a word is left after one character test
    (a flat alternation of thousands of words costs a hundred times more).
    A space in a word matches any run of white space."""
    root: dict[str, Any] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    if not root:
        return "(?!)"

    def emit(node: dict[str, Any]) -> str:
        alts = []
        for ch in sorted(k for k in node if k):
            c = r"\s+" if ch == " " else re.escape(ch)
            alts.append(c + emit(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + emit(root) + ")"


def _alt(words: Iterable[str], *, bound: bool = True) -> str:
    """A trie of ``words``; with ``bound``, a match cannot glue to a letter of a
    space-separated script on either side."""
    rx = _trie({squash(w) for w in words if w.strip()})
    return f"(?<!{_L}){rx}(?!{_L})" if bound and rx != "(?!)" else rx


@dataclass(frozen=True)
class Grammar:
    """Compiled patterns and word tables for a set of languages (everything
    matched on folded, lower-cased text)."""

    langs: tuple[str, ...]
    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    between: re.Pattern[str]
    part_rx: re.Pattern[str]
    parts: Mapping[str, tuple[str, int]]  # phrase -> ('quarter', 3) ...
    fyw: Mapping[str, str]  # word -> fiscal | short | calendar | tax
    units: Mapping[str, int]  # word -> months
    months: Mapping[str, tuple[tuple[str, int], ...]]  # word -> ((language, month), ...)


_NUMBERS = {"1": 1, "2": 2, "3": 3, "4": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4}


def _expand(t: str, lang: Language) -> list[tuple[str, int | None]]:
    """A template's phrases with the number (or month) each names."""
    used = placeholders(t)
    if not used:
        return [(t, None)]
    key = used.pop()
    if key == "ord":
        table: Mapping[str, int] = lang.ordinals or {k: v for k, v in _NUMBERS.items() if k.isdigit()}
    elif key == "n":
        # a Roman numeral only where it stands alone ("kuartal III"), never glued ("3T", not "iT")
        i = t.index("{n}")
        glued = (i > 0 and t[i - 1].isalpha()) or (i + 3 < len(t) and t[i + 3].isalpha())
        table = {k: v for k, v in _NUMBERS.items() if k.isdigit() or not glued}
    elif key == "card":
        table = lang.cardinals
    else:  # month
        table = {f: i for i, forms in enumerate(lang.months, start=1) for f in forms}
    return [(t.replace("{" + key + "}", w), n) for w, n in table.items()]


def _date(p: str, months: str, glue: str, *, year: bool = True) -> str:
    """A date (named groups prefixed ``p``): '31 march 2025', 'march 31, 2025',
    'märz 2025', '2025年3月31日', '2025년 3월', '2025-03-31', '31.03.2025'; with
    ``year=False`` the year may be missing. The month names appear once (a
    large trie compiled once per date, not once per word order)."""
    y = "" if year else "?"
    g = f"(?:{glue}\\s+)?"
    return (
        rf"(?:(?:{g}(?P<{p}d1>\d{{1,2}})(?:\.|er|re|ère|º|°|st|nd|rd|th)?\s*(?:de\s+|of\s+|del\s+)?)?"
        rf"(?P<{p}m1>{months})\.?(?:\s+(?P<{p}d2>\d{{1,2}})(?![\d.])(?:st|nd|rd|th)?)?"
        rf"(?:,?\s*{g}(?P<{p}y1>{_Y4})(?!\d)){y}"
        rf"|(?:(?P<{p}y4>{_Y4})\s*年\s*){y}(?P<{p}m4>\d{{1,2}})\s*月(?:\s*(?P<{p}d4>\d{{1,2}})\s*日)?"
        rf"|(?:(?P<{p}y5>{_Y4})\s*년\s*){y}(?P<{p}m5>\d{{1,2}})\s*월(?:\s*(?P<{p}d5>\d{{1,2}})\s*일)?"
        rf"|(?P<{p}y6>{_Y4})-(?P<{p}m6>\d\d)-(?P<{p}d6>\d\d)"
        rf"|(?<![\d.])(?P<{p}d7>\d{{1,2}})\.(?P<{p}m7>\d{{1,2}})\.(?P<{p}y7>{_Y4})(?!\d))"
    )


@functools.lru_cache(maxsize=64)
def grammar(langs: tuple[str, ...]) -> Grammar:
    """The compiled grammar of ``langs`` (codes of ``periods.toml``; ``"*"``
    holds the forms every language uses)."""
    table = languages()
    ls = [table[c] for c in langs if c in table]

    def union(name: str) -> list[str]:
        return list(dict.fromkeys(w for lang in ls for w in getattr(lang, name)))

    fyw: dict[str, str] = {}
    for kind, name in (("short", "fiscal_year_short"), ("fiscal", "fiscal_year"),
                       ("calendar", "calendar_year"), ("tax", "tax_year")):
        for w in union(name):
            fyw.setdefault(squash(w), kind)
    units: dict[str, int] = {}
    for n, name in ((12, "year_units"), (3, "quarter_units"), (6, "half_units"), (9, "nine_units")):
        for w in union(name):
            units.setdefault(squash(w), n)
    month_map: dict[str, list[tuple[str, int]]] = {}
    for lang in ls:
        for i, forms in enumerate(lang.months, start=1):
            for f in forms:
                month_map.setdefault(squash(f), []).append((lang.code, i))
    months_alt = _alt(month_map)
    glue = _alt(union("date_glue")) if union("date_glue") else "(?!)"

    # every part phrase, spelled out: "third quarter", "3. quartal", "第三季度", "q3"
    parts: dict[str, tuple[str, int]] = {}
    for fam, unit in (("cumulative", "cum"), ("nine_months", "cum"), ("quarter", "quarter"),
                      ("half", "half"), ("half_1", "half"), ("half_2", "half"),
                      ("month_quarter", "month")):
        for lang in ls:
            for t in getattr(lang, fam):
                for phrase, num in _expand(t, lang):
                    if fam == "nine_months":
                        num = 3
                    elif fam in ("half_1", "half_2"):
                        num = int(fam[-1])
                    if num is None or (unit == "half" and num not in (1, 2)):
                        continue
                    parts.setdefault(squash(phrase), (unit, num))
    part_rx = re.compile(_alt(parts))
    conns = [phrase for lang in ls for c in lang.connectors for phrase, _ in _expand(c, lang)]
    glue_sep = r"(?:\s*[-/,:]?\s*)"
    # what may stand between a part and its year: connectors and a little punctuation
    between = re.compile(rf"{glue_sep}(?:{_alt(conns)}{glue_sep})*")

    hint = _alt(hint_map(), bound=False)
    ypre = union("year_prefix")
    ysuf = union("year_suffix")
    ypre_rx = f"(?:{_alt(ypre)}\\s*)?" if ypre else ""
    ysuf_rx = f"(?:\\s*{_alt(ysuf)})?" if ysuf else ""
    yearspec = rf"(?P<a>{_Y4}|'?\d\d)(?:\s*[-/–—]\s*(?P<b>{_Y4}|\d\d)(?!\d)|\s+to\s+(?P<b2>{_Y4}))?"
    yearspec4 = rf"(?P<a>{_Y4})(?:\s*[-/–—]\s*(?P<b>{_Y4}|\d\d)(?!\d)|\s+to\s+(?P<b2>{_Y4}))?"
    codes = _codes(ls)
    units_alt = _alt(units)
    rto = "(?:" + "|".join([_alt([w for w in union("range_to") if w[0].isalnum()]),
                            _alt([w for w in union("range_to") if not w[0].isalnum()], bound=False),
                            r"[-–—~～]"]) + ")"
    short_cjk = [w for w, k in fyw.items() if k == "short" and not w.isascii()]
    patterns = (
        ("jp_nendo", re.compile(
            r"(?:(?P<era>令和|平成|昭和)\s*(?P<en>元|\d{1,2})|(?P<a>\d{4}))\s*年度")),
        ("jp_ki", re.compile(r"(?P<a>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月期")),
        ("fy_month", re.compile(
            rf"(?<!{_L})(?:fy|f\.y\.)\s*(?:(?P<m1>\d{{1,2}})\s*/\s*(?P<y1>{_Y4})"
            rf"|(?P<y2>{_Y4})\s*[/.]\s*(?P<m2>\d{{1,2}}))(?![\d/.])")),
        ("ending", re.compile(
            rf"(?<!{_L})(?:the\s+)?(?P<unit>{units_alt})\s+(?P<ended>{_alt(union('ended'))})\s*"
            rf"{_date('e', months_alt, glue)}")),
        # a date, then either the end of a range or what ended on it: one pass for both
        ("dated", re.compile(
            rf"(?<!{_L})(?:(?:{_alt(union('range_from'))}|{_alt(union('ended_prefix'), bound=False)})\s*)?"
            rf"{_date('r', months_alt, glue, year=False)}\s*"
            rf"(?:(?P<to>{rto})\s*{_date('s', months_alt, glue)}"
            rf"|(?P<ended>{_alt(union('ended_after'), bound=False)})\s*(?P<unit>{units_alt}))")),
        ("fy_first", re.compile(
            rf"(?<![^\W\dqhm_])(?<!\$)(?:(?P<hint>{hint})(?:'s)?\s+)?(?P<fyw>{_trie(fyw)}(?!{_L}))\s*"
            rf"{yearspec}(?P<est>[eaf](?!\w))?(?![\w/-])")),
        ("year_first", re.compile(
            rf"(?<![\w/-]){yearspec4}{ysuf_rx}\s*(?:(?P<hint>{hint})(?:'s)?\s+)?(?P<fyw>{_alt(fyw)})")),
        ("year_first_short", re.compile(
            rf"(?<![\d/-])(?P<a>\d\d)\s*(?P<fyw>{_alt(short_cjk, bound=False)})")),
        ("span", re.compile(
            rf"(?<![\w/.,-])(?P<a>{_Y4})\s*[-/–—]\s*(?P<b>{_Y4}|\d\d)(?![\w/.,-]|-\d)")),
        ("code_year", re.compile(
            rf"(?<!{_L})(?P<code>{codes})(?:[\s/]?(?P<a4>{_Y4})|\s?'?(?P<a>\d\d))(?![\w/-])")),
        ("bare", re.compile(
            rf"(?<!{_L}){ypre_rx}(?<![\w.,/])(?<!\d-)(?P<a>{_Y4})(?!\d){ysuf_rx}(?![\d/]|[.,]\d|-\d)")),
    )
    return Grammar(
        langs=tuple(c for c in langs if c in table),
        patterns=patterns,
        between=between,
        part_rx=part_rx,
        parts=parts,
        fyw=fyw,
        units=units,
        months={k: tuple(v) for k, v in month_map.items()},
    )


def _codes(ls: list[Language]) -> str:
    """The compact part codes (q3, 3q, h1, 1h, 9m, t3, 3t, s1) of ``ls``."""
    out: set[str] = set()
    for lang in ls:
        for name in ("quarter", "half", "nine_months"):
            for t in getattr(lang, name):
                compact = re.fullmatch(r"[A-Za-z]{0,2}\{n\}[A-Za-z]{0,2}", t)
                if compact or (name == "nine_months" and t == "9M"):
                    out.update(squash(ph) for ph, n in _expand(t, lang) if n is None or n < 5
                               if ph[:1].isascii() and not ph.lower().startswith(("i", "v")))
    return _trie(out)


@functools.lru_cache(maxsize=64)
def langs_for(language: str | None) -> tuple[str, ...]:
    """The languages read for a locale's ``language``: it, English and the
    forms every language uses; every language when ``None``."""
    table = languages()
    if language is None:
        return ("*", "en", *sorted(c for c in table if c not in ("*", "en")))
    return tuple(dict.fromkeys(("*", "en", language) if language in table else ("*", "en")))
