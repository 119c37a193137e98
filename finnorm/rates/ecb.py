"""The ECB euro foreign exchange reference rates, embedded and offline.

The history ships inside the package as ``finnorm/data/ecb_eurofxref.bin``,
built by ``scripts/build_ecb_data.py`` from the ECB's ``eurofxref-hist`` CSV.
The file holds one zlib-compressed column per currency (the published decimal
strings, untouched) plus one column of dates, an index giving each currency's
first and last day, and a CRC-32 of it all; a conversion decompresses only the
columns it needs, so the first conversion in a fresh process costs a few
milliseconds.

``finnorm rates update`` (:func:`update`) downloads the ECB's current history
into the user cache; when that copy is newer than the embedded one it is used
instead. A damaged copy is moved aside with a warning and the embedded history
used; a download that covers less than the history in use is refused.

>>> import datetime as dt
>>> ecb = default_source()
>>> ecb.per_eur("AUD", dt.date(2025, 3, 31))
Decimal('1.7318')
>>> ecb.per_eur("AUD", dt.date(2025, 3, 30)) is None    # a Sunday: no publication
True
>>> ecb.per_eur("TWD", dt.date(2025, 3, 31)) is None    # the ECB does not quote TWD
True

The whole history, for vectorised work (the columnar layer, ``check``):
``days()`` are the publication days as ordinals, ``rates(cur)`` the published
rates aligned with them (``None`` where the ECB published none):

>>> days, jpy = ecb.days(), ecb.rates("JPY")
>>> len(days) == len(jpy), dt.date.fromordinal(days[0]), jpy[0]
(True, datetime.date(1999, 1, 4), Decimal('133.73'))
>>> ecb.span("HRK"), ecb.valid_until("HRK")
((datetime.date(2005, 4, 1), datetime.date(2022, 12, 30)), datetime.date(2022, 12, 31))
"""
from __future__ import annotations

import _thread
import datetime as _dt
import os
import sys
import zlib
from bisect import bisect_left, bisect_right
from decimal import Context, Decimal, Inexact, InvalidOperation
from typing import Any

from ..errors import RateSourceError
from . import CacheRebuiltWarning, Coverage, cache_dir, check_rate
from .successions import Succession, succession

__all__ = [
    "ECB_HISTORY_URL",
    "EMBEDDED_PATH",
    "EcbRates",
    "build_blob",
    "cached_path",
    "default_source",
    "update",
]

#: where the ECB publishes its full history (override with ``$FINNORM_ECB_URL``)
ECB_HISTORY_URL = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip"

EMBEDDED_PATH = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "ecb_eurofxref.bin")
_CACHE_NAME = "ecb_eurofxref.bin"
_MAGIC1 = b"FINNORM-ECB 1\n"
_MAGIC = b"FINNORM-ECB 2\n"

# the magnitudes a stored rate may have (finnorm.rates.check_rate's bounds)
_LOW = Decimal("1E-12")
_HIGH = Decimal("1E+16")
_ONE = Decimal(1)
_SCALE = Decimal("1E-12")
_PAD = Context(prec=60, traps=[Inexact, InvalidOperation])


def cached_path() -> str:
    """Where ``finnorm rates update`` keeps the refreshed history."""
    return os.path.join(cache_dir(), _CACHE_NAME)


# --------------------------------------------------------------------- building
def _rate(text: str, name: str, where: str) -> Decimal:
    try:
        return check_rate(text, "")
    except RateSourceError:
        raise RateSourceError(f"ECB history: bad rate {text!r} for {name} {where}") from None


def _rows(csv_text: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    import csv
    import io

    reader = csv.reader(io.StringIO(csv_text))
    try:
        header = next(reader)
    except StopIteration:
        raise RateSourceError("ECB history is empty") from None
    if not header or header[0].strip().lower() != "date":
        raise RateSourceError("ECB history has no 'Date' column first")
    names = [h.strip().upper() for h in header[1:]]
    for name in names:
        if name and not (len(name) == 3 and name.isascii() and name.isalpha()):
            raise RateSourceError(f"ECB history: column {name!r} is not a currency code")
    if len(set(n for n in names if n)) != len([n for n in names if n]):
        raise RateSourceError("ECB history: a currency column appears twice")
    rows: dict[int, list[str]] = {}
    for line, rec in enumerate(reader, start=2):
        if not rec or (len(rec) == 1 and not rec[0].strip()):
            continue
        if len(rec) != len(header):
            raise RateSourceError(
                f"ECB history: row {line} has {len(rec)} fields, the header {len(header)}"
            )
        try:
            day = _dt.date.fromisoformat(rec[0].strip()).toordinal()
        except ValueError:
            raise RateSourceError(f"ECB history: bad date {rec[0]!r}") from None
        vals: list[str] = []
        for name, raw in zip(names, rec[1:]):
            text = raw.strip()
            if not name or text in ("", "N/A"):
                vals.append("")
                continue
            _rate(text, name, f"on {rec[0].strip()}")
            vals.append(text)
        if day in rows and rows[day] != vals:
            raise RateSourceError(f"ECB history: two different rows for {rec[0].strip()}")
        rows[day] = vals
    return names, sorted(rows.items())


def build_blob(csv_text: str) -> bytes:
    """Compact the ECB ``eurofxref-hist.csv`` text into finnorm's column file.

    Rates are kept exactly as published (decimal strings) and must be positive
    finite numbers; every row must have the header's number of fields; a
    currency with no rate at all is dropped; ``N/A`` becomes an empty cell.

    >>> blob = build_blob("Date,USD,JPY,XXX,\\n2025-05-13,1.1185,166.72,N/A,\\n2025-05-12,1.1106,164.4,N/A,\\n")
    >>> src = EcbRates(data=blob)
    >>> src.coverage().currencies == frozenset({"EUR", "USD", "JPY"})
    True
    >>> src.published(__import__("datetime").date(2025, 1, 1), __import__("datetime").date(2025, 12, 31))
    [datetime.date(2025, 5, 12), datetime.date(2025, 5, 13)]
    """
    names, rows = _rows(csv_text)
    if not rows:
        raise RateSourceError("ECB history holds no rows")
    ords = b"".join(d.to_bytes(4, "little", signed=True) for d, _ in rows)
    blobs: list[tuple[str, bytes, int, int]] = [("@dates", zlib.compress(ords, 9), 0, len(rows) - 1)]
    for k, name in enumerate(names):
        if not name:
            continue
        col = [vals[k] for _, vals in rows]
        have = [i for i, v in enumerate(col) if v]
        if not have:
            continue
        blobs.append((name, zlib.compress("\n".join(col).encode("ascii"), 9), have[0], have[-1]))
    first = _dt.date.fromordinal(rows[0][0]).isoformat()
    last = _dt.date.fromordinal(rows[-1][0]).isoformat()
    index: list[str] = []
    offset = 0
    for name, b, i0, i1 in blobs:
        index.append(f"{name}:{offset}:{len(b)}:{i0}:{i1}")
        offset += len(b)
    payload = b"".join(b for _, b, _, _ in blobs)
    index_line = " ".join(index).encode("ascii")
    crc = zlib.crc32(payload, zlib.crc32(index_line))
    head = f"{first} {last} {len(rows)} {crc:08x}\n".encode("ascii") + index_line + b"\n"
    return _MAGIC + head + payload


class _Header:
    __slots__ = ("base", "first", "index", "last", "n", "spans")

    def __init__(self, data: bytes) -> None:
        if data.startswith(_MAGIC):
            v2 = True
        elif data.startswith(_MAGIC1):
            v2 = False
        else:
            raise RateSourceError("not a finnorm ECB rate file")
        start = len(_MAGIC)
        p1 = data.index(b"\n", start)
        p2 = data.index(b"\n", p1 + 1)
        fields = data[start:p1].decode("ascii").split()
        first, last, n = fields[0], fields[1], fields[2]
        self.index: dict[str, tuple[int, int]] = {}
        self.spans: dict[str, tuple[int, int]] = {}
        index_line = data[p1 + 1 : p2]
        for item in index_line.decode("ascii").split():
            parts = item.split(":")
            self.index[parts[0]] = (int(parts[1]), int(parts[2]))
            if v2:
                self.spans[parts[0]] = (int(parts[3]), int(parts[4]))
        if v2:
            crc = zlib.crc32(memoryview(data)[p2 + 1 :], zlib.crc32(index_line))
            if f"{crc:08x}" != fields[3]:
                raise RateSourceError("checksum mismatch")
        self.first = _dt.date.fromisoformat(first)
        self.last = _dt.date.fromisoformat(last)
        self.n = int(n)
        self.base = p2 + 1


# ---------------------------------------------------------------------- reading
class EcbRates:
    """ECB reference rates from a finnorm column file (``path``) or its bytes (``data``).

    Nothing is read until the first question; each currency's column is
    decompressed on first use. Instances hold no locks and pickle by
    reference to their file (or with their bytes), so worker processes can
    take them; the shared default source unpickles as the worker's own.
    """

    __slots__ = (
        "_cols",
        "_cov",
        "_data",
        "_dates",
        "_decs",
        "_gaps",
        "_head",
        "_hotpath",
        "_o0",
        "_o1",
        "_ords",
        "_path",
        "_pub",
        "_ready",
        "_until",
        "location",
    )

    #: published history never changes under a given file: results may be memoised
    immutable = True

    def __init__(self, path: str | None = None, *, data: bytes | None = None) -> None:
        self._path = path if path is not None or data is not None else EMBEDDED_PATH
        self._data = data
        self._ords: list[int] | None = None
        self._dates: list[_dt.date] = []
        self._cols: dict[str, list[str] | None] = {}
        self._decs: dict[str, list[Decimal | None] | None] = {}
        self._pub: dict[str, tuple[Decimal | None, ...]] = {}
        self._ready: dict[str, list[Decimal | int | None]] = {}
        self._until: dict[str, int] = {}
        self._gaps: dict[str, tuple[list[int], list[int]]] = {}
        self._head: _Header | None = None
        self._hotpath: tuple[int, Any, list[tuple[_dt.date]], dict[str, Any], int] | None = None
        self._o0 = 0
        self._o1 = -1
        self._cov: Coverage | None = None
        self.location = self._path or "<memory>"

    def __reduce__(self) -> tuple[Any, ...]:
        if self._path == EMBEDDED_PATH:
            return (_restore, (None, None))
        if self._path is not None:
            return (_restore, (self._path, None))
        return (_restore, (None, self._data))

    @property
    def name(self) -> str:
        return "ecb"

    def _load(self) -> list[int]:
        if self._ords is not None:
            return self._ords
        data = self._data
        if data is None:
            assert self._path is not None
            try:
                with open(self._path, "rb") as fh:
                    data = fh.read()
            except OSError as exc:
                raise RateSourceError(f"cannot read ECB rates {self._path}: {exc}") from None
        try:
            head = _Header(data)
            off, length = head.index["@dates"]
            start = head.base + off
            packed = zlib.decompress(data[start : start + length])
            if sys.byteorder == "little" and len(packed) % 4 == 0:
                ords: list[int] = memoryview(packed).cast("i").tolist()
            else:  # pragma: no cover - big-endian machines, or damage
                ords = [int.from_bytes(packed[i : i + 4], "little", signed=True)
                        for i in range(0, len(packed), 4)]
        except (ValueError, KeyError, IndexError, zlib.error, UnicodeDecodeError) as exc:
            raise RateSourceError(f"damaged ECB rate file {self.location}: {exc}") from None
        except RateSourceError as exc:
            raise RateSourceError(f"damaged ECB rate file {self.location}: {exc}") from None
        if (
            len(ords) != head.n or not ords
            or any(b <= a for a, b in zip(ords, ords[1:]))
            or ords[0] != head.first.toordinal() or ords[-1] != head.last.toordinal()
        ):
            raise RateSourceError(f"damaged ECB rate file {self.location}: day index")
        self._data, self._head = data, head
        self._o0, self._o1 = ords[0], ords[-1]
        self._ords = ords
        return ords

    def _column(self, currency: str) -> list[str] | None:
        try:
            return self._cols[currency]
        except KeyError:
            pass
        ords = self._load()
        assert self._head is not None
        entry = self._head.index.get(currency)
        col: list[str] | None = None
        if entry is not None and not currency.startswith("@"):
            assert self._data is not None
            off, length = entry
            start = self._head.base + off
            try:
                col = zlib.decompress(self._data[start : start + length]).decode("ascii").split("\n")
            except (zlib.error, UnicodeDecodeError) as exc:
                raise RateSourceError(f"damaged ECB rate file {self.location}: {exc}") from None
            if len(col) != len(ords):
                raise RateSourceError(f"damaged ECB rate file {self.location}: {currency} column")
        self._cols[currency] = col
        return col

    def _decimals(self, currency: str) -> list[Decimal | None] | None:
        """The column as validated Decimals (``None`` for no rate), built once."""
        try:
            return self._decs[currency]
        except KeyError:
            pass
        decs: list[Decimal | None] | None
        if currency == "EUR":
            decs = [_ONE] * len(self._load())
        else:
            col = self._column(currency)
            decs = None
            if col is not None:
                try:
                    if "" in col:
                        decs = [Decimal(t) if t else None for t in col]
                        have = [d for d in decs if d is not None]
                    else:
                        decs = have = list(map(Decimal, col))  # type: ignore[assignment]
                    ok = bool(have) and _LOW <= min(have) and max(have) < _HIGH
                except ArithmeticError:
                    ok = False
                if not ok:
                    raise RateSourceError(
                        f"damaged ECB rate file {self.location}: {currency} holds a rate that is "
                        "not a positive finite number")
        self._decs[currency] = decs
        return decs

    # ----------------------------------------------------------------- protocol
    def per_eur(self, currency: str, day: _dt.date) -> Decimal | None:
        """Units of ``currency`` per 1 EUR published on ``day`` (``None`` if none)."""
        ords = self._ords if self._ords is not None else self._load()
        o = day.toordinal()
        i = bisect_left(ords, o)
        if i == len(ords) or ords[i] != o:
            return None
        if currency == "EUR":
            return _ONE
        decs = self._decs.get(currency)
        if decs is not None:
            return decs[i]
        col = self._column(currency)  # one cell, checked as it is read
        if col is None or not col[i]:
            return None
        return self._cell(currency, col[i])

    def _cell(self, currency: str, text: str) -> Decimal:
        try:
            value = Decimal(text)
            ok = _LOW <= value < _HIGH
        except ArithmeticError:
            ok = False
        if not ok:
            raise RateSourceError(
                f"damaged ECB rate file {self.location}: {currency} rate {text!r} is not a "
                "positive finite number")
        return value

    def latest(self, day: _dt.date, earliest: _dt.date) -> _dt.date | None:
        """The last publication day in ``[earliest, day]``."""
        ords = self._ords if self._ords is not None else self._load()
        i = bisect_right(ords, day.toordinal()) - 1
        if i >= 0 and ords[i] >= earliest.toordinal():
            return _dt.date.fromordinal(ords[i])
        return None

    def published(self, start: _dt.date, end: _dt.date) -> list[_dt.date]:
        """Publication days in ``[start, end]``, ascending."""
        ords = self._ords if self._ords is not None else self._load()
        lo = bisect_left(ords, start.toordinal())
        hi = bisect_right(ords, end.toordinal())
        dates = self._dates or self._all_dates()
        return dates[lo:hi]

    def _all_dates(self) -> list[_dt.date]:
        self._dates = [_dt.date.fromordinal(o) for o in self._load()]
        return self._dates

    def coverage(self) -> Coverage:
        if self._cov is not None:
            return self._cov
        ords = self._load()
        assert self._head is not None
        names = frozenset(k for k in self._head.index if not k.startswith("@")) | {"EUR"}
        self._cov = Coverage(
            source="ecb",
            first=self._head.first,
            last=self._head.last,
            currencies=names,
            location=self.location,
            days=len(ords),
            complete=True,
        )
        return self._cov

    # ---------------------------------------------------------- the history, whole
    def days(self) -> tuple[int, ...]:
        """Every publication day as a proleptic ordinal (``date.toordinal()``), ascending.

        Pair it with :meth:`rates` for vectorised lookups (``numpy.searchsorted``).
        """
        return tuple(self._load())

    def dates(self) -> tuple[_dt.date, ...]:
        """Every publication day as a :class:`datetime.date`, ascending."""
        return tuple(self._dates or self._all_dates())

    def rates(self, currency: str) -> tuple[Decimal | None, ...]:
        """``currency``'s published rates (units per 1 EUR), aligned with :meth:`days`;
        ``None`` on publication days without a rate. Empty for a currency never quoted.

        >>> src = default_source()
        >>> r = src.rates("USD")
        >>> r[src.index(__import__("datetime").date(2025, 5, 13))]
        Decimal('1.1112')
        """
        hit = self._pub.get(currency)
        if hit is not None:
            return hit
        decs = self._decimals(currency)
        out: tuple[Decimal | None, ...] = () if decs is None else tuple(decs)
        self._pub[currency] = out
        return out

    def index(self, day: _dt.date) -> int | None:
        """Position of publication ``day`` in :meth:`days`, else ``None``."""
        ords = self._ords if self._ords is not None else self._load()
        o = day.toordinal()
        i = bisect_left(ords, o)
        return i if i < len(ords) and ords[i] == o else None

    def span(self, currency: str) -> tuple[_dt.date, _dt.date] | None:
        """First and last day with a rate for ``currency`` (``None`` if never quoted)."""
        ords = self._load()
        assert self._head is not None
        if currency == "EUR":
            return _dt.date.fromordinal(ords[0]), _dt.date.fromordinal(ords[-1])
        if currency.startswith("@") or currency not in self._head.index:
            return None
        got = self._head.spans.get(currency)
        if got is None:  # a version-1 file: find it in the column
            col = self._column(currency)
            assert col is not None
            have = [i for i, v in enumerate(col) if v]
            got = (have[0], have[-1])
            self._head.spans[currency] = got
        return _dt.date.fromordinal(ords[got[0]]), _dt.date.fromordinal(ords[got[1]])

    def succession(self, currency: str) -> Succession | None:
        """What replaced ``currency`` and when (see :mod:`finnorm.rates.successions`)."""
        return succession(currency)

    def valid_until(self, currency: str) -> _dt.date | None:
        """The last day a rate of ``currency`` can serve: the end of the history,
        or the day before the currency ceased (``None`` if never quoted).

        >>> default_source().valid_until("RUB"), default_source().valid_until("USD")
        (datetime.date(2022, 3, 1), datetime.date(2026, 10, 30))
        """
        o = self._valid_until(currency)
        return None if o < 0 else _dt.date.fromordinal(o)

    def _valid_until(self, currency: str) -> int:
        hit = self._until.get(currency)
        if hit is not None:
            return hit
        span = self.span(currency)
        if span is None:
            o = -1
        else:
            o = self._o1
            s = succession(currency)
            if s is not None:
                o = min(o, s.since.toordinal() - 1)
        self._until[currency] = o
        return o

    def gap(self, currency: str, day: _dt.date) -> tuple[_dt.date, _dt.date] | None:
        """The run of publication days without a ``currency`` rate that holds
        ``day`` (inside the currency's span), else ``None``.

        >>> default_source().gap("ISK", __import__("datetime").date(2009, 3, 2))
        (datetime.date(2008, 12, 10), datetime.date(2018, 1, 31))
        """
        i = self.index(day)
        col = self._column(currency) if currency != "EUR" else None
        if i is None or col is None or col[i]:
            return None
        runs = self._gaps.get(currency)
        if runs is None:  # the runs of missing rates between the first and the last, once
            have = [k for k, v in enumerate(col) if v]
            los: list[int] = []
            his: list[int] = []
            for a, b in zip(have, have[1:]):
                if b > a + 1:
                    los.append(a + 1)
                    his.append(b - 1)
            runs = self._gaps[currency] = (los, his)
        k = bisect_right(runs[0], i) - 1
        if k < 0 or runs[1][k] < i:
            return None  # before the first or after the last rate: not a gap
        ords = self._load()
        return _dt.date.fromordinal(ords[runs[0][k]]), _dt.date.fromordinal(ords[runs[1][k]])

    # ------------------------------------------------------------- the hot path
    def _hot(self, lookback: int) -> tuple[int, Any, list[tuple[_dt.date]], dict[str, Any]]:
        """What :func:`finnorm.convert` reads on its hot path, built once:
        the first ordinal; for each day from the first to the last, the index
        of the latest publication on or before it, or -1 when that is more than
        ``lookback`` days back; each publication date in a 1-tuple; and, by
        currency, its rates padded to one exponent followed by its last valid
        ordinal, filled in as :meth:`_prepare` is called for a currency."""
        hot = self._hotpath
        if hot is None or hot[4] != lookback:
            from array import array

            ords = self._load()
            back = array("i")
            i, n = 0, len(ords)
            for o in range(ords[0], ords[-1] + 1):
                while i + 1 < n and ords[i + 1] <= o:
                    i += 1
                back.append(i if o - ords[i] <= lookback else -1)
            useds = [(d,) for d in (self._dates or self._all_dates())]
            hot = self._hotpath = (ords[0], back, useds, self._ready, lookback)
        return hot[:4]

    def _prepare(self, currency: str) -> bool:
        """Make ``currency`` ready for the hot path (False if never quoted).

        The hot column holds the same values padded to 12 decimals (lossless:
        the ECB publishes at most 6), so every quotient of two has an exponent
        of at most 0 and reads "150", never "1.5E+2", with no repair.
        """
        if not isinstance(currency, str):
            return False
        if currency in self._ready:
            return True
        decs = self._decimals(currency)
        if decs is None:
            return False
        try:
            padded = [None if v is None else v.quantize(_SCALE, context=_PAD) for v in decs]
        except ArithmeticError:  # more than 12 decimals: the careful path serves it
            return False
        self._ready[currency] = [*padded, self._valid_until(currency)]
        return True

    def __repr__(self) -> str:
        return f"EcbRates({self.location!r})"


_CROSS = Context(prec=34)  # finnorm.convert.CONTEXT: 34 digits, half-even
_BY_PATH: dict[str | None, EcbRates] = {}
_DEFAULT: EcbRates | None = None
_DEFAULT_LOCK = _thread.allocate_lock()


def _restore(path: str | None, data: bytes | None) -> EcbRates:
    """Unpickle: the embedded history (``path`` None) or a file is shared per process."""
    if data is not None:
        return EcbRates(data=data)
    if path is None:
        src = _DEFAULT
        if src is not None and src._path == EMBEDDED_PATH:
            return src
        path = EMBEDDED_PATH
    hit = _BY_PATH.get(path)
    if hit is None:
        hit = _BY_PATH.setdefault(path, EcbRates(path))
    return hit


def _file_last(path: str) -> _dt.date | None:
    try:
        with open(path, "rb") as fh:
            head = fh.read(64)
        if not (head.startswith(_MAGIC) or head.startswith(_MAGIC1)):
            return None
        line = head[len(_MAGIC) :].split(b"\n", 1)[0].decode("ascii").split()
        return _dt.date.fromisoformat(line[1])
    except (OSError, ValueError, IndexError, UnicodeDecodeError):
        return None


def _move_aside(path: str, problem: str) -> None:
    aside = path + ".damaged"
    try:
        os.replace(path, aside)
        where = f"moved to {aside}"
    except OSError as exc:
        where = f"could not be moved aside ({exc.strerror or exc})"
    import warnings

    warnings.warn(
        f"finnorm: the cached ECB history {path} is damaged ({problem}); {where}; "
        "using the embedded history (run `finnorm rates update` to refresh)",
        CacheRebuiltWarning,
        stacklevel=3,
    )


def default_source() -> EcbRates:
    """The shared ECB source: the user-cache copy when it is newer and sound,
    else the embedded file. A damaged cached copy is moved aside (to
    ``<name>.damaged``) with a :class:`~finnorm.rates.CacheRebuiltWarning`."""
    global _DEFAULT
    src = _DEFAULT
    if src is not None:
        return src
    with _DEFAULT_LOCK:
        if _DEFAULT is None:
            chosen: EcbRates | None = None
            cached = cached_path()
            if os.path.exists(cached):
                newer, base = _file_last(cached), _file_last(EMBEDDED_PATH)
                if newer is None:
                    _move_aside(cached, "not a finnorm ECB rate file")
                elif base is None or newer > base:
                    candidate = EcbRates(cached)
                    try:
                        candidate._load()
                        chosen = candidate
                    except RateSourceError as exc:
                        _move_aside(cached, str(exc).rsplit(": ", 1)[-1])
            _DEFAULT = chosen or _BY_PATH.setdefault(EMBEDDED_PATH, EcbRates(EMBEDDED_PATH))
        return _DEFAULT


def reset_default() -> None:
    """Forget the shared source (after an update, or in tests)."""
    global _DEFAULT
    with _DEFAULT_LOCK:
        _DEFAULT = None
        _BY_PATH.clear()


def csv_from_download(payload: bytes) -> str:
    """The CSV text inside an ECB download (a zip holding one CSV, or the CSV itself)."""
    if payload[:4] == b"PK\x03\x04":
        import io
        import zipfile

        try:
            with zipfile.ZipFile(io.BytesIO(payload)) as zf:
                names = [n for n in zf.namelist() if n.lower().endswith(".csv")]
                if not names:
                    raise RateSourceError("ECB download holds no CSV file")
                return zf.read(names[0]).decode("utf-8-sig")
        except zipfile.BadZipFile as exc:
            raise RateSourceError(f"ECB download is not a valid zip: {exc}") from None
        except UnicodeDecodeError:
            raise RateSourceError("ECB download: the CSV is not UTF-8 text") from None
    try:
        return payload.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise RateSourceError("ECB download is neither a zip nor CSV text") from None


def write_atomic(path: str, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and an atomic rename."""
    directory = os.path.dirname(path) or "."
    os.makedirs(directory, exist_ok=True)
    tmp = f"{path}.{os.getpid()}.{_thread.get_ident()}.tmp"
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _shortfall(new: Coverage, old: Coverage) -> str | None:
    """Why ``new`` covers less than ``old`` (``None`` when it covers at least as much)."""
    assert new.first and new.last and old.first and old.last
    if new.first > old.first:
        return f"it starts {new.first}, the history in use {old.first}"
    if new.last < old.last:
        return f"it ends {new.last}, the history in use {old.last}"
    if (new.days or 0) < (old.days or 0):
        return f"it holds {new.days} publication days, the history in use {old.days}"
    lost = sorted(old.currencies - new.currencies)
    if lost:
        return f"it lacks {', '.join(lost)}"
    return None


def update(url: str | None = None, *, timeout: float = 30.0, force: bool = False) -> Coverage:
    """Download the ECB history and keep it in the user cache; return its coverage.

    ``url`` defaults to ``$FINNORM_ECB_URL`` or :data:`ECB_HISTORY_URL`. The
    download is validated whole (every rate a positive finite decimal, every
    row the header's width) and must cover at least what the history in use
    covers (first and last day, days, currencies) unless ``force``; it then
    replaces the cached copy atomically. Any failure raises
    :class:`~finnorm.errors.RateSourceError` and leaves the previous data
    untouched; the embedded file is never modified and stays the fallback.
    """
    import urllib.error
    import urllib.request

    target = url or os.environ.get("FINNORM_ECB_URL") or ECB_HISTORY_URL
    if not target.lower().startswith(("http://", "https://", "file:")):
        raise RateSourceError(f"not an http(s) URL: {target!r}")
    try:
        with urllib.request.urlopen(target, timeout=timeout) as resp:
            payload = resp.read()
    except urllib.error.HTTPError as exc:
        raise RateSourceError(f"ECB download failed: HTTP {exc.code} from {target}") from None
    except (urllib.error.URLError, OSError, TimeoutError) as exc:
        reason = getattr(exc, "reason", exc)
        raise RateSourceError(f"ECB download failed ({reason}); are you offline?") from None
    except ValueError as exc:
        raise RateSourceError(f"not a usable URL {target!r}: {exc}") from None
    blob = build_blob(csv_from_download(payload))
    fresh = EcbRates(data=blob)
    for cur in sorted(fresh.coverage().currencies - {"EUR"}):
        fresh._decimals(cur)  # every cell decodes and is positive
    new = fresh.coverage()
    if not force:
        old = default_source().coverage()
        why = _shortfall(new, old)
        if why is not None:
            raise RateSourceError(
                f"refused: the download covers less than the history in use ({why}); "
                "nothing was changed"
            )
    path = cached_path()
    write_atomic(path, blob)
    reset_default()
    return EcbRates(path).coverage()

