"""Your own rates: a CSV file ``date,currency,per_eur`` or a mapping.

For desks with their own fixings. Rates are units of the currency per 1 EUR,
as exact decimals (floats are refused), validated like every source's
(:func:`finnorm.rates.check_rate`); every CSV row must have the header's
number of fields. A day present in the data is a publication day; EUR is 1
on every publication day. The table is the whole truth: a day after its last
(or before its first) day is an error, not the nearest fixing.

>>> import datetime as dt
>>> src = UserRates.from_mapping({"2025-05-13": {"USD": "1.12", "JPY": "165"}})
>>> src.per_eur("JPY", dt.date(2025, 5, 13))
Decimal('165')
>>> src.latest(dt.date(2025, 5, 16), dt.date(2025, 5, 9))
datetime.date(2025, 5, 13)
>>> from finnorm.convert import convert
>>> from finnorm.model import Money
>>> convert(Money(100, "USD"), "JPY", on="2025-05-13", rates=src).money
Money(amount=Decimal('14732.14285714285714285714285714286'), currency='JPY', per=None)
"""
from __future__ import annotations

import csv
import datetime as _dt
import os
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from ..errors import RateSourceError
from . import Coverage, check_rate

__all__ = ["UserRates"]


def _day(value: Any, where: str) -> _dt.date:
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    try:
        return _dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise RateSourceError(f"{where}: not an ISO date: {value!r}") from None


def _rate(value: Any, where: str) -> Decimal:
    return check_rate(value, where)


class UserRates:
    """Rates you supply, per 1 EUR, by day."""

    __slots__ = ("_cov", "_days", "_name", "_ords", "_rates", "location")

    #: fixed at construction: results may be memoised
    immutable = True

    def __init__(
        self, rates: Mapping[_dt.date, Mapping[str, Decimal]], *, name: str = "user",
        location: str = "",
    ) -> None:
        self._rates = {d: dict(v) for d, v in rates.items()}
        self._days = sorted(self._rates)
        self._ords = [d.toordinal() for d in self._days]
        self._name = name
        self._cov: Coverage | None = None
        self.location = location

    @classmethod
    def from_mapping(cls, data: Mapping[Any, Mapping[str, Any]], *, name: str = "user") -> UserRates:
        """``{date or ISO string: {currency: per_eur}}``."""
        out: dict[_dt.date, dict[str, Decimal]] = {}
        for key, row in data.items():
            day = _day(key, "user rates")
            for cur, val in row.items():
                code = str(cur).strip().upper()
                out.setdefault(day, {})[code] = _rate(val, f"user rates {day} {code}")
        return cls(out, name=name, location="<mapping>")

    @classmethod
    def from_csv(cls, path: str | os.PathLike[str], *, name: str = "user") -> UserRates:
        """A CSV file with the header ``date,currency,per_eur`` (in any order);
        every row has exactly the header's fields."""
        out: dict[_dt.date, dict[str, Decimal]] = {}
        try:
            with open(path, encoding="utf-8-sig", newline="") as fh:
                reader = csv.reader(fh)
                header = [h.strip().lower() for h in next(reader, [])]
                need = ("date", "currency", "per_eur")
                if not set(need) <= set(header):
                    raise RateSourceError(f"{path}: needs the columns date,currency,per_eur")
                at = [header.index(k) for k in need]
                for rec in reader:
                    where = f"{path}:{reader.line_num}"
                    if not rec or (len(rec) == 1 and not rec[0].strip()):
                        continue
                    if len(rec) != len(header):
                        raise RateSourceError(
                            f"{where}: {len(rec)} fields where the header has {len(header)}")
                    day = _day(rec[at[0]], where)
                    raw_code = rec[at[1]]
                    code = raw_code.strip().upper()
                    if len(code) != 3 or not code.isascii() or not code.isalpha():
                        raise RateSourceError(f"{where}: not a currency code: {raw_code!r}")
                    rate = _rate(rec[at[2]], where)
                    prev = out.setdefault(day, {}).get(code)
                    if prev is not None and prev != rate:
                        raise RateSourceError(f"{where}: two rates for {code} on {day}")
                    out[day][code] = rate
        except OSError as exc:
            raise RateSourceError(f"cannot read user rates {path}: {exc.strerror or exc}") from None
        except UnicodeDecodeError:
            raise RateSourceError(f"user rates {path}: not UTF-8 text") from None
        except csv.Error as exc:
            raise RateSourceError(f"user rates {path}: {exc}") from None
        return cls(out, name=name, location=os.fspath(path))

    @property
    def name(self) -> str:
        return self._name

    def per_eur(self, currency: str, day: _dt.date) -> Decimal | None:
        row = self._rates.get(day)
        if row is None:
            return None
        if currency == "EUR":
            return row.get("EUR", Decimal(1))
        return row.get(currency)

    def latest(self, day: _dt.date, earliest: _dt.date) -> _dt.date | None:
        i = bisect_right(self._ords, day.toordinal()) - 1
        if i >= 0 and self._ords[i] >= earliest.toordinal():
            return self._days[i]
        return None

    def published(self, start: _dt.date, end: _dt.date) -> list[_dt.date]:
        lo = bisect_left(self._ords, start.toordinal())
        hi = bisect_right(self._ords, end.toordinal())
        return self._days[lo:hi]

    def coverage(self) -> Coverage:
        if self._cov is not None:
            return self._cov
        curs = frozenset(c for row in self._rates.values() for c in row) | {"EUR"}
        self._cov = Coverage(
            source=self._name,
            first=self._days[0] if self._days else None,
            last=self._days[-1] if self._days else None,
            currencies=curs,
            location=self.location,
            days=len(self._days),
            complete=True,
        )
        return self._cov

    def __repr__(self) -> str:
        return f"UserRates({self._name!r}, {len(self._days)} days)"
