"""The history page as a screen reader hears it: each chart and the calendar named with
the dates it shows and described by its figures in words; the scrolling page named."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from homestretch.core.history import HistoryLog
from homestretch.core.stats import exercise_rates, pain_series, session_day
from tests.helpers import Wall
from tests.ui.accessibility import problems
from tests.ui.test_history_view import TODAY, make_view, three_months, utc_zone

__all__ = ["utc_zone"]  # the autouse fixture: local time is UTC


def heard(widget: QWidget) -> tuple[str, str, QAccessible.Role]:
    """The name, description and role a screen reader is given."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return (
        interface.text(QAccessible.Text.Name),
        interface.text(QAccessible.Text.Description),
        interface.role(),
    )


def test_the_charts_say_their_dates_and_figures(qtbot: QtBot, log: HistoryLog, wall: Wall) -> None:
    three_months(log, wall)
    view = make_view(qtbot, log)
    sessions = log.sessions()
    days = (TODAY - view.since).days + 1
    assert days > 80

    name, description, role = heard(view.pain_view)
    assert name == f"Pain before and after, the last {days} days"
    assert role is QAccessible.Role.Chart
    befores = [p.before for p in pain_series(sessions) if p.before is not None]
    afters = [p.after for p in pain_series(sessions) if p.after is not None]
    assert description.startswith(f"Before sessions: average {sum(befores) / len(befores):.1f}")
    assert f"over {len(befores)} ratings, first {befores[0]}, last {befores[-1]}" in description
    assert f"after sessions: average {sum(afters) / len(afters):.1f}" in description

    name, description, _ = heard(view.rates_view)
    assert name == f"Exercises completed, the last {days} days"
    rates = exercise_rates(sessions)
    shares = "; ".join(f"{r.name}: {round(r.rate * 100)}%" for r in rates)
    assert description == (f"Share of its sessions in which each exercise was completed: {shares}.")

    assert heard(view.rates_view)[2] is QAccessible.Role.Chart
    month = view.months[-1]
    name, description, role = heard(month)
    assert role is QAccessible.Role.Chart
    marked = month.marked_days()
    assert name == f"March 2026: exercised on {len(marked)} days"
    assert description == "Days with a session: " + ", ".join(str(d.day) for d in marked)

    assert heard(view.page_scroll)[0] == "History"
    assert list(problems(view)) == []

    # Other dates: the chart names say them; a period without ratings says so.
    view.set_range(date(2026, 3, 1), date(2026, 3, 5))
    assert heard(view.pain_view)[0] == "Pain before and after, 1 Mar 2026 to 5 Mar 2026"
    assert heard(view.rates_view)[0] == "Exercises completed, 1 Mar 2026 to 5 Mar 2026"
    days_done = {session_day(s) for s in sessions}
    idle = next(d for d in (date(2026, 3, k) for k in range(1, 20)) if d not in days_done)
    view.set_range(idle, idle)
    assert heard(view.pain_view)[1] == "No ratings in this period"
    assert heard(view.rates_view)[1] == "No exercises in these dates"
