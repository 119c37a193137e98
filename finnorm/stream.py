"""Streaming: text of any size read in windows, mentions yielded as they are found.

:func:`iter_extract` reads a string, a text stream or a byte stream piece by
piece and yields the same :class:`~finnorm.model.Mention` objects that
:func:`finnorm.extract` returns for the whole text, with ``start``/``end``
counted in code points of the whole text. Memory stays bounded by the window,
whatever the size of the input.

>>> import io
>>> text = "Revenue was ¥670.9 billion.\\n\\nThe loss: A$7.1 billion.\\n" * 3
>>> [(m.start, m.text) for m in iter_extract(io.StringIO(text))][:3]
[(12, '¥670.9 billion'), (39, 'A$7.1 billion'), (66, '¥670.9 billion')]
>>> [m.text for m in iter_extract(text)] == [m.text for m in __import__("finnorm").extract(text)]
True

How the windows work: each window of about ``window`` characters is read by
:func:`finnorm.extract` whole, and ends at the strongest border found near its
end (a blank line, else a line end, a sentence end, a space, and only for
text with none of these, anywhere). Consecutive windows overlap by at least
``overlap`` characters on each side of the border, and a mention is reported
by the window in which it starts before the border, so no mention is cut and
each one is read with its sentence around it.

What a window cannot see is the rest of the text: the calendar a text
suggests by naming its one issuer ("Nissan" → Japan's fiscal year) is judged
per window. Pass ``calendar=`` to fix it, and the result equals one
:func:`finnorm.extract` call on the whole text whenever each mention's
sentence fits in ``overlap``.

Bytes are decoded the way the command line reads files and stdin
(:func:`iter_decoded`): by byte-order mark (UTF-8, UTF-16, UTF-32), else
strictly as UTF-8, else a :class:`~finnorm.errors.ParseError` naming the
offset of the first bad byte. Line ends are kept as they are (``\\r\\n``
counts two code points), so offsets are the same for a file and for stdin.

>>> decode(b"\\xff\\xfeA\\x00$\\x005\\x00")
'A$5'
>>> decode(b"caf\\xe9")
Traceback (most recent call last):
...
finnorm.errors.ParseError: <bytes>: not UTF-8 text (byte 0xe9 at offset 3); save it as UTF-8, or as UTF-16/32 with a byte-order mark
"""
from __future__ import annotations

import codecs
import dataclasses
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, Protocol

from .errors import InvalidArgumentError, ParseError

if TYPE_CHECKING:  # pragma: no cover
    from .fiscal import Calendar
    from .model import Mention

__all__ = ["OVERLAP", "WINDOW", "decode", "detect_encoding", "iter_decoded", "iter_extract"]

#: characters read by one :func:`finnorm.extract` call, by default
WINDOW = 1 << 16
#: characters of context kept on each side of a window border, by default
OVERLAP = 2048

_BOMS = (  # longest first: the UTF-32-LE mark starts with the UTF-16-LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_READ = 1 << 16  # bytes per read


class _Readable(Protocol):
    def read(self, size: int = ..., /) -> Any: ...


def detect_encoding(head: bytes) -> tuple[str, int]:
    """The codec a text starting with ``head`` is read with, and its byte-order mark's length.

    >>> detect_encoding(b"\\xef\\xbb\\xbfabc"), detect_encoding(b"\\xff\\xfe\\x00\\x00"), detect_encoding(b"abc")
    (('utf-8', 3), ('utf-32-le', 4), ('utf-8', 0))
    """
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name, len(bom)
    return "utf-8", 0


def _decode_error(name: str, encoding: str, exc: UnicodeDecodeError, offset: int) -> ParseError:
    pos = offset + exc.start
    bad = exc.object[exc.start : exc.start + 1]
    what = f"byte 0x{bad.hex()}" if bad else "truncated character"
    if encoding == "utf-8":
        hint = "save it as UTF-8, or as UTF-16/32 with a byte-order mark"
        return ParseError(f"{name}: not UTF-8 text ({what} at offset {pos}); {hint}",
                          source=name, offset=pos, encoding=encoding)
    return ParseError(f"{name}: not valid {encoding.upper()} text ({what} at offset {pos})",
                      source=name, offset=pos, encoding=encoding)


def iter_decoded(stream: _Readable, *, name: str = "<stream>", size: int = _READ) -> Iterator[str]:
    """Decoded pieces of a byte stream (by byte-order mark, else strict UTF-8).

    The mark itself is not part of the text. A byte sequence that is not
    valid raises :class:`~finnorm.errors.ParseError` with ``offset`` (in bytes).

    >>> import io
    >>> "".join(iter_decoded(io.BytesIO("¥5\\r\\n".encode("utf-16")), size=3))
    '¥5\\r\\n'
    """
    head = b""
    while len(head) < 4:
        more = stream.read(4 - len(head))
        if not more:
            break
        head += bytes(more)
    encoding, skip = detect_encoding(head)
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    offset = skip
    data = head[skip:]
    at_end = len(head) < 4
    while True:
        if not data and not at_end:
            data = bytes(stream.read(size))
            at_end = not data
        pending = len(decoder.getstate()[0])  # bytes of a character begun in the last piece
        try:
            text = decoder.decode(data, final=at_end)
        except UnicodeDecodeError as exc:
            raise _decode_error(name, encoding, exc, offset - pending) from None
        if text:
            yield text
        if at_end:
            return
        offset += len(data)
        data = b""


def decode(data: bytes, *, name: str = "<bytes>") -> str:
    """All of ``data`` decoded as :func:`iter_decoded` does."""
    encoding, skip = detect_encoding(data[:4])
    try:
        return codecs.decode(data[skip:], encoding, "strict")
    except UnicodeDecodeError as exc:
        raise _decode_error(name, encoding, exc, skip) from None


# ------------------------------------------------------------------ windows
# Borders, strongest first; a border is the end of the match (where the next
# piece of text starts).
_BORDERS = (
    re.compile(r"\n[^\S\n]*\n\s*"),  # a blank line
    re.compile(r"\n\s*"),  # a line end
    re.compile(r"[.!?。！？]\s+|[。！？]"),  # a sentence end
    re.compile(r"\s+"),  # a space
)


def _border(text: str, lo: int, hi: int, *, last: bool) -> int:
    """The strongest border in ``text[lo:hi]`` (the last one, or the first), else ``hi``/``lo``."""
    for rx in _BORDERS:
        found = -1
        for m in rx.finditer(text, lo, hi):
            if lo < m.end() <= hi:
                found = m.end()
                if not last:
                    return found
        if found >= 0:
            return found
    return hi if last else lo


def _pieces(source: Any) -> Iterator[str]:
    if isinstance(source, str):  # in slices: a window never copies the rest of a long text
        for i in range(0, len(source), _READ):
            yield source[i : i + _READ]
        return
    read = getattr(source, "read", None)
    if read is None:
        raise InvalidArgumentError(
            f"iter_extract() wants str or a stream with read(), not {type(source).__name__}")
    first = read(_READ)
    if isinstance(first, (bytes, bytearray, memoryview)):
        name = str(getattr(source, "name", "<stream>"))
        yield from iter_decoded(_Prefixed(bytes(first), source), name=name)
        return
    while first:
        if not isinstance(first, str):
            raise InvalidArgumentError(f"stream read() gave {type(first).__name__}, not str or bytes")
        yield first
        first = read(_READ)


class _Prefixed:
    """A byte stream with bytes already read put back in front."""

    def __init__(self, head: bytes, stream: _Readable) -> None:
        self._head = head
        self._stream = stream

    def read(self, size: int = -1) -> bytes:
        if self._head:
            out, self._head = self._head[:size], self._head[size:]
            return out
        return bytes(self._stream.read(size))


def windows(
    pieces: Iterable[str], *, window: int = WINDOW, overlap: int = OVERLAP
) -> Iterator[tuple[int, str, int, int | None]]:
    """``(base, text, emit_from, emit_to)`` for each window of the text made of ``pieces``.

    ``text`` starts at absolute offset ``base``; the mentions of
    ``extract(text)`` whose absolute start lies in ``[emit_from, emit_to)``
    (``emit_to`` None: to the end) belong to this window.

    >>> [(b, len(t), lo, hi) for b, t, lo, hi in windows(["aaa bbb ccc ddd. " * 20], window=120, overlap=20)]
    [(0, 153, 0, 119), (85, 187, 119, 238), (204, 136, 238, None)]
    """
    if overlap < 1 or window < 4 * overlap:
        raise InvalidArgumentError(f"window ({window}) must be at least 4 x overlap ({overlap}), overlap >= 1")
    buf = ""
    base = 0
    emit_from = 0
    it = iter(pieces)
    done = False
    while True:
        rel = emit_from - base
        need = rel + window + 3 * overlap
        while not done and len(buf) < need:
            more: list[str] = [buf]
            size = len(buf)
            for piece in it:
                more.append(piece)
                size += len(piece)
                if size >= need:
                    break
            else:
                done = True
            buf = "".join(more)
        if done and len(buf) <= need:
            yield base, buf, emit_from, None
            return
        cut = _border(buf, rel + window // 2, rel + window, last=True)
        end = _border(buf, cut + overlap, cut + 2 * overlap, last=False)
        yield base, buf[:end], emit_from, base + cut
        start = _border(buf, cut - 2 * overlap, cut - overlap, last=True)
        buf = buf[start:]
        emit_from = base + cut
        base += start


def iter_extract(
    source: Any,
    *,
    locale: str | None = None,
    calendar: Calendar | str | None = None,
    window: int = WINDOW,
    overlap: int = OVERLAP,
    **options: Any,
) -> Iterator[Mention]:
    """Every money mention of ``source``, in order, read window by window.

    ``source`` is a ``str``, a text stream (``read()`` gives ``str``: open
    files with ``newline=""`` to keep offsets those of the file) or a byte
    stream (decoded by byte-order mark, else strict UTF-8). ``locale``,
    ``calendar`` and any other keyword go to :func:`finnorm.extract`.

    >>> import io
    >>> [m.money.currency for m in iter_extract(io.BytesIO("¥5 and €3".encode()))]
    ['JPY', 'EUR']
    """
    from .api import extract

    if isinstance(calendar, str):
        from .fiscal import calendar as _calendar

        calendar = _calendar(calendar)
    if locale is not None:
        from .locale import locale_of

        locale_of(locale)  # an unknown locale fails here, before any input is read
    replace = dataclasses.replace
    for base, text, lo, hi in windows(_pieces(source), window=window, overlap=overlap):
        for m in extract(text, locale=locale, calendar=calendar, **options):
            start = m.start + base
            if start < lo:
                continue
            if hi is not None and start >= hi:
                break
            yield m if base == 0 else replace(m, start=start, end=m.end + base)
