"""Playing WAV files without blocking, and stopping them at once.

Each sound is played by the platform's command-line player in its own
process (``aplay`` from alsa-utils, or ``paplay``/``pw-play`` on Linux,
``afplay`` on macOS); starting one does not wait for it, and stopping kills
it, so speech goes quiet within milliseconds of a pause. On Windows the
``winsound`` module plays asynchronously and stops the same way.

Whether anything can be heard is checked once, off the GUI thread, by playing
a moment of silence (:meth:`ProcessPlayback.check`): with no sound card aplay
exits at once with an error ("audio open error", "no soundcards found"), and
then the channel stops trying, rather than starting a player that fails for
every cue.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import wave
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

from homestretch.speech.problems import SpeechProblem

CHECK_TIMEOUT = 5.0
"""Seconds the sound check may take; a player still busy by then is taken to work."""

_log = logging.getLogger(__name__)

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

    def check(self) -> SpeechProblem | None:
        """Why nothing can be heard, or None (takes a moment: not on the GUI thread)."""

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
        if self.command is None or not self.available:
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
            except OSError as exc:
                self.available = False
                self._process = None
                _log.warning("The sound player %s cannot be run: %s", self.command[0], exc)

    def check(self) -> SpeechProblem | None:
        """Play a moment of silence and see whether the player can.

        Returns the problem (and stops playing from then on), or None when
        sound works or cannot be checked. The player's own words go to the log.
        """
        if self.command is None:
            names = ", ".join(c[0] for c in _CANDIDATES)
            _log.warning("No sound player was found on PATH (looked for %s)", names)
            return SpeechProblem.PLAYER_MISSING
        try:
            with tempfile.TemporaryDirectory(prefix="homestretch-") as folder:
                silence = Path(folder) / "silence.wav"
                with wave.open(str(silence), "wb") as out:
                    out.setnchannels(1)
                    out.setsampwidth(2)
                    out.setframerate(8000)
                    out.writeframes(bytes(800))  # 50 ms
                return self._check_with(self.command, silence)
        except OSError as exc:  # no temporary folder to write the silence in
            _log.warning("The sound could not be checked: %s", exc)
            return None

    def _check_with(self, command: tuple[str, ...], silence: Path) -> SpeechProblem | None:
        try:
            done = subprocess.run(
                [*command, str(silence)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                timeout=CHECK_TIMEOUT,
                close_fds=True,
                check=False,
            )
        except subprocess.TimeoutExpired:
            _log.info("The sound check took over %g s; sound is taken to work", CHECK_TIMEOUT)
            return None
        except OSError as exc:
            self.available = False
            _log.warning("The sound player %s cannot be run: %s", command[0], exc)
            return SpeechProblem.PLAYER_MISSING
        if done.returncode == 0:
            return None
        self.available = False
        _log.warning(
            "%s cannot play a silent WAV file (exit status %d): %s",
            " ".join(command),
            done.returncode,
            done.stderr.decode(errors="replace").strip(),
        )
        return SpeechProblem.NO_SOUND_DEVICE

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

    def check(self) -> SpeechProblem | None:
        return None

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
