"""Amounts as CLDR itself writes them, read back, in every locale babel ships.

For each locale with a territory currency, babel formats an amount with the
currency symbol, with the currency's display name, in CLDR's short compact form
("5,3 M €") and in its long form ("5,3 millions d'euros"); finnorm must read the
amount and the currency back. This is the "a new language is a table" promise
measured over all 323 languages at once: none of them has code of its own.

The cases finnorm does not read yet are listed below with their reason; a listed
case that starts to pass must leave the list (the test says so).
"""
from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import babel
import babel.numbers as bn
import pytest
from babel import Locale

import finnorm

# (locale, form) -> why it is not read yet
KNOWN: dict[tuple[str, str], str] = {
    **{(loc, "symbol"): "Arabic comma as the group mark before an Arabic decimal mark"
       for loc in ("bgn_AE", "bgn_AF", "bgn_IR", "bgn_OM", "bgn_PK")},
    ("bgn_OM", "name"): "Balochi name not in CLDR for this currency",
    **{(loc, "symbol"): "Adlam digits grouped by U+2E41" for loc in (
        "ff_Adlm_BF", "ff_Adlm_CM", "ff_Adlm_GH", "ff_Adlm_GM", "ff_Adlm_GN", "ff_Adlm_GW",
        "ff_Adlm_LR", "ff_Adlm_MR", "ff_Adlm_NE", "ff_Adlm_NG", "ff_Adlm_SL", "ff_Adlm_SN")},
    ("en_SL", "symbol"): "'Le' (leone) is dropped as a word of other languages",
    ("en_SL", "compact"): "'Le' (leone) is dropped as a word of other languages",
    ("ff_Latn_SL", "symbol"): "'Le' (leone) is dropped as a word of other languages",
    ("ff_Latn_SL", "compact"): "'Le' (leone) is dropped as a word of other languages",
    ("kea_CV", "symbol"): "CLDR writes the escudo's symbol as a zero-width space",
    ("kea_CV", "compact"): "CLDR writes the escudo's symbol as a zero-width space",
    ("pt_CV", "symbol"): "CLDR writes the escudo's symbol as a zero-width space",
    ("pt_CV", "compact"): "CLDR writes the escudo's symbol as a zero-width space",
    ("bew_ID", "compact"): "Betawi 'M': a million in its short form, a milliard in CLDR's table",
    **{(loc, kind): "Tibetan script names and scales (tsheg-separated syllables)"
       for loc in ("bo_CN", "bo_IN", "dz_BT") for kind in ("name", "long")},
    ("en_TT", "name"): "'Trinidad & Tobago dollars': an ampersand inside the name",
    ("en_TT", "long"): "'Trinidad & Tobago dollars': an ampersand inside the name",
    ("si_LK", "long"): "the name glued to the figure",
    **{(loc, kind): "names with ’ inside the words ('Ango’otol lok’ Kenya')"
       for loc in ("teo_KE", "teo_UG") for kind in ("name", "long")},
    **{(loc, "long"): "babel writes 5.3 million as 'milioni 53' here"
       for loc in ("sw_CD", "sw_TZ", "sw_UG")},
    **{(loc, "long"): "CLDR's Nepali long form puts 'करोड' (10^7) at 10^6"
       for loc in ("ne_IN", "ne_NP")},
}


def _forms(loc: Locale, cur: str) -> list[tuple[str, Callable[[], str], Decimal]]:
    return [
        ("symbol", lambda: bn.format_currency(Decimal("1234"), cur, locale=loc), Decimal("1234")),
        ("name", lambda: bn.format_currency(Decimal("25"), cur, locale=loc, format_type="name"),
         Decimal("25")),
        ("compact", lambda: bn.format_compact_currency(Decimal("5300000"), cur, locale=loc,
                                                       fraction_digits=1), Decimal("5300000")),
        ("long", lambda: bn.format_compact_decimal(Decimal("5300000"), format_type="long",
                                                   locale=loc, fraction_digits=1)
         + " " + bn.get_currency_name(cur, count=5300000, locale=loc), Decimal("5300000")),
    ]


def _cases() -> dict[str, list[tuple[str, str, str, Decimal, str]]]:
    """language -> [(locale, form, text, amount, currency)]"""
    out: dict[str, list[tuple[str, str, str, Decimal, str]]] = {}
    for ident in sorted(babel.localedata.locale_identifiers()):
        try:
            loc = Locale.parse(ident)
        except (ValueError, babel.UnknownLocaleError):
            continue
        if not loc.territory:
            continue
        currencies = bn.get_territory_currencies(loc.territory, tender=True)
        if not currencies:
            continue
        cur = currencies[0]
        for form, make, amount in _forms(loc, cur):
            try:
                text = make()
            except (KeyError, ValueError, babel.UnknownLocaleError):
                continue  # no such pattern in this locale
            out.setdefault(loc.language, []).append((ident, form, text, amount, cur))
    return out


CASES = _cases()


@pytest.mark.parametrize("lang", sorted(CASES))
def test_cldr_written_amounts_read_back(lang: str) -> None:
    missed, fixed = [], []
    for ident, form, text, amount, cur in CASES[lang]:
        got = [(m.money.amount, m.money.currency) for m in finnorm.extract(text, locale=ident)]
        ok = (amount, cur) in got
        if not ok and (ident, form) not in KNOWN:
            missed.append((ident, form, text, got))
        if ok and (ident, form) in KNOWN:
            fixed.append((ident, form))
    assert not missed, f"not read back: {missed}"
    assert not fixed, f"read now: remove from KNOWN: {fixed}"


def test_every_language_is_measured() -> None:
    assert len(CASES) >= 300
    assert sum(len(v) for v in CASES.values()) >= 2500
