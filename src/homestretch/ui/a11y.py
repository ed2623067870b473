"""What a screen reader says: names without decorative glyphs, and announcements.

A button's visible label may carry glyphs ("◀◀", "❚❚") and a shortcut hint
("(Space)"); a screen reader would read them as "black left-pointing double
triangle". :func:`set_label` shows the label and gives the widget an accessible
name a person would say ("Previous") and the shortcut as its description
("Shortcut: Left arrow"), from the one label text, so no name is written twice.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from typing import Final

from PySide6 import QtGui
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAccessible, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QAccessibleWidget, QLabel, QWidget

from homestretch.core.i18n import QT_TRANSLATE_NOOP, translate

KEY_GLYPHS: Final = {"←": "Left", "→": "Right", "↑": "Up", "↓": "Down", "⏎": "Return"}
"""Keys a label writes as an arrow, and their names."""
KEY_WORDS: Final = {
    "Left": QT_TRANSLATE_NOOP("A11y", "Left arrow"),
    "Right": QT_TRANSLATE_NOOP("A11y", "Right arrow"),
    "Up": QT_TRANSLATE_NOOP("A11y", "Up arrow"),
    "Down": QT_TRANSLATE_NOOP("A11y", "Down arrow"),
    "Esc": QT_TRANSLATE_NOOP("A11y", "Escape"),
}
"""How a key name is said, where Qt's short name is not a word (translated where said);
other keys are said as Qt names them in the window's language ("Leertaste")."""
_HINT = re.compile(r"\(([^()]*)\)")
_ALLOWED_SYMBOLS: Final = frozenset("+")
"""Symbols a name may keep (Ctrl+O); every other symbol character is decoration."""


def is_spoken_character(character: str) -> bool:
    """Whether a character belongs in a spoken name: letters, digits, punctuation, spaces."""
    category = unicodedata.category(character)
    return (
        category[0] in "LNP" or category == "Zs" or character in _ALLOWED_SYMBOLS
    ) and character not in "\u2028\u2029"


def _key(hint: str) -> str:
    """The key a hint names ("Space", "Left", "Ctrl+O"), or "" when it is not a key."""
    hint = KEY_GLYPHS.get(hint.strip(), hint.strip())
    if not hint:
        return ""
    sequence = QKeySequence(hint)
    text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
    return text if sequence.count() == 1 and text else ""


def split_label(label: str) -> tuple[str, str]:
    """A visible label's spoken name and its shortcut ("" if it names none).

    >>> split_label("◀◀ Previous (←)")
    ('Previous', 'Left')
    """
    text = label.replace("&&", "\0").replace("&", "").replace("\0", "&")
    keys: list[str] = []

    def hint(match: re.Match[str]) -> str:
        key = _key(match.group(1))
        if not key:
            return match.group(0)
        keys.append(key)
        return " "

    text = _HINT.sub(hint, text)
    text = "".join(c if is_spoken_character(c) else " " for c in text)
    return " ".join(text.split()), ", ".join(keys)


def spoken(label: str) -> str:
    """The name a person would say for a visible label."""
    return split_label(label)[0]


def shortcut_words(key: str) -> str:
    """A key or keys (Qt's portable names) as said in the window's language: "Left arrow",
    "Ctrl+Enter"."""
    if not key:
        return ""
    return ", ".join(
        translate("A11y", KEY_WORDS[part])
        if part in KEY_WORDS
        else QKeySequence(part).toString(QKeySequence.SequenceFormat.NativeText)
        for part in key.split(", ")
    )


def shortcut_description(key: str) -> str:
    """What a screen reader says of a control's shortcut: "Shortcut: Left arrow"."""
    return translate("A11y", "Shortcut: {keys}").format(keys=shortcut_words(key))


def name_from_label(widget: QAbstractButton | QLabel) -> None:
    """Name ``widget`` after its visible label, its shortcut (if any) as the description."""
    name, key = split_label(widget.text())
    widget.setAccessibleName(name)
    if key:
        widget.setAccessibleDescription(shortcut_description(key))


def set_label(widget: QAbstractButton | QLabel, text: str) -> None:
    """Show ``text`` on ``widget`` and name it after it (see :func:`name_from_label`)."""
    widget.setText(text)
    name_from_label(widget)


def tab_order(*widgets: QWidget) -> None:
    """Tab goes through ``widgets`` in this order: the order they are read on screen."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)


class _Interface(QAccessibleWidget):
    """A custom widget as a screen reader sees it: its role, and its state from
    ``accessible_state(state)`` if it has that method."""

    def __init__(self, widget: QWidget, role: QAccessible.Role) -> None:
        super().__init__(widget, role)
        self._widget = widget

    def state(self) -> QAccessible.State:
        state = super().state()
        hook = getattr(self._widget, "accessible_state", None)
        if hook is not None:
            hook(state)
        return state


def _interface(key: str, candidate: QObject) -> QAccessibleWidget | None:
    role = getattr(type(candidate), "ACCESSIBLE_ROLE", None)
    if isinstance(candidate, QWidget) and isinstance(role, QAccessible.Role):
        return _Interface(candidate, role)
    return None


_installed: list[bool] = []


def use_roles() -> None:
    """Let widgets of our own say what they are: a class with ``ACCESSIBLE_ROLE`` (a
    :class:`QAccessible.Role`) is shown to screen readers with that role. Idempotent."""
    if not _installed:
        QAccessible.installFactory(_interface)
        _installed.append(True)


class Announcer(QObject):
    """Tells screen readers something that happened away from the focus (a new phase).

    Production posts a real :class:`QAccessibleAnnouncementEvent`; the ``announced``
    signal lets tests (and anyone else) hear the same messages.

    Signals:
        announced(str): a message was handed to the screen reader.
    """

    announced = Signal(str)

    def announce(self, widget: QWidget, message: str, *, urgent: bool = False) -> None:
        """Announce ``message`` as coming from ``widget`` (``urgent``: interrupting)."""
        if not message:
            return
        announcement = getattr(QtGui, "QAccessibleAnnouncementEvent", None)  # (Qt 6.8 and up)
        if announcement is not None:
            event = announcement(widget, message)
            event.setPoliteness(
                QAccessible.AnnouncementPoliteness.Assertive
                if urgent
                else QAccessible.AnnouncementPoliteness.Polite
            )
            QAccessible.updateAccessibility(event)
        self.announced.emit(message)
