"""Words and numbers shown to people, shared by the command line and the window."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Final

from homestretch.core.phrases import Phrase, say
from homestretch.core.routine import Position, Side, Sides
from homestretch.core.timeline import SegmentKind, Timeline

if TYPE_CHECKING:
    from homestretch.core.checkin import StopRule
    from homestretch.core.history import SessionRecord
    from homestretch.core.routine import Exercise


def plural(n: int, word: str) -> str:
    """``1 day``, ``3 days`` (English: the word takes an s)."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def utc_offset(moment: datetime) -> str:
    """``UTC+14``, ``UTC-11``, ``UTC+5:30`` or ``UTC``: the offset of an aware ``moment``."""
    offset = moment.utcoffset()
    minutes = round(offset.total_seconds() / 60) if offset is not None else 0
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def format_clock(seconds: float) -> str:
    """``75`` -> ``1:15``; ``3725`` -> ``1:02:05`` (rounded up, as a countdown reads)."""
    total = max(0, int(-(-seconds // 1)))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


GET_INTO_POSITION: Final = {
    Position.SITTING: Phrase.NEXT_SITTING,
    Position.STANDING: Phrase.NEXT_STANDING,
    Position.LYING_FACE_DOWN: Phrase.NEXT_LYING_FACE_DOWN,
    Position.LYING_ON_BACK: Phrase.NEXT_LYING_ON_BACK,
    Position.LYING_ON_SIDE: Phrase.NEXT_LYING_ON_SIDE,
}
"""What to do next to get into each starting position, as an instruction."""
_SWITCH_TO: Final = {Side.LEFT: Phrase.NEXT_SWITCH_LEFT, Side.RIGHT: Phrase.NEXT_SWITCH_RIGHT}
_STEP_ON: Final = {
    None: Phrase.NEXT_STEP,
    Side.LEFT: Phrase.NEXT_STEP_LEFT,
    Side.RIGHT: Phrase.NEXT_STEP_RIGHT,
}

POSITION_WORDS: Final = {
    Position.SITTING: Phrase.SITTING,
    Position.STANDING: Phrase.STANDING,
    Position.LYING_FACE_DOWN: Phrase.LYING_FACE_DOWN,
    Position.LYING_ON_BACK: Phrase.LYING_ON_BACK,
    Position.LYING_ON_SIDE: Phrase.LYING_ON_SIDE,
}
"""Each starting position, as a caption (the session's placeholder, the handout); its
words come from the phrase table in the routine's language."""

HOLD_PHASE = "hold"
"""A phase of this name (any case) is where the patient keeps still: the dose names it."""


def duration_words(seconds: float) -> str:
    """``5`` -> ``5 seconds``; ``1`` -> ``1 second``; ``90`` -> ``1 minute 30 seconds``."""
    if seconds < 60 or seconds % 1:
        return f"{seconds:g} second" + ("" if seconds == 1 else "s")
    minutes, rest = divmod(int(seconds), 60)
    words = plural(minutes, "minute")
    return f"{words} {plural(rest, 'second')}" if rest else words


def dose_text(exercise: Exercise) -> str:
    """How much of an exercise to do, in words: ``8 times each leg, alternating; hold
    5 seconds; 1 set``. The one wording of a dose, in the app's list and on the handout."""
    if exercise.timed:
        amount = duration_words(exercise.phases[0].seconds)
        legs = {
            Sides.ALTERNATING: " each leg, alternating",
            Sides.EACH: f" each leg, {exercise.first_side} leg first",
            Sides.BOTH: ", both legs together",
            Sides.NONE: "",
        }[exercise.sides]
    else:
        amount = "once" if exercise.reps == 1 else f"{exercise.reps} times"
        legs = {
            Sides.ALTERNATING: " each leg, alternating",
            Sides.EACH: f" each leg, all on the {exercise.first_side} leg first",
            Sides.BOTH: ", both legs together",
            Sides.NONE: "",
        }[exercise.sides]
    parts = [amount + legs]
    holds = [p.seconds for p in exercise.phases if p.name.casefold() == HOLD_PHASE]
    if holds and not exercise.timed:
        parts.append(f"hold {duration_words(max(holds))}")
    sets = plural(exercise.sets, "set")
    if exercise.sets > 1 and exercise.rest_between_sets:
        sets += f", resting {duration_words(exercise.rest_between_sets)} between sets"
    parts.append(sets)
    return "; ".join(parts)


def sessions_text(sessions_per_week: int) -> str:
    """How often to do a routine: ``Once a day, every day``, ``3 times a week``."""
    per_day, rest = divmod(sessions_per_week, 7)
    if rest == 0:
        times = {1: "Once", 2: "Twice"}.get(per_day, f"{per_day} times")
        return f"{times} a day, every day"
    times = {1: "Once", 2: "Twice"}.get(sessions_per_week, f"{sessions_per_week} times")
    return f"{times} a week"


def stop_rule_text(rule: StopRule | None) -> str:
    """The stop rule as advice: ``Stop and call your physiotherapist if your pain rises by
    2 or more points or reaches 7``; general advice when the routine sets no rule."""
    conditions: list[str] = []
    if rule is not None and rule.pain_rise is not None:
        conditions.append(f"rises by {rule.pain_rise} or more points")
    if rule is not None and rule.pain_at_least is not None:
        conditions.append(f"reaches {rule.pain_at_least}")
    if not conditions:
        return "Stop and call your physiotherapist if your pain gets clearly worse"
    return "Stop and call your physiotherapist if your pain " + " or ".join(conditions)


def describe_next(timeline: Timeline, index: int) -> str:
    """What comes after segment ``index``, in a few words of the routine's language."""
    segments = timeline.segments
    if index + 1 >= len(segments):
        return ""
    language = timeline.routine.language
    current, upcoming = segments[index], segments[index + 1]
    if timeline.is_rest_before_next(current) and upcoming.exercise_index is not None:
        position = timeline.routine.exercises[upcoming.exercise_index].position
        return say(language, GET_INTO_POSITION[position])
    if upcoming.kind is SegmentKind.DONE:
        return say(language, Phrase.NEXT_END)
    if upcoming.exercise_index != current.exercise_index and upcoming.exercise_index is not None:
        name = timeline.routine.exercises[upcoming.exercise_index].name
        return say(language, Phrase.NEXT_EXERCISE, name=name)
    if upcoming.kind is SegmentKind.SWITCH:
        return say(language, _SWITCH_TO[upcoming.side or Side.RIGHT])
    if upcoming.kind is SegmentKind.REST:
        return say(language, Phrase.NEXT_REST, seconds=f"{upcoming.seconds:g}")
    step = upcoming.phase or upcoming.label()
    return say(language, _STEP_ON[upcoming.side], step=step, seconds=f"{upcoming.seconds:g}")


def practice_text(session: SessionRecord) -> str:
    """``(practice at 20× speed)`` for a session run faster (or slower) than real time;
    empty for a real one."""
    return f"(practice at {session.speed:g}× speed)" if session.practice else ""


def single_exercise_text(session: SessionRecord) -> str:
    """``(knee pats only)`` for one exercise of a routine started alone; empty otherwise."""
    if not session.single_exercise:
        return ""
    exercises = session.snapshot.get("exercises")
    first = exercises[0] if isinstance(exercises, list) and exercises else None
    name = first.get("name") if isinstance(first, dict) else None
    return f"({name if isinstance(name, str) and name else 'one exercise'} only)"
