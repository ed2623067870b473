#!/usr/bin/env python3
"""How long the app takes from process start to its window on screen, against a bare Qt window.

Starts child processes of this script, alternating: the real app and a bare
PySide6 ``QMainWindow`` of the same size. The app child builds everything as
``homestretch.app.run_app`` does, after parsing its command line as
``homestretch.cli`` does: the QApplication, the settings, the session log, the
real speaker (which starts the speech worker process in the background), the
main window with its screen-saver inhibitor; then it shows the window and
queues the speech cache warm-up. The app's data folder is a temporary one,
shared by all app runs (so after the first run it is a normal, not a first,
start).

The parent reads ``time.monotonic()`` just before starting a child; the child
prints ``time.monotonic()`` (``CLOCK_MONOTONIC`` is one clock for the whole
system on Linux) from a zero-delay timer queued when its window receives its
first expose event, that is once the window has been exposed and painted. The
children also print a few marks on the way (interpreter up, imports done,
QApplication, window built, ``show()`` returned) so the time can be split.
Each kind runs ``--runs`` times (default 7) after one untimed warm-up run;
the figures are the medians. The children keep compiled bytecode in a
temporary ``PYTHONPYCACHEPREFIX`` (written by the warm-up run), even where
``PYTHONDONTWRITEBYTECODE`` is set, as an installed app has its ``.pyc`` files;
``--no-bytecode-cache`` measures with the environment as it is.

Prints both medians in milliseconds and, as the last line, ``startup_ratio: R``,
median(app) / median(bare). Target: under 1.5.

Usage: ``benchmarks/startup.py [--runs N] [--window] [--importtime]
[--no-bytecode-cache]``. The children draw offscreen (``QT_QPA_PLATFORM=offscreen``)
unless ``--window`` is given and ``DISPLAY`` is set; an explicit
``QT_QPA_PLATFORM`` is respected. ``--importtime`` also runs the app child once
under ``python -X importtime`` and lists the slowest imports.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the children import Qt themselves: the parent and the bare child need no more
    from PySide6.QtWidgets import QApplication, QWidget

DEFAULT_RUNS = 7
WARMUP_RUNS = 1
TARGET_RATIO = 1.5
CHILD_TIMEOUT = 60.0
WIDTH, HEIGHT = 1280, 800
"""The bare window gets the main window's size, so both paint the same area."""
KINDS = ("app", "bare")
MARKS = ("main", "imported", "qapplication", "window", "show", "shown")
"""What the children report, in order; ``shown`` is the figure."""
MARK_PREFIX = "startup-mark"
IMPORTS_SHOWN = 15


# --------------------------------------------------------------------------- the children


def mark(name: str) -> None:
    print(f"{MARK_PREFIX} {name} {time.monotonic():.9f}", flush=True)


def child_bare() -> int:
    """A bare QMainWindow: the least any PySide6 window can cost."""
    from PySide6.QtWidgets import QApplication, QMainWindow

    mark("imported")
    app = QApplication([sys.argv[0]])
    mark("qapplication")
    window = QMainWindow()
    window.resize(WIDTH, HEIGHT)
    mark("window")
    window.show()
    mark("show")
    status = _wait_until_shown(app, window)
    window.close()
    return status


def child_app(data_dir: str) -> int:
    """The real app, started through ``homestretch.cli.main`` exactly as the command does.

    Only ``MainWindow.show`` is wrapped, to watch for the first expose the same
    way the bare child does and to quit there.
    """
    from PySide6.QtWidgets import QApplication

    from homestretch import cli
    from homestretch.ui import main_window

    mark("imported")
    original_show = main_window.MainWindow.show
    status: list[int] = []

    def show(window: main_window.MainWindow) -> None:
        mark("window")
        original_show(window)
        mark("show")
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        _watch_first_expose(app, window, status)

    main_window.MainWindow.show = show  # type: ignore[method-assign,assignment]
    os.environ["HOMESTRETCH_DATA_DIR"] = data_dir  # as a launcher would: no arguments
    code = cli.main([])
    return code or (status[0] if status else 1)


def _wait_until_shown(app: QApplication, window: QWidget) -> int:
    """Run the event loop until the window has been exposed, mark ``shown``, and quit."""
    status: list[int] = []
    _watch_first_expose(app, window, status)
    app.exec()
    return status[0] if status else 1


def _watch_first_expose(app: QApplication, window: QWidget, status: list[int]) -> None:
    """Mark ``shown`` and quit once the window has been exposed (and so painted)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    handle = window.windowHandle()
    assert handle is not None, "show() made no native window"

    def shown() -> None:
        mark("shown")
        handle.removeEventFilter(watcher)
        if handle.isExposed():
            status.append(0)
        else:
            print("startup child: the window was never exposed", file=sys.stderr)
            status.append(1)
        app.quit()

    class FirstExpose(QObject):
        """Queues ``shown`` when the window is first exposed (Qt paints it right then)."""

        def __init__(self, parent: QObject) -> None:
            super().__init__(parent)
            self.seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
            if not self.seen and event.type() == QEvent.Type.Expose:
                self.seen = True
                QTimer.singleShot(0, shown)
            return False

    watcher = FirstExpose(window)
    handle.installEventFilter(watcher)
    QTimer.singleShot(round(CHILD_TIMEOUT * 1000), app.quit)


# --------------------------------------------------------------------------- the parent


@dataclass(frozen=True)
class Run:
    kind: str
    marks: Mapping[str, float]
    """Milliseconds from just before the child was started."""

    @property
    def shown(self) -> float:
        return self.marks["shown"]


class ChildError(Exception):
    pass


def child_environment(want_window: bool, pycache: Path | None) -> dict[str, str]:
    """The children's environment: offscreen unless asked, bytecode cached in ``pycache``."""
    env = dict(os.environ)
    if want_window and not env.get("DISPLAY"):
        print("startup: --window needs DISPLAY; drawing offscreen", file=sys.stderr)
    if not (want_window and env.get("DISPLAY")):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    if pycache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def child_command(kind: str, data_dir: Path, python_options: Sequence[str] = ()) -> list[str]:
    command = [sys.executable, *python_options, str(Path(__file__).resolve()), "--child", kind]
    if kind == "app":
        command += ["--data-dir", str(data_dir)]
    return command


def run_child(kind: str, data_dir: Path, env: Mapping[str, str]) -> Run:
    command = child_command(kind, data_dir)
    started = time.monotonic()
    try:
        result = subprocess.run(
            command,
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=CHILD_TIMEOUT + 10,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise ChildError(f"the {kind} child did not finish in {CHILD_TIMEOUT + 10:g} s") from None
    marks: dict[str, float] = {}
    for line in result.stdout.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == MARK_PREFIX:
            marks[parts[1]] = (float(parts[2]) - started) * 1000
    if result.returncode != 0 or "shown" not in marks:
        tail = "\n".join(result.stderr.strip().splitlines()[-5:])
        raise ChildError(
            f"the {kind} child failed (exit {result.returncode}, marks {sorted(marks)}):\n{tail}"
        )
    return Run(kind, marks)


def import_profile(data_dir: Path, env: Mapping[str, str]) -> list[tuple[int, int, str]]:
    """One app child under ``-X importtime``: (cumulative µs, self µs, module), slowest first.

    Only modules imported by the child itself or up to two levels below.
    """
    result = subprocess.run(
        child_command("app", data_dir, ("-X", "importtime")),
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT + 10,
        check=False,
    )
    rows: list[tuple[int, int, str]] = []
    for line in result.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        own, cumulative, name = line[len("import time:") :].split("|", 2)
        depth = (len(name) - len(name.lstrip())) // 2
        if depth <= 2:
            rows.append((int(cumulative), int(own), name.rstrip()))
    return sorted(rows, reverse=True)


def phases(runs: Sequence[Run]) -> str:
    """Median time of each step, from the previous mark."""
    parts = []
    previous = ""
    for name in MARKS:
        if any(name not in r.marks for r in runs):
            continue
        step = statistics.median(
            r.marks[name] - (r.marks[previous] if previous else 0) for r in runs
        )
        parts.append(f"{name} +{step:.0f}")
        previous = name
    return ", ".join(parts)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--runs",
        type=int,
        default=DEFAULT_RUNS,
        help=f"timed runs of each kind (default {DEFAULT_RUNS})",
    )
    parser.add_argument(
        "--window",
        action="store_true",
        help="show real windows when DISPLAY is set (default: offscreen)",
    )
    parser.add_argument(
        "--importtime",
        action="store_true",
        help="also list the app child's slowest imports (python -X importtime)",
    )
    parser.add_argument(
        "--no-bytecode-cache",
        action="store_true",
        help="leave PYTHONDONTWRITEBYTECODE as it is: modules without a .pyc are compiled "
        "in every run (by default the children cache bytecode in a temporary folder)",
    )
    parser.add_argument("--child", choices=KINDS, help=argparse.SUPPRESS)
    parser.add_argument("--data-dir", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child is not None:
        mark("main")
        if args.child == "bare":
            return child_bare()
        if not args.data_dir:
            parser.error("--child app needs --data-dir")
        return child_app(args.data_dir)

    if not 1 <= args.runs <= 100:
        parser.error("--runs must be from 1 to 100")
    runs: dict[str, list[Run]] = {kind: [] for kind in KINDS}
    with tempfile.TemporaryDirectory(prefix="homestretch-startup-") as temp:
        data_dir = Path(temp) / "data"
        pycache = None if args.no_bytecode_cache else Path(temp) / "pycache"
        env = child_environment(args.window, pycache)
        try:
            for _ in range(WARMUP_RUNS):
                for kind in KINDS:
                    run_child(kind, data_dir, env)
            for index in range(args.runs):
                order = KINDS if index % 2 == 0 else KINDS[::-1]
                for kind in order:
                    runs[kind].append(run_child(kind, data_dir, env))
            profile = import_profile(data_dir, env) if args.importtime else []
        except ChildError as exc:
            print(f"startup: {exc}", file=sys.stderr)
            return 1

    if env.get("PYTHONDONTWRITEBYTECODE"):
        bytecode = "not cached (PYTHONDONTWRITEBYTECODE): modules without a .pyc compiled each run"
    elif pycache is not None:
        bytecode = "cached by the warm-up run in a temporary PYTHONPYCACHEPREFIX"
    else:
        bytecode = "as the environment has it"
    print(
        f"platform: QT_QPA_PLATFORM={env.get('QT_QPA_PLATFORM', '(unset)')}; "
        f"{args.runs} timed runs of each kind, alternating, after {WARMUP_RUNS} warm-up run; "
        f"bytecode {bytecode}"
    )
    medians = {}
    for kind in KINDS:
        shown = [r.shown for r in runs[kind]]
        medians[kind] = statistics.median(shown)
        print(
            f"{kind}: median {medians[kind]:.0f} ms (min {min(shown):.0f}, max {max(shown):.0f}); "
            f"runs {' '.join(f'{s:.0f}' for s in shown)}"
        )
        print(f"  {kind} steps (ms, medians): {phases(runs[kind])}")
    if profile:
        print(
            f"slowest imports in the app child (cumulative ms, top {IMPORTS_SHOWN}; "
            "a module several import is charged to the first):"
        )
        for cumulative, own, name in profile[:IMPORTS_SHOWN]:
            print(f"  {cumulative / 1000:7.1f} (self {own / 1000:5.1f})  {name}")
    ratio = medians["app"] / medians["bare"]
    print(f"startup_app_ms: {medians['app']:.0f}")
    print(f"startup_bare_ms: {medians['bare']:.0f}")
    print(f"target: under {TARGET_RATIO:g}: {'met' if ratio < TARGET_RATIO else 'NOT met'}")
    print(f"startup_ratio: {ratio:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
