#!/usr/bin/env python3
"""Write what the one table of routine keys (src/homestretch/core/routine_keys.py) generates:

* schemas/routine.schema.json, the JSON Schema of a routine file;
* the tables of keys in docs/routine-format.md (after their marker comments).

Run it after changing the table: tests/core/test_routine_keys.py and
tests/core/test_docs.py fail while either file is stale.

    PYTHONPATH=src python scripts/make_schema.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from homestretch.core.files import write_atomically  # noqa: E402
from homestretch.core.routine_keys import schema_text, update_guide  # noqa: E402

SCHEMA = ROOT / "schemas" / "routine.schema.json"
GUIDE = ROOT / "docs" / "routine-format.md"


def main() -> None:
    SCHEMA.parent.mkdir(exist_ok=True)
    write_atomically(SCHEMA, schema_text().encode("utf-8"))
    guide = GUIDE.read_text(encoding="utf-8")
    write_atomically(GUIDE, update_guide(guide).encode("utf-8"))
    print(f"wrote {SCHEMA.relative_to(ROOT)} and the tables of {GUIDE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
