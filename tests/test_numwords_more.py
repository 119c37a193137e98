"""Number-word tables of more languages (finnorm/data/numwords/<lang>.toml).

Two tables of cases per language:

* ``WORDS``: (text, lang, expected) where expected lists (number text, value)
  in order -- ``find_number_words`` must report exactly those spans;
* ``MONEY``: (text, locale, expected [(amount, currency)]) for ``extract``.

A case that fails because of the reader rather than the table is kept with
``xfail(strict=True)`` and a reason, so that a fix is noticed.  The cases of a
language whose table is not in ``finnorm/data/numwords`` are skipped (Punjabi,
Bengali, Thai and Tamil tables wait for the claim words that every reader
language needs, see tests/test_check_vocab.py).
"""
from __future__ import annotations

from decimal import Decimal

import pytest

import finnorm
from finnorm.words import find_number_words, languages

Words = list[tuple[str, str]]


def _absent(lang: str) -> list[pytest.MarkDecorator]:
    if lang in languages():
        return []
    return [pytest.mark.skip(reason=f"no number-word table for {lang!r}")]


def _words(lang: str, rows: list[tuple[str, str, Words]]) -> list[object]:
    return [pytest.param(text, lang, exp, id=f"{lang}-{name}", marks=_absent(lang))
            for name, text, exp in rows]


def _money(locale: str, rows: list[tuple]) -> list[object]:
    out = []
    for row in rows:
        name, text, exp = row[:3]
        marks = [pytest.mark.xfail(strict=True, reason=row[3])] if len(row) > 3 else []
        marks += _absent(locale.split("_")[0])
        out.append(pytest.param(text, locale, exp, id=f"{locale}-{name}", marks=marks))
    return out


WORDS: list[object] = []
MONEY: list[object] = []

# ---------------------------------------------------------------- Czech
WORDS += _words("cs", [
    ("trillion", "tři biliony korun", [("tři biliony", "3000000000000")]),
    ("genitive", "více než tří set korun", [("tří set", "300")]),
    ("instrumental", "se třemi miliony", [("třemi miliony", "3000000")]),
    ("hundreds", "dvě stě padesát tisíc", [("dvě stě padesát tisíc", "250000")]),
    ("five-hundred", "pět set", [("pět set", "500")]),
    ("dvou", "dvou miliard", [("dvou miliard", "2000000000")]),
    ("inverted", "pětadvacet milionů", [("pětadvacet milionů", "25000000")]),
    ("and-a-half", "dva a půl milionu", [("dva a půl milionu", "2500000")]),
    ("half", "půl miliardy", [("půl miliardy", "500000000")]),
    ("big", "jeden milion dvě stě tisíc tři sta", [("jeden milion dvě stě tisíc tři sta",
                                                     "1200300")]),
    ("accusative", "stojí miliardu", [("miliardu", "1000000000")]),
    ("range-apart", "mezi pěti a padesáti", [("pěti", "5"), ("padesáti", "50")]),
    ("plural-alone", "miliony lidí", []),
    ("point", "tři celá pět miliardy", [("tři celá pět miliardy", "3500000000")]),
])
MONEY += _money("cs_CZ", [
    ("trillion", "tři biliony korun", [("3000000000000", "CZK")]),
    ("hundreds", "dvě stě padesát tisíc korun", [("250000", "CZK")]),
    ("half", "Stát zaplatí dva a půl milionu korun.", [("2500000", "CZK")]),
    ("five-hundred", "pět set korun", [("500", "CZK")]),
])

# ---------------------------------------------------------------- Polish
WORDS += _words("pl", [
    ("genitive-8", "ośmiu złotych", [("ośmiu", "8")]),
    ("twenty-five", "dwadzieścia pięć", [("dwadzieścia pięć", "25")]),
    ("dwie", "dwie złotówki", [("dwie", "2")]),
    ("dwoch", "dwóch milionów", [("dwóch milionów", "2000000")]),
    ("dwoma", "z dwoma milionami", [("dwoma milionami", "2000000")]),
    ("pieciu", "pięciu tysięcy", [("pięciu tysięcy", "5000")]),
    ("hundreds", "dwieście pięćdziesiąt tysięcy", [("dwieście pięćdziesiąt tysięcy", "250000")]),
    ("hundreds-genitive", "ośmiuset", [("ośmiuset", "800")]),
    ("trillion", "trzy biliony", [("trzy biliony", "3000000000000")]),
    ("one-and-a-half", "półtora miliona", [("półtora miliona", "1500000")]),
    ("and-a-half", "dwa i pół miliarda", [("dwa i pół miliarda", "2500000000")]),
    ("half", "pół miliona", [("pół miliona", "500000")]),
    ("plural-alone", "tysiące ludzi i miliony", []),
    ("list", "dwa i trzy", [("dwa", "2"), ("trzy", "3")]),
])
MONEY += _money("pl_PL", [
    ("genitive-8", "Kosztuje ośmiu złotych mniej.", [("8", "PLN")]),
    ("hundreds", "dwieście pięćdziesiąt tysięcy złotych", [("250000", "PLN")]),
    ("and-a-half", "dwa i pół miliona złotych", [("2500000", "PLN")]),
    ("trillion", "trzy biliony złotych", [("3000000000000", "PLN")]),
])

# ---------------------------------------------------------------- Slovak
WORDS += _words("sk", [
    ("compound-25", "dvadsaťpäť", [("dvadsaťpäť", "25")]),
    ("spaced-25", "dvadsať päť", [("dvadsať päť", "25")]),
    ("hundreds", "dvestopäťdesiat", [("dvestopäťdesiat", "250")]),
    ("thousands", "dvetisíc", [("dvetisíc", "2000")]),
    ("hundred-thousand", "stotisíc", [("stotisíc", "100000")]),
    ("genitive", "piatich miliónov", [("piatich miliónov", "5000000")]),
    ("trillion", "tri bilióny", [("tri bilióny", "3000000000000")]),
    ("and-a-half", "dva a pol milióna", [("dva a pol milióna", "2500000")]),
    ("half", "pol miliardy", [("pol miliardy", "500000000")]),
    ("prose", "dvere a pole", []),
    ("plural-alone", "milióny ľudí", []),
])
MONEY += _money("sk_SK", [
    ("compound", "dvadsaťpäť eur", [("25", "EUR")]),
    ("thousands", "Dostal dvetisíc eur.", [("2000", "EUR")]),
    ("millions", "päť miliónov eur", [("5000000", "EUR")]),
])

# ---------------------------------------------------------------- Finnish
WORDS += _words("fi", [
    ("compound-25", "kaksikymmentäviisi", [("kaksikymmentäviisi", "25")]),
    ("hundreds-tens", "kaksisataakaksikymmentäviisi", [("kaksisataakaksikymmentäviisi", "225")]),
    ("partitive-thousands", "kolmesataatuhatta", [("kolmesataatuhatta", "300000")]),
    ("partitive-million", "kaksi miljoonaa", [("kaksi miljoonaa", "2000000")]),
    ("genitive", "kahden miljoonan euron", [("kahden miljoonan", "2000000")]),
    ("adessive", "kolmella miljoonalla eurolla", [("kolmella miljoonalla", "3000000")]),
    ("elative", "viidestä miljardista", [("viidestä miljardista", "5000000000")]),
    ("teens", "yksitoista", [("yksitoista", "11")]),
    ("genitive-hundreds", "kahdensadan", [("kahdensadan", "200")]),
    ("trillion", "kolme biljoonaa", [("kolme biljoonaa", "3000000000000")]),
    ("one-and-a-half", "puolitoista miljardia", [("puolitoista miljardia", "1500000000")]),
    ("and-a-half", "kaksi ja puoli miljoonaa", [("kaksi ja puoli miljoonaa", "2500000")]),
    ("half", "puoli miljoonaa", [("puoli miljoonaa", "500000")]),
    ("rains", "Sataa vettä.", []),
    ("plural-alone", "miljoonaa euroa", []),
])
MONEY += _money("fi_FI", [
    ("compound", "kaksikymmentäviisi euroa", [("25", "EUR")]),
    ("partitive", "Hanke maksaa kaksi miljoonaa euroa.", [("2000000", "EUR")]),
    ("genitive", "kahden miljoonan euron sopimus", [("2000000", "EUR")]),
    ("and-a-half", "kaksi ja puoli miljardia euroa", [("2500000000", "EUR")]),
])

# ---------------------------------------------------------------- Hungarian
WORDS += _words("hu", [
    ("compound-25", "huszonöt", [("huszonöt", "25")]),
    ("hundreds", "kétszázötven", [("kétszázötven", "250")]),
    ("thousand-first", "ezerkétszáz", [("ezerkétszáz", "1200")]),
    ("hyphenated", "kétezer-ötszáz", [("kétezer-ötszáz", "2500")]),
    ("millions", "hárommillió-kétszázezer", [("hárommillió-kétszázezer", "3200000")]),
    ("trillion", "három billió", [("három billió", "3000000000000")]),
    ("and-a-half", "két és fél millió", [("két és fél millió", "2500000")]),
    ("one-and-a-half", "másfél milliárd", [("másfél milliárd", "1500000000")]),
    ("half", "fél milliárd", [("fél milliárd", "500000000")]),
    ("teen", "tizenöt", [("tizenöt", "15")]),
    ("hatvan-not-hat-van", "hatvan", [("hatvan", "60")]),
    ("accusative", "hárommilliót", [("hárommilliót", "3000000")]),
])
MONEY += _money("hu_HU", [
    ("compound", "huszonöt forint", [("25", "HUF")]),
    ("hyphenated", "kétezer-ötszáz forintba kerül", [("2500", "HUF")]),
    ("and-a-half", "két és fél millió forint", [("2500000", "HUF")]),
    ("verb-hat", "Ez hat a forint árfolyamára.", []),
])

# ---------------------------------------------------------------- Greek
WORDS += _words("el", [
    ("billion", "δύο δισεκατομμύρια", [("δύο δισεκατομμύρια", "2000000000")]),
    ("capitals", "ΔΥΟ ΕΚΑΤΟΜΜΥΡΙΑ", [("ΔΥΟ ΕΚΑΤΟΜΜΥΡΙΑ", "2000000")]),
    ("genitive", "τριών δισεκατομμυρίων", [("τριών δισεκατομμυρίων", "3000000000")]),
    ("hundreds", "διακόσια πενήντα", [("διακόσια πενήντα", "250")]),
    ("feminine", "διακόσιες πενήντα χιλιάδες", [("διακόσιες πενήντα χιλιάδες", "250000")]),
    ("two-and-a-half", "δυόμισι δισεκατομμύρια", [("δυόμισι δισεκατομμύρια", "2500000000")]),
    ("one-and-a-half", "ενάμισι εκατομμύριο", [("ενάμισι εκατομμύριο", "1500000")]),
    ("half", "μισό δισεκατομμύριο", [("μισό δισεκατομμύριο", "500000000")]),
    ("and-a-half", "δύο και μισό εκατομμύρια", [("δύο και μισό εκατομμύρια", "2500000")]),
    ("hundred-twenty", "εκατόν είκοσι", [("εκατόν είκοσι", "120")]),
    ("thousand", "χίλια", [("χίλια", "1000")]),
    ("trillion", "τρία τρισεκατομμύρια", [("τρία τρισεκατομμύρια", "3000000000000")]),
])
MONEY += _money("el_GR", [
    ("billion", "δύο δισεκατομμύρια ευρώ", [("2000000000", "EUR")]),
    ("hundreds", "διακόσια πενήντα ευρώ", [("250", "EUR")]),
    ("two-and-a-half", "Η επένδυση κοστίζει δυόμισι εκατομμύρια ευρώ.", [("2500000", "EUR")]),
])

# ---------------------------------------------------------------- Ukrainian
WORDS += _words("uk", [
    ("typographic-apostrophe", "п’ять мільйонів", [("п’ять мільйонів", "5000000")]),
    ("ascii-apostrophe", "дев'ятсот", [("дев'ятсот", "900")]),
    ("modifier-apostrophe", "пʼятдесят", [("пʼятдесят", "50")]),
    ("genitive", "двох тисяч", [("двох тисяч", "2000")]),
    ("hundreds", "двісті п'ятдесят тисяч", [("двісті п'ятдесят тисяч", "250000")]),
    ("one-and-a-half", "півтора мільярда", [("півтора мільярда", "1500000000")]),
    ("half", "пів мільйона", [("пів мільйона", "500000")]),
    ("and-a-half", "два з половиною мільйони", [("два з половиною мільйони", "2500000")]),
    ("trillion", "три трильйони", [("три трильйони", "3000000000000")]),
    ("accusative-thousand", "тисячу", [("тисячу", "1000")]),
    ("family-not-seven", "сім’я", []),
])
MONEY += _money("uk_UA", [
    ("millions", "п’ять мільйонів гривень", [("5000000", "UAH")]),
    ("genitive", "понад двох тисяч гривень", [("2000", "UAH")]),
    ("family", "Виплатили 500 гривень сім’ї загиблого.", [("500", "UAH")]),
])

# ---------------------------------------------------------------- Malay
WORDS += _words("ms", [
    ("tens", "dua puluh lima", [("dua puluh lima", "25")]),
    ("hundreds-tens", "dua ratus dua puluh lima", [("dua ratus dua puluh lima", "225")]),
    ("teens", "dua belas", [("dua belas", "12")]),
    ("se-thousand", "seribu", [("seribu", "1000")]),
    ("billion", "tiga bilion", [("tiga bilion", "3000000000")]),
    ("half", "setengah juta", [("setengah juta", "500000")]),
    ("and-a-half", "dua setengah juta", [("dua setengah juta", "2500000")]),
    ("point", "satu perpuluhan lima bilion", [("satu perpuluhan lima bilion", "1500000000")]),
    ("bound-alone", "juta-juta ringgit", []),
])
MONEY += _money("ms_MY", [
    ("sen", "lima sen", [("0.05", "MYR")]),
    ("billion", "tiga bilion ringgit", [("3000000000", "MYR")]),
    ("symbol-before", "RM lima juta", [("5000000", "MYR")]),
    ("hundreds-tens", "dua ratus dua puluh lima ringgit", [("225", "MYR")]),
])

# ---------------------------------------------------------------- Hindi
WORDS += _words("hi", [
    ("one-and-a-half-lakh", "डेढ़ लाख", [("डेढ़ लाख", "150000")]),
    ("precomposed-nukta", "डे\u095d करो\u095c", [("डे\u095d करो\u095c", "15000000")]),
    ("no-nukta", "डेढ करोड", [("डेढ करोड", "15000000")]),
    ("two-and-a-half-hundred", "ढाई सौ", [("ढाई सौ", "250")]),
    ("sadhe", "साढ़े तीन करोड़", [("साढ़े तीन करोड़", "35000000")]),
    ("sava-lakh", "सवा लाख", [("सवा लाख", "125000")]),
    ("paune", "पौने दो करोड़", [("पौने दो करोड़", "17500000")]),
    ("twenty-five-hundred", "पच्चीस सौ", [("पच्चीस सौ", "2500")]),
    ("lakh-crore", "एक लाख करोड़", [("एक लाख करोड़", "1000000000000")]),
    ("hundreds-crore", "तीन सौ पचास करोड़", [("तीन सौ पचास करोड़", "3500000000")]),
    ("99", "निन्यानवे", [("निन्यानवे", "99")]),
    ("arab-country", "सऊदी अरब", []),
    ("crores-of", "करोड़ों रुपये", []),
    ("inside-word", "समाचार एजेंसी और चारा", []),
])
MONEY += _money("hi_IN", [
    ("lakh", "डेढ़ लाख रुपये", [("150000", "INR")]),
    ("arab", "पाँच अरब डॉलर", [("5000000000", "USD")]),
    ("sadhe", "साढ़े तीन करोड़ रुपये का नुकसान", [("35000000", "INR")]),
    ("fodder", "कंपनी ने 500 रुपये चारा खरीदा", [("500", "INR")]),
])

# ---------------------------------------------------------------- Nepali
WORDS += _words("ne", [
    ("one-and-a-half-arba", "डेढ अर्ब", [("डेढ अर्ब", "1500000000")]),
    ("adhai-saya", "अढाई सय", [("अढाई सय", "250")]),
    ("sadhe", "साढे तीन करोड", [("साढे तीन करोड", "35000000")]),
    ("hundreds-crore", "तीन सय पचास करोड", [("तीन सय पचास करोड", "3500000000")]),
    ("two-lakh", "दुई लाख", [("दुई लाख", "200000")]),
    ("six-hundred", "छ सय", [("छ सय", "600")]),
    ("sadhe-chha", "साढे छ लाख", [("साढे छ लाख", "650000")]),
    ("copula", "मूल्य ५०० रुपैयाँ छ ।", []),
    ("crores-of", "करोडौं रुपैयाँ", []),
    ("verb-ending", "उनले पाएको", []),
])
MONEY += _money("ne_NP", [
    ("arba", "डेढ अर्ब रुपैयाँ", [("1500000000", "NPR")]),
    ("hundreds", "अढाई सय रुपैयाँ", [("250", "NPR")]),
    ("copula", "मूल्य ५०० रुपैयाँ छ ।", [("500", "NPR")]),
])

# ---------------------------------------------------------------- Punjabi
WORDS += _words("pa", [
    ("one-and-a-half-lakh", "ਡੇਢ ਲੱਖ", [("ਡੇਢ ਲੱਖ", "150000")]),
    ("two-and-a-half-hundred", "ਢਾਈ ਸੌ", [("ਢਾਈ ਸੌ", "250")]),
    ("sadhe", "ਸਾਢੇ ਤਿੰਨ ਕਰੋੜ", [("ਸਾਢੇ ਤਿੰਨ ਕਰੋੜ", "35000000")]),
    ("thousand-nukta", "ਪੰਜ ਹਜ਼ਾਰ", [("ਪੰਜ ਹਜ਼ਾਰ", "5000")]),
    ("thousand-precomposed", "ਪੰਜ ਹ\u0a5bਾਰ", [("ਪੰਜ ਹ\u0a5bਾਰ", "5000")]),
    ("twenty-one", "ਇੱਕੀ", [("ਇੱਕੀ", "21")]),
    ("arab", "ਦੋ ਅਰਬ", [("ਦੋ ਅਰਬ", "2000000000")]),
    ("lakhs-of", "ਲੱਖਾਂ ਰੁਪਏ", []),
    ("punjab", "ਪੰਜਾਬ ਸਰਕਾਰ", []),
    ("december", "5 ਦਸੰਬਰ", []),
])
MONEY += _money("pa_IN", [
    ("lakh", "ਡੇਢ ਲੱਖ ਰੁਪਏ", [("150000", "INR")]),
    ("crore", "ਸਾਢੇ ਤਿੰਨ ਕਰੋੜ ਰੁਪਏ", [("35000000", "INR")]),
    ("punjab", "ਕੇਂਦਰ ਨੇ 500 ਕਰੋੜ ਰੁਪਏ ਪੰਜਾਬ ਨੂੰ ਦਿੱਤੇ।", [("5000000000", "INR")]),
])

# ---------------------------------------------------------------- Icelandic
WORDS += _words("is", [
    ("og-25", "tuttugu og fimm", [("tuttugu og fimm", "25")]),
    ("hundreds", "tvö hundruð og fimmtíu milljónir",
     [("tvö hundruð og fimmtíu milljónir", "250000000")]),
    ("milliard", "þrír milljarðar", [("þrír milljarðar", "3000000000")]),
    ("genitive", "tveggja milljarða", [("tveggja milljarða", "2000000000")]),
    ("one-and-a-half", "einn og hálfur milljarður", [("einn og hálfur milljarður", "1500000000")]),
    ("half", "hálfur milljarður", [("hálfur milljarður", "500000000")]),
    ("range", "milli tuttugu og þrjátíu", [("tuttugu", "20"), ("þrjátíu", "30")]),
    ("thousand", "fimm þúsund", [("fimm þúsund", "5000")]),
    ("plural-alone", "milljónir manna", []),
])
MONEY += _money("is_IS", [
    ("og-25", "tuttugu og fimm krónur", [("25", "ISK")]),
    ("milliard", "Kostnaðurinn var þrír milljarðar króna.", [("3000000000", "ISK")]),
    ("half", "einn og hálfur milljarður króna", [("1500000000", "ISK")]),
])

# ---------------------------------------------------------------- Slovenian
WORDS += _words("sl", [
    ("inverted-25", "petindvajset", [("petindvajset", "25")]),
    ("inverted-genitive", "petindvajsetih", [("petindvajsetih", "25")]),
    ("hundreds", "dvesto petinpetdeset tisoč", [("dvesto petinpetdeset tisoč", "255000")]),
    ("dual", "dva milijona", [("dva milijona", "2000000")]),
    ("milliard", "tri milijarde", [("tri milijarde", "3000000000")]),
    ("genitive", "petih milijonov", [("petih milijonov", "5000000")]),
    ("and-a-half", "dva in pol milijona", [("dva in pol milijona", "2500000")]),
    ("half", "pol milijarde", [("pol milijarde", "500000000")]),
    ("spaced-and", "med pet in dvajset", [("pet", "5"), ("dvajset", "20")]),
])
MONEY += _money("sl_SI", [
    ("inverted-25", "petindvajset evrov", [("25", "EUR")]),
    ("milliard", "tri milijarde evrov", [("3000000000", "EUR")]),
    ("and-a-half", "Projekt stane dva in pol milijona evrov.", [("2500000", "EUR")]),
])

# ---------------------------------------------------------------- Serbian
WORDS += _words("sr", [
    ("latin-i-25", "dvadeset i pet", [("dvadeset i pet", "25")]),
    ("latin-hundreds", "dvesta pedeset hiljada", [("dvesta pedeset hiljada", "250000")]),
    ("latin-half", "pola milijarde", [("pola milijarde", "500000000")]),
    ("latin-accusative", "hiljadu", [("hiljadu", "1000")]),
    ("cyrillic-milliard", "три милијарде", [("три милијарде", "3000000000")]),
    ("cyrillic-and-a-half", "два и по милиона", [("два и по милиона", "2500000")]),
    ("cyrillic-thousands", "пет хиљада", [("пет хиљада", "5000")]),
    ("cyrillic-hundreds", "двеста", [("двеста", "200")]),
    ("ijekavian", "dvije milijarde", [("dvije milijarde", "2000000000")]),
    ("range", "između pet i deset", [("pet", "5"), ("deset", "10")]),
])
MONEY += _money("sr_Latn_RS", [
    ("latin-25", "dvadeset i pet dinara", [("25", "RSD")]),
    ("latin-thousands", "dvesta pedeset hiljada dinara", [("250000", "RSD")]),
])
MONEY += _money("sr_RS", [
    ("cyrillic-milliard", "три милијарде динара", [("3000000000", "RSD")]),
    ("cyrillic-and-a-half", "два и по милиона динара", [("2500000", "RSD")]),
])

# ---------------------------------------------------------------- Lithuanian
WORDS += _words("lt", [
    ("25", "dvidešimt penki", [("dvidešimt penki", "25")]),
    ("hundreds", "du šimtai penkiasdešimt tūkstančių", [("du šimtai penkiasdešimt tūkstančių",
                                                         "250000")]),
    ("milliard", "trys milijardai", [("trys milijardai", "3000000000")]),
    ("genitive", "penkių milijonų", [("penkių milijonų", "5000000")]),
    ("one-and-a-half", "pusantro milijono", [("pusantro milijono", "1500000")]),
    ("and-a-half", "du su puse milijono", [("du su puse milijono", "2500000")]),
    ("hundred-alone", "šimtas", [("šimtas", "100")]),
    ("plural-alone", "milijonai žmonių", []),
])
MONEY += _money("lt_LT", [
    ("25", "dvidešimt penki eurai", [("25", "EUR")]),
    ("milliard", "trys milijardai eurų", [("3000000000", "EUR")]),
    ("genitive", "Skirta penkių milijonų eurų.", [("5000000", "EUR")]),
])

# ---------------------------------------------------------------- Latvian
WORDS += _words("lv", [
    ("25", "divdesmit pieci", [("divdesmit pieci", "25")]),
    ("hundreds-apart", "divi simti piecdesmit tūkstoši", [("divi simti piecdesmit tūkstoši",
                                                          "250000")]),
    ("hundreds-one-word", "divsimt", [("divsimt", "200")]),
    ("milliard", "trīs miljardi", [("trīs miljardi", "3000000000")]),
    ("genitive", "desmit miljonu", [("desmit miljonu", "10000000")]),
    ("one-and-a-half", "pusotra miljona", [("pusotra miljona", "1500000")]),
    ("two-and-a-half", "divarpus miljoni", [("divarpus miljoni", "2500000")]),
    ("plural-alone", "miljoni cilvēku", []),
])
MONEY += _money("lv_LV", [
    ("25", "divdesmit pieci eiro", [("25", "EUR")]),
    ("milliard", "trīs miljardi eiro", [("3000000000", "EUR")]),
    ("hundreds", "divsimt eiro", [("200", "EUR")]),
])

# ---------------------------------------------------------------- Estonian
WORDS += _words("et", [
    ("25", "kakskümmend viis", [("kakskümmend viis", "25")]),
    ("compound", "kakssadakakskümmendviis", [("kakssadakakskümmendviis", "225")]),
    ("hundreds", "kakssada viiskümmend tuhat", [("kakssada viiskümmend tuhat", "250000")]),
    ("partitive", "kaks miljonit", [("kaks miljonit", "2000000")]),
    ("genitive", "kahe miljoni", [("kahe miljoni", "2000000")]),
    ("and-a-half", "kaks ja pool miljonit", [("kaks ja pool miljonit", "2500000")]),
    ("one-and-a-half", "poolteist miljardit", [("poolteist miljardit", "1500000000")]),
    ("six", "kuus miljonit", [("kuus miljonit", "6000000")]),
    ("month", "1500 eurot kuus", []),
])
MONEY += _money("et_EE", [
    ("partitive", "kaks miljonit eurot", [("2000000", "EUR")]),
    ("six", "kuus miljonit eurot", [("6000000", "EUR")]),
    ("month", "Palk on 1500 eurot kuus.", [("1500", "EUR")]),
    ("month-code", "Palk on 1500 EUR kuus.", [("1500", "EUR")]),
])

# ---------------------------------------------------------------- Persian
WORDS += _words("fa", [
    ("va-25", "بیست و پنج هزار", [("بیست و پنج هزار", "25000")]),
    ("hundreds", "دویست و پنجاه میلیون", [("دویست و پنجاه میلیون", "250000000")]),
    ("and-a-half", "سه و نیم میلیارد", [("سه و نیم میلیارد", "3500000000")]),
    ("half", "نیم میلیون", [("نیم میلیون", "500000")]),
    ("thousand-milliard", "هزار میلیارد", [("هزار میلیارد", "1000000000000")]),
    ("arabic-letters", "يك ميليون", [("يك ميليون", "1000000")]),
    ("thousands-and", "پنج هزار و پانصد", [("پنج هزار و پانصد", "5500")]),
    ("plural-zwnj", "میلیون\u200cها دلار", []),
    ("not-after-money", "500 دلار نه", []),
])
MONEY += _money("fa_IR", [
    ("dollars", "سه و نیم میلیارد دلار", [("3500000000", "USD")]),
    ("millions-of", "میلیون\u200cها دلار خرج شد", []),
    ("not", "قیمت 500 دلار نه", [("500", "USD")]),
])

# ---------------------------------------------------------------- Urdu
WORDS += _words("ur", [
    ("one-and-a-half-lakh", "ڈیڑھ لاکھ", [("ڈیڑھ لاکھ", "150000")]),
    ("two-and-a-half-hundred", "ڈھائی سو", [("ڈھائی سو", "250")]),
    ("sadhe", "ساڑھے تین کروڑ", [("ساڑھے تین کروڑ", "35000000")]),
    ("hundreds-crore", "تین سو پچاس کروڑ", [("تین سو پچاس کروڑ", "3500000000")]),
    ("25-thousand", "پچیس ہزار", [("پچیس ہزار", "25000")]),
    ("arab", "دو ارب", [("دو ارب", "2000000000")]),
    ("lakhs-of", "لاکھوں روپے", []),
    ("that-very", "اسی طرح", []),
])
MONEY += _money("ur_PK", [
    ("lakh", "ڈیڑھ لاکھ روپے", [("150000", "PKR")]),
    ("arab", "حکومت نے دو ارب روپے دیے", [("2000000000", "PKR")]),
    ("give", "مجھے سو روپے دو", [("100", "PKR")]),
])

# ---------------------------------------------------------------- Bengali
WORDS += _words("bn", [
    ("crore", "পাঁচ কোটি", [("পাঁচ কোটি", "50000000")]),
    ("one-and-a-half-lakh", "দেড় লাখ", [("দেড় লাখ", "150000")]),
    ("glued-hundreds", "আড়াইশো", [("আড়াইশো", "250")]),
    ("sare", "সাড়ে তিন কোটি", [("সাড়ে তিন কোটি", "35000000")]),
    ("25-thousand", "পঁচিশ হাজার", [("পঁচিশ হাজার", "25000")]),
    ("hundred-apart", "দুই শত", [("দুই শত", "200")]),
    ("two-hundred", "দুশো", [("দুশো", "200")]),
    ("is-not", "এটা টাকা নয়", []),
    ("crores-and-crores", "কোটি কোটি টাকা", []),
])
MONEY += _money("bn_BD", [
    ("crore", "পাঁচ কোটি টাকা", [("50000000", "BDT")]),
    ("sare", "সাড়ে তিন কোটি টাকা", [("35000000", "BDT")]),
    ("is-not", "এটা ৫০০ টাকা নয়", [("500", "BDT")]),
])

# ---------------------------------------------------------------- Thai
WORDS += _words("th", [
    ("millions", "สองล้านห้าแสน บาท", [("สองล้านห้าแสน", "2500000")]),
    ("hundreds", "สามร้อยยี่สิบเอ็ด", [("สามร้อยยี่สิบเอ็ด", "321")]),
    ("thousand-count-of-millions", "สองพันห้าร้อยล้าน", [("สองพันห้าร้อยล้าน", "2500000000")]),
    ("million-million", "สามล้านล้าน", [("สามล้านล้าน", "3000000000000")]),
    ("half", "ครึ่งล้าน", [("ครึ่งล้าน", "500000")]),
    ("teens", "สิบห้า", [("สิบห้า", "15")]),
    ("percent", "ร้อยละ 5", []),
    ("ten-thousand", "ห้าหมื่น", [("ห้าหมื่น", "50000")]),
])
MONEY += _money("th_TH", [
    ("spaced", "ห้าร้อย บาท", [("500", "THB")]),
    ("millions", "สองล้านห้าแสน บาท", [("2500000", "THB")]),
    ("glued", "ราคาห้าร้อยบาท", [("500", "THB")]),
])

# ---------------------------------------------------------------- Tamil
WORDS += _words("ta", [
    ("lakh", "ஐந்து லட்சம்", [("ஐந்து லட்சம்", "500000")]),
    ("combining-tens", "இருபத்து ஐந்து ஆயிரம்", [("இருபத்து ஐந்து ஆயிரம்", "25000")]),
    ("combining-hundreds", "நூற்று ஐம்பது கோடி", [("நூற்று ஐம்பது கோடி", "1500000000")]),
    ("lakh-and", "இரண்டு லட்சத்து ஐம்பது ஆயிரம்", [("இரண்டு லட்சத்து ஐம்பது ஆயிரம்",
                                                   "250000")]),
    ("one-crore", "ஒரு கோடி", [("ஒரு கோடி", "10000000")]),
    ("half", "அரை கோடி", [("அரை கோடி", "5000000")]),
    ("billion", "மூன்று பில்லியன்", [("மூன்று பில்லியன்", "3000000000")]),
    ("glued-thousand-crore", "பத்தாயிரம் கோடி", [("பத்தாயிரம் கோடி", "100000000000")]),
])
MONEY += _money("ta_IN", [
    ("lakh", "ஐந்து லட்சம் ரூபாய்", [("500000", "INR")]),
    ("crore", "நூற்று ஐம்பது கோடி ரூபாய்", [("1500000000", "INR")]),
    ("glued-thousand", "இரண்டாயிரம் ரூபாய்", [("2000", "INR")]),
    ("glued-thousand-and", "இரண்டாயிரத்து ஐந்நூறு ரூபாய்", [("2500", "INR")],
     "a number of thousands read as one word cannot take hundreds after it in the"
     " grammar (the number's slot after 2000 is 1..99)"),
])

WORDS += _words("mk", [
    ("units", "седум илјади", [("седум илјади", "7000")]),
    ("tens-and-units", "дваесет и пет", [("дваесет и пет", "25")]),
    ("milliard", "три милијарди", [("три милијарди", "3000000000")]),
])
MONEY += _money("mk_MK", [
    ("denars", "поскапе за четири денари", [("4", "MKD")]),
    ("milliard-alone", "добивка од милијарда денари", [("1000000000", "MKD")]),
])
WORDS += _words("sq", [
    ("tens-e-units", "tridhjetë e dy", [("tridhjetë e dy", "32")]),
    ("hundreds", "treqind mijë", [("treqind mijë", "300000")]),
])
MONEY += _money("sq_AL", [
    ("lek", "kushton shtatë lekë", [("7", "ALL")]),
    ("euro-millions", "dy milionë euro", [("2000000", "EUR")]),
])


@pytest.mark.parametrize(("text", "lang", "expected"), WORDS)
def test_number_words(text: str, lang: str, expected: Words) -> None:
    got = [(text[s.start:s.end], s.value) for s in find_number_words(text, lang)]
    assert got == [(w, Decimal(v)) for w, v in expected]
    for span in find_number_words(text, lang):  # exact values, not just numerically equal
        assert str(span.value) == str(Decimal(span.value)), span


@pytest.mark.parametrize(("text", "locale", "expected"), MONEY)
def test_extract_money(text: str, locale: str, expected: list[tuple[str, str]]) -> None:
    got = [(m.money.amount, m.money.currency) for m in finnorm.extract(text, locale=locale)]
    assert got == [(Decimal(a), c) for a, c in expected]
