"""CSV exports of the session log: one row per session, or one per exercise result.

The column orders are :data:`SESSION_COLUMNS` and :data:`EXERCISE_COLUMNS`,
documented in docs/history.md; new columns are only ever appended, so a
spreadsheet or script that reads columns by position keeps working.

Times are UTC in ISO 8601 (``2026-03-01T08:00:00+00:00``), except
``local_date``, the patient's calendar day when the session started.

Pain areas are named in plain words, head to foot ("lower back; right buttock"),
by :func:`~homestretch.core.checkin.describe_areas`. Free text (routine and
exercise names, notes, events) is written as the patient typed it, except that
a cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
gets a leading apostrophe (``'``): a
spreadsheet would otherwise run it as a formula ("CSV injection"). The check
looks past invisible format characters at the start (a byte order mark, a
zero-width space) and at compatibility forms (a fullwidth ``＝``, a small
``﹢``), which some spreadsheets read as the plain character.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Final

from homestretch.core.checkin import describe_areas
from homestretch.core.history import LoggedEvent, SessionRecord

SESSION_COLUMNS: Final[tuple[str, ...]] = (
    # The columns of Homestretch 0.1's export, in its order:
    "id",
    "started_at",
    "ended_at",
    "routine",
    "ended",
    "planned_seconds",
    "done_seconds",
    "exercises_completed",
    "exercises_skipped",
    "skipped",
    # Added with pain check-ins (log version 2):
    "local_date",
    "pain_before",
    "pain_after",
    "areas_before",
    "areas_after",
    "note",
    "events",
    # Added with the session's speed and exercises stopped part way (log version 4):
    "speed",
    "stopped_part_way",
)
"""Column order of :func:`sessions_csv` and ``homestretch history --csv``."""

EXERCISE_COLUMNS: Final[tuple[str, ...]] = (
    "session_id",
    "started_at",
    "local_date",
    "routine",
    "position",
    "exercise_id",
    "exercise_name",
    "status",
    "planned_seconds",
    "done_seconds",
)
"""Column order of :func:`exercises_csv` and ``homestretch history --exercises-csv``."""

FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")
"""A text cell starting with one of these is prefixed with an apostrophe."""

CSV_ENCODING: Final = "utf-8"
"""Every CSV export is UTF-8, whatever the terminal or the system's encoding."""

BOM: Final = "\ufeff".encode(CSV_ENCODING)
"""The UTF-8 byte order mark that ``--bom`` puts first, for spreadsheet programs."""

LIST_SEPARATOR: Final = "; "
"""Between the pain areas, and between the events, within one cell."""

Cell = str | int | float | None


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet may read ``text`` as a formula.

    Leading invisible format characters (Unicode category Cf: U+FEFF, zero-width
    spaces, direction marks) are looked past; then the first character is a
    formula start as it is, or in its NFKC form (a fullwidth ``＝`` is ``=``),
    or the NFKC form of the rest starts with one.
    """
    start = 0
    while start < len(text) and unicodedata.category(text[start]) == "Cf":
        start += 1
    rest = text[start:]
    return any(
        form.startswith(FORMULA_STARTS)
        for form in (
            rest,
            unicodedata.normalize("NFKC", rest[:1]),
            unicodedata.normalize("NFKC", rest),
        )
    )


def safe_text(text: str) -> str:
    """``text`` made inert for spreadsheets: a leading apostrophe before a formula start,
    however it is written (see :func:`looks_like_formula`)."""
    return "'" + text if looks_like_formula(text) else text


def csv_bytes(text: str, *, bom: bool = False) -> bytes:
    """The bytes of a CSV export: ``text`` in UTF-8, after a byte order mark if ``bom``."""
    return (BOM if bom else b"") + text.encode(CSV_ENCODING)


def iso_utc(moment: datetime) -> str:
    """A moment as UTC ISO 8601 to the second, as the log stores it."""
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def event_text(event: LoggedEvent) -> str:
    """``kind`` or ``kind: detail``, as written in the ``events`` column."""
    return f"{event.kind}: {event.detail}" if event.detail else event.kind


def _row(cells: Iterable[Cell]) -> list[str | int | float]:
    return [
        "" if cell is None else safe_text(cell) if isinstance(cell, str) else cell for cell in cells
    ]


def sessions_csv(
    sessions: Iterable[SessionRecord], counts: Mapping[int, tuple[int, int]] | None = None
) -> str:
    """One row per session, in the order given (the log reads newest first).

    Args:
        sessions: the records, read with their exercises (the ``skipped``
            column lists the skipped exercises' ids).
        counts: optional (completed, skipped) per session id from
            :meth:`~homestretch.core.history.HistoryLog.exercise_counts`; used
            for the two count columns when given, else the records' exercises
            are counted.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(SESSION_COLUMNS)
    for s in sessions:
        skipped = [e.exercise_id for e in s.skipped]
        if counts is not None:
            n_completed, n_skipped = counts.get(s.id, (0, 0))
        else:
            n_completed, n_skipped = len(s.completed), len(skipped)
        writer.writerow(
            _row(
                (
                    s.id,
                    iso_utc(s.started_at),
                    iso_utc(s.ended_at) if s.ended_at else "",
                    s.routine_name,
                    str(s.ended),
                    round(s.planned_seconds),
                    round(s.done_seconds),
                    n_completed,
                    n_skipped,
                    " ".join(skipped),
                    s.local_date.isoformat() if s.local_date else "",
                    s.pain_before,
                    s.pain_after,
                    describe_areas(s.areas_before, LIST_SEPARATOR),
                    describe_areas(s.areas_after, LIST_SEPARATOR),
                    s.note,
                    LIST_SEPARATOR.join(event_text(e) for e in s.events),
                    f"{s.speed:g}",
                    " ".join(f"{e.exercise_id}:{round(e.done_seconds)}" for e in s.partial),
                )
            )
        )
    return out.getvalue()


def exercises_csv(sessions: Iterable[SessionRecord]) -> str:
    """One row per exercise result: sessions in the order given, exercises by position."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(EXERCISE_COLUMNS)
    for s in sessions:
        started = iso_utc(s.started_at)
        day = s.local_date.isoformat() if s.local_date else ""
        for e in sorted(s.exercises, key=lambda e: e.position):
            writer.writerow(
                _row(
                    (
                        s.id,
                        started,
                        day,
                        s.routine_name,
                        e.position,
                        e.exercise_id,
                        e.exercise_name,
                        str(e.status),
                        round(e.planned_seconds),
                        round(e.done_seconds),
                    )
                )
            )
    return out.getvalue()
