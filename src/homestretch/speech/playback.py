"""Playing WAV files without blocking, and stopping them at once.

Each sound is played by the platform's command-line player in its own
process (``aplay`` from alsa-utils, or ``paplay``/``pw-play`` on Linux,
``afplay`` on macOS); starting one does not wait for it, and stopping kills
it, so speech goes quiet within milliseconds of a pause. On Windows the
``winsound`` module plays asynchronously and stops the same way.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
import time
import wave
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

_CANDIDATES: tuple[tuple[str, ...], ...] = (
    ("aplay", "-q"),
    ("pw-play",),
    ("paplay",),
    ("afplay",),
)


def find_player_command() -> tuple[str, ...] | None:
    """The first command-line WAV player found on PATH."""
    for candidate in _CANDIDATES:
        if shutil.which(candidate[0]):
            return candidate
    return None


class Playback(Protocol):
    available: bool

    def play(self, path: Path) -> None: ...

    def stop(self) -> None: ...

    def is_playing(self) -> bool: ...

    def close(self) -> None: ...


class ProcessPlayback:
    """One channel: a new sound replaces the one playing."""

    def __init__(self, command: Sequence[str] | None = None) -> None:
        found = tuple(command) if command is not None else find_player_command()
        self.command = found
        self.available = found is not None
        self._process: subprocess.Popen[bytes] | None = None
        self._ending: list[subprocess.Popen[bytes]] = []
        self._lock = threading.Lock()

    def play(self, path: Path) -> None:
        if self.command is None:
            return
        with self._lock:
            self._stop_locked()
            try:
                self._process = subprocess.Popen(
                    [*self.command, str(path)],
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                    close_fds=True,
                )
            except OSError:
                self.available = False
                self._process = None

    def stop(self) -> None:
        with self._lock:
            self._stop_locked()

    def is_playing(self) -> bool:
        with self._lock:
            return self._process is not None and self._process.poll() is None

    def _stop_locked(self) -> None:
        process = self._process
        self._process = None
        if process is None:
            return
        if process.poll() is None:
            process.kill()
        # Reap killed players later instead of waiting for them here.
        self._ending = [p for p in self._ending if p.poll() is None]
        if process.poll() is None:
            self._ending.append(process)

    def close(self) -> None:
        """Stop and reap everything (may wait a moment; call when quitting)."""
        with self._lock:
            self._stop_locked()
            for process in self._ending:
                process.wait()
            self._ending.clear()


class WinsoundPlayback:  # pragma: no cover - Windows only
    def __init__(self) -> None:
        import winsound

        self._winsound: Any = winsound
        self.available = True
        self._until = 0.0

    def play(self, path: Path) -> None:
        flags = (
            self._winsound.SND_FILENAME | self._winsound.SND_ASYNC | self._winsound.SND_NODEFAULT
        )
        self._winsound.PlaySound(str(path), flags)
        self._until = time.monotonic() + _wav_seconds(path)

    def stop(self) -> None:
        self._winsound.PlaySound(None, 0)
        self._until = 0.0

    def is_playing(self) -> bool:
        # winsound cannot tell; the sound's length can.
        return time.monotonic() < self._until

    def close(self) -> None:
        self.stop()


def _wav_seconds(path: Path) -> float:
    try:
        with wave.open(str(path), "rb") as wav:
            return wav.getnframes() / wav.getframerate()
    except (OSError, EOFError, wave.Error, ZeroDivisionError):
        return 0.0


def default_playback() -> Playback:
    if sys.platform == "win32":  # pragma: no cover
        return WinsoundPlayback()
    return ProcessPlayback()
