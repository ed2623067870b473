"""End to end through the real accessibility bus: the app runs under Xvfb on its own D-Bus
session, and a screen reader's view of it (pyatspi, read by /usr/bin/python3) finds the
Start button by name and role, presses it, hears the first phase announced and reads it.

Needs Xvfb, dbus-daemon, at-spi2-core and python3-pyatspi (Debian); .ci/run installs them.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from homestretch import APP_NAME

READER = Path(__file__).with_name("atspi_reader.py")
SYSTEM_PYTHON = "/usr/bin/python3"
SOURCE = str(Path(__file__).parents[2] / "src")
"""The app the test runs: this tree's, whatever the venv's editable install points at."""
SECONDS = 60.0
"""How long the reader waits for the app, its button and its phase, at the most."""


def needs(ready: bool, what: str) -> None:
    """Missing tools fail in CI (.ci/run installs them) and skip elsewhere."""
    if not ready:
        message = f"{what} is not installed (Debian: xvfb dbus-daemon at-spi2-core python3-pyatspi)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


def has_pyatspi() -> bool:
    if not Path(SYSTEM_PYTHON).exists():
        return False
    check = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False, timeout=30
    )
    return check.returncode == 0


def stop(process: subprocess.Popen[bytes]) -> None:
    """End a process we started and everything it started (its own process group)."""
    if process.poll() is None:
        try:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=10)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)
    for stream in (process.stdout, process.stderr):
        if stream is not None:
            stream.close()


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[dict[str, str]]:
    """An X display and a D-Bus session of our own: the environment for the app and reader."""
    needs(shutil.which("Xvfb") is not None, "Xvfb")
    needs(shutil.which("dbus-daemon") is not None, "dbus-daemon")
    needs(Path("/usr/libexec/at-spi-bus-launcher").exists(), "at-spi2-core")
    needs(has_pyatspi(), "python3-pyatspi")
    started: list[subprocess.Popen[bytes]] = []
    try:
        read_end, write_end = os.pipe()
        xvfb = subprocess.Popen(
            [
                "Xvfb",
                "-displayfd",
                str(write_end),
                "-screen",
                "0",
                "1366x768x24",
                "-nolisten",
                "tcp",
            ],
            pass_fds=(write_end,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        started.append(xvfb)
        os.close(write_end)
        with os.fdopen(read_end) as told:
            display = told.readline().strip()
        assert display, "Xvfb did not start"
        bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        started.append(bus)
        assert bus.stdout is not None
        address = bus.stdout.readline().decode().strip()
        assert address, "dbus-daemon did not start"
        yield {
            **os.environ,
            "DISPLAY": f":{display}",
            "DBUS_SESSION_BUS_ADDRESS": address,
            "QT_QPA_PLATFORM": "xcb",
            "QT_ACCESSIBILITY": "1",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "HOMESTRETCH_DATA_DIR": str(tmp_path / "data"),
            "PYTHONPATH": os.pathsep.join(
                p
                for p in (str(Path(__file__).parents[2] / "src"), os.environ.get("PYTHONPATH"))
                if p
            ),
        }
    finally:
        for process in reversed(started):
            stop(process)


def test_a_screen_reader_starts_a_session_and_hears_its_phase(
    desktop: dict[str, str], tmp_path: Path
) -> None:
    log = tmp_path / "app.log"
    with log.open("wb") as out:
        app = subprocess.Popen(
            [sys.executable, "-m", "homestretch", "--mute"],
            env=desktop,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        reader = subprocess.run(
            [SYSTEM_PYTHON, str(READER), APP_NAME, str(SECONDS)],
            env=desktop,
            capture_output=True,
            text=True,
            timeout=SECONDS + 30,
            check=False,
        )
    finally:
        stop(app)
    assert reader.returncode == 0, reader.stderr
    found = json.loads(reader.stdout.strip().splitlines()[-1])
    assert "problem" not in found, f"{found}\n{log.read_text(errors='replace')}"
    assert found["start"] == {"name": "Start", "role": "push button"}
    assert found["start_description"] == "Shortcut: Space"
    assert found["phase"] == "GET READY"
    # The new phase was announced, as a screen reader hears it away from the focus.
    assert found["announcements"] == ["Get ready. Right leg."]
    assert {"Previous", "Pause", "Next", "Stop", "Unmute"} <= set(found["session_buttons"])
    (picture,) = found["pictures"]
    assert picture["name"] == "Picture: Sitting knee extension, right leg"
    assert picture["description"].startswith("Working the right leg.")
