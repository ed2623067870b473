"""A question with two large buttons that never blocks the event loop."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from homestretch.ui.style import font


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
    default_yes: bool = False,
) -> QMessageBox:
    """Open a window-modal question and return at once; ``answered(True)`` if ``yes`` was chosen.

    The safe answer ``no`` is the default and what Esc chooses, so a stray
    Enter or Esc never does the destructive thing; ``default_yes`` makes
    ``yes`` the default (Enter) where it is the safe answer (stopping when a
    stop was advised). Text is large enough to
    read from a mat. The box deletes itself once answered.
    """
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    if detail:
        box.setInformativeText(detail)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes_button if default_yes else no_button)
    box.setEscapeButton(no_button)
    # Fonts set on the widgets (not in a style sheet) so that the buttons' size hints fit them.
    box.setFont(font(font_px))
    for button in (yes_button, no_button):
        button.setFont(font(font_px))
        button.setMinimumHeight(round(font_px * 2.2))
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(lambda _result: answered(box.clickedButton() is yes_button))
    box.open()
    return box
