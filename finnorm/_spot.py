"""The vectorised spot path of :func:`finnorm.arrow.convert_table` (internal).

For the common case (spot rates of the shared ECB history, amounts in an
Arrow decimal128 or integer column, days as one day or a column) every row is
settled with numpy: each row's publication by a day-to-publication table, its
cross rate from per-currency columns of 34-digit quotients (computed once per
currency pair and kept with the history), its product by the limb arithmetic
of :mod:`finnorm._wide`, and each "no rate" error worded from a few templates
per currency (the same words as :func:`finnorm.convert`). Anything it cannot
settle exactly makes :func:`spot_table` return ``None``, and the caller takes
its general path; a single awkward row (a product that may not fit
``decimal256(76, 48)``) is computed with :mod:`decimal` alone.
"""
from __future__ import annotations

import datetime as _dt
from decimal import Decimal
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from . import _wide
from . import batch as _batch
from .errors import FinnormError

__all__ = ["spot_table"]

_EPOCH = _batch._EPOCH  # ordinal of 1970-01-01: date32 is days since then
_WIDE_TYPE = pa.decimal256(76, 48)
_NEVER = np.int64(1 << 40)  # an ordinal after every day


class _Pair:
    """One currency's cross rates into the target, per publication of the history."""

    __slots__ = ("exp", "has", "limbs", "rate", "usable")

    def __init__(self, has: Any, limbs: list[Any], exp: Any, rate: Any, usable: Any) -> None:
        self.has = has  # both currencies quoted on that publication
        self.limbs = limbs  # the quotient's four base-10**9 limbs (34 digits)
        self.exp = exp  # quotient = limbs * 10**exp
        self.rate = rate  # (n_pub, 4) words of the rate as decimal256(76, 48)
        self.usable = usable  # the fast path can use it (else: the general path)


def _scaled(hist: Any, code: str) -> tuple[Any, Any, Any] | None:
    """``code``'s per-EUR rates as integers: (present, mantissa, exponent), or None."""
    cache = hist._fast
    key = ("scaled", code)
    if key in cache:
        return cache[key]  # type: ignore[no-any-return]
    n = len(hist.ords)
    out: tuple[Any, Any, Any] | None
    if code == "EUR":
        out = (np.ones(n, bool), np.ones(n, np.int64), np.zeros(n, np.int64))
    else:
        valid, values = hist.column(code)  # validated by the source as it is read
        texts: Any = None
        raw = getattr(hist.src, "_column", None)
        from .rates.ecb import EcbRates

        if isinstance(hist.src, EcbRates) and callable(raw):
            texts = raw(code)  # the published strings the Decimals were read from
        if texts is None or len(texts) != n:
            texts = ["" if v is None else str(v) for v in values]
        parsed = _wide.parse_texts(np.array(texts, dtype="S")) if n else None
        out = None
        if parsed is not None and np.array_equal(parsed[0], valid):
            out = parsed
    cache[key] = out
    return out


def _pair(hist: Any, frm: str, to: str) -> _Pair | None:
    """Cross rates ``frm`` -> ``to`` on every publication, once per history and pair."""
    cache = hist._fast
    key = ("pair", frm, to)
    if key in cache:
        return cache[key]  # type: ignore[no-any-return]
    a = _scaled(hist, frm)
    b = _scaled(hist, to)
    out: _Pair | None = None
    if a is not None and b is not None:
        has = a[0] & b[0]
        am = np.where(has, a[1], 1)
        bm = np.where(has, b[1], 1)
        if bool((am < 10**9).all() and (bm < 10**9).all() and (am > 0).all() and (bm > 0).all()):
            limbs, exp = _wide.cross(bm, b[2], am, a[2])  # units of `to` per unit of `frm`
            x = exp + 48
            usable = ~has | ((x >= 0) & (x <= _wide.MAX_X))
            rate = _wide.words(limbs, np.clip(x, 0, _wide.MAX_X), np.zeros(len(x), bool))
            out = _Pair(has, limbs, exp, rate, usable)
    if len(cache) > 400:
        cache.clear()
    cache[key] = out
    return out


def _back(hist: Any) -> Any:
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
            return np.where(null, 0, raw.astype(np.int64) + _EPOCH), null
    from .arrow import _days

    ords, null, bad = _batch._day_ordinals(_days(on), n, "on")
    if bad:
        return None
    return ords, null


def _strings(n: int, index: Any, values: list[str]) -> pa.Array:
    """A string column: ``values[index[i]]``, null where ``index[i] < 0``."""
    valid = index >= 0
    idx = pa.array(np.where(valid, index, 0).astype(np.int32), mask=~valid)
    return pa.array(values, pa.string()).take(idx)


def _expand(n: int, rows: Any, texts: pa.Array) -> pa.Array:
    """A column of ``n`` strings: ``texts[k]`` at row ``rows[k]`` (ascending), null elsewhere."""
    texts = texts.cast(pa.string())
    lengths = np.zeros(n, dtype=np.int64)
    t_off = np.frombuffer(texts.buffers()[1], dtype=np.int32)[texts.offset: texts.offset + len(texts) + 1]
    lengths[rows] = np.diff(t_off)
    offsets = np.zeros(n + 1, dtype=np.int32)
    np.cumsum(lengths, out=offsets[1:])
    data = texts.buffers()[2]
    start = int(t_off[0]) if len(t_off) else 0
    if start:
        data = pa.py_buffer(memoryview(data)[start: start + int(offsets[-1])])
    valid = np.zeros(n, dtype=bool)
    valid[rows] = True
    bitmap = pa.py_buffer(np.packbits(valid, bitorder="little"))
    return pa.Array.from_buffers(pa.string(), n, [bitmap, pa.py_buffer(offsets), data])


def _wide_column(n: int, words: Any, valid: Any) -> pa.Array:
    bitmap = pa.py_buffer(np.packbits(valid, bitorder="little"))
    return pa.Array.from_buffers(_WIDE_TYPE, n, [bitmap, pa.py_buffer(np.ascontiguousarray(words))])


def _int32_column(n: int, typ: pa.DataType, values: Any, valid: Any) -> pa.Array:
    bitmap = pa.py_buffer(np.packbits(valid, bitorder="little"))
    data = np.where(valid, values, 0).astype(np.int32)
    return pa.Array.from_buffers(typ, n, [bitmap, pa.py_buffer(data)])


def spot_table(arr: pa.Array, codes: list[Any], code_index: Any, *, to: str, on: Any,
               errors: str) -> pa.Table | None:
    """``convert_table`` for spot rates of the default source, or None (take the general path).

    ``arr`` holds the amounts, ``codes`` the distinct currency values and
    ``code_index`` each row's (-1: null).
    """
    from .arrow import CONVERSION_SCHEMA
    from .convert import LOOKBACK_DAYS, _lacks, _reasons, _update_hint
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
    live = ~a_null & (code_index >= 0) & ~d_null
    ci = np.maximum(code_index, 0)

    # ---- per currency: what it is, and the words of its errors
    # templates: (before the day, the day?, between, the day again?, after)
    templates: list[tuple[str, bool, str, bool, str]] = []
    n_codes = len(codes)
    kind = np.zeros(max(n_codes, 1), np.int8)  # 0 an error for every row, 1 identity, 2 rates
    base = np.zeros(max(n_codes, 1), np.int64)  # its first template
    since_a = np.full(max(n_codes, 1), _NEVER)
    since_b = np.full(max(n_codes, 1), _NEVER)
    slot = np.zeros(max(n_codes, 1), np.int64)  # its place in the rate tables
    pairs: list[_Pair] = []
    held = f"{cov.first.isoformat()}..{cov.last.isoformat()}" if cov.first and cov.last else ""
    for k, c in enumerate(codes):
        base[k] = len(templates)
        try:
            frm = Money(Decimal(0), c).currency
        except (FinnormError, TypeError, ValueError) as exc:
            templates.append((str(exc), False, "", False, ""))
            continue
        if frm == target:
            kind[k] = 1
            continue
        head = f"no {frm}→{target} rate for "
        mid = f" (spot): {src.name}: "
        if frm not in currencies or target not in currencies:
            why = _reasons(src, frm, target)
            templates.append((head, True, mid + why[0][2], False, ""))
            continue
        pair = _pair(hist, frm, target)
        if pair is None:
            return None
        kind[k] = 2
        slot[k] = len(pairs)
        pairs.append(pair)
        templates.append((head, True, mid + f"the history covers {held}: ", True, " is before it"))
        templates.append((head, True, mid + f"the history covers {held}: ", True,
                          " is after it" + _update_hint(src)))
        templates.append((head, True, mid + f"no publication in the {LOOKBACK_DAYS} days up to ",
                          True, ""))
        for since, cur, why_text in _reasons(src, frm, target):
            if cur == frm and since_a[k] == _NEVER:
                since_a[k] = since
                templates.append((head, True, mid + why_text, False, ""))
            elif since_b[k] == _NEVER:
                since_b[k] = since
                templates.append((head, True, mid + why_text, False, ""))
            else:  # pragma: no cover - _reasons gives one succession per currency
                return None

    # ---- per row
    row_kind = np.where(live, kind[ci], -1)
    ident = row_kind == 1
    rated = row_kind == 2
    back = _back(hist)
    inr = (ords >= first) & (ords <= last)
    j = np.where(rated & inr, back[np.clip(ords - first, 0, len(back) - 1)], -1)
    sa = since_a[ci]
    sb = since_b[ci]
    ceased_a = rated & inr & (ords >= sa)
    ceased_b = rated & inr & ~ceased_a & (ords >= sb)
    open_ = rated & inr & ~ceased_a & ~ceased_b
    jj = np.maximum(j, 0)
    n_slots = len(pairs)
    if n_slots:
        has = np.concatenate([p.has for p in pairs])
        usable = np.concatenate([p.usable for p in pairs])
        entry = slot[ci] * n_pub + jj
        has_row = has[entry]
    else:
        has = usable = np.zeros(0, bool)
        entry = np.zeros(n, np.int64)
        has_row = np.zeros(n, bool)
    ok = open_ & (j >= 0) & has_row
    if n_slots and not usable[entry[ok]].all():
        return None

    # ---- errors, worded per template
    fail = live & ~ok & ~ident
    if errors == "raise" and fail.any():
        return None  # the general path raises the first one, as the scalar API would
    tid = np.full(n, -1, np.int64)
    err_k = fail & (row_kind == 0)
    tid[err_k] = base[ci[err_k]]
    before = rated & (ords < first)
    after = rated & (ords > last)
    tid[before] = base[ci[before]]
    tid[after] = base[ci[after]] + 1
    nopub = open_ & (j < 0)
    tid[nopub] = base[ci[nopub]] + 2
    tid[ceased_a] = base[ci[ceased_a]] + 3
    cb_first = ceased_b & (since_a[ci] == _NEVER)
    tid[cb_first] = base[ci[cb_first]] + 3
    cb_second = ceased_b & ~cb_first
    tid[cb_second] = base[ci[cb_second]] + 4
    lack = open_ & (j >= 0) & ~has_row
    if lack.any():  # a publication without one of the two rates: worded per (currency, publication)
        lk = np.flatnonzero(lack)
        pair_key = ci[lk] * n_pub + j[lk]
        uniq, inv = np.unique(pair_key, return_inverse=True)
        start = len(templates)
        for key in uniq.tolist():
            k, pub = divmod(int(key), n_pub)
            frm = Money(Decimal(0), codes[k]).currency
            day = hist.days[pub]
            cur = frm if src.per_eur(frm, day) is None else target
            templates.append((f"no {frm}→{target} rate for ", True,
                              f" (spot): {src.name}: {_lacks(src, cur, day)}", False, ""))
        tid[lk] = start + inv.reshape(-1)
    fail_rows = np.flatnonzero(fail)
    if (tid[fail_rows] < 0).any():  # pragma: no cover - every failing row has its words
        return None

    # ---- products, rates, in steps that stay in the caches
    limbs_all, neg, fits = _wide.amount_limbs(lo, hi)
    zero = (limbs_all[0] | limbs_all[1] | limbs_all[2]) == 0
    conv = ok | ident
    ident_entry = n_slots * n_pub  # rate 1: 10**33 * 10**-33
    entry = np.where(ok, entry, ident_entry)
    one = [np.zeros(1, np.uint64)] * 3 + [np.full(1, 10**6, np.uint64)]
    if n_slots:
        t_limbs = [np.concatenate([p.limbs[i] for p in pairs] + [one[i]]) for i in range(4)]
        t_exp = np.concatenate([p.exp for p in pairs] + [np.full(1, -33, np.int64)])
        t_rate = np.concatenate([p.rate for p in pairs] + [_wide.words(
            [x.copy() for x in one], np.full(1, 15, np.int64), np.zeros(1, bool))])
    else:
        t_limbs = one
        t_exp = np.full(1, -33, np.int64)
        t_rate = _wide.words([x.copy() for x in one], np.full(1, 15, np.int64), np.zeros(1, bool))
    kk = t_exp + (48 - scale)
    out = np.zeros((n, 4), dtype=np.uint64)
    awkward = np.zeros(n, dtype=bool)
    step = _wide.CHUNK
    for s in range(0, n, step):
        e = entry[s: s + step]
        a = [x[s: s + step] for x in limbs_all]
        an, sh = _wide.normalise(a)
        r, jd = _wide.round_product(an, [t[e] for t in t_limbs])
        x = jd - sh + kk[e]
        z = zero[s: s + step]
        bad = ~z & ((x < 0) | (x > _wide.MAX_X) | ~fits[s: s + step])
        w = _wide.words(r, x, neg[s: s + step])
        w[z | bad] = 0
        out[s: s + step] = w
        awkward[s: s + step] = bad
    awkward &= conv
    err_extra: dict[int, str] = {}
    for row in np.flatnonzero(awkward).tolist():  # digits beyond 10**-48, or beyond 10**27 raw
        amount = arr[row].as_py()
        amount = Decimal(amount) if not isinstance(amount, Decimal) else amount
        if ident[row]:
            value = amount
        else:
            e_ = int(entry[row])
            qv = sum(int(t_limbs[i][e_]) * 10**(9 * i) for i in range(4))
            value = _batch._CTX.multiply(amount, Decimal(qv).scaleb(int(t_exp[e_]),
                                                                    context=_batch._WIDE))
        if _batch._fits(value, 48, 76):
            raw = int(value.scaleb(48, context=_batch._WIDE))
            out[row] = np.frombuffer(raw.to_bytes(32, "little", signed=True), dtype=np.uint64)
        else:
            if errors == "raise":
                return None
            err_extra[row] = str(_batch._refuse(value, "amount", "decimal256(76, 48)"))
    good = conv.copy()
    for row in err_extra:
        good[row] = False

    # ---- the error column
    if err_extra:
        fail = fail.copy()
        fail[list(err_extra)] = True
        for row, msg in err_extra.items():
            tid[row] = len(templates)
            templates.append((msg, False, "", False, ""))
        fail_rows = np.flatnonzero(fail)
    if len(fail_rows):
        t_of = tid[fail_rows]
        f_ords = ords[fail_rows]
        u_days, d_inv = np.unique(f_ords, return_inverse=True)
        iso = pa.array([_dt.date.fromordinal(int(o)).isoformat() for o in u_days.tolist()],
                       pa.string()).take(pa.array(d_inv.reshape(-1)))
        empty = pa.scalar("", pa.string())
        p0 = pa.array([t[0] for t in templates], pa.string()).take(pa.array(t_of))
        p1 = pa.array([t[2] for t in templates], pa.string()).take(pa.array(t_of))
        p2 = pa.array([t[4] for t in templates], pa.string()).take(pa.array(t_of))
        d1 = pc.if_else(pa.array(np.array([t[1] for t in templates], bool)[t_of]), iso, empty)
        d2 = pc.if_else(pa.array(np.array([t[3] for t in templates], bool)[t_of]), iso, empty)
        messages = pc.binary_join_element_wise(p0, d1, p1, d2, p2, "")
        error = _expand(n, fail_rows, messages)
    else:
        error = pa.nulls(n, pa.string())

    # ---- the other columns
    pub_day = np.where(ident, ords, hist.ords[jj] if n_pub else 0) - _EPOCH
    rate_words = t_rate[np.where(good, entry, ident_entry)]
    return pa.table([
        _wide_column(n, out, good),
        _strings(n, np.where(good, 0, -1), [target]),
        _wide_column(n, rate_words, good),
        _int32_column(n, pa.date32(), pub_day, good),
        _int32_column(n, pa.int32(), np.where(ident, 0, 1), good),
        _strings(n, np.where(good, np.where(ident, 1, 0), -1), [src.name, "identity"]),
        error,
    ], schema=CONVERSION_SCHEMA)
