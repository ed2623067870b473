"""A routine's problems in the window's language: next to the editor's fields, and on the
routines page (the loader makes its messages through the translation seam); the command
line stays English (tests/test_cli*.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from homestretch.core.draft import Draft
from homestretch.core.paths import AppPaths
from homestretch.core.routine import SCHEMA_VERSION, Position, RoutineError, load_routine
from homestretch.ui.editor.fields import Field
from homestretch.ui.editor.window import EditorWindow
from homestretch.ui.language import showing
from tests.ui.conftest import MakeWindow
from tests.ui.languages import english_in, english_sources
from tests.ui.test_editor import open_editor, show_exercise

BROKEN = f"""\
schema: {SCHEMA_VERSION}
name: Kaputt
language: "de_DE!"
exercises:
  - id: knie
    name: Knie strecken
    position: flying
    steps:
      - Sitzen.
    sides: none
    first_side: left
    sets: 99
    illustration: fehlt.png
    reps: 5
    phases:
      - {{ name: strecken, seconds: 3 }}
"""
"""Six mistakes: a bad language tag, a wrong choice ('position'), a required key missing
('summary'), 'first_side' on an exercise done on both sides at once, a number out of its
range ('sets') and a picture that is not there (a warning)."""
WHERE = {
    ("language",): "language: de_DE!",
    ("exercises", 0, "position"): "position",
    ("exercises", 0, "summary"): "summary",
    ("exercises", 0, "sets"): "sets",
    ("exercises", 0, "illustration"): "fehlt.png",
}
"""The field each problem shows at, and the file's own words its message quotes ('first_side'
has no field on an exercise done on both sides at once: its message is above the form)."""


@pytest.fixture
def paths(isolated_data_dir: Path) -> AppPaths:
    return AppPaths.resolve(isolated_data_dir)


@pytest.fixture
def broken(paths: AppPaths) -> Path:
    folder = paths.user_routines_dir
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "kaputt.yaml"
    path.write_text(BROKEN, encoding="utf-8")
    return path


def english_messages(path: Path) -> list[str]:
    """What the loader says of ``path`` (in English before a language is installed)."""
    with pytest.raises(RoutineError) as caught:
        load_routine(path)
    return [p.message for p in caught.value.problems]


@pytest.fixture
def said_in_english(broken: Path) -> list[str]:
    """The loader's messages on the broken routine in English, the command line's words
    (asked for before ``in_language``, so read before the language is installed)."""
    messages = english_messages(broken)
    assert "'sets' must be from 1 to 20, not 99" in messages
    return messages


def settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def field_messages(editor: EditorWindow) -> dict[tuple[str | int, ...], str]:
    """Each field's message, by the field's key path (visible fields with one only)."""
    forms = [editor.routine_form, editor.exercise_form]
    found = {}
    for form in forms:
        if form is None:
            continue
        for path, field in form.fields.items():
            assert isinstance(field, Field)
            if field.message.isVisibleTo(editor) and field.message.text():
                found[path] = field.message.text()
    return found


def test_the_english_messages_are_the_loaders_own(qapp: QApplication, broken: Path) -> None:
    """(What the German test compares with: the six problems, in the command line's words.)"""
    messages = english_messages(broken)
    assert "'first_side' applies only to 'sides: alternating' or 'sides: each'" in messages
    assert "'sets' must be from 1 to 20, not 99" in messages
    assert "an exercise needs 'summary'" in messages
    assert "'position' must be one of: sitting, standing, " in messages[2]
    assert messages[2].endswith("; not 'flying'")
    assert any(m.startswith("'language: de_DE!' is not a language tag") for m in messages)
    assert "picture 'fehlt.png' not found" in messages


@pytest.mark.parametrize("in_language", ["de", "nl", "zh_CN"], indirect=True)
def test_the_editor_shows_the_loaders_messages_in_the_windows_language(
    qtbot: QtBot, paths: AppPaths, broken: Path, said_in_english: list[str], in_language: str
) -> None:
    english = said_in_english
    editor = open_editor(qtbot, Draft.open(broken, paths=paths))
    shown = dict(field_messages(editor))
    show_exercise(editor, 0)
    settle()
    shown |= field_messages(editor)
    # Each problem next to its own field, quoting the file's words as they are.
    assert set(WHERE) <= set(shown), shown
    for path, quoted in WHERE.items():
        assert quoted in shown[path], (path, shown[path])
    texts = [*shown.values(), editor.status.text()]
    # Not one English sentence of the loader's, whole or in part.
    found = [t for t in texts if any(e in t for e in english)]
    file_words = [str(p) for p in Position]  # (the values it may have, quoted as they are)
    found += english_in(
        ((str(p), t) for p, t in shown.items()), english_sources(showing()), file_words
    )
    assert found == []
    assert "'first_side'" in editor.status.text()
    assert "'sides: alternating'" in editor.status.text()
    if in_language == "de":
        assert editor.status.text().endswith(
            "Übung 1 (Knie strecken): "
            "'first_side' gilt nur bei 'sides: alternating' oder 'sides: each'"
        )
        assert shown[("exercises", 0, "sets")] == "'sets' muss zwischen 1 und 20 liegen, nicht 99"
        assert shown[("exercises", 0, "illustration")] == (
            "Warnung: das Bild 'fehlt.png' wurde nicht gefunden"
        )
        assert shown[("exercises", 0, "summary")] == "eine Übung braucht 'summary'"


@pytest.mark.parametrize("in_language", ["de"], indirect=True)
def test_the_routines_page_shows_a_broken_routines_problems_in_german(
    make_window: MakeWindow, broken: Path, said_in_english: list[str], in_language: str
) -> None:
    english = said_in_english
    window = make_window()
    page = window.routines_page
    row = next(i for i, e in enumerate(page._entries) if e.path == broken)
    page.list.setCurrentRow(row)
    settle()
    assert page.summary.text() == "Diese Datei hat Fehler und kann noch nicht verwendet werden:"
    details = page.details.text()
    assert f"{broken}:11:17: 'first_side' gilt nur bei 'sides: alternating' oder 'sides: each'" in (
        details
    )
    assert f"{broken}:13:19: Warnung: das Bild 'fehlt.png' wurde nicht gefunden" in details
    assert [e for e in english if e in details] == []
    file_words = [str(p) for p in Position]
    found = english_in([("details", details)], english_sources(showing()), file_words)
    assert found == []


@pytest.mark.parametrize("in_language", ["de"], indirect=True)
def test_a_picture_refused_in_the_editor_is_said_in_german(
    qapp: QApplication, paths: AppPaths, tmp_path: Path, in_language: str
) -> None:
    """Adding a picture checks it as the loader does: the refusal names the file, in German."""
    from homestretch.core.draft import PictureError
    from homestretch.core.files import FileReadError
    from homestretch.core.paths import BUNDLED_ROUTINE

    draft = Draft.open(BUNDLED_ROUTINE, paths=paths)
    fake = tmp_path / "fake.png"
    fake.write_bytes(b"GIF89a")
    with pytest.raises(PictureError) as caught:
        draft.copy_picture(0, fake)
    assert str(caught.value) == f"Das Bild '{fake}' ist keine PNG-Datei"
    figure = tmp_path / "figur.yaml"
    figure.write_text("schema: 2\nposes: {bent: {}}\n", encoding="utf-8")
    with pytest.raises(PictureError) as caught:
        draft.copy_picture(0, figure)
    assert str(caught.value).startswith(
        f"Die Figur '{figure}' hat Fehler; ein Platzhalter wird gezeigt; Zeile 1: "
    )
    assert "'poses' braucht eine Haltung namens 'start'" in str(caught.value)
    with pytest.raises(FileReadError) as missing:
        draft.copy_picture(0, tmp_path / "weg.png")
    assert str(missing.value) == f"{tmp_path / 'weg.png'} existiert nicht"
    text = tmp_path / "notiz.txt"
    text.write_text("x", encoding="utf-8")
    with pytest.raises(PictureError) as caught:
        draft.copy_picture(0, text)
    assert str(caught.value) == f"{text} ist kein SVG-, PNG- oder JPEG-Bild"
