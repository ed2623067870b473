"""Build hook: the interface's translations, .ts -> .qm, when a wheel is built.

The .ts sources are in src/homestretch/i18n/ (kept in git); the .qm files Qt
loads are built from them here with PySide6's lrelease (PySide6-Essentials is a
build requirement) and put into the wheel next to them. An editable install
(scripts/setup) gets them built into the source tree, where the app finds them.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

I18N = Path("src") / "homestretch" / "i18n"


def lrelease() -> str:
    """PySide6's lrelease (from the build environment), or one on PATH."""
    try:
        import PySide6
    except ImportError:
        pass
    else:
        beside = Path(PySide6.__file__).resolve().parent / "lrelease"
        if beside.exists():
            return str(beside)
    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name)
        if found is not None:
            return found
    raise RuntimeError(
        "Cannot build the translations: lrelease was not found (it comes with PySide6)"
    )


class TranslationsBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        source = Path(self.root) / I18N
        tool = lrelease()
        for ts in sorted(source.glob("homestretch_*.ts")):
            qm = ts.with_suffix(".qm")
            subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
            if version != "editable":  # (an editable install reads the source tree)
                build_data["force_include"][str(qm)] = f"homestretch/i18n/{qm.name}"
