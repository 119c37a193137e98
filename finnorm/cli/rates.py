"""``finnorm rates info`` and ``finnorm rates update``.

``info`` shows each source's coverage (first and last day, currencies, where
the data lives) without touching the network. ``update`` downloads the ECB's
current history into the user cache (``$FINNORM_CACHE_DIR``), validates it
whole and replaces the cached copy atomically; offline, or for a download that
covers less than the history in use (unless ``--force``), it fails with a
one-line error (exit 1) and leaves the data as it was. A URL that is not one
is a usage error (exit 2).
"""
from __future__ import annotations

import argparse
from typing import Any

from . import UsageError, add_format

__all__ = ["register"]

_COLUMNS = ["source", "first", "last", "days", "currencies", "location"]


def register(subparsers: Any) -> None:
    """Add ``rates`` with its ``info`` and ``update`` subcommands."""
    p = subparsers.add_parser("rates", help="rate sources: coverage, update")
    subs = p.add_subparsers(dest="rates_command", metavar="ACTION", parser_class=type(p))
    info = subs.add_parser("info", help="each source's coverage and last date (offline)")
    add_format(info)
    info.set_defaults(func=_info)
    upd = subs.add_parser("update", help="download the ECB history into the user cache")
    upd.add_argument("--url", help="download from here instead of the ECB (or $FINNORM_ECB_URL)")
    upd.add_argument("--timeout", type=float, default=30.0, help="seconds (default 30)")
    upd.add_argument("--force", action="store_true",
                     help="replace the cached history even if the download covers less")
    add_format(upd)
    upd.set_defaults(func=_update)
    p.set_defaults(func=_help(p))


def _help(p: argparse.ArgumentParser) -> Any:
    def show(args: argparse.Namespace) -> int:
        import sys

        p.print_help(sys.stderr)
        return 2

    return show


def _row(cov: Any) -> dict[str, str | None]:
    return {
        "source": cov.source,
        "first": cov.first.isoformat() if cov.first else None,
        "last": cov.last.isoformat() if cov.last else None,
        "days": None if cov.days is None else str(cov.days),
        "currencies": " ".join(sorted(cov.currencies)) if cov.currencies else "(asked online)",
        "location": cov.location,
    }


def _info(args: argparse.Namespace) -> int:
    from ..rates.ecb import default_source
    from ..rates.forex import ForexRates
    from .output import emit

    rows = [_row(default_source().coverage())]
    rows.append(_row(ForexRates().coverage()))
    emit(rows, args.format, columns=_COLUMNS)
    return 0


def _update(args: argparse.Namespace) -> int:
    import math
    from urllib.parse import urlsplit

    from ..rates.ecb import update
    from .output import emit

    if args.url is not None:
        parts = urlsplit(args.url.strip())
        if parts.scheme not in ("http", "https", "file") or (parts.scheme != "file" and not parts.netloc):
            raise UsageError(f"--url wants an http(s) or file URL, got {args.url!r}")
    if not (math.isfinite(args.timeout) and args.timeout > 0):
        raise UsageError(f"--timeout wants a positive number of seconds, got {args.timeout!r}")
    cov = update(args.url, timeout=args.timeout, force=args.force)
    emit([_row(cov)], args.format, columns=_COLUMNS, single=True)
    return 0
