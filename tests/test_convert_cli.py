"""``finnorm convert`` and ``finnorm rates``: output, exit codes, one-line errors."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
import io
import json
import threading
import zipfile
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from finnorm.cli import main
from finnorm.rates import ecb

try:
    from .rates_fixtures import ecb_csv_text
except ImportError:  # tests/ is not a package
    from rates_fixtures import ecb_csv_text  # type: ignore[no-redef]


def run(argv: list[str], capsys: pytest.CaptureFixture[str], stdin: str = "",
        monkeypatch: pytest.MonkeyPatch | None = None) -> tuple[int, str, str]:
    if monkeypatch is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


NISSAN = [
    ("spot", ["--on", "2025-05-13"], "A$7.07 billion",
     {"method": "spot", "date": "2025-05-13", "days": "1"}),
    ("average-fy2024-jp", ["--method", "average", "--period", "FY2024", "--calendar", "JP"],
     "A$6.75 billion", {"method": "average", "start": "2024-04-01", "end": "2025-03-31",
                        "days": "256", "date": None}),
    ("average-date-range", ["--method", "average", "--period", "2024-04-01..2025-03-31"],
     "A$6.75 billion", {"days": "256"}),
    ("closing-fy2024-jp", ["--method", "closing", "--period", "FY2024", "--calendar", "JP"],
     "A$7.19 billion", {"method": "closing", "date": "2025-03-31"}),
]


@pytest.mark.parametrize("extra,text,fields", [c[1:] for c in NISSAN], ids=[c[0] for c in NISSAN])
def test_nissan_json(capsys: pytest.CaptureFixture[str], extra: list[str], text: str,
                     fields: dict[str, Any]) -> None:
    code, out, err = run(["convert", "¥670.9 billion", "--to", "AUD", "-f", "json", *extra], capsys)
    assert (code, err) == (0, "")
    row = json.loads(out)
    assert row["text"] == text and row["currency"] == "AUD" and row["source"] == "ecb"
    assert isinstance(row["amount"], str) and isinstance(row["rate"], str)
    assert row["from_amount"] == "670900000000" and row["from_currency"] == "JPY"
    for k, v in fields.items():
        assert row[k] == v, k


def test_table_and_unquoted_words(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["convert", "¥670.9", "billion", "--to", "aud", "--on", "2025-05-11"], capsys)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["input", "amount", "currency"]
    assert "2025-05-09" in lines[2] and "2025-05-11" in lines[2] and "AUD" in lines[2]


def test_stdin_lines(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = run(["convert", "-", "--to", "EUR", "--on", "2025-05-13", "-f", "jsonl"], capsys,
                       stdin="100 USD\n\n¥670.9 billion\n", monkeypatch=monkeypatch)
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [r["from_currency"] for r in rows] == ["USD", "JPY"]


def test_user_rates_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    p = tmp_path / "desk.csv"
    p.write_text("date,currency,per_eur\n2025-05-13,USD,1.25\n")
    code, out, _ = run(["convert", "100 USD", "--to", "EUR", "--on", "2025-05-13", "--rates", str(p),
                        "-f", "json"], capsys)
    row = json.loads(out)
    assert code == 0 and Decimal(row["amount"]) == 80 and row["source"] == "user"


ERRORS = [
    # id, argv, exit code, words on stderr
    ("no-rate-twd", ["convert", "100 USD", "--to", "TWD", "--on", "2025-05-13"], 1, "publishes no TWD"),
    ("past-history", ["convert", "100 USD", "--to", "JPY", "--on", "2027-01-04"], 1, "2026-10-30"),
    ("no-amount", ["convert", "no money here", "--to", "JPY", "--on", "2025-05-13"], 1, ""),
    ("bad-date", ["convert", "100 USD", "--to", "JPY", "--on", "13/05/2025"], 2, "--on"),
    ("bad-currency", ["convert", "100 USD", "--to", "A$", "--on", "2025-05-13"], 2, "--to"),
    ("average-needs-period", ["convert", "100 USD", "--to", "JPY", "--method", "average"], 2,
     "--period"),
    ("period-with-spot", ["convert", "100 USD", "--to", "JPY", "--period", "FY2024"], 2, "--period"),
    ("unknown-calendar", ["convert", "100 USD", "--to", "JPY", "--method", "average", "--period",
                          "FY2024", "--calendar", "MARS"], 2, "MARS"),
    ("backwards-range", ["convert", "100 USD", "--to", "JPY", "--method", "average", "--period",
                         "2025-03-31..2024-04-01"], 2, "before"),
    ("missing-rates-file", ["convert", "100 USD", "--to", "JPY", "--rates", "/nonexistent.csv"], 2,
     "cannot read"),
    ("unknown-source", ["convert", "100 USD", "--to", "JPY", "--source", "bloomberg"], 2, "bloomberg"),
]


@pytest.mark.parametrize("argv,code,words", [c[1:] for c in ERRORS], ids=[c[0] for c in ERRORS])
def test_errors_are_one_line(capsys: pytest.CaptureFixture[str], argv: list[str], code: int,
                             words: str) -> None:
    try:
        got, out, err = run(argv, capsys)
    except SystemExit as exc:  # argparse usage errors
        got, (out, err) = int(exc.code or 0), capsys.readouterr()
    assert got == code
    assert out == ""
    assert err.count("\n") == 1 and "Traceback" not in err and words in err


def test_forex_source_offline_is_a_clean_error(capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from finnorm.rates import forex

    monkeypatch.setenv("FINNORM_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("FINNORM_FOREX_URL", "http://127.0.0.1:9/api/")
    monkeypatch.setenv("FINNORM_FOREX_TIMEOUT", "2")
    forex.reset_default()
    try:
        code, out, err = run(["convert", "100 USD", "--to", "JPY", "--on", "2025-05-13",
                              "--source", "forex-python"], capsys)
    finally:
        forex.reset_default()
    assert code == 1 and out == "" and "forex-python" in err and err.count("\n") == 1


# ------------------------------------------------------------------ rates info / update
@pytest.fixture()
def ecb_server() -> Iterator[tuple[str, list[int]]]:
    """A 127.0.0.1 server offering the ECB zip with one extra (test-only) day, 2026-11-02."""
    rows = ecb_csv_text().splitlines()
    last = rows[1].split(",", 1)[1]
    text = "\n".join([rows[0], "2026-11-02," + last, *rows[1:]]) + "\n"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("eurofxref-hist.csv", text)
    payload = buf.getvalue()
    status = [200]

    class H(BaseHTTPRequestHandler):
        def log_message(self, *a: Any) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802
            body = payload if status[0] == 200 else b"nope"
            self.send_response(status[0])
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    srv = ThreadingHTTPServer(("127.0.0.1", 0), H)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    try:
        yield f"http://127.0.0.1:{srv.server_address[1]}/eurofxref-hist.zip", status
    finally:
        srv.shutdown()
        srv.server_close()


def test_rates_info_is_offline(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                               tmp_path: Path) -> None:
    monkeypatch.setenv("FINNORM_CACHE_DIR", str(tmp_path))
    ecb.reset_default()
    try:
        code, out, _ = run(["rates", "info", "-f", "json"], capsys)
    finally:
        ecb.reset_default()
    rows = {r["source"]: r for r in json.loads(out)}
    assert code == 0
    assert (rows["ecb"]["first"], rows["ecb"]["last"]) == ("1999-01-04", "2026-10-30")
    assert "JPY" in rows["ecb"]["currencies"].split()
    assert "forex-python" in rows
    assert list(tmp_path.iterdir()) == []  # looking creates nothing


def test_rates_update_then_use(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                               tmp_path: Path, ecb_server: tuple[str, list[int]]) -> None:
    url, status = ecb_server
    monkeypatch.setenv("FINNORM_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("FINNORM_ECB_URL", url)
    ecb.reset_default()
    try:
        code, out, err = run(["rates", "update", "-f", "json"], capsys)
        assert (code, err) == (0, "")
        assert json.loads(out)["last"] == "2026-11-02"
        assert (tmp_path / "ecb_eurofxref.bin").exists()
        code, out, _ = run(["convert", "1 USD", "--to", "JPY", "--on", "2026-11-02", "-f", "json"],
                           capsys)
        assert code == 0 and json.loads(out)["date"] == "2026-11-02"
        code, out, err = run(["convert", "1 USD", "--to", "JPY", "--on", "2026-11-03"], capsys)
        assert code == 1 and "2026-11-02" in err and "finnorm rates update" in err
        # a failed update leaves the data as it was
        status[0] = 500
        code, out, err = run(["rates", "update"], capsys)
        assert code == 1 and "HTTP 500" in err and out == ""
        assert ecb.default_source().coverage().last == dt.date(2026, 11, 2)
    finally:
        ecb.reset_default()


def test_rates_update_offline(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                              tmp_path: Path) -> None:
    monkeypatch.setenv("FINNORM_CACHE_DIR", str(tmp_path))
    code, out, err = run(["rates", "update", "--url", "http://127.0.0.1:9/x.zip", "--timeout", "2"],
                         capsys)
    assert code == 1 and out == "" and "offline" in err and err.count("\n") == 1
    assert not (tmp_path / "ecb_eurofxref.bin").exists()
