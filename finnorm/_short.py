"""Products of short amounts, in two limbs (internal to :mod:`finnorm._spot`).

One job: ``round34(|raw| * Q)`` for raw integers below 10**18 (nearly every
amount a table holds: a ``decimal128`` of up to 18 digits, an ``int64``), the
cheaper twin of :func:`finnorm._wide.product` (three limbs, any amount below
10**27). An amount below 10**18 is shifted to exactly 18 digits with one
``uint64`` multiply (no limb shuffling); its two base-10**9 limbs times the
quotient's four give a 52-digit product of which exactly two whole limbs are
dropped when rounding half-even to 34 digits. The results come back as the
four base-10**9 limbs :func:`finnorm._wide.words` writes as ``decimal256``.
The tests compare every function here with :class:`decimal.Decimal`.

>>> import numpy as np
>>> m, neg, short = split(np.array([2**64 - 5], np.uint64), np.array([-1]))
>>> int(m[0]), bool(neg[0]), bool(short[0])
(5, True, True)
>>> int(digits(np.array([0, 9, 10, 10**18 - 1], np.uint64))[3])
18
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:  # pragma: no cover
    import numpy.typing as npt

    U64 = npt.NDArray[np.uint64]
    I64 = npt.NDArray[np.int64]
    F64 = npt.NDArray[np.float64]
    Bool = npt.NDArray[np.bool_]

__all__ = ["LIMIT", "digits", "product", "split", "stripped"]

#: amounts (raw integers) below this take the two-limb path
LIMIT = 10**18

_B = np.uint64(10**9)
_P10 = np.array([10**k for k in range(20)], dtype=np.uint64)  # 10**0 .. 10**19
_HALF = np.uint64(5 * 10**8)
_ONE = np.uint64(1)
_E18 = np.uint64(10**18)
_E16 = np.uint64(10**16)
_E15 = np.uint64(10**15)
_S32 = np.uint64(32)
_M32 = np.uint64(0xFFFFFFFF)
_T32 = np.uint64(1 << 32)


def split(lo: U64, hi: I64) -> tuple[U64, Bool, Bool]:
    """Signed 128-bit integers (low word unsigned, high word signed) as their magnitude,
    their sign and whether they are short (below 10**18 in magnitude; the magnitude of
    a row that is not is meaningless)."""
    v = lo.view(np.int64)
    short = (hi == (v >> 63)) & (v > -LIMIT) & (v < LIMIT)
    return np.abs(v).view(np.uint64), v < 0, short


def stripped(lo: U64, hi: I64, k: int) -> tuple[U64, Bool, Bool]:
    """``|raw| / 10**k`` (``1 <= k <= 9``) of signed 128-bit integers, their sign, and
    where that is exact and below 10**18 (elsewhere the quotient is meaningless).

    A ``decimal128(38, 9)`` column of amounts in cents holds raw integers that
    are multiples of 10**7: divided by it, nearly all are short.
    """
    d = np.uint64(10**k)
    neg = hi < 0
    alo = np.where(neg, np.uint64(0) - lo, lo)  # the magnitude, two's complement undone
    ahi = np.where(neg, ~hi.view(np.uint64) + (lo == 0), hi.view(np.uint64))
    # (ahi * 2**64 + alo) // d in two 32-bit steps, where ahi < 2**32 (remainders < 2**30)
    x = (ahi << _S32) | (alo >> _S32)
    q1 = x // d
    x = ((x - q1 * d) << _S32) | (alo & _M32)
    q0 = x // d
    m = (q1 << _S32) | q0
    ok = (x == q0 * d) & (ahi < _T32) & (q1 < _T32) & (m < _E18)
    return m, neg, ok


def digits(m: U64) -> I64:
    """Decimal digits of each value below 10**19 (0 for 0), without a logarithm: the
    binary length from the float's exponent, ``floor(bits * log10 2)`` by 1233/4096,
    then one comparison with the power of ten."""
    f = m.astype(np.float64)  # rounding up to a power of two never crosses a power of ten
    bits = np.maximum((f.view(np.int64) >> 52) - 1022, 0)
    t = (bits * 1233) >> 12
    out: I64 = t + (m >= _P10[t])
    return out


def product(m: U64, q8: Any, qf: F64, zero: Bool) -> tuple[list[U64], I64]:
    """``m * Q`` rounded to 34 significant digits, half-even, as ``r * 10**j``
    (``r`` in four base-10**9 limbs, the top one below 10**7), row by row.

    ``m`` holds magnitudes below 10**18 (``zero`` marks the zeros, whose result is
    meaningless), ``q8`` each row's 34-digit ``Q`` in columns 0-3 and ``10 * Q`` in
    columns 4-7 (base-10**9 limbs, lowest first) and ``qf`` its ``Q`` as a float.
    ``m`` is shifted to 18 digits, and ``Q`` or ``10 * Q`` taken so that the
    product has 52; the float guess is checked exactly and redone the other way
    where it was wrong.
    """
    sh = 18 - digits(m)
    n18 = m * _P10[sh]  # 10**17 <= n18 < 10**18 (0 for 0)
    small = n18.astype(np.float64) * qf < 1e51  # the 34-digit Q gives 51 digits: 10 * Q
    r, j, fine = _round52(n18, np.where(small[:, None], q8[:, 4:], q8[:, :4]))
    redo = ~(fine | zero)
    if redo.any():  # within a hair of 10**51: the other one
        small[redo] = ~small[redo]
        rows = q8[redo]
        pick = np.where(small[redo][:, None], rows[:, 4:], rows[:, :4])
        r2, j2, fine2 = _round52(n18[redo], pick)
        if not fine2.all():  # pragma: no cover - one of the two has 52 digits
            raise ArithmeticError("no 52-digit product")
        for k in range(4):
            r[k][redo] = r2[k]
        j[redo] = j2
    return r, j - small - sh


def _round52(n18: U64, q: U64) -> tuple[list[U64], I64, Bool]:
    """``n18 * Q`` (``n18`` of 18 digits, ``Q`` the rows of ``q``: four limbs, the top one
    below 10**8) rounded half-even to its top 34 digits when the product has 52:
    ``(r limbs, j, fine)`` with the product about ``r * 10**j`` (``j`` 18, or 19 when
    99..9 rounds up) and ``fine`` where it did have 52 digits."""
    a1 = n18 // _B
    a0 = n18 - a1 * _B
    q0, q1, q2, q3 = q[:, 0], q[:, 1], q[:, 2], q[:, 3]
    # columns of the product: each term below 10**18, each sum below 2 * 10**18 + a carry
    c = a0 * q0
    k = c // _B
    p0 = c - k * _B
    c = a0 * q1 + a1 * q0 + k
    k = c // _B
    p1 = c - k * _B
    c = a0 * q2 + a1 * q1 + k
    k = c // _B
    p2 = c - k * _B
    c = a0 * q3 + a1 * q2 + k
    k = c // _B
    p3 = c - k * _B
    top = a1 * q3 + k  # the product // 10**36: 16 digits when it has 52
    fine = (top >= _E15) & (top < _E16)
    # half-even: the dropped 18 digits (p1, p0) against 5 * 10**17; p2 is the last kept
    bump = (p1 > _HALF) | ((p1 == _HALF) & ((p0 != 0) | ((p2 & _ONE) == _ONE)))
    low = p3 * _B + p2 + bump  # at most 10**18
    j = np.full(len(n18), 18, dtype=np.int64)
    over = low >= _E18
    if over.any():  # the carry of a bump: maybe 99..9 -> 10**34, written 10**33 * 10
        low = np.where(over, low - _E18, low)
        top = top + over
        ten = top >= _E16
        top = np.where(ten, _E15, top)
        j += ten
    r1 = low // _B
    r3 = top // _B
    return [low - r1 * _B, r1, top - r3 * _B, r3], j, fine
