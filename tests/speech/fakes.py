"""Fakes shared by the speech tests: a scriptable worker, a recording playback."""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import time
import wave
from collections.abc import Callable
from pathlib import Path

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
    """A playback channel that records what it was told to do."""

    def __init__(self, available: bool = True) -> None:
        self.available = available
        self.calls: list[tuple[str, Path | None]] = []
        self.closed = False
        self.playing = False
        """Whether the last sound is still playing (it is until stopped, or a test says so)."""
        self._lock = threading.Lock()

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
