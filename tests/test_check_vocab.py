"""claims.toml: the claim words of every language the reader covers, validated."""
from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from finnorm.claims import vocab as V

def _reader_languages() -> list[str]:
    """The languages the reader has hand tables for (grammar, scales, number words)."""
    data = resources.files("finnorm.data")
    grammar = tomllib.loads(data.joinpath("grammar.toml").read_text(encoding="utf-8"))
    scales_ = tomllib.loads(data.joinpath("scales.toml").read_text(encoding="utf-8"))
    words = {p.name.removesuffix(".toml") for p in data.joinpath("numwords").iterdir()
             if p.name.endswith(".toml") and p.name != "cjk.toml"}
    langs = set(grammar) | set(scales_) | words | {"ja", "zh", "ko"}
    return sorted(k for k in langs if len(k) == 2 and k.isalpha() and k.islower())


READER_LANGS = _reader_languages()


@pytest.mark.parametrize("lang", READER_LANGS)
def test_every_reader_language_has_verbs_and_markers(lang: str) -> None:
    assert lang in V.languages()
    v = V.vocab(lang)
    for key in ("up", "down", "total_before", "list", "convert", "surplus", "deficit"):
        assert v.words[key], f"{lang}: no {key} words"
    assert v.words["old_before"] or v.words["old_after"]
    assert v.words["percent"] or v.words["percent_before"]


@pytest.mark.parametrize("lang,text,sign", [
    ("en", "revenue fell 5%", -1), ("de", "der Umsatz stieg um 5 Prozent", 1),
    ("fr", "le chiffre d'affaires en baisse de 5 %", -1), ("es", "las ventas subieron un 5%", 1),
    ("it", "i ricavi in calo del 5%", -1), ("pt", "o lucro cresceu 5%", 1),
    ("nl", "de omzet daalde met 5 procent", -1), ("ja", "売上高は前年比5%増", 1),
    ("zh", "营收同比下降5%", -1), ("ko", "매출이 5% 증가했다", 1), ("ru", "выручка выросла на 5%", 1),
    ("sv", "omsättningen minskade med 5 procent", -1), ("tr", "satışlar yüzde 5 arttı", 1),
])
def test_verbs_of_change_have_a_sign(lang: str, text: str, sign: int) -> None:
    v = V.vocab(lang)
    (m, *_) = list(v.finditer(("up", "down"), text))
    assert (1 if v.has("up", m.group()) else -1) == sign


def test_language_of_text() -> None:
    assert V.language_of("Der Umsatz stieg um 5 Prozent auf 2 Milliarden Euro", None) == "de"
    assert V.language_of("Revenue rose 5% to $2 billion from $1.9 billion", None) == "en"
    assert V.language_of("выручка выросла на 5%", None) == "ru"
    assert V.language_of("text", "pt_BR") == "pt"
    assert V.language_of("Η αύξηση ήταν 5 τοις εκατό", None) == "el"
    assert V.language_of("درآمد ۵ درصد افزایش یافت", None) == "fa"
    assert V.language_of("आय 5 प्रतिशत बढ़कर", None) == "hi"


@pytest.mark.parametrize("bad,msg", [
    ({"en": {"upp": ["x"]}}, "unknown key"),
    ({"en": {"up": ["Rose"]}}, "lower-case"),
    ({"en": {"up": ["rose", "rose"]}}, "repeats"),
    ({"en": {"up": ["x"], "down": ["x"]}}, "both up and down"),
    ({"families": {"dollar": ["usd"]}}, "ISO codes"),
    ({"en": "not a table"}, "not a table"),
])
def test_loader_validates(bad: dict[str, object], msg: str) -> None:
    with pytest.raises(V.VocabError, match=msg):
        V._validate(bad)


def test_scaled_numbers_use_the_reader_scale_words() -> None:
    from finnorm.claims.figures import scaled_numbers

    (f,) = scaled_numbers("Vorjahr: 2,37 Mrd.", 0, 18, "de", (), ",")
    assert f.text == "2,37 Mrd." and f.value == 2370000000
