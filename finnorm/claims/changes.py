"""Changes and differences: a percentage or an amount governed by a verb of
change ("rose 12%", "up $600 million", "12%増"), and the later and earlier
figures it relates, marked as such ("to"/"at" and "from"/"compared with"/"a
year earlier"), in the same sentence or, when the text ties them together, in
a neighbouring one ("a 23 percent decline in profit. … profit was ¥486.5bn,
down from ¥627.9bn").

>>> from finnorm.api import extract
>>> from .context import Doc
>>> t = "Net revenues for 2024 and 2023 were $92,245,000 and $84,204,000, respectively, an increase of $8,041,000, or 9.5%."
>>> doc = Doc(t, extract(t), "en", None)
>>> [(c.kind, c.roles) for c in changes(doc, doc.sents[0], State()).claims]
[('difference', ('new', 'old', 'diff')), ('change', ('new', 'old', 'pct'))]
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from .claim import Figure
from .context import DIR_KEYS, NEW, OLD, Candidate, Doc, make

__all__ = ["Anchor", "Found", "State", "changes", "link_across"]

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


@dataclass
class Anchor:
    """A percentage or amount governed by a verb of change, with the figures
    that restate it ("$8,041,000, or 9.5%")."""

    fig: Figure
    sign: int
    cue_start: int
    kind: str  # "change" | "difference"
    deps: list[Anchor] = field(default_factory=list)
    explicit: bool = True

    @property
    def span(self) -> tuple[int, int]:
        figs = [self.fig, *(d.fig for d in self.deps)]
        return min(self.cue_start, *(f.start for f in figs)), max(f.end for f in figs)

    def members(self) -> list[Anchor]:
        return [self, *self.deps]


@dataclass
class Found:
    """What one sentence left for its neighbours: anchors that found no figures,
    the figures of a later/earlier pair with no percentage, marked earlier
    figures nothing used, and the later figure of its last claim."""

    orphans: list[tuple[Anchor, Figure | None, Figure | None]] = field(default_factory=list)
    pairs: list[tuple[Figure, Figure, int]] = field(default_factory=list)
    olds: list[Figure] = field(default_factory=list)
    last_new: Figure | None = None
    claims: list[Candidate] = field(default_factory=list)


@dataclass
class State:
    """What the sentences read so far left behind."""

    found: list[Found] = field(default_factory=list)


def _restates(doc: Doc, a: int, b: int) -> bool:
    """``text[a:b]`` joins a figure to the same quantity said another way: ", or", " ("."""
    gap = doc.text[a:b]
    rest = gap
    for m in doc.v.finditer(("convert", "respectively"), doc.text, a, b):
        rest = rest.replace(m.group(), " ", 1)
    return rest.strip() in ("", ",", "(", "（", ", (") and "\n\n" not in gap


def anchors(doc: Doc, s: tuple[int, int]) -> list[Anchor]:
    """Percentages and amounts governed by a verb of change in sentence ``s``."""
    pcts = doc.in_sentence(doc.pcts, s)
    money = [f for f in doc.in_sentence(doc.money, s) if f.start not in doc.echo]
    items = sorted([*pcts, *money], key=lambda f: f.start)
    found: list[Anchor] = []
    for k, f in enumerate(items):
        floor = items[k - 1].end if k else s[0]
        ceil = items[k + 1].start if k + 1 < len(items) else s[1]
        is_pct = f.currency is None
        d = doc.direction(f, floor, ceil)
        if d is None and is_pct and f.text[:1] in "+-−–":
            d = (1 if f.text[0] == "+" else -1, f.start)
        if d is None and not is_pct:
            # "$5.0 billion more than November exports"
            cmp_ = doc.first(("more", "less"), f.end, min(ceil, f.end + 30))
            if cmp_ is not None and doc.short_gap(f.end, cmp_.start(), 1):
                d = (1 if "more" in doc.v.keys_of(cmp_.group()) else -1, f.start)
        if d is None:
            continue
        if not is_pct and doc.role(f, items, floor, ceil) is not None:
            continue  # "rose to $5bn": the level the verb reaches
        found.append(Anchor(f, d[0], d[1], "change" if is_pct else "difference"))
    mine = {id(a.fig) for a in found}
    for a in found:
        for f in items:
            last = a.deps[-1].fig if a.deps else a.fig
            if f.start < last.end or id(f) in mine:
                continue
            if not _restates(doc, last.end, f.start):
                break
            if f.currency is not None and doc.role(f, items, last.end, s[1]) is not None:
                break
            a.deps.append(Anchor(f, a.sign, f.start, "change" if f.currency is None else "difference",
                                 explicit=False))
            mine.add(id(f))
    return found


def _same_kind(f: Figure, g: Figure) -> bool:
    return f.per == g.per and (f.currency == g.currency or f.currency is None or g.currency is None)


def _inherit(f: Figure, partner: Figure) -> Figure | None:
    if f.currency is not None:
        return f
    if partner.currency is None or partner.value == 0:
        return None
    ratio = f.value / partner.value
    # a scaled number far from its partner is still a claim: million for billion is
    # one of the slips the check exists to catch; beyond that it is something else
    if not (ratio * 10_000 >= 1 and ratio <= 10_000):
        return None
    return replace(f, currency=partner.currency, per=partner.per, inherited=True,
                   bare=partner.bare, inferred=True)


def _respectively(doc: Doc, figs: Sequence[Figure], s: tuple[int, int]) -> tuple[Figure, Figure] | None:
    """``(new, old)`` from "for 2024 and 2023 were $X and $Y, respectively"."""
    for x, y in zip(figs, figs[1:], strict=False):
        after = doc.first("respectively", y.end, y.end + 20)
        if after is None or not doc.short_gap(y.end, after.start(), 0):
            continue
        if doc.first("list", x.end, y.start) is None or not doc.short_gap(x.end, y.start, 2):
            continue
        years = [int(m.group()) for m in _YEAR.finditer(doc.text, s[0], x.start)]
        if len(years) >= 2 and years[-2] != years[-1]:
            return (x, y) if years[-2] > years[-1] else (y, x)
    return None


def _pick(roles: dict[int, str | None], cands: Iterable[Figure], want: str, near: int) -> Figure | None:
    best = None
    for f in cands:
        if roles.get(f.start) == want and (best is None or abs(f.start - near) < abs(best.start - near)):
            best = f
    return best


def _pair(doc: Doc, a: Anchor, left: list[Figure], right: list[Figure],
          s: tuple[int, int]) -> tuple[Figure | None, Figure | None]:
    """The (new, old) figures an anchor relates; either may be missing."""
    group = a.span
    allf = sorted([*left, *right], key=lambda f: f.start)
    roles = {f.start: doc.role(f, allf, s[0], s[1]) for f in allf}
    new, old = _pick(roles, right, NEW, group[1]), _pick(roles, right, OLD, group[1])
    if new is not None and old is not None and _same_kind(new, old):
        return new, old  # "rose 12% to $5.6bn from $5.0bn"
    ln, lo = _pick(roles, left, NEW, group[0]), _pick(roles, left, OLD, group[0])
    if ln is not None and lo is not None and _same_kind(ln, lo):
        return ln, lo  # "from $5.0bn to $5.6bn, an increase of 12%"
    resp = _respectively(doc, left, s)
    if resp is not None:
        return resp
    old = old or lo
    new = new or ln
    if old is not None and new is None:
        # "$5.6bn, up 12% from $5.0bn": the figure the sentence is about
        unmarked = [f for f in left if roles.get(f.start) is None and _same_kind(f, old)
                    and f.currency is not None and f.end <= a.cue_start]
        if unmarked:
            new = unmarked[-1]
        else:
            unmarked = [f for f in right if roles.get(f.start) is None and _same_kind(f, old)
                        and f.currency is not None and f.end <= old.start]
            new = unmarked[0] if unmarked else None
    if new is not None and old is not None and (new is old or not _same_kind(new, old)):
        return None, None
    return new, old


def _claims(a: Anchor, new: Figure, old: Figure) -> list[Candidate]:
    new2, old2 = _inherit(new, old), _inherit(old, new)
    if new2 is None or old2 is None:
        return []
    out = []
    for x in a.members():
        if x.kind == "change":
            out.append(make("change", [(x.fig, "pct"), (new2, NEW), (old2, OLD)], x.sign))
        elif x.fig.currency == new2.currency and x.fig.per == new2.per:
            out.append(make("difference", [(x.fig, "diff"), (new2, NEW), (old2, OLD)], x.sign))
    return out


def _subject_figure(doc: Doc, a: Anchor, s: tuple[int, int], k: int, like: Figure) -> Figure | None:
    """For "January exports were $7.6 billion less than …": the figure an earlier
    sentence gives for the same subject ("total January exports of $124.9 billion")."""
    subject = doc.words_near(s[0], a.cue_start)[-3:]
    if not subject:
        return None
    head = subject[-1]
    best, score = None, 0.0
    for j in range(max(0, k - 2), k):
        sj = doc.sents[j]
        for f in doc.in_sentence(doc.money, sj):
            if f.start in doc.echo or not _same_kind(f, like) or f.currency is None:
                continue
            ctx = doc.words_near(max(sj[0], f.start - 40), f.start)
            if head not in ctx:
                continue
            sc = sum(1 / (len(ctx) - i) for i, w in enumerate(ctx) if w in subject)
            if sc > score:
                best, score = f, sc
    return best


def changes(doc: Doc, s: tuple[int, int], state: State) -> Found:
    """Changes and differences of sentence ``s`` (``state``: what earlier sentences left)."""
    k = doc.sents.index(s)
    found = Found()
    prev = state.found[-1] if state.found else None
    anchors_ = anchors(doc, s)
    pool = [f for f in [*doc.in_sentence(doc.money, s), *doc.in_sentence(doc.bare, s)]
            if f.start not in doc.echo]
    pool.sort(key=lambda f: f.start)
    taken = {id(x.fig) for a in anchors_ for x in a.members()}
    pool = [f for f in pool if id(f) not in taken]
    used: set[int] = set()
    floor = s[0]
    for i, a in enumerate(anchors_):
        g = a.span
        nxt = anchors_[i + 1].span[0] if i + 1 < len(anchors_) else s[1]
        # a semicolon ends the clause a change is stated in
        semi = doc.text.rfind(";", floor, g[0])
        floor = max(floor, semi + 1) if semi >= 0 else floor
        semi = doc.text.find(";", g[1], nxt)
        nxt = semi if semi >= 0 else nxt
        left = [f for f in pool if f.start >= floor and f.end <= g[0]]
        right = [f for f in pool if f.start >= g[1] and f.end <= nxt]
        new, old = _pair(doc, a, left, right, s)
        if old is not None and new is None:
            # "January imports were $11.5 billion less than …": the subject's figure
            if a.kind == "difference":
                new = _subject_figure(doc, a, s, k, old)
            # "it jumped 34.5% from Rs230.47 crore": the later figure of the last claim
            if new is None and prev is not None and prev.last_new is not None and \
                    _same_kind(prev.last_new, old) and doc.para[k - 1] == doc.para[k]:
                new = prev.last_new
        if new is None or old is None:
            if a.explicit and a.kind == "change":
                found.orphans.append((a, new, old))
            continue
        made = _claims(a, new, old)
        found.claims.extend(made)
        if made:
            found.last_new = new
            used.update((new.start, old.start))
        floor = max(g[1], new.end, old.end)
    # what is left: pairs with no percentage, and marked earlier figures
    money = [f for f in pool if f.currency is not None and f.start not in used]
    roles = {f.start: doc.role(f, money, s[0], s[1]) for f in money}
    paired: set[int] = set()
    for j, old in enumerate(money):
        if roles[old.start] != OLD:
            continue
        mk = doc.marker_before(old.start, money[j - 1].end if j else s[0])
        earlier = [f for f in money[:j] if _same_kind(f, old) and roles[f.start] in (None, NEW)
                   and (mk is None or f.end <= mk.start)]
        later = [f for f in money[j + 1:] if _same_kind(f, old) and roles[f.start] == NEW]
        if not earlier and not later:
            continue
        new = later[0] if later and (not earlier or roles[earlier[-1].start] is None) else earlier[-1]
        if (mk.start if mk else old.start) - new.end > 160:
            continue
        sign = 0
        cue = doc.last(DIR_KEYS, (mk.start if mk else old.start) - 25, mk.end if mk else old.start)
        if cue is not None:
            sign = doc.direction_at(cue)
        found.pairs.append((new, old, sign))
        paired.update((new.start, old.start))
    found.olds = [f for f in money if roles[f.start] == OLD and f.start not in paired]
    return found


def link_across(doc: Doc, state: State) -> list[Candidate]:
    """Claims whose percentage and figures sit in different sentences."""
    out: list[Candidate] = []
    done: set[int] = set()
    for k, fk in enumerate(state.found):
        # "reported a 45.7% drop in net profit at Rs 47 crore. It had reported
        # profit of Rs 108 crore in the year ago quarter."
        for a, new, old in fk.orphans:
            if new is not None and old is None and k + 1 < len(state.found):
                later = [o for o in state.found[k + 1].olds if _same_kind(o, new)]
                if later and doc.para[k] == doc.para[k + 1]:
                    out.extend(_claims(a, new, later[0]))
                    done.add(id(a))
        # "a 23 percent decline in profit. … profit was ¥486.5bn, down from ¥627.9bn"
        # (an orphan of the same direction first; one of the other direction is a
        # claim too, and a gross one)
        for new, old, sign in fk.pairs:
            hit = None
            for same in (True, False):
                for j in range(k - 1, max(-1, k - 8), -1):
                    for a, n, o in state.found[j].orphans:
                        if id(a) in done or n is not None or o is not None:
                            continue
                        if sign and (a.sign == sign) != same:
                            continue
                        sa, sk = doc.sents[j], doc.sents[k]
                        near_pct = set(doc.words_near(max(sa[0], a.fig.start - 60),
                                                      min(sa[1], a.fig.end + 60)))
                        near_new = set(doc.words_near(max(sk[0], new.start - 60), new.start))
                        if near_pct & near_new:
                            hit = a
                            break
                    if hit is not None:
                        break
                if hit is not None:
                    break
            if hit is not None:
                out.extend(_claims(hit, new, old))
                done.add(id(hit))
    return out
