"""The routine editor's window: every field edits the draft, reorder, messages, undo, closing."""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from homestretch.core.draft import Draft
from homestretch.core.paths import BUNDLED_ROUTINE, AppPaths
from homestretch.core.routine import load_routine
from homestretch.ui.editor.fields import (
    ChoiceField,
    LanguageField,
    NumberField,
    PhasesTable,
    TextListField,
)
from homestretch.ui.editor.forms import ROUTINES_OWN, STOP_RULE_OFF, ExerciseForm
from homestretch.ui.editor.picture import NO_PICTURE, PictureField, figure_reference
from homestretch.ui.editor.window import EditorWindow, totals_text

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def paths(isolated_data_dir: Path) -> AppPaths:
    return AppPaths.resolve(isolated_data_dir)


def open_editor(qtbot: QtBot, draft: Draft) -> EditorWindow:
    window = EditorWindow(draft)
    # (closed at the end of the test without the unsaved-changes question)
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "_closing", True))
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window.checking)  # (the first check, in its thread)
    return window


@pytest.fixture
def editor(qtbot: QtBot, paths: AppPaths) -> EditorWindow:
    return open_editor(qtbot, Draft.open(BUNDLED_ROUTINE, paths=paths))


def show_exercise(editor: EditorWindow, index: int) -> ExerciseForm:
    editor.list.setCurrentRow(index)
    form = editor.exercise_form
    assert form is not None
    assert form.index == index
    assert editor.pages.currentWidget() is editor.exercise_scroll
    return form


def field(form: Any, *path: str | int) -> Any:
    return form.fields[path]


def cell(table: Any, row: int, column: int) -> Any:
    item = table.item(row, column)
    assert item is not None
    return item


def type_into(qtbot: QtBot, widget: Any, text: str) -> None:
    """Select what the box holds and type ``text`` over it, as a user would."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, CTRL)  # type: ignore[no-untyped-call]
    if text:
        qtbot.keyClicks(widget, text)  # type: ignore[no-untyped-call]
    else:
        qtbot.keyClick(widget, Qt.Key.Key_Delete)  # type: ignore[no-untyped-call]


def settle(editor: EditorWindow) -> None:
    """Let the check that follows typing run now."""
    QApplication.processEvents()
    editor.check()


# ---------------------------------------------------------------- every field edits the draft


def test_routine_fields_edit_the_draft(qtbot: QtBot, editor: EditorWindow) -> None:
    draft, form = editor.draft, editor.routine_form
    type_into(qtbot, field(form, "name").editor, "Flare-up week")
    assert draft.get(("name",)) == "Flare-up week"
    description = field(form, "description").editor
    description.setFocus()
    description.selectAll()
    qtbot.keyClicks(description, "Only the gentle ones.")  # type: ignore[no-untyped-call]
    assert draft.get(("description",)) == "Only the gentle ones."
    for name, typed, value in (
        ("sessions_per_week", "3", 3),
        ("prepare_seconds", "15", 15),
        ("rest_between_exercises", "12.5", 12.5),
    ):
        type_into(qtbot, field(form, name).box, typed)
        assert draft.get((name,)) == value, name
    type_into(qtbot, field(form, "stop_rule", "pain_rise").box, "3")
    assert draft.get(("stop_rule",)) == {"pain_rise": 3, "pain_at_least": 7}
    limit = field(form, "stop_rule", "pain_at_least")
    limit.box.setValue(limit.box.minimum())  # (shown as "off")
    assert limit.box.text() == STOP_RULE_OFF
    assert draft.get(("stop_rule",)) == {"pain_rise": 3}
    assert editor.draft.modified
    assert editor.windowTitle().startswith("*")


def test_the_key_table_gives_limits_step_and_tooltip(editor: EditorWindow) -> None:
    from homestretch.core.routine_keys import Level, key

    sessions = field(editor.routine_form, "sessions_per_week")
    k = key(Level.ROUTINE, "sessions_per_week")
    assert (sessions.box.minimum(), sessions.box.maximum()) == k.bounds
    assert k.description in sessions.box.toolTip()
    assert sessions.label.buddy() is sessions.box
    assert sessions.box.accessibleName() == k.label
    form = show_exercise(editor, 0)
    phases = field(form, "exercises", 0, "phases")
    assert isinstance(phases, PhasesTable)
    seconds = key(Level.PHASE, "seconds")
    assert seconds.label in [
        phases.table.model().headerData(c, Qt.Orientation.Horizontal)
        for c in range(phases.table.columnCount())
    ]


def test_exercise_fields_edit_the_draft(qtbot: QtBot, editor: EditorWindow) -> None:
    draft = editor.draft
    form = show_exercise(editor, 0)
    at = ("exercises", 0)
    type_into(qtbot, field(form, *at, "name").editor, "Knee straightening")
    assert draft.get((*at, "name")) == "Knee straightening"
    assert editor.list.item(0).text() == "1. Knee straightening"
    summary = field(form, *at, "summary").editor
    summary.setFocus()
    summary.selectAll()
    qtbot.keyClicks(summary, "Straighten one knee.")  # type: ignore[no-untyped-call]
    assert draft.get((*at, "summary")) == "Straighten one knee."
    position = field(form, *at, "position")
    assert isinstance(position, ChoiceField)
    position.combo.setCurrentIndex(position.combo.findData("standing"))
    assert draft.get((*at, "position")) == "standing"

    first = field(form, *at, "first_side")
    first.combo.setCurrentIndex(first.combo.findData("left"))
    assert draft.get((*at, "first_side")) == "left"
    for name, typed, value in (
        ("sets", "2", 2),
        ("reps", "10", 10),
        ("rest_between_reps", "1.5", 1.5),
        ("rest_between_sides", "4", 4),
        ("rest_between_sets", "45", 45),
    ):
        number = field(form, *at, name)
        assert isinstance(number, NumberField)
        type_into(qtbot, number.box, typed)
        assert draft.get((*at, name)) == value, name
    for name in ("rest_after", "prepare_seconds"):  # the routine's, until given
        own = field(form, *at, name)
        assert own.box.text() == ROUTINES_OWN
        type_into(qtbot, own.box, "8")
        assert draft.get((*at, name)) == 8
        own.box.setValue(own.box.minimum())
        assert draft.get((*at, name)) is None

    picture = field(form, *at, "illustration")
    assert isinstance(picture, PictureField)
    knee_pats = picture.combo.findData(figure_reference("knee-pats"))
    picture.combo.setCurrentIndex(knee_pats)
    picture.combo.activated.emit(knee_pats)
    assert draft.get((*at, "illustration")) == figure_reference("knee-pats")
    none = picture.combo.findText(NO_PICTURE)
    picture.combo.activated.emit(none)
    assert draft.get((*at, "illustration")) is None

    sides = field(form, *at, "sides")
    sides.combo.setCurrentIndex(sides.combo.findData("both"))
    assert draft.get((*at, "sides")) == "both"
    assert draft.get((*at, "first_side")) is None  # (only one-sided exercises have one)
    assert draft.get((*at, "rest_between_sides")) is None
    assert not first.isVisibleTo(form)
    editor.undo()  # one step
    assert draft.get((*at, "sides")) == "alternating"
    assert draft.get((*at, "first_side")) == "left"


def test_steps_and_cautions_are_edited_added_removed_and_reordered(
    qtbot: QtBot, editor: EditorWindow
) -> None:
    draft = editor.draft
    form = show_exercise(editor, 0)
    steps_path = ("exercises", 0, "steps")
    steps = field(form, *steps_path)
    assert isinstance(steps, TextListField)
    original = draft.get(steps_path)
    assert [steps.list.item(k).text() for k in range(steps.list.count())] == original

    steps.list.setCurrentRow(0)
    steps.list.item(0).setText("Sit up straight.")  # (what the in-place editor commits)
    assert draft.get(steps_path)[0] == "Sit up straight."
    qtbot.keyClick(steps.list, Qt.Key.Key_Down, ALT)  # type: ignore[no-untyped-call]
    assert draft.get(steps_path)[:2] == [original[1], "Sit up straight."]
    assert steps.list.currentRow() == 1
    qtbot.keyClick(steps.list, Qt.Key.Key_Up, ALT)  # type: ignore[no-untyped-call]
    assert draft.get(steps_path)[0] == "Sit up straight."
    steps.buttons.add.click()
    assert len(draft.get(steps_path)) == len(original) + 1
    assert draft.get(steps_path)[1] == "New step"
    steps.buttons.remove.click()
    assert len(draft.get(steps_path)) == len(original)

    cautions_path = ("exercises", 0, "cautions")
    cautions = field(form, *cautions_path)
    cautions.list.setCurrentRow(0)
    cautions.buttons.remove.click()
    assert draft.get(cautions_path) is None  # (an empty optional list is left out)
    cautions.buttons.add.click()
    assert draft.get(cautions_path) == ["New caution"]


def test_phases_are_edited_added_removed_and_reordered(qtbot: QtBot, editor: EditorWindow) -> None:
    draft = editor.draft
    form = show_exercise(editor, 0)
    path = ("exercises", 0, "phases")
    table = field(form, *path)
    assert isinstance(table, PhasesTable)
    before = draft.get(path)
    assert table.table.rowCount() == len(before)
    hold = [p["name"] for p in before].index("hold")
    cell(table.table, hold, 1).setData(Qt.ItemDataRole.EditRole, 8.0)
    assert draft.get((*path, hold, "seconds")) == 8
    cell(table.table, hold, 2).setText("Hold it there")
    assert draft.get((*path, hold, "say")) == "Hold it there"
    cell(table.table, hold, 2).setText("")
    assert draft.get((*path, hold, "say")) is None
    cell(table.table, 0, 0).setText("lift")
    assert draft.get((*path, 0, "name")) == "lift"

    table.table.setFocus()
    table.table.setCurrentCell(0, 0)
    qtbot.keyClick(table.table, Qt.Key.Key_Down, ALT)  # type: ignore[no-untyped-call]
    assert [p["name"] for p in draft.get(path)][:2] == ["hold", "lift"]
    assert table.table.currentRow() == 1
    table.buttons.up.click()
    assert draft.get(path)[0]["name"] == "lift"
    table.buttons.add.click()
    assert len(draft.get(path)) == len(before) + 1
    table.buttons.remove.click()
    assert len(draft.get(path)) == len(before)


def test_an_exercise_becomes_one_timed_stretch_and_back(editor: EditorWindow) -> None:
    draft = editor.draft
    form = show_exercise(editor, 0)
    at = ("exercises", 0)
    form.timing.setCurrentIndex(1)
    form.timing.activated.emit(1)
    assert draft.get((*at, "work")) == {"seconds": 30}
    for gone in ("phases", "reps", "rest_between_reps"):
        assert draft.get((*at, gone)) is None
    assert not field(form, *at, "phases").isVisibleTo(form)
    seconds = field(form, *at, "work", "seconds")
    assert seconds.isVisibleTo(form)
    seconds.box.setValue(45)
    assert draft.get((*at, "work", "seconds")) == 45
    work_say = field(form, *at, "work", "say")
    work_say.text_box.setText("Hold the stretch")
    work_say.text_box.textEdited.emit("Hold the stretch")
    assert draft.get((*at, "work", "say")) == "Hold the stretch"
    settle(editor)
    assert draft.routine() is not None
    form.timing.setCurrentIndex(0)
    form.timing.activated.emit(0)
    assert draft.get((*at, "work")) is None
    assert draft.get((*at, "phases"))


# ---------------------------------------------------------------- the exercise list


def test_exercises_reorder_by_keyboard(qtbot: QtBot, editor: EditorWindow) -> None:
    draft = editor.draft
    ids = [e["id"] for e in draft.get(("exercises",))]
    show_exercise(editor, 1)
    editor.list.setFocus()
    qtbot.keyClick(editor.list, Qt.Key.Key_Up, ALT)  # type: ignore[no-untyped-call]
    assert [e["id"] for e in draft.get(("exercises",))] == [ids[1], ids[0], *ids[2:]]
    assert editor.list.currentRow() == 0
    assert editor.exercise_form is not None
    assert editor.exercise_form.index == 0
    assert field(editor.exercise_form, "exercises", 0, "name").editor.text() == (
        draft.get(("exercises", 0, "name"))
    )
    qtbot.keyClick(editor.list, Qt.Key.Key_Down, ALT)  # type: ignore[no-untyped-call]
    assert [e["id"] for e in draft.get(("exercises",))] == ids
    editor.down_button.click()
    assert [e["id"] for e in draft.get(("exercises",))][:3] == [ids[0], ids[2], ids[1]]


def test_exercises_reorder_by_drag_and_drop(qtbot: QtBot, editor: EditorWindow) -> None:
    draft = editor.draft
    ids = [e["id"] for e in draft.get(("exercises",))]
    show_exercise(editor, 0)
    view = editor.list
    mime = view.model().mimeData([view.model().index(0, 0)])
    target = view.visualItemRect(view.item(2))
    below = QPointF(target.center().x(), target.bottom() - 2)  # (the lower half of item 3)
    drop = QDropEvent(
        below, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0)
    )
    view.dropEvent(drop)
    assert [e["id"] for e in draft.get(("exercises",))] == [ids[1], ids[2], ids[0], *ids[3:]]
    assert view.currentRow() == 2
    assert [view.item(k).text() for k in range(3)] == [
        f"{k + 1}. {draft.get(('exercises', k, 'name'))}" for k in range(3)
    ]
    # Something else dropped on the list is refused.
    other = QMimeData()
    other.setText("a stray text")
    stray = QDropEvent(
        QPointF(QPoint(5, 5)),
        Qt.DropAction.CopyAction,
        other,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier(0),
    )
    view.dropEvent(stray)
    assert [e["id"] for e in draft.get(("exercises",))] == [ids[1], ids[2], ids[0], *ids[3:]]


def test_add_from_the_catalogue_duplicate_and_remove(editor: EditorWindow) -> None:
    draft = editor.draft
    count = draft.exercise_count()
    names = [a.text() for a in editor.add_menu.actions() if a.text()]
    assert len(names) == 8  # the seven bundled exercises and a blank one
    assert names[-1] == "Blank exercise"
    show_exercise(editor, 0)
    knee = next(a for a in editor.add_menu.actions() if a.text() == "Knee pats")
    assert not knee.icon().isNull()  # (drawn small)
    knee.trigger()
    assert draft.exercise_count() == count + 1
    assert draft.get(("exercises", 1, "name")) == "Knee pats"
    assert draft.get(("exercises", 1, "id")) != draft.get(("exercises", count, "id"))
    assert editor.exercise_form is not None
    assert editor.exercise_form.index == 1
    editor.duplicate_button.click()
    assert draft.exercise_count() == count + 2
    assert editor.list.currentRow() == 2
    editor.remove_button.click()
    editor.remove_button.click()
    assert draft.exercise_count() == count
    blank = next(a for a in editor.add_menu.actions() if a.text() == "Blank exercise")
    blank.trigger()
    assert draft.exercise_count() == count + 1


# ---------------------------------------------------------------- messages, totals, undo


def test_the_loaders_message_shows_next_to_the_field_and_clears(
    qtbot: QtBot, editor: EditorWindow
) -> None:
    form = show_exercise(editor, 2)
    name = field(form, "exercises", 2, "name")
    type_into(qtbot, name.editor, "")
    qtbot.waitUntil(lambda: name.message.isVisible())
    assert "name" in name.message.text()
    assert name.editor.accessibleDescription() == name.message.text()
    assert editor.list.item(2).text().startswith("⚠")
    assert "to fix before saving" in editor.status.text()
    assert not editor.try_button.isEnabled()
    assert editor.totals.text().startswith("7 exercises")
    type_into(qtbot, name.editor, "Hamstring stretch")
    qtbot.waitUntil(lambda: not name.message.isVisible())
    assert name.editor.accessibleDescription() == ""
    assert not editor.status.isVisible()
    assert editor.try_button.isEnabled()
    assert not editor.list.item(2).text().startswith("⚠")


def test_totals_follow_the_edits(qtbot: QtBot, editor: EditorWindow) -> None:
    draft = editor.draft
    seconds = draft.total_seconds()
    assert seconds is not None
    assert editor.totals.text() == totals_text(seconds, 7)
    assert editor.totals.text().endswith("minutes, 7 exercises")
    form = show_exercise(editor, 0)
    type_into(qtbot, field(form, "exercises", 0, "sets").box, "3")
    qtbot.waitUntil(lambda: editor.totals.text() != totals_text(seconds, 7))
    longer = draft.total_seconds()
    assert longer is not None
    assert longer > seconds
    assert editor.totals.text() == totals_text(longer, 7)
    editor.remove_button.click()
    qtbot.waitUntil(lambda: editor.totals.text().endswith("6 exercises"))


def test_undo_and_redo_through_the_actions(qtbot: QtBot, editor: EditorWindow) -> None:
    draft = editor.draft
    assert not editor.undo_action.isEnabled()
    form = show_exercise(editor, 0)
    reps = field(form, "exercises", 0, "reps")
    type_into(qtbot, reps.box, "12")
    assert draft.get(("exercises", 0, "reps")) == 12
    assert editor.undo_action.isEnabled()
    assert editor.undo_action.text() == f"&{draft.undo_text}"
    assert "“Reps”" in editor.undo_action.text()
    assert editor.undo_action.shortcut().toString() == "Ctrl+Z"
    reps.box.setFocus()
    qtbot.keyClick(reps.box, Qt.Key.Key_Z, CTRL)  # type: ignore[no-untyped-call]
    assert draft.get(("exercises", 0, "reps")) == 8
    assert reps_box(editor).value() == 8
    assert editor.redo_action.isEnabled()
    qtbot.keyClick(  # type: ignore[no-untyped-call]
        reps_box(editor), Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier
    )
    assert draft.get(("exercises", 0, "reps")) == 12
    assert reps_box(editor).value() == 12
    editor.remove_button.click()
    assert draft.exercise_count() == 6
    editor.undo_action.trigger()
    assert draft.exercise_count() == 7
    assert editor.list.count() == 7


def reps_box(editor: EditorWindow) -> Any:
    form = editor.exercise_form
    assert form is not None
    return field(form, "exercises", form.index, "reps").box


# ---------------------------------------------------------------- the routine's language


def users_routine(paths: AppPaths, text: str | None = None) -> Path:
    """The bundled routine (or ``text``) as the user's own file, saved in place."""
    path = paths.user_routines_dir / "mine.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text or BUNDLED_ROUTINE.read_text(encoding="utf-8"), encoding="utf-8")
    return path


def changed_lines(before: str, after: str) -> list[str]:
    return [
        line
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


def test_the_language_field_lists_the_languages_homestretch_speaks_by_their_own_names(
    editor: EditorWindow,
) -> None:
    from homestretch.core.routine_keys import Level, key

    language = field(editor.routine_form, "language")
    assert isinstance(language, LanguageField)
    combo = language.combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "English (en)",
        "Deutsch (de)",
        "Nederlands (nl)",
        "简体中文 (zh-CN)",
    ]
    assert [combo.itemData(i) for i in range(combo.count())] == ["en", "de", "nl", "zh-CN"]
    assert combo.currentData() == "en"  # (the bundled file says none: English)
    assert language.label.text() == key(Level.ROUTINE, "language").label == "Language"
    assert combo.accessibleName() == "Language"
    assert "BCP 47" in combo.toolTip()
    assert not language.message.isVisible()


def test_choosing_a_language_is_one_undo_step_that_raises_the_format_and_saves(
    qtbot: QtBot, paths: AppPaths
) -> None:
    path = users_routine(paths)
    before = path.read_text(encoding="utf-8")
    assert "schema: 2\n" in before
    window = open_editor(qtbot, Draft.open(path, paths=paths))
    draft, combo = window.draft, field(window.routine_form, "language").combo
    combo.setFocus()
    for _ in range(2):  # English, Deutsch, Nederlands
        qtbot.keyClick(combo, Qt.Key.Key_Down)  # type: ignore[no-untyped-call]
    assert combo.currentText() == "Nederlands (nl)"
    assert (draft.get(("language",)), draft.get(("schema",))) == ("nl", 3)
    assert draft.undo_text == "Undo change “Language”"
    window.undo_action.trigger()
    assert (draft.get(("language",)), draft.get(("schema",))) == ("de", 3)
    window.undo_action.trigger()
    assert (draft.get(("language",)), draft.get(("schema",))) == (None, 2)
    assert combo.currentText() == "English (en)"
    assert not draft.modified
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert combo.currentText() == "Nederlands (nl)"
    assert window.save()
    assert load_routine(path).language == "nl"
    assert changed_lines(before, path.read_text(encoding="utf-8")) == [
        "-schema: 2",
        "+schema: 3",
        "+language: nl",
    ]
    # The file's own language stays; another one is the language line alone.
    index = combo.findData("zh-CN")
    combo.setCurrentIndex(index)
    assert window.save()
    assert changed_lines(before, path.read_text(encoding="utf-8"))[-1] == "+language: zh-CN"
    assert load_routine(path).language == "zh-CN"


def test_a_language_homestretch_does_not_speak_is_kept_with_the_loaders_warning(
    qtbot: QtBot, paths: AppPaths
) -> None:
    text = BUNDLED_ROUTINE.read_text(encoding="utf-8").replace(
        "schema: 2\n", "schema: 3\nlanguage: fr\n", 1
    )
    path = users_routine(paths, text)
    window = open_editor(qtbot, Draft.open(path, paths=paths))
    language = field(window.routine_form, "language")
    combo = language.combo
    assert combo.currentText() == "fr"
    assert combo.count() == 5
    assert language.message.isVisible()
    assert "no words in the language 'fr'" in language.message.text()
    assert window.draft.text() == text  # (nothing changed: the file's tag is kept)
    combo.setCurrentIndex(combo.findData("de"))
    window.check()
    assert window.draft.get(("language",)) == "de"
    assert combo.count() == 4  # (the file's tag is gone from the list with the file's value)
    assert not language.message.isVisible()
    window.undo_action.trigger()
    window.check()
    assert combo.currentText() == "fr"
    assert language.message.isVisible()
    window._closing = True


# ---------------------------------------------------------------- closing with changes


def change_something(qtbot: QtBot, editor: EditorWindow) -> None:
    type_into(qtbot, field(editor.routine_form, "name").editor, "For Anna")
    assert editor.draft.modified


def answer(qtbot: QtBot, editor: EditorWindow, button_text: str) -> None:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    assert box.textFormat() is Qt.TextFormat.PlainText
    (button,) = [b for b in box.findChildren(QPushButton) if b.text() == button_text]
    button.click()


def test_closing_with_changes_asks_cancel_keeps_the_window(
    qtbot: QtBot, editor: EditorWindow
) -> None:
    change_something(qtbot, editor)
    editor.close()
    answer(qtbot, editor, "Cancel")
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert editor.isVisible()
    assert editor.draft.modified


def test_closing_with_changes_discard_writes_nothing(
    qtbot: QtBot, editor: EditorWindow, paths: AppPaths
) -> None:
    change_something(qtbot, editor)
    editor.close()
    answer(qtbot, editor, "Discard the changes")
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert (
        not list(paths.user_routines_dir.glob("*.yaml"))
        if paths.user_routines_dir.exists()
        else True
    )


def test_closing_with_changes_save_writes_a_copy_of_a_bundled_routine(
    qtbot: QtBot, editor: EditorWindow, paths: AppPaths
) -> None:
    assert editor.notice.isVisible()  # (saved as your own copy)
    change_something(qtbot, editor)
    with qtbot.waitSignal(editor.saved) as saved:
        editor.close()
        answer(qtbot, editor, "Save")
    qtbot.waitUntil(lambda: not editor.isVisible())
    path = saved.args[0]
    assert isinstance(path, Path)
    assert path.parent == paths.user_routines_dir
    assert load_routine(path).name == "For Anna"
    assert BUNDLED_ROUTINE.read_text(encoding="utf-8").count("For Anna") == 0


def test_closing_without_changes_does_not_ask(editor: EditorWindow) -> None:
    editor.close()
    assert not editor.isVisible()
    assert QApplication.activeModalWidget() is None


def test_saving_with_problems_writes_nothing_and_says_why(
    qtbot: QtBot, editor: EditorWindow, paths: AppPaths
) -> None:
    type_into(qtbot, field(editor.routine_form, "name").editor, "")
    assert not editor.save()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    dialog = QApplication.activeModalWidget()
    assert dialog is not None
    assert "name" in dialog.details.toPlainText()  # type: ignore[attr-defined]
    dialog.close()
    assert not paths.user_routines_dir.exists() or not list(paths.user_routines_dir.iterdir())


# ---------------------------------------------------------------- keyboard and labels


def test_every_field_is_labelled_and_reached_by_tab(qtbot: QtBot, editor: EditorWindow) -> None:
    form = show_exercise(editor, 0)
    for owner in (editor.routine_form, form):
        for path, each in owner.fields.items():
            assert each.label.buddy() is each.editor, path
            assert each.editor.accessibleName(), path
            assert each.editor.focusPolicy() & Qt.FocusPolicy.TabFocus, path
    # Tab from the list's last button goes into the exercise's fields, in order.
    editor.down_button.setFocus()
    qtbot.keyClick(editor.down_button, Qt.Key.Key_Tab)  # type: ignore[no-untyped-call]
    focused = QApplication.focusWidget()
    assert focused is not None
    assert form.isAncestorOf(focused)
    assert focused is field(form, "exercises", 0, "name").editor


def test_undo_brings_back_a_cleared_name_into_its_box(qtbot: QtBot, editor: EditorWindow) -> None:
    form = show_exercise(editor, 0)
    name = field(form, "exercises", 0, "name")
    type_into(qtbot, name.editor, "")
    settle(editor)
    assert name.message.isVisible()
    qtbot.keyClick(name.editor, Qt.Key.Key_Z, CTRL)  # type: ignore[no-untyped-call]
    assert editor.draft.get(("exercises", 0, "name")) == "Sitting knee extension"
    assert name.editor.text() == "Sitting knee extension"
    qtbot.waitUntil(lambda: not name.message.isVisible())


# ---------------------------------------------------------------- things that go wrong, for real


def test_a_pipe_chosen_as_a_picture_is_refused_next_to_the_field(
    editor: EditorWindow, tmp_path: Path
) -> None:
    import os

    form = show_exercise(editor, 0)
    picture = field(form, "exercises", 0, "illustration")
    before = editor.draft.get(("exercises", 0, "illustration"))
    pipe = tmp_path / "knee.png"
    os.mkfifo(pipe)
    picture.use_file(pipe)  # (what the file dialog gives when the pipe is chosen)
    assert editor.draft.get(("exercises", 0, "illustration")) == before
    assert picture.message.isVisible()
    assert "knee.png" in picture.message.text()
    assert not editor.draft.modified


def test_a_folder_that_cannot_be_written_keeps_the_routine_open_and_says_so(
    qtbot: QtBot, editor: EditorWindow, paths: AppPaths
) -> None:
    folder = paths.user_routines_dir
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("a file where the routines folder should be\n", encoding="utf-8")
    type_into(qtbot, field(editor.routine_form, "name").editor, "For Anna")
    assert not editor.save()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    dialog = QApplication.activeModalWidget()
    assert dialog is not None
    assert "could not be saved" in dialog.message.text()  # type: ignore[attr-defined]
    dialog.close()
    assert editor.draft.modified
    assert editor.draft.get(("name",)) == "For Anna"
    assert folder.read_text(encoding="utf-8").startswith("a file where")


def test_a_file_with_problems_opens_with_each_message_at_its_field(
    qtbot: QtBot, paths: AppPaths
) -> None:
    text = BUNDLED_ROUTINE.read_text(encoding="utf-8").replace(
        "sessions_per_week: 7", "sessions_per_week: 30", 1
    )
    broken = paths.user_routines_dir / "broken.yaml"
    broken.parent.mkdir(parents=True, exist_ok=True)
    broken.write_text(text, encoding="utf-8")
    window = open_editor(qtbot, Draft.open(broken, paths=paths))
    sessions = field(window.routine_form, "sessions_per_week")
    assert sessions.message.isVisible()
    assert "sessions_per_week" in sessions.message.text()
    assert not window.notice.isVisible()  # (the user's own file)
    assert not window.try_button.isEnabled()
    sessions.box.setValue(5)
    window.check()
    assert not sessions.message.isVisible()
    assert window.try_button.isEnabled()
    window._closing = True
