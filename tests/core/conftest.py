"""Fixtures for the Qt-free core's tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from homestretch.core import i18n
from tests.helpers import MARK_CLOSE, MARK_OPEN


@pytest.fixture
def marked() -> Iterator[set[tuple[str, str]]]:
    """A translator that puts each text it is asked for between ⟦ ⟧, and the (context,
    text) pairs it was asked for."""
    asked: set[tuple[str, str]] = set()

    def mark(context: str, text: str, disambiguation: str | None, n: int) -> str:
        asked.add((context, text))
        return MARK_OPEN + i18n.english(context, text, disambiguation, n) + MARK_CLOSE

    i18n.install(mark)
    yield asked
    i18n.uninstall()
