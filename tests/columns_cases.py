"""Shared cases for the columnar tests: texts, and the scalar API's answer per row."""
from __future__ import annotations

from typing import Any

import finnorm
from finnorm.batch import ConversionRecord
from finnorm.model import Money

TEXTS = [
    "a net loss of ¥670.9 billion (A$7.1 billion) throughout the 2024 Japanese financial year "
    "(April 2024 to March 2025)",
    None,
    "no money here",
    "Revenue of about €3bn–€4bn, and ($12.3 million) in charges.",
    "$3.499 a gallon",
    "",
    "¥25 per share in FY2024",
]


def scalar_records(texts: list[Any], **kw: Any) -> list[tuple[Any, ...]]:
    out: list[tuple[Any, ...]] = []
    for i, t in enumerate(texts):
        if t is None:
            continue
        for k, m in enumerate(finnorm.extract(t, **kw)):
            p = m.period
            out.append((i, k, m.text, m.start, m.end, m.money.amount, m.money.currency,
                        m.upper.amount if m.upper else None, m.money.per, m.qualifier, m.inferred,
                        m.uncertain, m.reason, tuple(m.alternatives), tuple(m.candidates),
                        p.label if p else None, p.start if p else None, p.end if p else None,
                        (p.calendar or None) if p else None, None))
    return out


def scalar_conversion(amount: Any, cur: Any, to: str, **kw: Any) -> ConversionRecord:
    nulls = [v for v in kw.values() if v is None] + [v for v in kw.get("period", ()) if v is None]
    if amount is None or cur is None or nulls:  # nulls propagate
        return ConversionRecord(None, None, None, None, None, None, None)
    if "period" in kw:
        kw["period"] = tuple(kw["period"])
    try:
        c = finnorm.convert(Money(amount, cur), to, **kw)
    except Exception as exc:
        return ConversionRecord(None, None, None, None, None, None, str(exc))
    day = None if c.method == "average" else c.on
    return ConversionRecord(c.money.amount, c.money.currency, c.rate, day, c.days, c.source, None)


def none(v: Any) -> Any:
    """A dataframe's missing value (NaN, NA, NaT) as None."""
    if v is None:
        return None
    try:
        import pandas as pd

        if v is pd.NA or v is pd.NaT:
            return None
    except ImportError:  # pragma: no cover
        pass
    return None if isinstance(v, float) and v != v else v
