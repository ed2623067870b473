"""The sessions table's column widths: the first rows' texts are measured once, and again
whenever the texts shown change (a note edited, a session deleted, other rows, another font),
never left stale."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtGui import QFont, QFontMetrics, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from homestretch.core.history import HistoryLog
from homestretch.ui.history_view import HistoryView
from homestretch.ui.session_table import ROW_PADDING, SessionTable
from tests.helpers import Wall
from tests.ui.test_history_view import TODAY, add_session, at, utc_zone

__all__ = ["utc_zone"]  # the autouse fixture: local time is UTC

LONG_WORD = "Supercalifragilisticexpialidocious-tingling-down-the-left-leg"


def table_of(qtbot: QtBot, rows: list[list[str]]) -> tuple[SessionTable, QStandardItemModel]:
    model = QStandardItemModel(0, len(rows[0]))
    model.setHorizontalHeaderLabels([f"Column {c}" for c in range(len(rows[0]))])
    for row in rows:
        model.appendRow([QStandardItem(text) for text in row])
    table = SessionTable()
    qtbot.addWidget(table)
    table.setModel(model)
    table.resize(900, 400)
    table.show()
    qtbot.waitExposed(table)
    return table, model


def widths(table: SessionTable) -> list[int]:
    return [table.columnWidth(c) for c in range(table.model().columnCount())]


def fresh_widths(qtbot: QtBot, table: SessionTable, model: QStandardItemModel) -> list[int]:
    """What a new table, measuring everything, makes of the same texts at the same size."""
    rows = [
        [model.item(r, c).text() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    other, _ = table_of(qtbot, rows)
    other.setFont(table.font())
    other.resize(table.size())
    QApplication.processEvents()
    return widths(other)


def test_widths_follow_the_texts_through_resizes_edits_rows_and_fonts(qtbot: QtBot) -> None:
    rows = [["Mon 2 Mar 2026, 08:00", "Sciatica relief", "7 of 7", "a short note"]] * 30
    table, model = table_of(qtbot, rows)
    word = QFontMetrics(table.font()).horizontalAdvance(LONG_WORD)
    assert widths(table)[1] < word  # the routine column is narrower than the long word

    # Resized: the texts measured before give what measuring them again gives.
    for size in ((700, 400), (1200, 500), (900, 400)):
        table.resize(*size)
        QApplication.processEvents()
        assert widths(table) == fresh_widths(qtbot, table, model)

    # A cell's text changed (dataChanged): measured again, the column holds the long word.
    model.item(3, 1).setText(f"Sciatica {LONG_WORD}")
    QApplication.processEvents()
    assert widths(table)[1] > word
    assert widths(table) == fresh_widths(qtbot, table, model)

    # The row gone (rowsRemoved): the column narrows again.
    model.removeRow(3)
    QApplication.processEvents()
    assert widths(table)[1] < word
    assert widths(table) == fresh_widths(qtbot, table, model)

    # A larger font: every text measured again with it.
    before = widths(table)
    font = QFont(table.font())
    font.setPixelSize(2 * QFontMetrics(table.font()).height())
    table.setFont(font)
    QApplication.processEvents()
    assert widths(table)[:-1] != before[:-1]
    assert widths(table) == fresh_widths(qtbot, table, model)


def test_a_note_edited_or_its_session_deleted_sets_the_widths_again(
    qtbot: QtBot, log: HistoryLog, wall: Wall
) -> None:
    for day in range(5):
        add_session(log, wall, at(TODAY - timedelta(days=day), 8), note="stiff")
    view = HistoryView(log, lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    qtbot.waitExposed(view)
    QApplication.processEvents()
    table, model = view.table, view.model
    word = QFontMetrics(table.font()).horizontalAdvance(LONG_WORD)
    shown = widths(table)
    assert shown[model.NOTE] < word

    # The note typed into the table: the note column takes the long word whole.
    assert model.setData(model.index(1, model.NOTE), f"felt {LONG_WORD}")
    QApplication.processEvents()
    assert widths(table)[model.NOTE] > word
    assert log.sessions()[1].note == f"felt {LONG_WORD}"

    # That session deleted: the columns are as they were.
    view.delete_session(model.session(1))
    QApplication.processEvents()
    assert model.rowCount() == 4
    assert widths(table) == shown


def test_rows_are_measured_again_when_their_columns_narrow_or_widen(qtbot: QtBot) -> None:
    note = " ".join(["tingling down the left leg after the slump stretch"] * 4)
    rows = [["Mon 2 Mar 2026, 08:00", "Sciatica relief", note]] + [["Tue", "Short", "ok"]] * 5
    table, _ = table_of(qtbot, rows)
    wide = table.rowHeight(0)
    assert table.rowHeight(1) < wide

    table.resize(900, 600)  # taller only: the columns and the rows as they were
    QApplication.processEvents()
    assert table.rowHeight(0) == wide

    table.resize(450, 600)  # narrower: the long note wraps to more lines
    QApplication.processEvents()
    assert table.rowHeight(0) > wide
    assert table.rowHeight(0) == max(
        table.verticalHeader().defaultSectionSize(),
        min(table.row_limit(), table.sizeHintForRow(0) + ROW_PADDING),
    )

    table.resize(900, 400)  # as wide as at first: as tall as at first
    QApplication.processEvents()
    assert table.rowHeight(0) == wide
