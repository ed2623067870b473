"""Exercise reminders: when to remind, kept on the wall clock.

Qt-free. The settings (:class:`ReminderSettings`) live in the settings file
under ``"reminders"``, with their own version number; what the schedule has
already done (:class:`ReminderState`) lives in a small file of its own.

The rules, in one place:

* A *slot* is one reminder time on one chosen day, in the local time zone
  of the moment (a time-zone move takes effect at the next check).
* A slot is *due* when its local time has passed, it is the latest slot
  that passed today, it was not handled yet, and the routine has not been
  done in it: no session of that routine since the previous slot of the day
  (since midnight for the first one).
* Only the latest passed slot of today can fire, and it fires once: after a
  suspend or a night with the computer off there is one reminder (or none
  when the missed slot was on another day), never a pile.
* A time that does not exist (02:30 on a spring-forward day) fires at the
  first valid moment after it (03:00); a time that happens twice (fall back)
  fires at its first occurrence only.
* Snoozing shows the same slot again after ``snooze_minutes`` on the wall
  clock, unless the routine was done meanwhile or the day has changed.

Suggested times come from the routine's sessions per week
(:func:`suggested`): 7 a week is 10:00 every day, 14 is 10:00 and 18:00,
21 adds 14:00, more is 09:00/12:00/15:00/18:00; fewer than 7 are spread
over the week at 10:00 (3 a week is Monday, Wednesday and Friday).
"""

from __future__ import annotations

import json
import logging
import math
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from homestretch.core.dates import SHORT_DAYS
from homestretch.core.files import FileProblem, FileReadError, read_regular_file, write_atomically
from homestretch.core.i18n import translate

if TYPE_CHECKING:
    from homestretch.core.history import HistoryLog

_logger = logging.getLogger(__name__)

REMINDERS_VERSION: Final = 1
"""The version of the ``"reminders"`` object in the settings file."""
STATE_VERSION: Final = 1
"""The version of the reminder state file."""

DAY_NAMES: Final = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
"""How days are written in the settings file; the index is ``date.weekday()``."""
ALL_DAYS: Final = tuple(range(7))
MAX_TIMES: Final = 4
"""The most reminder times a day."""
SNOOZE_RANGE: Final = (5, 240)
"""Snooze length in minutes, inclusive."""
DEFAULT_SNOOZE: Final = 30

SUGGESTED_TIMES: Final[dict[int, tuple[time, ...]]] = {
    1: (time(10),),
    2: (time(10), time(18)),
    3: (time(10), time(14), time(18)),
    4: (time(9), time(12), time(15), time(18)),
}
"""Times a day -> the suggested reminder times."""
SUGGESTED_DAYS: Final[dict[int, tuple[int, ...]]] = {
    1: (0,),
    2: (0, 3),
    3: (0, 2, 4),
    4: (0, 1, 3, 4),
    5: (0, 1, 2, 3, 4),
    6: (0, 1, 2, 3, 4, 5),
}
"""Sessions a week (fewer than 7) -> the suggested days (0 is Monday)."""

CLOCK_SET_BACK: Final = timedelta(hours=27)
"""A handled slot this far ahead of the local time means the clock was set back (a move
across the widest gap between time zones, 26 hours, is less)."""

Clock = Callable[[], datetime]
"""The wall clock: an aware datetime in the local time zone."""
DoneSince = Callable[[datetime], bool]
"""Whether the reminded routine was done at or after this moment."""


def suggested(sessions_per_week: int) -> tuple[tuple[int, ...], tuple[time, ...]]:
    """The days and times to suggest for a routine done ``sessions_per_week`` times.

    Seven or more: every day, ``ceil(n / 7)`` times a day (at most
    :data:`MAX_TIMES`); fewer: that many days spread over the week, at 10:00.
    """
    n = max(1, sessions_per_week)
    if n < 7:
        return SUGGESTED_DAYS[n], SUGGESTED_TIMES[1]
    return ALL_DAYS, SUGGESTED_TIMES[min(MAX_TIMES, math.ceil(n / 7))]


def format_time(moment: time) -> str:
    return f"{moment.hour:02d}:{moment.minute:02d}"


def parse_time(text: str) -> time | None:
    """``"HH:MM"`` (24-hour) as a time; None for anything else."""
    hours, sep, minutes = text.partition(":")
    if not (sep and len(minutes) == 2 and 1 <= len(hours) <= 2):
        return None
    if not (hours.isascii() and hours.isdigit() and minutes.isascii() and minutes.isdigit()):
        return None
    h, m = int(hours), int(minutes)
    return time(h, m) if h < 24 and m < 60 else None


@dataclass(frozen=True)
class ReminderSettings:
    """What the patient chose in Settings > Reminders.

    Attributes:
        enabled: reminders are off until the patient turns them on.
        days: the days to remind on, 0 (Monday) to 6, sorted.
        times: the times of day, sorted, 1 to :data:`MAX_TIMES`.
        routine: the routine file to remind of; empty: the last routine used.
        snooze_minutes: how long "Snooze" waits.
        start_at_login: start Homestretch in the tray at login (an XDG
            autostart entry) while reminders are on.
    """

    enabled: bool = False
    days: tuple[int, ...] = ALL_DAYS
    times: tuple[time, ...] = (time(10),)
    routine: str = ""
    snooze_minutes: int = DEFAULT_SNOOZE
    start_at_login: bool = True

    def to_json(self) -> dict[str, Any]:
        return {
            "version": REMINDERS_VERSION,
            "enabled": self.enabled,
            "days": [DAY_NAMES[d] for d in self.days],
            "times": [format_time(t) for t in self.times],
            "routine": self.routine,
            "snooze_minutes": self.snooze_minutes,
            "start_at_login": self.start_at_login,
        }

    @classmethod
    def from_json(cls, data: object) -> tuple[ReminderSettings, list[str]]:
        """Reminder settings from JSON, and the names of the values refused (their
        defaults are used). Never raises."""
        if not isinstance(data, dict):
            return cls(), ["reminders"]
        values: dict[str, Any] = {}
        refused: list[str] = []

        def take(name: str, value: object | None) -> None:
            if value is None:
                refused.append(name)
            else:
                values[name] = value

        for name in ("enabled", "start_at_login"):
            if name in data:
                take(name, data[name] if isinstance(data[name], bool) else None)
        if "days" in data:
            take("days", _days(data["days"]))
        if "times" in data:
            take("times", _times(data["times"]))
        if "routine" in data:
            routine = data["routine"]
            ok = isinstance(routine, str) and len(routine) <= 4096 and "\0" not in routine
            take("routine", routine if ok and routine.isprintable() else None)
        if "snooze_minutes" in data:
            snooze = data["snooze_minutes"]
            low, high = SNOOZE_RANGE
            ok = isinstance(snooze, int) and not isinstance(snooze, bool) and low <= snooze <= high
            take("snooze_minutes", snooze if ok else None)
        return replace(cls(), **values), refused


def _days(value: object) -> tuple[int, ...] | None:
    if not isinstance(value, list) or not value:
        return None
    if not all(isinstance(v, str) and v in DAY_NAMES for v in value) or len(set(value)) != len(
        value
    ):
        return None
    return tuple(sorted(DAY_NAMES.index(v) for v in value))


def _times(value: object) -> tuple[time, ...] | None:
    if not isinstance(value, list) or not 1 <= len(value) <= MAX_TIMES:
        return None
    parsed = [parse_time(v) if isinstance(v, str) else None for v in value]
    found = [t for t in parsed if t is not None]
    if len(found) != len(value) or len(set(found)) != len(found):
        return None
    return tuple(sorted(found))


@dataclass(frozen=True)
class ReminderState:
    """What the schedule has done, kept between runs.

    Attributes:
        handled: the local wall time (naive) of the last slot handled; slots up
            to it never fire again.
        snoozed_until: when the handled slot is shown again (aware), if snoozed.
        tray_told: the patient was told once that closing the window keeps
            Homestretch in the tray.
    """

    handled: datetime | None = None
    snoozed_until: datetime | None = None
    tray_told: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "version": STATE_VERSION,
            "handled": self.handled.isoformat(timespec="minutes") if self.handled else None,
            "snoozed_until": (
                self.snoozed_until.astimezone(UTC).isoformat(timespec="seconds")
                if self.snoozed_until
                else None
            ),
            "tray_told": self.tray_told,
        }

    @classmethod
    def from_json(cls, data: object) -> ReminderState:
        """The state from JSON; anything unusable is forgotten (never raises)."""
        if not isinstance(data, dict):
            return cls()
        handled = _moment(data.get("handled"), aware=False)
        snoozed = _moment(data.get("snoozed_until"), aware=True)
        told = data.get("tray_told")
        return cls(handled, snoozed, told if isinstance(told, bool) else False)


def _moment(value: object, *, aware: bool) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if (moment.tzinfo is not None) == aware else None


MAX_STATE_BYTES: Final = 4096


def read_state(path: Path) -> ReminderState:
    """The saved state; a missing, damaged or strange file gives a fresh state."""
    try:
        data = json.loads(read_regular_file(path, MAX_STATE_BYTES).decode("utf-8"))
    except FileReadError as exc:
        if exc.kind is not FileProblem.MISSING:
            _logger.warning("%s: ignored: %s", path, exc.reason)
        return ReminderState()
    except (OSError, ValueError, RecursionError) as exc:
        _logger.warning("%s: ignored: %s", path, exc)
        return ReminderState()
    return ReminderState.from_json(data)


def save_state(path: Path, state: ReminderState) -> None:
    """Write the state atomically. Raises OSError if it cannot be written."""
    text = json.dumps(state.to_json(), indent=2) + "\n"
    write_atomically(path, text, make_folder=True, private=True)


# -- the schedule


LOCALTIME: Final = Path("/etc/localtime")


def local_zone(environ: dict[str, str] | None = None, localtime: Path = LOCALTIME) -> tzinfo:
    """This machine's time zone now, read afresh (so that a move is seen at the next check).

    ``TZ`` if it names a zone, else what ``/etc/localtime`` is, else the current
    fixed offset (where neither exists; a daylight-saving change is then seen
    at the next check).
    """
    name = (os.environ if environ is None else environ).get("TZ", "").lstrip(":")
    if name:
        try:
            return ZoneInfo(name)
        except (ValueError, ZoneInfoNotFoundError, OSError):
            pass
    try:
        parts = localtime.resolve(strict=True).parts
        if "zoneinfo" in parts:
            return ZoneInfo("/".join(parts[parts.index("zoneinfo") + 1 :]))
        with localtime.open("rb") as file:
            return ZoneInfo.from_file(file)
    except (OSError, ValueError, ZoneInfoNotFoundError):
        pass
    fixed = datetime.now().astimezone().tzinfo
    assert fixed is not None
    return fixed


def local_now() -> datetime:
    """The wall clock of the reminders: now, aware, in this machine's zone."""
    return datetime.now(local_zone())


def _wall(moment: datetime, zone: tzinfo) -> datetime:
    """``moment`` as a naive local wall time in ``zone``."""
    return moment.astimezone(UTC).astimezone(zone).replace(tzinfo=None)


def slot_instant(wall: datetime, zone: tzinfo) -> datetime:
    """When the local wall time ``wall`` happens in ``zone`` (an aware datetime in UTC).

    A time that happens twice (the hour repeated when clocks go back) is its
    first occurrence; a time that does not exist (the hour skipped when clocks
    go forward) is the first moment after the gap.
    """
    first = wall.replace(tzinfo=zone, fold=0)
    if _wall(first, zone) == wall:
        # (In UTC: an aware time inside a repeated hour never compares equal to another zone's.)
        return first.astimezone(UTC)
    # In a gap: the earliest instant whose wall time is at or after ``wall``.
    low = int(wall.replace(tzinfo=zone, fold=1).timestamp())
    high = int(first.timestamp())
    low, high = min(low, high), max(low, high)
    while low < high:
        middle = (low + high) // 2
        if _wall(datetime.fromtimestamp(middle, UTC), zone) >= wall:
            high = middle
        else:
            low = middle + 1
    return datetime.fromtimestamp(low, UTC)


@dataclass(frozen=True)
class Slot:
    """One reminder time on one day.

    Attributes:
        wall: the local wall time as chosen (naive), which names the slot.
        at: when it fires (aware, UTC).
        since: a session of the routine from this moment on means the slot is done.
    """

    wall: datetime
    at: datetime
    since: datetime


def slots_of_day(day: date, settings: ReminderSettings, zone: tzinfo) -> list[Slot]:
    """The slots of ``day`` in ``zone``, earliest first (none on a day not chosen)."""
    if day.weekday() not in settings.days:
        return []
    since = slot_instant(datetime.combine(day, time(0)), zone)
    slots = []
    for moment in sorted(settings.times):
        wall = datetime.combine(day, moment)
        at = slot_instant(wall, zone)
        slots.append(Slot(wall, at, since))
        since = at
    return slots


@dataclass
class ReminderSchedule:
    """Decides, on the wall clock, when a reminder is due.

    Call :meth:`due` at least once a minute and after a wake-up; it returns
    the slot to remind of now (once), or None.

    Args:
        settings: the patient's reminder settings.
        state: what was done before (see :func:`read_state`).
        now: the wall clock (aware, local zone).
        done_since: whether the reminded routine was done since a moment.
    """

    settings: ReminderSettings
    state: ReminderState = field(default_factory=ReminderState)
    now: Clock = field(default=local_now)
    done_since: DoneSince = field(default=lambda _since: False)

    def due(self) -> Slot | None:
        """The slot to remind of now, marked handled; None when nothing is due."""
        if not self.settings.enabled:
            return None
        now = self.now()
        zone = _zone(now)
        passed = [s for s in slots_of_day(now.date(), self.settings, zone) if s.at <= now]
        handled = self.state.handled
        if handled is not None and handled - _wall(now, zone) > CLOCK_SET_BACK:
            # The clock had run days ahead and was put right: forget what was marked then.
            handled = None
            self.state = replace(self.state, handled=None, snoozed_until=None)
        if passed and (handled is None or passed[-1].wall > handled):
            latest = passed[-1]
            self.state = replace(self.state, handled=latest.wall, snoozed_until=None)
            return None if self.done_since(latest.since) else latest
        snoozed = self.state.snoozed_until
        if snoozed is not None and now >= snoozed:
            self.state = replace(self.state, snoozed_until=None)
            again = self._handled_slot(zone)
            today = again is not None and again.wall.date() == now.date()  # (not yesterday's)
            if again is not None and today and not self.done_since(again.since):
                return again
        return None

    def _handled_slot(self, zone: tzinfo) -> Slot | None:
        handled = self.state.handled
        if handled is None:
            return None
        for slot in slots_of_day(handled.date(), self.settings, zone):
            if slot.wall == handled:
                return slot
        return None

    def snooze(self) -> datetime:
        """Show the last reminder again after the snooze length; when that will be."""
        until = self.now() + timedelta(minutes=self.settings.snooze_minutes)
        self.state = replace(self.state, snoozed_until=until)
        return until

    def rearm(self, settings: ReminderSettings | None = None) -> None:
        """New settings (or reminders just turned on): what already passed today is
        not reminded of; the next reminder is the next time to come."""
        if settings is not None:
            self.settings = settings
        now_wall = _wall(self.now(), _zone(self.now())).replace(second=0, microsecond=0)
        handled = self.state.handled
        if handled is None or handled < now_wall:
            handled = now_wall
        self.state = replace(self.state, handled=handled, snoozed_until=None)

    def next_reminder(self) -> datetime | None:
        """When the next reminder may come (aware, local zone); None when off.

        It may not be shown then, if the routine was done in its slot.
        """
        if not self.settings.enabled:
            return None
        now = self.now()
        zone = _zone(now)
        handled = self.state.handled
        for offset in range(8):
            for slot in slots_of_day(now.date() + timedelta(days=offset), self.settings, zone):
                if slot.at > now and (handled is None or slot.wall > handled):
                    upcoming = slot.at
                    snoozed = self.state.snoozed_until
                    return min(upcoming, snoozed) if snoozed else upcoming
        return self.state.snoozed_until


def _zone(now: datetime) -> tzinfo:
    if now.tzinfo is None:
        raise ValueError("the reminder clock must give aware datetimes")
    return now.tzinfo


def describe_days(days: Sequence[int]) -> str:
    """``(0, 2, 4)`` -> ``"Mon, Wed, Fri"``; every day -> ``"every day"`` (in the window's
    language)."""
    if tuple(days) == ALL_DAYS:
        return translate("Reminders", "every day")
    separator = translate("Reminders", ", ", "between the days in a list")
    return separator.join(translate("Dates", SHORT_DAYS[d]) for d in days)


def describe_times(times: Iterable[time]) -> str:
    return ", ".join(format_time(t) for t in times)


def routine_done_since(log: HistoryLog, routine_name: str, since: datetime) -> bool:
    """Whether the session log has a session of ``routine_name`` started at or after
    ``since``: a real one (not a practice run at another speed, not one exercise
    alone). A log that cannot be read counts as not done (a reminder too many is
    better than none)."""
    from homestretch.core.history import HistoryError

    try:
        found = log.sessions(
            since=since.date() - timedelta(days=1), routine=routine_name, with_exercises=False
        )
    except HistoryError as exc:
        _logger.warning("reminders: %s", exc)
        return False
    return any(s.started_at >= since and not s.practice and not s.single_exercise for s in found)
