"""The wheel: built from a clean copy of the checkout (no .qm files in it), it carries
the interface's translations that its build made from the .ts sources, the bundled
routines in every language, and the schema; installed on its own, the app finds its
German texts.

Slow (a wheel build, then an install into a folder), so marked ``slow``: CI runs it.
The build runs without isolation (hatchling, from the ``test`` extra, and PySide6's
lrelease are already in the environment), so it needs no network.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from homestretch import __version__
from homestretch.i18n.catalogue import TRANSLATIONS, messages
from tests.packaging.test_bundle import clean_checkout

pytestmark = pytest.mark.slow

PIP = (sys.executable, "-m", "pip", "--quiet", "--no-input")

PROGRAM = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
import homestretch
from homestretch.ui.language import install_language

site, context, source, expected = sys.argv[1:]
assert Path(homestretch.__file__).is_relative_to(site), homestretch.__file__
app = QCoreApplication([])
installed = install_language("de")
assert not installed.missing, installed.missing
shown = QCoreApplication.translate(context, source)
assert shown == expected, (shown, expected)
print("translated")
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    source = tmp_path_factory.mktemp("source")
    clean_checkout(source)
    assert not list(source.rglob("*.qm")), "the copy should hold only the .ts sources"
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [*PIP, "wheel", "--no-build-isolation", "--no-deps", "--wheel-dir", str(out), str(source)],
        check=True,
        timeout=600,
        env={**os.environ, "PIP_NO_INDEX": "1"},  # (nothing to fetch: all is here)
    )
    (built,) = out.glob("homestretch-*.whl")
    return built


def test_the_wheel_carries_the_translations_its_build_made(wheel: Path) -> None:
    assert wheel.name.startswith(f"homestretch-{__version__}-")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        for language in TRANSLATIONS.values():
            qm = f"homestretch/i18n/homestretch_{language}.qm"
            assert qm in names, f"{qm} is not in the wheel"
            assert archive.getinfo(qm).file_size > 1000, f"{qm} is nearly empty"
    routines = {n for n in names if n.startswith("homestretch/_bundled/routines/")}
    assert {Path(n).name for n in routines} >= {
        "sciatica-relief.yaml",
        "sciatica-relief.de.yaml",
        "sciatica-relief.nl.yaml",
        "sciatica-relief.zh-CN.yaml",
    }
    assert "homestretch/_bundled/schemas/routine.schema.json" in names


def test_the_installed_wheel_speaks_german(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    subprocess.run(
        [*PIP, "install", "--no-deps", "--target", str(site), str(wheel)],
        check=True,
        timeout=300,
        env={**os.environ, "PIP_NO_INDEX": "1"},
    )
    german = next(ts for ts, code in TRANSLATIONS.items() if code == "de")
    message = next(
        m
        for m in messages(german)
        if m.finished and not m.plural and m.translations[0] not in ("", m.source)
    )
    expected = message.translations[0]
    env = {**os.environ, "PYTHONPATH": str(site), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", PROGRAM, str(site), message.context, message.source, expected],
        cwd=tmp_path,  # (not the checkout: the installed copy is imported)
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "translated"
