"""The Qt side of one instance, in this process: the server, the window coming forward.

The clients here are plain sockets on a thread (the server needs this thread's
event loop); real second starts are in test_instance_processes.py.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import socket
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from homestretch.core.instance import Request, encode_request, instance_names
from homestretch.core.paths import BUNDLED_ROUTINE, AppPaths, user_runtime_dir
from homestretch.ui.instance import (
    HandedOver,
    InstanceServer,
    _QtEnds,
    bring_forward,
    claim_instance,
)
from tests.ui.conftest import MakeWindow

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="AF_UNIX clients")


class Client(threading.Thread):
    """Sends ``data`` on a thread and keeps what comes back until the server hangs up."""

    def __init__(self, name: str, data: bytes) -> None:
        super().__init__(daemon=True)
        self.address, self.data = name, data
        self.reply = b"?"

    def run(self) -> None:
        with socket.socket(socket.AF_UNIX) as client:
            client.settimeout(20)
            client.connect(self.address)
            client.sendall(self.data)
            chunks = []
            while chunk := client.recv(65536):
                chunks.append(chunk)
            self.reply = b"".join(chunks)


@pytest.fixture
def server(qtbot: QtBot, isolated_data_dir: Path) -> Iterator[InstanceServer]:
    runtime, _ = user_runtime_dir()
    assert runtime is not None
    ends = _QtEnds(instance_names(runtime, isolated_data_dir))
    assert ends.listen()
    assert ends.server is not None
    made = InstanceServer(ends.server, read_timeout=0.3)
    yield made
    made.close()
    made.deleteLater()


def routine_file(folder: Path, name: str) -> Path:
    path = folder / f"{name}.yaml"
    shutil.copyfile(BUNDLED_ROUTINE, path)
    return path


def talk(qtbot: QtBot, server: InstanceServer, data: bytes) -> bytes:
    client = Client(server.name, data)
    client.start()
    qtbot.waitUntil(lambda: not client.is_alive(), timeout=10_000)
    return client.reply


def test_requests_are_held_until_the_window_is_ready_then_come_in_order(
    qtbot: QtBot, server: InstanceServer
) -> None:
    got: list[Request] = []
    server.requested.connect(got.append)
    for name in ("one", "two"):
        reply = talk(qtbot, server, encode_request([Path(f"/{name}.yaml")], Path("/")))
        assert json.loads(reply) == {"version": 1, "ok": True}
    assert got == []
    server.deliver()
    assert got == [Request((Path("/one.yaml"),)), Request((Path("/two.yaml"),))]
    talk(qtbot, server, encode_request([], Path("/")))
    assert got[-1] == Request(())


def test_a_bad_message_is_refused_with_a_log_line(
    qtbot: QtBot, server: InstanceServer, caplog: pytest.LogCaptureFixture
) -> None:
    got: list[Request] = []
    server.requested.connect(got.append)
    server.deliver()
    with caplog.at_level(logging.WARNING, logger="homestretch"):
        reply = talk(qtbot, server, b'{"version": 2, "files": []}\n')
    assert json.loads(reply)["ok"] is False
    assert "message version 2" in caplog.text
    assert got == []


def test_a_message_too_long_or_too_slow_is_dropped_with_a_log_line(
    qtbot: QtBot, server: InstanceServer, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="homestretch"):
        assert talk(qtbot, server, b"[" * 100_000) == b""
        assert "longer than" in caplog.text
        assert talk(qtbot, server, b'{"version": 1, ') == b""  # then nothing more
        assert "sent nothing in 0.3 s" in caplog.text
    assert json.loads(talk(qtbot, server, encode_request([], Path("/"))))["ok"] is True


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_the_window_comes_forward_unminimised_and_adds_the_file(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, isolated_data_dir: Path
) -> None:
    window = make_window()
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    HandedOver(window).take(Request((routine_file(tmp_path, "mine"),)))
    assert not window.isMinimized()
    assert window.isVisible()
    assert (isolated_data_dir / "routines" / "mine" / "mine.yaml").is_file()
    assert window.routines_page.selected().path.name == "mine.yaml"  # type: ignore[union-attr]


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_a_file_handed_over_during_a_session_waits_for_it_to_end(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, isolated_data_dir: Path
) -> None:
    from homestretch.core.player import State

    window = make_window(speed=1.0)
    window.start_session()
    qtbot.waitUntil(lambda: not window.open_action.isEnabled())
    handed_over = HandedOver(window)
    handed_over.take(Request((routine_file(tmp_path, "mine"), routine_file(tmp_path, "two"))))
    assert window.driver is not None
    assert window.driver.state is State.RUNNING  # not interrupted
    assert window.notices() == [
        "“mine.yaml”, “two.yaml” will be added to your routines after this session."
    ]
    added = isolated_data_dir / "routines"
    assert not added.exists()
    window.show_routines()  # the patient is done
    qtbot.waitUntil(
        lambda: sorted(p.name for p in added.rglob("*.yaml")) == ["mine.yaml", "two.yaml"]
    )
    assert window.notices() == []


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_a_start_handed_over_starts_a_session_unless_one_is_on(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    from homestretch.core.player import State

    window = make_window(speed=1.0)
    handed_over = HandedOver(window)
    handed_over.take(Request(()))  # only forward
    assert window.driver is None
    handed_over.take(Request((), start=True))
    qtbot.waitUntil(lambda: window.driver is not None)
    session = window.session
    assert session is not None
    assert window.driver is not None
    assert window.driver.state is State.RUNNING
    window.driver.toggle()  # paused: still on
    handed_over.take(Request((), start=True))
    assert window.session is session
    assert window.driver.state is State.PAUSED


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_bring_forward_keeps_a_maximised_window_maximised(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    window.showMaximized()
    window.setWindowState(window.windowState() | Qt.WindowState.WindowMinimized)
    qtbot.waitUntil(window.isMinimized)
    bring_forward(window)
    assert not window.isMinimized()
    assert window.windowState() & Qt.WindowState.WindowMaximized


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_the_new_starts_activation_token_is_offered_for_the_activation_only(
    qtbot: QtBot, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    monkeypatch.delenv("XDG_ACTIVATION_TOKEN", raising=False)
    seen: list[str | None] = []
    original = window.activateWindow

    def activate() -> None:  # (Qt reads the variable when it activates; see what it finds)
        seen.append(os.environ.get("XDG_ACTIVATION_TOKEN"))
        original()

    monkeypatch.setattr(window, "activateWindow", activate)
    HandedOver(window).take(Request((), activation_token="token-1"))
    HandedOver(window).take(Request(()))
    assert seen == ["token-1", None]
    assert "XDG_ACTIVATION_TOKEN" not in os.environ


def test_without_a_private_runtime_folder_the_app_runs_alone_with_a_log_line(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    base = tmp_path / "run"
    base.mkdir(mode=0o700)
    (base / "homestretch").symlink_to(tmp_path)  # not a folder of its own: unsafe
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(base))
    with caplog.at_level(logging.WARNING, logger="homestretch"):
        assert claim_instance(AppPaths.resolve(tmp_path / "data"), []) == (None, None)
    assert "without the one-instance check" in caplog.text
