#!/usr/bin/env python
"""Build finnorm/data/ecb_eurofxref.bin from the ECB's eurofxref-hist history.

Reproducible: the same input gives byte-identical output (zlib level 9, rows
sorted by date, rates kept as the published strings).

Usage::

    python scripts/build_ecb_data.py                 # from the installed currency_converter package
    python scripts/build_ecb_data.py PATH.zip|PATH.csv [OUT]

The input is the ECB's own ``eurofxref-hist.zip`` (or the CSV inside it); by
default the copy shipped inside the ``currency_converter`` package is used.
"""
from __future__ import annotations

import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from finnorm.rates.ecb import EMBEDDED_PATH, EcbRates, build_blob, csv_from_download  # noqa: E402


def default_input() -> str:
    import importlib.util

    spec = importlib.util.find_spec("currency_converter")
    if spec is None or spec.origin is None:
        sys.exit("currency_converter is not installed; pass the path of eurofxref-hist.zip")
    return os.path.join(os.path.dirname(spec.origin), "eurofxref-hist.zip")


def main(argv: list[str]) -> int:
    src = argv[1] if len(argv) > 1 else default_input()
    out = argv[2] if len(argv) > 2 else EMBEDDED_PATH
    with open(src, "rb") as fh:
        payload = fh.read()
    blob = build_blob(csv_from_download(payload))
    cov = EcbRates(data=blob).coverage()
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "wb") as fh:
        fh.write(blob)
    print(
        f"{out}: {len(blob)} bytes, {cov.days} days {cov.first}..{cov.last}, "
        f"{len(cov.currencies)} currencies, input sha256 {hashlib.sha256(payload).hexdigest()[:16]}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
