"""Sharing routines from the window: File > Export routine… and opening a ``.homestretch`` file.

The work is :mod:`homestretch.core.package`'s; this module only asks (where to
save, whether to replace) and shows what happened. Writing and checking an
archive is done in a background thread (:class:`ShareWorker`), since the
largest one allowed (64 MB of pictures) takes a second or more to check and
copy (``benchmarks/share_routine.py``); the results come back to the GUI
thread through a signal. The pointer shows the app is busy meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from homestretch.core.i18n import QT_TRANSLATE_NOOP, translate
from homestretch.core.library import IfTaken, kept_name
from homestretch.core.package import (
    PACKAGE_SUFFIX,
    Package,
    PackageError,
    check_package,
    export_routine,
    import_package,
    taken_by,
)
from homestretch.core.routine import RoutineError
from homestretch.ui.dialogs import choose, warn
from homestretch.ui.relay import hand_back

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

    from homestretch.ui.main_window import MainWindow

FILE_FILTER = QT_TRANSLATE_NOOP("Sharing", "Shared routines (*{suffix})")
"""(Translated, and its suffix put in, where it is used.)"""


def is_package(path: Path) -> bool:
    return path.name.lower().endswith(PACKAGE_SUFFIX)


class ShareWorker(QObject):
    """Runs jobs one after another in a background thread; each job's ``then`` gets its
    future back on the GUI thread. A child of the window, found with :func:`worker`.

    Signals:
        idle(): the last job is done.
    """

    idle = Signal()

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._pool: ThreadPoolExecutor | None = None
        self._pending = 0

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def run(self, job: Callable[[], Any], then: Callable[[Future[Any]], None]) -> None:
        if self._pool is None:
            from concurrent.futures import ThreadPoolExecutor

            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="share")
        if self._pending == 0:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self._pending += 1
        future = self._pool.submit(job)
        future.add_done_callback(hand_back(self, partial(self._on_finished, then)))

    def _on_finished(self, then: Callable[[Future[Any]], None], future: Future[Any]) -> None:
        self._pending -= 1
        if self._pending == 0:
            QGuiApplication.restoreOverrideCursor()
        try:
            then(future)
        finally:
            if self._pending == 0:
                self.idle.emit()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)


def worker(window: MainWindow) -> ShareWorker:
    """The window's :class:`ShareWorker` (made when first needed)."""
    found = window.findChild(ShareWorker)
    return found if isinstance(found, ShareWorker) else ShareWorker(window)


# --------------------------------------------------------------------------- export


def export_dialog(window: MainWindow) -> QFileDialog | None:
    """Ask where to save the selected routine as a ``.homestretch`` file, then save it there.

    Returns the dialog (opened, not exec()'d), or None when no usable routine is selected.
    """
    entry = window.routines_page.selected()
    if entry is None or entry.routine is None:
        warn(
            window,
            title=translate("Sharing", "No routine to export"),
            text=translate(
                "Sharing", "Choose a routine that works in the list first, then export it."
            ),
        )
        return None
    source = entry.path
    dialog = QFileDialog(
        window,
        translate("Sharing", "Export “{name}”").format(name=entry.routine.name),
        str(Path.home() / f"{source.stem}{PACKAGE_SUFFIX}"),
        translate("Sharing", FILE_FILTER).format(suffix=PACKAGE_SUFFIX),
    )
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix(PACKAGE_SUFFIX[1:])
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.fileSelected.connect(lambda name: export_to(window, source, Path(name)))
    dialog.open()
    return dialog


def export_to(window: MainWindow, source: Path, output: Path) -> None:
    """Write the routine file ``source`` and its pictures to ``output`` (in the background);
    a problem is shown when it is known."""
    if not is_package(output):
        output = output.with_name(output.name + PACKAGE_SUFFIX)
    worker(window).run(
        partial(export_routine, source, output), partial(_exported, window, source, output)
    )


def _exported(window: MainWindow, source: Path, output: Path, future: Future[Any]) -> None:
    try:
        manifest = future.result()
    except RoutineError as exc:
        count = len(exc.problems)
        warn(
            window,
            title=translate("Sharing", "“{name}” cannot be exported").format(name=source.name),
            text=translate(
                "Sharing", "This routine has %n problem(s); fix them before sending it:", "", count
            ),
            details="\n".join(str(p) for p in exc.problems),
        )
    except PackageError as exc:
        warn(
            window,
            title=translate("Sharing", "“{name}” cannot be exported").format(name=source.name),
            text=str(exc),
        )
    except OSError as exc:
        warn(
            window,
            title=translate("Sharing", "“{name}” could not be saved").format(name=output.name),
            text=translate("Sharing", "It could not be written in {parent}: {value}").format(
                parent=output.parent, value=exc.strerror or exc
            ),
        )
    else:
        count = len(manifest.members) - 1
        done = (
            translate("Sharing", "Exported {routine} and %n picture(s) to {output}", "", count)
            if count
            else translate("Sharing", "Exported {routine} to {output}")
        )
        window.routines_page.show_done(done.format(routine=manifest.routine, output=output))


# --------------------------------------------------------------------------- opening


def add_package(window: MainWindow, path: Path) -> None:
    """Check a ``.homestretch`` file and add its routine as File > Open adds a routine file.

    Both happen in the background. A file that cannot be used is shown (why,
    in plain words) and nothing is written; when the user's routines hold one
    added from a file of the same name, a question asks first whether to
    replace it or keep both. Once added, the routine is selected and shown.
    """
    worker(window).run(partial(check_package, path), partial(_checked, window, path))


def _checked(window: MainWindow, path: Path, future: Future[Package]) -> None:
    try:
        package = future.result()
    except (RoutineError, PackageError, OSError) as exc:
        _cannot_use(window, path, exc)
        return
    taken = taken_by(package, window.paths.user_routines_dir)
    if taken is None:
        _copy(window, path, IfTaken.KEEP_BOTH)
    else:
        _ask_replace(window, package, taken)


def _ask_replace(window: MainWindow, package: Package, taken: Path) -> None:
    answers = (IfTaken.REPLACE, IfTaken.KEEP_BOTH)
    name = package.routine_name
    kept = kept_name(Path(name), window.paths.user_routines_dir)

    def answered(choice: int | None) -> None:
        if choice is not None:
            _copy(window, package.path, answers[choice])

    choose(
        window,
        title=translate("Sharing", "“{name}” is already among your routines").format(name=name),
        text=translate(
            "Sharing",
            "You added a routine from a file named “{name}” before. Replace it with the one in "
            "“{name2}”, or keep both?",
        ).format(name=name, name2=package.path.name),
        detail=translate(
            "Sharing",
            "The one you have is in {taken}. Keep both adds this one with a number after its "
            "name, as “{kept}”.",
        ).format(taken=taken, kept=kept),
        choices=[translate("Sharing", "Replace"), translate("Sharing", "Keep both")],
        cancel=translate("Sharing", "Cancel"),
        default=answers.index(IfTaken.KEEP_BOTH),  # Enter loses nothing
        answered=answered,
    )


def _copy(window: MainWindow, path: Path, if_taken: IfTaken) -> None:
    user_dir = window.paths.user_routines_dir
    job = partial(import_package, path, user_dir, if_taken=if_taken)
    worker(window).run(job, partial(_copied, window, path))


def _copied(window: MainWindow, path: Path, future: Future[Path]) -> None:
    try:
        target = future.result()
    except (RoutineError, PackageError) as exc:  # it changed since it was checked
        _cannot_use(window, path, exc)
        return
    except OSError as exc:
        warn(
            window,
            title=translate("Sharing", "“{name}” could not be added").format(name=path.name),
            text=translate(
                "Sharing", "It could not be copied into {user_routines_dir}: {value}"
            ).format(user_routines_dir=window.paths.user_routines_dir, value=exc.strerror or exc),
        )
        return
    window.reload_routines(select=str(target))
    if window.stack.currentWidget() is not window.routines_page:
        window.show_routines()
    window.routines_page.list.setFocus()


def _cannot_use(window: MainWindow, path: Path, exc: RoutineError | PackageError | OSError) -> None:
    if isinstance(exc, RoutineError):
        count = len(exc.problems)
        warn(
            window,
            title=translate("Sharing", "“{name}” cannot be used").format(name=path.name),
            text=translate("Sharing", "The routine in it has %n problem(s):", "", count),
            details="\n".join(str(p) for p in exc.problems),
        )
        return
    text = str(exc) if isinstance(exc, PackageError) else f"{path}: {exc.strerror or exc}"
    warn(
        window,
        title=translate("Sharing", "“{name}” cannot be opened").format(name=path.name),
        text=text,
    )
