"""Spark's mapInArrow with finnorm.arrow.extract_batches (opt-in: ``pytest -m spark``).

Needs pyspark and Java; kept out of the default run (and of CI) by the
``spark`` marker, and skipped when either is missing.
"""
from __future__ import annotations

import functools
import os
import shutil
import sys
from collections.abc import Iterator
from typing import Any

import pytest

pytestmark = pytest.mark.spark

TEXTS = [
    (1, "Nissan posted a net loss of ¥670.9 billion (A$7.1 billion) for FY2024."),
    (2, None),
    (3, "Revenue of about €3bn–€4bn, and ($12.3 million) in charges."),
    (4, "No figures."),
]


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    pytest.importorskip("pyspark")
    if shutil.which("java") is None:
        pytest.skip("Spark needs Java")
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    session = (SparkSession.builder.master("local[2]").appName("finnorm-test")
               .config("spark.driver.host", "127.0.0.1")
               .config("spark.driver.bindAddress", "127.0.0.1")
               .config("spark.ui.enabled", "false")
               .config("spark.sql.shuffle.partitions", "2")
               .getOrCreate())
    yield session
    session.stop()


def test_map_in_arrow_equals_extract_table(spark: Any) -> None:
    import pyarrow as pa

    import finnorm.arrow as fa

    df = spark.createDataFrame(TEXTS, "id bigint, text string").repartition(2)
    out = df.mapInArrow(functools.partial(fa.extract_batches, errors="coerce"),
                        schema=fa.mentions_ddl("bigint"))
    got = sorted((r["id"], r["match"], r["mention"], r["amount"], r["currency"], r["period"])
                 for r in out.collect())
    want_t = fa.extract_table([t for _, t in TEXTS], ids=pa.array([i for i, _ in TEXTS]))
    want = sorted((r["id"], r["match"], r["mention"], r["amount"], r["currency"], r["period"])
                  for r in want_t.to_pylist())
    assert got == want and len(got) == 4
