"""finnorm.words: numbers written in words and in CJK/Hangul numerals.

Each case: (text, lang, expected) where expected lists (number text, value,
kind) in order; the span is checked by locating the number text in ``text``.
"""
from __future__ import annotations

import re
from decimal import Decimal

import pytest
from guards import best_cpu_time, hang_guard

from finnorm.words import NumberSpan, find_number_words, languages

Expected = list[tuple[str, str, str]]


def _check(text: str, lang: str | None, expected: Expected) -> None:
    got = find_number_words(text, lang)
    pos = 0
    want: list[NumberSpan] = []
    for words, value, kind in expected:
        if kind == "cjk":
            start = text.index(words, pos)
        else:  # whole words only: the "a" of "a man", not of "man"
            found = re.compile(rf"(?<![^\W\d_]){re.escape(words)}(?![^\W\d_])").search(text, pos)
            start = text.index(words, pos) if found is None else found.start()  # glued "و"
        pos = start + len(words)
        want.append(NumberSpan(start, pos, Decimal(value), kind))
    assert got == want
    for span in got:  # exact values, not just numerically equal
        assert str(span.value) == str(Decimal(span.value)), span
        assert span.value == span.value.to_integral_value() or "E" not in str(span.value)


def _cases(lang: str | None, rows: list[tuple[str, str, Expected]]) -> list[object]:
    return [pytest.param(text, lang, exp, id=f"{lang}-{name}") for name, text, exp in rows]


W, A, C = "word", "article", "cjk"

EN = _cases(None, [
    ("twenty-three", "twenty-three dollars", [("twenty-three", "23", W)]),
    ("twenty three", "twenty three", [("twenty three", "23", W)]),
    ("hundred-and", "one hundred and twenty-three", [("one hundred and twenty-three", "123", W)]),
    ("two-billion", "two billion dollars", [("two billion", "2000000000", W)]),
    ("a-hundred", "a hundred dollars", [("a hundred", "100", W)]),
    ("a-thousand", "a thousand euros", [("a thousand", "1000", W)]),
    ("half-a-billion", "half a billion yen", [("half a billion", "500000000", W)]),
    ("one-and-a-half-million", "one and a half million", [("one and a half million", "1500000", W)]),
    ("two-and-a-half", "two and a half dollars", [("two and a half", "2.5", W)]),
    ("half-million", "It costs half million usd.", [("half million", "500000", W)]),
    ("quarter-million", "a quarter million us dollars", [("a quarter million", "250000", W)]),
    ("three-quarters", "three quarters billion", [("three quarters billion", "750000000", W)]),
    ("four-quarters-coins", "four quarters", [("four", "4", W)]),
    ("point", "three point five million", [("three point five million", "3500000", W)]),
    ("point-digits", "one point two five", [("one point two five", "1.25", W)]),
    ("point-dangling", "one point of view", [("one", "1", W)]),
    ("fifteen-hundred", "fifteen hundred", [("fifteen hundred", "1500", W)]),
    ("big", "nine hundred ninety-nine million nine hundred ninety-nine thousand nine hundred"
     " ninety-nine", [("nine hundred ninety-nine million nine hundred ninety-nine thousand"
                       " nine hundred ninety-nine", "999999999", W)]),
    ("thousand-and-one", "a thousand and one nights", [("a thousand and one", "1001", W)]),
    ("hundred-thousand-million", "one hundred thousand million",
     [("one hundred thousand million", "100000000000", W)]),
    ("grand", "two grand", [("two grand", "2000", W)]),
    ("a-grand", "a grand", [("a grand", "1000", W)]),
    ("grand-adjective", "the grand total", []),
    ("lakh", "five lakhs rupees", [("five lakhs", "500000", W)]),
    ("crore", "four crore rupees", [("four crore", "40000000", W)]),
    ("case", "Twenty-Three Dollars", [("Twenty-Three", "23", W)]),
    ("upper", "ONE HUNDRED", [("ONE HUNDRED", "100", W)]),
    ("cents-split", "thirteen dollars and forty-five cents",
     [("thirteen", "13", W), ("forty-five", "45", W)]),
    ("range", "between ten and twenty dollars", [("ten", "10", W), ("twenty", "20", W)]),
    ("one-yen", "its one-yen bid", [("one", "1", W)]),
    ("zero", "zero dollars", [("zero", "0", W)]),
    ("article-a", "a dollar", [("a", "1", A)]),
    ("article-an", "an euro", [("an", "1", A)]),
    ("article-prose", "a man and a dog saw an owl",
     [("a", "1", A), ("a", "1", A), ("an", "1", A)]),
    ("article-before-number", "a twenty", [("a", "1", A), ("twenty", "20", W)]),
    ("half-a-day", "half a day", [("half a", "0.5", W)]),  # the fraction of one, not 1
    ("a-half", "a half", [("a", "1", A)]),
    ("neg-someone", "someone often Anyone tendon", []),
    ("neg-words", "Oneida tenth seventeenth alone bone", []),
    ("neg-glued-digit", "one2", []),
    ("newline-breaks", "twenty\n\nthree", [("twenty", "20", W), ("three", "3", W)]),
    ("ten-three", "ten three", [("ten", "10", W), ("three", "3", W)]),
    ("unit-unit", "one two", [("one", "1", W), ("two", "2", W)]),
    ("scale-repeat", "five thousand six thousand",
     [("five thousand", "5000", W), ("six thousand", "6000", W)]),
    ("hundred-repeat", "two hundred three hundred",
     [("two hundred", "200", W), ("three hundred", "300", W)]),
    ("million-and-a-half", "a million and a half", [("a million and a half", "1500000", W)]),
    ("quarter-of-a-million", "a quarter of a million", [("a quarter of a million", "250000", W)]),
    ("half-of-the", "half of the money", []),
    ("one-of-a-kind", "one of a kind", [("one", "1", W), ("a", "1", A)]),
    ("seventeen-seventy-six", "seventeen hundred and seventy-six",
     [("seventeen hundred and seventy-six", "1776", W)]),
    ("year-like", "nineteen eighty-four", [("nineteen", "19", W), ("eighty-four", "84", W)]),
    ("en-dash-is-a-range", "ten–twenty dollars", [("ten", "10", W), ("twenty", "20", W)]),
    ("lang-none-is-en", "zwei Euro", []),
])

DE = _cases("de", [
    ("sieben", "sieben Euro", [("sieben", "7", W)]),
    ("siebenhundert", "siebenhundert Euro", [("siebenhundert", "700", W)]),
    ("siebenhundert-hyphen", "siebenhundert-Euro", [("siebenhundert", "700", W)]),
    ("einundzwanzig", "einundzwanzig", [("einundzwanzig", "21", W)]),
    ("zweitausendfuenfhundert", "zweitausendfünfhundert", [("zweitausendfünfhundert", "2500", W)]),
    ("dreihundertfuenfzig", "dreihundertfünfzig", [("dreihundertfünfzig", "350", W)]),
    ("achtundsiebzig-millionen", "achtundsiebzig Millionen Dollar",
     [("achtundsiebzig Millionen", "78000000", W)]),
    ("fuenfundvierzig", "dreizehn Euro und fünfundvierzig Cent",
     [("dreizehn", "13", W), ("fünfundvierzig", "45", W)]),
    ("zweihundertdreiundzwanzig", "zweihundertdreiundzwanzig", [("zweihundertdreiundzwanzig", "223", W)]),
    ("milliarde", "zwei Milliarden Euro", [("zwei Milliarden", "2000000000", W)]),
    ("billion-long", "eine Billion", [("eine Billion", "1000000000000", W)]),
    ("eine-million", "eine Million", [("eine Million", "1000000", W)]),
    ("zweieinhalb", "zweieinhalb Millionen", [("zweieinhalb Millionen", "2500000", W)]),
    ("halbe-million", "eine halbe Million", [("eine halbe Million", "500000", W)]),
    ("anderthalb", "anderthalb Millionen", [("anderthalb Millionen", "1500000", W)]),
    ("eineinhalb", "eineinhalb Millionen", [("eineinhalb Millionen", "1500000", W)]),
    ("komma", "zwei Komma fünf Millionen", [("zwei Komma fünf Millionen", "2500000", W)]),
    ("zweihundertfuenfzigtausend", "Zweihundertfünfzigtausend",
     [("Zweihundertfünfzigtausend", "250000", W)]),
    ("hunderttausend", "hunderttausend", [("hunderttausend", "100000", W)]),
    ("neg-millionen-bare", "Millionen Euro", []),
    ("fuenfzehnhundert", "fünfzehnhundert", [("fünfzehnhundert", "1500", W)]),
    ("tausend", "tausend Euro", [("tausend", "1000", W)]),
    ("einen-article", "Hast du mal einen Euro für mich?", [("einen", "1", A)]),
    ("ein-hundert", "ein hundert", [("ein hundert", "100", W)]),
    ("case", "Zwei Euro", [("Zwei", "2", W)]),
    ("neg-words", "Achtung, einsam, Elfen, einzig, Hunderte, Tausende", []),
    ("neg-und", "und", []),
])

FR = _cases("fr", [
    ("dix", "dix dollars", [("dix", "10", W)]),
    ("quatre-vingt-dix", "quatre-vingt-dix euros", [("quatre-vingt-dix", "90", W)]),
    ("quatre-vingt-dix-sept", "quatre-vingt-dix-sept", [("quatre-vingt-dix-sept", "97", W)]),
    ("quatre-vingts", "quatre-vingts", [("quatre-vingts", "80", W)]),
    ("soixante-et-onze", "soixante et onze", [("soixante et onze", "71", W)]),
    ("soixante-dix", "soixante-dix", [("soixante-dix", "70", W)]),
    ("vingt-et-un", "vingt et un euros", [("vingt et un", "21", W)]),
    ("deux-cent-mille", "deux cent mille euros", [("deux cent mille", "200000", W)]),
    ("deux-cents", "deux cents euros", [("deux cents", "200", W)]),
    ("cents-coins", "treize euros et quarante-cinq cents",
     [("treize", "13", W), ("quarante-cinq", "45", W)]),
    ("un-million", "un million", [("un million", "1000000", W)]),
    ("trois-milliards", "trois milliards", [("trois milliards", "3000000000", W)]),
    ("mille", "mille euros", [("mille", "1000", W)]),
    ("billion-long", "un billion", [("un billion", "1000000000000", W)]),
    ("million-et-demi", "deux millions et demi", [("deux millions et demi", "2500000", W)]),
    ("cinq-millions", "cinq millions de yens", [("cinq millions", "5000000", W)]),
    ("article", "une yen", [("une", "1", A)]),
    ("neg-millions-bare", "des millions de dollars", []),
])

ES = _cases("es", [
    ("veintitres", "veintitrés euros", [("veintitrés", "23", W)]),
    ("veintitres-no-accent", "veintitres", [("veintitres", "23", W)]),
    ("doscientos", "doscientos", [("doscientos", "200", W)]),
    ("mil", "mil", [("mil", "1000", W)]),
    ("un-millon", "un millón", [("un millón", "1000000", W)]),
    ("mil-millones", "mil millones", [("mil millones", "1000000000", W)]),
    ("un-mil-millones", "un mil millones de dólares", [("un mil millones", "1000000000", W)]),
    ("dos-mil-millones", "dos mil millones", [("dos mil millones", "2000000000", W)]),
    ("mil-doscientos-millones", "mil doscientos millones", [("mil doscientos millones", "1200000000", W)]),
    ("billon", "un billón", [("un billón", "1000000000000", W)]),
    ("cuarenta-y-cinco", "trece euros y cuarenta y cinco céntimos",
     [("trece", "13", W), ("cuarenta y cinco", "45", W)]),
    ("treinta-y-un", "treinta y un", [("treinta y un", "31", W)]),
    ("ciento-veinte", "ciento veinte", [("ciento veinte", "120", W)]),
    ("cien-mil", "cien mil", [("cien mil", "100000", W)]),
    ("millon-y-medio", "un millón y medio", [("un millón y medio", "1500000", W)]),
    ("medio-millon", "medio millón", [("medio millón", "500000", W)]),
    ("article", "un yen", [("un", "1", A)]),
    ("neg-range", "entre diez y veinte", [("diez", "10", W), ("veinte", "20", W)]),
])

PT = _cases("pt", [
    ("vinte-e-tres", "vinte e três", [("vinte e três", "23", W)]),
    ("duzentos", "duzentos reais", [("duzentos", "200", W)]),
    ("mil", "três mil dólares", [("três mil", "3000", W)]),
    ("um-milhao", "um milhão", [("um milhão", "1000000", W)]),
    ("dois-bilhoes", "dois bilhões", [("dois bilhões", "2000000000", W)]),
    ("mil-milhoes", "mil milhões", [("mil milhões", "1000000000", W)]),
    ("biliao-pt", "um bilião", [("um bilião", "1000000000000", W)]),
    ("cento-e-vinte-e-tres", "cento e vinte e três", [("cento e vinte e três", "123", W)]),
    ("mil-e-quinhentos", "mil e quinhentos", [("mil e quinhentos", "1500", W)]),
    ("locale-pt-BR", "um bilhão de dólares", [("um bilhão", "1000000000", W)]),
    ("article", "um yen", [("um", "1", A)]),
])

IT = _cases("it", [
    ("ventitre", "ventitré", [("ventitré", "23", W)]),
    ("duecento", "duecento", [("duecento", "200", W)]),
    ("mille", "mille euro", [("mille", "1000", W)]),
    ("duemila", "duemila", [("duemila", "2000", W)]),
    ("un-milione", "un milione", [("un milione", "1000000", W)]),
    ("due-miliardi", "due miliardi", [("due miliardi", "2000000000", W)]),
    ("centoventi", "centoventi", [("centoventi", "120", W)]),
    ("ventuno", "ventuno", [("ventuno", "21", W)]),
    ("tremilacinquecento", "tremilacinquecento", [("tremilacinquecento", "3500", W)]),
    ("duemilatrecentoquarantacinque", "duemilatrecentoquarantacinque",
     [("duemilatrecentoquarantacinque", "2345", W)]),
    ("virgola", "due virgola cinque milioni", [("due virgola cinque milioni", "2500000", W)]),
    ("quarantacinque", "tredici euro e quarantacinque cent",
     [("tredici", "13", W), ("quarantacinque", "45", W)]),
    ("cinque-milioni", "cinque milioni di yen", [("cinque milioni", "5000000", W)]),
    ("mezzo-milione", "mezzo milione", [("mezzo milione", "500000", W)]),
    ("article", "uno yen", [("uno", "1", A)]),
    ("neg-words", "novembre ottobre centrale trecce", []),
])

NL = _cases("nl", [
    ("drieentwintig", "drieëntwintig", [("drieëntwintig", "23", W)]),
    ("eenentwintig", "eenentwintig", [("eenentwintig", "21", W)]),
    ("tweehonderd", "tweehonderd", [("tweehonderd", "200", W)]),
    ("duizend", "duizend euro", [("duizend", "1000", W)]),
    ("een-miljoen", "een miljoen", [("een miljoen", "1000000", W)]),
    ("miljard", "twee miljard", [("twee miljard", "2000000000", W)]),
    ("twee-en-veertig", "ongeveer twee-en-veertig bucks", [("twee-en-veertig", "42", W)]),
    ("vijfenveertig", "dertien euro en vijfenveertig cent",
     [("dertien", "13", W), ("vijfenveertig", "45", W)]),
    ("article", "een euro", [("een", "1", A)]),
    ("vijfentwintigduizend", "vijfentwintigduizend", [("vijfentwintigduizend", "25000", W)]),
    ("tweeduizendvijfhonderd", "tweeduizendvijfhonderd", [("tweeduizendvijfhonderd", "2500", W)]),
    ("tweeenhalf", "tweeënhalf miljoen", [("tweeënhalf miljoen", "2500000", W)]),
    ("neg-words", "tienen eenheid zevende", []),
])

# The wider languages: basic forms, the words the duckling corpora use.
MORE = [
    *_cases("nb", [
        ("ti", "ti kroner", [("ti", "10", W)]),
        ("tjuefem", "tjuefem", [("tjuefem", "25", W)]),
        ("tohundre", "tohundre og tjue", [("tohundre og tjue", "220", W)]),
        ("million", "en million", [("en million", "1000000", W)]),
        ("article", "en krone", [("en", "1", A)]),
        ("neg-words", "tiden totalt femte entusiast", []),
    ]),
    *_cases("sv", [
        ("tio", "tio kronor", [("tio", "10", W)]),
        ("tjugofem", "tjugofem", [("tjugofem", "25", W)]),
        ("tvahundra", "tvåhundra", [("tvåhundra", "200", W)]),
        ("miljarder", "tre miljarder", [("tre miljarder", "3000000000", W)]),
    ]),
    *_cases("ru", [
        ("odin", "один рубль", [("один", "1", W)]),
        ("tysyach", "двадцать пять тысяч", [("двадцать пять тысяч", "25000", W)]),
        ("poltora", "полтора миллиона", [("полтора миллиона", "1500000", W)]),
        ("sorok-dva", "1 доллар и сорок два цента", [("сорок два", "42", W)]),
        ("genitive", "более двух тысяч рублей", [("двух тысяч", "2000", W)]),
    ]),
    *_cases("bg", [
        ("petnadeset", "петнадесет лева", [("петнадесет", "15", W)]),
        ("dvadeset-i-pet", "двадесет и пет", [("двадесет и пет", "25", W)]),
    ]),
    *_cases("ro", [
        ("douazeci-si-trei", "douăzeci și trei de cenți", [("douăzeci și trei", "23", W)]),
        ("o-suta", "o sută", [("o sută", "100", W)]),
        ("doua-sute", "două sute", [("două sute", "200", W)]),
        ("article", "un dolar", [("un", "1", A)]),
        ("de-mii", "douăzeci de mii", [("douăzeci de mii", "20000", W)]),
        ("de-before-noun", "douăzeci și trei de cenți", [("douăzeci și trei", "23", W)]),
    ]),
    *_cases("hr", [
        ("dvije-stotine", "dvije stotine kuna", [("dvije stotine", "200", W)]),
        ("dvjesto", "dvjesto kuna", [("dvjesto", "200", W)]),
        ("cetrdeset-dva", "četrdeset dva centa", [("četrdeset dva", "42", W)]),
    ]),
    *_cases("id", [
        ("dua-puluh", "dua puluh Euro", [("dua puluh", "20", W)]),
        ("dua-belas", "dua belas", [("dua belas", "12", W)]),
        ("lima-puluh-ribu", "lima puluh ribu", [("lima puluh ribu", "50000", W)]),
    ]),
    *_cases("vi", [
        ("bay-ngan", "dưới bảy ngàn đồng", [("bảy ngàn", "7000", W)]),
        ("hai-muoi-mot", "hai mươi mốt", [("hai mươi mốt", "21", W)]),
        ("muoi-lam", "mười lăm", [("mười lăm", "15", W)]),
        ("mot-tram-linh-nam", "một trăm linh năm", [("một trăm linh năm", "105", W)]),
        ("hai-muoi-tu", "hai mươi tư nghìn", [("hai mươi tư nghìn", "24000", W)]),
        ("dau-tu-is-no-four", "đầu tư đến 400", []),
    ]),
    *_cases("tr", [
        ("on-bin", "on bin lira", [("on bin", "10000", W)]),
        ("yirmi-bes", "yirmi beş kuruş", [("yirmi beş", "25", W)]),
        ("yirmibes", "yirmibeş", [("yirmibeş", "25", W)]),
        ("bir-bucuk", "bir buçuk milyon", [("bir buçuk milyon", "1500000", W)]),
        ("article", "bir lira", [("bir", "1", A)]),
        ("neg-words", "onlar birlik", []),
    ]),
    *_cases("ca", [
        ("vint-i-u", "vint-i-u", [("vint-i-u", "21", W)]),
        ("dos-cents", "dos-cents", [("dos-cents", "200", W)]),
        ("article", "una lliura", [("una", "1", A)]),
    ]),
    *_cases("ga", [("deich", "deich dollair", [("deich", "10", W)])]),
    *_cases("he", [
        ("eser-elef", "עשר אלף שקל", [("עשר אלף", "10000", W)]),
        ("esrim-vechamesh", "עשרים וחמש", [("עשרים וחמש", "25", W)]),
        ("teen", "שלושה עשר שקל", [("שלושה עשר", "13", W)]),
    ]),
    *_cases("ar", [
        ("wahid-wa-ishrun", "واحد وعشرون", [("واحد وعشرون", "21", W)]),
        ("range-glued-wa", "ما بين عشرة وعشرون دولار", [("عشرة", "10", W), ("عشرون", "20", W)]),
    ]),
    *_cases("ka", [
        ("ati", "ათი დოლარი", [("ათი", "10", W)]),
        ("otsdaerti", "ოცდაერთი დოლარი", [("ოცდაერთი", "21", W)]),
        ("otkhmotsdatskhrameti", "ოთხმოცდაცხრამეტი", [("ოთხმოცდაცხრამეტი", "99", W)]),
        ("oras-ormotsdaati", "ორას ორმოცდაათი", [("ორას ორმოცდაათი", "250", W)]),
        ("ori-atasi", "ორი ათასი", [("ორი ათასი", "2000", W)]),
    ]),
    *_cases("mn", [
        ("arvan", "арван доллар", [("арван", "10", W)]),
        ("arvan-neg", "арван нэг", [("арван нэг", "11", W)]),
    ]),
]

# A scale word after digits belongs to the digit reader ("10 million").
AFTER_DIGITS = [
    *_cases(None, [
        ("digits-million", "10 million dollars", []),
        ("digits-hyphen-million", "$5-million deal", []),
        ("digits-thousand-million", "5 thousand million", []),
        ("digits-then-words", "5 thousand two hundred", [("two hundred", "200", W)]),
    ]),
    *_cases("de", [("digits-millionen", "2,5 Millionen Euro", [])]),
]

CJK = _cases(None, [
    ("cho-oku", "1兆970億円", [("1兆970億", "1097000000000", C)]),
    ("decimal-oku", "670.9億円", [("670.9億", "67090000000", C)]),
    ("sen", "3千", [("3千", "3000", C)]),
    ("man", "5000万", [("5000万", "50000000", C)]),
    ("man-sen", "1万2千", [("1万2千", "12000", C)]),
    ("nanahyaku", "七百", [("七百", "700", C)]),
    ("ichiman-oku", "一万億円", [("一万億", "1000000000000", C)]),
    ("spaces", "7  万円", [("7  万", "70000", C)]),
    ("spaces-only-after-digits", "七 万", [("七", "7", C), ("万", "10000", C)]),
    ("juugo", "十五", [("十五", "15", C)]),
    ("liangqian", "两千", [("两千", "2000", C)]),
    ("financial", "壹佰贰拾叁", [("壹佰贰拾叁", "123", C)]),
    ("zero-inside", "一千零五", [("一千零五", "1005", C)]),
    ("big-japanese", "四十九兆九千五百九十二億円", [("四十九兆九千五百九十二億", "49959200000000", C)]),
    ("sen-nihyaku-oku", "千二百億ドル", [("千二百億", "120000000000", C)]),
    ("fullwidth", "１２３万", [("１２３万", "1230000", C)]),
    ("comma", "6,709億円", [("6,709億", "670900000000", C)]),
    ("point", "三点五亿", [("三点五亿", "350000000", C)]),
    ("year", "二〇二四年", [("二〇二四", "2024", C)]),
    ("digits-only-not-ours", "27,350,000円", []),
    # the "A" of "A$" is the sign's letter, no article
    ("mixed-text", "損失は6709億円（A$71億）", [("6709億", "670900000000", C), ("71億", "7100000000", C)]),
    ("ichi-alone", "一般", [("一", "1", C)]),
    ("yi-meiyuan", "一美元", [("一", "1", C)]),
    ("any-lang", "七万円", [("七万", "70000", C)]),
])
CJK += [pytest.param("七万円 and two", "de", [("七万", "70000", C)], id="de-cjk-always")]
CJK += _cases("zh", [
    ("colloquial-wan", "一万二", [("一万二", "12000", C)]),
    ("colloquial-qian", "三千五百块", [("三千五百", "3500", C)]),
    ("colloquial-qian-short", "三千五", [("三千五", "3500", C)]),
    ("colloquial-bai", "两百五", [("两百五", "250", C)]),
    ("colloquial-yi", "一亿五", [("一亿五", "150000000", C)]),
    ("ling-filler", "一万零二", [("一万零二", "10002", C)]),
    ("ling-shi", "一万零十", [("一万零十", "10010", C)]),
    ("ascii-digit-is-literal", "1万5", [("1万5", "10005", C)]),
])
CJK += _cases("ja", [("no-colloquial-in-japanese", "一万二円", [("一万二", "10002", C)])])

KO = _cases(None, [
    ("jo-eok", "3조5000억", [("3조5000억", "3500000000000", C)]),
    ("man-alone", "만원", [("만", "10000", C)]),
    ("sip", "십달러", [("십", "10", C)]),
    ("isip", "이십유로", [("이십", "20", C)]),
    ("cheon", "천원", [("천", "1000", C)]),
    ("cheon-space", "천 원", [("천", "1000", C)]),
    ("long", "이천칠백삼십오만원", [("이천칠백삼십오만", "27350000", C)]),
    ("point", "일점이삼달러", [("일점이삼", "1.23", C)]),
    ("after-unit", "이달러이십삼센트", [("이", "2", C), ("이십삼", "23", C)]),
    ("gu-pound", "구파운드", [("구", "9", C)]),
    ("ocheon-isang", "오천원 이상", [("오천", "5000", C)]),
    ("spaced", "3억 5천만 원", [("3억 5천만", "350000000", C)]),
    ("spaced-small", "1억 2천원", [("1억 2천", "100002000", C)]),
    ("spaced-chain", "1조 2천억 3천만 원", [("1조 2천억 3천만", "1200030000000", C)]),
    ("spaced-not-a-continuation", "3억 5명", [("3억", "300000000", C)]),
    ("spaced-then-word", "3억 이상", [("3억", "300000000", C)]),
    ("neg-board", "이사회", []),
    ("neg-samsung", "삼성전자", []),
    ("neg-glued-left", "우리만", []),
    ("neg-lone-syllable", "이 사람", []),
    ("neg-japan", "일본", []),
])


@pytest.mark.parametrize(("text", "lang", "expected"), EN + DE + FR + ES + PT + IT + NL + MORE + AFTER_DIGITS + CJK + KO,
)
def test_find_number_words(text: str, lang: str | None, expected: Expected) -> None:
    _check(text, lang, expected)


@pytest.mark.parametrize("lang", ["pt_BR", "pt-PT", "en_AU", "de_CH", "EN"])
def test_locale_ids_use_language_part(lang: str) -> None:
    text = {"pt": "dois mil", "en": "two thousand", "de": "zweitausend"}[lang[:2].lower()]
    assert find_number_words(text, lang) == [NumberSpan(0, len(text), Decimal(2000), "word")]


def test_unknown_language_reads_only_cjk() -> None:
    assert find_number_words("two 三千", "xx") == [NumberSpan(4, 6, Decimal(3000), "cjk")]


def test_languages_listed() -> None:
    assert {"en", "de", "fr", "es", "pt", "it", "nl"} <= set(languages())
    assert "cjk" not in languages()


def test_exact_under_low_precision_context() -> None:
    import decimal

    with decimal.localcontext(decimal.Context(prec=3)):
        (span,) = find_number_words("nine hundred ninety-nine million one")
    assert span.value == Decimal(999000001)


def test_value_is_decimal_not_float() -> None:
    for span in find_number_words("half a billion and 1.5万 and 일점이삼"):
        assert type(span.value) is Decimal


def test_dotted_i_keeps_offsets() -> None:
    text = "İstanbul: twenty-three"
    (span,) = find_number_words(text)
    assert text[span.start:span.end] == "twenty-three"
    text = "İSTANBUL: İKİ BİN LİRA"  # Turkish capitals read too
    (span,) = find_number_words(text, "tr")
    assert (text[span.start:span.end], span.value) == ("İKİ BİN", Decimal(2000))


HOSTILE_WORDS = {
    "a a a": lambda n: "a " * (n // 2),
    "one-one-": lambda n: "one-" * (n // 4),
    "half a half a": lambda n: "half a " * (n // 7),
    "万万万": lambda n: "万" * n,
    "digits then 万": lambda n: "1" * n + "万",
    "one, blanks, two": lambda n: "one" + " " * n + "two",
}


@pytest.mark.parametrize("name", list(HOSTILE_WORDS))
def test_hostile_input_is_linear(name: str) -> None:
    """A hang guard and a growth guard (CPU time, wide slack; not a benchmark).

    8x the input must not cost 32x the time: linear code gives near 8, quadratic near 64.
    """
    make = HOSTILE_WORDS[name]
    small, large = make(12_500), make(100_000)
    with hang_guard(30):
        find_number_words(small)  # warm the compiled tables
        t_small = max(best_cpu_time(find_number_words, small, 3), 0.002)  # tiny times are noise
        t_large = best_cpu_time(find_number_words, large, 2)
    assert t_large / t_small < 32, f"{name}: {t_large:.3f} s for 100k vs {t_small:.3f} s for 12.5k"


# Known gaps: xfail(strict=True) so that an accidental fix is noticed.
GAPS = [
    ("kana numerals", "にせんにひゃくごじゅうろく ドル", "ja", [("にせんにひゃくごじゅうろく", "2256", W)]),
    ("English 'dozen'", "a dozen eggs", None, [("a dozen", "12", W)]),
]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [pytest.param(t, lang, exp, id=name, marks=pytest.mark.xfail(strict=True))
     for name, t, lang, exp in GAPS],
)
def test_known_gaps(text: str, lang: str | None, expected: Expected) -> None:
    _check(text, lang, expected)


@pytest.mark.parametrize("code", languages())
def test_every_table_compiles_and_reads_its_own_words(code: str) -> None:
    """Each single-word key of a table reads back as one span (or is a helper word)."""
    import tomllib
    from importlib import resources

    path = resources.files("finnorm").joinpath("data", "numwords", f"{code}.toml")
    table = tomllib.loads(path.read_text(encoding="utf-8"))
    for key, value in table.get("numbers", {}).items():
        assert key == key.lower(), key
        spans = find_number_words(f"« {key} »", code)
        assert [(s.start, s.end, s.value) for s in spans] == [(2, 2 + len(key), Decimal(str(value)))]
    for key, power in table.get("scales", {}).items():
        spans = find_number_words(key, code)
        assert [s.value for s in spans] == [Decimal(10) ** power], key
    for key in table.get("bound_numbers", {}):  # a unit said only after a ten starts none
        assert find_number_words(f"« {key} »", code) == [], key


def test_unknown_table_keys_are_rejected() -> None:
    from finnorm.words import _Lang

    with pytest.raises(ValueError, match="unknown keys"):
        _Lang("xx", {"numbres": {"one": 1}})


def test_pending_fraction_only_on_request() -> None:
    assert find_number_words("eine halbe Mio. Euro", "de") == [NumberSpan(0, 4, Decimal(1), "article")]
    got = find_number_words("eine halbe Mio. Euro", "de", pending_fractions=True)
    assert got == [NumberSpan(0, 10, Decimal("0.5"), "fraction")]
    assert find_number_words("four quarters", None, pending_fractions=True)[0].kind != "fraction"
