"""The session's voice: a session listener that speaks cues and plays cue sounds.

It listens to the same events as the window. Which words are spoken comes
from the timeline's cues, filtered by the verbosity setting. A segment that
starts late (the app was busy, or several boundaries passed in one wake-up)
is not read out: only the cue that is current is spoken.
"""

from __future__ import annotations

from dataclasses import replace

from homestretch.core.phrases import DEFAULT_LANGUAGE, Phrase, join_sentences, say
from homestretch.core.player import (
    Outcome,
    SegmentStarted,
    SessionEnded,
    State,
    StateChanged,
)
from homestretch.core.session import Event, StopAdvised
from homestretch.core.settings import Settings, Verbosity
from homestretch.core.timeline import CueKind, Segment, SegmentKind, Timeline
from homestretch.speech.speaker import Sound, Speaker


def stop_words(language: str) -> str:
    """Said when the stop rule advises stopping, in the routine's ``language``."""
    return join_sentences([say(language, Phrase.PAIN_WENT_UP), say(language, Phrase.STOP_ADVICE)])


STOP_WORDS = stop_words(DEFAULT_LANGUAGE)
"""Said when the stop rule advises stopping an English routine."""
STALE_AFTER = 0.75
"""A cue noticed this many real seconds after its time is dropped, not read out late."""

_COUNTS_ONLY = frozenset({CueKind.SIDE, CueKind.COUNT, CueKind.END})


def cue_text(segment: Segment, verbosity: Verbosity) -> str | None:
    """The words to say when ``segment`` starts, at this verbosity."""
    if verbosity is Verbosity.OFF:
        return None
    cues = segment.cues
    if verbosity is Verbosity.COUNTS:
        cues = tuple(c for c in cues if c.kind in _COUNTS_ONLY)
    return join_sentences(c.text for c in cues) or None


def session_texts(timeline: Timeline, verbosity: Verbosity) -> list[str]:
    """Every distinct text the session will say, in the order first needed."""
    seen: dict[str, None] = {}
    for segment in timeline.segments:
        text = cue_text(segment, verbosity)
        if text:
            seen.setdefault(text, None)
    return list(seen)


class SessionVoice:
    """Turns session events (the player's among them) into speech and sounds.

    Args:
        speaker: where the words and sounds go.
        settings: verbosity and which sounds are wanted.
        muted: start muted (no speech, no sounds, and nothing synthesised until unmuted).
        speed: session seconds per real second, so lateness is judged in real time.
    """

    def __init__(
        self, speaker: Speaker, settings: Settings, *, muted: bool = False, speed: float = 1.0
    ) -> None:
        self.speaker = speaker
        self.settings = settings
        self.muted = muted
        self.stale_after = STALE_AFTER * speed
        self._timeline: Timeline | None = None

    def prepare(self, timeline: Timeline) -> None:
        """Get the session's words ready (when unmuted: muted, nothing is made or written)."""
        self._timeline = timeline
        if not self.muted:
            self.speaker.prepare(session_texts(timeline, self.settings.verbosity))

    def set_muted(self, muted: bool) -> None:
        was_muted, self.muted = self.muted, muted
        if muted:
            self.speaker.silence()
        elif was_muted and self._timeline is not None:
            self.prepare(self._timeline)

    def set_settings(self, settings: Settings) -> None:
        self.settings = replace(settings)

    def countdown(self, seconds_left: int) -> None:
        """Called by the driver in each of the last seconds of a phase."""
        if not self.muted and self.settings.sound_countdown:
            self.speaker.sound(Sound.COUNTDOWN)

    def __call__(self, event: Event) -> None:
        if isinstance(event, SegmentStarted):
            self._segment(event)
        elif (isinstance(event, StateChanged) and event.state is State.PAUSED) or (
            isinstance(event, SessionEnded) and event.outcome is not Outcome.COMPLETED
        ):
            self.speaker.silence()
        elif isinstance(event, StopAdvised) and not self.muted:
            language = self._timeline.routine.language if self._timeline else DEFAULT_LANGUAGE
            self.speaker.say(stop_words(language))

    def _segment(self, event: SegmentStarted) -> None:
        if self.muted:
            return
        segment = event.segment
        if event.late_by > self.stale_after and segment.kind is not SegmentKind.DONE:
            return
        if segment.kind is SegmentKind.SWITCH and self.settings.sound_switch:
            self.speaker.sound(Sound.SWITCH)
        elif segment.kind is SegmentKind.DONE and self.settings.sound_end:
            self.speaker.sound(Sound.END)
        text = cue_text(segment, self.settings.verbosity)
        if text:
            self.speaker.say(text)
