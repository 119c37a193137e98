"""The words that tie figures into claims, per language: one validating loader
for ``finnorm/data/claims.toml``.

A :class:`Vocab` holds one language's phrases (plus the ``"*"`` ones shared by
every language) by key — ``up``/``down`` (verbs of change), ``old_before``
("from", "compared with"), ``total_before`` ("together"), ``convert`` ("or
about"), ``percent`` ("per cent") … — and finds them in a text: as whole
words in alphabetic scripts, as substrings in Chinese, Japanese and Korean.

>>> v = vocab("en")
>>> [(m.group(), sorted(v.keys_of(m.group()))) for m in v.finditer("down", "revenue fell 5%")]
[('fell', ['down'])]
>>> v.has("old_before", "compared with")
True
>>> vocab("ja").finditer("up", "前年比12%増").__next__().group()
'増'
>>> language_of("売上高は4兆6000億円", None), language_of("Der Umsatz stieg um 5 Prozent", None)
('ja', 'de')
>>> language_of("anything", "fr_CA")
'fr'
"""
from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from types import MappingProxyType

from .._marks import MARKS
from ..errors import FinnormError

__all__ = ["KEYS", "Vocab", "VocabError", "bare_readings", "families", "language_of", "languages",
           "vocab"]

#: every key a language table may have (see the comments in claims.toml)
KEYS = frozenset([
    "up", "down", "old_before", "old_after", "new_before", "new_after", "from", "to",
    "more", "less", "total_before", "total_after", "partial", "parts", "list", "convert",
    "percent", "percent_before", "points", "surplus", "deficit", "exports", "imports",
    "respectively", "abbreviations", "filler", "copula", "partitive",
])
_TABLES = frozenset(["families", "bare"])
_CODE = re.compile(r"[A-Z]{3}\Z")


class VocabError(FinnormError, ValueError):
    """``claims.toml`` does not have the shape the loader expects."""


def _is_cjk(ch: str) -> bool:
    """A script written without spaces between words: CJK, kana, Hangul, and Thai,
    Lao, Khmer, Myanmar; its phrases match as substrings."""
    o = ord(ch)
    return (0x3040 <= o <= 0x30FF or 0x3400 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7AF
            or 0x1100 <= o <= 0x11FF or 0xF900 <= o <= 0xFAFF or 0xFF00 <= o <= 0xFFEF
            or 0x0E00 <= o <= 0x0EFF or 0x1780 <= o <= 0x17FF or 0x1000 <= o <= 0x109F)


# a letter, or a vowel sign or other combining mark inside a word ("कम" is not in "कमी")
_IN_WORD = rf"[^\W\d_]|[{MARKS}]"


def _phrase_re(phrase: str) -> str:
    body = r"\s+".join(re.escape(w) for w in phrase.split())
    if any(_is_cjk(c) for c in phrase):
        return body
    left = rf"(?<!{_IN_WORD})" if phrase[0].isalpha() else ""
    right = rf"(?!{_IN_WORD})" if phrase[-1].isalpha() or re.match(f"[{MARKS}]", phrase[-1]) else ""
    return left + body + right


def _norm(phrase: str) -> str:
    return " ".join(phrase.lower().split())


@dataclass(frozen=True, slots=True)
class Vocab:
    """One language's claim words: ``words[key]`` is a tuple of lower-case phrases."""

    lang: str
    words: Mapping[str, tuple[str, ...]]
    _index: Mapping[str, frozenset[str]] = field(repr=False, compare=False)

    def has(self, key: str, phrase: str) -> bool:
        """True when ``phrase`` is one of this language's ``key`` words."""
        return key in self._index.get(_norm(phrase), frozenset())

    def keys_of(self, phrase: str) -> frozenset[str]:
        """Every key ``phrase`` belongs to (``"over"``: ``old_before``, ``more``)."""
        return self._index.get(_norm(phrase), frozenset())

    def pattern(self, *keys: str) -> re.Pattern[str]:
        """A case-insensitive pattern for every phrase of ``keys``, longest first."""
        return _pattern(self.lang, keys)

    def finditer(self, keys: str | tuple[str, ...], text: str, pos: int = 0,
                 endpos: int | None = None) -> Iterator[re.Match[str]]:
        """Every match of ``keys`` phrases in ``text[pos:endpos]``."""
        ks = (keys,) if isinstance(keys, str) else keys
        end = len(text) if endpos is None else endpos
        return self.pattern(*ks).finditer(text, pos, end)


@cache
def _raw() -> dict[str, object]:
    try:
        text = resources.files("finnorm.data").joinpath("claims.toml").read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise VocabError(f"cannot read claims.toml: {exc}") from None
    _validate(data)
    return data


def _validate(data: dict[str, object]) -> None:
    for name, table in data.items():
        if not isinstance(table, dict):
            raise VocabError(f"claims.toml: [{name}] is not a table")
        if name in _TABLES:
            for key, codes in table.items():
                if not (isinstance(codes, list) and codes
                        and all(isinstance(c, str) and _CODE.match(c) for c in codes)):
                    raise VocabError(f"claims.toml: [{name}] {key} wants a list of ISO codes")
            continue
        for key, phrases in table.items():
            if key not in KEYS:
                raise VocabError(f"claims.toml: [{name}] has an unknown key {key!r}")
            if not isinstance(phrases, list) or not all(
                    isinstance(p, str) and p.strip() and p == p.lower() for p in phrases):
                raise VocabError(f"claims.toml: [{name}] {key} wants lower-case, non-empty strings")
            if len(set(phrases)) != len(phrases):
                raise VocabError(f"claims.toml: [{name}] {key} repeats a phrase")
        clash = set(table.get("up", ())) & set(table.get("down", ()))
        if clash:
            raise VocabError(f"claims.toml: [{name}] has {sorted(clash)} both up and down")


def languages() -> tuple[str, ...]:
    """The languages claims.toml describes (not ``"*"``)."""
    return tuple(k for k in _raw() if k not in _TABLES and k != "*")


@cache
def vocab(lang: str) -> Vocab:
    """The :class:`Vocab` of ``lang`` (English for a language the file lacks)."""
    data = _raw()
    lang = lang if lang in data and lang not in _TABLES and lang != "*" else "en"
    shared = data.get("*", {})
    own = data[lang]
    assert isinstance(shared, dict) and isinstance(own, dict)
    words: dict[str, tuple[str, ...]] = {}
    index: dict[str, set[str]] = {}
    for key in KEYS:
        merged = tuple(dict.fromkeys([*own.get(key, ()), *shared.get(key, ())]))
        words[key] = merged
        for p in merged:
            index.setdefault(_norm(p), set()).add(key)
    return Vocab(lang, MappingProxyType(words),
                 MappingProxyType({k: frozenset(v) for k, v in index.items()}))


@cache
def _pattern(lang: str, keys: tuple[str, ...]) -> re.Pattern[str]:
    v = vocab(lang)
    phrases = sorted({p for k in keys for p in v.words[k]}, key=lambda p: (-len(p), p))
    if not phrases:
        return re.compile(r"(?!x)x")
    return re.compile("|".join(_phrase_re(p) for p in phrases), re.IGNORECASE)


@cache
def families() -> Mapping[str, tuple[str, ...]]:
    """Currency families: ``"dollar"`` -> ``("USD", "AUD", ...)``."""
    table = _raw().get("families", {})
    assert isinstance(table, dict)
    return MappingProxyType({k: tuple(v) for k, v in table.items()})


@cache
def bare_readings() -> Mapping[str, tuple[str, ...]]:
    """Every reading of a bare symbol: ``"$"`` -> ``("USD", "AUD", ...)``."""
    table = _raw().get("bare", {})
    assert isinstance(table, dict)
    return MappingProxyType({k: tuple(v) for k, v in table.items()})


# scripts that settle the language, or narrow it to the languages written in them
_SCRIPTS = (
    (re.compile(r"[\u3040-\u30ff]"), "ja"),
    (re.compile(r"[\uac00-\ud7af]"), "ko"),
    (re.compile(r"[\u4e00-\u9fff]"), "zh"),
    (re.compile(r"[\u0590-\u05ff]"), "he"),
    (re.compile(r"[\u10a0-\u10ff]"), "ka"),
    (re.compile(r"[\u0530-\u058f]"), "hy"),
    (re.compile(r"[\u0370-\u03ff]"), "el"),
)
_POOLS = (  # a script shared by several languages: the one whose words the text uses most
    re.compile(r"[\u0600-\u06ff]"),
    re.compile(r"[\u0900-\u097f]"),
    re.compile(r"[\u0400-\u04ff]"),
)
_VOTE_KEYS = ("up", "down", "old_before", "old_after", "total_before", "list", "percent",
              "respectively", "from", "to", "convert")


@cache
def _script_pool(index: int) -> tuple[str, ...]:
    pat = _POOLS[index] if index >= 0 else None
    out = []
    for lang in languages():
        words = " ".join(vocab(lang).words["up"] + vocab(lang).words["down"])
        has = pat.search(words) is not None if pat is not None else re.search(r"[a-z]", words) is not None
        if has:
            out.append(lang)
    return tuple(out)


def language_of(text: str, locale: str | None) -> str:
    """The language whose claim words apply: the locale's, else the text's script
    or the language whose words it uses most (English on a tie)."""
    if locale:
        from ..locale import locale_of

        loc = locale_of(locale)
        if loc is not None:
            return loc.language if loc.language in languages() else "en"
    for pat, lang in _SCRIPTS:
        if pat.search(text):
            return lang
    pool_index = next((k for k, pat in enumerate(_POOLS) if pat.search(text)), -1)
    pool = _script_pool(pool_index)
    sample = text[:4000]
    best, score = ("en" if "en" in pool else pool[0] if pool else "en"), 0
    for lang in pool:
        # short words ("of", "en", "a") are shared by too many languages to vote
        n = sum(1 for m in vocab(lang).finditer(_VOTE_KEYS, sample) if len(m.group()) >= 3)
        if n > score:
            best, score = lang, n
    return best
