"""A guard for tests that hand a named pipe to code that must never block on it.

Code that opened a pipe for reading the blocking way would wait for a writer
for ever and hang the test suite. A :class:`Rescuer` is a separate process
(so it runs even while Qt holds Python's lock) that, after a delay, keeps
opening every named pipe under the test's folders for writing, which succeeds
only while someone has the pipe open for reading, and closes it again: the
stuck reader gets an empty read and returns, and the test fails on
``rescued`` instead of hanging.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

_WATCH = r"""
import os, stat, sys, time
delay, folders = float(sys.argv[1]), sys.argv[2:]
time.sleep(delay)
while True:
    for folder in folders:
        for root, _, names in os.walk(folder):
            for name in names:
                path = os.path.join(root, name)
                try:
                    if not stat.S_ISFIFO(os.lstat(path).st_mode):
                        continue
                    fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
                except OSError:
                    continue  # nobody is reading it: nobody is stuck
                os.close(fd)
                print(path, flush=True)
    time.sleep(0.05)
"""


class Rescuer:
    """Unblocks any reader stuck on a named pipe under ``folders`` (see the module docstring)."""

    def __init__(self, *folders: Path, delay: float = 3.0) -> None:
        self._process = subprocess.Popen(
            [sys.executable, "-c", _WATCH, str(delay), *map(str, folders)],
            stdout=subprocess.PIPE,
            text=True,
        )
        self.rescued: list[str] = []
        """The pipes a reader was found stuck on (filled by :meth:`stop`)."""

    def stop(self) -> None:
        self._process.terminate()
        out, _ = self._process.communicate()
        self.rescued = out.split()


@pytest.fixture
def rescuer(tmp_path: Path) -> Iterator[Rescuer]:
    """Fails the test if anything it ran blocked on a named pipe (and unblocks it)."""
    helper = Rescuer(tmp_path)
    yield helper
    helper.stop()
    assert not helper.rescued, "something blocked on a named pipe"


@pytest.fixture
def fifo(tmp_path: Path, rescuer: Rescuer) -> Path:
    """A named pipe where a routine file should be (nothing ever writes to it)."""
    path = tmp_path / "pipe.yaml"
    os.mkfifo(path)
    return path
