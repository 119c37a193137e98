"""Finding the claims a text states, by the structure of the sentences around its
figures — never by position alone. The words come from
``finnorm/data/claims.toml`` (:mod:`finnorm.claims.vocab`); the shapes live in
:mod:`~finnorm.claims.conversions` (one amount in two currencies),
:mod:`~finnorm.claims.changes` (a percentage or amount of change with the later
and earlier figures) and :mod:`~finnorm.claims.totals` (sums and balances).

>>> from finnorm.api import extract
>>> t = "Revenue rose 12% to $5.6 billion from $5.0 billion."
>>> [(c.kind, [f.text for f in c.figures], c.roles, c.sign) for c in find(t, extract(t), "en", None)]
[('change', ['12%', '$5.6 billion', '$5.0 billion'], ('pct', 'new', 'old'), 1)]
>>> t = "A ($3.2bn) and B ($2.4bn), together $5.6bn; $5m (up from $4m); a $5-6 billion range."
>>> [(c.kind, c.roles) for c in find(t, extract(t), "en", None)]
[('sum', ('part', 'part', 'total'))]
"""
from __future__ import annotations

from collections.abc import Sequence

from ..model import Mention
from .changes import State, changes, link_across
from .context import Candidate, Doc
from .conversions import conversions, quoted_rates
from .totals import balances, sums

__all__ = ["Candidate", "find"]


def _nearest_balances(cands: list[Candidate]) -> list[Candidate]:
    """One balance per exports/imports pair: the surplus or deficit nearest them."""
    best: dict[tuple[int, int], tuple[int, Candidate]] = {}
    for c in cands:
        fig = dict(zip(c.roles, c.figures, strict=True))
        key = (fig["new"].start, fig["old"].start)
        dist = abs(fig["diff"].start - fig["new"].start)
        if key not in best or dist < best[key][0]:
            best[key] = (dist, c)
    return [c for _, c in best.values()]


def find(text: str, mentions: Sequence[Mention], lang: str, decimal: str | None,
         quotes: Sequence[tuple[Mention, Mention]] = ()) -> list[Candidate]:
    """Every claim ``text`` states about the ``mentions`` the reader found in it (and
    about the exchange rates it ``quotes``: conversions of one unit)."""
    doc = Doc(text, mentions, lang, decimal)
    out: list[Candidate] = quoted_rates(quotes)
    state = State()
    balance: list[Candidate] = []
    for k, s in enumerate(doc.sents):
        out.extend(conversions(doc, s))
        found = changes(doc, s, state)
        state.found.append(found)
        out.extend(found.claims)
        taken = frozenset(f.start for c in found.claims for f, r in zip(c.figures, c.roles, strict=True)
                          if r in ("new", "old"))
        out.extend(sums(doc, s, taken))
        balance.extend(balances(doc, k))
    out.extend(link_across(doc, state))
    out.extend(_nearest_balances(balance))
    seen: set[tuple[str, tuple[tuple[int, int], ...]]] = set()
    unique: list[Candidate] = []
    for c in sorted(out, key=lambda c: (c.figures[0].start, c.kind)):
        if c.key not in seen:
            seen.add(c.key)
            unique.append(c)
    return unique
