from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from homestretch.core.paths import BUNDLED_ROUTINE
from homestretch.core.routine import (
    Exercise,
    Phase,
    Position,
    Routine,
    RoutineError,
    Side,
    Sides,
    load_routine,
)
from homestretch.core.timeline import (
    MAX_SEGMENTS,
    MAX_SESSION_SECONDS,
    CueKind,
    SegmentKind,
    SessionSize,
    SessionTooLongError,
    build_timeline,
    exercise_size,
    session_size,
)
from tests.helpers import routine_from_text


def make_routine(
    sides: str = "alternating",
    reps: int = 2,
    sets: int = 1,
    rest_reps: float = 0,
    rest_sets: float = 30,
    rest_sides: float = 2,
    extra: str = "",
) -> str:
    side_keys = f"    first_side: right\n    rest_between_sides: {rest_sides}\n"
    if sides in ("none", "both"):
        side_keys = ""
    return f"""
schema: 1
name: T
prepare_seconds: 5
rest_between_exercises: 10
exercises:
  - id: a
    name: A
    position: sitting
    summary: Do A.
    steps: [one]
    sides: {sides}
{side_keys}    sets: {sets}
    reps: {reps}
    rest_between_reps: {rest_reps}
    rest_between_sets: {rest_sets}
    phases:
      - {{name: up, seconds: 2, say: Up}}
      - {{name: down, seconds: 3}}
  - id: b
    name: B
    position: sitting
    summary: Do B.
    steps: [one]
    work: {{seconds: 30, say: Go}}
{extra}"""


def work_sides(text: str) -> list[tuple[Side | None, int | None]]:
    timeline = build_timeline(routine_from_text(text))
    return [
        (s.side, s.rep)
        for s in timeline.segments
        if s.kind is SegmentKind.WORK and s.exercise_id == "a" and s.phase == "up"
    ]


def test_alternating_switches_leg_every_rep_starting_right() -> None:
    assert work_sides(make_routine("alternating", reps=3)) == [
        (Side.RIGHT, 1),
        (Side.LEFT, 1),
        (Side.RIGHT, 2),
        (Side.LEFT, 2),
        (Side.RIGHT, 3),
        (Side.LEFT, 3),
    ]


def test_each_does_all_reps_on_one_side_then_the_other() -> None:
    assert work_sides(make_routine("each", reps=2)) == [
        (Side.RIGHT, 1),
        (Side.RIGHT, 2),
        (Side.LEFT, 1),
        (Side.LEFT, 2),
    ]


def test_both_and_none_have_no_side() -> None:
    assert work_sides(make_routine("both", reps=2)) == [(None, 1), (None, 2)]


def test_switch_segments_say_the_new_leg() -> None:
    timeline = build_timeline(routine_from_text(make_routine("each", reps=2, rest_sides=4)))
    switches = [s for s in timeline.segments if s.kind is SegmentKind.SWITCH]
    assert len(switches) == 1
    assert switches[0].seconds == 4
    assert switches[0].side is Side.LEFT
    assert switches[0].say == "Switch to your left leg."


def test_rest_between_reps_added_to_switch_when_alternating() -> None:
    timeline = build_timeline(
        routine_from_text(make_routine("alternating", reps=2, rest_reps=5, rest_sides=2))
    )
    switches = [s.seconds for s in timeline.segments if s.kind is SegmentKind.SWITCH]
    # right1 -> left1 (side only), left1 -> right2 (side + rep rest), right2 -> left2
    assert switches == [2, 7, 2]


def test_sets_are_separated_by_a_rest_that_names_the_next_set() -> None:
    timeline = build_timeline(routine_from_text(make_routine("both", reps=1, sets=2, rest_sets=40)))
    rests = [s for s in timeline.segments if s.kind is SegmentKind.REST and s.exercise_id == "a"]
    assert [r.seconds for r in rests] == [40, 10]
    assert "Set 2 of 2" in (rests[0].say or "")


def test_zero_second_steps_are_dropped_but_their_words_carry_on() -> None:
    text = make_routine("both", reps=1).replace("prepare_seconds: 5", "prepare_seconds: 0")
    timeline = build_timeline(routine_from_text(text))
    first = timeline.segments[0]
    assert first.kind is SegmentKind.WORK
    assert (first.say or "").startswith("A. Do A.")


def test_segments_cover_the_session_without_gaps() -> None:
    timeline = build_timeline(load_routine(BUNDLED_ROUTINE))
    for before, after in zip(timeline.segments, timeline.segments[1:], strict=False):
        assert math.isclose(before.end, after.start)
    assert timeline.segments[-1].kind is SegmentKind.DONE
    assert timeline.segments[-1].seconds == 0
    assert math.isclose(timeline.total_seconds, sum(s.seconds for s in timeline.segments))


def test_bundled_routine_starts_each_exercise_with_an_intro_and_ends_with_done() -> None:
    timeline = build_timeline(load_routine(BUNDLED_ROUTINE))
    for k, (first, _stop) in enumerate(timeline.exercise_spans):
        segment = timeline.segments[first]
        assert segment.kind is SegmentKind.PREPARE
        assert segment.cues[0].kind is CueKind.INTRO
        assert segment.exercise_index == k
    end = timeline.segments[-1]
    assert end.cues[0].kind is CueKind.END
    last_rest = timeline.segments[timeline.exercise_spans[0][1] - 1]
    assert last_rest.kind is SegmentKind.REST
    assert "Next: Prone knee bends." in (last_rest.say or "")


def test_json_has_the_documented_fields() -> None:
    data = build_timeline(routine_from_text(make_routine())).to_json()
    assert set(data) == {"routine", "language", "total_seconds", "segments"}
    for segment in data["segments"]:
        assert {"start", "seconds", "exercise", "side", "kind", "set", "rep", "say"} <= set(segment)
        assert segment["side"] in ("left", "right", None)


def test_index_at_finds_the_running_segment() -> None:
    timeline = build_timeline(routine_from_text(make_routine()))
    for segment in timeline.segments[:-1]:
        assert timeline.index_at(segment.start) == segment.index
        assert timeline.index_at(segment.start + segment.seconds / 2) == segment.index
    assert timeline.index_at(timeline.total_seconds) == len(timeline.segments) - 1


@settings(max_examples=150, deadline=None)
@given(
    sides=st.sampled_from(["none", "both", "alternating", "each"]),
    reps=st.integers(1, 6),
    sets=st.integers(1, 3),
    rest_reps=st.sampled_from([0, 1, 2.5]),
    rest_sets=st.sampled_from([0, 5]),
    rest_sides=st.sampled_from([1, 3.5]),
)
def test_segment_times_add_up(
    sides: str, reps: int, sets: int, rest_reps: float, rest_sets: float, rest_sides: float
) -> None:
    routine = routine_from_text(make_routine(sides, reps, sets, rest_reps, rest_sets, rest_sides))
    timeline = build_timeline(routine)
    a = routine.exercises[0]
    work = [s for s in timeline.segments if s.kind is SegmentKind.WORK and s.exercise_id == "a"]
    per_side = 2 if sides in ("alternating", "each") else 1
    assert len(work) == sets * reps * per_side * len(a.phases)
    expected_work = sets * reps * per_side * sum(p.seconds for p in a.phases)
    assert math.isclose(sum(s.seconds for s in work), expected_work)
    position = 0.0
    for segment in timeline.segments:
        assert math.isclose(segment.start, position, abs_tol=1e-6)
        assert segment.seconds > 0 or segment.kind is SegmentKind.DONE
        position += segment.seconds
    assert math.isclose(timeline.total_seconds, position, abs_tol=1e-6)
    assert math.isclose(
        timeline.total_seconds,
        sum(timeline.exercise_seconds(k) for k in range(len(routine.exercises))),
    )


def test_cues_that_already_end_with_punctuation_get_no_second_full_stop() -> None:
    text = make_routine("both", reps=1).replace("say: Up}", "say: Up now!}")
    timeline = build_timeline(routine_from_text(text))
    says = [s.say for s in timeline.segments if s.phase == "up"]
    assert says == ["Up now!"]


def test_a_new_set_without_rest_names_the_leg_once() -> None:
    timeline = build_timeline(
        routine_from_text(make_routine("alternating", reps=1, sets=2, rest_sets=0))
    )
    set_change = [s for s in timeline.segments if s.kind is SegmentKind.SWITCH and s.set == 2]
    assert [s.say for s in set_change] == ["Set 2 of 2 next. Right leg.", "Left leg."]


# --------------------------------------------------------------------------- the session bound

SECONDS = st.sampled_from([0.1, 0.5, 1.0, 2.5, 7.0])
GAPS = st.sampled_from([0.0, 0.3, 1.0, 2.5])
SMALL = st.one_of(st.just(1), st.integers(1, 8))
"""Counts with 1 (where gaps disappear) drawn often."""


@st.composite
def exercises(draw: st.DrawFn, index: int) -> Exercise:
    return Exercise(
        id=f"e{index}",
        name=f"E{index}",
        position=Position.SITTING,
        summary="S",
        steps=("go",),
        phases=tuple(Phase(f"p{k}", draw(SECONDS)) for k in range(draw(st.integers(1, 4)))),
        reps=draw(SMALL),
        sets=draw(SMALL),
        sides=draw(st.sampled_from(list(Sides))),
        first_side=draw(st.sampled_from(list(Side))),
        rest_between_reps=draw(GAPS),
        rest_between_sides=draw(st.sampled_from([1.0, 3.5])),
        rest_between_sets=draw(GAPS),
        rest_after=draw(st.sampled_from([None, 0.0, 12.0])),
        prepare_seconds=draw(st.sampled_from([None, 0.0, 4.0])),
    )


@st.composite
def routines(draw: st.DrawFn) -> Routine:
    count = draw(st.integers(1, 4))
    return Routine(
        name="R",
        exercises=tuple(draw(exercises(k)) for k in range(count)),
        prepare_seconds=draw(st.sampled_from([0.0, 10.0])),
        rest_between_exercises=draw(st.sampled_from([0.0, 20.0])),
    )


@settings(max_examples=400, deadline=None)
@given(routine=routines())
def test_the_measured_size_is_the_built_timelines(routine: Routine) -> None:
    size = session_size(routine)
    if not size.within_bounds:
        with pytest.raises(SessionTooLongError) as info:
            build_timeline(routine)
        assert info.value.size == size
        return
    timeline = build_timeline(routine)
    assert size.segments == len(timeline.segments)
    assert math.isclose(size.seconds, timeline.total_seconds, rel_tol=1e-9, abs_tol=1e-6)
    for k in range(len(routine.exercises)):
        first, stop = timeline.exercise_spans[k]
        measured = exercise_size(routine, k)
        assert measured.segments == stop - first
        assert math.isclose(measured.seconds, timeline.exercise_seconds(k), abs_tol=1e-6)


def test_the_bundled_routine_is_well_inside_the_bound() -> None:
    routine = load_routine(BUNDLED_ROUTINE)
    size = session_size(routine)
    assert size == SessionSize(build_timeline(routine).total_seconds, 221)
    assert size.within_bounds


def huge_exercise(index: int, sets: int = 20, reps: int = 100, phases: int = 20) -> Exercise:
    return Exercise(
        id=f"e{index}",
        name="E",
        position=Position.SITTING,
        summary="S",
        steps=("go",),
        phases=tuple(Phase(f"p{k}", 1.0) for k in range(phases)),
        reps=reps,
        sets=sets,
        sides=Sides.ALTERNATING,
    )


def test_the_issues_routine_is_measured_not_built() -> None:
    """100 exercises x 20 sets x 100 reps x 2 sides x 20 phases: 8.4 million segments."""
    routine = Routine("Huge", tuple(huge_exercise(k) for k in range(100)))
    size = session_size(routine)
    assert size.segments == 8_400_100
    assert not size.within_bounds
    with pytest.raises(SessionTooLongError) as info:
        build_timeline(routine)
    assert str(info.value) == (
        "this session would take 2,570 h 33 min (8,400,100 steps); "
        "a session may take at most 4 hours and 20,000 steps"
    )


def test_either_limit_alone_refuses() -> None:
    tiny = Exercise(
        id="tiny",
        name="T",
        position=Position.SITTING,
        summary="S",
        steps=("go",),
        phases=tuple(Phase(f"p{k}", 0.1) for k in range(20)),
        reps=100,
        sets=20,
        rest_between_sets=0.0,
    )
    short_but_many = Routine("Many", (tiny,), prepare_seconds=0.0)
    size = session_size(short_but_many)
    assert size.seconds < MAX_SESSION_SECONDS
    assert size.segments > MAX_SEGMENTS
    with pytest.raises(SessionTooLongError):
        build_timeline(short_but_many)
    long = Exercise(
        id="long",
        name="L",
        position=Position.SITTING,
        summary="S",
        steps=("go",),
        phases=(Phase("hold", 3600.0),),
        sets=5,
        rest_between_sets=0.0,
    )
    long_but_few = Routine("Long", (long,), prepare_seconds=0.0)
    size = session_size(long_but_few)
    assert (size.seconds, size.segments) == (5 * 3600.0, 6)
    with pytest.raises(SessionTooLongError, match=r"would take 5 h 0 min \(6 steps\)"):
        build_timeline(long_but_few)


def test_exactly_at_the_bound_is_allowed() -> None:
    hold = Exercise(
        id="hold",
        name="H",
        position=Position.SITTING,
        summary="S",
        steps=("go",),
        phases=(Phase("hold", 3600.0),),
        sets=4,
        rest_between_sets=0.0,
    )
    routine = Routine("Four hours", (hold,), prepare_seconds=0.0)
    assert session_size(routine) == SessionSize(MAX_SESSION_SECONDS, 5)
    assert build_timeline(routine).total_seconds == MAX_SESSION_SECONDS


def test_the_loader_refuses_a_routine_over_four_hours_naming_the_longest_exercise() -> None:
    text = make_routine("none", reps=1).replace(
        "work: {seconds: 30, say: Go}", "work: {seconds: 3600}\n    sets: 5"
    )
    with pytest.raises(RoutineError) as info:
        routine_from_text(text)
    assert [str(p) for p in info.value.problems] == [
        "test.yaml:20:1: this session would take 5 h 2 min (15 steps); a session may take at "
        "most 4 hours and 20,000 steps; the largest exercise, 'b', takes 5 h 2 min (10 steps)"
    ]


def test_sizes_are_described_in_words() -> None:
    assert SessionSize(40.4, 5).describe() == "40 s (5 steps)"
    assert SessionSize(725, 241).describe() == "12 min (241 steps)"
    assert SessionSize(9_253_980, 8_400_100).describe() == "2,570 h 33 min (8,400,100 steps)"
