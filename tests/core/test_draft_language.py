"""The editor's model in the routine's language: the catalogue of bundled exercises and a
new phase's name come in the language the routine is written in."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from homestretch.core.draft import Draft, bundled_routine_in, catalogue, new_phase
from homestretch.core.paths import BUNDLED_ROUTINE, BUNDLED_ROUTINES_DIR, AppPaths
from homestretch.core.routine import Routine, load_routine

DUTCH = BUNDLED_ROUTINES_DIR / "sciatica-relief.nl.yaml"
GERMAN = BUNDLED_ROUTINES_DIR / "sciatica-relief.de.yaml"
CHINESE = BUNDLED_ROUTINES_DIR / "sciatica-relief.zh-CN.yaml"


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.resolve(tmp_path / "data")


def names(routine: Routine) -> list[str]:
    return [e.name for e in routine.exercises]


def test_a_dutch_routines_catalogue_is_dutch_and_adds_dutch_steps(paths: AppPaths) -> None:
    dutch = load_routine(DUTCH)
    draft = Draft.new(paths=paths, name="Knieën")
    draft.set(("language",), "nl")
    offered = draft.catalogue()
    assert [e["name"] for e in offered] == names(dutch)
    assert names(dutch) != names(load_routine(BUNDLED_ROUTINE))  # (it can fail)
    # The same exercise ids as the English routine: the history stays together.
    assert [e["id"] for e in offered] == [e.id for e in load_routine(BUNDLED_ROUTINE).exercises]
    knee_pats = next(e for e in offered if e["id"] == "knee-pats")
    at = draft.add_exercise(knee_pats)
    wanted = next(e for e in dutch.exercises if e.id == "knee-pats")
    assert draft.get(("exercises", at, "name")) == wanted.name
    assert draft.get(("exercises", at, "steps")) == list(wanted.steps)
    draft.remove(("exercises",), 0)  # the blank one
    saved = load_routine(draft.save())
    assert saved.language == "nl"
    assert saved.exercises[0].steps == wanted.steps


def test_a_copy_of_a_bundled_translation_offers_its_own_language(paths: AppPaths) -> None:
    folder = paths.user_routines_dir
    folder.mkdir(parents=True)
    mine = Path(shutil.copy(CHINESE, folder / "mine.yaml"))
    draft = Draft.open(mine, paths=paths)
    assert draft.language == "zh-CN"
    assert [e["name"] for e in draft.catalogue()] == names(load_routine(CHINESE))


@pytest.mark.parametrize(
    ("language", "bundled"),
    [
        ("en", BUNDLED_ROUTINE),
        ("nl", DUTCH),
        ("de", GERMAN),
        ("de-AT", GERMAN),  # (served by German, as the session is)
        ("zh-CN", CHINESE),
        ("zh-Hans", CHINESE),
        ("fr", BUNDLED_ROUTINE),  # no bundled French routine: English
        ("zh-TW", BUNDLED_ROUTINE),  # Traditional Chinese is not served
    ],
)
def test_the_catalogue_comes_from_the_bundled_routine_in_the_language(
    paths: AppPaths, language: str, bundled: Path
) -> None:
    assert bundled_routine_in(language) == bundled
    draft = Draft.new(paths=paths, name="Test")
    if language != "en":
        draft.set(("language",), language)
    assert draft.language == language
    assert [e["name"] for e in draft.catalogue()] == names(load_routine(bundled))


def test_a_routine_without_language_gets_the_english_catalogue(paths: AppPaths) -> None:
    draft = Draft.new(paths=paths, name="Test")
    assert draft.get(("language",)) is None
    assert draft.language == "en"
    assert draft.catalogue() == catalogue(BUNDLED_ROUTINE)


def test_a_missing_or_unreadable_translation_gives_the_english_catalogue(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "routines"
    folder.mkdir()
    english = Path(shutil.copy(BUNDLED_ROUTINE, folder / BUNDLED_ROUTINE.name))
    assert bundled_routine_in("nl", folder) == english  # no Dutch file at all
    os.mkfifo(folder / DUTCH.name)  # a FIFO where the Dutch file should be: not read, no hang
    (folder / GERMAN.name).write_bytes(b"name: \xff\xfe broken\n")  # not UTF-8
    assert bundled_routine_in("nl", folder) == english
    assert bundled_routine_in("de", folder) == english
    chinese = Path(shutil.copy(CHINESE, folder / CHINESE.name))
    assert bundled_routine_in("zh-CN", folder) == chinese


@pytest.mark.parametrize(
    ("language", "name"),
    [("en", "hold"), ("nl", "vasthouden"), ("de", "halten"), ("zh-CN", "保持"), ("fr", "hold")],
)
def test_a_new_phase_is_named_in_the_routines_language(language: str, name: str) -> None:
    assert new_phase(language) == {"name": name, "seconds": 5}
