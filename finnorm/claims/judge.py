"""A found claim and its verdict: dispatch each :class:`~finnorm.claims.find.Candidate`
to the rule of its kind and build the :class:`~finnorm.claims.claim.Claim`.

>>> from decimal import Decimal as D
>>> from .context import Candidate
>>> parts = (Figure("$3.2bn", 0, 6, D("3.2e9"), D("1e8"), "USD"),
...          Figure("$2.4bn", 11, 17, D("2.4e9"), D("1e8"), "USD"),
...          Figure("$5.6bn", 28, 34, D("5.6e9"), D("1e8"), "USD"))
>>> c = judge("$3.2bn and $2.4bn, together $5.6bn", Candidate("sum", parts, ("part", "part", "total")),
...           published=None, source=None, tolerance=D("0.005"), windows=(7, 31))
>>> c.verdict, c.line, c.column
('consistent', 1, 1)
"""
from __future__ import annotations

import datetime as _dt
import re
from decimal import Decimal
from typing import Any

from .claim import Claim, Figure
from .context import Candidate
from .verdict import Outcome, change, conversion, difference, total

__all__ = ["judge"]

_BARE_NUMBER = re.compile(r"[\d\s.,'’\u00a0\u202f]+")


def _position(text: str, pos: int) -> tuple[int, int]:
    line = text.count("\n", 0, pos) + 1
    col = pos - (text.rfind("\n", 0, pos) + 1) + 1
    return line, col


def _by_role(c: Candidate, role: str) -> Figure:
    for f, r in zip(c.figures, c.roles, strict=True):
        if r == role:
            return f
    raise LookupError(role)


def _outcome(c: Candidate, *, published: _dt.date | None, source: Any, tolerance: Decimal,
             windows: tuple[int, int]) -> Outcome:
    if c.kind == "conversion":
        return conversion(_by_role(c, "from"), _by_role(c, "to"), published=published,
                          source=source, tolerance=tolerance, window=windows[0], wide=windows[1])
    if c.kind == "change":
        return change(_by_role(c, "pct"), c.sign, _by_role(c, "new"), _by_role(c, "old"))
    if c.kind == "difference":
        return difference(_by_role(c, "diff"), c.sign, _by_role(c, "new"), _by_role(c, "old"))
    parts = [f for f, r in zip(c.figures, c.roles, strict=True) if r == "part"]
    return total(parts, _by_role(c, "total"))


def judge(text: str, c: Candidate, *, published: _dt.date | None, source: Any,
          tolerance: Decimal, windows: tuple[int, int]) -> Claim:
    """The :class:`Claim` for candidate ``c`` found in ``text``."""
    verdict, reason, computed, stated = _outcome(c, published=published, source=source,
                                                 tolerance=tolerance, windows=windows)
    if verdict != "cannot_check":
        written = next((f for f in c.figures if f.currency and not _BARE_NUMBER.fullmatch(f.text)),
                       None)
        for f in c.figures:
            if f.mention is not None and f.inferred and _BARE_NUMBER.fullmatch(f.text) and written:
                reason += (f"; {f.text!r}: currency and scale not written, read as those of "
                           f"{written.text!r}")
                continue
            if f.inherited:
                reason += f"; {f.text!r}: {f.reason}" if f.reason else \
                    f"; currency of {f.text!r} not written: taken from the figure it is compared with"
    if c.kind == "conversion" and verdict != "cannot_check":
        guessed = [f for f in c.figures if f.inferred and f.currency and not f.inherited]
        if guessed:
            reason += "; " + ", ".join(
                f"{f.text!r}: bare {f.bare} read as {f.currency}" if f.bare else
                f"{f.text!r}: currency not written, read as {f.currency}" for f in guessed)
    line, col = _position(text, c.figures[0].start)
    return Claim(kind=c.kind, figures=c.figures, roles=c.roles, verdict=verdict, reason=reason,
                 computed=computed, stated=stated, line=line, column=col, published=published,
                 tolerance=tolerance, windows=windows)
