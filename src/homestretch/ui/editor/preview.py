"""The preview of a routine's session: the same table ``homestretch preview`` prints."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from homestretch.core.i18n import QT_TRANSLATE_NOOP
from homestretch.ui import style
from homestretch.ui.dialogs import large_buttons, room_for

if TYPE_CHECKING:
    from homestretch.core.timeline import Timeline

PREVIEW_FONT_PX = 15
PREVIEW_COLUMNS = 100
"""The dialog is wide enough for this many characters of the table, where there is room."""
PREVIEW_LINES = 30
CLOSE_WORD = QT_TRANSLATE_NOOP("PreviewDialog", "Close")
"""(Translated where it is shown.)"""


def preview_text(timeline: Timeline) -> str:
    """The table ``homestretch preview`` prints for ``timeline``."""
    from homestretch.core.preview import preview_lines  # (the one place the table is made)

    return "\n".join(preview_lines(timeline)) + "\n"


class PreviewDialog(QDialog):
    """The session, segment by segment, as text that can be selected and copied; what
    Homestretch says is in the routine's language, as the session says it."""

    def __init__(self, timeline: Timeline, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preview of “{name}”").format(name=timeline.routine.name))
        layout = QVBoxLayout(self)
        self.table = QPlainTextEdit()
        self.table.setReadOnly(True)
        self.table.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.table.setFont(style.mono_font(PREVIEW_FONT_PX))
        self.table.setPlainText(preview_text(timeline))
        self.table.setAccessibleName(self.tr("The session, segment by segment"))
        layout.addWidget(self.table, 1)
        # A button of words, as the app's questions have (a standard Close button has the
        # style's icon, which crowds its word).
        buttons = QDialogButtonBox()
        self.close_button = buttons.addButton(
            self.tr(CLOSE_WORD), QDialogButtonBox.ButtonRole.RejectRole
        )
        large_buttons(buttons)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        metrics = self.table.fontMetrics()
        room = room_for(self)
        self.resize(
            min(room.width(), metrics.horizontalAdvance("m") * PREVIEW_COLUMNS + 60),
            min(room.height(), metrics.lineSpacing() * PREVIEW_LINES + 120),
        )
