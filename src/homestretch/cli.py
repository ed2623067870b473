"""The command line: ``homestretch [--data-dir DIR] [COMMAND ...]``.

Without a command the window opens. Commands print to stdout, problems to
stderr, and never a traceback: an unexpected failure is written to a crash
report in the log folder and summarised in one line.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from homestretch import APP_NAME, __version__
from homestretch.core.paths import AppPaths

if TYPE_CHECKING:
    import argparse
    from datetime import date

    from homestretch.core.history import SessionRecord
    from homestretch.core.routine import Routine
    from homestretch.core.timeline import Timeline

# Commands import what they need when they run: opening the window should not
# wait for the session log, YAML or the command-line helpers to load.

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


def _speed(text: str) -> float:
    import argparse

    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0.1 <= value <= 1000:
        raise argparse.ArgumentTypeError("choose a speed from 0.1 to 1000")
    return value


def build_parser() -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(
        prog="homestretch",
        description=f"{APP_NAME}: guided home exercises for low back pain with leg pain. "
        "Without a command, the window opens; with a routine file (homestretch FILE.yaml), "
        "the window opens on that routine, added to your routines "
        "(a shared routine, homestretch FILE.homestretch, too).",
    )
    parser.add_argument("--version", action="version", version=f"homestretch {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="keep the session log, your routines and settings in DIR "
        "(default: the usual per-user folders; also HOMESTRETCH_DATA_DIR)",
    )
    parser.add_argument(
        "--speed",
        metavar="FACTOR",
        type=_speed,
        default=1.0,
        help="run the session clock FACTOR times faster (for demonstrations and tests)",
    )
    parser.add_argument("--mute", action="store_true", help="start with speech and sounds off")
    parser.add_argument(
        "--tray",
        action="store_true",
        help="start hidden in the tray when reminders are on (used at login)",
    )
    parser.add_argument(
        "--start",
        action="store_true",
        help="start the selected routine's session as soon as the window is ready "
        '(the menu entry "Start today\'s session")',
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="check that the window and a session work: open the window (offscreen without "
        "a display), run one second of a session and quit; exit 0 if it ran. Without "
        "--data-dir, in a temporary folder that is deleted after",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("list", help="list the bundled routines and your own")
    validate = commands.add_parser(
        "validate", help="check routine files; exit 1 if any has a problem"
    )
    validate.add_argument(
        "files", nargs="+", metavar="ROUTINE", help="routine files, or installed routines' names"
    )
    preview = commands.add_parser("preview", help="show a routine's timeline, cues and total time")
    preview.add_argument(
        "file", metavar="ROUTINE", help="a routine file, or the name of an installed routine"
    )
    preview.add_argument("--json", action="store_true", help="print the timeline as JSON")
    history = commands.add_parser("history", help="show the session log")
    export = history.add_mutually_exclusive_group()
    export.add_argument(
        "--csv", action="store_true", help="print one CSV row per session (docs/history.md)"
    )
    export.add_argument(
        "--exercises-csv",
        action="store_true",
        help="print one CSV row per exercise of each session (docs/history.md)",
    )
    history.add_argument(
        "--bom",
        action="store_true",
        help="start the CSV with a UTF-8 byte order mark (for spreadsheet programs)",
    )
    _add_period(history, since_required=False)
    history.add_argument(
        "--routine",
        metavar="NAME",
        help="only sessions of the routines whose name contains NAME (ignoring case; "
        "a routine named exactly NAME alone)",
    )
    history.add_argument(
        "--wide",
        action="store_true",
        help="show every cell whole in the table (it is cut to the terminal's width otherwise; "
        "never when the output is a file or a pipe)",
    )
    report = commands.add_parser(
        "report", help="write a PDF report of a period for your physiotherapist"
    )
    _add_period(report, since_required=True)
    report.add_argument(
        "--output", metavar="FILE.pdf", required=True, help="the PDF file to write (replaced)"
    )
    handout = commands.add_parser(
        "handout", help="write a routine's printed handout for the patient (PDF)"
    )
    handout.add_argument(
        "routine", metavar="ROUTINE", help="a routine file, or the name of an installed routine"
    )
    handout.add_argument(
        "--output", metavar="FILE.pdf", required=True, help="the PDF file to write (replaced)"
    )
    handout.add_argument(
        "--paper", choices=("a4", "letter"), default="a4", help="the paper size (default: a4)"
    )
    _add_sharing(commands)
    return parser


def _add_period(parser: argparse.ArgumentParser, *, since_required: bool) -> None:
    # Dates are checked by the command, so that a bad one is a single clear line.
    parser.add_argument(
        "--since",
        metavar="YYYY-MM-DD",
        required=since_required,
        help="from this day on (your local calendar day, inclusive)"
        + ("; for example the day of your last appointment" if since_required else ""),
    )
    parser.add_argument(
        "--until",
        metavar="YYYY-MM-DD",
        help="up to this day (inclusive; default: " + ("today)" if since_required else "no limit)"),
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``homestretch`` command and of ``python -m homestretch``."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    if not arguments:  # the desktop launcher: straight to the window, no parser needed
        return _run_window(AppPaths.resolve(None), speed=1.0, muted=False)
    arguments, routine_file = _routine_file_argument(arguments)
    parser = build_parser()
    args = parser.parse_args(arguments)
    paths = AppPaths.resolve(args.data_dir)
    try:
        if args.command is None and args.smoke:
            return _smoke(args, paths)
        if args.command is None:
            return _run_window(
                paths,
                speed=args.speed,
                muted=args.mute,
                open_file=routine_file,
                start=args.start,
                tray=args.tray,
            )
        handler = {
            "list": cmd_list,
            "validate": cmd_validate,
            "preview": cmd_preview,
            "history": cmd_history,
            "report": cmd_report,
            "export": cmd_export,
            "import": cmd_import,
            "handout": cmd_handout,
        }[args.command]
        return handler(args, paths, sys.stdout, sys.stderr)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # The last line of defence: no traceback for the user.
        report = write_crash_report(paths, exc)
        where = f"; details in {report}" if report else ""
        print(f"homestretch: unexpected error: {exc}{where}", file=sys.stderr)
        return EXIT_FAILED


OPTIONS_WITH_VALUES = ("--data-dir", "--speed")
"""The options before a command that take a value (``--speed 3``): that value is no command."""


def _routine_file_argument(arguments: list[str]) -> tuple[list[str], Path | None]:
    """``homestretch [OPTIONS] FILE.yaml``: the arguments without the routine file, and the file.

    A first word (not an option) ending in .yaml or .yml, where a command
    would be, is a routine file to open in the window.
    """
    index = 0
    while index < len(arguments):
        word = arguments[index]
        if word == "--":
            index += 1
            break
        if not word.startswith("-"):
            break
        index += 2 if word in OPTIONS_WITH_VALUES else 1
    if index >= len(arguments):
        return arguments, None
    from homestretch.core.library import ROUTINE_SUFFIXES  # (a word: a command or a file)
    from homestretch.core.package import PACKAGE_SUFFIX

    if arguments[index].lower().endswith((*ROUTINE_SUFFIXES, PACKAGE_SUFFIX)):
        rest = arguments[:index] + arguments[index + 1 :]
        return [w for w in rest if w != "--"], Path(arguments[index]).absolute()
    return arguments, None


def _smoke(args: argparse.Namespace, paths: AppPaths) -> int:
    """``--smoke``: the window and one second of a session, offscreen without a display."""
    import os
    import tempfile

    from homestretch.core.paths import ENV_DATA_DIR

    argv = sys.argv[:1]
    no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and no_display and "QT_QPA_PLATFORM" not in os.environ:
        argv += ["-platform", "offscreen"]
    if args.data_dir is not None or os.environ.get(ENV_DATA_DIR):
        return _run_window(paths, speed=args.speed, muted=args.mute, smoke=True, argv=argv)
    with tempfile.TemporaryDirectory(prefix="homestretch-smoke-") as folder:
        temporary = AppPaths.resolve(folder)
        return _run_window(temporary, speed=args.speed, muted=args.mute, smoke=True, argv=argv)


def _run_window(
    paths: AppPaths,
    *,
    speed: float,
    muted: bool,
    open_file: Path | None = None,
    tray: bool = False,
    start: bool = False,
    smoke: bool = False,
    argv: Sequence[str] | None = None,
) -> int:
    try:
        from homestretch.app import run_app

        return run_app(
            paths,
            argv=sys.argv[:1] if argv is None else argv,
            speed=speed,
            muted=muted,
            open_file=open_file,
            start=start,
            smoke=smoke,
            tray=tray,
        )
    except Exception as exc:  # the last line of defence, as for the commands
        report = write_crash_report(paths, exc)
        where = f"; details in {report}" if report else ""
        print(f"homestretch: unexpected error: {exc}{where}", file=sys.stderr)
        return EXIT_FAILED


def write_crash_report(paths: AppPaths, exc: BaseException) -> Path | None:
    import traceback
    from datetime import datetime

    text = "".join(traceback.format_exception(exc))
    try:
        paths.log_dir.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        for attempt in range(1, 1000):  # reports of the same second never replace each other
            suffix = "" if attempt == 1 else f"-{attempt}"
            report = paths.log_dir / f"crash-{stamp}{suffix}.txt"
            try:
                with report.open("x", encoding="utf-8") as file:
                    file.write(f"homestretch {__version__}\n{text}")
            except FileExistsError:
                continue
            return report
    except OSError:
        pass
    return None


def cmd_list(args: argparse.Namespace, paths: AppPaths, out: TextIO, err: TextIO) -> int:
    from homestretch.core.formatting import format_clock
    from homestretch.core.library import discover
    from homestretch.core.paths import BUNDLED_ROUTINES_DIR
    from homestretch.core.timeline import session_size

    entries = discover(BUNDLED_ROUTINES_DIR, paths.user_routines_dir)
    for title, directory, bundled in (
        ("Bundled routines", BUNDLED_ROUTINES_DIR, True),
        ("Your routines", paths.user_routines_dir, False),
    ):
        print(f"{title} ({directory}):", file=out)
        mine = [e for e in entries if e.bundled == bundled]
        if not mine:
            print("  (none: add .yaml routine files to this folder)", file=out)
        for entry in mine:
            name = entry.path.relative_to(directory)
            if entry.routine is None:
                print(f"  {name}: INVALID: {entry.problems[0]}", file=out)
                continue
            total = round(session_size(entry.routine).seconds, 6)
            language = entry.routine.language
            tag = "" if language == "en" else f" [{language}]"  # (a routine's own language)
            print(
                f"  {name}: {entry.routine.name}{tag} ({len(entry.routine.exercises)} exercises, "
                f"{format_clock(total)})",
                file=out,
            )
    return EXIT_OK


def cmd_validate(args: argparse.Namespace, paths: AppPaths, out: TextIO, err: TextIO) -> int:
    from homestretch.core.routine import RoutineError, load_routine

    status = EXIT_OK
    for name in args.files:
        path = _routine_path("validate", name, paths, err)
        if path is None:
            status = EXIT_FAILED
            continue
        try:
            routine = load_routine(path)
        except RoutineError as exc:
            for problem in exc.problems:
                print(problem, file=err)
            status = EXIT_FAILED
            continue
        for problem in routine.warnings:
            print(problem, file=err)
        if routine.warnings:
            status = EXIT_FAILED
        else:
            print(f"{name}: ok ({len(routine.exercises)} exercises)", file=out)
    return status


def _load_for_command(name: str, err: TextIO) -> Routine | None:
    from homestretch.core.routine import RoutineError, load_routine

    try:
        routine = load_routine(Path(name))
    except RoutineError as exc:
        for problem in exc.problems:
            print(problem, file=err)
        return None
    for problem in routine.warnings:
        print(problem, file=err)
    return routine


def cmd_preview(args: argparse.Namespace, paths: AppPaths, out: TextIO, err: TextIO) -> int:
    import json

    from homestretch.core.timeline import build_timeline

    path = _routine_path("preview", args.file, paths, err)
    routine = None if path is None else _load_for_command(str(path), err)
    if routine is None:
        return EXIT_FAILED
    timeline = build_timeline(routine)
    if args.json:
        json.dump(timeline.to_json(), out, indent=2)
        print(file=out)
    else:
        print_timeline(timeline, out)
    return EXIT_OK


def print_timeline(timeline: Timeline, out: TextIO) -> None:
    from homestretch.core.preview import preview_lines

    for line in preview_lines(timeline):
        print(line, file=out)


class _PeriodError(Exception):
    """A bad --since/--until; the message is the whole line to print."""


def _day(option: str, text: str | None) -> date | None:
    from datetime import date

    if text is None:
        return None
    try:
        if len(text) != 10:
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        raise _PeriodError(
            f"{option} {text!r} is not a date; write it as YYYY-MM-DD, for example 2026-03-31"
        ) from None


def _period(args: argparse.Namespace) -> tuple[date | None, date | None]:
    since = _day("--since", args.since)
    until = _day("--until", args.until)
    if since is not None and until is not None and until < since:
        raise _PeriodError(
            f"--until {until.isoformat()} is before --since {since.isoformat()}; "
            "the period would be empty"
        )
    return since, until


def cmd_history(args: argparse.Namespace, paths: AppPaths, out: TextIO, err: TextIO) -> int:
    from homestretch.core.history import HistoryError, HistoryLog

    try:
        since, until = _period(args)
    except _PeriodError as exc:
        print(f"homestretch history: {exc}", file=err)
        return EXIT_USAGE
    csv_wanted = args.csv or args.exercises_csv
    if not paths.history_file.exists():
        if csv_wanted:  # the header alone, as the export of an empty log
            from homestretch.core.export import exercises_csv, sessions_csv

            text = exercises_csv([]) if args.exercises_csv else sessions_csv([])
            write_csv(out, text, bom=args.bom)
        else:
            print(f"No sessions logged yet ({paths.history_file}).", file=out)
        return EXIT_OK
    try:  # read-only: works on a read-only medium or a full disk, and never upgrades
        with HistoryLog.open_readonly(paths.history_file) as log:
            sessions = log.sessions(since=since, until=until)
            if args.routine is not None:
                every = {s.routine_name for s in log.sessions(with_exercises=False)}
                chosen = match_routines(args.routine, every)
                if not chosen:
                    print(f"homestretch history: {_no_routine(args.routine, every)}", file=err)
                    return EXIT_FAILED
                if len(chosen) > 1:
                    names = ", ".join(f'"{n}"' for n in chosen)
                    print(
                        f"homestretch history: --routine {args.routine!r} matches"
                        f" {len(chosen)} routines, all shown: {names}",
                        file=err,
                    )
                sessions = [s for s in sessions if s.routine_name in chosen]
    except HistoryError as exc:
        print(f"homestretch: {exc}", file=err)
        return EXIT_FAILED
    if csv_wanted:
        from homestretch.core.export import exercises_csv, sessions_csv

        text = exercises_csv(sessions) if args.exercises_csv else sessions_csv(sessions)
        write_csv(out, text, bom=args.bom)
        return EXIT_OK
    if not sessions:
        filtered = since or until or args.routine
        print("No sessions match." if filtered else "No sessions logged yet.", file=out)
        return EXIT_OK
    print_sessions(sessions, out, width=None if args.wide else _terminal_width(out))
    return EXIT_OK


def match_routines(wanted: str, names: Iterable[str]) -> list[str]:
    """The routine names ``--routine wanted`` chooses, sorted.

    A name equal to ``wanted`` (ignoring case) is chosen alone; otherwise every
    name containing it (ignoring case) is.
    """
    key = wanted.casefold()
    exact = sorted(n for n in names if n.casefold() == key)
    return exact or sorted(n for n in names if key in n.casefold())


def _no_routine(wanted: str, names: set[str]) -> str:
    if not names:
        return f"no routine matches {wanted!r}: the log has no sessions yet"
    listed = ", ".join(f'"{n}"' for n in sorted(names))
    return f"no routine matches {wanted!r}; the log has sessions of {listed}"


def session_outcome(s: SessionRecord) -> str:
    """How a session went, in a few words: the history table's "outcome" column."""
    from homestretch.core.formatting import format_clock
    from homestretch.core.stats import session_outcome_text

    ended = session_outcome_text(s)
    done = f"{ended}: {len(s.completed)} done"
    if s.skipped:
        done += f", {len(s.skipped)} skipped ({', '.join(e.exercise_id for e in s.skipped)})"
    for e in s.partial:
        done += f", {e.exercise_id} stopped part way ({format_clock(e.done_seconds)})"
    return done


def stop_rule_mark(s: SessionRecord) -> str:
    """What the patient did when the stop rule advised stopping ("" if it never did):
    "ended" the session as advised, "went on" anyway, or neither ("advised")."""
    from homestretch.core.events import EventKind

    kinds = {e.kind for e in s.events}
    if EventKind.STOP_RULE not in kinds:
        return ""
    if EventKind.CONTINUED_AFTER_ADVICE in kinds:
        return "went on"
    if EventKind.STOP_RULE_FOLLOWED in kinds:
        return "ended"
    return "advised"


@dataclass(frozen=True)
class _Column:
    title: str
    least: int | None = None
    """Cells it may be cut down to on a narrow terminal (None: never cut)."""
    soft: int | None = None
    """Cells it is cut down to first, before any other column is cut (None: not first)."""
    right: bool = False


_HISTORY_COLUMNS = (
    _Column("started"),
    _Column("routine", 8, soft=16),
    _Column("time", right=True),
    _Column("before", right=True),
    _Column("after", right=True),
    _Column("stop rule"),
    _Column("outcome", 9),
    _Column("note", 8, soft=16),
)
_GAP = "  "


def _terminal_width(out: TextIO) -> int | None:
    """The terminal's width if ``out`` is one; None (nothing is cut) for a file or a pipe."""
    import shutil

    isatty = getattr(out, "isatty", None)
    if isatty is None or not isatty():
        return None
    return shutil.get_terminal_size().columns


def print_sessions(sessions: Sequence[SessionRecord], out: TextIO, *, width: int | None) -> None:
    """The history table: one line per session, newest first.

    With a ``width`` (a terminal's), the routine, outcome and note are cut with an
    ellipsis to fit; without one every cell is whole. Characters ``out`` cannot
    encode (an ASCII terminal and a Cyrillic name) are replaced, never an error.
    """
    from homestretch.core.formatting import format_clock

    rows = [
        [
            s.local_start.strftime("%Y-%m-%d %H:%M"),  # the patient's clock, as filtered
            s.routine_name,
            format_clock(s.done_seconds),
            "-" if s.pain_before is None else str(s.pain_before),
            "-" if s.pain_after is None else str(s.pain_after),
            stop_rule_mark(s),
            session_outcome(s),
            " ".join(s.note.split()),
        ]
        for s in sessions
    ]
    encoding = getattr(out, "encoding", None) or "utf-8"
    ellipsis = _encodable("…", encoding) or "..."
    table = [
        [_encodable(cell, encoding, replace=True) for cell in cells]
        for cells in [[c.title for c in _HISTORY_COLUMNS], *rows]
    ]
    widths = [max(_cells(r[k]) for r in table) for k in range(len(_HISTORY_COLUMNS))]
    if width is not None:
        _narrow(widths, width - 1)  # the last cell left free: some terminals wrap there
    for cells in table:
        parts = []
        for column, size, cell in zip(_HISTORY_COLUMNS, widths, cells, strict=True):
            cell = _cut(cell, size, ellipsis)
            gap = " " * (size - _cells(cell))
            parts.append(gap + cell if column.right else cell + gap)
        print(_GAP.join(parts).rstrip(), file=out)


def _narrow(widths: list[int], room: int) -> None:
    """Cut columns until the table fits in ``room`` cells (or no more can be cut).

    First the routine and note down to their ``soft`` widths, then every column
    that may be cut down to its ``least``; always the one with the most to spare,
    so the longest gives first.
    """
    for stage in ("soft", "least"):
        floors = [getattr(c, stage) for c in _HISTORY_COLUMNS]
        spare = [0 if f is None else max(w - f, 0) for f, w in zip(floors, widths, strict=True)]
        excess = sum(widths) + len(_GAP) * (len(widths) - 1) - room
        while excess > 0 and max(spare) > 0:
            k = spare.index(max(spare))
            widths[k] -= 1
            spare[k] -= 1
            excess -= 1


def _cells(text: str) -> int:
    """How many terminal cells ``text`` takes: two for a wide (CJK) character, none
    for a combining accent."""
    import unicodedata

    return sum(
        0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
        for c in text
    )


def _cut(text: str, size: int, ellipsis: str) -> str:
    """``text`` if it fits in ``size`` cells, else its start and ``ellipsis``, within them."""
    if _cells(text) <= size:
        return text
    room = size - _cells(ellipsis)
    kept: list[str] = []
    for character in text:
        room -= _cells(character)
        if room < 0:
            break
        kept.append(character)
    return "".join(kept) + ellipsis


def _encodable(text: str, encoding: str, *, replace: bool = False) -> str:
    """``text`` if ``encoding`` can write it; otherwise "" (or, with ``replace``, the text
    with what cannot be written replaced by "?", one for each character)."""
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return text.encode(encoding, "replace").decode(encoding) if replace else ""
    except LookupError:  # an encoding Python does not know: write what is there
        pass
    return text


def write_csv(out: TextIO, text: str, *, bom: bool) -> None:
    """Print a CSV export as UTF-8 bytes, whatever ``out``'s own encoding (ASCII, cp1252)."""
    from homestretch.core.export import csv_bytes

    data = csv_bytes(text, bom=bom)
    buffer = getattr(out, "buffer", None)
    if buffer is None:  # a text-only stream (a StringIO): the same characters
        out.write(data.decode("utf-8"))
        return
    out.flush()
    buffer.write(data)
    buffer.flush()


def cmd_report(args: argparse.Namespace, paths: AppPaths, out: TextIO, err: TextIO) -> int:
    from datetime import date

    from homestretch.core.history import HistoryError, HistoryLog

    try:
        since, until = _period(args)
    except _PeriodError as exc:
        print(f"homestretch report: {exc}", file=err)
        return EXIT_USAGE
    assert since is not None  # --since is required
    today = date.today()
    if since > today:
        print(
            f"homestretch report: --since {since.isoformat()} is in the future "
            f"(today is {today.isoformat()}); give a day up to today",
            file=err,
        )
        return EXIT_USAGE
    until = until or today
    output = Path(args.output)
    if not output.name.lower().endswith(".pdf"):
        print(
            f"homestretch report: the report is a PDF file; give --output a name ending"
            f" in .pdf (not {output.name!r})",
            file=err,
        )
        return EXIT_USAGE
    problem = _unwritable(output)
    if problem:
        print(f"homestretch report: cannot write {output}: {problem}", file=err)
        return EXIT_FAILED
    if not paths.history_file.exists():
        print(
            f"homestretch report: no session log yet ({paths.history_file}): "
            "there is nothing to report",
            file=err,
        )
        return EXIT_FAILED
    from homestretch.core.stats import PeriodError
    from homestretch.documents.pdf import FontError
    from homestretch.documents.report import write_report

    try:
        with HistoryLog.open_readonly(paths.history_file) as log:
            written = write_report(log, since, until, output, today=today)
    except FontError as exc:
        print(f"homestretch report: {exc}", file=err)
        return EXIT_FAILED
    except HistoryError as exc:
        print(f"homestretch: {exc}", file=err)
        return EXIT_FAILED
    except PeriodError as exc:
        print(f"homestretch report: nothing to report: {exc}", file=err)
        return EXIT_FAILED
    except OSError as exc:
        reason = exc.strerror or str(exc)
        print(f"homestretch report: cannot write {output}: {reason}", file=err)
        return EXIT_FAILED
    print(written, file=out)
    return EXIT_OK


def cmd_handout(args: argparse.Namespace, paths: AppPaths, out: TextIO, err: TextIO) -> int:
    """Write a routine's handout: no window, no Qt."""
    from homestretch.core.library import RoutineNotFoundError, find_routine
    from homestretch.core.paths import BUNDLED_ROUTINES_DIR

    output = Path(args.output)
    if not output.name.lower().endswith(".pdf"):
        print(
            f"homestretch handout: the handout is a PDF file; give --output a name ending"
            f" in .pdf (not {output.name!r})",
            file=err,
        )
        return EXIT_USAGE
    try:
        source = find_routine(args.routine, BUNDLED_ROUTINES_DIR, paths.user_routines_dir)
    except RoutineNotFoundError as exc:
        print(f"homestretch handout: {exc}", file=err)
        return EXIT_FAILED
    routine = _load_for_command(str(source), err)
    if routine is None:
        return EXIT_FAILED
    problem = _unwritable(output)
    if problem:
        print(f"homestretch handout: cannot write {output}: {problem}", file=err)
        return EXIT_FAILED
    from homestretch.documents.handout import write_handout
    from homestretch.documents.pdf import FontError, Paper

    try:
        written = write_handout(routine, output, Paper(args.paper))
    except FontError as exc:
        print(f"homestretch handout: {exc}", file=err)
        return EXIT_FAILED
    except OSError as exc:
        reason = exc.strerror or str(exc)
        print(f"homestretch handout: cannot write {output}: {reason}", file=err)
        return EXIT_FAILED
    print(written, file=out)
    return EXIT_OK


def _unwritable(output: Path) -> str | None:
    """Why ``output`` cannot be written, found before any work is done; None if it looks fine."""
    import os

    folder = output.parent
    if output.is_dir():
        return "it is a folder"
    if not folder.is_dir():
        return f"there is no folder {folder}"
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"the folder {folder} is not writable"
    return None


# --------------------------------------------------------------------------- sharing routines


def _add_sharing(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = commands.add_parser(
        "export",
        help="write a routine and its pictures to one .homestretch file to send (docs/sharing.md)",
    )
    export.add_argument(
        "routine", metavar="ROUTINE", help="a routine file, or the name of an installed routine"
    )
    export.add_argument(
        "--output", metavar="FILE.homestretch", required=True, help="the file to write (replaced)"
    )
    add = commands.add_parser(
        "import", help="add a routine (a .homestretch or .yaml file) to your routines"
    )
    add.add_argument("file", metavar="FILE")
    taken = add.add_mutually_exclusive_group()
    taken.add_argument(
        "--replace",
        action="store_true",
        help="replace the routine added before from a file of the same name",
    )
    taken.add_argument(
        "--keep-both",
        action="store_true",
        help="keep the routine added before from a file of the same name; add this one as NAME (2)",
    )


def _routine_path(command: str, wanted: str, paths: AppPaths, err: TextIO) -> Path | None:
    """The routine file ``wanted`` names (a file, or an installed routine's name or file
    name, ignoring case: :func:`~homestretch.core.library.find_routine`), or None after
    saying why not as ``homestretch COMMAND: ...``."""
    from homestretch.core.library import RoutineNotFoundError, find_routine
    from homestretch.core.paths import BUNDLED_ROUTINES_DIR

    try:
        return find_routine(wanted, BUNDLED_ROUTINES_DIR, paths.user_routines_dir)
    except RoutineNotFoundError as exc:
        print(f"homestretch {command}: {exc}", file=err)
        return None


def cmd_export(args: argparse.Namespace, paths: AppPaths, out: TextIO, err: TextIO) -> int:
    from homestretch.core.package import PACKAGE_SUFFIX, PackageError, export_routine
    from homestretch.core.routine import RoutineError

    output = Path(args.output)
    if not output.name.lower().endswith(PACKAGE_SUFFIX):
        print(
            f"homestretch export: give --output a name ending in {PACKAGE_SUFFIX}"
            f" (not {output.name!r})",
            file=err,
        )
        return EXIT_USAGE
    source = _routine_path("export", args.routine, paths, err)
    if source is None:
        return EXIT_FAILED
    problem = _unwritable(output)
    if problem:
        print(f"homestretch export: cannot write {output}: {problem}", file=err)
        return EXIT_FAILED
    try:
        manifest = export_routine(source, output)
    except RoutineError as exc:
        for line in exc.problems:
            print(line, file=err)
        print(f"homestretch export: fix {source} first; nothing was written", file=err)
        return EXIT_FAILED
    except PackageError as exc:
        print(f"homestretch export: {exc}", file=err)
        return EXIT_FAILED
    except OSError as exc:
        print(f"homestretch export: cannot write {output}: {exc.strerror or exc}", file=err)
        return EXIT_FAILED
    from homestretch.core.formatting import plural

    pictures = plural(len(manifest.members) - 1, "picture")
    print(f"{output} ({manifest.routine} and {pictures})", file=out)
    return EXIT_OK


def cmd_import(args: argparse.Namespace, paths: AppPaths, out: TextIO, err: TextIO) -> int:
    from homestretch.core import library, package
    from homestretch.core.routine import RoutineError

    source = Path(args.file)
    user_dir = paths.user_routines_dir
    if_taken = library.IfTaken.REPLACE if args.replace else library.IfTaken.KEEP_BOTH
    shared = source.name.lower().endswith(package.PACKAGE_SUFFIX)
    try:
        if shared:
            checked = package.check_package(source)
            name, taken = checked.routine_name, package.taken_by(checked, user_dir)
        else:
            library.check_routine_file(source)
            name, taken = source.name, library.taken_by(source, user_dir)
        if taken is not None and not (args.replace or args.keep_both):
            kept = library.kept_name(Path(name), user_dir)
            print(
                f"homestretch import: a routine from a file named {name!r} is already among "
                f"your routines ({taken}); add --replace to replace it, or --keep-both to add "
                f"this one as {kept!r}",
                file=err,
            )
            return EXIT_FAILED
        if shared:
            added = package.import_package(source, user_dir, if_taken=if_taken)
        else:
            added = library.import_routine(source, user_dir, if_taken=if_taken)
    except RoutineError as exc:
        for line in exc.problems:
            print(line, file=err)
        print(f"homestretch import: {source} was not added", file=err)
        return EXIT_FAILED
    except package.PackageError as exc:
        print(f"homestretch import: {exc}", file=err)
        return EXIT_FAILED
    except OSError as exc:
        print(
            f"homestretch import: {source} could not be added to {user_dir}: {exc.strerror or exc}",
            file=err,
        )
        return EXIT_FAILED
    _load_for_command(str(added), err)  # its warnings (a missing picture), if any
    print(added, file=out)
    return EXIT_OK
