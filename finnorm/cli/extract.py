"""``finnorm parse TEXT`` and ``finnorm extract [FILE ...|-]``.

``extract`` streams: each input is read in windows
(:func:`finnorm.stream.iter_extract`) and each mention written as soon as it
is found (``jsonl``, ``csv``, ``json``, ``parquet``), so memory stays flat
whatever the size of the input; only ``table`` waits for the end to align
its columns.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Any, BinaryIO

from . import UsageError, add_format, iso_date, open_input, read_input
from .output import plain

if TYPE_CHECKING:  # pragma: no cover
    from ..batch import MentionRecord
    from ..model import Money

COLUMNS = ("text", "start", "end", "amount", "currency", "upper", "qualifier", "per",
           "inferred", "period", "uncertain", "reason")
CONVERT_COLUMNS = ("converted", "to", "rate", "rate_date", "method", "source")
EXTRACT_FORMATS = ("table", "json", "jsonl", "csv", "parquet")
PUBLISHED_HELP = ("when the text was published, YYYY-MM-DD (or YYYY-MM, YYYY): settles a "
                  "currency its country has since replaced (Turkish lira before 2005: TRL)")
_BATCH = 8192  # mentions per Parquet row group


def register(subs: Any) -> None:
    p = subs.add_parser("parse", help="read exactly one amount of money from TEXT",
                        description="Read exactly one amount of money. Exit 1 when there is none "
                                    "(or several).")
    p.add_argument("text", nargs="+", help="the text (words are joined with spaces); - for stdin")
    p.add_argument("--locale", "-l", help="babel locale id: en_AU, ja_JP, de, ...")
    p.add_argument("--published", metavar="DATE", help=PUBLISHED_HELP)
    add_format(p)
    p.set_defaults(func=run_parse)

    e = subs.add_parser("extract", help="list every money mention in files or stdin",
                        description="List every money mention in each FILE (or stdin), streaming.")
    e.add_argument("files", nargs="*", default=["-"], metavar="FILE",
                   help="text files (UTF-8, or UTF-16/32 with a byte-order mark); - for stdin")
    e.add_argument("--jsonl", action="store_true",
                   help="inputs are JSON Lines of objects with 'text' (and 'id') fields")
    e.add_argument("--locale", "-l", help="babel locale id: en_AU, ja_JP, de, ...")
    e.add_argument("--calendar", "-c", help="fiscal calendar for periods: JP, US-federal, ...")
    e.add_argument("--published", metavar="DATE",
                   help=PUBLISHED_HELP + " (with --jsonl, a line's own 'published' field wins)")
    e.add_argument("--to", help="also convert every mention to this currency (ISO code)")
    e.add_argument("--on", help="conversion date YYYY-MM-DD (default: the latest rate)")
    e.add_argument("--method", choices=("spot", "average", "closing"), default="spot",
                   help="conversion method; average/closing use each mention's fiscal period")
    e.add_argument("--source", choices=("ecb", "forex-python"), default=None,
                   help="rate source: ecb (default, offline) or forex-python")
    e.add_argument("--format", "-f", choices=EXTRACT_FORMATS, default="table",
                   help="output format (parquet: the Arrow schema of finnorm.arrow)")
    e.add_argument("--output", "-o", metavar="PATH", help="write to PATH instead of stdout")
    e.add_argument("--errors", choices=("raise", "coerce"), default="raise",
                   help="coerce: an input that fails becomes a row with 'error' set")
    e.add_argument("--no-progress", action="store_true",
                   help="no progress line on stderr (shown only on a terminal, and never "
                        "when the output is the terminal)")
    e.set_defaults(func=run_extract)


def money_row(money: Money) -> dict[str, Any]:
    return {"amount": plain(money.amount), "currency": money.currency, "per": money.per}


def record_row(rec: MentionRecord) -> dict[str, Any]:
    """The public JSON shape of a mention record (amounts as exact strings)."""
    period = None
    if rec.period_start is not None and rec.period_end is not None:
        period = {"label": rec.period, "start": rec.period_start.isoformat(),
                  "end": rec.period_end.isoformat(), "calendar": rec.calendar}
    return {
        "text": rec.mention,
        "start": rec.start,
        "end": rec.end,
        "amount": None if rec.amount is None else plain(rec.amount),
        "currency": rec.currency,
        "upper": None if rec.upper is None else plain(rec.upper),
        "qualifier": rec.qualifier,
        "per": rec.per,
        "inferred": rec.inferred,
        "period": period,
        "uncertain": rec.uncertain,
        "reason": rec.reason,
    }


def _flat(row: dict[str, Any], fmt: str) -> dict[str, Any]:
    if fmt in ("json", "jsonl"):
        return row
    out = dict(row)
    p = out.get("period")
    out["period"] = f"{p['label']} ({p['start']}..{p['end']})" if p else None
    out["inferred"] = "yes" if row["inferred"] else ""
    out["uncertain"] = "yes" if row["uncertain"] else ""
    return out


def _published(value: str | None) -> str | None:
    """A --published value checked (a day, month or year), or a usage error."""
    if value is None:
        return None
    from ..api import _day
    from ..errors import InvalidArgumentError

    try:
        _day(value)
    except InvalidArgumentError as exc:
        raise UsageError(f"--published: {exc}") from None
    return value


def run_parse(args: argparse.Namespace) -> int:
    from ..api import parse
    from ..errors import ParseError

    text = " ".join(args.text)
    if text == "-":
        text = read_input("-")
    try:
        money = parse(text, locale=args.locale, published=_published(args.published))
    except ParseError as exc:
        sys.stderr.write(f"finnorm: {exc}\n")
        return 1
    from .output import emit

    emit([money_row(money)], args.format, columns=("amount", "currency", "per"), single=True)
    return 0


# ------------------------------------------------------------------ reading
class _Counted:
    """A binary stream that counts the bytes read from it (for the progress line)."""

    def __init__(self, raw: BinaryIO, progress: _Progress) -> None:
        self._raw = raw
        self._progress = progress

    def read(self, size: int = -1) -> bytes:
        data = self._raw.read(size)
        self._progress.bytes += len(data)
        return data


def _decoded(stream: Any, name: str) -> Iterator[str]:
    """Pieces of text; a byte sequence that is not text is a usage error (exit 2)."""
    from ..errors import ParseError
    from ..stream import iter_decoded

    try:
        yield from iter_decoded(stream, name=name)
    except ParseError as exc:
        raise UsageError(str(exc)) from None


def _lines(pieces: Iterator[str]) -> Iterator[str]:
    buf = ""
    for piece in pieces:
        buf += piece
        *lines, buf = buf.split("\n")
        yield from lines
    if buf:
        yield buf


def _records(args: argparse.Namespace, cal: Any, progress: _Progress,
             multi: bool) -> Iterator[MentionRecord]:
    """The mention records of every input, in order (``id``: the file, or the JSON Lines id)."""
    from ..batch import _error_record, mention_records
    from ..stream import iter_extract

    coerce = args.errors == "coerce"
    published = _published(args.published)
    for path in args.files:
        name = "stdin" if path == "-" else path
        raw = open_input(path)
        try:
            stream = _Counted(raw, progress)
            if not args.jsonl:
                found = iter_extract(_Pieces(_decoded(stream, name)), locale=args.locale,
                                     calendar=cal, published=published)
                rid = name if multi else None
                k = 0
                for m in found:
                    yield mention_records(rid, [m])[0]._replace(match=k)
                    k += 1
                    progress.mentions += 1
                    progress.tick()
                progress.files += 1
                continue
            for n, line in enumerate(_lines(_decoded(stream, name)), start=1):
                if not line.strip():
                    continue
                obj = _json_object(line)
                if obj is None:
                    msg = f"{name}:{n}: not a JSON object with a 'text' string"
                    if not coerce:
                        raise UsageError(msg)
                    yield _error_record(f"{name}:{n}", msg)
                    continue
                text = obj["text"]
                rid = obj.get("id", f"{name}:{n}")
                if text is None:
                    continue
                try:
                    found_list = list(iter_extract(text, locale=args.locale, calendar=cal,
                                                   published=obj.get("published", published)))
                except Exception as exc:
                    if not coerce:
                        raise
                    yield _error_record(rid, str(exc))
                    continue
                for r in mention_records(rid, found_list):
                    progress.mentions += 1
                    yield r
                progress.tick()
            progress.files += 1
        finally:
            if raw is not sys.stdin.buffer:
                raw.close()


def _json_object(line: str) -> dict[str, Any] | None:
    """The object of a JSON Lines line when it has a ``text`` that is a string or null."""
    try:
        obj = json.loads(line)
    except (ValueError, RecursionError):
        return None
    if not isinstance(obj, dict) or "text" not in obj:
        return None
    if obj["text"] is not None and not isinstance(obj["text"], str):
        return None
    return obj


class _Pieces:
    """A text stream over decoded pieces (what :func:`iter_extract` reads)."""

    def __init__(self, pieces: Iterator[str]) -> None:
        self._pieces = pieces

    def read(self, size: int = -1) -> str:
        return next(self._pieces, "")


# ------------------------------------------------------------------ progress
class _Progress:
    """One line on stderr, rewritten at most five times a second."""

    def __init__(self, enabled: bool, total_files: int, total_bytes: int | None) -> None:
        self.enabled = enabled
        self.total_files = total_files
        self.total_bytes = total_bytes
        self.files = 0
        self.bytes = 0
        self.mentions = 0
        self._last = 0.0

    def tick(self, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self._last < 0.2:
            return
        self._last = now
        bar = ""
        if self.total_bytes:
            done = min(1.0, self.bytes / self.total_bytes)
            filled = int(done * 20)
            bar = f" [{'#' * filled}{'.' * (20 - filled)}] {100 * done:5.1f}%"
        sys.stderr.write(f"\r\x1b[Kfinnorm extract:{bar} {self.files}/{self.total_files} files, "
                         f"{self.bytes / 1e6:.1f} MB, {self.mentions:,} mentions")
        sys.stderr.flush()

    def done(self) -> None:
        if self.enabled:
            self.tick(force=True)
            sys.stderr.write("\n")
            sys.stderr.flush()


def _progress(args: argparse.Namespace) -> _Progress:
    to_terminal = args.output is None and sys.stdout.isatty()
    enabled = not args.no_progress and sys.stderr.isatty() and not to_terminal
    total: int | None = 0
    for f in args.files:
        try:
            total = None if f == "-" or total is None else total + os.path.getsize(f)
        except OSError:
            total = None
    return _Progress(enabled, len(args.files), total)


# ------------------------------------------------------------------ conversion
def _convert_row(row: dict[str, Any], rec: MentionRecord, args: argparse.Namespace,
                 on: Any) -> None:
    from ..convert import convert
    from ..errors import FinnormError
    from ..model import Money

    to = args.to.upper()
    row.update({"converted": None, "to": to, "rate": None, "rate_date": None,
                "method": args.method, "source": None})
    if rec.amount is None or rec.currency is None:
        return
    kwargs: dict[str, Any] = {"method": args.method}
    if args.source:
        kwargs["source"] = args.source
    if args.method == "spot":
        kwargs["on"] = on
    else:
        if rec.period_start is None or rec.period_end is None:
            row["method"] = f"{args.method}: no fiscal period for this mention"
            return
        kwargs["period"] = (rec.period_start, rec.period_end)
    try:
        conv = convert(Money(rec.amount, rec.currency, rec.per), to, **kwargs)
    except FinnormError as exc:
        row["source"] = str(exc)
        return
    used = conv.on.isoformat() if conv.on else (
        f"{conv.start.isoformat()}..{conv.end.isoformat()}" if conv.start and conv.end else None)
    row.update({"converted": conv.money.amount, "to": conv.money.currency, "rate": conv.rate,
                "rate_date": used, "method": conv.method, "source": conv.source})


# ------------------------------------------------------------------ writing
def run_extract(args: argparse.Namespace) -> int:
    cal = _calendar(args.calendar)
    if args.locale is not None:
        from ..errors import UnknownLocaleError
        from ..locale import locale_of

        try:
            locale_of(args.locale)
        except UnknownLocaleError as exc:
            raise UsageError(str(exc)) from None
    on = iso_date(args.on, "--on") if args.on else None
    if args.to:
        from ..errors import UnknownCurrencyError
        from ..model import Money as _Money

        try:
            args.to = _Money(Decimal(0), args.to).currency
        except UnknownCurrencyError as exc:
            raise UsageError(str(exc)) from None
    fmt = args.format
    if fmt == "parquet" and args.output is None and sys.stdout.isatty():
        raise UsageError("Parquet is binary: give --output FILE, or redirect stdout")
    multi = len(args.files) > 1 or args.jsonl
    progress = _progress(args)
    records = _records(args, cal, progress, multi)
    try:
        if fmt == "parquet":
            _write_parquet(records, args, on)
        else:
            _write_text(records, args, on, multi)
    finally:
        progress.done()
    return 0


def _rows(records: Iterator[MentionRecord], args: argparse.Namespace, on: Any,
          multi: bool) -> Iterator[dict[str, Any]]:
    for rec in records:
        row: dict[str, Any] = {"id": rec.id} if multi else {}
        row.update(record_row(rec))
        if args.errors == "coerce":
            row["error"] = rec.error
        if args.to:
            _convert_row(row, rec, args, on)
            for k in ("converted", "rate"):
                if row[k] is not None:
                    row[k] = plain(row[k])
        yield _flat(row, args.format)


def _write_text(records: Iterator[MentionRecord], args: argparse.Namespace, on: Any,
                multi: bool) -> None:
    from .output import emit, stream_rows

    cols: tuple[str, ...] = (("id",) if multi else ()) + COLUMNS
    if args.errors == "coerce":
        cols += ("error",)
    if args.to:
        cols += CONVERT_COLUMNS
    out = sys.stdout if args.output is None else open(  # noqa: SIM115 - closed below
        args.output, "w", encoding="utf-8", newline="")
    try:
        rows = _rows(records, args, on, multi)
        if args.format == "table":  # for reading: the guess columns only when a row has one
            table = list(rows)
            if not any(r["uncertain"] for r in table):
                cols = tuple(c for c in cols if c not in ("uncertain", "reason"))
            emit(table, "table", columns=cols, out=out)
        else:
            stream_rows(rows, args.format, columns=cols, out=out)
    finally:
        if out is not sys.stdout:
            out.close()


def _write_parquet(records: Iterator[MentionRecord], args: argparse.Namespace, on: Any) -> None:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise UsageError("--format parquet needs pyarrow: pip install 'finnorm[arrow]'") from None
    from ..arrow import WIDE, mentions_schema, records_batch

    schema = mentions_schema(pa.string())
    extra = [pa.field("converted", WIDE), pa.field("to", pa.string()), pa.field("rate", WIDE),
             pa.field("rate_date", pa.string()), pa.field("method", pa.string()),
             pa.field("source", pa.string())] if args.to else []
    full = pa.schema(list(schema) + extra)
    sink: Any = args.output if args.output is not None else pa.PythonFile(sys.stdout.buffer, mode="w")
    with pq.ParquetWriter(sink, full) as writer:
        chunk: list[MentionRecord] = []

        def flush() -> None:
            recs = [r._replace(id=None if r.id is None else str(r.id)) for r in chunk]
            batch = records_batch(recs, schema=schema, errors=args.errors)
            cols = list(batch.columns)
            if args.to:
                conv = [dict() for _ in recs]  # type: list[dict[str, Any]]
                for row, rec in zip(conv, recs):
                    _convert_row(row, rec, args, on)
                for f in extra:
                    cols.append(pa.array([row[f.name] for row in conv], type=f.type))
            writer.write_batch(pa.RecordBatch.from_arrays(cols, schema=full))
            chunk.clear()

        for rec in records:
            chunk.append(rec)
            if len(chunk) >= _BATCH:
                flush()
        if chunk:
            flush()


def _calendar(name: str | None) -> Any:
    if not name:
        return None
    from ..errors import UnknownCalendarError
    from ..fiscal import calendar

    try:
        return calendar(name)
    except UnknownCalendarError as exc:
        raise UsageError(str(exc)) from None
