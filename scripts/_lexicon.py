"""Lexicon stage of ``build_cldr_data.py``: one reader table per language.

For every language CLDR has, ``finnorm/data/lexicon/<lang>.json`` merges what
the reader needs, so that a locale's first use is a JSON load and nothing is
compiled at run time:

* scale words from CLDR's compact decimal patterns, long and short, every
  plural form, every locale of the language ("0 miljoonaa" -> ``miljoonaa``:
  10^6), the English ones (text often writes "$8 million" whatever its
  language; where the two disagree, ``scale_alt`` keeps the English reading),
  and the hand table ``scales.toml``;
* currency names from CLDR (display names and every plural form), the generic
  heads derived from them ("dollar" from "australian dollar"), nationality
  adjectives of head-last languages, English names, hand names;
* country names of one word from CLDR's territory names, with each country's
  currency ("Србија" -> RSD), which settle a currency word several countries share;
* the cue words of ``cues.toml``, the per-language facts of ``grammar.toml``
  (endings, clitics, conventions) and the stems of inflected words;
* ``lexicon/global.json``: what does not depend on the language (symbols,
  dollar prefixes, coins, unit-price units, single-letter scales).

``und.json`` is the lexicon for text of no stated language: English plus every
hand table.
"""
from __future__ import annotations

import functools
import itertools
import json
import re
import tomllib
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent.parent / "finnorm" / "data"

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")
_CONNECTOR = re.compile(r"\{0\}[,،]?\s+(\S+)\s+\{1\}")


def month_names(lang: str) -> set[str]:
    """CLDR's wide and abbreviated month names of ``lang`` (format and stand-alone, lower
    case, one word of letters each, an abbreviation without its point): "30 de
    septiembre", "5. März", "márc. 25" are dates, not figures."""
    from babel import Locale

    try:
        months = Locale.parse(lang).months
    except Exception:  # noqa: BLE001 - a language babel cannot parse has no names
        return set()
    out: set[str] = set()
    for context, width in itertools.product(("format", "stand-alone"), ("wide", "abbreviated")):
        for name in dict(months.get(context, {}).get(width, {})).values():
            name = unicodedata.normalize("NFC", name).lower().rstrip(".")
            if " " not in name and len(name) > 2 and all(
                    ch.isalpha() or unicodedata.category(ch)[0] == "M" for ch in name):
                out.add(name)
    return out


def percent_words_before(lang: str) -> set[str]:
    """The one word CLDR's percent unit puts before the figure in ``lang`` ("yüzde {0}",
    "asilimia {0}"): a figure after it is a percentage, no amount."""
    from babel import Locale

    try:
        units = Locale.parse(lang)._data["unit_patterns"].get("concentr-percent", {})
    except Exception:  # noqa: BLE001 - a language babel cannot parse has no patterns
        return set()
    out: set[str] = set()
    for width in ("long", "short", "narrow"):
        for pattern in (units.get(width) or {}).values():
            before = pattern.split("{0}")[0].strip().lower()
            if before.isalpha():  # one word (not "ji sedî", nor a sign)
                out.add(before)
    return out


def list_connectors(lang: str) -> tuple[set[str], set[str]]:
    """The words CLDR's list patterns of ``lang`` put between the last two items: its
    "and" and its "or" ("{0} dhe {1}", "{0} ose {1}"), where one word stands alone
    between spaces (not Hebrew "ו{1}" glued, nor Japanese "{0}、{1}")."""
    from babel import Locale
    from babel.localedata import locale_identifiers

    def word(pattern: str | None) -> set[str]:
        m = _CONNECTOR.fullmatch(pattern or "")
        if m is None or not all(ch.isalpha() or unicodedata.category(ch)[0] == "M"
                                for ch in m.group(1)):
            return set()
        return {m.group(1).lower()}

    ands: set[str] = set()
    ors: set[str] = set()
    # the language and its other scripts ("sr": "и"; "sr_Latn": "i")
    ids = [lang] + [i for i in locale_identifiers() if i.startswith(lang + "_")
                    and len(i.split("_")[1]) == 4 and i.count("_") == 1]
    for ident in ids:
        try:
            patterns = Locale.parse(ident).list_patterns
        except Exception:  # noqa: BLE001 - a language babel cannot parse has no patterns
            continue
        # (a list's last link, and the link of a list of two: Kazakh "{0}, {1}" and
        # "{0} және {1}")
        for key in ("end", "2"):
            ands |= word(patterns.get("standard", {}).get(key))
            ors |= word(patterns.get("or", {}).get(key))
    return ands, ors


def _toml(name: str) -> dict[str, Any]:
    return tomllib.loads((DATA / name).read_text(encoding="utf-8"))


# the sections of scales.toml that hold no language's scale words
SCALE_SECTIONS = frozenset({"exact", "glued_to_currency", "unit_like", "territory",
                            "minor_letter"})

# The one validating loader of the hand tables: every section, key and value type
# is checked, so a typo fails the build (and the staleness test) instead of
# silently reading nothing.
CUE_SECTIONS = {
    "qualifiers_before": str, "qualifiers_after": str, "negative_before": bool,
    "negative_after": bool, "range": bool, "range_lead": bool, "range_from": bool, "range_only_lead": bool,
    "minor_join": bool,
    "per_words": bool, "connectors": bool, "per_blockers": bool, "change_words": bool,
    "change_links": bool, "time_units": bool, "amount_followers": bool, "money_words": bool,
    "range_needs_lead": bool, "vague_counts": bool, "count_words": bool, "weight_words": bool,
    "negative_maybe": bool, "ordinal_before": bool, "percent_words": bool, "half_after": bool,
    "year_before": bool, "note_onward": bool,
    "decimal_words": bool, "comparative_marks": bool, "one_words": bool, "price_before": bool,
    "price_for": bool, "price_between": bool, "odds_links": bool, "qualifiers_inner": str,
    "rate_words": bool, "link_articles": bool, "rate_per": bool, "count_nouns": bool,
    "digit_fractions": str, "decade_before": bool, "decade_after": bool, "equivalent_words": bool,
    "weight_before": bool, "weight_of": bool, "weight_units": bool, "rate_of": str,
    "share_links": bool, "idioms": bool,
    "note_words": bool, "range_intensifiers": bool, "percent_before": bool,
    "suspended_links": bool, "ratio_before": bool, "unit_adjectives": bool,
    "clock_before": bool, "wage_words": bool, "era_words": str, "now_words": bool, "origin_before": bool,
    "origin_after": bool, "one_after": bool, "money_nouns": bool,
    "dual_construct": bool,
    "scale_partitive": bool, "counter_names": bool, "count_marks": bool, "fraction_coins": bool,
    "per_thousand": bool, "rate_after": bool, "named_in_before": bool, "named_in_after": bool,
    "money_scales": str, "open_end_after": bool, "sum_before": bool, "than_after": bool,
}
#: the keys of ``[reading]`` in currency_overrides.toml (``global_table`` reads each)
READING_KEYS = frozenset({
    "ambiguous_coin_chars", "cifrao", "coin_rate_marks", "coin_word_blockers", "coin_word_followers",
    "dollar_prefixes_spaced", "english_style_symbols", "english_style_codes", "lower_codes",
    "prefix_names",
    "redenominated", "suffix_symbols", "unit_codes", "weight_names", "wordlike_codes",
    "new_signs", "redenominated_older", "han_coin_currencies", "homeland_signs",
    "homeland_symbols",
    "pence_languages",
})
GRAMMAR_KEYS = {
    "head": str, "endings": list, "prefixes": list, "apostrophe_suffixes": bool,
    "capitalised_nouns": bool, "brackets_negative": (bool, str), "negative_signs": list,
    "bracket_tail_words": list, "not_cues": list, "name_modifiers": list, "suffix_only": list,
    "minor": dict,
    "fold_accents": bool, "colon_decimal": bool, "currency_letters": dict, "scaled_names": dict, "not_scales": list,
    "noun_first": bool, "letter_twins": dict, "sequence_twins": dict, "head_suffixes": list,
    "stem_min": int,
    "scales_first": list, "reversed_decimal": str, "numeral_suffixes": list,
    "adjective_endings": list,
    "from_suffixes": list, "dot_groups": bool, "dot_groups_plain": bool, "price_endings": list,
    "rtl": bool, "context_coins": list, "spelling_variants": dict, "stem_lengthening": dict,
    "final_variants": dict, "old_modifiers": list, "digit_letters": dict, "dual_endings": list,
    "space_groups": bool, "scale_guesses": dict, "adjective_either_side": bool,
    "prefixed_cues": list, "inflected_names": bool, "minor_after": list, "era_years": list,
    "word_marks": str, "names_also": list, "decimal_either": str,
}


def validate_reading(reading: Mapping[str, Any]) -> None:
    """Raise ValueError for an unknown key of currency_overrides.toml ``[reading]`` (a
    misspelt key would otherwise be read as an empty table)."""
    unknown = sorted(set(reading) - READING_KEYS)
    if unknown:
        raise ValueError(f"currency_overrides.toml [reading]: unknown keys {unknown}")


def validate(cues: dict[str, Any], grammar: dict[str, Any], scales: dict[str, Any],
             langs: set[str]) -> None:
    """Raise ValueError naming the file and key of anything malformed."""
    known = langs | {"*", "no"}
    for section, table in cues.items():
        if section == "per_units":
            bad = [k for k, v in table.items() if not isinstance(v, str)]
            if bad:
                raise ValueError(f"cues.toml [per_units]: values must be unit names: {bad}")
            continue
        kind = CUE_SECTIONS.get(section)
        if kind is None:
            raise ValueError(f"cues.toml: unknown section [{section}]")
        for lang, words in table.items():
            if lang not in known:
                raise ValueError(f"cues.toml [{section}.{lang}]: not a CLDR language")
            bad = [k for k, v in words.items() if not isinstance(v, kind)]
            if bad:
                raise ValueError(f"cues.toml [{section}.{lang}]: want {kind.__name__}: {bad}")
    for lang, facts in grammar.items():
        if lang not in known:
            raise ValueError(f"grammar.toml [{lang}]: not a CLDR language")
        for key, value in facts.items():
            want = GRAMMAR_KEYS.get(key)
            if want is None or not isinstance(value, want):
                raise ValueError(f"grammar.toml [{lang}] {key} = {value!r}: unknown or mistyped")
            if key in ("letter_twins", "sequence_twins", "digit_letters") and any(
                    len(a) != len(b) for a, b in value.items()):
                raise ValueError(f"grammar.toml [{lang}] {key}: each twin must be as long as "
                                 "what it replaces (offsets hold)")
    special = SCALE_SECTIONS | {"*", "case_sensitive"}
    for lang, table in scales.items():
        if lang not in known | special:
            raise ValueError(f"scales.toml [{lang}]: not a CLDR language")
        if lang == "unit_like":
            money = table.get("money_in", {})
            if (set(table) - {"money_in"} != {"list"}
                    or not all(isinstance(w, str) for w in table["list"])
                    or not isinstance(money, dict) or any(
                        (lg not in known and not (len(lg) == 3 and lg.isupper()))
                        or not isinstance(ws, list)
                        or not set(ws) <= set(table["list"]) for lg, ws in money.items())):
                raise ValueError("scales.toml [unit_like]: list = [words], and money_in = "
                                 "{language or currency code = [words of the list]}")
            continue
        if lang == "minor_letter":
            if not all(len(k) == 3 and k.isupper() and isinstance(v, str) and len(v) == 1
                       for k, v in table.items()):
                raise ValueError("scales.toml [minor_letter]: currency code = \"letter\"")
            continue
        if lang == "glued_to_currency" and "not_money" in table:
            words = table["not_money"]
            if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
                raise ValueError("scales.toml [glued_to_currency] not_money: a list of words")
            table = {k: v for k, v in table.items() if k != "not_money"}
        flat = table if lang not in ("exact", "glued_to_currency", "territory") else {
            f"{k}.{kk}": vv for k, v in table.items() for kk, vv in v.items()}
        bad = [k for k, v in flat.items() if not isinstance(v, int) or isinstance(v, bool)]
        if bad:
            raise ValueError(f"scales.toml [{lang}]: powers of ten must be integers: {bad}")


def _clean(text: str) -> str:
    """Format characters (RLM, ZWSP) out, spaces normalised, NFC."""
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def _clean_name(name: str) -> str:
    name = re.sub(r"\s*\(.*?\)\s*", " ", name)  # "(1927–2002)", "(Euro area)"
    return _clean(name).lower()


def _has_letter(s: str) -> bool:
    return any(ch.isalpha() for ch in s)


# ------------------------------------------------------------------ patterns
_NUMBER_CHARS = frozenset("#0123456789,.@")


def _affix_and_zeros(pattern: str) -> tuple[str, int] | None:
    """The literal text around the number of a compact pattern, and its zeros."""
    sub = pattern.split(";")[0]
    out: list[str] = []
    zeros = 0
    quoted = False
    i = 0
    while i < len(sub):
        ch = sub[i]
        if ch == "'":
            if sub[i + 1 : i + 2] == "'":
                out.append("'")
                i += 2
                continue
            quoted = not quoted
        elif not quoted and ch in _NUMBER_CHARS:
            zeros += ch == "0"
            out.append(" ")
        elif not quoted and ch == "¤":
            return None
        else:
            out.append(ch)
        i += 1
    if not zeros:
        return None
    return _clean("".join(out)), zeros


def _right_to_left(lang: str) -> bool:
    """Does CLDR write ``lang`` from right to left?"""
    from babel import Locale, UnknownLocaleError

    try:
        return bool(Locale.parse(lang).character_order == "right-to-left")
    except (UnknownLocaleError, ValueError):
        return False


def cldr_scales_first(records: Iterable[Mapping[str, Any]]) -> set[str]:
    """Scale words that CLDR's compact patterns write before the number ("miliɔn 0",
    "Miliyan 0", "miiliyoona 0"), and never after it."""
    first: set[str] = set()
    last: set[str] = set()
    for rec in records:
        for style in ("long", "short"):
            for _count, mags in rec.get("compact", {}).get(style, {}).items():
                for pattern in mags.values():
                    got = _affix_and_zeros(pattern)
                    if got is None or not got[0] or not _has_letter(got[0]):
                        continue
                    sub = pattern.split(";")[0].replace("'", "")
                    at = min((sub.find(ch) for ch in "0#" if ch in sub), default=-1)
                    head = sub[:at] if at > 0 else ""
                    (first if _has_letter(head) and not _has_letter(sub[at:].lstrip("0#,. ")) else last
                     ).add(got[0].lower())
    return first - last


def cldr_scales(records: Iterable[Mapping[str, Any]], han: set[str]) -> tuple[dict[str, int], dict[str, int]]:
    """(case-insensitive words, case-sensitive abbreviations) -> power of ten."""
    seen: dict[str, set[int]] = defaultdict(set)
    short_forms: set[str] = set()
    for rec in records:
        for style in ("long", "short"):
            for _count, mags in rec.get("compact", {}).get(style, {}).items():
                for mag, pattern in mags.items():
                    got = _affix_and_zeros(pattern)
                    if got is None:
                        continue
                    word, zeros = got
                    if not word or not _has_letter(word) or word in han:
                        continue
                    power = len(mag) - 1 - (zeros - 1)
                    if power <= 0:
                        continue
                    seen[word].add(power)
                    if style == "short":
                        short_forms.add(word)
    words: dict[str, int] = {}
    exact: dict[str, int] = {}
    for word, powers in seen.items():
        if len(powers) != 1:
            continue  # one abbreviation for two scales: not readable
        power = next(iter(powers))
        letters = word.rstrip(".")
        if len(letters) == 1 and letters.isascii():
            if word in short_forms and word == letters and word != "G":  # not root's giga
                exact[word] = power  # "M" (miliar) in Indonesian: weighed against the global one
            continue
        if word in short_forms and letters.isascii() and len(letters) <= 3 and not letters.islower():
            exact[word] = power  # "Tr", "NT", "Mn", "Md": as written only
            continue
        for form in {word, word.rstrip(".")} if word.endswith(".") else {word}:
            if form:
                words[form.lower()] = power
    return words, exact


# ------------------------------------------------------------------ names
# Units whose names' head word is an everyday word, never the unit alone: the IMF's
# special drawing rights ("derechos", "droits", "hak", "quyền", "права", "тираж": "5
# derechos fundamentales" is no sum); text names them by their code ("10,5 milliárd SDR")
_NO_BARE_HEAD = frozenset({"XDR"})
# the scripts of Southeast Asia written without spaces (Myanmar, Thai, Lao, Khmer)
_SOUTHEAST_ASIAN = re.compile("[\u1000-\u109f\u0e00-\u0eff\u1780-\u17ff]")


def _derive_head(names: Iterable[str]) -> str | None:
    multi = [n.split() for n in names if " " in n]
    if len(multi) < 10:
        return None
    first = Counter(w[0] for w in multi)
    last = Counter(w[-1] for w in multi)
    top = [w for w, _ in (first + last).most_common(8)]
    f = sum(first[w] for w in top)
    last_n = sum(last[w] for w in top)
    return "last" if last_n > f else "first"


def cldr_names(records: Iterable[Mapping[str, Any]], codes: set[str]) -> dict[str, set[str]]:
    names: dict[str, set[str]] = defaultdict(set)
    for rec in records:
        for code, display in rec.get("currency_names", {}).items():
            if code in codes:
                for n in _name_forms(display):
                    if n and n.upper() != code:
                        names[n].add(code)
        for code, forms in rec.get("currency_names_plural", {}).items():
            if code not in codes:
                continue
            for form in forms.values():
                for n in _name_forms(form):
                    if n and n.upper() != code:
                        names[n].add(code)
    return names


def _name_forms(display: str) -> list[str]:
    """A CLDR name as text writes it; where CLDR marks word breaks with a zero-width
    space (Khmer "ដុល្លារ\u200bអាមេរិក"), also with a space there, so the head word
    ("ដុល្លារ", the dollar) can be found."""
    joined = _clean_name(display)
    if "\u200b" not in display:
        return [joined]
    return [joined, _clean_name(display.replace("\u200b", " "))]


def _adjectives(names: Mapping[str, set[str]]) -> dict[str, set[str]]:
    """Nationality adjectives of head-last names, with the common inflections."""
    out: dict[str, set[str]] = defaultdict(set)
    for name, cands in names.items():
        words = name.split()
        if len(words) < 2:
            continue
        adj = " ".join(words[:-1])
        forms = {adj}
        if adj[-1:].isascii() and adj[-1:].isalpha():  # (the inflections of Latin script:
            # "danske", "norsken"; none for "भारतीय")
            stem = adj[:-1] if adj[-1:] in ("e", "n", "r", "s") else adj
            forms.update({stem, stem + "e", stem + "en", stem + "er", stem + "es"})
        for f in forms:
            if len(f) >= 4:
                out[f].update(cands)
    return out


# The kinds of CLDR's units whose names count a quantity after a figure (not duration:
# "$5 million a year"; not concentration: per cent is read elsewhere).
MEASURE_KINDS = frozenset({"mass", "length", "area", "volume", "energy", "power", "digital"})
# the metric units whose short names ("ml", "кг", "מ"ל") say a figure before them is a
# quantity; other short names are too often words ("in", "to", "mi", "el")
SHORT_MEASURE_KEYS = frozenset({
    "volume-milliliter", "volume-centiliter", "volume-deciliter", "volume-liter",
    "mass-milligram", "mass-gram", "mass-kilogram", "length-millimeter", "length-centimeter",
    "length-kilometer", "area-square-meter", "energy-kilowatt-hour"})  # (not "ha": it has)
# the CLDR units whose per-unit pattern makes a price's unit ("pro Jahr", "/litre") -> the
# unit's name in the per_units table of cues.toml
PER_UNIT_KEYS = {
    "duration-year": "year", "duration-month": "month", "duration-week": "week",
    "duration-day": "day", "duration-hour": "hour", "duration-night": "night",
    "mass-kilogram": "kilogram", "mass-tonne": "metric_ton", "mass-pound": "pound",
    "mass-ounce-troy": "troy_ounce", "volume-liter": "liter", "volume-gallon": "gallon",
    "volume-barrel": "barrel", "area-square-meter": "square_meter",
    "area-square-foot": "square_foot", "energy-kilowatt-hour": "kilowatt_hour",
    "length-meter": "meter",
}


def _unit_patterns(lang: str) -> Mapping[str, Any]:
    """CLDR's unit patterns of ``lang`` (none for a language babel does not know)."""
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(lang)._data.get("unit_patterns", {})
    except (UnknownLocaleError, ValueError):
        return {}


class Builder:
    """Everything the lexicons are made of, loaded once."""

    def __init__(self, records: Mapping[str, Mapping[str, Any]], codes: Mapping[str, Any],
                 symbols: Mapping[str, list[str]]) -> None:
        self.records = records
        self.cldr_symbols = symbols
        self.territory_currency: Mapping[str, str] = codes.get("territory_currency", {})
        self.minor = codes["minor_units"]
        self.current = set(codes["current"])
        # the tenders that came in within the five years before the newest one CLDR lists
        # (the Caribbean guilder of 2025): too young to take a word from the old ones
        # (and the currencies each one replaced, and of those the ones under the same name:
        # "рубль": RUB after RUR)
        first: dict[str, str] = {}
        self.predecessors: dict[str, set[str]] = defaultdict(set)
        self.namesakes: dict[str, list[str]] = defaultdict(list)
        for entries in codes.get("territory_former", {}).values():
            for old, _last, successor, same, since in entries:
                first[str(successor)] = min(str(since), first.get(str(successor), "9999"))
                self.predecessors[str(successor)].add(str(old))
                if same:
                    self.namesakes[str(successor)].append(str(old))
        newest = max(first.values(), default="0000")
        cutoff = f"{int(newest[:4]) - 5:04d}{newest[4:]}"
        self.young = {c for c, since in first.items() if since >= cutoff and c in self.current}
        self.codes = set(self.minor)
        rank = {c: i for i, c in enumerate(codes["rank"])}
        ov = _toml("currency_overrides.toml")
        self.overrides = ov
        importance = list(ov.get("importance", ()))
        self.importance = set(importance)
        self.hand_only = set(ov.get("hand_only", ()))
        self._speakers: dict[str, dict[str, float]] = {}
        order = list(dict.fromkeys([*importance, *codes["rank"]]))
        self.rank = {c: i for i, c in enumerate(order)} or rank
        self.scales_toml = _toml("scales.toml")
        self.cues_toml = _toml("cues.toml")
        self.grammar = _toml("grammar.toml")
        cjk = tomllib.loads((DATA / "numwords" / "cjk.toml").read_text(encoding="utf-8"))
        self.han = set(cjk["multipliers"]) | set(cjk["digits"])
        self.cjk_multipliers = {c: int(p) for c, p in cjk["multipliers"].items()}
        by_lang: dict[str, list[str]] = defaultdict(list)
        for loc in records:
            if loc != "root":
                by_lang[loc.split("_")[0]].append(loc)
        # the language's own locale first, then its regional ones
        self.locales = {lang: sorted(locs, key=lambda x: (x != lang, x)) for lang, locs in by_lang.items()}
        validate(self.cues_toml, self.grammar, self.scales_toml, set(self.locales))
        self._en_scales = self._own_scales("en")
        self._en_names: dict[str, list[str]] = {}
        self._en_names = self.names("en")[0]

    def ranked(self, cands: Iterable[str], lang: str | None = None) -> list[str]:
        """Candidates likeliest first. For a language: currencies of territories where
        it is official or spoken by 5 % or more come first (ar "ريال": SAR before
        BRL), then the hand importance order, then the share of speakers."""
        if lang is None:
            return sorted(set(cands), key=lambda c: (self.rank.get(c, len(self.rank)), c))
        share = self.speakers(lang)
        last = len(self.rank)
        return sorted(set(cands), key=lambda c: (c not in share,
                                                 self.rank.get(c, last) if c in self.importance else last,
                                                 -share.get(c, 0.0), self.rank.get(c, last), c))

    def speakers(self, lang: str) -> dict[str, float]:
        """code -> the largest share of ``lang`` speakers in a territory using it (>= 5 %
        or official)."""
        if lang not in self._speakers:
            from babel.core import get_global

            tl = get_global("territory_languages")
            out: dict[str, float] = {}
            for terr, entries in get_global("territory_currencies").items():
                info = tl.get(terr, {}).get(lang)
                if not info:
                    continue
                pct = float(info.get("population_percent") or 0)
                if pct < 5 and not info.get("official_status"):
                    continue
                for code, _start, end, tender in entries:
                    if end is None and tender:
                        out[code] = max(out.get(code, 0.0), max(pct, 5.0))
            self._speakers[lang] = out
        return self._speakers[lang]

    # scales -------------------------------------------------------------
    def _own_scales(self, lang: str) -> tuple[dict[str, int], dict[str, int]]:
        recs = [self.records[loc] for loc in self.locales.get(lang, [])]
        words, exact = cldr_scales(recs, self.han)
        for key, value in self.scales_toml.get(lang, {}).items():
            words[" ".join(key.lower().split())] = int(value)
        for key, value in self.scales_toml.get("exact", {}).get(lang, {}).items():
            exact[key] = int(value)
        return words, exact

    def scales(self, lang: str) -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
        """(words, exact-case abbreviations, English alternatives) a language adds to
        English and the common table (the loader merges them, the language winning)."""
        en_words, _en_exact = self._en_scales
        own_words, own_exact = self._own_scales(lang)
        alt = {k: en_words[k] for k, v in own_words.items() if k in en_words and en_words[k] != v}
        letters = {k: int(v) for k, v in self.scales_toml.get("case_sensitive", {}).items()}
        for k, v in list(own_exact.items()):
            if len(k) == 1 and k in letters:
                if letters[k] == v:
                    del own_exact[k]  # "M" is a million here as everywhere
                else:
                    alt[k.lower()] = letters[k]  # "1 M" in Indonesian: a milliard, or a million
        return own_words, own_exact, alt

    # names ----------------------------------------------------------------
    def _head(self, lang: str, names: Mapping[str, set[str]]) -> str | None:
        head = self.grammar.get(lang, {}).get("head")
        return str(head) if head else _derive_head(names)

    def names(self, lang: str) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
        recs = [self.records[loc] for loc in self.locales.get(lang, [])]
        own = cldr_names(recs, self.codes - self.hand_only)
        head = self._head(lang, own)
        out: dict[str, set[str]] = defaultdict(set)
        for name, cands in own.items():
            out[name] = set(cands)  # the language's own names win
        # the names of a sister standard its press writes too ("2.817.500 švajcarskih
        # franaka" in Bosnian: the Serbian spelling), where they name no other currency
        also = [self.records[loc] for loc in self.grammar.get(lang, {}).get("names_also", ())]
        for name, cands in cldr_names(also, self.codes - self.hand_only).items():
            out.setdefault(name, set(cands))
        heads: dict[str, set[str]] = defaultdict(set)
        modifiers = set(self.grammar.get(lang, {}).get("name_modifiers", ()))
        # the suffix a name's head takes in it ("Қазақстан теңгесі": the tenge of
        # Kazakhstan; "Leku shqiptar": the lek): text writes the bare noun
        suffixes = sorted(self.grammar.get(lang, {}).get("head_suffixes", ()), key=len, reverse=True)
        if head:
            for name, cands in own.items():
                words = [w for w in name.split() if w not in modifiers]  # "nouveau shekel"
                if len(words) > 1 and not set(cands) <= _NO_BARE_HEAD:
                    h = words[-1] if head == "last" else words[0]
                    if len(h) >= 3 and _has_letter(h):
                        heads[h].update(cands)
                        for suffix in suffixes:  # "теңгесі" -> "теңге", "leku" -> "lek"
                            if h.endswith(suffix) and len(h) - len(suffix) >= 3:
                                heads[h[: -len(suffix)]].update(cands)
                                # and the whole name so: "abş dolları" -> "abş dollar"
                                i = name.rfind(h) if head == "last" else name.find(h)
                                bare = name[:i] + h[: -len(suffix)] + name[i + len(h):]
                                heads.setdefault(bare, set()).update(cands)
                                break
        if head:
            # "долар ЗША" (Belarusian heads are last, but this name's first word is the
            # noun others end in): a name whose head is no other name's gives its cands
            # to the word at its other end that heads other names
            shared = {h for h, cands in heads.items() if len(cands) > 1}
            for name, cands in own.items():
                words = [w for w in name.split() if w not in modifiers]
                if len(words) > 1 and not set(cands) <= _NO_BARE_HEAD:
                    h, other = (words[-1], words[0]) if head == "last" else (words[0], words[-1])
                    if h not in shared and other in shared:
                        heads[other].update(cands)
        for h, cands in self._glued_heads(lang, own).items():
            heads[h].update(cands)
        if self.grammar.get(lang, {}).get("adjective_either_side"):
            # "30 czeskich koron" as well as CLDR's "koron czeskich", "19 krónur sænskar" as
            # well as "sænskar krónur": a name of a noun and its adjective written the other
            # way round too, in every form CLDR gives
            for name, cands in own.items():
                words = name.split()
                if len(words) == 2 and not any(ch.isdigit() for ch in name):
                    out.setdefault(f"{words[1]} {words[0]}", set(cands))
        for name, cands in list(out.items()):  # "suid-afrikaanse rand": the reader joins
            if "-" in name:                      # the words of a hyphenated name by spaces
                out.setdefault(name.replace("-", " "), set(cands))
        for h, cands in heads.items():
            # a bare head names every currency it heads ("ريال": SAR, QAR, OMR ...),
            # even where one locale uses it as a plural form of one of them
            out[h] = set(cands) | set(own.get(h, ()))
        if lang in ("ja", "zh", "ko", "yue"):  # "スイス フラン" is also "スイスフラン", "スイス・フラン"
            for name, cands in list(own.items()):
                if " " in name:
                    for joined in (name.replace(" ", ""), name.replace(" ", "・")):
                        out.setdefault(joined, set(cands))
        for name, cands in self.overrides.get("names", {}).get(lang, {}).items():
            out[" ".join(name.lower().split())] = {c for c in cands if c in self.codes}
            if "-" in name:  # (a hand name too: "sør-afrikanske rand")
                out.setdefault(" ".join(name.lower().replace("-", " ").split()),
                               {c for c in cands if c in self.codes})
        hand = {" ".join(k.lower().split()): v
                for k, v in self.overrides.get("names", {}).get(lang, {}).items()}
        # "старых рублей", "eski lira", "starych złotych": "old" before a currency's name
        # names the one it replaced under the same name (RUR, TRL, PLZ), in the order of
        # the names' own candidates
        olds = self.grammar.get(lang, {}).get("old_modifiers", ())
        for name, cands in list(out.items()) if olds else ():
            order = hand.get(name) or self.ranked((cands & self.current) or cands, lang)
            former = list(dict.fromkeys(p for c in order for p in self.namesakes.get(c, ())))
            if former and not any(w in olds for w in name.split()):
                for mod in olds:
                    key = f"{mod} {name}"
                    if key not in out:
                        out[key] = set(former)
                        hand[key] = former
        ranked: dict[str, list[str]] = {}
        for name, cands in out.items():
            if name in hand:  # a hand entry keeps its own order
                order = [c for c in hand[name] if c in self.codes]
            else:
                # a name shared by a current and a withdrawn currency ("turkish lira":
                # TRY, TRL) names the current one
                known = {c for c in cands if c in self.codes}
                current = known & self.current
                if current and current <= self.young:
                    # "Gulden" in German: the Dutch guilder, or the Caribbean one of 2025?
                    # a young tender does not take the word from the old ones alone
                    # (a currency it replaced is not one of them: the reader weighs the
                    # change by the text's dates, "leone": SLE, or SLL before 2024)
                    older = known - current - set().union(*(self.predecessors[c] for c in current))
                    order = self.ranked(current, lang) + self.ranked(older, lang)
                else:
                    order = self.ranked(current or known, lang)
            if order:
                ranked[name] = order
        adjectives = {}
        if head == "last":
            for adj, cands in _adjectives(own).items():
                adjectives[adj] = self.ranked(cands, lang)
        return ranked, adjectives

    def _glued_heads(self, lang: str, own: Mapping[str, set[str]]) -> dict[str, set[str]]:
        """In a script written without spaces CLDR glues the country to the currency's
        noun ("หยวนจีน", the yuan of China; "วอนเกาหลีใต้"); the press writes the noun
        alone ("3,999 หยวน", "2 ล้านวอน"). The noun left when the country's CLDR name is
        cut from the end of a current currency's name -> the currencies it heads (no
        young tender alone: "ทอง" of Zimbabwe's gold is the word for gold)."""
        from babel import Locale, UnknownLocaleError

        glued = [n for n in own if n and " " not in n and _SOUTHEAST_ASIAN.match(n)]
        if len(glued) < 10:
            return {}
        try:
            places = sorted({v for k, v in Locale.parse(lang).territories.items()
                             if k.isalpha() and len(v) >= 2}, key=len, reverse=True)
        except (UnknownLocaleError, ValueError):
            return {}
        out: dict[str, set[str]] = defaultdict(set)
        for name in glued:
            cands = set(own[name]) & self.current
            if not cands or cands <= self.young or cands <= _NO_BARE_HEAD:
                continue
            for place in places:
                if name.endswith(place) and len(name) - len(place) >= 2:
                    noun = name[:-len(place)]
                    if noun not in own and sum(_has_letter(ch) for ch in noun) >= 2:
                        out[noun].update(cands)
                    break
        return dict(out)

    def measures(self, lang: str, taken: Iterable[str],
                 kinds: frozenset[str] = MEASURE_KINDS, twins: dict[int, str] | None = None
                 ) -> list[str]:
        """The long names of units of measure in ``lang``, every plural form (CLDR's
        unit patterns: "kilogramos", "toneladas", "литров", "キログラム"), of the
        kinds in :data:`MEASURE_KINDS`; none that is also a currency or scale word of
        the language (``taken``: "libras" is a pound of both). A figure followed by one
        ("27.3 millones de kilogramos") counts a quantity, no money. With ``twins`` (the
        language's letter twins, as the text is read), the short names too, of two
        letters or more and no currency's sign or code anywhere ("ml", "km", "מ"ל")."""
        from babel import Locale, UnknownLocaleError

        try:
            patterns = Locale.parse(lang)._data.get("unit_patterns", {})
        except (UnknownLocaleError, ValueError):
            return []
        skip = {" ".join(w.lower().split()) for w in taken}
        signs = self._signs_anywhere if twins is not None else frozenset()
        out: set[str] = set()
        for key, styles in patterns.items():
            if key.split("-")[0] not in kinds or "long" not in styles:
                continue
            for form, pattern in dict(styles["long"]).items():
                if form == "per" or "{0}" not in pattern:
                    continue
                word = " ".join(pattern.replace("{0}", " ").lower().split())
                if (2 < len(word) <= 20 and not any(ch in "{[" or ch.isdigit() for ch in word)
                        and len(word.split()) <= 2 and word not in skip):  # (not "cup [jp]")
                    out.add(word)
            if twins is None or "short" not in styles or key not in SHORT_MEASURE_KEYS:
                continue
            for form, pattern in dict(styles["short"]).items():
                if form == "per" or "{0}" not in pattern:
                    continue
                word = pattern.replace("{0}", "").strip().lower().translate(twins)
                if (len(word) >= 2 and word.replace('"', "").replace("'", "").isalpha()
                        and word not in skip and word not in signs):
                    out.add(word)
        return sorted(out)

    @functools.cached_property
    def _signs_anywhere(self) -> frozenset[str]:
        """Every currency sign, symbol and ISO code, in lower case ("dm" is a decimetre
        and the Deutsche Mark: no short unit's name)."""
        return frozenset({k.lower() for k in self.cldr_symbols}
                         | {k.lower() for k in self.overrides.get("symbols", {})}
                         | {k.lower() for k in self.minor}  # (every ISO code)
                         | {c.lower() for codes in self.cldr_symbols.values() for c in codes})

    def per_phrases(self, lang: str, taken: Iterable[str]) -> dict[str, str]:
        """How ``lang`` writes "per year", "per litre" after a figure (CLDR's per-unit
        patterns, every style: "pro Jahr", "pe an", "в год", "om året", "/mnd") -> the
        unit (:data:`PER_UNIT_KEYS`). Only patterns that follow the figure, and only
        units of two letters or more ("/g", "/m", "/T" say too little); none whose unit is
        a currency or scale word of the language (``taken``)."""
        patterns = _unit_patterns(lang)
        skip = {" ".join(w.lower().split()) for w in taken}
        out: dict[str, str] = {}
        for key, unit in PER_UNIT_KEYS.items():
            styles = patterns.get(key)
            for style in ("long", "short", "narrow") if styles is not None else ():
                if style not in styles:
                    continue
                pattern = dict(styles[style]).get("per", "")
                if not pattern.startswith("{0}") or pattern.count("{") != 1:
                    continue  # (a unit before the figure: "月当 {0}")
                phrase = " ".join(pattern[3:].replace("\u200e", "").lower().split())
                word = phrase.rsplit("/", 1)[-1].split()[-1] if phrase else ""
                if (sum(ch.isalpha() for ch in word) < 2 or word in skip
                        or any(ch.isdigit() for ch in phrase)):
                    continue
                out.setdefault(phrase, unit)
        return dict(sorted(out.items()))

    def per_nouns(self, lang: str, taken: Iterable[str]) -> dict[str, str]:
        """The nouns of a price's unit in ``lang`` (CLDR's per-unit patterns and the
        unit's long name for one: "litro" of "per litro", "Liter", "litr", "месяц") ->
        the unit (:data:`PER_UNIT_KEYS`), so that any of the language's per words may
        stand before one ("1,790 euro al litro", "3,5 euros por metro"). Only nouns of
        three letters or more, none that is a currency or scale word (``taken``), and no
        span of time (CLDR's phrases have those: "в год", "al mese")."""
        patterns = _unit_patterns(lang)
        skip = {" ".join(w.lower().split()) for w in taken}
        out: dict[str, str] = {}
        for key, unit in PER_UNIT_KEYS.items():
            if key.startswith("duration-"):
                continue  # ("за год", "za rok": for the year, more often than a year's)
            long = dict(patterns.get(key, {}).get("long", {}))
            for form in ("per", "one"):
                pattern = long.get(form, "")
                if not pattern.startswith("{0}") or pattern.count("{") != 1:
                    continue
                words = pattern[3:].replace("\u200e", "").lower().split()
                if not words:
                    continue
                noun = words[-1] if form == "per" else " ".join(words)
                if (sum(ch.isalpha() for ch in noun) < 3 or noun in skip or " " in noun
                        or not all(ch.isalpha() for ch in noun)):
                    continue
                out.setdefault(noun, unit)
        return dict(sorted(out.items()))

    def countries(self, lang: str) -> dict[str, list[str]]:
        """Country names of one word in ``lang`` (CLDR's territory names) -> the
        country's currency: "Србија" -> RSD, "Cameroun" -> XAF. A text that names one
        country whose currency a shared word ("динари", "francs") may be says which."""
        from babel import Locale, UnknownLocaleError

        try:
            names = Locale.parse(lang).territories
        except (UnknownLocaleError, ValueError):
            return {}
        out: dict[str, list[str]] = {}
        for terr, name in names.items():
            code = self.territory_currency.get(terr)
            key = _clean_name(name)
            if code is None or not terr.isalpha() or " " in key or len(key) < 4:
                continue  # (regions such as "019" have no currency; a name of one word)
            out.setdefault(key, [])
            if code not in out[key]:
                out[key].append(code)
        # the short names the press writes where CLDR's name has several words
        # ("المملكة العربية السعودية": "السعودية")
        for key, codes in self.overrides.get("countries", {}).get(lang, {}).items():
            out[key.lower()] = [c for c in codes if c in self.codes]
        return out

    # cues -----------------------------------------------------------------
    def cues(self, lang: str | None) -> dict[str, Any]:
        out: dict[str, Any] = {}
        ands, ors = list_connectors(lang) if lang is not None else (set(), set())
        # CLDR's list patterns give every language its "and" and "or": "322 милиони 437
        # илјади и 207 денари" (a compound), "1700 dhe 1800 euro" (two figures, one unit)
        derived = {"minor_join": ands, "range_needs_lead": ands | ors,
                   "percent_before": percent_words_before(lang) if lang is not None else set()}
        for section, table in self.cues_toml.items():
            if section == "per_units":
                continue
            merged = dict(table.get("*", {}))
            if lang is None:
                for key, words in table.items():
                    if key not in ("*", "en"):
                        merged.update(words)
            merged.update(table.get(lang or "en", {}))
            if section == "per_words":  # "1,30 Kčs a litr": Czech "a" is "and", no "per"
                for word in (ands | ors) - set(table.get(lang or "en", {})):
                    merged.pop(word, None)
            for word in derived.get(section, ()):
                if not (section == "range_needs_lead"  # (never a plain range word:
                        and word in self.cues_toml.get("range", {}).get(lang, {})):
                    merged.setdefault(word, True)  # Basque "46 eta 82 euro artean")
            if CUE_SECTIONS.get(section) is str:  # a word and what it says
                out[section] = {" ".join(k.lower().split()): v for k, v in merged.items()}
            else:
                out[section] = sorted(" ".join(k.lower().split()) for k, v in merged.items() if v)
        out["month_names"] = sorted(month_names(lang)) if lang is not None else []
        gram = self.grammar.get(lang or "en", {})
        for section in gram.get("prefixed_cues", ()):  # "וב-2018": and + in, before a year
            out[section] = sorted({*out[section], *(
                p + w for w in out[section] if not w.isascii()
                for p in gram.get("prefixes", ()))})
        return out

    # one language -----------------------------------------------------------
    def lexicon(self, lang: str | None) -> dict[str, Any]:
        if lang is None:  # English (merged at load) plus every language's hand tables
            words: dict[str, int] = {}
            english = self._en_scales[0]
            for key, table in self.scales_toml.items():
                if key not in SCALE_SECTIONS | {"*", "case_sensitive", "en"}:
                    for k, v in table.items():
                        k = " ".join(k.lower().split())
                        if k not in english:  # English wins: "billion" is 10^9
                            words.setdefault(k, int(v))
            exact: dict[str, int] = {}
            names: dict[str, list[str]] = {}
            adjectives: dict[str, list[str]] = {}
            for table in self.overrides.get("names", {}).values():
                for name, cands in table.items():
                    known = [c for c in cands if c in self.codes]
                    if known and len(name.rstrip(".")) > 2:  # not Finnish "e" everywhere
                        names.setdefault(" ".join(name.lower().split()), known)
            alt: dict[str, int] = {}
            countries: dict[str, list[str]] = {}
            grammar: dict[str, Any] = {  # English habits
                "brackets_negative": True,
                "suffix_only": list(self.grammar.get("en", {}).get("suffix_only", ()))}
            defaults: dict[str, str] = {}
        else:
            words, exact, alt = self.scales(lang)
            names, adjectives = self.names(lang)
            countries = self.countries(lang)
            grammar = dict(self.grammar.get(lang, {}))
            defaults = dict(self.overrides.get("lang_defaults", {}).get(lang, {}))
        grammar.pop("head", None)
        not_cues = set(grammar.get("not_cues", ()))
        names = {k: v for k, v in names.items() if k not in not_cues}
        if grammar.get("fold_accents"):  # Greek moves its accents: compare without them
            names = {fold(k): v for k, v in names.items()}
            countries = {fold(k): v for k, v in countries.items()}
            words = {fold(k): v for k, v in words.items()}
            alt = {fold(k): v for k, v in alt.items()}
        twins = str.maketrans(grammar.get("letter_twins", {}))
        if twins:  # the text is read through the twins: so are the keys ("so‘m" = "soʻm")
            names = _twinned(names, twins)
            words = {k.translate(twins): v for k, v in words.items()}
            adjectives = _twinned(adjectives, twins)
            countries = _twinned(countries, twins)
        plain = str.maketrans(grammar.pop("spelling_variants", {}))
        finals = grammar.pop("final_variants", {})
        if plain or finals:  # the keys also as the press writes them plainer ("دينار
            # اردني", "الف"), and with a word's last letter written another way ("اردنى")
            for table in (names, words, adjectives):
                for k, v in list(table.items()):
                    for key in {k, k.translate(plain)}:
                        table.setdefault(key, v)
                        if finals:
                            table.setdefault(" ".join(
                                w[:-1] + finals.get(w[-1], w[-1]) for w in key.split()), v)
        endings = sorted(set(grammar.get("endings", [])) | {
            e.translate(plain) for e in grammar.get("endings", [])}, key=lambda e: (-len(e), e))
        _inflected_alike(names, endings)
        en_names = self._en_names if lang != "en" else {}
        minor = [*self.overrides.get("minor", {}), *grammar.get("minor", {})]  # the language's own too
        keys = [*names, *words, *en_names, *self._en_scales[0], *minor]
        if grammar.get("fold_accents"):
            keys = [fold(k) for k in keys]
        if lang is not None:  # scale words written before the number, by CLDR and by hand
            recs = [self.records[loc] for loc in self.locales.get(lang, [])]
            first = {k for k in cldr_scales_first(recs) if k in words}
            first |= {" ".join(k.lower().split()) for k in grammar.get("scales_first", ())}
            if first:
                grammar["scales_first"] = sorted(first)
            if _right_to_left(lang):  # "95-35 שקלים": a range written from its high end
                grammar["rtl"] = True
        least = int(grammar.pop("stem_min", 4))
        stems = _stems(keys, endings, least, grammar.pop("stem_lengthening", {}))
        if grammar.get("inflected_names"):  # "800 norskum krónum" (CLDR: "norskar krónur")
            stems.update(_pair_stems(names, endings, least, stems))
        grammar.pop("head_suffixes", None)
        grammar.pop("old_modifiers", None)
        grammar.pop("adjective_either_side", None)  # (build-only: the names have them)
        grammar.pop("prefixed_cues", None)  # (build-only: the cues have them)
        return {
            "lang": lang or "und",
            "scales": dict(sorted(words.items())),
            "scales_exact": dict(sorted(exact.items())),
            "scale_alt": dict(sorted(alt.items())),
            "names": dict(sorted(names.items())),
            "adjectives": dict(sorted(adjectives.items())),
            "countries": dict(sorted(countries.items())),
            "cues": self.cues(lang),
            "lang_defaults": defaults,
            "grammar": {**grammar, "endings": endings},
            "stems": stems,
            "measures": [] if lang is None else self.measures(
                lang, [*names, *words, *minor, *self._en_scales[0]], twins=dict(twins)),
            "per_phrases": self.per_phrases(lang or "en", [*names, *words, *minor]),
            "per_nouns": self.per_nouns(lang or "en", [*names, *words, *minor]),
            "durations": [] if lang is None else self.measures(
                lang, [*names, *words, *minor, *self._en_scales[0]], frozenset({"duration"})),
        }

    def global_table(self) -> dict[str, Any]:
        ov = self.overrides
        sym = self.cldr_symbols
        drop = set(ov.get("drop_symbols", {}).get("list", ()))
        symbols: dict[str, list[str]] = {}
        for s, cands in sym.items():
            if s in drop or (len(s) == 3 and s.isupper() and s.isalpha()):
                continue
            symbols[s] = list(cands)
        for s, cands in ov.get("symbols", {}).items():
            if not cands:
                symbols.pop(s, None)
                continue
            symbols[s] = [c for c in cands if c in self.codes]
        symbols = {k: v for k, v in symbols.items() if v}
        for sym, cands in list(symbols.items()):  # "$\xa0US" is also written "$ US"
            for a, b in (("\u00a0", " "), (" ", "\u00a0")):
                if a in sym:
                    symbols.setdefault(sym.replace(a, b), cands)
            if "\u200f" in sym:  # "د.ع.\u200f": text writes it without the mark, "د.ع"
                bare = sym.replace("\u200f", "")
                symbols.setdefault(bare, cands)
                if bare.endswith(".") and len(bare) > 2:
                    symbols.setdefault(bare[:-1], cands)
        reading = ov.get("reading", {})
        validate_reading(reading)
        anywhere: dict[str, set[int]] = defaultdict(set)
        for lang in self.locales:
            words, _exact = self._own_scales(lang)
            for w, v in words.items():
                anywhere[w].add(v)
        for w, v in self._en_scales[0].items():
            anywhere[w].add(v)
        # (letters and the vowel signs inside them: "கோடி", "करोड़")
        stems = sorted({w[:4] for w in anywhere if len(w) >= 4 and all(
            ch.isalpha() or unicodedata.category(ch)[0] == "M" for ch in w)})
        return {
            "symbols": dict(sorted(symbols.items())),
            "codes": dict(sorted(self.minor.items())),
            "dollar_prefixes": dict(ov.get("dollar_prefixes", {})),
            "dollar_prefixes_spaced": sorted(reading.get("dollar_prefixes_spaced", [])),
            "lower_codes": sorted(reading.get("lower_codes", [])),
            "wordlike_codes": sorted(reading.get("wordlike_codes", [])),
            "unit_codes": {k: list(v) for k, v in sorted(reading.get("unit_codes", {}).items())},
            "redenominated": dict(sorted(reading.get("redenominated", {}).items())),
            "redenominated_older": dict(sorted(reading.get("redenominated_older", {}).items())),
            "new_signs": sorted(reading.get("new_signs", [])),
            "prefix_names": sorted(reading.get("prefix_names", [])),
            "english_style_symbols": sorted(reading.get("english_style_symbols", [])),
            "english_style_codes": sorted(reading.get("english_style_codes", [])),
            "suffix_symbols": sorted(reading.get("suffix_symbols", [])),
            "cifrao": dict(sorted(reading.get("cifrao", {}).items())),
            "coin_word_followers": sorted(reading.get("coin_word_followers", [])),
            "coin_word_blockers": sorted(reading.get("coin_word_blockers", [])),
            "coin_rate_marks": sorted(reading.get("coin_rate_marks", [])),
            "han_coin_currencies": list(reading.get("han_coin_currencies", [])),
            "weight_names": sorted(reading.get("weight_names", [])),
            "homeland_signs": sorted(reading.get("homeland_signs", [])),
            "homeland_symbols": sorted(reading.get("homeland_symbols", [])),
            "pence_languages": sorted(reading.get("pence_languages", [])),
            "ambiguous_coin_chars": sorted(reading.get("ambiguous_coin_chars", [])),
            # CJK multipliers of ten thousand and more: after one, Korean and Japanese
            # write the next smaller part in digits ("3만 4,800원")
            "myriads": {c: p for c, p in self.cjk_multipliers.items() if p >= 4},
            "minor": {k: list(v) for k, v in ov.get("minor", {}).items()},
            "implicit_minor": dict(ov.get("implicit_minor", {})),
            "counted_units": {k: list(v) for k, v in ov.get("counted_units", {}).items()},
            "per_units": {" ".join(k.lower().split()): v
                          for k, v in self.cues_toml.get("per_units", {}).items()},
            "scales_exact": {k: int(v) for k, v in self.scales_toml.get("case_sensitive", {}).items()},
            "scales_common": {" ".join(k.lower().split()): int(v)
                              for k, v in self.scales_toml.get("*", {}).items()},
            "importance": list(ov.get("importance", ())),
            "dominant": list(ov.get("dominant", ())),
            # every scale word of every language, and their first four letters: a word
            # after a number that shares them is a scale word the locale does not know
            "scales_anywhere": {w: sorted(v) for w, v in sorted(anywhere.items())},
            "scale_stems": stems,
            "scaled_prefixes": {k: int(v) for k, v in self.scales_toml.get(
                "glued_to_currency", {}).get("prefixes", {}).items()},
            "not_scaled_currency": sorted(self.scales_toml.get(
                "glued_to_currency", {}).get("not_money", [])),
            "unit_like_scales": sorted(self.scales_toml.get("unit_like", {}).get("list", [])),
            "unit_like_money": {k: sorted(v) for k, v in sorted(self.scales_toml.get(
                "unit_like", {}).get("money_in", {}).items())},
            "territory_scales": {k: dict(sorted(v.items())) for k, v in sorted(
                self.scales_toml.get("territory", {}).items())},
            "minor_letters": dict(sorted(self.scales_toml.get("minor_letter", {}).items())),
        }


def fold(word: str) -> str:
    """``word`` without its accents ("εκατομμύρια" -> "εκατομμυρια")."""
    return unicodedata.normalize("NFC", "".join(
        ch for ch in unicodedata.normalize("NFD", word) if unicodedata.category(ch) != "Mn"))


def _inflected_alike(names: dict[str, list[str]], endings: list[str]) -> None:
    """An inflected form CLDR lists for some currencies only ("دينارًا": TND, DZD) is
    the same word's form for every currency its bare word names ("دينار": JOD, KWD…):
    the candidates of both, those CLDR lists for the form itself first."""
    if not endings:
        return
    for key, cands in list(names.items()):
        for e in endings:
            if key.endswith(e) and len(key) > len(e):
                base = names.get(key[:-len(e)])
                if base is not None:
                    names[key] = list(dict.fromkeys([*cands, *base]))
                    break


def _twinned(table: Mapping[str, list[str]], twins: dict[int, Any]) -> dict[str, list[str]]:
    """``table`` with its keys read through the letter twins. Two keys that become one
    ("ડૉલર" and "ડોલર", as CLDR spells the dollar both ways) keep every candidate, those
    of the longer list (the generic word) first."""
    out: dict[str, list[str]] = {}
    for k, v in table.items():
        key = k.translate(twins)
        have = out.get(key)
        if have is None:
            out[key] = list(v)
        else:
            first, second = (have, v) if len(have) >= len(v) else (v, have)
            out[key] = list(dict.fromkeys([*first, *second]))
    return out


def _stems(keys: Iterable[str], endings: list[str], least: int = 4,
           lengthening: Mapping[str, str] | None = None) -> dict[str, str]:
    """stem -> the word it inflects, for one-word keys of an inflecting language (a
    stem of at least ``least`` characters: "ლარ" of "ლარი" where the language says 3).
    ``lengthening``: a final vowel the language lengthens before an ending (Hungarian
    "korona" -> "koroná-s", "frank" stays), so the lengthened word is a stem too."""
    if not endings:
        return {}
    out: dict[str, str] = {}
    clash: set[str] = set()
    for key in sorted(set(keys)):
        if " " in key or not _has_letter(key):
            continue
        stems = {key}
        for e in endings:
            if key.endswith(e) and len(key) - len(e) >= least:
                stems.add(key[: -len(e)])
        long = (lengthening or {}).get(key[-1:])
        if long and len(key) > least:
            stems.add(key[:-1] + long)
        for s in stems:
            if s in out and out[s] != key:
                clash.add(s)
            out.setdefault(s, key)
    # two words sharing a stem ("копейка", "копейки") are forms of one: the first stays
    return dict(sorted(out.items()))


def _pair_stems(names: Iterable[str], endings: list[str], least: int,
                taken: Mapping[str, str]) -> dict[str, str]:
    """"norsk krón" -> "norskar krónur": the stems of a two-word name's words, both of
    them inflected (an adjective's case with its noun's), for a language that sets
    ``inflected_names``; the reader strips an ending from each word of a pair of words."""
    out: dict[str, str] = {}
    for key in sorted(names):
        words = key.split()
        if len(words) != 2 or any(ch.isdigit() for ch in key):
            continue
        # (a word with no ending is a stem of its own: "dönsk króna" gives "dönskum krónum")
        forms = [{w[: -len(e)] for e in endings if w.endswith(e) and len(w) - len(e) >= least}
                 | ({w} if len(w) >= least else set()) for w in words]
        for a in sorted(forms[0]):  # (sorted: the same tables from every build)
            for b in sorted(forms[1]):
                if f"{a} {b}" not in taken:
                    out.setdefault(f"{a} {b}", key)
    return out


def build_lexicons(records: Mapping[str, Mapping[str, Any]], codes: Mapping[str, Any],
                   symbols: Mapping[str, Any]) -> dict[str, str]:
    b = Builder(records, codes, symbols["symbols"])
    out = {"lexicon/global.json": _dump(b.global_table())}
    out["lexicon/und.json"] = _dump(b.lexicon(None))
    for lang in sorted(b.locales):
        out[f"lexicon/{lang}.json"] = _dump(b.lexicon(lang))
    return out


def _dump(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=False, separators=(",", ":")) + "\n"
