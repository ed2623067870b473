"""The app's dialogs: their text size, large buttons, and a question that never blocks."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

DIALOG_FONT_PX: Final = 20
"""Text in the app's dialogs, as large as the routines page's text."""
DIALOG_BUTTON_SIZE: Final = (150, 56)
"""The least width and height of a dialog's main buttons (OK, Cancel, Close)."""


ROOM_MARGIN: Final = 40
"""Room a dialog leaves around itself: its title bar and the window's edges."""


def room_for(dialog: QWidget) -> QSize:
    """The most a dialog may take: the window it opens over (or the screen), less a margin."""
    parent = dialog.parentWidget()
    room = parent.window().size() if parent is not None else dialog.screen().availableSize()
    return QSize(room.width() - ROOM_MARGIN, room.height() - ROOM_MARGIN)


def use_dialog_font(widget: QWidget, px: int = DIALOG_FONT_PX) -> None:
    """Give ``widget`` and its children (those without a font of their own) the dialog text size."""
    font = widget.font()
    font.setPixelSize(px)
    widget.setFont(font)


def large_buttons(box: QDialogButtonBox) -> None:
    """Make a button box's buttons large and clear, bold text, easy to hit."""
    for button in box.buttons():
        font = button.font()
        font.setPixelSize(DIALOG_FONT_PX + 2)
        font.setBold(True)
        button.setFont(font)
        button.setMinimumSize(*DIALOG_BUTTON_SIZE)


def ask(
    parent: QWidget,
    *,
    title: str,
    text: str,
    yes: str,
    no: str,
    answered: Callable[[bool], None],
    detail: str = "",
    font_px: int = 22,
) -> QMessageBox:
    """Open a window-modal question and return at once; ``answered(True)`` if ``yes`` was chosen.

    The safe answer ``no`` is the default and what Esc chooses, so a stray
    Enter or Esc never does the destructive thing. Text is large enough to
    read from a mat. The box deletes itself once answered.
    """
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    if detail:
        box.setInformativeText(detail)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    box.setStyleSheet(
        f"QLabel, QPushButton {{ font-size: {font_px}px; }}"
        f" QPushButton {{ padding: {font_px // 2}px {font_px}px; }}"
    )
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(lambda _result: answered(box.clickedButton() is yes_button))
    box.open()
    return box
