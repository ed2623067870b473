"""The window's close button, for real: Homestretch under an X server with a window manager.

With reminders on and a tray, closing the window from its title bar (here
Alt+F4, which openbox turns into the same close request) hides it and keeps
Homestretch running; logging out (SIGTERM) still ends it cleanly.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import homestretch
from homestretch.core.paths import AppPaths
from homestretch.core.reminders import ReminderSettings, read_state
from homestretch.core.settings import Settings, save_settings

# The test's own program: Homestretch as started from the menu, told that a tray exists
# (an X server for tests has no tray host).
PROGRAM = """
import sys
import homestretch.ui.reminders as reminders

class Tray(reminders.QSystemTrayIcon):
    @staticmethod
    def isSystemTrayAvailable():
        return True

reminders.QSystemTrayIcon = Tray
from homestretch.cli import main
sys.exit(main(["--data-dir", sys.argv[1], "--mute"]))
"""
WAIT_S = 30.0


def _need(program: str, package: str) -> str:
    path = shutil.which(program)
    if path is None:
        message = f"{program} is not installed (Debian package {package})"
        if os.environ.get("CI"):
            pytest.fail(f"{message}; .ci/run should install it")
        pytest.skip(message)
    return path


def _wait(condition: object, what: str) -> None:
    deadline = time.monotonic() + WAIT_S
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, f"waited {WAIT_S:.0f} s for {what}"
        time.sleep(0.1)


@pytest.fixture
def display(tmp_path: Path) -> Iterator[dict[str, str]]:
    """An X server with the openbox window manager; the environment to reach it."""
    xvfb = _need("Xvfb", "xvfb")
    openbox = _need("openbox", "openbox")
    _need("xdotool", "xdotool")
    number = next(n for n in range(91, 140) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    server = subprocess.Popen(
        [xvfb, f":{number}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    env = {**os.environ, "DISPLAY": f":{number}"}
    _wait(lambda: Path(f"/tmp/.X11-unix/X{number}").exists(), "the X server")
    manager = subprocess.Popen(
        [openbox], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        _wait(lambda: _manager_ready(env), "openbox to manage the screen")
        yield env
    finally:
        for process in (manager, server):
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _manager_ready(env: dict[str, str]) -> bool:
    """Whether the window manager has announced _NET_ACTIVE_WINDOW yet.

    Until openbox has set up the root window, xdotool refuses to activate a
    window ("Your windowmanager claims not to support _NET_ACTIVE_WINDOW"); on
    a busy machine that can take longer than the app takes to map its window.
    """
    result = subprocess.run(
        ["xdotool", "getactivewindow"], env=env, capture_output=True, text=True, check=False
    )
    return "claims not to support" not in result.stderr


def _activate(window: str, env: dict[str, str]) -> bool:
    result = subprocess.run(
        ["xdotool", "windowactivate", "--sync", window],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=WAIT_S,
    )
    return result.returncode == 0


def _visible_windows(env: dict[str, str]) -> list[str]:
    result = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", "^Homestretch$"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    return result.stdout.split()


def test_the_close_button_keeps_homestretch_in_the_tray_and_logging_out_ends_it(
    display: dict[str, str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    paths = AppPaths.resolve(data)
    save_settings(
        paths.settings_file,
        Settings(reminders=ReminderSettings(enabled=True, start_at_login=False)),
    )
    source = Path(homestretch.__file__).resolve().parent.parent
    env = {
        **display,
        "QT_QPA_PLATFORM": "xcb",
        "PYTHONPATH": str(source),
        "DBUS_SESSION_BUS_ADDRESS": f"unix:path={tmp_path}/no-bus",  # no desktop reached
    }
    env.pop("HOMESTRETCH_DATA_DIR", None)
    log = (tmp_path / "app.log").open("w")
    app = subprocess.Popen(
        [sys.executable, "-c", PROGRAM, str(data)], env=env, stdout=log, stderr=log
    )
    try:
        _wait(lambda: _visible_windows(display), "the window")
        (window,) = _visible_windows(display)
        time.sleep(1.0)  # (its first paint and start-up)
        _wait(lambda: _activate(window, display), "openbox to activate the window")
        subprocess.run(["xdotool", "key", "--clearmodifiers", "alt+F4"], env=display, check=True)
        _wait(lambda: not _visible_windows(display), "the window to hide")
        time.sleep(1.0)
        assert app.poll() is None, "Homestretch ended instead of staying in the tray"
        assert read_state(paths.reminder_state_file).tray_told

        app.send_signal(signal.SIGTERM)  # logging out
        assert app.wait(timeout=WAIT_S) == 0
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
        log.close()
    assert "Traceback" not in (tmp_path / "app.log").read_text()
