"""Exact decimal arithmetic on columns, in numpy limbs (internal to :mod:`finnorm.arrow`).

One job: the 34-digit, half-even arithmetic of :data:`finnorm.convert.CONTEXT`
(cross rates, products) on whole columns, with the results written as the
little-endian two's-complement words of ``decimal256(76, 48)``. Numbers are
held as base-10**9 limbs in ``uint64`` arrays (digit counting and rounding are
then cheap); every intermediate is bounded below 2**64 (see each function).
Nothing here rounds differently from :class:`decimal.Decimal`: the tests
compare every function with it on hostile values.

>>> import numpy as np
>>> q, e = cross(np.array([11112]), np.array([-4]), np.array([1]), np.array([0]))
>>> int(q[3][0]), int(q[0][0]), int(e[0])   # 1.1112 = 1111200...0 (34 digits) * 10**-33
(1111200, 0, -33)
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # pragma: no cover
    import numpy.typing as npt

    U64 = npt.NDArray[np.uint64]
    I64 = npt.NDArray[np.int64]
    Bool = npt.NDArray[np.bool_]

__all__ = ["CHUNK", "MAX_X", "amount_limbs", "cross", "digits", "interleave", "magnitude",
           "normalise", "parse_texts", "product", "round_product", "times_ten", "words"]

#: rows per step of the row-wise work: its temporaries stay in the CPU caches, and each
#: (below 128 KiB, the (CHUNK, 4) uint32 rows of quotients too) comes from malloc's heap,
#: not a fresh mmap
CHUNK = 8000
#: the largest power of ten a 34-digit value may carry and still be below 10**76
MAX_X = 42

_B = np.uint64(10**9)
_P10 = np.array([10**k for k in range(19)], dtype=np.uint64)  # 10**0 .. 10**18
_M32 = np.uint64(0xFFFFFFFF)
_S32 = np.uint64(32)
_ONE = np.uint64(1)
_ZERO = np.uint64(0)
# 10**y (y = 0..75) as eight 32-bit limbs: _TEN[L][y] is limb L
_TEN = np.array([[(10**y >> (32 * L)) & 0xFFFFFFFF for y in range(76)] for L in range(8)],
                dtype=np.uint64)
_Q34 = np.uint64(10**7)  # the top limb of a 34-digit value is below this
_Q33 = np.uint64(10**6)


def digits(v: U64) -> I64:
    """Decimal digits of each value below 10**9 (0 for 0)."""
    # log10 of v + 1/2 is never within 1e-10 of an integer: exact for v < 10**9
    return np.floor(np.log10(v.astype(np.float64) + 0.5)).astype(np.int64) + 1


def parse_texts(texts: npt.NDArray[np.bytes_]) -> tuple[Bool, I64, I64] | None:
    """Plain decimal strings (``b"1.1112"``, ``b"133.73"``; ``b""`` for none) as
    ``(present, mantissa, exponent)`` with ``value == mantissa * 10**exponent``;
    ``None`` when a string is anything else or has more than 18 digits."""
    n = len(texts)
    width = max(texts.dtype.itemsize, 1)
    raw = np.frombuffer(texts.tobytes(), dtype=np.uint8).reshape(n, width) if n else \
        np.zeros((0, width), np.uint8)
    is_digit = (raw >= 48) & (raw <= 57)
    is_point = raw == 46
    used = raw != 0
    if np.any(used & ~is_digit & ~is_point) or np.any(is_point.sum(axis=1) > 1):
        return None
    if np.any(np.diff(used.astype(np.int8), axis=1) > 0):  # NUL inside a string
        return None
    present = used.any(axis=1)
    n_digits = is_digit.sum(axis=1)
    if np.any(n_digits[present] == 0) or np.any(n_digits > 18):
        return None
    mant = np.zeros(n, dtype=np.int64)
    for col in range(width):
        d = is_digit[:, col]
        mant = np.where(d, mant * 10 + (raw[:, col].astype(np.int64) - 48), mant)
    has_point = is_point.any(axis=1)
    point_at = np.argmax(is_point, axis=1)
    length = used.sum(axis=1)
    exponent = np.where(has_point, -(length - point_at - 1), 0).astype(np.int64)
    return present, mant, exponent


def cross(nm: I64, ne: I64, dm: I64, de: I64) -> tuple[list[U64], I64]:
    """``(nm * 10**ne) / (dm * 10**de)`` rounded to 34 significant digits, half-even.

    Mantissas are integers in ``[1, 10**9)``. Returns the quotient's four limbs
    ``[q0, q1, q2, q3]`` (``q = q3*10**27 + q2*10**18 + q1*10**9 + q0``, always
    exactly 34 digits: ``10**33 <= q < 10**34``) and the exponent ``e`` with
    ``quotient == q * 10**e``: the value :meth:`decimal.Context.divide` gives
    at ``prec=34`` (an exact quotient is the same value with zeros after it).
    """
    nd = digits(nm.astype(np.uint64))
    dd = digits(dm.astype(np.uint64))
    width = np.maximum(nd, dd)
    num = nm.astype(np.uint64) * _P10[width - nd]  # both now `width` digits, < 10**9
    den = dm.astype(np.uint64) * _P10[width - dd]
    head = num // den  # 0..9: num/den lies in (0.1, 10)
    rem = num - head * den
    lead = np.where(head > 0, 6, 7)  # digits still needed in the top limb
    v = rem * _P10[lead]  # < 10**9 * 10**7
    t = v // den
    rem = v - t * den
    top = head * _P10[lead] + t  # 7 digits
    limbs = [top]
    for _ in range(3):
        v = rem * _B  # < 10**18
        t = v // den
        rem = v - t * den
        limbs.append(t)
    q3, q2, q1, q0 = limbs
    twice = rem * np.uint64(2)
    up = (twice > den) | ((twice == den) & ((q0 & _ONE) == _ONE))
    exp = nd - dd + ne - de - 33 - (head == 0).astype(np.int64)
    q = [q0 + up.astype(np.uint64), q1, q2, q3]
    _carry(q)
    over = q[3] >= _Q34  # 99..9 rounded up to 10**34
    if over.any():
        q[3] = np.where(over, _Q33, q[3])
        exp = exp + over.astype(np.int64)
    return q, exp


def _carry(q: list[U64]) -> None:
    """Propagate a carry out of limbs equal to 10**9 (after adding at most 1)."""
    for i in range(len(q) - 1):
        over = q[i] >= _B
        if not over.any():
            return
        q[i] = np.where(over, q[i] - _B, q[i])
        q[i + 1] = q[i + 1] + over.astype(np.uint64)


def amount_limbs(lo: U64, hi: I64) -> tuple[list[U64], Bool, Bool]:
    """Signed 128-bit integers (low word unsigned, high word signed) as three base-10**9
    limbs of their magnitude, the sign, and whether the magnitude is below 10**27
    (the limbs of a row where it is not are meaningless)."""
    neg = hi < 0
    nlo = (~lo) + _ONE  # two's complement of (hi, lo)
    nhi = (~hi.view(np.uint64)) + (lo == 0).astype(np.uint64)
    alo = np.where(neg, nlo, lo)
    ahi = np.where(neg, nhi, hi.view(np.uint64))
    big_hi, big_lo = divmod(10**27, 1 << 64)
    fits = (ahi < np.uint64(big_hi)) | ((ahi == np.uint64(big_hi)) & (alo < np.uint64(big_lo)))
    ahi = np.where(fits, ahi, _ZERO)
    # (ahi * 2**64 + alo) / 10**9 by 32-bit steps: remainders < 10**9 < 2**30
    x = (ahi << _S32) | (alo >> _S32)  # ahi < 2**26 where it fits: x < 2**58
    q1 = x // _B
    r = x - q1 * _B
    x = (r << _S32) | (alo & _M32)
    q0 = x // _B
    a0 = x - q0 * _B
    quot = (q1 << _S32) + q0  # the magnitude // 10**9, below 10**18
    a1 = quot % _B
    a2 = quot // _B
    return [a0, a1, a2], neg, fits


def normalise(a: list[U64]) -> tuple[list[U64], I64]:
    """Magnitudes below 10**27 (three limbs) shifted to exactly 27 digits: ``(a * 10**sh, sh)``.

    A zero gives garbage (the caller writes 0 for it).
    """
    a0, a1, a2 = a
    n = len(a0)
    top = _pick(a1 > 0, a1, a0)
    top = _pick(a2 > 0, a2, top)
    t = np.maximum(2 * (a2 > 0), (a1 > 0)).astype(np.int64)  # the top limb in use
    sh = 27 - (9 * t + digits(top))  # 0..26 (27 for a zero)
    shl = sh // 9
    m = _P10[sh - 9 * shl]
    # a * 10**(sh % 9) has 27 - 9*shl digits: three limbs at most, in a row of five
    # whose first two are 0, read from 2 - shl on
    buf = np.zeros((n, 5), dtype=np.uint64)
    t0 = a0 * m
    c = t0 // _B
    buf[:, 2] = t0 - c * _B
    t1 = a1 * m + c
    c = t1 // _B
    buf[:, 3] = t1 - c * _B
    buf[:, 4] = a2 * m + c
    flat = buf.reshape(-1)
    at = np.arange(0, 5 * n, 5, dtype=np.int64) + 2 - np.minimum(shl, 2)
    return [flat[at], flat[at + 1], flat[at + 2]], sh


def _pick(cond: Bool, x: U64, y: U64) -> U64:
    """``np.where(cond, x, y)`` for uint64, by arithmetic (several times faster)."""
    return y + (x - y) * cond.astype(np.uint64)


def times_ten(q: list[U64]) -> list[U64]:
    """Four limbs times 10 (a 34-digit value becomes 35 digits, still four limbs)."""
    out = []
    carry = np.zeros_like(q[0])
    for x in q:
        v = x * np.uint64(10) + carry
        carry = v // _B
        out.append(v - carry * _B)
    return out


def magnitude(a: list[U64]) -> npt.NDArray[np.float64]:
    """Three limbs as a float (to estimate, never to decide alone)."""
    return (a[2].astype(np.float64) * 1e18 + a[1].astype(np.float64) * 1e9
            + a[0].astype(np.float64))


def round_product(a: list[U64], q: list[U64]) -> tuple[list[U64], I64, Bool]:
    """``A * Q`` rounded to 34 significant digits, half-even, when the exact product
    has 61 digits: ``A`` has 27 (three limbs, see :func:`normalise`) and ``Q`` 34 or
    35 (four limbs, ``q3 < 10**8``: a 34-digit ``Q`` or ten times it, whichever
    gives 61 digits).

    Returns the rounded value's four limbs (34 digits, ``r3 < 10**7``), ``j``
    (the product is ``r * 10**j``: 27, or 28 when 99..9 rounds up) and whether
    the product did have 61 digits (rows where it did not are meaningless).
    """
    a0, a1, a2 = a
    q0, q1, q2, q3 = q
    # columns of the product: each term < 10**18, each sum < 3 * 10**18 < 2**64
    cols = [a0 * q0, a0 * q1 + a1 * q0, a0 * q2 + a1 * q1 + a2 * q0,
            a0 * q3 + a1 * q2 + a2 * q1, a1 * q3 + a2 * q2]
    p: list[U64] = []
    carry = np.zeros_like(a0)
    for c in cols:
        c = c + carry
        carry = c // _B
        p.append(c - carry * _B)
    top = a2 * q3 + carry  # A*Q // 10**45: 16 digits when A*Q has 61
    fine = (top >= np.uint64(10**15)) & (top < np.uint64(10**16))
    out = [p[3], p[4], top]
    # half-even: the dropped 27 digits (three whole limbs) against 5 * 10**26
    half = np.uint64(5 * 10**8)
    w = p[2]
    odd = (out[0] & _ONE) == _ONE
    bump = (w > half) | ((w == half) & (((p[0] | p[1]) != 0) | odd))
    r = [out[0] + bump.astype(np.uint64), out[1], out[2]]
    r3 = r[2] // _B
    r = [r[0], r[1], r[2] - r3 * _B, r3]
    _carry(r)
    j = np.full(len(a0), 27, dtype=np.int64)
    over = r[3] >= _Q34
    if over.any():
        r[3] = np.where(over, _Q33, r[3])
        j = j + over.astype(np.int64)
    return r, j, fine


def interleave(q: list[U64]) -> list[U64]:
    """Limbs of ``Q`` and of ``10 * Q`` alternating (entry ``k`` at ``2k`` and ``2k + 1``),
    the table :func:`product` reads."""
    ten = times_ten(q)
    out = []
    for x, y in zip(q, ten):
        z = np.empty(2 * len(x), dtype=np.uint64)
        z[0::2] = x
        z[1::2] = y
        out.append(z)
    return out


def product(a: list[U64], table: list[U64], qf: npt.NDArray[np.float64], e: I64,
            zero: Bool) -> tuple[list[U64], I64]:
    """``|A| * Q[e]`` rounded to 34 significant digits, half-even, as ``r * 10**j``.

    ``a`` holds the magnitudes (three limbs, below 10**27; ``zero`` marks the
    zeros, whose result is meaningless), ``table`` the 34-digit ``Q`` of each entry
    as :func:`interleave` lays them out, ``qf`` each ``Q`` as a float and ``e``
    each row's entry. Which of ``Q`` and ``10 * Q`` gives a 61-digit product is
    guessed from floats and checked exactly; a wrong guess is redone.
    """
    an, sh = normalise(a)
    small = magnitude(an) * qf[e] < 1e60
    idx = 2 * e + small
    r, j, fine = round_product(an, [t[idx] for t in table])
    redo = ~(fine | zero)
    if redo.any():  # the product is within a hair of 10**60: the other one
        small[redo] = ~small[redo]
        idx = 2 * e[redo] + small[redo]
        r2, j2, fine2 = round_product([x[redo] for x in an], [t[idx] for t in table])
        if not fine2.all():  # pragma: no cover - one of the two has 61 digits
            raise ArithmeticError("no 61-digit product")
        for k in range(4):
            r[k][redo] = r2[k]
        j[redo] = j2
    return r, j - small - sh


def words(q: list[U64], x: I64, neg: Bool,
          out: npt.NDArray[np.uint64] | None = None) -> npt.NDArray[np.uint64]:
    """``±(q * 10**x)`` as 256-bit two's-complement little-endian words, shape ``(n, 4)``
    (written into ``out`` when given).

    ``q`` is four base-10**9 limbs with ``q3 < 10**7`` (34 digits at most), and
    ``q * 10**x`` must be below 10**76 (``x`` <= :data:`MAX_X` for 34 digits);
    rows outside that give garbage (the caller marks them). A term ``q_i`` times a
    32-bit limb of ``10**(x + 9i)`` that is zero on every row (that power is
    below the limb, or a multiple of 2**32 beyond it) is not computed.
    """
    n = len(x)
    if out is None:
        out = np.empty((n, 4), dtype=np.uint64)
    if n == 0:
        return out
    lo_x, hi_x = int(x.min()), int(x.max())
    if lo_x >= 0 and hi_x + 27 <= 75:
        y = [x + 9 * i if i else x for i in range(4)]
    else:
        y = [np.clip(x + 9 * i, 0, 75) for i in range(4)]
    bounds = [(min(max(lo_x + 9 * i, 0), 75), min(max(hi_x + 9 * i, 0), 75)) for i in range(4)]
    carry: U64 | None = None
    low: U64 | None = None
    for limb in range(8):
        tab = _TEN[limb]
        # q_i < 10**9 < 2**30, limb < 2**32, q3 < 2**24: the sum stays below 2**64
        acc = carry
        for i in range(4):
            lo_y, hi_y = bounds[i]
            if 10**hi_y >> (32 * limb) == 0 or lo_y >= 32 * (limb + 1):
                continue  # that limb of 10**y is zero on every row
            term = q[i] * np.take(tab, y[i])
            acc = term if acc is None else acc + term
        if acc is None:
            acc = np.zeros(n, dtype=np.uint64)
        carry = acc >> _S32
        if limb % 2 == 0:
            low = acc & _M32
        else:
            assert low is not None
            out[:, limb // 2] = low | ((acc & _M32) << _S32)
    if neg.any():  # -v == ~v + 1, as (v ^ mask) + carry on the negative rows
        flip = np.zeros(n, dtype=np.uint64) - neg.astype(np.uint64)  # all ones there
        c = neg.astype(np.uint64)
        for k in range(4):
            w = (out[:, k] ^ flip) + c
            c = c * (w == 0)
            out[:, k] = w
    return out
