"""Adding a routine file to the user's routines: a folder of its own, and what happens when
one from a file of the same name is there already."""

from __future__ import annotations

import json
import os
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from homestretch.core.library import (
    CannotDeleteError,
    Deleted,
    IfTaken,
    RoutineNotFoundError,
    delete_routine,
    discover,
    duplicate_routine,
    find_routine,
    free_routine_path,
    import_routine,
    kept_name,
    purge_trash,
    restore_routine,
    taken_by,
    trash_entry_time,
    trashed_routines,
)
from homestretch.core.paths import BUNDLED_ROUTINE, BUNDLED_ROUTINES_DIR, AppPaths
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


# --------------------------------------------------------------------------- new, duplicate, delete


@pytest.fixture
def app_paths(tmp_path: Path) -> AppPaths:
    paths = AppPaths.resolve(tmp_path / "data")
    paths.user_routines_dir.mkdir(parents=True)
    return paths


def test_a_new_routine_gets_a_free_file_name(app_paths: AppPaths) -> None:
    folder = app_paths.user_routines_dir
    assert free_routine_path(folder, "Knee care, week 2!") == folder / "knee-care-week-2.yaml"
    assert free_routine_path(folder, "★") == folder / "routine.yaml"
    (folder / "knee-care.yaml").write_text("x")
    (folder / "knee-care-2-pictures").mkdir()
    (folder / "KNEE-CARE-3.YML").write_text("x")
    assert free_routine_path(folder, "Knee care") == folder / "knee-care-4.yaml"


def test_duplicating_a_bundled_routine_writes_a_copy_in_the_users_folder(
    app_paths: AppPaths,
) -> None:
    copy = duplicate_routine(BUNDLED_ROUTINE, app_paths)
    assert copy == app_paths.user_routines_dir / "sciatica-relief (copy).yaml"
    original, duplicate = load_routine(BUNDLED_ROUTINE), load_routine(copy)
    assert duplicate.name == f"{original.name} (copy)"
    assert [e.id for e in duplicate.exercises] == [e.id for e in original.exercises]
    assert duplicate.exercises == original.exercises
    second = duplicate_routine(BUNDLED_ROUTINE, app_paths)
    assert second.name == "sciatica-relief (copy 2).yaml"
    assert load_routine(second).name == f"{original.name} (copy 2)"


def test_duplicating_a_users_routine_puts_the_copy_beside_it(
    app_paths: AppPaths, tmp_path: Path
) -> None:
    added = import_routine(physio_file(tmp_path, "Back"), app_paths.user_routines_dir)
    copy = duplicate_routine(added, app_paths)
    assert copy == added.with_name("back (copy).yaml")
    routine = load_routine(copy)
    assert routine.name == "Back (copy)"
    assert routine.warnings == ()
    assert routine.exercises[0].illustration == load_routine(added).exercises[0].illustration
    assert [p.name for p in sorted(added.parent.iterdir())] == [
        "back (copy).yaml",
        "back.yaml",
        "pictures",
    ]


def test_an_invalid_routine_is_not_duplicated(app_paths: AppPaths) -> None:
    broken = app_paths.user_routines_dir / "broken.yaml"
    broken.write_text(ROUTINE.replace("NAME", "Broken").replace("seconds: 30", "seconds: 0"))
    with pytest.raises(RoutineError, match="'seconds' must be from"):
        duplicate_routine(broken, app_paths)
    assert sorted(p.name for p in app_paths.user_routines_dir.iterdir()) == ["broken.yaml"]


def test_deleting_moves_the_routine_and_its_own_pictures_to_the_trash_and_restore_undoes_it(
    app_paths: AppPaths, tmp_path: Path
) -> None:
    added = import_routine(physio_file(tmp_path, "Back"), app_paths.user_routines_dir)
    folder = added.parent
    (folder / "back.yaml.bak").write_text("old")
    before = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    deleted = delete_routine(added, app_paths)
    assert not folder.exists()  # its own folder, emptied, goes too
    assert deleted.entry.parent == app_paths.trash_dir
    assert Deleted.load(deleted.entry) == deleted
    assert trashed_routines(app_paths) == [deleted]
    listed = discover(BUNDLED_ROUTINE.parent, app_paths.user_routines_dir)
    assert listed
    assert all(e.bundled for e in listed)  # only the bundled ones are left
    assert restore_routine(deleted) == added
    assert {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()} == before
    assert not deleted.entry.exists()
    assert load_routine(added).warnings == ()


def test_a_picture_another_routine_uses_stays(app_paths: AppPaths, tmp_path: Path) -> None:
    added = import_routine(physio_file(tmp_path, "Back"), app_paths.user_routines_dir)
    copy = duplicate_routine(added, app_paths)
    picture = added.parent / "pictures" / "knee.png"
    deleted = delete_routine(added, app_paths)
    assert picture.is_file()
    assert load_routine(copy).warnings == ()
    assert [old for old, _ in deleted.files] == [added]
    delete_routine(copy, app_paths)
    assert not added.parent.exists()


def test_restoring_beside_a_routine_made_since_keeps_both(app_paths: AppPaths) -> None:
    path = app_paths.user_routines_dir / "mine.yaml"
    path.write_text(
        ROUTINE.replace("NAME", "Mine").replace("    illustration: pictures/knee.png\n", "")
    )
    deleted = delete_routine(path, app_paths)
    path.write_text("made since")
    restored = restore_routine(deleted)
    assert restored == path.with_name("mine (2).yaml")
    assert path.read_text() == "made since"
    assert load_routine(restored).name == "Mine"


def test_a_bundled_routine_or_one_elsewhere_is_not_deleted(
    app_paths: AppPaths, tmp_path: Path
) -> None:
    with pytest.raises(CannotDeleteError, match="bundled routine"):
        delete_routine(BUNDLED_ROUTINE, app_paths)
    elsewhere = physio_file(tmp_path, "Back")
    with pytest.raises(CannotDeleteError, match="not in your routines folder"):
        delete_routine(elsewhere, app_paths)
    assert BUNDLED_ROUTINE.is_file()
    assert elsewhere.is_file()
    assert not app_paths.trash_dir.exists()


def test_a_damaged_trash_record_is_not_restorable(app_paths: AppPaths) -> None:
    entry = app_paths.trash_dir / "20260101T000000 x"
    entry.mkdir(parents=True)
    (entry / "deleted.json").write_text("{not json")
    with pytest.raises(ValueError, match="not a deleted routine that can be restored"):
        Deleted.load(entry)
    newer = app_paths.trash_dir / "20260101T000001 y"
    newer.mkdir()
    (newer / "deleted.json").write_text('{"format": 99, "routine": "x", "files": []}')
    with pytest.raises(ValueError, match="newer version"):
        Deleted.load(newer)
    assert trashed_routines(app_paths) == []


def test_a_routine_on_a_read_only_disk_is_not_deleted_and_nothing_is_left_in_the_trash(
    app_paths: AppPaths, tmp_path: Path
) -> None:
    folder = app_paths.user_routines_dir
    with small_disk(folder, "256k"):
        added = import_routine(physio_file(tmp_path, "Back"), folder)
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        with pytest.raises(OSError, match="Read-only file system"):
            delete_routine(added, app_paths)
        assert load_routine(added).warnings == ()  # the routine and its picture are there
        assert list(app_paths.trash_dir.iterdir()) == []


def test_a_routine_is_found_by_file_by_name_or_by_file_name(app_paths: AppPaths) -> None:
    user = app_paths.user_routines_dir
    mine = physio_file(user / "mine", "Back plan")
    bundled_name = load_routine(BUNDLED_ROUTINE).name
    twin = physio_file(user / "twin", bundled_name)
    bundled = BUNDLED_ROUTINES_DIR
    assert find_routine("BACK PLAN", bundled, user) == mine
    assert find_routine("sciatica-relief", bundled, user) == BUNDLED_ROUTINE
    assert find_routine("elsewhere/missing.yml", bundled, user) == Path("elsewhere/missing.yml")
    with pytest.raises(RoutineNotFoundError, match=r"^2 installed routines are named"):
        find_routine(bundled_name.upper(), bundled, user)
    with pytest.raises(RoutineNotFoundError) as info:
        find_routine("Yoga", bundled, user)
    installed = sorted(
        ["Back plan", *(load_routine(path).name for path in bundled.glob("*.yaml"))]
    )  # (the bundled routine comes in several languages)
    assert str(info.value) == (
        "no routine file or installed routine named 'Yoga'; installed: "
        + ", ".join(f'"{name}"' for name in installed)
    )
    assert find_routine("twin/back.yaml", bundled, user) == Path("twin/back.yaml")
    assert twin.exists()


def test_routines_deleted_more_than_30_days_ago_leave_the_trash(
    app_paths: AppPaths, tmp_path: Path
) -> None:
    user = app_paths.user_routines_dir
    old = delete_routine(import_routine(physio_file(tmp_path / "a", "Old"), user), app_paths)
    new = delete_routine(import_routine(physio_file(tmp_path / "b", "New"), user), app_paths)
    deleted_at = datetime.fromisoformat(
        json.loads((old.entry / "deleted.json").read_text())["deleted"]
    )
    record = old.entry / "deleted.json"
    record.write_text(
        record.read_text().replace(deleted_at.isoformat(), "2026-01-01T09:00:00+00:00")
    )
    damaged = app_paths.trash_dir / "20250101T000000 damaged"
    (damaged / "files").mkdir(parents=True)
    (damaged / "files" / "x.yaml").write_text("x")
    (damaged / "deleted.json").write_text("{")
    os.utime(damaged, (0, datetime(2026, 1, 5, tzinfo=UTC).timestamp()))
    cut_short = app_paths.trash_dir / ".purging 20250101T000000 gone"
    (cut_short / "files").mkdir(parents=True)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "keep.yaml").write_text("mine")
    link = app_paths.trash_dir / "link"
    link.symlink_to(outside)
    os.utime(link, (0, 0), follow_symlinks=False)

    assert trash_entry_time(old.entry) == datetime(2026, 1, 1, 9, tzinfo=UTC)
    assert trash_entry_time(damaged) == datetime(2026, 1, 5, tzinfo=UTC)
    assert purge_trash(app_paths, datetime(2026, 1, 31, 9, tzinfo=UTC)) == [
        cut_short,
        link,
    ]  # the old one is exactly 30 days old: kept
    assert purge_trash(app_paths, datetime(2026, 1, 31, 9, 1, tzinfo=UTC)) == [old.entry]
    assert sorted(app_paths.trash_dir.iterdir()) == sorted([damaged, new.entry])
    assert purge_trash(app_paths, datetime(2026, 2, 4, 0, 1, tzinfo=UTC)) == [damaged]
    assert trashed_routines(app_paths) == [new]
    assert (outside / "keep.yaml").read_text() == "mine"
    assert purge_trash(app_paths, deleted_at + timedelta(days=30)) == []
    assert purge_trash(app_paths, deleted_at + timedelta(days=31)) == [new.entry]
    assert list(app_paths.trash_dir.iterdir()) == []
    assert purge_trash(AppPaths.resolve(tmp_path / "none"), deleted_at) == []
