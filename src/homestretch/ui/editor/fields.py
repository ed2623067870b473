"""The editor's fields: each shows one key of the routine and forwards edits to the draft.

A field knows its key in the one table of keys (:mod:`homestretch.core.routine_keys`),
which gives its label, limits, step and tooltip, and its place in the draft's
data (a :data:`KeyPath`). It calls the draft's ``set`` (or ``insert``, ``remove``,
``move`` for lists) as the user edits, shows the draft's value again after an
undo (:meth:`Field.refresh`), and shows the loader's message about its key
underneath (:meth:`Field.show_problem`). Text from the routine and from the loader
is always shown as plain text.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from homestretch.core.draft import new_phase
from homestretch.core.i18n import translate
from homestretch.core.phrases import DEFAULT_LANGUAGE
from homestretch.core.routine_keys import Key, Kind, Level, key
from homestretch.ui import style
from homestretch.ui.text import plain, tooltip

KeyPath = tuple[str | int, ...]
"""A place in the routine's data, e.g. ``("exercises", 2, "reps")``."""

FIELD_FONT_PX = 16
"""Text in the editor's fields: a desk tool, read from a chair."""
DURATION_DECIMALS = 1
"""Durations are edited to a tenth of a second."""
DURATION_STEP = 1.0
"""The arrows (and Up/Down keys) move a duration by a second."""
NUMBER_BOX_WIDTH = 16
"""A number box is this many characters wide (its words, such as "the routine's", fit)."""
ARROWS_WIDTH = 40
"""Pixels a spin box's arrows and frame take beside its words."""
LIST_LINES = (3, 10)
TABLE_SLACK = 6
"""Pixels more than the phases table's rows need, so no scroll bar appears for a hair."""
"""A list of texts, or the phases table, shows at least and at most this many rows."""


class Editable(Protocol):
    """What a field needs of the draft (:class:`homestretch.core.draft.Draft`)."""

    def get(self, path: KeyPath) -> Any: ...
    def set(self, path: KeyPath, value: Any) -> None: ...
    def insert(self, path: KeyPath, index: int, value: Any) -> None: ...
    def remove(self, path: KeyPath, index: int) -> None: ...
    def move(self, path: KeyPath, old: int, new: int) -> None: ...
    def group(self, text: str) -> AbstractContextManager[None]: ...


def routine_language(draft: Editable) -> str:
    """The routine's language as the draft has it (``en`` when it has none): the language
    a new phase's name is in."""
    value = draft.get(("language",))
    return value if isinstance(value, str) and value else DEFAULT_LANGUAGE


def number(value: float) -> int | float:
    """``value`` as the file should say it: ``3``, not ``3.0``."""
    return int(value) if float(value).is_integer() else round(float(value), DURATION_DECIMALS)


def key_tip(k: Key) -> str:
    """A key's tooltip, in the window's language: its description from the table of keys
    (marked there for translation) and the values its limits allow.

    (The guide's "Allowed values" words, :func:`~homestretch.core.routine_keys.allowed_words`,
    stay English and point into the guide; a choice's values are the box's own words.)
    """
    description = translate("RoutineKeys", k.description).replace("`", "")
    allowed = allowed_text(k)
    return f"{description}\n{allowed}" if allowed else description


def allowed_text(k: Key) -> str:
    """The values a key's limits allow, as a sentence in the window's language ("" when
    its field chooses among them or the table gives no limit)."""
    if k.kind in (Kind.COUNT, Kind.DURATION):
        low, high = (number(v) for v in k.bounds)
        if k.kind is Kind.COUNT:
            return translate("Fields", "Allowed: from {low} to {high}.").format(low=low, high=high)
        if not k.low_inclusive:
            return translate("Fields", "Allowed: more than {low} and up to {high} seconds.").format(
                low=low, high=high
            )
        return translate("Fields", "Allowed: from {low} to {high} seconds.").format(
            low=low, high=high
        )
    length = k.max_length or 0
    if k.kind is Kind.TEXT and length:
        return translate("Fields", "Allowed: up to %n character(s).", "", length)
    if k.kind is Kind.TEXTS and length:
        if k.min_items:
            return translate("Fields", "At least one; each up to %n character(s).", "", length)
        return translate("Fields", "Each up to %n character(s).", "", length)
    if k.kind is Kind.PHASES and k.min_items is not None and k.max_items is not None:
        return translate("Fields", "Allowed: from {low} to {high} phases.").format(
            low=k.min_items, high=k.max_items
        )
    return ""


def is_reorder(event: QEvent) -> int:
    """-1 for Alt+Up, +1 for Alt+Down, 0 for any other event."""
    if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
        return 0
    if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier != Qt.KeyboardModifier.AltModifier:
        return 0
    return {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(event.key()), 0)


FORM_COMBO_CHARACTERS = 12
"""A drop-down list of the form asks for this many characters at least; it takes the
width the form has, and an item longer than that is shortened ("…") in the closed box
(the open list shows it whole), so one long name never makes the form wider than its
window (a figure's German name at 200 % text was wider than a laptop's screen)."""


def form_combo() -> QComboBox:
    """A drop-down list for the editor's forms (see :data:`FORM_COMBO_CHARACTERS`)."""
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(FORM_COMBO_CHARACTERS)
    combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return combo


class MessageLabel(QLabel):
    """The loader's message about a field, under it (hidden when there is none)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        plain(self)
        self.setWordWrap(True)
        self.setObjectName("field_message")
        style.themed_sheet(self, "color: $caution;")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class Field(QWidget):
    """A label, an input and the loader's message about it.

    Args:
        draft: the routine being edited.
        path: the key's place in the draft's data.
        k: the key in the table of keys (its label and description).
        label: the label's words, when not the table's.

    Signals:
        edited(): the user changed the value (the draft has it already).
    """

    edited = Signal()

    def __init__(self, draft: Editable, path: KeyPath, k: Key | None, *, label: str = "") -> None:
        super().__init__()
        self.draft = draft
        self.path = path
        self.key = k
        self._updating = False
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 6)
        self.column.setSpacing(2)
        self.label = plain(QLabel(label or (translate("RoutineKeys", k.label) if k else "")))
        self.label.setWordWrap(True)
        self.column.addWidget(self.label)
        self.message = MessageLabel()

    def finish(self, editor: QWidget, *, stretch: bool = False) -> None:
        """Put ``editor`` (the input) under the label, the message under it; name it."""
        self.editor = editor
        self.column.addWidget(editor, 1 if stretch else 0)
        self.column.addWidget(self.message)
        self.label.setBuddy(editor)
        editor.setAccessibleName(self.label.text())
        if self.key is not None:
            editor.setToolTip(tooltip(key_tip(self.key)))
        self.setFocusProxy(editor)
        self.refresh()

    # -- the draft's value, shown

    def value(self) -> Any:
        return self.draft.get(self.path)

    def refresh(self) -> None:
        """Show the draft's value (after an undo, or another field's edit)."""
        self._updating = True
        try:
            self.show_value(self.value())
        finally:
            self._updating = False

    def show_value(self, value: Any) -> None:
        raise NotImplementedError

    def put(self, value: Any) -> None:
        """The user's value, to the draft (not while the field shows the draft's)."""
        if self._updating or value == self.value():
            return
        self.draft.set(self.path, value)
        self.edited.emit()

    def show_problem(self, text: str) -> None:
        """The loader's message about this key ("" when it has none)."""
        self.message.show_message(text)
        self.editor.setAccessibleDescription(text)


class NumberField(Field):
    """A count or a duration, with the table's limits.

    ``none_text`` makes the key optional: the lowest position of the box
    (shown as these words) leaves the key out of the file.
    """

    def __init__(
        self,
        draft: Editable,
        path: KeyPath,
        k: Key,
        *,
        none_text: str = "",
        suffix: str | None = None,
    ) -> None:
        super().__init__(draft, path, k)
        low, high = k.bounds
        self.none_text = none_text
        box: QSpinBox | QDoubleSpinBox
        if k.kind is Kind.COUNT:
            box = QSpinBox()
            step: float = 1
            box.setRange(int(low) - (1 if none_text else 0), int(high))
        else:
            box = QDoubleSpinBox()
            box.setDecimals(DURATION_DECIMALS)
            step = DURATION_STEP
            least = low if k.low_inclusive else low + 10**-DURATION_DECIMALS
            box.setRange(least - (step if none_text else 0), high)
            box.setSingleStep(step)
        self.box = box
        if suffix is None:
            suffix = translate("Fields", " s") if k.kind is Kind.DURATION else ""
        box.setSuffix(suffix)
        if none_text:
            box.setSpecialValueText(none_text)
        box.setKeyboardTracking(True)
        box.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        metrics = box.fontMetrics()
        words = metrics.horizontalAdvance(f"{none_text}  ") + ARROWS_WIDTH
        box.setMinimumWidth(max(metrics.horizontalAdvance("0") * NUMBER_BOX_WIDTH, words))
        box.valueChanged.connect(self._changed)
        self.finish(box)

    def default(self) -> float:
        assert self.key is not None
        if isinstance(self.key.default, int | float):
            return float(self.key.default)
        return self.box.minimum()

    def show_value(self, value: Any) -> None:
        if value is None or not isinstance(value, int | float) or isinstance(value, bool):
            value = self.box.minimum() if self.none_text else self.default()
        if self.box.value() != value:  # (the text being typed stays as it is)
            self.box.setValue(value)

    def _changed(self, value: float) -> None:
        if self.none_text and value == self.box.minimum():
            self.put(None)
        else:
            self.put(number(value))


class TextField(Field):
    """A text: one line, or several (``lines`` > 1). An empty optional text is left out."""

    def __init__(self, draft: Editable, path: KeyPath, k: Key, *, lines: int = 1) -> None:
        super().__init__(draft, path, k)
        self.lines = lines
        if lines > 1:
            self.text_box: QLineEdit | QPlainTextEdit = QPlainTextEdit()
            self.text_box.setTabChangesFocus(True)
            metrics = self.text_box.fontMetrics()
            self.text_box.setFixedHeight(metrics.lineSpacing() * lines + 12)
            self.text_box.textChanged.connect(self._changed)
        else:
            self.text_box = QLineEdit()
            self.text_box.textEdited.connect(self._changed)
        self.finish(self.text_box)

    def text(self) -> str:
        box = self.text_box
        return box.toPlainText() if isinstance(box, QPlainTextEdit) else box.text()

    def show_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if text == self.text():
            return  # (the cursor stays where the user is typing)
        if isinstance(self.text_box, QPlainTextEdit):
            self.text_box.setPlainText(text)
        else:
            self.text_box.setText(text)

    def _changed(self, *_args: object) -> None:
        text = self.text()
        required = self.key is not None and self.key.required
        if self.lines > 1:
            text = text.strip("\n")
        self.put(text if text or required else None)


class ChoiceField(Field):
    """One of the key's choices, each in plain words."""

    def __init__(
        self,
        draft: Editable,
        path: KeyPath,
        k: Key,
        words: dict[str, str],
        *,
        none_text: str = "",
    ) -> None:
        super().__init__(draft, path, k)
        self.combo = form_combo()
        if none_text:
            self.combo.addItem(none_text, None)
        for choice in k.choices:
            self.combo.addItem(words.get(choice, choice), choice)
        self.combo.currentIndexChanged.connect(self._changed)
        self.finish(self.combo)

    def show_value(self, value: Any) -> None:
        if value is None and self.key is not None and self.combo.findData(None) < 0:
            value = self.key.default
        index = self.combo.findData(value)
        self.combo.setCurrentIndex(max(index, 0))

    def _changed(self, index: int) -> None:
        self.put(self.combo.itemData(index))


def language_words(tag: str) -> str:
    """A language of the list as it names itself, with its tag: ``Deutsch (de)``."""
    from homestretch.core.phrases import OWN_NAMES

    own = OWN_NAMES.get(tag)
    return f"{own} ({tag})" if own else tag


class LanguageField(Field):
    """The routine's language: one Homestretch speaks, by its own name and tag.

    A tag in the file that is not in the list (``fr``, ``de-AT``, or one the
    loader refuses) is kept and shown as the file writes it, as one more item,
    until another language is chosen; the loader's message about it shows
    underneath. Leaving the default chosen writes nothing.
    """

    def __init__(self, draft: Editable, path: KeyPath, k: Key) -> None:
        from homestretch.core.phrases import OWN_NAMES

        super().__init__(draft, path, k)
        self.combo = form_combo()
        self.languages = tuple(OWN_NAMES)
        for tag in self.languages:
            self.combo.addItem(language_words(tag), tag)
        self.combo.currentIndexChanged.connect(self._changed)
        self.finish(self.combo)

    def show_value(self, value: Any) -> None:
        if value is None and self.key is not None:
            value = self.key.default
        tag = value if isinstance(value, str) else str(value)
        while self.combo.count() > len(self.languages):  # the file's own tag, shown before
            self.combo.removeItem(self.combo.count() - 1)
        if self.combo.findData(tag) < 0:
            self.combo.addItem(tag, tag)
        self.combo.setCurrentIndex(self.combo.findData(tag))

    def _changed(self, index: int) -> None:
        self.put(self.combo.itemData(index))


@dataclass(frozen=True)
class ListWords:
    """What a list's buttons say and are named, and a new item's text, for one kind of list.

    Each is a whole translated sentence: a noun put into "Add {noun}" stays
    lower-case and ungendered in German, and Chinese orders it otherwise.
    """

    add: str
    """The add button's text, and its name."""
    remove: str
    """The remove button's name (its text is "Remove")."""
    up: str
    """The up button's name (its text is "Up")."""
    down: str
    """The down button's name (its text is "Down")."""
    new: str = ""
    """A new item's text, opened for typing (a list of texts only)."""

    @classmethod
    def steps(cls) -> ListWords:
        return cls(
            add=translate("ListWords", "Add step"),
            remove=translate("ListWords", "Remove the selected step"),
            up=translate("ListWords", "Move the selected step up"),
            down=translate("ListWords", "Move the selected step down"),
            new=translate("ListWords", "New step"),
        )

    @classmethod
    def cautions(cls) -> ListWords:
        return cls(
            add=translate("ListWords", "Add caution"),
            remove=translate("ListWords", "Remove the selected caution"),
            up=translate("ListWords", "Move the selected caution up"),
            down=translate("ListWords", "Move the selected caution down"),
            new=translate("ListWords", "New caution"),
        )

    @classmethod
    def phases(cls) -> ListWords:
        return cls(
            add=translate("ListWords", "Add phase"),
            remove=translate("ListWords", "Remove the selected phase"),
            up=translate("ListWords", "Move the selected phase up"),
            down=translate("ListWords", "Move the selected phase down"),
        )


class ListButtons(QWidget):
    """Add, remove, up and down under a list or a table, in ``words`` for its kind."""

    def __init__(self, words: ListWords, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.add = QPushButton(words.add)
        self.remove = QPushButton(self.tr("Remove"))
        self.up = QPushButton(self.tr("Up"))
        self.down = QPushButton(self.tr("Down"))
        self.add.setAccessibleName(words.add)
        self.remove.setAccessibleName(words.remove)
        self.up.setAccessibleName(words.up)
        self.down.setAccessibleName(words.down)
        self.up.setToolTip(self.tr("Move up (Alt+Up)"))
        self.down.setToolTip(self.tr("Move down (Alt+Down)"))
        for button in (self.add, self.remove, self.up, self.down):
            row.addWidget(button)
        row.addStretch(1)


class _ReorderKeys(QObject):
    """Alt+Up / Alt+Down on a list or table: move its current row."""

    def __init__(self, view: QWidget, move: Callable[[int], None]) -> None:
        super().__init__(view)
        self._move = move
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        direction = is_reorder(event)
        if direction:
            self._move(direction)
            return True
        return False


class TextListField(Field):
    """An editable list of texts (steps, cautions): add, edit in place, remove, reorder
    (buttons, or Alt+Up/Down). An optional list left empty is left out of the file."""

    def __init__(self, draft: Editable, path: KeyPath, k: Key, *, words: ListWords) -> None:
        super().__init__(draft, path, k)
        self.words = words
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemChanged.connect(self._item_changed)
        self.buttons = ListButtons(words)
        self.buttons.add.clicked.connect(self.add_item)
        self.buttons.remove.clicked.connect(self.remove_item)
        self.buttons.up.clicked.connect(lambda: self.move_item(-1))
        self.buttons.down.clicked.connect(lambda: self.move_item(1))
        _ReorderKeys(self.list, self.move_item)
        self.finish(self.list)
        self.column.insertWidget(self.column.indexOf(self.message), self.buttons)
        self.list.currentRowChanged.connect(lambda _row: self._enable())

    def items(self) -> list[str]:
        value = self.value()
        return [str(v) for v in value] if isinstance(value, list) else []

    def show_value(self, value: Any) -> None:
        texts = [str(v) for v in value] if isinstance(value, list) else []
        current = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        for text in texts:
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.list.addItem(item)
        self.list.blockSignals(False)
        rows = self.list.count()
        if rows:
            self.list.setCurrentRow(min(max(current, 0), rows - 1))
        self._fit_height()
        self._enable()

    def _fit_height(self) -> None:
        """As tall as its items (wrapped at its width), within :data:`LIST_LINES` lines."""
        least, most = LIST_LINES
        line = self.list.fontMetrics().lineSpacing()
        content = sum(self.list.sizeHintForRow(r) for r in range(self.list.count()))
        frame = 2 * self.list.frameWidth() + 4
        self.list.setFixedHeight(max(least * line, min(content, most * line)) + frame)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._fit_height()

    def _enable(self) -> None:
        row, rows = self.list.currentRow(), self.list.count()
        self.buttons.remove.setEnabled(row >= 0)
        self.buttons.up.setEnabled(row > 0)
        self.buttons.down.setEnabled(0 <= row < rows - 1)

    def _item_changed(self, item: QListWidgetItem) -> None:
        if self._updating:
            return
        row = self.list.row(item)
        text = item.text().strip()
        if row < 0 or text == self.items()[row]:
            return
        self.draft.set((*self.path, row), text)
        self.edited.emit()

    def add_item(self) -> None:
        """A new item after the current one, opened for typing."""
        texts = self.items()
        row = self.list.currentRow() + 1 if texts else 0
        new = self.words.new
        if not texts and self.value() is None:
            self.draft.set(self.path, [new])
        else:
            self.draft.insert(self.path, row, new)
        self.refresh()
        self.list.setCurrentRow(row)
        self.list.setFocus()
        self.list.editItem(self.list.item(row))
        self.edited.emit()

    def remove_item(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        assert self.key is not None
        if len(self.items()) == 1 and not self.key.required:
            self.draft.set(self.path, None)  # (an empty list is left out)
        else:
            self.draft.remove(self.path, row)
        self.refresh()
        self.edited.emit()

    def move_item(self, direction: int) -> None:
        row = self.list.currentRow()
        new = row + direction
        if row < 0 or not 0 <= new < self.list.count():
            return
        self.draft.move(self.path, row, new)
        self.refresh()
        self.list.setCurrentRow(new)
        self.edited.emit()


PHASE_COLUMNS = ("name", "seconds", "say")


def configure_number_box(box: QSpinBox | QDoubleSpinBox, k: Key) -> None:
    """Limits and step of ``box`` from the key (a duration: tenths of a second)."""
    low, high = k.bounds
    if isinstance(box, QDoubleSpinBox):
        box.setDecimals(DURATION_DECIMALS)
        box.setSingleStep(DURATION_STEP)
        box.setRange(low if k.low_inclusive else low + 10**-DURATION_DECIMALS, high)
        box.setSuffix(translate("Fields", " s"))
    else:
        box.setRange(int(low), int(high))
    box.setToolTip(tooltip(key_tip(k)))


class _SecondsDelegate(QStyledItemDelegate):
    """Edits a phase's seconds in a spin box with the table's limits."""

    def createEditor(self, parent: QWidget, option: object, index: object) -> QWidget:  # noqa: N802
        box = QDoubleSpinBox(parent)
        seconds = key(Level.PHASE, "seconds")
        configure_number_box(box, seconds)
        box.setAccessibleName(translate("RoutineKeys", seconds.label))
        return box


class PhasesTable(Field):
    """The phases of a rep: name, seconds and spoken cue, one a row; add, remove, reorder."""

    def __init__(self, draft: Editable, path: KeyPath) -> None:
        super().__init__(draft, path, key(Level.EXERCISE, "phases"))
        keys = [key(Level.PHASE, name) for name in PHASE_COLUMNS]
        self.table = QTableWidget(0, len(PHASE_COLUMNS))
        self.table.setHorizontalHeaderLabels([translate("RoutineKeys", k.label) for k in keys])
        for column, k in enumerate(keys):
            header = self.table.horizontalHeaderItem(column)
            if header is not None:
                header.setToolTip(tooltip(key_tip(k)))
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # (Tab leaves the table; arrows move in it)
        self.table.setItemDelegateForColumn(1, _SecondsDelegate(self.table))
        self.table.itemChanged.connect(self._item_changed)
        self.table.currentCellChanged.connect(lambda *_: self._enable())
        self.buttons = ListButtons(ListWords.phases())
        self.buttons.add.clicked.connect(self.add_phase)
        self.buttons.remove.clicked.connect(self.remove_phase)
        self.buttons.up.clicked.connect(lambda: self.move_phase(-1))
        self.buttons.down.clicked.connect(lambda: self.move_phase(1))
        _ReorderKeys(self.table, self.move_phase)
        self.finish(self.table)
        self.column.insertWidget(self.column.indexOf(self.message), self.buttons)

    def phases(self) -> list[dict[str, Any]]:
        value = self.value()
        return [dict(p) for p in value if isinstance(p, dict)] if isinstance(value, list) else []

    def show_value(self, value: Any) -> None:
        phases = [p for p in value if isinstance(p, dict)] if isinstance(value, list) else []
        row, column = self.table.currentRow(), self.table.currentColumn()
        self.table.blockSignals(True)
        self.table.setRowCount(len(phases))
        for r, phase in enumerate(phases):
            for c, name in enumerate(PHASE_COLUMNS):
                cell = phase.get(name)
                item = QTableWidgetItem()
                if name == "seconds" and isinstance(cell, int | float):
                    item.setData(Qt.ItemDataRole.EditRole, float(cell))
                else:
                    item.setText("" if cell is None else str(cell))
                self.table.setItem(r, c, item)
        self.table.blockSignals(False)
        if phases:
            self.table.setCurrentCell(min(max(row, 0), len(phases) - 1), max(column, 0))
        least, most = LIST_LINES
        header = self.table.horizontalHeader()
        height = max(header.sizeHint().height(), header.height())
        shown = min(len(phases), most)
        rows = sum(self.table.rowHeight(r) for r in range(shown))
        rows += max(0, least - shown) * self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(height + rows + 2 * self.table.frameWidth() + TABLE_SLACK)
        self._enable()

    def _enable(self) -> None:
        row, rows = self.table.currentRow(), self.table.rowCount()
        self.buttons.remove.setEnabled(row >= 0 and rows > 1)
        self.buttons.up.setEnabled(row > 0)
        self.buttons.down.setEnabled(0 <= row < rows - 1)
        self.buttons.add.setEnabled(rows < (self.key.max_items or rows + 1) if self.key else True)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._updating:
            return
        row, column = item.row(), item.column()
        name = PHASE_COLUMNS[column]
        value: Any
        if name == "seconds":
            raw = item.data(Qt.ItemDataRole.EditRole)
            try:
                value = number(float(raw))
            except (TypeError, ValueError):
                self.refresh()
                return
        else:
            text = item.text().strip()
            value = text if text or name == "name" else None
        phases = self.phases()
        if row >= len(phases) or phases[row].get(name) == value:
            return
        self.draft.set((*self.path, row, name), value)
        self.edited.emit()

    def add_phase(self) -> None:
        phases = self.phases()
        row = self.table.currentRow() + 1 if phases else 0
        self.draft.insert(self.path, row, new_phase(routine_language(self.draft)))
        self.refresh()
        self.table.setCurrentCell(row, 0)
        self.table.setFocus()
        self.edited.emit()

    def remove_phase(self) -> None:
        row = self.table.currentRow()
        if row < 0 or self.table.rowCount() <= 1:
            return
        self.draft.remove(self.path, row)
        self.refresh()
        self.edited.emit()

    def move_phase(self, direction: int) -> None:
        row = self.table.currentRow()
        new = row + direction
        if row < 0 or not 0 <= new < self.table.rowCount():
            return
        column = self.table.currentColumn()
        self.draft.move(self.path, row, new)
        self.refresh()
        self.table.setCurrentCell(new, max(column, 0))
        self.edited.emit()
