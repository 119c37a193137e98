"""The pint bridge: unit prices convert exactly; currencies are dimensions and never mix."""
from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from finnorm import CurrencyMismatchError, Money
from finnorm.units import convert_per, convert_price, from_quantity, registry, to_quantity

try:
    from .rates_fixtures import independent_cross
except ImportError:  # tests/ is not a package
    from rates_fixtures import independent_cross  # type: ignore[no-redef]

PER = [
    # id, money, target unit, expected (exact arithmetic on the defining factors)
    ("oil-barrel-to-m3", Money("80", "USD", per="barrel"), "m**3",
     Decimal(80) / Decimal("0.158987294928")),
    ("cents-per-lb-to-kg", Money("0.85", "USD", per="lb"), "kg", Decimal("0.85") / Decimal("0.45359237")),
    ("troy-oz-to-gram", Money("2300", "USD", per="ozt"), "g", Decimal(2300) / Decimal("31.1034768")),
    ("per-tonne-to-kg", Money("400", "EUR", per="metric_ton"), "kg", Decimal("0.4")),
    ("per-kwh-to-mwh", Money("0.25", "AUD", per="kWh"), "MWh", Decimal(250)),
]


@pytest.mark.parametrize("money,per,want", [c[1:] for c in PER], ids=[c[0] for c in PER])
def test_convert_per(money: Money, per: str, want: Decimal) -> None:
    got = convert_per(money, per)
    assert got.currency == money.currency
    assert abs(got.amount - want) <= abs(want) * Decimal("1e-25")
    assert type(got.amount) is Decimal


def test_round_trip_through_pint() -> None:
    for m in [Money("80", "USD", per="barrel"), Money("25", "JPY", per="share"),
              Money("670.9e9", "JPY"), Money("2.5", "EUR", per="kg")]:
        back = from_quantity(to_quantity(m))
        assert back == Money(m.amount, m.currency, "kilogram" if m.per == "kg" else m.per)
    assert Money("25", "JPY", per="share").to_quantity() == to_quantity(Money("25", "JPY", per="share"))


def test_currencies_are_dimensions_that_do_not_mix() -> None:
    usd, jpy = to_quantity(Money(1, "USD")), to_quantity(Money(1, "JPY"))
    with pytest.raises(Exception, match="[Cc]annot"):
        usd + jpy
    with pytest.raises(CurrencyMismatchError):
        from_quantity(usd * jpy)
    with pytest.raises(ValueError):
        convert_per(Money(1, "USD", per="barrel"), "kg")  # volume is not mass
    with pytest.raises(ValueError, match="not a unit price"):
        convert_per(Money(1, "USD"), "kg")


def test_from_quantity_refuses_floats() -> None:
    ureg = registry()
    to_quantity(Money(1, "USD"))  # defines USD
    q = ureg.Quantity(1.5, "USD")
    if isinstance(q.magnitude, float):
        with pytest.raises(TypeError, match="float"):
            from_quantity(q)


def test_convert_price_goes_through_the_rates() -> None:
    c = convert_price(Money("80", "USD", per="barrel"), "AUD", "m**3", on="2025-05-13")
    rate = independent_cross("USD", "AUD", c.on)
    want = Decimal(80) * rate / Decimal("0.158987294928")
    assert abs(c.money.amount - want) <= want * Decimal("1e-20")
    assert (c.money.currency, c.money.per, c.source, c.method) == ("AUD", "meter ** 3", "ecb", "spot")
    assert abs(c.rate - rate) <= rate * Decimal("1e-25")


def test_import_finnorm_does_not_import_pint() -> None:
    code = "import sys, finnorm, finnorm.convert, finnorm.format; print('pint' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(Path(__file__).resolve().parent.parent),
                              "PATH": "/usr/bin:/bin"})
    assert out.stdout.strip() == "False"
