"""How the window looks to the patient's eyes: the colour scheme and the text size.

The Settings menu offers them; the choice is kept with the other settings and applied at
once. "Follow the system" follows the desktop's light or dark scheme and its
high-contrast preference, and changes when the desktop does.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Final

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication
from PySide6.QtWidgets import QMenu

from homestretch.core import dates
from homestretch.core.i18n import QT_TRANSLATE_NOOP
from homestretch.core.settings import ColourScheme, Settings
from homestretch.ui import style

SCHEME_WORDS: Final = {
    ColourScheme.SYSTEM: QT_TRANSLATE_NOOP("DisplayChoices", "&Follow the system"),
    ColourScheme.LIGHT: QT_TRANSLATE_NOOP("DisplayChoices", "&Light"),
    ColourScheme.DARK: QT_TRANSLATE_NOOP("DisplayChoices", "&Dark"),
    ColourScheme.HIGH_CONTRAST: QT_TRANSLATE_NOOP("DisplayChoices", "&High contrast"),
}
"""(Translated where they are shown.)"""
TEXT_SIZES: Final = (100, 125, 150, 175, 200)
"""The text sizes the menu offers, in per cent."""


class DisplayChoices(QObject):
    """The Colours and Text size menus, and what they do.

    Args:
        menu: where the two submenus go (the Settings menu).
        settings: the current settings.
        change: keeps a changed setting (``change(colour_scheme=...)``).
        rescale: lays the pages out again after the text size changed.

    The scheme and text size are the whole application's: the newest window's choices
    are the ones that follow the system.
    """

    newest: DisplayChoices | None = None

    def __init__(
        self,
        menu: QMenu,
        settings: Settings,
        change: Callable[..., None],
        rescale: Callable[[], None],
    ) -> None:
        super().__init__(menu)
        self._change = change
        self._rescale = rescale
        self.scheme = settings.colour_scheme
        self.text_size = settings.text_size
        colours = menu.addMenu(self.tr("&Colours"))
        group = QActionGroup(self)
        self.scheme_actions: dict[ColourScheme, QAction] = {}
        for scheme, words in SCHEME_WORDS.items():
            action = QAction(self.tr(words), self, checkable=True)
            action.setChecked(scheme is self.scheme)
            action.triggered.connect(partial(self.set_scheme, scheme))
            group.addAction(action)
            colours.addAction(action)
            self.scheme_actions[scheme] = action
        sizes = menu.addMenu(self.tr("&Text size"))
        sizes_group = QActionGroup(self)
        self.size_actions: dict[int, QAction] = {}
        for percent in TEXT_SIZES:
            action = QAction(dates.percent(percent / 100), self, checkable=True)
            action.setChecked(percent == self.text_size)
            action.triggered.connect(partial(self.set_text_size, percent))
            sizes_group.addAction(action)
            sizes.addAction(action)
            self.size_actions[percent] = action
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):  # (Qt 6.5 and up)
            hints.colorSchemeChanged.connect(self._colours_changed)
        if hasattr(hints, "accessibility"):  # (Qt 6.10 and up)
            hints.accessibility().contrastPreferenceChanged.connect(self._contrast_changed)
        style.set_text_size(self.text_size)
        style.apply_theme(style.theme_for(self.scheme))
        DisplayChoices.newest = self

    def set_scheme(self, scheme: ColourScheme, checked: bool = True) -> None:
        """Use ``scheme`` and keep it."""
        self.scheme = scheme
        self.scheme_actions[scheme].setChecked(True)
        style.apply_theme(style.theme_for(scheme))
        self._change(colour_scheme=scheme)

    def set_text_size(self, percent: int, checked: bool = True) -> None:
        """Text at ``percent`` of its normal size (100 to 200), kept."""
        self.text_size = percent
        if percent in self.size_actions:
            self.size_actions[percent].setChecked(True)
        style.set_text_size(percent)
        self._change(text_size=percent)
        self._rescale()

    def _colours_changed(self, colours: Qt.ColorScheme) -> None:
        """The desktop went light or dark."""
        self._follow(style.system_theme(colours, style.system_contrast()))

    def _contrast_changed(self, contrast: Qt.ContrastPreference) -> None:
        """The desktop asks for high contrast, or no longer does."""
        self._follow(style.system_theme(style.system_colours(), contrast))

    def _follow(self, theme: style.Theme) -> None:
        if self.scheme is ColourScheme.SYSTEM and DisplayChoices.newest is self:
            style.apply_theme(theme)
