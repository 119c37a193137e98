"""Sums and balances: parts with a stated total, and exports and imports with
the surplus or deficit they leave.

A sum is a list of amounts ("A ($3.2bn) and B ($2.4bn)", "$2,500 + $250")
with a total marked by a word ("together", "a total of", "in total"), by an
equals sign or colon, or given first with its parts in brackets after it
("$1.56 billion pledged by Canada ($878.7 million) and the European
Commission ($685.8 million)"). "Including", "of which" and the like say the
parts are not all of it: no sum. A balance is a surplus or deficit named with
the exports and imports it nets, in the same sentence or the next two of the
paragraph.

>>> from finnorm.api import extract
>>> from .context import Doc
>>> t = "$3.2bn for A and $2.4bn for B, together $5.6bn. Revenue of $5bn, including $2bn from A and $1bn from B."
>>> doc = Doc(t, extract(t), "en", None)
>>> [[f.text for f in c.figures] for s in doc.sents for c in sums(doc, s)]
[['$3.2bn', '$2.4bn', '$5.6bn']]
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from .claim import Figure
from .context import DIGIT, DIR_KEYS, HARD_STOP, NEW, OLD, WORD, Candidate, Doc, make

__all__ = ["balances", "sums"]


def _same(f: Figure, g: Figure) -> bool:
    return f.currency == g.currency and f.per == g.per


def _listed(doc: Doc, a: Figure, b: Figure) -> bool:
    """True when ``a`` and ``b`` are consecutive items of a list ("A and B", "A, B")."""
    gap = doc.text[a.end: b.start]
    if DIGIT.search(gap) or HARD_STOP.search(gap.replace(";", "")):
        return False
    joined = doc.first("list", a.end, b.start) is not None
    # "€500 billion would be distributed as grants, and €250 billion as loans"
    return len(WORD.findall(gap)) <= (10 if joined else 2) and (
        joined or "," in gap or "、" in gap or ";" in gap)


def _bracketed(doc: Doc, f: Figure) -> bool:
    before = doc.text[max(0, f.start - 2): f.start].rstrip()
    return f.text.startswith(("(", "（")) or before.endswith(("(", "（"))


def _ok(doc: Doc, parts: Sequence[Figure], total: Figure) -> bool:
    if len(parts) < 2:
        return False
    lo = min(parts[0].start, total.start)
    hi = max(parts[-1].end, total.end)
    return (doc.first("partial", lo, hi) is None
            and doc.first(DIR_KEYS, parts[0].start, parts[-1].end) is None)


def _by_marker(doc: Doc, s: tuple[int, int], money: list[Figure]) -> list[Candidate]:
    out: list[Candidate] = []
    for mk in doc.v.finditer(("total_before", "total_after"), doc.text, s[0], s[1]):
        keys = doc.v.keys_of(mk.group())
        after = [f for f in money if f.start >= mk.end()]
        before = [f for f in money if f.end <= mk.start()]
        total = None
        if "total_before" in keys and after and doc.short_gap(mk.end(), after[0].start, 3):
            total = after[0]
        elif "total_after" in keys and before and doc.short_gap(before[-1].end, mk.start(), 1):
            total = before[-1]
        if total is None:
            continue
        parts: list[Figure] = []
        prior = [f for f in money if f.end <= min(mk.start(), total.start) and _same(f, total)]
        if prior and doc.short_gap(prior[-1].end, min(mk.start(), total.start), 6):
            parts = [prior[-1]]
            for f in reversed(prior[:-1]):
                if not _listed(doc, f, parts[0]):
                    break
                parts.insert(0, f)
        if len(parts) < 2:
            parts = _after_total(doc, total, money, need_intro=True)
        if _ok(doc, parts, total):
            out.append(make("sum", [*((p, "part") for p in parts), (total, "total")]))
    return out


def _after_total(doc: Doc, total: Figure, money: list[Figure], *, need_intro: bool) -> list[Figure]:
    """"a total of $5.6bn: $3.2bn for A and $2.4bn for B"."""
    later = [f for f in money if f.start >= total.end and _same(f, total)]
    if not later:
        return []
    lead = doc.text[total.end: later[0].start]
    intro = doc.first("parts", total.end, later[0].start)
    if need_intro and not (":" in lead or "：" in lead or intro is not None):
        return []
    if not doc.short_gap(total.end, later[0].start, 6):
        return []
    parts = [later[0]]
    for f in later[1:]:
        if not _listed(doc, parts[-1], f):
            break
        parts.append(f)
    return parts


def _arithmetic(doc: Doc, money: list[Figure]) -> list[Candidate]:
    """"a $3,000 investment: ($2,500 + $250 + $250)", "$3.2bn + $2.4bn = $5.6bn"."""
    out: list[Candidate] = []
    i = 0
    while i < len(money):
        chain = [money[i]]
        while i + len(chain) < len(money) and re.fullmatch(
                r"\s*[+＋]\s*", doc.text[chain[-1].end: money[i + len(chain)].start]):
            chain.append(money[i + len(chain)])
        if len(chain) >= 2 and all(_same(f, chain[0]) for f in chain):
            total = None
            if i > 0:
                t = money[i - 1]
                gap = doc.text[t.end: chain[0].start].strip()
                if _same(t, chain[0]) and doc.short_gap(t.end, chain[0].start, 3) and \
                        re.search(r"[:=：(（]$", gap):
                    total = t
            if total is None and i + len(chain) < len(money):
                t = money[i + len(chain)]
                if _same(t, chain[0]) and re.fullmatch(r"\s*[)）]?\s*[=＝]\s*",
                                                       doc.text[chain[-1].end: t.start]):
                    total = t
            if total is not None:
                out.append(make("sum", [*((p, "part") for p in chain), (total, "total")]))
        i += len(chain)
    return out


def _breakdown(doc: Doc, money: list[Figure]) -> list[Candidate]:
    """A total followed by its parts in brackets: "$1.56bn pledged by Canada
    ($878.7m) and the European Commission ($685.8m)"."""
    out: list[Candidate] = []
    for i, total in enumerate(money):
        if _bracketed(doc, total):
            continue
        parts: list[Figure] = []
        last = total
        for f in money[i + 1:]:
            if not (_bracketed(doc, f) and _same(f, total)):
                break
            gap_ok = doc.short_gap(last.end, f.start, 6) if last is total else _listed(doc, last, f)
            if not gap_ok:
                break
            parts.append(f)
            last = f
        if len(parts) >= 2 and _ok(doc, parts, total):
            out.append(make("sum", [*((p, "part") for p in parts), (total, "total")]))
    return out


def _partitive(doc: Doc, s: tuple[int, int], money: list[Figure]) -> list[Candidate]:
    """"Of the €750 billion, €500 billion … grants, and €250 billion … loans"."""
    out: list[Candidate] = []
    for mk in doc.v.finditer("partitive", doc.text, s[0], s[1]):
        after = [f for f in money if f.start >= mk.end()]
        if not after or not doc.short_gap(mk.end(), after[0].start, 1):
            continue
        total = after[0]
        if not re.match(r"\s*[,:，：]", doc.text[total.end: total.end + 3]):
            continue  # "Out of its Rs 48,000 crore budget for 2017-18, …": not a breakdown
        parts = _after_total(doc, total, money, need_intro=False)
        if _ok(doc, parts, total):
            out.append(make("sum", [*((p, "part") for p in parts), (total, "total")]))
    return out


def sums(doc: Doc, s: tuple[int, int], taken: frozenset[int] = frozenset()) -> list[Candidate]:
    """Every stated sum in sentence ``s`` (``taken``: starts of figures that are
    already the later or earlier figure of a change)."""
    money = [f for f in doc.in_sentence(doc.money, s) if f.start not in doc.echo
             and f.start not in taken]
    return [*_by_marker(doc, s, money), *_arithmetic(doc, money), *_breakdown(doc, money),
            *_partitive(doc, s, money)]


def _level(doc: Doc, mk: re.Match[str], money: Sequence[Figure]) -> Figure | None:
    """The figure a balance word names: "exports of $X", "deficit was $X"."""
    for f in money:
        if f.start >= mk.end():
            if doc.short_gap(mk.end(), f.start, 3) and doc.first(DIR_KEYS, mk.end(), f.start) is None:
                return f
            break
    return None


def balances(doc: Doc, k: int) -> list[Candidate]:
    """Surpluses and deficits stated with the exports and imports they net."""
    s = doc.sents[k]
    best: dict[tuple[int, int], tuple[int, Candidate]] = {}
    for mk in doc.v.finditer(("surplus", "deficit"), doc.text, s[0], s[1]):
        cue = doc.last(DIR_KEYS, mk.start() - 40, mk.start())
        if cue is not None and doc.short_gap(cue.end(), mk.start(), 4):
            continue  # "a decrease in the goods deficit of $1.2 billion": a change, not a balance
        money = [f for f in doc.in_sentence(doc.money, s) if f.start not in doc.echo]
        bal = _level(doc, mk, money)
        if bal is None:
            prev = [f for f in money if f.end <= mk.start()]
            if prev and doc.short_gap(prev[-1].end, mk.start(), 1):
                bal = prev[-1]
        if bal is None:
            continue
        sign = 1 if "surplus" in doc.v.keys_of(mk.group()) else -1
        sides: dict[str, Figure] = {}
        for j in range(k, min(k + 3, len(doc.sents))):
            if doc.para[j] != doc.para[k]:
                break
            sj = doc.sents[j]
            pool = [f for f in doc.in_sentence(doc.money, sj) if f.start not in doc.echo]
            for side in ("exports", "imports"):
                if side in sides:
                    continue
                for em in doc.v.finditer(side, doc.text, sj[0], sj[1]):
                    f = _level(doc, em, pool)
                    if f is not None and f is not bal and _same(f, bal):
                        sides[side] = f
                        break
        x, y = sides.get("exports"), sides.get("imports")
        if x is None or y is None or x is y:
            continue
        c = make("difference", [(bal, "diff"), (x, NEW), (y, OLD)], sign)
        dist = abs(x.start - bal.start) + abs(y.start - bal.start)
        key = (x.start, y.start)
        if key not in best or dist < best[key][0]:
            best[key] = (dist, c)
    return [c for _, c in best.values()]
