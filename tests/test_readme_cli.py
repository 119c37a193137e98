"""The README's command-line examples run as written, from the repository's root."""
from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## On the command line", 1)[1]
    block = re.search(r"```sh\n(.*?)```", section, re.S)
    assert block is not None, "no sh block under 'On the command line'"
    return [line.strip() for line in block.group(1).splitlines() if line.startswith("finnorm ")]


@pytest.mark.parametrize("command", _commands())
def test_readme_command_runs(command: str) -> None:
    args = shlex.split(command)[1:]
    proc = subprocess.run([sys.executable, "-m", "finnorm.cli", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip(), command
