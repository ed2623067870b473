"""The app's dialogs: their text size, large buttons, a question that never blocks the event
loop, and a warning whose details (a list of problems) scroll.

Every text in them is shown as plain text: titles, questions and problems
often quote a routine's name or a file's content.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from homestretch.ui.style import BUTTON_GROWTH, font, text_factor, text_px
from homestretch.ui.text import plain

DETAIL_LINES = 10
"""A warning's details show about this many lines at once and scroll beyond."""
SCREEN_SHARE = 0.9
"""A warning takes at most this share of its screen's height and width."""
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


class WrappingDialog(QDialog):
    """A dialog as tall as its wrapped words need at the width it has (a window's layout
    asks for their height at their own preferred width: with large text, or German, a
    sentence took a line more and was cut, the buttons pushed off the bottom)."""

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            tall = layout.totalHeightForWidth(event.size().width())
            self.setMinimumHeight(min(tall, room_for(self).height()))
        super().resizeEvent(event)


class FieldsArea(QScrollArea):
    """A dialog's fields, as tall as their wrapped words need at the width they have, and
    scrolling where that is taller than the room (large text on a small screen): the
    dialog's buttons below stay in view. Fill :attr:`fields`.

    (In a :class:`WrappingDialog` the dialog takes that height where the window has it.)
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its fields
        body = QWidget()
        self.fields = QVBoxLayout(body)
        self.fields.setContentsMargins(0, 0, 0, 0)
        self.setWidget(body)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        bar = self.verticalScrollBar().sizeHint().width()  # (room kept for it: no wobble)
        return self.fields.totalHeightForWidth(width - bar) + 2 * self.frameWidth()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        wanted = self.fields.totalSizeHint()
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(wanted.width() + bar, self.heightForWidth(wanted.width() + bar))


def use_dialog_font(widget: QWidget, px: int = DIALOG_FONT_PX) -> None:
    """Give ``widget`` and its children (those without a font of their own) the dialog text size."""
    text = widget.font()
    text.setPixelSize(text_px(px))
    widget.setFont(text)


def large_buttons(box: QDialogButtonBox) -> None:
    """Make a button box's buttons large and clear, bold text, easy to hit; without the
    style's small pictures (a dark tick and cross that vanish on a dark button)."""
    for button in box.buttons():
        button.setIcon(QIcon())
        text = button.font()
        text.setPixelSize(text_px(DIALOG_FONT_PX + 2))
        text.setBold(True)
        button.setFont(text)
        grown = min(text_factor(), BUTTON_GROWTH)  # (not twice as large: the words fit)
        button.setMinimumSize(*(round(v * grown) for v in DIALOG_BUTTON_SIZE))


BOX_SIDES: Final = 120
"""Pixels a question's box takes beside its buttons: its icon, margins and frame."""


def stack_if_wide(box: QMessageBox) -> None:
    """A question's buttons one above the other where side by side they would be wider than
    the window it opens over (large text, German words, a small screen: their words were
    cut), each as wide as the widest."""
    bar = box.findChild(QDialogButtonBox)
    if bar is None:
        return
    buttons = bar.buttons()
    spacing = box.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)
    wide = sum(b.sizeHint().width() for b in buttons) + max(0, spacing) * (len(buttons) - 1)
    room = min(room_for(box).width(), box.screen().availableGeometry().width())
    if wide + BOX_SIDES > room:  # (a question's box is no wider than its screen either)
        bar.setOrientation(Qt.Orientation.Vertical)


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
    plain(box)
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
    stack_if_wide(box)
    box.open()
    return box


def choose(
    parent: QWidget,
    *,
    title: str,
    text: str,
    choices: Sequence[str],
    cancel: str,
    answered: Callable[[int | None], None],
    detail: str = "",
    font_px: int = 22,
    default: int = 0,
) -> QMessageBox:
    """Open a window-modal question with several answers and return at once.

    ``answered(i)`` gets the index of the choice made in ``choices``, or None
    for ``cancel`` (what Esc chooses). ``choices[default]`` is what Enter
    chooses. The box deletes itself once answered.
    """
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    plain(box)
    if detail:
        box.setInformativeText(detail)
    buttons = [box.addButton(choice, QMessageBox.ButtonRole.AcceptRole) for choice in choices]
    cancel_button = box.addButton(cancel, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(buttons[default])
    box.setEscapeButton(cancel_button)
    box.setFont(font(font_px))
    for button in (*buttons, cancel_button):
        button.setFont(font(font_px))
        button.setMinimumHeight(round(font_px * 2.2))
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def finished(_result: int) -> None:
        clicked = box.clickedButton()
        answered(buttons.index(clicked) if clicked in buttons else None)

    box.finished.connect(finished)
    stack_if_wide(box)
    box.open()
    return box


class WarningDialog(QDialog):
    """A warning: what went wrong in a sentence, then its details (one problem a line).

    The details are in a read-only box that scrolls, so twenty problems (or
    two hundred) never make the dialog taller than the screen; they can be
    selected and copied to send to the physiotherapist.
    """

    def __init__(
        self, parent: QWidget | None, *, title: str, text: str, details: str, font_px: int
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        font = self.font()
        font.setPixelSize(font_px)
        self.setFont(font)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize, None, self)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        )
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        self.message = plain(QLabel(text))
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(self.message, 1)
        layout.addLayout(top)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setPlainText(details)
        self.details.setAccessibleName(self.tr("Details"))
        self.details.setVisible(bool(details))
        layout.addWidget(self.details, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        layout.addWidget(self.buttons)

        # About DETAIL_LINES problems in view, a problem a line; never more than
        # SCREEN_SHARE of the screen, however many problems or however long the text.
        screen = (parent or self).screen().availableGeometry()
        most_width = int(screen.width() * SCREEN_SHARE)
        most_height = int(screen.height() * SCREEN_SHARE)
        self.setMaximumSize(most_width, most_height)
        self.details.setMinimumSize(
            min(most_width - 100, 50 * font_px),
            min(DETAIL_LINES * self.details.fontMetrics().lineSpacing(), most_height // 2),
        )
        self.resize(self.sizeHint().boundedTo(self.maximumSize()))


def warn(
    parent: QWidget, *, title: str, text: str, details: str = "", font_px: int = 18
) -> WarningDialog:
    """Open a window-modal warning and return at once; it deletes itself when closed.

    Args:
        title: the window's title.
        text: what went wrong, in a sentence.
        details: one problem a line (shown in a box that scrolls), or nothing.
    """
    dialog = WarningDialog(parent, title=title, text=text, details=details, font_px=font_px)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
