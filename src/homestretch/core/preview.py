"""The preview table of a routine's timeline: what ``homestretch preview`` prints and
the editor's preview shows, built in one place."""

from __future__ import annotations

from dataclasses import dataclass

from homestretch.core.formatting import format_clock
from homestretch.core.timeline import Segment, Timeline


@dataclass(frozen=True)
class PreviewRow:
    """One segment of the timeline as the preview table shows it.

    Attributes:
        exercise: the name of the exercise when this row starts a new one (the
            table shows it as a heading above the row), else None.
        at: when the segment starts (``1:15``).
        seconds: how long it lasts.
        what: the phase, or what happens (``prepare``, ``rest``, ``switch side``).
        side, set, rep: the side (``left``/``right``), set and rep, or empty.
        says: what is spoken as it starts.
    """

    segment: Segment
    exercise: str | None
    at: str
    seconds: float
    what: str
    side: str
    set: str
    rep: str
    says: str


HEADER = f"{'at':>7} {'secs':>5}  {'what':<22} {'side':<6} {'set':>4} {'rep':>4}  says"
"""The table's column headings, aligned as the rows are."""


def preview_rows(timeline: Timeline) -> list[PreviewRow]:
    """The rows of the preview table, one a segment."""
    names = {e.id: e.name for e in timeline.routine.exercises}
    rows: list[PreviewRow] = []
    last_exercise: str | None = None
    for s in timeline.segments:
        heading = None
        if s.exercise_id != last_exercise and s.exercise_id is not None:
            heading = names[s.exercise_id]
            last_exercise = s.exercise_id
        rows.append(
            PreviewRow(
                segment=s,
                exercise=heading,
                at=format_clock(s.start),
                seconds=s.seconds,
                what=s.label(),
                side=str(s.side or ""),
                set=str(s.set or ""),
                rep=str(s.rep or ""),
                says=s.say or "",
            )
        )
    return rows


def summary_line(timeline: Timeline) -> str:
    """``7 exercises, 7 sessions a week, total 21:40``."""
    routine = timeline.routine
    return (
        f"{len(routine.exercises)} exercises, {routine.sessions_per_week} sessions a week, "
        f"total {format_clock(timeline.total_seconds)}"
    )


def preview_lines(timeline: Timeline) -> list[str]:
    """The whole preview as ``homestretch preview`` prints it, line by line."""
    lines = [timeline.routine.name, summary_line(timeline), "", HEADER]
    for row in preview_rows(timeline):
        if row.exercise is not None:
            lines.append(f"\n  {row.exercise}")
        lines.append(
            f"{row.at:>7} {row.seconds:>5g}  {row.what[:22]:<22} {row.side:<6}"
            f" {row.set:>4} {row.rep:>4}  {row.says}".rstrip()
        )
    lines.append(f"\nTotal: {format_clock(timeline.total_seconds)} ({timeline.total_seconds:g} s)")
    return lines
