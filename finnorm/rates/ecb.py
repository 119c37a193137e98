"""The ECB euro foreign exchange reference rates, embedded and offline.

The history ships inside the package as ``finnorm/data/ecb_eurofxref.bin``,
built by ``scripts/build_ecb_data.py`` from the ECB's ``eurofxref-hist`` CSV.
The file holds one zlib-compressed column per currency (the published decimal
strings, untouched) plus one column of dates, and an index; a conversion
decompresses only the columns it needs, so the first conversion in a fresh
process costs a few milliseconds.

``finnorm rates update`` (:func:`update`) downloads the ECB's current history
into the user cache; when that copy is newer than the embedded one it is used
instead.

>>> import datetime as dt
>>> ecb = default_source()
>>> ecb.per_eur("AUD", dt.date(2025, 3, 31))
Decimal('1.7318')
>>> ecb.per_eur("AUD", dt.date(2025, 3, 30)) is None    # a Sunday: no publication
True
>>> ecb.per_eur("TWD", dt.date(2025, 3, 31)) is None    # the ECB does not quote TWD
True
"""
from __future__ import annotations

import _thread
import datetime as _dt
import os
import sys
import zlib
from bisect import bisect_left, bisect_right
from decimal import Decimal, InvalidOperation

from ..errors import RateSourceError
from . import Coverage, cache_dir

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
_MAGIC = b"FINNORM-ECB 1\n"


def cached_path() -> str:
    """Where ``finnorm rates update`` keeps the refreshed history."""
    return os.path.join(cache_dir(), _CACHE_NAME)


# --------------------------------------------------------------------- building
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
    rows: dict[int, list[str]] = {}
    for rec in reader:
        if not rec or not rec[0].strip():
            continue
        try:
            day = _dt.date.fromisoformat(rec[0].strip()).toordinal()
        except ValueError:
            raise RateSourceError(f"ECB history: bad date {rec[0]!r}") from None
        vals: list[str] = []
        for name, raw in zip(names, rec[1:] + [""] * (len(names) - len(rec) + 1)):
            text = raw.strip()
            if not name or text in ("", "N/A"):
                vals.append("")
                continue
            try:
                value = Decimal(text)
            except InvalidOperation:
                raise RateSourceError(f"ECB history: bad rate {text!r} for {name}") from None
            if not value.is_finite() or value <= 0:
                raise RateSourceError(f"ECB history: bad rate {text!r} for {name}")
            vals.append(text)
        if day in rows and rows[day] != vals:
            raise RateSourceError(f"ECB history: two different rows for {rec[0].strip()}")
        rows[day] = vals
    return names, sorted(rows.items())


def build_blob(csv_text: str) -> bytes:
    """Compact the ECB ``eurofxref-hist.csv`` text into finnorm's column file.

    Rates are kept exactly as published (decimal strings); a currency with no
    rate at all is dropped; ``N/A`` becomes an empty cell.

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
    blobs: list[tuple[str, bytes]] = [("@dates", zlib.compress(ords, 9))]
    for k, name in enumerate(names):
        if not name:
            continue
        col = [vals[k] for _, vals in rows]
        if not any(col):
            continue
        blobs.append((name, zlib.compress("\n".join(col).encode("ascii"), 9)))
    first = _dt.date.fromordinal(rows[0][0]).isoformat()
    last = _dt.date.fromordinal(rows[-1][0]).isoformat()
    index: list[str] = []
    offset = 0
    for name, b in blobs:
        index.append(f"{name}:{offset}:{len(b)}")
        offset += len(b)
    head = f"{first} {last} {len(rows)}\n{' '.join(index)}\n".encode("ascii")
    return _MAGIC + head + b"".join(b for _, b in blobs)


def _header(data: bytes) -> tuple[_dt.date, _dt.date, int, dict[str, tuple[int, int]], int]:
    if not data.startswith(_MAGIC):
        raise RateSourceError("not a finnorm ECB rate file")
    p1 = data.index(b"\n", len(_MAGIC))
    p2 = data.index(b"\n", p1 + 1)
    first, last, n = data[len(_MAGIC) : p1].decode("ascii").split()
    index: dict[str, tuple[int, int]] = {}
    for item in data[p1 + 1 : p2].decode("ascii").split():
        name, off, length = item.split(":")
        index[name] = (int(off), int(length))
    return _dt.date.fromisoformat(first), _dt.date.fromisoformat(last), int(n), index, p2 + 1


# ---------------------------------------------------------------------- reading
class EcbRates:
    """ECB reference rates from a finnorm column file (``path``) or its bytes (``data``).

    Nothing is read until the first question; each currency's column is
    decompressed on first use.
    """

    __slots__ = (
        "_base",
        "_cols",
        "_cov",
        "_data",
        "_decs",
        "_first",
        "_index",
        "_last",
        "_lock",
        "_ords",
        "_path",
        "location",
    )

    #: published history never changes under a given file: results may be memoised
    immutable = True

    def __init__(self, path: str | None = None, *, data: bytes | None = None) -> None:
        self._path = path if path is not None or data is not None else EMBEDDED_PATH
        self._data = data
        self._ords: list[int] | None = None
        self._cols: dict[str, list[str] | None] = {}
        self._decs: dict[tuple[str, int], Decimal] = {}
        self._index: dict[str, tuple[int, int]] = {}
        self._base = 0
        self._first: _dt.date | None = None
        self._last: _dt.date | None = None
        self._lock = _thread.allocate_lock()
        self._cov: Coverage | None = None
        self.location = self._path or "<memory>"

    @property
    def name(self) -> str:
        return "ecb"

    def _load(self) -> list[int]:
        with self._lock:
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
                first, last, n, index, base = _header(data)
                off, length = index["@dates"]
                packed = zlib.decompress(data[base + off : base + off + length])
                if sys.byteorder == "little" and len(packed) % 4 == 0:
                    ords: list[int] = memoryview(packed).cast("i").tolist()
                else:  # pragma: no cover - big-endian machines, or damage
                    ords = [int.from_bytes(packed[i : i + 4], "little", signed=True)
                            for i in range(0, len(packed), 4)]
            except (ValueError, KeyError, zlib.error, UnicodeDecodeError) as exc:
                raise RateSourceError(f"damaged ECB rate file {self.location}: {exc}") from None
            if len(ords) != n or ords != sorted(ords):
                raise RateSourceError(f"damaged ECB rate file {self.location}: day index")
            self._data, self._index, self._base = data, index, base
            self._first, self._last = first, last
            self._ords = ords
            return self._ords

    def _column(self, currency: str) -> list[str] | None:
        try:
            return self._cols[currency]
        except KeyError:
            pass
        ords = self._load()
        entry = self._index.get(currency)
        col: list[str] | None = None
        if entry is not None and not currency.startswith("@"):
            assert self._data is not None
            off, length = entry
            start = self._base + off
            try:
                col = zlib.decompress(self._data[start : start + length]).decode("ascii").split("\n")
            except (zlib.error, UnicodeDecodeError) as exc:
                raise RateSourceError(f"damaged ECB rate file {self.location}: {exc}") from None
            if len(col) != len(ords):
                raise RateSourceError(f"damaged ECB rate file {self.location}: {currency} column")
        self._cols[currency] = col
        return col

    # ----------------------------------------------------------------- protocol
    def per_eur(self, currency: str, day: _dt.date) -> Decimal | None:
        """Units of ``currency`` per 1 EUR published on ``day`` (``None`` if none)."""
        ords = self._ords if self._ords is not None else self._load()
        o = day.toordinal()
        i = bisect_left(ords, o)
        if i == len(ords) or ords[i] != o:
            return None
        if currency == "EUR":
            return Decimal(1)
        key = (currency, i)
        dec = self._decs.get(key)
        if dec is not None:
            return dec
        col = self._column(currency)
        if col is None or not col[i]:
            return None
        dec = Decimal(col[i])
        self._decs[key] = dec
        return dec

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
        return [_dt.date.fromordinal(o) for o in ords[lo:hi]]

    def span(self, currency: str) -> tuple[_dt.date, _dt.date] | None:
        """First and last day with a rate for ``currency`` (``None`` if never quoted)."""
        ords = self._load()
        if currency == "EUR":
            return _dt.date.fromordinal(ords[0]), _dt.date.fromordinal(ords[-1])
        col = self._column(currency)
        if col is None:
            return None
        have = [i for i, v in enumerate(col) if v]
        return _dt.date.fromordinal(ords[have[0]]), _dt.date.fromordinal(ords[have[-1]])

    def coverage(self) -> Coverage:
        if self._cov is not None:
            return self._cov
        ords = self._load()
        names = frozenset(k for k in self._index if not k.startswith("@")) | {"EUR"}
        self._cov = Coverage(
            source="ecb",
            first=self._first,
            last=self._last,
            currencies=names,
            location=self.location,
            days=len(ords),
        )
        return self._cov

    def __repr__(self) -> str:
        return f"EcbRates({self.location!r})"


_DEFAULT: EcbRates | None = None
_DEFAULT_LOCK = _thread.allocate_lock()


def _file_last(path: str) -> _dt.date | None:
    try:
        with open(path, "rb") as fh:
            head = fh.read(64)
        if not head.startswith(_MAGIC):
            return None
        line = head[len(_MAGIC) :].split(b"\n", 1)[0].decode("ascii").split()
        return _dt.date.fromisoformat(line[1])
    except (OSError, ValueError, IndexError, UnicodeDecodeError):
        return None


def default_source() -> EcbRates:
    """The shared ECB source: the user-cache copy when it is newer, else the embedded file."""
    global _DEFAULT
    src = _DEFAULT
    if src is not None:
        return src
    with _DEFAULT_LOCK:
        if _DEFAULT is None:
            path = EMBEDDED_PATH
            cached = cached_path()
            if os.path.exists(cached):
                newer, base = _file_last(cached), _file_last(EMBEDDED_PATH)
                if newer is not None and (base is None or newer > base):
                    path = cached
            _DEFAULT = EcbRates(path)
        return _DEFAULT


def reset_default() -> None:
    """Forget the shared source (after an update, or in tests)."""
    global _DEFAULT
    with _DEFAULT_LOCK:
        _DEFAULT = None


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


def update(url: str | None = None, *, timeout: float = 30.0) -> Coverage:
    """Download the ECB history and keep it in the user cache; return its coverage.

    ``url`` defaults to ``$FINNORM_ECB_URL`` or :data:`ECB_HISTORY_URL`. Any
    network or format failure raises :class:`~finnorm.errors.RateSourceError`
    and leaves the previous data untouched.
    """
    import urllib.error
    import urllib.request

    target = url or os.environ.get("FINNORM_ECB_URL") or ECB_HISTORY_URL
    try:
        with urllib.request.urlopen(target, timeout=timeout) as resp:
            payload = resp.read()
    except urllib.error.HTTPError as exc:
        raise RateSourceError(f"ECB download failed: HTTP {exc.code} from {target}") from None
    except (urllib.error.URLError, OSError, TimeoutError) as exc:
        reason = getattr(exc, "reason", exc)
        raise RateSourceError(f"ECB download failed ({reason}); are you offline?") from None
    blob = build_blob(csv_from_download(payload))
    EcbRates(data=blob).coverage()  # validate before replacing anything
    path = cached_path()
    write_atomic(path, blob)
    reset_default()
    return EcbRates(path).coverage()


