"""Writing files so that nothing the user wrote is ever half-written."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(path: Path, content: str | bytes, *, make_folder: bool = False) -> None:
    """Replace ``path`` with ``content``: readers see the old file or the whole new one.

    The content goes to a temporary file beside ``path``, is flushed to disk,
    then renamed over it; on any failure the temporary file is removed and the
    old file is left as it was. Text is written as UTF-8.

    Args:
        make_folder: create ``path``'s folder first if it is missing (otherwise
            a missing folder is an error, as for a report the user asked to
            save somewhere).

    Raises:
        OSError: the folder is missing or cannot be written, or the disk is full.
    """
    if make_folder:
        path.parent.mkdir(parents=True, exist_ok=True)
    data = content.encode("utf-8") if isinstance(content, str) else content
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        Path(temp).replace(path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
