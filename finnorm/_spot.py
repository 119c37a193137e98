"""The vectorised spot path of :func:`finnorm.arrow.convert_table` (internal).

For the common case (spot rates of the shared ECB history, amounts in an
Arrow decimal128 or integer column, days as one day or a column) every row is
settled with numpy: each row's entry (its currency's cross rate on its
publication, or why there is none) is one look-up in the entry map of
:mod:`finnorm._spot_tables` (built once per target and kept with the history);
its product comes from :mod:`finnorm._short` (amounts below 10**18, after
dividing the column's common power of ten) or :mod:`finnorm._wide` (up to
10**27), written as ``decimal256`` words; each "no rate" error is worded from a
few templates per currency (the same words as :func:`finnorm.convert`).
Anything it cannot settle exactly makes :func:`spot_table` return ``None``,
and the caller takes its general path; a single awkward row (a product that
may not fit ``decimal256(76, 48)``) is computed with :mod:`decimal` alone.
"""
from __future__ import annotations

import datetime as _dt
from decimal import Decimal
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from . import _short, _spot_tables, _wide
from . import batch as _batch
from .arrow import WIDE
from .errors import FinnormError

__all__ = ["spot_table"]

_EPOCH = _batch._EPOCH  # ordinal of 1970-01-01: date32 is days since then
_NEVER = np.int64(1 << 40)  # an ordinal after every day


def _amount_words(arr: pa.Array) -> tuple[Any, Any, int] | None:
    """The amounts' raw integers as (low words, high words) and their scale."""
    n = len(arr)
    t = arr.type
    if pa.types.is_decimal(t) and t.byte_width == 16 and 0 <= t.scale <= 38:
        words = np.frombuffer(arr.buffers()[1], dtype=np.uint64)[
            2 * arr.offset: 2 * (arr.offset + n)].reshape(n, 2)
        return words[:, 0], words[:, 1].view(np.int64), t.scale
    if pa.types.is_integer(t):
        if pa.types.is_unsigned_integer(t) and t.bit_width == 64:
            return None
        v = arr.fill_null(0).cast(pa.int64()).to_numpy(zero_copy_only=False)
        return v.view(np.uint64), v >> 63, 0
    return None


def _day_column(on: Any, n: int) -> tuple[Any, Any] | None:
    """Day ordinals and nulls; None when some value is not a day (the general path words it)."""
    if isinstance(on, (pa.Array, pa.ChunkedArray)):
        arr = on.combine_chunks() if isinstance(on, pa.ChunkedArray) else on
        if pa.types.is_timestamp(arr.type) or pa.types.is_date64(arr.type):
            arr = arr.cast(pa.date32())
        if pa.types.is_date32(arr.type):
            raw = np.frombuffer(arr.buffers()[1], dtype=np.int32)[arr.offset: arr.offset + len(arr)]
            null = arr.is_null().to_numpy(zero_copy_only=False)
            ords = raw + np.int32(_EPOCH)  # ordinals (below 2**31), 4 bytes a day
            ords[null] = 0
            return ords, null
    from .arrow import _days

    ords, null, bad = _batch._day_ordinals(_days(on), n, "on")
    if bad:
        return None
    return ords, null


def _expand(n: int, rows: Any, texts: pa.Array) -> pa.Array:
    """A column of ``n`` strings: ``texts[k]`` at row ``rows[k]`` (ascending), null elsewhere."""
    texts = texts.cast(pa.string())
    t_off = np.frombuffer(texts.buffers()[1], dtype=np.int32)[
        texts.offset:texts.offset + len(texts) + 1]
    offsets = np.zeros(n + 1, dtype=np.int32)  # each row's length after it, then summed
    offsets[np.asarray(rows) + 1] = np.diff(t_off)
    np.cumsum(offsets, out=offsets)
    data = texts.buffers()[2]
    start = int(t_off[0]) if len(t_off) else 0
    if start:
        data = pa.py_buffer(memoryview(data)[start: start + int(offsets[-1])])
    valid = np.zeros(n, dtype=bool)
    valid[rows] = True
    bitmap = pa.py_buffer(np.packbits(valid, bitorder="little"))
    return pa.Array.from_buffers(pa.string(), n, [bitmap, pa.py_buffer(offsets), data])


def _short_amounts(lo: Any, hi: Any, k: int, dead: Any) -> tuple[Any, Any, Any]:
    """The step's amounts divided by 10**k for :mod:`finnorm._short` (magnitude, sign,
    short); the ``dead`` (null) rows count as zeros."""
    m, neg, short = _short.stripped(lo, hi, k) if k else _short.split(lo, hi)
    if dead.any():
        m[dead] = 0
        short |= dead
    return m, neg, short


def _wide_column(n: int, words: Any, valid: Any) -> pa.Array:
    bitmap = pa.py_buffer(np.packbits(valid, bitorder="little"))
    return pa.Array.from_buffers(WIDE, n, [bitmap, pa.py_buffer(np.ascontiguousarray(words))])


def _int32_column(n: int, typ: pa.DataType, values: Any, valid: Any) -> pa.Array:
    bitmap = pa.py_buffer(np.packbits(valid, bitorder="little"))
    data = values.astype(np.int32, copy=False)
    return pa.Array.from_buffers(typ, n, [bitmap, pa.py_buffer(data)])


def spot_table(arr: pa.Array, codes: list[Any], code_index: Any, *, to: str, on: Any,
               errors: str) -> pa.Table | None:
    """``convert_table`` for spot rates of the default source, or None (take the general path).

    ``arr`` holds the amounts, ``codes`` the distinct currency values and
    ``code_index`` each row's (-1: null).
    """
    from .arrow import CONVERSION_SCHEMA
    from .convert import _AFTER, _BEFORE, _COVERS, _UNPUBLISHED, _lacks, _reasons, _update_hint
    from .model import Money
    from .rates import get_source

    n = len(arr)
    got = _amount_words(arr)
    days = _day_column(on, n)
    if got is None or days is None:
        return None
    lo, hi, scale = got
    ords, d_null = days
    try:
        target = Money(Decimal(0), to).currency
        src = get_source("ecb")
    except (FinnormError, TypeError, ValueError):
        return None  # the general path raises it
    hist = _batch._history(src)
    if hist is None or len(hist.ords) == 0:
        return None
    cov = src.coverage()
    currencies = cov.currencies
    first, last = int(hist.ords[0]), int(hist.ords[-1])
    n_pub = len(hist.ords)
    a_null = arr.is_null().to_numpy(zero_copy_only=False)
    ci = np.maximum(code_index, 0)

    # ---- per currency: what it is, and the words of its errors
    # templates: (before the day, the day?, between, the day again?, after)
    tg = _spot_tables.target(hist, src, target)
    templates: list[tuple[str, bool, str, bool, str]] = []
    n_codes = max(len(codes), 1)
    kind = np.zeros(n_codes, np.int8)  # 0 an error for every row, 1 identity, 2 rates
    base = np.zeros(n_codes, np.int64)  # its first template
    since_a = np.full(n_codes, _NEVER)
    since_b = np.full(n_codes, _NEVER)
    row_of = np.full(n_codes + 1, tg.fail_row, np.int64)  # its row of the entry map
    row_of[-1] = tg.null_row  # (index -1: a null row)
    norm: list[str | None] = []
    for c in codes:
        try:
            norm.append(Money(Decimal(0), c).currency)
        except (FinnormError, TypeError, ValueError):
            norm.append(None)
    quoted = target in currencies
    held = f"{cov.first.isoformat()}..{cov.last.isoformat()}" if cov.first and cov.last else ""
    mid = f" (spot): {src.name}: "
    for k, (c, frm) in enumerate(zip(codes, norm)):
        base[k] = len(templates)
        if frm is None:
            try:
                Money(Decimal(0), c)
            except (FinnormError, TypeError, ValueError) as exc:
                templates.append((str(exc), False, "", False, ""))
            continue
        if frm == target:
            kind[k] = 1
            row_of[k] = tg.ident_row
            continue
        head = f"no {frm}→{target} rate for "
        if frm not in currencies or not quoted:
            why = _reasons(src, frm, target)
            templates.append((head, True, mid + why[0][2], False, ""))
            continue
        if frm not in tg.slots:
            return None
        kind[k] = 2
        row_of[k] = tg.slots[frm]
        templates.append((head, True, mid + _COVERS.format(held), True, _BEFORE))
        templates.append((head, True, mid + _COVERS.format(held), True,
                          _AFTER + _update_hint(src)))
        templates.append((head, True, mid + _UNPUBLISHED, True, ""))
        for since, cur, why_text in _reasons(src, frm, target):
            if cur == frm and since_a[k] == _NEVER:
                since_a[k] = since
            elif since_b[k] == _NEVER:
                since_b[k] = since
            else:  # pragma: no cover - _reasons gives one succession per currency
                return None
            templates.append((head, True, mid + why_text, False, ""))

    # ---- per row, in steps that stay in the caches: its entry (the entry map), and
    # its product
    live = ~a_null & (code_index >= 0) & ~d_null
    emap = tg.emap.reshape(-1)
    rec_buf = np.empty((min(n, _wide.CHUNK), tg.rec.shape[1]), np.uint64)
    empty = _spot_tables.empty  # Arrow's memory, not numpy's (see there)
    out = empty((n, 4), np.uint64)
    rate_out = empty((n, 4), np.uint64)
    awkward = np.zeros(n, dtype=bool)
    entry = empty((n,), np.int32)
    pub_day = empty((n,), np.int32)
    shift = first - 1  # the map's column 0 is the day before the first publication
    width = tg.width - 1
    step = _wide.CHUNK
    strip = 0
    for s in range(0, n, step):
        sl = slice(s, s + step)
        rows = np.take(row_of, np.where(live[sl], code_index[sl], -1)) * tg.width
        en = np.take(emap, rows + np.clip(ords[sl] - shift, 0, width)).astype(np.int64)
        entry[sl] = en
        np.maximum(en, 0, out=en)
        g = np.take(tg.rec, en, axis=0, out=rec_buf[:len(en)], mode="clip")  # one place a row
        rate_out[sl] = g[:, 0:4]
        pub_day[sl] = g[:, 10]
        qf = g[:, 8].view(np.float64)
        kk = g[:, 9].view(np.int64) + (48 - scale)
        dead = ~live[sl]  # null rows: whatever their slots hold, they are not amounts
        k = strip  # the power of ten the last step's amounts were divided by
        m, neg, short = _short_amounts(lo[sl], hi[sl], k, dead)
        if not short.all():  # the column's common power of ten, if any (or none)
            for k in [t for t in [0] + list(range(min(scale, 9), 0, -1)) if t != strip]:
                m, neg, short = _short_amounts(lo[sl], hi[sl], k, dead)
                if short.all():
                    strip = k
                    break
        if short.all():
            z = m == 0
            r, jd = _short.product(m, g[:, 4:8].view(np.uint32), qf, z)
            x = jd + kk + k
            bad = ~z & ((x < 0) | (x > _wide.MAX_X))
        else:  # an amount of 10**18 or more: three limbs
            a, neg, fits = _wide.amount_limbs(lo[sl], hi[sl])
            z = (a[0] | a[1] | a[2]) == 0
            q = tg.q
            r, jd = _wide.product(a, [q[:, i] for i in range(4)], tg.qf, en, z | ~fits)
            x = jd + kk
            bad = ~z & ((x < 0) | (x > _wide.MAX_X) | ~fits)
        w = _wide.words(r, np.clip(x, 0, _wide.MAX_X), neg, out=out[sl])
        w[z | bad] = 0
        awkward[sl] = bad
    if (entry == _spot_tables.UNUSABLE).any():
        return None
    ident = entry == tg.ident
    ok = (entry >= 0) & ~ident
    pub_day[ident] = ords[ident] - _EPOCH
    fail_rows = np.flatnonzero(entry == _spot_tables.FAIL)

    # ---- errors, worded per template (only the failing rows are looked at)
    if errors == "raise" and len(fail_rows):
        return None  # the general path raises the first one, as the scalar API would
    f_ci = ci[fail_rows].astype(np.int64)
    f_o = ords[fail_rows]
    f_kind = kind[f_ci]
    f_base = base[f_ci]
    bk = _spot_tables.back(hist)  # each failing row's publication (-1: none)
    f_j = np.where((f_o >= first) & (f_o <= last), bk[np.clip(f_o - first, 0, len(bk) - 1)], -1)
    sa = since_a[f_ci]
    sb = since_b[f_ci]
    f_rated = f_kind == 2
    f_inr = f_rated & (f_o >= first) & (f_o <= last)
    tid = f_base.copy()  # code errors, unquoted currencies, days before the history
    tid[f_rated & (f_o > last)] += 1
    ceased_a = f_inr & (f_o >= sa)
    ceased_b = f_inr & ~ceased_a & (f_o >= sb)
    f_open = f_inr & ~ceased_a & ~ceased_b
    tid[f_open & (f_j < 0)] += 2
    tid[ceased_a] += 3
    tid[ceased_b] += np.where(sa[ceased_b] == _NEVER, 3, 4)
    lack = f_open & (f_j >= 0)
    if lack.any():  # a publication without one of the two rates: worded per (currency, publication)
        lk = np.flatnonzero(lack)
        uniq, inv = np.unique(f_ci[lk] * n_pub + f_j[lk], return_inverse=True)
        start = len(templates)
        for key in uniq.tolist():
            k, pub = divmod(int(key), n_pub)
            frm = norm[k]
            assert frm is not None
            day = hist.days[pub]
            cur = frm if src.per_eur(frm, day) is None else target
            templates.append((f"no {frm}→{target} rate for ", True,
                              f" (spot): {src.name}: {_lacks(src, cur, day)}", False, ""))
        tid[lk] = start + inv.reshape(-1)

    conv = ok | ident
    awkward &= conv
    err_extra: dict[int, str] = {}
    for row in np.flatnonzero(awkward).tolist():  # digits beyond 10**-48, or beyond 10**27 raw
        amount = arr[row].as_py()
        amount = Decimal(amount) if not isinstance(amount, Decimal) else amount
        if ident[row]:
            value = amount
        else:
            e_ = int(entry[row])
            qv = sum(int(tg.q8[e_, i]) * 10**(9 * i) for i in range(4))
            value = _batch._CTX.multiply(amount, Decimal(qv).scaleb(int(tg.exp[e_]),
                                                                    context=_batch._WIDE))
        if _batch._fits(value, 48, 76):
            raw = int(value.scaleb(48, context=_batch._WIDE))
            out[row] = np.frombuffer(raw.to_bytes(32, "little", signed=True), dtype=np.uint64)
        else:
            if errors == "raise":
                return None
            err_extra[row] = str(_batch._refuse(value, "amount", "decimal256(76, 48)"))
    good = conv
    if err_extra:
        good = conv.copy()
        extra = np.array(sorted(err_extra), dtype=np.int64)
        good[extra] = False
        start = len(templates)
        templates.extend((err_extra[r], False, "", False, "") for r in extra.tolist())
        fail_rows = np.concatenate([fail_rows, extra])
        tid = np.concatenate([tid, np.arange(start, start + len(extra))])
        order = np.argsort(fail_rows, kind="stable")
        fail_rows, tid = fail_rows[order], tid[order]

    # ---- the error column
    if len(fail_rows):
        f_ords = ords[fail_rows]
        u_days, d_inv = np.unique(f_ords, return_inverse=True)
        iso = pa.array([_dt.date.fromordinal(int(o)).isoformat() for o in u_days.tolist()],
                       pa.string()).take(pa.array(d_inv.reshape(-1)))
        empty = pa.scalar("", pa.string())
        t_idx = pa.array(tid)
        p0 = pa.array([t[0] for t in templates], pa.string()).take(t_idx)
        p1 = pa.array([t[2] for t in templates], pa.string()).take(t_idx)
        p2 = pa.array([t[4] for t in templates], pa.string()).take(t_idx)
        d1 = pc.if_else(pa.array(np.array([t[1] for t in templates], bool)[tid]), iso, empty)
        d2 = pc.if_else(pa.array(np.array([t[3] for t in templates], bool)[tid]), iso, empty)
        messages = pc.binary_join_element_wise(p0, d1, p1, d2, p2, "")
        error = _expand(n, fail_rows, messages)
    else:
        error = pa.nulls(n, pa.string())

    # ---- the other columns
    good_arr = pa.array(good)
    return pa.table([
        _wide_column(n, out, good),
        pc.if_else(good_arr, pa.scalar(target, pa.string()), pa.scalar(None, pa.string())),
        _wide_column(n, rate_out, good),
        _int32_column(n, pa.date32(), pub_day, good),
        _int32_column(n, pa.int32(), ~ident, good),
        pa.array([src.name, "identity"], pa.string()).take(
            pa.array(ident.astype(np.int8), mask=~good)),
        error,
    ], schema=CONVERSION_SCHEMA)
