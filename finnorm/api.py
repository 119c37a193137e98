"""The two entry points: :func:`parse` and :func:`extract`.

>>> extract("Revenue rose to €3bn–€4bn, about $5 billion.")[1].qualifier
'approximately'
>>> parse("USD34.6 million")
Money(amount=Decimal('34600000'), currency='USD', per=None)

A reading that rests on a guess is marked ``uncertain`` with a ``reason``
and its ``alternatives``; ``strict=True`` refuses it instead:

>>> m = extract("$1.092 a litre")[0]
>>> m.uncertain, m.reason
(True, "1.092: '.' may group thousands or mark decimals")
>>> parse("$1.092 a litre", strict=True)
Traceback (most recent call last):
...
finnorm.errors.AmbiguousAmountError: '$1.092 a litre': 1.092: '.' may group thousands or mark decimals
>>> parse("$1.092 a litre", locale="en_US", strict=True)
Money(amount=Decimal('1.092'), currency='USD', per='liter')
"""
from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from .errors import AmbiguousAmountError, InvalidArgumentError, ParseError
from .locale import Locale, locale_of
from .model import Mention, Money
from .resolve import safe_resolve

if TYPE_CHECKING:  # pragma: no cover
    from .fiscal import Calendar

__all__ = ["extract", "parse"]


def extract(
    text: str,
    *,
    locale: Locale | str | None = None,
    calendar: Calendar | str | None = None,
    strict: bool = False,
    published: _dt.date | str | None = None,
) -> list[Mention]:
    """Every money mention in ``text``, in order.

    ``locale`` (a CLDR locale id such as ``"en_AU"``, ``"ja_JP"``, ``"de"``, or
    a :class:`finnorm.locale.Locale`) chooses the language of words, the
    separators and the meaning of a bare ``$``/``¥``/``kr``; an unknown one is
    an :class:`~finnorm.errors.UnknownLocaleError`. With ``calendar`` (a name
    such as ``"JP"`` or a :class:`finnorm.Calendar`) each mention's ``period``
    is set from the period its sentence names; even without one, periods the
    text settles by itself (explicit months) are set. With ``strict``, an
    uncertain mention raises :class:`~finnorm.errors.AmbiguousAmountError`.
    ``published`` (a date, ``"YYYY-MM-DD"``, or ``"YYYY-MM"``/``"YYYY"`` when only the
    month or year is known) is when the text was published:
    it settles a currency word its country has since replaced ("lira" in Turkey
    before 2005 is TRL, "korún" in Slovakia before 2009 SKK), which without it is
    read as today's currency where the change is old, else marked uncertain.

    >>> [(m.text, m.money.currency, m.inferred) for m in extract("$1.08 billion", locale="en_AU")]
    [('$1.08 billion', 'AUD', True)]
    >>> [str(m.money) for m in extract("275 milyar lira", locale="tr_TR", published="2004-06-01")]
    ['275000000000 TRL']
    >>> m = extract("lístok za 12 korún", locale="sk_SK", published="2006-03-01")[0]
    >>> str(m.money), m.uncertain
    ('12 SKK', False)
    """
    if not isinstance(text, str):
        raise InvalidArgumentError(f"extract() wants str, not {type(text).__name__}")
    return _read(text, locale, calendar, strict, published, None)


def _read(text: str, locale: Locale | str | None, calendar: Calendar | str | None,
          strict: bool, published: _dt.date | str | None,
          quotes: list[tuple[Mention, Mention]] | None) -> list[Mention]:
    """:func:`extract`, the exchange rates the text quotes appended to ``quotes`` (for
    :func:`finnorm.check`, which checks them as conversions of one unit)."""
    loc = locale_of(locale)
    mentions = safe_resolve(text, loc, published=_day(published), quotes=quotes)
    if strict:
        for m in mentions:
            _refuse_uncertain(m)
    if mentions:
        mentions = _pinner()(text, mentions, calendar,
                             locale=loc.id if loc is not None else None)
    return mentions


@cache
def _pinner() -> Callable[..., list[Mention]]:
    """The period pinner, imported on first need (not with ``import finnorm``) and
    then held: a lazy import at every call costs more than a short text's reading."""
    from .fiscal.pinning import pin

    return pin


def parse(text: str, *, locale: Locale | str | None = None, strict: bool = False,
          published: _dt.date | str | None = None) -> Money:
    """Exactly one amount of money in ``text``, else :class:`ParseError`.

    >>> parse("¥670.9 billion")
    Money(amount=Decimal('670900000000'), currency='JPY', per=None)
    >>> parse("1.234,56 €")
    Money(amount=Decimal('1234.56'), currency='EUR', per=None)
    >>> parse("no money here")
    Traceback (most recent call last):
    ...
    finnorm.errors.ParseError: no amount of money in 'no money here'
    """
    if not isinstance(text, str):
        raise InvalidArgumentError(f"parse() wants str, not {type(text).__name__}")
    found = safe_resolve(text, locale_of(locale), published=_day(published))
    if not found:
        raise ParseError(f"no amount of money in {_short(text)!r}", text=text)
    if len(found) > 1:
        raise AmbiguousAmountError(
            f"{len(found)} amounts in {_short(text)!r}; use extract() for several",
            candidates=tuple(m.text for m in found),
        )
    if strict:
        _refuse_uncertain(found[0])
    return found[0].money


def _day(value: _dt.date | str | None) -> tuple[str, str] | None:
    """``published`` as its first and last ISO day (a day, or a month or year written
    ``YYYY-MM``/``YYYY``), or an :class:`InvalidArgumentError`."""
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        value = value.date()
    if isinstance(value, _dt.date):
        return value.isoformat(), value.isoformat()
    if not isinstance(value, str):
        raise InvalidArgumentError(f"published wants a date, not {type(value).__name__}")
    v = value.strip()
    try:
        if len(v) == 4:
            _dt.date(int(v), 1, 1)
            return f"{v}-01-01", f"{v}-12-31"
        if len(v) == 7 and v[4] == "-":
            first = _dt.date(int(v[:4]), int(v[5:]), 1)
            nxt = _dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first.isoformat(), (nxt - _dt.timedelta(days=1)).isoformat()
        day = _dt.date.fromisoformat(v).isoformat()
        return day, day
    except ValueError:
        raise InvalidArgumentError(
            f"published wants a day YYYY-MM-DD (or YYYY-MM, YYYY), got {value!r}") from None


def _refuse_uncertain(m: Mention) -> None:
    if m.uncertain:
        raise AmbiguousAmountError(
            f"{_short(m.text)!r}: {m.reason}",
            candidates=tuple(str(a) for a in (m.money, *m.alternatives)),
            reason=m.reason,
        )


def _short(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "..."
