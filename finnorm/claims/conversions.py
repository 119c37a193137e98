"""Stated conversions: one amount in two currencies, side by side.

``A (B)``, ``A, or about B``, ``A（約B）``, ``A - B -``: consecutive amounts in
different currencies joined by a bracket or a conversion word
(``convert`` in claims.toml) and nothing that makes them two quantities (a
verb of change, "from", "total", "including"). ``A (B; C)`` gives two
conversions. A number with a scale word and no currency followed by an amount
in brackets ("29.775 millones (29.421 millones de euros)") takes the text's
other currency, and the claim says so.

>>> from finnorm.api import extract
>>> from .context import Doc
>>> t = "a loss of ¥670.9 billion (A$7.1 billion); $5m (up from $4m); US$300,000 and $3.6 million"
>>> doc = Doc(t, extract(t, locale="en_AU"), "en", None)
>>> [[f.text for f in c.figures] for s in doc.sents for c in conversions(doc, s)]
[['¥670.9 billion', 'A$7.1 billion']]
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from ..model import Mention
from .claim import Figure
from .context import CJK, DIGIT, WORD, Candidate, Doc, make
from .figures import money_figure

__all__ = ["conversions", "quoted_rates"]

_OPEN = "([（［"
_CLOSE = ")]）］"
_NOT_SAME = ("up", "down", "old_before", "new_before", "total_before", "partial", "old_after",
             "exports", "imports", "surplus", "deficit", "list")


def _gap_says_conversion(doc: Doc, a: Figure, b: Figure) -> bool:
    gap = doc.text[a.end: b.start]
    g = gap.strip()
    if not g:
        return b.mention is not None and b.mention.qualifier is not None and "\n" not in gap
    if DIGIT.search(g) or "\n\n" in gap:
        return False
    conv = list(doc.v.finditer("convert", doc.text, a.end, b.start))
    bad = doc.first(_NOT_SAME, a.end, b.start)
    if bad is not None and not any(c.start() <= bad.start() < c.end() for c in conv):
        return False
    rest = g
    for m in conv:
        rest = rest.replace(m.group(), " ")
    if g[0] in _OPEN:
        # the bracket closes soon after B: "(€8m)", "(約3兆3000億円、当時)", not "(€8m was expected)"
        close = re.search(r"[)\]）］;,/、]", doc.text[b.end: b.end + 40])
        tail_end = b.end + (close.start() if close else 40)
        tail = doc.text[b.end: tail_end]
        for m in doc.v.finditer("convert", doc.text, b.end, tail_end):
            tail = tail.replace(m.group(), " ", 1)
        if len(WORD.findall(tail)) > 1 or (CJK.search(tail) and len(tail.strip()) > 4):
            return False
        inner = rest.lstrip(_OPEN).strip(" ,:;-–—")
        # "(当時のレートで約171億ドル)", "(umgerechnet rund …)": a short lead-in
        return not inner or bool(conv) or (len(WORD.findall(inner)) <= 2 and not CJK.search(inner))
    return not rest.strip(" ,:;-–—")


def _dominant(doc: Doc, other: str | None) -> str | None:
    counts = Counter(f.currency for f in doc.money if f.currency and f.currency != other)
    if not counts:
        return None
    (code, n), *rest = counts.most_common()
    return code if not rest or rest[0][1] < n else None


def conversions(doc: Doc, s: tuple[int, int]) -> list[Candidate]:
    """Every stated conversion in sentence ``s``; echoes go into ``doc.echo``."""
    money = doc.in_sentence(doc.money, s)
    out: list[Candidate] = []
    for i, a in enumerate(money[:-1]):
        if a.start in doc.echo:
            continue
        b = money[i + 1]
        if a.per != b.per or not _gap_says_conversion(doc, a, b):
            continue
        if a.currency == b.currency:
            # "2 500 milliards (17,6 milliards d'euros)": the first figure's currency is
            # not written and the bracket restates it in another one, so it is the
            # text's other currency, whatever a guess from the sentence says
            code = _dominant(doc, b.currency) if a.inferred and not b.inferred else None
            if code is None or doc.text[a.end: b.start].strip()[:1] not in _OPEN:
                continue
            a = replace(a, currency=code, inferred=True, inherited=True, bare=None,
                        reason=f"currency not written: taken as {code}, the text's other currency")
        out.append(make("conversion", [(a, "from"), (b, "to")]))
        doc.echo.add(b.start)
        # "A (B; C)": a second rendering inside the same bracket
        opened = doc.text[a.end: b.start].strip()[:1] in _OPEN
        for c in money[i + 2:]:
            gap = doc.text[b.end: c.start]
            if not opened or any(ch in _CLOSE for ch in gap) or not re.fullmatch(r"\s*[;,/]\s*", gap):
                break
            if c.currency in (a.currency, b.currency) or c.per != a.per:
                break
            out.append(make("conversion", [(a, "from"), (c, "to")]))
            doc.echo.add(c.start)
            b = c
    # "29.775 millones (29.421 millones de euros)": the first currency left unwritten
    for x in doc.in_sentence(doc.bare, s):
        nxt = [f for f in money if f.start >= x.end]
        if not nxt:
            continue
        b = nxt[0]
        if not re.fullmatch(r"\s*[(（]\s*", doc.text[x.end: b.start]):
            continue
        code = _dominant(doc, b.currency)
        if code is None:
            continue
        a = replace(x, currency=code, inferred=True, inherited=True,
                    reason=f"currency not written: taken as {code}, the text's other currency")
        out.append(make("conversion", [(a, "from"), (b, "to")]))
        doc.echo.add(b.start)
    return out


def quoted_rates(quotes: Sequence[tuple[Mention, Mention]]) -> list[Candidate]:
    """The exchange rates a text quotes ("($1 = 0.9818 euros)", "US$1 was equivalent to
    ¥116.46"; the reader's pairs, the one unit first) as conversions of that unit,
    which is exact: only the other figure's printed digits leave room.

    >>> from finnorm.resolve import resolve
    >>> q: list[tuple[Mention, Mention]] = []
    >>> _ = resolve("($1 = 0.9818 euros)", "en_US", quotes=q)
    >>> [([f.text for f in c.figures], c.roles, c.figures[0].unit) for c in quoted_rates(q)]
    [(['$1', '0.9818 euros'], ('from', 'to'), Decimal('0'))]
    """
    out: list[Candidate] = []
    for one, other in quotes:
        a = replace(money_figure(one), unit=Decimal(0))
        out.append(make("conversion", [(a, "from"), (money_figure(other), "to")]))
    return out
