"""A guard for tests that hand a named pipe to code that must never block on it.

Code that opened a pipe for reading the blocking way would wait for a writer
for ever and hang the test suite. A :class:`Rescuer` watches the pipes a test
makes and, after a delay, opens each for writing (which succeeds only while
someone has it open for reading) and closes it again: the stuck reader then
gets an empty read, returns, and the test fails on ``rescued`` instead of
hanging.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path


class Rescuer:
    """Unblocks any reader stuck opening one of the watched pipes (see the module docstring)."""

    def __init__(self, delay: float = 3.0) -> None:
        self.delay = delay
        self.pipes: list[Path] = []
        self.rescued = False
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        self._stop.wait(self.delay)
        while not self._stop.is_set():
            for pipe in list(self.pipes):
                try:  # succeeds only while someone has the pipe open for reading
                    fd = os.open(pipe, os.O_WRONLY | os.O_NONBLOCK)
                except OSError:
                    continue
                os.close(fd)
                self.rescued = True
            self._stop.wait(0.05)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()
