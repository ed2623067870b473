"""Adding a routine file to the user's routines: a folder of its own, and what happens when
one from a file of the same name is there already."""

from __future__ import annotations

from pathlib import Path

import pytest

from homestretch.core.library import IfTaken, discover, import_routine, kept_name, taken_by
from homestretch.core.routine import RoutineError, load_routine
from tests.disk import fill, small_disk

ROUTINE = """\
schema: 1
name: NAME
exercises:
  - id: knee
    name: Knee bend
    position: sitting
    summary: Bend the knee.
    steps: [Bend it]
    illustration: pictures/knee.png
    work: {seconds: 30}
"""
PNG = b"\x89PNG\r\n\x1a\n"


def physio_file(folder: Path, name: str, *, picture: bytes = b"new") -> Path:
    """A routine file ``folder/back.yaml`` named ``name``, with a picture."""
    (folder / "pictures").mkdir(parents=True, exist_ok=True)
    (folder / "pictures" / "knee.png").write_bytes(PNG + picture)
    path = folder / "back.yaml"
    path.write_text(ROUTINE.replace("NAME", name))
    return path


def test_a_free_name_is_not_taken_and_the_routine_gets_a_folder_of_its_own(
    tmp_path: Path,
) -> None:
    user = tmp_path / "user"
    source = physio_file(tmp_path / "physio", "First")
    assert taken_by(source, user) is None
    target = import_routine(source, user, if_taken=IfTaken.REPLACE)
    assert target == user / "back" / "back.yaml"
    assert taken_by(source, user) == user / "back"
    assert taken_by(target, user) is None  # already one of the user's: nothing to replace


def test_keeping_both_numbers_the_new_one(tmp_path: Path) -> None:
    user = tmp_path / "user"
    first = import_routine(physio_file(tmp_path / "a", "First"), user)
    assert kept_name(tmp_path / "b" / "back.yaml", user) == "back (2).yaml"
    second = import_routine(physio_file(tmp_path / "b", "Second"), user)
    assert kept_name(tmp_path / "c" / "back.yaml", user) == "back (3).yaml"
    third = import_routine(physio_file(tmp_path / "c", "Third"), user, if_taken=IfTaken.KEEP_BOTH)
    assert second == user / "back (2)" / "back (2).yaml"
    assert third == user / "back (3)" / "back (3).yaml"
    assert [load_routine(p).name for p in (first, second, third)] == ["First", "Second", "Third"]
    assert (third.parent / "pictures" / "knee.png").is_file()
    assert [e.title for e in discover(tmp_path / "none", user)] == ["First", "Second", "Third"]


def test_replacing_puts_the_new_routine_and_its_pictures_in_the_old_ones_place(
    tmp_path: Path,
) -> None:
    user = tmp_path / "user"
    import_routine(physio_file(tmp_path / "a", "Old", picture=b"old"), user)
    (user / "back" / "pictures" / "left-over.png").write_bytes(PNG)
    target = import_routine(
        physio_file(tmp_path / "b", "New", picture=b"new"), user, if_taken=IfTaken.REPLACE
    )
    assert target == user / "back" / "back.yaml"
    assert load_routine(target).name == "New"
    assert (user / "back" / "pictures" / "knee.png").read_bytes() == PNG + b"new"
    assert not (user / "back" / "pictures" / "left-over.png").exists()
    assert sorted(p.name for p in user.iterdir()) == ["back"]  # nothing hidden left behind


def test_a_broken_file_replaces_nothing(tmp_path: Path) -> None:
    user = tmp_path / "user"
    import_routine(physio_file(tmp_path / "a", "Old"), user)
    broken = physio_file(tmp_path / "b", "New")
    broken.write_text(ROUTINE.replace("NAME", "New").replace("work:", "wrok:"))
    with pytest.raises(RoutineError, match=r"back.yaml:\d+:\d+: unknown key 'wrok'"):
        import_routine(broken, user, if_taken=IfTaken.REPLACE)
    assert sorted(p.name for p in user.iterdir()) == ["back"]
    assert load_routine(user / "back" / "back.yaml").name == "Old"


def test_a_replacement_that_does_not_fit_on_the_disk_keeps_the_old_routine(
    tmp_path: Path,
) -> None:
    user = tmp_path / "user"
    with small_disk(user):
        import_routine(physio_file(tmp_path / "a", "Old"), user)
        filler = fill(user)
        with pytest.raises(OSError, match="No space left"):
            import_routine(physio_file(tmp_path / "b", "New"), user, if_taken=IfTaken.REPLACE)
        filler.unlink()
        assert sorted(p.name for p in user.iterdir()) == ["back"]  # no half-built copy
        assert load_routine(user / "back" / "back.yaml").name == "Old"
