"""Period words as data: one validating loader, generated month names current,
every language the money reader covers has its table."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from finnorm.errors import PeriodError
from finnorm.fiscal import lexicon
from finnorm.fiscal.lexicon import languages

ROOT = Path(__file__).resolve().parent.parent

#: the languages the money reader covers (issue 12's list and more)
READER = "en de fr es it pt nl sv nb da fi pl cs sk hu ro tr ru uk el ja zh ko hi ms id vi th ar he".split()


def test_every_reader_language_has_period_words() -> None:
    table = languages()
    missing = [c for c in READER if c not in table]
    assert missing == []
    for code in READER:
        lang = table[code]
        assert lang.fiscal_year and (lang.quarter or code == "*"), code
        assert lang.half or lang.half_1, code
        assert lang.nine_months, code
        if code not in ("ja", "zh", "ko"):
            assert len(lang.months) == 12, code


def test_generated_month_names_are_current() -> None:
    import babel

    first = (ROOT / "finnorm" / "data" / "period_months.toml").read_text(encoding="utf-8").splitlines()[0]
    if f"babel {babel.__version__}" not in first:
        pytest.skip(f"period_months.toml was generated with another babel: {first}")
    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_period_months.py"), "--check"],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


BAD = [
    ("unknown-field", '[xx]\nfiscal_year = ["a"]\nquartre = ["b"]\n', "unknown fields"),
    ("no-fiscal-year", '[xx]\nquarter = ["{n}. q"]\n', "fiscal year"),
    ("not-a-list", '[xx]\nfiscal_year = "fy"\n', "list of non-empty strings"),
    ("empty-word", '[xx]\nfiscal_year = [""]\n', "list of non-empty strings"),
    ("bad-placeholder", '[xx]\nfiscal_year = ["fy"]\nquarter = ["{nth} q"]\n', "uses"),
    ("no-number", '[xx]\nfiscal_year = ["fy"]\nquarter = ["quarter"]\n', "names no number"),
    ("ord-without-ordinals", '[xx]\nfiscal_year = ["fy"]\nquarter = ["{ord} q"]\n', "needs ordinals"),
    ("ordinal-out-of-range", '[xx]\nfiscal_year = ["fy"]\nordinals = { 5 = ["fifth"] }\n', "outside"),
    ("ordinal-twice", '[xx]\nfiscal_year = ["fy"]\nordinals = { 1 = ["a"], 2 = ["a"] }\n', "means both"),
    ("month-template-without-months", '[xx]\nfiscal_year = ["fy"]\nmonth_quarter = ["{month} q"]\n',
     "needs months"),
]


@pytest.mark.parametrize("toml,words", [b[1:] for b in BAD], ids=[b[0] for b in BAD])
def test_the_loader_refuses_bad_tables(monkeypatch: pytest.MonkeyPatch, toml: str, words: str) -> None:
    import finnorm.data

    def fake(relpath: str) -> str:
        return toml if relpath == "periods.toml" else ""

    monkeypatch.setattr(finnorm.data, "read_text", fake)
    with pytest.raises(PeriodError, match=words):
        lexicon.languages.__wrapped__()  # type: ignore[attr-defined]


def test_months_that_two_languages_spell_alike_follow_the_locale() -> None:
    """'listopad' is November in Czech and Polish, October in Croatian."""
    from finnorm.fiscal import find_periods, parse_period

    p = parse_period("od 1. kolovoza do 31. listopada 2024", locale="hr")
    assert (p.start.month, p.end.month) == (8, 10)
    q = parse_period("od 1. září do 30. listopadu 2024", locale="cs")
    assert (q.start.month, q.end.month) == (9, 11)
    # without a locale the spelling settles nothing: no period rather than a guess
    assert find_periods("od 1. kolovoza do 31. listopada 2024") == []
