"""The Help menu's windows: the keyboard keys, the routine format, the data folder, About.

All their text is plain text. A folder or file is shown by its full path (which
can be selected and copied) and opened, on request, with the desktop's own
program through :class:`QDesktopServices`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from homestretch import APP_NAME, __version__
from homestretch.core.i18n import QT_TRANSLATE_NOOP, translate
from homestretch.core.paths import ROUTINE_FORMAT_DOC, AppPaths
from homestretch.ui.a11y import name_from_label
from homestretch.ui.dialogs import large_buttons, room_for, use_dialog_font
from homestretch.ui.help_topics import HelpTopic

LICENCE: Final = "GPL-3.0-or-later"
"""As in pyproject.toml."""

KEYS: Final[tuple[tuple[str, str], ...]] = (
    (
        QT_TRANSLATE_NOOP("Help", "Space"),
        QT_TRANSLATE_NOOP("Help", "start, pause, resume"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Enter"),
        QT_TRANSLATE_NOOP(
            "Help", "on an exercise in the list: do only that one (double-click does too)"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "→ / ←"),
        QT_TRANSLATE_NOOP(
            "Help", "next exercise / back to the start of this one (or the one before)"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Esc"),
        QT_TRANSLATE_NOOP("Help", "stop (asks first; what you did is saved)"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "M"),
        QT_TRANSLATE_NOOP("Help", "mute or unmute the voice and the sounds"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "F11"),
        QT_TRANSLATE_NOOP("Help", "full screen"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "0–9"),
        QT_TRANSLATE_NOOP("Help", "your pain right now, 0 to 10 (1 then 0 is 10)"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Ctrl+H"),
        QT_TRANSLATE_NOOP("Help", "your history (Esc goes back)"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Space or Enter"),
        QT_TRANSLATE_NOOP("Help", "after advice to stop: end the session, as advised"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "C"),
        QT_TRANSLATE_NOOP("Help", "after advice to stop: carry on anyway (noted in your history)"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Esc, Enter or Space"),
        QT_TRANSLATE_NOOP("Help", "after a session: back to the routines, ready for the next one"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Ctrl+Enter"),
        QT_TRANSLATE_NOOP("Help", "after a session: save the note you are writing"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Tab"),
        QT_TRANSLATE_NOOP("Help", "move to the next button or box"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "F1"),
        QT_TRANSLATE_NOOP("Help", "this list of keys"),
    ),
)
"""The keys, as the README's table "During a session" lists them (a test compares the two);
translated where they are shown."""


def _plain(text: str, *, size: int = 0, bold: bool = False, selectable: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if size or bold:
        font = label.font()
        if size:
            font.setPixelSize(size)
        font.setBold(bold)
        label.setFont(font)
    if selectable:
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
    return label


class HelpDialog(QDialog):
    """A titled window of plain text, with an optional "open" button for a file or folder.

    Attributes:
        path: the file or folder the window is about (None for none).
        status: a line that says what happened when opening it failed.
    """

    def __init__(
        self,
        title: str,
        heading: str,
        parent: QWidget | None = None,
        *,
        path: Path | None = None,
        open_text: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        use_dialog_font(self)
        self.path = path
        self.body = QVBoxLayout(self)
        self.body.setSpacing(14)
        self.heading = _plain(heading, size=26, bold=True)
        self.body.addWidget(self.heading)
        # The text scrolls when the window it opens over is too small for all of it.
        self.content_widget = QWidget()
        self.content = QVBoxLayout(self.content_widget)
        self.content.setContentsMargins(0, 0, 0, 0)
        self.content.setSpacing(10)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        # (sideways only for a path longer than the screen is wide, with large text)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.scroller.setWidget(self.content_widget)
        self.scroller.setAccessibleName(self.tr("Help text"))  # (a Tab stop: arrows scroll it)
        self.body.addWidget(self.scroller, 1)
        self.path_label: QLabel | None = None
        self.open_button: QPushButton | None = None
        self.status = _plain("")
        self.status.hide()
        if path is not None:
            self.path_label = _plain(str(path), bold=True, selectable=True)
            self.path_label.setWordWrap(False)  # a path breaks at no space: the window widens
            self.path_label.setAccessibleName(self.tr("Where it is"))
            if open_text:
                self.open_button = QPushButton(open_text)
                name_from_label(self.open_button)
                self.open_button.clicked.connect(self.open_path)
        self.body.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        if self.open_button is not None:
            self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        large_buttons(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.body.addWidget(self.buttons)

    PREFERRED_WIDTH = 760

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        self.fit()
        super().showEvent(event)

    def fit(self) -> None:
        """As wide as is comfortable to read, no wider than the window (or screen) it opens
        over, and tall enough for every wrapped line."""
        room = room_for(self)
        margins = self.body.contentsMargins()
        sides = margins.left() + margins.right()
        scroll_bar = self.scroller.verticalScrollBar().sizeHint().width()
        least = max(
            self.minimumSizeHint().width(),
            self.content_widget.minimumSizeHint().width() + sides + scroll_bar,
        )
        width = min(max(least, self.PREFERRED_WIDTH), room.width())
        inner = width - sides
        if self.content.hasHeightForWidth():
            content = self.content.totalHeightForWidth(inner)
        else:
            content = self.content.totalSizeHint().height()
        others = self.body.totalSizeHint().height() - self.scroller.sizeHint().height()
        self.resize(width, min(others + content + 4, room.height()))

    def add_path(self) -> None:
        """Show the path here, after the text so far."""
        if self.path_label is not None:
            self.content.addWidget(self.path_label)

    def add_text(self, text: str) -> QLabel:
        label = _plain(text)
        self.content.addWidget(label)
        return label

    def open_path(self) -> None:
        """Open the file or folder with the desktop's program; say so plainly if that fails."""
        if self.path is None:
            return
        if not self.path.exists():
            self._say(self.tr("It is not there: {path} does not exist.").format(path=self.path))
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path))):
            self._say(
                self.tr(
                    "No program on this computer would open it. You can copy the path above into "
                    "your file manager."
                )
            )
            return
        self._say(self.tr("Opened."))

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()
        self.fit()


def keys_dialog(parent: QWidget | None = None) -> HelpDialog:
    dialog = HelpDialog(
        translate("Help", "Keyboard keys"), translate("Help", "Keyboard keys"), parent
    )
    dialog.add_text(translate("Help", "Everything works from the keyboard:"))
    table = QGridLayout()
    table.setHorizontalSpacing(24)
    table.setVerticalSpacing(6)
    for row, (keys, does) in enumerate(KEYS):
        key_label = _plain(translate("Help", keys), bold=True)
        key_label.setWordWrap(False)
        table.addWidget(key_label, row, 0, Qt.AlignmentFlag.AlignTop)
        table.addWidget(_plain(translate("Help", does)), row, 1, Qt.AlignmentFlag.AlignTop)
    table.setColumnStretch(1, 1)
    dialog.content.addLayout(table)
    return dialog


def routine_format_dialog(parent: QWidget | None = None) -> HelpDialog:
    path = ROUTINE_FORMAT_DOC
    dialog = HelpDialog(
        translate("Help", "The routine file format"),
        translate("Help", "The routine file format"),
        parent,
        path=path,
        open_text=translate("Help", "Open the guide") if path.is_file() else "",
    )
    dialog.add_text(
        translate(
            "Help",
            "A routine is a text file (YAML) that says which exercises to do, in what order, and "
            "how many reps, sets, holds and rests. The guide for physiotherapists who write one "
            "is here:",
        )
    )
    dialog.add_path()
    if not path.is_file():
        dialog.add_text(
            translate(
                "Help",
                "This copy of Homestretch was installed without the guide. It is also at "
                "docs/routine-format.md in Homestretch's source code.",
            )
        )
    dialog.add_text(translate("Help", "To check a file: homestretch validate FILE"))
    return dialog


def data_folder_dialog(paths: AppPaths, parent: QWidget | None = None) -> HelpDialog:
    folder = paths.data_dir
    dialog = HelpDialog(
        translate("Help", "Your data folder"),
        translate("Help", "Your data folder"),
        parent,
        path=folder,
        open_text=translate("Help", "Open the folder"),
    )
    dialog.add_text(
        translate(
            "Help",
            "Your session log and your own routines are kept on this computer, in this folder:",
        )
    )
    dialog.add_path()
    if not folder.is_dir():
        dialog.add_text(translate("Help", "It is made when the first session is saved."))
    dialog.add_text(
        translate(
            "Help",
            "Routines put in its “{name}” folder are offered on the routines page. To keep your "
            "history safe, copy the whole folder.",
        ).format(name=paths.user_routines_dir.name)
    )
    return dialog


def about_dialog(parent: QWidget | None = None) -> HelpDialog:
    dialog = HelpDialog(
        translate("Help", "About {APP_NAME}").format(APP_NAME=APP_NAME),
        f"{APP_NAME} {__version__}",
        parent,
    )
    dialog.add_text(
        translate(
            "Help",
            "Guided home exercises for low back pain that spreads down one leg (sciatica): a "
            "large timer, which leg to move, spoken steps, and a private log of every session on "
            "your own computer.",
        )
    )
    dialog.add_text(
        translate(
            "Help",
            "Licence: {LICENCE} (the GNU General Public License, version 3 or any later version). "
            "You may use, study, share and change it under its terms.",
        ).format(LICENCE=LICENCE)
    )
    dialog.add_text(
        translate(
            "Help",
            "Homestretch does not replace medical advice. Do only the exercises your "
            "physiotherapist has given you, and stop if the pain down your leg gets worse.",
        )
    )
    return dialog


def open_help(topic: HelpTopic, paths: AppPaths, parent: QWidget) -> HelpDialog:
    """Open the window for ``topic`` over ``parent`` (window-modal, never blocking)."""
    if topic is HelpTopic.KEYS:
        dialog = keys_dialog(parent)
    elif topic is HelpTopic.ROUTINE_FORMAT:
        dialog = routine_format_dialog(parent)
    elif topic is HelpTopic.DATA_FOLDER:
        dialog = data_folder_dialog(paths, parent)
    else:
        dialog = about_dialog(parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
