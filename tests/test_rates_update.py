"""``finnorm rates update`` against a real HTTP server on 127.0.0.1, and the
cached ECB copy: validated, atomic, never smaller than what is there, and a
damaged copy is moved aside with a warning (the embedded history answers)."""
from __future__ import annotations

import datetime as dt
import io
import threading
import warnings
import zipfile
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from finnorm import Money
from finnorm.convert import convert
from finnorm.errors import RateSourceError
from finnorm.rates import CacheRebuiltWarning
from finnorm.rates import ecb
from finnorm.rates.ecb import EMBEDDED_PATH, build_blob, update

try:
    from .rates_fixtures import ecb_csv_text
except ImportError:  # tests/ is not a package
    from rates_fixtures import ecb_csv_text  # type: ignore[no-redef]

D = dt.date


def _zip(text: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("eurofxref-hist.csv", text)
    return buf.getvalue()


def _with_new_day(day: str = "2026-11-02") -> str:
    rows = ecb_csv_text().splitlines()
    return "\n".join([rows[0], f"{day}," + rows[1].split(",", 1)[1], *rows[1:]]) + "\n"


class Server:
    """Serves ``payload`` at any path; ``status`` may be changed."""

    def __init__(self) -> None:
        self.payload = b""
        self.status = 200
        self.hits = 0
        me = self

        class H(BaseHTTPRequestHandler):
            def log_message(self, *a: Any) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802
                me.hits += 1
                body = me.payload if me.status == 200 else b"nope"
                self.send_response(me.status)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.srv = ThreadingHTTPServer(("127.0.0.1", 0), H)
        self.thread = threading.Thread(target=self.srv.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.srv.server_address[1]}/eurofxref-hist.zip"


@pytest.fixture()
def server() -> Iterator[Server]:
    s = Server()
    s.thread.start()
    try:
        yield s
    finally:
        s.srv.shutdown()
        s.srv.server_close()


@pytest.fixture()
def cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    monkeypatch.setenv("FINNORM_CACHE_DIR", str(tmp_path))
    ecb.reset_default()
    try:
        yield tmp_path
    finally:
        ecb.reset_default()


def test_update_adds_a_day_and_is_used(server: Server, cache: Path) -> None:
    server.payload = _zip(_with_new_day())
    cov = update(server.url)
    assert (cov.first, cov.last, cov.days) == (D(1999, 1, 4), D(2026, 11, 2), 7127)
    assert ecb.default_source().coverage().last == D(2026, 11, 2)
    assert convert(Money(1, "USD"), "JPY", on=D(2026, 11, 2)).on == D(2026, 11, 2)
    assert Path(EMBEDDED_PATH).read_bytes() == build_blob(ecb_csv_text())  # never touched


REFUSED = [
    ("one-day-one-currency", "Date,USD,\n2026-11-02,1.1,\n", "covers less"),
    ("last-day-dropped", None, "covers less"),
    ("bad-rate", "Date,USD,\n2026-11-02,0,\n", "bad rate"),
    ("nan-rate", "Date,USD,\n2026-11-02,NaN,\n", "bad rate"),
    ("absurd-rate", "Date,USD,\n2026-11-02,1E+999999,\n", "bad rate"),
    ("extra-field", "Date,USD,\n2026-11-02,1,650,\n", "fields"),
    ("not-csv", "<html>maintenance</html>\n", "Date"),
]


@pytest.mark.parametrize("text,words", [c[1:] for c in REFUSED], ids=[c[0] for c in REFUSED])
def test_update_refuses_and_changes_nothing(server: Server, cache: Path, text: str | None,
                                            words: str) -> None:
    if text is None:
        rows = ecb_csv_text().splitlines()
        text = "\n".join([rows[0], *rows[2:]]) + "\n"  # the latest day is missing
    server.payload = _zip(text)
    with pytest.raises(RateSourceError, match=words):
        update(server.url)
    assert list(cache.iterdir()) == []
    assert ecb.default_source().coverage().last == D(2026, 10, 30)


def test_force_replaces_even_a_smaller_history(server: Server, cache: Path) -> None:
    server.payload = _zip("Date,USD,\n2026-11-02,1.1,\n")
    assert update(server.url, force=True).days == 1


def test_a_failed_download_keeps_the_previous_copy(server: Server, cache: Path) -> None:
    server.payload = _zip(_with_new_day())
    update(server.url)
    before = (cache / "ecb_eurofxref.bin").read_bytes()
    server.status = 500
    with pytest.raises(RateSourceError, match="HTTP 500"):
        update(server.url)
    assert (cache / "ecb_eurofxref.bin").read_bytes() == before
    assert ecb.default_source().coverage().last == D(2026, 11, 2)


@pytest.mark.parametrize("url", ["not a url", "ftp://example.org/x.zip", "http://"])
def test_bad_urls_are_one_line_errors(cache: Path, url: str) -> None:
    with pytest.raises(RateSourceError) as info:
        update(url, timeout=2)
    assert "\n" not in str(info.value)


def _damage_crc(p: Path) -> None:
    data = bytearray(p.read_bytes())
    data[-100] ^= 0xFF
    p.write_bytes(bytes(data))


DAMAGE = [
    ("garbage", lambda p: p.write_bytes(b"not ours at all")),
    ("truncated", lambda p: p.write_bytes(p.read_bytes()[:4000])),
    ("flipped-byte", _damage_crc),
]


@pytest.mark.parametrize("damage", [c[1] for c in DAMAGE], ids=[c[0] for c in DAMAGE])
def test_a_damaged_cached_copy_is_moved_aside(server: Server, cache: Path, damage: Any) -> None:
    server.payload = _zip(_with_new_day())
    update(server.url)
    path = cache / "ecb_eurofxref.bin"
    damage(path)
    ecb.reset_default()
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        src = ecb.default_source()
        c = convert(Money(1, "USD"), "JPY", on=D(2025, 5, 13))
    assert src.location == EMBEDDED_PATH and c.source == "ecb"
    assert any(issubclass(w.category, CacheRebuiltWarning) for w in seen)
    assert not path.exists() and (cache / "ecb_eurofxref.bin.damaged").exists()


def test_cli_update_then_use(server: Server, cache: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from finnorm.cli import main

    server.payload = _zip(_with_new_day())
    assert main(["rates", "update", "--url", server.url, "-f", "json"]) == 0
    assert '"last": "2026-11-02"' in capsys.readouterr().out
    server.payload = _zip("Date,USD,\n2026-11-03,1.1,\n")
    assert main(["rates", "update", "--url", server.url]) == 1
    err = capsys.readouterr().err
    assert "covers less" in err and err.count("\n") == 1
    for bad in (["--url", "not a url"], ["--url", "ftp://x/y"], ["--timeout", "nan"],
                ["--timeout", "-1"]):
        assert main(["rates", "update", *bad]) == 2
        assert capsys.readouterr().err.count("\n") == 1
