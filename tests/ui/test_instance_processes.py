"""One window per log, with real processes: ``python -m homestretch`` started twice.

Each test gets its own data folder and its own short runtime folder (the socket
and lock live there), runs the app offscreen and muted, and kills every process
it started, whatever happens. What the running app did is seen from outside:
the routine file it was handed is added to its user's routines, and its
diagnostics log says a new start brought it forward.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import homestretch
from homestretch.core.paths import BUNDLED_ROUTINE

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="kills with SIGKILL, AF_UNIX")

START_TIMEOUT = 40.0
"""Seconds an app may take to start on a busy machine (it usually takes one or two)."""
SRC = Path(homestretch.__file__).resolve().parent.parent


def wait_for(condition: Callable[[], object], timeout: float, what: str) -> None:
    """Poll ``condition`` (a process is no Qt object to wait on a signal of)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout:g} s waiting for {what}")
        time.sleep(0.05)


class Apps:
    """Starts Homestretch processes on one data folder and runtime folder."""

    def __init__(self, data: Path, runtime: Path, work: Path) -> None:
        self.data = data
        self.runtime = runtime
        self.work = work
        self.started: list[subprocess.Popen[bytes]] = []
        self.env = {
            **os.environ,
            "HOMESTRETCH_DATA_DIR": str(data),
            "XDG_RUNTIME_DIR": str(runtime),
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPATH": str(SRC),
        }

    def start(self, *args: str) -> subprocess.Popen[bytes]:
        out = (self.work / f"app-{len(self.started)}.err").open("wb")
        with out:
            process = subprocess.Popen(
                [sys.executable, "-m", "homestretch", "--mute", *args],
                env=self.env,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        self.started.append(process)
        return process

    def start_program(self, code: str) -> subprocess.Popen[bytes]:
        """``python -c code`` (a start that drives the window itself)."""
        out = (self.work / f"app-{len(self.started)}.err").open("wb")
        with out:
            process = subprocess.Popen(
                [sys.executable, "-c", code],
                env=self.env,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        self.started.append(process)
        return process

    def said(self, process: subprocess.Popen[bytes]) -> str:
        number = self.started.index(process)
        return (self.work / f"app-{number}.err").read_text(errors="replace")

    def finish(self, process: subprocess.Popen[bytes]) -> int:
        """The exit status of a start that should end by itself."""
        try:
            return process.wait(timeout=START_TIMEOUT)
        except subprocess.TimeoutExpired:
            pytest.fail(f"the start did not end: {self.said(process)}")

    @property
    def folder(self) -> Path:
        return self.runtime / "homestretch"

    def sockets(self) -> list[Path]:
        return sorted(self.folder.glob("*.socket")) if self.folder.is_dir() else []

    def listening(self) -> bool:
        """True when an app answers on the socket (a request for nothing but to come forward)."""
        for path in self.sockets():
            with socket.socket(socket.AF_UNIX) as client:
                client.settimeout(10)
                try:
                    client.connect(str(path))
                except OSError:
                    return False
                client.sendall(b'{"version": 1, "files": []}\n')
                answer: object = json.loads(client.makefile("rb").readline())
                return answer == {"version": 1, "ok": True}
        return False

    def routines(self) -> list[str]:
        folder = self.data / "routines"
        return sorted(p.name for p in folder.rglob("*.yaml")) if folder.is_dir() else []

    def log(self) -> str:
        path = self.data / "logs" / "homestretch.log"
        return path.read_text(errors="replace") if path.is_file() else ""

    def forwarded(self) -> int:
        return self.log().count("A new start brought the window forward")

    def close(self) -> None:
        for process in self.started:
            if process.poll() is None:
                process.kill()
            process.wait(timeout=10)
            for stream in (process.stdin, process.stdout):
                if stream is not None:
                    stream.close()


@pytest.fixture
def apps(isolated_data_dir: Path, tmp_path: Path) -> Iterator[Apps]:
    runtime = Path(tempfile.mkdtemp(prefix="hs-"))  # (short: a socket path has a limit)
    made = Apps(isolated_data_dir, runtime, tmp_path)
    try:
        yield made
    finally:
        made.close()
        shutil.rmtree(runtime, ignore_errors=True)


def routine_file(folder: Path, name: str) -> Path:
    path = folder / f"{name}.yaml"
    shutil.copyfile(BUNDLED_ROUTINE, path)
    return path


def test_a_second_start_brings_the_first_forward_and_hands_it_the_file(
    apps: Apps, tmp_path: Path
) -> None:
    first = apps.start()
    wait_for(apps.sockets, START_TIMEOUT, "the first start to listen")
    (path,) = apps.sockets()
    assert stat.S_IMODE(apps.folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0  # this user's only

    second = apps.start()  # no file: the window only comes forward
    assert apps.finish(second) == 0, apps.said(second)
    wait_for(lambda: apps.forwarded() == 1, START_TIMEOUT, "the first to come forward")

    mine = routine_file(tmp_path, "mine")
    third = apps.start(str(mine))
    assert apps.finish(third) == 0, apps.said(third)
    wait_for(lambda: apps.routines() == ["mine.yaml"], START_TIMEOUT, "the file to be added")
    assert apps.forwarded() == 2
    assert "(1 file(s))" in apps.log()
    assert first.poll() is None

    first.send_signal(signal.SIGTERM)
    assert apps.finish(first) == 0, apps.said(first)
    assert apps.sockets() == []  # a clean exit leaves nothing behind


def test_start_given_to_a_second_start_starts_the_session_in_the_first(apps: Apps) -> None:
    first = apps.start("--speed", "1000")  # (the whole session takes about a second)
    wait_for(apps.listening, START_TIMEOUT, "the first start to listen")
    assert completed(apps.data) == 0
    second = apps.start("--start")
    assert apps.finish(second) == 0, apps.said(second)
    wait_for(lambda: completed(apps.data) == 1, START_TIMEOUT, "the session to be logged")
    assert apps.forwarded() == 2  # (listening() asked to come forward too)
    assert first.poll() is None  # the window stays open after the session


def completed(data: Path) -> int:
    """How many completed sessions the log in ``data`` holds."""
    from homestretch.core.history import HistoryLog
    from homestretch.core.player import Outcome

    history = data / "history.sqlite3"
    if not history.exists():
        return 0
    with HistoryLog.open_readonly(history) as log:
        sessions = log.sessions(with_exercises=False)
    return sum(s.ended is Outcome.COMPLETED for s in sessions)


def test_a_relative_file_is_found_from_where_the_second_start_was(
    apps: Apps, tmp_path: Path
) -> None:
    apps.start()
    wait_for(apps.sockets, START_TIMEOUT, "the first start to listen")
    routine_file(tmp_path, "here")
    second = subprocess.Popen(
        [sys.executable, "-m", "homestretch", "here.yaml"], env=apps.env, cwd=tmp_path
    )
    apps.started.append(second)
    assert second.wait(timeout=START_TIMEOUT) == 0
    wait_for(lambda: apps.routines() == ["here.yaml"], START_TIMEOUT, "the file to be added")


def test_a_socket_and_a_lock_left_by_crashes_are_recovered(apps: Apps, tmp_path: Path) -> None:
    first = apps.start()
    wait_for(apps.sockets, START_TIMEOUT, "the first start to listen")
    wait_for(apps.listening, START_TIMEOUT, "the first start to answer (its lock let go)")
    first.kill()  # SIGKILL: nothing is cleaned up
    first.wait(timeout=10)
    (left,) = apps.sockets()  # the crash left its socket
    # A start killed while it held the start-up lock leaves the lock file too.
    lock = left.with_suffix(".lock")
    assert not lock.exists()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from PySide6.QtCore import QLockFile\n"
            "lock = QLockFile(sys.argv[1]); assert lock.tryLock(0)\n"
            "print('locked', flush=True); sys.stdin.read()",
            str(lock),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    apps.started.append(holder)
    assert holder.stdout is not None
    assert holder.stdout.readline() == b"locked\n"
    holder.kill()
    holder.wait(timeout=10)
    assert lock.stat().st_size > 0

    mine = routine_file(tmp_path, "mine")
    second = apps.start(str(mine))  # becomes the app and opens its file itself
    wait_for(lambda: apps.routines() == ["mine.yaml"], START_TIMEOUT, "the file to be added")
    assert second.poll() is None, apps.said(second)
    assert apps.listening()
    third = apps.start()
    assert apps.finish(third) == 0, apps.said(third)
    assert second.poll() is None


AT_THE_LINE = """
import sys
from PySide6.QtWidgets import QApplication
import homestretch.app  # (loaded before the start line: the starts then differ by little)
from homestretch import cli
application = QApplication(sys.argv[:1])
sys.stdout.write("ready\\n")
sys.stdout.flush()
sys.stdin.read(1)
sys.exit(cli.main(sys.argv[1:]))
"""
"""Runs ``homestretch ARGS`` once a byte comes on stdin, everything loaded beforehand."""


@pytest.mark.parametrize("round_", [1, 2, 3])
def test_starts_at_the_same_moment_end_with_one_window_with_every_file(
    apps: Apps, tmp_path: Path, round_: int
) -> None:
    files = [routine_file(tmp_path, f"r{n}") for n in range(3)]
    starts = []
    for path in files:
        process = subprocess.Popen(
            [sys.executable, "-c", AT_THE_LINE, "--mute", str(path)],
            env=apps.env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
        apps.started.append(process)
        starts.append(process)
    for process in starts:  # all at the start line
        assert process.stdout is not None
        assert process.stdout.readline() == b"ready\n"
    for process in starts:  # and off
        assert process.stdin is not None
        process.stdin.write(b"go")
    for process in starts:
        assert process.stdin is not None
        process.stdin.close()
    wait_for(
        lambda: sum(p.poll() is not None for p in starts) == len(starts) - 1,
        START_TIMEOUT,
        "all but one to end",
    )
    ended = [p for p in starts if p.poll() is not None]
    assert [p.returncode for p in ended] == [0] * len(ended)
    (running,) = [p for p in starts if p.poll() is None]
    wait_for(
        lambda: apps.routines() == ["r0.yaml", "r1.yaml", "r2.yaml"],
        START_TIMEOUT,
        "every file added",
    )
    assert len(apps.sockets()) == 1
    assert apps.listening()
    assert running.poll() is None


def test_a_start_waits_its_turn_while_another_holds_the_lock(apps: Apps, tmp_path: Path) -> None:
    first = apps.start()
    wait_for(apps.sockets, START_TIMEOUT, "the first start to listen")
    (path,) = apps.sockets()
    wait_for(apps.listening, START_TIMEOUT, "the first start to answer")
    first.send_signal(signal.SIGTERM)
    assert apps.finish(first) == 0
    holder = subprocess.Popen(  # another start, in the middle of its turn
        [
            sys.executable,
            "-c",
            "import sys; from PySide6.QtCore import QLockFile\n"
            "lock = QLockFile(sys.argv[1]); assert lock.tryLock(0)\n"
            "print('locked', flush=True); sys.stdin.read(); lock.unlock()",
            str(path.with_suffix(".lock")),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    apps.started.append(holder)
    assert holder.stdout is not None
    assert holder.stdout.readline() == b"locked\n"
    waiting = apps.start(str(routine_file(tmp_path, "mine")))
    deadline = time.monotonic() + 3  # long enough to start (it does in about one second)
    while time.monotonic() < deadline:
        assert not apps.sockets(), "it listened while another start had the lock"
        assert waiting.poll() is None, apps.said(waiting)
        time.sleep(0.05)
    assert holder.stdin is not None
    holder.stdin.close()  # that start's turn is over
    assert holder.wait(timeout=10) == 0
    wait_for(lambda: apps.routines() == ["mine.yaml"], START_TIMEOUT, "its turn")
    assert apps.listening()


def test_a_message_that_is_not_ours_is_refused_and_the_app_runs_on(apps: Apps) -> None:
    first = apps.start()
    wait_for(apps.sockets, START_TIMEOUT, "the first start to listen")
    wait_for(apps.listening, START_TIMEOUT, "the first start to answer")
    (path,) = apps.sockets()
    for garbage in (b"GET / HTTP/1.1\n", b'{"version": 99}\n', b"\xff" * 70_000):
        with socket.socket(socket.AF_UNIX) as client:
            client.settimeout(20)
            client.connect(str(path))
            client.sendall(garbage)
            reply = client.makefile("rb").readline()
        if garbage.endswith(b"\n"):
            assert json.loads(reply)["ok"] is False
        else:
            assert reply == b""  # too long: hung up on
    wait_for(lambda: apps.log().count("Ignored a message") == 3, START_TIMEOUT, "the log lines")
    assert first.poll() is None
    assert apps.listening()


RESTARTING = """
import sys
from PySide6.QtCore import QTimer
from homestretch import cli
from homestretch.ui.main_window import MainWindow

made = MainWindow.__init__


def init(self, *args, **kwargs):
    made(self, *args, **kwargs)

    def choose_german():  # (what Settings > Language..., "Save and restart now" does)
        self._change_settings(language="de")
        self.restart_requested.emit()

    self.first_painted.connect(lambda: QTimer.singleShot(300, choose_german))


MainWindow.__init__ = init
sys.exit(cli.main(["--mute"]))
"""


def processes_on(data: Path) -> list[int]:
    """The processes running with ``data`` as their data folder (a restarted app is
    no child of the test: it is found by its environment)."""
    wanted = f"HOMESTRETCH_DATA_DIR={data}".encode()
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and int(entry.name) != os.getpid():
            try:
                environment = (entry / "environ").read_bytes().split(b"\0")
            except OSError:
                continue
            if wanted in environment:
                found.append(int(entry.name))
    return found


def test_restart_now_ends_this_start_and_a_new_one_takes_the_window(apps: Apps) -> None:
    first = apps.start_program(RESTARTING)
    assert apps.finish(first) == 0, apps.said(first)
    wait_for(apps.listening, START_TIMEOUT, "the new start to listen")
    (again,) = processes_on(apps.data)
    try:
        assert apps.log().count("Starting again to show the chosen language") == 1
        from homestretch.core.paths import AppPaths
        from homestretch.core.settings import read_settings

        settings = read_settings(AppPaths.resolve(apps.data).settings_file).settings
        assert settings.language == "de"
        os.kill(again, signal.SIGTERM)
        wait_for(lambda: not processes_on(apps.data), START_TIMEOUT, "the new start to end")
    finally:
        if processes_on(apps.data):
            os.kill(again, signal.SIGKILL)
    assert apps.sockets() == []
