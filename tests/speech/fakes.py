"""Shared by the speech tests: a scriptable worker, a recording playback, and real
set-ups for the real programs (ALSA configs, a counting aplay, a worker whose
engine library is not there)."""

from __future__ import annotations

import contextlib
import ctypes
import os
import shutil
import sys
import threading
import time
import wave
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from homestretch.speech.problems import SpeechProblem

FAKE_WORKER = r"""
import json
import os
import sys
import time
import wave
from pathlib import Path

log = Path(sys.argv[1])
mode = sys.argv[2] if len(sys.argv) > 2 else "ok"
with open(log / "starts", "a") as f:
    f.write(f"{os.getpid()}\n")


def send(message):
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


if mode == "fatal":
    send({"fatal": "no espeak here"})
    sys.exit(1)
if mode == "missing":  # as the real worker says it without libespeak-ng
    send({
        "fatal": "OSError: libespeak-ng.so.1: cannot open shared object file",
        "problem": "engine-missing",
    })
    sys.exit(1)
if mode == "mute":  # never says hello
    time.sleep(60)
    sys.exit(0)
if mode.startswith("slow="):  # takes a while to start
    time.sleep(float(mode[5:]))
send({"ready": True, "voices": [{"id": "fake/one", "name": "Fake One", "languages": ["en"]}]})
for line in sys.stdin:
    if not line.strip():
        continue
    request = json.loads(line)
    text = request["text"]
    with open(log / "texts", "a") as f:
        f.write(text + "\n")
    if text.startswith("hang") or mode == "hang":
        time.sleep(60)
    if text.startswith("crash") or mode == "crash":
        os._exit(3)
    if text.startswith("fail"):
        send({"id": request["id"], "ok": False, "error": "engine broke"})
        sys.exit(2)
    if text.startswith("gate"):
        while not (log / "gate").exists():
            time.sleep(0.005)
    target = Path(request["path"])
    temp = target.with_name("." + target.name + ".tmp")
    with wave.open(str(temp), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(b"\x10\x00\xf0\xff" * 400)
    temp.replace(target)
    send({"id": request["id"], "ok": True})
"""


class FakeWorker:
    """A fake speech worker script and the log folder it writes to.

    The worker appends its pid to ``starts`` when it starts and each text it is
    asked for to ``texts``; texts starting with ``hang``, ``crash``, ``fail``
    or ``gate`` (waits for :meth:`open_gate`) misbehave accordingly.
    """

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.script = folder / "fake_worker.py"
        self.script.write_text(FAKE_WORKER, encoding="utf-8")

    def command(self, mode: str = "ok") -> tuple[str, ...]:
        return (sys.executable, str(self.script), str(self.folder), mode)

    def texts(self) -> list[str]:
        path = self.folder / "texts"
        return path.read_text(encoding="utf-8").splitlines() if path.exists() else []

    def pids(self) -> list[int]:
        path = self.folder / "starts"
        return [int(x) for x in path.read_text().split()] if path.exists() else []

    def open_gate(self) -> None:
        (self.folder / "gate").touch()


def wait_for(condition: Callable[[], object], timeout: float = 5.0, what: str = "") -> None:
    """Poll ``condition`` every few milliseconds; fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:g} s waiting for {what or condition}")
        time.sleep(0.005)


def write_wav(path: Path, frames: int = 800) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(b"\x00\x10" * frames)
    return path


def process_gone(pid: int) -> bool:
    """True once ``pid`` has exited (a zombie waiting to be reaped counts as gone)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    with contextlib.suppress(OSError):
        stat = Path(f"/proc/{pid}/stat").read_text()
        return stat.rsplit(")", 1)[1].split()[0] in ("Z", "X")
    return False


class RecordingPlayback:
    """A playback channel that records what it was told to do.

    Args:
        available: whether a player was found.
        problem: what its sound check finds (None: sound works).
    """

    def __init__(self, available: bool = True, problem: SpeechProblem | None = None) -> None:
        self.available = available
        self.problem = problem
        self.checks = 0
        self.calls: list[tuple[str, Path | None]] = []
        self.closed = False
        self.playing = False
        """Whether the last sound is still playing (it is until stopped, or a test says so)."""
        self._lock = threading.Lock()

    def check(self) -> SpeechProblem | None:
        with self._lock:
            self.checks += 1
        return self.problem

    def play(self, path: Path) -> None:
        with self._lock:
            self.calls.append(("play", path))
            self.playing = True

    def stop(self) -> None:
        with self._lock:
            self.calls.append(("stop", None))
            self.playing = False

    def is_playing(self) -> bool:
        return self.playing

    def close(self) -> None:
        self.closed = True

    @property
    def played(self) -> list[Path]:
        with self._lock:
            return [p for op, p in self.calls if op == "play" and p is not None]

    @property
    def stops(self) -> int:
        with self._lock:
            return sum(1 for op, _ in self.calls if op == "stop")


# -- real sound setups for the real aplay: ALSA_CONFIG_PATH replaces the whole ALSA config

NO_SOUND_CARD_ALSA = """\
pcm.!default {
    type hw
    card 31
}
"""
"""The default device is a sound card that is not there, as on a machine without one."""


def write_alsa_config(folder: Path, sink: Path | None) -> Path:
    """An ALSA config whose default device is missing (``sink`` None) or writes to ``sink``.

    The file sink is a working device: aplay plays into the file as fast as it can.
    """
    folder.mkdir(parents=True, exist_ok=True)
    config = folder / ("asound-file.conf" if sink is not None else "asound-no-card.conf")
    if sink is None:
        config.write_text(NO_SOUND_CARD_ALSA, encoding="utf-8")
    else:
        config.write_text(
            "pcm.!default {\n"
            "    type file\n"
            '    slave.pcm "nowhere"\n'
            f'    file "{sink}"\n'
            "    format raw\n"
            "}\n"
            "pcm.nowhere {\n"
            "    type null\n"
            "}\n",
            encoding="utf-8",
        )
    return config


def counting_player(folder: Path, player: str = "aplay") -> tuple[tuple[str, ...], Path]:
    """A command that notes each start in a file and then runs the real ``player``.

    Returns the command (as ProcessPlayback takes it) and the file of starts.
    """
    real = shutil.which(player)
    assert real is not None, f"{player} is not installed"
    folder.mkdir(parents=True, exist_ok=True)
    starts = folder / "player-starts"
    script = folder / f"counting-{player}"
    script.write_text(f'#!/bin/sh\necho "$*" >> "{starts}"\nexec "{real}" "$@"\n')
    script.chmod(0o755)
    return (str(script), "-q"), starts


def started(starts: Path) -> list[str]:
    """The command lines the counting player was started with."""
    return starts.read_text().splitlines() if starts.exists() else []


# -- a real speech worker without its engine library

HIDE_ENGINE = r"""
# In a private mount namespace: the library folder gets an overlay in which the
# espeak libraries are deleted, then the worker runs there and finds none.
set -eu
scratch=$1
libdir=$2
shift 2
mount -t tmpfs homestretch-test "$scratch"
mkdir "$scratch/upper" "$scratch/work"
mount -t overlay homestretch-test \
    -o "lowerdir=$libdir,upperdir=$scratch/upper,workdir=$scratch/work" "$libdir"
rm -f "$libdir"/libespeak-ng.so* "$libdir"/libespeak.so*
exec "$@"
"""


def espeak_library_dir() -> Path | None:
    """The folder the espeak-ng library is loaded from on this machine, if any."""
    try:
        ctypes.CDLL("libespeak-ng.so.1")
    except OSError:
        return None
    for line in Path("/proc/self/maps").read_text().splitlines():
        if "libespeak-ng.so" in line:
            return Path(line.split()[-1]).resolve().parent
    return None


def worker_without_engine(folder: Path, worker: Sequence[str]) -> tuple[str, ...]:
    """``worker`` run where libespeak-ng is really not there (as root, in its own mounts).

    This machine's library folder is overlaid, in a mount namespace of the
    worker's own, by one without the espeak libraries, so the dynamic loader
    genuinely cannot find libespeak-ng.so.1, as on a machine without espeak-ng;
    nothing else changes. Skips (fails under CI) when that cannot be set up.
    """
    libdir = espeak_library_dir()
    problem = None
    if not sys.platform.startswith("linux"):
        problem = "not Linux"
    elif libdir is None:
        problem = "espeak-ng is not installed here, so there is nothing to hide"
    elif os.geteuid() != 0 or shutil.which("unshare") is None:
        problem = "hiding the library needs root and unshare"
    if problem is not None:
        if "CI" in os.environ:
            pytest.fail(f"cannot hide the speech engine: {problem} (CI is set)")
        pytest.skip(f"cannot hide the speech engine: {problem}")
    assert libdir is not None
    folder.mkdir(parents=True, exist_ok=True)
    scratch = folder / "scratch"
    scratch.mkdir(exist_ok=True)
    script = folder / "hide_engine.sh"
    script.write_text(HIDE_ENGINE, encoding="utf-8")
    return (
        "unshare",
        "--mount",
        "--propagation",
        "private",
        "sh",
        str(script),
        str(scratch),
        str(libdir),
        *worker,
    )
