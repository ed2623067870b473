"""``homestretch export ROUTINE --output FILE.homestretch`` and ``homestretch import FILE``."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from homestretch import cli
from homestretch.core.paths import BUNDLED_ROUTINE
from homestretch.core.routine import load_routine
from tests.core.test_package import PNG, SVG, physio_routine

HANG = 60.0


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


def test_export_then_import_gives_the_routine_and_its_pictures(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, data: Path
) -> None:
    source = physio_routine(tmp_path / "physio")
    shared = tmp_path / "plan.homestretch"
    status, out, err = run(capsys, "export", str(source), "--output", str(shared))
    assert (status, err) == (0, "")
    assert out == f"{shared} (plan.yaml and 2 pictures)\n"
    status, out, err = run(capsys, "--data-dir", str(data), "import", str(shared))
    assert (status, err) == (0, "")
    added = data / "routines" / "plan" / "plan.yaml"
    assert out == f"{added}\n"
    assert added.read_bytes() == source.read_bytes()
    assert (added.parent / "pictures" / "knee.png").read_bytes() == PNG
    assert (added.parent / "calf.svg").read_bytes() == SVG
    assert load_routine(added).warnings == ()


def test_an_installed_routine_is_exported_by_its_name(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, data: Path
) -> None:
    name = load_routine(BUNDLED_ROUTINE).name
    shared = tmp_path / "bundled.HOMESTRETCH"
    status, out, _ = run(
        capsys, "--data-dir", str(data), "export", name.upper(), "--output", str(shared)
    )
    assert status == 0
    assert out == f"{shared} (sciatica-relief.yaml and 0 pictures)\n"
    with zipfile.ZipFile(shared) as zip_file:
        assert zip_file.read("sciatica-relief.yaml") == BUNDLED_ROUTINE.read_bytes()
    status, _, err = run(
        capsys, "--data-dir", str(data), "export", "sciatica-relief", "--output", "x"
    )
    assert status == 2
    assert err == "homestretch export: give --output a name ending in .homestretch (not 'x')\n"
    status, _, err = run(capsys, "--data-dir", str(data), "export", "Yoga", "--output", str(shared))
    assert status == 1
    assert err.startswith("homestretch export: no routine file or installed routine named 'Yoga'")
    for bundled in BUNDLED_ROUTINE.parent.glob("*.yaml"):  # one per language: all are named
        assert f'"{load_routine(bundled).name}"' in err


def test_a_routine_with_problems_is_not_exported(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = physio_routine(tmp_path / "physio")
    (source.parent / "calf.svg").unlink()
    shared = tmp_path / "plan.homestretch"
    status, out, err = run(capsys, "export", str(source), "--output", str(shared))
    assert (status, out) == (1, "")
    assert err.splitlines() == [
        f"{source}:19:19: warning: picture 'calf.svg' not found",
        f"homestretch export: fix {source} first; nothing was written",
    ]
    assert not shared.exists()


def test_importing_over_a_routine_of_the_same_name_asks_for_a_choice(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, data: Path
) -> None:
    shared = tmp_path / "plan.homestretch"
    run(capsys, "export", str(physio_routine(tmp_path / "a", "First")), "--output", str(shared))
    assert run(capsys, "--data-dir", str(data), "import", str(shared))[0] == 0
    run(capsys, "export", str(physio_routine(tmp_path / "b", "Second")), "--output", str(shared))
    status, out, err = run(capsys, "--data-dir", str(data), "import", str(shared))
    routines = data / "routines"
    assert (status, out) == (1, "")
    assert err == (
        "homestretch import: a routine from a file named 'plan.yaml' is already among your "
        f"routines ({routines / 'plan'}); add --replace to replace it, or --keep-both to add "
        "this one as 'plan (2).yaml'\n"
    )
    assert load_routine(routines / "plan" / "plan.yaml").name == "First"
    status, out, _ = run(capsys, "--data-dir", str(data), "import", "--keep-both", str(shared))
    assert out == f"{routines / 'plan (2)' / 'plan (2).yaml'}\n"
    status, out, _ = run(capsys, "--data-dir", str(data), "import", str(shared), "--replace")
    assert out == f"{routines / 'plan' / 'plan.yaml'}\n"
    assert [load_routine(routines / n / f"{n}.yaml").name for n in ("plan", "plan (2)")] == [
        "Second",
        "Second",
    ]


def test_a_routine_file_is_imported_too(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, data: Path
) -> None:
    source = physio_routine(tmp_path / "physio")
    status, out, err = run(capsys, "--data-dir", str(data), "import", str(source))
    assert (status, err) == (0, "")
    assert out == f"{data / 'routines' / 'plan' / 'plan.yaml'}\n"
    assert (data / "routines" / "plan" / "calf.svg").read_bytes() == SVG


def test_a_hostile_archive_is_one_plain_line_and_nothing_is_added(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, data: Path
) -> None:
    shared = tmp_path / "slip.homestretch"
    with zipfile.ZipFile(shared, "w") as zip_file:
        zip_file.writestr("../../evil.png", PNG)
    status, out, err = run(capsys, "--data-dir", str(data), "import", str(shared))
    assert (status, out) == (1, "")
    assert err == (
        f"homestretch import: {shared} holds a file named '../../evil.png', a path that leads "
        "outside the routine's folder; the file is refused as unsafe\n"
    )
    assert not (data / "routines").exists()


def test_a_named_pipe_is_refused_at_once(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.homestretch"
    os.mkfifo(pipe)
    result = subprocess.run(
        [sys.executable, "-m", "homestretch", "--data-dir", str(tmp_path / "d"), "import", pipe],
        capture_output=True,
        text=True,
        check=False,
        timeout=HANG,
    )
    assert result.returncode == 1
    assert result.stderr == (
        f"homestretch import: {pipe} is not a regular file (it is a named pipe)\n"
    )


def test_a_shared_routine_is_the_file_to_open_in_the_window() -> None:
    assert cli._routine_file_argument(["--mute", "Plan.HomeStretch"]) == (
        ["--mute"],
        Path("Plan.HomeStretch").absolute(),
    )


def test_the_command_line_stays_english_where_the_window_would_be_german(tmp_path: Path) -> None:
    """German saved and the system's: the window would say it in German, the command line
    has no translator and says it as the tests above (a zip bomb, a file cut off)."""
    data = tmp_path / "d"
    (data / "config").mkdir(parents=True)
    (data / "config" / "settings.json").write_text('{"language": "de"}', encoding="utf-8")
    bomb = tmp_path / "bomb.homestretch"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zip_file:
        zip_file.writestr("manifest.json", "{}")
        zip_file.writestr("calf.svg", bytes(4 * 1024 * 1024))
    cut = tmp_path / "cut.homestretch"
    cut.write_bytes(bomb.read_bytes()[:100])
    german = {**os.environ, "LANG": "de_DE.UTF-8", "LANGUAGE": "de", "LC_ALL": "de_DE.UTF-8"}
    said = []
    for shared in (bomb, cut):
        result = subprocess.run(
            [sys.executable, "-m", "homestretch", "--data-dir", str(data), "import", shared],
            capture_output=True,
            text=True,
            check=False,
            timeout=HANG,
            env=german,
        )
        assert result.returncode == 1
        said.append(result.stderr)
    assert said[0].startswith(
        f"homestretch import: {bomb} holds 'calf.svg', which would unpack to "
    )
    assert said[0].endswith(
        " times its packed size; no routine or picture shrinks that much, so the file is refused "
        "as unsafe\n"
    )
    assert said[1] == (
        f"homestretch import: {cut} is damaged or incomplete (it is not a whole .homestretch "
        "file)\n"
    )
    assert not (data / "routines").exists()
