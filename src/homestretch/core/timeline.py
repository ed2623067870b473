"""A routine compiled into a flat list of timed segments.

Everything the session shows and says is decided here, before it starts:
each segment knows its exercise, side, set, rep, phase, duration and spoken
cues, so the total time is known up front and the speech can be prepared in
advance. The player only walks this list.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Final

from homestretch.core.i18n import translate
from homestretch.core.phrases import Phrase, join_sentences, say, sentence
from homestretch.core.routine import Exercise, Routine, Side, Sides

MAX_SESSION_SECONDS: Final = 4 * 3600.0
"""The longest session a routine may make (validation refuses a longer one)."""
MAX_SEGMENTS: Final = 20_000
"""The most timeline segments a session may have: generous (a 90-minute session with
two-second phases on alternating legs has about 6,000), and a bound that keeps building,
previewing and walking a timeline quick (see benchmarks/timeline_bound.py)."""


class SegmentKind(StrEnum):
    PREPARE = "prepare"
    """Get into position for an exercise; its introduction is spoken."""
    WORK = "work"
    """One phase of a rep, or a stretch of timed work."""
    SWITCH = "switch"
    """Change to the other leg."""
    REST = "rest"
    """Rest between reps, sets or exercises."""
    DONE = "done"
    """The end of the session (zero length)."""


class CueKind(StrEnum):
    """What a piece of spoken text is about, so a verbosity setting can pick."""

    INTRO = "intro"
    SIDE = "side"
    COUNT = "count"
    PHASE = "phase"
    REST = "rest"
    NEXT = "next"
    END = "end"


@dataclass(frozen=True)
class Cue:
    kind: CueKind
    text: str


@dataclass(frozen=True)
class Segment:
    index: int
    start: float
    seconds: float
    kind: SegmentKind
    exercise_index: int | None
    """Position of the exercise in the routine; ``None`` for the final DONE segment."""
    exercise_id: str | None
    side: Side | None
    set: int | None
    sets: int | None
    rep: int | None
    reps: int | None
    phase: str | None
    """The phase name (``straighten``, ``hold``...), or ``None`` outside WORK segments."""
    cues: tuple[Cue, ...] = field(default=())

    @property
    def end(self) -> float:
        return self.start + self.seconds

    @property
    def say(self) -> str | None:
        """Everything spoken at the start of this segment, or ``None``."""
        return join_sentences(c.text for c in self.cues) or None

    def label(self) -> str:
        """A short name of what happens now: the phase, or the segment kind."""
        if self.kind is SegmentKind.SWITCH:
            return "switch side"
        return self.phase or str(self.kind)

    def to_json(self) -> dict[str, Any]:
        return {
            "start": round(self.start, 3),
            "seconds": round(self.seconds, 3),
            "exercise": self.exercise_id,
            "side": str(self.side) if self.side else None,
            "kind": str(self.kind),
            "phase": self.phase,
            "set": self.set,
            "rep": self.rep,
            "say": self.say,
        }


@dataclass(frozen=True)
class Timeline:
    routine: Routine
    segments: tuple[Segment, ...]
    exercise_spans: tuple[tuple[int, int], ...]
    """Per exercise, the index of its first segment and one past its last."""
    starts: tuple[float, ...] = field(default=(), repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.starts:
            object.__setattr__(self, "starts", tuple(s.start for s in self.segments))

    @property
    def total_seconds(self) -> float:
        return self.segments[-1].end

    def exercise_start(self, exercise_index: int) -> float:
        return self.segments[self.exercise_spans[exercise_index][0]].start

    def exercise_seconds(self, exercise_index: int) -> float:
        first, stop = self.exercise_spans[exercise_index]
        return sum(s.seconds for s in self.segments[first:stop])

    def work_end(self, exercise_index: int) -> float:
        """When the last movement of an exercise ends (its trailing rest is not needed)."""
        first, stop = self.exercise_spans[exercise_index]
        ends = [s.end for s in self.segments[first:stop] if s.kind is SegmentKind.WORK]
        return max(ends)

    def is_rest_before_next(self, segment: Segment) -> bool:
        """Whether ``segment`` is the rest between its exercise and the next one."""
        k = segment.exercise_index
        return (
            k is not None
            and segment.kind is SegmentKind.REST
            and k + 1 < len(self.exercise_spans)
            and segment.index == self.exercise_spans[k][1] - 1
            and segment.set is None
        )

    def shown_exercise(self, segment: Segment) -> int | None:
        """The exercise a screen shows during ``segment``: its own, or in the rest
        between two exercises, the one coming next (so the patient can get ready)."""
        k = segment.exercise_index
        if k is not None and self.is_rest_before_next(segment):
            return k + 1
        return k

    def index_at(self, position: float) -> int:
        """The segment running at ``position`` seconds into the session."""
        i = bisect.bisect_right(self.starts, position) - 1
        i = max(0, min(i, len(self.segments) - 1))
        # Skip zero-length segments except the final one.
        while i < len(self.segments) - 1 and self.segments[i].end <= position:
            i += 1
        return i

    def to_json(self) -> dict[str, Any]:
        return {
            "routine": self.routine.name,
            "language": self.routine.language,
            "total_seconds": round(self.total_seconds, 3),
            "segments": [s.to_json() for s in self.segments],
        }


_START_WITH: Final = {Side.LEFT: Phrase.START_LEFT, Side.RIGHT: Phrase.START_RIGHT}
_SWITCH_TO: Final = {Side.LEFT: Phrase.SWITCH_TO_LEFT, Side.RIGHT: Phrase.SWITCH_TO_RIGHT}
_LEG: Final = {Side.LEFT: Phrase.LEFT_LEG, Side.RIGHT: Phrase.RIGHT_LEG}


@dataclass(frozen=True)
class SessionSize:
    """How long a routine's session is and how many segments it has, without building it."""

    seconds: float
    segments: int

    def __add__(self, other: SessionSize) -> SessionSize:
        return SessionSize(self.seconds + other.seconds, self.segments + other.segments)

    @property
    def within_bounds(self) -> bool:
        return self.segments <= MAX_SEGMENTS and self.seconds <= MAX_SESSION_SECONDS

    def describe(self) -> str:
        """In words: ``"2,570 h 33 min (8,400,100 steps)"``, ``"40 s (5 steps)"``."""
        steps = f"{self.segments:,}"
        if self.seconds < 60:
            text = translate("RoutineProblems", "{seconds} s ({steps} steps)")
            return text.format(seconds=round(self.seconds), steps=steps)
        hours, minutes = divmod(round(self.seconds / 60), 60)
        if hours:
            text = translate("RoutineProblems", "{hours} h {minutes} min ({steps} steps)")
            return text.format(hours=f"{hours:,}", minutes=minutes, steps=steps)
        text = translate("RoutineProblems", "{minutes} min ({steps} steps)")
        return text.format(minutes=minutes, steps=steps)


class SessionTooLongError(ValueError):
    """A routine would make a session over :data:`MAX_SESSION_SECONDS` or :data:`MAX_SEGMENTS`."""

    def __init__(self, size: SessionSize) -> None:
        self.size = size
        super().__init__(too_long_message(size))


def too_long_message(size: SessionSize) -> str:
    """Why a session of ``size`` is refused, in plain words."""
    message = translate(
        "RoutineProblems",
        "this session would take {length}; a session may take at most {hours} hours and "
        "{steps} steps",
    )
    return message.format(
        length=size.describe(),
        hours=f"{MAX_SESSION_SECONDS / 3600:g}",
        steps=f"{MAX_SEGMENTS:,}",
    )


def exercise_size(routine: Routine, index: int) -> SessionSize:
    """The segments one exercise adds to the timeline (with its trailing rest), by arithmetic.

    Mirrors :func:`build_timeline` step for step: a step of zero seconds makes no segment.
    """
    e = routine.exercises[index]
    count = 0
    seconds = 0.0

    def add(length: float, times: int = 1) -> None:
        nonlocal count, seconds
        if length > 0 and times > 0:
            count += times
            seconds += length * times

    add(routine.exercise_prepare(e))
    sides = len(e.side_order)
    items = e.sets * e.reps * sides
    for phase in e.phases:
        add(phase.seconds, items)
    # Between sets: a rest, or (with no rest) whatever the change of rep and side makes.
    if e.rest_between_sets > 0:
        add(e.rest_between_sets, e.sets - 1)
    elif e.sides is Sides.ALTERNATING:
        add(e.rest_between_sides + (e.rest_between_reps if e.reps > 1 else 0.0), e.sets - 1)
    elif e.sides is Sides.EACH:
        add(e.rest_between_sides, e.sets - 1)
    elif e.reps > 1:
        add(e.rest_between_reps, e.sets - 1)
    # Within a set.
    if e.sides is Sides.ALTERNATING:
        add(e.rest_between_sides, e.sets * e.reps)
        add(e.rest_between_sides + e.rest_between_reps, e.sets * (e.reps - 1))
    elif e.sides is Sides.EACH:
        add(e.rest_between_reps, e.sets * sides * (e.reps - 1))
        add(e.rest_between_sides, e.sets)
    else:
        add(e.rest_between_reps, e.sets * (e.reps - 1))
    if index + 1 < len(routine.exercises):
        add(routine.exercise_rest(e))
    return SessionSize(seconds, count)


def session_size(routine: Routine) -> SessionSize:
    """The whole session's length and segment count (with the final DONE), without building it.

    Cheap whatever the routine holds, so a routine can be measured before anything
    builds its timeline: :func:`build_timeline` and the routine loader refuse one
    that is not :attr:`SessionSize.within_bounds`.
    """
    total = SessionSize(0.0, 1)  # the DONE segment
    for index in range(len(routine.exercises)):
        total += exercise_size(routine, index)
    return total


class _Builder:
    def __init__(self, routine: Routine) -> None:
        self.routine = routine
        self.segments: list[Segment] = []
        self.clock = 0.0
        self.carry: list[Cue] = []

    def add(
        self,
        kind: SegmentKind,
        seconds: float,
        exercise: int | None,
        cues: list[Cue],
        *,
        side: Side | None = None,
        set_: int | None = None,
        rep: int | None = None,
        phase: str | None = None,
    ) -> None:
        if len(self.segments) >= MAX_SEGMENTS:  # measured first; this only guards the bound
            raise SessionTooLongError(SessionSize(self.clock, len(self.segments) + 1))
        cues = self.carry + cues
        if seconds <= 0 and kind is not SegmentKind.DONE:
            # A zero-length step is not a segment; its words go with the next one.
            self.carry = cues
            return
        self.carry = []
        ex = self.routine.exercises[exercise] if exercise is not None else None
        self.segments.append(
            Segment(
                index=len(self.segments),
                start=self.clock,
                seconds=float(seconds),
                kind=kind,
                exercise_index=exercise,
                exercise_id=ex.id if ex else None,
                side=side,
                set=set_,
                sets=ex.sets if ex else None,
                rep=rep,
                reps=ex.reps if ex else None,
                phase=phase,
                cues=tuple(cues),
            )
        )
        # Sum exactly enough that 0.1 + 0.2 style errors never build up.
        self.clock = round(self.clock + seconds, 9)


def _items(exercise: Exercise) -> Iterator[tuple[int, int, Side | None]]:
    """(set, rep, side) in the order they are done."""
    for set_ in range(1, exercise.sets + 1):
        if exercise.sides is Sides.ALTERNATING:
            for rep in range(1, exercise.reps + 1):
                for side in exercise.side_order:
                    yield set_, rep, side
        else:
            for side in exercise.side_order:
                for rep in range(1, exercise.reps + 1):
                    yield set_, rep, side


def build_timeline(routine: Routine) -> Timeline:
    """Compile a routine into its segments.

    Raises:
        SessionTooLongError: the session would be longer than :data:`MAX_SESSION_SECONDS`
            or have more than :data:`MAX_SEGMENTS` segments (nothing is built). A routine
            from :func:`~homestretch.core.routine.load_routine` never is.
    """
    size = session_size(routine)
    if not size.within_bounds:
        raise SessionTooLongError(size)
    b = _Builder(routine)
    spans: list[tuple[int, int]] = []
    count = len(routine.exercises)
    language = routine.language
    for k, exercise in enumerate(routine.exercises):
        first = len(b.segments)
        intro = [
            Cue(CueKind.INTRO, sentence(exercise.name, language)),
            Cue(CueKind.INTRO, sentence(exercise.summary, language)),
        ]
        if exercise.one_sided:
            intro.append(Cue(CueKind.SIDE, say(language, _START_WITH[exercise.first_side])))
        b.add(SegmentKind.PREPARE, routine.exercise_prepare(exercise), k, intro)

        previous: tuple[int, int, Side | None] | None = None
        for set_, rep, side in _items(exercise):
            if previous is not None:
                _gap(b, exercise, k, previous, (set_, rep, side))
            for p, phase in enumerate(exercise.phases):
                cues: list[Cue] = []
                if p == 0 and exercise.reps > 1:
                    cues.append(Cue(CueKind.COUNT, say(language, Phrase.REP, rep=rep)))
                if phase.say:
                    cues.append(Cue(CueKind.PHASE, sentence(phase.say, language)))
                b.add(
                    SegmentKind.WORK,
                    phase.seconds,
                    k,
                    cues,
                    side=side,
                    set_=set_,
                    rep=rep,
                    phase=phase.name,
                )
            previous = (set_, rep, side)

        if k + 1 < count:
            upcoming = routine.exercises[k + 1]
            b.add(
                SegmentKind.REST,
                routine.exercise_rest(exercise),
                k,
                [
                    Cue(CueKind.REST, say(language, Phrase.WELL_DONE_REST)),
                    Cue(
                        CueKind.NEXT,
                        sentence(say(language, Phrase.NEXT, name=upcoming.name), language),
                    ),
                ],
            )
        spans.append((first, len(b.segments)))
        if len(b.segments) == first:
            raise ValueError(f"exercise {exercise.id} has no time")  # pragma: no cover
    b.add(SegmentKind.DONE, 0.0, None, [Cue(CueKind.END, say(language, Phrase.SESSION_COMPLETE))])
    return Timeline(routine=routine, segments=tuple(b.segments), exercise_spans=tuple(spans))


def _gap(
    b: _Builder,
    exercise: Exercise,
    k: int,
    previous: tuple[int, int, Side | None],
    current: tuple[int, int, Side | None],
) -> None:
    set_, rep, side = current
    language = b.routine.language
    side_changed = side is not None and side != previous[2]
    if set_ != previous[0]:
        next_set = Cue(CueKind.COUNT, say(language, Phrase.SET_NEXT, set=set_, sets=exercise.sets))
        if exercise.rest_between_sets > 0:
            words = [Cue(CueKind.REST, say(language, Phrase.REST)), next_set]
            if side_changed and side is not None:
                words.append(Cue(CueKind.SIDE, say(language, _START_WITH[side])))
            b.add(SegmentKind.REST, exercise.rest_between_sets, k, words, side=side, set_=set_)
            return
        # No rest: announce the set and let the side switch below name the leg.
        b.carry.append(next_set)
    if side_changed and side is not None:
        seconds = exercise.rest_between_sides
        if exercise.sides is Sides.ALTERNATING:
            if rep != previous[1]:
                seconds += exercise.rest_between_reps
            text = say(language, _LEG[side])
        else:
            text = say(language, _SWITCH_TO[side])
        b.add(
            SegmentKind.SWITCH, seconds, k, [Cue(CueKind.SIDE, text)], side=side, set_=set_, rep=rep
        )
    elif rep != previous[1] and exercise.rest_between_reps > 0:
        b.add(
            SegmentKind.REST,
            exercise.rest_between_reps,
            k,
            [Cue(CueKind.REST, say(language, Phrase.RELAX))],
            side=side,
            set_=set_,
            rep=rep,
        )
