"""The ``finnorm`` command.

Subcommands live in their own modules (``finnorm.cli.<name>``); each defines
``register(subparsers) -> None`` which adds its parser and sets
``func=handler``. A handler takes the parsed ``argparse.Namespace`` and
returns the exit code. Heavy imports happen inside handlers, never at module
import, so ``finnorm --help`` and ``finnorm parse`` start fast.

Exit codes: 0 success, 1 nothing to report (no amount, no rate), 2 usage error.
Errors are one line on stderr, never a traceback.
"""
from __future__ import annotations

import argparse
import datetime
import importlib
import io
import os
import sys
from collections.abc import Sequence
from typing import BinaryIO, TextIO

from .output import FORMATS

# name of module in finnorm.cli for each group of subcommands, in help order
_MODULES = ("extract", "convert", "fy", "rates", "check")


class UsageError(Exception):
    """Raised by handlers for bad arguments: exit 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"finnorm: error: {message}\n")
        raise SystemExit(2)


def add_format(p: argparse.ArgumentParser, default: str = "table") -> None:
    """The shared ``--format`` option."""
    p.add_argument("--format", "-f", choices=FORMATS, default=default, help="output format")


def iso_date(text: str, what: str) -> datetime.date:
    """A YYYY-MM-DD option value, or a usage error naming the option."""
    try:
        return datetime.date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(f"{what} wants a date YYYY-MM-DD, got {text!r}") from None


def read_input(arg: str | None) -> str:
    """Text from a file path, ``-`` (stdin) or None (stdin), read whole.

    Bytes are decoded by byte-order mark (UTF-8, UTF-16, UTF-32), else
    strictly as UTF-8; anything else is a usage error naming the offset of
    the first bad byte. Line ends are kept as they are (``\r\n`` stays two
    code points), so offsets are the same from a file and from stdin.
    """
    from ..errors import ParseError
    from ..stream import decode

    name = "stdin" if arg is None or arg == "-" else arg
    try:
        if name == "stdin":
            if getattr(sys.stdin, "buffer", None) is None:  # a text stream put in its place
                return str(sys.stdin.read())
            data = sys.stdin.buffer.read()
        else:
            with open(name, "rb") as fh:
                data = fh.read()
    except OSError as exc:
        raise UsageError(f"cannot read {name}: {exc.strerror or exc}") from None
    try:
        return decode(data, name=name)
    except ParseError as exc:
        raise UsageError(str(exc)) from None


def open_input(arg: str | None) -> BinaryIO:
    """A binary stream for a file path or ``-`` (stdin), for reading piece by piece."""
    if arg is None or arg == "-":
        if getattr(sys.stdin, "buffer", None) is None:  # a text stream put in its place
            return io.BufferedReader(_Utf8(sys.stdin))
        return sys.stdin.buffer
    try:
        return open(arg, "rb")
    except OSError as exc:
        raise UsageError(f"cannot read {arg}: {exc.strerror or exc}") from None


class _Utf8(io.RawIOBase):
    """A text stream read as UTF-8 bytes (when stdin was replaced by a text stream)."""

    def __init__(self, text: TextIO) -> None:
        self._text = text
        self._rest = b""

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        if not self._rest:
            self._rest = str(self._text.read(1 << 16)).encode("utf-8")
        out, self._rest = (self._rest, b"") if size < 0 else (self._rest[:size], self._rest[size:])
        return out


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="finnorm", description="Exact money figures from text.")
    parser.add_argument("--version", action=_Version, nargs=0,
                        help="show finnorm's version and its CLDR snapshot, then exit")
    subs = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in _MODULES:
        importlib.import_module(f"{__name__}.{name}").register(subs)
    return parser


class _Version(argparse.Action):
    """``--version``, read only when asked (the CLDR index is not loaded at start-up)."""

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        from .. import __version__
        from ..data import cldr

        sys.stdout.write(f"finnorm {__version__} (CLDR {cldr.cldr_version()}, "
                         f"from babel {cldr.babel_version()})\n")
        parser.exit()


def main(argv: Sequence[str] | None = None) -> int:
    from ..errors import FinnormError, UnknownLocaleError

    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        code = int(args.func(args))
    except (UsageError, UnknownLocaleError) as exc:
        sys.stderr.write(f"finnorm: error: {exc}\n")
        return 2
    except FinnormError as exc:
        sys.stderr.write(f"finnorm: {exc}\n")
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug: still one line, unless FINNORM_DEBUG asks for the trace
        if os.environ.get("FINNORM_DEBUG"):
            raise
        sys.stderr.write(f"finnorm: internal error: {type(exc).__name__}: {exc} "
                         "(set FINNORM_DEBUG=1 for details)\n")
        return 1
    return code


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
