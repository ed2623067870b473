"""What a screen reader finds in a window: each control's accessible name and role,
read through Qt's accessibility interfaces as AT-SPI would read them."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCharts import QChartView
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QListView,
    QMenuBar,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollBar,
    QTableView,
    QTextEdit,
    QToolButton,
    QTreeView,
    QWidget,
)

from homestretch.ui.a11y import is_spoken_character

Role = QAccessible.Role


class _Kind(type):
    """A kind of push button told by its state rather than its class (for ``isinstance``)."""

    def __instancecheck__(cls, widget: object) -> bool:
        return isinstance(widget, QPushButton) and cls.test(widget)  # type: ignore[attr-defined]


class CheckablePushButton(metaclass=_Kind):
    @staticmethod
    def test(button: QPushButton) -> bool:
        return button.isCheckable()


class MenuPushButton(metaclass=_Kind):
    @staticmethod
    def test(button: QPushButton) -> bool:
        return button.menu() is not None


ROLES: tuple[tuple[type, frozenset[Role]], ...] = (
    (QCheckBox, frozenset({Role.CheckBox})),
    (QRadioButton, frozenset({Role.RadioButton})),
    (CheckablePushButton, frozenset({Role.CheckBox, Role.RadioButton})),
    (MenuPushButton, frozenset({Role.ButtonMenu})),
    (QPushButton, frozenset({Role.Button})),
    (QToolButton, frozenset({Role.Button, Role.ButtonMenu, Role.ButtonDropDown})),
    (QComboBox, frozenset({Role.ComboBox})),
    (QAbstractSpinBox, frozenset({Role.SpinBox})),
    (QAbstractSlider, frozenset({Role.Slider})),
    (QLineEdit, frozenset({Role.EditableText})),
    (QPlainTextEdit, frozenset({Role.EditableText})),
    (QTextEdit, frozenset({Role.EditableText, Role.StaticText})),
    (QTableView, frozenset({Role.Table})),
    (QTreeView, frozenset({Role.Tree})),
    (QListView, frozenset({Role.List})),
    (QMenuBar, frozenset({Role.MenuBar})),
    (QChartView, frozenset({Role.Chart})),
    (QAbstractScrollArea, frozenset({Role.Client})),  # a scrolling text: named
)
"""The role each kind of control must have: what a screen reader says it is."""

INTERACTIVE = (
    QAbstractButton,
    QComboBox,
    QAbstractSpinBox,
    QAbstractSlider,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QAbstractItemView,
    QMenuBar,
)


def _inside_another_control(widget: QWidget) -> bool:
    """Parts of a control a screen reader reaches through that control (a combo box's
    line edit, a table's headers and scroll bars); a scroll area's contents are not."""
    if isinstance(widget, QHeaderView | QScrollBar):
        return True
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractScrollArea) and widget is parent.viewport():
        return True  # (the area is the control)
    while parent is not None:
        if isinstance(parent, QAbstractSpinBox | QComboBox | QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def controls(root: QWidget) -> Iterator[QWidget]:
    """Every control a person can use in ``root`` as it shows now: visible, and either
    a kind of control or a widget that takes the keyboard focus."""
    for widget in (root, *root.findChildren(QWidget)):
        if not widget.isVisible() or _inside_another_control(widget):
            continue
        takes_focus = widget.focusPolicy() != widget.focusPolicy().NoFocus
        if isinstance(widget, INTERACTIVE) or (takes_focus and widget is not root):
            yield widget


def describe(widget: QWidget) -> str:
    parent = widget.parentWidget()
    inside = (
        f" in {type(parent).__name__}" if parent is not None and not widget.objectName() else ""
    )
    return f"{type(widget).__name__}({widget.objectName() or '-'}){inside}"


def problems(root: QWidget) -> Iterator[str]:
    """Each control without a name a person would say, or with the wrong role."""
    for widget in controls(root):
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is None:
            yield f"{describe(widget)}: no accessible interface"
            continue
        name = interface.text(QAccessible.Text.Name)
        if not name.strip():
            yield f"{describe(widget)}: no accessible name"
        elif not all(is_spoken_character(c) for c in name):
            odd = "".join(sorted({c for c in name if not is_spoken_character(c)}))
            yield f"{describe(widget)}: the name {name!r} has glyphs {odd!r}"
        role = interface.role()
        for kind, allowed in ROLES:
            if isinstance(widget, kind):
                if role not in allowed:
                    yield f"{describe(widget)} {name!r}: role {role.name}, not {allowed}"
                break
        else:
            if role in (Role.Client, Role.NoRole):
                yield f"{describe(widget)} {name!r}: a control with no role ({role.name})"
