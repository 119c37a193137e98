"""The SQLite rate cache with a real file: atomic, and a damaged file is rebuilt, never trusted."""
from __future__ import annotations

import datetime as dt
import sqlite3
import warnings
from decimal import Decimal
from pathlib import Path

import pytest

from finnorm.errors import RateSourceError
from finnorm.rates.cache import CacheRebuiltWarning, RateCache

D = dt.date
RATES = {"USD": Decimal("1.1185"), "JPY": Decimal("164.61"), "IDR": Decimal("18521.53")}


def filled(path: Path) -> RateCache:
    cache = RateCache(str(path))
    for i in range(200):  # enough rows for several pages
        day = D(2024, 1, 1) + dt.timedelta(days=i)
        cache.store("forex-python", day, day, RATES)
    return cache


def test_round_trip_exact(tmp_path: Path) -> None:
    p = tmp_path / "rates.sqlite3"
    filled(p).close()
    cache = RateCache(str(p))
    assert cache.rates("forex-python", D(2024, 1, 5)) == RATES
    assert cache.answered("forex-python", D(2024, 1, 5)) == D(2024, 1, 5)
    assert cache.answered("forex-python", D(2030, 1, 5)) is None
    assert cache.rates("other", D(2024, 1, 5)) is None
    assert len(cache.days("forex-python")) == 200
    assert cache.rebuilt is None


def _truncate(p: Path) -> None:
    data = p.read_bytes()
    p.write_bytes(data[: len(data) // 2])


def _garbage(p: Path) -> None:
    p.write_bytes(b"this is not a database at all" * 100)


def _header_only(p: Path) -> None:
    p.write_bytes(p.read_bytes()[:60])


def _scribble(p: Path) -> None:
    data = bytearray(p.read_bytes())
    for i in range(4096 + 8, min(len(data), 4096 * 6), 7):  # smash pages after the first
        data[i] = 0xFF
    p.write_bytes(bytes(data))


def _other_schema(p: Path) -> None:
    p.unlink()
    conn = sqlite3.connect(p)
    conn.execute("CREATE TABLE stuff (x)")
    conn.commit()
    conn.close()


DAMAGE = [
    ("truncated-half", _truncate),
    ("not-sqlite", _garbage),
    ("header-only", _header_only),
    ("scribbled-pages", _scribble),
    ("someone-elses-database", _other_schema),
]


@pytest.mark.parametrize("damage", [d[1] for d in DAMAGE], ids=[d[0] for d in DAMAGE])
def test_damaged_file_is_reported_and_rebuilt(tmp_path: Path, damage: object) -> None:
    p = tmp_path / "rates.sqlite3"
    filled(p).close()
    damage(p)  # type: ignore[operator]
    cache = RateCache(str(p))
    with pytest.warns(CacheRebuiltWarning, match="damaged"):
        got = cache.rates("forex-python", D(2024, 1, 5))
    assert got is None  # nothing from the damaged file is trusted
    assert cache.rebuilt
    assert (tmp_path / "rates.sqlite3.damaged").exists()
    cache.store("forex-python", D(2024, 1, 5), D(2024, 1, 5), RATES)  # usable again
    assert cache.rates("forex-python", D(2024, 1, 5)) == RATES
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert RateCache(str(p)).rates("forex-python", D(2024, 1, 5)) == RATES


def test_empty_file_is_just_new(tmp_path: Path) -> None:
    p = tmp_path / "rates.sqlite3"
    p.write_bytes(b"")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert RateCache(str(p)).days("x") == []


def test_a_failed_write_leaves_the_previous_state(tmp_path: Path) -> None:
    p = tmp_path / "rates.sqlite3"
    cache = filled(p)

    class Boom(Decimal):
        def __str__(self) -> str:
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        cache.store("forex-python", D(2030, 1, 1), D(2030, 1, 1),
                    {"USD": Decimal("1"), "JPY": Boom("2")})
    assert cache.rates("forex-python", D(2030, 1, 1)) is None
    assert cache.answered("forex-python", D(2030, 1, 1)) is None
    assert len(cache.days("forex-python")) == 200


def test_unwritable_directory_is_a_source_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(RateSourceError):
        RateCache(str(blocker / "sub" / "rates.sqlite3")).days("x")


def test_default_path_follows_finnorm_cache_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("FINNORM_CACHE_DIR", str(tmp_path / "c"))
    assert RateCache().path == str(tmp_path / "c" / "rates.sqlite3")


@pytest.mark.parametrize("bad", ["0", "-164.61", "NaN", "1E+999999", "abc"])
def test_a_bad_rate_in_the_cache_is_damage_not_a_rate(tmp_path: Path, bad: str) -> None:
    """The issue's case: a 0 in the cache converted 100 USD to 0 JPY with exit 0."""
    from finnorm import Money, RateUnavailableError
    from finnorm.convert import convert
    from finnorm.rates.forex import ForexRates

    p = tmp_path / "rates.sqlite3"
    cache = filled(p)
    cache.close()
    conn = sqlite3.connect(p)
    conn.execute("UPDATE rates SET per_eur=? WHERE currency='JPY' AND day='2024-01-05'", (bad,))
    conn.commit()
    conn.close()
    src = ForexRates(url="http://127.0.0.1:9/api/", timeout=2, cache=RateCache(str(p)))
    with pytest.warns(CacheRebuiltWarning, match="bad rate"):
        with pytest.raises(RateUnavailableError):  # offline: no rate at all, never a 0
            convert(Money(100, "USD"), "JPY", on=D(2024, 1, 5), source=src)
    assert (tmp_path / "rates.sqlite3.damaged").exists()


def test_a_bad_rate_is_never_stored(tmp_path: Path) -> None:
    cache = RateCache(str(tmp_path / "rates.sqlite3"))
    with pytest.raises(RateSourceError):
        cache.store("x", D(2024, 1, 5), D(2024, 1, 5), {"USD": Decimal("0")})
    assert cache.rates("x", D(2024, 1, 5)) is None
