"""Vectorised fiscal periods: numpy ``datetime64`` arrays to (year, quarter).

Imported only when asked (numpy is optional for the rest of finnorm). Dates
from 1900 to 2200 are answered by one lookup each in a precomputed table per
calendar rule; others are computed.

>>> import numpy as np
>>> from finnorm.fiscal import calendar
>>> ys, qs = year_quarter_array(calendar("AAPL"),
...     np.array(["2022-12-31", "2024-09-28", "2024-09-29"], dtype="datetime64[D]"))
>>> ys.tolist(), qs.tolist()
([2023, 2024, 2025], [1, 4, 1])
"""
from __future__ import annotations

import datetime as _dt
import functools
from typing import TYPE_CHECKING, Any

from .core import Calendar

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np
    import numpy.typing as npt

__all__ = ["year_quarter_array"]


def year_quarter_array(cal: Calendar, days: Any) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Year numbers and quarters (two int64 arrays) for every day in ``days``
    under ``cal``: :meth:`Calendar.year_quarter` for a whole array."""
    import numpy as np

    d = np.asarray(days, dtype="datetime64[D]")
    o = d.view(np.int64)
    if o.size:
        lo, hi = int(o.min()), int(o.max())
        if _LUT_FIRST <= lo and hi < _LUT_LAST:
            # one lookup per date in a precomputed day -> (year, quarter) table
            ys, qs = _np_lut(cal._rule_key())
            i = o - _LUT_FIRST
            return ys.take(i), qs.take(i)
    return _computed(cal, d)


def _computed(cal: Calendar, d: Any) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    import numpy as np

    if cal._table:
        months = d.astype("datetime64[M]")
        mi = months.astype(np.int64)  # months since 1970-01
        dom = (d - months.astype("datetime64[D]")).astype(np.int64) + 1
        idx = (mi % 12 + 1) * 32 + dom
        dy, q = _np_table(cal._table)
        return mi // 12 + 1970 + dy[idx], q[idx]
    ends = _np_ends(cal._ends)  # epoch days of year ends, index = calendar year
    o = d.astype(np.int64)
    e = np.searchsorted(ends, o, side="left")  # first end >= o
    e0 = ends[e - 1]
    w = (o - e0 - 1) // 7
    long_year = (ends[e] - e0) > 364
    w = w - ((w >= 13 * cal.extra_week) & long_year)
    return e + cal._shift, w // 13 + 1


_LUT_FIRST = _dt.date(1900, 1, 1).toordinal() - _dt.date(1970, 1, 1).toordinal()
_LUT_LAST = _dt.date(2201, 1, 1).toordinal() - _dt.date(1970, 1, 1).toordinal()


@functools.lru_cache(maxsize=32)
def _np_lut(key: tuple[Any, ...]) -> tuple[Any, Any]:
    """(years, quarters) for every day 1900-01-01..2200-12-31 under the rule ``key``."""
    import numpy as np

    if key[0] == "w":
        _, end_month, weekday, rule, extra, shift = key
        cal = Calendar("_", weekday=weekday, end_month=end_month, rule=rule, extra_week=extra,
                       number="end" if shift == 0 else "start")
    else:
        _, month, day, shift = key
        cal = Calendar("_", start_month=month, start_day=day,
                       number="end" if shift else "start")
    days = np.arange(_LUT_FIRST, _LUT_LAST, dtype=np.int64).view("datetime64[D]")
    ys, qs = _computed(cal, days)
    ys.flags.writeable = False
    qs.flags.writeable = False
    return ys, qs


@functools.lru_cache(maxsize=64)
def _np_table(table: tuple[tuple[int, int], ...]) -> tuple[Any, Any]:
    import numpy as np

    arr = np.array(table, dtype=np.int64)
    dy, q = arr[:, 0].copy(), arr[:, 1].copy()
    dy.flags.writeable = False
    q.flags.writeable = False
    return dy, q


@functools.lru_cache(maxsize=64)
def _np_ends(ends: tuple[int, ...]) -> Any:
    import numpy as np

    epoch = _dt.date(1970, 1, 1).toordinal()
    arr = np.array(ends, dtype=np.int64) - epoch
    arr.flags.writeable = False
    return arr
