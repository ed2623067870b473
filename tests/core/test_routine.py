"""Tests for the routine loader (``homestretch.core.routine``).

Bad files are written to ``tmp_path`` and loaded with :func:`load_routine`;
every error is checked for its exact text and its ``FILE:LINE:COL`` location.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import subprocess
import sys
import textwrap
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from homestretch.core import timeline
from homestretch.core.checkin import StopRule
from homestretch.core.paths import ASSETS_DIR, BUNDLED_ROUTINE
from homestretch.core.routine import (
    MAX_FILE_BYTES,
    Exercise,
    Phase,
    Position,
    Problem,
    Routine,
    RoutineError,
    Severity,
    Side,
    Sides,
    load_routine,
    parse_routine,
)

# --------------------------------------------------------------------------- helpers

HEAD = "schema: 1\nname: Test routine\nexercises:\n"
"""Lines 1-3 of every generated file; the first exercise starts on line 4."""


def one_exercise(
    *lines: str,
    ex_id: str = "knee",
    position: str = "sitting",
    steps: str = "[Bend it]",
    head: str = HEAD,
) -> str:
    """A routine with one exercise whose extra ``lines`` start on line 9, column 5.

    Line 4 ``  - id: ...``, 5 name, 6 position, 7 summary, 8 steps.
    """
    body = (
        f"  - id: {ex_id}\n"
        "    name: Knee bend\n"
        f"    position: {position}\n"
        "    summary: Bend the knee.\n"
        f"    steps: {steps}\n"
    )
    return head + body + "".join(f"    {line}\n" for line in lines)


WORK = "work: {seconds: 30}"
PHASES = "phases: [{name: up, seconds: 2}]"


def write(directory: Path, content: str | bytes, name: str = "routine.yaml") -> Path:
    path = directory / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def load_text(tmp_path: Path, text: str, *, assets_dir: Path | None = None) -> Routine:
    return load_routine(write(tmp_path, text), assets_dir=assets_dir or tmp_path / "assets")


def problems_of(path: Path, *, assets_dir: Path | None = None) -> list[str]:
    """Load ``path``, which must fail, and return its problems as text."""
    with pytest.raises(RoutineError) as info:
        load_routine(path, assets_dir=assets_dir or path.parent / "assets")
    problems = info.value.problems
    assert problems, "a RoutineError must list at least one problem"
    assert str(info.value) == "\n".join(str(p) for p in problems)
    return [str(p) for p in problems]


def assert_single_problem(path: Path, line: int, col: int, message: str) -> None:
    problems = problems_of(path)
    assert problems == [f"{path}:{line}:{col}: {message}"]
    assert problems[0].startswith(f"{path}:{line}:{col}: ")


def only_exercise(routine: Routine) -> Exercise:
    assert len(routine.exercises) == 1
    return routine.exercises[0]


# --------------------------------------------------------------------------- bundled routine

BUNDLED_IDS = (
    "sitting-knee-extension",
    "prone-knee-bend",
    "knee-to-chest-stretch",
    "quadriceps-stretch",
    "calf-finger-push",
    "knee-pats",
    "patella-massage",
)


@pytest.fixture(scope="module")
def bundled() -> Routine:
    return load_routine(BUNDLED_ROUTINE)


def test_bundled_routine_loads_without_warnings(bundled: Routine) -> None:
    assert bundled.warnings == ()
    assert bundled.schema == 2
    assert bundled.stop_rule == StopRule(pain_rise=2, pain_at_least=7)
    assert bundled.name == "Sciatica relief - seven functional exercises"
    assert bundled.description.startswith("Gentle exercises for low back pain")
    assert "\n" not in bundled.description
    assert bundled.sessions_per_week == 7
    assert bundled.prepare_seconds == 10.0
    assert bundled.rest_between_exercises == 20.0


def test_bundled_routine_has_the_seven_exercises_in_order(bundled: Routine) -> None:
    assert tuple(e.id for e in bundled.exercises) == BUNDLED_IDS


def test_bundled_one_legged_exercises_start_with_the_right_leg(bundled: Routine) -> None:
    one_sided = [e for e in bundled.exercises if e.one_sided]
    assert [e.id for e in one_sided] == [i for i in BUNDLED_IDS if i != "knee-pats"]
    for exercise in one_sided:
        assert exercise.first_side is Side.RIGHT
        assert exercise.side_order == (Side.RIGHT, Side.LEFT)
    knee_pats = bundled.exercises[BUNDLED_IDS.index("knee-pats")]
    assert knee_pats.sides is Sides.BOTH
    assert knee_pats.side_order == (None,)


def test_bundled_dosage_is_read_as_written(bundled: Routine) -> None:
    by_id = {e.id: e for e in bundled.exercises}
    first = by_id["sitting-knee-extension"]
    assert first.sides is Sides.ALTERNATING
    assert (first.sets, first.reps, first.timed) == (1, 8, False)
    assert first.phases == (
        Phase("straighten", 3.0, "Straighten your knee"),
        Phase("hold", 5.0, "Hold it straight"),
        Phase("lower", 3.0, "Lower slowly"),
    )
    assert first.rest_between_sides == 2.0
    assert first.position is Position.SITTING
    assert len(first.steps) == 5
    assert by_id["prone-knee-bend"].position is Position.LYING_FACE_DOWN
    assert by_id["knee-to-chest-stretch"].position is Position.LYING_ON_BACK
    assert [p.seconds for p in by_id["knee-to-chest-stretch"].phases] == [3.0, 3.0, 15.0, 4.0]
    assert by_id["calf-finger-push"].sides is Sides.EACH
    assert by_id["calf-finger-push"].phases[1].say is None
    pats = by_id["knee-pats"]
    assert pats.timed
    assert pats.reps == 1
    assert pats.phases == (Phase("tap", 45.0, "Tap gently around your knees"),)
    massage = by_id["patella-massage"]
    assert massage.timed
    assert massage.sides is Sides.EACH
    assert massage.rest_after == 0.0
    assert bundled.exercise_rest(massage) == 0.0
    assert bundled.exercise_rest(first) == 20.0


def test_bundled_exercise_lines_point_at_their_ids(bundled: Routine) -> None:
    lines = BUNDLED_ROUTINE.read_text(encoding="utf-8").splitlines()
    for exercise in bundled.exercises:
        assert lines[exercise.line - 1].strip() == f"- id: {exercise.id}"


def test_load_records_source_and_hash(tmp_path: Path) -> None:
    path = write(tmp_path, one_exercise(WORK))
    routine = load_routine(path)
    assert routine.source == path.resolve()
    assert routine.source.is_absolute()
    assert routine.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_hash_changes_with_the_file(tmp_path: Path) -> None:
    first = load_text(tmp_path, one_exercise(WORK))
    second = load_text(tmp_path, one_exercise("work: {seconds: 31}"))
    assert first.sha256 != second.sha256


# --------------------------------------------------------------------------- good files


def test_minimal_phases_exercise_gets_the_defaults(tmp_path: Path) -> None:
    routine = load_text(tmp_path, one_exercise("reps: 4", PHASES))
    assert routine.warnings == ()
    assert routine.name == "Test routine"
    assert routine.description == ""
    assert routine.sessions_per_week == 7
    assert routine.prepare_seconds == 10.0
    assert routine.rest_between_exercises == 20.0
    assert routine.schema == 1
    assert routine.stop_rule is None
    exercise = only_exercise(routine)
    assert exercise == Exercise(
        id="knee",
        name="Knee bend",
        position=Position.SITTING,
        summary="Bend the knee.",
        steps=("Bend it",),
        phases=(Phase("up", 2.0, None),),
        reps=4,
        sets=1,
        timed=False,
        sides=Sides.NONE,
        first_side=Side.RIGHT,
        cautions=(),
        illustration=None,
        rest_between_reps=0.0,
        rest_between_sides=3.0,
        rest_between_sets=30.0,
        rest_after=None,
        prepare_seconds=None,
        line=4,
    )
    assert routine.exercise_rest(exercise) == 20.0
    assert routine.exercise_prepare(exercise) == 10.0


def test_minimal_work_exercise_is_timed(tmp_path: Path) -> None:
    exercise = only_exercise(load_text(tmp_path, one_exercise(WORK)))
    assert exercise.timed is True
    assert exercise.reps == 1
    assert exercise.phases == (Phase("work", 30.0, None),)


def test_work_name_and_say_are_read(tmp_path: Path) -> None:
    text = one_exercise("work: {seconds: 2.5, name: tap, say: Tap now}")
    exercise = only_exercise(load_text(tmp_path, text))
    assert exercise.phases == (Phase("tap", 2.5, "Tap now"),)


def test_every_optional_field_is_read(tmp_path: Path) -> None:
    text = textwrap.dedent(
        """\
        schema: 1
        name: Full
        description: >
          Two lines
          folded.
        sessions_per_week: 3
        prepare_seconds: 7.5
        rest_between_exercises: 12
        exercises:
          - id: full-1
            name: Full exercise
            position: lying-on-side
            summary: Everything set.
            steps:
              - One
              - Two
            cautions: [Careful]
            sides: each
            first_side: left
            sets: 3
            reps: 5
            phases:
              - name: up
                seconds: 1.5
                say: Up
              - {name: down, seconds: 2}
            rest_between_reps: 0.5
            rest_between_sides: 4
            rest_between_sets: 45
            rest_after: 0
            prepare_seconds: 0
        """
    )
    routine = load_text(tmp_path, text)
    assert routine.description == "Two lines folded."
    assert (routine.sessions_per_week, routine.prepare_seconds) == (3, 7.5)
    assert routine.rest_between_exercises == 12.0
    exercise = only_exercise(routine)
    assert exercise.position is Position.LYING_ON_SIDE
    assert exercise.steps == ("One", "Two")
    assert exercise.cautions == ("Careful",)
    assert (exercise.sides, exercise.first_side) == (Sides.EACH, Side.LEFT)
    assert exercise.side_order == (Side.LEFT, Side.RIGHT)
    assert (exercise.sets, exercise.reps) == (3, 5)
    assert exercise.phases == (Phase("up", 1.5, "Up"), Phase("down", 2.0, None))
    assert exercise.rest_between_reps == 0.5
    assert exercise.rest_between_sides == 4.0
    assert exercise.rest_between_sets == 45.0
    # Zero is a real value, not "use the routine's default".
    assert exercise.rest_after == 0.0
    assert exercise.prepare_seconds == 0.0
    assert routine.exercise_rest(exercise) == 0.0
    assert routine.exercise_prepare(exercise) == 0.0


@pytest.mark.parametrize(
    ("sides_line", "sides", "order"),
    [
        ("sides: none", Sides.NONE, (None,)),
        ("sides: both", Sides.BOTH, (None,)),
        ("sides: alternating", Sides.ALTERNATING, (Side.RIGHT, Side.LEFT)),
        ("sides: each", Sides.EACH, (Side.RIGHT, Side.LEFT)),
    ],
)
def test_sides_values(
    tmp_path: Path, sides_line: str, sides: Sides, order: tuple[Side | None, ...]
) -> None:
    exercise = only_exercise(load_text(tmp_path, one_exercise(WORK, sides_line)))
    assert exercise.sides is sides
    assert exercise.one_sided is (sides in (Sides.ALTERNATING, Sides.EACH))
    assert exercise.side_order == order


@pytest.mark.parametrize("sides", ["alternating", "each"])
def test_first_side_left(tmp_path: Path, sides: str) -> None:
    text = one_exercise(WORK, f"sides: {sides}", "first_side: left", "rest_between_sides: 1")
    exercise = only_exercise(load_text(tmp_path, text))
    assert exercise.first_side is Side.LEFT
    assert exercise.side_order == (Side.LEFT, Side.RIGHT)
    assert exercise.rest_between_sides == 1.0


@pytest.mark.parametrize("position", [p.value for p in Position])
def test_every_position_is_accepted(tmp_path: Path, position: str) -> None:
    exercise = only_exercise(load_text(tmp_path, one_exercise(WORK, position=position)))
    assert exercise.position is Position(position)


@pytest.mark.parametrize(
    "value",
    ["no", "yes", "on", "off", "No", "1:30", "012", "1e3", "0x10", ".inf", "2024-01-01", "3.0"],
)
def test_yaml_11_values_in_text_fields_stay_text(tmp_path: Path, value: str) -> None:
    text = one_exercise(WORK, steps=f"[{value}]").replace("name: Knee bend", f"name: {value}")
    exercise = only_exercise(load_text(tmp_path, text))
    assert exercise.name == value
    assert exercise.steps == (value,)


def test_name_no_loads_as_the_word_no(tmp_path: Path) -> None:
    routine = load_text(tmp_path, one_exercise(WORK, head="schema: 1\nname: no\nexercises:\n"))
    assert routine.name == "no"


def test_text_whitespace_is_collapsed(tmp_path: Path) -> None:
    text = one_exercise(WORK).replace("name: Knee bend", "name: '  Knee    bend  '")
    assert only_exercise(load_text(tmp_path, text)).name == "Knee bend"


def test_comments_and_document_markers_are_fine(tmp_path: Path) -> None:
    text = "# a comment\n---\n" + one_exercise(WORK) + "...\n"
    assert only_exercise(load_text(tmp_path, text)).id == "knee"


def test_utf8_bom_and_non_ascii_text_are_fine(tmp_path: Path) -> None:
    text = one_exercise(WORK).replace("Knee bend", "Genou plié – ½")
    path = write(tmp_path, b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert only_exercise(load_routine(path)).name == "Genou plié – ½"


def test_file_of_exactly_one_mebibyte_is_accepted(tmp_path: Path) -> None:
    text = one_exercise(WORK).encode("utf-8")
    padding = MAX_FILE_BYTES - len(text) - 1
    path = write(tmp_path, text + b"#" + b"x" * padding)
    assert path.stat().st_size == MAX_FILE_BYTES
    assert only_exercise(load_routine(path)).id == "knee"


def test_relative_path_loads_pictures_from_the_files_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "sub", one_exercise(WORK, "illustration: pic.png"))
    (tmp_path / "sub" / "pic.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    monkeypatch.chdir(tmp_path)
    routine = load_routine(Path("sub/routine.yaml"), assets_dir=tmp_path)
    assert routine.source == (tmp_path / "sub" / "routine.yaml").resolve()
    assert only_exercise(routine).illustration == (tmp_path / "sub" / "pic.png").resolve()


def test_load_accepts_a_string_path(tmp_path: Path) -> None:
    path = write(tmp_path, one_exercise(WORK))
    assert load_routine(str(path)).source == path.resolve()


def test_parse_routine_accepts_text_and_bytes(tmp_path: Path) -> None:
    text = one_exercise(WORK)
    from_text = parse_routine(text, label="x.yaml", base_dir=tmp_path, assets_dir=tmp_path)
    from_bytes = parse_routine(
        text.encode("utf-8"), label="x.yaml", base_dir=tmp_path, assets_dir=tmp_path
    )
    assert from_text == from_bytes
    assert from_text.sha256 == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert from_text.source is None


# --------------------------------------------------------------------------- rules

NOT_BOTH = (
    "an exercise needs either 'phases' (with 'reps') or 'work' (a plain timed "
    "duration), not both and not neither"
)
ONLY_ONE_SIDED = "applies only to 'sides: alternating' or 'sides: each'"


@pytest.mark.parametrize(
    ("lines", "line", "col", "message"),
    [
        pytest.param(
            (WORK, "rpes: 8"),
            10,
            5,
            "unknown key 'rpes' in an exercise; did you mean 'reps'?",
            id="unknown-key-suggestion",
        ),
        pytest.param(
            (WORK, "colour: red"),
            10,
            5,
            "unknown key 'colour' in an exercise",
            id="unknown-key-no-suggestion",
        ),
        pytest.param(
            (WORK, "<<: {sets: 2}"),
            10,
            5,
            "unknown key '<<' in an exercise",
            id="merge-key-refused",
        ),
        pytest.param(
            (WORK, '"sets": 2'),
            10,
            5,
            "keys in an exercise must be plain words",
            id="quoted-key",
        ),
        pytest.param(
            (WORK, "name: Other"),
            10,
            5,
            "duplicate key 'name' (first given on line 5)",
            id="duplicate-key",
        ),
        pytest.param(
            ("work: {seconds: 1:30}",),
            9,
            21,
            "'seconds: 1:30' is ambiguous (YAML reads it as base-60); "
            "write a number of seconds such as 5 or 2.5",
            id="sexagesimal-seconds",
        ),
        pytest.param(
            ("reps: 1:30", PHASES),
            9,
            11,
            "'reps: 1:30' is ambiguous (YAML reads it as base-60); write a whole number such as 8",
            id="sexagesimal-reps",
        ),
        pytest.param(
            ("reps: 012", PHASES),
            9,
            11,
            "'reps: 012' has a leading zero (YAML may read it as octal); write it without",
            id="octal-reps",
        ),
        pytest.param(
            ("work: {seconds: 05}",),
            9,
            21,
            "'seconds: 05' has a leading zero (YAML may read it as octal); write it without",
            id="octal-seconds",
        ),
        pytest.param(
            ('reps: "8"', PHASES),
            9,
            11,
            "'reps' must be a whole number without quotes, such as 8",
            id="quoted-reps",
        ),
        pytest.param(
            ("work: {seconds: '5'}",),
            9,
            21,
            "'seconds' must be a number of seconds without quotes, such as 5 or 2.5",
            id="quoted-seconds",
        ),
        pytest.param(
            (WORK, "sides: no"),
            10,
            12,
            "'sides' must be one of: none, both, alternating, each; not 'no'",
            id="sides-no",
        ),
        pytest.param(
            (WORK, "sides: 'both'"),
            10,
            12,
            "'sides' must be written without quotes: sides: both",
            id="sides-quoted",
        ),
        pytest.param(
            (WORK, "sides: each", "first_side: up"),
            11,
            17,
            "'first_side' must be one of: left, right; not 'up'",
            id="first-side-unknown",
        ),
        pytest.param(
            (WORK, "sets: -1"),
            10,
            11,
            "'sets' must be a whole number such as 8, not '-1'",
            id="negative-sets",
        ),
        pytest.param(
            (WORK, "rest_after: -5"),
            10,
            17,
            "'rest_after' must be a number of seconds such as 5 or 2.5, not '-5'",
            id="negative-seconds",
        ),
        pytest.param(
            ("reps: 0", PHASES),
            9,
            11,
            "'reps' must be from 1 to 100, not 0",
            id="zero-reps",
        ),
        pytest.param(
            (WORK, "sets: 0"),
            10,
            11,
            "'sets' must be from 1 to 20, not 0",
            id="zero-sets",
        ),
        pytest.param(
            ("work: {seconds: 0}",),
            9,
            21,
            "'seconds' must be from more than 0 to 3600, not 0",
            id="zero-work-seconds",
        ),
        pytest.param(
            ("reps: 1", "phases: [{name: up, seconds: 0.0}]"),
            10,
            34,
            "'seconds' must be from more than 0 to 3600, not 0.0",
            id="zero-phase-seconds",
        ),
        pytest.param(
            (WORK, "sides: each", "rest_between_sides: 0.5"),
            11,
            25,
            "'rest_between_sides' must be from 1 to 3600, not 0.5",
            id="rest-between-sides-below-one",
        ),
        pytest.param(
            ("reps: 101", PHASES),
            9,
            11,
            "'reps' must be from 1 to 100, not 101",
            id="too-many-reps",
        ),
        pytest.param(
            (WORK, "sets: 21"),
            10,
            11,
            "'sets' must be from 1 to 20, not 21",
            id="too-many-sets",
        ),
        pytest.param(
            ("work: {seconds: 3600.5}",),
            9,
            21,
            "'seconds' must be from more than 0 to 3600, not 3600.5",
            id="too-many-seconds",
        ),
        pytest.param(
            (WORK, "rest_between_sets: 3601"),
            10,
            24,
            "'rest_between_sets' must be from 0 to 3600, not 3601",
            id="too-long-rest",
        ),
        pytest.param(
            ("reps: 2.5", PHASES),
            9,
            11,
            "'reps' must be a whole number such as 8, not '2.5'",
            id="float-reps",
        ),
        pytest.param(
            (WORK, "sets: 2.0"),
            10,
            11,
            "'sets' must be a whole number such as 8, not '2.0'",
            id="float-sets",
        ),
        pytest.param(
            (WORK, "sets: 1e3"),
            10,
            11,
            "'sets' must be a whole number such as 8, not '1e3'",
            id="exponent-sets",
        ),
        pytest.param(
            (WORK, "prepare_seconds: 0x10"),
            10,
            22,
            "'prepare_seconds' must be a number of seconds such as 5 or 2.5, not '0x10'",
            id="hex-seconds",
        ),
        pytest.param(
            (WORK, "prepare_seconds: 1_000"),
            10,
            22,
            "'prepare_seconds' must be a number of seconds such as 5 or 2.5, not '1_000'",
            id="underscore-seconds",
        ),
        pytest.param(
            (WORK, "prepare_seconds: .5"),
            10,
            22,
            "'prepare_seconds' must be a number of seconds such as 5 or 2.5, not '.5'",
            id="bare-decimal-point",
        ),
        pytest.param(
            (WORK, "rest_after: .inf"),
            10,
            17,
            "'rest_after' must be a number of seconds such as 5 or 2.5, not '.inf'",
            id="infinity",
        ),
        pytest.param(
            (WORK, "sets:"),
            10,
            10,
            "'sets' has no value",
            id="no-value",
        ),
        pytest.param(
            (WORK, "sets: [1, 2]"),
            10,
            11,
            "'sets' must be a single value",
            id="list-for-number",
        ),
        pytest.param(
            (WORK, "sides: both", "first_side: left"),
            11,
            17,
            f"'first_side' {ONLY_ONE_SIDED}",
            id="first-side-on-both",
        ),
        pytest.param(
            (WORK, "sides: both", "rest_between_sides: 2"),
            11,
            25,
            f"'rest_between_sides' {ONLY_ONE_SIDED}",
            id="rest-between-sides-on-both",
        ),
        pytest.param(
            (WORK, "first_side: right"),
            10,
            17,
            f"'first_side' {ONLY_ONE_SIDED}",
            id="first-side-without-sides",
        ),
        pytest.param(
            ("reps: 2", PHASES, WORK),
            4,
            5,
            NOT_BOTH,
            id="phases-and-work",
        ),
        pytest.param(
            ("sets: 2",),
            4,
            5,
            NOT_BOTH,
            id="neither-phases-nor-work",
        ),
        pytest.param(
            (WORK, "reps: 3"),
            10,
            11,
            "'reps' goes with 'phases', not with 'work'",
            id="reps-with-work",
        ),
        pytest.param(
            (WORK, "rest_between_reps: 3"),
            10,
            24,
            "'rest_between_reps' goes with 'phases', not with 'work'",
            id="rest-between-reps-with-work",
        ),
        pytest.param(
            (PHASES,),
            4,
            5,
            "an exercise with 'phases' needs 'reps'",
            id="phases-without-reps",
        ),
        pytest.param(
            ("reps: 2", "phases: []"),
            10,
            13,
            "'phases' needs at least one phase",
            id="empty-phases",
        ),
        pytest.param(
            ("reps: 2", "phases: [{name: up}]"),
            10,
            14,
            "a phase needs 'seconds'",
            id="phase-without-seconds",
        ),
        pytest.param(
            ("reps: 2", "phases: [{name: up, seconds: 1, sey: hi}]"),
            10,
            37,
            "unknown key 'sey' in a phase; did you mean 'say'?",
            id="phase-unknown-key",
        ),
        pytest.param(
            ("reps: 2", "phases: [up]"),
            10,
            14,
            "a phase must be a mapping of 'key: value' lines",
            id="phase-not-a-mapping",
        ),
        pytest.param(
            ("reps: 2", "phases: " + "[" + ", ".join(["{name: p, seconds: 1}"] * 21) + "]"),
            10,
            13,
            "an exercise may have at most 20 phases",
            id="too-many-phases",
        ),
        pytest.param(
            ("work: {}",),
            9,
            11,
            "'work' needs 'seconds'",
            id="work-without-seconds",
        ),
        pytest.param(
            ("work: 30",),
            9,
            11,
            "'work' must be a mapping of 'key: value' lines",
            id="work-not-a-mapping",
        ),
        pytest.param(
            (WORK, "cautions: Be careful"),
            10,
            15,
            "'cautions' must be a list, one item per line starting with '- '",
            id="cautions-not-a-list",
        ),
        pytest.param(
            (WORK, "cautions: ['']"),
            10,
            16,
            "'cautions item' is empty",
            id="empty-caution",
        ),
        pytest.param(
            (WORK, "cautions: [x" + "y" * 500 + "]"),
            10,
            16,
            "'cautions item' is longer than 500 characters",
            id="caution-too-long",
        ),
    ],
)
def test_exercise_rule(
    tmp_path: Path, lines: tuple[str, ...], line: int, col: int, message: str
) -> None:
    path = write(tmp_path, one_exercise(*lines))
    assert_single_problem(path, line, col, message)


@pytest.mark.parametrize(
    ("kwargs", "line", "col", "message"),
    [
        pytest.param(
            {"ex_id": "Knee_Bend"},
            4,
            9,
            "'id: Knee_Bend' must use lower-case letters, digits and hyphens, "
            "such as 'sitting-knee-extension'",
            id="id-bad-characters",
        ),
        pytest.param(
            {"ex_id": "-knee"},
            4,
            9,
            "'id: -knee' must use lower-case letters, digits and hyphens, "
            "such as 'sitting-knee-extension'",
            id="id-leading-hyphen",
        ),
        pytest.param(
            {"ex_id": "'knee bend'"},
            4,
            9,
            "'id: knee bend' must use lower-case letters, digits and hyphens, "
            "such as 'sitting-knee-extension'",
            id="id-space",
        ),
        pytest.param(
            {"ex_id": "k" * 65},
            4,
            9,
            "'id' is longer than 64 characters",
            id="id-too-long",
        ),
        pytest.param(
            {"position": "kneeling"},
            6,
            15,
            "'position' must be one of: sitting, standing, lying-face-down, lying-on-back, "
            "lying-on-side; not 'kneeling'",
            id="unknown-position",
        ),
        pytest.param(
            {"steps": "[]"},
            8,
            12,
            "'steps' needs at least one step",
            id="empty-steps",
        ),
        pytest.param(
            {"steps": "Bend it"},
            8,
            12,
            "'steps' must be a list, one item per line starting with '- '",
            id="steps-not-a-list",
        ),
        pytest.param(
            {"steps": "[[a, b]]"},
            8,
            13,
            "'steps item' must be a single value",
            id="nested-step",
        ),
        pytest.param(
            {"steps": "[one, ~]"},
            8,
            18,
            "'steps item' has no value",
            id="null-step",
        ),
    ],
)
def test_exercise_field_rule(
    tmp_path: Path, kwargs: dict[str, str], line: int, col: int, message: str
) -> None:
    path = write(tmp_path, one_exercise(WORK, **kwargs))
    assert_single_problem(path, line, col, message)


@pytest.mark.parametrize(
    ("text", "line", "col", "message"),
    [
        pytest.param(
            "schema: 4\nname: T\nexercises: []\n",
            1,
            9,
            "this routine uses format 4; this version of Homestretch reads format 3. "
            "Update Homestretch to open it",
            id="newer-schema",
        ),
        pytest.param(
            "schema: 0\nname: T\nexercises: []\n",
            1,
            9,
            "'schema' must be from 1 to 1000000, not 0",
            id="schema-zero",
        ),
        pytest.param(
            "schema: 1.0\nname: T\nexercises: []\n",
            1,
            9,
            "'schema' must be a whole number such as 8, not '1.0'",
            id="schema-float",
        ),
        pytest.param(
            "schema: '1'\nname: T\nexercises: []\n",
            1,
            9,
            "'schema' must be a whole number without quotes, such as 8",
            id="schema-quoted",
        ),
        pytest.param(
            "# header\nname: T\nexercises: []\n",
            2,
            1,
            "the routine needs 'schema'",
            id="missing-schema",
        ),
        pytest.param(
            "- schema: 1\n- name: T\n",
            1,
            1,
            "the routine must be a mapping of 'key: value' lines",
            id="root-is-a-list",
        ),
        pytest.param(
            "just some words\n",
            1,
            1,
            "the routine must be a mapping of 'key: value' lines",
            id="root-is-a-scalar",
        ),
        pytest.param("", 1, 1, "the file is empty", id="empty-file"),
        pytest.param("\n\n   \n", 1, 1, "the file is empty", id="blank-file"),
        pytest.param("# only\n# comments\n", 1, 1, "the file is empty", id="comments-only"),
        pytest.param(
            "schema: 1\nname: Test: routine\nexercises: []\n",
            2,
            11,
            "not valid YAML: mapping values are not allowed in this context",
            id="invalid-yaml-syntax",
        ),
        pytest.param(
            "schema: 1\nname: T\n---\nschema: 1\n",
            3,
            1,
            "not valid YAML: expected a single document in the stream but found another document",
            id="two-documents",
        ),
        pytest.param(
            "schema: 1\nname: T\nexercises: [*nothing]\n",
            3,
            13,
            "not valid YAML: found undefined alias",
            id="undefined-alias",
        ),
        pytest.param(
            "schema: 1\nname: T\nexercises: []\n",
            3,
            12,
            "a routine needs at least one exercise",
            id="no-exercises",
        ),
        pytest.param(
            "schema: 1\nname: T\nexercises: {a: 1}\n",
            3,
            12,
            "'exercises' must be a list, one item per line starting with '- '",
            id="exercises-not-a-list",
        ),
        pytest.param(
            one_exercise(WORK, head="schema: 1\nname: ''\nexercises:\n"),
            2,
            7,
            "'name' is empty",
            id="empty-name",
        ),
        pytest.param(
            one_exercise(WORK, head="schema: 1\nname:\nexercises:\n"),
            2,
            6,
            "'name' has no value",
            id="name-without-value",
        ),
        pytest.param(
            one_exercise(WORK, head="schema: 1\nname: " + "n" * 501 + "\nexercises:\n"),
            2,
            7,
            "'name' is longer than 500 characters",
            id="name-too-long",
        ),
        pytest.param(
            one_exercise(WORK, head="schema: 1\nname: T\nsessions_per_week: 22\nexercises:\n"),
            3,
            20,
            "'sessions_per_week' must be from 1 to 21, not 22",
            id="too-many-sessions",
        ),
        pytest.param(
            one_exercise(WORK, head="schema: 1\nname: T\nsessions_per_week: 0\nexercises:\n"),
            3,
            20,
            "'sessions_per_week' must be from 1 to 21, not 0",
            id="zero-sessions",
        ),
        pytest.param(
            one_exercise(WORK, head="schema: 1\nname: T\nprepare_seconds: 3601\nexercises:\n"),
            3,
            18,
            "'prepare_seconds' must be from 0 to 3600, not 3601",
            id="routine-prepare-too-long",
        ),
        pytest.param(
            one_exercise(WORK, head="schema: 1\nname: T\nrpes: 8\nexercises:\n"),
            3,
            1,
            "unknown key 'rpes' in the routine",
            id="unknown-routine-key",
        ),
        pytest.param(
            one_exercise(WORK, head="schema: 1\nname: T\nname: U\nexercises:\n"),
            3,
            1,
            "duplicate key 'name' (first given on line 2)",
            id="duplicate-routine-key",
        ),
        pytest.param(
            one_exercise(
                WORK, head="schema: 1\nname: !!python/object/apply:os.system [echo]\nexercises:\n"
            ),
            2,
            7,
            "YAML tags such as tag:yaml.org,2002:python/object/apply:os.system "
            "are not allowed in a routine",
            id="python-tag",
        ),
        pytest.param(
            "!!python/object:os.system {schema: 1}\n",
            1,
            1,
            "YAML tags such as tag:yaml.org,2002:python/object:os.system "
            "are not allowed in a routine",
            id="python-tag-on-root",
        ),
        pytest.param(
            one_exercise(WORK, head="schema: 1\nname: !!binary aGVsbG8=\nexercises:\n"),
            2,
            7,
            "YAML tags such as tag:yaml.org,2002:binary are not allowed in a routine",
            id="binary-tag",
        ),
        pytest.param(
            one_exercise(WORK, head="schema: 1\nname: !custom T\nexercises:\n"),
            2,
            7,
            "YAML tags such as !custom are not allowed in a routine",
            id="local-tag",
        ),
        pytest.param(
            one_exercise(WORK, head="schema: 1\nname: T\nexercises: !!set\n"),
            3,
            12,
            "YAML tags such as tag:yaml.org,2002:set are not allowed in a routine",
            id="set-tag",
        ),
    ],
)
def test_routine_rule(tmp_path: Path, text: str, line: int, col: int, message: str) -> None:
    path = write(tmp_path, text)
    assert_single_problem(path, line, col, message)


def test_misspelt_exercises_key(tmp_path: Path) -> None:
    path = write(tmp_path, one_exercise(WORK, head="schema: 1\nname: T\nexercise:\n"))
    assert problems_of(path) == [
        f"{path}:1:1: the routine needs 'exercises'",
        f"{path}:3:1: unknown key 'exercise' in the routine; did you mean 'exercises'?",
    ]


def test_missing_required_routine_keys(tmp_path: Path) -> None:
    path = write(tmp_path, "schema: 1\ndescription: Nothing else.\n")
    assert problems_of(path) == [
        f"{path}:1:1: the routine needs 'name'",
        f"{path}:1:1: the routine needs 'exercises'",
    ]


def test_missing_required_exercise_keys(tmp_path: Path) -> None:
    text = HEAD + "  - id: knee\n    name: Knee bend\n    work: {seconds: 5}\n"
    path = write(tmp_path, text)
    assert problems_of(path) == [
        f"{path}:4:5: an exercise needs 'position'",
        f"{path}:4:5: an exercise needs 'summary'",
        f"{path}:4:5: an exercise needs 'steps'",
    ]


def test_exercise_that_is_not_a_mapping(tmp_path: Path) -> None:
    path = write(tmp_path, HEAD + "  - knee bend\n")
    assert_single_problem(path, 4, 5, "an exercise must be a mapping of 'key: value' lines")


def test_python_tag_is_never_executed(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    text = f"schema: 1\nname: !!python/object/apply:os.system ['touch {marker}']\nexercises: [x]\n"
    problems = problems_of(write(tmp_path, text))
    assert "YAML tags such as tag:yaml.org,2002:python/object/apply:os.system" in problems[0]
    assert not marker.exists()


def test_duplicate_exercise_ids(tmp_path: Path) -> None:
    second = one_exercise("work: {seconds: 5}", head="")
    path = write(tmp_path, one_exercise(WORK) + second)
    assert_single_problem(path, 10, 5, "exercise id 'knee' is used twice (first on line 4)")


def test_exercises_are_checked_after_a_duplicate_id(tmp_path: Path) -> None:
    text = one_exercise(WORK) + one_exercise(WORK, head="") + one_exercise("sets: 0", head="")
    path = write(tmp_path, text)
    assert problems_of(path) == [
        f"{path}:10:5: exercise id 'knee' is used twice (first on line 4)",
        f"{path}:16:5: {NOT_BOTH}",
        f"{path}:21:11: 'sets' must be from 1 to 20, not 0",
    ]


def test_non_utf8_byte_is_located(tmp_path: Path) -> None:
    path = write(tmp_path, b"schema: 1\nname: ab\xffc\nexercises: []\n")
    assert_single_problem(path, 2, 9, "not valid UTF-8 text; save the file as UTF-8")


def test_non_utf8_byte_on_the_first_line(tmp_path: Path) -> None:
    path = write(tmp_path, b"\x80schema: 1\n")
    assert_single_problem(path, 1, 1, "not valid UTF-8 text; save the file as UTF-8")


def test_utf16_file_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, one_exercise(WORK).encode("utf-16"))
    assert_single_problem(path, 1, 1, "not valid UTF-8 text; save the file as UTF-8")


def test_file_over_one_mebibyte_is_refused(tmp_path: Path) -> None:
    text = one_exercise(WORK).encode("utf-8")
    path = write(tmp_path, text + b"#" + b"x" * (MAX_FILE_BYTES - len(text)))
    size = MAX_FILE_BYTES + 1
    assert path.stat().st_size == size
    assert problems_of(path) == [f"{path}: is larger than 1 MB"]


def test_parse_routine_refuses_more_than_one_mebibyte_of_bytes(tmp_path: Path) -> None:
    data = b"#" * (MAX_FILE_BYTES + 1)
    with pytest.raises(RoutineError) as info:
        parse_routine(data, label="big.yaml", base_dir=tmp_path, assets_dir=tmp_path)
    assert [str(p) for p in info.value.problems] == ["big.yaml: is larger than 1 MB"]


def test_folder_instead_of_a_file(tmp_path: Path) -> None:
    folder = tmp_path / "routine.yaml"
    folder.mkdir()
    assert problems_of(folder) == [f"{folder}: is a folder, not a file"]


def test_missing_file_names_no_line(tmp_path: Path) -> None:
    missing = tmp_path / "nope.yaml"
    assert problems_of(missing) == [f"{missing}: does not exist"]


def test_moderately_deep_nesting_is_an_ordinary_error(tmp_path: Path) -> None:
    depth = 1000
    text = one_exercise(WORK, head=f"schema: 1\nname: {'[' * depth}{']' * depth}\nexercises:\n")
    # The root mapping is level 1, so the 64th bracket is one level too many.
    assert_single_problem(
        write(tmp_path, text), 2, 70, "lists and mappings are nested more than 64 deep"
    )


# --------------------------------------------------------------------------- many problems


def test_several_problems_are_all_reported_in_file_order(tmp_path: Path) -> None:
    text = textwrap.dedent(
        """\
        schema: 1
        name: Test routine
        sessions_per_week: 0
        exercises:
          - id: Bad_Id
            name: Knee bend
            position: kneeling
            summary: Bend the knee.
            steps: []
            sides: both
            first_side: left
            work: {seconds: 0}
          - id: second
            rpes: 8
            name: Second
            position: sitting
            summary: Sit.
            steps: [Sit]
            sets: 1.5
            reps: 2
            phases: [{name: up, seconds: 1:30}]
        """
    )
    path = write(tmp_path, text)
    expected = [
        (3, 20, "'sessions_per_week' must be from 1 to 21, not 0"),
        (
            5,
            9,
            "'id: Bad_Id' must use lower-case letters, digits and hyphens, "
            "such as 'sitting-knee-extension'",
        ),
        (
            7,
            15,
            "'position' must be one of: sitting, standing, lying-face-down, lying-on-back, "
            "lying-on-side; not 'kneeling'",
        ),
        (9, 12, "'steps' needs at least one step"),
        (11, 17, f"'first_side' {ONLY_ONE_SIDED}"),
        (12, 21, "'seconds' must be from more than 0 to 3600, not 0"),
        (14, 5, "unknown key 'rpes' in an exercise; did you mean 'reps'?"),
        (19, 11, "'sets' must be a whole number such as 8, not '1.5'"),
        (
            21,
            34,
            "'seconds: 1:30' is ambiguous (YAML reads it as base-60); "
            "write a number of seconds such as 5 or 2.5",
        ),
    ]
    with pytest.raises(RoutineError) as info:
        load_routine(path)
    problems = info.value.problems
    assert [(p.line, p.column, p.message) for p in problems] == expected
    assert all(p.file == str(path) for p in problems)
    assert all(p.severity is Severity.ERROR for p in problems)
    assert str(info.value).splitlines() == [f"{path}:{a}:{b}: {m}" for a, b, m in expected]


def test_problems_are_sorted_by_position_even_when_fields_are_checked_out_of_order(
    tmp_path: Path,
) -> None:
    # Laid out like the bundled routine: reps, then phases, then rest_between_sides.
    text = one_exercise(
        "sides: each",
        "reps: 0",
        "phases: [{name: up, seconds: 0}]",
        "rest_between_sides: 0",
        head="schema: 1\nrpes: 8\nname: T\nexercises:\n",
    )
    path = write(tmp_path, text)
    assert problems_of(path) == [
        f"{path}:2:1: unknown key 'rpes' in the routine",
        f"{path}:11:11: 'reps' must be from 1 to 100, not 0",
        f"{path}:12:34: 'seconds' must be from more than 0 to 3600, not 0",
        f"{path}:13:25: 'rest_between_sides' must be from 1 to 3600, not 0",
    ]


# --------------------------------------------------------------------------- illustrations


def test_illustration_next_to_the_routine(tmp_path: Path) -> None:
    (tmp_path / "pics").mkdir()
    (tmp_path / "pics" / "knee.svg").write_text("<svg/>", encoding="utf-8")
    routine = load_text(tmp_path, one_exercise(WORK, "illustration: pics/knee.svg"))
    illustration = only_exercise(routine).illustration
    assert illustration is not None
    assert illustration.is_absolute()
    assert illustration == (tmp_path / "pics" / "knee.svg").resolve()
    assert routine.warnings == ()


@pytest.mark.parametrize("name", ["a.png", "a.PNG", "a.jpg", "a.jpeg", "a.svg", "a.JPEG"])
def test_illustration_suffixes_accepted(tmp_path: Path, name: str) -> None:
    header = {".png": b"\x89PNG\r\n\x1a\n", ".svg": b"<svg xmlns='http://www.w3.org/2000/svg'/>"}
    (tmp_path / name).write_bytes(header.get(Path(name).suffix.lower(), b"\xff\xd8\xff\xe0"))
    routine = load_text(tmp_path, one_exercise(WORK, f"illustration: {name}"))
    assert only_exercise(routine).illustration == (tmp_path / name).resolve()


def test_illustration_symlink_inside_the_folder_is_fine(tmp_path: Path) -> None:
    (tmp_path / "real.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "link.png").symlink_to(tmp_path / "real.png")
    routine = load_text(tmp_path, one_exercise(WORK, "illustration: link.png"))
    assert only_exercise(routine).illustration == (tmp_path / "real.png").resolve()


def illustration_error(tmp_path: Path, reference: str, message: str) -> None:
    routine_dir = tmp_path / "routines"
    path = write(routine_dir, one_exercise(WORK, f"illustration: {reference}"))
    assert problems_of(path, assets_dir=tmp_path / "assets") == [f"{path}:10:19: {message}"]


def test_illustration_outside_the_folder(tmp_path: Path) -> None:
    (tmp_path / "outside.png").write_bytes(b"x")
    illustration_error(
        tmp_path, "../outside.png", "picture '../outside.png' points outside the routine's folder"
    )


def test_illustration_escaping_through_a_subfolder(tmp_path: Path) -> None:
    (tmp_path / "outside.png").write_bytes(b"x")
    (tmp_path / "routines" / "sub").mkdir(parents=True)
    illustration_error(
        tmp_path,
        "sub/../../outside.png",
        "picture 'sub/../../outside.png' points outside the routine's folder",
    )


def test_illustration_absolute_path(tmp_path: Path) -> None:
    picture = tmp_path / "routines" / "pic.png"
    picture.parent.mkdir()
    picture.write_bytes(b"x")
    illustration_error(
        tmp_path,
        str(picture),
        f"picture '{picture}' must be a path relative to the routine's folder",
    )


def test_illustration_with_a_drive_or_scheme(tmp_path: Path) -> None:
    illustration_error(
        tmp_path,
        "'C:pic.png'",
        "picture 'C:pic.png' must be a path relative to the routine's folder",
    )


def test_illustration_symlink_pointing_outside_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret" / "pic.png"
    secret.parent.mkdir()
    secret.write_bytes(b"x")
    routine_dir = tmp_path / "routines"
    routine_dir.mkdir()
    (routine_dir / "link.png").symlink_to(secret)
    illustration_error(
        tmp_path, "link.png", "picture 'link.png' points outside the routine's folder"
    )


def test_illustration_through_a_symlinked_folder_pointing_outside_is_refused(
    tmp_path: Path,
) -> None:
    secret = tmp_path / "secret" / "pic.png"
    secret.parent.mkdir()
    secret.write_bytes(b"x")
    routine_dir = tmp_path / "routines"
    routine_dir.mkdir()
    (routine_dir / "pics").symlink_to(secret.parent, target_is_directory=True)
    illustration_error(
        tmp_path, "pics/pic.png", "picture 'pics/pic.png' points outside the routine's folder"
    )


@pytest.mark.parametrize("name", ["pic.gif", "pic.bmp", "pic", "pic.png.txt"])
def test_illustration_wrong_extension(tmp_path: Path, name: str) -> None:
    (tmp_path / "routines").mkdir()
    (tmp_path / "routines" / name).write_bytes(b"x")
    illustration_error(
        tmp_path, name, f"picture '{name}' must be an SVG, PNG or JPEG file (or a .yaml figure)"
    )


def test_missing_illustration_is_only_a_warning(tmp_path: Path) -> None:
    path = write(tmp_path, one_exercise(WORK, "illustration: missing.png"))
    routine = load_routine(path, assets_dir=tmp_path / "assets")
    assert only_exercise(routine).illustration is None
    assert routine.warnings == (
        Problem(str(path), 10, 19, "picture 'missing.png' not found", Severity.WARNING),
    )
    warning = routine.warnings[0]
    assert warning.severity is Severity.WARNING
    assert str(warning) == f"{path}:10:19: warning: picture 'missing.png' not found"
    assert str(warning).startswith(f"{path}:10:19: warning: ")


def test_errors_have_no_warning_prefix(tmp_path: Path) -> None:
    path = write(tmp_path, one_exercise(WORK, "sets: 0"))
    with pytest.raises(RoutineError) as info:
        load_routine(path)
    assert "warning: " not in str(info.value)
    assert info.value.problems[0].severity is Severity.ERROR


def test_warning_is_kept_alongside_errors(tmp_path: Path) -> None:
    path = write(tmp_path, one_exercise(WORK, "illustration: missing.png", "sets: 0"))
    assert problems_of(path) == [
        f"{path}:10:19: warning: picture 'missing.png' not found",
        f"{path}:11:11: 'sets' must be from 1 to 20, not 0",
    ]


def test_folder_named_like_a_picture_is_a_warning(tmp_path: Path) -> None:
    (tmp_path / "dir.png").mkdir()
    routine = load_text(tmp_path, one_exercise(WORK, "illustration: dir.png"))
    assert only_exercise(routine).illustration is None
    assert [w.message for w in routine.warnings] == ["picture 'dir.png' is a folder, not a file"]


def test_assets_reference_resolves_under_the_assets_dir(tmp_path: Path) -> None:
    assets = tmp_path / "my-assets"
    picture = assets / "illustrations" / "knee.svg"
    picture.parent.mkdir(parents=True)
    picture.write_text("<svg/>", encoding="utf-8")
    routine_dir = tmp_path / "routines"
    path = write(routine_dir, one_exercise(WORK, "illustration: assets:illustrations/knee.svg"))
    routine = load_routine(path, assets_dir=assets)
    assert routine.warnings == ()
    assert only_exercise(routine).illustration == picture.resolve()


def test_assets_reference_does_not_look_in_the_routine_folder(tmp_path: Path) -> None:
    routine_dir = tmp_path / "routines"
    path = write(routine_dir, one_exercise(WORK, "illustration: assets:pic.png"))
    (routine_dir / "pic.png").write_bytes(b"x")
    (tmp_path / "assets").mkdir()
    routine = load_routine(path, assets_dir=tmp_path / "assets")
    assert only_exercise(routine).illustration is None
    assert [str(w) for w in routine.warnings] == [
        f"{path}:10:19: warning: picture 'assets:pic.png' not found"
    ]


def test_assets_reference_may_not_escape(tmp_path: Path) -> None:
    (tmp_path / "assets").mkdir()
    (tmp_path / "secret.png").write_bytes(b"x")
    illustration_error(
        tmp_path,
        "assets:../secret.png",
        "picture 'assets:../secret.png' points outside the bundled assets",
    )


def test_assets_reference_may_not_be_absolute(tmp_path: Path) -> None:
    illustration_error(
        tmp_path,
        "assets:/etc/pic.png",
        "picture 'assets:/etc/pic.png' must be a path relative to the bundled assets",
    )


def test_assets_symlink_pointing_outside_is_refused(tmp_path: Path) -> None:
    (tmp_path / "assets").mkdir()
    (tmp_path / "secret.png").write_bytes(b"x")
    (tmp_path / "assets" / "link.png").symlink_to(tmp_path / "secret.png")
    illustration_error(
        tmp_path,
        "assets:link.png",
        "picture 'assets:link.png' points outside the bundled assets",
    )


def test_default_assets_dir_is_the_bundled_one(tmp_path: Path) -> None:
    path = write(tmp_path, one_exercise(WORK, "illustration: assets:no-such-picture.png"))
    routine = load_routine(path)
    assert [w.message for w in routine.warnings] == [
        "picture 'assets:no-such-picture.png' not found"
    ]
    assert not (ASSETS_DIR / "no-such-picture.png").exists()
    # An escape from the bundled assets is reported as such, so they were the base.
    path = write(tmp_path, one_exercise(WORK, "illustration: assets:../x.png"))
    assert problems_of(path, assets_dir=ASSETS_DIR) == [
        f"{path}:10:19: picture 'assets:../x.png' points outside the bundled assets"
    ]


# --------------------------------------------------------------------------- snapshot


def test_snapshot_is_json_and_holds_the_dosage(bundled: Routine) -> None:
    snapshot = bundled.snapshot()
    assert json.loads(json.dumps(snapshot)) == snapshot
    assert snapshot["schema"] == 2
    assert snapshot["stop_rule"] == {"pain_rise": 2, "pain_at_least": 7}
    assert snapshot["name"] == bundled.name
    assert snapshot["source"] == str(BUNDLED_ROUTINE.resolve())
    assert snapshot["sha256"] == hashlib.sha256(BUNDLED_ROUTINE.read_bytes()).hexdigest()
    assert snapshot["sessions_per_week"] == 7
    assert snapshot["prepare_seconds"] == 10.0
    assert snapshot["rest_between_exercises"] == 20.0
    exercises = snapshot["exercises"]
    assert [e["id"] for e in exercises] == list(BUNDLED_IDS)
    for entry, exercise in zip(exercises, bundled.exercises, strict=True):
        assert entry["name"] == exercise.name
        assert entry["sets"] == exercise.sets
        assert entry["reps"] == exercise.reps
        assert entry["timed"] == exercise.timed
        assert entry["sides"] == exercise.sides.value
        assert entry["phases"] == [{"name": p.name, "seconds": p.seconds} for p in exercise.phases]
        assert entry["rest_between_reps"] == exercise.rest_between_reps
        assert entry["rest_between_sets"] == exercise.rest_between_sets
        assert entry["rest_after"] == bundled.exercise_rest(exercise)
        assert entry["prepare_seconds"] == bundled.exercise_prepare(exercise)
    first = exercises[0]
    assert first["first_side"] == "right"
    assert first["reps"] == 8
    assert first["rest_between_sides"] == 2.0
    assert first["phases"] == [
        {"name": "straighten", "seconds": 3.0},
        {"name": "hold", "seconds": 5.0},
        {"name": "lower", "seconds": 3.0},
    ]
    pats = exercises[BUNDLED_IDS.index("knee-pats")]
    assert pats["first_side"] is None
    assert pats["rest_between_sides"] is None
    assert pats["timed"] is True
    assert pats["phases"] == [{"name": "tap", "seconds": 45.0}]
    assert exercises[-1]["rest_after"] == 0.0
    assert exercises[0]["rest_after"] == 20.0


def test_snapshot_of_a_parsed_routine_has_no_source(tmp_path: Path) -> None:
    routine = parse_routine(
        one_exercise(WORK), label="x.yaml", base_dir=tmp_path, assets_dir=tmp_path
    )
    snapshot = routine.snapshot()
    assert snapshot["source"] is None
    assert json.loads(json.dumps(snapshot)) == snapshot


# --------------------------------------------------------------------------- properties


def seconds_text(min_tenths: int) -> st.SearchStrategy[str]:
    """Seconds written as an integer or with one decimal, from min_tenths/10 to 3600."""
    whole = st.integers((min_tenths + 9) // 10, 3600).map(str)
    tenths = st.integers(min_tenths, 36000).map(lambda t: f"{t // 10}.{t % 10}")
    return st.one_of(whole, tenths)


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("routine-props")


@settings(max_examples=200, deadline=None, database=None)
@given(
    reps=st.integers(1, 100),
    sets=st.integers(1, 20),
    phase_seconds=st.lists(seconds_text(1), min_size=1, max_size=5),
    work_seconds=seconds_text(1),
    rest_reps=seconds_text(0),
    rest_sets=seconds_text(0),
    rest_sides=seconds_text(10),
    rest_after=seconds_text(0),
    prepare=seconds_text(0),
    routine_prepare=seconds_text(0),
    routine_rest=seconds_text(0),
    sessions=st.integers(1, 21),
    sides=st.sampled_from([Sides.ALTERNATING, Sides.EACH]),
    first_side=st.sampled_from(list(Side)),
)
def test_valid_dosage_round_trips(
    scratch: Path,
    reps: int,
    sets: int,
    phase_seconds: list[str],
    work_seconds: str,
    rest_reps: str,
    rest_sets: str,
    rest_sides: str,
    rest_after: str,
    prepare: str,
    routine_prepare: str,
    routine_rest: str,
    sessions: int,
    sides: Sides,
    first_side: Side,
) -> None:
    phases = "".join(f"      - {{name: p{i}, seconds: {s}}}\n" for i, s in enumerate(phase_seconds))
    text = (
        "schema: 1\n"
        "name: Generated\n"
        f"sessions_per_week: {sessions}\n"
        f"prepare_seconds: {routine_prepare}\n"
        f"rest_between_exercises: {routine_rest}\n"
        "exercises:\n"
        "  - id: reps-one\n"
        "    name: Reps\n"
        "    position: standing\n"
        "    summary: Reps.\n"
        "    steps: [Go]\n"
        f"    sides: {sides}\n"
        f"    first_side: {first_side}\n"
        f"    sets: {sets}\n"
        f"    reps: {reps}\n"
        "    phases:\n"
        f"{phases}"
        f"    rest_between_reps: {rest_reps}\n"
        f"    rest_between_sides: {rest_sides}\n"
        f"    rest_between_sets: {rest_sets}\n"
        f"    rest_after: {rest_after}\n"
        f"    prepare_seconds: {prepare}\n"
        "  - id: timed-one\n"
        "    name: Timed\n"
        "    position: sitting\n"
        "    summary: Timed.\n"
        "    steps: [Go]\n"
        f"    sets: {sets}\n"
        f"    work: {{seconds: {work_seconds}}}\n"
    )
    path = write(scratch, text)
    try:
        routine = load_routine(path, assets_dir=scratch)
    except RoutineError as exc:
        # Long dosages make sessions over the bound: that must be the only complaint...
        (problem,) = exc.problems
        assert "a session may take at most 4 hours and 20,000 steps" in problem.message
        # ...and without the bound, every value must still read back as written.
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(timeline, "MAX_SEGMENTS", 10**9)
            patch.setattr(timeline, "MAX_SESSION_SECONDS", math.inf)
            routine = load_routine(path, assets_dir=scratch)
    assert routine.warnings == ()
    assert routine.sessions_per_week == sessions
    assert routine.prepare_seconds == float(routine_prepare)
    assert routine.rest_between_exercises == float(routine_rest)
    reps_ex, timed_ex = routine.exercises
    assert (reps_ex.reps, reps_ex.sets, reps_ex.timed) == (reps, sets, False)
    assert (reps_ex.sides, reps_ex.first_side) == (sides, first_side)
    assert [p.seconds for p in reps_ex.phases] == [float(s) for s in phase_seconds]
    assert [p.name for p in reps_ex.phases] == [f"p{i}" for i in range(len(phase_seconds))]
    assert reps_ex.rest_between_reps == float(rest_reps)
    assert reps_ex.rest_between_sides == float(rest_sides)
    assert reps_ex.rest_between_sets == float(rest_sets)
    assert reps_ex.rest_after == float(rest_after)
    assert reps_ex.prepare_seconds == float(prepare)
    assert (timed_ex.reps, timed_ex.sets, timed_ex.timed) == (1, sets, True)
    assert timed_ex.phases == (Phase("work", float(work_seconds)),)
    snapshot = routine.snapshot()
    assert json.loads(json.dumps(snapshot)) == snapshot
    assert snapshot["exercises"][0]["reps"] == reps
    assert [p["seconds"] for p in snapshot["exercises"][0]["phases"]] == [
        float(s) for s in phase_seconds
    ]


VALID_TEXT = textwrap.dedent(
    """\
    schema: 1
    name: Fuzz
    prepare_seconds: 5
    exercises:
      - id: one
        name: One
        position: sitting
        summary: First.
        steps: [a, b]
        sides: alternating
        first_side: left
        reps: 3
        phases:
          - {name: up, seconds: 2, say: Up}
        rest_between_sides: 2
        illustration: pic.png
      - id: two
        name: Two
        position: standing
        summary: Second.
        steps:
          - c
        work: {seconds: 30}
    """
)
YAML_ALPHABET = ": -[]{},#&*!|>'\"\n\t%@`?~=<.0123456789abexnoyst_/\\\u00e9"


@st.composite
def mutated_routine(draw: st.DrawFn) -> str:
    """The valid routine with a few random edits: deletions, insertions, swaps."""
    text = VALID_TEXT
    for _ in range(draw(st.integers(1, 6))):
        index = draw(st.integers(0, len(text)))
        action = draw(st.sampled_from(["delete", "insert", "replace"]))
        fragment = draw(st.text(alphabet=YAML_ALPHABET, min_size=1, max_size=4))
        if action == "delete":
            text = text[:index] + text[index + len(fragment) :]
        elif action == "insert":
            text = text[:index] + fragment + text[index:]
        else:
            text = text[:index] + fragment + text[index + len(fragment) :]
    return text


def check_never_crashes(data: str | bytes, scratch: Path) -> None:
    error: RoutineError | None = None
    routine: Routine | None = None
    try:
        routine = parse_routine(data, label="fuzz.yaml", base_dir=scratch, assets_dir=scratch)
    except RoutineError as exc:
        error = exc
    if error is not None:
        assert error.problems
        for problem in error.problems:
            assert problem.file == "fuzz.yaml"
            assert problem.line >= 1
            assert problem.column >= 1
            assert problem.message
        assert any(p.severity is Severity.ERROR for p in error.problems)
    else:
        assert isinstance(routine, Routine)
        assert routine.exercises
        assert all(w.severity is Severity.WARNING for w in routine.warnings)
        json.dumps(routine.snapshot())


@settings(max_examples=200, deadline=None, database=None)
@given(text=st.text(max_size=400))
def test_random_text_only_raises_routine_error(scratch: Path, text: str) -> None:
    check_never_crashes(text, scratch)


@settings(max_examples=200, deadline=None, database=None)
@given(text=st.text(alphabet=YAML_ALPHABET, max_size=400))
def test_random_yaml_like_text_only_raises_routine_error(scratch: Path, text: str) -> None:
    check_never_crashes(text, scratch)


@settings(max_examples=200, deadline=None, database=None)
@given(text=mutated_routine())
def test_mutated_routine_only_raises_routine_error(scratch: Path, text: str) -> None:
    check_never_crashes(text, scratch)


@settings(max_examples=200, deadline=None, database=None)
@given(data=st.binary(max_size=400))
def test_random_bytes_only_raise_routine_error(scratch: Path, data: bytes) -> None:
    check_never_crashes(data, scratch)


# --------------------------------------------------------------------------- known bugs

_DEEP_NESTING_SCRIPT = """
import sys
from pathlib import Path
from homestretch.core.routine import RoutineError, load_routine
try:
    load_routine(Path(sys.argv[1]), assets_dir=Path(sys.argv[2]))
except RoutineError:
    print("RoutineError")
"""


def test_deeply_nested_yaml_is_an_ordinary_error(tmp_path: Path) -> None:
    depth = 100_000  # 200 kB: well under the 1 MiB limit
    path = write(tmp_path, "schema: 1\nname: " + "[" * depth + "]" * depth + "\n")
    result = subprocess.run(
        [sys.executable, "-c", _DEEP_NESTING_SCRIPT, str(path), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
        check=False,
    )
    assert result.returncode == 0, f"exit {result.returncode}: {result.stderr[-500:]}"
    assert result.stdout.strip() == "RoutineError"


def test_text_with_a_lone_surrogate_is_a_routine_error(tmp_path: Path) -> None:
    with pytest.raises(RoutineError):
        parse_routine(
            "schema: 1\nname: \ud800\nexercises: []\n",
            label="x.yaml",
            base_dir=tmp_path,
            assets_dir=tmp_path,
        )


@pytest.mark.parametrize("value", ["=", "<<"])
def test_yaml_11_value_and_merge_words_in_text_stay_text(tmp_path: Path, value: str) -> None:
    text = one_exercise(WORK, head=f"schema: 1\nname: {value}\nexercises:\n")
    assert load_text(tmp_path, text).name == value


def test_control_character_is_located(tmp_path: Path) -> None:
    path = write(tmp_path, "schema: 1\nname: ab\x00c\nexercises: []\n")
    problems = problems_of(path)
    assert len(problems) == 1
    assert problems[0].startswith(f"{path}:2:9: not valid YAML")
    assert "\n" not in problems[0]


def test_a_newer_format_reports_only_that_it_is_newer(tmp_path: Path) -> None:
    path = write(tmp_path, "schema: 4\nname: T\nnarrator: fr\nexercises: []\n")
    problems = problems_of(path)
    assert len(problems) == 1
    assert problems[0].startswith(f"{path}:1:9: this routine uses format 4")


@pytest.mark.parametrize(("name", "kind"), [("a.png", "PNG"), ("a.jpg", "JPEG"), ("a.svg", "SVG")])
def test_a_picture_that_is_not_what_its_name_says_is_a_warning(
    tmp_path: Path, name: str, kind: str
) -> None:
    (tmp_path / name).write_bytes(b"GIF89a not really")
    routine = load_text(tmp_path, one_exercise(WORK, f"illustration: {name}"))
    assert only_exercise(routine).illustration is None
    (warning,) = routine.warnings
    assert warning.severity is Severity.WARNING
    assert warning.message == f"picture '{name}' is not a {kind} file"


def test_a_stop_rule_needs_format_2(tmp_path: Path) -> None:
    text = one_exercise(WORK, head="schema: 1\nname: T\nstop_rule: {pain_rise: 2}\nexercises:\n")
    path = write(tmp_path, text)
    problems = problems_of(path)
    assert problems == [f"{path}:3:12: 'stop_rule' needs 'schema: 2' at the top of the file"]


def test_stop_rule_values_are_checked(tmp_path: Path) -> None:
    head = "schema: 2\nname: T\nstop_rule: {pain_rise: 0, pain_at_least: 7}\nexercises:\n"
    problems = problems_of(write(tmp_path, one_exercise(WORK, head=head)))
    assert any("'pain_rise' must be from 1 to 10, not 0" in p for p in problems)
    head = "schema: 2\nname: T\nstop_rule: {pain_at_least: 7}\nexercises:\n"
    routine = load_text(tmp_path, one_exercise(WORK, head=head))
    assert routine.stop_rule == StopRule(pain_rise=None, pain_at_least=7)


BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


@pytest.mark.parametrize("char", list(BIDI))
def test_a_direction_changing_character_in_a_text_is_refused_at_its_line(
    tmp_path: Path, char: str
) -> None:
    # Written into the file as it is: PyYAML's reader lets these through.
    text = one_exercise(WORK, steps=f"[Sit, Bend {char}the knee]")
    path = write(tmp_path, text)
    assert_single_problem(
        path,
        8,
        18,
        f"'steps item' contains an invisible character that changes the direction of text"
        f" (U+{ord(char):04X} {unicodedata.name(char)}); remove it",
    )


def test_an_escaped_right_to_left_override_in_a_name_is_refused(tmp_path: Path) -> None:
    # "edirrevo LTR" on screen: the override turns the rest of the name around.
    path = write(tmp_path, 'schema: 1\nname: "RTL \\u202eoverride"\nexercises: []\n')
    problems = problems_of(path)
    assert problems[0] == (
        f"{path}:2:7: 'name' contains an invisible character that changes the direction of"
        " text (U+202E RIGHT-TO-LEFT OVERRIDE); remove it"
    )


@pytest.mark.parametrize("escape", ["\\x01", "\\a", "\\e", "\\x7f", "\\x9b", "\\0"])
def test_an_escaped_control_character_is_refused(tmp_path: Path, escape: str) -> None:
    text = one_exercise(WORK, head=f'schema: 1\nname: "Bad {escape}name"\nexercises:\n')
    path = write(tmp_path, text)
    (problem,) = problems_of(path)
    assert problem.startswith(f"{path}:2:7: 'name' contains a control character (U+00")
    assert problem.endswith("); remove it")


def test_spaces_tabs_and_line_breaks_in_a_text_are_not_control_characters(
    tmp_path: Path,
) -> None:
    text = one_exercise(WORK, head='schema: 1\nname: "A\\tB\\nC\\r\\nD"\nexercises:\n')
    assert load_text(tmp_path, text).name == "A B C D"


def test_text_in_other_scripts_and_markup_look_alikes_are_kept(tmp_path: Path) -> None:
    name = "<b>تمرين</b> תרגיל 練習 <img src=x>"
    text = one_exercise(WORK, head=f'schema: 1\nname: "{name}"\nexercises:\n')
    assert load_text(tmp_path, text).name == name
