"""finnorm.iter_extract and the decoding of bytes: streaming equals one-shot extract."""
from __future__ import annotations

import codecs
import io
import random
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import finnorm
from finnorm.errors import ParseError
from finnorm.stream import decode, detect_encoding, iter_decoded, iter_extract, windows

SENTENCES = [
    "Nissan posted a net loss of ¥670.9 billion (A$7.1 billion) for FY2024.",
    "Revenue rose to about €3bn–€4bn in the 2023 financial year.",
    "It booked ($12.3 million) in charges.",
    "Shares closed at $41.20 on Friday.",
    "The board approved a buyback of up to CHF 500 million.",
    "Staff numbers fell to 20,000 after the plant was sold.",
    "Sales in India reached Rs 2,500 crore in the quarter.",
    "売上高は6709億円だった。",
    "No figures were given.",
]
SEPARATORS = [" ", "\n", "\n\n", "\r\n", "\r\n\r\n", "  \n \n"]


def key(m: finnorm.Mention) -> tuple[Any, ...]:
    return (m.start, m.end, m.text, m.money, m.upper, m.qualifier, m.inferred, m.period,
            m.candidates, m.uncertain, m.reason, m.alternatives)


class Trickle(io.RawIOBase):
    """A byte stream that hands out random small pieces (as a pipe may)."""

    def __init__(self, data: bytes, seed: int) -> None:
        self._data = data
        self._pos = 0
        self._rng = random.Random(seed)

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        n = self._rng.randint(1, 7) if size is None or size < 0 else min(size, self._rng.randint(1, 7))
        out = self._data[self._pos : self._pos + n]
        self._pos += len(out)
        return out


texts = st.lists(st.tuples(st.sampled_from(SENTENCES), st.sampled_from(SEPARATORS)),
                 min_size=1, max_size=40).map(lambda parts: "".join(s + sep for s, sep in parts))


@settings(max_examples=60, deadline=None)
@given(texts, st.integers(60, 400), st.integers(0, 10_000))
def test_property_windows_equal_one_shot(text: str, window: int, seed: int) -> None:
    overlap = 100  # longer than any sentence here: every mention is read with its sentence
    want = [key(m) for m in finnorm.extract(text, calendar="JP")]
    got = [key(m) for m in iter_extract(text, calendar="JP", window=max(window, 4 * overlap),
                                        overlap=overlap)]
    assert got == want


@settings(max_examples=40, deadline=None)
@given(texts, st.integers(0, 10_000), st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]))
def test_property_byte_streams_in_random_pieces(text: str, seed: int, encoding: str) -> None:
    data = text.encode(encoding)
    got = [key(m) for m in iter_extract(Trickle(data, seed), calendar="JP", window=400,
                                        overlap=100)]
    assert got == [key(m) for m in finnorm.extract(text, calendar="JP")]


def test_windows_cover_the_text_once_and_overlap() -> None:
    text = "".join(random.Random(1).choice(SENTENCES) + " " for _ in range(300))
    spans = list(windows([text], window=1000, overlap=100))
    assert len(spans) > 5
    ends = [hi for _, _, _, hi in spans]
    assert ends[-1] is None
    for (b0, t0, lo0, hi0), (b1, _, lo1, _) in zip(spans, spans[1:]):
        assert hi0 == lo1 and b1 < hi0 <= b0 + len(t0) - 100  # context on both sides
        assert t0 == text[b0 : b0 + len(t0)]


def test_long_text_without_any_border_is_cut_anyway() -> None:
    text = "x" * 5000 + " $5"
    assert [m.text for m in iter_extract(text, window=400, overlap=100)] == ["$5"]


def test_offsets_are_code_points_of_the_whole_text_crlf_included() -> None:
    text = "first line\r\n\r\nIt cost ¥5 billion.\r\n" * 50
    got = list(iter_extract(io.BytesIO(text.encode("utf-8")), window=400, overlap=100))
    assert len(got) == 50
    assert all(text[m.start : m.end] == m.text for m in got)


def test_text_stream_and_str_give_the_same() -> None:
    text = " ".join(SENTENCES) * 5
    assert [key(m) for m in iter_extract(io.StringIO(text))] == [key(m) for m in iter_extract(text)]


def test_unknown_locale_fails_before_reading() -> None:
    class Boom(io.RawIOBase):
        def read(self, size: int = -1) -> bytes:
            raise AssertionError("read")

    with pytest.raises(finnorm.UnknownLocaleError):
        next(iter_extract(Boom(), locale="xx_YY"))
    with pytest.raises(TypeError):
        next(iter_extract(42))
    with pytest.raises(ValueError, match="window"):
        next(iter_extract("$5", window=10, overlap=5))


@pytest.mark.parametrize(("head", "want"), [
    (codecs.BOM_UTF8 + b"x", ("utf-8", 3)),
    (codecs.BOM_UTF16_LE + b"x\x00", ("utf-16-le", 2)),
    (codecs.BOM_UTF16_BE + b"\x00x", ("utf-16-be", 2)),
    (codecs.BOM_UTF32_LE, ("utf-32-le", 4)),
    (codecs.BOM_UTF32_BE, ("utf-32-be", 4)),
    (b"plain", ("utf-8", 0)),
    (b"", ("utf-8", 0)),
], ids=["utf8-bom", "utf16le", "utf16be", "utf32le", "utf32be", "none", "empty"])
def test_detect_encoding(head: bytes, want: tuple[str, int]) -> None:
    assert detect_encoding(head) == want


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-be", "utf-32"])
def test_decode_by_bom_drops_the_mark(encoding: str) -> None:
    text = "¥670.9 billion\r\n€3bn"
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    assert decode(data) == text
    assert "".join(iter_decoded(io.BytesIO(data), size=3)) == text


@pytest.mark.parametrize(("data", "offset"), [
    (b"caf\xe9 $5", 3),
    (b"ok " * 10 + b"\xff", 30),
    (b"\xe2\x82", 0),  # a truncated euro sign at the end
], ids=["latin1", "late-bad-byte", "truncated"])
def test_invalid_utf8_is_a_parse_error_with_the_offset(data: bytes, offset: int) -> None:
    with pytest.raises(ParseError) as info:
        decode(data)
    assert info.value.offset == offset
    with pytest.raises(ParseError) as info2:
        "".join(iter_decoded(io.BytesIO(data), size=2))
    assert info2.value.offset == offset


def test_iter_extract_is_exported() -> None:
    assert "iter_extract" in finnorm.__all__
    assert finnorm.iter_extract is iter_extract
