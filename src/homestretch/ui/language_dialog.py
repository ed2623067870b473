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
    When starting again loses nothing, "Save and restart now" offers to show
    the new language at once (:attr:`restart` says it was chosen).

    Args:
        setting: the current setting ("" to follow the system).
        showing: the language the window shows now.
        can_restart: whether to offer "Save and restart now".
    """

    def __init__(
        self,
        setting: str,
        showing: str,
        parent: QWidget | None = None,
        *,
        can_restart: bool = False,
    ) -> None:
        super().__init__(parent)
        self.restart = False
        self._can_restart = can_restart
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
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Save"))
        self.restart_button = buttons.addButton(
            self.tr("Save and &restart now"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restart_button.clicked.connect(self._save_and_restart)
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

    def _save_and_restart(self) -> None:
        self.restart = True
        self.accept()

    def _show_note(self) -> None:
        changed = chosen_language(self.setting()) != self._showing
        self.restart_button.setVisible(changed and self._can_restart)
        if not changed:
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
