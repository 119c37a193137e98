"""The pint bridge: unit prices and currencies as dimensions. Imported only when needed.

Each currency is its own pint dimension (``[currency_USD]``), so pint refuses
to add dollars to yen, while a unit price like "$80 a barrel" is the quantity
``80 USD / barrel`` whose unit part pint converts exactly (Decimal factors).
The currency part never goes through pint: it goes through the rates
(:func:`finnorm.convert.convert`), with its rate, date and source recorded.

In prices, ``barrel``/``bbl`` mean the oil barrel (42 US gallons), the unit
oil is quoted in; ``share`` is a dimension of its own. Other unit names are
pint's (``oz`` is the avoirdupois ounce; precious metals are quoted per troy
ounce, ``ozt``).

>>> from finnorm.model import Money
>>> q = to_quantity(Money("80", "USD", per="barrel"))
>>> q
<Quantity(80, 'USD / oil_barrel')>
>>> from_quantity(q)
Money(amount=Decimal('80'), currency='USD', per='barrel')
>>> convert_per(Money("80", "USD", per="barrel"), "m**3").amount
Decimal('503.1848616345684102474284222')
>>> convert_per(Money("0.85", "USD", per="lb"), "kg")
Money(amount=Decimal('1.873929228571459436145277312'), currency='USD', per='kilogram')
"""
from __future__ import annotations

import dataclasses
import functools
import threading
from decimal import Decimal
from typing import Any

from .errors import (
    CurrencyMismatchError,
    InexactAmountError,
    InvalidArgumentError,
    UnknownCurrencyError,
)
from .model import Conversion, Money

__all__ = ["convert_per", "convert_price", "from_quantity", "registry", "to_quantity"]

#: price-unit words read the way markets quote them
PER_ALIASES = {"barrel": "oil_barrel", "barrels": "oil_barrel", "bbl": "oil_barrel"}
_BACK = {"oil_barrel": "barrel"}
_LOCK = threading.Lock()
_DEFINED: set[str] = set()


@functools.cache
def registry() -> Any:
    """finnorm's pint registry (Decimal arithmetic, currencies and ``share`` defined)."""
    import pint

    ureg: Any = pint.UnitRegistry(non_int_type=Decimal, cache_folder=None)
    ureg.define("share = [share] = shares")
    return ureg


def _currency_unit(code: str) -> str:
    code = code.upper()
    if not (len(code) == 3 and code.isascii() and code.isalpha()):
        raise UnknownCurrencyError(f"not an ISO 4217 currency code: {code!r}", currency=code)
    if code in _DEFINED:
        return code
    ureg = registry()
    with _LOCK:
        if code not in _DEFINED:
            if code in ureg:
                raise UnknownCurrencyError(
                    f"{code} is already a pint unit ({ureg.Unit(code)}), cannot be a currency",
                    currency=code)
            ureg.define(f"{code} = [currency_{code}]")
            _DEFINED.add(code)
    return code


def _per_unit(per: str) -> Any:
    ureg = registry()
    text = PER_ALIASES.get(per.strip(), per.strip())
    try:
        return ureg.Unit(text)
    except Exception as exc:  # pint's UndefinedUnitError and parse errors
        raise InvalidArgumentError(f"unknown unit {per!r}: {exc}") from None


def to_quantity(money: Money) -> Any:
    """``money`` as a pint Quantity: ``currency`` or ``currency / per``."""
    ureg = registry()
    unit = ureg.Unit(_currency_unit(money.currency))
    if money.per:
        unit = unit / _per_unit(money.per)
    return ureg.Quantity(money.amount, unit)


def _per_text(unit: Any) -> str:
    text = str(unit)
    return _BACK.get(text, text)


def from_quantity(quantity: Any) -> Money:
    """A pint Quantity of one currency (optionally per some unit) back to :class:`Money`."""
    ureg = registry()
    if not isinstance(quantity, ureg.Quantity):
        raise InvalidArgumentError(f"expected a pint Quantity of finnorm's registry, not {type(quantity).__name__}")
    units = dict(quantity.unit_items())
    currencies = [u for u in units if u in _DEFINED]
    if len(currencies) != 1 or units[currencies[0]] != 1:
        raise CurrencyMismatchError(
            f"{quantity.units} is not an amount of exactly one currency", left=str(quantity.units),
            right=None)
    code = currencies[0]
    rest = [(u, e) for u, e in units.items() if u != code]
    if any(e > 0 for _, e in rest):
        raise InvalidArgumentError(f"{quantity.units}: only 'currency' or 'currency / unit' becomes Money")
    per = None
    if rest:
        inv = ureg.Unit("")
        for u, e in rest:
            inv = inv * ureg.Unit(u) ** (-e)
        per = _per_text(inv)
    mag = quantity.magnitude
    if isinstance(mag, float):
        raise InexactAmountError("the quantity's magnitude is a float; finnorm amounts are exact")
    return Money(Decimal(mag) if not isinstance(mag, Decimal) else mag, code, per)


def convert_per(money: Money, per: str) -> Money:
    """The same price per another unit (exact factors), currency unchanged.

    >>> convert_per(Money("2000", "USD", per="ozt"), "kg").amount.quantize(Decimal("0.01"))
    Decimal('64301.49')
    """
    if not money.per:
        raise InvalidArgumentError(f"{money} is not a unit price")
    ureg = registry()
    target = ureg.Unit(_currency_unit(money.currency)) / _per_unit(per)
    try:
        q = to_quantity(money).to(target)
    except Exception as exc:  # pint's DimensionalityError
        raise InvalidArgumentError(f"cannot express a price per {money.per} per {per}: {exc}") from None
    return from_quantity(q)


def convert_price(money: Money, to: str, per: str | None = None, **kwargs: Any) -> Conversion:
    """Convert a unit price's currency through the rates and (optionally) its unit with pint.

    ``kwargs`` go to :func:`finnorm.convert.convert` (``on``, ``method``,
    ``period``, ``source``, ``rates``). The result's ``rate`` is the currency
    rate; ``money`` is the price in ``to`` per ``per``.

    >>> c = convert_price(Money("80", "USD", per="barrel"), "EUR", "m**3", on="2025-05-13")
    >>> c.money.currency, c.money.per, c.source, c.on.isoformat()
    ('EUR', 'meter ** 3', 'ecb', '2025-05-13')
    >>> round(c.money.amount, 2)
    Decimal('452.83')
    """
    from .convert import convert

    conv = convert(money, to, **kwargs)
    if per is None:
        return conv
    return dataclasses.replace(conv, money=convert_per(conv.money, per))
