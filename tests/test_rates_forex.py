"""The online source, for real, against an HTTP server on 127.0.0.1 speaking the service's JSON."""
from __future__ import annotations

import datetime as dt
import socket
import sys
import time
from decimal import Decimal
from pathlib import Path

import pytest

from finnorm import Money, RateSourceError, RateUnavailableError
from finnorm.convert import convert
from finnorm.rates import forex as forex_mod
from finnorm.rates.cache import RateCache
from finnorm.rates.forex import ForexRates

try:
    from .rates_fixtures import ecb_table, fake_forex, independent_cross, rel_diff
except ImportError:  # tests/ is not a package
    from rates_fixtures import ecb_table, fake_forex, independent_cross, rel_diff  # type: ignore[no-redef]

D = dt.date


def make(url: str, tmp_path: Path, timeout: float = 2.0) -> ForexRates:
    return ForexRates(url, timeout=timeout, cache=RateCache(str(tmp_path / "rates.sqlite3")))


def test_spot_matches_the_ecb_figures(tmp_path: Path) -> None:
    with fake_forex() as srv:
        src = make(srv.url, tmp_path)
        c = convert(Money("670.9e9", "JPY"), "AUD", on="2025-05-13", source=src)
    assert c.source == "forex-python" and c.on == D(2025, 5, 13)
    assert rel_diff(c.rate, independent_cross("JPY", "AUD", D(2025, 5, 13))) < Decimal("1e-9")
    assert round(c.money.amount / 10**9, 2) == Decimal("7.07")
    # always EUR-based requests, one per day asked
    assert srv.hits and all("base=EUR" in h for h in srv.hits)
    assert "/api/2025-05-13" in srv.hits[0]


def test_rates_are_exact_decimals(tmp_path: Path) -> None:
    with fake_forex() as srv:
        day, rates = make(srv.url, tmp_path).fetch(D(2025, 5, 13))
    assert day == D(2025, 5, 13)
    assert rates["JPY"] == Decimal("164.61") and type(rates["JPY"]) is Decimal
    assert rates["IDR"] == Decimal(ecb_table()[day]["IDR"])


def test_keeps_the_day_the_service_answers_for(tmp_path: Path) -> None:
    with fake_forex() as srv:
        src = make(srv.url, tmp_path)
        c = convert(Money(1, "USD"), "GBP", on="2025-05-11", source=src)  # a Sunday
    assert (c.asked, c.on) == (D(2025, 5, 11), D(2025, 5, 9))


def test_repeat_query_works_offline_from_the_sqlite_cache(tmp_path: Path) -> None:
    with fake_forex() as srv:
        first = convert(Money(1, "USD"), "JPY", on="2025-05-11", source=make(srv.url, tmp_path))
        n = len(srv.hits)
    # the server is gone; a fresh source with the same cache file answers the same
    dead = free_port_url()
    again = convert(Money(1, "USD"), "JPY", on="2025-05-11", source=make(dead, tmp_path))
    assert again == first and n >= 1


def test_average_over_a_month(tmp_path: Path) -> None:
    with fake_forex() as srv:
        src = make(srv.url, tmp_path)
        c = convert(Money(100, "USD"), "JPY", method="average",
                    period=(D(2025, 3, 1), D(2025, 3, 31)), source=src)
    ecb = convert(Money(100, "USD"), "JPY", method="average", period=(D(2025, 3, 1), D(2025, 3, 31)))
    assert c.days == ecb.days == 21 and c.rate == ecb.rate and c.used == ecb.used


def free_port_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/api/"


FAILURES = [
    # id, server mode, words in the error
    ("http-500", "500", "HTTP 500"),
    ("malformed-json", "badjson", "malformed JSON"),
    ("no-date-in-answer", "nodate", "which day"),
]


@pytest.mark.parametrize("mode,words", [c[1:] for c in FAILURES], ids=[c[0] for c in FAILURES])
def test_failures_become_clear_errors(tmp_path: Path, mode: str, words: str) -> None:
    with fake_forex() as srv:
        srv.mode = mode
        src = make(srv.url, tmp_path)
        with pytest.raises(RateSourceError, match=words):
            src.fetch(D(2025, 5, 13))
        with pytest.raises(RateUnavailableError, match=words) as info:
            convert(Money(1, "USD"), "JPY", on="2025-05-13", source=src)
    assert info.value.sources == ("forex-python",) and "2025-05-13" in str(info.value)


def test_a_hang_hits_the_hard_timeout(tmp_path: Path) -> None:
    with fake_forex() as srv:
        srv.mode = "hang"
        src = make(srv.url, tmp_path, timeout=0.5)
        t = time.monotonic()
        with pytest.raises(RateUnavailableError, match="did not answer within 0.5 s"):
            convert(Money(1, "USD"), "JPY", on="2025-05-13", source=src)
        assert time.monotonic() - t < 3


def test_unreachable_service(tmp_path: Path) -> None:
    src = make(free_port_url(), tmp_path, timeout=1)
    with pytest.raises(RateUnavailableError, match="unreachable"):
        convert(Money(1, "USD"), "JPY", on="2025-05-13", source=src)


def test_a_missing_currency_is_unavailable_not_guessed(tmp_path: Path) -> None:
    table = {D(2025, 5, 13): {"USD": "1.1185"}, D(2025, 5, 12): {"USD": "1.1106"}}
    with fake_forex(table) as srv:
        src = make(srv.url, tmp_path)
        with pytest.raises(RateUnavailableError) as info:
            convert(Money(1, "USD"), "TWD", on="2025-05-13", source=src)
    assert info.value.currency == "TWD" and "no TWD rate" in str(info.value)


def test_before_the_service_history(tmp_path: Path) -> None:
    with fake_forex() as srv:
        with pytest.raises(RateUnavailableError, match="forex-python"):
            convert(Money(1, "USD"), "JPY", on="1990-01-01", source=make(srv.url, tmp_path))


def test_fallback_to_embedded_ecb_when_online_fails(tmp_path: Path) -> None:
    with fake_forex() as srv:
        srv.mode = "500"
        c = convert(Money(1, "USD"), "JPY", on="2025-05-13",
                    source=[make(srv.url, tmp_path), "ecb"])
    assert c.source == "ecb"


def test_url_and_timeout_from_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("FINNORM_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("FINNORM_FOREX_TIMEOUT", "3")
    with fake_forex() as srv:
        monkeypatch.setenv("FINNORM_FOREX_URL", srv.url)
        forex_mod.reset_default()
        try:
            c = convert(Money(1, "USD"), "JPY", on="2025-05-13", source="forex-python")
            src = forex_mod.default_source()
            assert src.timeout == 3 and src.url == srv.url
            assert src.cache is not None and src.cache.path == str(tmp_path / "rates.sqlite3")
        finally:
            forex_mod.reset_default()
    assert c.source == "forex-python"


def test_forex_python_is_imported_lazily() -> None:
    import subprocess

    code = ("import sys, finnorm, finnorm.rates.forex, finnorm.convert;"
            "print('forex_python' in sys.modules, 'requests' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(Path(__file__).resolve().parent.parent),
                              "PATH": "/usr/bin:/bin"})
    assert out.stdout.split() == ["False", "False"]
