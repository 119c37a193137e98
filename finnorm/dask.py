"""Dask: the money mentions of a corpus of text files, read by the workers (``finnorm[dask]``).

:func:`extract_text_files` lists the files (names and sizes only: the client
never reads the corpus), groups them into partitions of about ``blocksize``
bytes, and gives a lazy ``dask.dataframe.DataFrame`` whose tasks each open
their own files on a worker, stream them through
:func:`finnorm.stream.iter_extract` and return the mentions as a pandas frame
(the columns of :func:`finnorm.pandas.extract_meta`, Arrow-backed so that
amounts stay ``decimal128(38, 9)`` through Dask; ``id`` is the file's path).
Memory per worker is bounded by the partition, whatever the size of the
corpus.

>>> import pathlib, tempfile
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a.txt").write_text("A loss of ¥670.9 billion (A$7.1 billion).", encoding="utf-8")
>>> _ = (d / "b.txt").write_text("No money here.", encoding="utf-8")
>>> ddf = extract_text_files(str(d / "*.txt"))
>>> ddf.npartitions, list(ddf.columns[:4])
(1, ['id', 'match', 'mention', 'start'])
>>> df = ddf.compute(scheduler="sync")
>>> [(pathlib.Path(i).name, m) for i, m in zip(df["id"], df["mention"])]
[('a.txt', '¥670.9 billion'), ('a.txt', 'A$7.1 billion')]

For text already in a Dask DataFrame, map the pandas adapter over the
partitions (see the "Columns and clusters" page)::

    ddf["text"].map_partitions(
        finnorm.pandas.extract, flat=True, dtype_backend="pyarrow",
        meta=finnorm.pandas.extract_meta(ddf.index.dtype, dtype_backend="pyarrow"))
"""
from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

import dask.dataframe as dd
import pandas as pd

from . import batch as _batch

if TYPE_CHECKING:  # pragma: no cover
    from .fiscal import Calendar

__all__ = ["BLOCKSIZE", "extract_text_files", "read_file_mentions"]

#: bytes of text per partition, by default (files are never split). A megabyte of
#: prose is seconds of work, so a task's overhead (milliseconds) is nothing, and small
#: partitions keep every worker busy to the end: with 4 MB, eight 1 MB files made three
#: partitions of 3, 3 and 2 files, and one of two workers read five files to the other's
#: three (1.33x over one process instead of 1.69x).
BLOCKSIZE = 1_000_000


def read_file_mentions(
    path: str,
    *,
    fs: Any = None,
    locale: str | None = None,
    calendar: Calendar | str | None = None,
    errors: str = "raise",
    **options: Any,
) -> list[_batch.MentionRecord]:
    """The mention records of one file (``id`` is ``path``), read in windows.

    The bytes are decoded by byte-order mark, else strictly as UTF-8 (as the
    command line reads files); ``fs`` is an fsspec filesystem (default: the
    local one). With ``errors="coerce"`` a file that cannot be read or
    decoded gives one record with ``error`` set.
    """
    from .stream import iter_extract

    _batch._check_errors(errors)
    try:
        if fs is None:
            fh: Any = open(path, "rb")  # noqa: SIM115 - closed below
        else:
            fh = fs.open(path, "rb")
        with fh:
            found = list(iter_extract(fh, locale=locale, calendar=calendar, **options))
    except Exception as exc:
        if errors == "raise":
            raise _batch._noted(exc, path) from None
        return [_batch._error_record(path, str(exc))]
    return _batch.mention_records(path, found)


def _partition(paths: list[str], fs: Any, kwargs: dict[str, Any]) -> pd.DataFrame:
    """One partition: the mentions of ``paths``, read on the worker that runs it.

    Each file's mentions become Arrow columns as soon as it is read, so a
    worker holds Python objects for one file at a time.
    """
    import pyarrow as pa

    from .arrow import mentions_schema, records_batch

    schema = mentions_schema(pa.string())
    batches = [records_batch(read_file_mentions(p, fs=fs, **kwargs), schema=schema,
                             errors=kwargs["errors"]) for p in paths]
    table = pa.Table.from_batches(batches, schema=schema)
    return table.to_pandas(types_mapper=pd.ArrowDtype)


def _groups(paths: list[str], sizes: list[int], blocksize: int) -> list[list[str]]:
    """Consecutive files in groups of about ``blocksize`` bytes (at least one file each).

    >>> _groups(["a", "b", "c", "d"], [5, 5, 12, 1], 10)
    [['a', 'b'], ['c'], ['d']]
    """
    groups: list[list[str]] = []
    current: list[str] = []
    size = 0
    for p, n in zip(paths, sizes):
        if current and size + n > blocksize:
            groups.append(current)
            current, size = [], 0
        current.append(p)
        size += n
    if current:
        groups.append(current)
    return groups


def extract_text_files(
    urlpath: str | list[str],
    *,
    locale: str | None = None,
    calendar: Calendar | str | None = None,
    errors: str = "raise",
    blocksize: int = BLOCKSIZE,
    storage_options: dict[str, Any] | None = None,
    **options: Any,
) -> dd.DataFrame:
    """A lazy Dask DataFrame of the money mentions of every file ``urlpath`` names.

    ``urlpath`` is a glob (``"corpus/*.txt"``), a list of paths, or any
    fsspec URL (``"s3://bucket/filings/*.txt"`` with ``storage_options``).
    Each partition holds whole files, about ``blocksize`` bytes of them, and
    is read by the worker that computes it. ``locale``, ``calendar``,
    ``errors`` and other keywords are those of
    :func:`finnorm.stream.iter_extract` / :func:`finnorm.batch.extract_records`;
    the locale and calendar are checked here, before any task runs.
    """
    from fsspec.core import get_fs_token_paths

    from .pandas import extract_meta

    _batch._check_errors(errors)
    cal = _batch._settle(locale, calendar)
    fs, _, paths = get_fs_token_paths(urlpath, mode="rb", storage_options=storage_options)
    paths = sorted(paths)
    if not paths:
        raise FileNotFoundError(f"no files match {urlpath!r}")
    sizes = [int(fs.size(p) or 0) for p in paths]
    kwargs = dict(options, locale=locale, calendar=cal, errors=errors)
    local = type(fs).__name__ == "LocalFileSystem"
    parts = _groups(paths, sizes, blocksize)
    ddf: dd.DataFrame = dd.from_map(  # type: ignore[no-untyped-call]
        functools.partial(_partition, fs=None if local else fs, kwargs=kwargs), parts,
        meta=extract_meta("str", dtype_backend="pyarrow"), label="finnorm-extract",
        enforce_metadata=False)
    return ddf
