"""A table that shows every cell's text whole: no text cut short, no sideways scrolling
(unless even the longest words could not fit side by side).

The columns share out the table's width (each at least as wide as its longest
word and its heading), and the text wraps at word boundaries; each row on screen
grows to its tallest cell, up to :data:`MAX_ROW_LINES` lines. Rows are measured
only as they come into view, so ten years of sessions open as fast as one month.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import QAbstractItemModel, QEvent, Qt, Signal
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QWidget

from homestretch.ui import style

MAX_ROW_LINES: Final = 8
"""A row grows to at most this many lines of text (a longer note shows whole in its tooltip)."""
ROW_PADDING: Final = 8
"""Pixels above and below a row's text, together."""
SAMPLE_ROWS: Final = 100
"""Column widths are worked out from the texts of the first this many rows."""
WRAP_SLACK: Final = 1.2
"""Lines wrapped at word boundaries take about this much more room than the text's length."""
TOO_TALL_COST: Final = 1000.0
"""How many rows' lines a line beyond :data:`MAX_ROW_LINES` weighs, sharing out the width."""


@dataclass(frozen=True)
class _Sample:
    """The first rows' texts measured (:meth:`SessionTable.column_widths`)."""

    key: tuple[object, ...]
    """The fonts, paddings, headings and row count they were measured with."""
    least: list[int]
    """Per column: its longest word or heading, with the padding."""
    profiles: Counter[tuple[int, ...]]
    """Each row's texts as their one-line widths, rows alike counted together."""
    pad: int


class SessionTable(QTableView):
    """A :class:`QTableView` whose columns fit its width and whose rows fit their text.

    The last column takes what the others leave; the vertical header's default
    section size is the smallest row height.

    Signals:
        columns_hidden(frozenset): the :attr:`spare_columns` left out now (none: empty).
    """

    columns_hidden = Signal(frozenset)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spare_columns: tuple[int, ...] = ()
        """Columns that go, first to last, where the table cannot show every column's
        longest word (large text on a small screen): it never scrolls sideways for them."""
        self._hidden: frozenset[int] = frozenset()
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Tab leaves the table for the page's next control (arrows move between rows):
        # otherwise the keyboard could never get out of it.
        self.setTabKeyNavigation(False)
        # Sideways scrolling only where even the longest words could not fit.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        # Always there, so the width shared out does not change as rows grow.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        # Scrolling by whole rows: a row measured as it comes into view moves only
        # the rows below it, never the one at the top.
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setStretchLastSection(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._fitted: set[int] = set()
        self._fitting = False
        self._sample: _Sample | None = None
        self.verticalScrollBar().valueChanged.connect(self.fit_rows)
        # The style draws the grid a shade darker than the window: on high contrast's black,
        # black. The scheme's grey for secondary text shows in every scheme.
        style.themed_sheet(self, "QTableView { gridline-color: $muted; }")

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802 (Qt API)
        super().setModel(model)
        if model is not None:
            model.modelReset.connect(self.refit)
            model.layoutChanged.connect(self.refit)
            model.rowsInserted.connect(self.refit)
            model.rowsRemoved.connect(self.refit)
            model.dataChanged.connect(self.refit)
            model.headerDataChanged.connect(self.refit)
        self.refit()

    def refit(self, *_: object) -> None:
        """The texts changed: measure them again, share out the width again and measure
        the rows on screen again."""
        self._sample = None
        self._fitted.clear()
        self.resized()

    def resized(self) -> None:
        """Share out the width again (the texts measured as before); where that changed
        the columns' widths, measure the rows on screen again (a row's height follows
        its columns' widths only)."""
        model = self.model()
        columns = range(model.columnCount() if model is not None else 0)
        before = [self.columnWidth(c) for c in columns]
        self.fit_columns()
        if [self.columnWidth(c) for c in columns] != before:
            self._fitted.clear()
        self.fit_rows()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self.resized()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.refit()

    # -- columns

    def _cell_padding(self) -> int:
        """Pixels a cell's text keeps from its edges, both sides, and the grid line."""
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1
        return 2 * margin + 2  # (and a pixel to spare: a word exactly as wide wraps early)

    def _header_padding(self) -> int:
        header = self.horizontalHeader()
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        return 2 * margin + 4

    def hidden_columns(self, width: int) -> set[int]:
        """The :attr:`spare_columns` that go, in their order, until the others' longest words
        and headings fit ``width`` pixels (large text on a small screen)."""
        model = self.model()
        hidden: set[int] = set()
        if model is None:
            return hidden
        least = self.column_widths(0)  # (each column's least width, the last one's too)
        for column in self.spare_columns:
            if sum(w for c, w in enumerate(least) if c not in hidden) <= width:
                break
            hidden.add(column)
        return hidden

    def column_widths(self, width: int, hidden: Collection[int] = ()) -> list[int]:
        """Widths for the columns within ``width`` pixels (wider if even the longest words
        and the headings could not fit); a ``hidden`` column's width is 0.

        Each column gets its longest word (and its heading) at the least. The room
        left goes, a few pixels at a time, to the column that most lowers the rows'
        heights (in lines, summed over the first :data:`SAMPLE_ROWS` rows); what no
        column needs goes to the last.
        """
        model = self.model()
        if model is None or not model.columnCount():
            return []
        sample = self._measure(model)
        least, profiles, pad = sample.least, sample.profiles, sample.pad
        columns = range(model.columnCount())
        shown = [c for c in columns if c not in hidden]
        if hidden:  # (a column left out takes no room: its texts count for nothing)
            least = [0 if c in hidden else wide for c, wide in enumerate(least)]
            kept: Counter[tuple[int, ...]] = Counter()
            for profile, count in profiles.items():
                kept[tuple(0 if c in hidden else wide for c, wide in enumerate(profile))] += count
            profiles = kept
        need = [
            0 if c in hidden else max([least[c]] + [p[c] + pad for p in profiles]) for c in columns
        ]
        widths = list(least)
        spare = width - sum(widths)
        if spare <= 0:
            return widths
        if sum(need) <= width:
            widths = need
        else:
            step = max(4, spare // 48)
            wrapping = [c for c in columns if need[c] > least[c]]

            kinds = list(profiles.items())

            def column_lines(c: int, wide: int) -> list[float]:
                """Each kind of row's lines in column ``c`` at ``wide`` pixels, roughly
                (words do not break anywhere)."""
                return [WRAP_SLACK * p[c] / (wide - pad) for p, _ in kinds]

            def lines(rows: Iterable[float]) -> float:
                """The rows' lines, from each kind of row's; a row that could exceed
                :data:`MAX_ROW_LINES` costs as much as many rows."""
                total = 0.0
                for (_, count), row in zip(kinds, rows, strict=True):
                    total += count * (row + TOO_TALL_COST * max(0.0, row - MAX_ROW_LINES))
                return total

            each = {c: column_lines(c, widths[c]) for c in wrapping}
            now = lines(max(1.0, *(each[c][k] for c in wrapping)) for k in range(len(kinds)))
            while width - sum(widths) >= step:
                # Widening one column changes only its own lines: a row is then as tall as
                # that column or the tallest of the others (the tallest, or the second
                # tallest where that column was the tallest).
                tallest: list[tuple[float, int, float]] = []
                for k in range(len(kinds)):
                    ranked = sorted(((each[c][k], c) for c in wrapping), reverse=True)
                    second = ranked[1][0] if len(ranked) > 1 else 0.0
                    tallest.append((ranked[0][0], ranked[0][1], second))
                best, lowest = -1, now
                for c in wrapping:
                    if widths[c] < need[c]:
                        wider = column_lines(c, widths[c] + step)
                        trial = lines(
                            max(1.0, line, second if column == c else top)
                            for line, (top, column, second) in zip(wider, tallest, strict=True)
                        )
                        if trial < lowest - 1e-9:
                            best, lowest = c, trial
                if best < 0:
                    break
                widths[best] += step
                each[best] = column_lines(best, widths[best])
                now = lowest
        widths[shown[-1]] += width - sum(widths)
        return widths

    def _measure(self, model: QAbstractItemModel) -> _Sample:
        """The texts of the first :data:`SAMPLE_ROWS` rows, measured; kept until the model
        says its texts changed (:meth:`refit`), or the fonts, the style or the headings
        did (a window resized measures nothing again)."""
        fonts = (self.font().key(), self.horizontalHeader().font().key())
        pad, header_pad = self._cell_padding(), self._header_padding()
        titles = tuple(
            str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            for column in range(model.columnCount())
        )
        key = (fonts, pad, header_pad, titles, model.rowCount())
        if self._sample is not None and self._sample.key == key:
            return self._sample
        metrics = QFontMetrics(self.font())
        heading = QFontMetrics(self.horizontalHeader().font())
        columns = range(len(titles))
        least = [
            max(heading.horizontalAdvance(t) for t in title.split("\n")) + header_pad
            for title in titles
        ]
        # Rows repeat their words ("of", "–", month names): each is measured once.
        advances: dict[str, int] = {}

        def advance(text: str) -> int:
            if text not in advances:
                advances[text] = metrics.horizontalAdvance(text)
            return advances[text]

        # Each row as the one-line width of its texts; rows alike are weighed together.
        profiles: Counter[tuple[int, ...]] = Counter()
        for row in range(min(model.rowCount(), SAMPLE_ROWS)):
            profile = []
            for column in columns:
                text = str(model.index(row, column).data() or "")
                profile.append(max(advance(t) for t in text.split("\n")))
                for word in text.split():
                    least[column] = max(least[column], advance(word) + pad)
            profiles[tuple(profile)] += 1
        self._sample = _Sample(key, least, profiles, pad)
        return self._sample

    def fit_columns(self) -> None:
        width = self.viewport().width()
        hidden = self.hidden_columns(width)
        if frozenset(hidden) != self._hidden:
            self._hidden = frozenset(hidden)
            self.columns_hidden.emit(self._hidden)
        for column, wide in enumerate(self.column_widths(width, hidden)):
            if self.isColumnHidden(column) != (column in hidden):
                self.setColumnHidden(column, column in hidden)
            if column not in hidden and self.columnWidth(column) != wide:
                self.setColumnWidth(column, wide)

    # -- rows

    def row_limit(self) -> int:
        """The tallest a row grows: :data:`MAX_ROW_LINES` lines and the cell's margins."""
        return MAX_ROW_LINES * QFontMetrics(self.font()).lineSpacing() + ROW_PADDING + 4

    def fit_rows(self, *_: object) -> None:
        """Measure the rows from the top of the view down to its bottom (once each)."""
        model = self.model()
        if model is None or self._fitting:
            return
        self._fitting = True
        try:
            least = self.verticalHeader().defaultSectionSize()
            limit = self.row_limit()
            room = self.viewport().height()
            # Scrolling by rows, the scroll bar's value is the top row (rowAt(0) may lag).
            top = row = max(0, self.verticalScrollBar().value())
            used = 0
            while row < model.rowCount() and used < room:
                used += self._fit_row(row, least, limit)
                row += 1
            # At the end, the view scrolls back to fill its height (once Qt has the new
            # heights): the rows it will show above are measured now too.
            row = top - 1
            while row >= 0 and used < room:
                used += self._fit_row(row, least, limit)
                row -= 1
        finally:
            self._fitting = False

    def _fit_row(self, row: int, least: int, limit: int) -> int:
        """Measure ``row`` if it was not since the last change; its height."""
        if row not in self._fitted:
            self._fitted.add(row)
            height = max(least, min(limit, self.sizeHintForRow(row) + ROW_PADDING))
            if self.rowHeight(row) != height:
                self.setRowHeight(row, height)
        return self.rowHeight(row)
