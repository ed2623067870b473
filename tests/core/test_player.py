from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from homestretch.core.paths import BUNDLED_ROUTINE
from homestretch.core.player import (
    Event,
    ExerciseEnded,
    ExerciseStatus,
    Outcome,
    PauseReason,
    Player,
    PlayerError,
    SegmentStarted,
    SessionEnded,
    State,
    StateChanged,
)
from homestretch.core.routine import load_routine
from homestretch.core.timeline import SegmentKind, Timeline, build_timeline
from tests.helpers import FakeClock

TIMELINE = build_timeline(load_routine(BUNDLED_ROUTINE))


class Recorder:
    def __init__(self) -> None:
        self.events: list[Event] = []

    def __call__(self, event: Event) -> None:
        self.events.append(event)

    def of(self, kind: type) -> list:  # type: ignore[type-arg]
        return [e for e in self.events if isinstance(e, kind)]


def make(
    timeline: Timeline = TIMELINE, suspend_gap: float = 5.0
) -> tuple[Player, FakeClock, Recorder]:
    clock = FakeClock()
    player = Player(timeline, clock, suspend_gap=suspend_gap)
    recorder = Recorder()
    player.subscribe(recorder)
    return player, clock, recorder


def run_for(player: Player, clock: FakeClock, seconds: float, step: float = 0.25) -> None:
    """Advance the clock, updating like a driver that wakes every ``step`` seconds."""
    end = clock.now + seconds
    while clock.now < end - 1e-9:
        clock.advance(min(step, end - clock.now))
        player.update()


def test_a_whole_session_delivers_every_segment_in_order_and_completes() -> None:
    player, clock, rec = make()
    player.start()
    run_for(player, clock, TIMELINE.total_seconds + 1, step=0.5)
    started = [e.segment.index for e in rec.of(SegmentStarted)]
    assert started == list(range(len(TIMELINE.segments)))
    assert player.state is State.FINISHED
    (ended,) = rec.of(SessionEnded)
    assert ended.outcome is Outcome.COMPLETED
    assert math.isclose(ended.done_seconds, TIMELINE.total_seconds)
    statuses = [(e.exercise_index, e.status) for e in rec.of(ExerciseEnded)]
    assert statuses == [(k, ExerciseStatus.COMPLETED) for k in range(7)]


def test_position_follows_the_clock_not_the_number_of_updates() -> None:
    player, clock, _ = make()
    player.start()
    for step in [0.013, 0.5, 0.001, 1.7, 0.25] * 40:
        clock.advance(step)
        player.update()
    assert math.isclose(player.position(), sum([0.013, 0.5, 0.001, 1.7, 0.25]) * 40)


def test_boundaries_noticed_late_report_how_late() -> None:
    player, clock, rec = make()
    player.start()
    first = TIMELINE.segments[0]
    run_for(player, clock, first.seconds - 1)
    clock.advance(1.3)
    player.update()
    late = rec.of(SegmentStarted)[-1]
    assert late.segment.index == 1
    assert math.isclose(late.late_by, 0.3)


def test_one_late_wakeup_delivers_every_crossed_segment() -> None:
    player, clock, rec = make(suspend_gap=60)
    player.start()
    target = TIMELINE.segments[5].start + 0.1
    clock.advance(target)
    player.update()
    assert [e.segment.index for e in rec.of(SegmentStarted)] == [0, 1, 2, 3, 4, 5]
    assert player.segment.index == 5


def test_pause_stops_time_and_resume_continues_where_it_was() -> None:
    player, clock, rec = make()
    player.start()
    run_for(player, clock, 12.5)
    player.pause()
    remaining = player.remaining_in_segment()
    clock.advance(600)
    player.update()
    assert player.remaining_in_segment() == remaining
    assert math.isclose(player.position(), 12.5)
    player.resume()
    run_for(player, clock, 1.0)
    assert math.isclose(player.position(), 13.5)
    states = [(e.state, e.reason) for e in rec.of(StateChanged)]
    assert states == [
        (State.RUNNING, None),
        (State.PAUSED, PauseReason.USER),
        (State.RUNNING, None),
    ]


def test_a_long_gap_pauses_instead_of_skipping_exercises() -> None:
    player, clock, rec = make()
    player.start()
    run_for(player, clock, 20)
    clock.advance(3600)  # the laptop lid was closed
    player.update()
    assert player.state is State.PAUSED
    assert rec.of(StateChanged)[-1].reason is PauseReason.SUSPENDED
    assert math.isclose(player.position(), 20)
    assert not rec.of(ExerciseEnded)
    player.resume()
    run_for(player, clock, 1)
    assert math.isclose(player.position(), 21)


def test_next_exercise_skips_to_the_next_start_and_logs_a_skip() -> None:
    player, clock, rec = make()
    player.start()
    run_for(player, clock, 30)
    player.next_exercise()
    assert math.isclose(player.position(), TIMELINE.exercise_start(1))
    assert player.segment.kind is SegmentKind.PREPARE
    assert player.exercise_index == 1
    (skip,) = rec.of(ExerciseEnded)
    assert (skip.exercise_index, skip.status) == (0, ExerciseStatus.SKIPPED)
    assert math.isclose(skip.done_seconds, 30)


def test_next_during_the_rest_after_a_done_exercise_is_not_a_skip() -> None:
    player, clock, rec = make()
    player.start()
    run_for(player, clock, TIMELINE.work_end(0) + 1)
    player.next_exercise()
    assert [(e.exercise_index, e.status) for e in rec.of(ExerciseEnded)] == [
        (0, ExerciseStatus.COMPLETED)
    ]


def test_previous_restarts_the_exercise_or_goes_back_one_near_its_start() -> None:
    player, clock, _ = make()
    player.start()
    player.next_exercise()
    run_for(player, clock, 10)
    player.previous_exercise()
    assert math.isclose(player.position(), TIMELINE.exercise_start(1))
    player.previous_exercise()
    assert math.isclose(player.position(), TIMELINE.exercise_start(0))
    player.previous_exercise()  # already at the first exercise
    assert math.isclose(player.position(), 0)


def test_next_from_the_last_exercise_ends_the_session() -> None:
    player, _, rec = make()
    player.start()
    for _ in range(7):
        player.next_exercise()
    assert player.state is State.FINISHED
    assert rec.of(SessionEnded)[0].outcome is Outcome.COMPLETED
    assert [e.status for e in rec.of(ExerciseEnded)] == [ExerciseStatus.SKIPPED] * 7
    assert rec.of(SegmentStarted)[-1].segment.kind is SegmentKind.DONE


def test_stop_ends_as_stopped_and_marks_the_exercise_in_progress_stopped_part_way() -> None:
    player, clock, rec = make()
    player.start()
    run_for(player, clock, 15)
    player.pause()
    player.stop()
    assert player.state is State.FINISHED
    (ended,) = rec.of(SessionEnded)
    assert ended.outcome is Outcome.STOPPED
    assert math.isclose(ended.done_seconds, 15)
    (exercise,) = rec.of(ExerciseEnded)
    assert (exercise.exercise_index, exercise.status) == (0, ExerciseStatus.PARTIAL)
    assert math.isclose(exercise.done_seconds, 15)  # the seconds done, kept with it
    assert player.exercise_status(0) is ExerciseStatus.PARTIAL
    player.stop()  # a second stop changes nothing
    assert len(rec.of(SessionEnded)) == 1


def test_stop_while_getting_into_position_counts_the_exercise_as_skipped() -> None:
    player, clock, rec = make()
    first_work = next(s for s in TIMELINE.segments if s.kind is SegmentKind.WORK)
    player.start()
    run_for(player, clock, first_work.start - 1)
    player.stop()
    assert [(e.exercise_index, e.status) for e in rec.of(ExerciseEnded)] == [
        (0, ExerciseStatus.SKIPPED)
    ]


def test_stop_in_the_second_exercise_after_the_first_was_done() -> None:
    player, clock, rec = make()
    player.start()
    run_for(player, clock, TIMELINE.exercise_start(1) + 20)
    player.stop()
    assert [(e.exercise_index, e.status) for e in rec.of(ExerciseEnded)] == [
        (0, ExerciseStatus.COMPLETED),
        (1, ExerciseStatus.PARTIAL),
    ]
    assert math.isclose(rec.of(ExerciseEnded)[1].done_seconds, 20)


def test_commands_in_the_wrong_state() -> None:
    player, _, rec = make()
    player.pause()
    player.resume()
    player.next_exercise()
    player.stop()
    assert rec.events == []
    player.start()
    with pytest.raises(PlayerError):
        player.start()


def test_toggle_starts_pauses_and_resumes() -> None:
    player, _, _ = make()
    states = []
    for _ in range(3):
        player.toggle()
        states.append(player.state)
    assert states == [State.RUNNING, State.PAUSED, State.RUNNING]


def test_next_deadline_is_on_the_clock() -> None:
    player, clock, _ = make()
    assert player.next_deadline() is None
    player.start()
    assert player.next_deadline() == clock.now + TIMELINE.segments[0].seconds
    run_for(player, clock, 4)
    player.pause()
    assert player.next_deadline() is None


def test_unsubscribe() -> None:
    player, _, rec = make()
    extra = Recorder()
    unsubscribe = player.subscribe(extra)
    unsubscribe()
    player.start()
    assert rec.events
    assert not extra.events


@settings(max_examples=200, deadline=None)
@given(
    run_before=st.floats(0, TIMELINE.total_seconds - 1),
    paused_for=st.floats(0, 10_000),
    run_after=st.floats(0, 100),
)
def test_pause_and_resume_keep_the_remaining_time(
    run_before: float, paused_for: float, run_after: float
) -> None:
    player, clock, _ = make()
    player.start()
    run_for(player, clock, run_before, step=2.0)
    player.pause()
    remaining = player.remaining_in_session()
    clock.advance(paused_for)
    player.update()
    assert player.remaining_in_session() == remaining
    player.resume()
    run_for(player, clock, run_after, step=2.0)
    expected = max(0.0, remaining - run_after)
    assert math.isclose(player.remaining_in_session(), expected, abs_tol=1e-6)


@settings(max_examples=200, deadline=None)
@given(
    commands=st.lists(
        st.tuples(st.sampled_from(["next", "previous", "pause", "resume"]), st.floats(0, 40)),
        max_size=25,
    )
)
def test_skip_and_previous_land_on_exercise_boundaries(
    commands: list[tuple[str, float]],
) -> None:
    player, clock, rec = make()
    starts = {TIMELINE.exercise_start(k) for k in range(7)} | {TIMELINE.total_seconds}
    player.start()
    for command, wait in commands:
        run_for(player, clock, wait, step=1.0)
        if player.state is State.FINISHED:
            break
        if command in ("next", "previous"):
            getattr(player, f"{command}_exercise")()
            assert any(math.isclose(player.position(), s) for s in starts)
            assert rec.of(SegmentStarted)[-1].segment.start == pytest.approx(player.position())
        else:
            getattr(player, command)()
    # Each exercise is reported at most once per change of status, and never downgraded.
    final: dict[int, ExerciseStatus] = {}
    for event in rec.of(ExerciseEnded):
        assert final.get(event.exercise_index) is not ExerciseStatus.COMPLETED
        final[event.exercise_index] = event.status


def test_a_listener_that_raises_does_not_stop_the_session_or_the_other_listeners() -> None:
    """With an error handler, every listener gets every event and the session moves on."""
    clock = FakeClock()
    errors: list[Exception] = []
    player = Player(TIMELINE, clock, on_listener_error=errors.append)
    reference = Recorder()
    reference_player = Player(TIMELINE, clock)  # the same session, no broken listener
    reference_player.subscribe(reference)

    def broken(event: Event) -> None:
        raise RuntimeError(f"listener bug on {type(event).__name__}")

    player.subscribe(broken)
    after = Recorder()
    player.subscribe(after)
    for p in (player, reference_player):
        p.start()
    while player.state is not State.FINISHED:
        clock.advance(0.5)
        player.update()
        reference_player.update()
    assert after.events == reference.events
    assert len(errors) == len(after.events)
    assert str(errors[0]) == "listener bug on StateChanged"


def test_without_an_error_handler_a_listener_error_propagates() -> None:
    player = Player(TIMELINE, FakeClock())

    def broken(event: Event) -> None:
        raise RuntimeError("listener bug")

    player.subscribe(broken)
    with pytest.raises(RuntimeError, match="listener bug"):
        player.start()
