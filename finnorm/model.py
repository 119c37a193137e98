"""Frozen value types: :class:`Money`, :class:`Mention`, :class:`FiscalPeriod`,
:class:`Conversion`.

>>> from decimal import Decimal
>>> m = Money(Decimal("670.9e9"), "JPY")
>>> m.amount
Decimal('6.709E+11')
>>> m == Money(Decimal("670900000000"), "JPY")
True
>>> Money(Decimal("1"), "USD") + Money(Decimal("2.50"), "USD")
Money(amount=Decimal('3.50'), currency='USD', per=None)
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Any

from .errors import (
    CurrencyMismatchError,
    InexactAmountError,
    InvalidArgumentError,
    UnknownCurrencyError,
)

__all__ = ["Conversion", "FiscalPeriod", "Mention", "Money"]


def _as_decimal(value: Any) -> Decimal:
    if isinstance(value, Decimal):
        return value
    if isinstance(value, (bool, float)):
        raise InexactAmountError(
            f"Money amounts are exact: pass a Decimal, int or str, not {type(value).__name__}"
        )
    if isinstance(value, (int, str)):
        return Decimal(value)
    raise InvalidArgumentError(f"cannot make a Decimal amount from {type(value).__name__}")


@dataclass(frozen=True, slots=True)
class Money:
    """An exact amount in an ISO 4217 currency, optionally per unit (a unit price).

    ``amount`` is always a :class:`~decimal.Decimal`; ints and strings are
    converted, floats are refused (they are not exact).

    >>> Money("25", "JPY", per="share")
    Money(amount=Decimal('25'), currency='JPY', per='share')
    >>> Money(1.5, "USD")
    Traceback (most recent call last):
    ...
    finnorm.errors.InexactAmountError: Money amounts are exact: pass a Decimal, int or str, not float
    """

    amount: Decimal
    currency: str
    per: str | None = None

    def __post_init__(self) -> None:
        amount = _as_decimal(self.amount)
        if not amount.is_finite():
            raise InexactAmountError(f"Money amount must be finite, got {amount}")
        object.__setattr__(self, "amount", amount)
        cur = self.currency
        if not (isinstance(cur, str) and len(cur) == 3 and cur.isascii() and cur.isalpha()):
            raise UnknownCurrencyError(f"not an ISO 4217 currency code: {cur!r}", currency=cur)
        if not cur.isupper():
            object.__setattr__(self, "currency", cur.upper())

    # ------------------------------------------------------------ arithmetic
    def _same(self, other: Money, op: str) -> None:
        if self.currency != other.currency or self.per != other.per:
            raise CurrencyMismatchError(
                f"cannot {op} {self.currency}{'/' + self.per if self.per else ''} and "
                f"{other.currency}{'/' + other.per if other.per else ''}: convert first",
                left=self.currency,
                right=other.currency,
            )

    def __add__(self, other: object) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        self._same(other, "add")
        return Money(self.amount + other.amount, self.currency, self.per)

    def __sub__(self, other: object) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        self._same(other, "subtract")
        return Money(self.amount - other.amount, self.currency, self.per)

    def __neg__(self) -> Money:
        return Money(-self.amount, self.currency, self.per)

    def __abs__(self) -> Money:
        return Money(abs(self.amount), self.currency, self.per)

    def __mul__(self, factor: object) -> Money:
        if isinstance(factor, (Decimal, int)) and not isinstance(factor, bool):
            return Money(self.amount * factor, self.currency, self.per)
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other: object) -> Any:
        if isinstance(other, Money):
            self._same(other, "divide")
            return self.amount / other.amount
        if isinstance(other, (Decimal, int)) and not isinstance(other, bool):
            return Money(self.amount / other, self.currency, self.per)
        return NotImplemented

    def _cmp(self, other: object) -> Decimal:
        if not isinstance(other, Money):
            raise InvalidArgumentError(f"cannot compare Money with {type(other).__name__}")
        self._same(other, "compare")
        return self.amount - other.amount

    def __lt__(self, other: object) -> bool:
        return self._cmp(other) < 0

    def __le__(self, other: object) -> bool:
        return self._cmp(other) <= 0

    def __gt__(self, other: object) -> bool:
        return self._cmp(other) > 0

    def __ge__(self, other: object) -> bool:
        return self._cmp(other) >= 0

    # ------------------------------------------------------------ sugar (lazy)
    def convert(self, to: str, **kwargs: Any) -> Conversion:
        """Convert to another currency; see :func:`finnorm.convert`."""
        from .convert import convert

        return convert(self, to, **kwargs)

    def format(self, locale: str | None = None, **kwargs: Any) -> str:
        """Locale-aware text for this amount; see :func:`finnorm.format.format_money`."""
        from .format import format_money

        return format_money(self, locale=locale, **kwargs)

    def to_quantity(self) -> Any:
        """This amount as a pint Quantity (currency as a dimension)."""
        from .units import to_quantity

        return to_quantity(self)

    def __str__(self) -> str:
        per = f"/{self.per}" if self.per else ""
        return f"{self.amount} {self.currency}{per}"

    def __reduce__(self) -> tuple[Any, ...]:
        # the amount as text: a Decimal pickles through its own reduce, several times slower
        return (_money_text, (str(self.amount), self.currency, self.per))


def _money(amount: Decimal, currency: str, per: str | None) -> Money:
    """Unpickle a Money without re-validating what was valid when pickled."""
    m = _new(Money)
    _MONEY_AMOUNT(m, amount)
    _MONEY_CURRENCY(m, currency)
    _MONEY_PER(m, per)
    return m


def _money_text(amount: str, currency: str, per: str | None) -> Money:
    """Unpickle a Money pickled with its amount as text."""
    return _money(Decimal(amount), currency, per)


_new = object.__new__
# the slots' own setters: a frozen value is filled once, without its __setattr__
_MONEY_AMOUNT = Money.__dict__["amount"].__set__
_MONEY_CURRENCY = Money.__dict__["currency"].__set__
_MONEY_PER = Money.__dict__["per"].__set__


@dataclass(frozen=True, slots=True, order=True)
class FiscalPeriod:
    """A fiscal year, half or quarter of a named calendar (inclusive dates).

    ``kind`` is ``'year'``, ``'half'`` or ``'quarter'``; ``number`` is 1-4 for
    quarters, 1-2 for halves and ``None`` for years. ``year`` is the number of
    the containing fiscal year *as its calendar counts it* (what
    ``calendar(name).year(n)`` takes back: Nissan's April 2024 - March 2025 is
    ``2024``, Toyota's same twelve months ``2025``). ``label`` is the period as
    the calendar writes it ("FY2024", "Q3 FY2024", "H1 2024-25") and
    ``calendar`` the calendar's name ("" for a period read from explicit dates
    with no calendar).

    Two periods are equal when they cover the same days at the same
    granularity, whichever calendar names them; they are ordered by start
    date, then end date.

    >>> import datetime as dt
    >>> p = FiscalPeriod(dt.date(2024, 4, 1), dt.date(2025, 3, 31), "year", None, 2024, "FY2024", "JP")
    >>> p.contains(dt.date(2025, 3, 31)), p.contains(dt.date(2025, 4, 1))
    (True, False)
    >>> p.days, str(p)
    (365, 'FY2024')
    """

    start: _dt.date
    end: _dt.date
    kind: str = field(compare=True)  # 'year' | 'half' | 'quarter'
    number: int | None = field(default=None, compare=False)  # 1-4 quarters, 1-2 halves
    year: int = field(default=0, compare=False)  # the containing fiscal year's number
    label: str = field(default="", compare=False)
    calendar: str = field(default="", compare=False)

    def contains(self, day: _dt.date) -> bool:
        """True when ``day`` falls inside this period (both ends included)."""
        return self.start <= day <= self.end

    def __contains__(self, day: object) -> bool:
        return isinstance(day, _dt.date) and self.start <= day <= self.end

    @property
    def days(self) -> int:
        """Number of days in the period (both ends included)."""
        return (self.end - self.start).days + 1

    @property
    def fiscal_year(self) -> int:
        """Alias of :attr:`year`."""
        return self.year

    def __str__(self) -> str:
        return self.label or f"{self.start.isoformat()}..{self.end.isoformat()}"


@dataclass(frozen=True)  # no slots: finnorm.convert builds these in one step on its hot path
class Conversion:
    """A converted amount with everything needed to reproduce it.

    ``rate`` is units of ``money.currency`` per unit of ``original.currency``
    (``money.amount == original.amount * rate``). For ``spot`` and
    ``closing``, ``on`` is the publication day used and ``asked`` the day
    asked for (they differ on weekends and holidays). For ``average``,
    ``start``/``end`` bound the window and ``days`` counts the publication
    days averaged; ``used`` lists every publication day the rate rests on.

    >>> import datetime as dt
    >>> from decimal import Decimal
    >>> c = Conversion(Money("150", "JPY"), Money("1", "USD"), Decimal("150"), "spot",
    ...                "user", on=dt.date(2025, 5, 9), asked=dt.date(2025, 5, 11),
    ...                used=(dt.date(2025, 5, 9),))
    >>> str(c)
    '150 JPY (1 USD at 150 JPY/USD, spot, user, 2025-05-09 for 2025-05-11)'
    """

    money: Money  # the result
    original: Money  # what was converted
    rate: Decimal  # units of money.currency per unit of original.currency
    method: str  # 'spot' | 'average' | 'closing'
    source: str  # 'ecb', 'forex-python', 'user', 'identity'
    on: _dt.date | None = None  # the publication day used (spot, closing)
    start: _dt.date | None = None  # averaging window (average), both ends included
    end: _dt.date | None = None
    days: int = 1  # publication days the rate rests on
    asked: _dt.date | None = None  # the day asked for (spot, closing)
    used: tuple[_dt.date, ...] = field(default=(), repr=False)  # every publication day used

    def __str__(self) -> str:
        o = self.original
        pair = f"{self.money.currency}/{o.currency}"
        if self.method == "average" and self.start and self.end:
            when = f"{self.start.isoformat()}..{self.end.isoformat()}, {self.days} days"
        elif self.on is not None:
            when = self.on.isoformat()
            if self.asked is not None and self.asked != self.on:
                when += f" for {self.asked.isoformat()}"
        else:
            when = self.asked.isoformat() if self.asked else ""
        return (
            f"{self.money.amount} {self.money.currency} ({o.amount} {o.currency} at "
            f"{self.rate} {pair}, {self.method}, {self.source}, {when})"
        )


@dataclass(frozen=True, slots=True)
class Mention:
    """One money figure found in a text.

    ``text == source[start:end]``; ``money`` is the amount (the low end of a
    range), ``upper`` the high end of a range, ``qualifier`` a normalised hedge
    word ("approximately", "more than", ...), ``inferred`` whether the currency
    was chosen by locale/default rather than written, ``period`` the fiscal
    period the figure belongs to when the text says so.

    ``uncertain`` is True when the reading rests on a guess the text does not
    settle (a separator that may group or mark decimals, an unknown word that
    looks like a scale, a numeral only partly read, a bare symbol's currency
    taken from the locale default); ``reason`` says which, in one line, and
    ``alternatives`` holds the other readings. ``strict`` modes refuse such
    mentions instead.

    >>> m = Mention("$3.499", 0, 6, Money("3.499", "USD"), uncertain=True,
    ...             reason="3.499: grouping or decimal", alternatives=(Money("3499", "USD"),))
    >>> import pickle
    >>> pickle.loads(pickle.dumps(m)) == m
    True
    """

    text: str
    start: int
    end: int
    money: Money
    upper: Money | None = None
    qualifier: str | None = None
    inferred: bool = False
    period: FiscalPeriod | None = None
    candidates: tuple[str, ...] = ()  # other currencies the cue could mean
    uncertain: bool = False
    reason: str | None = None  # why uncertain, one line
    alternatives: tuple[Money, ...] = ()  # the other readings, when uncertain

    def __reduce__(self) -> tuple[Any, ...]:
        # flat and cheap: one global to find, amounts as text, the candidate codes
        # as one string (worker processes send millions of these)
        money, upper = self.money, self.upper
        if (upper is None and self.qualifier is None and self.period is None and not self.uncertain
                and money.per is None):
            # the common case: a plain figure (the other fields at their defaults)
            return (_plain, (self.text, self.start, self.end, str(money.amount), money.currency,
                             self.inferred, _joined(self.candidates)))
        return (_mention, (self.text, self.start, self.end, _amount_text(money.amount),
                           money.currency, money.per,
                           None if upper is None else _amount_text(upper.amount),
                           None if upper is None else upper.currency,
                           None if upper is None else upper.per,
                           self.qualifier, self.inferred, self.period, " ".join(self.candidates),
                           self.uncertain, self.reason, self.alternatives))


def _amount_text(amount: Decimal) -> str:
    return str(amount)


def _mention(text: str, start: int, end: int, amount: str, currency: str, per: str | None,
             upper: str | None, upper_currency: str | None, upper_per: str | None,
             qualifier: str | None, inferred: bool, period: FiscalPeriod | None,
             candidates: str, uncertain: bool, reason: str | None,
             alternatives: tuple[Money, ...]) -> Mention:
    """Unpickle a Mention without re-validating what was valid when pickled."""
    return _filled(text, start, end, _money(Decimal(amount), currency, per),
                   None if upper is None else _money(Decimal(upper), upper_currency or currency,
                                                     upper_per),
                   qualifier, inferred, period, _codes(candidates) if candidates else (),
                   uncertain, reason, alternatives)


def _plain(text: str, start: int, end: int, amount: str, currency: str, inferred: bool,
           candidates: str = "") -> Mention:
    """Unpickle a plain Mention (see :meth:`Mention.__reduce__`); the slots set one by
    one, unrolled (worker processes load millions of these)."""
    money: Any = _new(_MoneySlots)
    money.amount = Decimal(amount)
    money.currency = currency
    money.per = None
    money.__class__ = Money
    m: Any = _new(_MentionSlots)
    m.text = text
    m.start = start
    m.end = end
    m.money = money
    m.upper = None
    m.qualifier = None
    m.inferred = inferred
    m.period = None
    m.candidates = _codes(candidates) if candidates else ()
    m.uncertain = False
    m.reason = None
    m.alternatives = ()
    m.__class__ = Mention
    return m  # type: ignore[no-any-return]


class _MoneySlots:
    """The slots of :class:`Money`, writable: a Money is filled here, then becomes one
    (the same layout; a frozen value's own setters are several times slower)."""

    __slots__ = Money.__slots__


class _MentionSlots:
    """The slots of :class:`Mention`, writable (see :class:`_MoneySlots`)."""

    __slots__ = ("text", "start", "end", "money", "upper", "qualifier", "inferred", "period",  # noqa: RUF023
                 "candidates", "uncertain", "reason", "alternatives")  # Mention's order: the layout


_JOINED: dict[int, tuple[tuple[str, ...], str]] = {}


def _joined(codes: tuple[str, ...]) -> str:
    """The candidate codes as one string; a tuple shared by many mentions is joined once
    (keyed by identity, the tuple kept alive beside its text)."""
    got = _JOINED.get(id(codes))
    if got is not None and got[0] is codes:
        return got[1]
    text = " ".join(codes)
    if len(_JOINED) < 4096:
        _JOINED[id(codes)] = (codes, text)
    return text


def _filled(*values: Any) -> Mention:
    """A Mention whose slots are set from ``values`` in field order (no ``__init__``)."""
    m = _new(Mention)
    for put, value in zip(_MENTION_SETTERS, values):
        put(m, value)
    return m


_MENTION_SETTERS = tuple(Mention.__dict__[f].__set__ for f in (
    "text", "start", "end", "money", "upper", "qualifier", "inferred", "period", "candidates",
    "uncertain", "reason", "alternatives"))
assert _MentionSlots.__slots__ == Mention.__slots__  # the same layout, or no class switch


@lru_cache(maxsize=4096)
def _codes(joined: str) -> tuple[str, ...]:
    """The candidate codes joined by spaces, as a tuple shared by the mentions that
    have them (a handful of distinct tuples, one per ambiguous symbol)."""
    return tuple(joined.split())
