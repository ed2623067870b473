"""Sharing from the window: File > Export routine… writes a ``.homestretch`` file; File > Open,
dropping one and ``homestretch FILE.homestretch`` add its routine and pictures, asking before
replacing; a hostile or broken one is shown in plain words and nothing is added."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu
from pytestqt.qtbot import QtBot

from homestretch.core.package import check_package, export_routine
from homestretch.core.paths import BUNDLED_ROUTINE
from homestretch.core.routine import load_routine
from homestretch.ui.dialogs import WarningDialog
from homestretch.ui.main_window import MainWindow
from homestretch.ui.sharing import export_to, worker
from tests.core.test_package import PNG, ROUTINE, archive, good_files, physio_routine
from tests.disk import fill, small_disk
from tests.ui.conftest import MakeWindow
from tests.ui.test_open_routine import answer, drop, question, run_command, user_routine_files


def shared_routine(tmp_path: Path, name: str, folder: str = "mail") -> Path:
    source = physio_routine(tmp_path / "physio" / folder, name)
    (tmp_path / folder).mkdir(exist_ok=True)
    shared = tmp_path / folder / "plan.homestretch"
    export_routine(source, shared)
    return shared


def warning(qtbot: QtBot) -> WarningDialog:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), WarningDialog))
    box = QApplication.activeModalWidget()
    assert isinstance(box, WarningDialog)
    return box


def file_dialog(qtbot: QtBot) -> QFileDialog:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QFileDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QFileDialog)
    return dialog


PLAN_FILES = ["plan/calf.svg", "plan/pictures/knee.png", "plan/plan.yaml"]


def user_files(data: Path) -> list[str]:
    routines = data / "routines"
    return sorted(str(p.relative_to(routines)) for p in routines.rglob("*") if p.is_file())


def test_the_command_with_a_shared_routine_opens_the_window_on_it(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, isolated_data_dir: Path, tmp_path: Path
) -> None:
    shared = shared_routine(tmp_path, "Sent by mail")
    copy = isolated_data_dir / "routines" / "plan" / "plan.yaml"

    def step(window: MainWindow) -> bool:
        entry = window.routines_page.selected()
        return entry is not None and entry.path == copy and window.ready_to_start()

    status, window = run_command(monkeypatch, ["--mute", str(shared)], step)
    assert status == 0
    assert window.routines_page.selected().title == "Sent by mail"  # type: ignore[union-attr]
    assert user_files(isolated_data_dir) == PLAN_FILES
    assert (copy.parent / "pictures" / "knee.png").read_bytes() == PNG


def test_file_open_takes_a_shared_routine(
    qtbot: QtBot, make_window: MakeWindow, isolated_data_dir: Path, tmp_path: Path
) -> None:
    window = make_window()
    shared = shared_routine(tmp_path, "Chosen")
    window.open_action.trigger()
    dialog = file_dialog(qtbot)
    assert "*.homestretch" in dialog.nameFilters()[0]
    dialog.selectFile(str(shared))
    share = worker(window)
    with qtbot.waitSignal(share.idle, timeout=20_000):
        dialog.accept()
        # Checked and copied in the background: the window goes on, showing it is busy.
        assert share.busy
        cursor = QGuiApplication.overrideCursor()
        assert cursor is not None
        assert cursor.shape() == Qt.CursorShape.BusyCursor
    assert QGuiApplication.overrideCursor() is None
    assert window.routines_page.selected().title == "Chosen"  # type: ignore[union-attr]
    assert user_files(isolated_data_dir) == PLAN_FILES


def test_a_full_disk_is_named_and_the_routine_there_stays(
    qtbot: QtBot, make_window: MakeWindow, isolated_data_dir: Path, tmp_path: Path
) -> None:
    window = make_window()
    routines = isolated_data_dir / "routines"
    with small_disk(routines):
        drop(window, shared_routine(tmp_path, "Old", "january"))
        qtbot.waitUntil(lambda: window.routines_page.selected().title == "Old")  # type: ignore[union-attr]
        filler = fill(routines)
        drop(window, shared_routine(tmp_path, "New", "march"))
        answer(question(qtbot), "Replace")
        box = warning(qtbot)
        assert box.windowTitle() == "“plan.homestretch” could not be added"
        assert box.message.text() == (
            f"It could not be copied into {routines}: No space left on device"
        )
        box.close()
        filler.unlink()
        assert load_routine(routines / "plan" / "plan.yaml").name == "Old"
        assert sorted(p.name for p in routines.iterdir()) == ["plan"]


def test_dropping_a_shared_routine_of_a_taken_name_asks_first(
    qtbot: QtBot, make_window: MakeWindow, isolated_data_dir: Path, tmp_path: Path
) -> None:
    window = make_window()
    drop(window, shared_routine(tmp_path, "First", "january"))
    qtbot.waitUntil(lambda: window.routines_page.selected().title == "First")  # type: ignore[union-attr]
    second = shared_routine(tmp_path, "Second", "march")
    drop(window, second)
    box = question(qtbot)
    assert box.windowTitle() == "“plan.yaml” is already among your routines"
    assert box.text() == (
        "You added a routine from a file named “plan.yaml” before. "
        "Replace it with the one in “plan.homestretch”, or keep both?"
    )
    assert box.informativeText().endswith("as “plan (2).yaml”.")
    assert box.defaultButton().text() == "Keep both"
    assert user_routine_files(isolated_data_dir) == ["plan/plan.yaml"]
    answer(box, "Replace")
    qtbot.waitUntil(lambda: window.routines_page.selected().title == "Second")  # type: ignore[union-attr]
    assert user_files(isolated_data_dir) == PLAN_FILES
    qtbot.waitUntil(window.ready_to_start)


def test_cancelling_the_question_adds_nothing(
    qtbot: QtBot, make_window: MakeWindow, isolated_data_dir: Path, tmp_path: Path
) -> None:
    window = make_window()
    assert not window.add_routine(shared_routine(tmp_path, "First", "january"))  # not at once
    qtbot.waitUntil(lambda: window.routines_page.selected().title == "First")  # type: ignore[union-attr]
    assert not window.add_routine(shared_routine(tmp_path, "Second", "march"))
    answer(question(qtbot), "Cancel")
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert load_routine(isolated_data_dir / "routines" / "plan" / "plan.yaml").name == "First"
    assert user_routine_files(isolated_data_dir) == ["plan/plan.yaml"]


def test_a_hostile_archive_is_named_in_plain_words_and_nothing_is_added(
    qtbot: QtBot, make_window: MakeWindow, isolated_data_dir: Path, tmp_path: Path
) -> None:
    window = make_window()
    shared = tmp_path / "slip.homestretch"
    with zipfile.ZipFile(shared, "w") as zip_file:
        zip_file.writestr("<b>../evil.png</b>", PNG)
        zip_file.writestr("../evil.png", PNG)
    assert not window.add_routine(shared)
    box = warning(qtbot)
    assert box.windowTitle() == "“slip.homestretch” cannot be opened"
    assert box.message.text() == (
        f"{shared} holds a file named '<b>../evil.png</b>', which holds '<', a character "
        "not every system allows in a file name; the file is refused as unsafe"
    )
    assert box.message.textFormat().name == "PlainText"
    box.close()
    assert not (isolated_data_dir / "routines").exists()
    assert not (tmp_path.parent / "evil.png").exists()


def test_a_broken_routine_inside_is_shown_with_its_lines(
    qtbot: QtBot, make_window: MakeWindow, isolated_data_dir: Path, tmp_path: Path
) -> None:
    window = make_window()
    broken = ROUTINE.replace("sitting", "sat", 1).encode()
    archive(tmp_path / "b.homestretch", {**good_files(), "plan.yaml": broken})
    drop(window, tmp_path / "b.homestretch")
    box = warning(qtbot)
    assert box.windowTitle() == "“b.homestretch” cannot be used"
    assert box.message.text() == "The routine in it has 1 problem:"
    assert box.details.toPlainText().startswith(f"{tmp_path / 'b.homestretch'}/plan.yaml:7:15: ")
    assert "'sat'" in box.details.toPlainText()
    box.close()
    assert not (isolated_data_dir / "routines").exists()


def test_export_saves_the_selected_routine_where_asked(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window()
    entry = window.routines_page.selected()
    assert entry is not None
    assert entry.path == BUNDLED_ROUTINE
    assert window.export_action.text() == "&Export routine…"
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    assert window.export_action in file_menu.actions()
    window.export_action.trigger()
    dialog = file_dialog(qtbot)
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    assert Path(dialog.selectedFiles()[0]).name == "sciatica-relief.homestretch"
    dialog.selectFile(str(tmp_path / "for-anna"))
    dialog.accept()
    saved = tmp_path / "for-anna.homestretch"
    share = worker(window)
    qtbot.waitUntil(lambda: not share.busy)
    assert check_package(saved).routine.sha256 == load_routine(BUNDLED_ROUTINE).sha256
    assert QApplication.activeModalWidget() is None
    page = window.routines_page
    assert page.undo_bar.isVisible()
    assert page.deleted_label.text() == f"Exported sciatica-relief.yaml to {saved}"
    assert page.deleted_label.textFormat() == Qt.TextFormat.PlainText
    assert not page.undo_delete_button.isVisible()


def test_an_export_with_pictures_names_them_and_a_delete_still_offers_undo(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window()
    page = window.routines_page
    export_to(window, physio_routine(tmp_path / "physio"), tmp_path / "plan")
    qtbot.waitUntil(lambda: page.undo_bar.isVisible())
    shared = tmp_path / "plan.homestretch"
    assert page.deleted_label.text() == f"Exported plan.yaml and 2 pictures to {shared}"
    page.show_deleted("Mine")
    assert page.undo_delete_button.isVisible()
    assert page.deleted_label.text() == "“Mine” moved to the trash."


def test_an_export_that_cannot_be_written_says_why(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window()
    export_to(window, BUNDLED_ROUTINE, tmp_path / "gone" / "x.homestretch")
    box = warning(qtbot)
    assert box.windowTitle() == "“x.homestretch” could not be saved"
    assert box.message.text().startswith(f"It could not be written in {tmp_path / 'gone'}: ")
    box.close()


def test_a_routine_with_a_missing_picture_is_not_exported(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window()
    source = physio_routine(tmp_path / "physio")
    (source.parent / "calf.svg").unlink()
    export_to(window, source, tmp_path / "plan.homestretch")
    box = warning(qtbot)
    assert box.windowTitle() == "“plan.yaml” cannot be exported"
    assert box.message.text() == "This routine has 1 problem; fix them before sending it:"
    assert "picture 'calf.svg' not found" in box.details.toPlainText()
    box.close()
    assert not (tmp_path / "plan.homestretch").exists()
