"""numbers.read_number: separators, grouping, ambiguity — exact Decimal values."""
from __future__ import annotations

from decimal import Decimal

import pytest

from finnorm.errors import ParseError
from finnorm.numbers import read_number

READ = {
    "plain": ("1234", None, "1234", None),
    "en-grouping": ("1,234.56", None, "1234.56", None),
    "de-grouping": ("1.234,56", None, "1234.56", None),
    "space-grouping": ("1 234,56", None, "1234.56", None),
    "nbsp-grouping": ("1\u00a0234,56", None, "1234.56", None),
    "narrow-nbsp-grouping": ("1\u202f234,56", None, "1234.56", None),
    "apostrophe-grouping": ("1'234.56", None, "1234.56", None),
    "indian-grouping": ("2,50,000", None, "250000", None),
    "indian-crore": ("1,00,00,000", None, "10000000", None),
    "full-width": ("１２３４．５", None, "1234.5", None),
    "repeated-dots": ("1.234.567", None, "1234567", None),
    "decimal-comma-2": ("179,00", None, "179.00", None),
    "leading-dot": (".75", None, "0.75", None),
    "zero-head": ("0.125", None, "0.125", None),
    "comma-dash": ("50,-", None, "50", None),
    "ambiguous-dot": ("3.350", None, "3.350", "3350"),
    "ambiguous-comma": ("1,500", None, "1500", "1.500"),
    "locale-de": ("3.350", ",", "3350", None),
    "locale-en": ("3.350", ".", "3.350", None),
    "locale-fr-comma": ("12,345", ",", "12.345", None),
}


@pytest.mark.parametrize("raw,dec,value,alt", READ.values(), ids=READ.keys())
def test_read_number(raw: str, dec: str | None, value: str, alt: str | None) -> None:
    n = read_number(raw, decimal=dec)
    assert n.value == Decimal(value) and str(n.value) == value
    assert n.alternative == (Decimal(alt) if alt else None)


@pytest.mark.parametrize("raw", ["1,2,3.4.5", "abc", ""])
def test_bad_numbers_raise_parse_error(raw: str) -> None:
    with pytest.raises(ParseError):
        read_number(raw)
