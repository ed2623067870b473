"""The PDF report for the physiotherapist: a period of the session log on A4 pages.

:func:`write_report` gathers the period's figures with
:mod:`homestretch.core.stats` (the same definitions as the history view), lays
the pages out, and paints them with QPainter on a QPdfWriter: every word and
number is real PDF text, so the report can be searched and copied; only the
two charts are pictures (each followed by its figures as text).

The pages are laid out first, as a list of drawing steps per page, and
painted afterwards, so the footer can say "page 2 of 5". Layout is done here
rather than by QTextDocument because a long period (years of twice-daily
sessions) has thousands of table rows, which QTextDocument paginates far too
slowly.

The PDF is built in memory and written to a temporary file beside the target,
which then replaces it: a reader never sees half a report.
"""

from __future__ import annotations

import calendar
import gc
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)
from PySide6.QtWidgets import QWidget

from homestretch import APP_NAME, __version__
from homestretch.core import stats
from homestretch.core.checkin import describe_areas
from homestretch.core.events import EventKind
from homestretch.core.files import write_atomically
from homestretch.core.formatting import format_clock, plural
from homestretch.core.history import HistoryLog, LoggedEvent, SessionRecord
from homestretch.core.player import Outcome
from homestretch.ui import style

"""The kind of event the session page logs when the routine's stop rule fires."""

RESOLUTION: Final = 300
"""Dots per inch of the PDF's coordinate system (text stays vector text)."""
MARGINS_MM: Final = QMarginsF(16, 14, 16, 14)
CHART_PIXELS: Final = (1100, 400)
"""Size of the chart pictures; they are drawn across the page's width."""

# English whatever the locale (``calendar.month_name`` follows LC_TIME, which Qt sets).
MONTHS: Final = (
    "",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
SHORT_MONTHS: Final = tuple(name[:3] for name in MONTHS)
SHORT_DAYS: Final = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

INK = QColor(30, 30, 30)
MUTED = QColor(style.MUTED_COLOUR)
RULE = QColor(200, 200, 200)
HEADER_FILL = QColor(232, 238, 243)
GROUP_FILL = QColor(245, 245, 245)
EXERCISED_FILL = QColor(129, 199, 132)
WARNING_INK = QColor(style.CAUTION_COLOUR)
OUTSIDE_INK = QColor(175, 175, 175)


# --------------------------------------------------------------------------- the figures


@dataclass(frozen=True)
class RoutineUse:
    name: str
    sessions: int
    per_week: int


@dataclass(frozen=True)
class ReportData:
    """Everything the report shows, computed without Qt."""

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
        rates=stats.exercise_rates(sessions),
        stop_events=[(s, e) for s in sessions for e in s.events if e.kind == EventKind.STOP_RULE],
    )


def long_date(day: date) -> str:
    """``2 March 2026``, in English whatever the locale."""
    return f"{day.day} {MONTHS[day.month]} {day.year}"


def short_date(day: date) -> str:
    """``Mon 2 Mar 2026``."""
    return f"{SHORT_DAYS[day.weekday()]} {day.day} {SHORT_MONTHS[day.month]} {day.year}"


def period_text(since: date, until: date) -> str:
    days = (until - since).days + 1
    return f"{long_date(since)} to {long_date(until)} ({days} day{'s' if days != 1 else ''})"


def percent(ratio: float) -> str:
    return f"{round(ratio * 100)} %"


# --------------------------------------------------------------------------- page layout

Align = Qt.AlignmentFlag
LEFT: Final = Align.AlignLeft | Align.AlignVCenter
RIGHT: Final = Align.AlignRight | Align.AlignVCenter
CENTRE: Final = Align.AlignCenter
WRAP: Final = Align.AlignLeft | Align.AlignTop | Qt.TextFlag.TextWordWrap

# A page is a list of drawing steps, plain tuples (a report of years has tens of
# thousands): (TEXT, rect, flags, text, font, colour), (CLIPPED_TEXT, ...the same),
# (LINE_TEXT, baseline start, text, font, colour) for one line that is known to fit
# (twice as fast to draw), (FILL, rect, colour), (LINE, start, end, pen),
# (OUTLINE, rect, pen), (IMAGE, rect, image).
TEXT, CLIPPED_TEXT, LINE_TEXT, FILL, LINE, OUTLINE, IMAGE = range(7)
Step = tuple[Any, ...]


@dataclass(frozen=True)
class Group:
    """A row of a table that starts a group of rows, such as a month."""

    title: str


@dataclass(frozen=True)
class Column:
    title: str
    width: float
    """Share of the table's width."""
    align: Align = LEFT
    wrap: bool = False


class _Fonts:
    def __init__(self, device: QPdfWriter) -> None:
        base = QGuiApplication.font()
        self.device = device

        def font(points: float, *, bold: bool = False) -> QFont:
            return style.print_font(base, points, bold=bold)

        self.title = font(19, bold=True)
        self.heading = font(13, bold=True)
        self.body = font(9.5)
        self.bold = font(9.5, bold=True)
        self.table = font(8.5)
        self.table_bold = font(8.5, bold=True)
        self.small = font(7.5)
        self.tiny = font(5.5)
        self.calendar = font(7)
        self.calendar_bold = font(7, bold=True)
        self._metrics: dict[int, QFontMetricsF] = {}
        self._advances: dict[tuple[int, str], float] = {}
        self._characters: dict[int, dict[str, float]] = {}

    def metrics(self, font: QFont) -> QFontMetricsF:
        key = id(font)
        if key not in self._metrics:
            self._metrics[key] = QFontMetricsF(font, self.device)
        return self._metrics[key]

    def ascii_bound(self, font: QFont) -> float:
        """No printable ASCII character is wider than this: a quick check that a text fits."""
        key = (id(font), "\0bound")
        width = self._advances.get(key)
        if width is None:
            metrics = self.metrics(font)
            width = self._advances[key] = max(
                metrics.horizontalAdvance(chr(c)) for c in range(32, 127)
            )
        return width

    def fits(self, font: QFont, text: str, width: float) -> bool:
        """Whether ``text`` surely fits ``width`` on one line (by its characters' widths)."""
        widths = self._characters.get(id(font))
        if widths is None:
            metrics = self.metrics(font)
            widths = self._characters[id(font)] = {
                chr(c): metrics.horizontalAdvance(chr(c)) * 1.02 for c in range(32, 127)
            }
        total = 0.0
        for character in text:
            step = widths.get(character)
            if step is None:
                return self.advance(font, text) <= width
            total += step
        return total <= width

    def advance(self, font: QFont, text: str) -> float:
        """The width of ``text`` on one line (remembered: tables repeat their words)."""
        key = (id(font), text)
        width = self._advances.get(key)
        if width is None:
            width = self._advances[key] = self.metrics(font).horizontalAdvance(text)
        return width


class Layout:
    """Places text, tables and pictures down the pages, starting a page when one is full."""

    def __init__(self, writer: QPdfWriter) -> None:
        area = writer.pageLayout().paintRectPixels(writer.resolution())
        self.fonts = _Fonts(writer)
        self.width = float(area.width())
        self.footer_height = self.mm(7)
        self.height = float(area.height()) - self.footer_height
        self.pages: list[list[Step]] = [[]]
        self.steps = self.pages[0]
        self.y = 0.0

    @staticmethod
    def mm(length: float) -> float:
        return length * RESOLUTION / 25.4

    @staticmethod
    def pt(length: float) -> float:
        return length * RESOLUTION / 72

    @property
    def room(self) -> float:
        return self.height - self.y

    def new_page(self) -> None:
        self.steps = []
        self.pages.append(self.steps)
        self.y = 0.0

    def ensure(self, height: float) -> None:
        """Start a new page unless ``height`` fits on this one (or this one is empty)."""
        if height > self.room and self.y > 0:
            self.new_page()

    # -- drawing steps

    def text_at(
        self, rect: QRectF, text: str, font: QFont, flags: Align, colour: QColor = INK
    ) -> None:
        if text:
            self.steps.append((TEXT, rect, flags, text, font, colour))

    def line_text(
        self,
        rect: QRectF,
        text: str,
        font: QFont,
        align: Align = LEFT,
        colour: QColor = INK,
    ) -> None:
        """One line of text in ``rect`` (cut short with "..." if too long), centred vertically."""
        if not text:
            return
        width = self.fonts.advance(font, text)
        metrics = self.fonts.metrics(font)
        if width > rect.width():
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
            width = self.fonts.advance(font, text)
        horizontal, vertical = _placement(align)
        if horizontal == 1:
            x = rect.right() - width
        elif horizontal == 0:
            x = rect.left() + (rect.width() - width) / 2
        else:
            x = rect.left()
        if vertical == -1:
            y = rect.top() + metrics.ascent()
        elif vertical == 1:
            y = rect.bottom() - metrics.descent()
        else:
            y = rect.top() + (rect.height() - metrics.height()) / 2 + metrics.ascent()
        self.steps.append((LINE_TEXT, QPointF(x, y), text, font, colour))

    def line(self, start: QPointF, end: QPointF, pen: QPen) -> None:
        self.steps.append((LINE, start, end, pen))

    def fill(self, rect: QRectF, colour: QColor) -> None:
        self.steps.append((FILL, rect, colour))

    def outline(self, rect: QRectF, pen: QPen) -> None:
        self.steps.append((OUTLINE, rect, pen))

    def rule(self, colour: QColor = RULE, thickness: float | None = None) -> None:
        pen = QPen(colour, thickness or self.pt(0.4))
        self.line(QPointF(0, self.y), QPointF(self.width, self.y), pen)

    # -- flowing content

    def text_height(self, text: str, font: QFont, width: float) -> float:
        metrics = self.fonts.metrics(font)
        if "\n" not in text and (
            (text.isascii() and len(text) * self.fonts.ascii_bound(font) <= width)
            or metrics.horizontalAdvance(text) <= width
        ):
            return metrics.height()
        return metrics.boundingRect(QRectF(0, 0, width, 1e7), WRAP, text).height()

    def paragraph(
        self, text: str, font: QFont | None = None, colour: QColor = INK, after: float = 1.5
    ) -> None:
        font = font or self.fonts.body
        height = self.text_height(text, font, self.width)
        self.ensure(height)
        self.text_at(QRectF(0, self.y, self.width, height), text, font, WRAP, colour)
        self.y += height + self.mm(after)

    def heading(self, text: str, keep: float = 0.0) -> None:
        """A section title, kept on one page with the first ``keep`` of what follows."""
        font = self.fonts.heading
        height = self.fonts.metrics(font).height()
        self.ensure(self.mm(5) + height + keep)
        if self.y > 0:
            self.y += self.mm(5)
        self.text_at(QRectF(0, self.y, self.width, height), text, font, LEFT)
        self.y += height + self.mm(1)
        self.rule(QColor(120, 144, 156), self.pt(0.8))
        self.y += self.mm(2)

    def table(
        self,
        columns: Sequence[Column],
        rows: Sequence[Sequence[str] | Group],
        *,
        width: float | None = None,
        header: bool = True,
        bold_first: bool = False,
    ) -> None:
        """Rows of cells; a long table goes on over pages, repeating its header row.

        A :class:`Group` row starts a group (a month, say): its title spans the
        table, and is repeated, "continued", at the top of a page that breaks the group.
        """
        fonts = self.fonts
        total = width or self.width
        pad = self.mm(1.2)
        vpad = self.mm(0.75)
        widths = [c.width * total for c in columns]
        lefts = [sum(widths[:i]) for i in range(len(widths))]
        inner = [w - 2 * pad for w in widths]
        wrapping = [i for i, c in enumerate(columns) if c.wrap]
        line_height = fonts.metrics(fonts.table).height()
        base_height = line_height + 2 * vpad
        max_height = self.height - 4 * base_height
        rule_pen = QPen(RULE, self.pt(0.4))
        font = fonts.table
        first_font = fonts.table_bold if bold_first else font
        steps_append = self.text_at

        def header_row() -> None:
            if not header:
                return
            height = 2 * vpad + max(
                self.text_height(c.title, fonts.table_bold, w)
                for c, w in zip(columns, inner, strict=True)
            )
            top = self.y
            self.fill(QRectF(0, top, total, height), HEADER_FILL)
            for c, left, w in zip(columns, lefts, inner, strict=True):
                flags = (c.align & ~Align.AlignVCenter) | Align.AlignTop | Qt.TextFlag.TextWordWrap
                steps_append(
                    QRectF(left + pad, top + vpad, w, height), c.title, fonts.table_bold, flags
                )
            self.y += height

        group_font = fonts.table_bold
        group: str | None = None

        def group_row(title: str) -> None:
            top = self.y
            self.fill(QRectF(0, top, total, base_height), GROUP_FILL)
            self.line_text(QRectF(pad, top, total - 2 * pad, base_height), title, group_font)
            self.y += base_height

        # The loop below runs for every cell of tables of thousands of rows: one-line
        # cells that surely fit go straight in as LINE_TEXT steps.
        metrics = fonts.metrics(font)
        baseline = (base_height - metrics.height()) / 2 + metrics.ascent()
        bound = max(fonts.ascii_bound(font), fonts.ascii_bound(first_font))
        fits = fonts.fits
        wrap_flags = [
            (c.align & ~Align.AlignVCenter) | Align.AlignTop | Qt.TextFlag.TextWordWrap
            for c in columns
        ]
        plan = [
            (left + pad, w, _placement(c.align)[0], c.wrap)
            for c, left, w in zip(columns, lefts, inner, strict=True)
        ]
        steps_height = self.height
        self.ensure(base_height * (3 if header else 1))
        header_row()
        for row in rows:
            if isinstance(row, Group):
                if 2 * base_height > steps_height - self.y:
                    self.new_page()
                    header_row()
                group = row.title
                group_row(group)
                continue
            height = base_height
            for i in wrapping:
                cell = row[i]
                if cell:
                    height = max(height, self.text_height(cell, font, inner[i]) + 2 * vpad)
            height = min(height, max_height)
            if height > steps_height - self.y:
                self.new_page()
                header_row()
                if group is not None:
                    group_row(f"{group} (continued)")
            top = self.y
            steps = self.steps
            for i, cell in enumerate(row):
                if not cell:
                    continue
                x, w, horizontal, wrap = plan[i]
                cell_font = first_font if i == 0 else font
                if wrap and height > base_height:
                    rect = QRectF(x, top + vpad, w, height - 2 * vpad)
                    flags = wrap_flags[i]
                    steps.append((CLIPPED_TEXT, rect, flags, cell, cell_font, INK))
                elif horizontal < 0 and (len(cell) * bound <= w or fits(cell_font, cell, w)):
                    steps.append((LINE_TEXT, QPointF(x, top + baseline), cell, cell_font, INK))
                elif horizontal > 0 and (advance := fonts.advance(cell_font, cell)) <= w:
                    point = QPointF(x + w - advance, top + baseline)
                    steps.append((LINE_TEXT, point, cell, cell_font, INK))
                else:
                    self.line_text(
                        QRectF(x, top, w, base_height), cell, cell_font, columns[i].align
                    )
            self.y = top + height
            steps.append((LINE, QPointF(0, self.y), QPointF(total, self.y), rule_pen))

    def image(self, image: QImage, height_mm: float) -> None:
        height = self.mm(height_mm)
        width = min(self.width, height * image.width() / max(1, image.height()))
        self.ensure(height)
        rect = QRectF((self.width - width) / 2, self.y, width, height)
        self.steps.append((IMAGE, rect, image))
        self.y += height + self.mm(1.5)


_PLACEMENTS: dict[Align, tuple[int, int]] = {}


def _placement(align: Align) -> tuple[int, int]:
    """(-1 left, 0 centre, 1 right), (-1 top, 0 centre, 1 bottom); Qt flag tests are slow."""
    found = _PLACEMENTS.get(align)
    if found is None:
        horizontal = 1 if align & Align.AlignRight else 0 if align & Align.AlignHCenter else -1
        vertical = -1 if align & Align.AlignTop else 1 if align & Align.AlignBottom else 0
        found = _PLACEMENTS[align] = (horizontal, vertical)
    return found


def paint_steps(painter: QPainter, steps: Sequence[Step]) -> None:
    """Draw one page's steps, setting the font and pen only when they change."""
    font: QFont | None = None
    pen: object = None
    for step in steps:
        kind = step[0]
        if kind == LINE_TEXT:
            _, start, text, step_font, colour = step
            if step_font is not font:
                font = step_font
                painter.setFont(step_font)
            if colour is not pen:
                pen = colour
                painter.setPen(colour)
            painter.drawText(start, text)
        elif kind in (TEXT, CLIPPED_TEXT):
            _, rect, flags, text, step_font, colour = step
            if step_font is not font:
                font = step_font
                painter.setFont(step_font)
            if colour is not pen:
                pen = colour
                painter.setPen(colour)
            if kind == CLIPPED_TEXT:
                painter.save()
                painter.setClipRect(rect)
                painter.drawText(rect, flags, text)
                painter.restore()
            else:
                painter.drawText(rect, flags, text)
        elif kind == LINE:
            if step[3] is not pen:
                pen = step[3]
                painter.setPen(step[3])
            painter.drawLine(step[1], step[2])
        elif kind == FILL:
            painter.fillRect(step[1], step[2])
        elif kind == OUTLINE:
            if step[2] is not pen:
                pen = step[2]
                painter.setPen(step[2])
            painter.drawRect(step[1])
        elif kind == IMAGE:
            painter.drawImage(step[1], step[2])


# --------------------------------------------------------------------------- the sections


def _title(layout: Layout, data: ReportData) -> None:
    fonts = layout.fonts
    height = fonts.metrics(fonts.title).height()
    layout.text_at(
        QRectF(0, 0, layout.width, height), f"{APP_NAME} exercise report", fonts.title, LEFT
    )
    layout.y = height + layout.mm(1)
    started = (
        f", from the first session on {long_date(data.since)}"
        if data.since > data.asked_since
        else ""
    )
    layout.paragraph(f"Period: {period_text(data.since, data.until)}{started}", fonts.bold, after=1)
    if data.routines:
        names = "; ".join(
            f"{r.name} ({plural(r.sessions, 'session')}, {r.per_week} a week prescribed)"
            for r in data.routines
        )
        label = "Routine" if len(data.routines) == 1 else "Routines"
        layout.paragraph(f"{label}: {names}", after=1)
    layout.paragraph(
        f"Prepared on {long_date(data.today)} by {APP_NAME} {__version__} from the "
        "session log kept on the patient's computer. Days are the patient's local calendar days.",
        fonts.small,
        MUTED,
        after=0,
    )


def _summary(layout: Layout, data: ReportData) -> None:
    layout.heading("Adherence", keep=layout.mm(30))
    sessions = data.sessions
    if not sessions:
        layout.paragraph("No sessions were logged in this period.", layout.fonts.bold)
        return
    outcomes = Counter(s.ended for s in sessions)
    skipping = sum(1 for s in sessions if s.ended is Outcome.COMPLETED and s.skipped)
    per_day = stats.per_day(data.per_week)
    prescribed = sum(w.prescribed for w in data.weeks)
    done_capped = sum(min(w.done, w.prescribed) for w in data.weeks)
    period_days = (data.until - data.since).days + 1
    exercised = sum(1 for d in data.days if data.since <= d <= data.until)
    reference = min(data.today, data.until)
    partial = ", a partial week its share" if any(w.days < 7 for w in data.weeks) else ""
    rows = [
        (
            "Overall adherence",
            f"{percent(data.overall)}: {done_capped} of {prescribed} prescribed sessions "
            f"({data.per_week} a week over {plural(len(data.weeks), 'week')}"
            f"{partial}; each week counts up to its prescription)",
        ),
        (
            "Sessions",
            f"{len(sessions)} logged: {outcomes[Outcome.COMPLETED] - skipping} completed, "
            f"{skipping} finished with exercises skipped, "
            f"{outcomes[Outcome.STOPPED]} stopped early, "
            f"{outcomes[Outcome.INTERRUPTED]} interrupted; {data.counted} with at least "
            f"one exercise completed (these count, at most {plural(per_day, 'session')} a day)",
        ),
        (
            "Days exercised",
            f"{exercised} of {period_days}; longest run "
            f"{plural(stats.longest_streak(data.days), 'day')}; current run "
            f"{plural(stats.current_streak(data.days, reference), 'day')} "
            f"(on {long_date(reference)})",
        ),
        ("Pain (0-10)", _pain_summary(data.pain)),
        (
            "Stop-rule warnings",
            f"{len(data.stop_events)}" + (" (listed below)" if data.stop_events else ""),
        ),
    ]
    layout.table(
        (Column("", 0.22), Column("", 0.78, wrap=True)), rows, header=False, bold_first=True
    )


def _pain_summary(points: Sequence[stats.PainPoint]) -> str:
    if not points:
        return "no ratings in this period"
    parts = []
    for label, values in (
        ("before sessions", [p.before for p in points if p.before is not None]),
        ("after sessions", [p.after for p in points if p.after is not None]),
    ):
        if values:
            mean = sum(values) / len(values)
            parts.append(
                f"{label}: average {mean:.1f} over {plural(len(values), 'rating')}, "
                f"first {values[0]}, last {values[-1]}"
            )
    return "; ".join(parts)


def _weeks(layout: Layout, data: ReportData) -> None:
    if not data.sessions:
        return
    layout.heading("Week by week", keep=layout.mm(20))
    rows = []
    for w in data.weeks:
        first = max(w.week_start, data.since)
        last = min(w.week_start + timedelta(days=6), data.until)
        part = "" if (first, last) == (w.week_start, w.week_start + timedelta(days=6)) else " *"
        rows.append(
            (
                f"{short_date(first)} to {short_date(last)}{part}",
                str(w.done),
                str(w.prescribed),
                percent(w.ratio),
            )
        )
    layout.table(
        (
            Column("Week (Monday to Sunday)", 0.46),
            Column("Sessions that count", 0.2, RIGHT),
            Column("Prescribed", 0.16, RIGHT),
            Column("Adherence", 0.18, RIGHT),
        ),
        rows,
        width=layout.width * 0.8,
    )
    if any(r[0].endswith(" *") for r in rows):
        layout.paragraph(
            "* Part of the week lies outside the period: it is prescribed its share of the"
            " week's sessions, rounded.",
            layout.fonts.small,
            MUTED,
        )


def _months(since: date, until: date) -> list[tuple[int, int]]:
    months = []
    year, month = since.year, since.month
    while (year, month) <= (until.year, until.month):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _calendar(layout: Layout, data: ReportData) -> None:
    fonts = layout.fonts
    per_row = 3
    gap = layout.mm(7)
    block = (layout.width - gap * (per_row - 1)) / per_row
    cell_w = block / 7
    cell_h = layout.mm(6.2)
    title_h = fonts.metrics(fonts.calendar_bold).height() * 1.5
    block_h = title_h + cell_h * 0.7 + cell_h * 6
    layout.heading("Calendar", keep=block_h + layout.mm(8))
    layout.paragraph(
        "A green day had at least one session that counts (at least one exercise completed); "
        "the small figure is how many. Days in grey are outside the period.",
        fonts.small,
        MUTED,
    )
    months = _months(data.since, data.until)
    grid = calendar.Calendar(firstweekday=0)
    cal_pen = QPen(RULE, layout.pt(0.3))
    number_dx = layout.mm(0.6)
    number_dy = layout.mm(0.4) + fonts.metrics(fonts.calendar_bold).ascent()
    count_dy = cell_h - layout.mm(0.2) - fonts.metrics(fonts.tiny).descent()
    for start in range(0, len(months), per_row):
        layout.ensure(block_h)
        top = layout.y
        steps = layout.steps
        for slot, (year, month) in enumerate(months[start : start + per_row]):
            left = slot * (block + gap)
            layout.line_text(
                QRectF(left, top, block, title_h),
                f"{MONTHS[month]} {year}",
                fonts.calendar_bold,
                LEFT,
            )
            y = top + title_h
            for i, name in enumerate(SHORT_DAYS):
                layout.line_text(
                    QRectF(left + i * cell_w, y, cell_w, cell_h * 0.7),
                    name[:2],
                    fonts.calendar,
                    CENTRE,
                    MUTED,
                )
            y += cell_h * 0.7
            for week_index, week in enumerate(grid.monthdatescalendar(year, month)):
                row_top = y + week_index * cell_h
                for i, day in enumerate(week):
                    if day.month != month:
                        continue
                    x = left + i * cell_w
                    rect = QRectF(x, row_top, cell_w, cell_h)
                    inside = data.since <= day <= data.until
                    count = data.days.get(day, 0) if inside else 0
                    if count:
                        steps.append((FILL, rect, EXERCISED_FILL))
                    steps.append((OUTLINE, rect, cal_pen))
                    steps.append(
                        (
                            LINE_TEXT,
                            QPointF(x + number_dx, row_top + number_dy),
                            str(day.day),
                            fonts.calendar_bold if count else fonts.calendar,
                            INK if inside else OUTSIDE_INK,
                        )
                    )
                    if count:
                        text = str(count)
                        count_x = x + cell_w - layout.mm(0.6) - fonts.advance(fonts.tiny, text)
                        steps.append(
                            (LINE_TEXT, QPointF(count_x, row_top + count_dy), text, fonts.tiny, INK)
                        )
        layout.y = top + block_h + layout.mm(4)


def _charts(layout: Layout, data: ReportData) -> None:
    fonts = layout.fonts
    width, height = CHART_PIXELS
    chart_mm = 62.0
    layout.heading("Pain trend", keep=layout.mm(chart_mm))
    if data.pain:
        from homestretch.ui.charts import pain_chart, render_chart

        layout.image(render_chart(pain_chart(data.pain), width, height), chart_mm)
        layout.paragraph(
            "Pain on a scale of 0 (none) to 10 (worst imaginable), rated by the patient "
            "before and after sessions. " + _pain_summary(data.pain).capitalize() + ".",
            fonts.small,
            MUTED,
        )
    else:
        layout.paragraph("No pain ratings were recorded in this period.")

    layout.heading("Exercises completed", keep=layout.mm(chart_mm))
    if not data.rates:
        layout.paragraph("No exercises were recorded in this period.")
        return
    from homestretch.ui.charts import completion_chart, render_chart

    layout.image(
        render_chart(
            completion_chart(
                data.rates, title="Share of sessions in which each exercise was completed"
            ),
            width,
            height,
        ),
        chart_mm,
    )
    rows = [
        (r.name, str(r.completed), str(r.skipped), str(r.partial), percent(r.rate))
        for r in data.rates
    ]
    layout.table(
        (
            Column("Exercise", 0.45, wrap=True),
            Column("Completed", 0.13, RIGHT),
            Column("Skipped", 0.12, RIGHT),
            Column("Stopped part way", 0.15, RIGHT, wrap=True),
            Column("Completed share", 0.15, RIGHT, wrap=True),
        ),
        rows,
    )


def _stop_events(layout: Layout, data: ReportData) -> None:
    layout.heading("Stop-rule warnings", keep=layout.mm(15))
    if not data.stop_events:
        layout.paragraph("The routine's stop rule did not fire in this period.")
        return
    layout.paragraph(
        "The routine's stop rule fired: the patient was told to stop and contact you.",
        colour=WARNING_INK,
    )
    rows = [
        (
            _when(s, e.at),
            s.routine_name,
            e.detail or "(no detail)",
        )
        for s, e in data.stop_events
    ]
    layout.table(
        (
            Column("When", 0.24, wrap=True),
            Column("Routine", 0.26, wrap=True),
            Column("What happened", 0.5, wrap=True),
        ),
        rows,
    )


def _when(session: SessionRecord, at: datetime | None = None) -> str:
    """``Mon 2 Mar 2026 08:05``: the session's local day; the time of ``at`` or its start,
    both on the patient's clock where the session was done."""
    day = stats.session_day(session)
    clock = session.local(at or session.started_at)
    return f"{short_date(day)} {clock.hour:02d}:{clock.minute:02d}"


def planned_exercises(session: SessionRecord) -> int:
    """How many exercises the session's routine had (its snapshot), at least as many as logged."""
    planned = session.snapshot.get("exercises")
    return max(len(planned) if isinstance(planned, list) else 0, len(session.exercises))


def _rating(rating: int | None) -> str:
    return "" if rating is None else str(rating)


def _note_cell(session: SessionRecord) -> str:
    """The note, where it hurt (the pain check-ins' body areas), and any exercise
    stopped part way with the time done."""
    parts = [session.note] if session.note else []
    where = []
    if session.areas_before:
        where.append(f"before: {describe_areas(session.areas_before)}")
    if session.areas_after:
        where.append(f"after: {describe_areas(session.areas_after)}")
    if where:
        parts.append(f"Where it hurt {'; '.join(where)}.")
    for e in session.partial:
        parts.append(
            f"Stopped part way through {e.exercise_name}: "
            f"{format_clock(e.done_seconds)} of {format_clock(e.planned_seconds)}."
        )
    return "\n".join(parts)


def _sessions(layout: Layout, data: ReportData) -> None:
    layout.heading("Sessions and notes", keep=layout.mm(20))
    if not data.sessions:
        layout.paragraph("No sessions were logged in this period.")
        return
    several = len(data.routines) > 1
    columns = [Column("Day, time", 0.155)]
    if several:
        columns.append(Column("Routine", 0.16, wrap=True))
    columns += [
        Column("Ended", 0.12, wrap=True),
        Column("Exercises done", 0.1, RIGHT),
        Column("Pain before", 0.085, RIGHT),
        Column("Pain after", 0.075, RIGHT),
    ]
    columns.append(Column("Note", 1.0 - sum(c.width for c in columns), wrap=True))
    rows: list[list[str] | Group] = []
    month: tuple[int, int] | None = None
    for s in data.sessions:
        day = stats.session_day(s)
        if (day.year, day.month) != month:
            month = (day.year, day.month)
            rows.append(Group(f"{MONTHS[day.month]} {day.year}"))
        clock = s.local_start
        row = [f"{SHORT_DAYS[day.weekday()]} {day.day}, {clock.hour:02d}:{clock.minute:02d}"]
        if several:
            row.append(s.routine_name)
        row += [
            stats.session_outcome_text(s),
            f"{len(s.completed)} of {planned_exercises(s)}",
            _rating(s.pain_before),
            _rating(s.pain_after),
            _note_cell(s),
        ]
        rows.append(row)
    layout.table(columns, rows)


def build_pages(writer: QPdfWriter, data: ReportData) -> list[list[Step]]:
    layout = Layout(writer)
    _title(layout, data)
    _summary(layout, data)
    _weeks(layout, data)
    _calendar(layout, data)
    _charts(layout, data)
    _stop_events(layout, data)
    _sessions(layout, data)
    return layout.pages


# --------------------------------------------------------------------------- the file


def render_pdf(data: ReportData) -> bytes:
    """The report as PDF bytes."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageOrientation(QPageLayout.Orientation.Portrait)
    writer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    title = f"{APP_NAME} exercise report, {period_text(data.since, data.until)}"
    writer.setTitle(title)
    writer.setCreator(f"{APP_NAME} {__version__}")
    pages = build_pages(writer, data)
    area = writer.pageLayout().paintRectPixels(RESOLUTION)
    footer_font = style.print_font(QGuiApplication.font(), 7.5)
    footer = QRectF(0, area.height() - Layout.mm(4), area.width(), Layout.mm(4))
    where = f"{APP_NAME} report, {long_date(data.since)} to {long_date(data.until)}"
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("cannot start the PDF")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for number, steps in enumerate(pages, start=1):
            if number > 1:
                writer.newPage()
            paint_steps(painter, steps)
            painter.setFont(footer_font)
            painter.setPen(MUTED)
            painter.drawText(footer, LEFT, where)
            painter.drawText(footer, RIGHT, f"page {number} of {len(pages)}")
    finally:
        painter.end()
    buffer.close()
    data_bytes: QByteArray = buffer.data()
    return bytes(data_bytes.data())


def write_report(log: HistoryLog, since: date, until: date, output: Path, *, today: date) -> Path:
    """Write the PDF report of ``since``..``until`` (local days, inclusive) to ``output``.

    Needs a QGuiApplication (the charts a QApplication); works offscreen.

    Raises:
        OSError: ``output`` cannot be written (nothing is left behind).
        HistoryError: the log cannot be read.
    """
    with _collector_paused():
        content = render_pdf(gather(log, since, until, today=today))
    write_atomically(output, content)
    return output


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Hold Python's cycle collector while the report is built.

    A report of years makes some hundred thousand small tuples (records,
    drawing steps), none of them in cycles; the collector would go over all of
    them again and again (a sixth of the time). Reference counting still frees
    everything; the collector runs again afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# --------------------------------------------------------------------------- from the window

AskSaveName = Callable[[QWidget, str, str, str], tuple[str, str]]
"""``QFileDialog.getSaveFileName``'s shape: (parent, caption, suggested path, filter)."""


def report_file_name(since: date, until: date) -> str:
    """``homestretch-report-2026-03-02-to-2026-03-31.pdf``."""
    return f"homestretch-report-{since.isoformat()}-to-{until.isoformat()}.pdf"
