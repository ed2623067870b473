"""CueSpeaker: cached cues play at once, late ones are dropped, silence wins."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from homestretch.core.paths import ASSETS_DIR
from homestretch.speech.problems import SpeechProblem
from homestretch.speech.speaker import CueSpeaker, Sound
from homestretch.speech.synthesis import SynthesisService, Voice
from tests.helpers import FakeClock
from tests.speech.fakes import FakeWorker, RecordingPlayback, wait_for, write_wav

SOUNDS_DIR = ASSETS_DIR / "sounds"
MAX_DELAY = 1.0


@dataclass
class Rig:
    speaker: CueSpeaker
    synthesis: SynthesisService
    worker: FakeWorker
    voice: RecordingPlayback
    sounds: RecordingPlayback
    clock: FakeClock
    ready: list[str] = field(default_factory=list)
    unavailable: list[SpeechProblem] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def handled(self, text: str) -> bool:
        """True once the speaker has dealt with ``text`` becoming ready."""
        with self.lock:
            return text in self.ready


def build(tmp_path: Path, mode: str = "ok", sound: SpeechProblem | None = None) -> Rig:
    """A speaker on a fake worker (``mode``) whose sound check finds ``sound``."""
    worker = FakeWorker(tmp_path / "worker")
    synthesis = SynthesisService(tmp_path / "cache", command=worker.command(mode), timeout=5)
    voice, sounds, clock = RecordingPlayback(problem=sound), RecordingPlayback(), FakeClock()
    rig_unavailable: list[SpeechProblem] = []
    speaker = CueSpeaker(
        synthesis,
        voice,
        sounds,
        SOUNDS_DIR,
        max_delay=MAX_DELAY,
        now=clock,
        on_unavailable=rig_unavailable.append,
    )
    rig = Rig(speaker, synthesis, worker, voice, sounds, clock, unavailable=rig_unavailable)
    # Note when the speaker has handled each ready text (it runs first).
    handle = synthesis.on_ready
    assert handle is not None

    def on_ready(text: str, path: Path) -> None:
        handle(text, path)
        with rig.lock:
            rig.ready.append(text)

    synthesis.on_ready = on_ready
    return rig


@pytest.fixture
def rig(tmp_path: Path) -> Iterator[Rig]:
    made = build(tmp_path)
    yield made
    made.speaker.close()


@pytest.fixture
def make_rig(tmp_path: Path) -> Iterator[Callable[..., Rig]]:
    rigs: list[Rig] = []

    def make(mode: str = "ok", sound: SpeechProblem | None = None) -> Rig:
        rigs.append(build(tmp_path, mode, sound))
        return rigs[-1]

    yield make
    for made in rigs:
        made.speaker.close()


def test_a_cached_text_plays_at_once_without_asking_the_worker(rig: Rig) -> None:
    path = write_wav(rig.synthesis.path_for("Rest."))
    rig.speaker.say("Rest.")
    assert rig.voice.calls == [("play", path)]
    assert rig.synthesis.pending() == 0
    assert rig.worker.texts() == []


def test_an_uncached_text_is_synthesised_urgently_and_plays_when_ready(rig: Rig) -> None:
    rig.speaker.say("Left leg.")
    assert rig.voice.played == []
    assert rig.voice.stops == 1  # whatever was being said is cut off
    wait_for(lambda: rig.voice.played, what="the cue to play")
    assert rig.voice.played == [rig.synthesis.path_for("Left leg.")]
    assert rig.worker.texts() == ["Left leg."]


def test_an_uncached_text_goes_ahead_of_prepared_ones(rig: Rig) -> None:
    rig.speaker.prepare(["gate hold", "Rep 1.", "Rep 2.", "Rep 3."])
    wait_for(lambda: rig.worker.texts() == ["gate hold"], what="the worker to be busy")
    rig.speaker.say("Rep 3.")
    rig.clock.advance(0.5)
    rig.worker.open_gate()
    wait_for(lambda: rig.handled("Rep 2."))
    assert rig.worker.texts() == ["gate hold", "Rep 3.", "Rep 1.", "Rep 2."]
    assert rig.voice.played == [rig.synthesis.path_for("Rep 3.")]


def test_a_text_ready_just_within_max_delay_is_played(rig: Rig) -> None:
    rig.speaker.say("gate within")
    wait_for(lambda: rig.worker.texts() == ["gate within"])
    rig.clock.advance(MAX_DELAY - 0.05)
    rig.worker.open_gate()
    wait_for(lambda: rig.handled("gate within"))
    assert rig.voice.played == [rig.synthesis.path_for("gate within")]


def test_a_text_ready_later_than_max_delay_is_dropped(rig: Rig) -> None:
    rig.speaker.say("gate too late")
    wait_for(lambda: rig.worker.texts() == ["gate too late"])
    rig.clock.advance(MAX_DELAY + 0.05)
    rig.worker.open_gate()
    wait_for(lambda: rig.handled("gate too late"))
    assert rig.voice.played == []
    # It is in the cache now, so saying it again plays it at once.
    rig.speaker.say("gate too late")
    assert rig.voice.played == [rig.synthesis.path_for("gate too late")]


def test_speaking_while_a_text_is_made_and_while_it_plays(rig: Rig) -> None:
    assert not rig.speaker.speaking()
    rig.speaker.say("gate speaking")
    wait_for(lambda: rig.worker.texts() == ["gate speaking"])
    assert rig.speaker.speaking()  # its speech is being made
    rig.worker.open_gate()
    wait_for(lambda: rig.voice.played, what="the text to play")
    assert rig.speaker.speaking()  # playing
    rig.voice.playing = False  # the player has finished
    assert not rig.speaker.speaking()


def test_a_text_too_late_to_be_said_is_not_being_said(rig: Rig) -> None:
    rig.speaker.say("gate never")
    wait_for(lambda: rig.worker.texts() == ["gate never"])
    assert rig.speaker.speaking()
    rig.clock.advance(MAX_DELAY + 0.05)
    assert not rig.speaker.speaking()


def test_silence_stops_the_voice(rig: Rig) -> None:
    path = write_wav(rig.synthesis.path_for("Hold it."))
    rig.speaker.say("Hold it.")
    rig.speaker.silence()
    assert rig.voice.calls == [("play", path), ("stop", None)]


def test_a_text_that_becomes_ready_after_silence_is_not_played(rig: Rig) -> None:
    rig.speaker.say("gate silenced")
    wait_for(lambda: rig.worker.texts() == ["gate silenced"])
    rig.speaker.silence()
    assert rig.voice.stops == 2
    rig.worker.open_gate()
    wait_for(lambda: rig.handled("gate silenced"))
    assert rig.voice.played == []


def test_a_newer_say_supersedes_an_older_pending_one(rig: Rig) -> None:
    rig.speaker.say("gate older")
    wait_for(lambda: rig.worker.texts() == ["gate older"])
    rig.speaker.say("Newer.")
    rig.worker.open_gate()
    wait_for(lambda: rig.handled("gate older") and rig.handled("Newer."))
    assert rig.voice.played == [rig.synthesis.path_for("Newer.")]


def test_a_cached_say_cancels_a_pending_one(rig: Rig) -> None:
    cached = write_wav(rig.synthesis.path_for("Cached."))
    rig.speaker.say("gate pending")
    wait_for(lambda: rig.worker.texts() == ["gate pending"])
    rig.speaker.say("Cached.")
    rig.worker.open_gate()
    wait_for(lambda: rig.handled("gate pending"))
    assert rig.voice.played == [cached]


def test_prepared_texts_becoming_ready_are_not_played(rig: Rig) -> None:
    rig.speaker.prepare(["One.", "Two."])
    wait_for(lambda: rig.handled("Two."))
    assert rig.voice.calls == []
    assert rig.synthesis.cached("One.") is not None


@pytest.mark.parametrize("sound", list(Sound))
def test_a_sound_plays_its_file_on_the_sounds_channel_only(rig: Rig, sound: Sound) -> None:
    path = write_wav(rig.synthesis.path_for("Talking."))
    rig.speaker.say("Talking.")
    rig.speaker.sound(sound)
    expected = SOUNDS_DIR / f"{sound.value}.wav"
    assert expected.is_file()
    assert rig.sounds.calls == [("play", expected)]
    assert rig.voice.calls == [("play", path)]  # the voice is not cut off


def test_silence_does_not_stop_cue_sounds(rig: Rig) -> None:
    rig.speaker.sound(Sound.END)
    rig.speaker.silence()
    assert rig.sounds.calls == [("play", SOUNDS_DIR / "end.wav")]


def test_configure_and_voices_go_through_the_synthesis(rig: Rig) -> None:
    before = rig.synthesis.path_for("Rest.")
    rig.speaker.configure(voice="fake/one", rate=120, volume=0.8)
    assert rig.synthesis.path_for("Rest.") != before
    assert rig.speaker.voices() == []
    rig.speaker.prepare(["Rest."])
    wait_for(lambda: rig.handled("Rest."))
    assert rig.speaker.voices() == [Voice("fake/one", "Fake One", ("en",))]


def test_speech_unavailable_is_reported_and_say_stays_quiet(
    make_rig: Callable[..., Rig],
) -> None:
    rig = make_rig("fatal")
    assert rig.speaker.available
    rig.speaker.say("Hello.")
    wait_for(lambda: rig.unavailable, what="on_unavailable")
    assert rig.unavailable == [SpeechProblem.ENGINE_FAILED]
    assert not rig.speaker.available
    rig.speaker.say("Hello again.")
    assert rig.voice.played == []
    rig.speaker.sound(Sound.SWITCH)  # beeps still work
    assert rig.sounds.played == [SOUNDS_DIR / "switch.wav"]


def test_sound_is_checked_once_in_the_background_and_working_sound_is_not_reported(
    rig: Rig,
) -> None:
    wait_for(lambda: rig.voice.checks == 1, what="the sound check")
    rig.speaker.sound(Sound.END)
    assert rig.sounds.played == [SOUNDS_DIR / "end.wav"]
    assert rig.speaker.can_play
    assert rig.unavailable == []
    assert rig.sounds.checks == 0  # one check: both channels use the same player


@pytest.mark.parametrize("problem", [SpeechProblem.NO_SOUND_DEVICE, SpeechProblem.PLAYER_MISSING])
def test_sound_that_cannot_be_heard_is_reported_once_and_no_cue_tries_to_play(
    make_rig: Callable[..., Rig], problem: SpeechProblem
) -> None:
    rig = make_rig(sound=problem)
    wait_for(lambda: rig.unavailable, what="on_unavailable")
    cached = write_wav(rig.synthesis.path_for("Rest."))
    for _ in range(5):
        rig.speaker.say("Rest.")
        rig.speaker.say("Not ready yet.")
        for sound in Sound:
            rig.speaker.sound(sound)
    assert rig.voice.played == []
    assert rig.sounds.played == []
    assert rig.synthesis.cached("Rest.") == cached
    assert rig.unavailable == [problem]
    assert rig.voice.checks == 1
    assert not rig.speaker.can_play
    assert not rig.speaker.available


def test_no_voice_channel_means_not_available(tmp_path: Path) -> None:
    worker = FakeWorker(tmp_path / "worker")
    synthesis = SynthesisService(tmp_path / "cache", command=worker.command())
    speaker = CueSpeaker(
        synthesis, RecordingPlayback(available=False), RecordingPlayback(), SOUNDS_DIR
    )
    try:
        assert not speaker.available
    finally:
        speaker.close()


def test_close_silences_and_closes_everything(tmp_path: Path) -> None:
    rig = build(tmp_path)
    rig.speaker.say("Bye.")
    wait_for(lambda: rig.handled("Bye."))
    rig.speaker.close()
    assert rig.voice.calls[-1] == ("stop", None)
    assert rig.voice.closed
    assert rig.sounds.closed
    assert not any(t.name == "speech-synthesis" for t in threading.enumerate())
