"""The one bounded reader, and every reader of the app going through it.

Everything here makes the real thing: a named pipe (``os.mkfifo``), a link to
``/dev/zero``, a 30 GB sparse file made with ``truncate``, a /proc file that
claims to be empty. A reader that blocked on a pipe would hang the test, so a
rescuer process opens any pipe for writing after a few seconds: a blocked read
then returns empty content and the test fails instead of hanging (tests/pipes.py).
"""

from __future__ import annotations

import errno
import os
import stat
import threading
import time
from pathlib import Path

import pytest

from homestretch.core.files import FileProblem, FileReadError, read_regular_file, size_words
from homestretch.core.library import import_routine
from homestretch.core.pose import load_figure
from homestretch.core.routine import (
    MAX_FILE_BYTES,
    MAX_PICTURE_BYTES,
    RoutineError,
    load_routine,
)
from homestretch.core.settings import Settings, load_settings, save_settings
from tests.pipes import Rescuer

SPARSE = 30 * 1024**3
"""30 GB: read whole, it would fill the memory."""

ROUTINE = """\
schema: 1
name: Pictured
exercises:
  - id: knee
    name: Knee bend
    position: sitting
    summary: Bend the knee.
    steps: [Bend it]
    illustration: ILLUSTRATION
    work: {seconds: 30}
"""


@pytest.fixture
def zero(tmp_path: Path) -> Path:
    path = tmp_path / "zero.yaml"
    path.symlink_to("/dev/zero")
    return path


def sparse(path: Path, size: int = SPARSE) -> Path:
    with path.open("wb") as handle:
        handle.truncate(size)
    assert path.stat().st_size == size
    return path


def refusal(path: Path, limit: int = 1024) -> FileReadError:
    started = time.monotonic()
    with pytest.raises(FileReadError) as info:
        read_regular_file(path, limit)
    assert time.monotonic() - started < 2.0, "refusing must not wait for anything"
    return info.value


# --------------------------------------------------------------------------- the reader


def test_a_regular_file_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 1024)
    assert read_regular_file(path, 1024) == b"x" * 1024


def test_a_link_to_a_regular_file_is_followed(tmp_path: Path) -> None:
    (tmp_path / "real.yaml").write_bytes(b"hello")
    (tmp_path / "link.yaml").symlink_to(tmp_path / "real.yaml")
    assert read_regular_file(tmp_path / "link.yaml", 100) == b"hello"


def test_head_reads_only_the_start_but_checks_the_whole_size(tmp_path: Path) -> None:
    path = tmp_path / "a.png"
    path.write_bytes(b"0123456789")
    assert read_regular_file(path, 10, head=4) == b"0123"
    assert read_regular_file(path, 10, head=100) == b"0123456789"
    with pytest.raises(FileReadError, match="is larger than 1 KB"):
        read_regular_file(sparse(tmp_path / "big.png", 2000), 1024, head=4)


def test_a_named_pipe_is_refused_without_waiting_for_a_writer(fifo: Path) -> None:
    error = refusal(fifo)
    assert error.kind is FileProblem.NOT_REGULAR
    assert str(error) == f"{fifo} is not a regular file (it is a named pipe)"
    assert error.strerror == "is not a regular file (it is a named pipe)"
    assert isinstance(error, OSError)


def test_a_link_to_dev_zero_is_refused_unread(zero: Path) -> None:
    error = refusal(zero)
    assert error.kind is FileProblem.NOT_REGULAR
    assert str(error) == f"{zero} is not a regular file (it is a device)"


def test_a_30_gb_sparse_file_is_refused_unread(tmp_path: Path) -> None:
    path = sparse(tmp_path / "huge.yaml")
    error = refusal(path, MAX_FILE_BYTES)
    assert error.kind is FileProblem.TOO_LARGE
    assert str(error) == f"{path} is larger than 1 MB"
    assert error.errno == errno.EFBIG


def test_a_file_larger_than_it_claims_is_read_only_to_the_limit_plus_one() -> None:
    maps = Path("/proc/self/maps")  # a regular file whose size reads as 0
    assert maps.stat().st_size == 0
    assert len(read_regular_file(maps, 1024 * 1024)) > 64
    error = refusal(maps, 64)
    assert error.kind is FileProblem.TOO_LARGE
    assert error.reason == "is larger than 1 KB"  # limits under 1 KB are shown as 1 KB


def test_the_limit_itself_is_allowed_and_one_byte_more_is_not(tmp_path: Path) -> None:
    path = tmp_path / "a.bin"
    path.write_bytes(b"a" * 2048)
    assert len(read_regular_file(path, 2048)) == 2048
    assert refusal(path, 2047).kind is FileProblem.TOO_LARGE


def test_missing_and_folder(tmp_path: Path) -> None:
    missing = refusal(tmp_path / "nope.yaml")
    assert (missing.kind, missing.reason) == (FileProblem.MISSING, "does not exist")
    assert missing.errno == errno.ENOENT
    folder = refusal(tmp_path)
    assert (folder.kind, folder.reason) == (FileProblem.FOLDER, "is a folder, not a file")


def test_a_file_in_a_missing_folder_is_missing(tmp_path: Path) -> None:
    assert refusal(tmp_path / "no" / "such.yaml").kind is FileProblem.MISSING


def test_a_socket_is_refused(tmp_path: Path) -> None:
    import socket

    path = tmp_path / "s.yaml"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        assert refusal(path).reason == "is not a regular file (it is a socket)"


def test_a_path_through_a_file_is_unreadable(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    error = refusal(tmp_path / "file" / "inside.yaml")
    assert error.kind is FileProblem.UNREADABLE
    assert error.reason == "cannot be read (not a directory)"


def test_a_file_swapped_for_a_pipe_between_checks_never_blocks(tmp_path: Path) -> None:
    """The race the descriptor's own fstat is for: a pipe appears after the first check.

    Whether a given read lands in that gap is chance; none may block or return
    anything but the content, and both outcomes must have happened.
    """
    path = tmp_path / "routine.yaml"
    regular = tmp_path / "regular"
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    rescuer = Rescuer(tmp_path, delay=30.0)  # the loop opens pipes legitimately, but briefly
    stop = threading.Event()

    def swap() -> None:
        while not stop.is_set():
            regular.write_bytes(b"content")
            regular.replace(path)
            time.sleep(0.0002)
            os.link(pipe, tmp_path / "pipe-link")
            (tmp_path / "pipe-link").replace(path)
            time.sleep(0.0002)

    swapper = threading.Thread(target=swap, daemon=True)
    swapper.start()
    outcomes: set[str] = set()
    try:
        for _ in range(3000):
            try:
                assert read_regular_file(path, 100) == b"content"
                outcomes.add("read")
            except FileReadError as exc:
                outcomes.add(str(exc.kind))
    finally:
        stop.set()
        swapper.join()
        rescuer.stop()
    assert not rescuer.rescued, "a reader blocked on a named pipe"
    # (A lookup racing a rename may also find nothing on some file systems.)
    assert outcomes - {str(FileProblem.MISSING)} == {"read", str(FileProblem.NOT_REGULAR)}


def test_size_words() -> None:
    assert size_words(1024 * 1024) == "1 MB"
    assert size_words(20 * 1024 * 1024) == "20 MB"
    assert size_words(64 * 1024) == "64 KB"
    assert size_words(1536 * 1024) == "1536 KB"


# --------------------------------------------------------------------------- every reader


def test_a_routine_that_is_a_pipe_is_refused_with_its_name(fifo: Path) -> None:
    with pytest.raises(RoutineError) as info:
        load_routine(fifo)
    assert [str(p) for p in info.value.problems] == [
        f"{fifo}: is not a regular file (it is a named pipe)"
    ]


def test_a_routine_linked_to_dev_zero_is_refused(zero: Path) -> None:
    with pytest.raises(RoutineError) as info:
        load_routine(zero)
    assert [str(p) for p in info.value.problems] == [
        f"{zero}: is not a regular file (it is a device)"
    ]


def test_a_30_gb_sparse_routine_is_refused(tmp_path: Path) -> None:
    path = sparse(tmp_path / "huge.yaml")
    with pytest.raises(RoutineError) as info:
        load_routine(path)
    assert [str(p) for p in info.value.problems] == [f"{path}: is larger than 1 MB"]


def refused_routine(tmp_path: Path, illustration: str) -> list[str]:
    """The problems of a routine showing ``illustration``, which must be refused."""
    (tmp_path / "r.yaml").write_text(ROUTINE.replace("ILLUSTRATION", illustration))
    with pytest.raises(RoutineError) as info:
        load_routine(tmp_path / "r.yaml")
    return [str(p) for p in info.value.problems]


def test_a_30_gb_sparse_figure_is_refused_with_a_message(tmp_path: Path) -> None:
    figure = sparse(tmp_path / "figure.yaml")
    with pytest.raises(RoutineError) as info:
        load_figure(figure)
    assert [str(p) for p in info.value.problems] == [f"{figure}: is larger than 1 MB"]
    # A routine showing it is refused too (a figure with mistakes only gets a placeholder).
    assert refused_routine(tmp_path, "figure.yaml") == [
        f"{tmp_path / 'r.yaml'}:9:19: picture 'figure.yaml' is larger than 1 MB"
    ]


def test_a_figure_that_is_a_pipe_is_refused(fifo: Path) -> None:
    with pytest.raises(RoutineError, match="is not a regular file"):
        load_figure(fifo)


@pytest.mark.parametrize("name", ["pipe.png", "pipe.svg", "pipe.yaml"])
def test_a_routine_showing_a_pipe_is_refused(tmp_path: Path, rescuer: Rescuer, name: str) -> None:
    pipe = tmp_path / name
    os.mkfifo(pipe)
    assert refused_routine(tmp_path, name) == [
        f"{tmp_path / 'r.yaml'}:9:19: picture '{name}' is not a regular file (it is a named pipe)"
    ]


def test_a_picture_linked_to_dev_zero_is_refused(tmp_path: Path) -> None:
    (tmp_path / "zero.png").symlink_to("/dev/zero")
    (problem,) = refused_routine(tmp_path, "zero.png")
    assert problem.endswith("picture 'zero.png' points outside the routine's folder")


def test_a_device_inside_the_routines_folder_is_refused(tmp_path: Path) -> None:
    # The same device as /dev/zero, made in place (root may; CI runs as root).
    os.mknod(tmp_path / "zero.png", stat.S_IFCHR | 0o666, os.makedev(1, 5))
    (problem,) = refused_routine(tmp_path, "zero.png")
    assert problem.endswith(": picture 'zero.png' is not a regular file (it is a device)")


def test_a_picture_over_its_limit_is_refused_and_one_at_it_is_not(tmp_path: Path) -> None:
    big = sparse(tmp_path / "big.png", MAX_PICTURE_BYTES + 1)
    with big.open("r+b") as handle:
        handle.write(b"\x89PNG\r\n\x1a\n")
    (problem,) = refused_routine(tmp_path, "big.png")
    assert problem.endswith(": picture 'big.png' is larger than 20 MB")
    with big.open("r+b") as handle:
        handle.truncate(MAX_PICTURE_BYTES)
    routine = load_routine(tmp_path / "r.yaml")
    assert routine.exercises[0].illustration == big
    assert routine.warnings == ()


def test_an_unreadable_picture_is_only_a_warning(tmp_path: Path) -> None:
    (tmp_path / "dir.png").mkdir()
    (tmp_path / "r.yaml").write_text(ROUTINE.replace("ILLUSTRATION", "dir.png"))
    routine = load_routine(tmp_path / "r.yaml")
    assert [w.message for w in routine.warnings] == ["picture 'dir.png' is a folder, not a file"]


def test_a_settings_file_that_is_a_pipe_gives_the_defaults_at_once(
    tmp_path: Path, rescuer: Rescuer
) -> None:
    settings_file = tmp_path / "settings.json"
    os.mkfifo(settings_file)
    started = time.monotonic()
    assert load_settings(settings_file) == Settings()
    assert time.monotonic() - started < 2.0


def test_a_settings_file_linked_to_dev_zero_or_huge_gives_the_defaults(tmp_path: Path) -> None:
    zero = tmp_path / "settings.json"
    zero.symlink_to("/dev/zero")
    assert load_settings(zero) == Settings()
    huge = sparse(tmp_path / "huge.json")
    assert load_settings(huge) == Settings()


def test_saving_settings_replaces_a_pipe_with_a_file(fifo: Path) -> None:
    save_settings(fifo, Settings(rate=200))
    assert fifo.is_file()
    assert load_settings(fifo).rate == 200


def test_importing_a_routine_that_is_a_pipe_copies_nothing(fifo: Path, tmp_path: Path) -> None:
    user = tmp_path / "user"
    with pytest.raises(RoutineError, match="is not a regular file"):
        import_routine(fifo, user)
    assert not user.exists()


def test_importing_copies_exactly_what_was_checked_and_its_pictures(tmp_path: Path) -> None:
    source = tmp_path / "physio"
    (source / "pictures").mkdir(parents=True)
    (source / "pictures" / "knee.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"p" * 100)
    text = ROUTINE.replace("ILLUSTRATION", "pictures/knee.png")
    (source / "r.yaml").write_text(text)
    target = import_routine(source / "r.yaml", tmp_path / "user")
    assert target.read_text() == text
    assert (target.parent / "pictures" / "knee.png").read_bytes().endswith(b"p" * 100)
    assert load_routine(target).warnings == ()


SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
    'width="10" height="10">{}</svg>\n'
)


@pytest.mark.parametrize(
    ("body", "why"),
    [
        ('<image width="5" height="5" xlink:href="pipe"/>', "links to another file ('pipe')"),
        ("<image width='5' height='5' href='/dev/zero'/>", "links to another file ('/dev/zero')"),
        ('<image href = "&#47;dev/zero"/>', "links to another file ('&#47;dev/zero')"),
        ('<use xlink:href="other.svg#leg"/>', "links to another file ('other.svg#leg')"),
    ],
)
def test_an_svg_that_would_read_another_file_is_not_used(
    tmp_path: Path, rescuer: Rescuer, body: str, why: str
) -> None:
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "p.svg").write_text(SVG.format(body))
    (tmp_path / "r.yaml").write_text(ROUTINE.replace("ILLUSTRATION", "p.svg"))
    routine = load_routine(tmp_path / "r.yaml")
    assert routine.exercises[0].illustration is None
    assert [w.message for w in routine.warnings] == [
        f"picture 'p.svg' {why}; an SVG picture must hold everything it shows"
    ]


def test_an_svg_declaring_entities_is_not_used(tmp_path: Path) -> None:
    doctype = '<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY e "&#60;image x=\'1\'/>">]>\n'
    (tmp_path / "p.svg").write_text(doctype + SVG.format("&e;"))
    (tmp_path / "r.yaml").write_text(ROUTINE.replace("ILLUSTRATION", "p.svg"))
    routine = load_routine(tmp_path / "r.yaml")
    assert [w.message for w in routine.warnings] == [
        "picture 'p.svg' declares ENTITYs; an SVG picture must hold everything it shows"
    ]


def test_an_svg_linking_only_inside_itself_is_used(tmp_path: Path) -> None:
    body = (
        '<defs><circle id="c" r="2"/></defs><use xlink:href="#c"/>'
        '<image width="1" height="1" href="data:image/png;base64,iVBORw0KGgo="/>'
    )
    (tmp_path / "p.svg").write_text(SVG.format(body))
    (tmp_path / "r.yaml").write_text(ROUTINE.replace("ILLUSTRATION", "p.svg"))
    routine = load_routine(tmp_path / "r.yaml")
    assert routine.warnings == ()
    assert routine.exercises[0].illustration == tmp_path / "p.svg"
