"""The history page, on sessions written through the real session log."""

from __future__ import annotations

import json
import os
import random
import sqlite3
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QDateTimeAxis, QHorizontalBarSeries, QLineSeries
from PySide6.QtCore import QDate, QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QToolTip,
    QWidget,
)
from pytestqt.qtbot import QtBot

from homestretch.core.history import HistoryError, HistoryLog
from homestretch.core.paths import BUNDLED_ROUTINE
from homestretch.core.player import ExerciseStatus, Outcome
from homestretch.core.routine import load_routine
from homestretch.core.stats import (
    EVERY_RATING_UP_TO,
    PainPoint,
    exercise_rates,
    exercised_days,
    overall_adherence,
    pain_series,
    weekly_adherence,
)
from homestretch.core.timeline import Timeline, build_timeline
from homestretch.ui.charts import completion_chart, pain_chart
from homestretch.ui.history_view import EXERCISED_COLOUR, HistoryView
from tests.helpers import Wall, routine_from_text
from tests.ui.chart_images import render_chart

TIMELINE = build_timeline(load_routine(BUNDLED_ROUTINE))
EVENING = build_timeline(
    routine_from_text(
        """schema: 1
name: Evening stretches
sessions_per_week: 3
exercises:
  - id: pats
    name: Pats
    position: sitting
    summary: Pat your knees.
    steps: [Pat]
    sides: both
    work: {seconds: 6, say: Pat}
  - id: reach
    name: Reach
    position: standing
    summary: Reach up.
    steps: [Reach]
    sides: both
    work: {seconds: 6, say: Reach}
"""
    )
)
TODAY = date(2026, 3, 20)  # a Friday
Screenshot = Callable[[QWidget, str], Path]
RAISE_UNSUPPORTED = "This plugin does not support raise"  # a tooltip on the offscreen platform
C, S = ExerciseStatus.COMPLETED, ExerciseStatus.SKIPPED


@pytest.fixture(autouse=True)
def utc_zone() -> Iterator[None]:
    """Local time is UTC here, so local days and shown times do not depend on the machine."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    yield
    if old is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old
    time.tzset()


def add_session(
    log: HistoryLog,
    wall: Wall,
    start: datetime,
    statuses: list[ExerciseStatus] | None = None,
    *,
    timeline: Timeline = TIMELINE,
    pain: tuple[int | None, int | None] = (None, None),
    note: str = "",
    event: tuple[str, str] | None = None,
    outcome: Outcome = Outcome.COMPLETED,
) -> int:
    """Write one session as the app does: start, each exercise as it ends, the end, pain after."""
    exercises = timeline.routine.exercises
    statuses = [C] * len(exercises) if statuses is None else statuses
    wall.now = start
    session_id = log.start_session(timeline, pain_before=pain[0])
    done = 0.0
    for k, status in enumerate(statuses):
        wall.now += timedelta(seconds=90)
        spent = 90.0 if status is C else 20.0
        done += spent
        e = exercises[k]
        log.record_exercise(session_id, k, e.id, e.name, status, 90.0, spent, done)
        if event is not None and k == 1:
            log.add_event(session_id, *event)
    wall.now += timedelta(seconds=30)
    log.end_session(session_id, outcome, done)
    if pain[1] is not None:
        log.set_pain(session_id, "after", pain[1])
    if note:
        log.set_note(session_id, note)
    return session_id


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)


def three_months(log: HistoryLog, wall: Wall) -> None:
    """About 60 sessions from late December to today, pain easing over time."""
    rng = random.Random(7)
    day = TODAY - timedelta(days=88)
    k = 0
    while day <= TODAY:
        k += 1
        if rng.random() < 0.58 or day > TODAY - timedelta(days=4):
            trend = (day - (TODAY - timedelta(days=88))).days / 88
            before = max(0, min(10, round(6 - 3 * trend + rng.uniform(-1.5, 1.5))))
            after = max(0, before - rng.choice((0, 1, 1, 2, 3))) if rng.random() < 0.85 else None
            statuses = [C] * 7
            if rng.random() < 0.2:
                statuses[rng.choice((2, 4, 6))] = S
            note = rng.choice(("", "", "", "Stiff in the morning", "Leg felt better after"))
            add_session(log, wall, at(day, 7, 30), statuses, pain=(before, after), note=note)
        if k % 11 == 0:
            add_session(log, wall, at(day, 19, 15), [C, C], timeline=EVENING, pain=(4, 3))
        day += timedelta(days=1)


def make_view(qtbot: QtBot, log: HistoryLog, today: date = TODAY) -> HistoryView:
    view = HistoryView(log, lambda: today)
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.show()
    qtbot.waitExposed(view)
    QApplication.processEvents()  # the scroll area settles to the new size
    return view


def table_texts(view: HistoryView, column: int) -> list[str]:
    model = view.model
    return [str(model.data(model.index(row, column))) for row in range(model.rowCount())]


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]


def box_button(box: QMessageBox, text: str) -> QPushButton:
    return next(b for b in box.findChildren(QPushButton) if b.text() == text)


def pain_series_of(view: HistoryView) -> dict[str, QLineSeries]:
    series = view.pain_view.chart().series()
    return {s.name(): s for s in series if isinstance(s, QLineSeries)}


# -- the table


def test_table_shows_sessions_newest_first_with_counts_pain_notes_and_tooltips(
    qtbot: QtBot, log: HistoryLog, wall: Wall
) -> None:
    add_session(log, wall, at(date(2026, 3, 18), 8), pain=(6, 4), note="Felt fine")
    stopped = add_session(
        log,
        wall,
        at(date(2026, 3, 19), 8, 5),
        [C, S, C, S],
        pain=(7, None),
        event=("stop_rule", "pain rose from 5 to 7"),
        outcome=Outcome.STOPPED,
    )
    log.add_event(stopped, "pain", "6")  # a rating during the session, at 08:11
    log.set_pain(stopped, "before", 7, ("buttock_left", "thigh_back_left"))
    add_session(log, wall, at(date(2026, 3, 20), 18, 45), [C, C], timeline=EVENING)
    view = make_view(qtbot, log)
    model = view.model
    assert model.rowCount() == 3
    assert table_texts(view, model.DATE) == [
        "Fri 20 Mar 2026, 18:45",
        "Thu 19 Mar 2026, 08:05",
        "Wed 18 Mar 2026, 08:00",
    ]
    assert table_texts(view, model.ROUTINE) == [
        "Evening stretches",
        TIMELINE.routine.name,
        TIMELINE.routine.name,
    ]
    assert table_texts(view, model.DONE) == ["2 of 2", "2 of 7", "7 of 7"]
    assert table_texts(view, model.SKIPPED) == ["–", "2", "–"]
    assert table_texts(view, model.DURATION) == ["3:00", "3:40 (stopped)", "10:30"]
    assert table_texts(view, model.BEFORE) == ["–", "7", "6"]
    assert table_texts(view, model.AFTER) == ["–", "–", "4"]
    assert table_texts(view, model.NOTE) == ["", "⚠ stop rule", "Felt fine"]

    row = model.row_of(stopped)
    assert row == 1
    tip = model.data(model.index(row, model.SKIPPED), Qt.ItemDataRole.ToolTipRole)
    assert tip == "Skipped: Prone knee bends (prone-knee-bend), " + (
        f"{TIMELINE.routine.exercises[3].name} ({TIMELINE.routine.exercises[3].id})"
    )
    note_tip = model.data(model.index(row, model.NOTE), Qt.ItemDataRole.ToolTipRole)
    assert note_tip == (
        "⚠ 08:08 stop rule: pain rose from 5 to 7\n08:11 pain during the session: 6 (moderate)"
        "\nDouble-click or press F2 to edit the note."
    )
    pain_tip = model.data(model.index(row, model.BEFORE), Qt.ItemDataRole.ToolTipRole)
    assert pain_tip == "Pain before: 7 (severe)\nWhere: left buttock, back of the left thigh"
    after_tip = model.data(model.index(row, model.AFTER), Qt.ItemDataRole.ToolTipRole)
    assert after_tip == "Pain after: not rated"
    # Titles of narrow columns break at their last space, so the notes have room.
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert titles == [
        "Date and\ntime",
        "Routine",
        "Time\ndone",
        "Done",
        "Skipped",
        "Pain\nbefore",
        "Pain\nafter",
        "Note",
    ]


def test_a_note_is_written_or_changed_in_the_table(
    qtbot: QtBot, log: HistoryLog, wall: Wall, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_session(log, wall, at(date(2026, 3, 18), 8))
    add_session(log, wall, at(date(2026, 3, 19), 8), note="Stiff")
    view = make_view(qtbot, log)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    model = view.model
    empty_tip = model.data(model.index(1, model.NOTE), Qt.ItemDataRole.ToolTipRole)
    assert empty_tip == "Double-click or press F2 to write a note."
    assert not model.flags(model.index(0, model.DATE)) & Qt.ItemFlag.ItemIsEditable

    view.table.selectRow(0)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F2)  # type: ignore[no-untyped-call]
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    assert editor.text() == "Stiff"
    editor.selectAll()
    qtbot.keyClicks(editor, "Less stiff after the calf push")  # type: ignore[no-untyped-call]
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # type: ignore[no-untyped-call]
    # The delegate commits on the event loop.
    qtbot.waitUntil(lambda: table_texts(view, model.NOTE)[0] == "Less stiff after the calf push")
    assert table_texts(view, model.NOTE) == ["Less stiff after the calf push", ""]
    assert [s.note for s in log.sessions()] == ["Less stiff after the calf push", ""]

    # The log refuses: the note stays as it was and the page says why.
    def refuse(session_id: int, note: str) -> None:
        raise HistoryError("history.sqlite3: cannot write the session log: disk full")

    monkeypatch.setattr(log, "set_note", refuse)
    assert not model.setData(model.index(1, model.NOTE), "Tingling")
    assert table_texts(view, model.NOTE)[1] == ""
    assert view.notice.isVisible()
    assert "The note was not saved" in view.notice_text.text()
    assert "disk full" in view.notice_text.text()


def test_date_range_and_routine_filters_change_the_rows(
    qtbot: QtBot, log: HistoryLog, wall: Wall
) -> None:
    three_months(log, wall)
    view = make_view(qtbot, log)
    everything = log.sessions(with_exercises=False)
    assert view.model.rowCount() == len(everything) >= 60
    first_day = min(s.local_date for s in everything if s.local_date)
    assert (view.since, view.until) == (first_day, TODAY)

    with qtbot.waitSignal(view.refreshed) as refreshed:
        view.from_edit.setDate(QDate(2026, 2, 1))
    in_range = log.sessions(since=date(2026, 2, 1), until=TODAY, with_exercises=False)
    assert refreshed.args == [len(in_range)]
    assert view.model.rowCount() == len(in_range) < len(everything)
    with qtbot.waitSignal(view.refreshed):
        view.to_edit.setDate(QDate(2026, 2, 27))  # stepping through days: applied after a pause
        view.to_edit.setDate(QDate(2026, 2, 28))
    february = log.sessions(since=date(2026, 2, 1), until=date(2026, 2, 28), with_exercises=False)
    assert [view.model.session(r).id for r in range(view.model.rowCount())] == [
        s.id for s in february
    ]

    names = [view.routine_combo.itemText(i) for i in range(view.routine_combo.count())]
    assert names == ["All routines", "Evening stretches", TIMELINE.routine.name]
    view.routine_combo.setCurrentIndex(1)
    evening = log.sessions(
        since=date(2026, 2, 1),
        until=date(2026, 2, 28),
        routine="Evening stretches",
        with_exercises=False,
    )
    assert 0 < view.model.rowCount() == len(evening)
    assert set(table_texts(view, view.model.ROUTINE)) == {"Evening stretches"}
    assert view.routine == "Evening stretches"

    click(qtbot, view.last_30_button)
    assert (view.since, view.until) == (date(2026, 2, 19), TODAY)
    assert view.model.rowCount() == len(
        log.sessions(since=date(2026, 2, 19), routine="Evening stretches", with_exercises=False)
    )
    view.routine_combo.setCurrentIndex(0)
    assert view.routine is None

    assert view.since_button.menu() is view.since_menu
    view.since_calendar.clicked.emit(QDate(2026, 3, 9))
    assert (view.since, view.until) == (date(2026, 3, 9), TODAY)
    assert view.model.rowCount() == len(log.sessions(since=date(2026, 3, 9)))

    click(qtbot, view.all_button)
    assert view.model.rowCount() == len(everything)

    view.set_range(date(2025, 1, 1), date(2025, 1, 31))
    assert view.model.rowCount() == 0
    assert view.table_pages.currentWidget() is view.no_match
    assert view.no_match.text() == "No sessions in these dates"


def set_zone(posix: str) -> None:
    """This machine's time zone from now on (the autouse fixture restores it)."""
    os.environ["TZ"] = posix
    time.tzset()


UTC_PLUS_14, UTC_MINUS_11 = "<+14>-14", "<-11>11"


@pytest.mark.parametrize("viewer", ["UTC", UTC_MINUS_11, UTC_PLUS_14, "<+0530>-5:30"])
def test_the_table_shows_each_session_on_the_day_it_is_filtered_and_counted_by(
    qtbot: QtBot, log: HistoryLog, wall: Wall, viewer: str
) -> None:
    # The same UTC minute, recorded in UTC (the 19th) and in UTC+14 (already the 20th).
    set_zone("UTC")
    add_session(log, wall, at(date(2026, 3, 19), 20))
    set_zone(UTC_PLUS_14)
    add_session(log, wall, at(date(2026, 3, 19), 20))
    set_zone(viewer)  # the patient looks from somewhere else (under UTC-11 it was the 19th, 09:00)
    view = make_view(qtbot, log)
    shown = {
        "UTC": "Thu 19 Mar 2026, 20:00" + ("" if viewer == "UTC" else " (UTC)"),
        "+14": "Fri 20 Mar 2026, 10:00" + ("" if viewer == UTC_PLUS_14 else " (UTC+14)"),
    }
    assert table_texts(view, view.model.DATE) == [shown["+14"], shown["UTC"]]
    assert view.streak_label.text() == "Current streak: 2 days"
    view.set_range(date(2026, 3, 19), date(2026, 3, 19))
    assert table_texts(view, view.model.DATE) == [shown["UTC"]]
    view.set_range(date(2026, 3, 20), date(2026, 3, 20))
    assert table_texts(view, view.model.DATE) == [shown["+14"]]
    (march,) = [m for m in view.months if m.first == date(2026, 3, 1)]
    assert march.marked_days() == [date(2026, 3, 19), date(2026, 3, 20)]
    tip = view.model.data(view.model.index(0, view.model.DATE), Qt.ItemDataRole.ToolTipRole)
    if viewer == UTC_PLUS_14:
        assert tip is None
    else:
        assert str(tip).startswith("Done in UTC+14; here (")


def test_sessions_12_seconds_apart_in_zones_25_hours_apart_show_the_days_they_count_on(
    qtbot: QtBot, log: HistoryLog, wall: Wall
) -> None:
    set_zone(UTC_PLUS_14)
    add_session(log, wall, datetime(2026, 3, 19, 10, 59, 54, tzinfo=UTC), [C])  # 00:59 on the 20th
    set_zone(UTC_MINUS_11)
    add_session(log, wall, datetime(2026, 3, 19, 11, 0, 6, tzinfo=UTC), [C])  # 00:00 on the 19th
    for viewer in ("UTC", UTC_MINUS_11, UTC_PLUS_14):
        set_zone(viewer)
        view = make_view(qtbot, log)
        dates = table_texts(view, view.model.DATE)
        assert [d.split(",")[0] for d in dates] == ["Thu 19 Mar 2026", "Fri 20 Mar 2026"]
        assert dates[0].startswith("Thu 19 Mar 2026, 00:00")
        assert dates[1].startswith("Fri 20 Mar 2026, 00:59")
        # Two days shown, two days counted: one rule for the table and the streak.
        assert view.streak_label.text() == "Current streak: 2 days"


# -- the calendar and the figures


@pytest.mark.qt_log_ignore(RAISE_UNSUPPORTED)
def test_calendar_marks_the_days_with_a_session_that_counts(
    qtbot: QtBot, log: HistoryLog, wall: Wall
) -> None:
    add_session(log, wall, at(date(2026, 1, 1), 7))  # outside the three months shown
    add_session(log, wall, at(date(2026, 1, 31), 23, 50))
    add_session(log, wall, at(date(2026, 2, 14), 9), [S, S])  # nothing done: not marked
    add_session(log, wall, at(date(2026, 3, 2), 9))
    add_session(log, wall, at(date(2026, 3, 2), 18), [C, C], timeline=EVENING)
    add_session(log, wall, at(date(2026, 3, 20), 6, 30), [C, S])
    view = make_view(qtbot, log)
    january, february, march = view.months
    assert [m.first for m in view.months] == [date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)]
    assert january.marked_days() == [date(2026, 1, 1), date(2026, 1, 31)]
    assert february.marked_days() == []
    assert march.marked_days() == [date(2026, 3, 2), date(2026, 3, 20)]
    assert march.sessions[date(2026, 3, 2)] == 2
    assert march.accessibleName() == "March 2026: exercised on 2 days"

    image = march.grab().toImage()
    ratio = march.devicePixelRatioF()

    def colour(day: date) -> QColor:
        rect = march.cell_rect(day)
        # A point in the disc but off the day's number.
        point = QPoint(round((rect.left() + 8) * ratio), round(rect.center().y() * ratio))
        return image.pixelColor(point)

    assert colour(date(2026, 3, 2)) == QColor(EXERCISED_COLOUR)
    assert colour(date(2026, 3, 3)) != QColor(EXERCISED_COLOUR)
    centre = march.cell_rect(date(2026, 3, 2)).center()
    assert march.day_at(centre.x(), centre.y()) == date(2026, 3, 2)
    assert march.day_at(2, 2) is None
    local = centre.toPoint()
    help_event = QHelpEvent(QEvent.Type.ToolTip, local, march.mapToGlobal(local))
    QApplication.sendEvent(march, help_event)
    assert QToolTip.text() == "Mon 2 Mar: 2 sessions"
    QToolTip.hideText()


def test_streaks_and_adherence_labels(qtbot: QtBot, log: HistoryLog, wall: Wall) -> None:
    # Mon 9 to Thu 19 March every day but the 12th; twice on the 18th; nothing yet today.
    for n in range(9, 20):
        if n != 12:
            add_session(log, wall, at(date(2026, 3, n), 8))
    add_session(log, wall, at(date(2026, 3, 18), 19))
    view = make_view(qtbot, log)
    assert view.streak_label.text() == "Current streak: 7 days"  # 13th to 19th
    assert "no session yet today" in view.streak_label.toolTip()
    assert view.longest_label.text() == "Longest streak in these dates: 7 days"
    # Week of Monday 16 March: 16, 17, 18 (twice, counted once a day), 19 -> 4 of 7.
    assert view.week_label.text() == "This week so far: 4 of 7 sessions (57%)"
    # From Mon 9 March: week 1 has 6 of 7; week 2, up to Friday, is asked 5 and has 4.
    assert view.adherence_label.text() == (
        "In these dates: 83% of the prescribed sessions (10 of 12 over 2 weeks)"
    )
    assert view.prescribed_label.text().startswith(
        f"Prescribed: 7 a week ({TIMELINE.routine.name})"
    )

    add_session(log, wall, at(TODAY, 7))
    view.refresh()
    assert view.streak_label.text() == "Current streak: 8 days"
    assert view.streak_label.toolTip() == ""
    view.set_range(date(2026, 3, 9), date(2026, 3, 11))
    assert view.longest_label.text() == "Longest streak in these dates: 3 days"
    assert view.streak_label.text() == "Current streak: 8 days"  # always up to today

    tomorrow = make_view(qtbot, log, today=TODAY + timedelta(days=2))
    assert tomorrow.streak_label.text() == "Current streak: 0 days"


def test_a_day_counts_at_most_the_routine_s_sessions_a_day(
    qtbot: QtBot, log: HistoryLog, wall: Wall
) -> None:
    for hour in (7, 12, 18):
        add_session(log, wall, at(TODAY, hour))
    view = make_view(qtbot, log)
    assert view.week_label.text() == "This week so far: 1 of 7 sessions (14%)"
    assert view.adherence_label.text() == (
        "In these dates: 100% of the prescribed sessions (1 of 1 over 1 week)"
    )


def test_dates_before_the_first_session_do_not_lower_adherence(
    qtbot: QtBot, log: HistoryLog, wall: Wall
) -> None:
    add_session(log, wall, at(TODAY - timedelta(days=1), 8))
    add_session(log, wall, at(TODAY, 8))
    view = make_view(qtbot, log)
    view.set_range(date(2026, 1, 1), TODAY + timedelta(days=30))
    assert view.adherence_label.text() == (
        "In these dates: 100% of the prescribed sessions (2 of 2 over 1 week)"
    )


def test_a_session_that_reached_its_end_with_skips_says_finished(
    qtbot: QtBot, log: HistoryLog, wall: Wall
) -> None:
    add_session(log, wall, at(TODAY, 8), [C, S, S, S, S, S, S])
    add_session(log, wall, at(TODAY, 9))
    view = make_view(qtbot, log)
    assert table_texts(view, view.model.DURATION) == ["10:30", "3:30 (finished, 6 skipped)"]


def test_a_report_of_dates_in_the_future_is_refused_before_asking_where(
    qtbot: QtBot, log: HistoryLog, wall: Wall
) -> None:
    add_session(log, wall, at(TODAY, 8))
    view = make_view(qtbot, log)
    asked: list[str] = []

    def ask(*args: object) -> tuple[str, str]:
        asked.append("asked")
        return "", ""

    view.ask_save_name = ask
    view.set_range(TODAY + timedelta(days=3), TODAY + timedelta(days=9))
    view.save_report()
    assert asked == []
    assert view.notice.isVisible()
    assert view.notice_text.text() == (
        "No report was saved: the period starts on 2026-03-23, which is in the future"
        " (today is 2026-03-20); choose a start up to today."
    )


def test_adherence_label_is_the_stats_definition(qtbot: QtBot, log: HistoryLog, wall: Wall) -> None:
    three_months(log, wall)
    days = exercised_days(log.sessions())
    view = make_view(qtbot, log)
    weeks = weekly_adherence(days, view.since, view.until, 7)
    assert f"{overall_adherence(weeks):.0%} of the prescribed" in view.adherence_label.text()
    view.set_range(date(2026, 1, 3), date(2026, 2, 11))
    weeks = weekly_adherence(days, date(2026, 1, 3), date(2026, 2, 11), 7)
    prescribed = sum(w.prescribed for w in weeks)
    assert prescribed == 40  # 3 January (a Saturday) to 11 February (a Wednesday): 40 days
    assert f"of {prescribed} over 7 weeks" in view.adherence_label.text()


# -- the charts


@pytest.mark.qt_log_ignore(RAISE_UNSUPPORTED)
def test_charts_show_the_pain_ratings_and_per_exercise_rates(
    qtbot: QtBot, log: HistoryLog, wall: Wall
) -> None:
    three_months(log, wall)
    view = make_view(qtbot, log)
    sessions = log.sessions()
    series = pain_series_of(view)
    points = pain_series(sessions)
    before = [p for p in points if p.before is not None]
    after = [p for p in points if p.after is not None]
    assert len(after) < len(before) == len(sessions)
    assert series["Before the session"].count() == len(before)
    assert series["After the session"].count() == len(after)
    assert [series["Before the session"].at(k).y() for k in range(3)] == [
        p.before for p in before[:3]
    ]

    rates = exercise_rates(sessions)
    assert view.rates == rates
    (bars,) = [s for s in view.rates_view.chart().series() if isinstance(s, QHorizontalBarSeries)]
    (values,) = bars.barSets()
    assert values.count() == len(rates) == 9  # seven exercises and the evening's two
    shown = [values.at(k) for k in range(values.count())]
    assert shown == [round(r.rate * 100) for r in reversed(rates)]
    (axis,) = [a for a in view.rates_view.chart().axes() if isinstance(a, QBarCategoryAxis)]
    assert axis.categories()[-1] == rates[0].name  # the first at the top

    values.hovered.emit(True, values.count() - 1)  # the top bar: the first exercise
    assert QToolTip.text() == (
        f"{rates[0].name}: completed in {rates[0].completed} of"
        f" {rates[0].completed + rates[0].skipped} sessions ({rates[0].rate:.0%}),"
        f" skipped in {rates[0].skipped}"
    )
    values.hovered.emit(False, values.count() - 1)
    qtbot.waitUntil(lambda: not QToolTip.isVisible())

    view.set_range(date(2026, 3, 1), date(2026, 3, 5))
    march = log.sessions(since=date(2026, 3, 1), until=date(2026, 3, 5))
    assert pain_series_of(view)["Before the session"].count() == len(march)
    assert view.rates == exercise_rates(march)


def test_charts_render_to_images_without_a_view(qtbot: QtBot, log: HistoryLog, wall: Wall) -> None:
    three_months(log, wall)
    sessions = log.sessions()
    for chart in (pain_chart(pain_series(sessions)), completion_chart(exercise_rates(sessions))):
        image = render_chart(chart, 900, 400)
        assert (image.width(), image.height()) == (900, 400)
        colours = {image.pixelColor(x, y).name() for x in range(0, 900, 7) for y in (200, 300)}
        assert len(colours) > 3  # more than a blank page
        assert chart.scene() is None
        chart.deleteLater()
    # A year and more of ratings: weekly means, Monday to Sunday in local time.
    monday = datetime(2025, 1, 6, 9, tzinfo=UTC)
    many = [
        PainPoint(monday + timedelta(days=k // 2, hours=9 * (k % 2)), 6 - k % 2, None)
        for k in range(2 * 7 * 30)
    ]
    assert len(many) > EVERY_RATING_UP_TO
    weekly = pain_chart(many)
    assert weekly.title() == "Pain before and after (weekly average)"
    lines = {s.name(): s for s in weekly.series() if isinstance(s, QLineSeries)}
    assert lines["After the session"].count() == 0
    means = lines["Before the session"]
    assert means.count() == 30
    assert {means.at(k).y() for k in range(30)} == {5.5}
    thursday = datetime(2025, 1, 9, 12, tzinfo=UTC).timestamp() * 1000
    assert means.at(0).x() == thursday
    weekly.deleteLater()
    few = pain_chart(many[:EVERY_RATING_UP_TO])
    assert few.title() == "Pain before and after"
    few.deleteLater()

    empty = pain_chart([])
    assert empty.title() == "No pain ratings in these dates"
    empty.deleteLater()

    # One day of ratings: a week of whole days around it, one tick a day, so
    # the date labels differ; a few days apart, in less room: a tick every few days.
    for ratings, width, days, ticks in ((many[:2], 1100, 7, 8), (many[:10], 500, 12, 4)):
        short = pain_chart(ratings)
        render_chart(short, width, 400)
        (axis,) = [a for a in short.axes() if isinstance(a, QDateTimeAxis)]
        low, high = axis.min(), axis.max()
        assert (low.time().hour(), low.time().minute()) == (0, 0)
        assert (high.time().hour(), high.time().minute()) == (0, 0)
        assert low.date().daysTo(high.date()) == days
        assert axis.tickCount() == ticks
        short.deleteLater()

    view = make_view(qtbot, log)
    shown = view.pain_view.chart()
    scene = shown.scene()
    assert not render_chart(shown, 600, 300).isNull()
    assert shown.scene() is scene  # still in its view


# -- deleting


def test_delete_asks_then_deletes_and_undo_restores(
    qtbot: QtBot, log: HistoryLog, wall: Wall, screenshot: Screenshot
) -> None:
    three_months(log, wall)
    view = make_view(qtbot, log)
    total = view.model.rowCount()
    assert not view.delete_button.isEnabled()
    view.table.selectRow(2)
    target = view.selected_session()
    assert target is not None
    assert view.delete_button.isEnabled()

    click(qtbot, view.delete_button)
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    assert box.windowModality() is Qt.WindowModality.WindowModal
    assert "Delete the session of" in box.text()
    click(qtbot, box_button(box, "Keep it"))
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert view.model.rowCount() == total
    assert len(log.sessions()) == total

    click(qtbot, view.delete_button)
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    with qtbot.waitSignal(view.session_deleted) as deleted:
        click(qtbot, box_button(box, "Delete session"))
    assert deleted.args == [target.id]
    assert view.model.rowCount() == total - 1
    assert view.model.row_of(target.id) is None
    assert target.id not in {s.id for s in log.sessions()}
    assert view.notice.isVisible()
    assert view.undo_button.isVisible()
    assert view.notice_text.text().startswith("Deleted the session of")
    assert view.selected_session() is not None  # the next one, ready for another Delete
    screenshot(view, "history-deleted")

    with qtbot.waitSignal(view.session_restored) as restored:
        click(qtbot, view.undo_button)
    assert restored.args == [target.id]
    assert view.model.rowCount() == total
    assert not view.notice.isVisible()
    selected = view.selected_session()
    assert selected is not None
    assert selected.id == target.id


def test_leaving_the_page_makes_a_deletion_final(
    qtbot: QtBot, log: HistoryLog, wall: Wall, tmp_path: Path
) -> None:
    first = add_session(log, wall, at(date(2026, 3, 18), 8), note="first")
    second = add_session(log, wall, at(date(2026, 3, 19), 8), note="second")
    log.add_event(second, "stop_rule", "pain rose")
    view = make_view(qtbot, log)
    view.show()
    qtbot.waitExposed(view)

    def rows(table: str) -> int:
        with sqlite3.connect(tmp_path / "history.sqlite3") as raw:
            count: int = raw.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
        return count

    view.delete_session(log.sessions()[0])  # the newest: second
    assert rows("sessions") == 2  # hidden, still in the file for Undo
    # A second deletion makes the first final: Undo is only for the last one.
    view.delete_session(log.sessions()[0])  # now first
    assert rows("sessions") == 1
    view.undo_delete()
    assert [s.id for s in log.sessions()] == [first]

    view.delete_session(log.sessions()[0])
    assert view.undo_button.isVisible()
    view.hide()
    assert (rows("sessions"), rows("exercise_results"), rows("events")) == (0, 0, 0)
    view.show()
    assert not view.notice.isVisible()
    view.undo_delete()  # nothing left to undo
    assert log.sessions() == []


def test_the_delete_key_on_a_selected_row_asks_first(
    qtbot: QtBot, log: HistoryLog, wall: Wall
) -> None:
    three_months(log, wall)
    view = make_view(qtbot, log)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)  # type: ignore[no-untyped-call]
    assert QApplication.activeModalWidget() is None  # nothing selected yet

    view.table.selectRow(0)
    first = view.selected_session()
    assert first is not None
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)  # type: ignore[no-untyped-call]
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    assert box.defaultButton() is box_button(box, "Keep it")
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert first.id in {s.id for s in log.sessions()}

    qtbot.keyClick(view.table, Qt.Key.Key_Delete)  # type: ignore[no-untyped-call]
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    click(qtbot, box_button(box, "Delete session"))
    assert first.id not in {s.id for s in log.sessions()}


# -- empty and large logs


def test_an_empty_log_says_so(qtbot: QtBot, log: HistoryLog, screenshot: Screenshot) -> None:
    view = make_view(qtbot, log)
    assert view.pages.currentIndex() == 0
    assert view.empty.isVisible()
    assert view.empty.text() == "No sessions yet"
    assert view.model.rowCount() == 0
    assert not view.delete_button.isEnabled()
    assert (view.since, view.until) == (TODAY, TODAY)
    assert view.rates == []
    screenshot(view, "history-empty")


def test_screenshot_of_three_months(
    qtbot: QtBot, log: HistoryLog, wall: Wall, screenshot: Screenshot
) -> None:
    three_months(log, wall)
    view = make_view(qtbot, log)
    assert 60 <= view.model.rowCount() <= 75
    view.table.selectRow(1)
    path = screenshot(view, "history")
    assert path.stat().st_size > 50_000
    view.show_last_30_days()
    screenshot(view, "history-last-30-days")


def fill_fast(path: Path, sessions: int, *, end: date = TODAY) -> None:
    """Write ``sessions`` twice-daily sessions of the bundled routine in one transaction.

    Rows look like those the app writes (the same snapshot, local day, pain and
    exercise rows); every tenth session skips an exercise.
    """
    routine = TIMELINE.routine
    HistoryLog(path).close()  # create the current schema
    snapshot = json.dumps(routine.snapshot(), sort_keys=True)
    start = datetime(end.year, end.month, end.day, 7, tzinfo=UTC) - timedelta(
        hours=12 * (sessions - 1)
    )
    rows = []
    results = []
    for k in range(sessions):
        began = start + timedelta(hours=12 * k)
        ended = (began + timedelta(minutes=15)).isoformat(timespec="seconds")
        rows.append(
            (
                k + 1,
                routine.name,
                str(routine.source),
                1,  # the snapshot, stored once
                began.isoformat(timespec="seconds"),
                ended,
                ended,
                TIMELINE.total_seconds,
                900.0,
                "completed",
                3 + k % 5,
                2 + k % 4,
                began.date().isoformat(),
                0,
            )
        )
        for position, e in enumerate(routine.exercises):
            skipped = k % 10 == 0 and position == k % 7
            results.append(
                (k + 1, position, e.id, e.name, "skipped" if skipped else "completed", 1, 1, ended)
            )
    db = sqlite3.connect(path)
    with db:
        db.execute("INSERT INTO snapshots (id, body) VALUES (1, ?)", (snapshot,))
        db.executemany(
            "INSERT INTO sessions (id, routine_name, routine_path, snapshot_id, started_at,"
            " updated_at, ended_at, planned_seconds, done_seconds, ended, pain_before, pain_after,"
            " local_date, utc_offset_minutes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        db.executemany("INSERT INTO exercise_results VALUES (?, ?, ?, ?, ?, ?, ?, ?)", results)
    db.close()


def test_ten_years_of_twice_daily_sessions(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "big.sqlite3"
    fill_fast(path, 10_000)
    with HistoryLog(path) as big:
        view = HistoryView(big, lambda: TODAY)
        qtbot.addWidget(view)
        assert view.model.rowCount() == 10_000
        assert view.rates == exercise_rates(big.sessions())
        assert sum(r.skipped for r in view.rates) == 1000  # every tenth session skips one
        assert view.streak_label.text() == "Current streak: 5001 days"  # 19:00, then twice a day
        pain = view.pain_view.chart()
        assert pain.title() == "Pain before and after (weekly average)"
        assert pain_series_of(view)["Before the session"].count() in (715, 716)
        view.resize(1920, 1080)
        view.show()
        qtbot.waitExposed(view)


# -- practice runs (--speed)


def add_practice(log: HistoryLog, wall: Wall, start: datetime, speed: float) -> int:
    """A whole session run at ``speed`` times real time, as the app writes it."""
    wall.now = start
    session_id = log.start_session(TIMELINE, speed=speed)
    for k, e in enumerate(TIMELINE.routine.exercises):
        log.record_exercise(session_id, k, e.id, e.name, C, 90.0, 90.0, 90.0 * (k + 1))
    log.end_session(session_id, Outcome.COMPLETED, 90.0 * len(TIMELINE.routine.exercises))
    return session_id


def test_a_practice_run_is_marked_and_left_out_of_the_calendar_streaks_and_adherence(
    qtbot: QtBot, log: HistoryLog, wall: Wall
) -> None:
    add_practice(log, wall, at(date(2026, 3, 17), 8), 20.0)
    add_session(log, wall, at(date(2026, 3, 18), 8))
    add_session(log, wall, at(date(2026, 3, 19), 8))
    practice = add_practice(log, wall, at(TODAY, 8), 2.5)
    view = make_view(qtbot, log)
    model = view.model
    assert table_texts(view, model.ROUTINE) == [
        f"{TIMELINE.routine.name} (practice at 2.5× speed)",
        TIMELINE.routine.name,
        TIMELINE.routine.name,
        f"{TIMELINE.routine.name} (practice at 20× speed)",
    ]
    row = model.row_of(practice)
    assert row is not None
    for column in (model.ROUTINE, model.DURATION):
        tip = str(model.data(model.index(row, column), Qt.ItemDataRole.ToolTipRole))
        assert "A practice run at 2.5× speed: its times are not real time" in tip
    real_tip = model.data(model.index(1, model.ROUTINE), Qt.ItemDataRole.ToolTipRole)
    assert real_tip is None or "practice" not in str(real_tip)

    assert view.months[-1].marked_days() == [date(2026, 3, 18), date(2026, 3, 19)]
    assert view.streak_label.text() == "Current streak: 2 days"
    assert "no session yet today" in view.streak_label.toolTip()
    assert view.longest_label.text() == "Longest streak in these dates: 2 days"
    assert view.week_label.text() == "This week so far: 2 of 7 sessions (29%)"
    assert "(2 of " in view.adherence_label.text()


@pytest.mark.parametrize("size", [(7 * 28, 70 + 6 * 28), (300, 300), (600, 500)])
def test_a_day_number_stays_inside_its_disc(qtbot: QtBot, size: tuple[int, int]) -> None:
    """At 1024 wide the months get their smallest size: "28" stuck out of its green disc."""
    from PySide6.QtGui import QFontMetricsF

    from homestretch.ui import style
    from homestretch.ui.history_view import MonthGrid

    grid = MonthGrid()
    qtbot.addWidget(grid)
    grid.resize(*size)
    first = date(2026, 11, 1)
    grid.show_month(first, {first.replace(day=28): 1}, first.replace(day=30))
    disc = grid.cell_rect(first.replace(day=28)).adjusted(3.5, 3.5, -3.5, -3.5)
    wide = QFontMetricsF(style.font(grid.day_px(), bold=True)).horizontalAdvance("28")
    assert wide <= disc.width() * 0.8  # inside the round disc, with room either side
