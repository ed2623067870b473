"""The history page at the screen sizes patients have: charts whose dots and date labels all
show, and a sessions table whose every cell shows its whole text without sideways scrolling."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCharts import QChart, QDateTimeAxis
from PySide6.QtCore import QDateTime, QModelIndex, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QFontMetricsF, QImage
from PySide6.QtWidgets import QApplication, QScrollArea, QStyle, QTableView, QWidget
from pytestqt.qtbot import QtBot

from homestretch.core.history import HistoryLog
from homestretch.ui import style
from homestretch.ui.fit import text_fits, text_flags
from homestretch.ui.history_view import HistoryView
from tests.helpers import Wall
from tests.ui.fitting import problems
from tests.ui.test_history_view import TODAY, add_session, at, utc_zone

__all__ = ["utc_zone"]  # the autouse fixture: local time is UTC

Screenshot = Callable[[QWidget, str], Path]
SIZES = ((1280, 720), (1366, 768), (1920, 1080))


def show_view(qtbot: QtBot, log: HistoryLog, size: tuple[int, int]) -> HistoryView:
    view = HistoryView(log, lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    for _ in range(3):  # layouts, the scroll area and the charts settle, as on screen
        QApplication.processEvents()
    return view


# -- the pain chart


def date_axis(chart: QChart) -> QDateTimeAxis:
    (axis,) = [a for a in chart.axes() if isinstance(a, QDateTimeAxis)]
    return axis


def assert_date_labels_apart(chart: QChart) -> None:
    """Each tick's label, centred under it, ends before the next one begins."""
    axis = date_axis(chart)
    ticks = axis.tickCount()
    assert ticks >= 3  # still a useful axis
    low, high = axis.min().toMSecsSinceEpoch(), axis.max().toMSecsSinceEpoch()
    metrics = QFontMetricsF(axis.labelsFont())
    labels = [
        chart.locale().toString(
            QDateTime.fromMSecsSinceEpoch(round(low + k * (high - low) / (ticks - 1))),
            axis.format(),
        )
        for k in range(ticks)
    ]
    assert len(set(labels)) == ticks  # no date twice
    widths = [metrics.horizontalAdvance(label) for label in labels]
    spacing = chart.plotArea().width() / (ticks - 1)
    for (a, b), (wa, wb) in zip(
        itertools.pairwise(labels), itertools.pairwise(widths), strict=True
    ):
        assert (wa + wb) / 2 < spacing, f"{a!r} and {b!r} overlap"


def colours_in(image: QImage, area: QRectF | QRect) -> list[QColor]:
    rect = (area if isinstance(area, QRect) else area.toAlignedRect()).intersected(image.rect())
    return [
        image.pixelColor(x, y)
        for x in range(rect.left(), rect.right() + 1)
        for y in range(rect.top(), rect.bottom() + 1)
    ]


def shows(colour: str, pixels: list[QColor]) -> int:
    """How many pixels are (nearly) ``colour``."""
    want = QColor(colour)
    return sum(
        abs(p.red() - want.red()) + abs(p.green() - want.green()) + abs(p.blue() - want.blue()) < 24
        for p in pixels
    )


def equal_ratings(log: HistoryLog, wall: Wall, days: int) -> None:
    """A session a day, each rated the same before as after."""
    for k in range(days):
        day = TODAY - timedelta(days=days - 1 - k)
        rating = 3 + k % 3
        add_session(log, wall, at(day, 8), pain=(rating, rating))


@pytest.mark.parametrize("days", [3, 12])
@pytest.mark.parametrize("size", SIZES[:2])
def test_pain_chart_shows_both_dots_and_apart_dates(
    qtbot: QtBot, log: HistoryLog, wall: Wall, size: tuple[int, int], days: int
) -> None:
    equal_ratings(log, wall, days)
    view = show_view(qtbot, log, size)
    chart = view.pain_view.chart()
    assert chart.plotArea().width() > 200
    assert_date_labels_apart(chart)
    # On screen, inside the plot (the legend shows both colours whatever the plot does):
    # the before dots ring the after dots drawn over them.
    picture = view.pain_view.grab().toImage()
    pixels = colours_in(picture, view.pain_view.mapFromScene(chart.plotArea()).boundingRect())
    assert shows(style.chart_colours().before, pixels) > 10 * days
    assert shows(style.chart_colours().after, pixels) > 10 * days


# -- the sessions table

NOTES = (
    "",
    "Stiff in the morning",
    "",
    "Leg felt better after the nerve glides; tingling in the right calf gone by lunchtime",
    "",
    "Did it after a long drive, buttock sore at first",
    "Skipped the bridge: my knee hurt when I lay down. Will ask the physiotherapist on"
    " Thursday whether to do it with a pillow under my hips instead.",
    "",
)


def month_of_sessions(log: HistoryLog, wall: Wall) -> None:
    """About 30 sessions over a month: notes short and long, some stop-rule advice."""
    for k in range(32):
        day = TODAY - timedelta(days=31 - k)
        if k % 9 == 4:
            continue  # a day missed now and then
        before = 3 + k % 4
        after = max(0, before - k % 3)
        event = ("stop_rule", f"pain rose from {before} to {before + 3}") if k % 7 == 3 else None
        add_session(
            log, wall, at(day, 7, 30), pain=(before, after), note=NOTES[k % len(NOTES)], event=event
        )


@pytest.mark.parametrize("size", SIZES)
def test_screenshots_of_a_month_with_notes(
    qtbot: QtBot, log: HistoryLog, wall: Wall, screenshot: Screenshot, size: tuple[int, int]
) -> None:
    month_of_sessions(log, wall)
    view = show_view(qtbot, log, size)
    view.table.selectRow(1)
    screenshot(view, f"history-notes-{size[0]}x{size[1]}")


def cell_fits(table: QTableView, index: QModelIndex) -> bool:
    """Whether the cell's whole text, wrapped at word boundaries, fits inside it."""
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    inner = table.visualRect(index).adjusted(margin, 0, -margin, 0)  # (the grid is outside)
    alignment = index.data(Qt.ItemDataRole.TextAlignmentRole)
    align = (
        Qt.AlignmentFlag(alignment)
        if alignment is not None
        else Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    )
    return text_fits(table.font(), inner, str(index.data() or ""), text_flags(align, wrap=True))


def rows_on_screen(table: QTableView) -> list[int]:
    """The rows wholly inside the table's viewport."""
    first = table.rowAt(0)
    rows = []
    for row in range(max(first, 0), table.model().rowCount()):
        if table.rowViewportPosition(row) + table.rowHeight(row) > table.viewport().height():
            break
        rows.append(row)
    return rows


@pytest.mark.parametrize("size", SIZES)
def test_every_cell_shows_its_whole_text_without_sideways_scrolling(
    qtbot: QtBot, log: HistoryLog, wall: Wall, size: tuple[int, int]
) -> None:
    month_of_sessions(log, wall)
    view = show_view(qtbot, log, size)
    table, model = view.table, view.model
    assert 25 <= model.rowCount() <= 32
    assert problems(view) == []  # the page's labels and buttons
    for area in [table, *view.findChildren(QScrollArea)]:
        assert not area.horizontalScrollBar().isVisible()
    widths = [table.columnWidth(c) for c in range(model.columnCount())]
    assert sum(widths) <= table.viewport().width()
    heading = QFontMetrics(table.horizontalHeader().font())
    for column, width in enumerate(widths):
        title = str(model.headerData(column, Qt.Orientation.Horizontal))
        assert max(heading.horizontalAdvance(t) for t in title.split("\n")) < width, title

    # Page by page through the table, as the patient scrolls: every cell on screen whole.
    seen: set[int] = set()
    while len(seen) < model.rowCount():
        shown = rows_on_screen(table)
        assert shown, "a row taller than the table"
        for row in shown:
            for column in range(model.columnCount()):
                index = model.index(row, column)
                assert cell_fits(table, index), f"cut at {size}: {index.data()!r}"
        seen.update(shown)
        table.verticalScrollBar().setValue(max(shown) + 1)
        QApplication.processEvents()
    assert {n for n in NOTES if n} <= {s.note for s in log.sessions()}
    assert any("stop rule" in str(model.index(r, model.NOTE).data()) for r in seen)


def test_a_note_longer_than_a_row_holds_is_whole_in_its_tooltip(
    qtbot: QtBot, log: HistoryLog, wall: Wall
) -> None:
    month_of_sessions(log, wall)
    long_note = " ".join(
        f"Day {k}: the left leg tingled after the slump stretch." for k in range(40)
    )
    add_session(log, wall, at(TODAY, 18), pain=(4, 4), note=long_note)
    view = show_view(qtbot, log, (1280, 720))
    table, model = view.table, view.model
    assert model.session(0).note == long_note
    # The row stops growing at eight lines, well inside the table; the rows below show.
    lines = QFontMetrics(table.font()).lineSpacing()
    assert 8 * lines <= table.rowHeight(0) <= 8 * lines + 20
    assert table.rowHeight(0) < table.viewport().height() / 2
    assert len(rows_on_screen(table)) >= 2
    assert not cell_fits(table, model.index(0, model.NOTE))
    tip = str(model.index(0, model.NOTE).data(Qt.ItemDataRole.ToolTipRole))
    assert long_note in tip.replace("\n", " ") or long_note in tip
    # The other rows are whole as ever.
    for row in rows_on_screen(table)[1:]:
        for column in range(model.columnCount()):
            assert cell_fits(table, model.index(row, column))


@pytest.mark.parametrize("percent", [150, 200])
def test_with_large_text_the_page_keeps_its_width_and_every_cell_is_whole(
    qtbot: QtBot, log: HistoryLog, wall: Wall, percent: int
) -> None:
    """At 150 % and 200 % on a laptop: the page did not scroll sideways only because of its
    hidden "no sessions yet" page (a line that did not wrap); a row's tallest possible
    height did not fit the table; a word exactly as wide as its column wrapped early."""
    from homestretch.ui import style

    style.set_text_size(percent)
    try:
        month_of_sessions(log, wall)
        view = show_view(qtbot, log, (1366, 768))
        scroll = view.page_scroll
        page = scroll.widget()
        assert page is not None
        assert page.minimumSizeHint().width() <= scroll.viewport().width()
        table, model = view.table, view.model
        assert table.horizontalScrollBar().maximum() == 0, "the table scrolls sideways"
        assert not table.isColumnHidden(model.NOTE)
        seen: set[int] = set()
        while len(seen) < model.rowCount():
            shown = rows_on_screen(table)
            assert shown, "a row taller than the table"
            for row in shown:
                for column in range(model.columnCount()):
                    index = model.index(row, column)
                    if table.isColumnHidden(column):
                        continue  # (too narrow for every column: the spare ones go)
                    if column == model.NOTE and table.rowHeight(row) >= table.row_limit():
                        continue  # (a note longer than a row holds: whole in its tooltip)
                    assert cell_fits(table, index), f"cut at {percent} %: {index.data()!r}"
            seen.update(shown)
            table.verticalScrollBar().setValue(max(shown) + 1)
            QApplication.processEvents()
    finally:
        style.set_text_size(100)


def test_the_spare_columns_go_only_where_every_column_cannot_fit(
    qtbot: QtBot, log: HistoryLog, wall: Wall
) -> None:
    """Large text on a netbook: the table drops its spare columns (skipped, time done, done,
    pain before: in that order) rather than scroll sideways; all come back when it is wide."""
    from homestretch.ui import style

    style.set_text_size(200)
    try:
        month_of_sessions(log, wall)
        view = show_view(qtbot, log, (1024, 600))
        table, model = view.table, view.model
        hidden = [c for c in range(model.columnCount()) if table.isColumnHidden(c)]
        assert hidden, "every column shown at 200 % on 1024 pixels"
        spare = list(table.spare_columns)
        assert sorted(hidden) == sorted(spare[: len(hidden)])  # (the first ones go first)
        assert table.horizontalScrollBar().maximum() == 0
        shown = [table.columnWidth(c) for c in range(model.columnCount()) if c not in hidden]
        assert sum(shown) <= table.viewport().width()
        # What the hidden columns say is in the date's and the routine's tooltips.
        for column in (model.DATE, model.ROUTINE):
            tip = str(model.index(0, column).data(Qt.ItemDataRole.ToolTipRole))
            for gone in hidden:
                title = " ".join(str(model.headerData(gone, Qt.Orientation.Horizontal)).split())
                assert f"{title}: {model.index(0, gone).data()}" in tip
        view.resize(3000, 1600)
        for _ in range(3):
            QApplication.processEvents()
        assert not any(table.isColumnHidden(c) for c in range(model.columnCount()))
        assert model.hidden == frozenset()
        tip = model.index(0, model.DATE).data(Qt.ItemDataRole.ToolTipRole)
        assert tip is None or "Time done" not in str(tip)
    finally:
        style.set_text_size(100)


def test_on_a_netbook_at_normal_text_every_column_shows(
    qtbot: QtBot, log: HistoryLog, wall: Wall
) -> None:
    """At 1024 pixels the calendar goes under the table rather than the table leaving out
    its time done and skipped columns (it did, beside the calendar)."""
    month_of_sessions(log, wall)
    view = show_view(qtbot, log, (1024, 600))
    table, model = view.table, view.model
    assert not any(table.isColumnHidden(c) for c in range(model.columnCount()))
    assert table.horizontalScrollBar().maximum() == 0
    month = view.months[-1]
    below = table.mapTo(view, table.rect().bottomLeft()).y()
    assert month.mapTo(view, month.rect().topLeft()).y() > below  # (under the table)
