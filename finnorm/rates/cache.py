"""A SQLite cache of fetched rates, so a repeat query works offline.

One file, ``rates.sqlite3`` under :func:`finnorm.rates.cache_dir`
(``$FINNORM_CACHE_DIR`` or the user cache directory). Rates are stored as the
exact decimal strings received. Every write is one transaction, so a crash
leaves the previous state. A file that is not a sound finnorm cache (truncated,
overwritten, failing SQLite's integrity check, another schema) is never
trusted: a :class:`CacheRebuiltWarning` reports it, the file is moved aside to
``<name>.damaged`` and an empty cache takes its place. Rates read back are
validated like every source's (:func:`finnorm.rates.check_rate`): a zero,
negative, NaN or absurd value is damage too, never a rate.

A cache pickles as its path; the connection and lock are made anew in the
process that unpickles it.

>>> import datetime as dt, tempfile, os
>>> from decimal import Decimal
>>> path = os.path.join(tempfile.mkdtemp(), "rates.sqlite3")
>>> cache = RateCache(path)
>>> cache.store("demo", dt.date(2025, 5, 11), dt.date(2025, 5, 9), {"USD": Decimal("1.1252")})
>>> cache.answered("demo", dt.date(2025, 5, 11))
datetime.date(2025, 5, 9)
>>> cache.rates("demo", dt.date(2025, 5, 9))
{'USD': Decimal('1.1252')}
>>> cache.close()
"""
from __future__ import annotations

import datetime as _dt
import os
import sqlite3
import threading
import warnings
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from ..errors import RateSourceError
from . import CacheRebuiltWarning, cache_dir, check_rate

__all__ = ["SCHEMA_VERSION", "CacheRebuiltWarning", "RateCache", "default_path"]

SCHEMA_VERSION = "1"
_HEADER = b"SQLite format 3\x00"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS answers (
    source TEXT NOT NULL, asked TEXT NOT NULL, answered TEXT NOT NULL, fetched TEXT NOT NULL,
    PRIMARY KEY (source, asked));
CREATE TABLE IF NOT EXISTS rates (
    source TEXT NOT NULL, day TEXT NOT NULL, currency TEXT NOT NULL, per_eur TEXT NOT NULL,
    PRIMARY KEY (source, day, currency));
"""


def default_path() -> str:
    """``rates.sqlite3`` in :func:`finnorm.rates.cache_dir`."""
    return os.path.join(cache_dir(), "rates.sqlite3")


class RateCache:
    """Fetched rates by source and publication day, plus which day answered each ask."""

    def __init__(self, path: str | None = None) -> None:
        self.path = path or default_path()
        self.rebuilt: str | None = None  # why the file was rebuilt, if it was
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = None

    def __reduce__(self) -> tuple[Any, ...]:
        return (RateCache, (self.path,))

    # ------------------------------------------------------------ opening
    def _connect(self) -> sqlite3.Connection:
        if self._conn is not None:
            return self._conn
        with self._lock:
            if self._conn is not None:
                return self._conn
            directory = os.path.dirname(self.path) or "."
            try:
                os.makedirs(directory, exist_ok=True)
            except OSError as exc:
                raise RateSourceError(f"cannot create cache directory {directory}: {exc}") from None
            problem = self._check()
            if problem is not None:
                self._rebuild(problem)
            try:
                self._conn = self._open()
            except sqlite3.Error as exc:
                raise RateSourceError(f"cannot open rate cache {self.path}: {exc}") from None
            return self._conn

    def _open(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=10, check_same_thread=False, isolation_level=None)
        try:
            # WAL + NORMAL: every transaction stays atomic and the file consistent after a
            # crash; only the very last writes may be lost on power failure (it is a cache)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.executescript(_SCHEMA)
            conn.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
        except sqlite3.Error:
            conn.close()
            raise
        return conn

    def _check(self) -> str | None:
        """Why the existing file cannot be trusted, or None when it is sound (or absent)."""
        try:
            size = os.path.getsize(self.path)
        except OSError:
            return None
        if size == 0:
            return None  # SQLite treats an empty file as a new database
        try:
            with open(self.path, "rb") as fh:
                head = fh.read(100)
        except OSError as exc:
            return f"unreadable ({exc.strerror or exc})"
        if not head.startswith(_HEADER):
            return "not an SQLite database"
        if len(head) < 100:
            return "truncated header"
        page = int.from_bytes(head[16:18], "big")
        page = 65536 if page == 1 else page
        pages = int.from_bytes(head[28:32], "big")
        if pages and size < page * pages:
            return f"truncated ({size} bytes, header says {page * pages})"
        try:
            conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=10)
            try:
                rows = conn.execute("PRAGMA quick_check").fetchall()
                if rows != [("ok",)]:
                    return f"integrity check failed: {rows[0][0]}"
                have = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
                if have and not {"meta", "answers", "rates"} <= have:
                    return "not a finnorm rate cache"
                if "meta" in have:
                    row = conn.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
                    if row is not None and row[0] != SCHEMA_VERSION:
                        return f"schema {row[0]}, expected {SCHEMA_VERSION}"
            finally:
                conn.close()
        except sqlite3.Error as exc:
            return f"unreadable ({exc})"
        return None

    def _rebuild(self, problem: str) -> None:
        aside = self.path + ".damaged"
        try:
            os.replace(self.path, aside)
            for extra in ("-journal", "-wal", "-shm"):
                if os.path.exists(self.path + extra):
                    os.replace(self.path + extra, aside + extra)
        except OSError as exc:
            raise RateSourceError(
                f"rate cache {self.path} is damaged ({problem}) and cannot be moved aside: {exc}"
            ) from None
        self.rebuilt = problem
        warnings.warn(
            f"finnorm rate cache {self.path} was damaged ({problem}); moved to {aside} and rebuilt",
            CacheRebuiltWarning,
            stacklevel=4,
        )

    def _run(self, sql: str, args: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
        conn = self._connect()
        with self._lock:
            try:
                return conn.execute(sql, args).fetchall()
            except sqlite3.DatabaseError as exc:
                # damaged while open (overwritten, truncated by another process)
                self.close()
                self._rebuild(f"read failed: {exc}")
                raise RateSourceError(f"rate cache {self.path} was damaged and rebuilt") from None

    # ------------------------------------------------------------ queries
    def answered(self, source: str, asked: _dt.date) -> _dt.date | None:
        """The publication day that answered an earlier ask for ``asked``."""
        rows = self._run(
            "SELECT answered FROM answers WHERE source=? AND asked=?", (source, asked.isoformat())
        )
        return _dt.date.fromisoformat(str(rows[0][0])) if rows else None

    def rates(self, source: str, day: _dt.date) -> dict[str, Decimal] | None:
        """All rates stored for publication ``day`` (``None`` if that day was never fetched)."""
        rows = self._run(
            "SELECT currency, per_eur FROM rates WHERE source=? AND day=? ORDER BY currency",
            (source, day.isoformat()),
        )
        if not rows:
            return None
        try:
            return {str(c): check_rate(str(v), f"{c} {day}") for c, v in rows}
        except RateSourceError as exc:
            # never a rate: the file is moved aside and the caller fetches afresh
            with self._lock:
                self.close()
                self._rebuild(f"bad rate ({exc})")
            raise RateSourceError(f"rate cache {self.path} held a bad rate and was rebuilt") from None

    def days(self, source: str) -> list[_dt.date]:
        """Publication days held for ``source``, ascending."""
        rows = self._run("SELECT DISTINCT day FROM rates WHERE source=? ORDER BY day", (source,))
        return [_dt.date.fromisoformat(str(r[0])) for r in rows]

    def store(
        self,
        source: str,
        asked: _dt.date | None,
        answered: _dt.date,
        rates: Mapping[str, Decimal],
    ) -> None:
        """Record, in one transaction, the rates of ``answered`` and (if given) that ``asked`` led there."""
        rows = [(source, answered.isoformat(), c, str(check_rate(v, f"{c} {answered}")))
                for c, v in rates.items()]
        conn = self._connect()
        now = _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")
        with self._lock:
            try:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    conn.executemany("INSERT OR REPLACE INTO rates VALUES (?, ?, ?, ?)", rows)
                    if asked is not None:
                        conn.execute(
                            "INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?)",
                            (source, asked.isoformat(), answered.isoformat(), now),
                        )
                except BaseException:
                    conn.execute("ROLLBACK")
                    raise
                conn.execute("COMMIT")
            except sqlite3.Error as exc:
                raise RateSourceError(f"cannot write rate cache {self.path}: {exc}") from None

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def __repr__(self) -> str:
        return f"RateCache({self.path!r})"
