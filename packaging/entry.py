"""The bundle's entry point: the ``homestretch`` command, and ``-m MODULE`` as Python has it.

The app starts its helper processes as ``sys.executable -m MODULE`` (the speech
worker). In the PyInstaller bundle ``sys.executable`` is this program, not a
Python, so it runs those modules itself; any other arguments are the command
line's.
"""

from __future__ import annotations

import os
import runpy
import sys

HELPER_MODULES = ("homestretch.speech.worker",)
"""The modules the app runs in a process of their own (``sys.executable -m MODULE``)."""


def _give_back_library_path() -> None:
    """Programs the app starts (aplay, a file manager) get the user's own library path.

    PyInstaller's bootloader points LD_LIBRARY_PATH into the bundle; this process
    has already read it, and a system program must not load the bundle's copies.
    """
    original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if original is not None:
        os.environ["LD_LIBRARY_PATH"] = original
    else:
        os.environ.pop("LD_LIBRARY_PATH", None)


def main() -> int:
    if getattr(sys, "frozen", False):
        _give_back_library_path()
    if len(sys.argv) >= 3 and sys.argv[1] == "-m" and sys.argv[2] in HELPER_MODULES:
        module = sys.argv[2]
        sys.argv = [module, *sys.argv[3:]]
        runpy.run_module(module, run_name="__main__", alter_sys=True)
        return 0
    from homestretch.cli import main as command_line

    return command_line()


if __name__ == "__main__":
    sys.exit(main())
