"""The routines page's Duplicate and Delete (with undo), on real files in the test's data folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from homestretch.core.paths import BUNDLED_ROUTINE
from homestretch.core.routine import load_routine
from homestretch.ui.dialogs import WarningDialog
from homestretch.ui.main_window import MainWindow
from tests.ui.conftest import MakeWindow

BUNDLED_COUNT = len(list(BUNDLED_ROUTINE.parent.glob("*.yaml")))  # one per language


def titles(window: MainWindow) -> list[str]:
    page = window.routines_page
    return [page.list.item(row).text() for row in range(page.list.count())]


def test_duplicate_then_delete_then_undo(
    make_window: MakeWindow, qtbot: QtBot, isolated_data_dir: Path
) -> None:
    window = make_window()
    page = window.routines_page
    bundled = load_routine(BUNDLED_ROUTINE)
    assert page.selected() is not None
    assert page.selected().bundled  # type: ignore[union-attr]
    assert not page.delete_button.isEnabled()  # a bundled routine is never deleted
    assert page.duplicate_button.isEnabled()

    QTest.mouseClick(page.duplicate_button, Qt.MouseButton.LeftButton)
    copy = isolated_data_dir / "routines" / "sciatica-relief (copy).yaml"
    assert copy.is_file()
    selected = page.selected()
    assert selected is not None
    assert selected.path == copy
    assert selected.title == f"{bundled.name} (copy)"
    assert [e.id for e in load_routine(copy).exercises] == [e.id for e in bundled.exercises]
    assert page.delete_button.isEnabled()

    QTest.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert not copy.exists()
    assert len(titles(window)) == BUNDLED_COUNT
    assert page.undo_bar.isVisible()
    assert page.deleted_label.text() == f"“{bundled.name} (copy)” moved to the trash."
    assert any((isolated_data_dir / "trash").iterdir())

    QTest.mouseClick(page.undo_delete_button, Qt.MouseButton.LeftButton)
    assert copy.is_file()
    assert not page.undo_bar.isVisible()
    restored = page.selected()
    assert restored is not None
    assert restored.path == copy
    assert load_routine(copy).name == f"{bundled.name} (copy)"


def test_the_delete_key_deletes_and_ctrl_z_undoes(
    make_window: MakeWindow, qtbot: QtBot, isolated_data_dir: Path
) -> None:
    window = make_window()
    page = window.routines_page
    QTest.mouseClick(page.duplicate_button, Qt.MouseButton.LeftButton)
    copy = isolated_data_dir / "routines" / "sciatica-relief (copy).yaml"
    page.list.setFocus()
    qtbot.waitUntil(page.list.hasFocus)
    QTest.keyClick(page.list, Qt.Key.Key_Delete)
    assert not copy.exists()
    assert page.undo_bar.isVisible()
    # The bundled routine is selected now: the Delete key does nothing to it.
    QTest.keyClick(page.list, Qt.Key.Key_Delete)
    assert BUNDLED_ROUTINE.is_file()
    QTest.keyClick(page.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert copy.is_file()
    assert not page.undo_bar.isVisible()


def test_a_routine_with_problems_can_be_deleted_but_not_duplicated(
    make_window: MakeWindow, qtbot: QtBot, isolated_data_dir: Path
) -> None:
    folder = isolated_data_dir / "routines"
    folder.mkdir(parents=True)
    broken = folder / "broken.yaml"
    broken.write_text("schema: 2\nname: Broken\nexercises: []\n", encoding="utf-8")
    window = make_window()
    page = window.routines_page
    page.list.setCurrentRow(BUNDLED_COUNT)  # the user's routines follow the bundled ones
    selected = page.selected()
    assert selected is not None
    assert selected.path == broken
    assert not page.duplicate_button.isEnabled()
    assert page.delete_button.isEnabled()
    QTest.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert not broken.exists()
    assert len(titles(window)) == BUNDLED_COUNT  # the broken one is gone


def test_a_routine_open_in_the_editor_is_not_deleted(
    make_window: MakeWindow, qtbot: QtBot, isolated_data_dir: Path
) -> None:
    window = make_window()
    page = window.routines_page
    QTest.mouseClick(page.duplicate_button, Qt.MouseButton.LeftButton)
    copy = isolated_data_dir / "routines" / "sciatica-relief (copy).yaml"
    window.edit_routine()
    editor = window.editor
    assert editor is not None
    qtbot.waitExposed(editor)
    QTest.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert copy.is_file()
    assert not page.undo_bar.isVisible()
    qtbot.waitUntil(lambda: window.findChild(WarningDialog) is not None)
    warning = window.findChild(WarningDialog)
    assert warning is not None
    assert warning.windowTitle() == "This routine is open in the editor"
    assert warning.message.text() == "Close the editor first, then delete the routine."
    warning.close()
    editor.close()
    QTest.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert not copy.exists()
