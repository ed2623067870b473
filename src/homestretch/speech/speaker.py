"""Speakers: what the session uses to talk and beep.

:class:`Speaker` is the interface. :class:`CueSpeaker` is the real one: cues
are synthesised ahead of time by :class:`SynthesisService` and played from
the cache the moment they are due; a cue that is not ready in time is dropped
rather than read out late. Whether sound can be heard at all is checked once,
in the background, when it starts. :class:`RecordingSpeaker` records calls for
tests.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from homestretch.speech.synthesis import Voice

if TYPE_CHECKING:
    from homestretch.speech.playback import Playback
    from homestretch.speech.problems import SpeechProblem
    from homestretch.speech.synthesis import SynthesisService


class Sound(StrEnum):
    COUNTDOWN = "countdown"
    SWITCH = "switch"
    END = "end"


class Speaker(Protocol):
    def prepare(self, texts: Sequence[str]) -> None:
        """Texts that will be said soon: get them ready (may do nothing)."""

    def say(self, text: str) -> None:
        """Say this now, cutting off whatever is being said."""

    def silence(self) -> None:
        """Stop talking at once and forget anything waiting to be said."""

    def sound(self, sound: Sound) -> None:
        """Play a short cue sound."""

    def configure(self, *, voice: str, rate: int, volume: float) -> None:
        """Voice id (empty for the default), words per minute, volume 0-1."""

    def voices(self) -> list[Voice]:
        """The voices on offer; empty until known."""

    def speaking(self) -> bool:
        """True while something is being said, or is about to be (its speech is being made)."""

    def close(self) -> None: ...


class CueSpeaker:
    """Speech from pre-synthesised WAV files, plus cue sounds on a second channel.

    Args:
        synthesis: prepares the WAV files (its callbacks are taken over).
        voice: the channel for speech.
        sounds: the channel for cue sounds, so a beep does not cut off speech.
        sounds_dir: folder with ``countdown.wav``, ``switch.wav``, ``end.wav``.
        max_delay: a cue that is still not ready this many seconds after it was
            due is dropped.
        on_unavailable: told (from a background thread) why speech or all sound
            cannot work; at most once for each problem.
    """

    def __init__(
        self,
        synthesis: SynthesisService,
        voice: Playback,
        sounds: Playback,
        sounds_dir: Path,
        *,
        max_delay: float = 1.0,
        now: Callable[[], float] = time.monotonic,
        on_unavailable: Callable[[SpeechProblem], None] | None = None,
    ) -> None:
        self.synthesis = synthesis
        self._voice = voice
        self._sounds = sounds
        self._sounds_dir = sounds_dir
        self._max_delay = max_delay
        self._now = now
        self._on_unavailable = on_unavailable
        self._lock = threading.Lock()
        self._wanted: tuple[str, float] | None = None
        self._can_play = True
        synthesis.on_ready = self._ready
        synthesis.on_unavailable = self._unavailable
        synthesis.start()
        self._checking = threading.Thread(target=self._check_sound, name="sound-check")
        self._checking.start()

    @property
    def available(self) -> bool:
        return self.synthesis.available and self.can_play

    @property
    def can_play(self) -> bool:
        """False when nothing can be heard (no player, no sound device): no voice, no sounds."""
        return self._can_play and self._voice.available

    def prepare(self, texts: Sequence[str]) -> None:
        self.synthesis.request(texts)

    def say(self, text: str) -> None:
        if not self._can_play:
            return
        path = self.synthesis.cached(text)
        with self._lock:
            if path is not None:
                self._wanted = None
                self._voice.play(path)
                return
            self._wanted = (text, self._now())
            self._voice.stop()
        self.synthesis.request([text], urgent=True)

    def silence(self) -> None:
        with self._lock:
            self._wanted = None
            self._voice.stop()

    def sound(self, sound: Sound) -> None:
        if self._can_play:
            self._sounds.play(self._sounds_dir / f"{sound}.wav")

    def configure(self, *, voice: str, rate: int, volume: float) -> None:
        self.synthesis.configure(voice=voice, rate=rate, volume=volume)

    def voices(self) -> list[Voice]:
        return list(self.synthesis.voices)

    def speaking(self) -> bool:
        with self._lock:
            if self._wanted is not None and self._now() - self._wanted[1] <= self._max_delay:
                return True
        return self._voice.is_playing()

    def close(self) -> None:
        self.silence()
        self.synthesis.close()
        self._checking.join()  # a player that hangs is killed after CHECK_TIMEOUT
        self._voice.close()
        self._sounds.close()

    def _ready(self, text: str, path: Path) -> None:
        with self._lock:
            if self._wanted is None or self._wanted[0] != text:
                return
            late = self._now() - self._wanted[1]
            self._wanted = None
            if late <= self._max_delay:
                self._voice.play(path)

    def _check_sound(self) -> None:
        """Once, in the background: can anything be heard? If not, stop trying."""
        problem = self._voice.check()
        if problem is None:
            return
        with self._lock:
            self._can_play = False
            self._wanted = None
        self._unavailable(problem)

    def _unavailable(self, problem: SpeechProblem) -> None:
        if self._on_unavailable is not None:
            self._on_unavailable(problem)


class RecordingSpeaker:
    """A speaker that remembers what it was asked to do, in order."""

    def __init__(self) -> None:
        self.prepared: list[str] = []
        self.said: list[str] = []
        self.sounds: list[Sound] = []
        self.log: list[tuple[str, str]] = []
        self.silenced = 0
        self.closed = False
        self.configured: tuple[str, int, float] | None = None
        self.voice_list = [
            Voice("test/fr", "French (test)", ("fr",)),
            Voice("test/en-gb", "English, British (test)", ("en-gb",)),
            Voice("test/af", "Afrikaans (test)", ("af",)),
            Voice("test/en-us", "American English (test)", ("en-us",)),
        ]
        self.busy = False
        """What :meth:`speaking` answers (a test sets it)."""

    def prepare(self, texts: Sequence[str]) -> None:
        self.prepared.extend(texts)

    def say(self, text: str) -> None:
        self.said.append(text)
        self.log.append(("say", text))

    def silence(self) -> None:
        self.silenced += 1
        self.log.append(("silence", ""))

    def sound(self, sound: Sound) -> None:
        self.sounds.append(sound)
        self.log.append(("sound", str(sound)))

    def configure(self, *, voice: str, rate: int, volume: float) -> None:
        self.configured = (voice, rate, volume)

    def voices(self) -> list[Voice]:
        return list(self.voice_list)

    def speaking(self) -> bool:
        return self.busy

    def close(self) -> None:
        self.closed = True
