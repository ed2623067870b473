"""``homestretch handout ROUTINE --output FILE.pdf``: no window, no Qt, clear failures."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from homestretch import cli
from homestretch.core.library import RoutineNotFoundError, find_routine
from homestretch.core.paths import BUNDLED_ROUTINE, BUNDLED_ROUTINES_DIR
from homestretch.core.routine import load_routine
from tests.disk import fill, small_disk
from tests.helpers import pdf_text, poppler

SRC = Path(__file__).resolve().parent.parent / "src"


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_writes_the_handout_without_qt_or_a_display(tmp_path: Path) -> None:
    output = tmp_path / "handout.pdf"
    script = (
        "import sys\n"
        "from homestretch import cli\n"
        f"code = cli.main(['--data-dir', {str(tmp_path / 'data')!r}, 'handout', "
        f"{str(BUNDLED_ROUTINE)!r}, '--output', {str(output)!r}])\n"
        "qt = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "print('QT', qt)\n"
        "sys.exit(code)\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["PYTHONPATH"] = str(SRC)
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "QT []" in result.stdout
    assert str(output) in result.stdout
    assert load_routine(BUNDLED_ROUTINE).name in pdf_text(output)


def test_an_installed_routine_by_its_name_or_file_name(
    tmp_path: Path, isolated_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mine = isolated_data_dir / "routines" / "knees"
    mine.mkdir(parents=True)
    text = BUNDLED_ROUTINE.read_text(encoding="utf-8")
    text = text.replace("name: Sciatica relief - seven functional exercises", "name: My Knees")
    (mine / "knees.yaml").write_text(text, encoding="utf-8")
    for wanted in ("my knees", "KNEES", "sciatica-relief"):
        output = tmp_path / f"{wanted}.pdf"
        code, out, err = run(["handout", wanted, "--output", str(output)], capsys)
        assert (code, err) == (0, ""), wanted
        assert out.strip() == str(output)
    assert "My Knees" in pdf_text(tmp_path / "my knees.pdf")
    assert "Sciatica relief" in pdf_text(tmp_path / "sciatica-relief.pdf")


def test_find_routine_says_which_when_names_are_shared(tmp_path: Path) -> None:
    user = tmp_path / "routines"
    for folder in ("a", "b"):
        (user / folder).mkdir(parents=True)
        shutil.copy(BUNDLED_ROUTINE, user / folder / f"{folder}.yaml")
    with pytest.raises(RoutineNotFoundError, match="3 installed routines are named"):
        find_routine("Sciatica relief - seven functional exercises", BUNDLED_ROUTINES_DIR, user)
    assert find_routine("a", BUNDLED_ROUTINES_DIR, user) == user / "a" / "a.yaml"


@pytest.mark.parametrize(("paper", "size"), [("a4", "(A4)"), ("letter", "(letter)")])
def test_paper(tmp_path: Path, capsys: pytest.CaptureFixture[str], paper: str, size: str) -> None:
    output = tmp_path / "h.pdf"
    code, _, err = run(
        ["handout", str(BUNDLED_ROUTINE), "--output", str(output), "--paper", paper], capsys
    )
    assert (code, err) == (0, "")
    info = subprocess.run(
        [poppler("pdfinfo"), str(output)], capture_output=True, text=True, check=True
    ).stdout
    assert size in info


def one_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def test_an_unknown_routine(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        ["handout", "no such routine", "--output", str(tmp_path / "h.pdf")], capsys
    )
    assert code == 1
    assert out == ""
    line = one_line(err)
    assert line.startswith("homestretch handout: no routine file or installed routine named")
    assert '"Sciatica relief - seven functional exercises"' in line  # what there is
    assert not (tmp_path / "h.pdf").exists()


def test_a_missing_routine_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "gone.yaml"
    code, _, err = run(["handout", str(missing), "--output", str(tmp_path / "h.pdf")], capsys)
    assert code == 1
    assert str(missing) in one_line(err)


def test_no_such_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "nowhere" / "h.pdf"
    code, _, err = run(["handout", str(BUNDLED_ROUTINE), "--output", str(output)], capsys)
    assert code == 1
    assert one_line(err) == (
        f"homestretch handout: cannot write {output}: there is no folder {output.parent}"
    )


def test_output_must_be_a_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(
        ["handout", str(BUNDLED_ROUTINE), "--output", str(tmp_path / "h.txt")], capsys
    )
    assert code == 2
    assert "give --output a name ending in .pdf" in one_line(err)


def test_a_full_disk(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with small_disk(tmp_path / "disk", "256k") as disk:
        fill(disk)
        output = disk / "h.pdf"
        code, _, err = run(["handout", str(BUNDLED_ROUTINE), "--output", str(output)], capsys)
        assert code == 1
        assert one_line(err) == (
            f"homestretch handout: cannot write {output}: No space left on device"
        )
        assert sorted(p.name for p in disk.iterdir()) == ["filler"]  # nothing half-written


def test_a_read_only_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with small_disk(tmp_path / "disk", "256k") as disk:
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        output = disk / "h.pdf"
        code, _, err = run(["handout", str(BUNDLED_ROUTINE), "--output", str(output)], capsys)
        assert code == 1
        assert one_line(err) == (
            f"homestretch handout: cannot write {output}: the folder {disk} is not writable"
        )
        assert list(disk.iterdir()) == []
