"""A language's reader tables, loaded from ``finnorm/data/lexicon/`` (generated
from CLDR and the hand tables by ``scripts/build_cldr_data.py``; never edited).

A :class:`Lexicon` answers "what does this word mean next to a number": a
scale (power of ten), a currency (candidate codes), a coin, a hedge, a range
or join word. It knows the language's inflection (stem + ending, clitics
before the word), so ``euroa``, ``forintot``, ``lirayı`` and ``بالدولار`` are
read without every form being listed. Loading one is a JSON read and a few
dictionary merges: nothing is compiled.

>>> fi = lexicon("fi")
>>> fi.scale("miljoonaa"), fi.scale("miljoonan"), fi.names_of("euroa")
(6, 6, ('EUR',))
>>> de = lexicon("de")
>>> de.scale("Billion"), de.scale("billion"), de.scale_alternative("Billion")
(12, 9, None)
>>> lexicon("fr").scale("billion"), lexicon("fr").scale_alternative("billion")
(12, 9)
>>> lexicon(None).scale("bn"), lexicon("ja").scale("million")
(9, 6)
"""
from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterator, Mapping
from decimal import Decimal
from functools import cache
from types import MappingProxyType
from typing import Any

from .data import read_text

__all__ = ["Lexicon", "global_table", "lexicon"]


def _read(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(read_text(f"lexicon/{name}.json"))
    return data


class Global:
    """What does not depend on the language: symbols, codes, coins, units."""

    __slots__ = (
        "ambiguous_coin_chars",
        "cifrao",
        "codes",
        "coin_rate_marks",
        "coin_word_blockers",
        "coin_word_followers",
        "han_coin_currencies",
        "homeland_signs",
        "homeland_symbols",
        "pence_languages",
        "counted_units",
        "dollar_prefixes",
        "dollar_prefixes_spaced",
        "english_style_symbols", "english_style_codes",
        "implicit_minor",
        "importance", "dominant",
        "lower_codes",
        "minor",
        "minor_letters",
        "myriads",
        "per_units",
        "prefix_names",
        "redenominated", "redenominated_older", "new_signs",
        "scale_stems",
        "scaled_prefixes", "not_scaled_currency",
        "scales_anywhere",
        "scales_common",
        "scales_exact",
        "suffix_symbols",
        "symbol_max",
        "symbols",
        "territory_scales",
        "unit_like_money",
        "unit_like_scales",
        "weight_names",
        "unit_codes",
        "wordlike_codes",
    )

    def __init__(self, raw: Mapping[str, Any]) -> None:
        self.symbols: Mapping[str, tuple[str, ...]] = MappingProxyType(
            {k: tuple(v) for k, v in raw["symbols"].items()})
        self.symbol_max = max(map(len, self.symbols))
        self.codes: Mapping[str, int] = MappingProxyType(dict(raw["codes"]))
        self.dollar_prefixes: Mapping[str, str] = MappingProxyType(dict(raw["dollar_prefixes"]))
        self.dollar_prefixes_spaced = frozenset(raw["dollar_prefixes_spaced"])
        self.lower_codes = frozenset(raw["lower_codes"])
        self.wordlike_codes = frozenset(raw["wordlike_codes"])
        self.unit_codes: Mapping[str, tuple[int, int]] = MappingProxyType(
            {k: (int(lo), int(hi)) for k, (lo, hi) in raw["unit_codes"].items()})
        self.prefix_names = frozenset(raw["prefix_names"])
        # units of an old currency per unit of the new one of its name ("TRL": 10**6)
        self.redenominated: Mapping[str, Decimal] = MappingProxyType(
            {k: Decimal(v) for k, v in raw.get("redenominated", {}).items()})
        # and those before 1999 ("PLZ": 10**4), read only from a sum given in both
        self.redenominated_older: Mapping[str, Decimal] = MappingProxyType(
            {k: Decimal(v) for k, v in raw.get("redenominated_older", {}).items()})
        # signs that came in with a redenomination's new currency ("YTL"): they name it alone
        self.new_signs = frozenset(raw.get("new_signs", ()))
        self.english_style_symbols = frozenset(raw["english_style_symbols"])
        # the dollars whose country's letters before the sign show English-style grouping
        self.english_style_codes = frozenset(raw.get("english_style_codes", ()))
        self.suffix_symbols = frozenset(raw.get("suffix_symbols", ()))
        self.cifrao: Mapping[str, str] = MappingProxyType(dict(raw.get("cifrao", {})))
        self.coin_word_followers = frozenset(raw["coin_word_followers"])
        self.coin_word_blockers = frozenset(raw["coin_word_blockers"])
        self.coin_rate_marks = frozenset(raw.get("coin_rate_marks", ()))
        # the yuan and the dollars written 元, the yuan first (the tables' Han coins)
        self.han_coin_currencies: tuple[str, ...] = tuple(raw.get("han_coin_currencies", ()))
        self.weight_names = frozenset(raw["weight_names"])
        # code pages' stand-ins for a sign ("\\" for the yen and the won, "ú" for the
        # pound): money only before the figure, where the locale's currency (or one its
        # country had) is one of theirs
        self.homeland_signs = frozenset(raw.get("homeland_signs", ()))
        self.homeland_symbols = frozenset(raw.get("homeland_symbols", ()))
        # the languages that write a coin as "p": pence, penni ("50p"; not "720p")
        self.pence_languages = frozenset(raw.get("pence_languages", ()))
        self.ambiguous_coin_chars = frozenset(raw["ambiguous_coin_chars"])
        self.myriads: Mapping[str, int] = MappingProxyType(dict(raw["myriads"]))
        self.minor: Mapping[str, tuple[Decimal, str | None]] = MappingProxyType(
            {k: (Decimal(f), c or None) for k, (f, c) in raw["minor"].items()})
        self.implicit_minor: Mapping[str, Decimal] = MappingProxyType(
            {k: Decimal(v) for k, v in raw["implicit_minor"].items()})
        self.counted_units: Mapping[str, tuple[Decimal, str]] = MappingProxyType(
            {k: (Decimal(f), c) for k, (f, c) in raw["counted_units"].items()})
        self.per_units: Mapping[str, str] = MappingProxyType(dict(raw["per_units"]))
        self.scales_exact: Mapping[str, int] = MappingProxyType(dict(raw["scales_exact"]))
        self.scales_common: Mapping[str, int] = MappingProxyType(dict(raw["scales_common"]))
        self.importance: tuple[str, ...] = tuple(raw["importance"])
        self.dominant: frozenset[str] = frozenset(raw.get("dominant", ()))
        self.scales_anywhere: Mapping[str, tuple[int, ...]] = MappingProxyType(
            {k: tuple(v) for k, v in raw["scales_anywhere"].items()})
        self.scale_stems = frozenset(raw["scale_stems"])
        self.scaled_prefixes: Mapping[str, int] = MappingProxyType(dict(raw["scaled_prefixes"]))
        # words a scale prefix and a symbol would spell, that are something else: "GMT"
        self.not_scaled_currency: frozenset[str] = frozenset(raw.get("not_scaled_currency", ()))
        self.unit_like_scales = frozenset(raw.get("unit_like_scales", ()))
        # the languages that write money with some of them: "giá 50k" (50,000 đồng)
        self.unit_like_money: Mapping[str, frozenset[str]] = MappingProxyType(
            {k: frozenset(v) for k, v in raw.get("unit_like_money", {}).items()})
        # a scale's abbreviation a country writes for another power: {"TN": {"MD": 6}}
        self.territory_scales: Mapping[str, Mapping[str, int]] = MappingProxyType(
            {k: MappingProxyType(dict(v)) for k, v in raw.get("territory_scales", {}).items()})
        # a scale's letter a currency's press writes for its coins: {"NGN": "k"} ("91k")
        self.minor_letters: Mapping[str, str] = MappingProxyType(
            dict(raw.get("minor_letters", {})))


@cache
def global_table() -> Global:
    """The language-independent tables (cached)."""
    return Global(_read("global"))


# Read in every language: Turkish capital dotted I as I, and the direction marks that
# right-to-left text (and CLDR's own Hebrew and Arabic formats) put around figures and
# symbols ("\u200f1,234.00\u00a0\u200f₪") as spaces.
_TWINS = {0x130: "I", 0x200E: " ", 0x200F: " ", 0x061C: " "}


class Lexicon:
    """One language's reader tables (English merged in: text often mixes them)."""

    __slots__ = ("adjectives", "adjective_endings", "apostrophe_suffixes", "ascii_twins",
                 "bracket_tail_words",
                 "brackets_negative",
                 "capitalised_nouns", "colon_decimal", "context_coins", "counted", "countries",
                 "cues",
                 "dot_groups", "dot_groups_plain", "era_years",
                 "currency_letters", "space_groups", "decimal_either",
                 "defaults", "durations", "endings",
                 "scaled_names", "not_scales", "scale_guesses",
                 "fold_accents", "from_suffixes", "lang", "minor", "minor_after", "name_modifiers",
                 "word_marks",
                 "names",
                 "negative_signs",
                 "not_cues",
                 "noun_first", "numeral_suffixes", "per_initials", "per_nouns", "per_phrases",
                 "plain_ranges",
                 "prefixes", "inflected_names",
                 "price_endings",
                 "reversed_decimal",
                 "rtl",
                 "scales_first", "sequence_twins", "twins", "digit_letters", "dual_endings",
                 "scale_alt", "scales", "scales_exact", "stems", "suffix_only", "word_max")

    def __init__(self, own: Mapping[str, Any], en: Mapping[str, Any] | None) -> None:
        g = global_table()
        self.lang: str = own["lang"]
        scales = dict(g.scales_common)
        names: dict[str, tuple[str, ...]] = {}
        adjectives: dict[str, tuple[str, ...]] = {}
        exact = dict(g.scales_exact)
        stems = {}
        if en is not None:
            scales.update(en["scales"])
            names.update((k, tuple(v)) for k, v in en["names"].items())
            exact.update(en["scales_exact"])
        scales.update(own["scales"])
        for word in own["grammar"].get("not_scales", ()):
            if word not in own["scales"]:
                scales.pop(word, None)  # ("un grand paquet": an English scale, a French word)
        names.update((k, tuple(v)) for k, v in own["names"].items())
        adjectives.update((k, tuple(v)) for k, v in own["adjectives"].items())
        # country names of one word -> the country's currency ("Србија" -> RSD)
        self.countries: Mapping[str, tuple[str, ...]] = MappingProxyType(
            {k: tuple(v) for k, v in own.get("countries", {}).items()})
        exact.update(own["scales_exact"])
        stems.update(own["stems"])
        self.scales: Mapping[str, int] = MappingProxyType(scales)
        self.scales_exact: Mapping[str, int] = MappingProxyType(exact)
        self.scale_alt: Mapping[str, int] = MappingProxyType(dict(own["scale_alt"]))
        self.names: Mapping[str, tuple[str, ...]] = MappingProxyType(names)
        self.adjectives: Mapping[str, tuple[str, ...]] = MappingProxyType(adjectives)
        self.stems: Mapping[str, str] = MappingProxyType(stems)
        self.cues: Mapping[str, Any] = MappingProxyType({
            k: (MappingProxyType(v) if isinstance(v, dict) else frozenset(v))
            for k, v in own["cues"].items()})
        self.defaults: Mapping[str, str] = MappingProxyType(dict(own["lang_defaults"]))
        # how the language writes a price's unit after it, as CLDR has it ("pro Jahr",
        # "pe an", "в год", "/mnd") -> the unit
        self.per_phrases: Mapping[str, str] = MappingProxyType(
            {**(en.get("per_phrases", {}) if en is not None else {}),
             **own.get("per_phrases", {})})
        # the nouns of a price's unit after one of the language's per words, as CLDR names
        # the unit ("al litro", "za litr") -> the unit; the hand table's first
        self.per_nouns: Mapping[str, str] = MappingProxyType(
            {**(en.get("per_nouns", {}) if en is not None else {}),
             **own.get("per_nouns", {}), **g.per_units})
        # the words after a figure that make it a count: the count words and the nouns, and
        # the names of units of measure (CLDR's: "kilogramos", "литров")
        self.counted: frozenset[str] = frozenset(self.cues.get("count_words", ())) | frozenset(
            self.cues.get("count_nouns", ())) | frozenset(own.get("measures", ()))
        # the names of spans of time after a figure ("14 päivää", "30 days"): a count
        self.durations: frozenset[str] = frozenset(own.get("durations", ()))
        gram = own["grammar"]
        self.endings: tuple[str, ...] = tuple(gram.get("endings", ()))
        self.prefixes: tuple[str, ...] = tuple(sorted(gram.get("prefixes", ()), key=len, reverse=True))
        self.inflected_names = bool(gram.get("inflected_names", False))
        self.apostrophe_suffixes = bool(gram.get("apostrophe_suffixes", False))
        self.capitalised_nouns = bool(gram.get("capitalised_nouns", False))
        self.space_groups = bool(gram.get("space_groups", True))
        # the marks this language's writers put both for decimals and between groups,
        # whatever the locale's own use of them (Spanish: both; Arabic: the comma): a
        # scaled figure to three places after one may be read either way
        self.decimal_either: str = str(gram.get("decimal_either", ""))
        bn = gram.get("brackets_negative", "cells")
        self.brackets_negative: bool | str = bn if bn in ("tail", "cells") else bool(bn)
        self.currency_letters: Mapping[str, tuple[str, ...]] = MappingProxyType(
            {k: (v,) for k, v in gram.get("currency_letters", {}).items()})
        self.scaled_names: Mapping[str, tuple[int, str]] = MappingProxyType(
            {k: (int(p), c) for k, (p, c) in gram.get("scaled_names", {}).items()})
        # coins this language writes after a number with the letters of another money's
        # sign: German "4.94 Rp./kWh" (Swiss centimes, not the rupiah)
        self.minor_after = frozenset(gram.get("minor_after", ()))
        self.negative_signs = frozenset(gram.get("negative_signs", ()))
        self.bracket_tail_words = frozenset(gram.get("bracket_tail_words", ()))
        self.not_cues = frozenset(gram.get("not_cues", ()))
        self.not_scales = frozenset(gram.get("not_scales", ()))
        # a scale word of other languages that this language's writers mean with one
        # power first ("RM1.3mil" in English: a million, not the Spanish thousand), still
        # a guess
        self.scale_guesses: Mapping[str, int] = MappingProxyType(
            {k: int(v) for k, v in gram.get("scale_guesses", {}).items()})
        self.suffix_only = frozenset(gram.get("suffix_only", ()))
        # words of a currency's name that may stand between the number and it ("200
        # nuevos soles", "100 nouveaux francs")
        self.name_modifiers = frozenset(gram.get("name_modifiers", ()))
        # the coins: every language's, and this language's own ("gr" in Polish)
        # (less the language's everyday words: Hungarian "2008-ban" is "in 2008", French
        # "deux fils" two sons)
        not_cues = frozenset(gram.get("not_cues", ()))
        self.minor: Mapping[str, tuple[Decimal, str | None]] = MappingProxyType({
            k: v for k, v in {**g.minor, **{k: (Decimal(f), c or None)
                                            for k, (f, c) in gram.get("minor", {}).items()}}.items()
            if k not in not_cues})
        self.fold_accents = bool(gram.get("fold_accents", False))
        # marks that only voice a word's letters, dropped between two of them ("مليونَين")
        self.word_marks: str = str(gram.get("word_marks", ""))
        self.colon_decimal = bool(gram.get("colon_decimal", False))
        self.dot_groups = bool(gram.get("dot_groups", False))
        self.dot_groups_plain = bool(gram.get("dot_groups_plain", False))
        self.noun_first = bool(gram.get("noun_first", False))
        # a decimal mark written between the fraction and the whole part, as the
        # Egyptian press writes "6ر106" for 106.6 (read so, in place)
        self.reversed_decimal: str = str(gram.get("reversed_decimal", ""))
        # endings glued to a numeral before its noun: Maltese "€15-il miljun"
        self.numeral_suffixes: tuple[str, ...] = tuple(gram.get("numeral_suffixes", ()))
        # endings that make a country's name its adjective ("المغرب" → "المغربية")
        self.adjective_endings: tuple[str, ...] = tuple(gram.get("adjective_endings", ()))
        self.from_suffixes: tuple[str, ...] = tuple(gram.get("from_suffixes", ()))
        # the years a local era counts today ("ปี 2563": the Buddhist era's 2020), read
        # as years after a year word as the common era's are
        era = gram.get("era_years", ())
        self.era_years: tuple[int, int] | None = (int(era[0]), int(era[1])) if era else None
        # a case ending that makes a scaled figure a price: "56 ezerért" (for 56 thousand)
        self.price_endings: tuple[str, ...] = tuple(gram.get("price_endings", ()))
        # the first letters of the per-words ("per", "je", "a"): a cheap test before
        # reading the word after an amount
        self.per_initials: frozenset[str] = frozenset(
            w[:1] for w in (*self.cues.get("per_words", ()), *self.cues.get("rate_per", ()))
            if w[:1].isalpha())
        # range words that link two figures alone ("to", "a", "до"; not "and", which
        # needs a lead word before the first figure): computed once, read per text
        self.plain_ranges: frozenset[str] = frozenset(self.cues.get("range", ())) - frozenset(
            self.cues.get("range_needs_lead", ()))
        # written right to left (from CLDR): "95-35 שקלים" is a range from 35 to 95
        self.rtl = bool(gram.get("rtl", False))
        # coin words that are also other words ("λεπτά": cents, minutes): coins only
        # in a sentence about money, and flagged
        self.context_coins = frozenset(gram.get("context_coins", ()))
        # scale words this language writes before the number ("miliɔn 5.3"), from CLDR
        self.scales_first = frozenset(gram.get("scales_first", ()))
        # letters old encodings wrote for the table's own ("ş" for Romanian "ș"), and the
        # Turkish capital dotted I, which lower-cases to two characters: the text is read
        # through this translation (same length, so offsets hold)
        self.twins: Mapping[int, str] = MappingProxyType(
            {**_TWINS, **{ord(k): v for k, v in gram.get("letter_twins", {}).items()}})
        # (some are ASCII: Uzbek "so`m" is "soʻm"; then even ASCII text is read so)
        self.ascii_twins = any(k < 128 for k in self.twins)
        # letters written for the digit they look like beside digits (Burmese "၅၆ဝဝ" with
        # the letter wa for zero): a run of digits is read with them as digits
        self.digit_letters: Mapping[int, str] = MappingProxyType(
            {ord(k): v for k, v in gram.get("digit_letters", {}).items()})
        # two-letter endings of the dual, which counts two of a noun in one word ("درهمين":
        # two dirhams): a currency's name so is read as "2" and the name, offsets holding
        self.dual_endings: tuple[str, ...] = tuple(gram.get("dual_endings", ()))
        # runs of letters an old font encoding wrote for others of the same length
        # (Tamil "ா்" for "ர்"): the text is read with them replaced, offsets holding
        self.sequence_twins: tuple[tuple[str, str], ...] = tuple(
            (str(k), str(v)) for k, v in gram.get("sequence_twins", {}).items()
            if len(str(k)) == len(str(v)))
        if self.fold_accents and en is not None:  # English keys compared the same way
            names.update((fold(k), tuple(v)) for k, v in en["names"].items())
        self.word_max = max((k.count(" ") + 1 for k in (*scales, *names)), default=1)

    # ------------------------------------------------------------ lookups
    def key(self, word: str, table: Mapping[str, Any]) -> str | None:
        """The key of ``table`` that ``word`` (lower case) is a form of, or None."""
        return self._inflected(word, table)

    def _inflected(self, word: str, table: Mapping[str, Any]) -> str | None:
        """The key of ``table`` that ``word`` (lower case) is a form of, or None."""
        if word in table:
            return word
        stems = self.stems
        if stems:
            for stem in self.stripped(word):  # (a stem of three or more: not "per" = "p" + "er")
                key = stems.get(stem)
                if key is not None and key in table:
                    return key
                if " " in word and stem in table:
                    return stem  # "ам. долларын": a phrase, its last word inflected
            key = stems.get(word)
            if key is not None and key in table:
                return key
            if " " in word:  # "asv dolāru": a name of several words, its last one inflected
                head, _, last = word.rpartition(" ")
                for e in ("", *self.endings):
                    if e and not (last.endswith(e) and len(last) - len(e) >= 3):
                        continue
                    key = stems.get(last[: len(last) - len(e)])
                    if key is not None and f"{head} {key}" in table:
                        return f"{head} {key}"
                if self.inflected_names and " " not in head:  # "norskum krónum": both
                    for a in self.stripped(head):
                        for b in self.stripped(last):
                            key = stems.get(f"{a} {b}")
                            if key is not None and key in table:
                                return key
        for p in self.prefixes:
            if word.startswith(p) and len(word) > len(p) + 1:
                rest = word[len(p):]
                if rest in table:
                    return rest
        return None

    def stripped(self, word: str) -> Iterator[str]:
        """``word`` without each of the language's endings it has (a stem of three or more)."""
        return (word[: -len(e)] for e in self.endings
                if word.endswith(e) and len(word) - len(e) >= 3)

    def norm(self, word: str) -> str:
        """``word`` as this language's tables key it: lower case, and without accents
        where the language moves them.

        >>> lexicon("el").norm("Τουρκικές"), lexicon("de").norm("Mrd")
        ('τουρκικες', 'mrd')
        """
        low = word.lower()
        return fold(low) if self.fold_accents else low

    def scale(self, word: str) -> int | None:
        """The power of ten a scale word stands for (any form, case-insensitive but for
        abbreviations read only as written: ``Md``, ``Mn``); a lower-case English
        word in a language that capitalises nouns is English (``billion`` in German)."""
        got = self.scales_exact.get(word)
        if got is not None:
            return got
        low = self.norm(word)
        if self.capitalised_nouns and low in self.scale_alt and word[:1].islower():
            return self.scale_alt[low]
        key = self._inflected(low, self.scales)
        return None if key is None else self.scales[key]

    def scale_alternative(self, word: str) -> int | None:
        """The other (English) reading of a scale word whose meaning this language changes."""
        low = word.lower()
        if low not in self.scale_alt or self.capitalised_nouns:
            return None  # where nouns are capitalised, the case has settled it
        return self.scale_alt[low]

    def names_of(self, word: str) -> tuple[str, ...] | None:
        """The candidate codes of a currency name (any form), most likely first."""
        norm = " ".join(self.norm(word).split())
        if norm in self.not_cues:
            return None  # a word of this language, not the currency CLDR also spells so
        key = self._inflected(norm, self.names)
        return None if key is None else self.names[key]


def fold(word: str) -> str:
    """``word`` without its accents ("εκατομμύρια" -> "εκατομμυρια")."""
    return unicodedata.normalize("NFC", "".join(
        ch for ch in unicodedata.normalize("NFD", word) if unicodedata.category(ch) != "Mn"))


@cache
def lexicon(lang: str | None) -> Lexicon:
    """The lexicon of a language code (``None``: no stated language), cached.

    A language CLDR does not know gets the lexicon of no stated language.
    """
    if lang is None or lang == "und":
        return Lexicon(_read("und"), _read("en"))
    try:
        own = _read(lang)
    except FileNotFoundError:
        return lexicon(None)
    return Lexicon(own, None if lang == "en" else _read("en"))
