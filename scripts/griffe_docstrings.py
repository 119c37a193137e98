"""Griffe extension for the finnorm API docs (wired in ``mkdocs.yml``).

finnorm's docstrings are written for ``help()`` and doctest: reST-ish roles
(``:class:`Money```) and bare ``>>>`` examples. Rendered as Markdown, the
examples would turn into nested block quotes and ``['AUD']`` into broken
reference links, so this extension, before the docstrings are parsed:

* wraps every run of doctest lines (``>>>`` up to the next blank line) that is
  not already inside a fence in a ```` ```pycon ```` block;
* turns Sphinx roles (``:class:`~decimal.Decimal```) into code spans
  (`` `Decimal` ``);
* turns a reST ``::`` that introduces a literal block into ``:`` (the
  indented block after it is already a Markdown code block).

The source files are not changed.
"""
from __future__ import annotations

import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:py:)?(?:class|func|meth|mod|attr|exc|data|obj|const):`(~?)([^`]+)`")


def _role(m: re.Match[str]) -> str:
    target = m.group(2)
    if m.group(1):
        target = target.rsplit(".", 1)[-1]
    return f"`{target}`"


def markdownify(doc: str) -> str:
    """Docstring text (reST-ish with doctests) -> Markdown."""
    out: list[str] = []
    in_fence = False
    in_doctest = False
    for line in doc.splitlines():
        stripped = line.strip()
        if stripped.startswith("```"):
            in_fence = not in_fence
        if in_fence or stripped.startswith("```"):
            out.append(line)
            continue
        if in_doctest:
            if not stripped:
                out.append("```")
                in_doctest = False
            out.append(line)
            continue
        if stripped.startswith(">>>"):
            if out and out[-1].strip():
                out.append("")
            out.append("```pycon")
            out.append(line)
            in_doctest = True
            continue
        line = _ROLE.sub(_role, line)
        if line.rstrip().endswith("::"):
            line = line.rstrip()[:-1]
        out.append(line)
    if in_doctest:
        out.append("```")
    return "\n".join(out)


class DoctestMarkdown(griffe.Extension):
    """Rewrite each docstring with :func:`markdownify` as objects are loaded."""

    def on_instance(self, *, node: Any, obj: griffe.Object, agent: Any, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = markdownify(obj.docstring.value)
