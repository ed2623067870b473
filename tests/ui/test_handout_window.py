"""File > Print handout… and File > Save handout as PDF… in the window."""

from __future__ import annotations

import subprocess
import threading
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMenu
from pytestqt.qtbot import QtBot

from homestretch.core.paths import BUNDLED_ROUTINE
from homestretch.core.routine import Routine, load_routine
from homestretch.documents.pdf import Paper
from homestretch.ui.dialogs import WarningDialog
from homestretch.ui.handout import HandoutJobs, save_handout
from tests.disk import fill, small_disk
from tests.helpers import pdf_text, poppler
from tests.ui.conftest import MakeWindow


def menu_texts(window: QMainWindow) -> list[str]:
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    return [a.text() for a in file_menu.actions()]


def pages(pdf: Path) -> int:
    info = subprocess.run(
        [poppler("pdfinfo"), str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def test_the_file_menu_has_print_and_save(make_window: MakeWindow) -> None:
    window = make_window()
    texts = menu_texts(window)
    assert "&Print handout…" in texts
    assert "Save &handout as PDF…" in texts
    assert window.print_handout_action.shortcut().toString() == "Ctrl+P"


def test_save_handout_as_pdf_writes_it_off_the_gui_thread(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    window.save_handout()
    dialog = window.handouts().dialog
    assert isinstance(dialog, QFileDialog)
    assert dialog.acceptMode() is QFileDialog.AcceptMode.AcceptSave
    assert dialog.selectedFiles()[0].endswith("sciatica-relief-handout.pdf")
    output = tmp_path / "for the patient.pdf"
    threads: list[str] = []
    jobs = window.handouts()

    def watched(routine: Routine, path: Path, paper: Paper) -> Path:  # which thread writes
        threads.append(threading.current_thread().name)
        return save_handout(routine, path, paper)

    monkeypatch.setattr("homestretch.ui.handout.save_handout", watched)
    with qtbot.waitSignal(jobs.saved, timeout=20_000) as saved:
        dialog.selectFile(str(output))
        dialog.accept()
        assert any("Making the handout" in n for n in window.notices())
    assert saved.args == [str(output)]
    assert threads
    assert threads[0] != threading.main_thread().name
    assert "Sciatica relief" in pdf_text(output)
    assert any(n == f"Handout saved: {output}" for n in window.notices())


def test_a_full_disk_is_said_in_plain_words_and_nothing_is_left(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window()
    jobs = window.handouts()
    routine = load_routine(BUNDLED_ROUTINE)
    with small_disk(tmp_path / "disk", "256k") as disk:
        fill(disk)
        output = disk / "h.pdf"
        with qtbot.waitSignal(jobs.failed, timeout=20_000) as failed:
            jobs.save(routine, output, Paper.A4)
        assert failed.args == [
            f"The handout could not be saved as {output}: No space left on device."
        ]
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), WarningDialog))
        box = QApplication.activeModalWidget()
        assert isinstance(box, WarningDialog)
        assert "No space left on device" in box.message.text()
        box.close()
        assert sorted(p.name for p in disk.iterdir()) == ["filler"]
    assert not any("Making the handout" in n for n in window.notices())


def test_printing_sends_the_handouts_pages_to_the_printer(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window()
    routine = load_routine(BUNDLED_ROUTINE)
    saved = save_handout(routine, tmp_path / "saved.pdf", Paper.LETTER)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setFullPage(True)
    from PySide6.QtGui import QPageSize

    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    jobs = window.handouts()
    with qtbot.waitSignal(jobs.printed, timeout=60_000) as printed:
        jobs.print_to(routine, printer)
    assert printed.args == [pages(saved)]
    assert pages(tmp_path / "printed.pdf") == pages(saved)
    info = subprocess.run(
        [poppler("pdfinfo"), str(tmp_path / "printed.pdf")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "612 x 792 pts" in info


def test_print_handout_opens_the_print_dialog(make_window: MakeWindow) -> None:
    window = make_window()
    window.print_handout()
    dialog = window.handouts().dialog
    assert isinstance(dialog, QPrintDialog)
    assert dialog.isVisible()
    dialog.reject()


def test_without_a_routine_it_says_to_choose_one(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    jobs = window.handouts()
    assert isinstance(jobs, HandoutJobs)
    assert window.handouts() is jobs  # one per window
    jobs.save_dialog(None)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), WarningDialog))
    box = QApplication.activeModalWidget()
    assert isinstance(box, WarningDialog)
    assert box.message.text().startswith("Choose a routine in the list first")
    box.close()
