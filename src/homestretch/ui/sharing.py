"""Sharing routines from the window: File > Export routine… and opening a ``.homestretch`` file.

The work is :mod:`homestretch.core.package`'s; this module only asks (where to
save, whether to replace) and shows what happened. Both run on the GUI thread:
an archive holds a routine of at most 1 MB and its pictures, bounded by
:data:`~homestretch.core.package.MAX_TOTAL_BYTES` (a shared routine is usually a
few small files; ``benchmarks/share_routine.py`` times the largest one allowed).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from homestretch.core.formatting import plural
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

if TYPE_CHECKING:
    from homestretch.ui.main_window import MainWindow

FILE_FILTER = f"Shared routines (*{PACKAGE_SUFFIX})"


def is_package(path: Path) -> bool:
    return path.name.lower().endswith(PACKAGE_SUFFIX)


# --------------------------------------------------------------------------- export


def export_dialog(window: MainWindow) -> QFileDialog | None:
    """Ask where to save the selected routine as a ``.homestretch`` file, then save it there.

    Returns the dialog (opened, not exec()'d), or None when no usable routine is selected.
    """
    entry = window.routines_page.selected()
    if entry is None or entry.routine is None:
        warn(
            window,
            title="No routine to export",
            text="Choose a routine that works in the list first, then export it.",
        )
        return None
    source = entry.path
    dialog = QFileDialog(
        window,
        f"Export “{entry.routine.name}”",
        str(Path.home() / f"{source.stem}{PACKAGE_SUFFIX}"),
        FILE_FILTER,
    )
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix(PACKAGE_SUFFIX[1:])
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.fileSelected.connect(lambda name: export_to(window, source, Path(name)))
    dialog.open()
    return dialog


def export_to(window: MainWindow, source: Path, output: Path) -> bool:
    """Write the routine file ``source`` and its pictures to ``output``; a problem is shown."""
    if not is_package(output):
        output = output.with_name(output.name + PACKAGE_SUFFIX)
    try:
        export_routine(source, output)
    except RoutineError as exc:
        warn(
            window,
            title=f"“{source.name}” cannot be exported",
            text=f"This routine has {plural(len(exc.problems), 'problem')}; "
            "fix them before sending it:",
            details="\n".join(str(p) for p in exc.problems),
        )
        return False
    except PackageError as exc:
        warn(window, title=f"“{source.name}” cannot be exported", text=str(exc))
        return False
    except OSError as exc:
        warn(
            window,
            title=f"“{output.name}” could not be saved",
            text=f"It could not be written in {output.parent}: {exc.strerror or exc}",
        )
        return False
    return True


# --------------------------------------------------------------------------- opening


def add_package(window: MainWindow, path: Path) -> bool:
    """Check a ``.homestretch`` file and add its routine as File > Open adds a routine file.

    Returns True when it is added at once; False when it cannot be used (why is
    shown, and nothing is written) or when a question asks first whether to
    replace a routine added before from a file of the same name.
    """
    try:
        package = check_package(path)
    except RoutineError as exc:
        warn(
            window,
            title=f"“{path.name}” cannot be used",
            text=f"The routine in it has {plural(len(exc.problems), 'problem')}:",
            details="\n".join(str(p) for p in exc.problems),
        )
        return False
    except (PackageError, OSError) as exc:
        _cannot_open(window, path, exc)
        return False
    taken = taken_by(package, window.paths.user_routines_dir)
    if taken is None:
        return _copy(window, path, IfTaken.KEEP_BOTH)
    _ask_replace(window, package, taken)
    return False


def _ask_replace(window: MainWindow, package: Package, taken: Path) -> None:
    answers = (IfTaken.REPLACE, IfTaken.KEEP_BOTH)
    name = package.routine_name
    kept = kept_name(Path(name), window.paths.user_routines_dir)

    def answered(choice: int | None) -> None:
        if choice is not None:
            _copy(window, package.path, answers[choice])

    choose(
        window,
        title=f"“{name}” is already among your routines",
        text=f"You added a routine from a file named “{name}” before. "
        f"Replace it with the one in “{package.path.name}”, or keep both?",
        detail=f"The one you have is in {taken}. Keep both adds this one "
        f"with a number after its name, as “{kept}”.",
        choices=["Replace", "Keep both"],
        cancel="Cancel",
        default=answers.index(IfTaken.KEEP_BOTH),  # Enter loses nothing
        answered=answered,
    )


def _copy(window: MainWindow, path: Path, if_taken: IfTaken) -> bool:
    user_dir = window.paths.user_routines_dir
    try:
        target = import_package(path, user_dir, if_taken=if_taken)
    except RoutineError as exc:  # it changed since it was checked
        warn(
            window,
            title=f"“{path.name}” cannot be used",
            text=f"The routine in it has {plural(len(exc.problems), 'problem')}:",
            details="\n".join(str(p) for p in exc.problems),
        )
        return False
    except PackageError as exc:
        _cannot_open(window, path, exc)
        return False
    except OSError as exc:
        warn(
            window,
            title=f"“{path.name}” could not be added",
            text=f"It could not be copied into {user_dir}: {exc.strerror or exc}",
        )
        return False
    window.reload_routines(select=str(target))
    if window.stack.currentWidget() is not window.routines_page:
        window.show_routines()
    window.routines_page.list.setFocus()
    return True


def _cannot_open(window: MainWindow, path: Path, exc: PackageError | OSError) -> None:
    text = str(exc) if isinstance(exc, PackageError) else f"{path}: {exc.strerror or exc}"
    warn(window, title=f"“{path.name}” cannot be opened", text=text)
