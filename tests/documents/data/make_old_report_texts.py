#!/usr/bin/env python3
"""Write the text of the report that drew with Qt, for each log of ``report_logs``.

Run once, at commit 7e747fd (the last with ``ui/report.py``), from the worktree:
``PYTHONPATH=$PWD/src:$PWD .venv/bin/python tests/documents/data/make_old_report_texts.py``.
It is kept to show how the texts were made; the module it imports is gone.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtWidgets import QApplication
from tests.documents.report_logs import BUILDERS, CASES, fixture_text, utc_zone


def main() -> int:
    from homestretch.ui.report import write_report  # type: ignore[import-not-found]

    app = QApplication([sys.argv[0]])
    with utc_zone(), tempfile.TemporaryDirectory() as temp:
        for case in CASES:
            folder = Path(temp) / case.name
            folder.mkdir()
            log = BUILDERS[case.name](folder / "history.sqlite3")
            try:
                pdf = write_report(log, case.since, case.until, folder / "r.pdf", today=case.today)
            finally:
                log.close()
            text = subprocess.run(
                ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
            ).stdout
            fixture_text(case).write_text(text, encoding="utf-8")
            print(fixture_text(case), len(text.splitlines()), "lines")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
