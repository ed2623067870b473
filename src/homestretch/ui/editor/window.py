"""The routine editor's window: the routine's fields, its exercises, undo, checks and saving.

The window only shows the draft (:class:`homestretch.core.draft.Draft`) and
forwards edits to it: the draft keeps the data, the undo history, the loader's
judgement and the file. After every change the window shows the draft again,
and a moment after typing stops it has the draft checked in a thread of its own
(the loader's check takes about a second for a 100-exercise routine), then shows
the loader's messages next to their fields, and the totals. A check's verdict
is shown only if no later check was asked for and the draft is still as it was
(a generation number, and the draft's own :meth:`~homestretch.core.draft.Draft.adopt`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import CancelledError, Future, ThreadPoolExecutor
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QMimeData, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDropEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QProxyStyle,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from homestretch.core.draft import DraftCheck, DraftSnapshot, blank_exercise, check_snapshot
from homestretch.core.i18n import QT_TRANSLATE_NOOP, translate
from homestretch.core.routine import ASSETS_PREFIX, RoutineError, Severity
from homestretch.ui import style
from homestretch.ui.editor.fields import FIELD_FONT_PX, KeyPath, is_reorder
from homestretch.ui.editor.forms import ExerciseForm, Form, RoutineForm
from homestretch.ui.editor.picture import figure_icon
from homestretch.ui.relay import hand_back
from homestretch.ui.text import plain, tooltip

if TYPE_CHECKING:
    from homestretch.core.draft import Draft, FieldProblem
    from homestretch.ui.editor.preview import PreviewDialog

TRY_SPEED = 10.0
""""Try it" plays the session this many times faster than real time (not logged)."""
CHECK_DELAY_MS = 250
"""The loader judges the draft this long after the last edit (typing is not held up)."""
LEFT_WIDTH = 300
"""The exercise list's width at the most, in pixels (at the normal text size)."""
LARGE_TEXT = 1.4
"""From this text size (times the normal) the editor's buttons take more rows."""
BUNDLED_NOTICE = QT_TRANSLATE_NOOP(
    "EditorWindow",
    "This is a routine that comes with Homestretch. Saving keeps it as it is and saves "
    "your changes as your own copy, with its own name.",
)
"""(Translated where it is shown.)"""
WARNING = "⚠ "
CATALOGUE_ICON_PX = 40
"""The figures in the catalogue menu are drawn this many pixels tall."""

_log = logging.getLogger(__name__)


def totals_text(seconds: float | None, count: int) -> str:
    """ "12 minutes, 7 exercises"."""
    if seconds is None:
        return translate(
            "EditorWindow",
            "%n exercise(s) (the length shows once the problems below are fixed)",
            "",
            count,
        )
    minutes = max(1, round(seconds / 60)) if seconds > 0 else 0
    exercises = translate("EditorWindow", "%n exercise(s)", "", count)
    return translate("EditorWindow", "%n minute(s), {exercises}", "", minutes).format(
        exercises=exercises
    )


class ExerciseList(QListWidget):
    """The exercises, in order; dragged (or Alt+Up/Down) to a new place.

    The list never moves its own rows: it says where the user wants the exercise
    (``moved``) and the window moves it in the draft, then shows the draft again.

    Signals:
        moved(int, int): the exercise at the first place should go to the second.
    """

    moved = Signal(int, int)

    def __init__(self) -> None:
        super().__init__()
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def drop_row(self, position: QPoint) -> int:
        """The place (0 to the number of rows) a drop at ``position`` inserts before."""
        index = self.indexAt(position)
        if not index.isValid():
            return self.count()
        rect = self.visualRect(index)
        return index.row() + (1 if position.y() > rect.center().y() else 0)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt API)
        old = self.currentRow()
        if old < 0 or not self._ours(event.mimeData()):
            event.ignore()
            return
        place = self.drop_row(event.position().toPoint())
        new = place - 1 if place > old else place
        event.setDropAction(Qt.DropAction.IgnoreAction)  # (the draft moves it, not the view)
        event.accept()
        if new != old:
            self.moved.emit(old, new)

    def _ours(self, mime: QMimeData) -> bool:
        return any(f in mime.formats() for f in self.model().mimeTypes())

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 (Qt API)
        direction = is_reorder(event)
        row = self.currentRow()
        if direction and 0 <= row + direction < self.count() and row >= 0:
            self.moved.emit(row, row + direction)
        elif not direction:
            super().keyPressEvent(event)


class _LargeIcons(QProxyStyle):
    """A menu whose icons (the figures of the catalogue) are large enough to recognise."""

    def pixelMetric(  # noqa: N802 (Qt API)
        self, metric: QStyle.PixelMetric, option: Any = None, widget: Any = None
    ) -> int:
        if metric is QStyle.PixelMetric.PM_SmallIconSize:
            return CATALOGUE_ICON_PX
        return super().pixelMetric(metric, option, widget)


class _UndoKeys(QObject):
    """The window's undo and redo keys in a text box undo the draft, not only the box's
    own typing (the box would otherwise take them first)."""

    def __init__(self, window: QMainWindow, actions: Callable[[], list[QAction]]) -> None:
        super().__init__(window)
        self._actions = actions

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        pressed = QKeySequence(event.keyCombination())
        if any(pressed == keys for a in self._actions() for keys in a.shortcuts()):
            event.ignore()  # (not taken by the box: the window's action gets the key)
            return True
        return False


class EditorWindow(QMainWindow):
    """Edit one routine.

    Args:
        draft: the routine being edited.
        check: what checks a snapshot of the draft, in the checking thread.

    Signals:
        saved(object): the routine was saved to this :class:`~pathlib.Path`.
        try_requested(object): play this valid :class:`~homestretch.core.routine.Routine`
            fast, without logging it.
    """

    saved = Signal(object)
    try_requested = Signal(object)

    def __init__(
        self,
        draft: Draft,
        parent: QWidget | None = None,
        *,
        check: Callable[[DraftSnapshot], DraftCheck] = check_snapshot,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.draft = draft
        self._closing = False
        self._undo_keys = _UndoKeys(self, lambda: [self.undo_action, self.redo_action])
        self.preview: PreviewDialog | None = None
        self.problems: list[FieldProblem] = []
        self.setFont(style.font(FIELD_FONT_PX))

        self.checker = QTimer(self)
        self.checker.setSingleShot(True)
        self.checker.setInterval(CHECK_DELAY_MS)
        self.checker.timeout.connect(self.request_check)
        self._check = check
        self._pool: ThreadPoolExecutor | None = None  # (made when first needed)
        self.generation = 0
        """Counts the checks asked for: a verdict is shown only if it is the last one's."""
        self._awaited: int | None = None  # (the generation of the check on its way)

        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(12, 8, 12, 8)
        self.notice = plain(QLabel(self.tr(BUNDLED_NOTICE)))
        self.notice.setWordWrap(True)
        style.themed_sheet(self.notice, f"QLabel {{ {style.NOTICE_STYLE} }}")
        self.notice.setObjectName("bundled_notice")
        column.addWidget(self.notice)
        self.totals = plain(QLabel())
        self.totals.setFont(style.font(FIELD_FONT_PX + 2, bold=True))
        self.totals.setWordWrap(True)
        self.totals.setObjectName("totals")
        # (its height kept: with large text the window's height runs short, the lists give)
        self.totals.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        # (and a line high before the first check has given its text: the layout is not
        # made again, shorter, when the text comes)
        self.totals.setMinimumHeight(self.totals.fontMetrics().lineSpacing() + 2)
        column.addWidget(self.totals)
        self.status = plain(QLabel())
        self.status.setWordWrap(True)
        self.status.setObjectName("status")
        style.themed_sheet(self.status, "color: $caution;")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.status)

        body = QHBoxLayout()
        column.addLayout(body, 1)
        left = QVBoxLayout()
        self.routine_button = QPushButton(self.tr("Routine settings"))
        self.routine_button.setCheckable(True)
        self.routine_button.setToolTip(
            self.tr("The routine's name, description, times and stop rule")
        )
        self.routine_button.clicked.connect(self.show_routine_form)
        left.addWidget(self.routine_button)
        # With large text the buttons go two to a row, and the row of the window's buttons
        # onto two lines: their words stay whole and the window fits a laptop's screen;
        # the list's heading is one word (how to reorder: in its tooltip, its description
        # and the Move buttons' tooltips), or the window is taller than the screen.
        large = style.text_factor() > LARGE_TEXT
        exercises_label = plain(
            QLabel(
                self.tr("Exercises")
                if large
                else self.tr("Exercises (drag, or Alt+Up/Down, to reorder)")
            )
        )
        exercises_label.setWordWrap(True)
        left.addWidget(exercises_label)
        self.list = ExerciseList()
        self.list.setAccessibleName(self.tr("Exercises"))
        self.list.setAccessibleDescription(
            self.tr("Drag an exercise, or press Alt+Up or Alt+Down, to move it")
        )
        self.list.setToolTip(self.list.accessibleDescription())
        exercises_label.setBuddy(self.list)
        self.list.currentRowChanged.connect(self._row_chosen)
        self.list.itemClicked.connect(lambda _item: self._row_chosen(self.list.currentRow()))
        self.list.itemActivated.connect(lambda _item: self._row_chosen(self.list.currentRow()))
        self.list.moved.connect(self.move_exercise)
        left.addWidget(self.list, 1)
        buttons = QGridLayout()
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setAccessibleName(self.tr("Add an exercise"))
        self.add_menu = QMenu(self.add_button)
        self.add_menu.setFont(style.font(FIELD_FONT_PX))
        self.add_menu.setToolTipsVisible(True)
        self._menu_style = _LargeIcons()
        self.add_menu.setStyle(self._menu_style)
        self.add_button.setMenu(self.add_menu)
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        self.duplicate_button.clicked.connect(self.duplicate_exercise)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected exercise"))
        self.remove_button.clicked.connect(self.remove_exercise)
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.setToolTip(self.tr("Alt+Up"))
        self.up_button.clicked.connect(lambda: self._move_current(-1))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.setToolTip(self.tr("Alt+Down"))
        self.down_button.clicked.connect(lambda: self._move_current(1))
        places = (
            ((0, 0), (0, 1), (1, 0), (2, 0), (2, 1))
            if large
            else ((0, 0, 1, 2), (0, 2, 1, 2), (0, 4, 1, 2), (1, 0, 1, 3), (1, 3, 1, 3))
        )
        for button, place in zip(
            (
                self.add_button,
                self.duplicate_button,
                self.remove_button,
                self.up_button,
                self.down_button,
            ),
            places,
            strict=True,
        ):
            buttons.addWidget(button, *place)
        left.addLayout(buttons)
        left_panel = QWidget()
        left_panel.setLayout(left)
        left_panel.setMaximumWidth(round(LEFT_WIDTH * style.text_factor()))
        left_panel.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        body.addWidget(left_panel, 2)
        self.left_panel = left_panel

        self.pages = QStackedWidget()
        self.routine_scroll = self._scroll()
        self.exercise_scroll = self._scroll()
        self.pages.addWidget(self.routine_scroll)
        self.pages.addWidget(self.exercise_scroll)
        body.addWidget(self.pages, 5)
        self.routine_form = RoutineForm(draft)
        self.routine_form.edited.connect(self._edited)
        self.routine_scroll.setWidget(self.routine_form)
        self.exercise_form: ExerciseForm | None = None

        bottom = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("Preview the session…"))
        self.preview_button.clicked.connect(self.show_preview)
        self.try_button = QPushButton(
            self.tr("▶ Try it ({TRY_SPEED:g}× faster, silent, not logged)").format(
                TRY_SPEED=TRY_SPEED
            )
        )
        self.try_button.clicked.connect(self.try_it)
        self.save_button = QPushButton(self.tr("Save  (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.close)
        if large:  # (Try it's long words on a row of their own)
            bottom.addWidget(self.try_button)
            bottom.addStretch(1)
            column.addLayout(bottom)
            bottom = QHBoxLayout()
            bottom.addWidget(self.preview_button)
        else:
            bottom.addWidget(self.preview_button)
            bottom.addWidget(self.try_button)
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.close_button)
        column.addLayout(bottom)
        self.setCentralWidget(central)

        self._build_actions()
        self._build_catalogue()
        self.unsubscribe = draft.subscribe(self._changed)
        self._install_undo_keys(self)
        self.show_routine_form()
        self._show_list()
        self._update()
        self.request_check()
        room = self.screen().availableGeometry()
        grown = style.text_factor()  # (larger words want a larger window)
        self.resize(
            min(round(1100 * grown), room.width() - 16), min(round(800 * grown), room.height() - 48)
        )

    # -- building

    def _scroll(self) -> QScrollArea:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return scroll

    def _action(self, menu: QMenu, text: str, keys: QKeySequence | str, slot: Any) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Routine"))
        self.save_action = self._action(file_menu, self.tr("&Save"), "Ctrl+S", self.save)
        self.preview_action = self._action(
            file_menu, self.tr("&Preview the session…"), "Ctrl+P", self.show_preview
        )
        self.try_action = self._action(file_menu, self.tr("&Try it"), "Ctrl+T", self.try_it)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Close"), "Ctrl+W", self.close)
        edit = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self._action(edit, self.tr("&Undo"), "Ctrl+Z", self.undo)
        self.redo_action = self._action(edit, self.tr("&Redo"), "Ctrl+Shift+Z", self.redo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])

    def _build_catalogue(self) -> None:
        """The "Add" menu: the bundled exercises in the routine's language, and a blank one."""
        self.add_menu.clear()
        self._catalogue_language = self.draft.language
        for exercise in self.draft.catalogue():
            reference = exercise.get("illustration")
            name = str(exercise.get("name", self.tr("Exercise")))
            action = self.add_menu.addAction(name)
            if isinstance(reference, str) and reference.startswith(ASSETS_PREFIX):
                action.setIcon(figure_icon(reference))
            action.setToolTip(tooltip(str(exercise.get("summary", ""))))
            action.triggered.connect(lambda _=False, e=exercise: self.add_exercise(e))
        self.add_menu.addSeparator()
        blank = self.add_menu.addAction(self.tr("Blank exercise"))
        blank.triggered.connect(lambda: self.add_exercise(blank_exercise()))

    def _install_undo_keys(self, root: QWidget) -> None:
        for widget in (root, *root.findChildren(QWidget)):
            widget.installEventFilter(self._undo_keys)

    # -- what the draft says, shown

    def _show_list(self) -> None:
        exercises = self.draft.get(("exercises",))
        rows = exercises if isinstance(exercises, list) else []
        current = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        troubled = {
            p.path[1]
            for p in self.problems
            if len(p.path) >= 2 and p.path[0] == "exercises" and isinstance(p.path[1], int)
        }
        for k, exercise in enumerate(rows):
            name = exercise.get("name") if isinstance(exercise, dict) else None
            text = self.tr("{number}. {name}").format(
                number=k + 1, name=name or self.tr("no name yet")
            )
            item = QListWidgetItem(WARNING + text if k in troubled else text)
            if k in troubled:
                item.setToolTip(self.tr("This exercise has something to fix"))
            self.list.addItem(item)
        if rows and current >= 0:
            self.list.setCurrentRow(min(current, len(rows) - 1))
        self.list.blockSignals(False)

    def _update(self) -> None:
        """Everything but the forms' fields: titles, undo texts, totals, buttons."""
        draft = self.draft
        name = draft.get(("name",)) or self.tr("New routine")
        mark = "*" if draft.modified else ""
        self.setWindowTitle(
            self.tr("{mark}Edit “{name}” – Homestretch").format(mark=mark, name=name)
        )
        self.notice.setVisible(draft.bundled)
        self.undo_action.setEnabled(draft.can_undo)
        self.redo_action.setEnabled(draft.can_redo)
        self.undo_action.setText(f"&{draft.undo_text}" if draft.can_undo else self.tr("&Undo"))
        self.redo_action.setText(f"&{draft.redo_text}" if draft.can_redo else self.tr("&Redo"))
        row, rows = self.list.currentRow(), self.list.count()
        on_exercise = self.pages.currentWidget() is self.exercise_scroll and row >= 0
        self.duplicate_button.setEnabled(on_exercise)
        self.remove_button.setEnabled(on_exercise and rows > 1)
        self.up_button.setEnabled(on_exercise and row > 0)
        self.down_button.setEnabled(on_exercise and row < rows - 1)

    def _changed(self, _change: object) -> None:
        """The draft changed (an edit here, an undo, a redo): show it again."""
        exercises = self.draft.get(("exercises",))
        count = len(exercises) if isinstance(exercises, list) else 0
        self._show_list()
        form = self.exercise_form
        if form is not None and form.index >= count:
            self._show_exercise(count - 1)
        self.routine_form.refresh()
        if self.exercise_form is not None:
            self.exercise_form.refresh()
        if self.draft.language != self._catalogue_language:
            self._build_catalogue()  # (offered in the routine's new language)
        self._update()
        self.checker.start()

    def _edited(self) -> None:
        self._update()
        self.checker.start()

    def request_check(self) -> None:
        """Have the draft checked in the checking thread; :meth:`check` shows the verdict
        when it comes (at once if the draft's verdict is known already)."""
        self.checker.stop()
        if self.draft.checked:
            self.check()
            return
        self.generation += 1
        generation = self._awaited = self.generation
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="draft-check")
        future = self._pool.submit(self._check, self.draft.snapshot())
        future.add_done_callback(hand_back(self, partial(self._take_check, generation)))

    @property
    def checking(self) -> bool:
        """A check is on its way (what is shown is of an earlier draft)."""
        return self._awaited is not None

    def _take_check(self, generation: int, future: Future[DraftCheck]) -> None:
        if generation != self.generation:
            return  # a later check was asked for: this verdict is of an older draft
        self._awaited = None
        try:
            verdict = future.result()
        except CancelledError:
            return
        except Exception:  # (the loader reports problems; this is a defect: logged)
            _log.exception("The editor's background check failed; checking here instead")
            self.check()
            return
        if self.draft.adopt(verdict):
            self.check()  # (the verdict is known: nothing is computed here)
        elif not self.checker.isActive():
            self.request_check()  # (changed without an edit: a save)

    def stop_checking(self) -> None:
        """Drop the checks on their way (the window closes)."""
        self.generation += 1
        self._awaited = None
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def check(self) -> None:
        """The loader's judgement: each message next to its field; totals; the rest on top.

        Computed here (on the GUI thread) unless the draft's verdict is known already:
        the editor's own checks come through :meth:`request_check`; a save checks here.
        """
        self.checker.stop()
        self.generation += 1  # (a verdict on its way is of this draft or an older one)
        self._awaited = None
        draft = self.draft
        self.problems = draft.problems()
        forms: list[Form] = [self.routine_form]
        if self.exercise_form is not None:
            forms.append(self.exercise_form)
        placed: dict[int, dict[KeyPath, str]] = {id(f): {} for f in forms}
        elsewhere: list[str] = []
        for problem in self.problems:
            text = problem.message
            if problem.severity is not Severity.ERROR:
                text = self.tr("Warning: {text}").format(text=text)
            for form in forms:
                field = form.field_for(problem.path)
                if field is not None:
                    shown = placed[id(form)]
                    shown[field.path] = (
                        f"{shown[field.path]}\n{text}" if field.path in shown else text
                    )
                    break
            else:
                elsewhere.append(self._where(problem) + text)
        for form in forms:
            form.show_problems(placed[id(form)])
        errors = sum(1 for p in self.problems if p.severity is Severity.ERROR)
        lines = []
        if errors:
            lines.append(
                self.tr(
                    "%n thing(s) to fix before saving (marked ⚠ in the list, and next to "
                    "each field).",
                    "",
                    errors,
                )
            )
        lines.extend(elsewhere)
        self.status.setText("\n".join(lines))
        self.status.setVisible(bool(lines))
        self.totals.setText(totals_text(draft.total_seconds(), draft.exercise_count()))
        valid = draft.routine() is not None
        for widget in (self.preview_button, self.try_button):
            widget.setEnabled(valid)
        self.preview_action.setEnabled(valid)
        self.try_action.setEnabled(valid)
        self._show_list()

    def _where(self, problem: FieldProblem) -> str:
        path = problem.path
        if len(path) >= 2 and path[0] == "exercises" and isinstance(path[1], int):
            name = self.draft.get(("exercises", path[1], "name"))
            return self.tr("Exercise {number} ({name}): ").format(
                number=path[1] + 1, name=name or self.tr("no name")
            )
        return ""

    # -- pages

    def show_routine_form(self) -> None:
        self.pages.setCurrentWidget(self.routine_scroll)
        self.routine_button.setChecked(True)
        self._update()

    def _row_chosen(self, row: int) -> None:
        if row >= 0:
            self._show_exercise(row)

    def _show_exercise(self, index: int) -> None:
        """Show the exercise at ``index`` in the form on the right."""
        if index < 0:
            self.show_routine_form()
            return
        old = self.exercise_form
        scroll_at = self.exercise_scroll.verticalScrollBar().value()
        same = old is not None and old.index == index
        if same and old is not None:
            old.refresh()
        else:
            form = ExerciseForm(self.draft, index, pictures=self.draft)
            form.edited.connect(self._edited)
            self.exercise_scroll.setWidget(form)  # (the old one is deleted)
            self.exercise_form = form
            self._install_undo_keys(form)
            self._chain_tabs(form)
            scroll_at = 0
        if self.list.currentRow() != index:
            self.list.blockSignals(True)
            self.list.setCurrentRow(index)
            self.list.blockSignals(False)
        self.pages.setCurrentWidget(self.exercise_scroll)
        self.exercise_scroll.verticalScrollBar().setValue(scroll_at)
        self.routine_button.setChecked(False)
        self._update()
        self.request_check()

    def _chain_tabs(self, form: QWidget) -> None:
        """Tab goes from the exercise list's buttons into the form, and on to the bottom row."""

        def inner(widget: QWidget) -> bool:  # (part of a spin box, combo box or view)
            parent = widget.parentWidget()
            while parent is not None and parent is not form:
                if isinstance(parent, QAbstractSpinBox | QComboBox | QAbstractScrollArea):
                    return True
                parent = parent.parentWidget()
            return False

        focusable = [
            w
            for w in form.findChildren(QWidget)
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.window() is self and not inner(w)
        ]
        previous: QWidget = self.down_button
        for widget in focusable:
            QWidget.setTabOrder(previous, widget)
            previous = widget
        QWidget.setTabOrder(previous, self.preview_button)

    # -- exercises

    def add_exercise(self, exercise: dict[str, Any]) -> None:
        row = self.list.currentRow()
        index = self.draft.add_exercise(exercise, row + 1 if row >= 0 else None)
        self._show_list()
        self._show_exercise(index)
        self.list.setFocus()

    def duplicate_exercise(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self._show_exercise(self.draft.duplicate_exercise(row))

    def remove_exercise(self) -> None:
        row = self.list.currentRow()
        if row < 0 or self.draft.exercise_count() <= 1:
            return
        self.draft.remove(("exercises",), row)
        self._show_list()
        self._rebuild_form(min(row, self.draft.exercise_count() - 1))

    def move_exercise(self, old: int, new: int) -> None:
        if old == new:
            return
        self.draft.move(("exercises",), old, new)
        self._show_list()
        self._rebuild_form(new)
        self.list.setCurrentRow(new)
        self.list.setFocus()

    def _move_current(self, direction: int) -> None:
        row = self.list.currentRow()
        if row >= 0 and 0 <= row + direction < self.list.count():
            self.move_exercise(row, row + direction)

    def _rebuild_form(self, index: int | None = None) -> None:
        """The exercise form afresh (its fields' places in the list have changed)."""
        if index is None:
            index = max(0, self.list.currentRow())
        self.exercise_form = None
        self._show_exercise(index)

    # -- undo, checks, saving

    def undo(self) -> None:
        if self.draft.can_undo:
            order = self._order()
            self.draft.undo()
            self._after_history(order)

    def redo(self) -> None:
        if self.draft.can_redo:
            order = self._order()
            self.draft.redo()
            self._after_history(order)

    def _order(self) -> list[Any]:
        exercises = self.draft.get(("exercises",))
        return [e.get("id") if isinstance(e, dict) else None for e in exercises or []]

    def _after_history(self, order: list[Any]) -> None:
        """After an undo or redo: the form afresh if exercises came, went or moved (its
        fields' places changed); the draft's listener has refreshed the values."""
        if self._order() != order and self.pages.currentWidget() is self.exercise_scroll:
            self._rebuild_form(min(max(0, self.list.currentRow()), self.draft.exercise_count() - 1))
        self._update()

    def save(self) -> bool:
        """Save, if the loader finds nothing wrong; say why not otherwise. True: saved."""
        from homestretch.ui.dialogs import warn

        self.check()
        errors = [p for p in self.problems if p.severity is Severity.ERROR]
        if errors:
            self.warning = warn(
                self,
                title=self.tr("Not saved yet"),
                text=self.tr(
                    "The routine has problems to fix first (each is shown next to its field):"
                ),
                details="\n".join(self._where(p) + p.message for p in errors),
            )
            return False
        try:
            path = self.draft.save()
        except RoutineError as exc:  # (checked just before; a picture may have gone since)
            self.warning = warn(
                self,
                title=self.tr("Not saved"),
                text=self.tr("The routine has problems to fix first:"),
                details="\n".join(str(p) for p in exc.problems),
            )
            return False
        except OSError as exc:
            self.warning = warn(
                self,
                title=self.tr("Not saved"),
                text=self.tr(
                    "The routine could not be saved: {value}. Nothing was lost: it is still open "
                    "here."
                ).format(value=exc.strerror or exc),
                details=str(exc.filename or ""),
            )
            return False
        self._update()
        self.saved.emit(path)
        return True

    def show_preview(self) -> None:
        from homestretch.core.timeline import build_timeline
        from homestretch.ui.editor.preview import PreviewDialog

        routine = self.draft.routine()
        if routine is None:
            return
        self.preview = PreviewDialog(build_timeline(routine), self)
        self.preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview.open()

    def try_it(self) -> None:
        routine = self.draft.routine()
        if routine is not None:
            self.try_requested.emit(routine)

    # -- closing

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        if self._closing or not self.draft.modified:
            self.unsubscribe()
            self.stop_checking()
            event.accept()
            return
        event.ignore()
        from homestretch.ui.dialogs import choose

        def answered(choice: int | None) -> None:
            if choice == 0 and not self.save():
                return
            if choice is not None:
                self._closing = True
                self.close()

        self.question = choose(
            self,
            title=self.tr("Unsaved changes"),
            text=self.tr("Save the changes to this routine before closing?"),
            choices=(self.tr("Save"), self.tr("Discard the changes")),
            cancel=self.tr("Cancel"),
            answered=answered,
            font_px=FIELD_FONT_PX + 2,
        )
