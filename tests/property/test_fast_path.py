"""The reader's fast path for price-shaped texts gives exactly what the full path gives."""
from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from finnorm.locale import locale_of
from finnorm.resolve import _fast, _resolve
from finnorm.scan import scanner

SHARED = Path(__file__).resolve().parents[3] / "shared" / "eval" / "money"
DATA = Path(__file__).resolve().parents[1] / "data"

CUES = ["$", "€", "£", "¥", "₹", "₩", "US$", "A$", "R$", "CHF", "EUR", "USD", "JPY", "kr", "zł",
        "Kč", "руб.", "Rp", "RM", "R", "K", "TL", "Fr.", "лв", "ден", "Ft", "usd", "ALL", "E",
        # letter-prefixed signs, signs of currencies renamed or gone, marks the numeral
        # search also reads, an old code: each once read otherwise by the two paths
        "원", "円", "元", "A$", "Z$", "Bs", "Bs.", "Bs.S", "CR$", "UM", "ZK", "Br", "Db",
        "أ.م.", "/=", "/-", "B/.", "S/.", "GHC", "ریال", "جنيه",
        # a sign that is also a unit, weighed by the figure's size ("1KM": a kilometre)
        "KM", "RON"]
NUMBERS = st.from_regex(r"\A-?\d{1,3}([.,' \u00a0]\d{3}){0,3}([.,]\d{1,3})?\Z")
LOCALES = [None, "en", "en_US", "de", "de_CH", "fr", "ja", "sv", "es_AR", "en_ZA", "ru", "it",
           "ko_KR", "zh_CN", "pl_PL", "ro_MD", "pt_BR", "ar_EG", "fa_IR", "tr_TR"]


def _same(text: str, locale: str | None) -> None:
    loc = locale_of(locale)
    sc = scanner(loc.language if loc is not None else None)
    fast = _fast(text, sc, loc)
    if fast is not None:
        assert fast == _resolve(text, sc, loc), (text, locale)


@settings(max_examples=400, deadline=None)
@given(cue=st.sampled_from(CUES), number=NUMBERS, before=st.booleans(), space=st.sampled_from(["", " ", "\u00a0"]),
       locale=st.sampled_from(LOCALES))
def test_fast_path_equals_full_path(cue: str, number: str, before: bool, space: str,
                                    locale: str | None) -> None:
    _same(f"{cue}{space}{number}" if before else f"{number}{space}{cue}", locale)


@settings(max_examples=400, deadline=None)
@given(data=st.data(), number=NUMBERS, before=st.booleans(),
       space=st.sampled_from(["", " ", "\u00a0"]), locale=st.sampled_from(LOCALES))
def test_fast_path_equals_full_path_for_every_sign(data: st.DataObject, number: str, before: bool,
                                                   space: str, locale: str | None) -> None:
    cue = data.draw(st.sampled_from(sorted(scanner(None).g.symbols)))
    _same(f"{cue}{space}{number}" if before else f"{number}{space}{cue}", locale)


def test_fast_path_gives_way_where_the_full_path_weighs_more() -> None:
    for text in ("1KM", "95RON", "1 KM", "RON95", "د.ل -1", "ل.ل. -1", "USD -5"):
        for locale in (None, "en", "bs_BA", "ro_RO", "ar_EG"):
            _same(text, locale)


def test_fast_path_equals_full_path_on_every_short_case() -> None:
    files = [*SHARED.glob("*.jsonl"), *DATA.glob("real_*.jsonl"), *DATA.glob("validation*/val*.jsonl")]
    n = 0
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            if len(case["text"]) <= 40:
                _same(case["text"], case.get("locale") or case.get("lang"))
                n += 1
    assert n > 500 or not SHARED.is_dir()
