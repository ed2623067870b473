"""The one-instance protocol and start-up decision, without Qt (core/instance.py).

The Qt glue and real processes are in tests/ui/test_instance*.py.
"""

from __future__ import annotations

import json
import os
import stat
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from homestretch import APP_ID
from homestretch.core.instance import (
    MAX_FILES,
    MAX_MESSAGE_BYTES,
    PROTOCOL_VERSION,
    Answer,
    LineReader,
    MessageError,
    NobodyListeningError,
    Outcome,
    Request,
    answer_for,
    claim,
    decode_answer,
    decode_request,
    encode_answer,
    encode_request,
    instance_names,
)
from homestretch.core.paths import user_runtime_dir

path_parts = st.text(
    alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\0/"),
    min_size=1,
    max_size=30,
)
absolute_paths = st.lists(path_parts, min_size=1, max_size=5).map(lambda p: Path("/", *p))


@given(st.lists(absolute_paths, max_size=MAX_FILES), absolute_paths)
def test_a_request_reads_back_as_sent(files: list[Path], cwd: Path) -> None:
    line = encode_request(files, cwd)
    assert line.endswith(b"\n")
    assert line.count(b"\n") == 1  # one line, whatever the names hold
    assert decode_request(line.rstrip(b"\n")) == Request(files=tuple(files))


def test_a_request_says_its_version() -> None:
    message = json.loads(encode_request([Path("/a.yaml")], Path("/home")))
    assert message == {"version": PROTOCOL_VERSION, "files": ["/a.yaml"], "cwd": "/home"}


def test_the_launchers_activation_token_travels_with_the_request() -> None:
    line = encode_request([], Path("/"), "kwin-1234_TOKEN.5").rstrip(b"\n")
    assert decode_request(line) == Request((), activation_token="kwin-1234_TOKEN.5")
    assert "activation_token" not in json.loads(encode_request([], Path("/")))


def test_start_travels_with_the_request_and_a_request_without_it_starts_nothing() -> None:
    line = encode_request([Path("/a.yaml")], Path("/"), start=True)
    assert json.loads(line)["start"] is True
    assert decode_request(line.rstrip(b"\n")) == Request((Path("/a.yaml"),), start=True)
    assert "start" not in json.loads(encode_request([], Path("/")))
    older = b'{"version": 1, "files": [], "cwd": "/"}'  # (as a start before --start was sent)
    assert decode_request(older) == Request(())
    with pytest.raises(MessageError, match='"start" is not true or false'):
        decode_request(b'{"version": 1, "files": [], "start": "yes"}')


@pytest.mark.parametrize("token", ["two words", "new\nline", "é", "x" * 513, 7])
def test_a_request_with_a_strange_token_is_refused(token: object) -> None:
    line = json.dumps({"version": 1, "files": [], "activation_token": token}).encode()
    with pytest.raises(MessageError, match="activation_token"):
        decode_request(line)


def test_a_relative_file_is_taken_from_the_folder_the_start_was_in() -> None:
    line = json.dumps({"version": 1, "files": ["back.yaml"], "cwd": "/home/pat"}).encode()
    assert decode_request(line).files == (Path("/home/pat/back.yaml"),)


@pytest.mark.parametrize(
    ("line", "why"),
    [
        (b"\xff\xfe", "not UTF-8"),
        (b"{", "not JSON"),
        (b"[" * 100_000 + b"]" * 100_000, "longer than"),
        (b"[" * 30_000 + b"]" * 30_000, "not JSON"),  # (Python's recursion limit)
        (b"[1]", "not a JSON object"),
        (b'{"files": []}', "no version"),
        (b'{"version": "1", "files": []}', "no version"),
        (b'{"version": true, "files": []}', "no version"),
        (b'{"version": 2, "files": []}', "message version 2"),
        (b'{"version": 1, "files": "/a.yaml"}', "not a list"),
        (b'{"version": 1, "files": [""]}', "not a list"),
        (b'{"version": 1, "files": [3]}', "not a list"),
        (b'{"version": 1, "files": [], "cwd": 3}', '"cwd"'),
        (b'{"version": 1, "files": ["/a\\u0000b"]}', "NUL"),
        (b'{"version": 1, "files": ["a.yaml"]}', "relative"),
        (b'{"version": 1, "files": ["a.yaml"], "cwd": "here"}', "relative"),
        (json.dumps({"version": 1, "files": ["/a"] * (MAX_FILES + 1)}).encode(), "more than"),
    ],
)
def test_a_bad_request_is_refused_with_a_reason(line: bytes, why: str) -> None:
    with pytest.raises(MessageError, match=why):
        decode_request(line)
    request, answer = answer_for(line)
    assert request is None
    said = json.loads(answer)
    assert said["ok"] is False
    assert why in said["error"]


@given(st.binary(max_size=200))
def test_any_bytes_are_either_a_request_or_refused(line: bytes) -> None:
    request, answer = answer_for(line)
    assert decode_answer(answer.rstrip(b"\n")).ok == (request is not None)


def test_answers_read_back_and_any_version_is_read() -> None:
    assert decode_answer(encode_answer(Answer(ok=True))) == Answer(ok=True)
    no = Answer(ok=False, error="message version 1; this Homestretch speaks version 2")
    assert decode_answer(encode_answer(no)) == no
    assert decode_answer(b'{"version": 7, "ok": true}') == Answer(ok=True)
    for bad in (b"", b"{}", b'{"version": 1}', b'{"version": 1, "ok": "yes"}'):
        with pytest.raises(MessageError):
            decode_answer(bad)


def test_a_request_too_long_to_send_is_refused_before_it_is_sent() -> None:
    with pytest.raises(MessageError, match="longer than"):
        encode_request([Path("/" + "a" * MAX_MESSAGE_BYTES)], Path("/"))


@given(st.lists(st.binary(min_size=0, max_size=50), max_size=10))
def test_the_line_reader_finds_the_line_in_any_chunks(chunks: list[bytes]) -> None:
    whole = b"".join(chunks)
    reader = LineReader(limit=10_000)
    found = None
    for chunk in [*chunks, b"\n"]:
        found = reader.feed(chunk)
        if found is not None:
            break
    assert found == whole.partition(b"\n")[0]


def test_the_line_reader_gives_up_past_its_limit() -> None:
    reader = LineReader(limit=10)
    assert reader.feed(b"0123456789") is None
    with pytest.raises(MessageError, match="longer than 10 bytes"):
        reader.feed(b"x")
    assert LineReader(limit=10).feed(b"0123456789\nmore") == b"0123456789"


def test_each_data_folder_has_its_own_names_under_the_runtime_folder(tmp_path: Path) -> None:
    one = instance_names(tmp_path, Path("/data/one"), windows=False)
    two = instance_names(tmp_path, Path("/data/two"), windows=False)
    assert one != two
    assert one == instance_names(tmp_path, Path("/data/one"), windows=False)
    assert Path(one.server).parent == one.lock.parent == tmp_path
    assert Path(one.server).name.startswith(APP_ID)
    assert one.lock.name.startswith(APP_ID)
    windows = instance_names(tmp_path, Path("/data/one"), windows=True)
    assert windows.server.startswith(APP_ID)
    assert "/" not in windows.server
    assert "\\" not in windows.server
    other_user = instance_names(tmp_path / "other", Path("/data/one"), windows=True)
    assert other_user.server != windows.server


@dataclass
class ScriptedEnds:
    """Ends that answer from a script: each ``ask`` pops the next reply.

    A reply is bytes (an answer), None (no answer in time) or "nobody".
    """

    replies: list[bytes | str | None]
    lock_free: bool = True
    can_listen: bool = True
    calls: list[str] = field(default_factory=list)
    locked: bool = False

    def lock(self, timeout: float) -> bool:
        self.calls.append("lock")
        assert not self.locked
        self.locked = self.lock_free
        return self.lock_free

    def unlock(self) -> None:
        self.calls.append("unlock")
        assert self.locked
        self.locked = False

    def connect(self) -> ScriptedEnds:
        assert self.locked, "connected without the lock"
        self.calls.append("connect")
        if self.replies[0] == "nobody":
            self.replies.pop(0)
            raise NobodyListeningError("no socket")
        return self

    def ask(self, message: bytes, timeout: float) -> bytes | None:
        assert not self.locked, "waited for the answer with the lock held"
        assert decode_request(message.rstrip(b"\n")) == Request((Path("/a.yaml"),))
        self.calls.append("ask")
        reply = self.replies.pop(0)
        assert not isinstance(reply, str)
        return reply

    def listen(self) -> bool:
        assert self.locked, "listened without the lock"
        self.calls.append("listen")
        return self.can_listen


REQUEST = encode_request([Path("/a.yaml")], Path("/"))
YES = encode_answer(Answer(ok=True)).rstrip(b"\n")


def test_with_nobody_listening_this_start_becomes_the_app() -> None:
    ends = ScriptedEnds(["nobody"])
    assert claim(ends, REQUEST).outcome is Outcome.PRIMARY
    assert ends.calls == ["lock", "connect", "listen", "unlock"]


def test_a_running_app_that_answers_takes_the_request() -> None:
    ends = ScriptedEnds([YES])
    assert claim(ends, REQUEST).outcome is Outcome.HANDED_OVER
    assert ends.calls == ["lock", "connect", "unlock", "ask"]


def test_an_app_that_does_not_answer_is_asked_again_after_letting_go_of_the_lock() -> None:
    ends = ScriptedEnds([None, "nobody"])  # it was quitting: the second time nobody is there
    assert claim(ends, REQUEST, attempts=2).outcome is Outcome.PRIMARY
    assert ends.calls == ["lock", "connect", "unlock", "ask", "lock", "connect", "listen", "unlock"]


def test_an_app_that_never_answers_is_reported_not_replaced() -> None:
    ends = ScriptedEnds([None, None])
    found = claim(ends, REQUEST, attempts=2, answer_timeout=3)
    assert found.outcome is Outcome.NOT_ANSWERING
    assert "3 s" in found.detail
    assert "listen" not in ends.calls
    assert not ends.locked


def test_an_app_that_says_no_is_reported_with_its_reason() -> None:
    no = encode_answer(Answer(ok=False, error="message version 1; this speaks 2"))
    found = claim(ScriptedEnds([no]), REQUEST)
    assert found == found.__class__(Outcome.REFUSED, "message version 1; this speaks 2")
    found = claim(ScriptedEnds([b"HTTP/1.1 200 OK"]), REQUEST)
    assert found.outcome is Outcome.REFUSED
    assert "not understood" in found.detail


def test_without_the_lock_or_the_socket_the_app_runs_alone() -> None:
    ends = ScriptedEnds([], lock_free=False)
    assert claim(ends, REQUEST).outcome is Outcome.ALONE
    assert ends.calls == ["lock"]
    ends = ScriptedEnds(["nobody"], can_listen=False)
    assert claim(ends, REQUEST).outcome is Outcome.ALONE
    assert not ends.locked


def test_the_runtime_folder_is_made_private_under_xdg_runtime_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = tmp_path / "run"
    base.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(base))
    folder, note = user_runtime_dir()
    assert folder == base / "homestretch"
    assert note == ""
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    folder.chmod(0o755)  # (loosened by someone): made private again
    assert user_runtime_dir()[0] == folder
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_a_runtime_folder_that_is_a_link_elsewhere_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = tmp_path / "run"
    base.mkdir(mode=0o700)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    (base / "homestretch").symlink_to(elsewhere)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(base))
    folder, note = user_runtime_dir()
    assert folder is None
    assert "homestretch" in note


@pytest.mark.parametrize("xdg", ["unset", "open-to-all"])
def test_without_a_safe_xdg_runtime_dir_a_private_fallback_is_used_with_a_note(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, xdg: str
) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir(mode=0o700)
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", None)  # (gettempdir() reads TMPDIR again)
    if xdg == "unset":
        monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    else:
        base = tmp_path / "open-to-all"
        base.mkdir()
        base.chmod(0o777)
        monkeypatch.setenv("XDG_RUNTIME_DIR", str(base))
    folder, note = user_runtime_dir()
    assert folder is not None
    assert folder.name == "homestretch"
    assert folder.parent in (temp / f"runtime-{os.geteuid()}", Path(f"/run/user/{os.geteuid()}"))
    assert "XDG_RUNTIME_DIR" in note
    assert folder.stat().st_uid == os.geteuid()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
