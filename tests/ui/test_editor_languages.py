"""The editor in the window's language and the routine's: the fields' tooltips from the
table of keys translated, the catalogue and a new phase in the routine's language, and
the voice notice naming the routine's language in the window's."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QSpinBox
from pytestqt.qtbot import QtBot

from homestretch.core.draft import Draft
from homestretch.core.paths import BUNDLED_ROUTINE, BUNDLED_ROUTINES_DIR, AppPaths
from homestretch.core.routine import load_routine
from homestretch.core.routine_keys import Level, key
from homestretch.core.settings import Settings
from homestretch.speech.synthesis import Voice
from homestretch.ui.editor.fields import LanguageField, NumberField, PhasesTable, key_tip
from homestretch.ui.editor.picture import PictureField
from homestretch.ui.editor.window import EditorWindow
from homestretch.ui.language import showing
from homestretch.ui.settings_dialog import SpeechSettingsDialog
from tests.ui.conftest import MakeWindow
from tests.ui.languages import english_left, english_sources, routine_words
from tests.ui.test_editor import open_editor, show_exercise
from tests.ui.test_routine_language import DUTCH, GERMAN, select

CHINESE = BUNDLED_ROUTINES_DIR / "sciatica-relief.zh-CN.yaml"


@pytest.fixture
def paths(isolated_data_dir: Path) -> AppPaths:
    return AppPaths.resolve(isolated_data_dir)


def settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def catalogue_names(editor: EditorWindow) -> list[str]:
    actions = editor.add_menu.actions()
    return [a.text() for a in actions if a.text() and not a.isSeparator()][:-1]  # (not "Blank")


def names_in(path: Path) -> list[str]:
    return [e.name for e in load_routine(path).exercises]


@pytest.mark.parametrize("in_language", ["de"], indirect=True)
def test_the_editor_in_german_shows_no_english_in_fields_tooltips_or_catalogue(
    qtbot: QtBot, paths: AppPaths, in_language: str
) -> None:
    editor = open_editor(qtbot, Draft.open(GERMAN, paths=paths))
    form = show_exercise(editor, 0)
    settle()
    sources = english_sources(showing())
    routine = routine_words(GERMAN)
    found = [f"exercise: {p}" for p in english_left(editor, sources, routine)]
    # The bundled figures are named by the exercises they show, in German.
    picture = form.fields[("exercises", 0, "illustration")]
    assert isinstance(picture, PictureField)
    figures = [picture.combo.itemText(i) for i in range(picture.combo.count())]
    assert sorted(f for f in figures if f.startswith("Figur: ")) == sorted(
        f"Figur: {name}" for name in names_in(GERMAN)
    )
    # The catalogue: the German exercises, their summaries as the menu's tooltips.
    assert catalogue_names(editor) == names_in(GERMAN)
    german = {e.name: e.summary for e in load_routine(GERMAN).exercises}
    for action in editor.add_menu.actions():
        if action.text() in german:
            assert german[action.text()] in action.toolTip()
    # A timed exercise's fields, and the routine's (the stop rule's description too).
    timed = next(i for i, e in enumerate(editor.draft.get(("exercises",))) if "work" in e)
    form = show_exercise(editor, timed)
    settle()
    found += [f"timed exercise: {p}" for p in english_left(editor, sources, routine)]
    editor.show_routine_form()
    settle()
    found += [f"routine: {p}" for p in english_left(editor, sources, routine)]
    assert found == []
    # The tooltip is the table's description, translated, with the limits in German.
    sets = form.fields[("exercises", timed, "sets")]
    assert sets.editor.toolTip() == (
        "Wie oft die ganze Übung gemacht wird, mit einer Pause dazwischen.\nErlaubt: von 1 bis 20."
    )
    # The undo and redo texts name the edit in German (the key table's label, translated).
    assert isinstance(sets, NumberField)
    assert isinstance(sets.box, QSpinBox)  # (a count)
    sets.box.setValue(sets.box.value() + 1)
    assert editor.undo_action.text() == "&Rückgängig: „Sätze“ ändern"
    editor.undo()
    assert editor.redo_action.text() == "&Wiederholen: „Sätze“ ändern"
    found += [f"after an undo: {p}" for p in english_left(editor, sources, routine)]
    assert found == []
    language = editor.routine_form.fields[("language",)]
    assert isinstance(language, LanguageField)
    assert "Die Sprache, in der das Programm geschrieben ist" in language.editor.toolTip()
    assert "`" not in language.editor.toolTip()  # (the guide's code marks are not shown)


def test_the_tooltips_say_the_tables_description_and_limits_in_english(
    qapp: QApplication,
) -> None:
    """Without a translation the tooltip is the table's English, as the guide has it."""
    sets = key(Level.EXERCISE, "sets")
    assert key_tip(sets) == f"{sets.description}\nAllowed: from 1 to 20."
    seconds = key(Level.PHASE, "seconds")
    assert key_tip(seconds).endswith("Allowed: more than 0 and up to 3600 seconds.")
    assert key_tip(key(Level.EXERCISE, "steps")).endswith(
        "At least one; each up to 500 characters."
    )
    assert key_tip(key(Level.ROUTINE, "name")).endswith("Allowed: up to 500 characters.")
    assert key_tip(key(Level.EXERCISE, "position")) == key(Level.EXERCISE, "position").description


def test_a_dutch_routines_catalogue_is_dutch_and_follows_the_language_field(
    qtbot: QtBot, paths: AppPaths
) -> None:
    folder = paths.user_routines_dir
    folder.mkdir(parents=True)
    mine = folder / "mine.yaml"
    mine.write_bytes(DUTCH.read_bytes())
    editor = open_editor(qtbot, Draft.open(mine, paths=paths))
    assert catalogue_names(editor) == names_in(DUTCH)
    show_exercise(editor, 0)
    knee = next(a for a in editor.add_menu.actions() if a.text() == "Knieën kloppen")
    knee.trigger()
    dutch = next(e for e in load_routine(DUTCH).exercises if e.id == "knee-pats")
    assert editor.draft.get(("exercises", 1, "steps")) == list(dutch.steps)
    # The routine's language changed in its field: the catalogue follows it.
    language = editor.routine_form.fields[("language",)]
    assert isinstance(language, LanguageField)
    language.combo.setCurrentIndex(language.combo.findData("de"))
    assert editor.draft.language == "de"
    assert catalogue_names(editor) == names_in(GERMAN)
    editor.undo()  # (undo brings the Dutch routine, and its catalogue, back)
    assert editor.draft.language == "nl"
    assert catalogue_names(editor) == names_in(DUTCH)


def test_an_english_routines_catalogue_is_english(qtbot: QtBot, paths: AppPaths) -> None:
    editor = open_editor(qtbot, Draft.new(paths=paths, name="Knees"))
    assert catalogue_names(editor) == names_in(BUNDLED_ROUTINE)


def test_a_new_phase_is_named_in_the_routines_language(qtbot: QtBot, paths: AppPaths) -> None:
    folder = paths.user_routines_dir
    folder.mkdir(parents=True)
    mine = folder / "mine.yaml"
    mine.write_bytes(DUTCH.read_bytes())
    editor = open_editor(qtbot, Draft.open(mine, paths=paths))
    exercises = editor.draft.get(("exercises",))
    with_phases = next(i for i, e in enumerate(exercises) if "phases" in e)
    form = show_exercise(editor, with_phases)
    phases = form.fields[("exercises", with_phases, "phases")]
    assert isinstance(phases, PhasesTable)
    before = len(phases.phases())
    phases.buttons.add.click()
    added = phases.phases()
    assert len(added) == before + 1
    assert {"name": "vasthouden", "seconds": 5} in added
    # A timed stretch turned into reps starts with one phase, in Dutch too.
    timed = next(i for i, e in enumerate(exercises) if "work" in e)
    form = show_exercise(editor, timed)
    form._timing_chosen(form.timing.findData("phases"))
    assert editor.draft.get(("exercises", timed, "phases")) == [
        {"name": "vasthouden", "seconds": 5}
    ]


@pytest.mark.parametrize(
    ("in_language", "german", "dutch"),
    [
        ("de", "Deutsch", "Niederländisch (Nederlands)"),
        ("zh_CN", "德语", "荷兰语"),
    ],
    indirect=["in_language"],
)
def test_the_voice_notice_names_the_language_in_the_windows_language(
    make_window: MakeWindow, in_language: str, german: str, dutch: str
) -> None:
    window = make_window(settings=Settings(voice="test/en-gb"))  # (no German or Dutch voice)
    select(window, GERMAN)
    (notice,) = window.notices()
    assert german in notice
    select(window, DUTCH)
    (notice,) = window.notices()
    assert dutch in notice
    assert "Dutch" not in notice
    assert "No installed voice" not in notice  # (the sentence is translated too)
    select(window, CHINESE)
    (notice,) = window.notices()
    assert ("Vereinfachtes Chinesisch (简体中文)" if in_language == "de" else "简体中文") in notice


@pytest.mark.parametrize(
    ("in_language", "wanted"),
    [("de", "Stimmen für Niederländisch (Nederlands) stehen zuerst"), ("zh_CN", "荷兰语的语音")],
    indirect=["in_language"],
)
def test_the_voice_settings_name_the_routines_language_in_the_windows_language(
    qtbot: QtBot, in_language: str, wanted: str
) -> None:
    voices = [Voice("gmw/nl", "Dutch", ("nl",)), Voice("gmw/en", "English", ("en",))]
    dialog = SpeechSettingsDialog(Settings(), voices, language="nl")
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any(wanted in text for text in texts), texts


@pytest.mark.parametrize(
    ("in_language", "tag"), [("de", "de"), ("zh_CN", "zh-CN")], indirect=["in_language"]
)
def test_a_new_routine_is_written_in_the_windows_language(
    qtbot: QtBot, make_window: MakeWindow, in_language: str, tag: str
) -> None:
    window = make_window()
    window.new_routine()
    editor = window.editor
    assert editor is not None
    qtbot.addWidget(editor)
    assert editor.draft.get(("language",)) == tag
    bundled = next(p for p in BUNDLED_ROUTINES_DIR.glob(f"sciatica-relief.{tag}.yaml"))
    assert catalogue_names(editor) == names_in(bundled)
    editor._closing = True
    editor.close()


def test_a_new_routine_in_english_has_no_language_key(paths: AppPaths) -> None:
    draft = Draft.new(paths=paths)
    assert "language" not in draft.data
    assert list(Draft.new(paths=paths, language="nl").data) == [
        "schema",
        "name",
        "language",
        "exercises",
    ]
