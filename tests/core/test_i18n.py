"""The Qt-free translation seam, the choice of language and its setting."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from homestretch.core import i18n
from homestretch.core.checkin import AREA_WORDS, REGIONS, describe_areas, shown
from homestretch.core.i18n import LANGUAGES, english, language_code, translate
from homestretch.core.settings import read_settings


@pytest.fixture
def uninstalled() -> Iterator[None]:
    yield
    i18n.uninstall()


def test_without_qt_the_texts_are_the_english_sources() -> None:
    assert translate("C", "Open the folder") == "Open the folder"
    assert translate("C", "Current streak: %n day(s)", "", 1) == "Current streak: 1 day"
    assert translate("C", "Current streak: %n day(s)", "", 0) == "Current streak: 0 days"
    assert translate("C", "%n rep(s)", None, 12) == "12 reps"


@given(st.integers(min_value=0, max_value=10**6))
def test_english_plurals_put_the_count_in(n: int) -> None:
    assert english("C", "%n week(s)", "", n) == (f"{n} week" if n == 1 else f"{n} weeks")


def test_an_installed_translator_is_asked_with_the_context_and_count(uninstalled: None) -> None:
    asked: list[tuple[str, str, str | None, int]] = []

    def fake(context: str, text: str, disambiguation: str | None, n: int) -> str:
        asked.append((context, text, disambiguation, n))
        return "übersetzt"

    i18n.install(fake)
    assert translate("Checkin", "no pain") == "übersetzt"
    assert shown("mild") == "übersetzt"
    assert describe_areas(["knee_left", "lower_back"], translated=True) == "übersetzt, übersetzt"
    assert describe_areas(["knee_left"]) == "left knee"  # (the log and the CSV: English)
    assert asked[0] == ("Checkin", "no pain", None, -1)
    i18n.uninstall()
    assert translate("Checkin", "no pain") == "no pain"


def test_every_area_label_is_marked_for_translation() -> None:
    assert sorted(AREA_WORDS) == sorted(r.label for r in REGIONS)


@pytest.mark.parametrize(
    ("setting", "system", "wanted"),
    [
        ("de", ["en-US"], "de"),
        ("", ["de-AT", "en-US"], "de"),
        ("", ["nl-BE"], "nl"),
        ("", ["zh-Hans-CN", "en"], "zh_CN"),
        ("", ["zh-CN"], "zh_CN"),
        ("", ["zh-Hant-TW", "nl"], "nl"),  # traditional Chinese is not offered
        ("", ["fr-FR", "de"], "de"),
        ("", ["fr-FR"], "en"),
        ("", [], "en"),
        ("fr", ["nl"], "nl"),  # (a setting that is not a language: the system's)
        ("en", ["de"], "en"),
    ],
)
def test_the_language_is_the_setting_else_the_systems_else_english(
    setting: str, system: list[str], wanted: str
) -> None:
    assert language_code(setting, system) == wanted


@given(st.text(), st.lists(st.text(max_size=20), max_size=5))
def test_the_language_chosen_is_always_one_offered(setting: str, system: list[str]) -> None:
    assert language_code(setting, system) in LANGUAGES


@pytest.mark.parametrize("value", ["fr", "DE", 3, None, "de\0"])
def test_a_language_setting_that_is_not_offered_falls_back_with_a_notice(
    tmp_path: Path, value: object
) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"version": 1, "language": value, "rate": 120}), encoding="utf-8")
    loaded = read_settings(path)
    assert loaded.settings.language == ""
    assert loaded.settings.rate == 120
    assert "language" in loaded.problem


@pytest.mark.parametrize("value", ["", *LANGUAGES])
def test_each_language_setting_reads_back(tmp_path: Path, value: str) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"version": 1, "language": value}), encoding="utf-8")
    assert read_settings(path) == read_settings(path)
    assert read_settings(path).settings.language == value
    assert read_settings(path).problem == ""
