"""Property tests for ``finnorm.words.find_number_words``.

* robustness: any text, any language, never raises; spans are in order,
  non-overlapping, within bounds, non-empty, never start or end on a space,
  and their values are ``Decimal``;
* round trip: integers rendered in English words (and in German compounds,
  and in CJK numerals with 万/億) by small renderers written here read back
  to the same value, as exactly one span covering the whole text.
"""
from __future__ import annotations

from decimal import Decimal

from hypothesis import example, given, settings
from hypothesis import strategies as st

from finnorm.words import NumberSpan, find_number_words, languages

LANGS = [None, "xx", "pt_BR", *languages()]
PIECES = [
    "one", "two", "twenty", "-", " ", "a", "an", "and", "half", "hundred", "thousand",
    "million", "billion", "point", "quarter", "quarters", "grand", "ein", "und", "zwanzig",
    "hundert", "tausend", "un", "et", "mille", "cents", "y", "mil", "millones", "e", "cento",
    "een", "en", "honderd", "万", "億", "兆", "千", "百", "十", "一", "二", "零", "点", "1", "2",
    "0", ".", ",", "３", "만", "억", "천", "십", "이", "사", "점", "원", "\n", "İ", "ß", "x",
]
text_strategy = st.one_of(
    st.text(max_size=80),
    st.lists(st.sampled_from(PIECES), max_size=30).map("".join),
    st.lists(st.sampled_from(PIECES), max_size=20).map(" ".join),
)


def _assert_well_formed(text: str, spans: list[NumberSpan]) -> None:
    prev = 0
    for span in spans:
        assert isinstance(span.value, Decimal)
        assert span.kind in ("word", "cjk", "article")
        assert prev <= span.start < span.end <= len(text)
        piece = text[span.start:span.end]
        assert piece == piece.strip()
        prev = span.end


@settings(max_examples=400, deadline=None)
@given(text=text_strategy, lang=st.sampled_from(LANGS))
@example(text="half a half a one and a", lang=None)
@example(text="7 　万 十 百 千", lang=None)
@example(text="이사 이사회 일점", lang=None)
@example(text="万.0.0", lang=None)
@example(text="1,2,345万 ,5万 1.2.3万 ．５万", lang=None)
def test_never_raises_and_spans_are_well_formed(text: str, lang: str | None) -> None:
    _assert_well_formed(text, find_number_words(text, lang))


# ------------------------------------------------------------ English renderer
_EN_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
             "fourteen fifteen sixteen seventeen eighteen nineteen").split()
_EN_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def _en_below_1000(n: int, and_: bool) -> list[str]:
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        words += [_EN_UNITS[hundreds], "hundred"]
        if rest and and_:
            words.append("and")
    if rest >= 20:
        tens, unit = divmod(rest, 10)
        words.append(_EN_TENS[tens] + (f"-{_EN_UNITS[unit]}" if unit else ""))
    elif rest:
        words.append(_EN_UNITS[rest])
    return words


def render_en(n: int, and_: bool = False) -> str:
    if n == 0:
        return "zero"
    words: list[str] = []
    for scale, name in ((10**9, "billion"), (10**6, "million"), (10**3, "thousand"), (1, "")):
        chunk, n = divmod(n, scale)
        if chunk:
            words += _en_below_1000(chunk, and_)
            if name:
                words.append(name)
    return " ".join(words)


@settings(max_examples=500, deadline=None)
@given(n=st.integers(0, 999_999_999), and_=st.booleans(), upper=st.booleans())
@example(n=100, and_=False, upper=False)
@example(n=1_000_001, and_=True, upper=False)
@example(n=999_999_999, and_=True, upper=True)
def test_english_round_trip(n: int, and_: bool, upper: bool) -> None:
    text = render_en(n, and_)
    if upper:
        text = text.upper()
    assert find_number_words(f"pay {text} dollars") == [
        NumberSpan(4, 4 + len(text), Decimal(n), "word")
    ]


# ------------------------------------------------------------- German renderer
_DE_UNITS = ("null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn "
             "vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn").split()
_DE_TENS = "_ _ zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig".split()


def _de_below_1000(n: int) -> str:
    out = ""
    hundreds, rest = divmod(n, 100)
    if hundreds:
        out += ("ein" if hundreds == 1 else _DE_UNITS[hundreds]) + "hundert"
    if rest >= 20:
        tens, unit = divmod(rest, 10)
        if unit:
            out += ("ein" if unit == 1 else _DE_UNITS[unit]) + "und"
        out += _DE_TENS[tens]
    elif rest:
        out += _DE_UNITS[rest]
    return out


def render_de(n: int) -> str:
    if n == 0:
        return "null"
    millions, rest = divmod(n, 10**6)
    thousands, rest = divmod(rest, 1000)
    parts = []
    if millions:
        parts.append("eine Million" if millions == 1 else _de_below_1000(millions) + " Millionen")
    word = ""
    if thousands:
        word += ("ein" if thousands == 1 else _de_below_1000(thousands)) + "tausend"
    word += _de_below_1000(rest)
    if word:
        parts.append(word)
    return " ".join(parts)


@settings(max_examples=300, deadline=None)
@given(n=st.integers(0, 999_999_999))
@example(n=21)
@example(n=2500)
@example(n=1_000_000)
def test_german_round_trip(n: int) -> None:
    text = render_de(n)
    assert find_number_words(f"{text} Euro", "de") == [
        NumberSpan(0, len(text), Decimal(n), "word")
    ]


# ---------------------------------------------------------------- CJK renderer
_CJK_DIGITS = "〇一二三四五六七八九"


def _cjk_below_10000(n: int, digits: bool, zero: bool) -> str:
    """0 < n < 10000 in Han numerals; ``zero`` writes 零 for a skipped place (Chinese)."""
    if digits:
        return str(n)
    out = ""
    gap = False
    for value, char in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d, n = divmod(n, value)
        if d:
            if gap and out and zero:
                out += "零"
            out += ("" if d == 1 and char in ("百", "十") and not out else _CJK_DIGITS[d]) + char
            gap = False
        else:
            gap = True
    return out


def render_cjk(n: int, digits: bool, zero: bool) -> str:
    out = ""
    gap = False
    for value, char in ((10**8, "億"), (10**4, "万"), (1, "")):
        part, n = divmod(n, value)
        if part:
            if out and zero and (gap or part < 1000):
                out += "零"
            out += _cjk_below_10000(part, digits, zero) + char
            gap = False
        else:
            gap = True
    return out


@settings(max_examples=500, deadline=None)
@given(n=st.integers(1, 999_999_999_999), digits=st.booleans(), japanese=st.booleans())
@example(n=10_000, digits=False, japanese=False)
@example(n=10_002, digits=False, japanese=False)
@example(n=10_002, digits=False, japanese=True)
@example(n=12_000, digits=False, japanese=False)
@example(n=10_010, digits=False, japanese=False)
@example(n=1_097_000_000_000 // 10, digits=True, japanese=False)
@example(n=1005, digits=False, japanese=False)
def test_cjk_round_trip(n: int, digits: bool, japanese: bool) -> None:
    """Chinese style writes 零 for a skipped place; Japanese style does not."""
    text = render_cjk(n, digits, zero=not japanese and not digits)
    if digits and n < 10_000:
        return  # plain digits are not ours
    lang = "ja" if japanese else "zh"
    assert find_number_words(f"約{text}円", lang) == [
        NumberSpan(1, 1 + len(text), Decimal(n), "cjk")
    ]


# ------------------------------------------------------------ Spanish renderer
_ES_SMALL = ("cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce "
             "quince dieciséis diecisiete dieciocho diecinueve veinte veintiuno veintidós "
             "veintitrés veinticuatro veinticinco veintiséis veintisiete veintiocho "
             "veintinueve").split()
_ES_TENS = "_ _ _ treinta cuarenta cincuenta sesenta setenta ochenta noventa".split()
_ES_HUNDREDS = ("_ ciento doscientos trescientos cuatrocientos quinientos seiscientos "
                "setecientos ochocientos novecientos").split()


def _es_below_1000(n: int, before_scale: bool) -> list[str]:
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        words.append("cien" if n == 100 else _ES_HUNDREDS[hundreds])
    if rest >= 30:
        tens, unit = divmod(rest, 10)
        words.append(_ES_TENS[tens])
        if unit:
            words += ["y", _ES_SMALL[unit]]
    elif rest:
        words.append(_ES_SMALL[rest])
    if before_scale and words[-1] in ("uno", "veintiuno"):
        words[-1] = {"uno": "un", "veintiuno": "veintiún"}[words[-1]]
    return words


def render_es(n: int) -> str:
    if n == 0:
        return "cero"
    millions, rest = divmod(n, 10**6)
    thousands, rest = divmod(rest, 1000)
    words: list[str] = []
    if millions:
        words += ["un", "millón"] if millions == 1 else [*_es_below_1000(millions, True), "millones"]
    if thousands:
        words += ["mil"] if thousands == 1 else [*_es_below_1000(thousands, True), "mil"]
    if rest:
        words += _es_below_1000(rest, False)
    return " ".join(words)


@settings(max_examples=300, deadline=None)
@given(n=st.integers(0, 999_999_999))
@example(n=1)
@example(n=21_000)
@example(n=31_000_000)
@example(n=201_101)
def test_spanish_round_trip(n: int) -> None:
    text = render_es(n)
    kind = "article" if text == "uno" else "word"
    assert find_number_words(f"{text} euros", "es") == [
        NumberSpan(0, len(text), Decimal(n), kind)
    ]


# ------------------------------------------------------------- French renderer
_FR_SMALL = ("zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze "
             "quinze seize").split()
_FR_TENS = "_ _ vingt trente quarante cinquante soixante".split()


def _fr_below_100(n: int, final: bool) -> str:
    if n < 17:
        return _FR_SMALL[n]
    if n < 20:
        return f"dix-{_FR_SMALL[n - 10]}"
    tens, unit = divmod(n, 10)
    if tens == 7:
        return "soixante et onze" if n == 71 else f"soixante-{_fr_below_100(n - 60, final)}"
    if tens >= 8:
        rest = n - 80
        if rest == 0:
            return "quatre-vingts" if final else "quatre-vingt"
        return f"quatre-vingt-{_fr_below_100(rest, final)}"
    if unit == 0:
        return _FR_TENS[tens]
    return f"{_FR_TENS[tens]} et un" if unit == 1 else f"{_FR_TENS[tens]}-{_FR_SMALL[unit]}"


def _fr_below_1000(n: int, final: bool) -> str:
    hundreds, rest = divmod(n, 100)
    words = []
    if hundreds == 1:
        words.append("cent")
    elif hundreds:
        words.append(f"{_FR_SMALL[hundreds]} {'cents' if final and not rest else 'cent'}")
    if rest or not hundreds:
        words.append(_fr_below_100(rest, final))
    return " ".join(words)


def render_fr(n: int) -> str:
    if n == 0:
        return "zéro"
    millions, rest = divmod(n, 10**6)
    thousands, rest = divmod(rest, 1000)
    words: list[str] = []
    if millions:
        words.append("un million" if millions == 1 else f"{_fr_below_1000(millions, True)} millions")
    if thousands:
        words.append("mille" if thousands == 1 else f"{_fr_below_1000(thousands, False)} mille")
    if rest:
        words.append(_fr_below_1000(rest, True))
    return " ".join(words)


@settings(max_examples=300, deadline=None)
@given(n=st.integers(0, 999_999_999))
@example(n=1)
@example(n=71)
@example(n=80)
@example(n=97)
@example(n=200_000)
@example(n=280_080_091)
def test_french_round_trip(n: int) -> None:
    text = render_fr(n)
    kind = "article" if text == "un" else "word"
    assert find_number_words(f"{text} euros", "fr") == [
        NumberSpan(0, len(text), Decimal(n), kind)
    ]
