"""Figures from the session log (core.stats), on sessions written through the real log."""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from homestretch.core.history import HistoryLog
from homestretch.core.paths import BUNDLED_ROUTINE
from homestretch.core.player import ExerciseStatus, Outcome
from homestretch.core.routine import load_routine
from homestretch.core.stats import (
    ExerciseRate,
    PainPoint,
    PeriodError,
    WeekAdherence,
    counted_in,
    current_streak,
    exercise_rates,
    exercised_days,
    longest_streak,
    outcome_text,
    overall_adherence,
    pain_series,
    per_day,
    period,
    prescribed_in,
    rates_of_totals,
    session_day,
    week_start,
    weekly_adherence,
)
from homestretch.core.timeline import build_timeline
from tests.helpers import Wall

TIMELINE = build_timeline(load_routine(BUNDLED_ROUTINE))
EXERCISES = TIMELINE.routine.exercises
C, S = ExerciseStatus.COMPLETED, ExerciseStatus.SKIPPED
EST = timezone(timedelta(hours=-5))
JST = timezone(timedelta(hours=9))

SetZone = Callable[[str], None]


@pytest.fixture
def zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[SetZone]:
    """Set this machine's local time zone (a POSIX TZ value) for the test, then restore it."""

    def set_zone(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()

    yield set_zone
    monkeypatch.undo()
    time.tzset()


def write(
    log: HistoryLog,
    wall: Wall,
    start: datetime,
    statuses: list[ExerciseStatus] | None = None,
    *,
    pain: tuple[int | None, int | None] = (None, None),
) -> int:
    """A session as the app writes it: the start, each exercise as it ends, the end, pain after."""
    statuses = [C] * len(EXERCISES) if statuses is None else statuses
    wall.now = start
    session_id = log.start_session(TIMELINE, pain_before=pain[0])
    done = 0.0
    for k, status in enumerate(statuses):
        wall.now += timedelta(seconds=60)
        done += 60.0
        e = EXERCISES[k]
        log.record_exercise(session_id, k, e.id, e.name, status, 60.0, 60.0, done)
    outcome = Outcome.COMPLETED if len(statuses) == len(EXERCISES) else Outcome.STOPPED
    log.end_session(session_id, outcome, done)
    if pain[1] is not None:
        log.set_pain(session_id, "after", pain[1])
    return session_id


def days_of(log: HistoryLog) -> Counter[date]:
    return exercised_days(log.sessions(with_exercises=False), log.exercise_counts())


# -- the local day


def test_a_late_evening_session_counts_on_its_local_day(
    log: HistoryLog, wall: Wall, zone: SetZone
) -> None:
    zone("EST5")  # UTC-5 all year
    write(log, wall, datetime(2026, 1, 15, 23, 30, tzinfo=EST))
    (session,) = log.sessions()
    assert session.started_at == datetime(2026, 1, 16, 4, 30, tzinfo=UTC)
    assert session.local_date == date(2026, 1, 15)
    assert exercised_days([session]) == Counter({date(2026, 1, 15): 1})
    assert days_of(log) == Counter({date(2026, 1, 15): 1})

    # On a trip to Tokyo the past does not move...
    zone("JST-9")
    assert days_of(log) == Counter({date(2026, 1, 15): 1})
    assert log.sessions(since=date(2026, 1, 15), until=date(2026, 1, 15))[0].id == session.id
    # ...and the same moment there is already the next day.
    write(log, wall, datetime(2026, 1, 16, 13, 30, tzinfo=JST))
    assert days_of(log) == Counter({date(2026, 1, 15): 1, date(2026, 1, 16): 1})


def test_the_local_day_is_the_machine_zone_whatever_zone_the_wall_clock_reports(
    log: HistoryLog, wall: Wall, zone: SetZone
) -> None:
    zone("EST5")
    write(log, wall, datetime(2026, 1, 16, 4, 30, tzinfo=UTC))  # 23:30 on the 15th in EST
    write(log, wall, datetime(2026, 1, 16, 18, 30, tzinfo=JST))  # 04:30 on the 16th in EST
    assert [s.local_date for s in log.sessions()] == [date(2026, 1, 16), date(2026, 1, 15)]


def test_session_day_without_a_stored_day_is_the_local_day_of_its_start(
    log: HistoryLog, wall: Wall, zone: SetZone
) -> None:
    zone("JST-9")
    write(log, wall, datetime(2026, 1, 15, 20, 0, tzinfo=UTC))
    (session,) = log.sessions()
    assert session_day(replace(session, local_date=None)) == date(2026, 1, 16)


@pytest.mark.parametrize("viewer", ["UTC", "<-11>11", "<+14>-14", "JST-9"])
def test_sessions_12_seconds_apart_in_zones_25_hours_apart_count_on_the_days_they_show(
    log: HistoryLog, wall: Wall, zone: SetZone, viewer: str
) -> None:
    zone("<+14>-14")
    write(log, wall, datetime(2026, 3, 2, 10, 59, 54, tzinfo=UTC), [C])  # 00:59:54 on the 3rd
    zone("<-11>11")
    write(log, wall, datetime(2026, 3, 2, 11, 0, 6, tzinfo=UTC), [C])  # 00:00:06 on the 2nd
    zone(viewer)
    sessions = log.sessions()
    shown = [s.local_start for s in sessions]
    assert [(t.day, t.hour, t.minute, t.second) for t in shown] == [(2, 0, 0, 6), (3, 0, 59, 54)]
    # One rule: the day a session counts on is the day its start shows, wherever one looks.
    assert [session_day(s) for s in sessions] == [t.date() for t in shown]
    assert days_of(log) == Counter({date(2026, 3, 2): 1, date(2026, 3, 3): 1})
    assert current_streak(days_of(log), date(2026, 3, 3)) == 2
    assert longest_streak(days_of(log)) == 2


def test_only_sessions_with_a_completed_exercise_count(
    log: HistoryLog, wall: Wall, zone: SetZone
) -> None:
    zone("UTC")
    write(log, wall, datetime(2026, 3, 1, 8, tzinfo=UTC))
    write(log, wall, datetime(2026, 3, 1, 18, tzinfo=UTC), [S, C])
    write(log, wall, datetime(2026, 3, 2, 8, tzinfo=UTC), [S, S, S])
    write(log, wall, datetime(2026, 3, 3, 8, tzinfo=UTC), [])  # stopped before the first ended
    expected = Counter({date(2026, 3, 1): 2})
    assert exercised_days(log.sessions()) == expected
    # Read without the exercise rows, with their counts: the same answer.
    assert days_of(log) == expected


# -- streaks


def run_of(days: set[date], end: date) -> int:
    n = 0
    while end - timedelta(days=n) in days:
        n += 1
    return n


def test_streaks_across_the_turn_of_the_year(log: HistoryLog, wall: Wall, zone: SetZone) -> None:
    zone("UTC")
    for day in (date(2025, 12, 27), date(2025, 12, 30), date(2025, 12, 31)):
        write(log, wall, datetime(day.year, day.month, day.day, 9, tzinfo=UTC))
    write(log, wall, datetime(2026, 1, 1, 9, tzinfo=UTC))
    write(log, wall, datetime(2026, 1, 2, 21, tzinfo=UTC))
    days = days_of(log)
    assert current_streak(days, date(2026, 1, 2)) == 4  # 30 Dec to 2 Jan
    assert current_streak(days, date(2026, 1, 3)) == 4  # no session yet today: still going
    assert current_streak(days, date(2026, 1, 4)) == 0  # a whole day missed
    assert current_streak(days, date(2026, 1, 1)) == 3
    assert current_streak(days, date(2025, 12, 29)) == 0
    assert current_streak(days, date(2025, 12, 28)) == 1  # the 27th, yesterday
    assert longest_streak(days) == 4


@pytest.mark.parametrize(
    ("days", "today", "current", "longest"),
    [
        ([date(2024, 2, 27), date(2024, 2, 28), date(2024, 2, 29), date(2024, 3, 1)], None, 4, 4),
        ([date(2025, 2, 27), date(2025, 2, 28), date(2025, 3, 1)], None, 3, 3),
        ([date(2026, 4, 29), date(2026, 4, 30), date(2026, 5, 1)], date(2026, 5, 2), 3, 3),
        ([date(2026, 3, 31), date(2026, 4, 2)], date(2026, 4, 2), 1, 1),
        ([date(2026, 5, 1)], date(2026, 5, 3), 0, 1),
        ([], date(2026, 5, 3), 0, 0),
    ],
)
def test_streaks_across_month_ends(
    days: list[date], today: date | None, current: int, longest: int
) -> None:
    assert current_streak(days, today or max(days)) == current
    assert longest_streak(days) == longest


dates = st.dates(min_value=date(2023, 11, 1), max_value=date(2024, 3, 31))


@given(st.sets(dates, max_size=60), dates)
def test_current_streak_is_the_run_ending_today_or_yesterday(days: set[date], today: date) -> None:
    expected = run_of(days, today) or run_of(days, today - timedelta(days=1))
    assert current_streak(days, today) == expected
    assert current_streak(days, today) <= longest_streak(days)


@given(st.sets(dates, max_size=60))
def test_longest_streak_is_the_longest_run(days: set[date]) -> None:
    assert longest_streak(days) == max((run_of(days, d) for d in days), default=0)
    assert longest_streak(Counter(dict.fromkeys(days, 3))) == longest_streak(days)


# -- adherence


def test_weeks_run_monday_to_sunday(log: HistoryLog, wall: Wall, zone: SetZone) -> None:
    zone("UTC")
    write(log, wall, datetime(2026, 3, 8, 20, tzinfo=UTC))  # Sunday
    write(log, wall, datetime(2026, 3, 9, 7, tzinfo=UTC))  # Monday
    write(log, wall, datetime(2026, 3, 9, 19, tzinfo=UTC))
    days = days_of(log)
    assert week_start(date(2026, 3, 8)) == date(2026, 3, 2)
    assert week_start(date(2026, 3, 9)) == date(2026, 3, 9)
    weeks = weekly_adherence(days, date(2026, 3, 1), date(2026, 3, 15), 7)
    assert weeks == [
        WeekAdherence(date(2026, 2, 23), 0, 1, days=1),  # Sunday 1 March belongs to this week
        WeekAdherence(date(2026, 3, 2), 1, 7),
        WeekAdherence(date(2026, 3, 9), 1, 7),  # two on Monday: once a day counts once
    ]
    assert [w.ratio for w in weeks] == [0.0, 1 / 7, 1 / 7]
    twice = weekly_adherence(days, date(2026, 3, 9), date(2026, 3, 15), 14)
    assert twice == [WeekAdherence(date(2026, 3, 9), 2, 14)]
    # Days outside the range do not count, even in a week that is partly inside it,
    # and such a week is asked only its share of the prescribed sessions.
    assert weekly_adherence(days, date(2026, 3, 9), date(2026, 3, 9), 7) == [
        WeekAdherence(date(2026, 3, 9), 1, 1, days=1)
    ]
    assert weekly_adherence(days, date(2026, 3, 2), date(2026, 3, 7), 7) == [
        WeekAdherence(date(2026, 3, 2), 0, 6, days=6)
    ]


def test_a_partial_week_is_prescribed_its_share_rounded_half_up() -> None:
    assert [prescribed_in(3, d) for d in range(1, 8)] == [0, 1, 1, 2, 2, 3, 3]
    assert [prescribed_in(7, d) for d in range(1, 8)] == [1, 2, 3, 4, 5, 6, 7]
    assert [prescribed_in(14, d) for d in range(1, 8)] == [2, 4, 6, 8, 10, 12, 14]
    assert prescribed_in(1, 3) == 0
    assert prescribed_in(1, 4) == 1
    # A report from a Thursday to the next Wednesday asks three a week's share of each half.
    weeks = weekly_adherence(Counter(), date(2026, 3, 12), date(2026, 3, 18), 3)
    assert [(w.days, w.prescribed) for w in weeks] == [(4, 2), (3, 1)]


def test_a_week_counts_at_most_its_prescribed_sessions() -> None:
    busy = Counter({date(2026, 3, 9) + timedelta(days=k): 2 for k in range(5)})  # 10 sessions
    # 8 a week: up to 2 a day count, so the busy week has 10 of its 8.
    weeks = weekly_adherence(busy, date(2026, 3, 9), date(2026, 3, 22), 8)
    assert weeks == [WeekAdherence(date(2026, 3, 9), 10, 8), WeekAdherence(date(2026, 3, 16), 0, 8)]
    assert weeks[0].ratio == 1.0
    assert overall_adherence(weeks) == 0.5  # not 10 of 16: the busy week cannot make up for it
    assert overall_adherence([WeekAdherence(date(2026, 3, 9), 3, 7), weeks[0]]) == 11 / 15
    assert overall_adherence([]) == 0.0
    assert WeekAdherence(date(2026, 3, 9), 3, 0).ratio == 0.0


@given(
    st.dictionaries(dates, st.integers(1, 3), max_size=80),
    dates,
    st.integers(0, 70),
    st.integers(1, 14),
)
def test_weekly_adherence_covers_the_range_in_whole_weeks(
    sessions: dict[date, int], since: date, length: int, per_week: int
) -> None:
    until = since + timedelta(days=length)
    weeks = weekly_adherence(Counter(sessions), since, until, per_week)
    assert weeks[0].week_start == week_start(since)
    assert weeks[-1].week_start == week_start(until)
    assert all(w.week_start.weekday() == 0 for w in weeks)
    assert all(b.week_start - a.week_start == timedelta(days=7) for a, b in pairwise(weeks))
    assert sum(w.done for w in weeks) == sum(
        min(n, per_day(per_week)) for d, n in sessions.items() if since <= d <= until
    )
    assert sum(w.days for w in weeks) == length + 1
    assert all(w.days == 7 for w in weeks[1:-1])
    assert all(w.prescribed == prescribed_in(per_week, w.days) for w in weeks)
    assert all(0.0 <= w.ratio <= 1.0 for w in weeks)
    prescribed = sum(w.prescribed for w in weeks)
    capped = sum(min(w.done, w.prescribed) for w in weeks)
    assert overall_adherence(weeks) == pytest.approx(capped / prescribed if prescribed else 0.0)


def test_sessions_per_week_comes_from_the_snapshot(log: HistoryLog, wall: Wall) -> None:
    write(log, wall, datetime(2026, 3, 9, 7, tzinfo=UTC))
    (session,) = log.sessions()
    assert session.sessions_per_week == TIMELINE.routine.sessions_per_week == 7


# -- pain


def test_pain_series_is_oldest_first_and_leaves_out_unrated_sessions(
    log: HistoryLog, wall: Wall
) -> None:
    t = datetime(2026, 3, 1, 8, tzinfo=UTC)
    write(log, wall, t, pain=(5, 3))
    write(log, wall, t + timedelta(days=1))  # not rated
    write(log, wall, t + timedelta(days=2), pain=(6, None))  # before only
    only_after = write(log, wall, t + timedelta(days=3))
    log.set_pain(only_after, "after", 2)
    cleared = write(log, wall, t + timedelta(days=4), pain=(4, 4))
    log.set_pain(cleared, "before", None)
    log.set_pain(cleared, "after", None)
    sessions = log.sessions()
    assert sessions[0].id == cleared  # newest first from the log
    assert pain_series(sessions) == [
        PainPoint(t, 5, 3),
        PainPoint(t + timedelta(days=2), 6, None),
        PainPoint(t + timedelta(days=3), None, 2),
    ]
    assert pain_series(log.sessions(with_exercises=False)) == pain_series(sessions)
    assert pain_series([]) == []


# -- per exercise


def test_exercise_rates_in_routine_order(log: HistoryLog, wall: Wall) -> None:
    t = datetime(2026, 3, 1, 8, tzinfo=UTC)
    write(log, wall, t)
    write(log, wall, t + timedelta(days=1), [C, S, S])
    write(log, wall, t + timedelta(days=2), [S])
    rates = exercise_rates(log.sessions())
    assert [r.exercise_id for r in rates] == [e.id for e in EXERCISES]
    assert [r.name for r in rates] == [e.name for e in EXERCISES]
    assert rates[:3] == [
        ExerciseRate(EXERCISES[0].id, EXERCISES[0].name, 2, 1),
        ExerciseRate(EXERCISES[1].id, EXERCISES[1].name, 1, 1),
        ExerciseRate(EXERCISES[2].id, EXERCISES[2].name, 1, 1),
    ]
    assert all((r.completed, r.skipped) == (1, 0) for r in rates[3:])
    assert rates[0].rate == pytest.approx(2 / 3)
    assert rates[1].rate == 0.5
    assert rates[3].rate == 1.0
    assert ExerciseRate("x", "X", 0, 0).rate == 0.0
    # Rates need the exercise rows: records read without them have none.
    assert exercise_rates(log.sessions(with_exercises=False)) == []
    assert rates_of_totals(log.exercise_totals()) == rates
    assert rates_of_totals(log.exercise_totals(since=date(2026, 3, 3))) == [
        ExerciseRate(EXERCISES[0].id, EXERCISES[0].name, 0, 1)
    ]


def test_rates_over_two_routines_group_by_first_routine_and_take_the_newest_name(
    log: HistoryLog, wall: Wall
) -> None:
    other = build_timeline(replace(TIMELINE.routine, name="Another routine"))
    plan = (
        (TIMELINE, [("knee", "Knee A", C), ("calf", "Calf", C)]),
        (other, [("pats", "Knee pats", C), ("knee", "Knee B", S)]),
    )
    for day, (timeline, done) in enumerate(plan, start=1):
        wall.now = datetime(2026, 3, day, 8, tzinfo=UTC)
        sid = log.start_session(timeline)
        for position, (exercise_id, name, status) in enumerate(done):
            log.record_exercise(sid, position, exercise_id, name, status, 60.0, 60.0, 60.0)
        log.end_session(sid, Outcome.STOPPED, 120.0)
    expected = [
        # First done in the first routine, in its order; named as on the 2nd.
        ExerciseRate("knee", "Knee B", 1, 1),
        ExerciseRate("calf", "Calf", 1, 0),
        ExerciseRate("pats", "Knee pats", 1, 0),  # first done in the other routine
    ]
    assert exercise_rates(log.sessions()) == expected
    assert exercise_rates(log.sessions()[::-1]) == expected  # whatever order they come in
    assert rates_of_totals(log.exercise_totals()) == expected
    assert rates_of_totals(log.exercise_totals(routine="Another routine")) == [
        ExerciseRate("pats", "Knee pats", 1, 0),
        ExerciseRate("knee", "Knee B", 0, 1),
    ]


def test_totals_at_one_start_take_the_least_routine_and_the_greatest_name(
    log: HistoryLog, wall: Wall, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sessions started at the same second: the first routine is the least name among
    them, the newest exercise name the greatest, as counting the records gives; also when
    the starts are looked up a few at a time (a long list of exercises)."""
    routines = [build_timeline(replace(TIMELINE.routine, name=n)) for n in ("Zed", "Alpha")]
    starts = (datetime(2026, 3, 1, 8, tzinfo=UTC), datetime(2026, 3, 2, 8, tzinfo=UTC))
    plan = (
        (routines[0], starts[0], [("knee", "Knee Y", C), ("calf", "Calf", S)]),
        (routines[1], starts[0], [("knee", "Knee X", S), ("pats", "Pats", C)]),
        (routines[0], starts[1], [("knee", "Knee A", C), ("calf", "Calf B", C)]),
        (routines[1], starts[1], [("knee", "Knee C", C)]),
    )
    for timeline, start, done in plan:
        wall.now = start
        sid = log.start_session(timeline)
        for position, (exercise_id, name, status) in enumerate(done):
            log.record_exercise(sid, position, exercise_id, name, status, 60.0, 60.0, 60.0)
        log.end_session(sid, Outcome.STOPPED, 120.0)
    expected = [
        # First done in Alpha (the least name at the first start), named as on the 2nd day.
        ExerciseRate("knee", "Knee C", 3, 1),
        ExerciseRate("pats", "Pats", 1, 0),
        ExerciseRate("calf", "Calf B", 1, 1),  # first done in Zed
    ]
    assert exercise_rates(log.sessions()) == expected
    assert rates_of_totals(log.exercise_totals()) == expected
    (knee, *_) = log.exercise_totals()
    assert (knee.routine, knee.first_used, knee.position) == ("Alpha", starts[0], 0)
    assert rates_of_totals(log.exercise_totals(since=date(2026, 3, 2))) == [
        ExerciseRate("knee", "Knee C", 2, 0),
        ExerciseRate("calf", "Calf B", 1, 0),
    ]
    monkeypatch.setattr("homestretch.core.history._CHUNK", 1)
    assert rates_of_totals(log.exercise_totals()) == expected


# -- a day's cap, the period, how a session ended


@pytest.mark.parametrize(
    ("per_week", "cap"), [(1, 1), (3, 1), (7, 1), (8, 2), (14, 2), (15, 3), (21, 3)]
)
def test_a_day_counts_at_most_the_routine_s_sessions_a_day(per_week: int, cap: int) -> None:
    assert per_day(per_week) == cap


def test_three_sessions_on_one_day_count_once_for_a_daily_routine() -> None:
    monday = date(2026, 3, 2)
    days = Counter({monday: 3, monday + timedelta(days=1): 1})
    (week,) = weekly_adherence(days, monday, monday + timedelta(days=6), 7)
    assert (week.done, week.prescribed) == (2, 7)
    assert counted_in(days, monday, monday + timedelta(days=6), 7) == 2
    assert counted_in(days, monday, monday + timedelta(days=6), 14) == 3


@given(
    st.dictionaries(
        st.dates(min_value=date(2026, 1, 1), max_value=date(2026, 3, 31)),
        st.integers(min_value=1, max_value=5),
    ),
    st.integers(min_value=1, max_value=21),
)
def test_weekly_done_is_the_days_capped_and_never_more_than_their_days_allow(
    days: dict[date, int], per_week: int
) -> None:
    since, until = date(2026, 1, 1), date(2026, 3, 31)
    weeks = weekly_adherence(days, since, until, per_week)
    assert sum(w.done for w in weeks) == counted_in(days, since, until, per_week)
    for w in weeks:
        assert w.done <= per_day(per_week) * w.days
    assert 0.0 <= overall_adherence(weeks) <= 1.0


TODAY = date(2026, 11, 30)


def test_a_period_from_long_ago_starts_at_the_first_session() -> None:
    fitted = period(date(2000, 1, 1), TODAY, first_session=TODAY, today=TODAY)
    assert (fitted.since, fitted.until, fitted.days) == (TODAY, TODAY, 1)
    assert fitted.from_first_session
    assert fitted.asked_since == date(2000, 1, 1)
    weeks = weekly_adherence(Counter({TODAY: 1}), fitted.since, fitted.until, 7)
    assert [(w.done, w.prescribed) for w in weeks] == [(1, 1)]


def test_a_period_after_the_first_session_is_kept_and_ends_today_at_the_latest() -> None:
    fitted = period(
        date(2026, 11, 2), date(2026, 12, 31), first_session=date(2026, 10, 1), today=TODAY
    )
    assert (fitted.since, fitted.until) == (date(2026, 11, 2), TODAY)
    assert not fitted.from_first_session


@pytest.mark.parametrize(
    ("since", "until", "first", "message"),
    [
        (
            date(2026, 12, 1),
            date(2026, 12, 7),
            TODAY,
            "starts on 2026-12-01, which is in the future",
        ),
        (TODAY, date(2026, 11, 1), TODAY, "ends (2026-11-01) before it starts (2026-11-30)"),
        (date(2026, 1, 1), date(2026, 1, 31), TODAY, "the first session was on 2026-11-30"),
        (date(2026, 1, 1), TODAY, None, "no sessions are logged yet"),
    ],
)
def test_a_period_that_cannot_be_reported_is_refused(
    since: date, until: date, first: date | None, message: str
) -> None:
    with pytest.raises(PeriodError, match=re.escape(message)):
        period(since, until, first_session=first, today=TODAY)


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 1, 1)),
    st.integers(min_value=0, max_value=4000),
    st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 1, 1)),
)
def test_a_period_lies_within_the_first_session_and_today(
    since: date, length: int, first: date
) -> None:
    until = since + timedelta(days=length)
    try:
        fitted = period(since, until, first_session=first, today=TODAY)
    except PeriodError:
        assert since > TODAY or max(since, first) > min(until, TODAY)
        return
    assert max(since, first) == fitted.since <= fitted.until == min(until, TODAY)


@pytest.mark.parametrize(
    ("ended", "skipped", "partial", "text"),
    [
        (Outcome.COMPLETED, 0, 0, "completed"),
        (Outcome.COMPLETED, 6, 0, "finished, 6 skipped"),
        (Outcome.STOPPED, 0, 0, "stopped"),
        (Outcome.STOPPED, 2, 1, "stopped, 2 skipped, 1 part way"),
        (Outcome.INTERRUPTED, 0, 0, "interrupted"),
    ],
)
def test_how_a_session_ended_in_words(
    ended: Outcome, skipped: int, partial: int, text: str
) -> None:
    assert outcome_text(ended, skipped, partial) == text


def test_an_exercise_stopped_part_way_is_its_own_count(log: HistoryLog, wall: Wall) -> None:
    session_id = write(log, wall, datetime(2026, 3, 2, 12, tzinfo=UTC), [C])
    (record,) = log.sessions()
    partial = replace(
        record,
        exercises=(
            *record.exercises,
            replace(record.exercises[0], position=1, status=ExerciseStatus.PARTIAL),
        ),
    )
    (rate,) = exercise_rates([partial])
    assert (rate.completed, rate.skipped, rate.partial) == (1, 0, 1)
    assert rate.rate == 0.5
    assert session_id == record.id


# -- practice runs (--speed)


def practice(log: HistoryLog, wall: Wall, start: datetime, speed: float) -> int:
    """A whole session run at ``speed`` times real time, as the app writes it."""
    wall.now = start
    session_id = log.start_session(TIMELINE, speed=speed)
    for k, e in enumerate(EXERCISES):
        log.record_exercise(session_id, k, e.id, e.name, C, 60.0, 60.0, 60.0 * (k + 1))
    log.end_session(session_id, Outcome.COMPLETED, 60.0 * len(EXERCISES))
    return session_id


@pytest.mark.parametrize("speed", [20.0, 0.5])
def test_a_practice_run_is_left_out_of_streaks_and_adherence(
    log: HistoryLog, wall: Wall, zone: SetZone, speed: float
) -> None:
    zone("UTC")
    write(log, wall, datetime(2026, 3, 2, 8, tzinfo=UTC))
    for day in (2, 3, 4):
        practice(log, wall, datetime(2026, 3, day, 18, tzinfo=UTC), speed)
    sessions = log.sessions()
    assert [s.practice for s in sessions] == [True, True, True, False]
    expected = Counter({date(2026, 3, 2): 1})
    assert exercised_days(sessions) == expected
    assert days_of(log) == expected  # read without the exercise rows: the same
    assert current_streak(days_of(log), date(2026, 3, 4)) == 0
    assert longest_streak(days_of(log)) == 1
    weeks = weekly_adherence(days_of(log), date(2026, 3, 2), date(2026, 3, 4), 7)
    assert [(w.done, w.prescribed) for w in weeks] == [(1, 3)]


def test_a_session_in_real_time_still_counts(log: HistoryLog, wall: Wall, zone: SetZone) -> None:
    zone("UTC")
    practice(log, wall, datetime(2026, 3, 2, 18, tzinfo=UTC), 1.0)
    (session,) = log.sessions()
    assert (session.speed, session.practice) == (1.0, False)
    assert days_of(log) == Counter({date(2026, 3, 2): 1})
