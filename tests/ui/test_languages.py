"""The window in German, Dutch and Chinese: every text it shows translated (the routine's
own words and the session's glue, in the routine's language, aside), plurals in each
language, dates and numbers in its forms, and German's long words fit the screen."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem, QWidget
from pytestqt.qtbot import QtBot

from homestretch import APP_ID, APP_NAME
from homestretch.core import i18n
from homestretch.core.i18n import translate
from homestretch.core.paths import BUNDLED_ROUTINES_DIR
from homestretch.core.timeline import SegmentKind
from homestretch.ui.language import install_language
from homestretch.ui.main_window import MainWindow
from homestretch.ui.notify import DesktopNotifier
from homestretch.ui.reminders import Reminders
from tests.helpers import FakeClock
from tests.ui.conftest import MakeWindow
from tests.ui.languages import english_in, english_left, english_sources, routine_words
from tests.ui.screens import Walk, completed
from tests.ui.test_routine_language import walk_a_session

LANGUAGES = ("de", "nl", "zh_CN")


def settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def check(top: QWidget, state: str, found: list[str], routine: list[str] | None = None) -> None:
    sources = english_sources(i18n_language())
    words = ROUTINE if routine is None else routine
    found.extend(f"{state}: {problem}" for problem in english_left(top, sources, words))


def i18n_language() -> str:
    from homestretch.ui.language import showing

    return showing()


ROUTINE = routine_words()


ROUTINE_FILES = {
    "de": BUNDLED_ROUTINES_DIR / "sciatica-relief.de.yaml",
    "nl": BUNDLED_ROUTINES_DIR / "sciatica-relief.nl.yaml",
    "zh_CN": BUNDLED_ROUTINES_DIR / "sciatica-relief.zh-CN.yaml",
}
"""The bundled routine in each language: the window offers it first, and its session
speaks and shows that language too, so nothing on the page is English."""


@pytest.mark.parametrize("in_language", LANGUAGES, indirect=True)
def test_every_page_shows_its_texts_in_the_language(
    qtbot: QtBot, make_window: MakeWindow, in_language: str
) -> None:
    clock = FakeClock()
    window = make_window(clock=clock, speed=1.0)
    selected = window.routines_page.selected()
    assert selected is not None
    assert selected.path == ROUTINE_FILES[in_language]  # (offered in the window's language)
    routine = routine_words(selected.path)
    walk = Walk(window, clock)
    found: list[str] = []
    heard: list[tuple[str, str]] = []  # (what a screen reader is told away from the focus)
    window.session_view.announcer.announced.connect(
        lambda message: heard.append(("announcement", message))
    )
    settle()
    check(window, "routines", found, routine)
    page = window.routines_page
    page.show_deleted(selected.title)  # (the line that offers to undo a delete)
    check(window, "routines, a routine deleted", found, routine)
    page.undo_bar.hide()
    for walked in (walk_a_session(window, clock), completed(walk)):
        for state in walked:
            settle()
            check(window, state, found, routine)
    walk.ready()
    window.show_history()
    settle()
    check(window, "history", found, routine)
    found.extend(english_in(heard, english_sources(in_language), routine))
    assert found == [], "\n".join(found)
    assert {"Paused.", "Going on."} & {message for _, message in heard} == set()


@pytest.mark.parametrize("in_language", LANGUAGES, indirect=True)
def test_the_dialogs_show_their_texts_in_the_language(
    qtbot: QtBot, make_window: MakeWindow, in_language: str
) -> None:
    from homestretch.ui.dialogs import warn
    from homestretch.ui.help import open_help
    from homestretch.ui.help_topics import HelpTopic

    window = make_window()
    found: list[str] = []
    for topic in HelpTopic:
        dialog = open_help(topic, window.paths, window)
        dialog.show()
        settle()
        check(dialog, f"help {topic.name}", found)
        dialog.close()
    window.open_language_settings()
    settle()
    check(window.language_dialog, "language", found)
    window.language_dialog.reject()
    window.open_speech_settings()
    settle()
    check(window.speech_dialog, "speech settings", found)
    window.speech_dialog.reject()
    reminders = Reminders(
        window, notifier=DesktopNotifier(APP_ID, APP_NAME, ""), tray_available=False, start=False
    )
    reminders.open_dialog()
    settle()
    reminders.dialog.times.setText("")  # (and what it says about the times written)
    check(reminders.dialog, "reminders", found)
    reminders.dialog.times.setText("25:00")
    check(reminders.dialog, "reminders, a wrong time", found)
    reminders.dialog.reject()
    window.open_pain_map("before")
    settle()
    check(window.pain_map_dialog, "pain map", found)
    window.pain_map_dialog.reject()
    warning = warn(window, title="", text="", details="1")
    settle()
    check(warning, "warning", found)
    warning.reject()
    selected = window.routines_page.selected()
    assert selected is not None
    # The "Add" menu offers the bundled exercises in the routine's language, as it is.
    routine = routine_words(selected.path)
    window.routines_page.edit_button.click()
    editor = window.editor
    assert editor is not None
    settle()
    sources = english_sources(in_language)
    # (The fields' tooltips too: the key table's descriptions, translated.)
    found.extend(f"editor: {p}" for p in english_left(editor, sources, routine))
    editor.list.setCurrentRow(0)
    settle()
    found.extend(f"editor exercise: {p}" for p in english_left(editor, sources, routine))
    editor._closing = True
    editor.close()
    assert found == [], "\n".join(found)


GERMAN_LIST_BUTTONS = {
    "steps": (
        "Schritt hinzufügen",
        "Ausgewählten Schritt entfernen",
        "Ausgewählten Schritt nach oben verschieben",
        "Ausgewählten Schritt nach unten verschieben",
    ),
    "cautions": (
        "Hinweis hinzufügen",
        "Ausgewählten Hinweis entfernen",
        "Ausgewählten Hinweis nach oben verschieben",
        "Ausgewählten Hinweis nach unten verschieben",
    ),
    "phases": (
        "Phase hinzufügen",
        "Ausgewählte Phase entfernen",
        "Ausgewählte Phase nach oben verschieben",
        "Ausgewählte Phase nach unten verschieben",
    ),
}
"""The editor's list buttons in German, as homestretch_de.ts has them: whole sentences
(a capitalised noun, its gender's article ending), not "{noun} hinzufügen"."""


@pytest.mark.parametrize("in_language", ["de"], indirect=True)
def test_the_editors_list_buttons_say_whole_sentences_in_german(
    qtbot: QtBot, make_window: MakeWindow, in_language: str
) -> None:
    from homestretch.ui.editor.fields import ListButtons, PhasesTable, TextListField

    window = make_window()
    window.routines_page.edit_button.click()
    editor = window.editor
    assert editor is not None
    editor.list.setCurrentRow(0)
    settle()
    lists = {
        str(field.path[-1]): field
        for field in editor.findChildren(TextListField) + editor.findChildren(PhasesTable)
    }
    assert set(lists) == set(GERMAN_LIST_BUTTONS)
    for name, (add, remove, up, down) in GERMAN_LIST_BUTTONS.items():
        buttons: ListButtons = lists[name].buttons
        assert (buttons.add.text(), buttons.remove.text()) == (add, "Entfernen"), name
        assert (buttons.up.text(), buttons.down.text()) == ("Hoch", "Runter"), name
        shown = (buttons.add, buttons.remove, buttons.up, buttons.down)
        names = [b.accessibleName() for b in shown]
        assert names == [add, remove, up, down], name
    form = editor.exercise_form
    assert form is not None
    assert [f.label.text() for f in form.work_fields] == [
        "Dehnung auf Zeit: Sekunden",
        "Dehnung auf Zeit: Name",
        "Dehnung auf Zeit: gesprochener Hinweis",
    ]  # (whole labels: a German noun keeps its capital)
    phases = form.phases
    assert isinstance(phases, PhasesTable)
    table = phases.table
    delegate = table.itemDelegateForColumn(1)
    box = delegate.createEditor(table, QStyleOptionViewItem(), table.model().index(0, 1))
    assert box.accessibleName() == "Sekunden"  # (the phase's seconds, being edited)
    steps = lists["steps"]
    assert isinstance(steps, TextListField)
    before = len(steps.items())
    steps.buttons.add.click()
    assert len(steps.items()) == before + 1
    assert "Neuer Schritt" in steps.items()
    editor._closing = True
    editor.close()


@pytest.mark.parametrize(
    ("in_language", "one", "three"),
    [
        ("de", "Aktuelle Serie: 1 Tag", "Aktuelle Serie: 3 Tage"),
        ("nl", "Huidige reeks: 1 dag", "Huidige reeks: 3 dagen"),
        ("zh_CN", "当前连续：1 天", "当前连续：3 天"),
    ],
    indirect=["in_language"],
)
def test_plurals_take_the_form_of_the_language(
    in_language: str, one: str, three: str, qapp: QApplication
) -> None:
    for n, wanted in ((1, one), (3, three)):
        assert translate("HistoryView", "Current streak: %n day(s)", "", n) == wanted


def test_english_plurals_with_and_without_qt(qapp: QApplication) -> None:
    """The window's English forms (the English .qm) and the core's without Qt agree."""
    for n, wanted in ((0, "0 reps"), (1, "1 rep"), (2, "2 reps")):
        assert translate("RoutinesPage", "%n rep(s)", "", n) == wanted
        assert i18n.english("RoutinesPage", "%n rep(s)", "", n) == wanted


HISTORY_NAMES = {
    "de": ("März 2026: an 2 Tagen geübt", ("Von-Datum", "Bis-Datum")),
    "nl": ("maart 2026: op 2 dagen geoefend", ("Vanaf-datum", "Tot-datum")),
    "zh_CN": ("2026年3月：练习了 2 天", ("开始日期", "结束日期")),
}
"""What a screen reader hears for a month of the history and its date boxes."""


@pytest.mark.parametrize(
    ("in_language", "month", "monday"),
    [("de", "März 2026", "Mo"), ("nl", "maart 2026", "ma"), ("zh_CN", "2026年3月", "一")],
    indirect=["in_language"],
)
def test_history_dates_follow_the_language(
    make_window: MakeWindow, in_language: str, month: str, monday: str
) -> None:
    from homestretch.ui.history_view import MonthGrid, local_text, percent

    grid = MonthGrid()
    assert grid.weekday_names()[0] == monday
    shown = local_text(date(2026, 3, 3), grid.tr("MMMM yyyy", "month heading format"))
    assert shown == month
    assert QLocale().name().startswith(in_language.split("_")[0])
    assert percent(0.8) in ("80\u00a0%", "80%")
    sessions = {date(2026, 3, 2): 2, date(2026, 3, 20): 1}
    grid.show_month(date(2026, 3, 1), sessions, date(2026, 3, 31))
    # Whole translated names (no "{month}: exercised on..." in English, no "Von date").
    exercised, dates = HISTORY_NAMES[in_language]
    assert grid.accessibleName() == exercised
    view = make_window().history_view
    assert view is not None
    assert (view.from_edit.accessibleName(), view.to_edit.accessibleName()) == dates
    grid.deleteLater()


def test_a_window_made_in_german_says_so_in_its_menus(
    qtbot: QtBot, make_window: MakeWindow, translations_dir: Path
) -> None:
    installed = install_language("de", translations_dir)
    try:
        window: MainWindow = make_window()
        titles = [a.text() for a in window.menuBar().actions()]
        assert titles[:2] == ["&Datei", "&Sitzung"]
    finally:
        installed.remove()
    assert translate("MainWindow", "&File") == "&File"


@pytest.mark.parametrize(
    ("in_language", "long", "short", "heading", "mean", "share"),
    [
        ("de", "2. März 2026", "Mo., 2. März 2026", "März 2026", "3,5", "80 %"),
        ("nl", "2 maart 2026", "ma 2 mrt 2026", "maart 2026", "3,5", "80%"),
        ("zh_CN", "2026年3月2日", "2026年3月2日 周一", "2026年3月", "3.5", "80%"),
    ],
    indirect=["in_language"],
)
def test_the_report_writes_dates_and_numbers_in_the_language(
    in_language: str, long: str, short: str, heading: str, mean: str, share: str
) -> None:
    """The report (Qt-free) names days and months and writes numbers through the seam,
    so the report saved from the window follows the window's language."""
    from homestretch.core import dates

    day = date(2026, 3, 2)
    assert dates.long_date(day) == long
    assert dates.short_date(day) == short
    assert dates.month_and_year(2026, 3) == heading
    assert dates.decimal(3.5) == mean
    assert dates.percent(0.8) == share


def test_the_app_opens_in_the_language_the_settings_name(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, isolated_data_dir: Path
) -> None:
    """Settings > Language… saved "de": the next start shows German (and Qt's own
    buttons, from qtbase_de.qm); the app takes its translators out when it ends."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialogButtonBox

    from homestretch import app as app_module
    from homestretch.core.paths import AppPaths
    from homestretch.core.settings import Settings, save_settings

    paths = AppPaths.resolve(isolated_data_dir)
    save_settings(paths.settings_file, Settings(language="de"))
    seen: list[tuple[str, str]] = []
    original_show = MainWindow.show

    def show_then_close(self: MainWindow) -> None:
        original_show(self)

        def look_then_close() -> None:
            box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
            cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
            seen.append((self.menuBar().actions()[0].text(), cancel.text()))
            box.deleteLater()
            self.close()

        self.first_painted.connect(lambda: QTimer.singleShot(50, look_then_close))

    monkeypatch.setattr(MainWindow, "show", show_then_close)
    assert app_module.run_app(paths, muted=True) == 0
    assert seen == [("&Datei", "Abbrechen")]
    assert translate("MainWindow", "&File") == "&File"


def test_the_language_dialog_saves_the_choice_for_the_next_start(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    from homestretch.core.settings import read_settings

    window = make_window()
    window.open_language_settings()
    dialog = window.language_dialog
    assert dialog.setting() == ""  # (the system's language, by default)
    assert "start it again" not in dialog.note.text()  # (the system's is English here)
    dialog.choice.setCurrentIndex(dialog.choice.findData("nl"))
    assert "start it again" in dialog.note.text()
    dialog.accept()
    assert window.settings.language == "nl"
    assert read_settings(window.paths.settings_file).settings.language == "nl"


def test_save_and_restart_now_is_offered_for_a_new_language_on_the_routines_page(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    window.show()
    window.open_language_settings()
    dialog = window.language_dialog
    assert not dialog.restart_button.isVisible()  # (the language shown: nothing to restart for)
    dialog.choice.setCurrentIndex(dialog.choice.findData("de"))
    assert dialog.restart_button.isVisible()
    with qtbot.waitSignal(window.restart_requested, timeout=2000):
        dialog.restart_button.click()
    assert window.settings.language == "de"


def test_restart_is_not_offered_while_a_session_is_on_screen(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    window.show()
    window.start_session()
    assert window.stack.currentWidget() is not window.routines_page
    window.open_language_settings()
    dialog = window.language_dialog
    dialog.choice.setCurrentIndex(dialog.choice.findData("de"))
    assert not dialog.restart_button.isVisible()
    assert "start it again" in dialog.note.text()
    with qtbot.assertNotEmitted(window.restart_requested):
        dialog.accept()
    assert window.settings.language == "de"


def test_starting_again_keeps_the_data_folder_chosen_the_mute_and_the_speed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from homestretch.app import restart_command
    from homestretch.core.paths import ENV_DATA_DIR, AppPaths

    monkeypatch.delenv(ENV_DATA_DIR, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    default = restart_command(AppPaths.resolve(None), speed=1.0, muted=False)
    assert default == [sys.executable, "-m", "homestretch"]
    chosen = restart_command(AppPaths.resolve(tmp_path / "d"), speed=2.0, muted=True)
    assert chosen[3:] == ["--data-dir", str(tmp_path / "d"), "--mute", "--speed", "2"]


@pytest.mark.parametrize("in_language", ["de"], indirect=True)
def test_a_screen_reader_hears_a_german_session_in_german(
    qtbot: QtBot, make_window: MakeWindow, in_language: str
) -> None:
    """The shortcuts (Qt's own key names, ours for the arrows), the picture and the
    announcements, in the language of the window and of the (German) routine."""
    clock = FakeClock()
    window = make_window(clock=clock, speed=1.0)
    view = window.session_view
    heard: list[str] = []
    view.announcer.announced.connect(heard.append)
    assert window.routines_page.start_button.accessibleDescription() == "Tastenkürzel: Leertaste"
    walk = Walk(window, clock)
    walk.key(Qt.Key.Key_Space)
    walk.run_until(lambda: walk.segment_kind() is SegmentKind.WORK)
    assert view.previous_button.accessibleDescription() == "Tastenkürzel: Pfeil nach links"
    assert view.stop_button.accessibleDescription() == "Tastenkürzel: Esc-Taste"
    assert view.illustration.accessibleName().startswith("Bild: ")
    assert view.illustration.accessibleName().endswith(", rechtes Bein")
    assert "Geübt wird mit dem rechten Bein." in view.illustration.accessibleDescription()
    assert view.progress.accessibleName() == "Fortschritt der Sitzung"
    heard.clear()
    walk.key(Qt.Key.Key_Space)
    walk.key(Qt.Key.Key_Space)
    assert heard == ["Angehalten.", "Es geht weiter."]
