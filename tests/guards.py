"""Guards for hostile input: "never hangs" and "never goes quadratic", on CPU time.

These are not benchmarks (those live in ``bench/``). Both guards read the
process's CPU time, not the wall clock, so a loaded machine does not trip them;
a regex stuck backtracking or a loop that rescans the text does.

>>> with hang_guard(5):
...     _ = sum(range(1000))
>>> best_cpu_time(len, "abc", 2) >= 0
True
"""
from __future__ import annotations

import contextlib
import signal
import time
from collections.abc import Callable, Iterator

import pytest


class _Hang(Exception):
    pass


@contextlib.contextmanager
def hang_guard(cpu_seconds: int) -> Iterator[None]:
    """Fail (instead of hanging the suite) if the block uses more than ``cpu_seconds``.

    The clock is the process's CPU time (``ITIMER_PROF``), not the wall clock,
    so a loaded machine does not trip it; a regex stuck backtracking does.
    """
    if not hasattr(signal, "setitimer"):  # pragma: no cover - not on Windows
        yield
        return
    fired = []

    def _alarm(signum: int, frame: object) -> None:
        fired.append(True)
        raise _Hang()

    old = signal.signal(signal.SIGPROF, _alarm)
    signal.setitimer(signal.ITIMER_PROF, cpu_seconds)
    try:
        yield
    except _Hang:
        pass
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, old)
    if fired:  # also when the exception was swallowed somewhere inside
        pytest.fail(f"used more than {cpu_seconds} s of CPU (catastrophic backtracking?)")


def best_cpu_time(fn: Callable[[str], object], text: str, repeat: int) -> float:
    """The least CPU time of ``repeat`` calls of ``fn(text)``, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()  # CPU time: immune to other processes' load
        fn(text)
        best = min(best, time.process_time() - t0)
    return best
