"""The digit reader's search skips to digits and decimal marks first; it must find
exactly what ``NUM_RE.finditer`` finds."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from finnorm.scan import NUM_RE, _numeral_matches

# digits of several scripts, every separator NUM_RE knows, letters and dashes
ALPHABET = "0123456789٠١٢٣٤٥٦٧٨٩０１２३४.,．٫،٬'’ \u00a0\u202f\u2009-–abRs$€"


def _spans(matches: list) -> list[tuple[int, int]]:  # type: ignore[type-arg]
    return [m.span() for m in matches]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=60))
def test_same_matches_as_finditer(text: str) -> None:
    assert _spans(_numeral_matches(text)) == _spans(list(NUM_RE.finditer(text)))


def test_examples() -> None:
    for text, want in [
        ("", []), ("no digits here", []), ("Rs.5 and .5 and 1,234.5", [(3, 4), (9, 11), (16, 23)]),
        ("50,- and 2,50,000 and 1 000 000,5", [(0, 4), (9, 17), (22, 33)]),
    ]:
        assert _spans(_numeral_matches(text)) == _spans(list(NUM_RE.finditer(text))) == want, text
