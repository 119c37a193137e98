"""Rates at the edges: ceased currencies, the ends of the history, pickling,
cached "no rate" answers. The oracle is the ECB CSV read without finnorm
(``rates_fixtures``) plus the legal facts in ``successions.toml``."""
from __future__ import annotations

import datetime as dt
import pickle
from decimal import Decimal

import pytest

from finnorm import Money, RateUnavailableError
from finnorm.convert import convert
from finnorm.rates import check_rate, get_source
from finnorm.rates.cache import RateCache
from finnorm.rates.ecb import EcbRates, build_blob, default_source
from finnorm.rates.forex import ForexRates
from finnorm.rates.successions import successions
from finnorm.rates.user import UserRates

try:
    from .rates_fixtures import ecb_csv_text, ecb_table, independent_cross, rel_diff
except ImportError:  # tests/ is not a package
    from rates_fixtures import (  # type: ignore[no-redef]
        ecb_csv_text,
        ecb_table,
        independent_cross,
        rel_diff,
    )

D = dt.date
ONE_DAY = dt.timedelta(days=1)
OTHERS = ("EUR", "USD", "JPY", "GBP")


def _ceased_probes() -> list[tuple[str, str, D, bool]]:
    """(currency, other, day, as target?) for every calendar day of the 60
    after each currency ceased (and every day of the ISK pause), against
    four other currencies, both directions."""
    table = ecb_table()
    last_day = max(table)
    out: list[tuple[str, str, D, bool]] = []
    for code, s in successions().items():
        day = s.since
        for _ in range(60):
            if day <= last_day:
                for other in OTHERS:
                    out.extend([(code, other, day, False), (code, other, day, True)])
            day += ONE_DAY
    # ISK: publications without ISK, 2008-12-10 .. 2018-01-31, and the weekends in between
    day = D(2008, 12, 10)
    while day <= D(2018, 1, 31):
        if day.day in (1, 10, 20) or day < D(2009, 1, 15):
            out.extend([("ISK", other, day, False) for other in OTHERS])
        day += ONE_DAY
    return out


PROBES = _ceased_probes()


def test_every_probe_after_a_currency_ceased_raises() -> None:
    """The issue's sweep: no rate is carried past a currency's end (today 0 of these
    answer; before, a stale rate answered many of them)."""
    answered = []
    for code, other, day, as_target in PROBES:
        frm, to = (other, code) if as_target else (code, other)
        try:
            c = convert(Money(1, frm), to, on=day)
        except RateUnavailableError as exc:
            assert exc.currency == code, (frm, to, day, str(exc))
            continue
        answered.append((frm, to, day, c.on))
    assert len(PROBES) > 1600
    assert answered == []


@pytest.mark.parametrize("code", sorted(successions()))
def test_the_last_rate_of_a_ceased_currency_still_answers(code: str) -> None:
    src = default_source()
    span = src.span(code)
    assert span is not None
    last = span[1]
    c = convert(Money(100, code), "USD", on=last)
    assert c.on == last
    assert rel_diff(c.rate, independent_cross(code, "USD", last)) < Decimal("1e-30")
    s = successions()[code]
    assert src.valid_until(code) == min(src.coverage().last, s.since - ONE_DAY)  # type: ignore[type-var]


def test_legal_rates_carry_exactly() -> None:
    s = successions()
    assert s["HRK"].carry(Money("7.53450", "HRK")) == Money(1, "EUR")
    assert s["SIT"].carry(Money("239640", "SIT")) == Money(1000, "EUR")
    assert s["ROL"].carry(Money("10000", "ROL")) == Money(1, "RON")
    assert s["RUB"].successor is None and "suspended" in s["RUB"].note


def test_the_edges_of_the_history_raise_and_name_the_update() -> None:
    for day in (D(2026, 10, 31), D(2026, 11, 2), D(2026, 11, 5), D(2027, 1, 4)):
        with pytest.raises(RateUnavailableError, match="finnorm rates update") as info:
            convert(Money(1, "USD"), "JPY", on=day)
        assert "1999-01-04..2026-10-30" in str(info.value)
    for day in (D(1999, 1, 3), D(1998, 12, 28)):
        with pytest.raises(RateUnavailableError, match="before it"):
            convert(Money(1, "USD"), "JPY", on=day)
    with pytest.raises(RateUnavailableError, match="2026-11-06 is after"):
        convert(Money(1, "USD"), "JPY", method="average", period=(D(2026, 10, 1), D(2026, 11, 6)))
    with pytest.raises(RateUnavailableError, match="1998-12-28 is before"):
        convert(Money(1, "USD"), "JPY", method="average", period=(D(1998, 12, 28), D(1999, 3, 31)))


def test_hot_path_and_careful_path_agree_on_every_publication_of_a_year() -> None:
    """The fast ECB path (columns padded to one exponent) gives exactly the
    careful path's figures (a user source over the same rates)."""
    table = ecb_table()
    days = [d for d in sorted(table) if d.year == 2024]
    desk = UserRates.from_mapping({d: {c: table[d][c] for c in ("USD", "JPY", "HUF")} for d in days})
    for day in days:
        for frm, to in (("USD", "JPY"), ("HUF", "USD"), ("JPY", "EUR"), ("EUR", "HUF")):
            fast = convert(Money("1234.5", frm), to, on=day)
            slow = convert(Money("1234.5", frm), to, on=day, rates=desk)
            assert (fast.rate, fast.money, fast.on) == (slow.rate, slow.money, slow.on)
            assert str(fast.rate) == str(slow.rate)


def test_exact_quotients_read_plainly() -> None:
    blob = build_blob("Date,USD,JPY,\n2025-05-13,1.1,165,\n")
    src = EcbRates(data=blob)
    c = convert(Money(100, "USD"), "JPY", on="2025-05-13", source=src)
    assert str(c.rate) == "150" and str(c.money.amount) == "15000"


# ------------------------------------------------------------------ pickling
def test_every_rate_source_pickles(tmp_path: object) -> None:
    import pathlib

    base = pathlib.Path(str(tmp_path))
    ecb = default_source()
    ecb.per_eur("USD", D(2025, 5, 13))
    assert pickle.loads(pickle.dumps(ecb)) is ecb  # the worker's own shared source
    mem = EcbRates(data=build_blob("Date,USD,\n2025-05-13,1.1,\n"))
    assert pickle.loads(pickle.dumps(mem)).per_eur("USD", D(2025, 5, 13)) == Decimal("1.1")
    (base / "e.bin").write_bytes(build_blob(ecb_csv_text()))
    f = pickle.loads(pickle.dumps(EcbRates(str(base / "e.bin"))))
    assert f.per_eur("JPY", D(2025, 5, 13)) == Decimal("164.61")
    cache = RateCache(str(base / "r.sqlite3"))
    cache.store("x", D(2025, 5, 13), D(2025, 5, 13), {"USD": Decimal("1.1")})
    back = pickle.loads(pickle.dumps(cache))
    assert back.rates("x", D(2025, 5, 13)) == {"USD": Decimal("1.1")}
    fx = ForexRates(url="http://127.0.0.1:9/api/", timeout=3, cache=cache)
    fx2 = pickle.loads(pickle.dumps(fx))
    assert (fx2.url, fx2.timeout, fx2.cache.path) == (fx.url, 3.0, cache.path)  # type: ignore[union-attr]
    user = UserRates.from_mapping({"2025-05-13": {"USD": "1.1"}})
    assert pickle.loads(pickle.dumps(user)).per_eur("USD", D(2025, 5, 13)) == Decimal("1.1")
    assert pickle.loads(pickle.dumps(get_source("ecb"))) is ecb


def test_convert_and_its_results_pickle_and_run_in_a_worker() -> None:
    import concurrent.futures as cf
    import multiprocessing as mp

    import finnorm

    fn = pickle.loads(pickle.dumps(finnorm.convert))
    assert fn is convert
    ctx = mp.get_context("spawn")
    with cf.ProcessPoolExecutor(1, mp_context=ctx) as pool:
        got = pool.submit(finnorm.convert, Money(100, "USD"), "JPY", on=D(2025, 5, 13),
                          source=default_source()).result()
        err = pool.submit(_convert_or_error, Money(1, "RUB"), "EUR", D(2022, 3, 4)).result()
    assert got == convert(Money(100, "USD"), "JPY", on=D(2025, 5, 13))
    assert isinstance(err, RateUnavailableError) and err.currency == "RUB"


def _convert_or_error(m: Money, to: str, day: D) -> object:
    try:
        return convert(m, to, on=day)
    except RateUnavailableError as exc:
        return exc


# ------------------------------------------------------------------ "no rate" answers
def test_no_rate_answers_are_cached_and_identical() -> None:
    from finnorm.convert import _NONE, _WHY

    asked = D(2022, 3, 4)
    with pytest.raises(RateUnavailableError) as first:
        convert(Money(1, "RUB"), "EUR", on=asked)
    cached = [k for k in _NONE if len(k) == 4 and k[1:] == ("RUB", "EUR", asked.toordinal())]
    assert cached or any(k[1:] == ("RUB", "EUR") for k in _WHY)
    with pytest.raises(RateUnavailableError) as again:
        convert(Money(1, "RUB"), "EUR", on=asked)
    assert str(again.value) == str(first.value)
    assert again.value.currency == first.value.currency and again.value is not first.value


def test_a_source_error_is_not_cached_as_no_rate(tmp_path: object) -> None:
    fx = ForexRates(url="http://127.0.0.1:9/api/", timeout=2, cache=False)
    for _ in range(2):
        with pytest.raises(RateUnavailableError, match="unreachable|did not answer"):
            convert(Money(1, "USD"), "JPY", on=D(2025, 5, 13), source=fx)


# ------------------------------------------------------------------ validation
@pytest.mark.parametrize(
    "value,ok",
    [("164.61", True), ("1", True), (7, True), ("0", False), ("-1.1", False), ("NaN", False),
     ("sNaN", False), ("Infinity", False), ("1E+999999", False), ("1E-20", False), ("", False),
     ("abc", False), (1.5, False), (True, False), (None, False)],
)
def test_check_rate(value: object, ok: bool) -> None:
    from finnorm.errors import RateSourceError

    if ok:
        assert check_rate(value, "t") == Decimal(str(value))
    else:
        with pytest.raises(RateSourceError):
            check_rate(value, "t")


@pytest.mark.parametrize(
    "frm,to,day",
    [("USD", "TWD", D(2025, 5, 13)), ("TWD", "USD", D(2025, 5, 14)), ("BGN", "HRK", D(2026, 2, 2)),
     ("HRK", "BGN", D(2026, 2, 3)), ("RUB", "USD", D(2024, 1, 2)), ("EUR", "RUB", D(2024, 1, 3)),
     ("ISK", "EUR", D(2012, 6, 1)), ("USD", "JPY", D(2026, 11, 2))],
)
def test_the_fast_no_rate_answer_is_the_careful_one(frm: str, to: str, day: D) -> None:
    """Warm the hot path, then ask twice: the answers (message, fields) match the
    careful path's (a user-named source that is the same object, so no shortcut)."""
    from finnorm.convert import _NONE

    for _ in range(6):
        convert(Money(1, "USD"), "JPY", on=D(2025, 5, 13) - dt.timedelta(days=_))
    _NONE.clear()
    answers = []
    for kwargs in ({}, {}, {"source": [default_source()]}):
        with pytest.raises(RateUnavailableError) as info:
            convert(Money(1, frm), to, on=day, **kwargs)  # type: ignore[arg-type]
        e = info.value
        answers.append((str(e), e.currency, e.pair, e.date, e.sources))
    assert answers[0] == answers[1] == answers[2]
