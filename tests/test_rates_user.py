"""User rates: a CSV file ``date,currency,per_eur`` or a mapping."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from finnorm import Money
from finnorm.convert import convert
from finnorm.errors import RateSourceError, RateUnavailableError
from finnorm.rates import RateSource
from finnorm.rates.user import UserRates

D = dt.date


def test_csv(tmp_path: Path) -> None:
    p = tmp_path / "desk.csv"
    p.write_text("date,currency,per_eur\n2025-05-12,USD,1.11\n2025-05-13,usd,1.12\n"
                 "2025-05-13,JPY,165.5\n")
    src = UserRates.from_csv(p, name="desk")
    assert isinstance(src, RateSource)
    assert src.per_eur("USD", D(2025, 5, 13)) == Decimal("1.12")
    assert src.published(D(2025, 1, 1), D(2025, 12, 31)) == [D(2025, 5, 12), D(2025, 5, 13)]
    cov = src.coverage()
    assert (cov.first, cov.last, cov.currencies) == (D(2025, 5, 12), D(2025, 5, 13),
                                                    frozenset({"EUR", "USD", "JPY"}))
    c = convert(Money(1, "USD"), "EUR", method="average", period=(D(2025, 5, 12), D(2025, 5, 13)),
                rates=src)
    want = 1 / ((Decimal("1.11") + Decimal("1.12")) / 2)  # the cross of the mean EUR rates
    assert abs(c.rate - want) < Decimal("1e-25") and c.source == "desk"


BAD = [
    ("missing-column", "date,currency\n2025-05-13,USD\n", "date,currency,per_eur"),
    ("bad-date", "date,currency,per_eur\n13/05/2025,USD,1.1\n", "ISO date"),
    ("bad-rate", "date,currency,per_eur\n2025-05-13,USD,abc\n", "not a number"),
    ("zero-rate", "date,currency,per_eur\n2025-05-13,USD,0\n", "positive"),
    ("bad-currency", "date,currency,per_eur\n2025-05-13,US$,1.1\n", "currency code"),
    ("conflict", "date,currency,per_eur\n2025-05-13,USD,1.1\n2025-05-13,USD,1.2\n", "two rates"),
    # the row: a thousands separator made a fourth field; 1 must not be used
    ("extra-field", "date,currency,per_eur\n2025-05-13,JPY,1,650\n", "4 fields where the header has 3"),
    ("missing-field", "date,currency,per_eur\n2025-05-13,JPY\n", "2 fields where the header has 3"),
    ("negative", "date,currency,per_eur\n2025-05-13,USD,-1.1\n", "positive"),
    ("nan", "date,currency,per_eur\n2025-05-13,USD,NaN\n", "positive"),
    ("infinite", "date,currency,per_eur\n2025-05-13,USD,Infinity\n", "positive"),
    ("absurd", "date,currency,per_eur\n2025-05-13,USD,1E+999999\n", "plausible"),
    ("not-utf8", "date,currency,per_eur\n2025-05-13,USD,1\xa0\n", None),
]


@pytest.mark.parametrize("text,words", [b[1:] for b in BAD], ids=[b[0] for b in BAD])
def test_bad_csv(tmp_path: Path, text: str, words: str | None) -> None:
    p = tmp_path / "desk.csv"
    if words is None:
        p.write_bytes(text.encode("latin-1"))
        words = "UTF-8"
    else:
        p.write_text(text)
    with pytest.raises(RateSourceError, match=words):
        UserRates.from_csv(p)


def test_a_day_outside_the_table_is_an_error() -> None:
    src = UserRates.from_mapping({"2025-05-12": {"USD": "1.1"}, "2025-05-13": {"USD": "1.12"}})
    assert convert(Money(1, "EUR"), "USD", on="2025-05-13", rates=src).rate == Decimal("1.12")
    with pytest.raises(RateUnavailableError, match="2025-05-12..2025-05-13"):
        convert(Money(1, "EUR"), "USD", on="2025-05-14", rates=src)
    with pytest.raises(RateUnavailableError, match="before"):
        convert(Money(1, "EUR"), "USD", on="2025-05-11", rates=src)


def test_user_rates_pickle() -> None:
    import pickle

    src = UserRates.from_mapping({"2025-05-13": {"USD": "1.12"}}, name="desk")
    again = pickle.loads(pickle.dumps(src))
    assert again.name == "desk" and again.per_eur("USD", D(2025, 5, 13)) == Decimal("1.12")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(RateSourceError, match="cannot read"):
        UserRates.from_csv(tmp_path / "nope.csv")


def test_mapping_refuses_floats() -> None:
    with pytest.raises(RateSourceError, match="float"):
        UserRates.from_mapping({"2025-05-13": {"USD": 1.1}})
    src = UserRates.from_mapping({D(2025, 5, 13): {"usd": Decimal("1.1"), "JPY": 160}})
    assert src.per_eur("USD", D(2025, 5, 13)) == Decimal("1.1")
    assert src.per_eur("JPY", D(2025, 5, 13)) == 160
