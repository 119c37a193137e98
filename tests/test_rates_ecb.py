"""The embedded ECB history: faithful to the ECB file, current, lazy, and fails loudly."""
from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from finnorm.errors import RateSourceError
from finnorm.rates import RateSource, get_source
from finnorm.rates.ecb import EMBEDDED_PATH, EcbRates, build_blob, csv_from_download

try:
    from .rates_fixtures import ecb_csv_text, ecb_table, ecb_zip_path
except ImportError:  # tests/ is not a package
    from rates_fixtures import ecb_csv_text, ecb_table, ecb_zip_path  # type: ignore[no-redef]

ROOT = Path(__file__).resolve().parent.parent
D = dt.date


def test_embedded_file_is_current() -> None:
    """The committed data file is exactly what scripts/build_ecb_data.py makes."""
    assert Path(EMBEDDED_PATH).read_bytes() == build_blob(ecb_csv_text())


def test_build_script_reproduces_the_file(tmp_path: Path) -> None:
    zpath = ecb_zip_path()
    assert zpath is not None
    out = tmp_path / "ecb.bin"
    run = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_ecb_data.py"), zpath, str(out)],
        capture_output=True, text=True, check=True,
    )
    assert "1999-01-04..2026-10-30" in run.stdout
    assert out.read_bytes() == Path(EMBEDDED_PATH).read_bytes()


def test_rate_ranges_are_current() -> None:
    """finnorm/data/rate_ranges.json (the reader's check of a text's own conversions) is
    what scripts/build_rate_ranges.py makes from the embedded history."""
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_rate_ranges.py"),
                          "--check"], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_every_published_cell_round_trips() -> None:
    src = EcbRates()
    table = ecb_table()
    cov = src.coverage()
    assert (cov.first, cov.last, cov.days) == (D(1999, 1, 4), D(2026, 10, 30), len(table))
    assert src.published(D(1990, 1, 1), D(2030, 1, 1)) == sorted(table)
    currencies = sorted(cov.currencies - {"EUR"})
    assert len(currencies) == 41
    for day, row in table.items():
        for cur in currencies:
            got = src.per_eur(cur, day)
            want = row.get(cur)
            assert (None if got is None else got) == (None if want is None else Decimal(want)), (
                day, cur)
        assert src.per_eur("EUR", day) == 1


COVERAGE = [
    ("usd", "USD", D(1999, 1, 4), D(2026, 10, 30)),
    ("bgn-until-euro", "BGN", D(2000, 7, 19), D(2025, 12, 31)),
    ("rub-until-2022", "RUB", D(2005, 4, 1), D(2022, 3, 1)),
    ("ils", "ILS", D(2011, 1, 3), D(2026, 10, 30)),
]


@pytest.mark.parametrize("cur,first,last", [c[1:] for c in COVERAGE], ids=[c[0] for c in COVERAGE])
def test_span(cur: str, first: D, last: D) -> None:
    assert EcbRates().span(cur) == (first, last)


def test_unknown_currency_and_non_publication_day() -> None:
    src = EcbRates()
    assert src.per_eur("TWD", D(2025, 5, 13)) is None
    assert src.span("TWD") is None
    assert src.per_eur("USD", D(2025, 5, 11)) is None  # Sunday
    assert src.latest(D(2025, 5, 11), D(2025, 5, 10)) is None
    assert src.latest(D(2025, 5, 11), D(2025, 5, 4)) == D(2025, 5, 9)
    assert src.latest(D(1999, 1, 3), D(1998, 1, 1)) is None


def test_is_a_rate_source() -> None:
    assert isinstance(EcbRates(), RateSource)
    assert get_source("ecb") is get_source("ECB")


def test_loads_lazily_one_column_at_a_time() -> None:
    src = EcbRates()
    assert src._ords is None  # nothing read at construction
    src.per_eur("JPY", D(2025, 5, 13))
    assert set(src._cols) == {"JPY"}


def test_first_conversion_in_a_fresh_process_builds_no_reader() -> None:
    """A conversion alone loads the rates, never the reader's tables or babel.

    What makes the first conversion fast is what it does not load; its time
    beside CurrencyConverter's is measured in ``bench/bench_convert.py``.
    """
    code = (
        "import sys, finnorm; from finnorm.convert import convert;"
        "convert(finnorm.Money('670.9e9','JPY'),'AUD',on='2025-05-13');"
        "print(' '.join(sorted(sys.modules)))"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env=env).stdout.split()
    assert "finnorm.rates.ecb" in out
    heavy = {"babel", "finnorm.scan", "finnorm.resolve", "finnorm.lexicon", "finnorm.words",
             "finnorm.locale", "finnorm.fiscal", "finnorm.claims"}
    assert not heavy & set(out)


DAMAGED = [
    ("empty", b""),
    ("not-ours", b"PK\x03\x04 some zip"),
    ("truncated", None),
    ("bad-index", b"FINNORM-ECB 1\n1999-01-04 2026-10-30 3\n@dates:0:99999\n"),
]


@pytest.mark.parametrize("data", [c[1] for c in DAMAGED], ids=[c[0] for c in DAMAGED])
def test_damaged_file_is_an_error_never_data(tmp_path: Path, data: bytes | None) -> None:
    if data is None:
        data = Path(EMBEDDED_PATH).read_bytes()[:5000]
    p = tmp_path / "ecb.bin"
    p.write_bytes(data)
    src = EcbRates(str(p))
    with pytest.raises(RateSourceError):
        src.per_eur("USD", D(1999, 1, 4))
        src.per_eur("ZAR", D(2025, 5, 13))


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(RateSourceError, match="cannot read"):
        EcbRates(str(tmp_path / "nope.bin")).coverage()


BAD_CSV = [
    ("no-date-column", "Day,USD\n2025-01-02,1.1\n", "Date"),
    ("bad-date", "Date,USD\n02/01/2025,1.1\n", "bad date"),
    ("bad-rate", "Date,USD\n2025-01-02,abc\n", "bad rate"),
    ("negative-rate", "Date,USD\n2025-01-02,-1.1\n", "bad rate"),
    ("conflicting-rows", "Date,USD\n2025-01-02,1.1\n2025-01-02,1.2\n", "two different"),
    ("empty", "", "empty"),
    ("no-rows", "Date,USD\n", "no rows"),
]


@pytest.mark.parametrize("text,words", [c[1:] for c in BAD_CSV], ids=[c[0] for c in BAD_CSV])
def test_build_rejects_bad_history(text: str, words: str) -> None:
    with pytest.raises(RateSourceError, match=words):
        build_blob(text)


def test_csv_from_download_accepts_zip_or_csv() -> None:
    zpath = ecb_zip_path()
    assert zpath is not None
    assert csv_from_download(Path(zpath).read_bytes()) == ecb_csv_text()
    assert csv_from_download(b"Date,USD\n") == "Date,USD\n"
    with pytest.raises(RateSourceError):
        csv_from_download(b"PK\x03\x04garbage")
