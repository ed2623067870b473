"""SessionVoice: player and session events on a fake clock turned into speech and sounds."""

from __future__ import annotations

from collections import Counter

import pytest

from homestretch.core.paths import BUNDLED_ROUTINE
from homestretch.core.player import Player, State
from homestretch.core.routine import load_routine
from homestretch.core.session import Session as RuledSession
from homestretch.core.settings import Settings, Verbosity
from homestretch.core.timeline import CueKind, Segment, SegmentKind, build_timeline
from homestretch.speech.cues import (
    STALE_AFTER,
    STOP_WORDS,
    SessionVoice,
    cue_text,
    session_texts,
)
from homestretch.speech.speaker import RecordingSpeaker, Sound
from tests.helpers import FakeClock

TIMELINE = build_timeline(load_routine(BUNDLED_ROUTINE))
SEGMENTS = TIMELINE.segments
END_TEXT = "Session complete. Well done."
COUNT_KINDS = {CueKind.SIDE, CueKind.COUNT, CueKind.END}


class Session:
    def __init__(
        self, settings: Settings | None = None, *, suspend_gap: float = 5.0, speed: float = 1.0
    ) -> None:
        self.clock = FakeClock()
        self.player = Player(TIMELINE, self.clock, suspend_gap=suspend_gap)
        self.speaker = RecordingSpeaker()
        self.voice = SessionVoice(self.speaker, settings or Settings(), speed=speed)
        self.player.subscribe(self.voice)

    def run_for(self, seconds: float, step: float = 0.25) -> None:
        end = self.clock.now + seconds
        while self.clock.now < end - 1e-9:
            self.clock.advance(min(step, end - self.clock.now))
            self.player.update()

    def run_to(self, position: float, step: float = 0.25) -> None:
        self.run_for(position - self.player.position(), step)

    def run_to_end(self) -> None:
        self.run_for(TIMELINE.total_seconds + 1)
        assert self.player.state is State.FINISHED


def spoken(segments: tuple[Segment, ...] | list[Segment]) -> list[str]:
    return [s.say for s in segments if s.say]


def counts_text(segment: Segment) -> str | None:
    return " ".join(c.text for c in segment.cues if c.kind in COUNT_KINDS) or None


def test_the_routine_has_what_these_tests_rely_on() -> None:
    kinds = Counter(s.kind for s in SEGMENTS)
    assert kinds[SegmentKind.SWITCH] > 0
    assert kinds[SegmentKind.DONE] == 1
    assert SEGMENTS[-1].say == END_TEXT
    assert SEGMENTS[4].kind is SegmentKind.SWITCH


def test_full_verbosity_says_every_cue_in_order() -> None:
    session = Session(Settings(verbosity=Verbosity.FULL))
    session.player.start()
    session.run_to_end()
    assert session.speaker.said == spoken(SEGMENTS)
    assert session.speaker.said[0].startswith("Sitting knee extension.")
    assert session.speaker.said[-1] == END_TEXT
    assert session.speaker.silenced == 0


def test_counts_verbosity_says_only_sides_counts_and_the_end() -> None:
    session = Session(Settings(verbosity=Verbosity.COUNTS))
    session.player.start()
    session.run_to_end()
    said = session.speaker.said
    expected = [t for t in (counts_text(s) for s in SEGMENTS) if t]
    assert said == expected
    others = {c.text for s in SEGMENTS for c in s.cues if c.kind not in COUNT_KINDS}
    assert others
    assert not [(o, t) for o in others for t in said if o in t]
    assert "Rep 1." in said
    assert "Left leg." in said
    assert said[-1] == END_TEXT
    full = " ".join(spoken(SEGMENTS))
    assert "Straighten your knee." in full
    assert not any("Straighten your knee." in t or "Rest." in t for t in said)
    assert not any(t.startswith("Sitting knee extension.") for t in said)


def test_off_says_nothing_but_sounds_still_play() -> None:
    session = Session(Settings(verbosity=Verbosity.OFF))
    session.player.start()
    session.run_to_end()
    assert session.speaker.said == []
    switches = sum(1 for s in SEGMENTS if s.kind is SegmentKind.SWITCH)
    assert session.speaker.sounds == [Sound.SWITCH] * switches + [Sound.END]


def test_switch_and_end_sounds_come_with_their_segments() -> None:
    session = Session()
    session.player.start()
    session.run_to_end()
    log = session.speaker.log
    switches = [s for s in SEGMENTS if s.kind is SegmentKind.SWITCH]
    assert session.speaker.sounds.count(Sound.SWITCH) == len(switches)
    assert session.speaker.sounds.count(Sound.END) == 1
    assert Sound.COUNTDOWN not in session.speaker.sounds
    # Each sound comes just before the words of its segment.
    for i, entry in enumerate(log):
        if entry == ("sound", "switch"):
            assert log[i + 1][0] == "say"
            assert log[i + 1][1] in {s.say for s in switches}
    assert log[-2:] == [("sound", "end"), ("say", END_TEXT)]


@pytest.mark.parametrize(
    ("sound_switch", "sound_end"), [(False, True), (True, False), (False, False)]
)
def test_each_sound_plays_only_when_its_setting_is_on(sound_switch: bool, sound_end: bool) -> None:
    session = Session(Settings(sound_switch=sound_switch, sound_end=sound_end))
    session.player.start()
    session.run_to_end()
    sounds = session.speaker.sounds
    assert (Sound.SWITCH in sounds) == sound_switch
    assert (Sound.END in sounds) == sound_end
    assert session.speaker.said == spoken(SEGMENTS)


def test_a_segment_noticed_late_is_not_spoken() -> None:
    session = Session(suspend_gap=1e6)
    session.player.start()
    target = SEGMENTS[5].start + 0.5
    assert all(target - s.start > STALE_AFTER for s in SEGMENTS[1:5])
    session.clock.advance(target)
    session.player.update()
    assert session.player.segment.index == 5
    assert session.speaker.said == [SEGMENTS[0].say, SEGMENTS[5].say]
    assert session.speaker.sounds == []  # the switch at segment 4 passed unheard


@pytest.mark.parametrize(
    ("late", "said"), [(STALE_AFTER - 0.05, True), (STALE_AFTER + 0.05, False)]
)
def test_the_stale_limit(late: float, said: bool) -> None:
    session = Session(suspend_gap=1e6)
    session.player.start()
    session.clock.advance(SEGMENTS[1].start + late)
    session.player.update()
    assert (SEGMENTS[1].say in session.speaker.said) == said


@pytest.mark.parametrize(("late_real", "said"), [(0.6, True), (0.9, False)])
def test_lateness_is_judged_in_real_seconds_when_the_session_runs_faster(
    late_real: float, said: bool
) -> None:
    speed = 4.0
    session = Session(suspend_gap=1e6, speed=speed)
    session.player.start()
    # The player's clock is in session seconds: late_real real seconds are
    # late_real * speed on it.
    session.clock.advance(SEGMENTS[1].start + late_real * speed)
    session.player.update()
    assert (SEGMENTS[1].say in session.speaker.said) == said


def test_the_end_is_spoken_even_when_noticed_late() -> None:
    session = Session(suspend_gap=1e6)
    session.player.start()
    session.clock.advance(TIMELINE.total_seconds + 60)
    session.player.update()
    assert session.player.state is State.FINISHED
    assert session.speaker.said == [SEGMENTS[0].say, END_TEXT]
    assert session.speaker.sounds == [Sound.END]
    assert session.speaker.silenced == 0


def test_pause_silences_and_resume_says_nothing_new() -> None:
    session = Session()
    session.player.start()
    session.run_to(SEGMENTS[2].start + 1)
    said = list(session.speaker.said)
    session.player.pause()
    assert session.speaker.silenced == 1
    assert session.speaker.log[-1] == ("silence", "")
    session.clock.advance(30)
    session.player.resume()
    assert session.speaker.said == said
    session.run_to(SEGMENTS[3].start + 0.1)
    assert session.speaker.said == [*said, SEGMENTS[3].say]
    assert session.speaker.silenced == 1


def test_a_suspended_session_is_silenced() -> None:
    session = Session(suspend_gap=5.0)
    session.player.start()
    session.run_for(3)
    session.clock.advance(60)
    session.player.update()
    assert session.player.state is State.PAUSED
    assert session.speaker.silenced == 1


def test_a_stopped_session_is_silenced() -> None:
    session = Session()
    session.player.start()
    session.run_to(SEGMENTS[3].start + 1)
    session.player.stop()
    assert session.speaker.silenced == 1
    assert session.speaker.log[-1] == ("silence", "")
    assert END_TEXT not in session.speaker.said


def test_a_completed_session_does_not_cut_off_the_final_cue() -> None:
    session = Session()
    session.player.start()
    session.run_to_end()
    assert session.speaker.log[-1] == ("say", END_TEXT)
    assert session.speaker.silenced == 0


def test_skipping_past_the_last_exercise_completes_with_the_final_cue() -> None:
    session = Session()
    session.player.start()
    for _ in TIMELINE.routine.exercises:
        session.player.next_exercise()
    assert session.player.state is State.FINISHED
    assert session.speaker.log[-2:] == [("sound", "end"), ("say", END_TEXT)]
    assert session.speaker.silenced == 0


def test_mute_silences_and_suppresses_speech_and_sounds_until_unmuted() -> None:
    session = Session()
    session.player.start()
    session.run_to(SEGMENTS[1].start + 0.5)
    before = list(session.speaker.log)
    session.voice.set_muted(True)
    assert session.speaker.log == [*before, ("silence", "")]
    session.run_to(SEGMENTS[9].start + 0.5)  # passes two switches and several cues
    session.voice.countdown(3)
    assert session.speaker.log == [*before, ("silence", "")]

    session.voice.set_muted(False)
    session.run_to(SEGMENTS[13].start + 0.5)
    new = session.speaker.log[len(before) + 1 :]
    assert new == [
        ("say", SEGMENTS[10].say),
        ("say", SEGMENTS[11].say),
        ("sound", "switch"),
        ("say", SEGMENTS[12].say),
        ("say", SEGMENTS[13].say),
    ]


def test_starting_muted_says_nothing() -> None:
    speaker = RecordingSpeaker()
    clock = FakeClock()
    player = Player(TIMELINE, clock)
    voice = SessionVoice(speaker, Settings(), muted=True)
    player.subscribe(voice)
    player.start()
    assert speaker.log == []
    voice.set_muted(False)
    assert speaker.silenced == 0


@pytest.mark.parametrize(
    ("enabled", "muted", "plays"), [(True, False, True), (False, False, False), (True, True, False)]
)
def test_countdown_plays_only_when_enabled_and_not_muted(
    enabled: bool, muted: bool, plays: bool
) -> None:
    speaker = RecordingSpeaker()
    voice = SessionVoice(speaker, Settings(sound_countdown=enabled), muted=muted)
    for seconds_left in (3, 2, 1):
        voice.countdown(seconds_left)
    assert speaker.sounds == ([Sound.COUNTDOWN] * 3 if plays else [])
    assert speaker.said == []


def test_new_settings_take_effect_for_the_next_segment() -> None:
    session = Session()
    session.player.start()
    session.voice.set_settings(Settings(verbosity=Verbosity.OFF, sound_switch=False))
    session.run_to_end()
    assert session.speaker.said == [SEGMENTS[0].say]
    assert session.speaker.sounds == [Sound.END]


def test_session_texts_lists_each_distinct_text_once_in_first_use_order() -> None:
    all_full = spoken(SEGMENTS)
    texts = session_texts(TIMELINE, Verbosity.FULL)
    assert len(all_full) > len(set(all_full))  # the routine repeats cues
    assert len(texts) == len(set(texts)) == len(set(all_full))
    first_use = sorted(set(all_full), key=all_full.index)
    assert texts == first_use
    assert texts[0] == SEGMENTS[0].say
    assert texts[-1] == END_TEXT

    counts = session_texts(TIMELINE, Verbosity.COUNTS)
    all_counts = [t for t in (counts_text(s) for s in SEGMENTS) if t]
    assert counts == sorted(set(all_counts), key=all_counts.index)
    assert session_texts(TIMELINE, Verbosity.OFF) == []


def test_cue_text_at_each_verbosity() -> None:
    first_rep = SEGMENTS[1]
    assert cue_text(first_rep, Verbosity.FULL) == "Rep 1. Straighten your knee."
    assert cue_text(first_rep, Verbosity.COUNTS) == "Rep 1."
    assert cue_text(first_rep, Verbosity.OFF) is None
    assert cue_text(SEGMENTS[2], Verbosity.COUNTS) is None


@pytest.mark.parametrize("verbosity", list(Verbosity))
def test_prepare_asks_for_the_session_texts(verbosity: Verbosity) -> None:
    speaker = RecordingSpeaker()
    SessionVoice(speaker, Settings(verbosity=verbosity)).prepare(TIMELINE)
    assert speaker.prepared == session_texts(TIMELINE, verbosity)


def test_muted_the_session_words_are_not_prepared_until_unmuted() -> None:
    speaker = RecordingSpeaker()
    voice = SessionVoice(speaker, Settings(), muted=True)
    voice.prepare(TIMELINE)
    assert speaker.prepared == []  # (--mute writes no speech at all)
    voice.set_muted(False)
    assert speaker.prepared == session_texts(TIMELINE, Settings().verbosity)


@pytest.mark.parametrize("muted", [False, True])
def test_advice_to_stop_is_said_after_the_pause_silences_the_cues(muted: bool) -> None:
    speaker = RecordingSpeaker()
    clock = FakeClock()
    session = RuledSession(TIMELINE, clock)
    session.subscribe(SessionVoice(speaker, Settings(verbosity=Verbosity.OFF), muted=muted))
    session.start()
    clock.advance(2)
    session.update()
    silenced = speaker.silenced
    session.rate_pain(9)  # the bundled routine advises stopping from 7
    assert speaker.silenced == silenced + 1  # the pause cut off whatever was being said
    assert speaker.said == ([] if muted else [STOP_WORDS])  # whatever the verbosity
