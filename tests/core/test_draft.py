"""Tests for the editor's model (``homestretch.core.draft``).

Everything runs on real files in the test's folder; the loader is the judge of
what is valid, and saved files are loaded again with it.
"""

from __future__ import annotations

import difflib
import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from homestretch import cli
from homestretch.core.draft import (
    Change,
    Draft,
    FieldProblem,
    PictureError,
    describe,
    format_needed,
    unique_id,
)
from homestretch.core.files import FileReadError
from homestretch.core.paths import ASSETS_DIR, BUNDLED_ROUTINE, AppPaths
from homestretch.core.preview import preview_lines
from homestretch.core.routine import RoutineError, Severity, load_routine
from homestretch.core.routine_keys import ID_PATTERN, MAX_ID
from homestretch.core.timeline import build_timeline
from homestretch.core.writer import backup_path
from tests.core.test_writer import EDITS as WRITER_EDITS
from tests.core.test_writer import routines
from tests.disk import fill, small_disk
from tests.helpers import FakeClock

ORIGINAL = BUNDLED_ROUTINE.read_text(encoding="utf-8")


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.resolve(tmp_path / "data")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def users_copy(paths: AppPaths) -> Path:
    """The bundled routine copied into the user's routines folder."""
    folder = paths.user_routines_dir
    folder.mkdir(parents=True)
    return Path(shutil.copy(BUNDLED_ROUTINE, folder / "mine.yaml"))


def changed_lines(before: str, after: str) -> list[str]:
    return [
        line
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


# --------------------------------------------------------------------------- opening


def test_open_gives_the_files_data_with_numbers_only_where_keys_are_numbers(
    paths: AppPaths,
) -> None:
    draft = Draft.open(BUNDLED_ROUTINE, paths=paths)
    assert draft.bundled
    assert draft.get(("schema",)) == 2
    assert draft.get(("exercises", 0, "id")) == "sitting-knee-extension"
    assert draft.get(("exercises", 0, "reps")) == 8
    assert draft.get(("exercises", 0, "phases", 1)) == {
        "name": "hold",
        "seconds": 5,
        "say": "Hold it straight",
    }
    assert draft.get(("stop_rule", "pain_at_least")) == 7
    assert draft.get(("exercises", 0, "nothing")) is None
    assert draft.get(("exercises", 99)) is None
    assert not draft.modified
    assert not draft.can_undo
    assert draft.text() == ORIGINAL
    assert draft.problems() == []


def test_a_text_that_looks_like_a_number_or_a_word_stays_text(paths: AppPaths) -> None:
    folder = paths.user_routines_dir
    folder.mkdir(parents=True)
    path = folder / "r.yaml"
    path.write_text(
        "schema: 2\nname: no\nexercises:\n  - id: a\n    name: 1:30\n    position: sitting\n"
        "    summary: 012\n    steps: [yes]\n    work: { seconds: 2.5 }\n",
        encoding="utf-8",
    )
    draft = Draft.open(path, paths=paths)
    assert draft.get(("name",)) == "no"
    assert draft.get(("exercises", 0, "name")) == "1:30"
    assert draft.get(("exercises", 0, "summary")) == "012"
    assert draft.get(("exercises", 0, "steps")) == ["yes"]
    assert draft.get(("exercises", 0, "work", "seconds")) == 2.5
    assert load_routine(path).name == "no"
    draft.set(("exercises", 0, "work", "seconds"), 3)
    routine = draft.routine()
    assert routine is not None
    assert (routine.name, routine.exercises[0].name) == ("no", "1:30")
    assert routine.exercises[0].summary == "012"
    assert routine.exercises[0].phases[0].seconds == 3


def test_a_file_that_is_not_a_routine_mapping_does_not_open(
    paths: AppPaths, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("schema: 2\nname: [unclosed\n", encoding="utf-8")
    with pytest.raises(RoutineError) as caught:
        Draft.open(broken, paths=paths)
    assert caught.value.problems[0].line >= 2
    listed = tmp_path / "list.yaml"
    listed.write_text("- a\n- b\n", encoding="utf-8")
    with pytest.raises(RoutineError, match="mapping"):
        Draft.open(listed, paths=paths)


def test_a_file_with_problems_opens_and_shows_them(paths: AppPaths, users_copy: Path) -> None:
    users_copy.write_text(ORIGINAL.replace("reps: 8 #", "reps: eight #", 1), encoding="utf-8")
    draft = Draft.open(users_copy, paths=paths)
    [problem] = draft.problems()
    assert problem.path == ("exercises", 0, "reps")
    assert problem.message == "'reps' must be a whole number such as 8, not 'eight'"
    assert problem.line == 40
    assert draft.routine() is None
    assert draft.total_seconds() is None


# --------------------------------------------------------------------------- editing


def test_set_changes_one_line_of_the_text(paths: AppPaths, users_copy: Path) -> None:
    draft = Draft.open(users_copy, paths=paths)
    draft.set(("exercises", 1, "reps"), 12)
    assert draft.modified
    assert changed_lines(ORIGINAL, draft.text()) == [
        "-    reps: 8 # PT: per leg",
        "+    reps: 12 # PT: per leg",
    ]


def test_set_none_removes_a_key_and_an_emptied_stop_rule(paths: AppPaths) -> None:
    draft = Draft.open(BUNDLED_ROUTINE, paths=paths)
    draft.set(("stop_rule", "pain_rise"), None)
    assert draft.get(("stop_rule",)) == {"pain_at_least": 7}
    draft.set(("stop_rule", "pain_at_least"), None)
    assert draft.get(("stop_rule",)) is None
    assert "stop_rule" not in draft.text()
    assert draft.problems() == []
    draft.set(("stop_rule", "pain_rise"), 3)  # made again
    assert draft.get(("stop_rule",)) == {"pain_rise": 3}
    assert draft.routine() is not None


def test_setting_the_same_value_is_no_edit(paths: AppPaths) -> None:
    draft = Draft.open(BUNDLED_ROUTINE, paths=paths)
    draft.set(("exercises", 0, "reps"), 8)
    draft.set(("exercises", 0, "rest_after"), None)  # absent already
    assert not draft.can_undo
    assert not draft.modified


def test_values_must_be_the_files_kind_of_data(paths: AppPaths) -> None:
    draft = Draft.open(BUNDLED_ROUTINE, paths=paths)
    with pytest.raises(TypeError):
        draft.set(("exercises", 0, "reps"), True)
    with pytest.raises(TypeError):
        draft.set(("exercises", 0, "name"), object())
    with pytest.raises(ValueError, match="needs a path"):
        draft.set((), 1)
    assert not draft.can_undo


def test_insert_remove_and_move_items(paths: AppPaths) -> None:
    draft = Draft.open(BUNDLED_ROUTINE, paths=paths)
    steps = draft.get(("exercises", 0, "steps"))
    draft.insert(("exercises", 0, "steps"), 1, "Breathe out.")
    assert draft.get(("exercises", 0, "steps")) == [steps[0], "Breathe out.", *steps[1:]]
    assert draft.undo_text == "Undo add step"
    draft.move(("exercises", 0, "steps"), 1, 0)
    assert draft.get(("exercises", 0, "steps", 0)) == "Breathe out."
    assert draft.undo_text == "Undo move step"
    draft.remove(("exercises", 0, "steps"), 0)
    assert draft.get(("exercises", 0, "steps")) == steps
    assert draft.undo_text == "Undo remove step"
    ids = [e["id"] for e in draft.get(("exercises",))]
    draft.move(("exercises",), 0, 6)
    assert [e["id"] for e in draft.get(("exercises",))] == [*ids[1:], ids[0]]
    assert draft.problems() == []
    with pytest.raises(IndexError):
        draft.move(("exercises",), 0, 7)
    with pytest.raises(IndexError):
        draft.remove(("exercises",), 7)


def test_changes_are_announced_to_subscribers(paths: AppPaths) -> None:
    draft = Draft.open(BUNDLED_ROUTINE, paths=paths)
    seen: list[Change] = []
    stop = draft.subscribe(seen.append)
    draft.set(("exercises", 2, "sets"), 2)
    draft.remove(("exercises",), 6)
    draft.undo()
    stop()
    draft.redo()
    assert seen == [
        Change(("exercises", 2, "sets")),
        Change(("exercises",), structure=True),
        Change(("exercises",), structure=True),
    ]


# --------------------------------------------------------------------------- undo


def test_typing_merges_into_one_undo_step(paths: AppPaths, clock: FakeClock) -> None:
    draft = Draft.open(BUNDLED_ROUTINE, paths=paths, now=clock)
    name = draft.get(("exercises", 0, "name"))
    for typed in ("S", "Si", "Sit"):
        draft.set(("exercises", 0, "name"), typed)
        clock.advance(0.5)
    clock.advance(5)  # a pause: the next change is a new step
    draft.set(("exercises", 0, "name"), "Sit!")
    draft.set(("exercises", 0, "reps"), 9)
    assert draft.undo_text == "Undo change “Reps”"
    draft.undo()
    assert draft.undo_text == "Undo change “Name”"
    draft.undo()
    assert draft.get(("exercises", 0, "name")) == "Sit"
    draft.undo()
    assert draft.get(("exercises", 0, "name")) == name
    assert not draft.can_undo
    assert not draft.modified
    assert draft.redo_text == "Redo change “Name”"
    draft.redo()
    assert draft.get(("exercises", 0, "name")) == "Sit"


def test_merge_false_never_merges(paths: AppPaths, clock: FakeClock) -> None:
    draft = Draft.open(BUNDLED_ROUTINE, paths=paths, now=clock)
    draft.set(("exercises", 0, "reps"), 9, merge=False)
    draft.set(("exercises", 0, "reps"), 10, merge=False)
    draft.undo()
    assert draft.get(("exercises", 0, "reps")) == 9


def test_a_group_is_one_undo_step(paths: AppPaths) -> None:
    draft = Draft.open(BUNDLED_ROUTINE, paths=paths)
    seen: list[Change] = []
    draft.subscribe(seen.append)
    with draft.group("use timed work"):
        draft.set(("exercises", 0, "phases"), None)
        draft.set(("exercises", 0, "reps"), None)
        with draft.group("inner"):
            draft.set(("exercises", 0, "work"), {"seconds": 60})
        assert seen == []  # told once, when the group ends
    assert seen == [Change(("exercises", 0))]
    assert draft.undo_text == "Undo use timed work"
    assert draft.problems() == []
    draft.undo()
    assert draft.get(("exercises", 0, "reps")) == 8
    assert not draft.can_undo


def test_undo_texts_use_the_key_tables_labels() -> None:
    assert describe(("exercises", 0, "rest_between_reps")) == "Rest between reps"
    assert describe(("exercises", 0, "phases", 2, "say")) == "Spoken cue"
    assert describe(("exercises", 0, "work", "seconds")) == "Seconds"
    assert describe(("stop_rule", "pain_at_least")) == "Pain limit"
    assert describe(("prepare_seconds",)) == "Time to get into position"
    assert describe(("exercises", 0, "illustration")) == "Picture"
    assert describe(("exercises", 3)) == "Exercise"


# --------------------------------------------------------------------------- ids


def test_unique_ids_come_from_the_name() -> None:
    assert unique_id("Knee pats", []) == "knee-pats"
    assert unique_id("Knee pats", ["knee-pats"]) == "knee-pats-2"
    assert unique_id("Knee pats", ["knee-pats", "knee-pats-2"]) == "knee-pats-3"
    assert unique_id("Étirement du quadriceps !", []) == "etirement-du-quadriceps"
    assert unique_id("拉伸", []) == "exercise"
    long = unique_id("x" * 200, ["x" * MAX_ID])
    assert len(long) <= MAX_ID
    assert long.endswith("-2")
    assert re.fullmatch(ID_PATTERN, long)


def test_add_and_duplicate_give_unique_ids(paths: AppPaths) -> None:
    draft = Draft.open(BUNDLED_ROUTINE, paths=paths)
    knee_pats = next(e for e in draft.catalogue() if e["id"] == "knee-pats")
    at = draft.add_exercise(knee_pats)
    assert at == 7
    assert draft.get(("exercises", 7, "id")) == "knee-pats-2"
    assert draft.undo_text == "Undo add exercise"
    copy_at = draft.duplicate_exercise(0)
    assert copy_at == 1
    assert draft.get(("exercises", 1, "id")) == "sitting-knee-extension-2"
    assert draft.get(("exercises", 1, "name")) == draft.get(("exercises", 0, "name"))
    assert draft.problems() == []
    assert draft.exercise_count() == 9


def test_the_catalogue_has_the_seven_bundled_exercises_with_their_figures(
    paths: AppPaths,
) -> None:
    draft = Draft.new(paths=paths, name="Knees")
    catalogue = draft.catalogue()
    assert len(catalogue) == 7
    assert [e["id"] for e in catalogue] == [e.id for e in load_routine(BUNDLED_ROUTINE).exercises]
    for exercise in catalogue:
        assert exercise["illustration"].startswith("assets:figures/")
        draft.add_exercise(exercise)
    draft.remove(("exercises",), 0)  # the blank one
    path = draft.save()
    assert path.parent == paths.user_routines_dir
    routine = load_routine(path)
    assert routine.warnings == ()
    assert [e.illustration for e in routine.exercises] == [
        (ASSETS_DIR / "figures" / f"{e.id}.yaml").resolve() for e in routine.exercises
    ]


# --------------------------------------------------------------------------- problems


def test_a_new_draft_points_at_the_fields_to_fill_in(paths: AppPaths) -> None:
    draft = Draft.new(paths=paths)
    assert draft.path is None
    assert not draft.bundled
    assert {p.path for p in draft.problems()} == {
        ("name",),
        ("exercises", 0, "name"),
        ("exercises", 0, "summary"),
        ("exercises", 0, "steps", 0),
    }
    assert all(p.severity is Severity.ERROR for p in draft.problems())
    draft.set(("name",), "Knees")
    draft.set(("exercises", 0, "name"), "Knee pats")
    draft.set(("exercises", 0, "summary"), "Pat your knees.")
    draft.set(("exercises", 0, "steps", 0), "Sit and pat.")
    assert draft.problems() == []
    assert draft.total_seconds() == build_timeline(draft.routine()).total_seconds  # type: ignore[arg-type]


BAD_VALUES: list[tuple[tuple[Any, ...], Any, str]] = [
    (("sessions_per_week",), 0, "'sessions_per_week' must be from 1 to"),
    (("prepare_seconds",), 99999, "'prepare_seconds' must be from 0 to 3600"),
    (("rest_between_exercises",), "soon", "'rest_between_exercises' must be a number"),
    (("stop_rule", "pain_rise"), 11, "'pain_rise' must be from"),
    (("stop_rule", "pain_at_least"), "x", "'pain_at_least' must be a whole number"),
    (("name",), "n" * 501, "'name' is longer than 500 characters"),
    (("description",), "d" * 4001, "'description' is longer than 4000"),
    (("exercises", 2, "reps"), 0, "'reps' must be from 1 to"),
    (("exercises", 2, "sets"), 2.5, "'sets' must be a whole number"),
    (("exercises", 2, "rest_between_sets"), -1, "'rest_between_sets' must be a number"),
    (("exercises", 2, "rest_after"), 4000, "'rest_after' must be from 0 to 3600"),
    (("exercises", 0, "rest_between_sides"), "x", "'rest_between_sides' must be a number"),
    (("exercises", 0, "phases", 1, "seconds"), 0, "'seconds' must be from more than 0"),
    (("exercises", 0, "phases", 2, "say"), "s" * 501, "'say' is longer than"),
    (("exercises", 0, "phases", 0, "name"), "", "'name' is empty"),
    (("exercises", 1, "summary"), "s" * 301, "'summary' is longer than 300"),
    (("exercises", 1, "steps", 3), "s" * 501, "'steps item' is longer than"),
    (("exercises", 1, "cautions", 0), "\x07", "'cautions item' contains a control character"),
    (("exercises", 3, "id"), "Bad Id", "'id: Bad Id' must use lower-case letters"),
    (("exercises", 3, "id"), "prone-knee-bend", "exercise id 'prone-knee-bend' is used twice"),
    (("exercises", 3, "position"), "upside-down", "'position' must be one of"),
    (("exercises", 3, "sides"), "many", "'sides' must be one of"),
    (("exercises", 4, "illustration"), "gone.png", "picture 'gone.png' not found"),
    (("exercises", 4, "illustration"), "/etc/passwd.png", "must be a path relative"),
    (("exercises", 4, "illustration"), "notes.txt", "must be an SVG, PNG or JPEG"),
]


@pytest.mark.parametrize(("path", "value", "message"), BAD_VALUES)
def test_a_bad_value_is_reported_at_its_field_in_the_loaders_words(
    paths: AppPaths, users_copy: Path, path: tuple[Any, ...], value: Any, message: str
) -> None:
    draft = Draft.open(users_copy, paths=paths)
    draft.set(path, value)
    problems = draft.problems()
    assert problems, draft.text()
    [problem] = [p for p in problems if message in p.message]
    assert problem.path == path
    # The line is the one of the key in the text that would be saved.
    line = draft.text().splitlines()[problem.line - 1]
    key = next(part for part in reversed(path) if isinstance(part, str))
    assert f"{key}:" in line or (isinstance(path[-1], int) and line.lstrip().startswith("- "))


def test_problems_of_a_missing_key_point_at_that_key(paths: AppPaths, users_copy: Path) -> None:
    draft = Draft.open(users_copy, paths=paths)
    draft.set(("exercises", 2, "reps"), None)
    draft.set(("exercises", 4, "summary"), None)
    draft.set(("exercises", 0, "phases", 1, "seconds"), None)
    found = {p.path: p.message for p in draft.problems()}
    assert found == {
        ("exercises", 2, "reps"): "an exercise with 'phases' needs 'reps'",
        ("exercises", 4, "summary"): "an exercise needs 'summary'",
        ("exercises", 0, "phases", 1, "seconds"): "a phase needs 'seconds'",
    }


def test_an_unknown_key_is_reported_at_that_key(paths: AppPaths, users_copy: Path) -> None:
    users_copy.write_text(
        ORIGINAL.replace("    reps: 8 # PT: per leg", "    rpes: 8 # PT: per leg"), encoding="utf-8"
    )
    draft = Draft.open(users_copy, paths=paths)
    problems = {p.path: p.message for p in draft.problems()}
    assert problems[("exercises", 0, "rpes")].startswith("unknown key 'rpes'")
    assert problems[("exercises", 0, "reps")] == "an exercise with 'phases' needs 'reps'"
    # The first key of an exercise starts where the exercise does.
    users_copy.write_text(ORIGINAL.replace("  - id: prone-knee-bend", "  - ib: prone"), "utf-8")
    problems = {p.path: p.message for p in Draft.open(users_copy, paths=paths).problems()}
    assert problems[("exercises", 1, "ib")].startswith("unknown key 'ib'")
    assert problems[("exercises", 1, "id")] == "an exercise needs 'id'"


def test_a_session_too_long_is_reported_at_its_largest_exercise(
    paths: AppPaths, users_copy: Path
) -> None:
    draft = Draft.open(users_copy, paths=paths)
    draft.set(("exercises", 4, "sets"), 20)
    draft.set(("exercises", 4, "reps"), 100)
    [problem] = draft.problems()
    assert problem.path == ("exercises", 4)
    assert "the largest exercise, 'calf-finger-push'" in problem.message


def test_field_problem_is_a_plain_value() -> None:
    problem = FieldProblem(("name",), "'name' is empty", 3, Severity.ERROR)
    assert problem == FieldProblem(("name",), "'name' is empty", 3, Severity.ERROR)


# --------------------------------------------------------------------------- saving


def test_save_writes_in_place_with_a_backup(paths: AppPaths, users_copy: Path) -> None:
    draft = Draft.open(users_copy, paths=paths)
    draft.set(("exercises", 4, "reps"), 4)
    assert draft.save() == users_copy
    assert not draft.modified
    assert not draft.bundled
    assert backup_path(users_copy).read_text(encoding="utf-8") == ORIGINAL
    assert changed_lines(ORIGINAL, users_copy.read_text(encoding="utf-8")) == [
        "-    reps: 6 # PT: strokes per leg",
        "+    reps: 4 # PT: strokes per leg",
    ]
    assert load_routine(users_copy).exercises[4].reps == 4
    draft.set(("exercises", 4, "reps"), 5)
    assert draft.modified
    draft.undo()
    assert not draft.modified  # back to what is saved


def test_an_invalid_draft_is_not_saved(paths: AppPaths, users_copy: Path) -> None:
    draft = Draft.open(users_copy, paths=paths)
    draft.set(("exercises", 0, "reps"), 0)
    with pytest.raises(RoutineError, match="'reps' must be from"):
        draft.save()
    assert users_copy.read_text(encoding="utf-8") == ORIGINAL
    assert draft.modified


def test_saving_a_bundled_routine_writes_a_copy_with_the_same_ids(paths: AppPaths) -> None:
    draft = Draft.open(BUNDLED_ROUTINE, paths=paths)
    draft.set(("exercises", 0, "reps"), 10)
    saved = draft.save()
    assert saved == paths.user_routines_dir / "sciatica-relief (copy).yaml"
    assert BUNDLED_ROUTINE.read_text(encoding="utf-8") == ORIGINAL
    assert draft.path == saved
    assert not draft.bundled
    assert not draft.modified
    copy = load_routine(saved)
    bundled = load_routine(BUNDLED_ROUTINE)
    assert [e.id for e in copy.exercises] == [e.id for e in bundled.exercises]
    assert copy.name == f"{bundled.name} (copy)"
    assert copy.exercises[0].reps == 10
    assert changed_lines(ORIGINAL, saved.read_text(encoding="utf-8")) == [
        f"-name: {bundled.name}",
        f"+name: {bundled.name} (copy)",
        "-    reps: 8 # PT: per leg",
        "+    reps: 10 # PT: per leg",
    ]
    # Later saves go to the copy.
    draft.set(("exercises", 0, "reps"), 11)
    assert draft.save() == saved
    assert load_routine(saved).exercises[0].reps == 11
    # A second copy of the bundled routine gets the next name.
    again = Draft.open(BUNDLED_ROUTINE, paths=paths)
    assert again.save() == paths.user_routines_dir / "sciatica-relief (copy 2).yaml"
    assert load_routine(again.path).name == f"{bundled.name} (copy 2)"  # type: ignore[arg-type]


def test_a_new_draft_is_saved_under_a_free_name(paths: AppPaths) -> None:
    first = Draft.new(paths=paths, name="Knee care")
    second = Draft.new(paths=paths, name="Knee care")
    for draft in (first, second):
        draft.set(("exercises", 0, "name"), "Knee pats")
        draft.set(("exercises", 0, "summary"), "Pat your knees.")
        draft.set(("exercises", 0, "steps", 0), "Sit and pat.")
    assert first.save() == paths.user_routines_dir / "knee-care.yaml"
    assert second.save() == paths.user_routines_dir / "knee-care-2.yaml"
    assert load_routine(first.path).name == "Knee care"  # type: ignore[arg-type]
    assert not backup_path(first.path).exists()  # type: ignore[arg-type]


# --------------------------------------------------------------------------- properties

_NUMBER_FIELDS: list[tuple[str, int, int]] = [
    ("reps", 1, 100),
    ("sets", 1, 20),
    ("rest_after", 0, 3600),
    ("rest_between_sets", 0, 3600),
    ("prepare_seconds", 0, 3600),
]
_WORDS = st.text("abc XYZ-:#'\"{}é", min_size=0, max_size=12)


@st.composite
def edits(draw: st.DrawFn) -> list[tuple[str, Any]]:
    """A sequence of editing operations (some invalid values, undo, redo, save, pauses)."""
    operations: list[tuple[str, Any]] = []
    for _ in range(draw(st.integers(1, 25))):
        kind = draw(
            st.sampled_from(
                ["number", "text", "remove-key", "insert-step", "remove-step", "move",
                 "add", "duplicate", "remove-exercise", "group", "undo", "redo", "save",
                 "pause"]
            )
        )  # fmt: skip
        exercise = draw(st.integers(0, 6))
        if kind == "number":
            name, low, high = draw(st.sampled_from(_NUMBER_FIELDS))
            operations.append((kind, (exercise, name, draw(st.integers(low - 1, high)))))
        elif kind == "text":
            field = draw(st.sampled_from(["name", "summary"]))
            operations.append((kind, (exercise, field, draw(_WORDS))))
        elif kind == "remove-key":
            operations.append((kind, (exercise, draw(st.sampled_from(["cautions", "sets"])))))
        elif kind in ("insert-step", "remove-step"):
            operations.append((kind, (exercise, draw(st.integers(0, 3)), draw(_WORDS))))
        elif kind == "move":
            operations.append((kind, (draw(st.integers(0, 6)), draw(st.integers(0, 6)))))
        elif kind == "add":
            operations.append((kind, (draw(st.integers(0, 6)), draw(st.integers(0, 8)))))
        elif kind == "pause":
            operations.append((kind, draw(st.sampled_from([0.1, 1.0, 5.0]))))
        else:
            operations.append((kind, exercise))
    return operations


def _apply(draft: Draft, kind: str, arg: Any, catalogue: list[dict[str, Any]]) -> None:
    count = draft.exercise_count()
    if kind == "undo":
        draft.undo()
    elif kind == "redo":
        draft.redo()
    elif kind == "add":
        draft.add_exercise(catalogue[arg[0]], arg[1])
    elif kind == "move":
        if max(arg) < count:
            draft.move(("exercises",), *arg)
    elif (isinstance(arg, tuple) and arg[0] >= count) or (isinstance(arg, int) and arg >= count):
        return
    elif kind in ("number", "text"):
        index, name, value = arg
        draft.set(("exercises", index, name), value)
        assert draft.get(("exercises", index, name)) == value
    elif kind == "remove-key":
        draft.set(("exercises", arg[0], arg[1]), None)
        assert draft.get(("exercises", arg[0], arg[1])) is None
    elif kind == "insert-step":
        steps = draft.get(("exercises", arg[0], "steps")) or []
        draft.insert(("exercises", arg[0], "steps"), min(arg[1], len(steps)), arg[2] or "x")
    elif kind == "remove-step":
        steps = draft.get(("exercises", arg[0], "steps")) or []
        if arg[1] < len(steps):
            draft.remove(("exercises", arg[0], "steps"), arg[1])
    elif kind == "duplicate":
        draft.duplicate_exercise(arg)
    elif kind == "remove-exercise":
        draft.remove(("exercises",), arg)
    elif kind == "group":
        with draft.group("change reps and sets"):
            draft.set(("exercises", arg, "sets"), 2)
            draft.set(("exercises", arg, "reps"), 3)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(operations=edits())
def test_undo_all_gives_the_original_and_redo_all_the_final_data(
    operations: list[tuple[str, Any]], tmp_path_factory: pytest.TempPathFactory
) -> None:
    paths = AppPaths.resolve(tmp_path_factory.mktemp("data"))
    clock = FakeClock()
    draft = Draft.open(BUNDLED_ROUTINE, paths=paths, now=clock)
    catalogue = draft.catalogue()
    original = draft.data
    saved = draft.data
    for kind, arg in operations:
        if kind == "pause":
            clock.advance(arg)
            continue
        if kind == "save":
            try:
                draft.save()
            except RoutineError:
                assert draft.modified == (draft.data != saved)
            else:
                saved = draft.data
                assert draft.path is not None
                assert Draft.open(draft.path, paths=paths).data == saved  # as it reads back
        else:
            _apply(draft, kind, arg, catalogue)
        clock.advance(0.3)
        assert draft.modified == (draft.data != saved)
        ids = [e["id"] for e in draft.get(("exercises",))]
        assert len(set(ids)) == len(ids)
    while draft.can_redo:  # the last of the edits not undone
        draft.redo()
    final = draft.data
    while draft.can_undo:
        draft.undo()
        assert draft.modified == (draft.data != saved)
    assert draft.data == original
    while draft.can_redo:
        draft.redo()
    assert draft.data == final
    assert draft.modified == (final != saved)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=routines())
def test_a_saved_draft_opens_again_as_the_same_data_and_routine(
    data: dict[str, Any], tmp_path_factory: pytest.TempPathFactory
) -> None:
    paths = AppPaths.resolve(tmp_path_factory.mktemp("data"))
    draft = Draft.new(paths=paths, name=data["name"])
    with draft.group("replace everything"):
        for key, value in data.items():
            draft.set((key,), value)
    routine = draft.routine()
    if routine is None:  # a generated session too long for the loader
        assert any("too long" in p.message or "steps" in p.message for p in draft.problems())
        return
    path = draft.save()
    again = Draft.open(path, paths=paths)
    assert again.data == draft.data
    assert again.text() == path.read_text(encoding="utf-8")
    assert replace(load_routine(path), source=None) == routine


# --------------------------------------------------------------------------- pictures

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect/></svg>'


def test_a_picture_is_copied_next_to_the_routine_at_save(
    paths: AppPaths, users_copy: Path, tmp_path: Path
) -> None:
    source = tmp_path / "My Knee: photo #1.PNG"
    source.write_bytes(PNG)
    draft = Draft.open(users_copy, paths=paths)
    reference = draft.copy_picture(2, source)
    assert reference == "mine-pictures/my-knee-photo-1.png"
    assert draft.get(("exercises", 2, "illustration")) == reference
    assert draft.undo_text == "Undo change “Picture”"
    assert draft.pending_pictures == {reference: source}
    assert draft.picture_file(2) == source
    assert draft.problems() == []  # the copy still to make is no missing picture
    routine = draft.routine()
    assert routine is not None
    assert routine.exercises[2].illustration == source.resolve()
    assert not (users_copy.parent / reference).exists()  # nothing written before saving
    draft.save()
    copied = users_copy.parent / reference
    assert copied.read_bytes() == PNG
    assert draft.pending_pictures == {}
    assert draft.picture_file(2) == copied
    saved = load_routine(users_copy)
    assert saved.warnings == ()
    assert saved.exercises[2].illustration == copied.resolve()
    # A second picture of the same name gets a name of its own.
    other = tmp_path / "elsewhere" / "my knee photo 1.png"
    other.parent.mkdir()
    other.write_bytes(PNG)
    assert draft.copy_picture(3, other) == "mine-pictures/my-knee-photo-1-2.png"
    assert draft.copy_picture(4, other) == "mine-pictures/my-knee-photo-1-3.png"


def test_an_undone_picture_is_not_copied(paths: AppPaths, users_copy: Path, tmp_path: Path) -> None:
    source = tmp_path / "knee.svg"
    source.write_bytes(SVG)
    draft = Draft.open(users_copy, paths=paths)
    draft.copy_picture(0, source)
    draft.undo()
    assert draft.pending_pictures == {}
    draft.set(("exercises", 0, "reps"), 9)
    draft.save()
    assert not (users_copy.parent / "mine-pictures").exists()


def test_a_picture_for_a_bundled_or_new_routine_goes_with_its_copy(
    paths: AppPaths, tmp_path: Path
) -> None:
    source = tmp_path / "knee.jpg"
    source.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 32)
    bundled = Draft.open(BUNDLED_ROUTINE, paths=paths)
    assert bundled.copy_picture(1, source) == "sciatica-relief (copy)-pictures/knee.jpg"
    saved = bundled.save()
    assert saved == paths.user_routines_dir / "sciatica-relief (copy).yaml"
    assert (
        load_routine(saved).exercises[1].illustration
        == (saved.parent / "sciatica-relief (copy)-pictures" / "knee.jpg").resolve()
    )
    assert not (BUNDLED_ROUTINE.parent / "sciatica-relief (copy)-pictures").exists()
    new = Draft.new(paths=paths, name="Knees")
    assert new.copy_picture(0, source) == "knees-pictures/knee.jpg"
    new.set(("exercises", 0, "name"), "Knee pats")
    new.set(("exercises", 0, "summary"), "Pat your knees.")
    new.set(("exercises", 0, "steps", 0), "Sit and pat.")
    path = new.save()
    assert path == paths.user_routines_dir / "knees.yaml"
    assert (path.parent / "knees-pictures" / "knee.jpg").is_file()
    assert load_routine(path).warnings == ()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("fake.png", b"GIF89a", "is not a PNG file"),
        ("fake.jpg", PNG, "is not a JPEG file"),
        ("linked.svg", b'<svg><image href="/etc/hosts"/></svg>', "links to another file"),
        ("notes.txt", b"hello", "is not an SVG, PNG or JPEG picture"),
        ("figure.yaml", b"not: a figure", "has problems"),
    ],
)
def test_a_file_that_is_no_usable_picture_is_refused_naming_it(
    paths: AppPaths, tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    source = tmp_path / name
    source.write_bytes(content)
    draft = Draft.open(BUNDLED_ROUTINE, paths=paths)
    with pytest.raises(PictureError, match=re.escape(message)) as caught:
        draft.copy_picture(0, source)
    assert str(source) in str(caught.value)
    assert not draft.can_undo


def test_a_named_pipe_or_a_device_is_refused_without_hanging(
    paths: AppPaths, fifo: Path, tmp_path: Path
) -> None:
    pipe = fifo.with_name("pipe.png")
    fifo.rename(pipe)
    draft = Draft.open(BUNDLED_ROUTINE, paths=paths)
    with pytest.raises(FileReadError, match="named pipe") as caught:
        draft.copy_picture(0, pipe)
    assert str(pipe) in str(caught.value)
    zero = tmp_path / "zero.png"
    zero.symlink_to("/dev/zero")
    with pytest.raises(FileReadError, match="device"):
        draft.copy_picture(0, zero)
    with pytest.raises(FileReadError, match="does not exist"):
        draft.copy_picture(0, tmp_path / "gone.png")
    assert not draft.can_undo


def test_a_broken_figure_is_reported_at_the_picture_that_shows_it(
    paths: AppPaths, users_copy: Path
) -> None:
    figure = users_copy.parent / "mine-pictures" / "pose.yaml"
    figure.parent.mkdir()
    figure.write_text("schema: 1\nposes: []\n", encoding="utf-8")
    draft = Draft.open(users_copy, paths=paths)
    draft.set(("exercises", 3, "illustration"), "mine-pictures/pose.yaml")
    problems = draft.problems()
    assert problems
    assert {p.path for p in problems} == {("exercises", 3, "illustration")}
    assert all(p.severity is Severity.WARNING for p in problems)
    assert any(p.message.startswith(f"{figure}:") for p in problems)
    assert draft.routine() is not None  # a placeholder is shown instead


def test_a_bundled_routines_own_pictures_go_with_its_copy(paths: AppPaths, tmp_path: Path) -> None:
    bundled_dir = tmp_path / "bundled"
    (bundled_dir / "pics").mkdir(parents=True)
    (bundled_dir / "pics" / "knee.png").write_bytes(PNG)
    routine = bundled_dir / "knees.yaml"
    routine.write_text(
        "schema: 2\nname: Knees\nexercises:\n  - id: pats\n    name: Pats\n"
        "    position: sitting\n    summary: Pat.\n    steps: [Pat.]\n"
        "    illustration: pics/knee.png\n    work: { seconds: 30 }\n",
        encoding="utf-8",
    )
    draft = Draft.open(routine, paths=paths, bundled_dir=bundled_dir)
    assert draft.bundled
    assert draft.problems() == []
    saved = draft.save()
    assert saved == paths.user_routines_dir / "knees (copy).yaml"
    assert (paths.user_routines_dir / "pics" / "knee.png").read_bytes() == PNG
    assert load_routine(saved).warnings == ()


# --------------------------------------------------------------------------- the diff is the edit


@pytest.mark.parametrize(
    ("path", "value", "before", "after", "check"),
    WRITER_EDITS,
    ids=[".".join(map(str, e[0])) for e in WRITER_EDITS],
)
def test_changing_one_key_through_the_draft_saves_that_line_alone(
    paths: AppPaths,
    users_copy: Path,
    path: tuple[str | int, ...],
    value: Any,
    before: str,
    after: str,
    check: Any,
) -> None:
    draft = Draft.open(users_copy, paths=paths)
    draft.set(path, value)
    assert draft.save() == users_copy
    saved = users_copy.read_text(encoding="utf-8")
    assert changed_lines(ORIGINAL, saved) == [f"-{before}", f"+{after}"]
    assert check(load_routine(users_copy))
    draft.undo()
    draft.save()
    assert users_copy.read_text(encoding="utf-8") == ORIGINAL


@pytest.mark.parametrize(
    ("path", "value", "line", "next_line"),
    [
        # rest_between_reps comes before rest_between_sides in the key table
        (
            ("exercises", 0, "rest_between_reps"),
            3,
            "    rest_between_reps: 3",
            "    rest_between_sides:",
        ),
        # sets comes before work (exercise 6 has first_side, then work)
        (("exercises", 6, "sets"), 2, "    sets: 2", "    work:"),
    ],
)
def test_a_key_added_lands_among_its_neighbours_not_at_the_end(
    paths: AppPaths,
    users_copy: Path,
    path: tuple[str | int, ...],
    value: Any,
    line: str,
    next_line: str,
) -> None:
    draft = Draft.open(users_copy, paths=paths)
    draft.set(path, value)
    draft.save()
    saved = users_copy.read_text(encoding="utf-8")
    assert changed_lines(ORIGINAL, saved) == [f"+{line}"]
    lines = saved.splitlines()
    assert lines[lines.index(line) + 1].startswith(next_line)
    assert load_routine(users_copy).warnings == ()


def test_a_language_set_in_the_editor_follows_the_description(
    paths: AppPaths, users_copy: Path
) -> None:
    draft = Draft.open(users_copy, paths=paths)
    draft.set(("language",), "nl")
    draft.save()
    saved = users_copy.read_text(encoding="utf-8")
    assert changed_lines(ORIGINAL, saved) == ["-schema: 2", "+schema: 3", "+language: nl"]
    lines = saved.splitlines()
    assert lines[lines.index("language: nl") + 1].startswith("sessions_per_week:")
    assert load_routine(users_copy).language == "nl"


def test_two_copies_of_the_bundled_routine_never_overwrite_each_other(
    paths: AppPaths, tmp_path: Path
) -> None:
    source = tmp_path / "knee.png"
    source.write_bytes(PNG)
    first = Draft.open(BUNDLED_ROUTINE, paths=paths)
    second = Draft.open(BUNDLED_ROUTINE, paths=paths)
    # Both choose the same file name and picture name before either saves.
    assert first.copy_picture(0, source) == second.copy_picture(0, source)
    other = tmp_path / "other.png"
    other.write_bytes(PNG + b"other")
    second.copy_picture(1, other)
    one = first.save()
    two = second.save()
    assert one != two
    assert two == paths.user_routines_dir / "sciatica-relief (copy 2).yaml"
    first_picture = load_routine(one).exercises[0].illustration
    second_picture = load_routine(two).exercises[0].illustration
    assert first_picture is not None
    assert second_picture is not None
    assert first_picture.read_bytes() == PNG
    assert second_picture.read_bytes() == PNG
    assert load_routine(two).exercises[1].illustration.read_bytes() == PNG + b"other"  # type: ignore[union-attr]


def test_save_copy_writes_a_new_file_and_then_edits_it(paths: AppPaths, users_copy: Path) -> None:
    draft = Draft.open(users_copy, paths=paths)
    draft.set(("exercises", 0, "reps"), 5)
    copy_path = draft.save_copy()
    assert copy_path == users_copy.with_name("mine (copy).yaml")
    assert users_copy.read_text(encoding="utf-8") == ORIGINAL  # the original is untouched
    assert draft.path == copy_path
    assert not draft.modified
    copy = load_routine(copy_path)
    assert copy.exercises[0].reps == 5
    assert copy.name == f"{load_routine(users_copy).name} (copy)"
    draft.set(("exercises", 0, "reps"), 6)
    assert draft.save() == copy_path


def test_totals_and_preview_are_those_of_homestretch_preview(
    paths: AppPaths, users_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = Draft.open(users_copy, paths=paths)
    timeline = build_timeline(load_routine(users_copy))
    assert draft.total_seconds() == timeline.total_seconds
    assert draft.exercise_count() == 7
    assert draft.summary_text() == f"{round(timeline.total_seconds / 60)} minutes, 7 exercises"
    rows = draft.preview_rows()
    assert rows is not None
    assert len(rows) == len(timeline.segments)
    assert [r.exercise for r in rows if r.exercise] == [e.name for e in timeline.routine.exercises]
    assert cli.main(["preview", str(users_copy)]) == 0
    printed = capsys.readouterr().out
    assert printed == "\n".join(preview_lines(timeline)) + "\n"
    for row in rows[:5]:
        assert f"{row.at:>7} {row.seconds:>5g}  {row.what}" in printed
    draft.remove(("exercises",), 6)
    assert draft.total_seconds() == build_timeline(draft.routine()).total_seconds  # type: ignore[arg-type]
    assert draft.total_seconds() < timeline.total_seconds  # type: ignore[operator]
    draft.set(("exercises", 0, "reps"), "many")
    assert draft.total_seconds() is None
    assert draft.preview_rows() is None
    assert draft.summary_text() == "6 exercises"


# --------------------------------------------------------------------------- a full disk


def test_a_full_disk_loses_nothing_and_the_save_can_be_tried_again(tmp_path: Path) -> None:
    paths = AppPaths.resolve(tmp_path / "data")
    source = tmp_path / "knee.png"
    source.write_bytes(PNG + b"\x00" * 8192)
    with small_disk(paths.user_routines_dir, "256k") as disk:
        mine = Path(shutil.copy(BUNDLED_ROUTINE, disk / "mine.yaml"))
        draft = Draft.open(mine, paths=paths)
        draft.set(("exercises", 0, "reps"), 11)
        draft.copy_picture(0, source)
        filler = fill(disk)
        with pytest.raises(OSError, match="No space left"):
            draft.save()
        assert mine.read_text(encoding="utf-8") == ORIGINAL  # the old file as it was
        assert draft.modified
        assert draft.pending_pictures == {"mine-pictures/knee.png": source}
        assert sorted(p.name for p in disk.iterdir() if p.name.startswith(".")) == []
        filler.unlink()
        assert draft.save() == mine
        assert not draft.modified
        saved = load_routine(mine)
        assert saved.exercises[0].reps == 11
        assert saved.warnings == ()


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    typing=st.lists(
        st.tuples(
            st.sampled_from(["name", "summary"]),
            st.text("ab", min_size=1, max_size=3),
            st.sampled_from([0.1, 0.5, 1.9, 2.0, 3.0]),
        ),
        max_size=15,
    )
)
def test_typing_makes_one_undo_step_per_burst_of_one_field(
    typing: list[tuple[str, str, float]], tmp_path_factory: pytest.TempPathFactory
) -> None:
    clock = FakeClock()
    draft = Draft.open(
        BUNDLED_ROUTINE, paths=AppPaths.resolve(tmp_path_factory.mktemp("d")), now=clock
    )
    values = {f: draft.get(("exercises", 0, f)) for f in ("name", "summary")}
    history = [dict(values)]  # the values after each expected step
    last: tuple[str, float] | None = None
    for field, value, gap in typing:
        clock.advance(gap)
        draft.set(("exercises", 0, field), value)
        if values[field] == value:
            continue
        values[field] = value
        if last is not None and last[0] == field and clock() - last[1] < 2.0:
            history[-1] = dict(values)
        else:
            history.append(dict(values))
        last = (field, clock())
    for expected in reversed(history[:-1]):
        assert draft.can_undo
        draft.undo()
        assert {f: draft.get(("exercises", 0, f)) for f in values} == expected
    assert not draft.can_undo


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    index=st.integers(0, 6),
    field=st.sampled_from(
        ["sets", "rest_between_sets", "rest_after", "prepare_seconds", "rest_between_reps"]
    ),
    value=st.one_of(st.integers(-5, -1), st.integers(4000, 10**6), st.sampled_from(["x", "1:30"])),
)
def test_any_bad_number_is_reported_at_its_field(
    index: int, field: str, value: Any, tmp_path_factory: pytest.TempPathFactory
) -> None:
    paths = AppPaths.resolve(tmp_path_factory.mktemp("d"))
    draft = Draft.open(BUNDLED_ROUTINE, paths=paths)
    if field == "rest_between_reps" and draft.get(("exercises", index, "work")) is not None:
        field = "rest_after"  # (timed work has no reps)
    draft.set(("exercises", index, field), value)
    problems = draft.problems()
    assert [p.path for p in problems] == [("exercises", index, field)]
    assert problems[0].message.startswith(f"'{field}")


def test_a_read_only_folder_refuses_the_save_and_the_draft_stays_as_it_was(
    tmp_path: Path,
) -> None:
    paths = AppPaths.resolve(tmp_path / "data")
    with small_disk(paths.user_routines_dir, "256k") as disk:
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        draft = Draft.open(BUNDLED_ROUTINE, paths=paths)
        draft.set(("exercises", 0, "reps"), 11)
        name = draft.get(("name",))
        with pytest.raises(OSError, match="Read-only file system"):
            draft.save()
        assert draft.bundled
        assert draft.path == BUNDLED_ROUTINE
        assert draft.get(("name",)) == name  # the copy's new name is taken back
        assert draft.undo_text == "Undo change “Reps”"
        assert not draft.can_redo
        assert draft.modified
        assert list(disk.iterdir()) == []


# --------------------------------------------------------------------------- newer keys


def test_a_key_newer_than_the_files_format_raises_schema_in_the_same_undo_step(
    paths: AppPaths, users_copy: Path
) -> None:
    old = users_copy.read_text(encoding="utf-8")
    text = old.replace("schema: 2", "schema: 1", 1)
    text = re.sub(r"^stop_rule:.*\n(?:  .*\n)+", "", text, count=1, flags=re.MULTILINE)
    users_copy.write_text(text, encoding="utf-8")
    draft = Draft.open(users_copy, paths=paths)
    assert draft.get(("stop_rule",)) is None
    draft.set(("stop_rule", "pain_rise"), 3)
    assert draft.get(("schema",)) == 2  # (what the stop rule needs, not the newest format)
    draft.set(("stop_rule", "pain_at_least"), 8)  # (already format 2: schema stays)
    draft.set(("language",), "nl")
    assert draft.get(("schema",)) == 3
    assert draft.undo_text == "Undo change “Language”"
    assert draft.problems() == []
    draft.undo()
    assert (draft.get(("schema",)), draft.get(("language",))) == (2, None)
    draft.undo()
    draft.undo()
    assert (draft.get(("schema",)), draft.get(("stop_rule",))) == (1, None)
    assert not draft.modified
    draft.redo()
    assert draft.get(("schema",)) == 2
    draft.set(("stop_rule", "pain_rise"), None)  # (removing a key lowers nothing)
    draft.set(("exercises", 0, "reps"), 4)
    assert draft.get(("schema",)) == 2


def test_the_format_a_key_needs_comes_from_the_key_table() -> None:
    assert format_needed(("language",)) == 3
    assert format_needed(("stop_rule",)) == 2
    assert format_needed(("stop_rule", "pain_rise")) == 2
    assert format_needed(("exercises", 0, "reps")) == 1
    assert format_needed(("exercises", 0, "work", "name")) == 1
    assert format_needed(("exercises", 0, "phases", 1, "name")) == 1
