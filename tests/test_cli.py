from __future__ import annotations

import csv
import dataclasses
import io
import json
import os
import re
import sqlite3
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from homestretch import __version__, cli
from homestretch.core.dates import long_date
from homestretch.core.export import EXERCISE_COLUMNS, SESSION_COLUMNS
from homestretch.core.history import (
    MIGRATIONS,
    HistoryLog,
    SessionRecorder,
)
from homestretch.core.paths import BUNDLED_ROUTINE
from homestretch.core.player import ExerciseStatus, Outcome, Player
from homestretch.core.routine import load_routine
from homestretch.core.timeline import build_timeline
from tests.helpers import FakeClock, pdf_text

BAD = """schema: 1
name: Broken
exercises:
  - id: a
    name: A
    position: sitting
    summary: S
    steps: [x]
    rpes: 3
    phases: [{name: up, seconds: 1:30}]
"""


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def log_a_session(data_dir: Path, seconds: float) -> None:
    timeline = build_timeline(load_routine(BUNDLED_ROUTINE))
    clock = FakeClock()
    with HistoryLog(data_dir / "history.sqlite3") as log:
        player = Player(timeline, clock)
        player.subscribe(SessionRecorder(log, timeline))
        player.start()
        while clock.now < 1000 + seconds:
            clock.advance(1)
            player.update()
        player.stop()


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"homestretch {__version__}"


def test_list_shows_bundled_and_user_routines(
    isolated_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    user = isolated_data_dir / "routines"
    user.mkdir(parents=True)
    (user / "mine.yaml").write_text(BUNDLED_ROUTINE.read_text().replace("Sciatica relief", "Mine"))
    (user / "broken.yaml").write_text(BAD)
    code, out, _ = run(["list"], capsys)
    assert code == 0
    assert "sciatica-relief.yaml: Sciatica relief - seven functional exercises (7 exercises" in out
    assert (
        "sciatica-relief.nl.yaml: Verlichting bij ischias - zeven functionele oefeningen [nl] (7"
        in out
    )
    assert "sciatica-relief.zh-CN.yaml: 坐骨神经痛缓解——七个功能性练习 [zh-CN] (7 exercises" in out
    assert "mine.yaml: Mine - seven functional exercises" in out
    assert "broken.yaml: INVALID:" in out
    assert str(user) in out


def test_validate_ok_and_bad(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(BAD)
    code, out, err = run(["validate", str(BUNDLED_ROUTINE)], capsys)
    assert (code, err) == (0, "")
    assert "ok (7 exercises)" in out
    code, out, err = run(["validate", str(BUNDLED_ROUTINE), str(bad)], capsys)
    assert code == 1
    lines = err.splitlines()
    assert f"{bad}:9:5: unknown key 'rpes' in an exercise; did you mean 'reps'?" in lines
    assert any(line.startswith(f"{bad}:10:34: 'seconds: 1:30' is ambiguous") for line in lines)
    assert "Traceback" not in err


def test_validate_missing_picture_fails_with_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "r.yaml"
    text = BUNDLED_ROUTINE.read_text().replace("assets:figures/knee-pats.yaml", "pats.png")
    path.write_text(text)
    code, _, err = run(["validate", str(path)], capsys)
    assert code == 1
    assert "warning: picture 'pats.png' not found" in err


def test_preview_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["preview", str(BUNDLED_ROUTINE)], capsys)
    assert code == 0
    assert "Sitting knee extension" in out
    assert "Switch to your left leg." in out
    assert out.rstrip().endswith("(1173 s)")


def test_preview_json_matches_the_timeline(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["preview", "--json", str(BUNDLED_ROUTINE)], capsys)
    assert code == 0
    data = json.loads(out)
    timeline = build_timeline(load_routine(BUNDLED_ROUTINE))
    assert data["routine"] == timeline.routine.name
    assert data["total_seconds"] == timeline.total_seconds
    assert len(data["segments"]) == len(timeline.segments)
    second = data["segments"][1]
    assert second == {
        "start": 10.0,
        "seconds": 3.0,
        "exercise": "sitting-knee-extension",
        "side": "right",
        "kind": "work",
        "phase": "straighten",
        "set": 1,
        "rep": 1,
        "say": "Rep 1. Straighten your knee.",
    }


def test_preview_of_a_bad_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(BAD)
    code, out, err = run(["preview", str(bad)], capsys)
    assert code == 1
    assert out == ""
    assert err.startswith(f"{bad}:")


def test_history_empty_does_not_create_a_log(
    isolated_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(["history"], capsys)
    assert code == 0
    assert "No sessions logged yet" in out
    code, out, _ = run(["history", "--csv"], capsys)
    assert out.strip() == ",".join(SESSION_COLUMNS)
    code, out, _ = run(["history", "--exercises-csv"], capsys)
    assert out.strip() == ",".join(EXERCISE_COLUMNS)
    assert not (isolated_data_dir / "history.sqlite3").exists()


def test_history_lists_sessions_and_csv(
    isolated_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log_a_session(isolated_data_dir, 250)  # into the second exercise, then stop
    code, out, _ = run(["history", "--wide"], capsys)
    assert code == 0
    assert "stopped, 1 part way: 1 done, prone-knee-bend stopped part way" in out
    code, out, _ = run(["history", "--csv"], capsys)
    header, row = out.strip().splitlines()
    assert header.split(",") == list(SESSION_COLUMNS)
    assert ",stopped," in row


def test_data_dir_option_overrides_the_variable(
    tmp_path: Path, isolated_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other"
    log_a_session(other, 10)
    _, out, _ = run(["--data-dir", str(other), "history"], capsys)
    assert "stopped" in out
    _, out, _ = run(["history"], capsys)
    assert "No sessions logged yet" in out


def test_a_corrupt_log_is_a_message_not_a_traceback(
    isolated_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    isolated_data_dir.mkdir(parents=True)
    (isolated_data_dir / "history.sqlite3").write_bytes(b"garbage" * 1000)
    code, _, err = run(["history"], capsys)
    assert code == 1
    assert "not a Homestretch session log" in err
    assert "Traceback" not in err


def test_an_unexpected_error_is_reported_in_one_line_with_a_crash_file(
    isolated_data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(*args: object) -> int:
        raise ValueError("boom")

    monkeypatch.setattr(cli, "cmd_list", explode)
    code, _, err = run(["list"], capsys)
    assert code == 1
    assert err.startswith("homestretch: unexpected error: boom; details in ")
    reports = list((isolated_data_dir / "logs").glob("crash-*.txt"))
    assert len(reports) == 1
    assert "ValueError: boom" in reports[0].read_text()


def test_python_dash_m_runs_the_same_program() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "homestretch", "validate", str(BUNDLED_ROUTINE)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "ok (7 exercises)" in result.stdout


# -- history filters, the exercise export and the PDF report

TIMELINE = build_timeline(load_routine(BUNDLED_ROUTINE))
OTHER = build_timeline(dataclasses.replace(TIMELINE.routine, name="Evening stretches"))


def log_sessions(data_dir: Path, sessions: list[tuple[date, str, str]]) -> None:
    """Sessions at noon UTC (the same local day from UTC-11 to UTC+10): day, routine, note.

    Each completes its first two exercises; a routine other than the bundled
    one is "Evening stretches".
    """
    moments: list[datetime] = []
    with HistoryLog(data_dir / "history.sqlite3", wall=lambda: moments[-1]) as log:
        for day, routine, note in sessions:
            moments.append(datetime(day.year, day.month, day.day, 12, tzinfo=UTC))
            timeline = TIMELINE if routine == TIMELINE.routine.name else OTHER
            sid = log.start_session(timeline, pain_before=4)
            for position in range(2):
                exercise = timeline.routine.exercises[position]
                log.record_exercise(
                    sid, position, exercise.id, exercise.name, ExerciseStatus.COMPLETED, 60, 60, 60
                )
            log.end_session(sid, Outcome.COMPLETED, 120)
            if note:
                log.set_note(sid, note)


def csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


SEVERAL = [
    (date(2026, 3, 1), TIMELINE.routine.name, "first"),
    (date(2026, 3, 2), TIMELINE.routine.name, "second"),
    (date(2026, 3, 2), "Evening stretches", "=evening"),
    (date(2026, 3, 3), TIMELINE.routine.name, "third"),
]


def test_history_csv_filters_by_day_and_routine(
    isolated_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log_sessions(isolated_data_dir, SEVERAL)
    code, out, _ = run(["history", "--csv"], capsys)
    assert code == 0
    assert [r["note"] for r in csv_rows(out)] == ["third", "'=evening", "second", "first"]
    code, out, _ = run(
        ["history", "--csv", "--since", "2026-03-02", "--until", "2026-03-02"], capsys
    )
    assert [r["note"] for r in csv_rows(out)] == ["'=evening", "second"]
    assert {r["local_date"] for r in csv_rows(out)} == {"2026-03-02"}
    code, out, _ = run(["history", "--csv", "--since", "2026-03-02"], capsys)
    assert [r["note"] for r in csv_rows(out)] == ["third", "'=evening", "second"]
    code, out, _ = run(["history", "--csv", "--routine", "Evening stretches"], capsys)
    assert [(r["routine"], r["pain_before"]) for r in csv_rows(out)] == [("Evening stretches", "4")]
    code, out, _ = run(["history", "--csv", "--until", "2026-02-28"], capsys)
    assert (code, out.strip()) == (0, ",".join(SESSION_COLUMNS))
    code, out, _ = run(["history", "--since", "2026-03-03"], capsys)
    assert code == 0
    assert len(out.strip().splitlines()) == 2  # the heading and one session
    code, out, _ = run(["history", "--since", "2026-03-03", "--routine", "evening"], capsys)
    assert (code, out) == (0, "No sessions match.\n")


def test_history_exercises_csv(isolated_data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    log_sessions(isolated_data_dir, SEVERAL)
    code, out, _ = run(["history", "--exercises-csv", "--since", "2026-03-02"], capsys)
    assert code == 0
    assert out.splitlines()[0].split(",") == list(EXERCISE_COLUMNS)
    rows = csv_rows(out)
    assert len(rows) == 3 * 2
    assert [(r["local_date"], r["position"], r["status"]) for r in rows[:2]] == [
        ("2026-03-03", "0", "completed"),
        ("2026-03-03", "1", "completed"),
    ]
    assert rows[0]["exercise_id"] == TIMELINE.routine.exercises[0].id


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--since", "2026-3-1"],
            "--since '2026-3-1' is not a date; write it as YYYY-MM-DD, for example 2026-03-31",
        ),
        (["--until", "2026-02-30"], "--until '2026-02-30' is not a date; write it as YYYY-MM-DD"),
        (["--since", "yesterday"], "--since 'yesterday' is not a date"),
        (
            ["--since", "2026-03-05", "--until", "2026-03-04"],
            "--until 2026-03-04 is before --since 2026-03-05; the period would be empty",
        ),
    ],
)
@pytest.mark.parametrize("command", [["history"], ["history", "--csv"], ["report"]])
def test_bad_dates_are_one_clear_line(
    command: list[str],
    args: list[str],
    message: str,
    isolated_data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    log_sessions(isolated_data_dir, SEVERAL[:1])
    extra = ["--output", str(tmp_path / "r.pdf")] if command == ["report"] else []
    if command == ["report"] and "--since" not in args:
        extra += ["--since", "2026-03-01"]
    code, out, err = run([*command, *args, *extra], capsys)
    assert code == 2
    assert out == ""
    assert len(err.splitlines()) == 1
    assert err.startswith(f"homestretch {command[0]}: ")
    assert message in err
    assert not (tmp_path / "r.pdf").exists()


def test_history_csv_of_a_version_1_log(
    isolated_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    isolated_data_dir.mkdir(parents=True)
    path = isolated_data_dir / "history.sqlite3"
    db = sqlite3.connect(path)
    (ddl,) = MIGRATIONS[0]
    assert isinstance(ddl, str)
    db.executescript(ddl)
    db.execute(
        "INSERT INTO sessions (routine_name, routine_snapshot, started_at, updated_at,"
        " planned_seconds, done_seconds) VALUES ('Old routine', '{}',"
        " '2025-11-03T12:00:00+00:00', '2025-11-03T12:09:00+00:00', 900, 540)"
    )
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.close()
    before = path.read_bytes()

    code, out, err = run(["history", "--csv"], capsys)
    assert (code, err) == (0, "")
    (row,) = csv_rows(out)
    local = datetime(2025, 11, 3, 12, tzinfo=UTC).astimezone().date()
    assert (row["routine"], row["ended"], row["local_date"]) == (
        "Old routine",
        "interrupted",  # its end was never written
        local.isoformat(),
    )
    assert row["ended_at"] == "2025-11-03T12:09:00+00:00"
    # Read through an upgrade in memory: reading never writes, the window upgrades it.
    assert path.read_bytes() == before
    assert sorted(p.name for p in isolated_data_dir.iterdir()) == ["history.sqlite3"]


def test_report_writes_the_pdf_and_prints_its_name(
    isolated_data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log_sessions(isolated_data_dir, SEVERAL)
    output = tmp_path / "for my physio.pdf"
    code, out, err = run(
        ["report", "--since", "2026-03-02", "--until", "2026-03-03", "--output", str(output)],
        capsys,
    )
    assert (code, err) == (0, "")
    assert out == f"{output}\n"
    assert output.read_bytes().startswith(b"%PDF-")
    text = pdf_text(output)
    assert "Period: 2 March 2026 to 3 March 2026 (2 days)" in text
    assert "Routines: " in text
    assert "Evening stretches" in text
    for note in ("second", "third", "=evening"):
        assert note in text
    assert "first" not in text.replace("first 4", "")


def test_report_until_defaults_to_today(
    isolated_data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    today = date.today()
    log_sessions(isolated_data_dir, [(today - timedelta(days=1), TIMELINE.routine.name, "hi")])
    output = tmp_path / "r.pdf"
    since = today - timedelta(days=6)
    code, out, _ = run(["report", "--since", since.isoformat(), "--output", str(output)], capsys)
    assert (code, out) == (0, f"{output}\n")
    text = pdf_text(output)
    first = today - timedelta(days=1)
    assert (
        f"{long_date(first)} to {long_date(today)} (2 days), from the first session on"
        f" {long_date(first)}"
    ) in text


def test_report_since_long_ago_on_a_log_begun_today_is_a_page_or_two(
    isolated_data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    today = date.today()
    log_sessions(isolated_data_dir, [(today, TIMELINE.routine.name, "first day")])
    output = tmp_path / "r.pdf"
    code, out, err = run(["report", "--since", "2000-01-01", "--output", str(output)], capsys)
    assert (code, out, err) == (0, f"{output}\n", "")
    text = pdf_text(output)
    assert f"from the first session on {long_date(today)}" in text
    assert "Overall adherence 100%: 1 of 1 prescribed sessions" in text
    assert int(re.findall(r"page 1 of (\d+)", text)[0]) <= 2


def test_report_refuses_a_period_in_the_future(
    isolated_data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    today = date.today()
    log_sessions(isolated_data_dir, [(today, TIMELINE.routine.name, "hi")])
    tomorrow = (today + timedelta(days=1)).isoformat()
    output = tmp_path / "r.pdf"
    code, out, err = run(["report", "--since", tomorrow, "--output", str(output)], capsys)
    assert (code, out) == (2, "")
    assert err == (
        f"homestretch report: --since {tomorrow} is in the future "
        f"(today is {today.isoformat()}); give a day up to today\n"
    )
    assert not output.exists()


def test_report_problems_are_one_line(
    isolated_data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["report", "--since", "2026-03-01", "--output"]
    code, out, err = run([*args, str(tmp_path / "r.pdf")], capsys)
    assert (code, out) == (1, "")
    assert err == (
        f"homestretch report: no session log yet ({isolated_data_dir / 'history.sqlite3'}): "
        "there is nothing to report\n"
    )
    assert not (isolated_data_dir / "history.sqlite3").exists()

    log_sessions(isolated_data_dir, SEVERAL)
    missing = tmp_path / "no such folder" / "r.pdf"
    code, out, err = run([*args, str(missing)], capsys)
    assert (code, out) == (1, "")
    assert err == (
        f"homestretch report: cannot write {missing}: there is no folder {missing.parent}\n"
    )
    folder = tmp_path / "folder.pdf"
    folder.mkdir()
    code, _, err = run([*args, str(folder)], capsys)
    assert code == 1
    assert err == f"homestretch report: cannot write {folder}: it is a folder\n"


def test_report_needs_since_and_output(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main(["report", "--output", "x.pdf"])
    assert info.value.code == 2
    assert "--since" in capsys.readouterr().err


def test_report_runs_headless_in_a_fresh_process_without_qt(
    isolated_data_dir: Path, tmp_path: Path
) -> None:
    log_sessions(isolated_data_dir, SEVERAL)
    output = tmp_path / "r.pdf"
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    }
    result = subprocess.run(
        [
            *(sys.executable, "-X", "importtime", "-m", "homestretch", "report"),
            *("--since", "2026-03-01", "--until", "2026-03-31", "--output", str(output)),
        ],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{output}\n"
    assert output.read_bytes().startswith(b"%PDF-")
    imported = [line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines()]
    assert "homestretch.documents.report" in imported  # (the list is the real one)
    assert not [name for name in imported if name.startswith("PySide6")]


NON_LATIN = build_timeline(dataclasses.replace(TIMELINE.routine, name="Растяжка 腰痛 — Ischias ✓"))


@pytest.mark.parametrize("encoding", ["ascii", "cp1252"])
@pytest.mark.parametrize("option", ["--csv", "--exercises-csv"])
def test_history_csv_is_utf8_whatever_the_terminal_encoding(
    isolated_data_dir: Path, encoding: str, option: str
) -> None:
    moment = datetime(2026, 3, 2, 12, tzinfo=UTC)
    with HistoryLog(isolated_data_dir / "history.sqlite3", wall=lambda: moment) as log:
        sid = log.start_session(NON_LATIN, pain_before=3)
        first = NON_LATIN.routine.exercises[0]
        log.record_exercise(sid, 0, first.id, first.name, ExerciseStatus.COMPLETED, 60, 60, 60)
        log.end_session(sid, Outcome.COMPLETED, 60)
        log.set_note(sid, "Rücken besser, 좋아요 ✓")
    env = {
        **os.environ,
        "PYTHONIOENCODING": encoding,
        "HOMESTRETCH_DATA_DIR": str(isolated_data_dir),
    }
    for bom in (False, True):
        result = subprocess.run(
            [sys.executable, "-m", "homestretch", "history", option, *(["--bom"] * bom)],
            capture_output=True,
            env=env,
            check=False,
        )
        assert (result.returncode, result.stderr) == (0, b"")
        assert result.stdout.startswith(b"\xef\xbb\xbf") is bom
        (row,) = csv_rows(result.stdout.decode("utf-8-sig"))
        assert row["routine"] == "Растяжка 腰痛 — Ischias ✓"
        if option == "--csv":
            assert row["note"] == "Rücken besser, 좋아요 ✓"


# -- the history table, --routine and report --output


def run_in_terminal(
    args: list[str], data_dir: Path, *, columns: int, encoding: str | None = None
) -> tuple[int, str, str]:
    """``homestretch ARGS`` with its output on a real terminal (a pty) ``columns`` wide."""
    import pty
    import termios

    controller, terminal = pty.openpty()
    termios.tcsetwinsize(terminal, (24, columns))
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    env["HOMESTRETCH_DATA_DIR"] = str(data_dir)
    if encoding is not None:
        env["PYTHONIOENCODING"] = encoding
    process = subprocess.Popen(
        [sys.executable, "-m", "homestretch", *args],
        stdout=terminal,
        stderr=subprocess.PIPE,
        env=env,
    )
    os.close(terminal)
    chunks = []
    while True:
        try:
            data = os.read(controller, 65536)
        except OSError:  # EIO: the command has closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(controller)
    with process:
        assert process.stderr is not None
        err = process.stderr.read().decode("utf-8", "replace")
        code = process.wait(timeout=60)
    out = b"".join(chunks).decode(encoding or "utf-8").replace("\r\n", "\n")
    return code, out, err


LONG_NOTE = "Leg tingled after the prone knee bends, then eased off while walking\nsecond line"


def log_advised_session(data_dir: Path, timeline: object = NON_LATIN, *, went_on: bool) -> None:
    """One session of ``timeline`` on 2026-03-04: pain 3 then 6, the stop rule advised
    stopping (the patient went on, or ended it), a two-line note."""
    from homestretch.core.events import EventKind

    assert isinstance(timeline, type(NON_LATIN))
    moment = datetime(2026, 3, 4, 12, tzinfo=UTC)
    with HistoryLog(data_dir / "history.sqlite3", wall=lambda: moment) as log:
        sid = log.start_session(timeline, pain_before=3)
        log.add_event(sid, EventKind.STOP_RULE, "pain up by 2 or more")
        follow = EventKind.CONTINUED_AFTER_ADVICE if went_on else EventKind.STOP_RULE_FOLLOWED
        log.add_event(sid, follow)
        log.end_session(sid, Outcome.STOPPED, 30)
        log.set_pain(sid, "after", 6)
        log.set_note(sid, LONG_NOTE)


def table(out: str) -> list[list[str]]:
    """The history table's lines, each split into its cells (two spaces or more apart)."""
    import re

    return [re.split(r"  +", line.strip()) for line in out.splitlines()]


def test_history_table_has_pain_stop_rule_and_the_whole_note_in_a_file(
    isolated_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log_sessions(isolated_data_dir, SEVERAL[:1])
    log_advised_session(isolated_data_dir, TIMELINE, went_on=True)
    code, out, err = run(["history"], capsys)  # captured: not a terminal, nothing cut
    assert (code, err) == (0, "")
    heading, advised, plain = table(out)
    assert heading == [
        "started",
        "routine",
        "time",
        "before",
        "after",
        "stop rule",
        "outcome",
        "note",
    ]
    assert advised[1] == TIMELINE.routine.name
    assert advised[3:6] == ["3", "6", "went on"]
    assert advised[-1] == " ".join(LONG_NOTE.split())
    assert plain[3:5] == ["4", "-"]
    assert plain[-1] == "first"
    assert "…" not in out
    # The stop-rule column lines up with its heading in every row.
    at = out.splitlines()[0].index("stop rule")
    assert out.splitlines()[1][at:].startswith("went on")


def test_history_stop_rule_followed(
    isolated_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log_advised_session(isolated_data_dir, TIMELINE, went_on=False)
    _, out, _ = run(["history"], capsys)
    assert table(out)[1][5] == "ended"


@pytest.mark.parametrize("columns", [80, 120])
def test_history_table_is_cut_to_the_terminal_with_an_ellipsis(
    isolated_data_dir: Path, columns: int
) -> None:
    log_sessions(isolated_data_dir, SEVERAL[:1])
    log_advised_session(isolated_data_dir, TIMELINE, went_on=True)
    code, out, err = run_in_terminal(["history"], isolated_data_dir, columns=columns)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert max(len(line) for line in lines) < columns
    routine = table(out)[1][1]
    assert routine.endswith("…")
    assert TIMELINE.routine.name.startswith(routine[:-1])
    note = table(out)[1][-1]
    assert note.endswith("…")
    assert LONG_NOTE.startswith(note[:-1])
    assert table(out)[2][-1] == "first"  # what fits is not cut
    if columns == 120:  # the routine and note give first
        assert table(out)[2][-2] == "completed: 2 done"

    code, out, _ = run_in_terminal(["history", "--wide"], isolated_data_dir, columns=100)
    assert code == 0
    assert "…" not in out
    assert table(out)[1][1] == TIMELINE.routine.name
    assert table(out)[1][-1] == " ".join(LONG_NOTE.split())


def test_history_table_lines_up_wide_characters(isolated_data_dir: Path) -> None:
    log_sessions(isolated_data_dir, SEVERAL[:1])
    log_advised_session(isolated_data_dir, NON_LATIN, went_on=True)
    code, out, _ = run_in_terminal(["history"], isolated_data_dir, columns=120)
    assert code == 0
    heading, wide_name, plain = out.splitlines()
    # 腰痛 takes four cells: the time column ends in the same cell on every line.
    end = heading.index("time") + len("time")
    assert plain[:end].endswith("2:00")
    assert wide_name.index("0:30") + 4 == end - 2  # two fewer characters than cells


@pytest.mark.parametrize("terminal", [True, False])
def test_history_table_never_fails_on_an_ascii_terminal(
    isolated_data_dir: Path, terminal: bool
) -> None:
    log_advised_session(isolated_data_dir, NON_LATIN, went_on=True)
    if terminal:
        code, out, err = run_in_terminal(
            ["history"], isolated_data_dir, columns=160, encoding="ascii"
        )
    else:
        env = {**os.environ, "PYTHONIOENCODING": "ascii"}
        env["HOMESTRETCH_DATA_DIR"] = str(isolated_data_dir)
        result = subprocess.run(
            [sys.executable, "-m", "homestretch", "history"],
            capture_output=True,
            env=env,
            check=False,
        )
        code, out, err = result.returncode, result.stdout.decode("ascii"), result.stderr.decode()
    assert (code, err) == (0, "")
    name = table(out)[1][1]
    assert name.startswith("???????? ?? ? Ischias ?")  # one "?" for each character
    if terminal:
        assert table(out)[1][-1].endswith("...")  # the ellipsis in ASCII


def test_routine_matches_any_part_of_a_name_ignoring_case(
    isolated_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log_sessions(isolated_data_dir, SEVERAL)
    code, out, err = run(["history", "--csv", "--routine", "SCIATICA"], capsys)
    assert (code, err) == (0, "")
    assert [r["note"] for r in csv_rows(out)] == ["third", "second", "first"]
    code, out, err = run(["history", "--routine", "stretch"], capsys)
    assert (code, err) == (0, "")
    assert [row[1] for row in table(out)[1:]] == ["Evening stretches"]


def test_routine_matching_several_shows_them_all_and_says_so(
    isolated_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log_sessions(isolated_data_dir, SEVERAL)
    code, out, err = run(["history", "--csv", "--routine", "eve"], capsys)  # "seven", "Evening"
    assert code == 0
    assert [r["note"] for r in csv_rows(out)] == ["third", "'=evening", "second", "first"]
    assert err == (
        "homestretch history: --routine 'eve' matches 2 routines, all shown:"
        f' "Evening stretches", "{TIMELINE.routine.name}"\n'
    )


def test_routine_named_exactly_is_chosen_alone() -> None:
    names = {"Stretch", "Stretch twice", "Back"}
    assert cli.match_routines("stretch", names) == ["Stretch"]
    assert cli.match_routines("STRETCH T", names) == ["Stretch twice"]
    assert cli.match_routines("tch", names) == ["Stretch", "Stretch twice"]
    assert cli.match_routines("leg", names) == []


def test_routine_matching_none_names_the_routines_there_are(
    isolated_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log_sessions(isolated_data_dir, SEVERAL)
    for args in (["history"], ["history", "--csv"]):
        code, out, err = run([*args, "--routine", "Nothing like it"], capsys)
        assert (code, out) == (1, "")
        assert err == (
            "homestretch history: no routine matches 'Nothing like it'; the log has sessions of"
            f' "Evening stretches", "{TIMELINE.routine.name}"\n'
        )


@pytest.mark.parametrize("name", ["report.txt", "report", "report.pdf.txt"])
def test_report_refuses_a_name_that_is_not_a_pdf(
    isolated_data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    log_sessions(isolated_data_dir, SEVERAL)
    output = tmp_path / "out" / name
    output.parent.mkdir()
    code, out, err = run(["report", "--since", "2026-03-01", "--output", str(output)], capsys)
    assert (code, out) == (2, "")
    assert err == (
        "homestretch report: the report is a PDF file; give --output a name ending in .pdf"
        f" (not {name!r})\n"
    )
    assert list(output.parent.iterdir()) == []


def test_report_takes_a_pdf_name_in_capitals(
    isolated_data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log_sessions(isolated_data_dir, SEVERAL)
    output = tmp_path / "REPORT.PDF"
    args = ["report", "--since", "2026-03-01", "--until", "2026-03-03", "--output", str(output)]
    code, out, _ = run(args, capsys)
    assert (code, out) == (0, f"{output}\n")
    assert output.read_bytes().startswith(b"%PDF-")


def test_a_practice_run_is_marked_in_the_history_table(
    isolated_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from homestretch.core.history import HistoryLog
    from homestretch.core.player import Outcome

    isolated_data_dir.mkdir(parents=True, exist_ok=True)
    timeline = build_timeline(load_routine(BUNDLED_ROUTINE))
    with HistoryLog(isolated_data_dir / "history.sqlite3") as log:
        session_id = log.start_session(timeline, speed=20.0)
        log.end_session(session_id, Outcome.STOPPED, 30.0)
    code, out, _ = run(["history", "--wide"], capsys)
    assert code == 0
    assert "stopped (practice at 20× speed): 0 done" in out


@pytest.mark.parametrize(
    ("language", "first", "switch", "end"),
    [
        ("nl", "Knie strekken in zit.", "Wissel naar uw linkerbeen.", "Klaar met de oefeningen."),
        ("de", "Knie strecken im Sitzen.", "Wechseln Sie zum linken Bein.", "Training geschafft."),
        ("zh-CN", "坐姿伸膝。", "换到左腿。", "练习完成。"),
    ],
)
def test_preview_json_speaks_the_routines_language(
    capsys: pytest.CaptureFixture[str], language: str, first: str, switch: str, end: str
) -> None:
    path = BUNDLED_ROUTINE.with_name(f"sciatica-relief.{language}.yaml")
    code, out, _ = run(["preview", "--json", str(path)], capsys)
    assert code == 0
    data = json.loads(out)
    assert data["language"] == language
    said = [s["say"] for s in data["segments"] if s["say"]]
    assert said[0].startswith(first)
    assert said[1].startswith("Herhaling 1." if language == "nl" else "")
    assert any(switch in text for text in said)
    assert said[-1].startswith(end)
    # None of the English routine's words around its own texts is left.
    english = {s.say for s in build_timeline(load_routine(BUNDLED_ROUTINE)).segments if s.say}
    assert not english & set(said)
    assert not any(word in text for text in said for word in ("Rep ", "Switch to", "Rest."))


def test_preview_and_validate_take_an_installed_routines_name(
    isolated_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    user = isolated_data_dir / "routines"
    user.mkdir(parents=True)
    (user / "mine.yaml").write_text(BUNDLED_ROUTINE.read_text().replace("Sciatica relief", "Mine"))
    code, by_name, _ = run(["preview", "SCIATICA-relief"], capsys)
    assert code == 0
    assert by_name == run(["preview", str(BUNDLED_ROUTINE)], capsys)[1]
    code, out, err = run(["validate", "MINE", "sciatica-relief"], capsys)
    assert (code, err) == (0, "")
    assert out == "MINE: ok (7 exercises)\nsciatica-relief: ok (7 exercises)\n"
    code, out, err = run(["validate", "Yoga", "mine"], capsys)
    assert code == 1
    assert out == "mine: ok (7 exercises)\n"
    assert err.startswith("homestretch validate: no routine file or installed routine named 'Yoga'")
    code, out, err = run(["preview", "Yoga"], capsys)
    assert (code, out) == (1, "")
    assert err.startswith("homestretch preview: no routine file or installed routine named 'Yoga'")
