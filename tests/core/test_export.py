from __future__ import annotations

import csv
import io
import re
import shutil
import unicodedata
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from homestretch.core.export import (
    EXERCISE_COLUMNS,
    FORMULA_STARTS,
    SESSION_COLUMNS,
    exercises_csv,
    safe_text,
    sessions_csv,
)
from homestretch.core.history import (
    SCHEMA_VERSION,
    ExerciseResult,
    HistoryLog,
    LoggedEvent,
    SessionRecord,
)
from homestretch.core.paths import BUNDLED_ROUTINE
from homestretch.core.player import ExerciseStatus, Outcome
from homestretch.core.routine import load_routine
from homestretch.core.timeline import build_timeline

DOCS = Path(__file__).resolve().parents[2] / "docs" / "history.md"
FROZEN = Path(__file__).resolve().parents[1] / "data"
START = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


def rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def exercise(position: int, status: ExerciseStatus = ExerciseStatus.COMPLETED) -> ExerciseResult:
    return ExerciseResult(position, f"ex-{position}", f"Exercise {position}", status, 60.0, 59.6)


def record(
    session_id: int = 1,
    *,
    ended: Outcome = Outcome.COMPLETED,
    exercises: tuple[ExerciseResult, ...] = (exercise(0), exercise(1)),
    **fields: object,
) -> SessionRecord:
    values: dict[str, object] = {
        "id": session_id,
        "routine_name": "Sciatica relief",
        "started_at": START,
        "ended_at": START + timedelta(minutes=20),
        "ended": ended,
        "planned_seconds": 1173.4,
        "done_seconds": 1100.6,
        "exercises": exercises,
        "snapshot": {},
        "local_date": START.date(),
    }
    values.update(fields)
    return SessionRecord(**values)  # type: ignore[arg-type]


def documented_columns(heading: str) -> list[str]:
    """The first column of the markdown table that follows ``heading`` in docs/history.md."""
    text = DOCS.read_text(encoding="utf-8")
    section = text[text.index(heading) :]
    table = section[section.index("| column |") :]
    names = []
    for line in table.splitlines()[2:]:
        if not line.startswith("|"):
            break
        names.append(re.findall(r"`([^`]+)`", line.split("|")[1])[0])
    return names


def test_session_columns_keep_the_old_order_and_append_the_new_ones() -> None:
    assert SESSION_COLUMNS == (
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
        "local_date",
        "pain_before",
        "pain_after",
        "areas_before",
        "areas_after",
        "note",
        "events",
        "speed",
        "stopped_part_way",
    )


def test_exercise_columns() -> None:
    assert EXERCISE_COLUMNS == (
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


def test_the_documentation_lists_the_columns_in_order() -> None:
    assert documented_columns("### Sessions") == list(SESSION_COLUMNS)
    assert documented_columns("### Exercises") == list(EXERCISE_COLUMNS)


def test_a_session_row() -> None:
    session = record(
        7,
        ended=Outcome.STOPPED,
        exercises=(exercise(0), exercise(1, ExerciseStatus.SKIPPED)),
        pain_before=6,
        pain_after=4,
        areas_before=("calf_outer_left", "lower_back"),
        areas_after=("calf_back_left",),
        note="Tight after the nerve glide, eased by the end.",
        events=(
            LoggedEvent(START, "stop_rule", "Pain rose from 2 to 6"),
            LoggedEvent(START, "paused", ""),
        ),
    )
    header, row = rows(sessions_csv([session]))
    assert tuple(header) == SESSION_COLUMNS
    assert dict(zip(header, row, strict=True)) == {
        "id": "7",
        "started_at": "2026-03-02T12:00:00+00:00",
        "ended_at": "2026-03-02T12:20:00+00:00",
        "routine": "Sciatica relief",
        "ended": "stopped",
        "planned_seconds": "1173",
        "done_seconds": "1101",
        "exercises_completed": "1",
        "exercises_skipped": "1",
        "skipped": "ex-1",
        "local_date": "2026-03-02",
        "pain_before": "6",
        "pain_after": "4",
        "areas_before": "lower back; outside of the left calf",
        "areas_after": "back of the left calf",
        "note": "Tight after the nerve glide, eased by the end.",
        "events": "stop_rule: Pain rose from 2 to 6; paused",
        "speed": "1",
        "stopped_part_way": "",
    }


@pytest.mark.parametrize(("speed", "written"), [(20.0, "20"), (2.5, "2.5"), (0.5, "0.5")])
def test_a_practice_run_has_its_speed(speed: float, written: str) -> None:
    _, row = rows(sessions_csv([record(speed=speed)]))
    assert dict(zip(SESSION_COLUMNS, row, strict=True))["speed"] == written


def test_a_practice_run_in_a_real_log_exports_its_speed(tmp_path: Path) -> None:
    timeline = build_timeline(load_routine(BUNDLED_ROUTINE))
    with HistoryLog(tmp_path / "h.sqlite3") as log:
        log.start_session(timeline, at=START)
        log.start_session(timeline, at=START + timedelta(hours=1), speed=20)
        sessions = log.sessions()
    _, practice, real = rows(sessions_csv(sessions))
    assert practice[SESSION_COLUMNS.index("speed")] == "20"
    assert real[SESSION_COLUMNS.index("speed")] == "1"


def test_missing_values_are_empty_cells() -> None:
    _, row = rows(sessions_csv([record(ended_at=None, local_date=None)]))
    values = dict(zip(SESSION_COLUMNS, row, strict=True))
    for column in ("ended_at", "local_date", "pain_before", "pain_after", "note", "events"):
        assert values[column] == ""


def test_an_exercise_stopped_part_way_is_neither_completed_nor_skipped() -> None:
    session = record(
        ended=Outcome.STOPPED,
        exercises=(
            exercise(0),
            exercise(1, ExerciseStatus.SKIPPED),
            exercise(2, ExerciseStatus.PARTIAL),
        ),
    )
    _, row = rows(sessions_csv([session]))
    values = dict(zip(SESSION_COLUMNS, row, strict=True))
    assert (values["exercises_completed"], values["exercises_skipped"]) == ("1", "1")
    assert values["skipped"] == "ex-1"
    _, *body = rows(exercises_csv([session]))
    assert [r[EXERCISE_COLUMNS.index("status")] for r in body] == [
        "completed",
        "skipped",
        "partial",
    ]


def test_counts_from_the_log_replace_counting_the_records() -> None:
    without = record(3, exercises=())
    _, row = rows(sessions_csv([without], {3: (5, 2)}))
    values = dict(zip(SESSION_COLUMNS, row, strict=True))
    assert (values["exercises_completed"], values["exercises_skipped"]) == ("5", "2")
    _, row = rows(sessions_csv([without], {}))
    assert dict(zip(SESSION_COLUMNS, row, strict=True))["exercises_completed"] == "0"


@pytest.mark.parametrize("outcome", list(Outcome))
def test_outcome_words(outcome: Outcome) -> None:
    _, row = rows(sessions_csv([record(ended=outcome)]))
    assert row[SESSION_COLUMNS.index("ended")] == str(outcome)
    assert row[SESSION_COLUMNS.index("ended")] in ("completed", "stopped", "interrupted")


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1 pain", "'+1 pain"),
        ("-tingling in the foot", "'-tingling in the foot"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("Fine = good", "Fine = good"),
        ("", ""),
    ],
)
def test_text_that_a_spreadsheet_would_run_gets_an_apostrophe(text: str, written: str) -> None:
    assert safe_text(text) == written
    session = record(
        note=text,
        routine_name=text or "R",
        areas_before=(text,) if text else (),
        events=(LoggedEvent(START, text, ""),) if text else (),
    )
    _, row = rows(sessions_csv([session]))
    values = dict(zip(SESSION_COLUMNS, row, strict=True))
    assert values["note"] == written
    if text:
        assert values["routine"] == written
        assert values["areas_before"] == written
        assert values["events"] == written


def test_numbers_and_times_are_not_touched_by_the_guard() -> None:
    _, row = rows(sessions_csv([record(pain_before=0, pain_after=10)]))
    values = dict(zip(SESSION_COLUMNS, row, strict=True))
    assert values["pain_before"] == "0"
    assert values["started_at"].startswith("2026-")


def test_exercise_names_are_guarded_too() -> None:
    odd = ExerciseResult(0, "x", "=cmd|' /C calc'!A0", ExerciseStatus.COMPLETED, 1.0, 1.0)
    _, row = rows(exercises_csv([record(exercises=(odd,))]))
    assert row[EXERCISE_COLUMNS.index("exercise_name")] == "'=cmd|' /C calc'!A0"


def test_one_row_per_exercise_in_session_then_position_order() -> None:
    first = record(
        2,
        exercises=(exercise(1, ExerciseStatus.SKIPPED), exercise(0)),
        started_at=START + timedelta(days=1),
        local_date=date(2026, 3, 3),
    )
    second = record(1, exercises=(exercise(0),))
    header, *body = rows(exercises_csv([first, second]))
    assert tuple(header) == EXERCISE_COLUMNS
    assert [(r[0], r[4], r[7]) for r in body] == [
        ("2", "0", "completed"),
        ("2", "1", "skipped"),
        ("1", "0", "completed"),
    ]
    assert dict(zip(header, body[0], strict=True)) == {
        "session_id": "2",
        "started_at": "2026-03-03T12:00:00+00:00",
        "local_date": "2026-03-03",
        "routine": "Sciatica relief",
        "position": "0",
        "exercise_id": "ex-0",
        "exercise_name": "Exercise 0",
        "status": "completed",
        "planned_seconds": "60",
        "done_seconds": "60",
    }


def test_an_empty_export_is_the_header_alone() -> None:
    assert sessions_csv([]) == ",".join(SESSION_COLUMNS) + "\n"
    assert exercises_csv([]) == ",".join(EXERCISE_COLUMNS) + "\n"


def test_a_real_log_exports_what_it_recorded(tmp_path: Path) -> None:
    timeline = build_timeline(load_routine(BUNDLED_ROUTINE))
    moments = iter(START + timedelta(seconds=n) for n in range(1000))
    with HistoryLog(tmp_path / "h.sqlite3", wall=lambda: next(moments)) as log:
        sid = log.start_session(
            timeline, pain_before=5, areas_before=("thigh_back_left", "buttock_left")
        )
        first = timeline.routine.exercises[0]
        log.record_exercise(sid, 0, first.id, first.name, ExerciseStatus.COMPLETED, 90, 90, 90)
        log.end_session(sid, Outcome.STOPPED, 95)
        log.set_note(sid, "-stopped: phone rang")
        log.add_event(sid, "stop_rule", "Pain rose from 2 to 6")
        sessions = log.sessions()
        counts = log.exercise_counts()
    _, row = rows(sessions_csv(sessions, counts))
    values = dict(zip(SESSION_COLUMNS, row, strict=True))
    assert values["ended"] == "stopped"
    assert values["local_date"] == START.astimezone().date().isoformat()
    assert values["pain_before"] == "5"
    assert values["areas_before"] == "left buttock; back of the left thigh"
    assert values["note"] == "'-stopped: phone rang"
    assert values["events"] == "stop_rule: Pain rose from 2 to 6"
    _, exercise_row = rows(exercises_csv(sessions))
    assert exercise_row[5:8] == [first.id, first.name, "completed"]


def test_a_version_1_log_is_migrated_and_exports_its_sessions(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(FROZEN / "log-v1.sqlite3", path)  # written by Homestretch at log version 1

    with HistoryLog(path) as log:
        assert log.schema_version == SCHEMA_VERSION
        sessions = log.sessions()
    assert len(sessions) == 5
    first = sessions[-1]
    local = datetime(2026, 3, 2, 7, 30, 1, tzinfo=UTC).astimezone().date()
    assert first.local_date == local
    _, *written = rows(sessions_csv(sessions))
    values = dict(zip(SESSION_COLUMNS, written[-1], strict=True))
    assert (values["routine"], values["ended"], values["local_date"]) == (
        "Sciatica relief - seven functional exercises",
        "completed",
        local.isoformat(),
    )
    assert (values["note"], values["pain_before"], values["events"]) == ("", "", "")
    assert {row[SESSION_COLUMNS.index("speed")] for row in written} == {"1"}
    assert len(rows(exercises_csv(sessions))) == 1 + sum(len(s.exercises) for s in sessions)


BMP = [chr(i) for i in range(0x10000) if not 0xD800 <= i <= 0xDFFF]
FORMULA_LIKE = sorted(c for c in BMP if unicodedata.normalize("NFKC", c)[:1] in FORMULA_STARTS)
"""Every character a spreadsheet may read as ``=``, ``+``, ``-``, ``@``, tab or CR."""
INVISIBLE = sorted(c for c in BMP if unicodedata.category(c) == "Cf")


def test_the_formula_like_characters_include_the_reported_ones() -> None:
    assert {"＝", "＋", "－", "＠", "﹦", "﹢", "﹣", "﹫", *FORMULA_STARTS} <= set(FORMULA_LIKE)
    assert {"\ufeff", "\u200b", "\u200d", "\u2060", "\u200e"} <= set(INVISIBLE)


@pytest.mark.parametrize(
    "text",
    ["\ufeff=1+1", "＝1+1", "\u200b+A1", "\ufeff\u200b＠SUM(A1)", "﹣2", "\u2060\t", "＝\u0338x"],
)
def test_a_formula_behind_a_bom_or_in_fullwidth_gets_an_apostrophe(text: str) -> None:
    assert safe_text(text) == "'" + text
    _, row = rows(sessions_csv([record(note=text)]))
    assert row[SESSION_COLUMNS.index("note")] == "'" + text


@given(
    st.lists(st.sampled_from(INVISIBLE), max_size=3),
    st.sampled_from(FORMULA_LIKE),
    st.text(max_size=20),
)
def test_any_formula_start_however_written_gets_an_apostrophe(
    invisible: list[str], start: str, rest: str
) -> None:
    text = "".join(invisible) + start + rest
    assert safe_text(text) == "'" + text


@given(st.text(max_size=30))
def test_text_is_kept_whole_and_prefixed_only_before_a_formula_start(text: str) -> None:
    written = safe_text(text)
    assert written in (text, "'" + text)
    visible = text
    while visible and unicodedata.category(visible[0]) == "Cf":
        visible = visible[1:]
    first = visible[:1]
    if first and (first in FORMULA_LIKE or first in FORMULA_STARTS):
        assert written == "'" + text
    if written == "'" + text:
        assert first in FORMULA_LIKE or unicodedata.normalize("NFKC", visible)[:1] in FORMULA_LIKE
