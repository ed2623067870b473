"""Every refusal of a ``.homestretch`` file is one whole sentence through the translation seam
(a text of the catalogue, context PackageProblems), so the window can say it in its language;
without a translator it is the command line's English (tests/core/test_package.py,
tests/test_cli_share.py)."""

from __future__ import annotations

import os
import stat
import zipfile
from pathlib import Path

import pytest

from homestretch.core.package import (
    FORMAT_VERSION,
    MAX_MEMBERS,
    NameProblem,
    PackageError,
    _not_shareable,
    _unsafe,
    check_package,
    export_routine,
)
from tests.core.test_package import (
    PNG,
    SVG,
    archive,
    entry,
    good_files,
    manifest_of,
    physio_routine,
)
from tests.helpers import MARK_CLOSE, MARK_OPEN, catalogued

OPEN, CLOSE = MARK_OPEN, MARK_CLOSE


def hostile(folder: Path) -> list[Path]:
    """Archives refused for as many reasons as can be made in a few lines."""
    made: list[Path] = []

    def add(name: str, files: dict[str, bytes], **options: object) -> None:
        made.append(archive(folder / f"{name}.homestretch", files, **options))  # type: ignore[arg-type]

    for number, bad in enumerate(
        ["../a.png", "/a.png", "a\x07.png", "c:a.png", "a\\b.png", "a<.png", "a//b.png", "a .png"]
    ):
        add(f"name-{number}", {}, extra=[(entry(bad), PNG)])
    add("link", {}, extra=[(entry("a.png", mode=stat.S_IFLNK | 0o777), b"/etc/passwd")])
    add("fifo", {}, extra=[(entry("a.svg", mode=stat.S_IFIFO | 0o644), SVG)])
    add("twice", {}, extra=[(entry(n), PNG) for n in ("a.svg", "A.svg")])
    add("clash", {}, extra=[(entry(n), PNG) for n in ("p.png/a.png", "p.png")])
    add("bomb", {**good_files(), "pictures/knee.png": bytes(12 * 1024 * 1024)})
    add("types", {**good_files(), "run.sh": b"rm -rf ~"})
    add("crowd", good_files(), extra=[(entry(f"p{k}.png"), b"") for k in range(MAX_MEMBERS)])
    add("no-manifest", {}, manifest=b"{}")
    files = good_files()
    for number, manifest in enumerate(
        [
            b"{not json",
            b'{"format": "other"}',
            manifest_of(files, format_version=FORMAT_VERSION + 1, app_version="7.0"),
            manifest_of(files, format_version=FORMAT_VERSION + 1, app_version=7),
            manifest_of(files, routine="../plan.yaml"),
            manifest_of(files, routine="other.yaml"),
            manifest_of({**files, "x.png": PNG}),
            manifest_of({"plan.yaml": files["plan.yaml"]}),
            manifest_of({**files, "calf.svg": SVG + b" "}),
        ]
    ):
        add(f"manifest-{number}", files, manifest=manifest)
    bzip = folder / "bzip.homestretch"
    with zipfile.ZipFile(bzip, "w", zipfile.ZIP_BZIP2) as zip_file:
        zip_file.writestr("plan.yaml", b"x")
    cut = folder / "cut.homestretch"
    cut.write_bytes(made[-1].read_bytes()[:200])
    os.mkfifo(folder / "pipe.homestretch")
    return [*made, bzip, cut, folder / "pipe.homestretch", folder / "gone.homestretch"]


def test_every_refusal_is_one_whole_translated_sentence(
    tmp_path: Path, marked: set[tuple[str, str]]
) -> None:
    said: list[str] = []
    for path in hostile(tmp_path):
        with pytest.raises(PackageError) as caught:
            check_package(path, staging=tmp_path)
        said.append(str(caught.value))
    assert len(set(said)) == len(said)  # (each archive refused for a reason of its own)
    assert [s for s in said if not (s.startswith(OPEN) and s.endswith(CLOSE))] == []
    assert {c for c, _ in marked} <= {"PackageProblems", "FileProblems"}
    assert marked - catalogued() == set()


def test_each_name_problem_has_its_own_sentences(marked: set[tuple[str, str]]) -> None:
    opening = [_unsafe(kind) for kind in NameProblem if kind is not NameProblem.DOT]
    sharing = [_not_shareable(kind) for kind in NameProblem]
    assert len(set(opening)) == len(opening)
    assert len(set(sharing)) == len(sharing)
    assert all(s.startswith(OPEN) for s in opening + sharing)
    assert marked - catalogued() == set()


@pytest.mark.parametrize(
    ("file", "picture"),
    [("plan.yaml", "a<.svg"), (".plan.yaml", "calf.svg"), ("plan.yaml", "a\\b.svg")],
)
def test_a_routine_that_cannot_be_shared_is_said_in_a_translated_sentence(
    tmp_path: Path, marked: set[tuple[str, str]], file: str, picture: str
) -> None:
    source = physio_routine(tmp_path / "physio", file=file)
    (source.parent / picture).write_bytes(SVG)
    source.write_text(source.read_text().replace("calf.svg", picture))
    with pytest.raises(PackageError) as caught:
        export_routine(source, tmp_path / "plan.homestretch")
    assert str(caught.value).startswith(OPEN)
    assert str(caught.value).endswith(CLOSE)
    assert marked - catalogued() == set()
