"""The first page: pick a routine, see what is in it and how long it takes, start."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from homestretch.core.formatting import dose_text
from homestretch.core.i18n import QT_TRANSLATE_NOOP
from homestretch.ui.a11y import name_from_label
from homestretch.ui.pain import PainScale
from homestretch.ui.style import apply_scale, current_theme, page_scale, scalable
from homestretch.ui.text import plain, tooltip

if TYPE_CHECKING:
    from homestretch.core.library import RoutineEntry


"""A warning about a usable routine, listed with its exercises."""


EXERCISE_HINT = QT_TRANSLATE_NOOP(
    "RoutinesPage", "Double-click an exercise, or press Enter on it, to do that one alone"
)

LIST_LINES = 2
"""Lines of text the exercise list shows at the least (one exercise, wrapped; more scroll)."""

PAGE_MARGINS = (24, 20, 24, 20)
"""The page's margins (left, top, right, bottom): the columns' and Start's below them."""

COLUMN_SPACING = 24

DETAILS_LINES = 1
"""Lines of the description (or a file's problems) shown at the least (more scroll)."""

EXERCISE_ROLE = Qt.ItemDataRole.UserRole
"""An exercise item's place in the routine (problems listed with them have none)."""


class _LeftoverList(QListWidget):
    """A list that takes the room left over and asks only for its minimum: a list's usual
    wish (192 px) made the page scroll at 1366x768 with a notice, the Start button below
    the fold. (Not an ignored size: a scrolling page would then not count its minimum.)"""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(super().sizeHint().width(), self.minimumHeight())


class RoutinesPage(QWidget):
    """Signals:
    start_requested(): start the selected routine.
    duplicate_requested(): copy the selected routine into the user's routines.
    delete_requested(): move the selected routine (the user's own) to the trash.
    undo_delete_requested(): put the routine deleted last back.
    open_requested(): add a routine from a file.
    selection_changed(): another routine was selected.
    where_requested(): open the body map for the pain check-in.
    history_requested(): show the history page.
    exercise_requested(int): start this exercise (by its place) of the selected routine alone.
    edit_requested(): open the selected routine in the editor.
    new_requested(): open the editor on a new routine.
    """

    start_requested = Signal()
    duplicate_requested = Signal()
    delete_requested = Signal()
    undo_delete_requested = Signal()
    open_requested = Signal()
    selection_changed = Signal()
    where_requested = Signal()
    history_requested = Signal()
    exercise_requested = Signal(int)
    edit_requested = Signal()
    new_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[RoutineEntry] = []
        # With large text on a small screen the page scrolls rather than cutting words.
        # Start stays in view below it, under the right column (see _place_start).
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(0)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its controls
        page.addWidget(self.scroller, 1)
        self.start_row = QHBoxLayout()
        self.start_row.setContentsMargins(*PAGE_MARGINS)
        page.addLayout(self.start_row)
        content = QWidget()
        self.scroller.setWidget(content)
        # See-through, so the page itself is painted (the window waits for its first paint).
        self.scroller.viewport().setAutoFillBackground(False)
        content.setAutoFillBackground(False)  # (setWidget turned it on)
        # Side by side; one above the other where the two do not fit the width (large text).
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, content)
        left_, top, right_, _ = PAGE_MARGINS
        self.columns.setContentsMargins(left_, top, right_, 8)
        self.columns.setSpacing(COLUMN_SPACING)

        self.left_panel = QWidget()
        left = QVBoxLayout(self.left_panel)
        left.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self.tr("Routines"))
        scalable(self.title, 28, bold=True)
        left.addWidget(self.title)
        self.list = QListWidget()
        scalable(self.list, 20)
        self.list.setMinimumWidth(220)
        self.list.setAccessibleName(self.tr("Routines"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self._show_selected)
        left.addWidget(self.list, 1)
        self.open_button = QPushButton(self.tr("Open a routine file…  (Ctrl+O)"))
        name_from_label(self.open_button)
        scalable(self.open_button, 18, minimum=(0, 44))
        self.open_button.clicked.connect(self.open_requested.emit)
        left.addWidget(self.open_button)
        hint = QLabel(self.tr("or drop a .yaml or .homestretch file onto this window"))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        left.addWidget(hint)
        editing = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Edit…"))
        scalable(self.edit_button, 18, minimum=(0, 44))
        self.edit_button.setToolTip(
            self.tr("Change the selected routine (a bundled one is saved as your copy)")
        )
        self.edit_button.setAccessibleName(self.tr("Edit the selected routine"))
        self.edit_button.clicked.connect(self.edit_requested.emit)
        self.new_button = QPushButton(self.tr("New routine"))
        scalable(self.new_button, 18, minimum=(0, 44))
        self.new_button.clicked.connect(self.new_requested.emit)
        editing.addWidget(self.edit_button)
        editing.addWidget(self.new_button)
        left.addLayout(editing)
        left.addLayout(self._library_buttons())
        left.addWidget(self._undo_bar())
        left.addSpacing(12)
        self.history_button = QPushButton(self.tr("Your history  (Ctrl+H)"))
        name_from_label(self.history_button)
        scalable(self.history_button, 18, minimum=(0, 44))
        self.history_button.setToolTip(
            self.tr("Past sessions, pain ratings and the report for your physiotherapist")
        )
        self.history_button.clicked.connect(self.history_requested.emit)
        left.addWidget(self.history_button)
        self.columns.addWidget(self.left_panel, 2)

        self.right_panel = QWidget()
        self.right_panel.installEventFilter(self)  # (Start follows its place and width)
        right = QVBoxLayout(self.right_panel)
        right.setContentsMargins(0, 0, 0, 0)
        self.name = plain(QLabel())
        scalable(self.name, 34, bold=True)
        self.name.setWordWrap(True)
        right.addWidget(self.name)
        self.summary = plain(QLabel())
        scalable(self.summary, 22)
        self.summary.setWordWrap(True)
        right.addWidget(self.summary)
        self.details = plain(QLabel())  # the description, or why the file cannot be used
        scalable(self.details, 20)
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.details)
        scroll.setAccessibleName(self.tr("About this routine"))  # (a Tab stop: arrows scroll it)
        self.details_scroll = scroll  # (at least a line high: see _fit_boxes)
        right.addWidget(scroll, 1)
        self.exercises = _LeftoverList()
        scalable(self.exercises, 20)
        self.exercises.setAccessibleName(self.tr("Exercises"))
        self.exercises.setAccessibleDescription(self.tr(EXERCISE_HINT))
        self.exercises.setToolTip(self.tr(EXERCISE_HINT))
        self.exercises.setWordWrap(True)
        self.exercises.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.exercises.itemActivated.connect(self._exercise_activated)
        right.addWidget(self.exercises, 2)
        self.pain = PainScale(self.tr("How is your pain right now? (optional)"))
        right.addWidget(self.pain)
        self.where_button = QPushButton(self.tr("Where does it hurt…"))
        scalable(self.where_button, 18, minimum=(0, 44))
        self.where_button.clicked.connect(self.where_requested.emit)
        right.addWidget(self.where_button, 0, Qt.AlignmentFlag.AlignRight)
        self.start_button = QPushButton(self.tr("▶  Start  (Space)"))
        name_from_label(self.start_button)
        scalable(self.start_button, 30, bold=True, minimum=(0, 76))
        self.start_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.start_button.clicked.connect(self.start_requested.emit)
        self.start_row.addWidget(self.start_button)
        self.columns.addWidget(self.right_panel, 5)
        QWidget.setTabOrder(self.where_button, self.start_button)  # (as the page reads)

    def _library_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        scalable(self.duplicate_button, 18, minimum=(0, 44))
        self.duplicate_button.setToolTip(
            self.tr("Make a copy of the selected routine in your routines")
        )
        self.duplicate_button.setAccessibleName(self.tr("Duplicate the selected routine"))
        self.duplicate_button.clicked.connect(self.duplicate_requested.emit)
        self.delete_button = QPushButton(self.tr("Delete"))
        scalable(self.delete_button, 18, minimum=(0, 44))
        self.delete_button.setToolTip(
            self.tr("Move the selected routine (one of yours) to the trash; you can undo it (Del)")
        )
        self.delete_button.setAccessibleName(self.tr("Delete the selected routine"))
        self.delete_button.clicked.connect(self.delete_requested.emit)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self._delete_from_key)
        row.addWidget(self.duplicate_button)
        row.addWidget(self.delete_button)
        return row

    def _undo_bar(self) -> QWidget:
        """The line that says a routine was deleted, with the button that undoes it."""
        self.undo_bar = QWidget()
        row = QHBoxLayout(self.undo_bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.deleted_label = plain(QLabel())
        scalable(self.deleted_label, 16)
        self.deleted_label.setWordWrap(True)
        self.undo_delete_button = QPushButton(self.tr("Undo  (Ctrl+Z)"))
        scalable(self.undo_delete_button, 16, minimum=(0, 40))
        self.undo_delete_button.setAccessibleName(self.tr("Undo the delete"))
        self.undo_delete_button.clicked.connect(self.undo_delete_requested.emit)
        undo_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        undo_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo_key.activated.connect(self._undo_from_key)
        row.addWidget(self.deleted_label, 1)
        row.addWidget(self.undo_delete_button)
        self.undo_bar.setVisible(False)
        return self.undo_bar

    def show_deleted(self, title: str) -> None:
        """Say that the routine ``title`` was deleted, and offer to undo it."""
        self.deleted_label.setText(self.tr("“{title}” moved to the trash.").format(title=title))
        self.undo_delete_button.setAccessibleDescription(
            self.tr("Put “{title}” back").format(title=title)
        )
        self.undo_delete_button.setVisible(True)
        self.undo_bar.setVisible(True)

    def show_done(self, text: str) -> None:
        """Say on the same line that an action finished (plain text, nothing to undo)."""
        self.deleted_label.setText(text)
        self.undo_delete_button.setVisible(False)
        self.undo_bar.setVisible(True)

    def hide_deleted(self) -> None:
        self.undo_bar.setVisible(False)

    def _delete_from_key(self) -> None:
        if self.delete_button.isEnabled():
            self.delete_requested.emit()

    def _undo_from_key(self) -> None:
        if self.undo_bar.isVisible() and self.undo_delete_button.isVisibleTo(self.undo_bar):
            self.undo_delete_requested.emit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() is QEvent.Type.PaletteChange:  # another colour scheme
            warning = QColor(current_theme().warning)
            for row in range(self.exercises.count()):
                item = self.exercises.item(row)
                if item.data(EXERCISE_ROLE) is None:  # (a problem, not an exercise)
                    item.setForeground(warning)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        apply_scale(self, page_scale(self.width(), self.height()))
        self._fit_boxes()
        self._arrange_columns()

    def _arrange_columns(self) -> None:
        """The routine list beside the routine, or above it where both do not fit side by
        side (large text on a small screen): the page never scrolls sideways."""
        left, _, right, _ = PAGE_MARGINS
        room = self.width() - left - right - COLUMN_SPACING
        bar = self.scroller.verticalScrollBar().sizeHint().width()  # (when the page scrolls)
        wanted = (
            self.left_panel.minimumSizeHint().width() + self.right_panel.minimumSizeHint().width()
        )
        direction = (
            QBoxLayout.Direction.LeftToRight
            if wanted + bar <= room
            else QBoxLayout.Direction.TopToBottom
        )
        if self.columns.direction() is not direction:
            self.columns.setDirection(direction)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.right_panel and event.type() in (
            QEvent.Type.Move,
            QEvent.Type.Resize,
        ):
            self._place_start()
        return super().eventFilter(watched, event)

    def _place_start(self) -> None:
        """Start under the right column, as wide as it, always in view: the page above it
        scrolls (large text, small screens), Start does not."""
        x = self.right_panel.mapTo(self, QPoint(0, 0)).x()
        right = max(0, self.width() - x - self.right_panel.width())
        _, _, _, bottom = PAGE_MARGINS
        self.start_row.setContentsMargins(x, 8, right, bottom)

    def _fit_boxes(self) -> None:
        """The description and the exercise list scroll, small screens first, but each stays
        tall enough for whole lines of its text, whatever the text size: the page scrolls
        instead of cutting a line in half."""
        details = self.details.fontMetrics().lineSpacing() * DETAILS_LINES + 2
        self.details_scroll.setMinimumHeight(details)
        frame = 2 * self.exercises.frameWidth()
        rows = self.exercises.fontMetrics().lineSpacing() * LIST_LINES + frame + 4
        self.exercises.setMinimumHeight(rows)

    def set_entries(self, entries: list[RoutineEntry], select: str = "") -> None:
        self._entries = list(entries)
        self.list.blockSignals(True)
        self.list.clear()
        row_to_select = 0
        for row, entry in enumerate(self._entries):
            label = (
                entry.title
                if entry.routine
                else self.tr("⚠ {name} (has problems)").format(name=entry.path.name)
            )
            if not entry.bundled:
                label = self.tr("{routine}  · yours").format(routine=label)
            item = QListWidgetItem(label)
            item.setToolTip(tooltip(str(entry.path)))
            self.list.addItem(item)
            if select and str(entry.path) == select:
                row_to_select = row
        self.list.blockSignals(False)
        if self._entries:
            self.list.setCurrentRow(row_to_select)
        self._show_selected(self.list.currentRow())

    def selected(self) -> RoutineEntry | None:
        row = self.list.currentRow()
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def _show_selected(self, row: int) -> None:
        entry = self.selected()
        self.start_button.setEnabled(entry is not None and entry.routine is not None)
        self.edit_button.setEnabled(entry is not None)
        self.exercises.clear()
        self.exercises.setVisible(entry is not None and entry.routine is not None)
        if entry is None:
            self.name.setText(self.tr("No routine"))
            self.summary.setText("")
            self.details.setText("")
        elif entry.routine is None:
            self.name.setText(entry.path.name)
            self.summary.setText(self.tr("This file has problems and cannot be used yet:"))
            self.details.setText(
                "\n".join(str(p) for p in entry.problems)
                + "\n\n"
                + self.tr("Ask your physiotherapist for a corrected file.")
            )
        else:
            from homestretch.core.formatting import format_clock
            from homestretch.core.timeline import session_size

            routine = entry.routine
            total = round(session_size(routine).seconds, 6)  # (worked out, not built)
            self.name.setText(routine.name)
            self.summary.setText(
                self.tr(
                    "%n exercise(s) · about {time} · {per_week} times a week",
                    "",
                    len(routine.exercises),
                ).format(
                    time=format_clock(total),
                    per_week=routine.sessions_per_week,
                )
            )
            self.details.setText(routine.description)
            for k, e in enumerate(routine.exercises):
                item = QListWidgetItem(
                    self.tr("{number}. {name} — {dosage}").format(
                        number=k + 1, name=e.name, dosage=dose_text(e, routine.language)
                    )
                )
                item.setData(EXERCISE_ROLE, k)
                item.setToolTip(tooltip(f"{e.name}: {self.tr(EXERCISE_HINT)}"))
                self.exercises.addItem(item)
            for warning in entry.problems:  # (shown with the exercises, not started)
                item = QListWidgetItem(f"⚠ {warning}")
                item.setForeground(QColor(current_theme().warning))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.exercises.addItem(item)
            self.exercises.setCurrentRow(0)
        self.duplicate_button.setEnabled(entry is not None and entry.routine is not None)
        self.delete_button.setEnabled(entry is not None and not entry.bundled)
        self.selection_changed.emit()

    def _exercise_activated(self, item: QListWidgetItem) -> None:
        index = item.data(EXERCISE_ROLE)
        if isinstance(index, int):
            self.exercise_requested.emit(index)
