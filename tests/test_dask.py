"""finnorm.dask on a real LocalCluster: workers read the files, rows equal serial extract."""
from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")

# one test process holds the session's LocalCluster (pytest-xdist, --dist loadgroup)
pytestmark = pytest.mark.xdist_group("dask")

import finnorm  # noqa: E402
import finnorm.dask as fdk  # noqa: E402
from finnorm.batch import mention_records  # noqa: E402
from finnorm.stream import decode  # noqa: E402

SENTENCES = [
    "Nissan posted a net loss of ¥670.9 billion (A$7.1 billion) for FY2024.",
    "Revenue rose to about €3bn–€4bn in the 2023 financial year.",
    "It booked ($12.3 million) in charges.",
    "Shares closed at $41.20 on Friday.",
    "No figures were given.",
    "売上高は6709億円だった。",
]


@pytest.fixture(scope="session")
def client() -> Iterator[Any]:
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       host="127.0.0.1", dashboard_address=None,
                                       # the scheduler's HTTP server (health, metrics) starts even
                                       # without a dashboard, on 8787 unless told: a free port
                                       scheduler_kwargs={"dashboard_address": "127.0.0.1:0"})
    with cluster, distributed.Client(cluster) as c:
        yield c


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("corpus")
    rng = random.Random(5)
    for k in range(12):
        text = "\r\n\r\n".join(" ".join(rng.choice(SENTENCES) for _ in range(rng.randint(1, 5)))
                               for _ in range(rng.randint(5, 60)))
        enc = "utf-16" if k == 3 else "utf-8"
        (d / f"doc{k:02d}.txt").write_bytes(text.encode(enc))
    (d / "empty.txt").write_bytes(b"")
    return d


def serial(corpus: Path, **kw: Any) -> list[tuple[Any, ...]]:
    out = []
    for p in sorted(corpus.glob("*.txt")):
        text = decode(p.read_bytes())
        out += [tuple(r) for r in mention_records(str(p), finnorm.extract(text, **kw))]
    return out


def rows(df: Any) -> list[tuple[Any, ...]]:
    from columns_cases import none

    out = []
    for rec in df.itertuples(index=False):
        vals = []
        for v in rec:
            v = none(v)
            if isinstance(v, list):
                v = tuple(v)
            vals.append(v)
        out.append(tuple(vals))
    return out


def normal(recs: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    out = []
    for r in recs:
        r = list(r)
        r[13] = tuple({"amount": m.amount, "currency": m.currency, "per": m.per} for m in r[13])
        out.append(tuple(r))
    return out


def test_cluster_rows_equal_serial_extract(client: Any, corpus: Path) -> None:
    ddf = fdk.extract_text_files(str(corpus / "*.txt"), calendar="JP", blocksize=20_000)
    assert ddf.npartitions > 2
    got = client.compute(ddf).result()
    assert client.run(lambda: 1) and len(client.scheduler_info()["workers"]) == 2
    want = normal(serial(corpus, calendar="JP"))
    assert len(want) > 50
    assert rows(got) == want


def test_the_client_reads_no_file(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    opened = []
    real_open = builtins.open

    def spy(file: Any, *a: Any, **k: Any) -> Any:
        opened.append(str(file))
        return real_open(file, *a, **k)

    monkeypatch.setattr(builtins, "open", spy)
    ddf = fdk.extract_text_files(str(corpus / "*.txt"))
    assert not [p for p in opened if p.startswith(str(corpus))]
    monkeypatch.undo()
    assert len(ddf.compute(scheduler="sync")) == len(serial(corpus))


def test_errors_coerce_a_bad_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("€3bn", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"caf\xe9 $5")
    ddf = fdk.extract_text_files(str(tmp_path / "*.txt"), errors="coerce")
    df = ddf.compute(scheduler="sync")
    assert df["mention"].tolist()[0] == "€3bn"
    assert "not UTF-8" in df["error"].tolist()[1]
    with pytest.raises(finnorm.ParseError):
        fdk.extract_text_files(str(tmp_path / "*.txt")).compute(scheduler="sync")


def test_arguments_checked_in_the_client(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("€3bn", encoding="utf-8")
    with pytest.raises(finnorm.UnknownLocaleError):
        fdk.extract_text_files(str(tmp_path / "*.txt"), locale="xx_YY")
    with pytest.raises(FileNotFoundError):
        fdk.extract_text_files(str(tmp_path / "*.nope"))


def test_map_partitions_recipe(client: Any) -> None:
    import pandas as pd

    import finnorm.pandas as fp

    pdf = pd.DataFrame({"text": SENTENCES * 3})
    ddf = dd.from_pandas(pdf, npartitions=3)
    got = ddf["text"].map_partitions(fp.extract, flat=True, dtype_backend="pyarrow",
                                     meta=fp.extract_meta("int64", dtype_backend="pyarrow"))
    res = client.compute(got).result()
    want = fp.extract(pdf["text"], flat=True, dtype_backend="pyarrow")
    assert res.reset_index(drop=True).equals(want)
