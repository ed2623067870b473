"""Settings > Language…: the interface language, or the system's."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from homestretch.core.i18n import LANGUAGES
from homestretch.ui.dialogs import WrappingDialog, large_buttons, use_dialog_font
from homestretch.ui.language import chosen_language


class LanguageDialog(WrappingDialog):
    """Choose the language of the window (menus, buttons, messages, dates).

    The choice is saved when the dialog is accepted and shown from the next
    start; the dialog says so. A routine's own words stay in its language.

    Args:
        setting: the current setting ("" to follow the system).
        showing: the language the window shows now.
    """

    def __init__(self, setting: str, showing: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        use_dialog_font(self)
        self.setWindowTitle(self.tr("Language"))
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("&Language of Homestretch's window:"))
        layout.addWidget(label)
        self.choice = QComboBox()
        system = LANGUAGES[chosen_language("")]
        self.choice.addItem(
            self.tr("The system's language ({language})").format(language=system), ""
        )
        for code, name in LANGUAGES.items():
            self.choice.addItem(name, code)
        self.choice.setCurrentIndex(max(0, self.choice.findData(setting)))
        label.setBuddy(self.choice)
        layout.addWidget(self.choice)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        large_buttons(buttons)
        layout.addWidget(buttons)
        self._showing = showing
        self.choice.currentIndexChanged.connect(self._show_note)
        self._show_note()

    def setting(self) -> str:
        """The chosen setting: a language code, or "" for the system's language."""
        return str(self.choice.currentData())

    def _show_note(self) -> None:
        if chosen_language(self.setting()) == self._showing:
            self.note.setText(
                self.tr(
                    "The routine's own words (names, steps) stay in the language it is written in."
                )
            )
        else:
            self.note.setText(
                self.tr(
                    "Homestretch shows the new language when you start it again. The routine's "
                    "own words (names, steps) stay in the language it is written in."
                )
            )
