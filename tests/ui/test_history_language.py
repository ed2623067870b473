"""The history page in German: what a session logged (a pain rating, the stop rule's
warning and what the patient did then), the charts' names and descriptions and every
cell and tooltip of the table, with no English left."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from homestretch.core.checkin import StopRule
from homestretch.core.events import EVENT_WORDS, EventKind
from homestretch.core.history import HistoryLog
from homestretch.core.paths import BUNDLED_ROUTINE
from homestretch.core.player import Outcome
from homestretch.ui.language import install_language
from tests.helpers import Wall
from tests.ui.languages import english_in, english_left, english_sources, routine_words
from tests.ui.test_history_view import C, S, add_session, at, make_view, utc_zone

__all__ = ["utc_zone"]  # the autouse fixture: local time is UTC


@pytest.fixture
def german(translations_dir: Path) -> Iterator[None]:
    installed = install_language("de", translations_dir)
    yield
    installed.remove()


def test_what_a_session_logged_is_shown_in_german(
    qtbot: QtBot, log: HistoryLog, wall: Wall, german: None
) -> None:
    rose = StopRule(pain_rise=2).check(2, 5)
    at_least = StopRule(pain_at_least=7).check(None, 8)
    assert rose is not None
    assert at_least is not None
    ended = add_session(
        log,
        wall,
        at(date(2026, 3, 18), 8),
        [C, S],
        pain=(2, None),
        event=(EventKind.STOP_RULE, rose),
        outcome=Outcome.STOPPED,
    )
    log.add_event(ended, EventKind.PAIN, "5")
    log.add_event(ended, EventKind.STOP_RULE_FOLLOWED)
    went_on = add_session(
        log, wall, at(date(2026, 3, 19), 8), pain=(4, 3), event=(EventKind.STOP_RULE, at_least)
    )
    log.add_event(went_on, EventKind.CONTINUED_AFTER_ADVICE)
    view = make_view(qtbot, log, date(2026, 3, 20))
    model = view.model

    texts = [
        (f"row {row} column {column} {role.name}", str(value))
        for row in range(model.rowCount())
        for column in range(model.columnCount())
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        if (value := model.data(model.index(row, column), role))
    ]
    named: list[QWidget] = [view.pain_view, view.rates_view, view.page_scroll, *view.months]
    texts += [
        (f"{part} of {type(w).__name__}", text)
        for w in named
        for part, text in (("name", w.accessibleName()), ("description", w.accessibleDescription()))
        if text
    ]
    notes = "\n".join(t for where, t in texts if "ToolTipRole" in where)
    assert "Schmerz von 2 auf 5 gestiegen (die festgelegte Grenze ist ein Anstieg um 2)" in notes
    assert "Schmerz 8 von 10 (die festgelegte Grenze ist 7)" in notes
    assert "Sitzung wie geraten beendet" in notes
    assert "trotz des Rats aufzuhören weitergemacht" in notes
    assert "Schmerz während der Sitzung: 5 (mäßig)" in notes
    every = "\n".join(t for _, t in texts)
    for english in (*EVENT_WORDS.values(), rose, at_least, "stop_rule", "stop rule"):
        assert english not in every

    sources = english_sources("de")
    routine = routine_words(BUNDLED_ROUTINE)
    found = english_in(texts, sources, routine) + english_left(view, sources, routine)
    assert found == []
