"""Charts of the session log, built with QtCharts from figures worked out in ``core.stats``.

Each builder takes plain data and returns a new :class:`QChart`; nothing here
reads the log. A chart is shown in a :class:`QChartView` (the PDF report draws
its own charts from the same figures, see :mod:`homestretch.documents.report`).

Sizes follow the rest of the app: every text is at least 18 px. Colours are the
colour scheme's (:func:`paint`, :func:`homestretch.ui.style.chart_colours`): a chart is
dark in the dark scheme; the view paints it again when the scheme changes.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from html import escape
from typing import Final

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QLocale, QMargins, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPen

from homestretch.core.checkin import ANCHORS, shown
from homestretch.core.i18n import translate
from homestretch.core.stats import (
    EVERY_RATING_UP_TO,
    MARKERS_UP_TO,
    ExerciseRate,
    PainPoint,
    weekly_means,
)
from homestretch.ui import style

BEFORE: Final = "before"
AFTER: Final = "after"
"""The object names of the pain chart's two lines (:func:`paint` colours them by it)."""


MARKER_PX: Final = (12.0, 7.0)
"""Dots of the before and the after line. The before dots are drawn first and larger, so an
after rating equal to the one before sits inside an orange ring instead of hiding it."""
LINE_PX: Final = ((4.5, 2.0), (3.0, 1.5))
"""Widths of the before and the after line, with dots and without: the after line, drawn on
top, is the thinner, so where the two lines run together both colours show."""
LABEL_GAP_PX: Final = 14
"""At least this much room between two date labels on the time axis."""
MAX_DATE_TICKS: Final = 7
DAY_STEPS: Final = (1, 2, 3, 4, 5, 7, 14)
"""Days between ticks on an axis of whole days, the smallest whose labels fit."""

TITLE_PX: Final = 22
TEXT_PX: Final = 18


def _base_chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setTitleFont(style.font(TITLE_PX, bold=True))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(8, 8, 8, 8))
    legend = chart.legend()
    legend.setFont(style.font(TEXT_PX))
    legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def _style_axis(axis: QValueAxis | QCategoryAxis | QDateTimeAxis | QBarCategoryAxis) -> None:
    axis.setLabelsFont(style.font(TEXT_PX))
    axis.setTitleFont(style.font(TEXT_PX))


def _msecs(moment: datetime) -> float:
    return moment.timestamp() * 1000.0


def pain_chart(points: Sequence[PainPoint], *, title: str = "") -> QChart:
    """Pain ratings over time: one line for before the session, one for after.

    More than :data:`EVERY_RATING_UP_TO` ratings would be a solid band on any
    screen or page; then each line shows the mean of each week's ratings, and
    the title says so.

    Args:
        points: oldest first, as :func:`homestretch.core.stats.pain_series` gives them.
            A session rated only before (or after) adds a point to that line only.
    """
    averaged = len(points) > EVERY_RATING_UP_TO
    title = title or translate("Charts", "Pain before and after")
    if not points:
        title = translate("Charts", "No pain ratings in these dates")
    elif averaged:
        title = translate("Charts", "{title} (weekly average)").format(title=title)
    chart = _base_chart(title)
    before = QLineSeries()
    before.setName(translate("Charts", "Before the session"))
    after = QLineSeries()
    after.setName(translate("Charts", "After the session"))
    befores = [(p.when, p.before) for p in points if p.before is not None]
    afters = [(p.when, p.after) for p in points if p.after is not None]
    if averaged:
        before.replace([QPointF(x, y) for x, y in weekly_means(befores)])
        after.replace([QPointF(x, y) for x, y in weekly_means(afters)])
    else:
        before.replace([QPointF(_msecs(when), rating) for when, rating in befores])
        after.replace([QPointF(_msecs(when), rating) for when, rating in afters])
    markers = max(before.count(), after.count()) <= MARKERS_UP_TO
    widths = LINE_PX[0 if markers else 1]
    # Equal ratings put both dots on one spot: the after dot (added last, drawn on top)
    # is the smaller, so the before dot shows as a ring around it. Shifting one line
    # sideways would also show both, but would draw a rating at a time it was not given.
    for series, name, width, size in zip(
        (before, after), (BEFORE, AFTER), widths, MARKER_PX, strict=True
    ):
        series.setObjectName(name)
        pen = QPen()
        pen.setWidthF(width)
        series.setPen(pen)
        series.setPointsVisible(markers)
        series.setMarkerSize(size)
        chart.addSeries(series)

    axis_x = QDateTimeAxis()
    _style_axis(axis_x)
    if points:
        first, last = points[0].when, points[-1].when
    else:
        last = datetime.now().astimezone()
        first = last - timedelta(days=28)
    span_days = (last - first).total_seconds() / 86400
    axis_x.setFormat("d MMM" if span_days <= 150 else "MMM yyyy")
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    if span_days < 6:
        # A few days: whole days from midnight to midnight, a tick a day or every few
        # days, so no two ticks carry the same date.
        first_day = first.astimezone().date() - timedelta(days=3)
        days = (last.astimezone().date() - first_day).days + 4
        _DayTicks(chart, axis_x, first_day, days)
    else:
        pad = max(span_days * 0.02, 0.5) * 86_400_000
        _EvenTicks(chart, axis_x, _msecs(first) - pad, _msecs(last) + pad)

    axis_y = QCategoryAxis()
    _style_axis(axis_y)
    axis_y.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    axis_y.setStartValue(-0.5)
    for value, word in ANCHORS.items():  # the rating scale's words, as the check-in shows them
        axis_y.append(f"{value}  {shown(word)}", value)
    axis_y.setRange(-0.5, 10.5)
    axis_y.setGridLineVisible(True)
    axis_y.setTitleText(translate("Charts", "Pain (0–10)"))
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    for series in (before, after):
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
    chart.legend().setVisible(bool(points))
    paint(chart)
    return chart


def _date(msecs: float) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(round(msecs))


def date_labels_fit(axis: QDateTimeAxis, width: float, locale: QLocale) -> bool:
    """Whether the time axis' tick labels, centred on ticks spread over ``width`` pixels,
    each keep :data:`LABEL_GAP_PX` from the next."""
    ticks = axis.tickCount()
    low, high = axis.min().toMSecsSinceEpoch(), axis.max().toMSecsSinceEpoch()
    metrics = QFontMetricsF(axis.labelsFont())
    sizes = [
        metrics.horizontalAdvance(
            locale.toString(_date(low + k * (high - low) / (ticks - 1)), axis.format())
        )
        for k in range(ticks)
    ]
    spacing = width / (ticks - 1)
    return all((a + b) / 2 + LABEL_GAP_PX <= spacing for a, b in itertools.pairwise(sizes))


class _EvenTicks:
    """Up to :data:`MAX_DATE_TICKS` evenly spaced ticks from ``low`` to ``high`` (ms): as
    many as leave room between their labels, counted again whenever the plot changes size.

    Kept alive by the function connected to the chart's signal; nothing else holds it.
    """

    def __init__(self, chart: QChart, axis: QDateTimeAxis, low: float, high: float) -> None:
        self.chart, self.axis = chart, axis
        axis.setRange(_date(low), _date(high))
        axis.setTickCount(MAX_DATE_TICKS)
        chart.plotAreaChanged.connect(lambda area: self.fit(area))

    def fit(self, area: QRectF) -> None:
        locale = self.chart.locale()
        for ticks in range(MAX_DATE_TICKS, 1, -1):
            self.axis.setTickCount(ticks)
            if date_labels_fit(self.axis, area.width(), locale):
                return


class _DayTicks:
    """Ticks on midnights from ``first`` for at least ``days`` days, every one of
    :data:`DAY_STEPS` days, the fewest days between ticks that leave room between labels."""

    def __init__(self, chart: QChart, axis: QDateTimeAxis, first: date, days: int) -> None:
        self.chart, self.axis, self.first, self.days = chart, axis, first, days
        self._use(1)
        chart.plotAreaChanged.connect(lambda area: self.fit(area))

    def _use(self, step: int) -> None:
        days = -(-self.days // step) * step
        low = datetime.combine(self.first, time()).astimezone()
        high = datetime.combine(self.first + timedelta(days=days), time()).astimezone()
        self.axis.setRange(_date(_msecs(low)), _date(_msecs(high)))
        self.axis.setTickCount(days // step + 1)

    def fit(self, area: QRectF) -> None:
        locale = self.chart.locale()
        for step in DAY_STEPS:
            self._use(step)
            if date_labels_fit(self.axis, area.width(), locale):
                return


def _unique(labels: Sequence[str]) -> list[str]:
    """Category labels must differ: a repeated name gets a number."""
    seen: dict[str, int] = {}
    out = []
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
        out.append(label if seen[label] == 1 else f"{label} ({seen[label]})")
    return out


def completion_chart(rates: Sequence[ExerciseRate], *, title: str = "") -> QChart:
    """Per exercise, the share of its sessions in which it was completed, as horizontal bars.

    Each bar's value is the percentage, rounded; the bar set is the only one in
    the chart's only series, so a view can map a hovered bar back to its rate.

    Args:
        rates: in routine order, as :func:`homestretch.core.stats.exercise_rates` gives them;
            the first exercise is drawn at the top.
    """
    title = title or translate("Charts", "Exercises completed")
    chart = _base_chart(title if rates else translate("Charts", "No exercises in these dates"))
    shown = list(reversed(rates))  # bar categories run bottom to top
    bars = QBarSet(translate("Charts", "Completed"))
    bars.setLabelFont(style.font(TEXT_PX, bold=True))
    bars.append([round(r.rate * 100) for r in shown])
    series = QHorizontalBarSeries()
    series.append(bars)
    series.setBarWidth(0.7)
    # The share in figures at the start of each bar: dark on light green stays
    # readable where a short bar ends before its label does.
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value %")
    series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsInsideBase)
    chart.addSeries(series)

    axis_y = QBarCategoryAxis()
    _style_axis(axis_y)
    # QtCharts reads labels as HTML: a name is escaped to be shown as it is written.
    axis_y.append([escape(label) for label in _unique([r.name for r in shown])])
    axis_y.setGridLineVisible(False)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_y)

    axis_x = QValueAxis()
    _style_axis(axis_x)
    axis_x.setRange(0, 100)
    axis_x.setTickCount(6)
    axis_x.setLabelFormat("%d %%")
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_x)
    chart.legend().setVisible(False)
    paint(chart)
    return chart


def paint(chart: QChart, colours: style.ChartColours | None = None) -> None:
    """Colour ``chart`` (background, titles, axes, grid, lines and bars) with ``colours``
    (default: those of the colour scheme in use)."""
    colours = style.chart_colours() if colours is None else colours
    background, text = QColor(colours.background), QColor(colours.text)
    chart.setBackgroundBrush(background)
    chart.setBackgroundPen(QPen(background))
    chart.setTitleBrush(text)
    chart.legend().setLabelColor(text)
    for axis in chart.axes():
        axis.setLabelsColor(text)
        axis.setTitleBrush(text)
        axis.setGridLineColor(QColor(colours.grid))
        axis.setLinePenColor(QColor(colours.axis))
    for series in chart.series():
        if isinstance(series, QLineSeries):
            colour = QColor(colours.before if series.objectName() == BEFORE else colours.after)
            pen = series.pen()
            pen.setColor(colour)
            series.setPen(pen)
            series.setColor(colour)  # (the dots too)
        elif isinstance(series, QAbstractBarSeries):
            for bar_set in series.barSets():
                bar_set.setColor(QColor(colours.bar))
                bar_set.setBorderColor(QColor(colours.bar_edge))
                bar_set.setLabelColor(QColor(colours.bar_text))


def paint_view(view: QChartView, colours: style.ChartColours | None = None) -> None:
    """Colour the chart ``view`` shows, and the view around it, with ``colours``
    (default: those of the colour scheme in use)."""
    colours = style.chart_colours() if colours is None else colours
    paint(view.chart(), colours)
    view.setBackgroundBrush(QColor(colours.background))
