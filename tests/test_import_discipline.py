"""``import finnorm`` stays light (STYLE.md, "Import discipline").

pint alone costs 0.3-0.8 s to import, forex-python drags in requests, pandas
and numpy are heavier still. None of them may load for ``import finnorm``, and
pint/requests may not load for parsing a plain amount either. Each check runs
in a fresh interpreter, so nothing the test session imported leaks in.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import finnorm

HEAVY = ("pint", "forex_python", "requests", "pandas", "numpy", "pyarrow", "polars", "dask",
         "distributed", "cloudpickle")
COLUMNAR = ("pandas", "numpy", "pyarrow", "polars", "dask", "distributed")
PKG_PARENT = str(Path(finnorm.__file__).resolve().parent.parent)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = PKG_PARENT + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def _run(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [sys.executable, *args, "-c", code], check=False, capture_output=True, text=True, env=_env(), timeout=120
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc


def imported_by_importtime(code: str) -> set[str]:
    """Top-level names of every module ``python -X importtime -c code`` imported."""
    stderr = _run(code, "-X", "importtime").stderr
    names = set()
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        name = line.rsplit("|", 1)[1].strip()
        if name and name != "package":  # header line: "self [us] | cumulative | imported package"
            names.add(name.split(".")[0])
    return names


def loaded_after(code: str) -> set[str]:
    """Top-level names in ``sys.modules`` after running ``code``."""
    probe = code + "\nimport sys, json\nprint(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))"
    return set(json.loads(_run(probe).stdout.strip().splitlines()[-1]))


def test_importtime_parser_sees_imports() -> None:
    # the check must be able to fail: a heavy-ish stdlib import shows up
    assert {"finnorm", "json", "pint"} <= imported_by_importtime("import finnorm, json, pint")


def test_import_finnorm_is_light() -> None:
    names = imported_by_importtime("import finnorm")
    assert "finnorm" in names
    assert sorted(names & set(HEAVY)) == []


def test_parse_plain_amount_stays_light() -> None:
    names = loaded_after("import finnorm\nassert finnorm.parse('$5').amount == 5")
    assert "finnorm" in names
    assert sorted(names & {"pint", "requests", "forex_python", "pandas", "numpy"}) == []


def test_cli_module_import_is_light() -> None:
    names = imported_by_importtime("import finnorm.cli")
    assert sorted(names & set(HEAVY)) == []


def test_cli_parse_stays_light() -> None:
    # `finnorm parse` must not pay for pint/requests/pandas either (bench/bench_startup.py)
    names = loaded_after(
        "import contextlib, io\nfrom finnorm.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n    assert main(['parse', '$5']) == 0"
    )
    assert sorted(names & set(HEAVY)) == []


def test_columnar_core_and_streaming_stay_light() -> None:
    # finnorm.batch and finnorm.stream need nothing but the standard library
    names = imported_by_importtime("import finnorm, finnorm.batch, finnorm.stream")
    assert sorted(names & set(HEAVY)) == []
    names = loaded_after("import finnorm\nlist(finnorm.batch.extract_records(['$5']))"
                         "\nlist(finnorm.iter_extract('$5 and €3'))".replace(
                             "finnorm.batch", "__import__('finnorm.batch').batch"))
    assert sorted(names & set(COLUMNAR)) == []


def test_cli_extract_stays_light_unless_parquet() -> None:
    names = loaded_after(
        "import contextlib, io, sys\nfrom finnorm.cli import main\n"
        "sys.stdin = io.TextIOWrapper(io.BytesIO(b'a loss of $5 billion'))\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    assert main(['extract', '-', '-f', 'jsonl']) == 0"
    )
    assert sorted(names & set(HEAVY)) == []


def test_each_adapter_loads_only_its_engine() -> None:
    for mod, allowed in (("finnorm.arrow", {"pyarrow", "numpy"}),
                         ("finnorm.polars", {"polars"}),
                         ("finnorm.pandas", {"pandas", "numpy", "pyarrow"})):
        names = imported_by_importtime(f"import {mod}")
        assert sorted((names & set(COLUMNAR)) - allowed) == [], mod
        assert mod.split(".")[1] in names or allowed & names, mod
