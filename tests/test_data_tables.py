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


def test_generated_currency_tables_are_current() -> None:
    built_with = json.loads(GEN.read_text(encoding="utf-8"))["babel"]
    if built_with != babel.__version__:
        pytest.skip(f"tables built with babel {built_with}, installed {babel.__version__}")
    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_currency_data.py"), "--check"],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


def test_every_cue_names_known_codes() -> None:
    codes = set(data.minor_units())
    for sym, cands in data.symbols().items():
        assert cands and set(cands) <= codes, sym
    for lang in ("en", "de", "fr", "es", "pt", "it", "nl", "ja", "zh", "ko"):
        for name, cands in data.names(lang).items():
            assert set(cands) <= codes, (lang, name)


@pytest.mark.parametrize("territory,code", [("AU", "AUD"), ("JP", "JPY"), ("CA", "CAD"),
                                            ("IN", "INR"), ("DE", "EUR"), ("GB", "GBP")])
def test_territory_currency(territory: str, code: str) -> None:
    assert data.territory_currency(territory) == code


def test_minor_units_from_cldr() -> None:
    mu = data.minor_units()
    assert (mu["USD"], mu["JPY"], mu["KRW"], mu["BHD"], mu["KWD"]) == (2, 0, 0, 3, 3)


@pytest.mark.parametrize("lang,word,power", [("en", "billion", 9), ("de", "billion", 12),
                                              ("de", "mrd.", 9), ("fr", "milliard", 9),
                                              ("es", "mil millones", 9), ("en", "crore", 7)])
def test_scales_are_per_language(lang: str, word: str, power: int) -> None:
    assert data.scales(lang)[word] == power


def test_adjectives_give_specific_codes() -> None:
    adj = data.adjectives("nb")
    assert adj["australske"] == ("AUD",)
