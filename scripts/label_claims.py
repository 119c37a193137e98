#!/usr/bin/env python3
"""Build the labelled test set of ``finnorm check`` from hand labels.

Input: ``tests/data/check_labels.toml`` — real dated paragraphs (copied
verbatim, with their URL and publication date) and, for each, the claims a
reader finds in it, labelled by hand: the kind, each figure as printed with its
value, currency and role, the direction the text states. Output:
``tests/data/check_set.jsonl`` — those documents plus seeded copies (one figure
changed the way real mistakes happen: a digit typo, million/billion, A$/US$,
rose/fell), every claim with its character spans and the verdict the rules of
issue 11 give, computed here from the labelled figures and the ECB history.

This script does NOT import finnorm's claim finder or verdict code
(``finnorm.claims``, the package behind ``finnorm.check``): the labels must not follow the implementation. It reads
only the ECB rate history that ships with finnorm (``finnorm.rates.ecb``),
which is data.

A figure is written ``"TEXT = VALUE CUR [flags]"``: TEXT as printed (found in
the document after the claim's previous figure; ``TEXT#2`` for its second
occurrence), VALUE the number as printed with its scale as an exponent
(``7.1e9`` for "A$7.1 billion": its last printed digit is worth 1e8), CUR an
ISO code or ``%``. Flags: ``exact`` (the one unit of a quoted exchange rate,
"$1 = 0.9818 euros": exact, not rounded), a role (``from to pct new old diff part total``;
conversions default to from/to), ``bare`` (a bare ``$``/``¥`` or a generic
"dollars": other dollars, or JPY/CNY, are readings too), ``generic`` (a
currency name that does not settle the currency, such as "Kronen"). A change
or difference has ``sign = "+"`` or ``"-"`` (the verb's direction) and may
name its ``verb`` as written, for rose/fell seeds.

Usage::

    python scripts/label_claims.py          # write tests/data/check_set.jsonl
    python scripts/label_claims.py --check  # exit 1 when the file is not current
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import tomllib
from decimal import Decimal, localcontext
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "tests" / "data" / "check_labels.toml"
OUT = ROOT / "tests" / "data" / "check_set.jsonl"

TAU = Decimal("0.005")
W0_DAYS = 7
WIDE_DAYS = 31
ROLES = {"from", "to", "pct", "new", "old", "diff", "part", "total"}
BARE = {"$": ["USD", "AUD", "CAD", "NZD", "SGD", "HKD"], "¥": ["JPY", "CNY"]}
FAMILIES = [["USD", "AUD", "CAD", "NZD", "SGD", "HKD"], ["JPY", "CNY"], ["SEK", "NOK", "DKK", "ISK"],
            ["CHF", "XOF", "XAF"], ["GBP", "EGP"], ["MXN", "PHP", "ARS", "CLP", "COP"],
            ["INR", "PKR", "LKR", "NPR"]]
# seeds: how real mistakes happen
SCALE_SWAP = [("billion", "million", 3), ("million", "billion", -3), ("bn", "m", 3),
              ("Milliarden", "Millionen", 3), ("Millionen", "Milliarden", -3),
              ("Mrd.", "Mio.", 3), ("Mio.", "Mrd.", -3), ("milliards", "millions", 3),
              ("milliard", "million", 3), ("miliardi", "milioni", 3), ("milioni", "miliardi", -3),
              ("miljard", "miljoen", 3), ("bilhões", "milhões", 3), ("milhões", "bilhões", -3),
              ("兆", "億", 4), ("억", "만", 4), ("億", "万", 4), ("亿", "万", 4)]
CURRENCY_SWAP = [("A$", "US$", "USD"), ("US$", "A$", "AUD"), ("C$", "US$", "USD"),
                 ("NZ$", "US$", "USD"), ("$A", "$US", "USD"), ("$US", "$A", "AUD")]
VERB_SWAP = {"rose": "fell", "fell": "rose", "rise": "fall", "up": "down", "down": "up",
             "increased": "decreased", "decreased": "increased", "increase": "decrease",
             "decrease": "increase", "gained": "lost", "grew": "shrank", "jumped": "slumped",
             "climbed": "dropped", "higher": "lower", "lower": "higher", "drop": "rise",
             "decline": "rise", "declined": "rose", "dropped": "climbed", "slipped": "climbed",
             "gain": "drop", "went up": "went down", "jumped 34.5%": "fell 34.5%",
             "stieg": "sank", "sank": "stieg", "progressione": "calo", "crescita": "calo",
             "alta": "queda", "more": "less", "less": "more", "surplus": "deficit",
             "deficit": "surplus", "増": "減", "減": "増"}
MUTATIONS = ("digit", "scale", "currency", "verb")


# ---------------------------------------------------------------- figures
class LabelError(Exception):
    pass


def _digits(s: str) -> str:
    return "".join(ch for ch in s if ch.isdigit() and ch.isascii() or ch in "０１２３４５６７８９")


def _ascii_digits(s: str) -> str:
    return _digits(s).translate(str.maketrans("０１２３４５６７８９", "0123456789"))


def parse_spec(spec: str) -> dict[str, Any]:
    text, _, rest = spec.rpartition(" = ")
    if not text:
        raise LabelError(f"figure spec without ' = ': {spec!r}")
    occurrence = 1
    m = re.fullmatch(r"(.*)#(\d+)", text)
    if m:
        text, occurrence = m.group(1), int(m.group(2))
    parts = rest.split()
    if len(parts) < 2:
        raise LabelError(f"figure spec wants VALUE and CUR: {spec!r}")
    value = Decimal(parts[0])
    cur = parts[1]
    flags = parts[2:]
    role = next((f for f in flags if f in ROLES), None)
    unknown = [f for f in flags if f not in ROLES | {"bare", "generic", "nodigits", "exact"}]
    if unknown:
        raise LabelError(f"unknown flags {unknown} in {spec!r}")
    if "nodigits" not in flags:
        want = "".join(str(d) for d in value.as_tuple().digits)
        if (_ascii_digits(text).lstrip("0") or "0") != (want.lstrip("0") or "0"):
            raise LabelError(f"digits of {text!r} are not those of {parts[0]}: {spec!r}")
    exp = value.as_tuple().exponent
    assert isinstance(exp, int)
    # "exact": the one unit of a quoted exchange rate ("$1 = 0.9818 euros") is one by
    # definition, not a figure rounded to its last digit
    unit = Decimal(0) if "exact" in flags else Decimal(1).scaleb(exp)
    return {"text": text, "occurrence": occurrence, "value": value, "unit": unit,
            "currency": None if cur == "%" else cur, "role": role, "bare": "bare" in flags,
            "generic": "generic" in flags}


def place(text: str, fig: dict[str, Any], after: int) -> int:
    """Start of the figure's text: its n-th occurrence, or the first after ``after``."""
    t = fig["text"]
    if fig["occurrence"] > 1:
        pos = -1
        for _ in range(fig["occurrence"]):
            pos = text.find(t, pos + 1)
            if pos < 0:
                break
    else:
        pos = text.find(t, after)
        if pos < 0:
            pos = text.find(t)
    if pos < 0:
        raise LabelError(f"{t!r} not in the text")
    return pos


# ---------------------------------------------------------------- intervals
def iv(fig: dict[str, Any]) -> tuple[Decimal, Decimal]:
    half = fig["unit"] / 2
    return fig["value"] - half, fig["value"] + half


def trunc(fig: dict[str, Any]) -> tuple[Decimal, Decimal]:
    return fig["value"], fig["value"] + fig["unit"]


def meets(a: tuple[Decimal, Decimal], b: tuple[Decimal, Decimal]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def signed(x: tuple[Decimal, Decimal], sign: int) -> tuple[Decimal, Decimal]:
    return (x if sign >= 0 else (-x[1], -x[0]))


def mag(x: tuple[Decimal, Decimal]) -> tuple[Decimal, Decimal]:
    if x[0] >= 0:
        return x
    if x[1] <= 0:
        return -x[1], -x[0]
    return Decimal(0), max(-x[0], x[1])


def outcome(computed: tuple[Decimal, Decimal], stated: tuple[Decimal, Decimal],
            truncated: tuple[Decimal, Decimal], sign: int) -> str:
    if meets(computed, stated):
        return "consistent"
    if meets(computed, truncated):
        return "consistent_if"
    if (sign > 0 and computed[1] < 0) or (sign < 0 and computed[0] > 0):
        return "gross"
    c, s = mag(computed), mag(stated)
    if s[0] >= 5 * c[1] or c[0] >= 5 * s[1]:
        return "gross"
    return "inconsistent"


# ---------------------------------------------------------------- rates (data only)
_SOURCE: Any = None


def rates(start: dt.date, end: dt.date, base: str, quote: str) -> list[tuple[dt.date, Decimal]]:
    global _SOURCE
    if _SOURCE is None:
        from finnorm.rates.ecb import default_source  # the embedded ECB history: data

        _SOURCE = default_source()
    out = []
    for day in _SOURCE.published(start, end):
        b = _SOURCE.per_eur(base, day)
        q = _SOURCE.per_eur(quote, day)
        if b is not None and q is not None:
            with localcontext() as ctx:
                ctx.prec = 40
                out.append((day, q / b))
    return out


def fits(r: Decimal, lo: Decimal, hi: Decimal) -> bool:
    return r * (1 - TAU) <= hi and r * (1 + TAU) >= lo


# ---------------------------------------------------------------- verdicts
def conversion(a: dict[str, Any], b: dict[str, Any], published: dt.date | None) -> tuple[str, str]:
    if published is None:
        return "cannot_check", "no publication date"
    with localcontext() as ctx:
        ctx.prec = 40
        alo, ahi = iv(a)
        blo, bhi = iv(b)
        lo, hi = blo / ahi, bhi / alo
    w0 = rates(published - dt.timedelta(days=W0_DAYS), published, a["currency"], b["currency"])
    if not w0:
        return "cannot_check", f"no ECB rate for {a['currency']}/{b['currency']}"
    if any(fits(r, lo, hi) for _, r in w0):
        return "consistent", ""
    wide = rates(published - dt.timedelta(days=WIDE_DAYS), published, a["currency"], b["currency"])
    for day, r in reversed(wide):
        if fits(r, lo, hi):
            return "consistent_if", f"date:{day.isoformat()}"
    for f, other, first in ((a, b, True), (b, a, False)):
        if not f["bare"]:
            continue
        fam = next((v for v in BARE.values() if f["currency"] in v), [])
        for alt in fam:
            if alt in (f["currency"], other["currency"]):
                continue
            base, quote = (alt, other["currency"]) if first else (other["currency"], alt)
            if any(fits(r, lo, hi) for _, r in rates(published - dt.timedelta(days=W0_DAYS),
                                                     published, base, quote)):
                return "consistent_if", f"currency:{alt}"
    if all(lo >= 3 * r or hi * 3 <= r for _, r in w0):
        return "gross", "scale"
    for f, other, first in ((a, b, True), (b, a, False)):
        if f["bare"] or f["generic"]:
            continue
        fam = next((v for v in FAMILIES if f["currency"] in v), [])
        for alt in fam:
            if alt in (f["currency"], other["currency"]):
                continue
            base, quote = (alt, other["currency"]) if first else (other["currency"], alt)
            if any(fits(r, lo, hi) for _, r in rates(published - dt.timedelta(days=W0_DAYS),
                                                     published, base, quote)):
                return "gross", f"currency error: {alt}"
    return "inconsistent", ""


def verdict(claim: dict[str, Any], published: dt.date | None) -> tuple[str, str]:
    figs = {f["role"]: f for f in claim["figures"]}
    kind, sign = claim["kind"], claim["sign"]
    with localcontext() as ctx:
        ctx.prec = 40
        if kind == "conversion":
            return conversion(figs["from"], figs["to"], published)
        if kind == "change":
            nlo, nhi = iv(figs["new"])
            olo, ohi = iv(figs["old"])
            computed = (nlo / ohi - 1, nhi / olo - 1)
            p = figs["pct"]
            stated = signed(tuple(x / 100 for x in iv(p)), sign)  # type: ignore[arg-type]
            tr = signed(tuple(x / 100 for x in trunc(p)), sign)  # type: ignore[arg-type]
            return outcome(computed, stated, tr, sign), ""
        if kind == "difference":
            nlo, nhi = iv(figs["new"])
            olo, ohi = iv(figs["old"])
            computed = (nlo - ohi, nhi - olo)
            d = figs["diff"]
            return outcome(computed, signed(iv(d), sign), signed(trunc(d), sign), sign), ""
        parts = [f for f in claim["figures"] if f["role"] == "part"]
        computed = (sum((iv(f)[0] for f in parts), Decimal(0)), sum((iv(f)[1] for f in parts), Decimal(0)))
        t = figs["total"]
        return outcome(computed, iv(t), trunc(t), 0), ""


# ---------------------------------------------------------------- documents
DEFAULT_ROLES = {"conversion": ["from", "to"]}


def build_claim(text: str, raw: dict[str, Any]) -> dict[str, Any]:
    kind = raw["kind"]
    figs = [parse_spec(s) for s in raw["figs"]]
    defaults = DEFAULT_ROLES.get(kind, [])
    after = 0
    for k, f in enumerate(figs):
        if f["role"] is None:
            if k >= len(defaults):
                raise LabelError(f"{kind} figure {f['text']!r} wants a role")
            f["role"] = defaults[k]
        start = place(text, f, after)
        f["start"], f["end"] = start, start + len(f["text"])
        after = f["end"]
    sign = {"+": 1, "-": -1}.get(raw.get("sign", ""), 0)
    if kind in ("change", "difference") and not sign:
        raise LabelError(f"a {kind} wants sign = '+' or '-'")
    need = {"conversion": {"from", "to"}, "change": {"pct", "new", "old"},
            "difference": {"diff", "new", "old"}, "sum": {"part", "total"}}[kind]
    if not need <= {f["role"] for f in figs}:
        raise LabelError(f"{kind} wants roles {sorted(need)}: {raw['figs']}")
    figs.sort(key=lambda f: f["start"])
    return {"kind": kind, "sign": sign, "figures": figs, "verb": raw.get("verb"),
            "note": raw.get("note")}


def finish(doc: dict[str, Any]) -> dict[str, Any]:
    pub = dt.date.fromisoformat(doc["published"]) if doc.get("published") else None
    claims = []
    for c in doc["claims"]:
        v, why = verdict(c, pub)
        claims.append({
            "kind": c["kind"],
            "sign": c["sign"],
            "verdict": v,
            "why": why,
            "figures": [{"text": f["text"], "start": f["start"], "end": f["end"], "role": f["role"],
                         "value": str(f["value"]), "currency": f["currency"]} for f in c["figures"]],
        })
    return {"id": doc["id"], "kind": doc["kind"], "url": doc["url"],
            "published": doc.get("published") or None, "locale": doc.get("locale") or None,
            "seed": doc.get("seed"), "text": doc["text"], "claims": claims}


def _shift(claims: list[dict[str, Any]], at: int, delta: int) -> list[dict[str, Any]]:
    out = []
    for c in claims:
        c2 = dict(c)
        figs = []
        for f in c["figures"]:
            f2 = dict(f)
            if f2["start"] >= at:
                f2["start"] += delta
                f2["end"] += delta
            figs.append(f2)
        c2["figures"] = figs
        out.append(c2)
    return out


def _mutate_digit(fig: dict[str, Any]) -> tuple[str, dict[str, Any]] | None:
    text = fig["text"]
    pos = [i for i, ch in enumerate(text) if ch.isdigit() and ch.isascii()]
    while len(pos) > len(fig["value"].as_tuple().digits) and text[pos[0]] == "0":
        pos = pos[1:]  # "0.9818": the leading zero is not one of the value's digits
    if not pos or len(pos) != len(fig["value"].as_tuple().digits):
        return None
    chars = list(text)
    digs = list(fig["value"].as_tuple().digits)
    if len(pos) >= 2 and chars[pos[0]] != chars[pos[1]] and chars[pos[1]] != "0":
        chars[pos[0]], chars[pos[1]] = chars[pos[1]], chars[pos[0]]
        digs[0], digs[1] = digs[1], digs[0]
    else:
        d = int(chars[pos[0]])
        n = d + 1 if d < 9 else 8
        chars[pos[0]] = str(n)
        digs[0] = n
    t = fig["value"].as_tuple()
    value = Decimal((t.sign, tuple(digs), t.exponent))
    return "".join(chars), {**fig, "text": "".join(chars), "value": value}


def _mutate_scale(fig: dict[str, Any]) -> tuple[str, dict[str, Any]] | None:
    if sum(fig["text"].count(ch) for ch in "兆億万亿조억만") > 1:
        return None  # "4兆6000億円": one scale word changed would not be one mistake
    for old, new, power in SCALE_SWAP:
        hits = [m.start() for m in re.finditer(re.escape(old), fig["text"])]
        if len(hits) == 1:
            t = fig["text"].replace(old, new)
            return t, {**fig, "text": t, "value": fig["value"].scaleb(-power),
                       "unit": fig["unit"].scaleb(-power)}
    return None


def _mutate_currency(fig: dict[str, Any]) -> tuple[str, dict[str, Any]] | None:
    for old, new, code in CURRENCY_SWAP:
        if old in fig["text"] and not (old == "A$" and "NZ$" in fig["text"]):
            t = fig["text"].replace(old, new, 1)
            return t, {**fig, "text": t, "currency": code, "bare": False, "generic": False}
    return None


def seeds(doc: dict[str, Any], index: int) -> list[dict[str, Any]]:
    """Seeded copies of a real document, each with one figure changed as real
    mistakes happen: one copy, two for a document of three claims or more."""
    out = _seed(doc, index, ())
    if out and len(doc["claims"]) >= 3:
        out += _seed(doc, index + 1, (out[0]["seed"]["mutation"],))
    return out


def _seed(doc: dict[str, Any], index: int, skip: tuple[str, ...]) -> list[dict[str, Any]]:
    claims = doc["claims"]
    if not claims:
        return []
    order = MUTATIONS[index % 4:] + MUTATIONS[:index % 4]
    for mutation in order:
        if mutation in skip:
            continue
        for ck in range(len(claims)):
            c = claims[(index + ck) % len(claims)]
            k = claims.index(c)
            if mutation == "verb":
                verb = c.get("verb")
                if not verb or verb not in VERB_SWAP:
                    continue
                lo = min(f["start"] for f in c["figures"])
                hi = max(f["end"] for f in c["figures"])
                m = None
                for mm in re.finditer(r"(?<!\w)" + re.escape(verb) + r"(?!\w)", doc["text"]):
                    if lo - 80 <= mm.start() <= hi:
                        m = mm
                        break
                if m is None:
                    continue
                new = VERB_SWAP[verb]
                text = doc["text"][:m.start()] + new + doc["text"][m.end():]
                delta = len(new) - len(verb)
                shifted = _shift(claims, m.start() + 1, delta)
                shifted[k] = {**shifted[k], "sign": -c["sign"]}
                return [{**doc, "id": f"{doc['id']}~verb", "kind": "seeded", "text": text,
                         "claims": shifted,
                         "seed": {"from": doc["id"], "mutation": "verb", "claim": k,
                                  "was": verb, "now": new}}]
            order_roles = ["to", "new", "total", "diff", "from", "old", "part", "pct"]
            figs = sorted(c["figures"], key=lambda f: order_roles.index(f["role"]))
            for f in figs:
                if mutation == "currency" and c["kind"] != "conversion":
                    continue
                if mutation in ("scale", "currency") and f["currency"] is None:
                    continue
                fn = {"digit": _mutate_digit, "scale": _mutate_scale,
                      "currency": _mutate_currency}[mutation]
                got = fn(f)
                if got is None:
                    continue
                new_text, new_fig = got
                text = doc["text"][:f["start"]] + new_text + doc["text"][f["end"]:]
                delta = len(new_text) - len(f["text"])
                shifted = _shift(claims, f["end"], delta)
                # every claim holding this figure sees the change
                for c2 in shifted:
                    c2["figures"] = [
                        {**new_fig, "start": g["start"], "end": g["start"] + len(new_text),
                         "role": g["role"]} if g["start"] == f["start"] else g
                        for g in c2["figures"]]
                return [{**doc, "id": f"{doc['id']}~{mutation}", "kind": "seeded", "text": text,
                         "claims": shifted,
                         "seed": {"from": doc["id"], "mutation": mutation, "claim": k,
                                  "was": f["text"], "now": new_text}}]
    return []


def build() -> list[dict[str, Any]]:
    data = tomllib.loads(LABELS.read_text(encoding="utf-8"))
    docs = []
    ids = set()
    for raw in data["doc"]:
        if raw["id"] in ids:
            raise LabelError(f"duplicate id {raw['id']}")
        ids.add(raw["id"])
        try:
            claims = [build_claim(raw["text"], c) for c in raw.get("claims", [])]
        except LabelError as exc:
            raise LabelError(f"{raw['id']}: {exc}") from None
        docs.append({"id": raw["id"], "kind": "real", "url": raw["url"],
                     "published": raw.get("published", ""), "locale": raw.get("locale", ""),
                     "text": raw["text"], "claims": claims, "seed": None})
    out = [finish(d) for d in docs]
    for i, d in enumerate(docs):
        out.extend(finish(s) for s in seeds(d, i))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="exit 1 when the set is not current")
    args = ap.parse_args(argv)
    rows = build()
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if args.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            sys.stderr.write(f"{OUT.relative_to(ROOT)} is not current: run scripts/label_claims.py\n")
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    real = sum(1 for r in rows if r["kind"] == "real")
    n = sum(len(r["claims"]) for r in rows)
    sys.stdout.write(f"{len(rows)} documents ({real} real, {len(rows) - real} seeded), {n} claims\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
