from __future__ import annotations

import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from homestretch.core.paths import ASSETS_DIR, BUNDLED_ROUTINE
from homestretch.core.pose import (
    Arm,
    Figure,
    HandMotion,
    Leg,
    blend,
    elbow_flexion,
    knee_flexion,
    load_figure,
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
