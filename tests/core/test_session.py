"""The session's rules without widgets: check-ins, the stop rule and what gets logged,
on a fake clock, with a real session log."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import TypeVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from homestretch.core.checkin import STOP_ADVICE
from homestretch.core.events import EventKind
from homestretch.core.history import HistoryLog, SessionRecorder
from homestretch.core.player import (
    ExerciseEnded,
    ExerciseStatus,
    Outcome,
    PauseReason,
    SegmentStarted,
    SessionEnded,
    State,
    StateChanged,
)
from homestretch.core.session import (
    CARRY_ON_ADVICE,
    CheckIn,
    ContinuedAnyway,
    EndedAsAdvised,
    Event,
    NoteChanged,
    PainRated,
    Session,
    StopAdvised,
    logged_row,
)
from homestretch.core.settings import Settings
from homestretch.core.timeline import SegmentKind, build_timeline
from homestretch.speech.cues import STOP_WORDS, SessionVoice
from homestretch.speech.speaker import RecordingSpeaker
from tests.helpers import FakeClock, Wall, routine_from_text

ROUTINE = routine_from_text(
    """
schema: 2
name: Short
prepare_seconds: 3
rest_between_exercises: 4
stop_rule: {pain_rise: 2, pain_at_least: 7}
exercises:
  - id: a
    name: A
    position: sitting
    summary: Do A.
    steps: [one]
    sets: 1
    reps: 2
    phases:
      - {name: up, seconds: 2, say: Up}
      - {name: down, seconds: 3}
  - id: b
    name: B
    position: sitting
    summary: Do B.
    steps: [one]
    work: {seconds: 8, say: Go}
  - id: c
    name: C
    position: lying-on-back
    summary: Do C.
    steps: [one]
    work: {seconds: 6, say: Go}
"""
)
TIMELINE = build_timeline(ROUTINE)
E = TypeVar("E")


class Seen:
    """Every event a session emits, in order."""

    def __init__(self) -> None:
        self.events: list[Event] = []

    def __call__(self, event: Event) -> None:
        self.events.append(event)

    def of(self, kind: type[E]) -> list[E]:
        return [e for e in self.events if isinstance(e, kind)]


class Logged:
    """A session with a real log (its wall clock following the fake clock) and a voice."""

    def __init__(self, folder: Path, *, pain_before: int | None = None) -> None:
        self.clock = FakeClock(0.0)
        self.wall = Wall()
        start = self.wall.now
        self.log = HistoryLog(
            folder / "history.sqlite3", wall=lambda: start + timedelta(seconds=self.clock.now)
        )
        self.session = Session(TIMELINE, self.clock, pain_before=pain_before)
        self.seen = Seen()
        self.session.subscribe(self.seen)
        self.speaker = RecordingSpeaker()
        self.session.subscribe(SessionVoice(self.speaker, Settings()))
        self.recorder = SessionRecorder(self.log, TIMELINE, pain_before=pain_before, now=self.clock)
        self.session.subscribe(self.recorder)

    def run(self, seconds: float, step: float = 0.5) -> None:
        end = self.clock.now + seconds
        while self.clock.now < end - 1e-9:
            self.clock.advance(min(step, end - self.clock.now))
            self.session.update()

    def rows(self) -> list[tuple[str, str]]:
        (logged,) = self.log.sessions()
        return [(e.kind, e.detail) for e in logged.events]


@pytest.fixture
def logged(tmp_path: Path) -> Iterator[Logged]:
    made = Logged(tmp_path)
    yield made
    made.log.close()


def test_a_rating_at_the_limit_pauses_advises_once_and_is_logged(logged: Logged) -> None:
    session = logged.session
    session.start()
    logged.run(5)
    session.rate_pain(5)
    assert session.state is State.RUNNING
    assert not session.advised
    logged.run(2)
    session.rate_pain(7)
    assert session.state is State.PAUSED  # type: ignore[comparison-overlap]
    assert session.advice_pending
    (advice,) = logged.seen.of(StopAdvised)
    assert advice == StopAdvised(
        "pain is 7 out of 10 (the limit set is 7)",
        f"Your pain is 7 out of 10 (the limit set is 7). {STOP_ADVICE}",
        waiting=True,
    )
    assert session.advice == advice.advice
    assert logged.speaker.said[-1] == STOP_WORDS
    # The pause is the advice's: the clock does not move the session on.
    position = session.player.position()
    logged.run(30)
    assert session.player.position() == position
    session.rate_pain(9)  # advised once
    assert len(logged.seen.of(StopAdvised)) == 1
    assert logged.rows() == [
        (EventKind.PAIN, "5"),
        (EventKind.PAIN, "7"),
        (EventKind.STOP_RULE, "pain is 7 out of 10 (the limit set is 7)"),
        (EventKind.PAIN, "9"),
    ]


def test_the_rise_is_measured_from_the_rating_before(tmp_path: Path) -> None:
    made = Logged(tmp_path, pain_before=2)
    session = made.session
    session.start()
    made.run(4)
    session.rate_pain(3)
    assert not session.advised
    session.rate_pain(4)
    assert session.advice_pending
    assert made.rows()[-1] == (
        EventKind.STOP_RULE,
        "pain rose from 2 to 4 (the limit set is a rise of 2)",
    )
    (logged,) = made.log.sessions()
    assert logged.pain_before == 2
    made.log.close()


def test_a_rating_before_at_the_limit_pauses_the_session_at_its_start(tmp_path: Path) -> None:
    made = Logged(tmp_path, pain_before=8)
    made.session.start()
    assert made.session.advice_pending
    assert made.session.player.position() == 0
    assert made.rows() == [(EventKind.STOP_RULE, "pain is 8 out of 10 (the limit set is 7)")]
    made.log.close()


def test_space_after_advice_ends_the_session_as_advised(logged: Logged) -> None:
    session = logged.session
    session.start()
    logged.run(4)
    session.rate_pain(8)
    session.toggle()  # the one key ends the session, it does not resume it
    assert session.state is State.FINISHED
    (end,) = logged.seen.of(SessionEnded)
    assert end.outcome is Outcome.STOPPED
    (logged_session,) = logged.log.sessions()
    assert logged_session.ended is Outcome.STOPPED
    assert [kind for kind, _ in logged.rows()] == [
        EventKind.PAIN,
        EventKind.STOP_RULE,
        EventKind.STOP_RULE_FOLLOWED,
    ]
    # The advice is followed before the session ends.
    kinds = [type(e) for e in logged.seen.events]
    assert kinds.index(EndedAsAdvised) < kinds.index(SessionEnded)


def test_stop_while_advice_waits_follows_it_and_an_interruption_does_not(
    tmp_path: Path,
) -> None:
    for outcome, rows in (
        (Outcome.STOPPED, [EventKind.PAIN, EventKind.STOP_RULE, EventKind.STOP_RULE_FOLLOWED]),
        (Outcome.INTERRUPTED, [EventKind.PAIN, EventKind.STOP_RULE]),
    ):
        made = Logged(tmp_path / outcome)
        made.session.start()
        made.run(4)
        made.session.rate_pain(8)
        made.session.stop(outcome)
        assert [kind for kind, _ in made.rows()] == rows
        made.log.close()


def test_carrying_on_is_deliberate_logged_and_only_once(logged: Logged) -> None:
    session = logged.session
    session.start()
    logged.run(4)
    session.rate_pain(8)
    session.resume()  # not a way round the choice
    assert session.state is State.PAUSED
    session.continue_anyway()
    assert session.state is State.RUNNING  # type: ignore[comparison-overlap]
    assert not session.advice_pending
    assert session.continued
    (carried_on,) = logged.seen.of(ContinuedAnyway)
    assert carried_on.advice == f"{session.advice} {CARRY_ON_ADVICE}"
    logged.run(2)
    session.toggle()  # now an ordinary pause
    assert session.state is State.PAUSED
    session.continue_anyway()  # means nothing now
    assert session.state is State.PAUSED
    session.toggle()
    assert session.state is State.RUNNING
    session.stop()  # not "as advised": the patient chose to carry on
    assert [kind for kind, _ in logged.rows()] == [
        EventKind.PAIN,
        EventKind.STOP_RULE,
        EventKind.CONTINUED_AFTER_ADVICE,
    ]


def test_check_ins_before_and_after_go_with_the_session(logged: Logged) -> None:
    session = logged.session
    session.rate_pain(1)
    session.mark_areas(("lower_back", "buttock_right"))
    with pytest.raises(ValueError, match="elbow"):
        session.mark_areas(("elbow",))
    with pytest.raises(ValueError, match="11"):
        session.rate_pain(11)
    session.start()
    logged.run(TIMELINE.total_seconds + 1)
    assert session.state is State.FINISHED
    session.rate_pain(3)  # after: a rise of 2 from 1, advised but nothing to pause
    session.mark_areas(("hip_left",))
    session.set_note("Better")
    (advice,) = logged.seen.of(StopAdvised)
    assert not advice.waiting
    assert not session.advice_pending
    ratings = logged.seen.of(PainRated)
    assert ratings == [
        PainRated(CheckIn.BEFORE, 1, ()),
        PainRated(CheckIn.BEFORE, 1, ("lower_back", "buttock_right")),
        PainRated(CheckIn.AFTER, 3, ()),
        PainRated(CheckIn.AFTER, 3, ("hip_left",)),
    ]
    (logged_session,) = logged.log.sessions()
    assert logged_session.pain_before == 1
    assert logged_session.areas_before == ("buttock_right", "lower_back")
    assert logged_session.pain_after == 3
    assert logged_session.areas_after == ("hip_left",)
    assert logged_session.note == "Better"
    assert logged_session.ended is Outcome.COMPLETED
    assert logged.rows() == [
        (EventKind.STOP_RULE, "pain rose from 1 to 3 (the limit set is a rise of 2)")
    ]


def test_without_a_stop_rule_nothing_is_advised() -> None:
    from dataclasses import replace

    session = Session(build_timeline(replace(ROUTINE, stop_rule=None)), FakeClock())
    seen = Seen()
    session.subscribe(seen)
    session.start()
    session.rate_pain(10)
    assert session.state is State.RUNNING
    assert seen.of(StopAdvised) == []


def test_a_long_gap_pauses_the_session_in_real_seconds_whatever_its_speed() -> None:
    clock = FakeClock()
    session = Session(TIMELINE, clock, speed=20.0)
    seen = Seen()
    session.subscribe(seen)
    session.start()
    clock.advance(0.1)  # two session seconds
    session.update()
    assert session.player.position() == pytest.approx(2.0)
    clock.advance(6.0)  # asleep longer than the 5 s gap
    session.update()
    assert session.state is State.PAUSED
    assert seen.events[-1] == StateChanged(State.PAUSED, PauseReason.SUSPENDED)
    assert session.player.position() == pytest.approx(2.0)


def test_a_listener_that_raises_is_reported_and_the_others_still_hear() -> None:
    errors: list[Exception] = []
    session = Session(TIMELINE, FakeClock(), on_listener_error=errors.append)

    def broken(event: Event) -> None:
        raise RuntimeError("a listener bug")

    seen = Seen()
    session.subscribe(broken)
    session.subscribe(seen)
    session.start()
    session.rate_pain(2)
    assert len(errors) == len(seen.events) > 2
    # Without a handler the error reaches whoever gave the command.
    bare = Session(TIMELINE, FakeClock())
    bare.subscribe(broken)
    with pytest.raises(RuntimeError, match="a listener bug"):
        bare.start()


def test_one_exercise_alone_is_one_line() -> None:
    clock = FakeClock()
    session = Session.for_exercise(ROUTINE, 1, clock)
    assert [e.id for e in session.timeline.routine.exercises] == ["b"]
    assert session.timeline.routine.stop_rule == ROUTINE.stop_rule
    seen = Seen()
    session.subscribe(seen)
    session.start()
    while session.state is State.RUNNING:
        clock.advance(0.5)
        session.update()
    (ended,) = seen.of(ExerciseEnded)
    seconds = 3 + 8  # getting ready, then the work
    assert session.timeline.total_seconds == seconds
    assert ended == ExerciseEnded(0, ExerciseStatus.COMPLETED, seconds, seconds, seconds)
    assert seen.of(SessionEnded) == [SessionEnded(Outcome.COMPLETED, seconds, seconds)]
    work = [s for s in session.timeline.segments if s.kind is SegmentKind.WORK]
    assert {s.exercise_id for s in work} == {"b"}
    with pytest.raises(IndexError):
        Session.for_exercise(ROUTINE, 3, clock)


# -- any sequence of commands leaves a log that adds up


@contextmanager
def fresh_log() -> Iterator[tuple[Path, FakeClock, HistoryLog]]:
    with TemporaryDirectory() as folder:
        clock = FakeClock(0.0)
        start = Wall().now
        log = HistoryLog(
            Path(folder) / "history.sqlite3", wall=lambda: start + timedelta(seconds=clock.now)
        )
        try:
            yield Path(folder), clock, log
        finally:
            log.close()


COMMANDS = st.one_of(
    st.tuples(
        st.sampled_from(
            [
                "toggle",
                "pause",
                "resume",
                "next",
                "previous",
                "continue",
                "end_as_advised",
                "stop",
                "note",
            ]
        )
    ),
    st.tuples(st.just("rate"), st.integers(0, 10)),
    st.tuples(st.just("wait"), st.floats(0.1, 12.0)),
    st.tuples(st.just("jump"), st.floats(5.5, 4000.0)),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    pain_before=st.none() | st.integers(0, 10),
    commands=st.lists(COMMANDS, max_size=40),
)
def test_any_sequence_of_commands_leaves_one_session_that_adds_up(
    pain_before: int | None, commands: list[tuple[object, ...]]
) -> None:
    with fresh_log() as (_, clock, log):
        session = Session(TIMELINE, clock, pain_before=pain_before)
        seen = Seen()
        session.subscribe(seen)
        session.subscribe(SessionRecorder(log, TIMELINE, pain_before=pain_before, now=clock))
        session.start()
        during: list[int] = []
        after: list[int] = []
        notes = 0
        for command in commands:
            name = command[0]
            if name == "toggle":
                session.toggle()
            elif name == "pause":
                session.pause()
            elif name == "resume":
                session.resume()
            elif name == "next":
                session.next_exercise()
            elif name == "previous":
                session.previous_exercise()
            elif name == "continue":
                session.continue_anyway()
            elif name == "end_as_advised":
                session.end_as_advised()
            elif name == "stop":
                session.stop()
            elif name == "note":
                notes += 1
                session.set_note(f"note {notes}")
            elif name == "rate":
                rating = command[1]
                assert isinstance(rating, int)
                if session.state is State.FINISHED:
                    after.append(rating)
                else:
                    during.append(rating)
                session.rate_pain(rating)
            else:
                seconds = command[1]
                assert isinstance(seconds, float)
                if name == "wait":  # woken often, as the driver does
                    for _ in range(int(seconds / 0.5)):
                        clock.advance(0.5)
                        session.update()
                else:
                    clock.advance(seconds)
                    session.update()
        if session.state is not State.FINISHED:
            session.stop(Outcome.INTERRUPTED)  # as the window does when it closes

        (logged,) = log.sessions()
        player = session.player
        (end,) = seen.of(SessionEnded)
        assert logged.ended is end.outcome
        assert logged.done_seconds == pytest.approx(player.done_seconds())
        assert logged.planned_seconds == pytest.approx(TIMELINE.total_seconds)
        count = len(ROUTINE.exercises)
        statuses = {k: player.exercise_status(k) for k in range(count)}
        assert {(e.position, e.status) for e in logged.exercises} == {
            (k, s) for k, s in statuses.items() if s is not None
        }
        if logged.ended is Outcome.COMPLETED:
            assert None not in statuses.values()
            assert player.position() == pytest.approx(TIMELINE.total_seconds)
        completed = {e.position for e in logged.exercises if e.status == ExerciseStatus.COMPLETED}
        for k in completed:  # only what was reached is completed
            assert any(
                isinstance(e, SegmentStarted) and e.segment.exercise_index == k for e in seen.events
            )
        for e in logged.exercises:
            assert e.done_seconds >= 0  # (an exercise done again counts its time twice)

        # The moments in between: every rating during, the rule's advice at most once,
        # followed or carried on at most once and never both.
        rows = [(e.kind, e.detail) for e in logged.events]
        assert rows == [row for e in seen.events if (row := logged_row(e)) is not None]
        assert [int(d) for k, d in rows if k == EventKind.PAIN] == during
        kinds = [k for k, _ in rows]
        assert kinds.count(EventKind.STOP_RULE) <= 1
        choices = kinds.count(EventKind.STOP_RULE_FOLLOWED) + kinds.count(
            EventKind.CONTINUED_AFTER_ADVICE
        )
        assert choices <= kinds.count(EventKind.STOP_RULE)
        if EventKind.STOP_RULE_FOLLOWED in kinds:
            assert logged.ended is Outcome.STOPPED
        rule = ROUTINE.stop_rule
        assert rule is not None
        triggers = [pain_before] if pain_before is not None else []
        triggers += during + after
        should_advise = any(rule.check(pain_before, r) for r in triggers)
        assert (EventKind.STOP_RULE in kinds) == should_advise
        assert logged.pain_before == pain_before
        assert logged.pain_after == (after[-1] if after else None)
        assert logged.note == (f"note {notes}" if notes else "")
        assert len(seen.of(NoteChanged)) == notes
