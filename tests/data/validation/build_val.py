#!/usr/bin/env python3
"""Build ``tests/data/validation/val_*.jsonl`` from the hand-labelled sources in ``src/``.

A copy of ``tests/data/build_real.py`` adapted to the validation set (paths,
ids ``val_<stem>-<n>``) plus one more check: a case whose page is already a
source of the development sets (``tests/data/real_*.jsonl``) is a warning, and
the number of cases from sites the development sets also use is printed.

Standard library only; it does NOT import finnorm (labels must never follow the
reader's behaviour).  Usage, from the project root::

    python tests/data/validation/build_val.py          # write the jsonl files, print checks
    python tests/data/validation/build_val.py --check  # only check, write nothing

Source format (``src/<stem>.txt`` -> ``val_<stem>.jsonl``), UTF-8::

    lang: fi              # file defaults (may be overridden per case)
    locale: fi_FI

    src: https://...      # one block per case, blocks separated by blank lines
    date: 2021-03-01      # optional
    locale: fi_FI         # optional override; also lang:
    text: <the verbatim sentence, one line>
    = <mention> | <amount> | <CUR or null>
    = <mention>@2 | ...   # @n: the n-th occurrence of <mention> in text
    note: ...             # optional

``<mention>`` is the exact substring of ``text`` covering the whole money
mention; its position gives ``span``.  No ``=`` line means the text holds no
amount of money (``expect: []``).  Lines starting with ``#`` are comments.

Checks (printed; ``--strict`` makes any warning fatal):
  * the mention is found in the text (hard error otherwise);
  * the significant digits of the numerals inside the mention equal the
    significant digits of the labelled amount (catches typing slips and a
    scale off by 10^k only through the digits -- the scale itself is checked
    by the second rule);
  * the ratio amount / numeral (decimal comma or point as written) is 1 or a
    power of ten that a scale word in the mention can account for;
  * a negative amount needs an explicit sign in the mention (-, −, (, △, ▲).
Warnings are reviewed by hand; a block may carry ``check: skip`` after review
(compound numbers like 1兆970億 or spelled-out numerals).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from decimal import Decimal
from pathlib import Path
from urllib.parse import urlparse

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
DEV = HERE.parent  # tests/data: the development sets real_*.jsonl
PREFIX = "val"
# Earlier sets whose pages a later set must not reuse: (directory, file glob).
USED = [(DEV, "real_*.jsonl")]


def use_set(directory: Path) -> None:
    """Build another measurement set (e.g. ``tests/data/validation2``) with this
    builder: ``<dir>/src/<stem>.txt`` -> ``<dir>/<prefix>_<stem>.jsonl``, the
    prefix being the set's name (``val2``); the pages of every other
    validation set count as used, like those of the development sets."""
    global HERE, SRC, PREFIX, DEV_PAGES, DEV_HOSTS
    for d in sorted(DEV.glob("validation*")):
        if d.is_dir() and d.resolve() != directory.resolve():
            USED.append((d, "val*_*.jsonl"))
    HERE = directory.resolve()
    SRC = HERE / "src"
    PREFIX = "val" + HERE.name.removeprefix("validation")
    DEV_PAGES, DEV_HOSTS = dev_sources()


def host(url: str) -> str:
    h = urlparse(url).netloc.lower()
    return h[4:] if h.startswith("www.") else h


def dev_sources() -> tuple[set[str], set[str]]:
    pages: set[str] = set()
    for p in (f for d, pat in USED for f in d.glob(pat)):
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip():
                pages.add(json.loads(line)["source"])
    return pages, {host(u) for u in pages}


DEV_PAGES, DEV_HOSTS = dev_sources()

FIELDS = {"src", "date", "locale", "lang", "text", "note", "check", "id"}


def parse_src(path: Path) -> tuple[dict, list[dict]]:
    defaults: dict = {}
    cases: list[dict] = []
    cur: dict | None = None
    lines = path.read_text(encoding="utf-8").split("\n")
    for n, raw in enumerate(lines, 1):
        line = raw.rstrip("\r")
        if line.startswith("#"):
            continue
        if not line.strip():
            if cur is not None:
                cases.append(cur)
                cur = None
            continue
        if line.startswith("= ") or line == "=":
            if cur is None:
                raise SystemExit(f"{path.name}:{n}: item outside a case")
            parts = [p.strip() for p in line[2:].split(" | ")]
            if len(parts) != 3:
                raise SystemExit(f"{path.name}:{n}: item needs 'mention | amount | CUR': {line!r}")
            # keep the mention exactly (only strip the separator spaces)
            mention = line[2:].split(" | ")[0]
            cur.setdefault("items", []).append((mention, parts[1], parts[2], n))
            continue
        key, sep, value = line.partition(": ")
        if not sep or key not in FIELDS:
            raise SystemExit(f"{path.name}:{n}: cannot read line {line!r}")
        if cur is None:
            if key in ("lang", "locale") and not cases and "src" not in defaults:
                defaults[key] = value
                continue
            cur = {"_line": n}
        if key in cur:
            raise SystemExit(f"{path.name}:{n}: {key} twice in one case")
        cur[key] = value
    if cur is not None:
        cases.append(cur)
    return defaults, cases


NATIVE = {}
for block in ("٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹", "०१२३४५६७८९", "๐๑๒๓๔๕๖๗๘๙", "০১২৩৪৫৬৭৮৯",
              "０１２３４５６７８９"):
    for i, ch in enumerate(block):
        NATIVE[ch] = str(i)


def ascii_digits(s: str) -> str:
    return "".join(NATIVE.get(c, c) for c in s)


def sig(digits: str) -> str:
    return digits.lstrip("0").rstrip("0") or "0"


def amount_sig(amount: str) -> str:
    return sig(amount.lstrip("-").replace(".", ""))


SCALE_HINT = re.compile(
    r"(\bme\b|εκ|δισ|δις|ਕਰੋੜ|ਲੱਖ|تريليون|ترليون|مليارات|billió|trilió|мільярд|мільйон|billon|biljo|bilh|m€|\bme\b|mds|\bmd\b|thousand|million|mn|mln|billion|bn|trillion|crore|lakh|cr|lac|k\b|m\b|b\b|t\b|tn\b|"
    r"tausend|mio|mrd|milliard|md|tsd|mil|milh|bilh|mill|miljon|miljoon|miljard|mia|\bma\.|mkr|meur|"
    r"tuhat|tuhatta|tys|tis|mln|mld|mil|ezer|millió|milliárd|mii|milioane|miliard|χιλ|εκατ|δισ|"
    r"тыс|млн|млрд|трлн|тис|хиляди|милион|милиард|"
    r"万|萬|億|亿|兆|千|百|십|백|천|만|억|조|"
    r"हज़ार|हजार|लाख|करोड़|करोड|अर्ब|अर्व|अरब|ألف|آلاف|مليون|ملايين|مليار|ملیون|میلیون|میلیارد|هزار|"
    r"אלף|מיליון|מיליארד|พัน|หมื่น|แสน|ล้าน|nghìn|ngàn|triệu|tỷ|tỉ|ribu|rb|juta|jt|miliar|triliun|"
    r"bilion|trilion|bin|milyon|milyar|trilyon|tys|tūkst|milj|mlrd|tuh|tūkst|milijon|milijard|"
    r"milijun|milijard|ezer|mln|bln|trln)",
    re.IGNORECASE)


def numerals(mention: str) -> list[str]:
    return re.findall(r"\d[\d.,'’ \u00a0\u202f٬٫]*\d|\d", ascii_digits(mention))


def check_item(text: str, mention: str, amount: str, warn) -> None:
    try:
        a = Decimal(amount)
    except Exception:
        warn(f"amount {amount!r} is not a decimal")
        return
    if "e" in amount.lower() or (("." in amount) and amount.endswith("0")):
        warn(f"amount {amount!r} not normalised (no exponent, no trailing zeros)")
    if a < 0 and not (any(ch in mention for ch in "-−–(△▲")
                      or re.search(r"minus|menos|moins|eksi|минус|مينس|マイナス", mention, re.I)):
        warn(f"negative amount {amount} without a sign in {mention!r}")
    nums = numerals(mention)
    if not nums:
        warn(f"no digits in mention {mention!r} (spelled-out number?)")
        return
    digits = "".join(re.sub(r"\D", "", n) for n in nums)
    if sig(digits) != amount_sig(amount):
        warn(f"digits of {mention!r} ({sig(digits)}) != digits of {amount} ({amount_sig(amount)})")
        return
    if len(nums) == 1 and a != 0:
        # read the numeral both ways and see whether the ratio is a power of 10
        n = re.sub(r"[ \u00a0\u202f'’]", "", nums[0])
        readings = set()
        for dec in (".", ","):
            grp = "," if dec == "." else "."
            s = n.replace("٬", grp).replace("٫", dec)
            if s.count(dec) > 1:
                continue
            try:
                readings.add(Decimal(s.replace(grp, "").replace(dec, ".")))
            except Exception:
                pass
        ok = False
        for r in readings:
            if r == 0:
                continue
            ratio = abs(a) / r
            if ratio == 1:
                ok = True
            elif ratio == ratio.to_integral_value() and set(str(int(ratio))[1:]) <= {"0"} \
                    and str(int(ratio))[0] == "1":
                if SCALE_HINT.search(mention):
                    ok = True
            elif ratio in (Decimal("0.01"), Decimal("0.001")):
                ok = True  # minor units (cents) or thousands-tables are flagged below
        if not ok:
            warn(f"{amount} is not {nums[0]} times a scale found in {mention!r}")


def build(stem: str, strict: bool, write: bool) -> tuple[int, int, int]:
    path = SRC / f"{stem}.txt"
    defaults, cases = parse_src(path)
    out = []
    n_warn = 0
    n_devhost = 0
    seen_text = set()
    for k, c in enumerate(cases, 1):
        cid = f"{PREFIX}_{stem}-{k}"

        def warn(msg, _cid=cid, _c=c):
            nonlocal n_warn
            if _c.get("check") == "skip":
                return
            if msg.startswith("no digits") and "spelled" in (_c.get("note") or ""):
                return
            n_warn += 1
            print(f"  WARN {cid} (line {_c['_line']}): {msg}")

        text = c.get("text")
        if text is None or "src" not in c:
            raise SystemExit(f"{path.name}:{c['_line']}: case without text or src")
        if text != text.strip():
            warn("text has leading/trailing whitespace")
        if text in seen_text:
            warn("duplicate text")
        if c["src"] in DEV_PAGES:  # never silenced by "check: skip"
            n_warn += 1
            print(f"  WARN {cid} (line {c['_line']}): page already used by the development "
                  "sets or another validation set")
        if host(c["src"]) in DEV_HOSTS:
            n_devhost += 1
        seen_text.add(text)
        lang = c.get("lang", defaults.get("lang"))
        locale = c.get("locale", defaults.get("locale"))
        expect = []
        for mention, amount, cur, line_no in c.get("items", []):
            occ = 1
            m = re.fullmatch(r"(.*)@(\d+)", mention)
            if m:
                mention, occ = m.group(1), int(m.group(2))
            pos = -1
            for _ in range(occ):
                pos = text.find(mention, pos + 1)
                if pos < 0:
                    raise SystemExit(f"{path.name}:{line_no}: mention {mention!r} "
                                     f"(occurrence {occ}) not in text of {cid}")
            end = pos + len(mention)
            cut = False
            if mention[-1:].isdigit() and end < len(text):
                nxt = text[end:end + 2]
                cut = nxt[:1].isdigit() or (len(nxt) == 2 and nxt[0] in ".,٫" and nxt[1].isdigit())
            if mention[:1].isdigit() and pos > 0:
                prv = text[max(0, pos - 2):pos]
                cut = cut or prv[-1:].isdigit() or (len(prv) == 2 and prv[1] in ".,٫" and prv[0].isdigit())
            if cut:  # never silenced by "check: skip"
                n_warn += 1
                print(f"  WARN {cid} (line {line_no}): mention {mention!r} cuts a number in the text")
            if mention != mention.strip():
                warn(f"mention {mention!r} has outer whitespace")
            check_item(text, mention, amount, warn)
            currency = None if cur in ("null", "-", "") else cur
            if currency is not None and not re.fullmatch(r"[A-Z]{3}", currency):
                raise SystemExit(f"{path.name}:{line_no}: bad currency {cur!r}")
            amt = str(Decimal(amount))
            expect.append({"amount": amt, "currency": currency,
                           "span": [pos, pos + len(mention)]})
        # sanity: spans in text order
        if [e["span"] for e in expect] != sorted(e["span"] for e in expect):
            warn("items not in text order")
        rec = {"id": cid, "text": text, "lang": lang}
        if locale:
            rec["locale"] = locale
        rec["expect"] = expect
        rec["source"] = c["src"]
        if c.get("date"):
            rec["date"] = c["date"]
        if c.get("note"):
            rec["note"] = c["note"]
        if unicodedata.normalize("NFC", text) != text:
            warn("text is not NFC (kept as is)")
        out.append(rec)
    if write:
        dest = HERE / f"{PREFIX}_{stem}.jsonl"
        with dest.open("w", encoding="utf-8") as fh:
            for rec in out:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    n_items = sum(len(r["expect"]) for r in out)
    print(f"{stem}: {len(out)} cases, {n_items} expected amounts, {n_warn} warnings"
          + (f" ({n_devhost} cases from sites the development sets also use)" if n_devhost else ""))
    if strict and n_warn:
        raise SystemExit(1)
    return len(out), n_items, n_warn


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("stems", nargs="*")
    ap.add_argument("--check", action="store_true", help="write nothing")
    ap.add_argument("--strict", action="store_true", help="warnings are errors")
    ap.add_argument("--set", type=Path, help="build another set: its directory (holding src/)")
    args = ap.parse_args()
    if args.set:
        use_set(args.set)
    stems = args.stems or sorted(p.stem for p in SRC.glob("*.txt"))
    tot = [0, 0, 0]
    for stem in stems:
        r = build(stem, args.strict, not args.check)
        tot = [x + y for x, y in zip(tot, r)]
    print(f"TOTAL: {tot[0]} cases, {tot[1]} expected amounts, {tot[2]} warnings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
