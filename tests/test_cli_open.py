"""``homestretch [OPTIONS] FILE.yaml``: which word is a routine file to open in the window."""

from __future__ import annotations

from pathlib import Path

import pytest

from homestretch.cli import _routine_file_argument


@pytest.mark.parametrize(
    ("argv", "rest", "file"),
    [
        (["back.yaml"], [], "back.yaml"),
        (["--mute", "--speed", "3", "Back.YML"], ["--mute", "--speed", "3"], "Back.YML"),
        (["--data-dir=d", "--", "-odd.yaml"], ["--data-dir=d"], "-odd.yaml"),
        (["--data-dir", "d.yaml", "list"], ["--data-dir", "d.yaml", "list"], None),
        (["validate", "back.yaml"], ["validate", "back.yaml"], None),
        (["preview", "back.yaml", "--json"], ["preview", "back.yaml", "--json"], None),
        (["notes.txt"], ["notes.txt"], None),
        (["--speed"], ["--speed"], None),
        (["--mute"], ["--mute"], None),
    ],
)
def test_a_routine_file_is_the_word_where_a_command_would_be(
    argv: list[str], rest: list[str], file: str | None
) -> None:
    found = _routine_file_argument(argv)
    assert found == (rest, None if file is None else Path(file).absolute())


def test_the_help_tells_of_the_routine_file(capsys: pytest.CaptureFixture[str]) -> None:
    from homestretch import cli

    with pytest.raises(SystemExit):
        cli.main(["--help"])
    assert "homestretch FILE.yaml" in " ".join(capsys.readouterr().out.split())
