"""Putting the window in the chosen language: Qt translators, the default locale, the core seam.

The interface's own texts come from ``homestretch_LANG.qm`` in
:data:`~homestretch.core.paths.TRANSLATIONS_DIR` (built from the .ts files when
the package is built); Qt's own dialogs and buttons from the ``qtbase_LANG.qm``
that ship with PySide6. Dates, weekdays and numbers follow the language through
``QLocale.setDefault``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from homestretch.core import i18n, paths

log = logging.getLogger(__name__)

_showing: list[str] = [i18n.SOURCE_LANGUAGE]
"""The language installed last (the window shows it)."""


def showing() -> str:
    """The language the window shows (the one installed last; English before any)."""
    return _showing[-1]


def system_languages() -> list[str]:
    """The system's preferred interface languages, as BCP 47 tags, most preferred first."""
    return QLocale.system().uiLanguages()


def chosen_language(setting: str) -> str:
    """The language to show: the setting if it names one, else the system's, else English."""
    return i18n.language_code(setting, system_languages())


@dataclass
class Installed:
    """The translators put in place for one language (kept alive while installed).

    Attributes:
        language: the language code (a key of :data:`~homestretch.core.i18n.LANGUAGES`).
        missing: the .qm files that were not found (the texts they hold stay English).
    """

    language: str
    previous: QLocale = field(default_factory=QLocale)
    """The default locale before (put back by :meth:`remove`)."""
    translators: list[QTranslator] = field(default_factory=list)
    missing: list[Path] = field(default_factory=list)

    def remove(self) -> None:
        """Take the translators out again and go back to the English texts."""
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)
        self.translators.clear()
        if self.language in _showing[1:]:
            _showing.reverse()
            _showing.remove(self.language)
            _showing.reverse()
        i18n.uninstall()
        QLocale.setDefault(self.previous)


def locale_for(language: str) -> QLocale:
    """The locale whose formats (dates, weekdays, numbers) go with ``language``."""
    return QLocale(language)


def install_language(language: str, folder: Path | None = None) -> Installed:
    """Translate the application into ``language`` (English: the texts as written).

    Must be called with a QCoreApplication in place, before the window is made
    (widgets translate their texts as they are built). ``folder``: where the
    .qm files are (default :data:`~homestretch.core.paths.TRANSLATIONS_DIR`).
    """
    folder = paths.TRANSLATIONS_DIR if folder is None else folder
    installed = Installed(language)
    _showing.append(language)
    QLocale.setDefault(locale_for(language))
    i18n.install(_qt_translate)
    # English first: its plural forms ("1 day", "2 days") under every language's texts.
    files = [folder / f"homestretch_{i18n.SOURCE_LANGUAGE}.qm"]
    if language != i18n.SOURCE_LANGUAGE:
        qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        files += [folder / f"homestretch_{language}.qm", qt_folder / f"qtbase_{language}.qm"]
    for path in files:
        translator = QTranslator()
        if translator.load(str(path)):
            QCoreApplication.installTranslator(translator)
            installed.translators.append(translator)
        else:
            log.warning("No translation file %s: those texts stay in English", path)
            installed.missing.append(path)
    return installed


def _qt_translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)
