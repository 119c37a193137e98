"""The data tables: generated files current, overrides well formed, loaders consistent."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import babel
import pytest

from finnorm import data

ROOT = Path(__file__).resolve().parent.parent
GEN = ROOT / "finnorm" / "data" / "currencies" / "codes.json"


def test_generated_cldr_tables_are_current() -> None:
    """currencies/ and locales/ are what the locked babel generates (CONTRIBUTING.md)."""
    built_with = json.loads(GEN.read_text(encoding="utf-8"))["babel"]
    assert built_with == babel.__version__, (
        f"finnorm/data was generated with babel {built_with} but {babel.__version__} is "
        "installed: install from the lock, or regenerate with scripts/build_cldr_data.py "
        "and review the diff (CONTRIBUTING.md)")
    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_cldr_data.py"), "--check"],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


def test_snapshot_versions_agree() -> None:
    from finnorm.data import cldr

    assert cldr.babel_version() == json.loads(GEN.read_text(encoding="utf-8"))["babel"]


def test_formatting_reads_no_cldr_from_the_installed_babel() -> None:
    """What finnorm prints comes from finnorm/data, whatever babel is installed."""
    code = """
import babel.localedata as ld
def refuse(*a, **k):
    raise AssertionError("finnorm read CLDR from the installed babel")
ld.load = refuse
ld.exists = refuse
from finnorm import Money
m = Money("670.9e9", "JPY")
print(m.format("ja", compact="long"), m.format("zh", compact=True), m.format("en_AU", compact="short"),
      Money("-1234.5", "EUR").format("de_CH"), sep="|")
"""
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "6709億円|6709亿日元|JPY670.9B|EUR-1'234.50"


def test_every_cue_names_known_codes() -> None:
    from finnorm.lexicon import global_table, lexicon

    codes = set(data.minor_units())
    for sym, cands in global_table().symbols.items():
        assert cands and set(cands) <= codes, sym
    for lang in ("en", "de", "fr", "es", "pt", "it", "nl", "ja", "zh", "ko", "fi", "ar", None):
        for name, cands in lexicon(lang).names.items():
            assert cands and set(cands) <= codes, (lang, name)


@pytest.mark.parametrize("territory,code", [("AU", "AUD"), ("JP", "JPY"), ("CA", "CAD"),
                                            ("IN", "INR"), ("DE", "EUR"), ("GB", "GBP")])
def test_territory_currency(territory: str, code: str) -> None:
    assert data.territory_currency(territory) == code


def test_minor_units_from_cldr() -> None:
    mu = data.minor_units()
    assert (mu["USD"], mu["JPY"], mu["KRW"], mu["BHD"], mu["KWD"]) == (2, 0, 0, 3, 3)


@pytest.mark.parametrize("lang,word,power", [
    ("en", "billion", 9), ("de", "Billion", 12), ("de", "billion", 9), ("de", "mrd.", 9),
    ("fr", "milliard", 9), ("es", "mil millones", 9), ("en", "crore", 7), ("fi", "miljoonaa", 6),
    ("cs", "miliardy", 9), ("th", "ล้าน", 6), ("hi", "करोड़", 7), ("vi", "tỷ", 9),
    ("el", "δισ.", 9), ("tr", "milyar", 9), ("ms", "bilion", 9), ("ja", "million", 6)])
def test_scales_are_per_language_from_cldr(lang: str, word: str, power: int) -> None:
    from finnorm.lexicon import lexicon

    assert lexicon(lang).scale(word) == power


@pytest.mark.parametrize("lang,word,code", [
    ("fi", "euroa", "EUR"), ("fi", "euron", "EUR"), ("hu", "forintot", "HUF"),
    ("tr", "lirayı", "TRY"), ("cs", "korunami", "CZK"), ("ru", "рублей", "RUB"),
    ("ar", "ريال", "SAR"), ("ar", "بالدولار", "USD"), ("pl", "złotych", "PLN"),
    ("en", "turkish lira", "TRY")])
def test_inflected_names_resolve_to_their_stem(lang: str, word: str, code: str) -> None:
    from finnorm.lexicon import lexicon

    cands = lexicon(lang).names_of(word)
    assert cands is not None and cands[0] == code


def test_adjectives_give_specific_codes() -> None:
    from finnorm.lexicon import lexicon

    assert lexicon("nb").adjectives["australske"] == ("AUD",)


@pytest.mark.parametrize("table,broken", [
    ("cues", {"qualifiers_befor": {"en": {"about": "approximately"}}}),
    ("cues", {"range": {"xx": {"to": True}}}),
    ("cues", {"range": {"en": {"to": "yes"}}}),
    ("grammar", {"fi": {"endngs": ["a"]}}),
    ("scales", {"en": {"million": "6"}}),
])
def test_hand_tables_are_validated(table: str, broken: dict[str, object]) -> None:
    """A typo in a hand table fails the build instead of reading nothing."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from _lexicon import validate

    tables: dict[str, dict[str, object]] = {"cues": {}, "grammar": {}, "scales": {}}
    tables[table] = broken
    with pytest.raises(ValueError):
        validate(tables["cues"], tables["grammar"], tables["scales"], {"en", "fi"})  # type: ignore[arg-type]


def test_reading_keys_are_validated() -> None:
    """A misspelt key of currency_overrides.toml [reading] fails the build."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from _lexicon import validate_reading

    validate_reading({"cifrao": {"PT": "PTE"}, "suffix_symbols": ["/-"]})
    with pytest.raises(ValueError, match="sufix_symbols"):
        validate_reading({"sufix_symbols": ["/-"]})
