"""Shared routine files (``.homestretch``): the round trip, and hostile archives refused with a
plain message naming the file before anything is written."""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import stat
import tempfile
import tracemalloc
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from homestretch.core.library import IfTaken, import_routine
from homestretch.core.package import (
    FORMAT_NAME,
    FORMAT_VERSION,
    MAX_MEMBERS,
    PackageError,
    check_package,
    export_routine,
    import_package,
    package_bytes,
    taken_by,
)
from homestretch.core.paths import ASSETS_DIR, BUNDLED_ROUTINE
from homestretch.core.routine import RoutineError, load_routine
from tests.disk import fill, small_disk
from tests.pipes import Rescuer

ROUTINE = """\
# From your physiotherapist, March: keep the comments.
schema: 1
name: NAME
exercises:
  - id: knee
    name: Knee bend   # PT: fewer during a flare-up
    position: sitting
    summary: Bend the knee.
    steps: [Bend it]
    illustration: pictures/knee.png
    reps: 8
    phases:
      - {name: bend, seconds: 3}
  - id: calf
    name: Calf push
    position: standing
    summary: Push the wall.
    steps: [Push]
    illustration: calf.svg
    work: {seconds: 20}
  - id: pats
    name: Knee pats
    position: sitting
    summary: Pat your knees.
    steps: [Pat]
    illustration: assets:figures/knee-pats.yaml
    work: {seconds: 10}
  - id: again
    name: Knee bend again
    position: sitting
    summary: Bend it once more.
    steps: [Bend it]
    illustration: pictures/knee.png
    work: {seconds: 5}
"""
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="5"/></svg>'


def physio_routine(folder: Path, name: str = "From my physio", file: str = "plan.yaml") -> Path:
    """A routine with a PNG in a subfolder, an SVG beside it and a bundled figure."""
    (folder / "pictures").mkdir(parents=True, exist_ok=True)
    (folder / "pictures" / "knee.png").write_bytes(PNG)
    (folder / "calf.svg").write_bytes(SVG)
    path = folder / file
    path.write_text(ROUTINE.replace("NAME", name), encoding="utf-8")
    return path


def listing(folder: Path) -> list[str]:
    """Every file and folder under ``folder`` (nothing when it does not exist)."""
    if not folder.exists():
        return []
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


# --------------------------------------------------------------------------- hostile archives


def entry(name: str, *, mode: int = stat.S_IFREG | 0o644) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.create_system = 3
    info.external_attr = mode << 16
    return info


def manifest_of(files: dict[str, bytes], routine: str = "plan.yaml", **changes: object) -> bytes:
    manifest: dict[str, object] = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "app_version": "0.1.0",
        "routine": routine,
        "members": [
            {"name": n, "size": len(c), "sha256": hashlib.sha256(c).hexdigest()}
            for n, c in files.items()
        ],
    }
    manifest.update(changes)
    return json.dumps(manifest).encode()


def archive(
    path: Path,
    files: dict[str, bytes],
    *,
    manifest: bytes | None = None,
    extra: list[tuple[zipfile.ZipInfo, bytes]] = (),  # type: ignore[assignment]
) -> Path:
    """A zip at ``path`` holding ``files`` (listed in a correct manifest unless ``manifest`` is
    given) and ``extra`` members the manifest does not list."""
    with zipfile.ZipFile(path, "w") as zip_file:
        zip_file.writestr(entry("manifest.json"), manifest or manifest_of(files))
        for name, content in files.items():
            zip_file.writestr(entry(name), content)
        for info, content in extra:
            zip_file.writestr(info, content)
    return path


def good_files(name: str = "Shared") -> dict[str, bytes]:
    return {
        "plan.yaml": ROUTINE.replace("NAME", name).encode(),
        "pictures/knee.png": PNG,
        "calf.svg": SVG,
    }


def set_sizes(data: bytes, name: str, *, size: int, packed: int | None = None) -> bytes:
    """The zip ``data`` with the sizes recorded for member ``name`` changed (a lie), in both its
    local header and the zip's directory."""
    raw = bytearray(data)
    encoded = name.encode()
    for signature, sizes_at, name_at in ((b"PK\x03\x04", 18, 30), (b"PK\x01\x02", 20, 46)):
        at = raw.find(signature)
        while at >= 0:
            if raw[at + name_at : at + name_at + len(encoded)] == encoded:
                if packed is not None:
                    raw[at + sizes_at : at + sizes_at + 4] = packed.to_bytes(4, "little")
                raw[at + sizes_at + 4 : at + sizes_at + 8] = size.to_bytes(4, "little")
            at = raw.find(signature, at + 4)
    return bytes(raw)


@pytest.fixture(autouse=True)
def _mail(tmp_path: Path) -> None:
    (tmp_path / "mail").mkdir()


@pytest.fixture
def user(tmp_path: Path) -> Path:
    return tmp_path / "data" / "routines"


@pytest.fixture
def staging(tmp_path: Path) -> Iterator[Path]:
    """The folder the archive is unpacked in; it must be left empty, whatever happens."""
    folder = tmp_path / "staging"
    folder.mkdir()
    yield folder
    assert listing(folder) == []


def refused(path: Path, user: Path, staging: Path, *, match: str) -> PackageError:
    """Importing ``path`` is refused with a message naming it and matching ``match``;
    nothing is written."""
    with pytest.raises(PackageError, match=match) as caught:
        import_package(path, user, staging=staging)
    assert str(caught.value).startswith(f"{path} ")
    assert listing(user) == []
    return caught.value


# --------------------------------------------------------------------------- the round trip


def test_export_then_import_into_a_fresh_data_folder_gives_the_same_routine_and_pictures(
    tmp_path: Path, staging: Path
) -> None:
    source = physio_routine(tmp_path / "physio")
    shared = tmp_path / "mail" / "plan.homestretch"
    manifest = export_routine(source, shared)
    assert [m.name for m in manifest.members] == ["plan.yaml", "pictures/knee.png", "calf.svg"]

    fresh = tmp_path / "fresh-data" / "routines"
    added = import_package(shared, fresh, staging=staging)
    assert added == fresh / "plan" / "plan.yaml"
    assert added.read_bytes() == source.read_bytes()  # as written, comments and all
    assert (added.parent / "pictures" / "knee.png").read_bytes() == PNG
    assert (added.parent / "calf.svg").read_bytes() == SVG
    assert listing(fresh) == [
        "plan",
        "plan/calf.svg",
        "plan/pictures",
        "plan/pictures/knee.png",
        "plan/plan.yaml",
    ]  # the bundled figure is not copied: every install has it
    original, copy = load_routine(source), load_routine(added)
    assert copy.warnings == ()
    assert {**copy.snapshot(), "source": None} == {**original.snapshot(), "source": None}
    assert copy.exercises[2].illustration == (ASSETS_DIR / "figures" / "knee-pats.yaml").resolve()
    assert copy.exercises[0].illustration == added.parent.resolve() / "pictures" / "knee.png"


def test_the_archive_is_a_plain_zip_with_a_manifest_listing_sizes_and_checksums(
    tmp_path: Path,
) -> None:
    source = physio_routine(tmp_path)
    data, _ = package_bytes(source)
    with zipfile.ZipFile(io.BytesIO(data)) as zip_file:
        assert zip_file.namelist() == [
            "manifest.json",
            "plan.yaml",
            "pictures/knee.png",
            "calf.svg",
        ]
        manifest = json.loads(zip_file.read("manifest.json"))
        assert manifest["format"] == "homestretch-routine"
        assert manifest["format_version"] == 1
        assert manifest["app_version"] == "0.1.0"
        assert manifest["routine"] == "plan.yaml"
        for member in manifest["members"]:
            content = zip_file.read(member["name"])
            assert member["size"] == len(content)
            assert member["sha256"] == hashlib.sha256(content).hexdigest()
    assert package_bytes(source)[0] == data  # the same routine always makes the same file


def test_the_bundled_routine_travels_without_its_figures(tmp_path: Path, staging: Path) -> None:
    shared = tmp_path / "bundled.homestretch"
    manifest = export_routine(BUNDLED_ROUTINE, shared)
    assert [m.name for m in manifest.members] == ["sciatica-relief.yaml"]
    added = import_package(shared, tmp_path / "user", staging=staging)
    copy = load_routine(added)
    assert copy.warnings == ()
    assert copy.sha256 == load_routine(BUNDLED_ROUTINE).sha256
    assert all(e.illustration is not None for e in copy.exercises)


def test_a_routine_with_a_missing_picture_is_not_exported(tmp_path: Path) -> None:
    source = physio_routine(tmp_path / "physio")
    (tmp_path / "physio" / "calf.svg").unlink()
    shared = tmp_path / "plan.homestretch"
    shared.write_bytes(b"the one sent last week")
    with pytest.raises(RoutineError, match=r"picture 'calf\.svg' not found"):
        export_routine(source, shared)
    assert shared.read_bytes() == b"the one sent last week"


def test_exporting_onto_a_full_disk_keeps_the_old_file(tmp_path: Path) -> None:
    source = physio_routine(tmp_path / "physio")
    with small_disk(tmp_path / "disk") as disk:
        shared = disk / "plan.homestretch"
        shared.write_bytes(b"old")
        filler = fill(disk)
        with pytest.raises(OSError, match="No space left"):
            export_routine(source, shared)
        filler.unlink()
        assert listing(disk) == ["plan.homestretch"]  # no temporary file left behind
        assert shared.read_bytes() == b"old"


def test_a_taken_name_is_replaced_only_when_asked(
    tmp_path: Path, user: Path, staging: Path
) -> None:
    first = archive(tmp_path / "first.homestretch", good_files("First"))
    second = archive(tmp_path / "second.homestretch", good_files("Second"))
    import_package(first, user, staging=staging)
    package = check_package(second, staging=staging)
    assert package.routine.name == "Second"
    assert taken_by(package, user) == user / "plan"
    kept = import_package(second, user, staging=staging)
    assert kept == user / "plan (2)" / "plan (2).yaml"
    replaced = import_package(second, user, if_taken=IfTaken.REPLACE, staging=staging)
    assert replaced == user / "plan" / "plan.yaml"
    assert [load_routine(p).name for p in (replaced, kept)] == ["Second", "Second"]


@pytest.mark.parametrize("staged", [False, True])
def test_a_full_disk_at_import_leaves_the_routine_there_as_it_was(
    tmp_path: Path, staged: bool
) -> None:
    shared = archive(tmp_path / "new.homestretch", good_files("New"))
    staging = tmp_path / "disk" if staged else tmp_path / "staging"
    user = tmp_path / "user" if staged else tmp_path / "disk"
    staging.mkdir(exist_ok=True)
    with small_disk(tmp_path / "disk") as disk:
        import_routine(physio_routine(tmp_path / "old", "Old"), user)
        filler = fill(disk)
        with pytest.raises(OSError, match="No space left"):
            import_package(shared, user, if_taken=IfTaken.REPLACE, staging=staging)
        filler.unlink()
        assert listing(user) == [
            "plan",
            "plan/calf.svg",
            "plan/pictures",
            "plan/pictures/knee.png",
            "plan/plan.yaml",
        ]  # no half-built copy, the old one whole
        assert load_routine(user / "plan" / "plan.yaml").name == "Old"
        assert [p for p in listing(staging) if p != "filler"] == []


# --------------------------------------------------------------------------- zip slip


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("../evil.png", "leads outside"),
        ("pictures/../../evil.png", "leads outside"),
        ("/tmp/evil.png", "absolute path"),
        ("C:/evil.png", "drive letter"),
        ("c:evil.png", "drive letter"),
        ("pictures/a:b.png", "holds ':'"),
        ("pictures\\..\\..\\evil.png", "backslash"),
        ("./evil.png", "leads outside"),
        ("pictures//evil.png", "leads outside"),
        ("evil\x07.png", "control characters"),
    ],
)
def test_a_path_leaving_its_folder_is_refused(
    tmp_path: Path, user: Path, staging: Path, name: str, why: str
) -> None:
    shared = archive(tmp_path / "mail" / "slip.homestretch", {}, extra=[(entry(name), PNG)])
    error = refused(shared, user, staging, match=why)
    assert "refused as unsafe" in error.message
    assert sorted(p.name for p in tmp_path.rglob("evil*")) == []


def test_a_link_in_the_archive_is_refused(tmp_path: Path, user: Path, staging: Path) -> None:
    link = entry("pictures/knee.png", mode=stat.S_IFLNK | 0o777)
    files = good_files()
    del files["pictures/knee.png"]
    shared = archive(tmp_path / "link.homestretch", files, extra=[(link, b"/etc/passwd")])
    refused(shared, user, staging, match="'pictures/knee.png', a link to another file")


def test_a_device_in_the_archive_is_refused(tmp_path: Path, user: Path, staging: Path) -> None:
    fifo = entry("calf.svg", mode=stat.S_IFIFO | 0o644)
    shared = archive(tmp_path / "fifo.homestretch", {}, extra=[(fifo, SVG)])
    refused(shared, user, staging, match="'calf.svg', which is not a plain file")


@pytest.mark.parametrize(
    ("names", "match"),
    [
        (["calf.svg", "CALF.svg"], "two files named 'calf.svg'"),
        (["p.png/knee.png", "p.png"], "'p.png' both as a file and as a folder"),
    ],
)
def test_names_that_would_collide_are_refused(
    tmp_path: Path, user: Path, staging: Path, names: list[str], match: str
) -> None:
    shared = archive(tmp_path / "twice.homestretch", {}, extra=[(entry(n), PNG) for n in names])
    refused(shared, user, staging, match=match)


# --------------------------------------------------------------------------- zip bombs


def test_a_member_that_would_unpack_a_thousand_times_larger_is_refused_uninflated(
    tmp_path: Path, user: Path, staging: Path
) -> None:
    files = {**good_files(), "pictures/knee.png": PNG + bytes(12 * 1024 * 1024)}
    shared = archive(tmp_path / "bomb.homestretch", files)
    tracemalloc.start()
    try:
        refused(shared, user, staging, match="would unpack to [0-9]+ times its packed size")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 4 * 1024 * 1024  # the 12 MB were never inflated (reading takes 1 MB)


def test_a_member_larger_than_a_picture_may_be_is_refused(
    tmp_path: Path, user: Path, staging: Path
) -> None:
    files = good_files()
    shared = archive(tmp_path / "big.homestretch", files)
    lie = set_sizes(shared.read_bytes(), "calf.svg", size=30 * 1024 * 1024, packed=1024 * 1024)
    shared.write_bytes(lie)
    refused(shared, user, staging, match="holds 'calf.svg' of 30 MB; at most 20 MB")


def test_members_adding_up_to_too_much_are_refused(
    tmp_path: Path, user: Path, staging: Path
) -> None:
    files = {**good_files(), **{f"p{k}.png": PNG for k in range(4)}}
    data = archive(tmp_path / "many.homestretch", files).read_bytes()
    for k in range(4):  # each allowed alone, packed believably; together too much
        data = set_sizes(data, f"p{k}.png", size=19 * 1024 * 1024, packed=1024 * 1024)
    (tmp_path / "many.homestretch").write_bytes(data)
    refused(tmp_path / "many.homestretch", user, staging, match="would unpack to more than 64 MB")


def test_too_many_members_are_refused(tmp_path: Path, user: Path, staging: Path) -> None:
    extra = [(entry(f"p{k}.png"), b"") for k in range(MAX_MEMBERS + 500)]
    shared = archive(tmp_path / "crowd.homestretch", good_files(), extra=extra)
    refused(shared, user, staging, match=f"holds at most {MAX_MEMBERS}")


def test_a_member_larger_than_it_says_is_refused_after_its_declared_size(
    tmp_path: Path, user: Path, staging: Path
) -> None:
    files = {**good_files(), "pictures/knee.png": PNG + bytes(12 * 1024 * 1024)}
    data = archive(tmp_path / "lie.homestretch", files).read_bytes()
    (tmp_path / "lie.homestretch").write_bytes(set_sizes(data, "pictures/knee.png", size=len(PNG)))
    tracemalloc.start()
    try:
        refused(
            tmp_path / "lie.homestretch", user, staging, match="'pictures/knee.png' in it cannot"
        )
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 4 * 1024 * 1024


# --------------------------------------------------------------------------- what it holds


@pytest.mark.parametrize("name", ["run.sh", "tools/evil.py", "notes.txt", "manifest.json.exe"])
def test_only_routines_and_pictures_are_taken(
    tmp_path: Path, user: Path, staging: Path, name: str
) -> None:
    shared = archive(tmp_path / "types.homestretch", {**good_files(), name: b"#!/bin/sh\nrm -rf ~"})
    error = refused(shared, user, staging, match=f"'{re.escape(name)}', which is neither")
    assert ".png, .svg" in error.message


def test_a_manifest_from_the_future_asks_for_an_update(
    tmp_path: Path, user: Path, staging: Path
) -> None:
    files = good_files()
    future = manifest_of(files, format_version=FORMAT_VERSION + 1, app_version="7.0")
    shared = archive(tmp_path / "future.homestretch", files, manifest=future)
    error = refused(shared, user, staging, match="made by a newer version of Homestretch")
    assert "(7.0), in file format 2" in error.message
    assert error.message.endswith("Update Homestretch to open it")


@pytest.mark.parametrize(
    ("manifest", "match"),
    [
        (None, "not a Homestretch routine file \\(it has no manifest.json\\)"),
        (b"{not json", "its manifest.json is not one Homestretch can read"),
        (b"[" * 20_000 + b"]" * 20_000, "its manifest.json is not one"),
        (b'{"format": "something-else"}', "not a Homestretch routine file"),
        (manifest_of(good_files(), format_version="1"), "its manifest.json is not one"),
        (manifest_of(good_files(), routine="../plan.yaml"), "not a routine file's name"),
        (manifest_of(good_files(), routine="..yaml"), "not a routine file's name"),
        (manifest_of(good_files(), routine="other.yaml"), "'other.yaml' is missing from it"),
        (manifest_of({**good_files(), "x.png": PNG}), "'x.png' is missing from it"),
        (manifest_of({"plan.yaml": b"changed"}), "'calf.svg', which its manifest does not list"),
        (
            manifest_of({**good_files(), "calf.svg": SVG + b" "}),
            "'calf.svg' is not what its manifest says",
        ),
    ],
)
def test_a_manifest_that_does_not_match_is_refused(
    tmp_path: Path, user: Path, staging: Path, manifest: bytes | None, match: str
) -> None:
    shared = tmp_path / "odd.homestretch"
    with zipfile.ZipFile(shared, "w") as zip_file:
        if manifest is not None:
            zip_file.writestr(entry("manifest.json"), manifest)
        for name, content in good_files().items():
            zip_file.writestr(entry(name), content)
    refused(shared, user, staging, match=match)


def test_a_broken_routine_inside_is_shown_with_its_lines_and_nothing_is_written(
    tmp_path: Path, user: Path, staging: Path
) -> None:
    files = {**good_files(), "plan.yaml": ROUTINE.replace("reps: 8", "reps: eight").encode()}
    shared = archive(tmp_path / "broken.homestretch", files)
    with pytest.raises(RoutineError) as caught:
        import_package(shared, user, staging=staging)
    (problem,) = caught.value.problems
    assert problem.file == f"{shared}/plan.yaml"
    assert str(problem).startswith(f"{shared}/plan.yaml:11:11: 'reps' must be a whole number")
    assert listing(user) == []


def test_pictures_are_judged_unpacked_by_the_loader(
    tmp_path: Path, user: Path, staging: Path
) -> None:
    """A picture linking to another file is judged as the loader judges it there: a warning,
    and the picture is not taken (only the pictures the routine can show are copied)."""
    outside = b'<svg xmlns="http://www.w3.org/2000/svg"><image href="/etc/passwd"/></svg>'
    files = {**good_files(), "calf.svg": outside, "unused.png": PNG}
    added = import_package(archive(tmp_path / "s.homestretch", files), user, staging=staging)
    assert [str(p).split(": ", 1)[1] for p in load_routine(added).warnings] == [
        "warning: picture 'calf.svg' not found"
    ]
    assert listing(user) == ["plan", "plan/pictures", "plan/pictures/knee.png", "plan/plan.yaml"]


# --------------------------------------------------------------------------- not an archive


def test_a_corrupt_file_is_refused(tmp_path: Path, user: Path, staging: Path) -> None:
    shared = tmp_path / "noise.homestretch"
    shared.write_bytes(bytes((k * 37) % 251 for k in range(10_000)))
    refused(shared, user, staging, match="is damaged or incomplete")


def test_a_truncated_file_is_refused(tmp_path: Path, user: Path, staging: Path) -> None:
    whole = export_routine(physio_routine(tmp_path / "physio"), tmp_path / "whole.homestretch")
    assert whole.routine == "plan.yaml"
    data = (tmp_path / "whole.homestretch").read_bytes()
    for cut in (len(data) // 2, len(data) - 10, 30):
        shared = tmp_path / "cut.homestretch"
        shared.write_bytes(data[:cut])
        refused(shared, user, staging, match="is damaged or incomplete")


def test_a_damaged_member_is_refused(tmp_path: Path, user: Path, staging: Path) -> None:
    shared = archive(tmp_path / "bad.homestretch", good_files())
    with zipfile.ZipFile(shared) as zip_file:
        info = zip_file.getinfo("pictures/knee.png")
    data = bytearray(shared.read_bytes())
    data[info.header_offset + 30 + len(info.filename) + info.compress_size // 2] ^= 0xFF
    shared.write_bytes(bytes(data))
    refused(shared, user, staging, match="is damaged: 'pictures/knee.png' in it cannot be")


def test_a_named_pipe_is_refused_without_waiting(tmp_path: Path, user: Path, staging: Path) -> None:
    pipe = tmp_path / "mail" / "pipe.homestretch"
    os.mkfifo(pipe)
    rescuer = Rescuer(tmp_path)
    try:
        refused(pipe, user, staging, match="is not a regular file \\(it is a named pipe\\)")
    finally:
        rescuer.stop()
    assert rescuer.rescued == []


def test_a_missing_file_is_named(tmp_path: Path, user: Path, staging: Path) -> None:
    refused(tmp_path / "gone.homestretch", user, staging, match="does not exist")


def test_the_guide_states_the_limits_kept() -> None:
    from homestretch.core.files import size_words
    from homestretch.core.package import (
        MAX_COMPRESSION_RATIO,
        MAX_MANIFEST_BYTES,
        MAX_PACKAGE_BYTES,
        MAX_TOTAL_BYTES,
        RATIO_FREE_BYTES,
        TAKEN_SUFFIXES,
    )
    from homestretch.core.paths import BUNDLED_DOCS_DIR
    from homestretch.core.routine import MAX_FILE_BYTES, MAX_PICTURE_BYTES

    guide = " ".join((BUNDLED_DOCS_DIR / "sharing.md").read_text(encoding="utf-8").split())
    for sentence in (
        f"a plain file of at most {size_words(MAX_PACKAGE_BYTES)}",
        f"at most {MAX_MEMBERS:,} members",
        f"a routine or figure of at most {size_words(MAX_FILE_BYTES)}",
        f"a picture of at most {size_words(MAX_PICTURE_BYTES)}",
        f"a manifest of at most {size_words(MAX_MANIFEST_BYTES)}",
        f"at most {size_words(MAX_TOTAL_BYTES)} in all",
        f"no member over {size_words(RATIO_FREE_BYTES)} that would unpack to more than "
        f"{MAX_COMPRESSION_RATIO} times",
        f'"format": "{FORMAT_NAME}"',
        f'"format_version": {FORMAT_VERSION}',
    ):
        assert sentence in guide
    taken = sorted(TAKEN_SUFFIXES)
    assert all(f"`{suffix}`" in guide for suffix in taken)


def _header_bytes(data: bytes) -> list[int]:
    """The places of the zip's own records in ``data`` (local headers, directory, end)."""
    places: list[int] = []
    for signature, size in ((b"PK\x03\x04", 30), (b"PK\x01\x02", 46), (b"PK\x05\x06", 22)):
        at = data.find(signature)
        while at >= 0:
            places.extend(range(at, at + size))
            at = data.find(signature, at + 4)
    return places


WHOLE = archive(Path(tempfile.mkdtemp()) / "whole.homestretch", good_files()).read_bytes()


@settings(max_examples=150, deadline=None)
@given(
    changes=st.lists(
        st.tuples(
            st.one_of(st.sampled_from(_header_bytes(WHOLE)), st.integers(0, len(WHOLE) - 1)),
            st.integers(0, 255),
        ),
        min_size=1,
        max_size=4,
    )
)
def test_a_damaged_archive_is_only_ever_refused_in_plain_words(
    changes: list[tuple[int, int]],
) -> None:
    """Bytes changed anywhere, most often in the zip's own records (names, sizes, versions,
    flags): the archive is taken or refused with a message, never with another exception
    (zipfile raises a dozen kinds)."""
    data = bytearray(WHOLE)
    for at, value in changes:
        data[at] = value
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        shared = folder / "changed.homestretch"
        shared.write_bytes(bytes(data))
        (folder / "staging").mkdir()
        try:
            added = import_package(shared, folder / "user", staging=folder / "staging")
        except (PackageError, RoutineError):
            assert not (folder / "user").exists()
        else:
            assert load_routine(added).name == "Shared"
        assert listing(folder / "staging") == []


@pytest.mark.parametrize(
    ("file", "picture", "why"),
    [
        ("plan: v2.yaml", "calf.svg", "'plan: v2.yaml', which holds ':'"),
        ("plan.yaml", "pictures\\calf.svg", "'pictures\\calf.svg', which holds a backslash"),
    ],
)
def test_a_routine_whose_names_opening_would_refuse_is_not_exported(
    tmp_path: Path, file: str, picture: str, why: str
) -> None:
    source = physio_routine(tmp_path / "physio", file=file)
    (source.parent / picture).write_bytes(SVG)
    source.write_text(source.read_text().replace("calf.svg", picture))
    with pytest.raises(PackageError, match=f"cannot be shared: it names a file {re.escape(why)}"):
        export_routine(source, tmp_path / "plan.homestretch")
    assert not (tmp_path / "plan.homestretch").exists()
