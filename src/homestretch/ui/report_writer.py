"""The PDF report written off the GUI thread, with its progress, for the history page.

A report of years takes a second or two, and writing to a slow or full disk
longer: the page asks here and stays responsive. The worker opens the session
log again, read-only, in its own thread (a SQLite connection belongs to the
thread that made it) and writes with :func:`homestretch.documents.report.write_report`;
its progress and its end come back to the GUI thread as signals.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import suppress
from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from homestretch.core.history import HistoryError, HistoryLog
from homestretch.core.i18n import translate
from homestretch.core.stats import PeriodError
from homestretch.documents.pdf import FontError
from homestretch.documents.report import write_report
from homestretch.ui.relay import hand_back


def _write(
    log_path: Path, since: date, until: date, output: Path, today: date, tell: ReportWriter
) -> Path:
    last = [-1]

    def progress(fraction: float) -> None:
        percent = round(fraction * 100)
        if percent != last[0]:
            last[0] = percent
            tell.emit_progress(percent)

    with HistoryLog.open_readonly(log_path) as log:
        return write_report(log, since, until, output, today=today, progress=progress)


def failure_message(output: Path, exc: BaseException) -> str:
    """Why the report was not saved, in plain words naming the file."""
    if isinstance(exc, OSError):
        reason = exc.strerror or str(exc)
        return translate(
            "ReportWriter", "The report was not saved: cannot write {output}: {reason}"
        ).format(output=output, reason=reason)
    if isinstance(exc, HistoryError | PeriodError | FontError):
        return translate("ReportWriter", "The report was not saved: {problem}").format(problem=exc)
    return translate(
        "ReportWriter", "The report was not saved: an unexpected problem ({kind}: {problem})"
    ).format(kind=type(exc).__name__, problem=exc)


class ReportWriter(QObject):
    """Writes one report at a time in a background thread.

    Signals:
        progressed(int): how far the report is written, in percent.
        written(str): the report was written; its path.
        failed(str): it was not; why, in plain words naming the file.
    """

    progressed = Signal(int)
    written = Signal(str)
    failed = Signal(str)
    _progress = Signal(int)  # from the worker thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool: ThreadPoolExecutor | None = None
        self._busy = False
        self._progress.connect(self.progressed.emit)

    @property
    def busy(self) -> bool:
        """Whether a report is being written."""
        return self._busy

    def emit_progress(self, percent: int) -> None:
        """(Called from the worker thread.)"""
        with suppress(RuntimeError):  # the page is gone: the report is still written
            self._progress.emit(percent)

    def start(self, log_path: Path, since: date, until: date, output: Path, today: date) -> bool:
        """Start writing the report of ``since``..``until`` to ``output``; False (and nothing
        started) while another one is being written."""
        if self._busy:
            return False
        self._busy = True
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="report")
        future = self._pool.submit(_write, log_path, since, until, output, today, self)
        future.add_done_callback(hand_back(self, partial(self._on_finished, output)))
        return True

    def _on_finished(self, output: Path, future: Future[Path]) -> None:
        self._busy = False
        try:
            written = future.result()
        except Exception as exc:  # every failure becomes a message; the app carries on
            self.failed.emit(failure_message(output, exc))
            return
        self.written.emit(str(written))

    def close(self) -> None:
        """Let a report being written finish (its file is whole or absent), start no more."""
        if self._pool is not None:
            self._pool.shutdown(wait=False)
