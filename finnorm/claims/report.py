"""Presentation of checked claims: table rows, lint lines, the settings line and
the summary line every report prints.

>>> import datetime as dt
>>> from decimal import Decimal
>>> print(settings(dt.date(2025, 7, 7), Decimal("0.005"), (7, 31)))
published 2025-07-07; tolerance 0.5%; W0 = ECB days in [published - 7 d, published]; wide window 31 d
>>> print(summary([]))
0 claims: conversion 0, change 0, difference 0, sum 0
"""
from __future__ import annotations

import datetime as _dt
from collections import Counter
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from .claim import KINDS, VERDICTS, Claim

__all__ = ["LEVELS", "lint_line", "settings", "summary", "table_row"]

#: lint level of each verdict (verdicts not listed print no lint line)
LEVELS = {"inconsistent": "error", "gross": "error", "consistent_if": "warning"}


def settings(published: _dt.date | None, tolerance: Decimal, windows: tuple[int, int]) -> str:
    """The settings the verdicts rest on, in one line."""
    pct = format((tolerance * 100).normalize(), "f")
    day = published.isoformat() if published else "unknown (conversions cannot be checked)"
    return (f"published {day}; tolerance {pct}%; W0 = ECB days in [published - {windows[0]} d, "
            f"published]; wide window {windows[1]} d")


def summary(claims: Sequence[Claim]) -> str:
    """Claims found per kind and verdict, in one line."""
    by_kind: dict[str, Counter[str]] = {k: Counter() for k in KINDS}
    for c in claims:
        by_kind.setdefault(c.kind, Counter())[c.verdict] += 1
    parts = []
    for kind, counts in by_kind.items():
        n = sum(counts.values())
        detail = ", ".join(f"{v} {counts[v]}" for v in VERDICTS if counts[v])
        parts.append(f"{kind} {n}" + (f" ({detail})" if detail else ""))
    total = len(claims)
    return f"{total} claim{'s' if total != 1 else ''}: " + ", ".join(parts)


def _figures(c: Claim) -> str:
    sep = " -> " if c.kind == "conversion" else ", "
    return sep.join(f"{f.text} [{r}]" if c.kind != "conversion" else f.text
                    for f, r in zip(c.figures, c.roles, strict=True))


def table_row(c: Claim) -> dict[str, Any]:
    """One row of the table report."""
    return {"at": f"{c.line}:{c.column}", "kind": c.kind, "verdict": c.verdict,
            "figures": _figures(c), "reason": c.reason}


def lint_line(path: str, c: Claim) -> str | None:
    """``path:line:col: error|warning: message`` for a claim worth flagging, else None."""
    level = LEVELS.get(c.verdict)
    if level is None:
        return None
    return f"{path}:{c.line}:{c.column}: {level}: {c.kind} {c.verdict}: {_figures(c)}: {c.reason}"
