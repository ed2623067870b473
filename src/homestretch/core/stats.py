"""Figures drawn from the session log: days exercised, streaks, adherence, pain, per exercise.

All of it is plain functions over :class:`~homestretch.core.history.SessionRecord`
lists, so the history view, the PDF report and the tests share one definition.

Definitions (also in docs/history.md):

* A session **counts** when at least one of its exercises was completed and it
  ran in real time: a practice run at another speed (``--speed 20``) never counts,
  nor does one exercise started alone ("knee pats only"), which counts for that
  exercise (:meth:`HistoryLog.exercise_totals`) but not for the whole routine.
* A day is **exercised** when a session that counts started on it, in the
  patient's local time at that moment (stored with the session), so a trip
  across time zones does not move past days.
* The **current streak** is the number of exercised days in a row ending today,
  or ending yesterday when today has no session yet.
* **Adherence** for a week (Monday to Sunday) is the number of sessions that
  count, out of the sessions a week the routine prescribes; a week's figure
  is capped at 100 %. A week only partly inside the period (its first and
  last week, or the week in progress) is prescribed its share, rounded:
  three a week over four days is two. A day counts at most as many sessions
  as the routine prescribes a day (:func:`per_day`): three sessions on one day
  of a once-a-day routine count once.
* A **period** starts no earlier than the first logged session (before it the
  patient had not begun the programme) and ends no later than today; a period
  that starts after today is refused (:func:`period`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Final

from homestretch.core.dates import decimal
from homestretch.core.history import ExerciseTotal, SessionRecord, order_totals
from homestretch.core.i18n import QT_TRANSLATE_NOOP, translate
from homestretch.core.player import ExerciseStatus, Outcome


def counts(session: SessionRecord, completed: int | None = None) -> bool:
    """Whether a session counts towards the calendar, streaks and adherence (a practice run
    at another speed than real time never does, nor one exercise started alone: it shows in
    that exercise's counts only)."""
    if session.practice or session.single_exercise:
        return False
    if completed is not None:
        return completed > 0
    return any(e.status is ExerciseStatus.COMPLETED for e in session.exercises)


def outcome_text(ended: Outcome, skipped: int, partial: int = 0) -> str:
    """How a session ended, in the words the history, the report and the CLI show.

    A session that ran to its end with exercises skipped is "finished, 6 skipped",
    not "completed"; one stopped during an exercise says so: "stopped, 1 part way".
    """
    if ended is Outcome.COMPLETED:
        if skipped:
            return translate("Stats", "finished, {skipped} skipped").format(skipped=skipped)
        return translate("Stats", "completed")
    extras = [translate("Stats", "{skipped} skipped").format(skipped=skipped)] if skipped else []
    if partial:
        extras.append(translate("Stats", "{partial} part way").format(partial=partial))
    return translate("Stats", ", ").join([translate("Stats", OUTCOME_WORDS[ended]), *extras])


OUTCOME_WORDS: Final = {
    Outcome.COMPLETED: QT_TRANSLATE_NOOP("Stats", "completed"),
    Outcome.STOPPED: QT_TRANSLATE_NOOP("Stats", "stopped"),
    Outcome.INTERRUPTED: QT_TRANSLATE_NOOP("Stats", "interrupted"),
}
"""How a session ended, in words (the log keeps the :class:`Outcome` values)."""


def session_outcome_text(session: SessionRecord) -> str:
    """:func:`outcome_text` for a logged session, marked when it was one exercise alone or
    a practice run: "completed (Knee pats only)", "completed (practice at 20× speed)"."""
    from homestretch.core.formatting import practice_text, single_exercise_text

    ended = outcome_text(session.ended, len(session.skipped), len(session.partial))
    return " ".join(t for t in (ended, single_exercise_text(session), practice_text(session)) if t)


def session_day(session: SessionRecord) -> date:
    """The patient's local day when the session started: the one rule for the calendar,
    streaks, adherence, filters and the dates the table and the report show."""
    if session.local_date is not None:
        return session.local_date
    return session.local_start.date()


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
    one_day = timedelta(days=1)
    for day in ordered:
        run = run + 1 if previous is not None and day - previous == one_day else 1
        best = max(best, run)
        previous = day
    return best


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def per_day(per_week: int) -> int:
    """The most sessions a day counts for a routine of ``per_week`` sessions a week:
    7 a week is once a day, 14 twice, 3 once (``ceil(per_week / 7)``)."""
    return max(1, -(-per_week // 7))


def counted_in(days: Mapping[date, int], since: date, until: date, per_week: int) -> int:
    """Sessions that count from ``since`` to ``until``, each day at most :func:`per_day`."""
    cap = per_day(per_week)
    return sum(min(n, cap) for day, n in days.items() if since <= day <= until)


def prescribed_in(per_week: int, days: int) -> int:
    """Sessions prescribed over ``days`` days of a week: ``per_week * days / 7``, rounded.

    Halves round up, so a daily routine asks one session a day and a routine
    of three a week asks two over four days.
    """
    return (2 * per_week * days + 7) // 14


@dataclass(frozen=True)
class WeekAdherence:
    week_start: date
    done: int
    prescribed: int
    days: int = 7
    """The week's days inside the period: fewer for a first, last or current week."""

    @property
    def ratio(self) -> float:
        return min(1.0, self.done / self.prescribed) if self.prescribed else 0.0


def weekly_adherence(
    days: Mapping[date, int], since: date, until: date, per_week: int
) -> list[WeekAdherence]:
    """One entry per week from the week of ``since`` to the week of ``until``.

    Only the days from ``since`` to ``until`` count, each at most
    :func:`per_day` sessions, and a week that lies
    partly outside them is prescribed its share of the week's sessions (see
    :func:`prescribed_in`): a report from a Thursday, or a week still in
    progress, asks only for the days it covers. Linear in days and weeks.
    """
    done: Counter[date] = Counter()
    cap = per_day(per_week)
    back = [timedelta(days=k) for k in range(7)]  # to the Monday (week_start), per weekday
    for day, n in days.items():
        if since <= day <= until:
            done[day - back[day.weekday()]] += min(n, cap)
    weeks: list[WeekAdherence] = []
    start = week_start(since)
    while start <= until:
        covered = (min(until, start + timedelta(days=6)) - max(since, start)).days + 1
        weeks.append(WeekAdherence(start, done[start], prescribed_in(per_week, covered), covered))
        start += timedelta(days=7)
    return weeks


def overall_adherence(weeks: Sequence[WeekAdherence]) -> float:
    """Capped sessions done over sessions prescribed, across whole weeks."""
    prescribed = sum(w.prescribed for w in weeks)
    done = sum(min(w.done, w.prescribed) for w in weeks)
    return done / prescribed if prescribed else 0.0


class PeriodError(ValueError):
    """A period that cannot be reported; the message says why in plain words."""


@dataclass(frozen=True)
class Period:
    """The days a report or a figure covers, after :func:`period` fitted them to the log."""

    since: date
    until: date
    asked_since: date
    """The start asked for; :attr:`since` is later when that was before the first session."""
    first_session: date | None
    """The day of the first logged session (None: nothing logged yet)."""

    @property
    def from_first_session(self) -> bool:
        """True when the period was moved to start at the first session."""
        return self.since > self.asked_since

    @property
    def days(self) -> int:
        return (self.until - self.since).days + 1


def period(since: date, until: date, *, first_session: date | None, today: date) -> Period:
    """The period from ``since`` to ``until`` that the figures can truthfully cover.

    It starts no earlier than ``first_session`` (no session was prescribed
    before the patient began) and ends no later than ``today`` (none is due
    yet after it).

    Raises:
        PeriodError: ``since`` is after ``today``, ``until`` before ``since``, or
            the period ends before the first session.
    """
    if since > today:
        raise PeriodError(
            translate(
                "ReportProblems",
                "the period starts on {since}, which is in the future (today is {today}); "
                "choose a start up to today",
            ).format(since=since.isoformat(), today=today.isoformat())
        )
    if until < since:
        raise PeriodError(
            translate(
                "ReportProblems", "the period ends ({until}) before it starts ({since})"
            ).format(until=until.isoformat(), since=since.isoformat())
        )
    end = min(until, today)
    if first_session is None:
        raise PeriodError(
            translate("ReportProblems", "no sessions are logged yet, so there is nothing to report")
        )
    start = max(since, first_session)
    if start > end:
        raise PeriodError(
            translate(
                "ReportProblems",
                "no sessions were logged from {since} to {end}: the first session was on {start}",
            ).format(since=since.isoformat(), end=end.isoformat(), start=start.isoformat())
        )
    return Period(start, end, since, first_session)


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


def pain_summary(points: Sequence[PainPoint], *, first_capital: bool = False) -> str:
    """The ratings before and after sessions, in words: their average, count, first and last
    (the report's summary, and what a screen reader hears of the history page's chart).

    ``first_capital``: the summary starts a sentence ("Before sessions: ...; after ...")."""
    befores = [p.before for p in points if p.before is not None]
    afters = [p.after for p in points if p.after is not None]
    parts = []
    if befores:
        count = len(befores)
        if first_capital:
            pattern = translate(
                "Stats",
                "Before sessions: average {mean} over %n rating(s), first {first}, last {last}",
                "",
                count,
            )
        else:
            pattern = translate(
                "Stats",
                "before sessions: average {mean} over %n rating(s), first {first}, last {last}",
                "",
                count,
            )
        parts.append(
            pattern.format(mean=decimal(sum(befores) / count), first=befores[0], last=befores[-1])
        )
    if afters:
        count = len(afters)
        if first_capital and not parts:
            pattern = translate(
                "Stats",
                "After sessions: average {mean} over %n rating(s), first {first}, last {last}",
                "",
                count,
            )
        else:
            pattern = translate(
                "Stats",
                "after sessions: average {mean} over %n rating(s), first {first}, last {last}",
                "",
                count,
            )
        parts.append(
            pattern.format(mean=decimal(sum(afters) / count), first=afters[0], last=afters[-1])
        )
    if not parts:
        if first_capital:
            return translate("Stats", "No ratings in this period")
        return translate("Stats", "no ratings in this period")
    return translate("Stats", "; ", "between the items of a list").join(parts)


MARKERS_UP_TO: Final = 150
"""Draw a dot for each point when a line has at most this many; beyond, lines only."""
EVERY_RATING_UP_TO: Final = 400
"""Up to this many rated sessions (a year of daily ones) each is drawn; beyond, weekly means."""


def weekly_means(ratings: Iterable[tuple[datetime, int]]) -> list[tuple[float, float]]:
    """Per local Monday-to-Sunday week with ratings: (its Thursday noon in ms, the mean rating)."""
    means: list[tuple[float, float]] = []
    week_end = float("-inf")
    middle = 0.0
    total = count = 0
    # In time order, the calendar is consulted once a week rather than once a rating.
    for stamp, rating in sorted((when.timestamp(), rating) for when, rating in ratings):
        if stamp >= week_end:
            if count:
                means.append((middle, total / count))
            monday = week_start(datetime.fromtimestamp(stamp).date())
            week_end = datetime.combine(monday + timedelta(days=7), time()).timestamp()
            middle = datetime.combine(monday + timedelta(days=3), time(12)).timestamp() * 1000
            total = count = 0
        total += rating
        count += 1
    if count:
        means.append((middle, total / count))
    return means


@dataclass(frozen=True)
class ExerciseRate:
    exercise_id: str
    name: str
    completed: int
    skipped: int
    partial: int = 0
    """Times it was cut short by Stop (:attr:`ExerciseStatus.PARTIAL`)."""

    @property
    def rate(self) -> float:
        total = self.completed + self.skipped + self.partial
        return self.completed / total if total else 0.0


def exercise_rates(sessions: Iterable[SessionRecord]) -> list[ExerciseRate]:
    """Per exercise id: how often it was completed, skipped and stopped part way.

    Named as in the newest session, in the order of
    :func:`~homestretch.core.history.order_totals` (by the routine it was
    first done in, then by place). :func:`rates_of_totals` gives the same list
    from :meth:`HistoryLog.exercise_totals`.
    """
    completed: Counter[str] = Counter()
    skipped: Counter[str] = Counter()
    partial: Counter[str] = Counter()
    position: dict[str, int] = {}
    first: dict[str, tuple[datetime, str]] = {}
    newest: dict[str, tuple[datetime, str]] = {}
    for s in sessions:
        for e in s.exercises:
            key = e.exercise_id
            position[key] = min(position.get(key, e.position), e.position)
            first[key] = min(
                first.get(key, (s.started_at, s.routine_name)), (s.started_at, s.routine_name)
            )
            newest[key] = max(
                newest.get(key, (s.started_at, e.exercise_name)), (s.started_at, e.exercise_name)
            )
            if e.status is ExerciseStatus.COMPLETED:
                completed[key] += 1
            elif e.status is ExerciseStatus.PARTIAL:
                partial[key] += 1
            else:
                skipped[key] += 1
    totals = (
        ExerciseTotal(
            key,
            newest[key][1],
            position[key],
            *first[key],
            completed[key],
            skipped[key],
            partial[key],
        )
        for key in position
    )
    return rates_of_totals(order_totals(totals))


def rates_of_totals(totals: Iterable[ExerciseTotal]) -> list[ExerciseRate]:
    """:func:`exercise_rates` from counts the log summed up (same order and names)."""
    return [ExerciseRate(t.exercise_id, t.name, t.completed, t.skipped, t.partial) for t in totals]
