"""Starting Homestretch at login: an XDG autostart entry (``~/.config/autostart``).

The entry starts Homestretch hidden in the tray (``--tray``), so reminders
come without the window opening. It is written while reminders and "Start at
login" are on and removed otherwise; only the file named after the app id is
ever touched.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Final

from homestretch import APP_ID, APP_NAME
from homestretch.core.files import write_atomically
from homestretch.core.paths import AppPaths

TRAY_FLAG: Final = "--tray"
_RESERVED: Final = set(" \t\n\"'\\><~|&;$*?#()`")


def autostart_file(paths: AppPaths) -> Path:
    return paths.autostart_dir / f"{APP_ID}.desktop"


def quote_exec_argument(argument: str) -> str:
    """One argument of an ``Exec`` line, quoted as the Desktop Entry specification asks
    (then escaped once more as a string value)."""
    text = argument.replace("%", "%%")
    if any(c in _RESERVED for c in text) or not text:
        inner = "".join("\\" + c if c in '"`$\\' else c for c in text)
        text = f'"{inner}"'
    return text.replace("\\", "\\\\")


def launch_command(paths: AppPaths, environ: dict[str, str] | None = None) -> list[str]:
    """How to start this Homestretch again: the bundle's program, or this Python with
    ``-m homestretch``; with ``--data-dir`` when its folders were chosen."""
    if getattr(sys, "frozen", False):
        command = [sys.executable]
    else:
        command = [sys.executable, "-m", "homestretch"]
    default = AppPaths.resolve(None, env={})
    environment = os.environ if environ is None else environ
    if paths != default or environment.get("HOMESTRETCH_DATA_DIR"):
        command += ["--data-dir", str(paths.data_dir)]
    return command


def autostart_entry(command: Sequence[str]) -> str:
    """The text of the autostart entry that runs ``command --tray``."""
    exec_line = " ".join(quote_exec_argument(a) for a in [*command, TRAY_FLAG])
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={APP_NAME}\n"
        "Comment=Exercise reminders for your home programme\n"
        f"Exec={exec_line}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "NoDisplay=true\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def set_autostart(paths: AppPaths, on: bool, command: Sequence[str] | None = None) -> None:
    """Write (``on``) or remove the entry. Raises OSError if the folder cannot be written."""
    path = autostart_file(paths)
    if on:
        entry = autostart_entry(command if command is not None else launch_command(paths))
        write_atomically(path, entry, make_folder=True)
    else:
        path.unlink(missing_ok=True)
