"""Shared helpers for the rate and conversion tests (no conftest: others own it).

``ecb_table()`` reads the ECB history straight from the CSV inside the
``currency_converter`` package (the same file finnorm's data is built from),
with no finnorm code, so tests can check finnorm against an independent
Decimal computation.
"""
from __future__ import annotations

import csv
import datetime as dt
import functools
import importlib.util
import io
import json
import os
import threading
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal, localcontext
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest


def ecb_zip_path() -> str | None:
    spec = importlib.util.find_spec("currency_converter")
    if spec is None or spec.origin is None:
        return None
    path = os.path.join(os.path.dirname(spec.origin), "eurofxref-hist.zip")
    return path if os.path.exists(path) else None


@functools.cache
def ecb_csv_text() -> str:
    path = ecb_zip_path()
    if path is None:
        pytest.skip("currency_converter (the ECB history) is not installed")
    with zipfile.ZipFile(path) as zf:
        return zf.read("eurofxref-hist.csv").decode("utf-8")


@functools.cache
def ecb_table() -> dict[dt.date, dict[str, str]]:
    """{day: {currency: published string}} with N/A cells left out."""
    out: dict[dt.date, dict[str, str]] = {}
    for rec in csv.DictReader(io.StringIO(ecb_csv_text())):
        day = dt.date.fromisoformat(rec["Date"])
        out[day] = {k: v for k, v in rec.items() if k and k != "Date" and v not in ("N/A", "")}
    return out


def per_eur(cur: str, day: dt.date) -> Decimal:
    if cur == "EUR":
        return Decimal(1)
    return Decimal(ecb_table()[day][cur])


def independent_cross(frm: str, to: str, day: dt.date) -> Decimal:
    with localcontext() as ctx:
        ctx.prec = 60
        return per_eur(to, day) / per_eur(frm, day)


def independent_average(frm: str, to: str, start: dt.date, end: dt.date) -> tuple[Decimal, int]:
    """The symmetric average: the mean EUR rate of ``to`` over the mean EUR rate of ``frm``."""
    days = sorted(d for d in ecb_table() if start <= d <= end)
    with localcontext() as ctx:
        ctx.prec = 60
        mean_to = sum((per_eur(to, d) for d in days), Decimal(0)) / len(days)
        mean_frm = sum((per_eur(frm, d) for d in days), Decimal(0)) / len(days)
        return mean_to / mean_frm, len(days)


def independent_direct_average(frm: str, to: str, start: dt.date, end: dt.date) -> tuple[Decimal, int]:
    """The mean of the daily cross rates."""
    days = sorted(d for d in ecb_table() if start <= d <= end)
    with localcontext() as ctx:
        ctx.prec = 60
        total = sum((per_eur(to, d) / per_eur(frm, d) for d in days), Decimal(0))
        return total / len(days), len(days)


def rel_diff(a: Decimal, b: Decimal) -> Decimal:
    with localcontext() as ctx:
        ctx.prec = 60
        return abs(a - b) / abs(b)


# ------------------------------------------------------------- fake forex service
class FakeForex:
    """An HTTP server on 127.0.0.1 speaking the forex-python service's JSON.

    ``GET /api/<YYYY-MM-DD|latest>?base=EUR&rtype=fpy[&symbols=X]`` answers
    ``{"base": "EUR", "date": <publication day>, "rates": {...}}`` from
    ``table`` (a ``{date: {currency: str}}``), walking back to the last day
    present like the real service. ``mode`` switches misbehaviour:
    ``"ok" | "500" | "hang" | "badjson" | "nodate"``.
    """

    def __init__(self, table: dict[dt.date, dict[str, str]]) -> None:
        self.table = table
        self.mode = "ok"
        self.hits: list[str] = []
        self.release = threading.Event()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:  # silence
                pass

            def do_GET(self) -> None:  # noqa: N802
                fake.hits.append(self.path)
                fake.handle(self)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}/api/"

    def handle(self, h: BaseHTTPRequestHandler) -> None:
        if self.mode == "500":
            self._send(h, 500, b'{"error": "boom"}')
            return
        if self.mode == "hang":
            self.release.wait(10)
            return
        if self.mode == "badjson":
            self._send(h, 200, b'{"base": "EUR", "rates": {"USD": 1.1,')
            return
        parsed = urlparse(h.path)
        q = parse_qs(parsed.query)
        base = q.get("base", ["EUR"])[0]
        what = parsed.path.rsplit("/", 1)[-1]
        if base != "EUR":
            self._send(h, 400, b'{"error": "finnorm must ask EUR-based"}')
            return
        days = sorted(self.table)
        if what == "latest":
            day = days[-1]
        else:
            try:
                asked = dt.date.fromisoformat(what)
            except ValueError:
                self._send(h, 400, b'{"error": "bad date"}')
                return
            earlier = [d for d in days if d <= asked]
            if not earlier:
                self._send(h, 400, b'{"error": "no data before 1999"}')
                return
            day = earlier[-1]
        rates = dict(self.table[day])
        if "symbols" in q:
            keep = set(q["symbols"][0].split(","))
            rates = {k: v for k, v in rates.items() if k in keep}
        # numbers as JSON numbers, exactly as published (what the service sends)
        body = "{" + f'"base": "EUR", "date": "{day.isoformat()}", "rates": {{'
        body += ", ".join(f'"{k}": {v}' for k, v in sorted(rates.items())) + "}}"
        if self.mode == "nodate":
            body = json.dumps({"base": "EUR", "rates": {}})
        self._send(h, 200, body.encode())

    @staticmethod
    def _send(h: BaseHTTPRequestHandler, code: int, body: bytes) -> None:
        h.send_response(code)
        h.send_header("Content-Type", "application/json")
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    def __enter__(self) -> FakeForex:
        self.thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


@contextmanager
def fake_forex(table: dict[dt.date, dict[str, str]] | None = None) -> Iterator[FakeForex]:
    if table is None:
        full = ecb_table()
        table = {d: v for d, v in full.items() if dt.date(2024, 1, 1) <= d <= dt.date(2025, 6, 30)}
    with FakeForex(table) as srv:
        yield srv


def call_all(funcs: list[Callable[[], Any]]) -> list[Any]:
    return [f() for f in funcs]
