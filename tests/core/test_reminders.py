"""The reminder schedule on a fake wall clock: due times, DST, suspend gaps, snooze, done days."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from homestretch.core.history import HistoryLog
from homestretch.core.paths import BUNDLED_ROUTINE, AppPaths
from homestretch.core.reminders import (
    ALL_DAYS,
    DAY_NAMES,
    MAX_TIMES,
    ReminderSchedule,
    ReminderSettings,
    ReminderState,
    Slot,
    read_state,
    routine_done_since,
    save_state,
    slot_instant,
    suggested,
)
from homestretch.core.routine import load_routine
from homestretch.core.settings import Settings, parse_settings, settings_json
from homestretch.core.timeline import build_timeline

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
LORD_HOWE = ZoneInfo("Australia/Lord_Howe")  # clocks move by half an hour
ON = ReminderSettings(enabled=True)
TWICE = ReminderSettings(enabled=True, times=(time(10), time(18)))


class WallClock:
    """The local wall clock, aware, moved by the test (in any zone)."""

    def __init__(self, local: datetime, zone: tzinfo = BERLIN) -> None:
        self.moment = local.replace(tzinfo=zone)

    def __call__(self) -> datetime:
        return self.moment

    def at(self, local: datetime, zone: tzinfo | None = None) -> None:
        self.moment = local.replace(tzinfo=zone or self.moment.tzinfo)

    def instant(self, moment: datetime, zone: tzinfo | None = None) -> None:
        self.moment = moment.astimezone(zone or self.moment.tzinfo)


class Done:
    """A fake session log: the moments the routine was started."""

    def __init__(self) -> None:
        self.starts: list[datetime] = []

    def __call__(self, since: datetime) -> bool:
        return any(start >= since for start in self.starts)


def schedule(
    clock: WallClock, reminders: ReminderSettings = ON, done: Done | None = None
) -> ReminderSchedule:
    return ReminderSchedule(reminders, now=clock, done_since=done or Done())


def d(day: int, hour: int, minute: int = 0, month: int = 6) -> datetime:
    """A local wall time in 2026 (June 2026 starts on a Monday)."""
    return datetime(2026, month, day, hour, minute)


# -- suggested times


@pytest.mark.parametrize(
    ("per_week", "days", "times"),
    [
        (7, ALL_DAYS, (time(10),)),
        (14, ALL_DAYS, (time(10), time(18))),
        (21, ALL_DAYS, (time(10), time(14), time(18))),
        (10, ALL_DAYS, (time(10), time(18))),  # rounded up: at least as often as asked
        (3, (0, 2, 4), (time(10),)),
        (1, (0,), (time(10),)),
        (5, (0, 1, 2, 3, 4), (time(10),)),
        (50, ALL_DAYS, (time(9), time(12), time(15), time(18))),
    ],
)
def test_suggested_times_follow_the_sessions_per_week(
    per_week: int, days: tuple[int, ...], times: tuple[time, ...]
) -> None:
    assert suggested(per_week) == (days, times)


# -- due


def test_a_reminder_is_due_once_when_its_time_has_passed() -> None:
    clock = WallClock(d(1, 9, 59))
    plan = schedule(clock)
    assert plan.due() is None
    clock.at(d(1, 10, 0))
    slot = plan.due()
    assert slot is not None
    assert slot.wall == d(1, 10)
    assert slot.at == d(1, 10).replace(tzinfo=BERLIN)
    clock.at(d(1, 10, 1))
    assert plan.due() is None
    clock.at(d(1, 23, 59))
    assert plan.due() is None
    clock.at(
        d(
            2,
            10,
            0,
        )
    )
    assert plan.due() is not None


def test_nothing_is_shown_when_the_patient_already_exercised_that_day() -> None:
    clock = WallClock(d(1, 8))
    done = Done()
    plan = schedule(clock, done=done)
    done.starts.append(d(1, 8, 30).replace(tzinfo=BERLIN))
    clock.at(d(1, 10))
    assert plan.due() is None
    clock.at(d(1, 10, 5))
    assert plan.due() is None  # and it is not asked again later
    clock.at(d(2, 10))
    assert plan.due() is not None  # yesterday's session does not count for today


def test_a_session_counts_for_its_slot_not_for_the_one_before() -> None:
    """10:00 and 18:00: a morning session keeps the 10:00 reminder away, not 18:00's."""
    clock = WallClock(d(1, 9))
    done = Done()
    plan = schedule(clock, TWICE, done)
    done.starts.append(d(1, 9, 30).replace(tzinfo=BERLIN))
    clock.at(d(1, 10))
    assert plan.due() is None
    clock.at(d(1, 18))
    slot = plan.due()
    assert slot is not None
    assert slot.wall == d(1, 18)
    assert slot.since == d(1, 10).replace(tzinfo=BERLIN)
    clock.at(d(2, 10))
    assert plan.due() is not None
    done.starts.append(d(2, 14).replace(tzinfo=BERLIN))  # between the slots
    clock.at(d(2, 18))
    assert plan.due() is None


def test_only_chosen_days_remind() -> None:
    mon_wed_fri = replace(ON, days=(0, 2, 4))
    clock = WallClock(d(2, 11))  # Tuesday
    plan = schedule(clock, mon_wed_fri)
    assert plan.due() is None
    clock.at(d(3, 10))  # Wednesday
    assert plan.due() is not None
    assert plan.next_reminder() == d(5, 10).replace(tzinfo=BERLIN)  # Friday


def test_off_never_reminds() -> None:
    clock = WallClock(d(1, 10))
    plan = schedule(clock, ReminderSettings())
    assert plan.due() is None
    assert plan.next_reminder() is None


# -- a computer that slept or was off


def test_a_suspend_over_several_slots_gives_one_reminder() -> None:
    reminders = replace(ON, times=(time(9), time(12), time(15), time(18)))
    clock = WallClock(d(1, 8))
    plan = schedule(clock, reminders)
    assert plan.due() is None
    clock.at(d(1, 19, 30))  # woke up after 11 hours
    slot = plan.due()
    assert slot is not None
    assert slot.wall == d(1, 18)
    for minute in range(1, 10):
        clock.at(d(1, 19, 30 + minute))
        assert plan.due() is None


def test_a_reminder_missed_on_another_day_is_dropped() -> None:
    clock = WallClock(d(1, 17))
    plan = schedule(clock, TWICE)
    plan.due()
    clock.at(d(4, 8))  # off for three nights
    assert plan.due() is None
    clock.at(d(4, 10))
    assert plan.due() is not None


def test_at_login_a_missed_reminder_of_today_fires_once(tmp_path: Path) -> None:
    path = tmp_path / "reminders.json"
    clock = WallClock(d(1, 9))
    plan = schedule(clock)
    plan.due()
    save_state(path, plan.state)
    clock.at(d(1, 13))  # the computer was off at 10:00; this is a new start
    again = ReminderSchedule(ON, read_state(path), now=clock, done_since=Done())
    assert again.due() is not None
    save_state(path, again.state)
    third = ReminderSchedule(ON, read_state(path), now=clock, done_since=Done())
    assert third.due() is None  # restarting once more shows nothing new


# -- daylight saving time


def test_a_time_skipped_by_spring_forward_fires_once_at_the_next_valid_time() -> None:
    """Berlin, 29 March 2026: 02:00 becomes 03:00; a 02:30 reminder comes at 03:00."""
    reminders = replace(ON, times=(time(2, 30),))
    clock = WallClock(datetime(2026, 3, 29, 1, 59))
    plan = schedule(clock, reminders)
    assert plan.due() is None
    clock.instant(datetime(2026, 3, 29, 0, 59, 59, tzinfo=UTC))  # 01:59:59 CET
    assert plan.due() is None
    clock.instant(datetime(2026, 3, 29, 1, 0, tzinfo=UTC))  # 03:00 CEST
    slot = plan.due()
    assert slot is not None
    assert slot.at == datetime(2026, 3, 29, 1, 0, tzinfo=UTC)
    for minute in range(1, 120, 7):
        clock.instant(datetime(2026, 3, 29, 1, 0, tzinfo=UTC) + timedelta(minutes=minute))
        assert plan.due() is None


def test_a_time_repeated_by_fall_back_fires_once() -> None:
    """Berlin, 25 October 2026: 02:30 happens twice; one reminder, at the first."""
    reminders = replace(ON, times=(time(2, 30),))
    clock = WallClock(datetime(2026, 10, 25, 1, 0))
    plan = schedule(clock, reminders)
    fired = []
    start = datetime(2026, 10, 24, 23, 0, tzinfo=UTC)  # 01:00 CEST
    for minute in range(4 * 60):
        clock.instant(start + timedelta(minutes=minute))
        slot = plan.due()
        if slot is not None:
            fired.append(clock().astimezone(UTC))
    assert fired == [datetime(2026, 10, 25, 0, 30, tzinfo=UTC)]  # 02:30 CEST


@pytest.mark.parametrize(
    ("wall", "expected_utc"),
    [
        (datetime(2026, 3, 8, 2, 30), datetime(2026, 3, 8, 7, 0, tzinfo=UTC)),  # gap: 03:00 EDT
        (datetime(2026, 11, 1, 1, 30), datetime(2026, 11, 1, 5, 30, tzinfo=UTC)),  # first 01:30
        (datetime(2026, 7, 1, 10, 0), datetime(2026, 7, 1, 14, 0, tzinfo=UTC)),
    ],
)
def test_new_york_slot_instants(wall: datetime, expected_utc: datetime) -> None:
    assert slot_instant(wall, NEW_YORK) == expected_utc


def test_every_minute_of_a_dst_day_in_new_york_fires_each_slot_once() -> None:
    reminders = replace(ON, times=(time(1, 30), time(2, 30), time(10)))
    for day in (date(2026, 3, 8), date(2026, 11, 1)):
        clock = WallClock(datetime.combine(day, time(0)), NEW_YORK)
        plan = schedule(clock, reminders)
        start = clock().astimezone(UTC)
        fired: list[datetime] = []
        end = slot_instant(datetime.combine(day + timedelta(days=1), time(2)), NEW_YORK)
        for minute in range(28 * 60):
            if start + timedelta(minutes=minute) >= end:
                break
            clock.instant(start + timedelta(minutes=minute))
            slot = plan.due()
            if slot is not None:
                fired.append(slot.wall)
        walls = [datetime.combine(day, t) for t in reminders.times]
        next_day = [datetime.combine(day + timedelta(days=1), t) for t in (time(1, 30),)]
        assert fired == walls + next_day


# -- time-zone moves


def test_flying_west_does_not_repeat_a_reminder() -> None:
    clock = WallClock(d(1, 10))
    plan = schedule(clock)
    assert plan.due() is not None
    clock.at(d(1, 10), NEW_YORK)  # six hours later, 10:00 again on the same day
    assert plan.due() is None


def test_flying_east_reminds_once_of_the_time_that_passed() -> None:
    clock = WallClock(d(1, 7), NEW_YORK)
    plan = schedule(clock)
    assert plan.due() is None
    clock.instant(d(1, 8).replace(tzinfo=NEW_YORK), BERLIN)  # 14:00 in Berlin
    slot = plan.due()
    assert slot is not None
    assert slot.at == d(1, 10).replace(tzinfo=BERLIN)
    clock.at(d(1, 15))
    assert plan.due() is None


def test_a_clock_put_right_after_running_days_ahead_does_not_silence_reminders() -> None:
    clock = WallClock(d(20, 10))  # the clock was wrong, weeks ahead
    plan = schedule(clock)
    assert plan.due() is not None
    clock.at(d(1, 9))  # put right
    assert plan.due() is None
    clock.at(d(1, 10))
    assert plan.due() is not None


# -- snooze


def test_snooze_shows_the_same_reminder_again_later() -> None:
    clock = WallClock(d(1, 10))
    plan = schedule(clock)
    first = plan.due()
    assert first is not None
    assert plan.snooze() == d(1, 10, 30).replace(tzinfo=BERLIN)
    assert plan.next_reminder() == d(1, 10, 30).replace(tzinfo=BERLIN)
    clock.at(d(1, 10, 29))
    assert plan.due() is None
    clock.at(d(1, 10, 30))
    assert plan.due() == first
    clock.at(d(1, 10, 31))
    assert plan.due() is None


def test_snooze_then_exercise_shows_nothing() -> None:
    clock = WallClock(d(1, 10))
    done = Done()
    plan = schedule(clock, replace(ON, snooze_minutes=15), done)
    assert plan.due() is not None
    plan.snooze()
    done.starts.append(d(1, 10, 5).replace(tzinfo=BERLIN))
    clock.at(d(1, 10, 20))
    assert plan.due() is None


def test_snooze_across_a_suspend_fires_once_on_waking() -> None:
    clock = WallClock(d(1, 10))
    plan = schedule(clock, TWICE)
    plan.due()
    plan.snooze()
    clock.at(d(1, 12))  # slept through the snooze
    assert plan.due() is not None
    clock.at(d(1, 12, 1))
    assert plan.due() is None


def test_turning_reminders_on_does_not_remind_of_a_time_already_past() -> None:
    clock = WallClock(d(1, 11))
    plan = schedule(clock, ReminderSettings())
    plan.rearm(TWICE)
    assert plan.due() is None
    assert plan.next_reminder() == d(1, 18).replace(tzinfo=BERLIN)
    clock.at(d(1, 18))
    assert plan.due() is not None


# -- properties


zones = st.sampled_from([BERLIN, NEW_YORK, LORD_HOWE, ZoneInfo("UTC")])
time_lists = st.lists(
    st.builds(time, st.integers(0, 23), st.sampled_from([0, 15, 30, 45])),
    min_size=1,
    max_size=MAX_TIMES,
    unique=True,
).map(lambda ts: tuple(sorted(ts)))
gaps = st.lists(
    st.one_of(
        st.integers(1, 120),  # minutes: the timer
        st.integers(120, 4 * 24 * 60),  # a suspend of hours or days
    ),
    min_size=1,
    max_size=60,
)


@settings(max_examples=150, deadline=None)
@given(
    zone=zones,
    times=time_lists,
    days=st.sets(st.integers(0, 6), min_size=1).map(lambda s: tuple(sorted(s))),
    start=st.datetimes(datetime(2026, 1, 1), datetime(2027, 12, 31)),
    steps=gaps,
    sessions=st.lists(st.integers(0, 20 * 24 * 60), max_size=8),
    snoozes=st.sets(st.integers(0, 59)),
)
def test_never_two_reminders_for_one_slot_and_none_after_exercise(
    zone: ZoneInfo,
    times: tuple[time, ...],
    days: tuple[int, ...],
    start: datetime,
    steps: list[int],
    sessions: list[int],
    snoozes: set[int],
) -> None:
    reminders = ReminderSettings(enabled=True, days=days, times=times)
    clock = WallClock(start, zone)
    origin = clock().astimezone(UTC)
    done = Done()
    plan = schedule(clock, reminders, done)
    session_times = sorted(origin + timedelta(minutes=m) for m in sessions)
    shown: dict[datetime, int] = {}
    snoozed_slots: set[datetime] = set()
    elapsed = 0
    for index, step in enumerate(steps):
        elapsed += step
        now = origin + timedelta(minutes=elapsed)
        clock.instant(now)
        done.starts = [t for t in session_times if t <= now]
        before = plan.state.handled
        slot = plan.due()
        if slot is None:
            continue
        assert slot.at <= clock()
        assert slot.wall.date() == clock().date()  # never a stale slot from another day
        assert not done(slot.since)  # nothing when already exercised
        assert slot.wall.weekday() in days
        assert slot.wall.time() in times
        shown[slot.wall] = shown.get(slot.wall, 0) + 1
        if shown[slot.wall] > 1:  # a repeat only after the patient snoozed it
            assert slot.wall in snoozed_slots
            assert before == slot.wall
            snoozed_slots.discard(slot.wall)
        if index in snoozes:
            plan.snooze()
            snoozed_slots.add(slot.wall)


@settings(max_examples=100, deadline=None)
@given(zone=zones, times=time_lists, day=st.dates(date(2026, 1, 1), date(2030, 12, 31)))
def test_every_slot_instant_is_at_or_after_its_wall_time_and_in_order(
    zone: ZoneInfo, times: tuple[time, ...], day: date
) -> None:
    slots = [
        Slot(datetime.combine(day, t), slot_instant(datetime.combine(day, t), zone), origin)
        for t in times
        for origin in [datetime.now(UTC)]
    ]
    for slot in slots:
        local = slot.at.astimezone(zone).replace(tzinfo=None)
        assert local >= slot.wall
        assert local - slot.wall <= timedelta(hours=2)  # at most the length of a gap
    assert [s.at for s in slots] == sorted(s.at for s in slots)


# -- settings and state files


def test_reminders_are_off_by_default_and_saved_in_the_settings_file() -> None:
    assert Settings().reminders.enabled is False
    chosen = replace(
        Settings(),
        reminders=ReminderSettings(
            enabled=True, days=(0, 2, 4), times=(time(7, 5), time(18)), routine="/r.yaml"
        ),
    )
    text = settings_json(chosen)
    data = json.loads(text)
    assert data["reminders"]["version"] == 1
    assert data["reminders"]["days"] == ["mon", "wed", "fri"]
    assert data["reminders"]["times"] == ["07:05", "18:00"]
    loaded = parse_settings(text, Path("settings.json"))
    assert loaded.problem == ""
    assert loaded.settings == chosen


@pytest.mark.parametrize(
    ("value", "refused"),
    [
        ({"times": ["10:00", "10:00"]}, "reminders.times"),
        ({"times": ["24:00"]}, "reminders.times"),
        ({"times": []}, "reminders.times"),
        ({"times": ["1:00", "2:00", "3:00", "4:00", "5:00"]}, "reminders.times"),
        ({"days": ["monday"]}, "reminders.days"),
        ({"days": []}, "reminders.days"),
        ({"snooze_minutes": 0}, "reminders.snooze_minutes"),
        ({"snooze_minutes": 30.5}, "reminders.snooze_minutes"),
        ({"snooze_minutes": True}, "reminders.snooze_minutes"),
        ({"enabled": "yes"}, "reminders.enabled"),
        ("on", "reminders"),
    ],
)
def test_an_out_of_range_reminder_value_gets_its_default_and_a_notice(
    value: object, refused: str
) -> None:
    text = json.dumps({"reminders": value, "rate": 120})
    loaded = parse_settings(text, Path("/cfg/settings.json"))
    assert loaded.problem.endswith(f": {refused}.")
    assert "/cfg/settings.json" in loaded.problem
    assert loaded.settings.rate == 120  # the rest is kept
    assert loaded.settings.reminders == ReminderSettings()


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner),
    max_leaves=8,
)


@settings(max_examples=200)
@given(
    st.fixed_dictionaries(
        {},
        optional={
            "enabled": json_values,
            "days": st.lists(st.sampled_from([*DAY_NAMES, "x"]), max_size=8) | json_values,
            "times": st.lists(st.sampled_from(["10:00", "9:30", "25:00", "ab"]), max_size=5)
            | json_values,
            "routine": json_values,
            "snooze_minutes": st.integers(-5, 300) | json_values,
            "start_at_login": json_values,
        },
    )
)
def test_any_reminders_object_gives_valid_settings(data: dict[str, object]) -> None:
    loaded, refused = ReminderSettings.from_json(data)
    assert set(refused) <= set(data)
    assert loaded.days
    assert set(loaded.days) <= set(ALL_DAYS)
    assert 1 <= len(loaded.times) <= MAX_TIMES
    assert list(loaded.times) == sorted(set(loaded.times))
    assert 5 <= loaded.snooze_minutes <= 240
    again, refused_again = ReminderSettings.from_json(loaded.to_json())
    assert again == loaded
    assert refused_again == []


def test_a_damaged_state_file_is_forgotten(tmp_path: Path) -> None:
    path = tmp_path / "reminders.json"
    path.write_bytes(b"\xff{not json")
    assert read_state(path) == ReminderState()
    path.write_text('{"handled": "2026-06-01T10:00+02:00", "snoozed_until": "soon"}')
    assert read_state(path) == ReminderState()  # an aware "handled" is not ours
    path.unlink()
    path.mkdir()
    assert read_state(path) == ReminderState()


def test_the_state_file_round_trips(tmp_path: Path) -> None:
    state = ReminderState(d(1, 10), datetime(2026, 6, 1, 8, 30, tzinfo=UTC), tray_told=True)
    paths = AppPaths.resolve(tmp_path)
    save_state(paths.reminder_state_file, state)
    assert read_state(paths.reminder_state_file) == state


# -- the session log


def test_the_session_log_says_whether_the_routine_was_done(tmp_path: Path) -> None:
    routine = load_routine(BUNDLED_ROUTINE)
    timeline = build_timeline(routine)
    since = datetime(2026, 6, 1, 8, tzinfo=UTC)
    with HistoryLog(tmp_path / "history.sqlite3") as log:
        log.start_session(timeline, at=since - timedelta(minutes=1))
        assert not routine_done_since(log, routine.name, since)
        log.start_session(timeline, at=since + timedelta(hours=1), speed=10.0)  # practice
        log.start_session(timeline, at=since + timedelta(hours=2), single_exercise=True)
        assert not routine_done_since(log, routine.name, since)
        log.start_session(timeline, at=since + timedelta(hours=3))
        assert routine_done_since(log, routine.name, since)
        assert not routine_done_since(log, "Another routine", since)
