"""One text as the claim finder sees it: its sentences, its figures (money
from the reader, percentages, scaled numbers without a currency) and the claim
words around them — which figure a marker calls the earlier or the later one,
and which verb of change governs a figure.

>>> from finnorm.api import extract
>>> t = "Revenue rose 12% to $5.6 billion from $5.0 billion."
>>> doc = Doc(t, extract(t), "en", None)
>>> [(f.text, doc.role(f, doc.money, 0, len(t))) for f in doc.money]
[('$5.6 billion', 'new'), ('$5.0 billion', 'old')]
>>> doc.direction(doc.pcts[0], 0, len(t))
(1, 8)
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..model import Mention
from .claim import Figure
from .figures import money_figure, percents, scaled_numbers, shared_unit, split_range
from .vocab import Vocab, vocab

__all__ = ["NEW", "OLD", "Candidate", "Doc", "Marker", "make", "sentences"]

OLD, NEW = "old", "new"
ROLE_KEYS = ("old_before", "new_before", "from", "to")
AFTER_KEYS = ("old_after", "new_after")
DIR_KEYS = ("up", "down")
HARD_STOP = re.compile(r"[;.!?。！？]")
DIGIT = re.compile(r"\d")
WORD = re.compile(r"[^\W\d_]+")
#: claim words that may also name what a figure is about ("exports")
_SUBJECT_KEYS = frozenset(["exports", "imports", "surplus", "deficit"])
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A claim found in the text, before its verdict.

    ``figures`` and ``roles`` are parallel, in text order; ``sign`` is the
    direction the text states for a change or difference (+1 up, -1 down) and
    0 for conversions and sums.
    """

    kind: str
    figures: tuple[Figure, ...]
    roles: tuple[str, ...]
    sign: int = 0

    @property
    def key(self) -> tuple[str, tuple[tuple[int, int], ...]]:
        return self.kind, tuple((f.start, f.end) for f in self.figures)


def make(kind: str, pairs: Iterable[tuple[Figure, str]], sign: int = 0) -> Candidate:
    """A :class:`Candidate` with its figures put in text order."""
    ordered = sorted(pairs, key=lambda p: p[0].start)
    return Candidate(kind, tuple(f for f, _ in ordered), tuple(r for _, r in ordered), sign)


def sentences(text: str, v: Vocab) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence: a stop followed by space and no lower-case
    word, a CJK stop, or a blank line. Abbreviations ("U.S.", "Mio.") do not end one.

    >>> t = "Sales rose 5% in the U.S. market. Profit fell.\\n\\nNew para"
    >>> [t[a:b].strip() for a, b in sentences(t, vocab("en"))]
    ['Sales rose 5% in the U.S. market.', 'Profit fell.', 'New para']
    """
    abbreviations = set(v.words["abbreviations"])
    out: list[tuple[int, int]] = []
    start = 0
    for m in re.finditer(r"[.!?]+[\"'”’)\]]*(?=\s|$)|[。！？]+|\n[ \t]*\n", text):
        if m.group()[0] in ".!?":
            head = re.search(r"([^\s(\[\"'“‘]+)$", text[start: m.start()])
            token = head.group(1).lower() if head else ""
            if m.group()[0] == "." and (token in abbreviations or token.rstrip(".") in abbreviations):
                continue
            nxt = re.match(r"\s*(\S)", text[m.end():])
            if nxt and (nxt.group(1).islower() or nxt.group(1).isdigit() or nxt.group(1) in "€$£¥(,;"):
                continue
        out.append((start, m.end()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return [(a, b) for a, b in out if text[a:b].strip()]


@dataclass(frozen=True, slots=True)
class Marker:
    """A claim word found next to a figure: its keys and where it stands."""

    keys: frozenset[str]
    start: int
    end: int
    text: str


class Doc:
    """One text with its figures, sentence bounds and claim words."""

    def __init__(self, text: str, mentions: Sequence[Mention], lang: str, decimal: str | None):
        self.text = text
        self.v = vocab(lang)
        self.lang = lang
        self.sents = sentences(text, self.v)
        self.para = [len(re.findall(r"\n[ \t]*\n", text[:a])) for a, _ in self.sents]
        money: list[Figure] = []
        for m in mentions:
            if m.upper is not None:
                parts = split_range(text, m, self.v)
                if parts:
                    money.extend(parts)
                continue
            money.append(money_figure(m))
        self.money = sorted(money, key=lambda f: f.start)
        covered = [(f.start, f.end) for f in self.money]
        self.pcts = [p for p in percents(text, self.v, decimal)
                     if not any(a < p.end and p.start < b for a, b in covered)]
        covered += [(p.start, p.end) for p in self.pcts]
        self.bare = scaled_numbers(text, 0, len(text), lang, covered, decimal)
        self.bare = sorted([*self.bare, *self._from_to(covered, decimal)], key=lambda f: f.start)
        self.echo: set[int] = set()  # starts of figures restating another in a second currency
        self._starts: dict[int, list[int]] = {}

    def _from_to(self, covered: list[tuple[int, int]], decimal: str | None) -> list[Figure]:
        """"von 5,0 auf 5,6 Milliarden Euro": the first number shares the second's unit."""
        out: list[Figure] = []
        taken = covered + [(f.start, f.end) for f in self.bare]
        for f in self.money:
            mk = self.marker_before(f.start, max(0, f.start - 40), words=1)
            if mk is None or not mk.keys & {"to"}:
                continue
            head = self.last("from", max(0, mk.start - 30), mk.start)
            if head is None:
                continue
            gap = self.text[head.end(): mk.start]
            if not re.fullmatch(r"\s*[+\-−–]?\d[\d.,\u00a0\u202f' ]*\s*", gap):
                continue
            g = shared_unit(self.text, head.end(), mk.start, f, decimal)
            if g is not None and not any(a < g.end and g.start < b for a, b in taken):
                out.append(g)
        return out

    # ------------------------------------------------------------ helpers
    def in_sentence(self, figs: Sequence[Figure], s: tuple[int, int]) -> list[Figure]:
        """The figures of ``figs`` (one of the doc's lists, or any list) in sentence ``s``."""
        for own in (self.money, self.pcts, self.bare):
            if figs is own:
                starts = self._starts.get(id(own))
                if starts is None:
                    starts = self._starts[id(own)] = [f.start for f in own]
                return list(own[bisect_left(starts, s[0]): bisect_left(starts, s[1])])
        return [f for f in figs if s[0] <= f.start < s[1]]

    def sentence_of(self, pos: int) -> int:
        for k, (a, b) in enumerate(self.sents):
            if a <= pos < b:
                return k
        return len(self.sents) - 1

    def short_gap(self, a: int, b: int, words: int) -> bool:
        """``text[a:b]`` is a short run of words: no digits, no stop, at most ``words``
        words besides filler ("year on year")."""
        if b < a:
            return False
        gap = self.text[a:b]
        for m in self.v.finditer("filler", self.text, a, b):
            gap = gap.replace(m.group(), " ", 1)
        if DIGIT.search(gap) or HARD_STOP.search(gap):
            return False
        if CJK.search(gap):
            return len(gap.strip()) <= words * 2
        return len(WORD.findall(gap)) <= words

    def last(self, keys: str | tuple[str, ...], lo: int, hi: int) -> re.Match[str] | None:
        found = None
        for m in self.v.finditer(keys, self.text, max(0, lo), hi):
            found = m
        return found

    def first(self, keys: str | tuple[str, ...], lo: int, hi: int) -> re.Match[str] | None:
        for m in self.v.finditer(keys, self.text, max(0, lo), min(hi, len(self.text))):
            return m
        return None

    def marker_before(self, pos: int, floor: int, words: int = 4) -> Marker | None:
        m = self.last(ROLE_KEYS, max(floor, pos - 60), pos)
        if m is None or not self.short_gap(m.end(), pos, words):
            return None
        return Marker(self.v.keys_of(m.group()), m.start(), m.end(), m.group())

    def marker_after(self, pos: int, ceil: int, words: int = 3) -> Marker | None:
        m = self.first(AFTER_KEYS, pos, min(ceil, pos + 60))
        if m is None or not self.short_gap(pos, m.start(), words):
            return None
        return Marker(self.v.keys_of(m.group()), m.start(), m.end(), m.group())

    def direction_at(self, m: re.Match[str]) -> int:
        keys = self.v.keys_of(m.group())
        return 1 if "up" in keys else -1 if "down" in keys else 0

    # ------------------------------------------------------------ roles
    def role(self, f: Figure, figs: Sequence[Figure], floor: int, ceil: int) -> str | None:
        """``old``/``new`` when a marker says so, else None."""
        lead = self._lead(f)
        if lead is not None:
            f = lead
        before = self.marker_before(f.start, floor)
        if before is not None:
            if "old_before" in before.keys:
                return OLD
            if "new_before" in before.keys:
                return NEW
            if "from" in before.keys:
                if self._followed_by_to(f, figs):
                    return OLD
                # "em relação ao mesmo período do ano anterior, de R$ 47,31 bilhões"
                cmp_ = self.last("old_before", max(floor, before.start - 80), before.start)
                if cmp_ is not None and not any(cmp_.end() <= g.start < before.start for g in figs):
                    return OLD
            if "to" in before.keys and self._preceded_by_from(f, figs, floor):
                return NEW
        after = self.marker_after(f.end, ceil)
        if after is not None:
            if "old_after" in after.keys:
                return OLD
            if "new_after" in after.keys:
                return NEW
        if self.comparative(f, figs):
            return OLD
        return None

    def comparative(self, f: Figure, figs: Sequence[Figure]) -> bool:
        """"1 362 Mkr (1 280)", "MSEK 77.0 (76.3)": a bare number in brackets right
        after an amount is the same item's earlier figure (the reader gives it the
        amount's currency and scale)."""
        if not f.inferred or f.currency is None or DIGIT.search(f.text[:1]) is None:
            return False
        prev = [g for g in figs if g.end <= f.start]
        if not prev:
            return False
        g = prev[-1]
        return (g.currency == f.currency and g.per == f.per
                and re.fullmatch(r"\s*[(（]\s*", self.text[g.end: f.start]) is not None
                and re.match(r"\s*[)）]", self.text[f.end: f.end + 3]) is not None)

    def _lead(self, f: Figure) -> Figure | None:
        """The figure without a marker the reader took into its text as a hedge
        ("hasta 5.600 millones": "up to" to the reader, "to" here)."""
        m = re.search(r"[\d$€£¥₹]", f.text)
        if m is None or m.start() == 0:
            return None
        for mk in self.v.finditer(ROLE_KEYS, f.text, 0, m.start()):
            if not f.text[mk.end(): m.start()].strip():
                from dataclasses import replace

                return replace(f, start=f.start + mk.end(), text=f.text[mk.end():])
        return None

    def _followed_by_to(self, f: Figure, figs: Sequence[Figure]) -> bool:
        """"de X à Y", "von X auf Y": the "to" comes soon after X, nothing between."""
        nxt = [g for g in figs if g.start >= f.end]
        if not nxt:
            return False
        mk = self.marker_before(nxt[0].start, f.end)
        if mk is None or not mk.keys & {"to", "new_before"}:
            return False
        between = self.text[f.end: mk.start]
        between = re.sub(r"[(（][^)）]*[)）]", " ", between)  # an echo in brackets
        return not DIGIT.search(between) and \
            not re.search(r"[;.!?。]", between) and len(WORD.findall(between)) <= 4

    def _preceded_by_from(self, f: Figure, figs: Sequence[Figure], floor: int) -> bool:
        prev = [g for g in figs if g.end <= f.start]
        if not prev:
            return False
        mk = self.marker_before(prev[-1].start, floor)
        return mk is not None and bool(mk.keys & {"from", "old_before"})

    # ------------------------------------------------------------ direction
    def direction(self, f: Figure, floor: int, ceil: int) -> tuple[int, int] | None:
        """``(sign, cue start)`` of a verb of change governing figure ``f``; None when
        there is none or a role marker ("to", "from") stands between (a level)."""
        left = self.last(DIR_KEYS, max(floor, f.start - 60), f.start)
        if left is not None and self.short_gap(left.end(), f.start, 4):
            if self.last(("old_before", "new_before"), left.end(), f.start) is not None:
                return None
            sign = self.direction_at(left)
            if sign:
                return sign, left.start()
        if f.currency is not None:
            return None  # "$5bn, down $1bn": a verb after an amount governs what follows it
        right = self.first(DIR_KEYS, f.end, min(ceil, f.end + 50))
        if right is not None and self.short_gap(f.end, right.start(), 3) and \
                "," not in self.text[f.end: right.start()]:
            filler = [(m.start(), m.end()) for m in self.v.finditer("filler", self.text, f.end,
                                                                    right.start())]
            markers = [m for m in self.v.finditer(("old_before", "new_before", "to"), self.text,
                                                  f.end, right.start())
                       if not any(a <= m.start() < b for a, b in filler)]
            if not markers:
                sign = self.direction_at(right)
                if sign:
                    return sign, f.start
        return None

    def words_near(self, a: int, b: int) -> list[str]:
        """Content words of ``text[a:b]`` (4+ letters, not claim words), in order."""
        return [w.lower() for w in WORD.findall(self.text[max(0, a): b])
                if len(w) >= 4 and not self.v.keys_of(w.lower()) - _SUBJECT_KEYS]
