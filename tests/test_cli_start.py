"""``homestretch --start`` and ``homestretch --smoke``, as real processes (offscreen)."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

from homestretch.app import SMOKE_SECONDS
from homestretch.core.history import HistoryLog
from homestretch.core.player import Outcome

WAIT_SECONDS = 60


def env_for(home: Path) -> dict[str, str]:
    """This environment with a home of its own (the real per-user folders stay untouched)."""
    env = {k: v for k, v in os.environ.items() if k != "HOMESTRETCH_DATA_DIR"}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen")
    for key in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env.pop(key, None)
    return env


def logged(history: Path) -> list[Outcome]:
    if not history.exists():
        return []
    with HistoryLog.open_readonly(history) as log:
        return [s.ended for s in log.sessions(with_exercises=False)]


def test_start_begins_the_selected_routine_as_the_window_opens(tmp_path: Path) -> None:
    data = tmp_path / "data"
    args = ("--data-dir", str(data), "--mute", "--start", "--speed", "1000")
    process = subprocess.Popen(
        [sys.executable, "-m", "homestretch", *args],
        env=env_for(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + WAIT_SECONDS
        # At 1000 times the speed the whole session takes about a second.
        while Outcome.COMPLETED not in logged(data / "history.sqlite3"):
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline, "no completed session was logged"
            time.sleep(0.2)
        assert process.poll() is None  # the window stays open after the session
    finally:
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=WAIT_SECONDS)
    assert process.returncode == 0, err
    assert logged(data / "history.sqlite3") == [Outcome.COMPLETED]


def test_smoke_runs_a_second_of_a_session_and_exits_0(tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = subprocess.run(
        [sys.executable, "-m", "homestretch", "--data-dir", str(data), "--mute", "--smoke"],
        env=env_for(tmp_path),
        capture_output=True,
        text=True,
        timeout=WAIT_SECONDS * 2,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    said = re.fullmatch(r"smoke: ok: 'Sciatica relief - (.*)' ran (\d+\.\d) s\n", result.stdout)
    assert said is not None, result.stdout
    assert float(said[2]) >= SMOKE_SECONDS
    # The second of session went to the log like any session (ended by quitting).
    assert len(logged(data / "history.sqlite3")) == 1


def test_smoke_without_a_data_folder_leaves_the_users_folders_alone(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "homestretch", "--mute", "--smoke"],
        env=env_for(tmp_path),
        capture_output=True,
        text=True,
        timeout=WAIT_SECONDS * 2,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("smoke: ok: ")
    assert list(tmp_path.iterdir()) == []  # nothing under HOME: a temporary folder was used
