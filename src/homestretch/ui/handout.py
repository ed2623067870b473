"""The handout from the window: File > Print handout… and File > Save handout as PDF….

The handout is made by :mod:`homestretch.documents` (the same PDF the command
line writes) in a background thread, never on the GUI thread. Printing draws
that PDF's pages onto the printer with QtPdf, in the same thread (Qt paints on
a printer from any thread), so what is printed is what is saved.
"""

from __future__ import annotations

import math
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QLocale, QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget

from homestretch.documents.pdf import Paper
from homestretch.ui.relay import hand_back

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

    from homestretch.core.routine import Routine

PRINT_DPI: Final = 300
"""Pages are drawn onto the printer at this resolution (sharp, and a page's image stays
about 35 MB)."""
SAVED_NOTICE_MS: Final = 10_000
"""How long "Handout saved: ..." stays in the window."""


class HandoutError(Exception):
    """The handout could not be printed; the message says why in plain words."""


def default_paper() -> Paper:
    """US Letter where the locale measures in inches (the United States), A4 elsewhere."""
    imperial = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return Paper.LETTER if imperial else Paper.A4


def printer_paper(printer: QPrinter) -> Paper:
    """The handout's paper for a printer: Letter if it is set to Letter, else A4."""
    size = printer.pageLayout().pageSize().id()
    return Paper.LETTER if size == QPageSize.PageSizeId.Letter else Paper.A4


def handout_bytes(routine: Routine, paper: Paper) -> bytes:
    from homestretch.documents.handout import build_handout, handout_pdf

    return handout_pdf(build_handout(routine), paper)


def save_handout(routine: Routine, output: Path, paper: Paper) -> Path:
    """Write the handout (in a worker thread)."""
    from homestretch.documents.handout import write_handout

    return write_handout(routine, output, paper)


def print_handout(routine: Routine, printer: QPrinter) -> int:
    """Print the handout's pages on ``printer`` (in a worker thread); how many were printed.

    Raises:
        HandoutError: the PDF could not be read back or the printer could not start.
    """
    pdf = handout_bytes(routine, printer_paper(printer))
    with tempfile.TemporaryDirectory(prefix="homestretch-print-") as folder:
        path = Path(folder) / "handout.pdf"
        path.write_bytes(pdf)
        document = QPdfDocument()
        try:
            if document.load(str(path)) != QPdfDocument.Error.None_:
                raise HandoutError("the handout could not be prepared for printing")
            count = document.pageCount()
            first = max(1, printer.fromPage() or 1)
            last = min(count, printer.toPage() or count)
            painter = QPainter()
            if not painter.begin(printer):
                raise HandoutError("the printer could not be started")
            try:
                for number in range(first, last + 1):
                    if number > first:
                        printer.newPage()
                    _draw_page(painter, document, number - 1)
            finally:
                painter.end()
        finally:
            document.close()
    return last - first + 1


def _draw_page(painter: QPainter, document: QPdfDocument, index: int) -> None:
    """Page ``index`` of ``document``, fitted (it is the printer's paper size) and centred."""
    points = document.pagePointSize(index)
    pixels = QSize(
        math.ceil(points.width() * PRINT_DPI / 72), math.ceil(points.height() * PRINT_DPI / 72)
    )
    image = document.render(index, pixels)
    area = painter.viewport()
    scale = min(area.width() / pixels.width(), area.height() / pixels.height())
    width, height = round(pixels.width() * scale), round(pixels.height() * scale)
    target = QRect(
        area.x() + (area.width() - width) // 2, area.y() + (area.height() - height) // 2, 0, 0
    )
    target.setSize(QSize(width, height))
    painter.save()
    painter.resetTransform()
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.drawImage(target, image)
    painter.restore()


class HandoutJobs(QObject):
    """Makes handouts in one background thread, for one window.

    Signals:
        saved(str): the handout was written to this file.
        printed(int): this many pages went to the printer.
        failed(str): the handout could not be saved or printed; why, in a sentence.
    """

    saved = Signal(str)
    printed = Signal(int)
    failed = Signal(str)

    def __init__(self, window: QWidget, notice: Callable[[str], None]) -> None:
        super().__init__(window)
        self.window = window
        self._notice = notice
        self._pool: ThreadPoolExecutor | None = None
        self._clear = QTimer(self)
        self._clear.setSingleShot(True)
        self._clear.timeout.connect(lambda: self._notice(""))
        self.dialog: QWidget | None = None
        """The save or print dialog last opened (for tests)."""

    # -- from the menu

    def save_dialog(self, routine: Routine | None) -> None:
        """Ask where to save the handout of ``routine``, then save it there."""
        if not self._have(routine):
            return
        assert routine is not None
        stem = routine.source.stem if routine.source is not None else "routine"
        dialog = QFileDialog(
            self.window,
            self.tr("Save the handout as PDF"),
            str(Path.home() / f"{stem}-handout.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda name: self.save(routine, Path(name), default_paper()))
        self.dialog = dialog
        dialog.open()

    def print_dialog(self, routine: Routine | None) -> None:
        """Show the print dialog; print the handout of ``routine`` when it is accepted."""
        if not self._have(routine):
            return
        assert routine is not None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)  # the PDF's pages carry their own margins
        size = QPageSize.PageSizeId.Letter if default_paper() is Paper.LETTER else None
        if size is not None:
            printer.setPageSize(QPageSize(size))
        printer.setDocName(routine.name)
        dialog = QPrintDialog(printer, self.window)
        dialog.setWindowTitle(self.tr("Print the handout"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda *_: self.print_to(routine, printer))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog = dialog
        dialog.show()  # (as open() does; the window's timers and speech go on meanwhile)

    def _have(self, routine: Routine | None) -> bool:
        if routine is not None:
            return True
        from homestretch.ui.dialogs import warn

        warn(
            self.window,
            title=self.tr("No routine chosen"),
            text=self.tr("Choose a routine in the list first: the handout is made from it."),
        )
        return False

    # -- the work

    def save(self, routine: Routine, output: Path, paper: Paper) -> None:
        """Write the handout of ``routine`` to ``output`` in the background."""
        self._notice(self.tr("Making the handout: {name}…").format(name=output.name))
        self._submit(("save", output), save_handout, routine, output, paper)

    def print_to(self, routine: Routine, printer: QPrinter) -> None:
        """Print the handout of ``routine`` on ``printer`` in the background."""
        self._notice(self.tr("Printing the handout…"))
        self._submit(("print", printer), print_handout, routine, printer)

    def _submit(self, what: tuple[str, object], work: Callable[..., object], *args: object) -> None:
        self._clear.stop()
        if self._pool is None:
            from concurrent.futures import ThreadPoolExecutor

            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="handout")
        future = self._pool.submit(work, *args)
        future.add_done_callback(hand_back(self, partial(self._on_finished, what)))

    def _on_finished(self, what: tuple[str, object], future: Future[object]) -> None:
        kind, target = what
        try:
            result = future.result()
        except OSError as exc:
            reason = exc.strerror or str(exc)
            self._fail(
                self.tr("The handout could not be saved as {target}: {reason}.").format(
                    target=target, reason=reason
                )
            )
            return
        except Exception as exc:  # a font missing, a printer that would not start...
            failed = (
                self.tr("The handout could not be saved: {problem}.")
                if kind == "save"
                else self.tr("The handout could not be printed: {problem}.")
            )
            self._fail(failed.format(problem=exc))
            return
        if kind == "save":
            self._notice(self.tr("Handout saved: {path}").format(path=result))
            self._clear.start(SAVED_NOTICE_MS)
            self.saved.emit(str(result))
        else:
            self._notice(self.tr("The handout was sent to the printer."))
            self._clear.start(SAVED_NOTICE_MS)
            self.printed.emit(int(str(result)))

    def _fail(self, message: str) -> None:
        from homestretch.ui.dialogs import warn

        self._notice("")
        warn(self.window, title=self.tr("Handout"), text=message)
        self.failed.emit(message)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)


def jobs_of(window: QWidget, notice: Callable[[str], None]) -> HandoutJobs:
    """The window's handout jobs (made the first time)."""
    jobs = window.findChild(HandoutJobs)
    if isinstance(jobs, HandoutJobs):
        return jobs
    return HandoutJobs(window, notice)
