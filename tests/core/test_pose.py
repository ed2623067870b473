from __future__ import annotations

import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from homestretch.core.paths import ASSETS_DIR, BUNDLED_ROUTINE
from homestretch.core.pose import (
    HEAD_RADIUS,
    LIMB_WIDTH,
    Arm,
    Figure,
    HandMotion,
    HandShape,
    Leg,
    SecondView,
    blend,
    elbow_flexion,
    hand_travel,
    knee_flexion,
    load_figure,
    phase_paths,
    phase_targets,
    pose_at,
    reach_arm,
    solve,
)
from homestretch.core.routine import RoutineError, load_routine
from homestretch.core.timeline import Segment, SegmentKind, build_timeline

ROUTINE = load_routine(BUNDLED_ROUTINE)
TIMELINE = build_timeline(ROUTINE)
FIGURES = {e.id: load_figure(ASSETS_DIR / "figures" / f"{e.id}.yaml") for e in ROUTINE.exercises}


def work_segments(exercise_id: str) -> list[Segment]:
    return [
        s for s in TIMELINE.segments if s.exercise_id == exercise_id and s.kind is SegmentKind.WORK
    ]


def test_every_bundled_exercise_has_a_figure_that_loads() -> None:
    for exercise in ROUTINE.exercises:
        assert exercise.illustration == (ASSETS_DIR / "figures" / f"{exercise.id}.yaml").resolve()
    assert ROUTINE.warnings == ()


@pytest.mark.parametrize("exercise_id", list(FIGURES))
def test_knees_and_elbows_of_every_key_pose_bend_the_right_way(exercise_id: str) -> None:
    for pose in FIGURES[exercise_id].poses.values():
        for leg in (pose.working_leg, pose.other_leg):
            assert knee_flexion(leg) <= 165 or knee_flexion(leg) > 359.5
        for arm in (pose.working_arm, pose.other_arm):
            assert elbow_flexion(arm) <= 165 or elbow_flexion(arm) > 359.5


@pytest.mark.parametrize("exercise_id", list(FIGURES))
def test_feet_and_hands_stay_above_the_floor(exercise_id: str) -> None:
    for pose in FIGURES[exercise_id].poses.values():
        skeleton = solve(pose)
        assert all(y >= -0.03 for _, y in skeleton.points())


def test_the_knee_straightens_during_straighten_and_bends_back_during_lower() -> None:
    figure = FIGURES["sitting-knee-extension"]
    exercise = ROUTINE.exercises[0]
    straighten, hold, lower = work_segments("sitting-knee-extension")[:3]
    flex = [
        knee_flexion(pose_at(figure, exercise, straighten, p, 0).working_leg)
        for p in (0.0, 0.25, 0.5, 0.75, 1.0)
    ]
    assert flex == sorted(flex, reverse=True)  # straightening: flexion falls
    assert flex[0] == pytest.approx(90)
    assert flex[-1] == pytest.approx(0, abs=1e-6)
    held = {
        round(knee_flexion(pose_at(figure, exercise, hold, p, 0).working_leg), 6)
        for p in (0, 0.5, 1)
    }
    assert held == {0.0}
    assert knee_flexion(pose_at(figure, exercise, lower, 1.0, 0).working_leg) == pytest.approx(90)


@pytest.mark.parametrize("exercise_id", list(FIGURES))
def test_the_middle_of_a_phase_lies_between_its_start_and_end(exercise_id: str) -> None:
    figure = FIGURES[exercise_id]
    exercise = next(e for e in ROUTINE.exercises if e.id == exercise_id)
    for segment in work_segments(exercise_id)[: len(exercise.phases)]:
        first = solve(pose_at(figure, exercise, segment, 0.0, 0.0)).working_leg[2]
        middle = solve(pose_at(figure, exercise, segment, 0.5, 0.0)).working_leg[2]
        last = solve(pose_at(figure, exercise, segment, 1.0, 0.0)).working_leg[2]
        span = math.dist(first, last)
        assert math.dist(first, middle) <= span + 1e-9
        assert math.dist(middle, last) <= span + 1e-9


def test_movement_phases_end_in_a_different_pose_from_where_they_start() -> None:
    for exercise_id in ("sitting-knee-extension", "prone-knee-bend", "knee-to-chest-stretch",
                        "quadriceps-stretch", "calf-finger-push"):  # fmt: skip
        figure = FIGURES[exercise_id]
        exercise = next(e for e in ROUTINE.exercises if e.id == exercise_id)
        first = work_segments(exercise_id)[0]
        assert pose_at(figure, exercise, first, 0, 0) != pose_at(figure, exercise, first, 1, 0)


@pytest.mark.parametrize("exercise_id", ["knee-pats", "patella-massage"])
def test_hands_move_during_timed_hand_work(exercise_id: str) -> None:
    figure = FIGURES[exercise_id]
    assert figure.hands is not HandMotion.NONE
    exercise = next(e for e in ROUTINE.exercises if e.id == exercise_id)
    segment = work_segments(exercise_id)[0]
    wrists = {
        tuple(
            round(c, 4)
            for c in solve(pose_at(figure, exercise, segment, t / 10, t * 0.13)).working_arm[2]
        )
        for t in range(10)
    }
    assert len(wrists) > 3
    legs = {pose_at(figure, exercise, segment, t / 10, t / 4).working_leg for t in range(10)}
    assert len(legs) == 1  # only the hands move


def test_reduce_motion_shows_the_key_pose_of_the_phase() -> None:
    figure = FIGURES["prone-knee-bend"]
    exercise = ROUTINE.exercises[1]
    bend = work_segments("prone-knee-bend")[0]
    still = {pose_at(figure, exercise, bend, p, p, reduce_motion=True) for p in (0, 0.3, 0.9)}
    assert still == {figure.poses["end"]}


def test_outside_work_the_start_pose_is_shown() -> None:
    figure = FIGURES["prone-knee-bend"]
    prepare = next(s for s in TIMELINE.segments if s.exercise_id == "prone-knee-bend")
    assert prepare.kind is SegmentKind.PREPARE
    assert pose_at(figure, ROUTINE.exercises[1], prepare, 0.5, 3) == figure.poses["start"]


def test_phase_targets_follow_the_figure_then_the_defaults() -> None:
    figure = FIGURES["knee-to-chest-stretch"]
    assert phase_targets(figure, ROUTINE.exercises[2]) == ["tuck", "end", "end", "start"]
    unnamed = Figure(scene=figure.scene, poses=figure.poses, phases={})
    assert phase_targets(unnamed, ROUTINE.exercises[2]) == ["end", "end", "end", "start"]


def test_reaching_hands_touch_their_target() -> None:
    pose = FIGURES["calf-finger-push"].poses["end"]
    skeleton = solve(pose)
    ankle = skeleton.working_leg[2]
    wrist = skeleton.working_arm[2]
    assert math.dist(wrist, (ankle[0] + 0.02, ankle[1] + 0.06)) < 1e-6  # reach: dx 0.02, dy 0.06


@settings(max_examples=200, deadline=None)
@given(x=st.floats(-0.3, 0.3), y=st.floats(-0.3, 0.3))
def test_reach_arm_bends_the_elbow_the_right_way(x: float, y: float) -> None:
    arm = reach_arm((0.0, 0.0), (x, y))
    assert elbow_flexion(arm) <= 165 + 1e-6 or elbow_flexion(arm) > 359.5


@settings(max_examples=200, deadline=None)
@given(t=st.floats(0, 1))
def test_blend_stays_between_its_ends(t: float) -> None:
    figure = FIGURES["sitting-knee-extension"]
    a, b = figure.poses["start"], figure.poses["end"]
    mid = blend(a, b, t)
    low, high = sorted((a.working_leg.shin, b.working_leg.shin))
    assert low - 1e-9 <= mid.working_leg.shin <= high + 1e-9
    flat = [c for point in solve(blend(a, b, 0)).points() for c in point]
    assert flat == pytest.approx([c for point in solve(a).points() for c in point])


FIGURE = """schema: 1
scene: chair
poses:
  start:
    hip: [0, 0.27]
    trunk: 90
    head: 90
    working_leg: {thigh: 0, shin: -90, foot: 0}
    other_leg: {thigh: 0, shin: -90, foot: 0}
    working_arm: {upper: -80, fore: -40}
    other_arm: {upper: -80, fore: -40}
  end:
    working_leg: WORKING
"""


def figure_problems(tmp_path: Path, working: str) -> list[str]:
    path = tmp_path / "figure.yaml"
    path.write_text(FIGURE.replace("WORKING", working))
    with pytest.raises(RoutineError) as info:
        load_figure(path)
    return [str(p) for p in info.value.problems]


def test_a_knee_bent_the_wrong_way_is_refused_with_its_line(tmp_path: Path) -> None:
    (problem,) = figure_problems(tmp_path, "{thigh: 0, shin: 40, foot: 130}")
    assert problem.startswith(
        f"{tmp_path / 'figure.yaml'}:13:18: this knee would bend the wrong way"
    )


def test_an_elbow_bent_the_wrong_way_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "figure.yaml"
    path.write_text(
        FIGURE.replace("WORKING", "{thigh: 0, shin: 0, foot: 90}").replace(
            "working_arm: {upper: -80, fore: -40}", "working_arm: {upper: -80, fore: -130}"
        )
    )
    with pytest.raises(RoutineError, match="this elbow would bend the wrong way"):
        load_figure(path)


def test_figure_typos_are_reported(tmp_path: Path) -> None:
    problems = figure_problems(tmp_path, "{thigh: 0, shni: 0, foot: 90}")
    assert any("unknown key 'shni'" in p and "did you mean 'shin'" in p for p in problems)


def test_a_broken_figure_is_a_routine_warning_and_the_routine_still_loads(tmp_path: Path) -> None:
    (tmp_path / "fig.yaml").write_text(FIGURE.replace("WORKING", "{thigh: 0, shin: 40, foot: 130}"))
    routine_text = BUNDLED_ROUTINE.read_text().replace("assets:figures/knee-pats.yaml", "fig.yaml")
    (tmp_path / "r.yaml").write_text(routine_text)
    routine = load_routine(tmp_path / "r.yaml")
    assert routine.exercises[5].illustration is None
    messages = [str(w) for w in routine.warnings]
    assert any("figure 'fig.yaml' has problems" in m for m in messages)
    assert any(m.startswith(f"{tmp_path / 'fig.yaml'}:13:") for m in messages)


def test_leg_and_arm_types() -> None:
    assert knee_flexion(Leg(0, -90, 0)) == 90
    assert elbow_flexion(Arm(-90, 0)) == 90


def test_a_single_phase_moves_to_end_unless_the_hands_move(tmp_path: Path) -> None:
    text = FIGURE.replace("WORKING", "{thigh: 0, shin: 0, foot: 90}")
    (tmp_path / "f.yaml").write_text(text)
    figure = load_figure(tmp_path / "f.yaml")
    timed = ROUTINE.exercises[5]  # knee pats: one timed phase
    assert phase_targets(figure, timed) == ["end"]
    assert phase_targets(FIGURES["knee-pats"], timed) == ["start"]


def test_a_phase_listed_twice_is_refused(tmp_path: Path) -> None:
    text = FIGURE.replace("WORKING", "{thigh: 0, shin: 0, foot: 90}")
    text += "phases:\n  hold: end\n  hold: start\n"
    (tmp_path / "f.yaml").write_text(text)
    with pytest.raises(RoutineError, match="phase 'hold' is listed twice"):
        load_figure(tmp_path / "f.yaml")


# --------------------------------------------------------------------------- format 2

FIGURE_2 = """schema: 2
scene: chair
description: Sitting; one knee straightens.
second_view: SECOND
key_moment: KEY
poses:
  start:
    hip: [0, 0.27]
    trunk: 90
    head: 90
    working_leg: {thigh: 0, shin: -90, foot: 0}
    other_leg: {thigh: 0, shin: -90, foot: 0}
    working_arm: {upper: -80, fore: -40}
    other_arm: {upper: -80, fore: -40}
    working_hand: HAND
  half:
    working_leg: {thigh: 2, shin: -45, foot: 45}
  end:
    working_leg: {thigh: 4, shin: 4, foot: 80}
    other_hand: grip
phases:
  straighten: PATH
  lower: start
"""


def write_figure(tmp_path: Path, text: str, **values: str) -> Path:
    defaults = {"SECOND": "knee", "KEY": "end", "HAND": "fist", "PATH": "[half, end]"}
    for key, value in (defaults | values).items():
        text = text.replace(key, value)
    path = tmp_path / "figure.yaml"
    path.write_text(text)
    return path


def problems_of(path: Path) -> list[str]:
    with pytest.raises(RoutineError) as info:
        load_figure(path)
    return [str(p) for p in info.value.problems]


def test_format_2_keys_are_read(tmp_path: Path) -> None:
    figure = load_figure(write_figure(tmp_path, FIGURE_2))
    assert figure.description == "Sitting; one knee straightens."
    assert figure.second_view is SecondView.KNEE
    assert figure.key_pose() == figure.poses["end"]
    assert figure.poses["start"].working_hand is HandShape.FIST
    assert figure.poses["start"].other_hand is HandShape.OPEN  # the default
    assert figure.poses["end"].working_hand is HandShape.FIST  # inherited from start
    assert figure.poses["end"].other_hand is HandShape.GRIP
    assert figure.phases == {"straighten": ("half", "end"), "lower": ("start",)}


@pytest.mark.parametrize(
    ("values", "line", "column", "message"),
    [
        ({"SECOND": "side"}, 4, 14, "'second_view' must be one of"),
        ({"KEY": "middle"}, 5, 13, "no pose named 'middle' in 'poses'"),
        ({"HAND": "claw"}, 15, 19, "'working_hand' must be one of"),
        ({"PATH": "[half, bent]"}, 22, 22, "no pose named 'bent' in 'poses'"),
        ({"PATH": "[half, end, half, end, half]"}, 22, 15, "must list 1 to 4 poses"),
    ],
)
def test_bad_format_2_values_are_reported_with_their_line(
    tmp_path: Path, values: dict[str, str], line: int, column: int, message: str
) -> None:
    path = write_figure(tmp_path, FIGURE_2, **values)
    problems = problems_of(path)
    assert any(p.startswith(f"{path}:{line}:{column}: ") and message in p for p in problems), (
        problems
    )


def test_format_2_keys_in_a_format_1_file_are_refused_with_their_line(tmp_path: Path) -> None:
    path = write_figure(tmp_path, FIGURE_2.replace("schema: 2", "schema: 1"))
    problems = problems_of(path)
    for line, column, key in (
        (3, 1, "description"),
        (4, 1, "second_view"),
        (5, 1, "key_moment"),
        (15, 5, "working_hand"),
        (20, 5, "other_hand"),
    ):
        expected = f"{path}:{line}:{column + len(key) + 2}: '{key}' needs 'schema: 2'"
        assert any(p.startswith(expected) for p in problems), (expected, problems)
    assert any(f"{path}:22:" in p and "a list of poses needs 'schema: 2'" in p for p in problems)


def test_a_format_2_figure_needs_a_description(tmp_path: Path) -> None:
    path = write_figure(
        tmp_path, FIGURE_2.replace("description: Sitting; one knee straightens.\n", "")
    )
    assert any(
        p.startswith(f"{path}:1:1: ") and "a figure needs a 'description'" in p
        for p in problems_of(path)
    )


def test_a_phase_moves_through_its_poses_in_turn(tmp_path: Path) -> None:
    figure = load_figure(write_figure(tmp_path, FIGURE_2))
    exercise = ROUTINE.exercises[0]  # straighten, hold, lower
    straighten = work_segments("sitting-knee-extension")[0]
    assert phase_paths(figure, exercise) == [("half", "end"), ("end",), ("start",)]
    assert pose_at(figure, exercise, straighten, 0.0, 0) == figure.poses["start"]
    assert pose_at(figure, exercise, straighten, 0.5, 0) == figure.poses["half"]
    assert pose_at(figure, exercise, straighten, 1.0, 0) == figure.poses["end"]
    flex = [
        knee_flexion(pose_at(figure, exercise, straighten, p / 20, 0).working_leg)
        for p in range(21)
    ]
    assert flex == sorted(flex, reverse=True)  # straightening all the way, through 'half'
    reduced = pose_at(figure, exercise, straighten, 0.2, 0, reduce_motion=True)
    assert reduced == figure.poses["end"]


def test_every_bundled_figure_is_format_2_with_a_description() -> None:
    for exercise_id, figure in FIGURES.items():
        assert figure.description, exercise_id
        assert figure.key_pose() in figure.poses.values()
        text = (ASSETS_DIR / "figures" / f"{exercise_id}.yaml").read_text()
        assert "\nschema: 2\n" in text


def distance_to_segment(
    point: tuple[float, float], a: tuple[float, float], b: tuple[float, float]
) -> float:
    ax, ay = a
    dx, dy = b[0] - ax, b[1] - ay
    t = max(0.0, min(1.0, ((point[0] - ax) * dx + (point[1] - ay) * dy) / (dx * dx + dy * dy)))
    return math.dist(point, (ax + t * dx, ay + t * dy))


def test_the_hands_of_the_bundled_exercises_are_where_the_article_puts_them() -> None:
    pats = FIGURES["knee-pats"].poses["start"]
    assert (pats.working_hand, pats.other_hand) == (HandShape.FIST, HandShape.FIST)
    both = solve(pats)
    assert math.dist(both.working_arm[-1], both.working_leg[1]) < 0.06  # right fist, right knee
    assert math.dist(both.other_arm[-1], both.other_leg[1]) < 0.06  # left fist, left knee
    for exercise_id, pose_name, target in (
        ("knee-to-chest-stretch", "tuck", "thigh"),
        ("knee-to-chest-stretch", "end", "thigh"),
        ("quadriceps-stretch", "hold", "ankle"),
        ("quadriceps-stretch", "pulled", "ankle"),
    ):
        pose = FIGURES[exercise_id].poses[pose_name]
        assert (pose.working_hand, pose.other_hand) == (HandShape.GRIP, HandShape.GRIP)
        skeleton = solve(pose)
        hip, knee, ankle, _ = skeleton.working_leg
        wrists = [skeleton.working_arm[-1], skeleton.other_arm[-1]]
        for wrist in wrists:  # both hands hold it
            if target == "thigh":
                assert distance_to_segment(wrist, hip, knee) < 0.05, (exercise_id, wrist)
            else:
                assert math.dist(wrist, ankle) < 0.07, (exercise_id, wrist)
        if target == "thigh":  # two hands, not one on top of the other
            assert math.dist(*wrists) > 0.05
    chest = FIGURES["knee-to-chest-stretch"].poses["tuck"]
    assert chest.working_leg.thigh > 115  # past vertical, towards the chest


def test_the_calf_hands_travel_from_the_knee_to_the_ankle_and_back() -> None:
    figure = FIGURES["calf-finger-push"]
    exercise = next(e for e in ROUTINE.exercises if e.id == "calf-finger-push")
    push, back = work_segments("calf-finger-push")[:2]
    down = [hand_travel(figure, pose_at(figure, exercise, push, p / 10, 0)) for p in range(11)]
    assert down[0] == pytest.approx(0.0, abs=1e-6)
    assert down[-1] == pytest.approx(1.0, abs=1e-6)
    assert down == sorted(down)
    up = [hand_travel(figure, pose_at(figure, exercise, back, p / 10, 0)) for p in range(11)]
    assert up == sorted(up, reverse=True)


ONE_REP = [
    (exercise, segment)
    for exercise in ROUTINE.exercises
    for segment in work_segments(exercise.id)[: len(exercise.phases)]
]


@settings(max_examples=400, deadline=None)
@given(
    index=st.integers(0, len(ONE_REP) - 1),
    progress=st.floats(0, 1),
    elapsed=st.floats(0, 60),
)
def test_no_body_part_goes_below_the_mat_or_the_floor_in_any_frame(
    index: int, progress: float, elapsed: float
) -> None:
    exercise, segment = ONE_REP[index]
    figure = FIGURES[exercise.id]
    pose = pose_at(figure, exercise, segment, progress, elapsed)
    skeleton = solve(pose)
    lowest = figure.floor() + LIMB_WIDTH * 0.6 - 0.005  # the edge of the thickest limb
    for x, y in skeleton.points():
        assert y >= lowest, (exercise.id, segment.phase, progress, (x, y))
    assert skeleton.head[1] - HEAD_RADIUS >= figure.floor()
