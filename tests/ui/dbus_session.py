"""A private D-Bus session daemon and the stand-in notification server, for the tests."""

from __future__ import annotations

import json
import os
import selectors
import shutil
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

SERVER = Path(__file__).with_name("notification_server.py")
SYSTEM_PYTHON = "/usr/bin/python3"
"""Debian's Python, which has python3-dbus and python3-gi (the venv has neither)."""


def _missing(what: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{what} is missing; .ci/run should install it")
    pytest.skip(f"{what} is not installed")


class BusDaemon:
    """A private session bus daemon (``dbus-daemon --session``)."""

    def __init__(self, address: str, pid: int) -> None:
        self.address = address
        self.pid = pid
        self.running = True

    def stop(self) -> None:
        if self.running:
            self.running = False
            os.kill(self.pid, signal.SIGTERM)


def start_bus_daemon() -> BusDaemon:
    if shutil.which("dbus-daemon") is None:
        _missing("dbus-daemon")
    result = subprocess.run(
        ["dbus-daemon", "--session", "--print-address=1", "--print-pid=1", "--fork"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    address, pid = result.stdout.split()[:2]
    return BusDaemon(address, int(pid))


@pytest.fixture
def bus_address() -> Iterator[str]:
    """The address of a new session bus daemon, stopped after the test."""
    daemon = start_bus_daemon()
    yield daemon.address
    daemon.stop()


class NotificationServer:
    """The stand-in server process: what it was called with, line by line."""

    def __init__(self, address: str, action: str = "") -> None:
        check = subprocess.run(
            [SYSTEM_PYTHON, "-c", "import dbus, gi"], capture_output=True, check=False
        )
        if check.returncode != 0:
            _missing("python3-dbus or python3-gi")
        self.process = subprocess.Popen(
            [SYSTEM_PYTHON, str(SERVER), address, action],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.next_line(timeout=20) == {"ready": True}

    def has_line(self) -> bool:
        """Whether the server has reported something not read yet (does not wait)."""
        assert self.process.stdout is not None
        with selectors.DefaultSelector() as selector:
            selector.register(self.process.stdout, selectors.EVENT_READ)
            return bool(selector.select(0))

    def next_line(self, timeout: float = 10) -> dict[str, Any]:
        """The next thing the server reports (waits for it in this test's thread only)."""
        assert self.process.stdout is not None
        with selectors.DefaultSelector() as selector:
            selector.register(self.process.stdout, selectors.EVENT_READ)
            assert selector.select(timeout), "the notification server said nothing"
        line = self.process.stdout.readline()
        assert line, "the notification server ended"
        report = json.loads(line)
        assert isinstance(report, dict)
        return report

    def stop(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        if self.process.stdout is not None:
            self.process.stdout.close()
