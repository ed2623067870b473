"""Words and numbers shown to people, shared by the command line and the window."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

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


GET_INTO_POSITION = {
    Position.SITTING: "sit on a firm chair",
    Position.STANDING: "stand up",
    Position.LYING_FACE_DOWN: "lie face down on the mat",
    Position.LYING_ON_BACK: "lie on your back on the mat",
    Position.LYING_ON_SIDE: "lie on your side on the mat",
}
"""What to do to get into each starting position, as an instruction."""


def describe_next(timeline: Timeline, index: int) -> str:
    """What comes after segment ``index``, in a few words."""
    segments = timeline.segments
    if index + 1 >= len(segments):
        return ""
    current, upcoming = segments[index], segments[index + 1]
    if timeline.is_rest_before_next(current) and upcoming.exercise_index is not None:
        position = timeline.routine.exercises[upcoming.exercise_index].position
        return f"Next: {GET_INTO_POSITION[position]}"
    if upcoming.kind is SegmentKind.DONE:
        return "Next: the end. Nearly there!"
    if upcoming.exercise_index != current.exercise_index and upcoming.exercise_index is not None:
        name = timeline.routine.exercises[upcoming.exercise_index].name
        return f"Next exercise: {name}"
    if upcoming.kind is SegmentKind.SWITCH:
        return f"Next: switch to the {_side(upcoming.side)} leg"
    if upcoming.kind is SegmentKind.REST:
        return f"Next: rest {upcoming.seconds:g} s"
    label = upcoming.label()
    side = f" ({_side(upcoming.side)} leg)" if upcoming.side else ""
    return f"Next: {label}{side}, {upcoming.seconds:g} s"


def _side(side: Side | None) -> str:
    return "left" if side is Side.LEFT else "right"


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
