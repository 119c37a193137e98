"""Closed intervals of Decimals: every printed figure is the interval its last
printed digit allows, and claims are checked by interval arithmetic.

``A$7.1 billion`` stands for anything in [7.05, 7.15] billion; ``12%`` for
[11.5, 12.5] %. Sums, differences and quotients of intervals bound every
result the printed figures allow, so a claim is refuted only when no reading
of its figures can make it true.

>>> a = Interval.printed(Decimal("7.1e9"), Decimal("1e8"))
>>> a
Interval(lo=Decimal('7.05E+9'), hi=Decimal('7.15E+9'))
>>> b = Interval.printed(Decimal("670.9e9"), Decimal("1e8"))
>>> r = a / b
>>> r.lo < Decimal("7.1") / Decimal("670.9") < r.hi
True
>>> (Interval(Decimal(1), Decimal(2)) + Interval(Decimal(10), Decimal(20))).hi
Decimal('22')
>>> Interval(Decimal(1), Decimal(2)).meets(Interval(Decimal(2), Decimal(3)))
True
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal, localcontext

__all__ = ["PREC", "Interval", "unit_of"]

#: digits kept in interval arithmetic (far beyond any printed figure)
PREC = 40


@dataclass(frozen=True, slots=True)
class Interval:
    """The closed interval [lo, hi] (``lo <= hi``)."""

    lo: Decimal
    hi: Decimal

    def __post_init__(self) -> None:
        if not (isinstance(self.lo, Decimal) and isinstance(self.hi, Decimal)):
            raise TypeError("Interval bounds are Decimals")
        if not (self.lo.is_finite() and self.hi.is_finite()) or self.lo > self.hi:
            raise ValueError(f"not an interval: [{self.lo}, {self.hi}]")

    @classmethod
    def printed(cls, value: Decimal, unit: Decimal) -> Interval:
        """What a figure printed as ``value`` with last digit worth ``unit`` may be.

        >>> Interval.printed(Decimal("12"), Decimal("1"))
        Interval(lo=Decimal('11.5'), hi=Decimal('12.5'))
        """
        half = abs(unit) / 2
        return cls(value - half, value + half)

    @classmethod
    def truncated(cls, value: Decimal, unit: Decimal) -> Interval:
        """What a figure may be when its printed digits were cut, not rounded.

        >>> Interval.truncated(Decimal("12"), Decimal("1"))
        Interval(lo=Decimal('12'), hi=Decimal('13'))
        >>> Interval.truncated(Decimal("-12"), Decimal("1"))
        Interval(lo=Decimal('-13'), hi=Decimal('-12'))
        """
        u = abs(unit)
        return cls(value, value + u) if value >= 0 else cls(value - u, value)

    @classmethod
    def point(cls, value: Decimal) -> Interval:
        return cls(value, value)

    # ------------------------------------------------------------ arithmetic
    # Lower bounds are rounded down and upper bounds up, so an interval always
    # holds every exact result, however many digits that result has.
    def __add__(self, other: Interval) -> Interval:
        return Interval(_down(lambda: self.lo + other.lo), _up(lambda: self.hi + other.hi))

    def __sub__(self, other: Interval) -> Interval:
        return Interval(_down(lambda: self.lo - other.hi), _up(lambda: self.hi - other.lo))

    def __neg__(self) -> Interval:
        return Interval(-self.hi, -self.lo)

    def __truediv__(self, other: Interval) -> Interval:
        """Quotient of two positive intervals (``other.lo > 0``, ``self.lo >= 0``)."""
        if other.lo <= 0 or self.lo < 0:
            raise ZeroDivisionError("interval quotient needs positive intervals")
        return Interval(_down(lambda: self.lo / other.hi), _up(lambda: self.hi / other.lo))

    def scale(self, factor: Decimal) -> Interval:
        """Every point times ``factor``."""
        lo, hi = (self.lo, self.hi) if factor >= 0 else (self.hi, self.lo)
        return Interval(_down(lambda: lo * factor), _up(lambda: hi * factor))

    def shift(self, delta: Decimal) -> Interval:
        return Interval(_down(lambda: self.lo + delta), _up(lambda: self.hi + delta))

    # ------------------------------------------------------------ relations
    def meets(self, other: Interval) -> bool:
        """True when the two intervals share at least one point."""
        return self.lo <= other.hi and other.lo <= self.hi

    def __contains__(self, x: object) -> bool:
        return isinstance(x, Decimal) and self.lo <= x <= self.hi

    @property
    def mid(self) -> Decimal:
        with localcontext() as ctx:
            ctx.prec = PREC
            return (self.lo + self.hi) / 2

    def magnitude(self) -> Interval:
        """The interval of ``|x|`` for x in this interval.

        >>> Interval(Decimal(-2), Decimal(1)).magnitude()
        Interval(lo=Decimal('0'), hi=Decimal('2'))
        """
        if self.lo >= 0:
            return self
        if self.hi <= 0:
            return -self
        return Interval(Decimal(0), max(-self.lo, self.hi))


def _down(op: Callable[[], Decimal]) -> Decimal:
    with localcontext() as ctx:
        ctx.prec, ctx.rounding = PREC, ROUND_FLOOR
        return op()


def _up(op: Callable[[], Decimal]) -> Decimal:
    with localcontext() as ctx:
        ctx.prec, ctx.rounding = PREC, ROUND_CEILING
        return op()


def unit_of(value: Decimal) -> Decimal:
    """The worth of the last printed digit of a Decimal written as printed.

    >>> unit_of(Decimal("8.2")), unit_of(Decimal("600")), unit_of(Decimal("7.1e9"))
    (Decimal('0.1'), Decimal('1'), Decimal('1E+8'))
    """
    exp = value.as_tuple().exponent
    if not isinstance(exp, int):
        raise ValueError(f"not a finite number: {value}")
    return Decimal(1).scaleb(exp)
