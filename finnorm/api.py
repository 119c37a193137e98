"""The two entry points: :func:`parse` and :func:`extract`.

>>> extract("Revenue rose to €3bn–€4bn, about $5 billion.")[1].qualifier
'approximately'
>>> parse("USD34.6 million")
Money(amount=Decimal('34600000'), currency='USD', per=None)
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import AmbiguousAmountError, ParseError
from .model import Mention, Money
from .resolve import safe_resolve

if TYPE_CHECKING:  # pragma: no cover
    from .fiscal import Calendar

__all__ = ["extract", "parse"]


def extract(
    text: str,
    *,
    locale: str | None = None,
    calendar: Calendar | str | None = None,
) -> list[Mention]:
    """Every money mention in ``text``, in order.

    ``locale`` (a babel locale id such as ``"en_AU"``, ``"ja_JP"``, ``"de"``)
    chooses the language of words and the meaning of a bare ``$``/``¥``/``kr``.
    With ``calendar`` (a name such as ``"JP"`` or a :class:`finnorm.Calendar`)
    each mention's ``period`` is set from the period its sentence names; even
    without one, periods the text settles by itself (explicit months) are set.

    >>> [(m.text, m.money.currency, m.inferred) for m in extract("$1.08 billion", locale="en_AU")]
    [('$1.08 billion', 'AUD', True)]
    """
    if not isinstance(text, str):
        raise TypeError(f"extract() wants str, not {type(text).__name__}")
    mentions = safe_resolve(text, locale)
    if mentions:
        mentions = _pin(text, mentions, calendar, locale)
    return mentions


_PIN: Any = None


def _pin(text: str, mentions: list[Mention], calendar: Any, locale: str | None) -> list[Mention]:
    global _PIN
    if _PIN is None:
        from .fiscal import pin

        _PIN = pin
    result: list[Mention] = _PIN(text, mentions, calendar, locale=locale)
    return result


def parse(text: str, *, locale: str | None = None) -> Money:
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
        raise TypeError(f"parse() wants str, not {type(text).__name__}")
    found = safe_resolve(text, locale)
    if not found:
        raise ParseError(f"no amount of money in {_short(text)!r}", text=text)
    if len(found) > 1:
        raise AmbiguousAmountError(
            f"{len(found)} amounts in {_short(text)!r}; use extract() for several",
            candidates=tuple(m.text for m in found),
        )
    return found[0].money


def _short(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "..."
