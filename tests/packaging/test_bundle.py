"""The built program: ``packaging/build`` on a clean copy of the checkout, then the
bundle and the .deb run with no virtual environment and no source on any path.

Slow (a few minutes: the build's virtual environment, PyInstaller, the archives),
so marked ``slow``: CI runs it (scripts/test selects it when CI is set); a local
``pytest`` leaves it out, ``pytest -m slow`` runs it. Installing the .deb needs
root, as CI has.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from homestretch import APP_ID, __version__
from tests.helpers import pdf_text
from tests.test_cli import SEVERAL, log_sessions

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
SYSTEM_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
BUILD_SECONDS = 1800
BUNDLED_ROUTINE = Path("_internal/homestretch/_bundled/routines/sciatica-relief.yaml")


@dataclass(frozen=True)
class Built:
    tarball: Path
    deb: Path
    program: Path
    """The homestretch program in the unpacked tarball."""
    home: Path


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """An environment with nothing of this checkout or its virtual environment in it."""
    env = {"PATH": SYSTEM_PATH, "HOME": str(home), "LANG": "C.UTF-8", "TERM": "dumb"}
    env.update(extra)
    return env


def clean_checkout(target: Path) -> None:
    """The files git knows (committed or not; never .venv, build/ or dist/), copied."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.split(b"\0")
    for name in filter(None, listed):
        source = ROOT / os.fsdecode(name)
        if source.is_file():  # (deleted but not yet committed: absent)
            destination = target / os.fsdecode(name)
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, destination)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    checkout = tmp_path_factory.mktemp("checkout")
    clean_checkout(checkout)
    home = tmp_path_factory.mktemp("home")
    python = Path(sys.base_prefix) / "bin" / f"python{sys.version_info[0]}.{sys.version_info[1]}"
    env = clean_env(
        home,
        PYTHON=str(python),
        # The build's virtual environment is kept beside this checkout's, so that a
        # second run does not download PySide6 again; the build makes it when missing.
        HOMESTRETCH_BUILD_VENV=str(ROOT / "build" / "venv"),
        PIP_CACHE_DIR=str(Path.home() / ".cache" / "pip"),
    )
    for key in ("PIP_FIND_LINKS", "PIP_CERT", "SSL_CERT_FILE", "PIP_DEFAULT_TIMEOUT"):
        if key in os.environ:  # the machine's way to reach the package index
            env[key] = os.environ[key]
    result = subprocess.run(
        [str(checkout / "packaging" / "build")],
        env=env,
        capture_output=True,
        text=True,
        timeout=BUILD_SECONDS,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr[-6000:]
    tarball = checkout / "dist" / f"homestretch-{__version__}-linux-x86_64.tar.gz"
    deb = checkout / "dist" / f"homestretch_{__version__}_amd64.deb"
    assert result.stdout.split() == [str(tarball), str(deb)]
    unpacked = tmp_path_factory.mktemp("unpacked")
    with tarfile.open(tarball) as archive:
        assert {Path(n).parts[0] for n in archive.getnames()} == {f"homestretch-{__version__}"}
        archive.extractall(unpacked, filter="tar")
    program = unpacked / f"homestretch-{__version__}" / "homestretch"
    return Built(tarball=tarball, deb=deb, program=program, home=home)


def run(
    built: Built, *args: str, timeout: float = 120, **extra: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(built.program), *args],
        env=clean_env(built.home, **extra),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def test_the_bundle_says_its_version(built: Built) -> None:
    result = run(built, "--version")
    assert (result.returncode, result.stdout, result.stderr) == (
        0,
        f"homestretch {__version__}\n",
        "",
    )


def test_the_bundle_validates_its_bundled_routine_and_lists_it(
    built: Built, tmp_path: Path
) -> None:
    routine = built.program.parent / BUNDLED_ROUTINE
    result = run(built, "validate", str(routine))
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{routine}: ok (7 exercises)\n"
    listed = run(built, "--data-dir", str(tmp_path), "list")
    assert listed.returncode == 0, listed.stderr
    assert f"Bundled routines ({routine.parent}):" in listed.stdout
    assert "sciatica-relief.yaml: Sciatica relief" in listed.stdout


def test_the_bundle_writes_a_report_of_a_small_log(built: Built, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    log_sessions(data, SEVERAL)
    output = tmp_path / "report.pdf"
    result = run(
        built,
        *("--data-dir", str(data), "report", "--since", "2026-03-02", "--until", "2026-03-03"),
        *("--output", str(output)),
    )
    assert (result.returncode, result.stderr) == (0, ""), result.stderr
    assert output.read_bytes().startswith(b"%PDF-")
    text = pdf_text(output)
    assert "Period: 2 March 2026 to 3 March 2026 (2 days)" in text
    assert "Evening stretches" in text


def test_the_bundle_opens_its_window_and_runs_a_session(built: Built, tmp_path: Path) -> None:
    result = run(built, "--data-dir", str(tmp_path), "--smoke", QT_QPA_PLATFORM="offscreen")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("smoke: ok: 'Sciatica relief"), result.stdout
    assert (tmp_path / "history.sqlite3").is_file()  # the second of session was logged


def test_the_bundle_runs_its_speech_worker(built: Built, tmp_path: Path) -> None:
    """The app starts ``sys.executable -m homestretch.speech.worker``: in the bundle that is
    the program itself, which must speak (espeak-ng is installed where tests run)."""
    wav = tmp_path / "hello.wav"
    request = {"id": 1, "text": "Lift your left leg.", "path": str(wav)}
    result = subprocess.run(
        [str(built.program), "-m", "homestretch.speech.worker"],
        input=json.dumps(request) + "\n",
        env=clean_env(built.home),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines[0].get("ready") is True, result.stdout + result.stderr
    assert lines[0]["voices"]
    assert lines[1] == {"id": 1, "ok": True}
    assert wav.read_bytes().startswith(b"RIFF")


def test_the_bundle_leaves_out_what_it_does_not_use(built: Built) -> None:
    names = {p.name for p in built.program.parent.rglob("*")}
    for unused in ("libqgtk3.so", "libQt6WebEngineCore.so.6", "libQt6Qml.so.6", "libQt6Quick.so.6"):
        assert unused not in names
    assert not any(n.startswith(("libgtk-3", "libQt63D", "libQt6Multimedia")) for n in names)
    for platform in ("libqxcb.so", "libqwayland.so", "libqoffscreen.so"):
        assert platform in names


def test_the_tarball_carries_the_desktop_files(built: Built) -> None:
    share = built.program.parent / "share"
    assert (share / "applications" / f"{APP_ID}.desktop").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (share / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    for size in (16, 24, 32, 48, 64, 128, 256):
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()


# -- the .deb


def deb_field(deb: Path, field: str) -> str:
    return subprocess.run(
        ["dpkg-deb", "--field", str(deb), field], capture_output=True, text=True, check=True
    ).stdout.strip()


def test_the_deb_declares_its_dependencies(built: Built) -> None:
    assert deb_field(built.deb, "Package") == "homestretch"
    assert deb_field(built.deb, "Version") == __version__
    assert deb_field(built.deb, "Recommends") == "espeak-ng, alsa-utils"
    depends = [item.split()[0] for item in deb_field(built.deb, "Depends").split(", ")]
    # What the bundle takes from the system: the C library, the graphics stack, fonts...
    for package in ("libc6", "libfontconfig1", "libxcb1", "libegl1", "libwayland-client0"):
        assert package in depends
    # ...and not what it carries itself.
    for package in ("libssl3", "libglib2.0-0", "libdbus-1-3", "libstdc++6"):
        assert package not in depends


def test_lintian_finds_no_errors_in_the_deb(built: Built) -> None:
    result = subprocess.run(
        ["lintian", "--no-tag-display-limit", str(built.deb)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    errors = [line for line in result.stdout.splitlines() if line.startswith("E:")]
    assert errors == [], result.stdout
    assert result.returncode == 0, result.stdout + result.stderr


WATCHED = ("/opt", "/usr", "/etc")
REGENERATED = (
    # Caches the desktop's dpkg triggers rebuild on install and on removal.
    "/usr/share/applications/mimeinfo.cache",
    "/usr/share/icons/hicolor/icon-theme.cache",
    "/usr/share/mime/",
)


def system_files() -> set[str]:
    listed = subprocess.run(
        ["find", *WATCHED, "-xdev", "-print0"], capture_output=True, check=False
    ).stdout
    return {
        name
        for name in os.fsdecode(listed).split("\0")
        if name and not name.startswith(REGENERATED)
    }


@pytest.fixture
def installed(built: Built) -> Iterator[Path]:
    """The .deb installed with dpkg (as root), removed again whatever happens."""
    assert os.geteuid() == 0, "installing the .deb needs root (run this test as CI does)"
    subprocess.run(["dpkg", "--purge", "homestretch"], capture_output=True, check=False)
    result = subprocess.run(["dpkg", "-i", str(built.deb)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    try:
        yield Path("/opt/homestretch")
    finally:
        subprocess.run(["dpkg", "--purge", "homestretch"], capture_output=True, check=False)


def test_the_deb_installs_runs_and_removes_without_a_trace(
    built: Built, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    before = system_files()
    assert not any(n.startswith("/opt/homestretch") for n in before)
    request.getfixturevalue("installed")
    version = subprocess.run(
        ["homestretch", "--version"], env=clean_env(tmp_path), capture_output=True, text=True
    )
    assert (version.returncode, version.stdout) == (0, f"homestretch {__version__}\n")
    assert os.path.realpath("/usr/bin/homestretch") == "/opt/homestretch/homestretch"
    desktop = Path(f"/usr/share/applications/{APP_ID}.desktop")
    assert subprocess.run(["desktop-file-validate", str(desktop)], check=False).returncode == 0
    assert Path(f"/usr/share/icons/hicolor/48x48/apps/{APP_ID}.png").is_file()
    assert Path(f"/usr/share/metainfo/{APP_ID}.metainfo.xml").is_file()
    # The MIME trigger ran: the system's database knows the routine package type.
    assert Path("/usr/share/mime/application/x-homestretch.xml").is_file()
    smoke = subprocess.run(
        ["homestretch", "--data-dir", str(tmp_path / "data"), "--smoke"],
        env=clean_env(tmp_path, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr
    installed_files = system_files() - before
    assert "/opt/homestretch/homestretch" in installed_files

    removed = subprocess.run(["dpkg", "-r", "homestretch"], capture_output=True, text=True)
    assert removed.returncode == 0, removed.stdout + removed.stderr
    assert system_files() - before == set()
    assert not Path("/usr/share/mime/application/x-homestretch.xml").exists()
    purged = subprocess.run(["dpkg", "-P", "homestretch"], capture_output=True, text=True)
    assert purged.returncode == 0, purged.stdout + purged.stderr
    assert system_files() - before == set()
    status = subprocess.run(["dpkg", "-s", "homestretch"], capture_output=True, text=True)
    assert status.returncode != 0  # dpkg no longer knows it
