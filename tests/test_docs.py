"""The documentation is executed.

* Every ``>>>`` example inside a fenced code block (```` ```python ````,
  ```` ```pycon ````, ```` ```py ````) of ``docs/*.md`` and ``README.md`` is
  run with :mod:`doctest` (``NORMALIZE_WHITESPACE | ELLIPSIS``); the examples of
  one file share their globals, like a doctest file. One test per file.
* Every ```` ```console ```` block of ``docs/*.md`` is run in a shell: lines
  starting with ``$ `` are commands, the lines after them their expected output
  (stdout and stderr together, as a terminal shows them; ``...`` matches
  anything). Commands may only use ``finnorm``, ``echo``, ``printf`` and
  ``cat``; install instructions belong in ```` ```bash ```` blocks, which are
  not run. ``finnorm`` is this checkout's CLI run by the test interpreter.
* ``mkdocs build --strict`` succeeds.
"""
from __future__ import annotations

import doctest
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
FLAGS = doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS

_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[^\s`]*)[^`\n]*$")
PY_LANGS = {"python", "py", "pycon", "python3"}
SHELL_OK = {"finnorm", "echo", "printf", "cat"}


def fenced_blocks(text: str) -> list[tuple[str, int, list[str]]]:
    """``(info, first_line_index, lines)`` for every fenced code block in ``text``."""
    blocks: list[tuple[str, int, list[str]]] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        m = _FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        fence, info, indent = m.group("fence"), m.group("info").lower(), len(m.group("indent"))
        body: list[str] = []
        j = i + 1
        while j < len(lines):
            close = lines[j].strip()
            if close.startswith(fence[0] * len(fence)) and set(close) == {fence[0]}:
                break
            body.append(lines[j][indent:] if lines[j][:indent].isspace() else lines[j])
            j += 1
        blocks.append((info.lstrip("{."), i + 1, body))
        i = j + 1
    return blocks


def doctest_source(path: Path) -> str:
    """The file with everything outside Python code blocks blanked out.

    Line numbers stay those of the file, and each block ends with a blank line
    so that a closing fence never becomes part of an expected output.
    """
    text = path.read_text(encoding="utf-8")
    out = [""] * (len(text.splitlines()) + 1)
    for info, start, body in fenced_blocks(text):
        if info in PY_LANGS:
            for k, line in enumerate(body):
                out[start + k] = line
    return "\n".join(out) + "\n"


def _doc_files() -> list[Path]:
    files = sorted(DOCS.glob("*.md"))
    if (ROOT / "README.md").is_file():
        files.append(ROOT / "README.md")
    return [f for f in files if ">>>" in doctest_source(f)]


def _console_files() -> list[Path]:
    return [
        f for f in sorted(DOCS.glob("*.md"))
        if any(info == "console" for info, _, _ in fenced_blocks(f.read_text(encoding="utf-8")))
    ]


def _rel(p: Path) -> str:
    return str(p.relative_to(ROOT))


# ---------------------------------------------------------------- doctest
def test_fence_parser_keeps_blocks_apart() -> None:
    src = "intro\n```python\n>>> 1 + 1\n2\n```\ntext\n```pycon\n>>> 'a'\n'a'\n```\n"
    tmp_blocks = fenced_blocks(src)
    assert [(i, s, b) for i, s, b in tmp_blocks] == [
        ("python", 2, [">>> 1 + 1", "2"]),
        ("pycon", 7, [">>> 'a'", "'a'"]),
    ]


def test_doctest_source_never_swallows_a_fence(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("```python\n>>> print('x')\nx\n```\nprose\n", encoding="utf-8")
    ex = doctest.DocTestParser().get_examples(doctest_source(page))
    assert [(e.source, e.want, e.lineno) for e in ex] == [("print('x')\n", "x\n", 1)]


@pytest.mark.parametrize("path", _doc_files(), ids=_rel)
def test_doc_examples(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # examples may open files such as examples/nissan.txt
    parser = doctest.DocTestParser()
    test = parser.get_doctest(doctest_source(path), {"__name__": "__doc__"}, _rel(path), str(path), 0)
    assert test.examples, f"{_rel(path)}: no examples found"
    out: list[str] = []
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    result = runner.run(test, out=out.append, clear_globs=True)
    assert result.failed == 0, "".join(out)


# ---------------------------------------------------------------- console
def console_sessions(path: Path) -> list[tuple[int, list[tuple[int, str, str]]]]:
    """``(block_line, [(line, command, expected_output), ...])`` per console block."""
    sessions = []
    for info, start, body in fenced_blocks(path.read_text(encoding="utf-8")):
        if info != "console":
            continue
        cmds: list[tuple[int, str, str]] = []
        for k, line in enumerate(body):
            if line.startswith("$ "):
                cmds.append((start + k + 1, line[2:], ""))
            elif cmds:
                n, c, want = cmds[-1]
                cmds[-1] = (n, c, want + line + "\n")
        sessions.append((start, cmds))
    return sessions


def _check_allowed(cmd: str, where: str) -> None:
    for part in re.split(r"\|\||&&|[|;]", cmd):
        words = shlex.split(part, comments=True)
        if words and words[0] not in SHELL_OK:
            pytest.fail(f"{where}: console blocks may only run {sorted(SHELL_OK)}, not {words[0]!r}")


@pytest.fixture(scope="module")
def finnorm_bin(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory with a ``finnorm`` shim running this checkout's CLI."""
    import finnorm

    bindir = tmp_path_factory.mktemp("bin")
    shim = bindir / "finnorm"
    pkg_parent = Path(finnorm.__file__).resolve().parent.parent
    shim.write_text(
        "#!/bin/sh\n"
        f"PYTHONPATH={shlex.quote(str(pkg_parent))}${{PYTHONPATH:+:$PYTHONPATH}} "
        f"exec {shlex.quote(sys.executable)} -m finnorm.cli \"$@\"\n",
        encoding="utf-8",
    )
    shim.chmod(0o755)
    return bindir


@pytest.mark.parametrize("path", _console_files(), ids=_rel)
def test_console_examples(path: Path, finnorm_bin: Path) -> None:
    if shutil.which("bash") is None:  # pragma: no cover
        pytest.skip("bash not available")
    env = dict(os.environ, PATH=f"{finnorm_bin}{os.pathsep}{os.environ.get('PATH', '')}",
               LC_ALL="C.UTF-8", PYTHONIOENCODING="utf-8", COLUMNS="200", NO_COLOR="1")
    checker = doctest.OutputChecker()
    failures = []
    for block_line, cmds in console_sessions(path):
        assert cmds, f"{_rel(path)}:{block_line}: console block without a `$ ` command"
        marker = "@@finnorm-docs-step@@"
        script = []
        for n, cmd, _ in cmds:
            _check_allowed(cmd, f"{_rel(path)}:{n}")
            script += [f"echo {marker}", f"{{ {cmd}\n}} 2>&1"]
        proc = subprocess.run(["bash", "-c", "\n".join(script)], check=False, cwd=ROOT, env=env,
                              capture_output=True, text=True, encoding="utf-8", timeout=300)
        outputs = proc.stdout.split(marker + "\n")[1:]
        assert len(outputs) == len(cmds), proc.stderr
        for (n, cmd, want), got in zip(cmds, outputs):
            if not checker.check_output(want, got, FLAGS):
                failures.append(f"{_rel(path)}:{n}: $ {cmd}\n--- expected\n{want}--- got\n{got}")
    assert not failures, "\n".join(failures)


# ---------------------------------------------------------------- mkdocs
def test_mkdocs_build_strict(tmp_path: Path) -> None:
    pytest.importorskip("mkdocs")
    pytest.importorskip("mkdocstrings")
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        check=False, cwd=ROOT, capture_output=True, text=True, timeout=600,
        env=dict(os.environ, NO_MKDOCS_2_WARNING="1"),
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert (tmp_path / "site" / "index.html").is_file()
    assert (tmp_path / "site" / "getting-started" / "index.html").is_file()
