"""Words and numbers shown to people, shared by the command line and the window."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Final

from homestretch.core.phrases import Phrase, say
from homestretch.core.routine import Position, Side
from homestretch.core.timeline import SegmentKind, Timeline

if TYPE_CHECKING:
    from homestretch.core.history import SessionRecord


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
