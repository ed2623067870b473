"""What the physiotherapist's report says: a period of the session log as document blocks.

:func:`gather` reads the period's sessions and works its figures out with
:mod:`homestretch.core.stats` (the same definitions as the history page);
:func:`report_document` turns them into :mod:`~homestretch.documents.blocks`
(headings, text, tables, the calendar, the pain and completion charts);
:func:`write_report` renders them with :mod:`~homestretch.documents.render`
and writes the PDF atomically. No Qt anywhere: the command line and a worker
thread of the window both use this module.

Every sentence, heading and label goes through :func:`homestretch.core.i18n.translate`
(context "Report"), whole, with named placeholders: the window's report is in the
interface language, the command line's in English.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Final

from homestretch import APP_NAME, __version__
from homestretch.core import stats
from homestretch.core.checkin import ANCHORS, describe_areas, shown, stop_detail
from homestretch.core.dates import (
    day_and_month,
    long_date,
    month_and_year,
    percent,
    short_date,
    short_day,
)
from homestretch.core.events import EventKind
from homestretch.core.formatting import format_clock
from homestretch.core.history import HistoryLog, LoggedEvent, SessionRecord
from homestretch.core.i18n import QT_TRANSLATE_NOOP, translate
from homestretch.core.player import Outcome
from homestretch.documents import pdf, styles
from homestretch.documents.blocks import (
    Align,
    Bar,
    BarChart,
    Block,
    Calendar,
    CalendarMonth,
    Column,
    Document,
    Group,
    Heading,
    LineChart,
    Row,
    Series,
    Style,
    Table,
    Text,
)
from homestretch.documents.render import Progress, render_document

PAIN_TITLE: Final = QT_TRANSLATE_NOOP("Report", "Pain before and after")
PAIN_TITLE_AVERAGED: Final = QT_TRANSLATE_NOOP("Report", "Pain before and after (weekly average)")
COMPLETION_TITLE: Final = QT_TRANSLATE_NOOP(
    "Report", "Share of sessions in which each exercise was completed"
)
MARKER_PT: Final = (5.0, 3.0)
"""Dots of the before and the after line: the after dot, drawn on top, is the smaller, so an
unchanged rating shows as a teal dot in an orange ring (as on the history page)."""
LINE_PT: Final = ((1.6, 0.8), (1.1, 0.6))
"""Widths of the before and the after line, with dots and without."""
MAX_DATE_TICKS: Final = 7
DAY_STEPS: Final = (1, 2, 3, 4, 5, 7, 14, 21, 28)
"""Days between date labels on a short chart, the fewest that give at most
:data:`MAX_DATE_TICKS` labels."""
MONTH_STEPS: Final = (1, 2, 3, 4, 6, 12, 24, 36, 60, 120)
"""Months between labels on a long chart."""
LONG_CHART_DAYS: Final = 150
"""Charts over more days than this are labelled with months ("Mar 2026"), not days."""


# --------------------------------------------------------------------------- the figures


@dataclass(frozen=True)
class RoutineUse:
    name: str
    sessions: int
    per_week: int


@dataclass(frozen=True)
class ReportData:
    """Everything the report shows, computed from the log."""

    since: date
    until: date
    today: date
    sessions: list[SessionRecord]
    """Oldest first."""
    asked_since: date
    """The start asked for: :attr:`since` is the first session's day when that came later."""
    routines: list[RoutineUse]
    """Most recently used first."""
    per_week: int
    """Sessions a week prescribed by the most recently used routine (adherence is measured
    against it)."""
    days: Counter[date]
    weeks: list[stats.WeekAdherence]
    overall: float
    pain: list[stats.PainPoint]
    rates: list[stats.ExerciseRate]
    stop_events: list[tuple[SessionRecord, LoggedEvent]]

    @property
    def counted(self) -> int:
        return sum(self.days.values())


def gather(log: HistoryLog, since: date, until: date, *, today: date) -> ReportData:
    """Read the period ``since``..``until`` (local days, inclusive) and compute its figures.

    The period starts no earlier than the first logged session and ends no
    later than ``today`` (see :func:`stats.period`).

    Raises:
        stats.PeriodError: the period starts after today, ends before it
            starts or before the first session.
        HistoryError: the log cannot be read.
    """
    asked_since = since
    fitted = stats.period(since, until, first_session=log.first_day(), today=today)
    since, until = fitted.since, fitted.until
    newest_first = log.sessions(since=since, until=until)
    sessions = newest_first[::-1]
    uses: Counter[str] = Counter(s.routine_name for s in sessions)
    per_week_of: dict[str, int] = {}
    for s in newest_first:
        per_week_of.setdefault(s.routine_name, s.sessions_per_week)
    routines = [RoutineUse(name, uses[name], per_week_of[name]) for name in per_week_of]
    per_week = newest_first[0].sessions_per_week if newest_first else 7
    days = stats.exercised_days(sessions)
    weeks = stats.weekly_adherence(days, since, until, per_week)
    return ReportData(
        since=since,
        until=until,
        today=today,
        sessions=sessions,
        asked_since=asked_since,
        routines=routines,
        per_week=per_week,
        days=days,
        weeks=weeks,
        overall=stats.overall_adherence(weeks),
        pain=stats.pain_series(sessions),
        # (the same list as stats.exercise_rates(sessions), summed up by SQLite)
        rates=stats.rates_of_totals(log.exercise_totals(since=since, until=until)),
        stop_events=[(s, e) for s in sessions for e in s.events if e.kind == EventKind.STOP_RULE],
    )


def period_text(since: date, until: date) -> str:
    """``2 March 2026 to 15 March 2026 (14 days)``."""
    days = (until - since).days + 1
    return translate("Report", "{since} to {until} (%n day(s))", "", days).format(
        since=long_date(since), until=long_date(until)
    )


def _days(count: int) -> str:
    """``%n day(s)`` on its own, where a sentence holds two counts (a message has one ``%n``)."""
    return translate("Report", "%n day(s)", "", count)


def report_file_name(since: date, until: date) -> str:
    """``homestretch-report-2026-03-02-to-2026-03-31.pdf``."""
    return f"homestretch-report-{since.isoformat()}-to-{until.isoformat()}.pdf"


# --------------------------------------------------------------------------- the sections


def _title(data: ReportData) -> list[Block]:
    period = period_text(data.since, data.until)
    if data.since > data.asked_since:
        period_line = translate(
            "Report", "Period: {period}, from the first session on {first}"
        ).format(period=period, first=long_date(data.since))
    else:
        period_line = translate("Report", "Period: {period}").format(period=period)
    blocks: list[Block] = [
        Text(translate("Report", "{app} exercise report").format(app=APP_NAME), Style.TITLE),
        Text(period_line, Style.BOLD),
    ]
    if data.routines:
        uses = []
        for r in data.routines:
            sessions = r.sessions
            uses.append(
                translate(
                    "Report",
                    "{routine} (%n session(s), {per_week} a week prescribed)",
                    "",
                    sessions,
                ).format(routine=r.name, per_week=r.per_week)
            )
        names = translate("Report", "; ", "between the items of a list").join(uses)
        if len(data.routines) == 1:
            line = translate("Report", "Routine: {routines}")
        else:
            line = translate("Report", "Routines: {routines}")
        blocks.append(Text(line.format(routines=names)))
    blocks.append(
        Text(
            translate(
                "Report",
                "Prepared on {day} by {app} {version} from the session log kept on the "
                "patient's computer. Days are the patient's local calendar days.",
            ).format(day=long_date(data.today), app=APP_NAME, version=__version__),
            Style.SMALL,
        )
    )
    return blocks


def _summary(data: ReportData) -> list[Block]:
    blocks: list[Block] = [Heading(translate("Report", "Adherence"))]
    sessions = data.sessions
    if not sessions:
        blocks.append(
            Text(translate("Report", "No sessions were logged in this period."), Style.BOLD)
        )
        return blocks
    outcomes = Counter(s.ended for s in sessions)
    skipping = sum(1 for s in sessions if s.ended is Outcome.COMPLETED and s.skipped)
    per_day = stats.per_day(data.per_week)
    prescribed = sum(w.prescribed for w in data.weeks)
    done_capped = sum(min(w.done, w.prescribed) for w in data.weeks)
    period_days = (data.until - data.since).days + 1
    exercised = sum(1 for d in data.days if data.since <= d <= data.until)
    reference = min(data.today, data.until)
    weeks = len(data.weeks)
    if any(w.days < 7 for w in data.weeks):
        adherence = translate(
            "Report",
            "{adherence}: {done} of {prescribed} prescribed sessions ({per_week} a week over "
            "%n week(s), a partial week its share; each week counts up to its prescription)",
            "",
            weeks,
        )
    else:
        adherence = translate(
            "Report",
            "{adherence}: {done} of {prescribed} prescribed sessions ({per_week} a week over "
            "%n week(s); each week counts up to its prescription)",
            "",
            weeks,
        )
    stops = len(data.stop_events)
    rows = [
        (
            translate("Report", "Overall adherence"),
            adherence.format(
                adherence=percent(data.overall),
                done=done_capped,
                prescribed=prescribed,
                per_week=data.per_week,
            ),
        ),
        (
            translate("Report", "Sessions"),
            translate(
                "Report",
                "{logged} logged: {completed} completed, {skipping} finished with exercises "
                "skipped, {stopped} stopped early, {interrupted} interrupted; {counted} with at "
                "least one exercise completed (these count, at most %n session(s) a day)",
                "",
                per_day,
            ).format(
                logged=len(sessions),
                completed=outcomes[Outcome.COMPLETED] - skipping,
                skipping=skipping,
                stopped=outcomes[Outcome.STOPPED],
                interrupted=outcomes[Outcome.INTERRUPTED],
                counted=data.counted,
            ),
        ),
        (
            translate("Report", "Days exercised"),
            translate(
                "Report",
                "{exercised} of {days}; longest run {longest}; current run {current} (on {day})",
            ).format(
                exercised=exercised,
                days=period_days,
                longest=_days(stats.longest_streak(data.days)),
                current=_days(stats.current_streak(data.days, reference)),
                day=long_date(reference),
            ),
        ),
        (translate("Report", "Pain (0-10)"), stats.pain_summary(data.pain)),
        (
            translate("Report", "Stop-rule warnings"),
            translate("Report", "{count} (listed below)").format(count=stops)
            if stops
            else str(stops),
        ),
    ]
    blocks.append(
        Table(
            (Column("", 0.22, wrap=True), Column("", 0.78, wrap=True)),
            rows,
            header=False,
            bold_first=True,
        )
    )
    return blocks


def _weeks(data: ReportData) -> list[Block]:
    if not data.sessions:
        return []
    rows = []
    partial = False
    for w in data.weeks:
        first = max(w.week_start, data.since)
        last = min(w.week_start + timedelta(days=6), data.until)
        whole = (first, last) == (w.week_start, w.week_start + timedelta(days=6))
        partial = partial or not whole
        rows.append(
            (
                (
                    translate("Report", "{first} to {last}")
                    if whole
                    else translate("Report", "{first} to {last} *", "a partial week")
                ).format(first=short_date(first), last=short_date(last)),
                str(w.done),
                str(w.prescribed),
                percent(w.ratio),
            )
        )
    blocks: list[Block] = [
        Heading(translate("Report", "Week by week")),
        Table(
            (
                Column(translate("Report", "Week (Monday to Sunday)"), 0.48),
                Column(translate("Report", "Sessions that count"), 0.17, Align.RIGHT),
                Column(translate("Report", "Prescribed"), 0.15, Align.RIGHT),
                Column(translate("Report", "Adherence"), 0.2, Align.RIGHT),
            ),
            rows,
            width=0.86,
        ),
    ]
    if partial:
        blocks.append(
            Text(
                translate(
                    "Report",
                    "* Part of the week lies outside the period: it is prescribed its share of "
                    "the week's sessions, rounded.",
                ),
                Style.SMALL,
            )
        )
    return blocks


def _months(since: date, until: date) -> list[CalendarMonth]:
    months = []
    year, month = since.year, since.month
    while (year, month) <= (until.year, until.month):
        months.append(CalendarMonth(year, month, month_and_year(year, month)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _calendar(data: ReportData) -> list[Block]:
    counts = {day: n for day, n in data.days.items() if data.since <= day <= data.until}
    return [
        Heading(translate("Report", "Calendar")),
        Text(
            translate(
                "Report",
                "A green day had at least one session that counts (at least one exercise "
                "completed); the small figure is how many. Days in grey are outside the period.",
            ),
            Style.SMALL,
        ),
        Calendar(
            months=_months(data.since, data.until),
            counts=counts,
            since=data.since,
            until=data.until,
            day_names=tuple(
                short_day(date(2026, 3, 2) + timedelta(days=k))[:2] for k in range(7)
            ),  # (2 March 2026 is a Monday)
        ),
    ]


def _day_number(moment: datetime) -> float:
    """A moment as days since the epoch, for a chart's x axis (its local time's day)."""
    return moment.timestamp() / 86400


def _midnight(day: date) -> float:
    return _day_number(datetime.combine(day, time()).astimezone())


def date_ticks(
    first: datetime, last: datetime
) -> tuple[tuple[float, float], list[tuple[float, str]]]:
    """The x range of a chart from ``first`` to ``last`` and its date labels: at most
    :data:`MAX_DATE_TICKS`, on local midnights ("2 Mar") or, over
    :data:`LONG_CHART_DAYS` days, on the first of months ("Mar 2026")."""
    first_day = first.astimezone().date()
    last_day = last.astimezone().date()
    span = (last_day - first_day).days
    if span <= LONG_CHART_DAYS:
        if span < 6:  # a few days: some room on either side, whole days
            pad = (6 - span) // 2 + 1
            start, end = first_day - timedelta(days=pad), last_day + timedelta(days=pad)
        else:
            start, end = first_day, last_day + timedelta(days=1)
        days = (end - start).days
        step = next((s for s in DAY_STEPS if days // s + 1 <= MAX_DATE_TICKS), DAY_STEPS[-1])
        ticks = []
        day = start
        while day <= end:
            ticks.append((_midnight(day), day_and_month(day)))
            day += timedelta(days=step)
        return (_midnight(start), _midnight(end)), ticks
    months = (last_day.year - first_day.year) * 12 + last_day.month - first_day.month + 1
    step = next((s for s in MONTH_STEPS if months // s + 1 <= MAX_DATE_TICKS), MONTH_STEPS[-1])
    start = date(first_day.year, first_day.month, 1)
    end_month = date(last_day.year, last_day.month, 1)
    end = (end_month + timedelta(days=32)).replace(day=1)
    ticks = []
    index = start.year * 12 + start.month - 1
    index = -(-index // step) * step  # the first multiple of the step (Jan, Apr, Jul, Oct...)
    while True:
        year, month = divmod(index, 12)
        day = date(year, month + 1, 1)
        if day > end:
            break
        ticks.append((_midnight(day), month_and_year(day.year, day.month, short=True)))
        index += step
    return (_midnight(start), _midnight(end)), ticks


def pain_chart(points: Sequence[stats.PainPoint]) -> LineChart:
    """Pain ratings over time, before and after sessions; over
    :data:`stats.EVERY_RATING_UP_TO` ratings, each week's mean (the title says so)."""
    averaged = len(points) > stats.EVERY_RATING_UP_TO
    befores = [(p.when, p.before) for p in points if p.before is not None]
    afters = [(p.when, p.after) for p in points if p.after is not None]
    lines: list[list[tuple[float, float]]] = []
    for ratings in (befores, afters):
        if averaged:
            lines.append([(ms / 86_400_000, mean) for ms, mean in stats.weekly_means(ratings)])
        else:
            lines.append([(_day_number(when), float(rating)) for when, rating in ratings])
    markers = max(len(line) for line in lines) <= stats.MARKERS_UP_TO
    widths = LINE_PT[0 if markers else 1]
    series = [
        Series(name, colour, line, markers, size, width)
        for name, colour, line, size, width in zip(
            (
                translate("Report", "Before the session"),
                translate("Report", "After the session"),
            ),
            (styles.PAIN_BEFORE, styles.PAIN_AFTER),
            lines,
            MARKER_PT,
            widths,
            strict=True,
        )
    ]
    x_range, x_ticks = date_ticks(points[0].when, points[-1].when)
    return LineChart(
        title=translate("Report", PAIN_TITLE_AVERAGED if averaged else PAIN_TITLE),
        series=series,
        x_range=x_range,
        x_ticks=x_ticks,
        y_range=(-0.5, 10.5),
        y_ticks=[(float(value), f"{value}  {shown(word)}") for value, word in ANCHORS.items()],
        y_title=translate("Report", "Pain (0–10)"),
    )


def _charts(data: ReportData) -> list[Block]:
    blocks: list[Block] = [Heading(translate("Report", "Pain trend"))]
    if data.pain:
        blocks += [
            pain_chart(data.pain),
            Text(
                translate(
                    "Report",
                    "Pain on a scale of 0 (none) to 10 (worst imaginable), rated by the patient "
                    "before and after sessions. {summary}.",
                ).format(summary=stats.pain_summary(data.pain, first_capital=True)),
                Style.SMALL,
            ),
        ]
    else:
        blocks.append(Text(translate("Report", "No pain ratings were recorded in this period.")))
    blocks.append(Heading(translate("Report", "Exercises completed")))
    if not data.rates:
        blocks.append(Text(translate("Report", "No exercises were recorded in this period.")))
        return blocks
    blocks.append(
        BarChart(
            translate("Report", COMPLETION_TITLE),
            [Bar(r.name, round(r.rate * 100)) for r in data.rates],
            percent=translate("Dates", "{value} %", "a percentage"),
        )
    )
    rows = [
        (r.name, str(r.completed), str(r.skipped), str(r.partial), percent(r.rate))
        for r in data.rates
    ]
    blocks.append(
        Table(
            (
                Column(translate("Report", "Exercise"), 0.42, wrap=True),
                Column(translate("Report", "Completed"), 0.13, Align.RIGHT),
                Column(translate("Report", "Skipped"), 0.15, Align.RIGHT),
                Column(translate("Report", "Stopped part way"), 0.15, Align.RIGHT, wrap=True),
                Column(translate("Report", "Completed share"), 0.15, Align.RIGHT, wrap=True),
            ),
            rows,
        )
    )
    return blocks


def _when(session: SessionRecord, at: datetime | None = None) -> str:
    """``Mon 2 Mar 2026 08:05``: the session's local day; the time of ``at`` or its start,
    both on the patient's clock where the session was done."""
    day = stats.session_day(session)
    clock = session.local(at or session.started_at)
    return translate("Report", "{day} {time}", "a day and a time of day").format(
        day=short_date(day), time=f"{clock.hour:02d}:{clock.minute:02d}"
    )


def _stop_events(data: ReportData) -> list[Block]:
    blocks: list[Block] = [Heading(translate("Report", "Stop-rule warnings"))]
    if not data.stop_events:
        blocks.append(
            Text(translate("Report", "The routine's stop rule did not fire in this period."))
        )
        return blocks
    blocks.append(
        Text(
            translate(
                "Report",
                "The routine's stop rule fired: the patient was told to stop and contact you.",
            ),
            Style.WARNING,
        )
    )
    rows = [(_when(s, e.at), s.routine_name, stop_detail(e.detail)) for s, e in data.stop_events]
    blocks.append(
        Table(
            (
                Column(translate("Report", "When"), 0.24, wrap=True),
                Column(translate("Report", "Routine"), 0.26, wrap=True),
                Column(translate("Report", "What happened"), 0.5, wrap=True),
            ),
            rows,
        )
    )
    return blocks


def planned_exercises(session: SessionRecord) -> int:
    """How many exercises the session's routine had (its snapshot), at least as many as logged."""
    planned = session.snapshot.get("exercises")
    return max(len(planned) if isinstance(planned, list) else 0, len(session.exercises))


def _rating(rating: int | None) -> str:
    return "" if rating is None else str(rating)


def note_cell(session: SessionRecord) -> str:
    """The note, where it hurt (the pain check-ins' body areas), and any exercise
    stopped part way with the time done."""
    parts = [session.note] if session.note else []
    separator = translate("Report", ", ", "between the body areas of a list")
    before = describe_areas(session.areas_before, separator, translated=True)
    after = describe_areas(session.areas_after, separator, translated=True)
    if before and after:
        parts.append(
            translate("Report", "Where it hurt before: {before}; after: {after}.").format(
                before=before, after=after
            )
        )
    elif before:
        parts.append(translate("Report", "Where it hurt before: {before}.").format(before=before))
    elif after:
        parts.append(translate("Report", "Where it hurt after: {after}.").format(after=after))
    for e in session.partial:
        parts.append(
            translate("Report", "Stopped part way through {exercise}: {done} of {planned}.").format(
                exercise=e.exercise_name,
                done=format_clock(e.done_seconds),
                planned=format_clock(e.planned_seconds),
            )
        )
    return "\n".join(parts)


def _sessions(data: ReportData) -> list[Block]:
    blocks: list[Block] = [Heading(translate("Report", "Sessions and notes"))]
    if not data.sessions:
        blocks.append(Text(translate("Report", "No sessions were logged in this period.")))
        return blocks
    several = len(data.routines) > 1
    columns = [Column(translate("Report", "Day, time"), 0.145)]
    if several:
        columns.append(Column(translate("Report", "Routine"), 0.17, wrap=True))
    columns += [
        Column(translate("Report", "Ended"), 0.14 if several else 0.16, wrap=True),
        Column(translate("Report", "Exercises done"), 0.11, Align.RIGHT),
        Column(translate("Report", "Pain before"), 0.08, Align.RIGHT),
        Column(translate("Report", "Pain after"), 0.07, Align.RIGHT),
    ]
    columns.append(
        Column(translate("Report", "Note"), 1.0 - sum(c.share for c in columns), wrap=True)
    )
    rows: list[Row | Group] = []
    month: tuple[int, int] | None = None
    for s in data.sessions:
        day = stats.session_day(s)
        if (day.year, day.month) != month:
            month = (day.year, day.month)
            rows.append(Group(month_and_year(day.year, day.month)))
        clock = s.local_start
        row = [
            translate("Report", "{weekday} {day}, {time}", "a day of the month and a time").format(
                weekday=short_day(day), day=day.day, time=f"{clock.hour:02d}:{clock.minute:02d}"
            )
        ]
        if several:
            row.append(s.routine_name)
        row += [
            stats.session_outcome_text(s),
            translate("Report", "{done} of {planned}", "exercises done of those planned").format(
                done=len(s.completed), planned=planned_exercises(s)
            ),
            _rating(s.pain_before),
            _rating(s.pain_after),
            note_cell(s),
        ]
        rows.append(row)
    blocks.append(Table(columns, rows))
    return blocks


def report_document(data: ReportData) -> Document:
    """The whole report as document blocks."""
    blocks: list[Block] = [
        *_title(data),
        *_summary(data),
        *_weeks(data),
        *_calendar(data),
        *_charts(data),
        *_stop_events(data),
        *_sessions(data),
    ]
    return Document(
        title=translate("Report", "{app} exercise report, {period}").format(
            app=APP_NAME, period=period_text(data.since, data.until)
        ),
        footer=translate("Report", "{app} report, {since} to {until}").format(
            app=APP_NAME, since=long_date(data.since), until=long_date(data.until)
        ),
        blocks=blocks,
        subject=translate(
            "Report", "Home exercise sessions, adherence and pain, for the physiotherapist"
        ),
        page_of=translate("Report", "page {page} of {pages}"),
        continued=translate("Report", "{title} (continued)", "a month's rows going on"),
    )


def write_report(
    log: HistoryLog,
    since: date,
    until: date,
    output: Path,
    *,
    today: date,
    progress: Progress | None = None,
) -> Path:
    """Write the PDF report of ``since``..``until`` (local days, inclusive) to ``output``.

    Needs no display and no Qt; safe to call from a worker thread (with a log
    opened in that thread).

    Args:
        progress: told how far the report is, from 0 to 1.

    Raises:
        OSError: ``output`` cannot be written (nothing is left behind).
        HistoryError: the log cannot be read.
        stats.PeriodError: the period cannot be reported.
        FontError: no font for the PDF is installed.
    """
    tell = progress or (lambda fraction: None)
    tell(0.0)
    data = gather(log, since, until, today=today)
    tell(0.1)
    content = render_document(
        report_document(data),
        styles.text_styles(styles.REPORT_BODY_PT),
        progress=lambda fraction: tell(0.1 + 0.85 * fraction),
    )
    pdf.write(output, content)
    tell(1.0)
    return output
