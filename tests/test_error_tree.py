"""Every error finnorm raises is a :class:`finnorm.FinnormError`.

A static sweep: a ``raise`` of a builtin exception is allowed only at the internal
sites listed here (caught inside finnorm, or a broken data file found by the build
tests), so a new public check that raises a bare ``ValueError`` fails this test.
"""
from __future__ import annotations

import ast
import inspect
import pathlib
import pickle

import pytest

import finnorm
import finnorm.errors as fe
from finnorm.batch import DecimalRangeError
from finnorm.claims import CheckError
from finnorm.claims.vocab import VocabError
from finnorm.rates import UnknownRateSourceError

PKG = pathlib.Path(finnorm.__file__).parent
BUILTINS = {"ValueError", "TypeError", "KeyError", "LookupError", "RuntimeError",
            "Exception", "OSError", "IndexError"}  # AttributeError: module __getattr__
# (file, exception, why it may stay a builtin)
INTERNAL = {
    ("words.py", "ValueError"),          # a broken numwords table (build tests)
    ("fiscal/core.py", "ValueError"),    # caught in the same function
    ("fiscal/registry.py", "KeyError"),  # mapping lookup, caught by the registry
    ("data/cldr.py", "KeyError"),        # caught by finnorm.locale
    ("arrow.py", "TypeError"),           # _array(): caught, then the column is converted
    ("cli/output.py", "ValueError"),     # argparse restricts the choices
    ("claims/interval.py", "TypeError"),  # internal value type of check()
    ("claims/interval.py", "ValueError"),
    ("claims/judge.py", "LookupError"),  # caught by the verdict
}


def _raised_builtins() -> set[tuple[str, str, int]]:
    found = set()
    for path in PKG.rglob("*.py"):
        rel = path.relative_to(PKG).as_posix()
        if rel == "errors.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Raise) and node.exc is not None:
                exc = node.exc.func if isinstance(node.exc, ast.Call) else node.exc
                if isinstance(exc, ast.Name) and exc.id in BUILTINS:
                    found.add((rel, exc.id, node.lineno))
    return found


def test_no_bare_builtin_errors_outside_internal_sites() -> None:
    stray = sorted(f"{f}:{n} raises {e}" for f, e, n in _raised_builtins()
                   if (f, e) not in INTERNAL)
    assert not stray, "raise a finnorm error (e.g. InvalidArgumentError) instead:\n" + "\n".join(stray)


def test_the_sweep_can_fail() -> None:
    assert any(f == "words.py" for f, _, _ in _raised_builtins())


ERRORS = [obj for _, obj in inspect.getmembers(fe, inspect.isclass)
          if issubclass(obj, Exception) and obj.__module__ == fe.__name__] + [
    DecimalRangeError, CheckError, VocabError, UnknownRateSourceError]


@pytest.mark.parametrize("cls", ERRORS, ids=lambda c: c.__name__)
def test_each_error_is_a_finnorm_error_in_the_drawn_tree_and_picklable(cls: type) -> None:
    assert issubclass(cls, fe.FinnormError)
    assert cls.__name__ in (fe.__doc__ or "")
    err = pickle.loads(pickle.dumps(cls("boom")))
    assert type(err) is cls and str(err) == "boom"


@pytest.mark.parametrize("call", [
    lambda: finnorm.convert(finnorm.Money("5", "USD"), "EUR", method="nearest"),
    lambda: finnorm.convert(finnorm.Money("5", "USD"), "EUR", on="yesterday"),
    lambda: finnorm.convert(5, "EUR"),
])
def test_bad_arguments_raise_invalid_argument_error(call) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(fe.InvalidArgumentError):
        call()
