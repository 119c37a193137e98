"""Rows to text: table, json, jsonl, csv. Presentation only.

Rows are ``dict[str, str | None]`` (values already formatted as strings: amounts
stay exact Decimal text, never floats).

>>> import io
>>> buf = io.StringIO()
>>> emit([{"amount": "1.50", "currency": "USD"}], "csv", out=buf)
>>> buf.getvalue().splitlines()
['amount,currency', '1.50,USD']
"""
from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Sequence
from typing import Any, TextIO


def plain(value: Any) -> str:
    """A Decimal as plain positional text, never with an exponent.

    >>> from decimal import Decimal
    >>> plain(Decimal("1E-8")), plain(Decimal("1.5E+3"))
    ('0.00000001', '1500')
    """
    return format(value, "f")

FORMATS = ("table", "json", "jsonl", "csv")


def emit(
    rows: Sequence[dict[str, Any]],
    fmt: str,
    *,
    columns: Sequence[str] | None = None,
    out: TextIO | None = None,
    single: bool = False,
) -> None:
    """Write ``rows`` to ``out`` (stdout) in ``fmt``.

    ``columns`` fixes the order of keys (default: the first row's keys). With
    ``single`` and ``json`` a lone object is written instead of a list.
    """
    out = out if out is not None else sys.stdout
    cols = list(columns) if columns else (list(rows[0].keys()) if rows else [])
    if fmt == "json":
        data: Any = rows[0] if single and len(rows) == 1 else list(rows)
        json.dump(data, out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt in ("jsonl", "csv"):
        stream_rows(rows, fmt, columns=cols, out=out)
    elif fmt == "table":
        _table(rows, cols, out)
    else:  # pragma: no cover - argparse restricts choices
        raise ValueError(f"unknown format {fmt!r}")


def stream_rows(
    rows: Iterable[dict[str, Any]], fmt: str, *, columns: Sequence[str], out: TextIO | None = None
) -> None:
    """Write ``rows`` one by one as they come (``json``, ``jsonl``, ``csv``): constant memory.

    The text is the same as :func:`emit` writes for the same rows.

    >>> import io
    >>> buf = io.StringIO()
    >>> stream_rows(iter([{"a": "1"}, {"a": "2"}]), "json", columns=["a"], out=buf)
    >>> print(buf.getvalue(), end="")
    [
      {
        "a": "1"
      },
      {
        "a": "2"
      }
    ]
    """
    out = out if out is not None else sys.stdout
    cols = list(columns)
    if fmt == "jsonl":
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        w = csv.DictWriter(out, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in cols})
    elif fmt == "json":
        first = True
        for r in rows:
            body = json.dumps(r, ensure_ascii=False, indent=2).replace("\n", "\n  ")
            out.write(("[\n  " if first else ",\n  ") + body)
            first = False
        out.write("[]\n" if first else "\n]\n")
    else:
        raise ValueError(f"cannot stream format {fmt!r}")


def _cell(v: Any) -> str:
    if v is None:
        return ""
    s = str(v)
    return s.replace("\n", " ")


def _table(rows: Sequence[dict[str, Any]], cols: list[str], out: TextIO) -> None:
    if not cols:
        return
    cells = [[_cell(r.get(c)) for c in cols] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(cols)]
    out.write("  ".join(c.ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    out.writelines("  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip() + "\n" for row in cells)
