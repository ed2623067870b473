"""A session in the routine's language: the session page's words, the voice, the routine
offered first, and Chinese text that fits."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from homestretch.core.paths import BUNDLED_ROUTINE, BUNDLED_ROUTINES_DIR
from homestretch.core.phrases import PHRASES, Plural
from homestretch.core.settings import Settings
from homestretch.core.timeline import SegmentKind
from homestretch.speech.speaker import RecordingSpeaker
from homestretch.speech.synthesis import Voice
from homestretch.ui.main_window import MainWindow
from tests.helpers import FakeClock
from tests.ui.conftest import MakeWindow
from tests.ui.fitting import problems
from tests.ui.screens import Walk

DUTCH = BUNDLED_ROUTINES_DIR / "sciatica-relief.nl.yaml"
CHINESE = BUNDLED_ROUTINES_DIR / "sciatica-relief.zh-CN.yaml"
GERMAN = BUNDLED_ROUTINES_DIR / "sciatica-relief.de.yaml"


def select(window: MainWindow, path: Path) -> None:
    entry = next(e for e in window.routines_page._entries if e.path == path)
    window.reload_routines(select=str(entry.path))
    while not window.ready_to_start():
        QApplication.processEvents()


WORD = re.compile(r"[^\W\d_]{2,}")


def table_words(language: str) -> set[str]:
    """Every word of a language's phrases (not of their placeholders)."""
    words: set[str] = set()
    for text in PHRASES[language].values():
        for form in (text.one, text.other) if isinstance(text, Plural) else (text,):
            words |= set(WORD.findall(re.sub(r"\{\w+\}", "", form)))
    return words


def english_words() -> set[str]:
    """Words of the English phrases that the Dutch ones do not use too ("contact")."""
    return table_words("en") - table_words("nl")


def session_texts(window: MainWindow) -> dict[str, str]:
    """What the session page shows about the session (not its buttons: the interface's)."""
    view = window.session_view
    labels = (
        "notice",
        "phase",
        "reps",
        "next_up",
        "exercise_name",
        "exercise_count",
        "session_left",
        "cautions",
        "title",
        "summary",
        "advice",
    )
    shown = {name: getattr(view, name).text() for name in labels if getattr(view, name).isVisible()}
    shown["side"] = view.side.current()
    if "summary" in shown:
        # After it, whether the session is saved: a word of the interface, not the session.
        assert shown["summary"].startswith(window._done_summary)
        shown["summary"] = window._done_summary
    return shown


def english_left(shown: dict[str, str], routine_words: str) -> dict[str, set[str]]:
    """The English phrase words in each text (the routine's own words set aside)."""
    left = {}
    ours = set(WORD.findall(routine_words))
    for name, text in shown.items():
        found = set(WORD.findall(text)) & english_words() - ours
        if found:
            left[name] = found
    return left


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def walk_a_session(window: MainWindow, clock: FakeClock) -> Iterator[str]:
    """Start the selected routine and stop at each kind of moment the page shows."""
    walk = Walk(window, clock)
    walk.ready()
    walk.key(Qt.Key.Key_Space)
    walk.run_until(lambda: walk.segment_kind() is SegmentKind.PREPARE)
    yield "prepare"
    walk.run_until(lambda: walk.segment_kind() is SegmentKind.WORK)
    yield "work"
    walk.run_until(lambda: walk.segment_kind() is SegmentKind.SWITCH)
    yield "switch"
    walk.key(Qt.Key.Key_Space)
    yield "paused"
    walk.key(Qt.Key.Key_Space)
    walk.key(Qt.Key.Key_Right)
    walk.run_until(lambda: walk.segment_kind() is SegmentKind.REST)
    yield "rest between exercises"
    for _ in range(2):  # on to the quadriceps stretch, with the longest phase name
        walk.key(Qt.Key.Key_Right)
    walk.run_until(lambda: walk.segment_kind() is SegmentKind.WORK)
    yield "long phase name"
    walk.key(Qt.Key.Key_8)
    yield "stop advised"
    walk.key(Qt.Key.Key_C)
    yield "carried on"
    driver = window.driver
    assert driver is not None
    driver.stop()
    walk.settle()
    yield "stopped"


def test_a_dutch_session_shows_and_says_only_dutch(
    make_window: MakeWindow, clock: FakeClock, speaker: RecordingSpeaker
) -> None:
    window = make_window(clock=clock, speed=1.0)
    select(window, DUTCH)
    routine = window.routines_page.selected().routine  # type: ignore[union-attr]
    assert routine is not None
    own = " ".join(
        [routine.name]
        + [t for e in routine.exercises for t in (e.name, *e.cautions, *(p.name for p in e.phases))]
    )
    seen: dict[str, dict[str, str]] = {}
    for moment in walk_a_session(window, clock):
        shown = session_texts(window)
        seen[moment] = shown
        assert english_left(shown, own) == {}, (moment, shown)
    assert seen["prepare"]["phase"] == "KLAARMAKEN"
    assert seen["prepare"]["side"] == "RECHTERBEEN"
    assert seen["prepare"]["exercise_count"] == "Oefening 1 van 7"
    assert seen["prepare"]["session_left"].startswith("nog ")
    assert seen["prepare"]["cautions"].startswith("Let op: ")
    assert seen["work"]["reps"] == "herhaling 1 van 8"
    assert seen["switch"]["phase"] == "WISSEL VAN KANT"
    assert seen["switch"]["side"] == "LINKERBEEN"
    assert seen["paused"]["phase"].startswith("GEPAUZEERD")
    assert seen["paused"]["next_up"] == "Gepauzeerd. Druk op de spatiebalk om verder te gaan."
    assert seen["rest between exercises"]["phase"] == "RUST"
    assert seen["rest between exercises"]["next_up"].startswith("Hierna: ga ")
    assert seen["rest between exercises"]["exercise_name"].startswith("Hierna: ")
    assert seen["stop advised"]["advice"].startswith("Uw pijn is 8 op 10")
    assert window.session_view.notice.text() == "Pijn nu: 8 op 10 (ernstig)."
    assert seen["carried on"]["advice"].endswith("stop meteen als de pijn erger wordt.")
    assert seen["stopped"]["title"] == "SESSIE GESTOPT"
    assert re.match(r"\d van 7 oefeningen gedaan in \d+:\d\d\.", seen["stopped"]["summary"])
    # The words spoken are the timeline's Dutch ones, and the stop rule's.
    assert any(text.startswith("Herhaling 1.") for text in speaker.said)
    assert "Uw pijn is toegenomen. " in " ".join(speaker.said)
    assert not [t for t in speaker.said if re.search(r"\b(Rep|Switch|Rest|Next|Your)\b", t)]


def test_the_english_session_check_finds_english(make_window: MakeWindow, clock: FakeClock) -> None:
    """The check above can fail: on the English routine it finds the English words."""
    window = make_window(clock=clock, speed=1.0)
    moments = walk_a_session(window, clock)
    next(moments)
    assert english_left(session_texts(window), "") != {}
    window.driver.stop()  # type: ignore[union-attr]


def test_without_a_dutch_voice_the_default_reads_it_and_a_notice_says_so(
    make_window: MakeWindow, speaker: RecordingSpeaker
) -> None:
    window = make_window(settings=Settings(voice="test/en-gb"))
    assert speaker.configured is not None
    assert speaker.configured[0] == "test/en-gb"  # the English routine, in the chosen voice
    assert not window.notices()
    select(window, DUTCH)
    assert speaker.configured[0] == ""
    (notice,) = window.notices()
    assert "Dutch (Nederlands)" in notice
    assert window.notice_bar.isVisible()
    # With a Dutch voice installed, it reads the Dutch routine and the notice goes.
    speaker.voice_list.append(Voice("test/nl", "Dutch (test)", ("nl",)))
    window.start_session()
    assert speaker.configured[0] == "test/nl"
    assert window.notices() == []
    window.driver.stop()  # type: ignore[union-attr]
    select(window, BUNDLED_ROUTINE)
    assert speaker.configured[0] == "test/en-gb"  # back to the chosen voice for English


@pytest.fixture
def interface_locale() -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("locale", "offered"),
    [("nl_NL", DUTCH), ("de_DE", GERMAN), ("zh_CN", CHINESE), ("en_US", BUNDLED_ROUTINE)],
)
def test_the_routine_in_the_interfaces_language_is_offered_first(
    make_window: MakeWindow, interface_locale: None, locale: str, offered: Path
) -> None:
    QLocale.setDefault(QLocale(locale))
    window = make_window()
    assert window.routines_page.selected().path == offered  # type: ignore[union-attr]


def test_a_routine_chosen_before_is_kept_whatever_the_interfaces_language(
    make_window: MakeWindow, interface_locale: None
) -> None:
    QLocale.setDefault(QLocale("nl_NL"))
    english = str(BUNDLED_ROUTINE.resolve())
    window = make_window(settings=Settings(last_routine=english))
    assert str(window.routines_page.selected().path) == english  # type: ignore[union-attr]


SIZES = ((1024, 600), (1366, 768), (1920, 1080))


@pytest.mark.parametrize(
    ("path", "stopped", "notice"),
    [
        (
            CHINESE,
            "练习已停止",
            "这是一条很长的通知，用来检查页面在有通知时是否仍然能完整显示所有文字。",
        ),
        (
            GERMAN,  # the longest words
            "TRAINING BEENDET",
            "Eine lange Meldung, damit die Seite auch mit einer Meldung geprüft wird.",
        ),
        (
            DUTCH,
            "SESSIE GESTOPT",
            "Een lange melding, zodat de pagina ook met een melding erop wordt bekeken.",
        ),
    ],
    ids=["zh-CN", "de", "nl"],
)
def test_a_session_in_another_language_fits(
    make_window: MakeWindow, clock: FakeClock, tmp_path: Path, path: Path, stopped: str, notice: str
) -> None:
    # Measured in a real Chinese font (fonts-noto-cjk), not in boxes standing in for one.
    assert QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    window = make_window(clock=clock, speed=1.0)
    select(window, path)
    window.add_notice("test", notice)
    found: list[str] = []
    seen: list[str] = []
    for moment in walk_a_session(window, clock):
        seen.append(moment)
        for width, height in SIZES:
            window.resize(width, height - 56)
            for _ in range(4):
                QApplication.processEvents()
            found += [f"{moment}, {width}x{height}: {p}" for p in problems(window)]
        assert window.grab().save(str(tmp_path / f"{moment.replace(' ', '-')}.png"))
    assert len(seen) == 9
    assert window.session_view.title.text() == stopped
    assert not found, "\n".join(found)
