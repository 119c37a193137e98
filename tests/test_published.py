"""The day a text was published settles a currency its country has since replaced.

Without a date, "275 milyar lira" in Turkey is today's lira (the change is old) and
"350 тысяч рублей" in Belarus is marked uncertain (BYN, or BYR before the 2016
redenomination). With ``published``, a time before the successor's first day reads the
old code, a time after the old one's last day today's, with no doubt left; a time while
both were in use settles nothing.
"""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest

import finnorm
from finnorm.errors import InvalidArgumentError

DATED = [
    # text, locale, published, currency, uncertain
    ("275 milyar lira", "tr_TR", "2004-06-01", "TRL", False),
    ("275 milyar lira", "tr_TR", "2010-06-01", "TRY", False),
    ("275 milyar lira", "tr_TR", None, "TRY", False),
    ("500 TL", "tr_TR", "2003-01-01", "TRL", False),
    ("3 miliarde lei", "ro_RO", "2003", "ROL", False),
    ("3 miliarde lei", "ro_RO", "2012-05", "RON", False),
    ("8.5 million cedis", "en_GH", "2002-10-01", "GHC", False),
    ("8.5 million cedis", "en_GH", "2015-10-01", "GHS", False),
    ("зарплата 350 тысяч рублей", "ru_BY", "2014-01-01", "BYR", False),
    ("зарплата 350 рублей", "ru_BY", "2019-01-01", "BYN", False),
    ("зарплата 350 рублей", "ru_BY", None, "BYN", True),
    ("зарплата 350 рублей", "ru_BY", "2016-10-05", "BYN", True),  # both in use then
    ("lístok za 12 korún", "sk_SK", "2006-03-01", "SKK", False),
    ("lístok za 12 korún", "sk_SK", "2012-03-01", "SKK", True),  # SKK of old, or CZK?
    ("500 francs", "fr_FR", "1998-01-01", "FRF", False),
    ("entre 0,6 şi 0,7 RON", "ro_RO", "2005-03-07", "RON", False),  # a code is itself
    ("3240 BYN", "ru_BY", None, "BYN", False),
    # no currency written, read in the locale's: the one the country had on the day, or in
    # a sentence naming a year of the five before the change (still a guess, said so)
    ("L'OM propose 100 millions pour Anelka.", "fr_FR", "1998-06-01", "FRF", True),
    ("L'OM propose 100 millions pour Anelka.", "fr_FR", "2012-06-01", "EUR", True),
    ("En janvier 1999, l'OM propose 100 millions pour Anelka.", "fr_FR", None, "FRF", True),
    ("En janvier 2019, l'OM propose 100 millions pour Anelka.", "fr_FR", None, "EUR", True),
    # (not the year a house was built, long before)
    ("Altbauwohnung, KM 525,–, BjG 1930", "de_DE", None, "EUR", True),
]


@pytest.mark.parametrize("text,locale,published,currency,uncertain", DATED)
def test_the_day_settles_a_former_currency(text: str, locale: str, published: str | None,
                                           currency: str, uncertain: bool) -> None:
    (m, *_) = finnorm.extract(text, locale=locale, published=published)
    assert (m.money.currency, m.uncertain) == (currency, uncertain)


def test_a_date_object_and_parse() -> None:
    day = dt.date(2004, 6, 1)
    assert finnorm.parse("275 milyar lira", locale="tr_TR", published=day).currency == "TRL"
    when = dt.datetime(2004, 6, 1, 12, 30)
    (m,) = finnorm.extract("275 milyar lira", locale="tr_TR", published=when)
    assert m.money.currency == "TRL"


@pytest.mark.parametrize("bad", ["2004-13-01", "yesterday", "04", 2004, 3.5])
def test_a_bad_day_is_refused(bad: object) -> None:
    with pytest.raises(InvalidArgumentError):
        finnorm.extract("275 milyar lira", locale="tr_TR", published=bad)  # type: ignore[arg-type]


def test_no_former_currency_no_change() -> None:
    text = "Revenue rose to $4.2 billion from $3.9 billion."
    assert finnorm.extract(text, locale="en_US") == finnorm.extract(
        text, locale="en_US", published="2001-01-01")


def test_the_command_line_takes_the_day() -> None:
    run = [sys.executable, "-m", "finnorm.cli", "extract", "-l", "tr_TR", "-f", "jsonl"]
    out = subprocess.run([*run, "--published", "2004-06-01"], input="275 milyar lira",
                         capture_output=True, text=True, check=True).stdout
    assert json.loads(out)["currency"] == "TRL"
    lines = '{"id": 1, "text": "275 milyar lira", "published": "2003"}\n' \
            '{"id": 2, "text": "275 milyar lira"}\n'
    out = subprocess.run([*run, "--jsonl"], input=lines, capture_output=True, text=True,
                         check=True).stdout
    assert [json.loads(x)["currency"] for x in out.splitlines()] == ["TRL", "TRY"]
    bad = subprocess.run([*run, "--published", "2003-13"], input="5 TL", capture_output=True,
                         text=True)
    assert bad.returncode == 2 and "--published" in bad.stderr
