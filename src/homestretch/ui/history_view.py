"""The history page: past sessions, the calendar, streaks, adherence, pain and per-exercise rates.

The view reads the open :class:`~homestretch.core.history.HistoryLog` it is
given and takes every figure from :mod:`homestretch.core.stats`, so the page,
the PDF report and the tests agree. It opens no files itself.

Ten years of twice-daily sessions must stay instant, so the sessions table is
a model over the records read without their exercise rows (its cells are
formatted only when Qt draws them), the calendar covers only the months on
screen, and the per-exercise rates are summed up by SQLite
(:meth:`~homestretch.core.history.HistoryLog.exercise_totals`).
"""

from __future__ import annotations

import calendar
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Final

from PySide6.QtCharts import QChart, QChartView, QHorizontalBarSeries
from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAccessible,
    QAction,
    QColor,
    QCursor,
    QHelpEvent,
    QHideEvent,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QBoxLayout,
    QCalendarWidget,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from homestretch.core.checkin import anchor, describe_areas, shown, stop_detail
from homestretch.core.dates import month_and_year
from homestretch.core.events import EventKind, event_words
from homestretch.core.formatting import (
    format_clock,
    practice_text,
    single_exercise_text,
    utc_offset,
)
from homestretch.core.history import HistoryError, HistoryLog, LoggedEvent, SessionRecord
from homestretch.core.i18n import QT_TRANSLATE_NOOP, translate
from homestretch.core.player import Outcome
from homestretch.core.stats import (
    ExerciseRate,
    PeriodError,
    counted_in,
    current_streak,
    exercised_days,
    longest_streak,
    outcome_text,
    overall_adherence,
    pain_series,
    pain_summary,
    period,
    rates_of_totals,
    session_day,
    week_start,
    weekly_adherence,
)
from homestretch.ui import style
from homestretch.ui.a11y import name_from_label, tab_order, use_roles
from homestretch.ui.charts import completion_chart, pain_chart, paint_view
from homestretch.ui.dialogs import ask
from homestretch.ui.flow import FlowLayout
from homestretch.ui.session_table import SessionTable
from homestretch.ui.text import plain, tooltip

if TYPE_CHECKING:
    from homestretch.ui.report_writer import ReportWriter

AskSaveName = Callable[[QWidget, str, str, str], tuple[str, str]]
"""``QFileDialog.getSaveFileName``'s shape: (parent, caption, suggested path, filter)."""

Today = Callable[[], date]

EXERCISED_COLOUR: Final = style.DONE_COLOUR
CALENDAR_MONTHS: Final = 3
LARGE_TEXT: Final = 1.25
"""From this text size up, the page's top row and its filters take two rows each."""
WIDE: Final = 1500
"""Narrower than this, the calendar shows one month fewer."""
STACKED_TEXT: Final = 1.5
"""From this text size (times the normal) the calendar goes under the sessions table."""
NARROW: Final = 1200
"""Narrower than this (times the text size), the calendar goes under the sessions table too:
beside it, the table would have to leave out columns (a 1024-pixel netbook screen)."""
STACKED_TABLE: Final = 200
"""The sessions table's least height there (times the text size): the page scrolls."""
ALL_ROUTINES: Final = QT_TRANSLATE_NOOP("HistoryView", "All routines")
"""The routine filter's first choice (translated where it is shown)."""
DATE_PAUSE_MS: Final = 400


def _label(text: str = "", size: int = 18, *, bold: bool = False, wrap: bool = False) -> QLabel:
    label = plain(QLabel(text))
    label.setFont(style.font(size, bold=bold))
    label.setWordWrap(wrap)
    return label


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def pain_words(rating: int | None) -> str:
    if rating is None:
        return translate("HistoryView", "not rated")
    return translate("HistoryView", "{rating} ({anchor})").format(
        rating=rating, anchor=shown(anchor(rating))
    )


def percent(share: float) -> str:
    """``0.8`` as ``80%`` (``80 %`` in German): the language's way of writing a percentage."""
    locale = QLocale()
    return locale.toString(share * 100, "f", 0) + (
        "\u00a0%" if locale.language() in SPACED_PERCENT else "%"
    )


SPACED_PERCENT: Final = frozenset({QLocale.Language.German})
"""Languages that put a (non-breaking) space before the percent sign."""


def local_text(moment: datetime | date, form: str) -> str:
    """``moment`` (as the patient's clock showed it) in the chosen language, in the
    QLocale ``form``: "ddd d MMM yyyy, HH:mm" or a translation of it."""
    day = QDate(moment.year, moment.month, moment.day)
    if isinstance(moment, datetime):
        return QLocale().toString(QDateTime(day, QTime(moment.hour, moment.minute)), form)
    return QLocale().toString(day, form)


def session_time_text(moment: datetime) -> str:
    """``Tue 3 Mar 2026, 08:00`` in the chosen language."""
    return local_text(
        moment, translate("HistoryView", "ddd d MMM yyyy, HH:mm", "date and time format")
    )


def event_text(event: LoggedEvent, session: SessionRecord) -> str:
    """``⚠ 08:12 stop rule: …`` or ``08:05 pain during the session: 6 (moderate)``,
    on the patient's clock where the session was done, in the window's language."""
    at = local_text(session.local(event.at), "HH:mm")
    detail = event.detail
    if event.kind == EventKind.PAIN and detail.isdigit() and int(detail) <= 10:
        detail = pain_words(int(detail))
    elif event.kind == EventKind.STOP_RULE:
        detail = stop_detail(detail)
    if detail:
        text = translate("HistoryView", "{time} {event}: {detail}", "a logged event").format(
            time=at, event=event_words(event.kind), detail=detail
        )
    else:
        text = translate("HistoryView", "{time} {event}", "a logged event").format(
            time=at, event=event_words(event.kind)
        )
    return f"⚠ {text}" if event.kind == EventKind.STOP_RULE else text


def rate_tooltip(rate: ExerciseRate) -> str:
    total = rate.completed + rate.skipped
    return translate(
        "HistoryView",
        "{name}: completed in {completed} of %n session(s) ({percent}), skipped in {skipped}",
        "",
        total,
    ).format(
        name=rate.name, completed=rate.completed, percent=percent(rate.rate), skipped=rate.skipped
    )


PRACTICE_TIP: Final = QT_TRANSLATE_NOOP(
    "HistoryView",
    "A practice run at {speed}× speed: its times are not real time, and it is "
    "left out of the calendar, the streaks and the adherence.",
)


PAIN_NAMES: Final = (
    QT_TRANSLATE_NOOP("HistoryView", "Pain before and after, the last %n day(s)"),
    QT_TRANSLATE_NOOP("HistoryView", "Pain before and after, {since} to {until}"),
)
"""What a screen reader calls the pain chart: for the last days up to today, for other dates."""
RATES_NAMES: Final = (
    QT_TRANSLATE_NOOP("HistoryView", "Exercises completed, the last %n day(s)"),
    QT_TRANSLATE_NOOP("HistoryView", "Exercises completed, {since} to {until}"),
)
"""What a screen reader calls the completion chart."""


def rates_in_words(rates: Sequence[ExerciseRate]) -> str:
    """The completion chart's figures, for a screen reader: each exercise and its share."""
    if not rates:
        return translate("Charts", "No exercises in these dates")
    shares = translate("HistoryView", "; ", "between the items of a list").join(
        translate("HistoryView", "{name}: {percent}", "an exercise and its share").format(
            name=r.name, percent=percent(r.rate)
        )
        for r in rates
    )
    return translate(
        "HistoryView", "Share of its sessions in which each exercise was completed: {shares}."
    ).format(shares=shares)


def describe_session(session: SessionRecord) -> str:
    """``Tue 3 Mar 2026, 08:00``: the session's start on the patient's clock where it was
    done (the day it counts on), with the offset (``UTC+9``) when that is not this
    machine's offset at that moment."""
    start = session.local_start
    text = session_time_text(start)
    if start.utcoffset() != session.started_at.astimezone().utcoffset():
        text += f" ({utc_offset(start)})"
    return text


# -- the sessions table


class SessionTableModel(QAbstractTableModel):
    """Sessions newest first, one row each; cells are formatted when Qt asks for them.

    Args:
        skipped_of: the skipped exercises of a session, as ``name (id)`` texts
            (read on demand for a tooltip: the rows are read without their exercises).
        save_note: writes a session's edited note; False if it could not be saved.
            Without it the notes cannot be edited.
    """

    COLUMNS: Final = (
        QT_TRANSLATE_NOOP("SessionTableModel", "Date and\ntime"),
        QT_TRANSLATE_NOOP("SessionTableModel", "Routine"),
        QT_TRANSLATE_NOOP("SessionTableModel", "Time\ndone"),
        QT_TRANSLATE_NOOP("SessionTableModel", "Done"),
        QT_TRANSLATE_NOOP("SessionTableModel", "Skipped"),
        QT_TRANSLATE_NOOP("SessionTableModel", "Pain\nbefore"),
        QT_TRANSLATE_NOOP("SessionTableModel", "Pain\nafter"),
        QT_TRANSLATE_NOOP("SessionTableModel", "Note"),
    )
    """The column titles (two lines where the routine and the note need the room)."""
    DATE, ROUTINE, DURATION, DONE, SKIPPED, BEFORE, AFTER, NOTE = range(8)

    def __init__(
        self,
        skipped_of: Callable[[SessionRecord], Sequence[str]] | None = None,
        parent: QWidget | None = None,
        save_note: Callable[[SessionRecord, str], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self._sessions: list[SessionRecord] = []
        self._counts: dict[int, tuple[int, int]] = {}
        self._skipped_of = skipped_of
        self._save_note = save_note
        self.hidden: frozenset[int] = frozenset()
        """The columns the table leaves out for want of room; their texts go in tooltips."""

    def set_sessions(
        self, sessions: list[SessionRecord], counts: dict[int, tuple[int, int]]
    ) -> None:
        self.beginResetModel()
        self._sessions = sessions
        self._counts = counts
        self.endResetModel()

    def session(self, row: int) -> SessionRecord:
        return self._sessions[row]

    def row_of(self, session_id: int) -> int | None:
        for row, s in enumerate(self._sessions):
            if s.id == session_id:
                return row
        return None

    def rowCount(  # noqa: N802 (Qt API)
        self, parent: QModelIndex | QPersistentModelIndex | None = None
    ) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._sessions)

    def columnCount(  # noqa: N802 (Qt API)
        self, parent: QModelIndex | QPersistentModelIndex | None = None
    ) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.COLUMNS)

    def headerData(  # noqa: N802 (Qt API)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("SessionTableModel", self.COLUMNS[section])
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.NOTE and self._save_note is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(  # noqa: N802 (Qt API)
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: object,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        """A note typed into the table: saved to the log at once."""
        if (
            not index.isValid()
            or index.column() != self.NOTE
            or role != Qt.ItemDataRole.EditRole
            or self._save_note is None
        ):
            return False
        session = self._sessions[index.row()]
        note = str(value).strip()
        if note == session.note or not self._save_note(session, note):
            return False
        session.note = note
        self.dataChanged.emit(index, index)
        return True

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid():
            return None
        session = self._sessions[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(session, column)
        if role == Qt.ItemDataRole.EditRole and column == self.NOTE:
            return session.note
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self._tooltip(session, column)
            if session.practice and column in (self.ROUTINE, self.DURATION):
                practice = translate("HistoryView", PRACTICE_TIP).format(
                    speed=QLocale().toString(session.speed, "g", 6)
                )
                tip = "\n".join(t for t in (practice, tip) if t)
            if column in (self.DATE, self.ROUTINE):
                tip = "\n".join(t for t in (tip, self._hidden_text(session)) if t) or None
            return None if tip is None else tooltip(tip)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.DURATION,
            self.DONE,
            self.SKIPPED,
            self.BEFORE,
            self.AFTER,
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _text(self, s: SessionRecord, column: int) -> str:
        done, skipped = self._counts.get(s.id, (0, 0))
        if column == self.DATE:
            return describe_session(s)
        if column == self.ROUTINE:
            marks = (single_exercise_text(s), practice_text(s))
            return " ".join(t for t in (s.routine_name, *marks) if t)
        if column == self.DURATION:
            text = format_clock(s.done_seconds)
            # The skipped column counts the skips; "finished" says the end was reached.
            ended = outcome_text(s.ended, skipped if s.ended is Outcome.COMPLETED else 0)
            if s.ended is Outcome.COMPLETED and not skipped:
                return text
            return f"{text} ({ended})"
        if column == self.DONE:
            planned = s.snapshot.get("exercises")
            if not isinstance(planned, list):
                return str(done)
            return translate("SessionTableModel", "{done} of {planned}").format(
                done=done, planned=len(planned)
            )
        if column == self.SKIPPED:
            return str(skipped) if skipped else "–"
        if column == self.BEFORE:
            return "–" if s.pain_before is None else str(s.pain_before)
        if column == self.AFTER:
            return "–" if s.pain_after is None else str(s.pain_after)
        if column == self.NOTE:
            stopped = any(e.kind == EventKind.STOP_RULE for e in s.events)
            warning = translate("SessionTableModel", "⚠ stop rule") if stopped else ""
            return " · ".join(t for t in (warning, s.note.replace("\n", " ")) if t)
        return ""

    def _hidden_text(self, s: SessionRecord) -> str:
        """What the columns left out for want of room (large text on a small screen, see
        :attr:`hidden`) say of ``s``, a line each ("Pain before: 3"): the date's and the
        routine's tooltips carry them."""
        lines = []
        for column in sorted(self.hidden):
            title = " ".join(str(self.headerData(column, Qt.Orientation.Horizontal)).split())
            lines.append(
                translate("SessionTableModel", "{column}: {value}").format(
                    column=title, value=self._text(s, column)
                )
            )
        return "\n".join(lines)

    def _tooltip(self, s: SessionRecord, column: int) -> str | None:
        if column == self.SKIPPED and self._counts.get(s.id, (0, 0))[1] and self._skipped_of:
            return translate("SessionTableModel", "Skipped: {names}").format(
                names=", ".join(self._skipped_of(s))
            )
        if column in (self.BEFORE, self.AFTER):
            rating = s.pain_before if column == self.BEFORE else s.pain_after
            areas = s.areas_before if column == self.BEFORE else s.areas_after
            text = (
                translate("SessionTableModel", "Pain before: {pain}")
                if column == self.BEFORE
                else translate("SessionTableModel", "Pain after: {pain}")
            ).format(pain=pain_words(rating))
            if areas:
                where = translate("SessionTableModel", "Where: {areas}")
                text += "\n" + where.format(areas=describe_areas(areas, translated=True))
            return text
        if (
            column == self.DATE
            and s.local_start.utcoffset() != s.started_at.astimezone().utcoffset()
        ):
            here = s.started_at.astimezone()
            return translate(
                "SessionTableModel", "Done in {offset}; here ({here_offset}) that was {time}."
            ).format(
                offset=utc_offset(s.local_start),
                here_offset=utc_offset(here),
                time=session_time_text(here),
            )
        if column in (self.NOTE, self.DATE, self.ROUTINE) and (s.events or s.note):
            lines = [s.note] if s.note else []
            lines += [event_text(e, s) for e in s.events]
            if column == self.NOTE and self._save_note is not None:
                lines.append(
                    translate("SessionTableModel", "Double-click or press F2 to edit the note.")
                )
            return "\n".join(lines)
        if column == self.NOTE and self._save_note is not None:
            return translate("SessionTableModel", "Double-click or press F2 to write a note.")
        return None


# -- the calendar


class ChartView(QChartView):
    """A chart of the history page; a screen reader is told it is a chart (its name
    says what it shows, its description the figures)."""

    ACCESSIBLE_ROLE = QAccessible.Role.Chart

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        use_roles()


class MonthGrid(QWidget):
    """One month, Monday first; exercised days are green discs, today has a ring.

    Hover a day for its number of sessions. A screen reader hears it as a chart:
    its name gives the month and the number of days, its description the days.
    """

    ACCESSIBLE_ROLE = QAccessible.Role.Chart

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        use_roles()
        self.first = date.today().replace(day=1)
        self.today = date.today()
        self.sessions: dict[date, int] = {}
        cell = round(28 * style.text_factor())  # (a day's number fits its cell)
        self.setMinimumSize(7 * cell, 70 + 6 * cell)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def weekday_names(self) -> tuple[str, ...]:
        """The column heads, Monday first, in the chosen language."""
        return (
            self.tr("Mo", "Monday"),
            self.tr("Tu", "Tuesday"),
            self.tr("We", "Wednesday"),
            self.tr("Th", "Thursday"),
            self.tr("Fr", "Friday"),
            self.tr("Sa", "Saturday"),
            self.tr("Su", "Sunday"),
        )

    def show_month(self, first: date, sessions: Mapping[date, int], today: date) -> None:
        """Show the month starting on ``first``; ``sessions``: sessions that count, per day."""
        self.first = first.replace(day=1)
        self.today = today
        last = self._last()
        self.sessions = {d: n for d, n in sessions.items() if self.first <= d <= last and n}
        days = len(self.sessions)
        month = month_and_year(self.first.year, self.first.month)
        self.setAccessibleName(
            self.tr("{month}: exercised on %n day(s)", "", days).format(month=month)
        )
        numbers = self.tr(", ", "between the day numbers of a list").join(
            str(d.day) for d in sorted(self.sessions)
        )
        self.setAccessibleDescription(
            self.tr("Days with a session: {days}").format(days=numbers) if numbers else ""
        )
        self.update()

    def _last(self) -> date:
        return self.first.replace(day=calendar.monthrange(self.first.year, self.first.month)[1])

    def marked_days(self) -> list[date]:
        return sorted(self.sessions)

    def _cell(self) -> float:
        return min(self.width() / 7, (self.height() - 70) / 6)

    def day_px(self) -> int:
        """The day numbers' size: "28" stays inside its disc however small the cell."""
        return max(10, min(18, int(self._cell() * 0.42)))

    def cell_rect(self, day: date) -> QRectF:
        """Where ``day`` is drawn (tests use it to look at the pixels)."""
        size = self._cell()
        left = (self.width() - 7 * size) / 2
        row, col = divmod(self.first.weekday() + day.day - 1, 7)
        return QRectF(left + col * size, 70 + row * size, size, size)

    def day_at(self, x: float, y: float) -> date | None:
        for day_number in range(1, self._last().day + 1):
            day = self.first.replace(day=day_number)
            if self.cell_rect(day).contains(QPointF(x, y)):
                return day
        return None

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            ink = self.palette().windowText().color()
            size = self._cell()
            left = (self.width() - 7 * size) / 2
            painter.setPen(ink)
            painter.setFont(style.font(20, bold=True))
            painter.drawText(
                QRectF(0, 0, self.width(), 36),
                Qt.AlignmentFlag.AlignCenter,
                local_text(self.first, self.tr("MMMM yyyy", "month heading format")),
            )
            painter.setFont(style.font(min(18, max(10, int(size * 0.5)))))
            muted = QColor(ink)
            muted.setAlphaF(0.6)
            painter.setPen(muted)
            for col, name in enumerate(self.weekday_names()):
                painter.drawText(
                    QRectF(left + col * size, 38, size, 30), Qt.AlignmentFlag.AlignCenter, name
                )
            for day_number in range(1, self._last().day + 1):
                day = self.first.replace(day=day_number)
                rect = self.cell_rect(day)
                disc = rect.adjusted(3.5, 3.5, -3.5, -3.5)
                if day in self.sessions:
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(QColor(EXERCISED_COLOUR))
                    painter.drawEllipse(disc)
                    painter.setPen(QColor("white"))
                    painter.setFont(style.font(self.day_px(), bold=True))
                else:
                    painter.setPen(muted if day > self.today else ink)
                    painter.setFont(style.font(self.day_px()))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(day_number))
                if day == self.today:
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.setPen(QPen(ink, 2.5))
                    painter.drawEllipse(rect.adjusted(1, 1, -1, -1))
        finally:
            painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            day = self.day_at(event.pos().x(), event.pos().y())
            if day is None:
                QToolTip.hideText()
            else:
                n = self.sessions.get(day, 0)
                QToolTip.showText(
                    event.globalPos(),
                    self.tr("{day}: %n session(s)", "", n).format(
                        day=QLocale().toString(_qdate(day), "ddd d MMM")
                    ),
                )
            return True
        return super().event(event)


# -- the page


@dataclass(frozen=True)
class SaveWords:
    """What saving one kind of file says, each a whole translated sentence (a word such
    as "the sessions" put into "{what} was not saved" breaks German's and Chinese's
    grammar, and English's plural too). ``{output}``, ``{reason}``, ``{exc}`` are filled in."""

    caption: str
    """The file dialog's title."""
    failed: str
    """The history could not be read: ``{exc}``."""
    cannot_write: str
    """The file could not be written: ``{output}``, ``{reason}``."""
    saved: str
    """Written to ``{output}``."""

    @classmethod
    def sessions_csv(cls) -> SaveWords:
        return cls(
            caption=translate("SaveWords", "Export the sessions as CSV"),
            failed=translate("SaveWords", "The sessions were not saved: {exc}"),
            cannot_write=translate(
                "SaveWords", "The sessions were not saved: cannot write {output}: {reason}"
            ),
            saved=translate("SaveWords", "Saved the sessions: {output}"),
        )

    @classmethod
    def exercises_csv(cls) -> SaveWords:
        return cls(
            caption=translate("SaveWords", "Export the exercise results as CSV"),
            failed=translate("SaveWords", "The exercise results were not saved: {exc}"),
            cannot_write=translate(
                "SaveWords",
                "The exercise results were not saved: cannot write {output}: {reason}",
            ),
            saved=translate("SaveWords", "Saved the exercise results: {output}"),
        )


class HistoryView(QWidget):
    """Past sessions for the patient and the physiotherapist.

    Args:
        log: the open session log (read, and written only to delete or restore a session).
        today: the patient's current local day (injected so tests can choose it).

    Signals:
        back_requested(): the patient wants the routines again (the Back button, Esc).
        report_saved(str): a PDF report was written; its path.
        report_failed(str): a PDF report could not be written; why (the notice says so too).
        csv_saved(str): a CSV export was written; its path.
        session_deleted(int): a session was deleted (hidden until purged); its id.
        session_restored(int): a deleted session was brought back with Undo; its id.
        refreshed(int): every part of the page shows the current filters; the
            number of sessions in the table.
    """

    back_requested = Signal()
    report_saved = Signal(str)
    report_failed = Signal(str)
    csv_saved = Signal(str)
    session_deleted = Signal(int)
    session_restored = Signal(int)
    refreshed = Signal(int)

    def __init__(self, log: HistoryLog, today: Today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.log = log
        self.today = today
        self._since: date | None = None  # None: from the first session
        self._until: date | None = None  # None: today
        self._routine: str | None = None
        self._generation = 0
        self._skipped_cache: dict[int, list[str]] = {}
        self._deleted: int | None = None
        self.confirm_box: QMessageBox | None = None
        self._shown_range = (date.min, date.min)
        self.ask_save_name: AskSaveName | None = None
        """Asks where to save the report (None: the platform's save dialog); tests replace it."""
        self.report_folder: Path | None = None
        """Where the save dialog starts (None: the home folder, then the last folder used)."""
        self.report_writer: ReportWriter | None = None
        """Writes the report in the background (made when first needed)."""
        # Typing or stepping through a date applies it after a short pause, not at each key.
        self._date_pause = QTimer(self)
        self._date_pause.setSingleShot(True)
        self._date_pause.setInterval(DATE_PAUSE_MS)
        self._date_pause.timeout.connect(self._dates_edited)
        self.rates: list[ExerciseRate] = []

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.setSpacing(12)
        # Large text on a small screen: the filters scroll with the page (fixed above it
        # they left the page no room, and were squeezed on top of one another).
        scrolled = style.text_factor() >= STACKED_TEXT
        head = QVBoxLayout()
        head.setSpacing(outer.spacing())
        head.addLayout(self._build_filters())
        self.notice = self._build_notice()
        head.addWidget(self.notice)
        if not scrolled:
            outer.addLayout(head)

        self.pages = QStackedWidget()
        self.empty = _label(self.tr("No sessions yet"), 34, bold=True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty_hint = _label(
            self.tr(
                "Sessions you do appear here, with your pain ratings and notes,\nso you and your "
                "physiotherapist can see how it is going."
            ),
            22,
            wrap=True,  # (a page of the stack, hidden or not, sets the page's least width)
        )
        empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty_page = QWidget()
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty)
        empty_layout.addWidget(empty_hint)
        empty_layout.addStretch(2)
        self.pages.addWidget(empty_page)
        self.pages.addWidget(self._build_content())
        # On a small screen the page scrolls rather than pushing the window off it.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        if scrolled:
            body = QWidget()
            head.setContentsMargins(0, 0, 0, 0)
            head.addWidget(self.pages, 1)
            body.setLayout(head)
            scroll.setWidget(body)
        else:
            scroll.setWidget(self.pages)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its controls, shown in turn
        scroll.setAccessibleName(self.tr("History"))
        self.page_scroll = scroll
        outer.addWidget(scroll, 1)

        self.refresh()
        tab_order(  # as the page reads: the top row, the filters, the notice, the table, charts
            self.back_button,
            self.report_button,
            self.csv_button,
            self.delete_button,
            self.from_edit,
            self.to_edit,
            self.routine_combo,
            self.last_30_button,
            self.since_button,
            self.all_button,
            *self.notice.findChildren(QPushButton),
            self.table,
            self.pain_view,
            self.rates_view,
        )
        self.table.setFocus()  # arrows and Delete work at once; no date field half-edited

    # -- building

    def _build_filters(self) -> QVBoxLayout:
        """Two rows: the page's title and actions, then the filters (fits 1280 pixels wide)."""
        rows = QVBoxLayout()
        rows.setSpacing(10)
        top: QHBoxLayout | FlowLayout = QHBoxLayout()
        rows.addLayout(top)
        self.back_button = self._button(self.tr("←  Routines"))
        self.back_button.setToolTip(self.tr("Back to the routines (Esc)"))
        self.back_button.clicked.connect(self.back_requested.emit)
        self.back_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        top.addWidget(self.back_button)
        top.addSpacing(16)
        top.addWidget(_label(self.tr("History"), 28, bold=True))
        top.addStretch(1)
        if style.text_factor() > LARGE_TEXT:  # (large text: the actions on a row of their own)
            top = FlowLayout()  # (more rows where they do not fit: German at 200 %)
            rows.addLayout(top)
        self.report_button = self._button(self.tr("Save report (PDF)…"))
        self.report_button.setToolTip(
            self.tr(
                "A PDF of these dates for your physiotherapist: adherence, calendar, pain, notes"
            )
        )
        self.report_button.clicked.connect(self.save_report)
        top.addWidget(self.report_button)
        self.report_progress = QProgressBar()
        self.report_progress.setFont(style.font(18))
        self.report_progress.setFormat(self.tr("Writing… %p%"))
        self.report_progress.setToolTip(
            self.tr("Writing the report; the page says when it is saved")
        )
        self.report_progress.hide()
        top.addWidget(self.report_progress)
        self.csv_button = self._button(self.tr("Export CSV"))
        self.csv_button.setToolTip(
            self.tr("The sessions shown, or their exercise results, for a spreadsheet")
        )
        csv_menu = QMenu(self.csv_button)
        csv_menu.setFont(style.font(18))
        self.csv_sessions_action = csv_menu.addAction(self.tr("Sessions (one row each)…"))
        self.csv_sessions_action.triggered.connect(lambda: self.export_csv("sessions"))
        self.csv_exercises_action = csv_menu.addAction(self.tr("Exercise results (one row each)…"))
        self.csv_exercises_action.triggered.connect(lambda: self.export_csv("exercises"))
        self.csv_button.setMenu(csv_menu)
        top.addWidget(self.csv_button)
        self.delete_button = self._button(self.tr("Delete session…"))
        self.delete_button.setToolTip(self.tr("Delete the selected session (Delete key)"))
        self.delete_button.clicked.connect(self.ask_delete)
        top.addWidget(self.delete_button)

        self.filters = QWidget()
        rows.addWidget(self.filters)
        filter_rows = QVBoxLayout(self.filters)
        filter_rows.setContentsMargins(0, 0, 0, 0)
        row: QHBoxLayout | FlowLayout = QHBoxLayout()
        filter_rows.addLayout(row)
        row.setSpacing(10)
        row.addWidget(_label(self.tr("From")))
        self.from_edit = self._date_edit(self.tr("From date"))
        row.addWidget(self.from_edit)
        row.addWidget(_label(self.tr("to")))
        self.to_edit = self._date_edit(self.tr("To date"))
        row.addWidget(self.to_edit)
        if style.text_factor() > LARGE_TEXT:  # (large text: the routine and buttons below)
            row.addStretch(1)
            row = FlowLayout()
            filter_rows.addLayout(row)
            row.setSpacing(10)
        self.routine_combo = QComboBox()
        self.routine_combo.setFont(style.font(18))
        self.routine_combo.setMinimumHeight(44)
        self.routine_combo.setMinimumWidth(220)
        self.routine_combo.setMaximumWidth(440)
        self.routine_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.routine_combo.setMinimumContentsLength(16)
        self.routine_combo.setAccessibleName(self.tr("Routine"))
        self.routine_combo.addItem(self.tr(ALL_ROUTINES))
        self.routine_combo.currentIndexChanged.connect(self._routine_chosen)
        row.addSpacing(12)
        row.addWidget(self.routine_combo, 1)
        row.addSpacing(12)
        self.last_30_button = self._button(self.tr("Last 30 days"))
        self.last_30_button.clicked.connect(self.show_last_30_days)
        row.addWidget(self.last_30_button)
        self.since_button = self._button(self.tr("Since…"))
        self.since_calendar = QCalendarWidget()
        self.since_calendar.setFont(style.font(18))
        self.since_calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.since_calendar.setGridVisible(True)
        self.since_calendar.setMinimumSize(460, 320)
        self.since_calendar.clicked.connect(self._since_picked)
        menu = QMenu(self.since_button)
        picker = QWidgetAction(menu)
        picker.setDefaultWidget(self.since_calendar)
        menu.addAction(picker)
        menu.aboutToShow.connect(self._prepare_since_calendar)
        self.since_menu = menu
        self.since_button.setMenu(menu)
        row.addWidget(self.since_button)
        self.all_button = self._button(self.tr("All dates"))
        self.all_button.clicked.connect(self.show_all_dates)
        row.addWidget(self.all_button)
        row.addStretch(1)
        return rows

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setFont(style.font(18))
        edit.setMinimumHeight(44)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(self.tr("d MMM yyyy", "date field format"))
        edit.setAccessibleName(name)
        edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        edit.calendarWidget().setFont(style.font(18))
        edit.calendarWidget().setMinimumSize(460, 320)
        edit.dateChanged.connect(self._date_typed)
        edit.editingFinished.connect(self._dates_edited)
        return edit

    @staticmethod
    def _button(text: str) -> QPushButton:
        button = QPushButton(text)
        name_from_label(button)
        button.setFont(style.font(18))
        button.setMinimumHeight(44)
        return button

    def _build_notice(self) -> QFrame:
        bar = QFrame()
        bar.setObjectName("notice")
        style.themed_sheet(
            bar,
            "#notice { background: $notice_background; border: 1px solid $notice_edge;"
            " border-radius: 8px; } #notice QLabel { color: $notice_text; }",
        )
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(16, 6, 8, 6)
        self.notice_text = _label("", 20, wrap=True)
        layout.addWidget(self.notice_text, 1)
        self.undo_button = self._button(self.tr("Undo"))
        self.undo_button.setFont(style.font(20, bold=True))
        self.undo_button.clicked.connect(self.undo_delete)
        layout.addWidget(self.undo_button)
        close = self._button("✕")
        close.setAccessibleName(self.tr("Close the notice"))
        close.setFlat(True)
        close.clicked.connect(bar.hide)
        layout.addWidget(close)
        bar.hide()
        return bar

    def _build_content(self) -> QWidget:
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        top = QHBoxLayout()
        top.setSpacing(20)
        self._top = top  # (the calendar goes under the table when words are large: resizeEvent)
        bottom = QHBoxLayout()
        bottom.setSpacing(20)
        layout.addLayout(top, 3)
        layout.addLayout(bottom, 2)

        self.model = SessionTableModel(self._skipped_names, self, save_note=self._save_note)
        self.table = SessionTable()
        m = SessionTableModel  # (large text, small screen: these go before it scrolls sideways)
        self.table.spare_columns = (m.SKIPPED, m.DURATION, m.DONE, m.BEFORE)
        self.table.columns_hidden.connect(self._columns_hidden)
        self.table.setModel(self.model)
        self.table.setFont(style.font(18))
        self.table.setAccessibleName(self.tr("Sessions, newest first"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Only the note can be edited: double-click it, or F2 (Edit note) on a selected row.
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked)
        self.table.setAlternatingRowColors(True)
        self.table.setCornerButtonEnabled(False)
        # Every cell whole, wrapped, at any width: the table shares out its width itself.
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setDefaultSectionSize(40)
        header = self.table.horizontalHeader()
        header.setFont(style.font(18, bold=True))
        header.setHighlightSections(False)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.delete_action = QAction(self.tr("Delete session…"), self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.ask_delete)
        self.note_action = QAction(self.tr("Edit the note…"), self)
        self.note_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.note_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.note_action.triggered.connect(self.edit_note)
        self.table.addAction(self.note_action)
        self.table.addAction(self.delete_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.table_pages = QStackedWidget()
        self.no_match = _label(self.tr("No sessions in these dates"), 24, bold=True, wrap=True)
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table_pages.addWidget(self.table)
        self.table_pages.addWidget(self.no_match)
        top.addWidget(self.table_pages, 2)

        side = QVBoxLayout()
        side.setSpacing(8)
        months = QHBoxLayout()
        months.setSpacing(16)
        self.months = [MonthGrid() for _ in range(CALENDAR_MONTHS)]
        for month in self.months:
            months.addWidget(month)
        side.addLayout(months, 1)  # the calendar takes the height the figures leave
        legend = _label(self.tr("●  exercised that day    ◯  today"), 18)
        style.ink(legend, "done")
        legend.setAlignment(Qt.AlignmentFlag.AlignCenter)
        side.addWidget(legend)
        figures = QVBoxLayout()
        figures.setSpacing(4)
        self.streak_label = _label("", 26, bold=True)
        self.longest_label = _label("", 20, wrap=True)  # (large text: a line each was wider
        self.week_label = _label("", 20, wrap=True)  # than a small screen)
        self.adherence_label = _label("", 20, wrap=True)
        self.prescribed_label = _label("", 18, wrap=True)
        style.ink(self.prescribed_label, "muted")
        for widget in (
            self.streak_label,
            self.longest_label,
            self.week_label,
            self.adherence_label,
            self.prescribed_label,
        ):
            figures.addWidget(widget)
        side.addLayout(figures)
        top.addLayout(side, 1)

        self.pain_view = self._chart_view(self.tr("Pain before and after sessions"))
        self.rates_view = self._chart_view(self.tr("Exercises completed"))
        # Half each: exercise names beside the bars need the width.
        bottom.addWidget(self.pain_view, 1)
        bottom.addWidget(self.rates_view, 1)
        return content

    @staticmethod
    def _chart_view(name: str) -> QChartView:
        view = ChartView()
        view.setAccessibleName(name)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(300)
        return view

    def _columns_hidden(self, hidden: frozenset[int]) -> None:
        self.model.hidden = hidden

    # -- filters

    @property
    def since(self) -> date:
        return _pydate(self.from_edit.date())

    @property
    def until(self) -> date:
        return _pydate(self.to_edit.date())

    @property
    def routine(self) -> str | None:
        return self._routine

    def set_range(self, since: date | None, until: date | None) -> None:
        """Show sessions from ``since`` to ``until`` (inclusive); None: the first session, today."""
        self._since, self._until = since, until
        self.refresh()

    def set_routine(self, name: str | None) -> None:
        """Show only the sessions of the routine called ``name`` (None: all routines)."""
        self._routine = name
        self.refresh()

    def show_last_30_days(self) -> None:
        self.set_range(self.today() - timedelta(days=29), None)

    def show_all_dates(self) -> None:
        self.set_range(None, None)

    def _prepare_since_calendar(self) -> None:
        self.since_calendar.setSelectedDate(self.from_edit.date())
        self.since_calendar.setMaximumDate(_qdate(self.today()))

    def _since_picked(self, day: QDate) -> None:
        self.since_menu.close()
        self.set_range(_pydate(day), None)

    def _date_typed(self, day: QDate) -> None:
        self._date_pause.start()

    def _dates_edited(self) -> None:
        self._date_pause.stop()
        if (self.since, self.until) != self._shown_range:
            self.set_range(self.since, self.until)

    def _routine_chosen(self, index: int) -> None:
        self.set_routine(None if index <= 0 else self.routine_combo.itemText(index))

    # -- loading

    def refresh(self) -> None:
        """Read the log again and show everything for the current filters."""
        self._generation += 1
        self._skipped_cache.clear()
        today = self.today()
        try:
            every = self.log.sessions(routine=self._routine, with_exercises=False)
            counts = self.log.exercise_counts(routine=self._routine)
        except HistoryError as exc:  # a damaged log, say: the notice says what to do
            self.show_notice(str(exc), undo=False)
            self.empty.setText(self.tr("Your history cannot be read"))
            self.pages.setCurrentIndex(0)
            self.filters.setVisible(False)
            return
        self.empty.setText(self.tr("No sessions yet"))
        if self._routine is None:
            self._set_routines(sorted({s.routine_name for s in every}))
        has_sessions = bool(every) or self._routine is not None
        self.pages.setCurrentIndex(1 if has_sessions else 0)
        self.filters.setVisible(has_sessions)

        days_of = [session_day(s) for s in every]
        first = min(days_of) if days_of else None
        since = self._since or first or today
        until = self._until or max(today, since)
        self._show_dates(since, until)
        chosen = [s for s, d in zip(every, days_of, strict=True) if since <= d <= until]
        self.model.set_sessions(chosen, counts)
        self.table_pages.setCurrentIndex(0 if chosen else 1)
        self._selection_changed()

        all_days = exercised_days(every, counts)
        chosen_days = Counter({d: n for d, n in all_days.items() if since <= d <= until})
        per_week = every[0].sessions_per_week if every else 7
        self._show_calendar(all_days, min(until, today), today)
        self._show_figures(all_days, chosen_days, since, until, today, per_week, every, first)
        points = pain_series(chosen)
        self._set_chart(self.pain_view, pain_chart(points))
        self.pain_view.setAccessibleName(self._chart_name(PAIN_NAMES))
        self.pain_view.setAccessibleDescription(pain_summary(points, first_capital=True))
        self._count_rates(since, until)

    def _set_routines(self, names: list[str]) -> None:
        combo = self.routine_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr(ALL_ROUTINES))
        combo.addItems(names)
        combo.setCurrentIndex(0)
        combo.blockSignals(False)

    def _show_dates(self, since: date, until: date) -> None:
        self._shown_range = (since, until)
        for edit, day in ((self.from_edit, since), (self.to_edit, until)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)

    def _show_calendar(self, days: Counter[date], last: date, today: date) -> None:
        first = last.replace(day=1)
        for month in reversed(self.months):  # the newest month on the right
            month.show_month(first, days, today)
            first = (first - timedelta(days=1)).replace(day=1)

    def _show_figures(
        self,
        all_days: Counter[date],
        chosen_days: Counter[date],
        since: date,
        until: date,
        today: date,
        per_week: int,
        every: list[SessionRecord],
        first: date | None,
    ) -> None:
        """The streaks and adherence; ``first`` is the first session's day (None: none)."""
        streak = current_streak(all_days, today)
        self.streak_label.setText(self.tr("Current streak: %n day(s)", "", streak))
        if streak and today not in all_days:
            self.streak_label.setToolTip(self.tr("Up to yesterday: no session yet today."))
        else:
            self.streak_label.setToolTip("")
        self.longest_label.setText(
            self.tr("Longest streak in these dates: %n day(s)", "", longest_streak(chosen_days))
        )
        this_week = counted_in(all_days, week_start(today), today, per_week)
        self.week_label.setText(
            self.tr("This week so far: {done} of %n session(s) ({percent})", "", per_week).format(
                done=this_week,
                percent=percent(min(1.0, this_week / per_week) if per_week else 0.0),
            )
        )
        # From the first session at the earliest, to today at the latest (stats.period).
        if first is not None:
            since = max(since, first)
        until = min(until, today)
        weeks = weekly_adherence(chosen_days, since, until, per_week) if since <= until else []
        done = sum(min(w.done, w.prescribed) for w in weeks)
        self.adherence_label.setText(
            self.tr(
                "In these dates: {percent} of the prescribed sessions ({done} of {prescribed} "
                "over %n week(s))",
                "",
                len(weeks),
            ).format(
                percent=percent(overall_adherence(weeks)),
                done=done,
                prescribed=sum(w.prescribed for w in weeks),
            )
        )
        self.prescribed_label.setText(
            self.tr(
                "Prescribed: {per_week} a week ({routine_name}). Each week counts at most its "
                "prescribed sessions."
            ).format(per_week=per_week, routine_name=every[0].routine_name)
            if every
            else ""
        )

    def _set_chart(self, view: QChartView, chart: QChart) -> None:
        old = view.chart()
        view.setChart(chart)
        paint_view(view)
        old.deleteLater()

    def _chart_name(self, names: tuple[str, str]) -> str:
        """A chart's name with the dates it shows: ``names`` for the last days up to
        today, and for other dates."""
        since, until = self._shown_range
        if until == self.today():
            days = (until - since).days + 1
            return translate("HistoryView", names[0], "", days)
        form = self.tr("d MMM yyyy", "date field format")
        return translate("HistoryView", names[1]).format(
            since=local_text(since, form), until=local_text(until, form)
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        """Another colour scheme: the charts take its colours (the calendar draws with
        the palette)."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            for view in (self.pain_view, self.rates_view):
                paint_view(view)

    def _count_rates(self, since: date, until: date) -> None:
        """Per-exercise rates, summed up by the log in one query (no exercise rows read)."""
        try:
            totals = self.log.exercise_totals(since=since, until=until, routine=self._routine)
        except HistoryError as exc:
            self.show_notice(str(exc), undo=False)
            totals = []
        self._show_rates(rates_of_totals(totals))

    def _show_rates(self, rates: list[ExerciseRate]) -> None:
        self.rates = rates
        chart = completion_chart(rates)
        for series in chart.series():
            if isinstance(series, QHorizontalBarSeries):
                for bar_set in series.barSets():
                    bar_set.hovered.connect(self._bar_hovered)
        self._set_chart(self.rates_view, chart)
        self.rates_view.setAccessibleName(self._chart_name(RATES_NAMES))
        self.rates_view.setAccessibleDescription(rates_in_words(rates))
        self.refreshed.emit(self.model.rowCount())

    def _bar_hovered(self, status: bool, index: int) -> None:
        """The counts behind a bar (bars run bottom to top, the rates top to bottom)."""
        if not status or not 0 <= index < len(self.rates):
            QToolTip.hideText()
            return
        rate = self.rates[len(self.rates) - 1 - index]
        QToolTip.showText(QCursor.pos(), tooltip(rate_tooltip(rate)))

    def edit_note(self) -> None:
        """Open the selected session's note for typing (Enter saves, Esc cancels)."""
        rows = self.table.selectionModel().selectedRows()
        if rows:
            index = self.model.index(rows[0].row(), SessionTableModel.NOTE)
            self.table.scrollTo(index)
            self.table.setCurrentIndex(index)
            self.table.edit(index)

    def _save_note(self, session: SessionRecord, note: str) -> bool:
        try:
            self.log.set_note(session.id, note)
        except HistoryError as exc:
            self.show_notice(self.tr("The note was not saved: {exc}").format(exc=exc), undo=False)
            return False
        return True

    def _skipped_names(self, session: SessionRecord) -> list[str]:
        """The session's skipped exercises (its exercise rows are read the first time)."""
        if session.id not in self._skipped_cache:
            try:
                full = self.log.session(session.id) or session
            except HistoryError:
                full = session
            self._skipped_cache[session.id] = [
                f"{e.exercise_name} ({e.exercise_id})" for e in full.skipped
            ]
        return self._skipped_cache[session.id]

    # -- selection and deleting

    def selected_session(self) -> SessionRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.session(rows[0].row()) if rows else None

    def select_session(self, session_id: int) -> bool:
        row = self.model.row_of(session_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _selection_changed(self) -> None:
        chosen = self.selected_session() is not None
        self.delete_button.setEnabled(chosen)
        self.delete_action.setEnabled(chosen)
        self.note_action.setEnabled(chosen)

    def ask_delete(self) -> None:
        """Ask whether to delete the selected session (the answer comes back later)."""
        session = self.selected_session()
        if session is None:
            return

        def answered(delete: bool) -> None:
            self.confirm_box = None
            if delete:
                self.delete_session(session)

        self.confirm_box = ask(
            self,
            title=self.tr("Delete this session?"),
            text=self.tr("Delete the session of {describe_session} ({routine_name})?").format(
                describe_session=describe_session(session), routine_name=session.routine_name
            ),
            detail=self.tr("You can undo this straight after."),
            yes=self.tr("Delete session"),
            no=self.tr("Keep it"),
            answered=answered,
        )

    def delete_session(self, session: SessionRecord) -> None:
        """Delete at once (after the question), and offer Undo (for the last one deleted)."""
        self.forget_deleted()
        try:
            self.log.delete_session(session.id)
        except HistoryError as exc:
            self.show_notice(str(exc), undo=False)
            return
        row = self.model.row_of(session.id) or 0
        self._deleted = session.id
        self.refresh()
        if self.model.rowCount():
            self.table.selectRow(min(row, self.model.rowCount() - 1))
        self.show_notice(
            self.tr("Deleted the session of {describe_session}.").format(
                describe_session=describe_session(session)
            ),
            undo=True,
        )
        self.session_deleted.emit(session.id)

    def forget_deleted(self) -> None:
        """Remove deleted sessions from the file for good; Undo is no longer offered."""
        if self._deleted is None:
            return
        self._deleted = None
        if not self.undo_button.isHidden():
            self.notice.hide()
        try:
            self.log.purge()
        except HistoryError as exc:
            self.show_notice(str(exc), undo=False)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt API)
        """Leaving the page makes a deletion final (minimising the window does not)."""
        if not event.spontaneous():
            self.forget_deleted()
        super().hideEvent(event)

    def undo_delete(self) -> None:
        session_id = self._deleted
        if session_id is None:
            return
        try:
            self.log.restore_session(session_id)
        except HistoryError as exc:
            self.show_notice(str(exc), undo=False)
            return
        self._deleted = None
        self.notice.hide()
        self.refresh()
        self.select_session(session_id)
        self.session_restored.emit(session_id)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        """Below :data:`WIDE` pixels the oldest month goes, so the table keeps its room; with
        large text, or below :data:`NARROW` pixels (both times the text size), the calendar
        and the figures go under the table, which takes the whole width."""
        super().resizeEvent(event)
        factor = style.text_factor()
        large = factor >= STACKED_TEXT or self.width() < NARROW * factor
        self.months[0].setVisible(self.width() >= WIDE * style.text_factor())
        self._top.setDirection(
            QBoxLayout.Direction.TopToBottom if large else QBoxLayout.Direction.LeftToRight
        )
        self.table_pages.setMinimumHeight(self._stacked_table_height() if large else 0)

    def _stacked_table_height(self) -> int:
        """The table's least height under large text: :data:`STACKED_TABLE` times the text
        size, and at least its tallest row (a long note) whole under its headings."""
        table = self.table
        tallest = (
            table.row_limit()
            + table.horizontalHeader().sizeHint().height()
            + 2 * table.frameWidth()
            + table.horizontalScrollBar().sizeHint().height()
        )
        return max(round(STACKED_TABLE * style.text_factor()), tallest)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        """Esc that nothing on the page used (an open calendar or menu takes its own): back."""
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.back_requested.emit()
            return
        super().keyPressEvent(event)

    # -- the report

    def save_report(self) -> None:
        """Ask where, then write the PDF report of the dates shown (all routines) in the
        background, showing its progress; the page says when it is saved, or why not."""
        from homestretch.documents.report import report_file_name

        since, until = self._shown_range
        try:
            period(since, until, first_session=self.log.first_day(), today=self.today())
        except (PeriodError, HistoryError) as exc:
            self.show_notice(self.tr("No report was saved: {exc}.").format(exc=exc), undo=False)
            return
        if self.report_writer is not None and self.report_writer.busy:
            return
        output = self._ask_file(
            self.tr("Save the report for your physiotherapist"),
            report_file_name(since, until),
            self.tr("PDF (*.pdf)"),
        )
        if output is None:
            return
        writer = self._report_writer()
        writer.start(self.log.path, since, until, output, self.today())
        # The bar stands in for the button while the report is written (one at a time).
        self.report_progress.setMinimumSize(self.report_button.size())
        self.report_progress.setValue(0)
        self.report_button.hide()
        self.report_progress.show()

    def _report_writer(self) -> ReportWriter:
        if self.report_writer is None:
            from homestretch.ui.report_writer import ReportWriter

            self.report_writer = ReportWriter(self)
            self.report_writer.progressed.connect(self.report_progress.setValue)
            self.report_writer.written.connect(self._report_written)
            self.report_writer.failed.connect(self._report_failed)
        return self.report_writer

    def _report_written(self, path: str) -> None:
        self._report_done()
        output = Path(path)
        self.report_folder = output.parent
        self.show_notice(self.tr("Saved the report: {path}").format(path=output), undo=False)
        self.report_saved.emit(path)

    def _report_failed(self, message: str) -> None:
        self._report_done()
        self.show_notice(message, undo=False)
        self.report_failed.emit(message)

    def _report_done(self) -> None:
        self.report_progress.hide()
        self.report_button.show()

    def export_csv(self, kind: str) -> None:
        """Ask where, then write the sessions shown (``kind`` "sessions") or their exercise
        results ("exercises") as CSV: the same as ``homestretch history --csv`` (or
        ``--exercises-csv``) with the same dates and routine."""
        from homestretch.core.export import csv_bytes, exercises_csv, sessions_csv
        from homestretch.core.files import write_atomically

        since, until = self._shown_range
        if since > until:
            return

        def write(output: Path) -> None:
            chosen = self.log.sessions(since=since, until=until, routine=self._routine)
            text = exercises_csv(chosen) if kind == "exercises" else sessions_csv(chosen)
            write_atomically(output, csv_bytes(text))

        name = f"homestretch-{kind}-{since.isoformat()}-to-{until.isoformat()}.csv"
        words = SaveWords.exercises_csv() if kind == "exercises" else SaveWords.sessions_csv()
        written = self._save_file(name, self.tr("CSV (*.csv)"), words, write)
        if written is not None:
            self.csv_saved.emit(str(written))

    def _save_file(
        self,
        suggested: str,
        filters: str,
        words: SaveWords,
        write: Callable[[Path], object],
    ) -> Path | None:
        """Ask for a file name (adding the filter's suffix if missing), write, and say so.

        Returns the file written, or None if the patient cancelled or it failed
        (the page then says why; the app carries on).
        """
        output = self._ask_file(words.caption, suggested, filters)
        if output is None:
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write(output)
        except HistoryError as exc:
            self.show_notice(words.failed.format(exc=exc), undo=False)
            return None
        except OSError as exc:
            reason = exc.strerror or str(exc)
            self.show_notice(words.cannot_write.format(output=output, reason=reason), undo=False)
            return None
        finally:
            QApplication.restoreOverrideCursor()
        self.report_folder = output.parent
        self.show_notice(words.saved.format(output=output), undo=False)
        return output

    def _ask_file(self, caption: str, suggested: str, filters: str) -> Path | None:
        """Ask for a file name (None: cancelled), adding the suggested name's suffix if
        it is missing."""
        ask = self.ask_save_name or QFileDialog.getSaveFileName
        folder = self.report_folder or Path.home()
        name, _ = ask(self, caption, str(folder / suggested), filters)
        if not name:
            return None
        output = Path(name)
        suffix = Path(suggested).suffix
        if output.suffix.lower() != suffix:
            output = output.with_name(output.name + suffix)
        return output

    def show_notice(self, text: str, *, undo: bool) -> None:
        self.notice_text.setText(text)
        self.undo_button.setVisible(undo)
        self.notice.show()
