"""scan.GLUED_MAX bounds the prefixes tried in a run of letters of a script written
without spaces; every single-word entry of such a script in the generated tables
must fit in it, or the reader would silently miss that entry."""
from __future__ import annotations

import json
from importlib import resources
from typing import Any

from finnorm.scan import GLUED_MAX, no_space_script


def _strings(obj: Any) -> list[str]:
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, dict):
        return [s for k, v in obj.items() for s in (_strings(k) + _strings(v))]
    if isinstance(obj, list):
        return [s for v in obj for s in _strings(v)]
    return []


def test_every_glued_entry_fits_glued_max() -> None:
    longest = ("", "")
    folder = resources.files("finnorm.data").joinpath("lexicon")
    for entry in folder.iterdir():
        if not entry.name.endswith(".json"):
            continue
        for s in _strings(json.loads(entry.read_text(encoding="utf-8"))):
            if s and " " not in s and no_space_script(s[0]) and len(s) > len(longest[1]):
                longest = (entry.name, s)
    assert longest[1], "no entry of a script without spaces found: the sweep is broken"
    assert len(longest[1]) <= GLUED_MAX, f"{longest}: raise scan.GLUED_MAX"
