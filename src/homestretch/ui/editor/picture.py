"""The illustration picker: no picture, a bundled figure (drawn small), or a picture file.

A picture file is copied next to the routine by the draft
(:meth:`homestretch.core.draft.Draft.copy_picture`), so the routine's folder
holds everything it shows and can be mailed whole.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QFileDialog

from homestretch.core.i18n import QT_TRANSLATE_NOOP, SOURCE_LANGUAGE, translate
from homestretch.core.paths import ASSETS_DIR
from homestretch.core.routine import ASSETS_PREFIX, FIGURE_SUFFIXES, PICTURE_SUFFIXES
from homestretch.core.routine_keys import Level, key
from homestretch.ui.editor.fields import Editable, Field, KeyPath, form_combo
from homestretch.ui.language import showing

ICON_SIZE = QSize(64, 48)
"""A bundled figure in the list, drawn this small."""
FIGURES_FOLDER = "figures"
NO_PICTURE = QT_TRANSLATE_NOOP("PictureField", "No picture")
CHOOSE_FILE = QT_TRANSLATE_NOOP("PictureField", "Choose a picture file…")
"""(Both translated where they are shown.)"""
_CHOOSE = "\0choose"
"""The item data of "Choose a picture file…" (no reference can start with a NUL)."""


def figure_reference(name: str) -> str:
    """How a routine file names the bundled figure ``name`` (``knee-pats``)."""
    return f"{ASSETS_PREFIX}{FIGURES_FOLDER}/{name}.yaml"


@cache
def _figure_names(language: str) -> dict[str, str]:
    """The bundled figures' names in ``language``: the name of the bundled exercise each
    shows, from the bundled routine in that language (English when there is none)."""
    from homestretch.core.draft import bundled_routine_in, catalogue
    from homestretch.core.routine import RoutineError

    try:
        exercises = catalogue(bundled_routine_in(language))
    except (RoutineError, UnicodeDecodeError):
        return {}
    names: dict[str, str] = {}
    for exercise in exercises:
        reference, name = exercise.get("illustration"), exercise.get("name")
        if isinstance(reference, str) and isinstance(name, str):
            names.setdefault(reference, name)
    return names


def figure_words(reference: str, language: str = SOURCE_LANGUAGE) -> str:
    """A figure's name in words in ``language`` (the window's): the bundled exercise it
    shows ("Knee pats", in Dutch "Knieën kloppen"), else its file name in words
    (``assets:figures/side-lying.yaml`` is "Side lying")."""
    named = _figure_names(language).get(reference)
    if named:
        return named
    stem = Path(reference.removeprefix(ASSETS_PREFIX)).stem.replace("-", " ").replace("_", " ")
    return stem[:1].upper() + stem[1:]


def bundled_figures() -> list[str]:
    """The references of the bundled figures, by name."""
    folder = ASSETS_DIR / FIGURES_FOLDER
    return [
        figure_reference(p.stem)
        for p in sorted(folder.iterdir())
        if p.suffix.lower() in FIGURE_SUFFIXES and p.is_file()
    ]


def figure_icon(reference: str) -> QIcon:
    """A bundled figure drawn small (at its key moment), in the colour scheme's ink on a
    clear background (no pale box in a dark list); an empty icon if it cannot be read."""
    from homestretch.ui import style

    return _figure_icon(reference, style.current_theme().text)


@cache
def _figure_icon(reference: str, ink: str) -> QIcon:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor

    from homestretch.core.pose import load_figure
    from homestretch.core.routine import RoutineError
    from homestretch.ui.figure import render_image

    path = ASSETS_DIR / reference.removeprefix(ASSETS_PREFIX)
    try:
        figure = load_figure(path)
    except (RoutineError, OSError):
        return QIcon()
    image = render_image(
        figure,
        figure.key_pose(),
        ICON_SIZE.width() * 2,
        ICON_SIZE.height() * 2,
        side=None,
        background=QColor(Qt.GlobalColor.transparent),
        ink=QColor(ink),
    )
    return QIcon(QPixmap.fromImage(image))


class Pictures(Protocol):
    """What the picker needs of the draft besides its data."""

    def copy_picture(self, index: int, source: Path) -> str: ...
    def picture_file(self, index: int) -> Path | None: ...


class PictureField(Field):
    """Choose an exercise's illustration.

    Args:
        draft: the routine being edited (it copies a chosen file).
        exercise: the exercise's place in the routine.

    Signals:
        choosing(QFileDialog): the file dialog opened (tests answer it).
    """

    choosing = Signal(object)

    def __init__(self, draft: Editable, exercise: int, *, copier: Pictures) -> None:
        path: KeyPath = ("exercises", exercise, "illustration")
        super().__init__(draft, path, key(Level.EXERCISE, "illustration"))
        self.exercise = exercise
        self.copier = copier
        self.dialog: QFileDialog | None = None
        self.combo = form_combo()
        self.combo.setIconSize(ICON_SIZE)
        self.combo.activated.connect(self._activated)
        self.finish(self.combo)

    def show_value(self, value: Any) -> None:
        combo = self.combo
        combo.clear()
        combo.addItem(translate("PictureField", NO_PICTURE), None)
        for reference in bundled_figures():
            combo.addItem(
                figure_icon(reference),
                self.tr("Figure: {figure_words}").format(
                    figure_words=figure_words(reference, showing())
                ),
                reference,
            )
        if isinstance(value, str) and combo.findData(value) < 0:
            shown = self.copier.picture_file(self.exercise)  # (a bounded, checked picture)
            icon = QIcon(str(shown)) if shown is not None else QIcon()
            combo.addItem(
                icon, self.tr("Your picture: {name}").format(name=Path(value).name), value
            )
        combo.addItem(translate("PictureField", CHOOSE_FILE), _CHOOSE)
        combo.setCurrentIndex(max(combo.findData(value), 0))

    def _activated(self, index: int) -> None:
        data = self.combo.itemData(index)
        if data == _CHOOSE:
            self.refresh()  # (shows the picture there is until a file is chosen)
            self.choose_file()
        else:
            self.put(data)

    def choose_file(self) -> None:
        """Ask for a picture file (the dialog is opened, not run: nothing waits for it)."""
        suffixes = " ".join(f"*{s}" for s in sorted(PICTURE_SUFFIXES))
        dialog = QFileDialog(self.window(), self.tr("Choose a picture for this exercise"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Pictures ({suffixes})").format(suffixes=suffixes))
        dialog.fileSelected.connect(lambda name: self.use_file(Path(name)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        self.choosing.emit(dialog)

    def use_file(self, source: Path) -> None:
        """Copy ``source`` next to the routine and show it as the illustration."""
        from homestretch.core.draft import PictureError

        try:
            self.copier.copy_picture(self.exercise, source)
        except (PictureError, OSError) as exc:  # (a plain sentence naming the file)
            self.show_problem(str(exc))
            return
        self.refresh()
        self.edited.emit()
