"""The tables of the vectorised spot path, kept with the rate history (internal).

One job: what :func:`finnorm._spot.spot_table` looks up per row, built once per
rate history (and target currency) and kept in the history's ``_fast`` dict:

* each currency's per-EUR rates as integers (:func:`scaled`), built with the
  history's own columns (:meth:`finnorm.batch._History.column`);
* for a target, every quoted currency's cross rates into it (:func:`target`):
  34-digit quotients in base-10**9 limbs (and ten times them), their exponents,
  their ``decimal256`` words and publication days, one entry per (currency,
  publication), plus an entry for the rate 1 (a currency into itself);
* an entry map: per currency and day, the entry a spot conversion uses, or why
  there is none (no entry: the row fails; a null row; a rate too wide).
"""
from __future__ import annotations

from typing import Any

import numpy as np

from . import _wide
from . import batch as _batch

__all__ = ["FAIL", "NULL", "UNUSABLE", "Target", "back", "empty", "scaled", "scaled_from", "target"]

FAIL = -1  #: the entry map's mark of a row that fails ("no rate")
NULL = -2  #: of a null row
UNUSABLE = -3  #: of a rate too wide for the fast path (the caller declines)
_NEVER = 1 << 40  # an ordinal after every day


def empty(shape: tuple[int, ...], dtype: Any) -> Any:
    """An uninitialised numpy array in memory from Arrow's pool.

    The big buffers (tables, result columns) come from Arrow's allocator, which
    keeps freed memory for the next call, where each numpy array this large is a
    fresh mapping (with huge pages asked for). Fresh pages are what the first call
    in a process mostly pays for on the bench VM (tens of microseconds a page,
    see bench/README.md); these buffers measured fewer page faults there.
    """
    import pyarrow as pa

    dt = np.dtype(dtype)
    count = int(np.prod(shape))
    buf = pa.allocate_buffer(max(count * dt.itemsize, 1))
    return np.frombuffer(buf, dtype=dt)[:count].reshape(shape)


def scaled_from(texts: list[str] | None, valid: Any,
                values: list[Any]) -> tuple[Any, Any, Any] | None:
    """A column's per-EUR rates as integers: ``(present, mantissa, exponent)``, or None.

    ``texts`` are the published strings the ``values`` (Decimals, None where
    ``valid`` is false) were read from, when the source keeps them.
    """
    n = len(values)
    if texts is None or len(texts) != n:
        texts = ["" if v is None else str(v) for v in values]
    parsed = _wide.parse_texts(np.array(texts, dtype="S")) if n else None
    if parsed is not None and np.array_equal(parsed[0], valid):
        return parsed
    return None


def scaled(hist: Any, code: str) -> tuple[Any, Any, Any] | None:
    """``code``'s per-EUR rates as integers (see :func:`scaled_from`), kept with the history."""
    key = ("scaled", code)
    if key not in hist._fast:
        n = len(hist.ords)
        if code == "EUR":
            hist._fast[key] = (np.ones(n, bool), np.ones(n, np.int64), np.zeros(n, np.int64))
        else:
            hist.column(code)  # builds the integers too (_History.column)
            if key not in hist._fast:  # its tables were dropped (see target)
                valid, values = hist.column(code)
                hist._fast[key] = scaled_from(None, valid, values)
    return hist._fast[key]  # type: ignore[no-any-return]


def back(hist: Any) -> Any:
    """For each day from the first publication to the last, the index of the last
    publication on or before it within the look-back, else -1."""
    cache = hist._fast
    hit = cache.get("back")
    if hit is None:
        ords = hist.ords
        days = np.arange(int(ords[0]), int(ords[-1]) + 1, dtype=np.int64)
        i = np.searchsorted(ords, days, side="right") - 1
        hit = np.where(days - ords[i] <= _batch._LOOKBACK, i, -1).astype(np.int64)
        cache["back"] = hit
    return hit


class Target:
    """Every quoted currency's cross rates into one target, and the entry map.

    Entries: currency slot ``s`` on publication ``p`` is ``s * n_pub + p``; the
    last entry (:attr:`ident`) is the rate 1. Each entry is one row of ``rec``
    (eleven 64-bit words, so that a row's look-up touches one place): the rate's
    ``decimal256`` words (0-3, :attr:`rate`), the 34-digit quotient and ten times
    it as eight base-10**9 ``uint32`` limbs (4-7, :attr:`q8`), the quotient as a
    float (8, :attr:`qf`), its exponent (9, :attr:`exp`: the quotient is
    ``q8[k, :4] * 10**exp[k]``) and the publication's day since 1970 (10).
    ``emap`` has a row per slot and three more (:attr:`ident_row`,
    :attr:`fail_row`, :attr:`null_row`), a column per day from the day before the
    first publication (column 0) to the day after the last (any later day too).
    """

    __slots__ = ("_q", "emap", "exp", "fail_row", "ident", "ident_row", "null_row", "q8", "qf",
                 "rate", "rec", "slots", "width")

    def __init__(self, slots: dict[str, int], rec: Any, emap: Any) -> None:
        self.slots = slots  # currency -> slot, for the currencies the fast path can convert
        self.rec = rec
        self.rate = rec[:, 0:4]
        self.q8 = rec[:, 4:8].view(np.uint32)
        self.qf = rec[:, 8].view(np.float64)
        self.exp = rec[:, 9].view(np.int64)
        self._q: Any = None
        self.ident = len(rec) - 1
        self.emap = emap
        self.width = emap.shape[1]
        self.ident_row = len(slots)
        self.fail_row = self.ident_row + 1
        self.null_row = self.ident_row + 2

    @property
    def q(self) -> Any:
        """The quotients as rows of four limbs, ``Q`` at row ``2k`` and ``10 * Q`` at
        ``2k + 1`` (:func:`finnorm._wide.product`'s table), made when first asked."""
        if self._q is None:
            self._q = np.ascontiguousarray(self.q8).reshape(-1, 4)
        return self._q


def target(hist: Any, src: Any, to: str) -> Target:
    """The :class:`Target` of ``to`` (a currency the history quotes, or not), kept with it."""
    from .convert import _reasons

    key = ("target", to)
    hit = hist._fast.get(key)
    if hit is not None:
        return hit  # type: ignore[no-any-return]
    n_pub = len(hist.ords)
    quoted = sorted(src.coverage().currencies)
    b = scaled(hist, to) if to in quoted else None
    parts = []
    for frm in quoted if b is not None else []:
        a = scaled(hist, frm)
        if frm == to or a is None or b is None:
            continue
        has = a[0] & b[0]
        am = np.where(has, a[1], 1)
        bm = np.where(has, b[1], 1)
        if not bool((am < 10**9).all() and (bm < 10**9).all() and (am > 0).all()
                    and (bm > 0).all()):
            continue
        since = [_NEVER, _NEVER]
        for ordinal, cur, _why in _reasons(src, frm, to):
            since[0 if cur == frm else 1] = min(since[0 if cur == frm else 1], ordinal)
        parts.append((frm, has, am, a[2], bm, b[2], since))
    # the rate 1 last: 10**33 * 10**-33
    one = np.ones(1, bool), np.full(1, 10**6), np.full(1, -6), np.full(1, 10**6), np.full(1, -6)
    pieces = [p[1:6] for p in parts] + [one]
    size = len(parts) * n_pub + 1
    rec = empty((size, 11), np.uint64)
    rate = rec[:, 0:4]
    q8 = rec[:, 4:8].view(np.uint32)  # limbs < 10**9 < 2**32
    qf = rec[:, 8].view(np.float64)
    exp = rec[:, 9].view(np.int64)
    usable = np.empty(size, bool)
    at = 0
    for has, am, ae, bm, be in pieces:  # a currency at a time: the temporaries stay small
        sl = slice(at, at + len(has))
        limbs, ex = _wide.cross(bm, be, am, ae)  # units of `to` per `frm`
        x = ex + 48
        usable[sl] = ~has | ((x >= 0) & (x <= _wide.MAX_X))
        _wide.words(limbs, np.clip(x, 0, _wide.MAX_X), np.zeros(len(x), bool), out=rate[sl])
        for i, ten in enumerate(_wide.times_ten(limbs)):
            q8[sl, i] = limbs[i]
            q8[sl, 4 + i] = ten
        qf[sl] = ((limbs[3].astype(np.float64) * 1e27 + limbs[2].astype(np.float64) * 1e18)
                  + limbs[1].astype(np.float64) * 1e9)
        exp[sl] = ex
        at += len(has)
    rec[:-1, 10] = np.tile((hist.ords - _batch._EPOCH).astype(np.uint64), len(parts))
    rec[-1, 10] = 0

    first, last = int(hist.ords[0]), int(hist.ords[-1])
    width = last - first + 3
    bk = back(hist)
    days = np.arange(first, last + 1, dtype=np.int64)
    emap = np.full((len(parts) + 3, width), FAIL, dtype=np.int32)
    for s, (_frm, has, _am, _ae, _bm, _be, since) in enumerate(parts):
        entry = s * n_pub + np.maximum(bk, 0)
        ok = (bk >= 0) & has[np.maximum(bk, 0)] & (days < since[0]) & (days < since[1])
        row = np.where(ok, entry, FAIL)
        row = np.where(ok & ~usable[entry], UNUSABLE, row)
        emap[s, 1:-1] = row
    emap[len(parts)] = size - 1
    emap[len(parts) + 2] = NULL
    slots = {p[0]: s for s, p in enumerate(parts)}
    out = Target(slots, rec, emap)
    if len(hist._fast) > 400:
        hist._fast.clear()
    hist._fast[key] = out
    return out
