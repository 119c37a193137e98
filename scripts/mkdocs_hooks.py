"""MkDocs hooks for the finnorm docs (wired in ``mkdocs.yml``).

``docs/api.md`` lists every public module with ``::: finnorm.module``. A
directive for a module that is not in the source tree would break the strict
build, so this hook drops such lines (and logs which) before mkdocstrings sees
the page. Names are resolved against the repository's files, not imported.
"""
from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

log = logging.getLogger("mkdocs.hooks.finnorm")

_DIRECTIVE = re.compile(r"^:::\s+(finnorm(?:\.[A-Za-z_][A-Za-z0-9_]*)*)\s*$")
_ROOT = Path(__file__).resolve().parent.parent


def module_exists(dotted: str, root: Path = _ROOT) -> bool:
    """True when ``dotted`` (``finnorm.x.y``) names a module or package under ``root``."""
    base = root.joinpath(*dotted.split("."))
    return base.with_suffix(".py").is_file() or (base / "__init__.py").is_file()


def on_page_markdown(markdown: str, page: Any, **kwargs: Any) -> str:
    out: list[str] = []
    skip_options = False
    for line in markdown.splitlines(keepends=True):
        m = _DIRECTIVE.match(line.strip())
        if m:
            skip_options = not module_exists(m.group(1))
            if skip_options:
                log.info("api docs: skipping %s (module not present)", m.group(1))
                continue
        elif skip_options and (line.startswith((" ", "\t")) and line.strip()):
            continue  # indented YAML options of a dropped directive
        else:
            skip_options = False
        out.append(line)
    return "".join(out)
