"""finnorm.check: the claims a text states, and their verdicts by the rules of issue 11.

Rates in the expectations are recomputed here from the ECB per-EUR columns, not
taken from finnorm.check's own output.
"""
from __future__ import annotations

import datetime as dt
import pickle
from decimal import Decimal
from pathlib import Path

import pytest

import finnorm
from finnorm import Claim, check
from finnorm.claims import CheckError
from finnorm.claims.interval import Interval
from finnorm.errors import FinnormError
from finnorm.rates.ecb import default_source

ECB = default_source()
NISSAN = (Path(__file__).resolve().parent.parent / "examples" / "nissan.txt").read_text(encoding="utf-8")


def kinds(text: str, **kw: object) -> list[tuple[str, list[str]]]:
    """Kind and figure texts (without the brackets a reader may take into a figure)."""
    return [(c.kind, [f.text.strip("()") for f in c.figures])
            for c in check(text, **kw)]  # type: ignore[arg-type]


# ---------------------------------------------------------------- finding claims
FOUND = {
    # conversions
    "brackets": ("a net loss of ¥670.9 billion (A$7.1 billion)", "en_AU",
                 [("conversion", ["¥670.9 billion", "A$7.1 billion"])]),
    "or-about": ("US$5.2bn, or about C$7.1bn", None, [("conversion", ["US$5.2bn", "about C$7.1bn"])]),
    "japanese": ("約3億ドル（約450億円）", "ja_JP", [("conversion", ["約3億ドル", "約450億円"])]),
    "german-umgerechnet": ("393,7 Milliarden japanische Yen (umgerechnet rund 3,414 Milliarden Euro)",
                           "de", [("conversion", ["393,7 Milliarden japanische Yen",
                                                  "rund 3,414 Milliarden Euro"])]),
    "two-renderings": ("¥100 billion (US$650 million; A$1 billion)", None,
                       [("conversion", ["¥100 billion", "US$650 million"]),
                        ("conversion", ["¥100 billion", "A$1 billion"])]),
    # changes
    "rose-to-from": ("revenue rose 12% to $5.6 billion from $5.0 billion", None,
                     [("change", ["12%", "$5.6 billion", "$5.0 billion"])]),
    "fell-against": ("net profit fell 8.2 per cent to Rs 512.30 crore against Rs 558.05 crore", "en_IN",
                     [("change", ["8.2 per cent", "Rs 512.30 crore", "Rs 558.05 crore"])]),
    "new-up-from": ("Sales were $5.6 billion, up 12% from $5.0 billion.", None,
                    [("change", ["$5.6 billion", "12%", "$5.0 billion"])]),
    "german-vorjahr": ("Der Umsatz stieg um 0,6 Prozent auf 2,39 Milliarden Euro (Vorjahr: 2,37 Mrd.).",
                       "de", [("change", ["0,6 Prozent", "2,39 Milliarden Euro", "2,37 Mrd."])]),
    "filler": ("The company reported 45.7% year on year (Y-o-Y) drop in net profit at Rs 47 crore. "
               "It had reported profit of Rs 108 crore in the year ago quarter.", "en_IN",
               [("change", ["45.7%", "Rs 47 crore", "Rs 108 crore"])]),
    "across-sentences": ("Toyota is reporting a 23 percent decline in profit from the previous year. "
                         "Its quarterly profit was 486.5 billion yen ($4.3 billion), down from 627.9 "
                         "billion yen in 2015.", None,
                         [("change", ["23 percent", "486.5 billion yen", "627.9 billion yen"]),
                          ("conversion", ["486.5 billion yen", "$4.3 billion"])]),
    # differences
    "up-from-to": ("up $600 million from $5.0 billion to $5.6 billion", None,
                   [("difference", ["$600 million", "$5.0 billion", "$5.6 billion"])]),
    "decreased-compared": ("Expenses decreased $98,000 to $2,518,000, compared to $2,616,000 for the "
                           "prior period.", None,
                           [("difference", ["$98,000", "$2,518,000", "$2,616,000"])]),
    "respectively": ("Net revenues for 2024 and 2023 were $92,245,000 and $84,204,000, respectively, "
                     "an increase of $8,041,000, or 9.5%.", None,
                     [("difference", ["$92,245,000", "$84,204,000", "$8,041,000"]),
                      ("change", ["$92,245,000", "$84,204,000", "9.5%"])]),
    "trade-balance": ("Exports of $124.9 billion and imports of $160.9 billion resulted in a deficit "
                      "of $36.0 billion.", None,
                      [("difference", ["$124.9 billion", "$160.9 billion", "$36.0 billion"])]),
    # sums
    "together": ("A ($3.2bn) and B ($2.4bn), together $5.6bn", None,
                 [("sum", ["$3.2bn", "$2.4bn", "$5.6bn"])]),
    "a-total-of": ("The fund will spend a total of €750 billion: €390 billion in grants and "
                   "€360 billion in loans.", None,
                   [("sum", ["€750 billion", "€390 billion", "€360 billion"])]),
    "arithmetic": ("recognized for $600: ($300 + $300) gift", None,
                   [("sum", ["$600", "$300", "$300"])]),
    "breakdown": ("$1.56 billion pledged by Canada ($878.7 million) and the European Commission "
                  "($685.8 million)", None,
                  [("sum", ["$1.56 billion", "$878.7 million", "$685.8 million"])]),
}

NOT_CLAIMS = {
    "up-from-no-change": "$5m (up from $4m)",
    "two-brackets": "Profit was $5m ($4m in adjusted terms) and sales $9m (€8m was expected).",
    "range": "The project will cost $5-6 billion (€4 billion).",
    "and-not-or": "more than US$300,000 and $3.6 million in pledges",
    "levels": "Gross margins increased to 28.1% from 26.6%.",
    "including": "Revenue was $5bn, including $2bn from A and $1bn from B.",
    "same-currency-bracket": "a profit of $5.262 billion ($0.93 per share)",
    "no-old-figure": "Revenue rose 12% to $5.6 billion.",
    "out-of-budget": ("Out of its Rs 48,000 crore budget, the government has earmarked Rs 5,736 crore "
                      "for health and Rs 5,506 crore for transport."),
    "far-apart": "Revenue was ¥100 billion. Later, in another matter, A$1 billion was paid.",
    "percent-share": "The allocation is 24 per cent of the total budget of Rs 48,000 crore.",
}


@pytest.mark.parametrize("text,locale,want", FOUND.values(), ids=FOUND.keys())
def test_claims_found(text: str, locale: str | None, want: list[tuple[str, list[str]]]) -> None:
    got = kinds(text, locale=locale, published="2024-05-01")
    assert sorted(got) == sorted(want)


# one change, written the way each language writes it
CHANGES_BY_LANGUAGE = {
    "zh": ("zh_CN", "公司营业收入为56亿元，同比增长12%，上年同期为50亿元。"),
    "zh-from-to": ("zh_CN", "净利润从50亿元增至56亿元，增长12%。"),
    "ja": ("ja_JP", "売上高は前年同期比12%増の5.6兆円となった。前年同期は5.0兆円だった。"),
    "ja-kara": ("ja_JP", "営業利益は前年の5000億円から12%増えて5600億円となった。"),
    "ko": ("ko_KR", "매출은 5조원에서 5조6000억원으로 12% 증가했다."),
    "de": ("de", "Der Umsatz stieg von 5,0 auf 5,6 Milliarden Euro, ein Plus von 12 Prozent."),
    "fr": ("fr", "Le chiffre d'affaires a progressé de 12 % à 5,6 milliards d'euros, contre 5,0 "
                 "milliards un an plus tôt."),
    "es": ("es", "Las ventas crecieron un 12%, hasta 5.600 millones de euros, frente a los 5.000 "
                 "millones del año anterior."),
    "it": ("it", "I ricavi sono saliti del 12% a 5,6 miliardi di euro, rispetto ai 5,0 miliardi "
                 "dell'anno precedente."),
    "pt": ("pt_BR", "A receita subiu 12%, para R$ 5,6 bilhões, ante R$ 5,0 bilhões no ano anterior."),
    "nl": ("nl", "De omzet steeg met 12 procent naar 5,6 miljard euro, tegen 5,0 miljard euro een "
                 "jaar eerder."),
    "ru": ("ru", "Выручка выросла на 12% до 5,6 млрд рублей с 5,0 млрд рублей годом ранее."),
    "sv-brackets": ("sv_SE", "Nettoomsättningen ökade med 12 procent till 5 600 Mkr (5 000)."),
    "en-increase": (None, "Sales rose to $5.6 billion from $5.0 billion, a 12% increase."),
    "en-higher-than": (None, "Revenue of $5.6 billion was 12% higher than the $5.0 billion reported "
                             "a year earlier."),
}


@pytest.mark.parametrize("locale,text", CHANGES_BY_LANGUAGE.values(), ids=CHANGES_BY_LANGUAGE.keys())
def test_changes_in_every_language(locale: str | None, text: str) -> None:
    (c,) = check(text, locale=locale)
    assert c.kind == "change" and c.verdict == "consistent", c.reason
    assert c.stated is not None and c.stated.lo > 0
    assert [f.text for f in c.figures if f.currency is None][0][:2] == "12"


@pytest.mark.parametrize("text", NOT_CLAIMS.values(), ids=NOT_CLAIMS.keys())
def test_not_claims(text: str) -> None:
    assert kinds(text, published="2024-05-01") == []


def test_roles_and_spans() -> None:
    text = "revenue rose 12% to $5.6 billion from $5.0 billion"
    (c,) = check(text)
    assert c.roles == ("pct", "new", "old")
    assert [text[f.start:f.end] for f in c.figures] == [f.text for f in c.figures]
    assert c.figure("old") is c.figures[2] and c.figure("total") is None


# ---------------------------------------------------------------- intervals
@pytest.mark.parametrize("text,lo,hi", [
    ("A$7.1 billion", "7.05e9", "7.15e9"),
    ("$600 million", "599.5e6", "600.5e6"),
    ("4兆6000億円", "4.59995e12", "4.60005e12"),
    ("Rs 512.30 crore", "5.12295e9", "5.12305e9"),
])
def test_interval_from_last_printed_digit(text: str, lo: str, hi: str) -> None:
    from finnorm.claims.figures import money_figure

    (m,) = finnorm.extract(text)
    assert money_figure(m).interval == Interval(Decimal(lo), Decimal(hi))


def test_percent_interval() -> None:
    (c,) = check("revenue rose 12% to $5.6 billion from $5.0 billion")
    assert c.stated == Interval(Decimal("0.115"), Decimal("0.125"))


# ---------------------------------------------------------------- conversion verdicts
def rate(base: str, quote: str, day: dt.date) -> Decimal:
    b = ECB.per_eur(base, day)
    q = ECB.per_eur(quote, day)
    assert b is not None and q is not None
    return q / b


def test_nissan_verdicts() -> None:
    claims = check(NISSAN, published="2025-07-07", locale="en_AU")
    assert [c.verdict for c in claims] == ["consistent", "consistent", "consistent_if"]
    assert claims[0].reason.startswith(
        "implied 93.83–95.17 JPY per AUD; ECB 2025-06-30..07-07 94.06–94.67")
    assert "date:2025-06-13" in claims[2].reason
    # independent: the 13 June rate meets the implied interval, no W0 rate does
    implied = Interval(Decimal("1.075e9") / Decimal("100.5e9"), Decimal("1.085e9") / Decimal("99.5e9"))
    tau = Decimal("0.005")
    fits = lambda r: r * (1 - tau) <= implied.hi and r * (1 + tau) >= implied.lo  # noqa: E731
    assert fits(rate("JPY", "AUD", dt.date(2025, 6, 13)))
    assert not any(fits(rate("JPY", "AUD", d)) for d in ECB.published(dt.date(2025, 6, 30),
                                                                        dt.date(2025, 7, 7)))
    assert not fits(rate("JPY", "AUD", dt.date(2025, 6, 16)))  # the later days of the wide window


@pytest.mark.parametrize("text,locale,day,verdict,tag", [
    ("¥670.9 billion (A$7.1 billion)", "en_AU", "2025-07-07", "consistent", None),
    ("¥100 billion ($1.08 billion)", "en_AU", "2025-07-07", "consistent_if", "date:2025-06-13"),
    # a bare $ the locale reads as AUD, right as USD
    ("€2.6 million ($2.8 million)", "en_AU", "2024-05-02", "consistent_if", "currency:USD"),
    # scale: million for billion
    ("¥670.9 billion (A$7.1 million)", "en_AU", "2025-07-07", "gross", "scale"),
    # an explicit A$ that fits only as US$
    ("€2.6 million (A$2.8 million)", None, "2024-05-02", "gross", "currency error"),
    ("€2.6 million (US$3.1 million)", None, "2024-05-02", "inconsistent", None),
    # no ECB rate for TWD; none for RUB after 2022-03-01
    ("US$1 billion (NT$32 billion)", None, "2024-05-02", "cannot_check", "no ECB reference rate"),
    ("€1 billion (100 billion rubles)", "en", "2023-05-02", "cannot_check", "no ECB reference rate"),
    ("€1 billion (100 billion rubles)", "en", "2021-05-03", "consistent", None),
    # a quoted exchange rate: its one unit is exact, so a slip in the rate shows
    ("Sources said. ($1 = 0.9818 euros)", "en_IN", "2022-08-04", "consistent", None),
    ("Sources said. ($1 = 0.8918 euros)", "en_IN", "2022-08-04", "inconsistent", None),
    ("按 1 美元可兑换 7.76 港元计算", "zh_CN", "2014-02-07", "consistent", None),
    ("As of Nov. 14, US$1 was equivalent to ¥116.46.", "en", "2024-11-15", "gross", None),
    ("As of Nov. 14, US$1 was equivalent to ¥154.46.", "en", "2024-11-15", "consistent", None),
])
def test_conversion_rules(text: str, locale: str | None, day: str, verdict: str, tag: str | None) -> None:
    (c,) = check(text, locale=locale, published=day)
    assert c.verdict == verdict, c.reason
    if tag:
        assert tag in c.reason


def test_conversion_without_publication_date() -> None:
    (c,) = check("¥670.9 billion (A$7.1 billion)")
    assert c.verdict == "cannot_check" and "publication date" in c.reason


def test_on_is_an_alias_of_published() -> None:
    a = check(NISSAN, published="2025-07-07", locale="en_AU")
    b = check(NISSAN, on=dt.date(2025, 7, 7), locale="en_AU")
    assert a == b
    with pytest.raises(CheckError):
        check(NISSAN, published="2025-07-07", on="2025-07-08")


def test_tolerance_widens_the_fit() -> None:
    (tight,) = check("¥100 billion ($1.08 billion)", locale="en_AU", published="2025-07-07")
    (loose,) = check("¥100 billion ($1.08 billion)", locale="en_AU", published="2025-07-07",
                     tolerance=Decimal("0.02"))
    assert tight.verdict == "consistent_if" and loose.verdict == "consistent"
    assert loose.tolerance == Decimal("0.02") and loose.to_dict()["tolerance"] == "0.02"


@pytest.mark.parametrize("bad", ["nan", "inf", "-0.1", "1", "x", 0.5])
def test_bad_tolerance_is_an_error(bad: object) -> None:
    with pytest.raises(FinnormError):
        check("text", tolerance=bad)  # type: ignore[arg-type]


# ---------------------------------------------------------------- change / difference / sum verdicts
@pytest.mark.parametrize("text,verdict,tag", [
    ("revenue rose 12% to $5.6 billion from $5.0 billion", "consistent", None),
    ("revenue rose 12% to $5.60 billion from $5.00 billion", "consistent", None),
    # 13.7% written as 13%: a truncated, not a rounded, figure
    ("revenue rose 13% to $5.685 billion from $5.00 billion", "consistent_if", "rounding:truncated"),
    ("revenue fell 12% to $5.60 billion from $5.00 billion", "gross", "direction"),
    ("revenue rose 120% to $5.60 billion from $5.00 billion", "gross", "5×"),
    ("revenue rose 15% to $5.60 billion from $5.00 billion", "inconsistent", None),
])
def test_change_rules(text: str, verdict: str, tag: str | None) -> None:
    (c,) = check(text)
    assert c.kind == "change" and c.verdict == verdict, c.reason
    if tag:
        assert tag in c.reason


@pytest.mark.parametrize("text,verdict", [
    ("the deficit was $44.3 billion, down $1.5 billion from $45.7 billion", "consistent"),
    ("the deficit was $44.3 billion, down $1.9 billion from $45.7 billion", "inconsistent"),
    ("the deficit was $44.3 billion, up $1.4 billion from $45.7 billion", "gross"),
    ("the deficit was $44.3 billion, down $14 billion from $45.7 billion", "gross"),
])
def test_difference_rules(text: str, verdict: str) -> None:
    (c,) = check(text)
    assert c.kind == "difference" and c.verdict == verdict, c.reason


@pytest.mark.parametrize("text,verdict", [
    ("A ($3.2bn) and B ($2.4bn), together $5.6bn", "consistent"),
    ("A ($3.2bn) and B ($2.4bn), together $5.9bn", "inconsistent"),
    ("A ($3.2bn) and B ($2.4bn), together $56bn", "gross"),
])
def test_sum_rules(text: str, verdict: str) -> None:
    (c,) = check(text)
    assert c.kind == "sum" and c.verdict == verdict, c.reason


def test_uncertain_reading_cannot_be_checked() -> None:
    from finnorm.claims.claim import Figure
    from finnorm.claims.verdict import change

    pct = Figure("12%", 0, 3, Decimal(12), Decimal(1))
    new = Figure("$5.600", 10, 16, Decimal("5.6"), Decimal("0.001"), "USD", uncertain=True,
                 reason="5.600: grouping or decimal")
    old = Figure("$5.0", 22, 26, Decimal("5.0"), Decimal("0.1"), "USD")
    verdict, reason, _, _ = change(pct, 1, new, old)
    assert verdict == "cannot_check" and "grouping or decimal" in reason


# ---------------------------------------------------------------- values and rows
def test_claim_is_frozen_and_picklable() -> None:
    (c,) = check("revenue rose 12% to $5.6 billion from $5.0 billion")
    assert isinstance(c, Claim) and pickle.loads(pickle.dumps(c)) == c
    with pytest.raises(AttributeError):
        c.verdict = "gross"  # type: ignore[misc]


def test_to_dict_is_plain_json() -> None:
    import json

    (c,) = check(NISSAN.splitlines()[0], published="2025-07-07", locale="en_AU")
    row = c.to_dict()
    assert json.loads(json.dumps(row)) == row
    assert row["kind"] == "conversion" and row["verdict"] == "consistent"
    assert row["figures"][0] == {"text": "¥670.9 billion", "start": 34, "end": 48, "role": "from",
                                 "value": "670900000000", "unit": "100000000", "currency": "JPY"}
    assert row["published"] == "2025-07-07" and row["window_days"] == 7


def test_top_level_exports() -> None:
    assert finnorm.check is check and "check" in finnorm.__all__ and "Claim" in finnorm.__all__


@pytest.mark.parametrize("text", ["", "$", "12%", "((((($5bn", "$5bn " * 200, "¥" * 50 + "1",
                                  "rose 5% to $ from $", "\x00\x01 $1 (€1) \u202e", "1e999999 dollars"])
def test_hostile_text_never_raises(text: str) -> None:
    for c in check(text, published="2024-05-01"):
        assert c.verdict in ("consistent", "consistent_if", "inconsistent", "gross", "cannot_check")
