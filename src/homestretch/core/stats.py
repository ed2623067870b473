"""Figures drawn from the session log: days exercised, streaks, adherence, pain, per exercise.

All of it is plain functions over :class:`~homestretch.core.history.SessionRecord`
lists, so the history view, the PDF report and the tests share one definition.

Definitions (also in docs/history.md):

* A session **counts** when at least one of its exercises was completed.
* A day is **exercised** when a session that counts started on it, in the
  patient's local time at that moment (stored with the session), so a trip
  across time zones does not move past days.
* The **current streak** is the number of exercised days in a row ending today,
  or ending yesterday when today has no session yet.
* **Adherence** for a week (Monday to Sunday) is the number of sessions that
  count, out of the sessions a week the routine prescribes; a week's figure
  is capped at 100 %.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from homestretch.core.history import SessionRecord
from homestretch.core.player import ExerciseStatus


def counts(session: SessionRecord, completed: int | None = None) -> bool:
    """Whether a session counts towards the calendar and adherence."""
    if completed is not None:
        return completed > 0
    return any(e.status is ExerciseStatus.COMPLETED for e in session.exercises)


def session_day(session: SessionRecord) -> date:
    if session.local_date is not None:
        return session.local_date
    return session.started_at.astimezone().date()


def exercised_days(
    sessions: Iterable[SessionRecord], completed: dict[int, tuple[int, int]] | None = None
) -> Counter[date]:
    """Sessions that count, per local day.

    Args:
        completed: optional (completed, skipped) per session id, from
            :meth:`HistoryLog.exercise_counts`, for records read without exercises.
    """
    days: Counter[date] = Counter()
    for s in sessions:
        done = completed.get(s.id, (0, 0))[0] if completed is not None else None
        if counts(s, done):
            days[session_day(s)] += 1
    return days


def current_streak(days: Iterable[date], today: date) -> int:
    exercised = set(days)
    day = today if today in exercised else today - timedelta(days=1)
    streak = 0
    while day in exercised:
        streak += 1
        day -= timedelta(days=1)
    return streak


def longest_streak(days: Iterable[date]) -> int:
    ordered = sorted(set(days))
    best = run = 0
    previous: date | None = None
    for day in ordered:
        run = run + 1 if previous is not None and day - previous == timedelta(days=1) else 1
        best = max(best, run)
        previous = day
    return best


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True)
class WeekAdherence:
    week_start: date
    done: int
    prescribed: int

    @property
    def ratio(self) -> float:
        return min(1.0, self.done / self.prescribed) if self.prescribed else 0.0


def weekly_adherence(
    days: Counter[date], since: date, until: date, per_week: int
) -> list[WeekAdherence]:
    """One entry per week from the week of ``since`` to the week of ``until``."""
    weeks: list[WeekAdherence] = []
    start = week_start(since)
    while start <= until:
        done = sum(
            n
            for day, n in days.items()
            if start <= day < start + timedelta(days=7) and since <= day <= until
        )
        weeks.append(WeekAdherence(start, done, per_week))
        start += timedelta(days=7)
    return weeks


def overall_adherence(weeks: Sequence[WeekAdherence]) -> float:
    """Capped sessions done over sessions prescribed, across whole weeks."""
    prescribed = sum(w.prescribed for w in weeks)
    done = sum(min(w.done, w.prescribed) for w in weeks)
    return done / prescribed if prescribed else 0.0


@dataclass(frozen=True)
class PainPoint:
    when: datetime
    before: int | None
    after: int | None


def pain_series(sessions: Iterable[SessionRecord]) -> list[PainPoint]:
    """Pain ratings over time, oldest first; sessions without any rating are left out."""
    points = [
        PainPoint(s.started_at, s.pain_before, s.pain_after)
        for s in sessions
        if s.pain_before is not None or s.pain_after is not None
    ]
    return sorted(points, key=lambda p: p.when)


@dataclass(frozen=True)
class ExerciseRate:
    exercise_id: str
    name: str
    completed: int
    skipped: int

    @property
    def rate(self) -> float:
        total = self.completed + self.skipped
        return self.completed / total if total else 0.0


def exercise_rates(sessions: Iterable[SessionRecord]) -> list[ExerciseRate]:
    """Per exercise: how often it was completed and skipped, in routine order of first use."""
    completed: Counter[str] = Counter()
    skipped: Counter[str] = Counter()
    names: dict[str, str] = {}
    order: dict[str, tuple[int, int]] = {}
    for s in sessions:
        for e in s.exercises:
            names.setdefault(e.exercise_id, e.exercise_name)
            order.setdefault(e.exercise_id, (e.position, len(order)))
            if e.status is ExerciseStatus.COMPLETED:
                completed[e.exercise_id] += 1
            else:
                skipped[e.exercise_id] += 1
    return [
        ExerciseRate(i, names[i], completed[i], skipped[i])
        for i in sorted(order, key=order.get)  # type: ignore[arg-type]
    ]
