"""Every problem the loaders find is said through the translation seam, one whole sentence
(a text lupdate finds) at a time; without a translator it stays the English the command
line prints (tests/core/test_routine.py checks each text)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from homestretch.core.files import FileReadError, read_regular_file
from homestretch.core.routine import (
    MAX_FILE_BYTES,
    Problem,
    RoutineError,
    Severity,
    load_routine,
    parse_routine,
)
from tests.core.test_routine import HEAD, PHASES, WORK, one_exercise, write
from tests.helpers import MARK_CLOSE, MARK_OPEN, catalogued

OPEN, CLOSE = MARK_OPEN, MARK_CLOSE


FIGURE = """\
schema: 1
poses:
  start: {hip: [0, 1], trunk: 90, head: 90, working_leg: {thigh: 0, shin: 0, foot: 0},
          other_leg: {thigh: 0, shin: 0, foot: 0}, working_arm: {upper: 0, fore: 0},
          other_arm: {upper: 0, fore: 0}, nose: 1}
  start: {}
  bent: {trunk: "5", head: 1:30, working_leg: {thigh: 0, shin: -90, foot: 0}}
phases: {up: nowhere, down: [start]}
key_moment: gone
"""
"""A figure with problems of its own (shown as warnings of the exercise that uses it)."""
FIGURE_2 = """\
schema: 2
scene: chair
hands: tap
colour: red
poses:
  start:
    hip: [0, 0.27, 1]
    trunk: 80
    head: 1:30
    working_leg: { thigh: 0, shin: 90, foot: 0 }
    other_leg: { thigh: 0, shin: -88, foot: 0 }
    working_arm: { upper: 0, fore: -170 }
    other_arm: { reach: moon, dx: '0.1' }
  bent: { hip: [x, 0], trunk: 5 }
  bent: { trunk: 5 }
phases: {up: [start, start, start, start, start, start, start, start, start, start, start]}
"""
FIGURE_3 = "schema: 2\nposes: [start]\nphases: [up]\n"
FIGURE_4 = "schema: 2\nposes: {bent: {}}\n"
FIGURE_5 = "schema: 7\nposes: {}\n"
FIGURE_6 = "- a figure?\n"

ROUTINES = [
    one_exercise(WORK, "rpes: 8"),
    one_exercise(WORK, "colour: red"),
    one_exercise(WORK, '"sets": 2'),
    one_exercise(WORK, "name: Other"),
    one_exercise("work: {seconds: 1:30}", "sets: 1:30"),
    one_exercise("reps: 012", PHASES, "rest_after: '5'", "sets: '2'"),
    one_exercise(WORK, "sides: no", "first_side: left"),
    one_exercise(WORK, "sides: 'both'", "rest_between_sets: x"),
    one_exercise(WORK, "sets: x", "rest_between_reps: 1"),
    one_exercise("reps: 0", PHASES, "sets: 99"),
    one_exercise("work: {seconds: 0, colour: red, rpes: 1}"),
    one_exercise(PHASES, WORK),
    one_exercise("phases: []"),
    one_exercise("reps: 2", "phases: [{name: up}, 5, {seconds: 1, sa: x}]"),
    one_exercise(WORK, "cautions: [~, '', [a], 'a\u202eb', 'a\x07b']"),
    one_exercise(WORK, "name: 'a\u202eb'", ex_id="Knee Bend"),
    one_exercise(WORK, "summary: ~", "steps: x", "name: [a]", steps="[]"),
    one_exercise(WORK, "illustration: /abs.png"),
    one_exercise(WORK, "illustration: 'assets:/abs.png'"),
    one_exercise(WORK, "illustration: ../outside.png"),
    one_exercise(WORK, "illustration: 'assets:../outside.png'"),
    one_exercise(WORK, "illustration: pic.gif"),
    one_exercise(WORK, "illustration: missing.png"),
    one_exercise(WORK, "illustration: folder.png"),
    one_exercise(WORK, "illustration: pipe.png"),
    one_exercise(WORK, "illustration: huge.png"),
    one_exercise(WORK, "illustration: fake.png"),
    one_exercise(WORK, "illustration: declares.svg"),
    one_exercise(WORK, "illustration: links.svg"),
    one_exercise(WORK, "illustration: figure.yaml"),
    one_exercise(WORK, "illustration: figure-2.yaml"),
    one_exercise(WORK, "illustration: figure-3.yaml"),
    one_exercise(WORK, "illustration: figure-4.yaml"),
    one_exercise(WORK, "illustration: figure-5.yaml"),
    one_exercise(WORK, "illustration: figure-6.yaml"),
    one_exercise(WORK, "sides: none", "first_side: left"),
    one_exercise(WORK, "cautions: [~, '', [a], " + "x" * 501 + "]"),
    one_exercise(WORK, 'cautions: ["a\\u202eb"]'),
    one_exercise(WORK, 'cautions: ["a\\x07b"]'),
    one_exercise(WORK, 'name: "a\\u202eb"'.replace("name", "summary")),
    one_exercise(WORK, 'id: "x"'.replace("id", "position")),
    one_exercise("reps: 100", "sets: 20", "phases: [{name: a, seconds: 3600}]"),
    one_exercise("reps: 1", "phases: [" + ", ".join(["{name: a, seconds: 1}"] * 21) + "]"),
    HEAD.replace("name: Test routine", "name: ''\ncolour: red\n'sessions_per_week': 2\nnmae: x")
    + one_exercise(WORK)[len(HEAD) :],
    "schema: 1\nname: !foo x\nexercises: []\n",
    "schema: 3\nname: x\nlanguage: 'en gb'\nexercises: []\n",
    "schema: 3\nname: x\nlanguage: fr\n"
    + one_exercise(WORK)[len("schema: 1\nname: Test routine\n") :],
    "schema: 1\nname: " + "x" * 501 + "\nexercises: [" + ", ".join(["1"] * 1001) + "]\n",
    HEAD
    + "  - "
    + one_exercise(WORK)[len(HEAD) + 4 :]
    + "  - "
    + one_exercise(WORK)[len(HEAD) + 4 :],
    "schema: 1\nname: x\nexercises: []\n",
    "schema: 1\nname: x\nexercises: {a: 1}\n",
    "schema: 1\nname: [x]\nexercises: [1]\nlanguage: de\nstop_rule: {}\n",
    "schema: 99\nname: x\n",
    "schema: 2\nname: x\nlanguage: 'en gb'\nstop_rule: {}\nexercises: [{id: a}]\n",
    "schema: 2\nname: x\nlanguage: fr\nstop_rule: 3\nexercises: []\n",
    "schema: 2\nname: x\nstop_rule: {pain_rse: 1}\nexercises: []\n",
    "name: x\nrest_between_exercises: !!python/name:os.system 1\n",
    "- a list\n",
    "a: [b\n",
    "",
    "a: \x01\n",
    "a: [" * 70 + "]" * 70 + "\n",
]


def make_pictures(folder: Path) -> None:
    (folder / "folder.png").mkdir()
    os.mkfifo(folder / "pipe.png")
    with (folder / "huge.png").open("wb") as huge:
        huge.truncate(30 * 1024 * 1024)
    (folder / "fake.png").write_bytes(b"not a PNG")
    (folder / "declares.svg").write_bytes(b'<svg><!ENTITY x "y"></svg>')
    (folder / "links.svg").write_bytes(b'<svg><image href="/etc/passwd"/></svg>')
    (folder / "figure.yaml").write_text(FIGURE, encoding="utf-8")
    for number, figure in enumerate((FIGURE_2, FIGURE_3, FIGURE_4, FIGURE_5, FIGURE_6), 2):
        (folder / f"figure-{number}.yaml").write_text(figure, encoding="utf-8")


def problems(path: Path) -> list[Problem]:
    try:
        routine = load_routine(path, assets_dir=path.parent / "assets")
    except RoutineError as exc:
        return list(exc.problems)
    return list(routine.warnings)


def test_every_problem_is_one_whole_translated_sentence(
    tmp_path: Path, marked: set[tuple[str, str]]
) -> None:
    make_pictures(tmp_path)
    found: list[Problem] = []
    for number, text in enumerate(ROUTINES):
        found += problems(write(tmp_path, text, f"routine-{number}.yaml"))
    found += problems(write(tmp_path, b"name: \xff\n", "latin-1.yaml"))
    found += problems(write(tmp_path, b"#" * (MAX_FILE_BYTES + 1), "large.yaml"))
    found += problems(tmp_path / "no-such.yaml")
    found += problems(tmp_path / "folder.png")
    found += problems(tmp_path / "pipe.png")
    with pytest.raises(RoutineError) as caught:
        parse_routine("a: '\ud800'", label="x", base_dir=tmp_path, assets_dir=tmp_path)
    found += caught.value.problems
    assert len(found) > 100
    whole = [p.message for p in found if p.message.startswith(OPEN) and p.message.endswith(CLOSE)]
    assert [p.message for p in found if p.message not in whole] == []
    # Each said as it stands in the code, where lupdate found it (no sentence pieced together).
    contexts = {"RoutineProblems", "FigureProblems", "FileProblems", "Languages"}
    assert {c for c, _ in marked} <= contexts
    assert marked - catalogued() == set()
    # A warning's "warning:" too.
    warning = next(p for p in found if p.severity is Severity.WARNING)
    assert f": {OPEN}" in str(warning)
    # (The figure's own problems are among them.)
    assert any(p.file.endswith("figure.yaml") for p in found)


def test_a_file_that_cannot_be_read_is_said_in_a_translated_sentence(
    tmp_path: Path, marked: set[tuple[str, str]]
) -> None:
    os.mkfifo(tmp_path / "pipe")
    for path in (tmp_path / "pipe", tmp_path, tmp_path / "none"):
        with pytest.raises(FileReadError) as caught:
            read_regular_file(path, 10)
        assert str(caught.value).startswith(OPEN)
        assert str(caught.value).endswith(CLOSE)
        assert caught.value.reason.startswith(OPEN)
    assert marked - catalogued() == set()


def test_without_a_translator_the_problems_are_english(tmp_path: Path) -> None:
    path = write(tmp_path, one_exercise(WORK, "sides: none", "first_side: left", "sets: 99"))
    assert [str(p) for p in problems(path)] == [
        f"{path}:11:17: 'first_side' applies only to 'sides: alternating' or 'sides: each'",
        f"{path}:12:11: 'sets' must be from 1 to 20, not 99",
    ]
