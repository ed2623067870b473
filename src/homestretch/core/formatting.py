"""Words and numbers shown to people, shared by the command line and the window."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Final

from homestretch.core.phrases import DEFAULT_LANGUAGE, PHRASES, Phrase, join_clauses, say
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

HOLD_PHASES: Final = frozenset(say(language, Phrase.HOLD_PHASE).casefold() for language in PHRASES)
"""A phase of one of these names (any case, any language's) is where the patient keeps
still: the dose names it."""


def duration_words(seconds: float, language: str = DEFAULT_LANGUAGE) -> str:
    """``5`` -> ``5 seconds``; ``1`` -> ``1 second``; ``90`` -> ``1 minute 30 seconds``
    (in ``language``, a routine's language tag)."""
    if seconds < 60 or seconds % 1:
        count: float = int(seconds) if seconds == int(seconds) else seconds
        return say(language, Phrase.SECONDS, count=count)
    minutes, rest = divmod(int(seconds), 60)
    words = say(language, Phrase.MINUTES, count=minutes)
    if not rest:
        return words
    return say(
        language, Phrase.MINUTES_SECONDS, minutes=words, seconds=duration_words(rest, language)
    )


_LEGS_TIMED: Final = {
    (Sides.ALTERNATING, Side.LEFT): Phrase.DOSE_ALTERNATING,
    (Sides.ALTERNATING, Side.RIGHT): Phrase.DOSE_ALTERNATING,
    (Sides.EACH, Side.LEFT): Phrase.DOSE_LEFT_FIRST,
    (Sides.EACH, Side.RIGHT): Phrase.DOSE_RIGHT_FIRST,
    (Sides.BOTH, Side.LEFT): Phrase.DOSE_BOTH_LEGS,
    (Sides.BOTH, Side.RIGHT): Phrase.DOSE_BOTH_LEGS,
}
_LEGS_REPS: Final = {
    **_LEGS_TIMED,
    (Sides.EACH, Side.LEFT): Phrase.DOSE_ALL_LEFT_FIRST,
    (Sides.EACH, Side.RIGHT): Phrase.DOSE_ALL_RIGHT_FIRST,
}


def dose_text(exercise: Exercise, language: str = DEFAULT_LANGUAGE) -> str:
    """How much of an exercise to do, in words: ``8 times each leg, alternating; hold
    5 seconds; 1 set``. The one wording of a dose, in the app's list and on the handout
    (in ``language``, a routine's language tag)."""
    if exercise.timed:
        amount = duration_words(exercise.phases[0].seconds, language)
        legs = _LEGS_TIMED
    else:
        once = exercise.reps == 1
        amount = say(language, Phrase.DOSE_ONCE if once else Phrase.DOSE_TIMES, count=exercise.reps)
        legs = _LEGS_REPS
    if exercise.sides is not Sides.NONE:
        amount = say(language, legs[exercise.sides, exercise.first_side], amount=amount)
    parts = [amount]
    holds = [p.seconds for p in exercise.phases if p.name.casefold() in HOLD_PHASES]
    if holds and not exercise.timed:
        parts.append(say(language, Phrase.DOSE_HOLD, time=duration_words(max(holds), language)))
    sets = say(language, Phrase.DOSE_SETS, count=exercise.sets)
    if exercise.sets > 1 and exercise.rest_between_sets:
        rest = duration_words(exercise.rest_between_sets, language)
        sets = say(language, Phrase.DOSE_SETS_RESTING, sets=sets, time=rest)
    parts.append(sets)
    return join_clauses(parts, language)


def sessions_text(sessions_per_week: int, language: str = DEFAULT_LANGUAGE) -> str:
    """How often to do a routine: ``Once a day, every day``, ``3 times a week``."""
    per_day, rest = divmod(sessions_per_week, 7)
    if rest == 0:
        daily = {1: Phrase.OFTEN_DAY_ONCE, 2: Phrase.OFTEN_DAY_TWICE}
        return say(language, daily.get(per_day, Phrase.OFTEN_DAY), count=per_day)
    weekly = {1: Phrase.OFTEN_WEEK_ONCE, 2: Phrase.OFTEN_WEEK_TWICE}
    return say(language, weekly.get(sessions_per_week, Phrase.OFTEN_WEEK), count=sessions_per_week)


def stop_rule_text(rule: StopRule | None, language: str = DEFAULT_LANGUAGE) -> str:
    """The stop rule as advice: ``Stop and call your physiotherapist if your pain rises by
    2 or more points or reaches 7``; general advice when the routine sets no rule."""
    rise = rule.pain_rise if rule is not None else None
    limit = rule.pain_at_least if rule is not None else None
    if rise is not None and limit is not None:
        return say(language, Phrase.STOP_RULE_BOTH, rise=rise, limit=limit)
    if rise is not None:
        return say(language, Phrase.STOP_RULE_RISE, rise=rise)
    if limit is not None:
        return say(language, Phrase.STOP_RULE_LIMIT, limit=limit)
    return say(language, Phrase.STOP_RULE_NONE)


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
