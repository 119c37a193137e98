"""Everything the columnar layer hands to a worker pickles: pickle and cloudpickle."""
from __future__ import annotations

import importlib
import pickle
import sys
import types
from typing import Any

import cloudpickle
import pytest

import finnorm

MODULES = ["finnorm", "finnorm.batch", "finnorm.stream", "finnorm.arrow", "finnorm.pandas",
           "finnorm.polars", "finnorm.dask"]


def _public() -> list[tuple[str, str]]:
    out = []
    for mod in MODULES:
        try:
            m = importlib.import_module(mod)
        except ImportError:  # pragma: no cover - an extra not installed
            continue
        out += [(mod, name) for name in m.__all__]
    return out


def _callable_module_trick() -> bool:
    """finnorm.convert is a callable module object (a known gap, being fixed elsewhere)."""
    importlib.import_module("finnorm.convert")
    return isinstance(getattr(finnorm, "convert", None), types.ModuleType)


@pytest.mark.parametrize(("mod", "name"), _public(), ids=lambda v: str(v))
@pytest.mark.parametrize("dumps", [pickle.dumps, cloudpickle.dumps], ids=["pickle", "cloudpickle"])
def test_public_objects_pickle(mod: str, name: str, dumps: Any) -> None:
    obj = getattr(sys.modules[mod], name)
    if (mod, name) == ("finnorm", "convert") and _callable_module_trick():
        pytest.xfail("finnorm.convert is a module object until the _CallableModule trick goes")
    back = pickle.loads(dumps(obj))
    if isinstance(obj, (type, types.FunctionType, types.BuiltinFunctionType)):
        assert back is obj
    else:
        assert back == obj


def test_values_pickle() -> None:
    from finnorm.batch import extract_records

    text = "a loss of ¥670.9 billion in the 2024 Japanese financial year"
    values = [finnorm.extract(text)[0], finnorm.Money("5", "USD"), finnorm.calendar("JP"),
              next(extract_records([text])), finnorm.RateUnavailableError("no", currency="TWD")]
    for v in values:
        for dumps in (pickle.dumps, cloudpickle.dumps):
            back = pickle.loads(dumps(v))
            if isinstance(v, Exception):
                assert type(back) is type(v) and str(back) == str(v)
            else:
                assert back == v


def test_partials_for_workers_pickle() -> None:
    import functools

    fa = pytest.importorskip("finnorm.arrow")
    fn = functools.partial(fa.extract_batches, locale="en_AU", calendar=finnorm.calendar("JP"))
    back = pickle.loads(pickle.dumps(fn))
    assert back.func is fa.extract_batches and back.keywords["calendar"] == finnorm.calendar("JP")


_TRICK = "_CallableModule" in (
    __import__("pathlib").Path(finnorm.__file__).parent / "convert.py").read_text(encoding="utf-8")


@pytest.mark.xfail(_TRICK, strict=True, reason="finnorm.convert is a callable module object "
                   "once the submodule is imported (the periods-and-rates work removes it)")
def test_convert_pickles_after_its_module_is_imported() -> None:
    import subprocess

    code = ("import finnorm.convert, finnorm, pickle, cloudpickle\n"
            "for dumps in (pickle.dumps, cloudpickle.dumps):\n"
            "    assert pickle.loads(dumps(finnorm.convert)) is finnorm.convert\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr[-500:]


@pytest.mark.parametrize("text,locale", [
    ("between $5 and $6 million", None),                      # a range: upper
    ("petrol at €1.79 per litre", None),                       # a unit price: per
    ("RM3.4 bilion", "en"),                                    # uncertain, alternatives
    ("revenue of ¥1.2 trillion in fiscal 2024", "ja_JP"),      # a period
    ("about 5 million kronor", "sv"),                          # a hedge, a word currency
    ("-€12,50", "de"),                                         # a sign, decimal comma
])
def test_every_mention_field_survives_pickle(text: str, locale: str | None) -> None:
    found = finnorm.extract(text, locale=locale)
    assert found
    for m in found:
        for dumps in (pickle.dumps, cloudpickle.dumps):
            back = pickle.loads(dumps(m))
            assert back == m and hash(back) == hash(m)
            assert type(back.money.amount) is type(m.money.amount)
            assert [type(a) for a in back.alternatives] == [type(a) for a in m.alternatives]
