"""The value types of :func:`finnorm.check`: :class:`Figure` (one printed number a
claim rests on) and :class:`Claim` (a conversion, change, difference or sum
the text states, with its verdict).

>>> from decimal import Decimal, localcontext
>>> f = Figure("12%", 13, 16, Decimal("12"), Decimal("1"))
>>> f.interval
Interval(lo=Decimal('11.5'), hi=Decimal('12.5'))
>>> c = Claim("change", (f,), ("pct",), "cannot_check", "example")
>>> c.to_dict()["figures"]
[{'text': '12%', 'start': 13, 'end': 16, 'role': 'pct', 'value': '12', 'unit': '1', 'currency': None}]
>>> import pickle
>>> pickle.loads(pickle.dumps(c)) == c
True
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from decimal import Decimal, localcontext
from typing import Any

from ..model import Mention
from .interval import Interval

__all__ = ["KINDS", "ROLES", "VERDICTS", "Claim", "Figure"]

#: the kinds of claim, in report order
KINDS = ("conversion", "change", "difference", "sum")
#: the verdicts, best first
VERDICTS = ("consistent", "consistent_if", "inconsistent", "gross", "cannot_check")
#: the role a figure plays in its claim
ROLES = frozenset(["from", "to", "pct", "new", "old", "diff", "part", "total"])


@dataclass(frozen=True, slots=True)
class Figure:
    """One printed figure: ``text == source[start:end]``.

    ``value`` is the magnitude as printed (``7.1e9`` for "A$7.1 billion",
    ``12`` for "12%") and ``unit`` the worth of its last printed digit
    (``1e8``, ``1``). ``currency`` is ``None`` for a percentage. ``bare`` is
    the symbol ("$", "¥") when the currency was chosen by the locale, not
    written; ``inherited`` is True for a number written without a currency
    that takes the currency of the figure it is compared with ("to $5.6bn from
    5.0bn"). ``mention`` is the reader's :class:`~finnorm.model.Mention`, when
    there is one.
    """

    text: str
    start: int
    end: int
    value: Decimal
    unit: Decimal
    currency: str | None = None
    per: str | None = None
    bare: str | None = None
    inferred: bool = False
    inherited: bool = False
    uncertain: bool = False
    reason: str | None = None
    mention: Mention | None = None

    @property
    def interval(self) -> Interval:
        """The closed interval the printed figure allows (``value ± unit/2``)."""
        return Interval.printed(self.value, self.unit)

    def to_dict(self, role: str | None = None) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "role": role,
                "value": _num(self.value), "unit": _num(self.unit), "currency": self.currency}


def _num(x: Decimal, digits: int | None = None) -> str:
    """A Decimal as a plain string, without exponent (to ``digits`` significant digits)."""
    if digits is not None and x != 0:
        with localcontext() as ctx:
            ctx.prec = digits
            x = +x
    s = format(x, "f")
    return s.rstrip("0").rstrip(".") if "." in s else s


@dataclass(frozen=True, slots=True)
class Claim:
    """A claim the text states about its own figures, with its verdict.

    ``kind`` is one of :data:`KINDS`; ``figures`` the figures in text order and
    ``roles`` the role of each (``from``/``to`` for a conversion, ``pct``,
    ``new``, ``old`` for a change, ``diff``, ``new``, ``old`` for a difference,
    ``part``/``total`` for a sum). ``verdict`` is one of :data:`VERDICTS`;
    ``reason`` gives the numbers behind it (the implied and reference rates
    and the days used, or the computed and stated intervals) and, for
    ``consistent_if``, the condition (``date:2025-06-13``, ``currency:USD``,
    ``rounding:truncated``). ``computed`` and ``stated`` are the two intervals
    compared (an implied rate and the reference rates' span for a
    conversion). ``line``/``column`` locate the first figure (1-based).
    ``published``, ``tolerance`` and ``windows`` (days before publication of
    the two rate windows) are the settings the verdict rests on.
    """

    kind: str
    figures: tuple[Figure, ...]
    roles: tuple[str, ...]
    verdict: str
    reason: str
    computed: Interval | None = None
    stated: Interval | None = None
    line: int = 1
    column: int = 1
    published: _dt.date | None = None
    tolerance: Decimal = Decimal("0.005")
    windows: tuple[int, int] = (7, 31)

    @property
    def start(self) -> int:
        return self.figures[0].start if self.figures else 0

    @property
    def end(self) -> int:
        return max((f.end for f in self.figures), default=0)

    def figure(self, role: str) -> Figure | None:
        """The (first) figure playing ``role``."""
        for f, r in zip(self.figures, self.roles, strict=True):
            if r == role:
                return f
        return None

    @property
    def wrong(self) -> bool:
        """True for ``inconsistent`` and ``gross``: the claim does not hold."""
        return self.verdict in ("inconsistent", "gross")

    def to_dict(self, file: str | None = None) -> dict[str, Any]:
        """The JSON Lines row ``finnorm check --format jsonl`` prints for this claim
        (with ``file`` first when given)."""
        row: dict[str, Any] = {} if file is None else {"file": file}
        row.update({
            "line": self.line,
            "column": self.column,
            "kind": self.kind,
            "verdict": self.verdict,
            "reason": self.reason,
            "figures": [f.to_dict(r) for f, r in zip(self.figures, self.roles, strict=True)],
            "computed": None if self.computed is None else [_num(self.computed.lo, 12),
                                                            _num(self.computed.hi, 12)],
            "stated": None if self.stated is None else [_num(self.stated.lo, 12),
                                                        _num(self.stated.hi, 12)],
            "published": None if self.published is None else self.published.isoformat(),
            "tolerance": _num(self.tolerance),
            "window_days": self.windows[0],
            "wide_window_days": self.windows[1],
        })
        return row
